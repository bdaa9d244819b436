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
    """``draft → issued → paid``, or ``issued → void``."""

    DRAFT = "draft"
    ISSUED = "issued"
    PAID = "paid"
    VOID = "void"


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
    #: One term per line: always masked / never masked for ``redact`` (core.privacy).
    redact_always: str = ""
    redact_never: str = ""
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
