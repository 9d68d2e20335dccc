"""Reply assistant import/export: the column mapping, per-line problems (missing label, unknown
group/category/source, bad language code, HTML the sanitiser changed as a diff), CSV in Latin-1
or with a BOM, a malformed XLSX, all-or-nothing vs skipping bad entries, cancel, and a lossless
round trip in CSV and XLSX (formula-like text included)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from agent_tools_helpers import events
from conftest import Signed, _open, make_admin
from users_helpers import build_world

from engage_desktop.db import Database
from engage_desktop.services.agent_tools.entries import EntryForm, ReplyAssistantService, VersionForm
from engage_desktop.services.agent_tools.entry_import import ReplyAssistantImportService
from engage_desktop.services.agent_tools.entry_sheet import COLUMNS, guess_mapping, read_sheet
from engage_desktop.services.agent_tools.groups import GroupForm, ReplyAssistantGroupService
from engage_desktop.services.core.errors import ValidationError
from engage_desktop.services.core.listing import ListQuery

HEADER = ["Label", "Shortcuts", "Group", "Categories", "Language", "Format", "Body", "Sources"]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows([HEADER, *rows])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def test_mapping_preview_reports_each_bad_line(sqlite_admin: Signed, tmp_path: Path) -> None:
    world = build_world(sqlite_admin)
    ReplyAssistantGroupService(sqlite_admin.ctx).create_group(GroupForm("Billing"))
    path = write_csv(
        tmp_path / "entries.csv",
        [
            [
                "Refunds",
                "#refund",
                "Billing",
                "Products/Refunds",
                "en",
                "text",
                "Refunded in 5 days",
                "Support mailbox",
            ],
            ["", "#x", "", "", "en", "text", "No label", ""],
            ["Ghost group", "", "Nope", "", "en", "text", "a", ""],
            ["Ghost category", "", "", "Products/Nope", "en", "text", "a", ""],
            ["Ghost source", "", "", "", "en", "text", "a", "Fax line"],
            ["Bad language", "", "", "", "klingon", "text", "a", ""],
            ["Scripted", "", "", "", "en", "html", '<p onclick="x()">Hi</p><script>steal()</script>', ""],
        ],
    )
    service = ReplyAssistantImportService(sqlite_admin.ctx)
    sheet = service.read_file(path)
    mapping = guess_mapping(sheet.headers)
    assert mapping == {
        "label": 0,
        "shortcuts": 1,
        "group": 2,
        "categories": 3,
        "language": 4,
        "format": 5,
        "body": 6,
        "sources": 7,
    }
    preview = service.preview(sheet, mapping)
    problems = {line.line: [str(p) for p in line.problems] for line in preview.lines}
    assert problems[2] == []
    assert problems[3] == ["The label is missing."]
    assert problems[4] == ["No group is named “Nope”."]
    assert problems[5] == ["No category “Products/Nope”."]
    assert problems[6] == ["No channel is named “Fax line”."]
    assert problems[7] == ["“klingon” is not a language code we know (for example en, fr, de)."]
    scripted = preview.lines[-1]
    assert scripted.problems == [] and any("onclick" in d for d in scripted.sanitised)
    assert any(d.startswith("-") and "script" in d for d in scripted.sanitised)
    assert preview.problem_count == 5 and len(preview.entries) == 2

    with pytest.raises(ValidationError, match="nothing was imported"):
        service.import_entries(sheet, mapping, all_or_nothing=True)
    assert ReplyAssistantService(sqlite_admin.ctx).count_entries(ListQuery()) == 0

    progress: list[tuple[int, int]] = []
    result = service.import_entries(
        sheet, mapping, all_or_nothing=False, report=lambda d, t: progress.append((d, t))
    )
    assert result is not None and (result.created, result.skipped) == (2, 5)
    assert progress[-1] == (2, 2)
    entries = ReplyAssistantService(sqlite_admin.ctx)
    refunds = entries.get_entry(entries.list_entries(ListQuery(search="refunds"))[0].id)
    assert refunds.category_ids == (world.categories["Refunds"],)
    assert refunds.source_ids == (world.sources["Support mailbox"],)
    scripted_entry = entries.get_entry(entries.list_entries(ListQuery(search="scripted"))[0].id)
    assert "onclick" not in scripted_entry.versions[0].body
    assert len(events(sqlite_admin, "reply_assistant_knowledge_base_entry.created")) == 2


def test_mapping_must_name_the_required_columns(sqlite_admin: Signed, tmp_path: Path) -> None:
    service = ReplyAssistantImportService(sqlite_admin.ctx)
    sheet = service.read_file(write_csv(tmp_path / "e.csv", [["A", "", "", "", "en", "text", "b", ""]]))
    with pytest.raises(ValidationError, match="language, body"):
        service.preview(sheet, {"label": 0})


@pytest.mark.parametrize("encoding", ["latin-1", "utf-8-sig", "cp1252"])
def test_csv_in_latin1_or_with_a_bom_is_read(sqlite_admin: Signed, tmp_path: Path, encoding: str) -> None:
    path = write_csv(
        tmp_path / "e.csv",
        [["Réponse élégante", "", "", "", "fr", "text", "Ça marche, à bientôt", ""]],
        encoding,
    )
    service = ReplyAssistantImportService(sqlite_admin.ctx)
    sheet = service.read_file(path)
    assert sheet.headers[0] == "Label"  # no BOM glued to the first header
    result = service.import_entries(sheet, guess_mapping(sheet.headers))
    assert result is not None and result.created == 1
    (row,) = ReplyAssistantService(sqlite_admin.ctx).list_entries(ListQuery())
    assert row.label == "Réponse élégante"


def test_semicolon_csv_is_read(sqlite_admin: Signed, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "e.csv", [["A", "", "", "", "en", "text", "b; c", ""]], delimiter=";")
    sheet = read_sheet(path)
    assert sheet.rows[0][6] == "b; c"


@pytest.mark.parametrize(
    "content",
    [b"PK\x03\x04 this is not really a zip", b"", b"Label\r\n", b"\x00\x01\x02binary\x00"],
    ids=["malformed-xlsx", "empty", "header-only", "binary"],
)
def test_unreadable_files_are_refused_cleanly(sqlite_admin: Signed, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / ("broken.xlsx" if content.startswith(b"PK") else "broken.csv")
    path.write_bytes(content)
    with pytest.raises(ValidationError) as refused:
        ReplyAssistantImportService(sqlite_admin.ctx).read_file(path)
    assert "file" in refused.value.errors


def test_cancel_writes_nothing(sqlite_admin: Signed, tmp_path: Path) -> None:
    rows = [[f"Entry {i}", "", "", "", "en", "text", f"body {i}", ""] for i in range(20)]
    service = ReplyAssistantImportService(sqlite_admin.ctx)
    sheet = service.read_file(write_csv(tmp_path / "e.csv", rows))
    calls: list[int] = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) > 10

    assert service.import_entries(sheet, guess_mapping(sheet.headers), should_stop=stop) is None
    assert ReplyAssistantService(sqlite_admin.ctx).count_entries(ListQuery()) == 0


def _account(signed: Signed) -> dict[str, int]:
    world = build_world(signed)
    group = ReplyAssistantGroupService(signed.ctx).create_group(GroupForm("Billing"))
    return {"group": group.id, **world.categories, **world.sources}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_is_lossless(sqlite_admin: Signed, tmp_path: Path, suffix: str) -> None:
    ids = _account(sqlite_admin)
    source = ReplyAssistantService(sqlite_admin.ctx)
    forms = [
        EntryForm(
            '=HYPERLINK("http://x")',
            ("@sum", "+plus", "#refund"),
            ids["group"],
            (ids["Refunds"], ids["Shipping"]),
            (ids["Support mailbox"],),
            "-42",
            (
                VersionForm("en", "text", "Line one\nline two, \"quoted\"; semi\ttab\n=cmd|' /C calc'!A0"),
                VersionForm("fr", "html", "<p>Bonjour <b>client</b></p>", (ids["Acme page"],)),
            ),
        ),
        EntryForm("No versions yet", foreign_id="kb-7"),
        EntryForm("'apostrophe", versions=(VersionForm("de", "text", "'=still text"),)),
    ]
    for form in forms:
        source.create_entry(form)
    path = tmp_path / f"reply_assistant-knowledge_base{suffix}"
    lines = ReplyAssistantImportService(sqlite_admin.ctx).export_entries(path)
    assert lines == 4

    def content(signed: Signed) -> list[tuple[object, ...]]:
        service = ReplyAssistantService(signed.ctx)
        details = [service.get_entry(r.id) for r in service.list_entries(ListQuery(sort="label"))]
        return [
            (
                d.label,
                d.shortcuts,
                d.group_id is not None,
                len(d.category_ids),
                len(d.source_ids),
                d.foreign_id,
                tuple((v.language, v.format, v.body, len(v.source_ids)) for v in d.versions),
            )
            for d in details
        ]

    other = make_admin(_fresh_db(tmp_path))
    _account(other)
    importer = ReplyAssistantImportService(other.ctx)
    sheet = importer.read_file(path)
    assert sheet.headers == COLUMNS
    result = importer.import_entries(sheet, guess_mapping(sheet.headers))
    assert result is not None and result.created == 3
    assert content(other) == content(sqlite_admin)
    assert events(sqlite_admin, "export.created")[-1].details["export"] == "reply_assistant-knowledge_base"
    if suffix == ".csv":
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and b"'=HYPERLINK" in raw and b",=" not in raw


def _fresh_db(tmp_path: Path) -> Database:
    return _open(f"sqlite:///{tmp_path}/other.sqlite3")
