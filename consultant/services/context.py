"""Past context: what this client said before that bears on the new input.

Retrieval is always scoped to one client (never another client's history) and
excludes the conversation being written. Plain keyword overlap is not enough —
clients describe an earlier topic in other words ("the fax company" for a vendor
named months ago) — so the query is built from:

- the salient words of the new input (stop words dropped, subject words counted
  twice);
- expansions from the client record: a glossary line (``Faxtastic: the fax portal
  vendor``) whose words the input uses brings in its term, and the reverse;
  contacts named in the input bring in their role;
- then BM25 over the client's messages (any word may match), re-ranked with
  recency and the number of distinct query words a message covers, at most two
  snippets per conversation.

The result is a list of :class:`~consultant.core.prompts.ContextSnippet` the user
can review (and remove) before sending.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from consultant.core.models import Client, Role, SearchHit
from consultant.core.prompts import ContextSnippet
from consultant.store import SearchFilter, Store
from consultant.store.search import HIT_END, HIT_START, quote_phrase

DEFAULT_LIMIT = 5
RRF_K = 60  # reciprocal-rank fusion constant (Cormack et al.)
MAX_QUERY_TERMS = 12
SNIPPET_CHARS = 700
RECENCY_HALF_LIFE_DAYS = 120.0

_WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)

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
class ContextQuery:
    """The words searched for, and why (shown in tests and for debugging)."""

    terms: tuple[str, ...]
    expansions: tuple[str, ...]


def words(text: str) -> list[str]:
    return [w.lower().strip("'-") for w in _WORD.findall(text or "")]


def salient_terms(text: str, subject: str = "", limit: int = MAX_QUERY_TERMS) -> list[str]:
    counts: Counter[str] = Counter()
    for w in words(text[:50_000]):
        if len(w) >= 3 and w not in STOP_WORDS:
            counts[w] += 1
    for w in words(subject):
        if len(w) >= 3 and w not in STOP_WORDS:
            counts[w] += 2
    # Longer, more specific words first among equally frequent ones.
    ranked = sorted(counts, key=lambda w: (-counts[w], -len(w), w))
    return ranked[:limit]


def _stem(word: str) -> str:
    return word[:5] if len(word) > 5 else word


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


def expand(client: Client, terms: Iterable[str], text: str) -> list[str]:
    """Words the client record links to the input's words."""
    stems = {_stem(t) for t in terms}
    lowered = (text or "").lower()
    extra: list[str] = []
    for term, desc in glossary_entries(client):
        term_hit = all(_stem(w) in stems for w in term) or " ".join(term) in lowered
        desc_hit = sum(1 for w in desc if _stem(w) in stems)
        if desc_hit and not term_hit:
            extra += term  # "the fax company" → "Faxtastic"
        elif term_hit:
            extra += desc[:4]  # "the Monday list" → "weekly visit report"
    for contact in client.contacts:
        name_words = [w for w in words(contact.name) if len(w) >= 3]
        if name_words and any(w in lowered for w in name_words):
            extra += [w for w in words(contact.role) if len(w) >= 3 and w not in STOP_WORDS]
    seen = set(terms)
    out = []
    for w in extra:
        if w not in seen and len(w) >= 3:
            seen.add(w)
            out.append(w)
    return out[:MAX_QUERY_TERMS]


def build_query(client: Client, text: str, subject: str = "") -> ContextQuery:
    terms = salient_terms(text, subject)
    return ContextQuery(tuple(terms), tuple(expand(client, terms, f"{subject}\n{text}")))


