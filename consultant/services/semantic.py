"""The semantic layer: embed this client's messages, rank them by meaning.

Which model (``settings.embedding_model``):

- empty — the local in-process model (:mod:`consultant.llm.local_embedding`) when
  it is installed; nothing leaves the machine, so ``local_only`` clients use it too;
- ``"off"`` — no semantic layer (keywords only);
- anything else — that model, through :mod:`consultant.llm.embeddings` (privacy
  policy, redaction, audit), as for chat.

Vectors live in ``message_embeddings`` with a hash of the embedded text, so only
new or edited messages are embedded. A long message is embedded in chunks of
about :data:`CHUNK_WORDS` words (the local model reads 128 word pieces), each
prefixed with the conversation title; a message scores as its best chunk.

The index work is split so no step that takes long runs where it must not:

1. :func:`pending` (any connection, read only): what is missing;
2. :func:`compute` (any thread, no database): the vectors;
3. :func:`save` (the writer): store them.

The command line runs the three inline (:meth:`SemanticIndex.refresh`); the desktop
runs 1–2 on the thread pool and 3 on the GUI thread. Ranking
(:meth:`SemanticIndex.ranker`) uses whatever vectors exist: one matrix product.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol

from consultant.core.models import AuditEntry, Client
from consultant.core.privacy import PrivacyContext
from consultant.core.settings import Settings
from consultant.llm import local_embedding, providers
from consultant.llm.embeddings import embed_texts
from consultant.llm.providers import ModelChoice
from consultant.store import Store
from consultant.store.embeddings import ClientVectors, content_hash

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    F32 = npt.NDArray[np.float32]

MAX_INDEX_PER_CALL = 512
#: Share of a client's messages that must have vectors before meaning is ranked.
MIN_COVERAGE = 0.9
#: Words of the query given to the local model.
QUERY_WORDS = 90
CHUNK_WORDS = 90
MAX_CHUNKS = 8
QUERY_CACHE = 32
OFF = "off"

Kind = Literal["query", "passage"]


class Embedder(Protocol):
    """Texts → L2-normalised float32 rows."""

    ref: str

    def embed(self, texts: Sequence[str], kind: Kind) -> F32: ...


class LocalEmbedder:
    """The in-process model: no network, no audit needed."""

    ref = local_embedding.MODEL_ID

    def embed(self, texts: Sequence[str], kind: Kind) -> F32:
        import numpy as np

        rows = local_embedding.embed(list(texts), kind=kind)
        return np.asarray(rows, dtype=np.float32).reshape(len(texts), -1)


class GatewayEmbedder:
    """A configured model (cloud, Ollama, a server) behind the privacy door."""

    def __init__(
        self, choice: ModelChoice, privacy: PrivacyContext, audit: Callable[[AuditEntry], None]
    ) -> None:
        self.choice = choice
        self.ref = choice.ref
        self.privacy = privacy
        self.audit = audit

    def embed(self, texts: Sequence[str], kind: Kind) -> F32:
        import numpy as np

        rows = embed_texts(list(texts), self.choice, self.privacy, self.audit)
        return np.asarray(rows, dtype=np.float32).reshape(len(texts), -1)


def embedder_for(
    settings: Settings, client: Client, audit: Callable[[AuditEntry], None]
) -> Embedder | None:
    """The embedder ``settings.embedding_model`` asks for (see the module docstring)."""
    ref = (getattr(settings, "embedding_model", "") or "").strip()
    if ref.lower() == OFF:
        return None
    if not ref or ref == local_embedding.MODEL_ID:
        return LocalEmbedder() if local_embedding.available()[0] else None
    return GatewayEmbedder(
        providers.resolve_model(settings, ref), PrivacyContext.for_client(client), audit
    )


# -- the index work ------------------------------------------------------------------


def document_chunks(title: str, content: str) -> list[str]:
    """The texts embedded for one message: title + about CHUNK_WORDS words each."""
    tokens = content.split()
    head = " ".join(title.split())
    chunks = []
    for start in range(0, max(1, len(tokens)), CHUNK_WORDS):
        part = " ".join(tokens[start : start + CHUNK_WORDS])
        chunks.append(f"{head}\n{part}" if head else part)
        if len(chunks) >= MAX_CHUNKS:
            break
    return chunks


@dataclass(frozen=True, slots=True)
class PendingEmbedding:
    message_id: int
    digest: str  # hash of the chunks, stored with the vectors
    chunks: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ComputedEmbedding:
    message_id: int
    digest: str
    vectors: Any  # float32 array, one row per chunk


def pending(
    store: Store, client_id: int, model: str, *, limit: int = MAX_INDEX_PER_CALL
) -> list[PendingEmbedding]:
    """Messages of this client whose vectors are missing or stale (reads only)."""
    out: list[PendingEmbedding] = []
    for source in store.embeddings.sources(client_id, model, limit=limit):
        chunks = document_chunks(source.conversation_title, source.content)
        digest = content_hash("\n\x00".join(chunks))
        if digest != source.stored_hash:
            out.append(PendingEmbedding(source.message_id, digest, tuple(chunks)))
            if len(out) >= limit:
                break
    return out


def compute(embedder: Embedder, items: Sequence[PendingEmbedding]) -> list[ComputedEmbedding]:
    """Vectors for ``items`` (blocking; any thread; no database)."""
    texts = [chunk for item in items for chunk in item.chunks]
    if not texts:
        return []
    matrix = embedder.embed(texts, "passage")
    out = []
    row = 0
    for item in items:
        out.append(
            ComputedEmbedding(item.message_id, item.digest, matrix[row : row + len(item.chunks)])
        )
        row += len(item.chunks)
    return out


def save(store: Store, model: str, computed: Sequence[ComputedEmbedding]) -> int:
    """Store computed vectors (the writer; one short transaction)."""
    if computed:
        store.embeddings.save_chunks(model, [(c.message_id, c.digest, c.vectors) for c in computed])
    return len(computed)


# -- ranking -------------------------------------------------------------------------

#: (store, client, model) → (signature, conversation revisions, vectors): a client's
#: vectors load once (~20 ms at ~2 000 messages) and stay until its messages or
#: vectors change (migration 0010's counters: one indexed row each); then only the
#: changed conversations' vectors are read and spliced in.
_vector_cache: OrderedDict[
    tuple[object, int, str], tuple[object, dict[int, tuple[int, int]], ClientVectors]
] = OrderedDict()
_vector_lock = threading.Lock()
VECTOR_CACHE_CLIENTS = 8


def client_vectors(store: Store, client_id: int, model: str) -> ClientVectors:
    """The client's stored vectors of ``model``, from the cache while unchanged."""
    repo = store.embeddings
    if store.in_transaction():  # what is read may yet be rolled back: not cached
        return repo.client_vectors(client_id, model)
    key = (store.cache_key(), client_id, model)
    signature = (repo.client_signature(client_id), repo.vector_signature(client_id))
    with _vector_lock:
        found = _vector_cache.get(key)
        if found is not None and found[0] == signature:
            _vector_cache.move_to_end(key)
            return found[2]
    revisions = repo.conversation_vector_revisions(client_id)
    loaded = None
    if found is not None:
        loaded = _spliced(store, client_id, model, found[1], found[2], revisions)
    if loaded is None:
        loaded = repo.client_vectors(client_id, model)
    with _vector_lock:
        _vector_cache[key] = (signature, revisions, loaded)
        _vector_cache.move_to_end(key)
        while len(_vector_cache) > VECTOR_CACHE_CLIENTS:
            _vector_cache.popitem(last=False)
    return loaded


