"""Schema snapshot, upgrade with backup, refusal of a newer database."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from consultant.store import NewerDatabaseError, Store, StoreError
from consultant.store.db import connect
from consultant.store.migrations import known_names, migrations
from consultant.store.schema_dump import fresh_schema

SNAPSHOT = Path(__file__).with_name("schema_snapshot.sql")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_schema_matches_snapshot() -> None:
    assert fresh_schema() == SNAPSHOT.read_text(), (
        "the schema changed: add a migration, then regenerate the snapshot with "
        "`python -m consultant.store.schema_dump > tests/unit/store/schema_snapshot.sql`"
    )


def test_open_sets_pragmas(tmp_path: Path) -> None:
    with Store.open(tmp_path / "db.sqlite") as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(known_names())


def test_fresh_database_takes_no_backup(tmp_path: Path) -> None:
    with Store.open(tmp_path / "db.sqlite") as store:
        assert store.migration_backup is None
    assert not (tmp_path / "backups").exists()


def test_older_database_upgrades_with_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    db = connect(path)
    last = known_names()[-1]
    migrations.apply(db, stop_before=last)
    db.execute("INSERT INTO clients (uid, name, name_key) VALUES ('u1', 'Acme', 'acme')")
    db.conn.commit()
    db.close()

    with Store.open(path) as store:
        backup = store.migration_backup
        assert backup is not None and backup.exists()
        assert backup.parent == tmp_path / "backups"
        assert last in backup.name
        applied = [m.name for m in migrations.applied(store.db)]
        assert applied == known_names()
        assert store.clients.find("acme") is not None
    # The backup is the database as it was: without the last migration.
    old = sqlite3.connect(backup)
    names = [r[0] for r in old.execute("SELECT name FROM _sqlite_migrations")]
    old.close()
    assert last not in names and names


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('consultant', '9999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = _digest(path)
    with pytest.raises(NewerDatabaseError, match="newer version") as info:
        Store.open(path)
    assert "9999_from_the_future" in str(info.value)
    assert _digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_garbage_file_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    before = _digest(path)
    with pytest.raises(StoreError, match="not a readable Consultant database"):
        Store.open(path)
    assert _digest(path) == before


def test_streaming_rows_become_interrupted_on_open(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    with Store.open(path) as store:
        client = store.clients.add("Acme")
        assert client.id is not None
        conv = store.conversations.create(client.id, "t")
        assert conv.id is not None
        store.conversations.add_message(conv.id, "user", "question")
        msg = store.conversations.add_message(
            conv.id, "assistant", "partial ans", status="streaming"
        )
    with Store.open(path) as store:
        assert msg.id is not None
        again = store.conversations.get_message(msg.id)
        assert again.status == "interrupted"
        assert again.content == "partial ans"
        assert again.error
