"""What an automated export task's form may hold: the checks of every field, with their errors
(exports_automated.py saves the checked form)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from engage_desktop.models import AutomaticExportTask
from engage_desktop.models.text_keys import fold
from engage_desktop.services.core.errors import ErrorCode
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.core.validation import FieldErrors, unstorable
from engage_desktop.services.digital.export_formats import FORMATS
from engage_desktop.services.digital.export_schedule import MAX_FILE_NAME_BYTES, SCHEDULES, file_name
from engage_desktop.services.digital.exports import WINDOWS
from engage_desktop.services.digital.exports_catalog import BY_NAME

PLACEHOLDERS = ("{label}", "{year}", "{month}", "{day}", "{export_name}")
FINGERPRINT = re.compile(r"SHA256:[A-Za-z0-9+/]{43}")  # as ssh-keygen -lf prints it

NAME_TAKEN = ErrorCode(
    "automatic_exports.name_taken", QT_TRANSLATE_NOOP("Errors", "Another export task is named “{name}”.")
)
CHOICE_UNKNOWN = ErrorCode(
    "automatic_exports.choice_unknown", QT_TRANSLATE_NOOP("Errors", "“{value}” is not one of: {choices}.")
)
HOUR_RANGE = ErrorCode("automatic_exports.hour", QT_TRANSLATE_NOOP("Errors", "The hour is between 0 and 23."))
NO_EXPORTS = ErrorCode(
    "automatic_exports.no_exports", QT_TRANSLATE_NOOP("Errors", "Choose at least one export for this task.")
)
EXPORT_NOT_ALLOWED = ErrorCode(
    "automatic_exports.export_not_allowed",
    QT_TRANSLATE_NOOP("Errors", "“{export}” cannot be exported: {reason}"),
)
BAD_PATTERN = ErrorCode(
    "automatic_exports.bad_pattern",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The file name may use {label}, {year}, {month}, {day}, {export_name} and no folder separator; "
        "with several exports in separate files it must contain {export_name}.",
    ),
)
FOLDER_REQUIRED = ErrorCode(
    "automatic_exports.folder_required", QT_TRANSLATE_NOOP("Errors", "Choose the folder the files go to.")
)
FOLDER_NOT_ABSOLUTE = ErrorCode(
    "automatic_exports.folder_not_absolute",
    QT_TRANSLATE_NOOP(
        "Errors", "Give the folder's full path: a relative one would change with where the exports run."
    ),
)
SFTP_REQUIRED = ErrorCode(
    "automatic_exports.sftp_required", QT_TRANSLATE_NOOP("Errors", "The SFTP server needs a host and a user.")
)
PORT_RANGE = ErrorCode(
    "automatic_exports.port", QT_TRANSLATE_NOOP("Errors", "The port is between 1 and 65535.")
)
HOST_KEY_INVALID = ErrorCode(
    "automatic_exports.host_key_invalid",
    QT_TRANSLATE_NOOP("Errors", "A host key fingerprint looks like SHA256: followed by 43 characters."),
)


TEXT_INVALID = ErrorCode(
    "automatic_exports.text_invalid",
    QT_TRANSLATE_NOOP("Errors", "This value is too long or holds control characters."),
)
NAME_TOO_LONG = ErrorCode(
    "automatic_exports.file_name_too_long",
    QT_TRANSLATE_NOOP(
        "Errors",
        "With this task's name the file names would be too long for the disk; shorten the pattern or the name.",
    ),
)


@dataclass(frozen=True)
class TaskForm:
    name: str
    exports: dict[str, tuple[str, ...]]  # export name → fields (empty: its default fields)
    schedule: str = "daily"
    hour: int = 2
    window: str = "day"
    format: str = "bi"
    file_pattern: str = "{export_name}_{year}{month}{day}"
    zip_files: bool = False
    destination: str = "folder"
    folder: str = ""
    sftp_host: str = ""
    sftp_port: int = 22
    sftp_user: str = ""
    sftp_directory: str = ""
    sftp_auth: str = "password"
    sftp_key_path: str = ""
    enabled: bool = True
    secret: str | None = None  # None keeps the stored one
    sftp_host_key: str = ""  # the trusted SHA256 fingerprint ("" until a test or a first run)


def _text(errors: FieldErrors, name: str, value: str, limit: int) -> str:
    cleaned = value.strip() if isinstance(value, str) else ""
    if len(cleaned) > limit or unstorable(cleaned):
        errors.add(name, TEXT_INVALID())
    return cleaned


def _absolute(folder: str) -> bool:
    """Whether the folder names one place wherever the runner starts (`~` is the owner's home)."""
    try:
        return Path(folder).expanduser().is_absolute()
    except RuntimeError:  # "~someone" with no such user
        return False


def _longest_name(pattern: str, label: str) -> int:
    """The bytes of the longest file name the pattern can give (any export, any date)."""
    export = max(BY_NAME, key=len)
    stem = file_name(
        pattern, label=label, export_name=export, slot=datetime(2000, 12, 31, tzinfo=UTC), zone=UTC
    )
    return len(f"{stem}.csv".encode("utf-8", "surrogatepass"))


def _choice(errors: FieldErrors, name: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        errors.add(name, CHOICE_UNKNOWN(value=str(value), choices=", ".join(choices)))


def validate(uow: UnitOfWork, form: TaskForm, exclude_id: int | None = None) -> TaskForm:
    errors = FieldErrors()
    name = errors.required("name", form.name, QT_TRANSLATE_NOOP("Errors", "Name"))
    if name and not errors.errors:
        clash = select(AutomaticExportTask.id).where(AutomaticExportTask.name_key == fold(name))
        if exclude_id is not None:
            clash = clash.where(AutomaticExportTask.id != exclude_id)
        if uow.session.scalar(clash) is not None:
            errors.add("name", NAME_TAKEN(name=name))
    _choice(errors, "schedule", form.schedule, SCHEDULES)
    _choice(errors, "window", form.window, tuple(WINDOWS))
    _choice(errors, "format", form.format, FORMATS)
    _choice(errors, "destination", form.destination, ("folder", "sftp"))
    _choice(errors, "sftp_auth", form.sftp_auth, ("password", "key"))
    if not isinstance(form.hour, int) or isinstance(form.hour, bool) or not 0 <= form.hour <= 23:
        errors.add("hour", HOUR_RANGE())
    held = uow.actor_permissions()
    exports: dict[str, tuple[str, ...]] = {}
    for export, fields in dict(form.exports).items():
        kind = BY_NAME.get(export)
        if kind is None or kind.unavailable is not None:
            reason = kind.unavailable() if kind is not None and kind.unavailable else ""
            errors.add("exports", EXPORT_NOT_ALLOWED(export=export, reason=reason))
            continue
        missing = [p.value for p in kind.permissions if p.value not in held]
        if missing:
            errors.add("exports", EXPORT_NOT_ALLOWED(export=export, reason=", ".join(missing)))
            continue
        unknown = [f for f in fields if f not in kind.field_names]
        if unknown:
            errors.add("exports", EXPORT_NOT_ALLOWED(export=export, reason=", ".join(unknown)))
        exports[export] = tuple(f for f in kind.field_names if f in fields)
    if not form.exports:
        errors.add("exports", NO_EXPORTS())
    pattern = _text(errors, "file_pattern", form.file_pattern, 200)
    stripped = pattern
    for placeholder in PLACEHOLDERS:
        stripped = stripped.replace(placeholder, "")
    several = len(form.exports) > 1 and not form.zip_files
    if not pattern or any(c in stripped for c in "/\\{}") or (several and "{export_name}" not in pattern):
        errors.add("file_pattern", BAD_PATTERN())
    elif name and _longest_name(pattern, name) > MAX_FILE_NAME_BYTES:
        errors.add("file_pattern", NAME_TOO_LONG())
    folder = _text(errors, "folder", form.folder, 1000)
    host = _text(errors, "sftp_host", form.sftp_host, 255)
    user = _text(errors, "sftp_user", form.sftp_user, 120)
    directory = _text(errors, "sftp_directory", form.sftp_directory, 1000)
    key_path = _text(errors, "sftp_key_path", form.sftp_key_path, 1000)
    if form.destination == "folder" and not folder:
        errors.add("folder", FOLDER_REQUIRED())
    elif form.destination == "folder" and "folder" not in errors.errors and not _absolute(folder):
        errors.add("folder", FOLDER_NOT_ABSOLUTE())
    if form.destination == "sftp":
        if not host or not user:
            errors.add("sftp_host" if not host else "sftp_user", SFTP_REQUIRED())
        if not isinstance(form.sftp_port, int) or not 1 <= form.sftp_port <= 65535:
            errors.add("sftp_port", PORT_RANGE())
    if form.secret is not None and (len(form.secret) > 4096 or unstorable(form.secret)):
        errors.add("secret", TEXT_INVALID())
    host_key = form.sftp_host_key.strip() if isinstance(form.sftp_host_key, str) else None
    if host_key is None or (host_key and not FINGERPRINT.fullmatch(host_key)):
        errors.add("sftp_host_key", HOST_KEY_INVALID())
    errors.raise_if_any()
    return TaskForm(
        name, exports, form.schedule, form.hour, form.window, form.format, pattern, bool(form.zip_files),
        form.destination, folder, host, form.sftp_port, user, directory, form.sftp_auth, key_path,
        bool(form.enabled), form.secret, host_key or "",
    )  # fmt: skip
