"""Past snippets proposed as context for the message being written.

As the user types, :meth:`ContextPanel.propose` (debounced by the window) asks
``AskService.propose_context``; each snippet can be removed (× / Delete) and a
double-click (or Enter) opens the message it came from. What is left is exactly
what will be sent (``snippets()``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consultant.core.prompts import ContextSnippet
from consultant.ui.item_models import ObjectRole, SnippetListModel

__all__ = ["ContextPanel"]


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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_state()

    def set_snippets(self, snippets: list[ContextSnippet]) -> None:
        self.model_.set_items([s for s in snippets if s.message_id not in self._removed])
        self._update_state()

    def reset(self) -> None:
        """A new message (or another conversation): forget removals."""
        self._removed.clear()
        self.model_.set_items([])
        self._update_state()

    def snippets(self) -> list[ContextSnippet]:
        return list(self.model_.items())

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
