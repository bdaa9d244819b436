"""Past context: the earlier exchanges with this client that bear on the new input.

Retrieval is always scoped to one client (never another client's history) and
excludes the conversation being written. The unit is the EXCHANGE: a client's
message with the answers that follow it in the same conversation (a long run is
cut into several units), so both halves of one exchange take one slot.

1. :func:`query_text` — the one function every caller goes through: the subject
   and the body of the new input, taken from the text itself. A leading header
   block (``From:/To:/Cc:/Date:/Subject:/Attachments:``, as intake writes it) is
   dropped, its ``Subject:`` kept; the signature (after ``-- ``, as intake
   writes it: a sender's name, title and organisation match near-miss exchanges
   about that person) and the quoted thread and forwarded tails (``--- Earlier in
   this thread ---``, ``--- Forwarded message ---``) are dropped. The desktop
   (composer text only) and the command line (text and subject) therefore get
   the same result for the same e-mail.
2. Lexical ranking — Okapi BM25 over this client's exchanges (statistics from this
   client's history only), query = subject + body words, stop words out, a light
   suffix stemmer on both sides, plus the client's glossary: a term found in the
   input ("the Tuesday pull") adds the words of its meaning ("weekly census
   extract"), a meaning found adds the term. Clients name reports, machines and
   rooms by nicknames their past exchanges do not use; on the lexically hard
   development set this lifted recall@1 from 0.77 to 0.90. Contact roles are
   available but off (see :data:`TUNING`).
3. Semantic ranking (when an embedder is available, by default the local
   in-process model) of the input plus those glossary meanings: per message the
   best chunk's cosine, per exchange the best message; exchanges without vectors
   simply do not take part.
4. Weighted reciprocal-rank fusion of the two rankings; then up to ``limit``
   exchanges, topped up with the newest remaining ones so there are always
   ``limit`` when the client has that many.

Each :class:`~consultant.core.prompts.ContextSnippet` says why it was offered
(``reason``) and carries a 0–1 relevance (``score``, the best result is 1).
"""

from __future__ import annotations

import functools
import math
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from consultant.core.intake import FORWARD_MARKER, SIGNATURE_DELIMITER, THREAD_MARKER
from consultant.core.models import Client
from consultant.core.prompts import ContextSnippet
from consultant.services.context_index import ClientIndex
from consultant.services.context_index import refresh as refresh_index
from consultant.store import Store
from consultant.store.rows import parse_ts

DEFAULT_LIMIT = 5
SNIPPET_CHARS = 1400  # characters of one exchange offered as context
UNIT_CHARS = 4000  # an exchange longer than this (several answers) is split
RECENCY_HALF_LIFE_DAYS = 120.0
MAX_QUERY_CHARS = 50_000
CACHE_CLIENTS = 8

_WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)
_HEADER = re.compile(r"^(from|to|cc|bcc|date|sent|subject|attachments|reply-to)\s*:", re.IGNORECASE)
_SUBJECT_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|wg|tr|sv)\s*(\[\d+\])?\s*:\s*)+", re.I)
TAIL_MARKERS = (THREAD_MARKER, FORWARD_MARKER)

STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are aren't as at be because
    been before being below between both but by can can't cannot could couldn't did didn't
    do does doesn't doing don't down during each few for from further get got had hadn't has
    hasn't have haven't having he he'd he'll he's her here here's hers herself him himself
    his how how's i i'd i'll i'm i've if in into is isn't it it's its itself just let's like
    me more most mustn't my myself need needs no nor not now of off on once only or other
    ought our ours ourselves out over own please same shan't she she'd she'll she's should
    shouldn't so some such than thank thanks that that's the their theirs them themselves
    then there there's these they they'd they'll they're they've this those through to too
    under until up us very was wasn't we we'd we'll we're we've were weren't what what's
    when when's where where's which while who who's whom why why's will with won't would
    wouldn't you you'd you'll you're you've your yours yourself yourselves hi hello dear
    regards best kind cheers sent re fw fwd wrote subject from date cc bcc mail email
    e-mail message one two also still again today tomorrow yesterday week know think want
    looks look see ok okay yes sure thing things something anything everything bit lot
    der die das und ist nicht ein eine mit für auf den dem des sie wir ich es zu von bitte
    le la les et est pas un une avec pour sur des vous nous je il de du en que qui merci
    el los las y es no con por para una que del se lo
    """.split()
)


@dataclass(frozen=True, slots=True)
class Tuning:
    """The ranking's knobs. Defaults are what scored best on the development sets
    (``tests/bench/bench_retrieval.py --set tune`` and ``tune2``); signals that
    did not raise the score there are off."""

    k1: float = 1.2
    b: float = 0.75
    subject_weight: float = 1.0
    stem: bool = True
    rrf_k: float = 60.0
    lexical_weight: float = 1.0
    semantic_weight: float = 1.5
    glossary: bool = True  # glossary expansions in the lexical query
    contacts: bool = False  # roles of contacts named in the input
    expansion_weight: float = 1.5
    expansion_words: int = 4  # description words taken per glossary term found
    semantic_glossary: bool = True  # the meaning query also reads the glossary's words
    coverage_weight: float = 0.0  # share of query words an exchange holds
    recency_weight: float = 0.0


TUNING = Tuning()


@dataclass(frozen=True, slots=True)
class QueryText:
    """What retrieval reads of the new input."""

    subject: str
    body: str

    @property
    def text(self) -> str:
        return f"{self.subject}\n{self.body}".strip()


def query_text(text: str, subject: str = "") -> QueryText:
    """The subject and body of the new input (see the module docstring, step 1).

    ``subject`` is used only when the text has no ``Subject:`` header of its own.
    """
    lines = (text or "")[:MAX_QUERY_CHARS].splitlines()
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    header_subject = None
    i = start
    while i < len(lines) and _HEADER.match(lines[i]):
        name, _, value = lines[i].partition(":")
        if name.strip().lower() == "subject":
            header_subject = value.strip()
        i += 1
    if i > start and (i == len(lines) or not lines[i].strip() or header_subject is not None):
        lines = lines[i:]  # a header block: drop it
    else:
        header_subject = None
    body_lines: list[str] = []
    for line in lines:
        if line.strip() in TAIL_MARKERS:
            break  # the quoted thread or a forwarded tail
        body_lines.append(line)
    # The signature: after the last ``--`` line, when a signature's few lines follow
    # (a separator typed early in a message does not cut the query)
    delimiter = SIGNATURE_DELIMITER.rstrip()
    marks = [i for i, line in enumerate(body_lines) if line.rstrip() == delimiter]
    if marks and sum(1 for line in body_lines[marks[-1] + 1 :] if line.strip()) <= 10:
        body_lines = body_lines[: marks[-1]]
    chosen = header_subject if header_subject is not None else subject
    chosen = _SUBJECT_PREFIX.sub("", chosen or "").strip()
    return QueryText(chosen, "\n".join(body_lines).strip())


# -- words ---------------------------------------------------------------------------


def words(text: str) -> list[str]:
    return [w.lower().strip("'-") for w in _WORD.findall(text or "")]


_SUFFIXES = (
    ("ies", "y"), ("sses", "ss"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"),
    ("ing", ""), ("ed", ""), ("es", "e"), ("s", ""),
)  # fmt: skip


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stemmer (plural, -ing, -ed): "faxes" → "fax", "rotating" → "rotat"."""
    if len(word) <= 4:
        return word
    for suffix, keep in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            return word[: len(word) - len(suffix)] + keep
    return word


def _terms(text: str, do_stem: bool) -> list[str]:
    out = []
    for w in words(text):
        if len(w) < 2 or w in STOP_WORDS:
            continue
        out.append(stem(w) if do_stem else w)
    return out


def salient_terms(text: str, subject: str = "", limit: int | None = None) -> list[str]:
    """The query's words, most weighted first (subject words count twice)."""
    counts: Counter[str] = Counter()
    for w in words(text[:MAX_QUERY_CHARS]):
        if len(w) >= 3 and w not in STOP_WORDS:
            counts[w] += 1
    for w in words(subject):
        if len(w) >= 3 and w not in STOP_WORDS:
            counts[w] += 2
    ranked = sorted(counts, key=lambda w: (-counts[w], -len(w), w))
    return ranked[:limit] if limit else ranked


# -- expansions from the client record -----------------------------------------------


@dataclass(frozen=True, slots=True)
class ContextQuery:
    """The words searched for, and why (shown in tests and for debugging)."""

    terms: tuple[str, ...]
    expansions: tuple[str, ...]


