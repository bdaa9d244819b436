"""Past snippets proposed as context for the message being written.

As the user types, :meth:`ContextPanel.propose` (debounced by the window) asks
``AskService.propose_context``; each snippet can be removed (× / Delete) and a
double-click (or Enter) opens the message it came from. What is left is exactly
what will be sent (``snippets()``).

For a ``redact`` client the panel also says what will be masked before anything is
sent ("Masked before sending: 3 names, 1 date …") and shows the outgoing text with
its placeholders on request (``AskService.preview``: the same code the gateway runs).

:class:`ResultDelegate` paints a result row (``item_models.ResultRow``) for this
panel and the search dialog: the author in bold, where and when in muted text,
then the snippet as plain text with its hits marked, at most ``lines`` lines (the
last one elided). Every row has the same height, so the view never measures a
row; the text layouts of painted rows are cached by row and width (dropped when
the width or the palette changes).
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from consultant.core.prompts import ContextSnippet
from consultant.ui.item_models import ObjectRole, ResultRow, RowRole, SnippetListModel

__all__ = ["ContextPanel", "OutgoingTextDialog", "ResultDelegate", "hit_color"]

_Index = QModelIndex | QPersistentModelIndex
_LINE_BREAK = "\u2028"


def hit_color(palette: QPalette) -> QColor:
    """The marker behind a hit: amber, strong enough on a light or dark base."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(235, 170, 0, 120) if dark else QColor(255, 210, 0, 120)


