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
5. messages still ``streaming`` whose writer is gone (the process died mid-reply)
   become ``interrupted``, keeping their partial text; a reply another live
   process is still streaming is left alone (see :class:`WriterLock`).

An SQLite file with tables but none of Consultant's migrations belongs to another
program: it is refused before anything is written to it. SQLite errors are named
for what they are (:func:`store_error`): a full disk or a file locked by another
program is never reported as a damaged database.

Connections are :class:`ConsultantDatabase`: ``atomic()`` starts with
``BEGIN IMMEDIATE``, so a transaction that reads and then writes takes the write
lock first and waits the busy timeout for another writer, instead of failing at
once with "database is locked" when its read snapshot turns out to be stale.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sqlite3
import sys
from collections.abc import Generator, Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from consultant.core import paths
from consultant.core.errors import NewerDatabaseError, StoreError
from consultant.store.migrations import MIGRATION_SET, known_names, migrations

BUSY_TIMEOUT_MS = 5000
LOCKS_DIR = "locks"

# Primary SQLite result codes (an extended code's low byte).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _error_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return _error_code(exc) == _SQLITE_FULL or "disk is full" in text


def is_locked(exc: BaseException) -> bool:
    text = str(exc).lower()
    return _error_code(exc) in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text


def store_error(exc: sqlite3.Error, path: Path | str) -> StoreError:
    """One sentence for the user that names what went wrong with ``path``."""
    code = _error_code(exc)
    if is_full(exc):
        return StoreError(
            f"Cannot write {path}: the disk is full. Free some space and try again "
            "(nothing was half-written)."
        )
    if is_locked(exc):
        return StoreError(
            f"The database {path} is locked by another program. Close it and try again."
        )
    if code in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN):
        return StoreError(f"Cannot open {path} for writing ({exc}). Check its permissions.")
    if code == _SQLITE_IOERR:
        return StoreError(f"Cannot read or write {path}: the disk reported an error ({exc}).")
    if code == _SQLITE_CORRUPT or "malformed" in str(exc).lower():
        return StoreError(f"{path} is damaged ({exc}). Restore a copy from the backups folder.")
    if code == _SQLITE_NOTADB or "not a database" in str(exc).lower():
        return StoreError(
            f"{path} is not a readable Consultant database ({exc}). "
            "Restore a copy from the backups folder or move the file away."
        )
    return StoreError(f"Cannot use the database {path}: {exc}.")


class ConsultantDatabase(Database):
    """A sqlite-utils ``Database`` whose write transactions begin ``IMMEDIATE``.

    ``atomic()`` (outermost level) takes the write lock before the first read, so
    the busy timeout applies to concurrent writers; a full disk or a lock held too
    long surfaces as a :class:`StoreError` naming it. Nested blocks are savepoints
    as in sqlite-utils. ``writer`` is this connection's claim on the replies it
    streams (none for read-only connections).
    """

    def __init__(
        self, conn: sqlite3.Connection, *, path: Path | None, readonly: bool = False
    ) -> None:
        super().__init__(conn, execute_plugins=False)
        self.path = path
        self.readonly = readonly
        self.writer = (
            WriterLock(path.parent / LOCKS_DIR) if path is not None and not readonly else None
        )

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.conn.in_transaction or self.readonly:
            with super().atomic() as db:
                yield db
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise store_error(exc, self.path or "the database") from exc
        except BaseException:
            # A signal handler's exception (Ctrl-C, SIGTERM in the CLI) runs as
            # BEGIN returns, often after waiting for another writer's lock: the
            # transaction has begun, and left open it would swallow every later
            # write of this connection (they nest into it and are never committed).
            self.rollback()
            raise
        try:
            yield self
        except sqlite3.OperationalError as exc:
            self.rollback()
            if is_full(exc) or is_locked(exc):
                raise store_error(exc, self.path or "the database") from exc
            raise
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self.rollback()
            if isinstance(exc, sqlite3.OperationalError) and (is_full(exc) or is_locked(exc)):
                raise store_error(exc, self.path or "the database") from exc
            raise

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self.writer is not None:
                self.writer.release()


