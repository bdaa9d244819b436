"""Filing e-mail: raw bytes from IMAP or a local mail store → a client's mail thread.

The network layer (``consultant.mail``) and local imports (``services.mail_import``)
hand raw messages to :func:`file_message`, which runs on the writer (the CLI process
or the GUI thread). It is two steps, also usable apart: :func:`prepare_message` —
everything that needs no database (size check, headers, parse, attachment text,
client and direction through a prebuilt :func:`client_address_filter`, message key,
thread keys), safe on any thread (the desktop sync runs it on its worker) — and
:func:`store_prepared` — the duplicate check, the thread lookup and the
one-transaction insert, on the writer only. Rules (issue #16, docs/architecture.md):

- **Client.** The sender is a known client's contact or in a claimed domain
  (``core.intake.match_client``) → that client, direction ``in``. Otherwise, when the
  sender is one of the user's own addresses (or the message was found in the
  account's Sent folder) → the first To/Cc recipient that belongs to a client,
  direction ``out``. Otherwise the e-mail is not stored (``NO_CLIENT``). ``client_id``
  forces the client (``mail import --client``); the direction is then ``out`` for
  the user's own mail and ``in`` for everything else.
- **Identity.** ``services.intake.email_key``: ``mid:<Message-ID>``, or a content
  hash for mail without one. A key is stored once (a copy in INBOX and Sent, a second
  sync, a second import are ``DUPLICATE``), even when the second copy differs.
- **Thread.** The conversation of a stored e-mail of the same client named in
  References / In-Reply-To; else that of a stored e-mail of the same client whose
  References / In-Reply-To name this one (a reply filed before its parent: the
  parent joins the reply's thread); else a new ``kind='mail'`` conversation titled
  with the subject without ``Re:``/``Fwd:``. Threads are never merged afterwards.
- **Atomicity.** Thread, message and mail row are written in one transaction.
- **Bad mail never raises**: ``MALFORMED`` or ``TOO_LARGE`` with a sentence.

A message's ``created_at`` is its Date in UTC (a Date without a zone is read as
UTC; a missing or unreadable Date is the time of filing). Its content is the new
text as intake separates it (quoted history and signature removed; the whole body
when intake finds no new text).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from consultant.core.domains import normalize_email
from consultant.core.intake import IntakeError, parse_bytes
from consultant.core.intake.match import ClientMatcher
from consultant.core.mail_headers import (
    MAX_ATTACHMENT_TEXT,
    address_list,
    attachment_text,
    message_ids,
    read_headers,
    thread_title,
)
from consultant.core.mail_origin import MailOrigin
from consultant.services.intake import email_key
from consultant.services.workspace import NotFound, ServiceError, Workspace
from consultant.store.mail import NewMail
from consultant.store.rows import parse_ts

__all__ = [
    "MAX_MESSAGE_BYTES",
    "FileOutcome",
    "FileResult",
    "InboxItem",
    "MailInfo",
    "MailOrigin",
    "PreparedMail",
    "client_address_filter",
    "file_message",
    "folder_state",
    "inbox",
    "is_stored",
    "known_imap_uids",
    "mail_for_message",
    "own_addresses",
    "prepare_message",
    "set_folder_state",
    "set_handled",
    "store_prepared",
]

MAX_MESSAGE_BYTES = 25 * 1024 * 1024
MAX_CONTENT_CHARS = 2_000_000

AddressFilter = Callable[[str], int | None]


class FileOutcome(StrEnum):
    STORED = "stored"
    DUPLICATE = "duplicate"
    NO_CLIENT = "no_client"
    MALFORMED = "malformed"
    TOO_LARGE = "too_large"


@dataclass(frozen=True, slots=True)
class FileResult:
    outcome: FileOutcome
    message_key: str = ""
    client_id: int | None = None
    conversation_id: int | None = None
    reason: str = ""  # a sentence for MALFORMED / TOO_LARGE


@dataclass(frozen=True, slots=True)
class InboxItem:
    """One stored e-mail as the inbox lists it."""

    mail_id: int
    message_row: int | None
    conversation_id: int | None
    client_id: int
    client_name: str
    direction: str  # "in" | "out"
    from_addr: str
    from_name: str
    subject: str
    sent_at: datetime | None
    preview: str  # the start of its new text
    handled: bool
    attachment_count: int


@dataclass(frozen=True, slots=True)
class MailInfo:
    """A stored e-mail's headers: what a reply or a draft needs."""

    mail_id: int
    message_row: int | None
    conversation_id: int | None
    client_id: int
    client_name: str
    message_key: str
    message_id: str  # "" when the e-mail had none (its key is a content hash)
    direction: str
    from_addr: str
    from_name: str
    to_addrs: list[str]
    cc_addrs: list[str]
    subject: str
    sent_at: datetime | None
    in_reply_to: str
    references: list[str]
    attachments: list[dict[str, Any]] = field(default_factory=list)
    source: str = ""
    account: str = ""
    folder: str = ""
    handled: bool = False


