"""Filing e-mail (``services.mail_store``): client, direction, threads, duplicates,
atomicity, search and retrieval of stored mail, and bad mail that never raises."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultant.core.settings import Profile, Settings, save_settings
from consultant.services import context
from consultant.services import mail_store as ms
from consultant.services.mail_store import FileOutcome, MailOrigin
from consultant.services.search import SearchRequest, SearchRunner
from consultant.services.workspace import SearchQuery, ServiceError, Workspace

CORPUS = Path(__file__).resolve().parents[2] / "data" / "emails"
ME = "dev@freelance.example"
OWN = frozenset({ME})
EML = MailOrigin("eml")


@pytest.fixture
def ws() -> Iterator[Workspace]:
    with Workspace.open() as w:
        w.add_client("Acme Health")
        w.add_contact("Acme Health", "jane@acme-health.example", "Jane Doe")
        w.store.clients.add_domain(w.client("Acme Health").id or 0, "acme-health.example")
        w.add_client("Harbor Therapy")
        w.add_contact("Harbor Therapy", "sam@harbor.example", "Sam Reyes")
        yield w


def compose(
    sender: str,
    to: str,
    subject: str,
    body: str,
    *,
    mid: str | None = None,
    date: datetime | str | None = datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
    in_reply_to: str | None = None,
    references: str | None = None,
    cc: str | None = None,
    attach: tuple[str, str, bytes] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    if isinstance(date, datetime):
        msg["Date"] = format_datetime(date)
    elif date is not None:
        msg["Date"] = date
    if mid is not None:
        msg["Message-ID"] = f"<{mid}>"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
    if references:
        msg["References"] = references
    msg.set_content(body)
    if attach is not None:
        name, ctype, data = attach
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def _file(ws: Workspace, raw: bytes, origin: MailOrigin = EML, **kw: object) -> ms.FileResult:
    return ms.file_message(ws, raw, origin, own_addresses=OWN, **kw)  # type: ignore[arg-type]


def _count(ws: Workspace, table: str) -> int:
    return int(ws.store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _consistent(ws: Workspace) -> None:
    """Every mail row has its message in its thread; no thread or message without one."""
    db = ws.store.db
    assert db.execute(
        "SELECT count(*) FROM mail_messages mm JOIN messages m ON m.id = mm.message_row"
        " AND m.conversation_id = mm.conversation_id"
    ).fetchone()[0] == _count(ws, "mail_messages")
    assert db.execute(
        "SELECT count(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id"
        " WHERE c.kind = 'mail'"
    ).fetchone()[0] == _count(ws, "mail_messages")
    assert (
        db.execute(
            "SELECT count(*) FROM conversations c WHERE kind = 'mail'"
            " AND NOT EXISTS (SELECT 1 FROM messages WHERE conversation_id = c.id)"
        ).fetchone()[0]
        == 0
    )
    db.execute("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")


# -- filing ------------------------------------------------------------------------


def test_files_by_contact_and_by_claimed_domain(ws: Workspace) -> None:
    acme = ws.client("Acme Health").id
    harbor = ws.client("Harbor Therapy").id
    r1 = _file(ws, compose("Jane Doe <jane@acme-health.example>", ME, "Export", "Hi", mid="a1@x"))
    r2 = _file(ws, compose("ops@acme-health.example", ME, "Backup", "Hi", mid="a2@x"))
    r3 = _file(ws, compose("Sam <SAM@Harbor.example>", ME, "Fax", "Hello", mid="h1@x"))
    assert (r1.outcome, r1.client_id) == (FileOutcome.STORED, acme)
    assert (r2.outcome, r2.client_id) == (FileOutcome.STORED, acme)
    assert (r3.outcome, r3.client_id) == (FileOutcome.STORED, harbor)
    assert r1.message_key == "mid:a1@x"
    info = ms.mail_for_message(ws, ws.store.mail.inbox(client_id=harbor)[0]["message_row"])
    assert info is not None and info.direction == "in" and info.from_addr == "sam@harbor.example"
    assert ws.store.conversations.get(r3.conversation_id or 0).client_id == harbor
    _consistent(ws)


def test_mail_of_unknown_senders_is_not_stored(ws: Workspace) -> None:
    for raw in (
        compose("spam@elsewhere.example", ME, "Offer", "Buy now", mid="s1@x"),
        compose("someone@gmail.com", "jane@acme-health.example", "Hi", "cc'd", mid="s2@x"),
        (CORPUS / "mailgun-talon" / "standard_replies" / "gmail.eml").read_bytes(),
    ):
        assert _file(ws, raw).outcome is FileOutcome.NO_CLIENT
    assert _count(ws, "mail_messages") == 0 and _count(ws, "messages") == 0
    assert _count(ws, "conversations") == 0


def test_own_mail_goes_to_the_first_recipient_client(ws: Workspace) -> None:
    harbor = ws.client("Harbor Therapy").id
    raw = compose(f"Dev <{ME}>", "friend@elsewhere.example, sam@harbor.example", "Plan",
                  "Here is the plan.", mid="o1@x", cc="jane@acme-health.example")  # fmt: skip
    result = _file(ws, raw)
    assert (result.outcome, result.client_id) == (FileOutcome.STORED, harbor)
    row = ws.store.mail.inbox(include_handled=True)[0]
    assert row["direction"] == "out" and row["handled"] == 1
    message = ws.store.conversations.get_message(row["message_row"])
    assert message.metadata["author"] == "you"
    # without the own address it is nobody's mail …
    other = compose("me@private.example", "sam@harbor.example", "Plan", "x", mid="o2@x")
    assert _file(ws, other).outcome is FileOutcome.NO_CLIENT
    # … unless it was found in the account's Sent folder
    sent = MailOrigin("imap", account="work", folder="Sent", uidvalidity=1, uid=5,
                      sent_folder=True)  # fmt: skip
    assert _file(ws, other, sent).outcome is FileOutcome.STORED
    assert ms.known_imap_uids(ws, "work", "Sent", 1) == {5}


def test_own_addresses_come_from_the_profile(ws: Workspace) -> None:
    save_settings(Settings(profile=Profile(email="Me@Business.example")))
    assert ms.own_addresses(ws, ["imap-user@Work.example", "not an address"]) == frozenset(
        {"me@business.example", "imap-user@work.example"}
    )


def test_forced_client_takes_any_sender(ws: Workspace) -> None:
    harbor = ws.client("Harbor Therapy").id
    raw = compose("stranger@elsewhere.example", ME, "Hello", "Old mail", mid="f1@x")
    result = _file(ws, raw, client_id=harbor)
    assert (result.outcome, result.client_id) == (FileOutcome.STORED, harbor)
    assert _file(ws, raw, client_id=9999).outcome is FileOutcome.NO_CLIENT


# -- threads -----------------------------------------------------------------------


def test_three_messages_form_one_thread_in_date_order(ws: Workspace) -> None:
    jane = "Jane Doe <jane@acme-health.example>"
    first = compose(jane, ME, "Nightly export", "The nightly export failed again.",
                    mid="t1@acme", date=datetime(2026, 3, 2, 8, 0, tzinfo=UTC))  # fmt: skip
    second = compose(ME, "jane@acme-health.example", "Re: Nightly export", "I will check.",
                     mid="t2@me", in_reply_to="t1@acme", references="<t1@acme>",
                     date=datetime(2026, 3, 2, 9, 0, tzinfo=UTC))  # fmt: skip
    third = compose(jane, ME, "RE: Re: Nightly export", "Thanks, it works now.",
                    mid="t3@acme", in_reply_to="t2@me", references="<t1@acme> <t2@me>",
                    date=datetime(2026, 3, 2, 10, 0, tzinfo=UTC))  # fmt: skip
    results = [_file(ws, raw) for raw in (first, second, third)]
    assert {r.outcome for r in results} == {FileOutcome.STORED}
    assert len({r.conversation_id for r in results}) == 1
    conv = ws.store.conversations.get(results[0].conversation_id or 0)
    assert conv.title == "Nightly export"
    texts = [m.content for m in ws.store.conversations.messages(conv.id or 0)]
    assert texts == ["The nightly export failed again.", "I will check.", "Thanks, it works now."]
    _consistent(ws)


def test_a_reply_filed_before_its_parent_is_joined_by_it(ws: Workspace) -> None:
    jane = "jane@acme-health.example"
    parent = compose(jane, ME, "Server move", "We move the server on Friday.", mid="p@acme",
                     date=datetime(2026, 3, 1, 8, 0, tzinfo=UTC))  # fmt: skip
    reply = compose(jane, ME, "Re: Server move", "Correction: Saturday.", mid="r@acme",
                    references="<p@acme>", date=datetime(2026, 3, 1, 9, 0, tzinfo=UTC))  # fmt: skip
    r_reply = _file(ws, reply)
    r_parent = _file(ws, parent)
    assert r_parent.conversation_id == r_reply.conversation_id
    texts = [m.content for m in ws.store.conversations.messages(r_reply.conversation_id or 0)]
    assert texts == ["We move the server on Friday.", "Correction: Saturday."]


def test_in_reply_to_another_clients_message_starts_a_new_thread(ws: Workspace) -> None:
    acme = _file(ws, compose("jane@acme-health.example", ME, "Q", "Question", mid="q@acme"))
    harbor = _file(ws, compose("sam@harbor.example", ME, "Re: Q", "Me too", mid="q2@harbor",
                               in_reply_to="q@acme", references="<q@acme>"))  # fmt: skip
    assert harbor.outcome is FileOutcome.STORED
    assert harbor.conversation_id != acme.conversation_id
    assert ws.store.conversations.get(harbor.conversation_id or 0).client_id == harbor.client_id


# -- identity --------------------------------------------------------------------


def test_duplicate_message_id_is_stored_once(ws: Workspace) -> None:
    raw = compose("jane@acme-health.example", ME, "Hi", "Original text", mid="d@acme")
    changed = compose("jane@acme-health.example", ME, "Hi", "Different copy", mid="d@acme")
    assert _file(ws, raw).outcome is FileOutcome.STORED
    assert _file(ws, raw).outcome is FileOutcome.DUPLICATE
    assert _file(ws, changed).outcome is FileOutcome.DUPLICATE
    assert ms.is_stored(ws, "mid:d@acme")
    assert _count(ws, "mail_messages") == 1
    assert ws.store.db.execute("SELECT content FROM messages").fetchone()[0] == "Original text"


def test_missing_message_id_and_date(ws: Workspace) -> None:
    raw = compose("jane@acme-health.example", ME, "No id", "Body without an id", date=None)
    result = _file(ws, raw)
    assert result.outcome is FileOutcome.STORED and result.message_key.startswith("sha256:")
    assert _file(ws, raw).outcome is FileOutcome.DUPLICATE
    row = ws.store.mail.inbox()[0]
    sent = datetime.fromisoformat(row["sent_at"])
    assert abs((datetime.now(UTC) - sent).total_seconds()) < 600  # the time of filing


def test_date_without_timezone_is_utc(ws: Workspace) -> None:
    raw = compose("jane@acme-health.example", ME, "Naive", "Text", mid="n@acme",
                  date="Mon, 02 Mar 2026 14:30:00")  # fmt: skip
    result = _file(ws, raw)
    message = ws.store.conversations.messages(result.conversation_id or 0)[0]
    assert message.created_at == datetime(2026, 3, 2, 14, 30, tzinfo=UTC)
    offset = compose("jane@acme-health.example", ME, "Zone", "Text", mid="z@acme",
                     date="Mon, 02 Mar 2026 14:30:00 +0200")  # fmt: skip
    r2 = _file(ws, offset)
    m2 = ws.store.conversations.messages(r2.conversation_id or 0)[0]
    assert m2.created_at == datetime(2026, 3, 2, 12, 30, tzinfo=UTC)


def test_corpus_message_keeps_new_text_only(ws: Workspace) -> None:
    # alternative.eml is from jane@acme-health.example (an Acme contact)
    raw = (CORPUS / "consultant-own" / "alternative.eml").read_bytes()
    result = _file(ws, raw)
    assert result.outcome is FileOutcome.STORED
    info = ms.mail_for_message(ws, ws.store.mail.inbox()[0]["message_row"])
    assert info is not None and info.message_id == "abc123@acme-health.example"
    assert info.subject.startswith("Export für die Pflege")
    assert "dev@freelance.example" in info.to_addrs and "ops@acme-health.example" in info.cc_addrs
    content = ws.store.conversations.messages(result.conversation_id or 0)[0].content
    assert content and ">" not in content.splitlines()[-1]


# -- bad mail --------------------------------------------------------------------


def test_too_large_and_malformed_get_a_sentence(ws: Workspace) -> None:
    big = b"From: jane@acme-health.example\n\n" + b"x" * (ms.MAX_MESSAGE_BYTES + 1)
    r = _file(ws, big)
    assert r.outcome is FileOutcome.TOO_LARGE and "25 MB" in r.reason
    empty = _file(ws, b"  \n")
    assert empty.outcome is FileOutcome.MALFORMED and empty.reason.endswith(".")
    harbor = ws.client("Harbor Therapy").id
    binary = _file(ws, bytes(range(256)) * 4, client_id=harbor)
    assert binary.outcome is FileOutcome.MALFORMED and binary.reason.endswith(".")
    assert _count(ws, "mail_messages") == 0 and _count(ws, "messages") == 0


def test_failure_between_the_inserts_leaves_nothing(ws: Workspace) -> None:
    ws.store.db.execute(
        "CREATE TEMP TRIGGER fail_mail BEFORE INSERT ON main.mail_messages"
        " BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
    )
    raw = compose("jane@acme-health.example", ME, "Hi", "Stored or not at all", mid="x@acme")
    result = _file(ws, raw)
    assert result.outcome is FileOutcome.MALFORMED and result.reason
    for table in ("mail_messages", "messages", "conversations"):
        assert _count(ws, table) == 0
    ws.store.db.execute("DROP TRIGGER temp.fail_mail")
    assert _file(ws, raw).outcome is FileOutcome.STORED
    _consistent(ws)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(
    data=st.binary(max_size=3000),
    prefix=st.sampled_from([b"", b"From: jane@acme-health.example\r\n",
                            b"From: dev@freelance.example\nTo: sam@harbor.example\nSubject: "]),
    forced=st.booleans(),
)  # fmt: skip
def test_fuzz_never_raises_and_never_stores_half(
    ws: Workspace, data: bytes, prefix: bytes, forced: bool
) -> None:
    harbor = ws.client("Harbor Therapy").id if forced else None
    before = _count(ws, "mail_messages")
    result = _file(ws, prefix + data, client_id=harbor)
    assert isinstance(result.outcome, FileOutcome)
    after = _count(ws, "mail_messages")
    assert after == before + (1 if result.outcome is FileOutcome.STORED else 0)
    if result.outcome in (FileOutcome.MALFORMED, FileOutcome.TOO_LARGE):
        assert result.reason.endswith(".")
    _consistent(ws)


# -- search and context ------------------------------------------------------------


def test_search_finds_text_and_attachment_text(ws: Workspace) -> None:
    sheet = b"patient,date\nquixotic-ledger,2026-03-01\n"
    raw = compose("jane@acme-health.example", ME, "Visit list", "The visit list is attached.",
                  mid="att@acme", attach=("visits.csv", "text/csv", sheet))  # fmt: skip
    result = _file(ws, raw)
    assert result.outcome is FileOutcome.STORED
    hits = ws.search(SearchQuery(text="visit list"))
    assert [h.conversation_id for h in hits] == [result.conversation_id]
    assert [h.conversation_id for h in ws.search(SearchQuery(text="quixotic"))] == [
        result.conversation_id
    ]
    runner = SearchRunner(ws)
    try:
        found = runner.search(SearchRequest("quixotic", client_id=ws.client("Acme Health").id))
        assert len(found) == 1
        none = runner.search(SearchRequest("quixotic", client_id=ws.client("Harbor Therapy").id))
        assert none == []
    finally:
        runner.close()
    row = ws.store.mail.inbox()[0]
    assert row["attachment_text"].startswith("visits.csv:")
    # the user reads the e-mail's text, not the attachment
    assert "quixotic" not in ws.store.conversations.get_message(row["message_row"]).content


def test_pdf_attachment_text_is_searchable(ws: Workspace) -> None:
    pdf = _tiny_pdf("Kangaroo invoice total")
    raw = compose("jane@acme-health.example", ME, "Invoice", "See the PDF.", mid="pdf@acme",
                  attach=("invoice.pdf", "application/pdf", pdf))  # fmt: skip
    assert _file(ws, raw).outcome is FileOutcome.STORED
    assert len(ws.search(SearchQuery(text="kangaroo"))) == 1


def _tiny_pdf(text: str) -> bytes:
    """A one-page PDF showing ``text`` (written by hand: no PDF writer needed)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)  # fmt: skip
    return out


