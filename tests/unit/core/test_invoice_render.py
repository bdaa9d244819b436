"""Invoice → HTML (template, escaped) and Markdown, in English and German."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from pathlib import Path

import pytest

from consultant.core.invoice_render import (
    InvoiceDocument,
    country_name,
    display_quantity,
    invoice_filename,
    render_html,
    render_markdown,
)
from consultant.core.models import Invoice, InvoiceKind, InvoiceLine, InvoiceStatus, TaxCase
from consultant.core.tax import VatGroup, exemption_reason

EVIL = '<script>alert("x")</script> & <b>bold</b>'

SELLER = {
    "legal_name": f"Alex {EVIL}", "name": "Alex", "address": "Street 1\n10115 Berlin",
    "country": "DE", "vat_id": "DE123456789", "tax_number": "30/123/45678",
    "email": "alex@example.org", "iban": "DE89 3704", "bic": "COBADEFF", "bank_name": "Bank",
}  # fmt: skip
BUYER = {
    "legal_name": "Acme <Legal> GmbH", "name": "Acme", "address": "Road 2\n75001 Paris",
    "country": "FR", "vat_id": "FR40303265045", "contact": "Dana", "email": "it@acme.org",
}  # fmt: skip


def _invoice(currency: str = "EUR", status: InvoiceStatus = InvoiceStatus.ISSUED) -> Invoice:
    lines = [
        InvoiceLine(1, 1, 1, f"Setup {EVIL}", "1.5", 12000, 18000, time_entry_id=5),
        InvoiceLine(2, 1, 2, "Guide | pipes *stars*", "0.83333333333333333334", 12000, 10000, 6),
        InvoiceLine(3, 1, 3, "Licence", "2", 999, 1998),
    ]
    return Invoice(
        id=1, uid="u-1", client_id=1, status=status, currency=currency, series="2026",
        number="2026-0007" if status != InvoiceStatus.DRAFT else None,
        issue_date="2026-03-31", due_date="2026-04-14", tax_rate="19",
        subtotal_minor=29998, tax_minor=5700, total_minor=35698,
        payment_terms=f"14 days {EVIL}", notes="Line one\nLine two", lines=lines,
        void_reason="wrong <address>" if status == InvoiceStatus.VOID else "",
    )  # fmt: skip


def _doc(
    currency: str = "EUR", status: InvoiceStatus = InvoiceStatus.ISSUED, **changes: object
) -> InvoiceDocument:
    """An old-style document (no VAT groups) unless ``changes`` say otherwise; keyword
    arguments that are ``Invoice`` fields change the invoice, the rest the document."""
    inv = _invoice(currency, status)
    inv_fields = {f.name for f in dataclasses.fields(Invoice)}
    inv = dataclasses.replace(inv, **{k: v for k, v in changes.items() if k in inv_fields})
    doc = InvoiceDocument(
        invoice=inv, seller=dict(SELLER), buyer=dict(BUYER), time_line_ids=frozenset({1, 2})
    )
    return dataclasses.replace(doc, **{k: v for k, v in changes.items() if k not in inv_fields})


def _reverse_charge(language: str = "de") -> InvoiceDocument:
    inv = _invoice()
    lines = [dataclasses.replace(line, tax_category="AE") for line in inv.lines]
    return _doc(
        lines=lines, tax_minor=0, total_minor=29998, tax_case=TaxCase.REVERSE_CHARGE,
        language=language, service_start="2026-03-02", service_end="2026-03-31",
        buyer_reference="PO-4711",
        vat_groups=(VatGroup("AE", Decimal(0), 29998, 0),),
        tax_note=exemption_reason(TaxCase.REVERSE_CHARGE, language),
    )  # fmt: skip


def _credit_note(language: str = "en") -> InvoiceDocument:
    lines = [
        InvoiceLine(11, 2, 1, "Setup", "-1.5", 12000, -18000, 5, tax_rate="19",
                    credited_line_id=1),
        InvoiceLine(12, 2, 2, "Handbook", "-10", 1990, -19900, tax_rate="7",
                    credited_line_id=3),
    ]  # fmt: skip
    return _doc(
        number="2026-0005", issue_date="2026-04-02", due_date=None, lines=lines,
        kind=InvoiceKind.CREDIT_NOTE, credited_invoice_id=1, credit_reason="Billed twice",
        subtotal_minor=-37900, tax_minor=-4813, total_minor=-42713, language=language,
        payment_terms="", notes="", time_line_ids=frozenset({11}),
        vat_groups=(VatGroup("S", Decimal(19), -18000, -3420),
                    VatGroup("S", Decimal(7), -19900, -1393)),
        credited_number="2026-0003", credited_issue_date="2026-03-31",
    )  # fmt: skip


def _text(html_out: str) -> str:
    """The HTML's text, without tags."""
    return re.sub(r"<[^>]+>", "", html_out)


