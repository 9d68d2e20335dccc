"""The topology editor: a name, and the routing config twice — a structured form (queues, their
match, ordered steps with target and timeout) and its JSON — kept in sync both ways.

Editing the JSON re-reads it as you type: a syntax or layout error says what and where (line and
column, the line highlighted) and the structure keeps the last readable version; the structure
cannot be opened until the JSON reads again. Problems (unknown ids, unreachable queues, a step
without timeout…) show beside their queue and step, in the list under the tabs, and at their line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QKeyEvent, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.routing.topologies import InvalidTopology, TopologyDetail
from engage_desktop.services.routing.topology_config import (
    config_to_dict,
    config_to_text,
    parse_config,
    parse_config_text,
    starter_config,
    validate_config,
)
from engage_desktop.services.routing.topology_problems import ConfigProblem, locate, value_positions
from engage_desktop.views.routing.topology_structure import TopologyStructureEditor
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.screen_room import resize_within_screen
from engage_desktop.views.widgets.theme import Palette
from engage_desktop.views.widgets.versioned_save import save_with_version

R = TypeVar("R")

STRUCTURE, JSON = range(2)
ProblemRole = Qt.ItemDataRole.UserRole


class TopologyEditorDialog(FormDialog):
    """Create (topology_id None) or edit a topology. Raises DomainError from the constructor when
    it cannot be read; the caller shows it."""

    def __init__(self, session: AppSession, topology_id: int | None, parent: QWidget | None = None) -> None:
        detail = session.topologies.get_topology(topology_id) if topology_id is not None else None
        choices = session.topologies.choices()
        super().__init__(parent)
        self.setObjectName("topologyEditor")
        self.session = session
        self.topology_id = topology_id
        self.version: int | None = detail.version if detail else None
        if topology_id is not None:
            self.watch_for_changes_elsewhere(lambda: session.topologies.get_topology(topology_id).version)
        self.known = choices.known()
        self.active = bool(detail and detail.active)
        self._config: dict[str, Any] = detail.config if detail else config_to_dict(starter_config())
        self._json_problems: tuple[ConfigProblem, ...] = ()
        self._syncing = False
        self.problems: list[ConfigProblem] = []

        self.setWindowTitle(
            self.tr("Edit topology “%1”").replace("%1", detail.name) if detail else self.tr("New topology")
        )
        self.name_edit = QLineEdit(detail.name if detail else "")
        self.name_edit.setObjectName("topologyNameEdit")
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("e.g. Weekdays"))
        self.form.add_field("name", self.tr("Name"), self.name_edit)
        if self.active:
            hint = QLabel(self.tr("This topology routes tasks now: it can only be saved without problems."))
            hint.setObjectName("hintLabel")
            hint.setWordWrap(True)
            self.form.form_layout.addRow("", hint)

        self.structure = TopologyStructureEditor(choices)
        self.structure.changed.connect(self._structure_edited)
        self.json_edit = QPlainTextEdit()
        self.json_edit.setObjectName("topologyJsonEdit")
        self.json_edit.setAccessibleName(self.tr("Routing configuration as JSON"))
        self.json_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.json_edit.setTabChangesFocus(True)
        self.json_edit.textChanged.connect(self._json_edited)
        self.json_error = QLabel()
        self.json_error.setObjectName("fieldError")
        self.json_error.setWordWrap(True)
        self.json_error.hide()
        json_page = QWidget()
        json_layout = QVBoxLayout(json_page)
        json_layout.setContentsMargins(8, 8, 8, 8)
        json_layout.addWidget(self.json_edit, 1)
        json_layout.addWidget(self.json_error)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("topologyTabs")
        self.tabs.addTab(self.structure, self.tr("Queues and steps"))
        self.tabs.addTab(json_page, self.tr("JSON"))
        self.tabs.setTabToolTip(JSON, self.tr("The same configuration as JSON; both stay in sync"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.form.add_field("config", self.tr("Routing"), self.tabs)

        self.problem_title = QLabel()
        self.problem_title.setObjectName("sectionLabel")
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("topologyProblems")
        self.problem_list.setAccessibleName(self.tr("Problems of the configuration"))
        self.problem_list.itemActivated.connect(self.go_to_problem)
        self.problem_list.itemClicked.connect(self.go_to_problem)
        self.problem_title.setBuddy(self.problem_list)
        self.add_widget(self.problem_title)
        self.add_widget(self.problem_list)

        self.structure.set_config(self._config)
        self._revalidate()
        resize_within_screen(self, 1024, 720)
        self.name_edit.setFocus()

    # ---- syncing -------------------------------------------------------------------------------
    @property
    def config(self) -> dict[str, Any]:
        return dict(self._config)

    @property
    def json_ok(self) -> bool:
        return not self._json_problems

    def _structure_edited(self) -> None:
        parsed = parse_config(self.structure.config())
        self._config = config_to_dict(parsed.config) if parsed.config else self.structure.config()
        self._revalidate()

    def _json_edited(self) -> None:
        if self._syncing:
            return
        text = self.json_edit.toPlainText()
        result = parse_config_text(text)
        self._json_problems = result.problems if result.config is None else ()
        if result.config is not None:
            self._config = config_to_dict(result.config)
            self.json_error.hide()
            self._revalidate()
        else:
            first = result.problems[0]
            where = ""
            if first.line is not None and first.message.code != "topology.json_syntax":  # that one says it
                where = (
                    self.tr("Line %1, column %2: ")
                    .replace("%1", str(first.line))
                    .replace("%2", str(first.column or 1))
                )
            self.json_error.setText(where + message_text(first.message))
            self.json_error.show()
            self._highlight_line(first.line)
            self._fill_problem_list(list(result.problems))
        self.form.clear_field_error("config")

    def _tab_changed(self, index: int) -> None:
        if index == JSON:
            self._write_json()
        elif not self.json_ok:
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(JSON)
            self.tabs.blockSignals(False)
            self.json_error.setText(
                self.tr("Fix the JSON first; the structure shows only a configuration that reads.")
                + "\n"
                + self.json_error.text().split("\n")[-1]
            )
            self.json_error.show()
        else:
            self.structure.set_config(self._config)
            self._revalidate()

    def _write_json(self) -> None:
        parsed = parse_config(self._config)
        text = config_to_text(parsed.config) if parsed.config else ""
        self._syncing = True
        self.json_edit.setPlainText(text)
        self._syncing = False
        self._json_problems = ()
        self.json_error.hide()
        self._revalidate()

    def _revalidate(self) -> None:
        parsed = parse_config(self._config)
        problems = (
            list(parsed.problems) if parsed.config is None else validate_config(parsed.config, self.known)
        )
        self.show_problems(problems)

    # ---- problems ------------------------------------------------------------------------------
    def show_problems(self, problems: list[ConfigProblem]) -> None:
        text = config_to_text(parsed) if (parsed := parse_config(self._config).config) else ""
        positions = value_positions(text)
        self.problems = [locate(text, p, positions) for p in problems]
        self.structure.show_problems(self.problems)
        self._fill_problem_list(self.problems)
        self._highlight_line(None)

    def _fill_problem_list(self, problems: list[ConfigProblem]) -> None:
        self.problem_list.clear()
        raw_queues = self._config.get("queues")
        queues: list[Any] = raw_queues if isinstance(raw_queues, list) else []
        for problem in problems:
            where: list[str] = []
            if problem.in_default_queue:
                where.append(self.tr("Default queue"))
            elif problem.queue_index is not None and problem.queue_index < len(queues):
                name = (
                    queues[problem.queue_index].get("name")
                    if isinstance(queues[problem.queue_index], dict)
                    else ""
                )
                where.append(self.tr("Queue “%1”").replace("%1", str(name or problem.queue_index + 1)))
            if problem.step_index is not None:
                where.append(self.tr("step %1").replace("%1", str(problem.step_index + 1)))
            if problem.line is not None and problem.message.code != "topology.json_syntax":
                where.append(self.tr("line %1").replace("%1", str(problem.line)))
            prefix = " › ".join(where)
            item = QListWidgetItem(
                f"{prefix}: {message_text(problem.message)}" if prefix else message_text(problem.message)
            )
            item.setData(ProblemRole, problem)
            item.setForeground(QColor(Palette.ERROR))
            self.problem_list.addItem(item)
        count = len(problems)
        self.problem_title.setText(
            self.tr("No problem found") if count == 0 else self.tr("Problems (%1)").replace("%1", str(count))
        )
        self.problem_list.setVisible(bool(count))
        rows = max(1, min(count, 4))
        self.problem_list.setFixedHeight(rows * self.problem_list.fontMetrics().height() + rows * 6 + 8)

    def go_to_problem(self, item: QListWidgetItem) -> None:
        problem = item.data(ProblemRole)
        if not isinstance(problem, ConfigProblem):
            return
        if self.tabs.currentIndex() == JSON:
            if problem.line is not None:
                block = self.json_edit.document().findBlockByLineNumber(problem.line - 1)
                cursor = QTextCursor(block)
                self.json_edit.setTextCursor(cursor)
                self.json_edit.setFocus()
                self._highlight_line(problem.line)
            return
        queue = None if problem.in_default_queue else problem.queue_index
        if queue is not None or problem.in_default_queue:
            self.structure.select(queue, problem.step_index)

    def _highlight_line(self, line: int | None) -> None:
        if line is None:
            self.json_edit.setExtraSelections([])
            return
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(QColor(Palette.ERROR_BACKGROUND))
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        cursor = QTextCursor(self.json_edit.document().findBlockByLineNumber(max(line - 1, 0)))
        selection.cursor = cursor
        self.json_edit.setExtraSelections([selection])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field of this long form does not save it (the rules and routing are live)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
            self.focusWidget(), QAbstractButton
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    # ---- saving --------------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.json_ok:
            self.tabs.setCurrentIndex(JSON)
            self.form.show_errors({"config": self.json_error.text()})
            return False
        if self.topology_id is None:
            name, config = self.name_edit.text(), self.config
            return self._submit(lambda: self.session.topologies.create_topology(name, config)) is not None
        return self._save_over(self.version)

    def _submit(self, action: Callable[[], R]) -> R | None:
        invalid: list[InvalidTopology] = []

        def run() -> R:
            try:
                return action()
            except InvalidTopology as exc:
                invalid.append(exc)
                raise

        result = self.submit(run)
        if invalid:
            self.show_problems(list(invalid[0].problems))
        return result

    def _save_over(self, version: int | None) -> bool:
        name, config, topology_id = self.name_edit.text(), self.config, self.topology_id
        assert topology_id is not None
        topologies = self.session.topologies

        def save(v: int | None) -> TopologyDetail:
            return topologies.update_topology(topology_id, name, config, version=v)

        labels = {"name": self.tr("Name"), "config": self.tr("Routing configuration")}
        saved = save_with_version(self, self._submit, save, version, labels, self.reload)
        return saved is not None

    def reload(self) -> None:
        topology_id = self.topology_id
        if topology_id is None:
            return
        detail = self.form.submit(lambda: self.session.topologies.get_topology(topology_id))
        if detail is not None:
            self.version = detail.version
            self.name_edit.setText(detail.name)
            self._config = detail.config
            self._json_problems = ()
            self.structure.set_config(self._config)
            if self.tabs.currentIndex() == JSON:
                self._write_json()
            self._revalidate()
