"""The shipped translations: French really shows up in the window, the .ts is complete and sound,
and the .qm files are built from the .ts as committed."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from engage_desktop.config import resources_dir
from engage_desktop.i18n import install_translations
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import (
    AuthenticationFailed,
    Conflict,
    NotFound,
    PermissionDenied,
    StorageError,
    ValidationError,
)
from engage_desktop.views.shell.main_window import MainWindow
from engage_desktop.views.shell.navigation_map import SECTIONS, page_by_key

TRANSLATIONS = resources_dir() / "translations"
FR_TS = TRANSLATIONS / "engage_desktop_fr.ts"
PLACEHOLDER = re.compile(r"%(?:n|\d+)")
TAG = re.compile(r"</?[A-Za-z][^>]*>")


@pytest.fixture
def french(qapp: QApplication) -> Iterator[QApplication]:
    """French for one test; English (and the locale the test found) afterwards, even on failure."""
    locale = QLocale()
    try:
        assert install_translations(qapp, "fr") == "fr"
        yield qapp
    finally:
        install_translations(qapp, "en")
        QLocale.setDefault(locale)


def make_window(qtbot, session: AppSession, tmp_path: Path, name: str) -> MainWindow:
    window = MainWindow(session, QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


def section_names(window: MainWindow) -> list[str]:
    nav = window.navigation
    return [nav.section_button(key).accessibleName() for key in nav.section_keys()]


def drawer_texts(window: MainWindow) -> set[str]:
    items = window.navigation.drawer.list
    return {items.item(row).text() for row in range(items.count())}


def messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


# ---- French in the running interface ----------------------------------------------------------------
def test_french_reaches_the_navigation_and_header_then_english_comes_back(
    french: QApplication, qtbot, app_session: AppSession, tmp_path: Path
) -> None:
    users = page_by_key("users.users")
    assert users is not None
    assert users.title() == "Utilisateurs"

    window = make_window(qtbot, app_session, tmp_path, "fr")
    assert section_names(window) == [
        "Utilisateurs",
        "Canaux",
        "Routage",
        "Digital",
        "Outils agents",
        "Paramètres",
    ]
    assert {"Rôles", "Équipes", "Canaux de routage", "Supervision des files", "Jetons d’accès API"} <= (
        drawer_texts(window)
    )
    assert window.header.sign_out_button.text() == "Se déconnecter"
    assert window.header.breadcrumb() == "Utilisateurs › Utilisateurs"

    install_translations(french, "en")
    assert users.title() == "Users"
    english = make_window(qtbot, app_session, tmp_path, "en")
    assert section_names(english)[:2] == ["Users", "Channels"]
    assert {"Roles", "Queue monitor"} <= drawer_texts(english)
    assert english.header.sign_out_button.text() == "Sign out"


def test_texts_translated_from_tables_have_french(french: QApplication) -> None:
    """Texts the code passes to tr() through a variable are invisible to lupdate: each must still
    be in the French .qm under the context the code uses at run time."""
    from engage_desktop.services.channels.email_check import STEP_LABELS
    from engage_desktop.services.channels.source_fields import LANGUAGES
    from engage_desktop.services.channels.source_types import SECRET_LABELS, SOURCE_TYPES, SourceType
    from engage_desktop.views.channels.channel_widgets import PALETTE
    from engage_desktop.views.channels.sources_page import STATUS_TEXT
    from engage_desktop.views.users.role_editor import GROUP_TITLES, PERMISSION_LABELS

    wanted = [("Navigation", section.title_source) for section in SECTIONS]
    wanted += [("Navigation", page.title_source) for section in SECTIONS for page in section.pages]
    wanted += [("Permissions", text) for text in [*PERMISSION_LABELS.values(), *GROUP_TITLES.values()]]
    wanted += [("EmailCheck", text) for text in [*STEP_LABELS.values(), "%1 failed"]]
    wanted += [("ColorCombo", name) for _hex, name in PALETTE]  # the Channels list uses ColorCombo's too
    wanted += [("SourcesPage", text) for text in STATUS_TEXT.values()]
    wanted += [("ConnectionFields", text) for text in SECRET_LABELS.values()]
    wanted += [("ConnectionFields", t.account_label) for t in (*SOURCE_TYPES, SourceType("", "", "", ""))]
    wanted += [("SourceFormWidget", text) for text in LANGUAGES.values()]
    wanted += [
        ("App", "Cannot open the database"),
        ("App", "The database was upgraded from schema %1 to %2."),
    ]

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "engage_desktop_fr.qm"))
    missing = sorted({(c, s) for c, s in wanted if not translator.translate(c, s)})
    assert not missing, f"no French in engage_desktop_fr.qm for {missing}"

    from engage_desktop.views.widgets.error_display import _title

    errors = [
        PermissionDenied("read_user"),
        ValidationError("name", "Name is required."),
        NotFound("gone"),
        Conflict("taken"),
        StorageError("locked"),
        AuthenticationFailed("expired"),
        RuntimeError("boom"),
    ]
    french_titles = [_title(exc) for exc in errors]
    install_translations(french, "en")
    english_titles = [_title(exc) for exc in errors]
    untranslated = [en for fr, en in zip(french_titles, english_titles, strict=True) if fr == en]
    assert not untranslated, f"error titles still in English under French: {untranslated}"


# ---- The French source file ---------------------------------------------------------------------------
def test_language_attributes() -> None:
    for language, expected in (("fr", "fr_FR"), ("en", "en_US")):
        root = ET.parse(TRANSLATIONS / f"engage_desktop_{language}.ts").getroot()
        assert (root.get("language"), root.get("sourcelanguage")) == (expected, "en")


def test_every_french_message_is_translated() -> None:
    problems = []
    for context, message in messages(FR_TS):
        source = message.findtext("source")
        kind = message.find("translation").get("type")  # type: ignore[union-attr]
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {kind}")
        elif not all(text.strip() for text in translations_of(message)):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


def test_french_keeps_placeholders_and_markup() -> None:
    problems = []
    for context, message in messages(FR_TS):
        source = message.findtext("source") or ""
        for text in translations_of(message):
            if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
                problems.append(f"{context}: placeholders differ in {source!r} → {text!r}")
            if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
                problems.append(f"{context}: HTML tags differ in {source!r} → {text!r}")
    assert not problems, "\n".join(problems)


# ---- The compiled files ---------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["fr", "en"])
def test_shipped_qm_is_built_from_the_ts(language: str, tmp_path: Path) -> None:
    """lrelease is deterministic: rebuilding the .ts must give the shipped .qm byte for byte."""
    ts = TRANSLATIONS / f"engage_desktop_{language}.ts"
    rebuilt = tmp_path / f"engage_desktop_{language}.qm"
    lrelease = (
        "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.argv[0] = 'lrelease'; lrelease()"
    )
    subprocess.run([sys.executable, "-c", lrelease, "-silent", str(ts), "-qm", str(rebuilt)], check=True)
    shipped = TRANSLATIONS / f"engage_desktop_{language}.qm"
    assert shipped.read_bytes() == rebuilt.read_bytes(), (
        f"{shipped.name} is stale: run pyside6-lrelease on {ts.name} and commit the .qm"
    )


def test_no_translate_function_goes_by_another_name() -> None:
    """pyside6-lupdate reads `self.tr(...)` and `QCoreApplication.translate(context, text)` as
    written: under another name (`tr = QCoreApplication.translate`) it files the context as the
    text, and French never shows (the automated exports' schedules did that)."""
    alias = re.compile(r"^\s*\w+\s*=\s*(?:self\.tr|Q(?:Core)?Application\.translate)\s*(?:#.*)?$", re.M)
    package = Path(__file__).resolve().parent.parent / "engage_desktop"
    found = [
        f"{path.relative_to(package.parent)}: {match.group(0).strip()}"
        for path in sorted(package.rglob("*.py"))
        for match in alias.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []
