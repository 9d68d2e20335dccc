"""The fields every content source has, whatever its type, and their checks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from engage_desktop.services.channels.source_types import NOT_WHOLE
from engage_desktop.services.core.errors import ErrorCode
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.validation import FieldErrors, field_label

PALETTE_SIZE = 12  # colours 0..11, the platform's palette (shared with categories)
SLA_EXPIRED_STRATEGIES = ("max", "half", "base")  # priority once the SLA has expired
MAX_PRIORITY = 100
MAX_BOOST = 100
MAX_SLA_SECONDS = 90 * 24 * 3600
MAX_ARCHIVING_DAYS = 3650
# A number field as the editor read it: the text typed when it is not a whole number, which
# check_common refuses under the field (the editor does not judge what was typed).
TypedNumber = int | str
LANGUAGES: dict[str, str] = {
    "ar": QT_TRANSLATE_NOOP("SourceFormWidget", "Arabic"),
    "zh": QT_TRANSLATE_NOOP("SourceFormWidget", "Chinese"),
    "cs": QT_TRANSLATE_NOOP("SourceFormWidget", "Czech"),
    "da": QT_TRANSLATE_NOOP("SourceFormWidget", "Danish"),
    "nl": QT_TRANSLATE_NOOP("SourceFormWidget", "Dutch"),
    "en": QT_TRANSLATE_NOOP("SourceFormWidget", "English"),
    "fi": QT_TRANSLATE_NOOP("SourceFormWidget", "Finnish"),
    "fr": QT_TRANSLATE_NOOP("SourceFormWidget", "French"),
    "de": QT_TRANSLATE_NOOP("SourceFormWidget", "German"),
    "el": QT_TRANSLATE_NOOP("SourceFormWidget", "Greek"),
    "he": QT_TRANSLATE_NOOP("SourceFormWidget", "Hebrew"),
    "hi": QT_TRANSLATE_NOOP("SourceFormWidget", "Hindi"),
    "it": QT_TRANSLATE_NOOP("SourceFormWidget", "Italian"),
    "ja": QT_TRANSLATE_NOOP("SourceFormWidget", "Japanese"),
    "ko": QT_TRANSLATE_NOOP("SourceFormWidget", "Korean"),
    "no": QT_TRANSLATE_NOOP("SourceFormWidget", "Norwegian"),
    "pl": QT_TRANSLATE_NOOP("SourceFormWidget", "Polish"),
    "pt": QT_TRANSLATE_NOOP("SourceFormWidget", "Portuguese"),
    "ru": QT_TRANSLATE_NOOP("SourceFormWidget", "Russian"),
    "es": QT_TRANSLATE_NOOP("SourceFormWidget", "Spanish"),
    "sv": QT_TRANSLATE_NOOP("SourceFormWidget", "Swedish"),
    "tr": QT_TRANSLATE_NOOP("SourceFormWidget", "Turkish"),
}

BELOW = ErrorCode("channel.below", QT_TRANSLATE_NOOP("Errors", "{label} cannot be below {low}."))
NEGATIVE = ErrorCode("channel.negative", QT_TRANSLATE_NOOP("Errors", "{label} cannot be negative."))
ABOVE = ErrorCode("channel.above", QT_TRANSLATE_NOOP("Errors", "{label} cannot be above {high}."))
COLOUR_UNKNOWN = ErrorCode(
    "channel.colour_unknown", QT_TRANSLATE_NOOP("Errors", "Pick one of the {count} palette colours.")
)
SLA_STRATEGY_UNKNOWN = ErrorCode(
    "channel.sla_strategy_unknown",
    QT_TRANSLATE_NOOP("Errors", "Choose max, half or base priority for expired SLAs."),
)
LANGUAGES_UNKNOWN = ErrorCode(
    "channel.languages_unknown", QT_TRANSLATE_NOOP("Errors", "Unknown language code(s): {codes}.")
)
DEFAULT_LANGUAGE_OUTSIDE = ErrorCode(
    "channel.default_language_outside",
    QT_TRANSLATE_NOOP("Errors", "The default language must be one of the channel's languages."),
)
ARCHIVING_DAYS_NEEDED = ErrorCode(
    "channel.archiving_days_needed",
    QT_TRANSLATE_NOOP("Errors", "Say after how many days messages are archived."),
)


@dataclass(frozen=True)
class SourceForm:
    """What the source editor sends; `settings` holds the type-specific, non-secret values."""

    name: str
    community_id: int | None
    channel_id: int | None = None
    color: int = 0
    default_category_ids: tuple[int, ...] = ()
    user_thread_default_category_ids: tuple[int, ...] = ()
    time_sheet_ids: tuple[int, ...] = ()
    sla_response: TypedNumber = 3600
    sla_threshold: TypedNumber = 80
    sla_expired_strategy: str = "max"
    default_task_priority: TypedNumber = 0
    intervention_messages_boost: TypedNumber = 0
    transferred_tasks_boost: TypedNumber = 0
    content_languages: tuple[str, ...] = ()
    default_content_language: str = ""
    auto_detect_content_language: bool = False
    hidden_from_stats: bool = False
    content_archiving: bool = False
    content_archiving_period: TypedNumber = 0
    settings: Mapping[str, Any] = field(default_factory=dict)


def _number(errors: FieldErrors, name: str, value: object, label: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        errors.add(name, NOT_WHOLE(label=field_label(label)))
        return low
    if value < low:
        errors.add(
            name, BELOW(label=field_label(label), low=low) if low else NEGATIVE(label=field_label(label))
        )
    elif value > high:
        errors.add(name, ABOVE(label=field_label(label), high=high))
    return value


def check_common(errors: FieldErrors, form: SourceForm) -> dict[str, Any]:
    """Column values of the common fields (category and time-sheet links are checked by the service)."""
    values: dict[str, Any] = {"name": errors.required("name", form.name, QT_TRANSLATE_NOOP("Errors", "Name"))}
    values["community_id"] = form.community_id
    values["channel_id"] = form.channel_id
    if isinstance(form.color, bool) or not isinstance(form.color, int) or not 0 <= form.color < PALETTE_SIZE:
        errors.add("color", COLOUR_UNKNOWN(count=PALETTE_SIZE))
    values["color"] = form.color
    values["sla_response"] = _number(
        errors,
        "sla_response",
        form.sla_response,
        QT_TRANSLATE_NOOP("Errors", "SLA response time"),
        0,
        MAX_SLA_SECONDS,
    )
    values["sla_threshold"] = _number(
        errors,
        "sla_threshold",
        form.sla_threshold,
        QT_TRANSLATE_NOOP("Errors", "SLA warning threshold"),
        0,
        100,
    )
    if form.sla_expired_strategy not in SLA_EXPIRED_STRATEGIES:
        errors.add("sla_expired_strategy", SLA_STRATEGY_UNKNOWN())
    values["sla_expired_strategy"] = form.sla_expired_strategy
    values["default_task_priority"] = _number(
        errors,
        "default_task_priority",
        form.default_task_priority,
        QT_TRANSLATE_NOOP("Errors", "Default task priority"),
        0,
        MAX_PRIORITY,
    )
    values["intervention_messages_boost"] = _number(
        errors,
        "intervention_messages_boost",
        form.intervention_messages_boost,
        QT_TRANSLATE_NOOP("Errors", "Message boost"),
        0,
        MAX_BOOST,
    )
    values["transferred_tasks_boost"] = _number(
        errors,
        "transferred_tasks_boost",
        form.transferred_tasks_boost,
        QT_TRANSLATE_NOOP("Errors", "Transfer boost"),
        0,
        MAX_BOOST,
    )
    given = form.content_languages if isinstance(form.content_languages, list | tuple | str) else ()
    languages = list(dict.fromkeys(c if isinstance(c, str) else str(c)[:20] for c in given))
    unknown = [code for code in languages if code not in LANGUAGES]
    if unknown:
        errors.add("content_languages", LANGUAGES_UNKNOWN(codes=", ".join(map(str, unknown))))
    values["content_languages"] = languages
    default_language = form.default_content_language or ""
    if default_language and default_language not in languages:
        errors.add("default_content_language", DEFAULT_LANGUAGE_OUTSIDE())
    values["default_content_language"] = default_language
    values["auto_detect_content_language"] = bool(form.auto_detect_content_language)
    values["hidden_from_stats"] = bool(form.hidden_from_stats)
    values["content_archiving"] = bool(form.content_archiving)
    values["content_archiving_period"] = _number(
        errors,
        "content_archiving_period",
        form.content_archiving_period,
        QT_TRANSLATE_NOOP("Errors", "Archiving period"),
        0,
        MAX_ARCHIVING_DAYS,
    )
    if form.content_archiving and values["content_archiving_period"] == 0:
        errors.add("content_archiving_period", ARCHIVING_DAYS_NEEDED())
    return values
