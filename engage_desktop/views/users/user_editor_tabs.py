"""The user editor's tabs for who the user is: profile, role, teams, skills (categories), capacity.

Each tab holds a FormWidget whose field names are UserForm's, so a ValidationError from the
service lands under the right field on the right tab; `collect(values)` adds the tab's fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.access.permissions import PERMISSION_GROUPS, Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.users.choices import EditorChoices
from engage_desktop.services.users.records import UserDetail
from engage_desktop.views.channels.channel_widgets import PALETTE, CheckList, swatch_icon
from engage_desktop.views.users.role_editor import group_title, permission_label
from engage_desktop.views.users.user_form_widgets import (
    filter_edit,
    language_label,
    line_edit,
    muted_label,
    roomy,
)
from engage_desktop.views.widgets.combo_choices import set_choice_enabled
from engage_desktop.views.widgets.form import FormWidget
from engage_desktop.views.widgets.tree_items import child_items, top_level_items

ValueRole = Qt.ItemDataRole.UserRole


@dataclass
class EditorContext:
    session: AppSession
    choices: EditorChoices
    detail: UserDetail | None  # None: a new user
    read_only: bool
    invite: bool = False


class UserTab(QWidget):
    """A FormWidget on a page-coloured background, scrolling when `scroll` (short forms)."""

    def __init__(self, context: EditorContext, *, scroll: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = FormWidget()
        holder = QWidget()
        holder.setObjectName("page")
        self.body = QVBoxLayout(holder)
        self.body.setContentsMargins(18, 14, 18, 14)
        self.body.setSpacing(10)
        self.body.addWidget(self.form)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        if scroll:
            self.body.addStretch(1)
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QScrollArea.Shape.NoFrame)
            area.setWidget(holder)
            outer.addWidget(area)
        else:
            outer.addWidget(holder)

    def collect(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def lock(self, *widgets: QWidget) -> None:
        """Read-only editors show everything and change nothing."""
        if self.context.read_only:
            for widget in widgets:
                if isinstance(widget, QLineEdit):
                    widget.setReadOnly(True)
                else:
                    widget.setEnabled(False)


class ProfileTab(UserTab):
    def __init__(self, context: EditorContext) -> None:
        super().__init__(context)
        form = context.detail.form if context.detail else None
        choices = context.choices
        self.firstname_edit = line_edit(form.firstname if form else "", "firstnameEdit")
        self.lastname_edit = line_edit(form.lastname if form else "", "lastnameEdit")
        self.nickname_edit = line_edit(
            form.nickname if form else "", "nicknameEdit", placeholder=self.tr("Shown to colleagues, unique")
        )
        self.email_edit = line_edit(form.email if form else "", "emailEdit", 254, "name@company.example")
        self.form.add_field("firstname", self.tr("First name"), self.firstname_edit)
        self.form.add_field("lastname", self.tr("Last name"), self.lastname_edit)
        self.form.add_field("nickname", self.tr("Nickname"), self.nickname_edit)
        self.form.add_field("email", self.tr("E-mail"), self.email_edit)

        self.locale_combo = QComboBox()
        self.locale_combo.setObjectName("localeCombo")
        for code, name in choices.languages:
            self.locale_combo.addItem(language_label(name), code)
        self.locale_combo.setCurrentIndex(max(0, self.locale_combo.findData(form.locale if form else "en")))
        self.form.add_field("locale", self.tr("Interface language"), self.locale_combo)

        self.timezone_combo = QComboBox()
        self.timezone_combo.setObjectName("timezoneCombo")
        self.timezone_combo.setEditable(True)
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone_combo.addItems(list(choices.timezones))
        completer = QCompleter(QStringListModel(list(choices.timezones), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone_combo.setCompleter(completer)
        self.timezone_combo.setCurrentText(form.timezone if form else "UTC")
        line = self.timezone_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type a city: Paris, New_York…"))
        self.form.add_field("timezone", self.tr("Time zone"), self.timezone_combo)

        self.languages_list = CheckList(visible_rows=11)
        self.languages_list.setObjectName("spokenLanguages")
        roomy(self.languages_list)
        self.languages_list.set_choices(
            [(code, language_label(name)) for code, name in choices.languages],
            form.spoken_languages if form else (),
        )
        self.form.add_field("spoken_languages", self.tr("Spoken languages"), self.languages_list)
        self.languages_summary = muted_label()
        self.form.form_layout.addRow("", self.languages_summary)
        self.languages_list.itemChanged.connect(self._summarise_languages)
        self._summarise_languages()
        self.password_edit: QLineEdit | None = None
        if context.detail is None and not context.invite:
            self.password_edit = line_edit("", "passwordEdit", 256)
            self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.form.add_field(
                "password",
                self.tr("Password"),
                self.password_edit,
                self.tr("Optional. Without one, the user cannot sign in until you send an invitation."),
            )
        self.form.setMaximumWidth(640)
        self.lock(
            self.firstname_edit,
            self.lastname_edit,
            self.nickname_edit,
            self.email_edit,
            self.locale_combo,
            self.timezone_combo,
            self.languages_list,
        )

    def _summarise_languages(self) -> None:
        names = [self.languages_list.item(i).text() for i in range(self.languages_list.count())
                 if self.languages_list.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip
        speaks = (
            self.tr("Speaks %1.").replace("%1", ", ".join(names)) if names else self.tr("No language ticked.")
        )
        self.languages_summary.setText(
            speaks + " " + self.tr("Routing can give this agent conversations in these languages.")
        )

    def collect(self, values: dict[str, Any]) -> None:
        values.update(
            firstname=self.firstname_edit.text(),
            lastname=self.lastname_edit.text(),
            nickname=self.nickname_edit.text(),
            email=self.email_edit.text(),
            locale=self.locale_combo.currentData(),
            timezone=self.timezone_combo.currentText().strip(),
            spoken_languages=tuple(self.languages_list.checked_values()),
        )
        if self.password_edit is not None and self.password_edit.text():
            values["password"] = self.password_edit.text()


class RoleTab(UserTab):
    """The role, and what it allows; roles holding more than the actor's own cannot be chosen."""

    def __init__(self, context: EditorContext) -> None:
        super().__init__(context, scroll=False)
        current = context.detail.form.role_id if context.detail else None
        self.roles = {r.id: r for r in context.choices.roles}
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("roleCombo")
        beyond = self.tr("holds permissions your role lacks")
        for role in context.choices.roles:
            self.role_combo.addItem(role.label if role.grantable else f"{role.label} — {beyond}", role.id)
            set_choice_enabled(
                self.role_combo, self.role_combo.count() - 1, role.grantable or role.id == current
            )
        default = next((r.id for r in context.choices.roles if r.grantable and r.label == "Agent"), None)
        wanted = current if current is not None else default
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(wanted)))
        self.form.add_field("role_id", self.tr("Role"), self.role_combo)
        self.form.setMaximumWidth(640)

        heading = QHBoxLayout()
        title = QLabel(self.tr("What this role allows"))
        title.setObjectName("sectionTitle")
        self.count_label = muted_label("", "mutedLabel")
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.count_label)
        self.permissions_tree = QTreeWidget()
        self.permissions_tree.setObjectName("rolePermissions")
        self.permissions_tree.setHeaderHidden(True)
        self.permissions_tree.setAlternatingRowColors(True)
        self.permissions_tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.body.addLayout(heading)
        self.body.addWidget(self.permissions_tree, 1)
        self.body.addWidget(muted_label(self.tr("Roles are defined in Users › Roles.")))
        self.role_combo.currentIndexChanged.connect(self._show_permissions)
        self._show_permissions()
        self.lock(self.role_combo)

    def _show_permissions(self) -> None:
        role = self.roles.get(self.role_combo.currentData())
        held = role.permissions if role else frozenset()
        self.permissions_tree.clear()
        for group in PERMISSION_GROUPS:
            names = [p for p in group.permissions if p.value in held]
            if not names:
                continue
            item = QTreeWidgetItem(self.permissions_tree, [f"{group_title(group)}  ({len(names)})"])
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            for permission in names:
                QTreeWidgetItem(item, [permission_label(permission)])
        self.permissions_tree.expandAll()
        self.count_label.setText(
            self.tr("%1 of %Ln permission(s)", "", len(Permission)).replace("%1", str(len(held)))
        )

    def collect(self, values: dict[str, Any]) -> None:
        values["role_id"] = self.role_combo.currentData()


