"""A small learned token tagger for :mod:`consultant.core.redaction` (issue #11).

The rule layers of the redactor (:mod:`~consultant.core.redaction_ids`,
:mod:`~consultant.core.redaction_names`) learn each development set rather than the
mail; this module adds a multinomial logistic regression over hashed sparse features per
token that is *trained* on the labelled development sets
(``tests/data/redaction/tune*.jsonl``, by ``tools/train_redaction_tagger.py``).

* Tokens: runs of letters and digits with inner ``- ' ’ . / #`` (``O'Brien``,
  ``MB408445``, ``IR-2026-88694``); text inside a placeholder (``[PERSON_1]``) is never a
  token, so no span of the tagger cuts through one.
* Labels: BIO over ``PERSON``, ``ID`` (SSN, national id, MRN, member, account, licence,
  plate, device) and ``ADDRESS`` (street addresses and postcodes).
* Features: the word lower-cased, prefixes and suffixes of 2-4 letters, word shape
  (``Xxxx``, ``dd-dddd``, ``XXdddd``), capitalisation, digits and length, membership of
  the redaction lexicons (first names, surnames, English words, frequent words, places,
  titles, products), the same for the two tokens either side, the separators between
  them, and the line: first token, its first word (``From``, ``Dear``, ``Hi``), the label
  before a colon, header/table/short-line shapes.
* Weights: ``consultant/resources/redaction/tagger.bin`` (float16, zlib), whose sha256 is
  pinned here in :data:`WEIGHTS_SHA256` and verified on load. A file that does not match
  is refused with a logged error, and redaction falls back to the rules alone.

Pure Python and numpy, in-process, offline; loaded lazily, once
(:func:`default_tagger`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import struct
import threading
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "KIND_OF_LABEL",
    "LABELS",
    "WEIGHTS_PATH",
    "WEIGHTS_SHA256",
    "TaggedSpan",
    "Tagger",
    "TaggerError",
    "Token",
    "default_tagger",
    "featurize",
    "label_tokens",
    "tokenize",
]

_log = logging.getLogger(__name__)

WEIGHTS_PATH = Path(__file__).resolve().parent.parent / "resources" / "redaction" / "tagger.bin"
#: sha256 of the shipped weights (printed by ``tools/train_redaction_tagger.py``).
WEIGHTS_SHA256 = "6abbf686748fa50325f1dd7f03f443278e59bcfdf664ad0f49dd18c7329e6cc2"

_MAGIC = b"CRTAG1\n"
#: Number of hash buckets (2**18).
N_BUCKETS = 1 << 18
GROUPS: tuple[str, ...] = ("PERSON", "ID", "ADDRESS")
LABELS: tuple[str, ...] = ("O", *(f"{p}-{g}" for g in GROUPS for p in ("B", "I")))
#: label index -> group ("" for O)
KIND_OF_LABEL: tuple[str, ...] = tuple("" if lab == "O" else lab[2:] for lab in LABELS)
#: labelled span kinds -> tagger group (other kinds are left to the rules and not learnt)
GROUP_OF_KIND: dict[str, str] = {
    "PERSON": "PERSON",
    "SSN": "ID",
    "NATIONAL_ID": "ID",
    "MRN": "ID",
    "MEMBER": "ID",
    "ACCOUNT": "ID",
    "LICENSE": "ID",
    "PLATE": "ID",
    "DEVICE": "ID",
    "ADDRESS": "ADDRESS",
    "POSTCODE": "ADDRESS",
}

_TOKEN_RE = re.compile(r"[^\W_]+(?:['’\-./#][^\W_]+)*")
_PLACEHOLDER_RE = re.compile(r"\[[A-Z_]{2,16}_\d{1,9}\]")
_LABEL_RE = re.compile(r"([^\W\d_][\w ./#-]{0,30}?)\s*[:=]")
_HEADER_LINE_RE = re.compile(
    r"^[ \t>]*(?:From|To|Cc|Bcc|Reply-To|Sender|Subject|Date|Sent|Von|An|De|Para|À|Betreff|"
    r"Objet|Asunto)"
    r"[ \t]*:",
    re.IGNORECASE,
)
_MASK = 0xFFFFFFFF


class TaggerError(Exception):
    """The weights file is missing, damaged or not the pinned one."""


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    """``text[start:end]`` is of ``kind`` (``PERSON``, ``ID`` or ``ADDRESS``) with
    probability ``score`` (the lowest token probability of the span)."""

    start: int
    end: int
    kind: str
    score: float


def tokenize(text: str) -> list[Token]:
    """The tagger's tokens of ``text``; none lies inside a placeholder."""
    holes = [m.span() for m in _PLACEHOLDER_RE.finditer(text)] if "[" in text else []
    out: list[Token] = []
    h = 0
    for m in _TOKEN_RE.finditer(text):
        s, e = m.span()
        while h < len(holes) and holes[h][1] <= s:
            h += 1
        if h < len(holes) and holes[h][0] < e:
            continue
        out.append(Token(s, e, m.group()))
    return out


