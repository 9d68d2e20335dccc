"""`LiveRoutingEngine`: the core driven on the database, one transaction per event.

Each call (an interaction, an agent's accept or completion, a tick of the clock) runs the core,
then writes every row it changed and journals every transition in the same unit of work: all of it
lands or none does. Row writes are guarded (a task moves only from the state and version the engine
read, a load never passes the hard capacity), so even a second engine or a supervisor racing it
cannot assign a task twice; a refused write rolls back and the engine reloads from the database.
Run it only while holding the engine lock (`engine_lock.acquire_engine_lock`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models.interactions import RoutingEngineLease
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.routing.engine.configuration import read_configuration
from engage_desktop.services.routing.engine.core import IngestOutcome, RoutingCore
from engage_desktop.services.routing.engine.customer import CustomerProfile
from engage_desktop.services.routing.engine.errors import FROM_THE_FUTURE, RoutingRefused
from engage_desktop.services.routing.engine.identity_step import IdentityStep
from engage_desktop.services.routing.engine.model import (
    Interaction,
    RoutingConfiguration,
    Transition,
    as_datetime,
)
from engage_desktop.services.routing.engine.raw_sql import EngineConnection, RawSql, engine_of
from engage_desktop.services.routing.engine.restore import restore_core
from engage_desktop.services.routing.engine.writer import write_transitions

T = TypeVar("T")
MAX_AHEAD_SECONDS = 86_400.0  # how far ahead of the clock a message's own time may be
SEEN = "SELECT id FROM interactions WHERE source_id = :source_id AND foreign_id = :foreign_id"


class LiveRoutingEngine:
    def __init__(
        self,
        ctx: ServiceContext,
        *,
        clock: Callable[[], float] = time.time,
        configuration: RoutingConfiguration | None = None,
    ) -> None:
        self.ctx = ctx
        self.connection = EngineConnection(engine_of(ctx.session_factory))
        self.clock = clock
        self._fixed_configuration = configuration
        self.identities = IdentityStep(clock)  # authors → identities, cached, journal-checked each second
        self.generation = -1
        self.core = self._load()
        self.on_transition: Callable[[str, int | None, int | None, float], None] | None = None
        self.tick()

    def _load(self) -> RoutingCore:
        """Everything from one snapshot: tasks and loads read at different instants could disagree
        with a supervisor's assignment committed in between (PostgreSQL reads commit by commit
        unless asked; a SQLite read transaction is a snapshot already)."""
        with self.ctx.session_factory() as session:
            if session.get_bind().dialect.name == "postgresql":
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            configuration = self._fixed_configuration or read_configuration(session)
            self.generation = _generation(session)
            return restore_core(session, configuration)

    def reload(self) -> None:
        """Configuration or tasks changed outside the engine: start again from the database."""
        self.core = self._load()
        self.identities.forget()
        self._run(_offer_all)

    def _run(
        self,
        step: Callable[[RoutingCore], T],
        interaction: Interaction | None = None,
        seen: Callable[[RawSql], T | None] | None = None,
    ) -> T:
        """One transaction: run the core, write its rows and journal events, commit."""
        core = self.core
        tip = None
        transitions: list[Transition] = []
        try:
            with self.connection.transaction() as sql:
                if seen is not None:
                    known = seen(sql)
                    if known is not None:
                        return known
                result = step(core)
                transitions = core.drain()
                if transitions:
                    tip = write_transitions(sql, self.ctx.workstation, core, transitions, interaction)
                    sql.commit()
                core.forget_done()
        except BaseException:
            self.core = self._load()  # the core moved on, the database did not: follow the database
            raise
        if tip is not None and self.ctx.journal_anchor is not None:
            self.ctx.journal_anchor(*tip)
        if self.on_transition is not None:
            for t in transitions:
                self.on_transition(t.name, t.task_id, t.agent_id, t.at)
        return result

    # ---- events ----------------------------------------------------------------------------------
    def ingest(self, interaction: Interaction) -> IngestOutcome:
        """Idempotent on (source, foreign id): a message seen before changes nothing. A message
        stamped more than a day ahead of the clock is refused: the engine's time never goes back,
        so one such message would push every later deadline and wait into the future."""
        source_id = self.core.source_id(interaction.source)
        now = self.clock()
        if interaction.at > now + MAX_AHEAD_SECONDS:
            raise RoutingRefused(
                FROM_THE_FUTURE(now=as_datetime(now).isoformat(), value=interaction.timestamp.isoformat())
            )

        customer: list[CustomerProfile | None] = [None]

        def seen(sql: RawSql) -> IngestOutcome | None:
            row = sql.one(SEEN, {"source_id": source_id, "foreign_id": interaction.foreign_id})
            if row is not None:
                return IngestOutcome(int(row[0]), duplicate=True)
            at = max(interaction.at, self.core.now)
            customer[0], created = self.identities.resolve(sql, source_id, interaction.author, at)
            self.core.transitions.extend(created)  # journaled with the message, in its transaction
            return None

        committed = False
        try:
            outcome = self._run(
                lambda core: core.ingest(
                    interaction.source,
                    interaction.foreign_id,
                    interaction.thread,
                    interaction.text,
                    interaction.language,
                    max(interaction.at, core.now),
                    interaction.author,
                    customer[0],
                ),
                interaction,
                seen,
            )
            committed = True
        finally:
            self.identities.settle(committed)
        return outcome

    def now(self) -> float:
        return max(self.clock(), self.core.now)

    def tick(self, now: float | None = None) -> None:
        """Fire due timers; reload first when a supervisor changed tasks (the lease's generation)."""
        with self.ctx.session_factory() as session:
            generation = _generation(session)
        if generation != self.generation:
            self.reload()
        at = self.now() if now is None else now
        self._run(lambda core: core.advance(at))

    def connect(self, agent_id: int, presence: str = "available") -> None:
        self._run(lambda core: core.connect(agent_id, self.now(), presence))

    def disconnect(self, agent_id: int) -> None:
        self._run(lambda core: core.disconnect(agent_id, self.now()))

    def set_presence(self, agent_id: int, presence: str) -> None:
        self._run(lambda core: core.set_presence(agent_id, presence, self.now()))

    def accept(self, task_id: int, agent_id: int) -> None:
        self._run(lambda core: core.accept(task_id, agent_id, self.now()))

    def reply(self, task_id: int) -> None:
        self._run(lambda core: core.reply(task_id, self.now()))

    def complete(self, task_id: int, action: str = "closed") -> None:
        self._run(lambda core: core.complete(task_id, self.now(), action))

    def transfer(self, task_id: int, *, to_agent: int | None = None, to_queue: str | None = None) -> None:
        self._run(lambda core: core.transfer(task_id, self.now(), to_agent=to_agent, to_queue=to_queue))


def _offer_all(core: RoutingCore) -> None:
    for agent in core.agents.values():
        core.offer_work(agent)


def _generation(session: Session) -> int:
    value = session.scalar(
        select(func.coalesce(RoutingEngineLease.generation, 0)).where(RoutingEngineLease.id == 1)
    )
    return int(value or 0)
