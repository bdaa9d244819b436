"""The workspace methods and context jobs the front ends use instead of the store
(issue #15: the UI talks to services only)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import Any

import pytest

from consultant.core.models import AuditEntry, Role, Task
from consultant.services import context_jobs
from consultant.services.ask import AskService, TurnRequest
from consultant.services.workspace import NotFound, Workspace
from tests.llm_server import LLMTestServer


def _entry(client_id: int | None, model: str = "m") -> AuditEntry:
    return AuditEntry(None, datetime.now(UTC), "openai", model, client_id, 10, 0, "ok")


def test_conversation_use_cases_change_only_what_is_asked() -> None:
    with Workspace.open() as ws:
        client = ws.add_client("Acme")
        assert client.id is not None
        first = ws.new_conversation(client.id, "  VPN  ", Task.INTERPRET, "local/x")
        second = ws.new_conversation(client.id)
        assert (first.title, first.task, first.model) == ("VPN", Task.INTERPRET, "local/x")
        assert second.task is Task.CHAT and second.title == ""
        ws.set_conversation_pinned(first.id or 0, True)
        assert [c.id for c in ws.conversations(client.id)] == [first.id, second.id]
        renamed = ws.rename_conversation(first.id or 0, "Firewall")
        assert (renamed.title, renamed.pinned, renamed.task) == ("Firewall", True, Task.INTERPRET)
        updated = ws.update_conversation(second.id or 0, task=Task.REPLY)
        assert (updated.task, updated.title) == (Task.REPLY, "")  # title untouched
        ws.set_conversation_archived(second.id or 0, True)
        assert [c.id for c in ws.conversations(client.id)] == [first.id]
        assert len(ws.conversations(client.id, include_archived=True)) == 2
        with pytest.raises(NotFound):
            ws.rename_conversation(9999, "x")


def test_messages_and_their_count() -> None:
    with Workspace.open() as ws:
        client = ws.add_client("Acme")
        conv = ws.new_conversation(client.id or 0, "One")
        assert ws.message_count(conv.id or 0) == 0
        added = ws.store.conversations.add_message(conv.id or 0, Role.USER, "Hello there")
        assert ws.message_count(conv.id or 0) == 1
        assert ws.message(added.id or 0).content == "Hello there"
        with pytest.raises(NotFound):
            ws.message(424242)


def test_client_archived_by_id() -> None:
    with Workspace.open() as ws:
        client = ws.add_client("Acme")
        assert ws.set_client_archived(client.id or 0, True).archived
        assert [c.name for c in ws.clients()] == []
        assert not ws.set_client_archived(client.id or 0, False).archived
        assert [c.name for c in ws.clients()] == ["Acme"]


def test_audit_entries_recorded_and_listed_per_client() -> None:
    with Workspace.open() as ws:
        acme = ws.add_client("Acme")
        ws.record_audit(_entry(acme.id, "first"))
        ws.record_audit(_entry(None, "test"))
        ws.record_audit(_entry(acme.id, "second"))
        assert [e.model for e in ws.audit_entries()] == ["second", "test", "first"]
        assert [e.model for e in ws.audit_entries(client_id=acme.id)] == ["second", "first"]
        assert [e.model for e in ws.audit_entries(limit=1)] == ["second"]


def _in_thread(fn: Any) -> Any:
    """Run ``fn`` on another thread, as the desktop's background jobs do."""
    out: list[Any] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            out.append(fn())
        except BaseException as exc:  # re-raised on the test's thread
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(60)
    if errors:
        raise errors[0]
    return out[0]


def test_context_jobs_read_on_their_own_connection(configured_model: LLMTestServer) -> None:
    with Workspace.open() as ws:
        client = ws.add_client("Harbor")
        old = ws.new_conversation(client.id or 0, "Referrals")
        relevant = ws.store.conversations.add_message(
            old.id or 0, Role.USER, "Hospital referrals arrive by facsimile every morning."
        )
        new = ws.new_conversation(client.id or 0, "New")
        ask = AskService(ws)
        audit: list[AuditEntry] = []
        found = _in_thread(
            lambda: context_jobs.rank_context(
                ws, ask, new.id or 0, "hospital referrals facsimile", audit.append
            )
        )
        assert found and found[0].message_id == relevant.id
        # The default local embedding model: vectors computed off the writer's thread,
        # saved on it; a second pass finds nothing left to do.
        def batch() -> context_jobs.IndexBatch:
            return context_jobs.index_batch(ws, ask, client.id or 0, audit.append)

        model, computed = _in_thread(batch)
        assert model and relevant.id in {c.message_id for c in computed}
        assert context_jobs.save_vectors(ws, model, computed) == len(computed)
        assert _in_thread(batch)[1] == []
        request = TurnRequest(conversation_id=new.id or 0, text="How do referrals arrive?")
        preview, estimate = _in_thread(lambda: context_jobs.preview_turn(ws, ask, request))
        assert preview is None  # a cloud client: nothing is masked
        assert estimate is not None and estimate.label
        assert audit == []
        assert ws.message_count(new.id or 0) == 0  # previewing stores nothing
