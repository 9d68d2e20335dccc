"""What bundles tell the user (loading problems, import refusals, the CLI's lines), as ErrorCodes
so each one is translated; the CLI prints their English text."""

from __future__ import annotations

from engage_desktop.services.core.errors import ErrorCode
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP, QCoreApplication

# ---- loading a bundle ------------------------------------------------------------------------
NO_SUCH_PATH = ErrorCode("bundle.no_such_path", QT_TRANSLATE_NOOP("Errors", "no such file or folder"))
NOT_A_BUNDLE_PATH = ErrorCode(
    "bundle.not_a_bundle_path", QT_TRANSLATE_NOOP("Errors", "not a bundle folder or zip file")
)
MANIFEST_MISSING = ErrorCode(
    "bundle.manifest_missing", QT_TRANSLATE_NOOP("Errors", "missing: this is not a bundle")
)
NOT_JSON = ErrorCode("bundle.not_json", QT_TRANSLATE_NOOP("Errors", "not valid JSON ({reason})"))
FORMAT_UNSUPPORTED = ErrorCode(
    "bundle.format_unsupported",
    QT_TRANSLATE_NOOP("Errors", "format version {version} is not supported (this tool reads {supported})"),
)
FILE_MISSING = ErrorCode(
    "bundle.file_missing", QT_TRANSLATE_NOOP("Errors", "file listed in the manifest is missing")
)
CHECKSUM_MISMATCH = ErrorCode(
    "bundle.checksum_mismatch",
    QT_TRANSLATE_NOOP("Errors", "checksum does not match the manifest (file altered)"),
)
NOT_RECORDS = ErrorCode("bundle.not_records", QT_TRANSLATE_NOOP("Errors", 'expected {{"records": [...]}}'))
DUPLICATE_ID = ErrorCode("bundle.duplicate_id", QT_TRANSLATE_NOOP("Errors", "duplicate id {id}"))
DANGLING = ErrorCode(
    "bundle.dangling_reference",
    QT_TRANSLATE_NOOP("Errors", "refers to {target} id {id}, which the bundle does not hold"),
)
SECRET_WRITTEN = ErrorCode(
    "bundle.secret_written", QT_TRANSLATE_NOOP("Errors", "a secret may not be written")
)

# Schema problems, by pydantic's error type (the English text is pydantic's own).
FIELD_REQUIRED = ErrorCode("bundle.schema.missing", QT_TRANSLATE_NOOP("Errors", "Field required"))
FIELD_UNKNOWN = ErrorCode(
    "bundle.schema.extra_forbidden", QT_TRANSLATE_NOOP("Errors", "Extra inputs are not permitted")
)
NOT_TEXT = ErrorCode(
    "bundle.schema.string_type", QT_TRANSLATE_NOOP("Errors", "Input should be a valid string")
)
NOT_INTEGER = ErrorCode(
    "bundle.schema.int_type", QT_TRANSLATE_NOOP("Errors", "Input should be a valid integer")
)
NOT_BOOLEAN = ErrorCode(
    "bundle.schema.bool_type", QT_TRANSLATE_NOOP("Errors", "Input should be a valid boolean")
)
NOT_LIST = ErrorCode("bundle.schema.list_type", QT_TRANSLATE_NOOP("Errors", "Input should be a valid list"))
NOT_OBJECT = ErrorCode(
    "bundle.schema.dict_type", QT_TRANSLATE_NOOP("Errors", "Input should be a valid dictionary")
)
TEXT_TOO_SHORT = ErrorCode(
    "bundle.schema.string_too_short",
    QCoreApplication.translate("Errors", "String should have at least %n character(s)", None, 0),
    plural="min_length",
)
BAD_ID = ErrorCode(
    "bundle.schema.string_pattern_mismatch",
    QT_TRANSLATE_NOOP("Errors", "String should match pattern '{pattern}'"),
)
HAS_NUL = ErrorCode("bundle.schema.nul", QT_TRANSLATE_NOOP("Errors", "contains a NUL character"))
HAS_SURROGATE = ErrorCode(
    "bundle.schema.lone_surrogate",
    QT_TRANSLATE_NOOP("Errors", "contains a lone surrogate (not a valid string)"),
)
OUT_OF_RANGE = ErrorCode(
    "bundle.schema.too_high", QT_TRANSLATE_NOOP("Errors", "Input should be less than or equal to {limit}")
)
BELOW_RANGE = ErrorCode(
    "bundle.schema.too_low", QT_TRANSLATE_NOOP("Errors", "Input should be greater than or equal to {limit}")
)
INVALID_VALUE = ErrorCode("bundle.schema.invalid", QT_TRANSLATE_NOOP("Errors", "Invalid value ({type})"))

# ---- importing: the checks the sections' forms make ----------------------------------------
KEY_TAKEN = ErrorCode(
    "bundle.key_taken",
    QT_TRANSLATE_NOOP("Errors", "“{value}” is also the {field} of {other}; it must be unique."),
)
KEY_TAKEN_IN_BUNDLE = ErrorCode(
    "bundle.key_taken_in_bundle",
    QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is also the {field} of record {other} of this file; it must be unique."
    ),
)
REFUSED = ErrorCode(
    "bundle.refused",
    QCoreApplication.translate("Errors", "The bundle has %n problem(s); nothing was changed.", None, 0),
    plural="count",
)

# ---- the command line ------------------------------------------------------------------------
CLI_UNUSABLE = ErrorCode(
    "bundle.cli.unusable",
    QT_TRANSLATE_NOOP("Errors", "The bundle {path} cannot be used; nothing was changed."),
)
CLI_ONE_OR_TWO = ErrorCode(
    "bundle.cli.one_or_two",
    QT_TRANSLATE_NOOP("Errors", "give one bundle (compared with the local configuration) or two"),
)
CLI_SIGN_IN = ErrorCode(
    "bundle.cli.sign_in",
    QT_TRANSLATE_NOOP("Errors", "--as EMAIL is required: this command reads or changes the configuration"),
)
CLI_WRITTEN = ErrorCode(
    "bundle.cli.written",
    QCoreApplication.translate("Errors", "Bundle written to {path} (%n file(s)).", None, 0),
    plural="count",
)
CLI_MERGED = ErrorCode(
    "bundle.cli.merged",
    QT_TRANSLATE_NOOP("Errors", "Merged: {created} created, {updated} updated, {unchanged} unchanged."),
)
CLI_WORKSPACE_EXISTS = ErrorCode(
    "bundle.cli.workspace_exists",
    QT_TRANSLATE_NOOP("Errors", "{path} exists already; choose a new workspace file"),
)
CLI_WORKSPACE = ErrorCode(
    "bundle.cli.workspace",
    QCoreApplication.translate(
        "Errors", "Workspace {path}: %n object(s) imported. Open it with --db sqlite:///{path}", None, 0
    ),
    plural="count",
)
CLI_NO_DIFFERENCES = ErrorCode("bundle.cli.no_differences", QT_TRANSLATE_NOOP("Errors", "No differences."))
DIFF_HEADER = ErrorCode(
    "bundle.diff.header",
    QT_TRANSLATE_NOOP("Errors", "{resource}: {added} added, {removed} removed, {changed} changed"),
)
