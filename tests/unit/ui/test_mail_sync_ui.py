"""Mail → Sync mail now against a real Dovecot: client mail filed from the window with a
status line, cancel keeps what was filed and the next sync adds no doubles, closing the
window mid-sync joins the thread, the worker holds no Workspace and writes nothing, a
sync error is the sentence with Retry, and automatic sync is off by default."""

# The Dovecot fixtures are imported from tests/imap_server.py, so their names are
# parameters here too:
# ruff: noqa: F811

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from consultant.core.settings import load_settings, save_settings
from consultant.mail.accounts import MailAccount
from consultant.services import mail_accounts, mail_store, mail_sync
from consultant.services.mail_sync import SyncBatch, SyncReport
from consultant.services.workspace import Workspace
from consultant.ui.mail_sync import SHORTCUT, MailSyncController, MailSyncWorker
from consultant.ui.main_window import MainWindow
from consultant.ui.settings_dialog import SettingsDialog
from tests.imap_server import (  # noqa: F401
    DovecotServer,
    Mailbox,
    _dovecot_session,
    compose,
    imap_server,
)
from tests.unit.ui.window_support import window, workspace  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ME = "me@example.test"
ACME = "jane@acme-health.example"
HARBOR = "sam@harbor.example"


def _clients(ws: Workspace) -> tuple[int, int]:
    acme = ws.add_client("Acme Health")
    ws.add_contact("Acme Health", ACME, "Jane Doe")
    harbor = ws.add_client("Harbor Therapy")
    ws.add_contact("Harbor Therapy", HARBOR, "Sam Reyes")
    return acme.id or 0, harbor.id or 0


def _account(server: DovecotServer, box: Mailbox, password: str | None = None) -> None:
    mail_accounts.add_account(
        MailAccount(name="work", host="127.0.0.1", port=server.port, user=box.user,
                    security="none"),
        password or box.password, replace=True,
    )


def _fill(server: DovecotServer, box: Mailbox, n_acme: int = 3) -> None:
    inbox = [
        compose(ACME, ME, f"Question {i}", f"Question number {i}.", mid=f"a{i}@acme-health.example")
        for i in range(n_acme)
    ]
    inbox.append(compose(HARBOR, ME, "Intake form", "It breaks on Safari.",
                         mid="h1@harbor.example"))
    inbox.append(compose("news@shop.example", ME, "Sale", "50 % off.", mid="n1@shop.example"))
    server.append(box, "INBOX", inbox)
    server.append(box, "Sent", [
        compose(ME, ACME, "Re: Question 0", "Yes, by Friday.", mid="me1@example.test",
                in_reply_to="a0@acme-health.example"),
    ])


def _mail_rows(ws: Workspace) -> list[mail_store.InboxItem]:
    return mail_store.inbox(ws, include_handled=True, limit=5000)


def _wait_done(qtbot: QtBot, sync: MailSyncController, timeout: int = 60_000) -> None:
    qtbot.waitUntil(lambda: not sync.running, timeout=timeout)


def test_sync_now_files_client_mail_and_says_so(
        qtbot: QtBot, window: MainWindow, workspace: Workspace,
        imap_server: DovecotServer) -> None:
    acme, harbor = _clients(workspace)
    box = imap_server.new_user()
    _account(imap_server, box)
    _fill(imap_server, box)
    sync = window.mail_sync
    assert sync.act_sync is not None and sync.act_sync.shortcut().toString() == SHORTCUT
    assert sync.act_sync in window.mail_menu.actions()
    window.refresh_clients(select_id=acme)
    assert window.select_client(acme)
    assert window.conv_model.rowCount() == 0
    with qtbot.waitSignal(sync.sig_mail_filed, timeout=60_000) as filed:
        sync.act_sync.trigger()
        assert sync.running and sync.status.isVisible()
        assert sync.status.label.text().startswith("Syncing work")
        assert sync.status.button.text() == "Cancel"
    assert set(filed.args[0]) >= {acme, harbor}
    _wait_done(qtbot, sync)
    threads = workspace.conversations(acme, kind="mail")
    assert len(threads) == 3  # three questions; the reply joined the first thread
    assert len(workspace.conversations(harbor, kind="mail")) == 1
    assert len(_mail_rows(workspace)) == 5  # 3 + 1 in, 1 out; the shop's mail not stored
    assert window.conv_model.rowCount() == 3  # the shown client's list was refreshed
    text = sync.status.label.text()
    assert text.startswith("Mail synced ") and text.endswith(" · 5 new")
    assert not sync.status.button.isVisible()
    assert sync.sync_thread is None
    # a second sync finds nothing new
    assert sync.sync_now()
    _wait_done(qtbot, sync)
    assert sync.status.label.text().endswith(" · 0 new")
    assert len(_mail_rows(workspace)) == 5


