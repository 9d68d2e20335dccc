"""Typed domain errors the views show next to the right field or in a dialog.

Every message a service gives the user is a `Message`: English text (it *is* a `str`, so logs, the
CLI and tests read it as is) that also carries a stable `code`, its English `template` and its
`params`. Views translate the template through Qt (context "Errors") and fill in the parameters,
so the French interface shows no English sentence. Codes are declared once with `ErrorCode`; the
registry lets a test walk every code in both languages.
"""

from __future__ import annotations

import os
import string
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP


class Message(str):
    """A user-facing sentence: English text plus what a view needs to translate it."""

    code: str
    template: str
    params: Mapping[str, Any]
    plural_count: int | None

    def __new__(
        cls, code: str, template: str, params: Mapping[str, Any], count: int | None = None
    ) -> Message:
        text = render(template, params, count)
        message = super().__new__(cls, text)
        message.code = code
        message.template = template
        message.params = dict(params)
        message.plural_count = count
        return message

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.code, self.template, self.params, self.plural_count))


def render(template: str, params: Mapping[str, Any], count: int | None = None) -> str:
    """Fill `{name}` placeholders (and `%n`, the count); a missing parameter shows as `{name}`."""
    text = template.replace("%n", str(count)) if count is not None else template
    values = {name: _plain(value) for name, value in params.items()}
    return string.Formatter().vformat(text, (), _Defaulting(values))


def _plain(value: Any) -> str:
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(str(v) for v in value)
    return str(value)


class _Defaulting(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class ErrorCode:
    """One kind of message. `template` uses `{name}` placeholders.

    A plural message names its count parameter (`plural="count"`), uses `%n` for it, and declares
    its template with `QCoreApplication.translate("Errors", "…%n…", None, 0)` so that lupdate
    extracts it with plural forms (French "0 canal", "2 canaux").
    """

    registry: ClassVar[dict[str, ErrorCode]] = {}

    def __init__(self, code: str, template: str, *, plural: str | None = None) -> None:
        if code in ErrorCode.registry:
            raise ValueError(f"error code {code!r} is declared twice")
        self.code = code
        self.template = template
        self.plural = plural
        ErrorCode.registry[code] = self

    def __call__(self, **params: Any) -> Message:
        count = int(params[self.plural]) if self.plural else None
        return Message(self.code, self.template, params, count)

    def __repr__(self) -> str:
        return f"ErrorCode({self.code!r})"


# Messages of the base errors themselves.
PERMISSION_MISSING = ErrorCode(
    "permission.missing", QT_TRANSLATE_NOOP("Errors", "Your role lacks the permission “{permission}”.")
)
SIGN_IN_FIRST = ErrorCode("session.sign_in_first", QT_TRANSLATE_NOOP("Errors", "Sign in first."))
ACCOUNT_GONE = ErrorCode(
    "session.account_gone",
    QT_TRANSLATE_NOOP("Errors", "Your account no longer exists or has been disabled."),
)
DUPLICATE_OR_MISSING = ErrorCode(
    "storage.integrity",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Another change conflicts with this one (a duplicate or a missing reference). "
        "Nothing was saved; reload and try again.",
    ),
)
CHANGED_ELSEWHERE = ErrorCode(
    "object.changed_elsewhere",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{who} changed this {object} at {when} while you were editing it. Nothing was saved.",
    ),
)
CHANGED_ELSEWHERE_UNKNOWN = ErrorCode(
    "object.changed_elsewhere_unknown",
    QT_TRANSLATE_NOOP(
        "Errors", "Someone else changed this {object} while you were editing it. Nothing was saved."
    ),
)
STORAGE_BUSY = ErrorCode(
    "storage.busy",
    QT_TRANSLATE_NOOP(
        "Errors", "The database is busy (another workstation is writing). Nothing was saved; try again."
    ),
)
STORAGE_READ_ONLY = ErrorCode(
    "storage.read_only",
    QT_TRANSLATE_NOOP(
        "Errors", "The database is read-only. Nothing was saved; check the file's permissions."
    ),
)
STORAGE_READ_ONLY_AT = ErrorCode(
    "storage.read_only_at",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} is read-only. Nothing was saved; check the permissions of the file "
        "and of its folder.",
    ),
)
STORAGE_NOT_A_DATABASE = ErrorCode(
    "storage.not_a_database",
    QT_TRANSLATE_NOOP("Errors", "{path} is not a database (or it is damaged or encrypted)."),
)
STORAGE_CANNOT_OPEN_FILE = ErrorCode(
    "storage.cannot_open_file",
    QT_TRANSLATE_NOOP("Errors", "Cannot open the database file {path}: {reason}"),
)
STORAGE_FULL = ErrorCode(
    "storage.disk_full",
    QT_TRANSLATE_NOOP("Errors", "The disk is full. Nothing was saved; free some space and try again."),
)
STORAGE_UNREACHABLE = ErrorCode(
    "storage.unreachable", QT_TRANSLATE_NOOP("Errors", "Cannot reach the database: {reason}")
)
STORAGE_REFUSED = ErrorCode(
    "storage.refused", QT_TRANSLATE_NOOP("Errors", "The database refused the change: {reason}")
)