def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8", "surrogatepass"))


def _shape(word: str) -> str:
    out: list[str] = []
    for ch in word[:16]:
        if ch.isdigit():
            out.append("d")
        elif ch.isupper():
            out.append("X")
        elif ch.isalpha():
            out.append("x")
        else:
            out.append(ch)
    return "".join(out)


def _short_shape(shape: str) -> str:
    out: list[str] = []
    for ch in shape:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


@cache
def _lex_sets() -> tuple[Any, frozenset[str], frozenset[str]]:
    from consultant.core import redaction_lexicon as lx

    lex = lx.lexicon()
    titles = lx.TITLES_STRONG | lx.TITLES_ROLE
    products = lx.PRODUCTS | lx.PRODUCT_WORDS | lx.ORG_WORDS | lx.ORG_SUFFIXES
    return (
        lex,
        frozenset(t.lower().rstrip(".") for t in titles),
        frozenset(p.lower() for p in products),
    )


def _lex_class(word: str) -> str:
    lex, titles, products = _lex_sets()
    low = word.lower()
    parts = []
    if lex.is_first(low):
        parts.append("F")
    if lex.is_last(low):
        parts.append("L")
    z = lex.zipf(low)
    if z:
        parts.append("W" if z == 1 else "Q")
    if low in lex.places:
        parts.append("P")
    if low in titles:
        parts.append("T")
    if low in products:
        parts.append("R")
    return "".join(parts) or "-"


_WORD_CACHE: dict[str, tuple[tuple[int, ...], tuple[int, int, int, int]]] = {}
# Bounded caches (a word's features ~1 kB): cleared when full.
_CACHE_LIMIT = 20_000
_CACHE_LOCK = threading.Lock()
# Intrinsic features per word (fixed number, so every token has the same count).
N_INTRINSIC = 18
# Context atoms per token: lower-cased word, short shape, lexicon class, cap/digit flag.
N_ATOMS = 4
_OFFSETS = (-2, -1, 1, 2)
# Separators, line and label features per token.
N_EXTRA = 12
N_FEATURES = N_INTRINSIC + N_ATOMS * len(_OFFSETS) + 3 + N_EXTRA


def _word_features(word: str) -> tuple[tuple[int, ...], tuple[int, int, int, int]]:
    hit = _WORD_CACHE.get(word)
    if hit is not None:
        return hit
    low = word.lower()
    shape = _shape(word)
    short = _short_shape(shape)
    lexc = _lex_class(word)
    digits = sum(ch.isdigit() for ch in word)
    alpha = sum(ch.isalpha() for ch in word)
    if word.isupper() and alpha > 1:
        case = "U"
    elif word[:1].isupper():
        case = "C"
    elif word[:1].islower():
        case = "l"
    else:
        case = "d"
    flag = f"{case}{min(digits, 9) > 0:d}{min(alpha, 9) > 0:d}"
    feats = (
        "b",
        "w=" + low,
        "p2=" + low[:2],
        "p3=" + low[:3],
        "p4=" + low[:4],
        "s2=" + low[-2:],
        "s3=" + low[-3:],
        "s4=" + low[-4:],
        "sh=" + shape,
        "ss=" + short,
        "lx=" + lexc,
        "lxc=" + lexc + case,
        "fl=" + flag,
        f"len={min(len(word), 20)}",
        f"dg={min(digits, 12)}/{min(alpha, 6)}",
        "ssl=" + short + str(min(len(word), 14)),
        "wC=" + word if word != low else "wc=" + lexc + case + short,
        "lxs=" + lexc + short,
    )
    assert len(feats) == N_INTRINSIC
    atoms = (_h("a0" + low), _h("a1" + short), _h("a2" + lexc), _h("a3" + flag + lexc))
    value = (tuple(_h(f) for f in feats), atoms)
    with _CACHE_LOCK:
        if len(_WORD_CACHE) > _CACHE_LIMIT:
            _WORD_CACHE.clear()
        _WORD_CACHE[word] = value
    return value


