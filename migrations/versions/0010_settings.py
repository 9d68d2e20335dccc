"""Settings: business hours (time-sheet hours, zone, holidays), API access tokens, password history,
sign-in lockout, more account and security settings, webhooks and notifications.

Existing rows keep their values; new columns get defaults that change no behaviour (a time sheet
with no hours is closed, as it showed before: a label only).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 22:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _platform_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.String(length=24), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
    ]


ACCOUNT_COLUMNS = (
    ("beginning_of_week", sa.String(16), "'monday'"),
    ("content_languages", sa.JSON(), "'[]'"),
    ("multi_lang", sa.Boolean(), "false"),
    ("urgent_task_threshold", sa.Integer(), "80"),
    ("intervention_closing_period", sa.Integer(), "7"),
    ("identity_merge", sa.Boolean(), "true"),
    ("reply_as_any_identity", sa.Boolean(), "false"),
    ("spellchecking", sa.Boolean(), "true"),
    ("activity_tracking", sa.Boolean(), "false"),
    ("activity_presence_threshold", sa.Integer(), "5"),
)
SECURITY_COLUMNS = (
    ("expire_password_enabled", sa.Boolean(), "false"),
    ("expire_password_after", sa.Integer(), "90"),
    ("password_archivable_enabled", sa.Boolean(), "false"),
    ("password_archivable_size", sa.Integer(), "5"),
    ("password_recovery_disabled", sa.Boolean(), "false"),
    ("disable_password_autocomplete", sa.Boolean(), "false"),
    ("deny_iframe_integration", sa.Boolean(), "false"),
    ("api_allowed_ip_ranges", sa.JSON(), "'[]'"),
)


def _add(table: str, columns: Sequence[tuple[str, sa.types.TypeEngine[object], str]]) -> None:
    with op.batch_alter_table(table) as batch:
        for name, type_, default in columns:
            batch.add_column(sa.Column(name, type_, server_default=sa.text(default), nullable=False))


def _drop(table: str, names: Sequence[str]) -> None:
    with op.batch_alter_table(table) as batch:
        for name in reversed(names):
            batch.drop_column(name)


def upgrade() -> None:
    _add(
        "time_sheets",
        [
            ("timezone", sa.String(64), "'UTC'"),
            *((f"{day}_hours", sa.String(200), "''") for day in DAYS),
            ("holidays", sa.JSON(), "'[]'"),
        ],
    )
    _add("account_settings", ACCOUNT_COLUMNS)
    _add("security_settings", SECURITY_COLUMNS)
    _add("extensions", [("settings", sa.JSON(), "'{}'")])
    op.create_table(
        "api_access_tokens",
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        *_platform_columns(),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_api_access_tokens_user_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_api_access_tokens_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_access_tokens")),
        sa.UniqueConstraint("platform_id", name=op.f("uq_api_access_tokens_platform_id")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_access_tokens_token_hash")),
    )
    op.create_index(op.f("ix_api_access_tokens_user_id"), "api_access_tokens", ["user_id"])
    op.create_table(
        "password_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_password_history_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_password_history")),
    )
    op.create_index("ix_password_history_user_id_created_at", "password_history", ["user_id", "created_at"])
    op.create_table(
        "webhooks",
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("registered_events", sa.JSON(), server_default=sa.text("'[]'"), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("staging_use", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        *_platform_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhooks")),
        sa.UniqueConstraint("platform_id", name=op.f("uq_webhooks_platform_id")),
    )
    op.create_table(
        "custom_notifications",
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("event", sa.String(length=120), nullable=False),
        sa.Column("condition", sa.JSON(), server_default=sa.text("'{}'"), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        *_platform_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_notifications")),
        sa.UniqueConstraint("platform_id", name=op.f("uq_custom_notifications_platform_id")),
    )
    op.create_table(
        "notification_preferences",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=120), nullable=False),
        sa.Column("in_app", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("email", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        *_platform_columns(),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_notification_preferences_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification_preferences")),
        sa.UniqueConstraint("platform_id", name=op.f("uq_notification_preferences_platform_id")),
        sa.UniqueConstraint("user_id", "event", name="uq_notification_preferences_user_event"),
    )
    op.create_index(op.f("ix_notification_preferences_user_id"), "notification_preferences", ["user_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_notification_preferences_user_id"), table_name="notification_preferences")
    op.drop_table("notification_preferences")
    op.drop_table("custom_notifications")
    op.drop_table("webhooks")
    op.drop_index("ix_password_history_user_id_created_at", table_name="password_history")
    op.drop_table("password_history")
    op.drop_index(op.f("ix_api_access_tokens_user_id"), table_name="api_access_tokens")
    op.drop_table("api_access_tokens")
    _drop("extensions", ["settings"])
    _drop("security_settings", [name for name, _t, _d in SECURITY_COLUMNS])
    _drop("account_settings", [name for name, _t, _d in ACCOUNT_COLUMNS])
    _drop("time_sheets", ["timezone", *(f"{day}_hours" for day in DAYS), "holidays"])
