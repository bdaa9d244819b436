"""The optional semantic layer: embed this client's messages, rank them by meaning.

Active only when the user chose an embedding model in Settings. Vectors are
kept in ``message_embeddings`` with a hash of the text, so only new or edited
messages are embedded. Every embedding call goes through the gateway's rules
(privacy policy, redaction, audit). Ranking is a dot product of normalised
vectors (cosine similarity) over the client's messages, in pure Python.
"""

from __future__ import annotations

from collections.abc import Callable

from consultant.core.models import AuditEntry, Client
from consultant.core.privacy import PrivacyContext
from consultant.core.settings import Settings
from consultant.llm import providers
from consultant.llm.embeddings import embed_texts
from consultant.llm.providers import ModelChoice
from consultant.store import Store

MAX_INDEX_PER_CALL = 512


class SemanticIndex:
    def __init__(
        self,
        store: Store,
        choice: ModelChoice,
        client: Client,
        audit: Callable[[AuditEntry], None],
    ) -> None:
        self.store = store
        self.choice = choice
        self.client = client
        self.audit = audit

    @classmethod
    def for_settings(
        cls,
        store: Store,
        settings: Settings,
        client: Client,
        audit: Callable[[AuditEntry], None],
    ) -> SemanticIndex | None:
        ref = getattr(settings, "embedding_model", "") or ""
        if not ref.strip():
            return None
        return cls(store, providers.resolve_model(settings, ref), client, audit)

    def _embed(self, texts: list[str]) -> list[list[float]]:
        return embed_texts(texts, self.choice, PrivacyContext.for_client(self.client), self.audit)

    def refresh(self) -> int:
        """Embed messages that have no current vector; returns how many."""
        assert self.client.id is not None
        todo = self.store.embeddings.missing(
            self.client.id, self.choice.ref, limit=MAX_INDEX_PER_CALL
        )
        if not todo:
            return 0
        vectors = self._embed([text for _, text in todo])
        self.store.embeddings.save(
            self.choice.ref,
            [(mid, text, vec) for (mid, text), vec in zip(todo, vectors, strict=True)],
        )
        return len(todo)

    def ranker(
        self, exclude_conversation_id: int | None = None
    ) -> Callable[[str], list[tuple[int, float]]]:
        assert self.client.id is not None
        stored = self.store.embeddings.vectors(
            self.client.id, self.choice.ref, exclude_conversation_id=exclude_conversation_id
        )

        def rank(text: str) -> list[tuple[int, float]]:
            if not stored:
                return []
            query = self._embed([text])[0]
            scored = [
                (mid, sum(a * b for a, b in zip(query, vec, strict=False))) for mid, vec in stored
            ]
            scored.sort(key=lambda item: -item[1])
            return scored

        return rank