_HASH_CACHE: dict[str, int] = {}


def _hash_cached(s: str) -> int:
    h = _HASH_CACHE.get(s)
    if h is None:
        h = _h(s)
        if len(_HASH_CACHE) > _CACHE_LIMIT:
            _HASH_CACHE.clear()
        _HASH_CACHE[s] = h
    return h


def _sep(text: str, a: int, b: int) -> str:
    """What lies between two tokens, squeezed: ' ', ', ', ':', '\\n', '('."""
    if a == b:
        return "0"
    gap = text[a:b]
    if gap == " ":
        return "_"
    if "\n" in gap:
        return "NL2" if gap.count("\n") > 1 else "NL"
    squeezed = "".join(gap.split())[:3]
    return squeezed or "_"


def featurize(text: str, tokens: Sequence[Token]) -> npt.NDArray[np.uint32]:
    """One row of ``N_FEATURES`` hashed feature ids (mod :data:`N_BUCKETS`) per token."""
    import numpy as np

    n = len(tokens)
    if n == 0:
        return np.zeros((0, N_FEATURES), dtype=np.uint32)
    intrinsic_rows: list[tuple[int, ...]] = []
    atom_rows: list[tuple[int, ...]] = [(_h("pad<"),) * N_ATOMS] * 2
    extra_rows: list[list[int]] = []
    hc = _hash_cached
    line_start = -1
    line_end = -1
    line: list[str] = []
    labels: list[tuple[int, str]] = []
    first_colon = 0
    first_tok = 0
    for i, tok in enumerate(tokens):
        feats, at = _word_features(tok.text)
        intrinsic_rows.append(feats)
        atom_rows.append(at)
        sp = _sep(text, tokens[i - 1].end, tok.start) if i else "BOS"
        sn = _sep(text, tok.end, tokens[i + 1].start) if i + 1 < n else "EOS"
        if tok.start > line_end or line_start < 0:
            line_start = text.rfind("\n", 0, tok.start) + 1
            line_end = text.find("\n", tok.start)
            if line_end == -1:
                line_end = len(text)
            line = _line_features(text, line_start, line_end)
            line_text = text[line_start:line_end]
            labels = [
                (line_start + m.end(), m.group(1).lower().split()[-1][-12:])
                for m in _LABEL_RE.finditer(line_text)
            ]
            colon = line_text.find(":")
            first_colon = line_start + colon if colon != -1 else len(text) + 1
            first_tok = i
        pos = i - first_tok
        label = "-"
        if first_colon < tok.start:
            for end, lab in labels:
                if end > tok.start:
                    break
                label = lab
        cap = "1" if tok.text[:1].isupper() else "0"
        row = (
            "sp=" + sp,
            "sn=" + sn,
            "spn=" + sp + "|" + sn,
            *line,
            f"pos={min(pos, 6)}",
            "lab=" + label,
            "labc=" + label + "|" + cap,
            f"pc={min(pos, 3)}|{cap}|{line[0]}",
        )
        extra_rows.append([hc(f) for f in row])
    atom_rows += [(_h("pad>"),) * N_ATOMS] * 2
    intrinsic = np.array(intrinsic_rows, dtype=np.uint64)
    atoms = np.array(atom_rows, dtype=np.uint64)
    extra_ids = np.array(extra_rows, dtype=np.uint64)
    # context atoms at fixed offsets, mixed with their slot
    ctx_cols = []
    for o in _OFFSETS:
        block = atoms[2 + o : 2 + o + n]
        for a in range(N_ATOMS):
            salt = np.uint64((_h(f"ctx{o}:{a}") | 1) & _MASK)
            ctx_cols.append(((block[:, a] ^ salt) * np.uint64(0x9E3779B1)) & np.uint64(_MASK))
    # pairs: previous word + this word, this shape + next shape
    pair_cols = [
        ((atoms[1 : 1 + n, 0] * np.uint64(31) + atoms[2 : 2 + n, 1]) * np.uint64(0x85EBCA6B))
        & np.uint64(_MASK),
        ((atoms[2 : 2 + n, 2] * np.uint64(37) + atoms[3 : 3 + n, 2]) * np.uint64(0xC2B2AE35))
        & np.uint64(_MASK),
        ((atoms[1 : 1 + n, 2] * np.uint64(41) + atoms[2 : 2 + n, 3]) * np.uint64(0x27D4EB2F))
        & np.uint64(_MASK),
    ]
    full = np.concatenate(
        [intrinsic, np.stack(ctx_cols, axis=1), np.stack(pair_cols, axis=1), extra_ids], axis=1
    )
    assert full.shape[1] == N_FEATURES, full.shape
    # final mix so that the bucket depends on every bit
    full = (full * np.uint64(0x2545F491)) & np.uint64(_MASK)
    full ^= full >> np.uint64(15)
    return (full % np.uint64(N_BUCKETS)).astype(np.uint32)


