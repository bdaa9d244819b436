"""Full-text search over messages and client notes (FTS5, BM25).

User text never reaches FTS5's query syntax: it is split into word tokens, each
quoted as a string (``"term"``), so quotes, ``AND``/``OR``/``NEAR``, ``*``,
parentheses, emoji or 10 000 characters all give results or nothing, never a
syntax error. A search for several words matches messages holding all of them;
the last word also matches as a prefix, so results appear while typing.

BM25 weights: the user's own text counts three times as much as model output (the
``user_text`` / ``model_text`` columns of ``messages_fts``). The client filter is
part of the MATCH (``scope : "c17"``). Ranking works in two steps: the matching
ids, newest first (at most ``CANDIDATES``), then BM25 over those ids scored on
the informative phrases only — words found in more than ``COMMON_DOCS`` messages
still have to match but are left out of the score, because computing BM25 for
them reads their whole posting list (figures in docs/performance.md).

Snippets are plain text (Markdown syntax removed by :func:`plain_text`) and mark
matched terms with ``HIT_START`` / ``HIT_END`` (private-use characters that cannot
clash with text); front ends turn them into bold or ``[…]`` with :func:`highlight`.

A search on a reader connection can be stopped from another thread with
``connection.interrupt()``: :meth:`SearchRepo.messages` then raises
:class:`SearchInterrupted` instead of returning a partial or empty list.
"""

from __future__ import annotations

import json
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
# A phrase in more than COMMON_DOCS messages carries almost no information
# (its IDF is near zero) and computing BM25 for it means reading its whole
# posting list: it still has to match, but it does not take part in ranking. A
# query made only of such words lists its matches newest first.
COMMON_DOCS = 2000
# At most this many matches (the newest) are ranked.
CANDIDATES = 5000
MAX_TERM_CHARS = 64

_TOKEN = re.compile(r"\w+", re.UNICODE)
SNIPPET_CHARS = 160
SNIPPET_SCAN_CHARS = 200_000


#: Who wrote a message, as a search filter: the client (an e-mail they sent,
#: opened into the conversation), the user ("you") or the assistant.
AUTHORS = ("client", "you", "assistant")

#: Who wrote message ``m``: the assistant; else the client for a stored e-mail the
#: client sent (``metadata.author``, ``services.mail_store``) or an e-mail the user
#: opened or pasted (``metadata.email``); else you (typed, or your own sent e-mail).
AUTHOR_SQL = (
    "(CASE WHEN m.role = 'assistant' THEN 'assistant'"
    " WHEN json_extract(m.metadata, '$.author') IN ('client', 'you')"
    " THEN json_extract(m.metadata, '$.author')"
    " WHEN json_type(m.metadata, '$.email') = 'object' THEN 'client' ELSE 'you' END)"
)

#: The client's name as the e-mail gives it (else its address): an opened e-mail's
#: ``metadata.email.sender``, else the stored e-mail's From (``mm``: its mail row).
_SENDER_SQL = (
    "coalesce(CASE WHEN json_type(m.metadata, '$.email') = 'object' THEN"
    " coalesce(nullif(trim(json_extract(m.metadata, '$.email.sender.name')), ''),"
    " json_extract(m.metadata, '$.email.sender.email')) END,"
    " nullif(trim(mm.from_name), ''), nullif(mm.from_addr, ''), '')"
)


class SearchInterrupted(Exception):
    """The query was stopped (``Connection.interrupt()``) before it finished."""


def _interrupted(exc: sqlite3.OperationalError) -> bool:
    return "interrupt" in str(exc).lower()


@dataclass(slots=True)
class SearchFilter:
    client_id: int | None = None
    author: str | None = None  # one of AUTHORS
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


def quote_phrase(term: str) -> str:
    """One term as an FTS5 string phrase: no query syntax inside it is active."""
    return '"' + term.replace('"', '""') + '"'


def quote_terms(text: str, *, prefix_last: bool = True) -> list[str]:
    """User text as FTS5 string phrases (``"term"``), the last one a prefix.

    A last word of one character is matched as typed: as a prefix it would merge
    the posting lists of every word starting with that letter (seconds on a large
    history) for results the next keystroke replaces.
    """
    terms = terms_of(text)
    quoted = [quote_phrase(t) for t in terms]
    if quoted and prefix_last and len(terms[-1]) > 1:
        quoted[-1] += "*"
    return quoted


