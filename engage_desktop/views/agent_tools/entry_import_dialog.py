"""Importing reply-assistant entries: choose a CSV or XLSX file, map its columns, preview every line
(its problems, and what the HTML sanitiser would change shown as a diff), then import — all or
nothing, or skipping the entries with a bad line — with progress and Cancel."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.agent_tools.entry_import import ImportPreview, ImportResult, LineReport
from engage_desktop.services.agent_tools.entry_sheet import COLUMNS, Sheet, guess_mapping
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.list_panel import RIGHT, Column, FilterSpec, ListPanel
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.progress_dialog import CancelToken, ProgressDialog, Report
from engage_desktop.views.widgets.screen_room import resize_within_screen

FILE_STEP, MAPPING_STEP, PREVIEW_STEP = 0, 1, 2


class EntryImportDialog(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryImportDialog")
        self.setWindowTitle(self.tr("Import reply-assistant entries"))
        resize_within_screen(self, 960, 640)
        self.service = session.reply_assistant_import
        self.sheet: Sheet | None = None
        self.plan: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self.steps = QStackedWidget()
        self.steps.addWidget(self._file_step())
        self.steps.addWidget(self._mapping_step())
        self.steps.addWidget(self._preview_step())
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.back_button = self.buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.back)
        self.next_button = self.buttons.addButton(self.tr("Next"), QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self.next)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._show_step(FILE_STEP)

    # ---- steps ---------------------------------------------------------------------------------------
    def _file_step(self) -> QWidget:
        page = QWidget()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPathEdit")
        self.path_edit.setAccessibleName(self.tr("File to import"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setObjectName("browseButton")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(page)
        hint = QLabel(
            self.tr(
                "A CSV (UTF-8 or Latin-1, comma or semicolon) or Excel file with one line per version: "
                "label, shortcuts, group, categories, channels, foreign id, language, format and text. "
                "An export of the reply assistant has this layout."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _mapping_step(self) -> QWidget:
        page = QWidget()
        self.mapping_form = QFormLayout(page)
        self.mapping_combos: dict[str, QComboBox] = {}
        labels = {
            "entry": self.tr("Entry key (groups lines)"),
            "label": self.tr("Label (required)"),
            "shortcuts": self.tr("Shortcuts"),
            "group": self.tr("Group"),
            "categories": self.tr("Categories"),
            "sources": self.tr("Channels"),
            "foreign_id": self.tr("Foreign id"),
            "language": self.tr("Language (required)"),
            "format": self.tr("Format"),
            "body": self.tr("Text (required)"),
            "version_sources": self.tr("Channels of the version"),
        }
        for column in COLUMNS:
            combo = QComboBox()
            combo.setObjectName(f"mapping_{column}")
            combo.setAccessibleName(labels[column])
            self.mapping_combos[column] = combo
            self.mapping_form.addRow(labels[column], combo)
        return page

    def _preview_step(self) -> QWidget:
        page = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.lines_panel = ListPanel(
            self.tr("Preview"),
            [
                Column("line", self.tr("Line"), lambda r: r.line, alignment=RIGHT, width=56),
                Column("label", self.tr("Label"), lambda r: r.label, width=200),
                Column("problems", self.tr("Problems"), self._problems_text, width=380),
                Column("html", self.tr("HTML cleaned"), lambda r: self.tr("Yes") if r.sanitised else ""),
            ],
            self._count_lines,
            self._fetch_lines,
            count_text=lambda n: self.tr("%Ln line(s)", "", n),
            search_placeholder=self.tr("Search the lines"),
            filters=[
                FilterSpec(
                    "problems",
                    self.tr("Lines"),
                    [
                        (self.tr("Every line"), None),
                        (self.tr("With problems"), True),
                        (self.tr("HTML cleaned"), "html"),
                    ],
                )
            ],
            row_key=lambda r: r.line,
            stretch_columns=("label", "problems"),
        )
        self.lines_panel.setObjectName("importLines")
        self.lines_panel.selectionChanged.connect(self._show_line)
        self.detail = QTextBrowser()
        self.detail.setObjectName("importLineDetail")
        self.detail.setAccessibleName(self.tr("The selected line's problems and HTML changes"))
        self.detail.setMaximumHeight(150)
        self.all_or_nothing = QCheckBox(self.tr("All or nothing: import only if every line is right"))
        self.all_or_nothing.setObjectName("allOrNothingCheck")
        self.all_or_nothing.setChecked(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.lines_panel, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.all_or_nothing)
        return page

    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.back_button.setEnabled(step > FILE_STEP)
        self.next_button.setText(self.tr("Import") if step == PREVIEW_STEP else self.tr("Next"))
        self.error_label.hide()

    def _fail(self, exc: DomainError) -> None:
        self.error_label.setText(message_text(exc.message))
        self.error_label.show()

    # ---- navigation ----------------------------------------------------------------------------------
    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import entries"), "", self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)")
        )
        if name:
            self.path_edit.setText(name)

    def back(self) -> None:
        self._show_step(max(FILE_STEP, self.steps.currentIndex() - 1))

    def next(self) -> None:
        step = self.steps.currentIndex()
        if step == FILE_STEP:
            self.read_file(self.path_edit.text())
        elif step == MAPPING_STEP:
            self.show_preview()
        else:
            self.run_import()

    def _in_background(self, title: str, job: Callable[[], Any]) -> Any | None:
        """Reading and checking a big file takes a while: off the GUI thread, with Cancel."""
        progress = ProgressDialog(title, self.tr("Please wait…"), lambda token, report: job(), self)
        progress.failed.connect(self._import_failed)
        return progress.result_value if progress.run() else None

    def read_file(self, path: str) -> None:
        service = self.service
        sheet = self._in_background(self.tr("Reading the file"), lambda: service.read_file(Path(path)))
        if sheet is None:
            return
        self.sheet = sheet
        self.set_mapping(self.sheet.headers, guess_mapping(self.sheet.headers))
        self._show_step(MAPPING_STEP)

    def set_mapping(self, headers: Sequence[str], mapping: dict[str, int]) -> None:
        for column, combo in self.mapping_combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), None)
            for index, header in enumerate(headers):
                combo.addItem(header or self.tr("(column %1)").replace("%1", str(index + 1)), index)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(column))))

    def mapping(self) -> dict[str, int]:
        return {
            c: combo.currentData()
            for c, combo in self.mapping_combos.items()
            if combo.currentData() is not None
        }

    def show_preview(self) -> None:
        if self.sheet is None:
            return
        service, sheet, mapping = self.service, self.sheet, self.mapping()
        plan = self._in_background(self.tr("Checking every line"), lambda: service.preview(sheet, mapping))
        if plan is None:
            return
        self.plan = plan
        self.summary_label.setText(
            self.tr("%1, %2 (their entries are skipped unless you fix the file).")
            .replace("%1", self.tr("%Ln entry(ies) ready", "", len(plan.entries)))
            .replace("%2", self.tr("%Ln line(s) with problems", "", plan.problem_count))
        )
        self._show_step(PREVIEW_STEP)
        self.lines_panel.refresh()

    def run_import(self) -> None:
        if self.sheet is None:
            return
        sheet, mapping, all_or_nothing = self.sheet, self.mapping(), self.all_or_nothing.isChecked()

        def job(token: CancelToken, report: Report) -> ImportResult | None:
            return self.service.import_entries(
                sheet,
                mapping,
                all_or_nothing=all_or_nothing,
                report=report,
                should_stop=lambda: token.cancelled,
            )

        progress = ProgressDialog(self.tr("Importing entries"), self.tr("Writing the entries…"), job, self)
        progress.failed.connect(self._import_failed)
        if progress.run() and progress.result_value is not None:
            self.import_result = progress.result_value
            self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self._fail(exc)
        else:
            show_error(self, exc)

    # ---- the preview's rows ----------------------------------------------------------------------------
    def _problems_text(self, line: LineReport) -> str:
        return "; ".join(message_text(p) for p in line.problems)

    def _lines(self, query: ListQuery) -> list[LineReport]:
        lines = list(self.plan.lines) if self.plan else []
        wanted = query.filters.get("problems")
        if wanted is True:
            lines = [line for line in lines if line.problems]
        elif wanted == "html":
            lines = [line for line in lines if line.sanitised]
        text = query.search.strip().casefold()
        if text:
            lines = [line for line in lines if text in f"{line.label} {self._problems_text(line)}".casefold()]
        if query.sort in ("label", "problems"):
            lines.sort(key=lambda line: str(getattr(line, query.sort or "line")), reverse=query.descending)
        elif query.descending:
            lines.reverse()
        return lines

    def _count_lines(self, query: ListQuery) -> int:
        return len(self._lines(query))

    def _fetch_lines(self, query: ListQuery, offset: int, limit: int) -> list[Any]:
        return self._lines(query)[offset : offset + limit]

    def _show_line(self) -> None:
        line = self.lines_panel.current_row()
        if line is None:
            self.detail.clear()
            return
        parts = [f"<p><b>{html.escape(self.tr('Line %1').replace('%1', str(line.line)))}</b></p>"]
        parts += [f"<p style='color:#B42318'>{html.escape(message_text(p))}</p>" for p in line.problems]
        for change in line.sanitised:
            colour = "#B42318" if change.startswith("-") else "#1E7F4F"
            parts.append(f"<pre style='color:{colour}; margin:0'>{html.escape(change)}</pre>")
        if not line.problems and not line.sanitised:
            parts.append(f"<p>{html.escape(self.tr('Nothing to report.'))}</p>")
        self.detail.setHtml("".join(parts))
