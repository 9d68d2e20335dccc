"""Declarative base and the columns every admin object shares."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, String, func, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_platform_id() -> str:
    """A 24-hex id, the shape the platform uses, so bundles round-trip."""
    return secrets.token_hex(12)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class PlatformObject:
    """Integer key inside, platform id outside, the two timestamps and the version every object has.

    `version` is SQLAlchemy's version counter: every UPDATE of the row adds one and only applies
    if the row still has the version it was read with, so two racing saves cannot both land.
    Editors send the version they loaded; `UnitOfWork.ensure_version` turns a newer one into a
    `Conflict`. A change to an object's children (a role's permissions) touches `updated_at` so
    that the parent's version moves too.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    platform_id: Mapped[str] = mapped_column(String(24), unique=True, default=new_platform_id)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, server_default=func.current_timestamp()
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow, server_default=func.current_timestamp()
    )
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (declared_attr receives the class)
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
