"""Build report4.jsonl: a held-out set of client e-mails for the redaction benchmark.

Each e-mail is written by hand with inline markers:

    [[KIND:text]]   a span of personal data (KIND is an abbreviation, see KINDS;
                    ``NID/<scheme>`` names the check-digit scheme of a national id)
    {{text}}        a string that must stay readable (``keep``)

A ``?`` inside a CARD, IBAN or check-digit NID span is a check digit; it is
filled in here so that the number validates.  The script computes every offset,
re-checks every check digit, checks that spans do not overlap, that no string is
both a span and a keep item in one e-mail and that every other occurrence of a
span's text is itself labelled, and writes report4.jsonl beside this file.

Run from the repository root:  .venv/bin/python tests/data/redaction/make_report4.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).with_name("report4.jsonl")

KINDS = {
    "P": "PERSON",
    "AD": "ADDRESS",
    "PC": "POSTCODE",
    "D": "DATE",
    "PH": "PHONE",
    "EM": "EMAIL",
    "URL": "URL",
    "IP": "IP",
    "SSN": "SSN",
    "NID": "NATIONAL_ID",
    "MRN": "MRN",
    "MEM": "MEMBER",
    "ACC": "ACCOUNT",
    "LIC": "LICENSE",
    "PL": "PLATE",
    "DEV": "DEVICE",
    "IBAN": "IBAN",
    "CARD": "CARD",
}

# ---------------------------------------------------------------- check digits


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def luhn_ok(s: str) -> bool:
    d = _digits(s)
    if len(d) < 9:
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def iban_ok(s: str) -> bool:
    c = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c):
        return False
    r = c[4:] + c[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def nhs_ok(s: str) -> bool:
    d = _digits(s)
    if len(d) != 10:
        return False
    total = sum(int(d[i]) * (10 - i) for i in range(9))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(d[9])


def bsn_ok(s: str) -> bool:
    d = _digits(s)
    if len(d) != 9:
        return False
    total = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return total % 11 == 0 and d[0] != "0"


def pesel_ok(s: str) -> bool:
    d = _digits(s)
    if len(d) != 11:
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    total = sum(int(d[i]) * w[i] for i in range(10))
    return (10 - total % 10) % 10 == int(d[10])


def dni_ok(s: str) -> bool:
    c = s.replace("-", "").replace(" ", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", c)
    if not m:
        return False
    prefix = {"": "", "X": "0", "Y": "1", "Z": "2"}[m.group(1)]
    n = int(prefix + m.group(2))
    return "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23] == m.group(3)


def nir_ok(s: str) -> bool:
    d = _digits(s)
    if len(d) != 15:
        return False
    return 97 - int(d[:13]) % 97 == int(d[13:])


def nif_pt_ok(s: str) -> bool:
    d = _digits(s)
    if len(d) != 9:
        return False
    total = sum(int(d[i]) * (9 - i) for i in range(8))
    check = 11 - total % 11
    if check >= 10:
        check = 0
    return check == int(d[8])


def sin_ok(s: str) -> bool:
    d = _digits(s)
    return len(d) == 9 and luhn_ok(d)


def steuer_id_ok(s: str) -> bool:
    d = _digits(s)
    if len(d) != 11 or d[0] == "0":
        return False
    product = 10
    for ch in d[:10]:
        total = (int(ch) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    if check == 10:
        check = 0
    return check == int(d[10])


_CF_ODD = {
    **dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])),
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
               [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                12, 14, 16, 10, 22, 25, 24, 23])),
}


def _cf_even(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A")


def codice_fiscale_ok(s: str) -> bool:
    c = s.upper()
    if not re.fullmatch(r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]", c):
        return False
    total = 0
    for i, ch in enumerate(c[:15]):
        total += _CF_ODD[ch] if i % 2 == 0 else _cf_even(ch)
    return chr(ord("A") + total % 26) == c[15]


def be_nn_ok(s: str) -> bool:
    d = _digits(s)
    if len(d) != 11:
        return False
    base, check = int(d[:9]), int(d[9:])
    return 97 - base % 97 == check  # born before 2000


def at_sv_ok(s: str) -> bool:
    d = _digits(s)
    if len(d) != 10:
        return False
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    check = sum(int(d[i]) * w[i] for i in range(10)) % 11
    return check != 10 and check == int(d[3])


def cz_rc_ok(s: str) -> bool:
    d = _digits(s)
    return len(d) == 10 and int(d) % 11 == 0


def no_fnr_ok(s: str) -> bool:
    d = [int(c) for c in _digits(s)]
    if len(d) != 11:
        return False

    def k(weights, digits):
        r = 11 - sum(w * x for w, x in zip(weights, digits)) % 11
        return 0 if r == 11 else r

    k1 = k([3, 7, 6, 1, 8, 9, 4, 5, 2], d[:9])
    k2 = k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], d[:10])
    return k1 == d[9] and k2 == d[10]


def cpf_ok(s: str) -> bool:
    d = [int(c) for c in _digits(s)]
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        r = sum(d[i] * (n + 1 - i) for i in range(n)) * 10 % 11 % 10
        if r != d[n]:
            return False
    return True


def nric_ok(s: str) -> bool:
    c = s.upper()
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", c)
    if not m:
        return False
    w = [2, 7, 6, 5, 4, 3, 2]
    total = sum(int(x) * y for x, y in zip(m.group(2), w))
    if m.group(1) in "TG":
        total += 4
    table = "JZIHGFEDCBA" if m.group(1) in "ST" else "XWUTRQPNMLK"
    return table[total % 11] == m.group(3)


def se_pnr_ok(s: str) -> bool:
    d = _digits(s)
    if len(d) == 12:
        d = d[2:]
    return len(d) == 10 and luhn_ok(d)


def pps_ok(s: str) -> bool:
    c = s.replace(" ", "").upper()
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", c)
    if not m:
        return False
    total = sum(int(m.group(1)[i]) * (8 - i) for i in range(7))
    if m.group(3) and m.group(3) != "W":
        total += (ord(m.group(3)) - ord("A") + 1) * 9
    r = total % 23
    return m.group(2) == ("W" if r == 0 else chr(ord("A") + r - 1))


def kvnr_ok(s: str) -> bool:
    c = s.upper()
    if not re.fullmatch(r"[A-Z]\d{9}", c):
        return False
    digits = f"{ord(c[0]) - ord('A') + 1:02d}" + c[1:9]
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (1 if i % 2 == 0 else 2)
        total += n // 10 + n % 10
    return total % 10 == int(c[9])


NID_SCHEMES = {
    "pps": pps_ok,
    "pnr": se_pnr_ok,
    "nric": nric_ok,
    "cpf": cpf_ok,
    "nofnr": no_fnr_ok,
    "czrc": cz_rc_ok,
    "atsv": at_sv_ok,
    "kvnr": kvnr_ok,
    "nhs": nhs_ok,
    "bsn": bsn_ok,
    "pesel": pesel_ok,
    "dni": dni_ok,
    "nir": nir_ok,
    "nifpt": nif_pt_ok,
    "sin": sin_ok,
    "steuerid": steuer_id_ok,
    "cf": codice_fiscale_ok,
    "benn": be_nn_ok,
}


def validator(tag: str):
    if tag == "CARD":
        return luhn_ok
    if tag == "IBAN":
        return iban_ok
    if "/" in tag:
        return NID_SCHEMES[tag.split("/", 1)[1]]
    return None


def fill_check(tag: str, raw: str) -> str:
    """Replace the ``?`` placeholders of a number with the digits that validate it."""
    ok = validator(tag)
    holes = raw.count("?")
    if not holes or ok is None:
        return raw
    alphabet = "0123456789"
    if tag.split("/")[-1] in ("dni", "cf", "pps", "nric"):
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    found = []
    if holes == 1:
        cands = [raw.replace("?", a) for a in alphabet]
    elif holes == 2:
        cands = [raw.replace("?", a, 1).replace("?", b, 1) for a in alphabet for b in alphabet]
    else:
        raise ValueError(raw)
    found = [c for c in cands if ok(c)]
    if len(found) != 1:
        raise ValueError(f"{tag} {raw!r}: {len(found)} candidates validate")
    return found[0]


# ---------------------------------------------------------------- parsing

MARK = re.compile(r"\[\[([A-Z]+(?:/[a-z]+)?):(.+?)\]\]|\{\{(.+?)\}\}", re.S)

EMAILS: list[dict] = []

PARTICLES = {"van", "von", "der", "den", "del", "dos", "das", "ter", "ten", "bin", "ibn"}

# the consultant's own name must be labelled wherever it appears
ALWAYS_NAMES = ["Daniel", "daniel", "Brandt", "Dan", "Danielu"]


def E(field: str, contacts: list[str], text: str) -> None:
    EMAILS.append({"field": field, "contacts": contacts, "raw": text})


def parse(raw: str):
    raw = raw.strip("\n") + "\n"
    out: list[str] = []
    pos = 0
    length = 0
    spans, keep = [], []
    for m in MARK.finditer(raw):
        chunk = raw[pos:m.start()]
        if "[[" in chunk or "]]" in chunk or "{{" in chunk or "}}" in chunk:
            raise ValueError(f"broken marker near {chunk[-60:]!r}")
        out.append(chunk)
        length += len(chunk)
        if m.group(1):
            tag, val = m.group(1), m.group(2)
            kind = KINDS[tag.split("/")[0]]
            val = fill_check(tag, val)
            ok = validator(tag)
            if ok is not None and not ok(val):
                raise ValueError(f"{tag} {val!r} does not validate")
            spans.append({"start": length, "end": length + len(val), "kind": kind, "text": val})
        else:
            val = m.group(3)
            keep.append({"start": length, "end": length + len(val), "text": val})
        out.append(val)
        length += len(val)
        pos = m.end()
    tail = raw[pos:]
    if "[[" in tail or "]]" in tail or "{{" in tail or "}}" in tail:
        raise ValueError(f"broken marker near {tail[:60]!r}")
    out.append(tail)
    return "".join(out), spans, keep


def check(rec: dict) -> None:
    text, spans, keep = rec["text"], rec["spans"], rec["keep"]
    rid = rec["id"]
    for s in spans + keep:
        assert text[s["start"]:s["end"]] == s["text"], (rid, s)
        assert s["text"] == s["text"].strip() and s["text"], (rid, s)
    items = sorted([(s["start"], s["end"]) for s in spans + keep])
    for (a0, a1), (b0, b1) in zip(items, items[1:]):
        assert a1 <= b0, (rid, "overlap", text[a0:a1], text[b0:b1])
    both = {s["text"] for s in spans} & {k["text"] for k in keep}
    assert not both, (rid, "span and keep", both)
    # every other occurrence of a span's text must be labelled as well
    covered = [(s["start"], s["end"]) for s in spans] + [(k["start"], k["end"]) for k in keep]
    probes = list(ALWAYS_NAMES)
    for s in spans:
        if s["kind"] == "DATE":
            continue
        probes.append(s["text"])
        if s["kind"] == "PERSON":
            probes += [t for t in re.findall(r"[\w'-]+", s["text"]) if len(t) >= 3 and t.lower() not in PARTICLES]
    for probe in sorted(set(probes)):
        for m in re.finditer(r"(?<!\w)" + re.escape(probe) + r"(?!\w)", text):
            if not any(a <= m.start() and m.end() <= b for a, b in covered):
                raise AssertionError(f"{rid}: unlabelled occurrence of {probe!r} at {m.start()}")
    words = len(re.findall(r"\S+", text))
    assert 60 <= words <= 350, (rid, "words", words)
    # the e-mail's own Date: header is not personal data
    if text.startswith("From:"):
        header = text[:text.index("\n\n")]
        at = header.find("\nDate:")
        if at >= 0:
            end = header.find("\n", at + 1)
            end = len(header) if end < 0 else end
            assert not any(at < s["end"] and s["start"] < end for s in spans), (rid, "Date header")


def build() -> list[dict]:
    recs = []
    for i, e in enumerate(EMAILS, 1):
        text, spans, keep = parse(e["raw"])
        rec = {
            "id": f"report4-{i:03d}",
            "field": e["field"],
            "contacts": e["contacts"],
            "text": text,
            "spans": spans,
            "keep": keep,
        }
        check(rec)
        recs.append(rec)
    return recs


# ---------------------------------------------------------------- e-mails


E("home-health", ["Marisol Ochoa"], """
From: [[P:Marisol Ochoa]] <[[EM:mochoa@sunridgehomehealth.com]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: HCHB tablets not syncing - urgent
Date: Tue, 3 Nov 2026 07:41:09 -0700

[[P:Daniel]],

Three of our field nurses can't sync visit notes in {{Homecare Homebase}} since yesterday afternoon. The app shows {{error 0x80072EE2}} and then just spins. It's the same on all three {{Galaxy Tab A8}} devices, so I doubt it's the tablets themselves.

The visits stuck on the devices are for [[P:Lorraine Whitfield]] (MRN [[MRN:SR-0048812]]) and [[P:Eugene Paltrow]], DOB [[D:04/17/1939]], who lives at [[AD:2210 Cottonwood Ln]], Mesa AZ [[PC:85203]]. [[P:Eugene]]'s daughter [[P:Trish]] calls every day and she will notice if the wound photos are missing.

The nurses are [[P:Kayla Brooks]], [[P:Jen Morrow]] and [[P:Abdi Warsame]]. [[P:Kayla]] is reachable on [[PH:480-555-0139]].

{{Ticket 44817}} with {{HCHB}} support is open but nobody has called back. Could you remote in today before {{2 pm}}?

[[P:Marisol Ochoa]]
Clinical Manager, {{Sunridge Home Health}}
""")

E("hospice", [], """
Hi [[P:Daniel]], quick one from {{Evergreen Hospice}}.

The {{Brother MFC-L8900CDW}} in the {{nurses' station}} keeps printing the fax cover sheet twice. It started after {{Windows 11 23H2}} went on. Not a huge deal but we go through paper fast.

The bigger issue: the fax that came in last night for our patient [[P:Walter Quintanilla]] (chart [[MRN:EH-22914]]) went to the old {{RightFax}} queue instead of the new one. His wife [[P:Bernadette]] had already faxed the signed DNR from her home number [[PH:(503) 555-0162]] and we only found it at {{7:30}} this morning. DOB on the form is [[D:11-02-1941]]; admitted [[D:Oct 29]].

Please check the routing rule for {{DID 5030}}. Our fax server is {{10.20.4.15}} if you need it for the firewall.

Thanks,
[[P:hope]] in intake
""")

E("dental", ["Dr. Farid Haddad"], """
From: [[P:Farid Haddad]] <[[EM:drhaddad@smilecraftdental.com]]>
To: [[EM:daniel@brandt-it.net]]
Subject: Dentrix won't open on op 3
Date: Wed, 4 Nov 2026 12:03:55 -0500

[[P:Daniel]] -

{{Dentrix G7.4}} on {{Operatory 3}} throws "{{Unable to connect to database (DTX-1045)}}" when it launches. Ops 1, 2 and 4 are fine. The {{Schick 33}} sensor also doesn't show up on that machine, so [[P:Nadia]] had to move my 2:30 patient, Mr. [[P:Okonkwo]], to op 1.

I don't want to lose the x-rays from this morning. They were for [[P:Celeste Barrow-King]], patient #[[MRN:48210]], and for a kid, [[P:Tyler Abernathy]] (DOB [[D:6/9/2017]]), whose mom [[P:Renata]] already emailed twice from [[EM:renata.abernathy77@gmail.com]] asking for copies for the orthodontist.

Our {{Henry Schein}} rep says it's a network issue, not theirs. Can you come by tomorrow? The office is at [[AD:1180 Peachtree Industrial Blvd, Suite 210]], Duluth GA [[PC:30097]].

[[P:Farid]]

-----Original Message-----
From: [[P:Nadia Petrosyan]] <[[EM:nadia@smilecraftdental.com]]>
Sent: Wednesday, November 4, 2026 11:20 AM
To: [[P:Farid Haddad]] <[[EM:drhaddad@smilecraftdental.com]]>
Subject: op 3 again

Dr. [[P:Haddad]], op 3 is down again, same message as last month. I moved [[P:Okonkwo]] to op 1 but we are double-booked there at {{3:15}} with [[P:Marisa Quintero]] and her son. Also [[P:Celeste]] asked whether she can get her x-rays on a USB stick, she is seeing a specialist on [[D:November 12]] and the specialist's office (Dr. [[P:Levinson]]) wants them before then. I told her we would email them to [[EM:celeste.bk@gmail.com]] but I wasn't sure that is allowed. The last time this happened [[P:Daniel]] said it was the switch in the closet, so maybe it's that again? I power-cycled it at {{11:05}} and nothing changed.

[[P:Nadia]]
""")

E("physiotherapy", ["Lena Vogt"], """
From: [[P:Lena Vogt]] <[[EM:l.vogt@physio-am-rhein.de]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: Theorg Terminbuch hängt / Kartenleser
Date: Thu, 5 Nov 2026 08:22:10 +0100

Hallo [[P:Daniel]],

seit dem Update auf {{Theorg 26.2}} hängt das Terminbuch jeden Morgen beim Start etwa fünf Minuten. Außerdem erkennt der Kartenleser {{Cherry ST-1506}} am Empfang die Gesundheitskarten nicht mehr, Fehlermeldung {{KT-0214}}.

Heute früh betraf das zum Beispiel Frau [[P:Hildegard Schönfelder]], geb. [[D:12.03.1948]], Versichertennummer [[MEM/kvnr:K48392017?]], und Herrn [[P:Yusuf Demirci]] aus der [[AD:Bahnhofstraße 17]], [[PC:53111]] Bonn. Wir mussten beide Rezepte von Hand erfassen.

[[P:jonas]] meinte, es könnte am neuen {{Fritz!Box 7590}} Router liegen, den die Telekom letzte Woche getauscht hat. Er arbeitet dienstags von zu Hause, seine IP ist [[IP:84.152.17.203]], falls du die für das {{VPN}} freischalten musst.

Kannst du am Freitag nach {{18 Uhr}} vorbeikommen? Ich bin unter [[PH:0228 5550 3317]] erreichbar.

Viele Grüße
[[P:Lena]]
{{Physiotherapie am Rhein}}
""")

E("psychotherapy", [], """
[[P:Daniel]], sorry for the long email.

I share the practice with [[P:Anneliese Ward]] and we both use {{SimplePractice}}. Since Monday the telehealth links for my 4pm and 5pm clients fail with "{{Session could not be started (code 3012)}}". My clients are understandably anxious when this happens.

Today it was [[P:R. Castellanos]] and [[P:Devon]] ([[P:Devon]]'s mother is on the account, Mrs. [[P:Patricia Lyle]], [[PH:+1 617 555 0148]]). I ended up calling both on my cell.

I'm on {{Chrome 131}} on a {{MacBook Air M2}}, home Wi-Fi. My IP when I checked whatismyip was [[IP:73.61.204.118]]. [[P:Anneliese]] is fine from the office.

Also, should the client intake PDFs be sitting in my Downloads folder? There are about 40 of them, e.g. "[[P:Gabriela Novak]] intake [[D:2026-09-14]].pdf". I'd rather they weren't on the laptop.

Thanks, and I {{will}} pay the October invoice ({{INV-2026-0187}}) this week.

[[P:Mara]]
""")

E("pharmacy", ["Sean Mulcahy"], """
From: [[P:Sean Mulcahy]] <[[EM:sean@mulcahyspharmacy.ie]]>
To: [[EM:daniel@brandt-it.net]]
Subject: label printer + one more thing
Date: Fri, 6 Nov 2026 10:15:44 +0000

Morning [[P:Daniel]],

The {{Zebra GK420d}} is printing labels about 3mm too low since the {{Helix}} update last night ({{build 5.11.0.412}}). Every label is cutting off the bottom line which is usually the patient's name, so today's labels for [[P:Brigid Fennelly]] and [[P:Pádraig Ó Súilleabháin]] had to be written by hand.

Second thing: a customer, Mrs. [[P:Conway]] at [[AD:14 Glenview Park]], Tallaght, Dublin [[PC:D24 X6K2]], says she got a text from us with somebody else's collection details. The SMS went from our {{Pharmax}} reminder module to [[PH:087 555 2931]]. Her own number should be [[PH:087 555 2913]] so maybe it's a typo, but can you check the send log?

Her PPS is on file as [[NID/pps:7012345?A]] if it helps you find her in the system, but please don't email it around.

Cheers,
[[P:Sean]]
""")

E("registry", ["Dr. Kwame Asante"], """
[[P:Daniel]],

For the cancer registry extract we send to the state each quarter: the {{SFTP}} upload to {{sftp.health.state.example}} ({{198.51.100.24}}, port {{22}}) failed with "{{Permission denied (publickey)}}". The key on the {{Windows Server 2019}} box hasn't changed as far as I know.

The file is {{REG_Q3_2026_v2.csv}}. I checked a couple of rows and they look right, for example:

[[MRN:TR-1180432]],[[P:HOLLOWAY]],[[P:JUNE]],[[D:19520808]],[[PC:43215]],C50.9
[[MRN:TR-1180447]],[[P:NGUYEN]],[[P:THANH]],[[D:19670130]],[[PC:43017]],C34.1

Deadline is {{November 15}}. Dr. [[P:Asante]] is on leave until the {{12th}}, so please work with me directly.

[[P:Priya Raman]]
Registry Data Coordinator
""")

E("clinical-lab", ["Tomasz Wierzbicki"], """
From: [[P:Tomasz Wierzbicki]] <[[EM:t.wierzbicki@diagnolab.pl]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: Drukarka kodów kreskowych i eksport wyników
Date: Mon, 9 Nov 2026 09:05:31 +0100

Dzień dobry Panie [[P:Danielu]],

od piątku drukarka etykiet {{Zebra ZD421}} w punkcie pobrań drukuje kody kreskowe, których czytnik w {{LIS Marcel 4.2}} nie odczytuje (błąd {{E-117}}). Rejestratorki wpisują numery ręcznie i już dwa razy doszło do pomyłki.

Przykład z wczoraj: pacjentka [[P:Zofia Krawczyk-Nowak]], PESEL [[NID/pesel:4805120378?]], ur. [[D:12 maja 1948]], zamieszkała [[AD:ul. Ogrodowa 14/3]], [[PC:31-155]] Kraków. Jej próbki dostały numer innego pacjenta, pana [[P:Bogdana Lisa]] (tel. [[PH:+48 601 555 214]]).

Druga sprawa: eksport wyników do {{e-Zdrowie P1}} zatrzymuje się po około 200 rekordach. Logi są na serwerze {{192.168.10.30}}.

Czy mógłby Pan przyjechać w środę rano? Kierowniczka, pani [[P:Ewa]], będzie od {{7:00}}.

Pozdrawiam
[[P:Tomasz]]
""")

E("care-home", [], """
hi [[P:daniel]]

the wifi in the {{East Wing}} is down again, the {{Ubiquiti}} access point near {{Room 14}} has the orange light. residents use it for video calls with family and mrs [[P:abernethy]]'s son [[P:graham]] has already phoned reception twice ([[PH:07700 900 431]]).

also the {{Nourish}} care app on the carers' phones logs people out every hour. [[P:bisi]] and [[P:marek]] were halfway through recording [[P:Doris Pennington]]'s fluid chart when it kicked them out. [[P:Doris]] is on close monitoring since her fall on [[D:the 2nd]] so we cannot have gaps.

we are at [[AD:The Willows, 3 Mill Lane]], Hexham [[PC:NE46 3RA]] if you want to come out, the code for the door is {{4471}}.

thanks
[[P:Sue]] (deputy manager)
""")

E("school-nurse", ["Kimberly Dunn"], """
Hi [[P:Daniel]],

[[P:Kimberly]] from {{Lakeview Elementary}}'s health office. The {{PowerSchool}} health module is showing the wrong allergy alert for a student. [[P:Aiden Marchetti]] (grade 2, student ID [[MRN:204417]], DOB [[D:March 3, 2018]]) is showing "none" when he has a documented peanut allergy and an {{EpiPen}} on file. His dad [[P:Luca Marchetti]] called this morning from [[PH:(612) 555-0194]] because the lunch roster printout didn't flag him.

I suspect the import from the district's {{SchoolMessenger}} sync on {{Oct 30}} overwrote it. There might be others; I spot-checked [[P:Maya Lindqvist]] and [[P:Jaylen Brooks-Harris]] and they look OK.

Also my printer in the {{health office}} ({{HP LaserJet M404n}}) prints blank pages about half the time.

I'm here until {{3:15}}. Thanks!
[[P:Kim Dunn]], RN
""")

E("veterinary", ["Dr. Carla Brennan"], """
From: [[P:Carla Brennan]] <[[EM:carla@oakhollowvet.com]]>
To: [[EM:daniel@brandt-it.net]]
Subject: Cornerstone slow + card reader declined
Date: Tue, 10 Nov 2026 16:48:02 -0600

Hi [[P:Daniel]],

{{Cornerstone 9.6}} has been crawling all afternoon, especially opening medical notes. Took 40 seconds to pull up {{Biscuit}}'s chart (the diabetic beagle), owner [[P:Harlan Tofte]], client account [[ACC:CL-009817]].

Also the {{Clover}} terminal at the front desk declined a card three times that worked fine at the gas station, per the client. It was Mrs. [[P:Tofte]]'s Visa ending in [[CARD:4716 2084 3391 552?]]; she read me the whole number over the phone because she was upset, so I wrote it on a sticky note, which I've since shredded. I know, I know.

We also have {{Mochi}} and {{Duke}} boarding this week and the kennel cam ({{Wyze}}) is offline, which the owners pay for.

Server is the {{Dell T340}} in the {{back office}}. [[P:Rick]] rebooted it at {{1:10}} but no change.

[[P:Carla]]
""")

E("payroll", ["Gwen Albright"], """
[[P:Daniel]],

Our payroll run in {{ADP Workforce Now}} is due {{Thursday}} and two direct deposits bounced back with "{{R03 - No account/unable to locate}}". Can you check whether the bank file export from {{QuickBooks Desktop 2024}} is mangling leading zeros?

Employee 1: [[P:Rosario Delgado]], routing [[ACC:071000013]], account [[ACC:0048822193]]
Employee 2: [[P:Terrence "TJ" Wallace]], routing [[ACC:021000021]], account [[ACC:000731266004]]

[[P:TJ]]'s SSN on the W-4 is [[SSN:512-48-7730]] and [[P:Rosario]]'s is [[SSN:430-91-2268]], in case the bank asks. I'd rather you called me than put those in an email reply: [[PH:(312) 555-0177]].

The export template is {{NACHA_v3.iif}}, last changed in {{2023}}.

Thanks,
[[P:Gwen]]
{{Albright & Pell Staffing}}

> From: [[P:Rosario Delgado]] <[[EM:rosariodelgado.chi@gmail.com]]>
> Sent: Monday, November 9, 2026 7:02 AM
> To: [[EM:payroll@albrightpell.com]]
> Subject: my pay did not come in
>
> Hi [[P:Gwen]], my deposit did not come on {{Friday}} and my rent is due. My bank ({{Chase}}) says nothing was sent to my account. I did not change anything since I started in {{March}}. Can you please check and call me at [[PH:773-555-0148]]? I am working at the Elmhurst client site this week, the supervisor there is Mr. [[P:Novak]] if you need to reach me during the day. Thank you, [[P:Rosario]]
""")

E("insurance-broker", ["Nikhil Bose"], """
From: [[P:Nikhil Bose]] <[[EM:nikhil@harborlinebenefits.com]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: Outlook rules + a client file on the wrong share
Date: Wed, 11 Nov 2026 09:30:00 -0500

Hey [[P:Daniel]],

Two things.

1) {{Outlook}} keeps moving carrier renewal emails into Junk even though I added {{aetna.com}} and {{uhc.com}} to Safe Senders. Version is {{Microsoft 365 Apps 2410 (Build 18129.20158)}}.

2) [[P:Marcy]] saved a client enrollment spreadsheet on the public {{\\\\fs01\\Shared}} folder by mistake. It has the whole family for [[P:Oliver]] and [[P:Danielle Pruitt]], member IDs [[MEM:W294103375]] and [[MEM:W294103376]], policy [[MEM:HPX-66120-03]], plus their address [[AD:98 Beacon Hill Rd]], Nashua NH [[PC:03062]]. Can you check the access log for who opened it? The group number {{GRP 771204}} is ours, that's fine.

Our office firewall is the {{SonicWall TZ370}} at {{203.0.113.77}}.

[[P:Nik]]
""")

E("law-firm", ["Caroline Weiss"], """
[[P:Daniel]],

The {{NetDocuments}} plug-in for Word is gone again on [[P:Caroline]]'s and [[P:Anthony]]'s machines after last night's {{Office}} update. I'm writing on [[P:Caroline]]'s behalf, she's in court all day.

Specifically we need the matter for Estate of [[P:Harold J. Kimura]] working by tomorrow, the executor Ms. [[P:Naomi Kimura-Reyes]] is coming in at {{10:00}}. Her driver's licence was scanned into the matter folder (CA DL [[LIC:B4471920]]) and the scanner software ({{PaperPort 14}}) asked for a licence key at the same time, so it might be related.

The firm is {{Weiss Alvarez LLP}}, matter {{2026-0419}}, invoice {{WA-11872}} is for your last visit and has been approved.

Best,
[[P:Jordan Pike]]
Office Manager
""")

E("accounting", ["Hélène Marchand"], """
From: [[P:Hélène Marchand]] <[[EM:h.marchand@cabinet-marchand.fr]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: Sauvegarde NAS en échec + poste de [[P:Julien]]
Date: Thu, 12 Nov 2026 11:02:47 +0100

Bonjour [[P:Daniel]],

La sauvegarde nocturne du {{Synology DS920+}} échoue depuis trois nuits avec le code {{0x8007045D}}. {{Hyper Backup}} indique que la tâche « {{Clients_2026}} » s'arrête vers 2 h du matin.

Dans ce dossier il y a notamment le bilan de M. [[P:Gérard Lemoine]] (né le [[D:3 février 1957]], n° de sécurité sociale [[NID/nir:1 57 02 75 114 038 ??]]) et les relevés de Mme [[P:Fatou Diallo]], IBAN [[IBAN:FR?? 3000 4028 3700 0104 5678 923]]. Je ne veux surtout pas perdre ces données.

Autre point : le poste de [[P:Julien]] ne trouve plus l'imprimante {{Canon iR-ADV C3826}}. Il travaille de chez lui le vendredi, adresse IP [[IP:90.112.48.7]], au [[AD:12 rue des Tanneurs]], [[PC:67000]] Strasbourg.

Vous pouvez me joindre au [[PH:03 88 55 21 47]].

Cordialement,
[[P:Hélène Marchand]]
{{Cabinet Marchand Expertise}}
""")

E("property-management", [], """
Hi [[P:Daniel]] — [[P:Bill]] from the office here. Not the {{bill}} you sent, that one's paid.

{{AppFolio}} keeps timing out when we upload lease PDFs bigger than 10 MB. Error is "{{413 Request Entity Too Large}}". Came up today with the lease for unit {{4B}} at [[AD:775 Orchard St]]: tenants [[P:Keisha]] and [[P:Marcus Lowell]], move-in [[D:December 1]]. They emailed the signed copy from [[EM:keishalowell@outlook.com]].

Also the gate camera at the lot recorded a car parked in the fire lane all weekend, plate [[PL:8KXR241]], which I think belongs to the tenant in {{2A}}, [[P:Dmitri Orlov]]. Can you pull the footage from the {{Hikvision NVR}} ({{192.168.1.64}}) for {{Saturday}} and {{Sunday}}?

Thanks,
[[P:Bill Tran]]
{{Cedar Gate Property Management}}
""")

E("non-profit", ["Ruth Abiodun"], """
[[P:Daniel]],

The donor database ({{Bloomerang}}) export to {{Mailchimp}} duplicated about 300 contacts overnight. Before you ask, nobody changed the sync settings. I noticed because [[P:Gordon Feltz]] got our year-end appeal three times at [[EM:gfeltz1947@comcast.net]] and called to complain from [[PH:919.555.0126]].

A few of our recurring donors are also in the duplicates with their card on file. One record shows [[P:Amparo Villanueva]], Mastercard [[CARD:5425 2334 3010 910?]], exp 09/28. That should never be visible in Mailchimp. Can you check whether the card field is mapped?

Volunteers [[P:hope]] and [[P:grant]] are helping me clean up but I don't want them touching anything until you've looked.

[[P:Ruth]]
{{Triangle Food Share}}
""")

E("manufacturing", ["Pieter de Vries"], """
From: [[P:Pieter de Vries]] <[[EM:pieter@devries-metaal.nl]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: VPN werkt niet meer voor [[P:Sanne]]
Date: Mon, 16 Nov 2026 07:58:12 +0100

Hoi [[P:Daniel]],

[[P:Sanne Bakker]] van de planning kan sinds vrijdag niet meer inloggen op de {{FortiClient}} VPN. Ze krijgt "{{Credential or SSL VPN configuration is wrong (-7200)}}". Ze werkt thuis in [[AD:Lindenlaan 42]], [[PC:3451 BK]] Vleuten, haar thuis-IP is [[IP:83.84.211.19]].

Ook belangrijk: de salarisadministratie wil haar BSN [[NID/bsn:12345672?]] bijwerken in {{AFAS Profit}} maar het veld is grijs. Dat zal wel een rechtenkwestie zijn.

En de {{Exact Online}} koppeling met onze {{TRUMPF TruLaser}} planning geeft {{foutcode 5021}}. Die server staat op {{10.0.8.12}}.

Bel me even op [[PH:06 1234 5678]] als je tijd hebt.

Groet,
[[P:Pieter]]
{{De Vries Metaal B.V.}}
""")

E("home-health", [], """
[[P:daniel]] the fax portal is doing it again. {{eFax Corporate}} says our number is over the page limit but we've barely sent anything this month.

the referrals waiting are for [[P:Loretta Simms]] (DOB [[D:2/14/45]]), Mr. [[P:Abernathy]] (no relation to the dentist kid lol) and [[P:Chen Wei-Ling]] at [[AD:88 Harbor View Dr Apt 12C]]. [[P:Chen]]'s Medicare number is [[MEM:1EG4-TE5-MK72]] and the referring office needs it back confirmed today.

our intake line is {{1-800-555-0199}} if the hospital calls you by mistake again.

- [[P:kris]]
""")

E("dental", ["Ana Lúcia Ferreira"], """
From: [[P:Ana Lúcia Ferreira]] <[[EM:ana.ferreira@clinicasorriso.pt]]>
To: [[EM:daniel@brandt-it.net]]
Subject: Software de faturação não emite faturas
Date: Tue, 17 Nov 2026 14:20:05 +0000

Olá [[P:Daniel]],

Desde ontem o {{PHC CS}} não consegue comunicar as faturas à {{AT}}, dá o erro "{{Certificado inválido (cód. 401)}}". Temos umas 20 faturas pendentes, por exemplo a da Sra. [[P:Maria do Carmo Teixeira]], NIF [[NID/nifpt:21854796?]], consulta de [[D:12/11/2026]].

Outra coisa: o raio-X panorâmico ({{Planmeca ProMax}}) não envia as imagens para o computador do Dr. [[P:Rui Sampaio]]. A paciente de ontem, [[P:Inês Cardoso]], nascida a [[D:5 de agosto de 1990]], precisa das imagens para o implante.

A clínica fica na [[AD:Rua de Santa Catarina 512]], [[PC:4000-446]] Porto. O meu telemóvel é [[PH:+351 912 555 834]].

Obrigada,
[[P:Ana Lúcia]]
""")

E("physiotherapy", [], """
Hi [[P:Daniel]],

Can you set up the new receptionist? Her name is [[P:Summer Okafor]], starting {{Monday}}. She needs {{Microsoft 365}} ({{Business Standard}}), access to {{Cliniko}} with the front desk role, and the shared {{Reception}} mailbox.

Her personal email for the invite is [[EM:summer.okafor93@gmail.com]], mobile [[PH:0412 555 318]]. Her start paperwork lists [[AD:6/22 Kingsford Ave]], Brunswick [[PC:3056]] and a tax file number which I've NOT included here.

Also please remove [[P:Lachlan]], his last day was {{Friday}}.

Cheers,
[[P:Mark]] — and yes, please {{mark}} the old laptop for disposal.
""")

E("psychotherapy", ["Dr. Ines Kowalczyk"], """
From: [[P:Ines Kowalczyk]] <[[EM:praxis@kowalczyk-psychotherapie.at]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: Signal am Praxishandy / Backup
Date: Wed, 18 Nov 2026 19:12:40 +0100

Lieber [[P:Daniel]],

mein Praxishandy ({{iPhone 13}}) hat nach dem Update auf {{iOS 18.1}} die verschlüsselten Backups verloren. Ich hatte dort die Notizen zu zwei Klient:innen, die ich dringend brauche: [[P:Matthias Gruber]] (Sitzung am [[D:Montag, 16.11.]]) und [[P:Sophie Eder]].

Die Mutter von Frau [[P:Eder]], Frau [[P:Brigitte Eder]], hat mir gestern vom Festnetz [[PH:+43 1 555 82 19]] geschrieben, ob die Rechnung über die {{ÖGK}} läuft. Ihre Sozialversicherungsnummer steht auf dem Formular: [[NID/atsv:123? 010180]].

Bitte keine Cloud-Lösung, die Daten sollen in Österreich bleiben. Der Praxis-NAS ist ein {{QNAP TS-253D}}, Firmware {{QTS 5.1.8}}.

Termine: Donnerstag ab {{15:00}} oder Samstag vormittags.

Herzliche Grüße
[[P:Ines]]
""")

E("pharmacy", [], """
[[P:Daniel]], {{PioneerRx}} is asking for a re-login every 15 minutes on the counseling station. It's version {{2026.3.1}}. Really annoying during flu clinic.

Also we had an IMPORTANT one: the {{Omnicell}} cabinet printed a pick list with the wrong patient. It said [[P:Gilbert Anaya]], Rx [[MRN:RX 7720158]], but the bag was for [[P:Yolanda Pruitt]], Rx [[MRN:RX 7720185]]. Same last four digits mixed up basically. [[P:Yolanda]]'s insurance is {{Express Scripts}}, member ID [[MEM:XSP902281447]], BIN {{003858}}, PCN {{A4}}.

Store phone is [[PH:(520) 555-0144]]. I'm here till close ({{9pm}}).

[[P:Ray]]
{{Desert Bloom Pharmacy}}
""")

E("clinical-lab", ["Graciela Montes"], """
Hola [[P:Daniel]]:

Te escribo porque la interfaz {{HL7}} entre nuestro {{LIS Modulab}} y el {{HIS}} del hospital se ha caído esta mañana a las {{6:40}}. Los mensajes {{ORU^R01}} se quedan en la cola del {{Mirth Connect 4.4}} con el error "{{Connection refused}}". El servidor del hospital es {{172.16.40.21}}, puerto {{6661}}.

Hay resultados críticos pendientes, entre ellos los de la paciente [[P:Carmen Ruiz Ibáñez]], DNI [[NID/dni:52879314?]], historia clínica [[MRN:HC-0038817]], nacida el [[D:23/07/1961]]. Su médico, el Dr. [[P:Álvaro Moreno]], ha llamado dos veces desde el [[PH:+34 915 55 47 12]].

Por favor, llámame al móvil [[PH:655 55 31 20]] cuando lo veas.

Un saludo,
[[P:Graciela Montes]]
{{Laboratorio Análisis Clínicos Montes}}
""")

E("care-home", ["Mthunzi Ndlovu"], """
From: [[P:Mthunzi Ndlovu]] <[[EM:mthunzi@riversidelodge.co.uk]]>
To: [[EM:daniel@brandt-it.net]]
Subject: nurse call system + new starter
Date: Thu, 19 Nov 2026 13:55:19 +0000

Hi [[P:Daniel]],

The {{Aid Call}} nurse call panel is showing "{{Comms fault 12}}" for rooms 20-24. Staff are doing hourly checks by hand in the meantime. Room 22 is Mr. [[P:Alfred Haines]], he's on falls watch since [[D:12th November]] and his NHS number is [[NID/nhs:943 476 591?]], in case you need it for the incident log, which I hope you don't.

New starter [[P:Precious Moyo]] needs a login for {{PCS}} (Person Centred Software). Her DBS check came through and she starts [[D:Monday 23rd]].

Our phone system ({{Gamma Horizon}}) also drops calls transferred to the manager's office.

Cheers,
[[P:Mthunzi]]
Registered Manager, {{Riverside Lodge}}
""")

E("school-nurse", [], """
[[P:Daniel]] - sorry to bother you again. The glucose monitor app on the nurse's office iPad stopped receiving readings from one of our students' {{Dexcom G7}} sensors. Student is [[P:Harper Quinlan]], 5th grade. Her receiver serial is [[DEV:PG83KQ4712]] and her phone (which her parents manage) is the one the follow alerts go to. Mom is [[P:Tessa Quinlan]], [[PH:(720) 555-0182]], [[EM:tessaq@icloud.com]].

The iPad is on the district Wi-Fi ({{LPS-Staff}}). {{Jamf}} might be blocking Bluetooth? This started after the {{Jamf Pro 11.9}} profile push on {{Tuesday}}.

[[P:Harper]] has a field trip on [[D:Nov 24]] and I need it working before then.

Thanks so much,
[[P:Renee]] (school nurse, {{Aspen Ridge Middle}})
""")

E("veterinary", [], """
Bonjour [[P:Daniel]],

Petit souci à la clinique : le logiciel {{Vetup}} n'arrive plus à imprimer les ordonnances sur l'imprimante {{Brother HL-L2350DW}}. Message : « {{Spooler error 0x00000709}} ».

Ce matin c'était pour {{Filou}}, le chat de Mme [[P:Odile Carpentier]] (dossier client [[ACC:C-14728]]), qui habite [[AD:8 chemin des Vignes]], [[PC:69390]] Vourles. Elle attendait avec son chat dans la salle d'attente…

Aussi, le téléphone {{3CX}} de la réception sonne une fois puis raccroche. Notre numéro public est le {{04 72 31 00 00}}.

Merci d'avance,
[[P:Claire]] — Clinique vétérinaire {{Les Tilleuls}}
""")

E("payroll", ["Francesca Bellini"], """
From: [[P:Francesca Bellini]] <[[EM:f.bellini@studiobellini-paghe.it]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: Cedolini di novembre - errore invio
Date: Fri, 20 Nov 2026 17:31:08 +0100

Ciao [[P:Daniel]],

il programma paghe ({{Zucchetti Paghe Project}} versione {{12.40}}) non riesce a inviare i cedolini via PEC: errore "{{SMTP 554 5.7.1}}". Sono circa 60 dipendenti di tre clienti diversi.

Ti segnalo un caso in particolare perché il dipendente ha chiamato arrabbiato: [[P:Giuseppe Esposito]], codice fiscale [[NID/cf:SPSGPP80A01F839?]], IBAN per l'accredito [[IBAN:IT?? X054 2811 1010 0000 0123 456]]. Dice di non aver ricevuto nemmeno il cedolino di ottobre.

Poi la collega [[P:Chiara]] lavora da casa il mercoledì da [[AD:Via Garibaldi 21]], [[PC:20121]] Milano, e la VPN si disconnette ogni mezz'ora.

Mi chiami al [[PH:+39 347 555 2810]]?

Grazie,
[[P:Francesca]]
""")

E("insurance-broker", [], """
[[P:Dan]],

Quick favour. The quoting tool ({{EZLynx}}) is rejecting a driver on an auto quote with "{{MVR lookup failed - invalid license format}}". The driver is [[P:Dwayne Castellano]], TX DL [[LIC:40918233]], DOB [[D:08/30/1988]], vehicle plate [[PL:NDX-4471]]. His wife [[P:Lupe]] is on the policy too, her DL is [[LIC:27736120]].

I think {{EZLynx}} changed the field format in the last release ({{v5.3}}). Other carriers ({{Progressive}}, {{Safeco}}) quote fine, it's just {{Travelers}}.

Also, can you set up my new phone? It's a {{Pixel 9}}, IMEI [[DEV:35 209814 736502 1]], and I'd like the {{Intune}} company portal on it.

Thx
[[P:Cody]]
""")

E("law-firm", ["Marguerite Okoye"], """
From: [[P:Marguerite Okoye]] <[[EM:mokoye@okoyelegal.com]]>
To: [[EM:daniel@brandt-it.net]]
Subject: Clio / document assembly broken
Date: Mon, 23 Nov 2026 08:47:33 -0500

Good morning [[P:Daniel]],

{{Clio Manage}}'s document automation stopped filling in client fields as of this morning. Every template comes out with "{{<<Client.Name>>}}" literally in the document. This is blocking three filings today.

The one I need first is the custody petition for [[P:Alexis Morgan-Tate]], child [[P:Jordan Morgan-Tate]] (DOB [[D:January 9, 2015]]). Opposing counsel's office is emailing me at [[EM:marguerite.okoye@gmail.com]] because our domain bounced last week, which I'd also like you to look at.

Client's SSN is in the file as [[SSN:229-55-8163]] but please just check the template mapping, don't open the matter.

The court e-filing portal is {{File & ServeXpress}}, and our account there is under the firm, {{Okoye Legal PLLC}}.

Regards,
[[P:Marguerite]]
""")

E("accounting", [], """
Hi [[P:Daniel]],

Tax season prep: I need {{Drake Tax 2026}} installed on the two new workstations ({{ACCT-05}} and {{ACCT-06}}) before [[P:Rhonda]] and [[P:Vikram]] start in January.

Separately, {{SmartVault}} shows a shared link that was created for a client and never expired: [[URL:https://my.smartvault.com/share/u/lgarza-1040-2025-Kq7Tz]]. It's [[P:Leticia Garza]]'s 1040 packet including her W-2 and her husband [[P:Ramon]]'s SSN ([[SSN:603-21-9947]]). Can you kill the link and check the access log?

Office address for the delivery of the workstations: {{Garza & Hale CPAs}}, [[AD:4100 N Mesa St, Suite 300]], El Paso TX [[PC:79902]]. Deliveries after {{8:30}}.

Thanks,
[[P:Hal]]
""")

E("property-management", ["Agnieszka Zielińska"], """
Dzień dobry,

piszę w sprawie systemu do zarządzania wspólnotą ({{Domiporta Manager}}). Od poniedziałku nie wysyła powiadomień SMS do lokatorów. Dostawca mówi, że to problem z naszym kontem {{SMSAPI}}.

Skarga przyszła od pana [[P:Krzysztofa Wójcika]], [[AD:ul. Lipowa 8 m. 12]], [[PC:02-511]] Warszawa, tel. [[PH:512 555 908]]. Nie dostał informacji o wyłączeniu wody w [[D:czwartek 19 listopada]].

Druga sprawa: lokatorka [[P:Halina Mazur]] poprosiła o zmianę numeru rachunku do zwrotu kaucji na [[IBAN:PL?? 1090 1014 0000 0712 1981 2874]]. Proszę sprawdzić, czy import przelewów z {{mBank}} działa.

Dziękuję,
[[P:Agnieszka Zielińska]]
Administrator, {{Wspólnota Mieszkaniowa Pod Lipami}}
""")

E("non-profit", ["Ama Owusu"], """
From: [[P:Ama Owusu]] <[[EM:ama@eastsidetenantsunion.org]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: Google Workspace - shared drive permissions
Date: Tue, 24 Nov 2026 10:04:51 -0800

Hi [[P:Daniel]],

We found that our "Intake 2026" shared drive in {{Google Workspace}} was set to "anyone with the link". It contains the intake forms for tenants we help with eviction defence, for example [[P:Rosa Elena Cuevas]] at [[AD:1532 W 7th St, Apt 4]], Los Angeles [[PC:90017]], DOB [[D:1979-03-22]], and [[P:Tyrone Beasley]], [[PH:213-555-0113]].

One of our volunteers, [[P:Will]], noticed it when a link he shared with his personal account ([[EM:will.hendricks.la@yahoo.com]]) still opened after we removed him. Can you lock it down and tell us who accessed it?

We're a tiny org, so this {{will}} need to fit in the donated hours if possible.

Thanks,
[[P:Ama]]
""")

E("manufacturing", [], """
[[P:Daniel]],

the {{Epicor Kinetic}} client on the shop floor PCs is asking for an update to {{2025.1.8}} and the floor guys don't have admin rights. {{Job 48812}} is waiting on it.

Also, one of our machinists, [[P:Rudy Kowalski]], hurt his hand on {{Press 3}} yesterday. HR needs the incident report scanned into his file, but the {{Ricoh IM C3000}} scan-to-folder fails with "{{SMB connection error (0x2002)}}". The report has his employee ID [[ACC:E-20418]], DOB [[D:7/11/1974]] and his workers' comp claim number [[MEM:WC-26-0031874]].

Our plant manager [[P:Bonnie Shaw]] wants it done before the insurance adjuster calls, [[PH:(616) 555-0171]] is her direct line.

[[P:Greg]]
{{Hollins Precision Tool}}
""")

E("hospice", ["Dr. Emeka Obi"], """
From: [[P:Emeka Obi]] <[[EM:eobi@lightpathhospice.org]]>
To: [[EM:daniel@brandt-it.net]]
Subject: WellSky login loops
Date: Wed, 25 Nov 2026 06:58:14 -0600

[[P:Daniel]], good morning.

On-call last night I couldn't get into {{WellSky Hospice}} from home. The login page kept looping back with "{{AADSTS50076}}". My home IP is [[IP:68.102.55.231]] if the conditional access policy blocked it.

I needed the med list for [[P:Lillian Marsh]] (MRN [[MRN:LP-203318]]), who died at {{02:40}} on [[D:11/25]]. I had to phone the facility, [[PH:(918) 555-0151]], to get the time right for the certificate. Her son [[P:Curtis Marsh]] is the contact for the family.

Please also set up the on-call phone forwarding in {{RingCentral}} so it rings my cell [[PH:918-555-0198]] rather than the office line.

[[P:Emeka]]
""")

E("dental", [], """
Goedemorgen [[P:Daniel]],

Bij ons in de praktijk werkt {{Exquise}} sinds de update van vrijdag ({{versie 8.3.2}}) niet meer samen met de intra-orale camera. Bovendien zien we bij de patiëntenkaart van mevrouw [[P:Annemiek Janssen-Bos]] (geb. [[D:14-09-1983]], patiëntnummer [[MRN:0071452]]) een röntgenfoto van iemand anders, volgens mij van dhr. [[P:Hendriks]].

Kun je ook even naar de declaraties kijken? {{Vecozo}} weigert de batch van {{oktober}} met melding {{VZ-3021}}. Het gaat om onder andere [[P:Bram Visser]], BSN [[NID/bsn:11122233?]], verzekerd bij {{Zilveren Kruis}} onder nummer [[MEM:184403921]].

Ik ben bereikbaar op [[PH:+31 20 555 1234]] of op mijn mobiel [[PH:06-42 55 17 80]].

Met vriendelijke groet,
[[P:Femke van Dijk]]
{{Tandartspraktijk De Parel}}
""")

E("physiotherapy", ["Olusegun Adeyemi"], """
Hey [[P:Daniel]],

Need help with the {{Jane App}} payments. A patient's card keeps declining at online booking but works in clinic on the {{Square}} terminal. Patient is [[P:Noor Al-Khatib]], she booked for [[D:Thurs 26th]] at {{4:15}}. She sent a screenshot showing her card, which I'm not forwarding, and she read out the number to [[P:Priscilla]] at the desk: [[CARD:4520 8812 6640 317?]]. [[P:Priscilla]] wrote it into the booking note, which I deleted.

Also, I'm now working two days from the second clinic at [[AD:210 Queen St E]], Toronto, ON [[PC:M5A 1S2]] and need the {{Cliniko}} — sorry, {{Jane}} — desktop shortcut there too.

Thanks,
[[P:Segun]]
""")

E("pharmacy", ["Katarzyna Lewandowska"], """
From: [[P:Katarzyna Lewandowska]] <[[EM:apteka.lewandowska@wp.pl]]>
To: [[EM:daniel@brandt-it.net]]
Subject: e-recepta nie działa
Date: Thu, 26 Nov 2026 12:12:12 +0100

Panie [[P:Danielu]],

od rana system {{KS-AOW}} nie realizuje e-recept, pojawia się komunikat "{{Błąd P1: brak połączenia z SIM}}". Pacjenci czekają w kolejce.

Przykładowo pani [[P:Janina Kowalska]], PESEL [[NID/pesel:5203140812?]], miała receptę na insulinę wystawioną [[D:24.11.2026]] i musiała wyjść bez leku. Jej syn [[P:Marcin]] dzwonił już z numeru [[PH:+48 22 555 41 09]].

Czytnik kart {{Gemalto}} też czasem nie widzi certyfikatu ZUS.

Proszę o pilny kontakt,
[[P:Kasia]]
""")

E("registry", [], """
[[P:Daniel]],

The immunisation registry ({{ImmPact}}) rejected our nightly {{VXU}} batch with "{{ACK AE - PID-3 invalid}}". I pulled the first failing message, PID segment below:

PID|1||[[MRN:MR00918274]]^^^CLINIC^MR||[[P:DOUCETTE]]^[[P:AMELIE]]^[[P:R]]||[[D:20220514]]|F|||[[AD:17 BIRCH HILL RD]]^^PORTLAND^ME^[[PC:04103]]||[[PH:2075550167]]

Looks like the MRN format changed after the {{athenaOne}} upgrade, the registry expects 8 digits. There are 44 messages stuck. Batch id {{VXU-20261126-02}}.

Can you fix the {{Rhapsody}} mapping or tell me who should?

[[P:Paulette]]
{{Casco Bay Pediatrics}}
""")

E("clinical-lab", ["Brian O'Neill"], """
[[P:Daniel]] — we're moving the lab's {{Sysmex XN-1000}} analyser PC to the new VLAN tomorrow and I need you to open the firewall from {{10.50.2.0/24}} to the middleware server at {{10.50.1.40}} on {{TCP 5150}}.

While you're in there: the courier tablet ({{Samsung Galaxy Tab Active4}}, serial [[DEV:R9TW30KLQ5M]]) belongs to our driver [[P:Gustavo Pena]] and he says it won't update. He's on the road most days, his cell is [[PH:(405) 555-0123]].

Specimens picked up today include [[P:Opal Whitcomb]] (accession [[MRN:26-331-0042]], DOB [[D:9/3/1950]]) whose result will be late because of this.

Thanks,
[[P:Brian]]
""")

E("care-home", [], """
Bonjour [[P:Daniel]],

Nous avons un problème avec les bracelets anti-fugue de l'EHPAD. Le système {{Ascom}} ne reconnaît plus le bracelet de M. [[P:Lucien Aubert]] (chambre {{112}}), numéro de série [[DEV:BR-77014-Z]]. Il a déjà tenté de sortir [[D:mardi soir]].

Sa fille, Mme [[P:Sylvie Aubert-Roux]], joignable au [[PH:06 12 55 84 39]] ou à [[EM:sylvie.aubertroux@orange.fr]], voudrait un rapport d'incident.

Le logiciel de soins {{NetSoins}} affiche aussi une erreur {{NS-500}} au démarrage sur le poste infirmier.

Bien cordialement,
[[P:Nathalie Girard]], cadre de santé
{{Résidence Les Glycines}}
""")

E("school-nurse", ["Deborah Kline"], """
From: [[P:Deborah Kline]] <[[EM:dkline@westbrookschools.org]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: SNAP health module + Medicaid billing export
Date: Fri, 27 Nov 2026 09:40:22 -0500

Hi [[P:Daniel]],

Our district bills Medicaid for some school nursing services, and the export from {{SNAP Health Center}} to the billing vendor failed. The file has lines like:

[[P:Rodriguez, Camila]] | [[D:04/02/2013]] | Medicaid [[MEM:MA448120937]] | {{T1001}} | [[D:10/14/2026]]
[[P:Okeke, Chidi]] | [[D:11/19/2012]] | Medicaid [[MEM:MA448119266]] | {{T1001}} | [[D:10/15/2026]]

The vendor says the date format is wrong and wants YYYYMMDD. Is that something you can change in the export profile?

Also, [[P:Camila]]'s mom [[P:Yesenia]] asked for her daughter's immunization record by email. Is it OK to send it from my school account, or should it go through the portal?

Thanks,
[[P:Deb]]
""")

E("veterinary", ["Hannah Lindgren"], """
Hi [[P:Daniel]],

The {{ezyVet}} reminders are going out with the wrong pet names. {{Luna}} the cat's reminder went to the owner of {{Luna}} the labrador, so two clients got each other's vaccine reminders. Owners are [[P:Siobhan Carroll]] ([[EM:siobhan.carroll@btinternet.com]]) and [[P:Ahmed Rashid]] ([[PH:07911 555 623]]).

I suspect the merge of duplicate client records we did on [[D:the 20th]]. [[P:Ahmed]]'s address is still showing as [[AD:41 Whitby Road]], [[PC:YO21 3JZ]] but he moved last year.

Also could you look at why the {{IDEXX VetConnect PLUS}} results don't attach to the patient record anymore?

[[P:Hannah]]
""")

E("payroll", [], """
From: [[P:Rebecca Stahl]] <[[EM:payroll@millerandsonsplumbing.com]]>
To: [[EM:daniel@brandt-it.net]]
Subject: Gusto sync + new hire paperwork
Date: Mon, 30 Nov 2026 08:05:00 -0600

Hi [[P:Daniel]],

{{Miller & Sons Plumbing}} here ([[P:Rebecca]] in the office). {{Gusto}} stopped syncing hours from {{Jobber}} on {{Friday}}, error "{{Integration token expired}}". I re-authorized but nothing came over.

Also we hired two apprentices and I scanned their I-9s on the {{Epson WorkForce}}, but the scans went to the shared inbox instead of my folder. They contain:

[[P:Cole Hagen]], SSN [[SSN:478-20-6613]], DOB [[D:02/28/2004]], driver's license [[LIC:H250-418-04-068-0]]
[[P:Mateo Ruelas]], SSN [[SSN:489-77-1042]], DOB [[D:Nov 3 2005]]

Mr. [[P:Miller]] (senior) wants them moved to the HR folder and deleted from the inbox.

Thanks,
[[P:Rebecca]]
""")

E("dental", ["Dr. Sabine Weber"], """
Hallo Herr [[P:Brandt]],

hier ist die {{Praxis Dr. Weber}} in Freiburg. Unser Röntgenprogramm {{Sidexis 4}} startet auf dem Rechner im {{Behandlungszimmer 2}} nicht mehr, Meldung "{{Lizenzserver nicht erreichbar}}". Der Lizenzserver läuft auf {{192.168.178.20}}.

Heute Nachmittag kommen noch Herr [[P:Konstantin Wolff]] ({{15 Uhr}}) und die kleine [[P:Mia Schreiber]] mit ihrer Mutter. [[P:Mias]] Versichertennummer ist [[MEM/kvnr:M20841776?]].

Frau Dr. [[P:Weber]] ist heute nur bis {{13 Uhr}} da, bitte rufen Sie dann mich an: [[PH:0761 5558 203]].

Viele Grüße
[[P:Jana Keller]], Praxismanagerin
""")

E("hospice", [], """
[[P:Daniel]],

The grief support mailing list in {{Constant Contact}} was imported with the wrong column, so bereavement letters went out addressed to the deceased instead of the family. Examples from the list:

[[P:Doreen Fairweather]] (d. [[D:10/02/2026]]) - family contact [[P:Leon Fairweather]], [[EM:lfairweather@sbcglobal.net]]
[[P:Augustine Mbatha]] (d. [[D:10/09/2026]]) - family contact [[P:Thandiwe Mbatha]], [[PH:(414) 555-0106]]
[[P:June Sorensen]] (d. [[D:10/11/2026]]) - family contact [[P:Bill Sorensen]]

Our chaplain, [[P:Grace]], is calling the families. I need to know how the import mapping got changed. The export came from {{Axxess Hospice}} report {{BR-07}}.

Very sorry to drop this on you.

[[P:Lynn]]
""")

E("psychotherapy", ["Javier Salinas"], """
From: [[P:Javier Salinas]] <[[EM:jsalinas@consultapsicologica.es]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: Videollamadas y correo cifrado
Date: Mon, 30 Nov 2026 18:22:41 +0100

Hola [[P:Daniel]],

Te cuento dos cosas:

1. Las videollamadas de {{Doxy.me}} se cortan a los 20 minutos desde que cambié de operador ({{Digi}}). Mi IP de casa ahora es [[IP:79.116.203.54]].

2. Una paciente, [[P:Lucía Herrero Campos]], me pidió que le mande su informe por correo a [[EM:luciahc82@hotmail.es]]. ¿Cómo lo cifro con {{Outlook}}? Su fecha de nacimiento es el [[D:8 de marzo de 1982]], por si la contraseña del PDF tiene que ser esa (que es lo que hacía mi anterior informático…).

También tengo que renovar el certificado digital de la {{FNMT}}, caduca en {{enero}}.

Gracias,
[[P:Javier]]
[[PH:+34 622 55 91 04]]
""")

E("home-health", ["Yvonne Castille"], """
[[P:Daniel]],

Our agency switched to {{Athena}} for scheduling last month ({{athenaOne}}, not the goddess lol) and the caregiver mobile check-in is rejecting GPS for some visits because the client address is geocoded wrong.

Ones from this week:
- [[P:Earline Boudreaux]], [[AD:4410 Prytania St]], New Orleans [[PC:70115]] - shows up 2 miles away
- [[P:Felix Thibodeaux]], [[AD:912 Rue Chartres]], [[PC:70116]]
- [[P:Mae]] (she only gives her first name, it's in the file), visits on [[D:Mon 11/30]] and [[D:Wed 12/2]]

EVV compliance with the state ({{Sandata}}) flags every one of these. Our aggregator account is {{Agency ID 77120}}.

Caregiver [[P:Denise Landry]] drives her own car, plate [[PL:LA 419 BKM]], and she says the app asks her to "confirm vehicle" which is new to me.

[[P:Yvonne]]
""")

E("law-firm", [], """
From: [[P:Tobias Hartmann]] <[[EM:t.hartmann@hartmann-kanzlei.de]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: beA-Karte und Scanner
Date: Tue, 1 Dec 2026 07:30:59 +0100

Guten Morgen [[P:Daniel]],

die {{beA}}-Karte von Kollegin Dr. [[P:Miriam Aksoy]] wird seit gestern von der {{Client Security}} nicht mehr erkannt. Fehler "{{Kartenleser nicht gefunden (Code 0x0F)}}". Wir haben am [[D:3. Dezember]] eine Frist im Verfahren [[P:Schulte]] ./. [[P:Bremer]].

Außerdem scannt der {{Fujitsu fi-7160}} Akten nur noch in Schwarzweiß. Die Mandantenakte von Herrn [[P:Ralf Schulte]], [[AD:Am Kirchberg 3]], [[PC:44137]] Dortmund, muss farbig eingereicht werden (Fotos).

Meine Steuer-ID für die Lizenzregistrierung bei {{RA-MICRO}} ist übrigens [[NID/steuerid:6539247180?]], falls die nochmal gefragt wird.

Gruß
[[P:Tobias]]
""")

E("accounting", ["Kenji Watanabe"], """
Hi [[P:Daniel]],

We use {{Karbon}} for workflow and {{Xero}} for clients' books. The bank feed for one client, {{Hope Street Bakery}}, stopped on the 24th. The owner, [[P:Rosalind Achterberg]], gave us read access to the business account [[ACC:06-0158-0412773-00]] at {{ASB}}, but she also forwarded her personal account statement by mistake: [[ACC:12-3140-0228165-51]], in her name only.

Can you delete that statement from {{Karbon}} and our {{SharePoint}}? I don't want it on our systems.

Also my colleague [[P:Ngaio]] needs {{Xero HQ}} access. Her email is [[EM:ngaio@watanabe-accounting.co.nz]].

Cheers,
[[P:Kenji]]
""")

E("property-management", ["Luis Paredes"], """
[[P:Daniel]], {{hope}} all good.

Our building access system ({{Brivo}}) has a bunch of ex-tenants still active. I exported the list and here are the ones I'm sure moved out:

unit, name, fob, phone
{{101}}, [[P:Shauna Whitlock]], [[DEV:FOB-22817]], [[PH:(305) 555-0138]]
{{204}}, [[P:Andrés Villalobos]], [[DEV:FOB-22904]], [[PH:(305) 555-0172]]
{{310}}, [[P:Pham Thi Lan]], [[DEV:FOB-23011]], [[PH:(786) 555-0149]]

Can you deactivate them? Also [[P:Andrés]] is disputing his deposit, his new address is [[AD:1209 SW 8th St, Apt 5]], Miami [[PC:33135]].

[[P:Luis]]
""")

E("non-profit", [], """
Hola [[P:Daniel]],

Somos la asociación {{Manos Abiertas}} de Valencia. El portátil de nuestra trabajadora social, [[P:Begoña Llorente]], se lo robaron del coche (matrícula [[PL:4821 KLM]]) el [[D:viernes 27]]. Tenía {{BitLocker}}, creo, pero también tenía en el escritorio un Excel con los usuarios del comedor social: nombres, NIE y teléfonos. Por ejemplo [[P:Youssef El Amrani]], NIE [[NID/dni:X4821937?]], [[PH:644 55 20 18]].

¿Puedes bloquear su cuenta de {{Microsoft 365}} y borrar el equipo remotamente? El número de serie del portátil es 5CD1234XYZ.

Gracias,
[[P:Pilar]]
""")

E("manufacturing", ["Stefano Ricci"], """
From: [[P:Stefano Ricci]] <[[EM:s.ricci@ricci-stampi.it]]>
To: [[EM:daniel@brandt-it.net]]
Subject: Centralino e badge presenze
Date: Tue, 1 Dec 2026 14:10:27 +0100

Ciao [[P:Daniel]],

il centralino {{Wildix}} da stamattina non inoltra le chiamate esterne ai cellulari dei capireparto. Il numero del reparto stampaggio è il {{0522 555 100}}, quello pubblico.

Poi c'è il problema dei badge: il terminale presenze {{ZKTeco}} non legge il badge di [[P:Marco Benedetti]] ([[DEV:badge 0004471829]]) e di [[P:Aurora]], la nuova stagista. [[P:Marco]] ha fatto turno di notte [[D:il 29/11]] e non risulta, quindi in busta paga mancano 8 ore.

L'ufficio paghe esterno vuole anche il suo codice fiscale: [[NID/cf:BNDMRC85M12H223?]]. Glielo mando io, tu sistema solo il terminale.

Grazie mille,
[[P:Stefano]]
""")

E("clinical-lab", [], """
hi [[P:daniel]],

patient portal question. A patient emailed that she can see another person's results when she logs into {{MyLabResults}}. She sent the link she used: [[URL:https://results.northgatelabs.com/p/7741029?token=aX93kQ]] and the report that opened belongs to [[P:Hollis Grimaldi]], DOB [[D:1960-12-01]], accession [[MRN:NGL-2611-04471]].

The patient who reported it is [[P:Marguerite Dupree]], [[EM:mdupree@aol.com]], [[PH:(504) 555-0193]].

We have told the vendor ({{Orchard Harvest}} LIS) under case {{CS-2026-88120}} but they want our web server logs from {{lab-web01}}. Can you pull them for {{Nov 28-30}}?

[[P:Tess]]
Lab Operations, {{Northgate Labs}}
""")

E("care-home", ["Ingrid Sandvik"], """
Hi [[P:Daniel]],

The {{Grace}} medication system (the eMAR from {{Grace Health}}, not a person!) went offline at {{03:00}} and the night staff reverted to paper MAR sheets. When it came back the 06:00 round didn't sync.

Residents affected on the paper round: Mr. [[P:Colin Ashworth]], Mrs. [[P:Enid Lister]], Mr. [[P:Raj Patel]] and [[P:Nora]] in {{Bluebell Suite}}. [[P:Enid]]'s warfarin dose needs double-checking, her GP is Dr. [[P:Farrukh Siddiqui]] at {{Moorside Surgery}}.

Our internet line is {{BT Business}}, the router is at {{81.2.69.142}} and the AP controller is local.

Can you check the sync queue?
[[P:Ingrid]]
""")

E("dental", [], """
From: [[P:Maja Wiśniewska]] <[[EM:recepcja@dentmed-gdansk.pl]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: Problem z kopią zapasową
Date: Wed, 2 Dec 2026 08:01:45 +0100

Dzień dobry,

kopia zapasowa programu {{Mediporta}} nie wykonuje się od tygodnia, w logach jest "{{Backup failed: disk quota exceeded}}". Mamy tam wszystkie karty pacjentów.

Wczoraj dzwoniła pacjentka, pani [[P:Agata Sikora]] (ur. [[D:03.07.1991]]), że nie może pobrać swojego zdjęcia RTG przez link, który jej wysłaliśmy: [[URL:https://portal.dentmed-gdansk.pl/rtg/asikora-20261130]]. Jej numer telefonu to [[PH:503 555 217]].

Doktor [[P:Paweł Nowicki]] prosi, żeby Pan zadzwonił po {{15:00}}.

Pozdrawiam
[[P:Maja]]
""")

E("insurance-broker", ["Carmen Olivares"], """
[[P:Daniel]],

Two issues with {{Applied Epic}}:

First, the download of policies from {{Blue Cross}} is failing with "{{ACORD AL3 parse error line 44}}". The policy on that line is for [[P:Kowalczyk, Stanley]], policy [[MEM:BCX-4471-99821]], effective [[D:12/01/2026]].

Second, my assistant [[P:Delia]] forwarded a client's documents to her Gmail ([[EM:delia.ortiz.home@gmail.com]]) to work on from home. That included a copy of [[P:Harvey Lindqvist]]'s social security card ([[SSN:381-44-9026]]) and his driver's license (MN [[LIC:H-418-335-117-902]]). I've asked her to delete it. Is there anything else we should do?

Our office IP for the carrier allow-list is {{198.51.100.87}}.

Thanks,
[[P:Carmen]]
""")

E("veterinary", ["Dr. Piet Coetzee"], """
Morning [[P:Daniel]],

{{Provet Cloud}} won't let us attach the X-ray from the {{Sound DR}} to {{Rex}}'s file. {{Rex}} belongs to Mr. and Mrs. [[P:Van Rensburg]] and the images are also going to the referral hospital.

While on it: please update our microchip registry login. The {{Petlog}} account is in my name. The microchip for the rescue dog we rehomed to [[P:Zanele Khumalo]] is [[DEV:985 141 002 334 871]], and her address on the form is [[AD:17 Kloof Road]], [[PC:8005]].

{{Rex}}'s appointment is at {{11:45}}.

[[P:Piet]]
""")

E("physiotherapy", ["Marleen Peeters"], """
From: [[P:Marleen Peeters]] <[[EM:marleen@kine-peeters.be]]>
To: [[EM:daniel@brandt-it.net]]
Subject: eHealth-koppeling en MyCareNet
Date: Wed, 2 Dec 2026 11:48:03 +0100

Dag [[P:Daniel]],

Sinds gisteren krijg ik bij elke facturatie via {{MyCareNet}} de fout "{{eHealth certificate expired (MCN-0312)}}". Het certificaat staat op de praktijk-pc, {{Windows 10 22H2}}.

Het gaat onder andere om de behandelingen van mevrouw [[P:Godelieve Claes]], rijksregisternummer [[NID/benn:54.03.21-166.??]], en meneer [[P:Jef Wouters]] uit de [[AD:Kerkstraat 88]], [[PC:2000]] Antwerpen. Die laatste heeft vandaag om {{17u}} nog een afspraak.

Mijn collega [[P:Wout]] werkt vanuit thuis met {{AnyDesk}}, zijn IP is [[IP:178.51.94.200]].

Groetjes,
[[P:Marleen]]
[[PH:0476 55 32 18]]
""")

E("psychotherapy", [], """
[[P:Daniel]], I need to change how I send superbills.

Right now I email PDFs from {{TherapyNotes}} to clients' personal addresses. One bounced today, for [[P:Quentin Akerman]] ([[EM:q.akerman@protonmail.com]]), and I noticed the superbill shows his full diagnosis code, DOB [[D:May 5th 1991]] and his insurance ID [[MEM:UHC 998 212 456 01]].

Is there a more secure way? I saw {{Hushmail}} recommended. I'm a solo practice, about 25 clients.

Also, can you remove my ex-assistant [[P:Brooke]] from the shared {{Google Voice}} number? She still gets texts on her phone [[PH:(347) 555-0115]].

Thank you,
Dr. [[P:Leah Winslow]]
""")

E("pharmacy", ["Amelia Hartley"], """
From: [[P:Amelia Hartley]] <[[EM:amelia.hartley@nhs.net]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: EPS tokens not printing
Date: Thu, 3 Dec 2026 09:12:31 +0000

Hi [[P:Daniel]],

{{PharmOutcomes}} is fine but {{ProScript Connect}} has stopped printing EPS dispensing tokens on the {{Epson TM-T20III}}. It just says "{{Printer offline}}" although the printer test page works.

Patients waiting this morning included [[P:Agnes Whitlow]], NHS [[NID/nhs:450 557 710?]], and [[P:Kwabena Mensah]], whose repeat for salbutamol is overdue since [[D:28 Nov]].

Our smartcard reader is also asking for the PIN twice for [[P:Olu]] (pharmacist, GPhC registration [[LIC:2071845]]).

Thanks,
[[P:Amelia]]
""")

E("registry", ["Dr. Hana Novák"], """
[[P:Daniel]],

the transplant follow-up registry export is due {{Friday}}. Our {{REDCap}} instance ({{v14.5.6}}) crashes when I run the report "{{FU-12M}}" with more than 500 records.

Also, can you confirm that the test record I used is gone? It was a copy of a real patient by mistake: [[P:Radek Horák]], record [[MRN:TX-20931]], transplant date [[D:14/02/2024]], rodné číslo [[NID/czrc:780214/336?]].

The {{REDCap}} server is {{redcap.internal.hospital.cz}} ({{10.12.0.45}}).

Díky,
[[P:Hana]]
""")

E("school-nurse", [], """
Hi [[P:Daniel]]! It's [[P:Bernadette]] at {{St. Brigid's School}}.

I just need help with something small (I think). The label printer in the nurse's office prints medication labels for the kids' inhalers. The template in {{DYMO Connect}} ({{version 1.4.6}}) lost the school logo and now prints the names too big.

Kids whose labels I redid today: [[P:Ollie Brennan]], [[P:Saoirse Kelleher]], [[P:Finn]] and [[P:Ruby Tan]]. No relation to the {{Ruby}} reading program we use, ha.

Also, parent [[P:Aoife Kelleher]] wants the medication form sent to [[EM:aoife.kelleher@eircom.net]], can I do that from {{Outlook}} safely?

Thanks!!
""")

E("veterinary", [], """
From: [[P:Sam Achebe]] <[[EM:frontdesk@pawsandclawsvet.com]]>
To: [[EM:daniel@brandt-it.net]]
Subject: Avimark backup
Date: Thu, 3 Dec 2026 15:40:09 -0500

[[P:Daniel]],

{{AVImark}} backup to the cloud ({{Covetrus Cloud Backup}}) has failed every night since the 28th with "{{Error 5 - Access denied}}".

Dr. [[P:Ellery]] is worried because we had a big day: 14 surgeries including {{Pepper}}, {{Zeus}} and {{Ginger}}. One of the owners, [[P:Lorenzo Bertolucci]], paid a big {{bill}} by card ([[CARD:3782 822463 1000?]]) and I want to make sure the transaction record is backed up.

Our front desk number is [[PH:(908) 555-0140]].

[[P:Sam]]
""")

E("payroll", ["Marie-Ève Tremblay"], """
Bonjour [[P:Daniel]],

{{Employeur D}} refuse d'importer le fichier de paie de novembre, message « {{Format de NAS invalide, ligne 12}} ». Ligne 12, c'est [[P:Jean-François Gagnon]], NAS [[NID/sin:046 454 28?]], né le [[D:1985-06-17]].

J'ai vérifié, le numéro est bon sur son formulaire TD1. Peut-être que c'est l'export de {{Acomba}} qui ajoute un espace ?

Aussi, [[P:Mélanie]] a reçu un courriel d'hameçonnage qui imitait {{Desjardins}} et demandait son numéro de compte. Elle a cliqué mais n'a rien saisi. Son poste est le {{PAIE-02}}.

Merci,
[[P:Marie-Ève]]
[[PH:418 555-0133]] poste {{204}}
""")

E("insurance-broker", [], """
From: [[P:Derek Lam]] <[[EM:derek@lamandassociates.ca]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: scanner + client upload portal
Date: Fri, 4 Dec 2026 10:25:44 -0800

Hey [[P:Daniel]],

The client upload portal ({{ShareFile}}) link we give clients has expired and clients are now emailing documents instead. Just today:
- [[P:Gurpreet Sandhu]] sent his driver's licence (BC [[LIC:7731042]]) and vehicle registration, plate [[PL:NK4 82T]]
- [[P:Olivia Chan]] sent a void cheque with transit [[ACC:00410]], institution {{004}}, account [[ACC:5012788]]

I'd like the link fixed and those emails purged from my mailbox after I file them in {{Epic}}. Also the {{Canon}} scanner is scanning at 100 dpi again.

Thanks,
[[P:Derek]]
""")

E("law-firm", ["Roberta Greenwald"], """
[[P:Daniel]],

It's [[P:Bobbie]] at {{Greenwald & Marsh}}. Our phone system ({{Vonage Business}}) voicemail-to-email stopped working on {{Wednesday}}. I know because a client left a long message about her divorce that was supposed to come to me as an mp3.

The voicemail was from [[P:Cheryl Ann Doucette]], [[PH:(207) 555-0160]], about her hearing on [[D:December 14th]]. She also mentioned her husband [[P:Raymond]]'s new address, [[AD:61 Shore Rd]], Cape Elizabeth [[PC:04107]].

I can hear it in the {{Vonage}} app but it won't forward. Ticket with them is {{VB-3310782}}.

Thanks,
[[P:Bobbie]]
""")

E("accounting", [], """
Hallo [[P:Daniel]],

{{DATEV}} meldet beim Versand der Lohnsteueranmeldung über {{ELSTER}}: "{{Zertifikat ungültig (Fehler 610101292)}}". Betroffen ist der Mandant {{Bäckerei Sommer}}.

Nebenbei: ich habe die Unterlagen von Herrn [[P:Dieter Sommer]] persönlich (Steuer-ID [[NID/steuerid:4719358260?]], IBAN [[IBAN:DE?? 5001 0517 5407 3249 31]]) versehentlich in den falschen Ordner im {{DMS}} gelegt. Kannst du mir zeigen, wie ich die Berechtigungen prüfe?

Unsere Kanzlei-IP für den {{DATEV}} Zugang ist {{62.154.33.18}}.

Danke und Gruß
[[P:Ulrike]]
""")

E("home-health", ["Precious Adeyemi"], """
From: [[P:Precious Adeyemi]] <[[EM:padeyemi@carelinkhh.com]]>
To: [[EM:daniel@brandt-it.net]]
Subject: Re: Re: Kinnser (WellSky) OASIS export
Date: Mon, 7 Dec 2026 08:32:10 -0500

Still not working [[P:Daniel]]. Same error, "{{OASIS submission rejected: M0064 invalid}}". M0064 is the SSN field. The patient is [[P:Ernestine Hollis]], SSN [[SSN:231-62-4418]], DOB [[D:11.04.1936]] (the nurse typed it with dots, which is probably the problem for the DOB too).

> On Fri, Dec 4, 2026 at 4:10 PM [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]> wrote:
> Can you send me the exact error and the patient's record number?
> I'll compare it against the {{iQIES}} spec.

Record number [[MRN:CL-77104]]. Her caregiver [[P:Lavonne]] also asks if we can switch her visits to afternoons.

[[P:Precious]]
""")

E("hospice", [], """
[[P:Daniel]], hi,

Our fax line ({{SRFax}}) has been receiving faxes for a patient who isn't ours. Three pages today addressed to "{{Hospice of the Valley}}" about Mr. [[P:Cornelius Baptiste]], DOB [[D:09 Jan 1944]], [[AD:3310 Oak Grove Ave]], Sacramento [[PC:95821]], with his Medicare number [[MEM:4TK7-NV2-WX18]].

Our fax number used to belong to them years ago I think. What's the right thing to do? I don't want to keep them, but I don't want to just delete them either.

Also I need [[P:Jasmine]]'s laptop set up with {{Duo}} before she starts on-call next week.

[[P:Helen]]
""")

E("property-management", ["Joana Batista"], """
From: [[P:Joana Batista]] <[[EM:joana@gestaoimobiliaria-lisboa.pt]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: Portal dos inquilinos em baixo
Date: Mon, 7 Dec 2026 09:55:21 +0000

Bom dia [[P:Daniel]],

O portal dos inquilinos ({{Imovirtual Gestão}}) está em baixo desde as {{8h}}. Erro {{502 Bad Gateway}}.

Recebi entretanto por email o pedido de um inquilino, o Sr. [[P:Henrique Magalhães]], que quer pagar a renda por outra conta: [[IBAN:PT?? 0035 0651 0000 4821 7730 9]]. Ele mora na [[AD:Avenida da Liberdade 190, 3.º Esq.]], [[PC:1250-147]] Lisboa, e o telefone dele é [[PH:21 555 4830]].

O {{Primavera}} também não está a importar os pagamentos do {{Millennium BCP}}.

Obrigada,
[[P:Joana]]
""")

E("non-profit", ["Tendai Moyo"], """
Hi [[P:Daniel]],

We got a new donated server from {{TechSoup}} and I'd like you to move our {{Salesforce Nonprofit Cloud}} backups onto it. No rush.

But something urgent: our youth mentoring coordinator [[P:Jamal Whitaker]] emailed a spreadsheet of mentees to a volunteer's personal address ([[EM:kevin.b.mentor@gmail.com]]). It lists kids with DOBs and parent phone numbers, for instance [[P:Destiny Moore]], [[D:6/21/2011]], mom [[P:Angela Moore]] [[PH:267-555-0188]]; [[P:Xavier Pugh]], [[D:10/3/2010]].

Can you recall it from {{Exchange Online}}? It went out at {{2:47 pm}}.

Thanks,
[[P:Tendai]]
""")

E("manufacturing", [], """
From: [[P:Hank Ellison]] <[[EM:hank@ellisonfab.com]]>
To: [[EM:daniel@brandt-it.net]]
Subject: time clock fingerprints
Date: Tue, 8 Dec 2026 06:15:48 -0600

[[P:Dan]],

the {{uAttend BN6500}} biometric time clock stopped recognizing fingerprints after the power outage {{Sunday}}. Guys are writing their hours on paper.

HR wants to re-enroll everyone but needs the employee list with their clock IDs. Here it is from memory:

[[P:Tony Russo]] - [[ACC:1042]]
[[P:Manny Ortiz]] - [[ACC:1047]]
[[P:Lee Sung-min]] - [[ACC:1051]]

Also [[P:Tony]] says his paycheck went to his old bank. New account is routing [[ACC:091000019]] acct [[ACC:7733108864]]. Can you update that in {{Paychex Flex}} or tell me where?

[[P:Hank]]
""")

E("dental", ["Priyanka Menon"], """
Hi [[P:Daniel]],

Our {{Open Dental}} ({{v24.2.31}}) eServices are sending appointment reminders to patients who cancelled. Mr. [[P:Gupta]] complained today. Also the reminder for [[P:Beatriz Salgado]] went to her ex-husband's number, [[PH:(714) 555-0130]]; her new number is [[PH:(714) 555-0197]]. She was very upset.

Could you check the {{eConfirmations}} settings? We also get "{{Error 1045: access denied for user 'opendental'}}" on the backup PC.

The practice is {{Menon Family Dentistry}} at [[AD:2630 Harbor Blvd]], Costa Mesa [[PC:92626]].

[[P:Priyanka]]
""")

E("clinical-lab", ["Ruud Mulder"], """
Hoi [[P:Daniel]],

De barcodelezers bij de prikpost ({{Honeywell Xenon 1950g}}) lezen de nieuwe etiketten niet. {{GLIMS}} geeft "{{Onbekend ordernummer}}".

Vanochtend ging het mis bij meneer [[P:Cor Brouwer]], geboren [[D:2 januari 1955]], patiëntnummer [[MRN:8812047]], en bij mevrouw [[P:Yasmina Benali]], [[D:17-08-1992]]. Bij [[P:Yasmina]] is het buisje opnieuw afgenomen.

Kun je morgen om {{8:00}} langskomen? Mijn nummer is [[PH:+31 6 55 41 29 07]].

Groet,
[[P:Ruud]]
""")

E("psychotherapy", ["Aleksandra Dąbrowska"], """
From: [[P:Aleksandra Dąbrowska]] <[[EM:gabinet@psychoterapia-dabrowska.pl]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: Zoom i kalendarz
Date: Tue, 8 Dec 2026 20:03:17 +0100

Dobry wieczór,

mam problem z {{Zoom Workplace}}: sesje online z pacjentami rozłączają się po 40 minutach, jakby konto wróciło do wersji darmowej. Licencja {{Pro}} jest opłacona do {{2027}}.

Dzisiaj przerwało sesję z panem [[P:Jakubem]] ([[P:J. Szymański]]) i z panią [[P:Ireną Kaczmarek]]. Pani [[P:Irena]] potem napisała SMS z numeru [[PH:698 555 430]], że nie chce już terapii online.

Pracuję z domu, [[AD:ul. Słoneczna 5]], [[PC:80-287]] Gdańsk, IP [[IP:31.61.140.77]].

Proszę o pomoc,
[[P:Ola]]
""")

E("pharmacy", [], """
[[P:Daniel]],

This is [[P:Marcus]] at {{Riverbend Compounding}}. Our {{PK Software}} compounding system is printing the prescriber's DEA number on the patient label. That shouldn't be there. Example from today: patient [[P:Tamsin Greaves]], Rx [[MRN:C-260411]], prescriber Dr. [[P:Howard Fine]], DEA [[LIC:BF6125341]].

Also please check whether we're exposing anything via our refill web page. A patient sent us a link that shows her whole profile without logging in: [[URL:http://refills.riverbendrx.com/profile?pid=38821]].

Our pharmacy NPI is {{1477038291}} if the vendor asks.

Thanks,
[[P:Marcus]]
""")

E("registry", ["Ingeborg Hauge"], """
Hi [[P:Daniel]],

We're the regional stroke registry and we have a data subject access request from a patient, [[P:Arvid Solberg]], fødselsnummer [[NID/nofnr:150659 432??]]. He wants every record we have, including emails.

Can you run an {{eDiscovery}} search in {{Microsoft Purview}} for his name and his number? Also search for his wife [[P:Kari]], she sent us emails from [[EM:kari.solberg@online.no]] and [[EM:karisolberg59@gmail.com]].

Deadline is one month from [[D:1 December]].

Regards,
[[P:Ingeborg]]
""")

E("care-home", [], """
From: [[P:Beatrix Holm]] <[[EM:info@pflegeheim-sonnenhof.de]]>
To: [[EM:daniel@brandt-it.net]]
Subject: Tablets für Bewohner / WLAN
Date: Wed, 9 Dec 2026 10:20:00 +0100

Hallo [[P:Daniel]],

wir haben drei neue {{Lenovo Tab M10}} für die Videotelefonie der Bewohner bekommen. Eines gehört Herrn [[P:Heinz Kowalski]] privat (Seriennummer [[DEV:HA1KQ2X7]]), der Sohn hat es gekauft, [[P:Thomas Kowalski]], [[PH:+49 171 5550 982]].

Die anderen beiden sind für den {{Wohnbereich Rosengarten}}. Bitte {{Teams}} und {{WhatsApp}} installieren.

Das Gäste-WLAN „{{Sonnenhof-Gast}}" ist seit Montag sehr langsam.

Schöne Grüße
[[P:Trixi]] (Pflegedienstleitung)
""")

E("school-nurse", ["Monique Baptiste"], """
[[P:Daniel]],

Concussion protocol forms from the football team are being scanned into {{Skyward}} under the wrong student. Two I found: [[P:Tre'Von Gaines]] (DOB [[D:1/30/2009]]) and [[P:DeShawn Gaines]], brothers, same last name so it probably matched on that.

Coach [[P:Rudy Mancuso]] scanned them on the {{Xerox AltaLink C8130}} in the athletic office. Their mother [[P:Lakisha Gaines]] wants copies, her email is [[EM:lgaines1985@yahoo.com]].

Can you check how {{Skyward}} matches the scans?

Thanks,
[[P:Monique]], RN
""")

E("veterinary", ["Elena Marini"], """
Ciao [[P:Daniel]],

il gestionale della clinica ({{Vetsoft}}) non stampa più le ricette elettroniche veterinarie, errore "{{REV: servizio non disponibile}}". Stamattina è successo con {{Birba}}, il gatto della signora [[P:Lucia Ferraro]] (cliente n. [[ACC:004127]]), e con {{Argo}} del signor [[P:Vittorio Gallo]], [[PH:340 555 6612]].

La signora [[P:Ferraro]] abita in [[AD:Corso Vittorio Emanuele II 88]], [[PC:10121]] Torino e vuole la ricetta via email a [[EM:lucia.ferraro61@libero.it]].

Il router della clinica è {{TIM Hub+}}, IP pubblico {{151.38.22.9}}.

A presto,
[[P:Elena]]
""")

E("payroll", [], """
From: [[P:Olga Petrenko]] <[[EM:olga@brightsidecleaning.com]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: paystubs emailed to wrong people
Date: Thu, 10 Dec 2026 13:44:00 -0500

[[P:Daniel]],

{{Paycor}} emailed paystubs to the wrong employees this morning. [[P:Marisela]] got [[P:Ivan Kuznetsov]]'s stub and [[P:Ivan]] got hers. The stubs show SSN last 4 only but also the full bank account: [[P:Ivan]]'s is [[ACC:4410 2298 7731]] at {{TD Bank}}, [[P:Marisela]]'s [[ACC:000388120055]].

It seems the email addresses got swapped when I imported the new hire CSV on [[D:Dec 8]]. [[P:Ivan]]'s email should be [[EM:ivan.kuz@mail.ru]] and [[P:Marisela]]'s [[EM:mariselav22@gmail.com]].

I already called {{Paycor}} support, case {{01892277}}.

[[P:Olga]]
""")

E("law-firm", [], """
Bonjour [[P:Daniel]],

Le cabinet a reçu un courriel frauduleux qui imite notre confrère Maître [[P:Antoine Lefèvre]] et demande un virement sur [[IBAN:FR?? 1027 8060 3100 0205 4130 146]]. Notre comptable, [[P:Isabelle]], a failli payer.

Le message venait de [[EM:a.lefevre-avocat@outlook.fr]] alors que la vraie adresse est [[EM:alefevre@lefevre-avocats.fr]]. Peux-tu vérifier nos règles {{Exchange}} et activer {{DMARC}} ?

Il s'agit du dossier {{2026/0412}} (succession [[P:Morel]]). Le client, M. [[P:Bernard Morel]], habite [[AD:5 place Bellecour]], [[PC:69002]] Lyon.

Merci,
[[P:Camille Roussel]]
""")

E("accounting", ["Farah Siddiqui"], """
Hi [[P:Daniel]], sorry it's a long list:

1. {{Lacerte}} won't open on [[P:Farah]]'s laptop after {{Windows}} update {{KB5044284}}. "{{Error 1603}}".
2. Client portal ({{Canopy}}): client [[P:Nathaniel Brooks]] can't log in, he's using [[EM:nate.brooks@me.com]]. His phone for the 2FA is [[PH:(980) 555-0124]].
3. Please give [[P:Soo-ah]] read-only access to the 2025 folder.
4. Our {{Synology}} sent an alert about a failing disk in {{bay 3}}.

Also [[P:Nathaniel]] sent his wife's SSN by email ([[SSN:541-08-3372]]) for the joint return. Should I delete the email after entering it?

Thanks,
[[P:Farah]]
""")

E("home-health", [], """
From: [[P:Geneviève Côté]] <[[EM:gcote@soinsdomicile-laurentides.ca]]>
To: [[EM:daniel@brandt-it.net]]
Subject: Téléphones des infirmières
Date: Fri, 11 Dec 2026 07:50:12 -0500

Bonjour [[P:Daniel]],

Les téléphones des infirmières ({{iPhone SE}}) ne reçoivent plus les horaires de {{Alayacare}} depuis hier. Celui de [[P:Josée Bélanger]] (IMEI [[DEV:35 398211 420771 6]]) affiche « {{Erreur d'authentification 401}} ».

[[P:Josée]] avait des visites chez Mme [[P:Thérèse Pelletier]], [[AD:142 rue Principale]], Saint-Sauveur, [[PC:J0R 1R0]] et M. [[P:Roger Lapointe]], carte RAMQ [[MEM:LAPR 4205 1218]].

Merci de me rappeler au [[PH:450 555-0187]].

[[P:Geneviève]]
""")

E("dental", ["Vera Sokolova"], """
Hi [[P:Daniel]],

Our front desk PC got flagged by the antivirus. We use {{Dr. Web}} (I know, it came with the practice when we bought it) and it quarantined {{eaglesoft.exe}} after the {{Eaglesoft 24.10}} update. Now nobody can check patients in.

We had [[P:Oksana Hryhorenko]] at {{9:00}}, [[P:Luis Echeverría]] at {{9:30}} and little [[P:Emma-Rose Fitzgerald]] (DOB [[D:2019-07-04]], chart [[MRN:ES-11820]]) at {{10}}. [[P:Emma-Rose]]'s dad [[P:Conor]] has already rescheduled once.

Should we just switch to {{Microsoft Defender}}? The practice is [[P:Vera]]'s, so she'll decide, but your opinion helps.

[[P:Natasha]] (office manager)
""")

E("physiotherapy", [], """
From: [[P:Ricardo Almeida]] <[[EM:ricardo@fisiomove.com.br]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: Agenda online e WhatsApp da clínica
Date: Fri, 11 Dec 2026 16:05:37 -0300

Oi [[P:Daniel]],

A agenda online ({{Feegow}}) parou de mandar as confirmações pelo {{WhatsApp Business API}}. Os pacientes estão faltando.

Hoje faltaram a Dona [[P:Terezinha]] e o Seu [[P:Osvaldo Pereira]], que mora na [[AD:Rua Augusta 1508, apto 42]], São Paulo, CEP [[PC:01304-001]]. O CPF dele é [[NID/cpf:529.982.247-??]], caso precise para achar o cadastro.

O número da clínica no WhatsApp é {{(11) 3555-0100}}. O meu celular pessoal é [[PH:(11) 95555-2841]].

Abraço,
[[P:Ricardo]]
""")

E("hospice", ["Abena Mensah"], """
[[P:Daniel]],

We're piloting {{Tandem}} insulin pump remote monitoring for a few of our diabetic patients at home so the nurses can see readings. One patient's pump, Mr. [[P:Vernon Tolliver]]'s, serial [[DEV:TNDM-0911-448273]], is not showing up in the {{t:connect}} clinic portal. His daughter [[P:Rochelle]] set it up and says it's paired.

[[P:Vernon]] lives at [[AD:508 Magnolia Ct]], Durham NC [[PC:27707]], DOB [[D:3-18-1946]]. His daughter's phone: [[PH:919 555 0174]].

Can you look at whether our clinic portal account needs a different role for [[P:Abena]] (that's me) to see the data?

Thanks
""")

E("insurance-broker", ["Jorge Medina"], """
Hola [[P:Daniel]],

Somos la correduría {{Medina Seguros}}. Nuestro programa de gestión ({{Ebroker}}) no sincroniza con {{Mapfre}} desde el lunes. Error: "{{WS-SEC 0041 certificado caducado}}".

Además, una clienta, doña [[P:Rocío Navarro]], nos ha enviado por WhatsApp foto de su tarjeta para domiciliar el recibo: Visa [[CARD:4929 1803 5527 610?]]. No sé si debemos guardar eso. El coche asegurado es matrícula [[PL:2291 HJT]].

Llámame al [[PH:+34 963 55 28 40]].

Gracias,
[[P:Jorge]]
""")

E("non-profit", ["Liesbeth Smit"], """
From: [[P:Liesbeth Smit]] <[[EM:l.smit@voedselbank-zaanstad.nl]]>
To: [[EM:daniel@brandt-it.net]]
Subject: Klantenbestand in Excel
Date: Mon, 14 Dec 2026 09:00:18 +0100

Hallo [[P:Daniel]],

Een vrijwilliger heeft het klantenbestand van de voedselbank geëxporteerd uit {{Voedselbank Beheer}} naar een Excel op de gedeelde {{OneDrive}}. Er staan BSN-nummers in, bijvoorbeeld van [[P:Fatima Ouali]] ([[NID/bsn:23456789?]]) en van [[P:Gerrit Kok]] ([[NID/bsn:32165498?]]), plus adressen zoals [[AD:Westzijde 214]], [[PC:1506 EK]] Zaandam.

Kun je het bestand verwijderen en de deellink intrekken? De link was [[URL:https://voedselbankzaanstad-my.sharepoint.com/:x:/g/personal/rvdberg_voedselbank-zaanstad_nl/EbX4kQ]].

Bedankt,
[[P:Liesbeth]]
""")

E("clinical-lab", ["Dr. Sunil Varma"], """
From: [[P:Sunil Varma]] <[[EM:svarma@pathcarelabs.in]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: Reports emailed with wrong PDF
Date: Mon, 14 Dec 2026 11:31:55 +0530

Hi [[P:Daniel]],

Our report dispatch service attached the wrong PDF to about 30 emails last night. The mapping between sample ID and patient seems shifted by one row. Examples:

sample [[MRN:S-26-118804]] → [[P:Kavita Rao]] ([[MRN:PC-4471203]]), sent to [[EM:kavita.rao88@gmail.com]]
sample [[MRN:S-26-118805]] → [[P:Arjun Mehta]] ([[MRN:PC-4471211]]), sent to [[PH:+91 98450 55213]] via SMS link

The dispatch job runs on {{labapp02}} under {{Windows Server 2022}}, scheduled task "{{DispatchReports}}". The LIS is {{CrelioHealth}}.

I have to inform the patients today. Please call me at [[PH:+91 80 4555 0192]].

[[P:Sunil]]
""")

E("care-home", ["Rachel Goldberg"], """
[[P:Daniel]],

Families use our visitor booking page and one of them noticed you can see other residents' names and room numbers by changing the number at the end of the URL, e.g. [[URL:https://book.maplegrovecare.com/visit/resident/2217]] shows Mrs. [[P:Dorothy Kaplan]], {{Room 9}}.

The page was built by [[P:Grant]] (our old IT volunteer) on {{WordPress}} with a plugin called {{Bookly}}. We'll {{grant}} you admin access, just tell me the email to use.

[[P:Dorothy]]'s son [[P:Stuart Kaplan]] is the one who spotted it, he's at [[PH:(201) 555-0147]].

Thanks,
[[P:Rachel]]
""")

E("manufacturing", ["Jan Nowak"], """
Cześć [[P:Daniel]],

mamy problem z kamerami na parkingu zakładu (rejestrator {{Dahua NVR5216}}). Ochrona prosi o nagranie z [[D:10 grudnia]] między {{22:00}} a {{23:00}}, bo ktoś uszkodził samochód pracownika, pana [[P:Roberta Pawlaka]], nr rej. [[PL:WPR 45218]].

Drugi temat: {{Comarch ERP Optima}} nie łączy się z serwerem {{SQL}} ({{192.168.0.5}}), komunikat "{{Login failed for user 'CDN'}}".

Tel. do mnie: [[PH:605 555 331]].

Pozdrawiam,
[[P:Janek]]
""")

E("school-nurse", [], """
From: [[P:Priscilla Tan]] <[[EM:nurse@hillcrestacademy.edu.sg]]>
To: [[EM:daniel@brandt-it.net]]
Subject: Health records system
Date: Tue, 15 Dec 2026 08:18:29 +0800

Dear [[P:Daniel]],

The school health records system ({{Edulearn Health}}) is showing student photos against the wrong profiles after the term rollover.

For instance, [[P:Lim Jia Hui]] (student no. [[MRN:HA-2031447]], NRIC [[NID/nric:T1234567?]]) shows the photo of [[P:Aarav Krishnan]]. Her mother, Mdm [[P:Wong Mei Ling]], called from [[PH:+65 9155 2038]].

Please could you check before the vaccination exercise on {{16 January}}?

Best regards,
[[P:Priscilla]]
""")

E("property-management", [], """
[[P:Daniel]],

quick one, the {{Buildium}} tenant portal is sending rent receipts with the wrong unit. Tenants affected so far:

- [[P:Carlos Ibarra]], {{Unit 12}}, [[EM:cibarra.home@gmail.com]]
- Ms. [[P:Haverford]], {{Unit 14}}
- [[P:lorraine mckay]], {{Unit 3}} (she typed her name in lowercase on signup, that's how it shows)

Also the ACH for [[P:Carlos]] bounced: routing [[ACC:322271627]], account [[ACC:8812004471]]. He says the numbers are right.

I'm at [[PH:602.555.0119]] all afternoon.

- [[P:Dawn]]
{{Saguaro Ridge Property Group}}
""")

E("psychotherapy", ["Dr. Oren Shapiro"], """
From: [[P:Oren Shapiro]] <[[EM:oren@shapirocounseling.com]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: lost phone
Date: Wed, 16 Dec 2026 21:10:44 -0500

[[P:Daniel]],

I lost my phone on the subway tonight. It has {{Signal}}, my {{SimplePractice}} app and client texts. It's an {{iPhone 15}}, IMEI [[DEV:35 672110 889314 2]], number [[PH:(646) 555-0108]].

Clients I was texting today include [[P:Eliza]], [[P:Marcus Feld]] and [[P:Noa Ben-David]] ([[P:Noa]]'s appointments are on her mother's account, [[P:Ruth Ben-David]]).

Can you wipe it via {{iCloud}} or {{Intune}}? I'm at home, IP is [[IP:100.34.182.61]] if you need to whitelist me for anything.

[[P:Oren]]
""")

E("pharmacy", ["Grzegorz Wójcik"], """
[[P:Daniel]],

Our loyalty program export ({{Rx30}} → {{Mailchimp}}) included prescription info in the merge fields. A customer, [[P:Adaeze Nwosu]], replied to the newsletter asking why it said "Your {{Eliquis}} refill is ready" at the top. Her email is [[EM:adaeze.nwosu@yahoo.co.uk]].

Another customer's record in the export: [[P:WINSTON, PEARL]], DOB [[D:07/22/1938]], member [[MEM:ZGP318840021]], phone [[PH:3365550152]].

Please stop the sync before the next send on {{Thursday}} at {{10am}}.

[[P:Greg]]
""")

E("registry", [], """
Hi [[P:Daniel]],

The birth defects registry upload in {{Informatica}} failed at record 8,119 of 12,004. Error {{ORA-12899}}: value too large for column "MOTHER_NAME". The record in question:

[[MRN:BD26-008119]] | [[P:Nakamura-Fitzpatrick]], [[P:Hiroko Elisabeth]] | born [[D:26 Feb 2026]] | [[AD:7734 Chestnut Hill Rd]] | [[PC:19118]]

We can't truncate names, the registry needs the full maiden name. Can the column be widened, or should we ask the vendor? The load has to finish before the state's quarterly cut-off, and I'd rather not rerun the first 8,000 records if we can avoid it.

Thanks,
[[P:Leo]]
""")

E("dental", [], """
From: [[P:Kerstin Lund]] <[[EM:reception@lundstandvard.se]]>
To: [[EM:daniel@brandt-it.net]]
Subject: Opus Dental and BankID
Date: Thu, 17 Dec 2026 08:44:02 +0100

Hi [[P:Daniel]],

Writing in English since {{Opus}} support only answers in English anyway. Since the update, {{Opus Dental}} requires {{BankID}} for login, but it doesn't work on the reception computer.

The system also sent appointment letters to the wrong patient. [[P:Sven Håkansson]], personnummer [[NID/pnr:19560312-127?]], got the letter meant for [[P:Elin Berg]]. Could it be because both were booked on the same day through the {{1177}} integration? We have more bookings tomorrow from {{07:30}} and don't want it to happen again.

Call me on [[PH:070-555 12 84]].

Best regards,
[[P:Kerstin]]
""")

E("home-health", ["Dolores Whitaker"], """
From: [[P:Dolores Whitaker]] <[[EM:dwhitaker@heartlandhomecare.net]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: Re: billing rejects (837 file)
Date: Thu, 17 Dec 2026 14:02:11 -0600

[[P:Daniel]],

Here's the segment from the 837 that {{Availity}} rejected, as you asked:

CLM*[[MEM:HH2611-30418]]*1840.00***32:B:1*Y*A*Y*Y~
NM1*IL*1*[[P:BRANDVOLD]]*[[P:ARLENE]]****MI*[[MEM:XHJ884021370]]~
N3*[[AD:2207 PRAIRIE VIEW DR]]~
N4*SIOUX FALLS*SD*[[PC:57106]]~
DMG*D8*[[D:19411023]]*F~

Rejection is "{{A7:164 - entity's contract/member number invalid}}". Payer ID is {{00630}}. The batch was {{BATCH 20261215-03}}.

> On Wed, Dec 16, 2026, [[P:Daniel Brandt]] wrote:
> Can you paste the CLM and NM1 lines from the file?

Thanks,
[[P:Dolores]]
""")

E("hospice", ["Father Tomás Reilly"], """
From: [[P:Tomás Reilly]] <[[EM:treilly@stjudeshospice.org]]>
To: [[EM:daniel@brandt-it.net]]
Subject: volunteer laptops
Date: Fri, 18 Dec 2026 09:15:27 -0500

Hi [[P:Daniel]],

Our volunteer coordinator [[P:Marjorie Fenwick]] is leaving and handing over to [[P:Kwame]]. Her laptop has the volunteer roster with everyone's background check results, for example [[P:Dennis Oyelaran]] (DOB [[D:4/4/1961]], DL [[LIC:S530-4418-9921]]) and [[P:Patrice Holloway]].

Can you wipe it and set it up for [[P:Kwame]] with the same {{Microsoft 365}} groups but his own account? His start date is [[D:January 4th]]. His personal email for the invite is [[EM:kwame.adjei.jr@gmail.com]].

God bless,
Fr. [[P:Tomás]]
""")

E("physiotherapy", ["Greta Lindholm"], """
From: [[P:Greta Lindholm]] <[[EM:greta@coastalsportsphysio.com]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: WebPT and the gym tablets
Date: Mon, 21 Dec 2026 07:48:30 -0800

Hi [[P:Daniel]],

{{WebPT}} on the gym tablets logs out every time someone switches apps, which is constant. The tablets are {{iPad 10th gen}} managed through {{Mosyle}}.

Also, a patient brought his own {{Apple Watch}} data for his rehab and [[P:Tyler]] paired it to the clinic iPad by accident. Patient is [[P:Brent Kowalczyk]], watch serial [[DEV:G99XK2LQ1N]], and he's worried his health data is now on our device. Can you unpair it and clear the data? His next visit is [[D:12/28]].

Our front desk line is {{(858) 555-0100}} for the vendor callback.

[[P:Greta]]
""")

E("insurance-broker", ["Marcus Oyelowo"], """
From: [[P:Marcus Oyelowo]] <[[EM:marcus@oyelowoinsurance.com]]>
To: [[EM:daniel@brandt-it.net]]
Subject: e-sign envelope to the wrong client
Date: Mon, 21 Dec 2026 11:27:04 -0500

[[P:Daniel]],

We sent a {{DocuSign}} envelope with a life insurance application to the wrong client. The application belongs to [[P:Harriet Okafor]], DOB [[D:August 19, 1967]], SSN [[SSN:262-41-0938]], beneficiary [[P:Samuel Okafor]]. It was sent to [[EM:h.okafor@gmail.com]] instead of [[EM:harriet.okafor@gmail.com]].

Envelope ID {{3f9a1c22-71b0-4d1e-9e2a-55c0b7a1e3d4}}. Can you void it and check that nobody signed? Our {{DocuSign}} admin login is under {{Oyelowo Insurance Group}}.

[[P:Marcus]]
""")

E("law-firm", ["Sarah Goldstein"], """
From: [[P:Sarah Goldstein]] <[[EM:sgoldstein@goldsteinmercer.com]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: printer in conference room + client parking
Date: Tue, 22 Dec 2026 08:40:12 -0500

[[P:Daniel]],

The {{Konica Minolta bizhub C360i}} in the {{Harbor Room}} won't print from laptops on the guest Wi-Fi. Deposition tomorrow at {{9}}.

Separately, the building asked for plates of visitors for the garage: Mr. [[P:Ellis Varga]], plate [[PL:7HJK 219]], and his interpreter [[P:Dalia Suárez]], plate [[PL:FYT-8832]]. Can you add them to the {{ParkMobile}} visitor list? The login is on the IT sheet.

Also, [[P:Will Mercer]] is working from his house this week, IP [[IP:24.16.201.88]], and needs the VPN exception. You {{will}} need to check that with [[P:Will]] directly.

[[P:Sarah]]
""")

E("accounting", ["Bogdan Ionescu"], """
From: [[P:Bogdan Ionescu]] <[[EM:bogdan@ionescu-cpa.com]]>
To: [[EM:daniel@brandt-it.net]]
Subject: scanned docs in the wrong client folders
Date: Tue, 22 Dec 2026 10:05:51 -0600

[[P:Daniel]],

The {{ScanSnap iX1600}} profile for "{{Client Intake}}" is dropping everything into one folder again. Today's pile includes:

- 1099-R for [[P:Walter Pryzbylewski]], SSN [[SSN:318-62-5504]]
- bank statement for [[P:Candace Obuya]], account [[ACC:482019377615]], routing [[ACC:071921891]]
- a Visa statement for [[P:Lionel Ashby]], card [[CARD:4024 0071 5310 982?]]

I think the {{ScanSnap Home 2.22}} update reset the profiles. Could you rebuild them so each scan asks for the client?

[[P:Bogdan]]
""")

E("clinical-lab", ["Keisha Armstrong"], """
From: [[P:Keisha Armstrong]] <[[EM:karmstrong@summitpathology.com]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: requisition scanning & OCR
Date: Wed, 23 Dec 2026 07:22:18 -0700

Hi [[P:Daniel]],

The OCR on our requisition scanner ({{Kofax Capture 11}}) is reading dates wrong and creating duplicate patients in {{Orchard Copia}}. Examples:

[[P:Everett Lindahl]], DOB [[D:03/04/1952]] became 04/03/1952 → new MRN [[MRN:SP0091247]] (real one is [[MRN:SP0033108]])
[[P:Rosemary Quist]], DOB [[D:12 Oct 1949]], insurance [[MEM:MDCR 7RF2-JK4-PX56]], duplicated as well

Dr. [[P:Alcott]] noticed when a cumulative report was missing prior results. Can you check the {{Kofax}} date format setting?

[[P:Keisha]]
""")

E("care-home", ["Paul Ferreira"], """
From: [[P:Paul Ferreira]] <[[EM:paul.ferreira@oaklandsnursinghome.co.uk]]>
To: [[EM:daniel@brandt-it.net]]
Subject: resident's hearing aid app
Date: Wed, 23 Dec 2026 15:33:02 +0000

Hi [[P:Daniel]],

One of our residents, Mrs. [[P:Winifred Dale]], has {{Phonak}} hearing aids that pair with her own phone, and since the {{Android 15}} update the app won't connect. The hearing aid serials are [[DEV:2317A8841]] and [[DEV:2317A8842]], phone is a {{Samsung A15}}.

Her niece [[P:Alison Dale]] ([[PH:01632 960 418]]) asked us to sort it over Christmas. [[P:Winifred]] is in {{Room 6}} and DOB [[D:02/11/1931]] if {{Phonak}} support asks.

Thanks and merry Christmas,
[[P:Paul]]
""")

E("veterinary", ["Dr. Ayesha Karim"], """
From: [[P:Ayesha Karim]] <[[EM:ayesha@willowbrookanimalhospital.com]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: Online payments and the boarding webcam page
Date: Thu, 24 Dec 2026 09:08:40 -0500

[[P:Daniel]],

Our {{Vetstoria}} booking page is showing an owner's full name and address in the confirmation URL: [[URL:https://booking.willowbrookvet.com/confirm?owner=Cheng%20Liu&addr=44%20Elm%20St]]. That's [[P:Cheng Liu]], who boards {{Mango}} and {{Kiwi}} with us.

Also a client paid over the phone and [[P:Becca]] typed the card into the notes field in {{ImproMed}} instead of the payment screen: [[CARD:5292 4417 0386 219?]]. Can you scrub that note? Client is [[P:Harold Jeffers]], client no. [[ACC:20077]].

Thanks,
[[P:Ayesha]]
""")

E("school-nurse", ["Colleen Murphy"], """
From: [[P:Colleen Murphy]] <[[EM:cmurphy@riversideusd.org]]>
To: [[EM:daniel@brandt-it.net]]
Subject: Medication log spreadsheet
Date: Mon, 4 Jan 2027 07:55:10 -0800

Happy new year [[P:Daniel]],

Before break, our health aide [[P:Graciela]] emailed the medication log to the whole staff list by accident instead of just me. It's in {{Excel}}, columns: student, DOB, medication, parent phone. A few rows:

[[P:Ethan Vo]], [[D:2015-02-11]], methylphenidate, [[PH:(951) 555-0161]]
[[P:Sofia Castañeda]], [[D:2016-09-30]], albuterol, [[PH:(951) 555-0122]]
[[P:Liam O'Shea]], [[D:2014-12-05]], insulin, [[PH:(951) 555-0183]]

About 240 staff got it. Can you pull it back out of mailboxes with {{Purview}} content search? The subject was "{{med log final v3}}".

Thanks,
[[P:Colleen]]
""")

E("non-profit", ["Esperanza Rojas"], """
From: [[P:Esperanza Rojas]] <[[EM:erojas@casadelafamilia.org]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: intake tablets + clinic Wi-Fi
Date: Mon, 4 Jan 2027 10:12:44 -0700

Hi [[P:Daniel]],

Our free clinic intake tablets ({{Fire HD 10}}) are saving photos of ID cards to the camera roll after they're uploaded to {{Jotform}}. I found [[P:Ernesto Villagrán]]'s matricula consular and [[P:Alma Duarte]]'s driver's licence (AZ [[LIC:D08824173]]) still on tablet 2.

[[P:Alma]]'s form also has her address, [[AD:2231 E Indian School Rd, Apt 117]], Phoenix [[PC:85016]], and her son [[P:Kevin]]'s DOB, [[D:7/7/2018]].

Can you set the tablets to delete after upload? And the clinic Wi-Fi password is still the one [[P:Marcos]] set in {{2022}}.

Gracias,
[[P:Esperanza]]
""")

E("manufacturing", ["Dale Whitfield"], """
From: [[P:Dale Whitfield]] <[[EM:dale@whitfieldcabinetry.com]]>
To: [[EM:daniel@brandt-it.net]]
Subject: CNC PC + our delivery driver's phone
Date: Tue, 5 Jan 2027 06:40:01 -0500

[[P:Dan]],

The PC running {{Cabinet Vision 2024}} on the {{Biesse Rover}} lost its network share after we moved it. Share is {{\\\\nas01\\cnc}} at {{192.168.2.10}}.

Second: our delivery driver [[P:Jesse Carlisle]] lost his phone with the {{Samsara}} driver app. It was his personal phone, number [[PH:(540) 555-0179]], IMEI [[DEV:35 120498 771236 0]]. The truck is plate [[PL:VA UKT-4821]]. Can you log him out of {{Samsara}} remotely?

[[P:Jesse]]'s CDL number, if {{Samsara}} asks, is [[LIC:T61-44-2098]].

Thanks,
[[P:Dale]]
""")

E("pharmacy", ["Ifeoma Chukwu"], """
From: [[P:Ifeoma Chukwu]] <[[EM:ifeoma@eastgatepharmacy.com]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: delivery app + IVR
Date: Tue, 5 Jan 2027 12:48:19 -0500

Hi [[P:Daniel]],

Our refill IVR ({{Ateb}}) reads back the wrong patient name for some callers. A caller this morning, [[P:Mildred Haskins]] from [[PH:(804) 555-0155]], was told her refill for Rx [[MRN:6604182]] was ready for "[[P:Milton Haskell]]".

Also our delivery driver [[P:Andre]] uses {{ScriptDrop}} on his own phone. He delivered to [[AD:1420 Hanover Ave]], Richmond [[PC:23220]] today and the app showed the previous patient's signature.

Store NPI {{1851472093}}, NCPDP {{4918325}}.

[[P:Ifeoma]]
""")

E("registry", ["Dr. Maurice Delacroix"], """
From: [[P:Maurice Delacroix]] <[[EM:mdelacroix@traumaregistry-ne.org]]>
To: [[EM:daniel@brandt-it.net]]
Subject: abstractor VPN access
Date: Wed, 6 Jan 2027 08:30:00 -0500

[[P:Daniel]],

Two of our abstractors work from home and need VPN access to the registry server ({{DI Trauma One}}, {{10.30.5.22}}):

[[P:Tamara Kessler]] - home IP [[IP:71.233.18.102]], cell [[PH:617-555-0190]]
[[P:Yuki Tanabe]] - home IP [[IP:98.110.43.7]], cell [[PH:857-555-0135]]

While testing I found a record abstracted under the wrong patient: trauma no. [[MRN:TR26-00441]], [[P:Devonte Blake]], injury date [[D:12/19/2026]], was merged with [[P:Devon Blake]], DOB [[D:5/2/1998]]. Please don't touch the data, just get them connected.

[[P:Maurice]]
""")

E("payroll", ["Nadia Haddad"], """
From: [[P:Nadia Haddad]] <[[EM:nadia@cedarpayrollservices.com]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: W-2 PDFs on the portal
Date: Wed, 6 Jan 2027 13:21:56 -0600

Hi [[P:Daniel]],

We're about to publish 2026 W-2s on our client portal ({{Citrix ShareFile}}) and I tested with my own and one employee's. The PDFs open without a password. One of them was [[P:Rogelio Bautista]]'s, SSN [[SSN:455-30-1187]], address [[AD:918 Pecan St]], Austin TX [[PC:78702]].

Can we set the portal to require the employee's login and MFA? The employees log in with their personal emails, e.g. [[EM:rbautista78@yahoo.com]].

Deadline for W-2s is {{January 31}}.

[[P:Nadia]]
""")

E("property-management", ["Oksana Melnyk"], """
From: [[P:Oksana Melnyk]] <[[EM:oksana@lakeshoreleasing.com]]>
To: [[EM:daniel@brandt-it.net]]
Subject: rental applications in shared mailbox
Date: Thu, 7 Jan 2027 09:47:33 -0600

[[P:Daniel]],

Rental applications are landing in the shared {{Leasing}} box that all six agents see. Each one has SSN, DOB and employer. Today's:

[[P:Brianna Kowalski]], SSN [[SSN:335-71-2049]], DOB [[D:Feb. 14, 1996]], current address [[AD:4418 N Sheridan Rd, #3F]], Chicago [[PC:60640]]
[[P:Marcus Bell]], SSN [[SSN:352-09-8811]], DOB [[D:Sept 9 1990]]

Can you route them straight to {{RentSpree}} instead?

[[P:Oksana]]
""")

E("psychotherapy", ["Dr. Beatriz Lopes"], """
From: [[P:Beatriz Lopes]] <[[EM:beatriz@lopespsicologia.pt]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: Consultas online e faturas
Date: Thu, 7 Jan 2027 18:05:12 +0000

Olá [[P:Daniel]],

As consultas por {{Google Meet}} estão a falhar com o erro "{{Não foi possível ligar (código 2F)}}" para alguns pacientes. Hoje aconteceu com a [[P:Margarida]] e com o Sr. [[P:Nuno Teixeira Lobo]], que me ligou do [[PH:+351 936 555 217]].

Também preciso de emitir a fatura do Sr. [[P:Teixeira Lobo]] com o NIF dele, [[NID/nifpt:18742339?]], e o {{InvoiceXpress}} diz que o NIF é inválido. Podes ver?

Obrigada,
[[P:Beatriz]]
""")

E("home-health", ["Tamika Reeves"], """
From: [[P:Tamika Reeves]] <[[EM:treeves@compassionhomecare.org]]>
To: [[EM:daniel@brandt-it.net]]
Subject: aide's tablet stolen from car
Date: Fri, 8 Jan 2027 07:12:49 -0500

[[P:Daniel]],

One of our aides, [[P:Shonda]], had her agency tablet stolen from her car last night (her car, plate [[PL:GA RTW4412]]). The tablet had {{AxisCare}} logged in with today's schedule, which includes Mr. [[P:Otis Greenlee]] at [[AD:77 Juniper Trace]], Decatur [[PC:30032]] and [[P:Opal]] at the {{Sunrise}} apartments, unit {{210}}.

Police report number is {{26-004418}}. Can you lock the tablet in {{Intune}} and reset her password? Her cell is [[PH:(404) 555-0166]].

[[P:Tamika]]
""")

E("payroll", [], """
[[P:Daniel]],

last one for the week, I promise. {{Rippling}} flagged an I-9 re-verification for [[P:Anh Nguyen]] because her work permit expires [[D:2/28/2027]]. The document number from the EAD card is [[LIC:SRC2290418873]] and her A-number [[NID:A-208-331-447]].

I uploaded the scan to the wrong employee ([[P:Anthony Nguyen]], same last name, different person). How do I move it without leaving a copy in his file?

Also {{Rippling}} support ticket {{RP-558120}} has been open since {{Tuesday}}.

[[P:Jo]] at {{Northwind Staffing}}
""")

E("property-management", [], """
From: [[P:Curtis Wainwright]] <[[EM:curtis@harborpointhoa.org]]>
To: [[P:Daniel Brandt]] <[[EM:daniel@brandt-it.net]]>
Subject: HOA gate cameras / resident list
Date: Fri, 8 Jan 2027 16:30:05 -0500

[[P:Daniel]],

The gate camera license plate reader ({{Flock Safety}}) is flagging residents' cars as unknown since the firmware update ({{v4.12}}). Two from today:

[[P:Glenda Ruiz]], {{Lot 44}}, plate [[PL:JRT 5512]]
[[P:Howard]] and [[P:Lynn Pak]], {{Lot 17}}, plate [[PL:9BQ-K203]]

The resident list lives in our {{Google Sheet}} and was last updated by [[P:Denise]] in November. Resident contact for Lot 44 is [[EM:glenda.ruiz@att.net]].

Can you re-sync the allow-list?

[[P:Curtis]]
""")

E("dental", ["Hugo Lambert"], """
From: [[P:Hugo Lambert]] <[[EM:hugo@lambertorthodontie.fr]]>
To: [[EM:daniel@brandt-it.net]]
Subject: Scanner intra-oral et Doctolib
Date: Mon, 11 Jan 2027 08:14:33 +0100

Bonjour [[P:Daniel]],

Le scanner intra-oral {{iTero Element 5D}} n'envoie plus les empreintes vers {{Orthalis}}. Cela bloque les gouttières de [[P:Léa Fontaine]] (née le [[D:30/01/2011]]) et de [[P:Noah Benali]].

Aussi, {{Doctolib}} envoie les rappels de rendez-vous à l'ancien numéro de la mère de [[P:Léa]], Mme [[P:Sandrine Fontaine]] : [[PH:06 45 55 18 22]] au lieu de [[PH:07 81 55 39 04]].

Merci,
[[P:Hugo]]
""")


def main() -> None:
    recs = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    for rec in recs:
        for s in rec["spans"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    total = sum(kinds.values())
    keep = sum(len(r["keep"]) for r in recs)
    print(f"{OUT.name}: {len(recs)} e-mails, {total} spans, {keep} keep")
    for k in KINDS.values():
        print(f"  {k:12} {kinds.get(k, 0)}")


if __name__ == "__main__":
    main()
