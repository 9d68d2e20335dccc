"""Keyring writes for a content source, kept in step with the database transaction.

The row says which secrets are set (`secret_fields_set`) and when they changed; the values live in
the keyring under `content_source:<platform id>:<field>`. The keyring is written just before the
commit and put back as it was if the commit fails, so the two never disagree for long.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from engage_desktop.secrets import SecretStore
from engage_desktop.services.channels.source_types import NOT_TEXT, secret_label
from engage_desktop.services.core.errors import ErrorCode, StorageError
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.core.validation import FieldErrors

SECRET_NOT_OF_TYPE = ErrorCode(
    "channel.secret_not_of_type", QT_TRANSLATE_NOOP("Errors", "{label} is not a secret of this channel type.")
)
KEYRING_FAILED = ErrorCode(
    "secrets.keyring_failed",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The system keyring refused to store a secret. Nothing was saved; unlock the keyring and try again.",
    ),
)
SECRET_MALFORMED = ErrorCode(
    "channel.secret_malformed", QT_TRANSLATE_NOOP("Errors", "{label} is too long or contains line breaks.")
)


log = logging.getLogger(__name__)


def secret_key(platform_id: str, field: str) -> str:
    return f"content_source:{platform_id}:{field}"


def clean_secret_input(
    allowed: tuple[str, ...], given: Mapping[str, str | None], errors: FieldErrors
) -> dict[str, str | None]:
    """Non-empty text sets a secret, None clears it, "" (an untouched field) keeps it."""
    wanted: dict[str, str | None] = {}
    for name, value in given.items():
        if name not in allowed:
            errors.add(name, SECRET_NOT_OF_TYPE(label=secret_label(name)))
        elif value is None:
            wanted[name] = None
        elif not isinstance(value, str):
            errors.add(name, NOT_TEXT(label=secret_label(name)))
        elif value == "":
            continue
        elif len(value) > 4096 or any(ch in "\r\n\x00" or "\ud800" <= ch <= "\udfff" for ch in value):
            # a lone surrogate: no keyring (nor a server login) can encode it
            errors.add(name, SECRET_MALFORMED(label=secret_label(name)))
        else:
            wanted[name] = value
    return wanted


class PendingSecrets:
    """Secret writes waiting for the commit; `undo()` puts back what the keyring held before."""

    def __init__(self, store: SecretStore) -> None:
        self.store = store
        self._writes: dict[str, str | None] = {}
        self._previous: list[tuple[str, str | None]] = []

    def __bool__(self) -> bool:
        return bool(self._writes)

    def put(self, key: str, value: str | None) -> None:
        self._writes[key] = value

    def apply(self) -> None:
        """Write every secret; one refused puts back those already written and raises `StorageError`."""
        try:
            for key, value in self._writes.items():
                previous = self.store.get(key)
                self._previous.append((key, previous))
                _write(self.store, key, value)
        except Exception as exc:
            log.warning(
                "The keyring refused a write (%s); putting back the secrets already written.",
                type(exc).__name__,
            )
            self.undo()
            raise StorageError(KEYRING_FAILED()) from exc

    def undo(self) -> None:
        """Newest first, each on its own: one refusal does not stop the others being put back."""
        while self._previous:
            key, value = self._previous.pop()
            try:
                _write(self.store, key, value)
            except Exception as exc:
                log.error("The keyring could not put back the secret %s (%s).", key, type(exc).__name__)


def _write(store: SecretStore, key: str, value: str | None) -> None:
    if value is None:
        store.delete(key)
    else:
        store.set(key, value)


def commit_with_secrets(uow: UnitOfWork, pending: PendingSecrets) -> None:
    """Commit the unit of work with its keyring writes: applied just before, put back if it fails."""
    pending.apply()
    try:
        uow.commit()
    except BaseException:
        pending.undo()
        raise