def _clean(value: str, limit: int = 4096) -> str:
    """Text safe to store: no lone surrogates or NUL, bounded."""
    value = (value or "")[:limit]
    return value.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")


def _utc_iso(value: datetime | None) -> str:
    if value is None:
        return datetime.now(UTC).isoformat(timespec="microseconds")
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    except (OverflowError, ValueError, OSError):
        return datetime.now(UTC).isoformat(timespec="microseconds")


# -- addresses ---------------------------------------------------------------------


def client_address_filter(ws: Workspace) -> AddressFilter:
    """E-mail address → client id (contact first, then the most specific claimed
    domain; public mail domains never match a claim) or ``None``. Built once (per sync
    or import) from the clients' contacts and domains; answers are memoised."""
    matcher = ClientMatcher(
        {k.casefold(): int(v) for k, v in ws.store.clients.contact_map().items()},
        {k: int(v) for k, v in ws.store.clients.domain_map().items()},
    )
    cache: dict[str, int | None] = {}

    def lookup(address: str) -> int | None:
        raw = (address or "").strip().strip("<>").strip()
        found = cache.get(raw, -1)
        if found != -1:
            return found
        result = matcher.match(raw).client_id if raw else None
        if len(cache) > 100_000:
            cache.clear()
        cache[raw] = result
        return result

    return lookup


def own_addresses(ws: Workspace, extra: Iterable[str] = ()) -> frozenset[str]:
    """The user's own addresses, case-folded: the business e-mail of the settings'
    profile, the user names of the configured mail accounts that are addresses, and
    ``extra``."""
    from consultant.core.settings import load_settings

    found: set[str] = set()
    known: list[str] = []
    try:
        settings = load_settings().settings
        known.append(settings.profile.email)
        accounts = getattr(settings, "mail_accounts", {}) or {}
        for data in accounts.values():
            user = data.get("user") if isinstance(data, dict) else None
            if isinstance(user, str):
                known.append(user)
    except Exception:  # an unreadable settings file leaves only ``extra``
        pass
    for value in (*known, *extra):
        email = normalize_email((value or "").strip())
        if email is not None:
            found.add(email.casefold())
    return frozenset(found)


# -- filing ------------------------------------------------------------------------


def _decide(
    sender: str,
    recipients: list[str],
    origin: MailOrigin,
    own: frozenset[str],
    resolve: AddressFilter,
    forced: int | None,
) -> tuple[int | None, str]:
    mine = origin.sent_folder or (bool(sender) and sender.casefold() in own)
    if forced is not None:
        return forced, "out" if mine else "in"
    if sender:
        client = resolve(sender)
        if client is not None:
            return client, "in"
    if mine:
        for address in recipients:
            client = resolve(address)
            if client is not None:
                return client, "out"
    return None, ""


