"""Benchmark: sending in a 2 000-message conversation of a large database (a script
printing JSON; not a timed test).

    python tests/bench/bench_send.py [100000] [300000] [--runs 3] [--pause-ms 150]
                                     [--profile FILE] [--sample]

The databases are ``bench_search.py``'s (100 000 / 300 000 messages, 50 clients;
generated once under ``bench-data/``), copied, with one conversation of 2 000
messages added to the first client. The real :class:`MainWindow` runs under the
offscreen platform with the real event loop (``QEventLoop.exec``) against the test
model server (``tests/llm_server.py``) in a process of its own at a lower CPU
priority, streaming 300 tokens at ~100 tokens/s. The interpreter's switch
interval is the main window's (it sets it).

Each run: open another conversation, then the long one (``open``); type a
message letter by letter, 90 ms apart (``typing``); wait ``--pause-ms`` (150 ms:
sent before the context proposal's 600 ms debounce, so the send retrieves the
context itself — the worst case; ``--pause-ms 1500`` sends the proposed context);
press Send (``send``: from the click until the first token is shown); the reply
streams (``stream``) until it is stored; then 300 ms more (``after``). A 2 ms
timer records its own lateness throughout: the longest GUI-thread stall per
phase (``*_max_ms``), and the GUI thread's own CPU time within its longest gap
(``*_busy_ms``: its work, without the time it waited for a core on a loaded
machine). ``first_token_ms`` is from the click to the first text painted in the
reply (the session's first ``sig_text``); ``send_busiest_at_ms`` is when, after the
click, the send phase's busiest gap ended. ``--profile`` writes a cProfile of the
GUI thread during the send phases (``pstats`` file). ``--sample`` prints, for
every gap over 20 ms, the Python stacks of all threads sampled during it (a gap
with few samples is a thread holding the interpreter lock in C: a collection, a
long call); ``BENCH_SEND_GC_TYPES=1`` prints what each full collection walks.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.bench_gui import _search_database, _server_process  # noqa: E402

CONVERSATION_MESSAGES = 2000
TYPED = "firewall change for the vpn portal"
KEY_MS = 90
TICK_MS = 2
TAIL_MS = 300
PHASES = ("open", "typing", "pause", "send", "stream", "after")


def send_database(messages: int) -> tuple[Path, int]:
    """A fresh copy of the search benchmark's database with one long conversation."""
    from consultant.store import Store

    base = _search_database(messages)
    path = ROOT / "bench-data" / f"send-{messages}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(base, path)
    store = Store.open(path)
    # Opening migrates the copy, after a backup of it: not needed for a throwaway copy.
    for backup in (path.parent / "backups").glob(f"{path.stem}-*"):
        backup.unlink()
    client_id = store.db.execute("SELECT id FROM clients ORDER BY id LIMIT 1").fetchone()[0]
    conv = store.conversations.create(client_id, title="long")
    start = datetime(2027, 1, 1, tzinfo=UTC)
    rows = []
    # a chain of replies as the app stores them (parent_id): a message without a
    # parent is not on the shown path once a version is chosen (a regenerate)
    first_id = store.db.execute("SELECT coalesce(max(id), 0) + 1 FROM messages").fetchone()[0]
    for i in range(CONVERSATION_MESSAGES):
        ts = (start + timedelta(seconds=i)).isoformat()
        rows.append({"id": first_id + i, "parent_id": first_id + i - 1 if i else None,
                     "uid": f"send-{i}", "conversation_id": conv.id,
                     "role": "user" if i % 2 == 0 else "assistant",
                     "content": f"Message {i} about the server **update**\n\n- a\n- b\n\n`code`",
                     "status": "complete", "task": "chat", "model": "", "metadata": "{}",
                     "error": "", "created_at": ts, "updated_at": ts})  # fmt: skip
    with store.db.atomic():
        store.db.table("messages").insert_all(rows)
    store.close()
    assert conv.id is not None
    return path, conv.id


SAMPLER: StackSampler | None = None


