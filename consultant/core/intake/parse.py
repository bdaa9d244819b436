"""Read pasted text, ``.eml``, Outlook ``.msg`` and HTML into a :class:`ParsedEmail`."""

from __future__ import annotations

import codecs
import contextlib
import re
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from typing import Any

from .addresses import decode_rfc2047, parse_address_list
from .html import html_to_text, looks_like_html
from .model import (
    MAX_ATTACHMENTS,
    MAX_BODY_CHARS,
    MAX_HEADER_CHARS,
    MAX_HEADERS,
    MAX_INPUT_BYTES,
    Address,
    Attachment,
    IntakeError,
    ParsedEmail,
    SourceKind,
)
from .quotes import split_reply

__all__ = ["parse_bytes", "parse_eml", "parse_html", "parse_msg", "parse_text"]

MAX_MIME_DEPTH = 12
MAX_MIME_PARTS = 500
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADER_LINE_RE = re.compile(rb"^[!-9;-~]{1,76}:")
_KNOWN_MIME_HEADERS = (
    b"from:", b"to:", b"subject:", b"date:", b"message-id:", b"mime-version:",
    b"content-type:", b"received:", b"return-path:", b"delivered-to:", b"reply-to:",
    b"cc:", b"x-", b"dkim-signature:", b"content-transfer-encoding:", b"in-reply-to:",
    b"references:", b"sender:", b"thread-",
)
_PASTED_LABELS: dict[str, str] = {
    **{k: "from" for k in ("from", "von", "de", "da", "van", "fra", "från", "od", "от")},
    **{k: "to" for k in ("to", "an", "à", "a", "aan", "para", "til", "till", "do", "кому")},
    **{k: "cc" for k in ("cc", "kopie", "copie à", "copie", "kopia")},
    **{
        k: "subject"
        for k in ("subject", "betreff", "objet", "oggetto", "asunto", "onderwerp", "emne",
                  "ämne", "temat", "тема", "assunto", "sujet")
    },
    **{
        k: "date"
        for k in ("date", "sent", "datum", "gesendet", "envoyé", "envoyé le", "inviato",
                  "enviado", "fecha", "verzonden", "sendt", "skickat", "wysłano", "дата",
                  "отправлено")
    },
    "reply-to": "reply-to",
    "message-id": "message-id",
    "in-reply-to": "in-reply-to",
}
_PASTED_LABEL_RE = re.compile(
    r"^\s{0,3}\*?("
    + "|".join(re.escape(k) for k in sorted(_PASTED_LABELS, key=len, reverse=True))
    + r")\*?\s?[:：]\s?(.*)$",
    re.IGNORECASE,
)
_LATIN_FAMILY = frozenset({"us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "cp1252",
                           "windows-1252", "iso-8859-15"})
_LOCALE_CODEPAGES: dict[int, str] = {
    1041: "cp932", 2052: "cp936", 4100: "cp936", 1028: "cp950", 3076: "cp950", 1042: "cp949",
    1049: "cp1251", 1058: "cp1251", 1059: "cp1251", 1026: "cp1251", 2074: "cp1251",
    1032: "cp1253", 1055: "cp1254", 1037: "cp1255", 1025: "cp1256", 1054: "cp874",
    1045: "cp1250", 1029: "cp1250", 1038: "cp1250", 1051: "cp1250", 1060: "cp1250",
    1048: "cp1250", 1050: "cp1250", 1066: "cp1258", 1061: "cp1257", 1062: "cp1257",
    1063: "cp1257",
}


# -- helpers -------------------------------------------------------------------------------


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _check_size(size: int) -> None:
    if size > MAX_INPUT_BYTES:
        raise IntakeError(
            f"The input is too large to read as an email ({_mb(size)}; "
            f"the limit is {MAX_INPUT_BYTES // (1024 * 1024)} MB)."
        )


def _decode_bytes(data: bytes, charset: str | None, warnings: list[str]) -> str:
    """Decode with the declared charset, repairing wrong or unknown declarations."""
    declared = (charset or "").strip().strip("\"'").lower()
    codec: str | None = None
    if declared:
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            warnings.append(f"The text declared an unknown character set ({declared[:40]}).")
    if codec and codec != "utf-8" and declared in _LATIN_FAMILY and not data.isascii():
        # Latin-1 or ASCII declared, but valid UTF-8 with non-ASCII bytes: it is UTF-8.
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            warnings.append("The text was declared as Latin-1 but is UTF-8; read as UTF-8.")
            return text
    if codec:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            if codec == "utf-8":
                return _decode_unknown(data, warnings, declared_utf8=True)
            warnings.append("Some characters could not be decoded and were replaced.")
            return data.decode(codec, errors="replace")
        except Exception:
            pass
    return _decode_unknown(data, warnings)


