"""Stored message vectors for the optional semantic layer (migration 0002).

One row per (message, embedding model) with the SHA-256 of the embedded text, so
an edited message is re-embedded. Vectors are little-endian float32 bytes.
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Sequence

from sqlite_utils import Database

from consultant.store.db import now_iso


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def pack(vector: Sequence[float]) -> bytes:
    data = array("f", vector)
    if data.itemsize != 4:  # pragma: no cover - every supported platform has 4-byte floats
        raise RuntimeError("float32 arrays are needed for embeddings")
    return data.tobytes()


def unpack(blob: bytes) -> array[float]:
    data = array("f")
    data.frombytes(blob)
    return data


class EmbeddingRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def missing(self, client_id: int, model: str, *, limit: int = 256) -> list[tuple[int, str]]:
        """(message id, text) of this client's messages without a current vector.

        One query: messages never embedded, or changed since their vector was
        made; the content hash then skips rewrites that left the text as it was.
        """
        rows = self.db.execute(
            "SELECT m.id, m.content, e.content_hash FROM messages m"
            " JOIN conversations c ON c.id = m.conversation_id"
            " LEFT JOIN message_embeddings e ON e.message_id = m.id AND e.model = ?"
            " WHERE c.client_id = ? AND m.status IN ('complete', 'interrupted', 'cancelled')"
            " AND length(trim(m.content)) > 0 AND m.role <> 'system'"
            " AND (e.message_id IS NULL OR m.updated_at > e.created_at)"
            " ORDER BY m.id DESC",
            [model, client_id],
        )
        out: list[tuple[int, str]] = []
        for message_id, content, stored_hash in rows:
            if stored_hash != content_hash(content):
                out.append((int(message_id), str(content)))
                if len(out) >= limit:
                    break
        return out

    def save(self, model: str, items: Sequence[tuple[int, str, Sequence[float]]]) -> None:
        with self.db.atomic():
            for message_id, text, vector in items:
                self.db.execute(
                    "INSERT INTO message_embeddings"
                    " (message_id, model, content_hash, dimensions, vector, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (message_id, model) DO UPDATE SET"
                    " content_hash = excluded.content_hash, dimensions = excluded.dimensions,"
                    " vector = excluded.vector, created_at = excluded.created_at",
                    [message_id, model, content_hash(text), len(vector), pack(vector), now_iso()],
                )

    def vectors(
        self, client_id: int, model: str, *, exclude_conversation_id: int | None = None
    ) -> list[tuple[int, array[float]]]:
        rows = self.db.execute(
            "SELECT e.message_id, e.vector FROM message_embeddings e"
            " JOIN messages m ON m.id = e.message_id"
            " JOIN conversations c ON c.id = m.conversation_id"
            " WHERE c.client_id = ? AND e.model = ? AND m.conversation_id IS NOT ?",
            [client_id, model, exclude_conversation_id],
        ).fetchall()
        return [(int(r[0]), unpack(r[1])) for r in rows]
