"""The category editor (name, parent, colour, the four flags, where it applies) and the question asked
before deleting a category that has subcategories or is in use."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.routing.categories import CategoryForm, CategoryNode, CategoryService
from engage_desktop.services.routing.category_deletion import ChildrenChoice, DeletionImpact
from engage_desktop.views.channels.channel_widgets import CheckList, ColorCombo
from engage_desktop.views.widgets.form import FormDialog, make_default
from engage_desktop.views.widgets.versioned_save import save_with_version

FLAGS = ("mandatory", "multiple", "unselectable", "post_qualification")


class CategoryEditorDialog(FormDialog):
    """Create (`node` None, optionally under `parent_id`) or edit a category."""

    def __init__(
        self,
        service: CategoryService,
        tree: list[CategoryNode],
        node: CategoryNode | None = None,
        parent_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("categoryEditor")
        self.service, self.node = service, node
        self.version = node.version if node else None
        if node is not None:
            node_id = node.id
            self.watch_for_changes_elsewhere(lambda: service.get_category(node_id).version)
        self.setWindowTitle(
            self.tr("Edit category “%1”").replace("%1", node.name) if node else self.tr("New category")
        )
        form = node.form() if node else CategoryForm("", parent_id)
        self.name_edit = QLineEdit(form.name)
        self.name_edit.setObjectName("categoryNameEdit")
        self.name_edit.setMaxLength(120)
        self.parent_combo = QComboBox()
        self.parent_combo.setObjectName("categoryParentCombo")
        self.parent_combo.addItem(self.tr("(top level)"), None)
        inside = {node.id} if node else set()
        for other in tree:
            if other.parent_id in inside or other.id in inside:
                inside.add(other.id)  # the category's own branch cannot be its parent
                continue
            self.parent_combo.addItem("    " * other.depth + other.name, other.id)
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(form.parent_id)))
        self.colour_combo = ColorCombo()
        self.colour_combo.setObjectName("categoryColourCombo")
        self.colour_combo.set_value(form.color)
        self.flag_checks = {
            "mandatory": QCheckBox(
                self.tr("Mandatory (an agent must pick one of this branch before closing)")
            ),
            "multiple": QCheckBox(self.tr("Multiple (several subcategories may be picked together)")),
            "unselectable": QCheckBox(self.tr("Unselectable (a grouping node only)")),
            "post_qualification": QCheckBox(self.tr("Post-qualification")),
        }
        for key, check in self.flag_checks.items():
            check.setObjectName(f"categoryFlag_{key}")
            check.setChecked(bool(getattr(form, key)))
        self.sources_list = CheckList(visible_rows=5)
        self.sources_list.setObjectName("categorySourcesList")
        try:
            self.sources_list.set_choices(service.source_choices(), form.source_ids)
        except DomainError as exc:
            self.form.show_form_error(exc.message)
        self.form.add_field("name", self.tr("Name"), self.name_edit)
        self.form.add_field("parent_id", self.tr("Parent"), self.parent_combo)
        self.form.add_field("color", self.tr("Colour"), self.colour_combo)
        flags = QWidget()
        flags_layout = QVBoxLayout(flags)
        flags_layout.setContentsMargins(0, 0, 0, 0)
        for check in self.flag_checks.values():
            flags_layout.addWidget(check)
        self.form.add_field("flags", self.tr("Flags"), flags)
        self.form.add_field(
            "source_ids",
            self.tr("Applies to"),
            self.sources_list,
            self.tr("Channels where agents may pick it; none ticked means every channel."),
        )
        self.resize(560, 520)
        self.name_edit.setFocus()

    def current_form(self) -> CategoryForm:
        return CategoryForm(
            self.name_edit.text(),
            self.parent_combo.currentData(),
            self.colour_combo.value(),
            **{key: self.flag_checks[key].isChecked() for key in FLAGS},
            source_ids=tuple(self.sources_list.checked_values()),
        )

    def save(self) -> bool:
        form, service = self.current_form(), self.service
        if self.node is None:
            return self.submit(lambda: service.create_category(form)) is not None
        category_id = self.node.id
        saved = save_with_version(
            self,
            self.submit,
            lambda version: service.update_category(category_id, form, version=version),
            self.version,
            {"name": self.tr("Name"), "parent": self.tr("Parent"), "color": self.tr("Colour")},
            self.reload,
        )
        return saved is not None

    def reload(self) -> None:
        assert self.node is not None
        try:
            current = self.service.get_category(self.node.id)
        except DomainError as exc:
            self.form.show_form_error(exc.message)
            return
        self.version = current.version
        self.name_edit.setText(current.name)
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(current.parent_id)))
        self.colour_combo.set_value(current.color)
        for key, check in self.flag_checks.items():
            check.setChecked(bool(getattr(current, key)))
        self.sources_list.set_checked(current.source_ids)
        self.form.clear_errors()


class CategoryDeleteDialog(QDialog):
    """What happens to the subcategories and to the references; the answer is `choice()`/`target_id()`."""

    def __init__(
        self, impact: DeletionImpact, tree: list[CategoryNode], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("categoryDeleteDialog")
        self.setWindowTitle(self.tr("Delete category “%1”").replace("%1", impact.name))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("categoryDeleteTarget")
        branch = {impact.category_id}
        for node in tree:
            if node.parent_id in branch or node.id in branch:
                branch.add(node.id)
                continue
            self.target_combo.addItem(node.path_text, node.id)
        if impact.needs_children_choice:
            layout.addWidget(
                QLabel(
                    self.tr(
                        "“%1” has %Ln subcategory(ies). What happens to them?", "", impact.child_count
                    ).replace("%1", impact.name)
                )
            )
            for choice, text in (
                (ChildrenChoice.TO_PARENT, self.tr("Move them up to the parent")),
                (ChildrenChoice.TO_CATEGORY, self.tr("Move them under another category:")),
                (
                    ChildrenChoice.DELETE_BRANCH,
                    self.tr("Delete them too (%1 categories in all)").replace(
                        "%1", str(impact.branch_size + 1)
                    ),
                ),
            ):
                button = QRadioButton(text)
                button.setObjectName(f"choice_{choice.value}")
                button.setProperty("choice", choice.value)
                self.group.addButton(button)
                layout.addWidget(button)
                if choice is ChildrenChoice.TO_CATEGORY:
                    layout.addWidget(self.target_combo)
            self.group.buttons()[0].setChecked(True)
        else:
            self.target_combo.hide()
        uses = impact.branch_usage if impact.needs_children_choice else impact.usage
        if any(uses.values()):
            words: dict[str, Callable[[int], str]] = {
                "users": lambda n: self.tr("%Ln user(s) as a skill", "", n),
                "sources": lambda n: self.tr("%Ln channel(s) as a default category", "", n),
                "channels": lambda n: self.tr("%Ln routing channel(s) for auto-complete", "", n),
                "rules": lambda n: self.tr("%Ln rule(s)", "", n),
                "topologies": lambda n: self.tr("%Ln topology(ies)", "", n),
            }
            listed = [words[k](n) if k in words else f"{k}: {n}" for k, n in sorted(uses.items()) if n]
            used = QLabel(
                self.tr("In use by %1. These references are removed with it.").replace(
                    "%1", ", ".join(listed)
                )
            )
            used.setObjectName("categoryUsage")
            used.setWordWrap(True)
            layout.addWidget(used)
        note = QLabel(self.tr("Every change is written to the audit journal and cannot be undone."))
        note.setObjectName("hintLabel")
        layout.addWidget(note)
        buttons = QDialogButtonBox()
        delete = buttons.addButton(self.tr("Delete"), QDialogButtonBox.ButtonRole.AcceptRole)
        delete.setObjectName("destructiveButton")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        make_default(cancel)

    def choice(self) -> ChildrenChoice | None:
        checked = self.group.checkedButton()
        return ChildrenChoice(checked.property("choice")) if checked else None

    def target_id(self) -> int | None:
        return self.target_combo.currentData() if self.choice() is ChildrenChoice.TO_CATEGORY else None
