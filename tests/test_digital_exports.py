"""Manual exports (Digital > Exports) on SQLite and PostgreSQL: the three formats byte for byte,
sensitive columns off by default, periods, refusals, cancel leaving nothing, unavailable types
refused with their reason, the journal's filtered view, and the journal events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import Signed
from sqlalchemy import select, update
from test_roles_service import journal, user_with_role

from engage_desktop.models import AuditEvent, Category, User
from engage_desktop.services.core.errors import PermissionDenied, ValidationError
from engage_desktop.services.core.spreadsheet_safety import is_partial_export
from engage_desktop.services.digital.exports import ExportCancelled, ExportRequest, ExportService
from engage_desktop.services.digital.journal_browser import JournalQuery

FIELDS = ("id", "name", "mandatory", "created_at")


def _categories(signed: Signed) -> None:
    with signed.db.session_factory() as session, session.begin():
        session.add(
            Category(
                platform_id="c1",
                name='=HYPERLINK("x")',
                mandatory=True,
                created_at=datetime(2013, 9, 24, 19, 0, 41, tzinfo=UTC),
            )
        )
        session.add(
            Category(
                platform_id="c2",
                name='Commandes; "urgentes"',
                mandatory=False,
                created_at=datetime(2013, 9, 25, 8, 5, tzinfo=UTC),
            )
        )
        session.execute(update(User).where(User.id == signed.user.id).values(timezone="Europe/Paris"))


EXPECTED = {
    "bi": b"id,name,mandatory,created_at\r\n"
    b'c1,"\'=HYPERLINK(""x"")",1,2013-09-24T19:00+00:00\r\n'
    b'c2,"Commandes; ""urgentes""",0,2013-09-25T08:05+00:00\r\n',
    "excel-en": b"\xef\xbb\xbfid,name,mandatory,created_at\r\n"
    b'c1,"\'=HYPERLINK(""x"")",true,09-24-2013 21:00\r\n'
    b'c2,"Commandes; ""urgentes""",false,09-25-2013 10:05\r\n',
    "excel-fr": b"\xef\xbb\xbfid;name;mandatory;created_at\r\n"
    b'c1;"\'=HYPERLINK(""x"")";vrai;24/09/2013 21:00\r\n'
    b'c2;"Commandes; ""urgentes""";faux;25/09/2013 10:05\r\n',
}


@pytest.mark.parametrize("fmt", sorted(EXPECTED))
def test_formats_are_byte_exact(admin: Signed, tmp_path: Path, fmt: str) -> None:
    _categories(admin)
    target = tmp_path / "categories.csv"
    result = ExportService(admin.ctx).export(ExportRequest("categories", fmt, FIELDS), target)
    assert result.rows == 2
    assert target.read_bytes() == EXPECTED[fmt]


def test_sensitive_columns_are_off_unless_chosen(admin: Signed, tmp_path: Path) -> None:
    service = ExportService(admin.ctx)
    agents = next(c for c in service.available_exports() if c.name == "agents")
    assert {"firstname", "lastname", "email"} <= agents.sensitive
    service.export(ExportRequest("agents"), tmp_path / "a.csv")
    header = (tmp_path / "a.csv").read_text().splitlines()[0].split(",")
    assert "email" not in header and "nickname" in header
    service.export(ExportRequest("agents", fields=("nickname", "email")), tmp_path / "b.csv")
    assert (tmp_path / "b.csv").read_text().splitlines() == ["nickname,email", "ada,ada@example.com"]
    requested = journal(admin, "export.requested")[0]
    assert requested.details["sensitive_fields"] == ["email"]


def test_incremental_and_ranged_exports_keep_only_their_period(admin: Signed, tmp_path: Path) -> None:
    _categories(admin)
    service = ExportService(admin.ctx)
    now = datetime(2013, 9, 26, 7, 0, tzinfo=UTC)
    service.export(ExportRequest("categories", fields=("id",), window="day"), tmp_path / "d.csv", now=now)
    assert (tmp_path / "d.csv").read_text().split() == ["id", "c2"]
    ranged = ExportRequest("categories", fields=("id",), created_before=datetime(2013, 9, 25, tzinfo=UTC))
    service.export(ranged, tmp_path / "r.csv", now=now)
    assert (tmp_path / "r.csv").read_text().split() == ["id", "c1"]
    with pytest.raises(ValidationError) as bad:
        service.export(
            ExportRequest("categories", created_after=now, created_before=now - timedelta(days=1)),
            tmp_path / "x.csv",
        )
    assert bad.value.field == "created_before"


def test_refusals_write_nothing(admin: Signed, tmp_path: Path) -> None:
    reader = user_with_role(admin, "Readers", ["read_user"], "rita")
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "agents.csv"
    with pytest.raises(PermissionDenied):
        ExportService(reader.ctx).export(ExportRequest("agents"), target)
    assert list(tmp_path.iterdir()) == []
    choice = next(c for c in ExportService(reader.ctx).available_exports() if c.name == "agents")
    assert not choice.allowed
    with pytest.raises(PermissionDenied):
        ExportService(reader.ctx).export(ExportRequest("journal"), target)
    assert journal(admin, "export.created") == []


def test_unavailable_types_are_listed_with_a_reason_and_refused(admin: Signed, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    service = ExportService(admin.ctx)
    choices = {c.name: c for c in service.available_exports()}
    assert len(choices) == 18
    assert not choices["interventions"].available and "routing engine" in choices["interventions"].reason
    with pytest.raises(ValidationError) as refused:
        service.export(ExportRequest("threads"), tmp_path / "t.csv")
    assert refused.value.field == "export"
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_export_leaves_no_file_and_no_journal(admin: Signed, tmp_path: Path) -> None:
    target = tmp_path / "journal.csv"
    target.write_text("the good file of yesterday")
    seen: list[int] = []
    with pytest.raises(ExportCancelled):
        ExportService(admin.ctx).export(
            ExportRequest("journal"),
            target,
            should_stop=lambda: bool(seen),
            report=lambda d, _t: seen.append(d),
        )
    assert seen  # the header and a chunk were written before the cancel
    assert target.read_text() == "the good file of yesterday"
    assert not any(is_partial_export(p) for p in tmp_path.iterdir())
    assert journal(admin, "export.requested") == []


def test_the_journal_export_follows_the_panel_filter_and_neutralises(admin: Signed, tmp_path: Path) -> None:
    user_with_role(admin, "=cmd|' /C calc'!A0", ["read_user"], "mallory")
    flt = JournalQuery(actor_id=admin.user.id, names=("role.*",))
    result = ExportService(admin.ctx).export(
        ExportRequest("journal", fields=("name", "user", "changes"), journal=flt), tmp_path / "j.csv"
    )
    lines = (tmp_path / "j.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "name,user,changes"
    assert result.rows == len(lines) - 1 == 1
    assert lines[1].startswith('role.created,ada,"{""label"": {""from"": null, ""to"": ""=cmd|')
    created = journal(admin, "export.created")[0]
    assert created.details["journal_filter"]["names"] == ["role.*"]
    assert created.details["rows"] == 1 and "changes" in created.details["sensitive_fields"]
    with admin.db.session_factory() as session:
        assert session.scalar(select(AuditEvent.name).order_by(AuditEvent.seq.desc())) == "export.created"

    ExportService(admin.ctx).export(ExportRequest("roles", "excel-fr", ("label",)), tmp_path / "r.csv")
    labels = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()
    assert "'=cmd|' /C calc'!A0" in labels and "=cmd|' /C calc'!A0" not in labels
