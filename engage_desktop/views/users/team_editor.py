"""The team editor: a name, the members (picked from every user, searched on the server) and, among
them, the leaders."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.access.scope import is_team_scoped
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.users.lookup import PickableUser
from engage_desktop.services.users.teams import TeamDetail
from engage_desktop.views.users.user_picker import UserPickerDialog
from engage_desktop.views.widgets.column_layout import HEADER_PADDING, SORT_ARROW_ROOM
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.screen_room import resize_within_screen
from engage_desktop.views.widgets.table_setup import setup_read_only_table
from engage_desktop.views.widgets.versioned_save import save_with_version

NAME, NICKNAME, EMAIL, LEADER = range(4)
UserIdRole = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class MemberLine:
    user_id: int
    display_name: str
    nickname: str
    email: str
    enabled: bool


class TeamEditorDialog(FormDialog):
    """Create (team_id None) or edit a team. Raises DomainError from the constructor when the team
    cannot be read (deleted, or not one the actor leads); the caller shows it."""

    def __init__(self, session: AppSession, team_id: int | None, parent: QWidget | None = None) -> None:
        team = session.teams.get_team(team_id) if team_id is not None else None
        can_create = session.can(Permission.MANAGE_TEAMS)
        self.can_rename = team.can_rename if team else can_create
        self.can_change_members = team.can_change_members if team else can_create
        super().__init__(parent, read_only=not (self.can_rename or self.can_change_members))
        self.setObjectName("teamEditor")
        self.session = session
        self.team_id = team_id
        self.picker: UserPickerDialog | None = None
        self.version: int | None = None  # the one loaded: a save over a newer one is a Conflict
        if team_id is not None:
            self.watch_for_changes_elsewhere(lambda: session.teams.get_team(team_id).version)
        self._members: dict[int, MemberLine] = {}
        self._leaders: set[int] = set()
        if team is not None:
            self._take_members(team)
        elif is_team_scoped(session.user.permissions):  # a leader creates teams they lead
            me = session.user
            self._members[me.id] = MemberLine(me.id, me.display_name, me.nickname, me.email, True)
            self._leaders.add(me.id)

        self.setWindowTitle(
            self.tr("Edit team “%1”").replace("%1", team.name) if team else self.tr("New team")
        )
        self.name_edit = QLineEdit(team.name if team else "")
        self.name_edit.setObjectName("teamNameEdit")
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("e.g. Social media care"))
        self.name_edit.setReadOnly(not self.can_rename)
        self.form.add_field("name", self.tr("Name"), self.name_edit)
        self.form.add_field("user_ids", self.tr("Members"), self._members_box())
        self.leaders_label = QLabel()
        self.leaders_label.setObjectName("leadersLabel")
        self.leaders_label.setWordWrap(True)
        self.form.add_field("leader_ids", self.tr("Leaders"), self.leaders_label)
        self._fill_table()
        resize_within_screen(self, 720, 620)
        self.name_edit.setFocus()

    def _take_members(self, team: TeamDetail) -> None:
        self.version = team.version
        self._members = {
            m.user_id: MemberLine(m.user_id, m.display_name, m.nickname, m.email, m.enabled)
            for m in team.members
        }
        self._leaders = set(team.leader_ids)

    def reload(self) -> None:
        """The team as saved now (after "Take theirs"): name, members and leaders."""
        team_id = self.team_id
        if team_id is None:
            return
        team = self.form.submit(lambda: self.session.teams.get_team(team_id))
        if team is not None:
            self._take_members(team)
            self.name_edit.setText(team.name)
            self._fill_table()

    # ---- building ------------------------------------------------------------------------------
    def _members_box(self) -> QWidget:
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("memberFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter members"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.filter_edit.installEventFilter(self)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("memberTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Nickname"), self.tr("E-mail"), self.tr("Leader")]
        )
        header = setup_read_only_table(self.table)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Stretch)
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)  # as style.qss draws header sections
        leader_width = (
            QFontMetrics(bold).horizontalAdvance(self.tr("Leader")) + HEADER_PADDING + SORT_ARROW_ROOM + 2
        )
        for column, width in ((NAME, 170), (NICKNAME, 110), (LEADER, max(70, leader_width))):
            self.table.setColumnWidth(column, width)
        self.table.setMinimumHeight(260)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("Add members…"))
        self.add_button.setObjectName("addMembersButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.open_picker)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeMembersButton")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.count_label = QLabel()
        self.count_label.setObjectName("mutedLabel")
        for button in (self.add_button, self.remove_button):
            button.setVisible(self.can_change_members)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        box = QWidget()
        box.setObjectName("membersBox")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return box

    def _fill_table(self) -> None:
        lines = sorted(self._members.values(), key=lambda m: (m.display_name.casefold(), m.user_id))
        self.table.blockSignals(True)
        self.table.setRowCount(len(lines))
        leader_tip = self.tr("Leaders are members who lead the team")
        disabled_tip = self.tr("This user's account is disabled")
        muted = QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for row, line in enumerate(lines):
            cells = (
                QTableWidgetItem(line.display_name),
                QTableWidgetItem(line.nickname),
                QTableWidgetItem(line.email),
            )
            cells[NAME].setData(UserIdRole, line.user_id)
            for column, cell in enumerate(cells):
                if not line.enabled:  # greyed like disabled users in the Users list
                    cell.setForeground(muted)
                    cell.setToolTip(disabled_tip)
                self.table.setItem(row, column, cell)
            leader = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            leader.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if self.can_change_members else flags)
            leader.setCheckState(
                Qt.CheckState.Checked if line.user_id in self._leaders else Qt.CheckState.Unchecked
            )
            leader.setToolTip(leader_tip)
            self.table.setItem(row, LEADER, leader)
        self.table.blockSignals(False)
        self._apply_filter(self.filter_edit.text())
        self._update_summary()
        self._update_buttons()

    # ---- reading -------------------------------------------------------------------------------
    def member_ids(self) -> list[int]:
        return sorted(self._members)

    def leader_ids(self) -> list[int]:
        return sorted(self._leaders & set(self._members))

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        """_fill_table gives every row all its cells; a missing one is a row that does not exist."""
        item = self.table.item(row, column)
        if item is None:
            raise LookupError(f"no members row {row}")
        return item

    def row_of(self, user_id: int) -> int:
        return next(
            (r for r in range(self.table.rowCount()) if self._cell(r, NAME).data(UserIdRole) == user_id),
            -1,
        )

    def set_leader(self, user_id: int, leader: bool) -> None:
        """As ticking the Leader box of that member does."""
        item = self._cell(self.row_of(user_id), LEADER)
        item.setCheckState(Qt.CheckState.Checked if leader else Qt.CheckState.Unchecked)

    # ---- reactions -----------------------------------------------------------------------------
    def open_picker(self) -> None:
        self.picker = UserPickerDialog(
            self.session,
            self.tr("Add members"),
            self.tr("Add"),
            already=set(self._members),
            already_tip=self.tr("Already a member"),
            parent=self,
        )
        self.picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.picker.picked.connect(self.add_members)
        self.picker.finished.connect(self._forget_picker)
        self.picker.open()

    def _forget_picker(self) -> None:
        self.picker = None

    def add_members(self, users: list[PickableUser]) -> None:
        for user in users:
            self._members[user.id] = MemberLine(
                user.id, user.display_name, user.nickname, user.email, user.enabled
            )
        self.form.clear_field_error("user_ids")
        self._fill_table()

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        for row in rows:
            user_id = self._cell(row, NAME).data(UserIdRole)
            self._members.pop(user_id, None)
            self._leaders.discard(user_id)
        self.form.clear_field_error("user_ids")
        self._fill_table()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != LEADER:
            return
        user_id = self._cell(item.row(), NAME).data(UserIdRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._leaders.add(user_id)
        else:
            self._leaders.discard(user_id)
        self.form.clear_field_error("leader_ids")
        self._update_summary()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            cells = (self._cell(row, c).text().casefold() for c in (NAME, NICKNAME, EMAIL))
            self.table.setRowHidden(row, bool(needle) and not any(needle in cell for cell in cells))

    def _update_summary(self) -> None:
        members, leaders = len(self._members), len(self.leader_ids())
        members_text = self.tr("%Ln member(s)", "", members)
        leaders_text = self.tr("%Ln leader(s)", "", leaders)
        self.count_label.setText(f"{members_text} · {leaders_text}")
        names = [self._members[uid].display_name for uid in self.leader_ids()]
        self.leaders_label.setText(
            ", ".join(sorted(names, key=str.casefold))
            if names
            else self.tr("No leader yet: tick “Leader” next to a member.")
        )

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(
            self.can_change_members and bool(self.table.selectionModel().selectedRows())
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the member filter filters; it must not save the dialog."""
        if (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            return True
        return super().eventFilter(watched, event)

    # ---- saving --------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.team_id is None:
            name, members, leaders = self.name_edit.text(), self.member_ids(), self.leader_ids()
            return self.submit(lambda: self.session.teams.create_team(name, members, leaders)) is not None
        return self._save_over(self.version)

    def _save_over(self, version: int | None) -> bool:
        """Saves on top of `version`; a newer saved team asks: keep mine, take theirs or cancel."""
        name, members, leaders = self.name_edit.text(), self.member_ids(), self.leader_ids()
        teams, team_id = self.session.teams, self.team_id
        assert team_id is not None
        labels = {"name": self.tr("Name"), "user_ids": self.tr("Members"), "leader_ids": self.tr("Leaders")}
        saved = save_with_version(
            self,
            self.submit,
            lambda v: teams.update_team(team_id, name, members, leaders, version=v),
            version,
            labels,
            self.reload,
        )
        return saved is not None