# -- kept from before: escaping, content, placeholders, currencies, banners ---------
def test_html_escapes_everything_user_entered() -> None:
    out = render_html(_doc())
    assert "<script>" not in out and "<b>bold</b>" not in out
    assert "&lt;script&gt;" in out and "Acme &lt;Legal&gt; GmbH" in out
    assert "Street 1<br/>10115 Berlin" in out


def test_html_has_numbers_amounts_and_details() -> None:
    out = render_html(_doc())
    for text in ("2026-0007", "EUR 299.98", "EUR 57.00", "EUR 356.98", "180.00", "1.5 h",
                 "0.83 h", "9.99", "DE89 3704", "COBADEFF", "VAT 19 %", "2026-04-14",
                 "2026-03-31", "Invoice 2026-0007", "Bill to", "Due date", "Bank details",
                 "19 %", "Germany", "France", "VAT ID", "DE123456789", "FR40303265045",
                 "Tax number", "30/123/45678", "Attn. Dana",
                 "Acme &lt;Legal&gt; GmbH"):  # fmt: skip
        assert text in out, text
    # A line without a time entry has a plain quantity.
    assert '<td class="num" align="right">2</td>' in out


def test_the_buyer_s_organization_description_is_never_printed() -> None:
    buyer = {**BUYER, "organization": "Home care provider, 40 nurses"}
    doc = dataclasses.replace(_doc(), buyer=buyer)
    assert "40 nurses" not in render_html(doc) and "40 nurses" not in render_markdown(doc)
    # Without a legal name, the client name is printed.
    doc = dataclasses.replace(_doc(), buyer={"name": "Acme"})
    assert '<span class="party-name">Acme</span>' in render_html(doc)


def test_placeholders_all_filled() -> None:
    for doc in (_doc(), _reverse_charge(), _credit_note(), _doc(status=InvoiceStatus.DRAFT)):
        out = render_html(doc)
        assert not re.search(r"\$[a-z_]+", out), out


def test_currency_minor_units() -> None:
    jpy = render_html(_doc("JPY"))
    assert "JPY 29,998" in jpy and "JPY 29,998." not in jpy
    kwd = render_markdown(_doc("KWD"))
    assert "KWD 29.998" in kwd and "1.998" in kwd
    assert "29.998 JPY" in render_html(_doc("JPY", language="de"))
    assert "29,998 KWD" in render_html(_doc("KWD", language="de"))


def test_draft_and_void_banners() -> None:
    assert "DRAFT" in render_html(_doc(status=InvoiceStatus.DRAFT))
    void = render_html(_doc(status=InvoiceStatus.VOID))
    assert "VOID" in void and "wrong &lt;address&gt;" in void
    assert "VOID" not in render_html(_doc())
    assert "ENTWURF" in render_html(_doc(status=InvoiceStatus.DRAFT, language="de"))
    assert "Entwurf (Nummer bei Ausstellung)" in render_html(
        _doc(status=InvoiceStatus.DRAFT, language="de")
    )


def test_markdown() -> None:
    md = render_markdown(_doc())
    assert md.startswith("# Invoice 2026\\-0007") or md.startswith("# Invoice 2026-0007")
    assert "| **Total due** | **EUR 356.98** |" in md
    assert "Guide \\| pipes \\*stars\\*" in md
    assert "\\<script\\>" in md
    assert "IBAN: DE89 3704" in md
    assert "VAT ID: FR40303265045" in md and "| 19 % |" in md and "**Bill to:**" in md


def test_user_override_of_the_template(consultant_home: Path) -> None:
    folder = consultant_home / "config" / "templates"
    folder.mkdir(parents=True)
    (folder / "invoice.html").write_text("CUSTOM $number $total", encoding="utf-8")
    assert render_html(_doc()) == "CUSTOM 2026-0007 EUR 356.98"
    (folder / "invoice.html").write_text("$bill_to|$tax_note|$lang", encoding="utf-8")
    assert render_html(_reverse_charge()).startswith("Rechnungsempfänger|<table")
    assert render_html(_reverse_charge()).endswith("|de")


def test_display_quantity_and_filename() -> None:
    assert display_quantity("1.5") == "1.5"
    assert display_quantity("2") == "2"
    assert display_quantity("0.125") == "0.125"
    assert display_quantity("0.33333333333333333334") == "0.33"
    assert invoice_filename(_doc(), "pdf") == "invoice-2026-0007.pdf"
    assert invoice_filename(_doc(status=InvoiceStatus.DRAFT), "md") == "invoice-draft-1.md"


