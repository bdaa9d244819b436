"""``consultant mail …`` (accounts, sync, import, drafts) and ``conversation list``.

Registered into the main parser by :func:`register` (called from
``consultant.cli.build_parser``); ``conversation list`` joins the existing
``conversation`` group through :func:`register_conversation_list`. Same rules as the
CLI module: no Qt, no store, no ``consultant.llm``; every refusal is a
``ServiceError`` or ``CliError`` that ``consultant.cli.main`` prints as one line on
stderr with exit 1. Progress goes to stderr, results to stdout.

Passwords are read from a hidden prompt or, with ``--password-stdin``, from the first
line of stdin; never from the command line (it would be visible in ``ps`` and the
shell history). A command-line process keeps no key for "the session": without a
usable keyring nothing is saved and the message says so.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from consultant.cli import CliError, _print_json, _workspace  # loaded first: cli registers us

__all__ = ["register", "register_conversation_list"]

AddFn = Callable[[Any, str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def _say(line: str) -> None:
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


class _Progress:
    """A progress line on stderr, redrawn at most every 0.2 s on a terminal and
    written as whole lines (every 5 s) otherwise."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.tty = sys.stderr.isatty()
        self._last = 0.0
        self._shown = False

    def show(self, text: str, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last < (0.2 if self.tty else 5.0):
            return
        self._last = now
        try:
            if self.tty:
                sys.stderr.write(f"\r{self.label}: {text}\x1b[K")
            else:
                sys.stderr.write(f"{self.label}: {text}\n")
            sys.stderr.flush()
            self._shown = True
        except (OSError, ValueError):
            pass

    def done(self) -> None:
        shown, self._shown = self._shown, False
        if self.tty and shown:
            try:
                sys.stderr.write("\n")
                sys.stderr.flush()
            except (OSError, ValueError):
                pass


def _size(n: int) -> str:
    value = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{n} bytes"


# -- accounts ---------------------------------------------------------------------
def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
    elif sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"Password for {args.user} on {args.host} (input hidden): ")
    else:
        raise CliError(
            "No terminal to ask for the password: pass --password-stdin and write the "
            "password on standard input."
        )
    if not password:
        raise CliError("No password was entered; nothing was saved.")
    return password


def cmd_account_add(args: argparse.Namespace) -> int:
    from consultant.mail.accounts import MailAccount
    from consultant.services import mail_accounts

    account = MailAccount(
        name=args.name, host=args.host, port=args.port, user=args.user,
        security=args.security, inbox=args.inbox, sent=args.sent, drafts=args.drafts,
        auth=args.auth, token_command=args.token_command or "",
    )  # fmt: skip
    from consultant.mail.accounts import MailError, validate

    try:
        validate(account)  # before asking for a password that would then be refused
    except MailError as exc:
        raise CliError(str(exc)) from None
    if args.auth == "xoauth2" and args.password_stdin:
        raise CliError("--password-stdin is for --auth password; XOAUTH2 takes its token "
                         "from --token-command.")  # fmt: skip
    if args.auth == "password" and args.token_command:
        raise CliError("--token-command is only used with --auth xoauth2.")
    password = _read_password(args) if args.auth == "password" else None
    print(mail_accounts.add_account(account, password))
    return 0


def cmd_account_list(args: argparse.Namespace) -> int:
    from consultant.services import mail_accounts

    entries = mail_accounts.list_accounts()
    if args.json:
        _print_json([e.to_json() for e in entries])
        return 0
    if not entries:
        print("No mail accounts. Add one with: consultant mail account add NAME --host HOST "
              "--port 993 --user USER")  # fmt: skip
        return 0
    for entry in entries:
        a = entry.account
        if a is None:
            print(f"{entry.name} — unusable: {entry.problem}")
            continue
        if a.auth == "password":
            secret = "password in keyring" if entry.password_saved else "NO password saved"
        else:
            secret = f"XOAUTH2 token from: {a.token_command}"
        print(f"{a.name}: {a.user} on {a.host}:{a.port} ({a.security}) · {secret}")
        print(f"    folders: inbox {a.inbox}, sent {a.sent}, drafts {a.drafts}")
    return 0


def cmd_account_remove(args: argparse.Namespace) -> int:
    from consultant.services import mail_accounts

    print(mail_accounts.remove_account(args.name))
    return 0


