"""One conversation as a document: Markdown or HTML (and PDF, rendered from the HTML
by ``ui.invoice_pdf.write_pdf`` — the Qt part stays out of this layer).

What is exported is the conversation as the user sees it: the chosen version of
each turn (``ConversationRepo.messages``). The user's own text is escaped in both
formats (it is shown as typed, never interpreted as Markdown or HTML); the
assistant's Markdown is rendered, with raw HTML refused and the result sanitized.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

import nh3

from consultant.core import paths
from consultant.core.errors import ServiceError
from consultant.core.models import Conversation, Message, MessageStatus, Role
from consultant.services.workspace import Workspace

__all__ = [
    "ExportFormat",
    "ExportedConversation",
    "conversation_document",
    "export_conversation",
    "parse_format",
    "to_html",
    "to_markdown",
]


class ExportFormat(Enum):
    MARKDOWN = "md"
    HTML = "html"
    PDF = "pdf"

    @property
    def suffix(self) -> str:
        return "." + self.value

    @property
    def label(self) -> str:
        return {"md": "Markdown", "html": "HTML", "pdf": "PDF"}[self.value]


def parse_format(value: str) -> ExportFormat:
    key = (value or "").strip().lower().lstrip(".")
    key = {"markdown": "md", "htm": "html"}.get(key, key)
    try:
        return ExportFormat(key)
    except ValueError:
        raise ServiceError(f"Unknown export format {value!r}: use md, html or pdf.") from None


@dataclass(frozen=True, slots=True)
class ExportedConversation:
    conversation: Conversation
    client_name: str
    messages: list[Message]

    @property
    def title(self) -> str:
        return self.conversation.title or "Untitled conversation"


def conversation_document(ws: Workspace, conversation_id: int) -> ExportedConversation:
    """The conversation, its client's name and its shown messages (a ``NotFound``
    sentence when there is no such conversation)."""
    conversation = ws.conversation(conversation_id)
    client = ws.store.clients.get(conversation.client_id)
    return ExportedConversation(conversation, client.name, ws.messages(conversation_id))


_STATUS_NOTE = {
    MessageStatus.INTERRUPTED: "interrupted — the reply did not finish",
    MessageStatus.CANCELLED: "stopped before the reply finished",
    MessageStatus.ERROR: "the reply failed",
    MessageStatus.STREAMING: "still being written",
}


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%d %b %Y %H:%M") if value is not None else ""


def _who(message: Message) -> str:
    who = "You" if message.role == Role.USER else "Assistant"
    if message.task is not None:
        who += f" · {message.task.label}"
    return who


# -- Markdown ----------------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~!])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])(\s)", re.MULTILINE)


def escape_markdown(text: str) -> str:
    """``text`` shown literally by a Markdown renderer (no emphasis, links, HTML,
    headings or list items made of the user's own characters)."""
    escaped = _MD_SPECIAL.sub(r"\\\1", text)
    escaped = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2) + m.group(3), escaped)
    return _MD_ENTITY.sub("&amp;", escaped)  # "&lt;" typed stays "&lt;", a lone & stays


def to_markdown(doc: ExportedConversation) -> str:
    lines = [f"# {escape_markdown(doc.title)}", ""]
    meta = f"Client: {escape_markdown(doc.client_name)}"
    if doc.conversation.created_at is not None:
        meta += f" · started {_when(doc.conversation.created_at)}"
    lines += [meta, ""]
    for message in doc.messages:
        head = f"## {_who(message)}"
        when = _when(message.created_at)
        if when:
            head += f" — {when}"
        lines += [head, ""]
        note = _STATUS_NOTE.get(message.status)
        if note and message.role == Role.ASSISTANT:
            lines += [f"*({note})*", ""]
        if message.role == Role.USER:
            # hard line breaks: the user's lines stay lines
            body = "  \n".join(escape_markdown(line) for line in message.content.splitlines())
        else:
            body = message.content
        lines += [body.rstrip(), ""]
    return "\n".join(lines).rstrip() + "\n"


# -- HTML --------------------------------------------------------------------------
_TAGS = {
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "code",
    "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a",
    "del", "sup", "sub",
}  # fmt: skip
_ATTRIBUTES = {"a": {"href"}, "td": {"align"}, "th": {"align"}, "table": {"border"}}
_ALIGN_RE = re.compile(r'<(td|th) style="text-align: (left|right|center);">')


