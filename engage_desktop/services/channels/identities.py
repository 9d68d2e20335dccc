"""Identities: the list per community (fast at 100k+ rows), detail with its identity group, and
controlled identities — the company identities agents may reply as, and which agents may."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, tuple_
from sqlalchemy.orm import Session

from engage_desktop.models import User, utcnow
from engage_desktop.models.channels import Community, Identity, IdentityUser
from engage_desktop.models.users import SEARCH_TABLES
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, NotFound
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import (
    ListQuery,
    fold,
    folded_search,
    is_short_search,
    like_pattern,
    page_from_first_rows,
    search_fold,
)
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import (
    CONTROL_CHARACTERS,
    EMAIL_INVALID,
    EMAIL_RE,
    REQUIRED,
    FieldErrors,
    field_label,
    is_id,
    nfc,
    unstorable,
)

IDENTITY_GONE = ErrorCode(
    "identity.not_found", QT_TRANSLATE_NOOP("Errors", "This identity no longer exists.")
)
IDENTITY_NOT_CONTROLLED = ErrorCode(
    "identity.not_controlled",
    QT_TRANSLATE_NOOP(
        "Errors", "Only a controlled identity can be used by agents; mark it controlled first."
    ),
)
IDENTITY_USERS_GONE = ErrorCode(
    "identity.users_gone", QT_TRANSLATE_NOOP("Errors", "Some of these users no longer exist.")
)
IDENTITY_USERS_DISABLED = ErrorCode(
    "identity.users_disabled", QT_TRANSLATE_NOOP("Errors", "Disabled users cannot be linked: {users}.")
)
IDENTITY_FIELD_TOO_LONG = ErrorCode(
    "identity.field_too_long", QT_TRANSLATE_NOOP("Errors", "At most {max_length} characters.")
)

SEARCHED = ("display_name", "screenname", "firstname", "lastname", "email", "company", "foreign_id")


def identity_search_key(values: dict[str, Any]) -> str:
    """The folded text a search looks in: one trigram-indexed column, whatever was typed."""
    return " | ".join(search_fold(str(values.get(name) or "")) for name in SEARCHED)[:1200]


def build_identity(community_id: int, **values: Any) -> Identity:
    """A new Identity with its derived keys filled (importers, demo data, benchmarks, tests)."""
    identity = Identity(community_id=community_id, **values)
    refresh_keys(identity)
    return identity


def refresh_keys(identity: Identity) -> None:
    identity.display_name_key = fold(identity.display_name or "")[:255]
    identity.email_key = (identity.email or "").strip().lower()[:254]
    identity.search_key = identity_search_key({name: getattr(identity, name) for name in SEARCHED})


@dataclass(frozen=True)
class IdentityRow:
    id: int
    platform_id: str
    display_name: str
    screenname: str
    email: str
    community_name: str
    community_type: str
    controlled: bool
    user_count: int
    updated_at: datetime


@dataclass(frozen=True)
class IdentityGroupInfo:
    id: int
    platform_id: str
    firstname: str
    lastname: str
    company: str
    identity_count: int

    @property
    def label(self) -> str:
        return " ".join(p for p in (self.firstname, self.lastname) if p) or self.company or self.platform_id


@dataclass(frozen=True)
class AgentChoice:
    id: int
    nickname: str
    name: str
    enabled: bool


@dataclass(frozen=True)
class IdentityDetail:
    id: int
    platform_id: str
    community_id: int
    community_name: str
    community_type: str
    display_name: str
    screenname: str
    firstname: str
    lastname: str
    email: str
    company: str
    gender: str
    mobile_phone: str
    home_phone: str
    avatar_url: str
    foreign_id: str
    uuid: str
    controlled: bool
    group: IdentityGroupInfo | None
    agents: tuple[AgentChoice, ...]
    extra_values: dict[str, Any]
    version: int = 1


@dataclass(frozen=True)
class ProfileChanges:
    """The editable profile fields; None leaves a field as it is."""

    display_name: str | None = None
    firstname: str | None = None
    lastname: str | None = None
    email: str | None = None
    company: str | None = None
    mobile_phone: str | None = None
    home_phone: str | None = None


_user_count = (
    select(func.count()).where(IdentityUser.identity_id == Identity.id).correlate(Identity).scalar_subquery()
)

SORTABLE: dict[str, tuple[Any, ...]] = {
    "display_name": (Identity.display_name_key,),
    "community": (Identity.community_id, Identity.display_name_key),
    "email": (Identity.email_key,),
    "controlled": (Identity.controlled, Identity.display_name_key),
    "updated_at": (Identity.updated_at,),
}


class IdentityService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- reading -------------------------------------------------------------------------------
    def _filtered(self, stmt: Any, query: ListQuery) -> Any:
        text = query.search.strip()
        if text:
            stmt = stmt.where(
                folded_search(Identity.search_key, Identity.id, SEARCH_TABLES[Identity.__tablename__], text)
            )
        if query.filters.get("community_id") is not None:
            stmt = stmt.where(Identity.community_id == query.filters["community_id"])
        if query.filters.get("controlled") is not None:
            stmt = stmt.where(Identity.controlled.is_(bool(query.filters["controlled"])))
        if query.filters.get("user_id") is not None:
            stmt = stmt.where(
                Identity.id.in_(
                    select(IdentityUser.identity_id).where(IdentityUser.user_id == query.filters["user_id"])
                )
            )
        return stmt

    def count_identities(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_IDENTITY)
            return int(uow.session.scalar(self._filtered(select(func.count(Identity.id)), query)) or 0)

    def list_identities(
        self, query: ListQuery, offset: int = 0, limit: int = 200, *, after_id: int | None = None
    ) -> list[IdentityRow]:
        """A page: `offset` rows in or, with `after_id`, the rows after that identity in the list's
        order (keyset paging). The page's ids come from the sort's index alone (every sort index
        ends with the id), and only those rows are read: a deep offset stays cheap."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_IDENTITY)
            keys = SORTABLE.get(query.sort or "display_name", SORTABLE["display_name"])
            order = keys
            if query.search.strip():
                # A search keeps few rows or many: scanning once and sorting the matches beats
                # walking the sort index and fetching every row to test it (100k lookups when
                # nothing matches). Sorting on an expression makes both databases do that.
                order = tuple(func.coalesce(c, c) for c in keys)
            descending = query.descending
            by = [
                *(c.desc() if descending else c.asc() for c in order),
                Identity.id.desc() if descending else Identity.id.asc(),
            ]
            probed = None
            if is_short_search(query.search) and after_id is None:
                unsearched = self._filtered(select().select_from(Identity), replace(query, search=""))
                probed = page_from_first_rows(
                    uow.session, unsearched, keys, Identity.id, Identity.search_key, query, offset, limit
                )
            page = self._filtered(select(Identity.id), query)
            if probed is not None:
                page, offset = select(Identity.id).where(Identity.id.in_(probed)), 0
            elif after_id is not None:
                last = uow.session.execute(
                    select(*keys, Identity.id).where(Identity.id == after_id)
                ).one_or_none()
                if last is not None:
                    after = tuple_(*keys, Identity.id)
                    page = page.where(after < tuple_(*last) if descending else after > tuple_(*last))
                    offset = 0
            page_ids = page.order_by(*by).offset(offset).limit(limit).subquery()
            stmt = (
                select(
                    Identity.id,
                    Identity.platform_id,
                    Identity.display_name,
                    Identity.screenname,
                    Identity.email,
                    Community.name,
                    Community.type,
                    Identity.controlled,
                    _user_count,
                    Identity.updated_at,
                )
                .join(Community, Community.id == Identity.community_id)
                .join(page_ids, page_ids.c.id == Identity.id)
                .order_by(*by)
            )
            return [IdentityRow(*row) for row in uow.session.execute(stmt)]

    def get_identity(self, identity_id: int) -> IdentityDetail:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_IDENTITY)
            return _detail(uow.session, _load(uow.session, identity_id))

    def identities_of_user(self, user_id: int) -> list[IdentityRow]:
        """The controlled identities a user may reply as (the users page's Identities tab)."""
        return self.list_identities(ListQuery(filters={"user_id": user_id}, sort="community"), limit=1000)

    def agent_choices(self, search: str = "", limit: int = 50) -> list[AgentChoice]:
        """Users one may link to a controlled identity (enabled ones first, then by nickname)."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_IDENTITIES)
            stmt = select(User)
            if search.strip():
                pattern = like_pattern(search)
                stmt = stmt.where(
                    or_(
                        User.nickname_key.like(pattern, escape="\\"),
                        func.lower(User.firstname).like(pattern, escape="\\"),
                        func.lower(User.lastname).like(pattern, escape="\\"),
                    )
                )
            stmt = stmt.order_by(User.enabled.desc(), User.nickname_key).limit(limit)
            return [_agent(user) for user in uow.session.scalars(stmt)]

    # ---- changing ------------------------------------------------------------------------------
    def set_controlled(
        self,
        identity_id: int,
        controlled: bool,
        user_ids: Sequence[int] = (),
        *,
        version: int | None = None,
    ) -> IdentityDetail:
        """Mark a company identity as controlled and choose the agents who may reply as it.
        An identity that is not controlled has no agents."""
        return run_operation(
            self.ctx, set_identity_controlled, identity_id, controlled, user_ids, version=version
        )

    def update_profile(
        self, identity_id: int, changes: ProfileChanges, *, version: int | None = None
    ) -> IdentityDetail:
        return run_operation(self.ctx, update_identity_profile, identity_id, changes, version=version)


# ---- operations ----------------------------------------------------------------------------------
def set_identity_controlled(
    uow: UnitOfWork,
    identity_id: int,
    controlled: bool,
    user_ids: Sequence[int] = (),
    *,
    version: int | None = None,
) -> IdentityDetail:
    uow.require(Permission.MANAGE_IDENTITIES)
    identity = _load(uow.session, identity_id)
    errors = FieldErrors()
    given = list(user_ids) if isinstance(user_ids, Iterable) and not isinstance(user_ids, str) else [user_ids]
    wanted_ids = list(dict.fromkeys(u if is_id(u) else 0 for u in given))  # 0: no user, reported gone
    if wanted_ids and not controlled:
        errors.add("user_ids", IDENTITY_NOT_CONTROLLED())
    users = list(uow.session.scalars(select(User).where(User.id.in_(wanted_ids)))) if wanted_ids else []
    if len(users) != len(wanted_ids):
        errors.add("user_ids", IDENTITY_USERS_GONE())
    already = {u.id for u in identity.users}
    newly_disabled = [u.nickname for u in users if not u.enabled and u.id not in already]
    if newly_disabled:
        errors.add("user_ids", IDENTITY_USERS_DISABLED(users=", ".join(sorted(newly_disabled))))
    errors.raise_if_any()
    uow.ensure_version(
        identity,
        version,
        object_type="identity",
        theirs={"controlled": identity.controlled, "user_ids": frozenset(u.nickname for u in identity.users)},
        mine={"controlled": bool(controlled), "user_ids": frozenset(u.nickname for u in users)},
    )
    before = {
        "controlled": identity.controlled,
        "user_ids": frozenset(u.platform_id for u in identity.users),
    }
    identity.controlled = bool(controlled)
    identity.users = sorted(users, key=lambda u: u.nickname_key)
    after = {"controlled": identity.controlled, "user_ids": frozenset(u.platform_id for u in users)}
    changes = field_diff(before, after)
    if "user_ids" in changes:
        identity.updated_at = utcnow()  # the agents are children: move the identity's version too
    return _recorded(uow, identity, changes)


def update_identity_profile(
    uow: UnitOfWork, identity_id: int, changes: ProfileChanges, *, version: int | None = None
) -> IdentityDetail:
    uow.require(Permission.UPDATE_IDENTITY)
    identity = _load(uow.session, identity_id)
    errors = FieldErrors()
    wanted: dict[str, str] = {}
    limits = {"email": 254, "mobile_phone": 40, "home_phone": 40, "display_name": 255}
    for name in ProfileChanges.__dataclass_fields__:
        value = getattr(changes, name)
        if value is None:
            continue
        cleaned = nfc(" ".join(str(value).split()))
        if len(cleaned) > limits.get(name, 120):
            errors.add(name, IDENTITY_FIELD_TOO_LONG(max_length=limits.get(name, 120)))
        elif unstorable(cleaned):
            errors.add(name, CONTROL_CHARACTERS(label=field_label(name)))
        wanted[name] = cleaned
    if wanted.get("email") and not EMAIL_RE.match(wanted["email"]):
        errors.add("email", EMAIL_INVALID(value=wanted["email"]))
    if "display_name" in wanted and not wanted["display_name"]:
        errors.add("display_name", REQUIRED(label=field_label(QT_TRANSLATE_NOOP("Errors", "Display name"))))
    errors.raise_if_any()
    before = {name: getattr(identity, name) for name in wanted}
    uow.ensure_version(identity, version, object_type="identity", theirs=before, mine=wanted)
    for name, value in wanted.items():
        setattr(identity, name, value)
    refresh_keys(identity)
    return _recorded(uow, identity, field_diff(before, wanted))


# ---- helpers ---------------------------------------------------------------------------------------
def _recorded(uow: UnitOfWork, identity: Identity, changes: dict[str, Any]) -> IdentityDetail:
    if changes:
        uow.record(
            "identity.updated", object_type="identity", object_id=identity.platform_id, changes=changes
        )
    uow.session.flush()
    return _detail(uow.session, identity)


def _load(session: Session, identity_id: int) -> Identity:
    identity = session.get(Identity, identity_id) if is_id(identity_id) else None
    if identity is None:
        raise NotFound(IDENTITY_GONE())
    return identity


def _detail(session: Session, identity: Identity) -> IdentityDetail:
    community = session.get(Community, identity.community_id)
    group = None
    if identity.identity_group is not None:
        g = identity.identity_group
        count = session.scalar(select(func.count(Identity.id)).where(Identity.identity_group_id == g.id))
        group = IdentityGroupInfo(g.id, g.platform_id, g.firstname, g.lastname, g.company, int(count or 0))
    return IdentityDetail(
        id=identity.id,
        platform_id=identity.platform_id,
        community_id=identity.community_id,
        community_name=community.name if community else "",
        community_type=community.type if community else "",
        display_name=identity.display_name,
        screenname=identity.screenname,
        firstname=identity.firstname,
        lastname=identity.lastname,
        email=identity.email,
        company=identity.company,
        gender=identity.gender,
        mobile_phone=identity.mobile_phone,
        home_phone=identity.home_phone,
        avatar_url=identity.avatar_url,
        foreign_id=identity.foreign_id,
        uuid=identity.uuid,
        controlled=identity.controlled,
        group=group,
        agents=tuple(_agent(user) for user in identity.users),
        extra_values=dict(identity.extra_values or {}),
        version=identity.version,
    )


def _agent(user: User) -> AgentChoice:
    return AgentChoice(user.id, user.nickname, user.display_name, user.enabled)
