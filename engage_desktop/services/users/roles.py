"""Roles: list, create, edit, duplicate, delete — with the no-escalation rule of permissions.md.

The changes are operations (`create_role(uow, …)`, `update_role(uow, …)`, `delete_role(uow, …)`)
that bulk actions and bundle apply compose in one unit of work; `RoleService` is the thin entry
point the views call, one unit of work per action.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models import Role, RolePermission, User, utcnow
from engage_desktop.services.access.guards import (
    ensure_a_full_role_remains,
    ensure_account_can_be_administered,
    escalating_permissions,
)
from engage_desktop.services.access.permissions import PERMISSION_EXTENSION, Permission, parse_permissions
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import (
    Conflict,
    ErrorCode,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from engage_desktop.services.core.listing import ListQuery, fold, like_pattern
from engage_desktop.services.core.reference_data import disabled_extensions
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP, QCoreApplication
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors, is_id
from engage_desktop.services.users.account_changes import change_role
from engage_desktop.services.users.lifecycle import refuse_role_escalation, require_role

ROLE_GONE = ErrorCode(
    "role.not_found",
    QT_TRANSLATE_NOOP(
        "Errors", "This role no longer exists (it may have been deleted on another workstation)."
    ),
)
ROLE_LABEL_TAKEN = ErrorCode(
    "role.label_taken", QT_TRANSLATE_NOOP("Errors", "A role named “{label}” already exists.")
)
ROLE_IN_USE = ErrorCode(
    "role.in_use",
    QCoreApplication.translate(
        "Errors",
        "The role “{label}” is given to %n user(s); give them another role before deleting it.",
        None,
        0,
    ),
    plural="count",
)
ROLE_MOVE_TO_ITSELF = ErrorCode(
    "role.move_to_itself",
    QT_TRANSLATE_NOOP("Errors", "Choose another role than “{label}” for its users."),
)
ROLE_ESCALATION = ErrorCode(
    "role.escalation",
    QT_TRANSLATE_NOOP("Errors", "You cannot grant permissions your own role lacks: {permissions}."),
)


@dataclass(frozen=True)
class RoleRow:
    id: int
    platform_id: str
    label: str
    permission_count: int
    user_count: int
    updated_at: datetime


@dataclass(frozen=True)
class RoleDetail:
    id: int
    platform_id: str
    label: str
    permissions: frozenset[str]
    user_count: int
    version: int = 1


@dataclass(frozen=True)
class PermissionChoice:
    """What the role editor needs to draw one checkbox."""

    permission: Permission
    visible: bool  # False when its extension is off (hidden, has no effect)
    grantable: bool  # False when the actor's role lacks it (escalation)


_permission_count = (
    select(func.count()).where(RolePermission.role_id == Role.id).correlate(Role).scalar_subquery()
)
_user_count = select(func.count(User.id)).where(User.role_id == Role.id).correlate(Role).scalar_subquery()

SORTABLE = {
    "label": Role.label_key,
    "permission_count": _permission_count,
    "user_count": _user_count,
    "updated_at": Role.updated_at,
}


class RoleService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- reading -------------------------------------------------------------------------------
    def _filtered(self, stmt: Any, query: ListQuery) -> Any:
        if query.search.strip():
            stmt = stmt.where(Role.label_key.like(like_pattern(query.search), escape="\\"))
        permission = query.filters.get("permission")
        if permission:
            stmt = stmt.where(
                Role.id.in_(select(RolePermission.role_id).where(RolePermission.permission == permission))
            )
        in_use = query.filters.get("in_use")
        if in_use is not None:
            stmt = stmt.where(_user_count > 0 if in_use else _user_count == 0)
        return stmt

    def count_roles(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(Permission.MANAGE_ROLES, Permission.READ_USER)
            return int(uow.session.scalar(self._filtered(select(func.count(Role.id)), query)) or 0)

    def list_roles(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[RoleRow]:
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(Permission.MANAGE_ROLES, Permission.READ_USER)
            order = SORTABLE.get(query.sort or "label", Role.label_key)
            stmt = self._filtered(
                select(
                    Role.id, Role.platform_id, Role.label, _permission_count, _user_count, Role.updated_at
                ),
                query,
            ).order_by(order.desc() if query.descending else order.asc(), Role.id)
            rows = uow.session.execute(stmt.offset(offset).limit(limit)).all()
            return [RoleRow(*row) for row in rows]

    def get_role(self, role_id: int) -> RoleDetail:
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(Permission.MANAGE_ROLES, Permission.READ_USER)
            return _detail(uow.session, _load(uow.session, role_id))

    def permission_choices(self) -> list[PermissionChoice]:
        """Every catalogue entry with whether the editor shows it and whether the actor may grant it."""
        with UnitOfWork(self.ctx) as uow:
            held = uow.actor_permissions()
            off = disabled_extensions(uow.session)
            choices = []
            for permission in Permission:
                extension = PERMISSION_EXTENSION.get(permission)
                hidden = extension is not None and extension.value in off
                choices.append(PermissionChoice(permission, not hidden, hidden or permission.value in held))
            return choices

    # ---- changing ------------------------------------------------------------------------------
    def create_role(self, label: str, permissions: object = ()) -> RoleDetail:
        """A new role starts with every permission off unless some are given."""
        return run_operation(self.ctx, create_role, label, permissions)

    def update_role(
        self, role_id: int, label: str, permissions: object, *, version: int | None = None
    ) -> RoleDetail:
        """`version` is the one the editor loaded: a newer saved role raises `Conflict`."""
        return run_operation(self.ctx, update_role, role_id, label, permissions, version=version)

    def duplicate_role(self, role_id: int, label: str) -> RoleDetail:
        source = self.get_role(role_id)
        return self.create_role(label, sorted(source.permissions))

    def delete_role(self, role_id: int) -> None:
        run_operation(self.ctx, delete_role, role_id)

    def move_users_and_delete_role(self, role_id: int, target_role_id: int) -> int:
        """Gives the role's users `target_role_id`, then deletes the role: all of it or nothing."""
        return run_operation(self.ctx, move_users_and_delete_role, role_id, target_role_id)


