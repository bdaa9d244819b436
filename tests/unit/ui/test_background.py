"""run_in_background: results and errors arrive on the GUI thread; cancel drops them."""

from __future__ import annotations

import functools
import threading

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from consultant.ui.background import pending_count, run_in_background, wait_for_background


def test_result_is_delivered_on_the_gui_thread(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    worker: list[int] = []
    got: list[tuple[int, int]] = []

    def work() -> int:
        worker.append(threading.get_ident())
        return 42

    task = run_in_background(work, lambda value: got.append((value, threading.get_ident())))
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    assert got == [(42, gui)]
    assert worker and worker[0] != gui
    assert pending_count() == 0


@pytest.mark.parametrize("exc", [ValueError("bad"), KeyboardInterrupt(), SystemExit(3)])
def test_every_exception_reaches_on_error(qtbot: QtBot, exc: BaseException) -> None:
    errors: list[tuple[BaseException, int]] = []
    done: list[object] = []

    def work() -> None:
        raise exc

    task = run_in_background(work, done.append, lambda e: errors.append((e, threading.get_ident())))
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    assert done == []
    assert errors == [(exc, threading.get_ident())]


def test_error_without_handler_is_logged_not_lost(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def work() -> None:
        raise RuntimeError("boom")

    task = run_in_background(work, lambda _v: None)
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    assert "background task failed" in caplog.text


def test_cancel_drops_callbacks(qtbot: QtBot) -> None:
    gate = threading.Event()
    got: list[object] = []
    task = run_in_background(lambda: gate.wait(5), got.append, got.append)
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    assert task.cancelled
    assert got == []


def test_destroyed_parent_drops_callbacks(qtbot: QtBot) -> None:
    gate = threading.Event()
    got: list[object] = []
    parent = QObject()
    task = run_in_background(lambda: gate.wait(5), got.append, got.append, parent=parent)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _valid(parent), timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    assert got == []


def _valid(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_many_tasks_all_finish_and_wait_drains(qtbot: QtBot) -> None:
    results: list[int] = []
    tasks = [run_in_background(functools.partial(pow, i, 2), results.append) for i in range(50)]
    assert wait_for_background(5000)
    qtbot.waitUntil(lambda: all(t.finished for t in tasks), timeout=5000)
    assert sorted(results) == [i * i for i in range(50)]
    assert pending_count() == 0