# -- language ----------------------------------------------------------------------
def test_german_labels_dates_and_numbers() -> None:
    assert 'lang="de"' in render_html(_doc(language="de"))
    doc = _doc(language="de", service_start="2026-03-02", service_end="2026-03-31",
               buyer_reference="PO-4711")  # fmt: skip
    out = render_html(doc).split("</style>")[1]
    for text in ("Rechnung 2026-0007", "Rechnungsnummer", "Rechnungsdatum", "31.03.2026",
                 "Fällig am", "14.04.2026", "Leistungszeitraum", "02.03.2026 – 31.03.2026",
                 "Ihre Referenz", "PO-4711", "Rechnungsempfänger", "z. Hd. Dana",
                 "USt-IdNr.", "Steuernummer", "Deutschland", "Frankreich", "Beschreibung",
                 "Menge", "Einzelpreis", "1,5 Std.", "0,83 Std.", "USt. 19 %",
                 "Zwischensumme", "299,98 EUR", "57,00 EUR", "356,98 EUR", "Gesamtbetrag",
                 "Bankverbindung", "Kontoinhaber", "Zahlungsbedingungen", "Anmerkungen",
                 "Ihre Referenz"):  # fmt: skip
        assert text in out, text
    for english in ("Invoice", "Bill to", "Due date", "Total due", "2026-03-31", "EUR 356",
                    "Germany", "1.5 h", "Attn."):  # fmt: skip
        assert english not in out, english


def test_markdown_in_step_with_the_german_html() -> None:
    doc = _reverse_charge("de")
    md = render_markdown(doc)
    for text in ("# Rechnung 2026", "**Rechnungsempfänger:**", "Rechnungsdatum: 31.03.2026",
                 "Leistungszeitraum: 02.03.2026 – 31.03.2026", "Ihre Referenz: PO-4711",
                 "| 1,5 Std. |", "| 0 % |", "USt. 0 % auf 299,98 EUR | 0,00 EUR |",
                 "**Gesamtbetrag** | **299,98 EUR**", "USt-IdNr.: DE123456789",
                 "USt-IdNr.: FR40303265045", "Steuerschuldnerschaft des Leistungsempfängers",
                 "## Bankverbindung", "Frankreich"):  # fmt: skip
        assert text in md, text


def test_country_names() -> None:
    assert country_name("DE") == "Germany" and country_name("de", "de") == "Deutschland"
    for code in ("AT", "FR", "GR", "SE", "CH", "GB", "US", "NO"):
        assert country_name(code) != code
    assert country_name("UK") == "United Kingdom"
    assert country_name("BR") == "BR" and country_name("") == ""


# -- VAT ---------------------------------------------------------------------------
def test_reverse_charge_note_and_both_vat_ids() -> None:
    for language, note_start in (("de", "Steuerschuldnerschaft"), ("en", "Reverse charge")):
        doc = _reverse_charge(language)
        out = render_html(doc)
        assert note_start in out and doc.tax_note in out
        assert "DE123456789" in out and "FR40303265045" in out
        assert out.index('class="tax-note"') > out.index('class="totals"')  # below the totals
        assert ("0,00 EUR" if language == "de" else "EUR 0.00") in out
        assert "19 %" not in out  # every line is AE at 0 %, whatever the invoice rate
        assert doc.tax_note in render_markdown(doc)
    assert 'class="tax-note"' not in render_html(_doc())


def test_two_vat_groups_one_line_each() -> None:
    doc = _credit_note()
    doc = dataclasses.replace(
        doc, invoice=dataclasses.replace(doc.invoice, kind=InvoiceKind.INVOICE,
                                         credited_invoice_id=None),
        credited_number="", credited_issue_date="",
    )  # fmt: skip
    en = render_html(doc)
    assert "VAT 19 % on -EUR 180.00" in en and "-EUR 34.20" in en
    assert "VAT 7 % on -EUR 199.00" in en and "-EUR 13.93" in en
    assert en.count('class="total-label"') == 4  # net, two groups, total
    assert "| 19 % |" in render_markdown(doc) and "| 7 % |" in render_markdown(doc)
    de = render_html(
        dataclasses.replace(doc, invoice=dataclasses.replace(doc.invoice, language="de"))
    )
    assert "USt. 19 % auf -180,00 EUR" in de and "USt. 7 % auf -199,00 EUR" in de
    rate = render_html(dataclasses.replace(doc, vat_groups=(
        VatGroup("S", Decimal("7.5"), 1000, 75),)))  # fmt: skip
    assert "VAT 7.5 % on EUR 10.00" in rate


# -- service period ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("start", "end", "en", "de"),
    [
        ("2026-03-02", "2026-03-31", "2026-03-02 – 2026-03-31", "02.03.2026 – 31.03.2026"),
        ("2026-03-05", "2026-03-05", "2026-03-05", "05.03.2026"),
        ("2026-03-05", None, "2026-03-05", "05.03.2026"),
    ],
)
def test_service_period(start: str, end: str | None, en: str, de: str) -> None:
    out = render_html(_doc(service_start=start, service_end=end))
    assert "Service period" in out and f'<td class="meta-value">{en}</td>' in out
    md = render_markdown(_doc(service_start=start, service_end=end, language="de"))
    assert f"- Leistungszeitraum: {de}" in md


