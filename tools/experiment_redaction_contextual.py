"""Experiment: contextual token features for the redaction tagger (issue #11).

    python tools/experiment_redaction_contextual.py cache [--out DIR]
    python tools/experiment_redaction_contextual.py cv [--cache DIR] [--layers 6]
        [--variants joint,mix0.5] [--policy NAME=key:value,...] [--json FILE]
    python tools/experiment_redaction_contextual.py time [--layers 6 --layers 2] [--every 2]

Question: does the in-process sentence encoder's per-token hidden state
(all-MiniLM-L6-v2 through consultant/llm/bert_numpy.py, the mean of a tagger token's
word pieces, whole e-mails read in overlapping 128-piece windows) make the tagger of
:mod:`consultant.core.redaction_tagger` generalise better?

* ``cache`` encodes every e-mail of the development sets ``tune`` … ``tune6`` once
  (layers 2, 4 and 6, pooled per tagger token, float16, about 2 minutes) into DIR.
* ``cv`` runs leave-one-set-out over the six sets as tests/bench/bench_redaction_cv.py
  does (same scorer, the shipped TaggerPolicy unless ``--policy``), for the rules alone,
  the rules with the hashed-feature tagger (``old``), and the rules with taggers that also
  see the standardised states: ``joint`` (one logistic regression over hashed + dense
  features), ``mixA`` (a separate dense model, log-probabilities mixed with weight A)
  and ``dense`` (the dense model alone). Also the tagger alone at 0.5 (``name@0.5``).
* ``time``: the cost of the features alone, per e-mail and for a 5 000-word e-mail.

The held-out ``report*`` sets are never read. Reports only; nothing shipped uses this.

Result (December 2026, 2 shared cores): no gain. Mean over the six held-back sets,
recall / over-masking: rules 0.9873 / 2.39 %, rules + old tagger 0.9885 / 2.49 %,
rules + joint tagger (layer 6) 0.9883 / 2.55 %, (layer 2) 0.9884 / 2.57 %. The tagger
alone gains about +0.02-0.03 recall (0.756 -> 0.773 / 0.786) at +0.1-0.4 points of
over-masking, which the rules already cover. The features cost about 0.74 ms per word
piece with six layers (median 205 ms per e-mail, 7.0 s for 5 000 words; layer 2 only:
71 ms, 2.8 s).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from consultant.core import redaction_tagger as rt  # noqa: E402

DATA = ROOT / "tests" / "data" / "redaction"
SETS = ("tune", "tune2", "tune3", "tune4", "tune5", "tune6")
CACHED_LAYERS = (2, 4, 6)


def load_set(name: str) -> list[dict[str, Any]]:
    if name not in SETS:
        raise SystemExit(f"{name}: only the development sets may be used")
    with (DATA / f"{name}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# --- per-piece hidden states (kept here: the shipped encoder returns pooled vectors) ----

MAX_PIECES = 128  # the model's window, [CLS] and [SEP] included
WINDOW_OVERLAP = 32


class Encoder:
    """all-MiniLM-L6-v2 as :mod:`consultant.llm.local_embedding` loads it (same pinned
    files, same numpy encoder), returning per-word-piece hidden states of whole texts."""

    def __init__(self) -> None:
        from tokenizers import Tokenizer

        from consultant.llm import local_embedding as le

        folder = le.default_model_dir()
        if folder is None:
            raise SystemExit(le.available()[1])
        self.embedder = le.LocalEmbedder(folder)  # verifies both pinned files
        self.encoder = self.embedder._encoder
        self.tokenizer = Tokenizer.from_file(str(folder / le.TOKENIZER_FILE))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        special = self.embedder.token_ids("")
        self.cls, self.sep = special[0], special[-1]

    def hidden(self, ids: npt.NDArray[np.int64], layers: tuple[int, ...]) -> list[Any]:
        """The outputs of ``layers`` (1-based) for unpadded rows ``ids`` (batch, length);
        the encoder of consultant/llm/bert_numpy.py, stopped after the highest layer."""
        from consultant.llm.bert_numpy import gelu, layer_norm

        enc = self.encoder
        batch, length = ids.shape
        x = enc.word[ids]
        x += enc.position[:length]
        x += enc.segment0
        x = layer_norm(x, enc.emb_ln_w, enc.emb_ln_b, enc.eps).reshape(batch * length, -1)
        h, d = enc.heads, enc.head_size
        kept: dict[int, Any] = {}
        for number, layer in enumerate(enc.layers[: max(layers)], start=1):
            qkv = x @ layer.qkv_w
            qkv += layer.qkv_b
            q, k, v = qkv.reshape(batch, length, 3, h, d).transpose(2, 0, 3, 1, 4)
            scores = q @ k.transpose(0, 1, 3, 2)
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, -1)
            attended = context @ layer.out_w
            attended += layer.out_b
            attended += x
            x = layer_norm(attended, layer.ln1_w, layer.ln1_b, enc.eps)
            inner = x @ layer.ffn_in_w
            inner += layer.ffn_in_b
            out = gelu(inner) @ layer.ffn_out_w
            out += layer.ffn_out_b
            out += x
            x = layer_norm(out, layer.ln2_w, layer.ln2_b, enc.eps)
            if number in layers:
                kept[number] = x
        return [kept[n].reshape(batch, length, -1) for n in layers]

    def token_states(
        self, text: str, layers: tuple[int, ...] = (6,), overlap: int = WINDOW_OVERLAP
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
        """Character offsets (n, 2) and states (n, 384 · len(layers)) of every word piece
        of ``text``: windows of 126 pieces (+ [CLS], [SEP]) overlapping by ``overlap``;
        a piece takes its states from the window it lies deepest in."""
        enc = self.tokenizer.encode(text, add_special_tokens=False)
        ids = np.asarray(enc.ids, dtype=np.int64)
        offsets = np.asarray(enc.offsets, dtype=np.int64).reshape(-1, 2)
        n = len(ids)
        states = np.zeros((n, 384 * len(layers)), dtype=np.float32)
        if n == 0:
            return offsets, states
        inner = MAX_PIECES - 2
        if n <= inner:
            starts = [0]
        else:
            step = max(1, inner - overlap)
            starts = [*range(0, n - inner, step), n - inner]
        size = min(n, inner)
        rows = np.empty((len(starts), size + 2), dtype=np.int64)
        rows[:, 0] = self.cls
        rows[:, -1] = self.sep
        for r, s in enumerate(starts):
            rows[r, 1:-1] = ids[s : s + size]
        per_batch = max(1, 512 // (size + 2))
        cuts = [0] + [(starts[w] + starts[w - 1] + size) // 2 for w in range(1, len(starts))]
        cuts.append(n)
        with self.embedder._blas.limit(limits=1, user_api="blas"):
            for b in range(0, len(starts), per_batch):
                out = self.hidden(rows[b : b + per_batch], layers)
                joined = np.concatenate(out, axis=-1) if len(out) > 1 else out[0]
                for r in range(joined.shape[0]):
                    w = b + r
                    lo, hi, s = cuts[w], cuts[w + 1], starts[w]
                    states[lo:hi] = joined[r, 1 + lo - s : 1 + hi - s]
        return offsets, states


def pool(
    tokens: list[rt.Token], offsets: npt.NDArray[np.int64], states: npt.NDArray[np.float32]
) -> npt.NDArray[np.float32]:
    """Mean state of the word pieces overlapping each token (zeros where none)."""
    out = np.zeros((len(tokens), states.shape[1]), dtype=np.float32)
    if not len(tokens) or not len(offsets):
        return out
    ts = np.fromiter((t.start for t in tokens), dtype=np.int64, count=len(tokens))
    te = np.fromiter((t.end for t in tokens), dtype=np.int64, count=len(tokens))
    ends = np.maximum.accumulate(offsets[:, 1])
    lo = np.searchsorted(ends, ts, side="right")
    hi = np.searchsorted(offsets[:, 0], te, side="left")
    cs = np.zeros((len(states) + 1, states.shape[1]), dtype=np.float64)
    np.cumsum(states, axis=0, out=cs[1:])
    n = hi - lo
    ok = n > 0
    out[ok] = ((cs[hi[ok]] - cs[lo[ok]]) / n[ok, None]).astype(np.float32)
    return out


def key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def cmd_cache(args: argparse.Namespace) -> int:
    emb = Encoder()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in SETS:
        path = args.out / f"{name}.npz"
        if path.exists():
            continue
        arrays: dict[str, npt.NDArray[Any]] = {}
        t0 = time.perf_counter()
        pieces = 0
        for rec in load_set(name):
            text = rec["text"]
            tokens = rt.tokenize(text)
            offsets, states = emb.token_states(text, CACHED_LAYERS)
            pieces += len(offsets)
            arrays[key(text)] = pool(tokens, offsets, states).astype(np.float16)
        np.savez(path, **arrays)  # type: ignore[arg-type]
        dt = time.perf_counter() - t0
        print(f"{name}: {len(arrays)} e-mails, {pieces} pieces, {dt:.0f} s", flush=True)
    return 0


# --- cross-validation --------------------------------------------------------------------


class Store:
    """Cached pooled token states by text; a text not cached is encoded on the spot
    (the 5 000-word e-mail of the timing), and the time it took is recorded."""

    def __init__(self, folder: Path, layers: tuple[int, ...]) -> None:
        self.cols = np.concatenate([np.arange(384) + 384 * CACHED_LAYERS.index(n) for n in layers])
        self.layers = layers
        self.data: dict[str, npt.NDArray[np.float32]] = {}
        for name in SETS:
            with np.load(folder / f"{name}.npz") as z:
                for k in z.files:
                    self.data[k] = z[k][:, self.cols].astype(np.float32)
        self.live_ms: list[float] = []
        self._emb: Any = None

    def __call__(self, text: str, tokens: list[rt.Token]) -> npt.NDArray[np.float32]:
        hit = self.data.get(key(text))
        if hit is not None and len(hit) == len(tokens):
            return hit
        if self._emb is None:
            self._emb = Encoder()
        t0 = time.perf_counter()
        offsets, states = self._emb.token_states(text, self.layers)
        out = pool(tokens, offsets, states)
        self.live_ms.append((time.perf_counter() - t0) * 1000)
        return out


class ContextTagger(rt.Tagger):
    """The hashed-feature tagger plus a dense part over standardised contextual states:
    ``scores = sparse + a · ((z - mean) / std) @ dense``; with ``mix`` set, the dense
    part is a separate model whose log-probabilities are added with weight ``mix``."""

    def __init__(
        self,
        base: rt.Tagger,
        dense: npt.NDArray[np.float32],
        dense_bias: npt.NDArray[np.float32],
        mean: npt.NDArray[np.float32],
        std: npt.NDArray[np.float32],
        store: Store,
        mix: float | None = None,
    ) -> None:
        super().__init__(base.weights, base.bias, base.meta)
        self.dense = dense.astype(np.float32)
        self.dense_bias = dense_bias.astype(np.float32)
        self.mean = mean
        self.std = std
        self.store = store
        self.mix = mix

    def probabilities(self, text: str) -> tuple[list[rt.Token], npt.NDArray[np.float32]]:
        tokens = rt.tokenize(text)
        if not tokens:
            return tokens, np.zeros((0, len(rt.LABELS)), dtype=np.float32)
        ids = rt.featurize(text, tokens)
        sparse = self.weights[ids].sum(axis=1) + self.bias
        z = (self.store(text, tokens) - self.mean) / self.std
        dense = z @ self.dense + self.dense_bias
        if self.mix is None:
            return tokens, rt._softmax((sparse + dense).astype(np.float32))
        ls = np.log(rt._softmax(sparse.astype(np.float32)) + 1e-9)
        ld = np.log(rt._softmax(dense.astype(np.float32)) + 1e-9)
        return tokens, rt._softmax(((1 - self.mix) * ls + self.mix * ld).astype(np.float32))


def examples(
    records: list[dict[str, Any]], store: Store, keep_weight: float
) -> tuple[Any, Any, Any, Any]:
    xs, zs, ys, ws = [], [], [], []
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
        dense = store(text, tokens)
        rows = [i for i in range(len(tokens)) if use[i]]
        for i in rows:
            tok = tokens[i]
            ys.append(labels[i])
            ws.append(keep_weight if labels[i] == 0 and any(keep[tok.start : tok.end]) else 1.0)
        xs.append(feats[rows])
        zs.append(dense[rows])
    return (
        np.concatenate(xs),
        np.concatenate(zs),
        np.asarray(ys, dtype=np.int64),
        np.asarray(ws, dtype=np.float32),
    )


def train(
    x: Any,
    z: Any,
    y: Any,
    w: Any,
    *,
    use_sparse: bool,
    use_dense: bool,
    seed: int = 0,
    epochs: int = 12,
    batch: int = 512,
    lr: float = 0.5,
    lr_dense: float = 0.05,
    l2: float = 1e-6,
    l2_dense: float = 1e-4,
) -> tuple[Any, Any, Any, Any]:
    """AdaGrad as tools/train_redaction_tagger.py, with an optional dense block."""
    rng = np.random.default_rng(seed)
    k = len(rt.LABELS)
    weights = np.zeros((rt.N_BUCKETS, k))
    bias = np.zeros(k)
    g2w = np.full((rt.N_BUCKETS, k), 1e-8)
    g2b = np.full(k, 1e-8)
    d = z.shape[1]
    dense = np.zeros((d, k))
    g2d = np.full((d, k), 1e-8)
    onehot = np.eye(k)[y]
    n = len(y)
    for _epoch in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch):
            idx = order[start : start + batch]
            scores = np.tile(bias, (len(idx), 1))
            if use_sparse:
                xb = x[idx]
                scores += weights[xb].sum(axis=1)
            if use_dense:
                zb = z[idx]
                scores += zb @ dense
            scores -= scores.max(axis=1, keepdims=True)
            p = np.exp(scores)
            p /= p.sum(axis=1, keepdims=True)
            g = (p - onehot[idx]) * w[idx, None]
            if use_sparse:
                flat = xb.ravel()
                uniq, inv = np.unique(flat, return_inverse=True)
                grad = np.zeros((len(uniq), k))
                np.add.at(grad, inv, np.repeat(g, xb.shape[1], axis=0))
                grad += l2 * len(idx) * weights[uniq]
                g2w[uniq] += grad * grad
                weights[uniq] -= lr * grad / np.sqrt(g2w[uniq])
            if use_dense:
                gd = zb.T @ g + l2_dense * len(idx) * dense
                g2d += gd * gd
                dense -= lr_dense * gd / np.sqrt(g2d)
            gb = g.sum(axis=0)
            g2b += gb * gb
            bias -= lr * gb / np.sqrt(g2b)
    return weights.astype(np.float32), bias.astype(np.float32), dense, bias


def cmd_cv(args: argparse.Namespace) -> int:
    import functools

    import bench_redaction as br
    import bench_redaction_cv as bcv

    from consultant.core.redaction import TAGGER_POLICY, Redactor, TaggerPolicy

    layers = tuple(int(v) for v in args.layers.split(","))
    policies = {"default": TAGGER_POLICY}
    for spec in args.policy:
        pname, _, body = spec.partition("=")
        fields: dict[str, float | None] = {}
        for item in filter(None, body.split(",")):
            k, _, value = item.partition(":")
            fields[k] = None if value == "none" else float(value)
        policies[pname] = TaggerPolicy(**fields)
    store = Store(args.cache, layers)
    held_sets = [s for s in args.sets.split(",") if s]
    variants = [v for v in args.variants.split(",") if v]
    rows: dict[str, dict[str, Any]] = {}
    for held in held_sets:
        train_recs = [r for s in SETS if s != held for r in load_set(s)]
        t0 = time.perf_counter()
        x, z, y, w = examples(train_recs, store, args.keep_weight)
        mean = z.mean(axis=0).astype(np.float32)
        std = (z.std(axis=0) + 1e-3).astype(np.float32)
        zs = ((z - mean) / std).astype(np.float32)
        taggers: dict[str, rt.Tagger] = {}
        sw, sb, _, _ = train(x, zs, y, w, use_sparse=True, use_dense=False, seed=args.seed)
        base = rt.Tagger(sw, sb, {"seed": args.seed})
        taggers["old"] = base
        zb = np.zeros(len(rt.LABELS), dtype=np.float32)
        if "joint" in variants:
            jw, jb, jd, _ = train(
                x,
                zs,
                y,
                w,
                use_sparse=True,
                use_dense=True,
                seed=args.seed,
                lr_dense=args.lr_dense,
                l2_dense=args.l2_dense,
            )
            taggers["joint"] = ContextTagger(rt.Tagger(jw, jb, {}), jd, zb, mean, std, store)
        if any(v.startswith("mix") for v in variants):
            _, db, dd, _ = train(
                x,
                zs,
                y,
                w,
                use_sparse=False,
                use_dense=True,
                seed=args.seed,
                lr_dense=args.lr_dense,
                l2_dense=args.l2_dense,
                lr=0.05,
            )
            for v in variants:
                if v.startswith("mix"):
                    taggers[v] = ContextTagger(base, dd, db, mean, std, store, mix=float(v[3:]))
            taggers["dense"] = ContextTagger(
                rt.Tagger(np.zeros_like(sw), np.zeros_like(sb), {}), dd, db, mean, std, store
            )
        train_s = time.perf_counter() - t0
        records = br.load(held)
        row: dict[str, Any] = {
            "rules": bcv.summary(br.evaluate(records, functools.partial(Redactor, tagger=False)))
        }
        for name, tagger in taggers.items():
            for pname, policy in policies.items():
                factory = functools.partial(Redactor, tagger=tagger, tagger_policy=policy)
                store.live_ms.clear()
                label = name if pname == "default" else f"{name}:{pname}"
                row[label] = bcv.summary(br.evaluate(records, factory))
                row[label]["live_ms"] = list(store.live_ms)
            row[name + "@0.5"] = bcv.tagger_alone(records, tagger, 0.5)
        rows[held] = row
        print(f"== held out {held} (trained in {train_s:.0f} s)")
        for name, r in row.items():
            if name.endswith("@0.5"):
                print(f"  {name:<14} alone recall {r['recall']:.3f} over {r['overmask_rate']:.1%}")
            else:
                print(
                    f"  {name:<14} recall {r['recall']:.4f} PERSON {r['person']:.3f} "
                    f"ids {r['ids']:.3f} over {r['overmask_rate']:.2%} rt {r['roundtrip_failures']}"
                    f" med {r['ms_median']:.1f} ms 5k {r['long_ms']:.0f} ms"
                )
        sys.stdout.flush()
        if args.json:
            args.json.write_text(json.dumps(rows, indent=1))
    configs = [c for c in rows[held_sets[0]] if not c.endswith("@0.5")]
    print("== mean")
    for c in configs:
        rec = np.mean([rows[s][c]["recall"] for s in rows])
        over = np.mean([rows[s][c]["overmask_rate"] for s in rows])
        per = np.mean([rows[s][c]["person"] for s in rows])
        print(f"  {c:<14} recall {rec:.4f} PERSON {per:.4f} over {over:.2%}")
    return 0


def cmd_time(args: argparse.Namespace) -> int:
    """Cost of the contextual features alone (encode + pool) per e-mail of the
    development sets, and for one 5 000-word e-mail (bodies joined, as
    tests/bench/bench_redaction.py builds it)."""
    import statistics

    import bench_redaction as br

    emb = Encoder()
    records = [r for s in SETS for r in load_set(s)]
    parts: list[str] = []
    words = 0
    for rec in records:
        if words >= br.LONG_WORDS:
            break
        b = br.body(rec["text"])
        parts.append(b)
        words += len(b.split())
    long_text = "\n\n".join(parts)
    for spec in args.layers:
        layers = tuple(int(v) for v in spec.split(","))
        times = []
        for rec in records[:: args.every]:
            t0 = time.perf_counter()
            toks = rt.tokenize(rec["text"])
            pool(toks, *emb.token_states(rec["text"], layers))
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        t0 = time.perf_counter()
        offsets, _ = emb.token_states(long_text, layers)
        long_ms = (time.perf_counter() - t0) * 1000
        print(
            f"layers {spec}: {len(times)} e-mails, median {statistics.median(times):.0f} ms, "
            f"p95 {times[int(0.95 * (len(times) - 1))]:.0f} ms; {words}-word e-mail "
            f"({len(offsets)} pieces) {long_ms:.0f} ms",
            flush=True,
        )
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("cache")
    c.add_argument("--out", type=Path, default=Path("/tmp/redaction-contextual"))
    v = sub.add_parser("cv")
    v.add_argument("--cache", type=Path, default=Path("/tmp/redaction-contextual"))
    v.add_argument("--sets", default=",".join(SETS))
    v.add_argument("--layers", default="6")
    v.add_argument("--variants", default="joint,mix0.3,mix0.5")
    v.add_argument("--keep-weight", type=float, default=8.0)
    v.add_argument("--lr-dense", type=float, default=0.05)
    v.add_argument("--l2-dense", type=float, default=1e-4)
    v.add_argument("--seed", type=int, default=0)
    v.add_argument("--json", type=Path, default=None)
    v.add_argument("--policy", action="append", default=[], help="NAME=key:value,...")
    t = sub.add_parser("time")
    t.add_argument("--layers", action="append", default=[])
    t.add_argument("--every", type=int, default=1)
    args = ap.parse_args()
    if args.cmd == "time":
        args.layers = args.layers or ["6", "2"]
        return cmd_time(args)
    if args.cmd == "cache":
        return cmd_cache(args)
    return cmd_cv(args)


if __name__ == "__main__":
    sys.exit(main())
