"""Billing widgets: time entries, the invoice editor, credit notes, the overview.

Every widget takes ``(workspace, client_id, parent=None)`` and talks to
:class:`consultant.services.billing.BillingService` only. Refusals are shown in an
inline error label (``error_label``), never as a crash. Signals:

- ``TimeEntriesView.entries_changed()`` / ``invoices_changed()``
- ``InvoiceEditorDialog.invoice_changed(int)`` (the invoice id; after a credit note
  once for the credited invoice and once for the credit note)
- ``CreditNoteDialog.credited(int)`` (the new credit note's id)
- ``InvoicesView.invoices_changed()``
- ``BillingPanel`` re-emits ``changed()`` for any of these and refreshes itself.

The editor shows a draft's VAT per line and per group (``document().vat_groups``) and
what still stops it from being issued (``issue_problems``); an issued invoice is
corrected with *Credit note…* (:class:`CreditNoteDialog`), never voided. *Export*
offers every format of :mod:`consultant.ui.invoice_export`. Amounts are always
computed by code; the optional *Suggest descriptions* (the Invoice text task) only
proposes wording, which the user edits before saving.
"""

from __future__ import annotations

import html
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consultant.core.durations import format_minutes
from consultant.core.invoice_render import InvoiceDocument, display_quantity
from consultant.core.models import Invoice, InvoiceLine, InvoiceStatus, TaxCase, TimeEntry
from consultant.core.money import format_minor
from consultant.core.tax import line_tax, vat_breakdown
from consultant.services.billing import (
    BillingService,
    Suggestion,
    SuggestionOutcome,
    entry_amount_minor,
    format_microusd,
    run_suggestion,
)
from consultant.services.workspace import ServiceError, Workspace
from consultant.ui.background import run_in_background
from consultant.ui.invoice_export import FORMATS, default_filename, export_invoice

__all__ = [
    "BillingOverview",
    "BillingPanel",
    "CreditNoteDialog",
    "InvoiceEditorDialog",
    "InvoicesView",
    "LogTimeDialog",
    "TimeEntriesView",
]

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_MUTED = "color: palette(placeholder-text);"

#: EN 16931 VAT categories as the editor explains them (tooltips, totals).
CATEGORY_TEXT = {
    "S": "S — standard rate",
    "Z": "Z — zero rate",
    "E": "E — exempt: small business (e.g. § 19 UStG)",
    "AE": "AE — reverse charge: the client accounts for the VAT",
    "O": "O — not subject to VAT: client outside the EU",
}
_CATEGORY_SHORT = {"Z": "zero rate", "E": "exempt", "AE": "reverse charge", "O": "outside the EU"}
_CASE_TEXT = {
    TaxCase.REVERSE_CHARGE: "reverse charge",
    TaxCase.SMALL_BUSINESS: "small business",
    TaxCase.OUTSIDE_EU: "client outside the EU",
}


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #c62828; font-weight: 600;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _item(text: str, *, right: bool = False, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if right:
        item.setTextAlignment(_RIGHT)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(False)
    return table


def _rate(value: Decimal | str) -> str:
    """``Decimal("19")`` → ``"19"``, ``"7.50"`` → ``"7.5"`` (never ``2E+1``)."""
    text = format(Decimal(value).normalize(), "f")
    return text


def _period(start: str, end: str) -> str:
    return start if start == end else f"{start} – {end}"


_CLI_CLIENT_HINT = re.compile(r"\(consultant client edit “[^”]*” or (the client's Billing tab)\)")


def _desktop(text: str) -> str:
    """A service sentence without its command-line alternative (the CLI shares them)."""
    text = text.replace(" (or consultant business edit)", "")
    return _CLI_CLIENT_HINT.sub(r"(\1)", text)


def _fit_rows(table: QTableWidget, most: int) -> None:
    """Make ``table`` as tall as its rows (at most ``most`` of them, at least one)."""
    rows = max(1, min(table.rowCount(), most))
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(min(rows, table.rowCount())))
    height += table.verticalHeader().defaultSectionSize() * max(0, rows - table.rowCount())
    scroll = table.horizontalScrollBar()
    if scroll is not None and scroll.isVisible():
        height += scroll.sizeHint().height()
    table.setFixedHeight(height)


