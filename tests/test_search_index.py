"""Search at 100k rows (revision 0006): the Users and Identities searches go through a trigram index
(SQLite FTS5 tables kept by triggers, PostgreSQL pg_trgm GIN), keep their meaning (substring, case
and accents ignored, LIKE wildcards taken literally) for long and short texts, and pages read
by offset, by keyset and in role order are the slices of the whole list. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from conftest import Signed
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session
from test_channels_migration import alembic_config, bare_db, upgrade_to

from engage_desktop.db import Database
from engage_desktop.models import Role, User
from engage_desktop.models.channels import Community, Identity
from engage_desktop.models.users import SEARCH_TABLES, user_search_key
from engage_desktop.services.access.scope import scope_of
from engage_desktop.services.channels.identities import IdentityService, ProfileChanges, build_identity
from engage_desktop.services.core.listing import ListQuery, search_fold
from engage_desktop.services.users.listing import KEYSET_SORTS, SORTABLE, list_rows
from engage_desktop.services.users.service import UserService

__all__ = ["bare_db"]

PEOPLE = (
    ("Chloé", "Dubois", "chloe.d", "Chloe.Dubois@Example.com"),
    ("Amélie", "Núñez", "amelie", "amelie@example.com"),
    ("Ben", "O'Hara", "ben_100%", "ben@example.com"),
    ("Zoë", "Martin", "zoe", 'zoe"quote@example.com'),
    ("Hugo", "Martin", "hugo", "hugo@example.com"),
)


def add_users(signed: Signed, *people: tuple[str, str, str, str], role: str = "Agent") -> list[int]:
    with signed.db.session_factory() as session, session.begin():
        role_id = session.scalar(select(Role.id).where(Role.label == role))
        users = [
            User(
                firstname=first,
                lastname=last,
                nickname=nickname,
                nickname_key=search_fold(nickname),
                email=email,
                email_key=email.lower(),
                role_id=role_id,
            )
            for first, last, nickname, email in people
        ]
        session.add_all(users)
        session.flush()
        return [u.id for u in users]


def found(signed: Signed, text: str) -> list[str]:
    return sorted(r.nickname for r in UserService(signed.ctx).list_users(ListQuery(search=text), 0, 500))


def test_search_fold_ignores_case_accents_and_runs_of_spaces() -> None:
    assert search_fold("  Chloé   DUBOIS ") == "chloe dubois"
    assert search_fold("Núñez Straße") == "nunez strasse"
    assert search_fold("Zoë") == search_fold("ZOE") == "zoe"


def test_user_search_key_holds_names_nickname_and_email_folded() -> None:
    assert user_search_key("Chloé", "Dubois", "Chloe.D", "C@X.io") == "chloe dubois | chloe.d | c@x.io"


def test_users_search_is_a_folded_substring_match(admin: Signed) -> None:
    add_users(admin, *PEOPLE)
    assert found(admin, "chloé") == found(admin, "CHLOE") == found(admin, "hlo") == ["chloe.d"]
    assert found(admin, "amélie núñez") == found(admin, "lie nun") == ["amelie"]  # "first last"
    assert found(admin, "dubois chloe.d") == []  # the fields are not glued together
    assert found(admin, "martin") == ["hugo", "zoe"]
    assert found(admin, "o'hara") == ["ben_100%"]
    assert found(admin, "100%") == ["ben_100%"] and found(admin, "n_1") == ["ben_100%"]
    assert found(admin, "%") == ["ben_100%"] and found(admin, "_") == ["ben_100%"]  # wildcards are text
    assert found(admin, 'e"q') == ["zoe"]  # a quote does not break the FTS5 phrase
    assert found(admin, "e.com") == ["ada", "amelie", "ben_100%", "chloe.d", "hugo", "zoe"]
    assert found(admin, "zz") == [] and found(admin, "q") == ["zoe"]  # one or two letters: no trigram
    assert UserService(admin.ctx).count_users(ListQuery(search="martin")) == 2


def test_users_search_follows_inserts_updates_and_deletes(admin: Signed) -> None:
    chloe, amelie, *_ = add_users(admin, *PEOPLE)
    with admin.db.session_factory() as session, session.begin():
        user = session.get_one(User, chloe)
        user.lastname = "Lefèvre"
    assert found(admin, "chloe dubois") == [] and found(admin, "chloe lefevre") == ["chloe.d"]
    with admin.db.session_factory() as session, session.begin():
        session.delete(session.get_one(User, amelie))
    assert found(admin, "amelie") == [] and found(admin, "nunez") == []
    with admin.db.session_factory() as session, session.begin():
        # A Core update of the key itself (what a bulk fix would do) reaches the index too.
        session.execute(update(User).where(User.id == chloe).values(search_key="renamed | chloe.d | x@y.z"))
    assert found(admin, "renamed") == ["chloe.d"] and found(admin, "lefevre") == []
    assert_search_tables_intact(admin.db)


def test_identities_search_is_a_folded_substring_match_kept_by_triggers(admin: Signed) -> None:
    with admin.db.session_factory() as session, session.begin():
        community = Community(name="Facebook", name_key="facebook", type="facebook")
        session.add(community)
        session.flush()
        zoe = build_identity(community.id, display_name="Zoé Núñez", screenname="zoe_n", foreign_id="fb-100%")
        acme = build_identity(community.id, display_name="Acme", email="Care@Acme.example")
        session.add_all([zoe, acme])
        session.flush()
        zoe_id, acme_id = zoe.id, acme.id
    service = IdentityService(admin.ctx)

    def names(text: str) -> list[str]:
        return sorted(r.display_name for r in service.list_identities(ListQuery(search=text)))

    assert names("ZOE NUNEZ") == names("oé nú") == names("zoe_") == ["Zoé Núñez"]
    assert names("100%") == ["Zoé Núñez"] and names("care@acme") == ["Acme"]
    assert names("e") == ["Acme", "Zoé Núñez"] and names("qq") == []
    assert service.count_identities(ListQuery(search="acme.ex")) == 1
    with admin.db.session_factory() as session, session.begin():
        session.execute(delete(Identity).where(Identity.id == acme_id))
    assert names("acme") == []
    service.update_profile(zoe_id, ProfileChanges(display_name="Zoé Martin"))
    assert names("nunez") == [] and names("zoe martin") == ["Zoé Martin"]
    assert_search_tables_intact(admin.db)


def assert_search_tables_intact(database: Database) -> None:
    """FTS5's own check: the index says exactly what the content tables hold (SQLite only)."""
    if database.dialect != "sqlite":
        return
    with database.engine.begin() as conn:
        for table, search in SEARCH_TABLES.items():
            conn.execute(text(f"INSERT INTO {search}({search}, rank) VALUES ('integrity-check', 1)"))
            indexed = conn.execute(text(f"SELECT count(*) FROM {search}")).scalar()
            assert indexed == conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()


