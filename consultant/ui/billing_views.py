"""Billing widgets: time entries, the invoice editor, the per-client overview.

Every widget takes ``(workspace, client_id, parent=None)`` and talks to
:class:`consultant.services.billing.BillingService` only. Refusals are shown in an
inline error label (``error_label``), never as a crash. Signals:

- ``TimeEntriesView.entries_changed()`` / ``invoices_changed()``
- ``InvoiceEditorDialog.invoice_changed(int)`` (the invoice id)
- ``InvoicesView.invoices_changed()``
- ``BillingPanel`` re-emits ``changed()`` for any of these and refreshes itself.

Amounts are always computed by code; the optional *Suggest descriptions* (the
Invoice text task) only proposes wording, which the user edits before saving.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consultant.core import paths
from consultant.core.durations import format_minutes
from consultant.core.invoice_render import (
    display_quantity,
    invoice_filename,
    render_html,
    render_markdown,
)
from consultant.core.models import Invoice, InvoiceStatus, TimeEntry
from consultant.core.money import format_minor
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
from consultant.ui.invoice_pdf import write_pdf

__all__ = [
    "BillingOverview",
    "BillingPanel",
    "InvoiceEditorDialog",
    "InvoicesView",
    "LogTimeDialog",
    "TimeEntriesView",
    "export_invoice",
]

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
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


def export_invoice(billing: BillingService, invoice_id: int, path: Path, fmt: str) -> Path:
    """Write an invoice as ``pdf``, ``md`` or ``html``; ``ServiceError`` on failure."""
    doc = billing.document(invoice_id)
    inv = doc.invoice
    try:
        if fmt == "md":
            paths.write_private_file(path, render_markdown(doc))
        elif fmt == "html":
            paths.write_private_file(path, render_html(doc))
        elif fmt == "pdf":
            write_pdf(
                render_html(doc), path, title=doc.title, document_uid=inv.uid,
                date=inv.issue_date or "",
            )  # fmt: skip
        else:
            raise ServiceError(f"Unknown export format {fmt}; use pdf, md or html.")
    except OSError as exc:
        raise ServiceError(f"Cannot write {path}: {exc.strerror or exc}.") from None
    return path


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
class InvoiceEditorDialog(QDialog):
    """Edit a draft (entries, manual lines, tax, terms, notes) and issue, pay, void or
    export an invoice. Without ``invoice_id`` a new draft is made on first change."""

    invoice_changed = Signal(int)

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
        self._suggesting = False
        self._fields_loaded: int | None = None
        self.resize(860, 640)

        self.status_label = QLabel()
        self.status_label.setObjectName("invoiceStatus")
        self.status_label.setStyleSheet("font-size: 14pt; font-weight: 600;")

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
        self.lines_table = _table(["Description", "Qty", "Unit price", "Amount"])
        self.lines_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
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
        self.line_price = QLineEdit()
        self.line_price.setPlaceholderText(f"Unit price ({self.client.currency})")
        self.line_price.setMaximumWidth(140)
        self.add_line_button = QPushButton("Add line")
        self.add_line_button.clicked.connect(self.add_manual_line)
        manual = QHBoxLayout()
        for w in (self.line_desc, self.line_qty, self.line_price, self.add_line_button):
            manual.addWidget(w)
        line_bar = QHBoxLayout()
        line_bar.addWidget(self.remove_line_button)
        line_bar.addWidget(self.suggest_button)
        line_bar.addStretch(1)

        # fields
        settings = self.billing.settings
        self.tax_edit = QLineEdit(settings.default_tax_rate)
        self.tax_edit.setMaximumWidth(80)
        self.terms_edit = QLineEdit(settings.default_payment_terms)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setMaximumHeight(60)
        fields = QFormLayout()
        fields.addRow("Tax rate (%)", self.tax_edit)
        fields.addRow("Payment terms", self.terms_edit)
        fields.addRow("Notes", self.notes_edit)

        self.totals_label = QLabel()
        self.totals_label.setObjectName("invoiceTotals")
        self.totals_label.setAlignment(_RIGHT)
        self.error_label = _error_label()
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)

        # actions
        self.save_button = QPushButton("Save draft")
        self.save_button.clicked.connect(lambda: self.save_draft())
        self.delete_button = QPushButton("Delete draft")
        self.delete_button.clicked.connect(lambda: self.delete_draft())
        self.issue_button = QPushButton("Issue…")
        self.issue_button.clicked.connect(lambda: self.issue())
        self.paid_button = QPushButton("Mark paid")
        self.paid_button.clicked.connect(lambda: self.mark_paid())
        self.void_button = QPushButton("Void…")
        self.void_button.clicked.connect(lambda: self.void())
        self.export_button = QPushButton("Export…")
        self.export_button.clicked.connect(self.export_dialog)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        actions = QHBoxLayout()
        for w in (self.save_button, self.delete_button, self.issue_button, self.paid_button,
                  self.void_button, self.export_button):  # fmt: skip
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.entries_box)
        layout.addWidget(QLabel("Lines"))
        layout.addWidget(self.lines_table)
        layout.addLayout(line_bar)
        layout.addLayout(manual)
        layout.addLayout(fields)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.info_label)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)
        self.refresh()

    # -- state ---------------------------------------------------------------------
    @property
    def is_draft(self) -> bool:
        return self.invoice is None or self.invoice.status == InvoiceStatus.DRAFT

    def refresh(self) -> None:
        if self.invoice_id is not None:
            self.invoice = self.billing.invoice(self.invoice_id)
        inv = self.invoice
        currency = inv.currency if inv else self.client.currency
        if inv is None or inv.status == InvoiceStatus.DRAFT:
            title = f"Draft invoice — {self.client.name}"
        else:
            title = f"Invoice {inv.number} — {self.client.name} ({inv.status.value})"
            if inv.status == InvoiceStatus.VOID:
                title += f": {inv.void_reason}"
        self.status_label.setText(title)
        self.setWindowTitle(title)
        draft = self.is_draft
        if inv is not None and (not draft or self._fields_loaded != inv.id):
            # load once per draft, so what the user typed survives adding lines
            self._fields_loaded = inv.id
            self.tax_edit.setText(inv.tax_rate)
            self.terms_edit.setText(inv.payment_terms)
            if self.notes_edit.toPlainText() != inv.notes:
                self.notes_edit.setPlainText(inv.notes)
        # unbilled entries
        unbilled = self.billing.entries(self.client_id, unbilled=True) if draft else []
        self.entries_box.setVisible(draft)
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
        # lines
        lines = inv.lines if inv else []
        self.lines_table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            desc = QTableWidgetItem(line.description)
            desc.setData(Qt.ItemDataRole.UserRole, line.id)
            if not draft:
                desc.setFlags(desc.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.lines_table.setItem(row, 0, desc)
            qty = display_quantity(line.quantity) + (" h" if line.time_entry_id else "")
            self.lines_table.setItem(row, 1, _item(qty, right=True))
            price = format_minor(line.unit_price_minor, currency, symbol=False)
            self.lines_table.setItem(row, 2, _item(price, right=True))
            amount = format_minor(line.amount_minor, currency, symbol=False)
            self.lines_table.setItem(row, 3, _item(amount, right=True))
        if inv is not None:
            self.totals_label.setText(
                f"Subtotal {format_minor(inv.subtotal_minor, currency)} · "
                f"Tax {inv.tax_rate} % {format_minor(inv.tax_minor, currency)} · "
                f"<b>Total {format_minor(inv.total_minor, currency)}</b>"
            )
        else:
            self.totals_label.setText("No lines yet.")
        for w in (self.tax_edit, self.terms_edit, self.line_desc, self.line_qty,
                  self.line_price, self.add_line_button, self.remove_line_button,
                  self.suggest_button, self.save_button):  # fmt: skip
            w.setEnabled(draft)
        self.notes_edit.setReadOnly(not draft)
        self.delete_button.setEnabled(draft and inv is not None)
        self.issue_button.setEnabled(draft and bool(lines))
        issued = inv is not None and inv.status == InvoiceStatus.ISSUED
        self.paid_button.setEnabled(issued)
        self.void_button.setEnabled(issued)
        self.export_button.setEnabled(inv is not None)

    def _fail(self, exc: Exception) -> None:
        _show(self.error_label, str(exc))

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
                self.line_price.text(),
            )  # fmt: skip
        except ServiceError as exc:
            self._fail(exc)
            return
        self.line_desc.clear()
        self.line_price.clear()
        self.line_qty.setText("1")
        self._changed()

    def remove_selected_line(self) -> None:
        rows = sorted({i.row() for i in self.lines_table.selectedIndexes()})
        if not rows or self.invoice_id is None:
            _show(self.error_label, "Select a line to remove.")
            return
        try:
            for row in reversed(rows):
                item = self.lines_table.item(row, 0)
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
                item = self.lines_table.item(row, 0)
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
        if not self.save_draft():
            return False
        assert self.invoice is not None
        total = format_minor(self.invoice.total_minor, self.invoice.currency)
        if confirm and (
            QMessageBox.question(
                self,
                "Issue invoice",
                f"Issue this invoice for {total}? It gets the next number and can no longer "
                "be changed (only paid or voided).",
            )
            != QMessageBox.StandardButton.Yes
        ):
            return False
        try:
            assert self.invoice_id is not None
            self.billing.issue(self.invoice_id, issue_date=issue_date)
        except ServiceError as exc:
            self._fail(exc)
            return False
        self._changed()
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

    def void(self, reason: str | None = None) -> bool:
        if reason is None:
            text, ok = QInputDialog.getText(
                self, "Void invoice", "Why is this invoice void? (kept on record)"
            )
            if not ok:
                return False
            reason = text
        try:
            assert self.invoice_id is not None
            self.billing.void(self.invoice_id, reason)
        except ServiceError as exc:
            self._fail(exc)
            return False
        self._changed()
        return True

    # -- export ----------------------------------------------------------------------
    def export_dialog(self) -> None:
        if self.invoice_id is None:
            return
        doc = self.billing.document(self.invoice_id)
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export invoice", str(Path.home() / invoice_filename(doc, "pdf")),
            "PDF (*.pdf);;Markdown (*.md);;HTML (*.html)",
        )  # fmt: skip
        if not path:
            return
        fmt = "md" if "Markdown" in chosen else "html" if "HTML" in chosen else "pdf"
        suffix = Path(path).suffix.lower().lstrip(".")
        if suffix in ("pdf", "md", "html"):
            fmt = suffix
        self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str = "pdf") -> Path | None:
        if self.invoice_id is None:
            _show(self.error_label, "There is nothing to export yet.")
            return None
        try:
            written = export_invoice(self.billing, self.invoice_id, path, fmt)
        except ServiceError as exc:
            self._fail(exc)
            return None
        self.info_label.setText(f"Exported to {written}.")
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
            item = self.lines_table.item(row, 0)
            if item is not None and text.strip():
                item.setText(text.strip())
                used += 1
        self.info_label.setText(
            f"{used} descriptions proposed — edit them if needed, then Save draft."
            if used
            else "The model proposed no usable descriptions."
        )


class InvoicesView(QWidget):
    """A client's invoices, newest first, with New / Open."""

    invoices_changed = Signal()

    def __init__(self, workspace: Workspace, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.client_id = client_id
        self.billing = BillingService(workspace)
        self.table = _table(["Number", "Status", "Issued", "Due", "Total"])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
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
        self.table.setRowCount(len(self.invoices))
        for row, inv in enumerate(self.invoices):
            self.table.setItem(row, 0, _item(inv.number or f"Draft {inv.id}", data=inv.id))
            self.table.setItem(row, 1, _item(inv.status.value))
            self.table.setItem(row, 2, _item(inv.issue_date or ""))
            self.table.setItem(row, 3, _item(inv.due_date or ""))
            total = format_minor(inv.total_minor, inv.currency)
            self.table.setItem(row, 4, _item(total, right=True))
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
