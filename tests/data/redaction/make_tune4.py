"""Build tune4.jsonl: development set, health-care clients of freelance IT consultants.

Templates mark pieces as ⟦KIND|text⟧; KEEP pieces must survive redaction, every other kind
is a personal span. Offsets and check digits are computed here. Run: python make_tune4.py
"""
import json
import random
import re
from pathlib import Path

MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)
KINDS = {"PERSON", "ADDRESS", "POSTCODE", "DATE", "PHONE", "EMAIL", "URL", "IP", "SSN",
         "NATIONAL_ID", "MRN", "MEMBER", "ACCOUNT", "LICENSE", "PLATE", "DEVICE", "IBAN", "CARD"}
CHECKS = {}   # identifier text -> validator, re-run in main()


def S(kind, v):
    return f"⟦{kind}|{v}⟧"


def P(v): return S("PERSON", v)
def K(v): return S("KEEP", v)
def E(v): return S("EMAIL", v)
def D(v): return S("DATE", v)
def PH(v): return S("PHONE", v)


# ---------------------------------------------------------------- check digits
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c


def steuer_check(d10):
    product = 10
    for c in d10:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    chk = 11 - product
    return "0" if chk == 10 else str(chk)


def steuer_ok(t):
    s = re.sub(r"\D", "", t)
    if len(s) != 11 or s[0] == "0":
        return False
    counts = sorted((s[:10].count(c) for c in set(s[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    return steuer_check(s[:10]) == s[10]


def bsn_ok(t):
    s = re.sub(r"\D", "", t)
    if len(s) != 9:
        return False
    tot = sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return tot % 11 == 0


def nir_ok(t):
    s = re.sub(r"\s", "", t)
    if len(s) != 15:
        return False
    return 97 - (int(s[:13]) % 97) == int(s[13:])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(t):
    s = t.replace("-", "").replace(" ", "").upper()
    if s[0] in "XYZ":
        s = str("XYZ".index(s[0])) + s[1:]
    return len(s) == 9 and s[:8].isdigit() and DNI_LETTERS[int(s[:8]) % 23] == s[8]


def nhs_ok(t):
    s = re.sub(r"\D", "", t)
    if len(s) != 10:
        return False
    tot = sum(int(c) * w for c, w in zip(s[:9], range(10, 1, -1)))
    chk = 11 - tot % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(s[9])


NINO = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$")


def nino_ok(t):
    return bool(NINO.match(t)) and not t.startswith("QQ")


def sin_ok(t):
    s = re.sub(r"\D", "", t)
    return len(s) == 9 and s[0] not in "08" and luhn_ok(s)


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def npi_ok(t):
    return len(t) == 10 and t.isdigit() and luhn_ok("80840" + t)


class G:
    """Random values; every generated identifier with a check digit is registered in CHECKS."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n, first_nonzero=True):
        s = str(self.r.randint(1 if first_nonzero else 0, 9))
        return s + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def letters(self, n, alphabet="ABCDEFGHJKLMNPRSTVWXYZ"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def alnum(self, n):
        return "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))

    # ---- national ids
    def steuer_id(self, spaced=True):
        while True:
            pool = list("0123456789")
            self.r.shuffle(pool)
            nine = pool[:9]
            dup = self.r.choice(nine)
            ten = nine + [dup]
            self.r.shuffle(ten)
            if ten[0] == "0":
                continue
            s = "".join(ten)
            s += steuer_check(s)
            out = f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if spaced else s
            if steuer_ok(out):
                CHECKS[out] = steuer_ok
                return out

    def bsn(self, dotted=False):
        while True:
            s = self.digits(8)
            tot = sum(int(c) * w for c, w in zip(s, range(9, 1, -1)))
            last = tot % 11
            if last < 10:
                s += str(last)
                out = f"{s[:4]}.{s[4:6]}.{s[6:]}" if dotted else s
                assert bsn_ok(out)
                CHECKS[out] = bsn_ok
                return out

    def nir(self, sex, yy, mm):
        dept = self.pick(["75", "69", "13", "33", "59", "31", "44", "67"])
        body = f"{sex}{yy:02d}{mm:02d}{dept}{self.r.randint(1, 999):03d}{self.r.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        out = f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
        assert nir_ok(out)
        CHECKS[out] = nir_ok
        return out

    def dni(self):
        n = self.digits(8)
        out = n + DNI_LETTERS[int(n) % 23]
        CHECKS[out] = dni_ok
        return out

    def nie(self):
        p = self.pick("XYZ")
        n = self.digits(7, False)
        out = f"{p}{n}{DNI_LETTERS[int(str('XYZ'.index(p)) + n) % 23]}"
        assert dni_ok(out)
        CHECKS[out] = dni_ok
        return out

    def nhs(self, spaced=True):
        while True:
            s = self.digits(9)
            tot = sum(int(c) * w for c, w in zip(s, range(10, 1, -1)))
            chk = 11 - tot % 11
            chk = 0 if chk == 11 else chk
            if chk == 10:
                continue
            s += str(chk)
            out = f"{s[:3]} {s[3:6]} {s[6:]}" if spaced else s
            CHECKS[out] = nhs_ok
            return out

    def nino(self, spaced=True):
        while True:
            a = self.pick("ABCEGHJKLMNPRSTWXYZ") + self.pick("ABCEGHJKLMNPRSTWXYZ")
            d = self.digits(6, False)
            out = f"{a} {d[:2]} {d[2:4]} {d[4:]} {self.pick('ABCD')}" if spaced else f"{a}{d}{self.pick('ABCD')}"
            if nino_ok(out):
                CHECKS[out] = nino_ok
                return out

    def sin(self):
        while True:
            s = str(self.r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + self.digits(7, False)
            s += luhn_digit(s)
            out = f"{s[:3]} {s[3:6]} {s[6:]}"
            if sin_ok(out):
                CHECKS[out] = sin_ok
                return out

    def ssn(self):
        a = self.r.randint(1, 665)
        return f"{a:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"

    def iban(self, cc, bban):
        for chk in range(2, 99):
            s = f"{cc}{chk:02d}{bban}"
            if iban_ok(s):
                out = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
                CHECKS[out] = iban_ok
                return out

    def imei(self):
        s = self.pick(["35", "86", "35", "01"]) + self.digits(12, False)
        s += luhn_digit(s)
        CHECKS[s] = luhn_ok
        return s

    def npi_org(self):
        s = "1" + self.digits(8, False)
        for c in "0123456789":
            if npi_ok(s + c):
                CHECKS[s + c] = npi_ok
                return s + c

    def card(self):
        s = "4" + self.digits(14, False)
        s += luhn_digit(s)
        out = " ".join(s[i:i + 4] for i in range(0, 16, 4))
        CHECKS[out] = luhn_ok
        return out

    def mac(self):
        return ":".join(f"{self.r.randint(0, 255):02X}" for _ in range(6))

    # ---- licences and plates
    def us_dl(self, state):
        d = self.digits
        L = self.letters
        return {
            "CA": lambda: L(1) + d(7, False),
            "NY": lambda: f"{d(3)} {d(3, False)} {d(3, False)}",
            "TX": lambda: d(8),
            "FL": lambda: f"{L(1)}{d(3, False)}-{d(3, False)}-{d(2, False)}-{d(3, False)}-{d(1, False)}",
            "IL": lambda: f"{L(1)}{d(3, False)}-{d(4, False)}-{d(4, False)}",
            "WA": lambda: "WDL" + self.alnum(9),
            "PA": lambda: f"{d(2)} {d(3, False)} {d(3, False)}",
            "MI": lambda: f"{L(1)} {d(3, False)} {d(3, False)} {d(3, False)} {d(3, False)}",
            "NJ": lambda: f"{L(1)}{d(4, False)} {d(5, False)} {d(5, False)}",
            "OH": lambda: L(2) + d(6, False),
            "MA": lambda: "S" + d(8, False),
            "AZ": lambda: L(1) + d(8, False),
        }[state]()

    def eu_dl(self, cc, surname="SMITH", dob=(1970, 1, 1), female=False, initials="JS"):
        if cc == "DE":
            return self.pick("BFGJKLMN") + d2(self) + self.alnum(8)
        if cc == "UK":
            y, m, dd = dob
            sur = (re.sub(r"[^A-Z]", "", surname.upper()) + "99999")[:5]
            mm = m + (50 if female else 0)
            return f"{sur}{str(y)[2]}{mm:02d}{dd:02d}{str(y)[3]}{(initials + '9')[:2]}9{self.letters(2)}"
        if cc == "FR":
            return self.digits(12, False)
        if cc == "NL":
            return self.digits(10)
        raise ValueError(cc)

    def plate(self, style):
        L, d = self.letters, self.digits
        return {
            "CA": lambda: f"{self.r.randint(5, 9)}{L(3)}{d(3)}",
            "NY": lambda: f"{L(3)}-{d(4)}",
            "NYs": lambda: f"{L(3)} {d(4)}",
            "TX": lambda: f"{L(3)}-{d(4)}",
            "FL": lambda: f"{L(3)} {L(1)}{d(2)}",
            "DE": lambda: f"{self.pick(['M', 'B', 'K', 'HH', 'F', 'S', 'DO', 'HD'])}-{L(2)} {d(self.r.randint(2, 4))}",
            "DEn": lambda: f"{self.pick(['M', 'B', 'K', 'HH', 'F', 'S'])}{L(2)}{d(4)}",
            "NL": lambda: f"{L(2)}-{d(3)}-{L(1)}",
            "NL2": lambda: f"{d(1)}-{L(3)}-{d(2)}",
            "FR": lambda: f"{L(2)}-{d(3)}-{L(2)}",
            "ES": lambda: f"{d(4, False)} {self.letters(3, 'BCDFGHJKLMNPRSTVWXYZ')}",
            "UK": lambda: f"{L(2)}{self.pick(['19', '21', '68', '70', '22'])} {L(3)}",
            "UKn": lambda: f"{L(2)}{self.pick(['19', '21', '68', '70', '22'])}{L(3)}",
            "BE": lambda: f"1-{L(3)}-{d(3)}",
            "ON": lambda: f"{L(4)} {d(3)}",
        }[style]()

    # ---- people
    def name(self):
        return self.pick(FIRST), self.pick(LAST)

    def dob_parts(self, lo=1930, hi=2012):
        return self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)

    def fmt_date(self, y, m, dd, style=None):
        mon = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"][m - 1]
        styles = {
            "us": f"{m:02d}/{dd:02d}/{y}", "us1": f"{m}/{dd}/{y}", "us2": f"{m}-{dd}-{str(y)[2:]}",
            "iso": f"{y}-{m:02d}-{dd:02d}", "de": f"{dd:02d}.{m:02d}.{y}", "eu": f"{dd:02d}/{m:02d}/{y}",
            "long": f"{mon} {dd}, {y}", "longth": f"{mon} {dd}{'th' if dd not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[dd]} {y}",
            "dmy": f"{dd} {mon[:3]} {y}", "hl7": f"{y}{m:02d}{dd:02d}", "short": f"{dd:02d}/{m:02d}/{str(y)[2:]}",
            "nl": f"{dd}-{m}-{y}",
        }
        return styles[style or self.pick(list(styles))]

    def dob(self, style=None, lo=1930, hi=2012):
        return self.fmt_date(*self.dob_parts(lo, hi), style)

    def hdate(self):
        days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
        mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return (f"{self.pick(days)}, {self.r.randint(1, 28)} {self.pick(mons)} {self.pick([2025, 2026])} "
                f"{self.r.randint(6, 19):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d} "
                f"{self.pick(['-0500', '-0600', '-0800', '+0100', '+0200', '+0000', '-0400'])}")

    def us_phone(self):
        a = self.pick(["617", "312", "503", "614", "720", "919", "412", "206", "813", "480"])
        n = f"{self.r.randint(200, 989)}"
        x = self.digits(4, False)
        return self.pick([f"({a}) {n}-{x}", f"{a}-{n}-{x}", f"{a}.{n}.{x}", f"+1 {a} {n} {x}", f"+1-{a}-{n}-{x}"])

    def intl_phone(self, cc):
        d = lambda n: self.digits(n, False)
        return {
            "DE": lambda: self.pick([f"+49 {self.pick(['30', '89', '221', '40'])} {d(4)} {d(4)}", f"+49 151 {d(4)} {d(4)}", f"0176 {d(3)} {d(4)}"]),
            "NL": lambda: self.pick([f"+31 6 {d(4)} {d(4)}", f"06-{d(8)}", f"+31 (0)30 {d(3)} {d(4)}"]),
            "FR": lambda: self.pick([f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 (0)4 {d(2)} {d(2)} {d(2)} {d(2)}"]),
            "ES": lambda: self.pick([f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}", f"+34 91 {d(3)} {d(2)} {d(2)}"]),
            "UK": lambda: self.pick([f"+44 7700 {d(6)}", f"07700 {d(3)} {d(3)}", f"+44 (0)20 7946 {d(4)}"]),
            "CA": lambda: f"+1 {self.pick(['416', '604', '514'])} {self.r.randint(200, 989)} {d(4)}",
        }[cc]()


def d2(g):
    return g.digits(2, False)


def parse(tpl):
    out, spans, keep, pos, length = [], [], [], 0, 0
    for m in MARK.finditer(tpl):
        lit = tpl[pos:m.start()]
        assert "⟦" not in lit and "⟧" not in lit, lit
        out.append(lit)
        length += len(lit)
        kind, val = m.group(1), m.group(2)
        start, end = length, length + len(val)
        out.append(val)
        length = end
        if kind == "KEEP":
            keep.append({"start": start, "end": end, "text": val})
        else:
            assert kind in KINDS, kind
            spans.append({"start": start, "end": end, "kind": kind, "text": val})
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), spans, keep


def hdr(frm, email, subject, date, to):
    f = f"{P(frm)} <{E(email)}>" if frm else E(email)
    return f"From: {f}\nTo: {to}\nSubject: {subject}\nDate: {K(date)}\n\n"


def fwd(frm, email, subject, date, to, body, note="FYI, see below.", style=0):
    lead = ["---------- Forwarded message ---------", "-----Original Message-----",
            "Begin forwarded message:"][style]
    f = f"{P(frm)} <{E(email)}>"
    return (f"{note}\n\n{lead}\nFrom: {f}\nDate: {K(date)}\nSubject: {subject}\nTo: {to}\n\n{body}")


def build(name, R):
    out = Path(__file__).with_name(f"{name}.jsonl")
    lines = []
    for i, (field, contacts, tpl) in enumerate(R, 1):
        text, spans, keep = parse(tpl)
        assert "⟦" not in text and "⟧" not in text, i
        for s in spans + keep:
            assert text[s["start"]:s["end"]] == s["text"], (i, s)
            assert s["text"] == s["text"].strip() and s["text"], (i, s)
        allr = sorted([(s["start"], s["end"]) for s in spans + keep])
        for (a, b), (c, d) in zip(allr, allr[1:]):
            assert b <= c, (i, text[a:b], text[c:d])
        for s in spans:
            if s["kind"] in ("NATIONAL_ID", "IBAN", "CARD"):
                assert s["text"] in CHECKS and CHECKS[s["text"]](s["text"]), (i, s)
            if s["kind"] == "DEVICE" and s["text"] in CHECKS:
                assert CHECKS[s["text"]](s["text"]), (i, s)
        for k in keep:
            if k["text"] in CHECKS:
                assert CHECKS[k["text"]](k["text"]), (i, k)
        assert len(text.split()) >= 30, (i, len(text.split()))
        lines.append(json.dumps({"id": f"{name}-{i:03d}", "field": field, "contacts": contacts,
                                 "text": text, "spans": spans, "keep": keep}, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out.name}: {len(lines)} e-mails")


# ====================================================================== tune4 content
FIRST = ["Amara", "Dolores", "Kwame", "Ingrid", "Mateo", "Siobhan", "Tariq", "Yuki", "Beatrix", "Emeka",
         "Lorena", "Piotr", "Annika", "Desmond", "Farah", "Hollis", "Imani", "Joaquín", "Keziah", "Lucinda",
         "Marisol", "Nikolai", "Oona", "Rashid", "Sunita", "Teodor", "Wendell", "Zainab", "Cormac", "Evangeline"]
LAST = ["Okonkwo", "Haverford", "Lindgren", "Castellano", "Mbeki", "Prescott", "Nakashima", "Dubrovnik",
        "Fairweather", "Olander", "Quintero", "Abernathy", "Szymanski", "Thorvaldsen", "Achterberg",
        "Ramaswamy", "Villanueva", "Kowalczyk", "Esposito", "Brennan", "Oyelaran", "McAllister", "Ferreira",
        "Holmqvist", "Adeyemi", "Caruthers", "Pellegrino", "Wojcik", "Demir", "Langley"]
WORD_FIRST = ["Rose", "Hope", "Will", "Grant", "May", "Mark", "Frank", "Bill"]
WORD_LAST = ["Lane", "Young", "Black", "Grant", "Rose", "May", "Hope", "Frank"]
ME = "Ilse Marwick"
ME_MAIL = "ilse@marwick-consulting.com"
TO = f"{P(ME)} <{E(ME_MAIL)}>"
R = []


def add(field, sender, tpl):
    R.append((field, [sender] if sender else [], tpl))


def dom(org):
    return re.sub(r"[^a-z]", "", org.lower()) + g.pick([".org", ".com", ".net", "-care.com"])


def local(f, l):
    return g.pick([f"{f[0]}.{l}", f"{f}.{l}", f"{f}{l[0]}", f"{f[0]}{l}"]).lower().replace("í", "i").replace("ó", "o")


g = G(20260401)


def s_homehealth(i):
    f, l = g.name()
    org = g.pick(["Bluebird Home Health", "Cedar Ridge Home Care", "Harborlight Home Health", "Sunfield Visiting Nurses"])
    d = dom(org)
    rows = []
    for _ in range(3):
        pf, pl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
        rows.append(f"{S('MRN', g.digits(7))},{P(pl.upper())},{P(pf.upper())},{D(g.dob('us', 1925, 1960))},"
                    f"{S('ADDRESS', str(g.r.randint(10, 9999)) + ' ' + g.pick(['Willow Bend Dr', 'Old Post Rd', 'Hickory Ln', 'Larkspur Ct', 'Quarry St']))},"
                    f"{S('POSTCODE', g.digits(5))},{PH(g.us_phone())},{K(g.pick(['SN', 'PT', 'OT', 'HHA']))}")
    body = (f"Hi {P('Ilse')},\n\nThe {K('Axxess')} nightly export ({K('export_visits_v3.csv')}) came through with the column order "
            f"shifted again after their {K('2025.14')} release. First lines of what landed on {K('sftp-hh-01')} ({K('10.22.8.14')}):\n\n"
            f"{K('mrn')},{K('last')},{K('first')},{K('dob')},{K('street')},{K('zip')},{K('phone')},{K('discipline')}\n" + "\n".join(rows) +
            f"\n\nOur payroll import expects {K('discipline')} in column 3, so {K('412')} visits failed with {K('E_PARSE_COL')}. "
            f"{K('Axxess')} support ticket is {K('#' + g.digits(7))}; their line is {K('1-800-555-0176')} if you'd rather call.\n\n"
            f"Can you patch the mapping before {K('Friday')}'s payroll close? I {K('hope')} it's a one-line fix.\n\n"
            f"Thanks,\n{P(f)} {P(l)}\nOperations, {K(org)}\n{E('billing@' + d)} (for invoices)")
    add("home health", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"{K('Axxess')} export column shift", g.hdate(), TO) + body)


def s_hospice_vm(i):
    f, l = g.name()
    cf, cl = g.pick(WORD_FIRST), g.pick(LAST)
    pf, pl = g.name()
    org = g.pick(["Evening Star Hospice", "Quiet Harbor Hospice", "Lantern Hospice & Palliative"])
    d = dom(org)
    ph = g.us_phone()
    body = (f"{K('RingCentral')} voicemail transcription\nFrom: {PH(ph)}\nReceived: {K(g.pick(['Mon', 'Tue', 'Wed']) + ' 7:' + g.digits(2, False) + ' PM')}\n"
            f"Duration: {K('0:' + str(g.r.randint(31, 58)))}\n\nTranscript:\n\"hi this is {P(cf.lower())} {P(cl.lower())} calling about my mother "
            f"{P(pf.lower())} {P(pl.lower())} she's on your service since {K('last week')} um the tablet you gave us for the video visits "
            f"keeps saying error {K('1014')} and I {K('will')} be at work tomorrow so could somebody call me back at "
            f"{PH(ph.replace('(', '').replace(')', ''))} or my husband {P(g.pick(['frank', 'mark', 'bill']))} at "
            f"{PH(g.us_phone())} thank you\"\n\n---\n{P(f)} here. {P(ME.split()[0])}, this is the third voicemail this month about the "
            f"{K('Samsung Galaxy Tab A8')} loaners. The family's tablet is asset {K('HT-' + g.digits(4))}, IMEI {S('DEVICE', g.imei())}. "
            f"Can you check {K('Intune')} for it? Compliance policy {K('HOS-Tablet-Baseline')} might be blocking {K('Zoom')}.\n\n{P(f)}\n{K(org)} | {E('it-support@' + d)}")
    add("hospice", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"Fwd: Voicemail from {PH(ph)}", g.hdate(), TO) + body)


def s_dental(i):
    f, l = g.name()
    org = g.pick(["Maple Grove Dental", "Brightsmile Family Dentistry", "Northgate Dental Group"])
    d = dom(org)
    pf, pl = g.pick(WORD_FIRST), g.pick(LAST)
    dr = g.pick(["Grant", "Black", "Young", "Lane"])
    body = (f"{P(ME.split()[0])} -\n\n{K('Dentrix')} {K('G7.4')} won't launch the {K('Carestream')} imaging bridge from the chart. "
            f"Click the {K('CS Imaging')} button and nothing, event log shows {K('0xC0000005')} in {K('DTXImg.dll')}.\n\n"
            f"Happened first with {P(pf)} {P(pl)} (chart {S('MRN', g.pick(['', 'CH']) + g.digits(6))}, DOB {D(g.dob('us1', 1950, 2015))}) during "
            f"the {K('9:30')} with Dr. {P(dr)}. We retook two bitewings on the {K('Schick 33')} sensor, serial {K('S33-' + g.digits(6))} (practice-owned), "
            f"so the patient got double exposure - not great.\n\n"
            f"Also the {K('grant')} paperwork for the new {K('Planmeca')} pano needs the server specs: {K('dtx-srv01')}, "
            f"{K('Windows Server 2019')}, {K('SQL 2017')} at {K('192.168.10.5')}. Org NPI is {K(g.npi_org())} if they ask.\n\n"
            f"{P(f)}\nOffice Manager\n{K(org)}\n{K('Henry Schein One')} support: {K('1-800-555-0150')}")
    add("dental", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"{K('Dentrix')} / {K('Carestream')} bridge dead again", g.hdate(), TO) + body)


def s_physio_mobile(i):
    f, l = g.name()
    org = g.pick(["Riverside Physio", "CoreMotion PT", "Stride Physical Therapy"])
    d = dom(org)
    pf, pl = g.name()
    st = g.pick(["CA", "NY", "TX", "FL"])
    body = (f"hey {P('ilse')} quick one from my phone\n\nthe parking permit sheet for the {K('lot B')} thing - can u add these to the "
            f"gate list? {P(pf.lower())} {P(pl.lower())} {S('PLATE', g.plate(st if st != 'FL' else 'FL'))}, "
            f"{P(g.pick(WORD_FIRST).lower())} {P(g.pick(LAST).lower())} {S('PLATE', g.plate('NYs'))} and the new aide "
            f"{P(g.pick(FIRST))} {S('PLATE', g.plate('CA'))}\n\n"
            f"gate controller is the {K('DoorKing 1834')} on {K('192.168.1.60')}, fw {K('v5.2')}. {K('lane 2')} reader is the broken one, "
            f"{K('lane 1')} works.\n\nand pls dont put them in the shared {K('Google Sheet')} again, {P(g.pick(LAST).lower())} saw it lol\n\n"
            f"thx\n{P(f.lower())}\n\nSent from my iPhone")
    add("physiotherapy", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", "parking list", g.hdate(), TO) + body)


def s_psych_uk(i):
    f, l = g.name()
    org = g.pick(["Willowbank Psychotherapy", "The Fenwick Practice", "Clearwater Counselling"])
    d = dom(org).replace(".com", ".co.uk").replace(".org", ".org.uk")
    rows = []
    for _ in range(3):
        cf, cl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
        rows.append(f"| {P(cf + ' ' + cl)} | {S('NATIONAL_ID', g.nhs(g.r.random() < 0.7))} | {D(g.dob('eu', 1960, 2005))} | {K(g.pick(['CBT', 'EMDR', 'DIT', 'IPT']))} | {K(str(g.r.randint(2, 12)))} |")
    body = (f"Dear {P(ME.split()[0])},\n\nAs discussed on {K('Tuesday')}'s call, below is the table {K('Cliniko')} produced when we "
            f"ran the {K('Outcome Measures')} report. The NHS numbers should never appear in this export; it goes to our supervisor "
            f"group by e-mail.\n\n| {K('Client')} | {K('NHS No')} | {K('DOB')} | {K('Modality')} | {K('Sessions')} |\n|---|---|---|---|---|\n" + "\n".join(rows) +
            f"\n\nThe report template is {K('OM-Report-v2.3')}. Could you remove the column, or at least mask it? I'd be happy to "
            f"{K('grant')} you admin rights for the afternoon. Invoice {K('INV-' + g.digits(4))} for {K('£480.00')} has been paid.\n\n"
            f"Kind regards,\n\n{P(f + ' ' + l)}\nClinical Lead, {K(org)}\n{PH(g.intl_phone('UK'))}")
    add("psychotherapy", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"{K('Cliniko')} outcome report leaks NHS numbers", g.hdate(), TO) + body)


def s_pharmacy_hl7(i):
    f, l = g.name()
    org = g.pick(["Corner Apothecary", "Westfield Pharmacy", "Mercy Outpatient Pharmacy"])
    d = dom(org)
    pf, pl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
    mi = g.letters(1)
    y, m, dd = g.dob_parts(1935, 1990)
    st = str(g.r.randint(100, 9999)) + " " + g.pick(["ELM ST", "BRIARWOOD AVE", "N MAIN ST", "CHESTNUT CT"])
    city = g.pick(["DAYTON", "AKRON", "TOLEDO"])
    zp = g.digits(5)
    mrn = g.digits(8)
    msg = (f"{K('MSH')}|^~\\&|{K('EPIC')}|{K('MERCYHOSP')}|{K('PIONEERRX')}|{K(org.split()[0].upper())}|{K('20250311084512')}||{K('RDE^O11')}|{K('MSG' + g.digits(6))}|P|{K('2.5.1')}\n"
           f"{K('PID')}|1||{S('MRN', mrn)}^^^MRN||{P(pl.upper())}^{P(pf.upper())}^{P(mi)}||{D(g.fmt_date(y, m, dd, 'hl7'))}|{g.pick('FM')}|||"
           f"{S('ADDRESS', st + '^^' + city)}^OH^{S('POSTCODE', zp)}||^PRN^PH^^1^{PH(g.digits(3) + '^' + g.digits(7))}\n"
           f"{K('ORC')}|NW|{K('ORD' + g.digits(7))}\n{K('RXE')}|^^^^|{K('00093-7146-56')}^{K('METFORMIN 500MG TAB')}|500||MG")
    body = (f"Hi {P(ME.split()[0])},\n\nThe {K('PioneerRx')} interface rejected this one overnight with {K('AR: PID-11 too long')}. "
            f"Raw message from the {K('Mirth')} channel {K('RX_IN_03')}:\n\n{msg}\n\nI think {K('PID-11')} component 1 is over "
            f"{K('50 chars')} when the street includes an apartment. Can you truncate on our side? The ordering system ({K('Epic Willow')}) "
            f"won't change. Lot {K('LOT 7A2291')} in that RXE is fine.\n\nBest,\n{P(f)}\n{K(org)} - {K('Pharmacy Informatics')}")
    add("pharmacy", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"{K('RDE^O11')} rejects - {K('PID-11')} length", g.hdate(), TO) + body)


def s_registry_fhir(i):
    f, l = g.name()
    org = g.pick(["Nederlands Hartregister", "Stichting Diabetesregistratie", "Landelijk Implantaatregister"])
    d = re.sub(r"[^a-z]", "", org.lower()) + ".nl"
    pf, pl = g.pick(["Anouk", "Willem", "Sanne", "Daan", "Femke", "Joris"]), g.pick(["de Vries", "Bakker", "Jansen", "van Dijk", "Visser", "Mulder"])
    bsn = g.bsn()
    y, m, dd = g.dob_parts(1940, 2000)
    street = g.pick(["Kerkstraat", "Molenweg", "Dorpsstraat", "Lindelaan"]) + " " + str(g.r.randint(1, 200))
    pc = g.digits(4) + " " + g.letters(2)
    fh = ('{\n  "resourceType": "' + K('Patient') + '",\n  "identifier": [{\n    "system": "' + K('http://fhir.nl/fhir/NamingSystem/bsn') +
          '",\n    "value": "' + S('NATIONAL_ID', bsn) + '"\n  }],\n  "name": [{"family": "' + P(pl) + '", "given": ["' + P(pf) + '"]}],\n'
          '  "birthDate": "' + D(g.fmt_date(y, m, dd, 'iso')) + '",\n  "address": [{"line": ["' + S('ADDRESS', street) + '"], "postalCode": "' +
          S('POSTCODE', pc) + '", "city": "Utrecht"}],\n  "meta": {"profile": ["' + K('http://nictiz.nl/fhir/StructureDefinition/nl-core-Patient') + '"]}\n}')
    body = (f"Hoi {P(ME.split()[0])},\n\nOnze {K('HAPI FHIR')} server ({K('v6.10.2')}, {K('fhir-acc.intern')} op {K('10.8.0.31')}) geeft "
            f"{K('HTTP 422')} op een {K('POST /Patient')} vanuit het ziekenhuis. Het bericht (echte patiënt, sorry, het stond zo in de log):\n\n{fh}\n\n"
            f"Fout: {K('HAPI-0450')}: {K('Patient.identifier[0].value')} failed {K('elfproef')}. Maar de BSN klopt wel, ik heb het nagerekend. "
            f"Kun jij kijken of de validator het {K('nl-core')} profiel {K('2.0.7')} goed laadt? Overleg gepland op {K('donderdag 14:00')}.\n\n"
            f"Groet,\n{P(f + ' ' + l)}\n{K(org)}\n{PH(g.intl_phone('NL'))}")
    add("medical registry", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"{K('HTTP 422')} op {K('Patient')} POST", g.hdate(), TO) + body)


def s_schoolnurse(i):
    f, l = g.pick(WORD_FIRST), g.pick(LAST)
    org = g.pick(["Oak Hollow Elementary", "Lincoln Park Middle School", "Seaview Unified"])
    d = re.sub(r"[^a-z]", "", org.lower())[:10] + ".k12.us"
    sf, sl = g.name()
    body = (f"Hello {P(ME.split()[0])},\n\nI'm the school nurse at {K(org)}. We want the {K('Dexcom Follow')} alerts for our diabetic "
            f"students to show on the nurse office PC, not on my personal phone.\n\nStudent: {P(sf)} {P(sl)}, {K('Grade 4')}, born {D(g.dob(g.pick(['long', 'us1']), 2013, 2018))}\n"
            f"CGM: {K('Dexcom G7')}, sensor serial {S('DEVICE', g.alnum(10))}\nPump: {K('Omnipod 5')} controller SN {S('DEVICE', 'PDM-' + g.digits(9))}\n"
            f"Parent: {P(g.pick(FIRST))} {P(sl)}, cell {PH(g.us_phone())}\n\n"
            f"The office PC is {K('NURSE-PC-02')} on the district network; IT ({E('helpdesk@' + d)}) said {K('port 443')} outbound is open. "
            f"Our {K('May 14')} staff meeting is when I need to present this. I {K('will')} bring the consent forms.\n\n"
            f"Thank you!\n{P(f)} {P(l)}, RN\n{K(org)}")
    add("school nursing", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"{K('Dexcom')} alerts to nurse office PC", g.hdate(), TO) + body)


def s_vet(i):
    f, l = g.name()
    org = g.pick(["Pinecrest Animal Hospital", "Two Rivers Veterinary", "Kindred Paws Clinic"])
    d = dom(org)
    of, ol = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
    st = g.pick(["OH", "PA", "MI", "IL"])
    body = (f"{P(ME.split()[0])},\n\nState board audit next month, so I need the controlled-substance log in {K('Cornerstone')} fixed. "
            f"When we dispense {K('tramadol')} the owner's ID gets typed into the memo field, which prints on the client invoice. Example "
            f"from {K('invoice 88' + g.digits(4))}:\n\n  Owner: {P(ol.upper())}, {P(of.upper())}\n  DL#: {S('LICENSE', g.us_dl(st))} ({st})\n"
            f"  Addr: {S('ADDRESS', str(g.r.randint(10, 999)) + ' ' + g.pick(['Sycamore Rd', 'Fox Run', 'Birch Hollow Ln']))}, {S('POSTCODE', g.digits(5))}\n"
            f"  Patient: \"{K('Biscuit')}\" (canine), {K('10 kg')}, {K('50 mg')} tabs x {K('20')}\n\n"
            f"The {K('IDEXX')} rep ({K('1-800-555-0143')}) says the memo field is just free text and we should use the "
            f"{K('Controlled Drug Log')} module in {K('v8.3')}. I'd rather not retrain everyone, but whatever you think. "
            f"The workstation is {K('FRONT-02')} ({K('10.0.5.22')}).\n\n-{P(f)}")
    add("veterinary", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"{K('Cornerstone')} memo field / DEA log", g.hdate(), TO) + body)


def s_pflege_de(i):
    f, l = g.pick(["Katrin", "Jörg", "Sabine", "Uwe", "Heike"]), g.pick(["Brandstätter", "Kühn", "Oberländer", "Weißmann", "Hoffmeister"])
    org = g.pick(["Seniorenresidenz Am Lindenhof", "Pflegeheim St. Marien", "Haus Abendrot"])
    d = g.pick(["lindenhof-pflege.de", "st-marien-pflege.de", "haus-abendrot.de"])
    rf, rl = g.pick(["Gertrud", "Hildegard", "Wilhelm", "Erna", "Rose"]), g.pick(["Schäfer", "Becker", "Vogel", "Hartmann"])
    mf, ml = g.pick(["Ayşe", "Marek", "Lena", "Dragan"]), g.pick(["Yılmaz", "Nowak", "Kraus", "Petrović"])
    body = (f"Hallo Frau {P('Marwick')},\n\nkurze Info zur {K('Medifox')}-Umstellung: In der Testdatenbank stehen leider echte Daten. "
            f"Beispiel Bewohnerin {P(rf)} {P(rl)}, geb. {D(g.dob('de', 1928, 1945))}, Zimmer {K('2.14')}, Notruf-Uhr IMEI {S('DEVICE', g.imei())}.\n\n"
            f"Außerdem steht in der Lohnschnittstelle ({K('DATEV LODAS')}) bei Pflegekraft {P(mf)} {P(ml)} die Steuer-ID {S('NATIONAL_ID', g.steuer_id(g.r.random() < 0.5))} "
            f"und ihre Adresse {S('ADDRESS', g.pick(['Gartenstraße', 'Lindenweg', 'Am Mühlbach', 'Bahnhofstr.']) + ' ' + str(g.r.randint(1, 90)))}, "
            f"{S('POSTCODE', g.digits(5))} Köln im Freitext. Das muss vor dem Export an {K('Vivendi')} raus.\n\n"
            f"Server ist {K('PFL-SQL01')} ({K('172.20.1.10')}), Wartungsfenster {K('Samstag 22:00')}. Ticket bei {K('Medifox')}: {K('MF-' + g.digits(6))}.\n\n"
            f"Viele Grüße\n{P(f)} {P(l)}\nHeimleitung, {K(org)}\nTel. {PH(g.intl_phone('DE'))}")
    add("care home", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l).replace('ö', 'oe').replace('ü', 'ue').replace('ä', 'ae').replace('ß', 'ss')}@{d}", f"{K('Medifox')} Testdaten", g.hdate(), TO) + body)


def s_courier(i):
    f, l = g.name()
    org = g.pick(["SwiftSpecimen Logistics", "MedRoute Couriers", "LabLink Express"])
    d = dom(org)
    rows = []
    for st in g.r.sample(["CA", "NY", "TX", "FL", "IL", "WA", "PA", "MI", "NJ", "OH", "MA", "AZ"], 3):
        df, dl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
        pst = {"CA": "CA", "NY": "NY", "TX": "TX", "FL": "FL"}.get(st, "NY")
        rows.append(f"{K('RT-' + g.digits(3))}  {P(dl)}, {P(df[0] + '.')}  {st} {S('LICENSE', g.us_dl(st))}  {S('PLATE', g.plate(pst))}  {K('TOTE-' + g.digits(5))}")
    hf, hl = g.name()
    body = (f"{P(ME.split()[0])},\n\nRoute sheet for the {K('Quest')}/{K('LabCorp')} hand-off, pasted from the dispatch app ({K('Onfleet')}):\n\n"
            f"{K('ROUTE')}   {K('DRIVER')}          {K('DL')}                 {K('PLATE')}     {K('TOTE')}\n" + "\n".join(rows) +
            f"\n\nThe {K('Onfleet')} webhook to our {K('lims-bridge')} box ({K('198.51.100.23')} in the docs, real one is {K('10.14.0.9')}) posts the "
            f"whole row, licence and all. Also the home-draw stop for {P(hf)} {P(hl)} at {S('ADDRESS', str(g.r.randint(10, 9999)) + ' ' + g.pick(['Magnolia Blvd', 'Harbor View Rd', 'Cypress Ave']) + ', Apt ' + g.alnum(2))} "
            f"shows up in the public tracking link. Can we strip it down to route + tote? Temperature log {K('TL-' + g.digits(6))} stays.\n\n{P(f)} {P(l)}\nDispatch Lead\n{E('dispatch@' + d)}")
    add("lab courier", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"{K('Onfleet')} webhook sends too much", g.hdate(), TO) + body)


def s_billing_edi(i):
    f, l = g.name()
    org = g.pick(["ClearClaim Billing", "Summit Revenue Partners", "Keystone Medical Billing"])
    d = dom(org)
    sf, sl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
    y, m, dd = g.dob_parts(1940, 1990)
    mem = g.letters(1) + g.digits(9, False)
    npi = g.npi_org()
    edi = (f"{K('NM1*85*2*HARBOR FAMILY MEDICINE*****XX*' + npi)}~\n"
           f"{K('HL*1**20*1')}~\n"
           f"{K('HL*2*1*22*0')}~\n{K('SBR*P*18*GRP' + g.digits(5) + '******CI')}~\n"
           f"NM1*IL*1*{P(sl.upper())}*{P(sf.upper())}****MI*{S('MEMBER', mem)}~\n"
           f"N3*{S('ADDRESS', str(g.r.randint(10, 9999)) + ' ' + g.pick(['LAUREL ST', 'PINE RIDGE DR', 'W 4TH AVE']))}~\n"
           f"N4*{g.pick(['DENVER*CO', 'BOULDER*CO'])}*{S('POSTCODE', g.digits(5))}~\n"
           f"DMG*D8*{D(g.fmt_date(y, m, dd, 'hl7'))}*{g.pick('FM')}~\nCLM*{S('MEMBER', g.digits(8))}*185.00***11:B:1~")
    body = (f"Hi {P(ME.split()[0])},\n\n{K('Availity')} rejected batch {K('B' + g.digits(6))} with {K('999')} error {K('IK403')} on loop {K('2010BA')}. "
            f"Here is the claim block (yes, PHI, sorry - delete after):\n\n{edi}\n\n"
            f"I suspect {K('N3')} with a trailing space. Our {K('Kareo')} export writes it that way since {K('v41.2')}. "
            f"Payer ID {K('84129')}, ISA control {K('0000' + g.digits(5))}. We'd need to {K('bill')} these by {K('the 15th')}.\n\n"
            f"{P(f)} {P(l[0])}.\nClaims team, {K(org)}\n{E('claims@' + d)}")
    add("medical billing", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"{K('999')} reject {K('IK403')} loop {K('2010BA')}", g.hdate(), TO) + body)


def s_jira_cardio(i):
    f, l = g.name()
    rf, rl = g.pick(WORD_FIRST), g.pick(LAST)
    pf, pl = g.name()
    key = f"CARD-{g.digits(4)}"
    body = (f"{P(f)} {P(l)} created {K(key)}:\n---------------------------------------------\n"
            f"Summary: {K('CareLink')} remote transmissions not importing into {K('Paceart')}\nIssue Type: {K('Incident')}   Priority: {K('P2')}\n"
            f"Assignee: {P(ME)}   Reporter: {P(f + ' ' + l)}\nComponents: {K('Paceart Optima')}, {K('Medtronic CareLink')}\n\n"
            f"Description:\nSince {K('Monday')} the {K('CareLink')} SFTP drop ({K('carelink-in')} on {K('10.31.4.7')}) stops after the first file. "
            f"Failed file belongs to {P(pf)} {P(pl)}, pacemaker {K('Azure XT DR MRI')} SN {S('DEVICE', g.letters(3) + g.digits(6) + g.letters(1))}, "
            f"DOB {D(g.dob('us', 1930, 1960))}. Second failing patient is {P(rf)} {P(rl)} with an {K('Abbott')} {K('Assurity')} "
            f"(SN {S('DEVICE', g.digits(7))}) via {K('Merlin.net')}.\n\nError: {K('PA-IMP-2207 duplicate session id')}\n\n"
            f"Dr. {P(g.pick(WORD_LAST))} wants this fixed before {K('Thursday')} clinic.\n---------------------------------------------\n"
            f"This message was sent by {K('Atlassian Jira')} ({K('v9.12.4')}). {E('jira-noreply@heartcenter-it.org')}")
    add("cardiology", f"{f} {l}", hdr("", "jira-noreply@heartcenter-it.org", f"[JIRA] ({K(key)}) {K('CareLink')} remote transmissions not importing", g.hdate(), TO) + body)


def s_fysio_nl(i):
    f, l = g.pick(["Marieke", "Bram", "Lotte", "Sven"]), g.pick(["Hendriks", "Smit", "Bos", "Kuipers"])
    org = g.pick(["Fysiotherapie De Brug", "Fysio Centrum Oost", "Praktijk Beweegwijs"])
    d = re.sub(r"[^a-z]", "", org.lower()) + ".nl"
    pf, pl = g.pick(["Hope", "Joost", "Ilse", "Thijs", "Maud"]), g.pick(["Jong", "Vermeulen", "Lane", "Peters"])
    body = (f"Hoi {P(ME.split()[0])},\n\nIn {K('Intramed')} zie ik bij het declareren via {K('Vecozo')} foutcode {K('8001')} bij één patiënt:\n\n"
            f"  {P(pf)} {P(pl)}\n  BSN {S('NATIONAL_ID', g.bsn(g.r.random() < 0.4))}\n  {S('ADDRESS', g.pick(['Prinsengracht', 'Oudegracht', 'Stationsweg']) + ' ' + str(g.r.randint(1, 400)) + g.pick(['', '-bis', ' A']))}, {S('POSTCODE', g.digits(4) + g.pick([' ', '']) + g.letters(2))} Utrecht\n"
            f"  geb. {D(g.dob('nl', 1945, 2010))}, tel. {PH(g.intl_phone('NL'))}\n  kenteken voor de parkeervergunning: {S('PLATE', g.plate(g.pick(['NL', 'NL2'])))}\n\n"
            f"Declaratiebestand {K('DECL-2025-0' + g.digits(3))}, retourbericht {K('RET' + g.digits(8))}. Kun je het voor {K('vrijdag')} bekijken? "
            f"Het {K('AGB-code')} van de praktijk is {K('04' + g.digits(6))}.\n\nGroetjes,\n{P(f)}")
    add("physiotherapy", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"{K('Vecozo')} fout {K('8001')}", g.hdate(), TO) + body)


def s_idel_fr(i):
    f, l = g.pick(["Sandrine", "Julien", "Océane", "Thierry"]), g.pick(["Lefèvre", "Moreau", "Girard", "Fontaine"])
    d = g.pick(["cabinet-infirmier-croixrousse.fr", "soins-domicile-lyon.fr"])
    pf, pl = g.pick(["Margaux", "Rose", "Bernard", "Mathis"]), g.pick(["Roux", "Blanc", "Chevalier", "Garnier"])
    sex = g.pick([1, 2])
    y, m, dd = g.dob_parts(1935, 1970)
    body = (f"Bonjour {P(ME.split()[0])},\n\nLe logiciel {K('Weda')} plante quand on télétransmet les feuilles de soins ({K('FSE')}) "
            f"de {P(pf)} {P(pl)}. Message : {K('Erreur 0x2F – lecture carte Vitale')}.\n\nN° de sécurité sociale : {S('NATIONAL_ID', g.nir(sex, y % 100, m))}\n"
            f"Née le {D(f'{dd:02d}/{m:02d}/{y}')}\nAdresse : {S('ADDRESS', str(g.r.randint(1, 99)) + ' ' + g.pick(['rue des Lilas', 'avenue Jean-Jaurès', 'montée de la Grande-Côte']))}, {S('POSTCODE', '6900' + str(g.r.randint(1, 9)))} Lyon\n"
            f"Portable de sa fille : {PH(g.intl_phone('FR'))}\n\nLe lecteur est un {K('Ingenico Twin 30')} firmware {K('3.30')}, sur le poste {K('INF-PORT-01')}. "
            f"{K('Doctolib')} fonctionne normalement. Rendez-vous possible {K('mardi 9h')}.\n\nMerci d'avance,\n{P(f)} {P(l)}\nInfirmière libérale")
    add("home health", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l).replace('è', 'e').replace('é', 'e')}@{d}", f"{K('Weda')} – erreur télétransmission", g.hdate(), TO) + body)


def s_fisio_es(i):
    f, l = g.pick(["Lucía", "Javier", "Nerea", "Álvaro"]), g.pick(["Ortega", "Navarro", "Sanz", "Iglesias"])
    d = g.pick(["fisiocentromadrid.es", "clinicaalameda.es"])
    pf, pl = g.pick(["Mark", "Rocío", "Iñigo", "Esperanza"]), g.pick(["Gil", "Domínguez", "Black", "Serrano"])
    body = (f"Hola {P(ME.split()[0])}:\n\nTe reenvío lo que nos pasa con {K('Clinic Cloud')}: al importar pacientes desde el Excel viejo "
            f"el campo DNI se corta. Ejemplos:\n\n  {P(pf)} {P(pl)} — {S('NATIONAL_ID', g.dni())} — {S('ADDRESS', 'Calle ' + g.pick(['Mayor', 'de Alcalá', 'Serrano']) + ' ' + str(g.r.randint(1, 200)) + ', ' + str(g.r.randint(1, 6)) + 'º ' + g.pick('ABCD'))}, {S('POSTCODE', '280' + g.digits(2, False))} Madrid\n"
            f"  {P(g.pick(['Ana', 'Pau', 'Marta']))} {P(g.pick(['Vidal', 'Costa']))} — NIE {S('NATIONAL_ID', g.nie())} — tel. {PH(g.intl_phone('ES'))}\n\n"
            f"El error es {K('IMP-0042: longitud máxima 8')}. La plantilla es {K('pacientes_v2.xlsx')}, hoja {K('Hoja1')}. "
            f"La factura {K('F-2025/' + g.digits(4))} de {K('320,00 €')} ya está pagada. ¿Puedes mirarlo el {K('lunes')}?\n\nUn saludo,\n{P(f)}")
    add("physiotherapy", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l).replace('í', 'i').replace('á', 'a').replace('Á', 'a')}@{d}", f"{K('Clinic Cloud')} corta el DNI", g.hdate(), TO) + body)


def s_ocr_audiology(i):
    f, l = g.name()
    org = g.pick(["ClearSound Audiology", "Hearwell Clinic", "Lakeshore Hearing Center"])
    d = dom(org)
    pf, pl = g.pick(FIRST + WORD_FIRST), g.pick(LAST)
    mbi = g.digits(1) + g.letters(1) + g.alnum(1) + g.digits(1) + g.letters(1) + g.alnum(1) + g.digits(1) + g.letters(2) + g.digits(2)
    ocr = (f"HEARING AID WARRANTY REGISTRATI0N\nPatient Name: {P(pf.upper())} {P(pl.upper()[:4] + chr(10) + pl.upper()[4:])}\n"
           f"D0B: {D(g.dob('us', 1930, 1960))}   Medicare #: {S('MEMBER', mbi)}\nStreet: {S('ADDRESS', str(g.r.randint(10, 9999)) + ' ' + g.pick(['W1LLOW CREEK RD', 'OAKMONT DR', 'LAKE SHORE BLVD']))}\n"
           f"Zip: {S('POSTCODE', g.digits(5))}   Ph: {PH(g.us_phone())}\nDevice L: {K('Phonak Audeo L90-R')}  S/N {S('DEVICE', g.digits(4) + 'X' + g.alnum(4))}\n"
           f"Device R: {K('Phonak Audeo L90-R')}  S/N {S('DEVICE', g.digits(4) + 'X' + g.alnum(4))}\nDispensed by: {P(f[0] + '. ' + l)}  Lic# {S('LICENSE', 'HAD-' + g.digits(5))}")
    body = (f"{P(ME.split()[0])},\n\nThis is what the scanner's OCR gives us for the {K('Phonak')} warranty forms before it goes into "
            f"{K('Sycle')}:\n\n{ocr}\n\nSee how the surname breaks across the line and 0/O get swapped. {K('Sycle')}'s import "
            f"({K('Sycle API v2')}) chokes on it and makes a duplicate patient. Could the {K('ABBYY')} step normalise that? "
            f"Batch {K('SCAN-' + g.digits(5))}, {K('36 pages')}.\n\n{P(f)}\n{K(org)}")
    add("audiology", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", "OCR mangling warranty forms", g.hdate(), TO) + body)


def s_fwd_billdispute(i):
    f, l = g.name()
    org = g.pick(["Summit Pediatric Dentistry", "Glenwood Orthodontics", "Bayside Family Dental"])
    d = dom(org)
    bf, bl = "Bill", g.pick(LAST)
    inner = (f"Hi,\n\nMy {K('bill')} for my son's cleaning shows a charge of {K('$212.00')} on the card ending {K('7731')} twice. "
             f"The portal link you sent, {S('URL', 'https://pay.' + d + '/statement?acct=' + g.digits(6) + '&name=' + bl.lower())}, shows account "
             f"{S('ACCOUNT', g.digits(8))}. Please fix it or call me at {PH(g.us_phone())}.\n\n{P(bf)} {P(bl)}\n{S('ADDRESS', str(g.r.randint(10, 9999)) + ' ' + g.pick(['Cranberry Ln', 'Ridgeview Ter']))}")
    body = fwd(f"{bf} {bl}", f"{bf.lower()}.{bl.lower()}{g.digits(2)}@gmail.com", "Double charge??", g.hdate(),
               E("billing@" + d), inner,
               note=f"{P(ME.split()[0])}, another double-charge from the {K('Stripe')} → {K('Curve Dental')} sync. Same pattern as {K('INV-' + g.digits(5))}. "
                    f"To be {K('frank')}, I think the retry in {K('webhook_handler.js')} fires twice on {K('HTTP 504')}.\n\n{P(f)}")
    add("dental", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", "Fwd: Double charge??", g.hdate(), TO) + body)


def s_portal_log(i):
    f, l = g.name()
    org = g.pick(["Cascade Behavioral Health", "Meadowlark Family Clinic", "Tri-County Health Partners"])
    d = dom(org)
    lines = []
    for _ in range(3):
        uf, ul = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
        ip = f"{g.pick([73, 98, 174, 24, 67])}.{g.r.randint(1, 254)}.{g.r.randint(1, 254)}.{g.r.randint(1, 254)}"
        lines.append(f"{K('2025-03-' + g.digits(2, False) + 'T0' + str(g.r.randint(1, 9)) + ':' + g.digits(2, False) + ':11Z')} {K('WARN')} {K('auth')} "
                     f"user={E(local(uf, ul) + '@' + g.pick(['gmail.com', 'yahoo.com', 'outlook.com']))} src={S('IP', ip)} {K('reason=MFA_TIMEOUT')}")
    body = (f"{P(ME.split()[0])},\n\nPatient portal ({K('athenaPatient')} via our {K('Okta')} tenant) is throwing MFA timeouts. Grep from "
            f"{K('/var/log/portal/auth.log')} on {K('portal-gw-01')} ({K('10.60.2.8')}):\n\n" + "\n".join(lines) +
            f"\n\nThe {K('Okta')} docs use {K('203.0.113.10')} as the sample IP - we never changed the allow-list entry from that, could that be it? "
            f"{K('Athena')} case {K('#' + g.digits(8))}. Athena support: {K('800-555-0128')}.\n\n{P(f)} {P(l)}\nIT, {K(org)}")
    add("behavioural health", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"portal MFA timeouts ({K('Okta')})", g.hdate(), TO) + body)


def s_jane_ca(i):
    f, l = g.name()
    org = g.pick(["Northshore Physio & Rehab", "Maple Leaf Therapy", "Kitsilano Movement Clinic"])
    d = re.sub(r"[^a-z]", "", org.lower())[:14] + ".ca"
    ef, el = g.pick(WORD_FIRST), g.pick(LAST + WORD_LAST)
    pf, pl = g.name()
    body = (f"Hi {P(ME.split()[0])},\n\nTwo things from the clinic.\n\n1) Payroll: our new RMT {P(ef)} {P(el)} (start {D(g.fmt_date(2025, g.r.randint(1, 12), g.r.randint(1, 28), 'long'))}) "
            f"gave us SIN {S('NATIONAL_ID', g.sin())} on paper and someone typed it into a {K('Jane App')} chart note instead of {K('Wagepoint')}. "
            f"Can you find and purge it? Her banking: transit {S('ACCOUNT', g.digits(5) + '-' + g.digits(3) + ' ' + g.digits(7))}.\n\n"
            f"2) Patient {P(pf)} {P(pl)} ({K('OHIP')} {S('MEMBER', g.digits(4) + '-' + g.digits(3) + '-' + g.digits(3) + '-' + g.letters(2))}) "
            f"can't log in; she gets {K('JANE-403')}. Her number is {PH(g.intl_phone('CA'))}.\n\n"
            f"Also: the {K('grant')} from the city for the accessibility ramp came through - {K('CAD 14,500')}. {K('Mark')} your calendar for the "
            f"{K('March 3')} team lunch.\n\n{P(f)}\n{K(org)}\n{E('frontdesk@' + d)}")
    add("physiotherapy", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", "SIN in chart note + login issue", g.hdate(), TO) + body)


def s_uk_carehome(i):
    f, l = g.name()
    org = g.pick(["Hollybrook Care Home", "Ashdown Lodge", "St Brendan's Nursing Home"])
    d = re.sub(r"[^a-z]", "", org.lower()) + ".co.uk"
    sf, sl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
    y, m, dd = g.dob_parts(1965, 1998)
    fem = g.r.random() < 0.5
    body = (f"Hello {P(ME.split()[0])},\n\nAhead of the {K('CQC')} visit I found staff records in the {K('Person Centred Software')} "
            f"({K('PCS')}) \"notes\" field that shouldn't be there:\n\n- {P(sf + ' ' + sl)}, senior carer: NI {S('NATIONAL_ID', g.nino(g.r.random() < 0.6))}, "
            f"driving licence {S('LICENSE', g.eu_dl('UK', sl, (y, m, dd), fem, sf[0] + g.letters(1)))}, car {S('PLATE', g.plate(g.pick(['UK', 'UKn'])))}\n"
            f"- resident {P(g.pick(FIRST))} {P(g.pick(LAST))}, NHS {S('NATIONAL_ID', g.nhs())}, DoB {D(g.dob('dmy', 1925, 1945))}\n\n"
            f"The GP surgery uses {K('EMIS Web')}, we use {K('SystmOne')} for nothing except {K('GP Connect')}. Our {K('DSPT')} submission "
            f"is due {K('30 June')}. {K('Young')} residents' wing (the {K('Young Onset Dementia')} unit) has its own tablet, {K('PCS-TAB-07')}.\n\n"
            f"Cheers,\n{P(f)}\nRegistered Manager\n{K(org)}")
    add("care home", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"{K('PCS')} notes field - before {K('CQC')}", g.hdate(), TO) + body)


def s_era(i):
    f, l = g.name()
    org = g.pick(["Peak Revenue Cycle", "Harbor Billing Services", "MediClaim Partners"])
    d = dom(org)
    rows = []
    for _ in range(4):
        pf, pl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
        rows.append(f"{P(pl.upper() + ', ' + pf.upper())};{S('ACCOUNT', 'PT' + g.digits(6))};CLP*{S('MEMBER', g.digits(9))};{K(str(g.r.randint(40, 900)) + '.00')};{K(g.pick(['CO-45', 'PR-1', 'CO-97', 'OA-23']))}")
    body = (f"{P(ME.split()[0])} -\n\n835 from {K('UnitedHealthcare')} (EFT trace {K('1' + g.digits(9))}, {K('$8,412.55')}) posted to the wrong patients in "
            f"{K('AdvancedMD')}. Here are the rows from the parse ({K('era_parse.py')} output, semicolon-separated):\n\n"
            f"{K('PATIENT')};{K('ACCT')};{K('CLAIM')};{K('PAID')};{K('ADJ')}\n" + "\n".join(rows) +
            f"\n\nPosting batch {K('PB-' + g.digits(5))}. Rows 2 and 3 swapped, I think the sort on {K('CLP01')} is string vs numeric. "
            f"Please don't rerun against prod ({K('amd-prod.peakrc.local')}) until {K('Monday')}.\n\n{P(f)} {P(l)} | {K(org)}")
    add("medical billing", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"835 mis-posting ({K('UHC')})", g.hdate(), TO) + body)


def s_diabetes(i):
    f, l = g.name()
    org = g.pick(["Metro Diabetes Education Center", "Sugarloaf Endocrine", "Riverside Diabetes Clinic"])
    d = dom(org)
    pf, pl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
    body = (f"{P(ME.split()[0])},\n\n{K('Glooko')} uploads from the clinic kiosk have been failing for pumps paired to patients' phones. The one I "
            f"tried today ({P(pf)} {P(pl)}, {D(g.dob('iso', 1980, 2010))}):\n\n  {K('Tandem t:slim X2')} SN {S('DEVICE', g.digits(8))}, firmware {K('7.6')}\n"
            f"  {K('Dexcom G6')} transmitter {S('DEVICE', g.digits(1) + g.alnum(5))}\n  phone BT MAC {S('DEVICE', g.mac())}\n\n"
            f"{K('Glooko Uploader')} {K('3.2.1')} says {K('UPLD-ERR-12: device busy')}. The kiosk is {K('KIOSK-DM-1')}, MAC {K('00:1A:2B:3C:4D:5E')} "
            f"(that's our hardware, fine to share). Support said to try {K('t:connect')} instead, but the clinic PCs block it.\n\n"
            f"Thanks,\n{P(f)}\n{K(org)}")
    add("diabetes care", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"{K('Glooko')} upload errors", g.hdate(), TO) + body)


def s_vendor(i):
    vf, vl = g.pick(FIRST), g.pick(["Young", "Black", "Lane", "Grant", "May"])
    vendor, dom_v = g.pick([("Meditech", "meditech-partners.com"), ("Cerner", "oracle-health-partners.com"), ("Allscripts", "veradigm-partner.com"), ("Hologic", "hologic-svc.com")])
    body = (f"Dear {K(vendor)} customer,\n\nThis is a reminder that {K(vendor)} {K(g.pick(['Expanse 2.2', 'Millennium 2025.1', 'Sunrise 23.1', 'SecurView 11.0']))} "
            f"maintenance is scheduled for {K('Saturday, April 12, 02:00-06:00 ET')}. During this window the interface engine at "
            f"{K('203.0.113.40')} (sandbox) and production endpoint {K('api.' + dom_v)} will be unavailable.\n\n"
            f"Action required: confirm your {K('HL7 v2.5.1')} {K('ORM^O01')} routing before {K('April 10')}. Field {K('OBR-4')} will "
            f"require {K('LOINC')} codes; {K('OBR-16')} (ordering provider) stays free text.\n\nQuestions: {E('support@' + dom_v)} or {K('1-888-555-0110')}. "
            f"Reference change {K('RFC-' + g.digits(5))}. We {K('hope')} the {K('young')} platform improves your daily work, and thank you for your patience "
            f"while we {K('mark')} this milestone.\n\nBest regards,\n\n{P(vf)} {P(vl)}\nCustomer Success Manager\nDirect: {PH(g.us_phone())}")
    add("vendor notice", f"{vf} {vl}", hdr(f"{vf} {vl}", f"{vf[0].lower()}{vl.lower()}@{dom_v}", f"{K(vendor)} maintenance window {K('April 12')}", g.hdate(), TO) + body)


def s_initials_chat(i):
    f, l = g.name()
    org = g.pick(["Hillcrest Hospice", "Brook Street Pharmacy", "Aspen Home Health"])
    d = dom(org)
    a1, a2 = g.name(), (g.pick(WORD_FIRST), g.pick(LAST))
    chat = (f"[{K('09:14')}] {P(a1[0][0] + a1[1][0])}: did the {K('PointClickCare')} sync run?\n"
            f"[{K('09:15')}] {P(f.lower())}: no, {K('job 4471')} stuck at {K('73%')}\n"
            f"[{K('09:15')}] {P(a2[0][0] + '. ' + a2[1])}: it's the record for {P(g.pick(FIRST).lower())} {P(g.pick(LAST).lower())}, dob {D(g.dob('us2', 1930, 1950))}, "
            f"the one with two MRNs {S('MRN', g.digits(6))} / {S('MRN', g.digits(6))}\n"
            f"[{K('09:17')}] {P(a1[0][0] + a1[1][0])}: {P(a2[0].lower())} can you merge them?\n"
            f"[{K('09:18')}] {P(a2[0][0] + '. ' + a2[1])}: I {K('will')} after rounds")
    body = (f"{P(ME.split()[0])},\n\nPasting our {K('Teams')} thread so you have context:\n\n{chat}\n\n"
            f"The merge tool in {K('PointClickCare')} {K('v4.9')} refuses with {K('MRG-009')}. Can you look at the staging tenant "
            f"({K('pcc-stg.' + d)})? Our {K('May')} survey is close.\n\n{P(f)}\n{K(org)}")
    add("care coordination", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"duplicate MRN merge ({K('MRG-009')})", g.hdate(), TO) + body)


def s_payroll(i):
    f, l = g.name()
    org = g.pick(["Sunfield Visiting Nurses", "Bluebird Home Health", "Aspen Home Health"])
    d = dom(org)
    cf, cl = g.pick(WORD_FIRST + FIRST), g.pick(LAST + WORD_LAST)
    slug = f"{cf.lower()}-{cl.lower()}-{g.digits(4)}"
    body = (f"Hi {P(ME.split()[0])},\n\nOur {K('ADP Workforce Now')} onboarding for aides is leaking. New hire {P(cf)} {P(cl)} (start date "
            f"{K('next Monday')}) got a welcome link that anyone can open: {S('URL', 'https://onboard.' + d + '/hire/' + slug + '?step=w4')}\n\n"
            f"The {K('W-4')} page behind it shows SSN {S('SSN', g.ssn())} and the direct deposit: routing {S('ACCOUNT', '011000138')} "
            f"({K('Bank of America')} public routing number, fine) account {S('ACCOUNT', g.digits(10))}. Her DOB {D(g.dob('longth', 1975, 2003))} is on there too.\n\n"
            f"The link generator is {K('onboard_links.py')} on {K('hr-app-02')} ({K('10.30.5.17')}); tokens should expire after {K('72 hours')}. "
            f"ADP's implementation contact is on {K('1-844-555-0102')}. Invoice {K('MC-2025-' + g.digits(3))} can include this.\n\n{P(f)}\n{E('hr@' + d)}")
    add("home health", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", "onboarding link exposes W-4", g.hdate(), TO) + body)


def s_card_vet(i):
    f, l = g.name()
    org = g.pick(["Kindred Paws Clinic", "Two Rivers Veterinary", "Harborview Dental Studio"])
    d = dom(org)
    rows = []
    for _ in range(3):
        of, ol = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
        rows.append(f"{S('ACCOUNT', g.digits(6))}  {P(of + ' ' + ol)}  {K('$' + str(g.r.randint(40, 700)) + '.' + g.digits(2, False))}  {K(g.pick(['DECLINED', 'APPROVED', 'VOID']))}")
    body = (f"{P(ME.split()[0])},\n\nSomeone on the front desk typed a full card number into the payment memo in {K('Weave')}: "
            f"{S('CARD', g.card())}. It belongs to {P(g.pick(FIRST))} {P(g.pick(LAST))}. Please purge it from the {K('Weave')} export and the "
            f"{K('QuickBooks')} sync. For testing use the usual {K('4111 1111 1111 1111')} only.\n\nYesterday's batch {K('BATCH-' + g.digits(4))} from "
            f"{K('Worldpay')} terminal {K('TID 0047' + g.digits(4))}:\n\n" + "\n".join(rows) +
            f"\n\nThe first column is our client account number. {K('PCI DSS 4.0')} self-assessment is due {K('June 30')}.\n\n{P(f)} {P(l)}")
    add("veterinary", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", "card number in memo field", g.hdate(), TO) + body)


def s_courier_eu(i):
    f, l = g.name()
    d = g.pick(["rheinlab-kurier.de", "medtrans-euregio.eu"])
    df, dl = g.pick(["Jürgen", "Mark", "Frank", "Sven"]), g.pick(["Albers", "Hoffmann", "Young", "Lange"])
    iban = g.iban("DE", g.digits(18, False))
    body = (f"Hello {P(ME.split()[0])},\n\nwe're a German courier for hospital labs, writing in English for our Dutch colleagues. Our "
            f"{K('SAP Business One')} add-on puts this into the public delivery note ({K('Lieferschein')} {K('LS-' + g.digits(7))}):\n\n"
            f"  Fahrer: {P(df)} {P(dl)}\n  Führerschein: {S('LICENSE', g.eu_dl('DE'))}\n  Kennzeichen: {S('PLATE', g.plate(g.pick(['DE', 'DEn'])))}\n"
            f"  Bankverbindung (Spesen): {S('IBAN', iban)}\n  Privat: {S('ADDRESS', g.pick(['Lindenstraße', 'Am Kirchberg', 'Rosenweg']) + ' ' + str(g.r.randint(1, 80)))}, {S('POSTCODE', g.digits(5))} Aachen\n\n"
            f"Only route {K('R-AC-03')}, cool box {K('KB-' + g.digits(4))} and the hospital ({K('Uniklinik RWTH Aachen')}) should be there. "
            f"The template is {K('ZLIEF_V4.rpt')} ({K('Crystal Reports 2020')}). Our IBAN for your invoices stays the company one.\n\nBest regards\n{P(f)} {P(l)}")
    add("lab courier", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", "delivery note shows driver data", g.hdate(), TO) + body)


SCEN = [s_homehealth, s_hospice_vm, s_dental, s_physio_mobile, s_psych_uk, s_pharmacy_hl7, s_registry_fhir, s_schoolnurse,
        s_vet, s_pflege_de, s_courier, s_billing_edi, s_jira_cardio, s_fysio_nl, s_idel_fr, s_fisio_es, s_ocr_audiology,
        s_fwd_billdispute, s_portal_log, s_jane_ca, s_uk_carehome, s_era, s_diabetes, s_vendor, s_initials_chat, s_payroll, s_card_vet, s_courier_eu]


def main():
    order = []
    for rnd in range(4):
        for s in SCEN:
            order.append((s, rnd))
    g.r.shuffle(order)
    for s, rnd in order[:96]:
        s(rnd)
    build("tune4", R)


if __name__ == "__main__":
    main()
