"""Search every conversation (Ctrl+K): results update as the user types.

The query runs off the GUI thread on a read-only connection of its own
(``workspace.store.reader()``, opened and closed inside the worker), through
``run_in_background``. Typing is debounced (~200 ms); each new query cancels the
previous one, so results of a query the user has typed past are dropped.

Keys: Up/Down/PageUp/PageDown move through the results while the focus stays in
the query field; Enter (or a double-click) emits ``sig_open_message(conversation_id,
message_id)`` and closes the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from consultant.core.models import SearchHit
from consultant.services.search import html_snippet
from consultant.services.workspace import SearchQuery, Workspace
from consultant.ui.background import BackgroundTask, run_in_background

__all__ = ["DEBOUNCE_MS", "SearchDialog"]

DEBOUNCE_MS = 200
RESULT_LIMIT = 50
MAX_QUERY_CHARS = 10_000
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
EMPTY_TEXT = "Type to search every conversation"
EMPTY_TEXT_CLIENT = "Type to search this client's conversations"
NO_MATCHES = "No matches"


def _hit_html(hit: SearchHit, muted: str) -> str:
    date = hit.created_at.strftime("%d %b %Y") if hit.created_at else ""
    title = hit.conversation_title or "Untitled conversation"
    return (
        f'<div style="color:{muted}; font-size:small">'
        f"<b>{_esc(hit.client_name)}</b> · {_esc(title)}"
        f"{' · ' + date if date else ''}</div>"
        f"<div>{html_snippet(hit.snippet) or '&nbsp;'}</div>"
    )


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _HitDelegate(QStyledItemDelegate):
    """Two lines of rich text per result: where it is, then the highlighted snippet."""

    PADDING = 7

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        hit = index.data(HIT_ROLE)
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        muted_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        muted = palette.color(muted_role).name()
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ).name()
        body = _hit_html(hit, muted) if isinstance(hit, SearchHit) else ""
        doc.setHtml(f'<div style="color:{text_color}">{body}</div>')
        width = option.rect.width() - 2 * self.PADDING
        doc.setTextWidth(max(width, 100))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, index)
        painter.save()
        rect: QRect = opt.rect
        painter.translate(rect.left() + self.PADDING, rect.top() + self.PADDING)
        context = QAbstractTextDocumentLayout.PaintContext()
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2 * self.PADDING)


class SearchDialog(QDialog):
    """Full-text search across all clients or the current one."""

    sig_open_message = Signal(int, int)  # conversation_id, message_id

    def __init__(
        self, workspace: Workspace, client_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._client_id: int | None = None
        self._task: BackgroundTask[list[SearchHit]] | None = None
        self._generation = 0
        self._open_when_ready = False
        #: The query text whose results are on screen (None: nothing searched yet).
        self.shown_query: str | None = None
        self.setWindowTitle("Search")
        self.resize(720, 520)

        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText("Search messages…")
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setMaxLength(MAX_QUERY_CHARS)
        query_font = self.query_edit.font()
        query_font.setPointSizeF(query_font.pointSizeF() * 1.15)
        self.query_edit.setFont(query_font)
        self.query_edit.setMinimumHeight(30)
        self.query_edit.textChanged.connect(self._schedule)
        self.query_edit.installEventFilter(self)
        self.query_edit.returnPressed.connect(self.open_current)

        self.this_client_button = QPushButton("This client")
        self.all_clients_button = QPushButton("All clients")
        self.scope_group = QButtonGroup(self)
        self.scope_group.setExclusive(True)
        for button in (self.this_client_button, self.all_clients_button):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.scope_group.addButton(button)
        self.all_clients_button.setChecked(True)
        self._style_scope()
        self.scope_group.buttonToggled.connect(self._scope_toggled)

        top = QHBoxLayout()
        top.addWidget(self.query_edit, 1)
        top.addSpacing(6)
        top.addWidget(self.this_client_button)
        top.addWidget(self.all_clients_button)

        self.results = QListWidget()
        self.results.setItemDelegate(_HitDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.itemDoubleClicked.connect(self._open_item)
        self.results.itemClicked.connect(lambda _item: self.query_edit.setFocus())

        self.status_label = QLabel(EMPTY_TEXT)
        self.status_label.setObjectName("searchStatus")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("color: palette(placeholder-text); padding: 24px;")

        self.hint_label = QLabel("↑ ↓ to choose · Enter to open · Esc to close")
        self.hint_label.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label, 1)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_search)

        self.set_client(client_id)
        self._show_status(self._empty_text())
        self.query_edit.setFocus()

    # -- scope ---------------------------------------------------------------
    def set_client(self, client_id: int | None) -> None:
        """The client "This client" means (None: no client is open)."""
        self._client_id = client_id
        self.this_client_button.setEnabled(client_id is not None)
        if client_id is None and self.this_client_button.isChecked():
            self.all_clients_button.setChecked(True)
        self._schedule()

    def _style_scope(self) -> None:
        for button in (self.this_client_button, self.all_clients_button):
            font = button.font()
            font.setBold(button.isChecked())
            button.setFont(font)

    def scope_client_id(self) -> int | None:
        """The client the search is limited to, or None for all clients."""
        if self.this_client_button.isChecked() and self._client_id is not None:
            return self._client_id
        return None

    def _scope_toggled(self, _button: QPushButton, checked: bool) -> None:
        self._style_scope()
        if checked:
            self._run_search()

    # -- searching -----------------------------------------------------------
    def _schedule(self) -> None:
        self._debounce.start()

    def _empty_text(self) -> str:
        return EMPTY_TEXT_CLIENT if self.scope_client_id() is not None else EMPTY_TEXT

    def _run_search(self) -> None:
        self._debounce.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._generation += 1
        text = self.query_edit.text()[:MAX_QUERY_CHARS]
        if not text.strip():
            self._open_when_ready = False
            self.results.clear()
            self.shown_query = None
            self._show_status(self._empty_text())
            return
        query = SearchQuery(text, client_id=self.scope_client_id(), limit=RESULT_LIMIT)
        workspace = self._workspace
        generation = self._generation

        def search() -> list[SearchHit]:
            reader = Workspace(workspace.store.reader(), workspace.home)
            try:
                return reader.search(query)
            finally:
                reader.close()

        self._task = run_in_background(
            search,
            lambda hits: self._show_hits(generation, text, hits),
            lambda exc: self._show_failure(generation, exc),
            parent=self,
        )

    def _show_hits(self, generation: int, text: str, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        self._task = None
        self.shown_query = text
        open_now, self._open_when_ready = self._open_when_ready, False
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem()
            item.setData(HIT_ROLE, hit)
            item.setToolTip(f"{hit.client_name} · {hit.conversation_title}")
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
            self.status_label.hide()
            self.results.show()
            if open_now:
                self.open_current()
        else:
            self._show_status(NO_MATCHES)

    def _show_failure(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.results.clear()
        self._show_status(f"The search failed: {exc}")

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()
        self.results.setVisible(self.results.count() > 0)

    def hits(self) -> list[SearchHit]:
        """The results on screen, in order."""
        out: list[SearchHit] = []
        for row in range(self.results.count()):
            hit = self.results.item(row).data(HIT_ROLE)
            if isinstance(hit, SearchHit):
                out.append(hit)
        return out

    def is_searching(self) -> bool:
        return self._task is not None or self._debounce.isActive()

    # -- opening -------------------------------------------------------------
    def open_current(self) -> None:
        """Open the chosen result; pressed before the results arrived, open the first one
        when they do."""
        if self.is_searching():
            self._open_when_ready = True
            if self._debounce.isActive():
                self._run_search()
            return
        item = self.results.currentItem()
        if item is None and self.results.count():
            item = self.results.item(0)
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if not isinstance(hit, SearchHit) or hit.conversation_id is None:
            return
        if hit.message_id is None:
            return
        self.sig_open_message.emit(hit.conversation_id, hit.message_id)
        self.accept()

    # -- keys ----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._move(event.key()):
                return True
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> bool:
        count = self.results.count()
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 8,
            Qt.Key.Key_PageUp: -8,
        }
        step = steps.get(Qt.Key(key))
        if step is None:
            return False
        if count:
            row = min(max(self.results.currentRow() + step, 0), count - 1)
            self.results.setCurrentRow(row)
            self.results.scrollToItem(self.results.item(row))
        return True

    def done(self, result: int) -> None:
        self._debounce.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        super().done(result)