def test_searches_use_the_trigram_index(admin: Signed) -> None:
    add_users(admin, *PEOPLE)
    with admin.db.engine.connect() as conn:
        if admin.db.dialect == "sqlite":
            plan = " ".join(
                str(row[-1])
                for row in conn.execute(
                    text(
                        "EXPLAIN QUERY PLAN SELECT count(*) FROM users WHERE id IN "
                        "(SELECT rowid FROM users_search WHERE users_search MATCH '\"martin\"')"
                    )
                )
            )
            assert "VIRTUAL TABLE INDEX" in plan and "SCAN users " not in plan + " "
        else:
            conn.execute(text("SET enable_seqscan = off"))  # a tiny table: make the planner show it can
            plan = " ".join(
                row[0]
                for row in conn.execute(
                    text("EXPLAIN SELECT count(*) FROM users WHERE search_key LIKE '%martin%'")
                )
            )
            assert "ix_users_search_key" in plan


def _all_nicknames(session: Session, signed: Signed, query: ListQuery) -> list[str]:
    scope = scope_of(session, session.get_one(User, signed.user.id))
    return [r.nickname for r in list_rows(session, query, scope, 0, 10_000)]


@pytest.mark.parametrize("sort", sorted(SORTABLE))
@pytest.mark.parametrize("descending", [False, True])
def test_offset_keyset_and_role_pages_are_slices_of_the_whole_list(
    admin: Signed, sort: str, descending: bool
) -> None:
    add_users(admin, *PEOPLE)
    add_users(admin, *[(f"Al{i % 3}", "Same", f"same{i:02d}", f"s{i:02d}@x.io") for i in range(23)])
    add_users(admin, ("Sue", "Pervisor", "sue", "sue@x.io"), role="Supervisor")
    query = ListQuery(sort=sort, descending=descending)
    with admin.db.session_factory() as session:
        scope = scope_of(session, session.get_one(User, admin.user.id))
        whole = _all_nicknames(session, admin, query)
        assert len(whole) == 30
        by_offset = [
            r.nickname for start in range(0, 30, 7) for r in list_rows(session, query, scope, start, 7)
        ]
        assert by_offset == whole
        if sort == "role":
            labels = [r.role_label for r in list_rows(session, query, scope, 0, 100)]
            assert labels == sorted(labels, key=str.casefold, reverse=descending)
        if sort in KEYSET_SORTS:
            pages, after = [], None
            while True:
                page = list_rows(session, query, scope, 0, 7, after_id=after)
                if not page:
                    break
                pages += [r.nickname for r in page]
                after = page[-1].id
            assert pages == whole


