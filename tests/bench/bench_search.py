"""Benchmark: full-text search over a synthetic 100 000-message database.

    python tests/bench/bench_search.py [--messages 100000] [--clients 50] [--rebuild]

Generates (once, cached under ``bench-data/``) a deterministic database: 50 clients,
100 000 messages of 50–400 words drawn from a Zipf-like vocabulary, then times 20
queries of varied frequency (rare → very common, one and two words, with and
without a client filter) through ``SearchRepo.messages`` and the same terms as a
``LIKE '%term%'`` scan (which must read every row to find all matches, as the
ranked search does). Prints JSON; figures go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from consultant.store import SearchFilter, Store  # noqa: E402

SEED = 20261122
COMMON = [
    "the",
    "client",
    "needs",
    "access",
    "to",
    "server",
    "report",
    "please",
    "update",
    "account",
    "firewall",
    "vpn",
    "office",
    "staff",
    "schedule",
    "invoice",
    "form",
    "patient",
    "data",
    "backup",
    "email",
    "printer",
    "password",
    "system",
    "install",
    "user",
    "login",
    "network",
    "weekly",
    "monday",
    "list",
    "fax",
    "vendor",
    "portal",
    "export",
    "meeting",
    "change",
    "window",
    "security",
    "manager",
    "request",
    "ticket",
    "error",
    "issue",
    "database",
    "registry",
]


def _vocabulary(rng: random.Random, size: int = 30_000) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = set(COMMON)
    while len(words) < size:
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(3, 10))))
    ordered = list(COMMON) + sorted(words - set(COMMON))
    rng.shuffle(ordered[len(COMMON) :])
    return ordered


def generate(path: Path, n_messages: int, n_clients: int) -> None:
    rng = random.Random(SEED)
    vocab = _vocabulary(rng)
    weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(vocab))]
    cumulative = []
    total = 0.0
    for w in weights:
        total += w
        cumulative.append(total)
    store = Store.open(path)
    db = store.db
    client_ids = []
    for i in range(n_clients):
        client = store.clients.add(f"Client {i:02d}", notes=" ".join(rng.choices(COMMON, k=30)))
        assert client.id is not None
        client_ids.append(client.id)
    conv_ids = []
    for i in range(n_messages // 40):
        conv = store.conversations.create(rng.choice(client_ids), f"Conversation {i}")
        conv_ids.append(conv.id)
    rows = []
    for i in range(n_messages):
        n_words = rng.randint(50, 400)
        words = rng.choices(vocab, cum_weights=cumulative, k=n_words)
        rows.append(
            {
                "uid": f"bench-{i}",
                "conversation_id": conv_ids[i % len(conv_ids)],
                "role": "user" if i % 2 == 0 else "assistant",
                "content": " ".join(words),
                "status": "complete",
                "created_at": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00:00.000000+00:00",
                "updated_at": "2026-01-01T00:00:00.000000+00:00",
            }
        )
        if len(rows) == 5000:
            with db.atomic():
                db["messages"].insert_all(rows)
            rows = []
    if rows:
        with db.atomic():
            db["messages"].insert_all(rows)
    db.execute("INSERT INTO messages_fts(messages_fts) VALUES ('optimize')")
    db.execute("ANALYZE")
    store.close()


def pick_queries(store: Store, rng: random.Random) -> list[tuple[str, int | None]]:
    """20 queries spanning document frequencies from a handful to most messages."""
    vocab_rows = store.db.execute(
        "SELECT term, doc FROM messages_fts_vocab ORDER BY doc DESC"
    ).fetchall()
    by_freq = [r[0] for r in vocab_rows if r[0].isalpha()]
    n = len(by_freq)
    picks = [0, 3, 10, 30, 100, 300, 1000, 3000, n // 2, n - 50]
    singles = [by_freq[min(p, n - 1)] for p in picks]
    pairs = [f"{by_freq[a]} {by_freq[b]}" for a, b in ((1, 40), (5, 500), (50, 2000), (200, 800))]
    client_ids = [r[0] for r in store.db.execute("SELECT id FROM clients")]
    queries: list[tuple[str, int | None]] = [(q, None) for q in singles + pairs]
    queries += [(q, rng.choice(client_ids)) for q in (singles[0], singles[4], singles[7])]
    queries += [(by_freq[2][:4], None), (by_freq[60][:3], None), (pairs[1], rng.choice(client_ids))]
    return queries[:20]


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    folder = ROOT / "bench-data"
    folder.mkdir(exist_ok=True)
    path = folder / f"search-{args.messages}-{args.clients}.sqlite"
    if args.rebuild or not path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        started = time.perf_counter()
        generate(path, args.messages, args.clients)
        print(f"generated in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    store = Store.open(path)
    store.db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.messages_fts_vocab "
        "USING fts5vocab(main, messages_fts, row)"
    )
    rng = random.Random(SEED)
    queries = pick_queries(store, rng)
    fts_ms: list[float] = []
    like_ms: list[float] = []
    details = []
    for text, client_id in queries:
        filters = SearchFilter(client_id=client_id)
        store.search.messages(text, filters, limit=20)  # warm the page cache
        runs = []
        for _ in range(3):
            store.search.clear_cache()  # time the word-frequency probes too
            t0 = time.perf_counter()
            hits = store.search.messages(text, filters, limit=20)
            runs.append((time.perf_counter() - t0) * 1000)
        fts = statistics.median(runs)
        t0 = time.perf_counter()
        terms = text.split()
        sql = "SELECT m.id FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE "
        sql += " AND ".join("m.content LIKE ?" for _ in terms)
        params: list[object] = [f"%{t}%" for t in terms]
        if client_id is not None:
            sql += " AND c.client_id = ?"
            params.append(client_id)
        like_rows = store.db.execute(sql, params).fetchall()
        like = (time.perf_counter() - t0) * 1000
        fts_ms.append(fts)
        like_ms.append(like)
        doc_freq = store.db.execute(
            "SELECT doc FROM messages_fts_vocab WHERE term = ?", [terms[0].lower()]
        ).fetchone()
        details.append(
            {
                "query": text,
                "client_filter": client_id is not None,
                "first_term_docs": doc_freq[0] if doc_freq else None,
                "fts_ms": round(fts, 2),
                "like_ms": round(like, 2),
                "hits": len(hits),
                "like_hits": len(like_rows),
            }
        )
    size = sum(
        Path(str(path) + s).stat().st_size for s in ("", "-wal") if Path(str(path) + s).exists()
    )
    result = {
        "messages": store.db.execute("SELECT count(*) FROM messages").fetchone()[0],
        "clients": args.clients,
        "db_size_mb": round(size / 1e6, 1),
        "fts_median_ms": round(statistics.median(fts_ms), 2),
        "fts_p95_ms": round(percentile(fts_ms, 95), 2),
        "like_median_ms": round(statistics.median(like_ms), 2),
        "like_p95_ms": round(percentile(like_ms, 95), 2),
        "speedup_median": round(
            statistics.median(like_ms) / max(statistics.median(fts_ms), 1e-6), 1
        ),
        "queries": details,
    }
    store.close()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
