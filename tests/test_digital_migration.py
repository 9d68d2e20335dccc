"""Revision 0012 (Digital profiles): a database at 0011 holding communities, identity groups and
identities upgrades to head, keeps them, fills the new profile columns and search keys (the groups
are found by the trigram search at once), and takes tags, custom fields and folders; down to 0011
and back."""

from __future__ import annotations

from alembic import command
from migration_helpers import insert_admin
from sqlalchemy import inspect, text
from test_channels_migration import alembic_config, bare_db, upgrade_to

from engage_desktop.db import Database
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.core.reference_data import ensure_reference_data
from engage_desktop.services.digital.folders import FolderForm, FolderService
from engage_desktop.services.digital.identity_groups import IdentityGroupService
from engage_desktop.services.digital.identity_merge import IdentityMergeService
from engage_desktop.services.digital.tags import TagService

__all__ = ["bare_db"]

NEW_TABLES = {"tags", "identity_group_tags", "custom_fields", "folders"}


def _fill_0011(database: Database) -> None:
    with database.engine.begin() as conn:
        run = conn.execute
        insert_admin(conn, ("read_identity", "update_identity", "manage_tags", "manage_folders"))
        run(
            text(
                "INSERT INTO communities (id, platform_id, name, name_key, type, active) VALUES "
                "(1, 'c1', 'Facebook', 'facebook', 'facebook', :t)"
            ),
            {"t": True},
        )
        run(
            text(
                "INSERT INTO identity_groups (id, platform_id, firstname, lastname, company) VALUES "
                "(1, 'g1', 'Chloé', 'Dubois', 'Acme'), (2, 'g2', '', '', 'Globex'), (3, 'g3', 'Marc', '', '')"
            )
        )
        blank = (
            "screenname",
            "lastname",
            "email",
            "email_key",
            "company",
            "gender",
            "mobile_phone",
            "home_phone",
        )
        blank += ("avatar_url", "foreign_id", "uuid")
        for n, group, first in ((1, 1, "Chloé"), (2, 2, ""), (3, 3, "Marc"), (4, 1, "C.")):
            run(
                text(
                    "INSERT INTO identities (id, platform_id, community_id, display_name, display_name_key, "
                    f"identity_group_id, controlled, extra_values, search_key, firstname, {', '.join(blank)}) "
                    f"VALUES (:id, :pid, 1, :name, :key, :group, :f, '{{}}', :key, :first, "
                    f"{', '.join(repr('') for _ in blank)})"
                ),
                {
                    "id": n,
                    "pid": f"i{n}",
                    "name": f"Person {n}",
                    "key": f"person {n}",
                    "group": group,
                    "f": False,
                    "first": first,
                },
            )


def test_0011_database_with_profiles_upgrades_and_takes_the_digital_objects(bare_db: Database) -> None:
    upgrade_to(bare_db, "0011")
    _fill_0011(bare_db)

    bare_db.upgrade()

    assert bare_db.current_revision() in bare_db.head_revisions()
    assert set(inspect(bare_db.engine).get_table_names()) >= NEW_TABLES
    ensure_reference_data(ServiceContext(bare_db.session_factory))
    ctx = ServiceContext(bare_db.session_factory).acting_as(1)
    profiles = IdentityGroupService(ctx)
    assert [r.name for r in profiles.list_identity_groups(ListQuery(search="chloe dub"))] == ["Chloé Dubois"]
    assert [r.name for r in profiles.list_identity_groups(ListQuery(sort="name"))] == [
        "Chloé Dubois",
        "Globex",
        "Marc",
    ]
    first = profiles.get_identity_group(1)
    assert (first.emails, first.notes, first.custom_fields, len(first.identities)) == ((), "", (), 2)
    vip = TagService(ctx).create_tag("VIP")
    profiles.set_group_tags(1, [vip.id])
    merged = IdentityMergeService(ctx).merge_identity(3, 2)
    assert (merged.firstname, merged.company, len(merged.identities)) == ("Marc", "Globex", 2)
    assert profiles.count_identity_groups(ListQuery()) == 2  # Marc's emptied profile folded in
    assert FolderService(ctx).count_query("tag:VIP").count == 1
    FolderService(ctx).create_folder(FolderForm("VIP", "tag:VIP"))


def test_downgrade_to_0011_and_back(bare_db: Database) -> None:
    upgrade_to(bare_db, "0011")
    _fill_0011(bare_db)
    bare_db.upgrade()
    cfg = alembic_config()
    with bare_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0011")
    assert bare_db.current_revision() == "0011"
    names = set(inspect(bare_db.engine).get_table_names())
    assert not NEW_TABLES & names
    columns = {c["name"] for c in inspect(bare_db.engine).get_columns("identity_groups")}
    assert "search_key" not in columns and "notes" not in columns
    with bare_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM identity_groups")).scalar() == 3
    bare_db.upgrade()
    assert bare_db.current_revision() in bare_db.head_revisions()
