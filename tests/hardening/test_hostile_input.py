"""Hostile input to every create/update entry point: only success or a typed DomainError; after a
refusal nothing is written; stored text never holds NUL, control characters or lone surrogates."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from conftest import Signed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from users_helpers import World

from engage_desktop.services.channels.communities import CommunityService
from engage_desktop.services.channels.identities import IdentityService, ProfileChanges
from engage_desktop.services.core.errors import DomainError, ValidationError
from engage_desktop.services.routing.categories import CategoryForm, CategoryService
from engage_desktop.services.routing.routing_channels import RoutingChannelForm, RoutingChannelService
from engage_desktop.services.routing.topologies import TopologyService
from engage_desktop.services.users.bulk import UserBulkService
from engage_desktop.services.users.capacities import CapacityService
from engage_desktop.services.users.presence import PresenceStatusService
from engage_desktop.services.users.records import UserForm
from engage_desktop.services.users.roles import RoleService
from engage_desktop.services.users.service import UserService
from engage_desktop.services.users.teams import TeamService

from .database_state import fingerprint, stored_texts
from .tally import COUNTS

HOSTILE_TEXTS = [
    "\x00",
    "a\x00b",
    "\ud800",
    "x\udfffy",
    "bell\x07",
    "del\x7f",
    "c1\x85",
    "\u202eevil",
    "'; DROP TABLE users; --",
    "<script>alert(1)</script>",
    '=HYPERLINK("http://x")',
    "Chloe\u0301",
    "x" * 1_000_000,
    "  ",
    "",
    "%_\\",
    "\ufeff",
    "日本語",
]
texts = st.one_of(st.sampled_from(HOSTILE_TEXTS), st.text(max_size=40))
hostile = st.one_of(
    texts,
    st.integers(min_value=-(2**80), max_value=2**80),
    st.sampled_from([2**70, -1, 0, True, None, 1.5, float("nan"), b"\x00", ["x"], {"a": 1}]),
)
ids = st.one_of(st.sampled_from([2**70, -1, 0, 2**31, True, None, "1", "x", 1.0]), st.integers())

EXAMPLES = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def is_clean(text: str) -> bool:
    return not any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\t\n\r" for ch in text)


def attempt(admin: Signed, call: Callable[[], Any]) -> None:
    """The call succeeds or raises a DomainError; a refusal leaves every table as it was."""
    COUNTS["hostile calls"] += 1
    before = fingerprint(admin)
    try:
        call()
    except DomainError:
        assert fingerprint(admin) == before
        return
    bad = [(t, c, v[:40]) for t, c, v in stored_texts(admin) if not is_clean(v)]
    assert not bad, bad


@EXAMPLES
@given(label=hostile, permissions=st.one_of(hostile, st.lists(texts, max_size=3)))
def test_roles(sqlite_admin: Signed, world: World, label: Any, permissions: Any) -> None:
    COUNTS["hypothesis examples"] += 1
    roles = RoleService(sqlite_admin.ctx)
    attempt(sqlite_admin, lambda: roles.create_role(label, permissions))
    attempt(sqlite_admin, lambda: roles.update_role(world.roles["Agent"], label, permissions))


@EXAMPLES
@given(name=hostile, member=ids)
def test_teams_and_presence(sqlite_admin: Signed, world: World, name: Any, member: Any) -> None:
    COUNTS["hypothesis examples"] += 1
    attempt(sqlite_admin, lambda: TeamService(sqlite_admin.ctx).create_team(name, [member]))
    attempt(sqlite_admin, lambda: PresenceStatusService(sqlite_admin.ctx).create_status(name, "away"))
    attempt(sqlite_admin, lambda: CommunityService(sqlite_admin.ctx).create_community(name, "facebook"))


@EXAMPLES
@given(name=hostile, parent=ids, number=hostile)
def test_routing(sqlite_admin: Signed, world: World, name: Any, parent: Any, number: Any) -> None:
    COUNTS["hypothesis examples"] += 1
    attempt(
        sqlite_admin, lambda: CategoryService(sqlite_admin.ctx).create_category(CategoryForm(name, parent))
    )
    attempt(
        sqlite_admin,
        lambda: RoutingChannelService(sqlite_admin.ctx).create_channel(
            RoutingChannelForm(name if isinstance(name, str) else "c", name, soft_capability=number)
        ),
    )
    attempt(sqlite_admin, lambda: TopologyService(sqlite_admin.ctx).create_topology(name, {"queues": [name]}))
    attempt(
        sqlite_admin,
        lambda: CapacityService(sqlite_admin.ctx).create_capacity(
            name, [{"channel_id": parent, "default_capacity": number, "max_capacity": number}]
        ),
    )


@EXAMPLES
@given(
    firstname=hostile,
    nickname=hostile,
    email=hostile,
    role=st.one_of(ids, st.just(None)),
    team=ids,
)
def test_users(
    sqlite_admin: Signed, world: World, firstname: Any, nickname: Any, email: Any, role: Any, team: Any
) -> None:
    COUNTS["hypothesis examples"] += 1
    users = UserService(sqlite_admin.ctx)
    role_id = role if role is not None else world.roles["Agent"]
    form = UserForm(firstname, "Tester", nickname, email, role_id, team_ids=(team,))
    attempt(sqlite_admin, lambda: users.create_user(form))
    attempt(sqlite_admin, lambda: users.update_user(sqlite_admin.user.id, form))
    attempt(sqlite_admin, lambda: users.change_role(team, role_id))
    attempt(sqlite_admin, lambda: users.set_enabled(team, True))
    attempt(sqlite_admin, lambda: UserBulkService(sqlite_admin.ctx).apply([team], nickname, role))
    attempt(
        sqlite_admin,
        lambda: IdentityService(sqlite_admin.ctx).update_profile(
            world.identities["A customer"], ProfileChanges(display_name=firstname, email=email)
        ),
    )


@pytest.mark.parametrize(
    ("make", "label"),
    [
        (
            lambda s, n: UserService(s.ctx).create_user(UserForm("A", "B", n, f"{len(n)}@x.example", 0)),
            "user",
        ),
        (lambda s, n: RoleService(s.ctx).create_role(n), "role"),
        (lambda s, n: TeamService(s.ctx).create_team(n), "team"),
    ],
)
def test_nfc_and_nfd_spellings_clash(sqlite_admin: Signed, world: World, make: Any, label: str) -> None:
    nfc, nfd = unicodedata.normalize("NFC", "Chloé"), unicodedata.normalize("NFD", "Chloé")
    assert nfc != nfd

    def made(name: str) -> Any:
        if label == "user":
            return UserService(sqlite_admin.ctx).create_user(
                UserForm("A", "B", name, f"{len(name)}@x.example", world.roles["Agent"])
            )
        return make(sqlite_admin, name)

    made(nfc)
    with pytest.raises(ValidationError):
        made(nfd)
