"""Small conversions between SQLite rows and ``core`` values."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlite_utils import Database


def parse_ts(value: str | None) -> datetime | None:
    """ISO-8601 text (as written by ``now_iso`` or SQLite's strftime) → aware datetime."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def load_json(value: str | None) -> dict[str, Any]:
    if not value:
        return {}
    try:
        loaded = json.loads(value)
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def dump_json(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def insert_row(db: Database, table: str, row: dict[str, Any]) -> int:
    """Insert one row and return its integer primary key."""
    pk = db.table(table).insert(row).last_pk
    assert pk is not None
    return int(pk)


def update_row(db: Database, table: str, pk: int, values: dict[str, Any]) -> None:
    db.table(table).update(pk, values)
