"""Offline configuration bundles (issue #17): format, export, import, diff, plan and apply.

Modules and their public API:

- ``bundle_format``: the on-disk format (folder or zip, ``manifest.json`` + one
  ``<endpoint>.json`` per resource holding ``{"records": [...]}`` in the platform's field names).
  ``FORMAT_VERSION``, ``RESOURCES`` (endpoint names in dependency order), ``RECORD_MODELS``
  (endpoint -> pydantic model of one record), ``NATURAL_KEYS`` (endpoint -> field(s) used to
  match objects without a platform id), ``Manifest``, ``Bundle`` (``manifest`` + ``resources:
  dict[str, list[dict]]``), ``BundleProblem`` (file, record index, field, message),
  ``BundleError`` (``problems``), ``load_bundle(path) -> Bundle`` (folder or .zip, validates
  checksums, format version, schemas and references), ``write_bundle(resources, path, origin=...)
  -> Manifest`` (folder, or zip when path ends in .zip; refuses secrets).
- ``bundle_export``: ``export_configuration(ctx) -> dict[str, list[dict]]`` and
  ``export_bundle(ctx, path) -> Manifest`` (local configuration of every section; no passwords,
  source secrets as named placeholders).
- ``bundle_import``: ``create_workspace(path) -> workspace database URL``,
  ``import_bundle(ctx, bundle) -> ImportReport`` (through the services, permission-checked and
  journaled; used for a workspace and for merging back into the main database).
- ``bundle_diff``: ``diff_configurations(old, new) -> ConfigurationDiff`` with per resource
  ``ResourceDiff(added, removed, changed)``, ``ObjectChange(key, fields: [FieldChange(field, old,
  new)])``; ``format_diff(diff) -> str``.
- ``platform_*``, ``plan*``, ``apply*``, ``stand_in*``: live account client, plan/apply/pull and the
  local platform stand-in (other helper).
"""
