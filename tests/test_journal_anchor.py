"""The journal's anchors outside the database: a holder of the database file who rewrites,
truncates or wipes the journal (triggers dropped, hashes recomputed) is caught by `audit verify`,
which itself never writes (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import Signed
from sqlalchemy import select, text
from test_audit import drop_append_only_triggers, make_history

from engage_desktop.cli import main
from engage_desktop.models import AuditEvent, AuditHead
from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.journal_anchor import (
    BOOK_NAME,
    AnchorBook,
    AnchorRecorder,
    load_anchor,
)
from engage_desktop.services.users.roles import RoleService


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "workstation"
    monkeypatch.setenv("ENGAGE_DATA_DIR", str(folder))
    return folder


def anchored(admin: Signed, data_folder: Path) -> Signed:
    """The admin's services record anchors in the workstation's book after each commit."""
    recorder = AnchorRecorder(AnchorBook(data_folder / BOOK_NAME), admin.db.display_url, interval_s=0)
    return replace(admin, ctx=replace(admin.ctx, journal_anchor=recorder))


def verify_cli(admin: Signed, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = main(["--db", admin.db.url, "audit", "verify", *extra])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def rewrite_from(admin: Signed, seq: int) -> None:
    """Edit event `seq` and recompute every later hash and the head, as a tamperer would."""
    drop_append_only_triggers(admin.db)
    with admin.db.session_factory() as session, session.begin():
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
        previous = audit.GENESIS_HASH
        for event in events:
            if event.seq == seq:
                event.changes = {"label": {"from": None, "to": "nothing to see"}}
            event.prev_hash = previous
            event.row_hash = audit.compute_hash(event)
            previous = event.row_hash
        head = session.get(AuditHead, 1)
        assert head is not None
        head.last_hash = previous


def truncate_to(admin: Signed, keep: int) -> None:
    drop_append_only_triggers(admin.db)
    with admin.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE seq > :keep"), {"keep": keep})
        last = conn.execute(
            text("SELECT row_hash FROM audit_events WHERE seq = :keep"), {"keep": keep}
        ).scalar()
        conn.execute(
            text("UPDATE audit_head SET seq = :keep, last_hash = :h"),
            {"keep": keep, "h": last or audit.GENESIS_HASH},
        )


def test_commits_record_the_newest_anchor_in_the_workstation_folder(admin: Signed, data_folder: Path) -> None:
    signed = anchored(admin, data_folder)
    make_history(signed, 2)
    book = AnchorBook(data_folder / BOOK_NAME)
    anchor = book.get(admin.db.display_url)
    with admin.db.session_factory() as session:
        tip = session.execute(
            select(AuditEvent.seq, AuditEvent.row_hash).order_by(AuditEvent.seq.desc())
        ).first()
    assert anchor is not None and tip is not None and (anchor.seq, anchor.hash) == (tip[0], tip[1])
    assert stat.S_IMODE(os.stat(data_folder / BOOK_NAME).st_mode) == 0o600
    assert "password" not in (data_folder / BOOK_NAME).read_text()


def test_an_intact_journal_verifies_with_its_anchor(
    admin: Signed, data_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_history(anchored(admin, data_folder), 2)
    code, out = verify_cli(admin, capsys)
    assert code == 0, out
    assert "intact" in out and "holds 1 anchor" in out


def test_rewritten_journal_with_recomputed_hashes_is_caught(
    admin: Signed, data_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_history(anchored(admin, data_folder), 3)
    rewrite_from(admin, 2)
    with admin.db.session_factory() as session:
        assert audit.verify_chain(session).ok  # the chain alone is fooled
    code, out = verify_cli(admin, capsys)
    assert code == 1, out
    assert "BROKEN" in out and "rewritten" in out


def test_truncated_journal_is_caught(
    admin: Signed, data_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_history(anchored(admin, data_folder), 3)
    truncate_to(admin, 3)
    with admin.db.session_factory() as session:
        assert audit.verify_chain(session).ok
    code, out = verify_cli(admin, capsys)
    assert code == 1 and "truncated or wiped" in out, out


def test_wiped_journal_is_caught(
    admin: Signed, data_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_history(anchored(admin, data_folder), 2)
    truncate_to(admin, 0)
    code, out = verify_cli(admin, capsys)
    assert code == 1 and "no longer holds event" in out, out


def test_an_exported_anchor_checks_the_journal_anywhere(
    admin: Signed, data_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_history(admin, 2)  # this workstation recorded nothing while writing
    out_file = tmp_path / "safe" / "anchor.json"
    assert main(["--db", admin.db.url, "audit", "anchor", "--out", str(out_file)]) == 0
    capsys.readouterr()
    saved = load_anchor(out_file)
    assert saved.seq > 1 and json.loads(out_file.read_text())["hash"] == saved.hash

    (data_folder / BOOK_NAME).unlink()  # another workstation: no local anchor
    code, out = verify_cli(admin, capsys, "--anchor", str(out_file))
    assert code == 0, out
    rewrite_from(admin, 1)
    (data_folder / BOOK_NAME).unlink()
    code, out = verify_cli(admin, capsys, "--anchor", str(out_file))
    assert code == 1 and "the anchor in" in out and "rewritten" in out, out


def test_a_malformed_anchor_file_is_refused_with_its_name(
    admin: Signed, data_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"seq": "one", "hash": "x"}')
    code, out = verify_cli(admin, capsys, "--anchor", str(bad))
    assert code == 2 and str(bad) in out and "seq" in out


def test_deleted_head_row_is_reported_not_recreated(
    admin: Signed, data_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_history(admin, 1)
    with admin.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_head"))
    code, out = verify_cli(admin, capsys)
    assert code == 1 and "head row was deleted" in out, out
    with admin.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_head")).scalar() == 0


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def test_verify_refuses_a_missing_sqlite_file_and_creates_nothing(
    tmp_path: Path, data_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo" / "engage.sqlite3"
    code = main(["--db", f"sqlite:///{missing}", "audit", "verify"])
    out = capsys.readouterr()
    assert code == 2 and "no database" in out.err
    assert not missing.exists() and not missing.parent.exists()


def test_verify_never_writes_to_the_database(
    sqlite_admin: Signed, data_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_history(sqlite_admin, 1)
    sqlite_admin.db.dispose()  # checkpoint the WAL into the file
    path = Path(str(sqlite_admin.db.engine.url.database))
    before = file_digest(path)
    code = main(["--db", sqlite_admin.db.url, "audit", "verify"])
    capsys.readouterr()
    assert code == 0
    assert file_digest(path) == before


def test_a_role_change_after_verification_moves_the_anchor(
    admin: Signed, data_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = anchored(admin, data_folder)
    make_history(signed, 1)
    first = AnchorBook(data_folder / BOOK_NAME).get(admin.db.display_url)
    RoleService(signed.ctx).create_role("Later", ["read_user"])
    second = AnchorBook(data_folder / BOOK_NAME).get(admin.db.display_url)
    assert first is not None and second is not None and second.seq > first.seq
