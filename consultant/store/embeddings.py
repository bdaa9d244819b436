"""Stored message vectors for the semantic layer (migration 0002).

One row per (message, embedding model) with the SHA-256 of the embedded text, so
an edited message is re-embedded. Vectors are little-endian float32 bytes. A long
message is embedded in chunks: chunk 0 is stored under the model's name, chunk
``i`` under ``"<model>#<i>"`` (same table, same checks), so a reader gets every
vector of a model with one range query.

numpy is imported on first use (the command line's data commands never need it).
"""

from __future__ import annotations

import hashlib
import json
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from consultant.store.db import now_iso

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

CHUNK_SEPARATOR = "#"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def pack(vector: Sequence[float]) -> bytes:
    data = array("f", vector)
    if data.itemsize != 4:  # pragma: no cover - every supported platform has 4-byte floats
        raise RuntimeError("float32 arrays are needed for embeddings")
    if sys.byteorder != "little":  # pragma: no cover - stored little-endian everywhere
        data.byteswap()
    return data.tobytes()


def unpack(blob: bytes) -> array[float]:
    data = array("f")
    data.frombytes(blob)
    if sys.byteorder != "little":  # pragma: no cover
        data.byteswap()
    return data


def chunk_model(model: str, chunk: int) -> str:
    """The ``model`` column for one chunk of a message's vectors."""
    return model if chunk == 0 else f"{model}{CHUNK_SEPARATOR}{chunk}"


@dataclass(frozen=True, slots=True)
class EmbeddingSource:
    """A message whose vectors are missing or stale: what the reader hands on."""

    message_id: int
    conversation_title: str
    content: str
    stored_hash: str | None


#: SQL matching ``model``'s rows and its chunks' (``chunk_model``): with
#: :func:`_model_args` after the other arguments
_OF_MODEL = "(e.model = ? OR (e.model > ? AND e.model < ?))"


def _model_args(model: str) -> list[str]:
    return [model, model + CHUNK_SEPARATOR, model + chr(ord(CHUNK_SEPARATOR) + 1)]


def _only(conversation_ids: Sequence[int] | None) -> tuple[str, list[object]]:
    """SQL (after a WHERE) and its argument restricting ``m`` to these conversations."""
    if conversation_ids is None:
        return "", []
    ids = json.dumps([int(i) for i in conversation_ids])
    return " AND m.conversation_id IN (SELECT value FROM json_each(?))", [ids]


#: The messages retrieval may offer (and so embeds): finished, not empty, not system
_RETRIEVABLE = (
    "m.status IN ('complete', 'interrupted', 'cancelled')"
    " AND length(trim(m.content)) > 0 AND m.role <> 'system'"
)
#: A client's message vectors: ``e`` joined to its message ``m`` and conversation ``c``
_CLIENT_VECTORS = (
    " FROM message_embeddings e JOIN messages m ON m.id = e.message_id"
    " JOIN conversations c ON c.id = m.conversation_id"
)


@dataclass(frozen=True, slots=True)
class ClientVectors:
    """Every stored vector of one model for one client: ``vectors[i]`` belongs to
    ``message_ids[i]`` (a chunked message has several rows) in ``conversation_ids[i]``;
    and how many messages retrieval may offer per conversation (:data:`_RETRIEVABLE`),
    so one load serves every query until the client's messages or vectors change."""

    message_ids: npt.NDArray[np.int64]
    conversation_ids: npt.NDArray[np.int64]
    vectors: npt.NDArray[np.float32]
    retrievable: dict[int, int]

    def __len__(self) -> int:
        return int(self.message_ids.shape[0])

    @classmethod
    def empty(cls, retrievable: dict[int, int]) -> ClientVectors:
        """No vectors (yet), and how many messages retrieval may offer."""
        import numpy as np

        none = np.zeros(0, dtype=np.int64)
        return cls(none, none, np.zeros((0, 0), dtype=np.float32), retrievable)


class EmbeddingRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def sources(self, client_id: int, model: str, *, limit: int = 256) -> list[EmbeddingSource]:
        """This client's messages never embedded with ``model`` or changed since.

        One query; the caller compares :attr:`EmbeddingSource.stored_hash` with the
        hash of the text it would embed, so a rewrite that left the text as it was
        is skipped.
        """
        rows = self.db.execute(
            "SELECT m.id, c.title, m.content, e.content_hash FROM messages m"
            " JOIN conversations c ON c.id = m.conversation_id"
            " LEFT JOIN message_embeddings e ON e.message_id = m.id AND e.model = ?"
            f" WHERE c.client_id = ? AND {_RETRIEVABLE}"
            " AND (e.message_id IS NULL OR m.updated_at > e.created_at)"
            " ORDER BY m.id DESC LIMIT ?",
            [model, client_id, max(1, int(limit)) * 4],
        )
        return [
            EmbeddingSource(int(r[0]), str(r[1] or ""), str(r[2]), r[3] if r[3] else None)
            for r in rows
        ]

    def missing(self, client_id: int, model: str, *, limit: int = 256) -> list[tuple[int, str]]:
        """(message id, text) of this client's messages without a current vector."""
        out: list[tuple[int, str]] = []
        for s in self.sources(client_id, model, limit=limit):
            if s.stored_hash != content_hash(s.content):
                out.append((s.message_id, s.content))
                if len(out) >= limit:
                    break
        return out

    def save(self, model: str, items: Sequence[tuple[int, str, Sequence[float]]]) -> None:
        """One vector per message (``text`` is what was embedded, for its hash)."""
        self.save_chunks(model, [(mid, content_hash(text), [vec]) for mid, text, vec in items])

    def save_chunks(
        self, model: str, items: Sequence[tuple[int, str, Sequence[Sequence[float]] | Any]]
    ) -> None:
        """(message id, hash of the embedded text, its chunk vectors) — one transaction.

        A message whose text was deleted meanwhile is skipped (its row is gone)."""
        stamp = now_iso()
        with self.db.atomic():
            for message_id, digest, vectors in items:
                exists = self.db.execute(
                    "SELECT 1 FROM messages WHERE id = ?", [message_id]
                ).fetchone()
                if exists is None:
                    continue
                self.db.execute(
                    "DELETE FROM message_embeddings WHERE message_id = ?"
                    " AND model > ? AND model < ?",
                    [message_id, model + CHUNK_SEPARATOR, model + chr(ord(CHUNK_SEPARATOR) + 1)],
                )
                for chunk, vector in enumerate(vectors):
                    blob = pack([float(x) for x in vector])
                    self.db.execute(
                        "INSERT INTO message_embeddings"
                        " (message_id, model, content_hash, dimensions, vector, created_at)"
                        " VALUES (?, ?, ?, ?, ?, ?)"
                        " ON CONFLICT (message_id, model) DO UPDATE SET"
                        " content_hash = excluded.content_hash,"
                        " dimensions = excluded.dimensions,"
                        " vector = excluded.vector, created_at = excluded.created_at",
                        [message_id, chunk_model(model, chunk), digest, len(blob) // 4, blob,
                         stamp],
                    )  # fmt: skip

    def client_vectors(
        self, client_id: int, model: str, conversation_ids: Sequence[int] | None = None
    ) -> ClientVectors:
        """Every chunk vector of this client's messages (with ``conversation_ids``: of
        those conversations) with the rows' conversations, in conversation, message
        and chunk order."""
        import numpy as np

        only, args = _only(conversation_ids)
        rows = self.db.execute(
            "SELECT e.message_id, m.conversation_id, e.vector" + _CLIENT_VECTORS
            + f" WHERE c.client_id = ? AND {_OF_MODEL}{only}"
            " ORDER BY m.conversation_id, e.message_id, e.model",
            [client_id, *_model_args(model), *args],
        ).fetchall()  # fmt: skip
        counts = self.db.execute(
            "SELECT m.conversation_id, count(*) FROM messages m"
            " JOIN conversations c ON c.id = m.conversation_id"
            f" WHERE c.client_id = ? AND {_RETRIEVABLE}{only} GROUP BY m.conversation_id",
            [client_id, *args],
        ).fetchall()
        retrievable = {int(r[0]): int(r[1]) for r in counts}
        if rows:
            width = len(rows[0][2])
            rows = [r for r in rows if len(r[2]) == width]  # a changed model's leftovers
        if not rows:
            return ClientVectors.empty(retrievable)
        ids = np.fromiter((int(r[0]) for r in rows), dtype=np.int64, count=len(rows))
        convs = np.fromiter((int(r[1]) for r in rows), dtype=np.int64, count=len(rows))
        flat = np.frombuffer(b"".join(r[2] for r in rows), dtype="<f4")
        vectors = flat.reshape(len(rows), width // 4).astype(np.float32)
        return ClientVectors(ids, convs, vectors, retrievable)

    def vector_signature(self, client_id: int) -> int:
        """Changes whenever a vector of this client's messages is added, replaced or
        removed (with :meth:`client_signature`: whenever ``client_vectors`` would).
        A counter the triggers of migration 0010 raise: one indexed row."""
        return self._revision(client_id, "vectors")

    def conversation_revisions(self, client_id: int) -> dict[int, int]:
        """conversation id → revision, for this client's conversations: a revision
        changes whenever what :meth:`client_messages` returns of it does."""
        rows = self.db.execute(
            "SELECT conversation_id, revision FROM conversation_revisions WHERE client_id = ?",
            [client_id],
        ).fetchall()
        return {int(r[0]): int(r[1]) for r in rows}

    def conversation_vector_revisions(self, client_id: int) -> dict[int, tuple[int, int]]:
        """conversation id → (revision, vector revision): changes whenever what
        :meth:`client_vectors` returns of the conversation does."""
        rows = self.db.execute(
            "SELECT conversation_id, revision, vectors FROM conversation_revisions"
            " WHERE client_id = ?",
            [client_id],
        ).fetchall()
        return {int(r[0]): (int(r[1]), int(r[2])) for r in rows}

    def client_messages(
        self, client_id: int, conversation_ids: Sequence[int] | None = None
    ) -> list[tuple[int, int, str, str, str, str]]:
        """(id, conversation id, conversation title, role, content, created_at) of every
        message of this client that retrieval may offer, in conversation order (with
        ``conversation_ids``: of those conversations only)."""
        only, args = _only(conversation_ids)
        rows = self.db.execute(
            "SELECT m.id, m.conversation_id, c.title, m.role, m.content, m.created_at"
            " FROM messages m JOIN conversations c ON c.id = m.conversation_id"
            f" WHERE c.client_id = ? AND {_RETRIEVABLE}{only}"
            " ORDER BY m.conversation_id, m.id",
            [client_id, *args],
        ).fetchall()
        return [
            (int(r[0]), int(r[1]), str(r[2] or ""), str(r[3]), str(r[4]), str(r[5] or ""))
            for r in rows
        ]

    def client_signature(self, client_id: int) -> int:
        """Changes whenever a message or conversation of this client is added, edited
        or removed (migration 0010's counter)."""
        return self._revision(client_id, "messages")

    def _revision(self, client_id: int, column: str) -> int:
        row = self.db.execute(
            f"SELECT {column} FROM client_revisions WHERE client_id = ?", [client_id]
        ).fetchone()
        return int(row[0]) if row is not None else 0
