"""Read-only work the desktop runs off the GUI thread, each on its own connection.

Proposing past context, embedding a batch of past messages and previewing what a
turn would send all read a lot; the desktop runs them in a worker thread. Each
function here opens a read-only connection of the workspace's database for the
call and closes it again, so a front end never holds a ``Store`` (DESIGN.md §2:
the UI talks to services only). Only :func:`save_vectors` writes: call it on the
writer's thread (the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from consultant.core.models import AuditEntry
from consultant.services import semantic
from consultant.services.workspace import Workspace

if TYPE_CHECKING:
    from consultant.core.prompts import ContextSnippet
    from consultant.services.ask import AskService, PrivacyPreview, SendEstimate, TurnRequest

__all__ = ["IndexBatch", "index_batch", "preview_turn", "rank_context", "save_vectors"]

IndexBatch = tuple[str, list[semantic.ComputedEmbedding]]  # (embedding model, vectors)


def rank_context(
    workspace: Workspace,
    ask: AskService,
    conversation_id: int,
    text: str,
    audit: Callable[[AuditEntry], None],
) -> list[ContextSnippet]:
    """The past snippets proposed for ``text`` (any thread; nothing is indexed or
    written; outbound calls are handed to ``audit``)."""
    with workspace.store.reader() as reader:
        return ask.propose_context(
            conversation_id, text, store=reader, index=False, audit=audit
        )


def index_batch(
    workspace: Workspace,
    ask: AskService,
    client_id: int,
    audit: Callable[[AuditEntry], None],
    *,
    limit: int = 8,
) -> IndexBatch:
    """Vectors for up to ``limit`` past messages not embedded yet (any thread);
    ``("", [])`` when the client has no semantic index or nothing is left to do."""
    with workspace.store.reader() as reader:
        index = semantic.SemanticIndex.for_settings(
            reader, ask.settings, reader.clients.get(client_id), audit
        )
        if index is None:
            return "", []
        todo = index.pending(limit=limit)
    return index.model, semantic.compute(index.embedder, todo) if todo else []


def save_vectors(
    workspace: Workspace, model: str, computed: list[semantic.ComputedEmbedding]
) -> int:
    """Keep the vectors :func:`index_batch` computed (the writer; a few ms a batch)."""
    return semantic.save(workspace.store, model, computed)


def preview_turn(
    workspace: Workspace, ask: AskService, request: TurnRequest
) -> tuple[PrivacyPreview | None, SendEstimate | None]:
    """What ``request`` would mask and its token/cost estimate (any thread)."""
    with workspace.store.reader() as reader:
        return ask.preview(request, store=reader), ask.estimate(request, store=reader)
