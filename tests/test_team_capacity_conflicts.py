"""No lost update for teams, agent capacities and presence statuses: two administrators edit the
same object; the stale save is a Conflict naming who changed what, and nothing is lost (SQLite and
PostgreSQL), then the team editor's "Keep mine" / "Take theirs" through the real widgets."""

from __future__ import annotations

import pytest
from channels_helpers import routing_channel
from conftest import Signed
from PySide6.QtWidgets import QWidget
from test_teams_service import plain_user
from test_units_of_work import second_admin
from test_widgets import answer_next_modal, session_with_role

from engage_desktop.models.routing import RoutingChannel
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import Conflict
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.capacities import CapacityService, ChannelLimit
from engage_desktop.services.users.presence import PresenceStatusService
from engage_desktop.services.users.service import NewUser
from engage_desktop.services.users.teams import TeamService
from engage_desktop.views.users.capacity_editor import CapacityEditorDialog
from engage_desktop.views.users.presence_page import PresenceStatusDialog
from engage_desktop.views.users.team_editor import TeamEditorDialog
from engage_desktop.views.widgets.conflict_dialog import ConflictDialog


# ---- teams ---------------------------------------------------------------------------------------
def test_a_stale_team_editor_cannot_drop_a_member_added_elsewhere(admin: Signed) -> None:
    ann, bob = plain_user(admin, "ann").user.id, plain_user(admin, "bob").user.id
    ours = TeamService(admin.ctx)
    team = ours.create_team("Care", [ann], [ann])
    loaded = ours.get_team(team.id)  # our editor opens the team

    other = second_admin(admin)
    theirs = TeamService(other.ctx)
    theirs.update_team(team.id, "Care", [ann, bob], [ann, bob], version=theirs.get_team(team.id).version)

    with pytest.raises(Conflict) as caught:  # we rename it with the members we loaded
        ours.update_team(team.id, "Care team", sorted(loaded.member_ids), [ann], version=loaded.version)
    conflict = caught.value
    assert conflict.code == "object.changed_elsewhere" and conflict.is_stale_edit
    assert conflict.changed_by == "bo" and "bo" in str(conflict.message)
    assert set(conflict.fields) == {"name", "user_ids", "leader_ids"}
    assert any("(bob)" in label for label in conflict.theirs["user_ids"])
    assert not any("(bob)" in label for label in conflict.mine["user_ids"])

    saved = ours.get_team(team.id)
    assert saved.name == "Care" and saved.member_ids == {ann, bob} and saved.leader_ids == {ann, bob}
    assert conflict.current_version == saved.version

    # "Take theirs" then renaming keeps Bob; "Keep mine" would save over the newer version.
    ours.update_team(
        team.id, "Care team", sorted(saved.member_ids), sorted(saved.leader_ids), version=saved.version
    )
    after = ours.get_team(team.id)
    assert after.name == "Care team" and after.member_ids == {ann, bob}


def test_keep_mine_saves_the_team_over_the_newer_version(admin: Signed) -> None:
    ann = plain_user(admin, "ann").user.id
    ours = TeamService(admin.ctx)
    team = ours.create_team("Care", [ann], [])
    loaded = ours.get_team(team.id)
    TeamService(second_admin(admin).ctx).update_team(team.id, "Support", [ann], [], version=loaded.version)
    with pytest.raises(Conflict) as caught:
        ours.update_team(team.id, "Care team", [ann], [ann], version=loaded.version)
    ours.update_team(team.id, "Care team", [ann], [ann], version=caught.value.current_version)
    saved = ours.get_team(team.id)
    assert saved.name == "Care team" and saved.leader_ids == {ann}


def test_a_change_of_members_only_moves_the_team_version(admin: Signed) -> None:
    ann = plain_user(admin, "ann").user.id
    teams = TeamService(admin.ctx)
    team = teams.create_team("Care")
    v1 = teams.get_team(team.id).version
    teams.update_team(team.id, "Care", [ann], [], version=v1)
    v2 = teams.get_team(team.id).version
    teams.update_team(team.id, "Care", [ann], [ann], version=v2)
    assert v1 < v2 < teams.get_team(team.id).version
    teams.update_team(team.id, "Care", [], [])  # no version: a caller that did not load (bulk)
    assert teams.get_team(team.id).member_ids == set()


