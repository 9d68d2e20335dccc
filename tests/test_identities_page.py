"""Channels › Identities and Channels › Communities through the real widgets and a real SQLite
database: search, detail with identity group, controlled identities and their agents (linking,
releasing, links to users), communities CRUD and the in-use guard."""

from __future__ import annotations

import pytest
from plural_text import plural_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from qt_helpers import wait_loaded
from test_widgets import answer_next_modal, click_cancel, click_destructive, close_message, session_with_role

from engage_desktop.models.channels import IdentityGroup
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.channels.identities import build_identity
from engage_desktop.services.channels.sources import SourceForm
from engage_desktop.services.core.journal import JournalFilter, find_events
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.service import NewUser
from engage_desktop.views.channels.communities_page import CommunitiesPage, CommunityEditorDialog
from engage_desktop.views.channels.identities_page import AgentPickerDialog, IdentitiesPage


@pytest.fixture
def seeded(app_session: AppSession) -> AppSession:
    fb = app_session.communities.create_community("Facebook", "facebook").id
    mail = app_session.communities.create_community("Mail", "email").id
    agent_role = next(
        r.id for r in app_session.roles.list_roles(ListQuery(search="agent")) if r.label == "Agent"
    )
    for first, last in (("Alice", "Martin"), ("Bruno", "Costa"), ("Chloé", "Leroy")):
        app_session.users.create_user(
            NewUser(first, last, first.lower(), f"{first.lower()}@example.com", agent_role)
        )
    with app_session.database.session_factory() as db, db.begin():
        group = IdentityGroup(firstname="Zoé", lastname="Martin")
        db.add(group)
        db.flush()
        db.add_all(
            [
                build_identity(fb, display_name="Acme", screenname="acme", company="Acme", foreign_id="fb-1"),
                build_identity(fb, display_name="Zoé Martin", screenname="zoe.m", identity_group_id=group.id),
                build_identity(
                    mail, display_name="Zoé M.", email="zoe@example.com", identity_group_id=group.id
                ),
            ]
            + [
                build_identity(mail, display_name=f"Customer {i:03d}", email=f"c{i}@example.com")
                for i in range(300)
            ]
        )
    return app_session


@pytest.fixture
def page(qtbot, seeded: AppSession) -> IdentitiesPage:
    widget = IdentitiesPage(seeded)
    qtbot.addWidget(widget)
    widget.resize(1400, 640)
    widget.show()
    qtbot.waitExposed(widget)
    wait_loaded(widget)
    return widget


def search(page: IdentitiesPage, text: str) -> list[str]:
    page.panel.search_edit.setText(text)
    page.panel.search_edit.returnPressed.emit()
    wait_loaded(page)
    return [row.display_name for row in page.panel.model.loaded_rows()]


def select(page: IdentitiesPage, name: str) -> None:
    wait_loaded(page)
    rows = [row.display_name for row in page.panel.model.loaded_rows()]
    page.panel.table.selectRow(rows.index(name))


def events(session: AppSession, name: str) -> list:
    with session.database.session_factory() as db:
        return find_events(db, JournalFilter(names=(name,)))


def tick_agents(*nicknames: str):
    def respond(dialog: QWidget) -> None:
        assert isinstance(dialog, AgentPickerDialog)
        for i in range(dialog.list.count()):
            item = dialog.list.item(i)
            if item.text().split(" — ")[0] in nicknames:
                item.setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    return respond


def test_list_pages_and_searches(page: IdentitiesPage) -> None:
    assert page.panel.count_label.text() in plural_text("Showing 200 of 303 identity(ies)")
    assert search(page, "zoe@example") == ["Zoé M."]
    assert sorted(search(page, "ZOÉ")) == ["Zoé M.", "Zoé Martin"]
    assert search(page, "fb-1") == ["Acme"]
    page.panel.search_edit.clear()
    page.panel.set_filter_value("community_id", page.panel._filter_specs["community_id"].choices[1][1])
    wait_loaded(page)
    assert page.panel.count_label.text() in plural_text("2 identity(ies)")  # Facebook


def test_detail_shows_the_identity_group(page: IdentitiesPage) -> None:
    search(page, "zoé")
    select(page, "Zoé Martin")
    panel = page.detail_panel
    assert panel.title_label.text() == "Zoé Martin"
    assert panel.community_label.text() == "On Facebook"
    assert panel.group_label.text() in plural_text("Zoé Martin — 2 identity(ies) in this customer profile")
    assert not panel.controlled_check.isChecked() and not panel.choose_button.isEnabled()