def as_message(message: str) -> Message:
    """Text without a declared code (rare: driver text) still travels as a Message."""
    if isinstance(message, Message):
        return message
    return Message("text", "{text}", {"text": message})


class DomainError(Exception):
    """Base of every error a service raises on purpose; `message` is fit for the user."""

    def __init__(self, message: str) -> None:
        self.message: Message = as_message(message)
        super().__init__(str(self.message))

    @property
    def code(self) -> str:
        return self.message.code


class PermissionDenied(DomainError):
    def __init__(self, permission: str, message: str | None = None) -> None:
        super().__init__(message or PERMISSION_MISSING(permission=permission))
        self.permission = permission


class ValidationError(DomainError):
    """One or more fields are wrong; `errors` maps each field to its message."""

    def __init__(self, field: str, message: str, **more: str) -> None:
        super().__init__(message)
        self.field = field
        self.errors: dict[str, Message] = {
            field: self.message,
            **{name: as_message(text) for name, text in more.items()},
        }

    @classmethod
    def from_errors(cls, errors: Mapping[str, str]) -> ValidationError:
        (first_field, first_message), *rest = errors.items()
        return cls(first_field, first_message, **dict(rest))


class NotFound(DomainError):
    pass


class Conflict(DomainError):
    """The change clashes with the data as it is now. A stale edit says who, when and what differs."""

    def __init__(
        self,
        message: str,
        *,
        changed_by: str = "",
        changed_at: datetime | None = None,
        current_version: int | None = None,
        theirs: Mapping[str, Any] | None = None,
        mine: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.current_version = current_version
        self.theirs: dict[str, Any] = dict(theirs or {})
        self.mine: dict[str, Any] = dict(mine or {})

    @property
    def fields(self) -> tuple[str, ...]:
        """Fields whose saved value differs from the one submitted, in the form's order."""
        return tuple(name for name in self.mine if self.mine[name] != self.theirs.get(name))

    @property
    def is_stale_edit(self) -> bool:
        return self.current_version is not None


class AuthenticationFailed(DomainError):
    pass


class StorageError(DomainError):
    """The database refused the write (locked, read-only, full, unreachable, too new)."""


def translate_storage_error(exc: BaseException, path: str | None = None) -> StorageError:
    """Turn a driver error into a sentence a user can act on; nothing was written. `path`, the
    SQLite file when known, is named in the sentence (a newcomer must know which file to fix)."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    reason = str(getattr(exc, "orig", exc))
    text = reason.lower()
    if "database is locked" in text or "lock not available" in text or "could not obtain lock" in text:
        return StorageError(STORAGE_BUSY())
    if "readonly" in text or "read-only" in text or "read only" in text:
        return StorageError(STORAGE_READ_ONLY_AT(path=path) if path else STORAGE_READ_ONLY())
    if path and "is not a database" in text:
        return StorageError(STORAGE_NOT_A_DATABASE(path=path))
    if path and "unable to open database file" in text:
        if _is_read_only(Path(path)):  # SQLite cannot make its -wal/-shm files or write the file
            return StorageError(STORAGE_READ_ONLY_AT(path=path))
        return StorageError(STORAGE_CANNOT_OPEN_FILE(path=path, reason=reason))
    if "disk is full" in text or "no space left" in text or "disk full" in text or "could not extend" in text:
        return StorageError(STORAGE_FULL())
    if isinstance(exc, OperationalError | DBAPIError) and (
        "connection" in text or "could not connect" in text or "unable to open" in text
    ):
        return StorageError(STORAGE_UNREACHABLE(reason=reason))
    return StorageError(STORAGE_REFUSED(reason=reason))


def _is_read_only(path: Path) -> bool:
    return path.is_file() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
