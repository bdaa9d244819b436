"""A client's exchange index for retrieval (``services.context``), updated in place
of being rebuilt when one conversation changes.

Retrieval's BM25 needs, per query term, the exchanges holding it with their term
frequencies, the term's document frequency (for its idf), every exchange's length
and the mean length. The earlier index built a posting list for EVERY term of the
client's history on each change — ~750 000 ``(exchange, tf)`` tuples for a client
with ~7 600 messages (300 000-message database), ~1.3 s, and enough new objects
to make the garbage collector run a full collection (~200 ms with every thread
stopped: a frozen window) during the next send.

:class:`ClientIndex` keeps the same statistics but builds a term's postings only
when a query asks for it (a query has a handful of terms), from a per-conversation
vocabulary (one per conversation) so only the conversations holding the
term are scanned. Building the index after one new message is then a list of the
exchanges and a message → exchange map; only the changed conversation is grouped
again, and when messages were only appended (the usual change: a send, a reply)
its exchanges are kept but the last one, which is grouped again with the new
messages (grouping restarts at every exchange, so the result is the same as
grouping the whole conversation again).

Results are identical to the earlier index: exchanges in the same order (the rows'
conversation order), postings in ascending exchange order, ``idf`` from the same
``n`` and document frequency, lengths and mean length from the same counts.
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    from consultant.services.context import Exchange

__all__ = ["ClientIndex", "ConversationPart", "build"]

#: (id, conversation id, title, role, content, created_at): ``EmbeddingRepo.client_messages``
Row = tuple[int, int, str, str, str, str]


class ConversationPart:
    """One conversation's exchanges (tokenized) and the terms they hold."""

    __slots__ = ("exchanges", "key", "vocabulary")

    def __init__(self, key: tuple[object, ...], exchanges: list[Exchange], do_stem: bool) -> None:
        from consultant.services.context import _terms

        self.key = key
        self.exchanges = exchanges
        vocabulary: dict[str, None] = {}
        for ex in exchanges:
            if not ex.terms:
                counts = Counter(_terms(ex.title + "\n" + ex.text(), do_stem))
                # from the items, not the Counter: a copy of a (tracked) Counter
                # would be tracked by the garbage collector until a full collection
                ex.terms = dict(counts.items())
                ex.length = sum(ex.terms.values())
            vocabulary.update(dict.fromkeys(ex.terms))
        # A dict of str keys, not a set: the garbage collector does not track it
        # (sets it always walks: ~400 000 entries for a client of ~7 600 messages,
        # ~15 ms of every full collection, which stops every thread)
        self.vocabulary = vocabulary


