"""A reviewer's attacks on the parts of Agent tools, Settings and Channels that take outside text or
files: reply-assistant import/export, e-mail template placeholders, holiday import, time zones,
content-source settings (URLs, addresses, names) and their secrets. Each attack is refused with a
ValidationError naming the field (nothing written) or stored and read back as given; a secret never
reaches the database or the journal; a formula never reaches an export unneutralised."""

from __future__ import annotations

import csv
import io
import json
import logging
import warnings
import zipfile
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from channels_helpers import EMAIL_SETTINGS, community, email_form, sources
from conftest import Signed, _open, make_admin
from hardening.database_state import fingerprint
from sqlalchemy import MetaData, select

from engage_desktop.secrets import SecretStore
from engage_desktop.services.agent_tools.email_templates import EmailTemplateService, TemplateForm, render
from engage_desktop.services.agent_tools.entries import EntryForm, ReplyAssistantService, VersionForm
from engage_desktop.services.agent_tools.entry_import import ReplyAssistantImportService
from engage_desktop.services.agent_tools.entry_sheet import COLUMNS, guess_mapping
from engage_desktop.services.channels.communities import CommunityService
from engage_desktop.services.channels.sources import SourceForm
from engage_desktop.services.core.errors import DomainError, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.settings.account import AccountForm, AccountSettingsService
from engage_desktop.services.settings.api_tokens import ApiTokenService
from engage_desktop.services.settings.business_hours import Holiday
from engage_desktop.services.settings.extensions import ExtensionService
from engage_desktop.services.settings.security import SecurityForm, SecuritySettingsService
from engage_desktop.services.settings.time_sheets import TimeSheetForm, TimeSheetService
from engage_desktop.services.settings.webhooks import WebhookForm, WebhookService

FORMULAS = ["=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)", "\tx", '=HYPERLINK("http://x")']


def everything(signed: Signed) -> str:
    """Every row of every table (the journal included), as text: where a leaked secret would show."""
    metadata = MetaData()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # expression indexes are not reflected; rows are what counts
        metadata.reflect(signed.db.engine)
    parts: list[str] = []
    with signed.db.engine.connect() as connection:
        for table in metadata.tables.values():
            parts.extend(repr(tuple(row)) for row in connection.execute(select(table)))
    return "\n".join(parts)


def refused(signed: Signed, call: Any, field: str) -> ValidationError:
    """The call raises a ValidationError naming `field` and leaves every table as it was."""
    before = fingerprint(signed)
    with pytest.raises(ValidationError) as caught:
        call()
    assert field in caught.value.errors, caught.value.errors
    assert fingerprint(signed) == before, "a refusal wrote something"
    return caught.value


# ---- reply assistant: export neutralises formulas, import restores them -------------------------
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("formula", FORMULAS)
def test_formulas_are_neutralised_in_exports_and_restored_on_import(
    sqlite_admin: Signed, tmp_path: Path, suffix: str, formula: str
) -> None:
    label = formula.strip() or "x"
    ReplyAssistantService(sqlite_admin.ctx).create_entry(
        EntryForm(label, versions=(VersionForm("en", "text", formula),), foreign_id=formula.strip())
    )
    path = tmp_path / f"out{suffix}"
    ReplyAssistantImportService(sqlite_admin.ctx).export_entries(path)
    if suffix == ".csv":
        cells = [c for row in csv.reader(io.StringIO(path.read_text("utf-8-sig"))) for c in row]
    else:
        from openpyxl import load_workbook  # type: ignore[import-untyped]

        book = load_workbook(path, read_only=True)
        cells = [str(v) for row in book.worksheets[0].iter_rows(values_only=True) for v in row if v]
        book.close()
    assert not [c for c in cells if c and c[0] in "=+-@\t\r"], cells
    other = make_admin(_open(f"sqlite:///{tmp_path}/other.sqlite3"))
    importer = ReplyAssistantImportService(other.ctx)
    sheet = importer.read_file(path)
    result = importer.import_entries(sheet, guess_mapping(sheet.headers))
    assert result is not None and result.created == 1
    service = ReplyAssistantService(other.ctx)
    detail = service.get_entry(service.list_entries(ListQuery())[0].id)
    assert detail.label == label and detail.versions[0].body == formula


