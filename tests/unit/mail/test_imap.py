"""The IMAP layer (``consultant.mail.imap``) against a real Dovecot on 127.0.0.1:
sign-in and TLS, read-only header-first fetching, incremental UIDs, drafts, and every
fault as a sentence that never holds the password."""

from __future__ import annotations

import email
import socket
from datetime import UTC, date, datetime

import pytest

from consultant.mail import imap
from consultant.mail.accounts import MailAccount, MailError
from consultant.mail.imap import FetchBatch, FolderMissing, UidValidityChanged
from tests.imap_server import DovecotServer, Mailbox, compose, corpus_messages

CLIENT = "client.example"


def wanted(address: str) -> int | None:
    return 1 if address.lower().endswith("@" + CLIENT) else None


def account(server: DovecotServer, box: Mailbox, *, security: str = "none",
            port: int | None = None, **kw: str) -> MailAccount:
    if port is None:
        port = server.ssl_port if security == "ssl" else server.port
    return MailAccount(name="work", host="127.0.0.1", port=port, user=box.user,
                       security=security, **kw)  # type: ignore[arg-type]


def fetch_all(acc: MailAccount, secret: str, folder: str = "INBOX", **kw: object
              ) -> list[FetchBatch]:
    args: dict = {"uidvalidity": None, "last_uid": 0, "wanted": wanted, **kw}
    batches = list(imap.fetch_new(acc, secret, folder, **args))
    assert all(isinstance(b, FetchBatch) for b in batches)
    return batches  # type: ignore[return-value]


def client_mail(n: int, start: int = 0) -> list[bytes]:
    return [compose(f"ann{i}@{CLIENT}", "me@example.test", f"Question {i}", f"Body {i}",
                    mid=f"q{i}@{CLIENT}") for i in range(start, start + n)]


def test_sign_in_over_plain_starttls_and_tls(imap_server: DovecotServer,
                                             trust_test_ca: object) -> None:
    box = imap_server.new_user()
    imap_server.append(box, "INBOX", client_mail(2))
    for security in ("none", "starttls", "ssl"):
        text = imap.test_connection(account(imap_server, box, security=security), box.password)
        assert text == f"Signed in to 127.0.0.1 as {box.user}; INBOX holds 2 messages."


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_a_self_signed_certificate_is_refused(imap_server: DovecotServer,
                                              monkeypatch: pytest.MonkeyPatch,
                                              security: str) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    box = imap_server.new_user()
    with pytest.raises(MailError) as caught:
        imap.test_connection(account(imap_server, box, security=security), box.password)
    text = str(caught.value)
    assert text.startswith("The certificate of 127.0.0.1 was refused")
    assert "SSL_CERT_FILE" in text and box.password not in text
    assert "Login: user=<" + box.user not in imap_server.log_text()  # no password was sent


def test_wrong_password_is_a_sentence_without_the_password(imap_server: DovecotServer) -> None:
    box = imap_server.new_user()
    wrong = "not-the-Password-123"
    with pytest.raises(MailError) as caught:
        imap.test_connection(account(imap_server, box), wrong)
    text = str(caught.value)
    assert text.startswith(f"127.0.0.1 refused the sign-in of {box.user}: wrong user name or "
                           f"password")
    assert wrong not in text and wrong not in repr(caught.value.args)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_connection_refused(imap_server: DovecotServer) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, never listening: refused
        acc = MailAccount(name="w", host="127.0.0.1", port=port, user="u", security="none")
        with pytest.raises(MailError, match="refused the connection: no mail server"):
            imap.test_connection(acc, "secret")


