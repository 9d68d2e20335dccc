"""Importing users from CSV (layout in csv_format.py): a preview that checks every row (line and
column of each problem), then the import of the good rows — or of all rows only if all are good.

The import runs in ONE transaction, committed only after the last row: a cancel, a crash or a
refusal leaves nothing behind. Rows are re-checked inside that transaction (the database may have
changed since the preview). Imported users have no password yet: their invitation is pending.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select

from engage_desktop.models import Role, Team, TeamMember, User, new_platform_id, utcnow
from engage_desktop.models.users import user_search_key
from engage_desktop.services.access.guards import escalating_permissions
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.access.scope import UserScope
from engage_desktop.services.channels.source_fields import LANGUAGES
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import DomainError, ErrorCode, ValidationError
from engage_desktop.services.core.listing import fold
from engage_desktop.services.core.reference_data import disabled_extensions
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP, QCoreApplication
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.core.validation import FieldErrors
from engage_desktop.services.users.choices import timezone_names
from engage_desktop.services.users.csv_format import (
    TEAM_SEPARATOR,
    CsvIssue,
    CsvTable,
    parse_enabled,
    read_table,
)
from engage_desktop.services.users.editing import key_too_long
from engage_desktop.services.users.service import creation_scope

CHUNK = 250
FIELD_COLUMN = {"firstname": "firstname", "lastname": "lastname", "nickname": "nickname", "email": "email"}

ShouldStop = Callable[[], bool]
Report = Callable[[int, int], None]

IMPORT_CANCELLED = ErrorCode(
    "csv.import_cancelled", QT_TRANSLATE_NOOP("Errors", "The import was cancelled; no user was created.")
)
EMAIL_CONTROL_CHARACTERS = ErrorCode(
    "csv.email_control_characters",
    QT_TRANSLATE_NOOP("Errors", "The e-mail address contains control characters."),
)
NICKNAME_TOO_LONG = ErrorCode("csv.nickname_too_long", QT_TRANSLATE_NOOP("Errors", "Nickname is too long."))
EMAIL_TOO_LONG = ErrorCode("csv.email_too_long", QT_TRANSLATE_NOOP("Errors", "Email is too long."))
UNKNOWN_TIMEZONE = ErrorCode(
    "csv.unknown_timezone",
    QT_TRANSLATE_NOOP("Errors", "“{value}” is not a known time zone (e.g. Europe/Paris)."),
)
ENABLED_WORD = ErrorCode(
    "csv.enabled_word", QT_TRANSLATE_NOOP("Errors", "Write 1 or 0, true or false, yes or no.")
)
ALREADY_USED = ErrorCode(
    "csv.already_used", QT_TRANSLATE_NOOP("Errors", "“{value}” is already used by an existing user.")
)
ALSO_ON_LINE = ErrorCode("csv.also_on_line", QT_TRANSLATE_NOOP("Errors", "“{value}” is also on line {line}."))
ROLE_REQUIRED = ErrorCode("csv.role_required", QT_TRANSLATE_NOOP("Errors", "The role is required."))
UNKNOWN_ROLE = ErrorCode("csv.unknown_role", QT_TRANSLATE_NOOP("Errors", "Unknown role “{role}”."))
ROLE_NOT_GRANTABLE = ErrorCode(
    "csv.role_not_grantable",
    QT_TRANSLATE_NOOP("Errors", "You cannot give the role “{role}”: it holds permissions your role lacks."),
)
UNKNOWN_TEAM = ErrorCode("csv.unknown_team", QT_TRANSLATE_NOOP("Errors", "Unknown team “{team}”."))
TEAM_NOT_LED = ErrorCode(
    "csv.team_not_led", QT_TRANSLATE_NOOP("Errors", "You do not lead the team “{team}”.")
)
NEEDS_A_LED_TEAM = ErrorCode(
    "csv.needs_a_led_team", QT_TRANSLATE_NOOP("Errors", "Add the user to one of the teams you lead.")
)
UNKNOWN_LANGUAGE = ErrorCode(
    "csv.unknown_language", QT_TRANSLATE_NOOP("Errors", "Unknown language “{value}” (e.g. en, fr, de).")
)
ALL_OR_NOTHING_REFUSED = ErrorCode(
    "csv.all_or_nothing_refused",
    QCoreApplication.translate(
        "Errors",
        "%n line(s) have problems and the import is all-or-nothing; nothing was imported. "
        "Line {line}: {problem}",
        None,
        0,
    ),
    plural="count",
)
AT_LINE = ErrorCode("csv.at_line", QT_TRANSLATE_NOOP("Errors", "Line {line}: {problem}"))


class ImportCancelled(DomainError):
    def __init__(self) -> None:
        super().__init__(IMPORT_CANCELLED())


@dataclass(frozen=True)
class ImportRow:
    line: int
    values: dict[str, str]
    issues: tuple[CsvIssue, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.issues


@dataclass(frozen=True)
class ImportPreview:
    filename: str
    delimiter: str
    columns: tuple[str, ...]
    rows: tuple[ImportRow, ...]
    file_issues: tuple[CsvIssue, ...] = ()

    @property
    def good_count(self) -> int:
        return sum(1 for row in self.rows if row.ok)

    @property
    def bad_count(self) -> int:
        return len(self.rows) - self.good_count

    def issues(self) -> list[CsvIssue]:
        return [*self.file_issues, *(issue for row in self.rows for issue in row.issues)]


@dataclass(frozen=True)
class ImportResult:
    created: int
    skipped_lines: tuple[int, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class _Ready:
    """A row that passed every check, with the values to write."""

    line: int
    firstname: str
    lastname: str
    nickname: str
    email: str
    role: Role
    team_ids: tuple[int, ...]
    locale: str
    timezone: str
    enabled: bool


class _RowChecker:
    """What every row is checked against, read once per preview or import."""

    def __init__(self, uow: UnitOfWork, scope: UserScope) -> None:
        session = uow.session
        held, off = uow.actor_permissions(), disabled_extensions(session)
        self.scope = scope
        self.roles = {r.label_key: r for r in session.scalars(select(Role))}
        self.grantable = {
            key: not escalating_permissions(held, off, r.permission_names) for key, r in self.roles.items()
        }
        self.teams = {t.name_key: (t.id, t.name) for t in session.scalars(select(Team))}
        self.taken_nicknames = set(session.scalars(select(User.nickname_key)))
        self.taken_emails = set(session.scalars(select(User.email_key)))
        self.zones = set(timezone_names())
        self.seen_nicknames: dict[str, int] = {}
        self.seen_emails: dict[str, int] = {}

    def check(self, line: int, values: dict[str, str]) -> tuple[_Ready | None, tuple[CsvIssue, ...]]:
        if "__empty__" in values:
            return None, (CsvIssue(line, "", values["__empty__"]),)
        errors = FieldErrors()
        issues: list[CsvIssue] = []
        if "__extra__" in values:
            issues.append(CsvIssue(line, "", values["__extra__"]))
        names = {k: errors.required(k, values.get(k, ""), label) for k, label in _LABELS.items()}
        email = errors.email("email", values.get("email", ""))
        if "email" not in errors.errors and any(ord(ch) < 32 for ch in email):
            errors.add("email", EMAIL_CONTROL_CHARACTERS())
        for name, value, limit, too_long in (
            ("nickname", names["nickname"], 120, NICKNAME_TOO_LONG),
            ("email", email, 254, EMAIL_TOO_LONG),
        ):
            if name not in errors.errors and key_too_long(value, limit):
                errors.add(name, too_long())
        issues += [CsvIssue(line, FIELD_COLUMN[k], message) for k, message in errors.errors.items()]
        self._duplicates(line, "nickname", names["nickname"], errors, issues)
        self._duplicates(line, "email", email, errors, issues)
        role = self._role(line, values.get("role", ""), issues)
        team_ids = self._teams(line, values.get("teams", ""), issues)
        locale = self._locale(line, values.get("locale", ""), issues)
        timezone = values.get("timezone", "").strip() or "UTC"
        if timezone not in self.zones:
            issues.append(CsvIssue(line, "timezone", UNKNOWN_TIMEZONE(value=timezone)))
        enabled = parse_enabled(values.get("enabled", ""))
        if enabled is None:
            issues.append(CsvIssue(line, "enabled", ENABLED_WORD()))
        if issues or role is None or enabled is None:
            return None, tuple(issues)
        return (
            _Ready(
                line,
                names["firstname"],
                names["lastname"],
                names["nickname"],
                email,
                role,
                team_ids,
                locale,
                timezone,
                enabled,
            ),
            (),
        )

    def _duplicates(
        self, line: int, column: str, value: str, errors: FieldErrors, issues: list[CsvIssue]
    ) -> None:
        if column in errors.errors or not value:
            return
        key = fold(value)
        taken, seen = (
            (self.taken_nicknames, self.seen_nicknames)
            if column == "nickname"
            else (self.taken_emails, self.seen_emails)
        )
        if key in taken:
            issues.append(CsvIssue(line, column, ALREADY_USED(value=value)))
        elif key in seen:
            issues.append(CsvIssue(line, column, ALSO_ON_LINE(value=value, line=seen[key])))
        else:
            seen[key] = line

    def _role(self, line: int, label: str, issues: list[CsvIssue]) -> Role | None:
        key = fold(label)
        role = self.roles.get(key)
        if not key:
            issues.append(CsvIssue(line, "role", ROLE_REQUIRED()))
        elif role is None:
            issues.append(CsvIssue(line, "role", UNKNOWN_ROLE(role=label)))
        elif not self.grantable[key]:
            issues.append(CsvIssue(line, "role", ROLE_NOT_GRANTABLE(role=role.label)))
        else:
            return role
        return None

    def _teams(self, line: int, text: str, issues: list[CsvIssue]) -> tuple[int, ...]:
        ids: list[int] = []
        wanted = self._team_names(text)
        for name in wanted:
            found = self.teams.get(fold(name))
            if found is None:
                issues.append(CsvIssue(line, "teams", UNKNOWN_TEAM(team=name)))
            elif not self.scope.may_change_team(found[0]):
                issues.append(CsvIssue(line, "teams", TEAM_NOT_LED(team=found[1])))
            elif found[0] not in ids:
                ids.append(found[0])
        if self.scope.limited and not any(self.scope.may_change_team(t) for t in ids):
            issues.append(CsvIssue(line, "teams", NEEDS_A_LED_TEAM()))
        return tuple(ids)

    def _team_names(self, text: str) -> list[str]:
        """`|` (the export's), `;` or `,` between teams; a team whose name holds one is kept whole."""
        if fold(text) in self.teams:
            return [text.strip()]
        names: list[str] = []
        for piece in (p.strip() for p in text.split(TEAM_SEPARATOR)):
            if fold(piece) in self.teams:
                names.append(piece)
            else:
                names += [name.strip() for name in re.split(r"[;,]", piece) if name.strip()]
        return names

    def _locale(self, line: int, text: str, issues: list[CsvIssue]) -> str:
        code = text.strip().replace("-", "_").split("_")[0].lower() or "en"
        if code not in LANGUAGES:
            issues.append(CsvIssue(line, "locale", UNKNOWN_LANGUAGE(value=text.strip())))
        return code


_LABELS = {
    "firstname": QT_TRANSLATE_NOOP("Errors", "First name"),
    "lastname": QT_TRANSLATE_NOOP("Errors", "Last name"),
    "nickname": QT_TRANSLATE_NOOP("Errors", "Nickname"),
}


class UserImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def preview(
        self,
        data: bytes,
        filename: str = "",
        should_stop: ShouldStop = lambda: False,
        report: Report | None = None,
    ) -> ImportPreview:
        """Reads nothing but the file and the reference data; writes nothing."""
        table = read_table(data)
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.CREATE_USER)
            checker = _RowChecker(uow, creation_scope(uow))
            rows = []
            for n, (line, values) in enumerate(table.records, start=1):
                _ready, issues = checker.check(line, values)
                rows.append(ImportRow(line, values, issues))
                if n % CHUNK == 0:
                    if should_stop():
                        raise ImportCancelled()
                    if report:
                        report(n, len(table.records))
        return ImportPreview(filename, table.delimiter, table.columns, tuple(rows), table.issues)

    def run(
        self,
        data: bytes,
        *,
        all_or_nothing: bool,
        filename: str = "",
        should_stop: ShouldStop = lambda: False,
        report: Report = lambda _done, _total: None,
    ) -> ImportResult:
        """Create the good rows (all rows when `all_or_nothing`), committed once at the very end."""
        table = read_table(data)
        _refuse_unreadable(table)
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.CREATE_USER)
            checker = _RowChecker(uow, creation_scope(uow))
            checked = [(line, *checker.check(line, values)) for line, values in table.records]
            bad = [(line, issues) for line, ready, issues in checked if ready is None]
            if all_or_nothing and bad:
                first_line, first_issues = bad[0]
                raise ValidationError(
                    "file",
                    ALL_OR_NOTHING_REFUSED(count=len(bad), line=first_line, problem=first_issues[0].message),
                )
            ready_rows = [ready for _line, ready, _issues in checked if ready is not None]
            team_names = dict(checker.teams.values())
            for start in range(0, len(ready_rows), CHUNK):
                if should_stop():
                    raise ImportCancelled()
                self._create(uow, ready_rows[start : start + CHUNK], filename, team_names)
                report(min(start + CHUNK, len(ready_rows)), len(ready_rows))
            if should_stop():
                raise ImportCancelled()
            uow.commit()
            return ImportResult(len(ready_rows), tuple(line for line, _issues in bad))

    def _create(
        self, uow: UnitOfWork, rows: Iterable[_Ready], filename: str, team_names: dict[int, str]
    ) -> None:
        """One multi-row insert of the users, one of their memberships (no ORM objects: a
        10,000-row import would otherwise keep them all in the session)."""
        session, now = uow.session, utcnow()
        made = [(new_platform_id(), row) for row in rows]
        users = [{"platform_id": platform_id, "created_at": now, "updated_at": now, "version": 1,
                  "firstname": row.firstname, "lastname": row.lastname, "nickname": row.nickname,
                  "nickname_key": fold(row.nickname), "email": row.email, "email_key": fold(row.email),
                  "role_id": row.role.id, "enabled": row.enabled, "invitation_pending": True, "invited_at": now,
                  "locale": row.locale, "timezone": row.timezone,
                  "search_key": user_search_key(row.firstname, row.lastname, row.nickname, row.email)}
                 for platform_id, row in made]  # fmt: skip
        session.execute(insert(User), users)
        ids = dict(
            session.execute(
                select(User.platform_id, User.id).where(User.platform_id.in_([p for p, _row in made]))
            ).all()
        )
        members = [{"team_id": t, "user_id": ids[p]} for p, row in made for t in row.team_ids]
        if members:
            session.execute(insert(TeamMember), members)
        for platform_id, row in made:
            values: dict[str, Any] = {
                "firstname": row.firstname,
                "lastname": row.lastname,
                "nickname": row.nickname,
                "email": row.email,
                "role": row.role.label,
                "locale": row.locale,
                "timezone": row.timezone,
                "enabled": row.enabled,
            }
            changes: dict[str, Any] = {k: {"from": None, "to": v} for k, v in values.items()}
            if row.team_ids:
                changes["teams"] = {"added": sorted(team_names[t] for t in row.team_ids), "removed": []}
            uow.record(
                "user.created",
                object_type="user",
                object_id=platform_id,
                changes=changes,
                details={"import": filename, "line": row.line},
            )


def _refuse_unreadable(table: CsvTable) -> None:
    if table.issues:
        first = table.issues[0]
        raise ValidationError("file", AT_LINE(line=first.line, problem=first.message))
