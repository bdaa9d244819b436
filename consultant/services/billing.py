"""The *billing* use case: time entries, invoices, the per-client overview.

Shared by the desktop app and the CLI, so both apply one set of rules and show one
set of messages (``ServiceError`` sentences). Arithmetic follows DESIGN.md §3:
``Decimal`` quantities, integer minor units, each line rounded half-up once, tax
rounded half-up once on the subtotal. The SQL triggers remain the last line of
defence (issued invoices immutable, gapless numbers, one invoice per time entry).

A time entry becomes a line whose quantity is its hours (``minutes / 60``) and whose
unit price is the entry's rate. ``minutes / 60`` does not always terminate (20 min is
0.333… h), so the quantity is stored to 20 decimal places rounded *up*: the
difference from the exact value is far below what could move the product across a
rounding boundary, and exactly-half cases still round up, so the line amount is
always ``round_half_up(rate × minutes / 60)`` — rounded once, from the exact value
(``entry_amount_minor`` computes that with integers; a property test checks both
agree). Invoices show such quantities to two decimals.
"""

from __future__ import annotations

import string
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, ROUND_UP, Decimal
from typing import Any

from consultant.core.billing_identity import (
    IdentityError,
    check_bic,
    check_iban,
    check_text,
    check_vat_id,
    issue_problems,
    normalize_country,
    refuse_control_characters,
)
from consultant.core.domains import normalize_email
from consultant.core.durations import DurationError, hours_text, parse_duration
from consultant.core.invoice_render import InvoiceDocument
from consultant.core.models import Client, Invoice, InvoiceStatus, TaxCase, TimeEntry
from consultant.core.money import (
    MoneyError,
    normalize_currency,
    parse_amount,
    parse_decimal,
)
from consultant.core.settings import (
    DEFAULT_INVOICE_NUMBER_FORMAT,
    Profile,
    Settings,
    load_settings,
)
from consultant.core.tax import (
    TaxRuleError,
    decide_tax_case,
    exemption_reason,
    invoice_vat_groups,
)
from consultant.services.workspace import Conflict, NotFound, ServiceError, Workspace

__all__ = [
    "BUSINESS_FIELDS",
    "BillingService",
    "ClientOverview",
    "OpenInvoice",
    "Suggestion",
    "SuggestionOutcome",
    "edit_business",
    "entry_amount_minor",
    "entry_quantity",
    "parse_tax_rate",
    "run_suggestion",
]

_QUANTITY_PLACES = Decimal(1).scaleb(-20)
MAX_QUANTITY = Decimal(1_000_000)


