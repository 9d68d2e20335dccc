"""One entry's versions: the list (language · format), and the selected one's editor — language,
format, the body (plain text, or HTML edited as rich text or as source) with its rendered,
sanitised preview, and its attachments (name, size, type)."""

from __future__ import annotations

import html
import mimetypes
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.agent_tools.attachments import human_size
from engage_desktop.services.agent_tools.entries import AttachmentForm, VersionDetail, VersionForm
from engage_desktop.services.agent_tools.html_safety import sanitize_html
from engage_desktop.services.channels.source_fields import LANGUAGES
from engage_desktop.views.channels.channel_widgets import CheckList


def version_title(version: VersionForm) -> str:
    fmt = "HTML" if version.format == "html" else QCoreApplication.translate("VersionEditor", "Text")
    return f"{version.language or '?'} · {fmt}"


class VersionEditor(QWidget):
    """Holds the versions being edited; `versions()` gives them back as forms."""

    changed = Signal()

    def __init__(
        self,
        sources: list[tuple[int, str]],
        parent: QWidget | None = None,
        *,
        allow_remote_images: bool = False,
    ) -> None:
        super().__init__(parent)
        self.allow_remote_images = allow_remote_images
        self._versions: list[VersionForm] = []
        self._sizes: dict[int, tuple[int, str]] = {}  # stored attachment id -> (size, type)
        self._current = -1
        self._loading = False

        self.version_list = QListWidget()
        self.version_list.setObjectName("versionList")
        self.version_list.setAccessibleName(self.tr("Versions"))
        self.version_list.setMaximumWidth(170)
        self.version_list.currentRowChanged.connect(self._select)
        self.add_button = QPushButton(self.tr("Add version"))
        self.add_button.setObjectName("addVersionButton")
        self.add_button.clicked.connect(self.add_version)
        self.remove_button = QPushButton(self.tr("Remove version"))
        self.remove_button.setObjectName("removeVersionButton")
        self.remove_button.clicked.connect(self.remove_version)
        left = QVBoxLayout()
        left.addWidget(self.version_list, 1)
        left.addWidget(self.add_button)
        left.addWidget(self.remove_button)

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("versionLanguageCombo")
        self.language_combo.setAccessibleName(self.tr("Language"))
        for code, name in sorted(LANGUAGES.items(), key=lambda item: item[1]):
            self.language_combo.addItem(
                f"{QCoreApplication.translate('SourceFormWidget', name)} ({code})", code
            )
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("versionFormatCombo")
        self.format_combo.setAccessibleName(self.tr("Format"))
        self.format_combo.addItem(self.tr("Text"), "text")
        self.format_combo.addItem(self.tr("HTML"), "html")
        self.source_mode = QCheckBox(self.tr("Edit HTML source"))
        self.source_mode.setObjectName("htmlSourceMode")
        self.rich_edit = QTextEdit()
        self.rich_edit.setObjectName("versionRichEdit")
        self.rich_edit.setAccessibleName(self.tr("Body (rich text)"))
        self.plain_edit = QPlainTextEdit()
        self.plain_edit.setObjectName("versionBodyEdit")
        self.plain_edit.setAccessibleName(self.tr("Body"))
        self.body_stack = QStackedWidget()
        self.body_stack.addWidget(self.plain_edit)
        self.body_stack.addWidget(self.rich_edit)
        self.format_bar = QHBoxLayout()
        for text, name, action in (
            ("B", "boldButton", self._bold),
            ("I", "italicButton", lambda: self.rich_edit.setFontItalic(not self.rich_edit.fontItalic())),
            (
                "U",
                "underlineButton",
                lambda: self.rich_edit.setFontUnderline(not self.rich_edit.fontUnderline()),
            ),
        ):
            button = QToolButton()
            button.setText(text)
            button.setObjectName(name)
            button.setAccessibleName(
                {"B": self.tr("Bold"), "I": self.tr("Italic"), "U": self.tr("Underline")}[text]
            )
            button.clicked.connect(action)
            self.format_bar.addWidget(button)
        self.format_bar.addWidget(self.source_mode)
        self.format_bar.addStretch(1)
        self.preview = QTextBrowser()
        self.preview.setObjectName("versionPreview")
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setOpenExternalLinks(False)
        self.preview.setOpenLinks(False)
        self.sources_list = CheckList(visible_rows=2)
        self.sources_list.setObjectName("versionSourcesList")
        self.sources_list.setAccessibleName(self.tr("Channels of this version"))
        self.sources_list.set_choices(sources)
        self.sources_list.setMaximumHeight(64)
        self.attachment_list = QListWidget()
        self.attachment_list.setObjectName("attachmentList")
        self.attachment_list.setAccessibleName(self.tr("Attachments"))
        self.attachment_list.setMaximumHeight(56)
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.setObjectName("attachButton")
        self.attach_button.clicked.connect(self.choose_attachment)
        self.detach_button = QPushButton(self.tr("Remove file"))
        self.detach_button.setObjectName("detachButton")
        self.detach_button.clicked.connect(self.remove_attachment)

        fields = QFormLayout()
        fields.addRow(self.tr("Language"), self.language_combo)
        fields.addRow(self.tr("Format"), self.format_combo)
        editor = QWidget()
        body = QVBoxLayout(editor)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(fields)
        body.addLayout(self.format_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.body_stack)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_title = QLabel(self.tr("Preview (as agents will send it)"))
        preview_title.setObjectName("hintLabel")
        preview_layout.addWidget(preview_title)
        preview_layout.addWidget(self.preview)
        splitter.addWidget(preview_box)
        splitter.setMinimumHeight(200)
        body.addWidget(splitter, 1)
        body.addWidget(QLabel(self.tr("Channels (none ticked: every channel of the entry)")))
        body.addWidget(self.sources_list)
        attachments = QHBoxLayout()
        attachments.addWidget(self.attachment_list, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.detach_button)
        attachments.addLayout(buttons)
        body.addWidget(QLabel(self.tr("Attachments")))
        body.addLayout(attachments)
        self.editor_box = editor

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left)
        layout.addWidget(editor, 1)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(200)
        self._preview_timer.timeout.connect(self.update_preview)
        for signal in (self.plain_edit.textChanged, self.rich_edit.textChanged):
            signal.connect(self._edited)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.language_combo.currentIndexChanged.connect(self._edited)
        self.source_mode.toggled.connect(self._mode_changed)
        self._show_editor()

    # ---- the list --------------------------------------------------------------------------------
    def set_versions(self, versions: tuple[VersionDetail, ...]) -> None:
        self._sizes = {a.id: (a.size, a.mime_type) for v in versions for a in v.attachments}
        self._versions = [v.form() for v in versions]
        self._current = -1
        self.version_list.clear()
        for version in self._versions:
            self.version_list.addItem(version_title(version))
        if self._versions:
            self.version_list.setCurrentRow(0)
        self._show_editor()

    def versions(self) -> tuple[VersionForm, ...]:
        self._store()
        return tuple(self._versions)

    def add_version(self) -> None:
        self._store()
        used = {v.language for v in self._versions}
        language = next((c for c in ("en", "fr", "de", "es") if c not in used), "en")
        self._versions.append(VersionForm(language, "text", ""))
        self.version_list.addItem(version_title(self._versions[-1]))
        self.version_list.setCurrentRow(len(self._versions) - 1)
        self.plain_edit.setFocus()
        self.changed.emit()

    def remove_version(self) -> None:
        row = self.version_list.currentRow()
        if row < 0:
            return
        self._current = -1
        del self._versions[row]
        self.version_list.takeItem(row)
        self._select(self.version_list.currentRow())
        self._show_editor()
        self.changed.emit()

    def _select(self, row: int) -> None:
        self._store()
        self._current = row
        if row < 0 or row >= len(self._versions):
            self._show_editor()
            return
        version = self._versions[row]
        self._loading = True
        try:
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(version.language)))
            self.format_combo.setCurrentIndex(1 if version.format == "html" else 0)
            self.source_mode.setChecked(False)
            self.plain_edit.setPlainText(version.body)
            if version.format == "html":
                self._show_rich(version.body)
            self.sources_list.set_checked(version.source_ids)
            self._fill_attachments(version)
        finally:
            self._loading = False
        self._show_editor()
        self.update_preview()

    # ---- the selected version ----------------------------------------------------------------------
    def current_body(self) -> str:
        """The source box holds the body as loaded or typed; the rich editor's HTML (Qt's own,
        verbose) replaces it only once the rich text was edited, so an untouched save changes nothing."""
        rich = self.format_combo.currentData() == "html" and not self.source_mode.isChecked()
        if rich and self.rich_edit.document().isModified():
            return sanitize_html(self.rich_edit.toHtml())
        return self.plain_edit.toPlainText()

    def _store(self) -> None:
        if self._loading or not 0 <= self._current < len(self._versions):
            return
        version = replace(
            self._versions[self._current],
            language=self.language_combo.currentData(),
            format=self.format_combo.currentData(),
            body=self.current_body(),
            source_ids=tuple(self.sources_list.checked_values()),
        )
        self._versions[self._current] = version
        item = self.version_list.item(self._current)
        if item is not None:
            item.setText(version_title(version))

    def _show_editor(self) -> None:
        has = 0 <= self._current < len(self._versions)
        self.editor_box.setEnabled(has)
        self.remove_button.setEnabled(has)
        is_html = self.format_combo.currentData() == "html"
        rich = is_html and not self.source_mode.isChecked()
        self.body_stack.setCurrentWidget(self.rich_edit if rich else self.plain_edit)
        self.source_mode.setVisible(is_html)
        for i in range(self.format_bar.count()):
            item = self.format_bar.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QToolButton):
                widget.setVisible(rich)

    def _edited(self) -> None:
        if self._loading:
            return
        self._store()
        self._preview_timer.start()
        self.changed.emit()

    def _format_changed(self) -> None:
        if self._loading:
            return
        self._loading = True
        if self.format_combo.currentData() == "html":
            markup = "<p>" + html.escape(self.plain_edit.toPlainText()).replace("\n", "<br>") + "</p>"
            self.plain_edit.setPlainText(markup)
            self._show_rich(markup)
        else:
            self.plain_edit.setPlainText(self.rich_edit.toPlainText())
        self._loading = False
        self._show_editor()
        self._edited()

    def _mode_changed(self, source: bool) -> None:
        self._loading = True
        if source and self.rich_edit.document().isModified():
            self.plain_edit.setPlainText(sanitize_html(self.rich_edit.toHtml()))
        elif not source:
            self._show_rich(self.plain_edit.toPlainText())
        self._loading = False
        self._show_editor()
        self._edited()

    def _show_rich(self, markup: str) -> None:
        self.rich_edit.setHtml(sanitize_html(markup))
        self.rich_edit.document().setModified(False)

    def _bold(self) -> None:
        bold = self.rich_edit.fontWeight() > QFont.Weight.Normal.value
        self.rich_edit.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)

    def update_preview(self) -> None:
        body = self.current_body()
        if self.format_combo.currentData() == "html":
            self.preview.setHtml(sanitize_html(body, allow_remote_images=self.allow_remote_images))
        else:
            self.preview.setPlainText(body)

    # ---- attachments -------------------------------------------------------------------------------
    def _fill_attachments(self, version: VersionForm) -> None:
        self.attachment_list.clear()
        for attachment in version.attachments:
            if attachment.id is not None and attachment.id in self._sizes:
                size, mime_type = self._sizes[attachment.id]
            else:
                size = len(attachment.data or b"")
                mime_type = mimetypes.guess_type(attachment.filename, strict=False)[0] or "?"
            item = QListWidgetItem(f"{attachment.filename} — {human_size(size)} — {mime_type}")
            self.attachment_list.addItem(item)

    def add_attachment(self, filename: str, data: bytes) -> None:
        """The service checks size, type and content on save (the message names the file)."""
        if not 0 <= self._current < len(self._versions):
            return
        self._store()
        version = self._versions[self._current]
        version = replace(version, attachments=(*version.attachments, AttachmentForm(filename, data)))
        self._versions[self._current] = version
        self._fill_attachments(version)
        self.changed.emit()

    def choose_attachment(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if name:
            path = Path(name)
            try:
                self.add_attachment(path.name, path.read_bytes())
            except OSError as exc:
                self.attachment_list.addItem(
                    self.tr("Cannot read %1: %2").replace("%1", path.name).replace("%2", str(exc))
                )

    def remove_attachment(self) -> None:
        row = self.attachment_list.currentRow()
        if row < 0 or not 0 <= self._current < len(self._versions):
            return
        version = self._versions[self._current]
        kept = tuple(a for i, a in enumerate(version.attachments) if i != row)
        self._versions[self._current] = replace(version, attachments=kept)
        self._fill_attachments(self._versions[self._current])
        self.changed.emit()
