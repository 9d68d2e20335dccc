"""What every screenshot script shares: offscreen Qt, the repository on sys.path, the application
with the app style sheet on Fusion, a throwaway database with its first administrator, and helpers
that let Qt settle and save a widget to a PNG.

Import it before anything from engage_desktop (the scripts run as `python scripts/screenshots/X.py`
from the repository root, so this folder is on sys.path and the repository root is added here).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
DEFAULT_OUT = ROOT / "docs" / "screenshots"

import keyring  # noqa: E402
import keyring.backends.fail  # noqa: E402
from PySide6.QtCore import QLocale, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from engage_desktop.db import Database  # noqa: E402
from engage_desktop.i18n import SUPPORTED, install_translations  # noqa: E402
from engage_desktop.secrets import SecretStore  # noqa: E402
from engage_desktop.services.access.sign_in import create_first_administrator  # noqa: E402
from engage_desktop.services.app_session import AppSession  # noqa: E402
from engage_desktop.services.core.context import ServiceContext  # noqa: E402
from engage_desktop.services.core.reference_data import ensure_reference_data  # noqa: E402
from engage_desktop.views.shell.main_window import MainWindow  # noqa: E402
from engage_desktop.views.widgets.theme import load_style_sheet  # noqa: E402

DEMO_NOW = datetime(2026, 11, 26, 17, 30, tzinfo=UTC)  # fixed, so the pictures only change with the code
# The demo users of roles.py and users.py, comma-separated "First Last".
PEOPLE = """Amélie Laurent, Bruno Costa, Chloé Martin, Daniel Okafor, Elena Petrova, Farid Haddad,
Grace Kim, Hugo Moreau, Ines Ferreira, Jonas Berg, Karin Holm, Léa Dubois, Marco Rossi, Nadia Benali,
Oscar Lindqvist, Priya Nair, Quentin Roux, Rosa Alvarez, Samuel Adeyemi, Tamara Novak, Ugo Bianchi,
Valérie Girard, William Chen, Ximena Torres, Yusuf Demir, Zoé Lambert, Aaron Fischer, Bianca Popescu,
Carlos Mendes, Dana Levi, Emil Nowak, Fatou Diallo, Gabriel Silva, Hannah Weber, Ivan Horvat,
Julia Santos, Kenji Watanabe, Lucia Romano, Mateo García""".replace("\n", " ")


def ascii_key(text: str) -> str:
    """ "Léa Dubois" -> "lea dubois": e-mail addresses and nicknames without accents."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def output_dir(argv: list[str] | None = None) -> Path:
    """The folder given as the first argument, else docs/screenshots; created if missing."""
    argv = sys.argv if argv is None else argv
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    return out


def start_app(*, locale: str | None = "en_US") -> QApplication:
    """The QApplication with the app style sheet on Fusion; never touches this machine's keyring."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    if locale:
        QLocale.setDefault(QLocale(locale))
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    # As the console starts: the .qm of the language, English's too (its plural forms: "5 rows").
    language = (locale or "en")[:2]
    install_translations(app, language if language in SUPPORTED else "en")
    if locale:  # install_translations set the language's default locale; keep the one asked for
        QLocale.setDefault(QLocale(locale))
    app.setStyle("Fusion")
    app.setStyleSheet(load_style_sheet())  # empty (logged) when resources/style.qss is missing
    return app


@contextmanager
def data_dir(prefix: str = "engage-screens-") -> Iterator[Path]:
    """A temporary folder, also the app's ENGAGE_DATA_DIR, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        folder = Path(tmp)
        os.environ["ENGAGE_DATA_DIR"] = str(folder)
        yield folder


def new_admin_session(
    workdir: Path,
    *,
    database_name: str = "engage.sqlite3",
    firstname: str = "Ada",
    lastname: str = "Lovelace",
    email: str = "ada.lovelace@northwind.example",
    nickname: str = "ada",
    password: str = "s3cret-Passw0rd",
    account_name: str = "Northwind Support",
) -> AppSession:
    """A new SQLite database in workdir (schema, reference data, first administrator) and the
    session of that administrator, with its secrets in workdir/secrets.json."""
    database = Database(f"sqlite:///{workdir / database_name}")
    database.upgrade()
    base = ServiceContext(database.session_factory, workstation="screenshots@docs")
    ensure_reference_data(base)
    admin = create_first_administrator(
        base, firstname=firstname, lastname=lastname, email=email, nickname=nickname, password=password
    )
    secrets = SecretStore(fallback_path=workdir / "secrets.json")
    return AppSession(database, base.acting_as(admin.id), admin, secrets, account_name=account_name)


def show_main_window(session: AppSession, folder: Path, size: tuple[int, int] = (1280, 800)) -> MainWindow:
    """The main window, shown at size, with its settings in folder/settings.ini."""
    window = MainWindow(session, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(*size)
    window.show()
    banner = window.notice("keyring")  # no keyring here; keyring-banner.png (shell_forms.py) shows it
    if banner is not None:
        banner.dismiss()
    return window


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Process events for a while, so layouts, timers and animations catch up."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def shown(path: Path) -> Path:
    """The path relative to the repository when it is inside it, for messages."""
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {shown(path)}")
