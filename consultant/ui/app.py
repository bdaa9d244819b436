"""Desktop entry point: ``consultant`` with no arguments.

Start-up order (DESIGN.md §5, §6): Qt → theme → single-instance lock in the data
folder → show the main window's frame (light modules only) → after its first
paint, open the workspace (a database error is a message box, not a traceback)
and attach it to the window → import litellm on a background thread
(``models.preload``). Nothing contacts the network at start.

Test and benchmark hooks (environment variables, ignored when unset):

- ``CONSULTANT_AUTOSEND_FILE``: a JSON file ``{"conversation_id": 1, "text": "…"}``;
  after the first paint that conversation is opened and the text sent.
- ``CONSULTANT_EXIT_AFTER_PAINT=1``: print ``painted <monotonic> <since run()>
  litellm=<0|1> sqlite_utils=<0|1>`` (whether each is imported yet) to stdout after
  the first paint, then ``ready …`` (same fields) once the data is shown, and quit
  (start-up benchmark).
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from consultant.services.workspace import Workspace

__all__ = ["run"]

log = logging.getLogger("consultant.ui")


def _message(title: str, text: str) -> None:
    """A modal message box, or stderr only when there is no screen to show it on."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    sys.stderr.write(f"consultant: {text}\n")
    if QGuiApplication.platformName() in {"offscreen", "minimal"}:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.exec()


def _start_preload() -> None:
    from consultant.ui.stream_worker import start_preload

    start_preload()


def _autosend(window: object, path: str) -> None:
    from consultant.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        conversation_id = int(data["conversation_id"])
        text = str(data["text"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.error("autosend file %s unusable: %s", path, exc)
        return
    window.open_message_or_conversation(conversation_id)
    window.send(text)


def run() -> int:
    started = time.monotonic()
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from consultant.core import paths
    from consultant.ui.single_instance import ALREADY_RUNNING, InstanceLock
    from consultant.ui.theme import apply_theme

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Consultant")
    app.setOrganizationName("Consultant")
    app.setDesktopFileName("consultant")
    apply_theme(app)
    if app.platformName() == "offscreen":
        # Qt's offscreen platform crashes at exit if the clipboard holds data.
        app.aboutToQuit.connect(lambda: app.clipboard().clear())

    home = paths.data_dir()
    lock = InstanceLock(home)
    try:
        locked = lock.acquire()
    except OSError as exc:
        _message("Consultant", f"Cannot use the data folder {home}: {exc}.")
        return 1
    if not locked:
        _message("Consultant", f"{ALREADY_RUNNING} ({home}). Use the open window.")
        return 3
    from consultant.ui.main_window import MainWindow

    window = MainWindow(home=home)
    autosend = os.environ.get("CONSULTANT_AUTOSEND_FILE", "").strip()
    exit_after_paint = os.environ.get("CONSULTANT_EXIT_AFTER_PAINT") == "1"
    opened: list[Workspace] = []

    def report(event: str) -> None:
        now = time.monotonic()
        loaded = " ".join(f"{m}={int(m in sys.modules)}" for m in ("litellm", "sqlite_utils"))
        sys.stdout.write(f"{event} {now:.6f} {now - started:.6f} {loaded}\n")
        sys.stdout.flush()

    def first_paint() -> None:
        # Phase two (see main_window): the store, Markdown and the model services
        # load now that the window is on screen.
        if exit_after_paint:
            report("painted")
        from consultant.services.workspace import ServiceError, Workspace

        try:
            opened.append(Workspace.open(home))
            window.attach(opened[0])
        except Exception as exc:  # never a traceback, never a silent empty window
            if isinstance(exc, ServiceError):
                text = str(exc)
            else:
                log.exception("opening the data failed")
                text = f"{type(exc).__name__}: {exc}"
            _message("Consultant cannot open its data", text)
            # Closed without the "last window closed → quit" that would exit with 0.
            window.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
            window.close()
            app.exit(1)
            return
        if exit_after_paint:
            report("ready")
            QTimer.singleShot(0, window.close)
            return
        _start_preload()
        if autosend:
            _autosend(window, autosend)

    window.sig_first_paint.connect(first_paint)
    try:
        window.show()
        return int(app.exec())
    finally:
        for workspace in opened:
            workspace.close()
        lock.release()
