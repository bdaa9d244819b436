"""services.search: who wrote a hit, folding repeats, filters, interrupting a job."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from consultant.core.models import Role, SearchHit, Task
from consultant.services.search import (
    SearchInterrupted,
    SearchRequest,
    SearchRunner,
    collapse,
    snippet_spans,
)
from consultant.services.workspace import Workspace
from consultant.store.search import HIT_END, HIT_START, HitDetail, SearchRepo

EMAIL = {"email": {"sender": {"name": "Dana Reyes", "email": "dana@acme.test"}}}


@pytest.fixture
def ws() -> Iterator[Workspace]:
    workspace = Workspace.open()
    yield workspace
    workspace.close()


def _fill(ws: Workspace) -> dict[str, int]:
    client = ws.add_client("Acme Health")
    conv = ws.store.conversations.create(client.id or 0, "Fax referrals")
    other = ws.store.conversations.create(client.id or 0, "Other")
    cid, oid = conv.id or 0, other.id or 0
    add = ws.store.conversations.add_message
    ids = {
        "client": add(cid, Role.USER, "Our **fax** line drops referrals.", metadata=EMAIL,
                      task=Task.INTERPRET, created_at="2026-02-03T10:00:00+00:00").id or 0,
        "you": add(cid, Role.USER, "Reply about the fax line.", task=Task.REPLY,
                   created_at="2026-03-03T10:00:00+00:00").id or 0,
        "assistant": add(cid, Role.ASSISTANT, "The fax line is fine; fax twice.",
                         task=Task.REPLY, created_at="2026-04-03T10:00:00+00:00").id or 0,
        # The same question sent again in the same conversation, and elsewhere.
        "you_again": add(cid, Role.USER, "Reply about the fax line.", task=Task.REPLY,
                         created_at="2026-03-04T10:00:00+00:00").id or 0,
        "elsewhere": add(oid, Role.USER, "Reply about the fax line.", task=Task.REPLY,
                         created_at="2026-03-05T10:00:00+00:00").id or 0,
    }  # fmt: skip
    return ids


def test_results_say_who_wrote_them_and_fold_repeats(ws: Workspace) -> None:
    ids = _fill(ws)
    runner = SearchRunner(ws)
    try:
        results = runner.search(SearchRequest("fax"))
    finally:
        runner.close()
    by_id = {r.message_id: r for r in results}
    assert by_id[ids["client"]].author == "client"
    assert by_id[ids["client"]].author_label == "Dana Reyes (client)"
    assert by_id[ids["assistant"]].author_label == "Assistant"
    assert by_id[ids["assistant"]].matches == 2
    # The resent question in one conversation is one row; the other conversation keeps its own.
    conv = by_id[ids["client"]].hit.conversation_id
    repeated = [r for r in results if r.hit.conversation_id == conv and r.author == "you"]
    assert len(repeated) == 1 and repeated[0].repeats == 1
    assert {repeated[0].message_id, *repeated[0].repeat_ids} == {ids["you"], ids["you_again"]}
    assert ids["elsewhere"] in by_id
    assert len(results) == 4
    assert all("**" not in r.hit.snippet for r in results)


def test_collapse_folds_one_message_found_twice() -> None:
    hit = SearchHit("message", 1, "Acme", f"a {HIT_START}fax{HIT_END}", 1.0, 7, 3, "T", "user")
    rows = collapse([(hit, HitDetail(None, 1)), (hit, HitDetail(None, 3))])
    assert len(rows) == 1
    assert rows[0].matches == 3 and rows[0].repeats == 0


@pytest.mark.parametrize(
    ("request_kwargs", "expected"),
    [
        ({"author": "client"}, {"client"}),
        ({"author": "assistant"}, {"assistant"}),
        ({"task": "interpret"}, {"client"}),
        ({"since": date(2026, 4, 1)}, {"assistant"}),
        ({"until": date(2026, 2, 28)}, {"client"}),
        ({"since": date(2026, 3, 1), "until": date(2026, 3, 31), "author": "you"},
         {"you", "elsewhere"}),
    ],
)  # fmt: skip
def test_filters_narrow(ws: Workspace, request_kwargs: dict[str, Any], expected: set[str]) -> None:
    ids = _fill(ws)
    names = {v: k for k, v in ids.items()}
    runner = SearchRunner(ws)
    try:
        results = runner.search(SearchRequest("fax", **request_kwargs))
    finally:
        runner.close()
    assert {names[r.message_id or 0] for r in results} == expected


def test_snippet_spans_give_text_and_hit_ranges() -> None:
    text, spans = snippet_spans(f"the {HIT_START}fax{HIT_END}  line {HIT_START}fax{HIT_END}")
    assert text == "the fax line fax"
    assert [text[s : s + n] for s, n in spans] == ["fax", "fax"]


def test_cancel_interrupts_the_running_job(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel from another thread while the query runs in SQLite: the job raises
    SearchInterrupted at once instead of returning results."""
    _fill(ws)
    runner = SearchRunner(ws)
    started = threading.Event()
    go_on = threading.Event()
    stopped_in_sqlite = threading.Event()
    real = SearchRepo.detailed

    def detailed(self: SearchRepo, *args: Any, **kwargs: Any) -> Any:
        calls = [0]

        def progress() -> int:
            calls[0] += 1
            if calls[0] == 1:
                started.set()
                go_on.wait(5)
            return 0

        self.db.conn.set_progress_handler(progress, 1)
        try:
            return real(self, *args, **kwargs)
        except SearchInterrupted:
            stopped_in_sqlite.set()  # the statement itself was stopped
            raise
        finally:
            self.db.conn.set_progress_handler(None, 0)

    monkeypatch.setattr(SearchRepo, "detailed", detailed)
    job = runner.job(SearchRequest("fax", author="you"))
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(job.run())
        except SearchInterrupted as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    try:
        assert started.wait(5)
        job.cancel()
    finally:
        go_on.set()
        worker.join(10)
    assert isinstance(outcome[0], SearchInterrupted)
    assert stopped_in_sqlite.is_set()
    # The reader is given back and serves the next query.
    started.clear()
    go_on.set()
    assert len(runner.search(SearchRequest("fax"))) == 4
    runner.close()


def test_a_job_cancelled_before_it_starts_never_queries(ws: Workspace) -> None:
    _fill(ws)
    runner = SearchRunner(ws)
    job = runner.job(SearchRequest("fax"))
    job.cancel()
    with pytest.raises(SearchInterrupted):
        job.run()
    assert runner._idle == []  # no connection was even opened
    runner.close()