def test_retrieval_offers_mail_for_the_same_client_only(ws: Workspace) -> None:
    _file(ws, compose("jane@acme-health.example", ME, "Fax gateway",
                      "The fax gateway rejects referrals from the county hospital.",
                      mid="ctx@acme"))  # fmt: skip
    _file(ws, compose("sam@harbor.example", ME, "Printer", "The printer in room 4 jams.",
                      mid="ctx@harbor"))  # fmt: skip
    acme = ws.client("Acme Health")
    harbor = ws.client("Harbor Therapy")
    found = context.retrieve(ws.store, acme, "fax referrals are rejected again")
    assert found and "fax gateway" in found[0].text.lower()
    mail_convs = {r["conversation_id"] for r in ws.store.mail.inbox(client_id=acme.id)}
    assert found[0].conversation_id in mail_convs
    other = context.retrieve(ws.store, harbor, "fax referrals are rejected again")
    assert all("fax" not in s.text.lower() for s in other)
    assert all(s.conversation_id not in mail_convs for s in other)


# -- inbox and state ------------------------------------------------------------------


def test_inbox_handled_and_folder_state(ws: Workspace) -> None:
    _file(ws, compose("jane@acme-health.example", ME, "One", "first", mid="i1@acme",
                      date=datetime(2026, 3, 1, tzinfo=UTC)))  # fmt: skip
    _file(ws, compose("sam@harbor.example", ME, "Two", "second", mid="i2@harbor",
                      date=datetime(2026, 3, 2, tzinfo=UTC)))  # fmt: skip
    items = ms.inbox(ws)
    assert [i.subject for i in items] == ["Two", "One"]
    assert items[0].client_name == "Harbor Therapy" and items[0].preview == "second"
    ms.set_handled(ws, items[0].mail_id)
    assert [i.subject for i in ms.inbox(ws)] == ["One"]
    assert len(ms.inbox(ws, include_handled=True)) == 2
    assert [i.subject for i in ms.inbox(ws, client_id=ws.client("Acme Health").id)] == ["One"]
    ms.set_handled(ws, items[0].mail_id, False)
    assert len(ms.inbox(ws)) == 2
    with pytest.raises(ServiceError, match="no stored e-mail"):
        ms.set_handled(ws, 12345)
    assert ms.mail_for_message(ws, 12345) is None
    assert ms.folder_state(ws, "work", "INBOX") == (None, 0)
    ms.set_folder_state(ws, "work", "INBOX", 42, 17)
    assert ms.folder_state(ws, "work", "INBOX") == (42, 17)


