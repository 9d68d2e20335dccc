"""Pipeline steps 2 and 5: categorise a message (source defaults, then the rules in order) and pick
its queue from the active topology, resolving platform ids to the core's integer ids once.
"""

from __future__ import annotations

from dataclasses import dataclass

from engage_desktop.services.routing.engine.customer import (
    CustomerProfile,
    customer_facts,
    customer_sample,
    rule_sees_customers,
)
from engage_desktop.services.routing.engine.model import RoutingConfiguration, SourceConfig
from engage_desktop.services.routing.engine.state import ResolvedStep
from engage_desktop.services.routing.rule_conditions import (
    SampleMessage,
    Trigger,
    apply_actions,
    holds,
)
from engage_desktop.services.routing.topology_config import (
    DEFAULT_QUEUE,
    TASK_CATEGORIES,
    Step,
    TaskAttributes,
    choose_queue,
)

UNDELIVERED_QUEUE = "undelivered"
ANY_AGENT_STEPS = (ResolvedStep("any", frozenset(), None),)


@dataclass(frozen=True)
class Categorised:
    category_ids: frozenset[int]
    priority: int
    queue: str | None  # a rule's route_to_queue
    team_ids: frozenset[int]  # a rule's route_to_team
    ignored: bool
    rule_ids: tuple[int, ...]


@dataclass(frozen=True)
class QueuePlan:
    name: str
    steps: tuple[ResolvedStep, ...]
    overflow_to: str | None


class Categoriser:
    def __init__(self, config: RoutingConfiguration) -> None:
        self.config = config
        self._category_pid = {cid: pid for pid, cid in config.category_ids.items()}
        self._queue_cache: dict[tuple[object, ...], QueuePlan | None] = {}
        self._cache: dict[tuple[object, ...], Categorised] = {}
        self._sees_customers = any(rule_sees_customers(r.spec.condition) for r in config.rules)
        self._queues_by_name = {
            q.name.casefold(): q for q in (config.topology.queues if config.topology else ())
        }

    def categorise(
        self,
        source: SourceConfig,
        text: str,
        language: str,
        is_open: bool,
        customer: CustomerProfile | None = None,
    ) -> Categorised:
        """Rules see the message's text, language, source, categories and its customer's profile
        (tags, custom fields, attributes): the result is cached on exactly those."""
        key = (source.id, text, language, is_open, customer_facts(customer) if self._sees_customers else None)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > 50_000:
                self._cache.clear()
            found = self._cache[key] = self._categorise(source, text, language, is_open, customer)
        return found

    def _categorise(
        self,
        source: SourceConfig,
        text: str,
        language: str,
        is_open: bool,
        customer: CustomerProfile | None = None,
    ) -> Categorised:
        categories = set(source.default_category_ids)
        priority = source.default_task_priority
        if not self.config.rules:
            return Categorised(frozenset(categories), priority, None, frozenset(), False, ())
        message = SampleMessage(
            text=text,
            source_id=source.platform_id or str(source.id),
            language=language or None,
            category_ids=frozenset(self._category_pid.get(c, str(c)) for c in categories),
            priority=priority,
            trigger=Trigger.MESSAGE_RECEIVED,
            **customer_sample(customer),
        )
        queue: str | None = None
        teams: set[int] = set()
        fired = []
        for rule in self.config.rules:
            if rule.spec.trigger != Trigger.MESSAGE_RECEIVED:
                continue
            if not holds(rule.spec.condition, message, lambda _m: is_open):
                continue
            outcome = apply_actions(rule.spec, message)
            fired.append(rule.id)
            message = outcome.message
            queue = outcome.queue or queue
            if outcome.team is not None and outcome.team in self.config.team_ids:
                teams = {self.config.team_ids[outcome.team]}
            if outcome.ignored:
                return Categorised(frozenset(), message.priority, None, frozenset(), True, tuple(fired))
        ids = frozenset(
            self.config.category_ids[p] for p in message.category_ids if p in self.config.category_ids
        )
        return Categorised(ids, message.priority, queue, frozenset(teams), False, tuple(fired))

    def plan(
        self, source: SourceConfig, categories: frozenset[int], language: str, forced: str | None
    ) -> QueuePlan | None:
        """The queue and its steps; None: undelivered (no topology queue takes the task)."""
        if forced is not None:
            if forced.casefold() == UNDELIVERED_QUEUE:
                return None
            named = self.named(forced)
            if named is not None:
                return named
        key = (source.id, categories, language)
        if key in self._queue_cache:
            return self._queue_cache[key]
        plan = self._choose(source, categories, language)
        self._queue_cache[key] = plan
        return plan

    def named(self, name: str) -> QueuePlan | None:
        if name.casefold() == DEFAULT_QUEUE:
            topology = self.config.topology
            if topology is None or topology.default_queue is None:
                return QueuePlan(DEFAULT_QUEUE, ANY_AGENT_STEPS, None)
            return QueuePlan(DEFAULT_QUEUE, self._steps(topology.default_queue), None)
        queue = self._queues_by_name.get(name.casefold())
        if queue is None:
            return None
        return QueuePlan(queue.name, self._steps(queue.steps), queue.overflow_to)

    def queue_names(self) -> list[str]:
        topology = self.config.topology
        names = [q.name for q in topology.queues] if topology else []
        return [*names, DEFAULT_QUEUE]

    def _choose(self, source: SourceConfig, categories: frozenset[int], language: str) -> QueuePlan | None:
        topology = self.config.topology
        if topology is None:
            return QueuePlan(DEFAULT_QUEUE, ANY_AGENT_STEPS, None)
        channel = self.config.channels.get(source.channel_id) if source.channel_id is not None else None
        attributes = TaskAttributes(
            channel_id=channel.platform_id if channel else None,
            category_ids=frozenset(self._category_pid.get(c, str(c)) for c in categories),
            source_id=source.platform_id or None,
            language=language or None,
        )
        choice = choose_queue(topology, attributes)
        if choice is None:
            return None
        overflow = topology.queues[choice.index].overflow_to if choice.index is not None else None
        return QueuePlan(choice.name, self._steps(choice.steps), overflow)

    def _steps(self, steps: tuple[Step, ...]) -> tuple[ResolvedStep, ...]:
        out = []
        for step in steps:
            target = step.target
            timeout = float(step.timeout_seconds) if step.timeout_seconds else None
            if target.any_agent:
                out.append(ResolvedStep("any", frozenset(), timeout))
            elif target.categories == TASK_CATEGORIES:
                out.append(ResolvedStep("task_cats", frozenset(), timeout))
            elif isinstance(target.categories, tuple):
                ids = frozenset(
                    self.config.category_ids[p] for p in target.categories if p in self.config.category_ids
                )
                out.append(ResolvedStep("cats", ids, timeout))
            elif target.team_ids is not None:
                ids = frozenset(self.config.team_ids[p] for p in target.team_ids if p in self.config.team_ids)
                out.append(ResolvedStep("teams", ids, timeout))
            elif target.user_ids is not None:
                ids = frozenset(self.config.user_ids[p] for p in target.user_ids if p in self.config.user_ids)
                out.append(ResolvedStep("users", ids, timeout))
        return tuple(out) or ANY_AGENT_STEPS
