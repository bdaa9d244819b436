"""Markdown → sanitized HTML: the one renderer for model output (no Qt here).

Python-Markdown (fenced code, tables, sane lists) with raw HTML *disabled* — a
``<script>`` written by a model shows as text — then cleaned by nh3 with one
allow-list: no scripts, styles, images or event handlers; links keep only http,
https and mailto targets. Used by the desktop's reply view and clipboard
(``ui/markdown_render.py``) and by e-mail drafts (``core/mail_draft.py``).

Python-Markdown and its extensions (~0.1 s) load on the first conversion or on
:func:`warm_up`, not at import.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

import nh3

if TYPE_CHECKING:
    import markdown

__all__ = [
    "ALLOWED_SCHEMES",
    "EMAIL_CSS",
    "inline_email_styles",
    "sanitize_html",
    "sanitized_markdown",
    "warm_up",
]

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})

TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4",
    "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "s", "span", "strong", "sub", "sup",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "dl", "dt", "dd",
})  # fmt: skip
ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href", "title"}),
    "td": frozenset({"align"}),
    "th": frozenset({"align"}),
    "code": frozenset({"class"}),
    "table": frozenset({"border", "cellpadding", "cellspacing", "width"}),
}

#: Python-Markdown aligns table cells with a style, which the sanitizer drops.
_ALIGN_RE = re.compile(r'<(td|th) style="text-align: (left|right|center);">')

#: Inline styles for HTML that goes into mail (mail clients ignore ``<style>``).
EMAIL_CSS = {
    "pre": "background:#f4f4f4;padding:8px;border-radius:4px;font-family:monospace;"
    "white-space:pre-wrap;",
    "code": "font-family:monospace;",
    "table": "border-collapse:collapse;",
    "th": "border:1px solid #999;padding:4px 8px;background:#eee;text-align:left;",
    "td": "border:1px solid #999;padding:4px 8px;",
    "blockquote": "border-left:3px solid #ccc;margin-left:0;padding-left:8px;color:#555;",
}
_STYLED_RE = re.compile(r"<(pre|code|table|th|td|blockquote)(\s[^>]*)?>")

_local = threading.local()


def _md() -> markdown.Markdown:
    """One converter per thread, reset between texts (building one costs ~2 ms)."""
    md: markdown.Markdown | None = getattr(_local, "md", None)
    if md is None:
        import markdown

        md = markdown.Markdown(extensions=["fenced_code", "tables", "sane_lists"])
        # No raw HTML from model output: shown as text instead of interpreted.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        _local.md = md
    md.reset()
    return md


def sanitize_html(raw: str) -> str:
    """``raw`` HTML cleaned to the allow-list (script and style content dropped)."""
    return nh3.clean(
        raw,
        tags=set(TAGS),
        attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
        url_schemes=set(ALLOWED_SCHEMES),
        link_rel=None,
        clean_content_tags={"script", "style"},
    )


def sanitized_markdown(text: str, *, table_attributes: str = "") -> str:
    """Sanitized HTML for a Markdown text. ``table_attributes`` (allowed ones only,
    e.g. ``border="1"`` for Qt's rich text, which draws borders only from the
    attribute) are added to every ``<table>`` before cleaning."""
    raw = str(_md().convert(text))
    if table_attributes:
        raw = raw.replace("<table>", f"<table {table_attributes}>")
    raw = _ALIGN_RE.sub(r'<\1 align="\2">', raw)
    return sanitize_html(raw)


def inline_email_styles(body: str) -> str:
    """Sanitized HTML with :data:`EMAIL_CSS` set on its code, tables and quotes."""
    return _STYLED_RE.sub(
        lambda m: f'<{m.group(1)}{m.group(2) or ""} style="{EMAIL_CSS[m.group(1)]}">', body
    )


def warm_up() -> None:
    """Load Python-Markdown and its extensions on this thread now."""
    _md().convert("")
