"""The folder editor beside the tree: label, query (bad part underlined as you type, live count of
what it matches), the roles/teams/users it is shown to, and whether agents see its count."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError, Message
from engage_desktop.services.digital.folder_count import FolderCount
from engage_desktop.services.digital.folders import FolderForm, FolderNode
from engage_desktop.services.digital.search_query import QuerySyntaxError
from engage_desktop.views.channels.channel_widgets import CheckList
from engage_desktop.views.digital.query_edit import QueryEdit
from engage_desktop.views.widgets.form import FormWidget
from engage_desktop.views.widgets.latest_request import LatestRequest, Reply
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.versioned_save import save_with_version

T = TypeVar("T")


class FolderEditor(QFrame):
    saved = Signal(object)  # FolderNode

    COUNT_DELAY_MS = 300

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.session = session
        self.node: FolderNode | None = None
        self.parent_id: int | None = None
        self._tree: list[FolderNode] = []
        self.title_label = QLabel(self.tr("No folder selected"))
        self.title_label.setObjectName("sectionTitle")
        self.form = FormWidget()
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("folderLabelEdit")
        self.label_edit.setAccessibleName(self.tr("Label"))
        self.label_edit.setMaxLength(120)
        self.query_edit = QueryEdit()
        self.problem_label = QLabel()
        self.problem_label.setObjectName("queryProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #c62828;")
        self.count_label = QLabel()
        self.count_label.setObjectName("queryCount")
        self.count_label.setWordWrap(True)
        self.count_check = QCheckBox(self.tr("Show the number of threads to agents"))
        self.count_check.setObjectName("renderCountCheck")
        self.parent_combo = QComboBox()
        self.parent_combo.setObjectName("folderParentCombo")
        self.parent_combo.setAccessibleName(self.tr("Inside"))
        self.form.add_field("label", self.tr("Label"), self.label_edit)
        self.form.add_field("parent_id", self.tr("Inside"), self.parent_combo)
        self.form.add_field(
            "query",
            self.tr("Query"),
            self.query_edit,
            self.tr("keyword:value, quotes around spaces, -keyword: excludes; plain words search the text."),
        )
        self.form.form_layout.addRow("", self.problem_label)
        self.form.form_layout.addRow("", self.count_label)
        self.form.add_field("render_threads_count", "", self.count_check)
        self.restriction_tabs = QTabWidget()
        self.restriction_tabs.setObjectName("restrictionTabs")
        self.restriction_lists: dict[str, CheckList] = {}
        for key, title in (
            ("role_ids", self.tr("Roles")),
            ("team_ids", self.tr("Teams")),
            ("user_ids", self.tr("Users")),
        ):
            checks = CheckList(visible_rows=5)
            checks.setObjectName(f"restriction_{key}")
            checks.setAccessibleName(self.tr("Shown to these %1").replace("%1", title.lower()))
            self.restriction_tabs.addTab(checks, title)
            self.restriction_lists[key] = checks
        self.form.add_field(
            "restrictions",
            self.tr("Shown to"),
            self.restriction_tabs,
            self.tr("Nothing ticked: everyone. Otherwise the ticked roles, teams and users."),
        )
        self.save_button = QPushButton(self.tr("Save folder"))
        self.save_button.setObjectName("saveFolderButton")
        self.save_button.setProperty("variant", "primary")
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.title_label)
        layout.addWidget(self.form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)

        self._counter = LatestRequest(self)
        self._counter.answered.connect(self._on_count)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(self.COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.request_count)
        self.query_edit.problemChanged.connect(self._on_problem)
        self.query_edit.textChanged.connect(self._count_timer.start)
        self.query_edit.submitted.connect(self.save)
        self._load_choices()
        self.show_folder(None)

    def _load_choices(self) -> None:
        try:
            choices = self.session.folders.restriction_choices()
        except DomainError:
            choices = {}
        for key, checks in self.restriction_lists.items():
            checks.set_choices(choices.get(key, []))

    def set_tree(self, nodes: list[FolderNode]) -> None:
        """The folders one may put this one inside (the keyboard's way to move it)."""
        self._tree = nodes

    def _fill_parents(self, node: FolderNode | None) -> None:
        below: set[int] = set()
        if node is not None:
            below.add(node.id)
            for other in self._tree:  # depth-first: a descendant follows its parent
                if other.parent_id in below:
                    below.add(other.id)
        self.parent_combo.clear()
        self.parent_combo.addItem(self.tr("(top level)"), None)
        for other in self._tree:
            if other.id not in below:
                self.parent_combo.addItem("    " * other.depth + other.label, other.id)
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(self.parent_id)))

    def show_folder(self, node: FolderNode | None, parent_id: int | None = None) -> None:
        """A folder to edit, or (node None, `parent_id`) a new one under that parent."""
        self.node = node
        self.parent_id = node.parent_id if node else parent_id
        self._fill_parents(node)
        self.form.clear_errors()
        self.title_label.setText(node.label if node else self.tr("New folder"))
        self.label_edit.setText(node.label if node else "")
        self.query_edit.set_query(node.query if node else "")
        self.count_check.setChecked(node.render_threads_count if node else True)
        for key, checks in self.restriction_lists.items():
            checks.set_checked(getattr(node, key) if node else ())
        self.request_count()

    def current_form(self) -> FolderForm:
        ids = {
            key: tuple(int(v) for v in checks.checked_values())
            for key, checks in self.restriction_lists.items()
        }
        return FolderForm(
            self.label_edit.text(),
            self.query_edit.query(),
            self.parent_combo.currentData(),
            self.count_check.isChecked(),
            ids["role_ids"],
            ids["team_ids"],
            ids["user_ids"],
        )

    def _on_problem(self, message: Message | None) -> None:
        self.problem_label.setText(message_text(message) if message else "")
        self.problem_label.setVisible(message is not None)

    def request_count(self) -> None:
        """Counted on a worker; a newer text supersedes the pending count."""
        if self.query_edit.problem is not None:
            self.count_label.setText("")
            return
        text, service = self.query_edit.query(), self.session.folders
        self.count_label.setText(self.tr("Counting…"))
        self._counter.submit("count", 0, lambda: (None, [service.count_query(text)]))

    def _on_count(self, reply: Reply) -> None:
        if isinstance(reply.error, QuerySyntaxError):
            self.query_edit.show_problem(reply.error.message, reply.error.start, reply.error.end)
            self.count_label.setText("")
            return
        if reply.error is not None:
            self.count_label.setText(message_text(getattr(reply.error, "message", str(reply.error))))
            return
        result: FolderCount = reply.rows[0]
        if result.count is None:
            self.count_label.setText(
                self.tr("No count: %1 apply to threads, which carry no customer yet.").replace(
                    "%1", ", ".join(result.thread_keywords)
                )
            )
        else:
            self.count_label.setText(self.tr("Matches %Ln customer profile(s)", "", result.count))

    def save(self) -> FolderNode | None:
        form, service, node = self.current_form(), self.session.folders, self.node
        if node is None:
            saved = self._submit(lambda: service.create_folder(form))
        else:
            saved = save_with_version(
                self,
                self._submit,
                lambda version: service.update_folder(node.id, form, version=version),
                node.version,
                {"label": self.tr("Label"), "query": self.tr("Query")},
                lambda: self.show_folder(service.get_folder(node.id)),
            )
        if saved is not None:
            self.show_folder(saved)
            self.saved.emit(saved)
        return saved

    def _submit(self, action: Callable[[], T]) -> T | None:
        """The form's submit; a refused query also gets its span underlined (and its message shown
        once, under the query, by the live problem label)."""
        refused: list[QuerySyntaxError] = []

        def guarded() -> T:
            try:
                return action()
            except QuerySyntaxError as bad:
                refused.append(bad)
                raise

        result = self.form.submit(guarded)
        if refused:
            self.form.clear_field_error("query")
            self.query_edit.show_problem(refused[0].message, refused[0].start, refused[0].end)
        return result
