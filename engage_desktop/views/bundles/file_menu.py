"""The File menu's bundle commands (export, import into a workspace, merge a workspace back) and
the marks that tell a workspace window from the main database's: its title, status bar and banner.

Administrators only (the services check again: update_settings and manage_roles). Opening a new
workspace goes through the window's `open_database_requested`: the application signs out here and
signs in on the workspace file, with the same pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from engage_desktop.config import SETTINGS_DB_URL, choose_database_url
from engage_desktop.services.access.permissions import Permission
from engage_desktop.views.shell.status_bar import database_place

if TYPE_CHECKING:  # the dialogs are imported when first used, not with the main window
    from engage_desktop.views.bundles.export_flow import BundleExport
    from engage_desktop.views.bundles.import_dialog import ImportWorkspaceDialog
    from engage_desktop.views.bundles.merge_dialog import MergeWorkspaceDialog
    from engage_desktop.views.shell.actions import ShellActions


class BundleFileActions(QObject):
    def __init__(self, commands: ShellActions) -> None:
        super().__init__(commands)
        self.commands = commands
        self.window = window = commands.window
        session = window.session
        self.export: BundleExport | None = None
        self.dialog: QDialog | None = None
        administrator = session.can(Permission.UPDATE_SETTINGS) and session.can(Permission.MANAGE_ROLES)
        self.workspace = session.workspace
        self.export_action = commands._action(
            self.tr("E&xport configuration to a bundle…"), self.export_bundle, "exportBundle"
        )
        self.import_action = commands._action(
            self.tr("&Import a bundle into a workspace…"), self.import_bundle, "importBundle"
        )
        self.merge_action = commands._action(
            self.tr("Mer&ge this workspace into…"), self.merge_workspace, "mergeWorkspace"
        )
        self.export_action.setVisible(administrator)
        self.import_action.setVisible(administrator)
        self.merge_action.setVisible(administrator and self.workspace is not None)
        menu = commands.menus["fileMenu"]
        before = commands.compare_bundle
        for action in (self.export_action, self.import_action, self.merge_action):
            menu.insertAction(before, action)
        from engage_desktop.views.bundles.platform_menu import PlatformCommands

        self.platform = PlatformCommands(commands)  # plan and apply to / pull a platform account
        if self.workspace is not None:
            self._mark_workspace()

    # ---- a workspace window ---------------------------------------------------------------------
    def workspace_name(self) -> str:
        return Path(database_place(self.window.session.database.display_url)).name

    def _mark_workspace(self) -> None:
        name = self.workspace_name()
        place = database_place(self.window.session.database.display_url)
        self.window.setWindowTitle(
            self.tr("Workspace: %1 — Engage Desktop — %2")
            .replace("%1", name)
            .replace("%2", self.window.session.account_name)
        )
        label = self.window.status_bar.database_label
        label.setText(self.tr("Workspace: %1").replace("%1", name))
        label.setToolTip(self.tr("Workspace (not the main database): %1").replace("%1", place))
        label.setProperty("workspace", True)
        self.window.show_notice(
            "workspace",
            self.tr(
                "This is the workspace %1, not the main database: changes stay in this file until you "
                "merge them (File › Merge this workspace into…)."
            ).replace("%1", name),
        )

    # ---- commands -------------------------------------------------------------------------------
    def export_bundle(self) -> None:
        from engage_desktop.views.bundles.export_flow import choose_export_path

        path = choose_export_path(self.window)
        if path is not None:
            self.start_export(path)

    def start_export(self, path: Path) -> BundleExport:
        from engage_desktop.views.bundles.export_flow import BundleExport

        export = BundleExport(self.window.session.ctx, path, self.window)
        self.export = export
        export.start()
        return export

    def import_bundle(self) -> ImportWorkspaceDialog:
        from engage_desktop.views.bundles.import_dialog import ImportWorkspaceDialog

        dialog = ImportWorkspaceDialog(self.window.session.bundles, self.window)
        dialog.open_requested.connect(self.window.open_database_requested)
        self._open(dialog)
        return dialog

    def main_database_url(self) -> str:
        saved = str(self.window._settings.value(SETTINGS_DB_URL, "") or "")
        url = choose_database_url(saved).url
        if url == self.window.session.database.url:
            return ""
        return database_place(url) if url.startswith("sqlite") else url  # a file shows as its path

    def merge_workspace(self) -> MergeWorkspaceDialog:
        from engage_desktop.views.bundles.merge_dialog import MergeWorkspaceDialog

        session = self.window.session
        dialog = MergeWorkspaceDialog(
            session.ctx, session.database.url, self.main_database_url(), session.user.email, self.window
        )
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        self.commands._open(dialog)
        self.dialog = dialog
