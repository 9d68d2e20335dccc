"""How the queue monitor and the simulation write durations and shares (locale numbers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def format_wait(seconds: float | None) -> str:
    """12 s, 4 min 05 s, 2 h 10 min: a supervisor reads a wait at a glance."""
    if seconds is None:
        return ""
    total = max(0, round(seconds))
    if total < 60:
        return QCoreApplication.translate("RoutingFormat", "%1 s").replace("%1", QLocale().toString(total))
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        text = QCoreApplication.translate("RoutingFormat", "%1 min %2 s")
        return text.replace("%1", QLocale().toString(minutes)).replace("%2", f"{secs:02d}")
    hours, minutes = divmod(minutes, 60)
    text = QCoreApplication.translate("RoutingFormat", "%1 h %2 min")
    return text.replace("%1", QLocale().toString(hours)).replace("%2", f"{minutes:02d}")


def format_percent(share: float | None, decimals: int = 0) -> str:
    """A share 0..1 as a locale percentage."""
    if share is None:
        return ""
    return QLocale().toString(100.0 * share, "f", decimals) + " %"


def format_number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)
