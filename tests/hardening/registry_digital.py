"""Data-changing actions of the Digital section: tags, identity groups, custom fields, folders (services/digital).

Same rules as `registry.py`: each entry names the permission(s) the action needs and calls it.
"""

from __future__ import annotations

from .action_base import ServiceAction

ACTIONS: tuple[ServiceAction, ...] = ()
