"""Screenshots of Users › Teams, Agent capacities and Presence statuses.

Builds a throwaway SQLite database (first administrator, ~40 users, three routing channels, a few
teams, capacities and statuses) in a temporary folder, renders offscreen with the app style sheet
and writes docs/screenshots/ teams-list.png, team-editor.png, capacities-list.png,
capacity-editor.png and presence-statuses.png.

    python scripts/screenshots/users_admin.py [output_dir]
"""

from __future__ import annotations

from datetime import timedelta

from roles import seed
from screenshot_kit import DEMO_NOW, data_dir, output_dir, save, settle, show_main_window, start_app
from sqlalchemy import update

from engage_desktop.models import PresenceStatus, Team, UserCapacity
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.capacities import ChannelLimit
from engage_desktop.views.users.capacities_page import CapacitiesPage
from engage_desktop.views.users.capacity_editor import CapacityEditorDialog
from engage_desktop.views.users.presence_page import PresenceStatusesPage
from engage_desktop.views.users.team_editor import TeamEditorDialog
from engage_desktop.views.users.teams_page import TeamsPage

SIZE = (1280, 800)
CHANNELS = ("Front office", "Social media", "Voice callbacks")
# team -> (member nicknames, leader nicknames)
TEAMS = {
    "Billing": (["fhaddad", "gkim", "hmoreau", "iferreira", "jberg", "kholm"], ["fhaddad"]),
    "Front office — day": (
        ["alaurent", "bcosta", "cmartin", "dokafor", "epetrova", "mrossi", "nbenali", "olindqvist"],
        ["cmartin", "mrossi"],
    ),
    "Front office — night": (["pnair", "qroux", "ralvarez", "sadeyemi"], ["qroux"]),
    "Social media": (["tnovak", "ubianchi", "wchen", "xtorres", "ydemir", "zlambert", "afischer"], ["wchen"]),
    "VIP customers": (["bpopescu", "cmendes", "dlevi"], []),
}
CAPACITIES = {
    "Standard agents": [(0, 2, 4), (1, 3, 6)],
    "Senior agents": [(0, 4, 8), (1, 5, 10), (2, 2, 3)],
    "Trainees": [(0, 1, 2)],
    "Voice only": [(2, 1, 1)],
}
PRESENCE = (
    ("Lunch", "away"),
    ("Meeting", "away"),
    ("Training", "away"),
    ("Back office", "available"),
    ("Away", "away"),
)


def user_ids(session: AppSession) -> dict[str, int]:
    rows = session.user_lookup.list_users(ListQuery(), 0, 1000)
    return {row.nickname: row.id for row in rows}


def seed_users_admin(session: AppSession) -> None:
    with session.database.session_factory() as db, db.begin():
        db.add_all(RoutingChannel(name=name, label=name) for name in CHANNELS)
    channels = [c.id for c in session.capacities.channel_choices()]
    by_name = dict(zip(sorted(CHANNELS), channels, strict=True))
    channel_ids = [by_name[name] for name in CHANNELS]
    ids = user_ids(session)
    for name, (members, leaders) in TEAMS.items():
        session.teams.create_team(name, [ids[n] for n in members], [ids[n] for n in leaders])
    nicknames = sorted(ids)
    for n, (name, limits) in enumerate(CAPACITIES.items()):
        given = nicknames[n::5] if n < 3 else []
        session.capacities.create_capacity(
            name,
            [ChannelLimit(channel_ids[i], default, maximum) for i, default, maximum in limits],
            [ids[g] for g in given],
        )
    for name, maps_to in PRESENCE:
        session.presence_statuses.create_status(name, maps_to)
    with session.database.session_factory() as db, db.begin():  # an account in use for a while
        for n, model in enumerate((Team, UserCapacity, PresenceStatus)):
            db.execute(update(model).values(updated_at=DEMO_NOW - timedelta(days=9 - n * 3, hours=n * 4)))


def main() -> None:
    out = output_dir()
    app = start_app()

    with data_dir() as folder:
        session = seed(folder)
        seed_users_admin(session)
        window = show_main_window(session, folder, SIZE)

        window.show_page("users.teams")
        settle(app)
        teams = window.page_widget("users.teams")
        assert isinstance(teams, TeamsPage)
        teams.panel.table.selectRow(1)
        teams.panel.table.setFocus()
        settle(app, 0.1)
        save(window, out / "teams-list.png")

        teams.edit_selected()
        editor = teams.editor
        assert isinstance(editor, TeamEditorDialog)
        editor.table.selectRow(2)
        editor.table.setFocus()
        settle(app, 0.1)
        save(editor, out / "team-editor.png")
        editor.reject()

        window.show_page("users.capacities")
        settle(app)
        capacities = window.page_widget("users.capacities")
        assert isinstance(capacities, CapacitiesPage)
        capacities.panel.table.selectRow(0)
        capacities.panel.table.setFocus()
        settle(app, 0.1)
        save(window, out / "capacities-list.png")

        capacities.edit_selected()
        capacity_editor = capacities.editor
        assert isinstance(capacity_editor, CapacityEditorDialog)
        box = capacity_editor.users_box
        others = session.user_lookup.list_users(ListQuery(filters={"capacity_id": 1}), 0, 2)
        box.give(others)  # moved here from "Standard agents" on save
        box.table.selectRow(4)
        box.take_selected()
        row = next(iter(capacity_editor.channel_rows.values()))
        row.default_spin.setValue(9)  # more than its maximum: refused next to that channel
        capacity_editor.save()
        settle(app, 0.1)
        save(capacity_editor, out / "capacity-editor.png")
        capacity_editor.reject()

        window.show_page("users.presence")
        settle(app)
        presence = window.page_widget("users.presence")
        assert isinstance(presence, PresenceStatusesPage)
        presence.panel.table.selectRow(1)
        presence.panel.table.setFocus()
        settle(app, 0.1)
        save(window, out / "presence-statuses.png")
        window.close()
        session.database.dispose()


if __name__ == "__main__":
    main()