def test_right_to_left_and_long_bodies_survive_a_csv_round_trip(sqlite_admin: Signed, tmp_path: Path) -> None:
    body = "\u202e" + "é" * 99_990 + "\u200f"
    ReplyAssistantService(sqlite_admin.ctx).create_entry(
        EntryForm("\u202eevil\u202c label", versions=(VersionForm("he", "text", body),))
    )
    path = tmp_path / "rtl.csv"
    ReplyAssistantImportService(sqlite_admin.ctx).export_entries(path)
    other = make_admin(_open(f"sqlite:///{tmp_path}/other.sqlite3"))
    importer = ReplyAssistantImportService(other.ctx)
    sheet = importer.read_file(path)
    assert importer.import_entries(sheet, guess_mapping(sheet.headers)) is not None
    service = ReplyAssistantService(other.ctx)
    detail = service.get_entry(service.list_entries(ListQuery())[0].id)
    assert detail.label == "\u202eevil\u202c label" and detail.versions[0].body == body


def _xlsx_with_sheet_xml(sheet_xml: bytes) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(list(COLUMNS))
    book.active.append(["1", "Label", "", "", "", "", "", "en", "text", "body", ""])
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml
            target.writestr(item, data)
    return out.getvalue()


def _truncated_xlsx() -> bytes:
    whole = _xlsx_with_sheet_xml(b"")
    return whole[: len(whole) // 2]


BAD_FILES: dict[str, tuple[str, bytes]] = {
    "binary": (".csv", bytes(range(256)) * 40),
    "nul-in-utf8": (".csv", b"label,language,body\r\nA\x00,en,x\r\n"),
    "utf16-bom": (".csv", "label,language,body\r\nA,en,x\r\n".encode("utf-16")),
    "truncated-xlsx": (".xlsx", _truncated_xlsx()),
    "xlsx-broken-xml": (".xlsx", _xlsx_with_sheet_xml(b"<worksheet><sheetData><row><c t=")),
    "xlsx-not-xml": (".xlsx", _xlsx_with_sheet_xml(b"\x00\xff garbage")),
    "zip-without-workbook": (".xlsx", b""),
    "field-over-csv-limit": (".csv", b"label,language,body\r\nA,en," + b"x" * 200_000 + b"\r\n"),
    "unterminated-quote": (".csv", b'label,language,body\r\nA,en,"never closed\r\n'),
}


def _zip_without_workbook() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        target.writestr("hello.txt", "not a workbook")
    return out.getvalue()


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_malformed_import_files_are_refused_on_the_file_field(
    sqlite_admin: Signed, tmp_path: Path, name: str
) -> None:
    suffix, content = BAD_FILES[name]
    if name == "zip-without-workbook":
        content = _zip_without_workbook()
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(content)
    service = ReplyAssistantImportService(sqlite_admin.ctx)
    try:
        sheet = service.read_file(path)
    except ValidationError as exc:
        assert "file" in exc.errors, exc.errors
        return
    # read as text: then it must go through the plan without a crash, and write only clean entries
    mapping = guess_mapping(sheet.headers)
    try:
        service.import_entries(sheet, mapping, all_or_nothing=False)
    except ValidationError as exc:
        assert set(exc.errors) & {"file", "mapping"}, exc.errors


def test_wrong_columns_are_refused_on_the_mapping(sqlite_admin: Signed, tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("name;colour;size\r\nA;red;3\r\n", "utf-8")
    service = ReplyAssistantImportService(sqlite_admin.ctx)
    sheet = service.read_file(path)
    refused(sqlite_admin, lambda: service.import_entries(sheet, guess_mapping(sheet.headers)), "mapping")


def test_a_100k_line_file_is_refused_whole(sqlite_admin: Signed, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    lines = ["label,language,body"] + [f"Entry {i},en,body {i}" for i in range(100_000)]
    path.write_text("\r\n".join(lines), "utf-8")
    error = refused(
        sqlite_admin, lambda: ReplyAssistantImportService(sqlite_admin.ctx).read_file(path), "file"
    )
    assert error.errors["file"].code == "reply_assistant_import.too_big"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "cell",
    ["A\x07bell", "A\x7fdel", "A\x85c1", "x" * 300, "two\r\nlines"],
    ids=["bell", "del", "c1", "long", "crlf"],
)
def test_hostile_labels_in_an_import_are_reported_not_written(
    sqlite_admin: Signed, tmp_path: Path, cell: str
) -> None:
    path = tmp_path / "hostile.csv"
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["label", "language", "body"], [cell, "en", "body"]])
    path.write_text(buffer.getvalue(), "utf-8")
    service = ReplyAssistantImportService(sqlite_admin.ctx)
    sheet = service.read_file(path)
    mapping = guess_mapping(sheet.headers)
    preview = service.preview(sheet, mapping)
    if preview.problem_count:
        refused(sqlite_admin, lambda: service.import_entries(sheet, mapping), "file")
        return
    service.import_entries(sheet, mapping)
    entries = ReplyAssistantService(sqlite_admin.ctx)
    label = entries.get_entry(entries.list_entries(ListQuery())[0].id).label
    assert label == " ".join(cell.split())


