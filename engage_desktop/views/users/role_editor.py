"""The role editor: a label and the permission catalogue, grouped, searchable, without escalation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from engage_desktop.services.access.permissions import PERMISSION_GROUPS, Permission, PermissionGroup
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.users.roles import PermissionChoice, RoleDetail
from engage_desktop.views.widgets.conflict_dialog import plain_value
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.screen_room import resize_within_screen
from engage_desktop.views.widgets.translations import QT_TRANSLATE_NOOP
from engage_desktop.views.widgets.tree_items import child_items, top_level_items
from engage_desktop.views.widgets.versioned_save import save_with_version

CTX = "Permissions"
P = Permission

# Source texts are English; QCoreApplication.translate(CTX, ...) gives the user's language. The context
# is spelled out in each QT_TRANSLATE_NOOP: pyside6-lupdate only reads literals.
PERMISSION_LABELS: dict[Permission, str] = {
    P.READ_USER: QT_TRANSLATE_NOOP("Permissions", "Read users"),
    P.CREATE_USER: QT_TRANSLATE_NOOP("Permissions", "Create users"),
    P.UPDATE_USER: QT_TRANSLATE_NOOP("Permissions", "Edit users"),
    P.INVITE_USER: QT_TRANSLATE_NOOP("Permissions", "Invite users"),
    P.IMPERSONATE_USER: QT_TRANSLATE_NOOP("Permissions", "Sign in as another user"),
    P.MANAGE_USERS_OF_MY_TEAMS: QT_TRANSLATE_NOOP("Permissions", "Manage users of my teams"),
    P.MANAGE_TEAMS: QT_TRANSLATE_NOOP("Permissions", "Manage teams"),
    P.MANAGE_ROLES: QT_TRANSLATE_NOOP("Permissions", "Manage roles"),
    P.READ_PRESENCE: QT_TRANSLATE_NOOP("Permissions", "See agents' presence"),
    P.READ_CONTENT_SOURCE: QT_TRANSLATE_NOOP("Permissions", "Read channels"),
    P.CREATE_CONTENT_SOURCE: QT_TRANSLATE_NOOP("Permissions", "Create channels"),
    P.UPDATE_CONTENT_SOURCE: QT_TRANSLATE_NOOP("Permissions", "Edit channels"),
    P.READ_COMMUNITY: QT_TRANSLATE_NOOP("Permissions", "Read communities"),
    P.CREATE_COMMUNITY: QT_TRANSLATE_NOOP("Permissions", "Create communities"),
    P.UPDATE_COMMUNITY: QT_TRANSLATE_NOOP("Permissions", "Edit communities"),
    P.READ_IDENTITY: QT_TRANSLATE_NOOP("Permissions", "Read identities"),
    P.UPDATE_IDENTITY: QT_TRANSLATE_NOOP("Permissions", "Edit identities"),
    P.MANAGE_IDENTITIES: QT_TRANSLATE_NOOP("Permissions", "Manage identities"),
    P.LOCK_IDENTITY: QT_TRANSLATE_NOOP("Permissions", "Lock identities"),
    P.ANONYMIZE_IDENTITY: QT_TRANSLATE_NOOP("Permissions", "Anonymize identities"),
    P.EXPORT_IDENTITY: QT_TRANSLATE_NOOP("Permissions", "Export identities"),
    P.MANAGE_CATEGORIES: QT_TRANSLATE_NOOP("Permissions", "Manage categories"),
    P.MANAGE_TOPOLOGIES: QT_TRANSLATE_NOOP("Permissions", "Manage topologies and routing channels"),
    P.MONITOR_TASKS: QT_TRANSLATE_NOOP("Permissions", "Monitor all tasks"),
    P.MONITOR_TEAM_TASKS: QT_TRANSLATE_NOOP("Permissions", "Monitor my teams' tasks"),
    P.RECEIVE_TASKS: QT_TRANSLATE_NOOP("Permissions", "Receive tasks"),
    P.ACCESS_PULL_MODE: QT_TRANSLATE_NOOP("Permissions", "Pick tasks in pull mode"),
    P.MANAGE_RULES_ENGINE_RULES: QT_TRANSLATE_NOOP("Permissions", "Manage rules-engine rules"),
    P.MANAGE_TAGS: QT_TRANSLATE_NOOP("Permissions", "Manage tags"),
    P.MANAGE_CUSTOM_FIELDS: QT_TRANSLATE_NOOP("Permissions", "Manage custom fields"),
    P.MANAGE_FOLDERS: QT_TRANSLATE_NOOP("Permissions", "Manage folders"),
    P.READ_EXPORT: QT_TRANSLATE_NOOP("Permissions", "Read exports"),
    P.DELAY_EXPORT_CONTENT: QT_TRANSLATE_NOOP("Permissions", "Run deferred content exports"),
    P.READ_EVENT: QT_TRANSLATE_NOOP("Permissions", "Read the audit journal"),
    P.SEARCH_EVENT: QT_TRANSLATE_NOOP("Permissions", "Search the audit journal"),
    P.READ_STATS: QT_TRANSLATE_NOOP("Permissions", "Read statistics"),
    P.READ_OWN_STATS: QT_TRANSLATE_NOOP("Permissions", "Read own statistics"),
    P.MANAGE_AUTOMATIC_EXPORTS_TASKS: QT_TRANSLATE_NOOP("Permissions", "Manage automated exports"),
    P.MANAGE_REPLY_ASSISTANT: QT_TRANSLATE_NOOP("Permissions", "Manage the reply assistant"),
    P.REPLY_WITH_ASSISTANT: QT_TRANSLATE_NOOP("Permissions", "Reply with the reply assistant"),
    P.MANAGE_EMAILS_TEMPLATES: QT_TRANSLATE_NOOP("Permissions", "Manage e-mail templates"),
    P.MANAGE_CHAT: QT_TRANSLATE_NOOP("Permissions", "Manage chat"),
    P.MANAGE_MESSAGING: QT_TRANSLATE_NOOP("Permissions", "Manage messaging"),
    P.MANAGE_SURVEYS: QT_TRANSLATE_NOOP("Permissions", "Manage surveys"),
    P.READ_SURVEYS: QT_TRANSLATE_NOOP("Permissions", "Read surveys"),
    P.MANAGE_ICE: QT_TRANSLATE_NOOP("Permissions", "Manage ICE"),
    P.MANAGE_APP_SDK_APPLICATIONS: QT_TRANSLATE_NOOP("Permissions", "Manage App SDK applications"),
    P.UPDATE_SETTINGS: QT_TRANSLATE_NOOP("Permissions", "Edit account settings"),
    P.UPDATE_TIME_SHEET: QT_TRANSLATE_NOOP("Permissions", "Edit business hours"),
    P.UPDATE_EXTENSION: QT_TRANSLATE_NOOP("Permissions", "Configure extensions"),
    P.CREATE_AND_DESTROY_EXTENSION: QT_TRANSLATE_NOOP("Permissions", "Turn extensions on and off"),
    P.MANAGE_API_ACCESS_TOKENS: QT_TRANSLATE_NOOP("Permissions", "Manage API access tokens"),
    P.MANAGE_CUSTOM_NOTIFICATIONS: QT_TRANSLATE_NOOP("Permissions", "Manage custom notifications"),
    P.MANAGE_OWN_NOTIFICATIONS: QT_TRANSLATE_NOOP("Permissions", "Manage own notifications"),
    P.SEARCH_CONTENTS: QT_TRANSLATE_NOOP("Permissions", "Search messages"),
    P.ACCESS_PREVIOUS_MESSAGES: QT_TRANSLATE_NOOP("Permissions", "See previous messages"),
    P.OPEN_CONTENT_THREAD: QT_TRANSLATE_NOOP("Permissions", "Open threads"),
    P.CLOSE_CONTENT_THREAD: QT_TRANSLATE_NOOP("Permissions", "Close threads"),
    P.DELETE_CONTENT_THREAD: QT_TRANSLATE_NOOP("Permissions", "Delete threads"),
    P.UPDATE_INTERVENTION: QT_TRANSLATE_NOOP("Permissions", "Edit any intervention"),
    P.UPDATE_OWN_INTERVENTION: QT_TRANSLATE_NOOP("Permissions", "Edit own interventions"),
    P.ASSIGN_INTERVENTION: QT_TRANSLATE_NOOP("Permissions", "Assign interventions"),
    P.APPROVE_CONTENT: QT_TRANSLATE_NOOP("Permissions", "Approve replies"),
    P.PUBLISH_CONTENT: QT_TRANSLATE_NOOP("Permissions", "Publish replies"),
    P.MUTE_CONTENT: QT_TRANSLATE_NOOP("Permissions", "Mute messages"),
    P.AUTHOR_BLOCK_CONTENT: QT_TRANSLATE_NOOP("Permissions", "Block message authors"),
    P.ADMIN_STAMP_ANSWER: QT_TRANSLATE_NOOP("Permissions", "Stamp replies as official"),
    P.USE_EMOJI: QT_TRANSLATE_NOOP("Permissions", "Use emoji"),
    P.ACCESS_HELP_CENTER: QT_TRANSLATE_NOOP("Permissions", "Open the help center"),
    P.ASK_AN_EXPERT: QT_TRANSLATE_NOOP("Permissions", "Ask an expert"),
    P.ESCALATE_TO_VIDEO: QT_TRANSLATE_NOOP("Permissions", "Escalate to video"),
    P.USE_COBROWSING: QT_TRANSLATE_NOOP("Permissions", "Use co-browsing"),
}
del P

GROUP_TITLES: dict[str, str] = {
    "users": QT_TRANSLATE_NOOP("Permissions", "Users & teams"),
    "channels": QT_TRANSLATE_NOOP("Permissions", "Channels & identities"),
    "routing": QT_TRANSLATE_NOOP("Permissions", "Routing"),
    "digital": QT_TRANSLATE_NOOP("Permissions", "Digital"),
    "agent_tools": QT_TRANSLATE_NOOP("Permissions", "Agent tools"),
    "settings": QT_TRANSLATE_NOOP("Permissions", "Settings"),
    "conversation": QT_TRANSLATE_NOOP("Permissions", "Conversation work (agent interface)"),
}


def permission_label(permission: Permission) -> str:
    return QCoreApplication.translate(CTX, PERMISSION_LABELS[permission])


def group_title(group: PermissionGroup) -> str:
    return QCoreApplication.translate(CTX, GROUP_TITLES.get(group.key, group.title))


PermissionRole = Qt.ItemDataRole.UserRole


class RoleEditorDialog(FormDialog):
    """Create (role_id None) or edit a role. Raises DomainError from the constructor if the role
    cannot be read; the caller shows it. Read-only for a user without manage_roles."""

    def __init__(self, session: AppSession, role_id: int | None, parent: QWidget | None = None) -> None:
        choices = session.roles.permission_choices()
        role = session.roles.get_role(role_id) if role_id is not None else None
        super().__init__(parent, read_only=not session.can(Permission.MANAGE_ROLES))
        self.setObjectName("roleEditor")
        self.session = session
        self.role_id = role_id
        self.version = role.version if role else None  # sent back with the save (no lost update)
        if role_id is not None:
            self.watch_for_changes_elsewhere(lambda: session.roles.get_role(role_id).version)
        held = role.permissions if role else frozenset()
        # Permissions of an extension that is off: not shown, sent back unchanged.
        self._hidden_held = {c.permission.value for c in choices if not c.visible} & held
        self._updating = False

        self.setWindowTitle(
            self.tr("Edit role “%1”").replace("%1", role.label) if role else self.tr("New role")
        )
        self.label_edit = QLineEdit(role.label if role else "")
        self.label_edit.setObjectName("roleLabelEdit")
        self.label_edit.setMaxLength(120)
        self.label_edit.setPlaceholderText(self.tr("e.g. Night-shift supervisor"))
        self.label_edit.setReadOnly(self.read_only)
        self.form.add_field("label", self.tr("Label"), self.label_edit, self._usage_text(role))

        title = QLabel(self.tr("Permissions"))
        title.setObjectName("sectionTitle")
        self.counter_label = QLabel()
        self.counter_label.setObjectName("mutedLabel")
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 4, 0, 0)
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.counter_label)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("permissionSearch")
        self.search_edit.setPlaceholderText(self.tr("Filter permissions"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._apply_search)
        self.search_edit.installEventFilter(self)

        self.tree = QTreeWidget()
        self.tree.setObjectName("permissionTree")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self._fill_tree(choices, held)
        self.tree.itemChanged.connect(self._on_item_changed)

        hidden = sum(1 for c in choices if not c.visible)
        self.hidden_label = QLabel(
            self.tr(
                "%Ln permission(s) of extensions that are off are hidden; the role keeps them as they are.",
                "",
                hidden,
            )
        )
        self.hidden_label.setObjectName("hintLabel")
        self.hidden_label.setWordWrap(True)
        self.hidden_label.setVisible(hidden > 0)

        self.add_layout(heading)
        self.add_widget(self.search_edit)
        self.add_widget(self.tree, 1)
        self.add_widget(self.hidden_label)
        resize_within_screen(self, 560, 720)
        self._update_counter()
        self.label_edit.setFocus()

    def _usage_text(self, role: RoleDetail | None) -> str:
        if role is None:
            return ""
        if role.user_count == 0:
            return self.tr("Given to no user yet.")
        return self.tr("Given to %Ln user(s).", "", role.user_count)

    # ---- the tree ------------------------------------------------------------------------------
    def _fill_tree(self, choices: list[PermissionChoice], held: frozenset[str]) -> None:
        by_permission = {c.permission: c for c in choices}
        lacks = self.tr("Your role lacks this permission")
        for group in PERMISSION_GROUPS:
            shown = [by_permission[p] for p in group.permissions if by_permission[p].visible]
            if not shown:
                continue
            group_item = QTreeWidgetItem(self.tree, [group_title(group)])
            font = group_item.font(0)
            font.setBold(True)
            group_item.setFont(0, font)
            group_item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                if not self.read_only
                else Qt.ItemFlag.ItemIsEnabled
            )
            group_item.setToolTip(0, self.tr("Tick or clear every permission of this group"))
            for choice in shown:
                name = choice.permission.value
                item = QTreeWidgetItem(group_item, [permission_label(choice.permission)])
                item.setData(0, PermissionRole, name)
                editable = choice.grantable and not self.read_only
                flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if editable else flags)
                item.setCheckState(0, Qt.CheckState.Checked if name in held else Qt.CheckState.Unchecked)
                item.setToolTip(0, name if choice.grantable else f"{name}\n{lacks}")
            self._update_group_state(group_item)
        self.tree.expandAll()

    def _permission_items(self) -> list[QTreeWidgetItem]:
        return [item for group in top_level_items(self.tree) for item in child_items(group)]

    def permission_item(self, name: str) -> QTreeWidgetItem | None:
        return next((i for i in self._permission_items() if i.data(0, PermissionRole) == name), None)

    def checked_permissions(self) -> set[str]:
        """What the tree shows ticked (not the hidden, preserved ones)."""
        return {
            item.data(0, PermissionRole)
            for item in self._permission_items()
            if item.checkState(0) == Qt.CheckState.Checked
        }

    def permissions_to_save(self) -> list[str]:
        return sorted(self.checked_permissions() | self._hidden_held)

    def _on_item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._updating:
            return
        self._updating = True
        try:
            parent = item.parent()
            if parent is None:  # a group: tick or clear what the user may change and can see
                targets = [
                    child
                    for child in child_items(item)
                    if child.flags() & Qt.ItemFlag.ItemIsEnabled and not child.isHidden()
                ]
                state = item.checkState(0)
                if state == Qt.CheckState.Checked and all(
                    t.checkState(0) == Qt.CheckState.Checked for t in targets
                ):
                    state = Qt.CheckState.Unchecked  # partly ticked only by locked rows: the click clears
                for target in targets:
                    target.setCheckState(0, state)
                self._update_group_state(item)
            else:
                self._update_group_state(parent)
        finally:
            self._updating = False
        self._update_counter()

    def _update_group_state(self, group: QTreeWidgetItem) -> None:
        states = {child.checkState(0) for child in child_items(group)}
        if states == {Qt.CheckState.Checked}:
            state = Qt.CheckState.Checked
        elif states == {Qt.CheckState.Unchecked}:
            state = Qt.CheckState.Unchecked
        else:
            state = Qt.CheckState.PartiallyChecked
        was = self._updating
        self._updating = True
        group.setCheckState(0, state)
        self._updating = was

    def _update_counter(self) -> None:
        self.counter_label.setText(
            self.tr("%1 of %Ln permission(s)", "", len(self._permission_items())).replace(
                "%1", str(len(self.checked_permissions()))
            )
        )

    def _apply_search(self, text: str) -> None:
        """Matches readable and API names; a group whose title matches (and nothing in it) shows whole."""
        needle = text.strip().casefold()
        for group in top_level_items(self.tree):
            children = child_items(group)
            matches = [
                not needle
                or needle in child.text(0).casefold()
                or needle in str(child.data(0, PermissionRole))
                for child in children
            ]
            if not any(matches) and needle in group.text(0).casefold():
                matches = [True] * len(children)
            for child, match in zip(children, matches, strict=True):
                child.setHidden(not match)
            group.setHidden(not any(matches))
        self.tree.expandAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the filter box filters; it must not save the dialog."""
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            return True
        return super().eventFilter(watched, event)

    # ---- saving --------------------------------------------------------------------------------
    def save(self) -> bool:
        """Create or update; refusals stay in the dialog (under the label, or at the top). An update
        goes over the version loaded: a stale one asks keep mine, take theirs, or cancel."""
        label, permissions = self.label_edit.text(), self.permissions_to_save()
        roles, role_id = self.session.roles, self.role_id
        if role_id is None:
            return self.submit(lambda: roles.create_role(label, permissions)) is not None
        labels = {"label": self.tr("Label"), "permissions": self.tr("Permissions")}
        saved = save_with_version(
            self,
            self.submit,
            lambda v: roles.update_role(role_id, label, permissions, version=v),
            self.version,
            labels,
            self.reload,
            _conflict_value,
        )
        return saved is not None

    def reload(self) -> None:
        """ "Take theirs": the label and the ticks as saved now; the next save goes over that version."""
        assert self.role_id is not None
        role = self.session.roles.get_role(self.role_id)
        self.version = role.version
        self.label_edit.setText(role.label)
        shown = {item.data(0, PermissionRole) for item in self._permission_items()}
        self._hidden_held = set(role.permissions) - shown
        self._updating = True
        try:
            for item in self._permission_items():
                held = item.data(0, PermissionRole) in role.permissions
                item.setCheckState(0, Qt.CheckState.Checked if held else Qt.CheckState.Unchecked)
        finally:
            self._updating = False
        for group in top_level_items(self.tree):
            self._update_group_state(group)
        self._update_counter()


