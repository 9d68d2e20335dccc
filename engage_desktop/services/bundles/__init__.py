"""Offline configuration bundles (issue #17): format, export, import, diff, plan and apply.

Modules and their public API:

- ``bundle_records``: ``RESOURCES`` (endpoint names in dependency order), ``RECORD_MODELS``
  (endpoint -> strict pydantic model of one record, platform field names), ``REFERENCES``
  (endpoint -> ``Ref(field, target, inner)``: fields holding another resource's ids),
  ``NATURAL_KEYS`` (endpoint -> field(s) matching objects whose ids differ; categories: path).
- ``bundle_format``: the on-disk format (folder or zip, ``manifest.json`` + one
  ``<endpoint>.json`` per resource holding ``{"records": [...]}``). ``FORMAT_VERSION``,
  ``Manifest``, ``Bundle`` (``manifest`` + ``resources: dict[str, list[dict]]``),
  ``BundleProblem`` (file, record index, field, message: a translatable ``Message``),
  ``BundleError`` (a ``DomainError`` counting them; ``problems``),
  ``load_bundle(path) -> Bundle`` / ``parse_bundle(files)`` (checksums, format version, schemas,
  references, secrets), ``write_bundle(resources, path, origin=...) -> Manifest`` (zip when the
  path ends in .zip; refuses a secret), ``SECRET_PLACEHOLDER_PREFIX`` (``secret:<id>/<field>``).
- ``bundle_tables``: where each resource lives in our database (``TABLES``), shared by export
  and import.
- ``bundle_export``: ``read_configuration(session) -> Resources`` (no permission check),
  ``export_configuration(uow)`` (operation: update_settings + manage_roles),
  ``export_bundle(ctx, path, origin=...) -> Manifest`` (journaled ``bundle.exported``).
- ``bundle_import``: ``import_configuration(uow, resources) -> ImportReport`` (operation: the
  permission of each created or changed resource; ``<object>.created|updated`` journaled; never
  deletes; every record written passes its section's own form checks, else ``BundleError`` and
  nothing stays),
  ``import_bundle(ctx, bundle)``, ``create_workspace(ctx, bundle, path) -> (Database,
  ImportReport)`` (a new SQLite file holding the acting admin and the bundle).
- ``bundle_keys``: ``check_keys(before, resources, diff)``: what the schema itself would refuse
  (a unique key twice, text longer than its column), found before writing.
- ``bundle_validation``: ``check_before_writing`` / ``check_records(Written, resources, written)``:
  each section's own validation (``_valid…``/``clean_…``) run on the records an import writes,
  problems as ``BundleProblem(file, record, field, message)``; ``bundle_written.Written`` is what
  the checks see (users checked from tables read once: ``users.form_lookups.PreloadedLookups``).
- ``bundle_messages``: every ErrorCode of bundles (loading problems, refusals, the CLI's lines).
- ``bundle_diff``: ``diff_configurations(old, new, by_id_only=False, listing=True) -> ConfigurationDiff``
  (``resources: [ResourceDiff(resource, added, removed, changed, renamed)]``, ``is_empty``),
  ``ObjectRef(key, label)``, ``ObjectChange(key, label, fields: (FieldChange(field, old, new),
  …))``, ``natural_labels(resources)``, ``format_diff(diff) -> str``.
- ``bundle_service``: ``BundleService(ctx)``: ``export_bundle``, ``compare_with_local``,
  ``import_into_workspace``, ``merge_bundle`` (what views and the CLI call).
- ``platform_*``, ``plan*``, ``apply*``, ``stand_in*``: live account client, plan/apply/pull and the
  local platform stand-in (other helper).
"""