def _utf8_evidence(data: bytes) -> tuple[int, int]:
    """(valid non-ASCII UTF-8 characters, bytes that are not valid UTF-8)."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return good, bad


def _decode_unknown(
    data: bytes, warnings: list[str] | None = None, *, declared_utf8: bool = False
) -> str:
    """Bytes of unknown charset: BOMs, then UTF-8, then Windows-1252.

    Text that is UTF-8 apart from a few stray bytes (at most as many bad bytes as
    good non-ASCII characters) stays UTF-8 with the bad bytes replaced by U+FFFD and
    a warning; only text with no UTF-8 evidence is read as Windows-1252.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    good, bad = _utf8_evidence(data)
    if good and bad <= good:
        if warnings is not None:
            noun = "byte that is" if bad == 1 else "bytes that are"
            warnings.append(f"{bad} {noun} not valid UTF-8 replaced by “\ufffd”.")
        return data.decode("utf-8", errors="replace")
    if warnings is not None and declared_utf8:
        warnings.append(
            "The text was not valid in its declared character set; it was read as Windows-1252."
        )
    return data.decode("cp1252", errors="replace")


_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# Control characters other than tab, newlines, form feed and escape, or U+FFFD.
_BINARY_CHAR_RE = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\ufffd]")


def _has_surrogates(value: str) -> bool:
    return _SURROGATE_RE.search(value) is not None


def _header_text(value: str, fallback: str | None, warnings: list[str]) -> str:
    """A raw header value: 8-bit bytes without RFC 2047 (kept by the parser as
    surrogate escapes) are decoded as UTF-8, else the message's charset or cp1252."""
    if not _has_surrogates(value):
        return value
    raw = value.encode("utf-8", errors="surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = "cp1252"
    if fallback:
        with contextlib.suppress(LookupError):
            found = codecs.lookup(fallback.strip().strip("\"'")).name
            if found != "utf-8" and not found.startswith("utf"):
                codec = found
    note = f"A header was not encoded for mail (8-bit); it was read as {codec}."
    if note not in warnings:
        warnings.append(note)
    return raw.decode(codec, errors="replace")


def _scrub(value: str) -> str:
    """Never let a lone surrogate out of intake: it cannot be stored or printed."""
    if not _has_surrogates(value):
        return value
    return value.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="replace")


def _scrub_address(address: Address | None) -> Address | None:
    if address is None:
        return None
    return Address(_scrub(address.name), _scrub(address.email))


def _scrub_email(email: ParsedEmail) -> None:
    email.subject = _scrub(email.subject)
    email.message_id = _scrub(email.message_id)
    email.in_reply_to = _scrub(email.in_reply_to)
    email.original_text = _scrub(email.original_text)
    email.headers = {_scrub(k): _scrub(v) for k, v in email.headers.items()}
    email.sender = _scrub_address(email.sender)
    email.to = [a for a in map(_scrub_address, email.to) if a is not None]
    email.cc = [a for a in map(_scrub_address, email.cc) if a is not None]
    email.attachments = [
        Attachment(_scrub(a.filename), _scrub(a.content_type), a.size) for a in email.attachments
    ]


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    # A regex scan: a per-character Python loop here dominated importing large mailboxes.
    controls = len(_BINARY_CHAR_RE.findall(sample))
    return controls / len(sample) > 0.10


def _looks_like_mime(data: bytes) -> bool:
    head = data.lstrip(b" \t\r\n")[:16384]
    lines = head.splitlines()[:60]
    if not lines or not _HEADER_LINE_RE.match(lines[0]):
        return False
    known = 0
    for line in lines:
        if not line.strip():
            break
        lowered = line.lower()
        if any(lowered.startswith(h) for h in _KNOWN_MIME_HEADERS):
            known += 1
        if known >= 2:
            return True
    return False


def _parse_date(value: str) -> datetime | None:
    value = value.strip()[:200]
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except Exception:
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _unfold(value: str) -> str:
    return re.sub(r"\r?\n[ \t]+", " ", value).replace("\r", " ").replace("\n", " ").strip()