# ---- e-mail templates: placeholders -------------------------------------------------------------
@pytest.mark.parametrize(
    ("form", "field"),
    [
        (TemplateForm("T", "Hi {{ unknown }}", "", "x"), "subject"),
        (TemplateForm("T", "S", "<p>{{password}}</p>", ""), "body_html"),
        (TemplateForm("T", "S", "", "{{agent_name.__class__}}"), "body_text"),
        (TemplateForm("T", "S", "", "{{\x00}}"), "body_text"),
        (TemplateForm("T", "S", "", "{{\ud800}}"), "body_text"),
        (TemplateForm("T", "S", "", "{{" + "a" * 1_000_000 + "}}"), "body_text"),
        (TemplateForm("T", "S", "", "x" * 1_000_000), "body_text"),
        (TemplateForm("T", "x" * 300, "", "x"), "subject"),
        (TemplateForm("T", "S\x00", "", "x"), "subject"),
        (TemplateForm("\ud800", "S", "", "x"), "name"),
    ],
    ids=[
        "unknown",
        "secret-looking",
        "attribute",
        "nul-name",
        "surrogate-name",
        "megabyte-name",
        "megabyte-body",
        "long-subject",
        "nul-subject",
        "surrogate-name-field",
    ],
)
def test_bad_templates_are_refused_on_their_field(
    sqlite_admin: Signed, form: TemplateForm, field: str
) -> None:
    service = EmailTemplateService(sqlite_admin.ctx)
    refused(sqlite_admin, lambda: service.create_template(form), field)


def test_placeholders_do_not_recurse_and_values_are_escaped(sqlite_admin: Signed) -> None:
    service = EmailTemplateService(sqlite_admin.ctx)
    form = TemplateForm(
        "T", "Re:\r\nBcc: x@evil.test {{agent_name}}", "<p>{{{agent_name}}}</p>", "{{{{date}}}}"
    )
    rendered = service.preview(form)
    assert rendered.text == "{{2026-11-30}}"  # filled once, never filled again
    assert rendered.html == "<p>{Sam Agent}</p>"
    nested = service.preview(TemplateForm("T", "S", "", "{{ {{agent_name}} }}"))
    assert nested.text == "{{ Sam Agent }}"  # the inner placeholder only, once
    created = service.create_template(form)
    assert created.form.subject == "Re: Bcc: x@evil.test {{agent_name}}"  # one line: no header injection
    assert "\r" not in created.form.subject and "\n" not in created.form.subject


