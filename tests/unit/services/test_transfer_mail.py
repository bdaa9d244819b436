"""Export and import carry stored e-mail (format 3): a thread's ``kind`` and its
``mail_messages`` rows, remapped through message and conversation uids; old files
(no kind, no mail) still import."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from consultant.services import mail_store as ms
from consultant.services.mail_store import FileOutcome, MailOrigin
from consultant.services.transfer import export_data, import_data, write_export
from consultant.services.workspace import SearchQuery, ServiceError, Workspace
from tests.unit.services.test_mail_store import ME, OWN, _tiny_pdf, compose


def _setup(ws: Workspace) -> None:
    ws.add_client("Acme Health")
    ws.add_contact("Acme Health", "jane@acme-health.example", "Jane Doe")


def _mailbox(ws: Workspace) -> None:
    """A thread of three e-mails (one with a CSV and one with a PDF attachment, one
    sent by me), plus a chat of the same client."""
    _setup(ws)
    sheet = b"patient,date\nquixotic-ledger,2026-03-01\n"
    mails = [
        compose("jane@acme-health.example", ME, "Visit list", "The visit list is attached.",
                mid="a@acme", attach=("visits.csv", "text/csv", sheet)),
        compose(ME, "jane@acme-health.example", "Re: Visit list", "Thanks, got it.",
                mid="b@me", in_reply_to="a@acme", references="<a@acme>"),
        compose("jane@acme-health.example", ME, "Re: Visit list", "And the invoice.",
                mid="c@acme", in_reply_to="b@me", references="<a@acme> <b@me>",
                attach=("invoice.pdf", "application/pdf", _tiny_pdf("Kangaroo total"))),
    ]  # fmt: skip
    for raw in mails:
        result = ms.file_message(ws, raw, MailOrigin("eml"), own_addresses=OWN)
        assert result.outcome is FileOutcome.STORED, result.reason
    acme = ws.client("Acme Health")
    assert acme.id is not None
    ws.store.conversations.create(acme.id, "A chat")


def _without_stamp(doc: dict[str, Any]) -> dict[str, Any]:
    doc = json.loads(json.dumps(doc))
    assert doc.pop("exported_at")
    return doc


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.open(tmp_path / "home") as ws:
        _mailbox(ws)
        yield ws


def test_export_holds_the_thread_kind_and_its_mail(home: Workspace) -> None:
    doc = export_data(home)
    convs = doc["clients"][0]["conversations"]
    kinds = sorted(c["kind"] for c in convs)
    assert kinds == ["chat", "mail"]
    thread = next(c for c in convs if c["kind"] == "mail")
    assert [m["message_key"] for m in thread["mail"]] == ["mid:a@acme", "mid:b@me", "mid:c@acme"]
    uids = [m["uid"] for m in thread["messages"]]
    assert [m["message_uid"] for m in thread["mail"]] == uids
    assert [m["direction"] for m in thread["mail"]] == ["in", "out", "in"]
    assert thread["mail"][2]["references_"] == ["a@acme", "b@me"]
    assert "quixotic-ledger" in thread["mail"][0]["attachment_text"]
    # ids of this database are not exported
    assert all("mail_id" not in m["metadata"] for m in thread["messages"])
    assert [m["metadata"]["author"] for m in thread["messages"]] == ["client", "you", "client"]


def test_round_trip_is_identical_and_attachments_stay_searchable(
    home: Workspace, tmp_path: Path
) -> None:
    first = export_data(home)
    with Workspace.open(tmp_path / "other") as other:
        report = import_data(other, first)
        assert report.created["e-mails"] == 3
        second = export_data(other)
        assert _without_stamp(second) == _without_stamp(first)
        # the attachment text is indexed with its message
        assert len(other.search(SearchQuery(text="quixotic"))) == 1
        assert len(other.search(SearchQuery(text="kangaroo"))) == 1
        # the imported thread is a mail thread, and each message points at its row
        acme = other.client("Acme Health")
        assert acme.id is not None
        threads = other.store.conversations.list_for_client(acme.id, kind="mail")
        assert [t.title for t in threads] == ["Visit list"]
        assert threads[0].id is not None
        for m in other.store.conversations.messages(threads[0].id):
            assert m.id is not None
            info = ms.mail_for_message(other, m.id)
            assert info is not None
            assert m.metadata["mail_id"] == info.mail_id
        # the stored keys keep a re-import of the same mailbox from storing twice
        again = ms.file_message(
            other,
            compose("jane@acme-health.example", ME, "Visit list", "x", mid="a@acme"),
            MailOrigin("eml"), own_addresses=OWN,
        )  # fmt: skip
        assert again.outcome is FileOutcome.DUPLICATE
        # a second import changes nothing
        twice = import_data(other, first)
        assert twice.created == {}
        assert twice.unchanged["e-mails"] == 3
        assert _without_stamp(export_data(other)) == _without_stamp(first)
        # and the files written are the same, too
        write_export(home, tmp_path / "a")
        write_export(other, tmp_path / "b")
        for path in (tmp_path / "a").iterdir():
            if path.suffix == ".md":
                assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes()


def test_handled_flag_is_updated_on_reimport(home: Workspace, tmp_path: Path) -> None:
    doc = export_data(home)
    with Workspace.open(tmp_path / "other") as other:
        import_data(other, doc)
        thread = next(c for c in doc["clients"][0]["conversations"] if c["kind"] == "mail")
        assert thread["mail"][0]["handled"] is False
        thread["mail"][0]["handled"] = True
        report = import_data(other, doc)
        assert report.updated == {"e-mails": 1}
        assert [row["handled"] for row in other.store.mail.inbox()] == [0]  # only c@acme


def test_same_email_stored_here_under_another_uid_is_skipped(
    home: Workspace, tmp_path: Path
) -> None:
    doc = export_data(home)
    with Workspace.open(tmp_path / "other") as other:
        _setup(other)
        # the same e-mail filed here independently (another uid, same Message-ID)
        raw = compose("jane@acme-health.example", ME, "Visit list", "The visit list.",
                      mid="a@acme")  # fmt: skip
        assert ms.file_message(other, raw, MailOrigin("eml"), own_addresses=OWN).outcome is (
            FileOutcome.STORED
        )
        # a client of the same name and another uid is refused, so take its uid
        doc["clients"][0]["uid"] = other.client("Acme Health").uid
        report = import_data(other, doc)
        assert report.created["e-mails"] == 2
        assert any("mid:a@acme" in w and "already stored" in w for w in report.warnings)
        assert other.store.transfer.mail_key_uid("mid:a@acme") is not None


def test_old_files_without_kind_or_mail_still_import(home: Workspace, tmp_path: Path) -> None:
    doc = export_data(home)
    doc["version"] = 2
    for conv in doc["clients"][0]["conversations"]:
        conv.pop("kind")
        conv.pop("mail")
    with Workspace.open(tmp_path / "other") as other:
        report = import_data(other, doc)
        assert report.created["conversations"] == 2
        assert "e-mails" not in report.created
        acme = other.client("Acme Health")
        assert acme.id is not None
        kinds = {c.kind for c in other.store.conversations.list_for_client(acme.id)}
        assert kinds == {"chat"}
        # no stale ids: a message without its e-mail row has no mail_id
        for conv in other.store.conversations.list_for_client(acme.id):
            assert conv.id is not None
            for m in other.store.conversations.messages(conv.id):
                assert "mail_id" not in m.metadata


def test_a_stale_mail_id_in_a_file_is_not_kept(home: Workspace, tmp_path: Path) -> None:
    doc = export_data(home)
    thread = next(c for c in doc["clients"][0]["conversations"] if c["kind"] == "mail")
    thread["mail"] = []
    thread["messages"][0]["metadata"]["mail_id"] = 1
    with Workspace.open(tmp_path / "other") as other:
        import_data(other, doc)
        message = other.store.conversations.get_message_by_uid(thread["messages"][0]["uid"])
        assert message is not None and "mail_id" not in message.metadata


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda m: m.update(message_uid="nope"), "message_uid names no message"),
        (lambda m: m.update(message_key=""), "message_key is empty"),
        (lambda m: m.update(direction="sideways"), "direction is “sideways”"),
        (lambda m: m.update(source="fax"), "source is “fax”"),
        (lambda m: m.update(to_addrs=[1]), "to_addrs[0] should be text"),
        (lambda m: m.update(attachments=["x"]), "attachments[0] should be an object"),
        (lambda m: m.pop("sent_at"), "has no “sent_at”"),
    ],
)
def test_malformed_mail_is_refused_with_a_sentence(
    home: Workspace, tmp_path: Path, change: Any, expected: str
) -> None:
    doc = export_data(home)
    thread = next(c for c in doc["clients"][0]["conversations"] if c["kind"] == "mail")
    change(thread["mail"][1])
    with Workspace.open(tmp_path / "other") as other:
        with pytest.raises(ServiceError, match="malformed") as caught:
            import_data(other, doc)
        assert expected in str(caught.value)
        assert other.clients(include_archived=True) == []


def test_repeated_mail_and_foreign_mail_uid_are_refused(home: Workspace, tmp_path: Path) -> None:
    doc = export_data(home)
    thread = next(c for c in doc["clients"][0]["conversations"] if c["kind"] == "mail")
    twice = json.loads(json.dumps(doc))
    t2 = next(c for c in twice["clients"][0]["conversations"] if c["kind"] == "mail")
    t2["mail"][1]["message_key"] = t2["mail"][0]["message_key"]
    with pytest.raises(ServiceError, match="repeats the e-mail key"):
        import_data(home, twice)
    # an e-mail uid that is here on another message is refused, nothing changes
    moved = json.loads(json.dumps(doc))
    t3 = next(c for c in moved["clients"][0]["conversations"] if c["kind"] == "mail")
    t3["mail"][0]["uid"], t3["mail"][1]["uid"] = t3["mail"][1]["uid"], t3["mail"][0]["uid"]
    with pytest.raises(ServiceError, match="belongs to an e-mail of another message"):
        import_data(home, moved)
    assert _without_stamp(export_data(home)) == _without_stamp(doc)
    assert thread["mail"][0]["uid"] != thread["mail"][1]["uid"]
