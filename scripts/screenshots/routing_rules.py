"""Screenshots of Routing › Topologies and Rules: the topologies list, the topology editor showing
a problem beside its step, and the rule editor's test pane (each at 1100×720 and at 1024×640).

    python scripts/screenshots/routing_rules.py [output folder]
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from screenshot_kit import (
    DEMO_NOW,
    data_dir,
    new_admin_session,
    output_dir,
    save,
    settle,
    show_main_window,
    start_app,
)
from sqlalchemy import update

from engage_desktop.models import Category, RulesEngineRule, Topology
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.routing.rule_conditions import (
    Action,
    ActionKind,
    ConditionKind,
    Group,
    Leaf,
    RuleSpec,
)
from engage_desktop.services.routing.rules import RuleForm
from engage_desktop.views.routing.rule_editor import RuleEditorDialog
from engage_desktop.views.routing.rules_page import RulesPage
from engage_desktop.views.routing.topologies_page import TopologiesPage
from engage_desktop.views.routing.topology_editor import TopologyEditorDialog

SIZES = {"": (1100, 720), "-1024x640": (1024, 640)}


def seed(workdir: Path) -> tuple[AppSession, dict[str, str]]:
    session = new_admin_session(workdir)
    ids = {name: session.teams.create_team(name).platform_id for name in ("Tier 1", "VIP care")}
    # Demo data only: categories and routing channels have their own pages (another script).
    with session.database.session_factory() as db, db.begin():
        for name in ("Orders", "Billing", "Returns"):
            category = Category(name=name, name_key=name.casefold())
            db.add(category)
            db.flush()
            ids[name] = category.platform_id
        for name in ("Chat", "E-mail"):
            channel = RoutingChannel(name=name, label=name)
            db.add(channel)
            db.flush()
            ids[name] = channel.platform_id
    steps = [
        {"target": {"categories": "task"}, "timeout_seconds": 60},
        {"target": {"team_ids": [ids["Tier 1"]]}, "timeout_seconds": 180},
        {"target": {"any_agent": True}},
    ]
    weekdays = session.topologies.create_topology(
        "Weekdays",
        {
            "queues": [
                {"name": "vip", "channel_id": ids["Chat"], "match": {"tag_ids": ["vip"]}, "steps": steps},
                {"name": "orders", "match": {"category_ids": [ids["Orders"]]}, "steps": steps},
            ],
            "default_queue": {"steps": steps},
            "special_queues": ["triage", "undelivered"],
        },
    )
    session.topologies.activate_topology(weekdays.id)
    session.topologies.create_topology(
        "Holiday draft",
        {
            "queues": [
                {
                    "name": "vip",
                    "channel_id": ids["Chat"],
                    "match": {"tag_ids": ["vip"]},
                    "steps": [
                        {"target": {"team_ids": [ids["VIP care"]]}},
                        {"target": {"categories": "task"}, "timeout_seconds": 120},
                        {"target": {"any_agent": True}},
                    ],
                },
                {"name": "billing", "match": {"category_ids": [ids["Billing"]]}, "steps": steps},
            ],
            "default_queue": {"steps": steps},
        },
    )
    session.rules.create_rule(
        RuleForm(
            "Urgent French orders",
            RuleSpec(
                condition=Group(
                    "all",
                    (
                        Leaf(ConditionKind.LANGUAGE, ("fr",)),
                        Group(
                            "any",
                            (
                                Leaf(ConditionKind.TEXT_CONTAINS, value="urgent"),
                                Leaf(ConditionKind.REGEX, value=r"tout de suite|asap"),
                            ),
                        ),
                        Leaf(ConditionKind.BUSINESS_HOURS, value="open"),
                    ),
                ),
                actions=(
                    Action(ActionKind.ADD_CATEGORY, ids["Orders"]),
                    Action(ActionKind.SET_PRIORITY, priority=90),
                    Action(ActionKind.ROUTE_TO_QUEUE, "vip"),
                ),
            ),
        )
    )
    session.rules.create_rule(
        RuleForm(
            "Out of hours auto-reply",
            RuleSpec(
                condition=Group("all", (Leaf(ConditionKind.BUSINESS_HOURS, value="closed"),)),
                actions=(Action(ActionKind.AUTO_REPLY, "entry-closed"),),
            ),
        )
    )
    session.rules.create_rule(
        RuleForm(
            "Spam filter",
            RuleSpec(
                condition=Group("any", (Leaf(ConditionKind.REGEX, value=r"crypto|casino"),)),
                actions=(Action(ActionKind.IGNORE),),
            ),
            active=False,
        )
    )
    # Demo data only (the services stamp "now"): the pictures change only with the code.
    with session.database.session_factory() as db, db.begin():
        for n, model in enumerate((Topology, RulesEngineRule)):
            db.execute(update(model).values(updated_at=DEMO_NOW - timedelta(days=3 - n, hours=n * 5)))
    return session, ids


def main() -> None:
    out = output_dir()
    app = start_app()
    with data_dir() as folder:
        session, _ids = seed(folder)
        window = show_main_window(session, folder)
        window.show_page("routing.topologies")
        settle(app)
        page = window.page_widget("routing.topologies")
        assert isinstance(page, TopologiesPage)
        settle(app, 0.3)
        save(window, out / "topologies-list.png")

        draft = next(r for r in session.topologies.list_topologies(ListQuery()) if r.name == "Holiday draft")
        for suffix, size in SIZES.items():
            page.open_topology(draft)
            editor = page.editor
            assert isinstance(editor, TopologyEditorDialog)
            editor.resize(*size)
            editor.structure.select(0, 0)
            settle(app, 0.3)
            save(editor, out / f"topology-editor-error{suffix}.png")
            editor.tabs.setCurrentIndex(1)
            editor.go_to_problem(editor.problem_list.item(0))
            settle(app, 0.2)
            save(editor, out / f"topology-editor-json{suffix}.png")
            editor.reject()
            settle(app, 0.1)

        window.show_page("routing.rules")
        settle(app)
        rules = window.page_widget("routing.rules")
        assert isinstance(rules, RulesPage)
        settle(app, 0.3)
        save(window, out / "rules-list.png")
        window.resize(*SIZES["-1024x640"])
        settle(app, 0.3)
        save(window, out / "rules-list-1024x640.png")
        first = session.rules.list_rules(ListQuery())[0]
        for suffix, size in SIZES.items():
            rules.open_rule(first)
            rule_editor = rules.editor
            assert isinstance(rule_editor, RuleEditorDialog)
            rule_editor.resize(*size)
            pane = rule_editor.test_pane
            pane.language_edit.setText("fr")
            pane.text_edit.setPlainText("Bonjour, c'est urgent : ma commande n'est toujours pas arrivée.")
            rule_editor.conditions.tree.setCurrentItem(rule_editor.conditions.item_at((1,)))
            settle(app, 0.3)
            save(rule_editor, out / f"rule-editor-test-pane{suffix}.png")
            rule_editor.reject()
            settle(app, 0.1)

        window.close()
        session.database.dispose()


if __name__ == "__main__":
    main()
