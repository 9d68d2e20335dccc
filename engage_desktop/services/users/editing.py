"""Checking a user form (every tab at once) and writing it onto a User, with the journal snapshot.

`clean_form` collects every problem into one ValidationError whose keys are UserForm's field names
(the editor shows each under its field, on its tab); `apply_form` then writes it all.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from engage_desktop.models import Category, Role, Team, TeamMember, User, UserCapacity, UserCapacityAssignment
from engage_desktop.models.channels import ContentSource, Identity
from engage_desktop.models.user_profile import UserCategory, UserSignature, UserSignatureSource
from engage_desktop.services.channels.source_fields import LANGUAGES
from engage_desktop.services.core.errors import ErrorCode
from engage_desktop.services.core.listing import fold
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.validation import FieldErrors, field_label
from engage_desktop.services.users.channel_permissions import (
    clean_identities,
    clean_permissions,
    identity_ids_of,
    identity_labels,
    permission_snapshot,
    permissions_of,
    replace_identities,
    replace_permissions,
)
from engage_desktop.services.users.form_lookups import FormLookups
from engage_desktop.services.users.records import SignatureForm, SourcePermissions, UserForm, is_id

MAX_SIGNATURE_LENGTH = 5000

NOT_A_LIST = ErrorCode("user.form.not_a_list", QT_TRANSLATE_NOOP("Errors", "{what} must be a list."))
SOME_GONE = ErrorCode(
    "user.form.some_gone",
    QT_TRANSLATE_NOOP("Errors", "Some of these {what} no longer exist; reload the editor."),
)
EMAIL_CONTROL_CHARACTERS = ErrorCode(
    "user.form.email_control_characters",
    QT_TRANSLATE_NOOP("Errors", "The e-mail address contains control characters."),
)
LOCALE_UNKNOWN = ErrorCode(
    "user.form.locale_unknown", QT_TRANSLATE_NOOP("Errors", "Choose a language from the list.")
)
LANGUAGES_NOT_A_LIST = ErrorCode(
    "user.form.languages_not_a_list",
    QT_TRANSLATE_NOOP("Errors", "Spoken languages must be a list of language codes."),
)
LANGUAGES_UNKNOWN = ErrorCode(
    "user.form.languages_unknown", QT_TRANSLATE_NOOP("Errors", "Unknown language code(s): {codes}.")
)
NICKNAME_TAKEN = ErrorCode(
    "user.form.nickname_taken", QT_TRANSLATE_NOOP("Errors", "The nickname “{nickname}” is taken.")
)
EMAIL_TAKEN = ErrorCode(
    "user.form.email_taken",
    QT_TRANSLATE_NOOP("Errors", "A user with the e-mail “{email}” already exists."),
)
CHOOSE_A_ROLE = ErrorCode("user.form.choose_a_role", QT_TRANSLATE_NOOP("Errors", "Choose a role."))
GROUPING_CATEGORIES = ErrorCode(
    "user.form.grouping_categories",
    QT_TRANSLATE_NOOP("Errors", "Grouping categories cannot be skills: {names}."),
)
CAPACITY_GONE = ErrorCode(
    "user.form.capacity_gone",
    QT_TRANSLATE_NOOP("Errors", "This agent capacity no longer exists; choose another."),
)
SIGNATURES_NOT_A_LIST = ErrorCode(
    "user.form.signatures_not_a_list", QT_TRANSLATE_NOOP("Errors", "Signatures must be a list.")
)
SIGNATURE_TOO_LONG = ErrorCode(
    "user.form.signature_too_long",
    QT_TRANSLATE_NOOP("Errors", "A signature is at most {max_length} characters long."),
)
SIGNATURE_NUL = ErrorCode(
    "user.form.signature_nul", QT_TRANSLATE_NOOP("Errors", "The signature contains a NUL character.")
)
SIGNATURE_LANGUAGE = ErrorCode(
    "user.form.signature_language",
    QT_TRANSLATE_NOOP("Errors", "Choose a language from the list, or none."),
)
SIGNATURE_GONE = ErrorCode(
    "user.form.signature_gone",
    QT_TRANSLATE_NOOP("Errors", "This signature no longer exists; reload the editor."),
)
SIGNATURE_PROBLEM = ErrorCode(
    "user.form.signature_problem", QT_TRANSLATE_NOOP("Errors", "Signature {number} ({name}): {problem}")
)
SIGNATURE_CHANNEL_GONE = ErrorCode(
    "user.form.signature_channel_gone",
    QT_TRANSLATE_NOOP("Errors", "A signature names a channel that no longer exists; reload the editor."),
)
# The lists a form holds, as messages name them.
TEAMS, CATEGORIES, CHANNELS = (
    QT_TRANSLATE_NOOP("Errors", "Teams"),
    QT_TRANSLATE_NOOP("Errors", "Categories"),
    QT_TRANSLATE_NOOP("Errors", "Channels"),
)
TEAMS_GONE, CATEGORIES_GONE = QT_TRANSLATE_NOOP("Errors", "teams"), QT_TRANSLATE_NOOP("Errors", "categories")
CHANNELS_GONE = QT_TRANSLATE_NOOP("Errors", "channels")


@dataclass
class CleanForm:
    firstname: str
    lastname: str
    nickname: str
    email: str
    role: Role
    locale: str
    timezone: str
    spoken_languages: list[str]
    teams: list[Team]
    categories: list[Category]
    permissions: list[SourcePermissions]
    identities: list[Identity]
    capacity: UserCapacity | None
    signatures: list[SignatureForm] = field(default_factory=list)


def _ids(errors: FieldErrors, name: str, value: object, what: str, what_gone: str) -> list[int]:
    if not isinstance(value, list | tuple):
        errors.add(name, NOT_A_LIST(what=field_label(what)))
        return []
    if not all(is_id(i) for i in value):
        errors.add(name, SOME_GONE(what=field_label(what_gone)))
    return list(dict.fromkeys(i for i in value if is_id(i)))


def _existing(
    lookups: FormLookups, errors: FieldErrors, name: str, model: Any, ids: list[int], what: str
) -> list[Any]:
    found = lookups.existing(model, ids)
    if len(found) != len(ids):
        errors.add(name, SOME_GONE(what=field_label(what)))
    by_id = {item.id: item for item in found}
    return [by_id[i] for i in ids if i in by_id]


def clean_text(errors: FieldErrors, name: str, value: object, label: str, max_length: int = 120) -> str:
    return errors.required(name, value if isinstance(value, str) else "", label, max_length)


def clean_email(errors: FieldErrors, value: object) -> str:
    email = errors.email("email", value if isinstance(value, str) else "")
    if "email" not in errors.errors and any(ord(ch) < 32 or ch == "\x7f" for ch in email):
        errors.add("email", EMAIL_CONTROL_CHARACTERS())
    return email


def clean_locale(errors: FieldErrors, value: object) -> str:
    if not isinstance(value, str) or value not in LANGUAGES:
        errors.add("locale", LOCALE_UNKNOWN())
        return "en"
    return value


def clean_languages(errors: FieldErrors, value: object) -> list[str]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        errors.add("spoken_languages", LANGUAGES_NOT_A_LIST())
        return []
    unknown = sorted({v for v in value if v not in LANGUAGES})
    if unknown:
        errors.add("spoken_languages", LANGUAGES_UNKNOWN(codes=", ".join(unknown)))
    return sorted(set(value) - set(unknown))


def key_too_long(value: str, limit: int) -> bool:
    """The folded key can outgrow the text ("ß" folds to "ss") and must fit its column too."""
    return len(fold(value)) > limit


def clean_form(
    session: Session, form: UserForm, user: User | None, lookups: FormLookups | None = None
) -> tuple[CleanForm | None, FieldErrors]:
    """Every check that needs no actor: the caller adds scope and escalation refusals.

    `lookups` answers the checks' questions to the database; a batch (a bundle import) passes
    a `PreloadedLookups` so that each record costs no query."""
    lookups = lookups or FormLookups(session)
    errors = FieldErrors()
    exclude = user.id if user is not None else None
    firstname = clean_text(errors, "firstname", form.firstname, QT_TRANSLATE_NOOP("Errors", "First name"))
    lastname = clean_text(errors, "lastname", form.lastname, QT_TRANSLATE_NOOP("Errors", "Last name"))
    nickname = clean_text(errors, "nickname", form.nickname, QT_TRANSLATE_NOOP("Errors", "Nickname"))
    email = clean_email(errors, form.email)
    timezone = form.timezone if isinstance(form.timezone, str) else ""
    errors.timezone("timezone", timezone)
    locale = clean_locale(errors, form.locale)
    languages = clean_languages(errors, form.spoken_languages)
    if "nickname" not in errors.errors and lookups.key_taken("nickname_key", fold(nickname), exclude):
        errors.add("nickname", NICKNAME_TAKEN(nickname=nickname))
    if "email" not in errors.errors and lookups.key_taken("email_key", fold(email), exclude):
        errors.add("email", EMAIL_TAKEN(email=email))
    role = None
    if is_id(form.role_id):
        role = lookups.role(form.role_id)
    if role is None:
        errors.add("role_id", CHOOSE_A_ROLE())
    team_ids = _ids(errors, "team_ids", form.team_ids, TEAMS, TEAMS_GONE)
    teams = _existing(lookups, errors, "team_ids", Team, team_ids, TEAMS_GONE)
    category_ids = _ids(errors, "category_ids", form.category_ids, CATEGORIES, CATEGORIES_GONE)
    categories = _existing(lookups, errors, "category_ids", Category, category_ids, CATEGORIES_GONE)
    grouping = sorted(c.name for c in categories if c.unselectable)
    if grouping:
        errors.add("category_ids", GROUPING_CATEGORIES(names=", ".join(grouping)))
    permissions = clean_permissions(session, errors, form.source_permissions) or []
    # Only a named identity asks whether the user holds it already.
    already = set(identity_ids_of(session, user.id)) if user is not None and form.identity_ids else set()
    identities = clean_identities(session, errors, form.identity_ids, already)
    capacity = None
    if form.capacity_id is not None:
        if is_id(form.capacity_id):
            capacity = lookups.capacity(form.capacity_id)
        if capacity is None:
            errors.add("capacity_id", CAPACITY_GONE())
    signatures = clean_signatures(session, errors, form.signatures, user)
    if errors.errors or role is None:
        return None, errors
    return (
        CleanForm(
            firstname,
            lastname,
            nickname,
            email,
            role,
            locale,
            timezone,
            languages,
            teams,
            categories,
            permissions,
            identities,
            capacity,
            signatures,
        ),
        errors,
    )


def clean_signatures(
    session: Session, errors: FieldErrors, wanted: object, user: User | None
) -> list[SignatureForm]:
    if not isinstance(wanted, list | tuple) or not all(isinstance(s, SignatureForm) for s in wanted):
        errors.add("signatures", SIGNATURES_NOT_A_LIST())
        return []
    own = (
        set(session.scalars(select(UserSignature.id).where(UserSignature.user_id == user.id)))
        if user and any(s.id is not None for s in wanted)
        else set()
    )
    source_ids: set[int] = set()
    result = []
    for number, signature in enumerate(wanted, start=1):
        local = FieldErrors()
        name = clean_text(local, "name", signature.name, QT_TRANSLATE_NOOP("Errors", "Signature name"))
        body = signature.body if isinstance(signature.body, str) else ""
        if len(body) > MAX_SIGNATURE_LENGTH:
            local.add("body", SIGNATURE_TOO_LONG(max_length=MAX_SIGNATURE_LENGTH))
        if "\x00" in body:
            local.add("body", SIGNATURE_NUL())
        language = signature.language if isinstance(signature.language, str) else None
        if language is None or (language and language not in LANGUAGES):
            local.add("language", SIGNATURE_LANGUAGE())
        ids = _ids(local, "sources", signature.source_ids, CHANNELS, CHANNELS_GONE)
        if signature.id is not None and (not is_id(signature.id) or signature.id not in own):
            local.add("name", SIGNATURE_GONE())
        for message in local.errors.values():
            errors.add("signatures", SIGNATURE_PROBLEM(number=number, name=name or "?", problem=message))
        source_ids.update(ids)
        result.append(SignatureForm(name, body, language or "", tuple(sorted(ids)), signature.id))
    if source_ids:
        known = set(session.scalars(select(ContentSource.id).where(ContentSource.id.in_(sorted(source_ids)))))
        if known != source_ids:
            errors.add("signatures", SIGNATURE_CHANNEL_GONE())
    return result


# ---- writing ---------------------------------------------------------------------------------
def apply_form(session: Session, user: User, clean: CleanForm) -> None:
    """Write every field; team memberships keep their leader flag; the user must be flushed."""
    user.firstname, user.lastname = clean.firstname, clean.lastname
    user.nickname, user.nickname_key = clean.nickname, fold(clean.nickname)
    user.email, user.email_key = clean.email, fold(clean.email)
    user.role_id = clean.role.id
    user.locale, user.timezone = clean.locale, clean.timezone
    user.spoken_languages = list(clean.spoken_languages)
    set_teams(user, [t.id for t in clean.teams])
    set_categories(session, user.id, [c.id for c in clean.categories])
    replace_permissions(session, user.id, clean.permissions)
    replace_identities(session, user.id, [i.id for i in clean.identities])
    set_capacity(session, user.id, clean.capacity.id if clean.capacity else None)
    set_signatures(session, user.id, clean.signatures)


def set_teams(user: User, team_ids: list[int]) -> None:
    wanted = set(team_ids)
    kept = [m for m in user.memberships if m.team_id in wanted]
    have = {m.team_id for m in kept}
    user.memberships = kept + [TeamMember(team_id=t, user_id=user.id) for t in team_ids if t not in have]


def category_ids_of(session: Session, user_id: int) -> list[int]:
    return list(
        session.scalars(
            select(UserCategory.category_id)
            .where(UserCategory.user_id == user_id)
            .order_by(UserCategory.category_id)
        )
    )


def set_categories(session: Session, user_id: int, category_ids: list[int]) -> None:
    current, wanted = set(category_ids_of(session, user_id)), set(category_ids)
    if current - wanted:
        session.execute(
            delete(UserCategory).where(
                UserCategory.user_id == user_id, UserCategory.category_id.in_(sorted(current - wanted))
            )
        )
    session.add_all(UserCategory(user_id=user_id, category_id=c) for c in sorted(wanted - current))


def capacity_id_of(session: Session, user_id: int) -> int | None:
    return session.scalar(
        select(UserCapacityAssignment.capacity_id).where(UserCapacityAssignment.user_id == user_id)
    )


def set_capacity(session: Session, user_id: int, capacity_id: int | None) -> None:
    assignment = session.get(UserCapacityAssignment, user_id)
    if capacity_id is None:
        if assignment is not None:
            session.delete(assignment)
    elif assignment is None:
        session.add(UserCapacityAssignment(user_id=user_id, capacity_id=capacity_id))
    else:
        assignment.capacity_id = capacity_id


def signatures_of(session: Session, user_id: int) -> list[UserSignature]:
    return list(
        session.scalars(
            select(UserSignature)
            .where(UserSignature.user_id == user_id)
            .order_by(UserSignature.position, UserSignature.id)
        )
    )


def set_signatures(session: Session, user_id: int, wanted: list[SignatureForm]) -> None:
    current = {s.id: s for s in signatures_of(session, user_id)}
    keep = {s.id for s in wanted if s.id is not None}
    for signature_id, signature in current.items():
        if signature_id not in keep:
            session.delete(signature)
    for position, form in enumerate(wanted):
        row = current.get(form.id) if form.id is not None else None
        if row is None:
            row = UserSignature(user_id=user_id)
            session.add(row)
        row.name, row.body, row.language, row.position = form.name, form.body, form.language, position
        if sorted(row.source_ids) != sorted(form.source_ids):
            row.source_links = [UserSignatureSource(source_id=s) for s in form.source_ids]


# ---- the journal -----------------------------------------------------------------------------
def snapshot(session: Session, user: User) -> dict[str, Any]:
    """What field_diff compares before and after a change (categories are journaled apart)."""
    session.flush()
    capacity_id = capacity_id_of(session, user.id)
    capacity = session.get(UserCapacity, capacity_id) if capacity_id is not None else None
    teams = session.scalars(
        select(Team.name).join(TeamMember, TeamMember.team_id == Team.id).where(TeamMember.user_id == user.id)
    )
    role = session.get(Role, user.role_id)
    values: dict[str, Any] = {
        "firstname": user.firstname,
        "lastname": user.lastname,
        "nickname": user.nickname,
        "email": user.email,
        "locale": user.locale,
        "timezone": user.timezone,
        "spoken_languages": frozenset(user.spoken_languages or ()),
        "role": role.label if role is not None else None,
        "enabled": user.enabled,
        "teams": frozenset(teams),
        "identities": identity_labels(session, identity_ids_of(session, user.id)),
        "capacity": capacity.name if capacity else None,
    }
    values.update(permission_snapshot(session, permissions_of(session, user.id)))
    for signature in signatures_of(session, user.id):
        values[f"signature.{signature.name}"] = {
            "language": signature.language,
            "sources": signature.source_ids,
            "body": signature.body,
        }
    return values


def comparable_of_user(session: Session, user: User) -> dict[str, Any]:
    """The saved values a stale edit is compared with, as the conflict dialog shows them."""
    capacity_id = capacity_id_of(session, user.id)
    capacity = session.get(UserCapacity, capacity_id) if capacity_id is not None else None
    role = session.get(Role, user.role_id)
    return _comparable(
        session,
        [user.firstname, user.lastname, user.nickname, user.email, role.label if role else None],
        [user.locale, user.timezone, frozenset(user.spoken_languages or ())],
        frozenset(m.team.name for m in user.memberships),
        category_ids_of(session, user.id),
        permissions_of(session, user.id),
        identity_ids_of(session, user.id),
        capacity.name if capacity else None,
        [
            SignatureForm(s.name, s.body, s.language, tuple(sorted(s.source_ids)))
            for s in signatures_of(session, user.id)
        ],
    )


def comparable_of_form(session: Session, clean: CleanForm) -> dict[str, Any]:
    """The submitted values, in the same terms as `comparable_of_user`."""
    return _comparable(
        session,
        [clean.firstname, clean.lastname, clean.nickname, clean.email, clean.role.label],
        [clean.locale, clean.timezone, frozenset(clean.spoken_languages)],
        frozenset(t.name for t in clean.teams),
        [c.id for c in clean.categories],
        clean.permissions,
        [i.id for i in clean.identities],
        clean.capacity.name if clean.capacity else None,
        [replace(s, id=None, source_ids=tuple(sorted(s.source_ids))) for s in clean.signatures],
    )


def _comparable(
    session: Session,
    identity: list[Any],
    language: list[Any],
    teams: frozenset[str],
    category_ids: list[int],
    permissions: list[SourcePermissions],
    identity_ids: list[int],
    capacity: str | None,
    signatures: list[SignatureForm],
) -> dict[str, Any]:
    names = ("firstname", "lastname", "nickname", "email", "role", "locale", "timezone", "spoken_languages")
    values: dict[str, Any] = dict(zip(names, identity + language, strict=True))
    values["teams"] = teams
    values["categories"] = frozenset(category_names(session, category_ids).values())
    values["source_permissions"] = frozenset(
        f"{name.removeprefix('permissions.')}: {summary}"
        for name, summary in permission_snapshot(session, permissions).items()
    )
    values["identities"] = identity_labels(session, identity_ids)
    values["capacity"] = capacity
    values["signatures"] = tuple(
        f"{s.name} ({s.language or '—'}): {s.body}" + (f" [{len(s.source_ids)}]" if s.source_ids else "")
        for s in signatures
    )
    return values


def category_names(session: Session, category_ids: list[int]) -> dict[int, str]:
    if not category_ids:
        return {}
    return dict(
        session.execute(select(Category.id, Category.name).where(Category.id.in_(category_ids))).all()
    )
