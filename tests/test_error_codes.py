"""Every message a service can give the user is declared with a code, and shows in French with
its parameters (and plural forms) in place: no English sentence reaches the French interface."""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QApplication
from test_translations import FR_TS, french

import engage_desktop.services
from engage_desktop.services.core.errors import ErrorCode, Message, render
from engage_desktop.views.widgets.messages import message_text

__all__ = ["french"]

EN_TS = FR_TS.with_name("engage_desktop_en.ts")
# Templates that read the same in both languages (a bare parameter, a product name…).
SAME_IN_FRENCH: set[str] = set()


def every_code() -> dict[str, ErrorCode]:
    for module in pkgutil.walk_packages(engage_desktop.services.__path__, "engage_desktop.services."):
        importlib.import_module(module.name)
    return dict(ErrorCode.registry)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def error_messages(ts) -> dict[str, ET.Element]:  # type: ignore[no-untyped-def]
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") == "Errors":
            for message in context.iter("message"):
                found[message.findtext("source") or ""] = message
    return found


def sample(code: ErrorCode) -> Message:
    params: dict[str, object] = {name: f"«{name}»" for name in placeholders(code.template)}
    if code.plural:
        params[code.plural] = 2
    return code(**params)


def test_codes_are_many_and_well_formed() -> None:
    codes = every_code()
    assert len(codes) > 40
    for name, code in codes.items():
        assert re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)+", name), name
        assert code.template.strip(), name
        if code.plural:
            assert "%n" in code.template, f"{name}: a plural message shows its count with %n"


def test_every_code_has_a_finished_french_translation_with_the_same_placeholders() -> None:
    french_messages = error_messages(FR_TS)
    problems = []
    for name, code in sorted(every_code().items()):
        message = french_messages.get(code.template)
        if message is None:
            problems.append(f"{name}: not in {FR_TS.name} (run make translations)")
            continue
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{name}: French is {translation.get('type')}")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if placeholders(form) != placeholders(code.template):
                problems.append(f"{name}: French placeholders {placeholders(form)} differ")
            if code.plural and "%n" not in form and len(forms) > 1:
                problems.append(f"{name}: a French plural form lacks %n")
        if code.plural and message.get("numerus") != "yes":
            problems.append(
                f"{name}: not extracted as a plural (use QCoreApplication.translate(..., None, 0))"
            )
    assert not problems, "\n".join(problems)


def test_every_code_reads_in_french(french: QApplication) -> None:
    untranslated = []
    for name, code in sorted(every_code().items()):
        message = sample(code)
        text = message_text(message)
        for value in message.params.values():
            if isinstance(value, str) and value.startswith("«"):
                assert value in text, f"{name}: parameter {value} lost in {text!r}"
        if (
            text == render(code.template, message.params, message.plural_count)
            and code.template not in SAME_IN_FRENCH
        ):
            untranslated.append(f"{name}: {text}")
    assert not untranslated, "English in the French interface:\n" + "\n".join(untranslated)


def test_english_plurals_read_naturally(qapp: QApplication) -> None:
    from engage_desktop.i18n import install_translations

    install_translations(qapp, "en")  # English plural forms come from engage_desktop_en.qm
    plural = [code for code in every_code().values() if code.plural]
    assert plural, "no plural message declared"
    english = error_messages(EN_TS)
    for code in plural:
        message = english.get(code.template)
        assert message is not None and message.get("numerus") == "yes", code.code
        one = message_text(code(**{**{p: "x" for p in placeholders(code.template)}, code.plural: 1}))
        assert "(s)" not in one, f"{code.code}: {one!r}"


@pytest.mark.parametrize("count, expected", [(0, "0 "), (1, "1 "), (2, "2 ")])
def test_french_plural_agreement(french: QApplication, count: int, expected: str) -> None:
    from engage_desktop.services.users.roles import ROLE_IN_USE

    text = message_text(ROLE_IN_USE(label="Agent", count=count))
    assert expected in text and "(s)" not in text
    assert ("utilisateurs" in text) == (count >= 2), text  # French: 0 and 1 are singular
