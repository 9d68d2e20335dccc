"""The strip above every page: which account, where you are, who you are, and the way out."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from engage_desktop.services.access.sign_in import SignedInUser
from engage_desktop.views.widgets.icons import icon
from engage_desktop.views.widgets.theme import Palette

HEADER_HEIGHT = 56
BRAND_WIDTH = 56  # same as the navigation bar, so the dark column runs from top to bottom


def initials(display_name: str) -> str:
    words = [w for w in display_name.replace("-", " ").split() if w[:1].isalpha()]
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


class Avatar(QWidget):
    """A round badge with the user's initials; painted, as QSS cannot centre text in a circle."""

    def __init__(self, display_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("avatar")
        self.text = initials(display_name)
        self.setFixedSize(QSize(34, 34))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(Palette.ACCENT))
        painter.drawEllipse(QRectF(self.rect()))
        font = QFont(self.font())
        font.setPixelSize(13)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text)
        painter.end()


class HeaderBar(QFrame):
    sign_out_requested = Signal()

    def __init__(self, account_name: str, user: SignedInUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headerBar")
        self.setFixedHeight(HEADER_HEIGHT)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 16, 0)
        layout.setSpacing(0)

        brand = QLabel()
        brand.setObjectName("brandMark")
        brand.setFixedSize(BRAND_WIDTH, HEADER_HEIGHT)
        brand.setAlignment(Qt.AlignmentFlag.AlignCenter)
        brand.setPixmap(icon("logo").pixmap(QSize(30, 30)))
        brand.setAccessibleName(self.tr("Engage Desktop"))
        layout.addWidget(brand)
        layout.addSpacing(16)

        self.account_label = QLabel(account_name)
        self.account_label.setObjectName("headerAccount")
        self.account_label.setAccessibleName(self.tr("Account"))
        layout.addWidget(self.account_label)

        divider = QFrame()
        divider.setObjectName("headerDivider")
        divider.setFixedSize(1, 22)
        layout.addSpacing(16)
        layout.addWidget(divider)
        layout.addSpacing(16)

        self.section_label = QLabel()
        self.section_label.setObjectName("breadcrumbSection")
        self.separator_label = QLabel(self.tr("›"))
        self.separator_label.setObjectName("breadcrumbSeparator")
        self.page_label = QLabel()
        self.page_label.setObjectName("breadcrumbPage")
        self.page_label.setAccessibleName(self.tr("Current page"))
        layout.addWidget(self.section_label)
        layout.addSpacing(8)
        layout.addWidget(self.separator_label)
        layout.addSpacing(8)
        layout.addWidget(self.page_label)
        layout.addStretch(1)

        self.avatar = Avatar(user.display_name)
        layout.addWidget(self.avatar)
        layout.addSpacing(10)
        who = QVBoxLayout()
        who.setContentsMargins(0, 0, 0, 0)
        who.setSpacing(0)
        who.addStretch(1)
        self.user_label = QLabel(user.display_name)
        self.user_label.setObjectName("headerUserName")
        self.role_label = QLabel(user.role_label)
        self.role_label.setObjectName("headerUserRole")
        who.addWidget(self.user_label)
        who.addWidget(self.role_label)
        who.addStretch(1)
        layout.addLayout(who)
        layout.addSpacing(20)

        self.sign_out_button = QPushButton(icon("sign_out", Palette.TEXT_MUTED), self.tr("Sign out"))
        self.sign_out_button.setObjectName("signOutButton")
        self.sign_out_button.setIconSize(QSize(16, 16))
        self.sign_out_button.setToolTip(self.tr("Sign out of Engage Desktop"))
        self.sign_out_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        layout.addWidget(self.sign_out_button)
        self.set_location("", "")

    def set_location(self, section_title: str, page_title: str) -> None:
        """The breadcrumb "Section › Page"; the section part hides when it adds nothing."""
        self.section_label.setText(section_title)
        self.page_label.setText(page_title)
        show_section = bool(section_title)
        self.section_label.setVisible(show_section)
        self.separator_label.setVisible(show_section)

    def breadcrumb(self) -> str:
        if self.section_label.isHidden():
            return self.page_label.text()
        return f"{self.section_label.text()} {self.separator_label.text()} {self.page_label.text()}"
