"""Marks service-side texts for Qt's translation extractor without importing Qt here.

`pyside6-lupdate` reads `QT_TRANSLATE_NOOP("Context", "text")` and
`QCoreApplication.translate("Context", "text", None, n)` literally from the source, so the text is
extracted under that context (the second form with plural forms); the view translates it when it
shows it, with the same context. Both stand-ins return the English text unchanged.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class QCoreApplication:
    """Stand-in named like Qt's so that lupdate marks plural texts; services never import Qt."""

    @staticmethod
    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return text
