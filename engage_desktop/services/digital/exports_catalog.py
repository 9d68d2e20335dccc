"""The export types of audit-and-exports.md: their columns (sensitive ones marked), the
permission each needs, and — for the types whose data this database does not hold yet — why they
cannot be exported (listed, never faked).

A column is a SQL expression; times and JSON are read raw (SQLite's stored text) so that a journal
of a million rows is written at the speed of the database, not of the ORM.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, String, func, select, type_coerce

from engage_desktop.models import (
    AuditEvent,
    Category,
    Community,
    ContentSource,
    Role,
    RolePermission,
    Team,
    TeamMember,
    User,
)
from engage_desktop.models.identities import Identity, IdentityGroup
from engage_desktop.models.user_profile import UserSourcePermission
from engage_desktop.services.access.permissions import Permission as P  # noqa: N817
from engage_desktop.services.core.errors import ErrorCode
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.digital.export_formats import LIST_SEPARATOR, CellKind

JOURNAL = "journal"
Expr = Callable[[], Any]  # a column expression, built when the statement is


@dataclass(frozen=True)
class ExportColumn:
    key: str
    kind: CellKind
    expression: Expr
    sensitive: bool = False


@dataclass(frozen=True)
class ExportType:
    """`base(columns)` is the SELECT; `key` orders and pages it; `created`/`updated` bound the range."""

    name: str
    title: str  # English source text (context "Exports")
    permissions: tuple[P, ...] = ()
    columns: tuple[ExportColumn, ...] = ()
    base: Callable[[list[ColumnElement[Any]]], Select[Any]] | None = None
    key: Expr | None = None
    created: Expr | None = None
    updated: Expr | None = None
    unavailable: ErrorCode | None = None

    @property
    def available(self) -> bool:
        return self.unavailable is None

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)

    @property
    def sensitive_fields(self) -> frozenset[str]:
        return frozenset(c.key for c in self.columns if c.sensitive)

    @property
    def default_fields(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns if not c.sensitive)


def _raw(column: Any) -> Expr:
    """Read as stored (no datetime/JSON parsing per row)."""
    return lambda: type_coerce(column, String)


def _col(column: Any) -> Expr:
    return lambda: column


def _c(key: str, kind: CellKind, expression: Expr, sensitive: bool = False) -> ExportColumn:
    return ExportColumn(key, kind, expression, sensitive)


T, N, B, D, J = CellKind.TEXT, CellKind.NUMBER, CellKind.BOOLEAN, CellKind.DATETIME, CellKind.JSON


def _stamps(model: Any) -> tuple[ExportColumn, ...]:
    return (_c("created_at", D, _raw(model.created_at)), _c("updated_at", D, _raw(model.updated_at)))


def _listed(value: Any, link: Any, *where: Any) -> Expr:
    """A correlated, ordered list of `value` (group_concat on SQLite, string_agg on PostgreSQL)."""
    return lambda: (
        select(func.aggregate_strings(value, LIST_SEPARATOR))
        .select_from(link)
        .where(*where)
        .scalar_subquery()
    )


def _from(model: Any, *joins: tuple[Any, Any]) -> Callable[[list[ColumnElement[Any]]], Select[Any]]:
    def build(columns: list[ColumnElement[Any]]) -> Select[Any]:
        stmt = select(*columns).select_from(model)
        for target, on in joins:
            stmt = stmt.outerjoin(target, on)
        return stmt

    return build


def _unavailable(name: str, title: str, reason: ErrorCode) -> ExportType:
    return ExportType(name, title, unavailable=reason)


NO_CONVERSATIONS = ErrorCode(
    "export.no_conversations",
    QT_TRANSLATE_NOOP(
        "Errors", "Conversations are not stored in this database yet (they come with the routing engine)."
    ),
)
NO_NOTIFICATIONS = ErrorCode(
    "export.no_notifications",
    QT_TRANSLATE_NOOP("Errors", "Agents' notification settings are not stored in this database yet."),
)
NO_PRESENCE_TIME = ErrorCode(
    "export.no_presence_time",
    QT_TRANSLATE_NOOP("Errors", "Time spent in each presence status is not recorded in this database yet."),
)
NO_KNOWLEDGE_BASE = ErrorCode(
    "export.no_knowledge_base",
    QT_TRANSLATE_NOOP("Errors", "The reply assistant's export is not available in this version yet."),
)
NO_TAGS = ErrorCode(
    "export.no_tags", QT_TRANSLATE_NOOP("Errors", "The tags export is not available in this version yet.")
)

EXPORT_TYPES: tuple[ExportType, ...] = (
    ExportType(
        "agents",
        QT_TRANSLATE_NOOP("Exports", "Agents"),
        (P.READ_USER, P.READ_EXPORT),
        (
            _c("id", T, _col(User.platform_id)),
            _c("firstname", T, _col(User.firstname), True),
            _c("lastname", T, _col(User.lastname), True),
            _c("nickname", T, _col(User.nickname)),
            _c("email", T, _col(User.email), True),
            _c("role", T, _col(Role.label)),
            _c(
                "teams",
                T,
                _listed(Team.name, TeamMember.__table__.join(Team.__table__), TeamMember.user_id == User.id),
            ),
            _c("enabled", B, _col(User.enabled)),
            _c("locale", T, _col(User.locale)),
            _c("timezone", T, _col(User.timezone)),
            _c("last_sign_in_at", D, _raw(User.last_sign_in_at)),
            *_stamps(User),
        ),
        _from(User, (Role, Role.id == User.role_id)),
        lambda: User.id,
        lambda: User.created_at,
        lambda: User.updated_at,
    ),
    ExportType(
        "agents_permissions",
        QT_TRANSLATE_NOOP("Exports", "Agents' source permissions"),
        (P.READ_USER, P.READ_EXPORT),
        (
            _c("agent_id", T, _col(User.platform_id)),
            _c("nickname", T, _col(User.nickname)),
            _c("source_id", T, _col(ContentSource.platform_id)),
            _c("source", T, _col(ContentSource.name)),
            _c("read", B, _col(UserSourcePermission.read)),
            _c("reply", B, _col(UserSourcePermission.reply)),
            _c("reply_with_html", B, _col(UserSourcePermission.reply_with_html)),
            _c("initiate_discussion", B, _col(UserSourcePermission.initiate_discussion)),
            _c("destroy", B, _col(UserSourcePermission.destroy)),
            _c("approval_threshold", N, _col(UserSourcePermission.approval_threshold)),
        ),
        lambda columns: (
            select(*columns)
            .select_from(UserSourcePermission)
            .join(User, User.id == UserSourcePermission.user_id)
            .join(ContentSource, ContentSource.id == UserSourcePermission.source_id)
        ),
        lambda: UserSourcePermission.user_id * 1_000_000_000 + UserSourcePermission.source_id,
        lambda: User.created_at,
        lambda: User.updated_at,
    ),
    _unavailable(
        "agents_notifications", QT_TRANSLATE_NOOP("Exports", "Agents' notifications"), NO_NOTIFICATIONS
    ),
    ExportType(
        "roles",
        QT_TRANSLATE_NOOP("Exports", "Roles"),
        (P.READ_USER, P.READ_EXPORT),
        (
            _c("id", T, _col(Role.platform_id)),
            _c("label", T, _col(Role.label)),
            _c(
                "permissions",
                T,
                _listed(
                    RolePermission.permission, RolePermission.__table__, RolePermission.role_id == Role.id
                ),
            ),
            *_stamps(Role),
        ),
        _from(Role),
        lambda: Role.id,
        lambda: Role.created_at,
        lambda: Role.updated_at,
    ),
    ExportType(
        "categories",
        QT_TRANSLATE_NOOP("Exports", "Categories"),
        (P.READ_EXPORT,),
        (
            _c("id", T, _col(Category.platform_id)),
            _c("name", T, _col(Category.name)),
            _c("parent_id", N, _col(Category.parent_id)),
            _c("mandatory", B, _col(Category.mandatory)),
            _c("multiple", B, _col(Category.multiple)),
            _c("unselectable", B, _col(Category.unselectable)),
            *_stamps(Category),
        ),
        _from(Category),
        lambda: Category.id,
        lambda: Category.created_at,
        lambda: Category.updated_at,
    ),
    ExportType(
        "sources",
        QT_TRANSLATE_NOOP("Exports", "Sources"),
        (P.READ_CONTENT_SOURCE, P.READ_EXPORT),
        (
            _c("id", T, _col(ContentSource.platform_id)),
            _c("name", T, _col(ContentSource.name)),
            _c("type", T, _col(ContentSource.type)),
            _c("community", T, _col(Community.name)),
            _c("active", B, _col(ContentSource.active)),
            _c("status", T, _col(ContentSource.status)),
            *_stamps(ContentSource),
        ),
        _from(ContentSource, (Community, Community.id == ContentSource.community_id)),
        lambda: ContentSource.id,
        lambda: ContentSource.created_at,
        lambda: ContentSource.updated_at,
    ),
    ExportType(
        "identities",
        QT_TRANSLATE_NOOP("Exports", "Identities"),
        (P.READ_IDENTITY, P.EXPORT_IDENTITY, P.READ_EXPORT),
        (
            _c("id", T, _col(Identity.platform_id)),
            _c("community", T, _col(Community.name)),
            _c("display_name", T, _col(Identity.display_name), True),
            _c("screenname", T, _col(Identity.screenname), True),
            _c("firstname", T, _col(Identity.firstname), True),
            _c("lastname", T, _col(Identity.lastname), True),
            _c("email", T, _col(Identity.email), True),
            _c("mobile_phone", T, _col(Identity.mobile_phone), True),
            _c("home_phone", T, _col(Identity.home_phone), True),
            _c("company", T, _col(Identity.company)),
            _c("controlled", B, _col(Identity.controlled)),
            _c("identity_group_id", T, _col(IdentityGroup.platform_id)),
            *_stamps(Identity),
        ),
        _from(
            Identity,
            (Community, Community.id == Identity.community_id),
            (IdentityGroup, IdentityGroup.id == Identity.identity_group_id),
        ),
        lambda: Identity.id,
        lambda: Identity.created_at,
        lambda: Identity.updated_at,
    ),
    ExportType(
        "identity_groups",
        QT_TRANSLATE_NOOP("Exports", "Identity groups"),
        (P.READ_IDENTITY, P.EXPORT_IDENTITY, P.READ_EXPORT),
        (
            _c("id", T, _col(IdentityGroup.platform_id)),
            _c("firstname", T, _col(IdentityGroup.firstname), True),
            _c("lastname", T, _col(IdentityGroup.lastname), True),
            _c("company", T, _col(IdentityGroup.company)),
            *_stamps(IdentityGroup),
        ),
        _from(IdentityGroup),
        lambda: IdentityGroup.id,
        lambda: IdentityGroup.created_at,
        lambda: IdentityGroup.updated_at,
    ),
    _unavailable("threads", QT_TRANSLATE_NOOP("Exports", "Threads"), NO_CONVERSATIONS),
    _unavailable("messages", QT_TRANSLATE_NOOP("Exports", "Messages"), NO_CONVERSATIONS),
    _unavailable("interventions", QT_TRANSLATE_NOOP("Exports", "Interventions"), NO_CONVERSATIONS),
    _unavailable(
        "interventions_comments", QT_TRANSLATE_NOOP("Exports", "Intervention comments"), NO_CONVERSATIONS
    ),
    _unavailable(
        "interventions_segments", QT_TRANSLATE_NOOP("Exports", "Intervention segments"), NO_CONVERSATIONS
    ),
    _unavailable("presence_time", QT_TRANSLATE_NOOP("Exports", "Presence time"), NO_PRESENCE_TIME),
    ExportType(
        JOURNAL,
        QT_TRANSLATE_NOOP("Exports", "Audit journal"),
        (P.READ_EVENT, P.READ_EXPORT),
        (
            _c("id", N, _col(AuditEvent.seq)),
            _c("created_at", D, _raw(AuditEvent.created_at)),
            _c("name", T, _col(AuditEvent.name)),
            _c("user_id", N, _col(AuditEvent.user_id)),
            _c("user", T, _col(AuditEvent.user_label)),
            _c("workstation", T, _col(AuditEvent.workstation)),
            _c("object_type", T, _col(AuditEvent.object_type)),
            _c("object_id", T, _col(AuditEvent.object_id)),
            _c("changes", J, _raw(AuditEvent.changes), True),
            _c("details", J, _raw(AuditEvent.details), True),
        ),
        _from(AuditEvent),
        lambda: AuditEvent.seq,
        lambda: AuditEvent.created_at,
        None,
    ),
    _unavailable(
        "reply_assistant-knowledge_base", QT_TRANSLATE_NOOP("Exports", "Reply assistant"), NO_KNOWLEDGE_BASE
    ),
    _unavailable("tags", QT_TRANSLATE_NOOP("Exports", "Tags"), NO_TAGS),
    ExportType(
        "teams",
        QT_TRANSLATE_NOOP("Exports", "Teams"),
        (P.READ_USER, P.READ_EXPORT),
        (
            _c("id", T, _col(Team.platform_id)),
            _c("name", T, _col(Team.name)),
            _c(
                "members",
                T,
                _listed(
                    User.nickname, TeamMember.__table__.join(User.__table__), TeamMember.team_id == Team.id
                ),
            ),
            *_stamps(Team),
        ),
        _from(Team),
        lambda: Team.id,
        lambda: Team.created_at,
        lambda: Team.updated_at,
    ),
)

BY_NAME: dict[str, ExportType] = {t.name: t for t in EXPORT_TYPES}
