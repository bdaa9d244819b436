"""The layer rule of DESIGN.md §2, checked on every import statement.

``core`` imports no Qt, sqlite or litellm; ``store`` and ``llm`` import no Qt;
front ends import no sqlite or litellm; ``llm`` does not import ``store``;
nothing outside ``llm`` imports litellm at all, and inside ``llm`` only within
functions (lazily), never at module level.
"""

from __future__ import annotations

import ast
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
