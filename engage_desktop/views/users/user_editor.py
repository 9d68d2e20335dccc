"""The user editor: profile, role, teams, categories, channel permissions, identities, agent
capacity and signatures on tabs, saved together in one service call (create, invite or update).

A refusal stays in the dialog: each field error under its field on its tab (the tab gets a warning
mark and the first one comes forward), anything else at the top.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import Conflict, DomainError, ValidationError
from engage_desktop.services.users.choices import UserChoicesService
from engage_desktop.services.users.records import UserDetail, UserForm, UserRow
from engage_desktop.views.shell.header_bar import Avatar
from engage_desktop.views.users.user_access_tabs import WARNING_COLOUR, ChannelPermissionsTab, IdentitiesTab
from engage_desktop.views.users.user_agent_tabs import CapacityTab, SignaturesTab
from engage_desktop.views.users.user_badges import PillLabel, state_pill
from engage_desktop.views.users.user_editor_tabs import (
    CategoriesTab,
    EditorContext,
    ProfileTab,
    RoleTab,
    TeamsTab,
    UserTab,
)
from engage_desktop.views.users.user_form_widgets import muted_label
from engage_desktop.views.widgets.conflict_dialog import Resolution, resolve_stale_edit
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.icons import icon
from engage_desktop.views.widgets.list_panel import format_date, format_value
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.screen_room import resize_within_screen
from engage_desktop.views.widgets.tab_errors import mark_tab_error, show_errors_on_tabs

TAB_KEYS = ("profile", "role", "teams", "categories", "permissions", "identities", "capacity", "signatures")


class UserEditorDialog(FormDialog):
    """New user (user_id None), invitation (`invite`), or an existing user (read-only without the
    right to change them). Raises DomainError from the constructor when the user cannot be read."""

    def __init__(
        self,
        session: AppSession,
        user_id: int | None,
        parent: QWidget | None = None,
        *,
        invite: bool = False,
        tab: str = "profile",
    ) -> None:
        choices = UserChoicesService(session.ctx).editor_choices()
        detail = session.users.get_user(user_id) if user_id is not None else None
        if detail is None:
            needed = Permission.INVITE_USER if invite else Permission.CREATE_USER
            read_only = not session.can(needed)
        else:
            read_only = not choices.can_edit
        save_text = self.tr("Send invitation") if invite else self.tr("Create user") if detail is None else ""
        super().__init__(parent, save_text=save_text, read_only=read_only)
        self.setObjectName("userEditor")
        self.session = session
        self.user_id = user_id
        self.invite = invite
        self.detail = detail
        self.version = detail.version if detail is not None else None  # sent back with the save
        context = EditorContext(session, choices, detail, read_only, invite)

        if detail is None:
            self.setWindowTitle(self.tr("Invite a user") if invite else self.tr("New user"))
        elif read_only:
            self.setWindowTitle(self.tr("User “%1”").replace("%1", detail.name))
        else:
            self.setWindowTitle(self.tr("Edit user “%1”").replace("%1", detail.name))
        if detail is not None:
            self.body.insertLayout(0, self._header(detail))
        elif invite:
            intro = self.tr(
                "They receive an e-mail to choose their password; until then the invitation is pending. "
                "Only the profile and the role are required."
            )
            self.body.insertWidget(0, muted_label(intro))
        else:
            self.body.insertWidget(0, muted_label(self.tr("Only the profile and the role are required.")))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("userTabs")
        self.tabs.setDocumentMode(False)
        self._build_tabs(context)
        self.add_widget(self.tabs, 1)
        self.show_tab(tab)
        resize_within_screen(self, 920, 700)
        if not read_only:
            self.profile_tab.firstname_edit.setFocus()

    def _build_tabs(self, context: EditorContext) -> None:
        """Every tab from the loaded detail; called again when "Take theirs" reloads the user."""
        for old in list(getattr(self, "tab_widgets", {}).values()):
            self.tabs.removeTab(self.tabs.indexOf(old))
            old.deleteLater()
        self.profile_tab = ProfileTab(context)
        self.role_tab = RoleTab(context)
        self.teams_tab = TeamsTab(context)
        self.categories_tab = CategoriesTab(context)
        self.permissions_tab = ChannelPermissionsTab(context)
        self.identities_tab = IdentitiesTab(context)
        self.capacity_tab = CapacityTab(context)
        self.signatures_tab = SignaturesTab(context)
        self.tab_widgets: dict[str, UserTab] = dict(
            zip(
                TAB_KEYS,
                (
                    self.profile_tab,
                    self.role_tab,
                    self.teams_tab,
                    self.categories_tab,
                    self.permissions_tab,
                    self.identities_tab,
                    self.capacity_tab,
                    self.signatures_tab,
                ),
                strict=True,
            )
        )
        titles = (
            self.tr("Profile"),
            self.tr("Role"),
            self.tr("Teams"),
            self.tr("Categories"),
            self.tr("Channel permissions"),
            self.tr("Identities"),
            self.tr("Agent capacity"),
            self.tr("Signatures"),
        )
        for key, title in zip(TAB_KEYS, titles, strict=True):
            self.tabs.addTab(self.tab_widgets[key], title)

        self.permissions_tab.changed.connect(self._permissions_changed)
        self.identities_tab.changed.connect(self._identities_changed)
        self.permissions_tab.identitiesRequested.connect(lambda: self.show_tab("identities"))
        self._identities_changed()
        self._permissions_changed()

    def _header(self, detail: UserDetail) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(Avatar(detail.name))
        text = QVBoxLayout()
        text.setSpacing(0)
        name = QLabel(detail.name)
        name.setObjectName("sectionTitle")
        text.addWidget(name)
        text.addWidget(muted_label(f"{detail.form.email} · {detail.role_label}", "mutedLabel"))
        row.addLayout(text, 1)
        self.state_pill = PillLabel(state_pill(detail.enabled, detail.invitation_pending))
        row.addWidget(self.state_pill)
        last = format_value(detail.last_sign_in_at) if detail.last_sign_in_at else self.tr("never")
        since = format_date(detail.created_at)
        row.addWidget(
            muted_label(
                self.tr("Last sign-in: %1\nCreated %2").replace("%1", last).replace("%2", since), "mutedLabel"
            )
        )
        return row

    # ---- tabs talking to each other -------------------------------------------------------------
    def show_tab(self, key: str) -> None:
        if key in self.tab_widgets:
            self.tabs.setCurrentWidget(self.tab_widgets[key])

    def _permissions_changed(self) -> None:
        self.identities_tab.set_reply_communities(self.permissions_tab.reply_community_ids())
        self._mark_problems()

    def _identities_changed(self) -> None:
        self.permissions_tab.set_identity_communities(self.identities_tab.community_ids())
        self._mark_problems()

    def _mark_problems(self) -> None:
        index = self.tabs.indexOf(self.permissions_tab)
        problems = self.permissions_tab.problems()
        self.tabs.setTabIcon(index, icon("alert", WARNING_COLOUR) if problems else QIcon())
        self.tabs.setTabToolTip(index, self.permissions_tab.problem_label.text() if problems else "")

    # ---- saving ---------------------------------------------------------------------------------
    def user_form(self) -> UserForm:
        values: dict[str, Any] = {}
        for tab in self.tab_widgets.values():
            tab.collect(values)
        return UserForm(**values)

    def save(self) -> bool:
        if self.read_only:
            self.reject()
            return False
        form, users = self.user_form(), self.session.users
        self.clear_errors()
        try:
            if self.user_id is not None:
                saved = self._update(self.user_id, form)
                if saved is None:
                    return False
                row: UserRow = saved
            elif self.invite:
                row = users.invite_user(form)
            else:
                row = users.create_user(form)
        except ValidationError as exc:
            self.show_validation_error(exc)
            return False
        except DomainError as exc:
            self.form.show_form_error(exc.message)
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.saved_object = row
        self.saved.emit(row)
        self.accept()
        return True

    def _update(self, user_id: int, form: UserForm) -> UserRow | None:
        """Saves over the version loaded; a stale one asks: keep mine, take theirs, or cancel."""
        try:
            return self.session.users.update_user(user_id, form, version=self.version)
        except Conflict as exc:
            if not exc.is_stale_edit:
                raise
            resolution = resolve_stale_edit(self, exc, self.conflict_labels())
            if resolution is Resolution.KEEP_MINE:
                return self.session.users.update_user(user_id, form, version=exc.current_version)
            if resolution is Resolution.TAKE_THEIRS:
                self.reload()
            return None

    def conflict_labels(self) -> dict[str, str]:
        """The conflict dialog's names for the fields the service compares."""
        return {
            "firstname": self.tr("First name"),
            "lastname": self.tr("Last name"),
            "nickname": self.tr("Nickname"),
            "email": self.tr("E-mail"),
            "role": self.tr("Role"),
            "locale": self.tr("Language"),
            "timezone": self.tr("Time zone"),
            "spoken_languages": self.tr("Spoken languages"),
            "teams": self.tr("Teams"),
            "categories": self.tr("Categories"),
            "source_permissions": self.tr("Channel permissions"),
            "identities": self.tr("Identities"),
            "capacity": self.tr("Agent capacity"),
            "signatures": self.tr("Signatures"),
        }

    def reload(self) -> None:
        """ "Take theirs": the form shows the user as saved now, and saves over that version."""
        assert self.user_id is not None
        current = self.tabs.currentIndex()
        detail = self.session.users.get_user(self.user_id)
        choices = UserChoicesService(self.session.ctx).editor_choices()
        self.detail, self.version = detail, detail.version
        self._build_tabs(EditorContext(self.session, choices, detail, self.read_only, self.invite))
        self.tabs.setCurrentIndex(current)
        self.unsaved.remember()

    def clear_errors(self) -> None:
        self.form.clear_errors()
        for key, tab in self.tab_widgets.items():
            tab.form.clear_errors()
            if key != "permissions":
                mark_tab_error(self.tabs, tab, False)
        self._mark_problems()

    def show_validation_error(self, exc: ValidationError) -> None:
        pages = [(tab, tab.form) for tab in self.tab_widgets.values()]
        leftovers = show_errors_on_tabs(self.tabs, pages, exc.errors)
        if leftovers:
            self.form.show_form_error("\n".join(message_text(m) for m in leftovers.values()))

    def tab_has_error_mark(self, key: str) -> bool:
        return not self.tabs.tabIcon(self.tabs.indexOf(self.tab_widgets[key])).isNull()
