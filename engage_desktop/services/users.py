"""Users: the list (fast at 100k rows), creation, role change, enable/disable — with the guards."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from engage_desktop.models import Role, Team, TeamMember, User, utcnow
from engage_desktop.services.bootstrap import disabled_extensions, security_policy
from engage_desktop.services.context import ServiceContext
from engage_desktop.services.errors import Conflict, NotFound, PermissionDenied, ValidationError
from engage_desktop.services.guards import ensure_account_can_be_administered, escalating_permissions
from engage_desktop.services.listing import ListQuery, fold, like_pattern
from engage_desktop.services.passwords import check_policy, hash_password
from engage_desktop.services.permissions import Permission
from engage_desktop.services.unit_of_work import UnitOfWork
from engage_desktop.services.validation import FieldErrors


@dataclass(frozen=True)
class UserRow:
    id: int
    platform_id: str
    firstname: str
    lastname: str
    nickname: str
    email: str
    role_label: str
    enabled: bool
    invitation_pending: bool
    last_sign_in_at: datetime | None


@dataclass(frozen=True)
class NewUser:
    firstname: str
    lastname: str
    nickname: str
    email: str
    role_id: int
    locale: str = "en"
    timezone: str = "UTC"
    password: str | None = None


SORTABLE = {
    "name": (User.lastname, User.firstname),
    "nickname": (User.nickname_key,),
    "email": (User.email_key,),
    "role": (Role.label_key,),
    "enabled": (User.enabled,),
    "last_sign_in_at": (User.last_sign_in_at,),
}


class UserService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _filtered(self, stmt: Any, query: ListQuery) -> Any:
        text = query.search.strip()
        if text:
            pattern = like_pattern(text)
            stmt = stmt.where(
                or_(
                    User.nickname_key.like(pattern, escape="\\"),
                    User.email_key.like(pattern, escape="\\"),
                    func.lower(User.lastname).like(pattern, escape="\\"),
                    func.lower(User.firstname).like(pattern, escape="\\"),
                )
            )
        if query.filters.get("role_id") is not None:
            stmt = stmt.where(User.role_id == query.filters["role_id"])
        if query.filters.get("enabled") is not None:
            stmt = stmt.where(User.enabled.is_(bool(query.filters["enabled"])))
        if query.filters.get("team_id") is not None:
            stmt = stmt.where(
                User.id.in_(select(TeamMember.user_id).where(TeamMember.team_id == query.filters["team_id"]))
            )
        return stmt

    def count_users(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_USER)
            return int(uow.session.scalar(self._filtered(select(func.count(User.id)), query)) or 0)

    def list_users(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[UserRow]:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_USER)
            columns = SORTABLE.get(query.sort or "name", SORTABLE["name"])
            order = [c.desc() if query.descending else c.asc() for c in columns]
            stmt = self._filtered(
                select(
                    User.id,
                    User.platform_id,
                    User.firstname,
                    User.lastname,
                    User.nickname,
                    User.email,
                    Role.label,
                    User.enabled,
                    User.invitation_pending,
                    User.last_sign_in_at,
                ).join(Role, Role.id == User.role_id),
                query,
            ).order_by(*order, User.id)
            return [UserRow(*row) for row in uow.session.execute(stmt.offset(offset).limit(limit))]

    def create_user(self, new: NewUser) -> UserRow:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.CREATE_USER)
            session = uow.session
            errors = FieldErrors()
            firstname = errors.required("firstname", new.firstname, "First name")
            lastname = errors.required("lastname", new.lastname, "Last name")
            nickname = errors.required("nickname", new.nickname, "Nickname")
            email = errors.email("email", new.email)
            errors.timezone("timezone", new.timezone)
            role = session.get(Role, new.role_id)
            if role is None:
                errors.add("role_id", "Choose a role.")
            if "nickname" not in errors.errors and session.scalar(
                select(User.id).where(User.nickname_key == fold(nickname))
            ):
                errors.add("nickname", f"The nickname {nickname!r} is taken.")
            if "email" not in errors.errors and session.scalar(
                select(User.id).where(User.email_key == fold(email))
            ):
                errors.add("email", f"A user with the e-mail {email!r} already exists.")
            errors.raise_if_any()
            assert role is not None
            if new.password is not None:
                check_policy(new.password, security_policy(session))
            self._refuse_role_escalation(uow, role)
            user = User(
                firstname=firstname,
                lastname=lastname,
                nickname=nickname,
                nickname_key=fold(nickname),
                email=email,
                email_key=fold(email),
                role_id=role.id,
                locale=new.locale,
                timezone=new.timezone,
                password_hash=hash_password(new.password) if new.password else None,
                password_changed_at=utcnow() if new.password else None,
            )
            session.add(user)
            session.flush()
            uow.record(
                "user.created",
                object_type="user",
                object_id=user.platform_id,
                changes={
                    k: {"from": None, "to": v}
                    for k, v in {
                        "firstname": firstname,
                        "lastname": lastname,
                        "nickname": nickname,
                        "email": email,
                        "role": role.label,
                        "locale": new.locale,
                        "timezone": new.timezone,
                    }.items()
                },
            )
            row = self._row(session, user)
            uow.commit()
            return row

    def change_role(self, user_id: int, role_id: int) -> None:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.UPDATE_USER)
            user = self._load(uow.session, user_id)
            role = uow.session.get(Role, role_id)
            if role is None:
                raise ValidationError("role_id", "This role no longer exists.")
            if role.id == user.role_id:
                return
            self._refuse_role_escalation(uow, role)
            before = user.role.label
            user.role_id = role.id
            ensure_account_can_be_administered(uow.session)
            uow.record(
                "user.updated",
                object_type="user",
                object_id=user.platform_id,
                changes={"role": {"from": before, "to": role.label}},
            )
            uow.commit()

    def set_enabled(self, user_id: int, enabled: bool) -> None:
        with UnitOfWork(self.ctx) as uow:
            actor = uow.require(Permission.UPDATE_USER)
            user = self._load(uow.session, user_id)
            if user.enabled == enabled:
                return
            if not enabled and user.id == actor.id:
                raise Conflict("You cannot disable your own account.")
            user.enabled = enabled
            ensure_account_can_be_administered(uow.session)
            uow.record(
                "user.updated",
                object_type="user",
                object_id=user.platform_id,
                changes={"enabled": {"from": not enabled, "to": enabled}},
            )
            uow.commit()

    def team_names(self) -> list[tuple[int, str]]:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_USER)
            return [(t.id, t.name) for t in uow.session.scalars(select(Team).order_by(Team.name_key))]

    def role_names(self) -> list[tuple[int, str]]:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_USER)
            return [(r.id, r.label) for r in uow.session.scalars(select(Role).order_by(Role.label_key))]

    def _refuse_role_escalation(self, uow: UnitOfWork, role: Role) -> None:
        """Giving a user a role is granting its permissions: the same no-escalation rule applies."""
        missing = escalating_permissions(
            uow.actor_permissions(), disabled_extensions(uow.session), role.permission_names
        )
        if missing:
            raise PermissionDenied(
                missing[0],
                f"The role {role.label!r} holds permissions your own role lacks: " + ", ".join(missing) + ".",
            )

    def _load(self, session: Session, user_id: int) -> User:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound("This user no longer exists.")
        return user

    def _row(self, session: Session, user: User) -> UserRow:
        session.flush()
        return UserRow(
            user.id,
            user.platform_id,
            user.firstname,
            user.lastname,
            user.nickname,
            user.email,
            user.role.label,
            user.enabled,
            user.invitation_pending,
            user.last_sign_in_at,
        )