# ---- agent capacities ----------------------------------------------------------------------------
def test_a_stale_capacity_editor_cannot_bring_back_old_limits(admin: Signed) -> None:
    chat = routing_channel(admin, "Chat")
    ours = CapacityService(admin.ctx)
    capacity = ours.create_capacity("Seniors", [ChannelLimit(chat, 3, 5)])
    loaded = ours.get_capacity(capacity.id)

    other = CapacityService(second_admin(admin).ctx)
    other.update_capacity(capacity.id, "Seniors", [ChannelLimit(chat, 2, 4)], version=loaded.version)

    with pytest.raises(Conflict) as caught:  # we rename it with the limits we loaded
        ours.update_capacity(capacity.id, "Senior agents", [ChannelLimit(chat, 3, 5)], version=loaded.version)
    conflict = caught.value
    assert conflict.changed_by == "bo" and conflict.is_stale_edit
    assert set(conflict.fields) == {"name", "channels"}
    assert conflict.theirs["channels"] == {"Chat 2 / 4"}
    assert conflict.mine["channels"] == {"Chat 3 / 5"}

    saved = ours.get_capacity(capacity.id)
    assert saved.name == "Seniors"
    assert [(c.default_capacity, c.max_capacity) for c in saved.channels] == [(2, 4)]
    assert conflict.current_version == saved.version

    ours.update_capacity(capacity.id, "Senior agents", [ChannelLimit(chat, 3, 5)], version=saved.version)
    assert ours.get_capacity(capacity.id).name == "Senior agents"


def test_giving_a_capacity_to_users_elsewhere_is_no_conflict(admin: Signed) -> None:
    """The editor sends only the users it adds or takes away, so those changes merge."""
    chat = routing_channel(admin, "Chat")
    ann, bob = plain_user(admin, "ann").user.id, plain_user(admin, "bob").user.id
    ours = CapacityService(admin.ctx)
    capacity = ours.create_capacity("Seniors", [ChannelLimit(chat, 3, 5)])
    loaded = ours.get_capacity(capacity.id)
    CapacityService(second_admin(admin).ctx).assign_users(capacity.id, [ann])
    ours.update_capacity(capacity.id, "Seniors", [ChannelLimit(chat, 3, 6)], [bob], version=loaded.version)
    assert ours.get_capacity(capacity.id).user_count == 2


def test_a_change_of_limits_only_moves_the_capacity_version(admin: Signed) -> None:
    chat = routing_channel(admin, "Chat")
    capacities = CapacityService(admin.ctx)
    capacity = capacities.create_capacity("Seniors", [ChannelLimit(chat, 3, 5)])
    v1 = capacities.get_capacity(capacity.id).version
    capacities.update_capacity(capacity.id, "Seniors", [ChannelLimit(chat, 3, 6)], version=v1)
    assert capacities.get_capacity(capacity.id).version > v1


# ---- presence statuses ---------------------------------------------------------------------------
def test_a_stale_presence_status_save_is_refused(admin: Signed) -> None:
    ours = PresenceStatusService(admin.ctx)
    ours.create_status("Lunch", "away")
    status = next(s for s in ours.list_statuses(ListQuery()) if s.name == "Lunch")
    loaded = ours.get_status(status.id)

    PresenceStatusService(second_admin(admin).ctx).update_status(
        status.id, "Lunch break", "away", version=loaded.version
    )
    with pytest.raises(Conflict) as caught:
        ours.update_status(status.id, "Lunch", "available", version=loaded.version)
    conflict = caught.value
    assert conflict.changed_by == "bo"
    assert set(conflict.fields) == {"name", "maps_to"}
    assert conflict.theirs == {"name": "Lunch break", "maps_to": "away"}
    saved = ours.get_status(status.id)
    assert (saved.name, saved.maps_to) == ("Lunch break", "away")
    assert conflict.current_version == saved.version

    ours.update_status(status.id, "Lunch", "available", version=conflict.current_version)
    assert ours.get_status(status.id).maps_to == "available"


