"""Sync of client mail from an IMAP account: fetch (network) and file (writer), apart.

- :func:`sync_account` — the CLI's ``consultant mail sync``: reads the account from
  settings, its secret from the keyring (or token command), fetches the inbox and the
  sent folder with :func:`consultant.mail.imap.fetch_new` and files every batch with
  :func:`services.mail_store.file_message`, recording the folder's sync state after
  each batch, so an interrupted sync resumes where it stopped.
- :func:`fetch_account` — for the desktop worker, which must not write: only fetches
  (given the account, the secret, the folders' states and the address filter) and
  yields :class:`SyncBatch` es; the GUI thread hands each one to :func:`file_batch`.
- :func:`fetch_prepared` — the same, and each batch's messages are also read and
  filed without the database (:func:`services.mail_store.prepare_message`: parse,
  attachment text, client) on the worker; :func:`store_batch` (the writer) then only
  checks for duplicates, finds the thread and inserts — the parsing that took up to
  ~100 ms a message no longer runs on the GUI thread.

A folder whose UIDVALIDITY changed is read again from UID 0 (stored mail is recognised
by its message key, so nothing is stored twice); a folder missing on the server is a
problem sentence in the report while the other folders are still read; a lost
connection, a refused sign-in or a refused certificate stops the sync with a
:class:`ServiceError` sentence (what was filed before stays, with its folder state).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from consultant.mail.accounts import MailAccount, MailError
from consultant.mail.imap import FetchBatch, FolderMissing, UidValidityChanged, fetch_new
from consultant.services import mail_store
from consultant.services.mail_accounts import account_secret, get_account
from consultant.services.mail_store import FileOutcome, FileResult, PreparedMail
from consultant.services.workspace import ServiceError, Workspace

__all__ = [
    "FolderState",
    "SyncBatch",
    "SyncReport",
    "account_folders",
    "fetch_account",
    "fetch_prepared",
    "file_batch",
    "folder_states",
    "prepare_batch",
    "store_batch",
    "sync_account",
]

MAX_PROBLEMS = 20

Progress = Callable[[str, int, int], None]  # (folder, UIDs looked at, new UIDs in folder)
FolderState = tuple[int | None, int]  # (uidvalidity, last_uid) — mail_store.folder_state


@dataclass(slots=True)
class SyncReport:
    account: str = ""
    stored: int = 0
    duplicates: int = 0
    not_client: int = 0  # fetched (a client named in To/Cc) but filed under no client
    malformed: int = 0
    too_large: list[str] = field(default_factory=list)  # a sentence per message
    problems: list[str] = field(default_factory=list)  # folders missing, malformed mail…
    notes: list[str] = field(default_factory=list)  # e.g. a folder read again from 0
    folders: list[str] = field(default_factory=list)  # folders read to the end
    bodies_fetched: int = 0
    headers_seen: int = 0
    cancelled: bool = False
    elapsed: float = 0.0

    def summary(self) -> str:
        """One sentence for the CLI's status line."""
        where = ", ".join(self.folders) if self.folders else "no folder"
        parts = [f"{self.stored} e-mail{'s' if self.stored != 1 else ''} stored"]
        if self.duplicates:
            parts.append(f"{self.duplicates} already stored")
        if self.not_client:
            parts.append(f"{self.not_client} of no client")
        if self.too_large:
            parts.append(f"{len(self.too_large)} too large")
        if self.malformed:
            parts.append(f"{self.malformed} unreadable")
        text = f"{'; '.join(parts)} ({where} of {self.account}, {self.elapsed:.1f} s)."
        if self.cancelled:
            text = "Sync cancelled: " + text
        return text

    def _problem(self, sentence: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(sentence)


@dataclass(frozen=True, slots=True)
class SyncBatch:
    """What the worker hands to the GUI thread: one batch of one folder."""

    folder: str
    batch: FetchBatch | None = None  # None for a folder that could not be read
    note: str = ""  # UIDVALIDITY changed: the folder is read again
    problem: str = ""  # the folder is missing on the server
    #: one entry per message of ``batch`` (same order) when prepared on the worker
    #: (:func:`prepare_batch`): a :class:`PreparedMail` to store, or the final result
    prepared: tuple[PreparedMail | FileResult, ...] | None = None


def account_folders(account: MailAccount) -> list[tuple[str, bool]]:
    """``[(folder, is_sent_folder)]`` to sync: the inbox, then the sent folder."""
    folders = [(account.inbox, False)]
    if account.sent.strip() and account.sent != account.inbox:
        folders.append((account.sent, True))
    return folders


def folder_states(ws: Workspace, account: MailAccount) -> dict[str, FolderState]:
    """The stored sync state of each folder of ``account`` (read on the writer)."""
    return {
        folder: mail_store.folder_state(ws, account.name, folder)
        for folder, _ in account_folders(account)
    }


def fetch_account(
    account: MailAccount,
    secret: str,
    states: Mapping[str, FolderState],
    wanted: Callable[[str], int | None],
    *,
    since: date | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch: int = 200,
    timeout: float = 30,
) -> Iterator[SyncBatch]:
    """Fetch the new client mail of every folder of ``account``; no database access
    (safe on a worker thread when ``wanted`` is a prebuilt filter). Raises
    :class:`MailError` for a failure that ends the sync."""
    for folder, sent in account_folders(account):
        if cancelled is not None and cancelled():
            return
        uidvalidity, last_uid = states.get(folder, (None, 0))
        note = ""
        for _attempt in range(2):
            try:
                for fetched in fetch_new(
                    account, secret, folder, uidvalidity=uidvalidity, last_uid=last_uid,
                    wanted=wanted, since=since, sent_folder=sent, batch=batch,
                    cancelled=cancelled, timeout=timeout,
                ):
                    assert isinstance(fetched, FetchBatch)
                    yield SyncBatch(folder, fetched, note=note)
                    note = ""
                break
            except UidValidityChanged as exc:
                uidvalidity, last_uid, note = None, 0, str(exc)
            except FolderMissing as exc:
                yield SyncBatch(folder, None, problem=str(exc))
                break


def prepare_batch(
    item: SyncBatch,
    *,
    own: frozenset[str],
    resolve: Callable[[str], int | None],
    between: Callable[[], object] | None = None,
) -> SyncBatch:
    """``item`` with its messages prepared (:func:`mail_store.prepare_message`); no
    database access, safe on a worker thread when ``resolve`` is a prebuilt filter.
    ``between`` is called before each message (the desktop worker waits there while
    the GUI thread stores, so the two do not contend for the GIL)."""
    fetched = item.batch
    if fetched is None or item.prepared is not None:
        return item
    prepared: list[PreparedMail | FileResult] = []
    for m in fetched:
        if between is not None:
            between()
        prepared.append(
            mail_store.prepare_message(m.raw, m.origin, resolve=resolve, own_addresses=own)
        )
    return replace(item, prepared=tuple(prepared))


def fetch_prepared(
    account: MailAccount,
    secret: str,
    states: Mapping[str, FolderState],
    resolve: Callable[[str], int | None],
    *,
    own: frozenset[str],
    since: date | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch: int = 200,
    timeout: float = 30,
    between: Callable[[], object] | None = None,
) -> Iterator[SyncBatch]:
    """:func:`fetch_account`, each batch's messages prepared (:func:`prepare_batch`,
    ``between`` before each message) before it is yielded; no database access. The
    writer stores with :func:`store_batch`."""
    for item in fetch_account(account, secret, states, resolve, since=since,
                              cancelled=cancelled, batch=batch, timeout=timeout):
        yield prepare_batch(item, own=own, resolve=resolve, between=between)


def _count(report: SyncReport, result: FileResult, origin_uid: int | None, folder: str) -> None:
    if result.outcome is FileOutcome.STORED:
        report.stored += 1
    elif result.outcome is FileOutcome.DUPLICATE:
        report.duplicates += 1
    elif result.outcome is FileOutcome.NO_CLIENT:
        report.not_client += 1
    elif result.outcome is FileOutcome.TOO_LARGE:
        report.too_large.append(result.reason)
    else:
        report.malformed += 1
        report._problem(f"E-mail {origin_uid} in {folder} could not be read: {result.reason}")


def store_batch(
    ws: Workspace,
    account: MailAccount,
    item: SyncBatch,
    report: SyncReport,
    *,
    own: frozenset[str] = frozenset(),
    resolve: Callable[[str], int | None] | None = None,
) -> list[FileResult]:
    """Store one prepared batch (:func:`fetch_prepared`; on the writer) and record the
    folder's new state; the result of each message, in order. A batch that was not
    prepared is prepared here first, with ``own`` and ``resolve`` (a filter built now
    when ``None``)."""
    if item.note:
        report.notes.append(item.note)
    if item.problem:
        report._problem(item.problem)
        return []
    fetched = item.batch
    if fetched is None:
        return []
    if item.prepared is None:
        resolve = resolve or mail_store.client_address_filter(ws)
        item = prepare_batch(item, own=own, resolve=resolve)
    prepared = item.prepared or ()
    report.bodies_fetched += fetched.bodies_fetched
    report.headers_seen += fetched.headers_seen
    results: list[FileResult] = []
    for message, ready in zip(fetched, prepared, strict=True):
        result = ready if isinstance(ready, FileResult) else mail_store.store_prepared(ws, ready)
        results.append(result)
        _count(report, result, message.origin.uid, message.origin.folder)
    _finish(ws, account, fetched, report)
    return results


def _finish(ws: Workspace, account: MailAccount, fetched: FetchBatch, report: SyncReport) -> None:
    report.too_large.extend(t.sentence for t in fetched.too_large)
    mail_store.set_folder_state(ws, account.name, fetched.folder, fetched.uidvalidity,
                                fetched.last_uid)
    if fetched.done >= fetched.total and fetched.folder not in report.folders:
        report.folders.append(fetched.folder)


def file_batch(
    ws: Workspace,
    account: MailAccount,
    item: SyncBatch,
    report: SyncReport,
    *,
    own: frozenset[str],
    resolve: Callable[[str], int | None],
) -> None:
    """File one fetched batch (on the writer) and record the folder's new state. The
    messages of a prepared batch (:func:`fetch_prepared`) are stored as prepared."""
    if item.prepared is not None:
        store_batch(ws, account, item, report)
        return
    if item.note:
        report.notes.append(item.note)
    if item.problem:
        report._problem(item.problem)
        return
    fetched = item.batch
    if fetched is None:
        return
    report.bodies_fetched += fetched.bodies_fetched
    report.headers_seen += fetched.headers_seen
    for message in fetched:
        result = mail_store.file_message(ws, message.raw, message.origin,
                                         own_addresses=own, resolve=resolve)
        _count(report, result, message.origin.uid, message.origin.folder)
    _finish(ws, account, fetched, report)


def sync_account(
    ws: Workspace,
    name: str | None,
    *,
    since: date | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch: int = 200,
    timeout: float = 30,
) -> SyncReport:
    """Fetch and file the new client mail of account ``name`` (the only account when
    ``None``). :class:`ServiceError` with a sentence when the sync cannot go on; what
    was filed before stays filed and the next sync continues after it."""
    started = time.monotonic()
    account = get_account(name)
    report = SyncReport(account=account.name)
    secret = account_secret(account)
    resolve = mail_store.client_address_filter(ws)
    extra = [account.user] if "@" in account.user else []
    own = mail_store.own_addresses(ws, extra)
    states = folder_states(ws, account)
    try:
        for item in fetch_account(account, secret, states, resolve, since=since,
                                  cancelled=cancelled, batch=batch, timeout=timeout):
            file_batch(ws, account, item, report, own=own, resolve=resolve)
            if progress is not None and item.batch is not None:
                progress(item.folder, item.batch.done, item.batch.total)
    except MailError as exc:  # the sentence says what happened; the state is saved
        raise ServiceError(str(exc)) from None
    report.cancelled = bool(cancelled is not None and cancelled())
    report.elapsed = time.monotonic() - started
    return report

