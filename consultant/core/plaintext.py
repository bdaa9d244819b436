"""HTML (as rendered from a reply's Markdown) → plain text that keeps its shape.

Used for "Copy as plain text" and for the text part of the HTML copy, where a
mail client or a ticket system shows what a reader gets:

- paragraphs and headings separated by a blank line;
- list items keep their numbers (``start`` respected) or bullets (``•``, ``◦``,
  ``▪`` by depth), continuation lines indented under the item's text;
- tables become aligned columns (header underlined, ``align="right"`` cells
  right-aligned), or tab-separated rows with ``tables="tsv"``;
- code blocks are kept verbatim; quotes get ``> ``; a link whose text is not
  its address is written ``text (address)``.

Pure stdlib (``html.parser``): no Qt, usable from the CLI and tests.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Literal

__all__ = ["html_to_text", "text_width"]

TableStyle = Literal["aligned", "tsv"]

_BLOCK = {
    "p", "div", "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody",
    "tfoot", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "dl", "dt",
    "dd", "body", "html",
}  # fmt: skip
_VOID = {"br", "hr", "img", "meta", "link", "input", "col"}
_SKIP = {"script", "style", "head", "title"}
_BULLETS = ("•", "◦", "▪")
_SPACE_RE = re.compile(r"[ \t\r\n\f\v]+")


@dataclass(slots=True)
class _Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root")
        self.stack: list[_Node] = [self.root]
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
            return
        if self.skipping:
            return
        if tag in {"li", "dt", "dd"}:
            self._close_open(tag, stop={"ul", "ol", "dl"})
        elif tag in {"td", "th"}:
            self._close_open("td", stop={"tr", "table"})
            self._close_open("th", stop={"tr", "table"})
        elif tag == "tr":
            self._close_open("tr", stop={"table", "thead", "tbody", "tfoot"})
        elif tag == "p":
            self._close_open("p", stop=_BLOCK - {"p"})
        node = _Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack[-1].tag == tag and not self.skipping:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
            return
        if self.skipping or tag in _VOID:
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.stack[-1].children.append(data)

    def _close_open(self, tag: str, *, stop: set[str]) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            current = self.stack[i].tag
            if current == tag:
                del self.stack[i:]
                return
            if current in stop:
                return


def text_width(text: str) -> int:
    """Columns a text takes in a monospaced font (wide East Asian = 2, marks = 0)."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in {"Mn", "Me", "Cf"}:
            continue
        width += 2 if unicodedata.east_asian_width(ch) in {"W", "F"} else 1
    return width


def html_to_text(html_text: str, *, tables: TableStyle = "aligned") -> str:
    """Plain text of ``html_text`` with lists, tables, code and quotes kept in shape."""
    builder = _TreeBuilder()
    builder.feed(html_text)
    builder.close()
    return _Renderer(tables).blocks_text(builder.root).strip("\n")


