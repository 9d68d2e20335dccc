"""Service messages in the interface's language.

A service gives a `Message` (English text with a code, template and parameters); here its template
goes through Qt's translation (context "Errors", plural forms by its count) and the parameters are
filled in. Plain text (a view's own, already translated) passes through unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from engage_desktop.services.core.errors import Message, render

CONTEXT = "Errors"


def message_text(message: str) -> str:
    if not isinstance(message, Message):
        return message
    if message.code == "text":
        return str(message)
    # With a count, Qt picks the plural form and replaces %n itself.
    n = message.plural_count if message.plural_count is not None else -1
    params = {
        name: message_text(value) if isinstance(value, Message) else value
        for name, value in message.params.items()
    }
    return render(QCoreApplication.translate(CONTEXT, message.template, None, n), params)
