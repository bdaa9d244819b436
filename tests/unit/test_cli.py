"""The command line: round trips, one-line errors, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from consultant.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from consultant import __version__

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"consultant {__version__}"


def test_client_round_trip_and_idempotent_import(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "client", "add", "Acme", "--rate", "120", "--currency", "EUR",
               "--org", "Home health")[0] == 0  # fmt: skip
    assert run(capsys, "client", "add", "Beta Registry", "--privacy", "local_only")[0] == 0
    assert (
        run(capsys, "contact", "add", "--client", "Acme", "Jane@Acme.org", "--role", "IT")[0] == 0
    )
    code, out, _ = run(capsys, "client", "list", "--json")
    listed = json.loads(out)
    assert [c["name"] for c in listed] == ["Acme", "Beta Registry"]
    assert listed[0]["hourly_rate_minor"] == 12000
    assert listed[0]["contacts"][0]["email"] == "jane@acme.org"

    out_dir = tmp_path / "export"
    assert run(capsys, "export", "-o", str(out_dir))[0] == 0
    assert (out_dir / "consultant.json").exists() and (out_dir / "acme.md").exists()
    for _ in range(2):
        code, out, err = run(capsys, "import", str(out_dir / "consultant.json"))
        assert code == 0, err
        assert "created nothing" in out
    code, out, _ = run(capsys, "client", "list", "--json")
    assert len(json.loads(out)) == 2

    # Into another data folder: created once, then nothing new.
    os.environ["CONSULTANT_HOME"] = str(tmp_path / "second")
    code, out, _ = run(capsys, "import", str(out_dir))
    assert "created 2 clients" in out
    code, out, _ = run(capsys, "import", str(out_dir))
    assert "created nothing" in out
    code, out, _ = run(capsys, "client", "list", "--all", "--json")
    assert sorted(c["name"] for c in json.loads(out)) == ["Acme", "Beta Registry"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["client", "show", "Nobody"], "no client named"),
        (["client", "add", "   "], "needs a name"),
        (["client", "add", "X", "--rate", "abc"], "not a valid amount"),
        (["client", "add", "X", "--currency", "EURO"], "not a currency code"),
        (["contact", "add", "--client", "Nobody", "a@b.org"], "no client named"),
        (["import", "/nonexistent/file.json"], "Cannot read"),
        (["client", "delete", "Acme"], "--yes"),
    ],
)
def test_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    run(capsys, "client", "add", "Acme")
    code, _out, err = run(capsys, *args)
    assert code == 1
    assert message.lower() in err.lower()
    assert err.count("\n") == 1 and "Traceback" not in err


def test_duplicate_client_any_case(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "client", "add", "Acme")
    code, _, err = run(capsys, "client", "add", "  ACME ")
    assert code == 1 and "already exists" in err


def test_search_json_scoped(capsys: pytest.CaptureFixture[str]) -> None:
    from consultant.core.models import Role
    from consultant.services.workspace import Workspace

    with Workspace.open() as ws:
        for name in ("Acme", "Beta"):
            client = ws.add_client(name)
            assert client.id is not None
            conv = ws.store.conversations.create(client.id, f"{name} VPN")
            assert conv.id is not None
            ws.store.conversations.add_message(conv.id, Role.USER, f"The VPN for {name} is down")
    code, out, _ = run(capsys, "search", "vpn down", "--client", "beta", "--json")
    hits = json.loads(out)
    assert code == 0 and [h["client"] for h in hits] == ["Beta"]
    assert "[VPN]" in hits[0]["snippet"]
    code, out, _ = run(capsys, "search", '"((AND*', "--json")
    assert code == 0 and json.loads(out) == []


def test_delete_takes_backup(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "client", "add", "Gone")
    code, out, _ = run(capsys, "client", "delete", "gone", "--yes")
    assert code == 0 and "backup" in out.lower()
    backup = Path(out.strip().split("saved to ")[1].rstrip("."))
    assert backup.exists()
    assert run(capsys, "client", "show", "Gone")[0] == 1


def test_subprocess_usage_error_and_newer_database(tmp_path: Path) -> None:
    env = {**os.environ, "CONSULTANT_HOME": str(tmp_path / "h")}
    proc = subprocess.run(
        [sys.executable, "-m", "consultant", "frobnicate"], capture_output=True, text=True,
        env=env, check=False,
    )  # fmt: skip
    assert proc.returncode == 2 and "invalid choice" in proc.stderr
    assert "Traceback" not in proc.stderr

    subprocess.run([sys.executable, "-m", "consultant", "client", "add", "A"], env=env, check=True)
    import sqlite3

    conn = sqlite3.connect(tmp_path / "h" / "consultant.sqlite")
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('consultant', '9000_future', 'x')"
    )
    conn.commit()
    conn.close()
    proc = subprocess.run(
        [sys.executable, "-m", "consultant", "client", "list"], capture_output=True, text=True,
        env=env, check=False,
    )  # fmt: skip
    assert proc.returncode == 1
    assert "newer version of Consultant" in proc.stderr and "Traceback" not in proc.stderr
