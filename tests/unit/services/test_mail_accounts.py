"""Mail accounts in settings.json, passwords in the keyring only, tested against a
real Dovecot on 127.0.0.1."""

from __future__ import annotations

import json

import keyring
import keyring.backends.fail
import pytest

from consultant.core.errors import ServiceError
from consultant.core.settings import load_settings, save_settings, settings_path
from consultant.mail.accounts import MailAccount
from consultant.services import mail_accounts
from tests.imap_server import DovecotServer, _dovecot_session, imap_server  # noqa: F401
from tests.support import MemoryKeyring

SECRET = "pw-SECRET-4711-very-long"


def account(name: str = "work", **fields: object) -> MailAccount:
    values: dict[str, object] = {"name": name, "host": "imap.example.org", "port": 993,
                                 "user": "me@example.org"}  # fmt: skip
    values.update(fields)
    return MailAccount(**values)  # type: ignore[arg-type]


def test_add_list_remove_keeps_the_password_out_of_settings(
    memory_keyring: MemoryKeyring,
) -> None:
    message = mail_accounts.add_account(account(), SECRET)
    assert "Saved mail account 'work'" in message and SECRET not in message
    assert memory_keyring.store == {("consultant", "mail:work"): SECRET}
    text = settings_path().read_text(encoding="utf-8")
    assert SECRET not in text
    assert json.loads(text)["mail_accounts"]["work"]["host"] == "imap.example.org"

    entries = mail_accounts.list_accounts()
    assert [e.name for e in entries] == ["work"]
    assert entries[0].account == account() and entries[0].password_saved
    assert SECRET not in json.dumps([e.to_json() for e in entries])
    assert mail_accounts.get_account() == account()
    assert mail_accounts.get_account("WORK") == account()

    assert "Removed mail account 'work'" in mail_accounts.remove_account("work")
    assert memory_keyring.store == {}
    assert mail_accounts.list_accounts() == []


def test_accounts_survive_an_unrelated_settings_save() -> None:
    mail_accounts.add_account(account(), SECRET)
    loaded = load_settings()
    loaded.settings.theme = "dark"
    save_settings(loaded.settings)
    assert mail_accounts.get_account("work") == account()


def test_duplicate_name_is_refused_and_nothing_changes(memory_keyring: MemoryKeyring) -> None:
    mail_accounts.add_account(account(), SECRET)
    with pytest.raises(ServiceError, match="already exists"):
        mail_accounts.add_account(account("Work", host="other.example.org"), "new-password")
    assert memory_keyring.store == {("consultant", "mail:work"): SECRET}
    assert mail_accounts.get_account("work").host == "imap.example.org"


def test_invalid_account_and_missing_password_are_refused() -> None:
    with pytest.raises(ServiceError, match="only for a server on this computer"):
        mail_accounts.add_account(account(security="none"), SECRET)
    with pytest.raises(ServiceError, match="needs a password"):
        mail_accounts.add_account(account(), "")
    assert not settings_path().exists()


def test_no_usable_keyring_saves_nothing() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(ServiceError) as info:
        mail_accounts.add_account(account(), SECRET)
    assert "no system keyring" in str(info.value) and "Nothing was saved" in str(info.value)
    assert SECRET not in str(info.value)
    assert not settings_path().exists()


def test_xoauth2_needs_no_password(memory_keyring: MemoryKeyring) -> None:
    acct = account(auth="xoauth2", token_command="oama access me@example.org")
    assert "token command" in mail_accounts.add_account(acct)
    assert memory_keyring.store == {}
    assert mail_accounts.list_accounts()[0].to_json()["password_saved"] is None


def test_choosing_an_account() -> None:
    with pytest.raises(ServiceError, match="No mail account is set up"):
        mail_accounts.get_account()
    mail_accounts.add_account(account("work"), SECRET)
    mail_accounts.add_account(account("private", host="imap.private.example"), SECRET)
    with pytest.raises(ServiceError, match=r"several mail accounts \(private, work\)"):
        mail_accounts.get_account()
    with pytest.raises(ServiceError, match="no mail account named 'nope'"):
        mail_accounts.get_account("nope")
    with pytest.raises(ServiceError, match="no mail account named 'nope'"):
        mail_accounts.remove_account("nope")


def test_hand_edited_broken_entry_is_listed_with_its_problem() -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(json.dumps({"mail_accounts": {
        "bad": {"host": "imap.example.org", "port": 70000, "user": "me"},
    }}), encoding="utf-8")  # fmt: skip
    (entry,) = mail_accounts.list_accounts()
    assert entry.account is None and "between 1 and 65535" in entry.problem
    with pytest.raises(ServiceError, match="between 1 and 65535"):
        mail_accounts.get_account("bad")


def test_connection_against_dovecot(imap_server: DovecotServer) -> None:  # noqa: F811
    box = imap_server.new_user()
    imap_server.append(box, "INBOX", [b"From: a@b.example\r\nSubject: hi\r\n\r\nhello\r\n"])
    acct = account(host="127.0.0.1", port=imap_server.port, user=box.user, security="none")
    mail_accounts.add_account(acct, box.password)
    sentence = mail_accounts.test_account("work")
    assert sentence == f"Signed in to 127.0.0.1 as {box.user}; INBOX holds 1 message."


def test_wrong_password_is_a_sentence_without_the_password(
    imap_server: DovecotServer,  # noqa: F811
) -> None:
    box = imap_server.new_user()
    acct = account(host="127.0.0.1", port=imap_server.port, user=box.user, security="none")
    mail_accounts.add_account(acct, SECRET)
    with pytest.raises(ServiceError) as info:
        mail_accounts.test_account()
    assert SECRET not in str(info.value)
    assert "\n" not in str(info.value) and str(info.value).endswith(".")
