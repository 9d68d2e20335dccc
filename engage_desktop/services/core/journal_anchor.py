"""Anchors of the audit journal kept outside the database.

The hash chain alone proves nothing to someone who holds the database file: they can drop the
triggers, edit a row and recompute every later hash, or wipe the journal and reset its head. So
every console and CLI keeps, in its own data folder, the newest (seq, hash) it wrote or verified
for each database. `audit verify` fails when the chain no longer holds that event with that hash
(rewritten, truncated or wiped), and an anchor exported to a file (`audit anchor --out`) checks a
journal anywhere (`audit verify --anchor FILE`). An older anchor is never a false alarm: it only
protects less of the history, so anchors are written at most once a second and at exit.
"""

from __future__ import annotations

import atexit
import json
import os
import threading
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models import AuditEvent

ANCHOR_FORMAT = 1
BOOK_NAME = "journal-anchors.json"


class AnchorFileError(Exception):
    """An anchor file that cannot be read: named, with the reason."""


@dataclass(frozen=True)
class Anchor:
    database: str  # the database's address without password
    seq: int
    hash: str
    recorded_at: str  # ISO 8601, UTC

    @staticmethod
    def of(database: str, seq: int, row_hash: str) -> Anchor:
        return Anchor(database, seq, row_hash, datetime.now(UTC).isoformat(timespec="seconds"))

    @staticmethod
    def from_json(data: Any) -> Anchor:
        if not isinstance(data, dict):
            raise AnchorFileError("an anchor must be a JSON object")
        seq, row_hash = data.get("seq"), data.get("hash")
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
            raise AnchorFileError("'seq' must be a positive integer")
        if not isinstance(row_hash, str) or len(row_hash) != 64:
            raise AnchorFileError("'hash' must be a SHA-256 hex digest")
        return Anchor(str(data.get("database", "")), seq, row_hash, str(data.get("recorded_at", "")))


def write_private_file(path: Path, text: str) -> None:
    """Owner-only, written beside the target, flushed to disk, then renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)  # never reuse a leftover with wider permissions
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def save_anchor(path: Path, anchor: Anchor) -> None:
    write_private_file(path, json.dumps({"format": ANCHOR_FORMAT, **asdict(anchor)}, indent=2) + "\n")


def load_anchor(path: Path) -> Anchor:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise AnchorFileError(f"{path}: no such file") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AnchorFileError(f"{path}: not a readable anchor ({exc})") from exc
    try:
        return Anchor.from_json(data)
    except AnchorFileError as exc:
        raise AnchorFileError(f"{path}: {exc}") from exc


class AnchorBook:
    """This workstation's anchors, one per database, in one owner-only JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise AnchorFileError(
                f"{self.path}: the workstation's journal anchors are unreadable ({exc})"
            ) from exc
        return data if isinstance(data, dict) else {}

    def get(self, database: str) -> Anchor | None:
        with self._lock:
            entry = self._read().get(database)
        return Anchor.from_json(entry) if entry is not None else None

    def advance(self, anchor: Anchor) -> None:
        """Keep the newer of the stored anchor and this one; an anchor never moves back."""
        with self._lock:
            book = self._read()
            stored = book.get(anchor.database)
            if (
                isinstance(stored, dict)
                and isinstance(stored.get("seq"), int)
                and stored["seq"] >= anchor.seq
            ):
                return
            book[anchor.database] = asdict(anchor)
            write_private_file(self.path, json.dumps(book, indent=2, sort_keys=True) + "\n")

    def replace(self, anchor: Anchor) -> None:
        """After a verification that found the chain intact and holding the old anchor."""
        with self._lock:
            book = self._read()
            book[anchor.database] = asdict(anchor)
            write_private_file(self.path, json.dumps(book, indent=2, sort_keys=True) + "\n")


class AnchorRecorder:
    """What a unit of work calls after each commit that journaled: throttled writes, flushed at exit."""

    def __init__(self, book: AnchorBook, database: str, interval_s: float = 1.0) -> None:
        self.book = book
        self.database = database
        self.interval_s = interval_s
        self._pending: tuple[int, str] | None = None
        self._written_at = 0.0
        self._lock = threading.Lock()
        atexit.register(self.flush)

    def __call__(self, seq: int, row_hash: str) -> None:
        with self._lock:
            if self._pending is None or seq > self._pending[0]:
                self._pending = (seq, row_hash)
            due = time.monotonic() - self._written_at >= self.interval_s
        if due:
            self.flush()

    def flush(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, None
            self._written_at = time.monotonic()
        if pending is not None:
            try:
                self.book.advance(Anchor.of(self.database, *pending))
            except (OSError, AnchorFileError):
                # The journal itself is intact; only this workstation's extra proof is stale.
                import logging

                logging.getLogger(__name__).warning(
                    "Could not record the journal anchor in %s", self.book.path
                )


def journal_tip(session: Session) -> tuple[int, str] | None:
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.row_hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row is not None else None


def anchor_problem(session: Session, anchor: Anchor) -> str | None:
    """Why the journal does not hold the anchored event, or None when it does."""
    row_hash = session.scalar(select(AuditEvent.row_hash).where(AuditEvent.seq == anchor.seq))
    when = anchor.recorded_at or "an earlier date"
    if row_hash is None:
        return (
            f"the journal no longer holds event #{anchor.seq}, anchored on {when} "
            "(the journal was truncated or wiped)"
        )
    if row_hash != anchor.hash:
        return f"event #{anchor.seq} is not the one anchored on {when} (the journal was rewritten)"
    return None
