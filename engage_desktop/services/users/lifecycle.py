"""The rules around a user's life: who may be deleted, what granting a role means, and the
category events of the journal.

"Handled work" (a user who has it is disabled, never deleted, so history keeps its author):
  - the journal names the user as the actor of any event but a sign-in/sign-out (`session.*`):
    they changed something others rely on; or
  - `users.has_handled_work` is set: the routing engine sets it when it first pushes a task to the
    agent (tasks do not exist yet), and an import of history may set it.
Being linked to an identity, a team or a category is configuration, not work: it does not count.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models import AuditEvent, Role, User
from engage_desktop.services.access.guards import ensure_account_can_be_administered, escalating_permissions
from engage_desktop.services.access.scope import UserScope
from engage_desktop.services.core.errors import Conflict, ErrorCode, PermissionDenied, ValidationError
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.reference_data import disabled_extensions
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.users.editing import category_ids_of, category_names, snapshot
from engage_desktop.services.users.records import DeletionCheck, is_id

CANNOT_CHANGE_USERS = ErrorCode(
    "user.cannot_change_users", QT_TRANSLATE_NOOP("Errors", "Your role cannot change users.")
)
DELETE_SELF = ErrorCode(
    "user.delete_self", QT_TRANSLATE_NOOP("Errors", "You cannot delete your own account.")
)
HANDLED_WORK_DISABLE_ONLY = ErrorCode(
    "user.handled_work_disable_only",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{name} has handled work: their history must keep its author, "
        "so they can be disabled but not deleted.",
    ),
)
HANDLED_WORK = ErrorCode(
    "user.handled_work",
    QT_TRANSLATE_NOOP("Errors", "{name} has handled work and cannot be deleted; disable them instead."),
)
ROLE_ESCALATION = ErrorCode(
    "user.role_escalation",
    QT_TRANSLATE_NOOP("Errors", "The role “{role}” holds permissions your own role lacks: {permissions}."),
)
ROLE_GONE = ErrorCode("user.role_gone", QT_TRANSLATE_NOOP("Errors", "This role no longer exists."))


class UserHasHandledWork(Conflict):
    """Deleting a user who has handled work is refused; disabling them is the way."""


def has_handled_work(session: Session, user: User) -> bool:
    """See the module docstring for the definition (one indexed lookup in the journal)."""
    if user.has_handled_work:
        return True
    acted = select(AuditEvent.id).where(AuditEvent.user_id == user.id, ~AuditEvent.name.like("session.%"))
    return session.scalar(acted.limit(1)) is not None


def deletion_check(session: Session, scope: UserScope, user: User) -> DeletionCheck:
    if not scope.can_edit:
        return DeletionCheck(False, CANNOT_CHANGE_USERS())
    if user.id == scope.actor_id:
        return DeletionCheck(False, DELETE_SELF())
    if has_handled_work(session, user):
        return DeletionCheck(
            False,
            HANDLED_WORK_DISABLE_ONLY(name=user.display_name),
            offer_disable=user.enabled,
        )
    return DeletionCheck(True)


def delete_user(uow: UnitOfWork, scope: UserScope, user: User) -> None:
    """Journal the whole user as removed, then delete (memberships, links, skills go with them)."""
    session = uow.session
    if user.id == scope.actor_id:
        raise Conflict(DELETE_SELF())
    if has_handled_work(session, user):
        raise UserHasHandledWork(HANDLED_WORK(name=user.display_name))
    before = snapshot(session, user)
    categories = sorted(category_names(session, category_ids_of(session, user.id)).values())
    platform_id = user.platform_id
    session.delete(user)
    ensure_account_can_be_administered(session)
    changes = field_diff(before, {})
    if categories:
        changes["categories"] = {"added": [], "removed": categories}
    uow.record("user.destroyed", object_type="user", object_id=platform_id, changes=changes)


def refuse_role_escalation(uow: UnitOfWork, role: Role) -> None:
    """Giving a user a role is granting its permissions: the same no-escalation rule applies."""
    missing = escalating_permissions(
        uow.actor_permissions(), disabled_extensions(uow.session), role.permission_names
    )
    if missing:
        raise PermissionDenied(
            missing[0],
            ROLE_ESCALATION(role=role.label, permissions=", ".join(missing)),
        )


def require_role(session: Session, role_id: object) -> Role:
    role = session.get(Role, role_id) if is_id(role_id) else None
    if role is None:
        raise ValidationError("role_id", ROLE_GONE())
    return role


def record_categories(uow: UnitOfWork, user: User, before: set[int], after: set[int]) -> None:
    """`user.categories_added` and `user.categories_removed`, each with the category names."""
    names = category_names(uow.session, sorted(before | after))
    added = sorted(names.get(i, str(i)) for i in after - before)
    removed = sorted(names.get(i, str(i)) for i in before - after)
    if added:
        uow.record(
            "user.categories_added",
            object_type="user",
            object_id=user.platform_id,
            changes={"categories": {"added": added, "removed": []}},
        )
    if removed:
        uow.record(
            "user.categories_removed",
            object_type="user",
            object_id=user.platform_id,
            changes={"categories": {"added": [], "removed": removed}},
        )