def test_cancel_keeps_what_was_filed_and_the_next_sync_adds_no_doubles(
        qtbot: QtBot, window: MainWindow, workspace: Workspace,
        imap_server: DovecotServer) -> None:
    acme, _ = _clients(workspace)
    box = imap_server.new_user()
    _account(imap_server, box)
    _fill(imap_server, box, n_acme=60)
    sync = window.mail_sync
    sync.fetch_batch = 10

    def cancel_after_some(_text: str) -> None:
        report = sync.current_report
        if report is not None and report.stored >= 5:
            sync.cancel()

    sync.sig_progress.connect(cancel_after_some)
    assert sync.sync_now()
    _wait_done(qtbot, sync)
    sync.sig_progress.disconnect(cancel_after_some)
    first = len(_mail_rows(workspace))
    assert 5 <= first < 60
    assert sync.reports[0].cancelled
    assert sync.status.label.text().startswith("Sync cancelled at ")
    assert sync.status.button.text() == "Sync again"
    sync.status.button.click()  # sync again
    assert sync.running
    _wait_done(qtbot, sync)
    rows = _mail_rows(workspace)
    assert len(rows) == 62  # 60 + Harbor + the reply, each once
    assert len({(r.subject, r.direction) for r in rows}) == 62  # no e-mail twice
    assert len(workspace.conversations(acme, kind="mail")) == 60
    assert sync.reports[0].stored == 62 - first


def test_closing_the_window_mid_sync_joins_the_thread(
        qtbot: QtBot, workspace: Workspace, imap_server: DovecotServer) -> None:
    _clients(workspace)
    box = imap_server.new_user()
    _account(imap_server, box)
    _fill(imap_server, box, n_acme=60)
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    sync = win.mail_sync
    sync.fetch_batch = 5
    with qtbot.waitSignal(sync.sig_progress, timeout=30_000):
        assert sync.sync_now()
    thread = sync.sync_thread
    assert thread is not None and thread.isRunning()
    win.close()
    assert thread.isFinished()
    assert not sync.running
    stored = len(_mail_rows(workspace))
    QApplication.processEvents()  # batches still queued are dropped, not filed
    assert len(_mail_rows(workspace)) == stored < 62


def test_the_worker_holds_no_workspace_and_writes_nothing(
        qtbot: QtBot, workspace: Workspace, imap_server: DovecotServer,
        consultant_home: Path) -> None:
    _clients(workspace)
    box = imap_server.new_user()
    _account(imap_server, box)
    _fill(imap_server, box)
    account = mail_accounts.get_account("work")
    resolve = mail_store.client_address_filter(workspace)
    states = mail_sync.folder_states(workspace, account)
    worker = MailSyncWorker(account, states, resolve, threading.Event(), batch=2)
    assert not any(isinstance(v, Workspace) for v in vars(worker).values())
    items: list[SyncBatch] = []
    def collect(item: SyncBatch) -> None:
        items.append(item)
        worker.room.release()

    worker.sig_batch.connect(collect)
    db = workspace.store.db
    db.execute("PRAGMA query_only = ON")  # any write on this connection would fail
    try:
        worker.run()  # on this thread, synchronously: signals are direct
    finally:
        db.execute("PRAGMA query_only = OFF")
    assert worker.outcome == ""
    assert _mail_rows(workspace) == []
    assert mail_store.folder_state(workspace, "work", "INBOX") == (None, 0)
    report = SyncReport(account="work")
    own = mail_store.own_addresses(workspace, [])
    for item in items:  # the writer files what the worker fetched
        mail_sync.file_batch(workspace, account, item, report, own=own, resolve=resolve)
    assert report.stored == 5


def test_a_sync_error_is_the_sentence_with_retry(
        qtbot: QtBot, window: MainWindow, workspace: Workspace,
        imap_server: DovecotServer) -> None:
    _clients(workspace)
    box = imap_server.new_user()
    _account(imap_server, box, password="wrong-Secret-987")
    _fill(imap_server, box)
    sync = window.mail_sync
    assert sync.sync_now()
    _wait_done(qtbot, sync)
    text = sync.status.label.text()
    assert "refused the sign-in" in text and "wrong-Secret-987" not in text
    assert "#c62828" in sync.status.label.styleSheet()
    assert sync.status.button.text() == "Retry" and sync.status.button.isVisible()
    assert _mail_rows(workspace) == []
    _account(imap_server, box)  # the right password now
    sync.status.button.click()
    _wait_done(qtbot, sync)
    assert sync.status.label.text().endswith(" · 5 new")
    assert len(_mail_rows(workspace)) == 5


def test_without_an_account_the_status_offers_set_up(
        qtbot: QtBot, window: MainWindow) -> None:
    sync = window.mail_sync
    assert not sync.sync_now()
    assert sync.status.label.text() == "No mail account is set up."
    assert sync.status.button.text() == "Set up…"
    seen: list[bool] = []

    def check() -> None:
        dialog = sync.dialog
        assert isinstance(dialog, SettingsDialog)
        seen.append(dialog.tabs.currentWidget() is dialog.mail_page)
        dialog.reject()

    QTimer.singleShot(0, check)
    sync.status.button.click()  # opens Settings on the Mail tab (modal) until rejected
    assert seen == [True]


