"""Invoice → HTML (template, escaped) and Markdown."""

from __future__ import annotations

from pathlib import Path

from consultant.core.invoice_render import (
    InvoiceDocument,
    display_quantity,
    invoice_filename,
    render_html,
    render_markdown,
)
from consultant.core.models import Invoice, InvoiceLine, InvoiceStatus

EVIL = '<script>alert("x")</script> & <b>bold</b>'


def _doc(currency: str = "EUR", status: InvoiceStatus = InvoiceStatus.ISSUED) -> InvoiceDocument:
    lines = [
        InvoiceLine(1, 1, 1, f"Setup {EVIL}", "1.5", 12000, 18000, time_entry_id=5),
        InvoiceLine(2, 1, 2, "Guide | pipes *stars*", "0.83333333333333333334", 12000, 10000, 6),
        InvoiceLine(3, 1, 3, "Licence", "2", 999, 1998),
    ]
    inv = Invoice(
        id=1, uid="u-1", client_id=1, status=status, currency=currency, series="2026",
        number="2026-0007" if status != InvoiceStatus.DRAFT else None,
        issue_date="2026-03-31", due_date="2026-04-14", tax_rate="19",
        subtotal_minor=29998, tax_minor=5700, total_minor=35698,
        payment_terms=f"14 days {EVIL}", notes="Line one\nLine two", lines=lines,
        void_reason="wrong <address>" if status == InvoiceStatus.VOID else "",
    )  # fmt: skip
    return InvoiceDocument(
        invoice=inv,
        seller={"name": "Alex", "business": f"Alex {EVIL}", "address": "Street 1\n10115 Berlin",
                "iban": "DE89 3704", "bic": "COBADEFF", "bank_name": "Bank", "tax_id": "DE1"},
        buyer={"name": "Acme", "organization": "Acme <Org>", "email": "it@acme.org"},
        time_line_ids=frozenset({1, 2}),
    )  # fmt: skip


def test_html_escapes_everything_user_entered() -> None:
    out = render_html(_doc())
    assert "<script>" not in out and "<b>bold</b>" not in out
    assert "&lt;script&gt;" in out and "Acme &lt;Org&gt;" in out
    assert "Street 1<br/>10115 Berlin" in out


def test_html_has_numbers_amounts_and_details() -> None:
    out = render_html(_doc())
    for text in ("2026-0007", "EUR 299.98", "EUR 57.00", "EUR 356.98", "180.00", "1.5 h",
                 "0.83 h", "9.99", "DE89 3704", "COBADEFF", "Tax 19 %", "2026-04-14"):  # fmt: skip
        assert text in out, text


def test_placeholders_all_filled() -> None:
    out = render_html(_doc())
    for name in ("$title", "$lines", "$totals", "$seller", "$buyer", "$style", "$meta"):
        assert name not in out


def test_currency_minor_units() -> None:
    jpy = render_html(_doc("JPY"))
    assert "JPY 29,998" in jpy and "JPY 29,998." not in jpy
    kwd = render_markdown(_doc("KWD"))
    assert "KWD 29.998" in kwd and "1.998" in kwd


def test_draft_and_void_banners() -> None:
    assert "DRAFT" in render_html(_doc(status=InvoiceStatus.DRAFT))
    void = render_html(_doc(status=InvoiceStatus.VOID))
    assert "VOID" in void and "wrong &lt;address&gt;" in void
    assert "VOID" not in render_html(_doc())


def test_markdown() -> None:
    md = render_markdown(_doc())
    assert md.startswith("# Invoice 2026\\-0007") or md.startswith("# Invoice 2026-0007")
    assert "| **Total due** | **EUR 356.98** |" in md
    assert "Guide \\| pipes \\*stars\\*" in md
    assert "\\<script\\>" in md
    assert "IBAN: DE89 3704" in md


def test_user_override_of_the_template(consultant_home: Path) -> None:
    folder = consultant_home / "config" / "templates"
    folder.mkdir(parents=True)
    (folder / "invoice.html").write_text("CUSTOM $number $total", encoding="utf-8")
    assert render_html(_doc()) == "CUSTOM 2026-0007 EUR 356.98"


def test_display_quantity_and_filename() -> None:
    assert display_quantity("1.5") == "1.5"
    assert display_quantity("2") == "2"
    assert display_quantity("0.125") == "0.125"
    assert display_quantity("0.33333333333333333334") == "0.33"
    assert invoice_filename(_doc(), "pdf") == "invoice-2026-0007.pdf"
    assert invoice_filename(_doc(status=InvoiceStatus.DRAFT), "md") == "invoice-draft-1.md"
