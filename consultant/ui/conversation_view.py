"""The open conversation: a ``QListView`` over :class:`MessageListModel`, painted
by :class:`MessageDelegate` (one cached ``QTextDocument`` per visible message).

Only loaded rows cost anything: the newest page is loaded when a conversation is
opened and earlier pages when the user scrolls to the top. A streaming reply
changes one row (``dataChanged``) and only that row is re-rendered.

Each message shows who wrote it, the rendered text (Markdown for replies, plain
text for the user's own), its status and, for replies, model · tokens · cost,
and small actions: **Copy ▾** (plain text, Markdown, HTML), **Regenerate** (the
last reply) and **Retry** (a reply that failed, was stopped or interrupted).
Links are never followed automatically: a click opens http(s)/mailto through
``QDesktopServices`` and nothing else.

Nothing is cut off: code blocks wrap (``white-space: pre-wrap``, a line longer
than the bubble breaks anywhere) under a small bar with the language and a
**Copy** button that copies the code only. Rows are painted at the width their
height was measured for, so a bubble never overlaps the next while the view
re-lays out after a resize or a font change.

Keyboard: the list takes focus (a ring around the current message); Up/Down,
Home/End move between messages, Ctrl+C copies the message as plain text,
Ctrl+R regenerates the last reply, Enter (or "Select text") opens the message
in place in a read-only, selectable text view (Esc closes it), Shift+F10 or the
Menu key opens the context menu.
"""

from __future__ import annotations

import html
import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QShortcut,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from consultant.core.errors import ServiceError
from consultant.core.models import Message, MessageStatus, Role
from consultant.ui.item_models import (
    MessageListModel,
    ObjectRole,
    VersionRole,
    message_footer,
)
from consultant.ui.mail_draft import UrlOpener, open_in_mail_client
from consultant.ui.markdown_render import (
    email_html,
    is_openable_link,
    markdown_to_text,
    plain_to_html,
    render_markdown,
    stream_blocks,
)
from consultant.ui.theme import colors
from consultant.ui.widgets import ElidedLabel, elide_text

if TYPE_CHECKING:
    from consultant.mail.accounts import MailAccount
    from consultant.services.mail_store import MailInfo
    from consultant.services.workspace import Workspace

__all__ = [
    "PAGE_SIZE",
    "ConversationView",
    "ElidedLabel",
    "MessageDelegate",
    "copy_message",
    "elide_text",
    "plain_text",
]

PAGE_SIZE = 50
MAX_BUBBLE_WIDTH = 860
OUTER_X, OUTER_Y = 14, 6
PAD = 12
PILL_H_PAD, PILL_V_PAD, PILL_GAP = 10, 3, 6
_Index = QModelIndex | QPersistentModelIndex

COPY, REGENERATE, RETRY, EDIT = "copy", "regenerate", "retry", "edit"
PREV_VERSION, VERSION, NEXT_VERSION = "prev_version", "version", "next_version"
CODE_COPY_LABEL, CODE_COPIED_LABEL = "Copy", "Copied ✓"
_PILL_LABELS = {
    COPY: "Copy ▾", REGENERATE: "↻ Regenerate", RETRY: "↻ Retry", EDIT: "✎ Edit",
    PREV_VERSION: "<", NEXT_VERSION: ">",
}  # fmt: skip
_FAILED = {MessageStatus.ERROR, MessageStatus.INTERRUPTED, MessageStatus.CANCELLED}


def is_mail_message(message: Message) -> bool:
    """A stored e-mail (a mail thread's message): not editable, not regenerated."""
    return isinstance(message.metadata, dict) and message.metadata.get("mail_id") is not None


def is_client_mail(message: Message) -> bool:
    return is_mail_message(message) and message.metadata.get("author") != "you"


