"""Screenshot of the menu bar: the Edit menu open over Users › Users, a row selected.

Builds the same throwaway database as main_window.py, renders offscreen with the app style sheet and
writes docs/screenshots/menus-open.png (the window with the open menu painted where it pops up:
offscreen, a menu is a window of its own, so the two grabs are combined).

    python scripts/screenshots/menus.py [--out DIR]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from main_window import build_demo_session
from PySide6.QtGui import QPainter
from screenshot_kit import DEFAULT_OUT, data_dir, settle, show_main_window, shown, start_app

SIZE = (1280, 800)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = start_app()

    with data_dir() as folder:
        session = build_demo_session(folder)
        window = show_main_window(session, folder, SIZE)
        window.show_page("users.users")
        settle(app, 0.5)
        panel = window.commands.panel()
        assert panel is not None
        panel.table.selectRow(1)
        settle(app, 0.2)

        menu = window.commands.menus["editMenu"]
        bar = window.menuBar()
        title = menu.menuAction()
        below = bar.actionGeometry(title).bottomLeft()
        window.commands.update()
        menu.popup(bar.mapToGlobal(below))
        bar.setActiveAction(title)
        settle(app, 0.3)
        menu.setActiveAction(window.commands.edit)
        settle(app, 0.2)

        picture = window.grab()
        painter = QPainter(picture)
        painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
        painter.end()
        path = args.out / "menus-open.png"
        picture.save(str(path))
        print(f"wrote {shown(path)}")
        menu.close()
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
