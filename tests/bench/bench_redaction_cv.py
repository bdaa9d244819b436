"""Benchmark: does the learned tagger generalise better than the rules? (issue #11)

    python tests/bench/bench_redaction_cv.py [--sets tune,tune2,...]
        [--policy NAME=key:value,key:value ...] [--epochs 12] [--keep-weight 8] [--seed 0]
        [--cache DIR] [--json]

Leave-one-set-out over the development sets: for each set S of ``tune`` … ``tune5`` the
tagger is trained on the other four (``tools/train_redaction_tagger.py`` ``--exclude S``,
in memory), and S is scored as ``tests/bench/bench_redaction.py`` scores it — recall
overall and per kind, over-masking of must-stay strings, round-trip — for

* ``rules``: the redactor without the tagger;
* ``rules+tagger``: the rules combined with the tagger by a
  :class:`~consultant.core.redaction.TaggerPolicy` (the shipped default, or each
  ``--policy``, e.g. ``--policy strict=person:0.8,id_free:0.95,veto:0.9``; ``none`` turns a
  use off);
* ``tagger``: the tagger alone at 0.5 (only its kinds: PERSON, the ids, ADDRESS/POSTCODE).

The rules were tuned on every development set, so ``rules`` is optimistic; the gain of
``rules+tagger`` on a set its tagger never saw is the signal. The held-out sets are
never read. Reports only (exit 0).
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_redaction as br  # noqa: E402
import train_redaction_tagger as trainer  # noqa: E402

from consultant.core import redaction_tagger as rt  # noqa: E402
from consultant.core.redaction import TAGGER_POLICY, Redactor, TaggerPolicy  # noqa: E402

ID_KINDS = ("SSN", "NATIONAL_ID", "MRN", "MEMBER", "ACCOUNT", "LICENSE", "PLATE", "DEVICE")


def tagger_alone(
    records: list[dict[str, Any]], tagger: rt.Tagger, threshold: float
) -> dict[str, Any]:
    total = hit = keep_total = keep_hit = 0
    for rec in records:
        text = rec["text"]
        mask = bytearray(len(text) + 1)
        for s in tagger.spans(text, threshold):
            mask[s.start : s.end] = b"\x01" * (s.end - s.start)
        for span in rec["spans"]:
            if span["kind"] not in rt.GROUP_OF_KIND:
                continue
            total += 1
            hit += all(mask[i] or text[i].isspace() for i in range(span["start"], span["end"]))
        for item in rec.get("keep", []):
            keep_total += 1
            keep_hit += any(mask[item["start"] : item["end"]])
    return {
        "recall": hit / total if total else 1.0,
        "overmask_rate": keep_hit / keep_total if keep_total else 0.0,
    }


def summary(res: dict[str, Any]) -> dict[str, Any]:
    per = res["per_kind"]
    ids_total = sum(per[k]["spans"] for k in ID_KINDS if k in per)
    ids_hit = sum(per[k]["masked"] for k in ID_KINDS if k in per)
    return {
        "recall": res["recall"],
        "person": per.get("PERSON", {}).get("recall", 1.0),
        "ids": ids_hit / ids_total if ids_total else 1.0,
        "overmask_rate": res["overmask_rate"],
        "roundtrip_failures": res["roundtrip_failures"],
        "ms_median": res["ms_median"],
        "long_ms": res["long_ms"],
        "per_kind": {k: v["recall"] for k, v in per.items()},
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(trainer.DEV_SETS))
    ap.add_argument("--policy", action="append", default=[])
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--keep-weight", type=float, default=trainer.KEEP_WEIGHT)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="keep the trained taggers in this folder and reuse them (same code only)",
    )
    args = ap.parse_args()
    policies = {"default": TAGGER_POLICY}
    for spec in args.policy:
        name, _, body = spec.partition("=")
        fields: dict[str, float | None] = {}
        for item in filter(None, body.split(",")):
            key, _, value = item.partition(":")
            fields[key] = None if value == "none" else float(value)
        policies[name] = TaggerPolicy(**fields)
    held_sets = [s for s in args.sets.split(",") if s]
    for s in held_sets:
        if s not in trainer.DEV_SETS:
            ap.error(f"{s}: only development sets can be held out here")

    rows: dict[str, dict[str, Any]] = {}
    for held in held_sets:
        key = f"{held}-{args.epochs}-{args.keep_weight:g}" + (f"-s{args.seed}" if args.seed else "")
        cached = args.cache / f"tagger-without-{key}.bin" if args.cache else None
        if cached is not None and cached.exists():
            tagger = rt.Tagger.load(cached, None)
        else:
            tagger = trainer.train_sets(
                [s for s in trainer.DEV_SETS if s != held],
                epochs=args.epochs,
                keep_weight=args.keep_weight,
                seed=args.seed,
            )
            if cached is not None:
                cached.parent.mkdir(parents=True, exist_ok=True)
                tagger.save(cached)
        records = br.load(held)
        row: dict[str, Any] = {
            "rules": summary(br.evaluate(records, functools.partial(Redactor, tagger=False)))
        }
        for name, policy in policies.items():
            factory = functools.partial(Redactor, tagger=tagger, tagger_policy=policy)
            row[f"+tagger:{name}"] = summary(br.evaluate(records, factory))
        row["tagger@0.5"] = tagger_alone(records, tagger, 0.5)
        rows[held] = row
        if not args.json:
            print_row(held, row)
            sys.stdout.flush()

    configs = ["rules", *(f"+tagger:{name}" for name in policies)]
    mean = {
        c: {
            k: statistics.fmean(rows[s][c][k] for s in rows)
            for k in ("recall", "person", "ids", "overmask_rate")
        }
        for c in configs
    }
    if args.json:
        print(json.dumps({"sets": rows, "mean": mean}, indent=2))
        return 0
    for name, policy in policies.items():
        print(f"policy {name}: {policy}")
    print("== mean over held-out development sets")
    for c in configs:
        m = mean[c]
        print(
            f"  {c:<20} recall {m['recall']:.4f}  PERSON {m['person']:.4f}  ids {m['ids']:.4f}"
            f"  over-masking {m['overmask_rate']:.2%}"
        )
    base = mean["rules"]
    for c in configs[1:]:
        d_rec = mean[c]["recall"] - base["recall"]
        d_over = mean[c]["overmask_rate"] - base["overmask_rate"]
        verdict = "enable" if d_rec > 0 and d_over <= d_rec else "keep off"
        print(f"  {c}: recall {d_rec:+.4f}, over-masking {d_over:+.4f} -> {verdict}")
    return 0


def print_row(held: str, row: dict[str, Any]) -> None:
    print(f"== held out: {held} (tagger trained on the other sets)")
    print(
        f"  {'config':<20} {'recall':>7} {'PERSON':>7} {'ids':>7} {'over':>7} {'rt-fail':>7}"
        f" {'ms med':>7} {'5k ms':>7}"
    )
    for name, r in row.items():
        if name.startswith("tagger@"):
            print(
                f"  {name:<20} {r['recall']:>7.3f} {'':>7} {'':>7} {r['overmask_rate']:>7.1%}"
                "   (tagger alone, its kinds only)"
            )
            continue
        print(
            f"  {name:<20} {r['recall']:>7.3f} {r['person']:>7.3f} {r['ids']:>7.3f}"
            f" {r['overmask_rate']:>7.1%} {r['roundtrip_failures']:>7}"
            f" {r['ms_median']:>7.1f} {r['long_ms']:>7.0f}"
        )
    kinds = sorted(row["rules"]["per_kind"])
    print("  per kind  " + " ".join(f"{k[:8]:>8}" for k in kinds))
    for name, r in row.items():
        if "per_kind" in r:
            print(f"  {name[:9]:<9} " + " ".join(f"{r['per_kind'][k]:>8.3f}" for k in kinds))
    print()


if __name__ == "__main__":
    sys.exit(main())
