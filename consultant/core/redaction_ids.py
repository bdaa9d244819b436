"""Structured identifiers for :mod:`consultant.core.redaction`: dates, phone numbers,
addresses, postcodes, URLs, IPs, the numbers that follow a keyword (MRN, member id,
account, licence, plate, serial, national ids), HL7 and X12 fields, table columns named by
a header row (:func:`table_cells`), and identifier-shaped tokens that nothing marks as a
vendor's or the business's own reference (:func:`generic_ids`). Pure stdlib; each
function returns ``(start, end, kind)`` candidates, which the caller resolves by priority.
"""

from __future__ import annotations

import ipaddress
import itertools
import re
from collections.abc import Iterator

from consultant.core.redaction import luhn_is_valid

Span = tuple[int, int, str]

# --- dates --------------------------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary|uar)?|Feb(?:ruary|ruar)?|Mar(?:ch)?|März|Apr(?:il)?|May|Mai|June?|Juni|"
    r"July?|Juli|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Okt(?:ober)?|Nov(?:ember)?|"
    r"Dec(?:ember)?|Dez(?:ember)?|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|setiembre|octubre|noviembre|diciembre|Jänner|"
    # Dutch, Italian, Portuguese
    r"januari|februari|maart|mei|augustus|gennaio|febbraio|aprile|maggio|giugno|luglio|"
    r"settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|"
    r"novembro|dezembro)"
)
_WEEKDAY = (
    r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
)
_ORD = r"(?:st|nd|rd|th)?"
_DATE_RES = (
    # 2026-12-01, 2026/12/01 (also 2026-12-01T11:07)
    re.compile(r"(?<![\w.-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d]|[-/.]\d)"),
    # 12/01/2026, 1/2/26, 01-12-2026, 01.12.2026
    re.compile(r"(?<![\w./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[-/.]\d)"),
)
_DATE_WORDS_RE = re.compile(
    r"(?=[A-Za-z0-9])(?<![\w])(?:" + _WEEKDAY + r",?\s+)?"
    r"(?:" + _MONTH + r"\.?[ \t]+\d{1,2}" + _ORD + r"(?!\d|[:.]\d)(?:,?\s+(\d{4}))?"
    r"|\d{1,2}" + _ORD + r"\.?\s+(?:of\s+|de\s+)?" + _MONTH + r"\.?(?:,?\s+(?:de\s+)?(\d{4}))?)"
    r"(?![\w])",
    re.IGNORECASE,
)
# 04-Mar-1952, 4-MAR-52, 04/Mar/1952: a day, a month's name and a year, hyphens or slashes.
_DAY_MON_YEAR_RE = re.compile(
    r"(?<![\w/-])(\d{1,2})([-/])" + _MONTH + r"\.?\2(?:\d{4}|\d{2})(?![\w/-])", re.IGNORECASE
)
# 11/27, 12/3 (a month and a day), 03/2023 (a month and a year), 20190308 (HL7, DOB).
_MONTH_DAY_RE = re.compile(r"(?<![\w/.$-])(\d{1,2})/(\d{1,2})(?![\w/]|\.\d)")
_MONTH_YEAR_RE = re.compile(r"(?<![\w/.-])(\d{1,2})/((?:19|20)\d{2})(?![\w/]|\.\d)")
_COMPACT_DATE_RE = re.compile(r"(?<![\w])((?:19|20)\d{2})(\d{2})(\d{2})(?![\w])")
_PERSONAL_DATE_CONTEXT_RE = re.compile(
    r"visit|appt|appointment|session|seen|DOB|born|birth|admit|admission|admitted|discharg|SOC|"
    r"start of care|surgery|died|death|deceased|injury|DOS|date of service|RDV|née?\b|geb|"
    r"Termin|cita|nacimiento|hired|terminated|arrived|evaluation|eval|assessment|"
    r"follow-up|check-up|treated|treatment|start date|"
    r"move-in|moving|vacation|leave|returns|birthday|funeral|wedding|"
    r"surgery|procedure|delivery date|due date|passed away|last day|check(?:s|ed)?[ -]in|"
    r"check[ -]?out|picked up|arrested|detained|\bstart\s*:|\bcome\b|\bcame\b|staying|arriv|"
    r"session",
    re.IGNORECASE,
)
# Events that are a person's only when the line speaks of one ("starts 3/2" of a new
# hire, not "the semester starts January 13").
_WEAK_DATE_CONTEXT_RE = re.compile(
    r"starts|started|starting|completion|closing|hearing|court", re.IGNORECASE
)
_LINE_PERSON_RE = re.compile(
    r"\b(?:he|she|his|her|him|Mr|Mrs|Ms|Dr|patient|client|resident|hire|hired|employee|"
    r"claimant|tenant|buyer|seller|student|child|son|daughter|wife|husband)\b|"
    r"\b[A-Z][a-z]+(?:'s|’s)\b|\b[A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)? \("
)


def _personal_date_context(text: str, start: int, end: int) -> bool:
    ls = text.rfind("\n", 0, start)
    if _PERSONAL_DATE_CONTEXT_RE.search(text, max(ls, start - 80), start):
        return True
    if _WEAK_DATE_CONTEXT_RE.search(text, max(ls, start - 80), start):
        le = text.find("\n", end)
        return bool(_LINE_PERSON_RE.search(text, ls + 1, le if le != -1 else len(text)))
    return False


_VERSIONISH_RE = re.compile(r"(?:\bv|version|ver\.?|build|release|rev\.?|release)\s*$", re.I)
_DOB_RE = re.compile(r"(?:DOB|D\.O\.B\.?|born|birth|geb\.?|Geburtsdatum)\W{0,3}$", re.I)


_WEEKDAY_BEFORE_RE = re.compile(r"(?<![\w])" + _WEEKDAY + r",?[ \t]+$", re.IGNORECASE)
_TIME_AFTER_RE = re.compile(
    r"(?:,?[ \t]+(?:at|um|à|a las|@)[ \t]+)\d{1,2}(?:[:.h]\d{2})?[ \t]?"
    r"(?:[ap]\.?m\.?|Uhr|h)?(?![\w:])",
    re.IGNORECASE,
)


_PERSON_WORDS_RE = re.compile(
    r"\b(?:he|she|his|her|hers|him|Mr|Mrs|Ms|Dr|Frau|Herr|patient|resident|aide|mom|dad|"
    r"mother|father|son|daughter|wife|husband|brother|sister|nurse|caregiver|employee|"
    r"claimant|applicant|guest|tenant)\b|\b[A-Z][a-z]+(?:'s|’s)\b|\bby [A-Z][a-z]+ [A-Z]"
)


def _about_a_person(text: str, start: int, end: int) -> bool:
    """Does the sentence around ``text[start:end]`` speak of a person?"""
    ls = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) - 4, start - 160)
    le_candidates = [i for i in (text.find("\n", end), text.find(". ", end)) if i != -1]
    le = min([*le_candidates, end + 160, len(text)])
    return bool(_PERSON_WORDS_RE.search(text, max(0, ls), le))


def personal_context(text: str, start: int, end: int, personal_line: bool = False) -> bool:
    """Is a keyword-less identifier-shaped token a person's: its line holds other
    personal data (``personal_line``), or its sentence speaks of a person or of an id
    ("claim", "employee", "number is"), and nothing before it names a technical object
    ("commit", "build", "port", "host", "config", a path)?"""
    ls = text.rfind("\n", 0, start) + 1
    before = _sentence_tail(text[max(ls, start - 60) : start])
    if personal_line or _ID_WORD_BEFORE_RE.search(before):
        return True
    return _about_a_person(text, start, end)


_ID_WORD_BEFORE_RE = re.compile(
    r"\b(?:claim|employee|emp|badge|staff|student|id|number|no|nr|#)\b[^.;\n]{0,24}$",
    re.IGNORECASE,
)


_TECH_BEFORE_RE = re.compile(
    r"(?:\b(?:commit|build|version|release|port|host|hostname|path|config|uuid|guid|hash|"
    r"sha|checksum|error|err|exit code|job|run|batch|row|column|offset|pid|thread|"
    r"queue|table|index|bytes|tenant id|client id|app id|request id|trace id|session id|"
    r"firmware|model|part|sku|rule|policy id|vlan|pr|pull request|issue|"
    r"bug|changeset|revision|rev|rfp|sow|zap|webhook|workflow|failed with|"
    r"(?:practice|org|organization|organisation|agency|facility|site|store|company|"
    r"business|group|tenant|location|department|dept|merchant|vendor|payer|clinic|"
    r"provider|api|app|workspace|project)[ \t]+(?:id|number|no|#))\b"
    r"[^.;\n]{0,20}|[\\/]|[?&][\w.-]+=)$",
    re.IGNORECASE,
)


_TABLE_DATE_RE = re.compile(r"(?:\||\t|  |,|;)\s*$")


def _time_after(text: str, end: int) -> int:
    """End of a date, including a time written after it ("Feb 6 at 2pm")."""
    m = _TIME_AFTER_RE.match(text, end)
    return m.end() if m else end


# The date an e-mail was sent ("Date:", "Sent:" headers, "On ... wrote:") is the
# message's, not a person's; so is a log timestamp (2025-02-13T05:12:09Z) or a date in a
# file name (/backup/2025-03-01.tar.gz).
_MAIL_DATE_LINE_RE = re.compile(
    r"^[ \t>]*(?:(?:Date|Sent|Datum|Gesendet|Envoyé|Enviado|Fecha)[ \t]*:|On\b.{0,120}\bwrote:?"
    r"[ \t]*$|Am\b.{0,120}\bschrieb|Le\b.{0,120}\ba écrit)",
    re.IGNORECASE | re.MULTILINE,
)
_LOG_TIME_AFTER_RE = re.compile(
    r"T\d{2}:\d{2}|[ \t]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[ \t]+[A-Z]{3,})"
)


def _message_dates(text: str) -> list[tuple[int, int]]:
    return [(m.start(), text.find("\n", m.start())) for m in _MAIL_DATE_LINE_RE.finditer(text)]


def _not_a_persons_date(text: str, start: int, end: int, headers: list[tuple[int, int]]) -> bool:
    for s, e in headers:
        if s <= start and (e == -1 or end <= e):
            return True
    if start and text[start - 1] in "/\\_":
        return True
    return bool(_LOG_TIME_AFTER_RE.match(text, end))


def dates(text: str) -> Iterator[Span]:
    headers = _message_dates(text)
    for span in itertools.chain(_dates(text), dates6(text)):
        if not _not_a_persons_date(text, span[0], span[1], headers):
            yield span


# A deadline ("the report is due June 30", "deadline: 3/15"), not a date in someone's life;
# a "due date" (of a birth) is not one.
_DEADLINE_BEFORE_RE = re.compile(
    r"(?:\b(?:is|are|was|were|be|filing|report|submission|payment|invoice|deliverable)[ \t]+"
    r"due|\bdeadline(?:[ \t]+is)?)(?:[ \t]+(?:on|by|before))?\W{0,3}$",
    re.IGNORECASE,
)


def _dates(text: str) -> Iterator[Span]:
    for rx_i, rx in enumerate(_DATE_RES):
        for m in rx.finditer(text):
            before = text[max(0, m.start() - 12) : m.start()]
            if _VERSIONISH_RE.search(before):
                continue
            if rx_i == 0:
                y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
                if not (1 <= mo <= 12 and 1 <= d <= 31 and 1800 <= y <= 2200):
                    continue
            else:
                a, b, y_s = int(m.group(1)), int(m.group(3)), m.group(4)
                if not (1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)):
                    continue
                if (
                    m.group(2) == "."
                    and len(y_s) == 2
                    and not _DOB_RE.search(before)
                    and not _personal_date_context(text, m.start(), m.end())
                ):
                    continue  # 5.10.15 is more likely a version than a date
                if len(y_s) == 4 and not 1800 <= int(y_s) <= 2200:
                    continue
            yield m.start(), m.end(), "DATE"
    for m in _DAY_MON_YEAR_RE.finditer(text):
        if 1 <= int(m.group(1)) <= 31 and not _VERSIONISH_RE.search(
            text, max(0, m.start() - 12), m.start()
        ):
            yield m.start(), m.end(), "DATE"  # 04-Mar-1952, 4/MAR/52
    for m in _DATE_WORDS_RE.finditer(text):
        day_m = re.search(r"\d{1,2}", m.group())
        if day_m is None or not 1 <= int(day_m.group()) <= 31:
            continue
        # No year ("due Dec 15"): only a date tied to a person's care or life.
        if m.group(1) is None and m.group(2) is None and (
            _DEADLINE_BEFORE_RE.search(text, max(0, m.start() - 24), m.start())
            or not (
                _personal_date_context(text, m.start(), m.end())
                or _about_a_person(text, m.start(), m.end())
            )
        ):
            continue
        yield m.start(), _time_after(text, m.end()), "DATE"
    for m in _MONTH_DAY_RE.finditer(text):
        mo, d = int(m.group(1)), int(m.group(2))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
        wd = _WEEKDAY_BEFORE_RE.search(text, max(0, m.start() - 14), m.start())
        if wd is not None:
            yield wd.start(), _time_after(text, m.end()), "DATE"
            continue
        ls = text.rfind("\n", 0, m.start())
        if _DEADLINE_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()):
            continue
        if not (
            _personal_date_context(text, m.start(), m.end())
            or _TABLE_DATE_RE.search(text, max(ls, m.start() - 3), m.start())
            or _about_a_person(text, m.start(), m.end())
        ):
            continue  # "rotated a key on 2/12", "goes live 3/6": not tied to a person
        after = text[m.end() : m.end() + 12]
        if re.match(r"\s*(?:of|cup|mile|inch|th|scale)\b", after) or re.search(
            r"(?:exp|expires|expiry|valid thru)\W*$", text[max(0, m.start() - 12) : m.start()], re.I
        ):
            continue
        yield m.start(), m.end(), "DATE"
    for m in _MONTH_YEAR_RE.finditer(text):
        if 1 <= int(m.group(1)) <= 12:
            yield m.start(), m.end(), "DATE"
    for m in _COMPACT_DATE_RE.finditer(text):
        mo, d = int(m.group(2)), int(m.group(3))
        if 1 <= mo <= 12 and 1 <= d <= 31:
            before = text[max(0, m.start() - 15) : m.start()]
            if before.endswith("|") or _DOB_RE.search(before):
                yield m.start(), m.end(), "DATE"


# --- phone numbers -------------------------------------------------------------------

_PHONE_RE = re.compile(
    r"(?:(?<![\w+/.:,#$€£-])|(?<=,)(?=\+))"
    r"(?:\+|00)?(?:\d{1,4}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,12}"
    r"(?:[ .-]\d{1,8}){0,5}"
    r"(?:\s*(?:x|ext\.?|extension|Durchwahl|DW)\s*\d{1,6})?(?![\w:]|[.,]\d)"
)
_IPV4_LIKE_RE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_PHONE_KEY_RE = re.compile(
    r"(?:phone|tel|telephone|fax|cell|mobile|mob|call|text|ph|direct|office|pager|whatsapp|"
    r"landline|number|dial|reach|Telefon|Handy|Rufnummer|Tel\.|at)\b[^\n\d]{0,12}$",
    re.IGNORECASE,
)


# North American toll-free numbers (800, 833, 844, 855, 866, 877, 888) belong to
# businesses, not to people: a vendor's support line stays readable.
_TOLL_FREE_RE = re.compile(r"(?:\+?1[ .-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ .-]?\d{3}[ .-]?\d{4}")
# A US National Drug Code (4-4-2, 5-3-2, 5-4-1, 5-4-2): a product, not a phone.
_NDC_RE = re.compile(r"\d{4,5}-\d{3,4}-\d{1,2}")


def phones(text: str) -> Iterator[Span]:
    for m in _PHONE_RE.finditer(text):
        s = m.group()
        if _IPV4_LIKE_RE.fullmatch(s):
            continue
        if _TOLL_FREE_RE.fullmatch(s) or _NDC_RE.fullmatch(s):
            continue
        core = re.split(r"\s*(?:x|ext\.?|extension|Durchwahl|DW)\s*\d", s)[0]
        digits = sum(ch.isdigit() for ch in core)
        if digits > 15 or digits < 7:
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        keyword = bool(_PHONE_KEY_RE.search(before))
        intl = s.startswith(("+", "00", "("))
        grouped = bool(re.search(r"[ .()-]", core))
        if core.isdigit():
            if not (keyword and (core.startswith("0") or digits >= 10)):
                continue
        elif intl:
            pass
        elif digits >= 10 and grouped:
            # 2026 0007 1234? Demand phone-like grouping: 3-3-4, 3-4, 4-4, 2-2…
            groups = re.findall(r"\d+", core)
            if len(groups[0]) == 4 and not core.startswith("0") and not keyword:
                continue
            if max(len(g) for g in groups) > 4 and not core.startswith("0") and not keyword:
                continue
        elif keyword and digits >= 7:
            if re.fullmatch(r"\d{4}-\d{4}", core) and not core.startswith("0"):
                continue  # 2026-0007
        else:
            continue
        if re.search(r"[.]\d{2}$", core) and not keyword:
            continue  # an amount
        yield m.start(), m.end(), "PHONE"


