"""``services.mail_sync`` against a real Dovecot: client mail filed per client (incoming
and the user's own replies in Sent), threads, dedup across syncs, incremental sync, and
faults (server killed mid-sync, a vanished folder, a 50 MB message, malformed MIME,
a wrong password) as sentences, with nothing stored twice or half."""

# The Dovecot fixtures are imported from tests/imap_server.py (this folder's conftest is
# not ours to change), so their names are parameters here too:
# ruff: noqa: F811

from __future__ import annotations

from collections.abc import Iterator

import pytest

from consultant.mail.accounts import MailAccount
from consultant.services import mail_accounts, mail_store, mail_sync
from consultant.services.workspace import ServiceError, Workspace
from tests.imap_server import (  # noqa: F401
    DovecotServer,
    Mailbox,
    _dovecot_session,
    compose,
    corpus_messages,
    imap_server,
)

ME = "me@example.test"
ACME = "jane@acme-health.example"
HARBOR = "sam@harbor.example"


@pytest.fixture
def ws() -> Iterator[Workspace]:
    with Workspace.open() as w:
        w.add_client("Acme Health")
        w.add_contact("Acme Health", ACME, "Jane Doe")
        w.store.clients.add_domain(w.client("Acme Health").id or 0, "acme-health.example")
        w.add_client("Harbor Therapy")
        w.add_contact("Harbor Therapy", HARBOR, "Sam Reyes")
        yield w


@pytest.fixture
def box(imap_server: DovecotServer) -> Mailbox:
    mailbox = imap_server.new_user()
    mail_accounts.add_account(
        MailAccount(name="work", host="127.0.0.1", port=imap_server.port, user=mailbox.user,
                    security="none"),
        mailbox.password,
    )
    return mailbox


def count(ws: Workspace, sql: str, *args: object) -> int:
    return int(ws.store.db.execute(sql, list(args)).fetchone()[0])


def acme_in_corpus() -> int:
    """The corpus's own consultant-own/ messages are from Acme Health: filed too."""
    found = 0
    for raw in corpus_messages():
        head = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
        found += b"From: " in head and b"@acme-health.example" in head.split(b"From: ", 1)[1][:80]
    return found


def conversation_of(ws: Workspace, key: str) -> int:
    return count(ws, "SELECT conversation_id FROM mail_messages WHERE message_key = ?", key)


def rows(ws: Workspace) -> int:
    return count(ws, "SELECT count(*) FROM mail_messages")


def fill(server: DovecotServer, box: Mailbox) -> None:
    """Corpus mail of nobody we know, two client threads, and the user's replies."""
    corpus = corpus_messages()
    inbox = [
        *corpus[:8],
        compose(ACME, ME, "Visit notes export", "Can you export the visit notes?",
                mid="a1@acme-health.example"),
        compose(HARBOR, ME, "Intake form", "The intake form breaks on Safari.",
                mid="h1@harbor.example"),
        compose("nurse@acme-health.example", ME, "Re: Visit notes export",
                "Also the care plans, please.", mid="a2@acme-health.example",
                in_reply_to="a1@acme-health.example"),
        *corpus[8:],
    ]
    sent = [
        compose(ME, ACME, "Re: Visit notes export", "Yes, CSV by Friday.",
                mid="me1@example.test", in_reply_to="a1@acme-health.example"),
        compose(ME, "friend@elsewhere.example", "Lunch?", "Thursday?", mid="me2@example.test"),
    ]
    server.append(box, "INBOX", inbox)
    server.append(box, "Sent", sent)


def test_sync_files_client_mail_per_client_with_threads(
        ws: Workspace, imap_server: DovecotServer, box: Mailbox) -> None:
    fill(imap_server, box)
    before = imap_server.bodies_sent()
    report = mail_sync.sync_account(ws, "work")
    k = acme_in_corpus()
    assert k == 2
    assert (report.stored, report.duplicates, report.not_client) == (4 + k, 0, 0)
    assert report.folders == ["INBOX", "Sent"] and report.problems == []
    assert report.bodies_fetched == 4 + k and imap_server.bodies_sent() - before == 4 + k
    assert report.headers_seen == len(corpus_messages()) + 3 + 2
    assert report.summary().startswith("6 e-mails stored (INBOX, Sent of work, ")
    acme = ws.client("Acme Health").id
    harbor = ws.client("Harbor Therapy").id
    by_client = dict(ws.store.db.execute(
        "SELECT client_id, count(*) FROM mail_messages GROUP BY client_id").fetchall())
    assert by_client == {acme: 3 + k, harbor: 1}
    directions = dict(ws.store.db.execute(
        "SELECT message_key, direction FROM mail_messages").fetchall())
    assert directions["mid:me1@example.test"] == "out"
    assert directions["mid:a2@acme-health.example"] == "in"
    assert "mid:me2@example.test" not in directions  # the user's mail to a non-client
    # the question, the nurse's follow-up and the user's reply: one thread
    thread = conversation_of(ws, "mid:a1@acme-health.example")
    assert conversation_of(ws, "mid:a2@acme-health.example") == thread
    assert conversation_of(ws, "mid:me1@example.test") == thread
    assert conversation_of(ws, "mid:h1@harbor.example") != thread
    assert mail_store.folder_state(ws, "work", "INBOX")[1] == len(corpus_messages()) + 3
    assert not any("Seen" in f for f in imap_server.flags(box, "INBOX").values())


