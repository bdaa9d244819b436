"""Reading a conversation's messages for a front end (the desktop's message list).

The UI talks to services only (DESIGN.md §2): these are the reads the
conversation view needs, a page at a time, so it never reaches into the store.
"""

from __future__ import annotations

from consultant.core.models import Message
from consultant.services.workspace import Workspace

__all__ = ["message", "newest_page", "page_before"]


def newest_page(ws: Workspace, conversation_id: int, limit: int) -> list[Message]:
    """The newest ``limit`` messages of the shown path, oldest first."""
    return ws.store.conversations.messages(conversation_id, limit=limit)


def page_before(ws: Workspace, conversation_id: int, first: Message, limit: int) -> list[Message]:
    """The ``limit`` shown messages just before ``first``, oldest first."""
    repo = ws.store.conversations
    return repo.messages(conversation_id, limit=limit, before=repo.cursor_of(first))


def message(ws: Workspace, message_id: int) -> Message:
    """One message as stored (``ServiceError`` when there is none)."""
    return ws.store.conversations.get_message(message_id)
