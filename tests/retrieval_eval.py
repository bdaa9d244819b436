"""Load the labelled retrieval set into a workspace and measure recall.

Used by ``tests/unit/services/test_context.py`` (a recall floor) and by
``tests/bench/bench_context.py`` (the figures in docs/performance.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from consultant.core.models import Role
from consultant.services import context
from consultant.services.workspace import Workspace

DATA = Path(__file__).with_name("data") / "retrieval" / "scenarios.json"


@dataclass
class Evaluation:
    queries: int
    recall_at_5: float
    mrr: float
    leaks: int  # results from another client (must be 0)
    misses: list[str]


def load(ws: Workspace) -> tuple[dict[str, object], dict[str, int]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    keys: dict[str, int] = {}
    for c in data["clients"]:
        client = ws.add_client(c["name"], organization=c["organization"], glossary=c["glossary"])
        for email, name, role in c["contacts"]:
            ws.add_contact(c["name"], email, name, role)
        assert client.id is not None
        for item in c["history"]:
            conv = ws.store.conversations.create(
                client.id, item["key"], created_at=f"{item['date']}T09:00:00.000000+00:00"
            )
            assert conv.id is not None
            msg = ws.store.conversations.add_message(
                conv.id, Role(item["role"]), item["text"],
                created_at=f"{item['date']}T09:00:00.000000+00:00",
            )  # fmt: skip
            assert msg.id is not None
            keys[item["key"]] = msg.id
    return data, keys


def evaluate(ws: Workspace, data: dict[str, object], keys: dict[str, int]) -> Evaluation:
    from datetime import UTC, datetime

    now = datetime(2026, 8, 1, tzinfo=UTC)
    ids_by_client = {
        c["name"]: {keys[h["key"]] for h in c["history"]}  # type: ignore[index]
        for c in data["clients"]  # type: ignore[attr-defined]
    }
    hits_total = relevant_total = 0
    rr = 0.0
    leaks = 0
    misses: list[str] = []
    queries = data["queries"]  # type: ignore[index]
    for q in queries:  # type: ignore[attr-defined]
        client = ws.client(q["client"])
        found = context.retrieve(ws.store, client, q["text"], subject=q["subject"], now=now)
        got = [s.message_id for s in found]
        leaks += sum(1 for g in got if g not in ids_by_client[q["client"]])
        wanted = [keys[k] for k in q["relevant"]]
        hits_total += sum(1 for w in wanted if w in got)
        relevant_total += len(wanted)
        first = next((i for i, g in enumerate(got) if g in wanted), None)
        rr += 1 / (first + 1) if first is not None else 0.0
        for k, w in zip(q["relevant"], wanted, strict=True):
            if w not in got:
                misses.append(f"{q['subject']}: {k}")
    n = len(queries)  # type: ignore[arg-type]
    return Evaluation(n, hits_total / relevant_total, rr / n, leaks, misses)
