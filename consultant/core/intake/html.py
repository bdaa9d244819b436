"""HTML mail to readable plain text, parsed by lxml (libxml2's HTML parser).

Nothing is ever fetched: images become their alt text, links become ``text (url)``.
Quoted blocks (``<blockquote>``) become ``> `` prefixed lines so that the plain-text quote
detection sees them. Scripts, styles, the head and hidden elements are dropped.

lxml is imported lazily. The parser streams start/end/data events into ``_Converter``
(lxml's parser-target interface), so no tree is built, nothing recurses in Python and the
tree-depth limit of libxml2 does not apply. Conversion stops once the output bound is
reached. Should lxml be missing, the standard library's ``html.parser`` drives the same
converter (slower, same output conventions).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from html.parser import HTMLParser

__all__ = ["html_to_text", "looks_like_html"]

_SKIP_TAGS = frozenset(
    {"script", "style", "head", "title", "noscript", "template", "svg", "object", "iframe"}
)
_VOID_TAGS = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd", "table",
        "thead", "tbody", "tfoot", "form", "fieldset", "address", "figure", "center",
        "caption", "body", "html",
    }
)
_PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"})

# What a start / end tag does; tags not listed have no effect on layout.
_OPEN_BLOCKQUOTE, _OPEN_PRE, _OPEN_LIST, _OPEN_LI, _OPEN_TR, _OPEN_CELL, _OPEN_A = range(7)
_OPEN_PARAGRAPH, _OPEN_BLOCK, _SKIP, _VOID = 7, 8, 9, 10
_START_ACTION: dict[str, int] = {
    **dict.fromkeys(_VOID_TAGS, _VOID),
    **dict.fromkeys(_BLOCK_TAGS, _OPEN_BLOCK),
    **dict.fromkeys(_PARAGRAPH_TAGS, _OPEN_PARAGRAPH),
    "blockquote": _OPEN_BLOCKQUOTE,
    "pre": _OPEN_PRE,
    "ul": _OPEN_LIST,
    "ol": _OPEN_LIST,
    "li": _OPEN_LI,
    "tr": _OPEN_TR,
    "td": _OPEN_CELL,
    "th": _OPEN_CELL,
    "a": _OPEN_A,
    **dict.fromkeys(_SKIP_TAGS, _SKIP),
}
_END_ACTION: dict[str, int] = {
    **dict.fromkeys(_VOID_TAGS, _VOID),
    **dict.fromkeys(_BLOCK_TAGS, _OPEN_BLOCK),
    **dict.fromkeys(_PARAGRAPH_TAGS, _OPEN_PARAGRAPH),
    "li": _OPEN_BLOCK,
    "blockquote": _OPEN_BLOCKQUOTE,
    "pre": _OPEN_PRE,
    "ul": _OPEN_LIST,
    "ol": _OPEN_LIST,
    "tr": _OPEN_BLOCK,
    "td": _OPEN_CELL,
    "th": _OPEN_CELL,
    "a": _OPEN_A,
}

_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_MAX_DEPTH = 256
_MAX_ELEMENTS = 2_000_000
_MAX_LINK_PARTS = 1000  # longer link texts are not compared with their URL
_HTML_SNIFF_RE = re.compile(
    r"<\s*(?:!doctype\s+html|html|head|body|div|p|br|table|span|meta|blockquote|a\s)[\s>/]",
    re.IGNORECASE,
)
_SAFE_URL_RE = re.compile(r"^(?:https?://|mailto:)", re.IGNORECASE)


def _collapse(text: str) -> str:
    """Runs of whitespace (incl. no-break and zero-width spaces) to one space; stripped."""
    if "\u200b" in text:
        text = text.replace("\u200b", " ")
    return " ".join(text.split())


def looks_like_html(text: str) -> bool:
    """Whether ``text`` (its first few KB) looks like an HTML document or fragment."""
    head = text[:4096]
    return bool(_HTML_SNIFF_RE.search(head))


class _Enough(Exception):
    """Raised inside the converter once the output bound is reached; stops the parser."""


class _Converter:
    """Turns start/end/data events into lines (lxml parser target; no tree is built).

    Text is collected raw per output line; whitespace is collapsed once per line.
    """

    def __init__(self, max_chars: int, max_lines: int) -> None:
        self.lines: list[str] = []
        self.chars = 0
        self._max_chars = max_chars
        self._max_lines = max_lines
        self._line: list[str] = []
        self._quote_depth = 0
        self._line_depth = 0
        self._pre = 0
        self._skip_tag: str | None = None
        self._skip_nesting = 0
        self._links: list[tuple[str, int]] = []  # safe target ("" if none), part index
        self._lists: list[list[int]] = []  # [ordered flag, counter]
        self._cells_in_row = 0
        self._stack_depth = 0
        self._pending_blank = False
        self._elements = 0

    # -- line handling -------------------------------------------------------------
    def _take_line(self) -> str:
        """Empty the current line and return its text ("" if nothing visible is in it)."""
        text = "".join(self._line)
        self._line = []
        if self._pre:
            return text if text.strip() else ""
        return _collapse(text)

    def _emit(self, text: str, depth: int) -> None:
        if len(text) > self._max_chars:
            text = text[: self._max_chars]
        if depth:
            prefix = "> " * depth
            self.chars += len(text) + len(prefix) + 1
            self.lines.append(prefix + text if text else prefix.rstrip())
        else:
            self.chars += len(text) + 1
            self.lines.append(text)
        if self.chars > self._max_chars or len(self.lines) > self._max_lines:
            raise _Enough

    def _newline(self) -> None:
        """End the current line if it holds visible text."""
        if self._line:
            text = self._take_line()
            if text:
                if self._pending_blank:
                    self._pending_blank = False
                    if self.lines and self.lines[-1] != "":
                        self._emit("", self._line_depth)
                self._emit(text, self._line_depth)
        # ``_line_depth`` is reset to ``_quote_depth`` whenever ``_line`` is emptied.
        self._line_depth = self._quote_depth

    def _break(self) -> None:
        """A ``<br>``: always ends the line, even an empty one."""
        text = self._take_line() if self._line else ""
        depth = self._line_depth
        self._line_depth = self._quote_depth
        if self._pending_blank:
            self._pending_blank = False
            if self.lines and self.lines[-1] != "":
                self._emit("", depth)
        self._emit(text, depth)

    def _paragraph(self) -> None:
        self._newline()
        self._pending_blank = True

    def _write(self, text: str) -> None:
        self._line.append(text)

    # -- parser events ---------------------------------------------------------------
    def start(self, tag: str, attrib: Mapping[str, str | None]) -> None:
        self._elements += 1
        if self._elements > _MAX_ELEMENTS:
            raise _Enough  # only machine-made junk has this many; bounds the time spent
        if self._skip_tag is not None:
            if tag == self._skip_tag:
                self._skip_nesting += 1
            return
        action = _START_ACTION.get(tag)
        if action == _SKIP:
            self._skip_tag = tag
            self._skip_nesting = 1
            return
        if attrib and action != _VOID:
            style = attrib.get("style")
            if style and _HIDDEN_STYLE_RE.search(style) is not None:
                self._skip_tag = tag
                self._skip_nesting = 1
                return
        if action is None:
            return
        if action == _VOID:
            self._void(tag, attrib)
            return
        # Only layout elements count towards the depth limit; deeper ones lose their layout.
        self._stack_depth += 1
        if self._stack_depth > _MAX_DEPTH:
            return
        if action == _OPEN_CELL:
            if self._cells_in_row:
                self._write(" | ")
            self._cells_in_row += 1
        elif action == _OPEN_A:
            href = (attrib.get("href") or "").strip()
            if href and _SAFE_URL_RE.match(href):
                target = href[7:] if href[:7].lower() == "mailto:" else href
            else:
                target = ""
            self._links.append((target, len(self._line)))
        elif action == _OPEN_TR:
            self._newline()
            self._cells_in_row = 0
        elif action == _OPEN_LI:
            self._newline()
            indent = "  " * max(0, len(self._lists) - 1)
            if self._lists and self._lists[-1][0]:
                self._lists[-1][1] += 1
                self._write(f"{indent}{self._lists[-1][1]}. ")
            else:
                self._write(f"{indent}- ")
        elif action == _OPEN_PARAGRAPH:
            self._paragraph()
        elif action == _OPEN_BLOCK:
            self._newline()
        elif action == _OPEN_BLOCKQUOTE:
            self._paragraph()
            self._quote_depth += 1
            self._line_depth = self._quote_depth
        elif action == _OPEN_PRE:
            self._paragraph()
            self._pre += 1
        elif action == _OPEN_LIST:
            self._paragraph()
            self._lists.append([1 if tag == "ol" else 0, 0])

    def _void(self, tag: str, attrib: Mapping[str, str | None]) -> None:
        if tag == "br":
            self._break()
        elif tag == "hr":
            self._newline()
            self._emit("---", self._quote_depth)
        elif tag == "img":
            alt = _collapse(attrib.get("alt") or "")
            if alt:
                self._write(f"[{alt[:200]}]")

    def end(self, tag: str) -> None:
        if self._skip_tag is not None:
            if tag == self._skip_tag:
                self._skip_nesting -= 1
                if self._skip_nesting <= 0:
                    self._skip_tag = None
            return
        action = _END_ACTION.get(tag)
        if action is None or action == _VOID:
            return
        depth = self._stack_depth
        if depth:
            self._stack_depth = depth - 1
        if depth > _MAX_DEPTH:
            return
        if action == _OPEN_A:
            self._end_link()
        elif action == _OPEN_BLOCK:
            self._newline()
        elif action == _OPEN_PARAGRAPH:
            self._newline()
            self._pending_blank = True
        elif action == _OPEN_BLOCKQUOTE:
            self._newline()
            if self._quote_depth:
                self._quote_depth -= 1
            self._line_depth = self._quote_depth
            self._pending_blank = True
        elif action == _OPEN_PRE:
            self._newline()
            if self._pre:
                self._pre -= 1
            self._pending_blank = True
        elif action == _OPEN_LIST:
            self._newline()
            if self._lists:
                self._lists.pop()
            self._pending_blank = True

    def _end_link(self) -> None:
        if not self._links:
            return
        target, start = self._links.pop()
        if not target:
            return
        line = self._line
        count = len(line) - start  # <= 0 if the line was flushed inside the link
        if count > _MAX_LINK_PARTS:
            line.append(f" ({target[:2000]})")
            return
        text = "" if count <= 0 else _collapse(line[start] if count == 1 else "".join(line[start:]))
        if not text:
            line.append(f" {target[:2000]}")
        elif target.rstrip("/") not in text and text not in target:
            line.append(f" ({target[:2000]})")

    def data(self, data: str) -> None:
        if self._skip_tag is not None:
            return
        if not self._pre:
            self._line.append(data)
            return
        parts = data.replace("\r\n", "\n").split("\n")
        for i, part in enumerate(parts):
            if i:
                self._break()
            if part:
                self._line.append(part)

    def close(self) -> None:
        """End of the document (called by lxml)."""

    def finish(self) -> str:
        with contextlib.suppress(_Enough):
            self._newline()
        out: list[str] = []
        for line in self.lines:
            if line == "" and out and out[-1] == "":
                continue
            out.append(line.rstrip() if not self._pre else line)
        end = len(out)
        while end and not out[end - 1].strip():
            end -= 1
        begin = 0
        while begin < end and not out[begin].strip():
            begin += 1
        return "\n".join(out[begin:end])


class _StdlibDriver(HTMLParser):
    """Fallback when lxml is not installed: ``html.parser`` events into the converter."""

    def __init__(self, converter: _Converter) -> None:
        super().__init__(convert_charrefs=True)
        self._converter = converter

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._converter.start(tag, {k.lower(): v for k, v in attrs})

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._converter.start(tag, {k.lower(): v for k, v in attrs})
        self._converter.end(tag)

    def handle_endtag(self, tag: str) -> None:
        self._converter.end(tag)

    def handle_data(self, data: str) -> None:
        self._converter.data(data)


def _convert(html: str, converter: _Converter) -> None:
    try:
        from lxml import etree
    except ImportError:  # pragma: no cover - lxml is a dependency
        driver = _StdlibDriver(converter)
        for start in range(0, len(html), 256 * 1024):
            driver.feed(html[start : start + 256 * 1024])
        driver.close()
        return
    parser = etree.HTMLParser(
        target=converter,
        encoding="utf-8",
        recover=True,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,
        default_doctype=False,
    )
    # Feeding in chunks lets a reached output bound stop the parser early.
    data = html.encode("utf-8", errors="replace")
    chunk = 1024 * 1024
    for start in range(0, len(data), chunk):
        parser.feed(data[start : start + chunk])
    parser.close()


def html_to_text(html: str, *, max_chars: int = 2 * 1024 * 1024, max_lines: int = 200_000) -> str:
    """Convert an HTML mail body to readable text (never raises on malformed markup).

    Conversion stops early once about ``max_chars`` of text or ``max_lines`` lines exist.
    """
    html = html.replace("\x00", "")
    if not html.strip():
        return ""
    converter = _Converter(max_chars, max_lines)
    try:
        _convert(html, converter)
    except _Enough:
        pass  # the caller cuts the text at its own limit anyway
    except Exception:  # be safe: fall back to tag stripping
        stripped = re.sub(r"<[^>]{0,2000}>", " ", html)
        return "\n".join(line.strip() for line in stripped.splitlines() if line.strip())
    return converter.finish()
