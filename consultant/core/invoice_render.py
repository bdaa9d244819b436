"""An invoice as HTML (from a template) and as Markdown. Pure: no Qt, no database.

The HTML template is ``resources/templates/invoice.html`` with its stylesheet
``resources/templates/invoice.css``; a file with the same relative path in the config
folder overrides either (:func:`consultant.core.paths.resource_path`). The template is
a :class:`string.Template`: ``$name`` placeholders, filled with HTML this module builds.
Every user-entered value is escaped; amounts are formatted with the currency's own
number of minor units (JPY none, KWD three). The HTML keeps to the subset
``QTextDocument`` understands, since the PDF is rendered from it.

The document is written in the invoice's language (``InvoiceDocument.language``,
``"en"`` or ``"de"``): labels, dates (``2026-03-31`` / ``31.03.2026``) and numbers
(``1,234.56`` / ``1.234,56``; German amounts put the currency code last).

Placeholders (all but ``$style`` are already-escaped HTML or plain text):

- ``$style`` the stylesheet; ``$lang`` ``en`` or ``de``; ``$title`` ``doc.title``;
- ``$heading`` the document's heading (``doc.title``: "Invoice 2026-0007",
  "Rechnungskorrektur 2026-0005", "Draft invoice");
- ``$banner`` DRAFT / VOID / credited banner, or "";
- ``$reference`` on a credit note: the credited invoice and the reason, or "";
- ``$logo`` ``<img>`` or ""; ``$seller`` and ``$buyer`` the two parties' blocks;
  ``$bill_to`` the buyer block's label ("Bill to" / "Rechnungsempfänger");
- ``$meta`` rows (``<tr>``) of number, dates, service period, reference, currency;
- ``$lines_head`` the header row (``<tr>`` of ``<th>``) of the lines table;
  ``$lines`` its rows; ``$totals`` rows of net, VAT per group and total;
- ``$tax_note`` the VAT case's note (reverse charge, § 19 UStG, …), or "";
- ``$terms $bank $notes`` sections with their own heading, or "";
- ``$number $total $currency`` plain values; ``$footer`` one line of seller details.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from string import Template

from consultant.core.models import Invoice, InvoiceLine, InvoiceStatus, TaxCase
from consultant.core.money import format_minor, normalize_currency
from consultant.core.paths import resource_path
from consultant.core.tax import VatGroup

__all__ = [
    "COUNTRY_NAMES",
    "CSS_RESOURCE",
    "TEMPLATE_RESOURCE",
    "InvoiceDocument",
    "country_name",
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


# -- words, countries, numbers, dates ----------------------------------------------
_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "from": "From",
        "bill_to": "Bill to",
        "attn": "Attn.",
        "vat_id": "VAT ID",
        "tax_number": "Tax number",
        "buyer_tax_id": "Tax ID",
        "number": "Invoice number",
        "number_cn": "Credit note number",
        "draft_number": "draft (numbered when issued)",
        "date": "Invoice date",
        "date_cn": "Date",
        "service_period": "Service period",
        "due": "Due date",
        "reference": "Your reference",
        "currency": "Currency",
        "pos": "#",
        "desc": "Description",
        "qty": "Qty",
        "unit_price": "Unit price",
        "vat": "VAT",
        "amount": "Amount",
        "hours": "h",
        "net": "Subtotal (net)",
        "vat_on": "VAT {rate} % on {base}",
        "vat_flat": "VAT {rate} %",
        "total": "Total due",
        "total_cn": "Total",
        "credits": "Credits invoice {number}",
        "credits_of": "Credits invoice {number} of {date}",
        "reason": "Reason",
        "draft_banner": "DRAFT — not a valid invoice until it is issued",
        "draft_banner_cn": "DRAFT — not a valid credit note until it is issued",
        "void_banner": "VOID — {reason}",
        "credited": "CREDITED",
        "partly credited": "PARTLY CREDITED",
        "by_one": "by credit note {list}",
        "by_many": "by credit notes {list}",
        "note_of": "{number} of {date}",
        "terms": "Payment terms",
        "bank": "Bank details",
        "holder": "Account holder",
        "bank_name": "Bank",
        "notes": "Notes",
    },
    "de": {
        "from": "Von",
        "bill_to": "Rechnungsempfänger",
        "attn": "z. Hd.",
        "vat_id": "USt-IdNr.",
        "tax_number": "Steuernummer",
        "buyer_tax_id": "Steuernummer",
        "number": "Rechnungsnummer",
        "number_cn": "Korrekturnummer",
        "draft_number": "Entwurf (Nummer bei Ausstellung)",
        "date": "Rechnungsdatum",
        "date_cn": "Datum",
        "service_period": "Leistungszeitraum",
        "due": "Fällig am",
        "reference": "Ihre Referenz",
        "currency": "Währung",
        "pos": "Pos.",
        "desc": "Beschreibung",
        "qty": "Menge",
        "unit_price": "Einzelpreis",
        "vat": "USt.",
        "amount": "Betrag",
        "hours": "Std.",
        "net": "Zwischensumme (netto)",
        "vat_on": "USt. {rate} % auf {base}",
        "vat_flat": "USt. {rate} %",
        "total": "Gesamtbetrag",
        "total_cn": "Gesamtbetrag",
        "credits": "Korrektur zur Rechnung {number}",
        "credits_of": "Korrektur zur Rechnung {number} vom {date}",
        "reason": "Grund",
        "draft_banner": "ENTWURF — erst mit der Ausstellung eine gültige Rechnung",
        "draft_banner_cn": "ENTWURF — erst mit der Ausstellung eine gültige Rechnungskorrektur",
        "void_banner": "UNGÜLTIG — {reason}",
        "credited": "KORRIGIERT",
        "partly credited": "TEILWEISE KORRIGIERT",
        "by_one": "durch Rechnungskorrektur {list}",
        "by_many": "durch Rechnungskorrekturen {list}",
        "note_of": "{number} vom {date}",
        "terms": "Zahlungsbedingungen",
        "bank": "Bankverbindung",
        "holder": "Kontoinhaber",
        "bank_name": "Bank",
        "notes": "Anmerkungen",
    },
}

#: ISO 3166 code → (English, German) name; other codes are printed as they are.
COUNTRY_NAMES: dict[str, tuple[str, str]] = {
    "AT": ("Austria", "Österreich"), "BE": ("Belgium", "Belgien"),
    "BG": ("Bulgaria", "Bulgarien"), "CY": ("Cyprus", "Zypern"),
    "CZ": ("Czechia", "Tschechien"), "DE": ("Germany", "Deutschland"),
    "DK": ("Denmark", "Dänemark"), "EE": ("Estonia", "Estland"),
    "ES": ("Spain", "Spanien"), "FI": ("Finland", "Finnland"),
    "FR": ("France", "Frankreich"), "GR": ("Greece", "Griechenland"),
    "HR": ("Croatia", "Kroatien"), "HU": ("Hungary", "Ungarn"),
    "IE": ("Ireland", "Irland"), "IT": ("Italy", "Italien"),
    "LT": ("Lithuania", "Litauen"), "LU": ("Luxembourg", "Luxemburg"),
    "LV": ("Latvia", "Lettland"), "MT": ("Malta", "Malta"),
    "NL": ("Netherlands", "Niederlande"), "PL": ("Poland", "Polen"),
    "PT": ("Portugal", "Portugal"), "RO": ("Romania", "Rumänien"),
    "SE": ("Sweden", "Schweden"), "SI": ("Slovenia", "Slowenien"),
    "SK": ("Slovakia", "Slowakei"),
    "CH": ("Switzerland", "Schweiz"), "LI": ("Liechtenstein", "Liechtenstein"),
    "NO": ("Norway", "Norwegen"), "IS": ("Iceland", "Island"),
    "GB": ("United Kingdom", "Vereinigtes Königreich"),
    "US": ("United States", "Vereinigte Staaten"), "CA": ("Canada", "Kanada"),
    "AU": ("Australia", "Australien"), "NZ": ("New Zealand", "Neuseeland"),
    "JP": ("Japan", "Japan"), "SG": ("Singapore", "Singapur"),
    "IL": ("Israel", "Israel"), "AE": ("United Arab Emirates", "Vereinigte Arabische Emirate"),
    "IN": ("India", "Indien"), "UA": ("Ukraine", "Ukraine"),
}  # fmt: skip

#: VAT categories that never carry tax (reverse charge, exempt, outside scope, …).
_ZERO_CATEGORIES = frozenset({"Z", "E", "AE", "O", "K", "G"})


def country_name(code: str, language: str = "en") -> str:
    """``"DE"`` → ``"Germany"`` / ``"Deutschland"``; an unknown code is returned as given."""
    key = (code or "").strip().upper()
    names = COUNTRY_NAMES.get("GB" if key == "UK" else key)
    if names is None:
        return (code or "").strip()
    return names[1] if language == "de" else names[0]


_DE_SEPARATORS = str.maketrans(",.", ".,")


def _de_number(text: str) -> str:
    """``"1,234.56"`` → ``"1.234,56"``."""
    return text.translate(_DE_SEPARATORS)


def _money(minor: int, currency: str, lang: str, *, symbol: bool = True) -> str:
    """``EUR 1,234.56`` (en) or ``1.234,56 EUR`` (de); a minus sign when negative."""
    if lang != "de":
        return format_minor(minor, currency, symbol=symbol)
    text = _de_number(format_minor(minor, currency, symbol=False))
    return f"{text} {normalize_currency(currency)}" if symbol else text


def _number(text: str, lang: str) -> str:
    return text.replace(".", ",") if lang == "de" else text


def _decimal(text: str | Decimal | None) -> Decimal:
    if isinstance(text, Decimal):
        return text
    try:
        return Decimal(str(text or "0").strip() or "0")
    except InvalidOperation:
        return Decimal(0)


def tax_rate_text(rate: str | Decimal) -> str:
    """``"19"`` → ``"19"``, ``"7.50"`` → ``"7.5"``, ``"0.00"`` → ``"0"``."""
    value = _decimal(rate)
    return format(value.normalize(), "f") if value else "0"


def _rate(rate: str | Decimal, lang: str) -> str:
    """``"19 %"`` / ``"7,5 %"``."""
    return f"{_number(tax_rate_text(rate), lang)} %"


def _date(text: str | None, lang: str) -> str:
    """ISO in English, ``31.03.2026`` in German; anything unparsable as given."""
    raw = (text or "").strip()
    if lang != "de" or not raw:
        return raw
    try:
        day = date.fromisoformat(raw[:10])
    except ValueError:
        return raw
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def _service_period(inv: Invoice, lang: str) -> str:
    start, end = (inv.service_start or "").strip(), (inv.service_end or "").strip()
    if not start or not end or start == end:
        return _date(start or end, lang)
    return f"{_date(start, lang)} – {_date(end, lang)}"


def _line_rate(inv: Invoice, line: InvoiceLine) -> Decimal:
    """The rate a line is taxed at: 0 under every case but domestic VAT."""
    if line.tax_category in _ZERO_CATEGORIES or inv.tax_case != TaxCase.DOMESTIC:
        return Decimal(0)
    return _decimal(inv.line_rate(line))


def _line_quantity(doc: InvoiceDocument, line: InvoiceLine, lang: str) -> str:
    qty = _number(display_quantity(line.quantity), lang)
    if line.id is not None and line.id in doc.time_line_ids:
        qty += " " + _LABELS[lang]["hours"]
    return qty


def _first(party: dict[str, str], *keys: str) -> str:
    for key in keys:
        value = (party.get(key) or "").strip()
        if value:
            return value
    return ""


# -- the facts, shared by HTML and Markdown ----------------------------------------
@dataclass(frozen=True, slots=True)
class _Party:
    name: str
    lines: list[str]  # plain text, one printed line each (the address already split)
    ids: list[tuple[str, str]]  # (label, value)
    contact: list[str]


def _seller(doc: InvoiceDocument) -> _Party:
    s, lang = doc.seller, doc.language
    words = _LABELS[lang]
    legal_name, person = _first(s, "legal_name", "name"), _first(s, "name")
    # A sole trader's own name belongs on the invoice next to the business name.
    lines = [person] if person and person.casefold() not in legal_name.casefold() else []
    lines += (s.get("address") or "").strip().splitlines()
    if (s.get("country") or "").strip():
        lines.append(country_name(s["country"], lang))
    ids = [(words["vat_id"], _first(s, "vat_id")), (words["tax_number"], _first(s, "tax_number"))]
    contact = [s[k].strip() for k in ("email", "phone", "website") if (s.get(k) or "").strip()]
    return _Party(
        legal_name,
        [x.strip() for x in lines if x.strip()],
        [(k, v) for k, v in ids if v],
        contact,
    )


def _buyer(doc: InvoiceDocument) -> _Party:
    b, lang = doc.buyer, doc.language
    words = _LABELS[lang]
    lines: list[str] = []
    if (b.get("contact") or "").strip():
        lines.append(f"{words['attn']} {b['contact'].strip()}")
    lines += (b.get("address") or "").strip().splitlines()
    if (b.get("country") or "").strip():
        lines.append(country_name(b["country"], lang))
    ids = [(words["vat_id"], _first(b, "vat_id")), (words["buyer_tax_id"], _first(b, "tax_id"))]
    return _Party(
        _first(b, "legal_name", "name"),
        [x.strip() for x in lines if x.strip()],
        [(k, v) for k, v in ids if v],
        [],
    )


def _meta(doc: InvoiceDocument) -> list[tuple[str, str]]:
    inv, lang = doc.invoice, doc.language
    words = _LABELS[lang]
    cn = inv.is_credit_note
    rows = [(words["number_cn" if cn else "number"], inv.number or words["draft_number"])]
    if inv.issue_date:
        rows.append((words["date_cn" if cn else "date"], _date(inv.issue_date, lang)))
    period = _service_period(inv, lang)
    if period:
        rows.append((words["service_period"], period))
    if inv.due_date:
        rows.append((words["due"], _date(inv.due_date, lang)))
    if inv.buyer_reference.strip():
        rows.append((words["reference"], inv.buyer_reference.strip()))
    rows.append((words["currency"], inv.currency))
    return rows


def _reference(doc: InvoiceDocument) -> tuple[str, str]:
    """On a credit note: ("Credits invoice … of …", reason); else ("", "")."""
    inv, lang = doc.invoice, doc.language
    if not inv.is_credit_note:
        return "", ""
    words = _LABELS[lang]
    ref = ""
    if doc.credited_number.strip():
        key = "credits_of" if doc.credited_issue_date.strip() else "credits"
        ref = words[key].format(
            number=doc.credited_number.strip(), date=_date(doc.credited_issue_date, lang)
        )
    return ref, inv.credit_reason.strip()


def _banner_text(doc: InvoiceDocument) -> str:
    inv, lang = doc.invoice, doc.language
    words = _LABELS[lang]
    if inv.status == InvoiceStatus.DRAFT:
        return words["draft_banner_cn" if inv.is_credit_note else "draft_banner"]
    if inv.status == InvoiceStatus.VOID:
        return words["void_banner"].format(reason=inv.void_reason.strip())
    state = "" if inv.is_credit_note else inv.credited_state
    if not state:
        return ""
    notes = [
        words["note_of"].format(number=n, date=_date(d, lang)) if d else n
        for n, d in doc.credit_notes
    ]
    if not notes:
        return words[state]
    by = words["by_one" if len(notes) == 1 else "by_many"].format(list=", ".join(notes))
    return f"{words[state]} — {by}"


def _totals(doc: InvoiceDocument) -> list[tuple[str, str]]:
    inv, lang = doc.invoice, doc.language
    words, cur = _LABELS[lang], inv.currency
    rows = [(words["net"], _money(inv.subtotal_minor, cur, lang))]
    if doc.vat_groups:
        for group in doc.vat_groups:
            label = words["vat_on"].format(
                rate=_number(tax_rate_text(group.rate), lang),
                base=_money(group.base_minor, cur, lang),
            )
            rows.append((label, _money(group.tax_minor, cur, lang)))
    else:
        label = words["vat_flat"].format(rate=_number(tax_rate_text(inv.tax_rate), lang))
        rows.append((label, _money(inv.tax_minor, cur, lang)))
    total = words["total_cn" if inv.is_credit_note else "total"]
    rows.append((total, _money(inv.total_minor, cur, lang)))
    return rows


def _bank(doc: InvoiceDocument) -> list[tuple[str, str]]:
    s, words = doc.seller, _LABELS[doc.language]
    rows = [
        (label, s[key].strip())
        for label, key in ((words["bank_name"], "bank_name"), ("IBAN", "iban"), ("BIC", "bic"))
        if (s.get(key) or "").strip()
    ]
    if not rows:
        return []
    holder = _first(s, "legal_name", "name")
    return ([(words["holder"], holder)] if holder else []) + rows


def _footer(doc: InvoiceDocument) -> list[str]:
    seller = _seller(doc)
    bits = [seller.name] + [f"{k} {v}" for k, v in seller.ids]
    email = _first(doc.seller, "email")
    return [b for b in [*bits, email] if b]


# -- HTML --------------------------------------------------------------------------
# C0 control characters (but tab and newline) never reach a file: an ESC or BEL in
# a name would otherwise be written raw into .md/.html (terminal escape injection).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def _printable(text: str | None) -> str:
    return _CONTROL.sub("", (text or "").replace("\r\n", "\n"))


def _e(text: str | None) -> str:
    return html.escape(_printable(text), quote=True)


def _multiline(text: str | None) -> str:
    return "<br/>".join(_e(line) for line in (text or "").strip().splitlines())


def _party_html(party: _Party) -> str:
    parts: list[str] = []
    if party.name:
        parts.append(f'<span class="party-name">{_e(party.name)}</span>')
    parts += [_e(x) for x in party.lines]
    parts += [f'<span class="id-label">{_e(k)}:</span> {_e(v)}' for k, v in party.ids]
    if party.contact:  # e-mail on its own line, then phone · website
        parts.append(_e(party.contact[0]))
        if party.contact[1:]:
            parts.append(" · ".join(_e(x) for x in party.contact[1:]))
    return "<br/>".join(parts) or "&nbsp;"


def _logo_html(seller: dict[str, str]) -> str:
    logo = (seller.get("logo_path") or "").strip()
    if not logo:
        return ""
    path = Path(logo).expanduser()
    if not path.is_file():
        return ""
    return f'<img src="{_e(path.resolve().as_uri())}" height="56" />'


def _rows_html(rows: list[tuple[str, str]]) -> str:
    return "".join(
        f'<tr><td class="meta-label">{_e(k)}</td><td class="meta-value">{_e(v)}</td></tr>'
        for k, v in rows
    )


def _lines_head_html(lang: str) -> str:
    w = _LABELS[lang]
    cols = (("pos", "7%", "right", w["pos"]), ("desc", "43%", "left", w["desc"]),
            ("num", "11%", "right", w["qty"]), ("num", "14%", "right", w["unit_price"]),
            ("num", "9%", "right", w["vat"]), ("num", "16%", "right", w["amount"]))  # fmt: skip
    cells = "".join(
        f'<th class="{cls}" width="{width}" align="{align}">{_e(text)}</th>'
        for cls, width, align, text in cols
    )
    return f"<tr>{cells}</tr>"


def _lines_html(doc: InvoiceDocument) -> str:
    inv, lang = doc.invoice, doc.language
    out = []
    for n, line in enumerate(inv.lines, 1):
        cells = (
            _line_quantity(doc, line, lang),
            _money(line.unit_price_minor, inv.currency, lang, symbol=False),
            _rate(_line_rate(inv, line), lang),
            _money(line.amount_minor, inv.currency, lang, symbol=False),
        )
        shade = ' class="odd"' if n % 2 else ""
        out.append(
            f"<tr{shade}>"
            f'<td class="pos" align="right">{n}</td>'
            f'<td class="desc">{_multiline(line.description)}</td>'
            + "".join(f'<td class="num" align="right">{_e(c)}</td>' for c in cells)
            + "</tr>"
        )
    return "".join(out)


def _totals_html(doc: InvoiceDocument) -> str:
    rows = _totals(doc)
    out = []
    for i, (label, value) in enumerate(rows):
        cls = ' class="grand"' if i == len(rows) - 1 else ""
        out.append(
            f'<tr{cls}><td class="total-label">{_e(label)}</td>'
            f'<td class="total-value" align="right">{_e(value)}</td></tr>'
        )
    return "".join(out)


def _section(heading: str, body_html: str) -> str:
    return f"<h3>{_e(heading)}</h3>{body_html}" if body_html else ""


def _bank_html(doc: InvoiceDocument) -> str:
    rows = _bank(doc)
    if not rows:
        return ""
    table = f'<table class="meta bank" cellspacing="0">{_rows_html(rows)}</table>'
    return _section(_LABELS[doc.language]["bank"], table)


def _reference_html(doc: InvoiceDocument) -> str:
    ref, reason = _reference(doc)
    parts = []
    if ref:
        parts.append(f'<p class="reference">{_e(ref)}</p>')
    if reason:
        label = _LABELS[doc.language]["reason"]
        parts.append(f'<p class="reason"><b>{_e(label)}:</b> {_multiline(reason)}</p>')
    return "".join(parts)


def _tax_note_html(doc: InvoiceDocument) -> str:
    note = doc.tax_note.strip()
    if not note:
        return ""
    return (
        '<table class="tax-note" width="100%" cellspacing="0" cellpadding="8">'
        f'<tr><td class="tax-note">{_multiline(note)}</td></tr></table>'
    )


def _banner_html(doc: InvoiceDocument) -> str:
    text = _banner_text(doc)
    if not text:
        return ""
    state, dash, rest = text.partition(" — ")
    return (
        '<table class="banner" width="100%" cellspacing="0" cellpadding="6"><tr>'
        f'<td class="banner" align="center"><span class="banner-state">{_e(state)}</span>'
        f"{dash}{_e(rest)}</td></tr></table>"
    )



def _read(relative: str) -> str:
    return resource_path(relative).read_text(encoding="utf-8")


def render_html(doc: InvoiceDocument, template: str | None = None, css: str | None = None) -> str:
    """The invoice as an HTML document (the PDF is rendered from this)."""
    inv, lang = doc.invoice, doc.language
    words = _LABELS[lang]
    template_text = template if template is not None else _read(TEMPLATE_RESOURCE)
    style = css if css is not None else _read(CSS_RESOURCE)
    terms = (
        _section(words["terms"], f"<p>{_multiline(inv.payment_terms)}</p>")
        if inv.payment_terms.strip()
        else ""
    )
    notes = (
        _section(words["notes"], f"<p>{_multiline(inv.notes)}</p>") if inv.notes.strip() else ""
    )
    values = {
        "style": style,
        "lang": lang,
        "title": _e(doc.title),
        "heading": _e(doc.title),
        "banner": _banner_html(doc),
        "reference": _reference_html(doc),
        "logo": _logo_html(doc.seller),
        "seller": _party_html(_seller(doc)),
        "buyer": _party_html(_buyer(doc)),
        "bill_to": _e(words["bill_to"]),
        "meta": _rows_html(_meta(doc)),
        "lines_head": _lines_head_html(lang),
        "lines": _lines_html(doc),
        "totals": _totals_html(doc),
        "tax_note": _tax_note_html(doc),
        "terms": terms,
        "notes": notes,
        "bank": _bank_html(doc),
        "number": _e(inv.number or ""),
        "total": _e(_money(inv.total_minor, inv.currency, lang)),
        "currency": _e(inv.currency),
        "footer": " · ".join(_e(b) for b in _footer(doc)),
    }
    return Template(template_text).safe_substitute(values)


# -- Markdown ----------------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-=>]|\d+[.)])", re.MULTILINE)


def _md(text: str | None) -> str:
    escaped = _MD_SPECIAL.sub(r"\\\1", _printable(text))
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def _md_inline(text: str | None) -> str:
    """Text inside a line (after a label, in a table cell): line breaks become spaces."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(_printable(text).split()))


