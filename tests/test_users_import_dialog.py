"""CSV import and export from the Users page (real widgets, SQLite): the preview and how it shows
problems, the all-or-nothing switch, importing on a worker thread, a cancelled import, an export."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Signed
from plural_text import plural_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from qt_helpers import wait_loaded
from test_widgets import answer_next_modal, close_message
from users_helpers import build_world

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.csv_format import COLUMNS
from engage_desktop.services.users.csv_import import ImportCancelled, UserImportService
from engage_desktop.services.users.export import ExportFormat
from engage_desktop.views.users.transfer import ExportFieldsDialog
from engage_desktop.views.users.users_import_dialog import (
    FIRST_VALUE_COLUMN,
    STATUS_COLUMN,
    UsersImportDialog,
)
from engage_desktop.views.users.users_page import UsersPage

CSV = (
    "firstname;lastname;nickname;email;role;teams;locale;timezone;enabled\n"
    "Bea;Brown;bea;bea@example.com;Agent;Care;fr;Europe/Paris;1\n"
    "Carl;Chen;carl;carl@example;Agent;Care;en;UTC;1\n"
    "Dina;Diaz;dina;dina@example.com;Wizard;Nowhere;en;Mars/Base;perhaps\n"
)


@pytest.fixture
def page(qtbot, app_session: AppSession) -> UsersPage:
    build_world(Signed(app_session.database, app_session.ctx, app_session.user))
    widget = UsersPage(app_session)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    wait_loaded(widget)
    return widget


def preview_of(page: UsersPage, tmp_path: Path, text: str = CSV) -> UsersImportDialog:
    path = tmp_path / "agents.csv"
    path.write_text(text, encoding="utf-8")
    dialog = page.transfer.import_file(path)
    assert isinstance(dialog, UsersImportDialog)
    return dialog


def test_the_preview_shows_each_problem_at_its_line_and_column(page: UsersPage, tmp_path: Path) -> None:
    dialog = preview_of(page, tmp_path)
    assert "agents.csv" in dialog.summary_label.text()
    assert (
        "1 ready to import" in dialog.summary_label.text()
        and "2 with problems" in dialog.summary_label.text()
    )
    model = dialog.model
    assert model.rowCount() == 3
    email = FIRST_VALUE_COLUMN + 3
    bad = model.index(1, email)
    assert model.data(bad) == "carl@example"
    assert model.data(bad, Qt.ItemDataRole.ToolTipRole) == "“carl@example” is not a valid e-mail address."
    assert model.data(bad, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, email), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(0, STATUS_COLUMN), Qt.ItemDataRole.ToolTipRole) == "Ready to import"
    issues = [dialog.issues_list.item(i).text() for i in range(dialog.issues_list.count())]
    assert issues == [
        "Line 3 · email: “carl@example” is not a valid e-mail address.",
        "Line 4 · role: Unknown role “Wizard”.",
        "Line 4 · teams: Unknown team “Nowhere”.",
        "Line 4 · timezone: “Mars/Base” is not a known time zone (e.g. Europe/Paris).",
        "Line 4 · enabled: Write 1 or 0, true or false, yes or no.",
    ]
    dialog.issues_list.itemClicked.emit(dialog.issues_list.item(1))
    assert dialog.table.selectionModel().selectedRows()[0].row() == 2
    dialog.only_problems.setChecked(True)
    assert model.rowCount() == 2
    assert dialog.save_button is not None and dialog.save_button.text() in plural_text("Import 1 user(s)")
    dialog.all_or_nothing.setChecked(True)
    assert not dialog.save_button.isEnabled()
    assert "Every line must be valid" in dialog.rule_label.text()
    dialog.reject()


def test_importing_the_good_lines(page: UsersPage, app_session: AppSession, tmp_path: Path) -> None:
    dialog = preview_of(page, tmp_path)
    assert dialog.save()
    assert [
        r.nickname for r in app_session.users.list_users(ListQuery(search="example", sort="nickname"))
    ] == [
        "ada",
        "bea",
    ]
    assert page.notice_label.text() in plural_text("1 user(s) imported. 2 line(s) left out.")
    wait_loaded(page)
    assert "Bea Brown" in [r.name for r in page.panel.model.loaded_rows()]


def test_a_cancelled_import_writes_nothing_and_says_so(
    page: UsersPage, app_session: AppSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cancelled(self: UserImportService, *args: object, **kwargs: object) -> None:
        raise ImportCancelled()

    dialog = preview_of(page, tmp_path)
    monkeypatch.setattr(UserImportService, "run", cancelled)
    assert not dialog.save()
    assert dialog.form.form_error_label.text() == "The import was cancelled; no user was created."
    assert app_session.users.count_users(ListQuery()) == 1


def test_a_file_that_cannot_be_read_blocks_the_import(page: UsersPage, tmp_path: Path) -> None:
    dialog = preview_of(page, tmp_path, "name,mail\nBea,bea@example.com\n")
    assert "cannot be imported" in dialog.summary_label.text()
    assert dialog.save_button is not None and not dialog.save_button.isEnabled()
    assert dialog.issues_list.item(0).text().startswith("Line 1 · name: Unknown column “name”")


def test_a_missing_file_is_reported(page: UsersPage, tmp_path: Path) -> None:
    seen = answer_next_modal(close_message)
    assert page.transfer.import_file(tmp_path / "nope.csv") is None
    assert seen[0].text().startswith("Cannot read nope.csv")


def test_export_writes_the_listed_users(page: UsersPage, app_session: AppSession, tmp_path: Path) -> None:
    UserImportService(app_session.ctx).run(CSV.encode(), all_or_nothing=False)
    target = tmp_path / "agents.csv"
    assert page.transfer.export_to(target, page.panel.model.query(), ExportFormat("excel", "fr"), COLUMNS)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "firstname;lastname;nickname;email;role;teams;locale;timezone;enabled"
    assert "Bea;Brown;bea;bea@example.com;Agent;Care;fr;Europe/Paris;vrai" in lines
    assert page.notice_label.text() in plural_text("2 user(s) exported to agents.csv.")


def test_the_export_columns_leave_personal_data_unticked(
    page: UsersPage, app_session: AppSession, tmp_path: Path
) -> None:
    UserImportService(app_session.ctx).run(CSV.encode(), all_or_nothing=False)
    choice = ExportFieldsDialog(page)
    assert choice.fields() == ("nickname", "role", "teams", "locale", "timezone", "enabled")
    assert "personal data" in choice.boxes["email"].text() and not choice.boxes["email"].isChecked()
    choice.boxes["email"].setChecked(True)
    target = tmp_path / "agents.csv"
    assert page.transfer.export_to(target, page.panel.model.query(), ExportFormat("bi"), choice.fields())
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "nickname,email,role,teams,locale,timezone,enabled"
    assert "bea,bea@example.com,Agent,Care,fr,Europe/Paris,1" in lines
    for box in choice.boxes.values():
        box.setChecked(False)
    assert not choice.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    choice.reject()


def test_teams_typed_with_semicolons_and_an_empty_line(page: UsersPage, tmp_path: Path) -> None:
    dialog = preview_of(
        page,
        tmp_path,
        "firstname,lastname,nickname,email,role,teams\n"
        "Bea,Brown,bea,bea@example.com,Agent,Care; Billing\n"
        ",,,,,\n"
        "Carl,Chen,carl,carl@example.com,Agent,Care\n",
    )
    assert "|, ; or ," in dialog.help_label.text()
    issues = [dialog.issues_list.item(i).text() for i in range(dialog.issues_list.count())]
    assert issues == ["Line 3: The line is empty."]
    assert dialog.save_button is not None and dialog.save_button.text() in plural_text("Import 2 user(s)")
    dialog.reject()