# ---- operations ----------------------------------------------------------------------------------
def create_role(uow: UnitOfWork, label: str, permissions: object = ()) -> RoleDetail:
    uow.require(Permission.MANAGE_ROLES)
    wanted = parse_permissions(permissions)
    label = _valid_label(uow.session, label)
    _refuse_escalation(uow, set(), wanted)
    role = Role(label=label, label_key=fold(label))
    role.permissions = [RolePermission(permission=p.value) for p in sorted(wanted)]
    uow.session.add(role)
    uow.session.flush()
    uow.record(
        "role.created",
        object_type="role",
        object_id=role.platform_id,
        changes={
            "label": {"from": None, "to": label},
            "permissions": {"added": sorted(p.value for p in wanted), "removed": []},
        },
    )
    return _detail(uow.session, role)


def update_role(
    uow: UnitOfWork, role_id: int, label: str, permissions: object, *, version: int | None = None
) -> RoleDetail:
    uow.require(Permission.MANAGE_ROLES)
    role = _load(uow.session, role_id)
    wanted = parse_permissions(permissions)
    label = _valid_label(uow.session, label, exclude_id=role.id)
    before = {Permission(p) for p in role.permission_names}
    uow.ensure_version(
        role,
        version,
        object_type="role",
        theirs={"label": role.label, "permissions": frozenset(p.value for p in before)},
        mine={"label": label, "permissions": frozenset(p.value for p in wanted)},
    )
    _refuse_escalation(uow, before, wanted)
    changes: dict[str, Any] = {}
    if role.label != label:
        changes["label"] = {"from": role.label, "to": label}
        role.label, role.label_key = label, fold(label)
    added, removed = wanted - before, before - wanted
    if added or removed:
        changes["permissions"] = {
            "added": sorted(p.value for p in added),
            "removed": sorted(p.value for p in removed),
        }
        role.permissions = [rp for rp in role.permissions if rp.permission not in {p.value for p in removed}]
        role.permissions.extend(RolePermission(permission=p.value) for p in sorted(added))
        role.updated_at = utcnow()  # the permissions are children: move the role's version too
    if not changes:
        return _detail(uow.session, role)
    if removed:
        ensure_a_full_role_remains(uow.session)
        ensure_account_can_be_administered(uow.session)
    uow.record("role.updated", object_type="role", object_id=role.platform_id, changes=changes)
    return _detail(uow.session, role)


