"""Recovery on open takes only replies whose writer is gone.

A reply being streamed records its writer; the writer holds an OS lock on its
lock file while its database is open. Opening the database in a second process
(a CLI command while the desktop streams) leaves a live writer's reply
``streaming``; once the writer is dead (kill -9), the next open marks it
``interrupted`` with its partial text.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from consultant.core.models import MessageStatus, Role
from consultant.store import Store

LOCKS_DIR = "locks"  # under the data folder

ROOT = Path(__file__).resolve().parents[3]

WRITER = textwrap.dedent(
    """
    import sys
    from consultant.store import Store

    store = Store.open(sys.argv[1])
    conv = int(sys.argv[2])
    reply = store.conversations.add_message(conv, "assistant", "", status="streaming")
    store.conversations.update_streaming(reply.id or 0, "partial text so far")
    print(reply.id, reply.metadata.get("writer", "none"), flush=True)
    sys.stdin.read()  # streams until told to stop (or killed)
    """
)


def _conversation(path: Path) -> int:
    with Store.open(path) as store:
        client = store.clients.add("Recovery Client")
        conv = store.conversations.create(client.id or 0, "live")
        store.conversations.add_message(conv.id or 0, Role.USER, "question")
        return conv.id or 0


def _start_writer(path: Path, conv: int) -> tuple[subprocess.Popen[str], int, str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(conv)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline()  # blocks until the reply is stored
    assert line, proc.communicate()[1]
    reply_id, writer = line.split()
    return proc, int(reply_id), writer


def test_a_second_process_leaves_a_live_reply_streaming(tmp_path: Path) -> None:
    path = tmp_path / "consultant.sqlite"
    conv = _conversation(path)
    proc, reply_id, writer = _start_writer(path, conv)
    try:
        lock_file = tmp_path / LOCKS_DIR / f"writer-{writer}.lock"
        with Store.open(path) as other:  # e.g. `consultant client list` meanwhile
            reply = other.conversations.get_message(reply_id)
            assert reply.status == MessageStatus.STREAMING
            assert reply.content == "partial text so far"
        assert lock_file.exists()
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
    with Store.open(path) as after:
        reply = after.conversations.get_message(reply_id)
        assert reply.status == MessageStatus.INTERRUPTED
        assert reply.content == "partial text so far"
        assert "writer" not in reply.metadata
    assert not lock_file.exists()  # the dead writer's lock file is cleaned up


def test_a_writer_that_closed_normally_is_recovered_on_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "consultant.sqlite"
    conv = _conversation(path)
    proc, reply_id, writer = _start_writer(path, conv)
    assert proc.stdin is not None
    proc.stdin.close()  # the writer exits without closing its store or the reply
    assert proc.wait(timeout=30) == 0
    with Store.open(path) as store:
        assert store.conversations.get_message(reply_id).status == MessageStatus.INTERRUPTED
    assert not (tmp_path / LOCKS_DIR / f"writer-{writer}.lock").exists()


def test_replies_of_this_process_stay_streaming_for_its_other_connections(
    tmp_path: Path,
) -> None:
    path = tmp_path / "consultant.sqlite"
    conv = _conversation(path)
    with Store.open(path) as writer:
        reply = writer.conversations.add_message(
            conv, Role.ASSISTANT, "", status=MessageStatus.STREAMING
        )
        with Store.open(path) as second:
            status = second.conversations.get_message(reply.id or 0).status
            assert status == MessageStatus.STREAMING
        done = writer.conversations.finish_message(
            reply.id or 0, content="done", status=MessageStatus.COMPLETE
        )
        assert "writer" not in done.metadata


def test_rows_without_a_live_writer_are_recovered(tmp_path: Path) -> None:
    """Older versions recorded no writer; a forged writer id names no file."""
    path = tmp_path / "consultant.sqlite"
    conv = _conversation(path)
    outside = tmp_path / "writer-x.lock"
    outside.write_text("keep me")
    with Store.open(path) as store:
        old = store.conversations.add_message(conv, Role.ASSISTANT, "old partial")
        forged = store.conversations.add_message(conv, Role.ASSISTANT, "forged partial")
        store.db.execute(
            "UPDATE messages SET status = 'streaming', metadata = '{}' WHERE id = ?", [old.id]
        )
        store.db.execute(
            "UPDATE messages SET status = 'streaming', metadata = ? WHERE id = ?",
            ['{"writer": "../x"}', forged.id],
        )
    with Store.open(path) as store:
        for message in (old, forged):
            again = store.conversations.get_message(message.id or 0)
            assert again.status == MessageStatus.INTERRUPTED
            assert again.content == message.content
    assert outside.read_text() == "keep me"