class ResultDelegate(QStyledItemDelegate):
    """Paints :class:`ResultRow` rows at one fixed height (see the module doc)."""

    PADDING = 8
    GAP = 3

    def __init__(self, parent: QAbstractItemView, *, lines: int = 2) -> None:
        super().__init__(parent)
        self.lines = lines
        self._cache: dict[ResultRow, QTextLayout] = {}
        self._cache_key: tuple[int, str, str] | None = None
        #: How many snippet layouts were built (benchmarks and tests read it).
        self.layouts_built = 0

    def warm_up(self, view: QAbstractItemView) -> None:
        """Lay out and draw one sample row off screen, so the first real paint does
        not pay Qt's one-time costs (font files, glyph caches for bold text)."""
        from PySide6.QtGui import QImage

        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font = view.font()
        row = ResultRow("Warm up", "here", "1 Jan 2026", "a warm up row", ((2, 4),))
        image = QImage(400, 80, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        try:
            painter.setFont(option.font)
            layout = self._lay_out(row.text, row.spans, option.font, 380, option.palette)
            layout.draw(painter, QPointF(0, 0))
            bold = QFont(option.font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(0, 40, row.author + " 0123456789 · …")
        finally:
            painter.end()

    # -- geometry ----------------------------------------------------------------
    def _metrics(self, option: QStyleOptionViewItem) -> QFontMetrics:
        return QFontMetrics(option.font)

    def row_height(self, option: QStyleOptionViewItem, with_note: bool) -> int:
        line = self._metrics(option).lineSpacing()
        notes = line + self.GAP if with_note else 0
        return 2 * self.PADDING + line + self.GAP + notes + self.lines * line

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        row = index.data(RowRole)
        with_note = isinstance(row, ResultRow) and bool(row.note)
        return QSize(200, self.row_height(option, with_note))

    # -- layouts -----------------------------------------------------------------
    def _layout(self, row: ResultRow, font: QFont, width: int, palette: QPalette) -> QTextLayout:
        key = (width, palette.color(QPalette.ColorRole.Base).name(), font.key())
        if key != self._cache_key:  # width, palette or font changed: lay out again
            self._cache.clear()
            self._cache_key = key
        cached = self._cache.get(row)
        if cached is not None:
            return cached
        layout = self._build(row.text, row.spans, font, width, palette)
        if len(self._cache) > 400:
            self._cache.clear()
        self._cache[row] = layout
        return layout

    def _build(
        self,
        text: str,
        spans: tuple[tuple[int, int], ...],
        font: QFont,
        width: int,
        palette: QPalette,
    ) -> QTextLayout:
        self.layouts_built += 1
        layout = self._lay_out(text, spans, font, width, palette)
        if layout.lineCount() <= self.lines:
            return layout
        # Too long: cut after the last line that fits and end it with an ellipsis.
        last = layout.lineAt(self.lines - 1)
        end = last.textStart() + last.textLength()
        metrics = QFontMetrics(font)
        cut = end
        while cut > 0 and metrics.horizontalAdvance(
            text[last.textStart() : cut].rstrip() + " …"
        ) > width:
            cut -= 1
        shortened = text[:cut].rstrip().rstrip(_LINE_BREAK) + "…"
        kept = tuple(
            (start, min(length, len(shortened) - start))
            for start, length in spans
            if start < len(shortened) - 1
        )
        return self._lay_out(shortened, kept, font, width, palette)

    def _lay_out(
        self,
        text: str,
        spans: tuple[tuple[int, int], ...],
        font: QFont,
        width: int,
        palette: QPalette,
    ) -> QTextLayout:
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        formats = []
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setBackground(hit_color(palette))
        for start, length in spans:
            if length <= 0:
                continue
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, length, bold
            formats.append(span)
        layout.setFormats(formats)
        layout.beginLayout()
        y = 0.0
        spacing = QFontMetrics(font).lineSpacing()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += spacing
            if layout.lineCount() > self.lines + 1:
                break
        layout.endLayout()
        return layout

    # -- painting ----------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        row = index.data(RowRole)
        if not isinstance(row, ResultRow):
            return
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_color)
        if not selected:
            muted = palette.color(QPalette.ColorRole.PlaceholderText)
        rect: QRect = opt.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, 0)
        metrics = QFontMetrics(opt.font)
        line = metrics.lineSpacing()
        painter.save()
        # Header: author (bold) · where (muted) ………… badge · when (muted).
        right = " · ".join(p for p in (row.badge, row.when) if p)
        right_width = metrics.horizontalAdvance(right) + (12 if right else 0)
        bold_font = QFont(opt.font)
        bold_font.setBold(True)
        bold_metrics = QFontMetrics(bold_font)
        x = rect.left()
        header_width = max(rect.width() - right_width, 40)
        author = bold_metrics.elidedText(row.author, Qt.TextElideMode.ElideRight, header_width)
        painter.setFont(bold_font)
        painter.setPen(text_color)
        baseline = rect.top() + metrics.ascent()
        painter.drawText(x, baseline, author)
        x += bold_metrics.horizontalAdvance(author)
        rest = header_width - (x - rect.left())
        if row.where and rest > 20:
            where = metrics.elidedText(" · " + row.where, Qt.TextElideMode.ElideRight, rest)
            painter.setFont(opt.font)
            painter.setPen(muted)
            painter.drawText(x, baseline, where)
        if right:
            painter.setFont(opt.font)
            painter.setPen(muted)
            painter.drawText(rect.right() - metrics.horizontalAdvance(right), baseline, right)
        y = rect.top() + line + self.GAP
        if row.note:
            painter.setFont(opt.font)
            painter.setPen(muted)
            note = metrics.elidedText(row.note, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect.left(), y + metrics.ascent(), note)
            y += line + self.GAP
        layout = self._layout(row, opt.font, max(rect.width(), 40), palette)
        painter.setPen(text_color)
        layout.draw(painter, QPointF(rect.left(), y))
        painter.restore()


_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*_\d+\]")


def _highlight_placeholders(text: str) -> str:
    """The outgoing text as HTML, placeholders marked so they stand out."""
    marked = []
    pos = 0
    for match in _PLACEHOLDER.finditer(text):
        marked.append(html.escape(text[pos : match.start()]))
        marked.append(f"<b style='color: palette(link)'>{html.escape(match.group())}</b>")
        pos = match.end()
    marked.append(html.escape(text[pos:]))
    return "<pre style='white-space: pre-wrap'>" + "".join(marked) + "</pre>"


