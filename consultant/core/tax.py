"""VAT on an invoice: which case applies, each line's category, the breakdown.

Pure: no database, no Qt. The case is decided from the two parties' countries and
ids (:func:`decide_tax_case`) when an invoice is issued and then frozen with it:

- the seller uses a small-business exemption (German § 19 UStG) → every line is
  category ``E`` at 0 % with the exemption note;
- the buyer is a business in another EU member state (it has a VAT id) → reverse
  charge: ``AE`` at 0 %, both VAT ids printed, the reverse-charge note;
- the buyer is outside the EU → services are not taxable in the seller's country:
  ``O`` at 0 % with a note (EN 16931 BR-O-02: no VAT ids in the XML then);
- otherwise domestic VAT at each line's rate: ``S``, or ``Z`` for 0 %.

The breakdown follows DESIGN.md §3 and EN 16931 (BR-CO-17): lines are grouped by
(category, rate); each group's tax is its taxable amount × rate, rounded half-up
(away from zero, so a full credit note is the exact negative of its invoice) once;
the invoice's tax is the sum of the groups. With one rate this is the old rule,
"tax rounded once on the subtotal".
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from consultant.core.models import Invoice, InvoiceLine, InvoiceStatus, TaxCase
from consultant.core.money import exponent, round_half_up

__all__ = [
    "EU_COUNTRIES",
    "TaxNote",
    "VatGroup",
    "category_for",
    "decide_tax_case",
    "exemption_reason",
    "vat_breakdown",
    "vat_prefix_country",
]

#: EU member states by ISO 3166 code. Greece's VAT ids start with "EL".
EU_COUNTRIES = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)


class TaxRuleError(ValueError):
    """The parties' data does not allow a lawful VAT case; the message names the field."""


def vat_prefix_country(vat_id: str) -> str:
    """``"DE123456789"`` → ``"DE"``; ``"EL…"`` → ``"GR"``; ``""`` when there is no prefix."""
    prefix = vat_id.strip()[:2].upper()
    if not prefix.isalpha():
        return ""
    return "GR" if prefix == "EL" else prefix


def decide_tax_case(
    *,
    seller_country: str,
    seller_small_business: bool,
    buyer_country: str,
    buyer_vat_id: str,
    buyer_name: str = "The client",
) -> TaxCase:
    """The VAT case for an invoice between these parties (see the module docstring)."""
    if seller_small_business:
        return TaxCase.SMALL_BUSINESS
    seller_c = seller_country.strip().upper()
    buyer_c = buyer_country.strip().upper()
    if not buyer_c or buyer_c == seller_c:
        return TaxCase.DOMESTIC
    if seller_c in EU_COUNTRIES and buyer_c in EU_COUNTRIES:
        if not buyer_vat_id.strip():
            raise TaxRuleError(
                f"{buyer_name} is in {buyer_c}, another EU country, but has no VAT id: "
                "add it (reverse charge needs the buyer's VAT id)."
            )
        return TaxCase.REVERSE_CHARGE
    if seller_c in EU_COUNTRIES and buyer_c not in EU_COUNTRIES:
        return TaxCase.OUTSIDE_EU
    return TaxCase.DOMESTIC


def category_for(case: TaxCase, rate: Decimal) -> str:
    """The EN 16931 VAT category code (UNTDID 5305) of a line under ``case``."""
    if case == TaxCase.SMALL_BUSINESS:
        return "E"
    if case == TaxCase.REVERSE_CHARGE:
        return "AE"
    if case == TaxCase.OUTSIDE_EU:
        return "O"
    return "S" if rate > 0 else "Z"


def effective_rate(case: TaxCase, rate: Decimal) -> Decimal:
    """Every case but domestic bills 0 %."""
    return rate if case == TaxCase.DOMESTIC else Decimal(0)


@dataclass(frozen=True, slots=True)
class TaxNote:
    """The sentence an invoice must carry for its VAT case, in English and German."""

    en: str
    de: str

    def text(self, language: str) -> str:
        return self.de if language == "de" else self.en


_NOTES: dict[TaxCase, TaxNote] = {
    TaxCase.REVERSE_CHARGE: TaxNote(
        en="Reverse charge: VAT is to be accounted for by the recipient "
        "(Art. 196 Council Directive 2006/112/EC).",
        de="Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge, "
        "Art. 196 MwStSystRL).",
    ),
    TaxCase.SMALL_BUSINESS: TaxNote(
        en="No VAT is charged: small business under § 19 UStG.",
        de="Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
    ),
    TaxCase.OUTSIDE_EU: TaxNote(
        en="Not subject to VAT in the seller's country: the place of supply of the "
        "services is outside the EU.",
        de="Nicht im Inland steuerbare Leistung (Leistungsort außerhalb der EU).",
    ),
}


def exemption_reason(case: TaxCase, language: str = "en") -> str:
    """The note for ``case`` ("" for domestic VAT); also the XML's exemption reason."""
    note = _NOTES.get(case)
    return note.text(language) if note else ""


@dataclass(frozen=True, slots=True)
class VatGroup:
    category: str
    rate: Decimal
    base_minor: int
    tax_minor: int


def vat_breakdown(
    lines: list[tuple[int, str, Decimal]], currency: str
) -> list[VatGroup]:
    """``[(amount_minor, category, rate), …]`` → one group per (category, rate), in
    the order first seen; each group's tax rounded half-up once."""
    bases: dict[tuple[str, Decimal], int] = {}
    for amount, category, rate in lines:
        if not isinstance(rate, Decimal) or isinstance(amount, float):
            raise TypeError("rates are Decimal and amounts integer minor units")
        key = (category, rate.normalize())
        bases[key] = bases.get(key, 0) + int(amount)
    groups = []
    for (category, rate), base in bases.items():
        tax_major = Decimal(base).scaleb(-exponent(currency)) * rate / Decimal(100)
        groups.append(VatGroup(category, rate, base, round_half_up(tax_major, currency)))
    return groups


def line_tax(invoice: Invoice, line: InvoiceLine) -> tuple[str, Decimal]:
    """A line's VAT category and rate: decided from the invoice's case while it is a
    draft, as frozen on the line once issued."""
    rate = Decimal(invoice.line_rate(line))
    if invoice.status == InvoiceStatus.DRAFT:
        rate = effective_rate(invoice.tax_case, rate)
        return category_for(invoice.tax_case, rate), rate
    if line.tax_category == "S" and rate == 0:  # issued by a version without categories
        return "Z", rate
    return line.tax_category, rate


def invoice_vat_groups(invoice: Invoice) -> list[VatGroup]:
    """The VAT breakdown of an invoice or credit note."""
    return vat_breakdown(
        [(line.amount_minor, *line_tax(invoice, line)) for line in invoice.lines],
        invoice.currency,
    )
