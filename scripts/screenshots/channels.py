"""Renders the Channels pages offscreen into docs/screenshots/ from a throwaway SQLite database:
the channels list, the wizard for e-mail and for a social type, communities and identities.

Run from the repository root: `.venv/bin/python scripts/screenshots/channels.py [output_dir]`.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from screenshot_kit import new_admin_session, output_dir, save, start_app
from sqlalchemy import insert

from engage_desktop.models import Category
from engage_desktop.models.base import new_platform_id
from engage_desktop.models.business_hours import TimeSheet
from engage_desktop.models.channels import Identity, IdentityGroup
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.channels.identities import identity_search_key
from engage_desktop.services.channels.sources import SourceForm
from engage_desktop.services.core.listing import ListQuery, fold
from engage_desktop.services.users.service import NewUser
from engage_desktop.views.widgets.latest_request import wait_for_list_loads

COMMUNITIES = [
    ("Northwind on Facebook", "facebook"),
    ("Northwind on X", "twitter"),
    ("Instagram", "instagram"),
    ("WhatsApp Business", "whatsapp"),
    ("Support e-mail", "email"),
    ("Website chat", "engage_chat"),
    ("Mobile app", "engage_messaging"),
    ("SMS", "sms"),
    ("YouTube", "youtube"),
]
FIRST = (
    "Amélie Bruno Chloé Daniel Elena Farid Grace Hugo Ines Jonas Karin Léa Marco Nadia Oscar Priya".split()
)
LAST = "Laurent Costa Martin Okafor Petrova Haddad Kim Moreau Ferreira Berg Holm Dubois Rossi Benali".split()


def email_settings(address: str, host: str) -> dict[str, object]:
    return {
        "imap_host": f"imap.{host}",
        "imap_port": 993,
        "imap_username": address,
        "imap_tls": "ssl",
        "mailboxes": ["INBOX", "Support"],
        "smtp_host": f"smtp.{host}",
        "smtp_port": 587,
        "smtp_username": address,
        "smtp_tls": "starttls",
        "from_address": address,
        "from_name": "Northwind Support",
    }


def seed(workdir: Path) -> AppSession:
    session = new_admin_session(workdir, email="ada@northwind.example")
    database = session.database
    agent_role = next(r.id for r in session.roles.list_roles(ListQuery(search="agent")) if r.label == "Agent")
    agents = []
    for first, last in (("Chloé", "Martin"), ("Hugo", "Moreau"), ("Priya", "Nair"), ("Jonas", "Berg")):
        agents.append(
            session.users.create_user(
                NewUser(
                    first,
                    last,
                    (first[0] + last).lower(),
                    f"{first}.{last}@northwind.example".lower(),
                    agent_role,
                )
            ).id
        )
    with database.session_factory() as db, db.begin():
        for name in ("Front office", "Social media", "Back office"):
            db.add(RoutingChannel(name=name, label=name))
        for name in ("Orders", "Billing", "Returns", "Complaints"):
            db.add(Category(name=name))
        for label in ("Office hours (Paris)", "Weekend support"):
            db.add(TimeSheet(label=label))
    community_ids = {kind: session.communities.create_community(name, kind).id for name, kind in COMMUNITIES}
    channel = {c.label: c.id for c in session.sources.routing_channel_choices()}
    sources = session.sources
    sources.create_source(
        "email",
        SourceForm(
            "support@northwind.example",
            community_ids["email"],
            channel["Front office"],
            6,
            settings=email_settings("support@northwind.example", "northwind.example"),
        ),
        {"imap_password": "example-only", "smtp_password": "example-only"},
    )
    billing = sources.create_source(
        "email",
        SourceForm(
            "billing@northwind.example",
            community_ids["email"],
            channel["Back office"],
            2,
            settings=email_settings("billing@northwind.example", "northwind.example"),
        ),
        {"imap_password": "example-only"},
    )
    for name, kind, color, chan, settings in (
        ("Northwind page", "facebook", 6, "Social media", {"account_id": "104712233"}),
        ("@NorthwindCare", "twitter", 11, "Social media", {"account_id": "NorthwindCare"}),
        ("northwind.official", "instagram", 9, "Social media", {"account_id": "1784140"}),
        ("WhatsApp +33 1 84 80", "whatsapp", 3, "Front office", {"account_id": "+33 1 84 80 12 34"}),
        ("Website chat", "engage_chat", 7, "Front office", {"web_enabled": True}),
        (
            "Mobile app messaging",
            "engage_messaging",
            8,
            "Front office",
            {"ios_enabled": True, "android_enabled": True},
        ),
        ("SMS 36 180", "sms", 4, None, {"account_id": "36180"}),
    ):
        secrets = (
            {"access_token": "example-only"}
            if kind in ("facebook", "twitter", "instagram", "whatsapp")
            else {}
        )
        created = sources.create_source(
            kind,
            SourceForm(
                name, community_ids[kind], channel.get(chan) if chan else None, color, settings=settings
            ),
            secrets,
        )
        if kind == "sms":
            sources.set_active(created.id, False)
    with database.session_factory() as db, db.begin():
        from engage_desktop.models.channels import ContentSource

        row = db.get(ContentSource, billing.id)
        assert row is not None
        row.status, row.status_message = "error", "Log in to IMAP failed: the server refused the login."
    seed_identities(session, community_ids, agents)
    return session


def seed_identities(session: AppSession, community_ids: dict[str, int], agents: list[int]) -> None:
    rng = random.Random(11)
    database = session.database
    with database.session_factory() as db, db.begin():
        group = IdentityGroup(firstname="Chloé", lastname="Dubois", company="")
        db.add(group)
        db.flush()
        rows: list[dict[str, object]] = []
        kinds = list(community_ids)
        for i in range(2400):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            kind = kinds[i % len(kinds)]
            handle = f"{first.lower()}.{last.lower()}{i % 97}"
            values: dict[str, object] = {
                "platform_id": new_platform_id(),
                "community_id": community_ids[kind],
                "display_name": f"{first} {last}",
                "screenname": handle if kind != "email" else "",
                "firstname": first,
                "lastname": last,
                "email": f"{handle}@example.com" if kind in ("email", "engage_chat") else "",
                "foreign_id": f"{kind[:2]}-{100000 + i}",
                "identity_group_id": group.id if (first, last) == ("Chloé", "Dubois") else None,
                "extra_values": {},
            }
            values["display_name_key"] = fold(str(values["display_name"]))
            values["email_key"] = str(values["email"]).lower()
            values["search_key"] = identity_search_key(values)
            rows.append(values)
        company = []
        for kind, name, handle in (
            ("facebook", "Northwind", "northwind"),
            ("twitter", "Northwind Care", "NorthwindCare"),
            ("email", "Northwind Support", ""),
            ("whatsapp", "Northwind", "+33184801234"),
        ):
            values = {
                "platform_id": new_platform_id(),
                "community_id": community_ids[kind],
                "display_name": name,
                "screenname": handle,
                "company": "Northwind",
                "email": "support@northwind.example" if kind == "email" else "",
                "foreign_id": f"{kind[:2]}-company",
                "extra_values": {},
            }
            values["display_name_key"] = fold(name)
            values["email_key"] = str(values["email"])
            values["search_key"] = identity_search_key(values)
            company.append(values)
        db.execute(insert(Identity), rows + company)
    identities = session.identities
    controlled = identities.list_identities(ListQuery(search="northwind"), limit=10)
    for i, row in enumerate(controlled):
        identities.set_controlled(row.id, True, agents[: 4 - i] if i < 3 else [])


def loaded(widget: QWidget) -> QWidget:
    """Lists load in the background: wait for their rows (and let them arrive)."""
    wait_for_list_loads()
    for _ in range(5):
        QApplication.processEvents()
    return widget


def render(widget: QWidget, path: Path, width: int, height: int) -> None:
    widget.resize(width, height)
    widget.show()
    loaded(widget)
    save(widget, path)


def main() -> None:
    out = output_dir()
    start_app()
    from engage_desktop.views.channels.communities_page import CommunitiesPage
    from engage_desktop.views.channels.identities_page import IdentitiesPage
    from engage_desktop.views.channels.source_wizard import SourceWizard
    from engage_desktop.views.channels.sources_page import SourcesPage

    with tempfile.TemporaryDirectory() as tmp:
        session = seed(Path(tmp))

        sources = loaded(SourcesPage(session))
        sources.panel.table.selectRow(1)
        render(sources, out / "sources-list.png", 1280, 560)

        wizard = SourceWizard(session)
        render(wizard, out / "source-wizard-type.png", 760, 560)
        wizard.choose_type("email")
        wizard.next_step()
        form = wizard.form
        assert form is not None
        form.name_edit.setText("returns@northwind.example")
        form.tabs.setCurrentIndex(1)
        for name, value in email_settings("returns@northwind.example", "northwind.example").items():
            widget = form.settings_widgets.get(name)
            if widget is not None and hasattr(widget, "setText"):
                widget.setText(", ".join(value) if isinstance(value, list) else str(value))
        form.result_label.setText(
            "The connection does not work yet.\n✔ Connect to the IMAP server: Connected to imap.northwind.example:993"
            " over SSL/TLS.\n✘ Log in to IMAP failed: The server refused the login of 'returns@northwind.example':"
            " [AUTHENTICATIONFAILED] Invalid credentials"
        )
        form.result_label.setStyleSheet("color: #C9372C;")
        render(wizard, out / "source-wizard-email.png", 760, 900)
        wizard.close()

        wizard = SourceWizard(session)
        wizard.choose_type("linkedin")
        wizard.next_step()
        render(wizard, out / "source-wizard-missing-community.png", 760, 420)
        wizard.close()

        wizard = SourceWizard(session)
        wizard.choose_type("instagram")
        wizard.next_step()
        assert wizard.form is not None
        wizard.form.name_edit.setText("northwind.outlet")
        wizard.form.tabs.setCurrentIndex(1)
        wizard.form.settings_widgets["account_id"].setText("1784141")  # type: ignore[attr-defined]
        render(wizard, out / "source-wizard-social.png", 760, 560)
        wizard.close()

        communities = CommunitiesPage(session)
        render(communities, out / "communities-list.png", 1100, 480)

        identities = IdentitiesPage(session)
        identities.panel.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # controlled first
        loaded(identities)
        rows = identities.panel.model.loaded_rows()
        identities.panel.table.selectRow(max(range(len(rows)), key=lambda i: rows[i].user_count))
        render(identities, out / "identities-page.png", 1400, 640)
        identities.panel.search_edit.setText("chloé dubois")
        identities.panel.search_edit.returnPressed.emit()
        loaded(identities)
        identities.panel.table.selectRow(0)
        render(identities, out / "identities-page-group.png", 1400, 640)
        session.database.dispose()


if __name__ == "__main__":
    main()
