"""Storage: the only code that speaks SQL.

``Store.open(path)`` opens (and migrates) the one SQLite file and exposes the
repositories; each returns ``consultant.core`` dataclasses. One ``Store`` is the
single writer of its process (the GUI thread or the CLI); background readers
(search while typing) use ``Store.reader()``, a read-only connection.
"""

from __future__ import annotations

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
    def __init__(self, db: Database, path: Path, backup: Path | None = None) -> None:
        self.db = db
        self.path = path
        self.migration_backup = backup
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
        return Store(connect(self.path, readonly=True), self.path)

    def backup(self) -> Path:
        return file_backup(self.path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
