"""Benchmark: past-context retrieval for a new e-mail over a 100 000-message history.

    python tests/bench/bench_context.py

Uses the synthetic database of ``bench_search.py`` (generated there if missing)
and 20 synthetic e-mails of 60–200 words, each for a random client; times
``services.context.retrieve`` (query building, glossary expansion, BM25 over the
client's messages, re-ranking, excerpts). Also reports recall on the labelled set
in ``tests/data/retrieval/scenarios.json``. Prints JSON.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from consultant.services import context  # noqa: E402
from consultant.services.workspace import Workspace  # noqa: E402
from consultant.store import Store  # noqa: E402
from tests import retrieval_eval  # noqa: E402
from tests.bench.bench_search import SEED, generate, percentile  # noqa: E402


def main() -> None:
    path = ROOT / "bench-data" / "search-100000-50.sqlite"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        generate(path, 100_000, 50)
    store = Store.open(path)
    rng = random.Random(SEED)
    vocab = [
        r[0]
        for r in store.db.execute(
            "SELECT content FROM messages WHERE id % 997 = 0 LIMIT 200"
        ).fetchall()
    ]
    words = " ".join(vocab).split()
    clients = store.clients.all()
    timings = []
    found = []
    for _ in range(20):
        client = store.clients.get(rng.choice(clients).id or 0)
        text = " ".join(rng.choices(words, k=rng.randint(60, 200)))
        store.search.clear_cache()
        t0 = time.perf_counter()
        snippets = context.retrieve(store, client, text, subject="Re: " + " ".join(words[:3]))
        timings.append((time.perf_counter() - t0) * 1000)
        found.append(len(snippets))
    store.close()
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp)) as ws:
        data, keys = retrieval_eval.load(ws)
        quality = retrieval_eval.evaluate(ws, data, keys)
    print(
        json.dumps(
            {
                "messages": 100_000,
                "queries": len(timings),
                "median_ms": round(statistics.median(timings), 2),
                "p95_ms": round(percentile(timings, 95), 2),
                "max_ms": round(max(timings), 2),
                "snippets_per_query": statistics.mean(found),
                "labelled_set": {
                    "queries": quality.queries,
                    "recall_at_5": round(quality.recall_at_5, 3),
                    "mrr": round(quality.mrr, 3),
                    "other_client_results": quality.leaks,
                    "misses": quality.misses,
                },
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
