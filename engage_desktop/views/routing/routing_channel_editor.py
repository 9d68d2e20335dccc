"""The routing channel editor: names, capacity, timeouts, SLA, sources and auto-complete categories.

Ticking a source that is in another routing channel moves it here; the editor asks before saving."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.routing.routing_channels import RoutingChannelForm, RoutingChannelService
from engage_desktop.views.channels.channel_widgets import CheckList
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.versioned_save import save_with_version

NUMBER_FIELDS = (
    "soft_capability",
    "hard_capability",
    "task_timeout_seconds",
    "task_auto_complete_seconds",
    "agent_sla",
    "agent_sla_threshold",
)


class RoutingChannelEditorDialog(FormDialog):
    def __init__(
        self, service: RoutingChannelService, channel_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("routingChannelEditor")
        self.service, self.channel_id = service, channel_id
        detail = service.get_channel(channel_id) if channel_id is not None else None
        self.version = detail.version if detail else None
        if channel_id is not None:
            self.watch_for_changes_elsewhere(lambda: service.get_channel(channel_id).version)
        form = detail.form if detail else RoutingChannelForm("")
        self.setWindowTitle(
            self.tr("Edit routing channel “%1”").replace("%1", form.name)
            if detail
            else self.tr("New routing channel")
        )
        self.name_edit = QLineEdit(form.name)
        self.name_edit.setObjectName("channelNameEdit")
        self.name_edit.setMaxLength(120)
        self.label_edit = QLineEdit(form.label)
        self.label_edit.setObjectName("channelLabelEdit")
        self.label_edit.setMaxLength(120)
        self.form.add_field("name", self.tr("Name"), self.name_edit)
        self.form.add_field("label", self.tr("Label"), self.label_edit)
        labels = {
            "soft_capability": (
                self.tr("Soft capability"),
                self.tr("tasks"),
                self.tr("Tasks an agent gets pushed at most."),
            ),
            "hard_capability": (
                self.tr("Hard capability"),
                self.tr("tasks"),
                self.tr("Upper bound, transfers included."),
            ),
            "task_timeout_seconds": (
                self.tr("Task timeout"),
                self.tr("s"),
                self.tr("Time to accept before the task moves on."),
            ),
            "task_auto_complete_seconds": (
                self.tr("Auto-complete after"),
                self.tr("s"),
                self.tr("0 = never."),
            ),
            "agent_sla": (self.tr("Agent SLA"), self.tr("s"), self.tr("Time an agent has to reply.")),
            "agent_sla_threshold": (
                self.tr("SLA threshold"),
                self.tr("%"),
                self.tr("Share of replies within the agent SLA to aim for."),
            ),
        }
        self.spins: dict[str, QSpinBox] = {}
        for name in NUMBER_FIELDS:
            label, unit, hint = labels[name]
            spin = QSpinBox()
            spin.setObjectName(f"spin_{name}")
            spin.setRange(-1, 2_592_000)  # the service says what is out of bounds, next to the field
            spin.setSuffix(f" {unit}")
            spin.setValue(int(getattr(form, name)))
            self.spins[name] = spin
            spin.setToolTip(hint)
            self.form.add_field(name, label, spin)
        self._sources = {}
        self.sources_list = CheckList(visible_rows=4)
        self.sources_list.setObjectName("channelSourcesList")
        self.categories_list = CheckList(visible_rows=4)
        self.categories_list.setObjectName("channelCategoriesList")
        try:
            # This channel's sources first, then those in none, then those another channel holds.
            choices = sorted(
                service.source_choices(),
                key=lambda c: (
                    0 if c.channel_id == channel_id and channel_id else 1 if c.channel_id is None else 2
                ),
            )
            self._sources = {c.id: c for c in choices}
            self.sources_list.set_choices(
                [
                    (
                        c.id,
                        c.name
                        if not c.channel_name or c.channel_id == channel_id
                        else f"{c.name} — {c.channel_name}",
                    )
                    for c in choices
                ],
                form.source_ids,
            )
            self.categories_list.set_choices(service.category_choices(), form.auto_complete_category_ids)
        except DomainError as exc:
            self.form.show_form_error(exc.message)
        self.form.add_field(
            "source_ids",
            self.tr("Channels"),
            self.sources_list,
            self.tr("A channel belongs to one routing channel; one shown with another's name moves here."),
        )
        self.form.add_field(
            "auto_complete_category_ids", self.tr("Auto-complete categories"), self.categories_list
        )
        self.resize(580, 600)
        self.name_edit.setFocus()

    def current_form(self) -> RoutingChannelForm:
        return RoutingChannelForm(
            self.name_edit.text(),
            self.label_edit.text(),
            **{name: spin.value() for name, spin in self.spins.items()},
            source_ids=tuple(self.sources_list.checked_values()),
            auto_complete_category_ids=tuple(self.categories_list.checked_values()),
        )

    def moved_sources(self, form: RoutingChannelForm) -> list[str]:
        return [
            f"{c.name} ({c.channel_name})"
            for sid in form.source_ids
            if (c := self._sources.get(sid)) is not None and c.channel_id not in (None, self.channel_id)
        ]

    def save(self) -> bool:
        form, service, channel_id = self.current_form(), self.service, self.channel_id
        moved = self.moved_sources(form)
        if moved and not confirm_destructive(
            self,
            self.tr("Move channels"),
            self.tr("These channels leave their routing channel for this one: %1").replace(
                "%1", ", ".join(moved)
            ),
            self.tr("Move them"),
        ):
            return False
        take = bool(moved)
        if channel_id is None:
            return self.submit(lambda: service.create_channel(form, take_sources=take)) is not None
        saved = save_with_version(
            self,
            self.submit,
            lambda version: service.update_channel(channel_id, form, version=version, take_sources=take),
            self.version,
            {
                "name": self.tr("Name"),
                "soft_capability": self.tr("Soft capability"),
                "hard_capability": self.tr("Hard capability"),
            },
            self.reload,
        )
        return saved is not None

    def reload(self) -> None:
        assert self.channel_id is not None
        try:
            detail = self.service.get_channel(self.channel_id)
        except DomainError as exc:
            self.form.show_form_error(exc.message)
            return
        self.version = detail.version
        self.name_edit.setText(detail.form.name)
        self.label_edit.setText(detail.form.label)
        for name, spin in self.spins.items():
            spin.setValue(int(getattr(detail.form, name)))
        self.sources_list.set_checked(detail.form.source_ids)
        self.categories_list.set_checked(detail.form.auto_complete_category_ids)
        self.form.clear_errors()
