"""Users: the list (fast at 100k rows), the editor's detail, create / invite / edit / enable /
disable / delete — with the escalation and lock-out guards and the team-leader scope.

The rules live beside this service: who sees whom (access/scope.py), what a form may hold
(user_editing.py), channel permissions and identities (user_permissions.py), deletion and "handled
work" (user_lifecycle.py), bulk actions (user_bulk.py), CSV import/export (user_import.py,
user_csv.py).
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models import Role, Team, User, utcnow
from engage_desktop.services.access.guards import ensure_account_can_be_administered
from engage_desktop.services.access.passwords import check_policy, hash_password
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.access.scope import (
    UserScope,
    load_editable,
    load_visible,
    refuse_team_changes,
    user_scope,
)
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import Conflict, ErrorCode
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery, fold
from engage_desktop.services.core.reference_data import security_policy
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.users import account_changes
from engage_desktop.services.users.channel_permissions import identity_ids_of, permissions_of, reply_problems
from engage_desktop.services.users.editing import (
    apply_form,
    capacity_id_of,
    category_ids_of,
    clean_form,
    comparable_of_form,
    comparable_of_user,
    signatures_of,
    snapshot,
)
from engage_desktop.services.users.lifecycle import (
    UserHasHandledWork,
    deletion_check,
    has_handled_work,
    record_categories,
    refuse_role_escalation,
)
from engage_desktop.services.users.lifecycle import delete_user as destroy_user
from engage_desktop.services.users.listing import SORTABLE, count_rows, list_rows, row_of
from engage_desktop.services.users.records import (
    DeletionCheck,
    NewUser,
    SignatureForm,
    UserDetail,
    UserForm,
    UserRow,
)

__all__ = ["SORTABLE", "NewUser", "UserDetail", "UserForm", "UserHasHandledWork", "UserRow", "UserService"]

ADD_TO_A_LED_TEAM = ErrorCode(
    "user.add_to_a_led_team",
    QT_TRANSLATE_NOOP("Errors", "Add the user to one of the teams you lead, or you could not see them."),
)
INVITATION_ACCEPTED = ErrorCode(
    "user.invitation_accepted",
    QT_TRANSLATE_NOOP("Errors", "{name} has already accepted their invitation."),
)


class UserService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- reading -------------------------------------------------------------------------------
    def count_users(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            return count_rows(uow.session, query, user_scope(uow))

    def list_users(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[UserRow]:
        with UnitOfWork(self.ctx) as uow:
            return list_rows(uow.session, query, user_scope(uow), offset, limit)

    def get_user(self, user_id: int) -> UserDetail:
        with UnitOfWork(self.ctx) as uow:
            scope = user_scope(uow)
            return self._detail(uow.session, load_visible(uow, scope, user_id), scope)

    def team_names(self) -> list[tuple[int, str]]:
        """For the list's team filter: a team leader (limited scope) filters by the teams they lead."""
        with UnitOfWork(self.ctx) as uow:
            scope = user_scope(uow)
            stmt = select(Team).order_by(Team.name_key)
            if scope.limited:
                stmt = stmt.where(Team.id.in_(sorted(scope.led_team_ids or ())))
            return [(t.id, t.name) for t in uow.session.scalars(stmt)]

    def role_names(self) -> list[tuple[int, str]]:
        with UnitOfWork(self.ctx) as uow:
            user_scope(uow)
            return [(r.id, r.label) for r in uow.session.scalars(select(Role).order_by(Role.label_key))]

    def _detail(self, session: Session, user: User, scope: UserScope) -> UserDetail:
        session.flush()
        team_ids = sorted(m.team_id for m in user.memberships)
        form = UserForm(
            user.firstname,
            user.lastname,
            user.nickname,
            user.email,
            user.role_id,
            locale=user.locale,
            timezone=user.timezone,
            spoken_languages=tuple(user.spoken_languages or ()),
            team_ids=tuple(team_ids),
            category_ids=tuple(category_ids_of(session, user.id)),
            source_permissions=tuple(permissions_of(session, user.id)),
            identity_ids=tuple(identity_ids_of(session, user.id)),
            capacity_id=capacity_id_of(session, user.id),
            signatures=tuple(
                SignatureForm(s.name, s.body, s.language, tuple(s.source_ids), s.id)
                for s in signatures_of(session, user.id)
            ),
        )
        role = session.get(Role, user.role_id)
        return UserDetail(
            id=user.id,
            platform_id=user.platform_id,
            form=form,
            role_label=role.label if role else "",
            enabled=user.enabled,
            invitation_pending=user.invitation_pending,
            invited_at=user.invited_at,
            last_sign_in_at=user.last_sign_in_at,
            created_at=user.created_at,
            has_handled_work=has_handled_work(session, user),
            problems=reply_problems(session, [user.id]).get(user.id, ()),
            locked_team_ids=frozenset(t for t in team_ids if not scope.may_change_team(t)),
            leader_team_ids=frozenset(m.team_id for m in user.memberships if m.is_leader),
            version=user.version,
        )

    # ---- changing: thin entry points, one unit of work each --------------------------------------
    def create_user(self, new: NewUser | UserForm) -> UserRow:
        """With a password (checked against the security policy) or without (cannot sign in yet)."""
        return run_operation(self.ctx, create_user, new.as_form() if isinstance(new, NewUser) else new)

    def invite_user(self, form: UserForm) -> UserRow:
        """The user is sent an invitation to choose a password; until then it is pending."""
        return run_operation(self.ctx, invite_user, form)

    def resend_invitation(self, user_id: int) -> UserRow:
        return run_operation(self.ctx, resend_invitation, user_id)

    def update_user(self, user_id: int, form: UserForm, *, version: int | None = None) -> UserRow:
        """Every tab of the editor in one transaction; `version` is the one the editor loaded."""
        return run_operation(self.ctx, update_user, user_id, form, version=version)

    def change_role(self, user_id: int, role_id: int) -> None:
        run_operation(self.ctx, account_changes.change_role, user_id, role_id)

    def set_enabled(self, user_id: int, enabled: bool) -> None:
        run_operation(self.ctx, account_changes.set_enabled, user_id, enabled)

    def deletion_check(self, user_id: int) -> DeletionCheck:
        """Asked before the confirmation, so the view offers to disable when deleting is refused."""
        with UnitOfWork(self.ctx) as uow:
            scope = user_scope(uow)
            return deletion_check(uow.session, scope, load_visible(uow, scope, user_id))

    def delete_user(self, user_id: int) -> None:
        """Only a user who never handled work (else UserHasHandledWork); the lock-out guard applies."""
        run_operation(self.ctx, delete_user, user_id)