# -- time ---------------------------------------------------------------------------
class LogTimeDialog(QDialog):
    """Log (or edit) a time entry. ``conversation_id`` links the entry to a conversation."""

    def __init__(
        self,
        workspace: Workspace,
        client_id: int,
        parent: QWidget | None = None,
        *,
        conversation_id: int | None = None,
        entry: TimeEntry | None = None,
    ) -> None:
        super().__init__(parent)
        self.billing = BillingService(workspace)
        self.client = self.billing.client(client_id)
        self.conversation_id = conversation_id
        self.entry = entry
        self.saved: TimeEntry | None = None
        self.setWindowTitle(f"{'Edit' if entry else 'Log'} time — {self.client.name}")
        form = QFormLayout()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        day = date.fromisoformat(entry.work_date) if entry else date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.duration_edit = QLineEdit(format_minutes(entry.minutes) if entry else "")
        self.duration_edit.setPlaceholderText("1.5, 1:30, 1h30m or 90m")
        self.description_edit = QLineEdit(entry.description if entry else "")
        self.description_edit.setPlaceholderText("What was done")
        rate_minor = entry.rate_minor if entry else self.client.hourly_rate_minor
        currency = entry.currency if entry else self.client.currency
        self.rate_edit = QLineEdit(format_minor(rate_minor, currency, symbol=False))
        self.rate_edit.setToolTip(f"Hourly rate in {currency}; defaults to the client's rate.")
        form.addRow("Date", self.date_edit)
        form.addRow("Duration", self.duration_edit)
        form.addRow("Description", self.description_edit)
        form.addRow(f"Rate ({currency}/h)", self.rate_edit)
        if conversation_id is not None:
            title = workspace.conversation(conversation_id).title
            form.addRow("Conversation", QLabel(title))
        self.error_label = _error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        # Tab leaves the date for the next field (a date edit otherwise tabs
        # through its year/month/day sections; Left/Right still move between them),
        # and a new entry starts in Duration: the date is usually today.
        self.date_edit.installEventFilter(self)
        QWidget.setTabOrder(self.date_edit, self.duration_edit)
        QWidget.setTabOrder(self.duration_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.rate_edit)
        if entry is None:
            self.duration_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: object, event: object) -> bool:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtGui import QKeyEvent

        if (
            watched is self.date_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            QWidget.focusNextPrevChild(self, forward)
            return True
        if isinstance(watched, QObject) and isinstance(event, QEvent):
            return super().eventFilter(watched, event)
        return False

    def save(self) -> bool:
        day = self.date_edit.date().toString("yyyy-MM-dd")
        try:
            if self.entry is not None and self.entry.id is not None:
                self.saved = self.billing.update_entry(
                    self.entry.id, duration=self.duration_edit.text(),
                    description=self.description_edit.text(), work_date=day,
                    rate=self.rate_edit.text(),
                )  # fmt: skip
            else:
                self.saved = self.billing.log_time(
                    self.client, self.duration_edit.text(), self.description_edit.text(),
                    work_date=day, rate=self.rate_edit.text(),
                    conversation_id=self.conversation_id,
                )  # fmt: skip
        except ServiceError as exc:
            _show(self.error_label, str(exc))
            return False
        self.accept()
        return True


class TimeEntriesView(QWidget):
    """A client's time entries with Log time / Edit / Delete / Create invoice."""

    entries_changed = Signal()
    invoices_changed = Signal()

    def __init__(self, workspace: Workspace, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.client_id = client_id
        self.billing = BillingService(workspace)
        self.table = _table(["Date", "Duration", "Description", "Rate", "Amount", "Invoice"])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QTableWidget.SelectionMode.ExtendedSelection)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.unbilled_only = QCheckBox("Unbilled only")
        self.unbilled_only.toggled.connect(lambda _on: self.refresh())
        self.log_button = QPushButton("Log time…")
        self.log_button.clicked.connect(self.log_time)
        self.edit_button = QPushButton("Edit…")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton("Delete")
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.invoice_button = QPushButton("Create invoice…")
        self.invoice_button.setToolTip("A draft invoice from the selected (or all) unbilled time")
        self.invoice_button.clicked.connect(lambda: self.create_invoice())
        self.total_label = QLabel()
        self.error_label = _error_label()
        bar = QHBoxLayout()
        for w in (self.log_button, self.edit_button, self.delete_button, self.invoice_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.unbilled_only)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.total_label)
        layout.addWidget(self.error_label)
        self.entries: list[TimeEntry] = []
        self.refresh()

    def refresh(self) -> None:
        self.entries = self.billing.entries(self.client_id, unbilled=self.unbilled_only.isChecked())
        self.table.setRowCount(len(self.entries))
        unbilled_minutes = 0
        for row, e in enumerate(self.entries):
            amount = entry_amount_minor(e.rate_minor, e.minutes)
            self.table.setItem(row, 0, _item(e.work_date, data=e.id))
            self.table.setItem(row, 1, _item(format_minutes(e.minutes), right=True))
            self.table.setItem(row, 2, _item(e.description))
            self.table.setItem(row, 3, _item(format_minor(e.rate_minor, e.currency), right=True))
            self.table.setItem(row, 4, _item(format_minor(amount, e.currency), right=True))
            billed = f"#{e.invoice_id}" if e.invoice_id else "unbilled"
            self.table.setItem(row, 5, _item(billed))
            if e.invoice_id is None:
                unbilled_minutes += e.minutes
        self.table.resizeColumnsToContents()
        self.total_label.setText(f"Unbilled: {format_minutes(unbilled_minutes)} h")

    def selected_entries(self) -> list[TimeEntry]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.entries[r] for r in rows if r < len(self.entries)]

    def log_time(self) -> None:
        dialog = LogTimeDialog(self.workspace, self.client_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.entries_changed.emit()

    def edit_selected(self) -> None:
        chosen = self.selected_entries()
        if len(chosen) != 1:
            _show(self.error_label, "Select one time entry to edit.")
            return
        dialog = LogTimeDialog(self.workspace, self.client_id, self, entry=chosen[0])
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.entries_changed.emit()

    def delete_selected(self, *, confirm: bool = True) -> None:
        chosen = self.selected_entries()
        if not chosen:
            _show(self.error_label, "Select the time entries to delete.")
            return
        if confirm and (
            QMessageBox.question(self, "Delete time", f"Delete {len(chosen)} time entries?")
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            for e in chosen:
                assert e.id is not None
                self.billing.delete_entry(e.id)
        except ServiceError as exc:
            _show(self.error_label, str(exc))
        else:
            _show(self.error_label, "")
        self.refresh()
        self.entries_changed.emit()

    def _invoice_changed(self, _invoice_id: int) -> None:
        self.refresh()
        self.invoices_changed.emit()

    def create_invoice(self, *, open_editor: bool = True) -> InvoiceEditorDialog | None:
        """A draft from the selected unbilled entries (all unbilled if none selected)."""
        chosen = [e.id for e in self.selected_entries() if e.invoice_id is None and e.id]
        try:
            if chosen:
                draft = self.billing.create_draft(self.client_id, chosen)
            else:
                draft = self.billing.create_draft(self.client_id, all_unbilled=True)
        except ServiceError as exc:
            _show(self.error_label, str(exc))
            return None
        _show(self.error_label, "")
        assert draft.id is not None
        self.refresh()
        self.entries_changed.emit()
        self.invoices_changed.emit()
        dialog = InvoiceEditorDialog(self.workspace, self.client_id, self, invoice_id=draft.id)
        dialog.invoice_changed.connect(self._invoice_changed)
        if open_editor:
            dialog.open()
        return dialog


# -- invoices -----------------------------------------------------------------------
LINE_COLUMNS = ["Description", "Qty", "Unit price", "VAT", "Amount"]
COL_DESC, COL_QTY, COL_PRICE, COL_VAT, COL_AMOUNT = range(len(LINE_COLUMNS))


class InvoiceEditorDialog(QDialog):
    """Edit a draft (entries, manual lines, VAT per line, terms, notes), issue it, mark
    it paid, correct it with a credit note, export it in every format. Without
    ``invoice_id`` a new draft is made on first change."""

    invoice_changed = Signal(int)

    #: the folder of the last export in this session
    _export_dir: Path | None = None

    def __init__(
        self,
        workspace: Workspace,
        client_id: int,
        parent: QWidget | None = None,
        *,
        invoice_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.client_id = client_id
        self.billing = BillingService(workspace)
        self.client = self.billing.client(client_id)
        self.invoice_id = invoice_id
        self.invoice: Invoice | None = None
        self.document: InvoiceDocument | None = None
        #: why the draft cannot be issued yet (``issue_problems``), each naming a field
        self.problems: list[str] = []
        self._suggesting = False
        self._filling = False
        self._fields_loaded: int | None = None
        self._loaded_descriptions: dict[int, str] = {}
        area = self.screen().availableGeometry()
        self.resize(min(960, area.width() - 48), min(700, area.height() - 72))

        self.status_label = QLabel()
        self.status_label.setObjectName("invoiceStatus")
        self.status_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.reference_label = QLabel()
        self.reference_label.setObjectName("invoiceReference")
        self.reference_label.setWordWrap(True)
        self.reference_label.setTextFormat(Qt.TextFormat.RichText)
        self.reference_label.linkActivated.connect(self._open_link)

        # what stops the draft from being issued, with the places to fix it
        self.problems_box = QFrame()
        self.problems_box.setObjectName("issueProblems")
        self.problems_box.setStyleSheet(
            "#issueProblems { background: #fff4e0; border: 1px solid #e0b060; "
            "border-radius: 4px; } #issueProblems QLabel { color: #5d4000; }"
        )
        self.problems_label = QLabel()
        self.problems_label.setObjectName("issueProblemsText")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix_client_button = QPushButton("Client billing details…")
        self.fix_client_button.setToolTip("The client's Billing tab: address, country, VAT id")
        self.fix_client_button.clicked.connect(self.edit_client_billing)
        self.fix_settings_button = QPushButton("Invoicing settings…")
        self.fix_settings_button.setToolTip("Settings → Invoicing: your business details")
        self.fix_settings_button.clicked.connect(self.edit_invoicing_settings)
        problems_layout = QHBoxLayout(self.problems_box)
        problems_layout.setContentsMargins(10, 6, 10, 6)
        problems_layout.addWidget(self.problems_label, 1)
        fix_buttons = QVBoxLayout()
        fix_buttons.addWidget(self.fix_client_button)
        fix_buttons.addWidget(self.fix_settings_button)
        fix_buttons.addStretch(1)
        problems_layout.addLayout(fix_buttons)
        self.problems_box.hide()

        # unbilled entries to add
        self.entries_box = QGroupBox("Unbilled time")
        self.entries_table = _table(["Add", "Date", "Duration", "Description", "Amount"])
        self.entries_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch
        )
        self.add_entries_button = QPushButton("Add checked time")
        self.add_entries_button.clicked.connect(self.add_checked_entries)
        box = QVBoxLayout(self.entries_box)
        box.addWidget(self.entries_table)
        box.addWidget(self.add_entries_button, 0, Qt.AlignmentFlag.AlignRight)

        # lines
        self.lines_table = _table(LINE_COLUMNS)
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(COL_DESC, QHeaderView.ResizeMode.Stretch)
        for column in (COL_QTY, COL_PRICE, COL_VAT, COL_AMOUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        vat_header = self.lines_table.horizontalHeaderItem(COL_VAT)
        if vat_header is not None:
            vat_header.setToolTip("VAT rate per line; double-click to give a draft line its own")
        self.lines_table.itemChanged.connect(self._line_item_changed)
        self.remove_line_button = QPushButton("Remove line")
        self.remove_line_button.clicked.connect(self.remove_selected_line)
        self.suggest_button = QPushButton("Suggest descriptions")
        self.suggest_button.setToolTip(
            "Ask the Invoice text task to word the lines; amounts are never taken from it."
        )
        self.suggest_button.clicked.connect(self.suggest_descriptions)
        self.line_desc = QLineEdit()
        self.line_desc.setPlaceholderText("Manual line: description")
        self.line_qty = QLineEdit("1")
        self.line_qty.setMaximumWidth(70)
        self.line_qty.setToolTip("Quantity")
        self.line_price = QLineEdit()
        self.line_price.setPlaceholderText(f"Unit price ({self.client.currency})")
        self.line_price.setMaximumWidth(140)
        self.line_vat = QLineEdit()
        self.line_vat.setPlaceholderText("VAT %")
        self.line_vat.setToolTip("This line's own VAT rate; empty: the invoice's rate")
        self.line_vat.setMaximumWidth(70)
        self.add_line_button = QPushButton("Add line")
        self.add_line_button.clicked.connect(self.add_manual_line)
        self.line_desc.returnPressed.connect(self.add_manual_line)
        self.line_price.returnPressed.connect(self.add_manual_line)
        line_bar = QHBoxLayout()
        line_bar.addWidget(self.remove_line_button)
        line_bar.addWidget(self.suggest_button)
        line_bar.addSpacing(16)
        line_bar.addWidget(self.line_desc, 1)
        for w in (self.line_qty, self.line_price, self.line_vat, self.add_line_button):
            line_bar.addWidget(w)
        self.manual_widgets = (self.line_desc, self.line_qty, self.line_price, self.line_vat,
                               self.add_line_button)  # fmt: skip

        # fields
        settings = self.billing.settings
        self.tax_edit = QLineEdit(settings.default_tax_rate)
        self.tax_edit.setMaximumWidth(80)
        self.tax_edit.setToolTip("For the lines without a rate of their own (VAT column)")
        self.terms_edit = QLineEdit(settings.default_payment_terms)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(54)
        self.notes_edit.setTabChangesFocus(True)
        self.fields_form = fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.tax_case_hint = QLabel()
        self.tax_case_hint.setObjectName("taxCaseHint")
        self.tax_case_hint.setStyleSheet(_MUTED)
        self.tax_row = tax_row = QHBoxLayout()
        tax_row.addWidget(self.tax_edit)
        tax_row.addWidget(self.tax_case_hint, 1)
        fields.addRow("VAT rate (%)", tax_row)
        fields.addRow("Payment terms", self.terms_edit)
        fields.addRow("Notes", self.notes_edit)

        self.totals_label = QLabel()
        self.totals_label.setObjectName("invoiceTotals")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.tax_note_label = QLabel()
        self.tax_note_label.setObjectName("taxNote")
        self.tax_note_label.setWordWrap(True)
        self.tax_note_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.tax_note_label.setStyleSheet("font-style: italic;")
        totals = QVBoxLayout()
        totals.addWidget(self.totals_label)
        totals.addWidget(self.tax_note_label)
        totals.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addLayout(fields, 3)
        bottom.addSpacing(24)
        bottom.addLayout(totals, 2)

        self.cost_label = QLabel()
        self.cost_label.setObjectName("aiCost")
        self.cost_label.setStyleSheet(_MUTED)
        self.cost_label.setToolTip(
            "What this client's conversations cost you in model calls during the "
            "invoice's service period; never printed on the invoice."
        )
        self.error_label = _error_label()
        self.info_label = QLabel()
        self.info_label.setObjectName("invoiceInfo")
        self.info_label.setWordWrap(True)

        # actions
        self.save_button = QPushButton("Save draft")
        self.save_button.clicked.connect(lambda: self.save_draft())
        self.delete_button = QPushButton("Delete draft")
        self.delete_button.clicked.connect(lambda: self.delete_draft())
        self.issue_button = QPushButton("Issue…")
        self.issue_button.clicked.connect(lambda: self.issue())
        self.credit_button = QPushButton("Credit note…")
        self.credit_button.setToolTip(
            "Correct this invoice: a credit note with its own number reverses the lines "
            "you choose (an issued invoice is never changed or voided)."
        )
        self.credit_button.clicked.connect(lambda: self.open_credit_dialog())
        self.paid_button = QPushButton("Mark paid")
        self.paid_button.clicked.connect(lambda: self.mark_paid())
        self.export_button = QPushButton("Export")
        self.export_menu = QMenu(self.export_button)
        for fmt, (label, _ext) in FORMATS.items():
            action = self.export_menu.addAction(f"{label}…")
            action.setObjectName(f"export_{fmt}")
            action.triggered.connect(lambda _checked=False, f=fmt: self.export_dialog(f))
        self.export_button.setMenu(self.export_menu)
        self.close_button = close = QPushButton("Close")
        close.clicked.connect(self.accept)
        actions = QHBoxLayout()
        for w in (self.save_button, self.delete_button, self.issue_button, self.credit_button,
                  self.paid_button, self.export_button):  # fmt: skip
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.reference_label)
        layout.addWidget(self.problems_box)
        layout.addWidget(self.entries_box)
        self.lines_title = QLabel("Lines")
        self.lines_title.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.lines_title)
        layout.addWidget(self.lines_table, 1)
        layout.addLayout(line_bar)
        layout.addLayout(bottom)
        layout.addWidget(self.cost_label)
        layout.addWidget(self.info_label)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)
        self.refresh()

    # -- state ---------------------------------------------------------------------
    @property
    def is_draft(self) -> bool:
        return self.invoice is None or self.invoice.status == InvoiceStatus.DRAFT

    @property
    def can_credit(self) -> bool:
        inv = self.invoice
        return (
            inv is not None
            and not inv.is_credit_note
            and inv.status in (InvoiceStatus.ISSUED, InvoiceStatus.PAID)
            and inv.credited_lines < len(inv.lines)
        )

    def show_invoice(self, invoice_id: int) -> None:
        """Show another invoice of this client (a credit note, or the one it credits)."""
        self.invoice_id = invoice_id
        self._fields_loaded = None
        self._loaded_descriptions = {}
        _show(self.error_label, "")
        self.info_label.setText("")
        self.refresh()

    def _open_link(self, href: str) -> None:
        if href.startswith("invoice:") and href[8:].isdigit():
            self.show_invoice(int(href[8:]))

    def refresh(self) -> None:
        if self.invoice_id is not None:
            self.document = self.billing.document(self.invoice_id)
            self.invoice = self.document.invoice
        inv = self.invoice
        draft = self.is_draft
        self._show_title(inv)
        if inv is not None and (not draft or self._fields_loaded != inv.id):
            # load once per draft, so what the user typed survives adding lines
            self._fields_loaded = inv.id
            self.tax_edit.setText(inv.tax_rate)
            self.terms_edit.setText(inv.payment_terms)
            if self.notes_edit.toPlainText() != inv.notes:
                self.notes_edit.setPlainText(inv.notes)
        self._fill_entries(draft)
        self._fill_lines(inv, draft)
        self._show_totals(inv)
        self._show_problems(inv, draft)
        self._show_cost(inv)
        self.lines_title.setText(
            "Lines — double-click a description or a VAT rate to change it"
            if draft and inv is not None and inv.lines else "Lines"
        )  # fmt: skip
        for w in (self.tax_edit, self.remove_line_button, self.suggest_button,
                  self.save_button, *self.manual_widgets):  # fmt: skip
            w.setEnabled(draft)
        for w in (self.remove_line_button, self.suggest_button, *self.manual_widgets):
            w.setVisible(draft)
        self.terms_edit.setReadOnly(not draft)
        self.terms_edit.setFrame(draft)
        self.terms_edit.setStyleSheet("" if draft else "background: transparent;")
        self.notes_edit.setReadOnly(not draft)
        case = inv.tax_case if inv is not None else TaxCase.DOMESTIC
        self.tax_case_hint.setText(
            "" if case == TaxCase.DOMESTIC
            else f"not charged on this invoice: {_CASE_TEXT.get(case, case.value)} (0 %)"
        )  # fmt: skip
        if not draft:
            self.close_button.setFocus()  # no stray focus frame in a read-only table
        # an issued invoice shows only what it says: its rates are on the lines
        self.fields_form.setRowVisible(self.tax_row, draft)
        self.fields_form.setRowVisible(self.terms_edit, draft or bool(inv and inv.payment_terms))
        self.fields_form.setRowVisible(self.notes_edit, draft or bool(inv and inv.notes))
        self.delete_button.setEnabled(draft and inv is not None)
        self.issue_button.setEnabled(draft and inv is not None and bool(inv.lines))
        for w in (self.save_button, self.delete_button, self.issue_button):
            w.setVisible(draft)
        issued = inv is not None and inv.status == InvoiceStatus.ISSUED
        self.paid_button.setEnabled(issued)
        self.paid_button.setVisible(not draft)
        credit_note = inv is not None and inv.is_credit_note
        self.paid_button.setText("Mark settled" if credit_note else "Mark paid")
        self.paid_button.setToolTip(
            "The credited amount was refunded or offset" if credit_note
            else "The client has paid this invoice"
        )  # fmt: skip
        self.credit_button.setEnabled(self.can_credit)
        self.credit_button.setVisible(not draft and not credit_note)
        self.export_button.setEnabled(inv is not None)

    def _show_title(self, inv: Invoice | None) -> None:
        name = self.client.name
        if inv is None or inv.status == InvoiceStatus.DRAFT:
            title = f"Draft invoice — {name}"
        else:
            word = "Credit note" if inv.is_credit_note else "Invoice"
            title = f"{word} {inv.number} — {name} ({inv.display_status})"
            if inv.status == InvoiceStatus.VOID and inv.void_reason:
                title += f": {inv.void_reason}"
        self.status_label.setText(title)
        self.setWindowTitle(title)
        doc = self.document if inv is not None else None
        parts: list[str] = []
        if doc is not None and inv is not None and inv.is_credit_note:
            link = html.escape(doc.credited_number or "?")
            if inv.credited_invoice_id is not None:
                link = f'<a href="invoice:{inv.credited_invoice_id}">{link}</a>'
            parts.append(f"Credits invoice {link} of {html.escape(doc.credited_issue_date)}")
            if inv.credit_reason:
                parts.append(f"Reason: {html.escape(inv.credit_reason)}")
        elif inv is not None and inv.id is not None and not self.is_draft:
            notes = self.billing.credit_notes(inv.id)
            if notes:
                links = ", ".join(
                    f'<a href="invoice:{n.id}">{html.escape(n.number or "")}</a> of '
                    f"{html.escape(n.issue_date or '')}"
                    for n in notes
                )
                word = "Credit note" if len(notes) == 1 else "Credit notes"
                parts.append(f"{word}: {links}")
        if inv is not None and not self.is_draft and inv.issue_date:
            due = f" · due {inv.due_date}" if inv.due_date and not inv.is_credit_note else ""
            paid = f" · paid {inv.paid_date}" if inv.paid_date else ""
            parts.insert(0, f"Issued {inv.issue_date}{due}{paid}")
        self.reference_label.setText(" · ".join(parts))
        self.reference_label.setVisible(bool(parts))

    def _fill_entries(self, draft: bool) -> None:
        unbilled = self.billing.entries(self.client_id, unbilled=True) if draft else []
        self.entries_box.setVisible(bool(unbilled))
        self.entries_table.setRowCount(len(unbilled))
        for row, e in enumerate(unbilled):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, e.id)
            self.entries_table.setItem(row, 0, check)
            self.entries_table.setItem(row, 1, _item(e.work_date))
            self.entries_table.setItem(row, 2, _item(format_minutes(e.minutes), right=True))
            self.entries_table.setItem(row, 3, _item(e.description))
            amount = format_minor(entry_amount_minor(e.rate_minor, e.minutes), e.currency)
            self.entries_table.setItem(row, 4, _item(amount, right=True))
        self.entries_table.resizeColumnToContents(0)
        self.entries_table.setCurrentCell(-1, -1)
        _fit_rows(self.entries_table, 4)

    def _fill_lines(self, inv: Invoice | None, draft: bool) -> None:
        # descriptions typed (or proposed) but not saved yet survive a refresh
        pending: dict[int, str] = {}
        for row in range(self.lines_table.rowCount()):
            item = self.lines_table.item(row, COL_DESC)
            if item is None:
                continue
            line_id = int(item.data(Qt.ItemDataRole.UserRole))
            if self._loaded_descriptions.get(line_id, item.text()) != item.text():
                pending[line_id] = item.text()
        lines = inv.lines if inv else []
        currency = inv.currency if inv else self.client.currency
        credited_by = self._credited_by(inv)
        self._filling = True
        try:
            self.lines_table.setRowCount(len(lines))
            self._loaded_descriptions = {}
            for row, line in enumerate(lines):
                assert line.id is not None
                self._loaded_descriptions[line.id] = line.description
                desc = QTableWidgetItem(pending.get(line.id, line.description) if draft
                                        else line.description)  # fmt: skip
                desc.setData(Qt.ItemDataRole.UserRole, line.id)
                if not draft:
                    desc.setFlags(desc.flags() & ~Qt.ItemFlag.ItemIsEditable)
                note = credited_by.get(line.id)
                if note:
                    desc.setToolTip(f"Credited by credit note {note}")
                    desc.setForeground(self.palette().placeholderText())
                self.lines_table.setItem(row, COL_DESC, desc)
                qty = display_quantity(line.quantity) + (" h" if self._is_time(line) else "")
                self.lines_table.setItem(row, COL_QTY, _item(qty, right=True))
                price = format_minor(line.unit_price_minor, currency, symbol=False)
                self.lines_table.setItem(row, COL_PRICE, _item(price, right=True))
                assert inv is not None
                self.lines_table.setItem(row, COL_VAT, self._vat_item(inv, line, draft))
                amount = format_minor(line.amount_minor, currency, symbol=False)
                if note:
                    amount += " (credited)"
                self.lines_table.setItem(row, COL_AMOUNT, _item(amount, right=True))
            self.lines_table.setCurrentCell(-1, -1)
        finally:
            self._filling = False

    def _is_time(self, line: InvoiceLine) -> bool:
        doc = self.document
        return line.time_entry_id is not None or (
            doc is not None and line.id is not None and line.id in doc.time_line_ids
        )

    def _credited_by(self, inv: Invoice | None) -> dict[int, str]:
        if inv is None or inv.id is None or inv.is_credit_note or not inv.credited_lines:
            return {}
        found: dict[int, str] = {}
        for note in self.billing.credit_notes(inv.id):
            for line in note.lines:
                if line.credited_line_id is not None:
                    found[line.credited_line_id] = note.number or ""
        return found

    def _vat_item(self, inv: Invoice, line: InvoiceLine, draft: bool) -> QTableWidgetItem:
        category, rate = line_tax(inv, line)
        item = QTableWidgetItem(f"{_rate(rate)} %")
        item.setTextAlignment(_RIGHT)
        explained = CATEGORY_TEXT.get(category, category)
        editable = draft and inv.tax_case == TaxCase.DOMESTIC
        if editable:
            own = line.tax_rate is not None
            item.setToolTip(
                f"VAT category {explained}.\n"
                + ("This line's own rate" if own else "The invoice's rate")
                + " — double-click to change it; empty: the invoice's rate."
            )
            if not own:
                item.setForeground(self.palette().placeholderText())
        else:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(f"VAT category {explained}.")
        return item

    def _show_totals(self, inv: Invoice | None) -> None:
        doc = self.document
        if inv is None or doc is None:
            self.totals_label.setText("No lines yet.")
            self.tax_note_label.setText("")
            self.tax_note_label.hide()
            return
        cur = inv.currency
        rows = [("Net", format_minor(inv.subtotal_minor, cur))]
        for group in doc.vat_groups:
            kind = _CATEGORY_SHORT.get(group.category)
            label = f"VAT {_rate(group.rate)} %" + (f" ({kind})" if kind else "")
            if len(doc.vat_groups) > 1:
                label += f" on {format_minor(group.base_minor, cur)}"
            rows.append((label, format_minor(group.tax_minor, cur)))
        cells = "".join(
            f"<tr><td align='right' style='padding-right:14px'>{html.escape(label)}</td>"
            f"<td align='right'>{html.escape(value)}</td></tr>"
            for label, value in rows
        )
        total = html.escape(format_minor(inv.total_minor, cur))
        cells += (
            "<tr><td align='right' style='padding-right:14px; padding-top:4px'><b>Total</b></td>"
            f"<td align='right' style='padding-top:4px'><b>{total}</b></td></tr>"
        )
        self.totals_label.setText(f"<table cellspacing='0' cellpadding='1'>{cells}</table>")
        _show(self.tax_note_label, f"On the invoice: “{doc.tax_note}”" if doc.tax_note else "")

    def _show_problems(self, inv: Invoice | None, draft: bool) -> None:
        self.problems = []
        if draft and inv is not None and inv.id is not None:
            self.problems = [_desktop(p) for p in self.billing.issue_problems(inv.id)]
        if self.problems:
            lines = "\n".join(f"• {p}" for p in self.problems)
            self.problems_label.setText(f"Before this invoice can be issued:\n{lines}")
            self.issue_button.setToolTip(f"Cannot be issued yet:\n{lines}")
            about_business = any("Settings" in p for p in self.problems)
            about_client = any(
                "client" in p.lower() and "Settings" not in p for p in self.problems
            )
            self.fix_client_button.setVisible(about_client)
            self.fix_settings_button.setVisible(about_business)
        else:
            self.issue_button.setToolTip("Give this draft the next number and freeze it")
        self.problems_box.setVisible(bool(self.problems))

    def _show_cost(self, inv: Invoice | None) -> None:
        if inv is None or inv.id is None or inv.is_credit_note:
            self.cost_label.hide()
            return
        start, end, cost = self.billing.period_cost_microusd(inv.id)
        self.cost_label.setText(
            f"AI cost for this client {_period(start, end)}: {format_microusd(cost)} "
            "(not on the invoice)"
        )
        self.cost_label.show()

    def _fail(self, exc: Exception) -> None:
        _show(self.error_label, _desktop(str(exc)))

    def _changed(self) -> None:
        _show(self.error_label, "")
        self.refresh()
        if self.invoice_id is not None:
            self.invoice_changed.emit(self.invoice_id)

    def _ensure_draft(self) -> int:
        if self.invoice_id is None:
            draft = self.billing.create_draft(
                self.client_id, [], tax_rate=self.tax_edit.text(),
                payment_terms=self.terms_edit.text(), notes=self.notes_edit.toPlainText(),
            )  # fmt: skip
            assert draft.id is not None
            self.invoice_id = draft.id
        return self.invoice_id

    # -- fixing what stops issuing ------------------------------------------------------
    def edit_client_billing(self) -> None:
        from consultant.ui.client_dialog import BILLING_TAB, ClientDialog

        dialog = ClientDialog(self.workspace, self.client, self)
        dialog.tabs.setCurrentIndex(BILLING_TAB)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.client = self.billing.client(self.client_id)
            self._changed()

    def edit_invoicing_settings(self) -> None:
        from consultant.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.workspace, self)
        dialog.tabs.setCurrentWidget(dialog.invoicing_page)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()

    # -- draft editing ---------------------------------------------------------------
    def checked_entry_ids(self) -> list[int]:
        ids = []
        for row in range(self.entries_table.rowCount()):
            item = self.entries_table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def set_entries_checked(self, entry_ids: list[int] | None = None) -> None:
        """Check the given unbilled entries (all when ``None``)."""
        for row in range(self.entries_table.rowCount()):
            item = self.entries_table.item(row, 0)
            if item is None:
                continue
            wanted = entry_ids is None or item.data(Qt.ItemDataRole.UserRole) in entry_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def add_checked_entries(self) -> None:
        ids = self.checked_entry_ids()
        if not ids:
            _show(self.error_label, "Check the time entries to put on this invoice.")
            return
        try:
            self.billing.add_entries(self._ensure_draft(), ids)
        except ServiceError as exc:
            self._fail(exc)
            return
        self._changed()

    def add_manual_line(self) -> None:
        try:
            self.billing.add_line(
                self._ensure_draft(), self.line_desc.text(), self.line_qty.text(),
                self.line_price.text(), tax_rate=self.line_vat.text() or None,
            )  # fmt: skip
        except ServiceError as exc:
            self._fail(exc)
            return
        self.line_desc.clear()
        self.line_price.clear()
        self.line_vat.clear()
        self.line_qty.setText("1")
        self._changed()

    def _line_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != COL_VAT:
            return
        desc = self.lines_table.item(item.row(), COL_DESC)
        if desc is not None:
            self.set_line_vat(int(desc.data(Qt.ItemDataRole.UserRole)), item.text())

    def set_line_vat(self, line_id: int, text: str) -> bool:
        """A draft line's own VAT rate (``"7"``, ``"7 %"``); ``""``: the invoice's."""
        if self.invoice_id is None:
            return False
        rate = text.strip().rstrip("%").strip()
        inv = self.invoice
        line = next((x for x in inv.lines if x.id == line_id), None) if inv else None
        if inv is not None and line is not None and line.tax_rate is None and rate:
            try:  # the shown invoice rate, left as it was: nothing to change
                if Decimal(rate.replace(",", ".")) == Decimal(inv.tax_rate):
                    self.refresh()
                    return True
            except ArithmeticError:
                pass  # the service explains what is wrong with it
        try:
            self.billing.set_line_tax_rate(self.invoice_id, line_id, rate or None)
        except ServiceError as exc:
            self.refresh()  # back to the stored rate
            self._fail(exc)
            return False
        self._changed()
        return True

    def remove_selected_line(self) -> None:
        rows = sorted({i.row() for i in self.lines_table.selectedIndexes()})
        if not rows or self.invoice_id is None:
            _show(self.error_label, "Select a line to remove.")
            return
        try:
            for row in reversed(rows):
                item = self.lines_table.item(row, COL_DESC)
                if item is not None:
                    line_id = int(item.data(Qt.ItemDataRole.UserRole))
                    self.billing.remove_line(self.invoice_id, line_id)
        except ServiceError as exc:
            self._fail(exc)
        self._changed()

    def save_draft(self) -> bool:
        """Store tax rate, terms, notes and the (possibly edited) line descriptions."""
        if not self.is_draft:
            return False
        try:
            invoice_id = self._ensure_draft()
            current = {line.id: line.description for line in self.billing.invoice(invoice_id).lines}
            for row in range(self.lines_table.rowCount()):
                item = self.lines_table.item(row, COL_DESC)
                if item is None:
                    continue
                line_id = int(item.data(Qt.ItemDataRole.UserRole))
                if current.get(line_id) != item.text():
                    self.billing.set_line_description(invoice_id, line_id, item.text())
            self.billing.update_draft(
                invoice_id, tax_rate=self.tax_edit.text(), payment_terms=self.terms_edit.text(),
                notes=self.notes_edit.toPlainText(),
            )  # fmt: skip
        except ServiceError as exc:
            self._fail(exc)
            return False
        self.info_label.setText("")
        self._changed()
        return True

    def delete_draft(self, *, confirm: bool = True) -> bool:
        if self.invoice_id is None:
            self.reject()
            return True
        if confirm and (
            QMessageBox.question(
                self, "Delete draft", "Delete this draft? Its time becomes unbilled again."
            )
            != QMessageBox.StandardButton.Yes
        ):
            return False
        try:
            self.billing.delete_draft(self.invoice_id)
        except ServiceError as exc:
            self._fail(exc)
            return False
        deleted, self.invoice_id = self.invoice_id, None
        self.invoice_changed.emit(deleted)
        self.reject()
        return True

    # -- lifecycle -------------------------------------------------------------------
    def issue(self, *, confirm: bool = True, issue_date: str | None = None) -> bool:
        """Save, then issue: refused inline while ``issue_problems`` lists anything;
        ``issue_warnings`` are shown in the confirmation."""
        if not self.save_draft():
            return False
        assert self.invoice is not None and self.invoice_id is not None
        if self.problems:
            count = len(self.problems)
            _show(
                self.error_label,
                "This invoice cannot be issued yet: "
                + ("one detail is" if count == 1 else f"{count} details are")
                + " missing (listed above). Fill them in, then issue again.",
            )
            return False
        total = format_minor(self.invoice.total_minor, self.invoice.currency)
        if confirm:
            try:
                warnings = self.billing.issue_warnings(self.invoice_id)
            except ServiceError as exc:
                self._fail(exc)
                return False
            text = (
                f"Issue this invoice for {total}? It gets the next number and can no longer "
                "be changed — only marked paid, or corrected by a credit note."
            )
            box = QMessageBox(self)
            box.setWindowTitle("Issue invoice")
            box.setIcon(QMessageBox.Icon.Warning if warnings else QMessageBox.Icon.Question)
            box.setText(text)
            if warnings:
                box.setInformativeText(
                    "Please check first:\n" + "\n".join(f"• {w}" for w in warnings)
                )
            box.setStandardButtons(
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
            )
            box.button(QMessageBox.StandardButton.Yes).setText("Issue")
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return False
        try:
            issued = self.billing.issue(self.invoice_id, issue_date=issue_date)
        except ServiceError as exc:
            self._fail(exc)
            return False
        self._changed()
        self.info_label.setText(f"Issued as {issued.number} for {total}.")
        return True

    def mark_paid(self, paid_date: str | None = None) -> bool:
        try:
            assert self.invoice_id is not None
            self.billing.mark_paid(self.invoice_id, paid_date=paid_date)
        except ServiceError as exc:
            self._fail(exc)
            return False
        self._changed()
        return True

    def open_credit_dialog(self, *, modal: bool = True) -> CreditNoteDialog | None:
        """The *Credit note…* dialog for the shown invoice (``modal=False``: not shown,
        for tests to fill in and press its button)."""
        if self.invoice is None or not self.can_credit:
            _show(self.error_label, "Only an issued invoice with lines not yet credited "
                                    "can be credited.")  # fmt: skip
            return None
        dialog = CreditNoteDialog(self.billing, self.invoice, self)
        dialog.credited.connect(self._credited)
        if modal:
            dialog.open()
        return dialog

    def _credited(self, note_id: int) -> None:
        original = self.invoice_id
        if original is not None:
            self.invoice_changed.emit(original)
        self.show_invoice(note_id)
        note = self.invoice
        if note is not None and self.document is not None:
            self.info_label.setText(
                f"Credit note {note.number} issued for invoice {self.document.credited_number} "
                f"({format_minor(note.total_minor, note.currency)}). Export it to send it to "
                "the client."
            )
        self.invoice_changed.emit(note_id)

    # -- export ----------------------------------------------------------------------
    def export_dialog(self, fmt: str = "pdf") -> Path | None:
        """Ask where to write ``fmt`` (a key of ``FORMATS``), then export."""
        if self.invoice_id is None or fmt not in FORMATS:
            return None
        label, ext = FORMATS[fmt]
        name = default_filename(self.billing.document(self.invoice_id), fmt)
        folder = InvoiceEditorDialog._export_dir or Path.home()
        path, _chosen = QFileDialog.getSaveFileName(
            self, f"Export as {label}", str(folder / name), f"{label} (*.{ext})"
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != f".{ext}":
            target = target.with_name(target.name + f".{ext}")
        return self.export_to(target, fmt)

    def export_to(self, path: Path, fmt: str = "pdf") -> Path | None:
        """Write the shown invoice as ``fmt``; a refusal (e.g. what an e-invoice lacks)
        is shown inline and no file is written."""
        if self.invoice_id is None:
            _show(self.error_label, "There is nothing to export yet.")
            return None
        try:
            written = export_invoice(self.billing.document(self.invoice_id), fmt, path)
        except ServiceError as exc:
            self._fail(exc)
            return None
        _show(self.error_label, "")
        InvoiceEditorDialog._export_dir = written.parent
        label = FORMATS[fmt][0]
        self.info_label.setText(f"Exported as {label} to {written}.")
        return written

    # -- suggestions -----------------------------------------------------------------
    def suggest_descriptions(self) -> None:
        if self.invoice_id is None or self._suggesting:
            return
        try:
            suggestion = self.billing.prepare_suggestion(self.invoice_id)
        except ServiceError as exc:
            self._fail(exc)
            return
        self._suggesting = True
        self.suggest_button.setEnabled(False)
        self.info_label.setText("Asking the model for line descriptions…")
        run_in_background(
            lambda: run_suggestion(suggestion),
            lambda outcome: self._suggestions_ready(suggestion, outcome),
            lambda exc: self._suggestions_ready(suggestion, SuggestionOutcome(error=exc)),
            parent=self,
        )

    def _suggestions_ready(self, suggestion: Suggestion, outcome: SuggestionOutcome) -> None:
        self._suggesting = False
        self.suggest_button.setEnabled(self.is_draft)
        try:
            proposals = self.billing.finish_suggestion(suggestion, outcome)
        except ServiceError as exc:
            self.info_label.setText("")
            self._fail(exc)
            return
        self.apply_proposals(proposals)

    def apply_proposals(self, proposals: list[str]) -> None:
        """Put proposed wording into the description cells (not saved until Save draft)."""
        used = 0
        for row, text in enumerate(proposals[: self.lines_table.rowCount()]):
            item = self.lines_table.item(row, COL_DESC)
            if item is not None and text.strip():
                item.setText(text.strip())
                used += 1
        self.info_label.setText(
            f"{used} descriptions proposed — edit them if needed, then Save draft."
            if used
            else "The model proposed no usable descriptions."
        )


class CreditNoteDialog(QDialog):
    """Issue a credit note for chosen lines of an issued invoice: a reason (printed on
    it) and a checkbox per line not yet credited, all checked at first.

    :meth:`issue_credit` (the *Issue credit note* button) calls
    ``BillingService.credit``; on success ``note`` is the credit note, ``credited``
    is emitted with its id and the dialog closes. Refusals stay inline."""

    credited = Signal(int)

    def __init__(
        self, billing: BillingService, invoice: Invoice, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        assert invoice.id is not None
        self.billing = billing
        self.invoice = billing.invoice(invoice.id)
        self.note: Invoice | None = None
        inv = self.invoice
        self.setWindowTitle(f"Credit note for invoice {inv.number}")
        self.setMinimumWidth(620)

        intro = QLabel(
            f"A credit note reverses the lines you choose with negative amounts. It gets "
            f"its own number and refers to invoice {inv.number} of {inv.issue_date}, which "
            "itself stays unchanged."
        )
        intro.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("creditReason")
        self.reason_edit.setPlaceholderText("e.g. Hours on 2026-03-02 were billed twice")
        self.reason_edit.setMaxLength(500)
        reason_label = QLabel("&Reason (printed on the credit note):")
        reason_label.setBuddy(self.reason_edit)

        credited: dict[int, str] = {}
        for note in billing.credit_notes(invoice.id):
            for line in note.lines:
                if line.credited_line_id is not None:
                    credited[line.credited_line_id] = note.number or ""
        time_lines = billing.document(invoice.id).time_line_ids
        #: position → the checkable item of each line not yet credited
        self.line_checks: dict[int, QTableWidgetItem] = {}
        self._lines: dict[int, InvoiceLine] = {}
        self.lines_table = _table(["Line", "Qty", "Amount", ""])
        self.lines_table.setObjectName("creditLines")
        self.lines_table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.lines_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines_table.setWordWrap(False)
        self.lines_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.lines_table.setRowCount(len(inv.lines))
        cur = inv.currency
        for row, line in enumerate(inv.lines):
            assert line.id is not None
            item = QTableWidgetItem(f"{line.position}. {line.description}")
            item.setToolTip(line.description)
            by = credited.get(line.id)
            if by is None:
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked)
                self.line_checks[line.position] = item
                self._lines[line.position] = line
            else:
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # shown, greyed, not offered
            hours = " h" if line.id in time_lines else ""
            cells = [
                item,
                _item(display_quantity(line.quantity) + hours, right=True),
                _item(format_minor(line.amount_minor, cur), right=True),
                _item(f"credited by {by}" if by else ""),
            ]
            for column, cell in enumerate(cells):
                if by is not None:
                    cell.setFlags(Qt.ItemFlag.NoItemFlags)
                self.lines_table.setItem(row, column, cell)
        self.lines_table.setColumnHidden(3, not credited)
        self.lines_table.itemChanged.connect(self._update_total)
        self.lines_table.cellClicked.connect(self._row_clicked)
        _fit_rows(self.lines_table, 8)
        self.all_button = QPushButton("All")
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button = QPushButton("None")
        self.none_button.clicked.connect(lambda: self._check_all(False))
        choose = QHBoxLayout()
        lines_label = QLabel("Lines to credit:")
        choose.addWidget(lines_label)
        choose.addStretch(1)
        choose.addWidget(self.all_button)
        choose.addWidget(self.none_button)

        self.total_label = QLabel()
        self.total_label.setObjectName("creditTotal")
        self.total_label.setAlignment(_RIGHT)
        self.error_label = _error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.issue_button = self.buttons.addButton(
            "Issue credit note", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.issue_button.setDefault(True)
        self.buttons.accepted.connect(lambda: self.issue_credit())
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit)
        layout.addSpacing(4)
        layout.addLayout(choose)
        layout.addWidget(self.lines_table)
        layout.addStretch(1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.reason_edit.setFocus()
        self._update_total()

    def chosen_positions(self) -> list[int]:
        return [pos for pos in self.line_checks if self.is_checked(pos)]

    def is_checked(self, position: int) -> bool:
        return self.line_checks[position].checkState() == Qt.CheckState.Checked

    def set_checked(self, position: int, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.line_checks[position].setCheckState(state)

    def _check_all(self, on: bool) -> None:
        for position in self.line_checks:
            self.set_checked(position, on)

    def _row_clicked(self, row: int, column: int) -> None:
        """A click on a line's quantity or amount toggles it too (the box is small)."""
        item = self.lines_table.item(row, 0)
        if column == 0 or item is None or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        position = next((p for p, it in self.line_checks.items() if it is item), None)
        if position is not None:
            self.set_checked(position, not self.is_checked(position))

    def _update_total(self, *_args: object) -> None:
        inv = self.invoice
        chosen = [self._lines[p] for p in self.chosen_positions()]
        groups = vat_breakdown(
            [(-line.amount_minor, *line_tax(inv, line)) for line in chosen], inv.currency
        )
        net = sum(g.base_minor for g in groups)
        tax = sum(g.tax_minor for g in groups)
        cur = inv.currency
        if not chosen:
            self.total_label.setText("No line chosen.")
        else:
            self.total_label.setText(
                f"Credit note total: <b>{html.escape(format_minor(net + tax, cur))}</b> "
                f"(net {html.escape(format_minor(net, cur))}, "
                f"VAT {html.escape(format_minor(tax, cur))})"
            )
        self.issue_button.setEnabled(bool(chosen))

    def issue_credit(self, *, issue_date: str | None = None) -> Invoice | None:
        reason = " ".join(self.reason_edit.text().split())
        if not reason:
            _show(self.error_label, "Give the reason for the credit note: it is printed on it.")
            self.reason_edit.setFocus()
            return None
        positions = self.chosen_positions()
        if not positions:
            _show(self.error_label, "Choose at least one line to credit.")
            return None
        assert self.invoice.id is not None
        try:
            note = self.billing.credit(
                self.invoice.id, reason, positions=positions, issue_date=issue_date
            )
        except ServiceError as exc:
            _show(self.error_label, _desktop(str(exc)))
            return None
        self.note = note
        assert note.id is not None
        self.credited.emit(note.id)
        self.accept()
        return note


class InvoicesView(QWidget):
    """A client's invoices and credit notes, newest first, with New / Open."""

    invoices_changed = Signal()

    def __init__(self, workspace: Workspace, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.client_id = client_id
        self.billing = BillingService(workspace)
        self.table = _table(["Number", "Type", "Status", "Issued", "Due", "Total"])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        new = QPushButton("New invoice…")
        new.clicked.connect(lambda: self.open_invoice(None))
        open_button = QPushButton("Open…")
        open_button.clicked.connect(self.open_selected)
        bar = QHBoxLayout()
        bar.addWidget(new)
        bar.addWidget(open_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.invoices: list[Invoice] = []
        self.refresh()

    def refresh(self) -> None:
        self.invoices = self.billing.invoices(self.client_id)
        numbers = {inv.id: inv.number or "" for inv in self.invoices}
        self.table.setRowCount(len(self.invoices))
        for row, inv in enumerate(self.invoices):
            self.table.setItem(row, 0, _item(inv.number or f"Draft {inv.id}", data=inv.id))
            if inv.is_credit_note:
                original = numbers.get(inv.credited_invoice_id, "")
                kind = f"Credit note for {original}" if original else "Credit note"
            else:
                kind = "Invoice"
            self.table.setItem(row, 1, _item(kind))
            self.table.setItem(row, 2, _item(inv.display_status))
            self.table.setItem(row, 3, _item(inv.issue_date or ""))
            self.table.setItem(row, 4, _item("" if inv.is_credit_note else inv.due_date or ""))
            total = format_minor(inv.total_minor, inv.currency)
            self.table.setItem(row, 5, _item(total, right=True))
        self.table.resizeColumnsToContents()

    def open_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if rows and rows[0] < len(self.invoices):
            self.open_invoice(self.invoices[rows[0]].id)

    def _invoice_changed(self, _invoice_id: int) -> None:
        self.refresh()
        self.invoices_changed.emit()

    def open_invoice(self, invoice_id: int | None, *, modal: bool = True) -> InvoiceEditorDialog:
        dialog = InvoiceEditorDialog(self.workspace, self.client_id, self, invoice_id=invoice_id)
        dialog.invoice_changed.connect(self._invoice_changed)
        if modal:
            dialog.open()
        return dialog


class BillingOverview(QWidget):
    """Unbilled hours and amount, open invoices with age, model cost this month."""

    def __init__(self, workspace: Workspace, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.billing = BillingService(workspace)
        self.client_id = client_id
        self.unbilled_label = QLabel()
        self.unbilled_label.setObjectName("unbilled")
        self.cost_label = QLabel()
        self.cost_label.setObjectName("llmCost")
        self.open_label = QLabel()
        self.open_label.setObjectName("openInvoices")
        self.open_label.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(QLabel("<b>Unbilled</b>"), 0, 0)
        grid.addWidget(self.unbilled_label, 0, 1)
        grid.addWidget(QLabel("<b>Open invoices</b>"), 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.open_label, 1, 1)
        grid.addWidget(QLabel("<b>AI cost this month</b>"), 2, 0)
        grid.addWidget(self.cost_label, 2, 1)
        grid.setColumnStretch(1, 1)
        self.refresh()

    def refresh(self) -> None:
        row = self.billing.overview(self.client_id)[0]
        amounts = ", ".join(format_minor(v, c) for c, v in row.unbilled_minor.items())
        self.unbilled_label.setText(
            f"{format_minutes(row.unbilled_minutes)} h" + (f" · {amounts}" if amounts else "")
        )
        if row.open_invoices:
            self.open_label.setText(
                "<br/>".join(
                    f"{o.number} · {format_minor(o.total_minor, o.currency)} · {o.age_days} days"
                    + (" · <span style='color:#c62828'>overdue</span>" if o.overdue else "")
                    for o in row.open_invoices
                )
            )
        else:
            self.open_label.setText("none")
        self.cost_label.setText(format_microusd(row.llm_cost_microusd))


class BillingPanel(QWidget):
    """Overview + time entries + invoices for one client, in tabs."""

    changed = Signal()

    def __init__(self, workspace: Workspace, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.overview = BillingOverview(workspace, client_id)
        self.time_view = TimeEntriesView(workspace, client_id)
        self.invoices_view = InvoicesView(workspace, client_id)
        tabs = QTabWidget()
        tabs.addTab(self.time_view, "Time")
        tabs.addTab(self.invoices_view, "Invoices")
        layout = QVBoxLayout(self)
        layout.addWidget(self.overview)
        layout.addWidget(tabs, 1)
        self.time_view.entries_changed.connect(self.refresh)
        self.time_view.invoices_changed.connect(self.refresh)
        self.invoices_view.invoices_changed.connect(self.refresh)

    def refresh(self) -> None:
        self.overview.refresh()
        self.time_view.refresh()
        self.invoices_view.refresh()
        self.changed.emit()