class _Idf:
    """``term → idf``, computed on first use (``[]`` and ``get`` as a dict's)."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: ClientIndex) -> None:
        self._index = index
        self._values: dict[str, float] = {}

    def __getitem__(self, term: str) -> float:
        value = self.get(term)
        if value is None:
            raise KeyError(term)
        return value

    @overload
    def get(self, term: str) -> float | None: ...
    @overload
    def get(self, term: str, default: float) -> float: ...
    def get(self, term: str, default: float | None = None) -> float | None:
        value = self._values.get(term)
        if value is not None:
            return value
        df = len(self._index.postings_of(term))
        if df == 0:
            return default
        n = len(self._index.exchanges)
        value = math.log(1 + (n - df + 0.5) / (df + 0.5))
        self._values[term] = value
        return value

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and bool(self._index.postings_of(term))


class ClientIndex:
    """One client's exchanges with BM25 statistics (see the module docstring).

    The attributes retrieval reads are the earlier index's: ``signature``,
    ``conversations`` (id → :class:`ConversationPart`), ``exchanges``,
    ``by_message``, ``avg``, ``idf`` and :meth:`term_arrays`."""

    def __init__(self, signature: object, conversations: dict[int, ConversationPart]) -> None:
        self.signature = signature
        self.conversations = conversations
        self._parts: list[tuple[int, ConversationPart]] = []
        self.exchanges: list[Exchange] = []
        self.by_message: dict[int, int] = {}
        total = 0
        for part in conversations.values():
            self._parts.append((len(self.exchanges), part))
            for ex in part.exchanges:
                i = len(self.exchanges)
                self.exchanges.append(ex)
                total += ex.length
                for m in ex.messages:
                    self.by_message[m.id] = i
        self.avg = total / max(1, len(self.exchanges))
        self.idf = _Idf(self)
        self._lock = threading.Lock()
        #: tuples, not lists: once their pairs are untracked the collector drops
        #: them too (a list of a common term's ~5 000 pairs is walked every time)
        self._postings: dict[str, tuple[tuple[int, int], ...]] = {}
        #: (term, k1, b) → (exchange indices, BM25 term-frequency factor), built on use
        self._arrays: dict[tuple[str, float, float], tuple[Any, Any]] = {}

    def postings_of(self, term: str) -> Sequence[tuple[int, int]]:
        """(exchange index, term frequency) of every exchange holding ``term``, in
        exchange order."""
        found = self._postings.get(term)
        if found is not None:
            return found
        postings: list[tuple[int, int]] = []
        for offset, part in self._parts:
            if term in part.vocabulary:
                for j, ex in enumerate(part.exchanges):
                    tf = ex.terms.get(term)
                    if tf:
                        postings.append((offset + j, tf))
        found = tuple(postings)
        with self._lock:
            self._postings[term] = found
        return found

    def term_arrays(self, term: str, k1: float, b: float) -> tuple[Any, Any] | None:
        """A term's postings as numpy arrays with its length-normalised tf factor, so
        scoring a query is one vector operation per term (services.context._bm25)."""
        key = (term, k1, b)
        found = self._arrays.get(key)
        if found is not None:
            return found
        postings = self.postings_of(term)
        if not postings:
            return None
        import numpy as np

        ids = np.fromiter((i for i, _f in postings), dtype=np.int64, count=len(postings))
        tf = np.fromiter((f for _i, f in postings), dtype=np.float64, count=len(postings))
        lengths = np.fromiter(
            (self.exchanges[i].length for i, _f in postings), dtype=np.float64,
            count=len(postings),
        )  # fmt: skip
        avg = self.avg or 1.0
        norm = tf * (k1 + 1) / (tf + k1 * (1 - b + b * lengths / avg))
        with self._lock:
            self._arrays[key] = (ids, norm)
        return ids, norm


def _message_key(row: Row) -> tuple[int, int]:
    return (row[0], hash(row[4]))


def _part(chunk: list[Row], kept: ConversationPart | None, do_stem: bool) -> ConversationPart:
    """The conversation of ``chunk`` (its rows in order), reusing what ``kept`` (the
    same conversation in the previous index) grouped and tokenized already."""
    from consultant.services.context import exchanges_of

    key: tuple[object, ...] = (chunk[0][2], *(_message_key(r) for r in chunk))
    if kept is not None:
        if kept.key == key:
            return kept
        old = kept.key
        if kept.exchanges and len(old) < len(key) and old[0] == key[0] and key[: len(old)] == old:
            # Only appended: keep every exchange but the last, group again from its
            # first message (grouping starts afresh at each exchange).
            last = kept.exchanges[-1]
            start = len(old) - 1 - len(last.messages)  # rows before the last exchange
            if start >= 0 and chunk[start][0] == last.messages[0].id:
                exchanges = kept.exchanges[:-1] + exchanges_of(chunk[start:])
                return ConversationPart(key, exchanges, do_stem)
    return ConversationPart(key, exchanges_of(chunk), do_stem)


def build(
    signature: object, rows: list[Row], previous: ClientIndex | None, do_stem: bool
) -> ClientIndex:
    """The index of a client's ``rows`` (``EmbeddingRepo.client_messages``: in
    conversation order), keeping ``previous``'s work for unchanged conversations."""
    kept = previous.conversations if previous is not None else {}
    conversations: dict[int, ConversationPart] = {}
    start = 0
    while start < len(rows):
        conv_id = rows[start][1]
        end = start
        while end < len(rows) and rows[end][1] == conv_id:
            end += 1
        conversations[conv_id] = _part(rows[start:end], kept.get(conv_id), do_stem)
        start = end
    return ClientIndex(signature, conversations)
