"""Renders Digital › Tags (with customer counts), an identity group's detail, Custom fields and a
folder whose query has an error offscreen into docs/screenshots/, from a throwaway SQLite database
with customer profiles spread over communities.

Run from the repository root: `.venv/bin/python scripts/screenshots/digital.py [output_dir [en|fr]]`.
"""

from __future__ import annotations

import random
import sys

from screenshot_kit import data_dir, new_admin_session, output_dir, save, settle, start_app

from engage_desktop.i18n import install_translations
from engage_desktop.models.channels import Community
from engage_desktop.models.text_keys import fold
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.channels.identities import build_identity
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.digital.custom_fields import CustomFieldForm
from engage_desktop.services.digital.folders import FolderForm
from engage_desktop.services.digital.identity_groups import GroupChanges, build_identity_group
from engage_desktop.views.digital.custom_fields_page import CustomFieldsPage
from engage_desktop.views.digital.folders_page import FoldersPage
from engage_desktop.views.digital.identity_groups_page import IdentityGroupsPage
from engage_desktop.views.digital.tags_page import TagsPage

FIRST = ["Chloé", "Marc", "Zoé", "Ana", "Louis", "Inès", "Hugo", "Léa", "Yanis", "Emma", "Noah", "Jade"]
LAST = ["Dubois", "Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Garcia"]
COMPANIES = ["", "", "Acme", "Globex", "Initech", "Northwind"]
TAGS = {
    "VIP": 0.08,
    "Press": 0.02,
    "Churn risk": 0.12,
    "Newsletter": 0.35,
    "Complained twice": 0.05,
    "Partner": 0.03,
}


def seed(session: AppSession, groups: int = 900) -> int:
    """Profiles with identities on two or three communities; returns the first profile's id."""
    rng = random.Random(13)
    with session.database.session_factory() as db, db.begin():
        communities = []
        for name, kind in (("Facebook", "facebook"), ("E-mail", "email"), ("WhatsApp", "whatsapp")):
            community = Community(name=name, name_key=fold(name), type=kind)
            db.add(community)
            communities.append(community)
        db.flush()
        first_id = 0
        for n in range(groups):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            email = f"{first.lower().replace('é', 'e').replace('è', 'e').replace('ï', 'i')}.{last.lower()}{n}@mail.example"
            group = build_identity_group(
                firstname=first, lastname=last, company=rng.choice(COMPANIES), emails=[email]
            )
            db.add(group)
            db.flush()
            first_id = first_id or group.id
            for community in rng.sample(communities, rng.choice((1, 2, 3)) if n else 3):
                db.add(
                    build_identity(
                        community.id,
                        identity_group_id=group.id,
                        display_name=f"{first} {last[0]}.",
                        email=email if community.type == "email" else "",
                        screenname=f"{first.lower()}_{n}" if community.type != "email" else "",
                    )
                )
    tags = {name: session.tags.create_tag(name) for name in TAGS}
    ids = [r.id for r in session.identity_groups.list_identity_groups(ListQuery(), limit=groups)]
    for group_id in ids:
        chosen = [t.id for name, t in tags.items() if rng.random() < TAGS[name]]
        if group_id == first_id:
            chosen = [tags["VIP"].id, tags["Newsletter"].id]
        if chosen:
            session.identity_groups.set_group_tags(group_id, chosen)
    return first_id


def fields(session: AppSession) -> None:
    service = session.custom_fields
    service.create_custom_field(
        CustomFieldForm(
            "IdentityGroup", "loyalty_tier", "Loyalty tier", "single_choice", ("Gold", "Silver", "Bronze")
        )
    )
    service.create_custom_field(CustomFieldForm("IdentityGroup", "customer_since", "Customer since", "date"))
    service.create_custom_field(
        CustomFieldForm("IdentityGroup", "lifetime_orders", "Lifetime orders", "integer")
    )
    service.create_custom_field(
        CustomFieldForm("IdentityGroup", "newsletter_opt_in", "Newsletter opt-in", "boolean")
    )
    service.create_custom_field(
        CustomFieldForm(
            "IdentityGroup",
            "preferred_channels",
            "Preferred channels",
            "multiple_choice",
            ("E-mail", "Chat", "Phone"),
        )
    )
    service.create_custom_field(CustomFieldForm("Intervention", "contact_reason", "Contact reason", "string"))


def main() -> None:
    out = output_dir()
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    app = start_app(locale="fr_FR" if language == "fr" else "en_US")
    install_translations(app, language)
    suffix = "" if language == "en" else f"-{language}"
    with data_dir() as folder:
        session = new_admin_session(folder)
        first = seed(session)
        fields(session)
        session.identity_groups.set_custom_field_values(
            first,
            {
                "loyalty_tier": "Gold",
                "customer_since": "2019-04-02",
                "lifetime_orders": "37",
                "newsletter_opt_in": True,
                "preferred_channels": ["E-mail", "Chat"],
            },
        )
        session.identity_groups.update_identity_group(
            first,
            GroupChanges(notes="Prefers e-mail. Asked twice about the Gold renewal; call back before 12:00."),
        )

        tags = TagsPage(session)
        tags.resize(1000, 520)
        tags.show()
        settle(app, 0.8)
        save(tags, out / f"tags-with-counts{suffix}.png")

        groups = IdentityGroupsPage(session)
        groups.resize(1360, 780)
        groups.show()
        settle(app, 0.8)
        groups.panel.search_edit.setText(session.identity_groups.get_identity_group(first).emails[0])
        settle(app, 1.0)
        groups.panel.select_key(first)
        settle(app, 0.5)
        save(groups, out / f"identity-group-detail{suffix}.png")

        custom = CustomFieldsPage(session)
        custom.resize(1100, 480)
        custom.show()
        settle(app, 0.8)
        save(custom, out / f"custom-fields{suffix}.png")

        session.folders.create_folder(FolderForm("Customers"))
        parent = session.folders.list_tree()[0]
        session.folders.create_folder(FolderForm("VIP", 'tag:VIP -tag:"Churn risk"', parent_id=parent.id))
        session.folders.create_folder(FolderForm("Press", "tag:Press", parent_id=parent.id))
        session.folders.create_folder(FolderForm("Acme accounts", "company:Acme"))
        page = FoldersPage(session)
        page.resize(1180, 640)
        page.show()
        page.reload(parent.id + 1)
        page.editor.query_edit.set_query('tag:VIP -tag:"Churn risk" has_notes:perhaps')
        settle(app, 0.8)
        save(page, out / f"folder-query-error{suffix}.png")


if __name__ == "__main__":
    main()
