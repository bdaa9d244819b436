"""Domain dataclasses shared by every layer.

The store returns these; services and front ends consume them. They carry no
behaviour that needs a database, Qt or a network. Money fields are integer minor
units (cents, or yen for JPY) together with an ISO 4217 currency code; LLM cost is
integer micro-dollars (``cost_microusd``) so no float is ever stored.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class PrivacyPolicy(enum.StrEnum):
    """What may leave the machine for a client's conversations."""

    CLOUD = "cloud"
    REDACT = "redact"
    LOCAL_ONLY = "local_only"


class MessageStatus(enum.StrEnum):
    """``streaming → complete | cancelled | error | interrupted``."""

    STREAMING = "streaming"
    COMPLETE = "complete"
    CANCELLED = "cancelled"
    ERROR = "error"
    INTERRUPTED = "interrupted"


class Role(enum.StrEnum):
    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"


class Task(enum.StrEnum):
    """The jobs a conversation turn can do; each has a prompt template."""

    CHAT = "chat"
    INTERPRET = "interpret"
    REPLY = "reply"
    IT_REQUEST = "it_request"
    DOCUMENTATION = "documentation"
    EXPLAIN = "explain"
    INVOICE_TEXT = "invoice_text"

    @property
    def label(self) -> str:
        return _TASK_LABELS[self]


_TASK_LABELS = {
    Task.CHAT: "Chat",
    Task.INTERPRET: "Interpret",
    Task.REPLY: "Reply",
    Task.IT_REQUEST: "IT request",
    Task.DOCUMENTATION: "Documentation",
    Task.EXPLAIN: "Explain",
    Task.INVOICE_TEXT: "Invoice text",
}


class InvoiceStatus(enum.StrEnum):
    """``draft → issued → paid``. An issued invoice is corrected by a credit note
    (``Invoice.credited_state``), never voided; ``void`` survives only on invoices
    voided by older versions, which stay readable."""

    DRAFT = "draft"
    ISSUED = "issued"
    PAID = "paid"
    VOID = "void"


class InvoiceKind(enum.StrEnum):
    """An invoice (UNTDID 1001 code 380) or a credit note (381) correcting one."""

    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class TaxCase(enum.StrEnum):
    """Which VAT rule an invoice follows (decided from both parties, core.tax)."""

    DOMESTIC = "domestic"  # VAT at the invoice's rate (category S, or Z at 0 %)
    REVERSE_CHARGE = "reverse_charge"  # B2B to another EU country: AE, 0 %
    SMALL_BUSINESS = "small_business"  # seller exempt (e.g. § 19 UStG): E, 0 %
    OUTSIDE_EU = "outside_eu"  # services to a buyer outside the EU: O, 0 %


@dataclass(slots=True)
class Contact:
    id: int | None
    client_id: int
    email: str
    name: str = ""
    role: str = ""


@dataclass(slots=True)
class Client:
    id: int | None
    uid: str
    name: str
    organization: str = ""
    notes: str = ""
    tone: str = ""
    glossary: str = ""
    hourly_rate_minor: int = 0
    #: Billing identity (printed on invoices). ``legal_name`` "" means the client name.
    legal_name: str = ""
    billing_address: str = ""  # multi-line, without the country
    country: str = ""  # ISO 3166-1 alpha-2, upper case ("" = not set)
    vat_id: str = ""
    tax_id: str = ""  # a national tax number, where the buyer has no VAT id
    billing_email: str = ""
    billing_contact: str = ""
    payment_days: int | None = None  # None: Settings.payment_days
    invoice_language: str = "en"  # "en" or "de"
    #: Purchase order or buyer reference (XRechnung: the Leitweg-ID).
    buyer_reference: str = ""
    #: One term per line: always masked / never masked for ``redact`` (core.privacy).
    redact_always: str = ""
    redact_never: str = ""
    #: The model this client's new conversations start on ("": the settings' default).
    default_model: str = ""
    currency: str = "EUR"
    privacy: PrivacyPolicy = PrivacyPolicy.CLOUD
    archived: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None
    contacts: list[Contact] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Conversation:
    id: int | None
    uid: str
    client_id: int
    title: str
    task: Task = Task.CHAT
    model: str = ""
    archived: bool = False
    pinned: bool = False
    draft: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    kind: str = "chat"  # "chat", or "mail": a thread of synced or imported e-mail

    @property
    def is_mail(self) -> bool:
        return self.kind == "mail"