def entry_quantity(minutes: int) -> Decimal:
    """Hours of a time entry as the quantity of its invoice line (see the module doc)."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise TypeError("minutes are an integer")
    exact = Decimal(minutes) / Decimal(60)
    for places in (0, 1, 2):  # 90 → 1.5, 15 → 0.25: terminating values stay short and exact
        short = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        if short * 60 == minutes:
            return short
    return exact.quantize(_QUANTITY_PLACES, rounding=ROUND_UP)


def entry_amount_minor(rate_minor: int, minutes: int) -> int:
    """``round_half_up(rate × minutes / 60)`` with integers only."""
    if any(isinstance(x, bool) or not isinstance(x, int) for x in (rate_minor, minutes)):
        raise TypeError("rates are integer minor units and durations integer minutes")
    if rate_minor < 0 or minutes < 0:
        raise ValueError("rates and durations are not negative")
    return (rate_minor * minutes * 2 + 60) // 120


def parse_tax_rate(text: str | Decimal) -> Decimal:
    """``"19"``, ``"19 %"``, ``"7,5"`` → ``Decimal`` percent in 0 … 100 (≤ 4 decimals)."""
    if isinstance(text, float):
        raise TypeError("a tax rate is never a float")
    if isinstance(text, Decimal):
        value = text
    else:
        cleaned = str(text).strip().rstrip("%").strip() or "0"
        try:
            value = parse_decimal(cleaned, "tax rate")
        except MoneyError as exc:
            raise ServiceError(str(exc)) from None
    if not value.is_finite() or value < 0 or value > 100:
        raise ServiceError(f"“{text}” is not a tax rate; use a percentage from 0 to 100.")
    if value != value.quantize(Decimal("0.0001")):
        raise ServiceError(f"“{text}” has too many decimals for a tax rate (4 at most).")
    return value.normalize() if value != 0 else Decimal(0)


def _parse_quantity(text: str) -> Decimal:
    if isinstance(text, float):
        raise TypeError("a quantity is never a float")
    try:
        value = parse_decimal(str(text), "quantity")
    except MoneyError as exc:
        raise ServiceError(str(exc)) from None
    if value <= 0:
        raise ServiceError(f"“{text}” is not a quantity; it must be more than zero.")
    if value > MAX_QUANTITY or value != value.quantize(Decimal("0.0001")):
        raise ServiceError(f"“{text}” is not a usable quantity (at most 1,000,000 and 4 decimals).")
    return value


def _parse_date(text: str | date | None, what: str = "date") -> str:
    if text is None or (isinstance(text, str) and not text.strip()):
        return date.today().isoformat()
    if isinstance(text, date):
        return text.isoformat()
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise ServiceError(f"“{text}” is not a {what} (use YYYY-MM-DD).") from None


def check_number_format(fmt: str) -> str:
    """The configured number format, if it makes unique numbers; else a ServiceError."""
    fmt = (fmt or "").strip() or DEFAULT_INVOICE_NUMBER_FORMAT
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(fmt) if name is not None}
        sample = fmt.format(year=2026, seq=7, series="2026")
    except (ValueError, KeyError, IndexError):
        raise ServiceError(
            f"The invoice number format “{fmt}” is not valid; use e.g. {{year}}-{{seq:04d}}."
        ) from None
    if "seq" not in fields or not ({"year", "series"} & fields):
        raise ServiceError(
            f"The invoice number format “{fmt}” needs {{year}} and {{seq}} so numbers stay "
            "unique; use e.g. {year}-{seq:04d}."
        )
    if not sample.strip() or len(sample) > 40:
        raise ServiceError(f"The invoice number format “{fmt}” gives unusable numbers.")
    return fmt


@dataclass(slots=True)
class OpenInvoice:
    id: int
    number: str
    issue_date: str
    due_date: str | None
    total_minor: int
    currency: str
    age_days: int
    overdue: bool


@dataclass(slots=True)
class ClientOverview:
    client_id: int
    client_name: str
    #: minutes of unbilled time
    unbilled_minutes: int = 0
    #: currency → unbilled amount in minor units (Σ of per-entry rounded amounts)
    unbilled_minor: dict[str, int] = field(default_factory=dict)
    open_invoices: list[OpenInvoice] = field(default_factory=list)
    draft_count: int = 0
    #: model cost of this client's messages since the first of the month, in micro-USD
    llm_cost_microusd: int = 0

    def to_dict(self) -> dict[str, Any]:
        from consultant.core.money import format_minor

        return {
            "client_id": self.client_id,
            "client": self.client_name,
            "unbilled_minutes": self.unbilled_minutes,
            "unbilled_hours": hours_text(self.unbilled_minutes),
            "unbilled": {cur: format_minor(v, cur, symbol=False)
                         for cur, v in self.unbilled_minor.items()},
            "unbilled_minor": dict(self.unbilled_minor),
            "drafts": self.draft_count,
            "open_invoices": [
                {"id": o.id, "number": o.number, "issue_date": o.issue_date,
                 "due_date": o.due_date, "total": format_minor(o.total_minor, o.currency),
                 "total_minor": o.total_minor, "currency": o.currency,
                 "age_days": o.age_days, "overdue": o.overdue}
                for o in self.open_invoices
            ],
            "llm_cost_microusd": self.llm_cost_microusd,
            "llm_cost_usd": format_microusd(self.llm_cost_microusd),
        }  # fmt: skip


def format_microusd(value: int) -> str:
    """``1234567`` → ``"$1.23"``; small amounts keep four decimals (``"$0.0012"``)."""
    dollars = Decimal(int(value)).scaleb(-6)
    places = Decimal("0.01") if dollars >= 1 or dollars == 0 else Decimal("0.0001")
    return f"${dollars.quantize(places, rounding=ROUND_HALF_UP)}"


class BillingService:
    """Time and invoices for one open :class:`Workspace`."""

    def __init__(self, ws: Workspace, settings: Settings | None = None) -> None:
        self.ws = ws
        self._settings = settings

    @property
    def settings(self) -> Settings:
        return self._settings if self._settings is not None else load_settings().settings

    @property
    def _repo(self) -> Any:
        return self.ws.store.billing

    # -- clients ---------------------------------------------------------------
    def client(self, ref: int | str | Client) -> Client:
        if isinstance(ref, Client):
            return ref
        if isinstance(ref, int):
            return self.ws.store.clients.get(ref)
        return self.ws.client(ref)

    # -- time entries ------------------------------------------------------------
    def log_time(
        self,
        client: int | str | Client,
        duration: str,
        description: str,
        *,
        work_date: str | date | None = None,
        rate: str | None = None,
        conversation_id: int | None = None,
    ) -> TimeEntry:
        """Log work for a client; the rate defaults to the client's hourly rate."""
        c = self.client(client)
        assert c.id is not None
        minutes = self._minutes(duration)
        text = (description or "").strip()
        if not text:
            raise ServiceError("Describe the work: a time entry needs a description.")
        if len(text) > 2000:
            raise ServiceError("The description is too long (2,000 characters at most).")
        _no_controls(text, "description")
        rate_minor = self._rate(rate, c)
        if conversation_id is not None:
            conversation = self.ws.store.conversations.get(conversation_id)
            if conversation.client_id != c.id:
                raise ServiceError(f"Conversation {conversation_id} belongs to another client.")
        entry: TimeEntry = self._repo.add_entry(
            c.id,
            minutes,
            text,
            rate_minor=rate_minor,
            currency=c.currency,
            work_date=_parse_date(work_date),
            conversation_id=conversation_id,
        )
        return entry

    def update_entry(
        self,
        entry_id: int,
        *,
        duration: str | None = None,
        description: str | None = None,
        work_date: str | date | None = None,
        rate: str | None = None,
    ) -> TimeEntry:
        entry = self.entry(entry_id)
        client = self.client(entry.client_id)
        if description is not None and not description.strip():
            raise ServiceError("Describe the work: a time entry needs a description.")
        rate_minor = None
        if rate is not None:
            rate_minor = self._rate(rate, client, currency=entry.currency)
        updated: TimeEntry = self._repo.update_entry(
            entry_id,
            minutes=self._minutes(duration) if duration is not None else None,
            description=description,
            work_date=_parse_date(work_date) if work_date is not None else None,
            rate_minor=rate_minor,
        )
        return updated

    def delete_entry(self, entry_id: int) -> None:
        entry = self.entry(entry_id)
        if entry.invoice_id is not None:
            raise Conflict(
                "This time entry is on an invoice; remove it from the draft first "
                "(an issued invoice's entries stay billed)."
            )
        self._repo.delete_entry(entry_id)

    def entry(self, entry_id: int) -> TimeEntry:
        found: TimeEntry = self._repo.get_entry(entry_id)
        return found

    def entries(self, client_id: int | None = None, *, unbilled: bool = False) -> list[TimeEntry]:
        found: list[TimeEntry] = self._repo.entries(client_id=client_id, unbilled_only=unbilled)
        return found

    @staticmethod
    def _minutes(duration: str) -> int:
        try:
            return parse_duration(duration)
        except DurationError as exc:
            raise ServiceError(str(exc)) from None

    @staticmethod
    def _rate(rate: str | None, client: Client, currency: str | None = None) -> int:
        if rate is None or not str(rate).strip():
            return client.hourly_rate_minor
        try:
            return parse_amount(rate, currency or client.currency)
        except MoneyError as exc:
            raise ServiceError(f"Rate: {exc}") from None

    # -- drafts ----------------------------------------------------------------
    def create_draft(
        self,
        client: int | str | Client,
        entry_ids: list[int] | None = None,
        *,
        all_unbilled: bool = False,
        tax_rate: str | Decimal | None = None,
        payment_terms: str | None = None,
        notes: str = "",
    ) -> Invoice:
        """A draft invoice from chosen unbilled entries (or all of them)."""
        c = self.client(client)
        assert c.id is not None
        settings = self.settings
        rate = parse_tax_rate(settings.default_tax_rate if tax_rate is None else tax_rate)
        terms = settings.default_payment_terms if payment_terms is None else payment_terms
        if all_unbilled:
            entry_ids = [e.id for e in self.entries(c.id, unbilled=True) if e.id is not None]
        ids = list(dict.fromkeys(entry_ids or []))
        entries = [self._billable(entry_id, c) for entry_id in ids]
        currency = normalize_currency(c.currency)
        with self.ws.store.atomic():
            draft: Invoice = self._repo.create_draft(
                c.id, currency, tax_rate=rate, payment_terms=terms.strip(), notes=notes.strip()
            )
            assert draft.id is not None
            for entry in entries:
                self._add_entry_line(draft.id, entry, currency)
            self._refresh_draft(draft.id, c)
        return self.invoice(draft.id)

    def tax_case_for(self, client: Client, settings: Settings | None = None) -> TaxCase:
        """The VAT case between your business and ``client`` (core.tax), or a
        ``ServiceError`` naming the missing field."""
        profile = (settings or self.settings).profile
        try:
            return decide_tax_case(
                seller_country=profile.country,
                seller_small_business=profile.small_business,
                buyer_country=client.country,
                buyer_vat_id=client.vat_id,
                buyer_name=f"Client {client.name}",
            )
        except TaxRuleError as exc:
            raise ServiceError(str(exc)) from None

    def _refresh_draft(self, invoice_id: int, client: Client | None = None) -> Invoice:
        """Bring a draft's tax case, language and buyer reference in line with the
        client's and your business's current details (so its totals are the ones
        issuing will give)."""
        invoice = self.invoice(invoice_id)
        if invoice.status != InvoiceStatus.DRAFT:
            return invoice
        c = client or self.client(invoice.client_id)
        try:
            case = self.tax_case_for(c)
        except ServiceError:
            case = TaxCase.DOMESTIC  # issuing names the missing VAT id
        wanted = {
            "tax_case": case.value,
            "language": c.invoice_language or "en",
            "buyer_reference": c.buyer_reference,
        }
        current = {
            "tax_case": invoice.tax_case.value,
            "language": invoice.language,
            "buyer_reference": invoice.buyer_reference,
        }
        if wanted == current:
            return invoice
        refreshed: Invoice = self._repo.update_draft(invoice_id, **wanted)
        return refreshed

    def add_entries(self, invoice_id: int, entry_ids: list[int]) -> Invoice:
        invoice = self._draft(invoice_id)
        client = self.client(invoice.client_id)
        entries = [self._billable(entry_id, client) for entry_id in dict.fromkeys(entry_ids)]
        with self.ws.store.atomic():
            for entry in entries:
                self._add_entry_line(invoice_id, entry, invoice.currency)
        return self.invoice(invoice_id)

    def _billable(self, entry_id: int, client: Client) -> TimeEntry:
        entry = self.entry(entry_id)
        if entry.client_id != client.id:
            raise ServiceError(f"Time entry {entry_id} belongs to another client.")
        if entry.invoice_id is not None:
            raise Conflict(f"Time entry {entry_id} is already billed on another invoice.")
        return entry

    def _add_entry_line(self, invoice_id: int, entry: TimeEntry, currency: str) -> None:
        if normalize_currency(entry.currency) != currency:
            raise ServiceError(
                f"Time entry {entry.id} is in {entry.currency}; this invoice is in {currency}."
            )
        quantity = entry_quantity(entry.minutes)
        self._repo.add_line(
            invoice_id,
            f"{entry.work_date}: {entry.description}",
            quantity,
            entry.rate_minor,
            time_entry_id=entry.id,
        )

    def add_line(
        self,
        invoice_id: int,
        description: str,
        quantity: str,
        unit_price: str,
        *,
        tax_rate: str | None = None,
    ) -> Invoice:
        """A manual line: quantity × unit price (both user text); ``tax_rate`` its own
        VAT rate (default: the invoice's)."""
        invoice = self._draft(invoice_id)
        text = (description or "").strip()
        if not text:
            raise ServiceError("A line needs a description.")
        _no_controls(description, "line description")
        qty = _parse_quantity(quantity)
        try:
            price = parse_amount(unit_price, invoice.currency)
        except MoneyError as exc:
            raise ServiceError(f"Unit price: {exc}") from None
        rate = None if tax_rate is None or not str(tax_rate).strip() else parse_tax_rate(tax_rate)
        updated: Invoice = self._repo.add_line(invoice_id, text, qty, price, tax_rate=rate)
        return updated

    def set_line_tax_rate(self, invoice_id: int, line_id: int, tax_rate: str | None) -> Invoice:
        """A draft line's own VAT rate; ``None`` or "" makes it follow the invoice's."""
        self._draft(invoice_id)
        rate = None if tax_rate is None or not str(tax_rate).strip() else parse_tax_rate(tax_rate)
        updated: Invoice = self._repo.set_line_tax_rate(invoice_id, line_id, rate)
        return updated

    def remove_line(self, invoice_id: int, line_id: int) -> Invoice:
        invoice = self._draft(invoice_id)
        if not any(line.id == line_id for line in invoice.lines):
            raise NotFound(f"Invoice {invoice_id} has no line {line_id}.")
        updated: Invoice = self._repo.remove_line(invoice_id, line_id)
        return updated

    def set_line_description(self, invoice_id: int, line_id: int, description: str) -> Invoice:
        self._draft(invoice_id)
        if not description.strip():
            raise ServiceError("A line needs a description.")
        _no_controls(description, "line description")
        updated: Invoice = self._repo.update_line_description(invoice_id, line_id, description)
        return updated

    def update_draft(
        self,
        invoice_id: int,
        *,
        tax_rate: str | Decimal | None = None,
        payment_terms: str | None = None,
        notes: str | None = None,
    ) -> Invoice:
        self._draft(invoice_id)
        fields: dict[str, Any] = {}
        if tax_rate is not None:
            fields["tax_rate"] = parse_tax_rate(tax_rate)
        if payment_terms is not None:
            fields["payment_terms"] = payment_terms.strip()
        if notes is not None:
            fields["notes"] = notes.strip()
        updated: Invoice = self._repo.update_draft(invoice_id, **fields)
        return updated

    def delete_draft(self, invoice_id: int) -> None:
        """Delete a draft; its time entries become unbilled again."""
        invoice = self.invoice(invoice_id)
        if invoice.status != InvoiceStatus.DRAFT:
            if invoice.is_credit_note:
                raise Conflict(
                    f"Credit note {invoice.number} has been issued and cannot be deleted."
                )
            raise Conflict(
                f"Invoice {invoice.number} has been issued and cannot be deleted; "
                "issue a credit note instead."
            )
        self._repo.delete_draft(invoice_id)

    def _draft(self, invoice_id: int) -> Invoice:
        invoice = self.invoice(invoice_id)
        if invoice.status != InvoiceStatus.DRAFT:
            raise Conflict(
                f"Invoice {invoice.number} has been issued and cannot be changed; "
                "issue a credit note for it and make a new one."
            )
        return invoice

    # -- issued invoices -------------------------------------------------------
    def issue_problems(self, invoice_id: int) -> list[str]:
        """Why the draft cannot be issued yet (empty: it can), each naming the field."""
        invoice = self._draft(invoice_id)
        client = self.client(invoice.client_id)
        problems: list[str] = []
        if not invoice.lines:
            problems.append("An invoice needs at least one line before it is issued.")
        try:
            case = self.tax_case_for(client)
        except ServiceError as exc:
            problems.append(str(exc))
            case = TaxCase.DOMESTIC
        problems += issue_problems(
            _text_dict(self.seller_snapshot()), _text_dict(self.buyer_snapshot(client)),
            case, client.name,
        )  # fmt: skip
        return problems

    def issue_warnings(self, invoice_id: int) -> list[str]:
        """Doubtful but accepted details (a VAT id whose check digit does not match)."""
        invoice = self.invoice(invoice_id)
        client = self.client(invoice.client_id)
        warnings = []
        for vat_id in (self.settings.profile.vat_id, client.vat_id):
            try:
                checked = check_vat_id(vat_id)
            except IdentityError as exc:
                warnings.append(str(exc))
                continue
            if checked.warning:
                warnings.append(checked.warning)
        if invoice.status == InvoiceStatus.DRAFT:
            warnings += self._einvoice_warnings(invoice_id, client)
        return warnings

    def _einvoice_warnings(self, invoice_id: int, client: Client) -> list[str]:
        """What would stop this draft, once issued, from being exported as an e-invoice
        (Factur-X; XRechnung too when the client has a buyer reference): the details
        are frozen at issue, so this is the moment to say it."""
        from dataclasses import replace

        from consultant.core.einvoice import einvoice_problems

        doc = self.document(invoice_id)
        as_issued = replace(
            doc, invoice=replace(doc.invoice, status=InvoiceStatus.ISSUED, number="-",
                                 issue_date=date.today().isoformat(),
                                 due_date=date.today().isoformat())  # issuing sets one
        )  # fmt: skip
        formats = ["facturx"] + (["xrechnung"] if client.buyer_reference else [])
        found: list[str] = []
        for fmt in formats:
            for problem in einvoice_problems(as_issued, fmt):
                if problem not in found:
                    found.append(problem)
        if not found:
            return []
        return [
            "Once issued, this invoice could not be exported as an e-invoice: "
            + " ".join(found)
        ]

    def issue(self, invoice_id: int, *, issue_date: str | date | None = None) -> Invoice:
        """Check the legal content, number the draft (gapless in its year), snapshot
        seller and buyer with their tax case, service period and due date, freeze it."""
        invoice = self.invoice(invoice_id)
        if invoice.status != InvoiceStatus.DRAFT:
            what = "Credit note" if invoice.is_credit_note else "Invoice"
            raise Conflict(f"{what} {invoice.number} is already issued.")
        problems = self.issue_problems(invoice_id)
        if problems:
            raise ServiceError(" ".join(problems))
        settings = self.settings
        client = self.client(invoice.client_id)
        fmt = check_number_format(settings.invoice_number_format)
        day = self._check_issue_date(_parse_date(issue_date, "issue date"))
        days = client.payment_days if client.payment_days is not None else settings.payment_days
        # 0 days: due on receipt. A due date is always printed (EN 16931 BR-CO-25).
        due = (date.fromisoformat(day) + timedelta(days=max(days, 0))).isoformat()
        start, end = self._work_period(invoice) or (day, day)
        issued: Invoice = self._repo.issue(
            invoice_id,
            issue_date=day,
            due_date=due,
            number_format=fmt,
            seller=self.seller_snapshot(settings),
            buyer=self.buyer_snapshot(client),
            details={
                "tax_case": self.tax_case_for(client, settings).value,
                "language": client.invoice_language or "en",
                "buyer_reference": client.buyer_reference,
                "service_start": start,
                "service_end": end,
            },
        )
        return issued

    def _check_issue_date(self, day: str, *, credited: Invoice | None = None) -> str:
        """Numbers follow the dates: an invoice or credit note is not dated before the
        latest one already issued in its series (chronological numbering, as French law
        and German GoBD expect), a credit note not before its invoice, and no date lies
        before 2000."""
        when = date.fromisoformat(day)
        if when.year < 2000:
            raise ServiceError(f"{day} is not a plausible invoice date.")
        if credited is not None and credited.issue_date and day < credited.issue_date:
            raise ServiceError(
                f"A credit note cannot be dated {day}, before invoice {credited.number} "
                f"of {credited.issue_date}."
            )
        latest = self._repo.latest_issue_date(str(when.year))
        if latest and day < latest:
            raise ServiceError(
                "Invoice numbers follow the dates: the last document of "
                f"{when.year} was issued on {latest}, so this one cannot be dated {day}."
            )
        return day

    def mark_paid(self, invoice_id: int, *, paid_date: str | date | None = None) -> Invoice:
        invoice = self.invoice(invoice_id)
        if invoice.status != InvoiceStatus.ISSUED:
            raise Conflict(self._not_issued(invoice, "marked paid"))
        day = _parse_date(paid_date, "payment date")
        if invoice.issue_date and day < invoice.issue_date:
            raise ServiceError(
                f"The payment date {day} is before the invoice date {invoice.issue_date}."
            )
        paid: Invoice = self._repo.mark_paid(invoice_id, day)
        return paid

    def credit(
        self,
        invoice_id: int,
        reason: str,
        *,
        positions: list[int] | None = None,
        issue_date: str | date | None = None,
    ) -> Invoice:
        """Issue a credit note for the lines at ``positions`` (1-based, as printed) of
        an issued invoice, or for every line not yet credited. It carries the original's
        parties, tax case and rates; its number comes from the same gapless series."""
        invoice = self.invoice(invoice_id)
        if not (reason or "").strip():
            raise ServiceError("A credit note needs a reason (--reason).")
        if invoice.is_credit_note:
            raise Conflict(f"{invoice.number} is a credit note; it cannot be credited.")
        if invoice.status not in (InvoiceStatus.ISSUED, InvoiceStatus.PAID):
            raise Conflict(self._not_issued(invoice, "credited"))
        credited = self._repo.credited_line_ids(invoice_id)
        by_position = {line.position: line for line in invoice.lines}
        if positions:
            chosen = []
            for position in dict.fromkeys(positions):
                line = by_position.get(position)
                if line is None:
                    raise ServiceError(
                        f"Invoice {invoice.number} has no line {position} "
                        f"(it has lines 1–{len(invoice.lines)})."
                    )
                if line.id in credited:
                    raise Conflict(
                        f"Line {position} of invoice {invoice.number} is already credited."
                    )
                chosen.append(line)
        else:
            chosen = [line for line in invoice.lines if line.id not in credited]
            if not chosen:
                raise Conflict(f"Every line of invoice {invoice.number} is already credited.")
        seller, buyer = self._repo.invoice_parties(invoice_id)
        note: Invoice = self._repo.issue_credit_note(
            invoice_id,
            [line.id for line in chosen if line.id is not None],
            reason.strip(),
            issue_date=self._check_issue_date(
                _parse_date(issue_date, "credit note date"), credited=invoice
            ),
            number_format=check_number_format(self.settings.invoice_number_format),
            seller=seller,
            buyer=buyer,
        )
        return note

    def void(self, invoice_id: int, reason: str) -> Invoice:
        """Refused: an issued invoice is corrected by a credit note (DESIGN.md §3)."""
        invoice = self.invoice(invoice_id)
        if invoice.status == InvoiceStatus.DRAFT:
            raise Conflict("A draft is not voided; delete it instead.")
        raise Conflict(
            f"An issued invoice cannot be voided; issue a credit note for {invoice.number} "
            "instead (it refers to the invoice and reverses its amounts)."
        )

    @staticmethod
    def _not_issued(invoice: Invoice, what: str) -> str:
        if invoice.status == InvoiceStatus.DRAFT:
            return f"This invoice is a draft; issue it before it can be {what}."
        return f"Invoice {invoice.number} is {invoice.status.value}; it cannot be {what}."

    def seller_snapshot(self, settings: Settings | None = None) -> dict[str, Any]:
        """Your business as printed on an invoice (keys: core.invoice_render)."""
        p = (settings or self.settings).profile
        return {
            "legal_name": p.business or p.name, "name": p.name, "address": p.address,
            "country": p.country, "vat_id": p.vat_id, "tax_number": p.tax_id,
            "email": p.email, "phone": p.phone, "website": p.website,
            "bank_name": p.bank_name, "iban": p.iban, "bic": p.bic, "logo_path": p.logo_path,
            "small_business": "1" if p.small_business else "",
        }  # fmt: skip

    def buyer_snapshot(self, client: Client) -> dict[str, Any]:
        """The client's billing identity (never its organization description)."""
        contact = next((c for c in client.contacts if c.email), None)
        return {
            "legal_name": client.legal_name or client.name,
            "name": client.name,
            "address": client.billing_address,
            "country": client.country,
            "vat_id": client.vat_id,
            "tax_id": client.tax_id,
            "email": client.billing_email or (contact.email if contact else ""),
            "contact": client.billing_contact or ((contact.name if contact else "") or ""),
        }

    # -- reading ---------------------------------------------------------------
    def invoice(self, invoice_id: int) -> Invoice:
        found: Invoice = self._repo.get_invoice(invoice_id)
        return found

    def resolve(self, ref: str | int) -> Invoice:
        """An invoice by id (``12``) or by number (``2026-0001``)."""
        text = str(ref).strip()
        by_number = self._repo.invoice_id_by_number(text)
        if by_number is not None:
            return self.invoice(by_number)
        if text.isdigit():
            return self.invoice(int(text))
        raise NotFound(f"There is no invoice “{text}” (give its id or its number).")

    def invoices(self, client_id: int | None = None) -> list[Invoice]:
        found: list[Invoice] = self._repo.invoices(client_id=client_id)
        return found

    def document(self, invoice_id: int) -> InvoiceDocument:
        """Everything the renderers need. Issued invoices use their stored snapshots, so
        the document never changes; a draft shows the current settings."""
        invoice = self.invoice(invoice_id)
        if invoice.status == InvoiceStatus.DRAFT:
            invoice = self._refresh_draft(invoice_id)
            seller = self.seller_snapshot()
            buyer = self.buyer_snapshot(self.client(invoice.client_id))
        else:
            stored_seller, stored_buyer = self._repo.invoice_parties(invoice_id)
            seller, buyer = _current_keys(stored_seller, stored_buyer)
        time_lines = {line.id for line in invoice.lines if line.time_entry_id is not None}
        credited_number = credited_date = ""
        if invoice.credited_invoice_id is not None:
            original = self.invoice(invoice.credited_invoice_id)
            credited_number, credited_date = original.number or "", original.issue_date or ""
            # a credit note's line reverses a time line: its quantity is hours too
            timed = {line.id for line in original.lines if line.time_entry_id is not None}
            time_lines |= {line.id for line in invoice.lines if line.credited_line_id in timed}
        notes = tuple(
            (n.number or "", n.issue_date or "") for n in self._repo.credit_notes_of(invoice_id)
        )
        return InvoiceDocument(
            invoice=invoice,
            seller=_text_dict(seller),
            buyer=_text_dict(buyer),
            time_line_ids=frozenset(x for x in time_lines if x is not None),
            vat_groups=tuple(invoice_vat_groups(invoice)),
            tax_note=exemption_reason(
                invoice.tax_case, invoice.language, str(seller.get("country") or "")
            ),
            credited_number=credited_number,
            credited_issue_date=credited_date,
            credit_notes=notes,
        )

    def _work_period(self, invoice: Invoice) -> tuple[str, str] | None:
        """First and last work date of the invoice's time entries (None: no time)."""
        days = sorted(
            self.entry(line.time_entry_id).work_date
            for line in invoice.lines
            if line.time_entry_id is not None
        )
        return (days[0], days[-1]) if days else None

    def credit_notes(self, invoice_id: int) -> list[Invoice]:
        found: list[Invoice] = self._repo.credit_notes_of(invoice_id)
        return found

    def period_cost_microusd(self, invoice_id: int) -> tuple[str, str, int]:
        """(first day, last day, model cost in micro-USD) of the client's conversations
        during the invoice's service period: what the client cost you in AI calls.
        For a draft the period comes from its time entries (or this month)."""
        invoice = self.invoice(invoice_id)
        start, end = invoice.service_start, invoice.service_end
        if not (start and end):
            period = self._work_period(invoice)
            if period:
                start, end = period
            else:
                today = date.today()
                start, end = today.replace(day=1).isoformat(), today.isoformat()
        since = f"{start}T00:00:00"
        until = (date.fromisoformat(end) + timedelta(days=1)).isoformat() + "T00:00:00"
        cost = self._repo.llm_cost_microusd(invoice.client_id, since, until)
        return start, end, cost

    # -- overview --------------------------------------------------------------
    def overview(
        self, client_id: int | None = None, *, today: date | None = None
    ) -> list[ClientOverview]:
        today = today or date.today()
        month_start = datetime(today.year, today.month, 1, tzinfo=UTC).isoformat()
        clients = (
            [self.client(client_id)]
            if client_id is not None
            else self.ws.clients(include_archived=False)
        )
        result = []
        for c in clients:
            assert c.id is not None
            row = ClientOverview(c.id, c.name)
            sums: dict[str, int] = defaultdict(int)
            for e in self.entries(c.id, unbilled=True):
                row.unbilled_minutes += e.minutes
                sums[e.currency] += entry_amount_minor(e.rate_minor, e.minutes)
            row.unbilled_minor = dict(sums)
            for inv in self.invoices(c.id):
                if inv.status == InvoiceStatus.DRAFT:
                    row.draft_count += 1
                elif inv.status == InvoiceStatus.ISSUED and inv.id is not None:
                    issued_on = date.fromisoformat(inv.issue_date or today.isoformat())
                    due = date.fromisoformat(inv.due_date) if inv.due_date else None
                    row.open_invoices.append(
                        OpenInvoice(
                            inv.id, inv.number or "", inv.issue_date or "", inv.due_date,
                            inv.total_minor, inv.currency, (today - issued_on).days,
                            due is not None and due < today,
                        )
                    )  # fmt: skip
            row.open_invoices.sort(key=lambda o: o.issue_date)
            row.llm_cost_microusd = self._repo.llm_cost_microusd(c.id, month_start)
            result.append(row)
        return result

    # -- suggested descriptions (Invoice text task) ------------------------------
    def suggestion_prompt(self, invoice_id: int) -> tuple[int, str]:
        """(client id, text) asking the *Invoice text* task for line descriptions.

        Only descriptions are asked for: amounts always come from code."""
        invoice = self._draft(invoice_id)
        lines = []
        for n, line in enumerate(invoice.lines, 1):
            context = ""
            if line.time_entry_id is not None:
                entry = self.entry(line.time_entry_id)
                if entry.conversation_id is not None:
                    try:
                        conv = self.ws.store.conversations.get(entry.conversation_id)
                        context = f" (conversation: {conv.title})"
                    except NotFound:
                        context = ""
                text = entry.description
            else:
                text = line.description
            lines.append(f"{n}. {text}{context}")
        prompt = (
            "Time entries and lines of this invoice, in order:\n" + "\n".join(lines) + "\n\n"
            f"Give exactly {len(lines)} numbered descriptions, one per line, in the same order."
        )
        return invoice.client_id, prompt

    def prepare_suggestion(self, invoice_id: int, model_ref: str | None = None) -> Suggestion:
        """Writer thread: store the request in an "Invoice text" conversation of the
        client and prepare the model turn. Then :func:`run_suggestion` (any thread, no
        database), then :meth:`finish_suggestion` (writer thread)."""
        from consultant.core.models import Task
        from consultant.services.ask import AskService, TurnRequest

        client_id, prompt = self.suggestion_prompt(invoice_id)
        count = len(self.invoice(invoice_id).lines)
        ask = AskService(self.ws)
        # The one default-model rule of every front end (``models.resolve_model_ref``),
        # checked before anything is stored: a refusal leaves no empty conversation.
        ask.check_model(model_ref, Task.INVOICE_TEXT)
        store = self.ws.store
        with store.atomic():  # the conversation only together with its turn
            conversation = store.conversations.create(
                client_id, f"Invoice text ({count} lines)", Task.INVOICE_TEXT, model_ref or ""
            )
            assert conversation.id is not None
            turn = ask.prepare(
                TurnRequest(conversation.id, prompt, Task.INVOICE_TEXT, model_ref, context=[])
            )
        return Suggestion(invoice_id, count, ask, turn)

    def finish_suggestion(self, suggestion: Suggestion, outcome: SuggestionOutcome) -> list[str]:
        """Writer thread: store the reply (or the error) and its audit entries; return
        one proposed description per line ("" where the model gave none)."""
        from consultant.services.ask import GatewayError

        ask: Any = suggestion.ask
        for entry in outcome.audits:
            ask.record_audit(entry)
        if outcome.error is not None or outcome.result is None:
            error = outcome.error or ServiceError("The model returned no result.")
            ask.fail(suggestion.turn, error, outcome.partial)
            if isinstance(error, GatewayError):
                raise ServiceError(error.user_message) from None
            if isinstance(error, ServiceError):
                raise error
            raise ServiceError(f"Suggesting descriptions failed: {error}.") from None
        message = ask.finish(suggestion.turn, outcome.result)
        return parse_suggestions(message.content, suggestion.count)

    def suggest_descriptions(self, invoice_id: int, model_ref: str | None = None) -> list[str]:
        """All three steps in this thread (CLI, tests)."""
        suggestion = self.prepare_suggestion(invoice_id, model_ref)
        return self.finish_suggestion(suggestion, run_suggestion(suggestion))


