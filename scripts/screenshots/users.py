"""Screenshots of Users › Users: the list (badges, filters, a selection), the user editor's tabs, an
editor refusing a form, a bulk action and the CSV import preview.

Builds a throwaway SQLite database (roles, teams, categories, channels with company identities,
agent capacities, ~40 users made through the services) in a temporary folder, renders offscreen
with the app style sheet on Fusion from a fixed demo clock, and writes docs/screenshots/
users-list.png, users-list-cannot-reply.png, user-editor-*.png, users-bulk-role.png and
users-import-preview.png.

    python scripts/screenshots/users.py [output_dir]
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from screenshot_kit import (
    DEMO_NOW,
    PEOPLE,
    ascii_key,
    data_dir,
    new_admin_session,
    output_dir,
    save,
    settle,
    show_main_window,
    start_app,
)
from sqlalchemy import update

from engage_desktop.db import Database
from engage_desktop.models import Category, Team, TeamMember, User, UserCapacity, UserCapacityChannel
from engage_desktop.models.channels import Community, ContentSource
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.services.access.permissions import DEFAULT_ROLES, Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.channels.identities import build_identity
from engage_desktop.services.core.listing import fold
from engage_desktop.services.users.bulk import BulkAction
from engage_desktop.services.users.csv_import import UserImportService
from engage_desktop.services.users.records import SignatureForm, SourcePermissions, UserForm
from engage_desktop.views.users.bulk_actions import BulkChoiceDialog
from engage_desktop.views.users.user_editor import UserEditorDialog
from engage_desktop.views.users.users_import_dialog import UsersImportDialog
from engage_desktop.views.users.users_page import UsersPage

SIZE = (1280, 800)

TEAMS = ("Front office", "Billing", "Social care", "VIP desk", "Night shift")
CATEGORIES = {
    "Requests": ("Refunds", "Billing questions", "Cancellations", "Technical support"),
    "Products": ("Mobile plans", "Broadband", "TV"),
}
# community, type, channels, the company identity agents reply as
CHANNELS = (
    (
        "Support e-mail",
        "email",
        ("support@northwind.example", "billing@northwind.example"),
        "Northwind Support",
    ),
    ("Northwind on Facebook", "facebook", ("Northwind page",), "Northwind"),
    ("Northwind on X", "twitter", ("@NorthwindCare",), "@NorthwindCare"),
    ("WhatsApp Business", "whatsapp", ("WhatsApp +33 1 84 80",), "Northwind WhatsApp"),
    ("Website chat", "engage_chat", ("Website chat",), "Northwind assistant"),
)
IMPORT_CSV = """firstname;lastname;nickname;email;role;teams;locale;timezone;enabled
Noah;Bernard;nbernard;noah.bernard@northwind.example;Agent;Front office;fr;Europe/Paris;1
Olivia;Brown;obrown;olivia.brown@northwind.example;Agent;Billing|Front office;en;Europe/London;1
Pablo;Ruiz;pruiz;pablo.ruiz@northwind;Agent;Social care;es;Europe/Madrid;1
Quinn;Taylor;qtaylor;quinn.taylor@northwind.example;Team lead;Billing;en;America/New_York;1
Rania;Saleh;rsaleh;rania.saleh@northwind.example;Agent;Night shift;ar;Asia/Dubai;1
Sofia;Greco;sgreco;sofia.greco@northwind.example;Supervisor;Customer success;it;Europe/Rome;1
Tom;Keller;alaurent;tom.keller@northwind.example;Agent;Front office;de;Europe/Berlin;1
Uma;Patel;upatel;uma.patel@northwind.example;Agent;VIP desk;en;Asia/Kolkata;yes
Victor;Hugo;vhugo;victor.hugo@northwind.example;Agent;;fr;Europe/Pariss;1
Wen;Li;wli;wen.li@northwind.example;Auditor;;zh;Asia/Shanghai;0
Xavier;Dupont;xdupont;xavier.dupont@northwind.example;Agent;Front office|Night shift;fr;Europe/Paris;maybe
Yara;Haddad;yhaddad;noah.bernard@northwind.example;Agent;Billing;en;Europe/Paris;1
"""


def seed_reference(database: Database) -> dict[str, dict[str, int]]:
    """Teams, categories, channels, identities and capacities: demo reference data, straight in."""
    ids: dict[str, dict[str, int]] = {
        "team": {},
        "category": {},
        "source": {},
        "identity": {},
        "capacity": {},
    }
    with database.session_factory() as db, db.begin():
        for name in TEAMS:
            team = Team(name=name, name_key=fold(name))
            db.add(team)
            db.flush()
            ids["team"][name] = team.id
        for color, (group, children) in enumerate(CATEGORIES.items()):
            parent = Category(name=group, unselectable=True, color=7 + color)
            db.add(parent)
            db.flush()
            for n, name in enumerate(children):
                child = Category(name=name, parent_id=parent.id, color=(color * 4 + n) % 12)
                db.add(child)
                db.flush()
                ids["category"][name] = child.id
        vip = Category(name="VIP", color=9)
        db.add(vip)
        db.flush()
        ids["category"]["VIP"] = vip.id
        for n, (community_name, kind, sources, identity_name) in enumerate(CHANNELS):
            community = Community(name=community_name, name_key=fold(community_name), type=kind)
            db.add(community)
            db.flush()
            for m, source_name in enumerate(sources):
                source = ContentSource(
                    name=source_name,
                    name_key=fold(source_name),
                    type=kind,
                    community_id=community.id,
                    color=n + m,
                )
                db.add(source)
                db.flush()
                ids["source"][source_name] = source.id
            identity = build_identity(
                community.id, display_name=identity_name, controlled=True, company="Northwind"
            )
            db.add(identity)
            db.flush()
            ids["identity"][community_name] = identity.id
        channels = [RoutingChannel(name=n, label=n) for n in ("Front office", "Social media", "Back office")]
        db.add_all(channels)
        db.flush()
        for name, limits in (
            ("Standard agents", ((2, 4), (3, 6))),
            ("Senior agents", ((4, 8), (5, 10), (2, 3))),
        ):
            capacity = UserCapacity(name=name, name_key=fold(name))
            capacity.channels = [
                UserCapacityChannel(channel_id=c.id, default_capacity=d, max_capacity=m)
                for c, (d, m) in zip(channels, limits, strict=False)
            ]
            db.add(capacity)
            db.flush()
            ids["capacity"][name] = capacity.id
    return ids


def seed(workdir: Path) -> tuple[AppSession, dict[str, int]]:
    session = new_admin_session(workdir)
    database, admin = session.database, session.user
    lead = DEFAULT_ROLES["Agent"] | {
        Permission.READ_USER,
        Permission.MANAGE_USERS_OF_MY_TEAMS,
        Permission.MONITOR_TEAM_TASKS,
    }
    session.roles.create_role("Team lead", sorted(p.value for p in lead))
    ref = seed_reference(database)
    roles = {label: role_id for role_id, label in session.users.role_names()}
    sources, identities, teams, cats = ref["source"], ref["identity"], ref["team"], ref["category"]
    mail, page, x_account = (
        sources["support@northwind.example"],
        sources["Northwind page"],
        sources["@NorthwindCare"],
    )
    made: dict[str, int] = {}
    sign_ins: dict[int, datetime] = {}
    for i, name in enumerate(p.strip() for p in PEOPLE.split(",")):
        first, last = name.split(" ", 1)
        key_first, key_last = ascii_key(first), ascii_key(last)
        team = TEAMS[i % len(TEAMS)]
        role = (
            "Supervisor"
            if i % 9 == 4
            else "Team lead"
            if i % 11 == 3
            else "Auditor"
            if i % 13 == 12
            else "Agent"
        )
        social = team in ("Social care", "VIP desk")
        permissions = [SourcePermissions(mail, read=True, reply=True, reply_with_html=i % 2 == 0)]
        identity_ids = [identities["Support e-mail"]]
        if social:
            permissions += [
                SourcePermissions(page, read=True, reply=True, approval_threshold=30 if i % 4 == 0 else 0),
                SourcePermissions(x_account, read=True, reply=i % 3 != 0),
            ]
            identity_ids.append(identities["Northwind on Facebook"])
            if i % 5 != 2:  # a few social agents lack the X identity: "cannot reply" there
                identity_ids.append(identities["Northwind on X"])
        form = UserForm(
            first,
            last,
            key_first[0] + key_last.replace(" ", ""),
            f"{key_first}.{key_last.replace(' ', '')}@northwind.example",
            roles[role],
            locale="fr" if i % 3 == 0 else "en",
            timezone=("Europe/Paris", "Europe/London", "America/New_York", "Asia/Singapore")[i % 4],
            spoken_languages=(("en", "fr") if i % 3 == 0 else ("en",)) + (("es",) if i % 7 == 0 else ()),
            team_ids=(teams[team],)
            + ((teams["Night shift"],) if i % 6 == 1 and team != "Night shift" else ()),
            category_ids=(cats["Refunds"], cats["Billing questions"])
            if team == "Billing"
            else (cats["Technical support"],),
            source_permissions=tuple(permissions),
            identity_ids=tuple(identity_ids) if i % 8 != 5 else (),
            capacity_id=ref["capacity"]["Senior agents" if i % 5 == 0 else "Standard agents"],
        )
        invited = i % 10 == 7
        row = session.users.invite_user(form) if invited else session.users.create_user(form)
        made[form.nickname] = row.id
        if i % 11 == 4:
            session.users.set_enabled(row.id, False)
        elif not invited and i % 7 != 6:
            sign_ins[row.id] = DEMO_NOW - timedelta(hours=3 + i * 7, minutes=i * 13)
    # The editor's star: every tab has something to show.
    star = made["cmartin"]
    detail = session.users.get_user(star)
    session.users.update_user(
        star,
        UserForm(
            **{
                **detail.form.__dict__,
                "spoken_languages": ("en", "fr", "es"),
                "team_ids": (teams["Social care"], teams["VIP desk"]),
                "category_ids": (cats["Refunds"], cats["Technical support"], cats["VIP"], cats["Broadband"]),
                "source_permissions": (
                    SourcePermissions(mail, read=True, reply=True, reply_with_html=True),
                    SourcePermissions(sources["billing@northwind.example"], read=True),
                    SourcePermissions(
                        page, read=True, reply=True, initiate_discussion=True, approval_threshold=20
                    ),
                    SourcePermissions(x_account, read=True, reply=True, destroy=True),
                    SourcePermissions(
                        sources["WhatsApp +33 1 84 80"], read=True, reply=True, approval_threshold=50
                    ),
                ),
                "identity_ids": (
                    identities["Support e-mail"],
                    identities["Northwind on Facebook"],
                    identities["Northwind on X"],
                ),
                "signatures": (
                    SignatureForm(
                        "Formal", "Kind regards,\nChloé Martin\nNorthwind customer care", "en", (mail,)
                    ),
                    SignatureForm(
                        "Formel", "Bien cordialement,\nChloé Martin\nService client Northwind", "fr", (mail,)
                    ),
                    SignatureForm("Social", "— Chloé", "", (page, x_account)),
                ),
            }
        ),
    )
    with database.session_factory() as db, db.begin():
        for user_id, when in sign_ins.items():
            db.execute(update(User).where(User.id == user_id).values(last_sign_in_at=when))
        db.execute(
            update(User).where(User.id == admin.id).values(last_sign_in_at=DEMO_NOW - timedelta(minutes=5))
        )
        db.execute(update(User).values(created_at=DEMO_NOW - timedelta(days=120)))
        db.execute(update(TeamMember).where(TeamMember.user_id == made["jberg"]).values(is_leader=True))
    return session, {"star": star, "leader": made["jberg"], "teams": teams["Social care"]}


def main() -> None:
    out = output_dir()
    app = start_app()

    with data_dir("engage-users-") as folder:
        session, ids = seed(folder)
        window = show_main_window(session, folder, SIZE)
        window.show_page("users.users")
        settle(app)
        page = window.page_widget("users.users")
        assert isinstance(page, UsersPage)
        page.panel.select_key(ids["leader"])
        page.panel.table.setFocus()
        settle(app)
        save(window, out / "users-list.png")

        page.panel.set_filter_value("enabled", "cannot_reply")
        page.panel.table.selectRow(0)
        settle(app)
        save(window, out / "users-list-cannot-reply.png")
        page.panel.clear_search_and_filters()

        page.panel.select_key(ids["star"])
        page.edit_selected()
        editor = page.editor
        assert isinstance(editor, UserEditorDialog)
        for key in (
            "profile",
            "role",
            "teams",
            "categories",
            "permissions",
            "identities",
            "capacity",
            "signatures",
        ):
            editor.show_tab(key)
            settle(app, 0.15)
            save(editor, out / f"user-editor-{key}.png")
        editor.reject()
        settle(app, 0.1)

        page.new_user()
        editor = page.editor
        assert isinstance(editor, UserEditorDialog)
        editor.profile_tab.firstname_edit.setText("Noah")
        editor.profile_tab.nickname_edit.setText("ALaurent")
        editor.profile_tab.email_edit.setText("noah.bernard@northwind")
        editor.profile_tab.timezone_combo.setCurrentText("Europe/Pariss")
        editor.save()  # refused: every problem under its field
        settle(app, 0.15)
        save(editor, out / "user-editor-error.png")
        editor.reject()
        settle(app, 0.1)

        page.panel.set_filter_value("team_id", ids["teams"])
        page.panel.table.selectAll()
        settle(app, 0.1)
        save(window, out / "users-list-selection.png")
        page.bulk.ask(BulkAction.CHANGE_ROLE)
        dialog = page.panel.active_dialog
        assert isinstance(dialog, BulkChoiceDialog)
        settle(app, 0.15)
        save(dialog, out / "users-bulk-role.png")
        dialog.reject()
        page.panel.clear_search_and_filters()

        csv_path = folder / "new-agents.csv"
        csv_path.write_text(IMPORT_CSV, encoding="utf-8")
        preview = UserImportService(session.ctx).preview(csv_path.read_bytes(), csv_path.name)
        importer = UsersImportDialog(session, preview, csv_path.read_bytes(), window)
        importer.show()
        importer.table.selectRow(2)
        settle(app, 0.2)
        save(importer, out / "users-import-preview.png")
        importer.reject()

        window.close()
        session.database.dispose()


if __name__ == "__main__":
    main()
