"""Structured identifiers for :mod:`consultant.core.redaction`: dates, phone numbers,
addresses, postcodes, URLs, IPs and the numbers that follow a keyword (MRN, member id,
account, licence, plate, serial, national ids). Pure stdlib; each function returns
``(start, end, kind)`` candidates, which the caller resolves by priority.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

Span = tuple[int, int, str]

# --- dates --------------------------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary|uar)?|Feb(?:ruary|ruar)?|Mar(?:ch)?|März|Apr(?:il)?|May|Mai|June?|Juni|"
    r"July?|Juli|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Okt(?:ober)?|Nov(?:ember)?|"
    r"Dec(?:ember)?|Dez(?:ember)?|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|setiembre|octubre|noviembre|diciembre)"
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
    r"(?:" + _MONTH + r"\.?\s+\d{1,2}" + _ORD + r"(?!\d|[:.]\d)(?:,?\s+(\d{4}))?"
    r"|\d{1,2}" + _ORD + r"\.?\s+(?:of\s+|de\s+)?" + _MONTH + r"\.?(?:,?\s+(?:de\s+)?(\d{4}))?)"
    r"(?![\w])",
    re.IGNORECASE,
)
# 11/27, 12/3 (a month and a day), 03/2023 (a month and a year), 20190308 (HL7, DOB).
_MONTH_DAY_RE = re.compile(r"(?<![\w/.$-])(\d{1,2})/(\d{1,2})(?![\w/]|\.\d)")
_MONTH_YEAR_RE = re.compile(r"(?<![\w/.-])(\d{1,2})/((?:19|20)\d{2})(?![\w/]|\.\d)")
_COMPACT_DATE_RE = re.compile(r"(?<![\w])((?:19|20)\d{2})(\d{2})(\d{2})(?![\w])")
_PERSONAL_DATE_CONTEXT_RE = re.compile(
    r"visit|appt|appointment|session|seen|DOB|born|birth|admit|admission|admitted|discharg|SOC|"
    r"start of care|surgery|died|death|deceased|injury|DOS|date of service|RDV|née?\b|geb|"
    r"Termin|cita|nacimiento|hired|terminated|arrived|evaluation|eval|assessment|"
    r"follow-up|check-up|treated|treatment|starts|started|start date|completion|closing|"
    r"move-in|moving|hearing|court|vacation|leave|returns|birthday|funeral|wedding|"
    r"surgery|procedure|delivery date|due date|passed away",
    re.IGNORECASE,
)
_VERSIONISH_RE = re.compile(r"(?:\bv|version|ver\.?|build|release|rev\.?|release)\s*$", re.I)
_DOB_RE = re.compile(r"(?:DOB|D\.O\.B\.?|born|birth|geb\.?|Geburtsdatum)\W{0,3}$", re.I)


def dates(text: str) -> Iterator[Span]:
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
                if m.group(2) == "." and len(y_s) == 2 and not _DOB_RE.search(before):
                    continue  # 5.10.15 is more likely a version than a date
                if len(y_s) == 4 and not 1800 <= int(y_s) <= 2200:
                    continue
            yield m.start(), m.end(), "DATE"
    for m in _DATE_WORDS_RE.finditer(text):
        day_m = re.search(r"\d{1,2}", m.group())
        if day_m is None or not 1 <= int(day_m.group()) <= 31:
            continue
        if m.group(1) is None and m.group(2) is None:
            # No year ("due Dec 15"): only a date tied to a person's care or life.
            ls = text.rfind("\n", 0, m.start())
            if not _PERSONAL_DATE_CONTEXT_RE.search(text, max(ls, m.start() - 80), m.start()):
                continue
        yield m.start(), m.end(), "DATE"
    for m in _MONTH_DAY_RE.finditer(text):
        mo, d = int(m.group(1)), int(m.group(2))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
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
    r"(?<![\w+/.:,#$€£-])(?:\+|00)?(?:\d{1,4}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,12}"
    r"(?:[ .-]\d{1,8}){0,5}"
    r"(?:\s*(?:x|ext\.?|extension|Durchwahl|DW)\s*\d{1,6})?(?![\w:]|[.,]\d)"
)
_IPV4_LIKE_RE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_PHONE_KEY_RE = re.compile(
    r"(?:phone|tel|telephone|fax|cell|mobile|mob|call|text|ph|direct|office|pager|whatsapp|"
    r"landline|number|dial|reach|Telefon|Handy|Rufnummer|Tel\.|at)\b[^\n\d]{0,12}$",
    re.IGNORECASE,
)


def phones(text: str) -> Iterator[Span]:
    for m in _PHONE_RE.finditer(text):
        s = m.group()
        if _IPV4_LIKE_RE.fullmatch(s):
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


# --- URLs and IPs ----------------------------------------------------------------------

_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'\])]+", re.IGNORECASE)


def urls(text: str) -> Iterator[Span]:
    for m in _URL_RE.finditer(text):
        url = m.group().rstrip(".,;:!?")
        rest = re.sub(r"^(?:https?://)?[^/?#]+", "", url, flags=re.I)
        if rest in ("", "/"):
            continue  # a plain home page
        if re.fullmatch(r"(?:/[a-z]+(?:\.html?|\.php|\.aspx)?){1,2}/?", rest):
            continue  # "/listings", "/support/contact": a public page, nobody's own
        yield m.start(), m.start() + len(url), "URL"


_IP_RE = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?![\w]|\.\d)")
_IP6_RE = re.compile(r"(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}:?(?:[0-9a-f]{1,4})(?![\w:])", re.I)
_IP_KEEP_RE = re.compile(
    r"server|firewall|allow|whitelist|allowlist|white-list|port|vpn|gateway|router|dns|"
    r"subnet|static|nat|forward|rule|host|tunnel|proxy|ssh|rdp|sftp|ftp|egress|via|relay|smtp|"
    r"mx|spf|nas|printer|office ip|public ip",
    re.IGNORECASE,
)


def ips(text: str) -> Iterator[Span]:
    for m in _IP_RE.finditer(text):
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
        if _IP_KEEP_RE.search(window):
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
        r"case|encounter|episode|admission|EMR|EHR|Patientennummer",
    ),
    (
        "MEMBER",
        r"member|subscriber|beneficiary|medicaid|medi-cal|insurance|insured|policy|"
        r"group|plan|health plan|HICN|enrollee|recipient|payer|Versichertennummer|"
        r"Mitgliedsnummer|CIN|prior auth(?:orization)?|authorization|auth|(?:dental|vision|"
        r"insurance|plan|card) ID",
    ),
    (
        "LICENSE",
        r"licen[cs]e|lic\.?|DEA|NPI|CAQH|driver'?s licen[cs]e|DL|certificate|cert|"
        r"certification|PTAN|board cert(?:ification)?|Approbation|GPhC|NMC|HCPC|GMC|"
        r"licences? (?:we have )?on file",
    ),
    (
        "DEVICE",
        r"serial|S/N|SN|IMEI|MEID|ICCID|device|asset(?:\s+tag)?|service tag|UDID|UDI|"
        r"equipment|hardware|Seriennummer|model and serial|phone serial|tablet|laptop|my phone",
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
        r"vehicle reg(?:istration)?|car|drives|vehicle|parked|parking",
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


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


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
                    start += first_digit.start()
                    value = value[first_digit.start() :]
                lead = len(value) - len(value.lstrip("^~ "))
                value = value.strip("^~ ")
                yield start + lead, start + lead + len(value), kind


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
        if not ("  " in line.strip() or "\t" in line or " - " in line or " | " in line):
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


def keyword_ids(text: str) -> Iterator[Span]:
    for m in _CRED_LICENSE_RE.finditer(text):
        yield m.start(), m.end(), "LICENSE"
    for m in _SSN_SPACED_RE.finditer(text):
        yield m.start(), m.end(), "SSN"
    for m in _MBI_RE.finditer(text):
        yield m.start(), m.end(), "NATIONAL_ID"
    for m in _MAC_RE.finditer(text):
        yield m.start(), m.end(), "DEVICE"
    for m in _IMEI_RE.finditer(text):
        if _luhn(m.group()) and re.search(
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
    for m in _KEYWORD_RE.finditer(text):
        kind = next(k for k, _ in _KEYWORD_SOURCES if m.group(k) is not None)
        value = m.group("value").rstrip(".-/ ")
        compact = re.sub(r"[\s.-]", "", value)
        digits = sum(ch.isdigit() for ch in compact)
        if digits < 3 and not (digits and len(compact) >= 8 and kind == "LICENSE"):
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
    r"(?<![\w.,/-])(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat)\.?\s*#?\s*[A-Za-z0-9-]{1,6},?\s+)?"
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
_POBOX_RE = re.compile(
    r"(?<![\w])(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|Postfach)\s+\d{1,8}", re.I
)
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    "NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|"
    "ON|QC|BC|AB|MB|SK|NS|NB|NL|PE"
)
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
_STATE_ZIP_RE = re.compile(r"(?<![\w])(?:" + _STATES + r")(?:\s+|\^)(\d{5}(?:-\d{4})?)(?![\w-])")
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
    r"Chemin|Allée|Impasse|Quai|Calle|Avenida|Camino|Paseo|Via|Viale|Piazza|Rua)\s+"
    r"(?:(?:de|des|du|la|le|del|de la|dei|della|do|da|d'|l')\s*)?[A-ZÀ-Ý][\w'’-]*"
    r"(?:\s+[A-ZÀ-Ý][\w'’-]*)?(?:\s+\d{1,5}[a-z]?)?"
)
# What may follow a street after a comma: a unit, then a town ("Co. Dublin", "Ewa Beach").
_ADDR_TAIL_RE = re.compile(
    r"(?:,[ \t]*|\^{1,2}|[ \t]+(?=(?:Apt|Suite|Ste|Unit)\b))"
    r"((?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Room|Rm|Bldg|Building|Flat|Dept|Lot|Space|app|"
    r"appt|bureau|piso|Wohnung)\.?\s*#?\s*[A-Za-z0-9-]{1,6}|\d{1,3}(?:st|nd|rd|th)\s+(?:Floor|Fl)\b|"
    r"#\s*[A-Za-z0-9-]{1,6}|(?:Co\.\s)?[A-ZÀ-Ý][a-zà-ÿ'’.-]+(?:[ -](?:[A-ZÀ-Ý][a-zà-ÿ'’.-]+|"
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


_NOT_TOWNS = frozenset(
    "Tel Phone Fax Office Cell Mobile Email Web Suite Ste Apt Unit Thanks Regards".split()
)


def addresses(text: str) -> Iterator[Span]:
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
