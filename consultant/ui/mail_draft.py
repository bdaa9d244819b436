""" "Open in mail client" for a drafted reply.

- When the conversation answers an imported e-mail (a user message whose
  metadata holds ``"email"``, written by ``MainWindow`` from
  ``ParsedEmail.to_metadata()``), an ``.eml`` draft is written with ``To`` = the
  sender, ``Subject: Re: …``, ``In-Reply-To`` and ``References`` (the original's
  references plus its Message-ID), so the mail client threads it; ``X-Unsent: 1``
  makes Outlook and Thunderbird open it as a draft to edit and send. The app
  never sends anything itself.
- Otherwise a ``mailto:`` URL with subject and body (RFC 6068), or, if that URL
  would be too long for mail clients, an ``.eml`` draft as well.

The opener (``QDesktopServices.openUrl`` in the app) is a parameter: tests pass
a recorder and nothing is opened.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QUrl

from consultant.core.models import Message, Role
from consultant.ui.markdown_render import markdown_to_text

__all__ = [
    "MAX_MAILTO_CHARS",
    "MailResult",
    "UrlOpener",
    "answered_email",
    "eml_draft",
    "mailto_url",
    "open_in_mail_client",
    "reply_subject",
]

UrlOpener = Callable[[QUrl], bool]
#: Longer ``mailto:`` links are cut or refused by several mail clients.
MAX_MAILTO_CHARS = 8000
_RE_PREFIX = re.compile(r"^\s*(re|aw|sv|antw|vs|r)\s*:\s*", re.IGNORECASE)
_ID_RE = re.compile(r"<[^<>\s]+>|[^<>\s]+@[^<>\s]+")


@dataclass(slots=True, frozen=True)
class MailResult:
    opened: bool
    notice: str
    url: str
    path: Path | None = None


def reply_subject(subject: str) -> str:
    """``Re: <subject>`` once (an existing Re:/AW:/SV: prefix is not repeated)."""
    subject = " ".join(subject.split())
    if not subject:
        return ""
    return subject if _RE_PREFIX.match(subject) else f"Re: {subject}"


def answered_email(messages: Sequence[Message]) -> dict[str, Any] | None:
    """The imported e-mail the newest of ``messages`` that has one came from."""
    for message in reversed(messages):
        if message.role != Role.USER or not isinstance(message.metadata, dict):
            continue
        email = message.metadata.get("email")
        if isinstance(email, dict):
            return email
    return None


def _msg_ids(text: str) -> list[str]:
    """Message-IDs in a header value, each in angle brackets."""
    ids = []
    for token in _ID_RE.findall(text or ""):
        token = token.strip()
        ids.append(token if token.startswith("<") else f"<{token}>")
    return ids


def _header(headers: Any, name: str) -> str:
    if not isinstance(headers, dict):
        return ""
    for key, value in headers.items():
        if str(key).lower() == name:
            return str(value)
    return ""


def mailto_url(to: str, subject: str, body: str) -> str:
    """A ``mailto:`` URL (RFC 6068: CRLF line breaks, everything percent-encoded)."""
    params = []
    if subject:
        params.append("subject=" + quote(subject, safe=""))
    if body:
        params.append("body=" + quote(body.replace("\r\n", "\n").replace("\n", "\r\n"), safe=""))
    address = quote(to, safe="@")
    return f"mailto:{address}" + ("?" + "&".join(params) if params else "")


def eml_draft(
    body: str,
    *,
    subject: str,
    to: str = "",
    to_name: str = "",
    answering: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> bytes:
    """An unsent RFC 5322 message; threaded under ``answering`` when given."""
    msg = EmailMessage()
    if to:
        msg["To"] = formataddr((to_name, to)) if to_name else to
    if subject:
        msg["Subject"] = subject
    msg["Date"] = format_datetime((now or datetime.now()).astimezone())
    msg["X-Unsent"] = "1"
    if answering is not None:
        parent = _msg_ids(str(answering.get("message_id") or ""))
        if parent:
            references = _msg_ids(_header(answering.get("headers"), "references"))
            if not references:
                references = _msg_ids(str(answering.get("in_reply_to") or ""))
            chain = [r for r in references if r != parent[0]] + [parent[0]]
            msg["In-Reply-To"] = parent[0]
            msg["References"] = " ".join(chain[-20:])
    msg.set_content(body)
    return msg.as_bytes(policy=SMTP)


def _safe_name(text: str) -> str:
    name = re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-.")
    return (name or "reply")[:60]


def open_in_mail_client(
    reply: Message,
    earlier: Sequence[Message],
    *,
    title: str,
    drafts_dir: Path,
    opener: UrlOpener,
    now: datetime | None = None,
) -> MailResult:
    """Open ``reply`` as a new e-mail in the user's mail client (see module doc)."""
    body = markdown_to_text(reply.content) if reply.role == Role.ASSISTANT else reply.content
    if not body.strip():
        return MailResult(False, "This message has no text to put in an e-mail.", "")
    email = answered_email(earlier)
    sender = email.get("sender") if email else None
    to = str(sender.get("email") or "") if isinstance(sender, dict) else ""
    to_name = str(sender.get("name") or "") if isinstance(sender, dict) else ""
    subject = reply_subject(str(email.get("subject") or "")) if email else ""
    if not subject:
        subject = " ".join((title or "").split())
    url = mailto_url(to, subject, body)
    threaded = bool(email and _msg_ids(str(email.get("message_id") or "")))
    if not threaded and len(url) <= MAX_MAILTO_CHARS:
        opened = bool(opener(QUrl(url)))
        notice = (
            "Opened a new e-mail in your mail client."
            if opened
            else "No mail client opened the e-mail; use Copy as plain text instead."
        )
        return MailResult(opened, notice, url)
    data = eml_draft(body, subject=subject, to=to, to_name=to_name,
                     answering=email if threaded else None, now=now)  # fmt: skip
    try:
        drafts_dir.mkdir(parents=True, exist_ok=True)
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        path = drafts_dir / f"{stamp}-{_safe_name(subject)}.eml"
        path.write_bytes(data)
    except OSError as exc:
        return MailResult(
            False, f"The draft could not be written to {drafts_dir}: {exc.strerror or exc}.", ""
        )
    file_url = QUrl.fromLocalFile(str(path))
    opened = bool(opener(file_url))
    what = "a reply draft to " + (to or "the sender") if threaded else "a draft"
    notice = (
        f"Opened {what} in your mail client ({path.name})."
        if opened
        else f"Saved {what} as {path}; open it with your mail client."
    )
    return MailResult(opened, notice, file_url.toString(), path)
