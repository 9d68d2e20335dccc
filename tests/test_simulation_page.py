"""Routing › Simulation with real widgets: generated and live configurations, a trace file with
refused lines, Cancel, the permission refusal, and the CSV and PNG exports."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from conftest import Signed
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from qt_helpers import wait_loaded
from routing_engine_setup import build_world
from test_roles_service import user_with_role

from engage_desktop.secrets import SecretStore
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.routing.engine.trace_generator import demo_configuration
from engage_desktop.services.routing.simulation_scenarios import routable_agents, with_agent_count
from engage_desktop.views.routing.simulation_page import SimulationPage


def make_page(qtbot, session: AppSession) -> SimulationPage:
    page = SimulationPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    return page


def finish(qtbot, page: SimulationPage) -> None:
    """Waits for the run to end. An unexpected error box (modal, it would block) is closed by a
    timer that runs inside its event loop, and fails the test."""
    boxes: list[str] = []

    def close_boxes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            boxes.append(box.text())
            box.done(0)

    timer = QTimer()
    timer.timeout.connect(close_boxes)
    timer.start(50)
    try:
        qtbot.waitUntil(lambda: not page.is_running(), timeout=60_000)
    finally:
        timer.stop()
    assert not boxes, f"unexpected error box: {boxes}"
    wait_loaded(page)


@pytest.fixture
def page(qtbot, app_session: AppSession) -> SimulationPage:
    return make_page(qtbot, app_session)


def test_a_generated_day_on_a_and_a_bigger_b_is_reported_side_by_side(
    qtbot, page: SimulationPage, tmp_path: Path
) -> None:
    setup = page.setup
    setup.base_a.setCurrentIndex(setup.base_a.findData("generated"))
    setup.interactions.setValue(3000)
    setup.generated_agents.setValue(8)
    setup.handling_a.setValue(8)
    setup.agents_b.setValue(16)
    setup.handling_b.setValue(8)
    assert not page.csv_button.isEnabled()
    page.run()
    finish(qtbot, page)

    outcome = page.outcome
    assert outcome is not None and outcome.b is not None
    assert (outcome.agents_a, outcome.agents_b) == (8, 16)
    assert outcome.a.interactions == outcome.b.interactions == 3000
    # Twice the agents on the same day: nobody waits longer, agents are less busy.
    assert outcome.b.wait_percentiles[90] <= outcome.a.wait_percentiles[90]
    assert sum(outcome.b.agent_occupancy.values()) / 16 < sum(outcome.a.agent_occupancy.values()) / 8
    assert page.stack.currentWidget() is page.results
    assert re.search(r"3,?000 interaction.*simulated", page.status_label.text())
    assert page.results.cards["sla"].detail_label.text().startswith("B: ")
    assert len(page.results.waiting_view.chart().series()) == 2
    labels = [m.label for m in page.results.metrics_panel.model.loaded_rows()]
    assert "SLA met (%)" in labels and "Wait, 90th percentile (s)" in labels
    assert len(page.results.agents_panel.model.loaded_rows()) == 16  # A's 8 and B's copies
    teams = page.results.teams_panel.model.loaded_rows()
    assert teams and all(r.b is not None for r in teams)

    page.results.agents_panel.search_edit.setText("agent001")
    qtbot.waitUntil(lambda: len(page.results.agents_panel.model.loaded_rows()) == 2)  # and its copy in B

    assert page.export_csv(tmp_path / "report.csv")
    with (tmp_path / "report.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:2] == ["metric", "Demo (generated)"]
    assert rows[0][2].startswith("Copy of A, 16 agent") and rows[0][3] == "difference"
    assert ["interactions", "3000", "3000", "+0.000"] in rows
    assert page.export_png(tmp_path / "charts.png")
    image = QImage(str(tmp_path / "charts.png"))
    assert not image.isNull() and image.width() > 300


def test_the_current_configuration_runs_from_the_database(qtbot, sqlite_admin: Signed, app_session) -> None:
    world = build_world(sqlite_admin.ctx, agents=4)
    page = make_page(qtbot, app_session)
    page.setup.interactions.setValue(400)
    page.setup.agents_b.setValue(7)
    page.run()
    finish(qtbot, page)
    outcome = page.outcome
    assert outcome is not None and outcome.b is not None, page.last_error
    # The world's agents and the administrator, whose role may receive tasks too.
    assert (outcome.agents_a, outcome.agents_b) == (len(world.agent_ids) + 1, 7)
    assert outcome.a.tasks > 0 and outcome.a.assigned > 0


def test_cancel_stops_the_run_and_keeps_the_page_usable(qtbot, page: SimulationPage) -> None:
    page.setup.base_a.setCurrentIndex(page.setup.base_a.findData("generated"))
    page.setup.interactions.setValue(60_000)
    dialog = page.run()
    assert dialog is not None
    dialog.cancel()
    finish(qtbot, page)
    assert dialog.was_cancelled and page.outcome is None and page.last_error is None
    assert "cancelled" in page.status_label.text()
    assert page.stack.currentWidget() is page.empty_state
    page.setup.interactions.setValue(200)
    page.run()
    finish(qtbot, page)
    assert page.outcome is not None and page.outcome.a.interactions == 200


def test_nothing_to_simulate_on_an_empty_configuration_is_said_on_the_page(
    qtbot, page: SimulationPage
) -> None:
    page.setup.interactions.setValue(100)  # the current configuration has no source yet
    page.run()
    finish(qtbot, page)
    assert page.outcome is None
    assert page.error_banner.isVisible() and "nothing to simulate" in page.error_banner.text()


def test_a_role_without_topologies_or_monitoring_is_refused_by_the_service(
    qtbot, sqlite_admin: Signed
) -> None:
    agent = user_with_role(sqlite_admin, "Planner-less", ["read_user"], "nosim")
    session = AppSession(agent.db, agent.ctx, agent.user, SecretStore())
    page = make_page(qtbot, session)
    page.setup.interactions.setValue(100)
    page.run()
    finish(qtbot, page)
    assert page.outcome is None
    assert "manage_topologies" in page.error_banner.text()


def test_a_trace_file_lists_its_refused_lines_and_runs_on_the_good_ones(
    qtbot, page: SimulationPage, tmp_path: Path
) -> None:
    config = demo_configuration(6)
    good = {
        "source": "src-chat",
        "foreign_id": "m1",
        "thread": "t1",
        "author": "c1",
        "text": "Where is my order?",
        "language": "en",
        "timestamp": "2026-12-01T09:00:00+00:00",
    }
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({**good, "foreign_id": "m2", "timestamp": "yesterday"}),
        json.dumps({**good, "foreign_id": "m3", "timestamp": "2026-12-01T09:01:00+00:00"}),
        json.dumps({**good, "foreign_id": "=cmd|' /C calc'!A0", "text": "x\x00y"}),
    ]
    path = tmp_path / "day.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert config.sources  # the generated configuration reads "src-chat"

    page.setup.run_button.click()  # file mode without a file: said under the field
    page.setup.trace_mode.setCurrentIndex(1)
    assert page.setup.plan() is None
    assert page.setup.file_form.has_errors()

    page.setup.load_trace(path)
    qtbot.waitUntil(lambda: not page.setup.reading)
    errors = [page.setup.trace_errors.item(i).text() for i in range(page.setup.trace_errors.count())]
    assert [e.split(":")[0] for e in errors] == ["Line 2", "Line 3", "Line 5"]
    assert page.setup.trace_status.text().startswith("2 interaction")
    assert not page.setup.file_form.has_errors()

    page.setup.base_a.setCurrentIndex(page.setup.base_a.findData("generated"))
    page.setup.compare.setChecked(False)
    page.run()
    finish(qtbot, page)
    assert page.outcome is not None and page.outcome.b is None
    assert page.outcome.a.interactions == 2
    assert page.results.metrics_panel.table.isColumnHidden(2)  # no B column without B


def test_with_agent_count_copies_and_trims_agents() -> None:
    config = demo_configuration(5)
    more = with_agent_count(config, 12)
    agents = routable_agents(more)
    assert len(agents) == 12 and len({a.id for a in agents}) == 12
    copy = agents[5]
    assert copy.category_ids == agents[0].category_ids and copy.team_ids == agents[0].team_ids
    fewer = with_agent_count(config, 2)
    assert [a.id for a in routable_agents(fewer)] == [1, 2]
    assert set(fewer.user_ids.values()) == {1, 2}
