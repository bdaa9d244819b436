"""Health data stays private on a shared machine: folders 0700, files 0600.

Every check walks the whole data folder (and the export folder) and stats each
entry, after real operations on real files: the CLI in a subprocess, real SQLite
(with its ``-wal``/``-shm`` files), a real log file. The umask is set to 0 for
the operations, so nothing passes by relying on it. POSIX only: on Windows
``chmod`` only toggles the read-only flag.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from consultant.core import paths

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    """umask 0: any file or folder created without an explicit mode is 0666/0777."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def modes(root: Path) -> dict[str, int]:
    """``{relative path: permission bits}`` for ``root`` and everything below it."""
    found = {".": stat.S_IMODE(root.stat().st_mode)}
    for folder, dirs, files in os.walk(root):
        for name in (*dirs, *files):
            full = Path(folder) / name
            found[str(full.relative_to(root))] = stat.S_IMODE(full.lstat().st_mode)
    return found


def loose(root: Path) -> dict[str, str]:
    """Entries that are not 0700 (folders) or 0600 (files), as octal strings."""
    wrong: dict[str, str] = {}
    for rel, mode in modes(root).items():
        wanted = paths.PRIVATE_DIR_MODE if (root / rel).is_dir() else paths.PRIVATE_FILE_MODE
        if mode != wanted:
            wrong[rel] = oct(mode)
    return wrong