def _bounded(value: str, limit: int = MAX_HEADER_CHARS) -> str:
    return value if len(value) <= limit else value[:limit]


def _finish(email: ParsedEmail, body: str) -> ParsedEmail:
    """Bound the body, then split it into new text, signature and history."""
    _scrub_email(email)
    body = _scrub(body).replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in body:
        body = body.replace("\x00", "")
        email.warnings.append("NUL characters were removed from the text.")
    if body.startswith("\ufeff"):
        body = body[1:]
    if len(body) > MAX_BODY_CHARS:
        body = body[:MAX_BODY_CHARS]
        email.warnings.append(
            f"The message was cut at {MAX_BODY_CHARS // (1024 * 1024)} MB of text."
        )
    email.body_text = body.strip("\n")
    if not email.original_text:
        email.original_text = email.body_text
    if _looks_binary(body):
        email.warnings.append("The text contains binary data and may not be readable.")
    parts = split_reply(
        email.body_text,
        subject=email.subject,
        sender_name=email.sender.name if email.sender else "",
    )
    email.new_text = parts.new_text
    email.signature = parts.signature
    email.quoted_text = parts.quoted_text
    email.forwarded = parts.forwarded
    return email


def _first(addresses: list[Address]) -> Address | None:
    return addresses[0] if addresses else None


# -- pasted text -----------------------------------------------------------------------------


def _split_pasted_headers(text: str) -> tuple[dict[str, str], str]:
    """Leading ``From: … / To: … / Subject: …`` lines of pasted text, and the rest."""
    lines = text.split("\n", 40)
    start = 0
    while start < len(lines) - 1 and not lines[start].strip():
        start += 1
    headers: dict[str, str] = {}
    current: str | None = None
    end = start
    for k in range(start, min(len(lines) - 1 if len(lines) > 40 else len(lines), start + 30)):
        line = lines[k][:MAX_HEADER_CHARS]
        match = _PASTED_LABEL_RE.match(line)
        if match:
            kind = _PASTED_LABELS[match.group(1).lower()]
            if kind in headers:
                break
            headers[kind] = match.group(2).strip()
            current = kind
            end = k + 1
        elif current is not None and line[:1] in (" ", "\t") and line.strip():
            headers[current] = f"{headers[current]} {line.strip()}"
            end = k + 1
        else:
            break
    if len(headers) >= 2 or (len(headers) == 1 and ("subject" in headers or "from" in headers)
                             and end < len(lines) and not lines[end].strip()):
        return headers, "\n".join(lines[end:])
    return {}, text


