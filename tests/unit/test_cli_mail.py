"""``consultant mail …`` and ``conversation list``, run in-process: passwords from a
prompt or stdin into the keyring only, one-line errors, drafts into Dovecot."""

from __future__ import annotations

import argparse
import email
import email.policy
import io
import json
import mailbox
from pathlib import Path
from typing import Any

import pytest

from consultant import cli_mail
from consultant.cli import main
from consultant.core.models import Role
from tests.imap_server import DovecotServer, _dovecot_session, imap_server  # noqa: F401
from tests.support import MemoryKeyring

SECRET = "cli-SECRET-pw-0815"
ADD = ["mail", "account", "add", "work", "--host", "imap.example.org", "--port", "993",
       "--user", "me@example.org"]  # fmt: skip


class _Stdin(io.StringIO):
    def __init__(self, text: str, tty: bool = False) -> None:
        super().__init__(text)
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_account_add_list_remove_with_password_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:  # fmt: skip
    monkeypatch.setattr("sys.stdin", _Stdin(SECRET + "\n"))
    code, out, err = run(capsys, *ADD, "--password-stdin", "--drafts", "Entwürfe")
    assert code == 0, err
    assert "Saved mail account 'work'" in out
    assert memory_keyring.store == {("consultant", "mail:work"): SECRET}

    code, out, _ = run(capsys, "mail", "account", "list", "--json")
    (listed,) = json.loads(out)
    assert listed["name"] == "work" and listed["drafts"] == "Entwürfe"
    assert listed["password_saved"] is True
    assert SECRET not in out
    code, out, _ = run(capsys, "mail", "account", "list")
    assert "me@example.org on imap.example.org:993 (ssl) · password in keyring" in out

    code, out, _ = run(capsys, "mail", "account", "remove", "work")
    assert code == 0 and "Removed mail account 'work'" in out
    assert memory_keyring.store == {}
    code, out, _ = run(capsys, "mail", "account", "list")
    assert "No mail accounts" in out


def test_password_prompt_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:  # fmt: skip
    monkeypatch.setattr("sys.stdin", _Stdin("", tty=True))
    asked: list[str] = []

    def fake_getpass(prompt: str) -> str:
        asked.append(prompt)
        return SECRET

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    code, _, err = run(capsys, *ADD)
    assert code == 0, err
    assert asked == ["Password for me@example.org on imap.example.org (input hidden): "]
    assert memory_keyring.store[("consultant", "mail:work")] == SECRET


def test_no_terminal_and_no_password_stdin_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:  # fmt: skip
    monkeypatch.setattr("sys.stdin", _Stdin(SECRET + "\n"))
    code, out, err = run(capsys, *ADD)
    assert code == 1 and out == ""
    assert err.strip() == (
        "consultant: No terminal to ask for the password: pass "
        "--password-stdin and write the password on standard input."
    )
    assert memory_keyring.store == {}


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--security", "none"], "allowed only for a server on this computer"),
        (["--auth", "xoauth2"], "XOAUTH2 needs a token command"),
        (["--token-command", "x"], "only used with --auth xoauth2"),
    ],
)
def test_refused_accounts_are_one_line_before_any_prompt(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    extra: list[str], message: str,
) -> None:  # fmt: skip
    monkeypatch.setattr("sys.stdin", _Stdin(SECRET + "\n"))
    code, _, err = run(capsys, *ADD, *extra, "--password-stdin")
    assert code == 1
    assert message in err and len(err.strip().splitlines()) == 1
    assert SECRET not in err


def test_bad_port_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([*ADD[:7], "70000", "--user", "u"])
    assert info.value.code == 2
    assert "between 1 and 65535" in capsys.readouterr().err


