"""The plan review and apply dialog, driven with qtbot against the stand-in over real sockets: it
applies through `PlatformService.apply_plan` (journaled `bundle.applied`) and an actor who may not
apply is refused before any call."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import Signed
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_bundle_apply import normalised, sample_configuration
from test_roles_service import user_with_role

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.bundles.apply import state_path
from engage_desktop.services.bundles.plan import load_plan, make_plan, save_plan
from engage_desktop.services.bundles.platform_client import PlatformClient
from engage_desktop.services.bundles.platform_service import PlatformService
from engage_desktop.services.bundles.stand_in import StandInThread
from engage_desktop.services.core import journal as audit
from engage_desktop.views.bundles.plan_apply_dialog import PlanApplyDialog


@pytest.fixture
def stand_in() -> Iterator[StandInThread]:
    with StandInThread(token="dialog", rate_limit=100_000) as server:
        yield server


def applied_events(signed: Signed | AppSession) -> list[dict[str, Any]]:
    """The `bundle.applied` events' details, oldest first."""
    with signed.ctx.session_factory() as session:
        found = audit.find_events(session, audit.JournalFilter(names=("bundle.applied",)), limit=10)
        return [dict(event.details or {}) for event in reversed(found)]


def open_dialog(
    qtbot: QtBot,
    server: StandInThread,
    tmp_path: Path,
    service: PlatformService,
    max_requests: int = 90_000,
) -> PlanApplyDialog:
    plan_file = tmp_path / "plan.json"
    save_plan(make_plan(sample_configuration(tags=12), {}, server.base_url), plan_file)
    dialog = PlanApplyDialog(
        load_plan(plan_file),
        plan_file,
        lambda: PlatformClient(server.base_url, server.token, max_requests=max_requests, per_seconds=60.0),
        service,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_review_then_apply_with_progress(
    qtbot: QtBot, stand_in: StandInThread, tmp_path: Path, app_session: AppSession
) -> None:
    dialog = open_dialog(qtbot, stand_in, tmp_path, app_session.platform)
    assert "20 call" in dialog.summary.text() and stand_in.base_url in dialog.summary.text()
    assert "Plan: 20 to create, 0 to update, 0 to delete." in dialog.steps_view.toPlainText()
    assert dialog.steps_view.isReadOnly() and dialog.steps_view.accessibleName()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert dialog.result_label.text() == "Applied 20 calls; 0 were already done."
    assert not dialog.apply_button.isEnabled()
    with stand_in.state.lock:
        stored = {n: [{k: v for k, v in r.items() if k not in ("created_at", "updated_at")} for r in recs.values()]
                  for n, recs in stand_in.state.store.items()}  # fmt: skip
    assert normalised(stored) == normalised(sample_configuration(tags=12))
    (event,) = applied_events(app_session)
    assert event["created"] == 20 and event["cancelled"] is False and event["url"] == stand_in.base_url


def test_cancel_stops_between_calls_and_apply_resumes(
    qtbot: QtBot, stand_in: StandInThread, tmp_path: Path, app_session: AppSession
) -> None:
    dialog = open_dialog(
        qtbot, stand_in, tmp_path, app_session.platform, max_requests=240
    )  # 4 calls a second
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(stand_in.state.writes()) >= 3, timeout=60_000)
    assert dialog.progress is not None
    qtbot.mouseClick(dialog.progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cancelled" in dialog.result_label.text(), timeout=60_000)
    made = len(stand_in.state.writes())
    assert 3 <= made < 20
    dialog.make_client = lambda: PlatformClient(stand_in.base_url, stand_in.token, max_requests=90_000)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Applied" in dialog.result_label.text(), timeout=60_000)
    applied = 20 - made
    assert dialog.result_label.text() == (
        f"Applied {applied} {'call' if applied == 1 else 'calls'}; {made} were already done."
    )
    assert len(stand_in.state.writes()) == 20
    first, second = applied_events(app_session)
    assert first["cancelled"] is True and first["created"] == made
    assert second["created"] == 20 - made and second["skipped"] == made


def test_an_actor_who_may_not_apply_is_refused_before_any_call(
    qtbot: QtBot, stand_in: StandInThread, tmp_path: Path, sqlite_admin: Signed
) -> None:
    viewer = user_with_role(sqlite_admin, "Settings only", ["update_settings"], "viewer")
    dialog = open_dialog(qtbot, stand_in, tmp_path, PlatformService(viewer.ctx))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.refused and dialog.progress is None
    assert dialog.result_label.text().startswith("Not allowed: ")
    assert "Manage roles" in dialog.result_label.text() or "manage_roles" in dialog.result_label.text()
    assert dialog.result_label.text().endswith("Nothing was sent to the account.")
    assert not dialog.apply_button.isEnabled()
    assert stand_in.state.writes() == [] and applied_events(sqlite_admin) == []


def test_a_secret_not_in_the_keyring_is_asked_for_and_sent(
    qtbot: QtBot, stand_in: StandInThread, tmp_path: Path, app_session: AppSession
) -> None:
    plan_file = tmp_path / "plan.json"
    desired = {"webhooks": [{"id": "wh", "url": "https://crm.example/hook", "verify_token": "secret:crm"}]}
    save_plan(make_plan(desired, {}, stand_in.base_url), plan_file)
    dialog = PlanApplyDialog(
        load_plan(plan_file),
        plan_file,
        lambda: PlatformClient(stand_in.base_url, stand_in.token, max_requests=90_000),
        app_session.platform,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.secret_fields["crm"]
    assert field.echoMode() == field.EchoMode.Password and field.accessibleName() == "Secret crm"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result_label.text() == "Give the secrets the plan needs: crm. Nothing was sent."
    assert dialog.progress is None and stand_in.state.writes() == []
    field.setText("s3cret")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    with stand_in.state.lock:
        (stored,) = stand_in.state.store["webhooks"].values()
    assert stored["verify_token"] == "s3cret"
    assert "s3cret" not in str(applied_events(app_session)) and "s3cret" not in plan_file.read_text()
    assert "s3cret" not in state_path(plan_file).read_text()