def test_automatic_sync_is_off_by_default_and_runs_when_switched_on(
        qtbot: QtBot, window: MainWindow, workspace: Workspace,
        imap_server: DovecotServer) -> None:
    _clients(workspace)
    box = imap_server.new_user()
    _account(imap_server, box)
    _fill(imap_server, box)
    sync = window.mail_sync
    sync._auto_tick()
    assert not sync.running and _mail_rows(workspace) == []
    loaded = load_settings()
    loaded.settings.mail_sync_minutes = 5
    save_settings(loaded.settings)
    sync._auto_tick()
    assert sync.running
    _wait_done(qtbot, sync)
    assert len(_mail_rows(workspace)) == 5
    sync._auto_tick()  # synced a moment ago: not again yet
    assert not sync.running


def test_a_server_lost_mid_sync_keeps_what_was_filed_and_retry_completes(
        qtbot: QtBot, window: MainWindow, workspace: Workspace,
        imap_server: DovecotServer) -> None:
    _clients(workspace)
    box = imap_server.new_user()
    _account(imap_server, box)
    _fill(imap_server, box, n_acme=60)
    sync = window.mail_sync
    sync.fetch_batch = 5
    stopped: list[bool] = []

    def kill_server(_text: str) -> None:
        report = sync.current_report
        if not stopped and report is not None and report.stored >= 5:
            stopped.append(True)
            imap_server.stop()  # clients are cut off mid-sync

    sync.sig_progress.connect(kill_server)
    assert sync.sync_now()
    _wait_done(qtbot, sync)
    sync.sig_progress.disconnect(kill_server)
    assert stopped
    kept = len(_mail_rows(workspace))
    assert 5 <= kept < 62
    assert sync.status.button.text() == "Retry"
    assert "#c62828" in sync.status.label.styleSheet()
    assert sync.status.label.text()  # the sentence (connection lost / refused)
    imap_server.start()
    sync.status.button.click()
    _wait_done(qtbot, sync)
    rows = _mail_rows(workspace)
    assert len(rows) == 62 and len({(r.subject, r.direction) for r in rows}) == 62
    assert sync.status.label.text().startswith("Mail synced ")


def test_mail_is_parsed_on_the_worker_and_only_stored_on_the_gui_thread(
        qtbot: QtBot, window: MainWindow, workspace: Workspace,
        imap_server: DovecotServer, monkeypatch: pytest.MonkeyPatch) -> None:
    acme, harbor = _clients(workspace)
    box = imap_server.new_user()
    _account(imap_server, box)
    _fill(imap_server, box)
    parsed_on: list[str] = []
    real_parse = mail_store.parse_bytes

    def parse(*args: object, **kwargs: object) -> object:
        parsed_on.append(threading.current_thread().name)
        return real_parse(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(mail_store, "parse_bytes", parse)
    sync = window.mail_sync
    with qtbot.waitSignal(sync.sig_mail_filed, timeout=60_000) as filed:
        assert sync.sync_now()
    assert set(filed.args[0]) >= {acme, harbor}
    _wait_done(qtbot, sync)
    assert len(_mail_rows(workspace)) == 5
    assert len(parsed_on) == 5  # each client e-mail parsed once …
    main = threading.main_thread().name
    assert main not in parsed_on  # … and never on the GUI thread


def test_the_worker_emits_prepared_batches(
        qtbot: QtBot, workspace: Workspace, imap_server: DovecotServer) -> None:
    _clients(workspace)
    box = imap_server.new_user()
    _account(imap_server, box)
    _fill(imap_server, box)
    account = mail_accounts.get_account("work")
    resolve = mail_store.client_address_filter(workspace)
    states = mail_sync.folder_states(workspace, account)
    worker = MailSyncWorker(account, states, resolve, threading.Event(), batch=2,
                            own=frozenset({ME}))
    items: list[SyncBatch] = []

    def collect(item: SyncBatch) -> None:
        items.append(item)
        worker.room.release()

    worker.sig_batch.connect(collect)
    db = workspace.store.db
    db.execute("PRAGMA query_only = ON")
    try:
        worker.run()
    finally:
        db.execute("PRAGMA query_only = OFF")
    assert worker.outcome == ""
    fetched = [i for i in items if i.batch is not None and len(i.batch)]
    assert fetched and all(i.prepared is not None and len(i.prepared) == len(i.batch or [])
                           for i in fetched)
    ready = [p for i in fetched for p in (i.prepared or ())
             if isinstance(p, mail_store.PreparedMail)]
    assert len(ready) == 5
    report = SyncReport(account="work")
    for item in items:
        mail_sync.store_batch(workspace, account, item, report)
    assert report.stored == 5 and len(_mail_rows(workspace)) == 5
    for item in items:  # stored again: recognised, nothing twice
        mail_sync.store_batch(workspace, account, item, SyncReport(account="work"))
    assert len(_mail_rows(workspace)) == 5
