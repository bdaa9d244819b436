"""Conversations and their messages.

Message order is ``(created_at, id)``. A streaming reply is one row whose content
is rewritten as deltas arrive (the desktop app and the CLI flush at most every
~0.5 s), then finished with its final status, tokens and cost. While it streams,
its metadata names its writer (``writer``, see ``db.WriterLock``), so opening the
database in another process leaves it alone as long as that writer lives.

Versions (migration ``0008``): messages form a tree through ``parent_id``; siblings
of one role are versions of one turn (a regenerated reply, an edited message). The
``chosen`` sibling is on the conversation's path; everything off the path is
``hidden`` (kept, reachable by choosing its version again). :meth:`messages` reads
the path only, so what is shown is what later turns send as history.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlite_utils import Database

from consultant.core.errors import StoreError
from consultant.core.models import Conversation, Message, MessageStatus, Role, Task
from consultant.store.clients import NotFound
from consultant.store.db import now_iso, writer_id
from consultant.store.rows import dump_json, insert_row, load_json, parse_ts, update_row

MAX_MESSAGE_CHARS = 5_000_000
MAX_DRAFT_CHARS = 2_000_000


class _Auto:
    """``parent_id`` not given: the message follows the end of the shown path."""


AUTO_PARENT = _Auto()


def _conversation(row: dict[str, Any]) -> Conversation:
    return Conversation(
        id=row["id"],
        uid=row["uid"],
        client_id=row["client_id"],
        title=row["title"],
        task=_task(row["task"]) or Task.CHAT,
        model=row["model"],
        archived=bool(row["archived"]),
        pinned=bool(row["pinned"]),
        draft=row["draft"],
        created_at=parse_ts(row["created_at"]),
        updated_at=parse_ts(row["updated_at"]),
        kind=row.get("kind") or "chat",
    )


def _task(value: str | None) -> Task | None:
    if not value:
        return None
    try:
        return Task(value)
    except ValueError:
        return None


def _message(row: dict[str, Any]) -> Message:
    return Message(
        id=row["id"],
        uid=row["uid"],
        conversation_id=row["conversation_id"],
        role=Role(row["role"]),
        content=row["content"],
        status=MessageStatus(row["status"]),
        task=_task(row["task"]),
        model=row["model"],
        input_tokens=row["input_tokens"],
        output_tokens=row["output_tokens"],
        cost_microusd=row["cost_microusd"],
        error=row["error"],
        metadata=load_json(row["metadata"]),
        created_at=parse_ts(row["created_at"]),
        updated_at=parse_ts(row["updated_at"]),
    )


class ConversationRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- conversations -----------------------------------------------------
    def create(
        self,
        client_id: int,
        title: str = "",
        task: Task = Task.CHAT,
        model: str = "",
        *,
        uid: str | None = None,
        created_at: str | None = None,
    ) -> Conversation:
        now = created_at or now_iso()
        with self.db.atomic():
            row_id = insert_row(
                self.db,
                "conversations",
                {
                    "uid": uid or str(uuid.uuid4()),
                    "client_id": client_id,
                    "title": (title or "").strip()[:300],
                    "task": Task(task).value,
                    "model": model,
                    "created_at": now,
                    "updated_at": now,
                },
            )
        return self.get(int(row_id))

    def get(self, conversation_id: int) -> Conversation:
        rows = list(self.db.query("SELECT * FROM conversations WHERE id = ?", [conversation_id]))
        if not rows:
            raise NotFound(f"There is no conversation with id {conversation_id}.")
        return _conversation(rows[0])

    def get_by_uid(self, uid: str) -> Conversation | None:
        rows = list(self.db.query("SELECT * FROM conversations WHERE uid = ?", [uid]))
        return _conversation(rows[0]) if rows else None

    def list_for_client(
        self, client_id: int, *, include_archived: bool = False, kind: str | None = None
    ) -> list[Conversation]:
        """Pinned first, then newest activity first; ``kind`` ("chat" or "mail")
        keeps only conversations of that kind."""
        sql = "SELECT * FROM conversations WHERE client_id = ?"
        params: list[Any] = [client_id]
        if not include_archived:
            sql += " AND archived = 0"
        if kind is not None:
            sql += " AND kind = ?"
            params.append(kind)
        sql += " ORDER BY pinned DESC, updated_at DESC, id DESC"
        return [_conversation(r) for r in self.db.query(sql, params)]

    def update(self, conversation_id: int, **fields: Any) -> Conversation:
        allowed = {"title", "task", "model", "archived", "pinned"}
        values: dict[str, Any] = {}
        for key, value in fields.items():
            if key not in allowed:
                raise ValueError(f"unknown conversation field {key}")
            if key in {"archived", "pinned"}:
                value = 1 if value else 0
            elif key == "task":
                value = Task(value).value
            elif key == "title":
                value = (value or "").strip()[:300]
            values[key] = value
        self.get(conversation_id)
        if values:
            values["updated_at"] = now_iso()
            with self.db.atomic():
                update_row(self.db, "conversations", conversation_id, values)
        return self.get(conversation_id)

    def set_state(
        self, conversation_id: int, *, task: Task | None = None, model: str | None = None
    ) -> Conversation:
        """The picker state (task, model) kept with the conversation; unlike ``update``
        it does not count as activity (the list order stays)."""
        values: dict[str, Any] = {}
        if task is not None:
            values["task"] = Task(task).value
        if model is not None:
            values["model"] = model[:300]
        self.get(conversation_id)
        if values:
            with self.db.atomic():
                update_row(self.db, "conversations", conversation_id, values)
        return self.get(conversation_id)

    def set_source_key(self, conversation_id: int, key: str) -> None:
        """Remember the e-mail the conversation was opened from (see ``find_by_source``)."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE conversations SET source_key = ? WHERE id = ?",
                [(key or "")[:1100], conversation_id],
            )

    def find_by_source(self, key: str) -> Conversation | None:
        """The oldest conversation opened from the e-mail ``key`` (archived ones too)."""
        if not key:
            return None
        rows = list(
            self.db.query(
                "SELECT * FROM conversations WHERE source_key = ? ORDER BY id LIMIT 1", [key]
            )
        )
        return _conversation(rows[0]) if rows else None

    def save_draft(self, conversation_id: int, text: str) -> None:
        """Keep the composer's text; does not bump the conversation's activity time."""
        if len(text) > MAX_DRAFT_CHARS:
            raise StoreError("The draft is too large to keep (over 2 million characters).")
        with self.db.atomic():
            self.db.execute(
                "UPDATE conversations SET draft = ? WHERE id = ?", [text, conversation_id]
            )

    def delete(self, conversation_id: int) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE time_entries SET conversation_id = NULL WHERE conversation_id = ?",
                [conversation_id],
            )
            self.db.execute("DELETE FROM conversations WHERE id = ?", [conversation_id])

    # -- messages ----------------------------------------------------------
    def add_message(
        self,
        conversation_id: int,
        role: Role,
        content: str,
        *,
        status: MessageStatus = MessageStatus.COMPLETE,
        task: Task | None = None,
        model: str = "",
        metadata: dict[str, Any] | None = None,
        error: str = "",
        input_tokens: int | None = None,
        output_tokens: int | None = None,
        cost_microusd: int | None = None,
        uid: str | None = None,
        created_at: str | None = None,
        parent_id: int | _Auto | None = AUTO_PARENT,
    ) -> Message:
        """Append a message. By default it follows the last shown message; with an
        explicit ``parent_id`` it becomes a new version among that parent's children
        (see :meth:`add_version`)."""
        if len(content) > MAX_MESSAGE_CHARS:
            raise StoreError("The message is too large to store (over 5 million characters).")
        now = created_at or now_iso()
        metadata = dict(metadata or {})
        if MessageStatus(status) is MessageStatus.STREAMING:
            writer = writer_id(self.db)
            if writer is not None:
                metadata["writer"] = writer
        with self.db.atomic():
            if isinstance(parent_id, _Auto):
                parent_id = self._path_end(conversation_id)
            row_id = insert_row(
                self.db,
                "messages",
                {
                    "uid": uid or str(uuid.uuid4()),
                    "conversation_id": conversation_id,
                    "parent_id": parent_id,
                    "role": Role(role).value,
                    "content": content,
                    "status": MessageStatus(status).value,
                    "task": Task(task).value if task else None,
                    "model": model,
                    "metadata": dump_json(metadata),
                    "error": error,
                    "input_tokens": input_tokens,
                    "output_tokens": output_tokens,
                    "cost_microusd": cost_microusd,
                    "created_at": now,
                    "updated_at": now,
                },
            )
            self.db.execute(
                "UPDATE conversations SET updated_at = ? WHERE id = ?", [now, conversation_id]
            )
        return self.get_message(int(row_id))

    def get_message(self, message_id: int) -> Message:
        rows = list(self.db.query("SELECT * FROM messages WHERE id = ?", [message_id]))
        if not rows:
            raise NotFound(f"There is no message with id {message_id}.")
        return _message(rows[0])

    def get_message_by_uid(self, uid: str) -> Message | None:
        rows = list(self.db.query("SELECT * FROM messages WHERE uid = ?", [uid]))
        return _message(rows[0]) if rows else None

    def update_streaming(self, message_id: int, content: str) -> None:
        """Write a partial reply (called at most every ~0.5 s while streaming)."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE messages SET content = ?, updated_at = ? WHERE id = ?",
                [content, now_iso(), message_id],
            )

    def finish_message(
        self,
        message_id: int,
        *,
        content: str,
        status: MessageStatus,
        error: str = "",
        model: str | None = None,
        input_tokens: int | None = None,
        output_tokens: int | None = None,
        cost_microusd: int | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> Message:
        current = self.get_message(message_id)
        merged = {**current.metadata, **(metadata or {})}
        merged.pop("writer", None)  # settled: no longer anyone's live reply
        with self.db.atomic():
            update_row(
                self.db,
                "messages",
                message_id,
                {
                    "content": content,
                    "status": MessageStatus(status).value,
                    "error": error,
                    "model": model if model is not None else current.model,
                    "input_tokens": input_tokens,
                    "output_tokens": output_tokens,
                    "cost_microusd": cost_microusd,
                    "metadata": dump_json(merged),
                    "updated_at": now_iso(),
                },
            )
        return self.get_message(message_id)

    def update_metadata(self, message_id: int, metadata: dict[str, Any]) -> Message:
        current = self.get_message(message_id)
        with self.db.atomic():
            update_row(
                self.db,
                "messages",
                message_id,
                {"metadata": dump_json({**current.metadata, **metadata})},
            )
        return self.get_message(message_id)

    def delete_message(self, message_id: int) -> None:
        """Delete one message; what followed it follows its parent instead."""
        with self.db.atomic():
            row = self.db.execute(
                "SELECT parent_id, conversation_id FROM messages WHERE id = ?", [message_id]
            ).fetchone()
            if row is None:
                return
            self.db.execute(
                "UPDATE messages SET parent_id = ? WHERE parent_id = ? AND conversation_id = ?",
                [row[0], message_id, row[1]],
            )
            self.db.execute("DELETE FROM messages WHERE id = ?", [message_id])
            self._rehide(int(row[1]))

    # -- versions ----------------------------------------------------------
    def _path_end(self, conversation_id: int) -> int | None:
        row = self.db.execute(
            "SELECT id FROM messages WHERE conversation_id = ? AND hidden = 0 "
            "ORDER BY created_at DESC, id DESC LIMIT 1",
            [conversation_id],
        ).fetchone()
        return int(row[0]) if row else None

    def parent_id(self, message_id: int) -> int | None:
        row = self.db.execute(
            "SELECT parent_id FROM messages WHERE id = ?", [message_id]
        ).fetchone()
        if row is None:
            raise NotFound(f"There is no message with id {message_id}.")
        return None if row[0] is None else int(row[0])

    def versions(self, message_id: int) -> list[Message]:
        """Every version of ``message_id``'s turn (itself included), oldest first."""
        message = self.get_message(message_id)
        rows = self.db.query(
            "SELECT * FROM messages WHERE conversation_id = ? AND parent_id IS ? AND role = ? "
            "ORDER BY created_at, id",
            [message.conversation_id, self.parent_id(message_id), message.role.value],
        )
        return [_message(r) for r in rows]

    def message_tree(self, conversation_id: int) -> list[tuple[Message, str | None, bool]]:
        """Every message, every version included, in order, with its parent's uid and
        whether it is the chosen version of its turn (export: nothing is lost)."""
        rows = self.db.query(
            "SELECT m.*, p.uid AS parent_uid FROM messages AS m"
            " LEFT JOIN messages AS p ON p.id = m.parent_id"
            " WHERE m.conversation_id = ? ORDER BY m.created_at, m.id",
            [conversation_id],
        )
        return [(_message(r), r["parent_uid"], bool(r["chosen"])) for r in rows]

    def restore_choices(self, conversation_id: int, unchosen: list[int]) -> None:
        """Mark ``unchosen`` messages as not the chosen version of their turn (an
        import), then recompute which messages are on the shown path."""
        with self.db.atomic():
            for message_id in unchosen:
                self.db.execute(
                    "UPDATE messages SET chosen = 0 WHERE id = ? AND conversation_id = ?",
                    [message_id, conversation_id],
                )
            self._rehide(conversation_id)

    def version_positions(self, conversation_id: int) -> dict[int, tuple[int, int]]:
        """For each shown message that has other versions: (its 1-based number, how
        many versions there are)."""
        rows = self.db.execute(
            "SELECT id, n, total FROM ("
            " SELECT id, hidden,"
            "  row_number() OVER (PARTITION BY parent_id, role ORDER BY created_at, id) AS n,"
            "  count(*) OVER (PARTITION BY parent_id, role) AS total"
            " FROM messages WHERE conversation_id = ?)"
            " WHERE total > 1 AND hidden = 0",
            [conversation_id],
        ).fetchall()
        return {int(r[0]): (int(r[1]), int(r[2])) for r in rows}

    def add_version(self, of_message_id: int, content: str, **fields: Any) -> Message:
        """A new version of ``of_message_id``'s turn (same parent, same role), chosen:
        what followed the earlier version stays with it, off the shown path."""
        old = self.get_message(of_message_id)
        with self.db.atomic():
            message = self.add_message(
                old.conversation_id, old.role, content,
                parent_id=self.parent_id(of_message_id), **fields,
            )  # fmt: skip
            assert message.id is not None
            self.choose_version(message.id)
        return self.get_message(message.id)

    def choose_version(self, message_id: int) -> None:
        """Show ``message_id`` instead of its other versions (and, below it, the
        versions chosen there before); survives a restart."""
        message = self.get_message(message_id)
        parent = self.parent_id(message_id)
        with self.db.atomic():
            self.db.execute(
                "UPDATE messages SET chosen = (id = ?) "
                "WHERE conversation_id = ? AND parent_id IS ? AND role = ?",
                [message_id, message.conversation_id, parent, message.role.value],
            )
            self._rehide(message.conversation_id)

    def show_path_to(self, message_id: int) -> bool:
        """Choose the versions that put ``message_id`` on the shown path (a search hit
        in an earlier version); ``False`` when it was shown already."""
        message = self.get_message(message_id)
        row = self.db.execute("SELECT hidden FROM messages WHERE id = ?", [message_id]).fetchone()
        if not row[0]:
            return False
        with self.db.atomic():
            current: int | None = message_id
            seen: set[int] = set()
            while current is not None and current not in seen:
                seen.add(current)
                parent = self.parent_id(current)
                self.db.execute(
                    "UPDATE messages SET chosen = (id = ?) WHERE conversation_id = ? "
                    "AND parent_id IS ? AND role = (SELECT role FROM messages WHERE id = ?)",
                    [current, message.conversation_id, parent, current],
                )
                current = parent
            self._rehide(message.conversation_id)
        return True

    def _rehide(self, conversation_id: int) -> None:
        rows = self.db.execute(
            "SELECT id, parent_id, chosen, hidden FROM messages WHERE conversation_id = ? "
            "ORDER BY created_at, id",
            [conversation_id],
        ).fetchall()
        children: dict[int | None, list[tuple[int, int]]] = {}
        for mid, parent, chosen, _hidden in rows:
            children.setdefault(parent, []).append((mid, chosen))
        shown: set[int] = set()
        parent_key: int | None = None
        while True:
            kids = children.get(parent_key)
            if not kids:
                break
            picked = [mid for mid, chosen in kids if chosen] or [kids[-1][0]]
            parent_key = picked[-1]
            if parent_key in shown:  # a cycle cannot be made here; never loop on one
                break
            shown.add(parent_key)
        changes = [
            (0 if mid in shown else 1, mid)
            for mid, _parent, _chosen, hidden in rows
            if bool(hidden) != (mid not in shown)
        ]
        if changes:
            self.db.conn.executemany("UPDATE messages SET hidden = ? WHERE id = ?", changes)

    def messages(
        self,
        conversation_id: int,
        *,
        limit: int | None = None,
        before: tuple[str, int] | None = None,
    ) -> list[Message]:
        """The shown path's messages in order (the chosen version of each turn); with
        ``limit``, the newest page (before a cursor)."""
        params: list[Any] = [conversation_id]
        sql = "SELECT * FROM messages WHERE conversation_id = ? AND hidden = 0"
        if before is not None:
            sql += " AND (created_at, id) < (?, ?)"
            params += [before[0], before[1]]
        if limit is None:
            sql += " ORDER BY created_at, id"
            return [_message(r) for r in self.db.query(sql, params)]
        sql += " ORDER BY created_at DESC, id DESC LIMIT ?"
        params.append(int(limit))
        rows = [_message(r) for r in self.db.query(sql, params)]
        rows.reverse()
        return rows

    def message_count(self, conversation_id: int) -> int:
        return int(
            self.db.execute(
                "SELECT count(*) FROM messages WHERE conversation_id = ? AND hidden = 0",
                [conversation_id],
            ).fetchone()[0]
        )

    def cursor_of(self, message: Message) -> tuple[str, int]:
        row = self.db.execute(
            "SELECT created_at, id FROM messages WHERE id = ?", [message.id]
        ).fetchone()
        return (row[0], row[1])