def glossary_entries(client: Client) -> list[tuple[list[str], list[str]]]:
    """(term words, description words) for each ``Term: description`` line."""
    entries = []
    for line in (client.glossary + "\n" + client.notes).splitlines():
        match = re.match(r"\s*[-*•]?\s*([^:=—–]{2,60}?)\s*(?::|=|—|–| - )\s*(.+)", line)
        if not match:
            continue
        term = [w for w in words(match.group(1)) if w not in STOP_WORDS]
        desc = [w for w in words(match.group(2)) if len(w) >= 3 and w not in STOP_WORDS]
        if term:
            entries.append((term, desc))
    return entries


def expand(
    client: Client,
    text: str,
    *,
    glossary: bool = True,
    contacts: bool = True,
    description_words: int = 4,
) -> list[str]:
    """Words the client record links to the input's words.

    Matching is by whole word (stemmed): a contact named "Tom" is not found in
    "automatic"."""
    present = {stem(w) for w in words(text)}
    extra: list[str] = []
    if glossary:
        for term, desc in glossary_entries(client):
            term_hit = all(stem(w) in present for w in term)
            desc_hit = sum(1 for w in desc if stem(w) in present)
            if term_hit:
                extra += desc[:description_words]  # "the Monday list" → "weekly visit report"
            elif desc_hit:
                extra += term  # "the fax company" → "Faxtastic"
    if contacts:
        for contact in client.contacts:
            name_words = [w for w in words(contact.name) if len(w) >= 3]
            if name_words and any(stem(w) in present for w in name_words):
                extra += [w for w in words(contact.role) if len(w) >= 3 and w not in STOP_WORDS]
    seen = {stem(w) for w in present}
    out = []
    for w in extra:
        if stem(w) not in seen and len(w) >= 3:
            seen.add(stem(w))
            out.append(w)
    return out


def build_query(client: Client, text: str, subject: str = "") -> ContextQuery:
    q = query_text(text, subject)
    return ContextQuery(tuple(salient_terms(q.body, q.subject)), tuple(expand(client, q.text)))


# -- exchanges -----------------------------------------------------------------------


@dataclass(slots=True)
class _Message:
    id: int
    role: str
    content: str


@dataclass(slots=True)
class Exchange:
    """A client's message with the answers that follow it (or a run of answers)."""

    conversation_id: int
    title: str
    messages: list[_Message]
    created_at: datetime | None
    #: term → frequency; a plain ``dict`` (not a ``Counter``), which the garbage
    #: collector stops tracking (str keys, int values): a client's ~5 000 of
    #: them would otherwise make each full collection walk ~500 000 entries
    terms: dict[str, int] = field(default_factory=dict)
    length: int = 0

    @property
    def key(self) -> int:
        return self.messages[0].id

    def text(self) -> str:
        return "\n\n".join(m.content for m in self.messages)


def exchanges_of(
    rows: Iterable[tuple[int, int, str, str, str, str]],
) -> list[Exchange]:
    """Group (id, conversation id, title, role, content, created_at) rows, in
    conversation order, into exchanges."""
    out: list[Exchange] = []
    current: Exchange | None = None
    size = 0
    for mid, conv_id, title, role, content, created in rows:
        starts = (
            current is None
            or current.conversation_id != conv_id
            or role == "user"
            or size + len(content) > UNIT_CHARS
        )
        if starts:
            current = Exchange(conv_id, title, [], _when(created))
            out.append(current)
            size = 0
        assert current is not None
        current.messages.append(_Message(mid, role, content))
        size += len(content)
    return out


def _when(value: str) -> datetime | None:
    try:
        return parse_ts(value) if value else None
    except ValueError:
        return None


_cache: OrderedDict[tuple[object, int, bool], ClientIndex] = OrderedDict()
_cache_lock = threading.Lock()


def _store_key(store: Store) -> object:
    """The database file (a reader connection shares the writer's cache)."""
    return store.cache_key()


def _read_index(
    store: Store, client_id: int, signature: object, previous: ClientIndex | None,
    do_stem: bool,
) -> ClientIndex:  # fmt: skip
    """The client's index, reading only conversations changed since ``previous``."""
    repo = store.embeddings
    return refresh_index(
        signature, repo.conversation_revisions(client_id),
        lambda ids: repo.client_messages(client_id, ids), previous, do_stem,
    )  # fmt: skip


