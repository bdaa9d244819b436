"""Mail account settings: validation sentences, the password only in the keyring,
XOAUTH2 tokens from a command (no shell, errors never quote its output)."""

from __future__ import annotations

import sys

import keyring
import keyring.backends.fail
import pytest

from consultant.mail import accounts
from consultant.mail.accounts import LOOPBACK_ONLY, MailAccount, MailError
from tests.support import MemoryKeyring

SECRET = "hunter2-very-secret"


def account(**fields: object) -> MailAccount:
    values: dict[str, object] = {"name": "work", "host": "imap.example.org", "port": 993,
                                 "user": "me@example.org"}  # fmt: skip
    values.update(fields)
    return MailAccount(**values)  # type: ignore[arg-type]


def test_json_round_trip_keeps_every_field() -> None:
    original = account(
        security="starttls", port=143, inbox="Posteingang", sent="Gesendet",
        drafts="Entwürfe", auth="xoauth2", token_command="oama access me",
    )  # fmt: skip
    data = original.to_json()
    assert "name" not in data and "password" not in data
    assert MailAccount.from_json("work", data) == original


@pytest.mark.parametrize(
    ("fields", "sentence"),
    [
        ({"name": ""}, "needs a name"),
        ({"name": "x" * 65}, "at most 64 characters"),
        ({"name": "a\x00b"}, "control characters"),
        ({"host": "imap example.org"}, "cannot contain spaces"),
        ({"host": "imap.example.org\n"}, "cannot contain spaces or control characters"),
        ({"host": ""}, "needs a server name"),
        ({"port": 0}, "between 1 and 65535"),
        ({"port": 65536}, "between 1 and 65535"),
        ({"security": "tls"}, "Unknown security 'tls'"),
        ({"security": "none"}, LOOPBACK_ONLY),
        ({"security": "none", "host": "localhost.example.org"}, LOOPBACK_ONLY),
        ({"auth": "xoauth2"}, "XOAUTH2 needs a token command"),
        ({"auth": "kerberos"}, "Unknown sign-in method"),
        ({"user": " "}, "needs a user name"),
    ],
)
def test_validation_sentences(fields: dict[str, object], sentence: str) -> None:
    with pytest.raises(MailError) as info:
        accounts.validate(account(**fields))
    assert sentence in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "[::1]", "127.1.2.3"])
def test_plain_imap_is_allowed_on_loopback(host: str) -> None:
    accounts.validate(account(security="none", host=host, port=1143))


def test_from_json_refuses_bad_types() -> None:
    with pytest.raises(MailError, match="whole number"):
        MailAccount.from_json("work", {"host": "h", "user": "u", "port": "nine"})
    with pytest.raises(MailError, match="must be text"):
        MailAccount.from_json("work", {"host": ["h"], "user": "u", "port": 993})


def test_password_lives_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    accounts.set_password("work", SECRET)
    assert memory_keyring.store == {("consultant", "mail:work"): SECRET}
    assert accounts.has_password("work")
    assert accounts.get_secret(account()) == SECRET
    accounts.delete_password("work")
    assert memory_keyring.store == {}
    accounts.delete_password("work")  # nothing to delete is fine
    with pytest.raises(MailError, match="No password is saved for mail account 'work'"):
        accounts.get_secret(account())


def test_no_usable_keyring_is_reported_and_nothing_is_kept() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(MailError) as info:
        accounts.set_password("work", SECRET)
    assert "no system keyring is available" in str(info.value)
    assert SECRET not in str(info.value)
    with pytest.raises(MailError, match="no system keyring"):
        accounts.get_secret(account())


def test_session_fallback_only_when_asked_for() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        sentence = accounts.set_password("work", SECRET, session_fallback=True)
        assert sentence is not None and "for this session only" in sentence
        assert SECRET not in sentence
        assert accounts.has_password("work")
        assert accounts.get_secret(account()) == SECRET
    finally:
        accounts.forget_session_passwords()
    with pytest.raises(MailError, match=r"No password is saved|no system keyring"):
        accounts.get_secret(account())


class LockedKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        from keyring.errors import KeyringLocked

        raise KeyringLocked("locked " + password)

    def get_password(self, service: str, username: str) -> str | None:
        from keyring.errors import KeyringLocked

        raise KeyringLocked("locked")


def test_locked_keyring_is_named_never_quoting_the_password() -> None:
    keyring.set_keyring(LockedKeyring())
    with pytest.raises(MailError) as info:
        accounts.set_password("work", SECRET)
    assert "locked" in str(info.value) and SECRET not in str(info.value)
    with pytest.raises(MailError, match="locked"):
        accounts.get_secret(account())


def _command(code: str) -> str:
    import shlex

    return shlex.join([sys.executable, "-c", code])


def test_token_command_gives_the_token() -> None:
    acct = account(auth="xoauth2", token_command=_command("print('  tok-123  ')"))
    assert accounts.get_secret(acct) == "tok-123"


def test_token_command_runs_without_a_shell(tmp_path: object) -> None:
    # With a shell, `;` would run a second command; without one it is an argument.
    acct = account(auth="xoauth2", token_command=_command("import sys; print(sys.argv[1:])")
                   + " ';' echo pwned")  # fmt: skip
    assert accounts.get_secret(acct) == "[';', 'echo', 'pwned']"


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("import sys; print('leak' + 'ed-' + 'output'); sys.exit(3)", "failed (exit status 3)"),
        ("print('   ')", "printed no token"),
    ],
)
def test_token_command_failures_name_the_command_not_its_output(code: str, sentence: str) -> None:
    acct = account(auth="xoauth2", token_command=_command(code))
    with pytest.raises(MailError) as info:
        accounts.get_secret(acct)
    assert sentence in str(info.value)
    assert "The token command" in str(info.value)
    assert "leaked-output" not in str(info.value)


def test_missing_token_command_program() -> None:
    acct = account(auth="xoauth2", token_command="no-such-program-xyz --flag")
    with pytest.raises(MailError, match="'no-such-program-xyz' was not found"):
        accounts.get_secret(acct)


def test_token_command_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "TOKEN_TIMEOUT", 0.5)
    acct = account(auth="xoauth2", token_command=_command("import time; time.sleep(30)"))
    with pytest.raises(MailError, match="did not finish within"):
        accounts.get_secret(acct)