# --- numbers and dates spelled out (voicemail and call transcripts) ------------------

_DIGIT_WORD = (
    r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|"
    r"null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|"
    r"nul|een|twee|drie|vijf|zes|zeven|negen|"
    r"zéro|un|deux|trois|quatre|cinq|sept|huit|neuf|"
    r"cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)"
)
_SPOKEN_TOKEN_RE = re.compile(
    r"(?<![^\W\d_])(?:double|triple|" + _DIGIT_WORD[3:-1] + r")(?![^\W\d_])", re.IGNORECASE
)
_SPOKEN_GAP_RE = re.compile(r"[ ,-]{1,3}")
_WEAK_DIGIT_WORDS = frozenset({"o", "un", "een", "uno"})


def _spoken_runs(text: str) -> Iterator[tuple[int, int, int, int]]:
    """Runs of digit words: (start, end, digits, strong words)."""
    start = end = digits = strong = 0
    mult = 1
    prev_end = -1
    for m in _SPOKEN_TOKEN_RE.finditer(text):
        low = m.group().lower()
        if prev_end < 0 or not _SPOKEN_GAP_RE.fullmatch(text, prev_end, m.start()):
            if digits:
                yield start, end, digits, strong
            start, digits, strong, mult = m.start(), 0, 0, 1
        prev_end = m.end()
        if low in ("double", "triple"):
            mult = 2 if low == "double" else 3
            continue
        digits += mult
        mult = 1
        strong += low not in _WEAK_DIGIT_WORDS
        end = m.end()
    if digits:
        yield start, end, digits, strong


_ORDINAL_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth|thirtieth|(?:twenty|thirty)[ -](?:first|second|third|fourth|"
    r"fifth|sixth|seventh|eighth|ninth))"
)
_YEAR_WORDS = (
    r"(?:nineteen|twenty|two thousand(?: and)?)(?:[ -](?:oh|hundred|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine)){1,3}"
)
_ORDINAL_RE = re.compile(r"(?<![\w-])" + _ORDINAL_WORD + r"(?![\w-])", re.IGNORECASE)
# Around an ordinal: "June [the] second", "the second of June", then a year.
_SPOKEN_MONTH_BEFORE_RE = re.compile(
    r"(?<![\w])" + _MONTH + r"[ \t]+(?:the[ \t]+)?$", re.IGNORECASE
)
_SPOKEN_OF_MONTH_RE = re.compile(r"[ \t]+of[ \t]+" + _MONTH + r"(?![\w])", re.IGNORECASE)
_THE_BEFORE_RE = re.compile(r"(?<![\w])the[ \t]+$", re.IGNORECASE)
_SPOKEN_YEAR_RE = re.compile(
    r",?[ \t]+(?:" + _YEAR_WORDS + r"|(?:19|20)\d{2})(?![\w])", re.IGNORECASE
)
_GATE_DIGITS = frozenset(
    w for w in _DIGIT_WORD[3:-1].split("|") if len(w) > 1 and w not in _WEAK_DIGIT_WORDS
)
_GATE_ORDINAL_RE = re.compile(
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"teenth|twentieth|thirtieth"
)
_GATE_SEPARATORS = str.maketrans(",-", "  ")


def spoken_numbers(text: str) -> Iterator[Span]:
    """Numbers and dates read out in a transcript: "five oh three, five five five ..."
    (seven or more digits: a phone, SSN or member number) and "June second nineteen
    forty" (a day spelled out with a year, or tied to a person). "one or two" and "the
    second of three sessions" stay. A cheap test per line skips the scans in almost
    every line."""
    pos = 0
    # str.lower() keeps the line breaks, so its lines match the text's lines.
    for line, low in zip(text.split("\n"), text.lower().split("\n"), strict=False):
        words = low.translate(_GATE_SEPARATORS).split()
        if not _GATE_DIGITS.isdisjoint(words) and sum(w in _GATE_DIGITS for w in words) >= 5:
            for start, end, digits, strong in _spoken_runs(line):
                # "o" or words that are also articles (un, een, uno) count only in a
                # long run.
                if digits >= 7 and strong >= 5:
                    yield pos + start, pos + end, "PHONE"
        if _GATE_ORDINAL_RE.search(low):
            yield from _spoken_dates(text, pos, pos + len(line))
        pos += len(line) + 1


def _spoken_dates(text: str, lo: int, hi: int) -> Iterator[Span]:
    for m in _ORDINAL_RE.finditer(text, lo, hi):
        head = text[max(lo, m.start() - 24) : m.start()]
        before = _SPOKEN_MONTH_BEFORE_RE.search(head)
        if before is not None:
            start, end = m.start() - (len(head) - before.start()), m.end()
        else:
            after = _SPOKEN_OF_MONTH_RE.match(text, m.end(), hi)
            if after is None:
                continue
            start, end = m.start(), after.end()
            the = _THE_BEFORE_RE.search(text, max(lo, start - 5), start)
            if the is not None:
                start = the.start()
        year = _SPOKEN_YEAR_RE.match(text, end, hi)
        if year is not None:
            yield start, year.end(), "DATE"
        elif _personal_date_context(text, start, end):
            yield start, end, "DATE"


# --- URLs and IPs ----------------------------------------------------------------------

_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'\])]+", re.IGNORECASE)


# The path of a published definition: FHIR profiles, naming and code systems, value sets,
# XML/JSON schemas. It names a standard, not a person; ids in it are not personal.
_STANDARD_URL_RE = re.compile(
    r"^(?:/[\w.-]+)*/(?:StructureDefinition|NamingSystem|CodeSystem|ValueSet|ConceptMap|"
    r"OperationDefinition|SearchParameter|CapabilityStatement|ImplementationGuide|"
    r"StructureMap|extension|sid|ns|schemas?|xsd)(?:/[A-Za-z][\w.-]*)?/?$"
)


def urls(text: str) -> Iterator[Span]:
    for m in _URL_RE.finditer(text):
        url = m.group().rstrip(".,;:!?")
        rest = re.sub(r"^(?:https?://)?[^/?#]+", "", url, flags=re.I)
        if rest in ("", "/"):
            continue  # a plain home page
        if re.fullmatch(r"(?:/[a-z]+(?:\.html?|\.php|\.aspx)?){1,2}/?", rest):
            continue  # "/listings", "/support/contact": a public page, nobody's own
        if "?" not in rest and "#" not in rest and _STANDARD_URL_RE.search(rest):
            continue  # a standard's canonical URL (FHIR profile, naming system, XML namespace)
        yield m.start(), m.start() + len(url), "URL"


_IP_RE = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?![\w]|\.\d)")
_IP6_RE = re.compile(r"(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}:?(?:[0-9a-f]{1,4})(?![\w:])", re.I)
_IP_KEEP_RE = re.compile(
    r"server|firewall|allow|whitelist|allowlist|white-list|port|vpn|gateway|router|dns|"
    r"subnet|static|nat|forward|rule|host|tunnel|proxy|ssh|rdp|sftp|ftp|egress|via|relay|smtp|"
    r"mx|spf|nas|printer|office ip|public ip",
    re.IGNORECASE,
)


# "phone ip 172.58.44.201", "her last login ip was …": an address tied to a person.
_IP_PERSONAL_RE = re.compile(
    r"\b(?:(?:phone|login|her|his|their|user|guest|member|patient|client|home|device)"
    r"(?:[ \t]+\w+)?[ \t]+ip(?:[ \t]+address)?[ \t]*(?:was|is|:|=)?"
    r"|(?:login|log-in|logged[ \t]+in|sign-?in|signed[ \t]+in)(?:[ \t]+came)?[ \t]+from)[ \t]*$",
    re.IGNORECASE,
)


_HL7_ID_RE = re.compile(r"[A-Z0-9-]*\d[A-Z0-9-]{4,}")
# An access-log line (or the one before it) naming the user: "POST /login 200 user=…@…".
_LOG_USER_RE = re.compile(r"\b(?:user|username|login|email)=[^\s@]+@", re.IGNORECASE)


# Round 9. A public address that is a person's home connection, even where "router" or
# "static" stands nearby: "her public IP as …", "from Luigi's home (…)", "her router gets
# a new address every day (today …)", "… 24.131.88.207, which is Marisol Quintero's home".
_IP_HOME_CUE_RE = re.compile(
    r"(?:\b(?:her|his|their|sa|son|ihre?|seine?|zijn|haar|su|sua|suo|jej|jego)[ \t]+"
    r"(?:\w+[ \t]+)?(?:public[ \t]+ip|ip|router|modem|connection|line|wi-?fi|network|isp)\b"
    r"|\b(?:from|at|da|de|von|van|z)[ \t]+(?:home|casa|chez|zuhause|thuis|domu)\b"
    r"|\b(?:casa|domicile|home)[ \t]+(?:di|de|del|da|van|von|of)[ \t]+\w+)",
    re.IGNORECASE,
)
_IP_HOME_AFTER_RE = re.compile(
    r"[\W]{0,3}(?:which|that|this)[ \t]+is[ \t]+[^.\n]{0,40}?(?:'s|’s)[ \t]+home\b",
    re.IGNORECASE,
)


def _ip_at_home(text: str, ls: int, start: int, end: int) -> bool:
    """Does the sentence tie this public address to a person's home connection?"""
    lo = max(ls, start - 60)
    cut = text.rfind(". ", lo, start)
    if cut != -1:
        lo = cut + 2
    if _IP_HOME_AFTER_RE.match(text, end):
        return True
    cues = list(_IP_HOME_CUE_RE.finditer(text, lo, start))
    # the home cue must be the last word before the address: "from home, she uses the
    # VPN server at …" is the server's
    return bool(cues) and not _IP_KEEP_RE.search(text, cues[-1].end(), start)


def private_ips(text: str) -> Iterator[Span]:
    """Private IPv4 addresses outside technical context (server, firewall, port …): a
    person's device on a guest or clinic network when its line speaks of that person
    (the caller checks that)."""
    for m in _IP_RE.finditer(text):
        if "/" in m.group():
            continue
        try:
            ip = ipaddress.ip_address(m.group())
        except ValueError:
            continue
        if not ip.is_private or ip.is_loopback or ip.is_unspecified:
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        line = text[ls : le if le != -1 else len(text)]
        if _PRIVATE_IP_KEEP_RE.search(line):
            continue
        if _PRIVATE_IP_DEVICE_RE.search(line):
            yield m.start(), m.end(), "IP"


_PRIVATE_IP_KEEP_RE = re.compile(
    r"\b(?:server|firewall|allow|whitelist|allowlist|port|vpn|gateway|router|dns|subnet|"
    r"static|nat|forward|rule|tunnel|proxy|ssh|rdp|sftp|ftp|smtp|nas|printer|controller|"
    r"switch|ap|access point|dhcp range|scope)\b",
    re.IGNORECASE,
)
# A line that lists a client device: its MAC, hostname or login next to the address.
_PRIVATE_IP_DEVICE_RE = re.compile(
    r"\b(?:mac|hostname|login|user(?:name)?|upn|lease|client|device|phone|laptop)\b", re.I
)


def ips(text: str) -> Iterator[Span]:
    for m in _IP_RE.finditer(text):
        if "/" in m.group():
            continue  # a subnet: a network, not a person's address
        raw = m.group().split("/")[0]
        try:
            ip = ipaddress.ip_address(raw)
        except ValueError:
            continue
        if _VERSIONISH_RE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        if ip.is_private or ip.is_loopback or ip.is_unspecified or ip.is_multicast:
            continue
        if raw.startswith("255.") or ip.is_reserved:
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        window = text[max(ls, m.start() - 80) : m.end() + 40 if le == -1 else min(le, m.end() + 40)]
        cut = window.find(". ", m.end() - max(ls, m.start() - 80))
        if cut != -1:
            window = window[:cut]
        before_dot = window.rfind(". ", 0, m.start() - max(ls, m.start() - 80))
        if before_dot != -1:
            window = window[before_dot:]
        if (
            _IP_KEEP_RE.search(window)
            and not _IP_PERSONAL_RE.search(text, ls, m.start())
            and not _ip_at_home(text, ls, m.start(), m.end())
            and not _LOG_USER_RE.search(
                text,
                max(0, text.rfind("\n", 0, max(0, ls - 1)) + 1),
                le if le != -1 else len(text),
            )
        ):
            continue
        yield m.start(), m.end(), "IP"
    if "::" not in text and not re.search(r"[0-9a-fA-F]:[0-9a-fA-F]{1,4}:[0-9a-fA-F]", text):
        return
    for m in _IP6_RE.finditer(text):
        raw = m.group()
        if not re.search(r"[a-f]", raw, re.I) and "::" not in raw:
            continue
        try:
            ip6 = ipaddress.ip_address(raw)
        except ValueError:
            continue
        if ip6.is_private or ip6.is_loopback or ip6.is_link_local:
            continue
        yield m.start(), m.end(), "IP"


# --- keyword-introduced numbers ---------------------------------------------------------

_GAP = (
    r"(?:[ \t]*(?:number|numbers|num|no\.?|nr\.?|#|id|ID|code)\b\.?)?"
    r"(?:[ \t]*(?:is|was|of|as|ending(?:[ \t]+in)?|ends[ \t]+in|on[ \t]+file|reads|"
    r"=|:|-|#|\(s\))[ \t]*)*"
    r"[ \t]*#?[ \t]*"
)
_VALUE = r"(?=[A-Za-z0-9-]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9])|[ ](?=\d)){1,24}"
_PLATE_VALUE = (
    r"(?-i:(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,4}"
    r"(?:[ -]?[A-Z0-9]{1,4}){0,2}(?![\w]))"
)
_PLATE_LIST_RE = re.compile(
    r"(?<![\w-])(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,4}"
    r"(?:[ -][A-Z0-9]{1,4}){0,2}(?![\w-])"
)


def _kw(words: str, value: str = _VALUE) -> str:
    return r"(?:" + words + r")\b" + _GAP + r"(" + value + r")"


_KEYWORD_SOURCES: tuple[tuple[str, str], ...] = (
    ("SSN", r"SSN|social security|soc\.?\s*sec\.?|SS#"),
    (
        "NATIONAL_ID",
        r"NHS|SIN|social insurance|Steuer-?ID|Steuer-?Identifikationsnummer|"
        r"Steueridentifikationsnummer|IdNr|Tax\s?ID|TIN|passport|national insurance|NINO|"
        r"NI|MBI|Medicare|health card|OHIP|Personalausweis|Ausweis|national id|"
        r"Sozialversicherungsnummer|SV-Nummer|ITIN|CURP|DNI|NIE|PPSN|A-number|alien number|I-94|"
        r"(?:Polish|national|state|personal|resident|green card|citizen) ID|PESEL|BSN|AHV",
    ),
    (
        "MRN",
        r"MRN|MR#|MR|medical record|registry(?: id)?|med\.?\s*rec(?:ord)?|chart|patient|"
        r"pt\.?|record|"
        r"encounter|episode|admission|EMR|EHR|Patientennummer",
    ),
    (
        "MEMBER",
        r"member|subscriber|beneficiary|medicaid|medi-cal|insurance|insured|policy|"
        r"plan|health plan|HICN|enrollee|recipient|Versichertennummer|"
        r"Mitgliedsnummer|CIN|prior auth(?:orization)?|(?:dental|vision|"
        r"insurance|plan|card) ID",
    ),
    (
        "LICENSE",
        r"licen[cs]e|lic\.?|DEA|NPI|CAQH|driver'?s licen[cs]e|DL|certificate|cert|"
        r"certification|PTAN|board cert(?:ification)?|Approbation|GPhC|NMC|HCPC|GMC|"
        r"F[üu]hrerschein|Fuehrerschein|permis(?: de conduire)?|rijbewijs(?:nummer)?|"
        r"carn[eé] de conducir|permiso de conducir|patente(?: di guida)?|prawo jazdy|"
        r"k[öo]rkort|ajokortti|k[øo]rekort|f[øo]rerkort|"
        r"licences? (?:we have )?on file",
    ),
    (
        "DEVICE",
        r"serial|S/N|SN|IMEI|MEID|ICCID|device|asset(?:\s+tag)?|service tag|UDID|UDI|"
        r"equipment|hardware|Seriennummer|model and serial|phone serial|tablet|laptop|my phone|"
        r"transmitter|sensor|receiver|implant|pacemaker|hearing aid|insulin pump|"
        r"num[ée]ro de s[ée]rie|serienummer|n[úu]mero de serie",
    ),
    (
        "ACCOUNT",
        r"account|acct\.?|a/c|routing|ABA|bank account|Konto(?:nummer)?|Kontonr|"
        r"customer|Kundennummer|client|BLZ|sort code|"
        r"checking|savings|billing account|EIN",
    ),
)
_KEYWORD_RE = re.compile(
    r"(?=[A-Za-z])(?<![\w])(?:"
    + "|".join(f"(?P<{kind}>{words})" for kind, words in _KEYWORD_SOURCES)
    + r")\b"
    + _GAP
    + r"(?P<value>"
    + _VALUE
    + r")",
    re.IGNORECASE,
)
_PLATE_RE = re.compile(
    r"(?=[A-Za-z])(?<![\w])"
    + _kw(
        r"(?:licen[cs]e|number|registration|reg\.?)\s+plate|plate|Kennzeichen|"
        r"vehicle reg(?:istration)?|car|drives|vehicle|parked|parking|kenteken|nummerplaat|"
        r"immatriculation|plaque(?: d'immatriculation)?|matr[ií]cula|targa",
        _PLATE_VALUE,
    ),
    re.IGNORECASE,
)
_MBI_RE = re.compile(
    r"(?<![\w-])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d"
    r"-?[AC-HJKMNP-RT-Y]{2}\d{2}(?![\w-])"
)
_NINO_RE = re.compile(r"(?<![\w])[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\w])")
_MAC_RE = re.compile(r"(?<![\w:-])(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}(?![\w:-])")
_IMEI_RE = re.compile(r"(?<![\d])\d{15}(?![\d])")
_DEA_RE = re.compile(r"(?<![\w])[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}(?![\w])")
# Not ids: "ticket 48213", "error 503", "HTTP 503", "build 5123", a bare year.
_NOT_ID_VALUE_RE = re.compile(
    r"^(?:19|20)\d{2}$|^\d{1,2}$|^(?:v?\d+\.\d+(?:\.\d+)*)$|^\d{1,2}[:.]\d{2}$"
)


