"""Users › Users through the real widgets and a real SQLite database: list, filter, enable/disable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_widgets import answer_next_modal, click_cancel, click_destructive, close_message, session_with_role

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.audit import JournalFilter, find_events
from engage_desktop.services.listing import ListQuery
from engage_desktop.services.permissions import Permission
from engage_desktop.services.users import NewUser
from engage_desktop.views.users_page import UsersPage

PEOPLE = [("Bea", "Brown", "Agent"), ("Carl", "Chen", "Agent"), ("Dina", "Diaz", "Supervisor")]


@pytest.fixture
def people(app_session: AppSession) -> AppSession:
    roles = {label: role_id for role_id, label in app_session.users.role_names()}
    for first, last, role in PEOPLE:
        nickname = first.lower()
        app_session.users.create_user(NewUser(first, last, nickname, f"{nickname}@example.com", roles[role]))
    return app_session


@pytest.fixture
def page(qtbot, people: AppSession) -> UsersPage:
    widget = UsersPage(people)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(page: UsersPage) -> list[str]:
    model = page.panel.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def cell(page: UsersPage, name: str, column: int) -> str:
    model = page.panel.model
    return model.data(model.index(names(page).index(name), column))


def select(page: UsersPage, name: str) -> None:
    page.panel.table.selectRow(names(page).index(name))


def test_the_list_shows_users(page: UsersPage) -> None:
    model = page.panel.model
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(6)] == [
        "Name",
        "Nickname",
        "E-mail",
        "Role",
        "Enabled",
        "Last sign-in",
    ]
    assert names(page) == ["Ada Admin", "Bea Brown", "Carl Chen", "Dina Diaz"]  # by last name
    assert cell(page, "Dina Diaz", 2) == "dina@example.com"
    assert cell(page, "Dina Diaz", 3) == "Supervisor"
    assert cell(page, "Dina Diaz", 4) == "Yes"
    assert cell(page, "Dina Diaz", 5) == "Never"
    assert page.panel.count_label.text() == "4 users"


def test_filter_by_role_and_state_and_search(page: UsersPage, qtbot) -> None:
    roles = {label: role_id for role_id, label in page.session.users.role_names()}
    combo = page.panel._filter_combos["role_id"]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All roles",
        "Administrator",
        "Agent",
        "Auditor",
        "Supervisor",
    ]
    page.panel.set_filter_value("role_id", roles["Agent"])
    assert names(page) == ["Bea Brown", "Carl Chen"]
    page.panel.set_filter_value("role_id", None)
    page.panel.set_filter_value("enabled", False)
    assert names(page) == []
    assert page.panel.empty_state.title_label.text() == "No match for these filters"
    page.panel.set_filter_value("enabled", None)
    page.panel.search_edit.setText("carl@")
    qtbot.waitUntil(lambda: names(page) == ["Carl Chen"], timeout=2000)


def test_disable_asks_then_disables(page: UsersPage, qtbot, people: AppSession) -> None:
    assert not page.disable_button.isEnabled() and not page.enable_button.isEnabled()
    select(page, "Carl Chen")
    assert page.disable_button.isEnabled() and not page.enable_button.isEnabled()

    seen = answer_next_modal(click_cancel)
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    assert seen[0].text() == "Disable Carl Chen (carl@example.com)?"
    assert cell(page, "Carl Chen", 4) == "Yes"

    answer_next_modal(click_destructive)
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    assert cell(page, "Carl Chen", 4) == "No"
    assert [r.nickname for r in page.panel.selected_rows()] == ["carl"]  # still selected after refresh
    assert not page.disable_button.isEnabled() and page.enable_button.isEnabled()
    model = page.panel.model
    row = names(page).index("Carl Chen")
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole) is not None  # greyed

    with people.database.session_factory() as db:
        event = find_events(db, JournalFilter(names=("user.updated",)))[0]
    assert event.changes == {"enabled": {"from": True, "to": False}}

    qtbot.mouseClick(page.enable_button, Qt.MouseButton.LeftButton)  # enabling needs no confirmation
    assert cell(page, "Carl Chen", 4) == "Yes"


def test_disabling_yourself_is_refused_with_the_reason(page: UsersPage, qtbot, people: AppSession) -> None:
    select(page, "Ada Admin")
    seen = answer_next_modal(click_destructive, close_message)
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2
    assert seen[1].text() == "You cannot disable your own account."
    assert cell(page, "Ada Admin", 4) == "Yes"
    assert people.users.count_users(ListQuery(filters={"enabled": False})) == 0


def test_role_choices_follow_new_roles(page: UsersPage, people: AppSession) -> None:
    people.roles.create_role("Trainee")
    page.hide()
    page.show()
    combo = page.panel._filter_combos["role_id"]
    assert "Trainee" in [combo.itemText(i) for i in range(combo.count())]


def test_without_update_user_the_buttons_stay_disabled(qtbot, people: AppSession) -> None:
    reader = session_with_role(people, "Reader", [Permission.READ_USER.value], "rita")
    page = UsersPage(reader)
    qtbot.addWidget(page)
    select(page, "Carl Chen")
    assert not page.disable_button.isEnabled() and not page.enable_button.isEnabled()
