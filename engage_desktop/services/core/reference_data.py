"""Reference data every database needs: default roles, account and security settings, extensions."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models import AccountSettings, Extension, Role, RolePermission, SecuritySettings
from engage_desktop.services.access.permissions import DEFAULT_ROLES
from engage_desktop.services.access.permissions import Extension as ExtensionName
from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.listing import fold


def ensure_reference_data(ctx: ServiceContext) -> None:
    """Idempotent; run after every schema upgrade. Journaled as the system."""
    with ctx.session_factory() as session, session.begin():
        audit.ensure_head(session)
        if session.scalar(select(func.count(Role.id))) == 0:
            for label, permissions in DEFAULT_ROLES.items():
                role = Role(label=label, label_key=fold(label))
                role.permissions = [RolePermission(permission=p.value) for p in sorted(permissions)]
                session.add(role)
                session.flush()
                audit.append_event(
                    session,
                    "role.created",
                    user_id=None,
                    user_label="system",
                    workstation=ctx.workstation,
                    object_type="role",
                    object_id=role.platform_id,
                    changes={
                        "label": {"from": None, "to": label},
                        "permissions": {"added": sorted(p.value for p in permissions), "removed": []},
                    },
                    details={"default_role": True},
                )
        if session.scalar(select(func.count(AccountSettings.id))) == 0:
            session.add(AccountSettings())
        if session.scalar(select(func.count(SecuritySettings.id))) == 0:
            session.add(SecuritySettings())
        existing = set(session.scalars(select(Extension.name)))
        for name in ExtensionName:
            if name.value not in existing:
                session.add(Extension(name=name.value, enabled=True))


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