def cmd_account_test(args: argparse.Namespace) -> int:
    from consultant.services import mail_accounts

    print(mail_accounts.test_account(args.name))
    return 0


# -- sync and import --------------------------------------------------------------
def _report_line(report: Any) -> str:
    parts = [f"{report.stored} stored"]
    for attr, text in (("duplicates", "already stored"), ("no_client", "of no known client"),
                       ("malformed", "unreadable"), ("too_large", "too large")):  # fmt: skip
        count = getattr(report, attr, 0)
        if count:
            parts.append(f"{count} {text}")
    return ", ".join(parts)


@contextlib.contextmanager
def _first_ctrl_c_cancels(what: str) -> Iterator[Callable[[], bool]]:
    """The first Ctrl+C asks the work to stop after the message at hand (what is
    stored stays stored); a second one stops at once."""
    stop = threading.Event()
    main = threading.current_thread() is threading.main_thread()
    previous: Any = signal.getsignal(signal.SIGINT) if main else None

    def on_interrupt(signum: int, frame: Any) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        _say(f"\nStopping {what} after the current message (Ctrl+C again to stop at once)…")

    if main:
        signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield stop.is_set
    finally:
        if main:
            signal.signal(signal.SIGINT, previous)


def _stopped(message: str) -> Exception:
    from consultant.cli import _Stopped

    return _Stopped(message, 130)


def cmd_sync(args: argparse.Namespace) -> int:
    from consultant.services import mail_accounts, mail_sync

    account = mail_accounts.get_account(args.name)  # a clear sentence before any work
    ws = _workspace()
    progress = _Progress(f"Syncing {account.name}")

    def on_progress(folder: str, done: int, total: int) -> None:
        share = f" ({100 * done // total}%)" if total else ""
        progress.show(f"{folder}: {done} of {total} new messages looked at{share}")

    kept = ("Every message stored so far is kept; the next `consultant mail sync` "
            "continues where this one stopped.")  # fmt: skip
    try:
        with _first_ctrl_c_cancels("the sync") as cancelled:
            report = mail_sync.sync_account(
                ws, account.name, since=args.since, progress=on_progress, cancelled=cancelled
            )
    except KeyboardInterrupt:
        raise _stopped(f"Sync stopped. {kept}") from None
    finally:
        progress.done()
    for line in [*report.notes, *report.problems, *report.too_large][:10]:
        _say(f"  {line}")
    if report.cancelled:
        raise _stopped(f"{report.summary()} {kept}")
    print(report.summary())
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from consultant.services import mail_import

    path = Path(args.path).expanduser()
    if not path.exists():
        raise CliError(f"There is no file or folder {path}.")
    ws = _workspace()
    progress = _Progress(f"Importing {path.name}")

    def on_progress(done: int, total: int) -> None:
        share = f" ({100 * done // total}%)" if total else ""
        progress.show(f"{_size(done)} of {_size(total)}{share}")

    kept = "Every message stored so far is kept; running the same import again skips them."
    try:
        with _first_ctrl_c_cancels("the import") as cancelled:
            report = mail_import.import_path(
                ws, path, client_name=args.client, progress=on_progress, cancelled=cancelled
            )
    except KeyboardInterrupt:
        raise _stopped(f"Import stopped. {kept}") from None
    finally:
        progress.done()
    for problem in report.problems[:5]:
        _say(f"  {problem}")
    if report.cancelled:
        raise _stopped(f"Import of {path} stopped: {_report_line(report)}. {kept}")
    print(f"Imported {path}: {_report_line(report)}.")
    if report.stored == 0 and report.no_client and not args.client:
        _say("  Nothing matched a client: add the client's contacts or domain, or pass "
             "--client NAME to file everything under one client.")  # fmt: skip
    return 0


# -- drafts -----------------------------------------------------------------------
def cmd_draft(args: argparse.Namespace) -> int:
    from consultant.services import mail_draft

    ws = _workspace()
    if args.output:
        raw = mail_draft.draft_for_conversation(
            ws, args.conversation_id, args.account, need_account=False
        )
        if args.output == "-":
            sys.stdout.buffer.write(raw)
            sys.stdout.flush()
            return 0
        target = Path(args.output).expanduser()
        try:
            target.write_bytes(raw)
        except OSError as exc:
            raise CliError(f"Cannot write {target}: {exc.strerror or exc}.") from None
        print(f"Wrote the draft to {target}.")
        return 0
    print(mail_draft.append_to_drafts(ws, args.conversation_id, args.account))
    return 0


