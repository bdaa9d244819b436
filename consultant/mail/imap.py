"""The only code that speaks IMAP, on ``imap-tools`` (over the stdlib ``imaplib``).

- :func:`connect` opens a session (``ssl``, ``starttls``, or ``none`` for a server on
  this computer only), signs in with a password or XOAUTH2, and verifies certificates
  against the system's trust store (``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` are honoured,
  which is how a private CA is trusted).
- :func:`fetch_new` reads one folder with EXAMINE (read-only, so nothing is ever marked
  \\Seen), lists the UIDs above ``last_uid`` (or those SINCE a date on a first sync),
  fetches the address headers of each batch and only then the bodies of the messages
  whose From/To/Cc a client owns (``BODY.PEEK[]``). Mail above
  :data:`MAX_MESSAGE_BYTES` is reported in the batch (``too_large``), not fetched.
- :func:`append_draft` appends a message to the Drafts folder with ``\\Draft``: the one
  write this app does on a mail server.

Every failure is a :class:`~consultant.mail.accounts.MailError` whose text is a
sentence for the user; no password or token ever appears in a message, log or
exception (the secret is also scrubbed from any server text we quote).
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import re
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from email.utils import getaddresses
from types import TracebackType
from typing import Any

from imap_tools import MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.errors import (
    MailboxAppendError,
    MailboxFolderSelectError,
    MailboxLoginError,
    MailboxStarttlsError,
    UnexpectedCommandStatusError,
)

from consultant.core.mail_origin import MailOrigin
from consultant.mail.accounts import LOOPBACK_ONLY, MailAccount, MailError, is_loopback

__all__ = [
    "HEADER_FIELDS",
    "MAX_MESSAGE_BYTES",
    "FetchBatch",
    "FetchedMessage",
    "FolderMissing",
    "ImapSession",
    "TooLarge",
    "UidValidityChanged",
    "append_draft",
    "connect",
    "fetch_new",
    "test_connection",
]

log = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 25 * 1024 * 1024  # the same limit as services.mail_store
HEADER_FIELDS = ("FROM", "TO", "CC", "MESSAGE-ID", "DATE", "SUBJECT")
BODY_CHUNK_BYTES = 16 * 1024 * 1024  # at most this much mail per FETCH of bodies
_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")


@dataclass(frozen=True, slots=True)
class FetchedMessage:
    raw: bytes
    origin: MailOrigin


@dataclass(frozen=True, slots=True)
class TooLarge:
    """A wanted message that was not fetched because of its size."""

    origin: MailOrigin
    size: int
    sender: str = ""
    subject: str = ""

    @property
    def sentence(self) -> str:
        what = f"“{self.subject}”" if self.subject else f"message {self.origin.uid}"
        who = f" from {self.sender}" if self.sender else ""
        return (
            f"The e-mail {what}{who} in {self.origin.folder} is {self.size / 2**20:.0f} MB, "
            f"above the {MAX_MESSAGE_BYTES // 2**20} MB limit; it was not fetched."
        )


class FetchBatch(list[FetchedMessage]):
    """One batch of :func:`fetch_new`: the fetched messages (a list), plus what the
    caller needs to record the folder's sync state even when nothing was wanted."""

    def __init__(self, messages: list[FetchedMessage], *, folder: str, uidvalidity: int,
                 last_uid: int, headers_seen: int, too_large: list[TooLarge],
                 done: int = 0, total: int = 0) -> None:
        super().__init__(messages)
        self.folder = folder
        self.done = done  # new UIDs of the folder looked at so far, this one included
        self.total = total  # new UIDs in the folder at the start
        self.uidvalidity = uidvalidity
        self.last_uid = last_uid  # every UID ≤ this has been looked at
        self.headers_seen = headers_seen
        self.too_large = too_large

    @property
    def bodies_fetched(self) -> int:
        return len(self)


class FolderMissing(MailError):
    """The folder does not exist on the server (any more)."""

    def __init__(self, folder: str, account: MailAccount) -> None:
        super().__init__(
            f"The folder {folder!r} does not exist on {account.host} (any more); check the "
            f"folder names of mail account {account.name!r}."
        )
        self.folder = folder


class UidValidityChanged(MailError):
    """The server renumbered the folder: its stored UIDs mean nothing any more. The
    caller reads the folder again from the start (``uidvalidity=None, last_uid=0``);
    mail already stored is recognised by its message key and not stored twice."""

    def __init__(self, folder: str, host: str, old: int, new: int) -> None:
        super().__init__(
            f"The server {host} renumbered the folder {folder} (UIDVALIDITY {old} → {new}); "
            f"it is read again from the start, and mail already stored is not stored twice."
        )
        self.folder = folder
        self.old = old
        self.new = new


