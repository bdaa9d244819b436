"""``consultant ask`` keeps what it streamed when it is stopped.

Real ``python -m consultant ask`` processes stream from the loopback test server
(slowly: ``chunk_delay``) and are stopped mid-reply with kill -9, SIGTERM, SIGHUP
and Ctrl-C (SIGINT). After reopening the database the partial reply is there:
``interrupted`` (kill -9: the last periodic save; SIGTERM, SIGHUP: everything
printed), or ``cancelled`` for Ctrl-C. A stopped process prints one line and exits
non-zero.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from consultant.core.models import MessageStatus, Role
from consultant.services.workspace import Workspace
from tests.llm_server import LLMTestServer

ROOT = Path(__file__).resolve().parents[2]
CHUNK = 8  # characters per streamed chunk
NAME = "Signal Test Client"

#: signal → (exit status, the reply's status after reopening)
OUTCOMES: dict[signal.Signals, tuple[int, MessageStatus]] = {
    signal.SIGKILL: (-signal.SIGKILL, MessageStatus.INTERRUPTED),
    signal.SIGTERM: (128 + signal.SIGTERM, MessageStatus.INTERRUPTED),
    signal.SIGHUP: (128 + signal.SIGHUP, MessageStatus.INTERRUPTED),
    signal.SIGINT: (130, MessageStatus.CANCELLED),
}


def ask_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        CONSULTANT_HOME=str(home), PYTHONPATH=str(ROOT), LITELLM_LOCAL_MODEL_COST_MAP="True",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )  # fmt: skip
    return env


def start_ask(home: Path, client: str, conversation_id: int) -> subprocess.Popen[bytes]:
    question = home / f"question-{conversation_id}.txt"
    question.write_text("Please answer at length.")
    return subprocess.Popen(
        [
            sys.executable, "-m", "consultant", "ask", "--client", client,
            "--conversation", str(conversation_id), "--context", "none", str(question),
        ],
        cwd=ROOT, env=ask_env(home), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )  # fmt: skip


def streaming_reply(db_path: Path, conversation_id: int, min_chars: int = 20) -> str | None:
    """The reply's saved text while it is ``streaming`` (read like another process)."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute(
                "SELECT content FROM messages WHERE conversation_id = ? AND role = 'assistant' "
                "AND status = 'streaming' AND length(content) >= ?",
                (conversation_id, min_chars),
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])


def wait_for_partial(
    proc: subprocess.Popen[bytes], db_path: Path, conversation_id: int, timeout: float = 120
) -> str:
    deadline = time.monotonic() + timeout
    while True:
        text = streaming_reply(db_path, conversation_id)
        if text is not None:
            return text
        if proc.poll() is not None:
            raise AssertionError(f"ask ended early: {proc.communicate()[1].decode()}")
        assert time.monotonic() < deadline, "no partial reply was saved"
        time.sleep(0.05)


def slow_reply(server: LLMTestServer) -> None:
    server.reply_text = "".join(f"w{i:05d} " for i in range(4000))  # 32 000 characters
    server.chunk_chars = CHUNK
    server.chunk_delay = 0.005  # ~1.6 kB/s: minutes to finish, never within a test


@dataclass
class Trial:
    sig: signal.Signals
    conversation_id: int
    proc: subprocess.Popen[bytes]


def run_trials(home: Path, server: LLMTestServer, signals: list[signal.Signals]) -> None:
    slow_reply(server)
    with Workspace.open(home) as ws:
        client = ws.client(NAME) if ws.clients() else ws.add_client(NAME)
        assert client.id is not None
        conversations = [
            ws.store.conversations.create(client.id, title=f"trial {i}").id or 0
            for i in range(len(signals))
        ]
    db_path = home / "consultant.sqlite"
    trials = [
        Trial(sig, cid, start_ask(home, client.name, cid))
        for sig, cid in zip(signals, conversations, strict=True)
    ]
    try:
        for trial in trials:  # all stream at once: each one's opening must spare the others
            wait_for_partial(trial.proc, db_path, trial.conversation_id)
        for trial in trials:
            assert streaming_reply(db_path, trial.conversation_id) is not None
            os.kill(trial.proc.pid, trial.sig)
        results = [(trial, *trial.proc.communicate(timeout=30)) for trial in trials]
    finally:
        for trial in trials:
            if trial.proc.poll() is None:
                trial.proc.kill()
                trial.proc.communicate()
    with Workspace.open(home) as ws:
        for trial, out, err in results:
            code, status = OUTCOMES[trial.sig]
            label = f"{trial.sig.name}: {err.decode()}"
            assert trial.proc.returncode == code, label
            messages = ws.store.conversations.messages(trial.conversation_id)
            assert [m.role for m in messages] == [Role.USER, Role.ASSISTANT], label
            reply = messages[1]
            printed = out.decode()
            assert reply.status == status, label
            assert len(reply.content) >= 20, label
            assert server.reply_text.startswith(reply.content), label
            assert "writer" not in reply.metadata
            if trial.sig == signal.SIGKILL:
                assert printed.startswith(reply.content)  # the last periodic save
                assert err == b""
                continue
            # Caught: everything printed is saved (give or take the chunk the
            # signal landed beside), one line is printed, the error is named.
            assert abs(len(reply.content) - len(printed)) <= CHUNK, label
            assert printed.startswith(reply.content) or reply.content.startswith(printed)
            lines = err.decode().splitlines()
            assert len(lines) == 1 and lines[0].startswith("consultant: Stopped"), label
            assert "Traceback" not in err.decode()
            assert reply.error == ("Stopped." if trial.sig == signal.SIGINT else reply.error)
            assert "Unexpected error" not in reply.error


def test_sigterm_keeps_the_partial_reply(
    consultant_home: Path, configured_model: LLMTestServer
) -> None:
    run_trials(consultant_home, configured_model, [signal.SIGTERM])


#: kill -9 ×3, SIGTERM ×3, SIGHUP ×2, Ctrl-C ×2, five processes at a time (each
#: one's opening of the database runs recovery while the others stream). Each
#: process spends ~5 s of CPU importing litellm: ~30 s on two idle cores.
SLOW_TRIALS = [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP, signal.SIGINT] * 2 + [
    signal.SIGKILL,
    signal.SIGTERM,
]


@pytest.mark.slow
def test_every_signal_keeps_the_partial_reply(
    consultant_home: Path, configured_model: LLMTestServer
) -> None:
    for first in range(0, len(SLOW_TRIALS), 5):
        run_trials(consultant_home, configured_model, SLOW_TRIALS[first : first + 5])
