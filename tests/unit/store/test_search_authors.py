"""Who wrote each hit (the client, you, the assistant) for typed messages, opened
e-mails and stored mail; the author filter; snippets from attachment text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from consultant.core.models import Role
from consultant.services import mail_store as ms
from consultant.services.mail_store import FileOutcome, MailOrigin
from consultant.services.search import SearchRequest, SearchRunner, snippet_spans
from consultant.services.workspace import Workspace
from consultant.store import SearchFilter
from consultant.store.search import HIT_START, attachment_at
from tests.unit.services.test_mail_store import ME, OWN, _tiny_pdf, compose


@pytest.fixture
def ws() -> Iterator[Workspace]:
    with Workspace.open() as w:
        w.add_client("Acme Health")
        w.add_contact("Acme Health", "jane@acme-health.example", "Jane Doe")
        acme = w.client("Acme Health")
        assert acme.id is not None
        repo = w.store.conversations
        chat = repo.create(acme.id, "Typed")
        assert chat.id is not None
        repo.add_message(chat.id, Role.USER, "zebra typed by me")
        repo.add_message(chat.id, Role.ASSISTANT, "zebra answered by the model")
        repo.add_message(
            chat.id, Role.USER, "zebra in an opened e-mail",
            metadata={"email": {"sender": {"name": "Dana Reyes", "email": "dana@x.example"}}},
        )  # fmt: skip
        for raw in (
            compose("Jane Doe <jane@acme-health.example>", ME, "Zebra", "zebra from the client",
                    mid="in@acme"),
            compose(ME, "jane@acme-health.example", "Re: Zebra", "zebra I sent", mid="out@me",
                    in_reply_to="in@acme"),
        ):  # fmt: skip
            result = ms.file_message(w, raw, MailOrigin("eml"), own_addresses=OWN)
            assert result.outcome is FileOutcome.STORED
        yield w


def _by_text(ws: Workspace, author: str | None = None) -> dict[str, tuple[str, str | None]]:
    found = ws.store.search.detailed("zebra", SearchFilter(author=author))
    return {snippet_spans(hit.snippet)[0]: (detail.author, detail.sender) for hit, detail in found}


def test_every_hit_says_who_wrote_it(ws: Workspace) -> None:
    assert _by_text(ws) == {
        "zebra typed by me": ("you", None),
        "zebra answered by the model": ("assistant", None),
        "zebra in an opened e-mail": ("client", "Dana Reyes"),
        "zebra from the client": ("client", "Jane Doe"),
        "zebra I sent": ("you", None),
    }


@pytest.mark.parametrize(
    ("author", "texts"),
    [
        ("client", {"zebra in an opened e-mail", "zebra from the client"}),
        ("you", {"zebra typed by me", "zebra I sent"}),
        ("assistant", {"zebra answered by the model"}),
    ],
)
def test_author_filter_works_for_mail(ws: Workspace, author: str, texts: set[str]) -> None:
    assert set(_by_text(ws, author)) == texts
    # the same through the service the Ctrl+K dialog uses, with its labels
    runner = SearchRunner(ws)
    try:
        results = runner.search(SearchRequest("zebra", author=author))
    finally:
        runner.close()
    assert {snippet_spans(r.hit.snippet)[0] for r in results} == texts
    assert {r.author for r in results} == {author}
    if author == "client":
        assert {r.author_label for r in results} == {"Dana Reyes (client)", "Jane Doe (client)"}


def test_a_hit_only_in_attachment_text_gets_a_highlighted_snippet(ws: Workspace) -> None:
    sheet = b"patient,date\n" + b"filler row,2026-03-01\n" * 30 + b"quixotic-ledger,2026-03-01\n"
    raw = compose(
        "jane@acme-health.example", ME, "Visit list", "The visit list is attached.",
        mid="att@acme", attach=("visits.csv", "text/csv", sheet),
    )  # fmt: skip
    assert ms.file_message(ws, raw, MailOrigin("eml"), own_addresses=OWN).outcome is (
        FileOutcome.STORED
    )
    [(hit, detail)] = ws.store.search.detailed("quixotic", SearchFilter())
    text, spans = snippet_spans(hit.snippet)
    assert text.startswith("in attachment visits.csv: ")
    assert [text[s : s + n] for s, n in spans] == ["quixotic"]
    assert detail.attachment == "visits.csv" and detail.author == "client"
    # a hit in the body keeps the body's snippet
    [(body, body_detail)] = ws.store.search.detailed("visit list", SearchFilter())
    assert snippet_spans(body.snippet)[0].startswith("The visit list")
    assert body_detail.attachment is None


def test_a_pdf_attachment_hit_names_the_pdf(ws: Workspace) -> None:
    raw = compose(
        "jane@acme-health.example", ME, "Invoice", "See the PDF.", mid="pdf@acme",
        attach=("invoice.pdf", "application/pdf", _tiny_pdf("Kangaroo invoice total")),
    )  # fmt: skip
    assert ms.file_message(ws, raw, MailOrigin("eml"), own_addresses=OWN).outcome is (
        FileOutcome.STORED
    )
    [(hit, _detail)] = ws.store.search.detailed("kangaroo", SearchFilter())
    assert hit.snippet.startswith("in attachment invoice.pdf: ")
    assert HIT_START + "Kangaroo" in hit.snippet


def test_attachment_at_finds_the_section_holding_a_position() -> None:
    text = "a.txt:\nfirst part\n\nb.csv:\nsecond a.txt:\n part\n\nlast"
    assert attachment_at(text, text.index("first"), ["a.txt", "b.csv"]) == "a.txt"
    assert attachment_at(text, text.index("second"), ["a.txt", "b.csv"]) == "b.csv"
    # "a.txt:" inside b.csv's text is not a section start
    assert attachment_at(text, text.rindex(" part"), ["a.txt", "b.csv"]) == "b.csv"
    assert attachment_at(text, 0, []) == ""


def test_authors_of_message_ids(ws: Workspace) -> None:
    found = ws.store.search.detailed("zebra", SearchFilter())
    ids = [hit.message_id for hit, _d in found if hit.message_id is not None]
    authors = ws.store.search.authors(ids)
    assert {authors[h.message_id] for h, _d in found if h.message_id} == {
        "you",
        "assistant",
        "client",
    }
    assert ws.store.search.authors([]) == {}
