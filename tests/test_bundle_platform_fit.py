"""The dialogs of File › Plan and apply to a platform account… fit a 1024×640 screen in English and
French with no text cut: what to apply, the account's token, and the plan shown before applying
(with a secret asked for)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog
from test_shell_fit import assert_dialog_fits, demo_session, language, styled  # noqa: F401

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.bundles.local_configuration import read_local_configuration
from engage_desktop.services.bundles.plan import make_plan
from engage_desktop.services.bundles.platform_client import PlatformClient
from engage_desktop.views.bundles.plan_apply_dialog import PlanApplyDialog
from engage_desktop.views.bundles.platform_dialogs import ConnectionDialog, PlanSourceDialog


def fits(qtbot, dialog: QDialog, lang: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    assert_dialog_fits(qtbot, dialog, lang)


def test_platform_dialogs_fit_a_small_screen(
    qtbot,  # type: ignore[no-untyped-def]
    styled: QApplication,  # noqa: F811
    language: str,  # noqa: F811
    demo_session: AppSession,  # noqa: F811
    tmp_path: Path,
) -> None:
    source = PlanSourceDialog("https://acme.example.com/1.0")
    fits(qtbot, source, language)
    source.bundle_choice.setChecked(True)
    source.accept()  # no bundle chosen: the message shows, the dialog stays
    assert source.error.isVisible()
    fits(qtbot, source, language)

    connection = ConnectionDialog("https://acme.example.com/1.0", lambda _url, _token: None)
    connection.accept()
    assert not connection.error.isHidden()
    fits(qtbot, connection, language)

    desired = read_local_configuration(demo_session.ctx)
    desired["webhooks"] = [{"id": "wh", "url": "https://crm.example/hook", "verify_token": "secret:crm"}]
    plan = make_plan(
        {k: v for k, v in desired.items() if k in ("roles", "tags", "webhooks")},
        {},
        "https://acme.example.com/1.0",
    )
    dialog = PlanApplyDialog(
        plan,
        tmp_path / "plan.json",
        lambda: PlatformClient("https://acme.example.com/1.0", "x"),
        demo_session.platform,
    )
    dialog.result_label.setText(
        dialog.tr("Give the secrets the plan needs: %1. Nothing was sent.").replace("%1", "crm")
    )
    fits(qtbot, dialog, language)
