"""Pytest plugin: the hardening suite's closing line, also when pytest-xdist spreads the tests.

Each worker hands its counts to the controller when it finishes; the controller (or a plain run)
prints the sum once.
"""

from __future__ import annotations

from collections import Counter

import pytest

TALLY_KEY = "hardening_tally"
_from_workers: Counter[str] = Counter()


def _local_counts() -> Counter[str]:
    from hardening.tally import COUNTS

    return COUNTS


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput[TALLY_KEY] = dict(_local_counts())


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    _from_workers.update(getattr(node, "workeroutput", {}).get(TALLY_KEY, {}))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    counts = _local_counts() + _from_workers
    if counts:
        terminalreporter.write_line(
            "hardening: " + ", ".join(f"{name}: {count}" for name, count in sorted(counts.items()))
        )