# ---- settings: time zones, numbers, holidays ----------------------------------------------------
@pytest.mark.parametrize(
    "zone", ["Mars/Olympus_Mons", "../../etc/passwd", "", "UTC\x00", "\ud800", "Europe/Paris " * 1000, "utc"]
)
def test_unknown_time_zones_are_refused(sqlite_admin: Signed, zone: str) -> None:
    refused(
        sqlite_admin,
        lambda: AccountSettingsService(sqlite_admin.ctx).update_account_settings(AccountForm(timezone=zone)),
        "timezone",
    )
    refused(
        sqlite_admin,
        lambda: TimeSheetService(sqlite_admin.ctx).create_time_sheet(TimeSheetForm("Sheet", zone)),
        "timezone",
    )


@pytest.mark.parametrize("value", [2**70, -1, -(2**63), 10**100, 1.5, "80", None, True, float("nan")])
@pytest.mark.parametrize(
    "field", ["urgent_task_threshold", "intervention_closing_period", "activity_presence_threshold"]
)
def test_account_numbers_out_of_range_are_refused(sqlite_admin: Signed, field: str, value: Any) -> None:
    form = AccountForm(**{field: value})
    refused(
        sqlite_admin, lambda: AccountSettingsService(sqlite_admin.ctx).update_account_settings(form), field
    )


@pytest.mark.parametrize("day", [date(2024, 2, 29), date(9999, 12, 31), date(1, 1, 1)])
def test_holidays_on_edge_days_are_kept(admin: Signed, day: date) -> None:
    service = TimeSheetService(admin.ctx)
    sheet = service.create_time_sheet(
        TimeSheetForm("Sheet", "Europe/Paris", holidays=(Holiday(day, "Edge"),))
    )
    assert service.get_time_sheet(sheet.id).holidays == (Holiday(day, "Edge"),)
    calendar = service.get_time_sheet(sheet.id).calendar()
    assert calendar.holiday_name is not None


ICS = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{start}\r\nDTEND;VALUE=DATE:{end}\r\nSUMMARY:{name}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"


@pytest.mark.parametrize(
    "text",
    [
        ICS.format(start="99991231", end="00010101", name="Backwards"),
        ICS.format(start="00010101", end="00010101", name="Zero span"),
        ICS.format(start="20250229", end="20250301", name="No such day"),
        ICS.format(start="99991230", end="99991231", name="Last"),
        "date,name\r\n2025-02-29,Nope\r\n",
        "\x00\x01\x02",
        "\ud800",
    ],
    ids=[
        "ends-before-year-1",
        "zero-span",
        "feb-29-2025",
        "year-9999",
        "csv-feb-29-2025",
        "binary",
        "surrogate",
    ],
)
def test_malformed_holiday_files_never_crash(admin: Signed, text: str) -> None:
    service = TimeSheetService(admin.ctx)
    sheet = service.create_time_sheet(TimeSheetForm("Sheet", "UTC"))
    before = fingerprint(admin)
    try:
        result = service.import_holidays(sheet.id, text)
    except DomainError:
        assert fingerprint(admin) == before
        return
    for holiday in result.detail.holidays:
        assert holiday.day.year in (1, 9999) or holiday.day.year >= 1900


@pytest.mark.parametrize(
    "name",
    ["bad\x00name", "lone \ud800", "bell\x07", "x" * 1_000_000, "del\x7f"],
    ids=["nul", "surrogate", "bell", "megabyte", "del"],
)
@pytest.mark.parametrize("kind", ["csv", "ics"])
def test_imported_holiday_names_are_checked_like_typed_ones(admin: Signed, name: str, kind: str) -> None:
    service = TimeSheetService(admin.ctx)
    sheet = service.create_time_sheet(TimeSheetForm("Sheet", "UTC"))
    text = (
        f"2026-12-25,{name}\r\n" if kind == "csv" else ICS.format(start="20261225", end="20261226", name=name)
    )
    error = refused(admin, lambda: service.import_holidays(sheet.id, text), "holidays")
    codes = {"time_sheet.holiday_name", "time_sheet.no_holidays"}  # a line too long to read: none left
    assert error.errors["holidays"].code in codes  # type: ignore[attr-defined]