def build_match(text: str, *, prefix_last: bool = True, any_term: bool = False) -> str | None:
    """A safe FTS5 MATCH expression for user text, or None when it holds no words."""
    quoted = quote_terms(text, prefix_last=prefix_last)
    if not quoted:
        return None
    return (" OR " if any_term else " ").join(quoted)


def _matcher(term: str) -> str:
    """The prefix a word must start with to count as a hit (a rough stem)."""
    term = term.casefold()
    return term if len(term) <= 5 else term[: len(term) - 2]


def hit_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """One regex matching any word that starts with a term's rough stem."""
    prefixes = sorted({_matcher(t) for t in terms if t.strip()}, key=len, reverse=True)
    if not prefixes:
        return None
    alternatives = "|".join(re.escape(p) for p in prefixes[:64])
    return re.compile(r"(?<!\w)(?:" + alternatives + r")\w*", re.IGNORECASE)


_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~).*$", re.MULTILINE)
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}\s+", re.MULTILINE)
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>\s?)+", re.MULTILINE)
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?", re.MULTILINE)
_RULE = re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE)
_TABLE_RULE = re.compile(
    r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$", re.MULTILINE
)
_TABLE_EDGE = re.compile(r"^[ \t]*\|[ \t]*|[ \t]*\|[ \t]*$", re.MULTILINE)
_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:\s+\S+.*$", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"`+([^`\n]+?)`+")
_PARAGRAPH = re.compile(r"(?<=[^\s.!?:;,…])[ \t]*\n[ \t]*\n\s*")
_ESCAPED_BASE = 0xF000  # private use: an escaped ASCII character while rules run
_UNESCAPE = re.compile("[\uf000-\uf07f]")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def plain_text(markdown: str) -> str:
    """Markdown as the text a reader sees: no ``**``, ``#``, fences, link targets,
    table rules or list markers (numbers of ordered lists are kept).

    Each rule runs only when its syntax character occurs (most messages need a
    few of them at most)."""
    text = markdown
    escaped = "\\" in text
    if escaped:  # keep escaped characters out of every rule below
        text = _ESCAPE.sub(lambda m: chr(_ESCAPED_BASE + ord(m.group(1))), text)
    has = text.__contains__
    if has("```") or has("~~~"):
        text = _FENCE.sub("", text)
    if has("]:"):
        text = _REF_DEF.sub("", text)
    if has("--") or has("**") or has("__"):
        text = _TABLE_RULE.sub("", text) if has("|") else text
        text = _RULE.sub("", text)
    if has("#"):
        text = _HEADING.sub("", text)
    if has(">"):
        text = _QUOTE.sub("", text)
        text = _AUTOLINK.sub(r"\1", text)
    if has("- ") or has("* ") or has("+ "):
        text = _BULLET.sub("• ", text)
    if has("|"):
        text = _TABLE_EDGE.sub("", text).replace(" | ", " · ")
    if has("]"):
        text = _IMAGE.sub(r"\1", text)
        text = _LINK.sub(r"\1", text)
    if has("`"):
        text = _CODE.sub(r"\1", text)
    if has("*") or has("_"):
        text = _STRONG.sub(r"\2", text)
        text = _STRONG.sub(r"\2", text)  # nested (***x*** → *x* → x below)
        text = _EMPHASIS.sub(r"\2", text)
    if has("~~"):
        text = _STRIKE.sub(r"\1", text)
    if escaped:
        text = _UNESCAPE.sub(lambda m: chr(ord(m.group(0)) - _ESCAPED_BASE), text)
    return text


def make_snippet(
    content: str, pattern: re.Pattern[str] | None, width: int = SNIPPET_CHARS
) -> str:
    """About ``width`` characters of plain text around the first hit, hits wrapped
    in markers. Markdown syntax is removed (:func:`plain_text`) from a window of the
    message around the hit, so a long message costs no more than a short one.

    Built in Python rather than with FTS5's ``snippet()``, which seeks through a
    common word's whole posting list for every row.
    """
    return snippet_and_count(content, pattern, width)[0]