# --- errors -------------------------------------------------------------------------


def _scrub(text: str, secret: str) -> str:
    return text.replace(secret, "•••") if secret else text


def _sign_in_refused(account: MailAccount, said: str) -> MailError:
    how = "token" if account.auth == "xoauth2" else "password"
    return MailError(
        f"{account.host} refused the sign-in of {account.user}: wrong user name or "
        f"{how}" + (f" (the server said: {said})" if said else "") + "."
    )


def _server_text(exc: UnexpectedCommandStatusError, secret: str) -> str:
    """The server's own words from a failed command, e.g. ``Authentication failed.``"""
    data = exc.command_result[1] if len(exc.command_result) > 1 else None
    parts: list[str] = []
    for item in data if isinstance(data, list | tuple) else [data]:
        if isinstance(item, bytes):
            parts.append(item.decode("utf-8", "replace"))
        elif isinstance(item, str):
            parts.append(item)
    text = re.sub(r"^\[[A-Z-]+\]\s*", "", " ".join(parts).strip())
    return _scrub(text, secret)[:200]


def _where(account: MailAccount) -> str:
    return f"{account.host}:{account.port}"


def _network_error(exc: BaseException, account: MailAccount, timeout: float,
                   *, connected: bool) -> MailError:
    """A sentence for a socket, TLS or protocol failure."""
    where = _where(account)
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or "not trusted"
        return MailError(
            f"The certificate of {account.host} was refused ({reason}), so nothing was sent. "
            f"If the server uses its own certificate authority, add it to the system's "
            f"trusted certificates (or point SSL_CERT_FILE at it)."
        )
    if isinstance(exc, ssl.SSLError):
        text = str(exc).lower()
        if "wrong version" in text or "record layer" in text or "unknown protocol" in text:
            return MailError(
                f"{where} did not answer with TLS; it is probably a plain IMAP port. Use "
                f"security “starttls” for it, or the TLS port (usually 993) with “ssl”."
            )
        return MailError(f"The secure connection to {where} failed ({exc.reason or 'TLS error'}).")
    if isinstance(exc, socket.gaierror):
        return MailError(f"The mail server {account.host!r} could not be found (unknown host).")
    if isinstance(exc, ConnectionRefusedError):
        return MailError(
            f"{where} refused the connection: no mail server is listening there "
            f"(check the host and port)."
        )
    if isinstance(exc, TimeoutError | socket.timeout):
        return MailError(f"{where} did not answer within {timeout:.0f} seconds.")
    if connected:
        return MailError(
            f"The connection to {account.host} was lost during the sync; what was fetched "
            f"before is kept, and the next sync continues from there."
        )
    return MailError(f"Could not connect to {where} ({type(exc).__name__}).")


_NETWORK_ERRORS = (OSError, EOFError, imaplib.IMAP4.abort, ssl.SSLError)


# --- session ------------------------------------------------------------------------


