"""Model output → safe HTML for the conversation view and the clipboard.

Markdown is rendered by ``core.markdown_html`` (Python-Markdown with raw HTML
*disabled*: a ``<script>`` written by a model shows as text; then nh3 with an
allow-list: no scripts, styles, images or event handlers; links keep only http,
https and mailto targets), the same renderer e-mail drafts use. Links are never
followed here: the view opens a clicked link through :func:`is_openable_link` and
``QDesktopServices`` only.

Python-Markdown and its extensions (~0.1 s) load on the first conversion or on
:func:`warm_up`, not at import: the window is painted and the data shown first.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from urllib.parse import urlsplit

from consultant.core import markdown_html
from consultant.core.markdown_html import ALLOWED_SCHEMES, inline_email_styles
from consultant.core.plaintext import html_to_text

__all__ = [
    "ALLOWED_SCHEMES",
    "email_html",
    "is_openable_link",
    "markdown_to_text",
    "plain_to_html",
    "render_markdown",
    "stream_blocks",
    "warm_up",
]

#: QTextDocument draws table borders only from the attribute.
_QT_TABLE = 'border="1" cellspacing="0" cellpadding="4"'


@lru_cache(maxsize=2048)
def render_markdown(text: str) -> str:
    """Sanitized HTML for a Markdown text (cached: streaming re-renders often);
    the renderer and allow-list are ``core.markdown_html``'s."""
    return markdown_html.sanitized_markdown(text, table_attributes=_QT_TABLE)


def markdown_to_text(text: str) -> str:
    """Plain text of a Markdown reply that keeps its shape: list numbers and
    bullets, tables as aligned columns, code verbatim (``core.plaintext``)."""
    return html_to_text(render_markdown(text))


#: A fence as Python-Markdown's fenced_code reads it: at the start of the line,
#: closed by the very same fence.
_FENCE_RE = re.compile(r"^(`{3,}|~{3,})")
#: After a blank line these continue the block above: indented text, a list item
#: (a list split in two would restart its numbering) or a quote (quotes separated
#: by a blank line are one quote).
_CONTINUES_RE = re.compile(r"^(\s|[-*+]\s|\d{1,9}[.)]\s|>)")


def stream_blocks(text: str) -> list[str]:
    """Split Markdown where a new top-level block starts after a blank line,
    never inside a fenced code block, a list or a quote.

    A reply being written is shown block by block (``conversation_view``):
    rendering and laying it out whole 20 times a second costs ~25 ms per 10 KB,
    while finished blocks do not change. Joined with newlines the blocks are the
    text again; rendered one by one they give the same HTML as the whole text,
    except for what spans blocks (reference-style links), which resolves once the
    reply is complete and rendered whole.
    """
    blocks: list[str] = []
    current: list[str] = []
    fence: str | None = None
    after_blank = False
    for line in text.split("\n"):
        opening = _FENCE_RE.match(line)
        if fence is not None:
            if line.rstrip(" ") == fence:
                fence = None
        elif line.strip():
            if after_blank and current and not _CONTINUES_RE.match(line):
                blocks.append("\n".join(current))
                current = []
            if opening:
                fence = opening.group(1)
        current.append(line)
        after_blank = fence is None and not line.strip()
    if current:
        blocks.append("\n".join(current))
    return blocks


def plain_to_html(text: str) -> str:
    """The user's own text (a pasted e-mail): escaped, line breaks kept."""
    escaped = html.escape(text)
    return "<p>" + escaped.replace("\n", "<br>") + "</p>"


def is_openable_link(url: str) -> bool:
    """Only http(s) links with a host and mailto links are ever opened."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme in {"http", "https"}:
        return bool(parts.netloc)
    return scheme == "mailto" and bool(parts.path)


def email_html(text: str) -> str:
    """HTML for the clipboard: inline styles, since mail clients ignore <style>."""
    body = inline_email_styles(render_markdown(text))
    return f'<div style="font-family:sans-serif;font-size:14px;">{body}</div>'


def warm_up() -> None:
    """Load Markdown and its extensions on this thread now.

    Called on the GUI thread before litellm starts importing on another thread
    (``stream_worker``): loading them on the GUI thread while a reply streams
    and the other thread imports would stall the window.
    """
    markdown_html.warm_up()