class OutgoingTextDialog(QDialog):
    """The text exactly as it will leave the machine, placeholders included."""

    def __init__(self, provider: str, summary: str, text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"What will be sent to {provider}")
        self.resize(760, 560)
        intro = QLabel(
            f"Masked before sending: {summary}. The placeholders are put back in the "
            "answer you see."
            if summary
            else "Nothing in this message was recognised as personal data."
        )
        intro.setWordWrap(True)
        self.text = QTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setHtml(_highlight_placeholders(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)


class _SnippetList(QListView):
    sig_delete = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.sig_delete.emit()
            return
        super().keyPressEvent(event)


class ContextPanel(QWidget):
    sig_open_message = Signal(int, int)  # conversation id, message id

    TYPING_HINT = (
        "Relevant snippets from this client's history appear here as you type. "
        "They are sent with your message; remove any you don't want."
    )
    MAIL_HINT = (
        "This is a thread of e-mail. Interpret or Reply to its newest e-mail: the "
        "conversation that starts proposes context from this client's history here."
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = SnippetListModel(self)
        self._removed: set[int] = set()
        title = QLabel("Context from past conversations")
        title.setObjectName("paneTitle")
        title.setWordWrap(True)
        self.hint = QLabel(self.TYPING_HINT)
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(self.hint.foregroundRole())
        self.list = _SnippetList()
        self.list.setObjectName("snippetList")
        self.list.setModel(self.model_)
        self.list.setItemDelegate(ResultDelegate(self.list, lines=4))
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(3)
        self.list.doubleClicked.connect(self._open)
        self.list.activated.connect(self._open)
        self.list.sig_delete.connect(self.remove_selected)
        self.remove_button = QPushButton("Remove")
        self.remove_button.setToolTip("Don't send the selected snippet (Delete)")
        self.remove_button.clicked.connect(self.remove_selected)
        self.open_button = QPushButton("Open source")
        self.open_button.clicked.connect(lambda: self._open(self.list.currentIndex()))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.privacy_label = QLabel()
        self.privacy_label.setObjectName("privacyPreview")
        self.privacy_label.setWordWrap(True)
        self.preview_button = QPushButton("Preview what is sent…")
        self.preview_button.setToolTip(
            "Show the message exactly as it will leave this computer, with placeholders"
        )
        self.preview_button.clicked.connect(self.show_outgoing_text)
        self._preview: Any = None  # services.ask.PrivacyPreview
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.privacy_label)
        layout.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.set_privacy_preview(None)
        self._update_state()

    # -- redaction preview -------------------------------------------------------
    def set_privacy_preview(self, preview: Any) -> None:
        """Show what a ``redact`` turn will mask (``None`` hides the section)."""
        self._preview = preview
        visible = preview is not None
        self.privacy_label.setVisible(visible)
        self.preview_button.setVisible(visible)
        if preview is None:
            return
        from consultant.core.privacy import describe_counts  # not on the start-up path

        summary = describe_counts(preview.counts)
        self.privacy_label.setText(
            f"Masked before sending to {preview.provider}: {summary}."
            if summary
            else "Redaction is on for this client; nothing in this message was "
            "recognised as personal data."
        )

    def privacy_summary(self) -> str:
        return self.privacy_label.text() if self._preview is not None else ""

    def show_outgoing_text(self) -> OutgoingTextDialog | None:
        if self._preview is None:
            return None
        from consultant.core.privacy import describe_counts

        dialog = OutgoingTextDialog(
            self._preview.provider,
            describe_counts(self._preview.counts),
            self._preview.outgoing_text,
            self,
        )
        dialog.setModal(True)
        dialog.show()
        return dialog

    def set_snippets(self, snippets: list[ContextSnippet]) -> None:
        self.model_.set_items([s for s in snippets if s.message_id not in self._removed])
        self._update_state()

    def set_mail_thread(self, is_mail: bool) -> None:
        """A mail thread has no composer, so nothing is proposed: say what to do."""
        self.hint.setText(self.MAIL_HINT if is_mail else self.TYPING_HINT)

    def reset(self) -> None:
        """A new message (or another conversation): forget removals."""
        self._removed.clear()
        self.model_.set_items([])
        self.set_privacy_preview(None)
        self._update_state()

    def snippets(self) -> list[ContextSnippet]:
        return list(self.model_.items())

    def removed(self) -> frozenset[int]:
        """Message ids the user removed: never sent with this message."""
        return frozenset(self._removed)

    def remove_row(self, row: int) -> None:
        snippet = self.model_.remove_row(row)
        if snippet is not None:
            self._removed.add(snippet.message_id)
        self._update_state()

    def remove_selected(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.remove_row(index.row())

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        snippet: ContextSnippet = index.data(ObjectRole)
        self.sig_open_message.emit(snippet.conversation_id, snippet.message_id)

    def _update_state(self) -> None:
        has = self.model_.rowCount() > 0
        self.hint.setVisible(not has)
        self.remove_button.setEnabled(has)
        self.open_button.setEnabled(has)
