"""Settings → Invoicing: your business as printed on invoices, numbering, VAT, terms.

:class:`InvoicingPage` is one tab of the settings dialog. It edits a ``Settings``
copy only through :meth:`InvoicingPage.apply_to`, which checks every value with the
service rules (``services.billing.edit_business`` for the business details,
``check_number_format`` and ``parse_tax_rate`` for the defaults) and raises an
:class:`InvoicingError` naming the refused field; the dialog's Save writes the file.
Doubtful but accepted values (a VAT id whose check digit fails, a missing logo file)
are shown as a non-blocking note, already when the user leaves the field.

:class:`CountryCombo` (ISO 3166 codes with names, "DE — Germany") is shared with the
client dialog's Billing tab.
"""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from consultant.core.billing_identity import COUNTRIES
from consultant.core.invoice_render import COUNTRY_NAMES
from consultant.core.settings import Profile, Settings
from consultant.services.billing import (
    BUSINESS_FIELDS,
    check_number_format,
    edit_business,
    parse_tax_rate,
)
from consultant.services.workspace import ServiceError

__all__ = [
    "SMALL_BUSINESS_LABEL",
    "CountryCombo",
    "InvoicingError",
    "InvoicingPage",
    "country_label",
]

ERROR_COLOR = "#c62828"
WARN_COLOR = "#a15c00"
SEP = " — "

SMALL_BUSINESS_LABEL = "Small business: no VAT is charged (e.g. § 19 UStG)"
SMALL_BUSINESS_HINT = (
    "Every invoice then bills 0 % VAT (category E) and carries the exemption note; "
    "the default VAT rate is not used."
)


# -- countries ------------------------------------------------------------------------
def _country_name(code: str) -> str:
    names = COUNTRY_NAMES.get(code)
    if names is not None:
        return names[0]
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.codeToTerritory("ZZ"):  # AnyTerritory: Qt does not know it
        return code
    return QLocale.territoryToString(territory)


def country_label(code: str) -> str:
    """``"DE"`` → ``"DE — Germany"``; ``""`` → ``""``."""
    return f"{code}{SEP}{_country_name(code)}" if code else ""


class CountryCombo(QComboBox):
    """An editable list of ISO 3166 countries ("DE — Germany"), searchable by code or
    name. :meth:`code` gives what the user means (a code, or the typed text for the
    service to refuse); it is never checked here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(14)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.addItem("", "")
        for code in sorted(COUNTRIES, key=lambda c: _country_name(c).casefold()):
            self.addItem(country_label(code), code)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText("Type a code or a name, e.g. DE or Germany")
            line.editingFinished.connect(self._tidy)

    def code(self) -> str:
        """The chosen country's code, or the typed text as it is."""
        text = self.currentText().strip()
        if not text:
            return ""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        head = text.split(SEP.strip(), 1)[0].strip()
        if len(head) == 2 and head.upper() in COUNTRIES:
            return head.upper()
        for row in range(1, self.count()):  # a name typed in full: "germany"
            label = self.itemText(row)
            if label.split(SEP, 1)[-1].casefold() == text.casefold():
                return str(self.itemData(row))
        return text

    def set_code(self, code: str) -> None:
        index = self.findData(code.strip().upper()) if code.strip() else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)

    def _tidy(self) -> None:
        """Show a typed "at" or "austria" as "AT — Austria" once the user moves on."""
        code = self.code()
        index = self.findData(code) if code else -1
        if index > 0 and self.currentText() != self.itemText(index):
            self.setCurrentIndex(index)


