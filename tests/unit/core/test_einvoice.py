"""EN 16931 e-invoices (Factur-X EN 16931, XRechnung 3.0 CII) built from documents.

Every document here is built directly (no database) the way services.billing builds
it: amounts from ``money.line_amount``, the VAT breakdown from ``tax.vat_breakdown``.
Each generated XML is checked against the XSD shipped with factur-x and read back
with lxml. ``tests/slow/test_en16931_rules.py`` runs the EN 16931 schematron on the
same documents (``DOCUMENTS``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import pytest
from lxml import etree

from consultant.core.einvoice import (
    BUSINESS_PROCESS_XRECHNUNG,
    FORMATS,
    GUIDELINE_EN16931,
    GUIDELINE_XRECHNUNG,
    EInvoiceError,
    build_cii_xml,
    einvoice_problems,
    parse_address,
    split_address,
    validate_xsd,
)
from consultant.core.invoice_render import InvoiceDocument
from consultant.core.models import Invoice, InvoiceKind, InvoiceLine, InvoiceStatus, TaxCase
from consultant.core.money import line_amount
from consultant.core.tax import category_for, effective_rate, exemption_reason, vat_breakdown

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
    "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
}
SETTLEMENT = "//ram:ApplicableHeaderTradeSettlement"
TOTALS = f"{SETTLEMENT}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
SELLER = "//ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty"
BUYER = "//ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty"

SELLER_DE = {
    "legal_name": "Alex Dev Consulting",
    "name": "Alex Dev",
    "address": "Invalidenstraße 1\n10115 Berlin",
    "country": "DE",
    "vat_id": "DE123456789",
    "tax_number": "30/123/45678",
    "email": "alex@alexdev.de",
    "phone": "+49 30 1234567",
    "iban": "DE89 3704 0044 0532 0130 00",
    "bic": "COBADEFFXXX",
    "bank_name": "Commerzbank",
}
SELLER_SMALL = {
    **{k: v for k, v in SELLER_DE.items() if k != "vat_id"},
    "small_business": "1",
}
BUYER_DE = {
    "legal_name": "Acme GmbH",
    "name": "Acme",
    "address": "Hauptstraße 5\n2. OG\n80331 München",
    "country": "DE",
    "email": "rechnung@acme.de",
    "contact": "Berta Buchhaltung",
}
BUYER_FR = {
    "legal_name": "Société Exemple SARL",
    "name": "Exemple",
    "address": "12 rue de Rivoli\n75008 Paris",
    "country": "FR",
    "vat_id": "FR40303265045",
    "email": "factures@exemple.fr",
}
BUYER_US = {
    "legal_name": "Example Corp.",
    "name": "Example",
    "address": "350 Fifth Avenue\nNew York, NY 10118",
    "country": "US",
    "vat_id": "US-EIN-12-3456789",
    "email": "ap@example.com",
}


@dataclass(frozen=True)
class Line:
    description: str
    quantity: str
    price_minor: int
    rate: str = "19"
    time: bool = True


def make_doc(
    lines: list[Line],
    *,
    case: TaxCase = TaxCase.DOMESTIC,
    currency: str = "EUR",
    seller: dict[str, str] | None = None,
    buyer: dict[str, str] | None = None,
    credit_of: tuple[str, str] | None = None,
    number: str = "2026-0007",
    status: InvoiceStatus = InvoiceStatus.ISSUED,
    buyer_reference: str = "",
    payment_terms: str = "Payable within 14 days without deduction.",
    due_date: str | None = "2026-04-14",
    notes: str = "Thank you for your business.",
) -> InvoiceDocument:
    """A document as services.billing builds it; ``credit_of=(number, date)`` makes
    it a credit note reversing ``lines`` (negative quantities and amounts)."""
    credit = credit_of is not None
    inv_lines = []
    for n, spec in enumerate(lines, 1):
        rate = effective_rate(case, Decimal(spec.rate))
        quantity = -Decimal(spec.quantity) if credit else Decimal(spec.quantity)
        amount = line_amount(quantity, spec.price_minor, currency).amount_minor
        inv_lines.append(
            InvoiceLine(
                id=n, invoice_id=1, position=n, description=spec.description,
                quantity=str(quantity), unit_price_minor=spec.price_minor,
                amount_minor=amount, time_entry_id=n if spec.time else None,
                tax_rate=format(rate, "f"), tax_category=category_for(case, rate),
            )
        )  # fmt: skip
    groups = vat_breakdown(
        [(x.amount_minor, x.tax_category, Decimal(x.tax_rate or "0")) for x in inv_lines],
        currency,
    )
    subtotal = sum(x.amount_minor for x in inv_lines)
    tax = sum(g.tax_minor for g in groups)
    invoice = Invoice(
        id=1, uid="uid-1", client_id=1, status=status, currency=currency, series="2026",
        number=number if status != InvoiceStatus.DRAFT else None,
        issue_date="2026-03-31" if status != InvoiceStatus.DRAFT else None,
        due_date=None if credit else due_date, tax_rate=lines[0].rate,
        subtotal_minor=subtotal, tax_minor=tax, total_minor=subtotal + tax,
        payment_terms="" if credit else payment_terms, notes=notes, lines=inv_lines,
        kind=InvoiceKind.CREDIT_NOTE if credit else InvoiceKind.INVOICE,
        credited_invoice_id=9 if credit else None,
        credit_reason="Line 2 was billed twice." if credit else "",
        service_start="2026-03-02", service_end="2026-03-27", language="en",
        buyer_reference=buyer_reference, tax_case=case,
    )  # fmt: skip
    return InvoiceDocument(
        invoice=invoice,
        seller=dict(seller if seller is not None else SELLER_DE),
        buyer=dict(buyer if buyer is not None else BUYER_DE),
        time_line_ids=frozenset(x.id for x in inv_lines if x.time_entry_id and x.id),
        vat_groups=tuple(groups),
        tax_note=exemption_reason(case, "en"),
        credited_number=credit_of[0] if credit_of else "",
        credited_issue_date=credit_of[1] if credit_of else "",
    )


TWO_TIME_LINES = [
    Line("Server migration (March)", "12.5", 9500),
    Line("Documentation of the backup concept", "0.33333333333333333334", 9500),
]


def domestic() -> InvoiceDocument:
    return make_doc(TWO_TIME_LINES)


def reverse_charge() -> InvoiceDocument:
    return make_doc(TWO_TIME_LINES, case=TaxCase.REVERSE_CHARGE, buyer=BUYER_FR)


def small_business() -> InvoiceDocument:
    return make_doc(TWO_TIME_LINES, case=TaxCase.SMALL_BUSINESS, seller=SELLER_SMALL)


def outside_eu() -> InvoiceDocument:
    return make_doc(TWO_TIME_LINES, case=TaxCase.OUTSIDE_EU, buyer=BUYER_US)


def two_rates() -> InvoiceDocument:
    return make_doc(
        [
            Line("Consulting", "3", 11000),
            Line("Printed handbook", "2", 2499, rate="7", time=False),
            Line("Workshop", "1.25", 11000),
        ]
    )


def partial_credit_note() -> InvoiceDocument:
    return make_doc([TWO_TIME_LINES[1]], credit_of=("2026-0007", "2026-03-31"), number="2026-0008")


def yen() -> InvoiceDocument:
    return make_doc(
        [Line("Code review", "2.5", 15000), Line("Licence", "1", 9999, rate="7", time=False)],
        currency="JPY",
    )


def xrechnung_doc() -> InvoiceDocument:
    return make_doc(TWO_TIME_LINES, buyer_reference="04011000-12345-34")


#: (name, builder, format): every document the rules test checks too.
DOCUMENTS: list[tuple[str, Callable[[], InvoiceDocument], str]] = [
    ("domestic", domestic, "facturx"),
    ("reverse_charge", reverse_charge, "facturx"),
    ("small_business", small_business, "facturx"),
    ("outside_eu", outside_eu, "facturx"),
    ("two_rates", two_rates, "facturx"),
    ("partial_credit_note", partial_credit_note, "facturx"),
    ("yen", yen, "facturx"),
    ("xrechnung", xrechnung_doc, "xrechnung"),
    ("xrechnung_reverse_charge", lambda: make_doc(
        TWO_TIME_LINES, case=TaxCase.REVERSE_CHARGE, buyer=BUYER_FR, buyer_reference="FR-PO-7"
    ), "xrechnung"),
    ("xrechnung_credit_note", lambda: make_doc(
        [TWO_TIME_LINES[1]], credit_of=("2026-0007", "2026-03-31"), number="2026-0008",
        buyer_reference="04011000-12345-34",
    ), "xrechnung"),
]  # fmt: skip


# -- helpers -------------------------------------------------------------------------
def _root(xml: bytes) -> etree._Element:
    return etree.fromstring(xml)


def _texts(xml: bytes, path: str) -> list[str]:
    found = _root(xml).xpath(path, namespaces=NS)
    return [str(e) if isinstance(e, str) else str(e.text or "") for e in found]


def _one(xml: bytes, path: str) -> str:
    found = _texts(xml, path)
    assert len(found) == 1, (path, found)
    return found[0]


def _minor(text: str, digits: int = 2) -> int:
    value = Decimal(text).scaleb(digits)
    assert value == value.to_integral_value(), text
    return int(value)


def _assert_totals(doc: InvoiceDocument, xml: bytes, digits: int = 2) -> None:
    """Totals equal the stored ones to the cent (absolute values on a credit note)."""
    inv = doc.invoice
    subtotal, tax, total = (abs(inv.subtotal_minor), abs(inv.tax_minor), abs(inv.total_minor))
    assert _minor(_one(xml, f"{TOTALS}/ram:LineTotalAmount"), digits) == subtotal
    assert _minor(_one(xml, f"{TOTALS}/ram:TaxBasisTotalAmount"), digits) == subtotal
    assert _minor(_one(xml, f"{TOTALS}/ram:TaxTotalAmount"), digits) == tax
    assert _one(xml, f"{TOTALS}/ram:TaxTotalAmount/@currencyID") == inv.currency
    assert _minor(_one(xml, f"{TOTALS}/ram:GrandTotalAmount"), digits) == total
    assert _minor(_one(xml, f"{TOTALS}/ram:DuePayableAmount"), digits) == total
    line_amounts = _texts(
        xml, "//ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"
    )
    assert [_minor(a, digits) for a in line_amounts] == [abs(x.amount_minor) for x in inv.lines]
    bases = _texts(xml, f"{SETTLEMENT}/ram:ApplicableTradeTax/ram:BasisAmount")
    taxes = _texts(xml, f"{SETTLEMENT}/ram:ApplicableTradeTax/ram:CalculatedAmount")
    assert sum(_minor(b, digits) for b in bases) == subtotal
    assert sum(_minor(t, digits) for t in taxes) == tax
    assert _one(xml, f"{SETTLEMENT}/ram:InvoiceCurrencyCode") == inv.currency


def _build(doc: InvoiceDocument, fmt: str = "facturx") -> bytes:
    assert einvoice_problems(doc, fmt) == []
    xml = build_cii_xml(doc, fmt)
    assert validate_xsd(xml) == [], validate_xsd(xml)
    return xml


# -- the documents -------------------------------------------------------------------
@pytest.mark.parametrize(("name", "builder", "fmt"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_every_document_is_xsd_valid_and_adds_up(
    name: str, builder: Callable[[], InvoiceDocument], fmt: str
) -> None:
    doc = builder()
    xml = _build(doc, fmt)
    digits = 0 if doc.invoice.currency == "JPY" else 2
    _assert_totals(doc, xml, digits)
    assert _one(xml, "//rsm:ExchangedDocument/ram:ID") == doc.invoice.number
    assert _one(xml, "//ram:IssueDateTime/udt:DateTimeString") == "20260331"
    assert build_cii_xml(doc, fmt) == xml  # deterministic


def test_domestic_19_percent_with_time_lines() -> None:
    doc = domestic()
    xml = _build(doc)
    assert _one(xml, "//rsm:ExchangedDocument/ram:TypeCode") == "380"
    assert _one(xml, "//ram:GuidelineSpecifiedDocumentContextParameter/ram:ID") == (
        GUIDELINE_EN16931
    )
    assert _texts(xml, "//ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID") == []
    assert _texts(xml, "//ram:IncludedSupplyChainTradeLineItem//ram:CategoryCode") == ["S", "S"]
    assert _texts(xml, "//ram:IncludedSupplyChainTradeLineItem//ram:RateApplicablePercent") == [
        "19",
        "19",
    ]
    assert _texts(xml, "//ram:AssociatedDocumentLineDocument/ram:LineID") == ["1", "2"]
    assert _texts(xml, "//ram:SpecifiedTradeProduct/ram:Name") == [
        "Server migration (March)",
        "Documentation of the backup concept",
    ]
    # Quantities: hours, at most four decimals; the amount is the stored one.
    assert _texts(xml, "//ram:BilledQuantity") == ["12.5", "0.3333"]
    assert _texts(xml, "//ram:BilledQuantity/@unitCode") == ["HUR", "HUR"]
    assert _texts(xml, "//ram:NetPriceProductTradePrice/ram:ChargeAmount") == ["95.00", "95.00"]
    assert doc.invoice.lines[1].amount_minor == 3167  # 95.00 × 1/3, rounded once
    assert _texts(xml, "//ram:SpecifiedTradeSettlementLineMonetarySummation/*") == [
        "1187.50",
        "31.67",
    ]
    assert _one(xml, f"{SETTLEMENT}/ram:ApplicableTradeTax/ram:CategoryCode") == "S"
    assert _one(xml, f"{SETTLEMENT}/ram:ApplicableTradeTax/ram:RateApplicablePercent") == "19"
    assert _texts(xml, f"{SETTLEMENT}/ram:ApplicableTradeTax/ram:ExemptionReason") == []
    assert _one(xml, f"{TOTALS}/ram:GrandTotalAmount") == "1450.81"
    # Seller and buyer.
    assert _one(xml, f"{SELLER}/ram:Name") == "Alex Dev Consulting"
    assert _texts(xml, f"{SELLER}/ram:SpecifiedTaxRegistration/ram:ID/@schemeID") == ["VA", "FC"]
    assert _texts(xml, f"{SELLER}/ram:SpecifiedTaxRegistration/ram:ID") == [
        "DE123456789",
        "30/123/45678",
    ]
    assert _one(xml, f"{SELLER}/ram:URIUniversalCommunication/ram:URIID") == "alex@alexdev.de"
    assert _one(xml, f"{SELLER}/ram:URIUniversalCommunication/ram:URIID/@schemeID") == "EM"
    assert _one(xml, f"{SELLER}/ram:PostalTradeAddress/ram:PostcodeCode") == "10115"
    assert _one(xml, f"{SELLER}/ram:PostalTradeAddress/ram:CityName") == "Berlin"
    assert _one(xml, f"{SELLER}/ram:PostalTradeAddress/ram:LineOne") == "Invalidenstraße 1"
    assert _one(xml, f"{SELLER}/ram:PostalTradeAddress/ram:CountryID") == "DE"
    assert _one(xml, f"{BUYER}/ram:Name") == "Acme GmbH"
    assert _one(xml, f"{BUYER}/ram:PostalTradeAddress/ram:LineTwo") == "2. OG"
    assert _one(xml, f"{BUYER}/ram:PostalTradeAddress/ram:CityName") == "München"
    assert _one(xml, f"{BUYER}/ram:DefinedTradeContact/ram:PersonName") == "Berta Buchhaltung"
    assert _one(xml, f"{BUYER}/ram:URIUniversalCommunication/ram:URIID") == "rechnung@acme.de"
    # Payment: SEPA credit transfer to the seller's IBAN.
    means = f"{SETTLEMENT}/ram:SpecifiedTradeSettlementPaymentMeans"
    assert _one(xml, f"{means}/ram:TypeCode") == "58"
    assert _one(xml, f"{means}//ram:IBANID") == "DE89370400440532013000"
    assert _one(xml, f"{means}//ram:AccountName") == "Alex Dev Consulting"
    assert _one(xml, f"{means}//ram:BICID") == "COBADEFFXXX"
    # Dates: due date and terms, service period, delivery date.
    terms = f"{SETTLEMENT}/ram:SpecifiedTradePaymentTerms"
    assert _one(xml, f"{terms}/ram:Description") == "Payable within 14 days without deduction."
    assert _one(xml, f"{terms}/ram:DueDateDateTime/udt:DateTimeString") == "20260414"
    period = f"{SETTLEMENT}/ram:BillingSpecifiedPeriod"
    assert _one(xml, f"{period}/ram:StartDateTime/udt:DateTimeString") == "20260302"
    assert _one(xml, f"{period}/ram:EndDateTime/udt:DateTimeString") == "20260327"
    assert _one(xml, "//ram:ActualDeliverySupplyChainEvent//udt:DateTimeString") == "20260327"
    assert _texts(xml, "//rsm:ExchangedDocument/ram:IncludedNote/ram:Content") == [
        "Thank you for your business."
    ]


def test_reverse_charge_de_to_fr() -> None:
    doc = reverse_charge()
    xml = _build(doc)
    assert _texts(xml, "//ram:IncludedSupplyChainTradeLineItem//ram:CategoryCode") == ["AE", "AE"]
    assert _texts(xml, "//ram:IncludedSupplyChainTradeLineItem//ram:RateApplicablePercent") == [
        "0",
        "0",
    ]
    tax = f"{SETTLEMENT}/ram:ApplicableTradeTax"
    assert _one(xml, f"{tax}/ram:CategoryCode") == "AE"
    assert _one(xml, f"{tax}/ram:RateApplicablePercent") == "0"
    assert _one(xml, f"{tax}/ram:CalculatedAmount") == "0.00"
    assert _one(xml, f"{tax}/ram:ExemptionReasonCode") == "VATEX-EU-AE"
    assert _one(xml, f"{tax}/ram:ExemptionReason") == doc.tax_note
    assert "Reverse charge" in doc.tax_note
    assert doc.tax_note in _texts(xml, "//rsm:ExchangedDocument/ram:IncludedNote/ram:Content")
    assert _texts(xml, f"{SELLER}/ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']") == [
        "DE123456789"
    ]
    assert _texts(xml, f"{BUYER}/ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']") == [
        "FR40303265045"
    ]
    assert _one(xml, f"{BUYER}/ram:PostalTradeAddress/ram:PostcodeCode") == "75008"
    assert _one(xml, f"{BUYER}/ram:PostalTradeAddress/ram:CountryID") == "FR"
    assert doc.invoice.tax_minor == 0 and doc.invoice.total_minor == doc.invoice.subtotal_minor


def test_small_business_is_exempt_with_note_and_no_vat_id() -> None:
    doc = small_business()
    xml = _build(doc)
    assert set(_texts(xml, "//ram:CategoryCode")) == {"E"}
    tax = f"{SETTLEMENT}/ram:ApplicableTradeTax"
    assert _one(xml, f"{tax}/ram:ExemptionReason") == exemption_reason(TaxCase.SMALL_BUSINESS)
    assert _texts(xml, f"{tax}/ram:ExemptionReasonCode") == []  # none for E
    assert _one(xml, f"{tax}/ram:RateApplicablePercent") == "0"
    assert _texts(xml, f"{SELLER}/ram:SpecifiedTaxRegistration/ram:ID/@schemeID") == ["FC"]
    # BR-CO-26: with no VAT id, the tax number is the seller identifier (BT-29) too.
    assert _one(xml, f"{SELLER}/ram:ID") == "30/123/45678"


def test_outside_eu_has_no_vat_ids() -> None:
    doc = outside_eu()
    xml = _build(doc)
    assert set(_texts(xml, "//ram:CategoryCode")) == {"O"}
    assert _texts(xml, "//ram:RateApplicablePercent") == []  # BR-O-05: O has no rate
    assert b'schemeID="VA"' not in xml
    assert b"DE123456789" not in xml and b"US-EIN" not in xml
    assert _texts(xml, f"{SELLER}/ram:SpecifiedTaxRegistration/ram:ID[@schemeID='FC']") == [
        "30/123/45678"
    ]
    tax = f"{SETTLEMENT}/ram:ApplicableTradeTax"
    assert _one(xml, f"{tax}/ram:ExemptionReasonCode") == "VATEX-EU-O"
    assert _one(xml, f"{tax}/ram:ExemptionReason") == doc.tax_note != ""
    address = f"{BUYER}/ram:PostalTradeAddress"
    assert _one(xml, f"{address}/ram:PostcodeCode") == "10118"
    assert _one(xml, f"{address}/ram:CityName") == "New York"
    assert _one(xml, f"{address}/ram:CountrySubDivisionName") == "NY"
    assert _one(xml, f"{address}/ram:CountryID") == "US"


def test_two_rates_give_two_breakdown_groups() -> None:
    doc = two_rates()
    xml = _build(doc)
    tax = f"{SETTLEMENT}/ram:ApplicableTradeTax"
    assert _texts(xml, f"{tax}/ram:RateApplicablePercent") == ["19", "7"]
    assert _texts(xml, f"{tax}/ram:CategoryCode") == ["S", "S"]
    expected = {str(g.rate): g for g in doc.vat_groups}
    for group in _root(xml).xpath(tax, namespaces=NS):
        rate = group.findtext("ram:RateApplicablePercent", namespaces=NS)
        stored = expected[rate]
        assert _minor(group.findtext("ram:BasisAmount", namespaces=NS)) == stored.base_minor
        assert _minor(group.findtext("ram:CalculatedAmount", namespaces=NS)) == stored.tax_minor
    assert _texts(xml, "//ram:BilledQuantity/@unitCode") == ["HUR", "C62", "HUR"]


def test_partial_credit_note_is_positive_and_refers_to_the_invoice() -> None:
    doc = partial_credit_note()
    inv = doc.invoice
    assert inv.total_minor < 0 and inv.lines[0].amount_minor < 0  # stored negative
    xml = _build(doc)
    assert _one(xml, "//rsm:ExchangedDocument/ram:TypeCode") == "381"
    assert _one(xml, "//ram:BilledQuantity") == "0.3333"
    assert _one(xml, "//ram:NetPriceProductTradePrice/ram:ChargeAmount") == "95.00"
    assert _one(xml, "//ram:SpecifiedTradeSettlementLineMonetarySummation/*") == "31.67"
    assert _one(xml, f"{TOTALS}/ram:GrandTotalAmount") == "37.69"
    for amount in _texts(xml, "//*[contains(local-name(), 'Amount')]"):
        assert Decimal(amount) >= 0, amount
    ref = f"{SETTLEMENT}/ram:InvoiceReferencedDocument"
    assert _one(xml, f"{ref}/ram:IssuerAssignedID") == "2026-0007"
    assert _one(xml, f"{ref}/ram:FormattedIssueDateTime/qdt:DateTimeString") == "20260331"
    notes = _texts(xml, "//rsm:ExchangedDocument/ram:IncludedNote/ram:Content")
    assert any("Line 2 was billed twice." in n for n in notes)
    # No payment to the seller on a credit note, but BR-CO-25 wants terms.
    assert _texts(xml, "//ram:SpecifiedTradeSettlementPaymentMeans") == []
    assert "2026-0007" in _one(xml, f"{SETTLEMENT}/ram:SpecifiedTradePaymentTerms/*")
    assert _texts(xml, "//ram:DueDateDateTime") == []


def test_yen_has_no_decimals() -> None:
    doc = yen()
    xml = _build(doc)
    _assert_totals(doc, xml, digits=0)
    for amount in _texts(xml, "//*[contains(local-name(), 'Amount')]"):
        assert "." not in amount, amount
    assert _texts(xml, "//ram:NetPriceProductTradePrice/ram:ChargeAmount") == ["15000", "9999"]
    assert _one(xml, f"{TOTALS}/ram:GrandTotalAmount") == str(doc.invoice.total_minor)


def test_kuwaiti_dinar_is_refused() -> None:
    doc = make_doc([Line("Consulting", "2", 45000)], currency="KWD")
    problems = einvoice_problems(doc, "facturx")
    assert problems == [
        "E-invoices allow at most two decimals; KWD invoices cannot be exported as EN 16931."
    ]
    with pytest.raises(EInvoiceError, match="KWD"):
        build_cii_xml(doc, "facturx")


def test_xrechnung_with_buyer_reference() -> None:
    doc = xrechnung_doc()
    xml = _build(doc, "xrechnung")
    assert _one(xml, "//ram:GuidelineSpecifiedDocumentContextParameter/ram:ID") == (
        GUIDELINE_XRECHNUNG
    )
    assert _one(xml, "//ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID") == (
        BUSINESS_PROCESS_XRECHNUNG
    )
    assert _one(xml, "//ram:ApplicableHeaderTradeAgreement/ram:BuyerReference") == (
        "04011000-12345-34"
    )
    contact = f"{SELLER}/ram:DefinedTradeContact"
    assert _one(xml, f"{contact}/ram:PersonName") == "Alex Dev"
    assert _one(xml, f"{contact}//ram:CompleteNumber") == "+49 30 1234567"
    assert _one(xml, f"{contact}/ram:EmailURIUniversalCommunication/ram:URIID") == (
        "alex@alexdev.de"
    )
    assert _one(xml, f"{BUYER}/ram:URIUniversalCommunication/ram:URIID") == "rechnung@acme.de"
    assert _one(xml, "//ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode") == "58"


def test_xrechnung_without_buyer_reference_is_refused() -> None:
    doc = domestic()
    assert einvoice_problems(doc, "facturx") == []
    problems = einvoice_problems(doc, "xrechnung")
    assert problems == [
        "XRechnung needs the buyer reference (Leitweg-ID): set it on client Acme "
        "(consultant client edit “Acme” or the client's Billing tab)."
    ]
    with pytest.raises(EInvoiceError, match="Leitweg-ID"):
        build_cii_xml(doc, "xrechnung")


def test_xrechnung_names_every_missing_german_field() -> None:
    seller = {k: v for k, v in SELLER_DE.items() if k not in ("phone", "email", "iban")}
    seller["address"] = "Invalidenstraße 1"
    buyer = {k: v for k, v in BUYER_DE.items() if k != "email"}
    doc = make_doc(TWO_TIME_LINES, seller=seller, buyer=buyer, buyer_reference="X-1")
    text = " ".join(einvoice_problems(doc, "xrechnung"))
    for phrase in ("phone number", "e-mail address", "your post code and city", "IBAN",
                   "client's electronic address"):  # fmt: skip
        assert phrase in text, phrase
    assert "client's post code" not in text  # the buyer's "80331 München" is fine


def test_draft_and_void_are_refused() -> None:
    draft = make_doc(TWO_TIME_LINES, status=InvoiceStatus.DRAFT)
    problems = einvoice_problems(draft, "facturx")
    assert "A draft cannot be exported as an e-invoice; issue it first." in problems
    with pytest.raises(EInvoiceError, match="issue it first"):
        build_cii_xml(draft, "facturx")
    void = make_doc(TWO_TIME_LINES, status=InvoiceStatus.VOID)
    assert any("voided" in p for p in einvoice_problems(void, "facturx"))


def test_outside_eu_without_tax_number_is_refused() -> None:
    seller = {k: v for k, v in SELLER_DE.items() if k != "tax_number"}
    doc = make_doc(TWO_TIME_LINES, case=TaxCase.OUTSIDE_EU, buyer=BUYER_US, seller=seller)
    assert any("tax number" in p and "BR-O-02" in p for p in einvoice_problems(doc, "facturx"))


def test_amount_due_needs_due_date_or_terms() -> None:
    doc = make_doc(TWO_TIME_LINES, payment_terms="", due_date=None)
    assert any("due date or payment terms" in p for p in einvoice_problems(doc, "facturx"))
    only_due = make_doc(TWO_TIME_LINES, payment_terms="")
    xml = _build(only_due)
    assert _texts(xml, "//ram:SpecifiedTradePaymentTerms/ram:Description") == []
    assert _one(xml, "//ram:DueDateDateTime/udt:DateTimeString") == "20260414"


def test_inconsistent_totals_are_refused() -> None:
    doc = domestic()
    doc.invoice.total_minor += 1
    assert any("total" in p for p in einvoice_problems(doc, "facturx"))


def test_no_iban_means_no_payment_means_for_facturx() -> None:
    seller = {k: v for k, v in SELLER_DE.items() if k not in ("iban", "bic")}
    xml = _build(make_doc(TWO_TIME_LINES, seller=seller))
    assert _texts(xml, "//ram:SpecifiedTradeSettlementPaymentMeans") == []


def test_unknown_format_is_an_error() -> None:
    assert FORMATS == ("facturx", "xrechnung")
    with pytest.raises(ValueError, match="ubl"):
        einvoice_problems(domestic(), "ubl")


def test_validate_xsd_reports_errors() -> None:
    xml = build_cii_xml(domestic(), "facturx")
    broken = xml.replace(b"<ram:TypeCode>380</ram:TypeCode>", b"")
    errors = validate_xsd(broken)
    assert errors and "TypeCode" in " ".join(errors)
    assert validate_xsd(b"<not-xml") != []


# -- addresses -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Invalidenstraße 1\n10115 Berlin", (["Invalidenstraße 1"], "10115", "Berlin")),
        ("12 rue de Rivoli\n75008 Paris", (["12 rue de Rivoli"], "75008", "Paris")),
        ("Stephansplatz 1\nA-1010 Wien", (["Stephansplatz 1"], "1010", "Wien")),
        ("10 Downing St\nSW1A 1AA London", (["10 Downing St"], "SW1A 1AA", "London")),
        ("10 Downing St\nLondon SW1A 2AA", (["10 Downing St"], "SW1A 2AA", "London")),
        ("350 Fifth Avenue\nNew York, NY 10118", (["350 Fifth Avenue"], "10118", "New York")),
        ("Damrak 1\n1012 LG Amsterdam", (["Damrak 1"], "1012 LG", "Amsterdam")),
        ("c/o Hub\nMain Street 3\nSpringfield", (["c/o Hub", "Main Street 3"], "", "Springfield")),
        ("10115 Berlin", ([], "10115", "Berlin")),
        ("Invalidenstraße 1, 10115 Berlin", (["Invalidenstraße 1"], "10115", "Berlin")),
        ("", ([], "", "")),
    ],
)
def test_split_address(text: str, expected: tuple[list[str], str, str]) -> None:
    assert split_address(text) == expected


def test_parse_address_keeps_the_us_state() -> None:
    assert parse_address("1 Main St\nAustin TX 78701").region == "TX"


def test_a_quantity_too_small_for_four_decimals_is_refused() -> None:
    doc = make_doc([Line("Consulting", "2", 9500), Line("API calls", "0.00004", 10**9)])
    assert any("below 0.0001" in p for p in einvoice_problems(doc, "facturx"))
