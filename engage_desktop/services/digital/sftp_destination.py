"""Where an automated export's files go: a folder, or an SFTP server (asyncssh).

Both deliver under a temporary name first and rename at the end, so a partial upload or copy
never replaces the good file of the previous run. The SFTP password (or the key's passphrase)
comes from the keyring (secrets.py), never from the database.

The server's host key is checked against the fingerprint stored with the task (`SHA256:…`, as
`ssh-keygen -lf` prints it) during the key exchange, before any password or key is offered: a
different key fails the delivery with both fingerprints named and nothing sent. With no stored
fingerprint (a task saved before it was tested) the key is accepted and its fingerprint returned,
so the caller stores it and later runs are checked (trust on first use).
"""

from __future__ import annotations

import asyncio
import os
import posixpath
import secrets
import shutil
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import asyncssh

CONNECT_TIMEOUT_S = 20
T = TypeVar("T")


@dataclass(frozen=True)
class SftpTarget:
    host: str
    port: int
    user: str
    directory: str
    password: str | None = None  # or the key's passphrase when `key_path` is set
    key_path: str = ""
    host_key: str = ""  # the expected SHA256 fingerprint; "" trusts the key offered (first use)


class DeliveryError(Exception):
    """The files could not be delivered; `reason` is the transport's own words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class HostKeyMismatch(DeliveryError):
    """The server offered another host key than the one trusted for this task."""

    def __init__(self, expected: str, received: str) -> None:
        super().__init__(
            f"The SFTP server's host key is not the trusted one: expected {expected}, received {received}. "
            "Nothing was sent. If the server's key really changed, test the connection in the task "
            "and trust the new key."
        )
        self.expected = expected
        self.received = received


@dataclass(frozen=True)
class SftpDelivery:
    files: list[str]
    host_key: str  # the fingerprint the server offered (and that was checked)


def fingerprint(key: asyncssh.SSHKey) -> str:
    return key.get_fingerprint("sha256")


class _HostKeyCheck(asyncssh.SSHClient):
    """Decides on the server's key during the key exchange, before any secret is offered."""

    def __init__(self, expected: str) -> None:
        self.expected = expected
        self.received = ""

    def validate_host_public_key(self, host: str, addr: str, port: int, key: asyncssh.SSHKey) -> bool:
        self.received = fingerprint(key)
        return not self.expected or self.received == self.expected


def deliver_to_folder(files: Sequence[Path], folder: Path) -> list[Path]:
    """Copy each file beside its final name, then rename over it."""
    delivered: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for source in files:
            final = folder / source.name
            partial = folder / f".{source.name}.{secrets.token_hex(4)}.partial"
            try:
                shutil.copyfile(source, partial)
                with open(partial, "rb+") as handle:
                    os.fsync(handle.fileno())
                os.replace(partial, final)
            finally:
                partial.unlink(missing_ok=True)
            delivered.append(final)
    except OSError as exc:
        raise DeliveryError(f"{exc.strerror or exc} ({exc.filename or folder})") from exc
    return delivered


def _options(target: SftpTarget, check: _HostKeyCheck) -> dict[str, object]:
    options: dict[str, object] = {
        "host": target.host,
        "port": target.port,
        "username": target.user,
        "known_hosts": ([], [], []),  # nothing trusted up front: every key goes to `check`
        "client_factory": lambda: check,
        "connect_timeout": CONNECT_TIMEOUT_S,
    }
    if target.key_path:
        options["client_keys"] = [asyncssh.read_private_key(target.key_path, target.password)]
        options["password"] = None
    else:
        options["password"] = target.password
        options["client_keys"] = None
    return options


async def _connected(target: SftpTarget, check: _HostKeyCheck) -> asyncssh.SSHClientConnection:
    try:
        return await asyncssh.connect(**_options(target, check))  # type: ignore[arg-type]
    except asyncssh.HostKeyNotVerifiable:
        if check.received and check.expected and check.received != check.expected:
            raise HostKeyMismatch(check.expected, check.received) from None
        raise


async def _upload(files: Sequence[Path], target: SftpTarget) -> SftpDelivery:
    check = _HostKeyCheck(target.host_key)
    uploaded: list[str] = []
    async with await _connected(target, check) as conn, conn.start_sftp_client() as sftp:
        directory = target.directory or "."
        for source in files:
            final = posixpath.join(directory, source.name)
            partial = posixpath.join(directory, f".{source.name}.{secrets.token_hex(4)}.partial")
            try:
                await sftp.put(str(source), partial)
                if await sftp.exists(final):
                    try:
                        await sftp.posix_rename(partial, final)
                    except asyncssh.SFTPError:
                        await sftp.remove(final)
                        await sftp.rename(partial, final)
                else:
                    await sftp.rename(partial, final)
            finally:
                if await sftp.exists(partial):
                    await sftp.remove(partial)
            uploaded.append(final)
    return SftpDelivery(uploaded, check.received)


async def _probe(target: SftpTarget) -> str:
    check = _HostKeyCheck(target.host_key)
    async with await _connected(target, check) as conn, conn.start_sftp_client() as sftp:
        directory = target.directory or "."
        if not await sftp.isdir(directory):
            raise DeliveryError(f"{directory}: no such directory on the server")
    return check.received


def _blocking(work: Coroutine[Any, Any, T]) -> T:
    try:
        return asyncio.run(work)
    except DeliveryError:
        raise
    except (OSError, asyncssh.Error, asyncssh.KeyImportError, TimeoutError) as exc:
        raise DeliveryError(str(exc) or type(exc).__name__) from exc


def deliver_by_sftp(files: Sequence[Path], target: SftpTarget) -> SftpDelivery:
    """Blocking: runs its own event loop (called from a worker thread or the command line)."""
    return _blocking(_upload(files, target))


def probe_sftp(target: SftpTarget) -> str:
    """Signs in and checks the directory; returns the server's host key fingerprint (blocking)."""
    return _blocking(_probe(target))
