"""Screenshots of the shared-database set-up: the connection dialog naming a TLS failure.

The "server" is a local stand-in that answers PostgreSQL's TLS request the way a server without
certificates does ('N'), so libpq reports the real error a misconfigured server gives.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from screenshot_kit import data_dir, output_dir, save, settle, start_app

from engage_desktop.views.shell.connection_dialog import ConnectionDialog


def server_without_tls() -> tuple[int, threading.Event]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.recv(8)  # SSLRequest
                conn.sendall(b"N")
                time.sleep(0.1)
        listener.close()

    threading.Thread(target=serve, daemon=True).start()
    return int(listener.getsockname()[1]), stop


def main() -> int:
    out = output_dir()
    app = start_app()
    port, stop = server_without_tls()
    with data_dir() as folder:
        dialog = ConnectionDialog(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        dialog.shared_choice.setChecked(True)
        for edit, value in ((dialog.host, "127.0.0.1"), (dialog.database, "engage"), (dialog.user, "ops")):
            edit.setText(value)
        dialog.password.setText("not-shown")
        dialog.port.setValue(port)
        dialog.tls.setCurrentIndex(dialog.tls.findData("require"))
        dialog._fields_edited()
        dialog.show()
        dialog.test_connection()
        deadline = time.monotonic() + 10
        while dialog.is_checking() and time.monotonic() < deadline:
            settle(app, 0.05)
        settle(app)
        save(dialog, out / "connection-dialog-tls-error.png")
        dialog.close()
    stop.set()
    return 0


def connected_workstations() -> None:
    """Settings › Workstations with this console and two others."""
    from screenshot_kit import new_admin_session, show_main_window

    from engage_desktop.services.settings.workstations import WorkstationPresence
    from engage_desktop.views.shell.workstation_heartbeat import WorkstationHeartbeat

    out = output_dir()
    app = start_app()
    with data_dir() as folder:
        session = new_admin_session(folder)
        for name, who in (("SUPPORT-LYON-02", "Léa Dubois"), ("OPS-PARIS-07", "Marco Rossi")):
            WorkstationPresence(session.ctx, who, workstation=name).register()
        window = show_main_window(session, folder, (1280, 640))
        heartbeat = WorkstationHeartbeat(
            window, WorkstationPresence(session.ctx, "Ada Lovelace", "ADMIN-HQ-01")
        )
        heartbeat.pool.waitForDone(5000)
        window.show_page("settings.workstations")
        settle(app, 1.0)
        save(window, out / "workstations-connected.png")
        window.close()


def move_progress() -> None:
    """The move's progress dialog, caught half-way through a real copy."""
    from screenshot_kit import new_admin_session

    from engage_desktop.services.settings.database_move import DatabaseMoveService
    from engage_desktop.views.shell.move_database_dialog import MoveDatabaseDialog

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))
    from test_db_copy import fill

    out = output_dir()
    app = start_app()
    with data_dir() as folder:
        session = new_admin_session(folder)
        fill(session.database, users=60_000, events=60_000)
        service = DatabaseMoveService(session.ctx, session.database.url)
        dialog = MoveDatabaseDialog(service)
        dialog.address.setText(f"sqlite:///{folder}/shared-copy.sqlite3")
        dialog.show()
        dialog.start_move()
        progress = dialog.progress
        assert progress is not None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            settle(app, 0.05)
            bar = progress.bar
            if bar.maximum() and bar.maximum() * 0.35 < bar.value() < bar.maximum() * 0.8:
                break
        save(progress, out / "move-database-progress.png")
        progress.cancel()
        while progress.is_running():
            settle(app, 0.05)
        settle(app, 0.3)
        dialog.close()


if __name__ == "__main__":
    main()
    connected_workstations()
    move_progress()
