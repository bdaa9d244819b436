"""Past snippets proposed as context for the message being written.

As the user types, :meth:`ContextPanel.propose` (debounced by the window) asks
``AskService.propose_context``; each snippet can be removed (× / Delete) and a
double-click (or Enter) opens the message it came from. What is left is exactly
what will be sent (``snippets()``).

For a ``redact`` client the panel also says what will be masked before anything is
sent ("Masked before sending: 3 names, 1 date …") and shows the outgoing text with
its placeholders on request (``AskService.preview``: the same code the gateway runs).
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from consultant.core.prompts import ContextSnippet
from consultant.ui.item_models import ObjectRole, SnippetListModel

__all__ = ["ContextPanel", "OutgoingTextDialog"]


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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = SnippetListModel(self)
        self._removed: set[int] = set()
        title = QLabel("Context from past conversations")
        title.setObjectName("paneTitle")
        title.setWordWrap(True)
        self.hint = QLabel(
            "Relevant snippets from this client's history appear here as you type. "
            "They are sent with your message; remove any you don't want."
        )
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(self.hint.foregroundRole())
        self.list = _SnippetList()
        self.list.setObjectName("snippetList")
        self.list.setModel(self.model_)
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
