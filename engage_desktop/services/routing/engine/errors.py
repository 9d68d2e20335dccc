"""Error codes of the routing engine, intake and queue monitor (translated by the views)."""

from __future__ import annotations

from engage_desktop.services.core.errors import Conflict, ErrorCode
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP

UNKNOWN_SOURCE = ErrorCode(
    "routing_engine.unknown_source", QT_TRANSLATE_NOOP("Errors", "No source “{source}” exists.")
)
INACTIVE_SOURCE = ErrorCode(
    "routing_engine.inactive_source",
    QT_TRANSLATE_NOOP("Errors", "The source “{source}” is not active: its messages are refused."),
)
TASK_GONE = ErrorCode(
    "routing_engine.task_gone",
    QT_TRANSLATE_NOOP("Errors", "This task no longer exists or is no longer waiting; reload the monitor."),
)
TASK_NOT_HELD = ErrorCode(
    "routing_engine.task_not_held", QT_TRANSLATE_NOOP("Errors", "This task is not held by this agent.")
)
UNKNOWN_QUEUE = ErrorCode(
    "routing_engine.unknown_queue", QT_TRANSLATE_NOOP("Errors", "No queue “{queue}” in the active topology.")
)
AGENT_CANNOT_TAKE = ErrorCode(
    "routing_engine.agent_cannot_take",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{agent} cannot take this task (not connected, not allowed on its source, or at hard capacity).",
    ),
)
OUTSIDE_TEAMS = ErrorCode(
    "routing_engine.outside_teams",
    QT_TRANSLATE_NOOP("Errors", "You may only act on tasks and agents of the teams you lead."),
)
PRIORITY_STEP = ErrorCode(
    "routing_engine.priority_step", QT_TRANSLATE_NOOP("Errors", "Raise the priority by 1 to {maximum}.")
)
ENGINE_HELD = ErrorCode(
    "routing_engine.held_elsewhere",
    QT_TRANSLATE_NOOP(
        "Errors", "The routing engine already runs on {holder}; this workstation shows the monitor."
    ),
)
FIELD_REQUIRED = ErrorCode(
    "intake.field_required", QT_TRANSLATE_NOOP("Errors", "“{field}” is required and must be text.")
)
BAD_TIMESTAMP = ErrorCode(
    "intake.bad_timestamp",
    QT_TRANSLATE_NOOP("Errors", "“timestamp” must be an ISO 8601 date and time with its zone: {value}"),
)
NOT_AN_OBJECT = ErrorCode(
    "intake.not_an_object", QT_TRANSLATE_NOOP("Errors", "Each line must be one JSON object.")
)
BAD_JSON = ErrorCode("intake.bad_json", QT_TRANSLATE_NOOP("Errors", "Malformed JSON: {reason}"))
BAD_TEXT = ErrorCode(
    "intake.bad_text",
    QT_TRANSLATE_NOOP("Errors", "“{field}” holds characters that cannot be stored (NUL or lone surrogates)."),
)
TOO_LONG = ErrorCode(
    "intake.too_long", QT_TRANSLATE_NOOP("Errors", "“{field}” is longer than {maximum} characters.")
)
LINE_TOO_LONG = ErrorCode(
    "intake.line_too_long", QT_TRANSLATE_NOOP("Errors", "The line is longer than {maximum} bytes.")
)
TIMESTAMP_OUT_OF_RANGE = ErrorCode(
    "intake.timestamp_out_of_range",
    QT_TRANSLATE_NOOP("Errors", "“timestamp” must fall between {earliest} and {latest}: {value}"),
)

FROM_THE_FUTURE = ErrorCode(
    "intake.timestamp_ahead",
    QT_TRANSLATE_NOOP(
        "Errors", "“timestamp” is more than a day ahead of this computer’s clock ({now}): {value}"
    ),
)


class RoutingRefused(Conflict):
    """The core refused an event (unknown source, a task not in the expected state…)."""
