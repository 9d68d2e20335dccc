"""Where things live: data and config folders, the database URL, resource paths.

Window state and the last page go through QSettings (see views); this module stays free of Qt
so the service layer and the CLI can use it headless.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from engage_desktop import APP_NAME, ORG_NAME

DB_URL_ENV = "ENGAGE_DB_URL"
DATA_DIR_ENV = "ENGAGE_DATA_DIR"
SUPPORTED_SCHEMES = ("sqlite", "postgresql")
# QSettings keys written by the connection dialog and read at start-up.
SETTINGS_DB_URL = "database/url"
SETTINGS_LANGUAGE = "language"


def bundle_root() -> Path:
    """The folder holding `resources/` and `migrations/` (the repo, or PyInstaller's bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def migrations_dir() -> Path:
    return bundle_root() / "migrations"


class DataFolderError(Exception):
    """The data or settings folder cannot be used (a file is in the way, no permission): the CLI
    prints it as one line instead of a traceback."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"cannot use the folder {path}: {reason}")
        self.path = path
        self.reason = reason


def _usable_folder(path: Path) -> Path:
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise DataFolderError(path, "a file of that name is in the way") from exc
    except OSError as exc:
        raise DataFolderError(path, exc.strerror or str(exc)) from exc
    return path


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return _usable_folder(
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))
    )


def config_dir() -> Path:
    """The data folder itself when ENGAGE_DATA_DIR names one: one folder holds everything."""
    override = os.environ.get(DATA_DIR_ENV)
    return _usable_folder(
        Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, ORG_NAME))
    )


def settings_file() -> Path | None:
    """With ENGAGE_DATA_DIR, the console's settings (an ini file, where QSettings puts it once its
    path points at the data folder); None: the platform's usual place."""
    if not os.environ.get(DATA_DIR_ENV):
        return None
    native_is_ini = sys.platform not in ("win32", "darwin")  # elsewhere the app switches to ini
    return data_dir() / ORG_NAME / (f"{APP_NAME}.conf" if native_is_ini else f"{APP_NAME}.ini")


def make_owner_only(path: str | Path) -> None:
    """Create the file empty and owner-only if missing, else make it owner-only (0600): the settings
    file and the SQLite file, whose rewrites (QSaveFile) and -wal/-shm files keep that mode."""
    path = Path(path)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        with contextlib.suppress(OSError):  # not ours (a shared file): left as its owner made it
            path.chmod(0o600)


def default_database_url(demo: bool = False) -> str:
    name = "demo.sqlite3" if demo else "engage.sqlite3"
    return f"sqlite:///{data_dir() / name}"


@dataclass(frozen=True)
class DatabaseChoice:
    url: str
    source: str  # "environment", "settings", "default" or "demo"


def choose_database_url(settings_url: str | None = None, demo: bool = False) -> DatabaseChoice:
    """Demo wins, then the environment, then the settings dialog, then the SQLite default (`--db`
    comes before all of them, in the CLI and the app)."""
    if demo:
        return DatabaseChoice(default_database_url(demo=True), "demo")
    env_url = os.environ.get(DB_URL_ENV)
    if env_url:
        return DatabaseChoice(env_url, "environment")
    if settings_url:
        return DatabaseChoice(settings_url, "settings")
    return DatabaseChoice(default_database_url(), "default")