def test_no_service_period_row_without_dates() -> None:
    assert "Service period" not in render_html(_doc())


# -- credit notes ------------------------------------------------------------------
def test_credit_note_reference_reason_and_negative_amounts() -> None:
    doc = _credit_note()
    out = render_html(doc)
    assert doc.title == "Credit note 2026-0005" and "<title>Credit note 2026-0005</title>" in out
    for text in ("Credits invoice 2026-0003 of 2026-03-31", "Reason:", "Billed twice",
                 "Credit note number", "-1.5 h", "-180.00", "-199.00", "-EUR 379.00",
                 "-EUR 427.13", ">Total<"):  # fmt: skip
        assert text in out, text
    assert "Total due" not in out and "Due date" not in out
    de = render_html(_credit_note("de"))
    for text in ("Rechnungskorrektur 2026-0005", "Korrektur zur Rechnung 2026-0003 vom 31.03.2026",
                 "Grund:", "-427,13 EUR", "-1,5 Std."):  # fmt: skip
        assert text in de, text
    md = render_markdown(_credit_note())
    assert "**Credits invoice 2026\\-0003 of 2026\\-03\\-31**" not in md
    assert "**Credits invoice 2026-0003 of 2026-03-31**" in md and "Reason: Billed twice" in md
    assert "| **Total** | **-EUR 427.13** |" in md


def test_credited_invoice_banner_names_the_credit_notes() -> None:
    notes = (("2026-0005", "2026-04-02"), ("2026-0006", "2026-04-09"))
    partly = _doc(credited_lines=1, credit_notes=notes[:1])
    out = _text(render_html(partly))
    assert "PARTLY CREDITED — by credit note 2026-0005 of 2026-04-02" in out
    full = _doc(credited_lines=3, credit_notes=notes, language="de")
    out = _text(render_html(full))
    assert ("KORRIGIERT — durch Rechnungskorrekturen 2026-0005 vom 02.04.2026, "
            "2026-0006 vom 09.04.2026") in out  # fmt: skip
    assert "TEILWEISE" not in out
    assert "CREDITED — by credit note 2026-0005" in render_markdown(
        _doc(credited_lines=3, credit_notes=notes[:1])
    )
    assert "CREDITED" not in render_html(_doc())


# -- escaping of every field -------------------------------------------------------
def test_every_field_is_escaped_in_html_and_markdown() -> None:
    def evil(name: str) -> str:
        return f"<i>{name.replace('_', '')}</i>"  # Markdown escapes "_"

    seller_keys = ("legal_name", "name", "address", "country", "vat_id", "tax_number",
                   "email", "phone", "website", "bank_name", "iban", "bic")  # fmt: skip
    buyer_keys = ("legal_name", "address", "country", "vat_id", "tax_id", "contact")
    inv_fields = ("payment_terms", "notes", "buyer_reference", "credit_reason", "number",
                  "issue_date", "due_date", "service_start")  # fmt: skip
    doc_fields = ("tax_note", "credited_number", "credited_issue_date")
    base = _credit_note()
    inv = dataclasses.replace(
        base.invoice,
        lines=[dataclasses.replace(base.invoice.lines[0], description=evil("description"))],
        **{f: evil(f) for f in inv_fields},
    )
    doc = dataclasses.replace(
        base,
        invoice=inv,
        seller={k: evil(f"seller_{k}") for k in seller_keys},
        buyer={k: evil(f"buyer_{k}") for k in buyer_keys},
        **{f: evil(f) for f in doc_fields},
    )
    html_out, md_out = render_html(doc), render_markdown(doc)
    names = [*(f"seller_{k}" for k in seller_keys), *(f"buyer_{k}" for k in buyer_keys),
             *inv_fields, *doc_fields, "description"]  # fmt: skip
    for name in names:
        marker = name.replace("_", "")
        assert f"&lt;i&gt;{marker}&lt;/i&gt;" in html_out, name
        assert f"\\<i\\>{marker}\\</i\\>" in md_out, name
    assert "<i>" not in html_out and "<i>" not in md_out.replace("\\<i\\>", "")
    # The banner of a credited invoice names credit notes; a void reason is escaped too.
    credited = _doc(credited_lines=1, credit_notes=((evil("cn"), evil("cnday")),))
    assert "&lt;i&gt;cn&lt;/i&gt; of &lt;i&gt;cnday&lt;/i&gt;" in render_html(credited)
    assert "\\<i\\>cn\\</i\\>" in render_markdown(credited)
