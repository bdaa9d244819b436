"""Qt item models over the workspace's dataclasses.

- :class:`ClientListModel` — clients, with a privacy badge in the display text;
- :class:`ConversationListModel` — a client's conversations (pinned first, newest first);
- :class:`MessageListModel` — one conversation's messages, loaded a page at a time
  from the newest (``prepend_older`` adds earlier pages when the user scrolls up);
  a streaming reply is updated in place with one ``dataChanged`` for its row;
- :class:`SnippetListModel` — the context snippets proposed for the next message;
- :class:`SearchResultModel` — Ctrl+K search results.

Result rows of both lists (``RowRole``) are a :class:`ResultRow`: header, date,
the snippet as plain text with the ranges to highlight; the delegate in
``context_panel.py`` paints them.

Models hold plain dataclasses; they never read the database themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from consultant.core.models import (
    Client,
    Conversation,
    Message,
    MessageStatus,
    PrivacyPolicy,
    Role,
    Task,
)
from consultant.core.prompts import ContextSnippet

__all__ = [
    "ClientListModel",
    "ConversationListModel",
    "MessageListModel",
    "ResultRow",
    "SearchResultModel",
    "SnippetListModel",
    "format_cost",
    "message_footer",
    "privacy_badge",
]

ObjectRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
#: A counter bumped whenever a row's content changes (render caches key on it).
VersionRole = Qt.ItemDataRole.UserRole + 3
#: A :class:`ResultRow` (search results and context snippets).
RowRole = Qt.ItemDataRole.UserRole + 4

_Index = QModelIndex | QPersistentModelIndex


def privacy_badge(policy: PrivacyPolicy) -> str:
    if policy == PrivacyPolicy.LOCAL_ONLY:
        return "◆ local only"
    if policy == PrivacyPolicy.REDACT:
        return "◇ redact"
    return ""


def format_cost(cost_microusd: int | None) -> str:
    """``1200`` → ``"$0.0012"`` (exact: no float)."""
    if cost_microusd is None:
        return ""
    dollars = Decimal(cost_microusd).scaleb(-6)
    if cost_microusd and abs(dollars) < Decimal("0.0001"):
        return f"${dollars:.6f}"
    return f"${dollars:.4f}"


_STATUS_TEXT = {
    MessageStatus.STREAMING: "writing…",
    MessageStatus.CANCELLED: "Stopped",
    MessageStatus.ERROR: "Error",
    MessageStatus.INTERRUPTED: "Interrupted",
}


def message_footer(message: Message) -> str:
    """``model · 11 → 42 tokens · $0.0012`` for a reply; empty for the user's text."""
    if message.role != Role.ASSISTANT:
        return ""
    parts: list[str] = []
    if message.model:
        parts.append(message.model)
    if message.input_tokens is not None or message.output_tokens is not None:
        parts.append(f"{message.input_tokens or 0} → {message.output_tokens or 0} tokens")
    cost = format_cost(message.cost_microusd)
    if cost:
        parts.append(cost)
    if message.status != MessageStatus.COMPLETE:
        parts.append(_STATUS_TEXT.get(message.status, message.status.value))
    return " · ".join(parts)


class _ListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def item(self, row: int) -> Any:
        return self._items[row] if 0 <= row < len(self._items) else None

    def items(self) -> list[Any]:
        return list(self._items)

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def update_items(self, items: list[Any]) -> None:
        """Like ``set_items``; when the same ids come in the same order, only the
        rows that differ change (a reset re-lays out and repaints the whole list,
        as after every reply for the conversation list)."""
        new = list(items)
        if not new or [i.id for i in new] != [i.id for i in self._items]:
            self.set_items(new)
            return
        for row, (old, item) in enumerate(zip(self._items, new, strict=True)):
            if old != item:
                self._items[row] = item
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def row_of(self, item_id: int | None) -> int:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return -1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ClientListModel(_ListModel):
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        client: Client = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            badge = privacy_badge(client.privacy)
            text = client.name + ("  (archived)" if client.archived else "")
            return text + (f"\n{badge}" if badge else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [client.name]
            if client.organization:
                lines.append(client.organization)
            lines.append(f"Privacy: {client.privacy.value.replace('_', ' ')}")
            return "\n".join(lines)
        if role == ObjectRole:
            return client
        if role == IdRole:
            return client.id
        return None


class ConversationListModel(_ListModel):
    def set_conversations(self, conversations: list[Conversation]) -> None:
        ordered = sorted(
            conversations,
            key=lambda c: (not c.pinned, -(c.updated_at.timestamp() if c.updated_at else 0)),
        )
        self.update_items(ordered)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        conv: Conversation = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = conv.title or "Untitled conversation"
            when = conv.updated_at.strftime("%d %b %Y") if conv.updated_at else ""
            prefix = "📌 " if conv.pinned else ""
            if conv.is_mail:  # a thread of synced or imported e-mail
                return f"{prefix}✉ {title}\nMail thread · {when}"
            return f"{prefix}{title}\n{conv.task.label} · {when}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if conv.is_mail:
                return f"Mail thread: {conv.title or '(no subject)'}"
            return conv.title or "Untitled conversation"
        if role == ObjectRole:
            return conv
        if role == IdRole:
            return conv.id
        return None

    def update_conversation(self, conv: Conversation) -> None:
        row = self.row_of(conv.id)
        if row >= 0:
            self._items[row] = conv
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)


