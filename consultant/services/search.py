"""Search use cases shared by the CLI and the desktop app.

- :func:`plain_snippet` / :func:`html_snippet` / :func:`snippet_spans` turn a
  store snippet (plain text, hits between private-use markers) into a terminal
  line, rich text, or text plus the ranges to highlight.
- :class:`SearchRequest` → :class:`SearchResult`: a hit with who wrote it
  (the client, you, the assistant) and how many words of it match; repeated hits
  (one message twice, or the same text again in one conversation) are folded into
  one result (:func:`collapse`).
- :class:`SearchRunner` runs requests on read-only connections of its own (one
  per running query, reused), from any worker thread; :meth:`SearchJob.cancel`
  stops a running query at once (``sqlite3.Connection.interrupt()``), so a query
  the user has typed past stops using the disk and a core.
"""

from __future__ import annotations

import html
import threading
from dataclasses import dataclass, field
from datetime import date

from consultant.core.models import SearchHit
from consultant.services.workspace import Workspace
from consultant.store import Store
from consultant.store.search import (
    AUTHORS,
    HIT_END,
    HIT_START,
    HitDetail,
    SearchFilter,
    SearchInterrupted,
    highlight,
    plain_text,
)

__all__ = [
    "AUTHORS",
    "AUTHOR_LABELS",
    "SearchInterrupted",
    "SearchJob",
    "SearchRequest",
    "SearchResult",
    "SearchRunner",
    "collapse",
    "html_snippet",
    "plain_snippet",
    "plain_text",
    "snippet_spans",
]

AUTHOR_LABELS = {"client": "Client", "you": "You", "assistant": "Assistant"}


def plain_snippet(snippet: str) -> str:
    """A snippet for a terminal: matched terms in ``[brackets]``, one line."""
    return " ".join(highlight(snippet, "[", "]").split())


def html_snippet(snippet: str) -> str:
    """A snippet for rich text: escaped, matched terms in ``<b>``."""
    escaped = html.escape(" ".join(snippet.split()))
    return escaped.replace(HIT_START, "<b>").replace(HIT_END, "</b>")


def snippet_spans(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """The snippet's text without markers, and the (start, length) of each hit."""
    text: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start: int | None = None
    for ch in " ".join(snippet.split()):
        if ch == HIT_START:
            start = length
        elif ch == HIT_END:
            if start is not None and length > start:
                spans.append((start, length - start))
            start = None
        else:
            text.append(ch)
            length += 1
    return "".join(text), spans


@dataclass(frozen=True, slots=True)
class SearchRequest:
    """What the user asked for. ``author`` is one of :data:`AUTHORS` or None."""

    text: str
    client_id: int | None = None
    task: str | None = None
    author: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int = 50

    def filters(self) -> SearchFilter:
        author = self.author if self.author in AUTHORS else None
        return SearchFilter(
            client_id=self.client_id,
            task=self.task or None,
            author=author,
            since=self.since,
            until=self.until,
        )


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One row of results."""

    hit: SearchHit
    author: str  # one of AUTHORS
    #: "Dana Reyes (client)", "You", "Assistant".
    author_label: str
    #: Matching words in the message (at least 1).
    matches: int = 1
    #: Other hits folded into this one (the same text again in this conversation).
    repeats: int = 0
    repeat_ids: tuple[int, ...] = field(default=())

    @property
    def message_id(self) -> int | None:
        return self.hit.message_id

    @property
    def conversation_id(self) -> int | None:
        return self.hit.conversation_id


def _author(hit: SearchHit, detail: HitDetail) -> tuple[str, str]:
    author = detail.author or (
        "assistant" if hit.role == "assistant" else "client" if detail.sender is not None
        else "you"
    )  # fmt: skip
    if author == "assistant":
        return "assistant", "Assistant"
    if author == "client":
        name = (detail.sender or "").strip() or hit.client_name
        return "client", f"{name} (client)" if name else "Client"
    return "you", "You"


def _fold_key(hit: SearchHit) -> tuple[int | None, str]:
    return hit.conversation_id, " ".join(hit.snippet.casefold().split())


def collapse(found: list[tuple[SearchHit, HitDetail]]) -> list[SearchResult]:
    """One result per message, and one per text repeated within a conversation
    (a resent question, an e-mail opened twice, a regenerated reply): the best
    ranked stays, the others are counted in ``repeats``."""
    rows: list[SearchResult] = []
    by_message: dict[int, int] = {}
    by_text: dict[tuple[int | None, str], int] = {}
    for hit, detail in found:
        index = by_message.get(hit.message_id) if hit.message_id is not None else None
        if index is None:
            index = by_text.get(_fold_key(hit))
        if index is not None:
            kept = rows[index]
            more = () if hit.message_id in (kept.message_id, *kept.repeat_ids) else (
                (hit.message_id,) if hit.message_id is not None else ()
            )
            rows[index] = SearchResult(
                kept.hit,
                kept.author,
                kept.author_label,
                max(kept.matches, detail.matches),
                kept.repeats + (1 if more else 0),
                kept.repeat_ids + more,
            )
            continue
        author, label = _author(hit, detail)
        if hit.message_id is not None:
            by_message[hit.message_id] = len(rows)
        by_text[_fold_key(hit)] = len(rows)
        rows.append(SearchResult(hit, author, label, max(1, detail.matches)))
    return rows


class SearchJob:
    """One request on its way; :meth:`cancel` from any thread."""

    def __init__(self, runner: SearchRunner, request: SearchRequest) -> None:
        self.request = request
        self._runner = runner
        self._lock = threading.Lock()
        self._store: Store | None = None
        self._cancelled = False

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        """Stop the query: at once if it is running (the worker's :meth:`run`
        raises :class:`SearchInterrupted`), before it starts if it is queued."""
        with self._lock:
            self._cancelled = True
            if self._store is not None:
                self._store.interrupt()

    def run(self) -> list[SearchResult]:
        """Run the query (call on a worker thread, never the GUI thread)."""
        if self._cancelled:
            raise SearchInterrupted(self.request.text)
        store = self._runner._take()
        try:
            with self._lock:
                if self._cancelled:
                    raise SearchInterrupted(self.request.text)
                self._store = store
            try:
                # Over-fetch a little: folded repeats would otherwise shorten the list.
                found = store.search.detailed(
                    self.request.text,
                    self.request.filters(),
                    limit=self.request.limit + 10,
                )
            finally:
                with self._lock:
                    self._store = None
        finally:
            self._runner._give_back(store)
        if self._cancelled:
            raise SearchInterrupted(self.request.text)
        return collapse(found)[: self.request.limit]


class SearchRunner:
    """Read-only connections for searching off the GUI thread.

    ``job(request)`` gives a :class:`SearchJob` to run on a worker; connections
    are opened on first use and kept for the next query (its word-frequency
    cache with it). ``close()`` closes the idle ones; one still in use is closed
    when its query ends.
    """

    def __init__(self, workspace: Workspace) -> None:
        self._store = workspace.store
        self._lock = threading.Lock()
        self._idle: list[Store] = []
        self._closed = False

    def job(self, request: SearchRequest) -> SearchJob:
        return SearchJob(self, request)

    def search(self, request: SearchRequest) -> list[SearchResult]:
        """Run a request on this thread (tests, scripts)."""
        return self.job(request).run()

    def _take(self) -> Store:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return self._store.reader()

    def _give_back(self, store: Store) -> None:
        with self._lock:
            if not self._closed and len(self._idle) < 2:
                self._idle.append(store)
                return
        store.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for store in idle:
            store.close()
