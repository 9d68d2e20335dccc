"""The typed `QT_TRANSLATE_NOOP` views import instead of PySide6's (whose stub returns `object`).

`pyside6-lupdate` matches the call by its name and reads its two literals, wherever the function
comes from, so texts marked with this one are still extracted. It is the services' stand-in: one
definition, returning the English text unchanged, translated later with the same context.
"""

from __future__ import annotations

from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
