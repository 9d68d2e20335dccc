"""File › Compare with a bundle…: what a bundle would change in this configuration, field by field.

The bundle is read, checked and compared off the GUI thread (progress with Cancel). On the left,
each resource with its added (+), removed (−) and changed (~) objects; on the right, the selected
object's fields, old value beside new. A bundle that cannot be used lists every problem with its
file, record and field instead.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.bundles.bundle_diff import ConfigurationDiff, ObjectChange
from engage_desktop.services.bundles.bundle_format import BundleError, load_bundle
from engage_desktop.services.bundles.bundle_service import BundleService
from engage_desktop.views.bundles.import_dialog import problem_text
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.progress_dialog import CancelToken, ProgressDialog, Report

CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1


def _text(value: Any) -> str:
    if value is None:  # the side where an added or removed object does not exist
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)


class BundleDiffView(QDialog):
    def __init__(self, service: BundleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.progress: ProgressDialog | None = None
        self.diff: ConfigurationDiff | None = None
        self.setObjectName("bundleDiffView")
        self.setWindowTitle(self.tr("Compare with a bundle"))
        self.resize(960, 600)

        self.path_label = QLabel(self.tr("No bundle chosen."))
        self.path_label.setObjectName("bundlePath")
        self.choose_button = QPushButton(self.tr("&Choose a bundle…"))
        self.choose_button.setObjectName("chooseBundleButton")
        self.choose_button.setAccessibleName(self.tr("Choose a bundle"))
        self.choose_button.clicked.connect(self.choose)
        top = QHBoxLayout()
        top.addWidget(self.path_label, 1)
        top.addWidget(self.choose_button)

        self.summary = QLabel()
        self.summary.setObjectName("diffSummary")
        self.summary.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setObjectName("diffTree")
        self.tree.setAccessibleName(self.tr("Objects that differ"))
        self.tree.setHeaderLabels([self.tr("Object"), self.tr("Change")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._show_fields)

        self.fields = QTableWidget(0, 3)
        self.fields.setObjectName("diffFields")
        self.fields.setAccessibleName(self.tr("Fields of the selected object"))
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Here"), self.tr("In the bundle")])
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fields.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.fields.verticalHeader().setVisible(False)

        self.problems = QListWidget()
        self.problems.setObjectName("bundleProblems")
        self.problems.setAccessibleName(self.tr("Problems of the bundle"))
        self.problems.hide()

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.fields)
        splitter.setSizes([380, 580])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a bundle"), "", self.tr("Bundles (*.zip manifest.json)")
        )
        if path:
            self.compare(Path(path).parent if Path(path).name == "manifest.json" else Path(path))

    def compare(self, path: Path) -> None:
        """Read and compare `path` (folder or zip) in the background."""
        self.path_label.setText(str(path))
        service = self.service

        def job(_token: CancelToken, _report: Report) -> ConfigurationDiff:
            return service.compare_with_local(load_bundle(path))

        progress = ProgressDialog(
            self.tr("Compare with a bundle"), self.tr("Reading and comparing the bundle…"), job, self
        )
        progress.setObjectName("bundleDiffProgress")
        progress.succeeded.connect(self.show_diff)
        progress.failed.connect(self._failed)
        self.progress = progress
        progress.start()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, BundleError):
            self.show_problems([problem_text(p) for p in exc.problems])
        else:
            show_error(self, exc)

    def show_problems(self, problems: list[str]) -> None:
        self.diff = None
        self.tree.clear()
        self.fields.setRowCount(0)
        self.summary.setText(self.tr("This bundle cannot be used; nothing was changed."))
        self.problems.clear()
        self.problems.addItems(problems)
        self.problems.show()

    def show_diff(self, diff: ConfigurationDiff) -> None:
        self.diff = diff
        self.problems.hide()
        self.tree.clear()
        self.fields.setRowCount(0)
        added = sum(len(r.added) for r in diff.resources)
        removed = sum(len(r.removed) for r in diff.resources)
        changed = sum(len(r.changed) for r in diff.resources)
        if diff.is_empty:
            self.summary.setText(self.tr("The bundle and this configuration are the same."))
            return
        self.summary.setText(
            self.tr("In the bundle: %n added,", "", added) + " " + self.tr("%n missing from it,", "", removed)
            + " " + self.tr("%n changed.", "", changed)
        )  # fmt: skip
        for resource in diff.resources:
            if not resource.has_changes:
                continue
            parent = QTreeWidgetItem([resource.resource, f"+{len(resource.added)} −{len(resource.removed)} ~{len(resource.changed)}"])  # fmt: skip
            self.tree.addTopLevelItem(parent)
            for change in resource.changed:
                item = QTreeWidgetItem(parent, [change.label, self.tr("changed")])
                item.setData(0, CHANGE_ROLE, change)
            for obj in resource.added:
                item = QTreeWidgetItem(parent, [obj.label, self.tr("added")])
                item.setData(0, CHANGE_ROLE, ObjectChange(obj.key, obj.label, obj.fields))
            for obj in resource.removed:
                item = QTreeWidgetItem(parent, [obj.label, self.tr("not in the bundle")])
                item.setData(0, CHANGE_ROLE, ObjectChange(obj.key, obj.label, obj.fields))
            parent.setExpanded(True)
        first = self.tree.topLevelItem(0)
        child = first.child(0) if first is not None else None
        if child is not None:
            self.tree.setCurrentItem(child)

    def _show_fields(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        change = current.data(0, CHANGE_ROLE) if current is not None else None
        rows = change.fields if isinstance(change, ObjectChange) else ()
        self.fields.setRowCount(len(rows))
        for row, field in enumerate(rows):
            for column, value in enumerate((field.field, _text(field.old), _text(field.new))):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.fields.setItem(row, column, item)