def _line_features(text: str, ls: int, le: int) -> list[str]:
    line = text[ls:le]
    stripped = line.strip(" \t>")
    words = _TOKEN_RE.findall(stripped)
    first = words[0].lower()[:12] if words else "-"
    if _HEADER_LINE_RE.match(line):
        kind = "hdr"
    elif "|" in line or "\t" in line or line.count(";") >= 2 or line.count(",") >= 3:
        kind = "tab"
    elif len(words) <= 4:
        kind = "short"
    elif stripped.endswith((".", "?", "!")):
        kind = "sent"
    else:
        kind = "long"
    prev_blank = ls == 0 or text[max(0, ls - 2) : ls] == "\n\n"
    greet = first in {
        "hi",
        "hello",
        "dear",
        "hey",
        "hallo",
        "bonjour",
        "hola",
        "beste",
        "liebe",
        "lieber",
        "ciao",
        "cher",
        "chère",
        "estimado",
        "estimada",
        "geachte",
        "guten",
    }
    return [
        "lk=" + kind,
        "lf=" + first,
        "lfk=" + first + "|" + kind,
        f"pb={prev_blank:d}|{kind}",
        f"gr={greet:d}",
    ]


def label_tokens(
    tokens: Sequence[Token], spans: Iterable[dict[str, Any]]
) -> tuple[list[int], list[bool]]:
    """Gold BIO label index per token from labelled spans, and whether the token is
    learnt from (tokens inside spans of kinds the tagger does not learn are not)."""
    group_at: list[str] = [""] * len(tokens)
    span_of: list[int] = [-1] * len(tokens)
    skip = [False] * len(tokens)
    starts = [t.start for t in tokens]
    import bisect

    for n, sp in enumerate(spans):
        s, e, kind = int(sp["start"]), int(sp["end"]), str(sp["kind"])
        i = max(0, bisect.bisect_right(starts, s) - 1)
        while i < len(tokens) and tokens[i].start < e:
            t = tokens[i]
            inside = min(t.end, e) - max(t.start, s)
            if inside > 0 and inside * 2 >= t.end - t.start:
                g = GROUP_OF_KIND.get(kind)
                if g is None:
                    skip[i] = True
                else:
                    group_at[i] = g
                    span_of[i] = n
            i += 1
    labels: list[int] = []
    for i, g in enumerate(group_at):
        if not g:
            labels.append(0)
            continue
        begin = i == 0 or span_of[i - 1] != span_of[i]
        labels.append(LABELS.index(("B-" if begin else "I-") + g))
    return labels, [not s for s in skip]