def _index(store: Store, client_id: int, do_stem: bool) -> ClientIndex:
    if store.in_transaction():  # what is read may yet be rolled back: not cached
        return _read_index(store, client_id, None, None, do_stem)
    signature = store.embeddings.client_signature(client_id)
    key = (_store_key(store), client_id, do_stem)
    with _cache_lock:
        found = _cache.get(key)
        if found is not None and found.signature == signature:
            _cache.move_to_end(key)
            return found
    # one new message re-groups only its conversation's last exchange (context_index)
    built = _read_index(store, client_id, signature, found, do_stem)
    if found is None:
        built.prepare()  # with the first build (typing), not the next query (a send)
    with _cache_lock:
        _cache[key] = built
        _cache.move_to_end(key)
        while len(_cache) > CACHE_CLIENTS:
            _cache.popitem(last=False)
    return built


# -- ranking -------------------------------------------------------------------------

#: (message id, similarity) best first, for this client's embedded messages.
SemanticRanker = Callable[[str], list[tuple[int, float]]]


def _bm25(index: ClientIndex, query: dict[str, float], tuning: Tuning) -> dict[int, float]:
    """Okapi BM25 of every exchange for the weighted query terms (positive scores)."""
    import numpy as np

    scores = np.zeros(len(index.exchanges), dtype=np.float64)
    for term, weight in query.items():
        arrays = index.term_arrays(term, tuning.k1, tuning.b)
        if arrays is None:
            continue
        ids, norm = arrays
        scores[ids] += (index.idf[term] * weight) * norm  # an exchange once per term
    hits = np.flatnonzero(scores > 0)
    return dict(zip(hits.tolist(), scores[hits].tolist(), strict=True))


def _recency(created: datetime | None, now: datetime) -> float:
    if created is None:
        return 0.0
    age_days = max(0.0, (now - created).total_seconds() / 86400)
    return math.exp(-math.log(2) * age_days / RECENCY_HALF_LIFE_DAYS)


