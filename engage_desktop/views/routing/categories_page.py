"""Routing › Categories: the tree with colour chips, flags and usage counts; search keeps each match's
branch open; drag a category onto another to move it (the service refuses cycles and name clashes)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.routing.categories import CategoryNode
from engage_desktop.services.routing.category_csv import (
    CategoryImportRefused,
    CategoryImportReport,
    ImportCancelled,
)
from engage_desktop.views.channels.channel_widgets import swatch_icon
from engage_desktop.views.routing.category_editor import CategoryDeleteDialog, CategoryEditorDialog
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.page_header import PageHeader, make_search
from engage_desktop.views.widgets.progress_dialog import ProgressDialog

MIME_TYPE = "application/x-engage-category-id"
NodeRole = Qt.ItemDataRole.UserRole + 1
# A move the model asks for: (category id, new parent id or None) → None, or the refusal's text.
MoveCategory = Callable[[int, int | None], str | None]


class CategoryTreeModel(QStandardItemModel):
    """Name (with its colour chip), flags and usage counts; dropping a row on another re-parents it
    through `move` (the tree is then reloaded by the page, never moved by Qt itself)."""

    def __init__(self, move: MoveCategory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.move = move
        self.refused = ""  # the last drop's refusal, for the page to show
        self.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Flags"),
                self.tr("Users"),
                self.tr("Channels"),
                self.tr("Rules, topologies"),
            ]
        )

    def set_nodes(self, nodes: Sequence[CategoryNode]) -> None:
        self.removeRows(0, self.rowCount())
        items: dict[int, QStandardItem] = {}
        for node in nodes:
            name = QStandardItem(swatch_icon(node.color), node.name)
            name.setData(node, NodeRole)
            name.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemIsDropEnabled
            )
            if not node.matches:
                name.setForeground(Qt.GlobalColor.gray)
            other = sum(n for k, n in node.usage.items() if k not in ("users", "sources"))
            cells = [name, QStandardItem(self.flags_text(node))]
            for value in (node.usage.get("users", 0), node.usage.get("sources", 0), other):
                cell = QStandardItem(str(value) if value else "–")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cells.append(cell)
            for cell in cells[1:]:
                cell.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
                )
            holder = items.get(node.parent_id) if node.parent_id is not None else None
            (holder or self.invisibleRootItem()).appendRow(cells)
            items[node.id] = name

    def flags_text(self, node: CategoryNode) -> str:
        words = [
            (node.mandatory, self.tr("mandatory")),
            (node.multiple, self.tr("multiple")),
            (node.unselectable, self.tr("unselectable")),
            (node.post_qualification, self.tr("post-qualification")),
        ]
        return ", ".join(word for on, word in words if on)

    def node(self, index: QModelIndex | QPersistentModelIndex) -> CategoryNode | None:
        if not index.isValid():
            return None
        found = self.itemFromIndex(self.index(index.row(), 0, index.parent()))
        return found.data(NodeRole) if found else None

    def index_of(self, category_id: int) -> QModelIndex:
        for row in range(self.rowCount()):
            found = self._find(self.item(row), category_id)
            if found is not None:
                return found.index()
        return QModelIndex()

    def _find(self, item: QStandardItem, category_id: int) -> QStandardItem | None:
        node = item.data(NodeRole)
        if node is not None and node.id == category_id:
            return item
        for row in range(item.rowCount()):
            found = self._find(item.child(row), category_id)
            if found is not None:
                return found
        return None

    # ---- drag and drop -------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        node = self.node(indexes[0]) if indexes else None
        if node is not None:
            data.setData(MIME_TYPE, QByteArray(str(node.id).encode()))
        return data

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Dropped on a row: under it; between rows: under that level's parent. Always False so Qt
        removes nothing itself; the page reloads the tree after a move."""
        if not data.hasFormat(MIME_TYPE):
            return False
        category_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        target = self.node(parent)
        new_parent = target.id if target is not None else None  # on a row, or between its children
        if target is not None and target.id == category_id:
            return False
        self.refused = self.move(category_id, new_parent) or ""
        return False


class CategoriesPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        self._shown_once = False
        self._nodes: list[CategoryNode] = []
        self.search_edit = make_search(self.tr("Search categories by name"), self)
        self.search_edit.setObjectName("searchEdit")
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.new_button = self._button(
            self.tr("New category"), self.new_category, "newCategoryButton", "primary"
        )
        self.edit_button = self._button(self.tr("Edit"), self.edit_selected, "editCategoryButton")
        self.delete_button = self._button(
            self.tr("Delete"), self.delete_selected, "deleteCategoryButton", "danger"
        )
        self.import_button = self._button(self.tr("Import…"), self.import_csv, "importCategoriesButton")
        self.export_button = self._button(self.tr("Export…"), self.export_csv, "exportCategoriesButton")
        self.header = PageHeader(self.tr("Categories"), self.search_edit)
        for button in (self.edit_button, self.delete_button, self.import_button, self.export_button):
            self.header.add_button(button)
        self.header.add_button(self.new_button, primary=True)
        self.model = CategoryTreeModel(self.move_category, self)
        self.tree = QTreeView()
        self.tree.setObjectName("categoryTree")
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.doubleClicked.connect(lambda _i: self.edit_selected())
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 200)
        for column in (2, 3, 4):  # the counts: as wide as their (translated) titles
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.status = QLabel()
        self.status.setObjectName("countLabel")
        self.empty = QLabel(
            self.tr(
                "No categories yet. Categories tell what a message is about; agents' categories act as skills."
            )
        )
        self.empty.setObjectName("emptyStateMessage")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)  # as the list pages' panel
        layout.addLayout(self.header)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        self.reload()

    def _button(self, text: str, slot: Callable[[], None], name: str, variant: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if variant:
            button.setProperty("variant", variant)
        button.clicked.connect(slot)
        return button

    def showEvent(self, event: QShowEvent) -> None:
        if self._shown_once:
            self.reload()
        self._shown_once = True
        super().showEvent(event)

    # ---- reading -------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        current = self.current_node()
        select_id = select_id if select_id is not None else (current.id if current else None)
        search = self.search_edit.text()
        try:
            self._nodes = self.session.categories.list_tree(search)
        except DomainError as exc:
            self.status.setText(message_text(exc.message))
            return
        self.model.set_nodes(self._nodes)
        if search.strip():
            self.tree.expandAll()  # only matches and their ancestors are listed: every branch open
        else:
            self.tree.expandToDepth(0)
        if select_id is not None:
            index = self.model.index_of(select_id)
            if index.isValid():
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
        matches = sum(1 for n in self._nodes if n.matches)
        self.status.setText(
            self.tr("%Ln matching category(ies)", "", matches)
            if search.strip()
            else self.tr("%Ln category(ies)", "", len(self._nodes))
        )
        self.empty.setVisible(not self._nodes and not search.strip())
        self.tree.setVisible(bool(self._nodes) or bool(search.strip()))
        self._update_actions()

    def current_node(self) -> CategoryNode | None:
        return (
            self.model.node(self.tree.currentIndex()) if self.tree.selectionModel().hasSelection() else None
        )

    def _update_actions(self) -> None:
        selected = self.current_node() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    # ---- changing ------------------------------------------------------------------------------
    def move_category(self, category_id: int, parent_id: int | None) -> str | None:
        node = next((n for n in self._nodes if n.id == category_id), None)
        if node is None or node.parent_id == parent_id:
            return None
        try:
            self.session.categories.move_category(category_id, parent_id, version=node.version)
        except DomainError as exc:
            errors = getattr(exc, "errors", {}) or {"": exc.message}
            text = "\n".join(message_text(m) for m in errors.values())
            QTimer.singleShot(0, lambda: self._refuse(text))
            return text
        QTimer.singleShot(0, lambda: self.reload(category_id))
        return None

    def _refuse(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Cannot move"), text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("moveRefusedDialog")
        box.open()

    def new_category(self) -> None:
        current = self.current_node()
        self._edit(
            CategoryEditorDialog(
                self.session.categories, self._all_nodes(), None, current.id if current else None, self
            )
        )

    def edit_selected(self) -> None:
        node = self.current_node()
        if node is not None:
            self._edit(CategoryEditorDialog(self.session.categories, self._all_nodes(), node, parent=self))

    def _edit(self, dialog: CategoryEditorDialog) -> None:
        dialog.saved.connect(lambda saved: self.reload(saved.id))
        dialog.open()
        self.editor = dialog

    def _all_nodes(self) -> list[CategoryNode]:
        return self.session.categories.list_tree() if self.search_edit.text().strip() else self._nodes

    def delete_selected(self) -> None:
        node = self.current_node()
        if node is None:
            return
        deletion = self.session.category_deletion
        try:
            impact = deletion.deletion_impact(node.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        if impact.needs_children_choice or any(impact.usage.values()):
            dialog = CategoryDeleteDialog(impact, self._all_nodes(), self)
            if not dialog.exec():
                return
            choice, target = dialog.choice(), dialog.target_id()
        elif confirm_destructive(
            self,
            self.tr("Delete category"),
            self.tr("Delete the category “%1”?").replace("%1", node.name),
            self.tr("Delete category"),
            self.tr("The deletion is written to the audit journal and cannot be undone."),
        ):
            choice, target = None, None
        else:
            return
        try:
            deletion.delete_category(
                node.id, choice, target_id=target, remove_references=True, version=node.version
            )
        except DomainError as exc:
            show_error(self, exc)
        self.reload()

    def import_csv(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import categories"), "", self.tr("CSV files (*.csv)")
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Off the GUI thread, with progress; Cancel (or any problem) leaves the tree as it was."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            show_error(self, exc)
            return
        service = self.session.category_csv
        progress = ProgressDialog(
            self.tr("Import categories"),
            self.tr("Importing the categories…"),
            lambda token, report: service.import_csv(
                data, should_stop=lambda: token.cancelled, report=report
            ),
            self,
        )
        ok = progress.run()
        progress.deleteLater()
        self.reload()
        if isinstance(progress.error, CategoryImportRefused):
            self.show_import_refusal(progress.error)
        elif progress.error is not None and not isinstance(progress.error, ImportCancelled):
            show_error(self, progress.error)
        elif ok:
            report: CategoryImportReport = progress.result_value
            self.status.setText(
                self.tr("Imported: %1, %2, %3.")
                .replace("%1", self.tr("%Ln created", "", report.created))
                .replace("%2", self.tr("%Ln updated", "", report.updated))
                .replace("%3", self.tr("%Ln unchanged", "", report.unchanged))
            )

    def show_import_refusal(self, refusal: CategoryImportRefused) -> None:
        lines = [
            self.tr("Line %1: %2").replace("%1", str(i.line)).replace("%2", message_text(i.message))
            for i in refusal.issues
        ]
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Nothing was imported"),
            message_text(refusal.message),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("importRefusedDialog")
        box.setInformativeText("\n".join(lines[:8]))
        box.setDetailedText("\n".join(lines))
        box.open()

    def export_csv(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export categories"), "categories.csv", self.tr("CSV files (*.csv)")
        )
        if name:
            self.export_file(Path(name))

    def export_file(self, path: Path) -> None:
        service = self.session.category_csv
        progress = ProgressDialog(
            self.tr("Export categories"),
            self.tr("Exporting the categories…"),
            lambda _token, _report: service.export_to(path),
            self,
        )
        progress.run()
        progress.deleteLater()
        if progress.error is not None:
            show_error(self, progress.error)