def _spliced(
    store: Store,
    client_id: int,
    model: str,
    known: dict[int, tuple[int, int]],
    old: ClientVectors,
    revisions: dict[int, tuple[int, int]],
) -> ClientVectors | None:
    """``old`` with the conversations whose revisions changed read again (``None``:
    read everything, the widths differ)."""
    import numpy as np

    changed = sorted(c for c, r in revisions.items() if known.get(c) != r)
    dropped = changed + [c for c in known if c not in revisions]
    if not dropped:
        return old
    fresh = store.embeddings.client_vectors(client_id, model, changed) if changed else None
    gone = set(dropped)
    retrievable = {c: n for c, n in old.retrievable.items() if c not in gone}
    if fresh is not None:
        retrievable.update(fresh.retrievable)
    parts: list[tuple[Any, Any, Any]] = []
    if len(old):
        keep = ~np.isin(old.conversation_ids, dropped)
        parts.append((old.message_ids[keep], old.conversation_ids[keep], old.vectors[keep]))
    if fresh is not None and len(fresh):
        parts.append((fresh.message_ids, fresh.conversation_ids, fresh.vectors))
    parts = [part for part in parts if len(part[0])]
    if len({part[2].shape[1] for part in parts}) > 1:
        return None
    if not parts:
        return ClientVectors.empty(retrievable)
    ids, convs, vectors = (np.concatenate([part[n] for part in parts]) for n in range(3))
    order = np.argsort(convs, kind="stable")  # each conversation's rows come from one part
    return ClientVectors(ids[order], convs[order], vectors[order], retrievable)


