"""Retrieval by exchange: the query taken from the e-mail itself, one slot per
exchange, client scoping, reasons, the local model by default, the index split."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from consultant.core.models import PrivacyPolicy, Role
from consultant.core.settings import Settings
from consultant.llm import local_embedding
from consultant.services import context, intake, semantic
from consultant.services.workspace import Workspace
from consultant.store.embeddings import pack, unpack

needs_model = pytest.mark.skipif(
    not local_embedding.available()[0], reason="the local embedding model is not installed"
)

EMAIL = """From: Maria Delgado <maria@sunrise-hh.org>
To: Sam Okafor <sam@okafor-consulting.com>
Subject: SRFax key again?
Date: Mon, 02 Nov 2026 08:41:00 -0500

Hi Sam,

Referral faxes stopped coming into Axxess again this morning. Can you redo the key?

Thanks,
Maria
"""


@pytest.fixture
def ws() -> Iterator[Workspace]:
    with Workspace.open() as w:
        yield w


def _exchange(ws: Workspace, client: str, title: str, asked: str, answer: str) -> tuple[int, int]:
    c = ws.client(client)
    conv = ws.store.conversations.create(c.id or 0, title)
    q = ws.store.conversations.add_message(conv.id or 0, Role.USER, asked)
    a = ws.store.conversations.add_message(conv.id or 0, Role.ASSISTANT, answer)
    return q.id or 0, a.id or 0


def _sunrise(ws: Workspace) -> dict[str, int]:
    ws.add_client("Sunrise")
    ws.add_contact("Sunrise", "maria@sunrise-hh.org", "Maria Delgado", "Intake coordinator")
    ws.add_contact("Sunrise", "tom@sunrise-hh.org", "Tom Reyes", "Billing manager")
    ids = {}
    ids["fax"], ids["fax_answer"] = _exchange(
        ws, "Sunrise", "Fax import", "Referrals from SRFax no longer reach Axxess.",
        "SRFax rotated the API key; I entered the new key in the Axxess integration.",
    )  # fmt: skip
    ids["payroll"], _ = _exchange(
        ws, "Sunrise", "Payroll", "ADP payroll export has the wrong overtime.",
        "The overtime rule in ADP was fixed.",
    )  # fmt: skip
    ids["printer"], _ = _exchange(
        ws, "Sunrise", "Printer", "The front desk printer jams.", "Replaced the roller."
    )
    return ids


def test_query_text_drops_headers_and_tails_and_keeps_the_subject() -> None:
    q = context.query_text(EMAIL + "\n--- Earlier in this thread ---\nOld quoted payroll text")
    assert q.subject == "SRFax key again?"
    assert "Referral faxes" in q.body
    assert "maria@" not in q.body and "Mon, 02 Nov" not in q.body and "payroll" not in q.body
    fwd = context.query_text("Subject: Fwd: Printer\n\nSee below.\n--- Forwarded message ---\nx")
    assert fwd.subject == "Printer" and fwd.body == "See below."
    plain = context.query_text("The printer jams.", subject="Re: Printer")
    assert plain == context.QueryText("Printer", "The printer jams.")


def test_both_front_ends_get_the_same_result(ws: Workspace) -> None:
    _sunrise(ws)
    got = intake.read_text(ws, EMAIL)
    client = ws.client("Sunrise")
    cli = context.retrieve(ws.store, client, got.text, subject=got.parsed.subject)
    desktop = context.retrieve(ws.store, client, got.text)
    assert cli == desktop
    assert cli[0].conversation_title == "Fax import"


def test_headers_are_not_query_words(ws: Workspace) -> None:
    ids = _sunrise(ws)
    # The sender's name and mailbox would otherwise match the payroll exchange.
    _exchange(ws, "Sunrise", "Maria's mailbox", "Maria Delgado sunrise-hh.org mailbox full",
              "Cleaned Maria's mailbox.")  # fmt: skip
    text = "From: Maria Delgado <maria@sunrise-hh.org>\nSubject: overtime\n\nADP overtime wrong"
    found = context.retrieve(ws.store, ws.client("Sunrise"), text)
    assert found[0].message_id == ids["payroll"]


def test_a_long_email_is_not_cut_short(ws: Workspace) -> None:
    ids = _sunrise(ws)
    filler = " ".join(f"word{chr(97 + i % 26)}{i}" for i in range(60))
    found = context.retrieve(ws.store, ws.client("Sunrise"), f"{filler} printer jams")
    assert found[0].message_id == ids["printer"]


def test_contact_names_match_whole_words_only(ws: Workspace) -> None:
    _sunrise(ws)
    client = ws.client("Sunrise")
    assert context.expand(client, "the automatic backup failed", glossary=False) == []
    assert "billing" in context.expand(client, "Tom says the backup failed", glossary=False)


def test_one_slot_per_exchange_and_always_five(ws: Workspace) -> None:
    ids = _sunrise(ws)
    for n in range(3):
        _exchange(ws, "Sunrise", f"Other {n}", f"Topic {n} question", f"Topic {n} answer")
    found = context.retrieve(ws.store, ws.client("Sunrise"), "SRFax key Axxess referrals")
    assert len(found) == 5
    assert found[0].message_id == ids["fax"]
    assert ids["fax_answer"] not in [s.message_id for s in found]  # the same exchange
    assert "You: Referrals from SRFax" in found[0].text and "Answer: SRFax rotated" in found[0].text
    assert found[0].reason.startswith("matching words: ") and "srfax" in found[0].reason.lower()
    assert found[0].score == 1.0 and found[-1].reason == "recent exchange"


def test_never_another_clients_exchange(ws: Workspace) -> None:
    _sunrise(ws)
    ws.add_client("Other")
    other_q, other_a = _exchange(ws, "Other", "SRFax", "SRFax key Axxess referrals SRFax",
                                 "SRFax key Axxess")  # fmt: skip

    def leaky(_text: str) -> list[tuple[int, float]]:
        return [(other_q, 1.0), (other_a, 0.9)]  # a ranker that returns foreign ids

    found = context.retrieve(ws.store, ws.client("Sunrise"), "SRFax key Axxess", semantic=leaky)
    sunrise_ids = {
        m.id
        for conv in ws.store.conversations.list_for_client(ws.client("Sunrise").id or 0)
        for m in ws.store.conversations.messages(conv.id or 0)
    }
    assert found and all(s.message_id in sunrise_ids for s in found)


def test_vectors_are_little_endian_float32() -> None:
    blob = pack([1.0, -0.5])
    assert blob == b"\x00\x00\x80\x3f\x00\x00\x00\xbf"
    assert list(unpack(blob)) == [1.0, -0.5]


def test_embedding_model_setting() -> None:
    from consultant.core.models import Client

    c = Client(None, "u", "Registry", privacy=PrivacyPolicy.LOCAL_ONLY)
    assert semantic.embedder_for(Settings(embedding_model="off"), c, lambda e: None) is None
    chosen = semantic.embedder_for(Settings(), c, lambda e: None)
    if local_embedding.available()[0]:
        assert isinstance(chosen, semantic.LocalEmbedder)
        assert chosen.ref == local_embedding.MODEL_ID
    else:
        assert chosen is None


@needs_model
def test_index_split_reader_compute_writer(ws: Workspace) -> None:
    ids = _sunrise(ws)
    client = ws.client("Sunrise")
    model = local_embedding.MODEL_ID
    with ws.store.reader() as reader:  # read-only: what is missing
        todo = semantic.pending(reader, client.id or 0, model)
    assert {p.message_id for p in todo} >= {ids["fax"], ids["printer"]}
    computed = semantic.compute(semantic.LocalEmbedder(), todo)  # no database
    assert computed[0].vectors.shape[1] == local_embedding.DIMENSIONS
    assert semantic.save(ws.store, model, computed) == len(todo)
    assert semantic.pending(ws.store, client.id or 0, model) == []
    matrix = ws.store.embeddings.client_vectors(client.id or 0, model)
    assert len(matrix) == len(todo)


@needs_model
def test_long_message_is_embedded_in_chunks(ws: Workspace) -> None:
    ws.add_client("Long")
    long_text = " ".join(["printer"] * 100 + ["payroll"] * 100)
    q, _ = _exchange(ws, "Long", "Mixed", long_text, "ok")
    index = semantic.SemanticIndex(ws.store, semantic.LocalEmbedder(), ws.client("Long"))
    index.refresh()
    matrix = ws.store.embeddings.client_vectors(ws.client("Long").id or 0, index.model)
    assert list(matrix.message_ids).count(q) == 3  # 200 words: three chunks


@needs_model
def test_local_model_finds_a_paraphrase_for_a_local_only_client(ws: Workspace) -> None:
    ws.add_client("Clinic", privacy="local_only")
    wanted, _ = _exchange(ws, "Clinic", "Phones", "The phone system drops calls after hours.",
                          "Reconfigured the call queue.")  # fmt: skip
    _exchange(ws, "Clinic", "Payroll", "ADP payroll export has the wrong overtime.", "Fixed.")
    client = ws.client("Clinic")
    index = semantic.SemanticIndex.for_settings(ws.store, Settings(), client, lambda e: None)
    assert index is not None
    index.refresh()
    found = context.retrieve(ws.store, client, "Nobody can reach us by telephone in the evening",
                             semantic=index.ranker())  # fmt: skip
    assert found[0].message_id == wanted and "similar meaning" in found[0].reason


def test_snippet_list_shows_the_reason() -> None:
    pytest.importorskip("PySide6")
    from consultant.core.prompts import ContextSnippet
    from consultant.ui.item_models import SnippetListModel

    model = SnippetListModel()
    model.set_items([ContextSnippet(1, 2, "Fax", "2026-01-02", "user", "Client: fax", 1.0,
                                    "matching words: fax")])  # fmt: skip
    shown = model.data(model.index(0, 0))
    assert "●●● · matching words: fax" in shown
    assert model.data(model.index(0, 0), 3).startswith("Strong match — matching words: fax")
