"""Saving an edit made on a loaded version: a stale save asks the user (keep mine / take theirs).

Every editor saves the same way: the version they loaded
goes with the save; when someone saved in between, `resolve_stale_edit` shows their values beside
ours. "Keep mine" saves again over the newer version, "Take theirs" reloads the editor, Cancel
leaves the form as it is. Nothing is saved until the user decides.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

from PySide6.QtWidgets import QWidget

from engage_desktop.services.core.errors import Conflict
from engage_desktop.views.widgets.conflict_dialog import Resolution, resolve_stale_edit
from engage_desktop.views.widgets.form import FormDialog

T = TypeVar("T")
R = TypeVar("R")


class Submit(Protocol):
    """A form's `submit`: runs the call, shows a refusal and answers None for it."""

    def __call__(self, action: Callable[[], R], /) -> R | None: ...


def save_with_version(
    parent: QWidget,
    submit: Submit,
    save: Callable[[int | None], T],
    version: int | None,
    labels: Mapping[str, str],
    reload: Callable[[], None],
    show_value: Callable[[str, Any], str] | None = None,
) -> T | None:
    """`submit` runs the call and shows other refusals (a form's `submit`); `save(version)` is the
    service call. Returns what was saved, or None (refused, cancelled or reloaded)."""
    while True:
        stale: list[Conflict] = []

        def action(version: int | None = version, stale: list[Conflict] = stale) -> T | None:
            try:
                return save(version)
            except Conflict as exc:
                if not exc.is_stale_edit:
                    raise
                stale.append(exc)
                return None

        result = submit(action)
        if result is not None or not stale:
            return result
        conflict = stale[0]
        choice = resolve_stale_edit(parent, conflict, labels, show_value)
        if choice is Resolution.KEEP_MINE:
            version = conflict.current_version
            continue
        if choice is Resolution.TAKE_THEIRS:
            reload()
            if isinstance(parent, FormDialog):
                parent.unsaved.remember()  # the reloaded values are the saved ones
        return None
