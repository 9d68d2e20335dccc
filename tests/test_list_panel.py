"""ListPanel and LazyTableModel over the real RoleService: paging, server sort, search, filters, states."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QPoint, Qt, QTime
from PySide6.QtWidgets import QHeaderView
from qt_helpers import wait_loaded
from test_widgets import answer_next_modal, close_message, session_with_role

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.roles import RoleRow
from engage_desktop.views.widgets.list_panel import (
    RIGHT,
    Column,
    FilterSpec,
    LazyTableModel,
    ListPanel,
    Selection,
    format_date,
    format_value,
)

EXTRA = 450
DEFAULT_ROLES = 4


class Recorder:
    """Observes the real service calls (offset, limit) the panel makes; does not replace them."""

    def __init__(self, session: AppSession) -> None:
        self.session = session
        self.counts: list[ListQuery] = []
        self.pages: list[tuple[int, int]] = []

    def count(self, query: ListQuery) -> int:
        self.counts.append(query)
        return self.session.roles.count_roles(query)

    def fetch(self, query: ListQuery, offset: int, limit: int) -> list[RoleRow]:
        self.pages.append((offset, limit))
        return self.session.roles.list_roles(query, offset, limit)


def role_columns() -> list[Column]:
    return [
        Column("label", "Label", lambda r: r.label),
        Column("permission_count", "Permissions", lambda r: r.permission_count, alignment=RIGHT),
        Column("user_count", "Users", lambda r: r.user_count, alignment=RIGHT),
        Column("platform_id", "Platform id", lambda r: r.platform_id, sortable=False),
    ]


def make_panel(qtbot, session: AppSession, recorder: Recorder | None = None, **options: Any) -> ListPanel:
    source: Any = recorder or session.roles
    panel = ListPanel(
        "Roles",
        role_columns(),
        source.count if recorder else source.count_roles,
        source.fetch if recorder else source.list_roles,
        count_text=lambda n: f"{n:,} roles",
        search_placeholder="Search roles",
        sort="label",
        **options,
    )
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    wait_loaded(panel)
    return panel


def add_roles(session: AppSession, how_many: int) -> AppSession:
    for i in range(how_many):
        session.roles.create_role(f"Role {i:03d}", ["read_user"] if i % 2 else [])
    return session


@pytest.fixture
def many_roles(app_session: AppSession) -> AppSession:
    """More than two pages."""
    return add_roles(app_session, EXTRA)


@pytest.fixture
def some_roles(app_session: AppSession) -> AppSession:
    return add_roles(app_session, 60)


def labels(panel: ListPanel) -> list[str]:
    return [row.label for row in panel.model.loaded_rows()]


def test_rows_arrive_a_page_at_a_time(qtbot, many_roles: AppSession) -> None:
    recorder = Recorder(many_roles)
    panel = make_panel(qtbot, many_roles, recorder)
    total = EXTRA + DEFAULT_ROLES
    model = panel.model
    assert model.total() == total
    assert model.rowCount() == 200
    assert recorder.pages == [(0, 200)]
    assert panel.count_label.text() == f"Showing 200 of {total} roles"
    assert model.canFetchMore()
    model.fetchMore()
    wait_loaded(model)
    assert model.rowCount() == 400
    model.fetchMore()
    wait_loaded(model)
    assert model.rowCount() == total
    assert not model.canFetchMore()
    model.fetchMore()
    assert recorder.pages == [(0, 200), (200, 200), (400, 200)]
    assert panel.count_label.text() == f"{total} roles"
    assert labels(panel) == sorted(labels(panel), key=str.casefold)


def test_scrolling_to_the_bottom_fetches_the_next_page(qtbot, many_roles: AppSession) -> None:
    panel = make_panel(qtbot, many_roles)
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 400)


def test_clicking_a_header_sorts_on_the_server(qtbot, many_roles: AppSession) -> None:
    recorder = Recorder(many_roles)
    panel = make_panel(qtbot, many_roles, recorder)
    header = panel.table.horizontalHeader()

    def click(section: int) -> None:
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    click(0)  # already by label, ascending: now descending
    wait_loaded(panel)
    assert panel.model.query().sort == "label" and panel.model.query().descending
    assert labels(panel)[:2] == ["Supervisor", "Role 449"]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    click(2)
    wait_loaded(panel)
    query = panel.model.query()
    assert (query.sort, query.descending) == ("user_count", False)
    expected = many_roles.roles.list_roles(ListQuery(sort="user_count"), 0, 200)
    assert [r.id for r in panel.model.loaded_rows()] == [r.id for r in expected]
    assert panel.model.loaded_rows()[-1].user_count <= 1
    assert recorder.pages[-1] == (0, 200)  # a sort re-reads the first page, not everything

    pages_before = len(recorder.pages)
    click(3)  # not sortable by the service: nothing is re-read, the indicator stays
    assert len(recorder.pages) == pages_before
    assert header.sortIndicatorSection() == 2


def test_search_is_debounced_and_filters_on_the_server(qtbot, some_roles: AppSession) -> None:
    recorder = Recorder(some_roles)
    panel = make_panel(qtbot, some_roles, recorder)
    counts_before = len(recorder.counts)
    qtbot.keyClicks(panel.search_edit, "role 04")
    assert len(recorder.counts) == counts_before  # not one query per key stroke
    qtbot.waitUntil(lambda: panel.model.query().search == "role 04", timeout=2000)
    wait_loaded(panel)
    assert len(recorder.counts) == counts_before + 1
    assert labels(panel) == [f"Role {i:03d}" for i in range(40, 50)]
    assert panel.count_label.text() == "10 roles"


def test_no_match_shows_an_empty_state_that_clears_the_search(qtbot, app_session: AppSession) -> None:
    panel = make_panel(qtbot, app_session)
    panel.search_edit.setText("nobody has this role")
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    wait_loaded(panel)
    assert panel.stack.currentWidget() is panel.empty_state
    assert panel.empty_state.title_label.text() == "No match for “nobody has this role”"
    button = panel.empty_state.action_button
    assert button.isVisible() and button.text() == "Clear the search"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_loaded(panel)
    assert panel.search_edit.text() == ""
    assert panel.stack.currentWidget() is panel.table
    assert panel.model.total() == DEFAULT_ROLES


def test_an_empty_list_shows_the_page_text_and_action(qtbot) -> None:
    created: list[bool] = []
    panel = ListPanel(
        "Webhooks",
        [Column("name", "Name", lambda r: r)],
        lambda q: 0,
        lambda q, o, n: [],
        count_text=lambda n: f"{n} webhooks",
        empty_title="No webhooks yet",
        empty_message="Webhooks tell other systems what happens here.",
    )
    qtbot.addWidget(panel)
    panel.set_empty_action("New webhook", lambda: created.append(True))
    panel.show()
    wait_loaded(panel)
    assert panel.stack.currentWidget() is panel.empty_state
    assert panel.empty_state.title_label.text() == "No webhooks yet"
    assert panel.empty_state.action_button.text() == "New webhook"
    qtbot.mouseClick(panel.empty_state.action_button, Qt.MouseButton.LeftButton)
    assert created == [True]
    assert panel.count_label.text() == "0 webhooks"


def test_filters_go_to_the_query(qtbot, some_roles: AppSession) -> None:
    panel = make_panel(
        qtbot,
        some_roles,
        filters=[
            FilterSpec("in_use", "In use", [("All", None), ("In use", True), ("Unused", False)]),
            FilterSpec("permission", "Permission", [("Any", None), ("Manage roles", "manage_roles")]),
        ],
    )
    panel.set_filter_value("in_use", True)
    assert panel.model.query().filters == {"in_use": True}
    wait_loaded(panel)
    assert labels(panel) == ["Administrator"]
    panel.set_filter_value("in_use", None)
    panel.set_filter_value("permission", "manage_roles")
    wait_loaded(panel)
    assert labels(panel) == ["Administrator"]
    panel.set_filter_value("in_use", False)
    wait_loaded(panel)
    assert panel.stack.currentWidget() is panel.empty_state
    assert panel.empty_state.title_label.text() == "No match for these filters"
    assert panel.empty_state.action_button.text() == "Clear the filters"
    panel.search_edit.setText("role")
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    wait_loaded(panel)
    assert panel.empty_state.title_label.text() == "No match for “role” with these filters"
    assert panel.empty_state.action_button.text() == "Clear search and filters"
    panel.clear_search_and_filters()
    assert panel.model.query().filters == {}
    wait_loaded(panel)
    assert panel.model.total() == 60 + DEFAULT_ROLES


def test_filter_choices_can_change_and_keep_the_current_value(qtbot, app_session: AppSession) -> None:
    panel = make_panel(
        qtbot, app_session, filters=[FilterSpec("in_use", "In use", [("All", None), ("In use", True)])]
    )
    panel.set_filter_value("in_use", True)
    panel.set_filter_choices("in_use", [("Every role", None), ("Unused", False), ("Given", True)])
    assert panel.filter_value("in_use") is True
    panel.set_filter_choices("in_use", [("Every role", None)])
    assert panel.filter_value("in_use") is None
    assert panel.model.query().filters == {}


def test_refresh_keeps_the_selection(qtbot, app_session: AppSession) -> None:
    panel = make_panel(qtbot, app_session)
    panel.table.selectRow(labels(panel).index("Auditor"))
    assert [r.label for r in panel.selected_rows()] == ["Auditor"]
    app_session.roles.create_role("Aardvark keeper")
    panel.refresh()
    wait_loaded(panel)
    assert labels(panel)[0] == "Aardvark keeper"
    assert [r.label for r in panel.selected_rows()] == ["Auditor"]
    assert panel.model.row_at(panel.table.currentIndex()).label == "Auditor"


def test_actions_follow_the_selection_and_enter_opens(qtbot, app_session: AppSession) -> None:
    panel = make_panel(qtbot, app_session)
    opened: list[str] = []
    panel.opened.connect(lambda row: opened.append(row.label))
    always = panel.add_action("New", lambda: None)
    one = panel.add_action("Edit", lambda: None, selection=Selection.ONE)
    some = panel.add_action("Export", lambda: None, selection=Selection.SOME)
    denied = panel.add_action("Delete", lambda: None, selection=Selection.ONE, allowed=False)
    unused_only = panel.add_action(
        "Purge", lambda: None, selection=Selection.SOME, enabled_when=lambda rows: rows[0].user_count == 0
    )
    assert always.isEnabled() and not one.isEnabled() and not some.isEnabled()
    panel.table.selectRow(0)  # Administrator (1 user)
    assert one.isEnabled() and some.isEnabled() and not denied.isEnabled() and not unused_only.isEnabled()
    panel.table.selectAll()
    assert not one.isEnabled() and some.isEnabled()
    panel.table.selectRow(1)  # Agent
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert unused_only.isEnabled()
    index = panel.model.index(2, 0)
    where = panel.table.visualRect(index).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double click's 1st
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened == ["Agent", "Auditor"]


def test_model_roles_and_header(qtbot, app_session: AppSession) -> None:
    panel = make_panel(qtbot, app_session)
    model = panel.model
    index = model.index(0, 1)
    assert model.data(index) == "72"
    assert model.data(index, Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == "72"
    assert model.data(index, LazyTableModel.RowRole).label == "Administrator"
    assert model.row_at(index).label == "Administrator"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Users"
    header = panel.table.horizontalHeader()
    assert not header.stretchLastSection()  # the label column takes the spare width instead
    assert panel.columns_layout.stretch == [0]
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    assert panel.table.isSortingEnabled() and panel.table.alternatingRowColors()


def test_a_refusal_is_shown_not_raised(qtbot, app_session: AppSession) -> None:
    agent = session_with_role(app_session, "Phone agent", [Permission.RECEIVE_TASKS.value], "pat")
    seen = answer_next_modal(close_message)
    panel = make_panel(qtbot, agent)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert "manage_roles" in seen[0].text()
    assert panel.stack.currentWidget() is panel.empty_state
    assert panel.empty_state.title_label.text() == "The list could not be loaded"
    assert panel.empty_state.action_button.text() == "Try again"


@pytest.fixture
def in_auckland(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's zone is twelve or thirteen hours ahead of UTC (Python reads TZ)."""
    monkeypatch.setenv("TZ", "Pacific/Auckland")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_dates_are_shown_on_the_users_calendar(in_auckland: None) -> None:
    """A user created late on 1 March UTC was created on 2 March in Auckland (it said 1 March)."""
    short = QLocale.FormatType.ShortFormat
    naive_utc = datetime(2026, 3, 1, 22, 30)
    assert format_date(naive_utc) == QLocale().toString(QDate(2026, 3, 2), short)
    assert format_date(naive_utc.replace(tzinfo=UTC)) == format_date(naive_utc)
    shown = QDateTime(QDate(2026, 3, 2), QTime(11, 30))
    assert format_value(naive_utc) == QLocale().toString(shown, short)


