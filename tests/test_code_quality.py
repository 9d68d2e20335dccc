"""ruff (lint + format) and mypy (the whole package: services, models, storage, views, entry points) are
part of the test suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def test_ruff_lint() -> None:
    result = run("ruff", "check", "engage_desktop", "tests", "bench", "scripts", "migrations")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = run("ruff", "format", "--check", "engage_desktop", "tests", "bench", "scripts", "migrations")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_the_whole_package() -> None:
    """The files are pyproject.toml's [tool.mypy] `files`."""
    result = run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
