"""The window's status bar: which database, how many rows the current list has selected, and
whether work goes on in the background (a list loading, a job running)."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from engage_desktop.views.widgets.lazy_table_model import LazyTableModel
from engage_desktop.views.widgets.list_panel import ListPanel
from engage_desktop.views.widgets.progress_dialog import running_jobs

DATABASE_MAX_WIDTH = 420


def database_place(display_url: str) -> str:
    """A SQLite file's path, or a server's host/database (the address has no password already)."""
    scheme, _, rest = display_url.partition("://")
    if scheme.startswith("sqlite"):
        path = rest[1:] if rest.startswith("/") else rest
        return path or ":memory:"
    parts = urlsplit(display_url)
    host = parts.hostname or "localhost"
    if parts.port:
        host = f"{host}:{parts.port}"
    return f"{host}{parts.path}"


class ConsoleStatusBar(QStatusBar):
    def __init__(self, display_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consoleStatusBar")
        self.setSizeGripEnabled(False)
        self.work_bar = QProgressBar()
        self.work_bar.setObjectName("workBar")
        self.work_bar.setRange(0, 0)
        self.work_bar.setTextVisible(False)
        self.work_bar.setFixedSize(72, 6)
        self.work_bar.setAccessibleName(self.tr("Background work"))
        self.work_label = QLabel()
        self.work_label.setObjectName("workLabel")
        self.selection_label = QLabel()
        self.selection_label.setObjectName("selectionLabel")
        self.selection_label.setAccessibleName(self.tr("Selection"))
        place = database_place(display_url)
        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setAccessibleName(self.tr("Database"))
        self.database_label.setToolTip(self.tr("Database: %1").replace("%1", place))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = self.tr("Database: %1").replace("%1", place)
        metrics = self.database_label.fontMetrics()
        self.database_label.setText(
            metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, DATABASE_MAX_WIDTH)
        )
        self.addWidget(self.work_bar)
        self.addWidget(self.work_label)
        self.selection_label.setContentsMargins(0, 0, 12, 0)
        self.database_label.setContentsMargins(0, 0, 12, 0)
        self.work_label.setContentsMargins(6, 0, 0, 0)
        self.addPermanentWidget(self.selection_label)
        self.addPermanentWidget(self.database_label)
        self._page: QWidget | None = None
        self._watched: set[int] = set()
        self._loading: set[int] = set()  # the current page's models that are fetching
        self._jobs = running_jobs.count()
        running_jobs.changed.connect(self._jobs_changed)
        self._show_work()
        self.set_selection_count(0)

    # ---- the current page ------------------------------------------------------------------------
    def follow_page(self, page: QWidget | None) -> None:
        """Counts the selection and the loading of the lists on `page` (a ListPanel's lazy models)."""
        self._page = page
        self._loading.clear()
        panel = page.findChild(ListPanel) if page is not None else None
        if page is not None and id(page) not in self._watched:
            self._watched.add(id(page))
            if panel is not None:
                panel.selectionChanged.connect(lambda p=page, lp=panel: self._selection_changed(p, lp))
            for model in page.findChildren(LazyTableModel):
                model.busyChanged.connect(lambda busy, p=page, m=model: self._busy_changed(p, m, busy))
        if page is not None:
            self._loading.update(id(m) for m in page.findChildren(LazyTableModel) if m.busy)
        self.set_selection_count(len(panel.selected_rows()) if panel is not None else 0)
        self._show_work()

    def set_selection_count(self, count: int) -> None:
        self.selection_label.setText(self.tr("%n selected", None, count) if count else "")
        self.selection_label.setVisible(bool(count))

    def _selection_changed(self, page: QWidget, panel: ListPanel) -> None:
        if page is self._page:
            self.set_selection_count(len(panel.selected_rows()))

    def _busy_changed(self, page: QWidget, model: LazyTableModel, busy: bool) -> None:
        if page is not self._page:
            return
        if busy:
            self._loading.add(id(model))
        else:
            self._loading.discard(id(model))
        self._show_work()

    # ---- background work -------------------------------------------------------------------------
    def _jobs_changed(self, count: int) -> None:
        self._jobs = count
        self._show_work()

    def is_busy(self) -> bool:
        return bool(self._jobs or self._loading)

    def _show_work(self) -> None:
        if self._jobs:
            text = (
                self.tr("A job is running…")
                if self._jobs == 1
                else self.tr("%Ln job(s) are running…", "", self._jobs)
            )
        elif self._loading:
            text = self.tr("Loading…")
        else:
            text = ""
        self.work_label.setText(text)
        self.work_label.setVisible(bool(text))
        self.work_bar.setVisible(bool(text))
