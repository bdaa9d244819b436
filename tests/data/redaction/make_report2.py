"""Build report2.jsonl: second held-out set (reporting only), health-care clients of freelance IT consultants.

Templates mark pieces as ⟦KIND|text⟧; KEEP pieces must survive redaction, every other kind
is a personal span. Offsets and check digits are computed here. Run: python make_report2.py
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


def kvnr(g):
    """German Krankenversichertennummer: letter + 8 digits + check digit."""
    L = g.pick("ABCDEFGHIJKLMNOPRSTUVWZ")
    n = g.digits(8, False)
    s = f"{ord(L) - 64:02d}{n}"
    tot = 0
    for i, c in enumerate(s):
        p = int(c) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    out = f"{L}{n}{tot % 10}"
    CHECKS[out] = kvnr_ok
    return out


def kvnr_ok(t):
    s = f"{ord(t[0]) - 64:02d}{t[1:9]}"
    tot = 0
    for i, c in enumerate(s):
        p = int(c) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return tot % 10 == int(t[9])


# ====================================================================== report2 content
FIRST = ["Harriet", "Osvaldo", "Priyanka", "Benedikt", "Chiamaka", "Roisin", "Thaddeus", "Mei-Ling", "Agnieszka", "Jerome",
         "Fatoumata", "Leopold", "Nadira", "Ezekiel", "Solveig", "Cristiano", "Delphine", "Augustin", "Wilhelmina", "Kofi",
         "Svetlana", "Rosalind", "Barnaby", "Yolanda", "Idris", "Magdalena", "Octavia", "Rufus", "Tamsin", "Vikram"]
LAST = ["Ashworth", "Balogun", "Cavendish", "Drummond", "Eriksen", "Fitzgerald", "Gallagher", "Hakimi", "Ingleby", "Jovanovic",
        "Kettering", "Lindqvist", "Montgomery", "Nwachukwu", "Oduya", "Pemberton", "Quillfeldt", "Rasmussen", "Stanislawski",
        "Tremblay", "Underwood", "Valdivia", "Whitaker", "Xiong", "Yardley", "Zielinski", "Okafor", "Marchetti", "Sokolova", "Beaumont"]
WORD_FIRST = ["Rose", "Hope", "Will", "Grant", "May", "Mark", "Frank", "Bill"]
WORD_LAST = ["Lane", "Young", "Black", "Grant", "May", "Rose", "Bill", "Mark"]
ME = "Dario Kessler"
ME_MAIL = "dario@kessler.tech"
TO = f"{P(ME)} <{E(ME_MAIL)}>"
R = []
g = G(7719305)


def add(field, sender, tpl):
    R.append((field, [sender] if sender else [], tpl))


def dom(org):
    return re.sub(r"[^a-z]", "", org.lower())[:16] + g.pick([".com", ".org", ".health", ".net"])


def local(f, l):
    f, l = f.lower().replace("-", ""), l.lower()
    return g.pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}", f"{l}.{f[0]}", f"{f}_{l[:4]}"])


def me1():
    return P(ME.split()[0])


def street_us():
    return f"{g.r.randint(10, 9999)} {g.pick(['Beacon Hill Rd', 'Sparrow Ln', 'Tamarack Way', 'E Fairmount Ave', 'Juniper Ct', 'Ridgeline Dr', 'S Elm St'])}"


def r_zendesk(i):
    rf, rl = g.name()
    org = g.pick(["Crescent Orthodontics", "Pearl Street Dental", "Gentle Hands Dental Care"])
    d = dom(org)
    pf, pl = g.pick(WORD_FIRST + FIRST), g.pick(LAST)
    tid = g.digits(5)
    body = (f"##- Please type your reply above this line -##\n\n{K('Ticket #' + tid)}: {K('Open Dental')} appointment reminders going to wrong number\n\n"
            f"{P(rf + ' ' + rl)} ({K(org)})\n{K(g.pick(['Mar', 'Apr', 'Jun']) + ' ' + str(g.r.randint(1, 28)) + ', 2025, 10:' + g.digits(2, False))}\n\n"
            f"Hi {me1()}, the {K('eServices')} reminders for {P(pf)} {P(pl)} go to {PH(g.us_phone())} which is her ex-husband. Her new cell is "
            f"{PH(g.us_phone())}. In {K('Open Dental')} {K('23.3.18')} the patient record shows the right one, but {K('CallFire')} still has the old. "
            f"Her PatNum is {S('MRN', g.digits(5))}, born {D(g.dob('us', 1960, 2000))}.\n\nCould you also check whether {K('eConfirmations')} uses the "
            f"{K('WirelessPhone')} or {K('HmPhone')} column?\n\n--------------------------------\nThis email is a service from {K(org)} Support.\n"
            f"[{K('Z7Y' + g.alnum(3) + '-' + g.alnum(5))}]")
    add("dental", f"{rf} {rl}", hdr("", f"support@{d.split('.')[0]}.zendesk.com", f"[{K(org)}] Re: {K('Open Dental')} reminders to wrong number", g.hdate(), TO)
        .replace(f"From: ⟦EMAIL|support@{d.split('.')[0]}.zendesk.com⟧", f"From: {K(org + ' Support')} <{K('support@' + d.split('.')[0] + '.zendesk.com')}>") + body)


def r_googlevoice(i):
    nf, nl = g.name()
    org = g.pick(["Prairie Wind Home Health", "Blue Heron Home Care", "Summit Visiting Nurse Assoc."])
    d = dom(org)
    cf = g.pick(["will", "hope", "grant", "rose", "bill", "may"])
    pf, pl = g.name()
    addr = street_us()
    ph = g.us_phone()
    body = (f"New voicemail from {PH(ph)} at {K('4:12 PM')}\n\nTranscript: \"Yeah hi it's {P(cf)} uh {P(nl.lower())} no sorry {P(g.pick(LAST).lower())}, "
            f"the daughter of {P(pf.lower())} {P(pl.lower())}, the nurse was supposed to come today to {S('ADDRESS', addr.lower())} and nobody came. "
            f"the app says the visit is done. can you call me back, {PH(ph[-8:] if ph[-8] != ' ' else ph)}. thanks bye\"\n\n"
            f"Play message: {K('https://voice.google.com/u/0/voicemail')}\n\n---\nForwarding to you {me1()}. The {K('WellSky')} mobile app marked visit "
            f"{K('V-' + g.digits(7))} complete at {K('13:05')} with GPS off. That's the {K('EVV')} bug we saw in {K('build 24.7.2')}. "
            f"Nurse was {P(nf)}; her phone is a company {K('iPhone 13')}, IMEI {S('DEVICE', g.imei())}.\n\n{P(nf[0] + nl[0])}")
    add("home health", f"{nf} {nl}", hdr(f"{nf} {nl}", f"{local(nf, nl)}@{d}", f"Fwd: New voicemail from {PH(ph)}", g.hdate(), TO) + body)


def r_adt(i):
    f, l = g.name()
    org = g.pick(["Golden Valley Hospice", "Stillwater Hospice", "Hearthstone Palliative Care"])
    d = dom(org)
    pf, pl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
    kf, kl = g.pick(FIRST + WORD_FIRST), pl
    df, dl = g.name()
    msg = (f"{K('MSH')}|^~\\&|{K('MEDITECH')}|{K('GVH')}|{K('HOSPICE_EMR')}|{K('GVH')}|{K('202503' + g.digits(6))}||{K('ADT^A01')}|{K(g.digits(10))}|P|{K('2.3')}\n"
           f"{K('EVN')}|{K('A01')}|{K('202503' + g.digits(6))}\n"
           f"{K('PID')}|1||{S('MRN', 'M' + g.digits(9))}^^^{K('GVH')}^MR~{S('SSN', g.ssn())}^^^SSA^SS||{P(pl.upper())}^{P(pf.upper())}||{D(g.dob('hl7', 1925, 1955))}|{g.pick('FM')}||"
           f"|{S('ADDRESS', street_us().upper())}^^{g.pick(['FARGO', 'BISMARCK'])}^ND^{S('POSTCODE', g.digits(5))}||{PH('(' + g.digits(3) + ')' + g.digits(3) + '-' + g.digits(4))}\n"
           f"{K('NK1')}|1|{P(kl.upper())}^{P(kf.upper())}|{K('SON')}|||{PH('(' + g.digits(3) + ')' + g.digits(3) + '-' + g.digits(4))}\n"
           f"{K('PV1')}|1|I|{K('HOSP^204^A')}||||{S('LICENSE', g.digits(6))}^{P(dl.upper())}^{P(df.upper())}^^^MD|||||||||||{S('ACCOUNT', 'V' + g.digits(8))}")
    body = (f"{me1()},\n\n{K('MEDITECH')} started sending SSNs in {K('PID-3')} repetition 2 after their {K('6.1')} update. Sample ADT from "
            f"{K('/data/inbound/adt/')} on {K('iface02')} ({K('10.16.4.40')}):\n\n{msg}\n\nOur EMR maps every repetition of {K('PID-3')} into "
            f"{K('patient_identifiers')}, so the SSN ends up on the hospice face sheet. Could you filter {K('PID-3.5 = SS')} in the "
            f"{K('Rhapsody')} route? Change ticket {K('CHG' + g.digits(7))}.\n\nthanks,\n{P(f.lower())}")
    add("hospice", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"SSN showing in {K('PID-3')}", g.hdate(), TO) + body)


def r_fhir_coverage(i):
    f, l = g.name()
    org = g.pick(["Tri-State Cancer Registry", "Great Lakes Trauma Registry", "Mountain West Stroke Registry"])
    d = dom(org)
    pf, pl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
    mem = g.letters(3) + g.digits(9, False)
    fh = ('{"resourceType": "' + K('Bundle') + '", "type": "' + K('collection') + '", "entry": [\n'
          ' {"resource": {"resourceType": "' + K('Patient') + '", "id": "' + K('pat-' + g.digits(4)) + '",\n'
          '   "name": [{"text": "' + P(pf + ' ' + pl) + '"}], "birthDate": "' + D(g.dob('iso', 1940, 1990)) + '",\n'
          '   "telecom": [{"system": "phone", "value": "' + PH(g.us_phone()) + '"}],\n'
          '   "address": [{"line": ["' + S('ADDRESS', street_us()) + '"], "postalCode": "' + S('POSTCODE', g.digits(5) + '-' + g.digits(4, False)) + '"}]}},\n'
          ' {"resource": {"resourceType": "' + K('Coverage') + '", "subscriberId": "' + S('MEMBER', mem) + '",\n'
          '   "payor": [{"display": "' + K('Blue Cross Blue Shield of Michigan') + '"}]}}\n]}')
    body = (f"Hello {me1()},\n\nThe {K('NAACCR')} {K('v25')} extract job fails on the {K('FHIR')} bundles from one hospital. Our validator "
            f"({K('HL7 FHIR Validator 6.3.4')}) says {K('Coverage.status: minimum required = 1')}. Example (from {K('s3://registry-inbound/2025/03/')}):\n\n"
            f"{fh}\n\nItem {K('#2300')} ({K('Primary Payer at DX')}) is derived from {K('Coverage.payor')}. Can we default {K('status')} to "
            f"{K('active')} when missing? {K('CDC NPCR')} submission is due {K('November 30')}.\n\nRegards,\n{P(f)} {P(l)}, CTR\n{K(org)}\n{K('registry-data@' + d)}")
    add("medical registry", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"{K('Coverage.status')} missing in bundles", g.hdate(), TO) + body)


def r_immunization_csv(i):
    f, l = g.pick(WORD_FIRST + FIRST), g.pick(LAST)
    org = g.pick(["Maple Creek School District", "Harbor Point Academy", "St. Ignatius Parish School"])
    d = re.sub(r"[^a-z]", "", org.lower())[:12] + ".org"
    rows = []
    for _ in range(4):
        sf, sl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
        if g.r.random() < 0.4:
            sf, sl = sf.lower(), sl.lower()
        rows.append(f"{P(sl)},{P(sf)},{D(g.dob(g.pick(['us', 'iso']), 2012, 2019))},{K(g.pick(['03', '08', '20', '62', '115']))},{K('LOT ' + g.alnum(6))},{K(g.pick(['K', '1', '2', '3', '4', '5']))}")
    body = (f"Hi {me1()} -\n\nThe state registry ({K('ImmTrac2')}) rejected our upload, {K('file IMM_0312.csv')}, with {K('REJ-17 invalid CVX')}. "
            f"Here's the top of the file:\n\n{K('last_name')},{K('first_name')},{K('dob')},{K('cvx')},{K('lot')},{K('grade')}\n" + "\n".join(rows) +
            f"\n\nSome of the names came in lowercase from the {K('PowerSchool')} health module, no idea why. The {K('CVX')} codes look right to me. "
            f"I {K('will')} be out {K('Friday')}; {K('nurse@' + d)} is monitored.\n\nThanks so much,\n{P(f)} {P(l)}, BSN, RN\nDistrict Nurse")
    add("school nursing", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"registry upload rejected ({K('REJ-17')})", g.hdate(), TO) + body)


def r_vet_mobile(i):
    f, l = g.name()
    org = g.pick(["Willow Creek Vet", "Northpaw Animal Clinic", "Meadowbrook Veterinary"])
    d = dom(org)
    of, ol = g.pick(WORD_FIRST + FIRST), g.pick(LAST + WORD_LAST)
    body = (f"{P('dario')} sorry typing on phone\n\nthe lobby cam ({K('Verkada')}) is tagging plates in the parking lot and "
            f"sending them into the {K('ezyVet')} client notes?? e.g. {P(of.lower())} {P(ol.lower())} has a note \"{K('vehicle:')} {S('PLATE', g.plate(g.pick(['CA', 'NY', 'TX'])))}\" "
            f"plus their cell {PH(g.us_phone())} which is fine but the plate is creepy\n\nalso {S('PLATE', g.plate('NYs'))} belongs to dr {P(g.pick(WORD_LAST).lower())}, "
            f"not a client lol\n\nverkada integration is {K('v2.1')} on the {K('ezyVet')} marketplace, api key is in {K('1Password')} vault {K('Clinic-IT')}\n\n"
            f"{P(f.lower())}")
    add("veterinary", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", "cam plates in client notes", g.hdate(), TO) + body)


def r_pharmacy_chain(i):
    f, l = g.name()
    org = g.pick(["Hillside Compounding Pharmacy", "Greenway Specialty Rx", "Oak & Mortar Pharmacy"])
    d = dom(org)
    pf, pl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
    prf, prl = g.name()
    af, al = g.name()
    inner2 = (f"Prior authorization request {K('PA-' + g.digits(8))} for member {P(pf.upper())} {P(pl.upper())}, ID {S('MEMBER', g.letters(1) + g.digits(8) + g.digits(2))}, "
              f"DOB {D(g.dob('us', 1950, 1995))}, has been denied. Drug: {K('Ozempic 1 mg/0.75 mL')} ({K('NDC 0169-4132-12')}). "
              f"Prescriber: {P(prf)} {P(prl)}, MD. BIN {K('610014')} PCN {K('MEDDPRIME')} Group {K('RX' + g.digits(4))}.\n\n{K('CoverMyMeds')} key: {K(g.alnum(8))}")
    inner1 = fwd("PA Notifications", f"pa-notify@{g.pick(['expressscripts-mail.com', 'optumrx-notify.com'])}", "Determination: DENIED", g.hdate(),
                 K("rx@" + d), inner2, note=f"{P(f)}, this came to the shared box but the name is cut. Can you check the fax-to-email parser?\n\n{P(af)} {P(al)}, CPhT", style=1)
    body = fwd(f"{af} {al}", f"{local(af, al)}@{d}", "FW: Determination: DENIED", g.hdate(), TO, inner1,
               note=f"{me1()}, see the chain. The parser ({K('faxparse')} on {K('rx-util01')}) truncates {K('Determination')} e-mails after {K('1024')} bytes. "
                    f"Can you have a look this week?\n\n{P(f)}", style=0)
    body = re.sub(r"From: ⟦PERSON\|PA Notifications⟧ <⟦EMAIL\|([^⟧]+)⟧>", lambda m: "From: " + K("PA Notifications") + " <" + K(m.group(1)) + ">", body)
    assert "⟦EMAIL|pa-notify" not in body
    add("pharmacy", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", "Fwd: FW: Determination: DENIED", g.hdate(), TO) + body)


def r_psych_de(i):
    f, l = g.pick(["Annette", "Matthias", "Claudia", "Stefan"]), g.pick(["Pfeiffer", "Lichtenberg", "Baumgärtner", "Rieger"])
    d = g.pick(["praxis-pfeiffer.de", "psychotherapie-lichtenberg.de", "praxis-am-park.de"])
    pf, pl = g.pick(["Jana", "Will", "Melanie", "Grant", "Tobias"]), g.pick(["Schröder", "Young", "Zimmermann", "Krüger"])
    body = (f"Lieber Herr {P('Kessler')},\n\nseit dem Update von {K('Elefant')} auf {K('Version 2025.1')} druckt das Programm auf den "
            f"Rechnungen für Privatpatienten die komplette Versichertennummer. Beispiel:\n\n  Patientin: {P(pf)} {P(pl)}\n  geb. am {D(g.dob('de', 1970, 2004))}\n"
            f"  Versichertennr.: {S('MEMBER', kvnr(g))}\n  Anschrift: {S('ADDRESS', g.pick(['Schillerstraße', 'Am Stadtgarten', 'Goethering', 'Kastanienallee']) + ' ' + str(g.r.randint(1, 120)) + g.pick(['', 'a', 'b']))}, "
            f"{S('POSTCODE', g.digits(5))} Freiburg\n\nMeine eigene Steuer-ID ({S('NATIONAL_ID', g.steuer_id(g.r.random() < 0.5))}) steht seitdem auch im Briefkopf. "
            f"Der {K('TI-Konnektor')} ({K('secunet konnektor 2.1.0')}) läuft normal, {K('KIM')} auch.\n\nKönnen Sie am {K('Mittwoch, 16 Uhr')} per {K('AnyDesk')} drauf schauen? "
            f"Rechnung {K('RE-2025-' + g.digits(3))} über {K('180,00 €')} überweise ich diese Woche.\n\nHerzliche Grüße\n{P(f)} {P(l)}\nPsychologische Psychotherapeutin\n{PH(g.intl_phone('DE'))}")
    add("psychotherapy", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l).replace('ä', 'ae')}@{d}", f"{K('Elefant')} druckt Versichertennummer", g.hdate(), TO) + body)


def r_carehome_nl(i):
    f, l = g.pick(["Ingrid", "Ruud", "Esther", "Jeroen"]), g.pick(["van der Berg", "Meijer", "de Graaf", "Koster"])
    d = g.pick(["zorggroep-lindehof.nl", "verpleeghuis-dekoperwiek.nl"])
    cf, cl = g.pick(["Bill", "Truus", "Hendrik", "Rose", "Cor"]), g.pick(["Bosman", "Black", "Verhoeven", "Smits"])
    body = (f"Beste {P(ME.split()[0])},\n\nBij het koppelen van {K('Nedap ONS')} aan het nieuwe dwaaldetectiesysteem ({K('Ascom Telligence')}) "
            f"komen cliëntgegevens in de alarmtekst op de DECT-toestellen:\n\n  \"{K('ALARM')} {K('kamer 14')} – {P(cf)} {P(cl)} – {S('NATIONAL_ID', g.bsn())}\"\n\n"
            f"De polsband van mevrouw heeft serienummer {S('DEVICE', 'ASC-' + g.alnum(8))}. De zoon ({PH(g.intl_phone('NL'))}, {S('ADDRESS', g.pick(['Bilderdijkstraat', 'Julianalaan', 'Hoofdweg']) + ' ' + str(g.r.randint(1, 300)))}, "
            f"{S('POSTCODE', g.digits(4) + ' ' + g.letters(2))} Zwolle) heeft geklaagd.\n\nDe koppeling draait op {K('ons-gw-02')} ({K('10.45.0.12')}), "
            f"{K('HL7 ADT^A08')} via {K('port 2575')}. Storing bij {K('Nedap')}: {K('SD-' + g.digits(6))}.\n\nMet vriendelijke groet,\n{P(f)} {P(l)}\nTeamleider Zorg")
    add("care home", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l.replace(' ', ''))}@{d}", f"Cliëntgegevens in alarmtekst {K('Ascom')}", g.hdate(), TO) + body)


def r_had_fr(i):
    f, l = g.pick(["Hélène", "Mathieu", "Camille", "Laurent"]), g.pick(["Dufour", "Lambert", "Mercier", "Rousseau"])
    d = g.pick(["had-bordeaux.fr", "soins-palliatifs-gironde.fr"])
    pf, pl = g.pick(["Jeanne", "Marcel", "Frank", "Yvette"]), g.pick(["Bonnet", "Perrin", "Young", "Faure"])
    sex = g.pick([1, 2])
    y, m, dd = g.dob_parts(1930, 1955)
    body = (f"Bonjour {me1()},\n\nPetit souci avec l'application {K('Kalisil')} sur les tablettes des infirmières : la feuille de tournée affiche "
            f"le NIR complet des patients.\n\nEx. : {P(pl.upper())} {P(pf)}, né(e) le {D(f'{dd}/{m}/{y}')}, NIR {S('NATIONAL_ID', g.nir(sex, y % 100, m))}, "
            f"{S('ADDRESS', str(g.r.randint(1, 80)) + ' ' + g.pick(['cours de la Marne', 'rue Sainte-Catherine', 'allée des Pins']))}, {S('POSTCODE', '330' + g.digits(2))} Bordeaux.\n"
            f"Infirmière : {P(g.pick(['Aurélie', 'Nadia', 'Claire']))} {P(g.pick(['Petit', 'Morel', 'Fournier']))}, véhicule {S('PLATE', g.plate('FR'))}, {PH(g.intl_phone('FR'))}.\n\n"
            f"Version {K('Kalisil 5.8.2')}, tablettes {K('Samsung Galaxy Tab Active4 Pro')}, MDM {K('Intune')}. Le {K('DPO')} veut une correction avant "
            f"l'audit {K('HDS')} du {K('12 juin')}.\n\nCordialement,\n{P(f)} {P(l)}\nCadre de santé")
    add("hospice", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l).replace('é', 'e')}@{d}", f"NIR sur la feuille de tournée {K('Kalisil')}", g.hdate(), TO) + body)


def r_es_dental(i):
    f, l = g.pick(["Carmen", "Diego", "Paloma", "Sergio"]), g.pick(["Ruiz", "Moreno", "Herrero", "Castro"])
    d = g.pick(["clinicadentalsonrisa.es", "odontoalameda.es"])
    pf, pl = g.pick(["Hope", "Inés", "Raúl", "Bill"]), g.pick(["Prieto", "Lane", "Cano", "Rubio"])
    iban = g.iban("ES", g.digits(20, False))
    body = (f"Buenos días {me1()},\n\nEl programa {K('Gesden G5')} está generando las remesas SEPA con el IBAN del paciente en el concepto, y el banco "
            f"({K('CaixaBank')}) lo devuelve con {K('MS03')}. Ejemplo de la remesa {K('REM-' + g.digits(5))}:\n\n  Deudor: {P(pf)} {P(pl)}\n  DNI: {S('NATIONAL_ID', g.dni())}\n"
            f"  IBAN: {S('IBAN', iban)}\n  Concepto: \"{K('Ortodoncia cuota 7/24')}\"\n  Importe: {K('95,00 €')}\n\nOtra paciente, {P(g.pick(['Lucía', 'Noelia']))} {P(g.pick(['Bravo', 'Vega']))}, "
            f"con NIE {S('NATIONAL_ID', g.nie())}, vive en {S('ADDRESS', 'Av. ' + g.pick(['de la Constitución', 'del Puerto', 'Blasco Ibáñez']) + ' ' + str(g.r.randint(1, 150)))}, {S('POSTCODE', '460' + g.digits(2))} Valencia; "
            f"le llegó el recibo de otra persona.\n\nServidor: {K('GESDEN-SRV')} ({K('192.168.0.10')}). ¿Lo miramos el {K('jueves')}?\n\nGracias,\n{P(f)}")
    add("dental", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"Remesas SEPA {K('Gesden')} – {K('MS03')}", g.hdate(), TO) + body)


def r_servicenow(i):
    f, l = g.name()
    org = g.pick(["Apex Reference Laboratory", "Clearview Diagnostics", "Northern Pathology Services"])
    d = dom(org)
    inc = "INC" + g.digits(7)
    drivers = []
    for st in g.r.sample(["CA", "TX", "FL", "IL", "WA", "MI", "NJ", "OH", "MA", "AZ", "PA", "NY"], 2):
        df, dl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
        drivers.append(f"  {P(df)} {P(dl)} - DL {S('LICENSE', g.us_dl(st))} ({st}) - unit {S('PLATE', g.plate(g.pick(['CA', 'TX', 'NY'])))}")
    body = (f"{K(inc)} has been assigned to you.\n\nShort description: Courier manifest exposes driver data\nCaller: {P(f + ' ' + l)}\n"
            f"Configuration item: {K('courier-portal-prd')}\nAssignment group: {K('External - Integration Vendor')}\nPriority: {K('3 - Moderate')}\n\n"
            f"Description:\nThe public courier manifest PDF ({K('manifest_generator v1.8')}) lists driver licence numbers and vehicles:\n" + "\n".join(drivers) +
            f"\nIt also prints the specimen pickup contact for home draws, e.g. {P(g.pick(FIRST))} {P(g.pick(LAST))}, {PH(g.us_phone())}.\n"
            f"Specimen IDs like {K('SPC-' + g.digits(8))} and cooler serials {K('CLR-' + g.digits(4))} are fine.\n\n"
            f"Click here to view: {K('https://' + d.split('.')[0] + '.service-now.com/nav_to.do?uri=incident.do?sys_id=' + g.alnum(12).lower())}\n\n"
            f"Ref:{K('MSG' + g.digits(7))}")
    add("lab courier", f"{f} {l}", hdr("", f"{d.split('.')[0]}@service-now.com", f"{K(inc)} assigned to you - Courier manifest exposes driver data", g.hdate(), TO)
        .replace(f"From: ⟦EMAIL|{d.split('.')[0]}@service-now.com⟧", "From: " + K(f"{d.split('.')[0]}@service-now.com")) + body)


def r_denials(i):
    f, l = g.name()
    org = g.pick(["Bridgewater Billing Group", "Precision RCM", "Lakeview Claims Solutions"])
    d = dom(org)
    hdrs = f"{K('Patient')}\t{K('DOB')}\t{K('Member ID')}\t{K('Claim')}\t{K('CARC')}\t{K('Billed')}"
    rows = []
    for _ in range(4):
        pf, pl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
        rows.append(f"{P(pl + ', ' + pf)}\t{D(g.dob('us', 1940, 2010))}\t{S('MEMBER', g.pick(['W', 'XEH', 'ZGP', '']) + g.digits(9))}\t{K('CLM' + g.digits(7))}\t{K(g.pick(['CO-16', 'CO-197', 'CO-50', 'PR-204']))}\t{K('$' + str(g.r.randint(90, 1900)) + '.00')}")
    body = (f"{me1()},\n\nPasted straight from the {K('Waystar')} denial worklist (tab-separated, sorry about the formatting):\n\n{hdrs}\n" + "\n".join(rows) +
            f"\n\nAll four are {K('Aetna')} and all came back after we switched the clearinghouse endpoint to {K('edi-gw.' + d)} ({K('192.0.2.15')} in the "
            f"vendor doc, ours is {K('10.70.8.3')}). The {K('CO-16')} ones say {K('MA130')}. Total at risk {K('$' + str(g.r.randint(2, 9)) + ',' + g.digits(3, False) + '.00')}.\n\n"
            f"{P(f)}\n---\n{P(f)} {P(l)} | Denials Manager | {K(org)}\nm {PH(g.us_phone())}")
    add("medical billing", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"{K('Aetna')} denials after endpoint switch", g.hdate(), TO) + body)


def r_ocr_intake(i):
    f, l = g.name()
    org = g.pick(["Motion Works Physical Therapy", "Align PT & Sports Rehab", "Keystone Physio"])
    d = dom(org)
    pf, pl = g.pick(FIRST + WORD_FIRST), g.pick(LAST)
    ef, el = g.pick(WORD_FIRST), g.pick(LAST)
    st = g.pick(["PA", "OH", "NJ", "MI"])
    cut = g.r.randint(3, 5)
    ocr = (f"NEW PATIENT INTAKE    Form {K('PT-INT-07 rev3')}\nName (Last, First): {P(pl.upper()[:cut] + '-' + chr(10) + pl.upper()[cut:])}, {P(pf.upper())}\n"
           f"S S N : {S('SSN', g.ssn().replace('-', ' - '))}     Date of 8irth: {D(g.dob('us', 1950, 2000).replace('0', 'O', 1))}\n"
           f"Drivers Lic. # / State: {S('LICENSE', g.us_dl(st))} / {st}\nHome Address: {S('ADDRESS', street_us().upper())}\nCity/Zip: {g.pick(['ERIE', 'AKRON', 'FLINT'])} {S('POSTCODE', g.digits(5))}\n"
           f"Emergency contact: {P(ef)} {P(el)}    Rel: spouse   Ph: {PH(g.us_phone())}\nReferring MD: Dr. {P(g.pick(WORD_LAST))}   Injury: {K('L knee, ACL recon')}")
    body = (f"{me1()},\n\nThis is the raw OCR our {K('Fujitsu fi-8170')} + {K('PaperStream')} produces for the intake form. It then gets pushed into "
            f"{K('WebPT')} and the hyphenated name becomes two patients.\n\n{ocr}\n\nThe \"8irth\" and \"O\" for zero are typical. Could the import "
            f"script fuzzy-match on DOB + last 4? Job {K('ocr_to_webpt.ps1')} runs on {K('FRONTDESK-01')}.\n\n{P(f)}\n{K(org)}")
    add("physiotherapy", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", "OCR intake -> duplicates", g.hdate(), TO) + body)


def r_recall(i):
    f, l = g.name()
    org = g.pick(["Bayview Cardiology Associates", "Heartland Device Clinic", "Pacific Rhythm Center"])
    d = dom(org)
    rows = []
    for _ in range(3):
        pf, pl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
        rows.append(f"{P(pf[0] + '. ' + pl)} | {K(g.pick(['Assurity MRI PM2272', 'Endurity PM1162']))} | {S('DEVICE', g.digits(7))} | {K('lot ' + g.digits(7))} | {K('implanted ' + str(g.r.randint(2016, 2022)))}")
    body = (f"Hi {me1()},\n\n{K('Abbott')} sent field safety notice {K('FSN-' + g.digits(5))} for some {K('Assurity')} and {K('Endurity')} pacemakers. "
            f"I pulled our affected patients from {K('Paceart')} (report {K('Device Recall Query 2')}):\n\n{K('Patient')} | {K('Model')} | {K('Serial')} | {K('Lot')} | {K('Note')}\n" + "\n".join(rows) +
            f"\n\nWe need a mail merge letter from {K('Athena')} but without putting the serial numbers in the subject line. The {K('Merlin PCS')} "
            f"programmer, {K('model 3650')}, serial {K('PRG-' + g.digits(5))}, is clinic property. {K('Abbott')} tech support: {K('1-800-555-0162')}.\n\n"
            f"{P(f)} {P(l)}, RN, CCDS\n{K(org)}")
    add("cardiology", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"{K('Abbott')} {K('FSN')} patient list", g.hdate(), TO) + body)


def r_audiology_uk(i):
    f, l = g.name()
    org = g.pick(["Thameside Hearing", "Pennine Audiology", "Harbourside Hearing Centre"])
    d = re.sub(r"[^a-z]", "", org.lower()) + ".co.uk"
    pf, pl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
    pc = f"{g.letters(2)}{g.r.randint(1, 20)} {g.r.randint(1, 9)}{g.letters(2)}"
    body = (f"Morning {me1()},\n\n{K('Auditbase')} keeps failing to sync with {K('Oticon Genie 2')} fitting software. The patient whose record "
            f"triggers it:\n\n{P(pf)} {P(pl)}\nNHS number {S('NATIONAL_ID', g.nhs(g.r.random() < 0.5))}\nDOB {D(g.dob(g.pick(['eu', 'dmy']), 1935, 1960))}\n"
            f"{S('ADDRESS', str(g.r.randint(1, 200)) + ' ' + g.pick(['Kingsway', 'Mill Lane', 'Station Road', 'Church Street']))}, Leeds {S('POSTCODE', pc)}\n"
            f"Mobile {PH(g.intl_phone('UK'))}\nLeft aid {K('Oticon Intent 1')} s/n {S('DEVICE', g.digits(3) + g.letters(1) + g.digits(5))}, right s/n {S('DEVICE', g.digits(3) + g.letters(1) + g.digits(5))}\n\n"
            f"Error: {K('NOAH-0x3E8 database locked')}. {K('Noah 4.16')} runs on {K('AUD-SRV')} ({K('10.1.20.5')}). {K('Will')} you be able to remote in "
            f"before {K('2 pm')}? To be {K('frank')}, the clinic is fully booked all day.\n\nCheers,\n{P(f)}")
    add("audiology", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"{K('Auditbase')}/{K('Noah')} sync failure", g.hdate(), TO) + body)


def r_evv(i):
    f, l = g.name()
    org = g.pick(["Hearthside Home Care", "Compass Home Health", "Golden Years In-Home Care"])
    d = dom(org)
    lines = []
    for _ in range(3):
        cf, cl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
        ip = f"{g.pick([172, 108, 47, 76])}.{g.r.randint(1, 254)}.{g.r.randint(1, 254)}.{g.r.randint(1, 254)}"
        lines.append(f"{K(g.pick(['INFO', 'WARN']))} {K('evv.clock_in')} caregiver=\"{P(cf + ' ' + cl)}\" dev={S('DEVICE', g.imei())} ip={S('IP', ip)} visit={K('VST' + g.digits(8))} {K('gps=DENIED')}")
    body = (f"{me1()},\n\nOur {K('Sandata')} EVV aggregator flagged {K('37')} visits. The clock-ins come from caregivers' personal phones. Excerpt "
            f"from {K('evv-api')} logs ({K('evv-api-01.hhc.local')}):\n\n" + "\n".join(lines) +
            f"\n\nWhen {K('gps=DENIED')} the visit needs a manual reason code ({K('RC-12')}). Can the app prompt for it? State audit ({K('Ohio Department of Medicaid')}) "
            f"is {K('next month')}. Also, {K('Sandata')}'s help line is {K('1-855-555-0190')} if you need them.\n\nBest,\n{P(f)} {P(l)}\nDirector of Operations")
    add("home health", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"EVV {K('gps=DENIED')} clock-ins", g.hdate(), TO) + body)


def r_quebec(i):
    f, l = g.pick(["Geneviève", "Marc-André", "Isabelle", "François"]), g.pick(["Tremblay", "Gagnon", "Bouchard", "Côté"])
    d = g.pick(["cliniquedentairestdenis.ca", "physiolaurier.ca"])
    pf, pl = g.pick(["Rose", "Sylvie", "Grant", "Benoît"]), g.pick(["Pelletier", "Black", "Lavoie", "Young"])
    ramq = (pl[:3].upper().replace('Ô', 'O') + pf[0].upper() + g.digits(8, False))
    body = (f"Hi {me1()} (English is fine),\n\nOur {K('Progident')} system exported a payroll file with the SIN of our hygienist "
            f"{P(g.pick(['Mélanie', 'Karine']))} {P(g.pick(['Roy', 'Gauthier']))}: {S('NATIONAL_ID', g.sin())}. It went by e-mail to the accountant. "
            f"Can you help me recall it or at least check the {K('Exchange Online')} message trace?\n\nSecond: patient {P(pf)} {P(pl)}, RAMQ {S('MEMBER', ramq[:4] + ' ' + ramq[4:8] + ' ' + ramq[8:])}, "
            f"lives at {S('ADDRESS', str(g.r.randint(100, 9999)) + ', ' + g.pick(['rue Saint-Hubert', 'boul. Rosemont', 'av. du Parc']) + ', app. ' + str(g.r.randint(1, 12)))}, "
            f"{S('POSTCODE', g.letters(1) + g.digits(1) + g.letters(1) + ' ' + g.digits(1) + g.letters(1) + g.digits(1))} Montréal - her reminders come in English, she wants French. "
            f"Phone {PH(g.intl_phone('CA'))}.\n\nMerci!\n{P(f)}")
    add("dental", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l).replace('è', 'e').replace('ç', 'c').replace('é', 'e').replace('ô', 'o')}@{d}", f"SIN in {K('Progident')} payroll export", g.hdate(), TO) + body)


def r_roster(i):
    f, l = g.pick(WORD_FIRST), g.pick(WORD_LAST)
    org = g.pick(["Lighthouse Counseling Collective", "Riverstone Therapy Group", "Open Door Psychotherapy"])
    d = dom(org)
    staff = [(g.pick(WORD_FIRST), g.pick(WORD_LAST + LAST)) for _ in range(3)]
    rows = "\n".join(f"{P(a + ' ' + b)}  {K(g.pick(['Mon/Wed', 'Tue/Thu', 'Fri']))}  {K(g.pick(['Room 2', 'Room 3', 'Telehealth']))}  ext {K(g.digits(3))}" for a, b in staff)
    body = (f"{me1()},\n\nNew {K('SimplePractice')} calendar colours are confusing everyone. Current rota:\n\n{rows}\n\n"
            f"{P(staff[0][0])} says the {K('black')} blocks are hers, {P(staff[1][0])} wants {K('rose')} for group sessions. "
            f"I {K('hope')} this makes sense. Also, please don't {K('bill')} us for the {K('May')} visit yet; the {K('grant')} money only arrives in {K('June')}. "
            f"Our {K('young')} adults group ({K('ages 18-25')}) moves to {K('Thursday')}.\n\nClient {P(g.pick(FIRST))} {P(g.pick(LAST))} (DOB {D(g.dob('long', 1990, 2006))}) "
            f"was booked twice by the widget on {K('openDoor.simplepractice.com')}, can you check the {K('Zapier')} zap {K('ZAP-' + g.digits(6))}?\n\n"
            f"To be {K('frank')}, we {K('will')} switch to {K('TherapyNotes')} if this doesn't settle.\n\n{P(f)} {P(l)}, LCSW\nPractice Owner")
    add("psychotherapy", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", "calendar colours + double booking", g.hdate(), TO) + body)


def r_vendor2(i):
    vf, vl = g.pick(FIRST), g.pick(["Grant", "Young", "Lane", "Black", "Rose"])
    vendor, vd = g.pick([("Nuance Dragon Medical One", "nuance-health.com"), ("Philips IntelliSpace", "philips-hc-support.com"),
                         ("Stryker Vocera", "stryker-comms.com"), ("Epic Hosting", "epic-hosting-notices.com")])
    body = (f"Hello,\n\nPlease be advised that {K(vendor)} will rotate its TLS certificates on {K('Tuesday, May 6, 2025 at 23:00 UTC')}. "
            f"Customers with certificate pinning must update trust stores. New intermediates are published at {K('https://trust.' + vd + '/ca')}.\n\n"
            f"Endpoints affected:\n  {K('api.' + vd)} ({K('198.51.100.14')})\n  {K('relay.' + vd)} ({K('198.51.100.15')})\n\n"
            f"No changes to {K('HL7')} {K('MSH-3')}/{K('MSH-4')} values are required. Your organisation ID {K('ORG-' + g.digits(6))} and "
            f"NPI {K(g.npi_org())} stay the same.\n\nSupport: {K('support@' + vd)}, {K('+1 800 555 0134')} (24/7).\n\n"
            f"Kind regards,\n{P(vf)} {P(vl)}\nTechnical Account Manager, {K(vendor.split()[0])}\n{E(vf[0].lower() + vl.lower() + '@' + vd)}")
    add("vendor notice", f"{vf} {vl}", hdr("", "no-reply@" + vd, f"[Action required] {K(vendor)} certificate rotation", g.hdate(), TO)
        .replace(f"From: ⟦EMAIL|no-reply@{vd}⟧", "From: " + K("no-reply@" + vd)) + body)


def r_pharm_vm(i):
    f, l = g.name()
    org = g.pick(["Brookline Family Pharmacy", "Cornerstone Drug", "Elmwood Apothecary"])
    d = dom(org)
    cf, cl = g.name()
    ph = g.us_phone()
    body = (f"{K('Vonage Business')} Voicemail to Email\n\nMailbox: {K('200 - Pharmacy Main')}\nCaller: {PH(ph)} ({K('WIRELESS CALLER')})\nLength: {K('00:00:' + str(g.r.randint(30, 59)))}\n\n"
            f"Message (transcribed): \"hello this is {P(cf)} {P(cl)} date of birth {D(g.dob('long', 1940, 1985))} I'm calling about the refill on my "
            f"{K('lisinopril')} the automated line said my prescription number {K('RX 6' + g.digits(6))} was not found and I live at "
            f"{S('ADDRESS', street_us())} in case you deliver. {PH(ph)}. bye\"\n\n---\n{me1()}, the IVR ({K('TelePharm IVR 3.4')}) is rejecting valid Rx numbers "
            f"with a leading 6. Log entry {K('IVR-ERR-0419')} at {K('08:02')}. Can you look? -{P(f)}")
    add("pharmacy", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"FW: Voicemail from {PH(ph)}", g.hdate(), TO) + body)


def r_njr(i):
    f, l = g.name()
    org = g.pick(["Northern Arthroplasty Registry", "Regional Joint Outcomes Registry"])
    d = re.sub(r"[^a-z]", "", org.lower())[:14] + ".org.uk"
    rows = []
    for _ in range(3):
        pf, pl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
        pc = f"{g.letters(2)}{g.r.randint(1, 20)} {g.r.randint(1, 9)}{g.letters(2)}"
        rows.append(f"{S('NATIONAL_ID', g.nhs(False))},{P(pl.upper())},{P(pf)},{D(g.dob('iso', 1935, 1965))},{S('POSTCODE', pc)},{K(g.pick(['Stryker Triathlon', 'Zimmer Persona', 'DePuy Attune']))},{K('LOT' + g.digits(7))}")
    body = (f"Dear {me1()},\n\nThe quarterly upload to the national registry portal failed validation ({K('VAL-044: component lot not in catalogue')}). "
            f"First rows of {K('q1_submission.csv')}:\n\n{K('nhs_number')},{K('surname')},{K('forename')},{K('dob')},{K('postcode')},{K('implant')},{K('lot')}\n" + "\n".join(rows) +
            f"\n\nThe lot numbers are from the {K('Stryker')} and {K('Zimmer')} stickers, scanned with the {K('Zebra DS2208')}. Catalogue version in the portal is "
            f"{K('2025-02')}; ours is {K('2024-11')}. Trust ODS code {K('RX1')}.\n\nBest wishes,\n{P(f)} {P(l)}\nData Manager, {K(org)}")
    add("medical registry", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"Registry upload {K('VAL-044')}", g.hdate(), TO) + body)


def r_inventory(i):
    f, l = g.name()
    org = g.pick(["Rosewood Manor", "Elmstead Assisted Living", "Sunnybrook Care Centre"])
    d = dom(org)
    res = []
    for _ in range(3):
        rf, rl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
        res.append(f"{K('Rm ' + str(g.r.randint(101, 240)))}  {P(rf + ' ' + rl)}  {K(g.pick(['ReSound OMNIA', 'Philips Lifeline pendant', 'Echo Show 8']))}  {S('DEVICE', g.mac())}")
    infra = [f"{K(n)}  {K(g.mac())}  {K('10.50.' + str(g.r.randint(1, 9)) + '.' + str(g.r.randint(2, 250)))}" for n in ["NURSE-STN-1", "MED-CART-03"]]
    body = (f"{me1()},\n\nFor the Wi-Fi segmentation project, here's the MAC inventory from the {K('UniFi')} controller. Resident devices must go on "
            f"{K('VLAN 40')}, staff kit on {K('VLAN 20')}.\n\nResident devices:\n" + "\n".join(res) + "\n\nStaff / infrastructure:\n" + "\n".join(infra) +
            f"\n\nController is {K('unifi.' + d)} ({K('10.50.0.2')}), firmware {K('8.0.26')}. Please don't paste the resident list into the {K('Ubiquiti')} "
            f"community forum like last time.\n\n{P(f)}\nMaintenance & IT, {K(org)}")
    add("care home", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"{K('VLAN')} split - MAC list", g.hdate(), TO) + body)


def r_eu_couriers(i):
    f, l = g.pick(["Pieter", "Annelies", "Koen", "Sofie"]), g.pick(["Janssens", "Peeters", "Maes", "Willems"])
    d = g.pick(["medexpress-benelux.eu", "labrun-logistics.eu"])
    rows = []
    for cc, pl in [("NL", "NL"), ("DE", "DEn"), ("BE", "BE")]:
        df, dl = g.pick(FIRST + WORD_FIRST), g.pick(LAST)
        lic = g.eu_dl(cc) if cc != "BE" else g.digits(10)
        rows.append(f"{P(dl.upper())} {P(df)} | {cc} licence {S('LICENSE', lic)} | van {S('PLATE', g.plate(pl))}")
    body = (f"Hi {me1()},\n\nWe run blood and tissue samples between {K('Antwerp')}, {K('Eindhoven')} and {K('Aachen')}. Our route planner ({K('Routific')}) "
            f"exports the driver roster with this in the notes:\n\n" + "\n".join(rows) +
            f"\n\nThe hospital's {K('GDPR')} officer says licence numbers must not leave our {K('TMS')}. Can you strip the notes column in the "
            f"{K('routific_export.py')} job before it posts to {K('lab-portal.' + d)}? Order {K('PO-' + g.digits(6))}, budget {K('€2,400')}. "
            f"Our dispatcher {P(g.pick(['Jan', 'Els', 'Wim']))} is on {PH(g.pick(['+32 4', '+31 6']) + g.digits(2, False) + ' ' + g.digits(2, False) + ' ' + g.digits(2, False) + ' ' + g.digits(2, False))}.\n\n"
            f"Best regards,\n{P(f)} {P(l)}\nOperations Manager")
    add("lab courier", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", "driver roster export (GDPR)", g.hdate(), TO) + body)


def r_thread(i):
    f, l = g.name()
    org = g.pick(["Cloverleaf Pediatrics", "Harmony Family Medicine", "Westbrook Internal Medicine"])
    d = dom(org)
    bf, bl = g.name()
    jf, jl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
    ini = jf[0] + jl[0]
    body = (f"{me1()} - replying inline, see below.\n\n{P(f)}\n\n"
            f"On {K('Tue, Mar 11, 2025 at 4:02 PM')} {P(bf + ' ' + bl)} <{E(local(bf, bl) + '@' + d)}> wrote:\n"
            f"> The {K('eClinicalWorks')} fax queue has {K('212')} items stuck. The oldest is the referral for {P(jf[0] + '. ' + jl)} ({K('MRN')} {S('MRN', g.digits(7))}).\n"
            f"[{P(f[0] + l[0])}] That's {P(ini)}, the one whose mom called twice. Dr. {P(g.pick(WORD_LAST))} signed it.\n"
            f"> Error in the queue is {K('FAX-5031 page count mismatch')}.\n"
            f"[{P(f[0] + l[0])}] {K('SRFax')} shows it delivered. Their support: {K('1-866-555-0107')}.\n"
            f"> Can we purge anything older than {K('30 days')}?\n"
            f"[{P(f[0] + l[0])}] Only after {K('Compliance')} signs off. {P(jl)} family also asked for a copy to {E(jf.lower() + '.' + jl.lower() + g.digits(2) + '@icloud.com')}.\n\n"
            f"--\n{P(f)} {P(l)}\nPractice Administrator | {K(org)}\nDirect {PH(g.us_phone())} | Fax on request")
    add("pediatrics", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"Re: {K('eCW')} fax queue", g.hdate(), TO) + body)


def r_onboarding(i):
    f, l = g.name()
    org = g.pick(["Golden Valley Hospice", "Stillwater Hospice", "Hearthside Home Care"])
    d = dom(org)
    nf, nl = g.pick(WORD_FIRST + FIRST), g.pick(LAST + WORD_LAST)
    body = (f"{me1()} -\n\nHR forwarded me the {K('BambooHR')} new-hire packet for our chaplain {P(nf)} {P(nl)} and it's a mess:\n\n"
            f"- SSN typed as {S('SSN', g.ssn().replace('-', ''))} in the \"notes\" field\n- direct deposit acct {S('ACCOUNT', g.digits(9))}, checking, routing {K('026009593')}\n"
            f"- DOB {D(g.dob('us1', 1960, 1995))}\n- personal link: {S('URL', 'https://' + d.split('.')[0] + '.bamboohr.com/employees/' + g.digits(3) + '/' + nl.lower() + '-' + nf.lower() + '/documents')}\n\n"
            f"The {K('I-9')} and {K('W-4')} PDFs are fine, it's the notes. Can you write a {K('BambooHR API')} script to find SSN-shaped strings "
            f"in notes across all {K('143')} employees? Test against sandbox {K('api.bamboohr.com/api/gateway.php/sandbox')}.\n\nthanks, {P(f.lower())}")
    add("hospice", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"SSNs in {K('BambooHR')} notes", g.hdate(), TO) + body)


def r_pos_card(i):
    f, l = g.name()
    org = g.pick(["Cornerstone Drug", "Greenway Specialty Rx", "Brookline Family Pharmacy"])
    d = dom(org)
    lines = []
    for _ in range(3):
        pf, pl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
        lines.append(f"{K(g.digits(4) + '-03-' + g.digits(2, False))},{S('MRN', g.digits(7))},{P(pl.upper())},{P(pf.upper())},{K('RX' + g.digits(7))},{K(str(g.r.randint(5, 400)) + '.00')}")
    body = (f"Hi {me1()},\n\nTwo issues with the {K('PrimeRx')} point-of-sale.\n\n1) A clerk pasted a patient's full card into the delivery "
            f"instructions: {S('CARD', g.card())} exp {K('09/27')}. The patient is {P(g.pick(FIRST))} {P(g.pick(LAST + WORD_LAST))}; account "
            f"{S('ACCOUNT', 'A-' + g.digits(6))}. We need it scrubbed from the {K('PrimeRx')} audit log. (Our test card is {K('4242 4242 4242 4242')}.)\n\n"
            f"2) The end-of-day CSV ({K('eod_sales.csv')}) for the {K('McKesson')} report now includes patient columns:\n\n"
            f"{K('date')},{K('pt_no')},{K('last')},{K('first')},{K('rx')},{K('copay')}\n" + "\n".join(lines) +
            f"\n\n{K('McKesson')} only needs {K('rx')} and {K('copay')}. Store NPI is {K(g.npi_org())}.\n\n{P(f)} {P(l)}, PharmD")
    add("pharmacy", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", f"{K('PrimeRx')} POS: card in notes + EOD CSV", g.hdate(), TO) + body)


def r_portal_links(i):
    f, l = g.name()
    org = g.pick(["Meadowlark Family Clinic", "Westbrook Internal Medicine", "Cloverleaf Pediatrics"])
    d = dom(org)
    pf, pl = g.pick(FIRST + WORD_FIRST), g.pick(LAST + WORD_LAST)
    mrn = g.digits(8)
    drn = g.pick(WORD_LAST)
    body = (f"Hello {me1()},\n\nOur {K('NextGen')} patient portal sends appointment links that contain the MRN and name. Example from "
            f"today's reminder:\n\n{S('URL', 'https://portal.' + d + '/appt/confirm?mrn=' + mrn + '&pt=' + pl.lower() + pf[0].lower())}\n\n"
            f"That's {P(pf)} {P(pl)}, chart {S('MRN', mrn)}, who forwarded it to {E(pf[0].lower() + pl.lower() + '@' + g.pick(['comcast.net', 'aol.com', 'gmail.com']))}. "
            f"Also the telehealth room link for Dr. {P(drn)} is {S('URL', 'https://' + org.split()[0].lower() + '.doxy.me/dr' + drn.lower())}.\n\n"
            f"{K('NextGen')} says this is configurable in {K('Portal Admin > Templates > APPT_REMIND_02')}. Their support number is {K('1-855-555-0177')}. "
            f"Generic links like {K('https://portal.' + d + '/login')} are fine.\n\nRegards,\n{P(f)} {P(l)}")
    add("primary care", f"{f} {l}", hdr(f"{f} {l}", f"{local(f, l)}@{d}", "PHI in portal links", g.hdate(), TO) + body)


SCEN = [r_zendesk, r_googlevoice, r_adt, r_fhir_coverage, r_immunization_csv, r_vet_mobile, r_pharmacy_chain, r_psych_de,
        r_carehome_nl, r_had_fr, r_es_dental, r_servicenow, r_denials, r_ocr_intake, r_recall, r_audiology_uk, r_evv,
        r_quebec, r_roster, r_vendor2, r_pharm_vm, r_njr, r_inventory, r_eu_couriers, r_thread, r_onboarding, r_pos_card, r_portal_links]


def main():
    order = [(s, rnd) for rnd in range(4) for s in SCEN]
    g.r.shuffle(order)
    for s, rnd in order[:96]:
        s(rnd)
    build("report2", R)


if __name__ == "__main__":
    main()