def _render_markdown(text: str) -> str:
    import markdown  # loaded on first export, not at start

    md = markdown.Markdown(extensions=["fenced_code", "tables", "sane_lists"])
    md.preprocessors.deregister("html_block")  # raw HTML from a model: text, not markup
    md.inlinePatterns.deregister("html")
    raw = md.convert(text)
    raw = raw.replace("<table>", '<table border="1">')
    raw = _ALIGN_RE.sub(r'<\1 align="\2">', raw)
    return nh3.clean(
        raw, tags=_TAGS, attributes=_ATTRIBUTES, url_schemes={"http", "https", "mailto"},
        link_rel=None, clean_content_tags={"script", "style"},
    )  # fmt: skip


_CSS = """
body { font-family: sans-serif; font-size: 10.5pt; color: #1d1d1f; max-width: 48em;
       margin: 2em auto; line-height: 1.45; }
h1 { font-size: 16pt; margin-bottom: 0.2em; }
.meta { color: #666; margin-top: 0; }
.msg { margin: 1.2em 0; padding: 0.6em 0.9em; border: 1px solid #d8d8dc; }
.user { background: #eef3ff; }
.assistant { background: #fafafa; }
.who { color: #555; font-size: 9pt; margin: 0 0 0.4em 0; }
.note { color: #a33; font-size: 9pt; }
.text { white-space: pre-wrap; margin: 0; }
pre { background: #f0f0f2; padding: 0.5em; white-space: pre-wrap; }
table { border-collapse: collapse; }
td, th { padding: 3px 6px; }
"""


def _user_html(text: str) -> str:
    return "<br>\n".join(html.escape(line) for line in text.splitlines()) or "&nbsp;"


def to_html(doc: ExportedConversation) -> str:
    esc = html.escape
    meta = f"Client: {esc(doc.client_name)}"
    if doc.conversation.created_at is not None:
        meta += f" · started {esc(_when(doc.conversation.created_at))}"
    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{esc(doc.title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{esc(doc.title)}</h1>",
        f'<p class="meta">{meta}</p>',
    ]
    for message in doc.messages:
        kind = "user" if message.role == Role.USER else "assistant"
        who = esc(_who(message))
        when = esc(_when(message.created_at))
        parts.append(f'<div class="msg {kind}">')
        parts.append(f'<p class="who"><b>{who}</b>{" · " + when if when else ""}</p>')
        note = _STATUS_NOTE.get(message.status)
        if note and message.role == Role.ASSISTANT:
            parts.append(f'<p class="note">({esc(note)})</p>')
        if message.role == Role.USER:
            parts.append(f'<p class="text">{_user_html(message.content)}</p>')
        else:
            parts.append(_render_markdown(message.content))
        parts.append("</div>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def suggested_name(doc: ExportedConversation, fmt: ExportFormat) -> str:
    """A file name from the title: letters, digits, dashes."""
    stem = re.sub(r"[^\w-]+", "-", doc.title, flags=re.UNICODE).strip("-_")[:60]
    return (stem or "conversation") + fmt.suffix


#: ``write_pdf(html, path, title=...)``: ``consultant.ui.invoice_pdf.write_pdf``.
PdfWriter = Callable[..., Path]


def export_conversation(
    ws: Workspace,
    conversation_id: int,
    fmt: ExportFormat,
    path: Path,
    *,
    pdf_writer: PdfWriter | None = None,
) -> Path:
    """Write the conversation to ``path`` (private file, atomically); a PDF needs
    ``pdf_writer`` (the Qt renderer lives in ``ui``)."""
    doc = conversation_document(ws, conversation_id)
    target = Path(path)
    try:
        if fmt is ExportFormat.PDF:
            if pdf_writer is None:
                raise ServiceError("PDF export needs the Qt renderer (consultant.ui.invoice_pdf).")
            return pdf_writer(
                to_html(doc), target, title=doc.title, document_uid=doc.conversation.uid
            )
        text = to_markdown(doc) if fmt is ExportFormat.MARKDOWN else to_html(doc)
        tmp = target.with_name(f".{target.name}.tmp")
        paths.write_private_file(tmp, text.encode("utf-8"))  # client data: 0600
        os.replace(tmp, target)
    except OSError as exc:
        raise ServiceError(f"Could not write {target}: {exc.strerror or exc}.") from None
    return target
