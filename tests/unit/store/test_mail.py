"""Migration 0009 (mail) and the mail repository: one transaction per e-mail, date
order within a thread, and a full-text index that always agrees with its rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from consultant.store import Store
from consultant.store.db import connect
from consultant.store.mail import NewMail
from consultant.store.migrations import known_names, migrations


def _client(store: Store, name: str = "Acme") -> int:
    client = store.clients.add(name)
    assert client.id is not None
    return client.id


def _mail(client_id: int, key: str, sent_at: str, **fields: object) -> NewMail:
    values: dict[str, object] = {
        "message_key": key,
        "client_id": client_id,
        "direction": "in",
        "content": f"text of {key}",
        "sent_at": sent_at,
        "title": "Portal",
    }
    values.update(fields)
    return NewMail(**values)  # type: ignore[arg-type]


def _fts_ok(store: Store) -> None:
    """FTS5's own check: the index holds exactly what the source view yields."""
    store.db.execute("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")


def _fts_ids(store: Store, word: str) -> list[int]:
    rows = store.db.execute(
        "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid", [word]
    )
    return [int(r[0]) for r in rows]


def test_old_database_gets_mail_tables_and_chat_kind(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    db = connect(path)
    migrations.apply(db, stop_before="0009_mail")
    db.execute("INSERT INTO clients (uid, name, name_key) VALUES ('u1', 'Acme', 'acme')")
    db.execute("INSERT INTO conversations (uid, client_id, title) VALUES ('c1', 1, 'Old chat')")
    db.execute(
        "INSERT INTO messages (uid, conversation_id, role, content)"
        " VALUES ('m1', 1, 'user', 'legacy walrus text')"
    )
    db.conn.commit()
    db.close()
    with Store.open(path) as store:
        assert [m.name for m in migrations.applied(store.db)] == known_names()
        assert store.db.execute("SELECT kind FROM conversations").fetchone()[0] == "chat"
        assert store.mail.count() == 0
        assert store.mail.folder_state("work", "INBOX") == (None, 0)
        # the old message is still found, and the rebuilt view agrees with the index
        assert _fts_ids(store, "walrus") == [1]
        _fts_ok(store)
        store.db.execute("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')")
        assert _fts_ids(store, "walrus") == [1]


def test_kind_is_checked(store: Store) -> None:
    cid = _client(store)
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "INSERT INTO conversations (uid, client_id, kind) VALUES ('x', ?, 'fax')", [cid]
        )


def test_store_writes_thread_message_and_mail_row(store: Store) -> None:
    cid = _client(store)
    stored = store.mail.store(
        _mail(cid, "mid:a@acme.org", "2026-03-02T09:00:00.000000+00:00",
              attachment_text="invoice.csv:\nplatypus 42")
    )  # fmt: skip
    conv = store.db.execute(
        "SELECT client_id, kind, title FROM conversations WHERE id = ?", [stored.conversation_id]
    ).fetchone()
    assert tuple(conv) == (cid, "mail", "Portal")
    message = store.conversations.get_message(stored.message_row)
    assert message.content == "text of mid:a@acme.org"
    assert message.metadata == {"author": "client", "mail_id": stored.mail_id}
    assert message.created_at is not None and message.created_at.isoformat().startswith(
        "2026-03-02T09:00"
    )
    assert store.mail.is_stored("mid:a@acme.org")
    # the attachment text is searchable through the message's index entry
    assert _fts_ids(store, "platypus") == [stored.message_row]
    _fts_ok(store)