def consultant(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``consultant ARGS`` as a user runs it (``python -m consultant``)."""
    env = {**os.environ, "CONSULTANT_HOME": str(home)}
    proc = subprocess.run(
        [sys.executable, "-m", "consultant", *args], capture_output=True, text=True, env=env,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return proc


def write_log_line(home: Path) -> Path:
    """Open the log file the way the app does and write to it."""
    code = (
        "from consultant import cli; path = cli._setup_logging(); "
        "cli.log.warning('a line for the log'); print(path)"
    )
    env = {**os.environ, "CONSULTANT_HOME": str(home)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout
    return Path(out.strip())


def add_message(home: Path) -> None:
    """A conversation and a message, written through the store (WAL left open)."""
    from consultant.core.models import Role
    from consultant.services.workspace import Workspace

    with Workspace.open(home) as ws:
        client = ws.client("Sunrise Home Health")
        assert client.id is not None
        conv = ws.store.conversations.create(client.id, "Patient portal login")
        assert conv.id is not None
        ws.store.conversations.add_message(conv.id, Role.USER, "Mrs Jones cannot log in.")
        # While the connection is open SQLite keeps -wal and -shm beside the file.
        sides = {p.name for p in home.iterdir()}
        assert {"consultant.sqlite-wal", "consultant.sqlite-shm"} <= sides
        assert loose(home) == {}


def test_everything_the_app_writes_is_private(tmp_path: Path) -> None:
    home = tmp_path / "data"
    consultant(home, "client", "add", "Sunrise Home Health")
    assert modes(home)["."] == 0o700
    assert modes(home)["consultant.sqlite"] == 0o600
    assert loose(home) == {}

    add_message(home)
    assert loose(home) == {}

    out = consultant(home, "backup").stdout
    backups = list((home / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name in out
    assert loose(home) == {}

    log_file = write_log_line(home)
    assert log_file == home / "logs" / "consultant.log"
    assert "a line for the log" in log_file.read_text(encoding="utf-8")
    assert loose(home) == {}

    export = tmp_path / "exports" / "sunrise"
    consultant(home, "export", "-o", str(export))
    assert {p.name for p in export.iterdir()} == {"consultant.json", "sunrise-home-health.md"}
    assert loose(export) == {}
    assert loose(home) == {}

    # A client deleted with its history: the backup taken first is private too.
    consultant(home, "client", "delete", "Sunrise Home Health", "--yes")
    assert len(list((home / "backups").iterdir())) == 2
    assert loose(home) == {}
    assert {"backups", "logs", "consultant.sqlite"} <= set(modes(home))


def test_pre_migration_backup_is_private(tmp_path: Path) -> None:
    """An older schema (written world-readable) is backed up before migrating: 0600."""
    from consultant.store.db import connect
    from consultant.store.migrations import known_names, migrations

    home = tmp_path / "data"
    home.mkdir(mode=0o755)
    db = connect(home / paths.DB_FILENAME)
    migrations.apply(db, stop_before=known_names()[-1])
    db.close()
    os.chmod(home, 0o755)
    os.chmod(home / paths.DB_FILENAME, 0o644)

    consultant(home, "client", "list")
    backups = list((home / "backups").iterdir())
    assert len(backups) == 1 and f"before-{known_names()[-1]}" in backups[0].name
    assert loose(home) == {}


def test_a_loose_folder_from_an_older_version_is_tightened(tmp_path: Path) -> None:
    home = tmp_path / "data"
    consultant(home, "client", "add", "Acme")
    consultant(home, "backup")
    write_log_line(home)
    from consultant.core.settings import Settings, save_settings

    save_settings(Settings(), home / "config" / "settings.json")
    (home / "config" / "prompts").mkdir(mode=0o755)
    (home / "config" / "prompts" / "reply.md").write_text("Be brief.\n", encoding="utf-8")
    for side in ("-wal", "-shm"):  # left behind by a crash
        (home / f"consultant.sqlite{side}").touch()
    # What an older version left with umask 022: 0755 folders, 0644 files.
    for rel in modes(home):
        full = home / rel
        os.chmod(full, 0o755 if full.is_dir() else 0o644)
    assert set(loose(home)) == set(modes(home))

    consultant(home, "client", "list")
    assert loose(home) == {}
    assert {"config/settings.json", "config/prompts/reply.md", "logs/consultant.log"} <= set(
        modes(home)
    )


def test_other_things_in_the_data_folder_are_left_alone(tmp_path: Path) -> None:
    """A data folder the user also keeps other files in: only Consultant's change."""
    home = tmp_path / "data"
    home.mkdir(mode=0o755)
    os.chmod(home, 0o755)
    (home / "shared").mkdir(mode=0o755)
    os.chmod(home / "shared", 0o755)
    (home / "shared" / "agenda.txt").write_text("team agenda\n", encoding="utf-8")
    os.chmod(home / "shared" / "agenda.txt", 0o644)
    consultant(home, "client", "add", "Acme")
    found = modes(home)
    assert found["shared"] == 0o755 and found["shared/agenda.txt"] == 0o644
    assert set(loose(home)) == {"shared", "shared/agenda.txt"}


def test_only_group_and_other_bits_are_removed(tmp_path: Path) -> None:
    """An older file the user made read-only stays read-only (no bits are added)."""
    home = tmp_path / "data"
    home.mkdir(mode=0o755)
    os.chmod(home, 0o755)
    note = home / "readme.txt"
    note.write_text("mine\n", encoding="utf-8")
    os.chmod(note, 0o444)
    link = home / "elsewhere"
    outside = tmp_path / "outside.txt"
    outside.write_text("not ours to change\n", encoding="utf-8")
    os.chmod(outside, 0o644)
    link.symlink_to(outside)

    paths.tighten_tree(home)
    assert modes(home)["."] == 0o700
    assert modes(home)["readme.txt"] == 0o400
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644  # links are not followed


def test_helpers_set_exact_modes(tmp_path: Path) -> None:
    folder = paths.private_dir(tmp_path / "a" / "b")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    os.chmod(folder, 0o755)
    paths.private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    os.chmod(folder, 0o755)
    paths.private_dir(folder, tighten=False)  # a folder the user chose keeps its mode
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755

    target = folder / "export.json"
    target.write_text("old, world-readable\n", encoding="utf-8")
    os.chmod(target, 0o644)
    paths.write_private_file(target, "ünïcode\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8") == "ünïcode\n"
    paths.write_private_file(target, b"\x00bytes")
    assert target.read_bytes() == b"\x00bytes"

    created = paths.create_private_file(folder / "new.log")
    assert stat.S_IMODE(created.stat().st_mode) == 0o600 and created.read_bytes() == b""
    created.write_text("kept\n", encoding="utf-8")
    os.chmod(created, 0o664)
    paths.create_private_file(created)
    assert stat.S_IMODE(created.stat().st_mode) == 0o600
    assert created.read_text(encoding="utf-8") == "kept\n"


def test_a_new_database_is_private_before_sqlite_writes(tmp_path: Path) -> None:
    from consultant.store.db import connect

    target = tmp_path / "db" / "consultant.sqlite"
    target.parent.mkdir()
    db = connect(target)
    db.execute("CREATE TABLE t (x)")
    db.execute("INSERT INTO t VALUES (1)")
    found = {p.name: stat.S_IMODE(p.stat().st_mode) for p in target.parent.iterdir()}
    db.close()
    assert found == {
        "consultant.sqlite": 0o600,
        "consultant.sqlite-wal": 0o600,
        "consultant.sqlite-shm": 0o600,
    }


def test_saving_settings_alone_keeps_config_private(tmp_path: Path) -> None:
    from consultant.core.settings import Settings, save_settings

    home = tmp_path / "data"
    paths.private_dir(home)
    save_settings(Settings(), home / "config" / "settings.json")
    assert loose(home) == {}


def start_desktop_app(home: Path) -> None:
    """``python -m consultant`` (the window), offscreen, closed once it is ready."""
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ, "CONSULTANT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(root), "LITELLM_LOCAL_MODEL_COST_MAP": "True",
        "CONSULTANT_EXIT_AFTER_PAINT": "1",
    }  # fmt: skip
    proc = subprocess.run(
        [sys.executable, "-m", "consultant"], cwd=root, env=env, capture_output=True,
        text=True, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr


#: Written by Qt (``QSettings``) in ``ui/main_window.py`` when the window closes.
UI_INI = {"config", "config/ui.ini"}


def test_desktop_app_start_leaves_a_private_folder(tmp_path: Path) -> None:
    """The desktop app: log, lock, database private at once; everything from the
    second start on (opening the store tightens what the last run's Qt wrote)."""
    home = tmp_path / "data"
    start_desktop_app(home)
    assert {"consultant.sqlite", "logs/consultant.log"} <= set(modes(home))
    assert set(loose(home)) <= UI_INI
    start_desktop_app(home)
    assert set(modes(home)) >= UI_INI
    assert loose(home) == {}


def test_desktop_app_first_start_is_private(tmp_path: Path) -> None:
    home = tmp_path / "data"
    start_desktop_app(home)
    assert loose(home) == {}
