"""What-if simulation: the same core on a virtual clock, its report, comparison, CSV and generator."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest

from engage_desktop.cli import main
from engage_desktop.services.routing.engine import (
    GeneratorOptions,
    HandlingTimes,
    SimulationCancelled,
    SimulationOptions,
    compare_reports,
    generate_day,
    read_trace,
    run_simulation,
    write_trace,
)
from engage_desktop.services.routing.engine.trace_generator import HOURLY


def test_generated_days_are_repeatable_and_follow_the_arrival_curve() -> None:
    options = GeneratorOptions(seed=7, interactions=3000, agents=10)
    _config, first = generate_day(options)
    _config, second = generate_day(options)
    assert first == second
    by_hour = [0] * 24
    for interaction in first:
        by_hour[interaction.timestamp.hour] += 1
    assert by_hour.index(max(by_hour)) in {h for h, w in enumerate(HOURLY) if w >= 6.5}
    assert by_hour[3] < by_hour[10] / 5  # quiet nights
    assert {i.source for i in first} == {"src-chat", "src-email", "src-social"}


def test_more_agents_wait_less_and_the_report_adds_up() -> None:
    config, trace = generate_day(GeneratorOptions(seed=3, interactions=2000, agents=4))
    options = SimulationOptions(seed=1, times=HandlingTimes(handling_seconds=900))
    few = run_simulation(config, trace, options)
    more_agents = generate_day(GeneratorOptions(seed=3, interactions=2000, agents=30))[0]
    many = run_simulation(more_agents, trace, options)
    assert few.interactions == 2000 and few.tasks >= few.assigned > 0
    assert few.wait_percentiles[90] > many.wait_percentiles[90]
    assert few.sla_met_percent < many.sla_met_percent
    assert 0 < max(few.agent_occupancy.values()) <= 1
    assert set(few.team_occupancy) >= {"Team 1", "French desk"}
    assert run_simulation(config, trace, options).rows() == few.rows()  # same seed, same report
    rows = {row.metric: row for row in compare_reports(few, many)}
    assert float(rows["wait_p90_seconds"].difference) < 0


def test_undelivered_when_no_agent_may_take_a_source() -> None:
    config, trace = generate_day(GeneratorOptions(seed=2, interactions=300, agents=5))
    agents = {i: replace(a, source_ids=a.source_ids - {2}) for i, a in config.agents.items()}
    report = run_simulation(replace(config, agents=agents), trace)
    emails = sum(1 for i in trace if i.source == "src-email")
    assert report.undelivered > 0 and report.undelivered <= emails


def test_progress_can_cancel() -> None:
    config, trace = generate_day(GeneratorOptions(seed=2, interactions=500, agents=5))
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 200

    with pytest.raises(SimulationCancelled):
        run_simulation(config, trace, SimulationOptions(progress_every=100), progress)
    assert seen == [100, 200]


def test_report_csv_neutralises_formulas(tmp_path: Path) -> None:
    config, trace = generate_day(GeneratorOptions(seed=2, interactions=200, agents=3))
    agents = {1: replace(config.agents[1], name="=cmd|' /C calc'!A0")}
    report = run_simulation(replace(config, agents={**config.agents, **agents}), trace)
    path = tmp_path / "report.csv"
    report.write_csv(path)
    cells = [cell for row in csv.reader(path.open(encoding="utf-8")) for cell in row]
    assert "agent_occupancy:=cmd|' /C calc'!A0" in cells  # a prefix makes it text already
    assert not any(cell.startswith(("=", "@")) for cell in cells)


def test_cli_generate_simulate_and_compare(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    trace = tmp_path / "day.jsonl"
    assert main(["simulate", "--config", "demo:6", "--generate", str(trace), "--interactions", "400"]) == 0
    assert len(read_trace(trace).interactions) == 400
    report = tmp_path / "out.csv"
    assert main(["simulate", str(trace), "--config", "demo:6", "--report", str(report)]) == 0
    assert "sla_met_percent" in capsys.readouterr().out and report.read_text(encoding="utf-8").startswith(
        "metric"
    )
    config = tmp_path / "bigger.json"
    config.write_text('{"base": "demo:6", "channels": {"chat": {"soft_capability": 6}}}', encoding="utf-8")
    assert (
        main(
            ["simulate", str(trace), "--config", "demo:6", "--compare", str(config), "--report", str(report)]
        )
        == 0
    )
    header = report.read_text(encoding="utf-8").splitlines()[0]
    assert header == f"metric,demo:6,{config},difference"
    write_trace(tmp_path / "bad.jsonl", [])
    (tmp_path / "bad.jsonl").write_text("{}\n", encoding="utf-8")
    assert main(["simulate", str(tmp_path / "bad.jsonl"), "--config", "demo:2"]) == 1
    assert "bad.jsonl:1:" in capsys.readouterr().err
