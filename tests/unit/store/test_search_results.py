"""Snippets read as text, the author filter, and interrupting a running query."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from consultant.core.models import Role, Task
from consultant.store import Store
from consultant.store.search import (
    HIT_END,
    HIT_START,
    SearchFilter,
    SearchInterrupted,
    hit_pattern,
    make_snippet,
    plain_text,
    quote_terms,
)

EMAIL = {"email": {"sender": {"name": "Dana Reyes", "email": "dana@acme.test"}}}


def test_plain_text_removes_markdown_syntax() -> None:
    md = (
        "# Firewall plan\n\nOpen **port 443** and *only* `10.0.0.5` — see [the ticket](http://x/1)."
        "\n\n- first\n- second\n1. numbered\n\n| host | port |\n|---|---|\n| a | 22 |\n\n"
        "> quoted\n\n```sh\nufw allow 443\n```\n\\*literal\\* snake_case_name"
    )
    text = plain_text(md)
    for syntax in ("**", "# ", "`", "](", "|---", "```", "> "):
        assert syntax not in text
    assert "Open port 443 and only 10.0.0.5 — see the ticket." in text
    assert "• first" in text and "1. numbered" in text
    assert "host · port" in text and "ufw allow 443" in text
    assert "*literal*" in text and "snake_case_name" in text


def test_snippet_is_plain_text_with_the_hit_marked() -> None:
    content = "Intro.\n\n## Steps\n\n1. Ask **the firewall team** for `port 443`.\n"
    snippet = make_snippet(content, hit_pattern(["firewall"]))
    assert "**" not in snippet and "`" not in snippet and "##" not in snippet
    assert f"the {HIT_START}firewall{HIT_END} team" in snippet


def test_one_letter_last_word_is_not_a_prefix() -> None:
    assert quote_terms("a") == ['"a"']
    assert quote_terms("fi") == ['"fi"*']
    assert quote_terms("open a") == ['"open"', '"a"']


@pytest.fixture
def filled(store: Store) -> tuple[Store, dict[str, int]]:
    client = store.clients.add("Acme Health")
    assert client.id is not None
    conv = store.conversations.create(client.id, "VPN")
    assert conv.id is not None
    ids = {}
    ids["client"] = store.conversations.add_message(
        conv.id, Role.USER, "The VPN drops every hour.", metadata=EMAIL, task=Task.INTERPRET,
        created_at="2026-03-02T09:00:00.000000+00:00",
    ).id or 0  # fmt: skip
    ids["you"] = store.conversations.add_message(
        conv.id, Role.USER, "Draft a reply about the VPN.", task=Task.REPLY,
        created_at="2026-04-10T09:00:00.000000+00:00",
    ).id or 0  # fmt: skip
    ids["assistant"] = store.conversations.add_message(
        conv.id, Role.ASSISTANT, "The **VPN** timeout is set to one hour.", task=Task.REPLY,
        created_at="2026-05-20T09:00:00.000000+00:00",
    ).id or 0  # fmt: skip
    return store, ids


@pytest.mark.parametrize("author", ["client", "you", "assistant"])
def test_author_filter_keeps_only_that_author(
    filled: tuple[Store, dict[str, int]], author: str
) -> None:
    store, ids = filled
    assert len(store.search.messages("vpn")) == 3
    hits = store.search.messages("vpn", SearchFilter(author=author))
    assert [h.message_id for h in hits] == [ids[author]]


def test_detail_names_the_client_sender_and_counts_matches(
    filled: tuple[Store, dict[str, int]],
) -> None:
    store, ids = filled
    details = {hit.message_id: detail for hit, detail in store.search.detailed("vpn")}
    assert details[ids["client"]].sender == "Dana Reyes"
    assert details[ids["you"]].sender is None
    assert details[ids["assistant"]].sender is None
    assert all(d.matches == 1 for d in details.values())


def test_date_range_and_task_narrow(filled: tuple[Store, dict[str, int]]) -> None:
    store, ids = filled
    april = SearchFilter(since=date(2026, 4, 1), until=date(2026, 4, 30))
    assert [h.message_id for h in store.search.messages("vpn", april)] == [ids["you"]]
    reply = SearchFilter(task="reply")
    assert {h.message_id for h in store.search.messages("vpn", reply)} == {
        ids["you"],
        ids["assistant"],
    }


def test_interrupt_stops_a_running_query(store: Store) -> None:
    """``Connection.interrupt()`` from another thread ends the query with
    SearchInterrupted (not an empty result), and the connection stays usable."""
    client = store.clients.add("Big")
    assert client.id is not None
    conv = store.conversations.create(client.id, "many")
    assert conv.id is not None
    with store.db.atomic():
        for i in range(300):
            store.conversations.add_message(conv.id or 0, Role.USER, f"needle number {i} text")
    reader = store.reader()
    try:
        started = threading.Event()
        go_on = threading.Event()
        calls = [0]

        def progress() -> int:
            calls[0] += 1
            if calls[0] == 1:
                started.set()
                go_on.wait(5)
            return 0

        reader.db.conn.set_progress_handler(progress, 1)
        outcome: list[object] = []

        def run() -> None:
            try:
                outcome.append(reader.search.detailed("needle", SearchFilter(task="chat")))
            except SearchInterrupted as exc:
                outcome.append(exc)

        worker = threading.Thread(target=run)
        worker.start()
        assert started.wait(5)
        reader.db.conn.interrupt()
        go_on.set()
        worker.join(10)
        assert not worker.is_alive()
        assert len(outcome) == 1 and isinstance(outcome[0], SearchInterrupted)
        interrupted_calls = calls[0]

        # The same query, not interrupted, runs to its end (and much further).
        calls[0] = 10
        found = reader.search.detailed("needle", limit=20)
        assert len(found) == 20
        assert calls[0] - 10 > interrupted_calls
    finally:
        reader.close()
