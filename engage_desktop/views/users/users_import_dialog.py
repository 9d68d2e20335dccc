"""The import preview: every line of the CSV with its problems (line, column, why), then the import
of the good lines — or of all of them only if all are good — on a worker thread with Cancel.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QWidget,
)

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.users.csv_format import COLUMNS, CsvIssue
from engage_desktop.services.users.csv_import import (
    ImportCancelled,
    ImportPreview,
    ImportRow,
    UserImportService,
)
from engage_desktop.views.channels.channel_widgets import dot_icon
from engage_desktop.views.users.user_form_widgets import muted_label
from engage_desktop.views.widgets.column_layout import HEADER_PADDING, SORT_ARROW_ROOM
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.icons import icon
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.progress_dialog import Cancelled, CancelToken, ProgressDialog, Report
from engage_desktop.views.widgets.screen_room import resize_within_screen
from engage_desktop.views.widgets.table_setup import setup_read_only_table

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ERROR_TEXT, ERROR_BACKGROUND, OK_COLOUR = "#A4281F", "#FDECEA", "#1E7F4F"
MAX_LISTED_ISSUES = 500
LINE_COLUMN, STATUS_COLUMN, FIRST_VALUE_COLUMN = 0, 1, 2


class PreviewModel(QAbstractTableModel):
    """The file's lines (all, or only those with problems); bad cells red, with the reason as tooltip."""

    RowRole = Qt.ItemDataRole.UserRole

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.rows: list[ImportRow] = list(preview.rows)

    def show_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self.rows = [r for r in self.preview.rows if not r.ok] if only else list(self.preview.rows)
        self.endResetModel()

    def row_of_line(self, line: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.line == line), -1)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else FIRST_VALUE_COLUMN + len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == LINE_COLUMN:
            return self.tr("Line")
        if section == STATUS_COLUMN:
            return ""
        return COLUMNS[section - FIRST_VALUE_COLUMN]

    def _issues(self, row: ImportRow, column: int) -> list[CsvIssue]:
        if column == LINE_COLUMN:
            return [i for i in row.issues if not i.column]
        if column == STATUS_COLUMN:
            return list(row.issues)
        name = COLUMNS[column - FIRST_VALUE_COLUMN]
        return [i for i in row.issues if i.column == name]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        issues = self._issues(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LINE_COLUMN:
                return QLocale().toString(row.line)
            if column == STATUS_COLUMN:
                return None
            return row.values.get(COLUMNS[column - FIRST_VALUE_COLUMN], "")
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS_COLUMN:
            return icon("alert", ERROR_TEXT) if issues else dot_icon(OK_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if issues:
                return "\n".join(message_text(i.message) for i in issues)
            return self.tr("Ready to import") if column == STATUS_COLUMN and row.ok else None
        if role == Qt.ItemDataRole.BackgroundRole and issues and column != STATUS_COLUMN:
            return QBrush(QColor(ERROR_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole and issues and column != STATUS_COLUMN:
            return QBrush(QColor(ERROR_TEXT))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LINE_COLUMN:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == self.RowRole:
            return row
        return None


def issue_text(issue: CsvIssue) -> str:
    where = QCoreApplication.translate("UsersImportDialog", "Line %1").replace(
        "%1", QLocale().toString(issue.line)
    )
    text = message_text(issue.message)
    return f"{where} · {issue.column}: {text}" if issue.column else f"{where}: {text}"


class UsersImportDialog(FormDialog):
    def __init__(
        self, session: AppSession, preview: ImportPreview, data: bytes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, save_text=self.tr("Import"))
        self.setObjectName("usersImportDialog")
        self.session = session
        self.preview = preview
        self.data = data
        name = preview.filename or self.tr("the file")
        self.setWindowTitle(self.tr("Import users from “%1”").replace("%1", name))

        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.only_problems = QCheckBox(self.tr("Only lines with problems"))
        self.only_problems.setObjectName("onlyProblems")
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.only_problems)

        self.model = PreviewModel(preview, self)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setModel(self.model)
        setup_read_only_table(
            self.table, selection=QAbstractItemView.SelectionMode.SingleSelection
        ).setStretchLastSection(True)
        widths = {"email": 200, "role": 100, "teams": 140, "locale": 64, "timezone": 130, "enabled": 76}
        bold = QFont(self.table.horizontalHeader().font())
        bold.setWeight(QFont.Weight.DemiBold)  # as style.qss draws header sections

        def whole_title(column: int, width: int) -> int:  # "Ligne", "locale": titles never cut
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            return max(
                width, QFontMetrics(bold).horizontalAdvance(title) + HEADER_PADDING + SORT_ARROW_ROOM + 2
            )

        self.table.setColumnWidth(LINE_COLUMN, whole_title(LINE_COLUMN, 48))
        self.table.setColumnWidth(STATUS_COLUMN, 28)
        for i, column in enumerate(COLUMNS):
            self.table.setColumnWidth(
                FIRST_VALUE_COLUMN + i, whole_title(FIRST_VALUE_COLUMN + i, widths.get(column, 98))
            )

        self.issues_title = QLabel(self.tr("Problems"))
        self.issues_title.setObjectName("sectionTitle")
        self.issues_list = QListWidget()
        self.issues_list.setObjectName("importIssues")
        self.issues_list.setIconSize(QSize(16, 16))
        self.issues_list.setAlternatingRowColors(True)
        issues = preview.issues()
        for issue in issues[:MAX_LISTED_ISSUES]:
            item = QListWidgetItem(icon("alert", ERROR_TEXT), issue_text(issue), self.issues_list)
            item.setData(Qt.ItemDataRole.UserRole, issue.line)
        if len(issues) > MAX_LISTED_ISSUES:
            more = QLocale().toString(len(issues) - MAX_LISTED_ISSUES)
            QListWidgetItem(self.tr("… and %1 more").replace("%1", more), self.issues_list)
        shown_rows = min(self.issues_list.count(), 4)  # the preview keeps its room on a 1024×640 screen
        row_height = self.issues_list.sizeHintForRow(0) if shown_rows else 0
        self.issues_list.setFixedHeight(shown_rows * row_height + 2 * self.issues_list.frameWidth() + 2)
        self.issues_list.itemActivated.connect(self._go_to_issue)
        self.issues_list.itemClicked.connect(self._go_to_issue)
        self.issues_title.setVisible(bool(issues))
        self.issues_list.setVisible(bool(issues))

        self.help_label = muted_label()
        self.help_label.setObjectName("importHelp")
        self.help_label.setWordWrap(True)
        self.help_label.setText(
            self.tr(
                "Columns: firstname, lastname, nickname, email and role are required; teams, locale, "
                "timezone and enabled are optional. Separate several teams with |, ; or , "
                "(the export writes |). An empty line between users is reported; a value the "
                "export wrote with a leading apostrophe (before =, +, -, @) is read without it."
            )
        )
        self.all_or_nothing = QCheckBox(self.tr("All or nothing: import only if every line is valid"))
        self.all_or_nothing.setObjectName("allOrNothing")
        self.rule_label = muted_label()
        self.add_layout(top)
        self.add_widget(self.table, 1)
        self.add_widget(self.issues_title)
        self.add_widget(self.issues_list)
        self.add_widget(self.help_label)
        self.add_widget(self.all_or_nothing)
        self.add_widget(self.rule_label)
        self.only_problems.toggled.connect(self.model.show_only_problems)
        self.all_or_nothing.toggled.connect(self._update)
        self._update()
        resize_within_screen(self, 1140, 660)

    # ---- state -----------------------------------------------------------------------------------
    def _update(self) -> None:
        preview = self.preview
        good, bad = preview.good_count, preview.bad_count
        if preview.file_issues:
            summary = (
                f"<span style='color:{ERROR_TEXT}'>⚠ " + self.tr("This file cannot be imported.") + "</span>"
            )
        else:
            ready = self.tr("%Ln ready to import", "", good)
            parts = [f"<span style='color:{OK_COLOUR}'>✔ {ready}</span>"]
            if bad:
                problems = self.tr("%Ln with problems", "", bad)
                parts.append(f"<span style='color:{ERROR_TEXT}'>⚠ {problems}</span>")
            summary = self.tr("%Ln line(s):", "", len(preview.rows)) + " "
            summary += " · ".join(parts)
        if preview.filename:
            summary = f"<b>{escape(preview.filename)}</b> · {summary}"
        self.summary_label.setText(summary)
        blocked = bool(preview.file_issues) or good == 0 or (self.all_or_nothing.isChecked() and bad > 0)
        assert self.save_button is not None
        self.save_button.setEnabled(not blocked)
        self.save_button.setText(self.tr("Import %Ln user(s)", "", good))
        if preview.file_issues:
            rule = self.tr("Correct the file, then import it again.")
        elif self.all_or_nothing.isChecked() and bad:
            rule = self.tr(
                "Every line must be valid: correct the lines with problems, or untick “All or nothing”."
            )
        elif bad:
            rule = self.tr("The lines with problems are left out; nothing is written if you cancel.")
        else:
            rule = self.tr("Every line is valid.")
        self.rule_label.setText(rule)

    def _go_to_issue(self, item: QListWidgetItem) -> None:
        line = item.data(Qt.ItemDataRole.UserRole)
        row = self.model.row_of_line(int(line)) if line is not None else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # ---- importing -------------------------------------------------------------------------------
    def save(self) -> bool:
        imports, data, name = UserImportService(self.session.ctx), self.data, self.preview.filename
        all_or_nothing = self.all_or_nothing.isChecked()

        def job(token: CancelToken, report: Report) -> object:
            try:
                return imports.run(
                    data,
                    all_or_nothing=all_or_nothing,
                    filename=name,
                    should_stop=lambda: token.cancelled,
                    report=report,
                )
            except ImportCancelled as exc:
                raise Cancelled from exc

        self.form.clear_errors()
        progress = ProgressDialog(self.tr("Import users"), self.tr("Creating the users…"), job, self)
        progress.cancel_button.setText(self.tr("Cancel import"))
        done = progress.run()
        progress.deleteLater()
        if progress.was_cancelled:
            self.form.show_form_error(self.tr("The import was cancelled; no user was created."))
            return False
        if not done:
            if isinstance(progress.error, DomainError):
                self.form.show_form_error(progress.error.message)
            elif progress.error is not None:
                show_error(self, progress.error)
            return False
        self.saved_object = progress.result_value
        self.saved.emit(progress.result_value)
        self.accept()
        return True