def test_search_with_role_sort_and_filters(admin: Signed) -> None:
    add_users(admin, *PEOPLE)
    add_users(admin, ("Marc", "Martin", "marc", "marc@x.io"), role="Supervisor")
    service = UserService(admin.ctx)
    rows = service.list_users(ListQuery(search="martin", sort="role"), 0, 50)
    assert [r.nickname for r in rows] == ["zoe", "hugo", "marc"]  # role label, then id
    with admin.db.session_factory() as session:
        supervisor = session.scalar(select(Role.id).where(Role.label == "Supervisor"))
    only = ListQuery(search="martin", sort="role", filters={"role_id": supervisor})
    assert [r.nickname for r in service.list_users(only, 0, 50)] == ["marc"]
    assert service.count_users(only) == 1


# ---- upgrading a 0005 database ------------------------------------------------------------------


@pytest.fixture
def db_at_0005(bare_db: Database) -> Iterator[Database]:
    upgrade_to(bare_db, "0005")
    with bare_db.engine.begin() as conn:
        run = conn.execute
        run(text("INSERT INTO roles (id, platform_id, label, label_key) VALUES (1, 'r1', 'Admin', 'admin')"))
        for permission in ("read_user", "create_user", "update_user", "manage_roles", "read_identity"):
            run(text("INSERT INTO role_permissions (role_id, permission) VALUES (1, :p)"), {"p": permission})
        run(
            text(
                "INSERT INTO users (id, platform_id, firstname, lastname, nickname, nickname_key, email, "
                "email_key, role_id, enabled, invitation_pending, locale, timezone) VALUES "
                "(1, 'u1', 'Ada', 'Admin', 'ada', 'ada', 'ada@x.io', 'ada@x.io', 1, :t, :f, 'en', 'UTC'), "
                "(2, 'u2', 'Chloé', 'Dubois', 'Chloe', 'chloe', 'C.Dubois@x.io', 'c.dubois@x.io', 1, :t, :f, "
                "'fr', 'UTC')"
            ),
            {"t": True, "f": False},
        )
        run(
            text(
                "INSERT INTO communities (id, platform_id, name, name_key, type, active) "
                "VALUES (1, 'c1', 'E-mail', 'e-mail', 'email', :t)"
            ),
            {"t": True},
        )
        run(
            text(
                "INSERT INTO identities (id, platform_id, community_id, display_name, display_name_key, "
                "screenname, firstname, lastname, email, email_key, company, gender, mobile_phone, home_phone, "
                "avatar_url, foreign_id, uuid, controlled, extra_values, search_key) VALUES "
                "(1, 'i1', 1, 'Zoé Núñez', 'zoé núñez', '', '', '', 'z@x.io', 'z@x.io', '', '', '', '', '', "
                "'fb-1', '', :f, '{}', 'zoé núñez |  |  |  | z@x.io |  | fb-1')"
            ),
            {"f": False},
        )
    yield bare_db


