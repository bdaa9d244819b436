"""A drafted reply as a MIME message for the account's Drafts folder.

:func:`build_draft` is pure (no network, no database, no Qt): given the reply's
Markdown and the headers of the e-mail it answers, it returns the RFC 5322 bytes of a
``multipart/alternative`` message — ``text/plain`` (the Markdown's plain text, shaped by
``core.plaintext``) and ``text/html`` (the Markdown rendered and sanitized with the same
rules as the desktop's reply view: no raw HTML, only http(s)/mailto links) — with
``Subject: Re: …`` (never ``Re: Re:``; ``AW:``, ``SV:``, ``Antw:``, ``VS:`` count as a
reply prefix too), ``In-Reply-To``, ``References`` (the parent's references plus its
Message-ID), ``Date`` and a fresh ``Message-ID``. Names and subjects outside ASCII are
encoded as RFC 2047 words by the stdlib's ``email`` package.

Message-IDs are written by this module, not by ``email``'s header folding: the stdlib
folds an over-long unstructured header into encoded words, which would turn a long
Message-ID into something no mail client threads by. Here ``References`` is folded at
the spaces between IDs (lines of at most 78 characters where an ID allows it), and an
ID that is not a plain ``<left@right>`` token is dropped.

The Markdown renderer is ``core.markdown_html``, the one the desktop's reply view
uses too (Python-Markdown without raw HTML, ``nh3`` with one allow-list).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, getaddresses, make_msgid

from consultant.core.mail_headers import thread_title
from consultant.core.markdown_html import inline_email_styles, sanitized_markdown
from consultant.core.plaintext import html_to_text

__all__ = [
    "MAX_REFERENCES",
    "build_draft",
    "clean_message_ids",
    "markdown_to_html",
    "markdown_to_plain",
    "reply_subject",
    "strip_reply_prefix",
]

#: At most this many IDs in ``References`` (the first one and the newest ones are
#: kept, as RFC 5322 §3.6.4 suggests for long threads).
MAX_REFERENCES = 40
_LINE = 78
_REPLY_RE = re.compile(r"^\s*(?:re|aw|sv|antw|vs)\s*(?:\[\d+\])?\s*:", re.I)
_MSGID_RE = re.compile(r"<[!-;=?-~]+@[!-;=?-~]+>")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DOMAIN_RE = re.compile(rf"{_LABEL}(?:\.{_LABEL})*")


def _sanitized(markdown_text: str) -> str:
    return sanitized_markdown(markdown_text)


def markdown_to_plain(markdown_text: str) -> str:
    """The plain text of a Markdown reply (lists, tables and code keep their shape)."""
    return html_to_text(_sanitized(markdown_text)).strip()


def markdown_to_html(markdown_text: str) -> str:
    """A small HTML document for mail clients: sanitized, with inline styles (mail
    clients ignore ``<style>``)."""
    body = inline_email_styles(_sanitized(markdown_text))
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>'
        f'<body><div style="font-family:sans-serif;font-size:14px;">{body}</div>'
        "</body></html>\n"
    )


def _one_line(text: str) -> str:
    """Whitespace collapsed, control and format characters dropped."""
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn"}
    )
    return " ".join(kept.split())


def strip_reply_prefix(subject: str) -> str:
    """``"Re: AW: Fwd: Offer"`` → ``"Offer"``: a thread's title, by the rule filing uses
    (``core.mail_headers.thread_title``)."""
    return thread_title(_one_line(subject))


def reply_subject(subject: str) -> str:
    """``Re: <subject>`` once: a subject that already starts with a reply prefix
    (``Re:``, ``AW:``, ``SV:``, ``Antw:``, ``VS:``, any case) is kept as it is."""
    subject = _one_line(subject)
    if not subject:
        return "Re:"
    return subject if _REPLY_RE.match(subject) else f"Re: {subject}"


def clean_message_ids(values: Sequence[str] | str) -> list[str]:
    """The well-formed ``<id@host>`` tokens in ``values``, in order, each once."""
    texts = [values] if isinstance(values, str) else list(values)
    seen: set[str] = set()
    found: list[str] = []
    for text in texts:
        for token in re.split(r"[\s,]+", str(text or "")):
            token = token.strip()
            if token and not token.startswith("<") and "@" in token:
                token = f"<{token}>"
            if _MSGID_RE.fullmatch(token) and len(token) <= 900 and token not in seen:
                seen.add(token)
                found.append(token)
    return found


def _fold(name: str, ids: Sequence[str]) -> str:
    """``Name: <a> <b>`` folded at the spaces between IDs, CRLF line ends."""
    lines: list[str] = []
    current = f"{name}:"
    for token in ids:
        if len(current) + 1 + len(token) > _LINE and current != f"{name}:":
            lines.append(current)
            current = " " + token
        else:
            current += " " + token
    lines.append(current)
    return "\r\n".join(lines) + "\r\n"


def _addresses(values: Sequence[str]) -> list[Address]:
    result: list[Address] = []
    for name, addr in getaddresses([_one_line(v) for v in values if v and v.strip()]):
        addr = addr.strip()
        if "@" not in addr:
            continue
        local, _, domain = addr.rpartition("@")
        try:
            result.append(Address(display_name=_one_line(name), username=local, domain=domain))
        except (ValueError, IndexError):
            continue
    return result


def build_draft(
    *,
    from_addr: str,
    to_addrs: Sequence[str],
    subject: str,
    markdown: str,
    in_reply_to: str | None,
    references: Sequence[str],
    date: datetime,
    message_id_domain: str,
) -> bytes:
    """The draft's RFC 5322 bytes (see the module notes).

    ``from_addr`` and each of ``to_addrs`` are ``addr`` or ``Name <addr>``; ``subject``
    is the answered e-mail's subject (``Re:`` is added once); ``in_reply_to`` is the
    answered e-mail's Message-ID and ``references`` its ``References`` (the answered
    ID is appended to them). ``date`` without a time zone is taken as UTC.
    """
    msg = EmailMessage(policy=SMTP)
    senders = _addresses([from_addr])
    if senders:
        msg["From"] = senders[0]
    recipients = _addresses(list(to_addrs))
    if recipients:
        msg["To"] = recipients
    parent = clean_message_ids(in_reply_to or "")
    msg["Subject"] = reply_subject(subject) if parent else _one_line(subject)
    when = date if date.tzinfo is not None else date.replace(tzinfo=UTC)
    msg["Date"] = format_datetime(when)
    text = markdown_to_plain(markdown)
    msg.set_content(text + "\n", subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(markdown_to_html(markdown), subtype="html", charset="utf-8",
                        cte="quoted-printable")  # fmt: skip
    for part in msg.iter_parts():
        del part["MIME-Version"]

    domain = message_id_domain.strip().strip(".").lower()
    if not _DOMAIN_RE.fullmatch(domain or "-") or len(domain) > 200:
        domain = "consultant.invalid"
    own_id = make_msgid(idstring="consultant", domain=domain)
    extra = f"Message-ID: {own_id}\r\n"
    if parent:
        chain = [r for r in clean_message_ids(list(references)) if r != parent[0]] + [parent[0]]
        if len(chain) > MAX_REFERENCES:
            chain = [chain[0], *chain[-(MAX_REFERENCES - 1):]]
        extra += _fold("In-Reply-To", parent[:1]) + _fold("References", chain)
    return extra.encode("ascii") + msg.as_bytes(policy=SMTP)
