"""Digital › Audit journal (also Settings › Audit log): every event, newest first, a page at a time.

Filters: a period, an actor, event names or groups (typed in the search box: `user.*, task.created`),
an object. The list pages by `seq` (keyset), so it stays fluid on a million events. Beside it the
selected event's links and field diff, or the volume charts. "Export this view" writes the
filtered journal (Digital › Exports' journal type); "Verify integrity" walks the hash chain and this
workstation's anchor with progress and names the first bad row.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.core.journal_check import JournalCheck
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.digital.journal_browser import (
    COUNT_CAP,
    JOURNAL_FILTER,
    SYSTEM_ACTOR,
    JournalQuery,
    JournalRow,
    VolumePoint,
    journal_query_of,
)
from engage_desktop.views.digital.journal_charts import JournalCharts
from engage_desktop.views.digital.journal_detail import JournalDetail
from engage_desktop.views.shell.actions import journal_result_text
from engage_desktop.views.widgets.combo_choices import ElidingComboBox
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.list_panel import Column, ListPanel
from engage_desktop.views.widgets.progress_dialog import CancelToken, ProgressDialog, Report

FILTER_DELAY_MS = 300
SIDE_MIN_WIDTH = 240


def _utc(edit: QDateTimeEdit) -> datetime:
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)


class JournalPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        self.journal = session.journal
        self._filter = JournalQuery()
        self.can_search = session.can(Permission.SEARCH_EVENT)
        self.verify_progress: ProgressDialog | None = None
        self.result_box: QMessageBox | None = None
        self.export_dialog: QWidget | None = None

        columns = [
            Column("seq", "#", lambda r: r.seq, sortable=False, width=80),
            Column("created_at", self.tr("Time"), lambda r: r.created_at, sortable=False, width=170),
            Column("name", self.tr("Event"), lambda r: r.name, sortable=False, width=170),
            Column(
                "user_label", self.tr("Actor"), lambda r: r.user_label or self.tr("system"), sortable=False
            ),
            Column(
                "object",
                self.tr("Object"),
                lambda r: f"{r.object_type} {r.object_id}".strip(),
                sortable=False,
                width=150,
            ),
            Column("workstation", self.tr("Workstation"), lambda r: r.workstation, sortable=False),
        ]
        self.panel = panel = ListPanel(
            self.tr("Audit journal"),
            columns,
            lambda q: self.journal.count_events(self._with_filter(q)),
            None,
            fetch_after=lambda q, after, limit: self.journal.events_after(self._with_filter(q), after, limit),
            row_key=lambda r: r.seq,
            count_text=self._count_text,
            stretch_columns=("object", "workstation"),
            search_placeholder=self.tr("Event names: user.*, task.created"),
            empty_title=self.tr("No event matches"),
            empty_message=self.tr("Every change made in the console is written here."),
        )
        panel.search_edit.setAccessibleName(self.tr("Event names or groups"))
        panel.search_edit.setEnabled(self.can_search)
        self.export_button = panel.add_action(
            self.tr("Export this view…"),
            self.export_view,
            allowed=session.can(Permission.READ_EXPORT),
            object_name="exportJournalButton",
        )
        self.verify_button = panel.add_action(
            self.tr("Verify integrity"), self.verify, object_name="verifyJournalButton", variant="primary"
        )
        self._add_filters()  # after the search box, wrapping with it when the window is narrow
        panel.selectionChanged.connect(self._show_selected)

        self.detail = JournalDetail()
        self.detail.objectRequested.connect(self.filter_on_object)
        self.charts = JournalCharts()
        self.side = QTabWidget()
        self.side.setObjectName("journalSide")
        self.side.addTab(self.detail, self.tr("Event"))
        self.side.addTab(self.charts, self.tr("Volume"))
        self.side.currentChanged.connect(lambda _i: self._load_charts())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(panel)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setCollapsible(0, False)
        self.side.setMinimumWidth(SIDE_MIN_WIDTH)  # narrower than the list on a small window
        splitter.setSizes([780, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _count_text(self, n: int) -> str:
        if n >= COUNT_CAP:  # counted up to there (journal_browser.count_matching)
            return self.tr("more than %Ln event(s)", "", COUNT_CAP)
        return self.tr("%n event(s)", "", n)

    # ---- filters -------------------------------------------------------------------------------
    def _add_filters(self) -> None:
        header = self.panel.header
        now = QDateTime.currentDateTime()
        self.from_check = QCheckBox(self.tr("From"))
        self.from_check.setObjectName("journalFromCheck")
        self.from_edit = QDateTimeEdit(now.addDays(-7))
        self.to_check = QCheckBox(self.tr("To"))
        self.to_check.setObjectName("journalToCheck")
        self.to_edit = QDateTimeEdit(now)
        for check, edit, name in (
            (self.from_check, self.from_edit, "From"),
            (self.to_check, self.to_edit, "To"),
        ):
            edit.setObjectName(f"journal{name}Edit")
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
            edit.setEnabled(False)
            edit.setAccessibleName(check.text())
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._schedule)
            edit.dateTimeChanged.connect(self._schedule)
            pair = QWidget()  # the check and its date wrap as one
            pair.setObjectName(f"journal{name}Pair")
            pair_row = QHBoxLayout(pair)
            pair_row.setContentsMargins(0, 0, 0, 0)
            pair_row.setSpacing(8)
            pair_row.addWidget(check)
            pair_row.addWidget(edit)
            header.filter_row.addWidget(pair)
        self.actor_combo = ElidingComboBox()
        self.actor_combo.setObjectName("journalActorCombo")
        self.actor_combo.setAccessibleName(self.tr("Actor"))
        self.actor_combo.setMaximumWidth(ListPanel.FILTER_MAX_WIDTH)
        self.actor_combo.addItem(self.tr("Anyone"), None)
        for actor in self.journal.actors():
            label = self.tr("system") if actor.id == SYSTEM_ACTOR else actor.label
            self.actor_combo.addItem(label, actor.id)
        self.actor_combo.currentIndexChanged.connect(self._schedule)
        header.add_filter(self.tr("Actor"), self.actor_combo).setObjectName("journalActorPair")
        self.object_type_edit = QLineEdit()
        self.object_type_edit.setObjectName("journalObjectTypeEdit")
        self.object_type_edit.setPlaceholderText(self.tr("Object type"))
        self.object_type_edit.setAccessibleName(self.tr("Object type"))
        self.object_id_edit = QLineEdit()
        self.object_id_edit.setObjectName("journalObjectIdEdit")
        self.object_id_edit.setPlaceholderText(self.tr("Object id"))
        self.object_id_edit.setAccessibleName(self.tr("Object id"))
        for line in (self.object_type_edit, self.object_id_edit):
            line.setClearButtonEnabled(True)
            line.setMinimumWidth(120)
            line.setMaximumWidth(200)
            line.textChanged.connect(self._schedule)
            header.filter_row.addWidget(line)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("journalClearButton")
        self.clear_button.clicked.connect(self.clear_filters)
        header.filter_row.addWidget(self.clear_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        for widget in (
            self.from_check,
            self.to_check,
            self.actor_combo,
            self.object_type_edit,
            self.object_id_edit,
        ):
            widget.setEnabled(self.can_search)

    def _schedule(self, *_args: Any) -> None:
        self._timer.start()

    def current_filter(self) -> JournalQuery:
        return JournalQuery(
            created_after=_utc(self.from_edit) if self.from_check.isChecked() else None,
            created_before=_utc(self.to_edit) if self.to_check.isChecked() else None,
            actor_id=self.actor_combo.currentData(),
            object_type=self.object_type_edit.text().strip(),
            object_id=self.object_id_edit.text().strip(),
        )

    def _with_filter(self, query: ListQuery) -> ListQuery:
        return ListQuery(search=query.search, filters={JOURNAL_FILTER: self._filter})

    def apply_filters(self) -> None:
        self._timer.stop()
        self._filter = self.current_filter()
        self.panel.model.set_query(self.panel.current_query())
        self._load_charts()

    def clear_filters(self) -> None:
        for widget in (self.from_check, self.to_check):
            widget.setChecked(False)
        self.actor_combo.setCurrentIndex(0)
        self.object_type_edit.clear()
        self.object_id_edit.clear()
        self.panel.search_edit.clear()
        self.apply_filters()

    def filter_on_object(self, kind: str, value: str) -> None:
        self.object_type_edit.setText(kind)
        self.object_id_edit.setText(value)
        self.apply_filters()

    def full_filter(self) -> JournalQuery:
        """The filter the list shows, names from the search box included (for the export)."""
        try:
            return journal_query_of(self._with_filter(self.panel.current_query()))
        except DomainError:
            return self._filter

    # ---- side panes ----------------------------------------------------------------------------
    def _show_selected(self) -> None:
        row: JournalRow | None = self.panel.current_row()
        self.detail.show_event(row)
        if row is not None and self.side.currentWidget() is not self.detail:
            self.side.setCurrentWidget(self.detail)

    def _load_charts(self) -> None:
        if self.side.currentWidget() is not self.charts:
            return
        journal, flt = self.journal, self.full_filter()

        def read() -> tuple[list[VolumePoint], list[VolumePoint]]:
            return journal.volume_by_day(flt), journal.volume_by_actor(flt)

        self.charts.load(read)

    # ---- actions -------------------------------------------------------------------------------
    def export_view(self) -> None:
        from engage_desktop.views.digital.export_dialog import ExportDialog

        dialog = ExportDialog(self.session, self, export="journal", journal=self.full_filter())
        self.export_dialog = dialog
        dialog.open()

    def verify(self) -> None:
        journal, label = self.journal, self.session.database.display_url

        def job(token: CancelToken, report: Report) -> JournalCheck:
            return journal.verify(label, report, lambda: token.cancelled)

        progress = ProgressDialog(
            self.tr("Verify integrity"), self.tr("Checking every event of the audit journal…"), job, self
        )
        progress.setObjectName("journalVerifyProgress")
        progress.succeeded.connect(self._verified)
        progress.failed.connect(lambda exc: show_error(self, exc))
        self.verify_progress = progress
        progress.start()

    def _verified(self, result: JournalCheck) -> None:
        text, detail = journal_result_text(result)
        box = QMessageBox(
            QMessageBox.Icon.Information if result.intact else QMessageBox.Icon.Critical,
            self.tr("Verify integrity"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("journalVerifyResult")
        box.setInformativeText(detail)
        self.result_box = box
        box.open()