def _excerpt(content: str, terms: Iterable[str], limit: int = SNIPPET_CHARS) -> str:
    text = " ".join(content.split())
    if len(text) <= limit:
        return text
    lowered = text.lower()
    positions = [p for p in (lowered.find(t) for t in terms) if p >= 0]
    start = max(0, min(positions) - limit // 4) if positions else 0
    end = min(len(text), start + limit)
    excerpt = text[start:end]
    return ("…" if start else "") + excerpt + ("…" if end < len(text) else "")


def _recency(created: datetime | None, now: datetime) -> float:
    if created is None:
        return 0.0
    age_days = max(0.0, (now - created).total_seconds() / 86400)
    return math.exp(-math.log(2) * age_days / RECENCY_HALF_LIFE_DAYS)


SemanticRanker = Callable[[str], list[tuple[int, float]]]


def _hit_for(store: Store, message_id: int) -> SearchHit | None:
    """A search-hit shaped record for a message found only by embeddings."""
    try:
        message = store.conversations.get_message(message_id)
        conversation = store.conversations.get(message.conversation_id)
    except Exception:
        return None
    return SearchHit(
        kind="message",
        client_id=conversation.client_id,
        client_name="",
        snippet="",
        score=0.0,
        message_id=message_id,
        conversation_id=conversation.id,
        conversation_title=conversation.title,
        role=Role(message.role).value,
        task=(message.task or conversation.task).value,
        created_at=message.created_at,
    )


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
) -> list[ContextSnippet]:
    """The top past snippets of this client's history for ``text``.

    ``semantic`` (when the user configured an embedding model) ranks this
    client's messages by meaning; its ranking is fused with BM25's by reciprocal
    rank fusion, so a paraphrase with no shared word can still surface.
    """
    if client.id is None or limit <= 0:
        return []
    query = build_query(client, text, subject)
    all_terms = list(query.terms) + list(query.expansions)
    hits: list[SearchHit] = []
    if all_terms:
        phrases = [quote_phrase(t) for t in all_terms]
        hits = store.search.messages(
            "",
            SearchFilter(client_id=client.id, exclude_conversation_id=exclude_conversation_id),
            limit=40,
            any_term=True,
            phrases=phrases,
        )
    fused: dict[int, float] = {}
    if semantic is not None and (text.strip() or subject.strip()):
        by_id = {h.message_id: h for h in hits if h.message_id is not None}
        for rank, h in enumerate(hits):
            if h.message_id is not None:
                fused[h.message_id] = 1.0 / (RRF_K + rank + 1)
        for rank, (message_id, _similarity) in enumerate(semantic(f"{subject}\n{text}")[:40]):
            fused[message_id] = fused.get(message_id, 0.0) + 1.0 / (RRF_K + rank + 1)
            if message_id not in by_id:
                extra = _hit_for(store, message_id)
                if extra is not None and extra.client_id == client.id:
                    by_id[message_id] = extra
                    hits.append(extra)
        hits = [h for h in hits if h.message_id in fused]
    if not hits:
        return []
    now = now or datetime.now(UTC)
    best = max(h.score for h in hits) or 1.0
    best_fused = max(fused.values()) if fused else 1.0
    scored: list[tuple[float, SearchHit, set[str]]] = []
    for h in hits:
        marked = {
            m.lower()
            for m in re.findall(re.escape(HIT_START) + r"(.*?)" + re.escape(HIT_END), h.snippet)
        }
        coverage = len({_stem(m) for m in marked}) / max(1, min(len(all_terms), 6))
        if fused:
            relevance = fused.get(h.message_id or 0, 0.0) / best_fused
        else:
            relevance = h.score / best if best > 0 else 0.0
        score = 0.6 * relevance + 0.25 * min(1.0, coverage) + 0.15 * _recency(h.created_at, now)
        scored.append((score, h, marked))
    scored.sort(key=lambda item: -item[0])
    per_conversation: Counter[int] = Counter()
    chosen: list[ContextSnippet] = []
    for score, h, marked in scored:
        if h.message_id is None or h.conversation_id is None:
            continue
        if per_conversation[h.conversation_id] >= 2:
            continue
        per_conversation[h.conversation_id] += 1
        message = store.conversations.get_message(h.message_id)
        chosen.append(
            ContextSnippet(
                message_id=h.message_id,
                conversation_id=h.conversation_id,
                conversation_title=h.conversation_title,
                date=h.created_at.date().isoformat() if h.created_at else "",
                role=h.role,
                text=_excerpt(message.content, marked or all_terms),
                score=round(score, 4),
            )
        )
        if len(chosen) >= limit:
            break
    return chosen
