"""A one-line editor for a search query that underlines the part the parser refuses (red wave) and
says why below it, as the user types."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from engage_desktop.services.core.errors import Message
from engage_desktop.services.digital.search_query import QuerySyntaxError, parse_query

ERROR_RED = QColor("#c62828")


class QueryEdit(QPlainTextEdit):
    """`problem` is the parser's complaint (None when the text parses); `problemChanged` follows it."""

    problemChanged = Signal(object)  # Message | None
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queryEdit")
        self.setAccessibleName(self.tr("Search query"))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr('e.g. tag:VIP -tag:"churn risk" refund'))
        line = QFontMetrics(self.font()).lineSpacing()
        margins = int(self.document().documentMargin() * 2) + self.frameWidth() * 2
        self.setFixedHeight(line + margins + 14)
        self.problem: Message | None = None
        self.span: tuple[int, int] | None = None
        self.textChanged.connect(self.check)

    def sizeHint(self) -> QSize:
        return QSize(420, self.height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            return  # one line only
        super().keyPressEvent(event)

    def query(self) -> str:
        return self.toPlainText()

    def set_query(self, text: str) -> None:
        self.setPlainText(text)

    def check(self) -> None:
        """Parse what is typed; underline the span at fault (the service checks again on save)."""
        try:
            parse_query(self.query())
        except QuerySyntaxError as bad:
            self.show_problem(bad.message, bad.start, bad.end)
            return
        self.show_problem(None)

    def show_problem(self, message: Message | None, start: int = 0, end: int = 0) -> None:
        """Also used for the service's refusals (an unknown tag has a span too)."""
        selections: list[QTextEdit.ExtraSelection] = []
        self.span = None
        if message is not None:
            length = len(self.query())
            start, end = max(0, min(start, length)), max(0, min(end, length))
            if end <= start:  # past the end (an unclosed quote): underline the last character
                start, end = max(0, length - 1), length
            selection = QTextEdit.ExtraSelection()
            char_format = QTextCharFormat()
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            char_format.setUnderlineColor(ERROR_RED)
            char_format.setBackground(QColor(ERROR_RED.red(), ERROR_RED.green(), ERROR_RED.blue(), 45))
            selection.format = char_format  # type: ignore[attr-defined]
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            selections.append(selection)
            self.span = (start, end)
        self.setExtraSelections(selections)
        changed = message != self.problem
        self.problem = message
        if changed:
            self.problemChanged.emit(message)
