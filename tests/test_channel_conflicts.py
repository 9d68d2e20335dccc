"""No lost update in the Channels section: two administrators edit the same community, channel or
identity; the stale save is refused naming who changed which fields, and nothing is lost (SQLite
and PostgreSQL). Then the channel editor's "Keep mine" / "Take theirs" (pytest-qt)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from channels_helpers import add_identities, community, email_form, sources, user_with_role
from conftest import Signed
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from test_units_of_work import second_admin
from test_widgets import answer_next_modal

from engage_desktop.models import Category
from engage_desktop.secrets import SecretStore
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.channels.communities import CommunityService
from engage_desktop.services.channels.identities import IdentityService, ProfileChanges, build_identity
from engage_desktop.services.channels.source_secrets import secret_key
from engage_desktop.services.core.errors import Conflict
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.service import NewUser
from engage_desktop.views.channels.communities_page import CommunityEditorDialog
from engage_desktop.views.channels.identities_page import IdentityDetailPanel
from engage_desktop.views.channels.source_editor import SourceEditorDialog
from engage_desktop.views.widgets.conflict_dialog import ConflictDialog


# ---- communities ----------------------------------------------------------------------------------
def test_a_stale_community_save_is_refused_and_keep_mine_then_works(admin: Signed) -> None:
    ours = CommunityService(admin.ctx)
    mail = ours.create_community("Mail", "email")
    loaded = ours.get_community(mail.id)  # our editor opens it

    other = second_admin(admin)
    theirs = CommunityService(other.ctx)
    theirs.update_community(
        mail.id, "Mail desk", "email", True, version=theirs.get_community(mail.id).version
    )

    with pytest.raises(Conflict) as caught:
        ours.update_community(mail.id, "Mail", "email", False, version=loaded.version)
    conflict = caught.value
    assert conflict.code == "object.changed_elsewhere" and conflict.is_stale_edit
    assert conflict.changed_by == "bo" and conflict.changed_at is not None
    assert set(conflict.fields) == {"name", "active"}
    assert conflict.theirs["name"] == "Mail desk" and conflict.mine["name"] == "Mail"
    saved = ours.get_community(mail.id)
    assert (saved.name, saved.active) == ("Mail desk", True)  # nothing lost
    assert conflict.current_version == saved.version

    ours.update_community(mail.id, "Mail", "email", False, version=conflict.current_version)  # keep mine
    assert not ours.get_community(mail.id).active


# ---- channels (content sources) -------------------------------------------------------------------
def test_a_stale_channel_save_is_refused_without_touching_the_keyring(admin: Signed) -> None:
    mail = community(admin, "Mail", "email")
    ours = sources(admin)
    created = ours.create_source("email", email_form(mail), {"imap_password": "first-pw"})
    loaded = ours.get_source(created.id)  # our editor opens it

    other = second_admin(admin)
    theirs = sources(other)
    their_view = theirs.get_source(created.id)
    theirs.update_source(
        created.id,
        replace(their_view.form, sla_threshold=70),
        {"imap_password": "their-pw"},
        version=their_view.version,
    )

    with pytest.raises(Conflict) as caught:  # we rename it, from the form we loaded, with a password
        ours.update_source(
            created.id,
            replace(loaded.form, name="Support desk"),
            {"imap_password": "my-secret-pw"},
            version=loaded.version,
        )
    conflict = caught.value
    assert conflict.changed_by == "bo"
    assert {"name", "sla_threshold", "imap_password"} <= set(conflict.fields)
    assert conflict.theirs["sla_threshold"] == 70 and conflict.mine["sla_threshold"] == 80
    assert conflict.theirs["community_id"] == "Mail"  # names, not ids
    assert "my-secret-pw" not in repr(conflict.mine) and "their-pw" not in repr(conflict.theirs)
    assert conflict.mine["imap_password"] == "changed" and conflict.theirs["imap_password"] == "set"

    saved = ours.get_source(created.id)  # nothing lost, the keyring keeps their password
    assert saved.name == "Support mailbox" and saved.form.sla_threshold == 70
    assert SecretStore().get(secret_key(saved.platform_id, "imap_password")) == "their-pw"

    kept = ours.update_source(  # keep mine
        created.id, replace(loaded.form, name="Support desk"), {}, version=conflict.current_version
    )
    assert kept.name == "Support desk" and kept.form.sla_threshold == 80


def test_a_change_of_categories_only_moves_the_channel_version(admin: Signed) -> None:
    with admin.db.session_factory() as session, session.begin():
        billing = Category(name="Billing")
        session.add(billing)
        session.flush()
        billing_id = billing.id
    service = sources(admin)
    created = service.create_source("email", email_form(community(admin, "Mail", "email")))
    before = service.get_source(created.id)
    after = service.update_source(
        created.id, replace(before.form, default_category_ids=(billing_id,)), version=before.version
    )
    assert after.version > before.version
    with pytest.raises(Conflict):
        service.update_source(created.id, replace(before.form, name="Stale"), version=before.version)


# ---- identities -----------------------------------------------------------------------------------
def test_a_stale_identity_save_is_refused_naming_who_and_what(admin: Signed) -> None:
    fb = community(admin, "Facebook", "facebook")
    (acme,) = add_identities(admin, fb, {"display_name": "Acme", "controlled": True})
    agent = user_with_role(admin, "Agents", ["receive_tasks"], "ann").user
    ours = IdentityService(admin.ctx)
    loaded = ours.get_identity(acme)

    other = second_admin(admin)
    theirs = IdentityService(other.ctx)
    linked = theirs.set_controlled(acme, True, [agent.id], version=theirs.get_identity(acme).version)
    assert linked.version > loaded.version  # agents are children: the version moved

    with pytest.raises(Conflict) as caught:  # our stale panel releases the identity
        ours.set_controlled(acme, False, [], version=loaded.version)
    conflict = caught.value
    assert conflict.changed_by == "bo"
    assert set(conflict.fields) == {"controlled", "user_ids"}
    assert conflict.theirs["user_ids"] == {"ann"}
    assert [a.nickname for a in ours.get_identity(acme).agents] == ["ann"]  # nothing lost

    with pytest.raises(Conflict) as caught:  # their change was elsewhere: still refused, the panel is stale
        ours.update_profile(acme, ProfileChanges(display_name="Acme"), version=loaded.version)
    assert caught.value.fields == ()

    theirs.update_profile(acme, ProfileChanges(display_name="Acme Support"), version=linked.version)
    with pytest.raises(Conflict) as caught:
        ours.update_profile(acme, ProfileChanges(display_name="Acme Help"), version=linked.version)
    assert caught.value.fields == ("display_name",)
    assert caught.value.theirs == {"display_name": "Acme Support"}
    assert ours.get_identity(acme).display_name == "Acme Support"


# ---- the channel editor ---------------------------------------------------------------------------
def conflict_answer(button: str, seen: list[ConflictDialog]):
    def respond(dialog: QWidget) -> None:
        assert dialog.objectName() == "conflictDialog", dialog
        assert isinstance(dialog, ConflictDialog)
        seen.append(dialog)
        (dialog.keep_button if button == "keep" else dialog.take_button).click()

    return respond


@pytest.fixture
def editor_on_stale_channel(qtbot, app_session: AppSession) -> tuple[SourceEditorDialog, int]:
    """The editor opens the channel, then another workstation raises its SLA warning to 70 %."""
    mail = app_session.communities.create_community("Mail", "email").id
    created = app_session.sources.create_source("email", email_form(mail), {"imap_password": "x"})
    editor = SourceEditorDialog(app_session, created.id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    other = app_session.sources.get_source(created.id)
    app_session.sources.update_source(
        created.id, replace(other.form, sla_threshold=70), version=other.version
    )
    editor.source_form.name_edit.setText("Support desk")
    return editor, created.id


def test_channel_editor_keep_mine_saves_over_theirs(
    qtbot, app_session: AppSession, editor_on_stale_channel: tuple[SourceEditorDialog, int]
) -> None:
    editor, source_id = editor_on_stale_channel
    seen: list[ConflictDialog] = []
    answer_next_modal(conflict_answer("keep", seen))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    rows = {seen[0].table.item(r, 0).text() for r in range(seen[0].table.rowCount())}
    assert {"Name", "SLA warning at (%)"} <= rows
    assert editor.result() == editor.DialogCode.Accepted
    saved = app_session.sources.get_source(source_id)
    assert saved.name == "Support desk" and saved.form.sla_threshold == 80  # mine, all of it


def test_channel_editor_take_theirs_reloads_the_form(
    qtbot, app_session: AppSession, editor_on_stale_channel: tuple[SourceEditorDialog, int]
) -> None:
    editor, source_id = editor_on_stale_channel
    seen: list[ConflictDialog] = []
    answer_next_modal(conflict_answer("take", seen))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and editor.isVisible()
    saved = app_session.sources.get_source(source_id)
    assert saved.name == "Support mailbox" and saved.form.sla_threshold == 70  # theirs kept
    assert editor.source_form.name_edit.text() == "Support mailbox"
    assert editor.source_form.threshold_spin.value() == 70
    assert editor.version == saved.version

    editor.source_form.name_edit.setText("Support desk")  # saving again now works, no question
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = app_session.sources.get_source(source_id)
    assert saved.name == "Support desk" and saved.form.sla_threshold == 70


# ---- the community editor and the identity panel ----------------------------------------------------
def test_community_editor_keep_mine_and_take_theirs(qtbot, app_session: AppSession) -> None:
    service = app_session.communities
    mail = service.create_community("Mail", "email").id
    editor = CommunityEditorDialog(app_session, mail)
    qtbot.addWidget(editor)
    service.update_community(mail, "Mail desk", "email", True, version=editor.version)  # elsewhere
    editor.active_check.setChecked(False)

    seen: list[ConflictDialog] = []
    answer_next_modal(conflict_answer("take", seen))
    assert not editor.save()
    assert len(seen) == 1 and editor.name_edit.text() == "Mail desk" and editor.active_check.isChecked()

    service.update_community(mail, "Mail team", "email", True, version=editor.version)  # again
    editor.active_check.setChecked(False)
    answer_next_modal(conflict_answer("keep", seen))
    assert editor.save()
    saved = service.get_community(mail)
    assert len(seen) == 2 and (saved.name, saved.active) == ("Mail desk", False)


def test_identity_panel_take_theirs_shows_their_agents(qtbot, app_session: AppSession) -> None:
    fb = app_session.communities.create_community("Facebook", "facebook").id
    with app_session.database.session_factory() as db, db.begin():
        acme = build_identity(fb, display_name="Acme", controlled=True)
        db.add(acme)
        db.flush()
        acme_id = acme.id
    agent_role = next(r.id for r in app_session.roles.list_roles(ListQuery()) if r.label == "Agent")
    ann = app_session.users.create_user(NewUser("Ann", "Agent", "ann", "ann@example.com", agent_role))
    panel = IdentityDetailPanel(app_session)
    qtbot.addWidget(panel)
    panel.show_identity(app_session.identities.get_identity(acme_id))
    stale = panel.detail
    assert stale is not None
    app_session.identities.set_controlled(acme_id, True, [ann.id], version=stale.version)  # elsewhere

    seen: list[ConflictDialog] = []
    answer_next_modal(conflict_answer("take", seen))
    assert panel.save(False, []) is None
    assert len(seen) == 1
    assert panel.detail is not None and [a.nickname for a in panel.detail.agents] == ["ann"]
    assert panel.controlled_check.isChecked()
