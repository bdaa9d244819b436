"""The audit log of outbound model calls (written by the service layer)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from consultant.core.models import AuditEntry
from consultant.store.rows import insert_row, parse_ts

#: ``client_id`` value that asks for the calls made for no client.
NO_CLIENT = -1


class AuditRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, entry: AuditEntry) -> int:
        with self.db.atomic():
            row_id = insert_row(
                self.db,
                "audit_log",
                {
                    "created_at": entry.created_at.isoformat(timespec="microseconds"),
                    "provider": entry.provider,
                    "model": entry.model,
                    "client_id": entry.client_id,
                    "chars_sent": int(entry.chars_sent),
                    "redactions": int(entry.redactions),
                    "outcome": entry.outcome,
                    "detail": entry.detail[:2000],
                    "purpose": entry.purpose,
                },
            )
        return int(row_id)

    def with_clients(
        self, *, client_id: int | None = None, limit: int = 500
    ) -> list[tuple[AuditEntry, str]]:
        """The newest entries with their client's name ("" for calls made for no
        client); ``client_id`` narrows to one client, ``NO_CLIENT`` to those."""
        sql = "SELECT a.*, coalesce(c.name, '') AS client_name FROM audit_log a"
        sql += " LEFT JOIN clients c ON c.id = a.client_id"
        params: list[Any] = []
        if client_id == NO_CLIENT:
            sql += " WHERE a.client_id IS NULL"
        elif client_id is not None:
            sql += " WHERE a.client_id = ?"
            params.append(client_id)
        sql += " ORDER BY a.created_at DESC, a.id DESC LIMIT ?"
        params.append(max(1, min(int(limit), 100_000)))
        return [(_entry(r), r["client_name"]) for r in self.db.query(sql, params)]

    def clients(self) -> list[tuple[int, str]]:
        """(id, name) of every client with an entry in the log, by name."""
        sql = (
            "SELECT c.id, c.name FROM clients c WHERE c.id IN"
            " (SELECT DISTINCT client_id FROM audit_log WHERE client_id IS NOT NULL)"
            " ORDER BY c.name COLLATE NOCASE"
        )
        return [(int(r[0]), str(r[1])) for r in self.db.execute(sql).fetchall()]

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM audit_log").fetchone()[0])

    def recent(self, *, client_id: int | None = None, limit: int = 200) -> list[AuditEntry]:
        sql = "SELECT * FROM audit_log"
        params: list[Any] = []
        if client_id is not None:
            sql += " WHERE client_id = ?"
            params.append(client_id)
        sql += " ORDER BY created_at DESC, id DESC LIMIT ?"
        params.append(int(limit))
        out = []
        for r in self.db.query(sql, params):
            created = parse_ts(r["created_at"])
            assert created is not None
            out.append(
                AuditEntry(
                    id=r["id"],
                    created_at=created,
                    provider=r["provider"],
                    model=r["model"],
                    client_id=r["client_id"],
                    chars_sent=r["chars_sent"],
                    redactions=r["redactions"],
                    outcome=r["outcome"],
                    detail=r["detail"],
                    purpose=r["purpose"],
                )
            )
        return out


def _entry(r: dict[str, Any]) -> AuditEntry:
    created = parse_ts(r["created_at"])
    assert created is not None
    return AuditEntry(
        id=r["id"],
        created_at=created,
        provider=r["provider"],
        model=r["model"],
        client_id=r["client_id"],
        chars_sent=r["chars_sent"],
        redactions=r["redactions"],
        outcome=r["outcome"],
        detail=r["detail"],
        purpose=r["purpose"],
    )
