"""Content sources ("channels"): list, create by type, edit, activate — secrets to the keyring only.

The changes are operations (`create_source(uow, pending, …)`, `update_source(uow, pending, …)`,
`set_source_active(uow, …)`); the keyring writes of the first two wait in `pending` until the
caller commits (`commit_with_secrets`). `ContentSourceService` is the thin entry point.

The database row keeps the non-secret settings and, for secrets, only which are set and when they
last changed; the journal says "changed" for a secret, never its value.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Concatenate, ParamSpec

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from engage_desktop.models import Category, utcnow
from engage_desktop.models.business_hours import TimeSheet
from engage_desktop.models.channels import (
    CATEGORY_LINK_DEFAULT,
    CATEGORY_LINK_USER_THREAD,
    Community,
    ContentSource,
    ContentSourceCategory,
)
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.secrets import SecretStore
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.channels.email_check import (
    ConnectionReport,
    check_email_connection,
    journal_details,
    login_target,
)
from engage_desktop.services.channels.source_fields import (
    LANGUAGES,
    SLA_EXPIRED_STRATEGIES,
    SourceForm,
    check_common,
)
from engage_desktop.services.channels.source_records import (
    api_record,
    comparable_values,
    form_of,
    journal_snapshot,
)
from engage_desktop.services.channels.source_references import check_references
from engage_desktop.services.channels.source_secrets import (
    PendingSecrets,
    clean_secret_input,
    commit_with_secrets,
    secret_key,
)
from engage_desktop.services.channels.source_types import (
    EMAIL,
    SECRET_LABELS,
    EmailSettings,
    email_settings,
    required_secrets,
    secret_fields,
    source_type,
    validate_settings,
)
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import Conflict, ErrorCode, NotFound, ValidationError
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery, fold, like_pattern
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors, is_id

__all__ = ["LANGUAGES", "SLA_EXPIRED_STRATEGIES", "ContentSourceService", "SourceForm"]

P = ParamSpec("P")

SOURCE_GONE = ErrorCode(
    "content_source.not_found",
    QT_TRANSLATE_NOOP(
        "Errors", "This channel no longer exists (it may have been deleted on another workstation)."
    ),
)
SOURCE_COMMUNITY_INACTIVE = ErrorCode(
    "content_source.community_inactive",
    QT_TRANSLATE_NOOP("Errors", "The community “{community}” is inactive; activate it before this channel."),
)
SOURCE_NOT_EMAIL = ErrorCode(
    "content_source.not_email",
    QT_TRANSLATE_NOOP("Errors", "Only e-mail channels can be tested from here."),
)

PASSWORD_RETYPE = ErrorCode(
    "content_source.password_retype",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Type the password to test this server: a saved password is sent only to the server and "
        "user name it was saved for.",
    ),
)


@dataclass(frozen=True)
class SourceRow:
    id: int
    platform_id: str
    name: str
    type: str
    color: int
    community_name: str
    channel_name: str | None
    active: bool
    status: str
    status_message: str
    updated_at: datetime

    @property
    def type_label(self) -> str:
        return source_type(self.type).label


@dataclass(frozen=True)
class SourceDetail:
    id: int
    platform_id: str
    type: str
    form: SourceForm
    community_name: str
    channel_name: str | None
    active: bool
    status: str
    status_message: str
    status_checked_at: datetime | None
    secret_fields_set: frozenset[str]
    secrets_changed_at: datetime | None
    missing_secrets: tuple[str, ...] = field(default=())
    version: int = 1

    @property
    def name(self) -> str:
        return self.form.name


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


SORTABLE = {
    "name": ContentSource.name_key,
    "type": ContentSource.type,
    "community": Community.name_key,
    "channel": RoutingChannel.name,
    "active": ContentSource.active,
    "status": ContentSource.status,
    "updated_at": ContentSource.updated_at,
}


class ContentSourceService:
    def __init__(self, ctx: ServiceContext, secrets: SecretStore) -> None:
        self.ctx = ctx
        self.secrets = secrets

    # ---- reading -------------------------------------------------------------------------------
    def _filtered(self, stmt: Any, query: ListQuery) -> Any:
        if query.search.strip():
            stmt = stmt.where(ContentSource.name_key.like(like_pattern(query.search), escape="\\"))
        for key, column in (
            ("type", ContentSource.type),
            ("community_id", ContentSource.community_id),
            ("channel_id", ContentSource.channel_id),
            ("status", ContentSource.status),
        ):
            if query.filters.get(key) is not None:
                stmt = stmt.where(column == query.filters[key])
        if query.filters.get("active") is not None:
            stmt = stmt.where(ContentSource.active.is_(bool(query.filters["active"])))
        return stmt

    def count_sources(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_CONTENT_SOURCE)
            return int(uow.session.scalar(self._filtered(select(func.count(ContentSource.id)), query)) or 0)

    def list_sources(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[SourceRow]:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_CONTENT_SOURCE)
            order = SORTABLE.get(query.sort or "name", ContentSource.name_key)
            stmt = (
                select(
                    ContentSource.id,
                    ContentSource.platform_id,
                    ContentSource.name,
                    ContentSource.type,
                    ContentSource.color,
                    Community.name,
                    RoutingChannel.name,
                    ContentSource.active,
                    ContentSource.status,
                    ContentSource.status_message,
                    ContentSource.updated_at,
                )
                .join(Community, Community.id == ContentSource.community_id)
                .outerjoin(RoutingChannel, RoutingChannel.id == ContentSource.channel_id)
            )
            stmt = self._filtered(stmt, query).order_by(
                order.desc() if query.descending else order.asc(), ContentSource.id
            )
            return [SourceRow(*row) for row in uow.session.execute(stmt.offset(offset).limit(limit))]

    def get_source(self, source_id: int) -> SourceDetail:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_CONTENT_SOURCE)
            return _detail(_load(uow.session, source_id))

    def routing_channel_choices(self) -> list[Choice]:
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(Permission.READ_CONTENT_SOURCE, Permission.CREATE_CONTENT_SOURCE)
            rows = uow.session.execute(
                select(RoutingChannel.id, RoutingChannel.name).order_by(RoutingChannel.name)
            )
            return [Choice(*row) for row in rows]

    def category_choices(self) -> list[Choice]:
        """Every category, named with its parent ("Billing / Refund"), in tree order."""
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(Permission.READ_CONTENT_SOURCE, Permission.CREATE_CONTENT_SOURCE)
            rows = uow.session.execute(select(Category.id, Category.name, Category.parent_id)).all()
            names = {row.id: row.name for row in rows}
            labelled = [
                Choice(row.id, f"{names[row.parent_id]} / {row.name}" if row.parent_id in names else row.name)
                for row in rows
            ]
            return sorted(labelled, key=lambda c: fold(c.label))

    def time_sheet_choices(self) -> list[Choice]:
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(Permission.READ_CONTENT_SOURCE, Permission.CREATE_CONTENT_SOURCE)
            rows = uow.session.execute(select(TimeSheet.id, TimeSheet.label).order_by(TimeSheet.label))
            return [Choice(*row) for row in rows]

    def api_records(self) -> list[dict[str, Any]]:
        """Sources as the platform's API renders them (bundles, exports): no secret, ever."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_CONTENT_SOURCE)
            sources = uow.session.scalars(select(ContentSource).order_by(ContentSource.id))
            return [api_record(source) for source in sources]

    # ---- changing ------------------------------------------------------------------------------
    def create_source(
        self, type_key: str, form: SourceForm, secrets: Mapping[str, str | None] | None = None
    ) -> SourceDetail:
        """`secrets`: text sets one, None clears it, "" keeps it (an untouched password field)."""
        return self._run_with_secrets(create_source, type_key, form, secrets)

    def update_source(
        self,
        source_id: int,
        form: SourceForm,
        secrets: Mapping[str, str | None] | None = None,
        *,
        version: int | None = None,
    ) -> SourceDetail:
        """`version` is the one the editor loaded: a newer saved channel raises `Conflict`."""
        return self._run_with_secrets(update_source, source_id, form, secrets, version=version)

    def set_active(self, source_id: int, active: bool) -> SourceDetail:
        """Deactivating stops fetching its messages and routing its tasks; activating resumes both."""
        return run_operation(self.ctx, set_source_active, source_id, active)

    def _run_with_secrets(
        self,
        operation: Callable[Concatenate[UnitOfWork, PendingSecrets, P], SourceDetail],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> SourceDetail:
        """`run_operation` with the keyring: written just before the commit, put back if it fails."""
        pending = PendingSecrets(self.secrets)
        with UnitOfWork(self.ctx) as uow:
            detail = operation(uow, pending, *args, **kwargs)
            commit_with_secrets(uow, pending)
            return detail

    def test_email_settings(
        self,
        settings: Mapping[str, Any],
        secrets: Mapping[str, str | None] | None = None,
        source_id: int | None = None,
        *,
        timeout: float = 10.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> ConnectionReport:
        """Try the form's IMAP/SMTP settings. A password left empty is read from the keyring of the
        saved source only while its login target (host, port, user, security) is the saved one;
        otherwise, and for a new source, it must be typed (`ValidationError` on the password field).
        Journaled with where it went and how it ended. Blocking: call it off the GUI thread."""
        saved: EmailSettings | None = None
        with UnitOfWork(self.ctx) as uow:
            if source_id is None:
                uow.require(Permission.CREATE_CONTENT_SOURCE)
                platform_id = None
            else:
                uow.require(Permission.UPDATE_CONTENT_SOURCE)
                source = _load(uow.session, source_id)
                if source_type(source.type).family != EMAIL:
                    raise ValidationError("type", SOURCE_NOT_EMAIL())
                platform_id, saved = source.platform_id, email_settings(source.settings)
        errors = FieldErrors()
        values = validate_settings("email", settings, errors)
        given = clean_secret_input(secret_fields("email"), secrets or {}, errors)
        errors.raise_if_any()
        parsed = email_settings(values)
        for name in required_secrets("email", values):
            protocol = name.partition("_")[0]
            if name not in given and (
                saved is None or login_target(saved, protocol) != login_target(parsed, protocol)
            ):
                errors.add(name, PASSWORD_RETYPE())
        errors.raise_if_any()

        def password(name: str) -> str | None:
            if name in given:
                return given[name]
            return self.secrets.get(secret_key(platform_id, name)) if platform_id else None

        report = check_email_connection(
            parsed,
            password("imap_password"),
            password("smtp_password"),
            timeout=timeout,
            ssl_context=ssl_context,
        )
        self._journal_test(platform_id, parsed, report)
        return report

    def check_source_connection(
        self, source_id: int, *, timeout: float = 10.0, ssl_context: ssl.SSLContext | None = None
    ) -> ConnectionReport:
        """Test a saved e-mail source with its stored settings and keyring passwords; keep the result
        as the source's status and journal the test."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.UPDATE_CONTENT_SOURCE)
            source = _load(uow.session, source_id)
            if source_type(source.type).family != EMAIL:
                raise ValidationError("type", SOURCE_NOT_EMAIL())
            settings, platform_id = email_settings(source.settings), source.platform_id
        report = check_email_connection(
            settings,
            self.secrets.get(secret_key(platform_id, "imap_password")),
            self.secrets.get(secret_key(platform_id, "smtp_password")),
            timeout=timeout,
            ssl_context=ssl_context,
        )
        self._journal_test(platform_id, settings, report, source_id=source_id)
        return report

    def _journal_test(
        self,
        platform_id: str | None,
        settings: EmailSettings,
        report: ConnectionReport,
        *,
        source_id: int | None = None,
    ) -> None:
        """`content_source.connection_tested`; with `source_id`, the result becomes its status."""
        with UnitOfWork(self.ctx) as uow:
            if source_id is not None:
                # A statement, not an ORM change: observed state does not move the version an open
                # editor holds.
                uow.session.execute(
                    update(ContentSource)
                    .where(ContentSource.id == source_id)
                    .values(
                        status="ok" if report.ok else "error",
                        status_message=report.summary()[:500],
                        status_checked_at=utcnow(),
                    )
                )
            uow.record(
                "content_source.connection_tested",
                object_type="content_source",
                object_id=platform_id or "",
                details=journal_details(settings, report)
                | {"settings": "saved" if source_id is not None else "form"},
            )
            uow.commit()


# ---- operations ----------------------------------------------------------------------------------
def create_source(
    uow: UnitOfWork,
    pending: PendingSecrets,
    type_key: str,
    form: SourceForm,
    secrets: Mapping[str, str | None] | None = None,
) -> SourceDetail:
    """Secret writes go to `pending`: the caller applies them with its commit (`commit_with_secrets`)."""
    uow.require(Permission.CREATE_CONTENT_SOURCE)
    source = ContentSource(type=type_key)
    values, wanted = _validated(uow.session, source, form, secrets or {})
    _assign(source, values, form)
    uow.session.add(source)
    _flush(uow.session, source)
    _stage_secrets(source, wanted, pending)
    uow.record(
        "content_source.created",
        object_type="content_source",
        object_id=source.platform_id,
        changes=field_diff({}, journal_snapshot(source, changed=set(wanted)), secret_fields(type_key)),
    )
    return _saved(uow, source, pending)


def update_source(
    uow: UnitOfWork,
    pending: PendingSecrets,
    source_id: int,
    form: SourceForm,
    secrets: Mapping[str, str | None] | None = None,
    *,
    version: int | None = None,
) -> SourceDetail:
    uow.require(Permission.UPDATE_CONTENT_SOURCE)
    source = _load(uow.session, source_id)
    values, wanted = _validated(uow.session, source, form, secrets or {})
    if version is not None and source.version != version:
        uow.ensure_version(
            source,
            version,
            object_type="content_source",
            theirs=comparable_values(uow.session, form_of(source), source.type, _secret_marks(source)),
            mine=comparable_values(uow.session, form, source.type, _secret_marks(source, wanted)),
        )
    before = journal_snapshot(source)
    _assign(source, values, form)
    _flush(uow.session, source)
    _stage_secrets(source, wanted, pending)
    changes = field_diff(before, journal_snapshot(source, changed=set(wanted)), secret_fields(source.type))
    if not changes:
        return _detail(source)
    source.updated_at = utcnow()  # categories and business hours are children: move the version too
    uow.record(
        "content_source.updated",
        object_type="content_source",
        object_id=source.platform_id,
        changes=changes,
    )
    return _saved(uow, source, pending)


def set_source_active(uow: UnitOfWork, source_id: int, active: bool) -> SourceDetail:
    uow.require(Permission.UPDATE_CONTENT_SOURCE)
    source = _load(uow.session, source_id)
    if source.active == bool(active):
        return _detail(source)
    if active and not source.community.active:
        raise Conflict(SOURCE_COMMUNITY_INACTIVE(community=source.community.name))
    source.active = bool(active)
    uow.record(
        "content_source.updated",
        object_type="content_source",
        object_id=source.platform_id,
        changes={"active": {"from": not source.active, "to": source.active}},
    )
    uow.session.flush()
    return _detail(source)


# ---- rules ---------------------------------------------------------------------------------------
def _validated(
    session: Session, source: ContentSource, form: SourceForm, secrets: Mapping[str, str | None]
) -> tuple[dict[str, Any], dict[str, str | None]]:
    errors = FieldErrors()
    try:
        kind = source_type(source.type)
    except ValidationError as exc:
        errors.add("type", exc.message)
        errors.raise_if_any()
        raise
    values = check_common(errors, form)
    values["settings"] = validate_settings(kind.key, form.settings, errors)
    wanted = clean_secret_input(secret_fields(kind.key), secrets, errors)
    sheets = check_references(session, source, form, kind, values, errors)
    errors.raise_if_any()
    values["time_sheets"] = sheets
    return values, wanted


def _secret_marks(source: ContentSource, wanted: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """Secrets in a conflict: whether one is set, or what this save does to it — never its value."""
    if wanted is None:
        have = set(source.secret_fields_set or ())
        return {name: "set" if name in have else "not set" for name in secret_fields(source.type)}
    return {name: "changed" if value is not None else "cleared" for name, value in wanted.items()}


def _assign(source: ContentSource, values: dict[str, Any], form: SourceForm) -> None:
    for name, value in values.items():
        setattr(source, name, value)
    source.name_key = fold(source.name)
    wanted = {(CATEGORY_LINK_DEFAULT, cid) for cid in form.default_category_ids} | {
        (CATEGORY_LINK_USER_THREAD, cid) for cid in form.user_thread_default_category_ids
    }
    have = {(link.kind, link.category_id) for link in source.category_links}
    source.category_links = [
        link for link in source.category_links if (link.kind, link.category_id) in wanted
    ] + [ContentSourceCategory(kind=kind, category_id=cid) for kind, cid in sorted(wanted - have)]


def _flush(session: Session, source: ContentSource) -> None:
    """Write, then let the references (community, channel, categories) load their new targets."""
    session.flush()
    session.expire(source, ["community", "channel"])


def _stage_secrets(source: ContentSource, wanted: dict[str, str | None], pending: PendingSecrets) -> None:
    if not wanted:
        return
    now_set = set(source.secret_fields_set or [])
    for name, value in wanted.items():
        pending.put(secret_key(source.platform_id, name), value)
        if value is None:
            now_set.discard(name)
        else:
            now_set.add(name)
    source.secret_fields_set = sorted(now_set)
    source.secrets_changed_at = utcnow()


def _saved(uow: UnitOfWork, source: ContentSource, pending: PendingSecrets) -> SourceDetail:
    if source_type(source.type).family == EMAIL and (pending or source.status == "ok"):
        # New credentials or settings are unproven until the next connection check.
        source.status, source.status_message = "pending", "Not checked since the last change."
    uow.session.flush()
    return _detail(source)


def _load(session: Session, source_id: int) -> ContentSource:
    source = session.get(ContentSource, source_id) if is_id(source_id) else None
    if source is None:
        raise NotFound(SOURCE_GONE())
    return source


def _detail(source: ContentSource) -> SourceDetail:
    have = frozenset(source.secret_fields_set or ())
    missing = tuple(
        SECRET_LABELS[name]
        for name in required_secrets(source.type, source.settings or {})
        if name not in have
    )
    return SourceDetail(
        id=source.id,
        platform_id=source.platform_id,
        type=source.type,
        form=form_of(source),
        community_name=source.community.name if source.community else "",
        channel_name=source.channel.name if source.channel else None,
        active=source.active,
        status=source.status,
        status_message=source.status_message,
        status_checked_at=_aware(source.status_checked_at),
        secret_fields_set=have,
        secrets_changed_at=_aware(source.secrets_changed_at),
        missing_secrets=missing,
        version=source.version,
    )


def _aware(value: datetime | None) -> datetime | None:
    """SQLite gives back naive datetimes; they were written in UTC."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value
