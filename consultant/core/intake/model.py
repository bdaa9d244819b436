"""Data types of email intake: the parsed message, its parts and the typed error."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

SourceKind = Literal["pasted", "eml", "msg", "html"]

#: Largest input accepted at all (bytes, or characters for pasted text).
MAX_INPUT_BYTES = 25 * 1024 * 1024
#: Largest body text kept; longer bodies are cut with a warning.
MAX_BODY_CHARS = 2 * 1024 * 1024

#: How the e-mail text the model reads (``services.intake``) marks its parts; its
#: readers stop there (``services.context`` builds the retrieval query from what is
#: above them).
SIGNATURE_DELIMITER = "-- "  # RFC 3676
FORWARD_MARKER = "--- Forwarded message ---"
THREAD_MARKER = "--- Earlier in this thread ---"
#: Largest original text kept in :meth:`ParsedEmail.to_metadata`.
MAX_METADATA_ORIGINAL_CHARS = 256 * 1024
#: Largest value kept for one header.
MAX_HEADER_CHARS = 4096
#: Most headers kept in :attr:`ParsedEmail.headers`.
MAX_HEADERS = 200
#: Most attachments listed.
MAX_ATTACHMENTS = 200


class IntakeError(ValueError):
    """The input cannot be read as an email. ``str(error)`` is a sentence for the user."""


@dataclass(frozen=True, slots=True)
class Address:
    """One mailbox: display name (may be empty) and address (may be empty if unparsable)."""

    name: str
    email: str

    def __str__(self) -> str:
        if self.name and self.email:
            return f"{self.name} <{self.email}>"
        return self.email or self.name

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "email": self.email}


@dataclass(frozen=True, slots=True)
class Attachment:
    """An attachment's description only; its content is never kept."""

    filename: str
    content_type: str
    size: int

    def to_dict(self) -> dict[str, Any]:
        return {"filename": self.filename, "content_type": self.content_type, "size": self.size}


@dataclass(frozen=True, slots=True)
class ForwardedEmail:
    """The original message inside a forward, as far as its inline header block tells."""

    sender: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    subject: str
    date: str
    body: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "sender": self.sender.to_dict() if self.sender else None,
            "to": [a.to_dict() for a in self.to],
            "cc": [a.to_dict() for a in self.cc],
            "subject": self.subject,
            "date": self.date,
            "body": self.body,
        }


@dataclass(frozen=True, slots=True)
class ReplyParts:
    """A body split into the new text, the signature and the quoted history."""

    new_text: str
    signature: str
    quoted_text: str
    forwarded: ForwardedEmail | None = None

    @property
    def reply_text(self) -> str:
        """The new text with its signature: the whole message without quoted history."""
        if self.signature:
            return f"{self.new_text}\n\n{self.signature}" if self.new_text else self.signature
        return self.new_text


@dataclass(slots=True)
class ParsedEmail:
    """An email read from pasted text, ``.eml``, ``.msg`` or HTML."""

    source_kind: SourceKind
    sender: Address | None = None
    to: list[Address] = field(default_factory=list)
    cc: list[Address] = field(default_factory=list)
    date: datetime | None = None
    subject: str = ""
    message_id: str = ""
    in_reply_to: str = ""
    body_text: str = ""
    new_text: str = ""
    quoted_text: str = ""
    signature: str = ""
    forwarded: ForwardedEmail | None = None
    attachments: list[Attachment] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    original_text: str = ""

    @property
    def sender_email(self) -> str:
        return self.sender.email if self.sender else ""

    @property
    def reply_text(self) -> str:
        """New text plus signature (everything but the quoted history)."""
        return ReplyParts(self.new_text, self.signature, self.quoted_text).reply_text

    def to_metadata(self) -> dict[str, Any]:
        """A JSON-serializable summary, including the original text (bounded)."""
        original = self.original_text
        truncated = len(original) > MAX_METADATA_ORIGINAL_CHARS
        if truncated:
            original = original[:MAX_METADATA_ORIGINAL_CHARS]
        return {
            "source_kind": self.source_kind,
            "sender": self.sender.to_dict() if self.sender else None,
            "to": [a.to_dict() for a in self.to],
            "cc": [a.to_dict() for a in self.cc],
            "date": self.date.isoformat() if self.date else None,
            "subject": self.subject,
            "message_id": self.message_id,
            "in_reply_to": self.in_reply_to,
            "attachments": [a.to_dict() for a in self.attachments],
            "forwarded": self.forwarded.to_dict() if self.forwarded else None,
            "headers": dict(self.headers),
            "warnings": list(self.warnings),
            "signature": self.signature,
            "original_text": original,
            "original_text_truncated": truncated,
        }
