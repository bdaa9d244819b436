from __future__ import annotations

from pathlib import Path

import pytest

from consultant.core.models import MessageStatus, Role
from consultant.store import NotFound, Store, StoreError


@pytest.fixture
def conv(store: Store) -> tuple[Store, int, int]:
    client = store.clients.add("Acme")
    assert client.id is not None
    c = store.conversations.create(client.id, "  Title  ")
    assert c.id is not None and c.title == "Title"
    return store, client.id, c.id


def test_messages_keep_order_and_page_from_newest(conv: tuple[Store, int, int]) -> None:
    store, _, cid = conv
    for i in range(25):
        store.conversations.add_message(cid, Role.USER, f"m{i}")
    newest = store.conversations.messages(cid, limit=10)
    assert [m.content for m in newest] == [f"m{i}" for i in range(15, 25)]
    older = store.conversations.messages(
        cid, limit=10, before=store.conversations.cursor_of(newest[0])
    )
    assert [m.content for m in older] == [f"m{i}" for i in range(5, 15)]
    assert store.conversations.message_count(cid) == 25


def test_streaming_lifecycle(conv: tuple[Store, int, int]) -> None:
    store, _, cid = conv
    msg = store.conversations.add_message(cid, Role.ASSISTANT, "", status=MessageStatus.STREAMING)
    assert msg.id is not None
    store.conversations.update_streaming(msg.id, "Hel")
    done = store.conversations.finish_message(
        msg.id, content="Hello", status=MessageStatus.COMPLETE, input_tokens=5,
        output_tokens=2, cost_microusd=31, metadata={"context": [1, 2]},
    )  # fmt: skip
    assert (done.content, done.status, done.output_tokens, done.cost_microusd) == (
        "Hello",
        "complete",
        2,
        31,
    )
    assert done.metadata == {"context": [1, 2]}


def test_pinned_first_then_newest(conv: tuple[Store, int, int]) -> None:
    store, client_id, first = conv
    second = store.conversations.create(client_id, "second")
    assert second.id is not None
    store.conversations.add_message(second.id, Role.USER, "bump")
    titles = [c.title for c in store.conversations.list_for_client(client_id)]
    assert titles == ["second", "Title"]
    store.conversations.update(first, pinned=True)
    titles = [c.title for c in store.conversations.list_for_client(client_id)]
    assert titles == ["Title", "second"]
    store.conversations.update(first, archived=True)
    assert [c.title for c in store.conversations.list_for_client(client_id)] == ["second"]


def test_draft_is_kept(conv: tuple[Store, int, int]) -> None:
    store, _, cid = conv
    store.conversations.save_draft(cid, "half a thought")
    assert store.conversations.get(cid).draft == "half a thought"
    with pytest.raises(StoreError):
        store.conversations.save_draft(cid, "x" * 2_000_001)


def test_metadata_must_be_json(conv: tuple[Store, int, int]) -> None:
    store, _, cid = conv
    with pytest.raises(Exception, match="CHECK"):
        store.db.execute(
            "INSERT INTO messages (uid, conversation_id, role, metadata) "
            "VALUES ('u', ?, 'user', '{')",
            [cid],
        )


def test_unknown_ids(store: Store) -> None:
    with pytest.raises(NotFound):
        store.conversations.get(999)
    with pytest.raises(NotFound):
        store.clients.get(999)


def test_writes_after_a_search_are_committed(tmp_path: Path) -> None:
    """A search (which fills a temp table) must not leave a transaction open that
    would swallow later writes when the connection closes."""
    path = tmp_path / "t.sqlite"
    store = Store.open(path)
    client = store.clients.add("Acme")
    assert client.id is not None
    conv = store.conversations.create(client.id, "t")
    assert conv.id is not None
    for i in range(3):
        store.conversations.add_message(conv.id, Role.USER, f"fax portal {i} words")
    assert store.search.messages("fax portal")
    assert not store.db.conn.in_transaction
    store.conversations.add_message(conv.id, Role.USER, "after the search")
    store.close()
    with Store.open(path) as again:
        assert again.conversations.message_count(conv.id) == 4
