"""Mask personal data with stable placeholders before text leaves the machine.

Used for clients with the privacy policy ``redact`` (DESIGN.md §3): HIPAA Safe Harbor's
identifiers plus IBAN and card numbers are replaced by placeholders such as
``[PERSON_1]``, ``[ADDRESS_2]``, ``[DATE_1]``, ``[MRN_1]``, and the model's answer is turned
back with :meth:`Redactor.restore` (or, for a stream, :class:`StreamRestorer`, which holds
back a ``[...`` tail that may be the first half of a placeholder split across chunks).

One :class:`Redactor` serves one request, so the same value always gets the same
placeholder, and :meth:`Redactor.redact_all` masks a name found in any piece of the request
(a ``From:`` header, a signature) in every piece. Text that already looks like a
placeholder is itself masked (as ``[TOKEN_n]``), so ``restore(redact(x)) == x`` holds for
every input.

Detection is layered and offline:

* structured detectors with validation (:mod:`consultant.core.redaction_ids`): e-mail,
  URL with a path, public IP (not addresses given for a firewall/VPN rule), IBAN (mod 97),
  card (Luhn; public test cards stay), SSN, keyword-introduced ids (MRN, member, account,
  licence/DEA, plate, serial/IMEI, national ids, Medicare MBI), HL7 and X12 fields, dates
  with a day, phone and fax numbers, street addresses, postcodes;
* table columns: a cell under a heading that names an identifier ("Tablet S/N", "acct_no")
  takes that kind, a cell under a people heading ("Name", "owner_first", "Guest") is a
  name, a cell under a vendor heading ("Receipt #", "Res #", "Order") stays;
* identifier-shaped tokens (>= 5 digits, letters with >= 4 digits, digit groups with >= 6
  digits) are masked only with a personal context: an id keyword before them ("claim",
  "employee", "member", "number is"), a sentence that speaks of a person ("her", "patient"),
  or a line that holds a name or other personal data (a table row). Their shape (amount,
  version, time, subnet, model number after a brand), a vendor-side word ("ticket",
  "order", "lockbox"), a technical one ("build", "port", "commit", "org ID", "failed
  with", a path) or an owner ("is ours", "lab property", "company-owned") keeps them;
* dates: the date a message was sent (``Date:``/``Sent:`` headers, "On ... wrote:"), log
  timestamps and dates in file names stay; a date without a year is masked only when tied
  to a person;
* person names (:mod:`consultant.core.redaction_names`): cues, first-name and surname
  lists, neighbours of names, and propagation across the request; towns (GeoNames),
  products and organisations ("the Milan warehouse", "uses Brightree", "Parker Medical
  Supply") and pets are unmarked again. The lists are generated
  from PyPI packages and a Debian word list by ``tools/make_redaction_lists.py`` into
  ``consultant/resources/redaction/`` and loaded on first use
  (:mod:`consultant.core.redaction_lexicon`);
* a learned token tagger (:mod:`consultant.core.redaction_tagger`, issue #11): a logistic
  regression over hashed token features trained on the labelled development sets. Its
  spans only add to the rules' (a union, for recall), where they touch no detection, no
  never-mask term and no public number; a tagged name is dropped where the name rules
  explain it as a product, place, organisation or sentence-opening word, a tagged id where
  a vendor-side, technical or organisation's word introduces it. Which of its kinds are
  used is :class:`TaggerPolicy` (measured: names only); it runs when
  :data:`TAGGER_ENABLED` is true or a :class:`Redactor` is given ``tagger=``. Weights whose
  sha256 is not the pinned one are refused and the rules work alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from consultant.core.redaction_names import Contacts, NameFinder
    from consultant.core.redaction_tagger import Tagger

__all__ = [
    "KINDS",
    "TAGGER_ENABLED",
    "TAGGER_POLICY",
    "Detection",
    "Redactor",
    "StreamRestorer",
    "TaggerPolicy",
    "iban_is_valid",
    "luhn_is_valid",
]

#: Every kind of placeholder that :class:`Redactor` emits (besides ``TOKEN``).
KINDS: tuple[str, ...] = (
    "EMAIL",
    "URL",
    "IBAN",
    "CARD",
    "SSN",
    "NATIONAL_ID",
    "MRN",
    "MEMBER",
    "ACCOUNT",
    "LICENSE",
    "PLATE",
    "DEVICE",
    "ID",
    "IP",
    "DATE",
    "PHONE",
    "ADDRESS",
    "POSTCODE",
    "PERSON",
    "TERM",
)
_TOKEN_KIND = "TOKEN"

#: Whether a :class:`Redactor` adds the learned tagger's names by default (issue #11).
#: On. Leave-one-set-out on the development sets (``tests/bench/bench_redaction_cv.py``)
#: was a near tie (mean recall +0.0012; over-masking +0.0008 to +0.0027 by training
#: seed); on the two held-out sets, measured once each, recall rose 0.936 -> 0.939 and
#: 0.920 -> 0.927 with over-masking 7.3 % -> 7.3 % and 9.9 % -> 10.1 %. A name that
#: goes out is worse than a product name masked, so the gain is taken.
#: ``Redactor(tagger=False)`` is the rules alone.
TAGGER_ENABLED = True


@dataclass(frozen=True, slots=True)
class TaggerPolicy:
    """How the learned tagger's output is combined with the rules' (each threshold is a
    token probability; ``None`` turns that use off). The defaults are the best measured
    combination: names only; the id and address uses and the veto added more
    over-masking than recall in cross-validation."""

    #: a tagged name the rules did not find, kept if the name rules do not explain it
    #: as a product, place, organisation, field label or sentence-opening word
    person: float | None = 0.6
    #: an identifier-shaped token (>= 5 digits, ...) for which the rules found no
    #: personal context: masked when the tagger says it is an id
    id_candidate: float | None = None
    #: any other tagged id (plates, licences: free-form), unless a vendor-side,
    #: technical or organisation's word introduces it
    id_free: float | None = None
    #: tagged street addresses and postcodes
    address: float | None = None
    #: an identifier-shaped token masked only for its context is left readable when the
    #: tagger is at least this sure it is not personal data (the "keep" veto)
    veto: float | None = None


#: The policy used when a :class:`Redactor` is given none.
TAGGER_POLICY = TaggerPolicy()
_ALL_KINDS = (*KINDS, _TOKEN_KIND)
_REPEATED = frozenset(
    {
        "POSTCODE",
        "MRN",
        "MEMBER",
        "ACCOUNT",
        "PLATE",
        "DEVICE",
        "NATIONAL_ID",
        "LICENSE",
        "ID",
        "PHONE",
        "ADDRESS",
        "SSN",
        "DATE",
    }
)
#: Kinds that a user's never-mask list cannot unmask.
# Kinds whose presence on a line makes a keyword-less identifier there personal too.
_PERSONAL_KINDS = frozenset(
    "SSN NATIONAL_ID MRN MEMBER ACCOUNT LICENSE PLATE DEVICE PHONE CARD IBAN ADDRESS".split()
)
_UNCONDITIONAL = frozenset({"EMAIL", "IBAN", "CARD", "SSN", _TOKEN_KIND})
# Kinds that a public number's label (an organisation's registry, a code system, an
# HL7 message header) never un-masks: a card number under "UDI-DI" is a product code,
# an e-mail address or an IBAN is always personal data.
_NEVER_PUBLIC = frozenset({"EMAIL", "IBAN", "SSN", _TOKEN_KIND})

_PLACEHOLDER_RE = re.compile(
    r"\[(" + "|".join(sorted(_ALL_KINDS, key=len, reverse=True)) + r")_(\d{1,9})\]"
)
# A tail that might still grow into a placeholder: "[", "[NATIONAL_I", "[ADDRESS_12".
_MAX_KIND_LEN = max(len(k) for k in _ALL_KINDS)
_PARTIAL_RE = re.compile(r"\[[A-Z_]{0," + str(_MAX_KIND_LEN + 1) + r"}\d{0,9}\Z")
_MAX_PLACEHOLDER_LEN = 2 + _MAX_KIND_LEN + 1 + 9

_EMAIL_RE = re.compile(
    r"(?<![\w.!#$%&'*+/=?^`{|}~-])"
    r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]",
)
_IBAN_RE = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}"
    r"(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?)(?![A-Za-z0-9])"
)
_CARD_RE = re.compile(r"(?<![\d+-])\d(?:[ -]?\d){12,18}(?![\d])")
_IMEI_BEFORE_RE = re.compile(r"(?:IMEI|MEID|ICCID|serial|S/N)\W{0,12}$", re.IGNORECASE)
_SSN_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
# Published test numbers of the card networks: not anyone's card.
_TEST_CARDS = frozenset(
    """
    4111111111111111 4242424242424242 4012888888881881 4222222222222 4000056655665556
    5555555555554444 5105105105105100 5200828282828210 2223003122003222 378282246310005
    371449635398431 378734493671000 6011111111111117 6011000990139424 3056930009020004
    30569309025904 38520000023237 3566002020360505 3530111333300000 6200000000000005
    4000000000000002 4000000000009995 4000000000000077 5454545454545454 4444333322221111
    """.split()
)


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


@dataclass(frozen=True, slots=True)
class Detection:
    """One piece of personal data: ``text[start:end]`` is of ``kind``."""

    start: int
    end: int
    kind: str


Span = tuple[int, int, str]


_TEST_CONTEXT_RE = re.compile(
    r"test|sandbox|staging|demo|dummy|sample|stripe|fake|example|dev\b|QA\b", re.IGNORECASE
)


def _test_context(text: str, start: int) -> bool:
    """Is a public test card number given as one (\"our Stripe sandbox uses 4242…\")?"""
    ls = text.rfind("\n", 0, start) + 1
    return bool(_TEST_CONTEXT_RE.search(text, max(ls, start - 80), start))


def _basic(text: str) -> Iterator[Span]:
    """Placeholders already in the text, e-mails, IBANs, cards, SSNs (highest priority)."""
    for m in _PLACEHOLDER_RE.finditer(text):
        yield m.start(), m.end(), _TOKEN_KIND
    for m in _EMAIL_RE.finditer(text):
        yield m.start(), m.end(), "EMAIL"
    for m in _IBAN_RE.finditer(text):
        n = _iban_len(m.group())
        if n:
            yield m.start(), m.start() + n, "IBAN"
    for m in _CARD_RE.finditer(text):
        digits = re.sub(r"[ -]", "", m.group())
        if (
            13 <= len(digits) <= 19
            and luhn_is_valid(digits)
            and not (digits in _TEST_CARDS and _test_context(text, m.start()))
            and len(set(digits)) > 2
            and not _IMEI_BEFORE_RE.search(text, max(0, m.start() - 24), m.start())
        ):
            yield m.start(), m.end(), "CARD"
    for m in _SSN_RE.finditer(text):
        area = m.group()[:3]
        if area not in ("000", "666") and m.group()[4:6] != "00":
            yield m.start(), m.end(), "SSN"


def _words_pattern(terms: Iterable[str], parts: bool) -> re.Pattern[str] | None:
    variants: set[str] = set()
    for raw in terms:
        term = " ".join(raw.split())
        if len(term) < 2:
            continue
        variants.add(term)
        if parts:
            for part in re.split(r"[\s,]+", term):
                part = part.strip(".'\"()")
                if len(part) >= 3 and not part.isdigit():
                    variants.add(part)
    if not variants:
        return None
    alternation = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)", re.IGNORECASE)


