"""Cold start to an interactive main window, against a bare PySide6 window (ratio).

Each run is a fresh Python process (imports included), offscreen by default. "Interactive" is the
first turn of the event loop after the window is shown. Engage Desktop runs its real start-up:
open the demo database, check the schema, sign in (argon2), build the main window and the Users page.

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

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow(); window.resize(1280, 800); window.show()
QTimer.singleShot(0, lambda: (print(time.time()), app.quit()))
app.exec()
"""

OURS = """
import sys, time
from PySide6.QtCore import QSettings, QTimer
from engage_desktop.app import AppController, create_application
app = create_application()
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
controller = AppController(settings, is_demo=True)
assert controller.start()
QTimer.singleShot(0, lambda: (print(time.time()), app.quit()))
app.exec()
"""


def measure(code: str, env: dict[str, str], *args: str) -> float:
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"run failed:\n{result.stderr}")
    return float(result.stdout.strip().splitlines()[-1]) - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "ENGAGE_DATA_DIR": data, "PYTHONPATH": str(ROOT)}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        ini = str(Path(data) / "settings.ini")
        print("preparing the demo database (not timed)…")
        measure(OURS, env, ini)
        bare = [measure(BARE, env) for _ in range(args.runs)]
        ours = [measure(OURS, env, ini) for _ in range(args.runs)]
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"runs per variant:            {args.runs}")
    print(
        f"bare PySide6 window:         median {b * 1000:7.0f} ms  (min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})"
    )
    print(
        f"Engage Desktop main window:  median {o * 1000:7.0f} ms  (min {min(ours) * 1000:.0f}, max {max(ours) * 1000:.0f})"
    )
    print(f"ratio (ours / bare):         {o / b:.2f}x")


if __name__ == "__main__":
    main()
