"""Stored e-mail (migration ``0009_mail``): the only SQL for mail.

A mail thread is a conversation of ``kind = 'mail'``; each stored e-mail is one
``messages`` row (role ``user``, its new text, ``created_at`` = its Date in UTC) and
one ``mail_messages`` row (headers, origin, attachments). :meth:`MailRepo.store`
writes both, and the thread when it is new, in one transaction. Within a thread the
``parent_id`` chain (migration ``0008``) follows date order: an e-mail older than
the newest one already stored is linked in between.

``mail_folders`` is the incremental IMAP sync state per (account, folder).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from consultant.store.db import now_iso


@dataclass(slots=True)
class NewMail:
    """One e-mail to store (already filed: its client and direction are decided)."""

    message_key: str
    client_id: int
    direction: str  # "in" | "out"
    content: str
    sent_at: str  # UTC ISO
    title: str
    from_addr: str = ""
    from_name: str = ""
    to_addrs: list[str] = field(default_factory=list)
    cc_addrs: list[str] = field(default_factory=list)
    subject: str = ""
    in_reply_to: str = ""
    references: list[str] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    attachment_text: str = ""
    source: str = "eml"
    account: str = ""
    folder: str = ""
    uidvalidity: int | None = None
    imap_uid: int | None = None
    conversation_id: int | None = None  # the thread; None: a new thread


@dataclass(frozen=True, slots=True)
class StoredMail:
    mail_id: int
    message_row: int
    conversation_id: int


class MailRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- identity ------------------------------------------------------------
    def is_stored(self, message_key: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM mail_messages WHERE message_key = ?", [message_key]
        ).fetchone()
        return row is not None

    def thread_for(self, client_id: int, thread_ids: Iterable[str], own_id: str) -> int | None:
        """The conversation of this client's thread for an e-mail.

        First the thread of a stored e-mail it names (References / In-Reply-To, the
        newest reference first); else the thread of a stored e-mail that names it
        (a reply that arrived before its parent). Another client's mail never counts.
        """
        keys = [f"mid:{mid}" for mid in reversed(list(thread_ids)) if mid]
        for key in keys:
            row = self.db.execute(
                "SELECT conversation_id FROM mail_messages"
                " WHERE message_key = ? AND client_id = ? AND conversation_id IS NOT NULL",
                [key, client_id],
            ).fetchone()
            if row is not None:
                return int(row[0])
        if own_id:
            like = "%" + json.dumps(own_id)[1:-1].replace("\\", "\\\\").replace(
                "%", "\\%").replace("_", "\\_") + "%"  # fmt: skip
            row = self.db.execute(
                "SELECT conversation_id FROM mail_messages AS mm"
                " WHERE client_id = ? AND conversation_id IS NOT NULL"
                " AND (in_reply_to = ? OR (references_ LIKE ? ESCAPE '\\'"
                "      AND EXISTS (SELECT 1 FROM json_each(mm.references_) WHERE value = ?)))"
                " ORDER BY sent_at, id LIMIT 1",
                [client_id, own_id, like, own_id],
            ).fetchone()
            if row is not None:
                return int(row[0])
        return None

    # -- writing -------------------------------------------------------------
    def store(self, mail: NewMail) -> StoredMail:
        """Store one e-mail: thread (when new), message and mail row, all or nothing.

        Raises ``sqlite3.IntegrityError`` when the key is already stored."""
        now = now_iso()
        with self.db.atomic():
            conversation_id = mail.conversation_id
            if conversation_id is None:
                cursor = self.db.execute(
                    "INSERT INTO conversations (uid, client_id, title, kind, created_at,"
                    " updated_at) VALUES (?, ?, ?, 'mail', ?, ?)",
                    [str(uuid.uuid4()), mail.client_id, mail.title[:300], mail.sent_at,
                     mail.sent_at],
                )  # fmt: skip
                conversation_id = int(cursor.lastrowid or 0)
            parent = self.db.execute(
                "SELECT id FROM messages WHERE conversation_id = ? AND created_at <= ?"
                " ORDER BY created_at DESC, id DESC LIMIT 1",
                [conversation_id, mail.sent_at],
            ).fetchone()
            parent_id = int(parent[0]) if parent is not None else None
            mail_id = int(
                self.db.execute("SELECT coalesce(max(id), 0) + 1 FROM mail_messages").fetchone()[0]
            )
            author = "client" if mail.direction == "in" else "you"
            metadata = json.dumps({"author": author, "mail_id": mail_id}, sort_keys=True)
            cursor = self.db.execute(
                "INSERT INTO messages (uid, conversation_id, parent_id, role, content, status,"
                " metadata, created_at, updated_at)"
                " VALUES (?, ?, ?, 'user', ?, 'complete', ?, ?, ?)",
                [str(uuid.uuid4()), conversation_id, parent_id, mail.content, metadata,
                 mail.sent_at, now],
            )  # fmt: skip
            message_row = int(cursor.lastrowid or 0)
            # The message that followed the parent now follows this one.
            self.db.execute(
                "UPDATE messages SET parent_id = ? WHERE conversation_id = ? AND id <> ?"
                " AND parent_id IS ?",
                [message_row, conversation_id, message_row, parent_id],
            )
            self.db.execute(
                "INSERT INTO mail_messages (id, uid, message_key, message_row, client_id,"
                " conversation_id, direction, from_addr, from_name, to_addrs, cc_addrs,"
                " subject, sent_at, in_reply_to, references_, attachments, attachment_text,"
                " source, account, folder, uidvalidity, imap_uid, handled, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    mail_id, str(uuid.uuid4()), mail.message_key, message_row, mail.client_id,
                    conversation_id, mail.direction, mail.from_addr, mail.from_name,
                    json.dumps(mail.to_addrs), json.dumps(mail.cc_addrs), mail.subject,
                    mail.sent_at, mail.in_reply_to, json.dumps(mail.references),
                    json.dumps(mail.attachments, ensure_ascii=False), mail.attachment_text,
                    mail.source, mail.account, mail.folder, mail.uidvalidity, mail.imap_uid,
                    1 if mail.direction == "out" else 0, now,
                ],
            )  # fmt: skip
            self.db.execute(
                "UPDATE conversations SET updated_at = max(updated_at, ?),"
                " created_at = min(created_at, ?) WHERE id = ?",
                [mail.sent_at, mail.sent_at, conversation_id],
            )
        return StoredMail(mail_id, message_row, conversation_id)

    # -- IMAP sync state -----------------------------------------------------
    def known_imap_uids(self, account: str, folder: str, uidvalidity: int) -> set[int]:
        return {
            int(r[0])
            for r in self.db.execute(
                "SELECT imap_uid FROM mail_messages WHERE account = ? AND folder = ?"
                " AND uidvalidity = ? AND imap_uid IS NOT NULL",
                [account, folder, uidvalidity],
            )
        }

    def folder_state(self, account: str, folder: str) -> tuple[int | None, int]:
        row = self.db.execute(
            "SELECT uidvalidity, last_uid FROM mail_folders WHERE account = ? AND folder = ?",
            [account, folder],
        ).fetchone()
        return (None, 0) if row is None else (int(row[0]), int(row[1]))

    def set_folder_state(self, account: str, folder: str, uidvalidity: int, last_uid: int) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO mail_folders (account, folder, uidvalidity, last_uid, synced_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, folder) DO UPDATE SET"
                " uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid,"
                " synced_at = excluded.synced_at",
                [account, folder, uidvalidity, last_uid, now_iso()],
            )

    # -- reading -------------------------------------------------------------
    _SELECT = (
        "SELECT mm.*, cl.name AS client_name, substr(m.content, 1, 400) AS preview,"
        " c.title AS thread_title"
        " FROM mail_messages AS mm"
        " JOIN clients AS cl ON cl.id = mm.client_id"
        " LEFT JOIN messages AS m ON m.id = mm.message_row"
        " LEFT JOIN conversations AS c ON c.id = mm.conversation_id"
    )

    def inbox(
        self, *, client_id: int | None = None, include_handled: bool = False, limit: int = 500
    ) -> list[dict[str, Any]]:
        """Mail rows, newest first (handled ones only when asked)."""
        where: list[str] = []
        params: list[Any] = []
        if client_id is not None:
            where.append("mm.client_id = ?")
            params.append(client_id)
        if not include_handled:
            where.append("mm.handled = 0")
        sql = self._SELECT + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY mm.sent_at DESC, mm.id DESC LIMIT ?"
        params.append(max(0, int(limit)))
        return [dict(r) for r in self.db.query(sql, params)]

    def get(self, mail_id: int) -> dict[str, Any] | None:
        rows = list(self.db.query(self._SELECT + " WHERE mm.id = ?", [mail_id]))
        return dict(rows[0]) if rows else None

    def for_message(self, message_row: int) -> dict[str, Any] | None:
        rows = list(self.db.query(self._SELECT + " WHERE mm.message_row = ?", [message_row]))
        return dict(rows[0]) if rows else None

    def set_handled(self, mail_id: int, handled: bool = True) -> bool:
        """Mark an e-mail done (or not); False when there is no such e-mail."""
        with self.db.atomic():
            cursor = self.db.execute(
                "UPDATE mail_messages SET handled = ? WHERE id = ?", [1 if handled else 0, mail_id]
            )
        return cursor.rowcount > 0

    def count(self, client_id: int | None = None) -> int:
        if client_id is None:
            return int(self.db.execute("SELECT count(*) FROM mail_messages").fetchone()[0])
        return int(
            self.db.execute(
                "SELECT count(*) FROM mail_messages WHERE client_id = ?", [client_id]
            ).fetchone()[0]
        )