def test_mark_controlled_choose_agents_and_release(page: IdentitiesPage, qtbot, seeded: AppSession) -> None:
    search(page, "acme")
    select(page, "Acme")
    panel = page.detail_panel
    qtbot.mouseClick(panel.controlled_check, Qt.MouseButton.LeftButton)
    assert panel.detail is not None and panel.detail.controlled
    wait_loaded(page)
    assert page.panel.current_row().controlled  # the list follows
    assert panel.agents_label.text() == "No agent may use it yet."

    answer_next_modal(tick_agents("alice", "bruno"))
    qtbot.mouseClick(panel.choose_button, Qt.MouseButton.LeftButton)
    assert [a.nickname for a in panel.detail.agents] == ["alice", "bruno"]
    assert 'href="user:' in panel.agents_label.text() and ">alice</a>" in panel.agents_label.text()
    wait_loaded(page)
    assert page.panel.current_row().user_count == 2
    changes = events(seeded, "identity.updated")[0].changes
    assert set(changes) == {"user_ids"} and len(changes["user_ids"]["added"]) == 2

    # A click on an agent asks for that user's identities.
    alice = panel.detail.agents[0].id
    with qtbot.waitSignal(panel.userRequested) as signal:
        panel.agents_label.linkActivated.emit(f"user:{alice}")
    assert signal.args == [alice]
    assert [r.display_name for r in seeded.identities.identities_of_user(alice)] == ["Acme"]

    # Releasing a used identity asks first; cancelling keeps everything.
    seen = answer_next_modal(click_cancel)
    qtbot.mouseClick(panel.controlled_check, Qt.MouseButton.LeftButton)
    assert "alice, bruno" in seen[0].informativeText()
    assert panel.controlled_check.isChecked() and len(panel.detail.agents) == 2
    answer_next_modal(click_destructive)
    qtbot.mouseClick(panel.controlled_check, Qt.MouseButton.LeftButton)
    assert not panel.detail.controlled and panel.detail.agents == ()
    assert events(seeded, "identity.updated")[0].changes == {
        "controlled": {"from": True, "to": False},
        "user_ids": {"added": [], "removed": changes["user_ids"]["added"]},
    }


def test_a_disabled_user_cannot_be_linked(page: IdentitiesPage, qtbot, seeded: AppSession) -> None:
    bruno = next(r.id for r in seeded.users.list_users(ListQuery(search="bruno")))
    seeded.users.set_enabled(bruno, False)
    search(page, "acme")
    select(page, "Acme")
    panel = page.detail_panel
    qtbot.mouseClick(panel.controlled_check, Qt.MouseButton.LeftButton)
    answer_next_modal(tick_agents("bruno"))
    qtbot.mouseClick(panel.choose_button, Qt.MouseButton.LeftButton)
    assert "Disabled users cannot be linked: bruno." in panel.form.error_label("user_ids").text()
    assert panel.detail is not None and panel.detail.agents == ()


def test_without_manage_identities_the_controls_are_off(qtbot, seeded: AppSession) -> None:
    reader = session_with_role(seeded, "Identity readers", ["read_identity"], "reader")
    widget = IdentitiesPage(reader)
    qtbot.addWidget(widget)
    wait_loaded(widget)
    widget.panel.table.selectRow(0)
    assert widget.detail_panel.detail is not None
    assert not widget.detail_panel.controlled_check.isEnabled()
    assert not widget.detail_panel.choose_button.isEnabled()


# ---- communities ------------------------------------------------------------------------------------
@pytest.fixture
def communities(qtbot, seeded: AppSession) -> CommunitiesPage:
    widget = CommunitiesPage(seeded)
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    qtbot.waitExposed(widget)
    wait_loaded(widget)
    return widget


def community_names(page: CommunitiesPage) -> list[str]:
    wait_loaded(page)
    return [row.name for row in page.panel.model.loaded_rows()]


def test_communities_create_and_edit(communities: CommunitiesPage, qtbot, seeded: AppSession) -> None:
    qtbot.mouseClick(communities.new_button, Qt.MouseButton.LeftButton)
    dialog = communities.panel.active_dialog
    assert isinstance(dialog, CommunityEditorDialog)
    qtbot.waitExposed(dialog)
    dialog.type_combo.set_value("wechat")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_label("name").text() == "Name is required."
    qtbot.keyClicks(dialog.name_edit, "facebook")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "already exists" in dialog.form.error_label("name").text()
    dialog.name_edit.setText("Acme WeChat")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert communities.panel.active_dialog is None
    wait_loaded(communities)
    assert communities.panel.current_row().name == "Acme WeChat"
    assert communities.panel.current_row().type == "wechat"


def test_community_in_use_cannot_be_deleted_and_names_its_channels(
    communities: CommunitiesPage, qtbot, seeded: AppSession
) -> None:
    fb = seeded.communities.communities_of_type("facebook")[0].id
    seeded.sources.create_source("facebook", SourceForm("Acme page", fb, settings={"account_id": "1"}))
    communities.panel.refresh()
    communities.panel.table.selectRow(community_names(communities).index("Facebook"))
    assert not communities.delete_button.isEnabled()  # comfort: the service refuses anyway
    editor = CommunityEditorDialog(seeded, fb)
    qtbot.addWidget(editor)
    assert "Used by: Acme page" in editor.form.findChild(QWidget, "hintLabel").text()  # type: ignore[union-attr]
    assert not editor.type_combo.isEnabled()

    spare = seeded.communities.create_community("Spare", "line").id
    communities.panel.refresh()
    communities.panel.table.selectRow(community_names(communities).index("Spare"))
    seeded.sources.create_source(
        "line", SourceForm("Sneaky LINE", spare, settings={"account_id": "L1"})
    )  # in use since the list was read
    seen = answer_next_modal(click_destructive, close_message)
    qtbot.mouseClick(communities.delete_button, Qt.MouseButton.LeftButton)
    assert "Sneaky LINE" in seen[1].text()
    assert "Spare" in community_names(communities)