def test_unknown_host(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kw: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    acc = MailAccount(name="w", host="imap.nowhere.example", port=993, user="u")
    with pytest.raises(MailError, match=r"'imap\.nowhere\.example' could not be found"):
        imap.test_connection(acc, "secret")


def test_tls_to_a_plain_port_says_so(imap_server: DovecotServer) -> None:
    box = imap_server.new_user()
    acc = account(imap_server, box, security="ssl", port=imap_server.port)
    with pytest.raises(MailError, match="did not answer with TLS; it is probably a plain IMAP"):
        imap.test_connection(acc, box.password)


def test_plain_imap_is_refused_for_a_remote_host() -> None:
    acc = MailAccount(name="w", host="127.0.0.1", port=143, user="u", security="none")
    remote = MailAccount(name="w", host="imap.example.org", port=143, user="u", security="ssl")
    object.__setattr__(remote, "security", "none")  # past validate(), as a hand-edited file
    assert acc.security == "none"
    with pytest.raises(MailError, match="only for a server on this computer"):
        imap.connect(remote, "secret")


def test_xoauth2_not_offered_is_a_sentence(imap_server: DovecotServer) -> None:
    box = imap_server.new_user()
    acc = account(imap_server, box, auth="xoauth2", token_command="echo token")
    token = "ya29.secret-token"
    with pytest.raises(MailError) as caught:
        imap.test_connection(acc, token)
    assert "XOAUTH2" in str(caught.value) and token not in str(caught.value)


def test_only_client_mail_has_its_body_fetched_and_nothing_is_marked_seen(
        imap_server: DovecotServer) -> None:
    box = imap_server.new_user()
    corpus = corpus_messages()
    assert len(corpus) >= 20
    imap_server.append(box, "INBOX", corpus[:10] + client_mail(3) + corpus[10:])
    cc_only = compose("stranger@elsewhere.example", "me@example.test", "FYI", "cc",
                      mid="cc@elsewhere.example", cc=f"bob@{CLIENT}")
    imap_server.append(box, "INBOX", [cc_only])
    before = imap_server.bodies_sent()
    batches = fetch_all(account(imap_server, box), box.password, batch=7)
    fetched = [m for b in batches for m in b]
    senders = [email.message_from_bytes(m.raw)["From"] for m in fetched]
    assert senders == ["ann0@client.example", "ann1@client.example", "ann2@client.example",
                       "stranger@elsewhere.example"]
    assert [m.origin.uid for m in fetched] == [11, 12, 13, len(corpus) + 4]
    assert sum(b.headers_seen for b in batches) == len(corpus) + 4
    assert batches[-1].last_uid == len(corpus) + 4 and batches[-1].done == batches[-1].total
    assert all(m.origin.source == "imap" and m.origin.account == "work" for m in fetched)
    assert imap_server.bodies_sent() - before == 4  # the server's own count
    assert not any("Seen" in f for f in imap_server.flags(box, "INBOX").values())


def test_incremental_fetch_reads_only_new_uids(imap_server: DovecotServer) -> None:
    box = imap_server.new_user()
    imap_server.append(box, "INBOX", client_mail(5))
    acc = account(imap_server, box)
    first = fetch_all(acc, box.password)
    validity = first[-1].uidvalidity
    imap_server.append(box, "INBOX", client_mail(2, start=5))
    again = list(imap.fetch_new(acc, box.password, "INBOX", uidvalidity=validity,
                                last_uid=first[-1].last_uid, wanted=wanted))
    assert [m.origin.uid for b in again for m in b] == [6, 7]
    nothing = list(imap.fetch_new(acc, box.password, "INBOX", uidvalidity=validity,
                                  last_uid=7, wanted=wanted))
    assert [len(b) for b in nothing] == [0] and nothing[0].last_uid == 7  # type: ignore[attr-defined]


def test_since_limits_a_first_sync(imap_server: DovecotServer) -> None:
    box = imap_server.new_user()
    imap_server.append(box, "INBOX", client_mail(2), when=datetime(2020, 1, 5, tzinfo=UTC))
    imap_server.append(box, "INBOX", client_mail(1, start=2))
    batches = fetch_all(account(imap_server, box), box.password, since=date(2024, 1, 1))
    assert [m.origin.uid for b in batches for m in b] == [3]


def test_a_changed_uidvalidity_is_reported(imap_server: DovecotServer) -> None:
    box = imap_server.new_user()
    imap_server.append(box, "INBOX", client_mail(1))
    with pytest.raises(UidValidityChanged) as caught:
        list(imap.fetch_new(account(imap_server, box), box.password, "INBOX",
                            uidvalidity=1, last_uid=1, wanted=wanted))
    assert "renumbered the folder INBOX" in str(caught.value)
    assert "not stored twice" in str(caught.value)


def test_a_missing_folder_is_a_sentence(imap_server: DovecotServer) -> None:
    box = imap_server.new_user()
    with pytest.raises(FolderMissing, match="The folder 'Archive/2019' does not exist"):
        fetch_all(account(imap_server, box), box.password, "Archive/2019")


def test_a_50_mb_message_is_reported_not_fetched(imap_server: DovecotServer) -> None:
    box = imap_server.new_user()
    big = compose(f"ann@{CLIENT}", "me@example.test", "Scans", "see attached",
                  mid=f"big@{CLIENT}", size=50 * 2**20)
    imap_server.deliver(box, [big])
    imap_server.append(box, "INBOX", client_mail(1))
    before = imap_server.bodies_sent()
    batches = fetch_all(account(imap_server, box), box.password)
    assert [m.origin.uid for b in batches for m in b] == [2]
    (large,) = [t for b in batches for t in b.too_large]
    assert large.origin.uid == 1 and large.size > 50 * 2**20
    assert large.sentence.startswith(f"The e-mail “Scans” from ann@{CLIENT} in INBOX is 5")
    assert "above the 25 MB limit; it was not fetched." in large.sentence
    assert imap_server.bodies_sent() - before == 1


def test_draft_is_appended_with_the_draft_flag(imap_server: DovecotServer) -> None:
    box = imap_server.new_user()
    draft = compose("me@example.test", f"ann@{CLIENT}", "Re: Question 1", "Here you go",
                    mid="draft1@example.test", in_reply_to=f"q1@{CLIENT}")
    imap.append_draft(account(imap_server, box), box.password, draft)
    flags = imap_server.flags(box, "Drafts")
    assert list(flags) == [1] and "\\Draft" in flags[1] and "\\Seen" not in flags[1]
    (batch,) = fetch_all(account(imap_server, box), box.password, "Drafts")
    msg = email.message_from_bytes(batch[0].raw)
    assert msg["Subject"] == "Re: Question 1" and msg["In-Reply-To"] == f"<q1@{CLIENT}>"
    assert msg["To"] == f"ann@{CLIENT}" and msg.get_content_type() == "text/plain"


def test_draft_to_a_missing_folder_is_a_sentence(imap_server: DovecotServer) -> None:
    box = imap_server.new_user()
    acc = account(imap_server, box, drafts="Entwürfe")
    with pytest.raises(MailError, match="The folder 'Entwürfe' does not exist"):
        imap.append_draft(acc, box.password, client_mail(1)[0])


def test_server_gone_mid_fetch_is_a_sentence(imap_server: DovecotServer) -> None:
    box = imap_server.new_user()
    imap_server.append(box, "INBOX", client_mail(6))
    batches = imap.fetch_new(account(imap_server, box), box.password, "INBOX",
                             uidvalidity=None, last_uid=0, wanted=wanted, batch=2)
    first = next(batches)
    assert len(first) == 2
    imap_server.stop()
    with pytest.raises(MailError) as caught:
        list(batches)
    assert str(caught.value).startswith("The connection to 127.0.0.1 was lost during the sync")
    assert box.password not in str(caught.value)