def file_size(size: int) -> str:
    """``820 bytes``, ``12 KB``, ``3.4 MB``."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def mail_header(message: Message, info: MailInfo | None, *, short: bool = False) -> str:
    """The header line of a stored e-mail: who wrote it, to whom, the subject
    (``short``: the sender's name without the address when there is a name)."""
    if info is None:
        return "✉ You" if message.metadata.get("author") == "you" else "✉ E-mail"
    name = " ".join(info.from_name.split())
    if short and name and info.direction != "out":
        return f"✉ {name}" + (f" · {' '.join(info.subject.split())}" if info.subject else "")
    sender = (
        f"{name} <{info.from_addr}>"
        if name and info.from_addr
        else (name or info.from_addr or "unknown sender")
    )
    if info.direction == "out":
        to = ", ".join(info.to_addrs[:3]) + (" …" if len(info.to_addrs) > 3 else "")
        sender = "You" + (f" to {to}" if to else "")
    subject = " ".join(info.subject.split())
    return f"✉ {sender}" + (f" · {subject}" if subject else "")


def attachments_text(info: MailInfo | None) -> str:
    if info is None or not info.attachments:
        return ""
    parts = []
    for a in info.attachments[:20]:
        name = str(a.get("name") or "(unnamed)")
        try:
            size = file_size(int(a.get("size") or 0))
        except (TypeError, ValueError):
            size = ""
        parts.append(f"{name} ({size})" if size else name)
    more = len(info.attachments) - 20
    label = "Attachment: " if len(info.attachments) == 1 else "Attachments: "
    return label + " · ".join(parts) + (f" · and {more} more" if more > 0 else "")


def copy_message(message: Message, fmt: str) -> QMimeData:
    """Put a message on the clipboard as ``plain``, ``markdown`` or ``html``."""
    mime = QMimeData()
    if fmt == "html":
        html = (
            email_html(message.content)
            if message.role == Role.ASSISTANT
            else plain_to_html(message.content)
        )
        mime.setHtml(html)
        mime.setText(plain_text(message))
    elif fmt == "markdown":
        mime.setText(message.content)
    else:
        mime.setText(plain_text(message))
    QGuiApplication.clipboard().setMimeData(mime)
    return mime


def plain_text(message: Message) -> str:
    """The message as plain text that keeps its shape (numbers, bullets, tables)."""
    if message.role != Role.ASSISTANT:
        return message.content
    return markdown_to_text(message.content)


#: A code block's bar: ``<pre><code class="language-x">`` gets a one-line head
#: (the language; the Copy button is painted on its right). Its text starts with
#: this invisible marker so the view finds where each block starts.
_CODE_HEAD_MARK = "\u200b"
_PRE_RE = re.compile(r'<pre><code(?: class="language-([\w+#.-]{1,30})")?>')
_CODE_CSS = "pre { white-space: pre-wrap; margin-top: 0px; }"


def _with_code_heads(html_text: str) -> str:
    if "<pre>" not in html_text:
        return html_text

    def head(m: re.Match[str]) -> str:
        lang = html.escape(m.group(1) or "code")
        return (
            f'<p style="font-family: monospace; font-size: small; margin-top: 6px; '
            f"margin-bottom: 0px; background-color: {colors().code_bg}; "
            f'color: {colors().muted.name()};">{_CODE_HEAD_MARK}{lang}</p>' + m.group(0)
        )

    return _PRE_RE.sub(head, html_text)


@dataclass(slots=True)
class _Code:
    head: QRectF  # the bar above the code, in document coordinates
    text: str


def _code_blocks(doc: QTextDocument) -> list[_Code]:
    """The code blocks of a document (found by their head marker)."""
    cached: list[_Code] | None = getattr(doc, "_consultant_codes", None)
    if cached is not None:
        return cached
    codes: list[_Code] = []
    if _CODE_HEAD_MARK in doc.toRawText():
        layout = doc.documentLayout()
        block = doc.begin()
        current: _Code | None = None
        lines: list[str] = []
        while block.isValid():
            text = block.text()
            fmt = block.charFormat()
            is_code = "monospace" in (fmt.fontFamilies() or [])
            if text.startswith(_CODE_HEAD_MARK):
                if current is not None:
                    current.text = "\n".join(lines).rstrip("\n")
                current = _Code(layout.blockBoundingRect(block), "")
                codes.append(current)
                lines = []
            elif current is not None and is_code:
                lines.append(text.replace("\u2028", "\n"))
            elif current is not None:
                current.text = "\n".join(lines).rstrip("\n")
                current, lines = None, []
            block = block.next()
        if current is not None:
            current.text = "\n".join(lines).rstrip("\n")
    doc._consultant_codes = codes  # type: ignore[attr-defined]
    return codes


@dataclass(slots=True)
class _Layout:
    bubble: QRect
    header: QRect
    body: QRect
    status: QRect
    footer: QRect
    pills: list[tuple[str, QRect]]
    height: int


#: A reference-style link definition (``[1]: https://…``), resolved across blocks.
_REFERENCE_RE = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S", re.MULTILINE)


def _starts_with_table(doc: QTextDocument) -> bool:
    frames = doc.rootFrame().childFrames()
    return bool(frames) and frames[0].firstPosition() <= 1


@dataclass(slots=True)
class _Body:
    """A message's text: one document, or, while a reply streams, one per
    Markdown block (finished blocks keep their laid-out documents, so each
    update only lays out the block being written)."""

    parts: list[tuple[int, QTextDocument]]  # (top, document)
    height: int

    @classmethod
    def stack(cls, docs: list[QTextDocument]) -> _Body:
        parts: list[tuple[int, QTextDocument]] = []
        y = 0
        previous: QTextDocument | None = None
        for doc in docs:
            if previous is not None and not _starts_with_table(doc):
                # As inside one document: the larger of the two margins between
                # blocks, and none before a table (its frame brings its own).
                y += int(max(previous.lastBlock().blockFormat().bottomMargin(),
                             doc.firstBlock().blockFormat().topMargin()))  # fmt: skip
            parts.append((y, doc))
            y += int(doc.size().height())
            previous = doc
        return cls(parts, y)

    def draw(self, painter: QPainter, text_color: Any, clip: QRectF) -> None:
        """Draw the parts that meet ``clip`` (body coordinates)."""
        for top, doc in self.parts:
            height = doc.size().height()
            if top + height < clip.top() or top > clip.bottom():
                continue
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.palette.setColor(QPalette.ColorRole.Text, text_color)
            ctx.clip = clip.translated(0, -top).intersected(QRectF(0, 0, clip.right(), height))
            painter.save()
            painter.translate(0, top)
            doc.documentLayout().draw(painter, ctx)
            painter.restore()

    def codes(self) -> list[tuple[QRectF, str]]:
        """Each code block's head bar (body coordinates) and its code."""
        out = []
        for top, doc in self.parts:
            for code in _code_blocks(doc):
                out.append((code.head.translated(0, top), code.text))
        return out

    def anchor_at(self, point: QPointF) -> str:
        for top, doc in reversed(self.parts):
            if point.y() >= top:
                return str(doc.documentLayout().anchorAt(point - QPointF(0, top)))
        return ""


SOURCE_SCHEME = "consultant://message/"


def sources_html(message: Message) -> str:
    """Links back to the past messages a reply was given as context."""
    context = message.metadata.get("context") if isinstance(message.metadata, dict) else None
    if not isinstance(context, list) or not context:
        return ""
    links = []
    for item in context[:10]:
        if not isinstance(item, dict):
            continue
        try:
            conversation_id = int(item["conversation_id"])
            message_id = int(item["message_id"])
        except (KeyError, TypeError, ValueError):
            continue
        label = " · ".join(str(x) for x in (item.get("date"), item.get("conversation_title")) if x)
        href = f"{SOURCE_SCHEME}{conversation_id}/{message_id}"
        links.append(f'<a href="{href}">{html.escape(label or f"message {message_id}")}</a>')
    if not links:
        return ""
    return '<p class="sources"><small>Context used: ' + " · ".join(links) + "</small></p>"


def parse_source_link(url: str) -> tuple[int, int] | None:
    if not url.startswith(SOURCE_SCHEME):
        return None
    parts = url[len(SOURCE_SCHEME) :].strip("/").split("/")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return None
    return int(parts[0]), int(parts[1])


class MessageDelegate(QStyledItemDelegate):
    """Paints messages from cached rich-text documents; handles clicks on actions."""

    sig_action = Signal(str, object, QPoint)  # action, Message, global position
    sig_link = Signal(str)
    sig_code_copied = Signal(str)  # the code put on the clipboard

    def __init__(self, view: ConversationView) -> None:
        super().__init__(view)
        self.view = view
        self._docs: OrderedDict[tuple[Any, ...], QTextDocument] = OrderedDict()
        self._heights: dict[tuple[Any, ...], int] = {}
        #: The height last given to the view for each message id.
        self.given_heights: dict[int, int] = {}
        #: (message id, code index) of the code block whose Copy was just clicked.
        self.copied_code: tuple[int, int] | None = None
        #: Documents of the Markdown blocks of replies, by block text.
        self._blocks: OrderedDict[tuple[Any, ...], QTextDocument] = OrderedDict()
        self._tails: dict[int, tuple[Any, ...]] = {}  # message id → its last block's key
        self._bodies: OrderedDict[tuple[Any, ...], _Body] = OrderedDict()
        self._latest_body: dict[int, tuple[Any, ...]] = {}
        self._small = QFont(view.font())
        self._bold = QFont(view.font())
        self.refresh_fonts()

    def refresh_fonts(self) -> None:
        font = self.view.font()
        self._small = QFont(font)
        self._small.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        self._bold = QFont(font)
        self._bold.setBold(True)

    # -- documents ----------------------------------------------------------------
    def _new_document(self, text: str, html_text: str, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(self.view.font())
        doc.setDefaultStyleSheet(colors().document_css() + _CODE_CSS)
        doc.setDocumentMargin(0)
        if max((len(line) for line in text.split("\n")), default=0) > 5_000:
            # word-boundary wrapping of a huge unbroken line is pathologically slow
            option = doc.defaultTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAnywhere)
            doc.setDefaultTextOption(option)
        doc.setHtml(_with_code_heads(html_text))
        doc.setTextWidth(max(50, width))
        return doc

    def body(self, message: Message, version: int, width: int) -> _Body:
        """A reply is laid out block by block, so the blocks it had while streaming
        are reused when it completes (no whole re-render at the end); a text using
        reference-style links, which span blocks, is laid out whole."""
        dark = colors().dark
        key = (message.id, version, width, dark, message.status, len(message.content))
        body = self._bodies.get(key)
        if body is not None:
            self._bodies.move_to_end(key)
            return body
        if message.role != Role.ASSISTANT or (
            message.status != MessageStatus.STREAMING and _REFERENCE_RE.search(message.content)
        ):
            doc = self.document(message, version, width)
            body = _Body([(0, doc)], int(doc.size().height()) if message.content else 0)
        else:
            blocks = [b for b in stream_blocks(message.content) if b.strip()]
            docs = [self._block_document(b, render_markdown, width, dark) for b in blocks]
            sources = sources_html(message)
            if sources and docs:
                docs.append(self._block_document(sources, None, width, dark))
            if message.status == MessageStatus.STREAMING and blocks:
                # The block being written changes on every update: forget its
                # previous text, which no later update shows again.
                tail = (blocks[-1], width, dark)
                previous = self._tails.get(message.id or 0)
                if previous is not None and previous != tail:
                    self._blocks.pop(previous, None)
                self._tails[message.id or 0] = tail
            else:
                self._tails.pop(message.id or 0, None)
            body = _Body.stack(docs)
        self._bodies[key] = body
        # Drop the message's body before this one (a streaming reply makes a new
        # one 20 times a second; it would keep its documents alive).
        previous = self._latest_body.get(message.id or 0)
        if previous is not None and previous != key:
            self._bodies.pop(previous, None)
        self._latest_body[message.id or 0] = key
        while len(self._bodies) > 400:
            self._bodies.popitem(last=False)
        return body

    def _block_document(
        self, text: str, render: Callable[[str], str] | None, width: int, dark: bool
    ) -> QTextDocument:
        """A cached document for one Markdown block (``render``) or ready HTML."""
        key = (text, width, dark)
        doc = self._blocks.get(key)
        if doc is None:
            doc = self._new_document(text, render(text) if render else text, width)
            self._blocks[key] = doc
            while len(self._blocks) > 1000:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(key)
        return doc

    def document(self, message: Message, version: int, width: int) -> QTextDocument:
        """The whole message as one document (cached per version and width)."""
        palette = colors()
        key = (message.id, version, width, palette.dark, len(message.content))
        doc = self._docs.get(key)
        if doc is not None:
            self._docs.move_to_end(key)
            return doc
        if message.role == Role.ASSISTANT:
            html_text = render_markdown(message.content) if message.content else ""
            html_text += sources_html(message)
        else:
            html_text = plain_to_html(message.content)
        doc = self._new_document(message.content, html_text, width)
        self._docs[key] = doc
        while len(self._docs) > 400:
            self._docs.popitem(last=False)
        return doc

    def clear_cache(self) -> None:
        self._docs.clear()
        self._heights.clear()
        self.given_heights.clear()
        self._blocks.clear()
        self._tails.clear()
        self._bodies.clear()
        self._latest_body.clear()

    # -- geometry -----------------------------------------------------------------
    def _pills(self, message: Message) -> list[str]:
        names: list[str] = []
        if is_mail_message(message):
            return [COPY]  # an e-mail as it came: no versions, no editing
        if message.status != MessageStatus.STREAMING and self.view.model_.position(message.id):
            names += [PREV_VERSION, VERSION, NEXT_VERSION]
        names.append(COPY)
        if message.role == Role.USER:
            names.append(EDIT)
        if message.role == Role.ASSISTANT and message.status != MessageStatus.STREAMING:
            last = self.view.model_.last_reply()
            if message.status in _FAILED:
                names.append(RETRY)
            elif last is not None and last.id == message.id:
                names.append(REGENERATE)
        return names

    def _status_text(self, message: Message) -> str:
        if is_mail_message(message):
            return attachments_text(self.view.mail_info(message))
        if message.status == MessageStatus.ERROR:
            return "⚠ Error: " + (message.error or "the reply failed.")
        if message.status == MessageStatus.INTERRUPTED:
            return "⚠ Interrupted: " + (message.error or "the reply did not finish.")
        if message.status == MessageStatus.CANCELLED:
            return "■ Stopped: " + (message.error or "you stopped this reply.")
        if message.status == MessageStatus.STREAMING and not message.content:
            return "Writing…"
        return ""

    def pill_label(self, name: str, message: Message) -> str:
        if name == VERSION:
            at, total = self.view.model_.position(message.id) or (1, 1)
            return f"{at}/{total}"
        return _PILL_LABELS[name]

    def pill_enabled(self, name: str, message: Message) -> bool:
        at, total = self.view.model_.position(message.id) or (1, 1)
        if name == PREV_VERSION:
            return at > 1
        if name == NEXT_VERSION:
            return at < total
        return name != VERSION

    def layout(self, rect: QRect, message: Message, version: int) -> _Layout:
        width = min(rect.width() - 2 * OUTER_X, MAX_BUBBLE_WIDTH)
        width = max(width, 160)
        left = rect.left() + OUTER_X
        if message.role == Role.USER and not is_client_mail(message):
            left = rect.left() + max(OUTER_X, rect.width() - OUTER_X - width)
        inner_w = width - 2 * PAD
        small = QFontMetrics(self._small)
        top = rect.top() + OUTER_Y + PAD
        header = QRect(left + PAD, top, inner_w, small.height())
        y = header.bottom() + 6
        doc_h = self.body(message, version, inner_w).height
        body = QRect(left + PAD, y, inner_w, doc_h)
        y = body.bottom() + (6 if doc_h else 0)
        status_text = self._status_text(message)
        if status_text:
            br = small.boundingRect(
                QRect(0, 0, inner_w, 10_000), Qt.TextFlag.TextWordWrap, status_text
            )
            status = QRect(left + PAD, y, inner_w, br.height())
            y = status.bottom() + 6
        else:
            status = QRect(left + PAD, y, inner_w, 0)
        pill_h = small.height() + 2 * PILL_V_PAD
        footer = QRect(left + PAD, y, inner_w, pill_h)
        pills: list[tuple[str, QRect]] = []
        x = footer.right()
        for name in reversed(self._pills(message)):
            w = small.horizontalAdvance(self.pill_label(name, message)) + 2 * PILL_H_PAD
            if name == VERSION:
                w -= 2 * PILL_H_PAD - 4  # a plain "2/3" between the arrows
            elif name in (PREV_VERSION, NEXT_VERSION):
                w = max(w, pill_h + 10)  # a target a hand can hit
            pills.append((name, QRect(x - w + 1, y, w, pill_h)))
            x -= w + PILL_GAP
        pills.reverse()
        bottom = footer.bottom() + PAD
        bubble = QRect(left, rect.top() + OUTER_Y, width, bottom - rect.top() - OUTER_Y)
        return _Layout(bubble, header, body, status, footer, pills,
                       bubble.height() + 2 * OUTER_Y)  # fmt: skip

    def _message(self, index: _Index) -> tuple[Message, int]:
        return index.data(ObjectRole), int(index.data(VersionRole) or 0)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        message, version = self._message(index)
        width = self.view.viewport().width()
        # Every row's height is asked for on each re-layout (the streaming row grows
        # ~20 times a second): remember heights per message version and width.
        key = (message.id, version, width, message.status, len(message.content))
        height = self._heights.get(key)
        if height is None:
            height = self.layout(QRect(0, 0, width, 0), message, version).height
            if len(self._heights) > 5000:
                self._heights.clear()
            self._heights[key] = height
        self.given_heights[message.id or 0] = height
        return QSize(width, height)

    def code_pills(self, lay: _Layout, body: _Body) -> list[tuple[QRect, str]]:
        """The Copy button of each code block (view coordinates) and its code."""
        fm = QFontMetrics(self._small)
        w = fm.horizontalAdvance(CODE_COPIED_LABEL) + 2 * PILL_H_PAD
        out = []
        for head, code in body.codes():
            h = min(int(head.height()), fm.height() + 2)
            r = QRect(lay.body.left() + int(head.right()) - w - 2,
                      lay.body.top() + int(head.top() + (head.height() - h) / 2), w, h)  # fmt: skip
            out.append((r, code))
        return out

    # -- painting -----------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        message, version = self._message(index)
        rect = option.rect
        lay = self.layout(rect, message, version)
        pal = colors()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        mine = message.role == Role.USER and not is_client_mail(message)
        bubble_color = pal.user_bubble if mine else pal.assistant_bubble
        painter.setPen(pal.border)
        painter.setBrush(bubble_color)
        painter.drawRoundedRect(QRectF(lay.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
        if self.view.has_focus_ring(index):
            ring = QPen(QColor(pal.link), 2)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(lay.bubble).adjusted(-2, -2, 2, 2), 12, 12)

        painter.setFont(self._small)
        painter.setPen(pal.muted)
        who = "You" if message.role == Role.USER else "Assistant"
        if message.task is not None:
            who += f" · {message.task.label}"
        when = ""
        if message.created_at is not None:
            when = message.created_at.astimezone().strftime("%d %b %Y %H:%M")
            painter.drawText(lay.header, int(Qt.AlignmentFlag.AlignRight), when)
        room = lay.header.width() - (QFontMetrics(self._small).horizontalAdvance(when) + 12
                                     if when else 0)  # fmt: skip
        if is_mail_message(message):
            info = self.view.mail_info(message)
            who = mail_header(message, info)
            if QFontMetrics(self._small).horizontalAdvance(who) > room:
                who = mail_header(message, info, short=True)  # the name, not the address
            painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        who = QFontMetrics(self._small).elidedText(who, Qt.TextElideMode.ElideRight, room)
        painter.drawText(lay.header, int(Qt.AlignmentFlag.AlignLeft), who)

        if lay.body.height() > 0:
            body = self.body(message, version, lay.body.width())
            # Only what is on screen: a long reply is mostly scrolled out of view.
            visible = QRectF(lay.body.intersected(self.view.viewport().rect()))
            painter.save()
            painter.translate(lay.body.topLeft())
            body.draw(
                painter,
                option.palette.color(QPalette.ColorRole.Text),
                visible.translated(-lay.body.left(), -lay.body.top()),
            )
            painter.restore()
            painter.setFont(self._small)
            for n, (pill, _code) in enumerate(self.code_pills(lay, body)):
                copied = self.copied_code == (message.id, n)
                painter.setPen(pal.border)
                painter.setBrush(pal.pill)
                painter.drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
                painter.setPen(pal.pill_text)
                label = CODE_COPIED_LABEL if copied else CODE_COPY_LABEL
                painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), label)

        status_text = self._status_text(message)
        if status_text:
            painter.setFont(self._small)
            color = pal.muted
            if message.status in (MessageStatus.ERROR, MessageStatus.INTERRUPTED):
                color = pal.error
            elif message.status == MessageStatus.CANCELLED:
                color = pal.warning
            painter.setPen(color)
            painter.drawText(lay.status, int(Qt.TextFlag.TextWordWrap), status_text)

        painter.setFont(self._small)
        painter.setPen(pal.muted)
        footer = message_footer(message)
        if message.status != MessageStatus.COMPLETE and footer:
            # the status is shown above in full; keep model · tokens · cost here
            footer = " · ".join(footer.split(" · ")[:-1])
        pills_left = lay.pills[0][1].left() if lay.pills else lay.footer.right()
        text_w = max(0, pills_left - lay.footer.left() - 8)
        text_rect = QRect(lay.footer.left(), lay.footer.top(), text_w, lay.footer.height())
        elided = QFontMetrics(self._small).elidedText(
            footer, Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), elided)
        for name, pill in lay.pills:
            label = self.pill_label(name, message)
            if name == VERSION:
                painter.setPen(pal.muted)
                painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), label)
                continue
            enabled = self.pill_enabled(name, message)
            painter.setPen(pal.border)
            painter.setBrush(pal.pill if enabled else Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
            color = pal.error if name == RETRY else pal.pill_text
            painter.setPen(color if enabled else pal.muted)
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), label)
        painter.restore()

    # -- interaction --------------------------------------------------------------
    def hit(self, rect: QRect, index: _Index, pos: QPoint) -> tuple[str, str]:
        """What is under ``pos``: ``("pill", name)``, ``("code", n)`` (a code block's
        Copy), ``("link", href)`` or ``("", "")``."""
        message, version = self._message(index)
        lay = self.layout(rect, message, version)
        for name, pill in lay.pills:
            if pill.contains(pos):
                return "pill", name
        if lay.body.contains(pos):
            body = self.body(message, version, lay.body.width())
            for n, (pill, _code) in enumerate(self.code_pills(lay, body)):
                if pill.contains(pos):
                    return "code", str(n)
            href = body.anchor_at(QPointF(pos - lay.body.topLeft()))
            if href:
                return "link", href
        return "", ""

    def editorEvent(
        self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: _Index
    ) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            pos = event.position().toPoint()
            kind, value = self.hit(option.rect, index, pos)
            if kind == "pill":
                message, _ = self._message(index)
                if not self.pill_enabled(value, message):
                    return True
                gpos = self.view.viewport().mapToGlobal(pos)
                self.sig_action.emit(value, message, gpos)
                return True
            if kind == "link":
                self.sig_link.emit(value)
                return True
            if kind == "code":
                message, _ = self._message(index)
                self.copy_code(message, int(value), index)
                return True
        return False

    def copy_code(self, message: Message, n: int, index: _Index) -> str:
        """Put the ``n``-th code block of ``message`` (only the code) on the clipboard."""
        version = int(index.data(VersionRole) or 0)
        row_rect = self.view.visualRect(self.view.model_.index(index.row(), 0))
        lay = self.layout(row_rect, message, version)
        body = self.body(message, version, lay.body.width())
        codes = body.codes()
        if not 0 <= n < len(codes):
            return ""
        code = codes[n][1]
        QGuiApplication.clipboard().setText(code)
        self.copied_code = (message.id or 0, n)
        self.view.viewport().update()
        self.sig_code_copied.emit(code)
        return code


