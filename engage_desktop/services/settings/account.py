"""Settings › Account settings: name, locale, zone, week start, content languages, the Routing
mode switch and the agent-interface options.

Routing mode can be switched on only with an active topology that has no problem; otherwise the
refusal lists what is missing (no active topology, or the active one's problems). Needs
`update_settings`; journaled as `settings.updated`.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models import AccountSettings, Topology
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, Message, ValidationError
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors
from engage_desktop.services.routing.topologies import config_problems

MANAGE = Permission.UPDATE_SETTINGS
WEEK_STARTS = ("monday", "sunday", "saturday")
LOCALES = ("en", "fr")
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Z]{2})?$")

NO_ACTIVE_TOPOLOGY = ErrorCode(
    "settings.routing_needs_topology",
    QT_TRANSLATE_NOOP(
        "Errors", "Routing mode needs an active topology: create one in Routing › Topologies and activate it."
    ),
)
TOPOLOGY_HAS_PROBLEMS = ErrorCode(
    "settings.routing_topology_problems",
    QT_TRANSLATE_NOOP("Errors", "The active topology “{name}” has problems to fix first: {problems}"),
)
CHOOSE_ONE_OF = ErrorCode("settings.choose_one_of", QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."))
BAD_LANGUAGES = ErrorCode(
    "settings.bad_languages",
    QT_TRANSLATE_NOOP("Errors", "“{value}” is not a language code such as fr, en or pt-BR."),
)
NUMBER_RANGE = ErrorCode(
    "settings.number_range", QT_TRANSLATE_NOOP("Errors", "Choose a whole number from {low} to {high}.")
)

RANGES = {
    "urgent_task_threshold": (1, 100),  # % of the SLA elapsed
    "intervention_closing_period": (0, 365),  # days
    "activity_presence_threshold": (1, 240),  # minutes
}


@dataclass(frozen=True)
class AccountForm:
    name: str = "Engage"
    locale: str = "en"
    timezone: str = "UTC"
    beginning_of_week: str = "monday"
    content_languages: tuple[str, ...] = field(default_factory=tuple)
    multi_lang: bool = False
    routing_mode: bool = False
    urgent_task_threshold: int = 80
    intervention_closing_period: int = 7
    identity_merge: bool = True
    reply_as_any_identity: bool = False
    spellchecking: bool = True
    activity_tracking: bool = False
    activity_presence_threshold: int = 5


@dataclass(frozen=True)
class AccountDetail:
    form: AccountForm
    version: int
    routing_problems: tuple[Message, ...]  # why Routing mode could not be switched on now


class AccountSettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get_account_settings(self) -> AccountDetail:
        with UnitOfWork(self.ctx) as uow:
            uow.require(MANAGE)
            account = _account(uow)
            return AccountDetail(
                _form_of(account), account.version, tuple(routing_mode_problems(uow.session))
            )

    def update_account_settings(self, form: AccountForm, *, version: int | None = None) -> AccountDetail:
        return run_operation(self.ctx, update_account_settings, form, version=version)


def update_account_settings(
    uow: UnitOfWork, form: AccountForm, *, version: int | None = None
) -> AccountDetail:
    uow.require(MANAGE)
    values = _valid(form)
    account = _account(uow)
    before = asdict(_form_of(account))
    uow.ensure_version(account, version, object_type="account_settings", theirs=before, mine=values)
    if values["routing_mode"] and not account.routing_mode:
        problems = routing_mode_problems(uow.session)
        if problems:
            raise ValidationError("routing_mode", problems[0])
    for key, value in values.items():
        setattr(account, key, list(value) if key == "content_languages" else value)
    changes = field_diff(before, asdict(_form_of(account)))
    if changes:
        uow.session.flush()
        uow.record(
            "settings.updated", object_type="account_settings", object_id=account.platform_id, changes=changes
        )
    return AccountDetail(_form_of(account), account.version, tuple(routing_mode_problems(uow.session)))


def routing_mode_problems(session: Session) -> list[Message]:
    """Empty when Routing mode may be switched on."""
    active = session.scalar(select(Topology).where(Topology.active.is_(True)).limit(1))
    if active is None:
        return [NO_ACTIVE_TOPOLOGY()]
    problems = config_problems(session, active.config or {})
    if problems:
        listed = [f"{p.where}: {p.message}" if p.where else str(p.message) for p in problems[:5]]
        return [TOPOLOGY_HAS_PROBLEMS(name=active.name, problems=listed)]
    return []


def _account(uow: UnitOfWork) -> AccountSettings:
    account = uow.session.scalar(select(AccountSettings).limit(1))
    if account is None:
        account = AccountSettings()
        uow.session.add(account)
        uow.session.flush()
    return account


def _valid(form: AccountForm) -> dict[str, Any]:
    errors = FieldErrors()
    values: dict[str, Any] = asdict(form)
    values["name"] = errors.required("name", form.name, QT_TRANSLATE_NOOP("Errors", "Account name"))
    values["timezone"] = errors.timezone("timezone", form.timezone if isinstance(form.timezone, str) else "")
    if form.locale not in LOCALES:
        errors.add("locale", CHOOSE_ONE_OF(choices=list(LOCALES)))
    if form.beginning_of_week not in WEEK_STARTS:
        errors.add("beginning_of_week", CHOOSE_ONE_OF(choices=list(WEEK_STARTS)))
    languages: list[str] = []
    for code in form.content_languages if isinstance(form.content_languages, list | tuple) else ():
        text = str(code).strip()
        if not text:
            continue
        if not LANGUAGE_CODE.match(text):
            errors.add("content_languages", BAD_LANGUAGES(value=text[:20]))
        languages.append(text)
    values["content_languages"] = tuple(dict.fromkeys(languages))
    for name, (low, high) in RANGES.items():
        value = values[name]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            errors.add(name, NUMBER_RANGE(low=low, high=high))
    for name in (
        "multi_lang",
        "routing_mode",
        "identity_merge",
        "reply_as_any_identity",
        "spellchecking",
        "activity_tracking",
    ):
        values[name] = bool(values[name])
    errors.raise_if_any()
    return values


def _form_of(account: AccountSettings) -> AccountForm:
    defaults = AccountForm()

    def pick(name: str) -> Any:
        value = getattr(account, name)
        return getattr(defaults, name) if value is None else value

    return AccountForm(
        name=pick("name"),
        locale=pick("locale"),
        timezone=pick("timezone"),
        beginning_of_week=pick("beginning_of_week"),
        content_languages=tuple(account.content_languages or ()),
        multi_lang=bool(pick("multi_lang")),
        routing_mode=bool(pick("routing_mode")),
        urgent_task_threshold=int(pick("urgent_task_threshold")),
        intervention_closing_period=int(pick("intervention_closing_period")),
        identity_merge=bool(pick("identity_merge")),
        reply_as_any_identity=bool(pick("reply_as_any_identity")),
        spellchecking=bool(pick("spellchecking")),
        activity_tracking=bool(pick("activity_tracking")),
        activity_presence_threshold=int(pick("activity_presence_threshold")),
    )