class ImapSession:
    """A signed-in IMAP connection (a context manager; closes on exit)."""

    def __init__(self, account: MailAccount, secret: str, *, timeout: float = 30) -> None:
        self.account = account
        self._secret = secret
        self._timeout = timeout
        self._box: Any = None
        self.bodies_fetched = 0  # BODY.PEEK[] items received over this session
        self._open()

    # connection

    def _open(self) -> None:
        account, timeout = self.account, self._timeout
        if account.security == "none" and not is_loopback(account.host):
            raise MailError(LOOPBACK_ONLY)
        if account.security not in ("ssl", "starttls", "none"):
            raise MailError(f"Unknown security {account.security!r}: use ssl, starttls or none.")
        context = ssl.create_default_context()
        try:
            if account.security == "ssl":
                box: Any = MailBox(account.host, account.port, timeout=timeout,
                                   ssl_context=context)
            elif account.security == "starttls":
                box = MailBoxStartTls(account.host, account.port, timeout=timeout,
                                      ssl_context=context)
            else:
                box = MailBoxUnencrypted(account.host, account.port, timeout=timeout)
        except MailboxStarttlsError:  # before the network errors: abort is an IMAP4.error
            raise MailError(
                f"{_where(self.account)} does not offer STARTTLS; use security “ssl” on its "
                f"TLS port instead."
            ) from None
        except _NETWORK_ERRORS as exc:  # (SSL errors are ValueErrors too)
            raise _network_error(exc, account, timeout, connected=False) from None
        except imaplib.IMAP4.error as exc:
            text = _scrub(str(exc), self._secret)
            if "starttls" in text.lower() or "tls" in text.lower():
                raise MailError(
                    f"{_where(self.account)} does not offer STARTTLS; use security “ssl” on "
                    f"its TLS port instead."
                ) from None
            raise MailError(
                f"{_where(self.account)} does not answer like an IMAP server."
            ) from None
        except ValueError as exc:  # imap-tools: STARTTLS on port 993
            raise MailError(
                f"Port {account.port} is a TLS port: use security “ssl” for it ({exc})."
            ) from None
        self._box = box
        try:
            if account.auth == "xoauth2":
                box.xoauth2(account.user, self._secret, initial_folder=None)
            else:
                box.login(account.user, self._secret, initial_folder=None)
        except MailboxLoginError as exc:
            self._drop()
            raise _sign_in_refused(account, _server_text(exc, self._secret)) from None
        except _NETWORK_ERRORS as exc:
            self._drop()
            raise _network_error(exc, account, timeout, connected=True) from None
        except imaplib.IMAP4.error as exc:
            self._drop()
            text = _scrub(str(exc), self._secret)
            if account.auth == "xoauth2" and "mechanism" in text.lower():
                raise MailError(f"{account.host} does not accept XOAUTH2 sign-in.") from None
            if "authenticationfailed" in text.lower() or "authentication failed" in text.lower():
                # imaplib's AUTHENTICATE (XOAUTH2) raises this instead of a login error
                said = re.sub(r"^\W*\[AUTHENTICATIONFAILED\]\s*", "", text.strip("b'\" "))
                raise _sign_in_refused(account, said[:120]) from None
            raise MailError(
                f"{account.host} refused the sign-in of {account.user} ({text[:160]})."
            ) from None

    def _drop(self) -> None:
        box, self._box = self._box, None
        if box is None:
            return
        with contextlib.suppress(Exception):  # the connection may be gone already
            box.client.shutdown()

    def close(self) -> None:
        box, self._box = self._box, None
        if box is None:
            return
        try:
            box.logout()
        except Exception:
            with contextlib.suppress(Exception):
                box.client.shutdown()

    def __enter__(self) -> ImapSession:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def _mailbox(self) -> Any:
        if self._box is None:
            raise MailError(f"The connection to {self.account.host} is closed.")
        return self._box

    @property
    def client(self) -> imaplib.IMAP4:
        client: imaplib.IMAP4 = self._mailbox.client
        return client

    def _lost(self, exc: BaseException) -> MailError:
        self._drop()
        return _network_error(exc, self.account, self._timeout, connected=True)

    # commands

    def examine(self, folder: str) -> tuple[int, int]:
        """Open ``folder`` read-only (EXAMINE): ``(uidvalidity, message count)``."""
        try:
            self._mailbox.folder.set(folder, readonly=True)
            _code, data = self.client.response("UIDVALIDITY")
            _exists_code, exists = self.client.response("EXISTS")
        except MailboxFolderSelectError:
            raise FolderMissing(folder, self.account) from None
        except _NETWORK_ERRORS as exc:
            raise self._lost(exc) from None
        try:
            uidvalidity = int(data[0]) if data and data[0] is not None else 0
            count = int(exists[-1]) if exists and exists[-1] is not None else 0
        except (TypeError, ValueError):
            raise MailError(
                f"{self.account.host} sent an unreadable answer for folder {folder!r}."
            ) from None
        return uidvalidity, count

    def uids_after(self, last_uid: int, since: date | None = None) -> list[int]:
        """UIDs above ``last_uid`` in the open folder, ascending; with ``since``, only
        messages received on or after that day."""
        criteria = f"UID {last_uid + 1}:*"
        if since is not None:
            criteria += " SINCE " + since.strftime("%d-%b-%Y")  # IMAP dates are English
        try:
            typ, data = self.client.uid("SEARCH", criteria)
        except _NETWORK_ERRORS as exc:
            raise self._lost(exc) from None
        except imaplib.IMAP4.error as exc:
            raise MailError(
                f"{self.account.host} refused to list the messages "
                f"({_scrub(str(exc), self._secret)[:120]})."
            ) from None
        if typ != "OK":
            raise MailError(f"{self.account.host} refused to list the messages.")
        found = {int(x) for x in (data[0] or b"").split() if x.isdigit()}
        # "n:*" always includes the highest UID, even when it is below n.
        return sorted(u for u in found if u > last_uid)

    def _fetch(self, uids: list[int], items: str) -> list[tuple[bytes, bytes]]:
        """``UID FETCH`` → ``[(metadata, literal)]``; metadata holds UID, size etc."""
        if not uids:
            return []
        try:
            typ, data = self.client.uid("FETCH", ",".join(map(str, uids)), items)
        except _NETWORK_ERRORS as exc:
            raise self._lost(exc) from None
        except imaplib.IMAP4.error as exc:
            raise MailError(
                f"{self.account.host} refused to send messages "
                f"({_scrub(str(exc), self._secret)[:120]})."
            ) from None
        if typ != "OK":
            raise MailError(f"{self.account.host} refused to send messages.")
        out: list[tuple[bytes, bytes]] = []
        for item in data:
            if isinstance(item, tuple) and len(item) >= 2:
                out.append((bytes(item[0]), bytes(item[1])))
            elif isinstance(item, bytes) and out and item.strip() not in (b"", b")"):
                meta, literal = out[-1]  # items after the literal, e.g. " UID 7)"
                out[-1] = (meta + b" " + item, literal)
        return out

    def fetch_headers(self, uids: list[int]) -> dict[int, tuple[int, bytes]]:
        """``{uid: (size, header bytes)}`` of the address headers, without the bodies."""
        items = f"(UID RFC822.SIZE BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})])"
        result: dict[int, tuple[int, bytes]] = {}
        for meta, literal in self._fetch(uids, items):
            uid, size = _UID.search(meta), _SIZE.search(meta)
            if uid is not None:
                result[int(uid.group(1))] = (int(size.group(1)) if size else 0, literal)
        return result

    def fetch_bodies(self, uids: list[int]) -> dict[int, bytes]:
        """``{uid: whole message}`` with ``BODY.PEEK[]`` (the \\Seen flag is not set)."""
        result: dict[int, bytes] = {}
        for meta, literal in self._fetch(uids, "(UID BODY.PEEK[])"):
            uid = _UID.search(meta)
            if uid is not None:
                result[int(uid.group(1))] = literal
                self.bodies_fetched += 1
        return result

    def append(self, folder: str, message: bytes, flags: tuple[str, ...] = ()) -> None:
        try:
            self._mailbox.append(message, folder, flag_set=list(flags))
        except MailboxAppendError as exc:
            said = _server_text(exc, self._secret)
            if "exist" in said.lower() or "mailbox" in said.lower():
                raise MailError(
                    f"The folder {folder!r} does not exist on {self.account.host}; check the "
                    f"drafts folder of mail account {self.account.name!r}."
                ) from None
            raise MailError(
                f"{self.account.host} refused to save the draft in {folder!r}"
                + (f" (the server said: {said})" if said else "") + "."
            ) from None
        except _NETWORK_ERRORS as exc:
            raise self._lost(exc) from None


