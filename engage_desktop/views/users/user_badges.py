"""Pills for the Users list and editor: a user's state (enabled, disabled, invitation pending) and
the "cannot reply" problem (reply on a channel without an identity on its community).

The list panel draws text only; these delegates paint the pill in the cell of the row object.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from engage_desktop.services.users.records import ReplyProblem
from engage_desktop.views.widgets.color_scheme import theme_controller
from engage_desktop.views.widgets.list_panel import LazyTableModel
from engage_desktop.views.widgets.theme import dark_scheme_in_force

AnyIndex = QModelIndex | QPersistentModelIndex


# The pills' light colours and their dark-scheme swaps (same hues, as style_dark.qss does).
DARK_PILL_COLOURS = {
    "#5B6478": "#9AA3B8",
    "#ECEEF3": "#2A3346",
    "#2F5BD3": "#7AA2FF",
    "#E6EEFF": "#26375E",
    "#1E7F4F": "#6FD19C",
    "#E3F4EA": "#1E3A2C",
    "#9A4F05": "#F2B25C",
    "#FFF1DB": "#3A2F1C",
}


@dataclass(frozen=True)
class Pill:
    text: str
    foreground: str
    background: str

    def colours(self) -> tuple[str, str]:
        """(foreground, background) of the scheme in force, read when painting."""
        if dark_scheme_in_force():
            return (
                DARK_PILL_COLOURS.get(self.foreground, self.foreground),
                DARK_PILL_COLOURS.get(self.background, self.background),
            )
        return self.foreground, self.background


def state_pill(enabled: bool, invitation_pending: bool, *, short: bool = False) -> Pill:
    """`short` for the list's narrow column ("Invited" rather than "Invitation pending")."""
    if not enabled:
        return Pill(QCoreApplication.translate("UserBadges", "Disabled"), "#5B6478", "#ECEEF3")
    if invitation_pending:
        text = (
            QCoreApplication.translate("UserBadges", "Invited")
            if short
            else QCoreApplication.translate("UserBadges", "Invitation pending")
        )
        return Pill(text, "#2F5BD3", "#E6EEFF")
    return Pill(QCoreApplication.translate("UserBadges", "Enabled"), "#1E7F4F", "#E3F4EA")


def problem_pill() -> Pill:
    return Pill(QCoreApplication.translate("UserBadges", "⚠ Cannot reply"), "#9A4F05", "#FFF1DB")


def row_pills(enabled: bool, invitation_pending: bool, problems: tuple[ReplyProblem, ...]) -> list[Pill]:
    """The state, then the problem when there is one (a disabled user replies nowhere anyway)."""
    pills = [state_pill(enabled, invitation_pending, short=True)]
    return [*pills, problem_pill()] if problems and enabled else pills


def problem_text(problems: tuple[ReplyProblem, ...]) -> str:
    """The tooltip: which channels, and why."""
    lines = [
        QCoreApplication.translate("UserBadges", "Reply on %1, but no identity on the community %2.")
        .replace("%1", p.source_name)
        .replace("%2", p.community_name)
        for p in problems
    ]
    return "\n".join(
        [*lines, QCoreApplication.translate("UserBadges", "Open the user's Identities tab to choose one.")]
    )


def paint_pill(painter: QPainter, rect: QRect, pill: Pill, metrics: QFontMetrics) -> int:
    """Draws the pill at the left of `rect`, vertically centred; returns its width."""
    width = metrics.horizontalAdvance(pill.text) + 16
    height = min(rect.height() - 6, metrics.height() + 6)
    box = QRectF(rect.left(), rect.top() + (rect.height() - height) / 2, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    foreground, background = pill.colours()
    painter.setBrush(QColor(background))
    painter.drawRoundedRect(box, height / 2, height / 2)
    painter.setPen(QColor(foreground))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, pill.text)
    painter.restore()
    return width


class PillDelegate(QStyledItemDelegate):
    """The cell shows pills (left to right) instead of its text; the row still paints as usual."""

    def __init__(self, pills_of: Callable[[Any], list[Pill]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pills_of = pills_of

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        row = index.data(LazyTableModel.RowRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if row is None:
            return
        rect = opt.rect.adjusted(8, 0, -4, 0)
        metrics = QFontMetrics(opt.font)
        for pill in self._pills_of(row):
            if rect.width() <= 0:
                break
            rect.setLeft(rect.left() + paint_pill(painter, rect, pill, metrics) + 6)


class PillLabel(QLabel):
    """A pill as a widget (the editor's header)."""

    def __init__(self, pill: Pill, parent: QWidget | None = None) -> None:
        super().__init__(pill.text, parent)
        self.setObjectName("statePill")
        self.set_pill(pill)
        theme_controller().changed.connect(self._restyle)  # View › Colour scheme, or the system's

    def set_pill(self, pill: Pill) -> None:
        self._pill = pill
        self.setText(pill.text)
        self._restyle()

    def _restyle(self) -> None:
        foreground, background = self._pill.colours()
        self.setStyleSheet(
            f"QLabel#statePill {{ color: {foreground}; background: {background};"
            " border-radius: 10px; padding: 2px 10px; font-weight: 600; }"
        )
