"""The demo looks like an account in use: a company name, people who signed in this week, and a
sign-out that asks whether to quit or sign in again."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from sqlalchemy import select

from engage_desktop.app import AppController
from engage_desktop.db import Database
from engage_desktop.models import User, utcnow
from engage_desktop.models.channels import IdentityGroup
from engage_desktop.services.access.account import account_name
from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.core.reference_data import ensure_reference_data
from engage_desktop.services.demo import loader as demo
from engage_desktop.services.demo.account import DEMO_ACCOUNT_NAME
from engage_desktop.services.digital.identity_groups import IdentityGroupService
from engage_desktop.views.shell.demo_sign_out import DemoSignOutQuestion
from engage_desktop.views.widgets.latest_request import wait_for_list_loads


def test_demo_account_has_a_name_and_a_week_of_sign_ins(sqlite_db: Database) -> None:
    ctx = ServiceContext(sqlite_db.session_factory)
    ensure_reference_data(ctx)
    demo.load_demo_data(ctx, users=120)
    assert account_name(ctx) == DEMO_ACCOUNT_NAME
    now = utcnow()
    with sqlite_db.session_factory() as session:
        people = list(session.scalars(select(User)))
        signed = [u for u in people if u.last_sign_in_at is not None]
        never = [u for u in people if u.last_sign_in_at is None]
        active = [u for u in people if u.enabled and not u.invitation_pending]
        assert len(signed) >= 0.6 * len(active)  # most of the team, not "Never" everywhere
        assert all(u.enabled and not u.invitation_pending for u in signed)
        assert never  # invitations still pending have never signed in
        times = [u.last_sign_in_at.replace(tzinfo=now.tzinfo) for u in signed if u.last_sign_in_at]
        assert all(now - timedelta(days=8) < t <= now for t in times)
        assert len({t.date() for t in times}) >= 4  # spread over the recent days
        admin = session.scalar(select(User).where(User.nickname_key == demo.DEMO_LOGIN))
        assert admin is not None and admin.last_sign_in_at is not None
        sign_ins = audit.find_events(session, audit.JournalFilter(names=("session.created",)), limit=10_000)
        assert len(sign_ins) >= len(signed)  # each last sign-in is in the journal
        assert audit.verify_chain(session).ok
        groups = list(session.scalars(select(IdentityGroup)))
        assert groups and all(g.name_key and g.search_key for g in groups)
    group = groups[0]
    found = IdentityGroupService(ctx.acting_as(admin.id)).list_identity_groups(
        ListQuery(search=group.firstname), 0, 500
    )
    assert group.id in [row.id for row in found]  # the demo's customers are found by name


def test_signing_out_of_the_demo_asks_to_quit_or_sign_in_again(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ENGAGE_DATA_DIR", str(tmp_path))
    quits: list[bool] = []
    monkeypatch.setattr("engage_desktop.app.QApplication.quit", lambda: quits.append(True))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = AppController(settings, is_demo=True)
    with qtbot.waitSignal(controller.main_window_shown, timeout=90_000):
        assert controller.start()
    first = controller.window
    assert first is not None
    assert first.windowTitle().endswith(DEMO_ACCOUNT_NAME)

    first.sign_out_requested.emit()  # the header's button and File › Sign out
    question = controller.demo_question
    assert isinstance(question, DemoSignOutQuestion)
    qtbot.waitExposed(question)
    question.cancel_button.click()  # stays signed in
    assert controller.window is first and not quits

    first.sign_out_requested.emit()
    question = controller.demo_question
    assert isinstance(question, DemoSignOutQuestion)
    with qtbot.waitSignal(controller.main_window_shown, timeout=30_000):
        question.again_button.click()
    second = controller.window
    assert second is not None and second is not first and not quits
    qtbot.addWidget(second)

    second.sign_out_requested.emit()
    question = controller.demo_question
    assert isinstance(question, DemoSignOutQuestion)
    question.quit_button.click()
    assert quits and controller.window is None
    controller.stop()
    wait_for_list_loads()
