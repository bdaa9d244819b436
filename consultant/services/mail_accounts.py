"""Mail accounts: add, list, remove, test, pick one — for the CLI and Settings → Mail.

The configuration lives in ``settings.json`` under ``"mail_accounts"`` (name →
:meth:`MailAccount.to_json`), the password only in the OS keyring
(``consultant.mail.accounts``). Every refusal is a :class:`ServiceError` whose text is
one sentence for the user and never contains the password or a token.

Adding stores the password first and the configuration second, so a keyring that
refuses it leaves nothing behind; removing deletes the keyring entry first, so a locked
keyring leaves the account as it was (and says so).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from consultant.core.errors import ServiceError
from consultant.core.settings import LoadedSettings, SettingsError, load_settings, save_settings
from consultant.mail import accounts
from consultant.mail.accounts import MailAccount, MailError

__all__ = [
    "AccountEntry",
    "account_secret",
    "add_account",
    "get_account",
    "list_accounts",
    "remove_account",
    "test_account",
]


@dataclass(frozen=True, slots=True)
class AccountEntry:
    """One configured account as listed: ``account`` is ``None`` when its settings
    are unusable (then ``problem`` says why)."""

    name: str
    account: MailAccount | None
    password_saved: bool = False
    problem: str = ""

    def to_json(self) -> dict[str, object]:
        """For ``mail account list --json``: never the password, only whether it is saved."""
        data: dict[str, object] = {"name": self.name}
        if self.account is not None:
            data.update(self.account.to_json())
            data["password_saved"] = (
                self.password_saved if self.account.auth == "password" else None
            )
        if self.problem:
            data["problem"] = self.problem
        return data


def _load(path: Path | None) -> LoadedSettings:
    return load_settings(path)


def _save(loaded: LoadedSettings, path: Path | None) -> None:
    try:
        save_settings(loaded.settings, path)
    except SettingsError as exc:
        raise ServiceError(str(exc)) from None


def list_accounts(path: Path | None = None) -> list[AccountEntry]:
    """Every configured account, by name."""
    entries: list[AccountEntry] = []
    for name, data in sorted(_load(path).settings.mail_accounts.items()):
        try:
            account = MailAccount.from_json(name, data)
        except MailError as exc:
            entries.append(AccountEntry(name, None, problem=str(exc)))
            continue
        saved = account.auth == "password" and accounts.has_password(name)
        entries.append(AccountEntry(name, account, password_saved=saved))
    return entries


def get_account(name: str | None = None, path: Path | None = None) -> MailAccount:
    """The account ``name``, or the only one when ``name`` is ``None``."""
    configured = _load(path).settings.mail_accounts
    if not configured:
        raise ServiceError(
            "No mail account is set up; add one with `consultant mail account add` "
            "or in Settings → Mail."
        )
    if name is None:
        if len(configured) > 1:
            names = ", ".join(sorted(configured))
            raise ServiceError(f"There are several mail accounts ({names}); name the one to use.")
        name = next(iter(configured))
    data = configured.get(name)
    if data is None:
        matches = [n for n in configured if n.casefold() == name.casefold()]
        if len(matches) != 1:
            raise ServiceError(f"There is no mail account named {name!r}.")
        name, data = matches[0], configured[matches[0]]
    try:
        return MailAccount.from_json(name, data)
    except MailError as exc:
        raise ServiceError(str(exc)) from None


def add_account(
    account: MailAccount,
    password: str | None = None,
    *,
    replace: bool = False,
    path: Path | None = None,
) -> str:
    """Check and store ``account`` (and its password, for ``auth="password"``);
    returns a sentence saying what was saved."""
    try:
        accounts.validate(account)
    except MailError as exc:
        raise ServiceError(str(exc)) from None
    loaded = _load(path)
    existing = {n.casefold(): n for n in loaded.settings.mail_accounts}
    other = existing.get(account.name.casefold())
    if other is not None and not replace:
        raise ServiceError(
            f"A mail account named {other!r} already exists; remove it first or pick "
            f"another name."
        )
    if account.auth == "password":
        if not password:
            raise ServiceError(f"Mail account {account.name!r} needs a password.")
        try:
            accounts.set_password(account.name, password)
        except MailError as exc:
            raise ServiceError(f"{exc} Nothing was saved.") from None
    if other is not None and other != account.name:
        loaded.settings.mail_accounts.pop(other, None)
    loaded.settings.mail_accounts[account.name] = dict(account.to_json())
    _save(loaded, path)
    where = (
        "its password is in the system keyring"
        if account.auth == "password"
        else "its token comes from the token command"
    )
    return (
        f"Saved mail account {account.name!r} ({account.user} on "
        f"{account.host}:{account.port}, {account.security}); {where}."
    )


def remove_account(name: str, path: Path | None = None) -> str:
    """Forget the account and its keyring entry."""
    loaded = _load(path)
    configured = loaded.settings.mail_accounts
    found = name if name in configured else next(
        (n for n in configured if n.casefold() == name.casefold()), None
    )
    if found is None:
        raise ServiceError(f"There is no mail account named {name!r}.")
    try:
        accounts.delete_password(found)
    except MailError as exc:
        raise ServiceError(f"{exc} The account was not removed.") from None
    configured.pop(found)
    _save(loaded, path)
    return (
        f"Removed mail account {found!r} and its saved password. Mail already synced "
        f"from it stays in Consultant."
    )


def account_secret(account: MailAccount) -> str:
    """The password or access token, or a :class:`ServiceError` sentence."""
    try:
        return accounts.get_secret(account)
    except MailError as exc:
        raise ServiceError(str(exc)) from None


def test_account(
    name: str | None = None,
    *,
    path: Path | None = None,
    tester: Callable[[MailAccount, str], str] | None = None,
) -> str:
    """Sign in and look at the inbox; the sentence says what was found.

    ``tester`` is ``consultant.mail.imap.test_connection`` unless given."""
    account = get_account(name, path)
    secret = account_secret(account)
    if tester is None:
        from consultant.mail.imap import test_connection

        tester = test_connection
    try:
        return tester(account, secret)
    except MailError as exc:
        raise ServiceError(str(exc)) from None