def _union(spans: list[tuple[int, int]]) -> Iterator[Span]:
    """Overlapping spans joined (a contact name and a longer detected name)."""
    spans.sort()
    cur: tuple[int, int] | None = None
    for s, e in spans:
        if cur is not None and s < cur[1]:
            cur = (cur[0], max(cur[1], e))
            continue
        if cur is not None:
            yield cur[0], cur[1], "PERSON"
        cur = (s, e)
    if cur is not None:
        yield cur[0], cur[1], "PERSON"


_ADDRESS_GAP_RE = re.compile(r"[ \t]*,?[ \t]*")
_ADDRESS_TRAIL_RE = re.compile(r"[ \t]+(?:Rear|Front|Upper|Lower|Bsmt|Basement)(?![\w])")


def _merge_addresses(text: str, taken: list[Span]) -> list[Span]:
    """One placeholder for one address: parts found by different rules ("Via dei Mille
    117" + "int. 7") join across the comma between them, and a trailing "Rear" joins
    its street."""
    out: list[Span] = []
    for n, (start, end, kind) in enumerate(taken):
        if kind == "ADDRESS":
            trail = _ADDRESS_TRAIL_RE.match(text, end)
            if trail is not None and (n + 1 == len(taken) or taken[n + 1][0] >= trail.end()):
                end = trail.end()
            if (
                out
                and out[-1][2] == "ADDRESS"
                and _ADDRESS_GAP_RE.fullmatch(text, out[-1][1], start)
            ):
                out[-1] = (out[-1][0], end, kind)
                continue
        out.append((start, end, kind))
    return out


