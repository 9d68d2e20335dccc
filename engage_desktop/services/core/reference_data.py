"""Reference data every database needs: default roles, account and security settings, extensions."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models import (
    AccountSettings,
    AuditHead,
    Extension,
    Role,
    RolePermission,
    SecuritySettings,
)
from engage_desktop.services.access.permissions import DEFAULT_ROLES
from engage_desktop.services.access.permissions import Extension as ExtensionName
from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.listing import fold
from engage_desktop.services.core.unit_of_work import UnitOfWork


def ensure_reference_data(ctx: ServiceContext) -> None:
    """Idempotent; run after every schema upgrade. Written and journaled as the system."""
    with UnitOfWork(ctx.acting_as(None)) as uow:
        session = uow.session
        new_journal = session.get(AuditHead, 1) is None
        audit.ensure_head(session)
        if session.scalar(select(func.count(Role.id))) == 0:
            for label, permissions in DEFAULT_ROLES.items():
                role = Role(label=label, label_key=fold(label))
                role.permissions = [RolePermission(permission=p.value) for p in sorted(permissions)]
                session.add(role)
                session.flush()
                uow.record(
                    "role.created",
                    object_type="role",
                    object_id=role.platform_id,
                    changes={
                        "label": {"from": None, "to": label},
                        "permissions": {"added": sorted(p.value for p in permissions), "removed": []},
                    },
                    details={"default_role": True},
                )
        created: list[str] = []
        if session.scalar(select(func.count(AccountSettings.id))) == 0:
            session.add(AccountSettings())
            created.append("account_settings")
        if session.scalar(select(func.count(SecuritySettings.id))) == 0:
            session.add(SecuritySettings())
            created.append("security_settings")
        existing = set(session.scalars(select(Extension.name)))
        missing = [name.value for name in ExtensionName if name.value not in existing]
        for name in missing:
            session.add(Extension(name=name, enabled=True))
        if created or missing:
            uow.record(
                "reference_data.created",
                object_type="account",
                details={"settings": created, "extensions": missing},
            )
        # A new journal's head row is the journal itself, not a change to record in it.
        uow.commit(unjournaled="the journal's head row" if new_journal else None)


def security_policy(session: Session) -> SecuritySettings:
    policy = session.scalar(select(SecuritySettings).limit(1))
    return (
        policy
        if policy is not None
        else SecuritySettings(
            password_min_length=10,
            password_numbers=True,
            password_non_word=False,
            lockout_attempts=5,
            lockout_minutes=15,
            session_timeout=60,
        )
    )


def disabled_extensions(session: Session) -> set[str]:
    return set(session.scalars(select(Extension.name).where(Extension.enabled.is_(False))))