@dataclass(slots=True)
class Message:
    id: int | None
    uid: str
    conversation_id: int
    role: Role
    content: str
    status: MessageStatus = MessageStatus.COMPLETE
    task: Task | None = None
    model: str = ""
    input_tokens: int | None = None
    output_tokens: int | None = None
    cost_microusd: int | None = None
    error: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(slots=True)
class TimeEntry:
    id: int | None
    uid: str
    client_id: int
    work_date: str  # ISO date, YYYY-MM-DD
    minutes: int
    description: str
    rate_minor: int
    currency: str
    conversation_id: int | None = None
    invoice_id: int | None = None
    created_at: datetime | None = None


@dataclass(slots=True)
class InvoiceLine:
    id: int | None
    invoice_id: int | None
    position: int
    description: str
    quantity: str  # Decimal as text, e.g. "1.5"
    unit_price_minor: int
    amount_minor: int
    time_entry_id: int | None = None
    #: VAT rate in percent as text; None follows the invoice's ``tax_rate``.
    tax_rate: str | None = None
    #: EN 16931 VAT category code (S, Z, E, AE, O), fixed when the invoice is issued.
    tax_category: str = "S"
    #: On a credit note: the line of the credited invoice this line reverses.
    credited_line_id: int | None = None


@dataclass(slots=True)
class Invoice:
    id: int | None
    uid: str
    client_id: int
    status: InvoiceStatus
    currency: str
    series: str = ""
    number: str | None = None
    issue_date: str | None = None
    due_date: str | None = None
    tax_rate: str = "0"  # Decimal percent as text, e.g. "19"
    subtotal_minor: int = 0
    tax_minor: int = 0
    total_minor: int = 0
    payment_terms: str = ""
    notes: str = ""
    void_reason: str = ""
    paid_date: str | None = None
    lines: list[InvoiceLine] = field(default_factory=list)
    created_at: datetime | None = None
    kind: InvoiceKind = InvoiceKind.INVOICE
    #: A credit note's original invoice, and why it was credited.
    credited_invoice_id: int | None = None
    credit_reason: str = ""
    #: First and last day of the work billed (from the time entries), fixed at issue.
    service_start: str | None = None
    service_end: str | None = None
    language: str = "en"
    buyer_reference: str = ""
    tax_case: TaxCase = TaxCase.DOMESTIC
    #: Σ of the issued credit notes against this invoice (negative or 0), and how
    #: many of its lines they credit; set by the store when reading.
    credited_minor: int = 0
    credited_lines: int = 0

    @property
    def is_credit_note(self) -> bool:
        return self.kind == InvoiceKind.CREDIT_NOTE

    def line_rate(self, line: InvoiceLine) -> str:
        return line.tax_rate if line.tax_rate is not None else self.tax_rate

    @property
    def credited_state(self) -> str:
        """``""``, ``"partly credited"`` or ``"credited"`` (every line credited)."""
        if not self.credited_lines:
            return ""
        return "credited" if self.credited_lines >= len(self.lines) else "partly credited"

    @property
    def display_status(self) -> str:
        return self.credited_state or self.status.value


@dataclass(slots=True)
class AuditEntry:
    """One outbound model call, as recorded through the gateway's callback."""

    id: int | None
    created_at: datetime
    provider: str
    model: str
    client_id: int | None
    chars_sent: int
    redactions: int
    outcome: str  # "ok", "cancelled", or the error kind
    detail: str = ""
    purpose: str = "chat"  # "chat", "embedding", "connection test", "model list"


@dataclass(slots=True)
class SearchHit:
    """A full-text search result: a message or a client's notes."""

    kind: str  # "message" or "client_notes"
    client_id: int
    client_name: str
    snippet: str  # with [[ ]] around matched terms (front ends style them)
    score: float
    message_id: int | None = None
    conversation_id: int | None = None
    conversation_title: str = ""
    role: str = ""
    task: str = ""
    created_at: datetime | None = None
