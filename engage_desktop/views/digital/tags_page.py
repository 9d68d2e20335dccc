"""Digital › Tags (French: Repères d'identification): each tag with the number of customers
carrying it; create, rename, merge, delete (the confirmation says how many customers lose it)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.digital.tags import TagRow
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.list_panel import RIGHT, Column, ListPanel, Selection
from engage_desktop.views.widgets.versioned_save import save_with_version


class TagDialog(FormDialog):
    """New tag (tag None) or rename."""

    def __init__(self, session: AppSession, tag: TagRow | None, parent: QWidget | None = None) -> None:
        current = session.tags.get_tag(tag.id) if tag is not None else None
        super().__init__(parent, save_text=self.tr("Rename") if current else self.tr("Create"))
        self.setObjectName("tagEditor")
        self.session = session
        self.tag_id = current.id if current else None
        self.version = current.version if current else None
        self.setWindowTitle(
            self.tr("Rename “%1”").replace("%1", current.name) if current else self.tr("New tag")
        )
        self.name_edit = QLineEdit(current.name if current else "")
        self.name_edit.setObjectName("tagNameEdit")
        self.name_edit.setAccessibleName(self.tr("Tag name"))
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("e.g. VIP, Press, Churn risk"))
        help_text = (
            self.tr("Folders whose query names this tag follow the new name.")
            if current
            else self.tr("Agents see it on the customer's profile.")
        )
        self.form.add_field("name", self.tr("Name"), self.name_edit, help_text)
        self.resize(440, 180)
        self.name_edit.setFocus()

    def save(self) -> bool:
        name, tags = self.name_edit.text(), self.session.tags
        tag_id = self.tag_id
        if tag_id is None:
            return self.submit(lambda: tags.create_tag(name)) is not None
        saved = save_with_version(
            self,
            self.submit,
            lambda version: tags.update_tag(tag_id, name, version=version),
            self.version,
            {"name": self.tr("Name")},
            self.reload,
        )
        return saved is not None

    def reload(self) -> None:
        if self.tag_id is None:
            return
        current = self.form.submit(lambda: self.session.tags.get_tag(self.tag_id or 0))
        if current is not None:
            self.version = current.version
            self.name_edit.setText(current.name)


class MergeTagsDialog(FormDialog):
    """The selected tags go into the one chosen here; their customers carry it instead."""

    def __init__(self, session: AppSession, sources: list[TagRow], parent: QWidget | None = None) -> None:
        super().__init__(parent, save_text=self.tr("Merge"))
        self.setObjectName("mergeTagsDialog")
        self.setWindowTitle(self.tr("Merge tags"))
        self.session = session
        self.sources = sources
        names = ", ".join(f"“{t.name}”" for t in sources)
        intro = QLabel(self.tr("Merge %1 into:").replace("%1", names))
        intro.setWordWrap(True)
        self.form.form_layout.insertRow(0, intro)
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("mergeTargetCombo")
        self.target_combo.setAccessibleName(self.tr("Tag to keep"))
        chosen = {t.id for t in sources}
        for tag in session.tags.tag_choices():
            if tag.id not in chosen:
                self.target_combo.addItem(tag.name, tag.id)
        self.form.add_field(
            "source_ids",
            self.tr("Keep"),
            self.target_combo,
            self.tr("Customers carrying a merged tag carry this one; the merged tags are deleted."),
        )
        self.resize(460, 200)

    def save(self) -> bool:
        target = self.target_combo.currentData()
        sources = [t.id for t in self.sources]
        if target is None:
            return False
        return self.submit(lambda: self.session.tags.merge_tags(sources, int(target))) is not None


class TagsPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        can_manage = session.can(Permission.MANAGE_TAGS)
        service = session.tags
        columns = [
            Column("name", self.tr("Tag"), lambda r: r.name, width=320),
            Column(
                "group_count",
                self.tr("Customers"),
                lambda r: QLocale().toString(r.group_count),
                alignment=RIGHT,
                width=170,
            ),
            Column("updated_at", self.tr("Updated"), lambda r: r.updated_at),
        ]
        self.panel = ListPanel(
            self.tr("Tags"),
            columns,
            service.count_tags,
            service.list_tags,
            count_text=self._count_text,
            search_placeholder=self.tr("Search tags"),
            empty_title=self.tr("No tags yet"),
            empty_message=self.tr(
                "Tags let agents recognise a customer at a glance: VIP, press, churn risk…"
            ),
            sort="name",
        )
        self.new_button = self.panel.add_action(
            self.tr("New tag"),
            self.new_tag,
            allowed=can_manage,
            object_name="newTagButton",
            variant="primary",
        )
        self.edit_button = self.panel.add_action(
            self.tr("Rename"),
            self.rename_selected,
            selection=Selection.ONE,
            allowed=can_manage,
            object_name="renameTagButton",
        )
        self.merge_button = self.panel.add_action(
            self.tr("Merge into…"),
            self.merge_selected,
            selection=Selection.SOME,
            allowed=can_manage,
            object_name="mergeTagsButton",
        )
        self.delete_button = self.panel.add_action(
            self.tr("Delete"),
            self.delete_selected,
            selection=Selection.ONE,
            allowed=can_manage,
            object_name="deleteTagButton",
            variant="danger",
        )
        if can_manage:
            self.panel.set_empty_action(self.tr("New tag"), self.new_tag)
            self.panel.opened.connect(self.rename)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def _count_text(self, n: int) -> str:
        return self.tr("%Ln tag(s)", "", n)

    def new_tag(self) -> None:
        self.panel.open_dialog(lambda: TagDialog(self.session, None, self))

    def rename_selected(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self.rename(row)

    def rename(self, row: TagRow) -> None:
        self.panel.open_dialog(lambda: TagDialog(self.session, row, self))

    def merge_selected(self) -> None:
        rows = self.panel.selected_rows()
        if rows:
            self.panel.open_dialog(lambda: MergeTagsDialog(self.session, rows, self))

    def delete_selected(self) -> bool:
        row: TagRow | None = self.panel.current_row()
        if row is None:
            return False
        try:
            impact = self.session.tags.deletion_impact(row.id)
        except DomainError as exc:
            show_error(self, exc)
            self.panel.refresh()
            return False
        if impact.customers == 1:
            detail = self.tr("1 customer loses this tag.")
        else:
            detail = self.tr("%1 customers lose this tag.").replace(
                "%1", QLocale().toString(impact.customers)
            )
        if impact.folders:
            detail += " " + self.tr("Folders using it: %1.").replace("%1", ", ".join(impact.folders))
        if not confirm_destructive(
            self,
            self.tr("Delete tag"),
            self.tr("Delete the tag “%1”?").replace("%1", impact.name),
            self.tr("Delete tag"),
            detail,
        ):
            return False
        return self.panel.run(lambda: self.session.tags.delete_tag(row.id))