class TeamsTab(UserTab):
    def __init__(self, context: EditorContext) -> None:
        super().__init__(context, scroll=False)
        detail = context.detail
        member = set(detail.form.team_ids) if detail else set()
        leads = detail.leader_team_ids if detail else frozenset()
        self.teams_list = CheckList(visible_rows=10)
        self.teams_list.setObjectName("teamsList")
        roomy(self.teams_list)
        leader = self.tr("team leader")
        self.teams_list.set_choices(
            [(t.id, f"{t.name} — {leader}" if t.id in leads else t.name) for t in context.choices.teams],
            member,
        )
        for i in range(self.teams_list.count()):
            item = self.teams_list.item(i)
            team = next(t for t in context.choices.teams if t.id == item.data(ValueRole))
            if not team.editable or context.read_only:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                if not team.editable:
                    item.setToolTip(self.tr("You do not lead this team"))
        self.form.add_field("team_ids", self.tr("Member of"), self.teams_list)
        self.body.addWidget(
            muted_label(
                self.tr(
                    "Leaders are chosen on the Teams page. Taking a leader out of a team ends their leadership."
                )
            )
        )
        if not context.choices.teams:
            self.body.addWidget(muted_label(self.tr("No team yet: create teams in Users › Teams.")))

    def collect(self, values: dict[str, Any]) -> None:
        values["team_ids"] = tuple(self.teams_list.checked_values())