def _dea_valid(v: str) -> bool:
    d = [int(c) for c in v[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


_CRED_LICENSE_RE = re.compile(
    r"(?<![\w.-])(?:RN|LPN|LVN|PSY|LMFT|LCSW|LPC|LCPC|RPH|RPh|PH|MD|DO|PA|NP|PT|OT|SLP|CNA|DDS|"
    r"DMD|RDH|DC|OD|PharmD|CPhT|APRN|GPhC)[ .-]?\d[\d.-]{3,14}\d(?![\w])"
)
_SSN_SPACED_RE = re.compile(r"(?<![\w-])\d{3} \d{2} \d{4}(?![\w-]| \d)")
# Id-like values in a table row next to a person ("Denise Holloway    ZKM-4417").
_ROW_VALUE_RE = re.compile(
    r"(?<![\w#$€£.-])(?=[A-Z0-9 -]*\d)(?:[A-Z]{1,4}[ -]?\d{2,4}(?:[ -]?[A-Z0-9]{1,3})?|"
    r"\d[A-Z]{2,4}\d{2,4}|\d{3} \d{2} \d{4}|\d{3}-\d{2}-\d{4}|"
    r"(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{6,24}|\d{6,12}[A-Z]?)(?![\w-]|\.\d)"
)
_NOT_ROW_VALUE_RE = re.compile(
    r"^(?:INC|REQ|RITM|CHG|TKT|ERR|MSG|REG|INV|PO|TXN|JIRA|KB|CVE|SR|CASE|HTTP|XSD|MRG|REJ|CO|OP)"
    r"[ -]?\d|^(?:19|20)\d{2}$"
)
_HL7_SEG_RE = re.compile(r"^(PID|NK1|GT1|IN1|PV1)\|.*$", re.MULTILINE)
_HL7_ANY_SEG_RE = re.compile(r"^(MSH|RXA)\|.*$", re.MULTILINE)
# HL7 v2 field -> kind, per segment.
_HL7_FIELDS: dict[str, dict[int, str]] = {
    "PID": {
        2: "MRN",
        3: "MRN",
        4: "MRN",
        5: "PERSON",
        6: "PERSON",
        7: "DATE",
        9: "PERSON",
        11: "ADDRESS",
        13: "PHONE",
        14: "PHONE",
        19: "SSN",
        20: "LICENSE",
    },
    "NK1": {2: "PERSON", 4: "ADDRESS", 5: "PHONE", 6: "PHONE"},
    "GT1": {3: "PERSON", 5: "ADDRESS", 6: "PHONE", 7: "PHONE", 8: "DATE", 12: "SSN"},
    "IN1": {16: "PERSON", 18: "DATE", 19: "ADDRESS", 36: "MEMBER", 49: "MEMBER"},
    "PV1": {7: "PERSON", 8: "PERSON", 9: "PERSON", 17: "PERSON", 19: "ACCOUNT"},
}


_X12_SEG_RE = re.compile(r"(?m)^(NM1|N3|N4|DMG|REF|PER|CLM|CLP)\*[^\n~]*")
# X12 (837, 270/271, 834) element -> kind, per segment.
_X12_FIELDS: dict[str, dict[int, str]] = {
    "NM1": {3: "PERSON", 4: "PERSON", 5: "PERSON", 9: "MEMBER"},
    "N3": {1: "ADDRESS", 2: "ADDRESS"},
    "N4": {1: "ADDRESS", 3: "POSTCODE"},
    "DMG": {2: "DATE"},
    # The claim submitter's identifier (837 CLM01) and the payer's claim (835 CLP01).
    "CLM": {1: "MEMBER"},
    "CLP": {1: "MEMBER"},
    "REF": {2: "ID"},
    "PER": {2: "PERSON", 4: "PHONE", 6: "PHONE", 8: "PHONE"},
}


def x12(text: str) -> Iterator[Span]:
    """Elements of X12 EDI segments that hold personal data (names, addresses, birth
    dates, ids); an organisation's NM1 (entity type 2) keeps its name."""
    if "*" not in text or "~" not in text:
        return
    for m in _X12_SEG_RE.finditer(text):
        seg = m.group(1)
        fields = m.group().split("*")
        if seg == "NM1" and len(fields) > 2 and fields[2] == "2":
            # An organisation's NPI (XX), tax id (FI) or payer id (PI, XV) is public.
            org_id = len(fields) > 8 and fields[8] in ("XX", "FI", "PI", "XV")
            fields_kinds = {} if org_id else {9: "MEMBER"}
        else:
            fields_kinds = _X12_FIELDS[seg]
        pos = m.start()
        for i, f in enumerate(fields):
            kind = fields_kinds.get(i)
            if kind and f.strip() and not (seg == "REF" and len(f) < 4):
                yield pos, pos + len(f), "SSN" if (seg == "REF" and fields[1] == "SY") else kind
            pos += len(f) + 1


def hl7(text: str) -> Iterator[Span]:
    """Fields of HL7 v2 segments that hold personal data."""
    if "|" not in text:
        return
    for m in _HL7_SEG_RE.finditer(text):
        seg = m.group(1)
        pos = m.start()
        fields = m.group().split("|")
        offsets = []
        for f in fields:
            offsets.append(pos)
            pos += len(f) + 1
        for i, kind in _HL7_FIELDS[seg].items():
            if i < len(fields) and fields[i].strip("^~ "):
                value = fields[i]
                start = offsets[i]
                if kind == "PHONE":
                    first_digit = re.search(r"\d", value)
                    if first_digit is None:
                        continue
                    cut = first_digit.start()
                    if cut and value[cut - 1] == "(":
                        cut -= 1  # "(614)639-8264": the area code's bracket too
                    start += cut
                    value = value[cut:]
                lead = len(value) - len(value.lstrip("^~ "))
                value = value.strip("^~ ")
                yield start + lead, start + lead + len(value), kind
        if seg == "IN1":
            # Insured's ids sit in the late fields (36 policy, 49 insured id); senders
            # miscount the pipes, so any id-shaped value from field 20 on is taken.
            for i in range(20, len(fields)):
                if i not in _HL7_FIELDS[seg] and _HL7_ID_RE.fullmatch(fields[i]):
                    yield offsets[i], offsets[i] + len(fields[i]), "MEMBER"


_ROW_HEAD_KINDS: tuple[tuple[str, str], ...] = (
    (r"plate|car|vehicle|Kennzeichen", "PLATE"),
    (r"SSN|social", "SSN"),
    (r"serial|device|IMEI|asset|laptop|phone|tablet", "DEVICE"),
    (r"medicaid|member|beneficiary|insurance|subscriber|policy", "MEMBER"),
    (r"MRN|chart|record|patient id", "MRN"),
    (r"licen[cs]e|DEA|NPI|DL\b", "LICENSE"),
    (r"account|acct", "ACCOUNT"),
    (r"NHS|SIN|passport|national|tax id|steuer", "NATIONAL_ID"),
)


def row_ids(text: str, person_lines: set[int]) -> Iterator[Span]:
    """Id-like values on tabular lines (runs of spaces, tabs, ' - ', '|') that name a
    person; the kind comes from the nearest column heading or keyword above."""
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if start not in person_lines:
            continue
        if not ("  " in line.strip() or "\t" in line or line.count(" - ") >= 2 or " | " in line):
            continue
        for m in _ROW_VALUE_RE.finditer(line):
            value = m.group()
            if _NOT_ROW_VALUE_RE.match(value) or len(value.replace(" ", "")) < 5:
                continue
            kind = "ID"
            above = text[max(0, start - 400) : start + m.start()]
            best = -1
            for rx, k in _ROW_HEAD_KINDS:
                for hm in re.finditer(rx, above, re.IGNORECASE):
                    if hm.start() > best:
                        best, kind = hm.start(), k
            yield start + m.start(), start + m.end(), kind


_PLATE_WORD_RE = re.compile(
    r"(?<![\w])(?:plates?|plt|tags?|Kennzeichen|immatriculation|matr[ií]cula|vehicles?|car|"
    r"truck|van|parked|parking|lot|kenteken|nummerplaat|plaque|targa|rendsz[áa]m|"
    r"rekisterinumero|registreringsnummer|SPZ|tablica|nr rej\.?)\b",
    re.IGNORECASE,
)
_STATE_CODES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    "NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|"
    "ON|QC|BC|AB|MB|SK|NS|NB|NL|PE"
)
_STATE_PLATE_RE = re.compile(
    r"(?<![\w-])(?:(?:" + _STATE_CODES + r")[ ])?(?-i:(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])"
    r"[A-Z0-9]{1,4}(?:[ -]?[A-Z0-9]{1,4}){0,2})(?![\w-])"
)


_DEVICE_LINE_RE = re.compile(
    r"\b(?:pc|laptop|computer|desktop|tablet|printer|service|asset|device|serial|optiplex|"
    r"latitude|thinkpad|macbook|surface|chromebook)\b",
    re.IGNORECASE,
)


def _plates_near_keyword(text: str) -> Iterator[Span]:
    """Plate-shaped values after a plate/vehicle word in the same sentence or line, with a
    state or province code before them ("plate from the report: FL QJK-8821")."""
    for km in _PLATE_WORD_RE.finditer(text):
        if km.group().lower().startswith("tag") and _DEVICE_LINE_RE.search(
            text, text.rfind("\n", 0, km.start()) + 1, km.start()
        ):
            continue  # "OptiPlex 7010 - tag 9X1MZ44": a service tag
        stop = text.find("\n", km.end())
        stop = min(stop if stop != -1 else len(text), km.end() + 200)
        dot = text.find(". ", km.end(), stop)
        if dot != -1:
            stop = dot
        found = list(_STATE_PLATE_RE.finditer(text, km.end(), stop))
        if not found:
            continue
        other = _KEYWORD_RE_KINDS.search(text, km.end(), found[-1].start())
        if other is not None:
            stop = other.start()
        lot = km.group().lower() == "lot"
        for pm in found:
            if pm.start() >= stop:
                break
            value = pm.group()
            if lot and (pm.start() - km.end() <= 2 or value.upper().startswith("LOT")):
                continue  # "Lot 7A2291": a product's lot number, not a parking lot
            compact = value.replace(" ", "").replace("-", "")
            if len(compact) < 5 or sum(ch.isdigit() for ch in compact) < 2:
                continue
            if _NOT_ROW_VALUE_RE.match(value) or re.match(r"^[A-Z]-\d{2,3}$", value):
                continue
            if re.fullmatch(r"[A-Z]{1,3}-?\d{1,4}", value) and re.match(
                r"\s*(?:series|model|class)", text[pm.end() : pm.end() + 8], re.I
            ):
                continue
            yield pm.start(), pm.end(), "PLATE"


# A device or vehicle the organisation owns ("Kiosk serial PHR-K-004881 is ours", "the
# analyzer is lab property", "company-owned") is not a person's.
_ORG_OWNED_RE = re.compile(
    r"\b(?:is|are) ours\b|\b(?:it'?s|it is|is) our (?:own )?(?:unit|device|equipment|"
    r"property|asset)\b|\b(?:company|agency|lab|shop|store|clinic|practice|office|fleet|"
    r"school|district|county|city|hospital|hotel|corporate)[- ](?:owned|property|equipment|"
    r"asset)\b|\bbelongs? to (?:the|our) (?:store|company|clinic|practice|office|lab|shop|"
    r"agency|school|district|hotel|firm|business)\b|\bon the fleet list\b|\bcore router\b|"
    r"\b(?:that'?s|it'?s|is|are) our (?:own )?(?:hardware|kit|kiosk|equipment|gear)\b|"
    r"\bour (?:hardware|kiosk|loaner)s?\b",
    re.IGNORECASE,
)
_ORG_DEVICE_RE = re.compile(
    # Round 8: "it's our own office unit", "the health office laptop (asset …)", an
    # inventory number, a card terminal, a badge reader, a machine on the shop floor.
    r"\b(?:that'?s|it'?s|it is|is) our (?:own )?(?:office|practice|clinic|shop|lab|store) "
    r"(?:unit|device|equipment|scanner|printer|laptop|tablet|pc)\b|"
    r"\b(?:office|practice|clinic|front[- ]desk|reception|kennel|boarding|ward|nurses'?) "
    r"(?:laptop|ipad|tablet|pc|computer|printer|scanner|terminal|cam|camera)s?\b|"
    r"\b(?:inventory (?:no|number|tag)|inventarnummer|inventar-nr|inventarisnummer|"
    r"num[ée]ro d'inventaire|n° d'inventaire|n[úu]mero de inventario|numero di inventario)\b|"
    r"\b(?:card|payment|stripe|pos|ec|kiosk) (?:terminal|reader)s?\b|"
    r"\b(?:kartenterminal|zahlungsterminal|terminal de paiement|pinautomaat)\b|"
    r"\b(?:badge|card|door|gate) (?:reader|controller)s?\b|\bshop floor\b",
    re.IGNORECASE,
)
_ORG_OWNED_KINDS = frozenset({"DEVICE", "PLATE"})
#: A device word just before a number (``generic_ids``: only then do the office-machine
#: cues of :data:`_ORG_DEVICE_RE` keep it)
_DEVICE_WORD_BEFORE_RE = re.compile(
    r"(?:\bserial|\bs/n|\bsn|\basset(?: tag)?|\bimei|seriennummer|serienummer|"
    r"num[ée]ro de s[ée]rie|n[úu]mero de s[ée]rie|numero di serie|inventarnummer|"
    r"inventarisnummer|inventory (?:no|number|tag))\W{0,4}(?:no\.?|number|nr\.?|#)?\W{0,3}$",
    re.IGNORECASE,
)


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    ls = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start), text.rfind("; ", 0, start))
    ends = [i for i in (text.find("\n", end), text.find(". ", end)) if i != -1]
    return ls + 1, min([*ends, len(text)])


# Round 9. Words that make a sentence about a person: "our loaner concentrator at her
# home", "For Clarence Odum the unit with serial …, since he moved".
_OWNER_PERSON_RE = re.compile(
    r"\b(?:patients?|client|clients|resident|tenant|member|her|his|hers|him|their|theirs|she|he|"
    r"Mr|Mrs|Ms|Miss|Frau|Herr|Mme|M\.|Sr|Sra|home|loan|loaned|lent|loaner|MRN|DOB|account|"
    r"Patient(?:in)?|patiënt|paziente|paciente|pacjent\w*|bewoner|Bewohner\w*)\b",
    re.IGNORECASE,
)


def org_owned(text: str, start: int, end: int, kind: str = "") -> bool:
    """Does the sentence around ``text[start:end]`` say the organisation owns it? For a
    ``DEVICE`` also: an office's or shop's machine, an inventory number, a card
    terminal or a badge reader in the sentence."""
    s, e = _sentence_span(text, start, end)
    owned = _ORG_OWNED_RE.search(text, s, e)
    if owned and not (
        # "our loaner concentrator at her home": lent to a person, the person's now
        owned.group().lower().startswith("our loaner")
        and _OWNER_PERSON_RE.search(text[s:e].replace(owned.group(), ""))
    ):
        return True
    return kind == "DEVICE" and bool(_ORG_DEVICE_RE.search(text, s, e))


