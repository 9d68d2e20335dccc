"""Typed domain errors the views show next to the right field or in a dialog."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError


class DomainError(Exception):
    """Base of every error a service raises on purpose; `message` is fit for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PermissionDenied(DomainError):
    def __init__(self, permission: str, message: str | None = None) -> None:
        super().__init__(message or f"Your role lacks the permission {permission!r}.")
        self.permission = permission


class ValidationError(DomainError):
    """One or more fields are wrong; `errors` maps each field to its message."""

    def __init__(self, field: str, message: str, **more: str) -> None:
        super().__init__(message)
        self.field = field
        self.errors: dict[str, str] = {field: message, **more}

    @classmethod
    def from_errors(cls, errors: dict[str, str]) -> ValidationError:
        (first_field, first_message), *rest = errors.items()
        return cls(first_field, first_message, **dict(rest))


class NotFound(DomainError):
    pass


class Conflict(DomainError):
    pass


class AuthenticationFailed(DomainError):
    pass


class StorageError(DomainError):
    """The database refused the write (locked, read-only, full, unreachable, too new)."""


def translate_storage_error(exc: BaseException) -> StorageError:
    """Turn a driver error into a sentence a user can act on; nothing was written."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "database is locked" in text or "lock not available" in text or "could not obtain lock" in text:
        return StorageError(
            "The database is busy (another workstation is writing). Nothing was saved; try again."
        )
    if "readonly" in text or "read-only" in text or "read only" in text:
        return StorageError("The database is read-only. Nothing was saved; check the file's permissions.")
    if "disk is full" in text or "no space left" in text or "disk full" in text or "could not extend" in text:
        return StorageError("The disk is full. Nothing was saved; free some space and try again.")
    if isinstance(exc, OperationalError | DBAPIError) and (
        "connection" in text or "could not connect" in text or "unable to open" in text
    ):
        return StorageError(f"Cannot reach the database: {getattr(exc, 'orig', exc)}")
    return StorageError(f"The database refused the change: {getattr(exc, 'orig', exc)}")