class CategoriesTab(UserTab):
    """Skills for routing: a searchable category tree; grouping categories cannot be ticked."""

    def __init__(self, context: EditorContext) -> None:
        super().__init__(context, scroll=False)
        chosen = set(context.detail.form.category_ids) if context.detail else set()
        self.search_edit = filter_edit("categorySearch", self.tr("Filter categories"), self)
        self.search_edit.textChanged.connect(self._filter)
        self.count_label = muted_label("", "mutedLabel")
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        self.tree = QTreeWidget()
        self.tree.setObjectName("categoryTree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        items: dict[int, QTreeWidgetItem] = {}
        pending = list(context.choices.categories)
        while pending:  # parents first, whatever the order they came in
            placed = [c for c in pending if c.parent_id is None or c.parent_id in items]
            if not placed:
                placed = pending  # orphans (a parent deleted meanwhile) go to the top
            for category in placed:
                parent = items.get(category.parent_id) if category.parent_id is not None else None
                item = QTreeWidgetItem(parent or self.tree, [category.name])
                item.setData(0, ValueRole, category.id)
                item.setIcon(0, swatch_icon(category.color if 0 <= category.color < len(PALETTE) else 11))
                if category.selectable:
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                    item.setFlags(flags if not context.read_only else Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(
                        0, Qt.CheckState.Checked if category.id in chosen else Qt.CheckState.Unchecked
                    )
                else:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    font = QFont(item.font(0))
                    font.setBold(True)
                    item.setFont(0, font)
                    item.setToolTip(0, self.tr("A grouping category: tick the categories inside it"))
                items[category.id] = item
            pending = [c for c in pending if c not in placed]
        self.items = items
        self.tree.expandAll()
        self.tree.itemChanged.connect(self._count)
        self.form.add_field("category_ids", "", self.tree)
        self.body.insertLayout(0, top)
        self.body.addWidget(
            muted_label(self.tr("Routing gives this agent the conversations of these categories."))
        )
        if not context.choices.categories:
            self.body.addWidget(muted_label(self.tr("No category yet: create them in Routing › Categories.")))
        self._count()

    def checked_ids(self) -> list[int]:
        return [
            category_id
            for category_id, item in self.items.items()
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState(0) == Qt.CheckState.Checked
        ]

    def _count(self) -> None:
        n = len(self.checked_ids())
        self.count_label.setText(self.tr("%Ln skill(s)", "", n))

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()

        def show(item: QTreeWidgetItem) -> bool:
            children = [show(child) for child in child_items(item)]
            visible = not needle or needle in item.text(0).casefold() or any(children)
            item.setHidden(not visible)
            return visible

        for item in top_level_items(self.tree):
            show(item)

    def collect(self, values: dict[str, Any]) -> None:
        values["category_ids"] = tuple(sorted(self.checked_ids()))