def _md_party(party: _Party) -> list[str]:
    lines = [party.name, *party.lines]
    lines += [f"{k}: {v}" for k, v in party.ids]
    lines += party.contact
    return [_md(x) for x in lines if x.strip()]


def render_markdown(doc: InvoiceDocument) -> str:
    """The same facts as :func:`render_html`, in the same language, as Markdown."""
    inv, lang = doc.invoice, doc.language
    words, cur = _LABELS[lang], inv.currency
    out = [f"# {_md(doc.title)}", ""]
    banner = _banner_text(doc)
    if banner:
        out += [f"**{_md_inline(banner)}**", ""]
    ref, reason = _reference(doc)
    if ref or reason:
        if ref:
            out.append(f"**{_md_inline(ref)}**" + ("  " if reason else ""))
        if reason:
            out.append(f"{words['reason']}: " + _md(reason).replace("\n", "  \n"))
        out.append("")
    for label, party in ((words["from"], _seller(doc)), (words["bill_to"], _buyer(doc))):
        lines = _md_party(party)
        out.append(f"**{label}:**  ")
        out += [line + "  " for line in lines] or ["—"]
        out.append("")
    out += [f"- {k}: {_md_inline(v)}" for k, v in _meta(doc)]
    head = (words["pos"], words["desc"], words["qty"], words["unit_price"], words["vat"],
            words["amount"])  # fmt: skip
    out += ["", "| " + " | ".join(_md_inline(h) for h in head) + " |", "|--:|---|--:|--:|--:|--:|"]
    for n, line in enumerate(inv.lines, 1):
        cells = (
            str(n),
            _md_inline(line.description),
            _line_quantity(doc, line, lang),
            _money(line.unit_price_minor, cur, lang, symbol=False),
            _rate(_line_rate(inv, line), lang),
            _money(line.amount_minor, cur, lang, symbol=False),
        )
        out.append("| " + " | ".join(cells) + " |")
    totals = _totals(doc)
    out += ["", "| | |", "|---|--:|"]
    out += [f"| {_md_inline(k)} | {v} |" for k, v in totals[:-1]]
    out += [f"| **{_md_inline(totals[-1][0])}** | **{totals[-1][1]}** |", ""]
    if doc.tax_note.strip():
        out += [f"**{_md_inline(doc.tax_note)}**", ""]
    if inv.payment_terms.strip():
        out += [f"## {words['terms']}", "", _md(inv.payment_terms.strip()), ""]
    bank = _bank(doc)
    if bank:
        out += [f"## {words['bank']}", ""] + [f"- {k}: {_md_inline(v)}" for k, v in bank] + [""]
    if inv.notes.strip():
        out += [f"## {words['notes']}", "", _md(inv.notes.strip()), ""]
    return "\n".join(out)
