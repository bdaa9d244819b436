"""Add or edit a client: details, privacy policy, notes, glossary, contacts, domains,
and the billing identity printed on invoices (the Billing tab).

OK saves everything in one transaction through ``services.settings_support.save_client``
(which uses the ``Workspace`` use cases). A refused form keeps the dialog open with
the reason shown inline next to the buttons and the faulty field focused; nothing
typed is lost. After a successful save ``dialog.client`` is the saved ``Client``
with its contacts and domains.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consultant.core.billing_identity import COUNTRIES
from consultant.core.models import Client, PrivacyPolicy, TaxCase
from consultant.core.money import COMMON_CURRENCIES, exponent, minor_to_decimal
from consultant.core.settings import Settings, load_settings
from consultant.core.tax import TaxRuleError, decide_tax_case
from consultant.services.settings_support import ClientFormError, ContactRow, save_client
from consultant.services.workspace import ServiceError, Workspace
from consultant.ui.settings_invoicing import CountryCombo

__all__ = ["BILLING_TAB", "INVOICE_LANGUAGE_CHOICES", "PRIVACY_CHOICES", "ClientDialog"]

#: Index of the Billing tab (``dialog.tabs.setCurrentIndex(BILLING_TAB)``).
BILLING_TAB = 3
INVOICE_LANGUAGE_CHOICES = (("en", "English"), ("de", "Deutsch"))
BUYER_REFERENCE_TIP = (
    "The client's purchase order number or reference, printed on the invoice. For "
    "XRechnung e-invoices to German public bodies: the Leitweg-ID, e.g. "
    "04011000-1234512345-06 (XRechnung requires it)."
)

PRIVACY_CHOICES: tuple[tuple[PrivacyPolicy, str, str], ...] = (
    (
        PrivacyPolicy.CLOUD,
        "Cloud",
        "Text is sent as written to the model you choose, cloud or local.",
    ),
    (
        PrivacyPolicy.REDACT,
        "Redact",
        "Names, addresses, dates of birth, phone numbers, e-mails, record and member "
        "numbers and other personal data are masked before text leaves this computer, "
        "and restored in what you see.",
    ),
    (
        PrivacyPolicy.LOCAL_ONLY,
        "Local only",
        "Only a model file, or a server you declared runs the model on this computer "
        "(Settings → Models), may see this client's text.",
    ),
)

GLOSSARY_HINT = (
    "Systems, vendors and terms this client uses: one per line, `Term: what it is`.\n"
    "e.g.  Sandata: the state's EVV system for home-care visits"
)
CONTACT_COLUMNS = ("E-mail", "Name", "Role")


class ClientDialog(QDialog):
    """Add (``client=None``) or edit a client."""

    def __init__(
        self, workspace: Workspace, client: Client | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        if client is not None and client.id is not None:
            client = workspace.client_by_id(client.id)  # with contacts and domains
        self._original = client
        self.client: Client | None = client
        self._settings: Settings = load_settings().settings
        self.setWindowTitle(f"Edit client — {client.name}" if client else "Add client")
        self.setMinimumWidth(600)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_general(), "Client")
        self.tabs.addTab(self._build_notes(), "Notes && glossary")
        self.tabs.addTab(self._build_people(), "Contacts && domains")
        self.tabs.addTab(self._build_billing(), "Billing")
        self.tabs.currentChanged.connect(self._update_billing_placeholders)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #c62828; font-weight: 600;")
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._load(client)
        self.name_edit.setFocus()

    # -- building ------------------------------------------------------------
    def _build_general(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("e.g. Sunrise Home Health")
        self.name_edit.setMaxLength(200)
        form.addRow("&Name:", self.name_edit)

        self.org_edit = QLineEdit()
        self.org_edit.setPlaceholderText("What they do, e.g. home-health agency, 40 nurses")
        form.addRow("&Organization:", self.org_edit)

        self.tone_edit = QLineEdit()
        self.tone_edit.setPlaceholderText("e.g. friendly, plain language, no jargon")
        form.addRow("&Tone:", self.tone_edit)

        rate_row = QHBoxLayout()
        self.rate_edit = QLineEdit()
        self.rate_edit.setPlaceholderText("120.00")
        self.rate_edit.setMaximumWidth(140)
        self.rate_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency_combo.addItems(list(COMMON_CURRENCIES))
        self.currency_combo.setMinimumContentsLength(5)
        rate_row.addWidget(self.rate_edit)
        rate_row.addWidget(self.currency_combo)
        rate_row.addWidget(QLabel("per hour"))
        rate_row.addStretch(1)
        rate_label = QLabel("Hourly &rate:")
        rate_label.setBuddy(self.rate_edit)
        form.addRow(rate_label, rate_row)

        # The model this client's conversations start on ("" = the settings' default).
        from consultant.services.models import available_models

        self.model_combo = QComboBox()
        self.model_combo.setObjectName("clientDefaultModel")
        self.model_combo.setEditable(True)
        self.model_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model_combo.addItem("")
        self.model_combo.addItems(available_models(self._settings))
        line = self.model_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText("The default model (Settings → Models)")
        self.model_combo.setToolTip(
            "The model new conversations with this client start on, e.g. ollama/llama3. "
            "A local-only client only ever uses a model that runs on this computer."
        )
        form.addRow("Default &model:", self.model_combo)

        privacy = QGroupBox("Privacy: what may leave this computer")
        grid = QGridLayout(privacy)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        self.privacy_group = QButtonGroup(self)
        self.privacy_buttons: dict[PrivacyPolicy, QRadioButton] = {}
        for index, (policy, title, explanation) in enumerate(PRIVACY_CHOICES):
            button = QRadioButton(title)
            button.setObjectName(f"privacy_{policy.value}")
            self.privacy_group.addButton(button, index)
            self.privacy_buttons[policy] = button
            hint = QLabel(explanation)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(placeholder-text);")
            hint.setBuddy(button)
            grid.addWidget(button, index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(hint, index, 1, Qt.AlignmentFlag.AlignTop)

        terms = QWidget()
        terms_row = QHBoxLayout(terms)
        terms_row.setContentsMargins(0, 0, 0, 0)
        self.redact_always_edit = QPlainTextEdit()
        self.redact_always_edit.setObjectName("redactAlways")
        self.redact_always_edit.setPlaceholderText("One per line, e.g.\nProject Bluebird\nWard 7B")
        self.redact_never_edit = QPlainTextEdit()
        self.redact_never_edit.setObjectName("redactNever")
        self.redact_never_edit.setPlaceholderText("One per line, e.g.\nParker (the EHR)\nSRFax")
        for label_text, edit, tip in (
            ("Always &mask:", self.redact_always_edit,
             "Terms masked for this client whenever text leaves this computer"),
            ("&Never mask:", self.redact_never_edit,
             "Product, vendor or system names that must stay readable"),
        ):  # fmt: skip
            column = QVBoxLayout()
            label = QLabel(label_text)
            label.setBuddy(edit)
            edit.setToolTip(tip)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(72)
            column.addWidget(label)
            column.addWidget(edit)
            terms_row.addLayout(column)
        self.redact_terms = terms
        grid.addWidget(terms, len(PRIVACY_CHOICES), 0, 1, 2)
        self.privacy_group.buttonToggled.connect(self._privacy_changed)

        outer = QVBoxLayout(page)
        outer.addLayout(form)
        outer.addSpacing(6)
        outer.addWidget(privacy)
        outer.addStretch(1)
        return page

    def _privacy_changed(self, *_args: object) -> None:
        self.redact_terms.setVisible(self._privacy() is PrivacyPolicy.REDACT)

    def _build_notes(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        notes_label = QLabel("&Notes (background the assistant should know):")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(
            "e.g. Small agency, the office manager does IT on the side; change windows "
            "are Friday afternoons."
        )
        notes_label.setBuddy(self.notes_edit)
        glossary_label = QLabel("&Glossary:")
        self.glossary_edit = QPlainTextEdit()
        self.glossary_edit.setPlaceholderText("Sandata: the state's EVV system\nHHAeXchange: …")
        glossary_label.setBuddy(self.glossary_edit)
        hint = QLabel(GLOSSARY_HINT)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_edit, 1)
        layout.addWidget(glossary_label)
        layout.addWidget(hint)
        layout.addWidget(self.glossary_edit, 1)
        return page

    def _build_people(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)

        layout.addWidget(QLabel("Contacts (their mail is matched to this client):"))
        self.contacts_table = QTableWidget(0, len(CONTACT_COLUMNS))
        self.contacts_table.setHorizontalHeaderLabels(list(CONTACT_COLUMNS))
        header = self.contacts_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 150)
        header.resizeSection(2, 140)
        self.contacts_table.setWordWrap(False)
        self.contacts_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.contacts_table.verticalHeader().hide()
        self.contacts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_table.setMinimumHeight(140)
        layout.addWidget(self.contacts_table, 2)
        contact_buttons = QHBoxLayout()
        self.add_contact_button = QPushButton("Add contact")
        self.add_contact_button.clicked.connect(self._add_contact_row)
        self.remove_contact_button = QPushButton("Remove")
        self.remove_contact_button.clicked.connect(self._remove_contact_rows)
        contact_buttons.addWidget(self.add_contact_button)
        contact_buttons.addWidget(self.remove_contact_button)
        contact_buttons.addStretch(1)
        layout.addLayout(contact_buttons)

        layout.addSpacing(8)
        domains_label = QLabel(
            "Mail domains (everyone writing from these belongs to this client; "
            "public providers such as gmail.com cannot be claimed):"
        )
        domains_label.setWordWrap(True)
        layout.addWidget(domains_label)
        self.domain_list = QListWidget()
        self.domain_list.setMinimumHeight(70)
        self.domain_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.domain_list, 1)
        domain_row = QHBoxLayout()
        self.domain_edit = QLineEdit()
        self.domain_edit.setPlaceholderText("example.org")
        self.domain_edit.returnPressed.connect(self._add_domain)
        self.add_domain_button = QPushButton("Add domain")
        self.add_domain_button.clicked.connect(self._add_domain)
        self.remove_domain_button = QPushButton("Remove")
        self.remove_domain_button.clicked.connect(self._remove_domains)
        domain_row.addWidget(self.domain_edit, 1)
        domain_row.addWidget(self.add_domain_button)
        domain_row.addWidget(self.remove_domain_button)
        layout.addLayout(domain_row)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.domain_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove_domains)
        return page

    def _build_billing(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(
            "Printed on invoices to this client. Issuing needs the billing address and "
            "the country; a client in another EU country also needs its VAT id."
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

        def row(text: str, widget: QWidget, field: QWidget | None = None) -> None:
            label = QLabel(text)
            label.setBuddy(field or widget)
            form.addRow(label, widget)

        self.legal_name_edit = QLineEdit()
        self.legal_name_edit.setObjectName("legalName")
        self.legal_name_edit.setToolTip("The name the client is registered under, e.g. "
                                        "with “GmbH”. Empty: the client name.")  # fmt: skip
        row("&Legal name:", self.legal_name_edit)
        self.billing_address_edit = QPlainTextEdit()
        self.billing_address_edit.setObjectName("billingAddress")
        self.billing_address_edit.setPlaceholderText("Hafenstraße 5\n20095 Hamburg")
        self.billing_address_edit.setToolTip(
            "Street, post code and city, one per line; the country is chosen below."
        )
        self.billing_address_edit.setTabChangesFocus(True)
        self.billing_address_edit.setFixedHeight(64)
        row("Billing &address:", self.billing_address_edit)
        self.country_combo = CountryCombo()
        self.country_combo.setObjectName("billingCountry")
        row("Countr&y:", self.country_combo)
        self.vat_id_edit = QLineEdit()
        self.vat_id_edit.setObjectName("vatId")
        self.vat_id_edit.setPlaceholderText("with the country prefix, e.g. ATU12345678")
        self.tax_case_label = QLabel()
        self.tax_case_label.setObjectName("taxCase")
        self.tax_case_label.setWordWrap(True)
        self.tax_case_label.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.tax_case_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        vat_box = QVBoxLayout()
        vat_box.setSpacing(3)
        vat_box.addWidget(self.vat_id_edit)
        vat_box.addWidget(self.tax_case_label)
        vat_label = QLabel("&VAT id:")
        vat_label.setBuddy(self.vat_id_edit)
        form.addRow(vat_label, vat_box)
        self.tax_id_edit = QLineEdit()
        self.tax_id_edit.setObjectName("taxId")
        self.tax_id_edit.setPlaceholderText("a national tax number, if the client has no VAT id")
        row("Ta&x id:", self.tax_id_edit)
        self.billing_email_edit = QLineEdit()
        self.billing_email_edit.setObjectName("billingEmail")
        row("Billing e-&mail:", self.billing_email_edit)
        self.billing_contact_edit = QLineEdit()
        self.billing_contact_edit.setObjectName("billingContact")
        row("Billing c&ontact:", self.billing_contact_edit)

        self.payment_days_edit = QLineEdit()
        self.payment_days_edit.setObjectName("clientPaymentDays")
        self.payment_days_edit.setMaximumWidth(90)
        self.payment_days_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        default_days = self._settings.payment_days
        self.payment_days_edit.setPlaceholderText(str(default_days))
        self.payment_days_edit.setToolTip("0: due on receipt. Empty: the default from "
                                          "Settings → Invoicing.")  # fmt: skip
        days_row = QHBoxLayout()
        days_row.addWidget(self.payment_days_edit)
        days_note = QLabel(f"after the invoice date (empty: the default, {default_days} days)")
        days_note.setStyleSheet("color: palette(placeholder-text);")
        days_row.addWidget(days_note, 1)
        days_label = QLabel("&Payment days:")
        days_label.setBuddy(self.payment_days_edit)
        form.addRow(days_label, days_row)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("invoiceLanguage")
        for code, name in INVOICE_LANGUAGE_CHOICES:
            self.language_combo.addItem(name, code)
        self.language_combo.setToolTip("The language of this client's invoices: labels, "
                                       "dates, numbers and the VAT note.")  # fmt: skip
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        language_label = QLabel("Invoice lan&guage:")
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, language_row)
        self.buyer_reference_edit = QLineEdit()
        self.buyer_reference_edit.setObjectName("buyerReference")
        self.buyer_reference_edit.setPlaceholderText("PO number, or the Leitweg-ID for XRechnung")
        self.buyer_reference_edit.setToolTip(BUYER_REFERENCE_TIP)
        row("Buyer &reference / PO:", self.buyer_reference_edit)
        layout.addLayout(form)
        layout.addStretch(1)

        self.name_edit.textChanged.connect(self._update_billing_placeholders)
        self.vat_id_edit.textChanged.connect(self._update_tax_case)
        self.country_combo.currentTextChanged.connect(self._update_tax_case)
        return page

    def _update_billing_placeholders(self, *_args: object) -> None:
        name = " ".join(self.name_edit.text().split())
        self.legal_name_edit.setPlaceholderText(
            f"{name} (the client name)" if name else "e.g. Acme Pflegedienst GmbH"
        )
        first = next((r for r in self.contact_rows() if r.email.strip()), None)
        self.billing_email_edit.setPlaceholderText(
            f"{first.email.strip()} (the first contact)" if first
            else "where invoices go, e.g. accounting@example.com"
        )  # fmt: skip
        self.billing_contact_edit.setPlaceholderText(
            f"{first.name.strip()} (the first contact)" if first and first.name.strip()
            else "printed as “Attn.”, e.g. Maria Muster"
        )  # fmt: skip

    def _update_tax_case(self, *_args: object) -> None:
        """Say which VAT rule invoices to this client follow, as typed so far."""
        profile = self._settings.profile
        color = "palette(placeholder-text)"
        country = self.country_combo.code()
        try:
            case = decide_tax_case(
                seller_country=profile.country,
                seller_small_business=profile.small_business,
                buyer_country=country if country in COUNTRIES else "",
                buyer_vat_id=self.vat_id_edit.text(),
                buyer_name="The client",
            )
        except TaxRuleError as exc:
            text, color = str(exc), "#a15c00"
        else:
            if not profile.country and not profile.small_business:
                text = "Set your business's country in Settings → Invoicing to see the VAT rule."
            else:
                text = {
                    TaxCase.DOMESTIC: "VAT: domestic, at the invoice's rate.",
                    TaxCase.REVERSE_CHARGE: "VAT: reverse charge, 0 % — the client accounts "
                    "for the VAT; both VAT ids are printed.",
                    TaxCase.SMALL_BUSINESS: "VAT: none — you are a small business "
                    "(Settings → Invoicing).",
                    TaxCase.OUTSIDE_EU: "VAT: 0 % — services to a client outside the EU "
                    "are not taxed in your country.",
                }[case]
        self.tax_case_label.setText(text)
        self.tax_case_label.setStyleSheet(f"color: {color};")

    # -- filling and reading -------------------------------------------------
    def _load(self, client: Client | None) -> None:
        policy = client.privacy if client else PrivacyPolicy.CLOUD
        self.privacy_buttons[policy].setChecked(True)
        self._privacy_changed()
        if client is None:
            self.currency_combo.setCurrentText("EUR")
            self._update_billing_placeholders()
            self._update_tax_case()
            return
        self.name_edit.setText(client.name)
        self.org_edit.setText(client.organization)
        self.tone_edit.setText(client.tone)
        self.model_combo.setCurrentText(client.default_model)
        self.currency_combo.setCurrentText(client.currency)
        if client.hourly_rate_minor:
            value = minor_to_decimal(client.hourly_rate_minor, client.currency)
            self.rate_edit.setText(f"{value:.{exponent(client.currency)}f}")
        self.notes_edit.setPlainText(client.notes)
        self.glossary_edit.setPlainText(client.glossary)
        self.redact_always_edit.setPlainText(client.redact_always)
        self.redact_never_edit.setPlainText(client.redact_never)
        for contact in client.contacts:
            self._add_contact_row(contact.email, contact.name, contact.role, edit=False)
        for domain in client.domains:
            self.domain_list.addItem(domain)
        self.legal_name_edit.setText(client.legal_name)
        self.billing_address_edit.setPlainText(client.billing_address)
        self.country_combo.set_code(client.country)
        self.vat_id_edit.setText(client.vat_id)
        self.tax_id_edit.setText(client.tax_id)
        self.billing_email_edit.setText(client.billing_email)
        self.billing_contact_edit.setText(client.billing_contact)
        if client.payment_days is not None:
            self.payment_days_edit.setText(str(client.payment_days))
        index = self.language_combo.findData(client.invoice_language or "en")
        self.language_combo.setCurrentIndex(max(index, 0))
        self.buyer_reference_edit.setText(client.buyer_reference)
        self._update_billing_placeholders()
        self._update_tax_case()

    def _privacy(self) -> PrivacyPolicy:
        for policy, button in self.privacy_buttons.items():
            if button.isChecked():
                return policy
        return PrivacyPolicy.CLOUD

    def contact_rows(self) -> list[ContactRow]:
        rows: list[ContactRow] = []
        for row in range(self.contacts_table.rowCount()):
            cells = []
            for column in range(len(CONTACT_COLUMNS)):
                item = self.contacts_table.item(row, column)
                cells.append(item.text() if item is not None else "")
            rows.append(ContactRow(*cells))
        return rows

    def domains(self) -> list[str]:
        return [self.domain_list.item(i).text() for i in range(self.domain_list.count())]

    # -- contacts and domains ------------------------------------------------
    def _add_contact_row(
        self, email: str = "", name: str = "", role: str = "", *, edit: bool = True
    ) -> None:
        row = self.contacts_table.rowCount()
        self.contacts_table.insertRow(row)
        for column, text in enumerate((email, name, role)):
            self.contacts_table.setItem(row, column, QTableWidgetItem(text))
        if edit:
            self.contacts_table.setCurrentCell(row, 0)
            item = self.contacts_table.item(row, 0)
            if item is not None:
                self.contacts_table.editItem(item)

    def _remove_contact_rows(self) -> None:
        rows = sorted({index.row() for index in self.contacts_table.selectedIndexes()})
        if not rows and self.contacts_table.currentRow() >= 0:
            rows = [self.contacts_table.currentRow()]
        for row in reversed(rows):
            self.contacts_table.removeRow(row)

    def _add_domain(self) -> None:
        text = self.domain_edit.text().strip().lower()
        if not text:
            return
        if text not in self.domains():
            self.domain_list.addItem(QListWidgetItem(text))
        self.domain_edit.clear()

    def _remove_domains(self) -> None:
        for item in self.domain_list.selectedItems():
            self.domain_list.takeItem(self.domain_list.row(item))

    # -- saving --------------------------------------------------------------
    def _save(self) -> None:
        # A domain typed but not yet added counts: the user clearly meant it.
        self._add_domain()
        client_id = self.client.id if self.client is not None else None
        model = self.model_combo.currentText().strip()
        try:
            self._workspace.client_fields(default_model=model)
        except ServiceError as exc:
            self.show_error(str(exc), None)
            self.model_combo.setFocus()
            return
        try:
            saved = save_client(
                self._workspace,
                client_id,
                self.name_edit.text(),
                organization=self.org_edit.text(),
                tone=self.tone_edit.text(),
                rate=self.rate_edit.text(),
                currency=self.currency_combo.currentText(),
                privacy=self._privacy().value,
                notes=self.notes_edit.toPlainText(),
                glossary=self.glossary_edit.toPlainText(),
                redact_always=self.redact_always_edit.toPlainText(),
                redact_never=self.redact_never_edit.toPlainText(),
                contacts=self.contact_rows(),
                domains=self.domains(),
                **self.billing_values(),
            )
        except ClientFormError as exc:
            self.show_error(str(exc), exc.field)
            return
        except ServiceError as exc:
            self.show_error(str(exc), None)
            return
        if saved.default_model != model:
            try:
                saved = self._workspace.edit_client(saved.name, default_model=model)
            except ServiceError as exc:
                self.show_error(str(exc), None)
                return
        self.client = saved
        self.error_label.hide()
        self.accept()

    def billing_values(self) -> dict[str, str]:
        """The Billing tab as ``save_client`` takes it (checked there, not here)."""
        return {
            "legal_name": self.legal_name_edit.text(),
            "billing_address": self.billing_address_edit.toPlainText(),
            "country": self.country_combo.code(),
            "vat_id": self.vat_id_edit.text(),
            "tax_id": self.tax_id_edit.text(),
            "billing_email": self.billing_email_edit.text(),
            "billing_contact": self.billing_contact_edit.text(),
            "payment_days": self.payment_days_edit.text(),
            "invoice_language": str(self.language_combo.currentData() or "en"),
            "buyer_reference": self.buyer_reference_edit.text(),
        }

    def show_error(self, message: str, field: str | None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        targets: dict[str, tuple[int, QWidget]] = {
            "name": (0, self.name_edit),
            "rate": (0, self.rate_edit),
            "currency": (0, self.currency_combo),
            "contacts": (2, self.contacts_table),
            "domains": (2, self.domain_list),
            "legal_name": (BILLING_TAB, self.legal_name_edit),
            "billing_address": (BILLING_TAB, self.billing_address_edit),
            "country": (BILLING_TAB, self.country_combo),
            "vat_id": (BILLING_TAB, self.vat_id_edit),
            "tax_id": (BILLING_TAB, self.tax_id_edit),
            "billing_email": (BILLING_TAB, self.billing_email_edit),
            "billing_contact": (BILLING_TAB, self.billing_contact_edit),
            "payment_days": (BILLING_TAB, self.payment_days_edit),
            "invoice_language": (BILLING_TAB, self.language_combo),
            "buyer_reference": (BILLING_TAB, self.buyer_reference_edit),
        }
        if field in targets:
            tab, widget = targets[field]
            self.tabs.setCurrentIndex(tab)
            widget.setFocus()
