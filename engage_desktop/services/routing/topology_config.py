"""The topology config of routing.md as plain dataclasses: parse, serialise, validate, choose a queue.

The platform stores the config as an opaque JSON object; we read it like code. Every problem names
the path it is about (queue index, step index, field), so the editor shows it beside that queue or
step and the JSON tab at its line. No database and no Qt: the routing engine and the simulation of
a later issue call the same functions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from engage_desktop.services.core.errors import Message
from engage_desktop.services.routing.topology_problems import (
    EMPTY_TARGET,
    JSON_SYNTAX,
    KIND_WORDS,
    MISSING_KEY,
    NO_STEPS,
    NOT_A_LIST,
    NOT_A_NUMBER,
    NOT_AN_OBJECT,
    NOT_TEXT,
    NOT_TRUE,
    OVERFLOW_CYCLE,
    OVERFLOW_UNKNOWN,
    QUEUE_NAME_REQUIRED,
    QUEUE_NAME_TAKEN,
    SEVERAL_TARGETS,
    SPECIAL_QUEUE_TAKEN,
    TIMEOUT_POSITIVE,
    TIMEOUT_REQUIRED,
    UNKNOWN_IDS,
    UNKNOWN_KEY,
    UNREACHABLE_EMPTY,
    UNREACHABLE_SHADOWED,
    ConfigProblem,
    Path,
    locate,
    path_text,
)

TASK_CATEGORIES = "task"  # a target {"categories": "task"}: agents holding the task's categories
MATCH_KEYS = ("category_ids", "tag_ids", "source_ids", "languages")
TARGET_KINDS = ("categories", "team_ids", "user_ids", "any_agent")
DEFAULT_QUEUE = "default"


# ---- the config ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Target:
    """Who a step offers the task to: exactly one of these is set in a valid config."""

    categories: str | tuple[str, ...] | None = None  # "task" or category ids
    team_ids: tuple[str, ...] | None = None
    user_ids: tuple[str, ...] | None = None
    any_agent: bool | None = None

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(kind for kind in TARGET_KINDS if getattr(self, kind) is not None)


@dataclass(frozen=True)
class Step:
    target: Target
    timeout_seconds: int | None = None


@dataclass(frozen=True)
class Match:
    """A task matches when, for every list given, one of its values is the task's (AND of ORs)."""

    category_ids: tuple[str, ...] | None = None
    tag_ids: tuple[str, ...] | None = None
    source_ids: tuple[str, ...] | None = None
    languages: tuple[str, ...] | None = None

    def given(self) -> dict[str, tuple[str, ...]]:
        return {key: getattr(self, key) for key in MATCH_KEYS if getattr(self, key) is not None}


@dataclass(frozen=True)
class Queue:
    name: str
    steps: tuple[Step, ...]
    channel_id: str | None = None
    match: Match | None = None
    overflow_to: str | None = None  # after its last step, tasks move to this queue


@dataclass(frozen=True)
class TopologyConfig:
    queues: tuple[Queue, ...] = ()
    default_queue: tuple[Step, ...] | None = None  # {"steps": [...]}
    special_queues: tuple[str, ...] | None = None


@dataclass(frozen=True)
class KnownIds:
    """The platform ids that exist; None for a kind means "do not check it"."""

    category_ids: frozenset[str] | None = None
    team_ids: frozenset[str] | None = None
    user_ids: frozenset[str] | None = None
    channel_ids: frozenset[str] | None = None
    tag_ids: frozenset[str] | None = None
    source_ids: frozenset[str] | None = None


@dataclass(frozen=True)
class ParseResult:
    config: TopologyConfig | None
    problems: tuple[ConfigProblem, ...] = ()


