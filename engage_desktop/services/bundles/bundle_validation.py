"""Every object a bundle import writes passes its section's own checks, as the console's forms do.

The import writes first (in its unit of work, not committed), then runs each section's
validation on every object it created or changed, against the configuration as it now stands:
a user may name a team the same bundle creates, a rule a category it adds, and a name clash
with another object is found by the very query the form runs. Any refusal rolls everything
back; each names the bundle file, the record's index and the field. The rules live in the
sections (their `_valid…`/`clean_…` functions); this module only builds their forms from
records and maps their field names back to the bundle's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, lazyload, load_only, selectinload

from engage_desktop.models import Base
from engage_desktop.services.access.guards import escalating_permissions
from engage_desktop.services.access.permissions import parse_permissions
from engage_desktop.services.agent_tools import email_templates, groups
from engage_desktop.services.agent_tools.entry_rules import (
    EntryForm,
    VersionForm,
    _clean_versions,
    clean_entry,
    remote_images_allowed,
)
from engage_desktop.services.bundles.bundle_format import BundleProblem
from engage_desktop.services.bundles.bundle_tables import ACCOUNT_SETTINGS, SECURITY_SETTINGS, TABLES
from engage_desktop.services.bundles.bundle_written import Written
from engage_desktop.services.channels import communities, sources
from engage_desktop.services.channels.source_fields import SourceForm
from engage_desktop.services.core.errors import DomainError, Message, ValidationError
from engage_desktop.services.core.reference_data import disabled_extensions
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.core.validation import FieldErrors
from engage_desktop.services.digital import custom_fields, folders, tags
from engage_desktop.services.routing import routing_channels, rules, topologies
from engage_desktop.services.routing.categories import CategoryForm, valid_form
from engage_desktop.services.settings import account, security, time_sheets
from engage_desktop.services.settings.business_hours import WEEKDAYS, Holiday
from engage_desktop.services.users import presence, roles, teams
from engage_desktop.services.users.capacity_rules import valid_capacity, valid_channels
from engage_desktop.services.users.editing import clean_form
from engage_desktop.services.users.records import UserForm

Resources = dict[str, list[dict[str, Any]]]


Check = Callable[[Written, dict[str, Any], Any], object]  # raises a DomainError; the result is unused


def _role(w: Written, r: dict[str, Any], row: Any) -> None:
    roles._valid_label(w.session, r["label"], row.id)
    wanted = {p.value for p in parse_permissions(r.get("permissions", []))}
    before = set(w.before["roles"].get(r["id"], {}).get("permissions", ()))
    held, off = w.uow.actor_permissions(), disabled_extensions(w.session)
    escalating = escalating_permissions(held, off, wanted - before)
    if escalating:
        raise ValidationError("permissions", roles.ROLE_ESCALATION(permissions=", ".join(escalating)))


def _user(w: Written, r: dict[str, Any], row: Any) -> None:
    form = UserForm(
        r.get("firstname", ""), r.get("lastname", ""), r["nickname"], r["email"],
        w.one("roles", r["role_id"]) or 0, r.get("locale", "en"), r.get("timezone", "UTC"),
        tuple(r.get("spoken_languages", ())), (),  # memberships come from teams.json, checked there
        w.many("categories", r.get("category_ids", ())),
        capacity_id=w.one("user_capacities", r.get("user_capacity_id")),
    )  # fmt: skip
    clean, errors = clean_form(w.session, form, row, w.user_lookups)
    errors.raise_if_any()
    earlier = w.before["users"].get(r["id"])
    if clean is not None and (earlier is None or w.one("roles", earlier["role_id"]) != clean.role.id):
        w.refuse_role_escalation(clean.role)


def _team(w: Written, r: dict[str, Any], row: Any) -> None:
    users = (w.many("users", r.get("user_ids", ())), w.many("users", r.get("leader_ids", ())))
    teams._valid(w.session, r["name"], *users, exclude_id=row.id)


def _time_sheet(w: Written, r: dict[str, Any], row: Any) -> None:
    holidays = []
    for item in r.get("holidays", []):
        try:
            holidays.append(Holiday(date.fromisoformat(item["date"]), str(item.get("name", ""))))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError("holidays", time_sheets.HOLIDAY_NAME_BAD(date=str(item)[:40])) from exc
    hours = {day: r.get(f"{day}_hours", "") for day in WEEKDAYS}
    form = time_sheets.TimeSheetForm(
        r["label"], r.get("timezone", "UTC"), hours, tuple(holidays), r.get("active", True)
    )
    time_sheets._valid(form)


def _channel(w: Written, r: dict[str, Any], row: Any) -> None:
    numbers = {name: r[name] for name, _label, _max in routing_channels.NUMBERS if name in r}
    categories = w.many("categories", r.get("auto_complete_category_ids", ()))
    form = routing_channels.RoutingChannelForm(
        r["name"], r.get("label", ""), auto_complete_category_ids=categories, **numbers
    )
    routing_channels._valid(w.session, form, row, True)


def _source(w: Written, r: dict[str, Any], row: Any) -> None:
    names = ("color", "sla_response", "sla_threshold", "sla_expired_strategy", "default_task_priority",
             "intervention_messages_boost", "transferred_tasks_boost", "default_content_language",
             "auto_detect_content_language", "hidden_from_stats", "content_archiving", "content_archiving_period")  # fmt: skip
    form = SourceForm(
        r["name"], w.one("communities", r.get("community_id")), w.one("channels", r.get("channel_id")),
        default_category_ids=w.many("categories", r.get("default_category_ids", ())),
        time_sheet_ids=w.many("time_sheets", r.get("time_sheet_ids", ())),
        content_languages=tuple(r.get("content_languages", ())), settings=dict(r.get("settings", {})),
        **{n: r[n] for n in names if n in r},
    )  # fmt: skip
    sources._validated(w.session, row, form, {name: "" for name in r.get("secrets", {})})


def _category(w: Written, r: dict[str, Any], row: Any) -> None:
    flags = {
        n: r[n] for n in ("color", "mandatory", "multiple", "unselectable", "post_qualification") if n in r
    }
    parent = w.one("categories", r.get("parent_id"))
    valid_form(w.session, CategoryForm(r["name"], parent, source_ids=w.many("content_sources", r.get("source_ids", ())), **flags), row)  # fmt: skip


def _capacity(w: Written, r: dict[str, Any], row: Any) -> None:
    limits = [{**c, "channel_id": w.one("channels", c.get("channel_id"))} for c in r.get("channels", [])]
    valid_capacity(w.session, r["name"], limits, (), row.id)


def _topology(w: Written, r: dict[str, Any], row: Any) -> None:
    topologies._valid_name(w.session, r["name"], row.id)
    config = r.get("config", {})
    topologies._parsed(config)
    if r.get("active"):  # the live strategy must stay valid
        topologies._refuse_invalid(w.session, config)


def _rule(w: Written, r: dict[str, Any], row: Any) -> None:
    rules._valid(w.session, rules.RuleForm(r["name"], rules.spec_of(row), r.get("active", True)), row.id)


def _folder(w: Written, r: dict[str, Any], row: Any) -> None:
    only = {kind: w.many(f"{kind}s", r.get(f"{kind}_restriction", {}).get("only", ())) for kind in ("role", "team", "user")}  # fmt: skip
    form = folders.FolderForm(
        r["label"], r.get("query", ""), w.one("folders", r.get("parent_id")), r.get("render_threads_count", True),
        only["role"], only["team"], only["user"],
    )  # fmt: skip
    folders._valid(w.session, form, row)


def _entry(w: Written, r: dict[str, Any], row: Any) -> None:
    form = EntryForm(
        r["label"], tuple(r.get("shortcuts", ())), w.one("reply_assistant_groups", r.get("entry_group_id")),
        w.many("categories", r.get("category_ids", ())), w.many("content_sources", r.get("source_ids", ())),
        r.get("foreign_id", ""),
    )  # fmt: skip
    clean_entry(w.session, form, row)


_VERSION_FIELDS = {"language_unknown": "language", "version_twice": "language", "format_unknown": "format",
                   "sources_gone": "source_ids"}  # fmt: skip


def _version(w: Written, r: dict[str, Any], row: Any) -> None:
    form = VersionForm(r.get("language", ""), r.get("format", "text"), r.get("body", ""),
                       w.many("content_sources", r.get("source_ids", ())))  # fmt: skip
    errors = FieldErrors()
    _clean_versions(w.session, errors, [form], None, remote_images_allowed(w.session))
    for message in errors.errors.values():  # "Version 1 (fr): <problem>": the problem names the field
        problem = message.params.get("problem") if isinstance(message, Message) else None
        code = problem.code.rsplit(".", 1)[-1] if isinstance(problem, Message) else ""
        raise ValidationError(_VERSION_FIELDS.get(code, "body"), problem or message)


def _template(w: Written, r: dict[str, Any], row: Any) -> None:
    texts = {n: r.get(n, "") for n in ("subject", "body_html", "body_text")}
    form = email_templates.TemplateForm(r["name"], **texts, source_ids=w.many("content_sources", r.get("source_ids", ())))  # fmt: skip
    email_templates._valid(w.session, form, row.id)


def _settings(w: Written, r: dict[str, Any], row: Any) -> None:
    def values(names: tuple[str, ...]) -> dict[str, Any]:
        return {n: tuple(v) if isinstance(v := r[n], list) else v for n in names if n in r}

    account._valid(account.AccountForm(**values(ACCOUNT_SETTINGS)))
    security._valid(security.SecurityForm(**values(SECURITY_SETTINGS)))


CHECKS: dict[str, Check] = {
    "roles": _role,
    "communities": lambda w, r, row: communities._valid(w.session, r["name"], r.get("type", ""), row.id),
    "time_sheets": _time_sheet,
    "channels": _channel,
    "content_sources": _source,
    "categories": _category,
    "user_capacities": _capacity,
    "users": _user,
    "teams": _team,
    "presence_status": lambda w, r, row: presence._valid(w.session, r["name"], r.get("maps_to", ""), row.id),
    "topologies": _topology,
    "rules": _rule,
    "tags": lambda w, r, row: tags._valid_name(w.session, r["name"], row.id),
    "custom_fields": lambda w, r, row: custom_fields._valid(
        w.session,
        custom_fields.CustomFieldForm(
            r["associated_type_name"], r["key"], r["label"], r["type"], tuple(r.get("choices", ()))
        ),
        row.id,
    ),
    "folders": _folder,
    "reply_assistant_groups": lambda w, r, row: groups._valid(w.session, groups.GroupForm(r["name"]), row.id),
    "reply_assistant_entries": _entry,
    "reply_assistant_versions": _version,
    "email_templates": _template,
    "settings": _settings,
}

# A form's field name -> the bundle's, where they differ.
FIELD_NAMES: dict[str, dict[str, str]] = {
    "users": {"capacity_id": "user_capacity_id"},
    "user_capacities": {"assign_user_ids": "channels"},
    "folders": {
        "role_ids": "role_restriction",
        "team_ids": "team_restriction",
        "user_ids": "user_restriction",
    },
    "reply_assistant_entries": {"group_id": "entry_group_id"},
    "time_sheets": {day: f"{day}_hours" for day in WEEKDAYS},
    "rules": {"rule": "actions"},
}
# Where a refusal that names no field is shown.
DEFAULT_FIELD = {"roles": "permissions", "topologies": "config", "rules": "conditions", "folders": "query",
                 "content_sources": "type", "settings": ""}  # fmt: skip


def _model_of(table: str) -> Any:
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table:
            return mapper.class_
    raise LookupError(table)


def check_before_writing(
    uow: UnitOfWork, resources: Resources, written: dict[str, set[str]], ids: dict[str, dict[str, int]]
) -> list[BundleProblem]:
    """The checks whose rules the database enforces too (a CHECK constraint, an enumerated
    column): written first, such a record would stop the import with a driver error that names
    no record. They need no reference the bundle itself creates."""
    problems: list[BundleProblem] = []

    def run(endpoint: str, check: Callable[[dict[str, Any]], object]) -> None:
        for index, record in enumerate(resources.get(endpoint, [])):
            if record["id"] in written.get(endpoint, set()):
                try:
                    check(record)
                except ValidationError as exc:
                    for name, message in exc.errors.items():
                        problems.append(
                            BundleProblem(f"{endpoint}.json", index, _field(endpoint, name, record), message)
                        )

    own = ids.get("presence_status", {})
    run(
        "presence_status",
        lambda r: presence._valid(uow.session, r["name"], r.get("maps_to", ""), own.get(r["id"])),
    )
    run("roles", lambda r: parse_permissions(r.get("permissions", [])))
    run("user_capacities", lambda r: _limits(uow.session, r))
    return problems


def _limits(session: Session, record: dict[str, Any]) -> None:
    """Each channel's limits (0 ≤ default ≤ max ≤ the ceiling); which channels exist is checked
    once they are written."""
    errors = FieldErrors()
    valid_channels(
        session, [{**c, "channel_id": n} for n, c in enumerate(record.get("channels", []), 1)], errors
    )
    errors.errors.pop("channels", None)
    errors.raise_if_any()


def check_records(w: Written, resources: Resources, written: dict[str, set[str]]) -> list[BundleProblem]:
    """Run each section's checks on the records the import wrote (`written`: platform ids)."""
    problems: list[BundleProblem] = []
    w.session.flush()
    w.session.expire_all()  # rows were written with plain statements: read them afresh
    for endpoint, check in CHECKS.items():
        wanted = written.get(endpoint, set())
        if not wanted:
            continue
        records = [(i, r) for i, r in enumerate(resources.get(endpoint, [])) if r["id"] in wanted]
        rows = _rows(w, endpoint, [r for _, r in records])
        for index, record in records:
            for where, message in _refusals(endpoint, check, w, record, rows.get(record["id"])):
                problems.append(BundleProblem(f"{endpoint}.json", index, where, message))
    return problems