# ---- channels: source settings, URLs, secrets ---------------------------------------------------
@pytest.mark.parametrize(
    "text", ["lone \ud800", "del\x7f", "c1\x85x", "nul\x00"], ids=["surrogate", "del", "c1", "nul"]
)
@pytest.mark.parametrize("key", ["imap_username", "smtp_username", "from_name", "mailboxes", "from_address"])
def test_email_settings_refuse_unstorable_text(admin: Signed, key: str, text: str) -> None:
    service = sources(admin)
    community_id = community(admin, "Mail", "email")
    value: Any = [text] if key == "mailboxes" else (f"a{text}@b.example" if key == "from_address" else text)
    refused(
        admin, lambda: service.create_source("email", email_form(community_id, settings={key: value})), key
    )


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "http://bot.test/hook",
        "https://user:hunter2@bot.test/hook",
        "https://token@bot.test/hook",
        "https://bot.test/\ud800",
        "https://bot.test/\x7f",
        "https://bot.test/" + "a" * 1_000_000,
        " https://bot.test/\r\nX-Evil: 1",
    ],
    ids=["javascript", "file", "http", "password", "username", "surrogate", "del", "megabyte", "crlf"],
)
def test_sdk_endpoint_urls_are_refused(admin: Signed, url: str) -> None:
    service = sources(admin)
    sdk = community(admin, "SDK", "source_sdk")
    refused(
        admin,
        lambda: service.create_source("source_sdk", SourceForm("Bot", sdk, settings={"endpoint_url": url})),
        "endpoint_url",
    )
    assert "hunter2" not in everything(admin)


@pytest.mark.parametrize("text", ["lone \ud800", "del\x7f"], ids=["surrogate", "del"])
@pytest.mark.parametrize("key", ["account_id", "app_id"])
def test_social_settings_refuse_unstorable_text(admin: Signed, key: str, text: str) -> None:
    service = sources(admin)
    wa = community(admin, "WhatsApp", "whatsapp")
    settings = {"account_id": "+33 6 12", "app_id": "987", key: text}
    refused(admin, lambda: service.create_source("whatsapp", SourceForm("WA", wa, settings=settings)), key)


SECRET = "s3cr3t-\u202e-\u00e9-value"


def test_secrets_reach_the_keyring_only(
    admin: Signed, memory_keyring: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    service = sources(admin)
    community_id = community(admin, "Mail", "email")
    refused(
        admin,
        lambda: service.create_source("email", email_form(community_id, settings={"imap_password": SECRET})),
        "imap_password",
    )
    created = service.create_source(
        "email", email_form(community_id), {"imap_password": SECRET, "smtp_password": SECRET + "2"}
    )
    service.update_source(
        created.id, email_form(community_id, name="Renamed"), {"imap_password": SECRET + "3"}
    )
    dump = everything(admin)
    assert SECRET not in dump and "s3cr3t" not in dump
    assert "s3cr3t" not in caplog.text
    assert SECRET + "3" in memory_keyring.store.values()


@pytest.mark.parametrize(
    "name",
    ["Line\r\nbreak", "\u202eevil", "=cmd|' /C calc'!A0", "@SUM(1)"],
    ids=["crlf", "rtl", "formula", "at"],
)
def test_source_and_community_names_are_one_line_and_kept(admin: Signed, name: str) -> None:
    created = CommunityService(admin.ctx).create_community(name, "email")
    assert created.name == " ".join(name.split())
    source = sources(admin).create_source("email", email_form(created.id, name=name))
    assert sources(admin).get_source(source.id).name == " ".join(name.split())


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"sla_response": 2**70}, "sla_response"),
        ({"sla_response": -1}, "sla_response"),
        ({"sla_threshold": "1e3"}, "sla_threshold"),
        ({"color": 2**70}, "color"),
        ({"default_task_priority": float("inf")}, "default_task_priority"),
        ({"content_archiving_period": 10**100}, "content_archiving_period"),
        ({"settings": dict(EMAIL_SETTINGS, imap_port="9" * 5000)}, "imap_port"),
        ({"settings": dict(EMAIL_SETTINGS, imap_port=2**70)}, "imap_port"),
        ({"settings": dict(EMAIL_SETTINGS, reopen_thread_days=-1)}, "reopen_thread_days"),
        ({"content_languages": ("\ud800",)}, "content_languages"),
    ],
    ids=[
        "sla-huge",
        "sla-negative",
        "threshold-text",
        "colour-huge",
        "priority-inf",
        "archiving-huge",
        "port-5000-digits",
        "port-huge",
        "days-negative",
        "language-surrogate",
    ],
)
def test_source_numbers_out_of_range_are_refused(admin: Signed, changes: dict[str, Any], field: str) -> None:
    community_id = community(admin, "Mail", "email")
    form = email_form(community_id)
    form = SourceForm(**{**form.__dict__, **changes})
    refused(admin, lambda: sources(admin).create_source("email", form), field)