_query_cache: OrderedDict[tuple[str, str], Any] = OrderedDict()
_query_lock = threading.Lock()


def embed_query(embedder: Embedder, text: str) -> F32:
    """The query's vector; the local model's are remembered for repeated texts
    (the desktop proposes again as the user edits, and once more on send)."""
    cacheable = isinstance(embedder, LocalEmbedder)
    key = (embedder.ref, text)
    if cacheable:
        with _query_lock:
            hit = _query_cache.get(key)
            if hit is not None:
                _query_cache.move_to_end(key)
                return hit
    if cacheable:
        # The subject and the opening carry the topic, and the time grows with the
        # length: 60 words lost a tuning-set hit, 90 kept them all (~10 % faster).
        text = " ".join(text.split()[:QUERY_WORDS])
    vector = embedder.embed([text], "query")[0]
    if cacheable:
        with _query_lock:
            _query_cache[key] = vector
            while len(_query_cache) > QUERY_CACHE:
                _query_cache.popitem(last=False)
    return vector


class SemanticIndex:
    """One client's vectors for one embedder."""

    def __init__(self, store: Store, embedder: Embedder, client: Client) -> None:
        assert client.id is not None
        self.store = store
        self.embedder = embedder
        self.client = client

    @property
    def model(self) -> str:
        return self.embedder.ref

    @classmethod
    def for_settings(
        cls,
        store: Store,
        settings: Settings,
        client: Client,
        audit: Callable[[AuditEntry], None],
    ) -> SemanticIndex | None:
        embedder = embedder_for(settings, client, audit)
        return None if embedder is None else cls(store, embedder, client)

    def pending(self, limit: int = MAX_INDEX_PER_CALL) -> list[PendingEmbedding]:
        assert self.client.id is not None
        return pending(self.store, self.client.id, self.model, limit=limit)

    def refresh(self, limit: int = MAX_INDEX_PER_CALL) -> int:
        """Embed what is missing, inline (the command line); returns how many messages."""
        todo = self.pending(limit)
        return save(self.store, self.model, compute(self.embedder, todo)) if todo else 0

    def ranker(
        self, exclude_conversation_id: int | None = None
    ) -> Callable[[str], list[tuple[int, float]]]:
        """A function: query text → (message id, best-chunk cosine), best first."""
        assert self.client.id is not None
        stored = client_vectors(self.store, self.client.id, self.model)
        embedder = self.embedder
        import numpy as np

        keep = (
            stored.conversation_ids != exclude_conversation_id
            if exclude_conversation_id is not None and len(stored)
            else None
        )
        # Until nearly all of the history has vectors, meaning ranks only part of it,
        # and fusing that part would push the rest down: keywords alone until then.
        total = sum(stored.retrievable.values()) - stored.retrievable.get(
            exclude_conversation_id or 0, 0
        )
        ids = stored.message_ids if keep is None else stored.message_ids[keep]
        covered = int(np.unique(ids).size) if len(ids) else 0
        complete = total == 0 or covered >= MIN_COVERAGE * total

        def rank(text: str) -> list[tuple[int, float]]:
            if not complete or not len(ids) or not text.strip():
                return []
            query = embed_query(embedder, text)
            if query.shape[0] != stored.vectors.shape[1]:
                return []  # vectors of another width (the model changed)
            sims = stored.vectors @ query
            if keep is not None:
                sims = np.where(keep, sims, -np.inf)
            order = np.argsort(-sims, kind="stable")
            seen: set[int] = set()
            out: list[tuple[int, float]] = []
            for row in order.tolist():
                if keep is not None and not keep[row]:
                    break  # the excluded conversation's rows sort last
                mid = int(stored.message_ids[row])
                if mid not in seen:
                    seen.add(mid)
                    out.append((mid, float(sims[row])))
            return out

        return rank
