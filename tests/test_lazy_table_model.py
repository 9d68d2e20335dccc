"""LazyTableModel never blocks: counts and pages are read on workers over the real RoleService and
journal (SQLite), stale answers are dropped, the panel shows a quiet busy state, keyset paging, and a
refresh that updates rows in place without losing the selection or the scroll position."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from qt_helpers import wait_loaded
from sqlalchemy import func, select
from test_list_panel import DEFAULT_ROLES, add_roles, labels, role_columns

from engage_desktop.models import AuditEvent
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.roles import RoleRow
from engage_desktop.views.widgets.latest_request import wait_for_list_loads
from engage_desktop.views.widgets.list_panel import Column, LazyTableModel, ListPanel

PAGE = 20


class ThreadRecorder:
    """Wraps the real service calls, noting the thread each one ran on; a gate can hold them."""

    def __init__(self, session: AppSession) -> None:
        self.session = session
        self.threads: list[threading.Thread] = []
        self.calls: list[tuple[str, ListQuery, int, int]] = []
        self.gate = threading.Event()
        self.gate.set()
        self.started = threading.Event()

    def _enter(self) -> None:
        self.threads.append(threading.current_thread())
        self.started.set()
        assert self.gate.wait(10), "the test never opened the gate"

    def count(self, query: ListQuery) -> int:
        self._enter()
        self.calls.append(("count", query, 0, 0))
        return self.session.roles.count_roles(query)

    def fetch(self, query: ListQuery, offset: int, limit: int) -> list[RoleRow]:
        self._enter()
        self.calls.append(("fetch", query, offset, limit))
        return self.session.roles.list_roles(query, offset, limit)


def make_panel(qtbot, recorder: ThreadRecorder, *, wait: bool = True, **options: Any) -> ListPanel:
    panel = ListPanel(
        "Roles",
        role_columns(),
        recorder.count,
        recorder.fetch,
        count_text=lambda n: f"{n} roles",
        sort="label",
        page_size=PAGE,
        **options,
    )
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    qtbot.waitExposed(panel)
    if wait:
        wait_loaded(panel)
    return panel


@pytest.fixture
def roles(app_session: AppSession) -> AppSession:
    """Three pages of roles."""
    return add_roles(app_session, 3 * PAGE)


def test_counts_and_pages_are_read_off_the_gui_thread(qtbot, roles: AppSession) -> None:
    recorder = ThreadRecorder(roles)
    panel = make_panel(qtbot, recorder)
    model = panel.model
    assert model.rowCount() == PAGE and model.total() == 3 * PAGE + DEFAULT_ROLES
    model.fetchMore()
    wait_loaded(model)
    panel.refresh()
    wait_loaded(panel)
    model.sort(1)
    wait_loaded(model)
    panel.search_edit.setText("role 01")
    panel.search_edit.returnPressed.emit()
    wait_loaded(panel)
    assert sorted(labels(panel)) == [f"Role {i:03d}" for i in range(10, 20)]  # by permission count
    kinds = [call[0] for call in recorder.calls]
    assert kinds.count("count") == 4 and kinds.count("fetch") == 5
    assert recorder.threads and threading.main_thread() not in recorder.threads
    assert threading.current_thread() is threading.main_thread()


def test_an_answer_to_an_older_query_is_dropped(qtbot, roles: AppSession) -> None:
    recorder = ThreadRecorder(roles)
    panel = make_panel(qtbot, recorder)
    model = panel.model
    recorder.gate.clear()
    recorder.started.clear()
    panel.search_edit.setText("role 05")
    panel.search_edit.returnPressed.emit()  # held in its worker
    assert recorder.started.wait(5)
    slow_query = model.query()
    recorder.gate.set()
    panel.search_edit.setText("administrator")  # asked while the first answer is on its way
    panel.search_edit.returnPressed.emit()
    assert wait_for_list_loads(5000)  # both answers are in the event queue now
    wait_loaded(panel)
    assert any(call[1] == slow_query for call in recorder.calls)  # it was read, then dropped
    assert labels(panel) == ["Administrator"]
    assert panel.count_label.text() == "1 roles"


def test_a_request_superseded_before_it_starts_is_not_even_read(qtbot, roles: AppSession) -> None:
    recorder = ThreadRecorder(roles)
    panel = make_panel(qtbot, recorder)
    recorder.gate.clear()
    for text in ("role 00", "role 01", "role 02", "role 03"):  # two workers: two are held, two queue
        panel.search_edit.setText(text)
        panel.search_edit.returnPressed.emit()
    recorder.gate.set()
    wait_loaded(panel)
    searched = [call[1].search for call in recorder.calls if call[0] == "count"]
    assert "role 03" in searched and len(searched) < 1 + 4  # the first load, then not all four
    assert labels(panel) == [f"Role {i:03d}" for i in range(30, 40)]


def test_busy_state_is_quiet_and_no_empty_state_before_the_first_count(
    qtbot, app_session: AppSession
) -> None:
    recorder = ThreadRecorder(app_session)
    recorder.gate.clear()
    panel = make_panel(qtbot, recorder, wait=False, empty_title="No roles yet")
    model = panel.model
    changes: list[bool] = []
    model.busyChanged.connect(changes.append)
    assert model.busy and not model.counted()
    assert panel.count_label.text() == "Loading…"
    assert panel.stack.currentWidget() is panel.table  # not "No roles yet" while counting
    qtbot.waitUntil(panel.busy_bar.isVisible, timeout=2000)  # after BusyBar.DELAY_MS, not at once
    recorder.gate.set()
    wait_loaded(panel)
    assert changes == [False] and not model.busy
    assert not panel.busy_bar.isVisible()
    assert panel.count_label.text() == f"{DEFAULT_ROLES} roles"
    panel.refresh()
    wait_loaded(panel)
    assert not panel.busy_bar.isVisible() and not panel.busy_bar.showing_soon()  # quick: never shown

    recorder.gate.clear()
    panel.search_edit.setText("nobody")
    panel.search_edit.returnPressed.emit()
    assert changes == [False, True, False, True] and model.busy
    assert labels(panel)[0] == "Administrator"  # the previous rows stay until the answer
    recorder.gate.set()
    wait_loaded(panel)
    assert changes == [False, True, False, True, False]
    assert panel.stack.currentWidget() is panel.empty_state


@dataclass(frozen=True)
class JournalRow:
    seq: int
    name: str
    object_id: str


class JournalReader:
    """What the audit journal's service will offer: newest first, "the events older than key"."""

    def __init__(self, session: AppSession) -> None:
        self.factory = session.database.session_factory
        self.after_keys: list[int | None] = []

    def count(self, _query: ListQuery) -> int:
        with self.factory() as db:
            return int(db.scalar(select(func.count(AuditEvent.id))) or 0)

    def fetch_after(self, _query: ListQuery, after: int | None, limit: int) -> list[JournalRow]:
        self.after_keys.append(after)
        stmt = select(AuditEvent.seq, AuditEvent.name, AuditEvent.object_id).order_by(AuditEvent.seq.desc())
        if after is not None:
            stmt = stmt.where(AuditEvent.seq < after)
        with self.factory() as db:
            return [JournalRow(*row) for row in db.execute(stmt.limit(limit))]


