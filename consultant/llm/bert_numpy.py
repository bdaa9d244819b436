"""A BERT encoder in plain numpy, for sentence embeddings on the CPU.

Inference only: token + position + segment embeddings, then ``layers`` ×
(multi-head self-attention, residual, LayerNorm, GELU feed-forward, residual,
LayerNorm), then mean pooling over the attention mask and L2 normalisation —
the sentence-transformers recipe of ``all-MiniLM-L6-v2``. Weights are a dict of
arrays with the Hugging Face ``BertModel`` names (``embeddings.word_embeddings.weight``,
``encoder.layer.0.attention.self.query.weight`` …), as in its ``model.safetensors``.

At construction the query, key and value projections are fused into one matrix
(the query part pre-scaled by 1/√head_size); the other matrices are used as
transposed views of the loaded arrays (no copies), so a forward pass is four
matrix products per layer plus the attention itself.

This module imports numpy at the top: import it only when an encoder is wanted
(:mod:`consultant.llm.local_embedding` does so lazily).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

F32 = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]

# Abramowitz & Stegun 7.1.26: erf(x) with an absolute error below 1.5e-7, well under
# float32 resolution for the activations here. numpy has no erf, and the model was
# trained with the exact (erf) GELU, not the tanh approximation.
_P = np.float32(0.3275911)
_A1, _A2, _A3, _A4, _A5 = (
    np.float32(0.254829592),
    np.float32(-0.284496736),
    np.float32(1.421413741),
    np.float32(-1.453152027),
    np.float32(1.061405429),
)
_INV_SQRT2 = np.float32(1.0 / math.sqrt(2.0))
# Added to the attention scores of padding positions: exp() of it is exactly 0 in float32.
_MASKED = np.float32(-1e9)


def gelu(x: F32) -> F32:
    """Exact GELU, x·Φ(x) = x/2·(1 + erf(x/√2)), in place on ``x`` (which is returned)."""
    z = np.abs(x)
    z *= _INV_SQRT2
    t = z * _P
    t += np.float32(1.0)
    np.reciprocal(t, out=t)
    poly = t * _A5
    for a in (_A4, _A3, _A2, _A1):
        poly += a
        poly *= t
    np.square(z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    poly *= z  # 1 − erf(|x|/√2)
    np.subtract(np.float32(1.0), poly, out=poly)  # erf(|x|/√2)
    np.copysign(poly, x, out=poly)  # erf(x/√2)
    poly += np.float32(1.0)
    poly *= np.float32(0.5)  # Φ(x)
    x *= poly
    return x


def layer_norm(x: F32, weight: F32, bias: F32, eps: float) -> F32:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = np.mean(np.square(centred), axis=-1, keepdims=True)
    centred *= 1.0 / np.sqrt(var + np.float32(eps))
    centred *= weight
    centred += bias
    return centred


@dataclass(frozen=True)
class _Layer:
    qkv_w: F32  # (hidden, 3·hidden), query columns scaled by 1/√head_size
    qkv_b: F32
    out_w: F32
    out_b: F32
    ln1_w: F32
    ln1_b: F32
    ffn_in_w: F32
    ffn_in_b: F32
    ffn_out_w: F32
    ffn_out_b: F32
    ln2_w: F32
    ln2_b: F32


class BertEncoder:
    """Mean-pooled, L2-normalised sentence vectors from a BERT checkpoint."""

    def __init__(
        self,
        weights: Mapping[str, npt.NDArray[np.generic]],
        *,
        layers: int,
        heads: int,
        eps: float = 1e-12,
    ) -> None:
        def get(name: str) -> F32:
            return np.ascontiguousarray(weights[name], dtype=np.float32)

        def dense(prefix: str) -> tuple[F32, F32]:
            # A transposed view, not a copy: BLAS multiplies by it as fast.
            return get(prefix + ".weight").T, get(prefix + ".bias")

        self.word = get("embeddings.word_embeddings.weight")
        self.position = get("embeddings.position_embeddings.weight")
        self.segment0 = get("embeddings.token_type_embeddings.weight")[0].copy()
        self.emb_ln_w = get("embeddings.LayerNorm.weight")
        self.emb_ln_b = get("embeddings.LayerNorm.bias")
        self.hidden = int(self.word.shape[1])
        if self.hidden % heads:
            raise ValueError(f"hidden size {self.hidden} is not a multiple of {heads} heads")
        self.heads = heads
        self.head_size = self.hidden // heads
        self.eps = eps
        self.max_positions = int(self.position.shape[0])
        scale = np.float32(1.0 / math.sqrt(self.head_size))
        self.layers: list[_Layer] = []
        for i in range(layers):
            p = f"encoder.layer.{i}."
            q_w, q_b = dense(p + "attention.self.query")
            k_w, k_b = dense(p + "attention.self.key")
            v_w, v_b = dense(p + "attention.self.value")
            out_w, out_b = dense(p + "attention.output.dense")
            ffn_in_w, ffn_in_b = dense(p + "intermediate.dense")
            ffn_out_w, ffn_out_b = dense(p + "output.dense")
            self.layers.append(
                _Layer(
                    qkv_w=np.ascontiguousarray(np.concatenate([q_w * scale, k_w, v_w], axis=1)),
                    qkv_b=np.concatenate([q_b * scale, k_b, v_b]),
                    out_w=out_w,
                    out_b=out_b,
                    ln1_w=get(p + "attention.output.LayerNorm.weight"),
                    ln1_b=get(p + "attention.output.LayerNorm.bias"),
                    ffn_in_w=ffn_in_w,
                    ffn_in_b=ffn_in_b,
                    ffn_out_w=ffn_out_w,
                    ffn_out_b=ffn_out_b,
                    ln2_w=get(p + "output.LayerNorm.weight"),
                    ln2_b=get(p + "output.LayerNorm.bias"),
                )
            )

    def encode(self, ids: I64, mask: I64 | None = None) -> F32:
        """Sentence vectors (batch, hidden) for token ids (batch, length).

        ``mask`` (same shape, 1 for a token, 0 for padding) is needed only when the
        rows have padding; without it every position is a token."""
        batch, length = ids.shape
        if length > self.max_positions:
            raise ValueError(f"{length} tokens exceed the model's {self.max_positions} positions")
        x = self.word[ids]  # (batch, length, hidden), a fresh array
        x += self.position[:length]
        x += self.segment0
        x = layer_norm(x, self.emb_ln_w, self.emb_ln_b, self.eps).reshape(batch * length, -1)
        bias: F32 | None = None
        if mask is not None and not mask.all():
            bias = np.where(mask[:, None, None, :] > 0, np.float32(0.0), _MASKED).astype(np.float32)
        h, d = self.heads, self.head_size
        for layer in self.layers:
            qkv = x @ layer.qkv_w
            qkv += layer.qkv_b
            # (batch, length, 3, heads, head) → (3, batch, heads, length, head)
            q, k, v = qkv.reshape(batch, length, 3, h, d).transpose(2, 0, 3, 1, 4)
            scores = q @ k.transpose(0, 1, 3, 2)  # (batch, heads, length, length)
            if bias is not None:
                scores += bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, -1)
            attended = context @ layer.out_w
            attended += layer.out_b
            attended += x
            x = layer_norm(attended, layer.ln1_w, layer.ln1_b, self.eps)
            inner = x @ layer.ffn_in_w
            inner += layer.ffn_in_b
            out = gelu(inner) @ layer.ffn_out_w
            out += layer.ffn_out_b
            out += x
            x = layer_norm(out, layer.ln2_w, layer.ln2_b, self.eps)
        hidden = x.reshape(batch, length, -1)
        if mask is None:
            pooled: F32 = hidden.mean(axis=1)
        else:
            weights = mask.astype(np.float32)[:, :, None]
            counts = np.maximum(weights.sum(axis=1), np.float32(1.0))
            pooled = (hidden * weights).sum(axis=1) / counts
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        result: F32 = (pooled / np.maximum(norms, np.float32(1e-12))).astype(np.float32)
        return result
