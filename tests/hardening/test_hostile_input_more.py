"""Hostile input, continued: the rest of the user form, updates, channels, rules and imports; and a
PostgreSQL subset (PostgreSQL refuses NUL and lone surrogates itself: they must not reach it)."""

from __future__ import annotations

from typing import Any

from conftest import Signed
from hypothesis import given
from hypothesis import strategies as st
from users_helpers import World

from engage_desktop.secrets import SecretStore
from engage_desktop.services.channels.identities import IdentityService
from engage_desktop.services.channels.sources import ContentSourceService, SourceForm
from engage_desktop.services.routing.categories import CategoryForm, CategoryService
from engage_desktop.services.routing.category_csv import CategoryCsvService
from engage_desktop.services.routing.rule_conditions import Action, ActionKind, RuleSpec
from engage_desktop.services.routing.rules import RuleForm, RuleService
from engage_desktop.services.users.capacities import CapacityService
from engage_desktop.services.users.csv_import import UserImportService
from engage_desktop.services.users.presence import PresenceStatusService
from engage_desktop.services.users.records import SignatureForm, SourcePermissions, UserForm
from engage_desktop.services.users.roles import RoleService
from engage_desktop.services.users.service import UserService
from engage_desktop.services.users.teams import TeamService

from .tally import COUNTS
from .test_hostile_input import EXAMPLES, HOSTILE_TEXTS, attempt, hostile, ids, texts

csv_cells = st.one_of(st.sampled_from([t for t in HOSTILE_TEXTS if len(t) < 100]), st.text(max_size=20))


@EXAMPLES
@given(text=hostile, number=hostile, some_id=ids)
def test_user_form_details(sqlite_admin: Signed, world: World, text: Any, number: Any, some_id: Any) -> None:
    COUNTS["hypothesis examples"] += 1
    users = UserService(sqlite_admin.ctx)
    base = world.form("zed")
    forms = [
        UserForm(base.firstname, "T", "zed", "zed@example.com", base.role_id, locale=text, timezone=text),
        UserForm("Z", "T", "zed", "zed@example.com", base.role_id, spoken_languages=(text,)),
        UserForm(
            "Z", "T", "zed", "zed@example.com", base.role_id, category_ids=(some_id,), identity_ids=(some_id,)
        ),
        UserForm("Z", "T", "zed", "zed@example.com", base.role_id, capacity_id=some_id, password=text),
        UserForm(
            "Z",
            "T",
            "zed",
            "zed@example.com",
            base.role_id,
            source_permissions=(SourcePermissions(some_id, read=True, approval_threshold=number),),
            signatures=(SignatureForm(text, text, text, (some_id,)),),
        ),
    ]
    for form in forms:
        attempt(sqlite_admin, lambda form=form: users.create_user(form))


@EXAMPLES
@given(name=hostile, some_id=ids, number=hostile)
def test_updates(sqlite_admin: Signed, world: World, name: Any, some_id: Any, number: Any) -> None:
    COUNTS["hypothesis examples"] += 1
    x = sqlite_admin.ctx
    attempt(sqlite_admin, lambda: TeamService(x).update_team(world.teams["Care"], name, [some_id], []))
    attempt(sqlite_admin, lambda: TeamService(x).delete_team(some_id))
    attempt(sqlite_admin, lambda: RoleService(x).delete_role(some_id))
    attempt(
        sqlite_admin,
        lambda: CategoryService(x).update_category(world.categories["Refunds"], CategoryForm(name)),
    )
    attempt(sqlite_admin, lambda: CategoryService(x).move_category(world.categories["Refunds"], some_id))
    attempt(
        sqlite_admin,
        lambda: CapacityService(x).update_capacity(
            world.capacities["Part-time"], name, [{"channel_id": some_id}]
        ),
    )
    attempt(sqlite_admin, lambda: CapacityService(x).assign_users(some_id, [some_id]))
    attempt(sqlite_admin, lambda: PresenceStatusService(x).create_status("Break", name))
    attempt(sqlite_admin, lambda: PresenceStatusService(x).move_status(some_id, number))
    attempt(
        sqlite_admin,
        lambda: IdentityService(x).set_controlled(world.identities["Acme Support"], True, [some_id]),
    )


@EXAMPLES
@given(name=hostile, number=hostile, setting=hostile)
def test_sources_and_rules(sqlite_admin: Signed, world: World, name: Any, number: Any, setting: Any) -> None:
    COUNTS["hypothesis examples"] += 1
    sources = ContentSourceService(sqlite_admin.ctx, SecretStore())
    community = world.communities["E-mail"]
    settings = {"imap_host": setting, "imap_port": number, "mailboxes": [setting], "from_address": setting}
    attempt(
        sqlite_admin, lambda: sources.create_source("email", SourceForm(name, community, settings=settings))
    )
    attempt(
        sqlite_admin,
        lambda: sources.create_source("engage_chat", SourceForm(name, community, sla_response=number)),
    )
    attempt(sqlite_admin, lambda: sources.create_source(name, SourceForm("x", community)))
    spec = RuleSpec(actions=(Action(ActionKind.SET_PRIORITY, priority=number),))
    attempt(sqlite_admin, lambda: RuleService(sqlite_admin.ctx).create_rule(RuleForm(name, spec)))
    spec = RuleSpec(actions=(Action(ActionKind.ADD_CATEGORY, setting),))
    attempt(sqlite_admin, lambda: RuleService(sqlite_admin.ctx).create_rule(RuleForm("Tag", spec)))


@EXAMPLES
@given(
    rows=st.lists(st.lists(csv_cells, min_size=5, max_size=6), min_size=1, max_size=3),
    raw=st.binary(max_size=60),
)
def test_imports(sqlite_admin: Signed, world: World, rows: list[list[str]], raw: bytes) -> None:
    COUNTS["hypothesis examples"] += 1

    def csv_of(header: str) -> bytes:
        lines = [header] + [",".join('"' + c.replace('"', '""') + '"' for c in row) for row in rows]
        return "\n".join(lines).encode("utf-8", "surrogatepass")

    users = UserImportService(sqlite_admin.ctx)
    for all_or_nothing in (True, False):
        attempt(
            sqlite_admin,
            lambda a=all_or_nothing: users.run(
                csv_of("firstname,lastname,nickname,email,role,teams"), all_or_nothing=a
            ),
        )
    attempt(sqlite_admin, lambda: users.run(raw, all_or_nothing=False))
    categories = CategoryCsvService(sqlite_admin.ctx)
    attempt(
        sqlite_admin,
        lambda: categories.import_csv(
            csv_of("path,color,mandatory,multiple,unselectable,post_qualification")
        ),
    )
    attempt(sqlite_admin, lambda: categories.import_csv(raw))


@EXAMPLES
@given(name=texts, email=texts)
def test_postgresql_refuses_nothing_raw(admin: Signed, name: str, email: str) -> None:
    """Both databases; on PostgreSQL a NUL or surrogate reaching the driver would be a raw error."""
    COUNTS["hypothesis examples"] += 1
    roles = RoleService(admin.ctx)
    role_id = next(r for r, label in UserService(admin.ctx).role_names() if label == "Agent")
    attempt(admin, lambda: roles.create_role(name))
    attempt(admin, lambda: TeamService(admin.ctx).create_team(name))
    attempt(admin, lambda: UserService(admin.ctx).create_user(UserForm(name, name, name, email, role_id)))
    attempt(admin, lambda: CategoryService(admin.ctx).create_category(CategoryForm(name)))