def test_second_sync_and_a_full_reread_store_nothing_twice(
        ws: Workspace, imap_server: DovecotServer, box: Mailbox) -> None:
    fill(imap_server, box)
    mail_sync.sync_account(ws, "work")
    again = mail_sync.sync_account(ws, "work")
    assert (again.stored, again.duplicates, again.bodies_fetched) == (0, 0, 0)
    validity, _ = mail_store.folder_state(ws, "work", "INBOX")
    assert validity is not None
    mail_store.set_folder_state(ws, "work", "INBOX", validity, 0)  # forget where we were
    mail_store.set_folder_state(ws, "work", "Sent", validity, 0)
    reread = mail_sync.sync_account(ws, "work")
    assert (reread.stored, reread.duplicates) == (0, 4 + acme_in_corpus())
    assert rows(ws) == 4 + acme_in_corpus()


def test_a_changed_uidvalidity_reads_the_folder_again_without_doubles(
        ws: Workspace, imap_server: DovecotServer, box: Mailbox) -> None:
    fill(imap_server, box)
    mail_sync.sync_account(ws, "work")
    mail_store.set_folder_state(ws, "work", "INBOX", 12345, 99)  # as after a server rebuild
    report = mail_sync.sync_account(ws, "work")
    assert len(report.notes) == 1 and "renumbered the folder INBOX" in report.notes[0]
    assert (report.stored, report.duplicates) == (0, 3 + acme_in_corpus())
    assert rows(ws) == 4 + acme_in_corpus()
    assert mail_store.folder_state(ws, "work", "INBOX")[0] != 12345


def test_incremental_sync_fetches_only_the_new_mail(
        ws: Workspace, imap_server: DovecotServer, box: Mailbox) -> None:
    fill(imap_server, box)
    mail_sync.sync_account(ws, "work")
    imap_server.append(box, "INBOX", [
        compose(HARBOR, ME, "Re: Intake form", "Still broken.", mid="h2@harbor.example",
                in_reply_to="h1@harbor.example"),
        *corpus_messages()[-3:],  # none from a client
    ])
    before = imap_server.bodies_sent()
    report = mail_sync.sync_account(ws, "work")
    assert (report.stored, report.headers_seen, report.bodies_fetched) == (1, 4, 1)
    assert imap_server.bodies_sent() - before == 1
    harbor = ws.client("Harbor Therapy").id
    assert count(ws, "SELECT count(DISTINCT conversation_id) FROM mail_messages "
                     "WHERE client_id = ?", harbor) == 1


def test_server_killed_mid_sync_then_the_next_sync_completes(
        ws: Workspace, imap_server: DovecotServer, box: Mailbox) -> None:
    imap_server.append(box, "INBOX", [
        compose(ACME, ME, f"Item {i}", f"Text {i}", mid=f"k{i}@acme-health.example")
        for i in range(12)
    ])
    seen: list[int] = []

    def progress(folder: str, done: int, total: int) -> None:
        seen.append(done)
        if len(seen) == 2:
            imap_server.stop()

    with pytest.raises(ServiceError) as caught:
        mail_sync.sync_account(ws, "work", progress=progress, batch=4)
    assert str(caught.value).startswith("The connection to 127.0.0.1 was lost during the sync")
    assert rows(ws) == 8 and mail_store.folder_state(ws, "work", "INBOX")[1] == 8
    imap_server.start()
    report = mail_sync.sync_account(ws, "work", batch=4)
    assert (report.stored, report.duplicates) == (4, 0)
    assert rows(ws) == 12
    assert count(ws, "SELECT count(DISTINCT message_key) FROM mail_messages") == 12


