"""Routing › Queue monitor with real widgets on a real SQLite database fed through the live engine:
rows updated in place (selection and scroll kept), supervisor actions through the service and the
journal, refusals on the page, a team leader's narrower view, the empty state."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from conftest import Signed
from PySide6.QtCore import QItemSelectionModel, Qt
from qt_helpers import wait_loaded
from routing_engine_setup import World, build_world, message
from sqlalchemy import select
from test_roles_service import user_with_role

from engage_desktop.models import AuditEvent, TeamMember
from engage_desktop.models.interactions import RoutingTask
from engage_desktop.secrets import SecretStore
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.routing.engine.live import LiveRoutingEngine
from engage_desktop.views.routing.monitor_task_dialogs import AssignTaskDialog, MoveTaskDialog
from engage_desktop.views.routing.queue_monitor_page import QueueMonitorPage
from engage_desktop.views.widgets.list_panel import ListPanel


class Feed:
    """Interactions into the live engine, stamped now (the monitor measures waits on the real clock)."""

    def __init__(self, ctx: ServiceContext, world: World) -> None:
        self.engine = LiveRoutingEngine(ctx)
        self.world = world
        self.sent = 0
        for agent in world.agent_ids:
            self.engine.connect(agent)

    def send(self, count: int) -> list[int]:
        ids = []
        for _ in range(count):
            self.sent += 1
            item = replace(message(self.sent), timestamp=datetime.now(UTC))
            ids.append(self.engine.ingest(item).task_id or 0)
        return ids


@pytest.fixture
def world(sqlite_admin: Signed) -> World:
    return build_world(ServiceContext(sqlite_admin.db.session_factory), agents=2, soft=1, hard=2, timeout=0)


@pytest.fixture
def feed(sqlite_admin: Signed, world: World) -> Feed:
    return Feed(ServiceContext(sqlite_admin.db.session_factory), world)


def open_page(qtbot, session: AppSession) -> QueueMonitorPage:
    """Shown and loaded; a list that failed to load would open a modal box and block: none may."""
    page = QueueMonitorPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.live_check.setChecked(False)  # the test refreshes by hand
    page.show()
    settle(qtbot, page)
    return page


def settle(qtbot, page: QueueMonitorPage) -> None:
    wait_loaded(page)
    qtbot.waitUntil(lambda: not page.overview.busy)
    wait_loaded(page)


def select_row(panel: ListPanel, row: int) -> None:
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    panel.table.selectionModel().setCurrentIndex(panel.model.index(row, 0), flags)


@pytest.fixture
def page(qtbot, app_session: AppSession, feed: Feed) -> Iterator[QueueMonitorPage]:
    feed.send(30)  # two agents of capacity 1 take two; 28 wait
    yield open_page(qtbot, app_session)


def journal(signed: Signed, name: str) -> list[AuditEvent]:
    with signed.db.session_factory() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.name == name)))


def test_rows_update_in_place_keeping_selection_and_scroll(qtbot, page: QueueMonitorPage, feed: Feed) -> None:
    (group,) = page.groups.model.loaded_rows()
    assert (group.key, group.waiting, group.in_progress) == ("queue:default", 28, 2)
    assert page.overview.figures["waiting"].value_label.text() == "28"
    select_row(page.groups, 0)
    settle(qtbot, page)
    assert page.tasks.title_label.text() == "default"
    assert len(page.tasks.model.loaded_rows()) == 28
    select_row(page.tasks, 20)
    chosen = page.tasks.current_row().task_id
    page.tasks.table.scrollToBottom()
    scrolled = page.tasks.table.verticalScrollBar().value()
    assert scrolled > 0

    resets: list[str] = []
    page.groups.model.modelReset.connect(lambda: resets.append("groups"))
    page.tasks.model.modelReset.connect(lambda: resets.append("tasks"))
    feed.send(3)
    page.refresh()
    settle(qtbot, page)

    assert resets == []  # updated row by row, never reset
    assert page.groups.current_row().waiting == 31
    assert page.groups.current_row().key == "queue:default"
    assert page.tasks.current_row().task_id == chosen
    assert len(page.tasks.model.loaded_rows()) == 31
    assert page.tasks.table.verticalScrollBar().value() == scrolled
    assert page.overview.figures["waiting"].value_label.text() == "31"


def test_raise_move_and_assign_go_through_the_service_and_the_journal(
    qtbot, page: QueueMonitorPage, sqlite_admin: Signed, world: World
) -> None:
    select_row(page.tasks, 0)
    task = page.tasks.current_row()
    assert page.raise_selected()
    settle(qtbot, page)
    with sqlite_admin.db.session_factory() as session:
        assert session.get(RoutingTask, task.task_id).priority == task.priority + 10
    (raised,) = journal(sqlite_admin, "task.priority_updated")
    assert raised.user_id == sqlite_admin.user.id and raised.object_id == str(task.task_id)
    assert page.tasks.current_row().task_id == task.task_id  # still selected, first by priority

    dialog = page.move_selected()
    assert isinstance(dialog, MoveTaskDialog) and dialog.queue_combo.count() >= 1
    dialog.queue_combo.setCurrentIndex(dialog.queue_combo.findData("default"))
    dialog.accept()
    settle(qtbot, page)
    assert [e.object_id for e in journal(sqlite_admin, "task.moved")] == [str(task.task_id)]
    assert "moved" in page.info_label.text()

    dialog = page.assign_selected()
    assert isinstance(dialog, AssignTaskDialog)
    offered = [dialog.agent_list.item(i).data(0x0100) for i in range(dialog.agent_list.count())]
    assert set(offered) == set(world.agent_ids)  # both below their hard capacity of 2
    dialog.choose(world.agent_ids[0])
    dialog.accept()
    settle(qtbot, page)
    (assigned,) = journal(sqlite_admin, "task.supervisor_assigned")
    assert assigned.details["agent_id"] == world.agent_ids[0] and assigned.user_id == sqlite_admin.user.id
    with sqlite_admin.db.session_factory() as session:
        row = session.get(RoutingTask, task.task_id)
        assert (row.state, row.agent_id) == ("assigned", world.agent_ids[0])
    assert task.task_id not in [r.task_id for r in page.tasks.model.loaded_rows()]
    assert not page.error_banner.isVisible()


def test_refusals_are_shown_on_the_page(
    qtbot, page: QueueMonitorPage, sqlite_admin: Signed, world: World
) -> None:
    select_row(page.tasks, 0)
    first = page.tasks.current_row().task_id
    dialog = page.assign_selected()
    assert isinstance(dialog, AssignTaskDialog)
    dialog.choose(world.agent_ids[1])
    # Meanwhile another supervisor fills that agent up to the hard capacity.
    others = [r.task_id for r in page.tasks.model.loaded_rows() if r.task_id != first]
    page.service.assign_task_to_agent(others[0], world.agent_ids[1])
    dialog.accept()
    settle(qtbot, page)
    assert page.error_banner.isVisible() and "cannot take this task" in page.error_banner.text()

    # The task went to an agent on another workstation: it is no longer waiting.
    select_row(page.tasks, 0)
    gone = page.tasks.current_row().task_id
    page.service.assign_task_to_agent(gone, world.agent_ids[0])
    assert not page.raise_selected()
    assert "Could not do it" in page.error_banner.text() and "no longer waiting" in page.error_banner.text()
    settle(qtbot, page)
    assert gone not in [r.task_id for r in page.tasks.model.loaded_rows()]


def test_a_team_leader_sees_and_acts_on_their_team_only(
    qtbot, sqlite_admin: Signed, world: World, feed: Feed
) -> None:
    feed.send(6)
    leader = user_with_role(sqlite_admin, "Blue lead", ["monitor_team_tasks"], "bluelead")
    with sqlite_admin.db.session_factory() as session:
        session.add(TeamMember(team_id=world.team_ids[0], user_id=leader.user.id, is_leader=True))
        session.commit()
    page = open_page(qtbot, AppSession(leader.db, leader.ctx, leader.user, SecretStore()))
    assert page.scope_label.isVisible()
    assert [a.user_id for a in page.agents.model.loaded_rows()] == [world.agent_ids[0]]
    page.group_combo.setCurrentIndex(page.group_combo.findData("team"))
    settle(qtbot, page)
    assert [r.key for r in page.groups.model.loaded_rows()] == [f"team:{world.team_ids[0]}"]
    select_row(page.tasks, 0)
    dialog = page.assign_selected()
    assert isinstance(dialog, AssignTaskDialog)
    offered = [dialog.agent_list.item(i).data(0x0100) for i in range(dialog.agent_list.count())]
    assert offered == [world.agent_ids[0]]  # the Red agent is not theirs to assign
    dialog.reject()
    # Even if the page offered it, the service refuses and the page says so.
    task = page.tasks.current_row().task_id
    assert not page._act(lambda: page.service.assign_task_to_agent(task, world.agent_ids[1]), "")
    assert page.error_banner.text().startswith("Not allowed")
    assert journal(sqlite_admin, "task.supervisor_assigned") == []


def test_without_monitoring_the_page_says_so_and_reads_nothing(qtbot, sqlite_admin: Signed) -> None:
    reader = user_with_role(sqlite_admin, "Reader", ["read_user"], "reader")
    page = QueueMonitorPage(AppSession(reader.db, reader.ctx, reader.user, SecretStore()))
    qtbot.addWidget(page)
    page.show()
    assert not page.allowed and page.refused_state.isVisible()
    assert "monitor_tasks" in page.refused_state.message_label.text()


def test_empty_state_when_nothing_routes(qtbot, app_session: AppSession) -> None:
    page = open_page(qtbot, app_session)
    assert page.groups.stack.currentWidget() is page.groups.empty_state
    assert "No task" in page.groups.empty_state.title_label.text()
    assert "No workstation runs the routing engine" in page.engine_label.text()
    assert page.overview.figures["waiting"].value_label.text() == "0"


def test_the_waiting_header_says_how_teams_count_shared_tasks(qtbot, page: QueueMonitorPage) -> None:
    model = page.groups.model
    waiting = next(i for i, c in enumerate(model.columns) if c.key == "waiting")
    tip = model.headerData(waiting, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "several teams" in tip
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
