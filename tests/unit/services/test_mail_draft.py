"""Drafts from conversations: which reply, which e-mail it answers, the sentences,
and the round trip through a real Dovecot's Drafts folder."""

from __future__ import annotations

import email
import email.policy
import imaplib
from collections.abc import Iterator
from email.message import EmailMessage

import pytest

from consultant.core.errors import ServiceError
from consultant.core.intake.parse import parse_eml
from consultant.core.mail_origin import MailOrigin
from consultant.core.models import MessageStatus, Role, Task
from consultant.core.settings import load_settings, save_settings
from consultant.mail.accounts import MailAccount
from consultant.services import mail_accounts, mail_draft, mail_store
from consultant.services.workspace import Workspace
from tests.imap_server import DovecotServer, _dovecot_session, imap_server  # noqa: F401

REPLY = "Hallo Jörg,\n\ndanke! Zwei Punkte:\n\n1. **Termin** am Montag\n2. VPN-Zugang"
CLIENT_MAIL = (
    "From: Jörg Ärger <joerg@acme-pflege.de>\r\n"
    "To: me@example.org\r\n"
    "Subject: =?utf-8?q?Zugang_f=C3=BCr_das_Portal?=\r\n"
    "Date: Mon, 02 Mar 2026 09:00:00 +0100\r\n"
    "Message-ID: <m2@acme-pflege.de>\r\n"
    "In-Reply-To: <m1@acme-pflege.de>\r\n"
    "References: <m0@acme-pflege.de> <m1@acme-pflege.de>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Können Sie uns bis Freitag den Zugang einrichten?\r\n"
).encode()


@pytest.fixture
def ws() -> Iterator[Workspace]:
    workspace = Workspace.open()
    workspace.add_client("Acme Pflege")
    workspace.add_contact("Acme Pflege", "joerg@acme-pflege.de", "Jörg Ärger")
    loaded = load_settings()
    loaded.settings.profile.name = "Mia Muster"
    save_settings(loaded.settings)
    yield workspace
    workspace.close()


def _account(host: str = "imap.example.org", port: int = 993, user: str = "me@example.org",
             security: str = "ssl") -> MailAccount:  # fmt: skip
    return MailAccount("work", host, port, user, security=security)


def _opened_email_conversation(ws: Workspace) -> int:
    client = ws.client("Acme Pflege")
    assert client.id is not None
    conv = ws.store.conversations.create(client.id, "Zugang für das Portal", Task.INTERPRET)
    assert conv.id is not None
    parsed = parse_eml(CLIENT_MAIL)
    ws.store.conversations.add_message(conv.id, Role.USER, "the e-mail",
                                       metadata={"email": parsed.to_metadata()})  # fmt: skip
    ws.store.conversations.add_message(conv.id, Role.ASSISTANT, REPLY, task=Task.REPLY)
    return conv.id


def parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def test_draft_answers_the_opened_email(ws: Workspace) -> None:
    mail_accounts.add_account(_account(), "pw")
    msg = parse(mail_draft.draft_for_conversation(ws, _opened_email_conversation(ws)))
    assert str(msg["Subject"]) == "Re: Zugang für das Portal"
    assert msg["To"].addresses[0].addr_spec == "joerg@acme-pflege.de"
    assert msg["To"].addresses[0].display_name == "Jörg Ärger"
    assert msg["From"].addresses[0].addr_spec == "me@example.org"
    assert msg["From"].addresses[0].display_name == "Mia Muster"
    assert str(msg["In-Reply-To"]) == "<m2@acme-pflege.de>"
    assert str(msg["References"]).split() == [
        "<m0@acme-pflege.de>", "<m1@acme-pflege.de>", "<m2@acme-pflege.de>"
    ]
    plain = msg.get_body(("plain",))
    assert plain is not None and "1. Termin am Montag" in plain.get_content()


def test_the_chosen_version_is_drafted(ws: Workspace) -> None:
    mail_accounts.add_account(_account(), "pw")
    conv_id = _opened_email_conversation(ws)
    last = ws.store.conversations.messages(conv_id)[-1]
    assert last.id is not None
    newer = ws.store.conversations.add_version(last.id, "Second version of the reply")
    assert newer.id is not None
    ws.choose_version(last.id)  # the user went back to the first version
    body = parse(mail_draft.draft_for_conversation(ws, conv_id)).get_body(("plain",))
    assert body is not None and "Termin" in body.get_content()
    ws.choose_version(newer.id)
    body = parse(mail_draft.draft_for_conversation(ws, conv_id)).get_body(("plain",))
    assert body is not None and "Second version" in body.get_content()


def test_draft_in_a_mail_thread_answers_the_last_incoming_mail(ws: Workspace) -> None:
    mail_accounts.add_account(_account(), "pw")
    result = mail_store.file_message(ws, CLIENT_MAIL, MailOrigin("eml"))
    assert result.outcome == mail_store.FileOutcome.STORED and result.conversation_id
    ws.store.conversations.add_message(result.conversation_id, Role.ASSISTANT, REPLY)
    msg = parse(mail_draft.draft_for_conversation(ws, result.conversation_id))
    assert str(msg["In-Reply-To"]) == "<m2@acme-pflege.de>"
    assert str(msg["References"]).split()[-1] == "<m2@acme-pflege.de>"
    assert msg["To"].addresses[0].addr_spec == "joerg@acme-pflege.de"
    assert str(msg["Subject"]) == "Re: Zugang für das Portal"
    rows = mail_draft.list_conversations(ws, kind="mail")
    assert [r.id for r in rows] == [result.conversation_id]


