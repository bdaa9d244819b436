"""The desktop app as a real process: start-up, single instance, bad database,
and crash safety (kill -9 mid-reply → the partial reply is ``interrupted``)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from consultant.core.models import MessageStatus, Role
from consultant.services.workspace import Workspace
from consultant.ui.single_instance import ALREADY_RUNNING, InstanceLock
from tests.llm_server import LLMTestServer

ROOT = Path(__file__).resolve().parents[3]


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        CONSULTANT_HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
        LITELLM_LOCAL_MODEL_COST_MAP="True", **extra,
    )  # fmt: skip
    return env


def _app(home: Path, **extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "consultant"], cwd=ROOT, env=_env(home, **extra),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def test_window_paints_before_the_store_and_litellm_are_imported(consultant_home: Path) -> None:
    with Workspace.open(consultant_home) as ws:
        ws.add_client("Shown Once Ready")
    proc = _app(consultant_home, CONSULTANT_EXIT_AFTER_PAINT="1")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    painted, ready = (x.split() for x in out.splitlines())
    assert painted[0] == "painted" and painted[3:] == ["litellm=0", "sqlite_utils=0"]
    assert ready[0] == "ready" and ready[3:] == ["litellm=0", "sqlite_utils=1"]
    assert float(painted[1]) < float(ready[1])


def test_second_instance_is_refused(consultant_home: Path) -> None:
    consultant_home.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(consultant_home)
    assert lock.acquire()
    try:
        proc = _app(consultant_home)
        _out, err = proc.communicate(timeout=60)
    finally:
        lock.release()
    assert proc.returncode != 0
    assert ALREADY_RUNNING in err
    assert not (consultant_home / "consultant.sqlite").exists()  # the DB was not touched


def test_damaged_database_is_a_message_not_a_traceback(consultant_home: Path) -> None:
    consultant_home.mkdir(parents=True, exist_ok=True)
    (consultant_home / "consultant.sqlite").write_bytes(b"this is not a database" * 100)
    proc = _app(consultant_home)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert "Traceback" not in err
    assert "consultant:" in err


def _streaming_partial(home: Path) -> bool:
    import sqlite3  # the test reads the file directly, like a second process would

    try:
        conn = sqlite3.connect(f"file:{home / 'consultant.sqlite'}?mode=ro", uri=True, timeout=1)
        try:
            rows = conn.execute(
                "SELECT content FROM messages WHERE status = 'streaming' AND length(content) > 20"
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return bool(rows)


def test_kill_mid_stream_leaves_an_interrupted_partial_reply(
    consultant_home: Path, configured_model: LLMTestServer
) -> None:
    _kill_mid_stream(consultant_home, configured_model, attempts=1)


@pytest.mark.slow
def test_kill_mid_stream_repeatedly(consultant_home: Path, configured_model: LLMTestServer) -> None:
    _kill_mid_stream(consultant_home, configured_model, attempts=3)


def _kill_mid_stream(home: Path, configured_model: LLMTestServer, attempts: int) -> None:
    consultant_home = home
    configured_model.reply_text = " ".join(f"token{i}" for i in range(2000))
    configured_model.chunk_delay = 0.01
    with Workspace.open(consultant_home) as ws:
        client = ws.add_client("Crash Test Client")
        conv = ws.store.conversations.create(client.id or 0, title="crash")
    autosend = consultant_home / "autosend.json"
    for attempt in range(attempts):
        text = f"Please answer at length (attempt {attempt})"
        autosend.write_text(json.dumps({"conversation_id": conv.id, "text": text}))
        proc = _app(consultant_home, CONSULTANT_AUTOSEND_FILE=str(autosend))
        try:
            deadline = time.monotonic() + 90
            while not _streaming_partial(consultant_home):
                assert proc.poll() is None, proc.communicate()[1]
                assert time.monotonic() < deadline, "no partial reply was written"
                time.sleep(0.05)
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.communicate(timeout=30)
        with Workspace.open(consultant_home) as ws:
            messages = ws.store.conversations.messages(conv.id or 0)
        assert len(messages) == 2 * (attempt + 1)
        user, reply = messages[-2], messages[-1]
        assert user.role == Role.USER and user.content == text
        assert reply.status == MessageStatus.INTERRUPTED
        assert reply.content.startswith("token0 token1")
        assert len(reply.content) < len(configured_model.reply_text)


@pytest.mark.parametrize("dummy", [0])
def test_run_in_process_returns_after_close(
    consultant_home: Path, monkeypatch: pytest.MonkeyPatch, qapp: object, dummy: int
) -> None:
    from consultant.ui import app

    monkeypatch.setenv("CONSULTANT_EXIT_AFTER_PAINT", "1")
    assert app.run() == 0
    assert not (consultant_home / "consultant.lock").exists()


def test_unexpected_error_while_opening_is_a_message_and_exit_1(
    consultant_home: Path, monkeypatch: pytest.MonkeyPatch, qapp: object,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from consultant.ui import app
    from consultant.ui.main_window import MainWindow

    def broken(self: MainWindow, workspace: Workspace) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(MainWindow, "attach", broken)
    assert app.run() == 1
    assert "disk on fire" in capsys.readouterr().err
    assert not (consultant_home / "consultant.lock").exists()
