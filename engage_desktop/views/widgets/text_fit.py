"""Text that fits: sizes computed with the font the style sheet draws in.

Qt's style sheet sets a widget's font from the rule of its plain state only, so a dialog's default
button, drawn semi-bold by `QDialog QPushButton:default`, is measured in the regular weight and its
label ("Enregistrer", "Annuler") is clipped; header sections drawn semi-bold by a sub-control rule
are measured and elided in the regular weight too ("Jtilisateurs"). `TextFitStyle` sits under the
style sheet (it is the application style the sheet wraps) and sees every widget polished: each push
button gets a small watcher that gives it the weight it is drawn in, and every header view gets the
semi-bold font itself (the sheet no longer sets that weight), so size hints and elision are
computed with the font the text is drawn in, whatever the text or language. No page has to size a
button or a column for its title. A form's label longer than `FORM_LABEL_MAX_WIDTH` wraps onto
more lines instead of pushing the fields aside (French labels run long).
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

SEMI_BOLD = QFont.Weight.DemiBold  # the sheet's font-weight: 600
TEXT_FIT_STYLE_NAME = "textFitStyle"
FORM_LABEL_MAX_WIDTH = 220


def drawn_semi_bold(button: QPushButton) -> bool:
    """What style.qss draws semi-bold: `[variant="primary"]` and `QDialog QPushButton:default`."""
    if button.property("variant") == "primary":
        return True
    if not button.isDefault():
        return False
    parent = button.parentWidget()
    while parent is not None:
        if isinstance(parent, QDialog):
            return True
        parent = parent.parentWidget()
    return False


def fit_font(button: QPushButton) -> None:
    """Give the button the weight the sheet draws it in (a no-op when it has it already)."""
    wanted = SEMI_BOLD if drawn_semi_bold(button) else QFont.Weight.Normal
    font = button.font()
    if font.weight() != wanted:
        font.setWeight(wanted)
        button.setFont(font)


def semi_bold_header(header: QHeaderView) -> None:
    """Header sections are drawn semi-bold: the header's own font says so, so it is measured so.
    A section narrowed by hand ends its title with "…" (Qt's default cuts it)."""
    if header.textElideMode() == Qt.TextElideMode.ElideNone:
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
    font = header.font()
    if font.weight() != SEMI_BOLD:
        font.setWeight(SEMI_BOLD)
        header.setFont(font)


def wrap_form_label(label: QLabel) -> None:
    """A label in a form's label column wraps when it would be wider than FORM_LABEL_MAX_WIDTH."""
    parent = label.parentWidget()
    if parent is None or label.wordWrap() or not label.text():
        return
    if label.fontMetrics().horizontalAdvance(label.text()) <= FORM_LABEL_MAX_WIDTH:
        return
    for form in parent.findChildren(QFormLayout):
        row, role = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(label))
        if row >= 0 and role == QFormLayout.ItemRole.LabelRole:
            # A fixed width and the height of the wrapped text: the form gives the row that height.
            label.setWordWrap(True)
            label.setFixedWidth(FORM_LABEL_MAX_WIDTH)
            label.setMinimumHeight(label.heightForWidth(FORM_LABEL_MAX_WIDTH))
            return


class _ButtonWatcher(QObject):
    """Follows a button's default state: shown, focus moves in its dialog, repaint after setDefault."""

    WATCHED = (QEvent.Type.Show, QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.Paint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QPushButton) and event.type() in self.WATCHED:
            if event.type() == QEvent.Type.Show:
                fit_font(watched)
            elif (SEMI_BOLD if drawn_semi_bold(watched) else QFont.Weight.Normal) != watched.font().weight():
                # Not while painting: the new font asks for a new layout, then a paint of its own.
                QTimer.singleShot(0, watched, lambda b=watched: fit_font(b))
        return False


class TextFitStyle(QProxyStyle):
    """The application style (Fusion underneath); the style sheet is drawn on top of it."""

    def __init__(self, base: QStyle | None = None) -> None:
        super().__init__(base if base is not None else QStyleFactory.create("Fusion"))
        self.setObjectName(TEXT_FIT_STYLE_NAME)
        self._watcher = _ButtonWatcher(self)

    def polish(self, arg: Any) -> Any:
        """Every widget passes here when polished (the palette and application overloads too)."""
        if isinstance(arg, QPushButton):
            arg.removeEventFilter(self._watcher)
            arg.installEventFilter(self._watcher)
            fit_font(arg)
        elif isinstance(arg, QHeaderView):
            semi_bold_header(arg)
        elif isinstance(arg, QLabel):
            wrap_form_label(arg)
        return super().polish(arg)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_HeaderLabel and isinstance(option, QStyleOptionHeader):
            option = header_label_in_its_room(option, painter, widget)
        super().drawControl(element, option, painter, widget)


def header_label_in_its_room(
    option: QStyleOptionHeader, painter: QPainter, widget: QWidget | None
) -> QStyleOptionHeader:
    """The style sheet keeps the sort arrow's room out of the label by clipping the painter, but
    the label is still aligned in the whole section: a right-aligned sorted title lost its last
    letters ("Custome"). The label gets the room it may paint in, its title elided to fit it."""
    if not painter.hasClipping():
        return option
    room = painter.clipBoundingRect().toAlignedRect().intersected(option.rect)
    if not room.isValid() or room.width() >= option.rect.width():
        return option
    fitted = type(option)(option)
    fitted.rect = QRect(
        option.rect.left(), option.rect.top(), room.right() - option.rect.left() + 1, option.rect.height()
    )
    mode = widget.textElideMode() if isinstance(widget, QHeaderView) else Qt.TextElideMode.ElideRight
    metrics = widget.fontMetrics() if widget is not None else painter.fontMetrics()
    fitted.text = metrics.elidedText(option.text, mode, fitted.rect.width())
    return fitted


def text_fit_style_installed(app: QApplication) -> bool:
    """Whether the application's style is (or, under a style sheet, wraps) a `TextFitStyle`."""
    style = app.style()
    return isinstance(style, TextFitStyle) or style.findChild(TextFitStyle, TEXT_FIT_STYLE_NAME) is not None


def install_text_fit_style(app: QApplication) -> None:
    """Make `TextFitStyle` the application style, over the style chosen so far (Fusion).

    Checked on the style itself, not remembered once: a later `app.setStyle("Fusion")` (a second
    screenshot, a second start) drops it, and sorted right-aligned titles were cut again ("Priori")."""
    if text_fit_style_installed(app):
        return
    name = app.style().name() or "Fusion"
    app.setStyle(TextFitStyle(QStyleFactory.create(name) or QStyleFactory.create("Fusion")))