def test_older_mail_is_linked_in_date_order(store: Store) -> None:
    cid = _client(store)
    late = store.mail.store(_mail(cid, "mid:c", "2026-03-03T09:00:00.000000+00:00"))
    conv = late.conversation_id
    early = store.mail.store(
        _mail(cid, "mid:a", "2026-03-01T09:00:00.000000+00:00", conversation_id=conv)
    )
    middle = store.mail.store(
        _mail(cid, "mid:b", "2026-03-02T09:00:00.000000+00:00", conversation_id=conv)
    )
    parents = dict(
        store.db.execute("SELECT id, parent_id FROM messages WHERE conversation_id = ?", [conv])
    )
    assert parents == {
        early.message_row: None,
        middle.message_row: early.message_row,
        late.message_row: middle.message_row,
    }
    shown = [m.id for m in store.conversations.messages(conv)]
    assert shown == [early.message_row, middle.message_row, late.message_row]


def test_deleting_a_conversation_removes_its_mail_and_index_entries(store: Store) -> None:
    cid = _client(store)
    first = store.mail.store(
        _mail(cid, "mid:a", "2026-03-01T09:00:00.000000+00:00", attachment_text="quokka")
    )
    store.mail.store(
        _mail(cid, "mid:b", "2026-03-02T09:00:00.000000+00:00",
              conversation_id=first.conversation_id, attachment_text="quokka again")
    )  # fmt: skip
    other = store.mail.store(_mail(cid, "mid:z", "2026-03-02T09:00:00.000000+00:00"))
    assert len(_fts_ids(store, "quokka")) == 2
    store.conversations.delete(first.conversation_id)
    assert not store.mail.is_stored("mid:a") and not store.mail.is_stored("mid:b")
    assert store.mail.is_stored("mid:z") and store.mail.count() == 1
    assert _fts_ids(store, "quokka") == []
    _fts_ok(store)
    # deleting the message alone removes its mail row too
    store.conversations.delete_message(other.message_row)
    assert store.mail.count() == 0
    _fts_ok(store)


def test_deleting_a_client_removes_its_mail(store: Store) -> None:
    cid = _client(store)
    store.mail.store(_mail(cid, "mid:a", "2026-03-01T09:00:00.000000+00:00", attachment_text="emu"))
    store.clients.delete(cid)
    assert store.mail.count() == 0
    assert _fts_ids(store, "emu") == []
    _fts_ok(store)


def test_editing_a_mail_message_keeps_the_index_consistent(store: Store) -> None:
    cid = _client(store)
    stored = store.mail.store(
        _mail(cid, "mid:a", "2026-03-01T09:00:00.000000+00:00", attachment_text="narwhal")
    )
    store.db.execute(
        "UPDATE messages SET content = 'rewritten wombat' WHERE id = ?", [stored.message_row]
    )
    _fts_ok(store)
    assert _fts_ids(store, "wombat") == [stored.message_row]
    assert _fts_ids(store, "narwhal") == [stored.message_row]


def test_replace_and_second_copy_are_refused(store: Store) -> None:
    cid = _client(store)
    store.mail.store(_mail(cid, "mid:a", "2026-03-01T09:00:00+00:00", attachment_text="ibis"))
    with pytest.raises(sqlite3.IntegrityError):
        store.mail.store(_mail(cid, "mid:a", "2026-03-05T09:00:00.000000+00:00"))
    with pytest.raises(sqlite3.IntegrityError, match="cannot be replaced"):
        store.db.execute(
            "INSERT OR REPLACE INTO mail_messages (uid, message_key, client_id, direction,"
            " sent_at, source) VALUES ('u2', 'mid:a', ?, 'in', '2026', 'eml')",
            [cid],
        )
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        store.db.execute("UPDATE mail_messages SET attachment_text = 'x'")
    # the failed second copy left no thread or message behind
    assert store.db.execute("SELECT count(*) FROM messages").fetchone()[0] == 1
    assert store.db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 1
    _fts_ok(store)


