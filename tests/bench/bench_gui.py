"""GUI benchmarks (a script printing JSON; not a timed test).

    python tests/bench/bench_gui.py

- start: process start → main window painted (offscreen, median of 5; target ≤ 0.6 s)
- open_2000: opening a 2 000-message conversation (target ≤ 300 ms)
- stall: the longest GUI event-loop stall while streaming 100 tokens/s into it
  (a 5 ms timer records its own lateness; target ≤ 30 ms)
- rss: resident memory after start and after the first streamed reply
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def bench_start(runs: int = 5) -> dict[str, float]:
    times: list[float] = []
    for _ in range(runs):
        home = tempfile.mkdtemp(prefix="consultant-bench-")
        env = dict(os.environ, CONSULTANT_HOME=home, QT_QPA_PLATFORM="offscreen",
                   CONSULTANT_EXIT_AFTER_PAINT="1", PYTHONPATH=str(ROOT))  # fmt: skip
        t0 = time.monotonic()
        out = subprocess.run([sys.executable, "-m", "consultant"], env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=120).stdout  # fmt: skip
        painted = float(next(x for x in out.splitlines() if x.startswith("painted")).split()[1])
        times.append(painted - t0)
    return {"median_s": round(statistics.median(times), 3), "runs": [round(t, 3) for t in times]}


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CONSULTANT_HOME"] = tempfile.mkdtemp(prefix="consultant-bench-")
    os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
    results: dict[str, object] = {"start": bench_start()}

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from consultant.core.models import MessageStatus
    from consultant.core.settings import ProviderSettings, Settings, save_settings
    from consultant.services.workspace import Workspace
    from consultant.ui.main_window import MainWindow
    from consultant.ui.stream_worker import start_preload
    from consultant.ui.theme import apply_theme
    from tests.llm_server import run_server

    app = QApplication(sys.argv)
    apply_theme(app)
    home = Path(os.environ["CONSULTANT_HOME"])
    ws = Workspace.open(home)
    client = ws.add_client("Bench Client")
    conv = ws.store.conversations.create(client.id or 0, title="long")
    start = datetime(2025, 1, 1, tzinfo=UTC)
    rows = []
    for i in range(2000):
        ts = (start + timedelta(seconds=i)).isoformat()
        rows.append({"uid": f"b{i}", "conversation_id": conv.id,
                     "role": "user" if i % 2 == 0 else "assistant",
                     "content": f"Message {i} with **markdown**\n\n- a\n- b\n\n`code`",
                     "status": "complete", "task": "chat", "model": "", "metadata": "{}",
                     "error": "", "created_at": ts, "updated_at": ts})  # fmt: skip
    with ws.store.db.atomic():
        ws.store.db["messages"].insert_all(rows)

    win = MainWindow(ws)
    win.resize(1280, 800)
    win.show()
    app.processEvents()
    results["rss_after_start_mb"] = round(_rss_mb(), 1)

    t0 = time.perf_counter()
    win.open_message_or_conversation(conv.id or 0)
    win.view.doItemsLayout()
    win.view.viewport().repaint()
    app.processEvents()
    results["open_2000_ms"] = round((time.perf_counter() - t0) * 1000, 1)

    with run_server() as server:
        save_settings(Settings(
            providers=[ProviderSettings(id="local", kind="openai_compatible",
                                        api_base=server.api_base, models=["m"])],
            default_model="local/m",
        ))  # fmt: skip
        win.reload_models()
        start_preload().join(120)
        server.reply_text = " ".join(f"tok{i}" for i in range(300)) + "\n\n| a | b |\n|--|--|\n"
        server.chunk_delay = 0.01  # ~100 tokens/s
        for run in ("first", "second"):
            lateness: list[float] = []
            clock = QElapsedTimer()
            clock.start()
            last = [clock.elapsed()]
            timer = QTimer()
            timer.setInterval(5)

            def tick(clock: QElapsedTimer = clock, lateness: list[float] = lateness,
                     last: list[int] = last) -> None:
                now = clock.elapsed()
                lateness.append(now - last[0] - 5)
                last[0] = now

            timer.timeout.connect(tick)
            t_send = time.perf_counter()
            win.send("stream please")
            results[f"stream_{run}_send_prepare_ms"] = round(
                (time.perf_counter() - t_send) * 1000, 1
            )
            last[0] = clock.elapsed()
            timer.start()
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.001)
                items = win.view.model_.items()
                if items and items[-1].status != MessageStatus.STREAMING:
                    break
            timer.stop()
            results[f"stream_{run}_max_stall_ms"] = round(max(lateness), 1) if lateness else None
            results[f"stream_{run}_p99_stall_ms"] = (
                round(sorted(lateness)[int(len(lateness) * 0.99)], 1) if lateness else None
            )
        results["rss_after_first_reply_mb"] = round(_rss_mb(), 1)
        win.close()
    ws.close()
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
