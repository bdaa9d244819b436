"""Past-context retrieval on labelled e-mails, next to plain client-scoped BM25.

    python tests/bench/bench_retrieval.py [--set report|report2|tune|tune2|both|all] [--json]
        [--details]
        [--embedding REF|off] [--tune KNOB=VALUE ...]

Data: ``tests/data/retrieval/{tune,report}.json`` — clients with past exchanges (the
client's message and the answer), and new raw e-mails labelled with the exchanges a
consultant would want offered. ``tune`` is used while developing; ``report`` was
written separately and is never tuned on: its figures are the ones reported.

Each e-mail goes through the real path: ``services.intake.read_text`` (the client
is found from the sender), a new conversation, and ``AskService.propose_context``
with what the front ends pass. A result counts for the exchange its message belongs
to. Metrics, overall and for the hard third: recall@1 (the first result is
relevant), MRR@5, recall@5 (share of e-mails with a relevant exchange in the top 5),
cross-client results (must be 0), sender-matching failures.

Baseline: Okapi BM25 (k1 1.2, b 0.75) over the sender's client's exchanges (client
message + answer as one document), query = subject + body as intake gives it,
nothing else. Targets (issue): recall@1 ≥ 0.93 overall and ≥ 0.80 on the hard
third, at least 15 points above the baseline on the hard third.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
DATA = ROOT / "tests" / "data" / "retrieval"

_WORD = re.compile(r"[^\W_][\w'-]*", re.UNICODE)


def tokens(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


class BM25:
    """Plain Okapi BM25 over a list of documents (no stop words, no stemming)."""

    def __init__(self, docs: list[str], k1: float = 1.2, b: float = 0.75) -> None:
        self.docs = [Counter(tokens(d)) for d in docs]
        self.lengths = [sum(d.values()) for d in self.docs]
        self.avg = sum(self.lengths) / max(1, len(self.lengths))
        df: Counter[str] = Counter()
        for d in self.docs:
            df.update(d.keys())
        n = len(self.docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        self.k1, self.b = k1, b

    def rank(self, query: str) -> list[int]:
        q = Counter(tokens(query))
        scores = []
        for i, d in enumerate(self.docs):
            s = 0.0
            for t in q:
                f = d.get(t, 0)
                if f:
                    norm = f * (self.k1 + 1) / (
                        f + self.k1 * (1 - self.b + self.b * self.lengths[i] / self.avg)
                    )
                    s += self.idf.get(t, 0.0) * norm
            scores.append((s, i))
        return [i for s, i in sorted(scores, key=lambda x: -x[0]) if s > 0]


@dataclass
class Score:
    emails: int = 0
    r1: int = 0
    r5: int = 0
    mrr: float = 0.0
    details: list[str] = field(default_factory=list)

    def add(self, ranked: list[str], relevant: list[str], label: str) -> None:
        self.emails += 1
        top = ranked[:5]
        if top and top[0] in relevant:
            self.r1 += 1
        if any(k in relevant for k in top):
            self.r5 += 1
        for rank, key in enumerate(top, start=1):
            if key in relevant:
                self.mrr += 1.0 / rank
                break
        if not top or top[0] not in relevant:
            self.details.append(f"{label}: wanted {relevant}, got {top}")

    def as_dict(self) -> dict[str, Any]:
        n = max(1, self.emails)
        return {
            "emails": self.emails,
            "recall_at_1": round(self.r1 / n, 3),
            "mrr_at_5": round(self.mrr / n, 3),
            "recall_at_5": round(self.r5 / n, 3),
        }


def load(ws: Any, data: dict[str, Any]) -> tuple[dict[int, str], dict[str, str]]:
    """Clients and exchanges into ``ws``; message id → exchange key, key → client."""
    from consultant.core.models import Role

    key_of: dict[int, str] = {}
    owner: dict[str, str] = {}
    for c in data["clients"]:
        client = ws.add_client(c["name"], organization=c.get("organization", ""),
                               glossary=c.get("glossary", ""))  # fmt: skip
        for email, name, role in c.get("contacts", []):
            ws.add_contact(c["name"], email, name, role)
        if c.get("domain"):
            ws.add_domain(c["name"], c["domain"])
        for ex in c["exchanges"]:
            when = f"{ex['date']}T09:00:00.000000+00:00"
            later = f"{ex['date']}T15:00:00.000000+00:00"
            conv = ws.store.conversations.create(client.id, ex["title"], created_at=when)
            for role, text, at in ((Role.USER, ex["client"], when),
                                   (Role.ASSISTANT, ex["answer"], later)):  # fmt: skip
                msg = ws.store.conversations.add_message(conv.id, role, text, created_at=at)
                key_of[msg.id] = ex["key"]
            owner[ex["key"]] = c["name"]
    return key_of, owner


def evaluate(name: str, details: bool, embedding: str = "") -> dict[str, Any]:
    from consultant.core.settings import Settings
    from consultant.services import intake
    from consultant.services.ask import AskService
    from consultant.services.workspace import Workspace

    data = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    home = Path(tempfile.mkdtemp(prefix=f"consultant-retrieval-{name}-"))
    product, product_hard, base, base_hard = Score(), Score(), Score(), Score()
    leaks = mismatched = 0
    timings: list[float] = []
    with Workspace.open(home) as ws:
        key_of, owner = load(ws, data)
        docs: dict[str, tuple[list[str], BM25]] = {}
        for c in data["clients"]:
            keys = [ex["key"] for ex in c["exchanges"]]
            texts = [f"{ex['title']}\n{ex['client']}\n{ex['answer']}" for ex in c["exchanges"]]
            docs[c["name"]] = (keys, BM25(texts))
        # Default settings (not the user's file), so runs compare like with like.
        service = AskService(ws, Settings(embedding_model=embedding))
        for email in data["emails"]:
            got = intake.read_text(ws, email["raw"])
            if got.client is None or got.client.name != email["client"]:
                mismatched += 1
                continue
            conv = ws.store.conversations.create(got.client.id or 0, got.title)
            started = time.perf_counter()
            snippets = service.propose_context(
                conv.id or 0, got.query if hasattr(got, "query") else got.text,
                subject=got.parsed.subject,
            )
            timings.append((time.perf_counter() - started) * 1000)
            ranked: list[str] = []
            for s in snippets:
                key = key_of.get(s.message_id)
                if key is None:
                    continue
                if owner.get(key) != email["client"]:
                    leaks += 1
                if key not in ranked:
                    ranked.append(key)
            hard = bool(email.get("hard"))
            label = f"{email['id']} ({email.get('hard_kind') or 'easy'})"
            product.add(ranked, email["relevant"], label)
            keys, bm25 = docs[email["client"]]
            query = f"{got.parsed.subject}\n{got.parsed.new_text or got.parsed.body_text}"
            baseline = [keys[i] for i in bm25.rank(query)]
            base.add(baseline, email["relevant"], label)
            if hard:
                product_hard.add(ranked, email["relevant"], label)
                base_hard.add(baseline, email["relevant"], label)
    timings.sort()
    result = {
        "set": name, "product": product.as_dict(), "product_hard": product_hard.as_dict(),
        "bm25": base.as_dict(), "bm25_hard": base_hard.as_dict(), "cross_client": leaks,
        "sender_mismatch": mismatched,
        "ms_p50": round(timings[len(timings) // 2], 1) if timings else None,
        "ms_p95": round(timings[int(len(timings) * 0.95)], 1) if timings else None,
    }  # fmt: skip
    if details:
        result["misses"] = product.details
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["tune", "tune2", "report", "report2", "both", "all"],
                        default="report")  # fmt: skip
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--details", action="store_true", help="list the e-mails missed at 1")
    parser.add_argument("--embedding", default="", help='embedding model ("" = local, "off")')
    parser.add_argument("--tune", action="append", default=[], metavar="KNOB=VALUE",
                        help="change a knob of services.context.Tuning (ablations)")  # fmt: skip
    args = parser.parse_args()
    if args.tune:
        from consultant.services import context

        changes: dict[str, object] = {}
        for item in args.tune:
            knob, _, value = item.partition("=")
            current = getattr(context.TUNING, knob)
            changes[knob] = value.lower() in ("1", "true", "yes") if isinstance(
                current, bool) else type(current)(value)  # fmt: skip
        context.TUNING = context.with_tuning(**changes)
    names = {"both": ["tune", "report"], "all": ["tune", "tune2", "report", "report2"]}.get(
        args.set, [args.set]
    )
    results = []
    for name in names:
        if not (DATA / f"{name}.json").exists():
            print(f"{DATA / name}.json does not exist.", file=sys.stderr)
            return 1
        results.append(evaluate(name, args.details, args.embedding))
    if args.json:
        print(json.dumps(results if len(results) > 1 else results[0], indent=1))
        return 0
    for r in results:
        print(f"== {r['set']}: cross-client results {r['cross_client']}, "
              f"sender not matched {r['sender_mismatch']}, "
              f"retrieval p50 {r['ms_p50']} ms, p95 {r['ms_p95']} ms")  # fmt: skip
        print(f"{'':14}{'e-mails':>8}{'R@1':>7}{'MRR@5':>7}{'R@5':>7}")
        for label, key in (("product", "product"), ("  hard", "product_hard"),
                           ("BM25", "bm25"), ("  hard", "bm25_hard")):  # fmt: skip
            s = r[key]
            print(f"{label:14}{s['emails']:>8}{s['recall_at_1']:>7.3f}{s['mrr_at_5']:>7.3f}"
                  f"{s['recall_at_5']:>7.3f}")  # fmt: skip
        for line in r.get("misses", []):
            print("  miss", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
