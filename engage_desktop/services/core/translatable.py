"""Marks service-side labels for Qt's translation extractor without importing Qt here.

`pyside6-lupdate` reads `QT_TRANSLATE_NOOP("Context", "text")` literally from the source, so the
label is extracted under that context; the view translates it when it shows it, with the same
context. Only labels shown as-is belong here, not error messages.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
