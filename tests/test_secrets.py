"""Secrets go to the keyring; without a usable one, to an owner-only file, and the user is told."""

from __future__ import annotations

import stat
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from engage_desktop.secrets import SERVICE, SecretStore


def test_uses_the_keyring_when_one_works(memory_keyring, tmp_path: Path) -> None:
    store = SecretStore(tmp_path / "fallback.json")
    assert store.uses_keyring and store.warning == ""
    store.set("content_source:abc:imap_password", "pa55")
    assert memory_keyring.store[(SERVICE, "content_source:abc:imap_password")] == "pa55"
    assert store.get("content_source:abc:imap_password") == "pa55"
    store.delete("content_source:abc:imap_password")
    store.delete("content_source:abc:imap_password")  # deleting twice is not an error
    assert store.get("content_source:abc:imap_password") is None
    assert not (tmp_path / "fallback.json").exists()


def test_falls_back_to_an_owner_only_file_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the autouse fixture restores the previous one
    path = tmp_path / "fallback.json"
    store = SecretStore(path)
    assert not store.uses_keyring
    assert str(path) in store.warning and "keyring" in store.warning
    assert store.warning in caplog.text
    store.set("a", "1")
    store.set("b", "2")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert SecretStore(path).get("a") == "1"  # survives a restart
    store.delete("a")
    assert store.get("a") is None and store.get("b") == "2"
    assert not path.with_suffix(".tmp").exists()