def test_address_filter(ws: Workspace) -> None:
    lookup = ms.client_address_filter(ws)
    acme = ws.client("Acme Health").id
    assert lookup("Jane@ACME-health.example") == acme
    assert lookup("<anyone@mail.acme-health.example>") == acme
    assert lookup("sam@harbor.example") == ws.client("Harbor Therapy").id
    assert lookup("other@harbor-fake.example") is None
    assert lookup("jane@gmail.com") is None
    assert lookup("not an address") is None


# -- prepare (any thread, no database) and store (the writer) ----------------------


def test_prepare_message_needs_no_workspace_and_no_database(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sqlite3

    def refuse(*_a: object, **_kw: object) -> None:
        raise AssertionError("prepare_message opened a database")

    monkeypatch.setattr(sqlite3, "connect", refuse)
    monkeypatch.setattr(Workspace, "open", refuse)
    clients = {"jane@acme-health.example": 7, "sam@harbor.example": 9}
    resolve = clients.get  # a closure over dicts, as client_address_filter builds one
    raw = compose("Jane Doe <jane@acme-health.example>", ME, "Re: Export", "Export is late.",
                  mid="p1@acme", in_reply_to="p0@acme", references="<p0@acme>",
                  attach=("notes.txt", "text/plain", b"firewall port 8443"))  # fmt: skip
    prepared = ms.prepare_message(raw, EML, resolve=resolve, own_addresses=OWN)
    assert isinstance(prepared, ms.PreparedMail)
    assert (prepared.client_id, prepared.message_key) == (7, "mid:p1@acme")
    assert prepared.mail.direction == "in" and prepared.mail.title == "Export"
    assert prepared.mail.content == "Export is late."
    assert "firewall port 8443" in prepared.mail.attachment_text
    assert prepared.thread_ids == ("p0@acme",) and prepared.own_id == "p1@acme"
    assert prepared.mail.conversation_id is None  # the thread is looked up when stored
    sent = compose(ME, "sam@harbor.example", "Invoice", "Attached.", mid="o1@me")
    out = ms.prepare_message(sent, EML, resolve=resolve, own_addresses=OWN)
    assert isinstance(out, ms.PreparedMail) and (out.client_id, out.mail.direction) == (9, "out")
    nobody = ms.prepare_message(compose("x@shop.example", ME, "Sale", "50 %", mid="n@shop"),
                                EML, resolve=resolve, own_addresses=OWN)  # fmt: skip
    assert nobody == ms.FileResult(FileOutcome.NO_CLIENT, message_key="mid:n@shop")
    big = b"From: jane@acme-health.example\n\n" + b"x" * (ms.MAX_MESSAGE_BYTES + 1)
    too_large = ms.prepare_message(big, EML, resolve=resolve)
    assert isinstance(too_large, ms.FileResult) and too_large.outcome is FileOutcome.TOO_LARGE
    bad = ms.prepare_message(bytes(range(256)) * 4, EML, resolve=resolve, client_id=9)
    assert isinstance(bad, ms.FileResult) and bad.outcome is FileOutcome.MALFORMED
    assert bad.reason.endswith(".")


def test_store_prepared_twice_stores_once(ws: Workspace) -> None:
    resolve = ms.client_address_filter(ws)
    raw = compose("jane@acme-health.example", ME, "Hi", "Only once", mid="once@acme")
    prepared = ms.prepare_message(raw, EML, resolve=resolve, own_addresses=OWN)
    assert isinstance(prepared, ms.PreparedMail)
    first = ms.store_prepared(ws, prepared)
    second = ms.store_prepared(ws, prepared)
    assert first.outcome is FileOutcome.STORED and first.conversation_id is not None
    assert second == ms.FileResult(FileOutcome.DUPLICATE, "mid:once@acme",
                                   ws.client("Acme Health").id)  # fmt: skip
    assert prepared.mail.conversation_id is None  # the prepared mail is left as it was
    assert _count(ws, "mail_messages") == 1 and _count(ws, "messages") == 1
    assert _count(ws, "conversations") == 1
    _consistent(ws)


def test_mail_prepared_together_is_threaded_when_stored(ws: Workspace) -> None:
    """A batch is prepared before any of it is stored: the thread is found at storing."""
    jane = "jane@acme-health.example"
    reply = compose(jane, ME, "Re: Server move", "Correction: Saturday.", mid="r@acme",
                    references="<p@acme>")  # fmt: skip
    parent = compose(jane, ME, "Server move", "We move the server on Friday.", mid="p@acme")
    later = compose(jane, ME, "Re: Server move", "Done.", mid="l@acme", in_reply_to="r@acme")
    resolve = ms.client_address_filter(ws)
    prepared = [ms.prepare_message(raw, EML, resolve=resolve, own_addresses=OWN)
                for raw in (reply, parent, later)]  # fmt: skip
    results = []
    for item in prepared:
        assert isinstance(item, ms.PreparedMail)
        results.append(ms.store_prepared(ws, item))
    assert {r.outcome for r in results} == {FileOutcome.STORED}
    assert len({r.conversation_id for r in results}) == 1
    _consistent(ws)


def test_file_message_is_prepare_then_store(ws: Workspace) -> None:
    """The corpus filed in one step and in two steps (two fresh workspaces) gives the
    same outcomes, keys, clients and threads."""
    raws = [p.read_bytes() for p in sorted(CORPUS.rglob("*.eml"))[:40]]
    raws += [compose("jane@acme-health.example", ME, "Q", "Question", mid="q@acme"),
             compose(ME, "sam@harbor.example", "Re: Q", "Answer", mid="a@me",
                     in_reply_to="q@acme")]  # fmt: skip
    raws.append(raws[-1])
    one_step = [_file(ws, raw) for raw in raws]
    with Workspace.open(ws.store.path.parent / "two-step") as other:
        other.add_client("Acme Health")
        other.add_contact("Acme Health", "jane@acme-health.example", "Jane Doe")
        other.store.clients.add_domain(other.client("Acme Health").id or 0,
                                       "acme-health.example")  # fmt: skip
        other.add_client("Harbor Therapy")
        other.add_contact("Harbor Therapy", "sam@harbor.example", "Sam Reyes")
        resolve = ms.client_address_filter(other)
        two_step = []
        for raw in raws:
            ready = ms.prepare_message(raw, EML, resolve=resolve, own_addresses=OWN)
            two_step.append(ready if isinstance(ready, ms.FileResult)
                            else ms.store_prepared(other, ready))  # fmt: skip
    assert two_step == one_step
    assert FileOutcome.STORED in {r.outcome for r in one_step}
    assert one_step[-1].outcome is FileOutcome.DUPLICATE
