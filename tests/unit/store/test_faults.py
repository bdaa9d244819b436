"""Faults are named for what they are, and leave nothing half-done.

- a send is one transaction: a full disk while the reply is stored leaves no
  orphaned user message, and the retry stores the message once;
- a write transaction waits the busy timeout for another writer (``BEGIN
  IMMEDIATE``) instead of failing at once with "database is locked";
- a locked file is "locked by another program", not "not a readable database";
- an SQLite file of another program is refused and left byte for byte unchanged;
- a backup that cannot be written leaves no file; a damaged database is not copied;
- the CLI: an unwritable log file is one line, never a traceback on the terminal;
  Ctrl-C is "Stopped." with exit 130.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from consultant.core.errors import StoreError
from consultant.core.prompts import ContextSnippet
from consultant.services.ask import AskService, TurnRequest
from consultant.services.workspace import Workspace
from consultant.store import Store, db
from consultant.store.clients import ClientRepo
from tests.llm_server import LLMTestServer

ROOT = Path(__file__).resolve().parents[3]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _pages(store: Store) -> int:
    return int(store.db.execute("PRAGMA page_count").fetchone()[0])


# -- a send is one transaction ------------------------------------------------------
def test_a_full_disk_while_storing_the_reply_leaves_no_orphan_and_the_retry_stores_one(
    consultant_home: Path, configured_model: LLMTestServer
) -> None:
    big = [
        ContextSnippet(i, 0, "earlier", "2026-01-05", "user", f"note {i} " + "lorem ipsum " * 250)
        for i in range(1, 9)
    ]
    with Workspace.open(consultant_home) as ws:
        client = ws.add_client("Full Disk Client")
        first = ws.store.conversations.create(client.id or 0, "measure")
        second = ws.store.conversations.create(client.id or 0, "full")
        service = AskService(ws)

        def request(conversation_id: int) -> TurnRequest:
            return TurnRequest(conversation_id, "Please read this.", context=list(big))

        # A send of this size, measured: the reply row alone carries ~16 kB of
        # context metadata (four overflow pages), so a limit two pages short of
        # what the whole send needs fails while the reply is written, after the
        # user's message and its metadata.
        before = _pages(ws.store)
        service.prepare(request(first.id or 0))
        needed = _pages(ws.store) - before
        assert needed >= 6
        ws.store.db.execute(f"PRAGMA max_page_count = {_pages(ws.store) + needed - 2}")
        with pytest.raises((StoreError, sqlite3.Error)) as raised:
            service.prepare(request(second.id or 0))
        assert ws.store.conversations.messages(second.id or 0) == []  # no orphan
        assert isinstance(raised.value, StoreError)
        assert "the disk is full" in str(raised.value)
        ws.store.db.execute("PRAGMA max_page_count = 1073741823")  # space again: retry
        turn = service.prepare(request(second.id or 0))
        stored = ws.store.conversations.messages(second.id or 0)
        assert [m.id for m in stored] == [turn.user_message.id, turn.reply_message.id]


def test_a_second_writer_waits_for_the_first_instead_of_failing(tmp_path: Path) -> None:
    path = tmp_path / "consultant.sqlite"
    with Store.open(path) as first, Store.open(path) as second:
        holding, release = threading.Event(), threading.Event()
        failures: list[BaseException] = []

        def hold_the_write_lock() -> None:
            try:
                with first.db.atomic():
                    first.clients.add("First Writer")
                    holding.set()
                    release.wait(0.4)  # a long write transaction
            except BaseException as exc:
                failures.append(exc)
                holding.set()

        thread = threading.Thread(target=hold_the_write_lock)
        thread.start()
        assert holding.wait(10)
        started = time.monotonic()
        with second.db.atomic():  # reads, then writes: the classic upgrade
            count = second.db.execute("SELECT count(*) FROM clients").fetchone()[0]
            second.clients.add(f"Second Writer {count}")
        waited = time.monotonic() - started
        thread.join()
        assert not failures
        assert waited >= 0.2  # it waited for the first writer (up to the busy timeout)
        names = {c.name for c in second.clients.all()}
        assert {"First Writer", "Second Writer 1"} <= names


class _CtrlCAsBeginReturns(sqlite3.Connection):
    """Raises ``KeyboardInterrupt`` right after its first ``BEGIN IMMEDIATE`` ran,
    as a signal handler does when the signal came while BEGIN waited for a lock."""

    armed = True

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
        cursor = super().execute(sql, *args)
        if sql == "BEGIN IMMEDIATE" and self.armed:
            self.armed = False
            raise KeyboardInterrupt
        return cursor


def test_ctrl_c_as_begin_returns_leaves_no_transaction_open(tmp_path: Path) -> None:
    path = tmp_path / "consultant.sqlite"
    Store.open(path).close()  # migrated
    conn = sqlite3.connect(path, factory=_CtrlCAsBeginReturns, isolation_level=None)
    database = db.ConsultantDatabase(conn, path=None)
    with pytest.raises(KeyboardInterrupt), database.atomic():
        pytest.fail("the block must not run")
    assert not conn.in_transaction
    with database.atomic():  # the next write is its own transaction and is committed
        ClientRepo(database).add("After Ctrl-C")
    conn.close()
    with Store.open(path) as store:
        assert [c.name for c in store.clients.all()] == ["After Ctrl-C"]


# -- names of faults ----------------------------------------------------------------
def test_a_database_locked_by_another_program_is_named_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "consultant.sqlite"
    Store.open(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")  # another program keeps the file to itself
        monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
        with pytest.raises(StoreError) as raised:
            Store.open(path)
    finally:
        other.close()
    message = str(raised.value)
    assert "locked by another program" in message
    assert "not a readable" not in message and "move the file away" not in message


def test_an_sqlite_file_of_another_program_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "consultant.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('someone else''s data')")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreError, match="another program"):
        Store.open(path)
    assert _digest(path) == before
    assert not path.with_name(path.name + "-wal").exists()
    assert not (tmp_path / "backups").exists()


# -- backups ------------------------------------------------------------------------
def _filled_database(path: Path) -> None:
    with Store.open(path) as store:
        for i in range(40):
            store.clients.add(f"Client {i}", notes=f"notes {i} " + "x" * 8000)


BACKUP_WITH_A_SIZE_LIMIT = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from consultant.store.db import file_backup
    from consultant.core.errors import StoreError

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))
    try:
        print("saved", file_backup(Path(sys.argv[1])))
    except StoreError as exc:
        print("refused", exc)
    """
)