# ---- operations ----------------------------------------------------------------------------------
def create_user(uow: UnitOfWork, form: UserForm) -> UserRow:
    uow.require(Permission.CREATE_USER)
    return _create(uow, form, invited=False)


def invite_user(uow: UnitOfWork, form: UserForm) -> UserRow:
    uow.require(Permission.INVITE_USER)
    return _create(uow, replace(form, password=None), invited=True)


def _create(uow: UnitOfWork, form: UserForm, *, invited: bool) -> UserRow:
    session = uow.session
    clean, errors = clean_form(session, form, None)
    scope = creation_scope(uow)
    if clean is not None and scope.limited and not any(scope.may_change_team(t.id) for t in clean.teams):
        errors.add("team_ids", ADD_TO_A_LED_TEAM())
    errors.raise_if_any()
    assert clean is not None
    refuse_team_changes(scope, [t.id for t in clean.teams], {t.id: t.name for t in clean.teams})
    if form.password:
        check_policy(form.password, security_policy(session))
    refuse_role_escalation(uow, clean.role)
    now = utcnow()
    user = User(
        nickname=clean.nickname,
        nickname_key=fold(clean.nickname),
        email=clean.email,
        email_key=fold(clean.email),
        role_id=clean.role.id,
        invitation_pending=invited,
        invited_at=now if invited else None,
        password_hash=hash_password(form.password) if form.password else None,
        password_changed_at=now if form.password else None,
    )
    session.add(user)
    session.flush()
    apply_form(session, user, clean)
    created = {k: v for k, v in snapshot(session, user).items() if v not in (None, "", frozenset())}
    uow.record(
        "user.invited" if invited else "user.created",
        object_type="user",
        object_id=user.platform_id,
        changes=field_diff({}, created),
    )
    record_categories(uow, user, set(), {c.id for c in clean.categories})
    return row_of(session, user)


def resend_invitation(uow: UnitOfWork, user_id: int) -> UserRow:
    uow.require(Permission.INVITE_USER)
    (user,) = load_editable(uow, user_scope(uow), [user_id])
    if not user.invitation_pending:
        raise Conflict(INVITATION_ACCEPTED(name=user.display_name))
    user.invited_at = utcnow()
    uow.record("user.invited", object_type="user", object_id=user.platform_id, details={"resent": True})
    return row_of(uow.session, user)


def update_user(uow: UnitOfWork, user_id: int, form: UserForm, *, version: int | None = None) -> UserRow:
    """user.updated plus the category events; a newer saved user than `version` is a Conflict."""
    session = uow.session
    scope = user_scope(uow)
    (user,) = load_editable(uow, scope, [user_id])
    clean, errors = clean_form(session, form, user)
    errors.raise_if_any()
    assert clean is not None
    uow.ensure_version(
        user,
        version,
        object_type="user",
        theirs=comparable_of_user(session, user),
        mine=comparable_of_form(session, clean),
    )
    before = snapshot(session, user)
    categories_before = set(category_ids_of(session, user.id))
    current = {m.team_id for m in user.memberships}
    names = dict(session.execute(select(Team.id, Team.name)).all())
    refuse_team_changes(scope, current ^ {t.id for t in clean.teams}, names)
    if clean.role.id != user.role_id:
        refuse_role_escalation(uow, clean.role)
    apply_form(session, user, clean)
    ensure_account_can_be_administered(session)
    changes = field_diff(before, snapshot(session, user))
    categories_after = {c.id for c in clean.categories}
    if changes or categories_after != categories_before:
        user.updated_at = utcnow()  # children (teams, categories, permissions…) move the version too
    if changes:
        uow.record("user.updated", object_type="user", object_id=user.platform_id, changes=changes)
    record_categories(uow, user, categories_before, categories_after)
    return row_of(session, user)


def delete_user(uow: UnitOfWork, user_id: int) -> None:
    scope = user_scope(uow)
    (user,) = load_editable(uow, scope, [user_id])
    destroy_user(uow, scope, user)


def creation_scope(uow: UnitOfWork) -> UserScope:
    """A team leader creates users into the teams they lead; anyone else who may create, anywhere."""
    held = uow.actor_permissions()
    if Permission.UPDATE_USER.value not in held and Permission.MANAGE_USERS_OF_MY_TEAMS.value in held:
        return user_scope(uow)
    return UserScope(uow.actor().id, True, None)
