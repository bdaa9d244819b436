"""Mask personal data with stable placeholders before text leaves the machine.

Pure code, stdlib only. One :class:`Redactor` is used for a whole request (every
message in the list), so the same value always gets the same placeholder, and the
model's answer can be turned back into what the user expects with :meth:`Redactor.restore`
(or, for a stream, :class:`StreamRestorer`, which holds back a ``[...`` tail that
may be the first half of a placeholder split across two chunks).

Placeholders look like ``[EMAIL_1]``, ``[PHONE_1]``, ``[PERSON_2]``, ``[IBAN_1]``,
``[CARD_1]``, ``[SSN_1]``. Text that already looks like a placeholder is itself masked
(as ``[TOKEN_n]``), so ``restore(redact(x)) == x`` holds for every input.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "KINDS",
    "Redactor",
    "StreamRestorer",
    "iban_is_valid",
    "luhn_is_valid",
]

#: The kinds of personal data that are masked, in detection priority order.
KINDS: tuple[str, ...] = ("EMAIL", "IBAN", "CARD", "SSN", "PHONE", "PERSON")
_TOKEN_KIND = "TOKEN"
_ALL_KINDS = (*KINDS, _TOKEN_KIND)

_PLACEHOLDER_RE = re.compile(r"\[(" + "|".join(_ALL_KINDS) + r")_(\d{1,9})\]")
# A tail that might still grow into a placeholder: "[", "[EM", "[EMAIL_", "[EMAIL_1".
_PARTIAL_RE = re.compile(r"\[[A-Z]{0,6}(?:_\d{0,9})?\Z")
_MAX_PLACEHOLDER_LEN = 2 + 6 + 1 + 9

_EMAIL_RE = re.compile(
    r"(?<![\w.!#$%&'*+/=?^`{|}~-])"
    r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]",
)
_IBAN_RE = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}"
    r"(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?)(?![A-Za-z0-9])"
)
_CARD_RE = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])")
_SSN_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,5}(?!\w)"
)
_ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}[./-]\d{2}[./-]\d{4}")


def luhn_is_valid(digits: str) -> bool:
    """The Luhn checksum used by payment cards (``digits`` contains only 0-9)."""
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_is_valid(text: str) -> bool:
    """ISO 13616 mod-97 check (spaces ignored)."""
    compact = text.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not compact.isalnum():
        return False
    rearranged = compact[4:] + compact[:4]
    try:
        number = int("".join(str(int(ch, 36)) for ch in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


def _iban_len(match: str) -> int:
    """Length of the longest valid IBAN at the start of ``match`` (0 if none): a
    spaced IBAN may have swallowed a following four-letter word."""
    candidate = match
    while True:
        if iban_is_valid(candidate):
            return len(candidate)
        if " " not in candidate:
            return 0
        candidate = candidate.rsplit(" ", 1)[0]


def _card_len(match: str) -> int:
    digits = re.sub(r"[ -]", "", match)
    return len(match) if 13 <= len(digits) <= 19 and luhn_is_valid(digits) else 0


def _phone_len(match: str) -> int:
    digits = sum(ch.isdigit() for ch in match)
    # Written with a country code or an area code in brackets, 7 digits make a phone
    # number; otherwise ask for 9, so that invoice numbers like 2026-0007 stay.
    minimum = 7 if match.startswith(("+", "(")) else 9
    if not minimum <= digits <= 15 or _ISO_DATE_RE.fullmatch(match):
        return 0
    # A bare run of digits is more likely an id or an amount than a phone number,
    # unless it is written like one (leading + or 0, or grouped).
    if match.isdigit() and not match.startswith("0"):
        return 0
    return len(match)


@dataclass(frozen=True, slots=True)
class _Detector:
    kind: str
    pattern: re.Pattern[str]
    #: Length of the accepted prefix of a match (0 rejects it); ``None`` accepts all.
    accept: Callable[[str], int] | None = None


_DETECTORS: tuple[_Detector, ...] = (
    _Detector(_TOKEN_KIND, _PLACEHOLDER_RE),
    _Detector("EMAIL", _EMAIL_RE),
    _Detector("IBAN", _IBAN_RE, _iban_len),
    _Detector("CARD", _CARD_RE, _card_len),
    _Detector("SSN", _SSN_RE),
    _Detector("PHONE", _PHONE_RE, _phone_len),
)


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    variants: set[str] = set()
    for raw in names:
        name = " ".join(raw.split())
        if len(name) < 2:
            continue
        variants.add(name)
        for part in re.split(r"[\s,]+", name):
            part = part.strip(".'\"()")
            if len(part) >= 3 and not part.isdigit():
                variants.add(part)
    if not variants:
        return None
    alternation = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)", re.IGNORECASE)


class Redactor:
    """Masks e-mail addresses, phone numbers, IBANs, card and SSN-like numbers and the
    given contact names with stable placeholders, and restores them afterwards.

    ``names`` are the client's contact names; each full name and each part of three or
    more letters is masked (case-insensitively) as ``[PERSON_n]``.
    """

    def __init__(self, names: Iterable[str] = ()) -> None:
        self._names = _name_pattern(names)
        self._by_value: dict[tuple[str, str], str] = {}
        self._by_placeholder: dict[str, str] = {}
        self._counters: dict[str, int] = {}
        self.count = 0
        """How many occurrences of personal data were masked so far."""

    @property
    def mapping(self) -> dict[str, str]:
        """Placeholder → original text (a copy)."""
        return dict(self._by_placeholder)

    def placeholder_for(self, kind: str, value: str) -> str:
        key = (kind, value)
        existing = self._by_value.get(key)
        if existing is not None:
            return existing
        n = self._counters.get(kind, 0) + 1
        self._counters[kind] = n
        placeholder = f"[{kind}_{n}]"
        self._by_value[key] = placeholder
        self._by_placeholder[placeholder] = value
        return placeholder

    def _spans(self, text: str) -> list[tuple[int, int, str]]:
        taken: list[tuple[int, int, str]] = []

        def free(start: int, end: int) -> bool:
            return all(end <= s or start >= e for s, e, _ in taken)

        detectors: list[_Detector] = list(_DETECTORS)
        if self._names is not None:
            detectors.append(_Detector("PERSON", self._names))
        for detector in detectors:
            for m in detector.pattern.finditer(text):
                start, end = m.span()
                if detector.accept is not None:
                    end = start + detector.accept(m.group())
                if start == end or not free(start, end):
                    continue
                taken.append((start, end, detector.kind))
        taken.sort()
        return taken

    def redact(self, text: str) -> str:
        """``text`` with personal data replaced by placeholders."""
        spans = self._spans(text)
        if not spans:
            return text
        out: list[str] = []
        pos = 0
        for start, end, kind in spans:
            out.append(text[pos:start])
            out.append(self.placeholder_for(kind, text[start:end]))
            if kind != _TOKEN_KIND:
                self.count += 1
            pos = end
        out.append(text[pos:])
        return "".join(out)

    def redact_messages(self, messages: Sequence[dict[str, str]]) -> list[dict[str, str]]:
        """A copy of a chat message list with every ``content`` redacted."""
        result: list[dict[str, str]] = []
        for message in messages:
            copy = dict(message)
            content = copy.get("content")
            if isinstance(content, str):
                copy["content"] = self.redact(content)
            result.append(copy)
        return result

    def restore(self, text: str) -> str:
        """Put the original values back; unknown placeholders are left as they are."""
        if not self._by_placeholder or "[" not in text:
            return text
        return _PLACEHOLDER_RE.sub(lambda m: self._by_placeholder.get(m.group(), m.group()), text)


class StreamRestorer:
    """Restores placeholders in streamed text, chunk by chunk.

    A chunk that ends inside a possible placeholder (``"... [EMA"``) keeps that tail
    back until the next chunk shows whether it is one. Call :meth:`flush` at the end.
    """

    def __init__(self, redactor: Redactor) -> None:
        self._redactor = redactor
        self._pending = ""

    def feed(self, chunk: str) -> str:
        text = self._pending + chunk
        self._pending = ""
        cut = text.rfind("[")
        if cut != -1 and len(text) - cut <= _MAX_PLACEHOLDER_LEN:
            tail = text[cut:]
            if _PARTIAL_RE.match(tail):
                self._pending = tail
                text = text[:cut]
        return self._redactor.restore(text)

    def flush(self) -> str:
        text, self._pending = self._pending, ""
        return self._redactor.restore(text)
