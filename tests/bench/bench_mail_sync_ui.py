"""Benchmark: the desktop's mail sync — how long the window's event loop stalls.

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_mail_sync_ui.py [--messages 1000]

Starts the throwaway Dovecot of ``tests/imap_server.py`` (skips, printing why, when it
is not installed), delivers ``--messages`` client e-mails (two clients) plus as many of
nobody, opens a ``MainWindow`` on a fresh data folder and runs "Sync mail now"
(``ui/mail_sync.py``: fetch on a worker thread, filing on the GUI thread in slices).
A 5 ms ``QTimer`` on the GUI thread records the gaps between its ticks:

- ``max_stall_ms``: the longest gap (target: ≤ 30 ms above the timer's own 5 ms);
- ``p99_stall_ms``, ``ticks``; ``sync_s``: the sync's wall time; ``stored``;
- ``max_stall_cpu_ms``: the GUI thread's CPU time (``time.thread_time``) in the longest
  gap, and ``max_cpu_gap_ms``: the most GUI-thread CPU time between two ticks — on a
  loaded machine the wall gaps include time the thread waited for a core, the CPU
  figures do not;
- ``gaps_over_30ms`` / ``cpu_gaps_over_30ms``: how many gaps exceed 30 ms (wall / CPU);
- ``gui_store_ms``: the GUI thread's time per message in the filing call the controller
  makes (``mail_sync.file_batch`` / ``mail_sync.store_batch``, one message a call),
  wall and CPU, p50 / p99 / max over the messages (wrapped here, the app is unchanged).

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
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _quantiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {}
    ordered = sorted(values)
    return {
        "p50": round(ordered[len(ordered) // 2], 2),
        "p99": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 2),
        "max": round(ordered[-1], 2),
    }


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
        cpu_gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]
        last_cpu = [time.thread_time()]

        def tick() -> None:
            now = clock.nsecsElapsed()
            cpu = time.thread_time()
            gaps.append((now - last[0]) / 1e6)
            cpu_gaps.append((cpu - last_cpu[0]) * 1000)
            last[0] = now
            last_cpu[0] = cpu

        store_wall: list[float] = []
        store_cpu: list[float] = []
        from consultant.ui import mail_sync as ui_mail_sync

        def timed(func: Any) -> Any:
            def wrapper(*a: Any, **kw: Any) -> Any:
                item = a[2] if len(a) > 2 else kw.get("item")
                n = len(item.batch) if item is not None and item.batch is not None else 0
                w0, c0 = time.perf_counter(), time.thread_time()
                try:
                    return func(*a, **kw)
                finally:
                    if n:
                        store_wall.append((time.perf_counter() - w0) * 1000 / n)
                        store_cpu.append((time.thread_time() - c0) * 1000 / n)
            return wrapper

        services_sync = ui_mail_sync.mail_sync
        originals = {name: getattr(services_sync, name)
                     for name in ("file_batch", "store_batch") if hasattr(services_sync, name)}
        for name, func in originals.items():
            setattr(services_sync, name, timed(func))

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
        for name, func in originals.items():
            setattr(services_sync, name, func)
        report = sync.reports[0] if sync.reports else None
        ordered = sorted(gaps)
        results = {
            "messages_in_mailbox": 2 * args.messages,
            "stored": report.stored if report else 0,
            "sync_s": round(elapsed, 2),
            "ticks": len(gaps),
            "max_stall_ms": round(ordered[-1], 1) if ordered else 0.0,
            "p99_stall_ms": round(ordered[int(len(ordered) * 0.99)], 1) if ordered else 0.0,
            "max_stall_cpu_ms": round(cpu_gaps[gaps.index(ordered[-1])], 1) if gaps else 0.0,
            "max_cpu_gap_ms": round(max(cpu_gaps), 1) if cpu_gaps else 0.0,
            "gaps_over_30ms": sum(1 for g in gaps if g > 30),
            "cpu_gaps_over_30ms": sum(1 for g in cpu_gaps if g > 30),
            "gui_store_ms": {
                "messages": len(store_wall),
                "wall": _quantiles(store_wall),
                "cpu": _quantiles(store_cpu),
            },
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