def connect(account: MailAccount, secret: str, *, timeout: float = 30) -> ImapSession:
    """A signed-in session (use it as a context manager); :class:`MailError` on failure."""
    if not secret:
        raise MailError(f"Mail account {account.name!r} has no password or token to sign in.")
    return ImapSession(account, secret, timeout=timeout)


def test_connection(account: MailAccount, secret: str) -> str:
    """Sign in and count the inbox: a sentence for Settings → Mail / ``account add``."""
    with connect(account, secret, timeout=15) as session:
        _, count = session.examine(account.inbox)
    noun = "message" if count == 1 else "messages"
    return f"Signed in to {account.host} as {account.user}; {account.inbox} holds {count} {noun}."


# --- sync ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Headers:
    addresses: list[str] = field(default_factory=list)  # From, To, Cc
    sender: str = ""
    subject: str = ""


def _read_headers(raw: bytes) -> _Headers:
    from email.header import decode_header, make_header
    from email.parser import BytesHeaderParser
    from email.policy import compat32

    msg = BytesHeaderParser(policy=compat32).parsebytes(raw)
    found = _Headers()
    for name in ("From", "To", "Cc"):
        values = [str(v) for v in msg.get_all(name, [])]
        pairs = getaddresses(values)
        found.addresses += [addr for _, addr in pairs if "@" in addr]
        if name == "From" and pairs:
            found.sender = pairs[0][1]
    subject = msg.get("Subject")
    if subject is not None:
        try:
            found.subject = str(make_header(decode_header(str(subject))))
        except (UnicodeError, LookupError, ValueError):
            found.subject = str(subject)
        found.subject = " ".join(found.subject.split())[:120]
    return found