# ---- the team editor -----------------------------------------------------------------------------
def stale_editor(qtbot, app_session: AppSession) -> tuple[TeamEditorDialog, int, int]:
    """Our editor opened on "Care"; then Bo, elsewhere, renames it "Support" and adds Cy."""
    ann = app_session.users.create_user(_new_user(app_session, "ann")).id
    cy = app_session.users.create_user(_new_user(app_session, "cy")).id
    team = app_session.teams.create_team("Care", [ann], [ann])
    editor = TeamEditorDialog(app_session, team.id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    bo = session_with_role(app_session, "Team admins", ["manage_teams", "read_user"], "bo")
    bo.teams.update_team(team.id, "Support", [ann, cy], [ann], version=bo.teams.get_team(team.id).version)
    editor.name_edit.setText("Care team")
    return editor, team.id, cy


def _new_user(session: AppSession, nickname: str) -> NewUser:
    agent = next(r.id for r in session.roles.list_roles(ListQuery()) if r.label == "Agent")
    return NewUser(nickname.title(), "Lee", nickname, f"{nickname}@example.com", agent)


def test_keep_mine_in_the_team_editor_saves_over_theirs(qtbot, app_session: AppSession) -> None:
    editor, team_id, _cy = stale_editor(qtbot, app_session)

    def keep_mine(dialog: QWidget) -> None:
        assert dialog is not None and dialog.objectName() == "conflictDialog"
        assert isinstance(dialog, ConflictDialog)
        assert "bo" in dialog.findChild(QWidget, "conflictMessage").text()  # type: ignore[union-attr]
        assert dialog.table.rowCount() == 2  # the name and the members
        dialog.keep_button.click()

    seen = answer_next_modal(keep_mine)
    editor.save_button.click()
    assert len(seen) == 1
    qtbot.waitUntil(lambda: not editor.isVisible())
    saved = app_session.teams.get_team(team_id)
    assert saved.name == "Care team" and len(saved.member_ids) == 1  # ours, as we chose


def test_take_theirs_in_the_team_editor_reloads_the_form(qtbot, app_session: AppSession) -> None:
    editor, team_id, cy = stale_editor(qtbot, app_session)
    seen = answer_next_modal(lambda dialog: dialog.take_button.click())  # type: ignore[attr-defined]
    editor.save_button.click()
    assert [d.objectName() for d in seen] == ["conflictDialog"]
    assert editor.isVisible()  # nothing saved; the form shows what is saved now
    assert editor.name_edit.text() == "Support"
    assert cy in editor.member_ids()
    assert app_session.teams.get_team(team_id).name == "Support"
    editor.name_edit.setText("Support team")
    editor.save_button.click()  # now on the version just loaded
    qtbot.waitUntil(lambda: not editor.isVisible())
    saved = app_session.teams.get_team(team_id)
    assert saved.name == "Support team" and cy in saved.member_ids


# ---- the capacity and presence status editors ----------------------------------------------------
def test_keep_mine_in_the_capacity_editor_saves_over_newer_limits(qtbot, app_session: AppSession) -> None:
    with app_session.database.session_factory() as session, session.begin():
        channel = RoutingChannel(name="Chat", label="Chat")
        session.add(channel)
        session.flush()
        chat = channel.id
    capacity = app_session.capacities.create_capacity("Seniors", [ChannelLimit(chat, 3, 5)])
    editor = CapacityEditorDialog(app_session, capacity.id)
    qtbot.addWidget(editor)
    bo = session_with_role(app_session, "Capacity admins", ["update_user", "read_user"], "bo")
    bo.capacities.update_capacity(
        capacity.id, "Seniors", [ChannelLimit(chat, 2, 4)], version=capacity.version
    )
    editor.name_edit.setText("Senior agents")

    def keep_mine(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog) and dialog.table.rowCount() == 2
        assert dialog.table.item(1, 1).text() == "Chat 2 / 4"  # type: ignore[union-attr]
        dialog.keep_button.click()

    seen = answer_next_modal(keep_mine)
    editor.save_button.click()
    assert len(seen) == 1
    saved = app_session.capacities.get_capacity(capacity.id)
    assert saved.name == "Senior agents"
    assert [(c.default_capacity, c.max_capacity) for c in saved.channels] == [(3, 5)]


def test_take_theirs_in_the_presence_status_editor(qtbot, app_session: AppSession) -> None:
    status = app_session.presence_statuses.create_status("Lunch", "away")
    editor = PresenceStatusDialog(app_session, status)
    qtbot.addWidget(editor)
    bo = session_with_role(app_session, "Settings admins", ["update_settings", "read_user"], "bo")
    bo.presence_statuses.update_status(status.id, "Lunch break", "available", version=status.version)
    editor.name_edit.setText("Meal")

    def take_theirs(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        assert dialog.table.item(1, 1).text() == "Available: routing sends tasks"  # type: ignore[union-attr]
        dialog.take_button.click()

    seen = answer_next_modal(take_theirs)
    editor.save_button.click()
    assert len(seen) == 1 and editor.result() == 0
    assert editor.name_edit.text() == "Lunch break"
    assert editor.maps_to_combo.currentData() == "available"
    assert app_session.presence_statuses.get_status(status.id).name == "Lunch break"
