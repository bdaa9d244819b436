"""Pure helpers for stored mail: thread keys, address lists, subjects, attachment text.

``consultant.core.intake`` reads an e-mail for the user (new text, signature, quoted
history); these helpers read what filing and threading need besides: the To/Cc lists,
In-Reply-To and References as lists of Message-IDs, a thread title without ``Re:`` /
``Fwd:``, and the text of text and PDF attachments (bounded). Standard library only,
plus ``pypdf`` imported lazily (installed with ``factur-x``; without it PDF attachments
simply give no text).
"""

from __future__ import annotations

import io
import logging
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import policy
from email.message import Message
from email.parser import BytesHeaderParser, BytesParser

from consultant.core.intake import Address, decode_rfc2047, html_to_text, parse_address_list

#: Most characters of attachment text kept per message.
MAX_ATTACHMENT_TEXT = 200_000
#: Most PDF pages read per attachment.
MAX_PDF_PAGES = 50
#: Largest single attachment whose text is read (bytes, decoded).
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
#: Most Message-IDs kept from References (the newest ones, at the end, are kept).
MAX_REFERENCES = 100
#: Longest Message-ID kept.
MAX_ID_CHARS = 998

_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|fw|fwd|aw|wg|tr|sv|vs|antw|rif|r|odp|ynt)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*"
    r"|\[(?:fwd?|re)\]\s*)+",
    re.IGNORECASE,
)
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_MSGID = re.compile(r"<([^<>\s]{1,998})>")
_TEXT_TYPES = frozenset(
    {"text/plain", "text/csv", "text/markdown", "text/x-markdown", "text/html",
     "text/calendar", "text/x-log", "text/tab-separated-values", "text/rtf"}
)  # fmt: skip


def thread_title(subject: str) -> str:
    """The subject without ``Re:``/``Fwd:``/``AW:`` … prefixes, whitespace collapsed."""
    text = " ".join(decode_rfc2047(subject or "").split())
    stripped = _SUBJECT_PREFIX.sub("", text).strip()
    return (stripped or text)[:300]


def message_ids(value: str) -> list[str]:
    """The Message-IDs in an In-Reply-To or References header, without angle brackets,
    in order, each once. A value without brackets is split on whitespace."""
    value = " ".join((value or "").split())
    found = _MSGID.findall(value)
    if not found:
        found = [v.strip("<>,;") for v in value.split() if "@" in v]
    out: list[str] = []
    seen: set[str] = set()
    for mid in found:
        mid = mid.strip()[:MAX_ID_CHARS]
        if mid and mid not in seen:
            seen.add(mid)
            out.append(mid)
    return out[-MAX_REFERENCES:]


def address_list(addresses: Iterable[Address]) -> list[str]:
    """Case-folded e-mail addresses, each once, in order (empty ones left out)."""
    out: list[str] = []
    for a in addresses:
        email = (a.email or "").strip().casefold()
        if email and "@" in email and email not in out:
            out.append(email)
    return out


@dataclass(slots=True)
class MailHeaders:
    """What filing reads before the whole message: sender, recipients, thread ids."""

    from_addr: str = ""
    from_name: str = ""
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    message_id: str = ""
    in_reply_to: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)

    @property
    def thread_ids(self) -> list[str]:
        """References then In-Reply-To: every earlier message this one names."""
        out = list(self.references)
        for mid in self.in_reply_to:
            if mid not in out:
                out.append(mid)
        return out


def _header(message: Message, name: str) -> str:
    try:
        values = message.get_all(name) or []
        return " ".join(str(v) for v in values)[:100_000]
    except Exception:
        return ""


def read_headers(raw: bytes) -> MailHeaders:
    """The headers filing needs, read without the body. Never raises."""
    head = raw.lstrip(b" \t\r\n")[: 256 * 1024]
    end = _HEADER_END.search(head)
    if end is not None:
        head = head[: end.start() + 1]  # the header block only: no body to scan
    try:
        message = BytesHeaderParser(policy=policy.compat32).parsebytes(head)
    except Exception:
        return MailHeaders()
    sender = parse_address_list(decode_rfc2047(_header(message, "from")))
    first = sender[0] if sender else None
    return MailHeaders(
        from_addr=(first.email or "").strip().casefold() if first else "",
        from_name=(first.name or "").strip() if first else "",
        to=address_list(parse_address_list(decode_rfc2047(_header(message, "to")))),
        cc=address_list(parse_address_list(decode_rfc2047(_header(message, "cc")))),
        message_id=(message_ids(_header(message, "message-id")) or [""])[0],
        in_reply_to=message_ids(_header(message, "in-reply-to")),
        references=message_ids(_header(message, "references")),
    )


