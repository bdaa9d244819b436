"""XOAUTH2 sign-in against a real Dovecot (its ``oauth2`` passdb), the access token
taken from a user-configured command run by the real ``get_secret``; the token
endpoint Dovecot asks is a tiny HTTP server in this process
(``tests.imap_server.TokenInfoServer``) that accepts one token for one user."""

# ruff: noqa: F811
# (pytest fixtures are imported, then named as test parameters)

from __future__ import annotations

import email
import sys
from pathlib import Path

import pytest

from consultant.mail import imap
from consultant.mail.accounts import MailAccount, MailError, get_secret, validate
from consultant.services import mail_accounts, mail_sync
from consultant.services.workspace import ServiceError, Workspace
from tests.imap_server import (  # noqa: F401
    OAuth2Dovecot,
    _dovecot_oauth2_session,
    compose,
    corpus_messages,
    oauth2_imap_server,
)

CLIENT = "client.example"


def token_command(tmp_path: Path, token: str, name: str = "token.py") -> str:
    """A script printing ``token`` (as ``oama access …`` would), run without a shell."""
    script = tmp_path / name
    script.write_text(f"print({token!r})\n")
    return f"{sys.executable} {script}"


def account(oauth: OAuth2Dovecot, command: str, *, user: str | None = None,
            security: str = "none", name: str = "work") -> MailAccount:
    server = oauth.server
    port = server.ssl_port if security == "ssl" else server.port
    acc = MailAccount(name=name, host="127.0.0.1", port=port, user=user or oauth.box.user,
                      security=security, auth="xoauth2", token_command=command)
    validate(acc)
    return acc


def wanted(address: str) -> int | None:
    return 1 if address.lower().endswith("@" + CLIENT) else None


def test_the_token_from_the_command_signs_in_over_xoauth2(
        oauth2_imap_server: OAuth2Dovecot, tmp_path: Path, trust_ca: None) -> None:
    oauth = oauth2_imap_server
    oauth.server.append(oauth.box, "INBOX", [
        compose(f"ann@{CLIENT}", "me@example.test", "Hello", "Hi", mid=f"x1@{CLIENT}")])
    asked = oauth.tokeninfo.asked
    for security in ("none", "starttls", "ssl"):
        acc = account(oauth, token_command(tmp_path, oauth.token), security=security)
        secret = get_secret(acc)
        assert secret == oauth.token
        text = imap.test_connection(acc, secret)
        assert text == f"Signed in to 127.0.0.1 as {oauth.box.user}; INBOX holds 1 message."
    assert oauth.tokeninfo.asked == asked + 3  # Dovecot checked the token each time
    log = oauth.server.log_text()
    assert f"Login: user=<{oauth.box.user}>, method=XOAUTH2" in log


def test_a_sync_of_inbox_over_xoauth2_fetches_the_client_mail(
        oauth2_imap_server: OAuth2Dovecot, tmp_path: Path) -> None:
    oauth = oauth2_imap_server
    corpus = corpus_messages()[:5]
    mine = [compose(f"ann{i}@{CLIENT}", "me@example.test", f"Question {i}", f"Body {i}",
                    mid=f"q{i}@{CLIENT}") for i in range(3)]
    oauth.server.append(oauth.box, "INBOX", corpus + mine)
    acc = account(oauth, token_command(tmp_path, oauth.token))
    batches = list(imap.fetch_new(acc, get_secret(acc), "INBOX", uidvalidity=None,
                                  last_uid=0, wanted=wanted))
    fetched = [m for b in batches for m in b]
    assert [email.message_from_bytes(m.raw)["Subject"] for m in fetched] == [
        "Question 0", "Question 1", "Question 2"]
    assert [m.origin.uid for m in fetched] == [6, 7, 8]
    last = batches[-1]
    assert isinstance(last, imap.FetchBatch) and last.last_uid == 8
    # incremental: one more message, only it is fetched
    oauth.server.append(oauth.box, "INBOX", [
        compose(f"ann@{CLIENT}", "me@example.test", "Later", "More", mid=f"l@{CLIENT}")])
    again = list(imap.fetch_new(acc, get_secret(acc), "INBOX", uidvalidity=last.uidvalidity,
                                last_uid=last.last_uid, wanted=wanted))
    assert [m.origin.uid for b in again for m in b] == [9]


