"""Search every conversation (Ctrl+K): results update as the user types.

Queries run off the GUI thread through ``services.search.SearchRunner`` (read-only
connections of its own, reused between queries) and ``run_in_background``. Typing
stops the running query at once (``SearchJob.cancel`` → ``Connection.interrupt()``)
and starts the next one after a short pause (``DEBOUNCE_MS``); results of a query
the user has typed past are never shown.

Filters: when (any time, the past 7 / 30 days, 12 months, or a custom range), task,
and who wrote the message (the client, you, the assistant). Each result shows who
wrote it, where and when, and the snippet as plain text with the hits marked
(``context_panel.ResultDelegate``: one fixed row height, layouts cached); repeated
hits from one message or one text are one row.

Keys: Up/Down/PageUp/PageDown move through the results while the focus stays in
the query field; Enter (or a double-click) emits ``sig_open_message(conversation_id,
message_id)`` and closes the dialog.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consultant.core.models import SearchHit, Task
from consultant.services.search import (
    SearchInterrupted,
    SearchJob,
    SearchRequest,
    SearchResult,
    SearchRunner,
    snippet_spans,
)
from consultant.services.workspace import Workspace
from consultant.ui.background import BackgroundTask, run_in_background
from consultant.ui.context_panel import ResultDelegate
from consultant.ui.item_models import ObjectRole, ResultRow, SearchResultModel, format_day

__all__ = ["DEBOUNCE_MS", "SearchDialog", "result_row"]

DEBOUNCE_MS = 200
RESULT_LIMIT = 50
MAX_QUERY_CHARS = 10_000
EMPTY_TEXT = "Type to search every conversation"
EMPTY_TEXT_CLIENT = "Type to search this client's conversations"
NO_MATCHES = "No matches"
NO_MATCHES_FILTERED = "No matches with these filters"

#: (label, days back; None = any time, -1 = a custom range)
WHEN_CHOICES: list[tuple[str, int | None]] = [
    ("Any time", None),
    ("Past 7 days", 7),
    ("Past 30 days", 30),
    ("Past 12 months", 365),
    ("Custom range…", -1),
]
AUTHOR_CHOICES = [("Anyone", None), ("The client", "client"), ("You", "you"),
                  ("The assistant", "assistant")]  # fmt: skip


def result_row(result: SearchResult) -> ResultRow:
    """What a result row shows."""
    hit = result.hit
    text, spans = snippet_spans(hit.snippet)
    title = hit.conversation_title or "Untitled conversation"
    badges = []
    if result.matches > 1:
        badges.append(f"{result.matches} matches")
    if result.repeats:
        badges.append(f"{result.repeats + 1}× in this conversation")
    return ResultRow(
        author=result.author_label,
        where=f"{hit.client_name} · {title}",
        when=format_day(hit.created_at),
        text=text or " ",
        spans=tuple(spans),
        badge=" · ".join(badges),
    )


class _ResultList(QListView):
    """The results; the dialog keeps the focus in the query field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = SearchResultModel(self)
        self.setModel(self.model_)
        self.delegate = ResultDelegate(self, lines=2)
        self.setItemDelegate(self.delegate)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def count(self) -> int:
        return self.model_.rowCount()

    def currentRow(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def setCurrentRow(self, row: int) -> None:
        self.setCurrentIndex(self.model_.index(row, 0))

    def clear(self) -> None:
        self.model_.set_items([])


class SearchDialog(QDialog):
    """Full-text search across all clients or the current one."""

    sig_open_message = Signal(int, int)  # conversation_id, message_id

    def __init__(
        self, workspace: Workspace, client_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = SearchRunner(workspace)
        self._client_id: int | None = None
        self._task: BackgroundTask[list[tuple[SearchResult, ResultRow]]] | None = None
        self._job: SearchJob | None = None
        self._generation = 0
        self._open_when_ready = False
        self._warmed = False
        #: The query text whose results are on screen (None: nothing searched yet).
        self.shown_query: str | None = None
        #: The request whose results are on screen.
        self.shown_request: SearchRequest | None = None
        self.setWindowTitle("Search")
        self.resize(760, 560)

        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText("Search messages…")
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setMaxLength(MAX_QUERY_CHARS)
        query_font = self.query_edit.font()
        query_font.setPointSizeF(query_font.pointSizeF() * 1.15)
        self.query_edit.setFont(query_font)
        self.query_edit.setMinimumHeight(30)
        self.query_edit.textChanged.connect(self._text_changed)
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

        # -- filters -------------------------------------------------------------
        self.when_combo = QComboBox()
        for label, days in WHEN_CHOICES:
            self.when_combo.addItem(label, days)
        self.when_combo.setToolTip("Only messages written in this period")
        today = QDate.currentDate()
        self.since_edit = QDateEdit(today.addMonths(-1))
        self.until_edit = QDateEdit(today)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.dateChanged.connect(self._filters_changed)
        self.range_dash = QLabel("–")
        self.task_combo = QComboBox()
        self.task_combo.addItem("Any task", None)
        for task in Task:
            self.task_combo.addItem(task.label, task.value)
        self.task_combo.setToolTip("Only messages written for this task")
        self.author_combo = QComboBox()
        for label, author in AUTHOR_CHOICES:
            self.author_combo.addItem(label, author)
        self.author_combo.setToolTip(
            "Only messages the client sent (e-mails received, opened or pasted), you "
            "wrote (typed, or e-mails you sent), or the assistant wrote"
        )
        for combo in (self.when_combo, self.task_combo, self.author_combo):
            combo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            combo.currentIndexChanged.connect(self._filters_changed)
        self.clear_filters_button = QPushButton("Clear filters")
        self.clear_filters_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clear_filters_button.clicked.connect(self.clear_filters)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        when_label = QLabel("&When:")
        when_label.setBuddy(self.when_combo)
        filters.addWidget(when_label)
        filters.addWidget(self.when_combo)
        filters.addWidget(self.since_edit)
        filters.addWidget(self.range_dash)
        filters.addWidget(self.until_edit)
        filters.addSpacing(8)
        pairs = (("&Task:", self.task_combo), ("&Written by:", self.author_combo))
        for label_text, widget in pairs:
            buddy = QLabel(label_text)
            buddy.setBuddy(widget)
            filters.addWidget(buddy)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addStretch(1)
        filters.addWidget(self.clear_filters_button)

        self.results = _ResultList()
        self.results.doubleClicked.connect(self._open_index)
        self.results.clicked.connect(lambda _index: self.query_edit.setFocus())

        self.status_label = QLabel(EMPTY_TEXT)
        self.status_label.setObjectName("searchStatus")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("color: palette(placeholder-text); padding: 24px;")

        self.hint_label = QLabel("↑ ↓ to choose · Enter to open · Esc to close")
        self.hint_label.setStyleSheet("color: palette(placeholder-text);")
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: palette(placeholder-text);")
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint_label, 1)
        bottom.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.status_label, 1)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_search)

        self._show_range()
        self.clear_filters_button.setEnabled(False)
        self.set_client(client_id)
        self._show_status(self._empty_text())
        self.query_edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._warmed:
            self._warmed = True
            # Qt's one-time costs (font files, glyph caches) now, not on the first
            # results while the user types.
            self.results.delegate.warm_up(self.results)

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

    # -- filters -------------------------------------------------------------
    def _show_range(self) -> None:
        custom = self.when_combo.currentData() == -1
        for widget in (self.since_edit, self.range_dash, self.until_edit):
            widget.setVisible(custom)

    def _filters_changed(self) -> None:
        self._show_range()
        self.clear_filters_button.setEnabled(self.has_filters())
        self._run_search()

    def has_filters(self) -> bool:
        return (
            self.when_combo.currentData() is not None
            or self.task_combo.currentData() is not None
            or self.author_combo.currentData() is not None
        )

    def clear_filters(self) -> None:
        for combo in (self.when_combo, self.task_combo, self.author_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._filters_changed()

    def set_filters(
        self,
        *,
        author: str | None = None,
        task: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> None:
        """Set the filters as a user would (tests, and callers that open the
        dialog pre-filtered)."""
        combos = [(self.author_combo, author), (self.task_combo, task)]
        for combo, data in combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(data)))
            combo.blockSignals(False)
        self.when_combo.blockSignals(True)
        if since is None and until is None:
            self.when_combo.setCurrentIndex(0)
        else:
            self.when_combo.setCurrentIndex(self.when_combo.findData(-1))
            for edit, value in ((self.since_edit, since), (self.until_edit, until)):
                edit.blockSignals(True)
                if value is None:
                    value = date(1970, 1, 1) if edit is self.since_edit else date.today()
                edit.setDate(QDate(value.year, value.month, value.day))
                edit.blockSignals(False)
        self.when_combo.blockSignals(False)
        self._filters_changed()

    def _date_range(self) -> tuple[date | None, date | None]:
        days = self.when_combo.currentData()
        if days is None:
            return None, None
        if days == -1:
            since = self.since_edit.date().toPython()
            until = self.until_edit.date().toPython()
            assert isinstance(since, date) and isinstance(until, date)
            return (since, until) if since <= until else (until, since)
        return date.today() - timedelta(days=int(days)), None

    def request(self) -> SearchRequest:
        """What the field and the filters ask for now."""
        since, until = self._date_range()
        return SearchRequest(
            self.query_edit.text()[:MAX_QUERY_CHARS],
            client_id=self.scope_client_id(),
            task=self.task_combo.currentData(),
            author=self.author_combo.currentData(),
            since=since,
            until=until,
            limit=RESULT_LIMIT,
        )

    # -- searching -----------------------------------------------------------
    def _text_changed(self) -> None:
        # The running query is for text the user has typed past: stop it now
        # rather than after the pause (it would hold a core and the disk).
        self._stop_running()
        self._schedule()

    def _schedule(self) -> None:
        self._debounce.start()

    def _empty_text(self) -> str:
        return EMPTY_TEXT_CLIENT if self.scope_client_id() is not None else EMPTY_TEXT

    def _stop_running(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _run_search(self) -> None:
        self._debounce.stop()
        self._stop_running()
        self._generation += 1
        request = self.request()
        if not request.text.strip():
            self._open_when_ready = False
            self.results.clear()
            self.shown_query = None
            self.shown_request = None
            self._show_status(self._empty_text())
            return
        generation = self._generation
        job = self._runner.job(request)
        self._job = job

        def run() -> list[tuple[SearchResult, ResultRow]]:
            # The rows are built here too: the GUI thread only shows them.
            return [(result, result_row(result)) for result in job.run()]

        self._task = run_in_background(
            run,
            lambda results: self._show_results(generation, request, results),
            lambda exc: self._show_failure(generation, exc),
            parent=self,
        )

    def _show_results(
        self,
        generation: int,
        request: SearchRequest,
        results: list[tuple[SearchResult, ResultRow]],
    ) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        self._task = None
        self._job = None
        self.shown_query = request.text
        self.shown_request = request
        open_now, self._open_when_ready = self._open_when_ready, False
        self.results.model_.set_items(results)
        if results:
            self.results.setCurrentRow(0)
            self.results.scrollToTop()
            self.status_label.hide()
            self.results.show()
            more = "+" if len(results) >= RESULT_LIMIT else ""
            self.count_label.setText(
                f"{len(results)}{more} result{'s' if len(results) != 1 else ''}"
            )
            if open_now:
                self.open_current()
        else:
            self.count_label.setText("")
            self._show_status(NO_MATCHES_FILTERED if self.has_filters() else NO_MATCHES)

    def _show_failure(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or isinstance(exc, SearchInterrupted):
            return
        self._task = None
        self._job = None
        self.results.clear()
        self.count_label.setText("")
        self._show_status(f"The search failed: {exc}")

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()
        self.results.setVisible(self.results.count() > 0)

    def search_results(self) -> list[SearchResult]:
        """The results on screen, in order."""
        return [result for result, _row in self.results.model_.items()]

    def rows(self) -> list[ResultRow]:
        """What each result row shows, in order."""
        return [row for _result, row in self.results.model_.items()]

    def hits(self) -> list[SearchHit]:
        """The hits on screen, in order."""
        return [result.hit for result in self.search_results()]

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
        index = self.results.currentIndex()
        if not index.isValid() and self.results.count():
            index = self.results.model_.index(0, 0)
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        result = index.data(ObjectRole)
        if not isinstance(result, SearchResult):
            return
        if result.conversation_id is None or result.message_id is None:
            return
        self.sig_open_message.emit(result.conversation_id, result.message_id)
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
            self.results.scrollTo(self.results.model_.index(row, 0))
        return True

    def done(self, result: int) -> None:
        self._debounce.stop()
        self._stop_running()
        self._runner.close()
        super().done(result)