# ---- parsing ---------------------------------------------------------------------------------------
class _Reader:
    """Reads the JSON value into dataclasses, noting every type problem with its path."""

    def __init__(self) -> None:
        self.problems: list[ConfigProblem] = []

    def problem(self, path: Path, message: Message) -> None:
        self.problems.append(ConfigProblem(path, message))

    def obj(self, value: Any, path: Path, allowed: Iterable[str]) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.problem(path, NOT_AN_OBJECT(where=path_text(path)))
            return None
        for key in value:
            if key not in allowed:
                self.problem((*path, key), UNKNOWN_KEY(key=key, where=path_text(path)))
        return value

    def ids(self, value: Any, path: Path) -> tuple[str, ...] | None:
        if not isinstance(value, list):
            self.problem(path, NOT_A_LIST(where=path_text(path)))
            return None
        for i, item in enumerate(value):
            if not isinstance(item, str):
                self.problem((*path, i), NOT_TEXT(where=path_text((*path, i))))
        return tuple(str(item) for item in value)

    def text(self, value: Any, path: Path) -> str | None:
        if not isinstance(value, str):
            self.problem(path, NOT_TEXT(where=path_text(path)))
            return None
        return value

    def target(self, value: Any, path: Path) -> Target:
        raw = self.obj(value, path, TARGET_KINDS) or {}
        categories: str | tuple[str, ...] | None = None
        if "categories" in raw:
            if raw["categories"] == TASK_CATEGORIES:
                categories = TASK_CATEGORIES
            else:
                categories = self.ids(raw["categories"], (*path, "categories"))
        any_agent = raw.get("any_agent")
        if "any_agent" in raw and any_agent is not True:
            self.problem((*path, "any_agent"), NOT_TRUE(where=path_text((*path, "any_agent"))))
        return Target(
            categories=categories,
            team_ids=self.ids(raw["team_ids"], (*path, "team_ids")) if "team_ids" in raw else None,
            user_ids=self.ids(raw["user_ids"], (*path, "user_ids")) if "user_ids" in raw else None,
            any_agent=True if any_agent is True else None,
        )

    def steps(self, value: Any, path: Path) -> tuple[Step, ...]:
        if not isinstance(value, list):
            self.problem(path, NOT_A_LIST(where=path_text(path)))
            return ()
        steps = []
        for i, raw_step in enumerate(value):
            step_path = (*path, i)
            raw = self.obj(raw_step, step_path, ("target", "timeout_seconds")) or {}
            if "target" not in raw:
                self.problem(step_path, MISSING_KEY(where=path_text(step_path), key="target"))
            timeout = raw.get("timeout_seconds")
            if "timeout_seconds" in raw and (isinstance(timeout, bool) or not isinstance(timeout, int)):
                self.problem((*step_path, "timeout_seconds"), NOT_A_NUMBER(where=path_text(step_path)))
                timeout = None
            steps.append(Step(self.target(raw.get("target", {}), (*step_path, "target")), timeout))
        return tuple(steps)

    def queue(self, value: Any, path: Path) -> Queue:
        allowed = ("name", "channel_id", "match", "steps", "overflow_to")
        raw = self.obj(value, path, allowed) or {}
        match = None
        if "match" in raw:
            m = self.obj(raw["match"], (*path, "match"), MATCH_KEYS) or {}
            match = Match(**{key: self.ids(m[key], (*path, "match", key)) for key in MATCH_KEYS if key in m})
        if "name" not in raw:
            self.problem(path, MISSING_KEY(where=path_text(path), key="name"))
        if "steps" not in raw:
            self.problem(path, MISSING_KEY(where=path_text(path), key="steps"))
        return Queue(
            name=self.text(raw.get("name", ""), (*path, "name")) or "",
            steps=self.steps(raw.get("steps", []), (*path, "steps")),
            channel_id=self.text(raw["channel_id"], (*path, "channel_id")) if "channel_id" in raw else None,
            match=match,
            overflow_to=self.text(raw["overflow_to"], (*path, "overflow_to"))
            if "overflow_to" in raw
            else None,
        )


def parse_config(data: Any) -> ParseResult:
    """A decoded JSON value → the config, or None with every type problem found."""
    reader = _Reader()
    raw = reader.obj(data, (), ("queues", "default_queue", "special_queues"))
    if raw is None:
        return ParseResult(None, tuple(reader.problems))
    queues: list[Queue] = []
    if "queues" not in raw:
        reader.problem((), MISSING_KEY(where=path_text(()), key="queues"))
    elif not isinstance(raw["queues"], list):
        reader.problem(("queues",), NOT_A_LIST(where="queues"))
    else:
        queues = [reader.queue(q, ("queues", i)) for i, q in enumerate(raw["queues"])]
    default = None
    if "default_queue" in raw:
        d = reader.obj(raw["default_queue"], ("default_queue",), ("steps",)) or {}
        default = reader.steps(d.get("steps", []), ("default_queue", "steps"))
    special = reader.ids(raw["special_queues"], ("special_queues",)) if "special_queues" in raw else None
    if reader.problems:
        return ParseResult(None, tuple(reader.problems))
    return ParseResult(TopologyConfig(tuple(queues), default, special))


