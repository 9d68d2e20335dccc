"""Every secret (passwords of mailboxes, tokens, app secrets) lives in the OS keyring.

When no usable keyring backend exists (a headless Linux box without a Secret Service), secrets go
to a file readable only by the current user in the config folder — never to the database — and
`SecretStore.warning` says so, for the UI and the CLI to show.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors

from engage_desktop.config import config_dir

SERVICE = "engage-desktop"
FALLBACK_FILE = "secrets-fallback.json"
log = logging.getLogger(__name__)


def keyring_is_usable(backend: keyring.backend.KeyringBackend | None = None) -> bool:
    backend = backend or keyring.get_keyring()
    try:
        priority = float(backend.priority)
    except Exception:
        return False
    name = type(backend).__module__ + "." + type(backend).__name__
    return priority > 0 and "fail" not in name.lower() and "null" not in name.lower()


class SecretStore:
    """get/set/delete by key; the key says which object the secret belongs to (e.g. source:42:imap)."""

    def __init__(self, fallback_path: Path | None = None) -> None:
        self._lock = threading.Lock()
        self.uses_keyring = keyring_is_usable()
        self.fallback_path = fallback_path or (config_dir() / FALLBACK_FILE)
        self.warning = (
            ""
            if self.uses_keyring
            else (
                "No system keyring is available: secrets are kept in "
                f"{self.fallback_path} (readable only by you). Install and unlock a keyring "
                "(GNOME Keyring, KWallet) to keep them there instead."
            )
        )
        if self.warning:
            log.warning(self.warning)

    def set(self, key: str, value: str) -> None:
        if self.uses_keyring:
            keyring.set_password(SERVICE, key, value)
            return
        with self._lock:
            data = self._read_file()
            data[key] = value
            self._write_file(data)

    def get(self, key: str) -> str | None:
        if self.uses_keyring:
            value = keyring.get_password(SERVICE, key)
            return value if value is None else str(value)
        with self._lock:
            return self._read_file().get(key)

    def delete(self, key: str) -> None:
        if self.uses_keyring:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(SERVICE, key)
            return
        with self._lock:
            data = self._read_file()
            if data.pop(key, None) is not None:
                self._write_file(data)

    def _read_file(self) -> dict[str, str]:
        try:
            raw = json.loads(self.fallback_path.read_text("utf-8"))
        except FileNotFoundError:
            return {}
        return {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}

    def _write_file(self, data: dict[str, str]) -> None:
        """Write beside, fsync, then rename: a crash leaves the old file or the new one, never half."""
        self.fallback_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.fallback_path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.fallback_path)
