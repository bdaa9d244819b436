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
when a query asks for it, from one inverted index of numpy arrays that later
indexes inherit (see :class:`ClientIndex`). Building the index after one new
message is then a list of the
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
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

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
        df = len(self._index.postings(term)[0])
        if df == 0:
            return default
        n = len(self._index.exchanges)
        value = math.log(1 + (n - df + 0.5) / (df + 0.5))
        self._values[term] = value
        return value

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and bool(len(self._index.postings(term)[0]))


#: A term's postings: exchange indices (ascending) and term frequencies.
Postings = tuple["npt.NDArray[np.int64]", "npt.NDArray[np.int64]"]


class _Inverted:
    """Every term's postings for the exchanges of ``parts`` in one compact layout:
    term ``t``'s exchange indices are ``ids[starts[t]:starts[t + 1]]`` (ascending)
    and its frequencies ``tfs[...]``. numpy arrays and a dict of str → int: nothing
    the garbage collector walks."""

    __slots__ = ("exchanges", "ids", "starts", "terms", "tfs")

    def __init__(self, parts: Iterable[ConversationPart]) -> None:
        import numpy as np

        # C-level loops only (map, extend), converted in slices: a Python loop over
        # every posting took ~0.65 s for a client of ~7 600 messages (750 000
        # postings) on the pool thread, and one conversion of the whole list holds
        # the interpreter lock (which the window waits for) for ~25 ms.
        vocabulary: dict[str, None] = {}
        exchanges: list[Exchange] = []
        for part in parts:
            vocabulary.update(part.vocabulary)
            exchanges.extend(part.exchanges)
        terms = {term: i for i, term in enumerate(vocabulary)}
        lookup = terms.__getitem__
        # a stable sort keeps each term's exchanges ascending; on 16-bit ids numpy's
        # stable sort is a radix sort (~6x faster than on 64-bit ones)
        id_type = np.uint16 if len(terms) <= np.iinfo(np.uint16).max else np.int64
        term_chunks: list[Any] = [np.zeros(0, dtype=id_type)]
        tf_chunks: list[Any] = [np.zeros(0, dtype=np.int64)]
        per_exchange: list[int] = []
        for start in range(0, len(exchanges), 256):
            term_of: list[int] = []
            tfs: list[int] = []
            for ex in exchanges[start : start + 256]:
                term_of.extend(map(lookup, ex.terms))
                tfs.extend(ex.terms.values())
                per_exchange.append(len(ex.terms))
            term_chunks.append(np.array(term_of, dtype=id_type))
            tf_chunks.append(np.array(tfs, dtype=np.int64))
        term_ids = np.concatenate(term_chunks)
        order = np.argsort(term_ids, kind="stable")
        exchange_of = np.repeat(np.arange(len(per_exchange), dtype=np.int64), per_exchange)
        self.exchanges = exchanges
        self.terms = terms
        self.ids = exchange_of[order]
        self.tfs = np.concatenate(tf_chunks)[order]
        counts = np.bincount(term_ids, minlength=len(terms))
        self.starts = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)


class _View:
    """An :class:`_Inverted` as seen from a later index: where each of its exchanges
    is in the later one (the same objects: unchanged conversations, and every
    exchange but the last of one a message was added to), or not at all; the later
    index's other exchanges are scanned."""

    __slots__ = ("inverted", "mapping", "scanned")

    def __init__(self, inverted: _Inverted, exchanges: list[Exchange]) -> None:
        import numpy as np

        position = {id(ex): i for i, ex in enumerate(exchanges)}
        self.inverted = inverted
        self.mapping = np.array(
            [position.get(id(ex), -1) for ex in inverted.exchanges], dtype=np.int64
        )
        held = {id(ex) for ex in inverted.exchanges}
        self.scanned = [(i, ex) for i, ex in enumerate(exchanges) if id(ex) not in held]

    def postings(self, term: str) -> Postings | None:
        """``term``'s postings in the exchanges still there, at their new indices."""
        inv = self.inverted
        t = inv.terms.get(term)
        if t is None:
            return None
        lo, hi = int(inv.starts[t]), int(inv.starts[t + 1])
        ids = self.mapping[inv.ids[lo:hi]]
        keep = ids >= 0
        return ids[keep], inv.tfs[lo:hi][keep]


#: Share of a client's exchanges (at least :data:`SCAN_MIN`) that may be new since
#: the inverted index was built (scanned per term) or gone from it (their text kept
#: alive by it) before it is built again; a removed conversation rebuilds it at once.
SCAN_SHARE = 0.1
SCAN_MIN = 50