def parse_config_text(text: str) -> ParseResult:
    """JSON text → the config; a syntax error or a type problem carries its line and column."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        message = JSON_SYNTAX(line=exc.lineno, column=exc.colno, reason=exc.msg)
        return ParseResult(None, (ConfigProblem((), message, exc.lineno, exc.colno),))
    result = parse_config(data)
    return ParseResult(result.config, tuple(locate(text, p) for p in result.problems))


# ---- serialising -----------------------------------------------------------------------------------
def _target_dict(target: Target) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for kind in TARGET_KINDS:
        value = getattr(target, kind)
        if value is not None:
            out[kind] = list(value) if isinstance(value, tuple) else value
    return out


def _steps_list(steps: Iterable[Step]) -> list[dict[str, Any]]:
    out = []
    for step in steps:
        raw: dict[str, Any] = {"target": _target_dict(step.target)}
        if step.timeout_seconds is not None:
            raw["timeout_seconds"] = step.timeout_seconds
        out.append(raw)
    return out


def config_to_dict(config: TopologyConfig) -> dict[str, Any]:
    """The inverse of `parse_config`: parsing this gives back an equal config, and vice versa."""
    queues = []
    for queue in config.queues:
        raw: dict[str, Any] = {"name": queue.name}
        if queue.channel_id is not None:
            raw["channel_id"] = queue.channel_id
        if queue.match is not None:
            raw["match"] = {key: list(values) for key, values in queue.match.given().items()}
        raw["steps"] = _steps_list(queue.steps)
        if queue.overflow_to is not None:
            raw["overflow_to"] = queue.overflow_to
        queues.append(raw)
    out: dict[str, Any] = {"queues": queues}
    if config.default_queue is not None:
        out["default_queue"] = {"steps": _steps_list(config.default_queue)}
    if config.special_queues is not None:
        out["special_queues"] = list(config.special_queues)
    return out


def config_to_text(config: TopologyConfig) -> str:
    return json.dumps(config_to_dict(config), indent=2, ensure_ascii=False)


def starter_config() -> TopologyConfig:
    """What a new topology starts with: the task's categories first, then any agent."""
    return TopologyConfig(
        queues=(),
        default_queue=(
            Step(Target(categories=TASK_CATEGORIES), 300),
            Step(Target(any_agent=True)),
        ),
        special_queues=("triage", "undelivered"),
    )


# ---- validating ------------------------------------------------------------------------------------
def validate_config(config: TopologyConfig, known: KnownIds | None = None) -> list[ConfigProblem]:
    """Every problem of a well-typed config, in the order of the config (queues, then default)."""
    known = known or KnownIds()
    problems: list[ConfigProblem] = []
    add = problems.append
    special = {s.casefold() for s in config.special_queues or ()}
    names: dict[str, int] = {}
    for qi, queue in enumerate(config.queues):
        path: Path = ("queues", qi)
        name = queue.name.strip()
        if not name:
            add(ConfigProblem((*path, "name"), QUEUE_NAME_REQUIRED(index=qi + 1)))
        elif name.casefold() in names:
            add(ConfigProblem((*path, "name"), QUEUE_NAME_TAKEN(name=name)))
        elif name.casefold() in special:
            add(ConfigProblem((*path, "name"), SPECIAL_QUEUE_TAKEN(name=name)))
        if name:
            names.setdefault(name.casefold(), qi)
        if queue.channel_id is not None:
            _check_ids(add, (*path, "channel_id"), "channel_id", (queue.channel_id,), known.channel_ids)
        match = queue.match.given() if queue.match else {}
        checked = {
            "category_ids": known.category_ids,
            "tag_ids": known.tag_ids,
            "source_ids": known.source_ids,
        }
        for key, values in match.items():
            if key in checked:
                _check_ids(add, (*path, "match", key), key, values, checked[key])
        empty = next((key for key, values in match.items() if not values), None)
        if empty is not None:
            add(ConfigProblem((*path, "match", empty), UNREACHABLE_EMPTY(name=name, key=empty)))
        else:
            earlier = next((e for e in config.queues[:qi] if _shadows(e, queue)), None)
            if earlier is not None:
                add(ConfigProblem(path, UNREACHABLE_SHADOWED(name=name, earlier=earlier.name)))
        _check_steps(add, (*path, "steps"), name, queue.steps, known)
    if config.default_queue is not None:
        _check_steps(add, ("default_queue", "steps"), DEFAULT_QUEUE, config.default_queue, known)
    _check_overflow(add, config, names)
    return problems


