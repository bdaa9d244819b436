"""Streaming a reply without blocking the window.

:class:`StreamWorker` is a ``QObject`` moved to its own ``QThread``; it runs
:func:`consultant.services.ask.stream_turn` (no database, no widgets) and reports
through queued signals. It catches every exception and always ends with exactly
one of ``sig_finished`` / ``sig_failed``, and also keeps that outcome in
``outcome`` so a window that is closing can settle it after joining the thread.

:class:`StreamSession` lives in the GUI thread. It owns one worker and thread per
reply, buffers deltas, tells the view at most ~20 times a second
(``sig_text``), writes the partial text to the database at most every ~0.5 s and
at the end (``AskService.save_partial`` / ``finish`` / ``fail``), and records the
gateway's audit entries. ``stop()`` sets the cancel event; ``shutdown()`` (on
close) cancels, joins the thread and settles the reply in the database.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from consultant.core.models import AuditEntry, Message
from consultant.services.ask import (
    AskService,
    BuiltPrompt,
    CompletionResult,
    PreparedTurn,
    TextDelta,
    stream_turn,
)
from consultant.ui import markdown_render

if TYPE_CHECKING:
    from consultant.ui.background import BackgroundTask

__all__ = ["StreamSession", "StreamWorker", "start_preload", "wait_for_preload"]

log = logging.getLogger("consultant.ui")

PAINT_INTERVAL_MS = 50  # ~20 fps for the streaming row
#: The request starts this long after "send", once the window has laid out and
#: painted what the send changed: the first ~50 ms of a litellm request are busy
#: Python (building and validating the request) that would make each of those
#: Python callbacks wait for the interpreter lock. Small next to any model's
#: time to first token.
REQUEST_START_DELAY_MS = 40
SAVE_INTERVAL_S = 0.5


_preload_thread: threading.Thread | None = None


def start_preload() -> threading.Thread:
    """Import litellm on a background thread (after the first paint)."""
    global _preload_thread
    if _preload_thread is None:
        from consultant.services import models

        markdown_render.warm_up()

        _preload_thread = threading.Thread(
            target=_preload, args=(models.preload,), name="litellm-preload", daemon=True
        )
        _preload_thread.start()
    return _preload_thread


def _preload(load: Callable[[], None]) -> None:
    """Import litellm, then take everything alive out of the garbage collector.

    litellm adds ~300 000 long-lived objects; a full collection would then walk
    them all (~200 ms with every thread stopped: a frozen window, e.g. while a
    send loads a long history). ``gc.freeze()`` moves them to the permanent
    generation; collection stays off during the import for the same reason.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        load()
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def wait_for_preload(timeout: float = 120.0) -> None:
    """Let a running preload finish, so litellm is imported by one thread only
    (concurrent first imports of pydantic under PySide6's import hook can fail)."""
    thread = _preload_thread
    if thread is not None and thread is not threading.current_thread():
        thread.join(timeout)


class StreamWorker(QObject):
    """Runs one streamed completion; touches neither widgets nor the database."""

    sig_delta = Signal(str)
    sig_finished = Signal(object)  # CompletionResult
    sig_failed = Signal(object, str)  # exception, partial text
    sig_audit = Signal(object)  # AuditEntry

    def __init__(self, turn: PreparedTurn, cancel: threading.Event) -> None:
        super().__init__()
        self.turn = turn
        self.cancel = cancel
        self.outcome: CompletionResult | BaseException | None = None
        self.partial = ""
        self.audits: list[AuditEntry] = []

    def _audit(self, entry: AuditEntry) -> None:
        self.audits.append(entry)
        self.sig_audit.emit(entry)

    @Slot()
    def run(self) -> None:
        pieces: list[str] = []
        try:
            wait_for_preload()
            result: CompletionResult | None = None
            for event in stream_turn(self.turn, self.cancel, self._audit):
                if isinstance(event, TextDelta):
                    pieces.append(event.text)
                    self.sig_delta.emit(event.text)
                else:
                    result = event
            if result is None:
                raise RuntimeError("The model returned no result.")
            self.outcome = result
            self.sig_finished.emit(result)
        except BaseException as exc:  # every failure ends with a signal
            self.partial = "".join(pieces)
            self.outcome = exc
            self.sig_failed.emit(exc, self.partial)


