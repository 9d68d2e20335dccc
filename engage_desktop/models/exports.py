"""Automated export tasks, and the audit journal's indexes the journal panel pages through.

The journal panel reads "the newest events of this actor / with these names / about this object"
a page at a time after a `seq` (keyset paging), so each filter has an index ending in `seq`. They
are declared here, on the journal's own table, because they belong to the panel that needs them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from engage_desktop.models.audit import AuditEvent
from engage_desktop.models.base import Base, PlatformObject

JOURNAL_PANEL_INDEXES = (
    Index("ix_audit_events_user_seq", AuditEvent.user_id, AuditEvent.seq),
    Index("ix_audit_events_name_seq", AuditEvent.name, AuditEvent.seq),
    Index("ix_audit_events_object_seq", AuditEvent.object_type, AuditEvent.object_id, AuditEvent.seq),
    Index("ix_audit_events_user_name_seq", AuditEvent.user_id, AuditEvent.name, AuditEvent.seq),
)


class AutomaticExportTask(PlatformObject, Base):
    """One scheduled export: what (types and their fields), when, where, and how its last run went.

    `last_slot_at` is the last scheduled moment that was exported successfully: the runner exports
    every slot after it that is due (catch-up), oldest first. A failed slot stays due; the next
    attempt waits until `retry_at`. `sftp_host_key` is the SFTP server's trusted SHA256
    fingerprint: set by the user after a connection test, or by the first run that reaches the
    server; every later connection must present it.
    """

    __tablename__ = "automatic_export_tasks"

    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120), unique=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    schedule: Mapped[str] = mapped_column(String(16), default="daily")  # daily | monday | month_first
    hour: Mapped[int] = mapped_column(Integer, default=2, server_default="2")  # in the owner's zone
    window: Mapped[str] = mapped_column(String(16), default="complete", server_default="complete")
    format: Mapped[str] = mapped_column(String(16), default="bi", server_default="bi")
    exports: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # {export_name: [fields]}
    file_pattern: Mapped[str] = mapped_column(String(255), default="{export_name}_{year}{month}{day}")
    zip_files: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    destination: Mapped[str] = mapped_column(String(8), default="folder", server_default="folder")
    folder: Mapped[str] = mapped_column(Text, default="", server_default="")
    sftp_host: Mapped[str] = mapped_column(String(255), default="", server_default="")
    sftp_port: Mapped[int] = mapped_column(Integer, default=22, server_default="22")
    sftp_user: Mapped[str] = mapped_column(String(120), default="", server_default="")
    sftp_directory: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    sftp_auth: Mapped[str] = mapped_column(String(8), default="password", server_default="password")
    sftp_key_path: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    sftp_host_key: Mapped[str] = mapped_column(String(255), default="", server_default="")  # "" until trusted
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), default=None)
    last_slot_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    last_attempt_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    last_status: Mapped[str] = mapped_column(String(16), default="", server_default="")
    last_error: Mapped[str] = mapped_column(Text, default="", server_default="")
    failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    retry_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
