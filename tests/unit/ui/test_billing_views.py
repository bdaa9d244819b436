"""Billing widgets with qtbot against a real workspace: entries → issued invoice → PDF,
VAT per line, what stops issuing, credit notes, e-invoice exports, AI cost."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from consultant.core.models import InvoiceStatus, Role
from consultant.core.settings import Settings, save_settings
from consultant.services.billing import BillingService
from consultant.services.workspace import Workspace
from consultant.ui.background import wait_for_background
from consultant.ui.billing_views import (
    COL_VAT,
    BillingOverview,
    BillingPanel,
    CreditNoteDialog,
    InvoiceEditorDialog,
    InvoicesView,
    LogTimeDialog,
    TimeEntriesView,
)
from consultant.ui.client_dialog import BILLING_TAB, ClientDialog
from consultant.ui.invoice_export import FORMATS
from tests.llm_server import LLMTestServer
from tests.support import CLIENT_BILLING, business_profile

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def workspace() -> Iterator[Workspace]:
    save_settings(
        Settings(
            profile=business_profile(),
            default_tax_rate="19",
            default_payment_terms="14 days net",
        )
    )
    ws = Workspace.open()
    ws.add_client("Acme", rate="120", currency="EUR", **CLIENT_BILLING)
    yield ws
    wait_for_background()
    ws.close()


def _client_id(ws: Workspace, name: str = "Acme") -> int:
    cid = ws.client(name).id
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


def _issued(ws: Workspace, client: str = "Acme", *, lines: int = 1) -> int:
    """An issued invoice of ``client`` with ``lines`` time lines (2026-03-02 …)."""
    billing = BillingService(ws)
    for n in range(lines):
        billing.log_time(client, "1h", f"Work {n + 1}", work_date=f"2026-03-0{n + 2}")
    inv = billing.create_draft(client, all_unbilled=True)
    assert inv.id is not None
    billing.issue(inv.id, issue_date="2026-03-31")
    return inv.id


def _editor(qtbot: QtBot, ws: Workspace, invoice_id: int, client: str = "Acme") -> Any:
    editor = InvoiceEditorDialog(ws, _client_id(ws, client), invoice_id=invoice_id)
    qtbot.addWidget(editor)
    return editor


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
    assert editor.problems_box.isHidden() and editor.problems == []
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
    assert "VAT 19 %" in editor.totals_label.text()
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
    assert editor.paid_button.isEnabled() and editor.credit_button.isEnabled()
    assert "Issued 2026-03-31" in editor.reference_label.text()
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
    # paid: it can still be corrected by a credit note
    assert editor.mark_paid("2026-04-02")
    assert "paid" in editor.status_label.text()
    assert editor.credit_button.isEnabled() and not editor.paid_button.isEnabled()
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


def test_vat_column_per_line_rates_and_groups(qtbot: QtBot, workspace: Workspace) -> None:
    billing = BillingService(workspace)
    billing.log_time("Acme", "1h", "Consulting", work_date="2026-03-02")
    draft = billing.create_draft("Acme", all_unbilled=True)
    assert draft.id is not None
    billing.add_line(draft.id, "Book", "1", "10.00", tax_rate="7")
    editor = _editor(qtbot, workspace, draft.id)
    vat = [editor.lines_table.item(row, COL_VAT) for row in range(2)]
    assert [v.text() for v in vat] == ["19 %", "7 %"]
    assert "S — standard rate" in vat[0].toolTip()
    assert "invoice's rate" in vat[0].toolTip() and "own rate" in vat[1].toolTip()
    assert vat[0].flags() & Qt.ItemFlag.ItemIsEditable
    totals = editor.totals_label.text()
    assert "VAT 19 % on EUR 120.00" in totals and "VAT 7 % on EUR 10.00" in totals
    # typed into the cell as the user does: stored at once, totals follow
    with qtbot.waitSignal(editor.invoice_changed):
        editor.lines_table.item(0, COL_VAT).setText("7 %")
    assert billing.invoice(draft.id).lines[0].tax_rate == "7"
    assert "VAT 19 %" not in editor.totals_label.text()
    assert editor.invoice is not None and editor.invoice.tax_minor == 910  # 7 % of 130.00
    # a refused rate: inline, and the cell shows the stored rate again
    editor.lines_table.item(1, COL_VAT).setText("abc")
    assert "abc" in editor.error_label.text()
    assert editor.lines_table.item(1, COL_VAT).text() == "7 %"
    # empty: the line follows the invoice's rate again
    editor.lines_table.item(0, COL_VAT).setText("")
    assert billing.invoice(draft.id).lines[0].tax_rate is None
    # a manual line with its own rate
    editor.line_desc.setText("Hosting")
    editor.line_price.setText("5")
    editor.line_vat.setText("0")
    editor.add_manual_line()
    assert billing.invoice(draft.id).lines[2].tax_rate == "0"
    assert "VAT 0 % (zero rate)" in editor.totals_label.text()


def test_unsaved_descriptions_survive_a_refresh(qtbot: QtBot, workspace: Workspace) -> None:
    billing = BillingService(workspace)
    billing.log_time("Acme", "1h", "vpn stuff", work_date="2026-03-02")
    draft = billing.create_draft("Acme", all_unbilled=True)
    assert draft.id is not None
    editor = _editor(qtbot, workspace, draft.id)
    editor.lines_table.item(0, 0).setText("Configured the VPN")
    editor.line_desc.setText("Licence")
    editor.line_price.setText("10")
    editor.add_manual_line()  # refreshes the table
    assert editor.lines_table.item(0, 0).text() == "Configured the VPN"
    assert editor.save_draft()
    assert billing.invoice(draft.id).lines[0].description == "Configured the VPN"


def test_reverse_charge_draft_shows_category_and_note(
    qtbot: QtBot, workspace: Workspace
) -> None:
    workspace.add_client(
        "Wien", rate="100", legal_name="Wien Pflege GmbH",
        billing_address="Ringstraße 1\n1010 Wien", country="AT", vat_id="ATU13585627",
    )  # fmt: skip
    billing = BillingService(workspace)
    billing.log_time("Wien", "2h", "Audit", work_date="2026-03-02")
    draft = billing.create_draft("Wien", all_unbilled=True)
    assert draft.id is not None
    editor = _editor(qtbot, workspace, draft.id, "Wien")
    editor.show()
    cell = editor.lines_table.item(0, COL_VAT)
    assert cell.text() == "0 %"
    assert "AE — reverse charge" in cell.toolTip()
    assert not cell.flags() & Qt.ItemFlag.ItemIsEditable
    assert "VAT 0 % (reverse charge)" in editor.totals_label.text()
    assert editor.tax_note_label.isVisible()
    assert "Reverse charge" in editor.tax_note_label.text()
    assert editor.problems == [] and not editor.problems_box.isVisible()
    assert editor.issue(confirm=False, issue_date="2026-03-31")
    assert editor.invoice is not None and editor.invoice.lines[0].tax_category == "AE"


def test_issue_is_refused_naming_the_missing_field_then_issued(
    qtbot: QtBot, workspace: Workspace
) -> None:
    workspace.add_client("Beta", rate="100")  # no billing address, no country
    billing = BillingService(workspace)
    billing.log_time("Beta", "1h", "Work", work_date="2026-03-02")
    draft = billing.create_draft("Beta", all_unbilled=True)
    assert draft.id is not None
    editor = _editor(qtbot, workspace, draft.id, "Beta")
    editor.show()
    # shown before the user tries: each missing field, and where to fill it in
    assert editor.problems_box.isVisible()
    text = editor.problems_label.text()
    assert "Client Beta has no billing address" in text and "Client Beta has no country" in text
    assert "Billing tab" in text
    assert "no billing address" in editor.issue_button.toolTip()
    assert editor.fix_client_button.isVisible() and not editor.fix_settings_button.isVisible()
    assert not editor.issue(confirm=False, issue_date="2026-03-31")
    assert "cannot be issued yet" in editor.error_label.text()
    assert billing.invoice(draft.id).status == InvoiceStatus.DRAFT
    # the user fills in the client's Billing tab
    dialog = ClientDialog(workspace, workspace.client("Beta"))
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(BILLING_TAB)
    dialog.billing_address_edit.setPlainText("Hafenstraße 5\n20095 Hamburg")
    dialog.country_combo.set_code("DE")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.client is not None and dialog.client.country == "DE"
    editor.refresh()
    assert editor.problems == [] and not editor.problems_box.isVisible()
    assert editor.issue(confirm=False, issue_date="2026-03-31")
    assert editor.invoice is not None and editor.invoice.number == "2026-0001"


def test_business_problem_points_to_settings(qtbot: QtBot, workspace: Workspace) -> None:
    save_settings(Settings(profile=business_profile(address="", vat_id="", tax_id="")))
    billing = BillingService(workspace)
    billing.log_time("Acme", "1h", "Work", work_date="2026-03-02")
    draft = billing.create_draft("Acme", all_unbilled=True)
    assert draft.id is not None
    editor = _editor(qtbot, workspace, draft.id)
    editor.show()
    text = editor.problems_label.text()
    assert "Your business has no address" in text and "Settings → Invoicing" in text
    assert "neither a VAT id nor a tax number" in text
    assert editor.fix_settings_button.isVisible() and not editor.fix_client_button.isVisible()


def test_issue_warnings_are_shown_in_the_confirmation(
    qtbot: QtBot, workspace: Workspace
) -> None:
    save_settings(Settings(profile=business_profile(vat_id="DE123456789")))  # bad check digit
    billing = BillingService(workspace)
    billing.log_time("Acme", "1h", "Work", work_date="2026-03-02")
    draft = billing.create_draft("Acme", all_unbilled=True)
    assert draft.id is not None
    editor = _editor(qtbot, workspace, draft.id)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text() + "\n" + box.informativeText())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)
    assert not editor.issue(issue_date="2026-03-31")
    assert seen and "check digit of VAT id DE123456789" in seen[0]
    assert "credit note" in seen[0]
    assert billing.invoice(draft.id).status == InvoiceStatus.DRAFT


def test_credit_note_of_chosen_lines_through_the_dialog(
    qtbot: QtBot, workspace: Workspace
) -> None:
    invoice_id = _issued(workspace, lines=3)
    cid = _client_id(workspace)
    billing = BillingService(workspace)
    panel = BillingPanel(workspace, cid)
    qtbot.addWidget(panel)
    assert "2026-0001" in panel.overview.open_label.text()
    editor = _editor(qtbot, workspace, invoice_id)
    editor.invoice_changed.connect(lambda _id: panel.refresh())
    # void is gone: the editor offers a credit note instead
    assert not hasattr(editor, "void_button")
    assert editor.credit_button.text() == "Credit note…" and editor.credit_button.isEnabled()

    dialog = editor.open_credit_dialog(modal=False)
    assert isinstance(dialog, CreditNoteDialog)
    qtbot.addWidget(dialog)
    assert sorted(dialog.line_checks) == [1, 2, 3]
    assert dialog.chosen_positions() == [1, 2, 3]  # all checked at first
    assert "-EUR 428.40" in dialog.total_label.text()  # 3 × 120.00 + 19 % VAT
    dialog.lines_table.cellClicked.emit(1, 2)  # a click on line 2's amount toggles it
    assert dialog.chosen_positions() == [1, 3]
    assert "-EUR 285.60" in dialog.total_label.text()
    dialog.set_checked(2, True)
    dialog.set_checked(2, False)
    dialog.issue_button.click()  # no reason yet
    assert "reason" in dialog.error_label.text()
    assert billing.credit_notes(invoice_id) == []
    qtbot.keyClicks(dialog.reason_edit, "Lines 1 and 3 were billed twice")
    with qtbot.waitSignal(dialog.credited) as credited:
        dialog.issue_button.click()
    note = billing.invoice(credited.args[0])
    # dated today: the next number of this year's series (2026-0002 in 2026)
    year = date.today().year
    cn = "2026-0002" if year == 2026 else f"{year}-0001"
    assert note.is_credit_note and note.number == cn
    assert [line.credited_line_id for line in note.lines] == [
        billing.invoice(invoice_id).lines[i].id for i in (0, 2)
    ]
    assert dialog.note is not None and dialog.result() == dialog.DialogCode.Accepted

    # the editor now shows the credit note, with its reference and reason
    assert editor.invoice_id == note.id
    assert f"Credit note {cn}" in editor.status_label.text()
    reference = editor.reference_label.text()
    assert "Credits invoice" in reference and "2026-0001" in reference
    assert "of 2026-03-31" in reference and "billed twice" in reference
    assert editor.credit_button.isHidden()
    assert "-EUR 285.60" in editor.totals_label.text()
    assert editor.cost_label.isHidden()  # the AI cost belongs to the invoice
    # back to the invoice through the link: partly credited, the note named
    editor.reference_label.linkActivated.emit(f"invoice:{invoice_id}")
    assert editor.invoice_id == invoice_id
    assert "(partly credited)" in editor.status_label.text()
    assert cn in editor.reference_label.text()
    assert f"Credited by credit note {cn}" in editor.lines_table.item(0, 0).toolTip()
    assert editor.credit_button.isEnabled()
    # the second credit note offers only the line left
    second = editor.open_credit_dialog(modal=False)
    assert second is not None
    qtbot.addWidget(second)
    assert list(second.line_checks) == [2]
    second.reason_edit.setText("Line 2 too")
    # numbers follow the dates: not before the first credit note (dated today)
    assert second.issue_credit(issue_date="2026-04-01") is None
    assert "numbers follow the dates" in second.error_label.text()
    assert second.issue_credit() is not None
    editor.show_invoice(invoice_id)
    assert "(credited)" in editor.status_label.text()
    assert not editor.credit_button.isEnabled()
    assert editor.open_credit_dialog(modal=False) is None
    assert "not yet credited" in editor.error_label.text()

    view = InvoicesView(workspace, cid)
    qtbot.addWidget(view)
    rows = {
        view.table.item(r, 0).text(): (view.table.item(r, 1).text(), view.table.item(r, 2).text())
        for r in range(view.table.rowCount())
    }
    assert rows["2026-0001"] == ("Invoice", "credited")
    assert rows[cn] == ("Credit note for 2026-0001", "issued")
    assert rows["2026-0003"][0] == "Credit note for 2026-0001"


def test_export_menu_offers_every_format_with_default_names(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _editor(qtbot, workspace, _issued(workspace))
    actions = editor.export_menu.actions()
    assert [a.objectName() for a in actions] == [f"export_{fmt}" for fmt in FORMATS]
    assert [a.text() for a in actions] == [f"{label}…" for label, _ext in FORMATS.values()]
    asked: list[str] = []

    def save_name(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "chosen"), ""  # no extension typed: it is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    actions[list(FORMATS).index("facturx")].trigger()
    assert Path(asked[0]).name == "invoice-2026-0001-facturx.pdf"
    assert (tmp_path / "chosen.pdf").is_file(), editor.error_label.text()
    assert "Factur-X" in editor.info_label.text()


def test_export_facturx_and_xrechnung(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    editor = _editor(qtbot, workspace, _issued(workspace))
    facturx = editor.export_to(tmp_path / "acme-facturx.pdf", "facturx")
    assert facturx is not None, editor.error_label.text()
    reader = PdfReader(facturx)
    assert "factur-x.xml" in reader.attachments
    assert b"2026-0001" in reader.attachments["factur-x.xml"][0]
    # XRechnung needs the client's buyer reference (Leitweg-ID): refused, no file
    target = tmp_path / "acme.xml"
    assert editor.export_to(target, "xrechnung") is None
    assert "buyer reference" in editor.error_label.text()
    assert not target.exists()
    # a client with a buyer reference
    workspace.add_client("Stadt", rate="100", buyer_reference="04011000-1234512345-06",
                         **{**CLIENT_BILLING, "legal_name": "Stadt Hamburg"})  # fmt: skip
    other = _editor(qtbot, workspace, _issued(workspace, "Stadt"), "Stadt")
    written = other.export_to(tmp_path / "stadt.xml", "xrechnung")
    assert written is not None, other.error_label.text()
    xml = written.read_text(encoding="utf-8")
    assert "04011000-1234512345-06" in xml and "xrechnung" in xml.lower()
    assert other.error_label.isHidden()


def test_ai_cost_label_shows_the_period_cost(qtbot: QtBot, workspace: Workspace) -> None:
    cid = _client_id(workspace)
    store = workspace.store.conversations
    conv = store.create(cid, "VPN", created_at="2026-03-02T09:00:00+00:00")
    assert conv.id is not None
    store.add_message(conv.id, Role.USER, "help", created_at="2026-03-02T09:00:00+00:00")
    store.add_message(conv.id, Role.ASSISTANT, "sure", cost_microusd=12300,
                      created_at="2026-03-03T10:00:00+00:00")  # fmt: skip
    store.add_message(conv.id, Role.ASSISTANT, "later", cost_microusd=999_000,
                      created_at="2026-04-20T10:00:00+00:00")  # outside the period  # fmt: skip
    billing = BillingService(workspace)
    billing.log_time("Acme", "1h", "A", work_date="2026-03-02")
    billing.log_time("Acme", "1h", "B", work_date="2026-03-03")
    draft = billing.create_draft("Acme", all_unbilled=True)
    assert draft.id is not None
    editor = _editor(qtbot, workspace, draft.id)
    editor.show()
    expected = "AI cost for this client 2026-03-02 – 2026-03-03: $0.0123 (not on the invoice)"
    assert editor.cost_label.isVisible() and editor.cost_label.text() == expected
    assert editor.issue(confirm=False, issue_date="2026-03-31")
    assert editor.cost_label.text() == expected


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


def test_log_time_dialog_tab_leaves_the_date_for_duration_and_description(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = LogTimeDialog(workspace, _client_id(workspace))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    # a new entry starts in Duration; from the date, Tab goes on to it
    qtbot.waitUntil(lambda: dialog.duration_edit.hasFocus())
    dialog.date_edit.setFocus()
    qtbot.waitUntil(lambda: dialog.date_edit.hasFocus())
    before = dialog.date_edit.date()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    assert dialog.duration_edit.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "1:30")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.description_edit.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Firewall rules")
    # Shift+Tab from Duration goes back to the date, and Shift+Tab leaves it again
    dialog.duration_edit.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert dialog.date_edit.hasFocus()
    assert dialog.date_edit.date() == before  # nothing typed landed in the date
    assert dialog.duration_edit.text() == "1:30"
    assert dialog.save(), dialog.error_label.text()
    [entry] = BillingService(workspace).entries()
    assert entry.minutes == 90
    assert entry.description == "Firewall rules"
