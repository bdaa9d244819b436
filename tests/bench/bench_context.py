"""Benchmark: past-context retrieval for a new e-mail over a 100 000-message history.

    python tests/bench/bench_context.py

Uses the synthetic database of ``bench_search.py`` (generated there if missing)
and 150 synthetic e-mails of 60–200 words (two in three for one of the last 8 clients
asked about, the rest for any); times
``services.context.retrieve`` (query text, BM25 over the client's exchanges,
semantic ranking, fusion, excerpts):

- ``keywords``: lexical only;
- ``semantic``: with the local embedding model — the query's REAL embedding (a new
  text each time, so no cache) and one matrix product over the client's stored
  vectors (loaded inside the timed call). Embedding 100 000 messages would take
  hours, so the history's vectors are random unit vectors of the model's width
  (a copy of the database, ``…-vectors.sqlite``): the timing is the same.

``cold`` is a query for a client whose exchange index is not cached (built first),
``warm`` one for a client among the last ``context.CACHE_CLIENTS`` queried,
``after_send`` a warm one right after a new message in one of the client's
conversations (what the desktop does after every send: the index and the vectors
are updated from the changed conversation). The run writes to a copy. Also
reports recall on ``tests/data/retrieval/scenarios.json``.
Prints JSON.
"""

from __future__ import annotations

import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from consultant.core.models import Role  # noqa: E402
from consultant.services import context  # noqa: E402
from consultant.services.workspace import Workspace  # noqa: E402
from consultant.store import Store  # noqa: E402
from tests import retrieval_eval  # noqa: E402
from tests.bench.bench_search import SEED, generate, percentile  # noqa: E402

QUERIES = 150


def _with_vectors(path: Path) -> Path:
    """A copy of the database where every message has a random unit vector."""
    import numpy as np

    from consultant.llm import local_embedding
    from consultant.store.db import now_iso

    target = path.with_name(path.stem + "-vectors.sqlite")
    if target.exists():
        return target
    shutil.copyfile(path, target)
    store = Store.open(target)
    ids = [int(r[0]) for r in store.db.execute("SELECT id FROM messages").fetchall()]
    rng = np.random.default_rng(SEED)
    stamp = now_iso()
    with store.db.atomic():
        for start in range(0, len(ids), 5000):
            batch = ids[start : start + 5000]
            vectors = rng.standard_normal((len(batch), local_embedding.DIMENSIONS))
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            store.db.conn.executemany(
                "INSERT INTO message_embeddings"
                " (message_id, model, content_hash, dimensions, vector, created_at)"
                " VALUES (?, ?, '', ?, ?, ?)",
                [(mid, local_embedding.MODEL_ID, local_embedding.DIMENSIONS,
                  vectors[i].astype("<f4").tobytes(), stamp) for i, mid in enumerate(batch)],
            )  # fmt: skip
    store.close()
    return target


def _summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50_ms": round(statistics.median(values), 2) if values else 0.0,
        "p95_ms": round(percentile(values, 95), 2) if values else 0.0,
        "max_ms": round(max(values), 2) if values else 0.0,
    }


def main() -> None:
    from consultant.llm import local_embedding
    from consultant.services import semantic

    path = ROOT / "bench-data" / "search-100000-50.sqlite"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        generate(path, 100_000, 50)
    have_model = local_embedding.available()[0]
    if have_model:
        path = _with_vectors(path)
        local_embedding.preload()
    work = Path(tempfile.mkdtemp(prefix="bench-context-"))
    shutil.copyfile(path, work / path.name)  # the sends below write
    store = Store.open(work / path.name)
    rng = random.Random(SEED)
    vocab = [
        r[0]
        for r in store.db.execute(
            "SELECT content FROM messages WHERE id % 997 = 0 LIMIT 200"
        ).fetchall()
    ]
    words = " ".join(vocab).split()
    clients = store.clients.all()
    names = (
        "keywords_cold", "keywords_warm", "keywords_after_send", "semantic_cold",
        "semantic_warm", "semantic_after_send", "embed_query",
    )  # fmt: skip
    runs: dict[str, list[float]] = {name: [] for name in names}
    found = []
    recent: list[int] = []
    for _ in range(QUERIES):
        # two in three queries for a client asked about lately (a consultant works
        # with a few clients at a time), the rest for any of the 50
        pool = recent if recent and rng.random() < 2 / 3 else [c.id or 0 for c in clients]
        client = store.clients.get(rng.choice(pool))
        text = " ".join(rng.choices(words, k=rng.randint(60, 200)))
        subject = "Re: " + " ".join(rng.choices(words, k=3))
        # warm: the client's index is still cached (one of the last CACHE_CLIENTS used)
        warm = client.id in recent
        recent = [c for c in recent if c != client.id][-(context.CACHE_CLIENTS - 1) :]
        recent.append(client.id or 0)
        phase = "cold"
        if warm:
            phase = "warm" if rng.random() < 0.5 else "after_send"
        if phase == "after_send":
            conv = store.conversations.list_for_client(client.id or 0)[0]
            store.conversations.add_message(
                conv.id or 0, Role.USER, " ".join(rng.choices(words, k=40))
            )
        t0 = time.perf_counter()
        snippets = context.retrieve(store, client, text, subject=subject)
        runs[f"keywords_{phase}"].append((time.perf_counter() - t0) * 1000)
        found.append(len(snippets))
        if have_model:
            t0 = time.perf_counter()
            index = semantic.SemanticIndex(store, semantic.LocalEmbedder(), client)
            context.retrieve(store, client, text + " .", subject=subject,
                             semantic=index.ranker())  # fmt: skip
            runs[f"semantic_{phase}"].append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            semantic.embed_query(semantic.LocalEmbedder(), text + " ..")
            runs["embed_query"].append((time.perf_counter() - t0) * 1000)
    all_semantic = runs["semantic_cold"] + runs["semantic_warm"] + runs["semantic_after_send"]
    store.close()
    shutil.rmtree(work, ignore_errors=True)
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp)) as ws:
        data, keys = retrieval_eval.load(ws)
        quality = retrieval_eval.evaluate(ws, data, keys)
    print(
        json.dumps(
            {
                "messages": 100_000,
                "queries": len(found),
                **{name: _summary(values) for name, values in runs.items()},
                "semantic_all": _summary(all_semantic),
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