def test_no_reply_yet(ws: Workspace) -> None:
    mail_accounts.add_account(_account(), "pw")
    client = ws.client("Acme Pflege")
    assert client.id is not None
    conv = ws.store.conversations.create(client.id, "Empty")
    assert conv.id is not None
    with pytest.raises(ServiceError, match=f"Conversation {conv.id} has no reply yet"):
        mail_draft.draft_for_conversation(ws, conv.id)
    ws.store.conversations.add_message(conv.id, Role.ASSISTANT, "half",
                                       status=MessageStatus.INTERRUPTED)  # fmt: skip
    with pytest.raises(ServiceError, match="is not finished"):
        mail_draft.draft_for_conversation(ws, conv.id)
    with pytest.raises(ServiceError, match="There is no conversation 999"):
        mail_draft.draft_for_conversation(ws, 999)


def test_no_account_and_several_accounts(ws: Workspace) -> None:
    conv_id = _opened_email_conversation(ws)
    with pytest.raises(ServiceError, match="No mail account is set up"):
        mail_draft.draft_for_conversation(ws, conv_id)
    mail_accounts.add_account(_account(), "pw")
    mail_accounts.add_account(MailAccount("private", "imap.p.example", 993, "p@p.example"),
                              "pw")  # fmt: skip
    with pytest.raises(ServiceError, match="several mail accounts"):
        mail_draft.draft_for_conversation(ws, conv_id)
    msg = parse(mail_draft.draft_for_conversation(ws, conv_id, "private"))
    assert msg["From"].addresses[0].addr_spec == "p@p.example"


def test_a_chat_without_an_email_gives_a_draft_without_recipient(ws: Workspace) -> None:
    mail_accounts.add_account(_account(), "pw")
    client = ws.client("Acme Pflege")
    assert client.id is not None
    conv = ws.store.conversations.create(client.id, "Notes for the VPN")
    assert conv.id is not None
    ws.store.conversations.add_message(conv.id, Role.USER, "write it up")
    ws.store.conversations.add_message(conv.id, Role.ASSISTANT, REPLY)
    sent: list[bytes] = []
    sentence = mail_draft.append_to_drafts(
        ws, conv.id, appender=lambda account, secret, raw: sent.append(raw)
    )
    assert "without a recipient" in sentence and "does not answer an e-mail" in sentence
    msg = parse(sent[0])
    assert msg["To"] is None and msg["In-Reply-To"] is None
    assert str(msg["Subject"]) == "Notes for the VPN"


def _fetch_drafts(server: DovecotServer, user: str, password: str) -> list[tuple[bytes, bytes]]:
    client = imaplib.IMAP4(server.host, server.port, timeout=30)
    try:
        client.login(user, password)
        client.select("Drafts", readonly=True)
        _typ, data = client.uid("FETCH", "1:*", "(FLAGS BODY.PEEK[])")
    finally:
        client.logout()
    found = []
    for item in data:
        if isinstance(item, tuple):
            found.append((item[0], item[1]))
    return found


def test_append_round_trip_through_dovecot(
    ws: Workspace, imap_server: DovecotServer  # noqa: F811
) -> None:
    box = imap_server.new_user()
    acct = _account("127.0.0.1", imap_server.port, box.user, "none")
    mail_accounts.add_account(acct, box.password)
    sentence = mail_draft.append_to_drafts(ws, _opened_email_conversation(ws))
    assert sentence.startswith("Saved the reply to joerg@acme-pflege.de as a draft in the "
                               "Drafts folder of mail account 'work'")  # fmt: skip
    (head, raw), = _fetch_drafts(imap_server, box.user, box.password)
    assert b"\\Draft" in head
    msg = parse(raw)
    assert str(msg["Subject"]) == "Re: Zugang für das Portal"
    assert str(msg["In-Reply-To"]) == "<m2@acme-pflege.de>"
    assert str(msg["References"]).split()[-1] == "<m2@acme-pflege.de>"
    assert msg["From"].addresses[0].addr_spec == box.user
    assert msg.get_content_type() == "multipart/alternative"


def test_append_with_a_wrong_password_is_a_sentence(
    ws: Workspace, imap_server: DovecotServer  # noqa: F811
) -> None:
    box = imap_server.new_user()
    mail_accounts.add_account(_account("127.0.0.1", imap_server.port, box.user, "none"),
                              "wrong-password-xyz")  # fmt: skip
    with pytest.raises(ServiceError) as info:
        mail_draft.append_to_drafts(ws, _opened_email_conversation(ws))
    assert "wrong-password-xyz" not in str(info.value)
    assert _fetch_drafts(imap_server, box.user, box.password) == []
