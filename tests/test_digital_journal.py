"""The journal panel's reads on SQLite and PostgreSQL: keyset pages that neither skip nor repeat,
filters by period, actor (and the system), event names and groups, object; the counts; the
permission split (read_event / search_event); verify naming the first bad row, with progress."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from conftest import Signed
from sqlalchemy import text
from test_audit import drop_append_only_triggers
from test_roles_service import user_with_role

from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.errors import PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.digital.journal_browser import (
    JOURNAL_FILTER,
    SYSTEM_ACTOR,
    JournalBrowser,
    JournalQuery,
    VerifyCancelled,
)

START = datetime(2026, 1, 1, tzinfo=UTC)
NAMES = ("user.created", "user.updated", "task.assigned", "role.updated", "user_extra.created")


def _fill(signed: Signed, count: int = 120) -> None:
    with signed.db.session_factory() as session, session.begin():
        for i in range(count):
            audit.append_event(
                session,
                NAMES[i % len(NAMES)],
                user_id=None if i % 4 == 0 else signed.user.id,
                user_label="" if i % 4 == 0 else "ada",
                workstation="bench@ci",
                object_type="user",
                object_id=str(i % 10),
                changes={"nickname": {"from": f"a{i}", "to": f"b{i}"}},
                created_at=START + timedelta(hours=i),
            )


def _q(**filters: object) -> ListQuery:
    return ListQuery(filters={JOURNAL_FILTER: JournalQuery(**filters)})  # type: ignore[arg-type]


def _walk(browser: JournalBrowser, query: ListQuery, page: int) -> list[int]:
    seen: list[int] = []
    after = None
    while True:
        rows = browser.events_after(query, after, page)
        if not rows:
            return seen
        seen.extend(r.seq for r in rows)
        after = rows[-1].seq


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        ({}, lambda e: True),
        ({"names": ("user.*",)}, lambda e: e.name.startswith("user.")),
        ({"names": ("user.*", "task.assigned")}, lambda e: e.name.startswith(("user.", "task."))),
        ({"names": ("role.updated",)}, lambda e: e.name == "role.updated"),
        ({"actor_id": SYSTEM_ACTOR}, lambda e: e.user_id is None),
        ({"object_type": "user", "object_id": "3"}, lambda e: e.object_type == "user" and e.object_id == "3"),
        (
            {"created_after": START + timedelta(hours=10), "created_before": START + timedelta(hours=40)},
            lambda e: (
                START + timedelta(hours=10) <= e.created_at.replace(tzinfo=UTC) < START + timedelta(hours=40)
            ),
        ),
    ],
)
def test_keyset_pages_cover_each_filter_exactly(
    admin: Signed, flt: dict[str, object], expected: object
) -> None:
    _fill(admin)
    browser = JournalBrowser(admin.ctx)
    with admin.db.session_factory() as session:
        every = audit.find_events(session, audit.JournalFilter(), limit=100_000)
    want = [e.seq for e in every if expected(e)]  # type: ignore[operator]
    query = _q(**flt)
    assert _walk(browser, query, 7) == want  # newest first, nothing skipped or repeated
    assert browser.count_events(query) == len(want)


def test_the_actor_filter_and_name_groups_from_the_search_box(admin: Signed) -> None:
    _fill(admin, 40)
    browser = JournalBrowser(admin.ctx)
    query = ListQuery(search="task.*", filters={JOURNAL_FILTER: JournalQuery(actor_id=admin.user.id)})
    rows = browser.events_after(query, None, 100)
    assert rows and all(r.name == "task.assigned" and r.user_id == admin.user.id for r in rows)
    assert rows[0].changes["nickname"]["to"].startswith("b")
    assert "user_extra.created" not in {
        r.name for r in browser.events_after(_q(names=("user.*",)), None, 500)
    }
    with pytest.raises(ValidationError):
        browser.count_events(ListQuery(search="user.* *"))
    with pytest.raises(ValidationError):
        browser.count_events(_q(created_after=START, created_before=START))


def test_reading_needs_read_event_and_filtering_search_event(admin: Signed) -> None:
    reader = user_with_role(admin, "Readers", ["read_event"], "rita")
    browser = JournalBrowser(reader.ctx)
    assert browser.count_events(ListQuery()) > 0
    with pytest.raises(PermissionDenied):
        browser.events_after(_q(names=("user.*",)), None, 10)
    nobody = user_with_role(admin, "Nobody", [], "nick")
    with pytest.raises(PermissionDenied):
        JournalBrowser(nobody.ctx).count_events(ListQuery())


def test_volume_per_day_and_actor(admin: Signed) -> None:
    _fill(admin, 48)
    browser = JournalBrowser(admin.ctx)
    flt = JournalQuery(created_after=START, created_before=START + timedelta(days=2))
    days = browser.volume_by_day(flt)
    assert [(p.label, p.count) for p in days] == [("2026-01-01", 24), ("2026-01-02", 24)]
    actors = {p.label: p.count for p in browser.volume_by_actor(flt)}
    assert actors == {"ada": 36, "": 12}


def test_verify_names_the_first_bad_row_with_progress(admin: Signed) -> None:
    _fill(admin, 30)
    browser = JournalBrowser(admin.ctx)
    seen: list[tuple[int, int]] = []
    intact = browser.verify("db", report=lambda d, t: seen.append((d, t)))
    assert intact.intact and seen[-1][0] == seen[-1][1] == intact.checked
    drop_append_only_triggers(admin.db)
    with admin.db.session_factory() as session, session.begin():
        victim = session.execute(
            text("SELECT id, seq FROM audit_events ORDER BY seq LIMIT 1 OFFSET 20")
        ).one()
        session.execute(
            text("UPDATE audit_events SET user_label = 'mallory' WHERE id = :i"), {"i": victim.id}
        )
        later = session.execute(
            text("SELECT id FROM audit_events ORDER BY seq LIMIT 1 OFFSET 25")
        ).scalar_one()
        session.execute(text("UPDATE audit_events SET object_id = 'x' WHERE id = :i"), {"i": later})
    broken = browser.verify("db")
    assert not broken.intact and broken.bad_seq == victim.seq and broken.bad_event_id == victim.id
    assert "altered" in broken.reason


def test_verify_can_be_stopped(sqlite_admin: Signed) -> None:
    _fill(sqlite_admin, 5100)  # the walk reports every 5,000 rows
    reports: list[int] = []
    with pytest.raises(VerifyCancelled):
        JournalBrowser(sqlite_admin.ctx).verify("db", lambda d, _t: reports.append(d), lambda: bool(reports))
    assert reports == [5000]


def test_filtered_counts_stop_at_the_cap(sqlite_admin: Signed) -> None:
    from engage_desktop.services.digital.journal_browser import count_matching

    _fill(sqlite_admin, 30)
    with sqlite_admin.db.session_factory() as session:
        assert count_matching(session, JournalQuery(names=("user.*",)), cap=5) == 5
        assert count_matching(session, JournalQuery(names=("role.updated",)), cap=100) == 6