def test_keyset_paging_reads_after_the_last_key(qtbot, roles: AppSession) -> None:
    reader = JournalReader(roles)
    model = LazyTableModel(
        [Column("seq", "#", lambda r: r.seq), Column("name", "Event", lambda r: r.name)],
        reader.count,
        fetch_after=reader.fetch_after,
        row_key=lambda r: r.seq,
        page_size=PAGE,
    )
    assert model.keyset()
    model.set_query(ListQuery())
    wait_loaded(model)
    first_page = model.loaded_rows()
    assert len(first_page) == PAGE and reader.after_keys == [None]
    for i in range(5):  # journaled meanwhile: offset paging would now repeat five rows
        roles.roles.create_role(f"Late role {i}")
    model.fetchMore()
    wait_loaded(model)
    assert reader.after_keys == [None, first_page[-1].seq]
    seqs = [row.seq for row in model.loaded_rows()]
    assert len(seqs) == 2 * PAGE and seqs == sorted(set(seqs), reverse=True)
    with pytest.raises(TypeError):
        LazyTableModel([], reader.count, lambda q, o, n: [], fetch_after=reader.fetch_after)


def test_refresh_updates_rows_in_place_keeping_selection_and_scroll(qtbot, roles: AppSession) -> None:
    recorder = ThreadRecorder(roles)
    panel = make_panel(qtbot, recorder)
    model = panel.model
    model.fetchMore()
    wait_loaded(model)
    assert model.rowCount() == 2 * PAGE
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    table = panel.table
    table.scrollToBottom()
    wait_loaded(model)  # the view may ask for the third page
    loaded = model.rowCount()
    selected = labels(panel).index("Role 030")
    table.selectRow(selected)
    scroll = table.verticalScrollBar().value()
    assert scroll > 0

    by_label = {row.label: row for row in model.loaded_rows()}
    roles.roles.update_role(by_label["Role 030"].id, "Role 03x", [])  # moves down a few rows
    roles.roles.update_role(by_label["Role 033"].id, "Role 033", ["read_user", "read_stats"])
    roles.roles.delete_role(by_label["Role 035"].id)
    roles.roles.create_role("Role 036a")
    calls_before = len(recorder.calls)
    panel.refresh()
    wait_loaded(panel)

    assert resets == []  # no reset: rows changed one by one
    assert recorder.calls[calls_before:] == [
        ("count", model.query(), 0, 0),
        ("fetch", model.query(), 0, loaded),
    ]  # the loaded range in one read
    assert [r.label for r in panel.selected_rows()] == ["Role 03x"]
    assert model.row_at(table.currentIndex()).label == "Role 03x"
    assert "Role 035" not in labels(panel) and "Role 036a" in labels(panel)
    assert labels(panel) == sorted(labels(panel), key=str.casefold)
    assert next(r for r in model.loaded_rows() if r.label == "Role 033").permission_count == 2
    assert table.verticalScrollBar().value() == scroll
    assert model.rowCount() == loaded


def test_deleting_the_panel_waits_for_its_worker(qtbot, app_session: AppSession) -> None:
    recorder = ThreadRecorder(app_session)
    recorder.gate.clear()
    panel = ListPanel(
        "Roles",
        role_columns(),
        recorder.count,
        recorder.fetch,
        count_text=lambda n: f"{n} roles",
    )
    assert recorder.started.wait(5)
    opener = threading.Timer(0.2, recorder.gate.set)
    opener.start()
    panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # waits for the worker
    assert recorder.gate.is_set() and len(recorder.calls) == 2  # its count and first page ran
    assert wait_for_list_loads(0)
    opener.join()