def fetch_new(
    account: MailAccount,
    secret: str,
    folder: str,
    *,
    uidvalidity: int | None,
    last_uid: int,
    wanted: Callable[[str], int | None],
    since: date | None = None,
    sent_folder: bool = False,
    batch: int = 200,
    cancelled: Callable[[], bool] | None = None,
    timeout: float = 30,
) -> Iterator[list[FetchedMessage]]:
    """The messages of ``folder`` above ``last_uid`` whose From/To/Cc ``wanted``
    recognises, in batches in UID order (each a :class:`FetchBatch`).

    Raises :class:`UidValidityChanged` when ``uidvalidity`` no longer matches the
    server's (read the folder again with ``uidvalidity=None, last_uid=0``), and
    :class:`MailError` for every other failure; batches already yielded stay valid.
    ``since`` limits a first sync (``uidvalidity is None``) to mail from that day on.
    """
    with connect(account, secret, timeout=timeout) as session:
        yield from _fetch_folder(session, folder, uidvalidity=uidvalidity, last_uid=last_uid,
                                 wanted=wanted, since=since, sent_folder=sent_folder,
                                 batch=batch, cancelled=cancelled)


def _fetch_folder(
    session: ImapSession, folder: str, *, uidvalidity: int | None, last_uid: int,
    wanted: Callable[[str], int | None], since: date | None, sent_folder: bool,
    batch: int, cancelled: Callable[[], bool] | None,
) -> Iterator[FetchBatch]:
    account = session.account
    server_validity, _count = session.examine(folder)
    if uidvalidity is not None and uidvalidity != server_validity:
        raise UidValidityChanged(folder, account.host, uidvalidity, server_validity)
    if uidvalidity is None:
        last_uid = 0
    uids = session.uids_after(last_uid, since if uidvalidity is None else None)
    size = max(1, batch)
    for start in range(0, len(uids), size):
        if cancelled is not None and cancelled():
            return
        chunk = uids[start : start + size]
        headers = session.fetch_headers(chunk)
        take: list[int] = []
        too_large: list[TooLarge] = []
        sizes: dict[int, int] = {}
        for uid in chunk:
            if uid not in headers:
                continue  # expunged meanwhile
            msg_size, raw_headers = headers[uid]
            found = _read_headers(raw_headers)
            if not any(wanted(addr) is not None for addr in found.addresses):
                continue
            if msg_size > MAX_MESSAGE_BYTES:
                too_large.append(TooLarge(
                    _origin(account, folder, server_validity, uid, sent_folder),
                    msg_size, found.sender, found.subject,
                ))
                continue
            take.append(uid)
            sizes[uid] = msg_size
        bodies: dict[int, bytes] = {}
        group: list[int] = []
        group_bytes = 0
        for uid in take:
            if group and group_bytes + sizes[uid] > BODY_CHUNK_BYTES:
                bodies.update(session.fetch_bodies(group))
                group, group_bytes = [], 0
            group.append(uid)
            group_bytes += sizes[uid]
        bodies.update(session.fetch_bodies(group))
        messages = [
            FetchedMessage(bodies[uid], _origin(account, folder, server_validity, uid,
                                                sent_folder))
            for uid in take if uid in bodies
        ]
        yield FetchBatch(messages, folder=folder, uidvalidity=server_validity,
                         last_uid=chunk[-1], headers_seen=len(headers), too_large=too_large,
                         done=start + len(chunk), total=len(uids))
    if not uids:
        yield FetchBatch([], folder=folder, uidvalidity=server_validity, last_uid=last_uid,
                         headers_seen=0, too_large=[])


def _origin(account: MailAccount, folder: str, uidvalidity: int, uid: int,
            sent_folder: bool) -> MailOrigin:
    return MailOrigin(source="imap", account=account.name, folder=folder,
                      uidvalidity=uidvalidity, uid=uid, sent_folder=sent_folder)


def append_draft(account: MailAccount, secret: str, message: bytes) -> None:
    """Append ``message`` (a complete RFC 5322 message) to ``account.drafts`` with the
    ``\\Draft`` flag, so it appears in the user's mail client ready to edit and send."""
    if not message.strip():
        raise MailError("An empty draft cannot be saved.")
    with connect(account, secret) as session:
        session.append(account.drafts, message, ("\\Draft",))
