""""Which client is this from?": the dialog for an e-mail whose sender no client knows.

It lists every client (archived ones marked) to file the e-mail under, or offers a
new client whose name is pre-filled from the sender (``services.intake
.suggest_client_name``: "Jane Doe" at acme-health.org → "Acme Health"), and asks
whether to remember the sender's address, the whole mail domain, or nothing. The
dialog only collects the answer (:class:`SenderChoice`); the window applies it
through the workspace.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from consultant.core.domains import claim_refusal, domain_of
from consultant.core.models import Client
from consultant.ui.item_models import privacy_badge

__all__ = ["SenderChoice", "UnknownSenderDialog"]

Remember = Literal["address", "domain", "none"]


@dataclass(frozen=True, slots=True)
class SenderChoice:
    """An existing client (``client_id``) or a new one (``new_name``), and what of the
    sender to remember for it."""

    client_id: int | None
    new_name: str
    remember: Remember


class UnknownSenderDialog(QDialog):
    def __init__(
        self,
        sender: str,
        sender_name: str,
        clients: list[Client],
        suggested_name: str,
        *,
        current_client_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Which client is this from?")
        self.setMinimumWidth(480)
        self.choice: SenderChoice | None = None
        self._sender = sender
        who = f"{sender_name} <{sender}>" if sender and sender_name else sender
        intro = QLabel(
            f"<b>{_html(who)}</b> is not a contact of any client yet. File the e-mail "
            f"under:"
            if sender
            else "This e-mail has no sender address. File it under:"
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)

        self.existing_radio = QRadioButton("An &existing client")
        self.new_radio = QRadioButton("A &new client:")
        kind = QButtonGroup(self)
        kind.addButton(self.existing_radio)
        kind.addButton(self.new_radio)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter clients…")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.client_list = QListWidget()
        self.client_list.setObjectName("senderClientList")
        self.client_list.setMinimumHeight(150)
        suggested_key = " ".join(suggested_name.split()).casefold()
        preselect: QListWidgetItem | None = None
        for client in sorted(clients, key=lambda c: (c.archived, c.name.casefold())):
            label = client.name
            badge = privacy_badge(client.privacy)
            if badge:
                label += f"   {badge}"
            if client.archived:
                label += "   (archived)"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, client.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, client.name.casefold())
            self.client_list.addItem(item)
            if client.name.casefold() == suggested_key or (
                preselect is None and client.id == current_client_id
            ):
                preselect = item
        self.client_list.currentItemChanged.connect(
            lambda *_a: self.existing_radio.setChecked(True)
        )
        self.name_edit = QLineEdit(suggested_name)
        self.name_edit.setObjectName("newClientName")
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText("Client name, e.g. Acme Health")
        self.name_edit.textEdited.connect(lambda _t: self.new_radio.setChecked(True))

        domain = domain_of(sender) if sender else None
        self.domain = domain or ""
        self.remember_address = QRadioButton(
            f"Remember the address {sender}" if sender else "Remember the address"
        )
        self.remember_domain = QRadioButton(
            f"Remember everyone at {domain}" if domain else "Remember the mail domain"
        )
        self.remember_none = QRadioButton("Only this e-mail (remember nothing)")
        remember = QButtonGroup(self)
        for button in (self.remember_address, self.remember_domain, self.remember_none):
            remember.addButton(button)
        refusal = claim_refusal(domain) if domain else "The sender has no mail domain."
        self.remember_domain.setEnabled(refusal is None)
        if refusal is not None:
            self.remember_domain.setToolTip(refusal)
        self.remember_address.setEnabled(bool(sender))
        (self.remember_address if sender else self.remember_none).setChecked(True)

        self.error_label = QLabel()
        self.error_label.setObjectName("inlineError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)

        grid = QGridLayout()
        grid.setColumnMinimumWidth(0, 18)
        grid.addWidget(self.existing_radio, 0, 0, 1, 2)
        grid.addWidget(self.filter_edit, 1, 1)
        grid.addWidget(self.client_list, 2, 1)
        grid.addWidget(self.new_radio, 3, 0, 1, 2)
        grid.addWidget(self.name_edit, 4, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addSpacing(6)
        layout.addWidget(QLabel("For this client, from now on:"))
        for button in (self.remember_address, self.remember_domain, self.remember_none):
            layout.addWidget(button)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        if preselect is not None:
            self.client_list.setCurrentItem(preselect)
            self.existing_radio.setChecked(True)
        else:
            self.new_radio.setChecked(True)
        if self.client_list.count() == 0:
            self.existing_radio.setEnabled(False)
            self.filter_edit.hide()
            self.client_list.hide()
            self.existing_radio.setText("An existing client (there are none yet)")

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.client_list.count()):
            item = self.client_list.item(row)
            name = str(item.data(Qt.ItemDataRole.UserRole + 1))
            item.setHidden(bool(needle) and needle not in name)

    def _remember(self) -> Remember:
        if self.remember_address.isChecked():
            return "address"
        if self.remember_domain.isChecked():
            return "domain"
        return "none"

    def _accept(self) -> None:
        if self.new_radio.isChecked():
            name = " ".join(self.name_edit.text().split())
            if not name:
                self._error("Give the new client a name.")
                self.name_edit.setFocus()
                return
            self.choice = SenderChoice(None, name, self._remember())
        else:
            item = self.client_list.currentItem()
            if item is None or item.isHidden():
                self._error("Choose a client in the list, or a new client.")
                return
            self.choice = SenderChoice(int(item.data(Qt.ItemDataRole.UserRole)), "",
                                       self._remember())  # fmt: skip
        self.accept()

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