class ClientIndex:
    """One client's exchanges with BM25 statistics (see the module docstring).

    The attributes retrieval reads are the earlier index's: ``signature``,
    ``conversations`` (id → :class:`ConversationPart`), ``exchanges``,
    ``by_message``, ``avg``, ``idf`` and :meth:`term_arrays`.

    Postings come from an inverted index of every term (:class:`_Inverted`, built
    with the client's first index, ~0.1 s at ~2 000 messages) that later indexes
    inherit (built from ``previous``, the index before a change): its exchanges that
    are still there are the same objects (unchanged conversations, and all but the
    last exchange of a conversation a message was added to), whose postings stand at
    their new indices; only the exchanges new since (after a send: one or two) are
    scanned for a term. Scanning every conversation's vocabulary instead cost
    ~0.3-0.5 ms per new query term, ~40 ms for an e-mail at ~2 000 messages. When
    more than :data:`SCAN_SHARE` of the exchanges are new, it is built again."""

    def __init__(
        self,
        signature: object,
        conversations: dict[int, ConversationPart],
        previous: ClientIndex | None = None,
    ) -> None:
        import numpy as np

        self.signature = signature
        self.conversations = conversations
        #: conversation id → revision the parts were read at (set by :func:`refresh`)
        self.revisions: dict[int, int] | None = None
        self.exchanges: list[Exchange] = []
        self.by_message: dict[int, int] = {}
        total = 0
        for part in conversations.values():
            for ex in part.exchanges:
                i = len(self.exchanges)
                self.exchanges.append(ex)
                total += ex.length
                for m in ex.messages:
                    self.by_message[m.id] = i
        self.avg = total / max(1, len(self.exchanges))
        self._lengths = np.fromiter(
            (ex.length for ex in self.exchanges), dtype=np.float64, count=len(self.exchanges)
        )
        self.idf = _Idf(self)
        self._lock = threading.Lock()
        self._view: _View | None = None
        self._postings: dict[str, Postings] = {}
        #: (term, k1, b) → (exchange indices, BM25 term-frequency factor), built on use
        self._arrays: dict[tuple[str, float, float], tuple[Any, Any]] = {}
        if (
            previous is not None
            and previous._view is not None
            # a removed conversation's text is not kept alive by the index
            and all(cid in conversations for cid in previous.conversations)
        ):
            view = _View(previous._view.inverted, self.exchanges)
            stale = len(view.scanned) + int((view.mapping < 0).sum())
            if stale <= max(SCAN_MIN, SCAN_SHARE * len(self.exchanges)):
                self._view = view

    def prepare(self) -> None:
        """Build the inverted index now if this index has none (after a first build:
        the caller is already paying for one; the query that follows, often a send,
        then does not)."""
        self._base()

    def _base(self) -> _View:
        found = self._view
        if found is None:
            with self._lock:
                found = self._view
                if found is None:
                    inverted = _Inverted(self.conversations.values())
                    found = self._view = _View(inverted, self.exchanges)
        return found

    def postings(self, term: str) -> Postings:
        """The exchanges holding ``term`` (ascending indices) and its frequency in each."""
        found = self._postings.get(term)
        if found is not None:
            return found
        import numpy as np

        view = self._base()
        held = view.postings(term)
        ids: list[int] = []
        tfs: list[int] = []
        for i, ex in view.scanned:
            tf = ex.terms.get(term)
            if tf:
                ids.append(i)
                tfs.append(tf)
        found = (np.array(ids, dtype=np.int64), np.array(tfs, dtype=np.int64))
        if held is not None:
            if ids:
                all_ids = np.concatenate((held[0], found[0]))
                order = np.argsort(all_ids, kind="stable")
                found = (all_ids[order], np.concatenate((held[1], found[1]))[order])
            else:
                found = held
        with self._lock:
            self._postings[term] = found
        return found

    def postings_of(self, term: str) -> list[tuple[int, int]]:
        """(exchange index, term frequency) of every exchange holding ``term``."""
        ids, tf = self.postings(term)
        return list(zip(ids.tolist(), tf.tolist(), strict=True))

    def term_arrays(self, term: str, k1: float, b: float) -> tuple[Any, Any] | None:
        """A term's postings as numpy arrays with its length-normalised tf factor, so
        scoring a query is one vector operation per term (services.context._bm25)."""
        key = (term, k1, b)
        found = self._arrays.get(key)
        if found is not None:
            return found
        ids, counts = self.postings(term)
        if not len(ids):
            return None
        import numpy as np

        tf = counts.astype(np.float64)
        avg = self.avg or 1.0
        norm = tf * (k1 + 1) / (tf + k1 * (1 - b + b * self._lengths[ids] / avg))
        with self._lock:
            self._arrays[key] = (ids, norm)
        return ids, norm


def _message_key(row: Row) -> tuple[int, int, str, str]:
    return (row[0], hash(row[4]), row[3], row[5])


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


def refresh(
    signature: object,
    revisions: dict[int, int],
    rows_of: Callable[[Sequence[int] | None], list[Row]],
    previous: ClientIndex | None,
    do_stem: bool,
) -> ClientIndex:
    """The index of a client whose conversations are at ``revisions``
    (``EmbeddingRepo.conversation_revisions``), reading with ``rows_of``
    (``EmbeddingRepo.client_messages``: ``None`` for all) only the conversations
    whose revision differs from ``previous``'s; the same index as :func:`build` of
    all the client's rows."""
    if previous is None or previous.revisions is None:
        index = build(signature, rows_of(None), previous, do_stem)
        index.revisions = revisions
        return index
    known = previous.revisions
    changed = sorted(cid for cid, rev in revisions.items() if known.get(cid) != rev)
    changed_set = set(changed)
    fresh: dict[int, list[Row]] = {}
    for row in rows_of(changed) if changed else []:
        fresh.setdefault(row[1], []).append(row)
    kept = previous.conversations
    conversations: dict[int, ConversationPart] = {}
    for cid in sorted(revisions):
        if cid in fresh:
            conversations[cid] = _part(fresh[cid], kept.get(cid), do_stem)
        elif cid in changed_set:
            continue  # no message retrieval may offer (any more)
        elif cid in kept:
            conversations[cid] = kept[cid]
    index = ClientIndex(signature, conversations, previous)
    index.revisions = revisions
    return index


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
    return ClientIndex(signature, conversations, previous)
