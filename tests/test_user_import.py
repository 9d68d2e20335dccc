"""CSV import and export of users on SQLite and PostgreSQL: the preview's per-row problems (line and
column), good rows only or all-or-nothing, nothing left after a cancel or a crash, the export
formats, and the same guards as the editor (escalation, team-leader scope)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Signed
from users_helpers import (
    AGENT_PERMISSIONS,
    World,
    add_member,
    build_world,
    count_users,
    journal,
    user_with_role,
)

from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.errors import DomainError, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.csv_format import COLUMNS, read_table
from engage_desktop.services.users.csv_import import ImportCancelled, UserImportService
from engage_desktop.services.users.export import ExportCancelled, ExportFormat, UserCsvExport
from engage_desktop.services.users.service import UserService

HEADER = "firstname,lastname,nickname,email,role,teams,locale,timezone,enabled\n"
GOOD = (
    "Bea,Brown,bea,bea@example.com,Agent,Care,fr,Europe/Paris,1\n"
    "Carl,Chen,carl,carl@example.com,agent ,Care|Billing,en,Asia/Tokyo,false\n"
)


@pytest.fixture
def world(admin: Signed) -> World:
    return build_world(admin)


def problems(preview: object) -> list[tuple[int, str]]:
    return [(i.line, i.column) for i in preview.issues()]  # type: ignore[attr-defined]


def test_preview_names_the_line_and_column_of_each_problem(admin: Signed, world: World) -> None:
    data = (
        HEADER
        + GOOD
        + "Dina,Diaz,dina,not-an-address,Agent,,,,\n"  # line 4
        + "Eve,Evans,eve,eve@example.com,Wizard,Care,,,\n"  # 5: unknown role
        + "Finn,Fox,finn,finn@example.com,Agent,Night shift,,,\n"  # 6: unknown team
        + "Gus,Gray,BEA,gus@example.com,Agent,,,,\n"  # 7: nickname also on line 2
        + "Hal,Hill,hal,ADA@example.com,Agent,,,,\n"  # 8: e-mail of an existing user
        + "Ivy,Ives,ivy,ivy@example.com,Agent,,,Mars/Base,maybe\n"  # 9: time zone, enabled
        + "\n"
        + 'Jo,"Jones\nJr",jo,jo@example.com,Agent,,xx,,\n'  # 11-12: locale
    )
    preview = UserImportService(admin.ctx).preview(data.encode(), "team.csv")
    assert preview.good_count == 2 and preview.bad_count == 8
    assert problems(preview) == [
        (4, "email"),
        (5, "role"),
        (6, "teams"),
        (7, "nickname"),
        (8, "email"),
        (9, "timezone"),
        (9, "enabled"),
        (10, ""),
        (11, "locale"),
    ]
    messages = {(i.line, i.column): i.message for i in preview.issues()}
    assert messages[(7, "nickname")] == "“BEA” is also on line 2."
    assert messages[(8, "email")] == "“ADA@example.com” is already used by an existing user."
    assert messages[(5, "role")] == "Unknown role “Wizard”."
    assert count_users(admin) == 1  # a preview writes nothing


def test_bom_semicolons_and_header_aliases(admin: Signed, world: World) -> None:
    data = "\ufeffFirst name;Last name;Nickname;E-mail;Role\nBea;Brown;bea;bea@example.com;Agent\n"
    preview = UserImportService(admin.ctx).preview(data.encode("utf-8"))
    assert preview.delimiter == ";" and preview.good_count == 1 and preview.issues() == []


@pytest.mark.parametrize(
    ("data", "line", "column"),
    [
        (b"", 1, ""),
        (b"firstname,lastname,nickname,role\n", 1, "email"),
        (b"firstname,lastname,nickname,email,role,shoe size\n", 1, "shoe size"),
        (HEADER.encode() + b"Bea,Br\xe9own,bea,bea@example.com,Agent,,,,\n", 2, ""),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_whole(
    admin: Signed, world: World, data: bytes, line: int, column: str
) -> None:
    preview = UserImportService(admin.ctx).preview(data)
    assert [(i.line, i.column) for i in preview.file_issues][:1] == [(line, column)]
    with pytest.raises(ValidationError):
        UserImportService(admin.ctx).run(data, all_or_nothing=False)
    assert count_users(admin) == 1


def test_good_rows_are_imported_and_journaled(admin: Signed, world: World) -> None:
    data = (HEADER + GOOD + "Dina,Diaz,dina,bad-address,Agent,,,,\n").encode()
    result = UserImportService(admin.ctx).run(data, all_or_nothing=False, filename="team.csv")
    assert (result.created, result.skipped_lines) == (2, (4,))
    users = UserService(admin.ctx)
    rows = {r.nickname: r for r in users.list_users(ListQuery(search="@example.com"))}
    assert set(rows) == {"ada", "bea", "carl"}
    assert rows["carl"].team_names == ("Billing", "Care") and not rows["carl"].enabled
    assert rows["bea"].invitation_pending
    carl = users.get_user(rows["carl"].id).form
    assert (carl.locale, carl.timezone) == ("en", "Asia/Tokyo")
    events = journal(admin, "user.created")[:2]
    assert {e.details["line"] for e in events} == {2, 3} and events[0].details["import"] == "team.csv"
    assert journal(admin, "user.created")[0].changes["teams"] == {"added": ["Billing", "Care"], "removed": []}


def test_all_or_nothing_imports_nothing_when_one_row_is_bad(admin: Signed, world: World) -> None:
    data = (HEADER + GOOD + "Dina,Diaz,dina,bad-address,Agent,,,,\n").encode()
    with pytest.raises(ValidationError, match="Line 4"):
        UserImportService(admin.ctx).run(data, all_or_nothing=True)
    assert count_users(admin) == 1
    assert UserImportService(admin.ctx).run((HEADER + GOOD).encode(), all_or_nothing=True).created == 2


def many_rows(n: int) -> bytes:
    return (
        HEADER + "".join(f"U{i},Bulk,user{i},user{i}@example.com,Agent,Care,,,\n" for i in range(n))
    ).encode()


def test_cancel_midway_leaves_nothing(admin: Signed, world: World) -> None:
    progress: list[int] = []
    with pytest.raises(ImportCancelled):
        UserImportService(admin.ctx).run(
            many_rows(600),
            all_or_nothing=False,
            should_stop=lambda: len(progress) >= 2,
            report=lambda done, _total: progress.append(done),
        )
    assert progress == [250, 500]
    assert count_users(admin) == 1
    assert audit.verify_chain(admin.db.session_factory()).ok


def test_a_crash_midway_leaves_nothing(admin: Signed, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    real = audit.prepare_event
    calls = {"n": 0}

    def failing(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 400:
            raise RuntimeError("disk on fire")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(audit, "prepare_event", failing)
    with pytest.raises(RuntimeError):
        UserImportService(admin.ctx).run(many_rows(600), all_or_nothing=False)
    monkeypatch.setattr(audit, "prepare_event", real)
    assert count_users(admin) == 1 and journal(admin, "user.created")[0].user_label == "system"


def test_rows_are_checked_again_at_import_time(admin: Signed, world: World) -> None:
    imports = UserImportService(admin.ctx)
    data = (HEADER + GOOD).encode()
    assert imports.preview(data).good_count == 2
    UserService(admin.ctx).create_user(world.form("bea"))  # meanwhile, on another workstation
    assert imports.run(data, all_or_nothing=False).skipped_lines == (2,)


def test_import_applies_the_escalation_and_team_leader_rules(admin: Signed, world: World) -> None:
    lead = user_with_role(
        admin, "Team leads", [*AGENT_PERMISSIONS, "manage_users_of_my_teams", "create_user"], "lea"
    )
    add_member(admin, world.teams["Care"], lead.user.id, leader=True)
    data = (
        HEADER
        + "Bea,Brown,bea,bea@example.com,Agent,Care,,,\n"
        + "Carl,Chen,carl,carl@example.com,Agent,Billing,,,\n"
        + "Dina,Diaz,dina,dina@example.com,Administrator,Care,,,\n"
        + "Eve,Evans,eve,eve@example.com,Agent,,,,\n"
    ).encode()
    preview = UserImportService(lead.ctx).preview(data)
    assert problems(preview) == [(3, "teams"), (3, "teams"), (4, "role"), (5, "teams")]
    assert UserImportService(lead.ctx).run(data, all_or_nothing=False).created == 1


def test_export_formats_and_a_round_trip(admin: Signed, world: World, tmp_path: Path) -> None:
    UserImportService(admin.ctx).run((HEADER + GOOD).encode(), all_or_nothing=True)
    exporter = UserCsvExport(admin.ctx)
    bi, excel = tmp_path / "agents.csv", tmp_path / "agents-fr.csv"
    assert exporter.export(bi, ListQuery(search="example"), fields=COLUMNS) == 3
    text = bi.read_bytes().decode("utf-8")
    assert text.splitlines()[0] == HEADER.strip()
    assert "Carl,Chen,carl,carl@example.com,Agent,Billing|Care,en,Asia/Tokyo,0" in text.splitlines()
    assert (
        exporter.export(
            excel,
            ListQuery(filters={"team_id": world.teams["Care"]}),
            ExportFormat("excel", "fr"),
            fields=COLUMNS,
        )
        == 2
    )
    raw = excel.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";vrai\r\n" in raw and b";faux\r\n" in raw
    table = read_table(raw)
    assert table.delimiter == ";" and [values["nickname"] for _line, values in table.records] == [
        "bea",
        "carl",
    ]

    from conftest import _open, make_admin

    other = make_admin(_open(f"sqlite:///{tmp_path}/other.sqlite3"))
    build_world(other)
    assert UserImportService(other.ctx).run(raw, all_or_nothing=True).created == 2
    again = {r.nickname: r for r in UserService(other.ctx).list_users(ListQuery(search="example"))}
    assert again["carl"].team_names == ("Billing", "Care") and not again["carl"].enabled
    other.db.dispose()


def test_a_cancelled_export_keeps_the_previous_file(admin: Signed, world: World, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "agents.csv"
    target.write_text("the good old file")
    with pytest.raises(ExportCancelled):
        UserCsvExport(admin.ctx).export(target, should_stop=lambda: True)
    assert target.read_text() == "the good old file"
    assert [p.name for p in folder.iterdir()] == ["agents.csv"]
    assert isinstance(ExportCancelled(), DomainError)


def test_teams_are_read_with_the_separators_people_type(admin: Signed, world: World) -> None:
    from engage_desktop.models import Team
    from engage_desktop.services.core.listing import fold

    with admin.db.session_factory() as session, session.begin():
        session.add(Team(name="Sales; North", name_key=fold("Sales; North")))
    data = (
        HEADER
        + "Bea,Brown,bea,bea@example.com,Agent,Care; Billing,,,\n"
        + 'Carl,Chen,carl,carl@example.com,Agent,"Care, billing",,,\n'
        + "Dina,Diaz,dina,dina@example.com,Agent,Billing | Care,,,\n"
        + "Eve,Evans,eve,eve@example.com,Agent,Sales; North|Care,,,\n"
        + "Finn,Fox,finn,finn@example.com,Agent,Care;Nowhere,,,\n"
    ).encode()
    preview = UserImportService(admin.ctx).preview(data)
    assert problems(preview) == [(6, "teams")]
    assert preview.issues()[0].message == "Unknown team “Nowhere”."
    UserImportService(admin.ctx).run(data, all_or_nothing=False)
    rows = {r.nickname: r.team_names for r in UserService(admin.ctx).list_users(ListQuery(search="example"))}
    assert rows["bea"] == rows["carl"] == rows["dina"] == ("Billing", "Care")
    assert rows["eve"] == ("Care", "Sales; North")


def test_an_empty_row_is_reported_with_its_line(admin: Signed, world: World) -> None:
    data = (
        HEADER + GOOD + "\n" + ",,,,,,,,\n" + "Dina,Diaz,dina,dina@example.com,Agent,,,,\n" + "\n,,,\n"
    ).encode()
    preview = UserImportService(admin.ctx).preview(data)
    assert problems(preview) == [(4, ""), (5, "")]
    assert preview.issues()[0].message == "The line is empty."
    assert (preview.good_count, preview.bad_count) == (3, 2)
    with pytest.raises(ValidationError, match="Line 4"):
        UserImportService(admin.ctx).run(data, all_or_nothing=True)
    assert UserImportService(admin.ctx).run(data, all_or_nothing=False).skipped_lines == (4, 5)
