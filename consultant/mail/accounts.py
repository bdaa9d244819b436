"""IMAP account configuration and its secret.

The configuration (host, port, user, folders, auth method) is not secret and lives in
``settings.json`` under ``"mail_accounts"`` (``services/mail_accounts.py`` reads and
writes it). The password lives only in the OS keyring (service ``consultant``,
username ``mail:<name>``), through the keyring checks of ``consultant.llm.secrets``: a
missing, plain-text (keyrings.alt) or locked keyring is reported as a sentence and
nothing is kept — there is no session or plain-text fallback for a mail password.

For XOAUTH2 the access token is the standard output of a user-configured command
(the way isync/aerc users get Gmail or Microsoft 365 tokens), run with ``shlex`` (no
shell) and a 30 s timeout. Errors name the command, never its output.

``str(MailError)`` is always a sentence for the user and never contains a password
or token.
"""

from __future__ import annotations

import ipaddress
import logging
import shlex
import subprocess
import threading
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from consultant.llm import secrets

__all__ = [
    "AUTH_METHODS",
    "LOOPBACK_ONLY",
    "MAX_NAME_LENGTH",
    "SECURITY_MODES",
    "TOKEN_TIMEOUT",
    "MailAccount",
    "MailError",
    "delete_password",
    "forget_session_passwords",
    "get_secret",
    "has_password",
    "is_loopback",
    "keyring_username",
    "set_password",
    "validate",
]

log = logging.getLogger(__name__)

#: Passwords kept for this process only (the desktop without a usable keyring).
_session_passwords: dict[str, str] = {}
_session_lock = threading.Lock()

SECURITY_MODES = ("ssl", "starttls", "none")
AUTH_METHODS = ("password", "xoauth2")
MAX_NAME_LENGTH = 64
MAX_HOST_LENGTH = 253
MAX_FIELD_LENGTH = 1000
TOKEN_TIMEOUT = 30.0
LOOPBACK_ONLY = (
    "Plain IMAP without TLS is allowed only for a server on this computer "
    "(127.0.0.1 or localhost)."
)


class MailError(Exception):
    """A mail problem; ``str(exc)`` is a sentence for the user (never a secret)."""


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"} for ch in text)


