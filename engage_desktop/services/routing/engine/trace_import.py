"""Import an interaction trace (JSON lines) into the live engine from the console: what
`engage-desktop ingest FILE.jsonl` does, behind a permission check, with progress and cancel.

Only the workstation holding the engine lock may route, so the import takes it for its duration
(refused, naming the holder, while another workstation runs the engine). Each good line is one
transaction of the engine, as in the CLI; a message already ingested (same source and foreign
id) is counted, not repeated, so importing a file twice adds nothing the second time. Bad lines
are reported with their number and reason, and the good ones still go in. Cancel stops between
two lines: what was imported stays (each line committed on its own) and the result says so.
The import itself is journaled as the acting user (`interactions.imported`, with the counts).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from engage_desktop.db import Database
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import Conflict, DomainError, ErrorCode, Message, ValidationError
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.routing.engine.engine_lock import acquire_engine_lock, engine_holder
from engage_desktop.services.routing.engine.errors import ENGINE_HELD
from engage_desktop.services.routing.engine.intake import (
    InteractionError,
    TraceError,
    bounded_lines,
    parse_raw_line,
)
from engage_desktop.services.routing.engine.live import LiveRoutingEngine

# Who may feed interactions to the engine: the supervisors of all queues (the team-limited
# supervisor could route messages to teams not theirs). The CLI runs as the system instead.
IMPORT_PERMISSION = Permission.MONITOR_TASKS
MAX_REPORTED_ERRORS = 10_000  # beyond, counted only: the list stays usable

TRACE_UNREADABLE = ErrorCode(
    "interaction_import.unreadable", QT_TRANSLATE_NOOP("Errors", "The file cannot be read: {reason}")
)

Progress = Callable[[int, int], bool]  # (bytes read, file size) -> False to cancel


class _TraceClock:
    """The engine's clock follows the trace, as in `engage-desktop ingest`."""

    def __init__(self) -> None:
        self.at = 0.0

    def __call__(self) -> float:
        return self.at


@dataclass
class TraceImportResult:
    lines: int = 0  # non-empty lines read
    imported: int = 0
    already_known: int = 0
    errors: list[TraceError] = field(default_factory=list)
    refused: int = 0  # errors, including those past MAX_REPORTED_ERRORS
    cancelled: bool = False

    @property
    def nothing_new(self) -> bool:
        return self.imported == 0 and self.already_known > 0


def _journal_name(name: str) -> str:
    """The file's name as the journal can store it: bytes that were not UTF-8 (lone surrogates in
    the decoded name) become U+FFFD instead of failing the journal after the import."""
    return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in name)


class TraceImportService:
    def __init__(self, ctx: ServiceContext, database: Database) -> None:
        self.ctx = ctx
        self.database = database

    def may_import(self) -> bool:
        """For the view's comfort (hiding the action); `import_interactions` checks again."""
        with UnitOfWork(self.ctx) as uow:
            return IMPORT_PERMISSION.value in uow.actor_permissions()

    def import_interactions(self, path: Path, progress: Progress | None = None) -> TraceImportResult:
        """Route every good line of the trace on the live engine; see the module's docstring."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(IMPORT_PERMISSION)
        try:
            size = os.path.getsize(path)
            handle = path.open("rb")
        except OSError as exc:
            raise ValidationError("file", TRACE_UNREADABLE(reason=exc.strerror or str(exc))) from None
        with handle:
            lock = acquire_engine_lock(self.database)
            if lock is None:
                holder = engine_holder(self.database) or "another workstation"
                raise Conflict(ENGINE_HELD(holder=holder))
            with lock:
                result = self._import(handle, size, progress)
        with UnitOfWork(self.ctx) as uow:
            uow.record(
                "interactions.imported",
                object_type="interaction",
                details={
                    "file": _journal_name(path.name),
                    "lines": result.lines,
                    "imported": result.imported,
                    "already_known": result.already_known,
                    "refused": result.refused,
                    "cancelled": result.cancelled,
                },
            )
            uow.commit()
        return result

    def _import(self, handle: BinaryIO, size: int, progress: Progress | None) -> TraceImportResult:
        result = TraceImportResult()
        clock = _TraceClock()
        engine = LiveRoutingEngine(self.ctx, clock=clock)
        for number, raw in enumerate(bounded_lines(handle), 1):
            if progress is not None and not progress(handle.tell(), size):
                result.cancelled = True
                break
            try:
                interaction = parse_raw_line(raw)
            except InteractionError as exc:
                result.lines += 1
                self._refuse(result, number, exc.message)
                continue
            if interaction is None:  # a blank line
                continue
            result.lines += 1
            clock.at = max(clock.at, interaction.at)
            try:
                outcome = engine.ingest(interaction)
            except DomainError as exc:
                self._refuse(result, number, exc.message)
                continue
            if outcome.duplicate:
                result.already_known += 1
            else:
                result.imported += 1
        return result

    @staticmethod
    def _refuse(result: TraceImportResult, number: int, message: Message) -> None:
        result.refused += 1
        if len(result.errors) < MAX_REPORTED_ERRORS:
            result.errors.append(TraceError(number, message))
