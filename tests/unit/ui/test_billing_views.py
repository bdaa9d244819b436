"""Billing widgets with qtbot against a real workspace: entries → issued invoice → PDF."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from consultant.core.models import InvoiceStatus
from consultant.core.settings import Profile, Settings, save_settings
from consultant.services.billing import BillingService
from consultant.services.workspace import Workspace
from consultant.ui.background import wait_for_background
from consultant.ui.billing_views import (
    BillingOverview,
    BillingPanel,
    InvoiceEditorDialog,
    InvoicesView,
    LogTimeDialog,
    TimeEntriesView,
)
from tests.llm_server import LLMTestServer

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def workspace() -> Iterator[Workspace]:
    save_settings(
        Settings(
            profile=Profile(business="Alex Dev", address="Street 1\nBerlin", iban="DE89 3704"),
            default_tax_rate="19",
            default_payment_terms="14 days net",
        )
    )
    ws = Workspace.open()
    ws.add_client("Acme", rate="120", currency="EUR")
    yield ws
    wait_for_background()
    ws.close()


def _client_id(ws: Workspace) -> int:
    cid = ws.client("Acme").id
    assert cid is not None
    return cid


def _log(qtbot: QtBot, ws: Workspace, duration: str, text: str, day: str) -> None:
    dialog = LogTimeDialog(ws, _client_id(ws))
    qtbot.addWidget(dialog)
    y, m, d = (int(x) for x in day.split("-"))
    dialog.date_edit.setDate(QDate(y, m, d))
    qtbot.keyClicks(dialog.duration_edit, duration)
    qtbot.keyClicks(dialog.description_edit, text)
    assert dialog.save(), dialog.error_label.text()


def _pdf_text(path: Path) -> str:
    """Extracted text, ligatures (ﬁ) unfolded and white space collapsed."""
    raw = " ".join(p.extract_text() for p in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def test_log_time_dialog_rejects_bad_duration(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = LogTimeDialog(workspace, _client_id(workspace))
    qtbot.addWidget(dialog)
    assert dialog.rate_edit.text() == "120.00"
    qtbot.keyClicks(dialog.duration_edit, "1:75")
    qtbot.keyClicks(dialog.description_edit, "Work")
    assert not dialog.save()
    assert "00–59" in dialog.error_label.text()
    assert BillingService(workspace).entries() == []


def test_entries_to_issued_invoice_to_pdf(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    cid = _client_id(workspace)
    _log(qtbot, workspace, "1h30m", "Set up VPN", "2026-03-02")
    _log(qtbot, workspace, "50m", "User guide", "2026-03-03")
    _log(qtbot, workspace, "1:00", "Not this one", "2026-03-04")
    view = TimeEntriesView(workspace, cid)
    qtbot.addWidget(view)
    assert view.table.rowCount() == 3
    assert view.total_label.text() == "Unbilled: 3:20 h"
    # select the first two and make the draft
    view.table.setSelectionMode(view.table.SelectionMode.MultiSelection)
    view.table.selectRow(0)
    view.table.selectRow(1)
    with qtbot.waitSignal(view.invoices_changed):
        editor = view.create_invoice(open_editor=False)
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.lines_table.rowCount() == 2
    assert editor.entries_table.rowCount() == 1  # the third entry is still unbilled
    assert view.table.item(0, 5).text().startswith("#")
    # a manual line, a tax rate, a reworded line
    qtbot.keyClicks(editor.line_desc, "Licence")
    editor.line_qty.setText("2")
    qtbot.keyClicks(editor.line_price, "9.99")
    qtbot.mouseClick(editor.add_line_button, Qt.MouseButton.LeftButton)
    assert editor.lines_table.rowCount() == 3, editor.error_label.text()
    editor.lines_table.item(0, 0).setText("Configured VPN access")
    editor.tax_edit.setText("19")
    assert editor.save_draft()
    inv = editor.invoice
    assert inv is not None and inv.lines[0].description == "Configured VPN access"
    # 180.00 + 100.00 + 19.98 = 299.98; tax 57.00; total 356.98
    assert (inv.subtotal_minor, inv.tax_minor, inv.total_minor) == (29998, 5700, 35698)
    assert "EUR 356.98" in editor.totals_label.text()
    # bad manual line → inline error, nothing changes
    qtbot.keyClicks(editor.line_desc, "Broken")
    editor.line_qty.setText("abc")
    editor.add_manual_line()
    assert "quantity" in editor.error_label.text()
    assert editor.lines_table.rowCount() == 3
    # issue
    with qtbot.waitSignal(editor.invoice_changed):
        assert editor.issue(confirm=False, issue_date="2026-03-31")
    assert editor.invoice is not None and editor.invoice.number == "2026-0001"
    assert editor.invoice.status == InvoiceStatus.ISSUED
    assert not editor.add_line_button.isEnabled() and not editor.delete_button.isEnabled()
    assert editor.paid_button.isEnabled() and editor.void_button.isEnabled()
    # export PDF twice: the number and the total are in it, and the bytes are identical
    pdf = editor.export_to(tmp_path / "invoice.pdf", "pdf")
    assert pdf is not None
    text = _pdf_text(pdf)
    assert "2026-0001" in text and "EUR 356.98" in text and "Configured VPN access" in text
    first = pdf.read_bytes()
    assert editor.export_to(tmp_path / "again.pdf", "pdf") is not None
    assert (tmp_path / "again.pdf").read_bytes() == first
    md = editor.export_to(tmp_path / "invoice.md", "md")
    assert md is not None and "EUR 356.98" in md.read_text()
    # paid; voiding is then refused with a sentence
    assert editor.mark_paid("2026-04-02")
    assert not editor.void("changed my mind")
    assert "paid" in editor.error_label.text()
    # the overview sees the leftover hour, no open invoice
    overview = BillingOverview(workspace, cid)
    qtbot.addWidget(overview)
    assert overview.unbilled_label.text() == "1:00 h · EUR 120.00"
    assert overview.open_label.text() == "none"
    assert overview.cost_label.text() == "$0.00"


def test_new_draft_from_editor_then_delete_releases_entries(
    qtbot: QtBot, workspace: Workspace
) -> None:
    cid = _client_id(workspace)
    _log(qtbot, workspace, "2h", "Work", "2026-03-02")
    invoices = InvoicesView(workspace, cid)
    qtbot.addWidget(invoices)
    editor = invoices.open_invoice(None, modal=False)
    qtbot.addWidget(editor)
    assert editor.invoice_id is None and editor.terms_edit.text() == "14 days net"
    editor.set_entries_checked()
    editor.add_checked_entries()
    assert editor.invoice_id is not None and editor.lines_table.rowCount() == 1
    assert invoices.table.rowCount() == 1
    billing = BillingService(workspace)
    assert billing.entries(unbilled=True) == []
    assert editor.delete_draft(confirm=False)
    assert len(billing.entries(unbilled=True)) == 1
    assert billing.invoices() == []


def test_void_with_reason_and_open_invoice_age(qtbot: QtBot, workspace: Workspace) -> None:
    cid = _client_id(workspace)
    billing = BillingService(workspace)
    billing.log_time("Acme", "1h", "Work")
    inv = billing.create_draft("Acme", all_unbilled=True)
    assert inv.id is not None
    billing.issue(inv.id, issue_date="2026-01-05")
    panel = BillingPanel(workspace, cid)
    qtbot.addWidget(panel)
    assert "2026-0001" in panel.overview.open_label.text()
    editor = InvoiceEditorDialog(workspace, cid, invoice_id=inv.id)
    qtbot.addWidget(editor)
    assert not editor.void("  ")
    assert "reason" in editor.error_label.text()
    assert editor.void("Wrong address")
    assert "void" in editor.status_label.text() and "Wrong address" in editor.status_label.text()
    panel.refresh()
    assert panel.overview.open_label.text() == "none"
    assert "1:00 h" in panel.overview.unbilled_label.text()  # voiding released the entry


def test_suggest_descriptions_fills_lines_without_touching_amounts(
    qtbot: QtBot, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    configured_model.reply_text = "1. Configured VPN access for the field team\n"
    cid = _client_id(workspace)
    billing = BillingService(workspace)
    billing.log_time("Acme", "1h", "vpn stuff")
    inv = billing.create_draft("Acme", all_unbilled=True)
    assert inv.id is not None
    editor = InvoiceEditorDialog(workspace, cid, invoice_id=inv.id)
    qtbot.addWidget(editor)
    editor.suggest_descriptions()
    qtbot.waitUntil(lambda: "proposed" in editor.info_label.text(), timeout=30_000)
    assert editor.lines_table.item(0, 0).text() == "Configured VPN access for the field team"
    assert billing.invoice(inv.id).lines[0].description.endswith("vpn stuff")  # not yet saved
    assert editor.save_draft()
    saved = billing.invoice(inv.id)
    assert saved.lines[0].description == "Configured VPN access for the field team"
    assert saved.total_minor == inv.total_minor
