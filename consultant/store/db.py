"""Opening the database: pragmas, version guard, backup, migrations, recovery.

Opening runs, in order:

0. the data folder is made private (0700; the database, ``backups/``, ``config/``
   and ``logs/`` lose group and other bits, so files an older version left 0644
   become 0600; see ``paths.secure_data_dir``); a new database file
   is created 0600 before SQLite opens it, so its ``-wal``/``-shm`` files, which
   SQLite creates with the main file's mode, are 0600 as well;
1. a read-only look at the file: if it records a migration this version does not
   know, it was written by a newer Consultant and is refused *untouched* (the check
   runs before anything, even the WAL pragma, writes to the file);
2. ``journal_mode=WAL``, ``foreign_keys=ON``, a busy timeout;
3. if migrations are pending on an existing database, a file backup into
   ``backups/`` beside the database, then the migrations (each in a transaction);
4. ``PRAGMA user_version`` set to the number of applied migrations, so other tools
   can see the schema version;
5. messages still ``streaming`` (the app died mid-reply) become ``interrupted``,
   keeping their partial text.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from consultant.core import paths
from consultant.core.errors import NewerDatabaseError, StoreError
from consultant.store.migrations import MIGRATION_SET, known_names, migrations

BUSY_TIMEOUT_MS = 5000


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _applied_migrations_readonly(path: Path) -> list[str] | None:
    """Names of applied migrations, read without writing; None if not a database."""
    uri = f"file:{path.as_posix()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot open the database {path}: {exc}.") from None
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "_sqlite_migrations" not in tables:
            return []
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            (MIGRATION_SET,),
        ).fetchall()
        return [r[0] for r in rows]
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"{path} is not a readable Consultant database ({exc}). "
            "Restore a copy from the backups folder or move the file away."
        ) from None
    finally:
        conn.close()


def check_version(path: Path) -> list[str]:
    """Refuse a database with migrations this version does not know."""
    if not path.exists() or path.stat().st_size == 0:
        return []
    applied = _applied_migrations_readonly(path) or []
    unknown = [name for name in applied if name not in set(known_names())]
    if unknown:
        raise NewerDatabaseError(
            f"{path} was written by a newer version of Consultant (it has the schema "
            f"change{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}). "
            "Update Consultant to open it; the file was left untouched."
        )
    return applied


def backup_file(db: Database, path: Path, reason: str) -> Path:
    """Copy the live database with SQLite's backup API into ``backups/`` (0600)."""
    folder = paths.private_dir(path.parent / "backups")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite"
    paths.create_private_file(target)  # private before SQLite writes a page
    dest = sqlite3.connect(target)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def _private_database_file(path: Path) -> None:
    """Create the database file 0600 (or tighten it) before SQLite opens it.

    SQLite gives ``-wal``, ``-shm`` and ``-journal`` the main file's mode, so this
    one call makes all of them private; an empty file is a valid empty database.
    """
    try:
        paths.create_private_file(path)
        for suffix in ("-wal", "-shm", "-journal"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                paths.create_private_file(side)
    except OSError as exc:
        raise StoreError(f"Cannot create the database {path}: {exc.strerror or exc}.") from None


def connect(path: Path, *, readonly: bool = False) -> Database:
    """A configured connection (no migrations). Readers use ``readonly=True``."""
    if readonly:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, check_same_thread=False)
    else:
        if str(path) != ":memory:":
            _private_database_file(Path(path))
        conn = sqlite3.connect(path, check_same_thread=False)
    # Autocommit at the driver level: a statement outside ``db.atomic()`` commits
    # at once instead of silently opening a transaction that later writes would
    # nest into (as savepoints) and that closing the connection would roll back.
    conn.isolation_level = None
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal" and str(path) != ":memory:":
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = NORMAL")
    # No sqlite-utils plugins: they would run third-party code on our connection
    # (and scanning for them costs start-up time).
    return Database(conn, execute_plugins=False)


def open_database(path: Path) -> tuple[Database, Path | None]:
    """Open (creating if needed) and migrate. Returns the db and any backup taken."""
    path = Path(path)
    try:
        paths.private_dir(path.parent)
    except OSError as exc:
        raise StoreError(f"Cannot create the data folder {path.parent}: {exc.strerror}.") from None
    # Files an older version (or the umask) left readable by others: health data.
    paths.secure_data_dir(path.parent, path.name)
    applied = check_version(path)
    try:
        db = connect(path)
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"{path} is not a readable Consultant database ({exc}). "
            "Restore a copy from the backups folder or move the file away."
        ) from None
    backup: Path | None = None
    try:
        pending = migrations.pending(db)
        if pending and applied:
            backup = backup_file(db, path, f"before-{pending[0].name}")
        if pending:
            migrations.apply(db)
        db.execute(f"PRAGMA user_version = {len(known_names())}")
        recover_interrupted(db)
    except sqlite3.OperationalError as exc:
        db.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreError(
                f"The database {path} is locked by another program. Close it and try again."
            ) from None
        if "disk" in str(exc) or "full" in str(exc):
            raise StoreError(f"Cannot write {path}: the disk is full.") from None
        raise StoreError(f"Cannot open the database {path}: {exc}.") from None
    except sqlite3.DatabaseError as exc:
        db.close()
        raise StoreError(
            f"{path} is damaged ({exc}). Restore a copy from the backups folder."
        ) from None
    return db, backup


def recover_interrupted(db: Database) -> int:
    """Turn rows left ``streaming`` by a crash into ``interrupted``; keep their text."""
    with db.atomic():
        cursor = db.execute(
            "UPDATE messages SET status = 'interrupted', updated_at = ?, "
            "error = CASE WHEN error = '' THEN "
            "'The app closed before this reply finished.' ELSE error END "
            "WHERE status = 'streaming'",
            [now_iso()],
        )
    return cursor.rowcount


@contextlib.contextmanager
def immediate(db: Database) -> Iterator[None]:
    """A write transaction that takes the write lock at once (``BEGIN IMMEDIATE``).

    Used where a read decides a write (invoice numbers), so two writers serialize.
    """
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def file_backup(path: Path) -> Path:
    """A user-requested backup of the database file at ``path``."""
    if not path.exists():
        raise StoreError(f"There is no database at {path} yet.")
    db = connect(path, readonly=True)
    try:
        return backup_file(db, path, "manual")
    finally:
        db.close()