@dataclass(frozen=True, slots=True)
class PreparedMail:
    """An e-mail read and filed without the database (:func:`prepare_message`): what
    :func:`store_prepared` writes. ``mail.conversation_id`` is left ``None``; the
    thread is looked up when it is stored."""

    mail: NewMail
    thread_ids: tuple[str, ...] = ()  # References / In-Reply-To, as read
    own_id: str = ""  # its Message-ID ("" for a content-hash key)

    @property
    def message_key(self) -> str:
        return self.mail.message_key

    @property
    def client_id(self) -> int:
        return self.mail.client_id


def _check_raw(raw: object) -> bytes | FileResult:
    """The raw bytes, or why they cannot be an e-mail (not bytes, too large, empty)."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        return FileResult(FileOutcome.MALFORMED, reason="The e-mail is not a file's content.")
    raw = bytes(raw)
    if len(raw) > MAX_MESSAGE_BYTES:
        return FileResult(
            FileOutcome.TOO_LARGE,
            reason=f"This e-mail is too large to store ({len(raw) / (1024 * 1024):.0f} MB; "
            f"the limit is {MAX_MESSAGE_BYTES // (1024 * 1024)} MB).",
        )
    if not raw.strip():
        return FileResult(FileOutcome.MALFORMED, reason="The e-mail is empty.")
    return raw


def prepare_message(
    raw: bytes,
    origin: MailOrigin,
    *,
    resolve: AddressFilter,
    own_addresses: frozenset[str] = frozenset(),
    client_id: int | None = None,
) -> PreparedMail | FileResult:
    """Read and file one raw e-mail without the database: size check, headers, parse,
    attachment text, client and direction (through ``resolve``, a prebuilt
    :func:`client_address_filter`), message key and thread keys. Safe on any thread;
    never raises for bad mail. A :class:`FileResult` is the final answer (``NO_CLIENT``,
    ``MALFORMED``, ``TOO_LARGE``); a :class:`PreparedMail` goes to :func:`store_prepared`
    on the writer. ``client_id`` forces the client (not checked here: no database)."""
    checked = _check_raw(raw)
    if isinstance(checked, FileResult):
        return checked
    return _prepare(checked, origin, resolve, own_addresses, client_id)


def _prepare(
    raw: bytes,
    origin: MailOrigin,
    resolve: AddressFilter,
    own_addresses: frozenset[str],
    client_id: int | None,
) -> PreparedMail | FileResult:
    own = frozenset(a.casefold() for a in own_addresses)
    headers = read_headers(raw)
    if headers.from_addr and client_id is None:
        # Most mail is no client's: decided from the headers, without reading the body.
        found, _direction = _decide(
            headers.from_addr, headers.to + headers.cc, origin, own, resolve, None
        )
        if found is None:
            key = f"mid:{headers.message_id}" if headers.message_id else ""
            return FileResult(FileOutcome.NO_CLIENT, message_key=_clean(key, 1100))
    try:
        parsed = parse_bytes(raw, "message.eml")
    except IntakeError as exc:
        return FileResult(FileOutcome.MALFORMED, reason=str(exc))
    except (Exception, RecursionError):
        return FileResult(FileOutcome.MALFORMED, reason="This e-mail could not be read.")
    sender = (parsed.sender_email or headers.from_addr).strip().casefold()
    to_addrs = address_list(parsed.to) or headers.to
    cc_addrs = address_list(parsed.cc) or headers.cc
    client, direction = _decide(sender, to_addrs + cc_addrs, origin, own, resolve, client_id)
    key = _clean(email_key(parsed), 1100)
    if client is None:
        return FileResult(FileOutcome.NO_CLIENT, message_key=key)
    own_id = key[4:] if key.startswith("mid:") else ""
    thread_ids = headers.thread_ids or message_ids(parsed.in_reply_to)
    references = [_clean(r, 998) for r in headers.references]
    content = (parsed.new_text.strip() or parsed.body_text.strip())[:MAX_CONTENT_CHARS]
    try:
        att_text = _clean(attachment_text(raw, MAX_ATTACHMENT_TEXT), MAX_ATTACHMENT_TEXT + 10)
    except (Exception, RecursionError):
        att_text = ""
    mail = NewMail(
        message_key=key,
        client_id=client,
        direction=direction,
        content=_clean(content, MAX_CONTENT_CHARS),
        sent_at=_utc_iso(parsed.date),
        title=_clean(thread_title(parsed.subject) or "(no subject)", 300),
        from_addr=_clean(sender, 500),
        from_name=_clean(parsed.sender.name if parsed.sender else headers.from_name, 500),
        to_addrs=[_clean(a, 500) for a in to_addrs[:200]],
        cc_addrs=[_clean(a, 500) for a in cc_addrs[:200]],
        subject=_clean(parsed.subject, 1000),
        in_reply_to=_clean(" ".join(f"<{m}>" for m in headers.in_reply_to), 2000),
        references=references,
        attachments=[
            {
                "name": _clean(a.filename, 500),
                "size": int(a.size),
                "content_type": _clean(a.content_type, 200),
            }
            for a in parsed.attachments
        ],
        attachment_text=att_text,
        source=origin.source if origin.source in ("imap", "mbox", "maildir", "eml") else "eml",
        account=_clean(origin.account, 500),
        folder=_clean(origin.folder, 2000),
        uidvalidity=origin.uidvalidity,
        imap_uid=origin.uid,
        conversation_id=None,
    )
    return PreparedMail(mail, tuple(thread_ids), own_id)


def store_prepared(ws: Workspace, prepared: PreparedMail) -> FileResult:
    """Store a :func:`prepare_message` result (on the writer): ``DUPLICATE`` when its
    key is stored already, else its thread is looked up and thread, message and mail
    row are written in one transaction. The prepared mail is not changed, so storing
    it twice stores it once. Raises ``StoreError`` only for a storage failure."""
    key = prepared.message_key
    client = prepared.client_id
    repo = ws.store.mail
    if repo.is_stored(key):
        return FileResult(FileOutcome.DUPLICATE, message_key=key, client_id=client)
    conversation = repo.thread_for(client, prepared.thread_ids, prepared.own_id)
    mail = replace(prepared.mail, conversation_id=conversation)
    try:
        stored = repo.store(mail)
    except sqlite3.IntegrityError as exc:
        if repo.is_stored(key) or "replaced" in str(exc):
            return FileResult(FileOutcome.DUPLICATE, message_key=key, client_id=client)
        return FileResult(
            FileOutcome.MALFORMED, message_key=key, client_id=client,
            reason="This e-mail could not be stored: its fields are not valid.",
        )  # fmt: skip
    except (ValueError, OverflowError, UnicodeError):
        return FileResult(
            FileOutcome.MALFORMED, message_key=key, client_id=client,
            reason="This e-mail could not be stored: its fields are not valid.",
        )  # fmt: skip
    return FileResult(FileOutcome.STORED, key, client, stored.conversation_id)


def file_message(
    ws: Workspace,
    raw: bytes,
    origin: MailOrigin,
    *,
    own_addresses: frozenset[str] = frozenset(),
    client_id: int | None = None,
    resolve: AddressFilter | None = None,
) -> FileResult:
    """File one raw e-mail (see the module notes): :func:`prepare_message`, then
    :func:`store_prepared`. Never raises for bad mail.

    ``resolve`` is :func:`client_address_filter` built once by a caller filing many
    messages; without it one is built for this call. ``client_id`` forces the client.
    Raises ``StoreError`` only for a storage failure (a full disk, a locked file)."""
    checked = _check_raw(raw)
    if isinstance(checked, FileResult):
        return checked
    if client_id is not None:
        try:
            ws.store.clients.get(client_id)
        except NotFound:
            reason = f"There is no client with id {client_id}."
            return FileResult(FileOutcome.NO_CLIENT, reason=reason)
    resolve = resolve or client_address_filter(ws)
    prepared = _prepare(checked, origin, resolve, own_addresses, client_id)
    if isinstance(prepared, FileResult):
        return prepared
    return store_prepared(ws, prepared)


# -- state and reading ---------------------------------------------------------------


def is_stored(ws: Workspace, message_key: str) -> bool:
    return ws.store.mail.is_stored(message_key)


def known_imap_uids(ws: Workspace, account: str, folder: str, uidvalidity: int) -> set[int]:
    return ws.store.mail.known_imap_uids(account, folder, uidvalidity)


def folder_state(ws: Workspace, account: str, folder: str) -> tuple[int | None, int]:
    """(UIDVALIDITY, last UID seen) of a folder; ``(None, 0)`` when never synced."""
    return ws.store.mail.folder_state(account, folder)


def set_folder_state(
    ws: Workspace, account: str, folder: str, uidvalidity: int, last_uid: int
) -> None:
    ws.store.mail.set_folder_state(account, folder, int(uidvalidity), max(0, int(last_uid)))


def _json_list(value: Any) -> list[Any]:
    import json

    try:
        loaded = json.loads(value or "[]")
    except ValueError:
        return []
    return loaded if isinstance(loaded, list) else []


def _inbox_item(row: dict[str, Any]) -> InboxItem:
    return InboxItem(
        mail_id=int(row["id"]),
        message_row=row["message_row"],
        conversation_id=row["conversation_id"],
        client_id=int(row["client_id"]),
        client_name=row["client_name"],
        direction=row["direction"],
        from_addr=row["from_addr"],
        from_name=row["from_name"],
        subject=row["subject"],
        sent_at=parse_ts(row["sent_at"]),
        preview=" ".join((row["preview"] or "").split())[:200],
        handled=bool(row["handled"]),
        attachment_count=len(_json_list(row["attachments"])),
    )


def inbox(
    ws: Workspace, *, client_id: int | None = None, include_handled: bool = False,
    limit: int = 500,
) -> list[InboxItem]:  # fmt: skip
    """Stored e-mail newest first; by default only what is not yet handled."""
    rows = ws.store.mail.inbox(client_id=client_id, include_handled=include_handled, limit=limit)
    return [_inbox_item(r) for r in rows]


def set_handled(ws: Workspace, mail_id: int, handled: bool = True) -> None:
    if not ws.store.mail.set_handled(mail_id, handled):
        raise ServiceError(f"There is no stored e-mail with id {mail_id}.")


def mail_for_message(ws: Workspace, message_row: int) -> MailInfo | None:
    """The headers of the e-mail stored as message ``message_row``; ``None`` when that
    message is not a stored e-mail."""
    row = ws.store.mail.for_message(message_row)
    if row is None:
        return None
    key = row["message_key"]
    return MailInfo(
        mail_id=int(row["id"]),
        message_row=row["message_row"],
        conversation_id=row["conversation_id"],
        client_id=int(row["client_id"]),
        client_name=row["client_name"],
        message_key=key,
        message_id=key[4:] if key.startswith("mid:") else "",
        direction=row["direction"],
        from_addr=row["from_addr"],
        from_name=row["from_name"],
        to_addrs=[str(a) for a in _json_list(row["to_addrs"])],
        cc_addrs=[str(a) for a in _json_list(row["cc_addrs"])],
        subject=row["subject"],
        sent_at=parse_ts(row["sent_at"]),
        in_reply_to=row["in_reply_to"],
        references=[str(r) for r in _json_list(row["references_"])],
        attachments=[a for a in _json_list(row["attachments"]) if isinstance(a, dict)],
        source=row["source"],
        account=row["account"],
        folder=row["folder"],
        handled=bool(row["handled"]),
    )