@dataclass(slots=True)
class Suggestion:
    invoice_id: int
    count: int
    ask: Any  # AskService
    turn: Any  # PreparedTurn


@dataclass(slots=True)
class SuggestionOutcome:
    result: Any = None  # CompletionResult
    error: BaseException | None = None
    partial: str = ""
    audits: list[Any] = field(default_factory=list)


def run_suggestion(suggestion: Suggestion) -> SuggestionOutcome:
    """Any thread: stream the model's answer. Touches no database; never raises."""
    from consultant.services.ask import TextDelta, stream_turn

    outcome = SuggestionOutcome()
    parts: list[str] = []
    try:
        for event in stream_turn(suggestion.turn, None, outcome.audits.append):
            if isinstance(event, TextDelta):
                parts.append(event.text)
            else:
                outcome.result = event
    except Exception as exc:  # delivered to finish_suggestion on the writer thread
        outcome.error = exc
    outcome.partial = "".join(parts)
    return outcome


def parse_suggestions(text: str, count: int) -> list[str]:
    """A model's numbered list → ``count`` descriptions (``""`` where none was given)."""
    import re

    found: dict[int, str] = {}
    plain: list[str] = []
    for raw in text.splitlines():
        line = raw.strip().strip("*").strip()
        if not line:
            continue
        match = re.match(r"^(\d{1,3})[.)]\s+(.*)$", line)
        if match:
            found.setdefault(int(match.group(1)), match.group(2).strip())
        elif line.startswith(("-", "•")):
            plain.append(line.lstrip("-• ").strip())
    if not found and plain:
        found = {i: t for i, t in enumerate(plain, 1)}
    return [found.get(i, "")[:300] for i in range(1, count + 1)]