class MessageListModel(_ListModel):
    """One conversation's messages in order, the newest page first loaded."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._versions: dict[int, int] = {}
        #: ``{message id: (number, of how many)}``: turns with several versions.
        self._positions: dict[int, tuple[int, int]] = {}
        self.has_older = False

    def set_messages(
        self,
        messages: list[Message],
        *,
        has_older: bool,
        positions: dict[int, tuple[int, int]] | None = None,
    ) -> None:
        self._versions = {}
        self._positions = dict(positions or {})
        self.has_older = has_older
        self.set_items(messages)

    def position(self, message_id: int | None) -> tuple[int, int] | None:
        """Which version of its turn ``message_id`` is (``(2, 3)``), or ``None``."""
        return self._positions.get(message_id or 0)

    def replace_with_version(self, old_id: int, message: Message) -> bool:
        """Show ``message``, a new last version of ``old_id``'s turn, in its row (a
        regenerated reply): no reload of the page. ``False`` when ``old_id`` is not
        shown."""
        row = self.row_of(old_id)
        if row < 0 or message.id is None:
            return False
        _at, total = self._positions.pop(old_id, (1, 1))
        self._positions[message.id] = (total + 1, total + 1)
        self._items[row] = message
        self._bump(row)
        return True

    def prepend_older(self, messages: list[Message], *, has_older: bool) -> None:
        self.has_older = has_older
        if not messages:
            return
        self.beginInsertRows(QModelIndex(), 0, len(messages) - 1)
        self._items[0:0] = messages
        self.endInsertRows()

    def append(self, message: Message) -> None:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(message)
        self.endInsertRows()

    def remove(self, message_id: int) -> None:
        row = self.row_of(message_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def replace(self, message: Message) -> None:
        """Put a newer version of a stored message in its row (e.g. when it finished)."""
        row = self.row_of(message.id)
        if row < 0:
            return
        self._items[row] = message
        self._bump(row)

    def set_streaming_text(self, message_id: int, text: str) -> None:
        row = self.row_of_last(message_id)
        if row < 0:
            return
        message: Message = self._items[row]
        if message.content == text:
            return
        message.content = text
        self._bump(row)

    def row_of_last(self, message_id: int) -> int:
        """Like ``row_of`` but searching from the end (streaming rows are last)."""
        for row in range(len(self._items) - 1, -1, -1):
            if self._items[row].id == message_id:
                return row
        return -1

    def _bump(self, row: int) -> None:
        message_id = self._items[row].id or 0
        self._versions[message_id] = self._versions.get(message_id, 0) + 1
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def last_reply(self) -> Message | None:
        for message in reversed(self._items):
            if message.role == Role.ASSISTANT:
                return message
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        message: Message = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return message.content
        if role == Qt.ItemDataRole.ToolTipRole:
            return message_footer(message) or None
        if role == ObjectRole:
            return message
        if role == IdRole:
            return message.id
        if role == VersionRole:
            return self._versions.get(message.id or 0, 0)
        return None


def relevance_label(score: float) -> str:
    """Words for a snippet's relevance (1.0 is the best result of the proposal)."""
    if score >= 0.8:
        return "Strong match"
    if score >= 0.5:
        return "Good match"
    if score > 0:
        return "Weak match"
    return "Recent, no match"


def relevance_cue(score: float) -> str:
    """Three dots, filled by relevance: ●●● ●●○ ●○○ ○○○."""
    filled = 3 if score >= 0.8 else 2 if score >= 0.5 else 1 if score > 0 else 0
    return "●" * filled + "○" * (3 - filled)


