"""Screenshot of Routing › Queue monitor › Import interactions… (the demo account staffed for
routing; a generated trace of 400 interactions with three bad lines imported by the live engine;
the dialog drawn over the monitor it was opened from).

    python scripts/screenshots/routing_trace_import.py [output folder]
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter
from routing_engine import MONITOR_SIZE, staff_routing
from screenshot_kit import data_dir, new_admin_session, output_dir, settle, show_main_window, shown, start_app

from engage_desktop.services.demo.loader import load_demo_data
from engage_desktop.services.routing.engine.configuration import load_configuration
from engage_desktop.services.routing.engine.intake import write_trace
from engage_desktop.services.routing.engine.trace_generator import GeneratorOptions, generate_trace
from engage_desktop.views.routing.queue_monitor_page import QueueMonitorPage
from engage_desktop.views.routing.trace_import_dialog import TraceImportDialog


def write_demo_trace(session_ctx: object, folder: Path) -> Path:
    configuration = load_configuration(session_ctx)  # type: ignore[arg-type]
    trace = generate_trace(configuration, GeneratorOptions(seed=3, interactions=400))
    path = folder / "monday-morning.jsonl"
    write_trace(path, trace)
    lines = path.read_text(encoding="utf-8").splitlines()
    broken = json.loads(lines[40])
    broken["source"] = "Old fax line"
    lines[40] = json.dumps(broken, ensure_ascii=False)
    lines[117] = lines[117][: len(lines[117]) // 2]
    stamped = json.loads(lines[262])
    stamped["timestamp"] = "yesterday at noon"
    lines[262] = json.dumps(stamped, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> int:
    out = output_dir()
    app = start_app()
    with data_dir() as folder:
        session = new_admin_session(
            folder, database_name="demo.sqlite3", firstname="Camille", lastname="Laurent"
        )
        load_demo_data(session.ctx)
        staff_routing(session)
        trace = write_demo_trace(session.ctx, folder)
        window = show_main_window(session, folder, MONITOR_SIZE)
        window.show_page("routing.monitor")
        page = window.page_widget("routing.monitor")
        assert isinstance(page, QueueMonitorPage)
        page.live_check.setChecked(False)
        settle(app, 1.5)
        page.import_button.click()
        dialog = page.active_dialog
        assert isinstance(dialog, TraceImportDialog)
        dialog.path_edit.setText(str(trace))
        dialog.start_import()
        while dialog.progress is not None:
            settle(app, 0.1)
        page.refresh()
        settle(app, 2.5)
        dialog.resize(760, 360)
        settle(app, 0.5)
        shot = window.grab()
        over = dialog.grab()
        painter = QPainter(shot)
        painter.fillRect(shot.rect(), QColor(20, 28, 45, 70))  # the monitor behind, dimmed
        corner = QPoint((shot.width() - over.width()) // 2, (shot.height() - over.height()) // 2)
        painter.drawPixmap(corner, over)
        painter.setPen(QColor("#AEB6C6"))
        painter.drawRect(corner.x() - 1, corner.y() - 1, over.width() + 1, over.height() + 1)
        painter.end()
        path = out / "queue-monitor-import.png"
        shot.save(str(path))
        print(f"wrote {shown(path)}")
        dialog.close()
        session.database.engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