def test_a_time_column_keeps_room_for_its_longest_time_even_when_narrow(qtbot) -> None:
    """The first rows show short times (9:05 AM); a later one, 12:58 PM, must not be cut, nor may
    the column give that room up when the table narrows (a stretching column gives it instead)."""
    short = [datetime(2026, 1, 2, 9, 5, tzinfo=UTC)] * 30
    rows = [(i, moment, f"note {i}") for i, moment in enumerate([*short, datetime(2026, 12, 28, 12, 58)])]
    panel = ListPanel(
        "Events",
        [
            Column("id", "#", lambda r: r[0]),
            Column("when", "When", lambda r: r[1]),
            Column("label", "Note", lambda r: r[2]),
        ],
        lambda q: len(rows),
        lambda q, o, n: rows[o : o + n],
        count_text=lambda n: f"{n} events",
    )
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()
    wait_loaded(panel)
    metrics = panel.table.fontMetrics()
    longest = max(metrics.horizontalAdvance(format_value(r[1])) for r in rows)
    header = panel.table.horizontalHeader()
    assert header.sectionSize(1) >= longest + 16  # the text and the item's padding
    panel.resize(260, 400)
    qtbot.waitUntil(lambda: panel.table.viewport().width() < 260)
    assert header.sectionSize(1) >= longest + 16