def test_imap_uid_is_unique_per_folder_and_uidvalidity(store: Store) -> None:
    cid = _client(store)
    imap = {"source": "imap", "account": "work", "folder": "INBOX", "uidvalidity": 7}
    store.mail.store(_mail(cid, "mid:a", "2026-03-01T09:00:00+00:00", imap_uid=1, **imap))
    store.mail.store(_mail(cid, "mid:b", "2026-03-01T10:00:00+00:00", imap_uid=2, **imap))
    with pytest.raises(sqlite3.IntegrityError):
        store.mail.store(_mail(cid, "mid:c", "2026-03-01T11:00:00+00:00", imap_uid=2, **imap))
    assert store.mail.known_imap_uids("work", "INBOX", 7) == {1, 2}
    assert store.mail.known_imap_uids("work", "INBOX", 8) == set()
    store.mail.set_folder_state("work", "INBOX", 7, 2)
    store.mail.set_folder_state("work", "INBOX", 7, 5)
    assert store.mail.folder_state("work", "INBOX") == (7, 5)


def test_mail_of_another_client_cannot_join_a_thread(store: Store) -> None:
    acme = _client(store, "Acme")
    other = _client(store, "Other")
    stored = store.mail.store(_mail(acme, "mid:a", "2026-03-01T09:00:00+00:00"))
    with pytest.raises(sqlite3.IntegrityError, match="client of its conversation"):
        store.mail.store(
            _mail(other, "mid:b", "2026-03-02T09:00:00+00:00",
                  conversation_id=stored.conversation_id)
        )  # fmt: skip
    assert store.db.execute("SELECT count(*) FROM messages").fetchone()[0] == 1
    _fts_ok(store)


def test_failure_between_the_inserts_stores_nothing(store: Store) -> None:
    cid = _client(store)
    store.db.execute(
        "CREATE TEMP TRIGGER fail_mail BEFORE INSERT ON main.mail_messages"
        " BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="injected"):
        store.mail.store(_mail(cid, "mid:a", "2026-03-01T09:00:00+00:00", attachment_text="yak"))
    for table in ("messages", "conversations", "mail_messages"):
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert _fts_ids(store, "text") == []
    _fts_ok(store)


def test_thread_lookup_by_reference_and_by_a_reply_filed_first(store: Store) -> None:
    acme = _client(store, "Acme")
    other = _client(store, "Other")
    parent = store.mail.store(_mail(acme, "mid:p@x", "2026-03-01T09:00:00+00:00"))
    assert store.mail.thread_for(acme, ["p@x"], "") == parent.conversation_id
    assert store.mail.thread_for(other, ["p@x"], "") is None
    child = store.mail.store(
        _mail(acme, "mid:c@x", "2026-03-03T09:00:00+00:00", references=["root@x", "q_1%@x"],
              in_reply_to="<q_1%@x>")
    )  # fmt: skip
    # a message named by a stored reply finds that reply's thread
    assert store.mail.thread_for(acme, [], "root@x") == child.conversation_id
    assert store.mail.thread_for(acme, [], "q_1%@x") == child.conversation_id
    assert store.mail.thread_for(acme, [], "q_1@x") is None  # LIKE wildcards are literal
    assert store.mail.thread_for(other, [], "root@x") is None


def test_inbox_and_handled(store: Store) -> None:
    acme = _client(store, "Acme")
    other = _client(store, "Other")
    a = store.mail.store(_mail(acme, "mid:a", "2026-03-01T09:00:00+00:00"))
    b = store.mail.store(_mail(other, "mid:b", "2026-03-02T09:00:00+00:00"))
    store.mail.store(_mail(acme, "mid:c", "2026-03-03T09:00:00+00:00", direction="out"))
    assert [r["id"] for r in store.mail.inbox()] == [b.mail_id, a.mail_id]  # out is handled
    assert [r["id"] for r in store.mail.inbox(client_id=acme)] == [a.mail_id]
    assert store.mail.set_handled(a.mail_id)
    assert store.mail.inbox(client_id=acme) == []
    assert len(store.mail.inbox(client_id=acme, include_handled=True)) == 2
    assert not store.mail.set_handled(9999)
