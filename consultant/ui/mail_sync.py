"""Mail → Sync mail now: IMAP sync and parsing in the background, stored by the GUI thread.

:class:`MailSyncController` (one per main window) adds to the Mail menu "Sync mail now"
(F5) and "Mail accounts…" (Settings on the Mail tab), and puts a :class:`SyncStatus`
into the status bar: "Syncing work: 120 of 2,000 · Cancel", then "Mail synced 10:42 ·
3 new", or the error sentence with "Retry".

Threads and writes (DESIGN.md §4: one writer, workers never write):

- On the GUI thread, per account: the folders' sync states
  (``mail_sync.folder_states``), the client address filter
  (``mail_store.client_address_filter``, a closure over dicts — no database access
  afterwards) and the user's own addresses are read first.
- :class:`MailSyncWorker` (a ``QObject`` on its own ``QThread``) reads the secret
  (keyring or token command) and iterates ``mail_sync.fetch_prepared`` — network and
  ``mail_store.prepare_message`` (parse, attachment and PDF text, client, direction,
  message and thread keys: no database; it holds no ``Workspace``) — and emits each
  prepared ``SyncBatch`` (``sig_batch``). At most
  :data:`MAX_QUEUED` batches wait for the GUI thread (a semaphore), so memory stays
  bounded however fast the server is. Every exception is caught; the worker always
  ends with exactly one of ``sig_finished`` / ``sig_failed``.
- The GUI thread only stores (``mail_sync.store_batch`` → ``mail_store.store_prepared``:
  duplicate check, thread lookup, one transaction; about a millisecond, where parsing
  took up to ~100 ms) one message at a time, at most :data:`SLICE_MESSAGES` messages or
  :data:`SLICE_BUDGET_MS` per event-loop turn (``QTimer.singleShot(0)``), so the window
  never stalls. The folder's state
  moves to the batch's last UID only with the batch's last slice: a cancel (or a
  crash) in the middle of a batch re-reads that batch next time, and what was filed
  is recognised by its message key — never stored twice.
- After filing, ``sig_mail_filed(client_ids)`` names the clients that may have new
  mail (the window refreshes the shown client's conversations).

"Every N minutes" (``Settings.mail_sync_minutes``, off by default — no network without
the user's action) is checked by a one-minute timer that only reads the settings.
``shutdown()`` (the window closing) cancels, drops what was not filed and joins the
thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QStatusBar, QWidget

from consultant.mail.accounts import MailAccount, MailError
from consultant.mail.imap import FetchBatch
from consultant.services import mail_accounts, mail_store, mail_sync, models
from consultant.services.mail_store import FileOutcome
from consultant.services.mail_sync import FolderState, SyncBatch, SyncReport
from consultant.services.workspace import ServiceError

if TYPE_CHECKING:
    from consultant.ui.main_window import MainWindow

__all__ = [
    "MAX_QUEUED",
    "SHORTCUT",
    "SLICE_BUDGET_MS",
    "SLICE_MESSAGES",
    "MailSyncController",
    "MailSyncWorker",
    "SyncStatus",
]

log = logging.getLogger("consultant.ui")

#: Threads that did not stop in time at shutdown (kept so Qt never destroys them running).
_orphans: list[tuple[QThread, QObject | None]] = []

SHORTCUT = "F5"
SLICE_MESSAGES = 20  # messages filed per event-loop turn at most …
SLICE_BUDGET_MS = 15.0  # … and no more once this much time went by
MAX_QUEUED = 2  # fetched batches waiting for the GUI thread
YIELD_WAIT_S = 0.05  # the longest the worker waits for the GUI thread's slice to end
JOIN_TIMEOUT_MS = 10_000
AUTO_CHECK_MS = 60_000
FETCH_BATCH = 200
MAX_STATUS_WIDTH = 640  # px of the status line; the whole sentence is its tooltip


class MailSyncWorker(QObject):
    """Fetches and prepares one account's new client mail (``own``: the user's own
    addresses, for the direction); touches neither widgets nor the database."""

    sig_batch = Signal(object)  # SyncBatch
    sig_finished = Signal()
    sig_failed = Signal(str)  # a sentence for the user

    def __init__(
        self,
        account: MailAccount,
        states: Mapping[str, FolderState],
        wanted: Callable[[str], int | None],
        cancel: threading.Event,
        *,
        batch: int = FETCH_BATCH,
        timeout: float = 30,
        own: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__()
        self.account = account
        self.own = frozenset(own)
        self.states = dict(states)
        self.wanted = wanted
        self.cancel = cancel
        self.batch = batch
        self.timeout = timeout
        self.room = threading.Semaphore(MAX_QUEUED)
        #: clear while the GUI thread stores a slice: the worker waits before its next
        #: message (at most YIELD_WAIT_S), so parsing does not hold the GIL the GUI
        #: thread needs (each SQLite call releases and re-takes it)
        self.writer_idle = threading.Event()
        self.writer_idle.set()
        self.outcome: str | None = None  # "" finished, else the failure sentence

    def _yield_to_writer(self) -> None:
        self.writer_idle.wait(YIELD_WAIT_S)

    def _wait_for_room(self) -> bool:
        while not self.cancel.is_set():
            if self.room.acquire(timeout=0.1):
                return True
        return False

    @Slot()
    def run(self) -> None:
        try:
            secret = mail_accounts.account_secret(self.account)
            for item in mail_sync.fetch_prepared(
                self.account, secret, self.states, self.wanted, own=self.own,
                cancelled=self.cancel.is_set, batch=self.batch, timeout=self.timeout,
                between=self._yield_to_writer,
            ):  # fmt: skip
                if not self._wait_for_room():
                    break
                self.sig_batch.emit(item)
            self.outcome = ""
            self.sig_finished.emit()
        except BaseException as exc:  # every failure ends with a signal
            if isinstance(exc, MailError | ServiceError):
                text = str(exc)
            else:
                log.error("mail sync failed", exc_info=exc)
                text = f"The mail sync stopped unexpectedly ({type(exc).__name__})."
            self.outcome = text
            self.sig_failed.emit(text)


class SyncStatus(QWidget):
    """The status bar's mail line: a sentence and one button (Cancel / Retry / Set up)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailSyncStatus")
        self.label = QLabel()
        self.label.setObjectName("mailSyncText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton()
        self.button.setObjectName("mailSyncButton")
        self.button.setFlat(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setStyleSheet("QPushButton { color: palette(link); padding: 0 6px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.hide()

    def show_text(self, text: str, button: str = "", *, error: bool = False,
                  tooltip: str = "") -> None:
        metrics = self.label.fontMetrics()
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, MAX_STATUS_WIDTH)
        self.label.setText(shown)
        self.label.setMinimumWidth(metrics.horizontalAdvance(shown) + 2)
        self.label.setStyleSheet("color: #c62828;" if error else "")
        self.label.setToolTip(tooltip or (text if shown != text else ""))
        self.button.setText(button)
        self.button.setVisible(bool(button))
        self.setMinimumWidth(self.sizeHint().width())  # the status bar lays it out again
        self.show()


@dataclass(slots=True)
class _AccountRun:
    """One account's sync on the GUI side."""

    account: MailAccount
    report: SyncReport
    own: frozenset[str]
    resolve: Callable[[str], int | None]
    last: dict[str, FolderState]
    done: int = 0
    total: int = 0
    folder: str = ""
    error: str = ""
    clients: set[int] = field(default_factory=set)


class MailSyncController(QObject):
    """Menu actions, worker thread, filing and the status line of one main window."""

    sig_mail_filed = Signal(object)  # sorted list of client ids that may have new mail
    sig_sync_finished = Signal(object)  # list[SyncReport] (tests, other panes)
    sig_progress = Signal(str)  # the status line while a sync runs

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.status = SyncStatus()
        self.status.button.clicked.connect(self._button_clicked)
        self.act_sync: QAction | None = None
        self.act_accounts: QAction | None = None
        self.reports: list[SyncReport] = []
        self.fetch_batch = FETCH_BATCH  # UIDs per IMAP round trip (smaller in tests)
        self.dialog: QWidget | None = None  # Settings while "Mail accounts…" shows it
        self.last_synced: datetime | None = None
        self._queue: list[MailAccount] = []
        self._run: _AccountRun | None = None
        self._worker: MailSyncWorker | None = None
        self._thread: QThread | None = None
        self._cancel = threading.Event()
        self._items: deque[SyncBatch | _Pending] = deque()
        self._filing = False
        self._worker_done = True
        self._closing = False
        self._errors: list[str] = []
        self._button_action = ""
        self._last_start = 0.0
        self._auto_timer = QTimer(self)
        self._auto_timer.setInterval(AUTO_CHECK_MS)
        self._auto_timer.timeout.connect(self._auto_tick)
        self.sig_mail_filed.connect(self._refresh_window)

    # -- installing ------------------------------------------------------------------
    def install(self, menu: QMenu, status_bar: QStatusBar) -> None:
        self.act_sync = QAction("Sync mail now", self.window)
        self.act_sync.setShortcut(QKeySequence(SHORTCUT))
        self.act_sync.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_sync.setStatusTip("Fetch new mail from and to your clients")
        self.act_sync.triggered.connect(lambda: self.sync_now())
        self.act_accounts = QAction("Mail accounts…", self.window)
        self.act_accounts.triggered.connect(self.open_accounts)
        menu.addAction(self.act_sync)
        menu.addAction(self.act_accounts)
        status_bar.addPermanentWidget(self.status)
        self._auto_timer.start()

    # -- state -----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._run is not None or bool(self._queue)

    @property
    def sync_thread(self) -> QThread | None:
        return self._thread

    @property
    def current_report(self) -> SyncReport | None:
        """The report of the account being synced (what was filed so far)."""
        return self._run.report if self._run is not None else None

    # -- starting ----------------------------------------------------------------------
    def sync_now(self, *, auto: bool = False) -> bool:
        """Sync every usable account, one after the other; False if nothing started."""
        if self._closing or self.running:
            return False
        ws = getattr(self.window, "ws", None)
        if ws is None:
            return False
        try:
            entries = mail_accounts.list_accounts()
        except ServiceError as exc:
            self._show_error(str(exc))
            return False
        usable = [e.account for e in entries if e.account is not None]
        if not usable:
            if not auto:
                problems = [f"{e.name}: {e.problem}" for e in entries if e.problem]
                if problems:
                    self._show_error(problems[0], button="Accounts…")
                else:
                    self._button_action = "setup"
                    self.status.show_text("No mail account is set up.", "Set up…")
            return False
        self.reports = []
        self._errors = []
        self._queue = list(usable)
        self._last_start = time.monotonic()
        self._start_next()
        return True

    def _start_next(self) -> None:
        if self._closing:
            return
        if not self._queue:
            self._all_done()
            return
        account = self._queue.pop(0)
        ws = self.window.ws
        try:
            resolve = mail_store.client_address_filter(ws)
            extra = [account.user] if "@" in account.user else []
            own = mail_store.own_addresses(ws, extra)
            states = mail_sync.folder_states(ws, account)
        except Exception as exc:  # the database refused a read: say so, go on
            log.exception("could not prepare the mail sync")
            self._errors.append(f"{account.name}: {exc}")
            self._start_next()
            return
        self._run = _AccountRun(account, SyncReport(account=account.name), own, resolve,
                                dict(states))
        self._cancel = threading.Event()
        self._items.clear()
        self._worker_done = False
        self._worker = MailSyncWorker(account, states, resolve, self._cancel,
                                      batch=self.fetch_batch, own=own)
        self._thread = QThread()
        self._thread.setObjectName(f"mail-sync-{account.name}")
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.sig_batch.connect(self._on_batch)
        self._worker.sig_finished.connect(self._on_worker_finished)
        self._worker.sig_failed.connect(self._on_worker_failed)
        self._show_progress()
        self._thread.start()

    # -- from the worker (queued) ----------------------------------------------------------
    @Slot(object)
    def _on_batch(self, item: SyncBatch) -> None:
        if self._closing or self._run is None or self._cancel.is_set():
            return
        self._items.append(item)
        self._schedule_filing()

    @Slot()
    def _on_worker_finished(self) -> None:
        self._worker_done = True
        self._maybe_end()

    @Slot(str)
    def _on_worker_failed(self, text: str) -> None:
        self._worker_done = True
        if self._run is not None:
            self._run.error = text
        self._maybe_end()

    # -- filing, a slice per event-loop turn -------------------------------------------------
    def _schedule_filing(self) -> None:
        if not self._filing:
            self._filing = True
            QTimer.singleShot(0, self._file_some)

    def _slices(self, item: SyncBatch) -> list[SyncBatch]:
        """One slice per message (the folder state unchanged), then the batch's end
        (its state, too-large notes and header count); a problem item as it is."""
        run = self._run
        fetched = item.batch
        if fetched is None or run is None:
            return [item]
        validity, last = run.last.get(fetched.folder, (None, 0))
        keep = last if validity == fetched.uidvalidity else 0
        out: list[SyncBatch] = []
        note = item.note
        prepared = item.prepared
        for index, message in enumerate(fetched):
            part = FetchBatch([message], folder=fetched.folder, uidvalidity=fetched.uidvalidity,
                              last_uid=keep, headers_seen=0, too_large=[], done=0, total=1)
            ready = None if prepared is None else (prepared[index],)
            out.append(SyncBatch(item.folder, part, note=note, prepared=ready))
            note = ""
        end = FetchBatch([], folder=fetched.folder, uidvalidity=fetched.uidvalidity,
                         last_uid=fetched.last_uid, headers_seen=fetched.headers_seen,
                         too_large=list(fetched.too_large), done=fetched.done,
                         total=fetched.total)
        out.append(SyncBatch(item.folder, end, note=note, prepared=()))
        return out

    def _file_some(self) -> None:
        self._filing = False
        run = self._run
        if self._closing or run is None or self._cancel.is_set():
            return
        worker = self._worker
        if worker is not None:
            worker.writer_idle.clear()
        try:
            self._store_slice(run)
        finally:
            if worker is not None:
                worker.writer_idle.set()

    def _store_slice(self, run: _AccountRun) -> None:
        started = time.perf_counter()
        filed = 0
        while self._items and filed < SLICE_MESSAGES:
            if (time.perf_counter() - started) * 1000 >= SLICE_BUDGET_MS:
                break
            head = self._items[0]
            if not isinstance(head, _Pending):  # cut into slices when its turn comes
                if head.batch is not None and head.folder != run.folder:
                    run.done = 0  # a new folder counts from 0
                start = run.done
                self._items[0] = _Pending(head, deque(self._slices(head)), start)
            filed += self._file_piece(run)
            if self._run is None:
                return
        if self._items:
            self._schedule_filing()
        else:
            self._maybe_end()

    def _file_piece(self, run: _AccountRun) -> int:
        pending = self._items[0]
        assert isinstance(pending, _Pending)
        piece = pending.pieces.popleft()
        try:
            results = mail_sync.store_batch(self.window.ws, run.account, piece, run.report,
                                            own=run.own, resolve=run.resolve)
        except Exception as exc:  # storage refused (disk full, locked): stop, say so
            log.exception("could not file synced mail")
            run.error = f"Mail could not be stored: {exc}"
            self._cancel.set()
            self._items.clear()
            self._maybe_end()
            return 1
        run.clients |= {r.client_id for r in results
                        if r.outcome is FileOutcome.STORED and r.client_id is not None}
        fetched = piece.batch
        if fetched is not None and not pending.pieces:  # the batch's end: state recorded
            run.last[fetched.folder] = (fetched.uidvalidity, fetched.last_uid)
            run.done, run.total, run.folder = fetched.done, fetched.total, fetched.folder
            self._items.popleft()
            if run.clients:  # show the new threads batch by batch, not only at the end
                self.sig_mail_filed.emit(sorted(run.clients))
                run.clients = set()
            if self._worker is not None:
                self._worker.room.release()
        elif fetched is not None:  # a message: move the count on within the batch
            run.folder = fetched.folder
            whole = pending.item.batch
            if whole is not None and len(whole):
                filed = len(whole) - len(pending.pieces) + 1
                start = pending.start_done
                run.done = max(run.done, start + (whole.done - start) * filed // len(whole))
                run.total = whole.total
        elif not pending.pieces:
            self._items.popleft()
            if self._worker is not None:
                self._worker.room.release()
        self._show_progress()
        return len(fetched) if fetched is not None else 0

    # -- ending ------------------------------------------------------------------------------
    def _maybe_end(self) -> None:
        run = self._run
        if run is None or not self._worker_done:
            return
        if self._items and not self._cancel.is_set():
            return  # still filing what arrived (also after a lost connection)
        self._items.clear()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(JOIN_TIMEOUT_MS)
        self._thread = None
        self._worker = None
        self._run = None
        run.report.cancelled = self._cancel.is_set() and not run.error
        run.report.elapsed = time.monotonic() - self._last_start
        self.reports.append(run.report)
        if run.error:
            self._errors.append(run.error if not self._queue and len(self.reports) == 1
                                else f"{run.account.name}: {run.error}")
        if run.clients:
            self.sig_mail_filed.emit(sorted(run.clients))
        if self._cancel.is_set():
            self._queue.clear()
        self._start_next()

    def _all_done(self) -> None:
        reports = list(self.reports)
        new = sum(r.stored for r in reports)
        cancelled = any(r.cancelled for r in reports)
        self.last_synced = datetime.now()
        when = self.last_synced.strftime("%H:%M")
        details = "\n".join([*(r.summary() for r in reports),
                             *(p for r in reports for p in (*r.problems, *r.too_large))])
        if self._errors:
            self._show_error(self._errors[0], tooltip="\n".join([*self._errors, details]))
        elif cancelled:
            self._button_action = "retry"
            self.status.show_text(f"Sync cancelled at {when} · {self._count(new)} new · "
                                  f"what was fetched is kept", "Sync again", tooltip=details)
        else:
            self._button_action = ""
            problems = sum(len(r.problems) for r in reports)
            tail = f" · {problems} problem{'s' if problems != 1 else ''}" if problems else ""
            self.status.show_text(f"Mail synced {when} · {self._count(new)} new{tail}",
                                  tooltip=details)
        self.sig_sync_finished.emit(reports)

    def _show_error(self, text: str, *, button: str = "Retry", tooltip: str = "") -> None:
        self._button_action = "retry" if button == "Retry" else "setup"
        self.status.show_text(text, button, error=True, tooltip=tooltip)

    @staticmethod
    def _count(n: int) -> str:
        return QLocale().toString(n)

    def _show_progress(self) -> None:
        run = self._run
        if run is None:
            return
        self._button_action = "cancel"
        if self._cancel.is_set():
            self.status.show_text(f"Cancelling the sync of {run.account.name}…", "")
            return
        where = f" ({run.folder})" if run.folder and run.folder != run.account.inbox else ""
        if run.total:
            text = (f"Syncing {run.account.name}{where}: {self._count(run.done)} of "
                    f"{self._count(run.total)}")
        else:
            text = f"Syncing {run.account.name}{where}…"
        if run.report.stored:
            text += f" · {self._count(run.report.stored)} new"
        self.status.show_text(text, "Cancel")
        self.sig_progress.emit(text)

    # -- user actions ---------------------------------------------------------------------------
    def cancel(self) -> None:
        """Stop after the message at hand; what was filed stays."""
        if self._run is None:
            return
        self._cancel.set()
        self._queue.clear()
        self._items.clear()
        self._show_progress()
        self._maybe_end()

    def _button_clicked(self) -> None:
        action = self._button_action
        if action == "cancel":
            self.cancel()
        elif action == "retry":
            self.sync_now()
        elif action == "setup":
            self.open_accounts()

    def open_accounts(self) -> None:
        """Settings, on the Mail tab."""
        from consultant.ui.settings_dialog import SettingsDialog

        ws = getattr(self.window, "ws", None)
        if ws is None:
            return
        dialog = SettingsDialog(ws, self.window)
        dialog.tabs.setCurrentWidget(dialog.mail_page)
        dialog.sig_settings_changed.connect(self.window.reload_models)
        self.dialog = dialog
        dialog.exec()
        self.dialog = None

    def _auto_tick(self) -> None:
        if self._closing or self.running:
            return
        minutes = models.load().settings.mail_sync_minutes
        if minutes <= 0:
            return
        if self._last_start and time.monotonic() - self._last_start < minutes * 60 - 5:
            return
        self.sync_now(auto=True)

    def _refresh_window(self, client_ids: list[int]) -> None:
        client = getattr(self.window, "current_client", None)
        if client is not None and client.id in client_ids:
            self.window.refresh_conversations()

    # -- closing --------------------------------------------------------------------------------
    def shutdown(self, timeout_ms: int = JOIN_TIMEOUT_MS) -> None:
        """Cancel, drop what was not filed, join the thread (the window is closing)."""
        self._closing = True
        self._auto_timer.stop()
        self._cancel.set()
        self._queue.clear()
        self._items.clear()
        thread = self._thread
        if thread is not None:
            thread.quit()
            if not thread.wait(timeout_ms):
                log.warning("mail sync thread did not stop within %d ms", timeout_ms)
                _orphans.append((thread, self._worker))  # never destroy a running QThread
        self._thread = None
        self._worker = None
        self._run = None


@dataclass(slots=True)
class _Pending:
    """A fetched batch being filed: its slices still to file."""

    item: SyncBatch
    pieces: deque[SyncBatch]
    start_done: int = 0  # the folder's count before this batch