# ---- settings: extension settings (JSON), tokens -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        '{"a": ' + "[" * 9_000 + "]" * 9_000 + "}",
        '{"a": ' + '{"b": ' * 3_000 + "1" + "}" * 3_000 + "}",
        '{"a": NaN}',
        '{"a": Infinity}',
        '{"a": -Infinity}',
        '{"a": 1e999}',
        '{"a": ' + "9" * 5_000 + "}",
        '{"a": "\\ud800"}',
        '{"\\u0000": 1}',
        "[1, 2]",
        "\ufeff{}",
    ],
    ids=[
        "deep-lists",
        "deep-objects",
        "nan",
        "infinity",
        "minus-infinity",
        "overflow",
        "5000-digits",
        "escaped-surrogate",
        "escaped-nul-key",
        "not-object",
        "bom",
    ],
)
def test_extension_settings_that_no_database_keeps_are_refused(admin: Signed, text: str) -> None:
    refused(admin, lambda: ExtensionService(admin.ctx).update_extension("video", text), "settings")


@pytest.mark.parametrize("depth", [10, 900, 990])
def test_deep_but_parsable_extension_settings_never_crash(admin: Signed, depth: int) -> None:
    text = '{"a": ' + "[" * depth + '"\\u0007"' + "]" * depth + "}"
    refused(admin, lambda: ExtensionService(admin.ctx).update_extension("video", text), "settings")


def test_extension_settings_are_kept_as_given(admin: Signed) -> None:
    text = '{"label": "\\u202eevil", "formula": "=cmd|\' /C calc\'!A0", "big": 12345678901234567890}'
    row = ExtensionService(admin.ctx).update_extension("video", text)
    again = ExtensionService(admin.ctx).list_extensions(ListQuery())
    kept = next(r for r in again if r.name == "video")
    assert kept.settings == row.settings == json.loads(text)