def _check_ids(add: Any, path: Path, kind: str, values: Iterable[str], known: frozenset[str] | None) -> None:
    if known is None:
        return
    unknown = [v for v in values if v not in known]
    if unknown:
        add(ConfigProblem(path, UNKNOWN_IDS(kind=Message("field.label", KIND_WORDS[kind], {}), ids=unknown)))


def _check_steps(add: Any, path: Path, name: str, steps: tuple[Step, ...], known: KnownIds) -> None:
    if not steps:
        add(ConfigProblem(path, NO_STEPS(name=name)))
    for si, step in enumerate(steps):
        step_path: Path = (*path, si)
        number = si + 1
        target, kinds = step.target, step.target.kinds
        if not kinds or any(getattr(target, k) == () for k in kinds):
            add(ConfigProblem((*step_path, "target"), EMPTY_TARGET(step=number)))
        elif len(kinds) > 1:
            add(ConfigProblem((*step_path, "target"), SEVERAL_TARGETS(step=number)))
        if isinstance(target.categories, tuple):
            _check_ids(
                add, (*step_path, "target", "categories"), "categories", target.categories, known.category_ids
            )
        if target.team_ids:
            _check_ids(add, (*step_path, "target", "team_ids"), "team_ids", target.team_ids, known.team_ids)
        if target.user_ids:
            _check_ids(add, (*step_path, "target", "user_ids"), "user_ids", target.user_ids, known.user_ids)
        if step.timeout_seconds is None and si < len(steps) - 1:
            add(ConfigProblem((*step_path, "timeout_seconds"), TIMEOUT_REQUIRED(step=number)))
        elif step.timeout_seconds is not None and step.timeout_seconds <= 0:
            add(ConfigProblem((*step_path, "timeout_seconds"), TIMEOUT_POSITIVE(step=number)))


def _shadows(earlier: Queue, later: Queue) -> bool:
    """True when every task `later` could take is taken by `earlier` first."""
    if earlier.channel_id is not None and earlier.channel_id != later.channel_id:
        return False
    mine = later.match.given() if later.match else {}
    theirs = earlier.match.given() if earlier.match else {}
    return all(key in mine and set(mine[key]) <= set(values) for key, values in theirs.items())


def _check_overflow(add: Any, config: TopologyConfig, names: Mapping[str, int]) -> None:
    special = {s.casefold() for s in config.special_queues or ()}
    reported: set[int] = set()
    for qi, queue in enumerate(config.queues):
        if queue.overflow_to is None:
            continue
        target = queue.overflow_to.casefold()
        if target not in names and target not in special:
            add(
                ConfigProblem(
                    ("queues", qi, "overflow_to"), OVERFLOW_UNKNOWN(name=queue.name, target=queue.overflow_to)
                )
            )
            continue
        seen, current = [qi], names.get(target)
        while current is not None and current not in seen:
            seen.append(current)
            nxt = config.queues[current].overflow_to
            current = names.get(nxt.casefold()) if nxt is not None else None
        if current is not None and current == qi and qi not in reported:
            reported.update(seen)
            cycle = " → ".join(config.queues[i].name for i in [*seen, qi])
            add(ConfigProblem(("queues", qi, "overflow_to"), OVERFLOW_CYCLE(name=queue.name, cycle=cycle)))


# ---- choosing a queue ------------------------------------------------------------------------------
@dataclass(frozen=True)
class TaskAttributes:
    channel_id: str | None = None
    category_ids: frozenset[str] = field(default_factory=frozenset)
    tag_ids: frozenset[str] = field(default_factory=frozenset)
    source_id: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class QueueChoice:
    name: str
    index: int | None  # None: the default queue
    steps: tuple[Step, ...]


def queue_matches(queue: Queue, task: TaskAttributes) -> bool:
    if queue.channel_id is not None and queue.channel_id != task.channel_id:
        return False
    have = {
        "category_ids": task.category_ids,
        "tag_ids": task.tag_ids,
        "source_ids": {task.source_id} - {None},
        "languages": {task.language} - {None},
    }
    given = queue.match.given() if queue.match else {}
    return all(bool(set(values) & set(have[key])) for key, values in given.items())


def choose_queue(config: TopologyConfig, task: TaskAttributes) -> QueueChoice | None:
    """The first queue whose match takes the task, else the default queue; None: undelivered."""
    for index, queue in enumerate(config.queues):
        if queue_matches(queue, task):
            return QueueChoice(queue.name, index, queue.steps)
    if config.default_queue is not None:
        return QueueChoice(DEFAULT_QUEUE, None, config.default_queue)
    return None
