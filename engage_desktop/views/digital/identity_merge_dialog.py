"""Pick an identity to merge into a customer profile (searching identities of every community)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.digital.identity_groups import IdentityGroupDetail
from engage_desktop.views.widgets.form import FormDialog


class IdentityMergeDialog(FormDialog):
    """Search, pick one identity, Merge: the profile's values win; the identity fills its gaps."""

    def __init__(
        self, session: AppSession, group: IdentityGroupDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, save_text=self.tr("Merge"))
        self.setObjectName("identityMergeDialog")
        self.setWindowTitle(self.tr("Merge an identity into “%1”").replace("%1", group.label))
        self.session = session
        self.group = group
        hint = QLabel(
            self.tr(
                "The identity joins this customer profile. Where both have a value, the profile's is kept; "
                "the identity only fills what the profile lacks. Unmerge gives it back."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hintLabel")
        self.form.form_layout.insertRow(0, hint)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("identitySearch")
        self.search_edit.setAccessibleName(self.tr("Search identities"))
        self.search_edit.setPlaceholderText(self.tr("Search names, e-mails, network ids"))
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("identityResults")
        self.results.setAccessibleName(self.tr("Identities found"))
        self.form.form_layout.addRow(self.search_edit)
        self.form.add_field("identity_id", "", self.results)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self._timer.start)
        self.results.itemDoubleClicked.connect(lambda _item: self.save())
        self.resize(520, 460)
        self.search_edit.setFocus()

    def search(self) -> None:
        """Up to 50 identities matching the text, not already in this profile."""
        self.results.clear()
        text = self.search_edit.text().strip()
        if not text:
            return
        inside = {i.id for i in self.group.identities}
        rows = self.form.submit(
            lambda: self.session.identities.list_identities(ListQuery(search=text), limit=50)
        )
        for row in rows or []:
            if row.id in inside:
                continue
            label = f"{row.display_name or row.screenname} — {row.community_name}"
            if row.email:
                label += f" ({row.email})"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def save(self) -> bool:
        item = self.results.currentItem()
        if item is None:
            return False
        identity_id = int(item.data(Qt.ItemDataRole.UserRole))
        group_id = self.group.id
        return (
            self.submit(lambda: self.session.identity_merge.merge_identity(identity_id, group_id)) is not None
        )
