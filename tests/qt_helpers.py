"""Pytest plugin and helper for views whose lists load in the background.

Lists count and fetch on worker threads, so a test that looks at rows first waits for them:

    page = RolesPage(session)
    wait_loaded(page)          # every list model inside a widget; or one model

After each test, before its database is closed, the plugin waits for the list workers still running
(loaded from ``tests/conftest.py`` with ``pytest_plugins``).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Generator

import pytest
from PySide6.QtCore import QCoreApplication, QObject

from engage_desktop.views.widgets.latest_request import wait_for_list_loads
from engage_desktop.views.widgets.lazy_table_model import LazyTableModel


def wait_loaded(target: QObject, timeout_ms: int = 5000) -> None:
    """Returns once no list model in `target` (a widget, or a model) awaits an answer, answers applied."""
    models = [target] if isinstance(target, LazyTableModel) else target.findChildren(LazyTableModel)
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        QCoreApplication.processEvents()  # delivers the answers that arrived
        if not any(model.busy for model in models):
            return
        assert time.monotonic() < deadline, f"lists still loading after {timeout_ms} ms"
        wait_for_list_loads(20)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, object, object]:
    """No worker may still read a database the fixtures are about to close (or the interpreter)."""
    if "engage_desktop.views.widgets.latest_request" in sys.modules:
        wait_for_list_loads(10_000)
    return (yield)
