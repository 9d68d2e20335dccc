"""Renders the first-administrator and sign-in dialogs (with a refused attempt) offscreen.

Writes first-administrator.png and sign-in-error.png to docs/screenshots/ (or the folder given).
"""

from __future__ import annotations

import screenshot_kit as kit
from PySide6.QtCore import QSettings

from engage_desktop.app import AppController
from engage_desktop.config import SETTINGS_DB_URL
from engage_desktop.services.access import sign_in as auth


def main() -> None:
    out = kit.output_dir()
    app = kit.start_app()
    with kit.data_dir() as folder:
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue(SETTINGS_DB_URL, f"sqlite:///{folder}/engage.sqlite3")
        controller = AppController(settings)
        assert controller.open_database() and controller.ctx is not None
        first = controller.account_dialog()
        first.show()
        kit.settle(app)
        kit.save(first, out / "first-administrator.png")
        first.close()

        auth.create_first_administrator(
            controller.ctx,
            firstname="Ada",
            lastname="Lovelace",
            email="ada@northwind.example",
            nickname="ada",
            password="s3cret-Passw0rd",
        )
        sign_in = controller.account_dialog()
        sign_in.show()
        sign_in.login.setText("ada")
        sign_in.password.setText("not-the-password-1")
        sign_in.ok_button.click()  # refused: the message shows above the fields
        kit.settle(app)
        kit.save(sign_in, out / "sign-in-error.png")
        sign_in.close()
        assert controller.database is not None
        controller.database.dispose()


if __name__ == "__main__":
    main()
