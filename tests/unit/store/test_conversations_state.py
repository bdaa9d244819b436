"""The state a conversation keeps (task, model, e-mail source) and a client's default
model (migration 0006), against a real SQLite file."""

from __future__ import annotations

from pathlib import Path

from consultant.core.models import Task
from consultant.store import Store
from consultant.store.migrations import known_names


def test_migration_0006_adds_the_columns(store: Store) -> None:
    assert "0006_client_default_model" in known_names()
    client_cols = {r[1] for r in store.db.execute("PRAGMA table_info(clients)")}
    conv_cols = {r[1] for r in store.db.execute("PRAGMA table_info(conversations)")}
    assert "default_model" in client_cols and "source_key" in conv_cols


def test_client_default_model_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    with Store.open(path) as store:
        client = store.clients.add("Acme", default_model="ollama/llama3")
        assert client.default_model == "ollama/llama3"
        assert store.clients.add("Beta").default_model == ""
    with Store.open(path) as store:
        assert store.clients.require("Acme").default_model == "ollama/llama3"
        updated = store.clients.update(client.id or 0, default_model="")
        assert updated.default_model == ""


def test_set_state_keeps_task_and_model_without_counting_as_activity(store: Store) -> None:
    client = store.clients.add("Acme")
    conv = store.conversations.create(client.id or 0, "t", created_at="2026-01-01T00:00:00Z")
    changed = store.conversations.set_state(conv.id or 0, task=Task.INTERPRET, model="a/b")
    assert changed.task is Task.INTERPRET and changed.model == "a/b"
    assert changed.updated_at == conv.updated_at
    again = store.conversations.set_state(conv.id or 0, model="")
    assert again.task is Task.INTERPRET and again.model == ""


def test_find_by_source_returns_the_first_conversation_of_an_email(store: Store) -> None:
    client = store.clients.add("Acme")
    first = store.conversations.create(client.id or 0, "first")
    second = store.conversations.create(client.id or 0, "second")
    assert store.conversations.find_by_source("mid:x@y") is None
    assert store.conversations.find_by_source("") is None
    store.conversations.set_source_key(second.id or 0, "mid:x@y")
    store.conversations.set_source_key(first.id or 0, "mid:x@y")
    found = store.conversations.find_by_source("mid:x@y")
    assert found is not None and found.id == first.id
    store.conversations.update(first.id or 0, archived=True)
    found = store.conversations.find_by_source("mid:x@y")
    assert found is not None and found.id == first.id and found.archived
