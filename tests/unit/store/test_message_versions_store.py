"""Migration 0008 and the version tree in the repository (real SQLite)."""

from __future__ import annotations

from pathlib import Path

from consultant.core.models import MessageStatus, Role
from consultant.store import Store
from consultant.store.db import connect
from consultant.store.migrations import migrations


def test_upgrade_turns_existing_messages_into_one_path(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    db = connect(path)
    migrations.apply(db, stop_before="0008_message_versions")
    db.execute("INSERT INTO clients (uid, name, name_key) VALUES ('c', 'Acme', 'acme')")
    db.execute("INSERT INTO conversations (uid, client_id, title) VALUES ('v', 1, 't')")
    for n, role in enumerate(["user", "assistant", "user", "assistant"]):
        db.execute(
            "INSERT INTO messages (uid, conversation_id, role, content, created_at) "
            "VALUES (?, 1, ?, ?, ?)",
            [f"m{n}", role, f"text {n}", f"2026-01-01T00:00:0{n}Z"],
        )
    db.conn.commit()
    db.close()
    with Store.open(path) as store:
        repo = store.conversations
        shown = repo.messages(1)
        assert [m.content for m in shown] == ["text 0", "text 1", "text 2", "text 3"]
        ids = [m.id for m in shown]
        assert [repo.parent_id(i or 0) for i in ids] == [None, *ids[:-1]]
        assert repo.version_positions(1) == {}
        # a new message follows the end of the path
        added = repo.add_message(1, Role.USER, "text 4")
        assert repo.parent_id(added.id or 0) == ids[-1]


def test_versions_and_branches(store: Store) -> None:
    client = store.clients.add("Acme")
    conv = store.conversations.create(client.id or 0, "t")
    repo = store.conversations
    cid = conv.id or 0
    u1 = repo.add_message(cid, Role.USER, "q1")
    a1 = repo.add_message(cid, Role.ASSISTANT, "a1")
    repo.add_message(cid, Role.USER, "q2")
    repo.add_message(cid, Role.ASSISTANT, "a2")
    a1b = repo.add_version(a1.id or 0, "a1 again", status=MessageStatus.INTERRUPTED)
    assert [m.content for m in repo.messages(cid)] == ["q1", "a1 again"]
    assert repo.get_message(a1b.id or 0).status == MessageStatus.INTERRUPTED
    assert repo.message_count(cid) == 2
    assert [m.content for m in repo.versions(a1.id or 0)] == ["a1", "a1 again"]
    repo.choose_version(a1.id or 0)
    assert [m.content for m in repo.messages(cid)] == ["q1", "a1", "q2", "a2"]
    u1b = repo.add_version(u1.id or 0, "q1 edited")
    assert [m.content for m in repo.messages(cid)] == ["q1 edited"]
    assert repo.version_positions(cid) == {u1b.id: (2, 2)}
    repo.choose_version(u1.id or 0)
    # the choice made below version 1 before (a1, not a1 again) is remembered
    assert [m.content for m in repo.messages(cid)] == ["q1", "a1", "q2", "a2"]


def test_deleting_a_message_keeps_what_followed_it(store: Store) -> None:
    client = store.clients.add("Acme")
    cid = store.conversations.create(client.id or 0, "t").id or 0
    repo = store.conversations
    made = [repo.add_message(cid, Role.USER if n % 2 == 0 else Role.ASSISTANT, f"m{n}")
            for n in range(4)]  # fmt: skip
    repo.delete_message(made[1].id or 0)
    assert [m.content for m in repo.messages(cid)] == ["m0", "m2", "m3"]
    assert repo.parent_id(made[2].id or 0) == made[0].id


def test_show_path_to_an_earlier_version(store: Store) -> None:
    client = store.clients.add("Acme")
    cid = store.conversations.create(client.id or 0, "t").id or 0
    repo = store.conversations
    u1 = repo.add_message(cid, Role.USER, "q1")
    repo.add_message(cid, Role.ASSISTANT, "a1")
    q2 = repo.add_message(cid, Role.USER, "q2")
    repo.add_version(u1.id or 0, "q1 edited")
    assert [m.content for m in repo.messages(cid)] == ["q1 edited"]
    assert repo.show_path_to(q2.id or 0)
    assert [m.content for m in repo.messages(cid)] == ["q1", "a1", "q2"]
    assert not repo.show_path_to(q2.id or 0)  # shown already
