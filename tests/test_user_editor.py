"""The user editor through the real widgets (SQLite): create, invite and edit across the tabs, the
permission matrix and its link with identities, errors on the right tab, the team-leader limits."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import Signed
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from qt_helpers import wait_loaded
from test_widgets import answer_next_modal, session_with_role
from users_helpers import AGENT_PERMISSIONS, World, add_member, build_world

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.journal import JournalFilter, find_events
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.records import SignatureForm, SourcePermissions
from engage_desktop.views.users.user_editor import UserEditorDialog
from engage_desktop.views.users.users_page import UsersPage


@pytest.fixture
def world(app_session: AppSession) -> World:
    return build_world(Signed(app_session.database, app_session.ctx, app_session.user))


@pytest.fixture
def page(qtbot, app_session: AppSession, world: World) -> UsersPage:
    widget = UsersPage(app_session)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    wait_loaded(widget)
    return widget


def open_new(page: UsersPage, invite: bool = False) -> UserEditorDialog:
    page.invite_user() if invite else page.new_user()
    editor = page.editor
    assert isinstance(editor, UserEditorDialog)
    return editor


def open_existing(page: UsersPage, user_id: int, tab: str = "profile") -> UserEditorDialog:
    page.panel.refresh()
    wait_loaded(page)
    row = next(r for r in page.panel.model.loaded_rows() if r.id == user_id)
    page.open_user(row, tab)
    editor = page.editor
    assert isinstance(editor, UserEditorDialog)
    return editor


def fill_profile(editor: UserEditorDialog, first: str, last: str, nickname: str, email: str) -> None:
    tab = editor.profile_tab
    tab.firstname_edit.setText(first)
    tab.lastname_edit.setText(last)
    tab.nickname_edit.setText(nickname)
    tab.email_edit.setText(email)


def matrix_box(editor: UserEditorDialog, source_id: int, flag: str):  # type: ignore[no-untyped-def]
    tab = editor.permissions_tab
    row = [s.id for s in tab.sources].index(source_id)
    return tab.boxes[row][flag], tab.approval[row]


def test_create_a_user_across_the_tabs(page: UsersPage, app_session: AppSession, world: World) -> None:
    editor = open_new(page)
    assert editor.windowTitle() == "New user" and editor.save_button is not None
    assert editor.save_button.text() == "Create user"
    fill_profile(editor, "Nia", "Nowak", "nia", "nia@example.com")
    editor.profile_tab.timezone_combo.setCurrentText("Europe/Warsaw")
    editor.profile_tab.languages_list.set_checked(["pl", "en"])
    editor.teams_tab.teams_list.set_checked([world.teams["Billing"]])
    editor.categories_tab.items[world.categories["Refunds"]].setCheckState(0, Qt.CheckState.Checked)
    editor.capacity_tab.capacity_combo.setCurrentIndex(1)
    assert editor.save()
    rows = app_session.users.list_users(ListQuery(search="nia"))
    assert [(r.name, r.team_names) for r in rows] == [("Nia Nowak", ("Billing",))]
    form = app_session.users.get_user(rows[0].id).form
    assert (form.timezone, form.spoken_languages) == ("Europe/Warsaw", ("en", "pl"))
    assert form.category_ids == (world.categories["Refunds"],)
    assert form.capacity_id == world.capacities["Part-time"]
    wait_loaded(page)
    assert [r.nickname for r in page.panel.selected_rows()] == ["nia"]  # the new row is selected


def test_invite_shows_the_pending_state(page: UsersPage, app_session: AppSession) -> None:
    editor = open_new(page, invite=True)
    assert editor.windowTitle() == "Invite a user" and editor.profile_tab.password_edit is None
    fill_profile(editor, "Ivy", "Ives", "ivy", "ivy@example.com")
    assert editor.save()
    (row,) = app_session.users.list_users(ListQuery(filters={"enabled": "invited"}))
    assert row.nickname == "ivy"


def test_errors_go_under_their_fields_on_their_tab(page: UsersPage) -> None:
    editor = open_new(page)
    fill_profile(editor, "Ada", "", "ADA", "not-an-address")
    editor.show_tab("teams")
    assert not editor.save()
    assert editor.tabs.currentWidget() is editor.profile_tab
    assert editor.tab_has_error_mark("profile") and not editor.tab_has_error_mark("teams")
    errors = editor.profile_tab.form
    assert errors.error_label("lastname").text() == "Last name is required."
    assert errors.error_label("nickname").text() == "The nickname “ADA” is taken."
    assert errors.error_label("email").text() == "“not-an-address” is not a valid e-mail address."
    assert editor.isVisible()  # the refusal stays in the dialog


def test_enter_in_a_filter_box_filters_and_does_not_save(page: UsersPage, qtbot) -> None:
    editor = open_new(page)
    for key, box in (
        ("categories", editor.categories_tab.search_edit),
        ("permissions", editor.permissions_tab.search_edit),
    ):
        editor.show_tab(key)
        box.setText("ref")
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert editor.isVisible() and not editor.profile_tab.form.has_errors()
    rows = editor.permissions_tab.table
    assert all(rows.isRowHidden(r) for r in range(rows.rowCount()))  # no channel matches "ref"


def test_the_matrix_keeps_its_rules(page: UsersPage, world: World) -> None:
    editor = open_new(page)
    mailbox = world.sources["Support mailbox"]
    read, _ = matrix_box(editor, mailbox, "read")
    reply, approval = matrix_box(editor, mailbox, "reply")
    html, _ = matrix_box(editor, mailbox, "reply_with_html")
    assert (read.accessibleName(), html.accessibleName()) == (
        "Read — Support mailbox",
        "Reply in HTML — Support mailbox",
    )
    assert not approval.isEnabled()
    html.setChecked(True)  # HTML replies are replies, and replying needs reading
    assert reply.isChecked() and read.isChecked() and approval.isEnabled()
    approval.setCurrentIndex(approval.findData(40))
    reply.setChecked(False)
    assert not html.isChecked() and read.isChecked() and approval.currentData() == 0
    read.setChecked(False)
    assert editor.permissions_tab.permissions() == []

    tab = editor.permissions_tab
    tab._toggle_column(1)  # the Read header: every channel
    assert [p.flags() for p in tab.permissions()] == [("read",), ("read",)]
    tab._toggle_column(1)
    assert tab.permissions() == []


def test_reply_without_an_identity_warns_until_one_is_ticked(
    page: UsersPage, app_session: AppSession, world: World
) -> None:
    editor = open_new(page)
    fill_profile(editor, "Eve", "Evans", "eve", "eve@example.com")
    identities = editor.identities_tab
    assert not identities.empty_label.isHidden()  # nothing to reply on yet
    reply, _ = matrix_box(editor, world.sources["Support mailbox"], "reply")
    reply.setChecked(True)
    tab = editor.permissions_tab
    assert not tab.problem_label.isHidden()
    assert "Support mailbox (E-mail)" in tab.problem_label.text()
    assert editor.tab_has_error_mark("permissions")
    # The identities offered follow the channels the user may reply on.
    shown = [c for c, item in identities.communities.items() if not item.isHidden()]
    assert shown == [world.communities["E-mail"]]
    tab.identities_button.click()
    assert editor.tabs.currentWidget() is identities
    identities.items[world.identities["Acme Support"]].setCheckState(0, Qt.CheckState.Checked)
    assert tab.problem_label.isHidden() and not editor.tab_has_error_mark("permissions")
    assert editor.save()
    (row,) = app_session.users.list_users(ListQuery(search="eve"))
    assert row.problems == ()
    assert app_session.users.get_user(row.id).form.identity_ids == (world.identities["Acme Support"],)


def test_edit_shows_the_header_and_journals_the_changes(
    page: UsersPage, app_session: AppSession, world: World
) -> None:
    row = app_session.users.create_user(
        world.form(
            "carl",
            source_permissions=(SourcePermissions(world.sources["Acme page"], reply=True),),
            signatures=(SignatureForm("Formal", "Regards", "en"),),
        )
    )
    editor = open_existing(page, row.id)
    assert editor.windowTitle() == "Edit user “Carl Tester”"
    assert editor.state_pill.text() == "Enabled"
    assert not editor.permissions_tab.problem_label.isHidden()  # opens with the problem shown
    editor.profile_tab.lastname_edit.setText("Chen")
    editor.categories_tab.items[world.categories["Shipping"]].setCheckState(0, Qt.CheckState.Checked)
    signatures = editor.signatures_tab
    signatures.add_signature()
    signatures.name_edit.setText("Chat")
    signatures.name_edit.textEdited.emit("Chat")
    signatures.body_edit.setPlainText("— Carl")
    assert editor.save()
    with app_session.database.session_factory() as db:
        updated = find_events(db, JournalFilter(names=("user.updated",)))[0]
        added = find_events(db, JournalFilter(names=("user.categories_added",)))[0]
    assert updated.changes["lastname"] == {"from": "Tester", "to": "Chen"}
    assert updated.changes["signature.Chat"]["from"] is None
    assert added.changes["categories"]["added"] == ["Shipping"]
    names = [s.name for s in app_session.users.get_user(row.id).form.signatures]
    assert names == ["Formal", "Chat"]


def test_identities_page_opens_the_users_identities_tab(
    page: UsersPage, app_session: AppSession, world: World
) -> None:
    row = app_session.users.create_user(world.form("ivo", identity_ids=(world.identities["Acme Support"],)))
    page.show_user_identities(row.id)
    editor = page.editor
    assert isinstance(editor, UserEditorDialog)
    assert editor.tabs.currentWidget() is editor.identities_tab
    assert editor.identities_tab.checked_ids() == [world.identities["Acme Support"]]


def test_roles_beyond_the_actor_and_teams_they_do_not_lead_are_locked(
    qtbot, app_session: AppSession, world: World
) -> None:
    lead = session_with_role(
        app_session, "Leads", [*AGENT_PERMISSIONS, "manage_users_of_my_teams", "create_user"], "lea"
    )
    signed = Signed(app_session.database, app_session.ctx, app_session.user)
    add_member(signed, world.teams["Care"], lead.user.id, leader=True)
    member = app_session.users.create_user(
        world.form("max", team_ids=(world.teams["Care"], world.teams["Billing"]))
    )
    page = UsersPage(lead)
    qtbot.addWidget(page)
    editor = open_existing(page, member.id, "teams")
    teams = editor.teams_tab.teams_list
    flags = {
        teams.item(i).text(): bool(teams.item(i).flags() & Qt.ItemFlag.ItemIsEnabled)
        for i in range(teams.count())
    }
    assert flags == {"Billing": False, "Care": True}
    roles = editor.role_tab.role_combo
    model = roles.model()
    enabled = {roles.itemText(i).split(" — ")[0]: model.item(i).isEnabled() for i in range(roles.count())}  # type: ignore[attr-defined]
    assert enabled["Agent"] and not enabled["Administrator"]
    editor.profile_tab.firstname_edit.setText("Maxime")
    assert editor.save()
    assert app_session.users.get_user(member.id).form.firstname == "Maxime"


# ---- a save over a newer version -----------------------------------------------------------------
def edited_elsewhere(app_session: AppSession, world: World, qtbot) -> tuple[UserEditorDialog, int]:
    """Our editor opens Bea; another administrator then saves her last name."""
    user_id = app_session.users.create_user(world.form("bea")).id
    editor = UserEditorDialog(app_session, user_id)
    qtbot.addWidget(editor)
    other = session_with_role(app_session, "Second admins", [p.value for p in Permission], "bo")
    theirs = other.users.get_user(user_id)
    other.users.update_user(user_id, replace(theirs.form, lastname="Bolt"), version=theirs.version)
    editor.profile_tab.firstname_edit.setText("Beatrix")
    return editor, user_id


def test_keep_mine_saves_the_form_over_their_version(app_session: AppSession, world: World, qtbot) -> None:
    editor, user_id = edited_elsewhere(app_session, world, qtbot)
    seen = answer_next_modal(lambda dialog: dialog.keep_button.click())
    assert editor.save()
    assert seen and seen[0].objectName() == "conflictDialog"
    assert "bo changed this user" in seen[0].findChild(QLabel, "conflictMessage").text()
    saved = app_session.users.get_user(user_id).form
    assert (saved.firstname, saved.lastname) == ("Beatrix", world.form("bea").lastname)


def test_take_theirs_reloads_the_form_and_saves_over_it(app_session: AppSession, world: World, qtbot) -> None:
    editor, user_id = edited_elsewhere(app_session, world, qtbot)
    seen = answer_next_modal(lambda dialog: dialog.take_button.click())
    assert not editor.save()  # nothing saved: the form now shows their values
    assert seen and seen[0].objectName() == "conflictDialog"
    assert editor.profile_tab.lastname_edit.text() == "Bolt"
    assert editor.profile_tab.firstname_edit.text() == world.form("bea").firstname
    assert editor.version == app_session.users.get_user(user_id).version
    editor.profile_tab.firstname_edit.setText("Beatrix")
    assert editor.save()  # no dialog this time
    saved = app_session.users.get_user(user_id).form
    assert (saved.firstname, saved.lastname) == ("Beatrix", "Bolt")
