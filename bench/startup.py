"""Cold start: the first interactive window against a bare PySide6 window, and sign-in to Users page.

Each run is a fresh Python process running the real entry point (`engage_desktop.cli.main`),
offscreen by default. "Interactive" is the first turn of the event loop after the window is shown
(the bare window is timed the same way). Two starts are measured:

- sign-in: a database with an administrator. The sign-in dialog is the first window; the password
  is submitted as soon as the database is open ("ready"), and the Users page is timed from that
  click to the first event-loop turn after the main window is shown, then to its rows listed
  (they are fetched on worker threads).
- demo: the demo database; the dialog signs in by itself once its database is open.

Bytecode is cached in a temporary folder (as an installed application has it), even when the
caller's environment sets PYTHONDONTWRITEBYTECODE; the first, untimed, run of each variant writes
it. Timings on a shared machine are noisy: compare the ratio, not the milliseconds.

    python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_kit import record  # noqa: E402

LOGIN, PASSWORD = "bench-admin", "bench-Passw0rd-1"

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow(); window.resize(1280, 800); window.show()
QTimer.singleShot(0, lambda: (print("first_window", time.time()), app.quit()))
app.exec()
"""

# The real entry point, observed through the controller's signals; "sign-in" types the password
# as soon as the database is open.
OURS = """
import faulthandler, sys, time
faulthandler.dump_traceback_later(90, exit=True)  # a hang says where (stderr, shown on failure)
from PySide6.QtCore import QTimer
from engage_desktop import app as gui, cli

mode, login, password = sys.argv[1:4]

def mark(name):
    print(name, time.time(), flush=True)

def opened(controller):
    mark("ready")
    if mode == "sign-in":
        def click():
            dialog = controller.dialog
            dialog.login.setText(login)
            dialog.password.setText(password)
            mark("click")
            dialog.ok_button.click()
        QTimer.singleShot(0, click)

def users_page_shown(controller):
    from engage_desktop.views.widgets.lazy_table_model import LazyTableModel

    window = controller.window
    assert window.current_page_key() == "users.users", window.current_page_key()
    page = window.page_widget("users.users")
    assert page.isVisible()
    mark("users_page")
    lists = page.findChildren(LazyTableModel)

    def listed():  # the rows come from worker threads
        if any(model.busy for model in lists):
            QTimer.singleShot(2, listed)
            return
        assert any(model.rowCount() for model in lists)
        mark("users_listed")
        gui.QApplication.quit()

    listed()

real_start = gui.AppController.start

def start(controller):
    started = real_start(controller)
    QTimer.singleShot(0, lambda: mark("first_window"))
    controller.database_opened.connect(lambda: opened(controller))
    controller.main_window_shown.connect(lambda: QTimer.singleShot(0, lambda: users_page_shown(controller)))
    return started

gui.AppController.start = start
raise SystemExit(cli.main(sys.argv[4:]))
"""


def run(code: str, env: dict[str, str], *args: str) -> dict[str, float]:
    """Milestones in seconds since the process was started."""
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
        timeout=120,  # our runs dump their stacks and exit after 90 s (a message box waits forever)
    )
    if result.returncode != 0:
        raise SystemExit(f"run failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    marks = {}
    for line in result.stdout.splitlines():
        name, _, value = line.partition(" ")
        marks[name] = float(value) - started
    return marks


def prepare(env: dict[str, str], db_url: str) -> None:
    admin = {**env, "ENGAGE_ADMIN_PASSWORD": PASSWORD}
    subprocess.run(
        [sys.executable, "-m", "engage_desktop", "--db", db_url, "create-admin", "--email",
         "bench@example.com", "--nickname", LOGIN, "--firstname", "Bench", "--lastname", "Admin"],
        env=admin, cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:6.0f} ms  (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(
            ENGAGE_DATA_DIR=data,
            XDG_CONFIG_HOME=str(Path(data) / "config"),  # QSettings: not the user's own
            PYTHONPATH=str(ROOT),
            PYTHONPYCACHEPREFIX=str(Path(data) / "pycache"),
        )
        env.pop("ENGAGE_DB_URL", None)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        db_url = f"sqlite:///{data}/bench.sqlite3"
        sign_in_args = ("sign-in", LOGIN, PASSWORD, "--db", db_url)
        demo_args = ("demo", "", "", "--demo")
        print("preparing the databases and the bytecode (not timed)…")
        prepare(env, db_url)
        run(BARE, env)
        run(OURS, env, *sign_in_args)
        run(OURS, env, *demo_args)
        bare, first, ready, users, listed, demo_first, demo_users = [], [], [], [], [], [], []
        for _ in range(args.runs):  # interleaved, so load from other processes hits every variant
            bare.append(run(BARE, env)["first_window"])
            marks = run(OURS, env, *sign_in_args)
            first.append(marks["first_window"])
            ready.append(marks["ready"])
            users.append(marks["users_page"] - marks["click"])
            listed.append(marks["users_listed"] - marks["click"])
            marks = run(OURS, env, *demo_args)
            demo_first.append(marks["first_window"])
            demo_users.append(marks["users_page"])
    b = statistics.median(bare)
    print(f"runs per variant:                       {args.runs}")
    print(f"bare PySide6 window:                    {ms(bare)}")
    print(f"first window (sign-in dialog):          {ms(first)}")
    print(f"  ratio to the bare window:             median {statistics.median(first) / b:.2f}x  (target 2x)")
    print(f"database open, sign-in possible:        {ms(ready)}")
    print(f"Users page after Sign in clicked:       {ms(users)}  (target 500 ms)")
    print(  # a loaded machine slows both alike; 500 ms next to a 110 ms bare window is 4.5 of them
        f"  in bare-window times:                 median {statistics.median(users) / b:.2f}x  (target 4.5x)"
    )
    print(f"  its rows listed:                      {ms(listed)}")
    print(f"demo: first window (signing in…):       {ms(demo_first)}")
    print(f"  ratio to the bare window:             median {statistics.median(demo_first) / b:.2f}x")
    print(f"demo: Users page shown:                 {ms(demo_users)}")
    record("bare PySide6 window (median)", round(b * 1000), "ms")
    record(
        "first window, sign-in dialog (median)",
        round(statistics.median(first) * 1000),
        "ms",
        reference=round(b * 1000),
        reference_label="bare window",
    )
    record(
        "Users page after Sign in (median)",
        round(statistics.median(users) * 1000),
        "ms",
        reference=500,
        reference_label="target",
    )
    record("demo: Users page shown (median)", round(statistics.median(demo_users) * 1000), "ms")
    worst_first = max(max(first), max(demo_first))
    print(
        f"worst case: first window {worst_first * 1000:.0f} ms ({worst_first / b:.2f}x the bare median), "
        f"Users page {max(users) * 1000:.0f} ms after Sign in"
    )


if __name__ == "__main__":
    main()
