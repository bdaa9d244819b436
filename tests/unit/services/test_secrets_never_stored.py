"""A full session with an API key leaves the key in the keyring and nowhere else."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from consultant.cli import main
from tests.llm_server import LLMTestServer
from tests.support import MemoryKeyring

KEY = "sk-test-SECRET-0123456789abcdefXYZ"


def test_key_reaches_no_file(
    configured_model: LLMTestServer,
    memory_keyring: MemoryKeyring,
    consultant_home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(KEY + "\n"))
    assert main(["key", "set", "local"]) == 0
    assert memory_keyring.store[("consultant", "local")] == KEY
    assert main(["client", "add", "Acme", "--privacy", "redact"]) == 0
    email = tmp_path / "mail.txt"
    email.write_text("From: a@acme.org\nSubject: hi\n\nPlease call me at +1 555 123 4567.")
    assert main(["ask", "--client", "Acme", str(email)]) == 0
    # The key really was used on the wire …
    assert configured_model.headers[-1].get("authorization", "").endswith(KEY)
    # … and a provider error that echoes it back is scrubbed before it is stored.
    configured_model.mode = "401"
    assert main(["ask", "--client", "Acme", str(email)]) == 1
    assert main(["export", "-o", str(tmp_path / "export")]) == 0
    assert main(["audit"]) == 0
    assert main(["backup"]) == 0
    out, err = capsys.readouterr()
    assert KEY not in out and KEY not in err
    files = [p for p in consultant_home.rglob("*") if p.is_file()]
    files += [p for p in (tmp_path / "export").rglob("*") if p.is_file()]
    assert any(p.name == "settings.json" for p in files)
    assert any(p.suffix == ".sqlite" for p in files)
    for path in files:
        assert KEY.encode() not in path.read_bytes(), f"the API key leaked into {path}"
