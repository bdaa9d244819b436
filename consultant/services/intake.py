"""Email intake use case: bytes or pasted text → parsed mail → client → turn text.

Shared by the CLI (`consultant ask message.eml`) and the desktop app (a dropped
or pasted e-mail). Parsing is ``consultant.core.intake`` (pure); this module adds
the client lookup against the store and the text the model gets: a short header
line, the new text, the signature, then earlier messages of the thread, bounded.

Opening the same e-mail twice is recognised by :func:`email_key` (its Message-ID,
or a hash of its content when it has none); :func:`suggest_client_name` proposes
the name of a new client for an unknown sender ("Jane Doe" at acme-health.org →
"Acme Health").
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from consultant.core.domains import _suffix_list, domain_of, is_public_domain
from consultant.core.intake import (
    FORWARD_MARKER,
    SIGNATURE_DELIMITER,
    THREAD_MARKER,
    IntakeError,
    ParsedEmail,
    match_client,
    parse_bytes,
    parse_text,
)
from consultant.core.models import Client
from consultant.services.workspace import ServiceError, Workspace

MAX_QUOTED_CHARS = 20_000
_NAME_WORD = re.compile(r"[^\W_]+")


@dataclass(slots=True)
class Intake:
    parsed: ParsedEmail
    text: str  # what the model is given
    client: Client | None
    match_kind: str  # "contact", "domain" or "none"

    @property
    def sender(self) -> str:
        return self.parsed.sender_email

    @property
    def title(self) -> str:
        subject = self.parsed.subject.strip()
        if subject:
            return subject[:120]
        first = " ".join(self.parsed.new_text.split()[:8])
        return first[:80] or "New message"


def turn_text(parsed: ParsedEmail) -> str:
    """The e-mail as the model reads it: headers, new text, the signature after
    ``-- ``, then the thread."""
    head = []
    if parsed.sender is not None:
        head.append(f"From: {parsed.sender}")
    if parsed.date is not None:
        head.append(f"Date: {parsed.date.strftime('%Y-%m-%d %H:%M %Z').strip()}")
    if parsed.subject:
        head.append(f"Subject: {parsed.subject}")
    if parsed.attachments:
        names = ", ".join(a.filename or "(unnamed)" for a in parsed.attachments[:10])
        head.append(f"Attachments: {names}")
    body = parsed.new_text.strip() or parsed.body_text.strip()
    parts = ["\n".join(head), body] if head else [body]
    if parsed.signature.strip():
        # the usual delimiter (RFC 3676): retrieval stops reading the query there
        parts.append(SIGNATURE_DELIMITER + "\n" + parsed.signature.strip())
    if parsed.forwarded is not None and parsed.forwarded.body.strip():
        fwd = parsed.forwarded
        parts.append(
            FORWARD_MARKER + "\n"
            + (f"From: {fwd.sender}\n" if fwd.sender else "")
            + (f"Subject: {fwd.subject}\n" if fwd.subject else "")
            + fwd.body.strip()[:MAX_QUOTED_CHARS]
        )
    elif parsed.quoted_text.strip():
        quoted = parsed.quoted_text.strip()
        if len(quoted) > MAX_QUOTED_CHARS:
            quoted = quoted[:MAX_QUOTED_CHARS] + "\n[… earlier messages cut …]"
        parts.append(THREAD_MARKER + "\n" + quoted)
    return "\n\n".join(p for p in parts if p)


def email_key(parsed: ParsedEmail) -> str:
    """What identifies an e-mail across imports: ``"mid:<Message-ID>"``, or, for an
    e-mail without one, ``"sha256:<hash>"`` of its sender, subject and text
    (whitespace-insensitive, so the same mail saved twice gives the same key)."""
    message_id = parsed.message_id.strip().strip("<>").strip()
    if message_id:
        return f"mid:{message_id}"
    body = " ".join((parsed.body_text or parsed.original_text or parsed.new_text).split())
    content = "\n".join((parsed.sender_email.casefold(), " ".join(parsed.subject.split()), body))
    return "sha256:" + hashlib.sha256(content.encode("utf-8", "replace")).hexdigest()


def _organization_label(domain: str) -> str:
    """``mail.acme-health.org`` → ``acme-health``; ``acme.co.uk`` → ``acme``."""
    try:
        registrable = _suffix_list().privatesuffix(domain) or domain
        suffix = _suffix_list().publicsuffix(registrable) or ""
    except (OSError, ValueError):
        parts = domain.split(".")
        registrable, suffix = ".".join(parts[-2:]), parts[-1]
    if suffix and registrable.endswith("." + suffix):
        return registrable[: -len(suffix) - 1]
    return registrable.split(".")[0]


def _title(words: list[str]) -> str:
    return " ".join(w if not w.islower() else w[:1].upper() + w[1:] for w in words)


def suggest_client_name(parsed: ParsedEmail) -> str:
    """A name for a new client for this e-mail's sender: the organisation from the
    sender's mail domain (``jane@acme-health.org`` → "Acme Health"); for a public
    mail provider (gmail.com, …) the sender's own name; "" when neither is known."""
    sender = parsed.sender
    domain = domain_of(parsed.sender_email) if parsed.sender_email else None
    if domain and not is_public_domain(domain):
        words = _NAME_WORD.findall(_organization_label(domain))
        if words:
            return _title(words)[:200]
    name = " ".join((sender.name if sender is not None else "").split()).strip("\"' ")
    if name and "@" not in name:
        return name[:200]
    return ""


def match_sender(ws: Workspace, parsed: ParsedEmail) -> tuple[Client | None, str]:
    sender = parsed.sender_email
    if not sender:
        return None, "none"
    repo = ws.store.clients
    result = match_client(sender, repo.contact_map(), repo.domain_map())
    if result.client_id is None:
        return None, "none"
    return repo.get(result.client_id), str(result.kind)


def read(ws: Workspace, data: bytes, filename: str | None = None) -> Intake:
    try:
        parsed = parse_bytes(data, filename)
    except IntakeError as exc:
        raise ServiceError(str(exc)) from None
    client, kind = match_sender(ws, parsed)
    return Intake(parsed, turn_text(parsed), client, kind)


def read_text(ws: Workspace, text: str) -> Intake:
    try:
        parsed = parse_text(text)
    except IntakeError as exc:
        raise ServiceError(str(exc)) from None
    client, kind = match_sender(ws, parsed)
    return Intake(parsed, turn_text(parsed), client, kind)


def read_file(ws: Workspace, path: Path) -> Intake:
    try:
        size = path.stat().st_size
        if size > 25 * 1024 * 1024:
            raise ServiceError(
                f"{path.name} is too large to read ({size / 1e6:.0f} MB; 25 MB max)."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ServiceError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    return read(ws, data, path.name)