def keyword_ids(text: str) -> Iterator[Span]:
    for span in _keyword_ids(text):
        if span[2] in _ORG_OWNED_KINDS and org_owned(text, span[0], span[1], span[2]):
            continue
        yield from _with_issuer(text, span)
    yield from _claim_lists(text)
    for m in _CUES9_RE.finditer(text):
        group = "v1" if m.group("v1") else "v2" if m.group("v2") else "v3"
        kind = {"v1": "MEMBER", "v2": "NATIONAL_ID", "v3": "LICENSE"}[group]
        start = m.start("cred") if group == "v3" else m.start(group)
        yield start, m.end(group), kind


# Round 9. Cue words the older lists miss: the Portuguese SNS user number ("número de
# utente 118 447 220"), a NIF with a possessive between ("O NIF dela 218447191"), and a
# credential with a licence number after "#" ("Arkansas LCSW #4412").
_CUES9_RE = re.compile(
    r"(?<![\w])(?:(?P<MEMBER>n[úu]mero[ \t]+de[ \t]+utente|n\.?[º°][ \t]+de[ \t]+utente|"
    r"utente[ \t]+n\.?[º°])[ \t]*(?:[:é][ \t]*)?(?P<v1>\d{3}[ ]?\d{3}[ ]?\d{3})"
    r"|(?P<NATIONAL_ID>NIF)[ \t]+(?:dele|dela|do[ \t]+utente|da[ \t]+utente|do[ \t]+doente|"
    r"da[ \t]+doente|do[ \t]+paciente|da[ \t]+paciente)[ \t]*:?[ \t]*(?P<v2>\d{9})"
    r"|(?P<cred>(?-i:LCSW|LICSW|LMFT|LPC|LCPC|RN|LPN|LVN|APRN|RPh|DDS|DMD|RDH|SLP)"
    r")[ \t]+#[ \t]?(?P<v3>\d{3,9}))(?![\w-])",
    re.IGNORECASE,
)


# Round 9. A licence or membership number written after its issuer's or credential's
# abbreviation is masked with it: "LICSW 115872", "RPSGT 48812", "DDS DN 0044718",
# "MGEN 0447182201" (the abbreviation tells which board or fund holds the person).
_ISSUER_BEFORE_RE = re.compile(r"(?<![\w-])([A-Z]{2,6})[ \t]+(?:#[ \t]*)?$")
_ISSUER_KINDS = frozenset({"LICENSE", "MEMBER", "ID"})
#: abbreviations that label a number without naming who holds it
_NOT_ISSUERS = frozenset(
    "ID NO NR NUM REF PIN EMP NPI EIN TIN CPT ICD IK DEA KVK NIP TAX VAT BIN PCN GRP "
    "RX LOT SN MAC IP PO".split()
)


def _with_issuer(text: str, span: Span) -> Iterator[Span]:
    """The number with its issuer's abbreviation, then the number alone: where the
    longer span cannot be taken (the abbreviation is already a name, "NIPC 509442718"),
    the number itself is still masked (a span over a taken one is dropped whole)."""
    longer = _issuer_span(text, span)
    if longer != span:
        yield longer
    yield span


def _issuer_span(text: str, span: Span) -> Span:
    start, end, kind = span
    if kind not in _ISSUER_KINDS:
        return span
    m = _ISSUER_BEFORE_RE.search(text, max(0, start - 12), start)
    if m is None or m.group(1) in _NOT_ISSUERS:
        return span
    # never into a name in capitals ("GALLOWAY RUTH 4471…"): the word before the
    # abbreviation is lower case, a credential, punctuation or the line's start
    before = text[max(0, m.start(1) - 30) : m.start(1)]
    prev = re.search(r"(\S+)[ \t]*$", before)
    if prev is not None:
        word = prev.group(1).strip("(,:;")
        if word and word[0].isupper() and word.lower() not in _CREDENTIAL_WORDS:
            return span
    from consultant.core import redaction_lexicon as lx

    if lx.lexicon().is_name(m.group(1).lower()):
        return span
    return m.start(1), end, kind


_CREDENTIAL_WORDS = frozenset(
    "rn lpn lvn np aprn md do pt dpt ot slp lcsw lmft lpc lcpc rph dds dmd rdh pharmd "
    "psyd phd msw bcba me".split()
)

# Round 9. Claim numbers listed after "claim numbers" / "the claims are": "Claim numbers
# in the rejection: 26311A004471 and 26311A004502", "The related claims are CLM-0094417
# and CLM-0094452".
_CLAIM_LIST_RE = re.compile(
    r"\b(?:claim[ \t]+(?:numbers|nos\.?|ids|#s)|claims)"
    r"(?:[ \t]+(?:in|on|from|for)[ \t]+(?:the|this|that)[ \t]+\w+)?"
    r"(?:[ \t]+(?:are|were|is))?[ \t]*:?[ \t]*"
    r"((?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{5,20}(?:(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)"
    r"(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{5,20}){1,8})(?![\w-])",
    re.IGNORECASE,
)
_CLAIM_ITEM_RE = re.compile(r"(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{5,20}", re.IGNORECASE)


def _claim_lists(text: str) -> Iterator[Span]:
    for m in _CLAIM_LIST_RE.finditer(text):
        for item in _CLAIM_ITEM_RE.finditer(text, m.start(1), m.end(1)):
            if sum(ch.isdigit() for ch in item.group()) >= 5 and not item.group().isalpha():
                yield item.start(), item.end(), "MEMBER"


# A Canadian direct-deposit triple: transit (5) - institution (3) account (5-12).
_CA_BANK_RE = re.compile(
    r"(?:transit|banking|bank|EFT|direct deposit|d[ée]p[ôo]t direct)[^\n\d]{0,24}"
    r"(?<![\d-])(\d{5}-\d{3}[ -]\d{5,12})(?![\d-])",
    re.IGNORECASE,
)
# The organisation's own number, public in a registry: "Org NPI", "group NPI".
_ORG_NUMBER_BEFORE_RE = re.compile(
    r"\b(?:org|organi[sz]ation(?:al)?|group|practice|facility|billing|type[ -]?2|"
    r"clinic(?:'s|’s)?|our)[ \t]+$",
    re.IGNORECASE,
)


# The organisation's own account with a vendor, named by the vendor's capitalised name:
# "Our IVANS account", "our McKesson Connect customer account" (not "our account").
_ORG_VENDOR_ACCOUNT_RE = re.compile(
    r"\b(?:[Oo]ur|[Uu]nser(?:e|em)?|[Oo]nze|[Nn]otre)(?:[ \t]+[A-Z][\w&.-]*){1,3}"
    r"(?:[ \t]+(?:customer|client|practice|Kunden|klant))?[ \t]+$"
)


# The same, as the sentence's words before a value: "Our IVANS account is …", "ons
# klantnummer …", "they want our customer number, which is …".
_ORG_VENDOR_ACCOUNT_TAIL_RE = re.compile(
    r"(?:\b(?:our|unser(?:e|em)?|onze|notre)(?:[ \t]+(?-i:[A-Z][\w&.-]*)){1,3}"
    r"(?:[ \t]+(?:customer|client|practice))?[ \t]+(?:account|acct)|"
    r"\b(?:our|ons|onze|unsere?|unser|notre)[ \t]+(?:customer|client|klant|kunden|account)"
    r"[ -]?(?:number|no\.?|nr\.?|id|nummer|#)|\bons klantnummer|\bunsere Kundennummer)"
    r"(?:[ \t]+(?:id|number|no\.?|#))?(?:,? which)?(?:[ \t]+(?:is|ist|es|est))?[ \t]*[:=#]?[ \t]*$",
    re.IGNORECASE,
)


def org_vendor_account(text: str, start: int) -> bool:
    """Is the value at ``start`` the organisation's own account with a vendor?"""
    ls = text.rfind("\n", 0, start) + 1
    before = _sentence_tail(text[max(ls, start - 60) : start])
    return bool(_ORG_VENDOR_ACCOUNT_TAIL_RE.search(before))


# A FHIR identifier: '"system": "http://fhir.nl/fhir/NamingSystem/bsn", "value": "…"'.
_FHIR_IDENTIFIER_RE = re.compile(
    r"\"system\"\s*:\s*\"([^\"\n]{1,200})\"\s*,\s*\"value\"\s*:\s*\"([^\"\n]{3,40})\""
)
_FHIR_NATIONAL_RE = re.compile(
    r"bsn|ssn|nhs|nir|insee|us-ssn|social|national|passport|pesel|dni|nie|ahv|svnr|kvnr|"
    r"personnummer|hetu|cpr",
    re.IGNORECASE,
)


# Round 9: in a sentence about a person, a serial number's own word is nearer than a
# word such as "unit" before it ("For Clarence Odum the unit with serial G5C-5528193 has
# not reported since he moved" is the patient's concentrator).
_SERIAL_WORD_RE = re.compile(r"serial|S/N|SN|Seriennummer|serienummer", re.IGNORECASE)


def _keyword_ids(text: str) -> Iterator[Span]:
    yield from rules6(text)
    for m in _FHIR_IDENTIFIER_RE.finditer(text):
        if any(ch.isdigit() for ch in m.group(2)):
            kind = "NATIONAL_ID" if _FHIR_NATIONAL_RE.search(m.group(1)) else "MRN"
            yield m.start(2), m.end(2), kind
    for m in _CA_BANK_RE.finditer(text):
        yield m.start(1), m.end(1), "ACCOUNT"
    for m in _CRED_LICENSE_RE.finditer(text):
        yield m.start(), m.end(), "LICENSE"
    for m in _SSN_SPACED_RE.finditer(text):
        yield m.start(), m.end(), "SSN"
    for m in _MBI_RE.finditer(text):
        yield m.start(), m.end(), "NATIONAL_ID"
    for m in _MAC_RE.finditer(text):
        yield m.start(), m.end(), "DEVICE"
    for m in _IMEI_RE.finditer(text):
        if luhn_is_valid(m.group()) and re.search(
            r"IMEI|serial|device|phone", text[max(0, m.start() - 40) : m.start()], re.I
        ):
            yield m.start(), m.end(), "DEVICE"
    for m in _DEA_RE.finditer(text):
        if _dea_valid(m.group()):
            yield m.start(), m.end(), "LICENSE"
    for m in _NINO_RE.finditer(text):
        if re.search(
            r"\bNI\b|NINO|national insurance", text[max(0, m.start() - 40) : m.start()], re.I
        ):
            yield m.start(), m.end(), "NATIONAL_ID"
    for m in _PLATE_RE.finditer(text):
        yield m.start(1), m.end(1), "PLATE"
        # More plates listed after the keyword: "Kennzeichen W-12345B, Petrović BN-4471 AK".
        stop = text.find("\n", m.end())
        stop = min(stop if stop != -1 else len(text), m.end() + 160)
        dot = text.find(". ", m.end(), stop)
        for pm in _PLATE_LIST_RE.finditer(text, m.end(1), dot if dot != -1 else stop):
            if len(pm.group().replace(" ", "").replace("-", "")) >= 5:
                yield pm.start(), pm.end(), "PLATE"
    yield from _plates_near_keyword(text)
    yield from plates6(text)
    for m in _KEYWORD_RE.finditer(text):
        kind = next(k for k, _ in _KEYWORD_SOURCES if m.group(k) is not None)
        if text[m.end(kind) : m.end(kind) + 1] == "-" and m.start("value") == m.end(kind) + 1:
            continue  # "DL-447120", "MR-2291": a prefix of a reference, not a keyword
        if kind != "SSN" and vendor_before(
            text,
            m.start(),
            strict=kind == "NATIONAL_ID"
            or (
                bool(_SERIAL_WORD_RE.fullmatch(m.group(kind)))
                and bool(_OWNER_PERSON_RE.search(text, *_sentence_span(text, m.start(), m.end())))
            ),
        ):
            continue  # "support ticket DL-447120"
        if kind == "ACCOUNT" and _ORG_VENDOR_ACCOUNT_RE.search(
            text, max(0, m.start() - 48), m.start()
        ):
            continue  # "Our IVANS account is …": the practice's account with a vendor
        if kind == "LICENSE" and _ORG_NUMBER_BEFORE_RE.search(
            text, max(0, m.start() - 24), m.start()
        ):
            continue  # "Org NPI is …": the organisation's registry number
        value = m.group("value").rstrip(".-/ ")
        compact = re.sub(r"[\s.-]", "", value)
        digits = sum(ch.isdigit() for ch in compact)
        if digits < 3 and not (digits and len(compact) >= 8 and kind in ("LICENSE", "DEVICE")):
            continue
        if _NOT_ID_VALUE_RE.match(value):
            continue
        if kind == "SSN" and digits != 9:
            continue
        start = m.start("value")
        if start >= 2 and text[start - 1] == "#" and text[start - 2] == " ":
            start -= 1
            value = "#" + value
        yield start, start + len(value), kind


# --- addresses and postcodes -----------------------------------------------------------

_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|"
    r"Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Square|Sq|Crescent|Cres|Close|"
    r"Gardens|Grove|Mews|Row|Hill|Loop|Pike|Run|Path|Plaza|Alley|Crossing|Xing|Point|Ridge|"
    r"Walk|Park|Green|Vale|View|Expressway|Expy|Freeway|Fwy|Turnpike|Tpke|Cove|Bend|Heights|"
    r"Hts|Meadows|Commons|Broadway|Mall|Arcade|Quay|Wharf|Embankment|Promenade|Rise|Esplanade)"
)
_UNIT = (
    r"(?:,?\s*(?:(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Room|Rm|Bldg|Building|Flat|Dept|Lot|"
    r"Space|Trlr|app|appt|bureau|piso|Wohnung|Whg)\.?\s*#?\s*[A-Za-z0-9-]{1,6}"
    r"|\d{1,3}(?:st|nd|rd|th)\s+(?:Floor|Fl)\b|#\s*[A-Za-z0-9-]{1,6}))"
)
_STREET_RE = re.compile(
    r"(?:(?<![\w.,/-])|(?<=[^\d\s],)|(?<=\d,)(?!\d{3}\b))(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat)\.?\s*#?\s*[A-Za-z0-9-]{1,6},?\s+)?"
    r"\d{1,6}[A-Za-z]?(?:-\d{1,5})?,?\s+"
    r"(?:(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.?\s+)?"
    r"(?:(?:[A-Z][\w'’.-]*|\d{1,3}(?:st|nd|rd|th))\s+){0,4}"
    + _SUFFIX
    + r"\b\.?(?:\s+(?:[NSEW]|NE|NW|SE|SW)\b\.?)?"
    + _UNIT
    + r"?"
)
_DE_STREET_RE = re.compile(
    r"(?<![\w])(?:[A-ZÄÖÜ][a-zäöüß-]*(?:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|ring|damm|"
    r"ufer|chaussee|steig|pfad)|[A-ZÄÖÜ][a-zäöüß-]+(?:er)?\s+(?:Straße|Strasse|Str\.|Weg|Platz|"
    r"Allee|Gasse|Ring|Damm))\s+\d{1,4}\s?[a-zA-Z]?(?![\w])"
)
# An address typed (or OCR'd) in capitals: "6955 OAKMONT DR", "1007 W1LLOW CREEK RD".
_STREET_UPPER_RE = re.compile(
    r"(?:(?<![\w.,/:-])|(?<=[^\d\s],))\d{1,6}[A-Z]?(?:-\d{1,5})?\s+"
    r"(?:(?:[NSEW]|NE|NW|SE|SW|NORTH|SOUTH|EAST|WEST)\.?\s+)?"
    r"(?:[A-Z][A-Z0-9'’.-]+\s+){1,4}"
    + _SUFFIX.upper()
    + r"\b\.?"
)
_UPPER_SUFFIX_RE = re.compile(r"[A-Z0-9] " + _SUFFIX.upper() + r"\b")
_NL_STREET_RE = re.compile(
    r"(?<![\w-])[A-Z][a-zà-ÿ'’-]*(?:straat|laan|weg|gracht|plein|kade|singel|dijk|steeg|"
    r"hof|pad|dreef|markt|park|baan|wal|veld|erf|burg|haven|kanaal|boulevard|dam|lei|"
    r"steenweg)\s+\d{1,4}(?:\s?[A-Za-z](?![\w-])|-?(?:bis|hs|huis|[A-Za-z]|\d{1,3})(?![\w-])|"
    r"\s(?:bis|hs|I{1,3})(?![\w-]))?(?![\w-])"
)
_DE_PREP_STREET_RE = re.compile(
    r"(?<![\w])(?:Am|An der|An den|Im|In der|In den|Auf der|Auf dem|Zum|Zur|Hinter der|"
    r"Unter den|Vor dem|Alte|Alter|Altes|Neue|Neuer)\s+[A-ZÄÖÜ][a-zäöüß-]{2,}\s+"
    r"\d{1,3}\s?[a-z]?(?=,?\s+(?:D-)?\d{5}\s+[A-ZÄÖÜ])"
)
# Dutch postcode: four digits (not starting 0) and two letters (never SA, SD, SS).
_NL_PC_RE = re.compile(r"(?<![\w-])([1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2})(?![\w-])")
_NL_PC_AFTER_RE = re.compile(r"[ \t]+[A-Z][a-zà-ÿ'’-]+|\"?\s*[,}]")
_POSTAL_FIELD_RE = re.compile(
    r"(?<![\w])(?:postal_?code|postcode|post_code|zip_?code|zip|plz|code_?postal)[\"']?"
    r"\s*[:=]\s*[\"']([A-Z0-9][A-Z0-9 -]{2,9}[A-Z0-9])[\"']",
    re.IGNORECASE,
)
_POBOX_RE = re.compile(
    r"(?<![\w])(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|Postfach)\s+\d{1,8}", re.I
)
_STATES = _STATE_CODES
_CITY_STATE_ZIP_RE = re.compile(
    r",\s+(?:"
    + _STATES
    + r"|[A-Z][a-z]+)\.?\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)(?![\w-])"
)
_CITY_BEFORE_RE = re.compile(r"(?<![\w])((?:[A-Z][a-z'’.-]+\s){0,2}[A-Z][a-z'’.-]+)$")
_STATE_ZIP_RE = re.compile(
    r"(?<![\w])((?:[A-Z][a-z'’.-]+\s){0,2}[A-Z][a-z'’.-]+),\s+(?:" + _STATES + r"|[A-Z][a-z]+)"
    r"\.?\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)(?![\w-])"
)
_STATE_ZIP_RE = re.compile(
    r"(?<![\w])(?:(?!ID\b)(?:" + _STATES + r")|(?<=, )ID)(?:\s+|\^)(\d{5}(?:-\d{4})?)(?![\w-])"
)
_IE_PC_RE = re.compile(
    r"(?<![\w])([AC-FHKNPRTV-Y]\d{2}|D6W)\s([AC-FHKNPRTV-Y0-9]{4})(?![\w])".replace(
        r"([AC-FHKNPRTV-Y]\d{2}|D6W)\s([AC-FHKNPRTV-Y0-9]{4})",
        r"((?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s[AC-FHKNPRTV-Y0-9]{4})",
    )
)
_ZIP_KEY_RE = re.compile(
    r"(?:zip|zip\s*code|postal\s*code|postcode|PLZ)\W{0,3}(\d{5}(?:-\d{4})?)", re.I
)
_UK_PC_RE = re.compile(
    r"(?<![\w])((?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)\s\d[ABD-HJLNP-UW-Z]{2})(?![\w])"
)
_CA_PC_RE = re.compile(
    r"(?<![\w])([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d)(?![\w])"
)
_DE_PLZ_RE = re.compile(
    r"(?:^|\n|,\s|\s{2})(?:D-)?(\d{5})\s+([A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+)?)(?![\w])"
)
_UK_TOWN_RE = re.compile(r"(?<![\w])([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),?\s+$")
_DE_HINT_RE = re.compile(
    r"stra(?:ß|ss)e|str\.|weg\b|platz|allee|gasse|ring\b|damm|ufer|chaussee|steig|pfad", re.I
)