def test_a_folder_removed_on_the_server_is_reported_and_the_rest_synced(
        ws: Workspace, imap_server: DovecotServer, box: Mailbox) -> None:
    with imap_server.admin(box) as client:
        assert client.create("Replies")[0] == "OK"  # not auto-created like Sent
    mail_accounts.add_account(
        MailAccount(name="work", host="127.0.0.1", port=imap_server.port, user=box.user,
                    security="none", sent="Replies"),
        box.password, replace=True,
    )
    imap_server.append(box, "Replies", [compose(ME, HARBOR, "Re: Intake form", "Fixed.",
                                                   mid="me3@example.test")])
    assert mail_sync.sync_account(ws, "work").stored == 1
    imap_server.delete_folder(box, "Replies")
    imap_server.append(box, "INBOX", [compose(ACME, ME, "New", "New question",
                                              mid="a9@acme-health.example")])
    report = mail_sync.sync_account(ws, "work")
    assert report.stored == 1 and report.folders == ["INBOX"]
    assert report.problems == [
        "The folder 'Replies' does not exist on 127.0.0.1 (any more); check the folder "
        "names of mail account 'work'."
    ]


def test_a_50_mb_message_is_reported_and_nothing_is_stored_half(
        ws: Workspace, imap_server: DovecotServer, box: Mailbox) -> None:
    imap_server.deliver(box, [compose(ACME, ME, "Scans", "All the scans.",
                                      mid="big@acme-health.example", size=50 * 2**20)])
    imap_server.append(box, "INBOX", [compose(ACME, ME, "Small", "Just text.",
                                              mid="small@acme-health.example")])
    report = mail_sync.sync_account(ws, "work")
    assert report.stored == 1 and report.bodies_fetched == 1
    assert len(report.too_large) == 1
    assert report.too_large[0].startswith(f"The e-mail “Scans” from {ACME} in INBOX is 5")
    assert rows(ws) == 1 and not mail_store.is_stored(ws, "mid:big@acme-health.example")
    assert count(ws, "SELECT count(*) FROM messages m JOIN conversations c ON "
                     "c.id = m.conversation_id WHERE c.kind = 'mail'") == 1
    assert mail_sync.sync_account(ws, "work").too_large == []  # reported once


def test_malformed_mime_from_a_client_is_filed_or_reported(
        ws: Workspace, imap_server: DovecotServer, box: Mailbox) -> None:
    broken = [
        (f"From: {ACME}\r\nTo: {ME}\r\nSubject: Broken\r\nMessage-ID: <m1@acme-health.example>"
         "\r\nContent-Type: multipart/mixed; boundary=\"nope\"\r\n\r\n--nope\r\nContent-Type:"
         " text/plain; charset=x-unknown-42\r\nContent-Transfer-Encoding: base64\r\n\r\n"
         "!!!not base64!!!\r\n").encode(),
        (f"From: {ACME}\r\nTo: {ME}\r\nSubject: =?utf-8?B?broken?=\r\nDate: not a date\r\n"
         "Message-ID: <m2@acme-health.example>\r\n\r\n\xff\xfe binary \x00 body\r\n"
         ).encode("latin-1"),
    ]
    imap_server.append(box, "INBOX", broken)
    report = mail_sync.sync_account(ws, "work")
    assert report.bodies_fetched == 2
    assert report.stored + report.malformed == 2
    assert len(report.problems) == report.malformed
    assert all(p.startswith("E-mail ") for p in report.problems)


def test_wrong_password_stops_the_sync_with_a_sentence(
        ws: Workspace, imap_server: DovecotServer, box: Mailbox) -> None:
    mail_accounts.add_account(
        MailAccount(name="work", host="127.0.0.1", port=imap_server.port, user=box.user,
                    security="none"),
        "wrong-Secret-987", replace=True,
    )
    with pytest.raises(ServiceError) as caught:
        mail_sync.sync_account(ws, "work")
    assert "refused the sign-in" in str(caught.value)
    assert "wrong-Secret-987" not in str(caught.value)
    assert mail_store.folder_state(ws, "work", "INBOX") == (None, 0)


def test_desktop_fetch_touches_no_database(
        ws: Workspace, imap_server: DovecotServer, box: Mailbox) -> None:
    """The worker's half fetches with prebuilt state and filter; the writer files."""
    fill(imap_server, box)
    account = mail_accounts.get_account("work")
    states = mail_sync.folder_states(ws, account)
    resolve = mail_store.client_address_filter(ws)
    own = mail_store.own_addresses(ws, [account.user])
    ws.store.db.execute("PRAGMA query_only = ON")  # any write by the fetch would fail
    batches = list(mail_sync.fetch_account(account, box.password, states, resolve))
    ws.store.db.execute("PRAGMA query_only = OFF")
    assert rows(ws) == 0
    expected = 4 + acme_in_corpus()
    assert sum(len(b.batch or []) for b in batches) == expected
    report = mail_sync.SyncReport(account="work")
    for item in batches:
        mail_sync.file_batch(ws, account, item, report, own=own, resolve=resolve)
    assert report.stored == expected and rows(ws) == expected
