"""What the page area shows instead of a page: not built yet, failed to open, or nothing allowed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from engage_desktop.views.shell.navigation_map import PageSpec, SectionSpec
from engage_desktop.views.widgets.empty_state import EmptyState
from engage_desktop.views.widgets.icons import icon
from engage_desktop.views.widgets.theme import Palette
from engage_desktop.views.widgets.translations import QT_TRANSLATE_NOOP

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


# What each page will let the administrator do, said to them (shown while the page is not built).
PAGE_PURPOSES: dict[str, str] = {
    "users.users": QT_TRANSLATE_NOOP(
        "ComingPage", "Invite people, give them a role and teams, and disable accounts."
    ),
    "users.roles": QT_TRANSLATE_NOOP("ComingPage", "Decide what each role may see and change."),
    "users.teams": QT_TRANSLATE_NOOP("ComingPage", "Group agents into teams and choose their leaders."),
    "users.capacities": QT_TRANSLATE_NOOP(
        "ComingPage", "Set how many conversations each agent handles at once, per routing channel."
    ),
    "users.presence": QT_TRANSLATE_NOOP(
        "ComingPage", "Name the statuses agents pick (Lunch, Meeting…) and whether routing sends them work."
    ),
    "channels.sources": QT_TRANSLATE_NOOP(
        "ComingPage", "Connect the accounts your customers write to: pages, mailboxes, chats."
    ),
    "channels.communities": QT_TRANSLATE_NOOP(
        "ComingPage", "Keep one customer database per kind of network, before connecting its channels."
    ),
    "channels.identities": QT_TRANSLATE_NOOP(
        "ComingPage", "See customers and company accounts, and who may reply as the company."
    ),
    "routing.categories": QT_TRANSLATE_NOOP(
        "ComingPage", "Label what messages are about, and who should get them."
    ),
    "routing.channels": QT_TRANSLATE_NOOP(
        "ComingPage", "Group channels that share routing settings: capacity, time to accept, service level."
    ),
    "routing.topologies": QT_TRANSLATE_NOOP(
        "ComingPage", "Design the queues and steps that hand each conversation to the right agent."
    ),
    "routing.rules": QT_TRANSLATE_NOOP(
        "ComingPage", "Act on incoming messages automatically: categorise, prioritise, route."
    ),
    "routing.monitor": QT_TRANSLATE_NOOP(
        "ComingPage",
        "Watch the queues live: conversations waiting, agents available, and service levels at risk.",
    ),
    "routing.simulation": QT_TRANSLATE_NOOP(
        "ComingPage", "Try your routing settings on sample traffic before agents feel them."
    ),
    "digital.tags": QT_TRANSLATE_NOOP(
        "ComingPage", "Label customers (VIP, press…) so agents recognise them at a glance."
    ),
    "digital.identity_groups": QT_TRANSLATE_NOOP(
        "ComingPage", "See each customer's profile across networks, and merge duplicates."
    ),
    "digital.custom_fields": QT_TRANSLATE_NOOP(
        "ComingPage", "Add your own fields to customers and conversations."
    ),
    "digital.folders": QT_TRANSLATE_NOOP("ComingPage", "Save searches as folders agents work from."),
    "digital.exports": QT_TRANSLATE_NOOP(
        "ComingPage", "Export conversations and statistics, now or on a schedule."
    ),
    "digital.journal": QT_TRANSLATE_NOOP("ComingPage", "See who changed what, and when."),
    "agent_tools.reply_assistant": QT_TRANSLATE_NOOP(
        "ComingPage", "Write the ready answers agents insert, in every language you serve."
    ),
    "agent_tools.reply_assistant_groups": QT_TRANSLATE_NOOP(
        "ComingPage", "Sort ready answers into groups and choose who sees them."
    ),
    "agent_tools.email_templates": QT_TRANSLATE_NOOP("ComingPage", "Lay out the e-mails agents send."),
    "agent_tools.signatures": QT_TRANSLATE_NOOP(
        "ComingPage", "Write the signatures added to agents' replies."
    ),
    "settings.account": QT_TRANSLATE_NOOP(
        "ComingPage", "Name the account, set its language and time zone, and switch routing mode on."
    ),
    "settings.security": QT_TRANSLATE_NOOP(
        "ComingPage", "Set the password rules, sign-in lockout and session length."
    ),
    "settings.business_hours": QT_TRANSLATE_NOOP(
        "ComingPage", "Set when each team is open, with holidays and time zones."
    ),
    "settings.notifications": QT_TRANSLATE_NOOP(
        "ComingPage", "Choose who is alerted, and how, when something needs attention."
    ),
    "settings.extensions": QT_TRANSLATE_NOOP(
        "ComingPage", "Switch optional features on or off for the account."
    ),
    "settings.api_tokens": QT_TRANSLATE_NOOP(
        "ComingPage", "Let other applications use the platform, each with its own token."
    ),
    "settings.webhooks": QT_TRANSLATE_NOOP(
        "ComingPage", "Tell other applications when something happens: a new message, a closed conversation."
    ),
    "settings.audit_log": QT_TRANSLATE_NOOP(
        "ComingPage", "Read every change with who made it and when, and check that none was altered."
    ),
    "settings.workstations": QT_TRANSLATE_NOOP(
        "ComingPage", "See which consoles use the database, and move it to a shared server."
    ),
}


class ComingPage(_BadgedState):
    """A planned page whose view does not exist yet: what it will let you do, and what to use meanwhile."""

    def __init__(self, page: PageSpec, section: SectionSpec, parent: QWidget | None = None) -> None:
        self.page_key = page.key
        title = QCoreApplication.translate("ComingPage", "%1 is coming").replace("%1", page.title())
        purpose = PAGE_PURPOSES.get(page.key, "")
        will = (
            QCoreApplication.translate("ComingPage", purpose)
            if purpose
            else QCoreApplication.translate("ComingPage", "This page is planned for a later version.")
        )
        meanwhile = QCoreApplication.translate(
            "ComingPage",
            "It is not in this version of Engage Desktop yet; the other pages of %1 already work.",
        ).replace("%1", section.title())
        super().__init__(section.icon, Palette.ACCENT, title, will + "\n\n" + meanwhile, parent=parent)
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