class _SelectableBrowser(QTextBrowser):
    """Copies exactly the selected characters as text (Qt's own copy of a selection
    inside a list item starts with a line break) and the rich fragment as HTML."""

    def createMimeDataFromSelection(self) -> QMimeData:
        # a new object: Qt's own mime data fills its text lazily from the fragment
        cursor = self.textCursor()
        mime = QMimeData()
        mime.setHtml(cursor.selection().toHtml())
        mime.setText(cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n"))
        return mime


class _SelectableMessage(QFrame):
    """A message opened in place as read-only, selectable text ("Select text")."""

    def __init__(self, view: ConversationView, message: Message, html_text: str) -> None:
        super().__init__(view.viewport())
        self.setObjectName("selectableMessage")
        self.message = message
        pal = colors()
        bubble = pal.user_bubble if message.role == Role.USER else pal.assistant_bubble
        self.setStyleSheet(
            f"QFrame#selectableMessage {{ border: 2px solid {pal.link}; border-radius: 10px;"
            f" background: {bubble.name()}; }}"
        )
        self.browser = _SelectableBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setStyleSheet("QTextBrowser { background: transparent; }")
        self.browser.viewport().setAutoFillBackground(False)
        self.browser.document().setDefaultStyleSheet(pal.document_css() + _CODE_CSS)
        self.browser.document().setDefaultFont(view.font())
        self.browser.setHtml(html_text)
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.browser.anchorClicked.connect(lambda url: view.open_link(url.toString()))
        self.browser.installEventFilter(self)
        hint = QLabel("Select text with the mouse or Shift+arrows · Ctrl+C copies · Esc closes")
        hint.setStyleSheet(f"color: {pal.muted.name()}; border: none; background: transparent;")
        done = QPushButton("Done")
        done.clicked.connect(view.close_selectable)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAD, 6, PAD, 6)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        self._view = view

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.key() != Qt.Key.Key_Escape:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # ours, not the window's "Stop"
            return True
        if event.type() == QEvent.Type.KeyPress:
            self._view.close_selectable()
            return True
        return False


