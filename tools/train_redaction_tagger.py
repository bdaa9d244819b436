"""Train the redaction token tagger (:mod:`consultant.core.redaction_tagger`).

    python tools/train_redaction_tagger.py [--exclude tune3 ...] [--out PATH] [--seed 0]
        [--epochs N]

Reads the development sets ``tests/data/redaction/tune*.jsonl`` (never the held-out
``report*.jsonl``), turns each e-mail's labelled spans into BIO token labels with the
tagger's own tokenisation, and fits a multinomial logistic regression over the hashed
features by mini-batch AdaGrad with L2 regularisation. Tokens of must-stay (``keep``)
strings weigh more, so that the tagger learns what stays readable. Deterministic for a
given seed. Writes the weights (default:
``consultant/resources/redaction/tagger.bin``) and prints their sha256, which must then
be pinned as ``WEIGHTS_SHA256`` in the module.

``--exclude`` leaves sets out (leave-one-set-out cross-validation,
``tests/bench/bench_redaction_cv.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from consultant.core import redaction_tagger as rt  # noqa: E402

DATA = ROOT / "tests" / "data" / "redaction"
DEV_SETS = ("tune", "tune2", "tune3", "tune4", "tune5")
KEEP_WEIGHT = 8.0


def load_set(name: str) -> list[dict[str, Any]]:
    if name not in DEV_SETS:
        raise SystemExit(f"{name}: only the development sets {DEV_SETS} may be trained on")
    with (DATA / f"{name}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def examples(
    records: list[dict[str, Any]], keep_weight: float = KEEP_WEIGHT
) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.int64], npt.NDArray[np.float32]]:
    xs: list[npt.NDArray[np.uint32]] = []
    ys: list[int] = []
    ws: list[float] = []
    for rec in records:
        text = rec["text"]
        tokens = rt.tokenize(text)
        if not tokens:
            continue
        labels, use = rt.label_tokens(tokens, rec["spans"])
        keep = bytearray(len(text) + 1)
        for item in rec.get("keep", []):
            keep[item["start"] : item["end"]] = b"\x01" * (item["end"] - item["start"])
        feats = rt.featurize(text, tokens)
        rows = []
        for i, tok in enumerate(tokens):
            if not use[i]:
                continue
            rows.append(i)
            ys.append(labels[i])
            ws.append(keep_weight if labels[i] == 0 and any(keep[tok.start : tok.end]) else 1.0)
        xs.append(feats[rows])
    return (
        np.concatenate(xs, axis=0),
        np.asarray(ys, dtype=np.int64),
        np.asarray(ws, dtype=np.float32),
    )


def train(
    x: npt.NDArray[np.uint32],
    y: npt.NDArray[np.int64],
    w: npt.NDArray[np.float32],
    *,
    seed: int = 0,
    epochs: int = 12,
    batch: int = 512,
    lr: float = 0.5,
    l2: float = 1e-6,
) -> rt.Tagger:
    rng = np.random.default_rng(seed)
    n_labels = len(rt.LABELS)
    weights = np.zeros((rt.N_BUCKETS, n_labels), dtype=np.float64)
    bias = np.zeros(n_labels, dtype=np.float64)
    g2w = np.full((rt.N_BUCKETS, n_labels), 1e-8, dtype=np.float64)
    g2b = np.full(n_labels, 1e-8, dtype=np.float64)
    onehot = np.eye(n_labels)[y]
    n = len(y)
    for _epoch in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch):
            idx = order[start : start + batch]
            xb = x[idx]
            scores = weights[xb].sum(axis=1) + bias
            scores -= scores.max(axis=1, keepdims=True)
            p = np.exp(scores)
            p /= p.sum(axis=1, keepdims=True)
            g = (p - onehot[idx]) * w[idx, None]
            flat = xb.ravel()
            uniq, inv = np.unique(flat, return_inverse=True)
            grad = np.zeros((len(uniq), n_labels))
            np.add.at(grad, inv, np.repeat(g, xb.shape[1], axis=0))
            grad += l2 * len(idx) * weights[uniq]
            g2w[uniq] += grad * grad
            weights[uniq] -= lr * grad / np.sqrt(g2w[uniq])
            gb = g.sum(axis=0)
            g2b += gb * gb
            bias -= lr * gb / np.sqrt(g2b)
    return rt.Tagger(weights.astype(np.float32), bias.astype(np.float32), {"seed": seed})


def train_sets(
    names: list[str], *, seed: int = 0, epochs: int = 12, keep_weight: float = KEEP_WEIGHT
) -> rt.Tagger:
    records = [rec for name in names for rec in load_set(name)]
    x, y, w = examples(records, keep_weight)
    tagger = train(x, y, w, seed=seed, epochs=epochs)
    tagger.meta["sets"] = list(names)
    return tagger


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--exclude", action="append", default=[], choices=DEV_SETS)
    ap.add_argument("--out", type=Path, default=rt.WEIGHTS_PATH)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--keep-weight", type=float, default=KEEP_WEIGHT)
    args = ap.parse_args()
    names = [s for s in DEV_SETS if s not in args.exclude]
    tagger = train_sets(names, seed=args.seed, epochs=args.epochs, keep_weight=args.keep_weight)
    digest = tagger.save(args.out)
    print(f"trained on {', '.join(names)}; wrote {args.out} ({args.out.stat().st_size} bytes)")
    print(f"sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
