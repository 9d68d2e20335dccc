"""Topology config problems: their error codes, where they are (a path into the config), and the
line and column of that path in the JSON text the administrator edits.

Pure, like topology_config.py, which reports these problems.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from engage_desktop.services.core.errors import ErrorCode, Message
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP

Path = tuple[str | int, ...]

JSON_SYNTAX = ErrorCode(
    "topology.json_syntax",
    QT_TRANSLATE_NOOP("Errors", "The JSON is not valid at line {line}, column {column}: {reason}."),
)
NOT_AN_OBJECT = ErrorCode("topology.not_an_object", QT_TRANSLATE_NOOP("Errors", "{where} must be an object."))
NOT_A_LIST = ErrorCode("topology.not_a_list", QT_TRANSLATE_NOOP("Errors", "{where} must be a list."))
NOT_TEXT = ErrorCode("topology.not_text", QT_TRANSLATE_NOOP("Errors", "{where} must be text."))
NOT_A_NUMBER = ErrorCode(
    "topology.not_a_number", QT_TRANSLATE_NOOP("Errors", "{where} must be a whole number of seconds.")
)
NOT_TRUE = ErrorCode("topology.not_true", QT_TRANSLATE_NOOP("Errors", "{where} must be true."))
UNKNOWN_KEY = ErrorCode(
    "topology.unknown_key", QT_TRANSLATE_NOOP("Errors", "“{key}” is not a setting of {where}.")
)
MISSING_KEY = ErrorCode("topology.missing_key", QT_TRANSLATE_NOOP("Errors", "{where} needs “{key}”."))
QUEUE_NAME_REQUIRED = ErrorCode(
    "topology.queue_name_required", QT_TRANSLATE_NOOP("Errors", "Queue {index} needs a name.")
)
QUEUE_NAME_TAKEN = ErrorCode(
    "topology.queue_name_taken", QT_TRANSLATE_NOOP("Errors", "Two queues are named “{name}”.")
)
UNKNOWN_IDS = ErrorCode("topology.unknown_ids", QT_TRANSLATE_NOOP("Errors", "Unknown {kind}: {ids}."))
UNREACHABLE_EMPTY = ErrorCode(
    "topology.unreachable_empty_match",
    QT_TRANSLATE_NOOP("Errors", "Queue “{name}” can never be reached: its “{key}” list is empty."),
)
UNREACHABLE_SHADOWED = ErrorCode(
    "topology.unreachable_shadowed",
    QT_TRANSLATE_NOOP(
        "Errors", "Queue “{name}” can never be reached: queue “{earlier}” above it takes all its tasks."
    ),
)
NO_STEPS = ErrorCode(
    "topology.no_steps", QT_TRANSLATE_NOOP("Errors", "Queue “{name}” needs at least one step.")
)
EMPTY_TARGET = ErrorCode(
    "topology.empty_target",
    QT_TRANSLATE_NOOP("Errors", "Step {step} targets nobody: choose categories, teams, agents or any agent."),
)
SEVERAL_TARGETS = ErrorCode(
    "topology.several_targets",
    QT_TRANSLATE_NOOP("Errors", "Step {step} names several kinds of target; keep one."),
)
TIMEOUT_REQUIRED = ErrorCode(
    "topology.timeout_required",
    QT_TRANSLATE_NOOP(
        "Errors", "Step {step} needs a timeout: without one the tasks never reach the step after it."
    ),
)
TIMEOUT_POSITIVE = ErrorCode(
    "topology.timeout_positive", QT_TRANSLATE_NOOP("Errors", "Step {step}: the timeout must be above 0.")
)
OVERFLOW_UNKNOWN = ErrorCode(
    "topology.overflow_unknown",
    QT_TRANSLATE_NOOP("Errors", "Queue “{name}” overflows to “{target}”, which is not a queue."),
)
OVERFLOW_CYCLE = ErrorCode(
    "topology.overflow_cycle",
    QT_TRANSLATE_NOOP("Errors", "Queue “{name}” overflows in a circle: {cycle}."),
)
SPECIAL_QUEUE_TAKEN = ErrorCode(
    "topology.special_queue_taken",
    QT_TRANSLATE_NOOP("Errors", "“{name}” is a special queue; give the queue another name."),
)

KIND_WORDS = {
    "category_ids": QT_TRANSLATE_NOOP("Errors", "categories"),
    "categories": QT_TRANSLATE_NOOP("Errors", "categories"),
    "team_ids": QT_TRANSLATE_NOOP("Errors", "teams"),
    "user_ids": QT_TRANSLATE_NOOP("Errors", "agents"),
    "channel_id": QT_TRANSLATE_NOOP("Errors", "routing channel"),
    "tag_ids": QT_TRANSLATE_NOOP("Errors", "tags"),
    "source_ids": QT_TRANSLATE_NOOP("Errors", "sources"),
}


@dataclass(frozen=True)
class ConfigProblem:
    path: Path  # ("queues", 0, "steps", 1, "timeout_seconds")
    message: Message
    line: int | None = None
    column: int | None = None

    @property
    def queue_index(self) -> int | None:
        """The queue it concerns (None: the default queue or the config as a whole)."""
        if len(self.path) > 1 and self.path[0] == "queues" and isinstance(self.path[1], int):
            return self.path[1]
        return None

    @property
    def in_default_queue(self) -> bool:
        return self.path[:1] == ("default_queue",)

    @property
    def step_index(self) -> int | None:
        for i, part in enumerate(self.path[:-1]):
            if part == "steps" and isinstance(self.path[i + 1], int):
                return int(self.path[i + 1])
        return None

    @property
    def where(self) -> str:
        return path_text(self.path)


def path_text(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "config"


# ---- where a path is in the text -------------------------------------------------------------------
_SPACE = re.compile(r"[ \t\n\r]*")


def value_positions(text: str) -> dict[Path, int]:
    """Offset of each value in the JSON text by its path; {} when the text is not valid JSON."""
    positions: dict[Path, int] = {}
    decoder = json.JSONDecoder()

    def skip(i: int) -> int:
        found = _SPACE.match(text, i)
        return found.end() if found else i

    def value(i: int, path: Path) -> int:
        i = skip(i)
        positions[path] = i
        opening = text[i : i + 1]
        if opening not in ("{", "["):
            return int(decoder.raw_decode(text, i)[1])
        closing, i, index = ("}" if opening == "{" else "]"), skip(i + 1), 0
        if text[i : i + 1] == closing:
            return i + 1
        while True:
            if opening == "{":
                key, i = json.decoder.scanstring(text, skip(i) + 1)  # type: ignore[attr-defined]
                i = value(skip(i) + 1, (*path, key))
            else:
                i = value(i, (*path, index))
                index += 1
            i = skip(i)
            if text[i : i + 1] != ",":
                return i + 1
            i += 1

    try:
        value(0, ())
    except (ValueError, IndexError):
        return {}
    return positions


def locate(text: str, problem: ConfigProblem, positions: Mapping[Path, int] | None = None) -> ConfigProblem:
    """The problem with the line and column of its path (or of the nearest enclosing value)."""
    found = positions if positions is not None else value_positions(text)
    path = problem.path
    while path and path not in found:
        path = path[:-1]
    offset = found.get(path)
    if offset is None:
        return problem
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return ConfigProblem(problem.path, problem.message, line, column)
