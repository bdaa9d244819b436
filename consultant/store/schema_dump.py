"""Print the schema of a fresh database (``python -m consultant.store.schema_dump``).

The migration test compares this to ``tests/unit/store/schema_snapshot.sql``;
regenerate the snapshot with this module when a migration is added.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from consultant.store.db import open_database


def fresh_schema() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        db, _ = open_database(Path(tmp) / "schema.sqlite")
        try:
            return schema_of(db.conn)
        finally:
            db.close()


def schema_of(conn: object) -> str:
    rows = conn.execute(  # type: ignore[attr-defined]
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    return "\n\n".join(f"-- {t} {n}\n{sql.strip()};" for t, n, sql in rows) + "\n"


if __name__ == "__main__":
    sys.stdout.write(fresh_schema())
