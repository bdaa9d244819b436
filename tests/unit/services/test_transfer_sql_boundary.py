"""The export/import service speaks no SQL (DESIGN.md §2: only ``store/`` does): no SQL
text, no ``.execute(`` / ``.query(`` call, and no ``.db`` / ``.conn`` / ``.table``
access in ``services/transfer.py``; it reaches the database only through
``store.transfer`` (``consultant/store/transfer.py``) and the other repositories.

``tests/unit/test_layers.py`` checks the whole package for SQL outside ``store/``; this
file pins the stricter rule for the transfer service (no connection either).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[3] / "consultant"

#: The start of an SQL statement, keywords in capitals as the store writes them (so
#: "Select a client" or "Delete" in a label is not one).
SQL = re.compile(
    r"^\s*(SELECT\b.*\bFROM\b|INSERT\s+(OR\s+\w+\s+)?INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b"
    r"|(CREATE|DROP)\s+(TEMP\s+)?(TABLE|TRIGGER|INDEX|VIEW)\b|PRAGMA\s+\w+|BEGIN\b|COMMIT\b"
    r"|ROLLBACK\b|WITH\s+\w+\s+AS\b)",
    re.DOTALL,
)
DRIVER_CALLS = {"execute", "executemany", "executescript", "query"}


def _problems(tree: ast.AST) -> list[str]:
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if SQL.match(node.value):
                found.append(f"line {node.lineno}: SQL text {node.value[:40]!r}")
        elif isinstance(node, ast.JoinedStr):
            head = next((v.value for v in node.values if isinstance(v, ast.Constant)), "")
            if isinstance(head, str) and SQL.match(head):
                found.append(f"line {node.lineno}: SQL f-string {head[:40]!r}")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in DRIVER_CALLS
        ):
            found.append(f"line {node.lineno}: .{node.func.attr}(…) call")
    return found


def test_transfer_speaks_no_sql() -> None:
    tree = ast.parse((PACKAGE / "services" / "transfer.py").read_text(encoding="utf-8"))
    problems = _problems(tree)
    assert not problems, "services/transfer.py speaks SQL: " + "; ".join(problems)


def test_transfer_reaches_no_connection() -> None:
    tree = ast.parse((PACKAGE / "services" / "transfer.py").read_text(encoding="utf-8"))
    leaks = [
        f"line {n.lineno}: .{n.attr}"
        for n in ast.walk(tree)
        if isinstance(n, ast.Attribute) and n.attr in {"db", "conn", "table"}
    ]
    assert not leaks, "services/transfer.py touches the database directly: " + "; ".join(leaks)


@pytest.mark.parametrize(
    "source",
    [
        'rows = db.query("SELECT id FROM invoices")',
        'x = "SELECT id, uid\\n FROM clients WHERE uid = ?"',
        'db.execute("DROP TRIGGER t")',
        'sql = "UPDATE invoices SET " + ", ".join(cols)',
        'sql = f"DELETE FROM {table} WHERE id = ?"',
        "conn.executescript(script)",
        'SQL = "INSERT OR IGNORE INTO clients (name) VALUES (?)"',
    ],
)
def test_the_checker_sees_sql(source: str) -> None:
    assert _problems(ast.parse(source))


@pytest.mark.parametrize(
    "source",
    [
        'label = "Select a client"',
        'help = "Update the invoice, then delete the draft"',
        'imap.select("INBOX")',
        'menu.addAction("Delete")',
        'text = "select from the list"',
    ],
)
def test_the_checker_leaves_plain_words_alone(source: str) -> None:
    assert not _problems(ast.parse(source))