def test_the_service_sync_of_an_xoauth2_account_files_client_mail(
        oauth2_imap_server: OAuth2Dovecot, tmp_path: Path) -> None:
    oauth = oauth2_imap_server
    jane = "jane@acme-health.example"
    oauth.server.append(oauth.box, "INBOX", [
        *corpus_messages()[:3],
        compose(jane, "me@example.test", "Visit notes", "Export?", mid="a1@acme-health.example"),
    ])
    mail_accounts.add_account(account(oauth, token_command(tmp_path, oauth.token)))
    with Workspace.open() as ws:
        ws.add_client("Acme Health")
        ws.add_contact("Acme Health", jane, "Jane Doe")
        report = mail_sync.sync_account(ws, "work")
        assert report.problems == [] and report.folders == ["INBOX", "Sent"]
        keys = [k for (k,) in ws.store.db.execute("SELECT message_key FROM mail_messages")]
        assert "mid:a1@acme-health.example" in keys
        client = ws.client("Acme Health").id
        filed = ws.store.db.execute(
            "SELECT client_id FROM mail_messages WHERE message_key = ?",
            ["mid:a1@acme-health.example"]).fetchone()[0]
        assert filed == client
        assert mail_sync.sync_account(ws, "work").stored == 0  # nothing twice


def test_a_wrong_token_is_a_sentence_without_the_token(
        oauth2_imap_server: OAuth2Dovecot, tmp_path: Path) -> None:
    oauth = oauth2_imap_server
    wrong = "ya29.wrong-" + oauth.token[-12:] + "-expired"
    acc = account(oauth, token_command(tmp_path, wrong))
    secret = get_secret(acc)
    assert secret == wrong
    asked = oauth.tokeninfo.asked
    with pytest.raises(MailError) as caught:
        imap.test_connection(acc, secret)
    text = str(caught.value)
    assert text.startswith(
        f"127.0.0.1 refused the sign-in of {oauth.box.user}: wrong user name or token"
    )
    assert text.endswith(".") and "Traceback" not in text
    assert wrong not in text and wrong not in repr(caught.value.args)
    assert oauth.token not in text
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert oauth.tokeninfo.asked > asked  # refused by the token endpoint, not before


def test_the_good_token_for_another_user_is_refused(
        oauth2_imap_server: OAuth2Dovecot, tmp_path: Path) -> None:
    """Dovecot compares the endpoint's ``email`` with the user signing in."""
    oauth = oauth2_imap_server
    other = oauth.server.new_user()
    acc = account(oauth, token_command(tmp_path, oauth.token), user=other.user)
    with pytest.raises(MailError) as caught:
        imap.test_connection(acc, get_secret(acc))
    assert str(caught.value).startswith(f"127.0.0.1 refused the sign-in of {other.user}")
    assert oauth.token not in str(caught.value)


def test_a_wrong_token_stops_the_service_sync_with_a_sentence(
        oauth2_imap_server: OAuth2Dovecot, tmp_path: Path) -> None:
    oauth = oauth2_imap_server
    wrong = "ya29.not-valid-" + "k" * 20
    mail_accounts.add_account(account(oauth, token_command(tmp_path, wrong)))
    with Workspace.open() as ws, pytest.raises(ServiceError) as caught:
        mail_sync.sync_account(ws, "work")
    assert "refused the sign-in" in str(caught.value)
    assert wrong not in str(caught.value)


def test_password_sign_in_still_works_on_the_oauth2_server(
        oauth2_imap_server: OAuth2Dovecot) -> None:
    """The oauth2 server keeps password sign-in for the same mailbox."""
    oauth = oauth2_imap_server
    acc = MailAccount(name="w", host="127.0.0.1", port=oauth.server.port, user=oauth.box.user,
                      security="none")
    text = imap.test_connection(acc, oauth.box.password)
    assert text.startswith(f"Signed in to 127.0.0.1 as {oauth.box.user};")


@pytest.fixture
def trust_ca(oauth2_imap_server: OAuth2Dovecot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(oauth2_imap_server.server.ca_file))