_ROMANCE_STREET_RE = re.compile(
    r"(?<![\w.,/-])(?:\d{1,6}[A-Za-z]?,?\s+)?(?:rue|avenue|av\.|boulevard|bd|chemin|allée|impasse|"
    r"quai|calle|avenida|camino|paseo|carrer|via|viale|piazza|rua|travessa|Rue|Avenue|Boulevard|"
    r"Chemin|Allée|Impasse|Quai|Calle|Avenida|Camino|Paseo|Via|Viale|Piazza|Rua|montée|Montée|"
    r"route|Route|place|Place|cours|Cours|passage|Passage|faubourg|Faubourg|sentier|Sentier|"
    r"ruelle|Ruelle|traverse|Traverse|rampe|Rampe|côte|Côte|square|Square|cité|Cité|"
    r"résidence|Résidence|Plaza|Plaça|Ronda|Carretera|Travesía|Glorieta|Largo|Corso|Vicolo|"
    r"Strada|Contrada)\s+"
    r"(?:(?:de|des|du|la|le|del|de la|dei|della|do|da|d'|l')\s*)?"
    # a street name is a word, not a product or a ticket ("via OSRM 5.27", "via RITM0081")
    r"[A-ZÀ-Ý][a-zà-ÿ'’-][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*"
    r"(?:\s+[A-ZÀ-Ý][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*)?(?:\s+\d{1,5}[a-z]?(?![.,]\d))?"
)
# What may follow a street after a comma: a unit, then a town ("Co. Dublin", "Ewa Beach").
_ADDR_TAIL_RE = re.compile(
    r"(?:,[ \t]*|\^{1,2}|[ \t]+(?=(?:Apt|Suite|Ste|Unit)\b))"
    r"((?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Room|Rm|Bldg|Building|Flat|Dept|Lot|Space|app|"
    r"appt|bureau|piso|Wohnung)\.?\s*#?\s*[A-Za-z0-9-]{1,6}|\d{1,3}(?:st|nd|rd|th)\s+(?:Floor|Fl)\b|"
    r"#\s*[A-Za-z0-9-]{1,6}|\d{1,2}\s?[º°ª](?:\s?[A-Z](?![\w]))?|"
    r"(?:Co\.\s)?[A-ZÀ-Ý][a-zà-ÿ'’.-]+(?:[ -](?:[A-ZÀ-Ý][a-zà-ÿ'’.-]+|"
    r"de|du|la|le|sur|upon|on))*)"
)
_TAIL_POSTCODE_RE = re.compile(r"(?:,[ \t]*|[ \t]+)(\d{4,5})(?![\w-])")


def _street_with_tail(text: str, start: int, end: int) -> Iterator[Span]:
    """The street plus the unit and town after it; a 4–5 digit postcode after the town."""
    towns = 0
    while True:
        m = _ADDR_TAIL_RE.match(text, end)
        if m is None:
            break
        part = m.group(1)
        is_town = part[:1].isupper() and not re.match(
            r"(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Room|Rm|Bldg|Building|Flat|Dept|Lot)\b", part
        )
        if is_town:
            towns += 1
            if towns > 2 or part.split()[0] in _NOT_TOWNS:
                break
        end = m.end()
    yield start, end, "ADDRESS"
    pc = _TAIL_POSTCODE_RE.match(text, end)
    if pc and towns:
        yield pc.start(1), pc.end(1), "POSTCODE"
        return
    nl = re.compile(r",?[ \t]+|,").match(text, end)
    if nl is not None:
        npc = _NL_PC_RE.match(text, nl.end())
        if npc is not None and _NL_PC_AFTER_RE.match(text, npc.end()):
            yield npc.start(1), npc.end(1), "POSTCODE"
            return
    csv = re.compile(r",(\d{5}(?:-\d{4})?)(?=,|$)", re.M).match(text, end)
    if csv is not None and "," in text[text.rfind("\n", 0, start) + 1 : start]:
        yield csv.start(1), csv.end(1), "POSTCODE"  # a CSV row: street,zip


_NOT_TOWNS = frozenset(
    "Tel Phone Fax Office Cell Mobile Email Web Suite Ste Apt Unit Thanks Regards".split()
)


def addresses(text: str) -> Iterator[Span]:
    spans = [*_addresses9(text), *_addresses(text)]
    # where two rules found parts of one street, the whole of both
    streets = sorted((s, e) for s, e, k in spans if k == "ADDRESS")
    joined: list[list[int]] = []
    for s, e in streets:
        if joined and s < joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], e)
        else:
            joined.append([s, e])
    whole = [(s, e, "ADDRESS") for s, e in joined]
    yield from whole
    # where the whole is refused (a phone took its unit number), its parts still count
    taken = {w[:2] for w in whole}
    yield from (span for span in spans if span[2] == "ADDRESS" and span[:2] not in taken)
    yield from (span for span in spans if span[2] != "ADDRESS")
    yield from _after_addresses(text, whole)


# Round 9. Streets with the unit and floor parts of several countries, found whole:
# "Rua das Flores 112, 2.º Esq., 4050-265 Porto", "C/ Mallorca 214, 3º 2ª", "Via dei
# Serpenti 112, scala B, int. 4", "Kerkstraat 12-3hg", "Vleutenseweg 208 bis", "Lange
# Nieuwstraat 14 bus 3", "Unit 7/22 Kent St", "335 Ponce de Leon Ave NE #B".
_R9_PARTICLE = r"(?:de|da|do|das|dos|del|de[ \t]+la|dei|degli|della|delle|di|du|des|la|le|d'|d’)"
_R9_CAP = r"[A-ZÀ-Ý][\w'’-]+"
_R9_UNIT = (
    r"(?:\d{1,2}[.]?[ \t]?[ºª°](?:[ \t]*(?:\d{1,2}[ \t]?[ºª°]|(?i:esq|dto|dta|dir|izq|izqda|izda|"
    r"dcha|dcho|drcha)\.?|Frente|[A-Z](?![\w])))?"
    r"|scala[ \t]+[A-Z0-9]{1,3}|sc\.[ \t]*[A-Z0-9]{1,3}|int(?:erno)?\.?[ \t]*\d{1,3}|"
    r"piano[ \t]+\d{1,2}|piso[ \t]+\d{1,2}|puerta[ \t]+\d{1,3}|porta[ \t]+\d{1,3}|bajo|"
    r"lok\.?[ \t]*\d{1,4}|m\.[ \t]*\d{1,4}|app?t?\.?[ \t]*\d{1,4})"
)
_ROMANCE9_RE = re.compile(
    r"(?<![\w/])(?:Rua|Travessa|Avenida|Av\.|Largo|Praça|Calle|C/|Avda\.?|Paseo|Plaza|Carrer|"
    r"Via|Viale|Piazza|Corso|Vicolo|Rue|rue|Avenue|avenue|Boulevard|boulevard|Place|place|"
    r"Chemin|chemin|Allée|allée|Impasse|impasse)"
    r"[ \t]+(?:" + _R9_PARTICLE + r"[ \t]*)?" + _R9_CAP
    + r"(?:[ \t]+(?:" + _R9_PARTICLE + r"[ \t]+)?" + _R9_CAP + r"){0,3}"
    r",?[ \t]+\d{1,4}[A-Za-z]?(?![\w/])(?:[ \t]+(?:bis|ter))?"
    r"(?:[ \t]*,?[ \t]+" + _R9_UNIT + r"(?![ \t]+\d))*"
)
_NL9_RE = re.compile(
    r"(?<![\w-])(?:(?:Lange|Korte|Oude|Nieuwe|Grote|Kleine|Hoge|Lage|Sint|Große|Alte|Neue)[ \t]+)?"
    r"[A-Z][a-zà-ÿ'’-]*(?:straat|weg|laan|plein|gracht|kade|dijk|singel|steeg|pad|dreef|baan|"
    r"lei|markt|steenweg)"
    r"[ \t]+\d{1,4}[a-z]?(?:-\d{1,3}[ \t]?(?:hg|hoog|h|bis|[A-Z])?(?![\w])|[ \t]+bis(?![\w])|"
    r"[ \t]+bus[ \t]+\d{1,4}[a-zA-Z]?(?![\w])|-?(?:hg|hoog|huis)(?![\w]))"
)
_SLASH_UNIT_RE = re.compile(
    r"(?<![\w/])(?:(?:Unit|Apt|Flat|Shop|Suite|Level)[ \t]+)?\d{1,4}[A-Za-z]?/\d{1,5}[A-Za-z]?"
    r"[ \t]+" + _R9_CAP + r"(?:[ \t]+" + _R9_CAP + r")?[ \t]+"
    r"(?:St|Street|Rd|Road|Ave|Avenue|Pde|Parade|Cres|Crescent|Dr|Drive|Hwy|Pl|Place|Tce|Terrace|"
    r"Ct|Court|Ln|Lane|Way|Blvd)\b\.?"
)
_US_PARTICLE_STREET_RE = re.compile(
    r"(?<![\w-])\d{1,6}[ \t]+" + _R9_CAP + r"[ \t]+(?:de|del|de[ \t]+la|la|van|von)[ \t]+"
    + _R9_CAP + r"(?:[ \t]+" + _R9_CAP + r")?[ \t]+"
    r"(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pkwy|Ct|Pl|Hwy)\b\.?"
    r"(?:[ \t]+(?:NE|NW|SE|SW|N|S|E|W)\b)?"
)
_R9_PC_AFTER_RE = re.compile(
    r"[ \t]*,?[ \t]+(\d{4}-\d{3}|\d{4}[ \t]?[A-Z]{2}|\d{4,5})(?=[ \t]+[A-ZÀ-Ý][a-zà-ÿ])"
)


# A house without a street word before a town and an Irish or British postcode: "home in
# 14 Cois Abhann, Ballincollig, P31 X2Y4", "The Old Forge, Braithwaite, CA12 5SY", "Apt
# 12, The Maltings, Douglas, T12 DX40" (a number, "The" or a unit word opens it).
_R9_NAME_WORD = r"[A-ZÀ-Ý][\w'’-]+"
_HOUSE_BEFORE_PC_RE = re.compile(
    r"(?:^|(?<=[-–(:,]\s)|(?<=\bin\s)|(?<=\bat\s)|(?<=\bto\s))"
    r"((?:(?:Apt|Flat|Unit|Apartment)\.?[ \t]+\d{1,4}[A-Za-z]?,[ \t]+)?"
    r"(?:\d{1,4}[A-Za-z]?[ \t]+|The[ \t]+)" + _R9_NAME_WORD
    + r"(?:[ \t]+(?:na|an|de|ar|le)?[ \t]*" + _R9_NAME_WORD + r"){0,2}"
    r"(?:,[ \t]+" + _R9_NAME_WORD + r"(?:[ \t]+" + _R9_NAME_WORD + r")?){1,2}),?[ \t]+$",
    re.MULTILINE,
)


def _houses_before_postcodes(text: str) -> Iterator[Span]:
    for rx in (_IE_PC_RE, _UK_PC_RE):
        for m in rx.finditer(text):
            ls = text.rfind("\n", 0, m.start()) + 1
            h = _HOUSE_BEFORE_PC_RE.search(text, max(ls, m.start() - 80), m.start())
            if h is not None:
                yield h.start(1), h.end(1), "ADDRESS"


def _addresses9(text: str) -> Iterator[Span]:
    yield from _houses_before_postcodes(text)
    for rx in (_ROMANCE9_RE, _NL9_RE):
        for m in rx.finditer(text):
            end = m.end()
            yield m.start(), end, "ADDRESS"
            pc = _R9_PC_AFTER_RE.match(text, end)
            if pc is not None:
                yield pc.start(1), pc.end(1), "POSTCODE"
    for rx in (_SLASH_UNIT_RE, _US_PARTICLE_STREET_RE):
        for m in rx.finditer(text):
            yield from _street_with_tail(text, m.start(), m.end())


# After a street found by any rule: a "#B" unit and a bare ZIP or postcode that follows
# it in a list or a CSV cell ("1200 Peachtree St NE, Apt 1412 30309", "…;30-018").
_UNIT_HASH_RE = re.compile(r"[ \t]+#[A-Z0-9]{1,4}(?![\w])")
_BARE_PC_AFTER_RE = re.compile(
    r"(?:[ \t]*[,;][ \t]*|[ \t]+)(\d{5}(?:-\d{4})?|\d{2}-\d{3})(?![\w-]|[.,]\d|[ \t]+\d)"
)


_AU_STATE_PC_RE = re.compile(
    r"[ \t]*,?[ \t]+(?:NSW|VIC|QLD|TAS|ACT|NT|WA|SA)[ \t]+(\d{4})(?![\w-]|[ \t]+\d)"
)


def _after_addresses(text: str, spans: list[Span]) -> Iterator[Span]:
    for _s, e, kind in spans:
        if kind != "ADDRESS":
            continue
        h = _UNIT_HASH_RE.match(text, e)
        if h is not None:
            yield e, h.end(), "ADDRESS"
            e = h.end()
        pc = _BARE_PC_AFTER_RE.match(text, e) or _AU_STATE_PC_RE.match(text, e)
        if pc is not None:
            yield pc.start(1), pc.end(1), "POSTCODE"


