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