class StackSampler:
    """Samples the GUI thread's Python stack every millisecond (``--sample``), to
    say what ran during each long gap. Sampling takes the interpreter lock, so
    figures of a sampled run are not reported."""

    def __init__(self) -> None:
        self.gui = threading.get_ident()
        self.samples: list[tuple[float, tuple[str, ...]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sampler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = threading.get_ident()
        while not self._stop.wait(0.001):
            now = time.perf_counter()
            for ident, frame in sys._current_frames().items():
                if ident == me:
                    continue
                stack: list[str] = [] if ident == self.gui else ["[other]"]
                while frame is not None and len(stack) < 14:
                    code = frame.f_code
                    name = Path(code.co_filename).name
                    stack.append(f"{name}:{frame.f_lineno} {code.co_name}")
                    frame = frame.f_back
                if ident == self.gui or "wait" not in stack[1]:
                    self.samples.append((now, tuple(stack)))

    def report(self, gaps: list[tuple[str, float, float]]) -> None:
        from collections import Counter

        for phase, start, end in gaps:
            inside = [s for t, s in self.samples if start <= t <= end + 0.002]
            sys.stderr.write(f"\n== {phase} gap {(end - start) * 1000:.1f} ms, "
                             f"{len(inside)} samples\n")  # fmt: skip
            for stack, n in Counter(inside).most_common(10):
                sys.stderr.write(f"  {n:3d}  " + " < ".join(stack[:7]) + "\n")


class Heartbeat:
    """A precise ``TICK_MS`` timer recording its own lateness, per phase."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.phase = "idle"
        self.stalls: dict[str, list[float]] = {p: [] for p in PHASES}
        #: The GUI thread's own CPU time in each gap: what it spent working, not
        #: waiting for a core (a loaded machine) or for the interpreter lock.
        self.busy: dict[str, list[float]] = {p: [] for p in PHASES}
        self._last = 0
        self._last_cpu = 0.0
        self._phase_ns = 0
        #: ms from the phase's start to the end of its busiest gap
        self.busiest_at: dict[str, float] = {}
        #: Garbage collections per phase: (generation, ms, on the GUI thread)
        self.collections: dict[str, list[tuple[int, float, bool]]] = {p: [] for p in PHASES}
        #: the collecting thread's CPU time in each collection (not waiting for a core)
        self.collections_cpu: dict[str, list[float]] = {p: [] for p in PHASES}
        self._gc_started: dict[int, tuple[float, float]] = {}
        self._gui_thread = threading.get_ident()
        #: (phase, start, end) in perf_counter seconds of each gap over 20 ms
        self.long_gaps: list[tuple[str, float, float]] = []

    def _on_gc(self, event: str, info: dict[str, int]) -> None:
        thread = threading.get_ident()
        if event == "start":
            if info["generation"] == 2 and os.environ.get("BENCH_SEND_GC_TYPES"):
                from collections import Counter

                kinds: Counter[str] = Counter()  # what the collection walks, by type
                for o in gc.get_objects():
                    kinds[type(o).__name__] += 1 + len(gc.get_referents(o))
                sys.stderr.write(f"full collection in {self.phase}: {kinds.most_common(8)}\n")
            self._gc_started[thread] = (time.perf_counter(), time.thread_time())
            return
        began = self._gc_started.pop(thread, None)
        if began is not None and self.phase in self.collections:
            ms = (time.perf_counter() - began[0]) * 1000
            self.collections[self.phase].append(
                (info["generation"], round(ms, 2), thread == self._gui_thread)
            )
            self.collections_cpu[self.phase].append(
                round((time.thread_time() - began[1]) * 1000, 2)
            )

    def start(self) -> None:
        gc.callbacks.append(self._on_gc)
        self.clock.start()
        self._last = self.clock.nsecsElapsed()
        self._last_cpu = time.thread_time()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)

    def set_phase(self, phase: str) -> None:
        self._tick()  # a stall before the change belongs to the phase before
        self.phase = phase
        self._phase_ns = self.clock.nsecsElapsed()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        cpu = time.thread_time()
        gap = (now - self._last) / 1e6 - TICK_MS
        busy = (cpu - self._last_cpu) * 1000
        self._last, self._last_cpu = now, cpu
        if gap > 20 and self.phase in self.stalls:
            end = time.perf_counter()
            self.long_gaps.append((self.phase, end - (gap + TICK_MS) / 1000, end))
        if self.phase in self.stalls:
            self.stalls[self.phase].append(max(gap, 0.0))
            if busy > max(self.busy[self.phase], default=0.0):
                self.busiest_at[self.phase] = round((now - self._phase_ns) / 1e6, 1)
            self.busy[self.phase].append(busy)

    def now_ms(self) -> float:
        return self.clock.nsecsElapsed() / 1e6


def one_run(app: Any, win: Any, conv_id: int, other_id: int, pause_ms: int,
            profiler: cProfile.Profile | None) -> dict[str, Any]:  # fmt: skip
    from PySide6.QtCore import QEventLoop, QTimer

    beat = Heartbeat()
    loop = QEventLoop()
    keys = list(TYPED)
    marks: dict[str, float] = {}

    def opened() -> None:
        beat.set_phase("open")
        win.open_message_or_conversation(conv_id)
        # the open is over once its layout and paint have run: the next timer tick
        QTimer.singleShot(300, start_typing)

    def start_typing() -> None:
        beat.set_phase("typing")
        win.composer.edit.setFocus()
        QTimer.singleShot(0, key)

    def key() -> None:
        win.composer.edit.insertPlainText(keys.pop(0))
        if keys:
            QTimer.singleShot(KEY_MS, key)
        else:
            beat.set_phase("pause")
            QTimer.singleShot(pause_ms, press_send)

    def press_send() -> None:
        beat.set_phase("send")
        if profiler is not None:
            profiler.enable()
        marks["send"] = beat.now_ms()
        win.composer.send_button.click()
        session = win.sessions.get(conv_id)
        if session is None:
            marks["error"] = 1
            QTimer.singleShot(100, loop.quit)
            return
        session.sig_text.connect(first_text)
        session.sig_done.connect(done)

    def first_text(_rid: int, _text: str) -> None:
        if "first" not in marks:
            marks["first"] = beat.now_ms()
            beat.set_phase("stream")

    def done(message: Any) -> None:
        marks["done"] = beat.now_ms()
        marks["reply_id"] = message.id
        beat.set_phase("after")
        QTimer.singleShot(TAIL_MS, finish)

    def finish() -> None:
        beat.set_phase("idle")
        if profiler is not None:
            profiler.disable()
        loop.quit()

    win.open_message_or_conversation(other_id)
    app.processEvents()
    QTimer.singleShot(120_000, loop.quit)
    beat.start()
    QTimer.singleShot(50, opened)
    loop.exec()
    beat.stop()
    if SAMPLER is not None:
        SAMPLER.report([g for g in beat.long_gaps if g[0] in ("send", "stream")])
    out: dict[str, Any] = {f"{p}_max_ms": round(max(beat.stalls[p], default=0.0), 1)
                           for p in PHASES}  # fmt: skip
    out.update({f"{p}_busy_ms": round(max(beat.busy[p], default=0.0), 1) for p in PHASES})
    for p in ("send", "stream"):
        gui = [ms for _g, ms, on_gui in beat.collections[p] if on_gui]
        full = [ms for g, ms, on_gui in beat.collections[p] if on_gui and g == 2]
        out[f"{p}_gc_gui_max_ms"] = max(gui, default=0.0)
        out[f"{p}_gc_gui_full"] = len(full)
        out[f"{p}_gc_gui_full_max_ms"] = max(full, default=0.0)
        # a collection on another thread holds the interpreter lock: the window waits
        other = [ms for _g, ms, on_gui in beat.collections[p] if not on_gui]
        out[f"{p}_gc_other_max_ms"] = max(other, default=0.0)
        out[f"{p}_gc_cpu_max_ms"] = max(beat.collections_cpu[p], default=0.0)
        out[f"{p}_gc_other_full"] = sum(
            1 for g, _ms, on_gui in beat.collections[p] if g == 2 and not on_gui
        )
    out["load_avg"] = round(os.getloadavg()[0], 1)
    out["send_busiest_at_ms"] = beat.busiest_at.get("send", 0.0)
    if "first" in marks:
        out["first_token_ms"] = round(marks["first"] - marks["send"], 1)
    if "reply_id" in marks:
        out["reply_id"] = int(marks["reply_id"])
    if "done" in marks:
        out["reply_s"] = round((marks["done"] - marks["send"]) / 1000, 2)
    if "error" in marks:
        out["error"] = win.composer.notice.text() if hasattr(win.composer, "notice") else "?"
    return out


def regenerate_run(app: Any, win: Any, conv_id: int, reply_id: int) -> dict[str, Any]:
    """Regenerate the last reply of the long conversation (``MainWindow.regenerate``):
    the click's own GUI-thread CPU time, the longest gap until the reply is stored
    (``regenerate_*``) and the time to its first token."""
    from PySide6.QtCore import QEventLoop, QTimer

    beat = Heartbeat()
    loop = QEventLoop()
    marks: dict[str, float] = {}

    def click() -> None:
        beat.set_phase("send")
        marks["send"] = beat.now_ms()
        cpu = time.thread_time()
        turn = win.regenerate(reply_id)
        marks["click_cpu_ms"] = (time.thread_time() - cpu) * 1000
        session = win.sessions.get(conv_id)
        if turn is None or session is None:
            marks["error"] = 1
            QTimer.singleShot(100, loop.quit)
            return
        marks["deferred"] = float(turn.pending is not None)
        session.sig_text.connect(lambda *_a: marks.setdefault("first", beat.now_ms()))
        session.sig_done.connect(lambda _m: QTimer.singleShot(TAIL_MS, loop.quit))

    QTimer.singleShot(120_000, loop.quit)
    beat.start()
    QTimer.singleShot(300, click)
    loop.exec()
    beat.set_phase("idle")
    beat.stop()
    if SAMPLER is not None:
        SAMPLER.report([("regenerate", a, b) for p, a, b in beat.long_gaps if p == "send"])
    out: dict[str, Any] = {
        "regenerate_click_cpu_ms": round(marks.get("click_cpu_ms", 0.0), 1),
        "regenerate_max_ms": round(max(beat.stalls["send"], default=0.0), 1),
        "regenerate_busy_ms": round(max(beat.busy["send"], default=0.0), 1),
        "regenerate_deferred": bool(marks.get("deferred")),
    }
    if "first" in marks:
        out["regenerate_first_token_ms"] = round(marks["first"] - marks["send"], 1)
    if "error" in marks:
        notice = getattr(win.composer, "notice", None)
        out["regenerate_error"] = notice.text() if notice is not None else True
    return out


def bench_size(app: Any, size: int, runs: int, pause_ms: int, api_base: str,
               profiler: cProfile.Profile | None) -> dict[str, Any]:  # fmt: skip
    from consultant.core.settings import ProviderSettings, Settings, save_settings
    from consultant.services.workspace import Workspace
    from consultant.store import Store
    from consultant.ui.background import wait_for_background
    from consultant.ui.main_window import MainWindow

    path, conv_id = send_database(size)
    ws = Workspace(Store.open(path), Path(tempfile.mkdtemp(prefix="consultant-bench-")))
    other = ws.store.db.execute(
        "SELECT id FROM conversations WHERE id != ? ORDER BY id LIMIT 1", [conv_id]
    ).fetchone()[0]
    save_settings(Settings(
        providers=[ProviderSettings(id="local", kind="openai_compatible",
                                    api_base=api_base, models=["m"])],
        default_model="local/m",
    ))  # fmt: skip
    win = MainWindow(ws)
    win.resize(1280, 800)
    win.show()
    app.processEvents()
    win.reload_models()
    one_run(app, win, conv_id, other, pause_ms, None)  # page cache, first-use costs
    results = []
    for _ in range(runs):
        result = one_run(app, win, conv_id, other, pause_ms, profiler)
        if "reply_id" in result:  # then regenerate that reply
            result.update(regenerate_run(app, win, conv_id, result.pop("reply_id")))
        results.append(result)
    tracked = gc.get_objects()  # what a full collection walks (frozen objects are not)
    if os.environ.get("BENCH_SEND_GC_TYPES"):
        from collections import Counter

        kinds = Counter(type(o).__name__ for o in tracked)
        frozen = gc.get_freeze_count()
        sys.stderr.write(f"{len(tracked)} tracked, {frozen} frozen: {kinds.most_common(15)}\n")
    gc_tracked = len(tracked)
    del tracked
    win.close()
    wait_for_background(60_000)
    app.processEvents()
    ws.close()
    summary: dict[str, Any] = {}
    keys = [f"{p}_max_ms" for p in PHASES] + [f"{p}_busy_ms" for p in PHASES]
    keys += [
        "send_gc_gui_max_ms",
        "send_gc_gui_full_max_ms",
        "send_gc_other_max_ms",
        "stream_gc_gui_max_ms",
    ]
    keys += ["regenerate_click_cpu_ms", "regenerate_busy_ms", "regenerate_max_ms"]
    for key in [*keys, "first_token_ms", "regenerate_first_token_ms"]:
        values = [r[key] for r in results if key in r]
        if values:
            summary[key] = {"p50": round(statistics.median(values), 1), "max": max(values)}
    summary["gc_tracked_objects"] = gc_tracked
    summary["runs"] = results
    return summary


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[100_000, 300_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pause-ms", type=int, default=150)
    parser.add_argument("--profile", default="")
    parser.add_argument(
        "--sample", action="store_true", help="print the GUI thread's stacks during gaps over 20 ms"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CONSULTANT_HOME"] = tempfile.mkdtemp(prefix="consultant-bench-")
    os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"

    from PySide6.QtWidgets import QApplication

    from consultant.ui.stream_worker import start_preload
    from consultant.ui.theme import apply_theme

    app = QApplication(sys.argv)
    apply_theme(app)
    start_preload().join(180)
    # CPU time of the GUI thread (on a loaded machine wall time mostly measures waiting)
    profiler = cProfile.Profile(time.thread_time) if args.profile else None
    reply = " ".join(f"tok{i}" for i in range(300))
    out: dict[str, Any] = {
        "pause_ms": args.pause_ms,
        "runs": args.runs,
    }
    started = time.perf_counter()
    if args.sample:
        global SAMPLER
        SAMPLER = StackSampler()
        SAMPLER.start()
    with _server_process(reply, chunk_delay=0.01) as api_base:  # ~100 tokens/s
        for size in args.sizes:
            out[str(size)] = bench_size(app, size, args.runs, args.pause_ms, api_base, profiler)
    out["switch_interval_s"] = sys.getswitchinterval()
    out["wall_s"] = round(time.perf_counter() - started, 1)
    if profiler is not None:
        profiler.dump_stats(args.profile)
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