class EditMessageDialog(QDialog):
    """Edit a sent message; "Resend" sends the text as a new version of that turn
    (the earlier text and its replies are kept: flip back with < >)."""

    sig_resend = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editMessageDialog")
        self.setWindowTitle("Edit and resend")
        self.editor = QPlainTextEdit(text)
        self.editor.setAccessibleName("Message text")
        self.editor.setTabChangesFocus(True)
        note = QLabel(
            "Resending makes this a new version of your message. The earlier version and "
            "the replies after it are kept; flip back with < > on the message."
        )
        note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("editMessageError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox()
        self.resend_button = buttons.addButton("Resend", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.resend_button.setDefault(True)
        buttons.accepted.connect(self.sig_resend.emit)
        buttons.rejected.connect(self.reject)
        send = QShortcut(QKeySequence("Ctrl+Return"), self)
        send.activated.connect(self.sig_resend.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 360)
        self.editor.setFocus()
        self.editor.moveCursor(QTextCursor.MoveOperation.End)

    def text(self) -> str:
        return self.editor.toPlainText()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setStyleSheet(f"color: {colors().error.name()};")
        self.error.show()


class ConversationView(QListView):
    """Messages of one conversation, newest page first, older pages on scroll-up."""

    sig_regenerate = Signal(int)  # reply message id
    sig_retry = Signal(int)
    sig_edit = Signal(int)  # user message id: edit and resend
    sig_link_refused = Signal(str)
    sig_open_source = Signal(int, int)  # conversation id, message id
    sig_notice = Signal(str)  # a short sentence for the status bar
    sig_answer_mail = Signal(int, str)  # a stored e-mail's message id, "interpret" | "reply"

    #: The message opened as selectable text (class default: Qt calls overrides
    #: such as ``updateGeometries`` while the constructor runs).
    selectable: _SelectableMessage | None = None

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageList")
        self.ws = workspace
        self.conversation_id: int | None = None
        self.model_ = MessageListModel(self)
        self.setModel(self.model_)
        self.delegate = MessageDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        # Lay rows out in batches between events: a re-layout of hundreds of loaded
        # messages must not freeze the window while a reply streams in.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(40)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Messages")
        self.setFrameShape(QListView.Shape.NoFrame)
        self.verticalScrollBar().setSingleStep(24)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.delegate.sig_action.connect(self._on_action)
        self.delegate.sig_link.connect(self.open_link)
        self.model_.dataChanged.connect(self._on_data_changed)
        self._stick_bottom = True
        self._keep_from_bottom: int | None = None
        self._loading = False
        self.opened_links: list[str] = []
        #: Stored e-mails' headers by message id (``services.mail_store``), read once.
        self._mail: dict[int, MailInfo | None] = {}
        #: The last "Save to Drafts" in the background (tests wait for it).
        self.drafts_task: Any = None
        #: How URLs are opened (links, "Open in mail client"); tests replace it.
        self.url_opener: UrlOpener = QDesktopServices.openUrl
        self.selectable = None
        self.delegate.sig_code_copied.connect(
            lambda code: self.sig_notice.emit(f"Code copied ({len(code.splitlines()) or 1} lines).")
        )
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._on_scroll)
        bar.rangeChanged.connect(self._on_range)

    # -- loading ------------------------------------------------------------------
    def open_conversation(self, conversation_id: int | None) -> None:
        self.close_selectable()
        self.conversation_id = conversation_id
        self._mail.clear()
        self.delegate.clear_cache()
        if conversation_id is None:
            self.model_.set_messages([], has_older=False)
            return
        from consultant.services import conversations_read

        page = conversations_read.newest_page(self.ws, conversation_id, PAGE_SIZE + 1)
        has_older = len(page) > PAGE_SIZE
        self._stick_bottom = True
        self.model_.set_messages(
            page[-PAGE_SIZE:], has_older=has_older,
            positions=self.ws.version_positions(conversation_id),
        )  # fmt: skip
        self.scrollToBottom()

    def reload(self) -> None:
        self.open_conversation(self.conversation_id)

    def load_older(self) -> int:
        """Prepend the previous page; returns how many messages were added."""
        if self.conversation_id is None or not self.model_.has_older or self._loading:
            return 0
        first = self.model_.item(0)
        if first is None:
            return 0
        self._loading = True
        try:
            from consultant.services import conversations_read

            page = conversations_read.page_before(
                self.ws, self.conversation_id, first, PAGE_SIZE + 1
            )
            has_older = len(page) > PAGE_SIZE
            page = page[-PAGE_SIZE:]
            bar = self.verticalScrollBar()
            self._keep_from_bottom = bar.maximum() - bar.value()
            self.model_.prepend_older(page, has_older=has_older)
            return len(page)
        finally:
            self._loading = False

    def reveal_message(self, message_id: int) -> bool:
        """Load pages until ``message_id`` is present, then scroll to it; a message
        in an earlier version of a turn (a search hit) is shown by choosing it."""
        if self.model_.row_of(message_id) < 0 and self.conversation_id is not None:
            try:
                if self.ws.show_message_version(message_id):
                    self.open_conversation(self.conversation_id)
            except ServiceError:
                return False
        for _ in range(1000):
            row = self.model_.row_of(message_id)
            if row >= 0:
                self._stick_bottom = False
                index = self.model_.index(row, 0)
                self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
                self.setCurrentIndex(index)  # highlighted, and focused for the keyboard
                return True
            if not self.load_older():
                return False
        return False

    # -- versions -----------------------------------------------------------------
    def flip_version(self, message_id: int, step: int) -> Message | None:
        """Show the previous (``step`` -1) or next (+1) version of a message's turn;
        the choice is stored, so later turns (and a restart) see it."""
        if any(m.status == MessageStatus.STREAMING for m in self.model_.items()[-3:]):
            self.sig_notice.emit("A reply is still being written; stop it or wait.")
            return None
        chosen = self.ws.flip_version(message_id, step)
        if chosen is None:
            return None
        self.show_version(chosen)
        at, total = self.model_.position(chosen.id) or (1, 1)
        self.sig_notice.emit(f"Version {at} of {total}.")
        return chosen

    def show_version(self, message: Message) -> None:
        """Reload the shown path and keep ``message`` in view and focused."""
        self.open_conversation(self.conversation_id)
        row = self.model_.row_of(message.id)
        if row >= 0:
            index = self.model_.index(row, 0)
            self.setCurrentIndex(index)
            if row != self.model_.rowCount() - 1:
                self._stick_bottom = False
                self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    # -- messages -----------------------------------------------------------------
    def add_message(self, message: Message) -> None:
        self._stick_bottom = True
        self.model_.append(message)
        self._refresh_last_reply_pills()

    def replace_message(self, message: Message) -> None:
        self.model_.replace(message)
        self._refresh_last_reply_pills()

    def show_new_version(self, old_id: int, message: Message) -> None:
        """A regenerated reply takes its turn's row (``< n/n >``); anything else
        reloads the shown page."""
        if self.model_.row_of(old_id) != self.model_.rowCount() - 1 or not (
            self.model_.replace_with_version(old_id, message)
        ):
            self.reload()
            return
        self._stick_bottom = True
        self._refresh_last_reply_pills()
        self.scrollToBottom()

    def remove_message(self, message_id: int) -> None:
        self.model_.remove(message_id)

    def set_streaming_text(self, message_id: int, text: str) -> None:
        self.model_.set_streaming_text(message_id, text)

    def _refresh_last_reply_pills(self) -> None:
        # "Regenerate" moves to the newest reply: repaint the replies it moved between
        for row in range(max(0, self.model_.rowCount() - 4), self.model_.rowCount()):
            index = self.model_.index(row, 0)
            self.delegate.sizeHintChanged.emit(index)
        self.viewport().update()

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        # A new height re-lays out every loaded row and repaints the viewport; a
        # streaming reply keeps its height for most updates, and then only its own
        # row is repainted (by QAbstractItemView's own dataChanged).
        option = QStyleOptionViewItem()
        for row in range(top_left.row(), bottom_right.row() + 1):
            index = self.model_.index(row, 0)
            message: Message = index.data(ObjectRole)
            before = self.delegate.given_heights.get(message.id or 0)
            if before is None or self.delegate.sizeHint(option, index).height() != before:
                self.delegate.sizeHintChanged.emit(index)

    # -- scrolling ----------------------------------------------------------------
    def _on_scroll(self, value: int) -> None:
        bar = self.verticalScrollBar()
        if self._keep_from_bottom is None:
            self._stick_bottom = value >= bar.maximum() - 4
        if value <= bar.minimum() and self.model_.has_older and bar.maximum() > 0:
            self.load_older()

    def _on_range(self, _minimum: int, maximum: int) -> None:
        bar = self.verticalScrollBar()
        if self._keep_from_bottom is not None:
            keep, self._keep_from_bottom = self._keep_from_bottom, None
            bar.setValue(max(0, maximum - keep))
        elif self._stick_bottom:
            bar.setValue(maximum)

    def viewportEvent(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
            # Row heights depend on the width, but QListView re-lays rows out only
            # when its height changes (flow top to bottom): without this a narrower
            # view (a resize, the scroll bar appearing after a restart) draws each
            # bubble taller than its slot, over the next one.
            self.scheduleDelayedItemsLayout()
        return super().viewportEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._stick_bottom:
            self.scrollToBottom()
        self._place_selectable()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        cursor = Qt.CursorShape.ArrowCursor
        if index.isValid():
            kind, _ = self.delegate.hit(self.visualRect(index), index, pos)
            if kind:
                cursor = Qt.CursorShape.PointingHandCursor
        self.viewport().setCursor(cursor)
        super().mouseMoveEvent(event)

    # -- actions ------------------------------------------------------------------
    def open_link(self, url: str) -> bool:
        """Open an http(s)/mailto link in the system's browser or mailer; refuse others.

        ``consultant://message/<conversation>/<message>`` links (the sources a reply
        used) open that message in the app.
        """
        source = parse_source_link(url)
        if source is not None:
            self.sig_open_source.emit(*source)
            return True
        if not is_openable_link(url):
            self.sig_link_refused.emit(url)
            return False
        self.opened_links.append(url)
        return bool(self.url_opener(QUrl(url)))

    def mail_info(self, message: Message) -> MailInfo | None:
        """The headers of the stored e-mail ``message`` is (``None`` for other messages)."""
        if not is_mail_message(message) or message.id is None:
            return None
        if message.id not in self._mail:
            from consultant.services import mail_store

            try:
                self._mail[message.id] = mail_store.mail_for_message(self.ws, message.id)
            except Exception:  # headers are a nicety; the text is shown anyway
                self._mail[message.id] = None
        return self._mail[message.id]

    def _is_mail_thread(self) -> bool:
        if self.conversation_id is None:
            return False
        try:
            return self.ws.conversation(self.conversation_id).is_mail
        except ServiceError:
            return False

    def draft_accounts(self) -> list[str]:
        """The names of the configured mail accounts ("Save to Drafts" needs one)."""
        try:
            from consultant.services import mail_accounts

            return [e.name for e in mail_accounts.list_accounts() if e.account is not None]
        except Exception:  # an unreadable settings file: no mail accounts
            return []

    def save_to_drafts(self, account: str | None = None) -> bool:
        """Append the conversation's last reply as a draft to the account's Drafts
        folder: built here (the database), sent in the background (the network); the
        sentence goes to the status line. False when it could not start."""
        if self.conversation_id is None:
            return False
        from consultant.services import mail_draft

        captured: list[tuple[MailAccount, str, bytes]] = []
        try:
            sentence = mail_draft.append_to_drafts(
                self.ws, self.conversation_id, account,
                appender=lambda acct, secret, raw: captured.append((acct, secret, raw)),
            )  # fmt: skip
        except ServiceError as exc:
            self.sig_notice.emit(str(exc))
            return False
        except Exception as exc:  # a sentence, never a traceback
            self.sig_notice.emit(f"The draft could not be made: {exc}")
            return False
        acct, secret, raw = captured[0]
        from consultant.ui.background import run_in_background

        def append() -> str:
            from consultant.mail.imap import append_draft

            append_draft(acct, secret, raw)
            return sentence

        def failed(exc: BaseException) -> None:
            from consultant.mail.accounts import MailError

            if isinstance(exc, MailError | ServiceError):
                self.sig_notice.emit(f"Not saved to Drafts: {exc}")
            else:
                self.sig_notice.emit(
                    f"Not saved to Drafts: the mail server of {acct.name!r} could not be reached."
                )

        self.sig_notice.emit(f"Saving the draft to mail account {acct.name!r}…")
        self.drafts_task = run_in_background(append, self.sig_notice.emit, failed, parent=self)
        return True

    def copy_menu(self, message: Message) -> QMenu:
        menu = QMenu(self)
        menu.addAction("Copy as plain text", lambda: copy_message(message, "plain"))
        menu.addAction("Copy as Markdown", lambda: copy_message(message, "markdown"))
        menu.addAction("Copy as HTML (for e-mail)", lambda: copy_message(message, "html"))
        menu.addAction("Select text…", lambda: self.open_selectable(message.id or 0))
        if message.role == Role.ASSISTANT and message.content.strip():
            menu.addSeparator()
            menu.addAction("Open in mail client…", lambda: self.open_in_mail(message))
            last = self.model_.last_reply()
            accounts = self.draft_accounts() if last is not None and last.id == message.id else []
            if accounts and message.status == MessageStatus.COMPLETE and not self._is_mail_thread():
                if len(accounts) == 1:
                    menu.addAction("Save to Drafts", lambda: self.save_to_drafts(accounts[0]))
                else:
                    sub = menu.addMenu("Save to Drafts")
                    for name in accounts:
                        sub.addAction(name, partial(self.save_to_drafts, name))
        if is_client_mail(message) and message.id is not None:
            menu.addSeparator()
            mid = message.id
            answer = self.sig_answer_mail
            menu.addAction("Interpret this e-mail", lambda: answer.emit(mid, "interpret"))
            menu.addAction("Reply to this e-mail", lambda: answer.emit(mid, "reply"))
        return menu

    def open_in_mail(self, message: Message) -> bool:
        """Open the reply as a new e-mail: a ``mailto:`` link, or an ``.eml`` draft
        answering the imported e-mail the conversation replies to."""
        items = self.model_.items()
        row = self.model_.row_of(message.id)
        upto = items[:row] if row >= 0 else items
        title = ""
        if self.conversation_id is not None:
            try:
                title = self.ws.conversation(self.conversation_id).title
            except Exception:  # a title is a nicety
                title = ""
        result = open_in_mail_client(
            message, upto, title=title, drafts_dir=self.ws.home / "drafts",
            opener=self.url_opener,
        )  # fmt: skip
        self.sig_notice.emit(result.notice)
        return result.opened

    # -- keyboard and selection ------------------------------------------------------
    def has_focus_ring(self, index: _Index) -> bool:
        current = self.currentIndex()
        return (
            self.hasFocus()
            and current.isValid()
            and current.row() == index.row()
            and self.selectable is None
        )

    def current_message(self) -> Message | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        message: Message = index.data(ObjectRole)
        return message

    def focusInEvent(self, event: Any) -> None:
        had_current = self.currentIndex().isValid()
        super().focusInEvent(event)  # (makes the first row current if none was)
        if not had_current and self.model_.rowCount():
            # start on the newest message, the one a user acts on
            last = self.model_.index(self.model_.rowCount() - 1, 0)
            self.setCurrentIndex(last)
        self.viewport().update()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Copy)
                or self._is_regenerate(event)
                or self._version_step(event)
                or self._is_edit(event)
            )
        ):
            event.accept()  # handled by the list, whatever the window binds
            return True
        return super().event(event)

    @staticmethod
    def _is_regenerate(event: QKeyEvent) -> bool:
        return (
            event.key() == Qt.Key.Key_R and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        )

    @staticmethod
    def _version_step(event: QKeyEvent) -> int:
        """Alt+Left / Alt+Right: previous / next version (0: another key)."""
        if event.modifiers() != Qt.KeyboardModifier.AltModifier:
            return 0
        return {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()), 0)

    @staticmethod
    def _is_edit(event: QKeyEvent) -> bool:
        return event.key() == Qt.Key.Key_F2 and not event.modifiers()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        message = self.current_message()
        key = event.key()
        if message is not None:
            step = self._version_step(event)
            if step:
                if message.id is not None and self.model_.position(message.id):
                    self.flip_version(message.id, step)
                return
            if self._is_edit(event):
                if (
                    message.role == Role.USER
                    and message.id is not None
                    and (not is_mail_message(message))
                ):
                    self.sig_edit.emit(message.id)
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                copy_message(message, "plain")
                self.sig_notice.emit("Message copied as plain text.")
                return
            if self._is_regenerate(event):
                last = self.model_.last_reply()
                if last is not None and last.id is not None:
                    if last.status in _FAILED:
                        self.sig_retry.emit(last.id)
                    elif last.status != MessageStatus.STREAMING:
                        self.sig_regenerate.emit(last.id)
                return
            menu_key = key == Qt.Key.Key_Menu or (
                key == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
            )
            if menu_key:
                rect = self.visualRect(self.currentIndex())
                self.scrollTo(self.currentIndex())
                rect = self.visualRect(self.currentIndex())
                self._context_menu(QPoint(rect.left() + OUTER_X + 20, max(0, rect.top()) + 20))
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selectable(message.id or 0)
                return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End,
                   Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):  # fmt: skip
            self._stick_bottom = False
            super().keyPressEvent(event)
            current = self.currentIndex()
            if current.isValid():
                self.scrollTo(current)
                if current.row() == self.model_.rowCount() - 1:
                    self._stick_bottom = True
            self.viewport().update()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: Any) -> None:
        # the Menu key: at the focused message
        if event.reason() == event.Reason.Keyboard and self.currentIndex().isValid():
            rect = self.visualRect(self.currentIndex())
            self._context_menu(QPoint(rect.left() + OUTER_X + 20, max(0, rect.top()) + 20))
            return
        super().contextMenuEvent(event)

    def open_selectable(self, message_id: int) -> bool:
        """Show the message in place as read-only, selectable text."""
        self.close_selectable()
        row = self.model_.row_of(message_id)
        if row < 0:
            return False
        index = self.model_.index(row, 0)
        message: Message = index.data(ObjectRole)
        if message.role == Role.ASSISTANT:
            html_text = render_markdown(message.content) if message.content else ""
            html_text += sources_html(message)
        else:
            html_text = plain_to_html(message.content)
        self.setCurrentIndex(index)
        self.selectable = _SelectableMessage(self, message, html_text)
        self._place_selectable()
        self.selectable.show()
        self.selectable.browser.setFocus()
        return True

    def close_selectable(self) -> None:
        if self.selectable is None:
            return
        widget, self.selectable = self.selectable, None
        had_focus = widget.browser.hasFocus()
        widget.hide()
        widget.deleteLater()
        if had_focus:
            self.setFocus()
        self.viewport().update()

    def _place_selectable(self) -> None:
        if self.selectable is None:
            return
        row = self.model_.row_of(self.selectable.message.id)
        if row < 0:
            self.close_selectable()
            return
        index = self.model_.index(row, 0)
        message: Message = index.data(ObjectRole)
        version = int(index.data(VersionRole) or 0)
        lay = self.delegate.layout(self.visualRect(index), message, version)
        geo = lay.bubble.adjusted(0, 0, 0, 0)
        # at least room for a few lines and the Done row; at most the viewport
        geo.setHeight(min(max(geo.height(), 140), max(140, self.viewport().height() - 8)))
        if geo.bottom() > self.viewport().height():
            geo.moveTop(max(0, min(geo.top(), self.viewport().height() - geo.height())))
        self.selectable.setGeometry(geo)

    def updateGeometries(self) -> None:
        super().updateGeometries()  # after each (re-)layout of the rows
        self._place_selectable()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._place_selectable()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if getattr(self, "delegate", None) is not None and event.type() in (
            QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange
        ):  # fmt: skip
            # every cached document and height was made with the old font
            self.delegate.refresh_fonts()
            self.delegate.clear_cache()
            self.scheduleDelayedItemsLayout()

    def _on_action(self, name: str, message: Message, gpos: QPoint) -> None:
        if name == COPY:
            self.copy_menu(message).popup(gpos)
        elif name == REGENERATE and message.id is not None:
            self.sig_regenerate.emit(message.id)
        elif name == RETRY and message.id is not None:
            self.sig_retry.emit(message.id)
        elif name == EDIT and message.id is not None:
            self.sig_edit.emit(message.id)
        elif name in (PREV_VERSION, NEXT_VERSION) and message.id is not None:
            self.flip_version(message.id, -1 if name == PREV_VERSION else 1)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        message: Message = index.data(ObjectRole)
        self.setCurrentIndex(index)
        menu = self.copy_menu(message)
        position = self.model_.position(message.id)
        if position and message.id is not None and message.status != MessageStatus.STREAMING:
            at, total = position
            menu.addSeparator()
            prev = menu.addAction(
                f"Previous version ({at - 1}/{total})" if at > 1 else "Previous version",
                lambda: self.flip_version(message.id or 0, -1),
            )
            prev.setEnabled(at > 1)
            nxt = menu.addAction(
                f"Next version ({at + 1}/{total})" if at < total else "Next version",
                lambda: self.flip_version(message.id or 0, 1),
            )
            nxt.setEnabled(at < total)
        if message.role == Role.USER and message.id is not None and not is_mail_message(message):
            menu.addSeparator()
            menu.addAction("Edit and resend…", lambda: self.sig_edit.emit(message.id))
        if message.role == Role.ASSISTANT and message.status != MessageStatus.STREAMING:
            menu.addSeparator()
            if message.status in _FAILED:
                menu.addAction("Retry", lambda: self.sig_retry.emit(message.id))
            last = self.model_.last_reply()
            if last is not None and last.id == message.id:
                menu.addAction("Regenerate", lambda: self.sig_regenerate.emit(message.id))
        menu.popup(self.viewport().mapToGlobal(pos))

    def is_at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4
