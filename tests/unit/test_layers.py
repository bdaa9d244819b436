"""The layer rule of DESIGN.md §2, checked on every import statement.

``core`` imports no Qt, sqlite or litellm; ``store`` and ``llm`` import no Qt;
front ends import no sqlite or litellm; ``llm`` does not import ``store``;
nothing outside ``llm`` imports litellm at all, and inside ``llm`` only within
functions (lazily), never at module level.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "consultant"

FORBIDDEN = {
    "core": {"PySide6", "sqlite3", "sqlite_utils", "litellm", "consultant.store",
             "consultant.llm", "consultant.services", "consultant.ui", "consultant.cli",
             "keyring"},
    "store": {"PySide6", "litellm", "consultant.llm", "consultant.services", "consultant.ui",
              "consultant.cli"},
    "llm": {"PySide6", "consultant.store", "consultant.services", "consultant.ui",
            "consultant.cli", "sqlite3", "sqlite_utils"},
    "services": {"PySide6", "consultant.ui", "consultant.cli", "litellm"},
    "mail": {"PySide6", "consultant.store", "consultant.services", "consultant.ui",
             "consultant.cli", "sqlite3", "sqlite_utils", "litellm"},
    "ui": {"sqlite3", "sqlite_utils", "litellm", "consultant.store", "consultant.llm"},
    "cli.py": {"sqlite3", "sqlite_utils", "litellm", "consultant.store", "consultant.llm",
               "PySide6"},
}  # fmt: skip


def _imports(tree: ast.AST) -> list[tuple[str, bool]]:
    """(module, is_module_level) for every import in a file."""
    found: list[tuple[str, bool]] = []
    top_level = {id(n) for n in getattr(tree, "body", [])}
    # Imports under `if TYPE_CHECKING:` at module level count as module level too.
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(a.name, id(node) in top_level) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, id(node) in top_level))
    return found


def _layer(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    if len(rel.parts) == 1 and rel.name.startswith("cli_"):
        return "cli.py"  # cli_billing.py and friends follow the rules of cli.py
    return rel.parts[0] if len(rel.parts) > 1 else rel.name


def _files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _matches(module: str, banned: str) -> bool:
    return module == banned or module.startswith(banned + ".")


@pytest.mark.parametrize("path", _files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layer_rule(path: Path) -> None:
    layer = _layer(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    banned = FORBIDDEN.get(layer, set())
    for module, top in _imports(tree):
        for b in banned:
            # The CLI may start the desktop app lazily (inside a function).
            if layer == "cli.py" and b == "PySide6" and not top:
                continue
            assert not _matches(module, b), f"{path.name} ({layer}) imports {module}"
        if _matches(module, "litellm"):
            assert layer == "llm", f"{path.name} imports litellm outside consultant/llm"
            assert not top, f"{path.name} imports litellm at module level"


def test_layer_rule_catches_a_violation(tmp_path: Path) -> None:
    """The checker itself sees a module-level Qt import."""
    tree = ast.parse("import PySide6.QtCore\n\ndef f():\n    import litellm\n")
    assert ("PySide6.QtCore", True) in _imports(tree)
    assert ("litellm", False) in _imports(tree)


def test_importing_the_cli_and_core_pulls_no_qt_or_litellm() -> None:
    code = (
        "import sys, consultant.cli, consultant.core.models, consultant.store, "
        "consultant.services.workspace, consultant.services.transfer\n"
        "bad = [m for m in ('litellm', 'PySide6', 'PySide6.QtCore') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""


# -- the UI talks to services only; only ``store`` speaks SQL --------------------------
# DESIGN.md §2: front ends hold a ``Workspace`` and call services, never its ``store``;
# ``consultant/store/`` is the only code that speaks SQL. Both are checked on the
# syntax tree, so a new offence fails here with its file and line.

SQL_CALLS = {"execute", "executemany", "executescript", "query"}

# A string that *is* SQL: an upper-case statement keyword first, then the shape of a
# statement (prose such as "Update the client" or a docstring's "SELECT the rows…"
# does not have it). SQL in this code base is written with upper-case keywords.
SQL_TEXT = re.compile(
    r"""^\s*(?:
        SELECT\s+(?:DISTINCT\s+)?.+?\bFROM\s+[\w"(]
      | SELECT\s+(?:count|COUNT|max|MAX|min|MIN|sum|SUM|[\d?:]|json_|EXISTS)
      | INSERT\s+(?:OR\s+\w+\s+)?INTO\s+\w
      | REPLACE\s+INTO\s+\w
      | UPDATE\s+(?:OR\s+\w+\s+)?["\w]+\s+SET\s
      | DELETE\s+FROM\s+["\w]
      | CREATE\s+(?:UNIQUE\s+|TEMP\s+|TEMPORARY\s+|VIRTUAL\s+)*(?:TABLE|INDEX|TRIGGER|VIEW)\b
      | DROP\s+(?:TABLE|INDEX|TRIGGER|VIEW)\b
      | ALTER\s+TABLE\s+\w
      | PRAGMA\s+\w
      | WITH\s+(?:RECURSIVE\s+)?\w+(?:\s*\([^)]*\))?\s+AS\s*\(
    )""",
    re.VERBOSE | re.DOTALL,
)


def _front_end_files() -> list[Path]:
    """``consultant/ui/**`` and ``consultant/cli*.py``."""
    return sorted([*(PACKAGE / "ui").rglob("*.py"), *PACKAGE.glob("cli*.py")])


def _outside_store_files() -> list[Path]:
    return [p for p in _files() if p.relative_to(PACKAGE).parts[0] != "store"]


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', 0)}"


def _reads_store(node: ast.AST) -> bool:
    """``x.store`` for any expression ``x``, or ``getattr(x, "store")`` and friends."""
    if isinstance(node, ast.Attribute):
        return node.attr == "store"
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("getattr", "setattr", "hasattr")
        and len(node.args) >= 2
        and isinstance(node.args[1], ast.Constant)
        and node.args[1].value == "store"
    )


def _store_access(tree: ast.AST) -> list[ast.AST]:
    return [node for node in ast.walk(tree) if _reads_store(node)]


def _sql(tree: ast.AST) -> list[tuple[ast.AST, str]]:
    """SQL text (string literals, f-strings' constant parts, a constant-first
    f-string read as a whole) and SQL calls (``.execute(`` and friends)."""
    found: list[tuple[ast.AST, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if SQL_TEXT.match(node.value):
                found.append((node, f"SQL text {node.value.strip()[:40]!r}"))
        elif isinstance(node, ast.JoinedStr):
            # f"SELECT * FROM {table}": the constant parts joined, placeholders as x
            text = "".join(
                v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "x"
                for v in node.values
            )
            if SQL_TEXT.match(text) and not any(
                isinstance(v, ast.Constant) and SQL_TEXT.match(str(v.value)) for v in node.values
            ):
                found.append((node, f"SQL f-string {text.strip()[:40]!r}"))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in SQL_CALLS
        ):
            found.append((node, f".{node.func.attr}(…) call"))
    return found


def test_front_ends_never_touch_the_store() -> None:
    offences = [
        f"{_where(path, node)} reaches into .store"
        for path in _front_end_files()
        for node in sorted(
            _store_access(ast.parse(path.read_text(encoding="utf-8"))),
            key=lambda n: getattr(n, "lineno", 0),
        )
    ]
    assert not offences, "the UI/CLI talks to services only:\n" + "\n".join(offences)


def test_no_sql_outside_the_store() -> None:
    offences = [
        f"{_where(path, node)} {what}"
        for path in _outside_store_files()
        for node, what in sorted(
            _sql(ast.parse(path.read_text(encoding="utf-8"))),
            key=lambda found: getattr(found[0], "lineno", 0),
        )
    ]
    assert not offences, "only consultant/store/ speaks SQL:\n" + "\n".join(offences)


def test_the_store_and_sql_checks_catch_offences() -> None:
    code = (
        '"""Select the client from the list; update the rows; delete from the view."""\n'
        "def f(ws, db, table):\n"
        "    ws.store.clients.get(1)\n"
        "    getattr(ws, 'store')\n"
        "    db.execute('x')\n"
        "    rows = db.query('y')\n"
        "    a = '''\n    SELECT id, name\n    FROM clients WHERE id = ?'''\n"
        "    b = f'DELETE FROM {table} WHERE id = ?'\n"
        "    c = f'SELECT * FROM {table}'\n"
        "    d = 'INSERT INTO clients (name) VALUES (?)'\n"
        "    e = 'UPDATE clients SET name = ?'\n"
        "    g = 'PRAGMA foreign_keys=ON'\n"
        "    h = 'WITH recent AS (SELECT 1) SELECT * FROM recent'\n"
        "    i = 'Update the client, then select one from the list.'\n"
        "    j = 'DELETE the conversation? It cannot be undone.'\n"
        "    k = 'SELECT a model first'\n"
        "    return ws.store_path, ws.stored\n"
    )
    tree = ast.parse(code)
    assert sorted(getattr(n, "lineno", 0) for n in _store_access(tree)) == [3, 4]
    lines = sorted(getattr(n, "lineno", 0) for n, _ in _sql(tree))
    assert lines == [5, 6, 7, 10, 11, 12, 13, 14, 15]
