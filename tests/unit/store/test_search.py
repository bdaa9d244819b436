"""Full-text search: ranking, filters, snippets, and hostile queries."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultant.core.models import Role
from consultant.store import SearchFilter, Store
from consultant.store.search import HIT_END, HIT_START, build_match


@pytest.fixture
def seeded(store: Store) -> Store:
    acme = store.clients.add("Acme Home Health", notes="They fax referrals via Faxtastic.")
    beta = store.clients.add("Beta Registry")
    assert acme.id and beta.id
    c1 = store.conversations.create(acme.id, "Firewall", task="it_request")
    c2 = store.conversations.create(beta.id, "Firewall too")
    assert c1.id and c2.id
    store.conversations.add_message(
        c1.id,
        Role.USER,
        "Please open port 443 on the firewall for the fax gateway.",
        created_at="2026-01-10T09:00:00.000000+00:00",
    )
    store.conversations.add_message(
        c1.id,
        Role.ASSISTANT,
        "Here is a firewall request mentioning firewall rules twice.",
        created_at="2026-01-10T09:01:00.000000+00:00",
    )
    store.conversations.add_message(
        c2.id, Role.USER, "Our firewall vendor changed the VPN client.",
        created_at="2026-03-01T12:00:00.000000+00:00",
    )  # fmt: skip
    return store


def test_finds_and_highlights(seeded: Store) -> None:
    hits = seeded.search.messages("firewall")
    assert len(hits) == 3
    assert all(HIT_START + "firewall" + HIT_END in h.snippet.lower() for h in hits)


def test_client_filter_scopes_results(seeded: Store) -> None:
    beta = seeded.clients.find("beta registry")
    assert beta is not None
    hits = seeded.search.messages("firewall", SearchFilter(client_id=beta.id))
    assert [h.client_name for h in hits] == ["Beta Registry"]


def test_user_text_ranks_above_model_output(seeded: Store) -> None:
    acme = seeded.clients.find("Acme Home Health")
    assert acme is not None
    hits = seeded.search.messages("firewall", SearchFilter(client_id=acme.id))
    # The assistant's message says "firewall" three times, the user's once,
    # yet the user's own words come first.
    assert hits[0].role == "user"


def test_task_and_date_filters(seeded: Store) -> None:
    assert {
        h.task for h in seeded.search.messages("firewall", SearchFilter(task="it_request"))
    } == {"it_request"}
    since = seeded.search.messages("firewall", SearchFilter(since=date(2026, 2, 1)))
    assert [h.client_name for h in since] == ["Beta Registry"]
    until = seeded.search.messages("firewall", SearchFilter(until=date(2026, 1, 10)))
    assert len(until) == 2


def test_prefix_and_stemming(seeded: Store) -> None:
    assert seeded.search.messages("firew")  # typing in progress
    assert seeded.search.messages("changes vendors")  # porter stemming


def test_index_follows_updates_and_deletes(seeded: Store) -> None:
    hit = seeded.search.messages("VPN")[0]
    assert hit.message_id is not None
    seeded.conversations.update_streaming(hit.message_id, "now about printers")
    assert not seeded.search.messages("VPN")
    assert seeded.search.messages("printers")
    seeded.conversations.delete_message(hit.message_id)
    assert not seeded.search.messages("printers")


def test_client_notes_are_searchable(seeded: Store) -> None:
    hits = seeded.search.client_notes("faxtastic")
    assert [h.client_name for h in hits] == ["Acme Home Health"]


def test_exclude_conversation(seeded: Store) -> None:
    acme_conv = seeded.search.messages("fax gateway")[0].conversation_id
    hits = seeded.search.messages("firewall", SearchFilter(exclude_conversation_id=acme_conv))
    assert all(h.conversation_id != acme_conv for h in hits)


HOSTILE = [
    '"', '""', "'", "AND", "OR", "NOT", "NEAR", "NEAR(a b)", "*", "a*b*", "(", ")", "((firewall",
    "firewall)", "firewall AND", "-firewall", "^firewall", "user_text:firewall", "{a b}:c",
    "🔥🧯", "fire🔥wall", "\x00", "\\", "%", "_", "a" * 10_000, "firewall " * 2000,
    "SELECT * FROM messages; --", "col:", ":", "+", "firewall NOT port",
]  # fmt: skip


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(seeded: Store, query: str) -> None:
    hits = seeded.search.messages(query)
    assert isinstance(hits, list)


@settings(max_examples=400, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_any_text_is_a_safe_query(seeded: Store, query: str) -> None:
    hits = seeded.search.messages(query)
    notes = seeded.search.client_notes(query)
    assert isinstance(hits, list) and isinstance(notes, list)
    expr = build_match(query)
    if expr is not None:
        # The expression really reaches FTS5 (not just swallowed by a fallback).
        seeded.db.execute("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?", [expr])


def test_quoted_query_keeps_fts_syntax_inert(seeded: Store) -> None:
    assert seeded.search.messages("firewall OR nothingmatches") == []


def _integrity_ok(store: Store) -> None:
    store.db.execute("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")


def test_index_stays_consistent_through_deletes(seeded: Store) -> None:
    acme = seeded.clients.find("Acme Home Health")
    assert acme is not None and acme.id is not None
    conv = seeded.conversations.list_for_client(acme.id)[0]
    assert conv.id is not None
    seeded.conversations.delete(conv.id)
    _integrity_ok(seeded)
    assert all(h.client_name != "Acme Home Health" for h in seeded.search.messages("firewall"))
    beta = seeded.clients.find("Beta Registry")
    assert beta is not None and beta.id is not None
    seeded.clients.delete(beta.id)
    _integrity_ok(seeded)
    assert seeded.search.messages("firewall") == []


def test_conversation_never_changes_client(seeded: Store) -> None:
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError, match="exactly one client"):
        seeded.db.execute("UPDATE conversations SET client_id = client_id + 1")


def test_very_common_words_list_newest_first_and_rare_words_rank(store: Store) -> None:
    from consultant.store import search

    a = store.clients.add("A")
    b = store.clients.add("B")
    assert a.id and b.id
    ca = store.conversations.create(a.id, "a")
    cb = store.conversations.create(b.id, "b")
    assert ca.id and cb.id
    rows = []
    for i in range(search.COMMON_DOCS + 300):
        extra = " rare" if i in (5, 50) else ""
        extra += " rare rare" if i == 50 else ""
        rows.append(
            {"uid": f"u{i}", "conversation_id": cb.id if i % 10 else ca.id, "role": "user",
             "content": f"common words number {i}{extra}"}
        )  # fmt: skip
    with store.db.atomic():
        store.db.table("messages").insert_all(rows)
    hits = store.search.messages("common", limit=20)
    # Only common words: newest first.
    assert [h.message_id for h in hits] == list(range(len(rows), len(rows) - 20, -1))
    only_a = store.search.messages("common", SearchFilter(client_id=a.id), limit=500)
    assert len(only_a) == (len(rows) + 9) // 10
    assert {h.client_name for h in only_a} == {"A"}
    # A rare word is ranked by BM25 (more occurrences first), the common one must
    # still match.
    assert [h.message_id for h in store.search.messages("rare")] == [51, 6]
    assert [h.message_id for h in store.search.messages("common rare")] == [51, 6]
    assert store.search.messages("rare absentword") == []
    assert store.search.messages("common", SearchFilter(until=date(2000, 1, 1))) == []


def test_search_works_on_a_read_only_reader(seeded: Store) -> None:
    reader = seeded.reader()
    try:
        assert len(reader.search.messages("firewall")) == 3
        import sqlite3

        with pytest.raises(sqlite3.OperationalError):
            reader.db.execute("DELETE FROM messages")
    finally:
        reader.close()