_SEGMENT_LINE_RE = re.compile(r"[A-Z][A-Z0-9]{2}[|*^]")


def _tagged_id_ok(text: str, start: int, end: int, vendor_cells: set[int]) -> bool:
    """May the tagger's id at ``text[start:end]`` be masked? Not under a vendor column,
    after a vendor-side, technical or organisation's word ("EFT trace", "build", "our
    NPI"), nor in an HL7 or X12 segment, which the rules read field by field."""
    from consultant.core import redaction_ids as ids

    ls = text.rfind("\n", 0, start) + 1
    return not (
        _SEGMENT_LINE_RE.match(text, ls)
        or any(p in vendor_cells for p in range(start, end))
        or ids.vendor_before(text, start)
        or ids.technical_before(text, start)
        or ids.org_owned(text, start, end)
    )


class _TaggerView:
    """The tagger's token probabilities for one text, queried by span."""

    def __init__(self, text: str, tagger: Tagger) -> None:
        self.text = text
        self.tokens, self.probs = tagger.probabilities(text)
        self.starts = [t.start for t in self.tokens]

    def spans(self, threshold: float) -> list[Any]:
        from consultant.core.redaction_tagger import decode

        return decode(self.text, self.tokens, self.probs, threshold)

    def _rows(self, start: int, end: int) -> list[int]:
        import bisect

        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        rows = []
        while i < len(self.tokens) and self.tokens[i].start < end:
            if self.tokens[i].end > start:
                rows.append(i)
            i += 1
        return rows

    def p_id(self, start: int, end: int) -> float:
        """The highest probability of a token overlapping ``[start, end)`` being an id."""
        from consultant.core.redaction_tagger import LABELS

        b, i = LABELS.index("B-ID"), LABELS.index("I-ID")
        rows = self._rows(start, end)
        return max((float(self.probs[r, b] + self.probs[r, i]) for r in rows), default=0.0)

    def p_outside(self, start: int, end: int) -> float:
        """The lowest probability of a token overlapping ``[start, end)`` being no
        personal data at all."""
        return min((float(self.probs[r, 0]) for r in self._rows(start, end)), default=0.0)


