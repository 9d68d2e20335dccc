"""Screenshots of the shared-database set-up: the connection dialog naming a TLS failure.

The "server" is a local stand-in that answers PostgreSQL's TLS request the way a server without
certificates does ('N'), so libpq reports the real error a misconfigured server gives.
"""

from __future__ import annotations

import socket
import sys
import threading
import time

from screenshot_kit import data_dir, output_dir, save, settle, start_app

from PySide6.QtCore import QSettings  # noqa: E402

from engage_desktop.views.shell.connection_dialog import ConnectionDialog  # noqa: E402


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


if __name__ == "__main__":
    sys.exit(main())
