"""Routing section: topologies (routing strategies) and rules-engine rules.

A topology's `config` and a rule's `conditions`/`actions` are JSON documents read by
services/routing/topology_config.py and rule_conditions.py. At most one topology is active: a
partial unique index says so to the database too, so two workstations cannot both activate one.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from engage_desktop.models.base import Base, PlatformObject


class Topology(PlatformObject, Base):
    __tablename__ = "topologies"
    __table_args__ = (
        Index("uq_topologies_name_key", "name_key", unique=True),
        Index(
            "uq_topologies_one_active",
            "active",
            unique=True,
            sqlite_where=text("active"),
            postgresql_where=text("active"),
        ),
    )

    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120))
    config: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))


class RulesEngineRule(PlatformObject, Base):
    __tablename__ = "rules_engine_rules"
    __table_args__ = (
        Index("uq_rules_engine_rules_name_key", "name_key", unique=True),
        Index("ix_rules_engine_rules_position", "position"),
    )

    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    trigger: Mapped[str] = mapped_column(String(40), default="message_received")
    conditions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    actions: Mapped[list[Any]] = mapped_column(JSON, default=list)