def _addresses(text: str) -> Iterator[Span]:
    yield from addresses6(text)
    for m in _POBOX_RE.finditer(text):
        yield from _street_with_tail(text, m.start(), m.end())
    for m in _STREET_RE.finditer(text):
        if re.fullmatch(
            r"\d+\s+(?:Run|Way|Point|Park|Green|View|Path|Walk|Row|Loop|Bend)", m.group()
        ):
            continue
        yield from _street_with_tail(text, m.start(), m.end())
    for m in _ROMANCE_STREET_RE.finditer(text):
        if re.search(r"\d", m.group()):
            yield from _street_with_tail(text, m.start(), m.end())
    if _DE_HINT_RE.search(text):
        for m in _DE_STREET_RE.finditer(text):
            yield from _street_with_tail(text, m.start(), m.end())
    if _UPPER_SUFFIX_RE.search(text):
        for m in _STREET_UPPER_RE.finditer(text):
            yield from _street_with_tail(text, m.start(), m.end())
    for m in _DE_PREP_STREET_RE.finditer(text):
        yield from _street_with_tail(text, m.start(), m.end())
    for m in _NL_STREET_RE.finditer(text):
        yield from _street_with_tail(text, m.start(), m.end())
    for m in _POSTAL_FIELD_RE.finditer(text):
        yield m.start(1), m.end(1), "POSTCODE"
    for m in _CITY_STATE_ZIP_RE.finditer(text):
        city = _CITY_BEFORE_RE.search(text, max(0, m.start() - 50), m.start())
        if city:
            yield city.start(1), city.end(1), "ADDRESS"
        yield m.start(1), m.end(1), "POSTCODE"
    for m in _STATE_ZIP_RE.finditer(text):
        yield m.start(1), m.end(1), "POSTCODE"
    for m in _ZIP_KEY_RE.finditer(text):
        yield m.start(1), m.end(1), "POSTCODE"
    for m in _UK_PC_RE.finditer(text):
        yield m.start(1), m.end(1), "POSTCODE"
        town = _UK_TOWN_RE.search(text, max(0, m.start() - 40), m.start())
        if town:
            yield town.start(1), town.end(1), "ADDRESS"
    for m in _CA_PC_RE.finditer(text):
        if (re.search(r"\d", m.group(1)) and " " in m.group(1)) or re.search(
            r"(?:" + _STATES + r")\W*$", text[max(0, m.start() - 6) : m.start()]
        ):
            yield m.start(1), m.end(1), "POSTCODE"
    for m in _DE_PLZ_RE.finditer(text):
        yield m.start(1), m.end(1), "POSTCODE"
        yield m.start(2), m.end(2), "ADDRESS"
    for m in _IE_PC_RE.finditer(text):
        yield m.start(1), m.end(1), "POSTCODE"
    yield from _unit_parts(text)


# --- tables: columns named by a header row -------------------------------------------

_CELL_SPLITS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("|", re.compile(r"[ \t]*\|[ \t]*")),
    ("\t", re.compile(r"[ \t]*\t[ \t]*")),
    (";", re.compile(r"[ \t]*;[ \t]*")),
    (",", re.compile(r"[ \t]*,[ \t]*")),
    ("  ", re.compile(r"[ \t]{2,}")),
)


