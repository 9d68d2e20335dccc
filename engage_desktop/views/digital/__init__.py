"""Digital section pages: tags, identity groups, custom fields, folders, exports, journal."""