def test_0005_database_with_users_and_identities_upgrades_and_searches(db_at_0005: Database) -> None:
    report = db_at_0005.upgrade()
    assert report.before == "0005" and report.after in db_at_0005.head_revisions()
    with db_at_0005.session_factory() as session:
        keys = {row.id: row.search_key for row in session.execute(select(User.id, User.search_key))}
        assert keys == {1: "ada admin | ada | ada@x.io", 2: "chloe dubois | chloe | c.dubois@x.io"}
        assert session.scalar(select(Identity.search_key)) == "zoe nunez |  |  |  | z@x.io |  | fb-1"
    signed = Signed(db_at_0005, _acting_as(db_at_0005, 1), None)  # type: ignore[arg-type]
    assert found(signed, "CHLOÉ DUB") == ["Chloe"] and found(signed, "ad") == ["ada"]
    identities = IdentityService(signed.ctx)
    assert [r.display_name for r in identities.list_identities(ListQuery(search="zoe nu"))] == ["Zoé Núñez"]
    assert_search_tables_intact(db_at_0005)


def test_downgrade_to_0005_and_back(db_at_0005: Database) -> None:
    upgrade_to(db_at_0005, "0006")
    cfg = alembic_config()
    with db_at_0005.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    assert db_at_0005.current_revision() == "0005"
    with db_at_0005.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM users")).scalar() == 2
        assert conn.execute(text("SELECT search_key FROM identities")).scalar() == (
            "zoé núñez |  |  |  | z@x.io |  | fb-1"
        )
    db_at_0005.upgrade()
    assert db_at_0005.current_revision() in db_at_0005.head_revisions()
    with db_at_0005.session_factory() as session:
        assert (
            session.scalar(select(func.count()).select_from(User).where(User.search_key.like("%dubois%")))
            == 1
        )
    assert_search_tables_intact(db_at_0005)


def _acting_as(database: Database, user_id: int) -> object:
    from engage_desktop.services.core.context import ServiceContext

    return ServiceContext(database.session_factory).acting_as(user_id)


@pytest.mark.parametrize("sort", ["display_name", "community", "email", "controlled", "updated_at"])
def test_identity_pages_by_offset_and_keyset_are_slices_of_the_whole_list(admin: Signed, sort: str) -> None:
    with admin.db.session_factory() as session, session.begin():
        communities = [Community(name=n, name_key=n.lower(), type="email") for n in ("Mail", "Chat")]
        session.add_all(communities)
        session.flush()
        session.add_all(
            build_identity(
                communities[i % 2].id,
                display_name=f"Same {i % 4}",
                email=f"p{i % 5}@x.io",
                controlled=i % 3 == 0,
            )
            for i in range(23)
        )
    service = IdentityService(admin.ctx)
    for descending in (False, True):
        query = ListQuery(sort=sort, descending=descending)
        whole = [r.id for r in service.list_identities(query, 0, 1000)]
        assert len(whole) == 23
        assert [r.id for start in range(0, 23, 5) for r in service.list_identities(query, start, 5)] == whole
        pages, after = [], None
        while page := service.list_identities(query, 0, 5, after_id=after):
            pages += [r.id for r in page]
            after = page[-1].id
        assert pages == whole


@pytest.mark.parametrize("search", ["e", "al", "o'", "q", "zz"])
def test_short_search_pages_are_slices_of_the_whole_list(admin: Signed, search: str) -> None:
    """One- and two-letter searches take their page from the first rows in list order when those
    hold enough matches, and scan otherwise: the pages are the same either way."""
    add_users(admin, *PEOPLE)
    add_users(admin, *[(f"Al{i % 3}", "Same", f"same{i:02d}", f"s{i:02d}@x.io") for i in range(23)])
    service = UserService(admin.ctx)
    for sort in ("name", "email"):
        query = ListQuery(search=search, sort=sort, descending=sort == "email")
        whole = [r.nickname for r in service.list_users(query, 0, 1000)]
        assert len(whole) == service.count_users(query)
        assert [r.nickname for start in range(0, 40, 4) for r in service.list_users(query, start, 4)] == whole
        assert all(search_fold(search) in user_search_key(*p) for p in PEOPLE if p[2] in whole)
    identities = IdentityService(admin.ctx)
    with admin.db.session_factory() as session, session.begin():
        community = Community(name="Mail", name_key="mail", type="email")
        session.add(community)
        session.flush()
        session.add_all(
            build_identity(community.id, display_name=f"{p[0]} {p[1]}", email=p[3]) for p in PEOPLE * 5
        )
    query = ListQuery(search=search)
    whole_ids = [r.id for r in identities.list_identities(query, 0, 1000)]
    assert len(whole_ids) == identities.count_identities(query)
    assert [
        r.id for start in range(0, 30, 4) for r in identities.list_identities(query, start, 4)
    ] == whole_ids