def test_a_backup_that_cannot_be_written_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "consultant.sqlite"
    _filled_database(path)
    assert path.stat().st_size > 200 * 1024
    done = subprocess.run(
        [sys.executable, "-c", BACKUP_WITH_A_SIZE_LIMIT, str(path)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
        text=True, timeout=60,
    )  # fmt: skip
    assert done.stdout.startswith("refused"), done.stdout + done.stderr
    assert "incomplete file was removed" in done.stdout
    assert list((tmp_path / "backups").iterdir()) == []


def test_a_damaged_database_is_not_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "consultant.sqlite"
    _filled_database(path)
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    page = conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'clients' AND pagetype = 'leaf' LIMIT 1"
    ).fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:  # a torn write in the middle of the clients table
        handle.seek((page - 1) * page_size)
        handle.write(b"\x0d\xff\xff\xff" + os.urandom(page_size - 4))
    with Store.open(path) as store, pytest.raises(StoreError, match="damaged pages"):
        store.backup()
    backups = tmp_path / "backups"
    assert not backups.exists() or list(backups.iterdir()) == []


# -- the command line ----------------------------------------------------------------
def _cli(home: Path, script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), "CONSULTANT_HOME": str(home)},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_an_unwritable_log_file_is_one_line_not_a_traceback(consultant_home: Path) -> None:
    consultant_home.mkdir(parents=True)
    (consultant_home / "logs").write_text("a file where the logs folder should be")
    done = _cli(
        consultant_home,
        """
        import sys
        from consultant import cli

        def broken(args):
            raise RuntimeError("disk on fire")

        cli.cmd_backup = broken
        sys.exit(cli.main(["backup"]))
        """,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 2, done.stderr
    assert "log file" in lines[0] and "cannot be written" in lines[0]
    assert lines[1] == "consultant: unexpected error: RuntimeError: disk on fire"


def test_ctrl_c_is_stopped_with_exit_130(consultant_home: Path) -> None:
    done = _cli(
        consultant_home,
        """
        import sys
        from consultant import cli

        def interrupted(args):
            raise KeyboardInterrupt

        cli.cmd_backup = interrupted
        sys.exit(cli.main(["backup"]))
        """,
    )
    assert done.returncode == 130
    assert done.stderr == "consultant: Stopped.\n"
