"""Run a blocking function on the thread pool; get its result on the GUI thread.

``run_in_background(fn, on_done, on_error)`` wraps ``fn`` in a ``QRunnable`` started
on ``QThreadPool.globalInstance()``. The runnable never touches widgets: it emits
the result (or the exception) through a small relay ``QObject`` that lives in the
GUI thread, so the callbacks run there. Every exception ``fn`` raises is caught and
delivered; a final signal is always emitted, so a task never ends silently.

The returned :class:`BackgroundTask` has ``cancel()``: the function keeps running
(Python threads cannot be interrupted) but its callbacks will not fire. Searches use
it to drop the results of a query the user has already typed past. A ``parent``
makes the callbacks not fire once that object has been destroyed.

``wait_for_background(timeout_ms)`` drains the pool when the window closes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    Signal,
    Slot,
)

__all__ = ["BackgroundTask", "run_in_background", "wait_for_background"]

log = logging.getLogger(__name__)

T = TypeVar("T")

# Handles whose final signal has not been delivered yet (keeps them alive).
_pending: set[BackgroundTask[Any]] = set()
_pending_lock = threading.Lock()
# Relays are children of this GUI-thread object, so dropping the last Python
# reference in a worker thread never deletes a QObject from the wrong thread.
_home: QObject | None = None


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits, the GUI thread receives.

    The slots are methods of this QObject (not of a plain Python object), so Qt
    runs them in the relay's thread: the GUI thread.
    """

    sig_done = Signal(object)
    sig_error = Signal(object)
    sig_finished = Signal()

    def __init__(self, task: BackgroundTask[Any], parent: QObject) -> None:
        super().__init__(parent)
        self._task: BackgroundTask[Any] | None = task
        self.sig_done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.sig_error.connect(self._error, Qt.ConnectionType.QueuedConnection)
        self.sig_finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _done(self, result: object) -> None:
        if self._task is not None:
            self._task._deliver_done(result)

    @Slot(object)
    def _error(self, exc: object) -> None:
        if self._task is not None:
            self._task._deliver_error(exc)

    @Slot()
    def _finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task._finish()


class BackgroundTask(Generic[T]):
    """A handle on one background call."""

    def __init__(
        self,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None,
        parent: QObject | None,
    ) -> None:
        self._on_done = on_done
        self._on_error = on_error
        self._parent = parent
        self._cancelled = False
        self._finished = False
        self._relay = _Relay(self, _home_object())

    # -- public --------------------------------------------------------------
    def cancel(self) -> None:
        """The callbacks will not fire (the function itself runs to its end)."""
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    @property
    def finished(self) -> bool:
        """True once the final signal has reached the GUI thread."""
        return self._finished

    # -- GUI thread ----------------------------------------------------------
    def _alive(self) -> bool:
        if self._cancelled:
            return False
        return self._parent is None or shiboken6.isValid(self._parent)

    def _deliver_done(self, result: object) -> None:
        if self._alive():
            self._on_done(result)  # type: ignore[arg-type]

    def _deliver_error(self, exc: object) -> None:
        if not self._alive():
            return
        assert isinstance(exc, BaseException)
        if self._on_error is not None:
            self._on_error(exc)
        else:
            log.error("background task failed", exc_info=exc)

    def _finish(self) -> None:
        self._finished = True
        self._relay.deleteLater()
        with _pending_lock:
            _pending.discard(self)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        relay = self._relay
        try:
            try:
                result = self._fn()
            except BaseException as exc:
                relay.sig_error.emit(exc)
            else:
                relay.sig_done.emit(result)
        except BaseException:  # emitting failed (should not happen): still finish
            log.exception("could not deliver a background result")
        finally:
            relay.sig_finished.emit()
            self._fn = _noop  # drop references held by the closure early


def _noop() -> None:
    return None


def _home_object() -> QObject:
    global _home
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("run_in_background needs a QApplication")
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("run_in_background must be called from the GUI thread")
    if _home is None or not shiboken6.isValid(_home):
        _home = QObject()
    return _home


def run_in_background(
    fn: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    parent: QObject | None = None,
) -> BackgroundTask[T]:
    """Run ``fn()`` on the global thread pool; call ``on_done(result)`` or
    ``on_error(exception)`` on the GUI thread (unless cancelled or ``parent`` is gone).

    ``fn`` must not touch widgets or the writing database connection.
    """
    task: BackgroundTask[T] = BackgroundTask(on_done, on_error, parent)
    with _pending_lock:
        _pending.add(task)
    QThreadPool.globalInstance().start(_Runnable(fn, task._relay))
    return task


def wait_for_background(timeout_ms: int = 5000) -> bool:
    """Wait for every background task to end (call on close); True if the pool
    drained in time. Results still queued for the GUI thread arrive with the next
    event-loop turn (or never, if the application is quitting)."""
    return bool(QThreadPool.globalInstance().waitForDone(timeout_ms))


def pending_count() -> int:
    """Tasks whose final signal has not yet been delivered (for tests)."""
    with _pending_lock:
        return len(_pending)
