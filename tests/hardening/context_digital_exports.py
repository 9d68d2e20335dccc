"""Setup for the Digital exports actions: an automated export task made by the administrator."""

from __future__ import annotations

import tempfile

from conftest import Signed

from engage_desktop.secrets import SecretStore
from engage_desktop.services.digital.exports_automated import AutomaticExportService, TaskForm

from .action_context import Context, build_context


def task_form(folder: str, name: str = "Nightly") -> TaskForm:
    return TaskForm(name, {"categories": ()}, folder=folder)


def with_export_task(admin: Signed) -> Context:
    context = build_context(admin)
    folder = tempfile.mkdtemp(prefix="engage-hardening-exports-")
    context.extra["export_task"] = AutomaticExportService(admin.ctx, SecretStore()).create_task(
        task_form(folder, "Existing")
    )
    context.extra["export_folder"] = folder
    return context