def _softmax(scores: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    import numpy as np

    z = scores - scores.max(axis=1, keepdims=True)
    ez = np.exp(z)
    out: npt.NDArray[np.float32] = ez / ez.sum(axis=1, keepdims=True)
    return out


class Tagger:
    """The trained model: ``weights[bucket, label]`` and ``bias[label]``."""

    def __init__(
        self, weights: npt.NDArray[Any], bias: npt.NDArray[Any], meta: dict[str, Any]
    ) -> None:
        import numpy as np

        self.weights = np.asarray(weights, dtype=np.float32)
        self.bias = np.asarray(bias, dtype=np.float32)
        self.meta = dict(meta)
        if self.weights.shape != (N_BUCKETS, len(LABELS)) or self.bias.shape != (len(LABELS),):
            raise TaggerError(
                f"tagger weights have shape {self.weights.shape}, expected "
                f"{(N_BUCKETS, len(LABELS))}"
            )

    # --- file format --------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        import numpy as np

        header = json.dumps(
            {"labels": list(LABELS), "buckets": N_BUCKETS, "features": N_FEATURES, **self.meta},
            sort_keys=True,
        ).encode()
        payload = self.weights.astype(np.float16).tobytes() + self.bias.astype(np.float32).tobytes()
        return _MAGIC + struct.pack("<I", len(header)) + header + zlib.compress(payload, 9)

    @classmethod
    def from_bytes(cls, data: bytes) -> Tagger:
        import numpy as np

        if not data.startswith(_MAGIC):
            raise TaggerError("not a redaction tagger weights file")
        off = len(_MAGIC)
        (hlen,) = struct.unpack_from("<I", data, off)
        off += 4
        try:
            meta = json.loads(data[off : off + hlen])
            payload = zlib.decompress(data[off + hlen :])
        except (ValueError, zlib.error) as exc:
            raise TaggerError(f"damaged tagger weights file: {exc}") from exc
        if (
            meta.get("labels") != list(LABELS)
            or meta.get("buckets") != N_BUCKETS
            or meta.get("features") != N_FEATURES
        ):
            raise TaggerError("tagger weights were made for another feature layout")
        nw = N_BUCKETS * len(LABELS)
        if len(payload) != nw * 2 + len(LABELS) * 4:
            raise TaggerError("tagger weights file has the wrong size")
        weights = np.frombuffer(payload[: nw * 2], dtype=np.float16).reshape(N_BUCKETS, len(LABELS))
        bias = np.frombuffer(payload[nw * 2 :], dtype=np.float32)
        for k in ("labels", "buckets", "features"):
            meta.pop(k, None)
        return cls(weights, bias, meta)

    @classmethod
    def load(cls, path: Path, sha256: str | None) -> Tagger:
        """Read ``path``; with ``sha256`` given, refuse a file whose digest differs."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise TaggerError(f"cannot read tagger weights {path}: {exc}") from exc
        if sha256 is not None:
            digest = hashlib.sha256(data).hexdigest()
            if digest != sha256:
                raise TaggerError(
                    f"tagger weights {path} have sha256 {digest}, expected {sha256}: refused"
                )
        return cls.from_bytes(data)

    def save(self, path: Path) -> str:
        """Write the weights; returns their sha256."""
        data = self.to_bytes()
        path.write_bytes(data)
        return hashlib.sha256(data).hexdigest()

    # --- inference ----------------------------------------------------------------------

    def probabilities(self, text: str) -> tuple[list[Token], npt.NDArray[np.float32]]:
        """The tokens of ``text`` and their label probabilities (rows sum to 1)."""
        import numpy as np

        tokens = tokenize(text)
        if not tokens:
            return tokens, np.zeros((0, len(LABELS)), dtype=np.float32)
        ids = featurize(text, tokens)
        scores = self.weights[ids].sum(axis=1) + self.bias
        return tokens, _softmax(scores)

    def spans(self, text: str, threshold: float = 0.5) -> list[TaggedSpan]:
        """Runs of tokens whose most likely group is not ``O`` (and whose probability of
        not being ``O`` is at least ``threshold``), joined across one space (in an
        address, also across wider gaps and commas). Sorted, non-overlapping, never
        inside a placeholder."""
        tokens, probs = self.probabilities(text)
        return decode(text, tokens, probs, threshold)


_AMOUNT_BEFORE = frozenset("$€£¥#")
_AMOUNT_AFTER_RE = re.compile(r"[ \u00a0]?(?:€|EUR|USD|zł|kr|mg|ml|mi|km|kg|%)")


def plausible(text: str, span: TaggedSpan) -> bool:
    """Could ``span`` be of its kind at all? An id has a digit and four or more letters
    and digits, and is no amount ("$84,210", "312,40 €"); a name starts with a letter and
    is not a two- or three-letter code in capitals ("MA", "FL")."""
    value = text[span.start : span.end]
    alnum = sum(ch.isalnum() for ch in value)
    if span.kind == "ID":
        if alnum < 4 or not any(ch.isdigit() for ch in value):
            return False
        if span.start and text[span.start - 1] in _AMOUNT_BEFORE:
            return False
        return _AMOUNT_AFTER_RE.match(text, span.end) is None
    if span.kind == "PERSON":
        if not value[:1].isalpha() or any(ch.isdigit() for ch in value):
            return False
        return not (value.isupper() and alnum <= 3)
    return alnum >= 2


def decode(
    text: str, tokens: Sequence[Token], probs: npt.NDArray[np.float32], threshold: float = 0.5
) -> list[TaggedSpan]:
    """Spans from token probabilities (see :meth:`Tagger.spans`); implausible ones
    (:func:`plausible`) are dropped."""
    return [s for s in _decode(text, tokens, probs, threshold) if plausible(text, s)]


def _decode(
    text: str, tokens: Sequence[Token], probs: npt.NDArray[np.float32], threshold: float
) -> list[TaggedSpan]:
    out: list[TaggedSpan] = []
    cur: list[Any] | None = None  # [start, end, group, min score]
    if not len(tokens):
        return out
    group_p = probs[:, 1::2] + probs[:, 2::2]
    best_all = group_p.argmax(axis=1)
    p_all = group_p.max(axis=1)
    active = ((p_all >= threshold) & (p_all >= probs[:, 0])).tolist()
    bests = best_all.tolist()
    ps = p_all.tolist()
    for i, tok in enumerate(tokens):
        if not active[i]:
            if cur is not None:
                out.append(TaggedSpan(cur[0], cur[1], cur[2], cur[3]))
                cur = None
            continue
        group = GROUPS[bests[i]]
        p = ps[i]
        if cur is not None and cur[2] == group:
            gap = text[cur[1] : tok.start]
            if gap == " " or (group == "ADDRESS" and gap.strip(" \t") in ("", ",")):
                cur[1] = tok.end
                cur[3] = min(cur[3], p)
                continue
        if cur is not None:
            out.append(TaggedSpan(cur[0], cur[1], cur[2], cur[3]))
        cur = [tok.start, tok.end, group, p]
    if cur is not None:
        out.append(TaggedSpan(cur[0], cur[1], cur[2], cur[3]))
    return out


_DEFAULT_LOCK = threading.Lock()
_DEFAULT: list[Tagger | None] = []


def default_tagger() -> Tagger | None:
    """The shipped tagger, loaded once and verified against :data:`WEIGHTS_SHA256`;
    ``None`` (with one logged error) when the file is missing or not the pinned one."""
    if _DEFAULT:
        return _DEFAULT[0]
    with _DEFAULT_LOCK:
        if not _DEFAULT:
            tagger: Tagger | None
            try:
                tagger = Tagger.load(WEIGHTS_PATH, WEIGHTS_SHA256)
            except TaggerError as exc:
                _log.error("redaction tagger disabled, using the rules only: %s", exc)
                tagger = None
            _DEFAULT.append(tagger)
    return _DEFAULT[0]