def _conflict_value(field: str, value: object) -> str:
    """Permissions by their readable names in the conflict dialog."""
    if field == "permissions" and isinstance(value, frozenset | set | list | tuple):
        names = sorted(
            permission_label(Permission(p)) if p in Permission._value2member_map_ else str(p) for p in value
        )
        return ", ".join(names) or "—"
    return plain_value(value)


class DuplicateRoleDialog(FormDialog):
    """Asks the new label; the copy gets the source role's permissions (the service checks them)."""

    def __init__(self, session: AppSession, role_id: int, source_label: str, parent: QWidget | None = None):
        super().__init__(parent, save_text=QCoreApplication.translate("DuplicateRoleDialog", "Duplicate"))
        self.setObjectName("duplicateRoleDialog")
        self.setWindowTitle(self.tr("Duplicate role “%1”").replace("%1", source_label))
        self.session = session
        self.role_id = role_id
        self.label_edit = QLineEdit(self.tr("%1 (copy)").replace("%1", source_label))
        self.label_edit.setObjectName("roleLabelEdit")
        self.label_edit.setMaxLength(120)
        self.label_edit.selectAll()
        self.form.add_field("label", self.tr("New label"), self.label_edit)
        self.body.insertStretch(self.body.count() - 1, 1)
        self.resize(440, 160)

    def save(self) -> bool:
        label, roles, role_id = self.label_edit.text(), self.session.roles, self.role_id
        return self.submit(lambda: roles.duplicate_role(role_id, label)) is not None
