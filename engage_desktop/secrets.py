"""Every secret (passwords of mailboxes, tokens, app secrets) lives in the OS keyring.

When no usable keyring backend exists (a headless Linux box without a Secret Service), secrets go
to a file readable only by the current user in the config folder — never to the database — and
`SecretStore.warning` says so, for the UI and the CLI to show.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

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
        """Owner-only, beside then renamed (a crash leaves the old file or the new one, never half);
        a leftover temporary file is removed, never reused with its permissions."""
        from engage_desktop.services.core.journal_anchor import write_private_file

        write_private_file(self.fallback_path, json.dumps(data))


# ---- the database password: in the keyring, not in the saved address -------------------------------
def _split_userinfo(url: str) -> tuple[str, str, str | None, str] | None:
    """(user, host:port, password as written, address part after the host) of a server address."""
    parts = urlsplit(url)
    userinfo, at, hostport = parts.netloc.rpartition("@")
    if not at or not hostport:
        return None
    user, colon, password = userinfo.partition(":")
    return user, hostport, (password if colon and password else None), parts.path


def database_secret_key(url: str) -> str | None:
    """`database:<user>@<host>:<port>/<db>`; None for an address without a server user (SQLite)."""
    split = _split_userinfo(url)
    if split is None:
        return None
    user, _hostport, _password, path = split
    parts = urlsplit(url)
    port = parts.port or 5432
    return f"database:{user}@{parts.hostname}:{port}/{path.lstrip('/')}"


def _with_password(url: str, password: str | None) -> str:
    split = _split_userinfo(url)
    assert split is not None
    user, hostport, _old, _path = split
    parts = urlsplit(url)
    userinfo = f"{user}:{password}" if password else user
    return urlunsplit(parts._replace(netloc=f"{userinfo}@{hostport}"))


def stash_database_password(url: str, store: SecretStore | None = None) -> str:
    """Keep the address's password in the keyring; returns the address without it, to be saved."""
    split = _split_userinfo(url)
    key = database_secret_key(url)
    if split is None or split[2] is None or key is None:
        return url
    (store or SecretStore()).set(key, split[2])
    return _with_password(url, None)


def restore_database_password(url: str, store: SecretStore | None = None) -> str:
    """The saved address with its password put back from the keyring (unchanged when none is kept)."""
    split = _split_userinfo(url)
    key = database_secret_key(url)
    if split is None or split[2] is not None or key is None:
        return url
    password = (store or SecretStore()).get(key)
    return _with_password(url, password) if password else url


# ---- platform accounts: the API access token of a base URL ------------------------------------------
def platform_token_key(base_url: str) -> str:
    return f"platform-token:{base_url.rstrip('/')}"


def save_platform_token(base_url: str, token: str, store: SecretStore | None = None) -> None:
    (store or SecretStore()).set(platform_token_key(base_url), token)


def platform_token(base_url: str, store: SecretStore | None = None) -> str | None:
    return (store or SecretStore()).get(platform_token_key(base_url))