def _cut_snippet(
    content: str, pattern: re.Pattern[str] | None, width: int, before: bool, after: bool
) -> str:
    first = pattern.search(content) if pattern is not None else None
    pos = first.start() if first else 0
    start = max(0, pos - width // 4)
    if start:
        space = content.find(" ", start, pos)
        start = space + 1 if space != -1 else start
    end = min(len(content), start + width)
    if end < len(content):
        space = content.rfind(" ", start + width // 2, end)
        end = space if space != -1 else end
    # A paragraph that ends without a full stop (a heading, a subject line) is
    # kept apart from the next one.
    window = content[start:end].strip()
    if "\n" in window:
        window = _PARAGRAPH.sub(" · ", window)
    window = " ".join(window.split())
    if pattern is not None:
        window = pattern.sub(lambda m: HIT_START + m.group(0) + HIT_END, window)
    lead = "…" if start or before else ""
    return lead + window + ("…" if end < len(content) or after else "")


def snippet_and_count(
    content: str, pattern: re.Pattern[str] | None, width: int = SNIPPET_CHARS
) -> tuple[str, int]:
    """:func:`make_snippet`, and how many words match in the part of the message
    around the first hit that the snippet is cut from (about ``5 * width``
    characters: counting through a 200 KB paste would cost more than the search)."""
    first = pattern.search(content) if pattern is not None else None
    around = first.start() if first else 0
    lo = max(0, around - 2 * width)
    if lo:
        newline = content.find("\n", lo, around)
        lo = newline + 1 if newline != -1 else lo
    hi = min(len(content), around + 3 * width)
    if hi < len(content):
        newline = content.rfind("\n", around, hi)
        hi = newline if newline > around + width else hi
    plain = plain_text(content[lo:hi])
    count = len(pattern.findall(plain)) if pattern is not None else 0
    before, after = lo > 0, hi < len(content)
    return _cut_snippet(plain, pattern, width, before, after), count


def highlight(snippet: str, start: str = "[", end: str = "]") -> str:
    return snippet.replace(HIT_START, start).replace(HIT_END, end)


def _column_match(expr: str, client_id: int | None) -> str:
    fts = f"{{user_text model_text}} : ({expr})"
    if client_id is not None:
        fts += f' AND scope : "c{int(client_id)}"'
    return fts


def _has_row_filters(f: SearchFilter) -> bool:
    return bool(
        f.author
        or f.task
        or f.since is not None
        or f.until is not None
        or f.exclude_conversation_id is not None
        or not f.include_archived
    )


def _iso_bound(value: date | datetime, end: bool) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    return value.isoformat() + ("T99" if end else "")


@dataclass(frozen=True, slots=True)
class HitDetail:
    """What a result row shows besides the hit: who wrote the message and how
    many words in it match."""

    #: The e-mail sender (name, else address) when the message is an e-mail the
    #: client sent; None for what the user typed or the assistant wrote.
    sender: str | None
    matches: int
    #: Who wrote it: one of :data:`AUTHORS`.
    author: str = ""
    #: The attachment the snippet was cut from ("" for one without a file name),
    #: when the words are only in an e-mail's attachment text; None otherwise.
    attachment: str | None = None


def attachment_at(text: str, pos: int, names: list[str]) -> str:
    """The name of the attachment whose text holds position ``pos`` of an e-mail's
    attachment text (each attachment's text follows a ``name:`` line, the attachments
    are separated by an empty line; ``core.mail_headers.attachment_text``)."""
    best, found = -1, ""
    for name in set(names):
        head = f"{name}:\n"
        i = text.find(head)
        while 0 <= i <= pos:
            if (i == 0 or text.startswith("\n\n", i - 2)) and i > best:
                best, found = i, name
            i = text.find(head, i + 1)
    return found


class SearchRepo:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._common_cache: dict[str, bool] = {}

    def messages(
        self,
        text: str,
        filters: SearchFilter | None = None,
        *,
        limit: int = 50,
        any_term: bool = False,
        phrases: list[str] | None = None,
    ) -> list[SearchHit]:
        """Messages matching ``text`` (all words, or any with ``any_term``), best first.

        ``phrases`` lets internal callers (context retrieval) pass phrases built
        by :func:`quote_terms`; user text always goes through ``text``.
        """
        found = self.detailed(text, filters, limit=limit, any_term=any_term, phrases=phrases)
        return [hit for hit, _detail in found]

    def detailed(
        self,
        text: str,
        filters: SearchFilter | None = None,
        *,
        limit: int = 50,
        any_term: bool = False,
        phrases: list[str] | None = None,
    ) -> list[tuple[SearchHit, HitDetail]]:
        """As :meth:`messages`, each hit with its :class:`HitDetail`."""
        quoted = phrases if phrases is not None else quote_terms(text)
        if not quoted:
            return []
        f = filters or SearchFilter()
        limit = max(1, min(int(limit), 1000))
        try:
            quoted = [self._settle_prefix(q) for q in quoted]
            rare = [q for q in quoted if not self._is_common(q)]
            if any_term:
                # Common words would match nearly everything in an OR query.
                match_phrases = rare or quoted
                fts = _column_match(" OR ".join(match_phrases), f.client_id)
            else:
                fts = _column_match(" ".join(quoted), f.client_id)
            if rare and len(rare) == len(quoted) and not any_term and not _has_row_filters(f):
                # Every word is informative: BM25 straight over the matches.
                ranked = self._rank_direct(fts, limit)
            else:
                # Without informative words the newest matches are the answer.
                candidates = self._candidates(fts, f, limit if not rare else CANDIDATES)
                if not rare:
                    ranked = [(rowid, 0.0) for rowid in candidates[:limit]]
                else:
                    ranked = self._rank(" OR ".join(rare), candidates, limit)
            return self._hits(quoted, ranked)
        except sqlite3.OperationalError as exc:
            if _interrupted(exc):
                raise SearchInterrupted(text) from None
            # Quoting makes syntax errors impossible; this guards the unexpected
            # (e.g. an FTS index damaged on disk) so a search never raises.
            return []

    def clear_cache(self) -> None:
        self._common_cache.clear()

    def _settle_prefix(self, phrase: str) -> str:
        """Drop the prefix star from a word that is already common as typed.

        A prefix query merges the posting lists of every word it starts (slow for
        "need*" → need, needs, needed …); when the exact word is itself common the
        user has typed a whole word and the exact match serves as well.
        """
        if not phrase.endswith("*"):
            return phrase
        exact = phrase[:-1]
        return exact if self._is_common(exact) else phrase

    def _is_common(self, phrase: str) -> bool:
        """True when a phrase occurs in more than ``COMMON_DOCS`` messages.

        Probing with OFFSET stops after COMMON_DOCS postings instead of counting a
        posting list of 100 000 entries.
        """
        cached = self._common_cache.get(phrase)
        if cached is not None:
            return cached
        row = self.db.execute(
            "SELECT 1 FROM messages_fts WHERE messages_fts MATCH ? LIMIT 1 OFFSET ?",
            [phrase, COMMON_DOCS],
        ).fetchone()
        common = row is not None
        if len(self._common_cache) > 5000:
            self._common_cache.clear()
        self._common_cache[phrase] = common
        return common

    def _candidates(self, fts: str, f: SearchFilter, cap: int) -> list[int]:
        """Matching message ids, newest first, at most ``cap``."""
        where = ["messages_fts MATCH ?"]
        params: list[Any] = [fts]
        joins = ""
        if _has_row_filters(f):
            joins = (
                " JOIN messages m ON m.id = messages_fts.rowid"
                " JOIN conversations c ON c.id = m.conversation_id"
            )
            if f.task:
                where.append("coalesce(m.task, c.task) = ?")
                params.append(f.task)
            if f.author in AUTHORS:
                where.append(f"{AUTHOR_SQL} = ?")
                params.append(f.author)
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
        sql = (
            f"SELECT messages_fts.rowid FROM messages_fts{joins} WHERE {' AND '.join(where)}"
            " ORDER BY messages_fts.rowid DESC LIMIT ?"
        )
        params.append(cap)
        return [int(r[0]) for r in self.db.execute(sql, params)]

    def _rank_direct(self, fts: str, limit: int) -> list[tuple[int, float]]:
        sql = (
            f"SELECT rowid, bm25(messages_fts, {USER_WEIGHT}, {MODEL_WEIGHT}, 0) AS score"
            " FROM messages_fts WHERE messages_fts MATCH ? ORDER BY score LIMIT ?"
        )
        return [(int(r[0]), float(r[1])) for r in self.db.execute(sql, [fts, limit])]

    def _rank(self, rare: str, candidates: list[int], limit: int) -> list[tuple[int, float]]:
        """BM25 over the candidates, scored on the informative phrases only."""
        if not candidates:
            return []
        self.db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS search_candidates (id INTEGER PRIMARY KEY)"
        )
        self.db.execute("DELETE FROM temp.search_candidates")
        self.db.conn.executemany(
            "INSERT INTO temp.search_candidates (id) VALUES (?)", [(c,) for c in candidates]
        )
        sql = (
            f"SELECT rowid, bm25(messages_fts, {USER_WEIGHT}, {MODEL_WEIGHT}, 0) AS score"
            " FROM messages_fts WHERE messages_fts MATCH ?"
            # The unary + keeps FTS5 from seeking each id in long posting lists;
            # the informative phrases match few rows, so filtering after is cheap.
            " AND +rowid IN (SELECT id FROM temp.search_candidates)"
            " ORDER BY score LIMIT ?"
        )
        rows = [
            (int(r[0]), float(r[1]))
            for r in self.db.execute(sql, [f"{{user_text model_text}} : ({rare})", limit])
        ]
        self.db.execute("DELETE FROM temp.search_candidates")
        return rows

    def _hits(
        self, phrases: list[str], ranked: list[tuple[int, float]]
    ) -> list[tuple[SearchHit, HitDetail]]:
        if not ranked:
            return []
        ids = [rowid for rowid, _ in ranked]
        marks = ",".join("?" * len(ids))
        rows = {
            r["message_id"]: r
            for r in self.db.query(
                "SELECT m.id AS message_id, m.conversation_id, m.role, m.created_at,"
                " coalesce(m.task, c.task) AS task, c.title, c.client_id,"
                " cl.name AS client_name, substr(m.content, 1, ?) AS content,"
                f" {AUTHOR_SQL} AS author, {_SENDER_SQL} AS sender,"
                " length(mm.attachment_text) > 0 AS has_attachment_text"
                " FROM messages m"
                " JOIN conversations c ON c.id = m.conversation_id"
                " JOIN clients cl ON cl.id = c.client_id"
                " LEFT JOIN mail_messages mm ON mm.message_row = m.id"
                f" WHERE m.id IN ({marks})",
                [SNIPPET_SCAN_CHARS, *ids],
            )
        }
        pattern = hit_pattern([p.strip('*"').replace('""', '"') for p in phrases])
        snippets = {rowid: snippet_and_count(r["content"], pattern) for rowid, r in rows.items()}
        in_attachment: dict[int, str] = {}
        if pattern is not None:
            # A hit only in an e-mail's attachment text: the snippet comes from there.
            elsewhere = [
                rowid for rowid, r in rows.items()
                if r["has_attachment_text"] and pattern.search(r["content"]) is None
            ]  # fmt: skip
            for rowid, text, names in self._attachment_texts(elsewhere):
                first = pattern.search(text)
                if first is None:
                    continue
                name = attachment_at(text, first.start(), names)
                snippet, count = snippet_and_count(text, pattern)
                label = f"in attachment {name}: " if name else "in an attachment: "
                snippets[rowid] = (label + snippet, count)
                in_attachment[rowid] = name
        hits = []
        for rowid, score in ranked:
            r = rows.get(rowid)
            if r is None:
                continue
            hit = (
                SearchHit(
                    kind="message",
                    client_id=r["client_id"],
                    client_name=r["client_name"],
                    snippet=snippets[rowid][0] if rowid in snippets else "",
                    score=-score,
                    message_id=rowid,
                    conversation_id=r["conversation_id"],
                    conversation_title=r["title"],
                    role=r["role"],
                    task=r["task"] or "",
                    created_at=parse_ts(r["created_at"]),
                ),
                HitDetail(
                    r["sender"] if r["author"] == "client" else None,
                    snippets[rowid][1] if rowid in snippets else 0,
                    author=r["author"] or "you",
                    attachment=in_attachment.get(rowid),
                ),
            )
            hits.append(hit)
        return hits

    def _attachment_texts(self, message_ids: list[int]) -> list[tuple[int, str, list[str]]]:
        """(message id, attachment text, attachment names) of these messages' e-mails."""
        if not message_ids:
            return []
        marks = ",".join("?" * len(message_ids))
        out = []
        for r in self.db.execute(
            "SELECT message_row, substr(attachment_text, 1, ?), attachments FROM mail_messages"
            f" WHERE message_row IN ({marks})",
            [SNIPPET_SCAN_CHARS, *message_ids],
        ):
            try:
                listed = json.loads(r[2] or "[]")
            except ValueError:
                listed = []
            names = [
                str(a["name"]) for a in listed if isinstance(a, dict) and a.get("name")
            ] if isinstance(listed, list) else []  # fmt: skip
            out.append((int(r[0]), str(r[1] or ""), names))
        return out

    def authors(self, message_ids: list[int]) -> dict[int, str]:
        """Who wrote each of these messages: one of :data:`AUTHORS`."""
        out: dict[int, str] = {}
        for start in range(0, len(message_ids), 500):
            chunk = message_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.db.execute(
                f"SELECT m.id, {AUTHOR_SQL} FROM messages m WHERE m.id IN ({marks})", chunk
            ):
                out[int(r[0])] = str(r[1] or "you")
        return out

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
