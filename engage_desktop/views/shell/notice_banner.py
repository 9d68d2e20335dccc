"""A notice under the header that the administrator can dismiss: the keyring fallback, an upgrade."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


class NoticeBanner(QWidget):
    """Amber, as the sign-in dialog's notice; `dismissed(key)` once closed (for this session)."""

    dismissed = Signal(str)

    def __init__(self, key: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("noticeBanner")
        self.setProperty("notice", key)
        self.label = QLabel(text)
        self.label.setObjectName("warningBanner")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(QCoreApplication.translate("NoticeBanner", "Notice"))
        self.dismiss_button = QToolButton()
        self.dismiss_button.setObjectName("dismissNoticeButton")
        self.dismiss_button.setText("✕")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setToolTip(QCoreApplication.translate("NoticeBanner", "Dismiss this notice"))
        self.dismiss_button.setAccessibleName(QCoreApplication.translate("NoticeBanner", "Dismiss"))
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit(self.key)
        self.deleteLater()


def keyring_notice(fallback_path: Path) -> str:
    return QCoreApplication.translate(
        "NoticeBanner",
        "No system keyring is available: passwords and tokens of channels are kept in %1, readable "
        "only by you. Install and unlock a keyring (GNOME Keyring, KWallet) to keep them there instead.",
    ).replace("%1", str(fallback_path))
