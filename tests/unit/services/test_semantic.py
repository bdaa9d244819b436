"""The optional semantic layer: embeddings through the gateway rules, fused by RRF."""

from __future__ import annotations

import socket

import pytest

from consultant.core.models import AuditEntry, PrivacyPolicy, Role, Task
from consultant.core.privacy import PrivacyContext
from consultant.core.settings import load_settings, save_settings
from consultant.llm.embeddings import embed_texts
from consultant.llm.errors import PrivacyRefused
from consultant.llm.providers import ModelChoice, ProviderKind
from consultant.services import context
from consultant.services.ask import AskService, TurnRequest
from consultant.services.semantic import SemanticIndex
from consultant.services.workspace import Workspace
from tests.llm_server import LLMTestServer


@pytest.fixture
def embedding_model(configured_model: LLMTestServer) -> LLMTestServer:
    loaded = load_settings().settings
    loaded.embedding_model = "local/test-embed"
    save_settings(loaded)
    # "Telecopy" and "facsimile" mean fax; "letterbox" means mailbox.
    configured_model.synonyms = {"telecopy": "fax", "facsimile": "fax", "letterbox": "mailbox"}
    return configured_model


def _seed(ws: Workspace) -> tuple[int, int, int]:
    client = ws.add_client("Harbor")
    assert client.id is not None
    old = ws.store.conversations.create(client.id, "Referrals")
    relevant = ws.store.conversations.add_message(
        old.id or 0, Role.USER, "Hospital referrals arrive by facsimile; route them to a mailbox."
    )
    other = ws.store.conversations.create(client.id, "Printer")
    ws.store.conversations.add_message(other.id or 0, Role.USER, "The printer jams on A3 paper.")
    new = ws.store.conversations.create(client.id, "New")
    return client.id, relevant.id or 0, new.id or 0


def test_paraphrase_found_only_with_embeddings(embedding_model: LLMTestServer) -> None:
    with Workspace.open() as ws:
        client_id, relevant_id, new_id = _seed(ws)
        client = ws.store.clients.get(client_id)
        text = "Can the telecopy stuff land in a shared letterbox?"
        plain = context.retrieve(ws.store, client, text, exclude_conversation_id=new_id)
        assert plain[0].message_id != relevant_id  # no shared word: only the newest first
        index = SemanticIndex.for_settings(
            ws.store, load_settings().settings, client, ws.store.audit.record
        )
        assert index is not None
        assert index.refresh() == 2
        assert index.refresh() == 0  # stored with a content hash: nothing to redo
        found = context.retrieve(
            ws.store, client, text, exclude_conversation_id=new_id,
            semantic=index.ranker(exclude_conversation_id=new_id),
        )  # fmt: skip
        assert found and found[0].message_id == relevant_id
        assert "similar meaning" in found[0].reason


def test_ask_uses_embeddings_and_audits_them(embedding_model: LLMTestServer) -> None:
    with Workspace.open() as ws:
        _client_id, relevant_id, new_id = _seed(ws)
        turn, _ = AskService(ws).ask(
            TurnRequest(new_id, "Can the telecopy stuff land in a shared letterbox?", Task.CHAT)
        )
        assert relevant_id in [s.message_id for s in turn.context]
        outcomes = [(a.outcome, a.purpose) for a in ws.store.audit.recent()]
        assert ("ok", "embedding") in outcomes and ("ok", "chat") in outcomes


def test_edited_message_is_embedded_again(embedding_model: LLMTestServer) -> None:
    with Workspace.open() as ws:
        client_id, relevant_id, _ = _seed(ws)
        client = ws.store.clients.get(client_id)
        index = SemanticIndex.for_settings(
            ws.store, load_settings().settings, client, ws.store.audit.record
        )
        assert index is not None
        index.refresh()
        ws.store.conversations.update_streaming(relevant_id, "Changed text entirely")
        assert index.refresh() == 1


def test_local_only_client_never_sends_text_for_embedding(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []
    audit: list[AuditEntry] = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, addr: attempts.append(addr))
    choice = ModelChoice("openai/text-embedding-3-small", "openai", ProviderKind.OPENAI)
    with pytest.raises(PrivacyRefused):
        embed_texts(["secret"], choice, PrivacyContext(PrivacyPolicy.LOCAL_ONLY), audit.append,
                    api_key="k")  # fmt: skip
    assert attempts == []
    assert [e.outcome for e in audit] == ["privacy_refused"]


def test_redact_masks_before_embedding(embedding_model: LLMTestServer) -> None:
    choice = ModelChoice(
        "openai/test-embed", "local", ProviderKind.OPENAI_COMPATIBLE,
        api_base=embedding_model.api_base,
    )  # fmt: skip
    audit: list[AuditEntry] = []
    embed_texts(["write to jane@acme.org"], choice, PrivacyContext(PrivacyPolicy.REDACT),
                audit.append)  # fmt: skip
    sent = embedding_model.requests[-1]["input"]
    assert "jane@acme.org" not in str(sent) and "[EMAIL_1]" in str(sent)
    assert [(e.purpose, e.outcome, e.redactions) for e in audit] == [("embedding", "ok", 1)]


