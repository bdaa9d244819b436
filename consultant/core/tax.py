"""VAT on an invoice: which case applies, each line's category, the breakdown.

Pure: no database, no Qt. The case is decided from the two parties' countries and
ids (:func:`decide_tax_case`) when an invoice is issued and then frozen with it:

- the buyer is a business in another EU member state (it has a VAT id of that
  country) → reverse charge: ``AE`` at 0 %, both VAT ids printed, the note — also
  for a small business, whose exemption covers only supplies taxable at home;
- the buyer is outside the EU → services are not taxable in the seller's country:
  ``O`` at 0 % with a note (EN 16931 BR-O-02: no VAT ids in the XML then);
- otherwise, if the seller uses a small-business exemption (German § 19 UStG,
  Austrian § 6 (1) Z 27 UStG, French art. 293 B CGI, …) → ``E`` at 0 % with the note
  of its country's law;
- otherwise domestic VAT at each line's rate: ``S``, or ``Z`` for 0 %.

A buyer whose VAT id belongs to another country than its billing address is refused
(a German VAT id means the buyer is established in Germany).

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
    """``"DE123456789"`` → ``"DE"``; ``"EL…"`` → ``"GR"``; ``"XI…"`` (Northern Ireland)
    → ``"GB"``; ``""`` when there is no prefix."""
    prefix = vat_id.strip()[:2].upper()
    if not prefix.isalpha():
        return ""
    return {"EL": "GR", "XI": "GB"}.get(prefix, prefix)


def decide_tax_case(
    *,
    seller_country: str,
    seller_small_business: bool,
    buyer_country: str,
    buyer_vat_id: str,
    buyer_name: str = "The client",
) -> TaxCase:
    """The VAT case for an invoice between these parties (see the module docstring).

    The place of supply decides first: B2B services to another EU country are reverse
    charge and services to a buyer outside the EU are not taxable here, also for a
    small business (its exemption covers only supplies taxable in its own country).
    """
    seller_c = seller_country.strip().upper()
    buyer_c = buyer_country.strip().upper()
    vat_country = vat_prefix_country(buyer_vat_id)
    if buyer_vat_id.strip() and buyer_c and vat_country and vat_country != buyer_c:
        raise TaxRuleError(
            f"{buyer_name}'s VAT id {buyer_vat_id.strip()} belongs to {vat_country}, but "
            f"its billing country is {buyer_c}: correct one of them."
        )
    case = TaxCase.DOMESTIC
    if buyer_c and buyer_c != seller_c:
        if seller_c in EU_COUNTRIES and buyer_c in EU_COUNTRIES:
            if not buyer_vat_id.strip():
                raise TaxRuleError(
                    f"{buyer_name} is in {buyer_c}, another EU country, but has no VAT id: "
                    "add it (reverse charge needs the buyer's VAT id)."
                )
            case = TaxCase.REVERSE_CHARGE
        elif seller_c in EU_COUNTRIES:
            case = TaxCase.OUTSIDE_EU
    if case == TaxCase.DOMESTIC and seller_small_business:
        return TaxCase.SMALL_BUSINESS
    return case


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
    TaxCase.OUTSIDE_EU: TaxNote(
        en="Not subject to VAT in the seller's country: the place of supply of the "
        "services is outside the EU.",
        de="Nicht im Inland steuerbare Leistung (Leistungsort außerhalb der EU).",
    ),
}

#: The small-business exemption's legal basis, by the seller's country; other
#: countries get the directive's article.
_SMALL_BUSINESS_NOTES: dict[str, TaxNote] = {
    "DE": TaxNote(
        en="No VAT is charged: small business under § 19 UStG.",
        de="Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
    ),
    "AT": TaxNote(
        en="No VAT is charged: small business exemption under § 6 (1) no. 27 UStG "
        "(Austria).",
        de="Umsatzsteuerbefreit – Kleinunternehmer gemäß § 6 Abs. 1 Z 27 UStG.",
    ),
    "FR": TaxNote(
        en="VAT not applicable, art. 293 B of the French General Tax Code "
        "(TVA non applicable, art. 293 B du CGI).",
        de="Keine Umsatzsteuer: TVA non applicable, art. 293 B du CGI.",
    ),
}
_SMALL_BUSINESS_DEFAULT = TaxNote(
    en="No VAT is charged: small business exemption scheme "
    "(Art. 284 Council Directive 2006/112/EC).",
    de="Keine Umsatzsteuer: Steuerbefreiung für Kleinunternehmen "
    "(Art. 284 MwStSystRL).",
)


def exemption_reason(case: TaxCase, language: str = "en", seller_country: str = "DE") -> str:
    """The note for ``case`` ("" for domestic VAT); also the XML's exemption reason.
    The small-business note names the law of the seller's country."""
    if case == TaxCase.SMALL_BUSINESS:
        note = _SMALL_BUSINESS_NOTES.get(seller_country.strip().upper(), _SMALL_BUSINESS_DEFAULT)
        return note.text(language)
    found = _NOTES.get(case)
    return found.text(language) if found else ""


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