# -- conversation list ----------------------------------------------------------------
def cmd_conversation_list(args: argparse.Namespace) -> int:
    from consultant.services import mail_draft

    rows = mail_draft.list_conversations(_workspace(), client=args.client, kind=args.kind)
    if args.json:
        _print_json([r.to_json() for r in rows])
        return 0
    if not rows:
        print("No conversations.")
        return 0
    for r in rows:
        when = r.updated_at[:16].replace("T", " ")
        mark = "✉ " if r.kind == "mail" else ""
        noun = "message" if r.messages == 1 else "messages"
        print(f"{r.id:>6}  {when}  {r.client} · {mark}{r.title or 'Untitled'} "
              f"({r.messages} {noun})")  # fmt: skip
    return 0


def register_conversation_list(vsub: Any, add: AddFn) -> None:
    """Add ``list`` to the existing ``conversation`` group."""
    p = add(vsub, "list", cmd_conversation_list,
            "list conversations, mail threads included (newest first)")  # fmt: skip
    p.add_argument("--client")
    p.add_argument("--kind", choices=["chat", "mail"])
    p.add_argument("--json", action="store_true")


# -- parser -----------------------------------------------------------------------
def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"the port must be between 1 and 65535, not {value}")
    return value


def register(sub: Any, add: AddFn) -> None:
    """Add ``mail`` to the ``consultant`` parser."""
    from consultant.cli import _parse_date

    mail = sub.add_parser("mail", help="IMAP accounts, sync, import of mail stores, drafts")
    msub = mail.add_subparsers(dest="mail_action", metavar="ACTION", required=True)

    account = msub.add_parser("account", help="IMAP accounts (passwords in the OS keyring)")
    asub = account.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add(asub, "add", cmd_account_add, "add an IMAP account (password asked at a prompt)")
    p.add_argument("name")
    p.add_argument("--host", required=True, help="IMAP server, e.g. imap.example.org")
    p.add_argument("--port", required=True, type=_port, help="993 for ssl, 143 for starttls")
    p.add_argument("--user", required=True, help="the sign-in name, usually your address")
    p.add_argument("--security", choices=["ssl", "starttls", "none"], default="ssl",
                   help="ssl (default), starttls, or none (only for a server on this "
                        "computer)")  # fmt: skip
    p.add_argument("--inbox", default="INBOX")
    p.add_argument("--sent", default="Sent")
    p.add_argument("--drafts", default="Drafts")
    p.add_argument("--auth", choices=["password", "xoauth2"], default="password")
    p.add_argument("--token-command", metavar="CMD",
                   help="for xoauth2: a command that prints an access token")  # fmt: skip
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from the first line of standard input")  # fmt: skip
    p = add(asub, "list", cmd_account_list, "list mail accounts")
    p.add_argument("--json", action="store_true")
    p = add(asub, "remove", cmd_account_remove, "remove a mail account and its password")
    p.add_argument("name")
    p = add(asub, "test", cmd_account_test, "sign in and count the inbox")
    p.add_argument("name", nargs="?")

    p = add(msub, "sync", cmd_sync, "fetch new mail from and to your clients")
    p.add_argument("name", nargs="?", help="the account (default: the only one)")
    p.add_argument("--since", type=_parse_date, metavar="YYYY-MM-DD",
                   help="only mail from this day on (first sync)")  # fmt: skip

    p = add(msub, "import", cmd_import, "import an mbox file, a Maildir or a folder of .eml")
    p.add_argument("path")
    p.add_argument("--client", help="file every message under this client")

    p = add(msub, "draft", cmd_draft,
            "put a conversation's last reply into the account's Drafts folder")  # fmt: skip
    p.add_argument("conversation_id", type=int, metavar="CONVERSATION_ID")
    p.add_argument("--account", help="the account (default: the only one)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write the message to FILE (- for stdout) instead of the Drafts "
                        "folder")  # fmt: skip
