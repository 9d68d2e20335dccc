"""What a registered service action is; shared by `registry.py` and the per-section registries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from conftest import Signed

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext

from .action_context import Context

# Method names that change data, take data out (export_*: journaled, gated by read_export or the
# section's permission) or reach out with stored secrets (test_*, check_source_*: journaled). Reading methods (count_, list_,
# get_, *_choices, check_config, deletion_impact/deletion_check, preview, is_enabled…) are not here.
CHANGING_PREFIXES = (
    "create_",
    "update_",
    "delete_",
    "set_",
    "add_",
    "remove_",
    "move_",
    "invite_",
    "resend_",
    "change_",
    "assign_",
    "apply",
    "import_",
    "export",
    "activate_",
    "deactivate_",
    "duplicate_",
    "merge_",
    "test_",
    "check_source_",
    "run",
)

P = Permission
ALL = "all"
ANY = "any"


@dataclass(frozen=True)
class ServiceAction:
    name: str  # "Class.method"
    needs: tuple[Permission, ...]
    call: Callable[[ServiceContext, Context], object]
    mode: Literal["all", "any"] = ALL
    setup: Callable[[Signed], Context] | None = None  # default: `build_context`

    @property
    def need_values(self) -> frozenset[str]:
        return frozenset(p.value for p in self.needs)

    def missing_sets(self) -> list[frozenset[str]]:
        """Sets of permissions to withhold so that the actor must be refused."""
        if self.mode == ANY or len(self.needs) == 1:
            return [self.need_values]
        return [frozenset({p.value}) for p in self.needs]
