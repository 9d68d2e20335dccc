"""What the page area shows instead of a page: not built yet, failed to open, or nothing allowed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from engage_desktop.views.shell.navigation_map import PageSpec, SectionSpec
from engage_desktop.views.widgets.empty_state import EmptyState
from engage_desktop.views.widgets.icons import icon
from engage_desktop.views.widgets.theme import Palette

BADGE_SIZE = 72
MESSAGE_WIDTH = 460


class _BadgedState(EmptyState):
    """The shared empty state with a round icon badge above the title and a readable text width."""

    def __init__(
        self,
        icon_name: str,
        color: str,
        title: str,
        message: str,
        action_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, message, action_text, parent)
        self.badge = QLabel()
        self.badge.setObjectName("stateBadge")
        self.badge.setFixedSize(BADGE_SIZE, BADGE_SIZE)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setPixmap(icon(icon_name, color).pixmap(QSize(32, 32)))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.badge, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.insertSpacing(2, 8)
        # Between stretches (not aligned) so the layout asks the label's height for its real width.
        index = layout.indexOf(self.message_label)
        layout.removeWidget(self.message_label)
        row = QHBoxLayout()
        row.addStretch(0)
        row.addWidget(self.message_label, 1)
        row.addStretch(0)
        layout.insertLayout(index, row)
        self.message_label.setMaximumWidth(MESSAGE_WIDTH)
        self.message_label.setMinimumWidth(min(MESSAGE_WIDTH, 320))
        layout.setSpacing(8)


class ComingPage(_BadgedState):
    """A planned page whose view does not exist yet: friendly, named, and never an error."""

    def __init__(self, page: PageSpec, section: SectionSpec, parent: QWidget | None = None) -> None:
        self.page_key = page.key
        title = QCoreApplication.translate("ComingPage", "%1 — coming soon").replace("%1", page.title())
        message = QCoreApplication.translate(
            "ComingPage", "This page is planned and will arrive with the %1 section work."
        ).replace("%1", section.title())
        super().__init__(section.icon, Palette.ACCENT, title, message, parent=parent)
        self.setObjectName("comingPage")


class PageLoadFailed(_BadgedState):
    """A page whose constructor raised: says so, keeps the window usable, and offers a retry."""

    retry_requested = Signal(str)

    def __init__(self, page: PageSpec, error: BaseException, parent: QWidget | None = None) -> None:
        self.page_key = page.key
        title = QCoreApplication.translate("PageLoadFailed", "%1 could not be opened").replace(
            "%1", page.title()
        )
        message = QCoreApplication.translate(
            "PageLoadFailed",
            "Something went wrong while opening this page; the details were written to the log. "
            "Try again, and if it keeps failing, send the log to your support team.\n\n%1",
        ).replace("%1", f"{type(error).__name__}: {error}")
        retry = QCoreApplication.translate("PageLoadFailed", "Try again")
        super().__init__("alert", Palette.ERROR, title, message, retry, parent)
        self.setObjectName("pageLoadFailed")
        self.action_button.setProperty("variant", "primary")
        self.action_button.style().unpolish(self.action_button)
        self.action_button.style().polish(self.action_button)
        self.error = error
        self.action_button.clicked.connect(lambda: self.retry_requested.emit(self.page_key))


class NoPagesState(_BadgedState):
    """A user whose role reads nothing the console shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "lock",
            Palette.ACCENT,
            QCoreApplication.translate("NoPagesState", "Nothing to show yet"),
            QCoreApplication.translate(
                "NoPagesState",
                "Your role does not give access to any page of this console. "
                "Ask an administrator to add the permissions you need to your role.",
            ),
            parent=parent,
        )
        self.setObjectName("noPagesState")
