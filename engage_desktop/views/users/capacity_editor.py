"""The agent capacity editor: a name, limits for the routing channels it overrides, and the users
it is given to (any number: listed lazily, changes applied when the editor is saved)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.access.scope import is_team_scoped
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.users.capacities import (
    CapacityChannelInfo,
    CapacityDetail,
    ChannelChoice,
    ChannelLimit,
)
from engage_desktop.services.users.capacity_rules import MAX_CAPACITY, channel_field
from engage_desktop.views.users.capacity_users import CapacityUsersBox
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.screen_room import resize_within_screen
from engage_desktop.views.widgets.versioned_save import save_with_version


class ChannelLimitRow(QWidget):
    """One routing channel: override it or not, and its default and maximum."""

    def __init__(self, channel: ChannelChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channelLimitRow")
        self.channel = channel
        self._editable = True
        self.override_check = QCheckBox(self.tr("Override"))
        self.override_check.setObjectName("overrideCheck")
        self.override_check.setToolTip(self.tr("Unticked, the routing channel's own capacity applies"))
        self.default_spin = self._spin("defaultSpin", self.tr("Tasks an agent gets before others are served"))
        self.max_spin = self._spin("maxSpin", self.tr("Tasks an agent may hold at most"))
        default_label, max_label = QLabel(self.tr("Default")), QLabel(self.tr("Maximum"))
        default_label.setBuddy(self.default_spin)
        max_label.setBuddy(self.max_spin)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.override_check)
        layout.addSpacing(10)
        layout.addWidget(default_label)
        layout.addWidget(self.default_spin)
        layout.addSpacing(6)
        layout.addWidget(max_label)
        layout.addWidget(self.max_spin)
        layout.addStretch(1)
        self.override_check.toggled.connect(self._update_enabled)
        self._update_enabled()

    def _spin(self, name: str, tip: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, MAX_CAPACITY)
        spin.setToolTip(tip)
        spin.setMinimumWidth(80)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def set_values(self, override: bool, default: int, maximum: int) -> None:
        self.override_check.setChecked(override)
        self.default_spin.setValue(default)
        self.max_spin.setValue(maximum)

    def limit(self) -> ChannelLimit | None:
        if not self.override_check.isChecked():
            return None
        return ChannelLimit(self.channel.id, self.default_spin.value(), self.max_spin.value())

    def set_editable(self, editable: bool) -> None:
        self.override_check.setEnabled(editable)
        self._editable = editable
        self._update_enabled()

    def _update_enabled(self) -> None:
        on = self.override_check.isChecked() and self._editable
        self.default_spin.setEnabled(on)
        self.max_spin.setEnabled(on)


class CapacityEditorDialog(FormDialog):
    """Create (capacity_id None) or edit a capacity. Raises DomainError from the constructor when it
    cannot be read; the caller shows it."""

    def __init__(self, session: AppSession, capacity_id: int | None, parent: QWidget | None = None) -> None:
        service = session.capacities
        channels = service.channel_choices()
        capacity: CapacityDetail | None = (
            service.get_capacity(capacity_id) if capacity_id is not None else None
        )
        self.can_define = session.can(Permission.UPDATE_USER) and not is_team_scoped(session.user.permissions)
        self.can_assign = session.can(Permission.UPDATE_USER) or session.can(
            Permission.MANAGE_USERS_OF_MY_TEAMS
        )
        read_only = not (self.can_define or (capacity is not None and self.can_assign))
        super().__init__(parent, read_only=read_only)
        self.setObjectName("capacityEditor")
        self.session = session
        self.capacity_id = capacity_id
        self.version = capacity.version if capacity else None  # a save over a newer one: Conflict
        if capacity_id is not None:
            self.watch_for_changes_elsewhere(lambda: session.capacities.get_capacity(capacity_id).version)
        self.setWindowTitle(
            self.tr("Edit agent capacity “%1”").replace("%1", capacity.name)
            if capacity
            else self.tr("New agent capacity")
        )
        self.name_edit = QLineEdit(capacity.name if capacity else "")
        self.name_edit.setObjectName("capacityNameEdit")
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("e.g. Senior agents"))
        self.name_edit.setReadOnly(not self.can_define)
        self.form.add_field("name", self.tr("Name"), self.name_edit)

        heading = QLabel(self.tr("Limits per routing channel"))
        heading.setObjectName("sectionTitle")
        self.form.form_layout.addRow(heading)
        hint = QLabel(
            self.tr(
                "Tick the channels this capacity overrides; the others keep the routing channel's own capacity."
            )
            if channels
            else self.tr("There are no routing channels yet: limits can be set once channels exist.")
        )
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        self.form.form_layout.addRow(hint)
        self.channel_rows: dict[int, ChannelLimitRow] = {}
        for channel in channels:
            row = ChannelLimitRow(channel)
            row.set_editable(self.can_define)
            self.channel_rows[channel.id] = row
            self.form.add_field(channel_field(channel.id), channel.name, row)
            label = self.form.form_layout.labelForField(row)
            if isinstance(label, QLabel):  # level with the spin boxes, not with their top edge
                label.setMinimumHeight(row.sizeHint().height())
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self._show_limits(capacity)
        self.users_box = CapacityUsersBox(session, capacity, editable=self.can_assign and not read_only)
        users_heading = QLabel(self.tr("Users"))
        users_heading.setObjectName("sectionTitle")
        self.add_widget(users_heading)
        self.add_widget(self.users_box, 1)  # full width; its rare refusals show at the top
        resize_within_screen(self, 820, 720 if capacity or channels else 560)
        self.name_edit.setFocus()

    def _show_limits(self, capacity: CapacityDetail | None) -> None:
        current = {c.channel_id: c for c in capacity.channels} if capacity else {}
        for channel_id, row in self.channel_rows.items():
            limit = current.get(channel_id)
            row.set_values(
                limit is not None, limit.default_capacity if limit else 1, limit.max_capacity if limit else 1
            )

    def reload(self) -> None:
        """The name and limits as saved now (after "Take theirs"); the picked users stay picked."""
        capacity_id = self.capacity_id
        if capacity_id is None:
            return
        capacity = self.form.submit(lambda: self.session.capacities.get_capacity(capacity_id))
        if capacity is not None:
            self.version = capacity.version
            self.name_edit.setText(capacity.name)
            self._show_limits(capacity)
            self.users_box.capacity = capacity
            self.users_box.reload()

    def limits(self) -> list[ChannelLimit]:
        return [limit for row in self.channel_rows.values() if (limit := row.limit()) is not None]

    def save(self) -> bool:
        if self.capacity_id is None:
            name, limits, assign = self.name_edit.text(), self.limits(), self.users_box.to_assign_ids()
            service = self.session.capacities
            return self.submit(lambda: service.create_capacity(name, limits, assign)) is not None
        # Who only gives the capacity cannot change its name or limits: nothing of theirs to lose.
        return self._save_over(self.version if self.can_define else None)

    def _save_over(self, version: int | None) -> bool:
        """Saves on top of `version`; newer saved limits ask: keep mine, take theirs or cancel."""
        name, limits = self.name_edit.text(), self.limits()
        assign, unassign = self.users_box.to_assign_ids(), self.users_box.to_unassign_ids()
        service, capacity_id = self.session.capacities, self.capacity_id
        assert capacity_id is not None
        labels = {"name": self.tr("Name"), "channels": self.tr("Limits per routing channel")}
        saved = save_with_version(
            self,
            self.submit,
            lambda v: service.update_capacity(capacity_id, name, limits, assign, unassign, version=v),
            version,
            labels,
            self.reload,
        )
        return saved is not None


def limits_text(limits: tuple[CapacityChannelInfo, ...]) -> str:
    """ "Chat 3 / 5, E-mail 1 / 2": default / maximum per channel."""
    return ", ".join(
        f"{c.channel_name} {QLocale().toString(c.default_capacity)} / {QLocale().toString(c.max_capacity)}"
        for c in limits
    )
