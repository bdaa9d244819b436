"""The audit log of outbound model calls, for the desktop's audit view.

Every request that leaves the machine for a model (chat, embeddings, connection
tests, model lists) is one entry (``llm.outbound`` writes it through a callback);
this reads them back with the client's name.
"""

from __future__ import annotations

from dataclasses import dataclass

from consultant.core.models import AuditEntry
from consultant.services.workspace import Workspace
from consultant.store.audit import NO_CLIENT

__all__ = ["NO_CLIENT", "AuditRow", "audit_clients", "audit_log", "describe_outcome"]


@dataclass(frozen=True, slots=True)
class AuditRow:
    entry: AuditEntry
    client_name: str  # "" for a call made for no client (a connection test)


def audit_log(
    workspace: Workspace, *, client_id: int | None = None, limit: int = 1000
) -> list[AuditRow]:
    """The newest calls first; ``client_id`` narrows to one client (``NO_CLIENT``:
    the calls made for no client)."""
    found = workspace.store.audit.with_clients(client_id=client_id, limit=limit)
    return [AuditRow(entry, name) for entry, name in found]


def audit_clients(workspace: Workspace) -> list[tuple[int, str]]:
    """(id, name) of the clients that appear in the log, by name."""
    return workspace.store.audit.clients()


_OUTCOMES = {
    "ok": "Sent",
    "cancelled": "Stopped",
    "privacy_refused": "Refused: privacy policy",
}


def describe_outcome(outcome: str) -> str:
    """``ok`` → "Sent"; an error kind like ``rate_limit`` → "Failed: rate limit"."""
    if outcome in _OUTCOMES:
        return _OUTCOMES[outcome]
    return "Failed: " + outcome.replace("_", " ") if outcome else "—"
