"""Services reach the database only through the store's API: no ``store.db`` (the
sqlite-utils ``Database``) outside ``consultant/store/``: transactions are
``Store.atomic()``, a stopped query ``Store.interrupt()``, a cache key
``Store.cache_key()``."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[3] / "consultant"
PENDING: set[str] = set()  # files allowed to keep it for now (none)


def store_db_uses(source: str) -> list[int]:
    """Lines with ``<something>.store.db`` or ``store.db`` (attribute ``db`` of a name
    or attribute called ``store`` / ``_store``)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr == "db":
            owner = node.value
            name = owner.id if isinstance(owner, ast.Name) else (
                owner.attr if isinstance(owner, ast.Attribute) else ""
            )  # fmt: skip
            if name in ("store", "_store", "reader"):
                lines.append(node.lineno)
    return sorted(lines)


def test_the_checker_finds_what_it_should() -> None:
    assert store_db_uses("with self.ws.store.db.atomic():\n    pass\n") == [1]
    assert store_db_uses("store.db.conn.interrupt()\nx = self._store.db\n") == [1, 2]
    assert store_db_uses("with store.atomic():\n    pass\nstore.interrupt()\n") == []
    assert store_db_uses("self.db.execute('x')\n") == []  # a repository's own handle


def test_no_store_db_outside_the_store() -> None:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("store/") or rel in PENDING:
            continue
        lines = store_db_uses(path.read_text(encoding="utf-8"))
        if lines:
            found[rel] = lines
    assert found == {}