def delete_role(uow: UnitOfWork, role_id: int) -> None:
    uow.require(Permission.MANAGE_ROLES)
    role = _load(uow.session, role_id)
    users = int(uow.session.scalar(select(func.count(User.id)).where(User.role_id == role.id)) or 0)
    if users:
        raise Conflict(ROLE_IN_USE(label=role.label, count=users))
    label, platform_id, held = role.label, role.platform_id, sorted(role.permission_names)
    uow.session.delete(role)
    ensure_a_full_role_remains(uow.session)
    uow.record(
        "role.destroyed",
        object_type="role",
        object_id=platform_id,
        changes={"label": {"from": label, "to": None}, "permissions": {"added": [], "removed": held}},
    )


def move_users_and_delete_role(uow: UnitOfWork, role_id: int, target_role_id: int) -> int:
    """The users of a role in use move to another role, then the role goes; returns how many moved.

    Each move is `change_role` (one `user.updated` event each, no-escalation rule included), the
    deletion `delete_role`; moving every user of a role is an administrator's change (`update_user`).
    """
    uow.require(Permission.MANAGE_ROLES)
    uow.require(Permission.UPDATE_USER)
    role = _load(uow.session, role_id)
    target = require_role(uow.session, target_role_id)
    if target.id == role.id:
        raise ValidationError("role_id", ROLE_MOVE_TO_ITSELF(label=role.label))
    refuse_role_escalation(uow, target)
    user_ids = list(uow.session.scalars(select(User.id).where(User.role_id == role.id).order_by(User.id)))
    details = {"role_deleted": role.label}
    for user_id in user_ids:
        change_role(uow, user_id, target.id, details=details)
    uow.session.flush()
    delete_role(uow, role.id)
    return len(user_ids)


# ---- rules -----------------------------------------------------------------------------------------
def _refuse_escalation(uow: UnitOfWork, before: set[Permission], wanted: set[Permission]) -> None:
    """Nobody grants what their own role lacks, except permissions of an extension that is off."""
    escalating = escalating_permissions(
        uow.actor_permissions(), disabled_extensions(uow.session), (p.value for p in wanted - before)
    )
    if escalating:
        raise PermissionDenied(escalating[0], ROLE_ESCALATION(permissions=", ".join(escalating)))


def _valid_label(session: Session, label: str, exclude_id: int | None = None) -> str:
    errors = FieldErrors()
    label = errors.required("label", label, "Label")
    errors.raise_if_any()
    clash = select(Role.id).where(Role.label_key == fold(label))
    if exclude_id is not None:
        clash = clash.where(Role.id != exclude_id)
    if session.scalar(clash) is not None:
        errors.add("label", ROLE_LABEL_TAKEN(label=label))
    errors.raise_if_any()
    return label


def _load(session: Session, role_id: int) -> Role:
    role = session.get(Role, role_id) if is_id(role_id) else None
    if role is None:
        raise NotFound(ROLE_GONE())
    return role


def _detail(session: Session, role: Role) -> RoleDetail:
    session.flush()
    users = int(session.scalar(select(func.count(User.id)).where(User.role_id == role.id)) or 0)
    return RoleDetail(
        role.id, role.platform_id, role.label, frozenset(role.permission_names), users, role.version
    )