def _text_dict(values: dict[str, Any]) -> dict[str, str]:
    return {k: str(v) for k, v in values.items() if v is not None}


def _current_keys(
    seller: dict[str, Any], buyer: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Snapshots stored by versions before billing identities, in today's keys. Their
    buyer ``organization`` was a description, so it is not printed."""
    seller = dict(seller)
    if "legal_name" not in seller:
        seller["legal_name"] = seller.get("business") or seller.get("name") or ""
        seller.setdefault("tax_number", seller.get("tax_id", ""))
    buyer = dict(buyer)
    if "legal_name" not in buyer:
        buyer["legal_name"] = buyer.get("name") or ""
        buyer.pop("organization", None)
    return seller, buyer


#: Fields of your business that ``edit_business`` accepts (Profile attribute names).
BUSINESS_FIELDS = (
    "business", "name", "address", "country", "vat_id", "tax_id", "email", "phone",
    "website", "bank_name", "iban", "bic", "logo_path",
)  # fmt: skip


_BUSINESS_LABELS = {
    "business": "legal name of your business", "name": "your name", "address": "address",
    "logo_path": "logo file", "bank_name": "bank name", "tax_id": "tax number",
}  # fmt: skip


def edit_business(
    profile: Profile, *, small_business: bool | None = None, **values: str | None
) -> list[str]:
    """Check and apply user-entered business details to ``profile`` (in place).

    Nothing is changed if any value is refused (``ServiceError`` naming it). Returns
    warnings for doubtful but accepted values (a VAT id whose check digit fails).
    """
    changes: dict[str, Any] = {}
    warnings: list[str] = []
    for key, value in values.items():
        if key not in BUSINESS_FIELDS:
            raise ValueError(f"unknown business field {key}")
        if value is None:
            continue
        text = value.replace("\\n", "\n") if key == "address" else value
        try:
            text = check_text(text, _BUSINESS_LABELS.get(key, key), multiline=key == "address")
            if key == "country":
                text = normalize_country(text)
            elif key == "vat_id":
                checked = check_vat_id(text)
                text = checked.value
                if checked.warning:
                    warnings.append(checked.warning)
            elif key == "iban":
                text = check_iban(text)
            elif key == "bic":
                text = check_bic(text)
            elif key == "email" and text and normalize_email(text) is None:
                raise ServiceError(f"“{text}” is not an e-mail address.")
        except IdentityError as exc:
            raise ServiceError(str(exc)) from None
        changes[key] = text
    for key, text in changes.items():
        setattr(profile, key, text)
    if small_business is not None:
        profile.small_business = small_business
    return warnings


def _no_controls(text: str, what: str) -> None:
    """Printed text carries no control characters (they break e-invoices and files)."""
    try:
        refuse_control_characters(text, what, allowed="\n\t")
    except IdentityError as exc:
        raise ServiceError(str(exc)) from None
