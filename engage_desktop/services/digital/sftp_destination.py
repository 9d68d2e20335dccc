"""Where an automated export's files go: a folder, or an SFTP server (asyncssh).

Both deliver under a temporary name first and rename at the end, so a partial upload or copy
never replaces the good file of the previous run. The SFTP password (or the key's passphrase)
comes from the keyring (secrets.py), never from the database.
"""

from __future__ import annotations

import asyncio
import os
import posixpath
import secrets
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import asyncssh

CONNECT_TIMEOUT_S = 20


@dataclass(frozen=True)
class SftpTarget:
    host: str
    port: int
    user: str
    directory: str
    password: str | None = None  # or the key's passphrase when `key_path` is set
    key_path: str = ""
    known_hosts: str | None = None  # None: the server's key is not checked (the user's choice)


class DeliveryError(Exception):
    """The files could not be delivered; `reason` is the transport's own words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


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


async def _upload(files: Sequence[Path], target: SftpTarget) -> list[str]:
    options: dict[str, object] = {
        "host": target.host,
        "port": target.port,
        "username": target.user,
        "known_hosts": target.known_hosts,
        "connect_timeout": CONNECT_TIMEOUT_S,
    }
    if target.key_path:
        options["client_keys"] = [asyncssh.read_private_key(target.key_path, target.password)]
        options["password"] = None
    else:
        options["password"] = target.password
        options["client_keys"] = None
    uploaded: list[str] = []
    async with asyncssh.connect(**options) as conn, conn.start_sftp_client() as sftp:  # type: ignore[arg-type]
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
    return uploaded


def deliver_by_sftp(files: Sequence[Path], target: SftpTarget) -> list[str]:
    """Blocking: runs its own event loop (called from a worker thread or the command line)."""
    try:
        return asyncio.run(_upload(files, target))
    except (OSError, asyncssh.Error, asyncssh.KeyImportError, TimeoutError) as exc:
        raise DeliveryError(str(exc) or type(exc).__name__) from exc
