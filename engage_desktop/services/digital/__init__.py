"""Digital section use cases: identity tags, identity groups, custom fields, folders, exports, journal."""