def _loading(endpoint: str, model: Any) -> tuple[Any, ...]:
    """What a check reads of its row comes with the rows, not one query per record; a user's
    check reads only the row's id, so its other columns and its role are not loaded."""
    if endpoint == "reply_assistant_entries":
        return (selectinload(model.versions),)
    if endpoint == "users":
        return (load_only(model.id), lazyload(model.role))
    if endpoint == "teams":  # the check reads the members from the bundle, not the row
        return (lazyload(model.members),)
    return ()


def _rows(w: Written, endpoint: str, records: list[dict[str, Any]]) -> dict[str, Any]:
    if endpoint not in TABLES:
        return {}
    model, own = _model_of(TABLES[endpoint].table), w.ids[endpoint]
    query = select(model).options(*_loading(endpoint, model))
    found: dict[int, Any] = {}
    row_ids = [own[r["id"]] for r in records if r["id"] in own]
    for start in range(0, len(row_ids), 500):
        found.update(
            (row.id, row)
            for row in w.session.scalars(query.where(model.id.in_(row_ids[start : start + 500])))
        )
    return {r["id"]: found.get(own.get(r["id"], 0)) for r in records}


def _refusals(
    endpoint: str, check: Check, w: Written, record: dict[str, Any], row: Any
) -> list[tuple[str, Message]]:
    """(bundle field, message) of every problem the section finds in the record."""
    try:
        check(w, record, row)
    except ValidationError as exc:
        located = _located(exc)
        if located:
            return located
        return [(_field(endpoint, f, record), m) for f, m in exc.errors.items()]
    except DomainError as exc:
        return [(DEFAULT_FIELD.get(endpoint, ""), exc.message)]
    return []


def _field(endpoint: str, name: str, record: dict[str, Any]) -> str:
    """The bundle's name of a form field; a source's type-specific ones live in its `settings`."""
    name = FIELD_NAMES.get(endpoint, {}).get(name, name.split(".")[0])
    if endpoint == "content_sources" and name not in record:
        return f"secrets.{name}" if name in record.get("secrets", {}) else f"settings.{name}"
    return name


def _located(exc: ValidationError) -> list[tuple[str, Message]]:
    """Rule and topology problems say where inside the field (condition path, queue and step)."""
    found = []
    for problem in getattr(exc, "problems", ()):
        path = getattr(problem, "path", ())
        where = getattr(problem, "where", None)
        head = {"condition": "conditions", "action": "actions", "rule": "actions"}.get(where or "", "config")
        found.append((".".join([head, *(str(p) for p in path)]), problem.message))
    return found