def is_loopback(host: str) -> bool:
    """``True`` for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    host = host.strip().strip("[]").lower()
    if host in {"localhost", "localhost."}:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class MailAccount:
    name: str
    host: str
    port: int
    user: str
    security: str = "ssl"  # "ssl" | "starttls" | "none" ("none" only for loopback hosts)
    inbox: str = "INBOX"
    sent: str = "Sent"
    drafts: str = "Drafts"
    auth: str = "password"  # "password" | "xoauth2"
    token_command: str = ""  # for xoauth2: a command whose stdout is the access token

    def to_json(self) -> dict[str, object]:
        """The settings.json form (without the name, which is the key)."""
        return {
            "host": self.host,
            "port": self.port,
            "user": self.user,
            "security": self.security,
            "inbox": self.inbox,
            "sent": self.sent,
            "drafts": self.drafts,
            "auth": self.auth,
            "token_command": self.token_command,
        }

    @classmethod
    def from_json(cls, name: str, data: Mapping[str, object]) -> MailAccount:
        """An account from its settings.json form; validates, raises :class:`MailError`."""
        if not isinstance(data, Mapping):
            raise MailError(f"The settings of mail account {name!r} are not an object.")

        def text(key: str, default: str) -> str:
            value = data.get(key, default)
            if value is None:
                return default
            if not isinstance(value, str):
                raise MailError(f"Mail account {name!r}: {key} must be text.")
            return value

        port_value: Any = data.get("port", 993)
        if isinstance(port_value, bool) or not isinstance(port_value, int | str):
            raise MailError(f"Mail account {name!r}: the port must be a whole number.")
        try:
            port = int(port_value)
        except ValueError:
            raise MailError(f"Mail account {name!r}: the port must be a whole number.") from None
        account = cls(
            name=name,
            host=text("host", ""),
            port=port,
            user=text("user", ""),
            security=text("security", "ssl"),
            inbox=text("inbox", "INBOX"),
            sent=text("sent", "Sent"),
            drafts=text("drafts", "Drafts"),
            auth=text("auth", "password"),
            token_command=text("token_command", ""),
        )
        validate(account)
        return account


def _check_name(name: str) -> None:
    if not name.strip():
        raise MailError("A mail account needs a name.")
    if len(name) > MAX_NAME_LENGTH:
        raise MailError(f"A mail account name can be at most {MAX_NAME_LENGTH} characters long.")
    if name != name.strip() or _has_control(name):
        raise MailError(
            "A mail account name cannot start or end with spaces or contain control characters."
        )


def validate(account: MailAccount) -> None:
    """Raise :class:`MailError` with a sentence when ``account`` cannot be used."""
    _check_name(account.name)
    host = account.host
    if not host.strip():
        raise MailError(f"Mail account {account.name!r} needs a server name (host).")
    if len(host) > MAX_HOST_LENGTH:
        raise MailError(f"The server name of mail account {account.name!r} is too long.")
    if any(ch.isspace() for ch in host) or _has_control(host):
        raise MailError(
            f"The server name {host.strip()!r} cannot contain spaces or control characters."
            if not _has_control(host)
            else "The server name cannot contain spaces or control characters."
        )
    if not 1 <= account.port <= 65535:
        raise MailError(f"The port must be between 1 and 65535, not {account.port}.")
    if not account.user.strip():
        raise MailError(f"Mail account {account.name!r} needs a user name.")
    for label, value in (
        ("user name", account.user),
        ("inbox folder", account.inbox),
        ("sent folder", account.sent),
        ("drafts folder", account.drafts),
        ("token command", account.token_command),
    ):
        if len(value) > MAX_FIELD_LENGTH:
            raise MailError(f"The {label} of mail account {account.name!r} is too long.")
        if _has_control(value):
            raise MailError(
                f"The {label} of mail account {account.name!r} cannot contain control "
                f"characters."
            )
    for label, value in (("inbox", account.inbox), ("drafts", account.drafts)):
        if not value.strip():
            raise MailError(f"Mail account {account.name!r} needs a name for its {label} folder.")
    if account.security not in SECURITY_MODES:
        raise MailError(
            f"Unknown security {account.security!r}: use ssl, starttls or none."
        )
    if account.security == "none" and not is_loopback(host):
        raise MailError(LOOPBACK_ONLY)
    if account.auth not in AUTH_METHODS:
        raise MailError(f"Unknown sign-in method {account.auth!r}: use password or xoauth2.")
    if account.auth == "xoauth2":
        if not account.token_command.strip():
            raise MailError(
                "XOAUTH2 needs a token command: a command that prints an access token "
                "(for example: oama access you@example.com)."
            )
        try:
            if not shlex.split(account.token_command):
                raise ValueError
        except ValueError:
            raise MailError(
                "The token command cannot be read (check its quotes)."
            ) from None


def keyring_username(name: str) -> str:
    return f"mail:{name}"


def _usable_backend() -> Any:
    """The keyring backend, or :class:`MailError` saying why there is none usable."""
    try:
        backend = secrets._backend()
    except Exception as exc:  # keyring raises a variety of errors when probing
        if secrets._is_locked(exc):
            raise MailError(secrets.KEYRING_LOCKED) from None
        raise MailError(
            f"The system keyring could not be opened ({type(exc).__name__})."
        ) from None
    reason = secrets._unusable_reason(backend)
    if reason:
        raise MailError(
            f"The mail password cannot be saved: {reason}. Install or unlock a keyring "
            f"(e.g. GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) "
            f"and try again."
        )
    return backend


def _keyring_failure(exc: BaseException, doing: str) -> MailError:
    log.warning("keyring %s failed: %s", doing, type(exc).__name__)
    if secrets._is_locked(exc):
        return MailError(secrets.KEYRING_LOCKED)
    return MailError(f"The system keyring refused to {doing} the mail password "
                     f"({type(exc).__name__}).")


def set_password(name: str, password: str, *, session_fallback: bool = False) -> str | None:
    """Store the password of account ``name`` in the keyring.

    Without a usable keyring it raises :class:`MailError` (the CLI: nothing is kept),
    or, with ``session_fallback=True`` (the desktop, DESIGN.md §3), keeps the password
    in this process's memory only and returns a sentence saying so. ``None`` means it
    is in the keyring. Never written anywhere in plain text."""
    _check_name(name)
    if not password:
        raise MailError("An empty password cannot be stored.")
    if "\n" in password or "\r" in password:
        raise MailError("A password cannot contain a line break.")
    try:
        backend = _usable_backend()
        try:
            backend.set_password(secrets.SERVICE, keyring_username(name), password)
        except Exception as exc:
            raise _keyring_failure(exc, "store") from None
    except MailError as exc:
        if not session_fallback:
            raise
        with _session_lock:
            _session_passwords[name] = password
        return (
            f"{exc} Until then the password of mail account {name!r} is kept in memory "
            f"for this session only."
        )
    with _session_lock:
        _session_passwords.pop(name, None)
    return None


def forget_session_passwords() -> None:
    """Forget passwords kept in memory (tests, and "lock" actions)."""
    with _session_lock:
        _session_passwords.clear()


def has_password(name: str) -> bool:
    """Whether a password for ``name`` is kept (keyring or session memory); ``False``
    when the keyring cannot be asked."""
    with _session_lock:
        if name in _session_passwords:
            return True
    try:
        backend = _usable_backend()
        return bool(backend.get_password(secrets.SERVICE, keyring_username(name)))
    except Exception:
        return False


def delete_password(name: str) -> None:
    """Forget the password of ``name``; nothing to forget is fine, a keyring that
    cannot be asked raises :class:`MailError`."""
    with _session_lock:
        _session_passwords.pop(name, None)
    backend = _usable_backend()
    try:
        if backend.get_password(secrets.SERVICE, keyring_username(name)) is None:
            return
        backend.delete_password(secrets.SERVICE, keyring_username(name))
    except Exception as exc:
        if type(exc).__name__ == "PasswordDeleteError":
            return
        raise _keyring_failure(exc, "delete") from None


def _run_token_command(account: MailAccount) -> str:
    command = account.token_command.strip()
    try:
        argv = shlex.split(command)
    except ValueError:
        raise MailError(
            f"The token command {command!r} cannot be read (check its quotes)."
        ) from None
    if not argv:
        raise MailError(f"Mail account {account.name!r} has no token command.")
    try:
        done = subprocess.run(  # the user's own command, no shell
            argv,
            capture_output=True,
            timeout=TOKEN_TIMEOUT,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except FileNotFoundError:
        raise MailError(f"The token command {argv[0]!r} was not found.") from None
    except PermissionError:
        raise MailError(
            f"The token command {argv[0]!r} cannot be run (permission denied)."
        ) from None
    except subprocess.TimeoutExpired:
        raise MailError(
            f"The token command {command!r} did not finish within {TOKEN_TIMEOUT:.0f} seconds."
        ) from None
    except OSError as exc:
        raise MailError(
            f"The token command {command!r} could not be started ({type(exc).__name__})."
        ) from None
    if done.returncode != 0:
        raise MailError(
            f"The token command {command!r} failed (exit status {done.returncode})."
        )
    token = done.stdout.decode("utf-8", errors="replace").strip()
    if not token:
        raise MailError(f"The token command {command!r} printed no token.")
    return token.splitlines()[0].strip()


def get_secret(account: MailAccount) -> str:
    """The password from the keyring, or the access token from the token command."""
    if account.auth == "xoauth2":
        return _run_token_command(account)
    with _session_lock:
        kept = _session_passwords.get(account.name)
    if kept:
        return kept
    backend = _usable_backend()
    try:
        value = backend.get_password(secrets.SERVICE, keyring_username(account.name))
    except Exception as exc:
        raise _keyring_failure(exc, "read") from None
    if not isinstance(value, str) or not value:
        raise MailError(
            f"No password is saved for mail account {account.name!r}; add it again with "
            f"its password."
        )
    return value
