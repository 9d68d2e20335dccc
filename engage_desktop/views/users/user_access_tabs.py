"""The user editor's tabs for what the user may do on each channel: the permission matrix
(channels × read / reply / HTML / new discussions / delete / approval share) and the company
identities they reply as, offered for the communities of the channels they may reply on.

The two tabs talk: a reply without an identity on the channel's community is flagged on the
matrix as it happens, and the identities offered follow the channels ticked for reply.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from engage_desktop.services.users.channel_permissions import problems_of
from engage_desktop.services.users.records import (
    APPROVAL_STEPS,
    PERMISSION_FLAGS,
    ReplyProblem,
    SourcePermissions,
)
from engage_desktop.views.channels.channel_widgets import type_icon
from engage_desktop.views.users.user_editor_tabs import EditorContext, UserTab
from engage_desktop.views.users.user_form_widgets import filter_edit, muted_label
from engage_desktop.views.widgets.column_layout import HEADER_PADDING, SORT_ARROW_ROOM
from engage_desktop.views.widgets.combo_choices import width_for_choices
from engage_desktop.views.widgets.icons import icon
from engage_desktop.views.widgets.tree_items import child_items

ValueRole = Qt.ItemDataRole.UserRole
WARNING_COLOUR = "#B25E09"
FIRST_FLAG_COLUMN = 1
APPROVAL_COLUMN = FIRST_FLAG_COLUMN + len(PERMISSION_FLAGS)
STATUS_COLUMN = APPROVAL_COLUMN + 1


def centred(widget: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(widget)
    return holder


class ChannelPermissionsTab(UserTab):
    changed = Signal()
    identitiesRequested = Signal()

    def __init__(self, context: EditorContext) -> None:
        super().__init__(context, scroll=False)
        self.sources = list(context.choices.sources)
        saved = {p.source_id: p for p in (context.detail.form.source_permissions if context.detail else ())}
        self._updating = False
        self.identity_communities: set[int] = set()

        self.search_edit = filter_edit("channelSearch", self.tr("Filter channels"), self)
        self.search_edit.textChanged.connect(self._filter)
        self.summary_label = muted_label("", "mutedLabel")
        self.summary_label.setWordWrap(False)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.summary_label)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("replyProblem")
        self.problem_label.setWordWrap(True)
        self.identities_button = QPushButton(self.tr("Choose identities…"))
        self.identities_button.setObjectName("chooseIdentitiesButton")
        self.identities_button.setAutoDefault(False)
        self.identities_button.clicked.connect(self.identitiesRequested)
        problems = QHBoxLayout()
        problems.addWidget(self.problem_label, 1)
        problems.addWidget(self.identities_button)

        titles = [
            self.tr("Channel"),
            self.tr("Read"),
            self.tr("Reply"),
            self.tr("Reply in\nHTML"),
            self.tr("Start\ndiscussions"),
            self.tr("Delete"),
            self.tr("Approval"),
            "",
        ]
        tips = [
            "",
            self.tr("See the channel's messages"),
            self.tr("Answer customers (needs an identity on the channel's community)"),
            self.tr("Write formatted (HTML) replies"),
            self.tr("Write first to a customer"),
            self.tr("Delete messages"),
            self.tr("Share of this agent's replies that a supervisor approves before they leave"),
            "",
        ]
        self.table = QTableWidget(len(self.sources), len(titles))
        self.table.setObjectName("permissionMatrix")
        self.table.setHorizontalHeaderLabels(titles)
        first = self.table.horizontalHeaderItem(0)
        if first is not None:
            first.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, tip in enumerate(tips):
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None and tip:
                header_item.setToolTip(
                    tip
                    + (
                        "\n" + self.tr("Click to tick or clear the whole column")
                        if column < APPROVAL_COLUMN
                        else ""
                    )
                )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 18)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setIconSize(QSize(18, 18))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)  # as style.qss draws header sections
        metrics = QFontMetrics(bold)
        for column in range(FIRST_FLAG_COLUMN, APPROVAL_COLUMN):
            # Two-line titles: ResizeToContents measures them in the regular font and cuts the
            # longer line ("Nouvelles discussions"); each line is sized whole here, as lists do.
            widest = max(metrics.horizontalAdvance(line) for line in titles[column].split("\n"))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, max(widest + HEADER_PADDING + SORT_ARROW_ROOM + 2, 56))
        header.setSectionResizeMode(APPROVAL_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(STATUS_COLUMN, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(APPROVAL_COLUMN, 112)
        self.table.setColumnWidth(STATUS_COLUMN, 34)
        header.sectionClicked.connect(self._toggle_column)

        self.boxes: list[dict[str, QCheckBox]] = []
        self.approval: list[QComboBox] = []
        for row, source in enumerate(self.sources):
            self._add_row(row, source, saved.get(source.id), titles)

        self.body.insertLayout(0, top)
        self.body.addLayout(problems)
        self.body.addWidget(self.table, 1)
        self.form.add_field("source_permissions", "", QWidget())  # errors of the whole matrix
        self.body.addWidget(self.form)
        self.body.addWidget(
            muted_label(
                self.tr(
                    "Reply includes Read; HTML replies and new discussions include Reply. To reply on a channel "
                    "an agent also needs a company identity on its community (Identities tab)."
                )
            )
        )
        if not self.sources:
            self.body.addWidget(muted_label(self.tr("No channel yet: create them in Channels › Channels.")))
        self.refresh_problems()

    def _add_row(self, row: int, source: Any, saved: SourcePermissions | None, titles: list[str]) -> None:
        name = QTableWidgetItem(type_icon(source.type), source.name)
        name.setToolTip(self.tr("Community: %1").replace("%1", source.community_name))
        if not source.active:
            name.setText(self.tr("%1 (inactive)").replace("%1", source.name))
            name.setForeground(self.palette().placeholderText())
        self.table.setItem(row, 0, name)
        boxes: dict[str, QCheckBox] = {}
        for offset, flag in enumerate(PERMISSION_FLAGS):
            box = QCheckBox()
            box.setObjectName(f"{flag}_{source.id}")
            column_title = titles[FIRST_FLAG_COLUMN + offset].replace("\n", " ")
            box.setAccessibleName(f"{column_title} — {source.name}")
            box.setChecked(bool(saved and getattr(saved, flag)))
            box.setEnabled(not self.context.read_only)
            box.toggled.connect(lambda checked, r=row, f=flag: self._toggled(r, f, checked))
            boxes[flag] = box
            self.table.setCellWidget(row, FIRST_FLAG_COLUMN + offset, centred(box))
        combo = QComboBox()
        combo.setObjectName(f"approval_{source.id}")
        for step in APPROVAL_STEPS:
            combo.addItem(self.tr("None") if step == 0 else f"{step} %", step)
        combo.setCurrentIndex(max(0, combo.findData(saved.approval_threshold if saved else 0)))
        combo.setToolTip(self.tr("Share of replies that need approval"))
        width = max(104, width_for_choices(combo))  # "Aucune" whole
        combo.setMinimumWidth(width)
        if self.table.columnWidth(APPROVAL_COLUMN) < width + 8:
            self.table.setColumnWidth(APPROVAL_COLUMN, width + 8)
        combo.setAccessibleName(f"{titles[APPROVAL_COLUMN]} — {source.name}")
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, APPROVAL_COLUMN, combo)
        self.boxes.append(boxes)
        self.approval.append(combo)
        self._update_row(row)

    # ---- rules between the boxes -----------------------------------------------------------------
    def _toggled(self, row: int, flag: str, checked: bool) -> None:
        if self._updating:
            return
        self._updating = True
        boxes = self.boxes[row]
        if checked:
            if flag in ("reply_with_html", "initiate_discussion"):
                boxes["reply"].setChecked(True)
            if flag != "read":
                boxes["read"].setChecked(True)
        elif flag == "read":
            for other in PERMISSION_FLAGS:
                boxes[other].setChecked(False)
        elif flag == "reply":
            boxes["reply_with_html"].setChecked(False)
            boxes["initiate_discussion"].setChecked(False)
        self._updating = False
        self._update_row(row)
        self.refresh_problems()
        self.changed.emit()

    def _update_row(self, row: int) -> None:
        replying = self.boxes[row]["reply"].isChecked()
        combo = self.approval[row]
        combo.setEnabled(replying and not self.context.read_only)
        if not replying and combo.currentData():
            combo.setCurrentIndex(0)

    def _toggle_column(self, column: int) -> None:
        if self.context.read_only or not FIRST_FLAG_COLUMN <= column < APPROVAL_COLUMN:
            return
        flag = PERMISSION_FLAGS[column - FIRST_FLAG_COLUMN]
        rows = [r for r in range(len(self.sources)) if not self.table.isRowHidden(r)]
        tick = not all(self.boxes[r][flag].isChecked() for r in rows)
        for row in rows:
            self.boxes[row][flag].setChecked(tick)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row, source in enumerate(self.sources):
            hay = f"{source.name} {source.community_name} {source.type}".casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in hay)

    # ---- values and problems ---------------------------------------------------------------------
    def permissions(self) -> list[SourcePermissions]:
        result = []
        for row, source in enumerate(self.sources):
            flags = {flag: box.isChecked() for flag, box in self.boxes[row].items()}
            entry = SourcePermissions(source.id, **flags, approval_threshold=self.approval[row].currentData())
            if not entry.is_empty():
                result.append(entry)
        return result

    def reply_community_ids(self) -> set[int]:
        by_id = {s.id: s for s in self.sources}
        return {by_id[p.source_id].community_id for p in self.permissions() if p.reply}

    def set_identity_communities(self, community_ids: set[int]) -> None:
        self.identity_communities = set(community_ids)
        self.refresh_problems()

    def problems(self) -> tuple[ReplyProblem, ...]:
        sources = {s.id: (s.name, s.community_id, s.community_name, s.active) for s in self.sources}
        return problems_of(self.permissions(), sources, self.identity_communities)

    def refresh_problems(self) -> None:
        problems = self.problems()
        flagged = {p.source_id for p in problems}
        for row, source in enumerate(self.sources):
            item = QTableWidgetItem()
            if source.id in flagged:
                item.setIcon(icon("alert", WARNING_COLOUR))
                item.setToolTip(
                    self.tr("No identity on the community %1: this agent could not reply here.").replace(
                        "%1", source.community_name
                    )
                )
            self.table.setItem(row, STATUS_COLUMN, item)
        if problems:
            channels = ", ".join(f"{p.source_name} ({p.community_name})" for p in problems)
            self.problem_label.setText(
                self.tr(
                    "Cannot reply on %1: no company identity on the community. Choose one on the Identities tab."
                ).replace("%1", channels)
            )
        self.problem_label.setVisible(bool(problems))
        self.identities_button.setVisible(bool(problems) and not self.context.read_only)
        permissions = self.permissions()
        replying = sum(1 for p in permissions if p.reply)
        self.summary_label.setText(
            self.tr("Reads %1, replies on %2 of %Ln channel(s)", "", len(self.sources))
            .replace("%1", str(len(permissions)))
            .replace("%2", str(replying))
        )

    def collect(self, values: dict[str, Any]) -> None:
        values["source_permissions"] = tuple(self.permissions())


class IdentitiesTab(UserTab):
    """Controlled identities by community; only the communities the user may reply on, unless asked."""

    changed = Signal()

    def __init__(self, context: EditorContext) -> None:
        super().__init__(context, scroll=False)
        linked = set(context.detail.form.identity_ids) if context.detail else set()
        self.reply_communities: set[int] = set()
        self.show_all = QCheckBox(self.tr("Show the identities of every community"))
        self.show_all.setObjectName("showAllIdentities")
        self.show_all.toggled.connect(self._apply_filter)
        self.count_label = muted_label("", "mutedLabel")
        top = QHBoxLayout()
        top.addWidget(self.show_all, 1)
        top.addWidget(self.count_label)
        self.tree = QTreeWidget()
        self.tree.setObjectName("identityTree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.communities: dict[int, QTreeWidgetItem] = {}
        self.items: dict[int, QTreeWidgetItem] = {}
        for identity in context.choices.identities:
            parent = self.communities.get(identity.community_id)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [identity.community_name])
                parent.setData(0, ValueRole, identity.community_id)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = QFont(parent.font(0))
                font.setBold(True)
                parent.setFont(0, font)
                self.communities[identity.community_id] = parent
            label = identity.display_name + (f"  @{identity.screenname}" if identity.screenname else "")
            item = QTreeWidgetItem(parent, [label])
            item.setData(0, ValueRole, identity.id)
            flags = Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags if context.read_only else flags | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(0, Qt.CheckState.Checked if identity.id in linked else Qt.CheckState.Unchecked)
            self.items[identity.id] = item
        self.tree.itemChanged.connect(self._on_changed)
        self.empty_label = muted_label(
            self.tr(
                "Tick Reply on a channel (Channel permissions tab) to choose the identities this user "
                "replies as there."
            )
        )
        self.body.insertLayout(0, top)
        self.form.add_field("identity_ids", "", self.tree)
        self.body.addWidget(self.empty_label)
        self.body.addWidget(
            muted_label(
                self.tr("Only company identities marked as controlled (Channels › Identities) are offered.")
            )
        )
        self._apply_filter()

    def checked_ids(self) -> list[int]:
        return sorted(i for i, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked)

    def community_ids(self) -> set[int]:
        """Communities where the user has at least one identity ticked."""
        return {
            community_id
            for community_id, parent in self.communities.items()
            if any(child.checkState(0) == Qt.CheckState.Checked for child in child_items(parent))
        }

    def set_reply_communities(self, community_ids: set[int]) -> None:
        self.reply_communities = set(community_ids)
        self._apply_filter()

    def _on_changed(self) -> None:
        self._apply_filter()
        self.changed.emit()

    def _apply_filter(self) -> None:
        shown = 0
        self.tree.blockSignals(True)
        for community_id, parent in self.communities.items():
            children = child_items(parent)
            has_checked = any(c.checkState(0) == Qt.CheckState.Checked for c in children)
            visible = self.show_all.isChecked() or community_id in self.reply_communities or has_checked
            parent.setHidden(not visible)
            shown += len(children) if visible else 0
            missing = community_id in self.reply_communities and not has_checked
            parent.setIcon(0, icon("alert", WARNING_COLOUR) if missing else QIcon())
            parent.setToolTip(
                0,
                self.tr("Tick an identity: this user may reply on this community's channels.")
                if missing
                else "",
            )
        self.tree.blockSignals(False)
        self.tree.expandAll()
        self.empty_label.setVisible(shown == 0)
        n = len(self.checked_ids())
        self.count_label.setText(self.tr("%Ln identity(ies) chosen", "", n))

    def collect(self, values: dict[str, Any]) -> None:
        values["identity_ids"] = tuple(self.checked_ids())
