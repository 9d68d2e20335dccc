"""Data-changing actions of the Agent tools section (services/agent_tools).

Same rules as `registry.py`: each entry names the permission(s) the action needs and calls it.
"""

from __future__ import annotations

from .action_base import ServiceAction

ACTIONS: tuple[ServiceAction, ...] = ()