def test_xoauth2_account_needs_no_password(
    capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    code, out, err = run(capsys, *ADD, "--auth", "xoauth2", "--token-command",
                         "oama access me@example.org")  # fmt: skip
    assert code == 0, err
    assert memory_keyring.store == {}
    code, out, _ = run(capsys, "mail", "account", "list")
    assert "XOAUTH2 token from: oama access me@example.org" in out


def test_account_test_and_draft_against_dovecot(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    imap_server: DovecotServer,  # noqa: F811
) -> None:  # fmt: skip
    box = imap_server.new_user()
    monkeypatch.setattr("sys.stdin", _Stdin(box.password + "\n"))
    code, _, err = run(capsys, "mail", "account", "add", "local", "--host", "127.0.0.1",
                       "--port", str(imap_server.port), "--user", box.user,
                       "--security", "none", "--password-stdin")  # fmt: skip
    assert code == 0, err
    code, out, err = run(capsys, "mail", "account", "test", "local")
    assert code == 0, err
    assert out.strip() == f"Signed in to 127.0.0.1 as {box.user}; INBOX holds 0 messages."

    conv_id = _conversation_with_reply()
    code, out, err = run(capsys, "mail", "draft", str(conv_id))
    assert code == 0, err
    assert "as a draft in the Drafts folder of mail account 'local'" in out
    assert len(imap_server.uids(box, "Drafts")) == 1
    assert "Draft" in next(iter(imap_server.flags(box, "Drafts").values()))


def _conversation_with_reply() -> int:
    from consultant.services.workspace import Workspace

    with Workspace.open() as ws:
        client = ws.add_client("Acme")
        assert client.id is not None
        conv = ws.store.conversations.create(client.id, "VPN notes")
        assert conv.id is not None
        ws.store.conversations.add_message(conv.id, Role.USER, "write it up")
        ws.store.conversations.add_message(conv.id, Role.ASSISTANT, "Der **VPN** steht.")
        return conv.id


def test_draft_to_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr("sys.stdin", _Stdin("pw\n"))
    assert run(capsys, *ADD, "--password-stdin")[0] == 0
    conv_id = _conversation_with_reply()
    target = tmp_path / "draft.eml"
    code, out, err = run(capsys, "mail", "draft", str(conv_id), "-o", str(target))
    assert code == 0, err
    assert out.strip() == f"Wrote the draft to {target}."
    msg = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert str(msg["Subject"]) == "VPN notes"
    code, _, err = run(capsys, "mail", "draft", "12345")
    assert code == 1 and err.strip() == "consultant: There is no conversation 12345."


def test_draft_without_account_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    conv_id = _conversation_with_reply()
    code, _, err = run(capsys, "mail", "draft", str(conv_id))
    assert code == 1
    assert err.startswith("consultant: No mail account is set up")
    assert len(err.strip().splitlines()) == 1


def _mbox(path: Path) -> Path:
    box = mailbox.mbox(str(path))
    for n in range(3):
        box.add(
            f"From: Jane <jane@acme.org>\nTo: me@example.org\nSubject: Offer {n}\n"
            f"Message-ID: <offer-{n}@acme.org>\nDate: Mon, 02 Mar 2026 0{n}:00:00 +0000\n\n"
            f"Please send the offer number {n}.\n"
        )
    box.add("From: stranger@elsewhere.example\nSubject: Spam\nMessage-ID: <s@e>\n\nBuy.\n")
    box.flush()
    box.close()
    return path


def test_import_mbox_and_repeat(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "client", "add", "Acme")[0] == 0
    assert run(capsys, "contact", "add", "--client", "Acme", "jane@acme.org")[0] == 0
    path = _mbox(tmp_path / "Inbox")
    code, out, err = run(capsys, "mail", "import", str(path))
    assert code == 0, err
    assert out.strip() == f"Imported {path}: 3 stored, 1 of no known client."
    code, out, err = run(capsys, "mail", "import", str(path))
    assert out.strip() == f"Imported {path}: 0 stored, 3 already stored, 1 of no known client."
    code, _, err = run(capsys, "mail", "import", str(tmp_path / "missing"))
    assert code == 1 and "There is no file or folder" in err

    rows = _conversation_list(capsys, "--kind", "mail", "--json")
    assert sorted(r["title"] for r in rows) == ["Offer 0", "Offer 1", "Offer 2"]
    assert all(r["client"] == "Acme" and r["kind"] == "mail" for r in rows)
    assert _conversation_list(capsys, "--kind", "chat", "--json") == []


def _conversation_list(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    parser = argparse.ArgumentParser()
    vsub = parser.add_subparsers()

    def add(group: Any, name: str, func: Any, help_: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = group.add_parser(name, help=help_)
        p.set_defaults(func=func)
        return p

    cli_mail.register_conversation_list(vsub, add)
    ns = parser.parse_args(["list", *args])
    assert ns.func(ns) == 0
    out = capsys.readouterr().out
    return json.loads(out) if "--json" in args else out


def test_conversation_list_text(capsys: pytest.CaptureFixture[str]) -> None:
    conv_id = _conversation_with_reply()
    out = _conversation_list(capsys, "--client", "Acme")
    assert f"{conv_id:>6}" in out and "Acme · VPN notes (2 messages)" in out


def test_first_ctrl_c_asks_to_stop_and_the_second_stops(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import signal

    before = signal.getsignal(signal.SIGINT)
    with cli_mail._first_ctrl_c_cancels("the test") as cancelled:
        assert not cancelled()
        signal.raise_signal(signal.SIGINT)
        assert cancelled()
        with pytest.raises(KeyboardInterrupt):
            signal.raise_signal(signal.SIGINT)
    assert signal.getsignal(signal.SIGINT) is before
    assert "Stopping the test after the current message" in capsys.readouterr().err


def test_ctrl_c_during_import_keeps_what_was_stored(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import signal

    from consultant.services import mail_import

    assert run(capsys, "client", "add", "Acme")[0] == 0
    assert run(capsys, "contact", "add", "--client", "Acme", "jane@acme.org")[0] == 0
    path = _mbox(tmp_path / "Inbox")
    real = mail_import.import_path

    def interrupted_import(ws: Any, p: Path, **kwargs: Any) -> Any:
        cancelled = kwargs["cancelled"]

        def once() -> bool:
            if not cancelled():
                signal.raise_signal(signal.SIGINT)  # the user presses Ctrl+C
            return cancelled()

        return real(ws, p, **{**kwargs, "cancelled": once})

    monkeypatch.setattr(mail_import, "import_path", interrupted_import)
    code, out, err = run(capsys, "mail", "import", str(path))
    assert code == 130 and out == ""
    assert f"consultant: Import of {path} stopped:" in err
    assert "Every message stored so far is kept" in err
    import re

    match = re.search(r"stopped: (\d+) stored", err)
    assert match is not None
    kept = int(match.group(1))
    assert kept < 3
    monkeypatch.setattr(mail_import, "import_path", real)
    code, out, _ = run(capsys, "mail", "import", str(path))
    assert code == 0
    assert f"{3 - kept} stored" in out
    assert (f"{kept} already stored" in out) == (kept > 0)


def test_sync_files_client_mail_once(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    imap_server: DovecotServer,  # noqa: F811
) -> None:  # fmt: skip
    box = imap_server.new_user()
    assert run(capsys, "client", "add", "Acme")[0] == 0
    assert run(capsys, "contact", "add", "--client", "Acme", "jane@acme.org")[0] == 0
    imap_server.append(box, "INBOX", [
        b"From: Jane <jane@acme.org>\r\nTo: " + box.user.encode() + b"\r\nSubject: Offer\r\n"
        b"Message-ID: <sync-1@acme.org>\r\nDate: Mon, 02 Mar 2026 09:00:00 +0000\r\n\r\n"
        b"Please send the offer.\r\n",
        b"From: stranger@elsewhere.example\r\nSubject: Spam\r\nMessage-ID: <s-1@e.example>"
        b"\r\n\r\nBuy.\r\n",
    ])  # fmt: skip
    monkeypatch.setattr("sys.stdin", _Stdin(box.password + "\n"))
    assert run(capsys, "mail", "account", "add", "local", "--host", "127.0.0.1", "--port",
               str(imap_server.port), "--user", box.user, "--security", "none",
               "--password-stdin")[0] == 0  # fmt: skip
    code, out, err = run(capsys, "mail", "sync")
    assert code == 0, err
    assert out.startswith("1 e-mail stored")
    code, out, err = run(capsys, "mail", "sync", "local")
    assert code == 0, err
    assert out.startswith("0 e-mails stored")
    rows = _conversation_list(capsys, "--kind", "mail", "--json")
    assert [r["title"] for r in rows] == ["Offer"]
    code, _, err = run(capsys, "mail", "sync", "nope")
    assert code == 1 and err.strip() == "consultant: There is no mail account named 'nope'."