def parse_text(text: str) -> ParsedEmail:
    """Read pasted text: a bare body, a body under pasted headers, raw MIME or HTML."""
    if not isinstance(text, str):
        raise IntakeError("The pasted content is not text.")
    _check_size(len(text))
    if not text.strip():
        raise IntakeError("There is no text to read.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    head = text.lstrip()[:16384]
    if _looks_like_mime(head.encode("utf-8", errors="replace")) and re.search(
        r"^(?:mime-version|content-type|received|message-id)\s*:", head[:8192],
        re.IGNORECASE | re.MULTILINE,
    ):
        return parse_eml(text.encode("utf-8", errors="surrogateescape"), source_kind="pasted")
    if looks_like_html(head) and head.lstrip().startswith("<"):
        return parse_html(text)
    email = ParsedEmail(source_kind="pasted", original_text=text)
    headers, body = _split_pasted_headers(text)
    if headers:
        email.headers = {k: _bounded(v) for k, v in headers.items()}
        email.sender = _first(parse_address_list(headers.get("from", "")))
        email.to = parse_address_list(headers.get("to", ""))
        email.cc = parse_address_list(headers.get("cc", ""))
        email.subject = _bounded(headers.get("subject", ""))
        email.date = _parse_date(headers.get("date", ""))
        email.message_id = headers.get("message-id", "").strip()[:1000]
        email.in_reply_to = headers.get("in-reply-to", "").strip()[:1000]
    return _finish(email, body)


# -- HTML ------------------------------------------------------------------------------------


def parse_html(html: str) -> ParsedEmail:
    """Read an HTML mail body (no headers)."""
    _check_size(len(html))
    email = ParsedEmail(source_kind="html", original_text=html)
    return _finish(email, html_to_text(html))


# -- .eml ------------------------------------------------------------------------------------


class _Walker:
    def __init__(self, warnings: list[str]) -> None:
        self.warnings = warnings
        self.texts: list[str] = []
        self.attachments: list[Attachment] = []
        self.parts = 0
        self.text_chars = 0
        self._warned_depth = False
        self._warned_parts = False

    def _payload(self, part: Message) -> bytes:
        try:
            payload = part.get_payload(decode=True)
        except Exception:
            payload = None
        if isinstance(payload, bytes):
            return payload
        raw = part.get_payload()
        return raw.encode("utf-8", errors="replace") if isinstance(raw, str) else b""

    def _part_text(self, part: Message) -> str:
        payload = self._payload(part)
        try:
            charset = part.get_content_charset()
        except Exception:
            charset = None
        text = _decode_bytes(payload, charset, self.warnings)
        if part.get_content_type() == "text/html" or (
            looks_like_html(text[:4096]) and text.lstrip()[:1] == "<"
            and part.get_content_type() != "text/plain"
        ):
            return html_to_text(text)
        return text

    def _filename(self, part: Message) -> str:
        try:
            name = part.get_filename() or ""
        except Exception:
            name = ""
        return decode_rfc2047(str(name))[:255]

    def _is_attachment(self, part: Message) -> bool:
        try:
            disposition = (part.get_content_disposition() or "").lower()
        except Exception:
            disposition = ""
        return disposition == "attachment" or (disposition == "inline" and bool(
            self._filename(part)) and part.get_content_maintype() != "text")

    def _add_text(self, text: str) -> None:
        if self.text_chars > MAX_BODY_CHARS:
            return
        text = text.strip("\n")
        if text.strip():
            self.texts.append(text)
            self.text_chars += len(text)

    def _attach(self, part: Message, name: str = "") -> None:
        if len(self.attachments) >= MAX_ATTACHMENTS:
            return
        self.attachments.append(
            Attachment(
                filename=name or self._filename(part) or "(unnamed)",
                content_type=part.get_content_type(),
                size=len(self._payload(part)) if not part.is_multipart() else 0,
            )
        )

    def walk(self, part: Message, depth: int = 0) -> None:
        self.parts += 1
        if self.parts > MAX_MIME_PARTS:
            if not self._warned_parts:
                self._warned_parts = True
                self.warnings.append(
                    f"The message has more than {MAX_MIME_PARTS} parts; the rest was skipped."
                )
            return
        if depth > MAX_MIME_DEPTH:
            if not self._warned_depth:
                self._warned_depth = True
                self.warnings.append("The message is nested too deeply; inner parts were skipped.")
            return
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            self._enclosed(part, depth)
            return
        if part.is_multipart():
            children = part.get_payload()
            if not isinstance(children, list):
                return
            if ctype == "multipart/alternative":
                chosen = self._choose_alternative(children)
                for child in children:
                    if not isinstance(child, Message):
                        continue
                    if child is chosen:
                        self.walk(child, depth + 1)
                    elif child.get_content_maintype() != "text" and not child.is_multipart():
                        self._attach(child)
                return
            for child in children:
                if isinstance(child, Message):
                    self.walk(child, depth + 1)
            return
        if part.get_content_maintype() == "text" and not self._is_attachment(part):
            self._add_text(self._part_text(part))
        else:
            self._attach(part)

    def _choose_alternative(self, children: list[Any]) -> Message | None:
        parts = [c for c in children if isinstance(c, Message)]
        for wanted in ("text/plain", "text/html"):
            for child in parts:
                if child.get_content_type() == wanted and self._payload(child).strip():
                    return child
        for child in parts:
            if child.is_multipart():
                return child
        return parts[0] if parts else None

    def _enclosed(self, part: Message, depth: int) -> None:
        inner = part.get_payload()
        message = inner[0] if isinstance(inner, list) and inner else None
        if not isinstance(message, Message):
            self._attach(part)
            return
        subject = _unfold(decode_rfc2047(str(message.get("subject", "") or "")))
        self._attach(part, name=self._filename(part) or f"{subject or 'message'}.eml")
        header_lines = ["---------- Forwarded message ---------"]
        for label, key in (("From", "from"), ("Date", "date"), ("Subject", "subject"),
                           ("To", "to"), ("Cc", "cc")):
            raw = message.get(key)
            if raw:
                value = _unfold(decode_rfc2047(str(raw)))
                header_lines.append(f"{label}: {_bounded(value, 1000)}")
        inner_walker = _Walker(self.warnings)
        inner_walker.parts = self.parts
        inner_walker.walk(message, depth + 1)
        self.parts = inner_walker.parts
        self.attachments.extend(inner_walker.attachments[: MAX_ATTACHMENTS])
        body = "\n\n".join(inner_walker.texts)
        self._add_text("\n".join(header_lines) + "\n\n" + body)


def _raw_headers(message: Message) -> list[tuple[str, str]]:
    try:
        items = list(message.raw_items()) if isinstance(message, EmailMessage) else []
    except Exception:
        items = []
    result = []
    for name, value in items[: MAX_HEADERS * 5]:
        result.append((str(name), str(value)))
    return result


def parse_eml(data: bytes, *, source_kind: SourceKind = "eml") -> ParsedEmail:
    """Read an RFC 5322 message (``.eml``). Broken MIME is read best-effort."""
    _check_size(len(data))
    warnings: list[str] = []
    data = data.lstrip(b" \t\r\n")
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except (Exception, RecursionError):
        email = ParsedEmail(source_kind=source_kind)
        text = _decode_unknown(data, email.warnings)
        email.original_text = text
        email.warnings.append("The message structure is broken; it was read as plain text.")
        return _finish(email, text)
    email = ParsedEmail(source_kind=source_kind, warnings=warnings)
    raw = _raw_headers(message)
    try:
        body_charset = message.get_content_charset()
    except Exception:
        body_charset = None
    headers: dict[str, str] = {}
    for name, value in raw:
        key = _scrub(name.strip().lower()[:100])
        if key in headers or len(headers) >= MAX_HEADERS:
            continue
        headers[key] = _bounded(_unfold(_header_text(value, body_charset, warnings)))
    email.headers = {k: _bounded(decode_rfc2047(v)) for k, v in headers.items()}
    email.sender = _first(parse_address_list(headers.get("from", "")))
    email.to = parse_address_list(headers.get("to", ""))
    email.cc = parse_address_list(headers.get("cc", ""))
    email.subject = _bounded(decode_rfc2047(headers.get("subject", "")))
    email.date = _parse_date(headers.get("date", ""))
    email.message_id = headers.get("message-id", "").strip().strip("<>")[:1000]
    email.in_reply_to = headers.get("in-reply-to", "").strip()[:1000]
    walker = _Walker(warnings)
    try:
        walker.walk(message)
    except (Exception, RecursionError):
        warnings.append("Part of the message could not be read.")
    if getattr(message, "defects", None):
        warnings.append("The message is not well-formed MIME; it was read as far as possible.")
    email.attachments = walker.attachments
    body = "\n\n".join(walker.texts)
    if not body.strip() and not message.is_multipart() and not walker.texts:
        body = ""
    original = _decode_unknown(data[: MAX_BODY_CHARS])
    email.original_text = original
    return _finish(email, body)


# -- .msg ------------------------------------------------------------------------------------


def _msg_codepage(msg: Any) -> str | None:
    try:
        if msg.areStringsUnicode:
            return None
        for prop, resolver in (("3FFD0003", None), ("3FF10003", _LOCALE_CODEPAGES)):
            entry = msg.props.get(prop)
            if entry is None:
                continue
            value = int(entry.value)
            if resolver is None:
                name = f"cp{value}"
            else:
                mapped = resolver.get(value)
                if mapped is None:
                    continue
                name = mapped
            codecs.lookup(name)
            return name
    except Exception:
        return None
    return None


def _msg_address(value: Any) -> list[Address]:
    return parse_address_list(str(value)) if value else []


def parse_msg(data: bytes) -> ParsedEmail:
    """Read an Outlook ``.msg`` file (needs ``extract-msg``)."""
    _check_size(len(data))
    try:
        import extract_msg
    except ImportError as exc:  # pragma: no cover - dependency is declared
        raise IntakeError(
            "Outlook .msg files cannot be read: extract-msg is not installed."
        ) from exc
    try:
        msg = extract_msg.openMsg(data)
    except Exception as exc:
        raise IntakeError("The Outlook .msg file could not be read; it may be damaged.") from exc
    try:
        codepage = _msg_codepage(msg)
        if codepage:
            msg.close()
            msg = extract_msg.openMsg(data, overrideEncoding=codepage)
        return _read_msg(msg)
    except IntakeError:
        raise
    except Exception as exc:
        raise IntakeError("The Outlook .msg file could not be read; it may be damaged.") from exc
    finally:
        with contextlib.suppress(Exception):
            msg.close()


def _msg_attr(msg: Any, name: str) -> Any:
    try:
        return getattr(msg, name, None)
    except Exception:
        return None


def _msg_string(msg: Any, prop: str) -> str:
    try:
        value = msg.getStringStream(f"__substg1.0_{prop}")
    except Exception:
        return ""
    return str(value).strip() if value else ""


def _read_msg(msg: Any) -> ParsedEmail:
    email = ParsedEmail(source_kind="msg")
    sender = _msg_address(_msg_attr(msg, "sender"))
    if not sender or not sender[0].email:
        address = _msg_string(msg, "5D01") or _msg_string(msg, "0C1F") or _msg_string(msg, "0065")
        name = sender[0].name if sender else (_msg_string(msg, "0C1A") or "")
        if address and "@" in address:
            sender = [Address(name, address)]
    email.sender = _first(sender)
    email.to = _msg_address(_msg_attr(msg, "to"))
    email.cc = _msg_address(_msg_attr(msg, "cc"))
    email.subject = _bounded(str(_msg_attr(msg, "subject") or ""))
    date = _msg_attr(msg, "date")
    if isinstance(date, datetime):
        email.date = date if date.tzinfo else date.replace(tzinfo=UTC)
    email.message_id = str(_msg_attr(msg, "messageId") or "").strip().strip("<>")[:1000]
    email.in_reply_to = str(_msg_attr(msg, "inReplyTo") or "").strip()[:1000]
    header_dict = _msg_attr(msg, "headerDict")
    if isinstance(header_dict, dict):
        for key, value in list(header_dict.items())[:MAX_HEADERS]:
            email.headers[str(key).lower()[:100]] = _bounded(_unfold(str(value)))
    body = _msg_attr(msg, "body")
    text = str(body) if body else ""
    if not text.strip():
        html = _msg_attr(msg, "htmlBody")
        if isinstance(html, bytes):
            text = html_to_text(_decode_unknown(html))
    texts = [text]
    for att in (_msg_attr(msg, "attachments") or [])[:MAX_ATTACHMENTS]:
        inner = _msg_attr(att, "data")
        if inner is not None and not isinstance(inner, bytes | bytearray | str):
            sub = _read_msg(inner)
            name = f"{sub.subject or 'message'}.msg"
            email.attachments.append(Attachment(name, "application/vnd.ms-outlook", 0))
            lines = ["---------- Forwarded message ---------"]
            if sub.sender:
                lines.append(f"From: {sub.sender}")
            if sub.date:
                lines.append(f"Date: {sub.date.isoformat()}")
            lines.append(f"Subject: {sub.subject}")
            if sub.to:
                lines.append("To: " + ", ".join(str(a) for a in sub.to))
            texts.append("\n".join(lines) + "\n\n" + sub.body_text)
            continue
        name = str(_msg_attr(att, "longFilename") or _msg_attr(att, "shortFilename") or "")
        mime = str(_msg_attr(att, "mimetype") or "application/octet-stream")
        size = len(inner) if isinstance(inner, bytes | bytearray) else 0
        email.attachments.append(Attachment(name or "(unnamed)", mime, size))
    email.original_text = text
    return _finish(email, "\n\n".join(t for t in texts if t.strip()))


# -- entry point -----------------------------------------------------------------------------


def parse_bytes(data: bytes, filename: str | None = None) -> ParsedEmail:
    """Read a dropped or opened file: sniff ``.msg``, MIME, HTML or plain text."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise IntakeError("The input is not a file's content.")
    data = bytes(data)
    _check_size(len(data))
    if not data.strip():
        raise IntakeError("The file is empty.")
    name = (filename or "").lower()
    if data.startswith(_OLE_MAGIC) or (name.endswith(".msg") and data[:4] == _OLE_MAGIC[:4]):
        return parse_msg(data)
    if name.endswith(".msg"):
        raise IntakeError("This .msg file is not an Outlook message (its format is not OLE2).")
    if _looks_like_mime(data) or (name.endswith(".eml") and _HEADER_LINE_RE.match(
            data.lstrip(b" \t\r\n")[:200])):
        return parse_eml(data)
    notes: list[str] = []
    text = _decode_unknown(data, notes)
    if _looks_binary(text):
        raise IntakeError("This file does not look like an email: it contains binary data.")
    if name.endswith((".htm", ".html")) or (looks_like_html(text) and text.lstrip()[:1] == "<"):
        email = parse_html(text)
    else:
        email = parse_text(text)
    email.warnings[:0] = notes
    return email