def test_api_token_and_webhook_secrets_stay_out_of_the_database(
    admin: Signed, memory_keyring: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    created = ApiTokenService(admin.ctx, SecretStore()).create_api_token("=cmd|' /C calc'!A0", admin.user.id)
    WebhookService(admin.ctx, SecretStore()).create_webhook(
        WebhookForm("Hook", "https://hooks.example/x", ("user.created",), verify_token=SECRET)
    )
    dump = everything(admin)
    assert created.value not in dump and SECRET not in dump
    assert created.value not in caplog.text and SECRET not in caplog.text and SECRET not in repr(created)
    assert created.value in memory_keyring.store.values() and SECRET in memory_keyring.store.values()


@pytest.mark.parametrize(
    "url",
    [
        "https://user:hunter2@hooks.example/x",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "http://hooks.example/x",
    ],
)
def test_webhook_urls_with_credentials_or_other_schemes_are_refused(admin: Signed, url: str) -> None:
    service = WebhookService(admin.ctx, SecretStore())
    refused(admin, lambda: service.create_webhook(WebhookForm("Hook", url, ("user.created",))), "url")


def test_xlsx_escaped_control_characters_are_reported_not_written(
    sqlite_admin: Signed, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["label", "language", "body"])
    book.active.append(["bell_x0007_label", "en", "nul_x0000_body"])
    path = tmp_path / "escaped.xlsx"
    book.save(path)
    service = ReplyAssistantImportService(sqlite_admin.ctx)
    sheet = service.read_file(path)
    mapping = guess_mapping(sheet.headers)
    assert sheet.rows[0][0] == "bell\x07label"  # OOXML's escape, read as Excel reads it
    assert service.preview(sheet, mapping).problem_count == 1
    refused(sqlite_admin, lambda: service.import_entries(sheet, mapping), "file")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"content_languages": (["en"],)}, "content_languages"),
        ({"content_languages": ({"a": 1},)}, "content_languages"),
        ({"settings": ["imap_host"]}, "settings"),
        ({"settings": None}, "settings"),
        ({"settings": "imap_host=x"}, "settings"),
        ({"settings": dict(EMAIL_SETTINGS, **{"x" * 100_000: 1})}, "x" * 64),
    ],
    ids=["language-list", "language-dict", "settings-list", "settings-none", "settings-text", "megabyte-key"],
)
def test_source_forms_of_the_wrong_shape_are_refused(
    admin: Signed, changes: dict[str, Any], field: str
) -> None:
    community_id = community(admin, "Mail", "email")
    form = SourceForm(**{**email_form(community_id).__dict__, **changes})
    refused(admin, lambda: sources(admin).create_source("email", form), field)


@pytest.mark.parametrize("secret", ["lone \ud800", "two\r\nlines", "nul\x00", "x" * 5000])
def test_secrets_no_keyring_can_hold_are_refused(admin: Signed, memory_keyring: Any, secret: str) -> None:
    community_id = community(admin, "Mail", "email")
    refused(
        admin,
        lambda: sources(admin).create_source("email", email_form(community_id), {"imap_password": secret}),
        "imap_password",
    )
    assert not memory_keyring.store


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize(
    "body",
    [
        "one\r\ntwo",
        "one\rtwo",
        "tab\there",
        "non-character \uffff\ufffe",
        "astral 😀 \U0010fffd",
        "line\u2028sep",
    ],
    ids=["crlf", "cr", "tab", "noncharacter", "astral", "line-separator"],
)
def test_bodies_survive_an_export_import_round_trip(
    sqlite_admin: Signed, tmp_path: Path, suffix: str, body: str
) -> None:
    ReplyAssistantService(sqlite_admin.ctx).create_entry(
        EntryForm("Entry", ("short\u2028cut",), versions=(VersionForm("en", "text", body),))
    )
    path = tmp_path / f"out{suffix}"
    ReplyAssistantImportService(sqlite_admin.ctx).export_entries(path)
    other = make_admin(_open(f"sqlite:///{tmp_path}/other.sqlite3"))
    importer = ReplyAssistantImportService(other.ctx)
    sheet = importer.read_file(path)
    assert importer.import_entries(sheet, guess_mapping(sheet.headers)) is not None
    service = ReplyAssistantService(other.ctx)
    detail = service.get_entry(service.list_entries(ListQuery())[0].id)
    assert detail.versions[0].body == body