def _cells(line: str, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of each non-empty cell of ``line`` split by ``sep``."""
    out: list[tuple[int, int]] = []
    pos = 0
    money = [m.span() for m in _MONEY_CELL_RE.finditer(line)] if "," in line else []
    for m in sep.finditer(line):
        if any(s < m.start() < e for s, e in money):
            continue  # "$1,240.00": a thousands separator, not a cell boundary
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(line)))
    return out


_MONEY_CELL_RE = re.compile(r"(?<![\w.])[$€£]\d{1,3}(?:,\d{3})+(?:\.\d{2})?(?![\w,])")


def _quoted_csv_cells(line: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(line)
    while pos <= n:
        if pos < n and line[pos] == '"':
            close = line.find('"', pos + 1)
            if close == -1:
                close = n - 1
            out.append((pos + 1, close))
            nxt = line.find(",", close)
            pos = n + 1 if nxt == -1 else nxt + 1
            continue
        nxt = line.find(",", pos)
        end = n if nxt == -1 else nxt
        out.append((pos, end))
        pos = end + 1
    if "$" in line or "€" in line or "£" in line:
        # "$1,240.00": a thousands separator, not a cell boundary.
        for ms, me in [m.span() for m in _MONEY_CELL_RE.finditer(line)]:
            inside = [k for k, (cs, ce) in enumerate(out) if cs < me and ms < ce]
            if len(inside) > 1:
                out[inside[0] : inside[-1] + 1] = [(out[inside[0]][0], out[inside[-1]][1])]
    return out


_DIGIT_RE = re.compile(r"\d")


def table_cells(text: str) -> Iterator[tuple[str, int, int]]:
    """(header, start, end) for each body cell of a table whose first line names its
    columns: ``Name | Plate``, ``member_no,name,card``, ``Client   A-Number   Receipt #``.
    A block is a run of non-blank lines with the same number of cells as its header."""
    lines = text.split("\n")
    offsets: list[int] = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    k = 0
    while k < len(lines):
        header = lines[k]
        if not header.strip() or len(header) > 300:
            k += 1
            continue
        best: tuple[str, list[tuple[int, int]]] | None = None
        for name, sep in _CELL_SPLITS:
            if name not in header.strip():
                continue
            cells = _cells(header, sep)
            if name == "  ":
                lead = len(header) - len(header.lstrip())
                cells = [(s, e) for s, e in cells if e > s and s >= lead]
            if len(cells) >= 2 and all(header[s:e].strip() for s, e in cells):
                best = (name, cells)
                break
        if best is None or len(_DIGIT_RE.findall(header)) > 2:
            k += 1
            continue
        name, head_cells = best
        titles = [header[s:e].strip() for s, e in head_cells]
        if any(len(t) > 40 for t in titles):
            k += 1
            continue
        j = k + 1
        rows = 0
        while j < len(lines) and lines[j].strip():
            line = lines[j]
            if name == ",":
                cells = _quoted_csv_cells(line)
            else:
                cells = _cells(line, _CELL_SPLITS[[n for n, _ in _CELL_SPLITS].index(name)][1])
                if name == "  ":
                    lead = len(line) - len(line.lstrip())
                    cells = [(s, e) for s, e in cells if e > s and s >= lead]
            if len(cells) != len(titles):
                break
            rows += 1
            for title, (s, e) in zip(titles, cells, strict=True):
                cs = s + len(line[s:e]) - len(line[s:e].lstrip())
                ce = s + len(line[s:e].rstrip())
                if ce > cs:
                    yield title, offsets[j] + cs, offsets[j] + ce
            j += 1
        k = j if rows else k + 1


_HEAD_KINDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rx, re.IGNORECASE), kind)
    for rx, kind in (
        (r"plate|kennzeichen|\btag\b", "PLATE"),
        (r"\bSSN\b|social", "SSN"),
        (r"serial|S/N|device|IMEI|asset|MAC\b", "DEVICE"),
        (r"medicaid|member|beneficiary|insurance|subscriber|policy|claim|WIC", "MEMBER"),
        (r"MRN|chart|record|patient.?(?:id|no|#)", "MRN"),
        (r"licen[cs]e|DEA|NPI|\bDL\b|permit", "LICENSE"),
        (r"account|acct|personal.?nr|employee|emp.?(?:id|no)|customer", "ACCOUNT"),
        (r"NHS|SIN\b|passport|national|tax|steuer|A-?number|SV-Nummer|alien", "NATIONAL_ID"),
        (r"phone|tel\b|mobile|cell|fax", "PHONE"),
    )
)
#: Column headings and words before a number that make it a vendor's or the business's
#: own reference, not a person's.
_VENDOR_REF = (
    r"ticket|tkt|incident|case|support|order|orders|PO|invoice|inv|SKU|part|model|KB|"
    r"article|release|build|version|ver|error|err|code|port|room|extension|receipt|"
    r"reservation|res|confirmation|conf|batch|job|lockbox|transaction|txn|ref|reference|"
    r"form|listing|MLS|project|PID|matter|request|req|change|chg|RITM|INC|bug|issue|"
    r"report|run|file|page|line|step|table|row|column|item|unit|bed|wing|floor|suite|"
    r"station|gate|door|route|store|branch|location|site|campus|status|HTTP|alert|"
    r"docket|vendor|subscription|plan|tracking|shipment|package|cve|dpi|mb|kb|gb|facility|"
    r"facilities|message|control|msg|creditor|merchant|supplier|rechnung|facture|factura|"
    r"bestellung|auftrag|commande|pedido|feld|field|fehler|erreur|ticketnummer|vorgang|"
    r"terminal|queue|sample|test|demo|sandbox|staging|rma|loop|box|bates|application|fein|"
    r"company|firm|institution|transit|batch|group|computer|computadora|ordinateur|rechner|"
    r"workstation|anydesk|teamviewer|gläubiger|auth|authori[sz]ations?|gateway|camera|"
    r"fout|errore|erro|virhe|payer|lieferschein|delivery note|waybill|manifest|log|tote|"
    r"crate|bin|kit|lot|"
    r"consignment|parcel|pallet|declaratie|declaratiebestand|retourbericht|bestand|"
    r"factuur|bestelling|zending|bon|bordereau|albar[aá]n|env[ií]o|Sendung|Paket|Charge"
)
_VENDOR_HEAD_RE = re.compile(r"^(?:" + _VENDOR_REF + r")(?:\b|_)", re.IGNORECASE)


def _head_kind(title: str) -> str | None:
    for rx, kind in _HEAD_KINDS:
        if rx.search(title):
            return kind
    return None


def vendor_heading(title: str) -> bool:
    """Does a column heading name the business's or a vendor's own references?"""
    return bool(_VENDOR_HEAD_RE.match(title.strip())) and _head_kind(title) is None


_NAME_HEAD_RE = re.compile(
    r"name|first|last|surname|vorname|nachname|nom|owner|patient|client|guest|employee|"
    r"resident|participant|staff|student|applicant|claimant|realtor|agent|driver|nurse|aide|"
    r"visitor|tenant|caregiver|clinician|contact|donor|member|worker|obligor|child|parent",
    re.IGNORECASE,
)
_NOT_NAME_HEAD_RE = re.compile(
    r"id|_id|no|_no|num|#|code|mail|phone|date|dob|addr|plate|car|type|relation|"
    r"status|count|amount|balance|card|user|login|file|form|program|plan|service|site",
    re.IGNORECASE,
)


_LABEL_VALUE = r"(\"[^\"\n]{1,60}\"|[^\s\"=,;(|][^\n=,;(|]{0,60})"
_LABEL_RES = (
    # "New owner: Odalys Fairbanks-Mwangi" at the start of a line
    re.compile(r"^[ \t>*-]*([A-Za-z][A-Za-z_ ]{0,30}):[ \t]+" + _LABEL_VALUE, re.MULTILINE),
    # "participant=Leocadia Farrow", 'name="Okonkwo, J"'
    re.compile(
        r"(?<![\w-])([A-Za-z][A-Za-z_]{1,30})="
        r"(\"[^\"\n]{1,60}\"|[^\s\"=,;(|]+(?:[ ][A-Z][\w'’-]*(?![\w=]))*)"
    ),
)


def _labelled(text: str) -> Iterator[tuple[str, int, int]]:
    """``Name: Rosalind Featherstone``, ``participant=Leocadia Farrow``, ``name="Roe, J"``:
    (label, start, end) of the value, cut before a dash, bracket or the next ``key=``."""
    for m in (m for rx in _LABEL_RES for m in rx.finditer(text)):
        label = m.group(1).strip()
        s, e = m.span(2)
        value = m.group(2)
        if value.startswith('"'):
            s, e = s + 1, e - 1
        else:
            cut = re.search(r" [—–-] | {2,}|\s+[A-Za-z_]+=|\s+->|[.!?](?:\s|$)", value)
            if cut:
                e = s + cut.start()
        if text[e : e + 1] == "=":
            e = s + max(value.rfind(" "), 0)  # "Leocadia Farrow wic_id=": not the next key
        while e > s and text[e - 1] in " \t":
            e -= 1
        if e > s:
            yield label, s, e


def name_cells(text: str, cells: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """Cells without digits under a heading that names people ("Name", "owner_first",
    "Guest", "Client"), and values after such a label ("New owner: …", "participant=…")."""
    out: list[tuple[int, int]] = []
    labelled = list(_labelled(text)) if (":" in text or "=" in text) else []
    for title, s, e in [*cells, *labelled]:
        if not _NAME_HEAD_RE.search(title) or _NOT_NAME_HEAD_RE.search(title):
            continue
        value = text[s:e]
        if any(ch.isdigit() or ch == "@" for ch in value) or len(value) > 60:
            continue
        out.append((s, e))
    return out


def column_ids(text: str, cells: list[tuple[str, int, int]]) -> Iterator[Span]:
    """Cells with digits under a column heading that names an identifier."""
    for title, s, e in cells:
        value = text[s:e]
        if sum(ch.isdigit() for ch in value) < 3 or len(value) > 40:
            continue
        kind = _head_kind(title)
        if kind is None:
            continue
        if kind == "PHONE" and sum(ch.isdigit() for ch in value) < 7:
            continue
        yield s, e, kind


# --- identifier-shaped tokens without a keyword ------------------------------------------

_IDISH_RE = re.compile(
    r"(?<![A-Za-z0-9.$€£#/\\:-])#?(?=[A-Za-z0-9./-]*\d)"
    r"(?:\d+(?:[ ]\d{2,})+(?![ ]?[A-Za-z]\b)|[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)*)"
    r"(?![A-Za-z0-9%€£]|[.,]\d|-\w)"
)
_NOT_ID_SHAPE_RE = re.compile(
    r"^(?:\d{1,3}(?:\.(?:\d{1,3}|x|\*))+(?:/\d{1,2})?|[xX*•]{2,}[ -]?\d+|\d{1,2}h\d{2}|"
    r"v?\d+(?:\.\d+){1,3}[a-z]?|\d+(?:\.\d{1,2})|0x[0-9a-f]+|\d{1,2}H\d|[0-9]+(?:k|m|gb|mb|kb|"
    r"px|ms|hz|mhz|ghz|dpi|mp|mm|cm|kg|lb|lbs|mg|ml|st|nd|rd|th)|(?:19|20)\d{2}s?)$",
    re.IGNORECASE,
)
_REF_PREFIX_RE = re.compile(
    r"^(?:INC|REQ|RITM|CHG|TKT|ERR|MSG|INV|PO|TXN|JIRA|KB|CVE|SR|CASE|HTTP|SKU|ORD|ORDER|BUG|"
    r"REL|BUILD|VER|TICKET|CS|CR|RFC|PRJ|PROJ|ISO|RFC|WO|JOB|ART|MOD|SOW|MSA|NDA|DPA|BAA|RFP|"
    r"RFQ|QUOTE|QT|EST|CHANGE|PR|MR)[-_ ]?\d",
    re.IGNORECASE,
)
_BEFORE_REF_STRICT_RE = re.compile(
    r"(?:^|[^\w])(?:" + _VENDOR_REF + r")s?\b[ \t]*(?:'s|’s)?[ \t]*$", re.IGNORECASE
)
_BEFORE_REF_RE = re.compile(
    r"(?:^|[^\w])(?:"
    + _VENDOR_REF
    + r")s?\b(?:[ \t]+[\w'’().-]+){0,3}(?:[ \t]*(?:number|numbers|num|no\.?|nr\.?|#|id|"
    r"is|was|of|ist|lautet|est|es|:|=|-|\(|,|ends in|ending in))*[ \t]*#?[ \t]*$",
    re.IGNORECASE,
)
_MONEY_BEFORE_RE = re.compile(r"(?:[$€£¥]|USD|EUR|GBP|CAD|AUD|CHF)\s?$", re.IGNORECASE)
_AFTER_UNIT_RE = re.compile(
    r"^\s?(?:%|percent|USD|EUR|GBP|dollars|euros|hours|hrs|minutes|mins|seconds|secs|days|"
    r"weeks|months|years|items|rows|records|pages|users|bytes|MB|GB|KB|ms|px|dpi|words|"
    r"characters|chars|times|members|patients|claims|visits|calls|messages|errors)\b",
    re.IGNORECASE,
)


def _context_kind(text: str, start: int) -> str:
    ls = text.rfind("\n", 0, start) + 1
    before = text[max(ls, start - 48) : start]
    best = -1
    kind = "ID"
    for m in _KEYWORD_RE_KINDS.finditer(before):
        if m.start() > best:
            best = m.start()
            kind = next(k for k, _ in _KEYWORD_SOURCES if m.group(k) is not None)
    return kind


_KEYWORD_RE_KINDS = re.compile(
    r"(?<![\w])(?:" + "|".join(f"(?P<{kind}>{words})" for kind, words in _KEYWORD_SOURCES) + r")\b",
    re.IGNORECASE,
)


_ID_WORDS = frozenset(
    "plate tag id no nr number member account acct mrn chart patient license licence dl "
    "serial sn imei passport ssn medicaid medicare policy claim employee emp badge".split()
)
_TEST_CARD_DIGITS = frozenset(
    "4111111111111111 4242424242424242 4012888888881881 5555555555554444 5105105105105100 "
    "378282246310005 371449635398431 6011111111111117 6011000990139424".split()
)


_OURS_AFTER_RE = re.compile(
    r"[^.\n]{0,40}?(?:\b(?:the |our )?(?:company|firm|business|practice|clinic|brokerage|"
    r"employer|vendor|bank|agency|office|firm)(?:'s|’s)|\bours\b|\bnot (?:his|hers|theirs)\b|"
    r"\btheir (?:file|reference|ticket|case|job|order) (?:number|no|#|id)\b|"
    r"\b(?:they're|they are|both|all) shared\b|\bnot assigned\b)",
    re.IGNORECASE,
)


def _sentence_tail(before: str) -> str:
    """The part of ``before`` in the current sentence ("No." and "e.g." do not end one)."""
    for m in reversed(list(re.finditer(r"[.;?!] ", before))):
        word = re.search(r"[\w.]*$", before[: m.start()])
        if m.group()[0] == "." and word is not None and len(word.group()) <= 3:
            continue
        return before[m.end() :]
    return before


def vendor_before(text: str, start: int, strict: bool = False) -> bool:
    """Does a vendor-side reference word ("ticket", "order", "lockbox") introduce the
    value at ``start``? ``strict``: only right before it ("vendor Tax ID", not "can the
    form accept BSN", where the id's own keyword is nearer)."""
    ls = text.rfind("\n", 0, start) + 1
    before = _sentence_tail(text[max(ls, start - 40) : start])
    if strict:
        return bool(_BEFORE_REF_STRICT_RE.search(before))
    return bool(_BEFORE_REF_RE.search(before))


# Mail from an issue tracker, whose "ABC-123" tokens are issue keys.
_TRACKER_RE = re.compile(
    r"\[JIRA\]|\bjira\b|\bYouTrack\b|\bRedmine\b|\bLinear\b|\bServiceNow\b|\bZendesk\b|"
    r"\bFreshdesk\b|\bGitLab\b|\bGitHub\b",
    re.IGNORECASE,
)
_ORG_ID_BEFORE_RE = re.compile(
    r"\b(?:org|organi[sz]ation(?:al)?|group|practice|facility|billing|type[ -]?2)[ \t]+"
    r"(?:NPI|TIN|EIN|tax id)\b[^\n\d]{0,12}$",
    re.IGNORECASE,
)
_TEST_WORD_RE = re.compile(r"test|sandbox|dummy|sample|fake|example|demo", re.IGNORECASE)
_ISSUE_KEY_RE = re.compile(r"[A-Z][A-Z0-9]{1,9}-\d{1,6}")
_G_GROUPED = re.compile(r"\d[ -/.]\d")
_G_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+\.\d+")
_G_IBAN_HEAD = re.compile(r"(?<![\w])[A-Z]{2}\d{2} $")
_G_LIST_GAP = re.compile(r",? (?:and |or |& )?|, |/")
_G_BRAND = re.compile(r"(?<![\w-])[A-Z][\w-]*[ ]$")
_G_WORD = re.compile(r"[\w-]+")
_G_PORT = re.compile(r"(?:\bport|:)\s*$")
_G_COMPACT_DATE = re.compile(r"(?:19|20)\d{6}")


def generic_ids(
    text: str, vendor_cells: set[int], occupied: bytearray | None = None
) -> Iterator[Span]:
    """Tokens shaped like identifiers (>= 5 digits; letters with >= 4 digits; digit groups
    with >= 6 digits) that no non-personal shape or context explains."""
    for span in _generic_ids(text, vendor_cells, occupied):
        # The office-machine cues of a DEVICE only for a number a device word
        # introduces ("serial", "asset", "Seriennummer"): in "Jennifer's number is
        # 88451233, I typed it into the office laptop" the number is the patient's.
        if (
            org_owned(text, span[0], span[1])
            or (
                _DEVICE_WORD_BEFORE_RE.search(text, max(0, span[0] - 40), span[0])
                and org_owned(text, span[0], span[1], "DEVICE")
            )
            or technical_before(text, span[0])
            or org_vendor_account(text, span[0])
        ):
            continue
        # the issuer's abbreviation only after the checks above, which look at what
        # stands before the number itself
        yield from _with_issuer(text, span)


def technical_before(text: str, start: int) -> bool:
    """Does a technical object ("build", "port", "commit", "org ID", "failed with")
    introduce the value at ``start`` in its sentence?"""
    ls = text.rfind("\n", 0, start) + 1
    return bool(_TECH_BEFORE_RE.search(_sentence_tail(text[max(ls, start - 60) : start])))


def _generic_ids(
    text: str, vendor_cells: set[int], occupied: bytearray | None = None
) -> Iterator[Span]:
    last_kept = 0
    tracker = bool(_TRACKER_RE.search(text))
    for m in _IDISH_RE.finditer(text):
        value = m.group()
        start, end = m.start(), m.end()
        if value.startswith("#"):
            value = value[1:]
        while value and value[-1] in ".-/":
            value = value[:-1]
            end -= 1
        if occupied is not None and occupied[start] and occupied[end - 1]:
            continue  # already taken by a detector that knows its kind
        digits = sum(ch.isdigit() for ch in value)
        letters = sum(ch.isalpha() for ch in value)
        if digits < 4:
            continue
        grouped = bool(_G_GROUPED.search(value))
        if not (
            (letters == 0 and (digits >= 6 or (digits >= 5 and not grouped)))
            or (letters and digits >= 4)
        ):
            continue
        if letters and digits < 5 and not (value[:1].isdigit() or value[-1:].isdigit()):
            continue
        if _NOT_ID_SHAPE_RE.match(value) or _REF_PREFIX_RE.match(value):
            continue
        if _TOLL_FREE_RE.fullmatch(value) or _NDC_RE.fullmatch(value):
            continue
        if re.sub(r"[ -]", "", value) in _TEST_CARD_DIGITS and _TEST_WORD_RE.search(
            text, max(0, start - 60), start
        ):
            continue  # "for testing use 4111 1111 1111 1111": a public test card number
        if tracker and _ISSUE_KEY_RE.fullmatch(value):
            continue  # "CARD-3972" in an issue tracker's mail: the issue's key
        if letters and value.isalpha():
            continue
        if _G_NUMBER.fullmatch(value):
            continue
        if start in vendor_cells:
            continue
        if _G_IBAN_HEAD.search(text, max(0, start - 5), start):
            continue  # the rest of an IBAN that failed its checksum
        if text[end : end + 1] == ":" and text[start - 1 : start] in ('"', "“", "("):
            continue  # '"E1042: cannot merge"': an error message
        if text[start - 1 : start] == "[" and text[end : end + 1] == "]":
            continue  # "[REG-1172]": a ticket in a subject line
        if last_kept and _G_LIST_GAP.fullmatch(text, last_kept, start):
            last_kept = end
            continue  # "codes are 10887, 10891 and 10902": the rest of a list of references
        if letters and digits <= 4 and _G_BRAND.search(text, max(0, start - 30), start):
            prev_word = _G_WORD.findall(text, max(0, start - 30), start)[-1].lower()
            if prev_word not in _ID_WORDS:
                continue  # "Brother MFC-L8900", "Zebra ET40": a model
        ls = text.rfind("\n", 0, start) + 1
        before = text[max(ls, start - 40) : start]
        # the sentence only
        before = _sentence_tail(before)
        if _MONEY_BEFORE_RE.search(before) or _BEFORE_REF_RE.search(before):
            last_kept = end
            continue
        if _ORG_ID_BEFORE_RE.search(before):
            continue  # "Org NPI is 1234567893": the organisation's registry number
        if _VERSIONISH_RE.search(before):
            continue
        if _AFTER_UNIT_RE.match(text, end) or _OURS_AFTER_RE.match(text, end):
            continue
        if _G_PORT.search(before) and letters == 0:
            continue
        if letters == 0 and len(value) == 8 and _G_COMPACT_DATE.fullmatch(value):
            mo, d = int(value[4:6]), int(value[6:8])
            if 1 <= mo <= 12 and 1 <= d <= 31:
                yield start, end, "DATE"
                continue
        yield start, end, _context_kind(text, start)


# --- round 6: check-digit formats, European plates and addresses, org numbers ----------

_CF_ODD = (
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
)
# Italian codice fiscale: 6 letters, 2 digits, month letter, 2 digits, place, check letter.
_CF_RE = re.compile(r"(?<![\w])[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z](?![\w])")


def codice_fiscale_valid(code: str) -> bool:
    """The check letter of an Italian codice fiscale (odd/even position tables)."""
    if len(code) != 16:
        return False
    total = 0
    for i, ch in enumerate(code[:15]):
        idx = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _CF_ODD[idx] if i % 2 == 0 else idx
    return chr(65 + total % 26) == code[15]


def bsn_valid(digits: str) -> bool:
    """The Dutch burgerservicenummer "11-proef"."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    total -= int(digits[8])
    return total % 11 == 0 and total != 0


_BSN_RE = re.compile(r"(?<![\w.])(\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3})(?![\w]|\.\d)")
_SIN_RE = re.compile(r"(?<![\w-])(\d{3})[ -](\d{3})[ -](\d{3})(?![\w]|[ -]\d)")
_SIN_CUE_RE = re.compile(r"\b(?:SIN|NAS|social insurance)\b[^\n]{0,24}$", re.IGNORECASE)
# USCIS receipt numbers: service-centre prefix + 10 digits.
_USCIS_RE = re.compile(
    r"(?<![\w])(?:EAC|WAC|LIN|SRC|NBC|MSC|IOE|YSC|TSC|VSC|NSC|CSC)\d{10}(?![\w])"
)
# A 17-character vehicle identification number after "VIN".
_VIN_RE = re.compile(r"\bVIN\b\W{0,4}([A-HJ-NPR-Z0-9]{17})(?![\w])")

# Number plates by country format, masked where a vehicle word precedes in the line.
_EU_PLATE_RE = re.compile(
    r"(?<![\w-])(?:"
    r"[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}"  # FR (SIV)
    r"|\d{4}[ -]?[BCDFGHJKLMNPRSTVWXYZ]{3}"  # ES
    r"|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{2}-\d{3}-[A-Z]"  # NL
    r"|\d{2}-[A-Z]{2}-[A-Z]{2}|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}"  # NL
    r"|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ ]\d{1,4}[EH]?"  # DE
    r"|[A-Z]{2,3}[ ]\d{4,5}[A-Z]?|[A-Z]{2,3}[ ]\d{3}[A-Z]{2}"  # PL
    r"|[A-Z]{2}\d{2}[ ][A-Z]{3}"  # UK
    r"|[A-Z]{2}[ ]?\d{3}[ ]?[A-Z]{2}"  # IT
    r")(?![\w-])"
)
_VEHICLE_CUE_RE = re.compile(
    r"\b(?:voiture|v[ée]hicule|auto|coche|veh[íi]culo|Fahrzeug|Tourfahrzeug|Dienstwagen|PKW|"
    r"Wagen|Samoch[óo]d|pojazd|car|vehicle|van|truck|pickup|plate|tag|kenteken|targa|"
    r"matr[íi]cula|immatriculation|Kennzeichen|rejestracyjny|auto|macchina)\b",
    re.IGNORECASE,
)

# Polish street addresses: "ul. Piotrkowska 123/17 lok. 12", "os. Słoneczne 14/45".
_UPPER = "A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ"
_LOWER = "a-zß-öø-ÿąćęłńśźż"
_WORD = "[" + _UPPER + "][" + _LOWER + "'’]+(?:-[" + _UPPER + "]?[" + _LOWER + "'’]+)*"
_PL_STREET_RE = re.compile(
    r"(?<![\w])(?:ul|al|os|pl)\.[ \t]*" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2}"
    r"[ \t]+\d{1,4}[A-Za-z]?(?:/\d{1,4})?(?:[ \t]+(?:lok|m)\.[ \t]*\d{1,4})?"
)
_IT_STREET_RE = re.compile(
    r"(?<![\w])(?:Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Strada)[ \t]+"
    r"(?:(?:dei|del|della|delle|degli|di|da|San|Santa)[ \t]+)?" + _WORD
    + r"(?:[ \t]+" + _WORD + r"){0,2}[ \t]+\d{1,4}[a-z]?(?:/[A-Za-z0-9]+)?"
    r"(?:,[ \t]*(?:int|sc|scala|piano)\.?[ \t]*\w{1,3})?(?![\w])"
)
_ES_STREET_RE = re.compile(
    r"(?<![\w])(?:C/|Calle|Avda\.|Avenida|Plaza|Pza\.|Paseo|P[º°]|Ctra\.)[ \t]*"
    r"(?:(?:de[ \t]+la|del|de|la)[ \t]+)?" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2}"
    r"[ \t]+\d{1,4}(?:,[ \t]*(?:\d{1,2}[º°ª][ \t]*(?:[A-Z]\b|izda\.?|dcha\.?)?|bajo|[A-Z]\b)"
    r"(?:[ \t]*(?:izda|dcha)\.?)?)?"
)
_DE_AM_STREET_RE = re.compile(
    r"(?<![\w])(?:Am|An[ \t]+der|An[ \t]+den|Auf[ \t]+der|Auf[ \t]+dem|Im|In[ \t]+der|"
    r"Zum|Zur|Hinter[ \t]+der|Unter[ \t]+den)[ \t]+" + _WORD + r"[ \t]+\d{1,4}"
    r"(?:[ \t]?[a-h]\b)?(?=[ \t]*[,·\n]|[ \t]+\d{5})"
)
_NL_VAN_STREET_RE = re.compile(
    r"(?<![\w])(?:Van|De|Van[ \t]+der|Van[ \t]+de)[ \t]+[A-Z][a-z]+(?:straat|laan|weg|plein|"
    r"gracht|kade|singel|dijk|pad|hof)[ \t]+\d{1,4}[A-Za-z]?(?:-\d{1,3}|[ \t]hs)?(?![\w])"
)
_FR_STREET_RE = re.compile(
    r"(?<![\w])\d{1,4}(?:[ \t]+(?:bis|ter))?[ \t]+(?:rue|avenue|av\.|boulevard|bd|impasse|"
    r"all[ée]e|chemin|place|quai|route|cours)[ \t]+(?:(?:de[ \t]+la|de[ \t]+l'|du|des|de)[ \t]*)?"
    + _WORD + r"(?:[ \t-]+" + _WORD + r"){0,3}"
)
# Unit, floor and building parts after a street: ", bât. A, apt 71", ", 2. OG links".
_UNIT_TAIL_RE = re.compile(
    r"[ \t]*,[ \t]*((?:b[âa]t\.?[ \t]*[A-Z0-9]{1,3}(?:,[ \t]*apt\.?[ \t]*\d{1,4})?"
    r"|(?:apt|app|appt|apto|lok|piso)\.?[ \t]*\d{1,4}"
    r"|\d{1,2}\.[ \t]*(?:OG|Etage|Stock)(?:[ \t]+(?:links|rechts|Mitte))?"
    r"|(?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus)"
    r"|(?:Apt|Unit|Suite|Ste|Fl|Floor)\.?[ \t]*#?\w{1,5}|int\.[ \t]*\d{1,3}|bajo))(?![\w])"
)
_UNIT_BEFORE_TOWN_RE = re.compile(r"[ \t]*,[ \t]*(?:\d{4,5}(?![\w-])|\d{2}-\d{3}\b|[A-Z][a-z]+)")
# Canadian unit-first addresses: "Apt 3 - 479 Bloor St E", "Unit 1104 - 716 Queen St W".
_CA_UNIT_STREET_RE = re.compile(
    r"(?<![\w])(?:Apt|Unit|Suite)\.?[ \t]+\w{1,5}[ \t]+-[ \t]+\d{1,6}[ \t]+"
    + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2}[ \t]+(?:St|Ave|Rd|Blvd|Dr|Cres|Crt|Way|Pl)\.?"
    r"(?:[ \t]+(?:E|W|N|S|East|West|North|South)\b)?"
)
# Rural route boxes and county roads: "RR 2 Box 182", "7630 County Road 12".
_RURAL_RE = re.compile(
    r"(?<![\w])(?:(?:RR|R\.R\.|Rural Route|HC|Star Route)[ \t]*\d{1,3}[ \t]+Box[ \t]+\d{1,5}"
    r"|\d{1,6}[ \t]+(?:County|State|Farm to Market|FM)[ \t]+(?:Road|Rd\.?|Route|Hwy)[ \t]+\d{1,4})"
    r"(?![\w])",
    re.IGNORECASE,
)
# Lower-case street in chat text: "at 149 sycamore blvd".
_LOWER_STREET_RE = re.compile(
    r"(?<![\w])\d{1,6}[ \t]+[a-z]{3,}(?:[ \t]+[a-z]{3,})?[ \t]+(?:st|street|ave|avenue|rd|road|"
    r"blvd|boulevard|dr|drive|ln|lane|ct|court|circle|cir|way|pl|place|ter|terrace|pkwy)\b"
)
_REAR_RE = re.compile(r"[ \t]+(?:Rear|Front|Upper|Lower|Bsmt|Basement)(?![\w])")
_PL_PC_RE = re.compile(r"(?<![\w-])(\d{2}-\d{3})[ \t]+[" + _UPPER + "][" + _LOWER + "]+")
# "Durham, 27718-6323" alone at the end of a line, "Durham 27768" after a street.
_TOWN_ZIP_RE = re.compile(
    r"(?m)(?<![\w])([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?),?[ \t]+(\d{5}(?:-\d{4})?)[ \t]*$"
)
_POLISH_MONTH_RE = re.compile(
    r"(?<![\w])\d{1,2}[ \t]+(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|"
    r"wrze[śs]nia|pa[źz]dziernika|listopada|grudnia)[ \t]+(?:19|20)\d{2}(?![\w])",
    re.IGNORECASE,
)
# "his birthday … missed dialysis on tuesday the 7th"
_WEEKDAY_THE_RE = re.compile(
    r"(?<![\w])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)[ \t]+the[ \t]+"
    r"\d{1,2}(?:st|nd|rd|th)(?![\w])",
    re.IGNORECASE,
)
# dd.mm.yy in a delimited record row ("89032;Koch, Dieter;22.01.83;…").
_ROW_SHORT_DATE_RE = re.compile(r"(?:^|(?<=[;|\t]))(\d{1,2})\.(\d{1,2})\.(\d{2})(?=[;|\t]|$)", re.M)
# An account tied to a person, by cue words in several languages.
_CUE6_RE = re.compile(
    r"(?<![\w])(?:"
    r"(?P<MEMBER>tessera[ \t]+sanitaria(?:[ \t]+n[.°º]?)?|n[°º][ \t]+d'adh[ée]rent|"
    r"adh[ée]rent|Mitglieds-?Nr\.?(?:[ \t]+Pflegekasse)?|Krankenversichertennummer|"
    r"Versichertennr\.?|polisnr\.?|polisnummer|verzekerdennummer|claim[ \t]+no\.?|"
    r"claim[ \t]+(?:number|#))"
    r"|(?P<NATIONAL_ID>codice[ \t]+fiscale|burgerservicenummer|sofinummer)"
    r"|(?P<ACCOUNT>IP[ \t]+PIN|matter(?:[ \t]+(?:no\.?|number|#))?|citation(?:[ \t]+(?:no\.?|#))?|"
    r"receipt[ \t]+(?:notice|number))"
    r"|(?P<MRN>Rx(?:[ \t]+(?:no\.?|#))?|kod[ \t]+e-recepty|prescription[ \t]+(?:no\.?|number|#))"
    r")[ \t]*(?::|#|=)?[ \t]*"
    r"(?P<value>(?=[A-Za-z0-9./-]*\d)[A-Za-z0-9]"
    r"(?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9])|[ ](?=\d)){2,24})",
    re.IGNORECASE,
)


def _extend_unit(text: str, end: int) -> int:
    m = _UNIT_TAIL_RE.match(text, end)
    while m is not None:
        end = m.end()
        m = _UNIT_TAIL_RE.match(text, end)
    return end


def rules6(text: str) -> Iterator[Span]:
    """Identifiers found by format (check digits), by cue words in several languages,
    and European street grammars; see docs for the list."""
    for m in _CF_RE.finditer(text):
        if codice_fiscale_valid(m.group()):
            yield m.start(), m.end(), "NATIONAL_ID"
    for m in _BSN_RE.finditer(text):
        if bsn_valid(m.group(1).replace(".", "")):
            yield m.start(1), m.end(1), "NATIONAL_ID"
    for m in _SIN_RE.finditer(text):
        digits = "".join(m.groups())
        ls = text.rfind("\n", 0, m.start()) + 1
        if luhn_is_valid(digits) and _SIN_CUE_RE.search(text, max(ls, m.start() - 40), m.start()):
            yield m.start(), m.end(), "NATIONAL_ID"
    for m in _USCIS_RE.finditer(text):
        yield m.start(), m.end(), "ACCOUNT"
    for m in _VIN_RE.finditer(text):
        if sum(ch.isdigit() for ch in m.group(1)) >= 2:
            yield m.start(1), m.end(1), "PLATE"
    for m in _CUE6_RE.finditer(text):
        kind = next(k for k in ("MEMBER", "NATIONAL_ID", "ACCOUNT", "MRN") if m.group(k))
        value = m.group("value").rstrip(".-/ ")
        if sum(ch.isdigit() for ch in value) < 4 or _NOT_ID_VALUE_RE.match(value):
            continue
        yield m.start("value"), m.start("value") + len(value), kind


_PLATE_HEAD_RE = re.compile(
    r"plate|kenteken|kennzeichen|targa|matr[íi]cula|immatriculation", re.IGNORECASE
)


def plates6(text: str) -> Iterator[Span]:
    """European plate formats after a vehicle word in the same line (offered after the
    keyword plates, so that "OH HRZ 4471" keeps its state), or in a plate column."""
    if "\n" in text and re.search(r"plate|kenteken|kennzeichen|targa|matr[íi]cula", text, re.I):
        for title, cs, ce in table_cells(text):
            if _PLATE_HEAD_RE.search(title) and (
                _EU_PLATE_RE.fullmatch(text, cs, ce) or _PLATE_LIST_RE.fullmatch(text, cs, ce)
            ):
                yield cs, ce, "PLATE"
    for m in _EU_PLATE_RE.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        before = text[max(ls, m.start() - 60) : m.start()]
        if _VEHICLE_CUE_RE.search(before):
            yield m.start(), m.end(), "PLATE"


def addresses6(text: str) -> Iterator[Span]:
    """European street grammars, rural routes, unit parts, Polish and bare ZIP codes."""
    for rx in (_PL_STREET_RE, _IT_STREET_RE, _ES_STREET_RE, _DE_AM_STREET_RE,
               _NL_VAN_STREET_RE, _FR_STREET_RE, _CA_UNIT_STREET_RE, _RURAL_RE,
               _LOWER_STREET_RE):
        for m in rx.finditer(text):
            end = m.end()
            rear = _REAR_RE.match(text, end)
            if rear is not None:
                end = rear.end()
            yield from _street_with_tail(text, m.start(), _extend_unit(text, end))
    for m in _PL_PC_RE.finditer(text):
        yield m.start(1), m.end(1), "POSTCODE"
    for m in _TOWN_ZIP_RE.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        prev = text[max(0, ls - 120) : ls]
        if "-" in m.group(2) or re.search(
            r"\d+[ \t]+\w+.*(?:Street|St|Ave|Avenue|Road|Rd|Box|Suite|Unit|Ct|Ln|Dr)\b", prev
        ):
            yield m.start(2), m.end(2), "POSTCODE"


def _unit_parts(text: str) -> Iterator[Span]:
    # A unit part after a street found elsewhere, before the postcode or town.
    for m in _UNIT_TAIL_RE.finditer(text):
        if _UNIT_BEFORE_TOWN_RE.match(text, m.end()):
            yield m.start(1), m.end(1), "ADDRESS"


def dates6(text: str) -> Iterator[Span]:
    for m in _POLISH_MONTH_RE.finditer(text):
        yield m.start(), m.end(), "DATE"
    for m in _WEEKDAY_THE_RE.finditer(text):
        if _about_a_person(text, m.start(), m.end()) or _personal_date_context(
            text, m.start(), m.end()
        ):
            yield m.start(), m.end(), "DATE"
    for m in _ROW_SHORT_DATE_RE.finditer(text):
        if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
            yield m.start(), m.end(), "DATE"


# --- numbers that are public or not a person's: never masked -------------------------

# An organisation's registry, tax or product number after its label.
_PUBLIC_NUMBER_RE = re.compile(
    r"(?<![\w])(?:P\.?\s?IVA|partita IVA|FINESS|BSNR|IK|Praxis-IK|USt-?IdNr\.?|"
    r"VAT(?:\s(?:no\.?|number|id))?|REGON|KRS|KvK(?:-nummer)?|AGB(?:-code)?|EAN|GTIN|UDI-DI|"
    r"NCPDP(?:\s(?:ID|no\.?))?|NAIC(?:\scode)?(?:\sis)?|ODS\scode|SIRET|SIREN|CIF|NIF\sde\sla\sempresa|"
    r"LOINC|CVX|NDC|CPT|HCPCS|ICD-10(?:-GM|-CM)?|CDT|(?:[Ll]ot|LOT)(?=\s\w{5}))"
    r"[\s:#.]{0,3}((?=[A-Z0-9-]*\d)[A-Z0-9](?:[A-Z0-9.-]{0,18}[A-Z0-9])?)(?![\w])"
)
# Diagnosis and procedure codes: ICD-10 "Z91.010", "F41.1"; a CPT code paired with one.
_ICD10_RE = re.compile(r"(?<![\w.])[A-TV-Z]\d[0-9AB]\.[0-9A-Z]{1,4}(?![\w.])")
_CPT_WITH_ICD_RE = re.compile(r"\((\d{5}|[A-Z]\d{4}),[ \t]*[A-TV-Z]\d[0-9AB](?:\.[0-9A-Z]{1,4})?\)")
# A placeholder of one repeated digit ("MRN 0000000"): a test record, not a person's.
_SAME_DIGIT_RE = re.compile(r"(?<![\w-])(\d)\1{5,}(?![\w-])")
# An error or message code after its label in several languages.
_ERROR_CODE_RE = re.compile(
    r"\b(?:error(?:[ \t]+code)?|err|code rejet|codice errore|Fehlercode|"
    r"Fehlermeldung(?:[ \t]+lautet)?|"
    r"Kod[ \t]+b[łl][ęe]du|Komunikat|foutcode|melding|c[óo]digo de error|message)[ \t:]+"
    r"([A-Z0-9]+(?:[-_][A-Z0-9]+)+)",
    re.IGNORECASE,
)
# Column headings of code systems and amounts: their cells are never personal.
_CODE_HEAD_RE = re.compile(
    r"^(?:CDT|CPT|HCPCS|ICD(?:-?10)?|NDC|LOINC|CVX|code|proc(?:edure)?(?: code)?|fee|amount|"
    r"charge|price|total|units|miles|rate)$",
    re.IGNORECASE,
)
# "our firm EIN 46-2773851 and PTIN P08502806", "Dane firmy: NIP 874-107-95-23".
_OWN_NUMBERS_RE = re.compile(
    r"\b(?:our|firm|firm's|sponsor|company|practice|clinic|pharmacy|group|organi[sz]ation|"
    r"firmy|apteki|praxis|unsere|nostra|notre)\b[^.\n]{0,40}?"
    r"\b(?:EIN|TIN|PTIN|NIP|tax id|Steuernummer)\b",
    re.IGNORECASE,
)
_ID_TOKEN_RE = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,18}[A-Z0-9](?![\w-])")
# A phone that the sender says is the organisation's own line.
_ORG_PHONE_CUE_RE = re.compile(
    r"(?:\b(?:our|unsere?|notre|nuestro|ons)[ \t]+(?:\w+[ \t]+)?(?:office|main|practice|clinic|"
    r"general|front desk|reception)[ \t]+(?:number|line|phone)"
    r"|^[ \t]*(?:Reception|Switchboard|Front desk|Help ?desk|Empfang|Zentrale|Accueil)[ \t]*:)"
    r"[^\n\d]{0,30}$",
    re.IGNORECASE | re.MULTILINE,
)
# "The district office number (614) 555-0100 is on the website": public by the sender's word.
_PUBLIC_AFTER_RE = re.compile(
    r"[ \t]+(?:is|are)[ \t]+(?:on[ \t]+(?:the|our)[ \t]+website|public|publicly listed)\b",
    re.IGNORECASE,
)
# Freephone numbers in Europe (0800 in DE/UK/NL/AT, 0 800 in FR).
_EU_FREEPHONE_RE = re.compile(r"(?<![\w+])0[ ]?800(?:[ ]\d{2,4}){2,4}(?![\w])")
# A date that is a product's or document's, not a person's: "expires 04/28/2027",
# "ships on Saturday, June 13, 2026", "the submission closes on November 30, 2026".
_NOT_PERSON_DATE_BEFORE_RE = re.compile(
    r"\b(?:expires?|expiry|expiration|exp\.?|valid (?:until|thru|through)|edition|"
    r"ships?(?:[ \t]+on)?|closes?(?:[ \t]+on)?|window closes|returns [^\n]{0,40} after|"
    r"goes live(?:[ \t]+on)?|release[sd]?(?:[ \t]+on)?|ran on|runs on|scheduled for|"
    r"effective)[ \t(]*$",
    re.IGNORECASE,
)
_ANY_DATE_RE = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,[ \t]+)?"
    r"(?:" + _MONTH + r"[ \t]+\d{1,2}(?:,[ \t]*(?:19|20)\d{2})?|\d{1,2}/\d{1,2}/\d{2,4}|"
    r"\d{1,2}/(?:19|20)\d{2}|(?:19|20)\d{6})",
)


def public_spans(text: str) -> list[tuple[int, int]]:
    """Stretches that must stay readable whatever else matches there: organisations'
    registry and tax numbers after their label, code systems (LOINC, CVX, CPT), the
    organisation's own phone lines, European freephone numbers, and dates of products
    and documents (expiry, release, deadline)."""
    out: list[tuple[int, int]] = []
    for m in _PUBLIC_NUMBER_RE.finditer(text):
        out.append((m.start(1), m.end(1)))
    for m in _OWN_NUMBERS_RE.finditer(text):
        stop = text.find(". ", m.end())
        le = text.find("\n", m.end())
        stop = min(x for x in (stop, le, m.end() + 80, len(text)) if x != -1)
        for t in _ID_TOKEN_RE.finditer(text, m.end(), stop):
            out.append(t.span())
    for m in _EU_FREEPHONE_RE.finditer(text):
        out.append(m.span())
    for m in _PHONE_RE.finditer(text):
        if sum(ch.isdigit() for ch in m.group()) >= 7 and (
            _ORG_PHONE_CUE_RE.search(text, max(0, m.start() - 60), m.start())
            or _PUBLIC_AFTER_RE.match(text, m.end())
        ):
            out.append(m.span())
    for m in _ANY_DATE_RE.finditer(text):
        if _NOT_PERSON_DATE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            out.append(m.span())
    for rx in (_ICD10_RE, _SAME_DIGIT_RE):
        out.extend(m.span() for m in rx.finditer(text))
    for m in _CPT_WITH_ICD_RE.finditer(text):
        out.append(m.span(1))
    for m in _ERROR_CODE_RE.finditer(text):
        out.append(m.span(1))
    if "\n" in text:
        for title, cs, ce in table_cells(text):
            if _CODE_HEAD_RE.match(title.strip()):
                out.append((cs, ce))
    for m in _HL7_ANY_SEG_RE.finditer(text):
        seg = m.group(1)
        if seg == "MSH":
            out.append(m.span())  # the message header: applications, control id, version
        elif seg == "RXA":
            # Vaccine lot (15), expiry (16) and manufacturer (17): the product's.
            fields = m.group().split("|")
            pos = m.start()
            for i, f in enumerate(fields):
                if i in (15, 16, 17) and f:
                    out.append((pos, pos + len(f)))
                pos += len(f) + 1
    for m in _HL7_SEG_RE.finditer(text):
        if m.group(1) == "IN1":
            # The payer's plan, id and name (IN1-2..4) are the insurer's, not the patient's.
            fields = m.group().split("|")
            pos = m.start()
            for i, f in enumerate(fields[:5]):
                if i >= 2 and f:
                    out.append((pos, pos + len(f)))
                pos += len(f) + 1
    return out


# A table's heading row: "LastName,FirstName,DOB,Carrier,…", "Clinician\tState\tPlate\t…".
_HEADING_WORD_RE = re.compile(
    r"^(?:(?:first|last|given|family|sur|full|patient|client|member|subscriber)[ _]?name|name|"
    r"dob|date(?:[ _]of[ _]birth)?|birth[ _]?date|sex|gender|age|address|street|city|state|zip|"
    r"postcode|country|phone|email|e-mail|mrn|ssn|id|member[ _]?id|subscriber[ _]?id|"
    r"group[ _]?no|plate|vehicle|type|zone|carrier|payer|plan|clinician|nurse|miles|amount|"
    r"fee|cdt|cpt|code|status|route|allergy|allergies|notes?|role|shift)$",
    re.IGNORECASE,
)


def heading_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of lines that are a table's column headings: no digits, three or more
    cells, at least two of them ordinary heading words. Their words are never names."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if len(line) > 300 or any(ch.isdigit() for ch in line):
            continue
        for sep in ("\t", ";", "|", ","):
            if line.count(sep) < 2:
                continue
            cells = [c.strip() for c in line.split(sep) if c.strip()]
            if len(cells) >= 3 and sum(bool(_HEADING_WORD_RE.match(c)) for c in cells) >= 2:
                out.append((start, start + len(line)))
            break
    return out
