"""Every text of the dialogs reaches the translation catalogue, so French can show it.

pyside6-lupdate only collects `self.tr("…")` and `QCoreApplication.translate("Context", "…")` with
both written out: a context held in a variable (`translate(CTX, "…")`) or a wrapper
(`_t("…")` calling translate) leaves the text out, and the French interface shows it in English
for good (the rule editor's conditions and test pane, the unsaved-changes and conflict dialogs did).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "engage_desktop"
VARIABLE_CONTEXT = re.compile(r"""\btranslate\(\s*[A-Za-z_][\w.]*\s*,\s*[rbuf]*["']""")
WRAPPER = re.compile(
    r"^\s*def (\w+)\((?:self, )?\w+: str\) -> str:\n(?:\s+(?:from .*|\"\"\".*\"\"\")\n)*"
    r"\s+return Q(?:Core)?Application\.translate\(",
    re.M,
)


def sources() -> list[tuple[Path, str]]:
    return [(path, path.read_text(encoding="utf-8")) for path in sorted(PACKAGE.rglob("*.py"))]


def test_no_translation_context_is_held_in_a_variable() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{text.count(chr(10), 0, match.start()) + 1}"
        for path, text in sources()
        for match in VARIABLE_CONTEXT.finditer(text)
    ]
    assert found == []


def test_no_wrapper_of_translate_is_called_with_a_written_text() -> None:
    found = []
    for path, text in sources():
        for wrapper in WRAPPER.finditer(text):
            name = wrapper.group(1)
            calls = re.findall(rf"""(?<![\w.]){re.escape(name)}\(\s*[rbu]*["']""", text)
            if calls:
                found.append(f"{path.relative_to(PACKAGE.parent)}: {name}(…) × {len(calls)}")
    assert found == []


def test_lupdate_collects_the_dialog_texts_that_were_missing(tmp_path: Path) -> None:
    ts = tmp_path / "collected.ts"
    lupdate = (
        "import sys; from PySide6.scripts.pyside_tool import lupdate; sys.argv[0] = 'lupdate'; lupdate()"
    )
    subprocess.run(
        [sys.executable, "-c", lupdate, "-silent", "-extensions", "py", str(PACKAGE), "-ts", str(ts)],
        check=True,
        timeout=600,
    )
    collected = ts.read_text(encoding="utf-8")
    for text in (
        "Discard your changes?",  # every editor's unsaved-changes question
        "Changed on another workstation",  # the conflict dialog
        "Add condition",  # the rule editor's conditions
        "Test rule",  # the rule editor's test pane
    ):
        assert f"<source>{text}</source>" in collected, text
