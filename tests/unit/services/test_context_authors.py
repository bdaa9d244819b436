"""Context snippets say who wrote each message: the client (an e-mail received,
opened or pasted), you (typed here, or an e-mail you sent), or the assistant."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from consultant.core.models import Role
from consultant.services import context
from consultant.services import mail_store as ms
from consultant.services.mail_store import FileOutcome, MailOrigin
from consultant.services.workspace import Workspace
from tests.unit.services.test_mail_store import ME, OWN, compose


@pytest.fixture
def ws() -> Iterator[Workspace]:
    with Workspace.open() as w:
        w.add_client("Acme Health")
        w.add_contact("Acme Health", "jane@acme-health.example", "Jane Doe")
        yield w


def _store(ws: Workspace, raw: bytes) -> int:
    result = ms.file_message(ws, raw, MailOrigin("eml"), own_addresses=OWN)
    assert result.outcome is FileOutcome.STORED and result.conversation_id is not None
    return result.conversation_id


def test_mail_in_and_out_are_labelled_by_their_author(ws: Workspace) -> None:
    _store(
        ws,
        compose(
            "jane@acme-health.example",
            ME,
            "Fax gateway",
            "The fax gateway rejects county referrals.",
            mid="in@acme",
        ),
    )
    _store(ws, compose(ME, "jane@acme-health.example", "Re: Fax gateway",
                       "I will reset the fax gateway certificate tonight.", mid="out@me",
                       in_reply_to="in@acme"))  # fmt: skip
    found = context.retrieve(ws.store, ws.client("Acme Health"), "fax gateway referrals")
    texts = sorted(s.text for s in found)
    assert texts == [
        "Client: The fax gateway rejects county referrals.",
        "You: I will reset the fax gateway certificate tonight.",
    ]


def test_typed_pasted_and_answers(ws: Workspace) -> None:
    acme = ws.client("Acme Health")
    assert acme.id is not None
    repo = ws.store.conversations
    conv = repo.create(acme.id, "Printer")
    assert conv.id is not None
    repo.add_message(
        conv.id, Role.USER, "The label printer jams on every refill.",
        metadata={"email": {"sender": {"name": "Jane Doe", "email": "jane@acme-health.example"}}},
    )  # fmt: skip
    repo.add_message(conv.id, Role.ASSISTANT, "Ask which printer model jams.")
    other = repo.create(acme.id, "Notes")
    assert other.id is not None
    repo.add_message(other.id, Role.USER, "Remember the printer refill schedule.")
    found = context.retrieve(ws.store, acme, "printer jams refill")
    by_conv = {s.conversation_title: s.text for s in found}
    assert by_conv["Printer"] == (
        "Client: The label printer jams on every refill. Answer: Ask which printer model jams."
    )
    assert by_conv["Notes"] == "You: Remember the printer refill schedule."
