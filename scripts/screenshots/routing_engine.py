"""Screenshots of Routing › Queue monitor (live data: the demo account staffed for routing, an hour
of generated interactions routed by the live engine while simulated agents accept and complete
tasks) and Routing › Simulation (a generated day on 12 agents against the same day on 16).

    python scripts/screenshots/routing_engine.py [output folder]
"""

from __future__ import annotations

import random
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from screenshot_kit import data_dir, new_admin_session, output_dir, save, settle, show_main_window, start_app
from sqlalchemy import select

from engage_desktop.models import AccountSettings, ContentSource, RolePermission, User
from engage_desktop.models.channels import Identity, IdentityUser
from engage_desktop.models.user_profile import UserSourcePermission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.demo.loader import load_demo_data
from engage_desktop.services.routing.engine.agent_simulator import ACCEPT, AgentSimulator, HandlingTimes
from engage_desktop.services.routing.engine.configuration import load_configuration
from engage_desktop.services.routing.engine.engine_lock import acquire_engine_lock
from engage_desktop.services.routing.engine.live import LiveRoutingEngine
from engage_desktop.services.routing.engine.trace_generator import GeneratorOptions, generate_trace
from engage_desktop.views.routing.queue_monitor_page import QueueMonitorPage
from engage_desktop.views.routing.simulation_page import SimulationPage

SIZE = (1280, 800)
MONITOR_SIZE = (1440, 900)  # a supervisor's wall screen shows more rows
STAFF = 18  # agents on shift
HOUR_OF_INTERACTIONS = 520


def staff_routing(session: AppSession) -> None:
    """Routing mode on, short SLAs, and a shift of agents allowed on every source (demo only)."""
    with session.database.session_factory() as db, db.begin():
        account = db.scalar(select(AccountSettings).limit(1))
        if account is None:
            account = AccountSettings()
            db.add(account)
        account.routing_mode = True
        for source in db.scalars(select(ContentSource)):
            source.sla_response = 300 if source.type in ("chat", "messaging", "whatsapp", "sms") else 600
        agents = db.scalars(
            select(User)
            .join(RolePermission, RolePermission.role_id == User.role_id)
            .where(RolePermission.permission == "receive_tasks", User.enabled.is_(True))
            .order_by(User.id)
            .offset(1)  # not the administrator
            .limit(STAFF)
        ).all()
        sources = db.scalars(select(ContentSource.id).where(ContentSource.channel_id.is_not(None))).all()
        identities = db.scalars(select(Identity.id).where(Identity.controlled.is_(True))).all()
        for agent in agents:
            for source_id in sources:
                known = db.scalar(
                    select(UserSourcePermission).where(
                        UserSourcePermission.user_id == agent.id, UserSourcePermission.source_id == source_id
                    )
                )
                if known is None:
                    db.add(UserSourcePermission(user_id=agent.id, source_id=source_id, read=True, reply=True))
                else:
                    known.read = known.reply = True
            linked = set(db.scalars(select(IdentityUser.identity_id).where(IdentityUser.user_id == agent.id)))
            for identity_id in identities:
                if identity_id not in linked:
                    db.add(IdentityUser(identity_id=identity_id, user_id=agent.id))


class Clock:
    def __init__(self, at: float) -> None:
        self.at = at

    def __call__(self) -> float:
        return self.at


def route_the_last_hour(session: AppSession) -> None:
    """The live engine on a clock that runs through the last hour, agents working as it goes."""
    ctx = ServiceContext(session.database.session_factory, workstation="desk-07.northwind")
    configuration = load_configuration(session.ctx)
    staffed = {a.id for a in configuration.agents.values() if a.source_ids}
    now = time.time()
    clock = Clock(now - 3600)
    engine = LiveRoutingEngine(ctx, clock=clock)
    agents = AgentSimulator(HandlingTimes(handling_seconds=540, accept_seconds=8), seed=7)

    def pushed(name: str, task_id: int | None, agent_id: int | None, at: float) -> None:
        if name in ("task.assigned", "task.supervisor_assigned") and task_id and agent_id:
            agents.pushed(task_id, agent_id, at)

    engine.on_transition = pushed
    for agent_id in sorted(staffed):
        engine.connect(agent_id)
    for agent_id in sorted(staffed)[:2]:
        engine.set_presence(agent_id, "away")
    trace = generate_trace(configuration, GeneratorOptions(seed=11, interactions=HOUR_OF_INTERACTIONS))
    rng = random.Random(5)
    # A rush in the second half hour: more arrivals than the shift can take.
    moments = sorted(now - 3600 + 3540 * rng.random() ** 0.7 for _ in trace)
    for interaction, at in zip(trace, moments, strict=True):
        clock.at = at
        work(engine, agents, at)
        try:
            engine.ingest(replace(interaction, timestamp=datetime.fromtimestamp(at, UTC)))
        except DomainError:
            continue
    clock.at = time.time()
    work(engine, agents, clock.at)
    engine.tick()


def work(engine: LiveRoutingEngine, agents: AgentSimulator, now: float) -> None:
    for action in agents.due(now):
        try:
            if action.kind == ACCEPT:
                engine.accept(action.task_id, action.agent_id)
                agents.accepted(action.task_id, action.agent_id, action.at)
            else:
                engine.complete(action.task_id, action.action)
        except DomainError:
            continue


def monitor_screenshot(session: AppSession, folder: Path, out: Path) -> None:
    app = start_app()
    window = show_main_window(session, folder, MONITOR_SIZE)
    window.show_page("routing.monitor")
    page = window.page_widget("routing.monitor")
    assert isinstance(page, QueueMonitorPage)
    page.live_check.setChecked(False)
    page.group_combo.setCurrentIndex(page.group_combo.findData("team"))
    settle(app, 2.5)
    page.groups.table.selectRow(1)
    settle(app, 1.5)
    page.tasks.table.selectRow(1)
    settle(app, 0.5)
    save(window, out / "queue-monitor.png")


def simulation_screenshot(session: AppSession, folder: Path, out: Path) -> None:
    app = start_app()
    window = show_main_window(session, folder, SIZE)
    window.show_page("routing.simulation")
    page = window.page_widget("routing.simulation")
    assert isinstance(page, SimulationPage)
    setup = page.setup
    setup.base_a.setCurrentIndex(setup.base_a.findData("generated"))
    setup.interactions.setValue(8000)
    setup.generated_agents.setValue(12)
    setup.handling_a.setValue(9)
    setup.agents_b.setValue(16)
    setup.handling_b.setValue(9)
    page.run()
    while page.is_running():
        settle(app, 0.1)
    settle(app, 1.0)
    save(window, out / "simulation-comparison.png")


def main() -> int:
    out = output_dir()
    start_app()
    with data_dir() as folder:
        session = new_admin_session(
            folder, database_name="demo.sqlite3", firstname="Camille", lastname="Laurent"
        )
        load_demo_data(session.ctx)
        staff_routing(session)
        lock = acquire_engine_lock(session.database, "desk-07.northwind")
        route_the_last_hour(session)
        monitor_screenshot(session, folder, out)
        if lock is not None:
            lock.release()
        simulation_screenshot(session, folder, out)
        session.database.engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
