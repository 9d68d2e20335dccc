"""Channels › Identities: every identity per community (fast at 100k+ rows), its detail with its
identity group, and controlled identities — the company identities agents may reply as."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.channels.identities import AgentChoice, IdentityDetail, IdentityRow
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.views.channels.channel_widgets import CheckList, RowIconDelegate, type_icon
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.form import FormWidget
from engage_desktop.views.widgets.list_panel import RIGHT, Column, FilterSpec, ListPanel
from engage_desktop.views.widgets.versioned_save import save_with_version


def _section(title: str) -> tuple[QWidget, QVBoxLayout]:
    """A titled block of the detail panel, and the layout its content goes in."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 10, 0, 0)
    layout.setSpacing(4)
    heading = QLabel(title)
    heading.setObjectName("sectionTitle")
    layout.addWidget(heading)
    return box, layout


class AgentPickerDialog(QDialog):
    """Tick the agents who may reply as a controlled identity (searchable)."""

    def __init__(
        self, session: AppSession, chosen: tuple[AgentChoice, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agentPicker")
        self.setWindowTitle(self.tr("Agents who may use this identity"))
        self.session = session
        self._chosen: dict[int, AgentChoice] = {a.id: a for a in chosen}
        self.form = FormWidget()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("agentSearch")
        self.search_edit.setPlaceholderText(self.tr("Search users by nickname or name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._reload)
        self.list = CheckList(visible_rows=12)
        self.list.setObjectName("agentList")
        self.list.itemChanged.connect(self._remember)
        self.form.form_layout.addRow(self.search_edit)
        self.form.add_field("user_ids", "", self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)
        self.resize(460, 520)
        self._reload()

    def _reload(self) -> None:
        found = self.session.identities.agent_choices(self.search_edit.text(), limit=200)
        shown = {a.id: a for a in found}
        if not self.search_edit.text().strip():
            shown = {**self._chosen, **shown}
        self.list.blockSignals(True)
        self.list.set_choices(
            [(a.id, self._label(a)) for a in sorted(shown.values(), key=lambda a: a.nickname.casefold())],
            self._chosen,
        )
        self.list.blockSignals(False)
        self._shown = shown

    def _label(self, agent: AgentChoice) -> str:
        text = f"{agent.nickname} — {agent.name}" if agent.name != agent.nickname else agent.nickname
        return text if agent.enabled else self.tr("%1 (disabled)").replace("%1", text)

    def _remember(self) -> None:
        ticked = set(self.list.checked_values())
        for agent_id, agent in self._shown.items():
            if agent_id in ticked:
                self._chosen[agent_id] = agent
            else:
                self._chosen.pop(agent_id, None)

    def chosen_ids(self) -> list[int]:
        return sorted(self._chosen)


class IdentityDetailPanel(QFrame):
    """The selected identity: its fields, its identity group, and who may reply as it."""

    changed = Signal(object)  # IdentityDetail after a save
    userRequested = Signal(int)  # a linked agent was clicked: open the user's Identities tab

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.session = session
        self.detail: IdentityDetail | None = None
        self.can_manage = session.can(Permission.MANAGE_IDENTITIES)

        self.title_label = QLabel(self.tr("No identity selected"))
        self.title_label.setObjectName("sectionTitle")
        self.title_label.setWordWrap(True)
        self.community_label = QLabel()
        self.community_label.setObjectName("mutedLabel")
        self.fields = QFormLayout()
        self.field_labels: dict[str, QLabel] = {}
        for key, text in (
            ("screenname", self.tr("Screen name")),
            ("name", self.tr("Name")),
            ("email", self.tr("E-mail")),
            ("company", self.tr("Company")),
            ("phones", self.tr("Phones")),
            ("foreign_id", self.tr("Network id")),
        ):
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.fields.addRow(text, label)
            self.field_labels[key] = label

        self.group_box, group_layout = _section(self.tr("Identity group"))
        self.group_label = QLabel()
        self.group_label.setObjectName("identityGroupLabel")
        self.group_label.setWordWrap(True)
        group_layout.addWidget(self.group_label)

        self.control_box, control_layout = _section(self.tr("Company identity"))
        self.form = FormWidget()
        self.controlled_check = QCheckBox(self.tr("Controlled identity"))
        self.controlled_check.setToolTip(self.tr("Agents linked to it may reply as this identity"))
        self.controlled_check.setObjectName("controlledCheck")
        self.controlled_check.setEnabled(self.can_manage)
        self.controlled_check.clicked.connect(self._on_controlled_clicked)
        self.form.add_field("controlled", "", self.controlled_check)
        self.agents_label = QLabel()
        self.agents_label.setObjectName("agentsLabel")
        self.agents_label.setWordWrap(True)
        self.agents_label.setTextFormat(Qt.TextFormat.RichText)
        self.agents_label.linkActivated.connect(self._on_link)
        self.form.add_field("user_ids", self.tr("Agents"), self.agents_label)
        self.choose_button = QPushButton(self.tr("Choose agents…"))
        self.choose_button.setObjectName("chooseAgentsButton")
        self.choose_button.clicked.connect(self.choose_agents)
        self.form.form_layout.addRow("", self.choose_button)
        control_layout.addWidget(self.form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.title_label)
        layout.addWidget(self.community_label)
        layout.addLayout(self.fields)
        layout.addWidget(self.group_box)
        layout.addWidget(self.control_box)
        layout.addStretch(1)
        self.show_identity(None)

    def show_identity(self, detail: IdentityDetail | None) -> None:
        self.detail = detail
        self.form.clear_errors()
        for widget in (self.group_box, self.control_box):
            widget.setVisible(detail is not None)
        if detail is None:
            self.title_label.setText(self.tr("No identity selected"))
            self.community_label.clear()
            for label in self.field_labels.values():
                label.clear()
            return
        self.title_label.setText(detail.display_name or detail.screenname or detail.platform_id)
        self.community_label.setText(self.tr("On %1").replace("%1", detail.community_name))
        values = {
            "screenname": detail.screenname,
            "name": " ".join(p for p in (detail.firstname, detail.lastname) if p),
            "email": detail.email,
            "company": detail.company,
            "phones": ", ".join(p for p in (detail.mobile_phone, detail.home_phone) if p),
            "foreign_id": detail.foreign_id,
        }
        for key, value in values.items():
            self.field_labels[key].setText(value or "—")
        if detail.group is None:
            self.group_label.setText(self.tr("Not part of an identity group yet."))
        else:
            group = detail.group
            text = self.tr("%1 — %Ln identity(ies) in this customer profile", "", group.identity_count)
            self.group_label.setText(text.replace("%1", group.label))
        self.controlled_check.setChecked(detail.controlled)
        self.choose_button.setEnabled(self.can_manage and detail.controlled)
        if not detail.controlled:
            self.agents_label.setText(self.tr("Only a controlled identity can be used by agents."))
        elif not detail.agents:
            self.agents_label.setText(self.tr("No agent may use it yet."))
        else:
            links = [
                f'<a href="user:{a.id}">{a.nickname}</a>' + ("" if a.enabled else self.tr(" (disabled)"))
                for a in detail.agents
            ]
            self.agents_label.setText(", ".join(links))
            self.agents_label.setToolTip(self.tr("Click an agent to open their identities"))

    def _on_link(self, href: str) -> None:
        if href.startswith("user:"):
            self.userRequested.emit(int(href.removeprefix("user:")))

    def _on_controlled_clicked(self, checked: bool) -> None:
        detail = self.detail
        if detail is None:
            return
        if not checked and detail.agents:
            agents = ", ".join(a.nickname for a in detail.agents)
            if not confirm_destructive(
                self,
                self.tr("Release identity"),
                self.tr("Stop agents from replying as “%1”?").replace("%1", detail.display_name),
                self.tr("Release"),
                self.tr("These agents will no longer be able to reply as it: %1.").replace("%1", agents),
            ):
                self.controlled_check.setChecked(True)
                return
        self.save(checked, [a.id for a in detail.agents] if checked else [])

    def choose_agents(self) -> None:
        if self.detail is None:
            return
        dialog = AgentPickerDialog(self.session, self.detail.agents, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.save(True, dialog.chosen_ids())
        finally:
            dialog.deleteLater()

    def save(self, controlled: bool, user_ids: list[int]) -> IdentityDetail | None:
        """With the version shown: a save over someone else's newer one asks (keep mine / take theirs)."""
        detail = self.detail
        if detail is None:
            return None
        service = self.session.identities
        saved = save_with_version(
            self,
            self.form.submit,
            lambda version: service.set_controlled(detail.id, controlled, user_ids, version=version),
            detail.version,
            {"controlled": self.tr("Controlled identity"), "user_ids": self.tr("Agents")},
            self.reload,
        )
        if saved is None:
            if self.detail is detail:
                self.controlled_check.setChecked(detail.controlled)
            return None
        self.show_identity(saved)
        self.changed.emit(saved)
        return saved

    def reload(self) -> None:
        """Take theirs: show the identity as saved now."""
        if self.detail is None:
            return
        try:
            fresh = self.session.identities.get_identity(self.detail.id)
        except DomainError as exc:
            self.form.show_form_error(exc.message)
            return
        self.show_identity(fresh)
        self.changed.emit(fresh)


class IdentitiesPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        self._shown_once = False
        service = session.identities
        columns = [
            Column("display_name", self.tr("Display name"), lambda r: r.display_name, width=190),
            Column("screenname", self.tr("Screen name"), lambda r: r.screenname, sortable=False, width=150),
            Column("email", self.tr("E-mail"), lambda r: r.email, width=210),
            Column("community", self.tr("Community"), lambda r: r.community_name, width=180),
            Column("controlled", self.tr("Controlled"), lambda r: r.controlled, width=100),
            Column(
                "agents", self.tr("Agents"), lambda r: r.user_count or None, sortable=False, alignment=RIGHT
            ),
        ]
        filters = [
            FilterSpec("community_id", self.tr("Community"), self._community_choices()),
            FilterSpec(
                "controlled",
                self.tr("Kind"),
                [
                    (self.tr("All identities"), None),
                    (self.tr("Controlled"), True),
                    (self.tr("Not controlled"), False),
                ],
            ),
        ]
        self.panel = ListPanel(
            self.tr("Identities"),
            columns,
            service.count_identities,
            service.list_identities,
            count_text=lambda n: self.tr("%Ln identity(ies)", "", n),
            search_placeholder=self.tr("Search names, e-mails, network ids"),
            filters=filters,
            empty_title=self.tr("No identities yet"),
            empty_message=self.tr("Identities arrive with the messages of each community."),
            sort="display_name",
        )
        table = self.panel.table
        table.setItemDelegateForColumn(3, RowIconDelegate(lambda r: type_icon(r.community_type), table))
        self.detail_panel = IdentityDetailPanel(session)
        self.detail_panel.setMinimumWidth(340)
        self.detail_panel.changed.connect(self._after_change)
        self.detail_panel.userRequested.connect(self.open_user)
        self.panel.selectionChanged.connect(self._show_current)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.panel)
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 12, 16, 12)
        holder_layout.addWidget(self.detail_panel)
        splitter.addWidget(holder)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _community_choices(self) -> list[tuple[str, object]]:
        choices: list[tuple[str, object]] = [(self.tr("All communities"), None)]
        if self.session.can(Permission.READ_COMMUNITY):
            rows = self.session.communities.list_communities(ListQuery(sort="name"), limit=500)
            choices += [(row.name, row.id) for row in rows]
        return choices

    def showEvent(self, event: QShowEvent) -> None:
        if self._shown_once:
            self.panel.set_filter_choices(
                "community_id", self._community_choices()
            )  # the list refreshes itself
        self._shown_once = True
        super().showEvent(event)

    def _show_current(self) -> None:
        row: IdentityRow | None = self.panel.current_row()
        if row is None:
            self.detail_panel.show_identity(None)
            return
        try:
            self.detail_panel.show_identity(self.session.identities.get_identity(row.id))
        except DomainError as exc:
            show_error(self, exc)
            self.panel.refresh()

    def _after_change(self, detail: IdentityDetail) -> None:
        self.panel.refresh()
        self.panel.select_key_when_loaded(detail.id)

    def open_user(self, user_id: int) -> None:
        """Go to Users and, when that page offers it, to this user's Identities tab."""
        window = self.window()
        show_page = getattr(window, "show_page", None)
        if show_page is None or not show_page("users.users"):
            return
        page = getattr(window, "page_widget", lambda _key: None)("users.users")
        show_identities = getattr(page, "show_user_identities", None)
        if callable(show_identities):
            show_identities(user_id)