def _free_parts(text: str, spans: Iterable[Span], occupied: bytearray) -> Iterator[Span]:
    """The pieces of ``spans`` outside ``occupied``, trimmed of spaces and punctuation
    (a tagged "Whitlock, 1746 Willow Bend Ct" beside a detected name keeps its rest)."""
    for start, end, kind in spans:
        pos = start
        while pos < end:
            while pos < end and (occupied[pos] or not text[pos].isalnum()):
                pos += 1
            stop = pos
            while stop < end and not occupied[stop]:
                stop += 1
            piece_end = stop
            while piece_end > pos and not text[piece_end - 1].isalnum():
                piece_end -= 1
            piece = text[pos:piece_end]
            alnum = sum(ch.isalnum() for ch in piece)
            ok = alnum >= 4 and any(ch.isdigit() for ch in piece) if kind == "ID" else alnum >= 2
            if ok:
                yield pos, piece_end, kind
            pos = stop


class Redactor:
    """Masks personal data with stable placeholders and restores it afterwards.

    ``names`` are the client's contact names: each full name and each part of three or
    more letters is masked (case-insensitively) as ``[PERSON_n]``. ``always_mask`` terms
    are masked as ``[TERM_n]`` wherever they appear; ``never_mask`` terms stay readable
    (over every detector except e-mail, IBAN, card and SSN).
    """

    def __init__(
        self,
        names: Iterable[str] = (),
        *,
        always_mask: Iterable[str] = (),
        never_mask: Iterable[str] = (),
        tagger: Tagger | bool | None = None,
        tagger_policy: TaggerPolicy | None = None,
    ) -> None:
        # ``tagger``: None follows TAGGER_ENABLED, True/False forces the shipped tagger
        # on/off, a Tagger instance is used as given (cross-validation, tests).
        self._tagger_choice = tagger
        self._policy = TAGGER_POLICY if tagger_policy is None else tagger_policy
        self._contact_names = [n for n in names if n and n.strip()]
        self._contacts: Contacts | None = None
        self._always = _words_pattern(always_mask, parts=False)
        self._never = _words_pattern(never_mask, parts=False)
        self._never_words = {
            w.lower() for term in never_mask for w in re.findall(r"[^\W\d_]+", term)
        }
        self._finder: NameFinder | None = None
        #: Name tokens found in the pieces of this request (masked in every piece).
        self._known: set[str] = set()
        self._by_value: dict[tuple[str, str], str] = {}
        self._by_placeholder: dict[str, str] = {}
        self._counters: dict[str, int] = {}
        self.count = 0
        """How many occurrences of personal data were masked so far."""
        self.counts: dict[str, int] = {}
        """Kind -> occurrences masked so far."""

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

    # --- detection ----------------------------------------------------------------------

    def _name_finder(self) -> NameFinder:
        if self._finder is None:
            from consultant.core.redaction_names import NameFinder

            self._finder = NameFinder()
        return self._finder

    def _tagger(self) -> Tagger | None:
        choice = self._tagger_choice
        if choice is None:
            choice = TAGGER_ENABLED
        if choice is False:
            return None
        if choice is True:
            from consultant.core.redaction_tagger import default_tagger

            return default_tagger()
        return choice

    def _detect(self, text: str, known: set[str]) -> tuple[list[Detection], set[str]]:
        from consultant.core import redaction_ids as ids

        taken: list[Span] = []
        occupied = bytearray(len(text) + 1)

        def add(start: int, end: int, kind: str) -> None:
            if start >= end or any(occupied[start:end]):
                return
            occupied[start:end] = b"\x01" * (end - start)
            taken.append((start, end, kind))

        never: list[tuple[int, int]] = []
        if self._never is not None:
            never = [m.span() for m in self._never.finditer(text)]
        # Organisations' public numbers, their own phone lines, product dates.
        public = ids.public_spans(text)
        public_mask = bytearray(len(text) + 1)
        for s, e in public:
            public_mask[s:e] = b"\x01" * (e - s)

        def allowed(start: int, end: int, kind: str) -> bool:
            if kind != "TERM" and kind not in _NEVER_PUBLIC and any(public_mask[start:end]):
                return False
            if kind in _UNCONDITIONAL:
                return True
            return not any(start < e and s < end for s, e in never)

        def offer(spans: Iterable[Span]) -> None:
            for start, end, kind in spans:
                if allowed(start, end, kind):
                    add(start, end, kind)

        offer(_basic(text))
        offer(ids.hl7(text))
        offer(ids.x12(text))
        offer(ids.urls(text))
        offer(ids.keyword_ids(text))
        offer(ids.ips(text))
        offer(ids.dates(text))
        # A cell under an identifier's column heading ("DL", "Member ID") is that
        # identifier whole, even where part of it looks like a phone number.
        cells = list(ids.table_cells(text)) if "\n" in text else []
        offer(ids.column_ids(text, cells))
        offer(ids.phones(text))
        offer(ids.spoken_numbers(text))
        offer(ids.addresses(text))
        vendor_cells = {
            p for title, s, e in cells if ids.vendor_heading(title) for p in range(s, e)
        }
        # A keyword-less identifier-shaped token waits for the names: it is masked only
        # where its line or sentence speaks of a person (a name found there, "her",
        # "patient", "employee"); alone among technical text it is a reference.
        bare: list[Span] = []
        for span in ids.generic_ids(text, vendor_cells, occupied):
            if span[2] == "ID":
                bare.append(span)
            else:
                offer([span])
        if self._always is not None:
            offer((m.start(), m.end(), "TERM") for m in self._always.finditer(text))
        persons: list[tuple[int, int]] = []
        found: set[str] = set()
        if any(ch.isalpha() for ch in text):
            finder = self._name_finder()
            if self._contacts is None and self._contact_names:
                self._contacts = finder.contacts(self._contact_names)
            person_spans, found = finder.spans(
                text, known - self._never_words, self._contacts, ids.name_cells(text, cells)
            )
            found = {w for w in found if w.lower() not in self._never_words}
            persons.extend(person_spans)
        tagged: list[Span] = []
        tagged_persons: list[Span] = []
        view = None
        tagger = self._tagger() if any(ch.isalnum() for ch in text) else None
        if tagger is not None:
            view = _TaggerView(text, tagger)
            policy = self._policy
            if policy.person is not None and any(ch.isalpha() for ch in text):
                spans = [(t.start, t.end) for t in view.spans(policy.person) if t.kind == "PERSON"]
                if spans:
                    spans = self._name_finder().vet(text, spans)
                tagged_persons = [(s, e, "PERSON") for s, e in spans]
            if policy.id_free is not None:
                tagged += [
                    (t.start, t.end, "ID")
                    for t in view.spans(policy.id_free)
                    if t.kind == "ID" and _tagged_id_ok(text, t.start, t.end, vendor_cells)
                ]
            if policy.address is not None:
                tagged += [
                    (t.start, t.end, "ADDRESS")
                    for t in view.spans(policy.address)
                    if t.kind == "ADDRESS"
                ]
        headings = ids.heading_lines(text) if "\n" in text else []
        if headings:
            persons = [
                p for p in persons if not any(s <= p[0] and p[1] <= e for s, e in headings)
            ]
            tagged_persons = [
                p for p in tagged_persons if not any(s <= p[0] and p[1] <= e for s, e in headings)
            ]
        person_union = list(_union(persons))
        offer(person_union)
        # a name span refused over a street taken first keeps its parts outside it
        offer(_free_parts(text, person_union, occupied))
        person_lines = {text.rfind("\n", 0, s) + 1 for s, _, _ in person_union}
        if tagged_persons:
            # The tagger's names where the rules found none (after the rules' names,
            # so a tagged run never keeps a rule's name from being masked). They do not
            # make their line personal for the keyword-less ids below: measured, that
            # only masked more must-stay numbers.
            offer(_free_parts(text, tagged_persons, occupied))
        personal_lines = person_lines | {
            text.rfind("\n", 0, s) + 1 for s, _, k in taken if k in _PERSONAL_KINDS
        }
        for span in bare:
            context = ids.personal_context(
                text, span[0], span[1], text.rfind("\n", 0, span[0]) + 1 in personal_lines
            )
            if view is not None:
                if context and self._policy.veto is not None:
                    # the rules' evidence is only the context: a sure tagger vetoes it
                    context = view.p_outside(span[0], span[1]) < self._policy.veto
                elif not context and self._policy.id_candidate is not None:
                    context = view.p_id(
                        span[0], span[1]
                    ) >= self._policy.id_candidate and _tagged_id_ok(
                        text, span[0], span[1], vendor_cells
                    )
            if context:
                offer([span])
        offer(
            span
            for span in ids.private_ips(text)
            if text.rfind("\n", 0, span[0]) + 1 in personal_lines
        )
        offer(
            r
            for r in ids.row_ids(text, person_lines)
            if r[0] not in vendor_cells and not ids.vendor_before(text, r[0])
        )
        # The tagger's identifiers and addresses, where nothing else was found.
        offer(_free_parts(text, tagged, occupied))
        # A value found once is masked wherever else it appears in the text.
        for value, kind in {(text[s:e], k) for s, e, k in taken if k in _REPEATED}:
            if len(value) < 4:
                continue
            pos = text.find(value)
            while pos != -1:
                end = pos + len(value)
                if (
                    not occupied[pos]
                    and not (pos and text[pos - 1].isalnum())
                    and not (pos > 1 and text[pos - 1] in "-/_" and text[pos - 2].isalnum())
                    and not (end < len(text) and text[end].isalnum())
                    and not (end + 1 < len(text) and text[end] in "-/_" and text[end + 1].isalnum())
                ):
                    offer([(pos, end, kind)])
                pos = text.find(value, end)
        taken.sort()
        return [Detection(s, e, k) for s, e, k in _merge_addresses(text, taken)], found

    def detect(self, text: str) -> list[Detection]:
        """The personal data in ``text``: sorted, non-overlapping; assigns nothing."""
        return self._detect(text, self._known)[0]

    def learn(self, texts: Iterable[str]) -> None:
        """Remember the names found in ``texts``, so they are masked in every piece."""
        self._learn(list(texts))

    def _learn(self, texts: list[str]) -> list[list[Detection] | None]:
        """Learn the names in ``texts``; return each text's detections where they are
        final (no name learnt from a later piece occurs in it), else ``None``."""
        results: list[tuple[list[Detection], frozenset[str]]] = []
        for text in texts:
            detections, found = self._detect(text, self._known)
            # What this piece already knew: the names learnt before it and its own.
            seen = frozenset(self._known | {w.lower() for w in found})
            self._known |= seen
            results.append((detections, seen))
        final: list[list[Detection] | None] = []
        for text, (detections, seen) in zip(texts, results, strict=True):
            low = text.lower()
            final.append(None if any(n in low for n in self._known - seen) else detections)
        return final

    def _apply(self, text: str, detections: list[Detection]) -> str:
        if not detections:
            return text
        out: list[str] = []
        pos = 0
        for d in detections:
            out.append(text[pos : d.start])
            out.append(self.placeholder_for(d.kind, text[d.start : d.end]))
            if d.kind != _TOKEN_KIND:
                self.count += 1
                self.counts[d.kind] = self.counts.get(d.kind, 0) + 1
            pos = d.end
        out.append(text[pos:])
        return "".join(out)

    def redact(self, text: str) -> str:
        """``text`` with personal data replaced by placeholders."""
        detections, found = self._detect(text, self._known)
        self._known |= {w.lower() for w in found}
        return self._apply(text, detections)

    def redact_all(self, texts: Sequence[str]) -> list[str]:
        """Redact the data pieces of one request; a name found in any piece is masked in
        every piece."""
        pieces = list(texts)
        done = self._learn(pieces)
        return [
            self.redact(t) if d is None else self._apply(t, d)
            for t, d in zip(pieces, done, strict=True)
        ]

    def redact_messages(self, messages: Sequence[dict[str, str]]) -> list[dict[str, str]]:
        """A copy of a chat message list with every ``content`` redacted."""
        index = [i for i, m in enumerate(messages) if isinstance(m.get("content"), str)]
        redacted = self.redact_all([messages[i]["content"] for i in index])
        result = [dict(m) for m in messages]
        for i, text in zip(index, redacted, strict=True):
            result[i]["content"] = text
        return result

    def restore(self, text: str) -> str:
        """Put the original values back; unknown placeholders are left as they are."""
        if not self._by_placeholder or "[" not in text:
            return text
        return _PLACEHOLDER_RE.sub(lambda m: self._by_placeholder.get(m.group(), m.group()), text)


class StreamRestorer:
    """Restores placeholders in streamed text, chunk by chunk.

    A chunk that ends inside a possible placeholder (``"... [NATIONAL_"``) keeps that tail
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
