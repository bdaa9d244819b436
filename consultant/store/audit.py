"""The audit log of outbound model calls (written by the service layer)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from consultant.core.models import AuditEntry
from consultant.store.rows import insert_row, parse_ts


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
