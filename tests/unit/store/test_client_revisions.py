"""Migration 0010's per-client revisions: every change retrieval reads raises its
client's counter (and only its client's); what it does not read leaves it alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from consultant.core.models import MessageStatus, Role
from consultant.store import Store

MODEL = "local/test-model"


def _revisions(store: Store, client_id: int) -> tuple[int, int]:
    repo = store.embeddings
    return repo.client_signature(client_id), repo.vector_signature(client_id)


@pytest.fixture
def two_clients(store: Store) -> tuple[int, int, int, int]:
    """(client, its conversation's id, its message's id, the other client)."""
    first = store.clients.add("First Clinic").id or 0
    other = store.clients.add("Other Clinic").id or 0
    conv = store.conversations.create(first, title="Fax portal").id or 0
    message = store.conversations.add_message(conv, Role.USER, "The fax portal is down.")
    return first, conv, message.id or 0, other


CHANGES: dict[str, tuple[Callable[[Store, int, int], object], tuple[bool, bool]]] = {
    # name: (change(store, conversation, message), (messages raised, vectors raised))
    "a new message": (
        lambda s, c, m: s.conversations.add_message(c, Role.ASSISTANT, "Restart it."),
        (True, False),
    ),
    "an edited message": (
        lambda s, c, m: s.conversations.update_streaming(m, "New."), (True, False)
    ),
    "a finished reply": (
        lambda s, c, m: s.conversations.finish_message(
            m, content="done", status=MessageStatus.COMPLETE
        ),
        (True, False),
    ),
    "a removed message": (lambda s, c, m: s.conversations.delete_message(m), (True, False)),
    "a renamed conversation": (
        lambda s, c, m: s.conversations.update(c, title="Fax portal, again"),
        (True, False),
    ),
    "a removed conversation": (lambda s, c, m: s.conversations.delete(c), (True, False)),
    "new vectors": (
        lambda s, c, m: s.embeddings.save_chunks(MODEL, [(m, "h", [[1.0, 0.0]])]),
        (False, True),
    ),
    "a message written again unchanged": (
        lambda s, c, m: s.conversations.update_streaming(m, "The fax portal is down."),
        (False, False),
    ),
    "a saved draft": (lambda s, c, m: s.conversations.save_draft(c, "Dear Jane"), (False, False)),
    "a picked model": (lambda s, c, m: s.conversations.set_state(c, model="x/y"), (False, False)),
}


@pytest.mark.parametrize("name", list(CHANGES))
def test_each_change_raises_only_its_own_clients_counter(
    store: Store, two_clients: tuple[int, int, int, int], name: str
) -> None:
    client, conv, message, other = two_clients
    change, (messages_raised, vectors_raised) = CHANGES[name]
    before, other_before = _revisions(store, client), _revisions(store, other)
    change(store, conv, message)
    after = _revisions(store, client)
    assert (after[0] > before[0], after[1] > before[1]) == (messages_raised, vectors_raised)
    assert _revisions(store, other) == other_before


def test_removed_vectors_raise_the_vector_counter(
    store: Store, two_clients: tuple[int, int, int, int]
) -> None:
    client, _conv, message, _other = two_clients
    store.embeddings.save_chunks(MODEL, [(message, "h", [[1.0, 0.0]])])
    before = _revisions(store, client)
    store.db.execute("DELETE FROM message_embeddings WHERE message_id = ?", [message])
    assert _revisions(store, client)[1] > before[1]


def test_a_reused_client_id_never_shows_an_earlier_revision(store: Store) -> None:
    """Ids of deleted clients come back (no AUTOINCREMENT): a cache built for the
    deleted client must not match the new one's revision."""
    gone = store.clients.add("Gone Clinic").id or 0
    conv = store.conversations.create(gone, title="t").id or 0
    store.conversations.add_message(conv, Role.USER, "Secret history of the gone clinic.")
    seen = _revisions(store, gone)
    store.conversations.delete(conv)
    store.clients.delete(gone)
    reused = store.clients.add("New Clinic").id or 0
    assert reused == gone  # the id came back
    now = _revisions(store, reused)
    assert now[0] > seen[0] and now[1] > seen[1]


def test_only_the_changed_conversation_takes_a_new_revision(
    store: Store, two_clients: tuple[int, int, int, int]
) -> None:
    client, conv, message, _other = two_clients
    second = store.conversations.create(client, title="VPN").id or 0
    store.conversations.add_message(second, Role.USER, "The VPN drops.")
    before = store.embeddings.conversation_revisions(client)
    assert set(before) == {conv, second}
    for change in (
        lambda: store.conversations.add_message(conv, Role.ASSISTANT, "Restart it."),
        lambda: store.conversations.update_streaming(message, "Edited."),
        lambda: store.conversations.update(conv, title="Fax portal (2)"),
        lambda: store.conversations.delete_message(message),
    ):
        change()
        after = store.embeddings.conversation_revisions(client)
        assert after[conv] > before[conv] and after[second] == before[second]
        before = after
    store.conversations.delete(conv)
    assert set(store.embeddings.conversation_revisions(client)) == {second}


def test_a_reused_conversation_id_takes_a_revision_it_never_had(store: Store) -> None:
    client = store.clients.add("Reuse Clinic").id or 0
    conv = store.conversations.create(client, title="t").id or 0
    store.conversations.add_message(conv, Role.USER, "First conversation's text.")
    seen = store.embeddings.conversation_revisions(client)[conv]
    store.conversations.delete(conv)
    again = store.conversations.create(client, title="t").id or 0
    assert again == conv
    assert store.embeddings.conversation_revisions(client)[again] > seen


def test_existing_conversations_start_at_revision_zero(tmp_path: Path) -> None:
    """A database from before migration 0010: its conversations get rows at 0,
    below any revision a change gives."""
    import sqlite3

    from consultant.store import migrations

    path = tmp_path / "old.sqlite"
    with Store.open(path) as store:
        client = store.clients.add("Old Clinic").id or 0
        conv = store.conversations.create(client, title="t").id or 0
        store.conversations.add_message(conv, Role.USER, "Old text.")
    with sqlite3.connect(path) as conn:  # back to before 0010
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%revision%'"
        ).fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE conversation_revisions")
        conn.execute("DROP TABLE client_revisions")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0010_client_revisions'")
    assert "0010_client_revisions" in migrations.known_names()
    with Store.open(path) as store:
        assert store.embeddings.conversation_revisions(client) == {conv: 0}
        assert store.embeddings.client_signature(client) == 0
        store.conversations.add_message(conv, Role.ASSISTANT, "New reply.")
        assert store.embeddings.conversation_revisions(client)[conv] > 0


def test_a_streaming_replys_partial_text_raises_nothing(
    store: Store, two_clients: tuple[int, int, int, int]
) -> None:
    """Saved every ~0.5 s while a reply streams and never offered to retrieval; its
    end (finished, stopped) is a change."""
    client, conv, _message, _other = two_clients
    reply = store.conversations.add_message(
        conv, Role.ASSISTANT, "", status=MessageStatus.STREAMING
    )
    before = _revisions(store, client), store.embeddings.conversation_revisions(client)
    store.conversations.update_streaming(reply.id or 0, "Restart the fax")
    store.conversations.update_streaming(reply.id or 0, "Restart the fax server.")
    assert (_revisions(store, client), store.embeddings.conversation_revisions(client)) == before
    store.conversations.finish_message(
        reply.id or 0, content="Restart the fax server.", status=MessageStatus.COMPLETE
    )
    assert _revisions(store, client)[0] > before[0][0]