def writer_id(db: Database) -> str | None:
    """This connection's writer id (taking its lock file on first use), if any."""
    writer = getattr(db, "writer", None)
    return writer.acquire() if isinstance(writer, WriterLock) else None


# -- who is streaming -------------------------------------------------------------
_WRITER_ID = re.compile(r"^[0-9]{1,10}-[0-9a-f]{12}$")

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


class WriterLock:
    """A process's claim on the replies it is streaming.

    A streaming reply records its writer's id in its metadata (``writer``). The
    writer holds an OS lock (``flock``; ``msvcrt.locking`` on Windows) on
    ``locks/writer-<id>.lock`` in the data folder while its database is open; the
    OS drops the lock when the process dies, however it dies (kill -9 included).
    Recovery on open (:func:`recover_interrupted`) turns a ``streaming`` row into
    ``interrupted`` only when its writer's lock is free, so a second process (a
    CLI command while the desktop streams) never flips a live reply.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.id = f"{os.getpid()}-{secrets.token_hex(6)}"
        self._fd: int | None = None

    @property
    def path(self) -> Path:
        return self.folder / f"writer-{self.id}.lock"

    def acquire(self) -> str:
        if self._fd is not None:
            return self.id
        paths.private_dir(self.folder)
        # Locked under a temporary name, then renamed: a process cleaning up stale
        # lock files never sees this one unlocked.
        temporary = self.folder / f"writer-{self.id}.new"
        fd = os.open(temporary, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            if not _try_lock(fd):
                raise OSError(f"cannot lock {temporary}")
            os.write(fd, f"{os.getpid()}\n".encode())
            os.replace(temporary, self.path)
        except BaseException:
            os.close(fd)
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise
        self._fd = fd
        _LIVE_WRITERS.add(self.id)
        return self.id

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        _LIVE_WRITERS.discard(self.id)
        with contextlib.suppress(OSError):
            self.path.unlink()
        _unlock(fd)
        os.close(fd)


#: Writer ids held by this process (its own rows are live whatever the OS says).
_LIVE_WRITERS: set[str] = set()


def writer_alive(folder: Path, writer: str) -> bool:
    """Whether the process that wrote ``writer`` still holds its lock.

    A stale lock file (its process is gone) is removed on the way.
    """
    if writer in _LIVE_WRITERS:
        return True
    if not _WRITER_ID.match(writer):
        return False
    path = Path(folder) / f"writer-{writer}.lock"
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False  # no lock file: its writer is gone
    try:
        if not _try_lock(fd):
            return True
        with contextlib.suppress(OSError):
            path.unlink()
        _unlock(fd)
        return False
    finally:
        os.close(fd)


def _remove_stale_locks(folder: Path) -> None:
    with contextlib.suppress(OSError):
        for entry in Path(folder).glob("writer-*.lock"):
            writer_alive(folder, entry.name[len("writer-") : -len(".lock")])


def _applied_migrations_readonly(path: Path) -> list[str] | None:
    """Names of applied migrations, read without writing; None if not a database."""
    uri = f"file:{path.as_posix()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise store_error(exc, path) from None
    try:
        tables = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        rows = (
            conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                (MIGRATION_SET,),
            ).fetchall()
            if "_sqlite_migrations" in tables
            else []
        )
    except sqlite3.DatabaseError as exc:
        raise store_error(exc, path) from None
    finally:
        conn.close()
    if not rows and tables - {"_sqlite_migrations"}:
        raise StoreError(
            f"{path} is an SQLite database of another program (it has tables, but not "
            "Consultant's); Consultant does not open it and left it unchanged. "
            "Choose another data folder for Consultant."
        )
    return [r[0] for r in rows]


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
    try:
        paths.create_private_file(target)  # private before SQLite writes a page
        dest = sqlite3.connect(target)
        try:
            db.conn.backup(dest)
        finally:
            dest.close()
    except (OSError, sqlite3.Error) as exc:
        # An empty or partial file must not look like a backup.
        for leftover in (target, target.with_name(target.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        why = (
            "the disk is full"
            if isinstance(exc, sqlite3.Error) and is_full(exc)
            else (exc.strerror or str(exc))
            if isinstance(exc, OSError)
            else str(exc)
        )
        raise StoreError(
            f"The backup of {path} could not be written ({why}); the incomplete file was removed."
        ) from None
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
        conn = sqlite3.connect(
            f"file:{path.as_posix()}?mode=ro", uri=True, check_same_thread=False,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )  # fmt: skip
    else:
        if str(path) != ":memory:":
            _private_database_file(Path(path))
        conn = sqlite3.connect(path, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    # Autocommit at the driver level: a statement outside ``db.atomic()`` commits
    # at once instead of silently opening a transaction that later writes would
    # nest into (as savepoints) and that closing the connection would roll back.
    conn.isolation_level = None
    # (``timeout`` above is the driver's; this pragma is the same for any caller.)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal" and str(path) != ":memory:":
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = NORMAL")
    # No sqlite-utils plugins: they would run third-party code on our connection
    # (and scanning for them costs start-up time).
    where = None if str(path) == ":memory:" else Path(path)
    return ConsultantDatabase(conn, path=where, readonly=readonly)


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
    except sqlite3.Error as exc:
        raise store_error(exc, path) from None
    backup: Path | None = None
    try:
        pending = migrations.pending(db)
        if pending and applied:
            backup = backup_file(db, path, f"before-{pending[0].name}")
        if pending:
            migrations.apply(db)
        db.execute(f"PRAGMA user_version = {len(known_names())}")
        recover_interrupted(db, path.parent / LOCKS_DIR)
    except sqlite3.Error as exc:
        db.close()
        raise store_error(exc, path) from None
    except BaseException:
        db.close()
        raise
    return db, backup


def recover_interrupted(db: Database, locks: Path | None = None) -> int:
    """Turn rows left ``streaming`` by a dead writer into ``interrupted``; keep their text.

    A row whose writer (``metadata.writer``, see :class:`WriterLock`) still holds
    its lock is being streamed by a live process and is left alone. Rows without
    a recorded writer (older versions) are recovered as before.
    """
    rows = db.execute(
        "SELECT id, CASE WHEN json_valid(metadata) THEN json_extract(metadata, '$.writer') END "
        "FROM messages WHERE status = 'streaming'"
    ).fetchall()
    gone = [
        int(row_id)
        for row_id, writer in rows
        if not (isinstance(writer, str) and locks is not None and writer_alive(locks, writer))
    ]
    if locks is not None:
        _remove_stale_locks(locks)
    if not gone:
        return 0
    marks = ", ".join("?" for _ in gone)
    with db.atomic():
        cursor = db.execute(
            "UPDATE messages SET status = 'interrupted', updated_at = ?, "
            "metadata = CASE WHEN json_valid(metadata) "
            "THEN json_remove(metadata, '$.writer') ELSE metadata END, "
            "error = CASE WHEN error = '' THEN "
            "'The app closed before this reply finished.' ELSE error END "
            f"WHERE status = 'streaming' AND id IN ({marks})",
            [now_iso(), *gone],
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
    """A user-requested backup of the database file at ``path``.

    The pages are checked first (``PRAGMA quick_check``): a damaged database is
    not copied, so a damaged copy never sits among the backups looking like a
    good one.
    """
    if not path.exists():
        raise StoreError(f"There is no database at {path} yet.")
    db = connect(path, readonly=True)
    try:
        try:
            problems = [str(r[0]) for r in db.execute("PRAGMA quick_check").fetchall()]
        except sqlite3.DatabaseError as exc:
            if _error_code(exc) != _SQLITE_CORRUPT and "malformed" not in str(exc).lower():
                raise store_error(exc, path) from None
            problems = [str(exc)]
        if problems != ["ok"]:
            raise StoreError(
                f"{path} has damaged pages ({problems[0]}); no backup was made, so the "
                "backups folder keeps only good copies. Restore one of them, or export "
                "what can still be read."
            )
        return backup_file(db, path, "manual")
    finally:
        db.close()
