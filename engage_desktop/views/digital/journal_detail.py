"""One journal event in full: who, when, from where, what it is about (links that filter the journal
on that object) and the field diff (from → to; sets as added/removed; secrets as "changed")."""

from __future__ import annotations

import html
import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from engage_desktop.services.digital.journal_browser import JournalRow
from engage_desktop.views.widgets.list_panel import format_value

RELATED_KEYS = (
    "content_thread_id",
    "content_source_id",
    "intervention_id",
    "content_id",
    "task_id",
    "category_ids",
    "rules_engine_rule_id",
    "entry_id",
    "version_id",
)


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def diff_rows(changes: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(field, before, after) for the table; a set change reads "+ added" / "− removed"."""
    rows: list[tuple[str, str, str]] = []
    for name, change in sorted(changes.items()):
        if isinstance(change, dict) and ("from" in change or "to" in change):
            rows.append((name, _text(change.get("from")), _text(change.get("to"))))
        elif isinstance(change, dict) and ("added" in change or "removed" in change):
            removed = ", ".join(map(str, change.get("removed") or ())) or "—"
            added = ", ".join(map(str, change.get("added") or ())) or "—"
            rows.append((name, "− " + removed, "+ " + added))
        else:
            rows.append((name, "", _text(change)))
    return rows


class JournalDetail(QWidget):
    """`objectRequested(type, id)` when a link to the event's object is followed."""

    objectRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalDetail")
        self.header = QLabel()
        self.header.setObjectName("journalDetailHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setOpenExternalLinks(False)
        self.header.linkActivated.connect(self._follow)
        self.header.setAccessibleName(self.tr("Event"))
        self.diff = QTableWidget(0, 3)
        self.diff.setObjectName("journalDiff")
        self.diff.setAccessibleName(self.tr("Changed fields"))
        self.diff.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.diff.verticalHeader().hide()
        self.diff.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.diff.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.diff.setWordWrap(True)
        self.empty = QLabel(self.tr("Select an event to see what it changed."))
        self.empty.setObjectName("mutedLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.empty)
        layout.addWidget(self.header)
        layout.addWidget(self.diff, 1)
        self.show_event(None)

    def show_event(self, row: JournalRow | None) -> None:
        self.empty.setVisible(row is None)
        self.header.setVisible(row is not None)
        self.diff.setVisible(row is not None)
        if row is None:
            return
        actor = html.escape(row.user_label or self.tr("system"))
        lines = [
            f"<b>{html.escape(row.name)}</b> · #{row.seq}",
            self.tr("%1 by %2 from %3")
            .replace("%1", html.escape(format_value(row.created_at)))
            .replace("%2", actor)
            .replace("%3", html.escape(row.workstation or "—")),
        ]
        links = []
        if row.object_type:
            links.append(self._link(row.object_type, row.object_id))
        for key in RELATED_KEYS:
            value = row.details.get(key)
            for item in value if isinstance(value, list) else [value] if value not in (None, "") else []:
                links.append(self._link(key.removesuffix("_ids").removesuffix("_id"), str(item)))
        if links:
            lines.append(self.tr("About: %1").replace("%1", " · ".join(links)))
        others = {k: v for k, v in row.details.items() if k not in RELATED_KEYS}
        if others:
            lines.append(html.escape(_text(others))[:2000])
        self.header.setText("<br>".join(lines))
        rows = diff_rows(row.changes)
        self.diff.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text[:2000])
                self.diff.setItem(r, c, item)
        self.diff.resizeRowsToContents()

    @staticmethod
    def _link(kind: str, value: str) -> str:
        href = html.escape(f"{kind}|{value}", quote=True)
        return f'<a href="{href}">{html.escape(kind)} {html.escape(value)}</a>'

    def _follow(self, href: str) -> None:
        kind, _, value = href.partition("|")
        self.objectRequested.emit(kind, value)
