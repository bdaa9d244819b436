"""The incremental exchange index (``services/context_index.py``): retrieval returns
exactly what the index it replaces returns, and one new message does not rebuild it
(real SQLite, the labelled retrieval set)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from consultant.core.models import MessageStatus, Role
from consultant.services import context, context_index
from consultant.services.context import Tuning, with_tuning
from consultant.services.workspace import Workspace
from consultant.store import Store
from tests import retrieval_eval

TUNINGS = [
    context.TUNING,
    with_tuning(stem=False),
    with_tuning(k1=1.6, b=0.5, glossary=True, contacts=True),
    with_tuning(coverage_weight=0.3, recency_weight=0.2),
]


class NewIndex:
    """``context._index`` as it is with ``context_index.build`` (its own cache)."""

    def __init__(self) -> None:
        self.cache: dict[tuple[int, bool], context_index.ClientIndex] = {}
        self.builds = 0

    def __call__(self, store: Store, client_id: int, do_stem: bool) -> object:
        repo = store.embeddings
        signature = repo.client_signature(client_id)
        found = self.cache.get((client_id, do_stem))
        if found is not None and found.signature == signature:
            return found
        self.builds += 1
        built = context_index.build(signature, repo.client_messages(client_id), found, do_stem)
        self.cache[(client_id, do_stem)] = built
        return built


@pytest.fixture
def ws() -> Iterator[Workspace]:
    with Workspace.open() as w:
        yield w


def _fixed(ranked: list[tuple[int, float]]) -> context.SemanticRanker:
    """A semantic ranker with a fixed answer (message ids through ``by_message``)."""

    def rank(_text: str) -> list[tuple[int, float]]:
        return ranked

    return rank


def _results(
    ws: Workspace, data: dict[str, object], tuning: Tuning, exclude: dict[str, int]
) -> list[object]:
    out: list[object] = []
    from datetime import UTC, datetime

    now = datetime(2026, 8, 1, tzinfo=UTC)
    for q in data["queries"]:  # type: ignore[attr-defined]
        client = ws.client(q["client"])
        assert client.id is not None
        history = ws.store.embeddings.client_messages(client.id)
        ranked = [(row[0], 1.0 - i / 100) for i, row in enumerate(history[::3][:40])]
        out.append(context.retrieve(
            ws.store, client, q["text"], subject=q["subject"], now=now, tuning=tuning,
            exclude_conversation_id=exclude.get(q["client"]), limit=8,
            semantic=_fixed(ranked),
        ))  # fmt: skip
    return out


def _both(
    ws: Workspace, data: dict[str, object], new: NewIndex, monkeypatch: pytest.MonkeyPatch,
    exclude: dict[str, int],
) -> tuple[list[object], list[object]]:  # fmt: skip
    old = [r for t in TUNINGS for r in _results(ws, data, t, exclude)]
    with monkeypatch.context() as m:
        m.setattr(context, "_index", new)
        fresh = [r for t in TUNINGS for r in _results(ws, data, t, exclude)]
    return old, fresh


def test_retrieval_is_identical_and_one_new_message_rebuilds_nothing(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, _keys = retrieval_eval.load(ws)
    first_client = data["clients"][0]["name"]  # type: ignore[index]
    client = ws.client(first_client)
    assert client.id is not None
    long = ws.store.conversations.create(client.id, "Fax portal follow-up")
    conv_id = long.id or 0
    for i in range(30):
        role = Role.USER if i % 3 == 0 else Role.ASSISTANT
        ws.store.conversations.add_message(conv_id, role, f"The fax portal login, step {i}")
    new = NewIndex()
    exclude = {first_client: conv_id}

    old, fresh = _both(ws, data, new, monkeypatch, exclude)
    assert fresh == old and any(fresh)
    before = new.cache[(client.id, True)]
    part = before.conversations[conv_id]

    # a send: the user's message (the streaming reply is not retrievable yet)
    ws.store.conversations.add_message(conv_id, Role.USER, "Is the fax portal login fixed?")
    ws.store.conversations.add_message(conv_id, Role.ASSISTANT, "", status=MessageStatus.STREAMING)
    old, fresh = _both(ws, data, new, monkeypatch, exclude)
    assert fresh == old
    after = new.cache[(client.id, True)]
    assert after is not before
    # other conversations are the same objects; this one kept all but its last exchange
    assert all(
        after.conversations[cid] is p for cid, p in before.conversations.items() if cid != conv_id
    )
    kept = after.conversations[conv_id].exchanges
    assert kept[: len(part.exchanges) - 1] == part.exchanges[:-1]
    assert all(a is b for a, b in zip(kept, part.exchanges[:-1], strict=False))
    assert kept[-1].messages[-1].content == "Is the fax portal login fixed?"
    # postings exist only for the terms queries asked for, not the whole vocabulary
    vocabulary = set().union(*(p.vocabulary for p in after.conversations.values()))
    assert 0 < len(after._postings) < len(vocabulary)

    # the reply is stored: it joins the last exchange (also when not excluded)
    reply = ws.store.conversations.messages(conv_id)[-1]
    ws.store.conversations.finish_message(reply.id or 0, content="Yes, the fax portal login "
                                          "works since the update.",
                                          status=MessageStatus.COMPLETE)  # fmt: skip
    for excluded in (exclude, {}):
        old, fresh = _both(ws, data, new, monkeypatch, excluded)
        assert fresh == old
    last = new.cache[(client.id, True)].conversations[conv_id].exchanges[-1]
    assert [m.content for m in last.messages][-2:] == [
        "Is the fax portal login fixed?",
        "Yes, the fax portal login works since the update.",
    ]


def test_edits_titles_and_removals_give_the_same_results(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, keys = retrieval_eval.load(ws)
    new = NewIndex()
    first_client = data["clients"][0]["name"]  # type: ignore[index]
    client = ws.client(first_client)
    assert client.id is not None
    conv = ws.store.conversations.create(client.id, "Printer")
    cid = conv.id or 0
    ids = [
        (ws.store.conversations.add_message(cid, role, f"The printer queue {i} " * (60 * i)).id
         or 0)
        for i, role in enumerate([Role.USER, Role.ASSISTANT, Role.ASSISTANT, Role.USER] * 3)
    ]  # fmt: skip
    old, fresh = _both(ws, data, new, monkeypatch, {})
    assert fresh == old

    # an answer edited in the middle: the conversation is grouped again
    ws.store.conversations.finish_message(ids[5], content="The fax portal was replaced",
                                          status=MessageStatus.COMPLETE)  # fmt: skip
    old, fresh = _both(ws, data, new, monkeypatch, {})
    assert fresh == old
    ws.store.conversations.update(cid, title="Fax portal replacement")
    old, fresh = _both(ws, data, new, monkeypatch, {})
    assert fresh == old
    assert new.cache[(client.id, True)].conversations[cid].exchanges[0].title == (
        "Fax portal replacement"
    )
    ws.store.conversations.delete_message(ids[-1])
    first_key = next(iter(keys.values()))
    ws.store.conversations.delete_message(first_key)
    old, fresh = _both(ws, data, new, monkeypatch, {})
    assert fresh == old
    assert new.builds >= 4  # each change was seen


def test_idf_and_postings_are_the_full_statistics() -> None:
    rows = [
        (1, 10, "Fax", "user", "the fax portal is down", "2026-01-01T09:00:00+00:00"),
        (2, 10, "Fax", "assistant", "the fax portal works again", "2026-01-01T10:00:00+00:00"),
        (3, 11, "VPN", "user", "vpn portal access for Sam", "2026-01-02T09:00:00+00:00"),
    ]
    index = context_index.build("sig", rows, None, True)
    assert [ex.key for ex in index.exchanges] == [1, 3]
    assert index.by_message == {1: 0, 2: 0, 3: 1}
    assert index.postings_of("portal") == [(0, 2), (1, 1)]
    assert not index.postings_of("nothing")
    assert index.idf.get("nothing") is None and "nothing" not in index.idf
    with pytest.raises(KeyError):
        index.idf["nothing"]
    import math

    assert index.idf["vpn"] == pytest.approx(math.log(1 + (2 - 1 + 0.5) / (1 + 0.5)))
    assert index.avg == sum(ex.length for ex in index.exchanges) / 2


def test_index_holds_nothing_the_garbage_collector_walks(tmp_path: Path) -> None:
    """A client's index is ~5 000 term dicts and ~140 vocabularies: kept as plain
    dicts of str → int/None, the collector does not track them, so a full
    collection (which stops every thread, the window's too) stays short."""
    import gc

    store = Store.open(tmp_path / "gc.sqlite")
    client = store.clients.add("Acme")
    assert client.id is not None
    for c in range(3):
        conv = store.conversations.create(client.id, title=f"conversation {c}")
        assert conv.id is not None
        for i in range(4):
            store.conversations.add_message(conv.id, Role.USER, f"portal login error {c} {i}")
            store.conversations.add_message(conv.id, Role.ASSISTANT, f"reset the portal {i}")
    index = context_index.build(
        store.embeddings.client_signature(client.id),
        store.embeddings.client_messages(client.id), None, True,
    )  # fmt: skip
    assert index.exchanges
    assert index.postings_of("portal")
    for ex in index.exchanges:
        assert ex.terms and not gc.is_tracked(ex.terms)
    for part in index.conversations.values():
        assert part.vocabulary and not gc.is_tracked(part.vocabulary)
    store.close()


def test_postings_carried_over_a_chain_of_changes_equal_a_fresh_build(tmp_path: Path) -> None:
    """Each index inherits the postings its predecessor built (and those it had
    inherited); after appends, edits and removals anywhere — not only in the last
    conversation — every term's postings, idf and BM25 factors are a fresh build's."""
    import random

    rng = random.Random(11)
    words = "fax portal login vpn printer scanner toner backup epic referral nurse".split()
    store = Store.open(tmp_path / "chain.sqlite")
    client = store.clients.add("Acme")
    assert client.id is not None
    cid = client.id
    conversations = [store.conversations.create(cid, title=f"c{c}").id or 0 for c in range(6)]

    def say(conv: int) -> None:
        role = rng.choice([Role.USER, Role.ASSISTANT])
        text = " ".join(rng.choices(words, k=rng.randint(2, 6)))
        store.conversations.add_message(conv, role, text)

    for _ in range(40):
        say(rng.choice(conversations))
    repo = store.embeddings
    index = context_index.build(repo.client_signature(cid), repo.client_messages(cid), None, True)
    read: list[list[int] | None] = []

    def rows_of(ids: object) -> list[context_index.Row]:
        read.append(None if ids is None else list(ids))  # type: ignore[call-overload]
        return repo.client_messages(cid, ids)  # type: ignore[arg-type]

    refreshed = context_index.refresh(
        repo.client_signature(cid), repo.conversation_revisions(cid), rows_of, None, True
    )
    assert read == [None]  # the first one reads everything
    carried = 0
    for step in range(120):
        for term in rng.sample([context.stem(w) for w in words], 2):  # queries build some
            index.term_arrays(term, 1.2, 0.75)
        what = rng.choice(["append", "edit", "remove", "new", "drop"])
        messages = [r[0] for r in repo.client_messages(cid)]
        if what == "append" or not messages:
            say(rng.choice(conversations))
        elif what == "edit":
            store.conversations.update_streaming(rng.choice(messages), rng.choice(words))
        elif what == "remove":
            store.conversations.delete_message(rng.choice(messages))
        elif what == "new":
            conversations.append(store.conversations.create(cid, title="late").id or 0)
            say(conversations[-1])
        elif len(conversations) > 2:
            store.conversations.delete(conversations.pop(rng.randrange(len(conversations))))
        rows = repo.client_messages(cid)
        index = context_index.build(repo.client_signature(cid), rows, index, True)
        fresh = context_index.build("fresh", rows, None, True)
        revisions = repo.conversation_revisions(cid)
        before = dict(refreshed.revisions or {})
        read.clear()
        refreshed = context_index.refresh("r", revisions, rows_of, refreshed, True)
        changed = sorted(c for c, r in revisions.items() if before.get(c) != r)
        assert read == ([changed] if changed else []), what  # only what changed is read
        assert [ex.key for ex in refreshed.exchanges] == [ex.key for ex in fresh.exchanges]
        assert [ex.terms for ex in refreshed.exchanges] == [ex.terms for ex in fresh.exchanges]
        assert refreshed.by_message == fresh.by_message and refreshed.avg == fresh.avg
        carried += index._view is not None
        if step % 6 != 5:
            continue  # comparing builds every term; most generations inherit a few
        for term in {context.stem(w) for w in words} | {"nothing"}:
            assert index.postings_of(term) == fresh.postings_of(term), (step, what, term)
            assert index.idf.get(term) == fresh.idf.get(term)
            mine, theirs = index.term_arrays(term, 1.2, 0.75), fresh.term_arrays(term, 1.2, 0.75)
            assert (mine is None) == (theirs is None)
            if mine is not None and theirs is not None:
                assert mine[0].tolist() == theirs[0].tolist()
                assert mine[1].tolist() == pytest.approx(theirs[1].tolist())
    assert carried >= 40, carried  # the chain did carry the inverted index over
    store.close()


@pytest.mark.parametrize("distinct", [300, 70_000])  # 16-bit term ids, and more
def test_inverted_index_postings_are_every_exchange_holding_the_term(distinct: int) -> None:
    """Both id widths (a radix sort on 16-bit ids, another stable sort beyond 65 535)
    give each term its exchanges in ascending order with their frequencies."""
    import random
    from types import SimpleNamespace

    rng = random.Random(distinct)
    vocabulary = [f"t{i}" for i in range(distinct)]
    exchanges = [
        SimpleNamespace(terms={t: rng.randint(1, 3) for t in rng.sample(vocabulary, 60)})
        for _ in range(40)
    ]
    exchanges[0].terms.update(dict.fromkeys(vocabulary, 1))  # every term at least once
    part = SimpleNamespace(
        exchanges=exchanges, vocabulary={t: None for ex in exchanges for t in ex.terms}
    )
    inverted = context_index._Inverted([part])  # type: ignore[list-item]
    view = context_index._View(inverted, exchanges)  # type: ignore[arg-type]
    assert not view.scanned
    for term in rng.sample(vocabulary, 200):
        found = view.postings(term)
        assert found is not None
        expected = [(i, ex.terms[term]) for i, ex in enumerate(exchanges) if term in ex.terms]
        assert list(zip(found[0].tolist(), found[1].tolist(), strict=True)) == expected
    assert view.postings("absent") is None


def test_a_database_created_again_at_the_same_path_is_never_served_from_the_cache(
    tmp_path: Path,
) -> None:
    """Revisions start again in a new file, and a file re-created at the same path
    often gets the deleted one's inode number: each opening has its own cache key."""
    import shutil

    folder = tmp_path / "data"
    for round_ in range(12):
        folder.mkdir()
        store = Store.open(folder / "consultant.sqlite")
        client = store.clients.add("Clinic")
        conv = store.conversations.create(client.id or 0, "Portal")
        store.conversations.add_message(conv.id or 0, Role.USER, f"workspace {round_} text")
        index = context._index(store, client.id or 0, True)
        assert index.exchanges[0].messages[0].content == f"workspace {round_} text"
        store.close()
        shutil.rmtree(folder)


def test_what_a_transaction_may_roll_back_is_never_cached(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "rollback.sqlite")
    client = store.clients.add("Acme")
    conv = store.conversations.create(client.id or 0, "Fax")
    acme = client

    class Undo(Exception):
        pass

    with pytest.raises(Undo), store.atomic():
        store.conversations.add_message(conv.id or 0, Role.USER, "draft fax portal reply")
        assert "draft" in context.retrieve(store, acme, "fax portal")[0].text
        raise Undo
    store.conversations.add_message(conv.id or 0, Role.USER, "stored fax portal reply")
    texts = [s.text for s in context.retrieve(store, acme, "fax portal")]
    assert texts and all("draft" not in t for t in texts) and "stored" in texts[0]
    store.close()


def test_a_removed_conversation_leaves_no_text_in_the_inherited_index(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "removed.sqlite")
    client = store.clients.add("Acme")
    cid = client.id or 0
    keep = store.conversations.create(cid, "Keep").id or 0
    gone = store.conversations.create(cid, "Gone").id or 0
    store.conversations.add_message(keep, Role.USER, "the fax portal is down")
    store.conversations.add_message(gone, Role.USER, "Patient Jane Roe, delete this")
    repo = store.embeddings

    def refreshed(previous: context_index.ClientIndex | None) -> context_index.ClientIndex:
        return context_index.refresh(
            repo.client_signature(cid), repo.conversation_revisions(cid),
            lambda ids: repo.client_messages(cid, ids), previous, True,
        )  # fmt: skip

    first = refreshed(None)
    first.prepare()
    store.conversations.delete(gone)
    after = refreshed(first)
    assert after._view is None  # built again on use, from what is left
    after.prepare()
    assert after._view is not None
    held = after._view.inverted.exchanges
    assert all("Jane Roe" not in ex.text() for ex in held)
    store.close()
