"""Build tune5.jsonl: fifth development set for the redaction detector (issue #11).

Written by an outside author without looking at the detector. Every person, number and
address is invented; identifiers that carry check digits get valid ones (computed here).

Labelling rule: anything that identifies a person or their records/accounts (HIPAA Safe
Harbor #1-18, plus IBANs and payment cards; every e-mail address, role mailboxes
included) is a span; look-alikes that must stay readable (products and versions, ticket
keys, vendor order numbers, error codes, ICD/CPT/LOINC/NDC codes, drug lot numbers,
toll-free and public office numbers, organisations' registration numbers, roads in
directions, organisation names, times, prices, non-personal dates) are ``keep`` items.
Cities, the e-mail's own ``Date:`` header and ordinary words are neither.

Pieces are written as seg(KIND, text); KEEP pieces must survive, every other kind is a
personal span. ``build`` turns the pieces into text + exact offsets and checks them.

    python tests/data/redaction/make_tune5.py
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

SO, SEP, SC = "\x01", "\x02", "\x03"
MARK = re.compile("\x01([A-Z_]+)\x02(.*?)\x03", re.S)
KINDS = {"PERSON", "ADDRESS", "POSTCODE", "DATE", "PHONE", "EMAIL", "URL", "IP", "SSN",
         "NATIONAL_ID", "MRN", "MEMBER", "ACCOUNT", "LICENSE", "PLATE", "DEVICE", "IBAN", "CARD"}
VALID: dict[str, object] = {}  # identifier text -> checker, re-run by build()


def seg(kind: str, v: str) -> str:
    assert v == v.strip() and v, (kind, v)
    return f"{SO}{kind}{SEP}{v}{SC}"


def P(v): return seg("PERSON", v)
def K(v): return seg("KEEP", v)
def EM(v): return seg("EMAIL", v)
def DT(v): return seg("DATE", v)
def PH(v): return seg("PHONE", v)
def AD(v): return seg("ADDRESS", v)
def PC(v): return seg("POSTCODE", v)


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ======================================================================= check digits
def luhn_sum_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()][::-1]
    tot = 0
    for i, x in enumerate(ds):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(partial: str) -> str:
    return next(partial + c for c in "0123456789" if luhn_sum_ok(partial + c))


def npi_valid(t: str) -> bool:
    return len(t) == 10 and t.isdigit() and luhn_sum_ok("80840" + t)


def dea_valid(t: str) -> bool:
    if len(t) != 9 or not t[:2].isalpha() or not t[2:].isdigit():
        return False
    d = [int(c) for c in t[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def ssn_valid(t: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", t)
    if not m:
        return False
    a, b, c = m.groups()
    return a not in ("000", "666") and a[0] != "9" and b != "00" and c != "0000"


def bsn_valid(t: str) -> bool:
    s = re.sub(r"\D", "", t)
    if len(s) != 9:
        return False
    return (sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])) % 11 == 0


def steuer_digit(ten: str) -> str:
    prod = 10
    for c in ten:
        s = (int(c) + prod) % 10 or 10
        prod = (2 * s) % 11
    k = 11 - prod
    return "0" if k == 10 else str(k)


def steuer_valid(t: str) -> bool:
    s = re.sub(r"\D", "", t)
    if len(s) != 11 or s[0] == "0":
        return False
    counts = sorted((s[:10].count(c) for c in set(s[:10])), reverse=True)
    if counts[0] not in (2, 3) or counts[1] != 1:
        return False
    return steuer_digit(s[:10]) == s[10]


def nir_valid(t: str) -> bool:
    s = re.sub(r"\s", "", t)
    return len(s) == 15 and s.isdigit() and 97 - int(s[:13]) % 97 == int(s[13:])


DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_valid(t: str) -> bool:
    s = t.replace("-", "").replace(" ", "").upper()
    if s[:1] in ("X", "Y", "Z"):
        s = str("XYZ".index(s[0])) + s[1:]
    return len(s) == 9 and s[:8].isdigit() and DNI[int(s[:8]) % 23] == s[8]


def pesel_valid(t: str) -> bool:
    if len(t) != 11 or not t.isdigit():
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return (10 - sum(int(c) * x for c, x in zip(t, w)) % 10) % 10 == int(t[10])


CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cf_check(s15: str) -> str:
    tot = 0
    for i, c in enumerate(s15):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += CF_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def cf_valid(t: str) -> bool:
    return len(t) == 16 and re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", t) is not None \
        and cf_check(t[:15]) == t[15]


def nhs_valid(t: str) -> bool:
    s = re.sub(r"\D", "", t)
    if len(s) != 10:
        return False
    k = 11 - sum(int(c) * w for c, w in zip(s[:9], range(10, 1, -1))) % 11
    k = 0 if k == 11 else k
    return k != 10 and k == int(s[9])


def iban_valid(t: str) -> bool:
    s = t.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def nino_valid(t: str) -> bool:
    return re.fullmatch(r"(?!BG|GB|NK|KN|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d{2} \d{2} \d{2} [A-D]", t) is not None


def kvnr_valid(t: str) -> bool:
    if not re.fullmatch(r"[A-Z]\d{9}", t):
        return False
    digits = f"{ord(t[0]) - 64:02d}" + t[1:9]
    tot = 0
    for i, c in enumerate(digits):
        p = int(c) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return tot % 10 == int(t[9])


def sin_valid(t: str) -> bool:
    d = re.sub(r"\D", "", t)
    return len(d) == 9 and d[0] not in "08" and luhn_sum_ok(d)


def itin_valid(t: str) -> bool:
    m = re.fullmatch(r"9\d{2}-(\d{2})-\d{4}", t)
    return m is not None and (70 <= int(m.group(1)) <= 88 or int(m.group(1)) in (90, 91, 92, 94, 95, 96, 97, 98, 99))


def a_number_format(t: str) -> bool:  # no check digit: format only
    return re.fullmatch(r"A(\d{9}|-\d{3}-\d{3}-\d{3})", t) is not None


def passport_format(t: str) -> bool:  # US passport book number, no check digit
    return re.fullmatch(r"[A-Z]\d{8}", t) is not None


def lanr_valid(t: str) -> bool:
    if len(t) != 9 or not t.isdigit():
        return False
    tot = sum(int(c) * w for c, w in zip(t[:6], (4, 9, 4, 9, 4, 9)))
    return (10 - tot % 10) % 10 == int(t[6])


def rpps_valid(t: str) -> bool:
    return len(t) == 11 and t.startswith("10") and luhn_sum_ok(t)


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def pick(self, seq):
        return self.r.choice(list(seq))

    def num(self, n: int, lead: bool = True) -> str:
        first = str(self.r.randint(1, 9)) if lead else str(self.r.randint(0, 9))
        return first + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def up(self, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def reg(self, text: str, fn) -> str:
        assert fn(text), (fn.__name__, text)
        VALID[text] = fn
        return text

    # ---- identifiers with check digits
    def ssn(self, sep: str = "-") -> str:
        while True:
            a = f"{self.r.randint(1, 899):03d}"
            s = f"{a}{sep}{self.r.randint(1, 99):02d}{sep}{self.r.randint(1, 9999):04d}"
            if ssn_valid(s):
                return self.reg(s, ssn_valid)

    def npi(self) -> str:
        base = self.pick("12") + self.num(8, False)
        return self.reg(next(base + c for c in "0123456789" if npi_valid(base + c)), npi_valid)

    def dea(self, surname: str) -> str:
        d = [self.r.randint(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return self.reg(self.pick("ABFM") + fold(surname)[0].upper() + "".join(map(str, d)) + str(chk), dea_valid)

    def bsn(self, dots: bool = False) -> str:
        while True:
            s = self.num(8)
            last = sum(int(c) * w for c, w in zip(s, range(9, 1, -1))) % 11
            if last < 10:
                s += str(last)
                return self.reg(f"{s[:4]}.{s[4:6]}.{s[6:]}" if dots else s, bsn_valid)

    def steuer(self, spaced: bool = True) -> str:
        while True:
            digits = list("0123456789")
            self.r.shuffle(digits)
            ten = digits[:9] + [self.pick(digits[:9])]
            self.r.shuffle(ten)
            s = "".join(ten)
            if s[0] == "0":
                continue
            s += steuer_digit(s)
            out = f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if spaced else s
            if steuer_valid(out):
                return self.reg(out, steuer_valid)

    def nir(self, female: bool, yy: int, mm: int) -> str:
        body = f"{2 if female else 1}{yy % 100:02d}{mm:02d}{self.pick(['75', '69', '13', '33', '59', '44', '06', '92'])}" \
               f"{self.r.randint(1, 990):03d}{self.r.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        out = f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
        return self.reg(out, nir_valid)

    def dni(self) -> str:
        n = self.num(8, False)
        return self.reg(n + DNI[int(n) % 23], dni_valid)

    def nie(self) -> str:
        p = self.pick("XYZ")
        n = self.num(7, False)
        return self.reg(f"{p}{n}{DNI[int(str('XYZ'.index(p)) + n) % 23]}", dni_valid)

    def pesel(self, y: int, m: int, d: int, female: bool) -> str:
        mm = m + (20 if y >= 2000 else 0)
        serial = self.num(3, False) + str(self.pick("02468" if female else "13579"))
        s = f"{y % 100:02d}{mm:02d}{d:02d}{serial}"
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        s += str((10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10)
        return self.reg(s, pesel_valid)

    def codice_fiscale(self, first: str, last: str, y: int, m: int, d: int, female: bool) -> str:
        def cons(s):
            return [c for c in s if c not in "AEIOU"]

        def vows(s):
            return [c for c in s if c in "AEIOU"]

        ln = re.sub(r"[^A-Z]", "", fold(last).upper())
        fn = re.sub(r"[^A-Z]", "", fold(first).upper())
        sur = "".join((cons(ln) + vows(ln) + ["X"] * 3)[:3])
        c = cons(fn)
        name = "".join([c[0], c[2], c[3]]) if len(c) >= 4 else "".join((c + vows(fn) + ["X"] * 3)[:3])
        month = "ABCDEHLMPRST"[m - 1]
        day = d + (40 if female else 0)
        town = self.pick(["F205", "H501", "L219", "A944", "G273", "D612"])
        s15 = f"{sur}{name}{y % 100:02d}{month}{day:02d}{town}"
        return self.reg(s15 + cf_check(s15), cf_valid)

    def nhs(self) -> str:
        while True:
            s = self.num(9)
            k = 11 - sum(int(c) * w for c, w in zip(s, range(10, 1, -1))) % 11
            k = 0 if k == 11 else k
            if k != 10:
                s += str(k)
                return self.reg(f"{s[:3]} {s[3:6]} {s[6:]}", nhs_valid)

    def iban(self, cc: str, bban: str) -> str:
        for k in range(2, 99):
            raw = f"{cc}{k:02d}{bban}"
            if iban_valid(raw):
                return self.reg(" ".join(raw[i:i + 4] for i in range(0, len(raw), 4)), iban_valid)
        raise AssertionError(bban)

    def card(self, prefix: str = "4") -> str:
        s = luhn_complete(prefix + self.num(15 - len(prefix), False))
        return self.reg(" ".join(s[i:i + 4] for i in range(0, 16, 4)), luhn_sum_ok)

    def nino(self) -> str:
        while True:
            out = f"{self.up(2, 'ABCEGHJKLMNPRSTWXYZ')} {self.num(2, False)} {self.num(2, False)} {self.num(2, False)} {self.pick('ABCD')}"
            if nino_valid(out):
                return self.reg(out, nino_valid)

    def sin(self) -> str:
        d = luhn_complete(self.pick("1234567") + self.num(7, False))
        return self.reg(f"{d[:3]} {d[3:6]} {d[6:]}", sin_valid)

    def itin(self) -> str:
        mid = self.pick(list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99])
        return self.reg(f"9{self.num(2, False)}-{mid}-{self.num(4, False)}", itin_valid)

    def lanr(self) -> str:
        six = self.num(6)
        tot = sum(int(c) * w for c, w in zip(six, (4, 9, 4, 9, 4, 9)))
        return self.reg(six + str((10 - tot % 10) % 10) + self.pick(["01", "03", "34", "51", "58"]), lanr_valid)

    def rpps(self) -> str:
        return self.reg(luhn_complete("10" + self.num(8, False)), rpps_valid)

    def kvnr(self) -> str:
        while True:
            letter = self.up(1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            body = self.num(8, False)
            for c in "0123456789":
                if kvnr_valid(letter + body + c):
                    return self.reg(letter + body + c, kvnr_valid)

    def mbi(self) -> str:
        a = "ACDEFGHJKMNPQRTUVWXY"
        an = a + "0123456789"
        p = [self.pick("123456789"), self.pick(a), self.pick(an), self.pick("0123456789"), self.pick(a),
             self.pick(an), self.pick("0123456789"), self.pick(a), self.pick(a), self.pick("0123456789"),
             self.pick("0123456789")]
        s = "".join(p)
        return self.pick([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])

    # ---- plates and licences
    def plate(self, style: str) -> str:
        L, n = self.up, self.num
        return {
            "CA": lambda: f"{self.r.randint(4, 9)}{L(3)}{n(3, False)}",
            "TX": lambda: f"{L(3)}-{n(4, False)}",
            "NY": lambda: f"{L(3)} {n(4, False)}",
            "FL": lambda: f"{L(4)}{n(2, False)}",
            "PA": lambda: f"{L(3)}-{n(4, False)}",
            "OH": lambda: f"{L(3)} {n(4, False)}",
            "IL": lambda: f"{L(2)} {n(5, False)}",
            "MA": lambda: f"{n(1)}{L(3)}{n(2, False)}",
            "DE": lambda: f"{self.pick(['B', 'M', 'HH', 'K', 'D', 'F', 'HB', 'L'])}-{L(2)} {n(self.r.randint(1, 4))}",
            "DEe": lambda: f"{self.pick(['B', 'M', 'HH', 'K'])}-{L(2)} {n(3)}E",
            "NL": lambda: f"{n(2)}-{L(3, 'BDFGHJKLNPRSTVXZ')}-{n(1)}",
            "NL2": lambda: f"{L(1, 'GHJKLNPRSTVXZ')}-{n(3)}-{L(2, 'BDFGHJKLNPRSTVXZ')}",
            "FR": lambda: f"{L(2)}-{n(3)}-{L(2)}",
            "UK": lambda: f"{L(2)}{self.pick(['19', '21', '69', '72', '24', '73'])} {L(3)}",
            "PL": lambda: self.pick([f"WA {n(5)}", f"KR {n(1)}{L(1)}{n(3)}", f"PO {n(3)}{L(2)}", f"GD {n(4)}{L(1)}"]),
            "IT": lambda: f"{L(2)} {n(3)}{L(2)}" if self.r.random() < 0.3 else f"{L(2)} {n(3)} {L(2)}",
            "ES": lambda: f"{n(4, False)} {L(3, 'BCDFGHJKLMNPRSTVWXYZ')}",
            "ON": lambda: f"{L(4)} {n(3)}",
        }[style]()

    def vin(self) -> str:
        return self.up(3, "123456789ABCDEFGHJKLMNPRSTUVWXYZ") + self.up(14, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")

    def rn_licence(self, state: str) -> str:
        n = self.num
        return {
            "CA": lambda: f"RN {n(6)}",
            "TX": lambda: n(6),
            "FL": lambda: f"RN{n(7)}",
            "NY": lambda: f"{n(6)}",
            "OH": lambda: f"RN.{n(6)}",
            "PA": lambda: f"RN{n(6)}",
            "MA": lambda: f"RN{n(7)}",
            "IL": lambda: f"041.{n(7)}",
        }[state]()

    def us_dl(self, state: str) -> str:
        n, L = self.num, self.up
        return {
            "CA": lambda: L(1) + n(7, False),
            "TX": lambda: n(8),
            "FL": lambda: f"{L(1)}{n(3, False)}-{n(3, False)}-{n(2, False)}-{n(3, False)}-{n(1, False)}",
            "NY": lambda: f"{n(3)} {n(3, False)} {n(3, False)}",
            "IL": lambda: f"{L(1)}{n(3, False)}-{n(4, False)}-{n(4, False)}",
            "PA": lambda: f"{n(2)} {n(3, False)} {n(3, False)}",
            "OH": lambda: f"{L(2)}{n(6, False)}",
            "MA": lambda: f"S{n(8, False)}",
        }[state]()

    def eu_dl(self, cc: str, surname: str = "", dob=(1980, 1, 1), female: bool = False) -> str:
        if cc == "DE":
            return self.pick("BFJKLMN") + self.num(2, False) + self.up(1) + self.num(2) + self.up(3) + self.num(3)
        if cc == "NL":
            return self.num(10)
        if cc == "FR":
            return self.num(2) + self.up(2) + self.num(5)
        if cc == "UK":
            y, m, d = dob
            s5 = (re.sub(r"[^A-Z]", "", fold(surname).upper()) + "99999")[:5]
            return f"{s5}{str(y)[2]}{m + (50 if female else 0):02d}{d:02d}{str(y)[3]}{self.up(2)}9{self.up(2)}"
        if cc == "IT":
            return f"{self.pick(['MI', 'RM', 'TO', 'NA'])}{self.num(7)}{self.up(1)}"
        if cc == "PL":
            return f"{self.num(5, False)}/{self.num(2, False)}/{self.num(4, False)}"
        raise ValueError(cc)

    # ---- contact data
    def us_phone(self) -> str:
        a = self.pick(["412", "614", "503", "919", "720", "313", "704", "602", "857", "216"])
        x, y = self.r.randint(201, 989), self.num(4, False)
        return self.pick([f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"+1 {a} {x} {y}", f"{a} {x} {y}"])

    def eu_phone(self, cc: str) -> str:
        n = lambda k: self.num(k, False)  # noqa: E731
        return {
            "DE": lambda: self.pick([f"+49 30 {n(4)} {n(3)}", f"0171 {n(7)}", f"(0221) {n(3)} {n(2)} {n(2)}"]),
            "NL": lambda: self.pick([f"06-{n(4)} {n(4)}", f"+31 6 {n(8)}", f"020 {n(3)} {n(4)}"]),
            "FR": lambda: self.pick([f"06 {n(2)} {n(2)} {n(2)} {n(2)}", f"+33 7 {n(2)} {n(2)} {n(2)} {n(2)}"]),
            "ES": lambda: self.pick([f"6{n(2)} {n(3)} {n(3)}", f"+34 6{n(2)} {n(2)} {n(2)} {n(2)}"]),
            "IT": lambda: self.pick([f"+39 3{n(2)} {n(3)} {n(4)}", f"3{n(2)} {n(7)}"]),
            "PL": lambda: self.pick([f"+48 {n(3)} {n(3)} {n(3)}", f"{n(3)}-{n(3)}-{n(3)}"]),
            "UK": lambda: self.pick([f"07{n(3)} {n(6)}", f"+44 7{n(3)} {n(6)}", f"0161 {n(3)} {n(4)}"]),
        }[cc]()

    zip_prefix = "432"

    def uscity(self):
        city, st, self.zip_prefix = self.pick(US_CITIES)
        return city, st

    def zip5(self, plus4: float = 0.25) -> str:
        z = self.zip_prefix + self.num(2, False)
        return z if self.r.random() >= plus4 else f"{z}-{self.num(4, False)}"

    def dob(self, lo: int = 1928, hi: int = 2015):
        return self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)

    def hdate(self) -> str:
        return (f"{self.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {self.r.randint(1, 28)} "
                f"{self.pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Sep', 'Oct', 'Nov', 'Dec'])} "
                f"{self.pick([2025, 2026])} {self.r.randint(7, 18):02d}:{self.r.randint(0, 59):02d}:"
                f"{self.r.randint(0, 59):02d} {self.pick(['-0500', '-0400', '+0100', '+0200', '-0700', '+0000'])}")


MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
MON_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
          "ottobre", "novembre", "dicembre"]
MON_PL = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
          "października", "listopada", "grudnia"]


def fmt(ymd, style: str) -> str:
    y, m, d = ymd
    return {
        "us": f"{m:02d}/{d:02d}/{y}", "us1": f"{m}/{d}/{y}", "us2": f"{m}/{d}/{str(y)[2:]}",
        "iso": f"{y}-{m:02d}-{d:02d}", "hl7": f"{y}{m:02d}{d:02d}", "long": f"{MON_EN[m - 1]} {d}, {y}",
        "dmy": f"{d} {MON_EN[m - 1][:3]} {y}", "uk": f"{d:02d}/{m:02d}/{y}", "de": f"{d:02d}.{m:02d}.{y}",
        "de1": f"{d}. {MON_DE[m - 1]} {y}", "nl": f"{d}-{m}-{y}", "fr": f"{d} {MON_FR[m - 1]} {y}",
        "es": f"{d} de {MON_ES[m - 1]} de {y}", "it": f"{d} {MON_IT[m - 1]} {y}", "pl": f"{d} {MON_PL[m - 1]} {y}",
        "dots2": f"{d:02d}.{m:02d}.{str(y)[2:]}", "mon": f"{MON_EN[m - 1][:3]}-{d:02d}-{y}",
    }[style]


# ======================================================================= people and places
FIRST = ["Marisol", "Deborah", "Kwame", "Lucinda", "Anneke", "Tobias", "Priya", "Siobhan", "Emeka", "Ingrid",
         "Rafael", "Yolanda", "Dmitri", "Colette", "Henrik", "Fatima", "Bernadette", "Oskar", "Mei", "Thandiwe",
         "Ruairi", "Nadia", "Elif", "Margit", "Desmond", "Ottilie", "Tariq", "Rosalind", "Cyrus", "Leilani"]
WORD_FIRST = ["Hope", "Will", "Grace", "Faith", "Joy", "Dawn", "Summer", "Iris", "Ivy", "Amber", "Rose", "Mark",
              "Bill", "Hunter", "Sunny", "June", "April", "Chase", "Patience", "Drew"]
LAST = ["Okafor", "Lindqvist", "Abernathy", "Castellanos", "Brzezinski", "Haverkamp", "Fairweather", "Quintero",
        "Oyelaran", "Delacroix", "Rinaldi", "Nakamura", "Thorsen", "Whitlock", "Ferreira", "Kowalczyk",
        "O'Donoghue", "McAllister", "Ivanova", "Petrakis", "Achterberg", "Mbatha", "Sandoval", "Gallagher"]
WORD_LAST = ["Baker", "Cook", "Young", "King", "Frost", "Hill", "Bird", "Mason", "Page", "Marsh", "Price",
             "Love", "Winter", "Street", "Best", "Rich"]
NAMES = {
    "de": (["Jürgen", "Heike", "Dieter", "Ulrike", "Matthias", "Sabine", "Klaus", "Anja", "Gisela", "Horst"],
           ["Schulze", "Wolf", "Vogel", "Koch", "Becker", "Hartmann", "Engel", "Krüger", "Fuchs", "Lange"]),
    "nl": (["Sanne", "Joost", "Marieke", "Bram", "Femke", "Daan", "Wilma", "Geert"],
           ["de Vries", "Bakker", "Visser", "van der Meer", "Mulder", "de Graaf", "Smit", "van Dam"]),
    "fr": (["Mathilde", "Olivier", "Camille", "Benoît", "Élodie", "Hugues", "Solène", "Thierry"],
           ["Leblanc", "Moreau", "Fontaine", "Lefèvre", "Chevalier", "Rousseau", "Marchand", "Petit"]),
    "es": (["Inmaculada", "Jorge", "Nerea", "Álvaro", "Rocío", "Iñaki", "Montserrat", "Rubén"],
           ["García Pardo", "Martín", "Ruiz", "Herrero", "Santos", "Iglesias", "Domínguez Vela", "Prieto"]),
    "it": (["Giulia", "Matteo", "Francesca", "Alessandro", "Chiara", "Raffaele", "Serena", "Dario"],
           ["Rossi", "Esposito", "Bianchi", "Colombo", "Ricci", "Marino", "Greco", "Bruno"]),
    "pl": (["Katarzyna", "Wojciech", "Małgorzata", "Paweł", "Zofia", "Bartosz", "Agnieszka", "Grzegorz"],
           ["Kowalski", "Wiśniewska", "Zieliński", "Lewandowska", "Nowak", "Wójcik", "Kamińska", "Mazur"]),
}
US_STREETS = ["Larkspur Ln", "Old Mill Road", "Hickory Hollow Dr", "N. Prospect Ave", "Quarry Street", "Willow Bend Ct",
              "Elm Terrace", "W 38th St", "Sycamore Blvd", "County Road 12", "Briar Patch Way", "Mulberry Circle"]
US_CITIES = [("Columbus", "OH", "432"), ("Pittsburgh", "PA", "152"), ("Durham", "NC", "277"), ("Tacoma", "WA", "984"),
             ("Dayton", "OH", "454"), ("Tucson", "AZ", "857"), ("Worcester", "MA", "016"), ("Aurora", "CO", "800"),
             ("Rochester", "NY", "146"), ("Toledo", "OH", "436")]
UK_STREETS = ["Kingsley Road", "Albion Terrace", "Hawthorn Close", "Mill Lane", "Beech Grove", "Victoria Crescent"]
CONSULTANTS = [("Noor Haddad", "noor@haddad-it.consulting"), ("Pieter Claessens", "pieter@claessens.tech"),
               ("Dana Whitcombe", "dana@whitcombe-systems.com")]

g = Gen(20261201)
RECORDS: list[tuple[str, list[str], str]] = []


def person(lang: str = "en", words: float = 0.25):
    if lang == "en":
        f = g.pick(WORD_FIRST) if g.r.random() < words else g.pick(FIRST)
        last = g.pick(WORD_LAST) if g.r.random() < words else g.pick(LAST)
        return f, last
    if lang in FEMALE:
        return gendered(lang, g.r.random() < 0.5)
    fs, ls = NAMES[lang]
    return g.pick(fs), g.pick(ls)


FEMALE = {
    "fr": (["Mathilde", "Camille", "Élodie", "Solène", "Brigitte"], ["Leblanc", "Moreau", "Fontaine", "Lefèvre", "Petit"]),
    "it": (["Giulia", "Francesca", "Chiara", "Serena", "Rosaria"], ["Rossi", "Esposito", "Bianchi", "Colombo", "Greco"]),
    "pl": (["Katarzyna", "Małgorzata", "Zofia", "Agnieszka", "Halina"], ["Wiśniewska", "Lewandowska", "Kamińska", "Nowak", "Mazur"]),
}
MALE = {
    "fr": (["Olivier", "Benoît", "Hugues", "Thierry", "Gérard"], ["Chevalier", "Rousseau", "Marchand", "Petit", "Moreau"]),
    "it": (["Matteo", "Alessandro", "Raffaele", "Dario", "Giuseppe"], ["Ricci", "Marino", "Bruno", "Rossi", "Esposito"]),
    "pl": (["Wojciech", "Paweł", "Bartosz", "Grzegorz", "Tadeusz"], ["Kowalski", "Zieliński", "Wójcik", "Mazur", "Nowak"]),
}


def gendered(lang: str, female: bool):
    fs, ls = (FEMALE if female else MALE)[lang]
    return g.pick(fs), g.pick(ls)


def mailbox(f: str, last: str, domain: str) -> str:
    f2, l2 = re.sub(r"[^a-z]", "", fold(f).lower()), re.sub(r"[^a-z]", "", fold(last).lower())
    return g.pick([f"{f2}.{l2}", f"{f2[0]}{l2}", f"{f2}", f"{l2}.{f2[0]}"]) + "@" + domain


def domain_of(org: str, tld: str = "") -> str:
    words = re.findall(r"[a-z0-9]+", fold(org).lower())
    words = [w for w in words if w not in ("the", "de", "di", "des", "du", "am", "sp", "z", "o", "gmbh", "llp")] or words
    base = "".join(words)
    if len(base) > 20:
        base = words[0] + "-" + words[-1] if len(words) > 1 else base[:20]
    return base + (tld or g.pick([".org", ".com", ".net", "-care.com", ".health"]))


def header(f: str, last: str, addr: str, subject: str, consultant=None) -> tuple[str, tuple[str, str]]:
    c = consultant or g.pick(CONSULTANTS)
    h = (f"From: {P(f + ' ' + last)} <{EM(addr)}>\nTo: {P(c[0])} <{EM(c[1])}>\n"
         f"Subject: {subject}\nDate: {K(g.hdate())}\n\n")
    return h, c


def pc_city(pairs) -> str:
    pc, city = g.pick(pairs)
    return f"{PC(pc)} {city}"


def first_of(c) -> str:
    return c[0].split()[0]


def add(field: str, contacts: list[str], text: str) -> None:
    RECORDS.append((field, contacts, text))


# ======================================================================= scenarios (English)
def sc_homehealth_schedule():
    f, last = person()
    org = g.pick(["Riverbend Home Health", "Maple Crest Home Care", "Lakeshore Visiting Nurses"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), f"Visit board broken after {K('WellSky')} update")
    city, st = g.uscity()
    n1, n2 = person(words=0.6), person(words=0.6)
    pf, pl = person()
    pst = g.pick(["CA", "TX", "FL", "NY", "OH", "PA", "MA", "IL"])
    unit = g.pick(["Apt 4B", "Unit 12", "#207", "Apt. 3", "Suite 110"])
    body = (f"Hi {P(first_of(c))},\n\nSince {K('WellSky Home Health 24.3')} went live the visit board shows the wrong clinician. "
            f"Tomorrow {P(n1[0])} has the {K('8:30')} start of care and {P(n2[0])} {P(n2[1])} the {K('10:15')} recert, but the board "
            f"swaps them.\n\nThe patient is {P(pf)} {P(pl)}, DOB {DT(fmt(g.dob(1930, 1950), g.pick(['us', 'us1', 'long'])))}, "
            f"admitted {DT(fmt((2026, g.r.randint(1, 11), g.r.randint(1, 28)), 'us1'))}, at {AD(str(g.r.randint(12, 9800)) + ' ' + g.pick(US_STREETS))}, "
            f"{AD(unit)}, {city}, {st} {PC(g.zip5())}. {g.pick(['Medicare MBI', 'MBI:', 'Medicare no.', 'Medicare ID'])} {seg('MEMBER', g.mbi())}.\n\n"
            f"{P(n1[0])} drives a silver Corolla, {K(pst)} plate {seg('PLATE', g.plate(pst))}; the building wants it for the visitor "
            f"permit. The {pst} RN licence on file is {seg('LICENSE', g.rn_licence(pst))} if the credential screen asks.\n\n"
            f"Error in the log: {K('WSK-4102')} ({K('assignment cache stale')}). Our ticket with them is {K('CS-' + g.num(6))}. "
            f"WellSky support is {K('1-855-555-0134')}.\n\nThanks,\n{P(f)}\nScheduling, {K(org)}\n{PH(g.us_phone())} (direct)")
    add("home health", [f"{f} {last}"], h + body)


def sc_hospice_death():
    f, last = person()
    org = g.pick(["Evening Star Hospice", "Gentle Harbor Hospice", "Cypress Hospice & Palliative Care"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), "Bereavement mailing pulled the wrong people")
    p1, p2 = person(words=0.4), person(words=0.4)
    city, st = g.uscity()
    y = 2026
    body = (f"{P(first_of(c))},\n\nOur bereavement letters go out 13 months after a death. The job in {K('Consolo')} ran on "
            f"{K('March 3')} and included families whose patient had not died at all.\n\nExample: {P(p1[0])} {P(p1[1])} "
            f"(admitted {DT(fmt((y - 1, g.r.randint(1, 6), g.r.randint(1, 28)), 'us'))}, still on service) got a sympathy card addressed to "
            f"the daughter, c/o {P(p2[0])} {P(p2[1])}, {AD('PO Box ' + g.num(4))}, {city}, {st} {PC(g.zip5())}. The patient actually "
            f"listed in the run, date of death {DT(fmt((y - 1, g.r.randint(1, 12), g.r.randint(1, 28)), g.pick(['us', 'long', 'iso'])))}, "
            f"was a different {P(p1[1])}.\n\nThe diagnosis column ({K('G30.9')}, {K('C34.90')}, {K('I50.9')}) is right, so I think the join is on "
            f"surname only. Report name: {K('BRV_13MO_v2')}. Please check before the {K('April 1')} run.\n\n"
            f"If families call, our main line is {K('(800) 555-0199')}.\n\n{P(f)} {P(last)}, MSW\nBereavement Coordinator\n{EM('bereavement@' + dom)}")
    add("hospice", [f"{f} {last}"], h + body)


def sc_dental_csv():
    f, last = person()
    org = g.pick(["Bright Arch Dental", "Summit Family Dentistry", "Pearl Street Dental Group"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), f"Insurance export from {K('Dentrix')} rejected")
    rows = []
    for _ in range(3):
        a, b = person(words=0.35)
        carrier = g.pick(["Delta Dental", "MetLife", "Cigna Dental", "Guardian"])
        rows.append(f"{P(b)},{P(a)},{DT(fmt(g.dob(1950, 2015), 'us'))},{K(carrier)},{seg('MEMBER', g.pick(['', 'W', 'U']) + g.num(9))},"
                    f"{seg('MEMBER', g.num(6))},{K(g.pick(['D1110', 'D0120', 'D2740', 'D0274']))},{K(g.pick(['$98.00', '$1,240.00', '$64.50']))}")
    body = (f"Hello {P(first_of(c))},\n\nThe clearinghouse rejects the nightly file. Sample rows (header first):\n\n"
            f"{K('LastName')},{K('FirstName')},{K('DOB')},{K('Carrier')},{K('SubscriberID')},{K('GroupNo')},{K('CDT')},{K('Fee')}\n"
            + "\n".join(rows) +
            f"\n\nThe error is {K('REJ-017 invalid subscriber id length')}. We are on {K('Dentrix G7.4')}; the export script is "
            f"{K('ins_export.ps1')}. {K('Vyne Dental')} says their spec changed on {K('January 15')}.\n\nCould you look this week? "
            f"Our office number for the {K('Vyne')} call is {K('(412) 555-0142')}.\n\n{P(f)}\n{K(org)}")
    add("dental", [f"{f} {last}"], h + body)


def sc_physio_hl7():
    f, last = person()
    org = g.pick(["Keystone Physical Therapy", "Motion Works PT", "Northgate Rehab"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), f"{K('ADT^A04')} messages missing the insurance")
    pf, pl = person(words=0.3)
    gf, gl = person()
    dob = g.dob(1940, 2005)
    city, st = g.uscity()
    mrn, ssn = g.num(8), g.ssn('')
    street = str(g.r.randint(10, 9999)) + " " + g.pick(US_STREETS).upper()
    zipc = g.zip5(0)
    phone = f"({g.pick(['412', '614', '216'])}){g.r.randint(201, 989)}-{g.num(4, False)}"
    adm = fmt((2026, g.r.randint(1, 11), g.r.randint(1, 28)), "hl7")
    pol = g.up(3) + g.num(9)
    seg_msh = K(f"MSH|^~\\&|{g.pick(['WEBPT', 'RAINTREE'])}|{g.pick(['KPT', 'MWPT'])}|BILLING|CH|{g.num(14)}||ADT^A04|MSG{g.num(6)}|P|2.5.1")
    body = (f"Hi {P(first_of(c))},\n\nRegistration messages reach the billing engine without the {K('IN1')} segment. One from this morning, "
            f"pasted raw:\n\n{seg_msh}\n"
            f"PID|1||{seg('MRN', mrn)}^^^KPT^MR||{P(pl.upper())}^{P(pf.upper())}^^^^^L||{DT(fmt(dob, 'hl7'))}|{g.pick('FM')}|||"
            f"{AD(street)}^^{city.upper()}^{st}^{PC(zipc)}||{PH(phone)}|||||{seg('ACCOUNT', g.num(7))}|{seg('SSN', ssn)}\n"
            f"PV1|1|O|GYM^^^KPT||||{seg('LICENSE', g.npi())}^{P(gl.upper())}^{P(gf.upper())}|||||||||||||||||||||||||||||||||||||{DT(adm)}\n"
            f"IN1|1|{K('BCBS-PPO')}|{K(g.num(5))}|{K('HIGHMARK BCBS')}|||||||||||||||||||||||||||||||||||{seg('MEMBER', pol)}\n\n"
            f"The {K('IN1')} only shows up on {K('A08')} updates, not on {K('A04')}. Interface engine is {K('Mirth Connect 4.4.1')}, channel "
            f"{K('ADT_IN_BILLING')}, error {K('ERR-MAP-0031')}. Visits coded {K('97110')} and {K('97140')} are the ones bouncing.\n\n"
            f"Thanks\n{P(f)} {P(last)}\nPractice Manager, {K(org)}")
    add("physiotherapy", [f"{f} {last}"], h + body)


def sc_psychotherapy_words():
    f, last = g.pick(["Hope", "Grace", "Faith", "Joy"]), g.pick(LAST)
    org = g.pick(["Quiet Harbor Counseling", "Open Door Psychotherapy", "Tidewater Therapy Collective"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), "Superbill batch and a consent form")
    cl1 = (g.pick(["Will", "Mark", "Bill", "Chase", "Drew"]), g.pick(WORD_LAST))
    cl2 = person(words=0.5)
    body = (f"Hi {P(first_of(c))},\n\nTwo things, I {K('hope')} quick ones.\n\n1) The superbill batch for {K('SimplePractice')} fails for "
            f"{P(cl1[0])} {P(cl1[1])}: claim {seg('ACCOUNT', 'CLM-' + g.num(8))}, {g.pick(['member ID', 'Member #', 'subscriber no.', 'ID#'])} {seg('MEMBER', g.up(3) + g.num(8))}, "
            f"{g.pick(['policy #', 'policy no.', 'group/policy', 'Policy Number:'])} {seg('MEMBER', g.num(3) + '-' + g.num(4) + '-' + g.num(2))}. {P(cl1[0])} saw me on {DT(fmt((2026, g.r.randint(1, 11), g.r.randint(1, 28)), 'us1'))} "
            f"({K('90837')}, {K('F41.1')}). I {K('will')} resend once you say it's fixed. There is a {K('30-day grace period')} before the payer "
            f"closes it.\n\n2) {P(cl2[0])}'s mother signed the minor consent; the child's DOB is {DT(fmt(g.dob(2010, 2016), 'us'))}. "
            f"Where does the signed PDF go in {K('SimplePractice')}? The docs at {K('support.simplepractice.com')} are unclear.\n\n"
            f"The {K('bill')} from last month ({K('INV-2026-031')}, {K('$480.00')}) is paid.\n\nWarmly,\n{P(f)} {P(last)}, LCSW\n{K(org)}")
    add("psychotherapy", [f"{f} {last}"], h + body)


def sc_pharmacy_dea():
    f, last = person()
    org = g.pick(["Corner Apothecary", "Valley Compounding Pharmacy", "Harbor Drug & Infusion"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), "Controlled substance report mismatches")
    dr = person(words=0.3)
    pt = person(words=0.3)
    drug, ndc = g.pick([("oxycodone 5 mg", "0406-0552-01"), ("hydrocodone/APAP 5-325", "0591-0385-01"),
                        ("alprazolam 0.5 mg", "0228-2027-10")])
    body = (f"{P(first_of(c))},\n\nThe state PDMP upload rejected yesterday's file. Line 14:\n\n"
            f"  Rx {seg('MRN', g.num(7))} | {K(drug)} | NDC {K(ndc)} | lot {K(g.up(2) + g.num(4))} | exp {K('11/2027')}\n"
            f"  Patient: {P(pt[1].upper())}, {P(pt[0].upper())}  DOB {DT(fmt(g.dob(1945, 2000), 'us'))}\n"
            f"  Prescriber: Dr. {P(dr[0])} {P(dr[1])}  NPI {seg('LICENSE', g.npi())}  DEA {seg('LICENSE', g.dea(dr[1]))}\n\n"
            f"The PDMP says {K('ERR 22: prescriber identifier not found')}. Our pharmacy DEA registration and NCPDP ID "
            f"({K('NCPDP 3912284')}) are fine. Software: {K('PioneerRx 2026.2')}.\n\nThe deadline is {K('Thursday 17:00')}.\n\n"
            f"{P(f)} {P(last)}, PharmD\n{K(org)}\n{EM('rx@' + dom)}")
    add("pharmacy", [f"{f} {last}"], h + body)


def sc_registry():
    f, last = person()
    org = g.pick(["Tri-County Cancer Registry", "Great Lakes Trauma Registry", "State Birth Defects Registry"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), "Linkage run found duplicates")
    a, b = person(words=0.3), person(words=0.3)
    dob = g.dob(1930, 1990)
    body = (f"Dear {P(first_of(c))},\n\nThe annual death-index linkage produced duplicate cases. Two examples from the review screen:\n\n"
            f"Case {seg('MRN', 'TR' + g.num(7))}: {P(a[1])}, {P(a[0])}; born {DT(fmt(dob, 'dmy'))}; SSN {seg('SSN', g.ssn())}; "
            f"diagnosed {DT(fmt((2019, g.r.randint(1, 12), g.r.randint(1, 28)), 'us'))}; site {K('C50.912')}; histology {K('8500/3')}\n"
            f"Case {seg('MRN', 'TR' + g.num(7))}: {P(b[1])}, {P(b[0])}; born {DT(fmt(dob, 'us'))}; SSN {seg('SSN', g.ssn(' '))}; "
            f"died {DT(fmt((2025, g.r.randint(1, 12), g.r.randint(1, 28)), 'us'))}; site {K('C50.912')}\n\n"
            f"Same birthday, different surname after marriage. {K('NAACCR v25')} item {K('#2230')} should carry the maiden name. "
            f"Our software is {K('Rocky Mountain Cancer Data Systems')} {K('SEER*DMS')}. No rush before {K('the 20th')}; the "
            f"submission closes on {K('November 30, 2026')}.\n\nRegards,\n{P(f)} {P(last)}, CTR\n{K(org)}\n"
            f"{AD(str(g.r.randint(100, 999)) + ' Capitol Mall, Suite ' + g.num(3))}\n{PH(g.us_phone())}")
    add("registry", [f"{f} {last}"], h + body)


def sc_lab_loinc():
    f, last = person()
    org = g.pick(["Clearwater Clinical Lab", "Meridian Reference Laboratory", "Bayside Pathology"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), f"Results going to the wrong chart in {K('athenaOne')}")
    pt = person(words=0.35)
    body = (f"{P(first_of(c))},\n\nAccession {seg('MRN', g.up(2) + g.num(8))} for {P(pt[0].lower())} {P(pt[1].lower())} "
            f"(that's how the courier typed it), DOB {DT(fmt(g.dob(1950, 2010), 'iso'))}, collected {DT(fmt((2026, g.r.randint(1, 11), g.r.randint(1, 28)), 'us'))}, landed "
            f"in a different patient's chart.\n\nTests: {K('LOINC 4548-4')} (HbA1c), {K('LOINC 2345-7')} (glucose), {K('LOINC 2093-3')}. "
            f"Reagent lot {K('Lot 38271B')} and analyzer {K('cobas c 503')} are not the issue.\n\nThe interface error is {K('ORU-MATCH-07')}; "
            f"our order number with the vendor is {K('PO 4500018823')}. Patient portal login came from {seg('IP', '73.' + str(g.r.randint(10, 250)) + '.' + str(g.r.randint(1, 250)) + '.' + str(g.r.randint(1, 250)))}, "
            f"our server is {K('10.40.2.15')}.\n\nClient services {K('1-888-555-0162')} are aware.\n\n{P(f)} {P(last)}\nLIS Administrator, {K(org)}\n{EM('lis-admin@' + dom)}")
    add("laboratory", [f"{f} {last}"], h + body)


def sc_uk_carehome():
    f, last = person()
    org = g.pick(["Oakfield Care Home", "Larchmont House Care Home", "St Brigid's Nursing Home"])
    dom = domain_of(org, ".co.uk")
    h, c = header(f, last, mailbox(f, last, dom), "Resident records and the visitor car park")
    r1, r2 = person(words=0.35), person(words=0.35)
    dob = g.dob(1925, 1945)
    pc = f"LS{g.r.randint(1, 29)} {g.r.randint(1, 9)}{g.up(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    body = (f"Hello {P(first_of(c))},\n\nCould you help with two issues in {K('Nourish Care')}?\n\n1. Resident {P(r1[0])} {P(r1[1])} "
            f"(NHS number {seg('NATIONAL_ID', g.nhs())}, born {DT(fmt(dob, 'uk'))}, admitted {DT(fmt((2026, g.r.randint(1, 11), g.r.randint(1, 28)), 'uk'))}) shows "
            f"twice. The previous address was {AD('Flat ' + str(g.r.randint(1, 20)) + ', ' + str(g.r.randint(2, 180)) + ' ' + g.pick(UK_STREETS))}, "
            f"Leeds {PC(pc)}.\n\n2. The car park ANPR keeps fining {P(r2[0])}'s son. His car is {seg('PLATE', g.plate('UK'))}; "
            f"his driving licence {seg('LICENSE', g.eu_dl('UK', r2[1], g.dob(1960, 1980)))} was checked on arrival.\n\n"
            f"Visitors should come off the {K('M62')} at junction {K('27')} and follow the {K('A650')}. Our CQC location ID is "
            f"{K('1-' + g.num(9))} and Companies House {K(g.num(8, False))}.\n\nMany thanks,\n{P(f)} {P(last)}\nRegistered Manager\n{K(org)}\n"
            f"Reception: {K('0113 496 0' + g.num(3, False))}")
    add("care home", [f"{f} {last}"], h + body)


def sc_insurance_claim():
    f, last = person()
    org = g.pick(["Granite Mutual Insurance", "Prairie Shield Casualty", "Atlas Auto & Home"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), "Claims portal attaches the wrong photos")
    ins = person(words=0.3)
    st = g.pick(["TX", "OH", "PA", "IL", "FL"])
    city, _ = g.uscity()
    body = (f"{P(first_of(c))},\n\nAdjusters see photos from another claim. Case in point:\n\n"
            f"  Claim no.: {seg('ACCOUNT', g.num(2) + '-' + g.num(7) + '-' + g.num(2))}\n  Policy #: {seg('MEMBER', g.up(2) + g.num(8))}\n"
            f"  Insured: {P(ins[0])} {P(ins[1])}\n  Vehicle: {K('2019 Honda CR-V')}, VIN {seg('PLATE', g.vin())}, {K(st)} tag {seg('PLATE', g.plate(st))}\n"
            f"  Driver's licence: {seg('LICENSE', g.us_dl(st))} ({st})\n  Garaging address: {AD(str(g.r.randint(10, 9999)) + ' ' + g.pick(US_STREETS))}, {city}, {PC(g.zip5())}\n"
            f"  Loss date: {DT(fmt((2026, g.r.randint(1, 11), g.r.randint(1, 28)), 'us'))}\n\n"
            f"The photo service is {K('Guidewire ClaimCenter 10')} with the {K('CCC ONE')} plugin. Error: {K('IMG_LINK_MISMATCH')}. Our NAIC code is "
            f"{K(g.num(5))}; form {K('PP 00 01 09 18')} is the policy form.\n\nThe estimate ({K('$4,812.37')}) is correct. Deductible {K('$500')}.\n\n"
            f"{P(f)} {P(last)}\nClaims Systems\nDirect {PH(g.us_phone())} | Claims line {K('1-877-555-0150')}")
    add("insurance", [f"{f} {last}"], h + body)


def sc_payroll_834():
    f, last = person()
    org = g.pick(["Brightwater Staffing", "Summit Payroll Partners", "Harborline HR Services"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), f"{K('X12 834')} enrollment file: dependants dropped")
    e1, d1 = person(words=0.3), person(words=0.3)
    city, st = g.uscity()
    dob_e, dob_d = g.dob(1965, 1995), g.dob(2008, 2020)
    mid = g.num(9)
    body = (f"Hi {P(first_of(c))},\n\nThe carrier dropped every dependant from our last 834. Two loops from the file:\n\n"
            f"{K('INS*Y*18*030*XN*A*E**FT~')}\n{K('REF*0F*')}{seg('ACCOUNT', g.num(6))}~\n"
            f"NM1*IL*1*{P(e1[1].upper())}*{P(e1[0].upper())}****34*{seg('SSN', g.ssn(''))}~\n"
            f"N3*{AD(str(g.r.randint(10, 9999)) + ' ' + g.pick(US_STREETS).upper())}~\nN4*{city.upper()}*{st}*{PC(g.zip5(0))}~\n"
            f"DMG*D8*{DT(fmt(dob_e, 'hl7'))}*{g.pick('FM')}~\n"
            f"{K('INS*N*19*030*XN*A*E***N~')}\nNM1*IL*1*{P(d1[1].upper())}*{P(d1[0].upper())}****MI*{seg('MEMBER', mid)}~\n"
            f"DMG*D8*{DT(fmt(dob_d, 'hl7'))}*{g.pick('FM')}~\n\n"
            f"Our sponsor EIN is {K('EIN 84-' + g.num(7))} (that one is public on every invoice). Payroll runs on {K('UKG Pro')}, "
            f"employee number {seg('ACCOUNT', 'E' + g.num(6))} is the one the carrier called about. Deposit goes to "
            f"account {seg('ACCOUNT', g.num(10))}.\n\nDeadline {K('December 15')}, open enrolment closes then.\n\nThanks,\n{P(f)} {P(last)}\nBenefits Administrator")
    add("payroll", [f"{f} {last}"], h + body)


def sc_school_nurse():
    f, last = person()
    org = g.pick(["Pine Hollow School District", "Westbrook Unified", "St. Anselm Academy"])
    dom = domain_of(org, ".k12.us")
    h, c = header(f, last, mailbox(f, last, dom), "Health office export + bus roster")
    s1, s2, par = person(words=0.4), person(words=0.4), person()
    city, st = g.uscity()
    body = (f"Good morning {P(first_of(c))},\n\nThe health-office export from {K('PowerSchool')} into {K('SchoolDoc')} is mixing students.\n\n"
            f"| Student ID | Name | DOB | Allergy | Bus |\n|---|---|---|---|---|\n"
            f"| {seg('ACCOUNT', g.num(7))} | {P(s1[0])} {P(s1[1])} | {DT(fmt(g.dob(2010, 2019), 'us1'))} | {K('peanut (Z91.010)')} | {K('Route 14')} |\n"
            f"| {seg('ACCOUNT', g.num(7))} | {P(s2[0])} {P(s2[1])} | {DT(fmt(g.dob(2010, 2019), 'us1'))} | {K('none')} | {K('Route 9')} |\n\n"
            f"{P(s2[0])}'s parent, {P(par[0])} {P(par[1])}, lives at {AD(str(g.r.randint(10, 999)) + ' ' + g.pick(US_STREETS))}, {city} {PC(g.zip5())} and can be "
            f"reached at {PH(g.us_phone())} or {EM(mailbox(par[0], par[1], g.pick(['gmail.com', 'yahoo.com', 'outlook.com'])))}.\n\n"
            f"Buses leave at {K('3:05 pm')} from the east lot. The district office number {K('(614) 555-0100')} is on the website. "
            f"Ticket {K('HD-22817')} in our helpdesk.\n\n{P(f)} {P(last)}, RN\nSchool Nurse, {K(org)}")
    add("school", [f"{f} {last}"], h + body)


def sc_legal_traffic():
    f, last = person()
    org = g.pick(["Whitfield & Osei LLP", "Carrow Legal Group", "Benton Hale Attorneys"])
    dom = domain_of(org, ".law")
    h, c = header(f, last, mailbox(f, last, dom), "Intake form for traffic matters")
    cl = person(words=0.35)
    st = g.pick(["CA", "TX", "NY", "FL", "IL", "PA", "OH", "MA"])
    city, _ = g.uscity()
    body = (f"{P(first_of(c))},\n\nThe new intake form in {K('Clio Grow')} posts into {K('Clio Manage')} but the licence fields land in "
            f"the notes. A submission from today:\n\n"
            f"Client: {P(cl[0])} {P(cl[1])}\nMatter: {seg('ACCOUNT', g.num(4) + '-' + g.num(5))}\nDriver licence: {seg('LICENSE', g.us_dl(st))} ({st})\n"
            f"Plate: {seg('PLATE', g.plate(st))}\nCitation: {seg('ACCOUNT', g.up(1) + g.num(7))}\nHome:\n"
            f"  {AD(str(g.r.randint(10, 9999)) + ' ' + g.pick(US_STREETS))}\n  {AD(g.pick(['Apt 2C', 'Unit 5', 'Fl 3']))}\n  {city}, {PC(g.zip5())}\n"
            f"Date of birth: {DT(fmt(g.dob(1960, 2004), g.pick(['us', 'long'])))}\n\n"
            f"The stop was on the {K('I-71')} northbound near exit {K('121')}, at {K('11:40 pm')}. Court date is public "
            f"({K('Franklin County Municipal Court')}).\n\nFlat fee {K('$750')}. {K('Clio')} ticket {K('#1184203')}.\n\n"
            f"{P(f)} {P(last)}, Esq.\n{K(org)}\n{AD(str(g.r.randint(100, 999)) + ' Main Street, Suite ' + g.num(3))}\n{city}, {PC(g.zip5())}")
    add("legal", [f"{f} {last}"], h + body)


def sc_claims_837():
    f, last = person()
    org = g.pick(["Clearpath Billing Services", "Northwind Medical Billing", "Apex RCM"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), f"{K('837P')} rejections ({K('CO-16')})")
    pt, sub, rend = person(words=0.3), person(words=0.3), person()
    city, st = g.uscity()
    dos = fmt((2026, g.r.randint(1, 11), g.r.randint(1, 28)), "hl7")
    body = (f"Hi {P(first_of(c))},\n\nRejections came back with {K('CO-16')} / {K('N382')}. Excerpt:\n\n"
            f"NM1*85*2*{K('NORTHSIDE FAMILY MEDICINE')}*****XX*{K(g.npi())}~\n"
            f"NM1*IL*1*{P(sub[1].upper())}*{P(sub[0].upper())}****MI*{seg('MEMBER', g.up(3) + g.num(9))}~\n"
            f"N3*{AD(str(g.r.randint(10, 9999)) + ' ' + g.pick(US_STREETS).upper())}~\nN4*{city.upper()}*{st}*{PC(g.zip5(1).replace('-', ''))}~\n"
            f"DMG*D8*{DT(fmt(g.dob(1950, 1990), 'hl7'))}*M~\n"
            f"NM1*QC*1*{P(pt[1].upper())}*{P(pt[0].upper())}~\nCLM*{seg('ACCOUNT', g.num(6) + 'A')}*{K('185')}***11:B:1*Y*A*Y*Y~\n"
            f"DTP*472*D8*{DT(dos)}~\nHI*ABK:{K('E1165')}*ABF:{K('I10')}~\n"
            f"NM1*82*1*{P(rend[1].upper())}*{P(rend[0].upper())}****XX*{seg('LICENSE', g.npi())}~\nSV1*HC:{K('99214')}*{K('185')}*UN*1***1~\n\n"
            f"The billing NPI (organisation) is fine; it's the rendering loop. We use {K('Office Ally')} and {K('Kareo 2026.4')}. "
            f"Payer ID {K('00431')}.\n\n{P(f)}\n{K(org)}\n{EM('claims@' + dom)} | {K('1-866-555-0128')}")
    add("billing", [f"{f} {last}"], h + body)


def sc_fleet_plates():
    f, last = person()
    org = g.pick(["Sunrise Home Health", "Heartland Mobile Therapy", "Blue Ridge Home Infusion"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), "Mileage reimbursement import")
    rows = []
    for _ in range(4):
        a = person(words=0.45)
        st = g.pick(["CA", "TX", "NY", "FL", "PA", "OH", "IL", "MA"])
        rows.append(f"{P(a[0])} {P(a[1])}\t{K(st)}\t{seg('PLATE', g.plate(st))}\t{K(str(g.r.randint(40, 400)) + ' mi')}\t{K('$' + str(g.r.randint(20, 260)) + '.' + g.num(2, False))}")
    body = (f"{P(first_of(c))},\n\nThe mileage sheet from {K('Expensify')} into {K('QuickBooks Online')} double-counts trips. Tab-separated from the export:\n\n"
            f"{K('Clinician')}\t{K('State')}\t{K('Plate')}\t{K('Miles')}\t{K('Amount')}\n" + "\n".join(rows) +
            f"\n\nMost of these are long runs: take the {K('I-270')} to the {K('US-33')} exit, then {K('Route 161')}. The rate is "
            f"{K('$0.70')} per mile ({K('IRS 2025 rate')}).\n\nThe {K('Expensify')} policy ID is {K('F0A21B9C3D')} and the error says "
            f"{K('DUPLICATE_EXPENSE_HASH')}. I'd like it fixed before the {K('May 1')} payroll.\n\n{P(f)} {P(last)}\nFinance")
    add("home health", [f"{f} {last}"], h + body)


def sc_credentialing():
    f, last = person()
    org = g.pick(["Allegheny Behavioral Health", "Cedar Valley Clinics", "Riverstone Medical Group"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), f"Credentialing sync from {K('CAQH ProView')}")
    rows = []
    for _ in range(3):
        a = person(words=0.3)
        st = g.pick(["CA", "TX", "FL", "NY", "OH", "PA", "MA", "IL"])
        rows.append(f"- {P(a[0])} {P(a[1])}, {g.pick(['RN', 'NP', 'LCSW', 'PT'])}: NPI {seg('LICENSE', g.npi())}, {st} licence "
                    f"{seg('LICENSE', g.rn_licence(st))} (expires {K(fmt((2027, g.r.randint(1, 12), 28), 'us'))}), DEA {seg('LICENSE', g.dea(a[1]))}")
    body = (f"Hello {P(first_of(c))},\n\nOur roster import from {K('CAQH ProView')} into {K('Symplr')} truncates the licence numbers. "
            f"Three clinicians it broke:\n\n" + "\n".join(rows) +
            f"\n\nThe group NPI {K(g.npi())} and our TIN {K('TIN 25-' + g.num(7))} come through fine. The job fails with "
            f"{K('SYM-CRED-113')} at {K('02:00')} each night. Reference ticket {K('SR-' + g.num(6))}.\n\nThanks!\n{P(f)} {P(last)}\nMedical Staff Office")
    add("credentialing", [f"{f} {last}"], h + body)


def sc_vendor_notice():
    f, last = person()
    vendor = g.pick(["PointClickCare", "Netsmart", "MatrixCare", "Kno2"])
    dom = domain_of(vendor, ".com")
    h, c = header(f, last, mailbox(f, last, dom), f"{K(vendor)} release {K('26.2')} - action required")
    body = (f"Dear {K(vendor)} partner,\n\nRelease {K('26.2')} ships on {K('Saturday, June 13, 2026')} between {K('01:00')} and {K('05:00')} {K('ET')}. "
            f"Changes that affect integrations:\n\n- {K('HL7 v2.5.1')} {K('ORU^R01')} messages must carry {K('OBX-3')} as {K('LOINC')} (e.g. {K('8867-4')}, {K('8480-6')}).\n"
            f"- The {K('/api/v3/patients')} endpoint returns {K('HTTP 410')} after {K('July 1')}; use {K('/api/v4/patients')}.\n"
            f"- Error {K('PCC-AUTH-401')} replaces {K('AUTH_FAILED')}.\n- Whitelist {K('198.51.100.24')} and {K('198.51.100.25')} on your firewall.\n\n"
            f"Release notes: {K('https://docs.' + dom + '/release/26.2')}. Known issue {K('KI-4471')} (dashboard timeout) is fixed in {K('26.2.1')}.\n\n"
            f"Partner support: {K('1-800-555-0111')} or {EM('partners@' + dom)}. Pricing for the {K('Advanced Interop')} add-on stays "
            f"{K('$1.20')} per resident per month.\n\n{P(f)} {P(last)}\nPartner Success, {K(vendor)}\n{PH(g.us_phone())}")
    add("vendor notice", [], h + body)


def sc_forwarded_thread():
    f, last = person()
    org = g.pick(["Willowbrook Assisted Living", "Golden Acres Senior Living", "Harmony Hills Memory Care"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), "Fwd: Move-in paperwork")
    fam, res = person(words=0.4), person(words=0.4)
    city, st = g.uscity()
    body = (f"{P(first_of(c))}, see below. The family's reply landed in the shared mailbox and {K('Yardi')} created a prospect instead of "
            f"linking the resident. Can the mail rule be fixed?\n\n---------- Forwarded message ---------\n"
            f"From: {P(fam[0])} {P(fam[1])} <{EM(mailbox(fam[0], fam[1], g.pick(['gmail.com', 'icloud.com', 'comcast.net'])))}>\n"
            f"Date: {K('Tue, 3 Mar 2026 at 19:42')}\nSubject: Re: Move-in paperwork\nTo: Admissions <{EM('admissions@' + dom)}>\n\n"
            f"Hi, attached are Mom's forms. {P(res[0])} {P(res[1])}, born {DT(fmt(g.dob(1930, 1945), g.pick(['long', 'us1'])))}, moving in "
            f"{DT(fmt((2026, g.r.randint(3, 11), g.r.randint(1, 28)), 'long'))}. Her Medicare is {seg('MEMBER', g.mbi())} and her supplement "
            f"policy with {K('AARP')} is {seg('MEMBER', g.num(9) + '-' + g.num(2))}.\n\nMail for her should go to me:\n{P(fam[0])} {P(fam[1])}\n"
            f"{AD(str(g.r.randint(10, 9999)) + ' ' + g.pick(US_STREETS))}\n{city}, {st} {PC(g.zip5())}\n{PH(g.us_phone())}\n\nThank you!\n\n"
            f"-- \n{P(f)} {P(last)} | Move-in Coordinator | {K(org)}\n{K('1-800-555-0177')} (front desk, 24/7)")
    add("assisted living", [f"{f} {last}"], h + body)


def sc_voicemail():
    f, last = person()
    org = g.pick(["Lakeview Dialysis Center", "Prairie Wound Care Clinic", "Eastside Cardiology"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), f"Voicemail transcripts in {K('RingCentral')}")
    cal = person(words=0.5)
    dob = g.dob(1935, 1990)
    phone_words = g.us_phone()
    body = (f"{P(first_of(c))},\n\nThe transcripts that {K('RingCentral')} drops into {K('eClinicalWorks')} land on the wrong patient. "
            f"Here's one verbatim:\n\n\"hi this is {P(cal[0].lower())} {P(cal[1].lower())} calling about my dad {P(g.pick(FIRST + WORD_FIRST).lower())}, "
            f"his birthday is {DT(fmt(dob, 'long').lower())}, he missed dialysis on {DT(g.pick(['monday', 'tuesday', 'wednesday']) + ' the ' + str(g.r.randint(4, 28)) + 'th')} "
            f"because the van didn't come, you can call me back at {PH(phone_words)} thanks\"\n\n"
            f"Received {K('10:52 AM')}, duration {K('0:41')}. The matching rule uses caller ID and the {K('DOB')} phrase. "
            f"Our main number {K('(313) 555-0188')} shows up as caller ID on forwarded calls, which breaks it.\n\n"
            f"{K('eClinicalWorks')} version {K('V12.0.1')}, interface ticket {K('ECW-INT-90211')}.\n\n{P(f)} {P(last)}\n{K(org)}")
    add("dialysis", [f"{f} {last}"], h + body)


def sc_portal_log():
    f, last = person()
    org = g.pick(["Cornerstone Pediatrics", "Greenfield Women's Health", "Bayview Orthopedics"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), "Suspicious portal logins")
    u1, u2 = person(words=0.3), person(words=0.3)
    ip1 = f"{g.r.randint(24, 99)}.{g.r.randint(1, 250)}.{g.r.randint(1, 250)}.{g.r.randint(1, 250)}"
    ip2 = f"{g.r.randint(100, 199)}.{g.r.randint(1, 250)}.{g.r.randint(1, 250)}.{g.r.randint(1, 250)}"
    tok = g.up(6, "abcdefghijkmnpqrstuvwxyz0123456789") + g.num(4)
    body = (f"Hi {P(first_of(c))},\n\nWe saw these in the {K('Nginx')} access log of the patient portal ({K('Phreesia')} front end):\n\n"
            f"{K('2026-03-11T02:14:09Z')} {seg('IP', ip1)} POST /login {K('200')} user={EM(mailbox(u1[0], u1[1], 'gmail.com'))}\n"
            f"{K('2026-03-11T02:14:11Z')} {seg('IP', ip1)} GET {seg('URL', 'https://portal.' + dom + '/records/' + g.num(7) + '?token=' + tok)} {K('200')}\n"
            f"{K('2026-03-11T02:15:40Z')} {seg('IP', ip2)} POST /login {K('401')} user={EM(mailbox(u2[0], u2[1], 'yahoo.com'))}\n"
            f"{K('2026-03-11T02:15:41Z')} {K('10.8.0.12')} GET /healthz {K('200')}\n\n"
            f"The first account belongs to {P(u1[0])} {P(u1[1])}, parent of a patient (chart {seg('MRN', g.num(7))}), who says the login wasn't theirs.\n\n"
            f"Our WAF is {K('Cloudflare')}, rule {K('100015')}. The internal monitor {K('10.8.0.12')} is ours. Please tell me whether we need "
            f"to report this under {K('45 CFR 164.402')}.\n\n{P(f)} {P(last)}\nPractice Administrator")
    add("pediatrics", [f"{f} {last}"], h + body)


def sc_device_serials():
    f, last = person()
    org = g.pick(["Heartline Cardiology", "Summit Endocrine Associates", "Coastal Sleep Center"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), "Device registry upload")
    rows = []
    for _ in range(3):
        a = person(words=0.35)
        model, prefix = g.pick([("Medtronic Azure XT DR", "RNB"), ("Abbott Assurity MRI", "8"), ("Dexcom G7", "DX"),
                                ("Tandem t:slim X2", "TS"), ("ResMed AirSense 11", "23")])
        rows.append(f"{P(a[1])}; {P(a[0])}; {DT(fmt(g.dob(1935, 1995), 'iso'))}; {K(model)}; SN {seg('DEVICE', prefix + g.num(8, False))}; "
                    f"implanted/issued {DT(fmt((2025, g.r.randint(1, 12), g.r.randint(1, 28)), 'iso'))}")
    body = (f"{P(first_of(c))},\n\nThe manufacturer's registry upload ({K('CareLink')} / {K('Merlin.net')}) rejects our semicolon file:\n\n"
            f"{K('last; first; dob; model; serial; date')}\n" + "\n".join(rows) +
            f"\n\nThe error is {K('E-1207 malformed serial')}. Model numbers like {K('W1DR01')} and {K('MRI 2272')} and the UDI-DI "
            f"{K('00643169001234')} are fine, it's the serial column. Lot {K('L2417-0093')} of the leads is also fine.\n\n"
            f"We have until {K('the end of the quarter')}.\n\n{P(f)} {P(last)}\nDevice Clinic Coordinator, {K(org)}")
    add("cardiology", [f"{f} {last}"], h + body)


def sc_card_iban():
    f, last = person()
    org = g.pick(["Northshore Physio & Pilates", "Elmwood Chiropractic", "Radiant Skin Clinic"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), "Card numbers in notes again")
    a, b = person(words=0.4), person(words=0.4)
    body = (f"{P(first_of(c))},\n\nFront desk pasted a full card into the appointment note in {K('Jane App')}: {seg('CARD', g.card(g.pick(['4', '51', '55'])))} "
            f"for {P(a[0])} {P(a[1])}. Another patient, "
            f"{P(b[0])} {P(b[1])}, wrote her IBAN for the refund: {seg('IBAN', g.iban('GB', 'NWBK' + g.num(14, False)))}.\n\n"
            f"Please scrub both and add a validator. Test with {K('4242 4242 4242 4242')} (the {K('Stripe')} test card) only. Refund amount "
            f"{K('£65.00')}, appointment {K('14:30')}.\n\nOur merchant ID {K('MID 4450' + g.num(6))} is fine to keep in notes. "
            f"{K('PCI DSS v4.0.1')} SAQ is due {K('30 June')}.\n\n{P(f)}\n{K(org)}\n{EM('frontdesk@' + dom)}")
    add("physiotherapy", [f"{f} {last}"], h + body)


def sc_it_precision():
    f, last = person()
    org = g.pick(["Mercy Ridge Medical Center", "Hillside Community Clinic", "Pinecrest Rehab Hospital"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), f"Firewall change {K('CHG0041187')}")
    body = (f"{P(first_of(c))},\n\nFor the {K('Epic')} {K('Hyperspace')} upgrade to {K('Epic 2025 (Nov)')} we need these rules before {K('Friday 18:00')}:\n\n"
            f"  allow {K('172.16.40.0/24')} -> {K('10.20.1.30')} tcp/{K('443')}\n  allow {K('10.20.1.31')} -> {K('203.0.113.77')} tcp/{K('2575')} ({K('HL7 MLLP')})\n\n"
            f"Vendor bug {K('EPIC-SUP-5530128')}, our ticket {K('INC0098123')}, error {K('0x80070005')} and {K('SSL_ERROR_BAD_CERT_DOMAIN')}. "
            f"Build {K('11.4.2.7')}, {K('Citrix Workspace 2409')}, {K('Windows Server 2022')}. Order {K('PO-2026-0418')} with {K('CDW')} covers the "
            f"two {K('Dell R760')} hosts ({K('$18,420.00')}).\n\nCodes the test patients use: {K('Z00.00')}, {K('99395')}, {K('LOINC 718-7')}. "
            f"The test patient is {K('ZZTEST, EPIC')} with {K('MRN 0000000')}.\n\nHelp desk: {K('(800) 555-0140')}.\n\n{P(f)} {P(last)}\nIT Infrastructure, {K(org)}")
    add("hospital IT", [f"{f} {last}"], h + body)


def sc_chat_lowercase():
    f, last = person()
    org = g.pick(["Bluestem Home Health", "Crossroads Hospice", "Kindred Spirits Home Care"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), f"{K('Slack')} thread about the duplicate chart")
    a, b, pt = person(words=0.6), person(words=0.6), person(words=0.5)
    while b[0] == a[0]:
        b = person(words=0.6)
    body = (f"{P(first_of(c))}, pasting from {K('Slack')} so you have the story:\n\n"
            f"{P(a[0].lower())} [{K('7:58 AM')}]: {P(b[0].lower())} did you see {P(pt[1].lower())}'s chart split in two?\n"
            f"{P(b[0].lower())} [{K('8:01 AM')}]: yes, one has dob {DT(fmt(g.dob(1930, 1950), 'us2'))}, the other is blank. MRN {seg('MRN', g.num(6))} vs {seg('MRN', g.num(6))}\n"
            f"{P(a[0].lower())} [{K('8:02 AM')}]: {P(pt[0].lower())} {P(pt[1].lower())} at {AD(str(g.r.randint(10, 999)) + ' ' + g.pick(US_STREETS).lower())}? i'll call her daughter\n"
            f"{P(b[0].lower())} [{K('8:04 AM')}]: ok. the {K('Axxess')} merge tool says {K('MERGE_DENIED_OPEN_EPISODE')}\n\n"
            f"We {K('will')} need the merge done before the survey. The open episode is the {K('60-day')} one from {K('HHCCS')}.\n\n{P(f)}")
    add("home health", [f"{f} {last}"], h + body)


def sc_roster_no_cues():
    f, last = person()
    org = g.pick(["Starlight Pediatric Therapy", "Cornerstone Care Staffing", "Meadowlark Home Care"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), "Weekend roster")
    people = [person(words=0.6) for _ in range(5)]
    body = (f"{P(first_of(c))},\n\nThe roster page in {K('Deputy')} cuts off names. This is what it should show for {K('Saturday')}:\n\n"
            f"{P(people[0][0])} - early, {P(people[1][0])} {P(people[1][1])} - late\n{P(people[2][0])} covers {P(people[3][0])} (sick)\n"
            f"{P(people[4][0])} {P(people[4][1])} on call {K('20:00')}-{K('08:00')}\n\n"
            f"{P(people[2][0])} asked whether the app can show the shift {K('rate')} ({K('$31.50/h')}). {P(people[0][0])} and {P(people[4][0])} "
            f"{K('mark')} their availability in the app but it resets at {K('midnight')}. Bug number {K('DEP-7731')}.\n\n{P(f)}")
    add("staffing", [f"{f} {last}"], h + body)


def sc_us_care_admission():
    f, last = person()
    org = g.pick(["Brookside Skilled Nursing", "Magnolia Manor Rehabilitation", "Fair Oaks Nursing Center"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), f"{K('MDS')} census report wrong")
    r1, r2 = person(words=0.4), person(words=0.4)
    body = (f"Hi {P(first_of(c))},\n\nThe {K('MDS 3.0')} census export from {K('MatrixCare')} lists the wrong dates:\n\n"
            f"Room {K('214B')}  {P(r1[1])}, {P(r1[0])}   admit {DT(fmt((2026, g.r.randint(1, 10), g.r.randint(1, 28)), 'mon'))}   "
            f"discharge {DT(fmt((2026, 11, g.r.randint(1, 28)), 'mon'))}   Medicaid {seg('MEMBER', g.num(10, False))}\n"
            f"Room {K('117A')}  {P(r2[1])}, {P(r2[0])}   admit {DT(fmt((2025, g.r.randint(1, 12), g.r.randint(1, 28)), 'mon'))}   "
            f"expired {DT(fmt((2026, g.r.randint(1, 10), g.r.randint(1, 28)), 'mon'))}   Medicare {seg('MEMBER', g.mbi())}\n\n"
            f"{P(r2[0])} {P(r2[1])} died in the spring, yet the report still counts the resident. Assessment {K('A0310F')} was submitted on time to "
            f"{K('iQIES')}; the submission window closes {K('December 14')}. {K('PDPM')} rate {K('$612.44')}.\n\n"
            f"{P(f)} {P(last)}, RN, RAC-CT\nMDS Coordinator, {K(org)}\n{PH(g.us_phone())} ext. {K('204')}")
    add("skilled nursing", [f"{f} {last}"], h + body)


def sc_addresses_mixed():
    f, last = person()
    org = g.pick(["Cascade Mobile X-Ray", "Lifeline Medical Transport", "Trinity Home Infusion"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), "Routing addresses fail geocoding")
    p = [person(words=0.35) for _ in range(3)]
    city, st = g.uscity()
    ca_pc = f"{g.pick('H')}{g.r.randint(1, 9)}{g.pick('ABCEGHJ')} {g.r.randint(1, 9)}{g.pick('ABCEGHJ')}{g.r.randint(1, 9)}"
    body = (f"{P(first_of(c))},\n\nThe route optimiser ({K('Routific')}) can't geocode these pickup addresses from yesterday:\n\n"
            f"1. {P(p[0][0])} {P(p[0][1])}, {AD(str(g.r.randint(10, 9999)) + ' ' + g.pick(US_STREETS) + ' Rear')}, {city} {st} {PC(g.zip5())}\n"
            f"2. c/o {P(p[1][0])} {P(p[1][1])}, {AD('RR 2 Box ' + g.num(3))}, {city} {PC(g.zip5(0))}\n"
            f"3. {P(p[2][0])} {P(p[2][1])}, {AD(str(g.r.randint(100, 999)) + ' Rue Sainte-Catherine O, app. ' + g.num(3))}, Montréal QC {PC(ca_pc)}\n\n"
            f"Depot is on {K('Industrial Parkway')}; drivers take {K('I-90')} and {K('Exit 14')}. Our fleet number {K('FLT-22')} van had the "
            f"{K('Garmin DriveSmart 66')} reset. Dispatch line {K('1-844-555-0190')}.\n\n{P(f)} {P(last)}\nDispatch Lead")
    add("medical transport", [f"{f} {last}"], h + body)


def sc_uk_gp_letters():
    f, last = person()
    org = g.pick(["Rowan Tree Surgery", "Parkside Medical Practice", "Harrow Lane Health Centre"])
    dom = domain_of(org, ".nhs.uk")
    h, c = header(f, last, mailbox(f, last, dom), f"{K('Docman')} letters filed to the wrong patient")
    a = person(words=0.35)
    pc = f"{g.pick(['SE', 'N', 'E', 'NW'])}{g.r.randint(1, 18)} {g.r.randint(1, 9)}{g.up(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    body = (f"Dear {P(first_of(c))},\n\nA discharge letter for {P(a[0])} {P(a[1])} (NHS No. {seg('NATIONAL_ID', g.nhs())}, DOB {DT(fmt(g.dob(1940, 2000), 'uk'))}) "
            f"was filed by {K('Docman 10')} under another patient with the same surname. Her address: {AD(str(g.r.randint(1, 99)) + 'a ' + g.pick(UK_STREETS))}, "
            f"London {PC(pc)}. National Insurance {seg('NATIONAL_ID', g.nino())} "
            f"appears on the letter too.\n\nThe letter is from {K('Guy’s and St Thomas’ NHS Foundation Trust')}, ODS code {K('RJ1')}. "
            f"Read codes and SNOMED {K('38341003')} matched fine. {K('EMIS Web')} ticket {K('EMIS-CS-0049127')}.\n\n"
            f"For patients the practice number is {K('020 7946 0000')}.\n\nKind regards\n{P(f)} {P(last)}\nPractice Manager")
    add("general practice", [f"{f} {last}"], h + body)


# ======================================================================= scenarios (other languages)
DE_STREETS = ["Lindenstraße", "Am Mühlbach", "Goethestr.", "Rosenweg", "Hauptstraße", "Kastanienallee", "Birkenhof"]
DE_CITIES = [("10437", "Berlin"), ("50823", "Köln"), ("80469", "München"), ("20357", "Hamburg"), ("04109", "Leipzig")]


def sc_de_pflegedienst():
    f, last = person("de")
    org = g.pick(["Pflegedienst Sonnenschein GmbH", "Ambulante Pflege Rheinblick", "Diakoniestation Nord"])
    dom = domain_of(org, ".de")
    h, c = header(f, last, mailbox(f, last, dom), f"Tourenplanung in {K('Vivendi PD')}")
    pt, pk, ang = person("de"), person("de"), person("de")
    plz, city = g.pick(DE_CITIES)
    plate = g.plate(g.pick(["DE", "DE", "DEe"]))
    body = (f"Hallo {P(first_of(c))},\n\nseit dem Update auf {K('Vivendi PD 7.2')} zeigt die Tourenliste falsche Daten. Beispiel von heute früh:\n\n"
            f"Name: {P(pt[0])} {P(pt[1])}, geb. {DT(fmt(g.dob(1928, 1950), g.pick(['de', 'de1'])))}\n"
            f"Anschrift: {AD(g.pick(DE_STREETS) + ' ' + str(g.r.randint(1, 120)) + g.pick(['', 'a', ' b']))}, {AD(g.pick(['2. OG links', 'Hinterhaus', 'Whg. 7']))}, {PC(plz)} {city}\n"
            f"{g.pick(['Versichertennr.', 'KV-Nr.', 'Versichertennummer'])}: {seg('MEMBER', g.kvnr())} ({K(g.pick(['AOK Nordost', 'Barmer', 'DAK-Gesundheit', 'IKK classic']))})\n{g.pick(['Pflegekasse Mitgliedsnr.', 'Mitglieds-Nr. Pflegekasse:', 'Mitgliedsnummer (PK)'])} {seg('MEMBER', g.num(9))}\n"
            f"Steuer-ID (für die Entlastungsleistung): {seg('NATIONAL_ID', g.steuer())}\nAufnahme: {DT(fmt((2026, g.r.randint(1, 11), g.r.randint(1, 28)), 'de'))}\n\n"
            f"Tourfahrzeug: {seg('PLATE', plate)}, Fahrer/in {P(pk[0])}, Führerschein {seg('LICENSE', g.eu_dl('DE'))}.\n"
            f"Angehöriger: {P(ang[0])} {P(ang[1])}, {PH(g.eu_phone('DE'))}\n\n"
            f"Die Fahrt geht über die {K('A100')} bis {K('Ausfahrt Tempelhofer Damm')}, dann {K('B96')}. Fehlercode {K('VIV-TP-4012')}, "
            f"Ticket {K('CONNEXT-58812')}. Wir {K('hoffen')} auf eine Lösung bis {K('Freitag')}.\n\nViele Grüße\n{P(f)} {P(last)}\n"
            f"Pflegedienstleitung, {K(org)}\n{K('Amtsgericht Charlottenburg HRB ' + g.num(6) + ' B')} · {K('IK 46' + g.num(7))}")
    add("home health (DE)", [f"{f} {last}"], h + body)


def sc_de_praxis():
    f, last = person("de")
    org = g.pick(["Zahnarztpraxis am Markt", "Physiotherapie Vogelsang", "Praxis für Psychotherapie Hartmann-Lee"])
    dom = domain_of(org, ".de")
    h, c = header(f, last, mailbox(f, last, dom), "Abrechnung: Export nach DATEV bricht ab")
    a, b = person("de"), person("de")
    plz, city = g.pick(DE_CITIES)
    body = (f"Guten Tag {P(first_of(c))},\n\nder Export aus {K('Dampsoft DS-Win')} nach {K('DATEV Unternehmen online')} bricht "
            f"bei zwei Privatpatienten ab:\n\n"
            f"{K('Nr.')};{K('Name')};{K('Geburtsdatum')};{K('Versicherung')};{K('Vers.-Nr.')};{K('Betrag')}\n"
            f"{seg('ACCOUNT', g.num(5))};{P(a[1])}, {P(a[0])};{DT(fmt(g.dob(1950, 2010), 'de'))};{K('Debeka')};{seg('MEMBER', g.num(8))};{K('312,40 €')}\n"
            f"{seg('ACCOUNT', g.num(5))};{P(b[1])}, {P(b[0])};{DT(fmt(g.dob(1950, 2010), 'dots2'))};{K('Allianz Private Krankenversicherung')};{seg('MEMBER', 'KV' + g.num(9))};{K('89,50 €')}\n\n"
            f"Die Fehlermeldung lautet {K('DTV-E0415 Pflichtfeld leer')}. {P(b[0])} {P(b[1])} zahlt per Lastschrift: {seg('IBAN', g.iban('DE', g.num(18, False)))}. "
            f"Rechnungsanschrift: c/o {P(g.pick(NAMES['de'][0]))} {P(b[1])}, {AD('Postfach ' + g.num(5))}, {PC(plz)} {city}.\n\n"
            f"GOZ-Ziffern {K('2197')} und {K('0010')} sowie {K('ICD-10-GM F32.1')} sind korrekt. Die Praxis-IK {K('IK 26' + g.num(7))} und unsere "
            f"USt-IdNr. {K('DE' + g.num(9))} sind öffentlich.\n\nMit freundlichen Grüßen\n{P(f)} {P(last)}\n{K(org)}\n"
            f"{AD(g.pick(DE_STREETS) + ' ' + str(g.r.randint(1, 60)))} · {PC(plz)} {city} · Tel. {K('0800 555 0' + g.num(3, False))}")
    add("practice (DE)", [f"{f} {last}"], h + body)


NL_STREETS = ["Prinsengracht", "Kerkstraat", "Dorpsweg", "Lindenlaan", "Van Speijkstraat", "Molenpad"]


def sc_nl_thuiszorg():
    f, last = person("nl")
    org = g.pick(["Thuiszorg De Linde", "Buurtzorgteam Oost", "Fysiotherapie Rivierenland"])
    dom = domain_of(org, ".nl")
    h, c = header(f, last, mailbox(f, last, dom), f"Cliëntgegevens in {K('Nedap Ons')}")
    cl, mw = person("nl"), person("nl")
    pc = f"{g.r.randint(1011, 9999)} {g.up(2, 'ABCDEGHJKLNPRTVWXZ')}"
    body = (f"Hoi {P(first_of(c))},\n\nNa de koppeling met {K('Nedap Ons')} staan de cliëntgegevens dubbel. Voorbeeld:\n\n"
            f"Cliënt: {P(cl[0])} {P(cl[1])}\nGeboortedatum: {DT(fmt(g.dob(1930, 1955), 'nl'))}\nBSN: {seg('NATIONAL_ID', g.bsn(g.r.random() < 0.4))}\n"
            f"Adres: {AD(g.pick(NL_STREETS) + ' ' + str(g.r.randint(1, 300)) + g.pick(['-II', ' hs', 'A', '']))}, {PC(pc)} {g.pick(['Utrecht', 'Zwolle', 'Arnhem', 'Delft'])}\n"
            f"Zorgverzekeraar: {K(g.pick(['Zilveren Kruis', 'CZ', 'VGZ', 'Menzis']))}, {g.pick(['polisnummer', 'polisnr.', 'verzekerdennummer'])} {seg('MEMBER', g.num(9))}\nOpname: {DT(fmt((2026, g.r.randint(1, 11), g.r.randint(1, 28)), 'nl'))}\n\n"
            f"Wijkverpleegkundige {P(mw[0])} rijdt met de auto {seg('PLATE', g.plate(g.pick(['NL', 'NL2'])))}; het rijbewijsnummer {seg('LICENSE', g.eu_dl('NL'))} staat "
            f"ook in het dossier en dat hoort daar niet.\n\nRoute: via de {K('A12')}, afslag {K('Bunnik')}. Foutcode {K('ONS-SYNC-209')}, melding {K('TOPdesk M2603 117')}. "
            f"Ons KvK-nummer {K('KvK ' + g.num(8))} en AGB-code {K('AGB 7312' + g.num(4))} zijn van de organisatie.\n\n"
            f"Groet,\n{P(f)} {P(last)}\nTeamleider, {K(org)}\n{PH(g.eu_phone('NL'))}")
    add("home care (NL)", [f"{f} {last}"], h + body)


FR_STREETS = ["rue des Lilas", "avenue Jean-Jaurès", "boulevard Voltaire", "impasse du Moulin", "rue de la République"]


def sc_fr_ehpad():
    f, last = person("fr")
    org = g.pick(["EHPAD Les Tilleuls", "Cabinet de kinésithérapie du Parc", "Centre de santé Saint-Roch"])
    dom = domain_of(org, ".fr")
    h, c = header(f, last, mailbox(f, last, dom), f"Doublons dans {K('NetSoins')}")
    fem = g.r.random() < 0.6
    r = gendered("fr", fem)
    y, m, d = g.dob(1928, 1950)
    plate = g.plate("FR")
    body = (f"Bonjour {P(first_of(c))},\n\nDepuis la mise à jour {K('NetSoins 9.4')}, des résidents apparaissent en double. Exemple :\n\n"
            f"{'Mme' if fem else 'M.'} {P(r[0])} {P(r[1].upper())}, {'née' if fem else 'né'} le {DT(fmt((y, m, d), 'fr'))}\n"
            f"N° de sécurité sociale : {seg('NATIONAL_ID', g.nir(fem, y, m))}\n"
            f"Mutuelle : {K('Harmonie Mutuelle')}, n° d'adhérent {seg('MEMBER', g.num(4) + ' ' + g.num(4) + ' ' + g.num(2))}\n"
            f"Adresse de la famille : {AD(str(g.r.randint(1, 140)) + ' bis ' + g.pick(FR_STREETS) if g.r.random() < 0.3 else str(g.r.randint(1, 140)) + ' ' + g.pick(FR_STREETS))}, "
            f"{AD('bât. ' + g.pick('ABC') + ', apt ' + g.num(2))}, {pc_city([('75011', 'Paris'), ('69003', 'Lyon'), ('13005', 'Marseille'), ('33000', 'Bordeaux'), ('31400', 'Toulouse')])}\n"
            f"Entrée : {DT(fmt((2026, g.r.randint(1, 11), g.r.randint(1, 28)), 'fr'))}\n\n"
            f"Le fils, {P(g.pick(MALE['fr'][0]))} {P(r[1])}, vient le dimanche avec la voiture {seg('PLATE', plate)} ; merci de ne pas afficher "
            f"l'immatriculation sur le planning. Son numéro : {PH(g.eu_phone('FR'))}.\n\n"
            f"Pour venir : prenez l'{K('A86')}, sortie {K('Créteil-Université')}. Code erreur {K('NS-DUP-0042')}, ticket {K('#FR-22861')}. "
            f"Notre SIRET {K(g.num(3) + ' ' + g.num(3, False) + ' ' + g.num(3, False) + ' ' + g.num(5, False))} et le FINESS {K(g.num(9))} sont publics.\n\n"
            f"Cordialement,\n{P(f)} {P(last)}\nCadre de santé, {K(org)}")
    add("care home (FR)", [f"{f} {last}"], h + body)


def sc_es_clinica():
    f, last = person("es")
    org = g.pick(["Clínica Dental Sonrisa", "Fisioterapia Retiro", "Centro de Psicología Alba"])
    dom = domain_of(org, ".es")
    h, c = header(f, last, mailbox(f, last, dom), f"Error al importar pacientes en {K('Gesden')}")
    a, b = person("es"), person("es")
    body = (f"Hola {P(first_of(c))}:\n\nAl importar la ficha de pacientes en {K('Gesden G5')} salen estos errores:\n\n"
            f"- {P(a[0])} {P(a[1])}, DNI {seg('NATIONAL_ID', g.dni())}, nacida el {DT(fmt(g.dob(1950, 2012), 'es'))}, "
            f"nº de póliza {seg('MEMBER', g.up(2) + '-' + g.num(7))} ({K('Sanitas')})\n"
            f"- {P(b[0])} {P(b[1])}, NIE {seg('NATIONAL_ID', g.nie())}, fecha de nacimiento {DT(fmt(g.dob(1950, 2012), 'uk'))}, "
            f"domicilio {AD('C/ ' + g.pick(['Mayor', 'de Alcalá', 'Sierpes', 'del Carmen']) + ' ' + str(g.r.randint(1, 200)) + ', ' + g.pick(['3º B', '1º izda.', 'bajo', '5º 2ª']))}, "
            f"{pc_city([('28013', 'Madrid'), ('41004', 'Sevilla'), ('46001', 'Valencia'), ('08012', 'Barcelona')])}, móvil {PH(g.eu_phone('ES'))}\n\n"
            f"El coche del paciente ({seg('PLATE', g.plate('ES'))}) figura en la hoja de parking, y no debería.\n\n"
            f"El error es {K('GSD-IMP-118')}; tenemos incidencia {K('INC-2026-4471')} con el proveedor. Nuestro CIF {K('B' + g.num(8))} va en las facturas. "
            f"Para llegar: {K('M-30')}, salida {K('O’Donnell')}. Cita de prueba a las {K('17:30')}, {K('45 €')}.\n\nUn saludo,\n{P(f)} {P(last)}\n{K(org)}")
    add("clinic (ES)", [f"{f} {last}"], h + body)


def sc_it_rsa():
    f, last = person("it")
    org = g.pick(["RSA Villa Serena", "Farmacia Centrale Colombo", "Poliambulatorio San Luca"])
    dom = domain_of(org, ".it")
    h, c = header(f, last, mailbox(f, last, dom), f"Anagrafica ospiti in {K('CBA Sipcar')}")
    fem = g.r.random() < 0.6
    a = gendered("it", fem)
    y, m, d = g.dob(1928, 1950)
    body = (f"Buongiorno {P(first_of(c))},\n\nnell'anagrafica ospiti di {K('CBA Sipcar 5')} il codice fiscale viene troncato. Esempio:\n\n"
            f"Ospite: {P(a[0])} {P(a[1])}\n{'Nata' if fem else 'Nato'} il {DT(fmt((y, m, d), 'it'))}\nCodice fiscale: {seg('NATIONAL_ID', g.codice_fiscale(a[0], a[1], y, m, d, fem))}\n"
            f"Tessera sanitaria n. {seg('MEMBER', '8038' + g.num(16, False))}\nResidenza: {AD('Via ' + g.pick(['Roma', 'Garibaldi', 'dei Mille', 'Mazzini']) + ' ' + str(g.r.randint(1, 200)) + ', int. ' + g.num(1))}, "
            f"{pc_city([('20121', 'Milano'), ('00184', 'Roma'), ('10128', 'Torino'), ('80133', 'Napoli')])}\nIngresso in struttura: {DT(fmt((2026, g.r.randint(1, 11), g.r.randint(1, 28)), 'it'))}\n\n"
            f"Il figlio {P(g.pick(NAMES['it'][0]))} parcheggia con la targa {seg('PLATE', g.plate('IT'))}; patente {seg('LICENSE', g.eu_dl('IT'))}. "
            f"Cellulare {PH(g.eu_phone('IT'))}.\n\nCodice errore {K('SIP-CF-016')}, ticket {K('CBA-77120')}. La nostra P.IVA {K('IT' + g.num(11, False))} "
            f"e il codice struttura {K('ASL TO3')} sono pubblici. Arrivo: tangenziale, uscita {K('Corso Regina')}, poi {K('SS24')}.\n\nCordiali saluti,\n{P(f)} {P(last)}\n{K(org)}")
    add("care home (IT)", [f"{f} {last}"], h + body)


def sc_pl_przychodnia():
    f, last = person("pl")
    org = g.pick(["Przychodnia Zdrowie Sp. z o.o.", "Gabinet Rehabilitacji Ruch", "Apteka pod Lipami"])
    dom = domain_of(org, ".pl")
    h, c = header(f, last, mailbox(f, last, dom), f"Błąd eksportu do {K('KS-SOMED')}")
    fem = g.r.random() < 0.5
    a = gendered("pl", fem)
    y, m, d = g.dob(1940, 2012)
    body = (f"Dzień dobry {P(first_of(c))},\n\npo aktualizacji {K('KS-SOMED 2026.1')} eksport pacjentów do {K('P1')} odrzuca rekordy. Przykład:\n\n"
            f"Pacjent: {P(a[0])} {P(a[1])}\nPESEL: {seg('NATIONAL_ID', g.pesel(y, m, d, fem))}\nData urodzenia: {DT(fmt((y, m, d), 'pl'))}\n"
            f"Adres: {AD('ul. ' + g.pick(['Marszałkowska', 'Długa', 'Kwiatowa', 'Piotrkowska']) + ' ' + str(g.r.randint(1, 150)) + '/' + str(g.r.randint(1, 40)) + g.pick([' m. 5', '', ' lok. 12']))}, "
            f"{pc_city([('00-590', 'Warszawa'), ('31-042', 'Kraków'), ('90-001', 'Łódź'), ('80-831', 'Gdańsk')])}\n"
            f"Nr polisy: {seg('MEMBER', g.up(3) + '/' + g.num(8))}\nPrzyjęcie: {DT(fmt((2026, g.r.randint(1, 11), g.r.randint(1, 28)), 'de'))}\n\n"
            f"Samochód opiekuna: {seg('PLATE', g.plate('PL'))}, prawo jazdy {seg('LICENSE', g.eu_dl('PL'))}; tel. {PH(g.eu_phone('PL'))}.\n\n"
            f"Kod błędu {K('P1-ERR-4093')}, zgłoszenie {K('KAM-2026-0311')}. Dane firmy: {K('NIP ' + g.num(3) + '-' + g.num(3) + '-' + g.num(2) + '-' + g.num(2))}, "
            f"{K('REGON ' + g.num(9))}, {K('KRS 0000' + g.num(6))}. Dojazd: {K('S8')}, zjazd {K('Marki')}. Wizyta {K('120 zł')}.\n\nPozdrawiam,\n{P(f)} {P(last)}\n{K(org)}")
    add("clinic (PL)", [f"{f} {last}"], h + body)


def sc_fr_mutuelle_de_mix():
    """Cross-border: French mutual insurer, German patient, mixed languages."""
    f, last = person("fr")
    org = g.pick(["Mutuelle Alsace-Lorraine Santé", "Cabinet Infirmier des Trois Frontières"])
    dom = domain_of(org, ".fr")
    h, c = header(f, last, mailbox(f, last, dom), "Remboursements transfrontaliers / Grenzgänger")
    a = person("de")
    y, m, d = g.dob(1950, 1995)
    fem = g.r.random() < 0.5
    body = (f"Bonjour {P(first_of(c))},\n\nun frontalier allemand est enregistré deux fois dans {K('Weda')} :\n\n"
            f"Assuré(e) : {P(a[0])} {P(a[1])}, né(e) le {DT(fmt((y, m, d), 'de'))}\nN° INSEE : {seg('NATIONAL_ID', g.nir(fem, y, m))}\n"
            f"Krankenversichertennummer : {seg('MEMBER', g.kvnr())} ({K('Techniker Krankenkasse')})\n"
            f"Adresse : {AD(g.pick(DE_STREETS) + ' ' + str(g.r.randint(1, 90)))}, {pc_city([('77694', 'Kehl'), ('66111', 'Saarbrücken'), ('79539', 'Lörrach')])}\n"
            f"IBAN : {seg('IBAN', g.iban('FR', g.num(10) + g.up(1, 'ABCDEFGHJK') + g.num(10) + g.num(2)))}\nTél. : {PH(g.eu_phone('DE'))}\n\n"
            f"Le formulaire {K('S1')} et le code acte {K('AMI 4')} sont corrects. Le tarif {K('12,60 €')} aussi. Erreur {K('WEDA-SEPA-07')}, "
            f"ticket {K('WD-90233')}. Le pont de l'{K('A5')} est fermé jusqu'au {K('15 mars')}.\n\nBien à vous,\n{P(f)} {P(last)}\n{K(org)}\n{EM('contact@' + dom)}")
    add("insurance (FR/DE)", [f"{f} {last}"], h + body)


def sc_behavioural_words():
    f, last = person()
    org = g.pick(["Turning Point Recovery Center", "Harbor Light Behavioral Health", "New Dawn Counseling"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), f"Part 2 consent flag not syncing to {K('Kipu')}")
    cl = (g.pick(["Rose", "Dawn", "Summer", "Iris", "Amber", "Hunter"]), g.pick(WORD_LAST + LAST))
    sp = person(words=0.5)
    body = (f"{P(first_of(c))},\n\nQuick background: our census {K('rose')} by {K('12 %')} this quarter, and intake is swamped. "
            f"{P(cl[0])} told the front desk that {P(sp[0])} (spouse) may get updates, but the {K('42 CFR Part 2')} consent flag in "
            f"{K('Kipu EMR')} never reached {K('Sunwave')}.\n\nClient: {P(cl[0])} {P(cl[1])}\nIntake date: {DT(fmt((2026, g.r.randint(1, 11), g.r.randint(1, 28)), g.pick(['us', 'long', 'dmy'])))}\n"
            f"{g.pick(['Client #', 'Chart no.', 'MR#'])} {seg('MRN', g.up(2) + '-' + g.num(6))}\nSpouse phone: {PH(g.us_phone())}\n\n"
            f"{P(cl[0])}'s group meets at {K('6:30 pm')} at {K('Dawn House')}, our second site. The sync error is {K('KIPU-SYNC-409 conflict')}. "
            f"Ticket {K('KIP-33091')}. We have {K('30 days')} to fix it before the {K('CARF')} survey.\n\n{P(f)} {P(last)}\nClinical Director, {K(org)}")
    add("behavioural health", [f"{f} {last}"], h + body)


def sc_immigration_law():
    f, last = person()
    org = g.pick(["Solano & Brandt Immigration Law", "Meridian Immigration Partners", "Okafor Visa Law"])
    dom = domain_of(org, ".law")
    h, c = header(f, last, mailbox(f, last, dom), f"{K('Docketwise')} form fill puts the A-number in the wrong box")
    cl = person(words=0.25)
    city, st = g.uscity()
    body = (f"{P(first_of(c))},\n\nWhen {K('Docketwise')} fills {K('Form I-130')} ({K('edition 04/01/24')}) the fields shift. From one client file:\n\n"
            f"Beneficiary: {P(cl[1].upper())}, {P(cl[0])}\nA-Number: {seg('NATIONAL_ID', g.reg(g.pick(['A' + g.num(9), 'A-' + g.num(3) + '-' + g.num(3, False) + '-' + g.num(3, False)]), a_number_format))}\n"
            f"Passport no.: {seg('NATIONAL_ID', g.reg(g.up(1) + g.num(8, False), passport_format))} ({K('Republic of Ghana')})\nUSCIS online account: {seg('ACCOUNT', g.num(12))}\n"
            f"Date of birth: {DT(fmt(g.dob(1970, 2005), g.pick(['us', 'dmy', 'iso'])))}\nEntry: {DT(fmt((2019, g.r.randint(1, 12), g.r.randint(1, 28)), 'us'))}\n"
            f"Mailing: {AD(str(g.r.randint(10, 9999)) + ' ' + g.pick(US_STREETS))}, {AD(g.pick(['Apt 9', 'Unit 3B', '#1412']))}, {city}, {st} {PC(g.zip5())}\n\n"
            f"The receipt notice {seg('ACCOUNT', 'IOE' + g.num(10, False))} is also shown on the portal dashboard. The filing fee is {K('$675')}; USCIS contact center "
            f"{K('800-375-5283')} is public. Error {K('DW-PDF-212')}.\n\n{P(f)} {P(last)}\nParalegal, {K(org)}")
    add("immigration law", [f"{f} {last}"], h + body)


def sc_tax_preparer():
    f, last = person()
    org = g.pick(["Ledgerline Tax & Accounting", "Crestview CPA Group", "Beacon Bookkeeping"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), f"Client organizer upload in {K('TaxDome')}")
    a, sp, dep = person(words=0.3), person(words=0.3), person(words=0.5)
    body = (f"Hi {P(first_of(c))},\n\nThe {K('TaxDome')} organizer is writing bank details into the visible notes. For one household:\n\n"
            f"Taxpayer {P(a[0])} {P(a[1])}, SSN {seg('SSN', g.ssn())}\nSpouse {P(sp[0])} {P(a[1])}, ITIN {seg('NATIONAL_ID', g.itin())}\n"
            f"Dependant {P(dep[0])}, born {DT(fmt(g.dob(2008, 2022), 'us'))}\nRefund to account {seg('ACCOUNT', g.num(g.pick([9, 10, 12])))} at {K(g.pick(['Chase Bank', 'PNC Bank', 'Fifth Third Bank']))}\n"
            f"Prior-year AGI {K('$84,210')}; IP PIN {seg('ACCOUNT', g.num(6))}\n\n"
            f"Our firm EIN {K('EIN 46-' + g.num(7))} and PTIN {K('P0' + g.num(7))} can appear, they're on every return. {K('Form 8879')} deadline "
            f"{K('April 15')}. Software: {K('Drake Tax 2025')}, error {K('DRK-EF-0517')}.\n\nThanks\n{P(f)} {P(last)}, EA\n{EM('office@' + dom)}")
    add("accounting", [f"{f} {last}"], h + body)


def sc_telehealth():
    f, last = person()
    org = g.pick(["Brightside Telepsychiatry", "Prairie Telehealth Group", "Open Sky Speech Therapy"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), "Session links going to the wrong families")
    a, th = person(words=0.4), person(words=0.4)
    meet = g.num(3) + g.num(4) + g.num(4, False)
    body = (f"{P(first_of(c))},\n\nOur reminder job sent {P(a[0])} {P(a[1])}'s session link to another family:\n\n"
            f"  {seg('URL', 'https://' + dom.split('.')[0] + '.zoom.us/j/' + meet + '?pwd=' + g.up(10, 'abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789'))}\n"
            f"  with {P(th[0])} {P(th[1])}, {DT(fmt((2026, g.r.randint(1, 11), g.r.randint(1, 28)), 'long'))} at {K('4:00 PM CT')}\n"
            f"  patient portal: {seg('URL', 'https://portal.' + dom + '/p/' + g.num(6) + '/visit')}\n\n"
            f"The join log shows the other family from {seg('IP', str(g.r.randint(24, 99)) + '.' + str(g.r.randint(0, 255)) + '.' + str(g.r.randint(0, 255)) + '.' + str(g.r.randint(1, 254)))}. "
            f"Public docs we followed: {K('https://developers.zoom.us/docs/api/')}. The reminder service runs on {K('Twilio')} with "
            f"template {K('HXb5b62575e6e4ff6129ad7c8efe1f983e')}; error {K('21610')} appears in the log. Zoom's status page showed nothing.\n\n"
            f"{P(f)} {P(last)}\nOperations\n{EM('ops@' + dom)}")
    add("telehealth", [f"{f} {last}"], h + body)


def sc_canada_physio():
    f, last = person()
    org = g.pick(["Lakeshore Physiotherapy Toronto", "Maple Leaf Rehab Clinic", "Bayview Sports Physio"])
    dom = domain_of(org, ".ca")
    h, c = header(f, last, mailbox(f, last, dom), f"{K('Jane')} intake form and {K('WSIB')} claims")
    a = person(words=0.3)
    pc = f"M{g.r.randint(1, 9)}{g.pick('ABCEGHJKLMNPRSTVWXY')} {g.r.randint(1, 9)}{g.pick('ABCEGHJKLMNPRSTVWXYZ')}{g.r.randint(1, 9)}"
    body = (f"Hi {P(first_of(c))},\n\nThe intake form stores everything in one notes field. One submission:\n\n"
            f"Name: {P(a[0])} {P(a[1])}\nOHIP: {seg('MEMBER', g.num(4) + '-' + g.num(3) + '-' + g.num(3) + '-' + g.up(2))}\nSIN (for WSIB): {seg('NATIONAL_ID', g.sin())}\n"
            f"WSIB claim {seg('ACCOUNT', g.num(8))}\nAddress: {AD(g.pick(['Unit 1104', 'Apt 3', 'Suite 220']) + ' - ' + str(g.r.randint(10, 999)) + ' ' + g.pick(['Queen St W', 'Bloor St E', 'Yonge Street']))}, "
            f"Toronto ON {PC(pc)}\nDate of injury: {DT(fmt((2026, g.r.randint(1, 11), g.r.randint(1, 28)), 'iso'))}\nParking: Ontario plate {seg('PLATE', g.plate('ON'))}\n\n"
            f"The clinic's WSIB firm number {K(g.num(7))} and our HST {K(g.num(9) + 'RT0001')} are ours, not the patient's. "
            f"Drive in via the {K('Gardiner')} and {K('DVP')}. Visit fee {K('$95.00')}. {K('Jane')} ticket {K('JANE-104822')}.\n\n{P(f)} {P(last)}\nClinic Manager")
    add("physiotherapy (CA)", [f"{f} {last}"], h + body)


def sc_immunisation():
    f, last = person()
    org = g.pick(["Little Oaks Pediatrics", "Sunbeam Children's Clinic", "Valley Family Health Center"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), "State immunisation registry (IIS) rejects")
    kid, par = person(words=0.4), person(words=0.3)
    body = (f"{P(first_of(c))},\n\nThe {K('VXU^V04')} feed to the state IIS rejects shots for one child:\n\n"
            f"{K('RXA|0|1|')}{DT(fmt((2026, g.r.randint(1, 11), g.r.randint(1, 28)), 'hl7'))}||{K('20^DTaP^CVX')}|{K('0.5')}|mL||00^new^NIP001|||||||{K('U7021AA')}|{K('20270331')}|{K('PMC^Sanofi^MVX')}\n"
            f"PID|1||{seg('MRN', g.num(8))}^^^IIS^SR||{P(kid[1].upper())}^{P(kid[0].upper())}||{DT(fmt(g.dob(2021, 2025), 'hl7'))}|F\n"
            f"NK1|1|{P(par[1].upper())}^{P(par[0].upper())}|MTH^Mother|||{PH(g.us_phone())}\n\n"
            f"The lot {K('U7021AA')} and {K('VFC')} eligibility {K('V02')} are correct; {K('CVX 20')} is right for DTaP. The registry says "
            f"{K('ACK AE 103 invalid NK1')}. Our VFC PIN {K('VFC PIN ' + g.num(6))} belongs to the clinic.\n\n{P(f)} {P(last)}\nNurse Manager")
    add("pediatrics", [f"{f} {last}"], h + body)


def sc_fr_pharmacie():
    f, last = person("fr")
    org = g.pick(["Pharmacie du Marché", "Pharmacie des Capucins", "Cabinet médical Pasteur"])
    dom = domain_of(org, ".fr")
    h, c = header(f, last, mailbox(f, last, dom), f"Ordonnances mal rattachées dans {K('LGPI')}")
    fem = g.r.random() < 0.5
    pt, dr = gendered("fr", fem), person("fr")
    y, m, d = g.dob(1935, 2010)
    body = (f"Bonjour {P(first_of(c))},\n\ndans {K('LGPI Global Services')} les ordonnances scannées sont rattachées au mauvais patient. Exemple d'aujourd'hui :\n\n"
            f"Patient{'e' if fem else ''} : {P(pt[1].upper())} {P(pt[0])}, carte Vitale {seg('NATIONAL_ID', g.nir(fem, y, m))}, "
            f"{'née' if fem else 'né'} le {DT(fmt((y, m, d), g.pick(['uk', 'fr'])))}\n"
            f"Prescripteur : Dr {P(dr[0])} {P(dr[1])}, RPPS {seg('LICENSE', g.rpps())}, ADELI {seg('LICENSE', g.num(2) + '1' + g.num(6))}\n"
            f"Médicament : {K('Doliprane 1000 mg')}, CIP {K('34009 300 327 9 2')}, lot {K('K23417')}\n\n"
            f"Le {K('FSE')} part quand même vers l'{K('AMELI')} avec le code rejet {K('R31')}. Le numéro de la pharmacie ({K('FINESS ' + g.num(9))}) et "
            f"le {K('0 800 55 01 03')} de l'éditeur sont publics. Mise à jour prévue le {K('12 février')}.\n\n"
            f"Merci d'avance,\n{P(f)} {P(last)}\nPharmacien(ne) titulaire\n{K(org)}\n{AD(str(g.r.randint(1, 90)) + ' ' + g.pick(FR_STREETS))}, {pc_city([('67000', 'Strasbourg'), ('59000', 'Lille'), ('44000', 'Nantes')])}")
    add("pharmacy (FR)", [f"{f} {last}"], h + body)


def sc_de_arztbrief():
    f, last = person("de")
    org = g.pick(["Hausarztpraxis Dr. Engel", "MVZ Am Stadtpark", "Gemeinschaftspraxis Lindenhof"])
    dom = domain_of(org, ".de")
    h, c = header(f, last, mailbox(f, last, dom), f"{K('KIM')}-Arztbriefe landen im falschen Postfach")
    pt, doc = person("de"), person("de")
    plz, city = g.pick(DE_CITIES)
    body = (f"Hallo {P(first_of(c))},\n\nüber {K('KIM')} kommen Arztbriefe bei uns an, die gar nicht für uns sind. Der letzte:\n\n"
            f"Betreff: Entlassbrief {P(pt[0])} {P(pt[1])}, {DT(fmt(g.dob(1935, 1990), 'de'))}\n"
            f"Aufenthalt vom {DT(fmt((2026, 3, g.r.randint(1, 9)), 'de'))} bis {DT(fmt((2026, 3, g.r.randint(10, 28)), 'de'))}, Diagnose {K('I21.4')}, OPS {K('8-837.00')}\n"
            f"Weiterbehandelnd: {P(doc[0])} {P(doc[1])}, LANR {seg('LICENSE', g.lanr())}, BSNR {K(g.num(9))}\n"
            f"Patientenanschrift: {AD(g.pick(DE_STREETS) + ' ' + str(g.r.randint(1, 99)))}, {PC(plz)} {city}; Tel. {PH(g.eu_phone('DE'))}\n\n"
            f"Absender war {EM('aufnahme@klinikum-' + g.pick(['nord', 'west', 'mitte']) + '.kim.telematik')}. Unser PVS ist {K('medatixx 2.14')}, Fehler {K('KIM-4031')}. "
            f"Die {K('TI')}-Störung von {K('Dienstag')} ist laut {K('gematik')} behoben.\n\nGruß\n{P(f)} {P(last)}\nPraxismanagerin, {K(org)}")
    add("general practice (DE)", [f"{f} {last}"], h + body)


def sc_nl_huisarts():
    f, last = person("nl")
    org = g.pick(["Huisartsenpraxis De Brink", "Gezondheidscentrum Zuid", "Apotheek Het Anker"])
    dom = domain_of(org, ".nl")
    h, c = header(f, last, mailbox(f, last, dom), f"Verwijzingen via {K('ZorgDomein')}")
    a = person("nl")
    pc = f"{g.r.randint(1011, 9999)}{g.pick(['', ' '])}{g.up(2, 'ABCDEGHJKLNPRTVWXZ')}"
    body = (f"Beste {P(first_of(c))},\n\nIn {K('ZorgDomein')} wordt bij een verwijzing het verkeerde burgerservicenummer meegestuurd:\n\n"
            f"Patiënt {P(a[0])} {P(a[1])} ({DT(fmt(g.dob(1940, 2015), g.pick(['nl', 'de'])))}), burgerservicenummer {seg('NATIONAL_ID', g.bsn(True))}, "
            f"woonachtig {AD(g.pick(NL_STREETS) + ' ' + str(g.r.randint(1, 200)) + g.pick(['', 'bis', '-3']))}, {PC(pc)} {g.pick(['Amersfoort', 'Haarlem', 'Leiden'])}, "
            f"mobiel {PH(g.eu_phone('NL'))}.\nIBAN voor de eigen bijdrage: {seg('IBAN', g.iban('NL', g.pick(['INGB', 'RABO', 'ABNA']) + g.num(10, False)))}\n\n"
            f"Ons HIS is {K('Medicom 11.3')}, foutmelding {K('ZD-ERR-550')}. De praktijk-AGB {K('AGB 01' + g.num(6))} en onze IBAN op de facturen ({K('zakelijke rekening')}) "
            f"zijn prima. Spreekuur tot {K('17:00')}; servicedesk {K('0800-0221')}.\n\nMet vriendelijke groet,\n{P(f)} {P(last)}\nPraktijkmanager")
    add("general practice (NL)", [f"{f} {last}"], h + body)


def sc_pl_apteka():
    f, last = person("pl")
    org = g.pick(["Apteka Słoneczna", "Centrum Medyczne Zdrowa Rodzina", "Niepubliczny ZOZ Medica"])
    dom = domain_of(org, ".pl")
    h, c = header(f, last, mailbox(f, last, dom), "E-recepty przypisane do złego pacjenta")
    fem = g.r.random() < 0.5
    a = gendered("pl", fem)
    y, m, d = g.dob(1940, 2010)
    body = (f"Witam {P(first_of(c))},\n\nsystem {K('KAMSOFT KS-AOW')} przypisuje e-recepty do złej osoby. Przykład:\n\n"
            f"{'Pacjentka' if fem else 'Pacjent'}: {P(a[0])} {P(a[1])}, PESEL {seg('NATIONAL_ID', g.pesel(y, m, d, fem))}, ur. {DT(fmt((y, m, d), 'de'))}\n"
            f"Kod e-recepty: {seg('MRN', g.num(4, False))}\nTelefon: {PH(g.eu_phone('PL'))}\nAdres: {AD('os. ' + g.pick(['Tysiąclecia', 'Kalinowe', 'Słoneczne']) + ' ' + str(g.r.randint(1, 40)) + '/' + str(g.r.randint(1, 60)))}, "
            f"{pc_city([('40-001', 'Katowice'), ('60-101', 'Poznań'), ('50-020', 'Wrocław')])}\n\n"
            f"Lek {K('Metformax 850')}, {K('EAN 5909990340519')}, seria {K('B2307K')} - to jest w porządku. Komunikat {K('P1-ERP-017')}. "
            f"Numer apteki w rejestrze ({K('RA ' + g.num(6))}) i {K('NIP ' + g.num(10))} są publiczne. Godziny otwarcia {K('8:00-20:00')}.\n\n"
            f"Pozdrawiam\n{P(f)} {P(last)}\n{K(org)}")
    add("pharmacy (PL)", [f"{f} {last}"], h + body)


def sc_parking_permits():
    f, last = person()
    org = g.pick(["Euregio Care Group", "Lowlands Cross-Border Clinics", "Rhine Valley Rehabilitation"])
    dom = domain_of(org, ".eu")
    h, c = header(f, last, mailbox(f, last, dom), "Parking permit list for the new site")
    rows = []
    for cc, lang in g.r.sample([("DE", "de"), ("NL", "nl"), ("FR", "fr"), ("UK", "en"), ("PL", "pl"), ("IT", "it"), ("ES", "es"), ("DEe", "de"), ("NL2", "nl")], 5):
        a = person(lang, words=0.3) if lang == "en" else person(lang)
        rows.append(f"{P(a[0])} {P(a[1])};{K(cc[:2])};{seg('PLATE', g.plate(cc))};{K(g.pick(['staff', 'visitor', 'contractor']))};{K(g.pick(['P1', 'P2', 'P3']))}")
    body = (f"{P(first_of(c))},\n\nThe gate system ({K('Nedap ANPR Lumo')}) imports our permit list from {K('SharePoint')}, but plates with spaces or dashes "
            f"never match. Current list:\n\n{K('name;country;plate;type;zone')}\n" + "\n".join(rows) +
            f"\n\nAlso, the van of our courier {K('DHL Express')} ({K('fleet no. 4471')}) can stay off the list. Gates open {K('06:00')}-{K('22:00')}; "
            f"visitors come via the {K('E40')} / {K('A3')}. Error in the gate log: {K('ANPR-NOMATCH-12')}. Ticket {K('FAC-2207')}.\n\n{P(f)}\nFacilities, {K(org)}")
    add("care group (EU)", [f"{f} {last}"], h + body)


def sc_security_incident():
    f, last = person()
    org = g.pick(["St. Columba Medical Center", "Riverside General Hospital", "Mesa Verde Surgical Hospital"])
    dom = domain_of(org)
    h, c = header(f, last, mailbox(f, last, dom), f"Incident reports in {K('RL Datix')} show too much")
    a, b = person(words=0.35), person(words=0.35)
    st1, st2 = g.r.sample(["CA", "TX", "NY", "FL", "PA", "OH", "IL", "MA"], 2)
    body = (f"{P(first_of(c))},\n\nSecurity pasted this into a {K('RL Datix')} incident that the whole quality team can read:\n\n"
            f"\"{K('23:40')} vehicle in ambulance bay, {g.pick(['silver', 'black', 'red'])} pickup {st1} {seg('PLATE', g.plate(st1))}, driver {P(a[0])} {P(a[1])} "
            f"({st1} DL {seg('LICENSE', g.us_dl(st1))}, DOB {DT(fmt(g.dob(1960, 2002), 'us'))}) visiting patient in room {K('4127')}. Second car {seg('PLATE', g.plate(st2))} "
            f"({st2}) registered to {P(b[0])} {P(b[1])}, {AD(str(g.r.randint(10, 9999)) + ' ' + g.pick(US_STREETS))}, {PC(g.zip5())}.\"\n\n"
            f"Incident number {K('IR-2026-' + g.num(5))} and category {K('Security/Parking')} are fine to show; the rest should be in the restricted "
            f"section. Our {K('Datix')} build is {K('RLDatix 14.8')}. The security desk extension {K('x4400')} is public.\n\n{P(f)} {P(last)}\nPatient Safety Officer")
    add("hospital", [f"{f} {last}"], h + body)


# ======================================================================= build
EN = [sc_homehealth_schedule, sc_hospice_death, sc_dental_csv, sc_physio_hl7, sc_psychotherapy_words, sc_pharmacy_dea,
      sc_registry, sc_lab_loinc, sc_uk_carehome, sc_insurance_claim, sc_payroll_834, sc_school_nurse, sc_legal_traffic,
      sc_claims_837, sc_fleet_plates, sc_credentialing, sc_vendor_notice, sc_forwarded_thread, sc_voicemail,
      sc_portal_log, sc_device_serials, sc_card_iban, sc_it_precision, sc_chat_lowercase, sc_roster_no_cues,
      sc_us_care_admission, sc_addresses_mixed, sc_uk_gp_letters, sc_behavioural_words, sc_immigration_law,
      sc_tax_preparer, sc_telehealth, sc_canada_physio, sc_immunisation, sc_parking_permits, sc_security_incident]
OTHER = [sc_de_pflegedienst, sc_de_praxis, sc_nl_thuiszorg, sc_fr_ehpad, sc_es_clinica, sc_it_rsa, sc_pl_przychodnia,
         sc_fr_mutuelle_de_mix, sc_fr_pharmacie, sc_de_arztbrief, sc_nl_huisarts, sc_pl_apteka]


def parse(tpl: str):
    out: list[str] = []
    spans: list[dict] = []
    keep: list[dict] = []
    pos = length = 0
    for m in MARK.finditer(tpl):
        lit = tpl[pos:m.start()]
        assert not set(lit) & {SO, SEP, SC}, lit
        out.append(lit)
        length += len(lit)
        kind, val = m.group(1), m.group(2)
        assert not set(val) & {SO, SEP, SC}, val
        item = {"start": length, "end": length + len(val)}
        if kind == "KEEP":
            keep.append({**item, "text": val})
        else:
            assert kind in KINDS, kind
            spans.append({**item, "kind": kind, "text": val})
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), spans, keep


def check(i: int, text: str, spans: list[dict], keep: list[dict]) -> None:
    assert not set(text) & {SO, SEP, SC}, i
    for s in spans + keep:
        assert text[s["start"]:s["end"]] == s["text"], (i, s)
        assert s["text"] and s["text"] == s["text"].strip(), (i, s)
    ranges = sorted((s["start"], s["end"]) for s in spans + keep)
    for (a, b), (c, d) in zip(ranges, ranges[1:]):
        assert b <= c, (i, text[a:b], text[c:d])
    span_texts = {s["text"] for s in spans}
    for k in keep:  # one string must not be both personal and must-stay in one e-mail
        assert k["text"] not in span_texts, (i, k["text"])
    for s in spans:
        if s["kind"] in ("NATIONAL_ID", "IBAN", "CARD", "SSN"):
            assert s["text"] in VALID, (i, s)
        if s["text"] in VALID:
            assert VALID[s["text"]](s["text"]), (i, s)  # type: ignore[operator]
    assert len(text.split()) >= 40, (i, len(text.split()))


def main() -> None:
    plan = (EN * 4)[:90] + (OTHER * 4)[:30]
    assert len(plan) == 120
    g.r.shuffle(plan)
    for sc in plan:
        sc()
    lines = []
    counts: dict[str, int] = {}
    n_keep = 0
    for i, (field, contacts, tpl) in enumerate(RECORDS, 1):
        text, spans, keep = parse(tpl)
        check(i, text, spans, keep)
        for s in spans:
            counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        n_keep += len(keep)
        lines.append(json.dumps({"id": f"tune5-{i:03d}", "field": field, "contacts": contacts, "text": text,
                                 "spans": spans, "keep": keep}, ensure_ascii=False))
    out = Path(__file__).with_name("tune5.jsonl")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    other = sum(1 for field, _c, _t in RECORDS if re.search(r"\((DE|NL|FR|ES|IT|PL|FR/DE)\)", field))
    print(f"{out.name}: {len(lines)} e-mails ({other} not in English), {sum(counts.values())} spans, {n_keep} keep")
    for k in sorted(counts):
        print(f"  {k:<12} {counts[k]}")


if __name__ == "__main__":
    main()
