"""Full-text search over messages and client notes (FTS5, BM25).

User text never reaches FTS5's query syntax: it is split into word tokens, each
quoted as a string (``"term"``), so quotes, ``AND``/``OR``/``NEAR``, ``*``,
parentheses, emoji or 10 000 characters all give results or nothing, never a
syntax error. A search for several words matches messages holding all of them;
the last word also matches as a prefix, so results appear while typing.

BM25 weights: the user's own text counts three times as much as model output (the
``user_text`` / ``model_text`` columns of ``messages_fts``).

Snippets mark matched terms with ``HIT_START`` / ``HIT_END`` (private-use
characters that cannot clash with text); front ends turn them into bold or
``[…]`` with :func:`highlight`.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from consultant.core.models import SearchHit
from consultant.store.rows import parse_ts

HIT_START = "\ue000"
HIT_END = "\ue001"
USER_WEIGHT = 3.0
MODEL_WEIGHT = 1.0
MAX_TERMS = 24
MAX_TERM_CHARS = 64

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(slots=True)
class SearchFilter:
    client_id: int | None = None
    task: str | None = None
    since: date | datetime | None = None
    until: date | datetime | None = None
    exclude_conversation_id: int | None = None
    include_archived: bool = True


def terms_of(text: str) -> list[str]:
    """Word tokens of user text, bounded in number and length."""
    terms: list[str] = []
    for match in _TOKEN.finditer((text or "")[:20_000]):
        token = match.group(0)[:MAX_TERM_CHARS]
        if token.strip("_"):
            terms.append(token)
        if len(terms) >= MAX_TERMS:
            break
    return terms


def build_match(text: str, *, prefix_last: bool = True, any_term: bool = False) -> str | None:
    """A safe FTS5 MATCH expression for user text, or None when it holds no words."""
    terms = terms_of(text)
    if not terms:
        return None
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
    if prefix_last:
        quoted[-1] += "*"
    return (" OR " if any_term else " ").join(quoted)


def highlight(snippet: str, start: str = "[", end: str = "]") -> str:
    return snippet.replace(HIT_START, start).replace(HIT_END, end)


def _iso_bound(value: date | datetime, end: bool) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    return value.isoformat() + ("T99" if end else "")


class SearchRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def messages(
        self,
        text: str,
        filters: SearchFilter | None = None,
        *,
        limit: int = 50,
        any_term: bool = False,
        match: str | None = None,
    ) -> list[SearchHit]:
        """Messages matching ``text`` (all words), best first.

        ``match`` lets internal callers (context retrieval) pass an expression
        built by :func:`build_match`; user text always goes through ``text``.
        """
        expr = match or build_match(text, any_term=any_term)
        if expr is None:
            return []
        f = filters or SearchFilter()
        where = ["messages_fts MATCH ?"]
        params: list[Any] = [expr]
        if f.client_id is not None:
            where.append("c.client_id = ?")
            params.append(f.client_id)
        if f.task:
            where.append("coalesce(m.task, c.task) = ?")
            params.append(f.task)
        if f.since is not None:
            where.append("m.created_at >= ?")
            params.append(_iso_bound(f.since, end=False))
        if f.until is not None:
            where.append("m.created_at <= ?")
            params.append(_iso_bound(f.until, end=True))
        if f.exclude_conversation_id is not None:
            where.append("m.conversation_id <> ?")
            params.append(f.exclude_conversation_id)
        if not f.include_archived:
            where.append("c.archived = 0")
        sql = f"""
            SELECT m.id AS message_id, m.conversation_id, m.role, m.created_at,
                   coalesce(m.task, c.task) AS task, c.title, c.client_id,
                   cl.name AS client_name,
                   bm25(messages_fts, {USER_WEIGHT}, {MODEL_WEIGHT}) AS score,
                   snippet(messages_fts, -1, '{HIT_START}', '{HIT_END}', '…', 16) AS snip
            FROM messages_fts
            JOIN messages m ON m.id = messages_fts.rowid
            JOIN conversations c ON c.id = m.conversation_id
            JOIN clients cl ON cl.id = c.client_id
            WHERE {" AND ".join(where)}
            ORDER BY score
            LIMIT ?
        """
        params.append(max(1, min(int(limit), 1000)))
        try:
            rows = list(self.db.query(sql, params))
        except sqlite3.OperationalError:
            # Quoting makes syntax errors impossible; this guards the unexpected
            # (e.g. an FTS index damaged on disk) so a search never raises.
            return []
        return [
            SearchHit(
                kind="message",
                client_id=r["client_id"],
                client_name=r["client_name"],
                snippet=r["snip"] or "",
                score=-float(r["score"]),
                message_id=r["message_id"],
                conversation_id=r["conversation_id"],
                conversation_title=r["title"],
                role=r["role"],
                task=r["task"] or "",
                created_at=parse_ts(r["created_at"]),
            )
            for r in rows
        ]

    def client_notes(
        self, text: str, *, client_id: int | None = None, limit: int = 20
    ) -> list[SearchHit]:
        expr = build_match(text)
        if expr is None:
            return []
        sql = f"""
            SELECT cl.id, cl.name, bm25(clients_fts, 1.0, 1.0, 1.0, 1.0) AS score,
                   snippet(clients_fts, -1, '{HIT_START}', '{HIT_END}', '…', 16) AS snip
            FROM clients_fts JOIN clients cl ON cl.id = clients_fts.rowid
            WHERE clients_fts MATCH ? {"AND cl.id = ?" if client_id is not None else ""}
            ORDER BY score LIMIT ?
        """
        params: list[Any] = [expr]
        if client_id is not None:
            params.append(client_id)
        params.append(max(1, min(int(limit), 1000)))
        try:
            rows = list(self.db.query(sql, params))
        except sqlite3.OperationalError:
            return []
        return [
            SearchHit(
                kind="client_notes",
                client_id=r["id"],
                client_name=r["name"],
                snippet=r["snip"] or "",
                score=-float(r["score"]),
            )
            for r in rows
        ]

    def rebuild(self) -> None:
        """Rebuild both indexes from their content (repair after damage)."""
        with self.db.atomic():
            self.db.execute("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')")
            self.db.execute("INSERT INTO clients_fts(clients_fts) VALUES ('rebuild')")