# -- the page -------------------------------------------------------------------------
class InvoicingError(ServiceError):
    """A refused value on the Invoicing page; ``field`` names its input."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


#: (field, label, placeholder, tooltip) of the one-line business fields, in order.
_IDENTITY = (
    ("business", "&Legal name:", "", "The name you are registered under (trade register, "
     "tax office). Empty: your name."),
    ("name", "Your &name:", "e.g. Alex Example", "Also used to sign the replies the "
     "assistant drafts for you."),
)  # fmt: skip
_IDS = (
    ("vat_id", "&VAT id:", "e.g. DE123456789", "With the country prefix. Needed for reverse "
     "charge to clients in other EU countries."),
    ("tax_id", "Tax &number:", "e.g. 30/123/45678", "Your national tax number (Steuernummer); "
     "an invoice needs it or the VAT id."),
    ("email", "&E-mail:", "you@example.com", "Printed on invoices and used in your signature."),
    ("phone", "&Phone:", "+49 30 1234567", "XRechnung e-invoices need it."),
    ("website", "&Website:", "example.dev", ""),
)  # fmt: skip
_BANK = (
    ("bank_name", "Ban&k:", "Example Bank", ""),
    ("iban", "&IBAN:", "DE89 3704 0044 0532 0130 00", "Printed with the payment details; "
     "e-invoices name it as the account for the transfer."),
    ("bic", "&BIC:", "COBADEFFXXX", "8 or 11 characters; optional within SEPA."),
)  # fmt: skip


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return form


class InvoicingPage(QWidget):
    """Your business, numbering, default VAT rate, terms and payment days."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoicingPage")
        profile = settings.profile
        #: the one-line business fields by Profile attribute (address and country apart)
        self.fields: dict[str, QLineEdit] = {}

        business = QGroupBox("Your business")
        identity = _form()
        business.setLayout(identity)
        for name, label, placeholder, tip in _IDENTITY:
            identity.addRow(*self._line(name, label, placeholder, tip, profile))
        self.address_edit = QPlainTextEdit(profile.address)
        self.address_edit.setObjectName("businessAddress")
        self.address_edit.setPlaceholderText("Street 1\n10115 Berlin")
        self.address_edit.setToolTip("Street, post code and city, one per line; the country "
                                     "is chosen below.")  # fmt: skip
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(64)
        identity.addRow(self._label("&Address:", self.address_edit), self.address_edit)
        self.country_combo = CountryCombo()
        self.country_combo.setObjectName("businessCountry")
        self.country_combo.set_code(profile.country)
        self.country_combo.setToolTip("Decides the VAT case with each client's country.")
        identity.addRow(self._label("&Country:", self.country_combo), self.country_combo)
        for name, label, placeholder, tip in _IDS:
            identity.addRow(*self._line(name, label, placeholder, tip, profile))
        self.logo_edit = QLineEdit(profile.logo_path)
        self.logo_edit.setObjectName("logoPath")
        self.logo_edit.setPlaceholderText("optional: a PNG or SVG")
        self.logo_edit.setToolTip("Printed at the top of every invoice.")
        self.fields["logo_path"] = self.logo_edit
        self.logo_button = QPushButton("Choose…")
        self.logo_button.clicked.connect(self.choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(self.logo_button)
        identity.addRow(self._label("L&ogo file:", self.logo_edit), logo_row)

        bank = QGroupBox("Payment details")
        bank_form = _form()
        bank.setLayout(bank_form)
        for name, label, placeholder, tip in _BANK:
            bank_form.addRow(*self._line(name, label, placeholder, tip, profile))
        iban = self.fields["iban"].text().replace(" ", "")
        self.fields["iban"].setText(" ".join(iban[i : i + 4] for i in range(0, len(iban), 4)))

        vat = QGroupBox("VAT")
        vat_form = _form()
        vat.setLayout(vat_form)
        self.small_business_check = QCheckBox(SMALL_BUSINESS_LABEL)
        self.small_business_check.setObjectName("smallBusiness")
        self.small_business_check.setChecked(profile.small_business)
        self.small_business_hint = _muted(SMALL_BUSINESS_HINT)
        self.small_business_hint.setContentsMargins(22, 0, 0, 0)
        vat_form.addRow(self.small_business_check)
        vat_form.addRow(self.small_business_hint)
        self.tax_rate_edit = QLineEdit(settings.default_tax_rate)
        self.tax_rate_edit.setObjectName("defaultTaxRate")
        self.tax_rate_edit.setPlaceholderText("e.g. 19")
        self.tax_rate_edit.setMaximumWidth(90)
        vat_form.addRow(self._label("Default VAT &rate (%):", self.tax_rate_edit),
                        self.tax_rate_edit)  # fmt: skip

        invoices = QGroupBox("New invoices")
        defaults = _form()
        invoices.setLayout(defaults)
        self.number_format_edit = QLineEdit(settings.invoice_number_format)
        self.number_format_edit.setObjectName("numberFormat")
        self.number_format_edit.setToolTip(
            "{year} and {seq} (the gapless number within the year), e.g. {year}-{seq:04d}. "
            "Invoices and credit notes share the series."
        )
        self.number_preview = _muted("")
        numbers = QVBoxLayout()
        numbers.setSpacing(2)
        numbers.addWidget(self.number_format_edit)
        numbers.addWidget(self.number_preview)
        defaults.addRow(self._label("N&umbers:", self.number_format_edit), numbers)
        self.payment_days_edit = QLineEdit(str(settings.payment_days))
        self.payment_days_edit.setObjectName("paymentDays")
        self.payment_days_edit.setMaximumWidth(90)
        self.payment_days_edit.setToolTip(
            "Days from the issue date to the due date; 0: due on receipt. A client can "
            "have its own (client → Billing)."
        )
        days_row = QHBoxLayout()
        days_row.addWidget(self.payment_days_edit)
        days_row.addWidget(_muted("days after the invoice date"), 1)
        defaults.addRow(self._label("Payment &days:", self.payment_days_edit), days_row)
        self.payment_terms_edit = QPlainTextEdit(settings.default_payment_terms)
        self.payment_terms_edit.setObjectName("paymentTerms")
        self.payment_terms_edit.setPlaceholderText("e.g. Payable within 14 days by bank transfer.")
        self.payment_terms_edit.setToolTip("Printed on new invoices (one paragraph); a draft "
                                           "can change it.")  # fmt: skip
        self.payment_terms_edit.setTabChangesFocus(True)
        self.payment_terms_edit.setFixedHeight(50)
        defaults.addRow(self._label("Payment &terms:", self.payment_terms_edit),
                        self.payment_terms_edit)  # fmt: skip

        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.setHorizontalSpacing(12)
        grid.addWidget(
            _muted("Printed on every invoice and credit note. Issued invoices keep the "
                   "details they were issued with."),
            0, 0, 1, 2,
        )  # fmt: skip
        grid.addWidget(business, 1, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(bank, 1, 1)
        grid.addWidget(vat, 2, 1)
        grid.addWidget(invoices, 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        # the page's own background, not the viewport's
        self.scroll_area.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: 600;")
        self.error_label.hide()
        self.note_label = QLabel()
        self.note_label.setObjectName("invoicingNote")
        self.note_label.setWordWrap(True)
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label.setStyleSheet(f"color: {WARN_COLOR};")
        self.note_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.note_label)

        self.fields["name"].textChanged.connect(self._name_changed)
        self.number_format_edit.textChanged.connect(self._number_changed)
        self.small_business_check.toggled.connect(self._small_business_changed)
        for name in ("vat_id", "iban", "bic", "email", "logo_path"):
            self.fields[name].editingFinished.connect(self.check)
        country_line = self.country_combo.lineEdit()
        if country_line is not None:
            country_line.editingFinished.connect(self.check)
        self._name_changed()
        self._number_changed()
        self._small_business_changed()

    # -- building -----------------------------------------------------------------
    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _line(
        self, name: str, label: str, placeholder: str, tip: str, profile: Profile
    ) -> tuple[QLabel, QLineEdit]:
        edit = QLineEdit(str(getattr(profile, name)))
        edit.setObjectName(f"business_{name}")
        edit.setPlaceholderText(placeholder)
        if tip:
            edit.setToolTip(tip)
        self.fields[name] = edit
        return self._label(label, edit), edit

    def _name_changed(self) -> None:
        own = self.fields["name"].text().strip()
        self.fields["business"].setPlaceholderText(
            f"{own} (your name)" if own else "e.g. Alex Example IT Services"
        )

    def _number_changed(self) -> None:
        try:
            fmt = check_number_format(self.number_format_edit.text())
            year = date.today().year
            sample = fmt.format(year=year, seq=1, series=str(year))
        except ServiceError:
            self.number_preview.setText("needs {year} and {seq}, e.g. {year}-{seq:04d}")
            return
        self.number_preview.setText(f"first of the year: {sample}")

    def _small_business_changed(self) -> None:
        small = self.small_business_check.isChecked()
        self.tax_rate_edit.setEnabled(not small)
        self.tax_rate_edit.setToolTip(
            "Not used: as a small business you charge no VAT."
            if small
            else "For lines without a rate of their own; a draft can change it."
        )

    def choose_logo(self) -> None:
        start = self.logo_edit.text().strip() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, "Logo for invoices", start, "Images (*.png *.svg *.jpg *.jpeg)"
        )
        if path:
            self.logo_edit.setText(path)
            self.check()

    # -- reading and checking -----------------------------------------------------
    def business_values(self) -> dict[str, str]:
        """The business fields as typed, by Profile attribute (``BUSINESS_FIELDS``)."""
        values = {name: edit.text() for name, edit in self.fields.items()}
        values["address"] = self.address_edit.toPlainText()
        values["country"] = self.country_combo.code()
        return {name: values[name] for name in BUSINESS_FIELDS}

    def _business_into(self, profile: Profile) -> list[str]:
        values = self.business_values()
        try:
            warnings = edit_business(
                profile, small_business=self.small_business_check.isChecked(), **values
            )
        except ServiceError as exc:
            raise InvoicingError(str(exc), self._faulty(values)) from None
        logo = profile.logo_path.strip()
        if logo and not Path(logo).expanduser().is_file():
            warnings.append(f"The logo file {logo} does not exist; invoices print without it.")
        return warnings

    @staticmethod
    def _faulty(values: dict[str, str]) -> str:
        """Which field ``edit_business`` refused (it names the value, not the input)."""
        for name, value in values.items():
            try:
                edit_business(Profile(), small_business=None, **{name: value})
            except ServiceError:
                return name
        return "business"

    def apply_to(self, settings: Settings) -> list[str]:
        """Check every field and write them into ``settings``; returns the warnings
        (also shown in :attr:`note_label`). Refused: :class:`InvoicingError`, shown
        inline, ``settings`` unchanged."""
        profile = copy.deepcopy(settings.profile)
        try:
            warnings = self._business_into(profile)
            try:
                fmt = check_number_format(self.number_format_edit.text())
            except ServiceError as exc:
                raise InvoicingError(str(exc), "number_format") from None
            try:
                rate = parse_tax_rate(self.tax_rate_edit.text())
            except ServiceError as exc:
                raise InvoicingError(f"Default VAT rate: {exc}", "tax_rate") from None
            days_text = self.payment_days_edit.text().strip() or "0"
            if not days_text.isdigit() or int(days_text) > 365:
                raise InvoicingError(
                    f"“{days_text}” is not a number of payment days; use a whole number "
                    "from 0 to 365 (0: due on receipt).",
                    "payment_days",
                )
        except InvoicingError as exc:
            self.show_error(exc)
            raise
        settings.profile = profile
        settings.invoice_number_format = fmt
        settings.default_tax_rate = format(rate, "f")
        settings.payment_days = int(days_text)
        settings.default_payment_terms = " ".join(self.payment_terms_edit.toPlainText().split())
        self._show(self.error_label, "")
        self._show(self.note_label, "\n".join(f"⚠ {w}" for w in warnings))
        return warnings

    def check(self) -> bool:
        """Check the business fields now (when the user leaves one): a refusal or the
        warnings are shown at once; nothing is applied."""
        try:
            warnings = self._business_into(Profile())
        except InvoicingError as exc:
            self._show(self.error_label, str(exc))
            return False
        self._show(self.error_label, "")
        self._show(self.note_label, "\n".join(f"⚠ {w}" for w in warnings))
        return True

    def widget_for(self, field: str) -> QWidget:
        other: dict[str, QWidget] = {
            "address": self.address_edit,
            "country": self.country_combo,
            "number_format": self.number_format_edit,
            "tax_rate": self.tax_rate_edit,
            "payment_days": self.payment_days_edit,
            "payment_terms": self.payment_terms_edit,
        }
        return other.get(field) or self.fields.get(field) or self.fields["business"]

    def show_error(self, exc: InvoicingError) -> None:
        self._show(self.error_label, str(exc))
        widget = self.widget_for(exc.field)
        self.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus()

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