class StreamSession(QObject):
    """One reply being streamed into one conversation (GUI thread)."""

    sig_text = Signal(int, str)  # reply message id, full text so far
    sig_done = Signal(object)  # the stored reply Message

    def __init__(self, ask: AskService, turn: PreparedTurn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ask = ask
        self.turn = turn
        self.conversation_id = turn.conversation_id
        self.reply_id = turn.reply_message.id or 0
        self.cancel = threading.Event()
        self.text = ""
        self.done = False
        self._shown = ""
        self._saved = ""
        self._last_save = time.monotonic()
        self.qthread = QThread()
        self.qthread.setObjectName(f"stream-{self.reply_id}")
        self.worker = StreamWorker(turn, self.cancel)
        self.worker.moveToThread(self.qthread)
        self.qthread.started.connect(self.worker.run)
        self.worker.sig_delta.connect(self._on_delta)
        self.worker.sig_audit.connect(self._on_audit)
        self.worker.sig_finished.connect(self._on_finished)
        self.worker.sig_failed.connect(self._on_failed)
        self._audited: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(PAINT_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(REQUEST_START_DELAY_MS)
        self._start_timer.timeout.connect(self._start_worker)
        self._build_task: BackgroundTask[BuiltPrompt] | None = None
        self._started_at = 0.0

    def start(self) -> None:
        markdown_render.warm_up()  # before the worker may import litellm
        self._timer.start()
        self._started_at = time.monotonic()
        if self.turn.pending is not None:
            self._build_prompt()
        else:
            self._start_timer.start()

    def _build_prompt(self) -> None:
        """Retrieve context and assemble the history on the thread pool (reads only);
        the worker starts with the finished prompt."""
        from consultant.ui.background import run_in_background

        ask, turn = self.ask, self.turn
        self._build_task = run_in_background(
            lambda: ask.build_prompt(turn), self._on_built, self._on_build_failed, parent=self
        )

    def _on_built(self, built: BuiltPrompt) -> None:
        self._build_task = None
        if self.done:
            return
        try:
            self.ask.apply_prompt(self.turn, built)  # the writer: the GUI thread
        except Exception as exc:
            log.exception("could not store the prompt's context")
            self._settle(exc)
            self._end_unused_thread()
            return
        waited_ms = (time.monotonic() - self._started_at) * 1000
        self._start_timer.setInterval(max(0, round(REQUEST_START_DELAY_MS - waited_ms)))
        self._start_timer.start()

    def _on_build_failed(self, error: BaseException) -> None:
        self._build_task = None
        log.error("could not build the prompt", exc_info=error)
        if not self.done:
            self._settle(error)
            self._end_unused_thread()

    def _end_unused_thread(self) -> None:
        """Settled before the request started: run the thread empty so it finishes
        (``finished`` is what lets the window forget this session)."""
        self.qthread.started.disconnect(self.worker.run)
        self.qthread.start()
        self.qthread.quit()

    def _start_worker(self) -> None:
        if not self.done:
            self.qthread.start()

    def stop(self) -> None:
        self.cancel.set()

    # -- from the worker (queued) -------------------------------------------------
    @Slot(str)
    def _on_delta(self, text: str) -> None:
        if not self.done:
            self.text += text

    @Slot(object)
    def _on_audit(self, entry: AuditEntry) -> None:
        if id(entry) in self._audited:
            return
        self._audited.add(id(entry))
        try:
            self.ask.record_audit(entry)
        except Exception:
            log.exception("could not record the audit entry")

    @Slot(object)
    def _on_finished(self, result: CompletionResult) -> None:
        self._settle(result)

    @Slot(object, str)
    def _on_failed(self, error: BaseException, partial: str) -> None:
        self._settle(error)

    # -- GUI-thread work ------------------------------------------------------------
    def _tick(self) -> None:
        if self.text != self._shown:
            self._shown = self.text
            self.sig_text.emit(self.reply_id, self.text)
        now = time.monotonic()
        if self.text != self._saved and now - self._last_save >= SAVE_INTERVAL_S:
            self._save_partial()

    def _save_partial(self) -> None:
        self._last_save = time.monotonic()
        try:
            self.ask.save_partial(self.turn, self.text)
            self._saved = self.text
        except Exception:
            log.exception("could not save the partial reply")

    def _settle(self, outcome: CompletionResult | BaseException) -> None:
        if self.done:
            return
        self.done = True
        self._timer.stop()
        for entry in self.worker.audits:
            self._on_audit(entry)
        message: Message | None = None
        try:
            if isinstance(outcome, CompletionResult):
                message = self.ask.finish(self.turn, outcome)
            else:
                partial = self.worker.partial or self.text
                message = self.ask.fail(self.turn, outcome, partial)
        except Exception:
            log.exception("could not store the reply's outcome")
            try:
                message = self.ask.message(self.reply_id)
            except Exception:
                message = None
        self.qthread.quit()
        if message is not None:
            self.text = message.content
            self.sig_done.emit(message)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Cancel, join the thread and store what arrived (the window is closing)."""
        self.cancel.set()
        if self.turn.pending is not None and not self.done:
            # Still building its prompt (the pool's task only reads): nothing was sent.
            task = self._build_task
            if task is not None:
                task.cancel()
            self._settle(KeyboardInterrupt())
            self._end_unused_thread()
            return
        if self._start_timer.isActive():  # not started yet: it ends as cancelled at once
            self._start_timer.stop()
            self.qthread.start()
        self.qthread.quit()
        if not self.qthread.wait(timeout_ms):
            log.warning("stream thread did not stop within %d ms", timeout_ms)
            if not self.done:
                self._save_partial()
            return
        if not self.done:
            outcome = self.worker.outcome
            if outcome is not None:
                self._settle(outcome)
            else:
                self._save_partial()

    def is_running(self) -> bool:
        return not self.done

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<StreamSession reply={self.reply_id} done={self.done}>"
