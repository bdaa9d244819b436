"""Benchmark: the desktop's mail sync — how long the window's event loop stalls.

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_mail_sync_ui.py [--messages 1000]

Starts the throwaway Dovecot of ``tests/imap_server.py`` (skips, printing why, when it
is not installed), delivers ``--messages`` client e-mails (two clients) plus as many of
nobody, opens a ``MainWindow`` on a fresh data folder and runs "Sync mail now"
(``ui/mail_sync.py``: fetch on a worker thread, filing on the GUI thread in slices).
A 5 ms ``QTimer`` on the GUI thread records the gaps between its ticks:

- ``max_stall_ms``: the longest gap (target: ≤ 30 ms above the timer's own 5 ms);
- ``p99_stall_ms``, ``ticks``; ``sync_s``: the sync's wall time; ``stored``.

Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=1000)
    args = parser.parse_args(argv)
    os.environ["CONSULTANT_HOME"] = tempfile.mkdtemp(prefix="consultant-bench-mailui-")
    os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from tests.imap_server import DovecotServer, compose, missing_reason

    reason = missing_reason()
    if reason:
        print(json.dumps({"skipped": reason}))
        return 0
    import keyring
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from consultant.mail.accounts import MailAccount
    from consultant.services import mail_accounts
    from consultant.services.workspace import Workspace
    from consultant.ui.main_window import MainWindow
    from tests.support import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    app = QApplication([])
    server = DovecotServer()
    server.start()
    try:
        box = server.new_user()
        messages = []
        for i in range(args.messages):
            sender = "jane@acme-health.example" if i % 2 else "sam@harbor.example"
            messages.append(compose(sender, "me@example.test", f"Question {i}",
                                    "Could you look at the export? " * 20, mid=f"c{i}@bench"))
            messages.append(compose(f"news{i}@shop.example", "me@example.test", f"Sale {i}",
                                    "50 % off.", mid=f"n{i}@bench"))
        server.deliver(box, messages)
        ws = Workspace.open()
        ws.add_client("Acme Health")
        ws.add_contact("Acme Health", "jane@acme-health.example")
        ws.add_client("Harbor Therapy")
        ws.add_contact("Harbor Therapy", "sam@harbor.example")
        mail_accounts.add_account(
            MailAccount("work", "127.0.0.1", server.port, box.user, security="none"),
            box.password,
        )
        win = MainWindow(ws)
        win.resize(1280, 800)
        win.show()
        app.processEvents()
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]

        def tick() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        sync = win.mail_sync
        started = time.perf_counter()
        timer.start()
        sync.sync_now()
        while sync.running:
            app.processEvents()
        elapsed = time.perf_counter() - started
        timer.stop()
        report = sync.reports[0] if sync.reports else None
        ordered = sorted(gaps)
        results = {
            "messages_in_mailbox": 2 * args.messages,
            "stored": report.stored if report else 0,
            "sync_s": round(elapsed, 2),
            "ticks": len(gaps),
            "max_stall_ms": round(ordered[-1], 1) if ordered else 0.0,
            "p99_stall_ms": round(ordered[int(len(ordered) * 0.99)], 1) if ordered else 0.0,
            "status": sync.status.label.text(),
        }
        win.close()
        ws.close()
        print(json.dumps(results, indent=2))
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