class _Renderer:
    def __init__(self, tables: TableStyle) -> None:
        self.tables = tables
        self.depth = 0  # list nesting

    # -- blocks -------------------------------------------------------------------
    def blocks_text(self, node: _Node, *, tight: bool = False) -> str:
        """The node's children as blocks separated by a blank line (one newline if tight)."""
        blocks: list[str] = []
        inline: list[_Node | str] = []

        def flush() -> None:
            if inline:
                text = self.inline_text(inline)
                if text.strip():
                    blocks.append(text.strip(" "))
                inline.clear()

        for child in node.children:
            if isinstance(child, _Node) and child.tag in _BLOCK:
                flush()
                text = self.block(child)
                if text.strip():
                    blocks.append(text)
            else:
                inline.append(child)
        flush()
        return ("\n" if tight else "\n\n").join(blocks)

    def block(self, node: _Node) -> str:
        tag = node.tag
        if tag == "pre":
            return self.pre_text(node).rstrip("\n")
        if tag in {"ul", "ol"}:
            return self.list_text(node)
        if tag == "table":
            return self.table_text(node)
        if tag == "blockquote":
            inner = self.blocks_text(node)
            return "\n".join(("> " + line).rstrip() for line in inner.split("\n"))
        if tag == "hr":
            return "—" * 20
        if tag == "dd":
            inner = self.blocks_text(node, tight=True)
            return "\n".join("    " + line if line else line for line in inner.split("\n"))
        return self.blocks_text(node)

    def list_text(self, node: _Node) -> str:
        ordered = node.tag == "ol"
        try:
            number = int(node.attrs.get("start", "1"))
        except ValueError:
            number = 1
        bullet = _BULLETS[min(self.depth, len(_BULLETS) - 1)]
        items = [c for c in node.children if isinstance(c, _Node) and c.tag == "li"]
        # a "loose" list (items are paragraphs) keeps a blank line between items
        loose = any(isinstance(g, _Node) and g.tag == "p" for c in items for g in c.children)
        lines: list[str] = []
        self.depth += 1
        try:
            for item in items:
                marker = f"{number}." if ordered else bullet
                number += 1
                body = self.blocks_text(item, tight=not loose)
                pad = " " * (len(marker) + 1)
                body_lines = body.split("\n") if body else [""]
                text = [f"{marker} {body_lines[0]}".rstrip()]
                text += [pad + line if line.strip() else "" for line in body_lines[1:]]
                lines.append("\n".join(text))
        finally:
            self.depth -= 1
        return ("\n\n" if loose else "\n").join(lines)

    def pre_text(self, node: _Node) -> str:
        parts: list[str] = []
        for child in node.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag == "br":
                parts.append("\n")
            else:
                parts.append(self.pre_text(child))
        return "".join(parts)

    def table_text(self, node: _Node) -> str:
        rows: list[tuple[list[str], list[str], bool]] = []  # cells, aligns, is header

        def walk(n: _Node, in_head: bool) -> None:
            for child in n.children:
                if not isinstance(child, _Node):
                    continue
                if child.tag == "tr":
                    cells = [c for c in child.children if isinstance(c, _Node)
                             and c.tag in {"td", "th"}]  # fmt: skip
                    texts = [" ".join(self.blocks_text(c).split()) for c in cells]
                    aligns = [c.attrs.get("align", "") or _style_align(c) for c in cells]
                    header = in_head or (bool(cells) and all(c.tag == "th" for c in cells))
                    rows.append((texts, aligns, header))
                elif child.tag in {"thead", "tbody", "tfoot"}:
                    walk(child, child.tag == "thead")
                elif child.tag != "table":
                    walk(child, in_head)

        walk(node, False)
        if not rows:
            return ""
        columns = max(len(cells) for cells, _, _ in rows)
        if self.tables == "tsv":
            return "\n".join("\t".join(cells) for cells, _, _ in rows)
        widths = [0] * columns
        for cells, _, _ in rows:
            for i, cell in enumerate(cells):
                widths[i] = max(widths[i], text_width(cell))
        out: list[str] = []
        for n, (cells, aligns, header) in enumerate(rows):
            padded = []
            for i in range(columns):
                cell = cells[i] if i < len(cells) else ""
                gap = " " * (widths[i] - text_width(cell))
                align = aligns[i] if i < len(aligns) else ""
                if align == "right":
                    padded.append(gap + cell)
                elif align == "center":
                    half = len(gap) // 2
                    padded.append(gap[:half] + cell + gap[half:])
                else:
                    padded.append(cell + gap)
            out.append("  ".join(padded).rstrip())
            next_is_body = n + 1 < len(rows) and not rows[n + 1][2]
            if header and next_is_body:
                out.append("  ".join("-" * max(1, w) for w in widths))
        return "\n".join(out)

    # -- inline -------------------------------------------------------------------
    def inline_text(self, nodes: list[_Node | str]) -> str:
        parts: list[str] = []
        for child in nodes:
            if isinstance(child, str):
                parts.append(_SPACE_RE.sub(" ", child))
            elif child.tag == "br":
                parts.append("\n")
            elif child.tag == "img":
                alt = child.attrs.get("alt", "")
                if alt:
                    parts.append(alt)
            else:
                text = self.inline_text(child.children)
                if child.tag == "a":
                    href = child.attrs.get("href", "")
                    shown = href.removeprefix("mailto:")
                    if href and text.strip() and text.strip() not in {href, shown}:
                        text = f"{text} ({shown})"
                    elif href and not text.strip():
                        text = shown
                parts.append(text)
        joined = "".join(parts)
        # spaces around a <br> come from the source's line breaks: drop them
        return "\n".join(line.strip(" ") for line in joined.split("\n"))


def _style_align(node: _Node) -> str:
    match = re.search(r"text-align\s*:\s*(left|right|center)", node.attrs.get("style", ""))
    return match.group(1) if match else ""