@dataclass(frozen=True, slots=True)
class ResultRow:
    """What one result row shows (hashable: the delegate caches layouts by it)."""

    #: Who wrote it ("Dana Reyes (client)", "You", "Assistant"), shown first, bold.
    author: str
    #: Where it is ("Acme Health · VPN access"), after the author.
    where: str
    #: When, right-aligned ("12 Mar 2026").
    when: str
    #: The snippet as plain text; U+2028 starts a new line.
    text: str
    #: (start, length) of each hit in ``text``.
    spans: tuple[tuple[int, int], ...] = ()
    #: A muted line under the header ("●●○ matching words: fax"), or "".
    note: str = ""
    #: Small text after the date ("3 matches"), or "".
    badge: str = ""


def format_day(value: Any) -> str:
    """A date or ``YYYY-MM-DD`` as ``12 Mar 2026`` (empty when unknown)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        from datetime import date

        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    return f"{value.day} {value.strftime('%b %Y')}"


_SPEAKER = re.compile(r"(?:^|\s)(Client|Answer|You|Assistant): ")
_MATCHING = re.compile(r"matching words?: ([^;]+)", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)


def snippet_row(snippet: ContextSnippet) -> ResultRow:
    """A context snippet as a result row: Markdown removed, the words it was
    chosen for highlighted, each speaker of the exchange on a line of its own."""
    from consultant.services.search import plain_text  # loaded after start-up

    parts: list[str] = []
    text = snippet.text
    marks = list(_SPEAKER.finditer(text))
    if marks and marks[0].start() <= 1:
        for i, mark in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
            speaker = "Assistant" if mark.group(1) == "Answer" else mark.group(1)
            body = " ".join(plain_text(text[mark.end() : end]).split())
            parts.append(f"{speaker}: {body}")
    else:
        parts.append(" ".join(plain_text(text).split()))
    shown = "\u2028".join(parts)
    words: list[str] = []
    found = _MATCHING.search(snippet.reason or "")
    if found:
        words = [w.casefold() for w in _WORD.findall(found.group(1)) if len(w) > 1]
    spans: list[tuple[int, int]] = []
    if words:
        stems = sorted({w if len(w) <= 5 else w[:-2] for w in words}, key=len, reverse=True)
        pattern = re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(w) for w in stems) + r")\w*", re.IGNORECASE
        )
        spans = [(m.start(), m.end() - m.start()) for m in pattern.finditer(shown)]
    note = f"{relevance_cue(snippet.score)} {snippet.reason}" if snippet.reason else ""
    if not marks:  # one message: say who wrote it
        who = "You" if snippet.role == "user" else "Assistant"
        shown = f"{who}: {shown}"
        spans = [(start + len(who) + 2, length) for start, length in spans]
    return ResultRow(
        # An exchange: the speakers are on its lines, the header names the conversation.
        author=snippet.conversation_title or "Untitled conversation",
        where="",
        when=format_day(snippet.date),
        text=shown,
        spans=tuple(spans),
        note=note,
    )


class SnippetListModel(_ListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: dict[int, ResultRow] = {}  # by id() of the snippet shown

    def set_items(self, items: list[Any]) -> None:
        self._rows = {}
        super().set_items(items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        snippet: ContextSnippet = self._items[index.row()]
        if role == RowRole:
            row = self._rows.get(id(snippet))
            if row is None:
                row = self._rows[id(snippet)] = snippet_row(snippet)
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            text = " ".join(snippet.text.split())
            if len(text) > 160:
                text = text[:157] + "…"
            why = f"{relevance_cue(snippet.score)} · {snippet.reason}" if snippet.reason else ""
            return "\n".join(p for p in (snippet.label, why, text) if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not snippet.reason:
                return snippet.text[:2000]
            return f"{relevance_label(snippet.score)} — {snippet.reason}\n\n{snippet.text[:2000]}"
        if role == ObjectRole:
            return snippet
        if role == IdRole:
            return snippet.message_id
        return None

    def row_of(self, item_id: int | None) -> int:
        for row, item in enumerate(self._items):
            if item.message_id == item_id:
                return row
        return -1

    def remove_row(self, row: int) -> ContextSnippet | None:
        if not 0 <= row < len(self._items):
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        snippet: ContextSnippet = self._items.pop(row)
        self.endRemoveRows()
        return snippet


class SearchResultModel(_ListModel):
    """Search results: each item a ``(services.search.SearchResult, ResultRow)`` pair."""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        result, row = self._items[index.row()]
        if role == RowRole:
            return row
        if role == ObjectRole:
            return result
        if role == IdRole:
            return result.message_id
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.author} · {row.where} · {row.when}\n{row.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.author} · {row.where} · {row.when}"
        return None

    def row_of(self, item_id: int | None) -> int:
        for row, (result, _row) in enumerate(self._items):
            if result.message_id == item_id:
                return row
        return -1


def task_tooltip(task: Task, descriptions: dict[Task, str]) -> str:
    return descriptions.get(task, task.label)