def _excerpt(content: str, terms: Iterable[str], limit: int = SNIPPET_CHARS) -> str:
    text = " ".join(content.split())
    if len(text) <= limit:
        return text
    lowered = text.lower()
    positions = [p for p in (lowered.find(t) for t in terms if len(t) >= 3) if p >= 0]
    start = max(0, min(positions) - limit // 4) if positions else 0
    end = min(len(text), start + limit)
    excerpt = text[start:end]
    return ("…" if start else "") + excerpt + ("…" if end < len(text) else "")


#: How an exchange's text names who wrote each message (``store.search.AUTHORS``).
SPEAKERS = {"client": "Client", "you": "You", "assistant": "Answer"}


def _exchange_text(ex: Exchange, authors: dict[int, str] | None = None) -> str:
    """The exchange as text, each message after who wrote it: ``Client:`` (an e-mail
    the client sent, received, opened or pasted), ``You:`` (typed here, or an e-mail
    you sent) or ``Answer:`` (the assistant)."""
    parts = []
    for m in ex.messages:
        author = (authors or {}).get(m.id) or ("assistant" if m.role == "assistant" else "you")
        parts.append(f"{SPEAKERS.get(author, 'You')}: {' '.join(m.content.split())}")
    return "\n".join(parts)


def retrieve(
    store: Store,
    client: Client,
    text: str,
    *,
    subject: str = "",
    exclude_conversation_id: int | None = None,
    limit: int = DEFAULT_LIMIT,
    now: datetime | None = None,
    semantic: SemanticRanker | None = None,
    tuning: Tuning | None = None,
) -> list[ContextSnippet]:
    """The ``limit`` past exchanges of this client that best match ``text``.

    ``text`` may be an e-mail as intake renders it (headers, body, quoted thread):
    :func:`query_text` takes what counts from it. ``semantic`` ranks this client's
    embedded messages by meaning; its ranking is fused with BM25's.
    """
    tuning = tuning or TUNING
    if client.id is None or limit <= 0:
        return []
    q = query_text(text, subject)
    body_terms = _terms(q.body, tuning.stem)
    subject_terms = _terms(q.subject, tuning.stem)
    if not body_terms and not subject_terms:
        return []
    query: dict[str, float] = {}
    for t in body_terms:
        query[t] = query.get(t, 0.0) + 1.0
    for t in subject_terms:
        query[t] = query.get(t, 0.0) + tuning.subject_weight
    expansions: list[str] = []
    if tuning.glossary or tuning.contacts:
        expansions = expand(
            client, q.text, glossary=tuning.glossary, contacts=tuning.contacts,
            description_words=tuning.expansion_words,
        )  # fmt: skip
        for w in expansions:
            t = stem(w) if tuning.stem else w
            if t not in query:
                query[t] = tuning.expansion_weight
    index = _index(store, client.id, tuning.stem)
    allowed = [
        i for i, ex in enumerate(index.exchanges) if ex.conversation_id != exclude_conversation_id
    ]
    if not allowed:
        return []
    allowed_set = set(allowed)
    lexical = {i: s for i, s in _bm25(index, query, tuning).items() if i in allowed_set}
    lex_order = sorted(lexical, key=lambda i: -lexical[i])
    sem_best: dict[int, float] = {}
    if semantic is not None:
        meaning = q.text
        if tuning.semantic_glossary and expansions:
            meaning += "\n" + " ".join(expansions)
        for message_id, similarity in semantic(meaning):
            i = index.by_message.get(message_id)
            if i is not None and i in allowed_set and i not in sem_best:
                sem_best[i] = similarity
    sem_order = sorted(sem_best, key=lambda i: -sem_best[i])
    fused: dict[int, float] = {}
    for rank, i in enumerate(lex_order):
        fused[i] = tuning.lexical_weight / (tuning.rrf_k + rank + 1)
    for rank, i in enumerate(sem_order):
        fused[i] = fused.get(i, 0.0) + tuning.semantic_weight / (tuning.rrf_k + rank + 1)
    if tuning.coverage_weight or tuning.recency_weight:
        now = now or datetime.now(UTC)
        top = max(fused.values(), default=1.0) or 1.0
        n_terms = max(1, min(len(query), 8))
        for i in list(fused):
            ex = index.exchanges[i]
            covered = sum(1 for t in query if t in ex.terms) / n_terms
            fused[i] += top * (
                tuning.coverage_weight * min(1.0, covered)
                + tuning.recency_weight * _recency(ex.created_at, now)
            )
    ranked = sorted(fused, key=lambda i: (-fused[i], -index.exchanges[i].key))
    if len(ranked) < limit:  # always offer `limit` when the client has that many
        taken = set(ranked)
        rest = sorted((i for i in allowed if i not in taken), key=lambda i: -index.exchanges[i].key)
        ranked += rest[: limit - len(ranked)]
    best = max(fused.values(), default=0.0) or 1.0
    sem_top = {i for i in sem_order[: max(limit, 10)]}
    shown_ids = [m.id for i in ranked[:limit] for m in index.exchanges[i].messages]
    authors = store.search.authors(shown_ids)
    chosen: list[ContextSnippet] = []
    for i in ranked[:limit]:
        ex = index.exchanges[i]
        matched = sorted(
            (t for t in query if t in ex.terms),
            key=lambda t: -query[t] * index.idf.get(t, 0.0),
        )
        shown = _display_words(matched[:4], ex)
        reasons = []
        if shown:
            reasons.append("matching words: " + ", ".join(shown))
        if i in sem_top:
            reasons.append("similar meaning")
        first = ex.messages[0]
        chosen.append(
            ContextSnippet(
                message_id=first.id,
                conversation_id=ex.conversation_id,
                conversation_title=ex.title,
                date=ex.created_at.date().isoformat() if ex.created_at else "",
                role=first.role,
                author=authors.get(first.id)
                or ("assistant" if first.role == "assistant" else "you"),
                text=_excerpt(_exchange_text(ex, authors), shown),
                score=round(fused.get(i, 0.0) / best, 3),
                reason="; ".join(reasons) or "recent exchange",
            )
        )
    return chosen


def _display_words(stems: list[str], ex: Exchange) -> list[str]:
    """The words as written in the exchange for stemmed query terms."""
    if not stems:
        return []
    wanted = set(stems)
    found: dict[str, str] = {}
    for w in words(ex.title + "\n" + ex.text()):
        s = stem(w)
        if s in wanted and s not in found:
            found[s] = w
            if len(found) == len(wanted):
                break
    return [found.get(s, s) for s in stems]


def with_tuning(**changes: object) -> Tuning:
    """The default tuning with some knobs changed (benchmarks, ablations)."""
    return replace(TUNING, **changes)  # type: ignore[arg-type]
