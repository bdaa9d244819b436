"""Search use cases shared by the CLI and the desktop app."""

from __future__ import annotations

import html

from consultant.store.search import HIT_END, HIT_START, highlight


def plain_snippet(snippet: str) -> str:
    """A snippet for a terminal: matched terms in ``[brackets]``, one line."""
    return " ".join(highlight(snippet, "[", "]").split())


def html_snippet(snippet: str) -> str:
    """A snippet for rich text: escaped, matched terms in ``<b>``."""
    escaped = html.escape(" ".join(snippet.split()))
    return escaped.replace(HIT_START, "<b>").replace(HIT_END, "</b>")
