"""Digital › Folders: the tree of smart folders (drag a folder onto another to move it inside, or
between two to reorder) and the editor of the selected one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.digital.folders import FolderNode
from engage_desktop.views.digital.folder_editor import FolderEditor
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.error_display import show_error

ID_ROLE = Qt.ItemDataRole.UserRole


class FolderTree(QTreeWidget):
    """Emits where a dragged folder landed; the page asks the service, then reloads the tree."""

    moved = Signal(int, object, int)  # folder id, new parent id or None, position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("folderTree")
        self.setAccessibleName(self.tr("Folders"))
        self.setHeaderHidden(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event: QDropEvent) -> None:
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        if dragged is None:
            event.ignore()
            return
        position = self.dropIndicatorPosition()
        Indicator = QAbstractItemView.DropIndicatorPosition  # noqa: N806
        if target is None or position == Indicator.OnViewport:
            parent, index = None, self.topLevelItemCount()
        elif position == Indicator.OnItem:
            parent, index = target, target.childCount()
        else:
            parent = target.parent()
            siblings = parent if parent is not None else self.invisibleRootItem()
            index = siblings.indexOfChild(target) + (1 if position == Indicator.BelowItem else 0)
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.moved.emit(int(dragged.data(0, ID_ROLE)), parent.data(0, ID_ROLE) if parent else None, index)


class FoldersPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        self.can_manage = session.can(Permission.MANAGE_FOLDERS)
        title = QLabel(self.tr("Folders"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.tree = FolderTree()
        self.tree.moved.connect(self.move_folder)
        self.tree.currentItemChanged.connect(lambda _now, _before: self._show_current())
        self.new_button = QPushButton(self.tr("New folder"))
        self.new_button.setObjectName("newFolderButton")
        self.new_button.setProperty("variant", "primary")
        self.new_button.clicked.connect(lambda: self.new_folder(None))
        self.sub_button = QPushButton(self.tr("New subfolder"))
        self.sub_button.setObjectName("newSubfolderButton")
        self.sub_button.clicked.connect(self.new_subfolder)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteFolderButton")
        self.delete_button.setProperty("variant", "danger")
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.new_button, self.sub_button, self.delete_button):
            button.setEnabled(self.can_manage)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.sub_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(16, 12, 8, 12)
        left_layout.addWidget(title)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.tree, 1)
        self.editor = FolderEditor(session)
        self.editor.saved.connect(self._after_save)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(8, 12, 16, 12)
        holder_layout.addWidget(self.editor)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(holder)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.nodes: dict[int, FolderNode] = {}
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        try:
            nodes = self.session.folders.list_tree()
        except DomainError as exc:
            show_error(self, exc)
            return
        self.nodes = {n.id: n for n in nodes}
        self.editor.set_tree(nodes)
        self.tree.blockSignals(True)
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for node in nodes:
            item = QTreeWidgetItem([node.label + ("  🔒" if node.restricted else "")])
            item.setData(0, ID_ROLE, node.id)
            item.setToolTip(0, node.query or self.tr("Every thread"))
            parent = items.get(node.parent_id) if node.parent_id is not None else None
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[node.id] = item
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if select_id in items:
            self.tree.setCurrentItem(items[select_id])
        self._show_current()

    def selected_node(self) -> FolderNode | None:
        item = self.tree.currentItem()
        return self.nodes.get(int(item.data(0, ID_ROLE))) if item is not None else None

    def select_folder(self, folder_id: int) -> None:
        self.reload(folder_id)

    def _show_current(self) -> None:
        node = self.selected_node()
        if node is not None:
            self.editor.show_folder(node)
        self.sub_button.setEnabled(self.can_manage and node is not None)
        self.delete_button.setEnabled(self.can_manage and node is not None)

    def new_folder(self, parent_id: int | None) -> None:
        self.tree.clearSelection()
        self.tree.setCurrentIndex(QModelIndex())
        self.editor.show_folder(None, parent_id)
        self.editor.label_edit.setFocus()

    def new_subfolder(self) -> None:
        node = self.selected_node()
        if node is not None:
            self.new_folder(node.id)

    def _after_save(self, node: FolderNode) -> None:
        self.reload(node.id)

    def move_folder(self, folder_id: int, parent_id: int | None, position: int) -> None:
        try:
            self.session.folders.move_folder(folder_id, parent_id, position)
        except DomainError as exc:
            show_error(self, exc)
        self.reload(folder_id)

    def delete_selected(self) -> bool:
        node = self.selected_node()
        if node is None:
            return False
        inside = sum(1 for n in self.nodes.values() if n.parent_id == node.id)
        detail = self.tr("The folders inside it are deleted too.") if inside else ""
        if not confirm_destructive(
            self,
            self.tr("Delete folder"),
            self.tr("Delete the folder “%1”?").replace("%1", node.label),
            self.tr("Delete folder"),
            detail,
        ):
            return False
        try:
            self.session.folders.delete_folder(node.id)
        except DomainError as exc:
            show_error(self, exc)
        self.reload()
        return True