def _is_attachment(part: Message) -> bool:
    try:
        disposition = (part.get_content_disposition() or "").lower()
        return disposition == "attachment" or (
            disposition != "inline" and bool(part.get_filename())
        )
    except Exception:
        return False


def _parts(message: Message, depth: int = 0) -> Iterator[Message]:
    if depth > 20:
        return
    if message.is_multipart():
        payload = message.get_payload()
        if isinstance(payload, list):
            for sub in payload[:500]:
                if isinstance(sub, Message):
                    yield from _parts(sub, depth + 1)
    else:
        yield message


def _decoded(part: Message) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        return b""
    return payload if isinstance(payload, bytes) else b""


def _text_of(part: Message, data: bytes) -> str:
    charset = None
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    for encoding in (charset, "utf-8", "cp1252"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", "replace")


_quiet_lock = threading.Lock()
_quiet_depth = 0
_quiet_saved = logging.NOTSET


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf's log (``pypdf`` and its ``pypdf._reader`` … children) silenced while a
    PDF attachment is read: a broken PDF is repaired or skipped, and its warnings
    ("Ignoring wrong pointing object …") would otherwise reach stderr through
    logging's last-resort handler. Safe across threads: the first reader in sets
    the level, the last one out restores it."""
    global _quiet_depth, _quiet_saved
    log = logging.getLogger("pypdf")
    with _quiet_lock:
        if _quiet_depth == 0:
            _quiet_saved = log.level
            log.setLevel(logging.CRITICAL + 1)
        _quiet_depth += 1
    try:
        yield
    finally:
        with _quiet_lock:
            _quiet_depth -= 1
            if _quiet_depth == 0:
                log.setLevel(_quiet_saved)


def pdf_text(data: bytes, limit: int = MAX_ATTACHMENT_TEXT) -> str:
    """The text of a PDF (first pages, bounded); "" when it cannot be read."""
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf comes with factur-x
        return ""
    chunks: list[str] = []
    size = 0
    with _quiet_pypdf():
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            for page in reader.pages[:MAX_PDF_PAGES]:
                text = page.extract_text() or ""
                chunks.append(text)
                size += len(text)
                if size >= limit:
                    break
        except Exception:  # a broken or hostile PDF gives what was read so far
            pass
        except RecursionError:  # pragma: no cover
            pass
    return "\n".join(chunks)[:limit]


def attachment_text(raw: bytes, limit: int = MAX_ATTACHMENT_TEXT) -> str:
    """The text of the message's text/* and PDF attachments, each under its file name,
    at most ``limit`` characters in all. Never raises."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(raw.lstrip(b" \t\r\n"))
    except (Exception, RecursionError):
        return ""
    out: list[str] = []
    size = 0
    try:
        for part in _parts(message):
            if size >= limit:
                break
            if not _is_attachment(part):
                continue
            ctype = (part.get_content_type() or "").lower()
            name = ""
            try:
                name = str(part.get_filename() or "")
            except Exception:
                name = ""
            is_pdf = ctype == "application/pdf" or (
                ctype == "application/octet-stream" and name.lower().endswith(".pdf")
            )
            if ctype not in _TEXT_TYPES and not is_pdf:
                continue
            data = _decoded(part)
            if not data or len(data) > MAX_ATTACHMENT_BYTES:
                continue
            if is_pdf:
                text = pdf_text(data, limit - size)
            else:
                text = _text_of(part, data)
                if ctype == "text/html":
                    text = html_to_text(text)
            text = text.replace("\x00", "").strip()
            if not text:
                continue
            piece = f"{name or 'attachment'}:\n{text}" if name else text
            out.append(piece[: limit - size])
            size += len(out[-1]) + 2
    except (Exception, RecursionError):
        pass
    return "\n\n".join(out)[:limit]