def test_a_100k_line_holiday_file_says_what_it_left_out(sqlite_admin: Signed) -> None:
    service = TimeSheetService(sqlite_admin.ctx)
    sheet = service.create_time_sheet(TimeSheetForm("Sheet", "UTC"))
    text = "\r\n".join(f"{date.fromordinal(730_000 + i).isoformat()},Day {i}" for i in range(100_000))
    result = service.import_holidays(sheet.id, text)
    assert result.added == 2000
    assert [p.code for p in result.problems] == ["time_sheet.too_many_holidays"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "value",
    [
        "javascript:alert(1)",
        '" onmouseover="alert(1)',
        "<script>alert(1)</script>",
        "{{agent_name}}",
        "\u202eevil",
    ],
    ids=["javascript-url", "attribute-break", "script", "placeholder", "rtl"],
)
def test_hostile_customer_values_fill_placeholders_harmlessly(value: str) -> None:
    form = TemplateForm(
        "T",
        "Hi {{customer_firstname}}",
        '<p><a href="{{customer_firstname}}">{{customer_firstname}}</a></p>',
        "{{customer_firstname}}",
    )
    rendered = render(form, {"customer_firstname": value})
    tags: list[tuple[str, list[tuple[str, str | None]]]] = []
    parser = HTMLParser()
    parser.handle_starttag = lambda tag, attrs: tags.append((tag, attrs))  # type: ignore[method-assign]
    parser.feed(rendered.html)
    assert {tag for tag, _ in tags} <= {"p", "a"}
    attributes = [(name, v or "") for _, attrs in tags for name, v in attrs]
    assert all(name in ("href", "rel") for name, _ in attributes), attributes
    assert not [v for name, v in attributes if name == "href" and "javascript" in v.casefold()]
    assert rendered.text == value and rendered.subject == f"Hi {value}"  # filled once, not again


@pytest.mark.parametrize(
    "mapping",
    [
        {"label": "0", "language": 1, "body": 2},
        {"label": None, "language": 1, "body": 2},
        {"label": 2**70, "language": -1, "body": True},
        {"label": 0.5, "language": [1], "body": 2},
    ],
    ids=["text-index", "none-index", "out-of-range", "float-and-list"],
)
def test_hostile_column_mappings_never_crash(
    sqlite_admin: Signed, tmp_path: Path, mapping: dict[str, Any]
) -> None:
    path = tmp_path / "ok.csv"
    path.write_text("label,language,body\r\nHello,en,World\r\n", "utf-8")
    service = ReplyAssistantImportService(sqlite_admin.ctx)
    sheet = service.read_file(path)
    preview = service.preview(sheet, mapping)
    assert preview.problem_count == 1  # the label or the language is missing: nothing else is read
    refused(sqlite_admin, lambda: service.import_entries(sheet, mapping), "file")


@pytest.mark.parametrize(
    "text",
    [
        "fe80::1%\x00",
        "fe80::1%\ud800",
        "fe80::1%" + "x" * 1_000_000,
        "fe80::1%eth0",
        "1.2.3.4/33",
        "=cmd|' /C calc'!A0",
    ],
    ids=["scope-nul", "scope-surrogate", "scope-megabyte", "scope", "prefix-33", "formula"],
)
def test_api_ip_ranges_that_are_no_network_are_refused(admin: Signed, text: str) -> None:
    form = SecurityForm(api_allowed_ip_ranges=("10.0.0.0/8", text))
    error = refused(
        admin,
        lambda: SecuritySettingsService(admin.ctx).update_security_settings(form),
        "api_allowed_ip_ranges",
    )
    assert error.errors["api_allowed_ip_ranges"].code == "security.bad_ip_range"  # type: ignore[attr-defined]


def test_api_ip_ranges_are_kept_normalised(admin: Signed) -> None:
    form = SecurityForm(api_allowed_ip_ranges=(" 10.1.2.3/8 ", "2001:DB8::/32", "::ffff:10.0.0.1"))
    saved = SecuritySettingsService(admin.ctx).update_security_settings(form)
    assert saved.form.api_allowed_ip_ranges == ("10.0.0.0/8", "2001:db8::/32", "::ffff:a00:1/128")


@pytest.mark.parametrize("type_key", ["x" * 1_000_000, ["email"], None, "email\x00", "EMAIL"])
def test_unknown_channel_types_are_refused_briefly(admin: Signed, type_key: Any) -> None:
    error = refused(admin, lambda: CommunityService(admin.ctx).create_community("Mail", type_key), "type")
    assert len(error.errors["type"]) < 200
    community_id = community(admin, "Mail", "email")
    error = refused(admin, lambda: sources(admin).create_source(type_key, email_form(community_id)), "type")
    assert len(error.errors["type"]) < 200
