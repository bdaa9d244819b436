"""Storage: the only code that speaks SQL.

``Store.open(path)`` opens (and migrates) the one SQLite file and exposes the
repositories; each returns ``consultant.core`` dataclasses. One ``Store`` is the
single writer of its process (the GUI thread or the CLI); background readers
(search while typing) use ``Store.reader()``, a read-only connection.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from consultant.core.errors import NewerDatabaseError, StoreError
from consultant.store.audit import AuditRepo
from consultant.store.billing import BillingRepo
from consultant.store.clients import ClientRepo, Conflict, NotFound
from consultant.store.conversations import ConversationRepo
from consultant.store.db import connect, file_backup, open_database
from consultant.store.embeddings import EmbeddingRepo
from consultant.store.mail import MailRepo
from consultant.store.search import SearchFilter, SearchRepo
from consultant.store.transfer import TransferRepo

__all__ = [
    "Conflict",
    "NewerDatabaseError",
    "NotFound",
    "SearchFilter",
    "Store",
    "StoreError",
]


class Store:
    def __init__(
        self, db: Database, path: Path, backup: Path | None = None, *, cache_token: str = ""
    ) -> None:
        self.db = db
        self.path = path
        self.migration_backup = backup
        # this opening of the file, for cache_key(): a file re-created at the same
        # path often gets the deleted one's inode number
        self._cache_token = cache_token or secrets.token_hex(8)
        self.clients = ClientRepo(db)
        self.conversations = ConversationRepo(db)
        self.search = SearchRepo(db)
        self.audit = AuditRepo(db)
        self.billing = BillingRepo(db)
        self.transfer = TransferRepo(db)
        self.embeddings = EmbeddingRepo(db)
        self.mail = MailRepo(db)

    @classmethod
    def open(cls, path: Path) -> Store:
        db, backup = open_database(Path(path))
        return cls(db, Path(path), backup)

    def reader(self) -> Store:
        """A read-only ``Store`` on its own connection, for a worker thread."""
        return Store(connect(self.path, readonly=True), self.path, cache_token=self._cache_token)

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction for the writes inside (``BEGIN IMMEDIATE`` … ``COMMIT``;
        rolled back whole on any error; a savepoint when already inside one). A
        locked or full database raises ``StoreError`` with a sentence."""
        with self.db.atomic():
            yield

    def discard_interrupted_transaction(self) -> bool:
        """Roll back a transaction an exception from a signal handler left open
        (raised in the few instructions between ``atomic()``'s block and its
        BEGIN or COMMIT), so that the writes that follow are committed. Only for
        a caller that knows no ``atomic()`` block of its own is open; True when
        one was discarded."""
        if not self.db.conn.in_transaction:
            return False
        self.db.conn.execute("ROLLBACK")
        return True

    def interrupt(self) -> None:
        """Stop the statement running on this connection; callable from any thread.
        The interrupted call raises ``sqlite3.OperationalError`` ("interrupted"),
        which the search repository turns into ``SearchInterrupted``."""
        self.db.conn.interrupt()

    def cache_key(self) -> tuple[str, int, str]:
        """Identifies this opening of the database file, for caches of what was read
        from it (caches compare revisions the file keeps, which start again in
        another file): a reader (``reader()``) has its writer's key; another
        ``Store.open`` — of a restored backup, of a file re-created at the same path —
        gets a new one."""
        try:
            inode = self.path.stat().st_ino
        except (OSError, TypeError, ValueError):
            inode = 0
        return str(self.path), inode, self._cache_token

    def in_transaction(self) -> bool:
        """Inside an ``atomic()`` block: what is read may still be rolled back."""
        return bool(self.db.conn.in_transaction)

    def backup(self) -> Path:
        return file_backup(self.path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
