"""Smoke test of the PyInstaller one-folder build in ``dist/consultant/``.

Skipped unless the build exists, or ``CONSULTANT_BUILD_PACKAGE=1`` (then it is
built first, which takes minutes). ``make package-smoke`` builds and runs this.
The binary runs with an empty ``PATH`` (no Python to fall back on), Qt offscreen,
the null keyring and a temporary ``CONSULTANT_HOME``; the only network is a
loopback test server standing in for a model provider.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from consultant import __version__
from tests.llm_server import LLMTestServer

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "consultant"
BINARY = DIST / ("consultant.exe" if os.name == "nt" else "consultant")
BUILD = os.environ.get("CONSULTANT_BUILD_PACKAGE") == "1"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.packaging,
    pytest.mark.skipif(
        not BUILD and not BINARY.exists(),
        reason="no dist/consultant build (make package, or CONSULTANT_BUILD_PACKAGE=1)",
    ),
]


@pytest.fixture(scope="module", autouse=True)
def build() -> None:
    if not BUILD:
        return
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    result = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--clean", "--distpath", str(ROOT / "dist"),
         "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(ROOT / "packaging" / "consultant.spec")],
        capture_output=True, text=True, timeout=1800, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-4000:]


def _run(
    args: list[str], home: Path, cwd: Path, timeout: float = 120, **extra: str
) -> subprocess.CompletedProcess[str]:
    empty = cwd / "empty-path"
    empty.mkdir(exist_ok=True)
    env = {
        "PATH": str(empty),  # nothing to fall back on: the bundle must be self-contained
        "HOME": str(cwd),
        "LANG": "C.UTF-8",
        "CONSULTANT_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        **extra,
    }
    return subprocess.run(
        [str(BINARY), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_version(tmp_path: Path) -> None:
    result = _run(["--version"], tmp_path / "home", tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, f"consultant {__version__}")


def test_opens_a_database_in_a_temporary_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    added = _run(["client", "add", "Acme Home Health", "--rate", "120", "--currency", "EUR"],
                 home, tmp_path)  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = _run(["client", "list", "--json"], home, tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert '"name": "Acme Home Health"' in listed.stdout
    assert (home / "consultant.sqlite").is_file()
    backup = _run(["backup"], home, tmp_path)
    assert backup.returncode == 0, backup.stderr


def test_ask_through_bundled_litellm(
    tmp_path: Path, configured_model: LLMTestServer, consultant_home: Path
) -> None:
    """litellm, its price map and tokenizers load from the bundle (loopback model only)."""
    configured_model.reply_text = "## Summary\nThe fax portal is down."
    email = tmp_path / "email.txt"
    email.write_text("From: Jane <jane@acme-health.org>\nSubject: Fax\n\nThe fax is down.\n")
    assert _run(["client", "add", "Acme"], consultant_home, tmp_path).returncode == 0
    asked = _run(["ask", "--client", "Acme", str(email)], consultant_home, tmp_path, timeout=180)
    assert asked.returncode == 0, asked.stderr
    assert "The fax portal is down." in asked.stdout
    assert configured_model.requests, "the model server was not called"


def test_desktop_starts_and_exits_cleanly(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = _run([], home, tmp_path, timeout=60, CONSULTANT_EXIT_AFTER_PAINT="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("painted "), result.stdout
    assert "Traceback" not in result.stderr and "rror" not in result.stderr, result.stderr
    assert (home / "consultant.sqlite").is_file()


def test_install_desktop_entry_points_at_the_binary(tmp_path: Path) -> None:
    xdg = tmp_path / "xdg"
    result = _run(["--install-desktop-entry"], tmp_path / "home", tmp_path,
                  XDG_DATA_HOME=str(xdg))  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = (xdg / "applications" / "consultant.desktop").read_text(encoding="utf-8")
    assert f"Exec={BINARY.resolve()}" in text.splitlines()
