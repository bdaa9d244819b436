"""``Store.atomic()``, ``Store.interrupt()`` and ``Store.cache_key()``: what services
use instead of reaching into ``store.db``."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from consultant.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "consultant.sqlite") as s:
        yield s


def _names(store: Store) -> list[str]:
    return sorted(c.name for c in store.clients.all(include_archived=True))


def test_atomic_commits_together_and_rolls_back_whole(store: Store) -> None:
    with store.atomic():
        store.clients.add("One")
        store.clients.add("Two")
    assert _names(store) == ["One", "Two"]
    with pytest.raises(RuntimeError), store.atomic():
        store.clients.add("Three")
        raise RuntimeError("boom")
    assert _names(store) == ["One", "Two"]
    # nested: the inner block is a savepoint of the outer transaction
    with pytest.raises(RuntimeError), store.atomic():
        store.clients.add("Four")
        with store.atomic():
            store.clients.add("Five")
        raise RuntimeError("outer fails")
    assert _names(store) == ["One", "Two"]
    # and the writes are on disk for another connection
    reader = store.reader()
    try:
        assert _names(reader) == ["One", "Two"]
    finally:
        reader.close()


def test_interrupt_stops_a_running_statement_from_another_thread(store: Store) -> None:
    reader = store.reader()
    started = threading.Event()
    outcome: list[BaseException | None] = []

    def progress() -> int:
        started.set()
        return 0

    reader.db.conn.set_progress_handler(progress, 1000)

    def run() -> None:
        try:
            reader.db.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                " WHERE i < 1000000000) SELECT count(*) FROM n"
            ).fetchone()
            outcome.append(None)
        except sqlite3.OperationalError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    assert started.wait(30)
    reader.interrupt()
    worker.join(30)
    assert not worker.is_alive()
    reader.close()
    assert len(outcome) == 1 and isinstance(outcome[0], sqlite3.OperationalError)
    assert "interrupt" in str(outcome[0])


def test_cache_key_names_the_file(store: Store, tmp_path: Path) -> None:
    reader = store.reader()
    try:
        assert reader.cache_key() == store.cache_key()
    finally:
        reader.close()
    with Store.open(tmp_path / "other.sqlite") as other:
        assert other.cache_key() != store.cache_key()
    assert store.cache_key()[0] == str(store.path)