def test_failing_embedding_model_falls_back_to_keywords(configured_model: LLMTestServer) -> None:
    loaded = load_settings().settings
    loaded.embedding_model = "local/err-500"
    save_settings(loaded)
    with Workspace.open() as ws:
        _client_id, relevant_id, new_id = _seed(ws)
        snippets = AskService(ws).propose_context(new_id, "hospital referrals facsimile")
        assert snippets[0].message_id == relevant_id
        assert snippets[0].reason.startswith("matching words: ")


def test_the_clients_vectors_load_once_and_again_after_a_change(
    embedding_model: LLMTestServer,
) -> None:
    """The ranker's vectors come from a cache while the client's messages and vectors
    are unchanged; a new vector, a new message or an excluded conversation shows."""
    with Workspace.open() as ws:
        client_id, relevant_id, new_id = _seed(ws)
        client = ws.store.clients.get(client_id)
        index = SemanticIndex.for_settings(
            ws.store, load_settings().settings, client, ws.store.audit.record
        )
        assert index is not None
        index.refresh()
        from consultant.services import semantic

        first = semantic.client_vectors(ws.store, client_id, index.model)
        assert semantic.client_vectors(ws.store, client_id, index.model) is first
        assert len(first) == 2
        rank = index.ranker(exclude_conversation_id=new_id)
        ranked = [m for m, _s in rank("facsimile referrals")]
        assert len(ranked) == 2 and relevant_id in ranked
        old_conv = ws.store.conversations.get_message(relevant_id).conversation_id
        without = [m for m, _s in index.ranker(exclude_conversation_id=old_conv)("facsimile")]
        assert len(without) == 1 and relevant_id not in without
        added = ws.store.conversations.add_message(new_id, Role.USER, "The fax line is dead.")
        assert semantic.client_vectors(ws.store, client_id, index.model) is not first
        index.refresh()
        after = semantic.client_vectors(ws.store, client_id, index.model)
        assert added.id in set(after.message_ids.tolist()) and len(after) == 3


def test_spliced_vectors_equal_a_full_load_after_any_change(tmp_path: object) -> None:
    """After new, replaced and removed vectors, new, edited and removed messages and
    conversations, the cache's spliced vectors are exactly what a full load reads."""
    import random
    from pathlib import Path

    import numpy as np

    from consultant.services import semantic
    from consultant.store import Store

    rng = random.Random(3)
    model = "local/test-model"
    store = Store.open(Path(str(tmp_path)) / "vectors.sqlite")
    client = store.clients.add("Acme").id or 0
    other = store.clients.add("Other").id or 0
    conversations = [store.conversations.create(client, f"c{i}").id or 0 for i in range(4)]
    theirs = store.conversations.create(other, "theirs").id or 0
    store.conversations.add_message(theirs, Role.USER, "Another client's message.")

    def vectors_for(message_id: int) -> None:
        chunks = rng.randint(1, 3)
        rows = rng.random() + np.arange(chunks * 4, dtype=np.float32).reshape(chunks, 4)
        store.embeddings.save_chunks(model, [(message_id, f"h{rng.random()}", rows)])

    messages: list[int] = []
    for _ in range(12):
        message = store.conversations.add_message(rng.choice(conversations), Role.USER, "text")
        messages.append(message.id or 0)
        vectors_for(messages[-1])
    semantic.client_vectors(store, client, model)
    spliced_loads = 0
    for _step in range(40):
        what = rng.choice(["vectors", "message", "edit", "remove", "conversation", "drop"])
        if what == "vectors" and messages:
            vectors_for(rng.choice(messages))
        elif what == "message":
            message = store.conversations.add_message(rng.choice(conversations), Role.USER, "x")
            messages.append(message.id or 0)
        elif what == "edit" and messages:
            store.conversations.update_streaming(rng.choice(messages), f"edited {rng.random()}")
        elif what == "remove" and messages:
            store.conversations.delete_message(messages.pop(rng.randrange(len(messages))))
        elif what == "conversation":
            conversations.append(store.conversations.create(client, "late").id or 0)
        elif what == "drop" and len(conversations) > 1:
            gone = conversations.pop(rng.randrange(len(conversations)))
            store.conversations.delete(gone)
            alive = {r[0] for r in store.db.execute("SELECT id FROM messages").fetchall()}
            messages = [m for m in messages if m in alive]
        key = (store.cache_key(), client, model)
        cached = key in semantic._vector_cache
        got = semantic.client_vectors(store, client, model)
        spliced_loads += cached
        full = store.embeddings.client_vectors(client, model)
        assert got.message_ids.tolist() == full.message_ids.tolist(), what
        assert got.conversation_ids.tolist() == full.conversation_ids.tolist(), what
        assert np.array_equal(got.vectors, full.vectors), what
        assert got.retrievable == full.retrievable, what
    assert spliced_loads >= 30
    store.close()
