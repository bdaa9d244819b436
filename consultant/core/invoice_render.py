"""An invoice as HTML (from a template) and as Markdown. Pure: no Qt, no database.

The HTML template is ``resources/templates/invoice.html`` with its stylesheet
``resources/templates/invoice.css``; a file with the same relative path in the config
folder overrides either (:func:`consultant.core.paths.resource_path`). The template is
a :class:`string.Template`: ``$name`` placeholders, filled with HTML this module builds.
Every user-entered value is escaped; amounts are formatted with the currency's own
number of minor units (JPY none, KWD three). The HTML keeps to the subset
``QTextDocument`` understands, since the PDF is rendered from it.

Placeholders: ``$style $title $heading $banner $logo $seller $buyer $meta $lines $totals
$terms $notes $bank $number $total $footer``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from string import Template

from consultant.core.models import Invoice, InvoiceStatus
from consultant.core.money import format_minor
from consultant.core.paths import resource_path
from consultant.core.tax import VatGroup

__all__ = [
    "CSS_RESOURCE",
    "TEMPLATE_RESOURCE",
    "InvoiceDocument",
    "display_quantity",
    "invoice_filename",
    "render_html",
    "render_markdown",
]

TEMPLATE_RESOURCE = "templates/invoice.html"
CSS_RESOURCE = "templates/invoice.css"


@dataclass(frozen=True, slots=True)
class InvoiceDocument:
    """An invoice (or credit note) with everything printed on it.

    ``seller`` keys: ``legal_name name address country vat_id tax_number email phone
    website bank_name iban bic logo_path small_business`` ("1" or ""). ``buyer`` keys:
    ``legal_name name address country vat_id tax_id email contact``. Addresses are
    multi-line without the country; countries are ISO 3166 alpha-2 codes. Missing
    keys mean "not given". ``services.billing.BillingService.document`` builds it
    (and maps snapshots written by older versions onto these keys).
    """

    invoice: Invoice
    seller: dict[str, str] = field(default_factory=dict)
    buyer: dict[str, str] = field(default_factory=dict)
    #: ids of lines that bill time (their quantity is hours)
    time_line_ids: frozenset[int] = frozenset()
    #: VAT breakdown: one group per (category, rate); Σ tax = invoice.tax_minor
    vat_groups: tuple[VatGroup, ...] = ()
    #: The sentence the VAT case requires (reverse charge, § 19 UStG, …), or "".
    tax_note: str = ""
    #: On a credit note: the credited invoice's number and issue date.
    credited_number: str = ""
    credited_issue_date: str = ""
    #: On an invoice: the (number, issue date) of credit notes issued against it.
    credit_notes: tuple[tuple[str, str], ...] = ()

    @property
    def language(self) -> str:
        return self.invoice.language if self.invoice.language in ("en", "de") else "en"

    @property
    def title(self) -> str:
        inv = self.invoice
        de = self.language == "de"
        if inv.is_credit_note:
            word = "Rechnungskorrektur" if de else "Credit note"
        else:
            word = "Rechnung" if de else "Invoice"
        if inv.status == InvoiceStatus.DRAFT or not inv.number:
            return ("Entwurf: " + word) if de else f"Draft {word.lower()}"
        return f"{word} {inv.number}"


def display_quantity(quantity: str) -> str:
    """``"1.5"`` → ``"1.5"``; ``"0.33333333333333333334"`` → ``"0.33"``; ``"2"`` → ``"2"``."""
    value = Decimal(quantity)
    normal = value.normalize()
    exponent = normal.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -4:
        normal = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = format(normal, "f")
    return text


def invoice_filename(doc: InvoiceDocument, extension: str) -> str:
    """A safe default file name: ``invoice-2026-0001.pdf`` or ``invoice-draft-7.pdf``."""
    inv = doc.invoice
    stem = inv.number or f"draft-{inv.id}"
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-") or "invoice"
    return f"invoice-{stem}.{extension.lstrip('.')}"


# -- HTML --------------------------------------------------------------------------
def _e(text: str | None) -> str:
    return html.escape(text or "", quote=True)


def _multiline(text: str | None) -> str:
    return "<br/>".join(_e(line) for line in (text or "").strip().splitlines())


def _party_html(party: dict[str, str], *, seller: bool) -> str:
    parts: list[str] = []
    if seller:
        head = party.get("business") or party.get("name") or ""
        sub = party.get("name") if party.get("business") else ""
    else:
        head = party.get("organization") or party.get("name") or ""
        sub = party.get("name") if party.get("organization") else ""
        if party.get("contact"):
            sub = f"{sub} · Attn. {party['contact']}" if sub else f"Attn. {party['contact']}"
    if head:
        parts.append(f'<span class="party-name">{_e(head)}</span>')
    if sub:
        parts.append(_e(sub))
    if party.get("address"):
        parts.append(_multiline(party["address"]))
    for key in ("email", "phone", "website"):
        if party.get(key):
            parts.append(_e(party[key]))
    if party.get("tax_id"):
        parts.append(f"Tax ID: {_e(party['tax_id'])}")
    return "<br/>".join(parts) or "&nbsp;"


def _logo_html(seller: dict[str, str]) -> str:
    logo = (seller.get("logo_path") or "").strip()
    if not logo:
        return ""
    path = Path(logo).expanduser()
    if not path.is_file():
        return ""
    return f'<img src="{_e(path.resolve().as_uri())}" height="56" />'


def _meta_html(doc: InvoiceDocument) -> str:
    inv = doc.invoice
    rows = [("Invoice number", inv.number or "draft (numbered when issued)")]
    if inv.issue_date:
        rows.append(("Issue date", inv.issue_date))
    if inv.due_date:
        rows.append(("Due date", inv.due_date))
    rows.append(("Currency", inv.currency))
    return "".join(
        f'<tr><td class="meta-label">{_e(k)}</td><td class="meta-value">{_e(v)}</td></tr>'
        for k, v in rows
    )


def _lines_html(doc: InvoiceDocument) -> str:
    inv = doc.invoice
    out = []
    for n, line in enumerate(inv.lines, 1):
        unit = "h" if line.id in doc.time_line_ids else ""
        qty = display_quantity(line.quantity) + (f" {unit}" if unit else "")
        price = format_minor(line.unit_price_minor, inv.currency, symbol=False)
        amount = format_minor(line.amount_minor, inv.currency, symbol=False)
        shade = ' class="odd"' if n % 2 else ""
        out.append(
            f"<tr{shade}>"
            f'<td class="pos">{n}</td>'
            f'<td class="desc">{_e(line.description)}</td>'
            f'<td class="num">{_e(qty)}</td>'
            f'<td class="num">{_e(price)}</td>'
            f'<td class="num">{_e(amount)}</td>'
            "</tr>"
        )
    return "".join(out)


def tax_rate_text(rate: str) -> str:
    value = Decimal(rate or "0")
    return format(value.normalize(), "f") if value else "0"


def _totals_html(doc: InvoiceDocument) -> str:
    inv = doc.invoice
    rows = [
        ("Subtotal", format_minor(inv.subtotal_minor, inv.currency), ""),
        (f"Tax {tax_rate_text(inv.tax_rate)} %", format_minor(inv.tax_minor, inv.currency), ""),
        ("Total due", format_minor(inv.total_minor, inv.currency), ' class="grand"'),
    ]
    return "".join(
        f'<tr{cls}><td class="total-label">{_e(label)}</td>'
        f'<td class="total-value">{_e(value)}</td></tr>'
        for label, value, cls in rows
    )


def _bank_html(seller: dict[str, str]) -> str:
    rows = [
        (label, seller.get(key, ""))
        for label, key in (("Bank", "bank_name"), ("IBAN", "iban"), ("BIC", "bic"))
        if seller.get(key)
    ]
    if not rows:
        return ""
    cells = "".join(
        f'<tr><td class="meta-label">{_e(k)}</td><td class="meta-value">{_e(v)}</td></tr>'
        for k, v in rows
    )
    holder = seller.get("business") or seller.get("name") or ""
    if holder:
        cells = (
            f'<tr><td class="meta-label">Account holder</td>'
            f'<td class="meta-value">{_e(holder)}</td></tr>' + cells
        )
    return f'<h3>Bank details</h3><table class="meta" cellspacing="0">{cells}</table>'


def _banner(inv: Invoice) -> str:
    if inv.status == InvoiceStatus.DRAFT:
        return '<p class="banner">DRAFT — not a valid invoice until it is issued</p>'
    if inv.status == InvoiceStatus.VOID:
        return f'<p class="banner">VOID — {_e(inv.void_reason)}</p>'
    return ""


def _read(relative: str) -> str:
    return resource_path(relative).read_text(encoding="utf-8")


def render_html(doc: InvoiceDocument, template: str | None = None, css: str | None = None) -> str:
    """The invoice as an HTML document (the PDF is rendered from this)."""
    inv = doc.invoice
    template_text = template if template is not None else _read(TEMPLATE_RESOURCE)
    style = css if css is not None else _read(CSS_RESOURCE)
    terms = (
        f"<h3>Payment terms</h3><p>{_multiline(inv.payment_terms)}</p>"
        if inv.payment_terms.strip()
        else ""
    )
    notes = f"<h3>Notes</h3><p>{_multiline(inv.notes)}</p>" if inv.notes.strip() else ""
    seller = doc.seller
    footer_bits = [
        seller.get("business") or seller.get("name") or "",
        seller.get("tax_id") and f"Tax ID {seller['tax_id']}",
        seller.get("email") or "",
    ]
    values = {
        "style": style,
        "title": _e(doc.title),
        "heading": "Draft invoice" if inv.status == InvoiceStatus.DRAFT else "Invoice",
        "banner": _banner(inv),
        "logo": _logo_html(seller),
        "seller": _party_html(seller, seller=True),
        "buyer": _party_html(doc.buyer, seller=False),
        "meta": _meta_html(doc),
        "lines": _lines_html(doc),
        "totals": _totals_html(doc),
        "terms": terms,
        "notes": notes,
        "bank": _bank_html(seller),
        "number": _e(inv.number or ""),
        "total": _e(format_minor(inv.total_minor, inv.currency)),
        "currency": _e(inv.currency),
        "footer": " · ".join(_e(b) for b in footer_bits if b),
    }
    return Template(template_text).safe_substitute(values)


# -- Markdown ----------------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-=>]|\d+[.)])", re.MULTILINE)


def _md(text: str | None) -> str:
    escaped = _MD_SPECIAL.sub(r"\\\1", (text or "").replace("\r", ""))
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def _md_party(party: dict[str, str], *, seller: bool) -> list[str]:
    name_key = "business" if seller else "organization"
    lines = [party.get(name_key) or party.get("name") or ""]
    if party.get(name_key) and party.get("name"):
        lines.append(party["name"])
    if not seller and party.get("contact"):
        lines.append(f"Attn. {party['contact']}")
    lines += (party.get("address") or "").strip().splitlines()
    lines += [party[k] for k in ("email", "phone", "website") if party.get(k)]
    if party.get("tax_id"):
        lines.append(f"Tax ID: {party['tax_id']}")
    return [_md(x) for x in lines if x.strip()]


def render_markdown(doc: InvoiceDocument) -> str:
    inv = doc.invoice
    cur = inv.currency
    out = [f"# {_md(doc.title)}", ""]
    if inv.status == InvoiceStatus.DRAFT:
        out += ["**DRAFT — not a valid invoice until it is issued**", ""]
    elif inv.status == InvoiceStatus.VOID:
        out += [f"**VOID — {_md(inv.void_reason)}**", ""]
    for label, party, is_seller in (("From", doc.seller, True), ("To", doc.buyer, False)):
        lines = _md_party(party, seller=is_seller)
        out.append(f"**{label}:**  ")
        out += [line + "  " for line in lines] or ["—"]
        out.append("")
    out.append(f"- Invoice number: {_md(inv.number or 'draft')}")
    if inv.issue_date:
        out.append(f"- Issue date: {inv.issue_date}")
    if inv.due_date:
        out.append(f"- Due date: {inv.due_date}")
    out.append(f"- Currency: {cur}")
    out += ["", "| # | Description | Qty | Unit price | Amount |", "|--:|---|--:|--:|--:|"]
    for n, line in enumerate(inv.lines, 1):
        unit = " h" if line.id in doc.time_line_ids else ""
        out.append(
            f"| {n} | {_md(line.description)} | {display_quantity(line.quantity)}{unit} | "
            f"{format_minor(line.unit_price_minor, cur, symbol=False)} | "
            f"{format_minor(line.amount_minor, cur, symbol=False)} |"
        )
    out += [
        "",
        "| | |",
        "|---|--:|",
        f"| Subtotal | {format_minor(inv.subtotal_minor, cur)} |",
        f"| Tax {tax_rate_text(inv.tax_rate)} % | {format_minor(inv.tax_minor, cur)} |",
        f"| **Total due** | **{format_minor(inv.total_minor, cur)}** |",
        "",
    ]
    if inv.payment_terms.strip():
        out += ["## Payment terms", "", _md(inv.payment_terms.strip()), ""]
    bank = [
        (label, doc.seller.get(key, ""))
        for label, key in (("Bank", "bank_name"), ("IBAN", "iban"), ("BIC", "bic"))
        if doc.seller.get(key)
    ]
    if bank:
        out += ["## Bank details", ""] + [f"- {k}: {_md(v)}" for k, v in bank] + [""]
    if inv.notes.strip():
        out += ["## Notes", "", _md(inv.notes.strip()), ""]
    return "\n".join(out)
