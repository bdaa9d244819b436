"""Build report.jsonl, a held-out labelled set of client e-mails for the redactor.

Each e-mail is written as a template.  Marked pieces look like
``{TAG:text}``; TAG is one of the short tags in TAGS below (``K`` marks a
string that must stay readable).  Offsets are computed here, never by hand.

Two tags compute part of their value:
  {IBAN:DE?? 3704 ...}  -> ``??`` becomes the mod-97 check digits
  {CARD:4532 0151 ... 03?} -> the trailing ``?`` becomes the Luhn digit

Run:  python tests/data/redaction/make_report.py
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "report.jsonl"

TAGS = {
    "P": "PERSON",
    "A": "ADDRESS",
    "Z": "POSTCODE",
    "D": "DATE",
    "T": "PHONE",
    "E": "EMAIL",
    "U": "URL",
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
    "K": "KEEP",
}

# Words that are ordinary English words as well as given names.
WORD_NAMES = {
    "Will",
    "Grace",
    "Hope",
    "Mark",
    "Bill",
    "Faith",
    "Rose",
    "April",
    "Frank",
    "Joy",
    "Sunny",
    "Amber",
    "Dawn",
    "Hunter",
    "Chase",
    "Bob",
    "Penny",
    "Art",
    "Rich",
    "Sky",
    "Summer",
    "Carol",
    "Gene",
    "May",
}

TAG_RE = re.compile(r"\{([A-Z]+):([^{}]*)\}")


def iban_check(value):
    """Fill the ``??`` check digits of an IBAN written with optional spaces."""
    compact = value.replace(" ", "")
    assert compact[2:4] == "??", value
    rearranged = compact[4:] + compact[:2] + "00"
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    check = 98 - int(digits) % 97
    return value.replace("??", "%02d" % check, 1)


def iban_valid(value):
    compact = value.replace(" ", "").upper()
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def luhn_sum(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total


def luhn_fill(value):
    assert value.endswith("?"), value
    digits = re.sub(r"\D", "", value[:-1])
    check = (10 - luhn_sum(digits + "0") % 10) % 10
    return value[:-1] + str(check)


def luhn_valid(value):
    digits = re.sub(r"\D", "", value)
    return len(digits) >= 12 and luhn_sum(digits) % 10 == 0


def parse(template):
    """Return (text, spans, keep) for one template."""
    text_parts = []
    spans, keep = [], []
    pos = 0
    length = 0
    for m in TAG_RE.finditer(template):
        plain = template[pos : m.start()]
        text_parts.append(plain)
        length += len(plain)
        tag, value = m.group(1), m.group(2)
        if tag not in TAGS:
            raise ValueError("unknown tag %r in %r" % (tag, m.group(0)))
        if tag == "IBAN":
            value = iban_check(value)
        elif tag == "CARD":
            value = luhn_fill(value)
        item = {"start": length, "end": length + len(value)}
        if TAGS[tag] == "KEEP":
            item["text"] = value
            keep.append(item)
        else:
            item["kind"] = TAGS[tag]
            item["text"] = value
            spans.append(item)
        text_parts.append(value)
        length += len(value)
        pos = m.end()
    rest = template[pos:]
    if "{" in rest or "}" in rest:
        raise ValueError("stray brace near %r" % rest[:60])
    text_parts.append(rest)
    text = "".join(text_parts)
    return text, spans, keep


RECORDS = []


def mail(field, contacts, template):
    template = template.strip("\n").rstrip() + "\n"
    if "{" in TAG_RE.sub("", template) or "}" in TAG_RE.sub("", template):
        raise ValueError("stray brace in template starting %r" % template[:80])
    RECORDS.append((field, contacts, template))


# ---------------------------------------------------------------------------
# Home-health agencies
# ---------------------------------------------------------------------------

mail(
    "home-health",
    ["Maria Lopez"],
    """
From: {P:Maria Lopez} <{E:maria.lopez@sunrisehh.org}>
To: {P:Dev Patel} <{E:dev@patelconsulting.io}>
Subject: Fax portal down again
Date: Tue, 1 Dec 2026 11:07:00 -0500

Hi {P:Dev},

The {K:FaxHarbor} portal is throwing {K:error 0x80070005} again since about {K:9:40}. Nurses can't get the signed 485s back from the doctors' offices. {P:Kevin} in intake says he tried the {K:Chrome} cache trick you showed him and no luck.

The one that's urgent is for our patient {P:Hannelore Brandt} (DOB {D:03/14/1952}, {MRN:MRN 00482913}). Her start of care was {D:11/24/2026} and {K:Medicare} won't pay until the signed plan of care is in the chart. Dr. {P:Aisha Rahman}'s office says they faxed it twice to {T:(937) 414-2280} which is our main fax line.

Can you look at it today? We have the state survey coming in {K:January} and I really don't need this.

Also the {K:Brother MFC-L8900} in the back office keeps printing blank pages, but that's not urgent.

Thanks,
{P:Maria}

{P:Maria Lopez}, RN
Director of Clinical Operations
{K:Sunrise Home Health}
{A:2210 Far Hills Ave, Suite 4, Kettering}, OH {Z:45419}
Office {T:937-414-2200 x112} | Cell {T:937.671.0394}
""",
)

mail(
    "home-health",
    ["Tobias Okonkwo-Reyes"],
    """
From: "{P:Okonkwo-Reyes, Tobias}" <{E:tokonkwo@bluestemcare.com}>
To: {E:help@brightlinetech.net}
Cc: {P:Priya Raman} <{E:praman@bluestemcare.com}>
Subject: EVV exceptions - Mrs. {P:Delgado} visits not syncing
Date: Mon, 7 Dec 2026 08:15:22 -0600

Morning,

Quick one. The {K:CareTrack EVV} export from last week has 14 exceptions and 9 of them are for the same client, Mrs. {P:Delgado} ({P:Rosalinda Delgado}, Medicaid ID {MEM:TX0093318427}). Aide is {P:Nomvula Dlamini}. The GPS check-in says the visit started at {K:7:02 AM} but the clock-out never came through on {D:Dec 2}, {D:Dec 3} and {D:Dec 4}.

{P:Nomvula} uses her own phone, a {K:Samsung Galaxy A15}, IMEI {DEV:356938035643809}. She swears she tapped "End Visit" every time. Could it be the app version? She's on {K:4.18.2} and the rest of the team got {K:4.19.0} on Friday.

Payer is {K:Lone Star Community Health Plan} and they kick back anything over {K:72 hours} old, so if we can't fix the records by Thursday we eat about {K:$1,140}.

{P:Priya} can send the screenshots if you need them.

- {P:Tobias}

{P:TOBIAS OKONKWO-REYES}
Administrator | {K:Bluestem Home Care}
{A:4401 N. Mesa St, Ste 300, El Paso}, TX {Z:79902}
p {T:915-555-0178}  f {T:915-555-0179}
""",
)

mail(
    "home-health",
    ["Siobhán Ní Bhriain"],
    """
From: {P:Siobhán Ní Bhriain} <{E:siobhan@heartlandvisiting.org}>
To: {P:Marcus Webb} <{E:marcus@webbit.co}>
Subject: new nurse laptops + VPN
Date: Wed, 2 Dec 2026 16:48:10 -0500

{P:Marcus},

Two new field nurses start Monday and need laptops set up like the others ({K:Dell Latitude 5450}, {K:Windows 11 Pro}, {K:GlobalProtect} VPN, {K:HomeVisit Pro} client).

1. {P:Chidinma Eze} - start date {D:12/14/2026}
   personal cell for MFA: {T:+1 (317) 902-4418}
   RN license {LIC:28264913A}
2. {P:Grace Mwangi} - start date {D:12/14/2026}
   cell {T:317-448-0021}
   LPN license {LIC:27113508A}

Please tag the laptops the usual way. {P:Chidinma}'s is service tag {DEV:7HQ2RT3}, {P:Grace}'s is {DEV:9XKD4M2}. The VPN gateway is still {K:vpn.heartlandvisiting.org} on {K:port 443}, and the firewall rule for the {K:HomeVisit Pro} sync server ({K:52.14.201.77}) should already be there from last time.

Oh and they get the 30-day {K:grace period} on password expiry like everyone else, HR asked me to remind you.

Go raibh maith agat,
{P:Siobhán}

{P:Siobhán Ní Bhriain}
Office Manager, {K:Heartland Visiting Nurses}
{T:317-448-0000} ext {K:4}
""",
)

mail(
    "home-health",
    ["Renee Castellanos"],
    """
From: {P:Renee Castellanos} <{E:rcastellanos@amenahomehealth.com}>
To: {E:support@kowalskiconsulting.com}
Subject: RE: Ticket #2026-11873 - OASIS export failed
Date: Thu, 3 Dec 2026 13:22:45 -0500

Still failing. Same message: "{K:OASIS-E1 validation: M0066 invalid}". M0066 is the birth date field so I checked the patient.

Patient: {P:Bartholomew "Bart" Iwu}
DOB in the chart: {D:1941-07-09}
DOB on the referral: {D:July 9, 1941}
MRN: {MRN:A-55102}
Medicare MBI: {NID:1EG4-TE5-MK73}

They match so I don't know what it's complaining about. The export is the batch from {K:CareNest 12.4}, submitted to {K:iQIES}. Error count went from 1 to 3 after I re-saved.

{P:Bart}'s daughter {P:Oluwaseun} also called saying she got a text with a link to his visit summary that doesn't open: {U:https://portal.carenest.app/v/7f3a9c21e4?pt=A-55102}
Is that supposed to work for family?

> On Wed, Dec 2, 2026 at 10:03 AM {P:Piotr Kowalski} <{E:piotr@kowalskiconsulting.com}> wrote:
> Can you send me the patient's MRN and the exact error text? I'll
> check whether the date format changed in the {K:12.4} update.
>
> {P:Piotr}

{P:Renee}
""",
)


# ---------------------------------------------------------------------------
# Building and checking
# ---------------------------------------------------------------------------

NAME_PARTICLES = {
    "de",
    "da",
    "del",
    "van",
    "von",
    "der",
    "den",
    "la",
    "le",
    "al",
    "bin",
    "ibn",
    "ní",
    "nic",
    "mac",
    "mc",
    "o",
    "du",
    "di",
    "dos",
    "das",
    "y",
    "ter",
    "zu",
}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def covered(intervals, start, end):
    return any(s <= start and end <= e for s, e in intervals)


def check_record(rid, text, spans, keep, problems):
    items = sorted(spans, key=lambda x: x["start"])
    for a, b in zip(items, items[1:]):
        if b["start"] < a["end"]:
            problems.append("%s: overlapping spans %r %r" % (rid, a["text"], b["text"]))
    for it in spans + keep:
        if text[it["start"] : it["end"]] != it["text"]:
            problems.append("%s: bad offsets for %r" % (rid, it["text"]))
        if not it["text"] or it["text"] != it["text"].strip():
            problems.append("%s: empty or padded item %r" % (rid, it["text"]))
    for k in keep:
        for s in spans:
            if k["start"] < s["end"] and s["start"] < k["end"]:
                problems.append("%s: keep %r overlaps span %r" % (rid, k["text"], s["text"]))
    for s in spans:
        if s["kind"] == "IBAN" and not iban_valid(s["text"]):
            problems.append("%s: invalid IBAN %r" % (rid, s["text"]))
        if s["kind"] == "CARD" and not luhn_valid(s["text"]):
            problems.append("%s: invalid card %r" % (rid, s["text"]))
    span_iv = [(s["start"], s["end"]) for s in spans]
    keep_iv = [(k["start"], k["end"]) for k in keep]
    all_iv = span_iv + keep_iv
    # every e-mail address is labelled
    for m in EMAIL_RE.finditer(text):
        if not any(
            s["kind"] == "EMAIL" and s["start"] <= m.start() and m.end() <= s["end"] for s in spans
        ):
            problems.append("%s: unlabelled e-mail %r" % (rid, m.group(0)))
    # every occurrence of a name token is labelled (or explicitly kept)
    tokens = set()
    for s in spans:
        if s["kind"] != "PERSON":
            continue
        for tok in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", s["text"]):
            if len(tok) < 2 or tok.lower() in NAME_PARTICLES:
                continue
            tokens.add(tok)
    for tok in tokens:
        flags = 0 if tok.capitalize() in WORD_NAMES else re.IGNORECASE
        for m in re.finditer(r"(?<![^\W_])" + re.escape(tok) + r"(?![^\W_])", text, flags):
            if not covered(all_iv, m.start(), m.end()):
                line = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                problems.append("%s: uncovered name %r in ...%s..." % (rid, tok, line))
    words = len(text.split())
    if not 80 <= words <= 500:
        problems.append("%s: %d words" % (rid, words))


def build(write=True):
    problems = []
    out = []
    kinds = Counter()
    n_keep = 0
    for i, (field, contacts, template) in enumerate(RECORDS, 1):
        rid = "report-%03d" % i
        try:
            text, spans, keep = parse(template)
        except ValueError as exc:
            problems.append("%s: %s" % (rid, exc))
            continue
        check_record(rid, text, spans, keep, problems)
        for c in contacts:
            if not all(t.lower() in text.lower() for t in c.split()):
                problems.append("%s: contact %r not in text" % (rid, c))
        kinds.update(s["kind"] for s in spans)
        n_keep += len(keep)
        out.append(
            {
                "id": rid,
                "field": field,
                "contacts": contacts,
                "text": text,
                "spans": spans,
                "keep": keep,
            }
        )
    for p in problems:
        print("PROBLEM", p)
    print("records", len(out))
    for k in TAGS.values():
        if k != "KEEP":
            print("  %-12s %d" % (k, kinds[k]))
    print("keep", n_keep)
    if write and not problems:
        with OUT.open("w", encoding="utf-8") as fh:
            for rec in out:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print("wrote", OUT)
    return not problems


mail(
    "home-health",
    ["Wanjiru Kamau"],
    """
From: {P:Wanjiru Kamau} <{E:wkamau@riversidehomecare.net}>
To: {P:Sam Oyelaran} <{E:sam@oyelaran.tech}>
Subject: suspicious logins?? pls look
Date: Fri, 4 Dec 2026 07:31:09 -0500

{P:Sam} I got the weekly login report from {K:CareLink Mobile} and some of it looks weird to me. Pasting the part I don't get:

  user            last login (ET)      source IP        result
  {P:jnakamura}       12/03 22:14          {IP:98.212.44.170}   OK
  {P:jnakamura}       12/03 22:16          {IP:185.220.101.34}  FAILED x6
  {P:abarros}         12/03 06:50          {IP:73.158.9.211}    OK
  {K:svc-sync}        12/03 02:00          {K:10.40.0.12}       OK

{P:Jun Nakamura} is one of our night nurses and the first address is her house I think (she works from home charting). The second one I have no idea. {P:Ana Barros} is fine, that's her normal. The svc-sync one is our own server so ignore it.

Should I lock {P:Jun}'s account? She has a visit at {K:8} this morning with a hospice-transfer patient and I don't want her locked out in the driveway. Her cell is {T:(614) 390-7725} if you want to call her directly.

Also the report says "{K:47} active users / {K:3} locked / {K:0} expired". We only have {K:41} staff so something's off there too.

thanks
{P:W}

{P:Wanjiru Kamau} | Compliance & HR
{K:Riverside Home Care}, {K:Columbus} office
""",
)

mail(
    "home-health",
    ["Daniel Whitaker"],
    """
From: {P:Daniel Whitaker} <{E:dwhitaker@keystonehha.com}>
To: {P:Ingrid Solberg} <{E:ingrid@solbergsystems.com}>
Subject: Payroll direct deposit change for {P:Faith} - can the form handle this?
Date: Mon, 30 Nov 2026 10:02:47 -0500

Hi {P:Ingrid},

Our aide {P:Faith Adeyemi} moved and changed banks. She filled in the direct deposit form on the intranet page you built but it rejected her routing number. Here's what she put in (she said it's OK to send you):

Name: {P:Faith O. Adeyemi}
New address: {A:87 Lindenwood Ct, Apt 2B, Harrisburg}, PA {Z:17110-3342}
Bank: {K:Keystone Federal Credit Union}
Routing: {K:231381116}
Account: {ACC:0048813927}
SSN (last 4 only on the form, full on file): {SSN:193-40-7261}

The form says "{K:Invalid ABA checksum}" but she read it right off her check. Is the validation wrong?

Not a money question, it's a {K:faith}-in-the-system question at this point. Three people have had this error in {K:November}.

Also {P:Bill} from accounting wants to know if the form can export to {K:PayrollPoint} as a CSV instead of the PDF. He says the current PDF export takes him {K:2 hours} every pay period, which I {K:will} happily believe.

Regards,
{P:Dan}

{P:Daniel Whitaker}
HR Director, {K:Keystone Home Health Associates}
{T:717-233-5521}
""",
)

mail(
    "home-health",
    ["Lakshmi Venkataraman"],
    """
From: {P:Lakshmi Venkataraman} <{E:lakshmi.v@carepointhh.com}>
To: {P:Tomás Echeverría} <{E:tomas@echeverria-it.com}>
Subject: Fwd: mileage app - plates wrong
Date: Tue, 8 Dec 2026 09:12:33 -0700

{P:Tomás}, see below. This is the third nurse this month. Can the mileage app pull the plate from the HR record instead of letting them type it?

---------- Forwarded message ---------
From: {P:Rhys ap Gwilym} <{E:rgwilym@carepointhh.com}>
Date: Mon, Dec 7, 2026 at {K:5:41 PM}
Subject: mileage app - plates wrong
To: {P:Lakshmi Venkataraman} <{E:lakshmi.v@carepointhh.com}>

Hi {P:Lakshmi},

My mileage for {K:November} got rejected because the plate on the trip log doesn't match. The app has {PL:AZ 4RK-719} but my plate is {PL:CHK4719} (Arizona, I changed to the vanity plate in {K:August}). My old one was {PL:4RK719}.

Trips in question are the visits to Mr. {P:Yazzie} on {D:11/03}, {D:11/10}, {D:11/17} and {D:11/24}, about {K:62 miles} round trip each from the office. Reimbursement rate is {K:$0.70/mile} per the handbook so it's like {K:$173.60} total.

I also use my wife's car sometimes ({PL:BXT2290}) when mine is in the shop - does the app even allow two vehicles?

Thanks,
{P:Rhys}
{T:480-555-0112}
""",
)

mail(
    "home-health",
    ["Angelika Hoffmann"],
    """
From: {P:Angelika Hoffmann} <{E:a.hoffmann@pflegedienst-lindenhof.de}>
To: {P:Jonas Reuter} <{E:jonas@reuter-edv.de}>
Subject: Tourenplanung / Zugang für neue Pflegekraft
Date: Wed, 9 Dec 2026 14:05:51 +0100

Hallo {P:Jonas},

kurze Bitte: wir haben eine neue Pflegekraft, Frau {P:Dragana Petrović}, ab {D:01.01.2027}. Sie braucht Zugang zur Tourenplanung ({K:TourPlan 7}) und zum {K:Nextcloud}.

Daten für die Lohnabrechnung (bitte nur an {K:DATEV} weitergeben, nicht per Mail weiterleiten):
- geboren am {D:22. Mai 1988}
- Steuer-ID: {NID:65 929 970 489}
- IBAN: {IBAN:DE?? 3704 0044 0532 0130 00}
- Anschrift: {A:Kastanienallee 14}, {Z:50823} {A:Köln}

Außerdem: unser Patient Herr {P:Wolfgang Brandstätter} (geb. {D:04.11.1936}) hat jetzt einen Hausnotruf, Gerät Seriennr. {DEV:HN-2231-0098-47}. Die Leitstelle ruft bei Alarm unter {T:+49 221 9873 4410} an. Kann das in die Patientenakte als Notiz?

Und der Drucker im Büro zeigt wieder "{K:Fehler 0xE5}". Ich habe ihn neu gestartet, hilft nichts.

Danke dir!
{P:Angelika}

--
{P:Angelika Hoffmann}
Pflegedienstleitung
{K:Pflegedienst Lindenhof GmbH}
Tel. {T:0221 98734400}
""",
)

mail(
    "home-health",
    ["Hope Brannigan"],
    """
From: {P:Hope Brannigan} <{E:hbrannigan@gentlehandshh.com}>
To: {P:Alexei Morozov} <{E:alexei@morozovtech.us}>
Subject: private pay card declined + a few things
Date: Thu, 10 Dec 2026 15:30:00 -0600

{P:Alexei},

List of things, sorry, it's been a week:

- Private-pay family (the {P:Castillos}) tried to pay the {K:December} invoice ({K:INV-20931}, {K:$2,486.50}) through the {K:PayWell} link and it declined. The son, {P:Julián Castillo}, read me the card over the phone so I could run it manually: {CARD:4539 5781 2204 116?}, exp {K:08/28}. The terminal said "{K:Do Not Honor}". Should I just tell him to call his bank? I don't want that number sitting in my notes forever, please tell me where to delete it.
- The test payment you did last week with {K:4242 4242 4242 4242} is still showing in the report as a real {K:$1.00} charge. Can you void it so the totals are right?
- {P:Hope} (me) needs a new headset. The {K:Jabra} one died.
- The fax-to-email for referrals ({T:(405) 555-0167}) stopped forwarding to {E:referrals@gentlehandshh.com} on Tuesday around {K:2 PM}.

I {K:hope} this helps explain why I've been emailing you so much.

{P:Hope}

{P:Hope Brannigan}
Office Manager
{K:Gentle Hands Home Health}
{A:1900 NW Expressway, Suite 1150, Oklahoma City}, OK {Z:73118}
{T:405-555-0160}
""",
)

mail(
    "home-health",
    ["Kwame Asante"],
    """
From: {P:Kwame Asante} <{E:kasante@goldcoasthomecare.com}>
To: {E:dev@patelconsulting.io}
Subject: portal reset links for patients expiring too fast
Date: Fri, 11 Dec 2026 12:44:18 -0500

Hey,

families keep saying the password reset link from the patient portal is dead by the time they click it. Example that Mrs. {P:Owusu-Ansah}'s grandson forwarded me this morning:

{U:https://families.goldcoasthomecare.com/reset?uid=44817&token=c91f0e7ab2d54e61}

He got it at {K:10:02} and clicked at {K:10:40} and it said "{K:Link expired (E-4102)}". The setting in the admin page says {K:60 minutes}. Is that wrong?

Other example: {P:Abena Boateng}'s daughter, link was {U:https://families.goldcoasthomecare.com/reset?uid=51203&token=7d20be4419ac0f3e}. Same thing.

I set up a test account for you if you want to try: username {K:devtest}, it's tied to a fake patient "{K:Test Patient}" with MRN {K:TEST-0001}.

Also {K:Registry Support} at the state sent something about our immunization data feed but I'll forward it separately.

Call me if easier: {T:(561) 555-0134}, I'm in the office til {K:5}.

{P:Kwame}
""",
)

# ---------------------------------------------------------------------------
# State registry offices
# ---------------------------------------------------------------------------

mail(
    "registry",
    [],
    """
From: {K:Registry Support} <{E:registry.support@health.state-ia.gov}>
To: {P:Kwame Asante} <{E:kasante@goldcoasthomecare.com}>
Cc: {P:Nguyễn Thị Thu Hà} <{E:ha.nguyen@health.state-ia.gov}>
Subject: IIS submission rejected - batch {K:B-2026-118804}
Date: Fri, 11 Dec 2026 09:58:02 -0600

Good morning,

Your facility's HL7 VXU batch {K:B-2026-118804} submitted on {K:12/10/2026} was rejected by the {K:Immunization Information System} ({K:IRIS 5.2}). {K:312} messages were received, {K:309} accepted, {K:3} rejected with error {K:ACK AE 103 - Required field missing}.

The rejected messages are below (segments truncated):

MSH|^~\\&|{K:GOLDCOAST}|{K:GCHC01}|{K:IRIS}|{K:IADPH}|20261210153012||VXU^V04^VXU_V04|{K:MSG00041877}|P|2.5.1
PID|1||{MRN:7781234}^^^GCHC^MR||{P:OKAFOR}^{P:CHIOMA}^^^^^L||{D:20190417}|F|||{A:311 WALNUT ST}^^{A:DES MOINES}^IA^{Z:50309}
PID|1||{MRN:7781299}^^^GCHC^MR||{P:LINDQVIST}^{P:ASTRID}^^^^^L||{D:20220802}|F|||^^^^^
PID|1||{MRN:7781305}^^^GCHC^MR||{P:HASSAN}^{P:YUSUF}^^^^^L||{D:20240111}|M|||{A:PO BOX 882}^^{A:ANKENY}^IA^{Z:50021}

The second record has no address at all; PID-11 is required for patients under {K:18}. The first and third are missing the mother's maiden name (PID-6), which became required in our {K:2026} implementation guide.

Please correct and resubmit within {K:10 business days}. If you have questions, call the {K:Registry Support} line at {T:1-800-555-0199} (option {K:2}) or reply to this message.

{P:Thu Hà} can also walk your vendor through the new validation rules on a call.

{K:Registry Support}
Bureau of Immunization
{K:Iowa Department of Public Health}
""",
)

mail(
    "registry",
    ["Bernadette Kowalczyk"],
    """
From: {P:Bernadette Kowalczyk} <{E:bkowalczyk@mn-cancerregistry.org}>
To: {P:Ravi Subramanian} <{E:ravi@subramanian-dataworks.com}>
Subject: abstract upload - duplicate patients after the merge script
Date: Mon, 14 Dec 2026 11:20:40 -0600

{P:Ravi},

The merge script you ran Friday worked for most of the {K:2025} diagnosis year, but our QA pass found a set of probable duplicates that did NOT merge. Registrars flagged these (I pulled just the ones from {K:Hennepin} facilities, there are more):

Reg #       Name                    DOB          SSN
{MRN:55-019283}   {P:Haugen, Marit}           {D:02/11/1949}   {SSN:477-22-9031}
{MRN:55-021177}   {P:Haugen, Marit E.}        {D:2/11/1949}    {SSN:477229031}
{MRN:55-019540}   {P:Xiong, Pa Nhia}          {D:1963-06-30}   {SSN:468 31 5527}
{MRN:55-020998}   {P:Xiong, Panhia}           {D:06/30/1963}   (blank)

So the SSN formatting difference seems to break the match for the first pair, and the spelling for the second. Can the matching logic normalize SSNs (strip dashes/spaces) and try a fuzzy match on Hmong names with and without the space? {P:Pa Nhia} vs {P:Panhia} is super common in our data.

We're due to submit to {K:NAACCR} / {K:CDC NPCR} by {K:November 30} next year, so not a fire, but I'd like it fixed before the {K:January} call-for-data.

Estimate of hours? Our PO for this is {K:PO 4500-2231} with {K:$6,000} left on it.

Thanks -
{P:Bernie}

{P:Bernadette Kowalczyk}, CTR
Data Quality Coordinator
{K:Minnesota Cancer Surveillance}
{T:651-201-5700}
""",
)

mail(
    "registry",
    ["Oluwadamilare Adebayo"],
    """
From: {P:Oluwadamilare Adebayo} <{E:dare.adebayo@wv-immregistry.gov}>
To: {P:Chen Wei} <{E:wei.chen@lakesideinterfaces.com}>
Subject: RE: onboarding - {K:Pediatric Associates of Wheeling} - test messages
Date: Tue, 15 Dec 2026 14:02:11 -0500

{P:Wei},

Test messages look good now, {K:48 of 50} pass. The two failures are both error {K:IIS-217 (Invalid CVX code 208 for age)}. That's {K:COVID} vaccine coded for a 4-year-old, which is real but needs the newer CVX. Update your mapping table and you should be fine.

One thing though: your test file contains what look like REAL patients, not synthetic ones. E.g. message {K:MSG-77120} has

  {P:Grace-Ann McBride}, DOB {D:09/23/2022}, mother {P:Kayleigh McBride}, phone {T:304-232-8841}, {A:1428 Chapline St, Wheeling}, WV {Z:26003}

and I also saw a {P:Yeganeh} family with a Medicaid number ({MEM:WV4400127761}). Please confirm whether these are real. If they are, we need to document it as a disclosure, and you should switch the test harness to the synthetic set we provided ({K:wviis_synthetic_v3.zip}).

Production credentials will go out once we hear back. The endpoint is {K:https://iis.wv-immregistry.gov/soap/v2} and your facility ID is {K:WV-PED-0412}.

Regards,

{P:Dare Adebayo}
Interoperability Analyst | {K:WVSIIS}
{T:(304) 558-2188} | {K:Registry Support}: {E:wvsiis.help@wv-immregistry.gov}

-----Original Message-----
From: {P:Chen Wei} <{E:wei.chen@lakesideinterfaces.com}>
Sent: Monday, December 14, 2026 4:55 PM
To: {P:Oluwadamilare Adebayo} <{E:dare.adebayo@wv-immregistry.gov}>
Subject: onboarding - {K:Pediatric Associates of Wheeling} - test messages

Resending the test batch with the fixed MSH-4. Let me know.
{P:Wei}
""",
)

mail(
    "registry",
    ["Mark Ellison"],
    """
From: {P:Mark Ellison} <{E:mark.ellison@ks-vitalstats.gov}>
To: {E:support@prairiecode.io}
Subject: SFTP drop failing since patch night
Date: Wed, 16 Dec 2026 08:03:55 -0600

Team,

Since the {K:Tuesday} patch window ({K:Dec 15, 22:00-02:00}) the nightly SFTP pickup from hospitals is failing. Log excerpt:

  {K:02:14:09} sshd[4412]: Connection from {K:10.12.8.40} port {K:51544}
  {K:02:14:09} sshd[4412]: no matching host key type found. Their offer: ssh-rsa
  {K:02:14:09} sshd[4412]: Disconnected from {K:10.12.8.40} port {K:51544}

{K:10.12.8.40} is the state hospital association's relay, not a person, so you can whitelist it as needed. Our server is {K:sftp01.ks-vitalstats.gov} ({K:172.20.4.15}), {K:port 22}. Can we re-enable ssh-rsa just for that relay until they upgrade to {K:OpenSSH 9}?

Please {K:mark} this as high priority in your queue. Ticket on our side is {K:INC0048812}.

Before anyone asks, nothing in those files has been lost, they queue up on the sender's side for {K:72 hours}.

{P:Mark Ellison}
Systems Administrator II
{K:Kansas Office of Vital Statistics}
Desk {T:785-296-1400} / Cell {T:785-221-6039}
""",
)

mail(
    "registry",
    ["Inés Carvajal"],
    """
From: {P:Inés Carvajal} <{E:icarvajal@nm-tumorregistry.org}>
To: {P:Dmitri Volkov} <{E:dvolkov@volkovsoft.com}>
Subject: casefinding report - wrong people showing up
Date: Thu, 17 Dec 2026 10:47:00 -0700

Hola {P:Dmitri},

The monthly casefinding report (the one you rewrote in {K:SQL Server 2022}) now includes people who should not be there. I spot-checked {K:20} rows and {K:4} were non-reportable (benign histology, not brain/CNS). Examples:

- {P:Rafael Quintana-Ortiz}, MRN {MRN:UNM-3390174}, admit {D:10/02/2026}, dx code {K:D23.9}
- {P:Leticia Begay}, MRN {MRN:UNM-3401265}, admit {D:10/14/2026}, dx code {K:D22.5}
- {P:Tran Minh Khoa}, MRN {MRN:PRS-0088231}, visit {D:10/21/2026}, dx code {K:D17.1}

All three are {K:D}-codes that are NOT on the reportable list. I think the filter lost the "{K:D32-D33, D35.2-D35.4}" exception and is just taking all {K:D00-D49} now.

Por favor revisa el filtro cuando puedas. No es urgente pero los registradores pierden tiempo abriendo estos casos. Last month we had {K:1,204} rows, this month {K:1,587}, about {K:32%} more.

Gracias,
{P:Inés}
{K:New Mexico Tumor Registry} | {T:505-272-5541}
""",
)

# ---------------------------------------------------------------------------
# Therapy / counseling practices
# ---------------------------------------------------------------------------

mail(
    "therapy",
    ["Joy Achterberg"],
    """
From: {P:Joy Achterberg}, PsyD <{E:joy@stillwatercounseling.com}>
To: {P:Eli Brennan} <{E:eli@brennantech.co}>
Subject: telehealth links - please help before Monday
Date: Sat, 12 Dec 2026 21:15:06 -0800

{P:Eli},

Sorry for the Saturday email. Our telehealth links are doing something odd. Each therapist has a personal booking link and clients are landing on the WRONG therapist's page. Here are ours:

{P:Joy}: {U:https://book.calmsched.com/stillwater/joy-achterberg-7731}
{P:Sunny Park} (LMFT): {U:https://book.calmsched.com/stillwater/sunny-park-2204}
{P:Hunter Lyle} (LPC intern): {U:https://book.calmsched.com/stillwater/hlyle-9012}

A client of {P:Sunny}'s booked through her link Thursday and ended up on {P:Hunter}'s calendar. It's a privacy issue as well as a scheduling one, since {P:Hunter} could see the intake note.

It was {K:sunny} and gorgeous today and I spent it on this, so I'm begging :)

{K:CalmSched} support said it's "a configuration issue on the practice side" (ticket {K:CS-448120}). The practice dashboard is at {K:https://www.calmsched.com}; I'll share the admin login over the phone.

Also: we're switching from {K:Zoom for Healthcare} to {K:RoomLink} rooms in {K:Q1}, budget is about {K:$90/month}. Thoughts?

My cell is the best number to reach me: {T:(503) 555-0147}.

{P:Joy Achterberg}, PsyD
Clinical Director
{K:Stillwater Counseling Collective}
{A:6300 SW Macadam Ave, Ste 210, Portland}, OR {Z:97239}
""",
)

mail(
    "therapy",
    ["Marguerite Tessier"],
    """
From: {P:Marguerite Tessier} <{E:mtessier@cliniqueharmonie.ca}>
To: {P:Julien Morency} <{E:julien@morency-informatique.ca}>
Subject: Facturation - numéros d'assurance sociale dans les exports
Date: Mon, 14 Dec 2026 09:40:12 -0500

Bonjour {P:Julien},

Petit problème avec l'export vers notre comptable. The CSV now includes the full SIN for every client instead of only for the staff payroll file. I noticed it because {P:Amélie} sent me the file by email (!!) and I saw lines like:

{P:Bouchard, Léa}; NAS {NID:046 454 286}; né(e) le {D:1990-02-17}; solde {K:245,00 $}
{P:Nadeau, Gabriel}; NAS {NID:130-692-544}; né(e) le {D:1984-11-05}; solde {K:0,00 $}
{P:Diallo, Mamadou}; NAS {NID:527 845 913}; né(e) le {D:2001-08-30}; solde {K:1 120,00 $}

Clients' SINs should never go to the accountant. I've asked {P:Amélie} to delete the email from her {K:Outlook} and {K:Sent Items}.

Can you fix the export template in {K:CliniPlus 8.3} so it only exports: name, invoice number, amount, {K:TPS/TVQ}? And can we check if the file went anywhere else? It was sent on {K:December 11} around {K:16 h}.

Merci beaucoup,

{P:Marguerite Tessier}, M.Ps.
Directrice, {K:Clinique Harmonie}
{A:4520, rue Saint-Denis, bureau 3, Montréal} (Québec) {Z:H2J 2L3}
{T:514 555-0182}
""",
)

mail(
    "therapy",
    ["Art Delacroix-Mbeki"],
    """
From: {P:Art Delacroix-Mbeki} <{E:art@mosaicfamilytherapy.org}>
To: {P:Nadia Haddad} <{E:nadia@haddadit.com}>
Subject: intake forms + {K:art therapy} room tablet
Date: Tue, 15 Dec 2026 17:22:30 -0500

hi {P:nadia},

few things from this week, nothing on fire:

1) The intake form ({K:FormNest}) is still asking for SSN even though we said optional. A mom filled in her son's ({P:Tyler Brooks-Oyelowo}, {D:DOB 6/2/2013}) as {SSN:301 44 8726} and I don't want that stored at all. Can you make the field disappear entirely and purge what's there? There are {K:17} submissions with something in that box.

2) The {K:iPad} in the {K:art therapy} room got reset by one of the kids (lol). Serial {DEV:DMPXK4L2Q1GC}. It needs device management again, or whatever we use, {K:MDMBox}?

3) {P:Chase} (our new intern) needs an account. {P:Chase Whitfield}, starts {D:Jan 4}. He'll be at the {K:Dayton} office mostly.

4) Can we {K:chase} the {K:Lumenwave Business} guy about the static IP? We were supposed to get {K:203.0.113.45} for the VPN by now.

That's it. Have a good night,
{P:Art}

{P:ART DELACROIX-MBEKI}, LMFT
Executive Director
{K:Mosaic Family Therapy}
{T:937-555-0129} (office) · {T:937-555-0131} (fax)
""",
)

mail(
    "therapy",
    ["Pooja Iyer"],
    """
From: {P:Pooja Iyer} <{E:pooja@brightpathspeech.com}>
To: {P:Kenji Watanabe} <{E:kenji@watanabe-consulting.net}>
Subject: Re: Re: insurance eligibility batch
Date: Wed, 16 Dec 2026 12:01:44 -0500

Ok that worked for most of them!! Only these still fail in the {K:ClaimBridge} eligibility check (270/271):

Child                     Member ID          Plan
{P:Aarav Mehta}               {MEM:XJH884471902}       {K:BlueRidge PPO}
{P:Zoë Van der Berg}          {MEM:W2298-11734-01}     {K:Medicaid MCO}
{P:Mateo Ruiz Delgado}        {MEM:MA7730015562}       {K:Medicaid FFS}

Error for all three: "{K:AAA*Y**72*C}" which {K:ClaimBridge} says is "invalid member ID". I checked the cards and they're right. Could it be the suffix "-01" on the second one?

The speech eval for {P:Aarav} is {D:Dec 21} so that one matters most.

{P:Pooja}

On Tue, Dec 15, 2026 at {K:3:27 PM} {P:Kenji Watanabe} <{E:kenji@watanabe-consulting.net}> wrote:
> Try re-running with the provider NPI in loop 2100B instead of the
> group one. {K:ClaimBridge} changed that in their {K:v5010 build 2026.11}.
> -{P:KW}
>
>> On Mon, Dec 14, 2026 at {K:9:02 AM} {P:Pooja Iyer} <{E:pooja@brightpathspeech.com}> wrote:
>> Every eligibility check since Friday fails. {K:0 of 64}.
""",
)

mail(
    "therapy",
    ["Frank Ó Súilleabháin"],
    """
From: {P:Frank Ó Súilleabháin} <{E:frank@harborlightpt.com}>
To: {P:Beatriz Santos} <{E:bia@santostech.com.br}>
Subject: Front desk PC + patient ID card scanner
Date: Thu, 17 Dec 2026 08:50:19 -0500

{P:Bia},

To be {K:frank}, the new scanner at the {K:Front Desk} is worse than the old one. When we scan a driver's licence it OCRs everything into the chart notes field, not the ID fields. This morning's patient, for example, got this pasted into her visit note:

  {P:PRZYBYLSKI, KATARZYNA}  DL {LIC:S415-7732-9981}  DOB {D:08 Apr 1977}
  {A:55 HARBOR VIEW RD, APT 12, GLOUCESTER}, MA {Z:01930}

That should go in the demographics, and honestly I don't even want the DL number kept. The visit was {D:12/17}, physical therapy eval, MRN {MRN:HLPT-20418}.

Scanner is a {K:DocuSnap S300}, driver {K:2.7.1}. PC is {K:FRONTDESK-02}, {K:Windows 10 22H2}.

If you can remote in, the {K:RemoteHelp} ID is on a sticky note, I'll text it. My mobile is {T:+1 978 555 0163}.

Thanks
{P:Frank}
{K:Harborlight Physical Therapy}
""",
)

# ---------------------------------------------------------------------------
# Dental offices
# ---------------------------------------------------------------------------

mail(
    "dental",
    ["Carmen Villalobos"],
    """
From: {P:Carmen Villalobos} <{E:carmen@smilecrestdental.com}>
To: {P:Oren Ben-David} <{E:oren@bendavid.tech}>
Subject: card on file question (HIPAA? PCI?)
Date: Mon, 7 Dec 2026 10:12:55 -0800

Hi {P:Oren},

Our hygienist {P:Penny} found a sticky note under the {K:Front Desk} keyboard with patient cards written on it (!!). I've shredded it but before I did I typed them into this email so you can check if any of them are stored in {K:DentiSoft} too:

- Mr. {P:Harlan Pruitt}: {CARD:5425 2334 3010 910?} exp {K:11/27}
- Ms. {P:Thandiwe Nkosi}: {CARD:4716-0832-1945-557?}
- {P:Kyung-soo Park}: {CARD:3742 855031 2209?} (amex)

I know, I know, I shouldn't be emailing them either. After you check please tell me to delete this.

Also our test terminal in {K:DentiSoft} uses {K:4111 1111 1111 1111}, is that fine to leave in the training database?

Not a {K:penny} more on the {K:TapPay} terminal rental until this is sorted, the owner said.

{P:Carmen Villalobos}
Office Manager | {K:SmileCrest Dental}
{A:3120 Sepulveda Blvd, Suite 2, Torrance}, CA {Z:90505}
{T:310-555-0108} · fax {T:310-555-0109}
""",
)

mail(
    "dental",
    ["Dr. Oksana Shevchenko"],
    """
From: {P:Oksana Shevchenko}, DDS <{E:dr.shevchenko@lakeshoredentalarts.com}>
To: {E:helpdesk@northcoastit.com}
Subject: imaging PC won't see the x-ray sensor
Date: Tue, 8 Dec 2026 07:45:03 -0600

Hello,

Operatory 3's PC ({K:OP3-IMAGING}) doesn't see the intraoral sensor since the {K:Windows} update last night. We have patients from {K:8:00}. First one is Mrs. {P:Abernathy} at {K:8:15}, needs bitewings, and I have a root canal on Mr. {P:Lindgren} at {K:10}.

Sensor: {K:ClearView RVG 6}, serial {DEV:CV6-220817-0442}. The software says "{K:Device not found (code 19)}". Device Manager shows it with a yellow triangle.

Can someone remote in ASAP? {K:IT Helpdesk} ticket number I got from your portal is {K:#311-4470-22}. 

My cell: {T:(312) 555-0183}. Office {T:312.555.0180}.

Thank you,
Dr. {P:Oksana Shevchenko}
{K:Lakeshore Dental Arts}, {K:Chicago} office
""",
)

mail(
    "dental",
    ["Will Tran"],
    """
From: {P:Will Tran} <{E:will@brightsmilesortho.com}>
To: {P:Gabriela Nowak} <{E:gabi@nowakit.pl}>
Subject: patient financing export + bank details for refunds
Date: Wed, 9 Dec 2026 13:33:21 -0500

{P:Gabi},

{P:Will} here from {K:Bright Smiles Orthodontics}. {K:Will} you be able to look at the refund export this week? The one we built in {K:OrthoLedger} to send refunds to families by ACH.

Three refunds bounced back from the bank with "{K:R03 - No Account/Unable to Locate}":

  Patient acct    Responsible party        Bank acct            Amount
  {ACC:PA-100448}       {P:Đặng Văn Hùng}            {ACC:4410 0028 7713}       {K:$350.00}
  {ACC:PA-100912}       {P:Rosemary O'Connell}       {ACC:000123908845}         {K:$1,200.00}
  {ACC:PA-101377}       {P:Fatima Zahra El Idrissi}  {ACC:7728-1904-66}         {K:$85.00}

One family ({P:El Idrissi}) actually banks in Spain, their IBAN is {IBAN:ES?? 2100 0418 4502 0005 1332} - can the export even do international? If not we'll mail a check.

The "{K:Will Call}" pickup list for retainers is also printing blank but that's a printer thing I think.

Thanks,
{P:Will}
{P:William Tran}, Practice Administrator
{T:(404) 555-0192}
""",
)

mail(
    "dental",
    ["Dawn Kaleikini"],
    """
From: {P:Dawn Kaleikini} <{E:dawn.k@islandsmilesdental.com}>
To: {P:Tane Whaanga} <{E:tane@whaanga.dev}>
Subject: new associate dentist - accounts + DEA/license for eRx
Date: Thu, 10 Dec 2026 06:58:40 -1000

Aloha {P:Tane},

We have a new associate, Dr. {P:Mele Fonoti-Akana}, starting {D:January 11, 2027}. She needs:

- {K:DentiSoft} login, provider profile
- {K:eRxPress} for e-prescribing (she'll do controlled substances for post-op)
- email on our {K:Microsoft 365}

For the {K:eRxPress} provider setup, her numbers are:
  Hawaii dental license: {LIC:DDS-4471}
  DEA: {LIC:BF6131457}
  Home address for the DEA verification letter: {A:94-1020 Waipahu St, Unit 7, Waipahu}, HI {Z:96797}
  Cell for the two-factor token: {T:808-555-0144}

We start work before {K:dawn} most days (first patients {K:6:30}), so if you can have it done by the {K:8th} that would be great.

Mahalo nui,
{P:Dawn}

{P:Dawn Kaleikini}
Office Manager, {K:Island Smiles Dental}
{T:(808) 555-0140}
""",
)

mail(
    "dental",
    ["Reception"],
    """
From: {K:Reception} - {K:Maple Grove Family Dentistry} <{E:frontdesk@maplegrovedds.com}>
To: {P:Oren Ben-David} <{E:oren@bendavid.tech}>
Subject: recall texts going to wrong numbers
Date: Fri, 11 Dec 2026 11:11:11 -0600

Hi,

this is {P:Lupita} at the front. our recall reminder texts ({K:RecallRight}) went out this morning at {K:9} and at least two went to the wrong person. Mrs. {P:Greenbaum} called upset because she got a reminder for "{P:Deshawn}" for a cleaning on {D:12/22} at {K:3:40pm}. Her number is {T:952 555 0126} and {P:Deshawn Marshall}'s number in the system is {T:952 555 0162}, so I think the digits got swapped somewhere??

Also got a reply text from {T:+1-612-555-0119} saying "who is this" so probably that one's wrong too, it was supposed to go to {P:Ilse Vandermeer} (appt {D:12/23}).

We sent {K:214} reminders total today. Should I turn it off until you look? The toggle is under {K:Settings > Communication > Automated Recall}.

{K:Front Desk}
{K:Maple Grove Family Dentistry}
{T:763-555-0100}
""",
)

mail(
    "dental",
    ["Amber Qureshi"],
    """
From: {P:Amber Qureshi} <{E:amber@qureshi-dental.co.uk}>
To: {P:Callum Fraser} <{E:callum@fraserit.co.uk}>
Subject: NHS numbers in the referral letters
Date: Mon, 14 Dec 2026 09:14:27 +0000

Morning {P:Callum},

The referral letter template for oral surgery ({K:Letters > Referral > OS-2}) now prints the patient's NHS number twice and the header is overlapping the practice logo. Example from this morning:

  Patient: Mr {P:Oluwaseyi Bankole}   NHS No: {NID:943 476 5919}
  DOB: {D:17/03/1968}
  Address: {A:Flat 4, 22 Mapperley Road, Nottingham} {Z:NG3 5AA}

The hospital's booking team ({K:Queen's Medical Centre} referrals) rang and said they'd reject it if the layout is wrong again. Their e-Referral line is {T:0115 924 9924}.

Our practice system is {K:PracticeDesk 4.2} ({K:build 4.2.1187}). Traffic light on the printer is {K:amber} again as well - different problem, same printer.

Invoice from last month ({K:INV-0093}, {K:£420.00}) is paid, by the way.

Kind regards,
{P:Amber}

{P:Amber Qureshi} BDS
Practice Principal
{K:Qureshi Dental Care}
{T:0115 496 0321}
""",
)

# ---------------------------------------------------------------------------
# Pediatric clinics
# ---------------------------------------------------------------------------

mail(
    "pediatric",
    ["April Nakashima"],
    """
From: {P:April Nakashima} <{E:april@tinytreespeds.com}>
To: {P:Sean Gallagher} <{E:sean@gallagher-it.ie}>
Subject: patient portal - parents seeing sibling records
Date: Mon, 30 Nov 2026 14:20:09 -0500

{P:Sean},

A dad called today. When he logs into the portal he can see his kids {P:Milo} and {P:Juniper Fairbanks} (fine) but ALSO a child he doesn't know, {P:Ayodele Ogunleye}, {D:DOB 01/05/2021}, chart # {MRN:TT-009813}. The link he sent me: {U:https://portal.tinytreespeds.com/family/chart/TT-009813?view=immunizations}

This is a big deal. I've disabled proxy access for that family in {K:PedsPortal} for now. Can you find out how it happened? My guess is the merge we did in {K:April} when we moved off the old system.

Our compliance person wants a list of every proxy link created between {K:April 1} and {K:April 30, 2026}.

{P:April}
{P:April Nakashima}, Practice Manager
{K:Tiny Trees Pediatrics}
{T:(919) 555-0133}
""",
)

mail(
    "pediatric",
    ["Ngozi Chukwuemeka"],
    """
From: {P:Ngozi Chukwuemeka} <{E:nchukwuemeka@sunflowerkids.org}>
To: {E:support@brightlinetech.net}
Subject: VFC fridge logger + vaccine inventory
Date: Tue, 1 Dec 2026 08:05:00 -0600

Good morning,

The temperature logger in the {K:VFC} vaccine fridge stopped uploading to {K:TempGuard Cloud} on {K:Sunday}. Logger serial {K:TG-CLINIC-LOGGER-02} is the clinic's, not a person's, so don't worry about that part. The display says {K:4.6 °C} which is in range ({K:2-8 °C}).

The bigger thing: when I reconcile doses in the state registry, two kids show doses we never gave:
- {P:Ifeoluwa Bello}, born {D:March 3, 2023}, MCV4 on {D:11/18/2026}
- {P:Santiago Herrera}, born {D:Sept 9, 2019}, Tdap on {D:11/18/2026}

Both entered by user "{P:rmoss}". That's {P:Rebecca Moss}, our MA, she says she didn't enter those. Could her login have been used by someone else? She logged in from home on {K:11/18} per the audit log (IP {IP:24.117.203.58}).

Please call me at {T:405.555.0111} when you have a minute. Thank you!

{P:Ngozi}
Nurse Manager, {K:Sunflower Kids Clinic}
""",
)

mail(
    "pediatric",
    ["Dr. Kofi Mensah"],
    """
From: Dr. {P:Kofi Mensah} <{E:kmensah@lakeviewpeds.com}>
To: {P:Ivana Horvat} <{E:ivana@horvat-consulting.com}>
Subject: Re: after-hours line + school forms
Date: Wed, 2 Dec 2026 22:41:17 -0500

{P:Ivana} - thanks for the reply. Answers inline.

> 1. What number should the after-hours IVR forward to?
Our on-call cell, {T:(616) 555-0187}. On weekends it's Dr. {P:Emeka Obi}'s, {T:616-555-0194}.

> 2. Do you want the school/camp forms to pull from the chart?
Yes, name, DOB and immunizations. Example I tested: {P:Lily-Mae Van Houten}, DOB {D:2016-10-28}, came out as "{K:1900-01-01}" on the form, so the DOB mapping is broken.

> 3. Are there any fax numbers I should whitelist?
The school district nurse office, {T:616-555-0100}, and {K:Kent ISD} special ed, {T:616.555.0141}.

> 4. Budget?
Same as last quote ({K:Q-2026-044}, {K:$3,850}). 

I am on call tonight so excuse typos.

-- 
{P:Kofi Mensah}, MD FAAP
{K:Lakeview Pediatrics}
""",
)

mail(
    "pediatric",
    ["Yasmin Al-Farsi"],
    """
From: {P:Yasmin Al-Farsi} <{E:yalfarsi@littlestarspeds.com}>
To: {P:Noah Feldman} <{E:noah@feldmantech.io}>
Subject: Medicaid IDs not saving (screenshot attached)
Date: Thu, 3 Dec 2026 15:02:56 -0700

hi {P:noah},

when the front desk enters a medicaid id for a new patient the field cuts it off after 10 characters. AZ AHCCCS ids are fine but the out-of-state ones aren't:

{P:kaito suzuki} - {MEM:A12345678} (AHCCCS) saves ok
{P:mariam haidari} - {MEM:NM-004821937-00} - saves as {MEM:NM-0048219}
{P:diego paredes} - {MEM:CA91882234F} - saves ok

{P:mariam}'s visit is tomorrow ({D:12/4}) at {K:11:20} so if possible a quick fix today. i'm entering the full one in the notes for now.

also the {K:Billing} mailbox is full again ({K:49.5 GB of 50 GB}).

{P:yasmin}
{K:Little Stars Pediatrics} | {K:Front Desk} lead
{T:480 555 0155}
""",
)

mail(
    "pediatric",
    ["Liesel Vogt"],
    """
From: {P:Liesel Vogt} <{E:liesel@willowbendpeds.com}>
To: {P:Anand Krishnamurthy} <{E:anand@krish-it.com}>
Subject: Wi-Fi guest network + a weird login
Date: Fri, 4 Dec 2026 09:30:31 -0600

{P:Anand},

Two things.

Guest Wi-Fi in the waiting room ({K:WBP-Guest}) keeps dropping. The access point is the {K:NetWave AP-620} by the fish tank, its management address is {K:192.168.10.2}. Parents complain every afternoon around {K:4 PM}.

Second, the EHR sent an alert: "{K:New device login for user sbianchi}". {P:Sofia Bianchi} (our PNP) says that was her, she logged in from her sister's place in {K:Milwaukee} over Thanksgiving. Alert details:

  IP address: {IP:67.183.22.9}
  Device: {K:iPhone} ({DEV:F2LXK8QJN72P})
  Time: {K:11/27/2026 19:42 CST}

Is there a way to approve known travel ahead of time? She's going to {K:Italy} in {K:February} and will be doing some charting from there.

Thanks!
{P:Liesel Vogt}
Practice Administrator
{K:Willow Bend Pediatrics}
{A:7750 W. Layton Ave, Greenfield}, WI {Z:53220}
{T:414-555-0106}
""",
)

# ---------------------------------------------------------------------------
# Pharmacies
# ---------------------------------------------------------------------------

mail(
    "pharmacy",
    ["Bao Nguyen"],
    """
From: {P:Bao Nguyen}, PharmD <{E:bao@corneralrx.com}>
To: {P:Hamid Karimi} <{E:hamid@karimisystems.com}>
Subject: label printer + prescriber DEA validation
Date: Mon, 7 Dec 2026 09:55:13 -0800

{P:Hamid},

1. The label printer ({K:Zebrite ZD421}) cuts off the last line, which is the patient's address. Example label from this morning:

   {P:HOLLOWAY, GERALDINE}    RX# {K:6021447}
   {A:1180 E Chapman Ave Apt 9, Fullerton} CA {Z:92831}
   {K:Lisinopril 10 mg} #{K:30}

   The RX# is ours, not anything personal.

2. {K:RxVerify} is rejecting a controlled Rx from Dr. {P:Gary Moskowitz}, DEA {LIC:AM3614528} ("{K:checksum failed}"). I called his office and they read it to me as {LIC:AM3614523}, so the Rx was written wrong. But can the software tell us WHICH digit might be wrong? That would save a phone call.

3. Our e-prescribing inbox ({K:eRx Queue}) shows {K:312} pending, normal is under {K:40}.

Thanks
{P:Bao}
{K:Corner Apothecary} · {T:714-555-0123} · fax {T:714-555-0124}
""",
)

mail(
    "pharmacy",
    ["Rosa Martínez Ibarra"],
    """
From: {P:Rosa Martínez Ibarra} <{E:rosa@farmaciaelsol.com}>
To: {P:Andrés Quiroga} <{E:andres@quirogatech.mx}>
Subject: Re: programa de lealtad / loyalty signups
Date: Tue, 8 Dec 2026 18:12:40 -0600

{P:Andrés},

Perdón por la demora. Sí, el problema sigue. When customers sign up for the loyalty card on the tablet, it saves their phone in the wrong field. Ejemplos de hoy:

  Doña {P:Remedios Cárdenas}   tel. {T:(956) 555-0172}   guardado como "{K:9565550172.00}" en el campo de puntos
  {P:Héctor Salinas}           tel. {T:956-555-0138}     ok
  {P:Yolanda "Yoli" Treviño}   tel. {T:+52 899 555 0104} guardado vacío

Also the tablet asked one lady for her insurance member number, {MEM:ZGP448120967}, which it should NOT ask for on the loyalty form, that's only for the pharmacy counter.

The {K:rose}-colored button at the end ("{K:Enviar}") doesn't work on the small tablet, only the big one.

Los puntos: {K:1 punto por cada $10 MXN}. Please don't change that.

Gracias,
{P:Rosa}
{K:Farmacia El Sol} - {A:1402 E. Elizabeth St, Brownsville}, TX {Z:78520}
""",
)

mail(
    "pharmacy",
    ["Gareth Pryce-Jones"],
    """
From: {P:Gareth Pryce-Jones} <{E:gareth@valleychemist.co.uk}>
To: {P:Priyanka Desai} <{E:priyanka@desaidigital.co.uk}>
Subject: delivery driver app
Date: Wed, 9 Dec 2026 12:00:02 +0000

{P:Priyanka},

The delivery app keeps assigning {P:Dylan}'s van to the wrong route. His van is {PL:CV19 XKT}, the spare is {PL:WR68 BHL}. This morning it put him on the {K:Abergavenny} route and {P:Olamide}'s Corsa ({PL:CA21 JNU}) on the {K:Monmouth} route, and they swapped by hand.

Also a customer complained that the text she got had her full NHS number in it: "Your prescription for NHS no. {NID:485 777 3456} is out for delivery". That's Mrs {P:Eirlys Vaughan}, {A:3 Heol y Felin, Crickhowell} {Z:NP8 1BW}. Can we take the NHS number out of the SMS template? It only needs the first name and a time window.

Rest is fine. Routes for {K:Monday} are up to {K:58} deliveries.

Cheers,
{P:Gareth}
{K:Valley Chemist}, {T:01873 555 210}
""",
)

mail(
    "pharmacy",
    ["Mei-Ling Chow"],
    """
From: {P:Mei-Ling Chow} <{E:meiling@harbourrx.ca}>
To: {P:Bogdan Ionescu} <{E:bogdan@ionescu.tech}>
Subject: compounding log export for the inspector
Date: Thu, 10 Dec 2026 10:25:44 -0800

Hi {P:Bogdan},

The college inspector is coming {K:January 12} and wants the compounding log for {K:2026}. The export from {K:PharmaTrack 3} includes columns we should NOT hand over. First rows:

date       patient            PHN            prescriber          licence
{D:2026-01-06} {P:Singh, Harjit}      {NID:9876 543 210}   Dr. {P:L. Fontaine}      {LIC:CPSBC 33812}
{D:2026-01-06} {P:Kaur, Simran}       {NID:9123 456 781}   Dr. {P:A. Whitehorse}    {LIC:CPSBC 29077}
{D:2026-01-07} {P:Leblanc, Théo}      {NID:9034 112 558}   Dr. {P:L. Fontaine}      {LIC:CPSBC 33812}

The inspector only needs the compounding record number ({K:CR-0001} onward), drug, quantity and the pharmacist initials. Can you make a version without patient name/PHN?

Total rows: {K:2,931}.

{P:Mei-Ling}
Pharmacy Manager, {K:Harbour Pharmacy}
{T:604-555-0177}
""",
)

mail(
    "pharmacy",
    ["Bob Kessler"],
    """
From: {P:Bob Kessler} <{E:bob@kesslerdrug.com}>
To: {P:Tamar Levi} <{E:tamar@levitech.net}>
Subject: card reader + the {K:bob-and-weave} with our processor
Date: Fri, 11 Dec 2026 16:40:00 -0500

{P:Tamar},

Our processor keeps giving me the runaround. They say our terminal is sending full card numbers in the receipt logs. I checked the log file on the register ({K:C:\\POS\\logs\\tx-20261211.log}) and yes, there's a line like:

  {K:14:02:33} SALE {K:$42.17} PAN={CARD:6011 0009 9013 942?} NAME={P:ALVAREZ/ROBERTO}

That's a real customer, {P:Roberto Alvarez}, regular of ours. I don't want this file on the PC. Can you turn off whatever writes it and wipe the old ones?

The register software is {K:RxCounter POS 11.2}, the pin pad is {K:VeriPin 310}.

Also our PCI questionnaire ({K:SAQ B-IP}) is due {K:12/31}.

{P:Bob}
{K:Kessler Family Drug}
{A:210 Main St, PO Box 41, Chardon}, OH {Z:44024}
{T:440-555-0158}
""",
)

# ---------------------------------------------------------------------------
# Hospice
# ---------------------------------------------------------------------------

mail(
    "hospice",
    ["Solomon Tesfaye"],
    """
From: {P:Solomon Tesfaye} <{E:stesfaye@eventidehospice.org}>
To: {P:Lucy Hartono} <{E:lucy@hartono-it.com}>
Subject: bereavement mailing list
Date: Mon, 30 Nov 2026 13:13:13 -0600

{P:Lucy},

The bereavement team sends a card at 1, 3, 6 and 13 months after a death. The list in our mailer ({K:PostBloom}) is pulling the wrong date field, so families are getting cards early. For example:

  Patient: {P:Eleanor Whitcombe}   date of death: {D:10/02/2026}
  Contact: her son {P:Peter Whitcombe}, {A:455 Cedar Ridge Dr, Murfreesboro}, TN {Z:37128}
  Card sent: {K:Nov 1} (should be {K:Nov 2} at the earliest, fine) BUT the 3-month card is scheduled for {K:Dec 1} too.

  Patient: {P:Ramón Figueroa}   date of death: {D:09/21/2026}
  Contact: his wife {P:Ana María Figueroa}, {T:615-555-0121}

I suspect it's using the admission date ({D:08/14/2026} for Mr. {P:Figueroa}) instead of the date of death.

Please be gentle with this one, these families are grieving.

Blessings,
Chaplain {P:Solomon Tesfaye}
Spiritual Care & Bereavement
{K:Eventide Hospice}
""",
)

mail(
    "hospice",
    ["Claire Dubois-Thornton"],
    """
From: {P:Claire Dubois-Thornton} <{E:cdthornton@stillpointhospice.org}>
To: {P:Dev Patel} <{E:dev@patelconsulting.io}>
Subject: on-call nurse phones - lost device
Date: Sat, 5 Dec 2026 02:17:45 -0500

{P:Dev}, sorry for the hour.

Our on-call nurse {P:Magdalena Wiśniewska} lost her work phone at a patient's home tonight (well, she thinks she left it in the car park of the {K:QuickCare} pharmacy on the way). It has the {K:HospiceLink} app with the whole census on it.

Phone: {K:iPhone 14}, IMEI {DEV:353918107293456}, number {T:(216) 555-0175}
Last patient visit: Mr. {P:Jerzy Sadowski} at {A:1719 W 41st St, Cleveland}, OH {Z:44113}, visit started {D:12/04/2026} {K:23:10}

Can you wipe it remotely? The MDM is {K:PocketGuard MDM}, our tenant is {K:stillpoint-hospice}. I don't have admin.

Her car is a silver {K:Honda CR-V}, plate {PL:JKW 4471}, if the pharmacy calls about a phone found in the lot.

Backup on-call number tonight is {T:216-555-0176}.

{P:Claire}
Director of Nursing
""",
)

mail(
    "hospice",
    ["Moana Tuhiwai"],
    """
From: {P:Moana Tuhiwai} <{E:moana@kahuhospice.org.nz}>
To: {P:Liam O'Rourke} <{E:liam@orourke.co.nz}>
Subject: Volunteer roster spreadsheet - privacy
Date: Tue, 8 Dec 2026 10:30:00 +1300

Kia ora {P:Liam},

Our volunteer roster is in a shared {K:Excel} file on {K:OneDrive} and it's shared with "anyone with the link". I've just realised it has volunteers' home addresses and bank accounts (for mileage). A few rows:

{P:Hemi Walker}       {A:12 Kowhai Street, Te Awamutu} {Z:3800}      {ACC:12-3140-0123456-00}
{P:Aroha Ngata}       {A:88B Pukete Road, Hamilton} {Z:3200}         {ACC:06-0501-0876543-01}
{P:Sione Havili}      {A:PO Box 1551, Cambridge} {Z:3450}            {ACC:38-9016-0912345-02}

The link is {U:https://kahuhospice-my.sharepoint.com/:x:/g/personal/moana_kahuhospice_org_nz/EbR3kQ77xPmLk2}

Can you lock it down to staff only, and tell me if it's been opened by anyone outside? The roster has {K:46} volunteers.

Also {P:Hemi} wants his number changed to {T:021 555 0147}.

Ngā mihi,
{P:Moana Tuhiwai}
Volunteer Coordinator
{K:Kahu Hospice}, {K:Waikato}
{T:07 555 0190}
""",
)

mail(
    "hospice",
    ["Patrice Fontenot"],
    """
From: {P:Patrice Fontenot} <{E:pfontenot@bayoucomforthospice.com}>
To: {P:Yusuf Demir} <{E:yusuf@demirtech.com}>
Subject: CAHPS vendor file
Date: Wed, 9 Dec 2026 15:51:20 -0600

{P:Yusuf},

Our CAHPS survey vendor ({K:SurveyPoint Health}) rejected the {K:November} decedent file. Error: "{K:Row 14: caregiver phone format}". Row 14 is:

  {P:BROUSSARD, CLEMENTINE}|{MRN:BCH-112093}|{D:1938-12-02}|{D:2026-11-09}|{P:BROUSSARD, AIMEE}|{T:337.555.0119x2}|{A:808 RUE DES PINS, LAFAYETTE}|LA|{Z:70506}

I think it's the "x2" extension. Can the export strip extensions, or put them in a separate column?

File is due by the {K:15th}. They want it as pipe-delimited {K:.txt}, {K:UTF-8}.

Merci,
{P:Patrice}
{K:Bayou Comfort Hospice} - {K:Quality Department}
""",
)

# ---------------------------------------------------------------------------
# Law firms
# ---------------------------------------------------------------------------

mail(
    "law",
    ["Constance Abernethy-Holt"],
    """
From: {P:Constance Abernethy-Holt} <{E:cholt@holtgreerlaw.com}>
To: {P:Dev Patel} <{E:dev@patelconsulting.io}>
Cc: {K:IT Helpdesk} <{E:it@holtgreerlaw.com}>
Subject: PRIVILEGED - document management search exposes client SSNs
Date: Mon, 14 Dec 2026 08:22:10 -0500

{P:Dev},

Our paralegal {P:Grace} ran a search in {K:DocuVault} for "settlement" and the preview pane showed an intake sheet from a different matter with a client's SSN and DL number. Details, so you can reproduce:

Matter: {K:2026-PI-0417} (personal injury)
Client: {P:Desmond Achebe}
SSN: {SSN:587-31-4402}
Ohio DL: {LIC:RT448219}
DOB: {D:4/9/1979}
Home: {A:3300 Olentangy River Rd, Apt 1207, Columbus}, OH {Z:43202}

{P:Grace} is not on that matter's ethical wall, so this shouldn't happen. The wall was set up in {K:DocuVault 9.1} under "Restricted Matters" on {K:March 2}.

Please treat this as urgent. We may need to document this for our malpractice carrier.

By the way, the {K:grace period} for the {K:DocuVault} renewal ends {K:December 31}, and the quote is {K:$14,200.00}. Let me know if you think we should renew or move.

{P:Constance Abernethy-Holt}
Managing Partner
{K:Holt Greer LLP}
{A:41 S. High Street, 24th Floor, Columbus}, OH {Z:43215}
Direct {T:614.555.0166} | Main {T:614.555.0160}
""",
)

mail(
    "law",
    ["Jürgen Falkenberg"],
    """
From: {P:Jürgen Falkenberg} <{E:j.falkenberg@falkenberg-partner.de}>
To: {P:Elena Kostadinova} <{E:elena@kostadinova-it.eu}>
Subject: Mandantenportal - Passwort-Links / client portal
Date: Tue, 15 Dec 2026 11:48:30 +0100

Liebe Frau {P:Kostadinova},

unser Mandantenportal verschickt Einladungslinks, die auch nach der Anmeldung weiter funktionieren. Ein Mandant, Herr {P:Alessandro Conti}, hat mir seinen Link weitergeleitet:

{U:https://portal.falkenberg-partner.de/invite/accept?m=AC-2291&t=5b1e7c0d93fa44e2}

Der Link funktioniert noch, obwohl er sich am {K:10.12.} bereits registriert hat. Das darf nicht sein.

Zweitens: Für die Honorarabrechnung brauchen wir die Kontodaten von Frau Dr. {P:Ebru Yılmaz} im System korrigiert. Ihre neue IBAN lautet {IBAN:DE?? 5001 0517 5407 3249 31}, die alte ({IBAN:DE?? 1203 0000 0000 2020 51}) bitte löschen.

Ihr Reisepass wurde für die Identifizierung nach {K:GwG} vorgelegt, Nr. {NID:C01X00T47}; die Kopie liegt im Aktenordner {K:2026/0412}.

Rückruf gern unter {T:+49 (0)30 2091 5537}.

Mit freundlichen Grüßen
{P:Jürgen Falkenberg}
Rechtsanwalt
{K:Falkenberg & Partner mbB}
{A:Friedrichstraße 123}, {Z:10117} {A:Berlin}
""",
)

mail(
    "law",
    ["Rich Castellano"],
    """
From: {P:Rich Castellano} <{E:rcastellano@castellanolaw.net}>
To: {P:Hye-jin Cho} <{E:hyejin@chotech.io}>
Subject: billing software - trust account numbers printing on invoices
Date: Wed, 16 Dec 2026 17:05:09 -0800

{P:Hye-jin},

Our invoices from {K:LexBill} now print the client's own bank account (the one we have on file for refunds) at the bottom instead of our IOLTA wire info. Sent {K:38} invoices today before anyone noticed. Two examples:

  {K:Invoice 2026-1187} - {P:Obinna & Chiamaka Nwosu} - refund acct {ACC:3301-448812-07} - {K:$2,250.00}
  {K:Invoice 2026-1190} - {P:Svetlana Petrenko} - refund acct {ACC:9920018834} - {K:$675.50}

Our actual trust account reference should read "{K:IOLTA - see wire instructions}".

Also our {K:rich}-text signature got stripped in {K:Outlook} again.

{P:Rich}

{P:RICHARD CASTELLANO}
Attorney at Law
{T:(858) 555-0148}
""",
)

mail(
    "law",
    ["Aoife Brennan"],
    """
From: {P:Aoife Brennan} <{E:aoife@brennanmcgrath.ie}>
To: {P:Sean Gallagher} <{E:sean@gallagher-it.ie}>
Subject: scanner to email + PPS numbers
Date: Thu, 17 Dec 2026 09:09:09 +0000

{P:Sean},

The new {K:Ricova MP 3055} scanner is emailing scans to the whole firm distribution list ({E:all@brennanmcgrath.ie}) instead of the person who scanned. This morning {P:Declan} scanned a probate file and everyone got it, including the deceased's PPS number ({NID:1234567TW}) and the executor {P:Niamh Ó Dálaigh}'s address, {A:14 Ballymun Road, Glasnevin, Dublin 9} {Z:D09 F8Y6}.

I've asked everyone to delete it. Can you set scan-to-me as the default and remove the {K:All Staff} list from the address book on the device?

Device IP is {K:10.0.5.30} if you need it for the admin page. Admin password is in {K:Keeper}.

Thanks a million,
{P:Aoife}
{K:Brennan McGrath Solicitors} | {T:+353 1 555 0172}
""",
)

# ---------------------------------------------------------------------------
# Accounting firms
# ---------------------------------------------------------------------------

mail(
    "accounting",
    ["Hunter Lindqvist"],
    """
From: {P:Hunter Lindqvist} <{E:hunter@lindqvistcpa.com}>
To: {P:Marcus Webb} <{E:marcus@webbit.co}>
Subject: client upload portal - W-2s landing in wrong folders
Date: Tue, 1 Dec 2026 10:40:02 -0600

{P:Marcus},

Tax season prep. The client upload portal ({K:DocuDrop}) put two clients' W-2s into each other's folders. I caught it because the SSNs didn't match:

  Folder "{P:Okafor, Emmanuel}" contained W-2 for {P:Brynn Halvorsen}, SSN {SSN:512-63-8841}
  Folder "{P:Halvorsen, Brynn}" contained W-2 for {P:Emmanuel Okafor}, SSN {SSN:408 92 1157}

Both uploaded on {K:Nov 28} within a minute of each other, from IPs {IP:71.88.140.2} and {IP:71.88.140.9} (same ISP, they're neighbors, of all things).

Our IRS e-file deadlines don't start till {K:January}, but I'd rather fix it now. We have about {K:410} individual returns.

Also the {K:bill} for the {K:DocuDrop} upgrade ({K:INV-7781}, {K:$1,980}) came through, is that the final amount?

{P:Hunter}
{K:Lindqvist & Moreau CPAs}
{T:(612) 555-0153}
""",
)

mail(
    "accounting",
    ["Dorota Zielińska"],
    """
From: {P:Dorota Zielińska} <{E:dorota@zielinska-ksiegowosc.pl}>
To: {P:Gabriela Nowak} <{E:gabi@nowakit.pl}>
Subject: przelewy / payroll export for the Polish and German staff
Date: Wed, 2 Dec 2026 14:14:14 +0100

{P:Gabi},

the payroll export to the bank ({K:Elixir} format) fails for two employees:

- {P:Krzysztof Wójcik}, PESEL {NID:85061204578}, account {IBAN:PL?? 1090 1014 0000 0712 1981 2874}
- {P:Ewa Lindemann}, paid to her German account {IBAN:DE?? 2005 0550 1234 5678 90}

Error message: "{K:Nieprawidłowy numer rachunku (kod 117)}". Both IBANs were copied from their signed forms so I think the export strips the country code.

Płatność musi wyjść do {K:10 grudnia}. Total payroll this month is {K:84 312,55 zł}.

Dzięki,
{P:Dorota}
Biuro Rachunkowe {K:Zielińska i Wspólnicy}
{T:+48 22 555 01 87}
""",
)

mail(
    "accounting",
    ["Gene Abramowitz"],
    """
From: {P:Gene Abramowitz} <{E:gene@abramowitzbooks.com}>
To: {P:Ingrid Solberg} <{E:ingrid@solbergsystems.com}>
Subject: QuickLedger bank feed + client card on file
Date: Thu, 3 Dec 2026 11:30:00 -0500

{P:Ingrid}, terse version:

- bank feed for client {K:Harbor Bagel Co.} disconnected, error {K:QL-105}. Their operating acct is {ACC:000987612340} at {K:Tidewater Bank}.
- client {P:Marisol Ventura} gave me her card to pay our annual fee ({K:$1,450}): {CARD:4024 0071 4852 993?}, exp {K:03/29}. Please put it in the payment portal and then tell me how to scrub it from my inbox.
- our own test card in the portal sandbox is {K:4242 4242 4242 4242}, leave that.
- new staff accountant {P:Tenzin Dorje} starts {D:12/07}, needs {K:QuickLedger} + {K:VPN}.

{P:Gene}
{T:757-555-0169}
""",
)

# ---------------------------------------------------------------------------
# School districts
# ---------------------------------------------------------------------------

mail(
    "school",
    ["Faith Oyebanji"],
    """
From: {P:Faith Oyebanji}, EdD <{E:foyebanji@riverbendschools.org}>
To: {P:Tomás Echeverría} <{E:tomas@echeverria-it.com}>
Subject: Chromebook returns + student login anomalies
Date: Mon, 7 Dec 2026 07:50:00 -0600

{P:Tomás},

Have {K:faith}, this one is quick.

1. {K:36} Chromebooks came back from the middle school with the wrong asset tags. The ones assigned to students who withdrew:
   {P:Jaylen Okoro} (grade 7) - serial {DEV:NXH7KAA0017301}
   {P:Saanvi Reddy} (grade 8) - serial {DEV:NXH7KAA0022958}
   {P:Brooklyn Tsosie} (grade 6) - serial {DEV:NXH7KAA0031044}

2. The {K:SafeLearn} filter flagged logins for student {P:Mateo Chávez} from an IP outside the district at {K:2 AM}: {IP:99.47.201.133}. His mom {P:Lourdes Chávez} says that's their home internet and he was doing homework, so probably fine, but the principal wants to know.

3. The district firewall change for the testing vendor is allowed from {K:198.51.100.20} and {K:198.51.100.21} on {K:port 8443}. Please confirm.

State testing window opens {K:January 19}.

{P:Faith Oyebanji}, EdD
Director of Technology, {K:Riverbend School District}
{T:(573) 555-0190}
""",
)

mail(
    "school",
    ["Penny Marchetti"],
    """
From: {P:Penny Marchetti} <{E:pmarchetti@oakhollowusd.org}>
To: {E:support@prairiecode.io}
Subject: Re: bus app parent notifications
Date: Tue, 8 Dec 2026 16:20:47 -0800

Hi all,

Following up on {K:ticket 88213}. The bus tracking app sent "{K:Bus 14 delayed}" notifications to the wrong parents again. Parents of {P:Amara Eze-Collins} and {P:Hudson Pike} got notifications for route {K:22}, but they ride route {K:14}.

Driver for route {K:14} is {P:Rosa Villanueva}, her bus is unit {K:B-14} (fine, that's district fleet), but her driver profile also shows her personal car, plate {PL:7XRT118}, which I don't think should be in the app at all). Her CDL number is also showing on the driver screen: {LIC:D5527110}.

We're also being billed {K:$0.12} per SMS and there were {K:1,340} this month.

Thanks,
{P:Penny Marchetti}
Transportation Coordinator
{K:Oak Hollow Unified School District}
{A:2150 Canyon Crest Rd, Riverside}, CA {Z:92507}
""",
)

mail(
    "school",
    ["Colm Fitzgerald"],
    """
From: {P:Colm Fitzgerald} <{E:cfitzgerald@northfieldisd.org}>
To: {P:Sam Oyelaran} <{E:sam@oyelaran.tech}>
Subject: special ed records export
Date: Wed, 9 Dec 2026 12:12:12 -0600

{P:Sam},

The state wants the special ed child count file by {K:Dec 18}. Our export from {K:StudentSphere} has three students with SSNs in the state ID column, which the state will reject (and shouldn't get):

  {P:Ximena Rocha}    state ID {SSN:458-81-2277}    DOB {D:2012-05-14}
  {P:Tariq Haddad}    state ID {SSN:459 03 6614}    DOB {D:2014-01-30}
  {P:Emily-Rose Kwan} state ID {SSN:461-22-0981}    DOB {D:2011-09-07}

The real state IDs are {K:10} digits starting with {K:TX}. Can you pull them from the {K:StudentSphere} demographics table instead?

Total students in the file: {K:612}.

{P:Colm}
Director of Special Programs
{T:512-555-0107}
""",
)

mail(
    "school",
    ["Marisa Gonçalves"],
    """
From: {P:Marisa Gonçalves} <{E:mgoncalves@bayviewcharter.org}>
To: {P:Nadia Haddad} <{E:nadia@haddadit.com}>
Subject: staff fingerprint/background check portal
Date: Thu, 10 Dec 2026 09:45:00 -0500

{P:Nadia},

The background check portal we use for new hires is asking people to email their driver's license photo to the {K:HR} inbox. Two new teachers did:
- {P:Kwabena Frimpong}, MA license {LIC:S48213377}, teaching license {LIC:MTEL-504418}
- {P:Siobhan Kearney}, RI license {LIC:1447820}, start date {D:January 4, 2027}

Can we set up a secure upload instead? Something in {K:Google Workspace} maybe. We have {K:14} more hires before {K:August}.

{P:Marisa}
HR Generalist, {K:Bayview Charter School}
{T:617-555-0113}
""",
)

# ---------------------------------------------------------------------------
# Nonprofits
# ---------------------------------------------------------------------------

mail(
    "nonprofit",
    ["Chinonso Eze"],
    """
From: {P:Chinonso Eze} <{E:chinonso@brightfuturesfund.org}>
To: {P:Alexei Morozov} <{E:alexei@morozovtech.us}>
Subject: donor database import - card numbers in notes!
Date: Mon, 14 Dec 2026 13:30:05 -0500

{P:Alexei},

Year-end giving is coming and I found that the old import into {K:GiveTrack CRM} put full card numbers into the "Notes" field for some donors:

  {P:Harold & June Whitaker}   note: "monthly {K:$50}, card {CARD:4929 1234 5678 901?} exp 6/27"
  Dr. {P:Priya Anand}          note: "annual gift, card {CARD:5300 7211 0098 245?}"
  {P:Mohammed Al-Rashid}       note: "called {D:11/30}, updated card {CARD:4485 9900 1122 334?}"

{K:GiveTrack} support (case {K:GT-229104}) says it's our data so our problem.

Also we got a wire from a European donor, {P:Anneliese Kraus}, and the bank wants us to confirm her IBAN: {IBAN:AT?? 1904 3002 3457 3201}.

Year-end campaign goal is {K:$250,000}, we're at {K:61%}.

{P:Chinonso}
Development Director, {K:Bright Futures Fund}
{T:(202) 555-0124}
""",
)

mail(
    "nonprofit",
    ["Ximena Apaza"],
    """
From: {P:Ximena Apaza} <{E:ximena@casaabierta.org}>
To: {P:Andrés Quiroga} <{E:andres@quirogatech.mx}>
Subject: formulario de voluntarios / volunteer sign-up form
Date: Tue, 15 Dec 2026 19:02:33 -0600

Hola {P:Andrés},

El formulario de voluntarios guarda todo en una hoja pública. Ejemplo de la fila que me preocupa:

  Nombre: {P:Guadalupe "Lupe" Mamani}
  Fecha de nacimiento: {D:12/08/1995}
  Dirección: {A:2207 S Pulaski Rd, Apt 3F, Chicago}, IL {Z:60623}
  Teléfono: {T:773-555-0145}
  Licencia de conducir (para manejar la van): {LIC:M520-4418-7723}
  Placa de su carro: {PL:IL DM 48213}

The sheet is at {U:https://docs.sheetsy.com/d/1vXk93mQpLr0Zt8/edit#gid=0&user=lmamani} and it's "anyone with link can view". Please fix it first thing tomorrow.

La van de la organización es otra cosa, esa no importa.

Gracias,
{P:Ximena}
{K:Casa Abierta Community Center}
""",
)

mail(
    "nonprofit",
    ["Sunny Okafor-Lindgren"],
    """
From: {P:Sunny Okafor-Lindgren} <{E:sunny@riverwatchalliance.org}>
To: {P:Kenji Watanabe} <{E:kenji@watanabe-consulting.net}>
Subject: board portal + grant report
Date: Wed, 16 Dec 2026 10:10:10 -0800

{P:Kenji},

Quick list:
* Board portal: {P:Mark Ostrowski} (treasurer) can't log in. His reset link was {U:https://board.riverwatchalliance.org/reset/MO-4481/9f2c7be0a1}, it says expired.
* Grant report for the {K:Pacific Watershed Foundation} is due {K:Jan 15}. Export of volunteer hours from {K:HoursHub} shows {K:3,412 hours} which seems low; last year was {K:4,090}.
* The water {K:bill} for the field station ({K:$312.40}) keeps getting emailed to my personal address {E:sunny.ol@fastmail.example}. Can the vendor contact be changed to {E:accounts@riverwatchalliance.org}?
* {K:Sunny} forecast for the {K:Saturday} cleanup, {K:40} volunteers signed up.

Thanks!
{P:Sunny}
Executive Director | {T:(503) 555-0191}
""",
)

mail(
    "nonprofit",
    ["Kateryna Bondarenko"],
    """
From: {P:Kateryna Bondarenko} <{E:kbondarenko@ukrainianaidnetwork.org}>
To: {P:Bogdan Ionescu} <{E:bogdan@ionescu.tech}>
Subject: refugee client intake database
Date: Thu, 17 Dec 2026 08:18:00 -0500

{P:Bogdan},

The caseworkers want passport numbers searchable in the intake database, but I'm worried about who can see them. Current records show them in the list view:

  {P:Oleksandr Melnyk}    passport {NID:FE123456}    arrived {D:2026-03-14}
  {P:Iryna Melnyk}        passport {NID:FE654321}    arrived {D:2026-03-14}
  {P:Dmytro Savchenko}    passport {NID:FT998877}    arrived {D:2026-06-02}

Can we show only the last 3 characters in the list and the full number only to the two case managers ({P:Olena} and {P:Taras})?

Also {P:Dmytro}'s new phone is {T:+1 (929) 555-0136}, old one {T:+380 67 555 2214} can be removed.

Дякую!
{P:Kateryna}
Program Manager, {K:Ukrainian Aid Network}
""",
)

# ---------------------------------------------------------------------------
# Small manufacturers
# ---------------------------------------------------------------------------

mail(
    "manufacturing",
    ["Bill Harcourt"],
    """
From: {P:Bill Harcourt} <{E:bill@harcourtprecision.com}>
To: {P:Piotr Kowalski} <{E:piotr@kowalskiconsulting.com}>
Subject: shop floor badge system + visitor log
Date: Mon, 30 Nov 2026 06:45:00 -0500

{P:Piotr},

{P:Bill} here. The badge readers at the loading dock ({K:AccessPro 2000}, controller at {K:10.1.1.50}) lost sync overnight. {K:22} guys on first shift couldn't badge in at {K:6:00}.

Also the visitor log tablet stores visitors' driver's licenses as photos. A truck driver from {K:Midwest Freight} this morning, {P:Luis Ortega}, DL {LIC:O632-1188-4527}, truck plate {PL:IN 2148TX}. I don't think we need to keep any of that past the day.

And the invoice for the new PLC ({K:INV-44812}, {K:$8,930.00}) - {K:bill} it to the {K:Plant 2} cost center.

{P:Bill Harcourt}
Plant Manager, {K:Harcourt Precision Machining}
{A:1200 Industrial Pkwy, Elkhart}, IN {Z:46516}
{T:574-555-0128}
""",
)

mail(
    "manufacturing",
    ["Heike Brandt-Osei"],
    """
From: {P:Heike Brandt-Osei} <{E:h.brandt-osei@kessler-kunststoff.de}>
To: {P:Jonas Reuter} <{E:jonas@reuter-edv.de}>
Subject: AW: Lieferantenzahlungen / SEPA-Export
Date: Tue, 1 Dec 2026 13:37:00 +0100

Hallo {P:Jonas},

der SEPA-Export aus {K:ERPlus 6.4} hängt bei drei Zahlungen. Zwei davon sind Privatpersonen (freie Mitarbeiter), deshalb bitte vertraulich:

  {P:Matthias Grünewald}   {IBAN:DE?? 7602 0070 0012 3456 78}   {K:1.840,00 EUR}   {K:RE-2026-0931}
  {P:Fenna de Vries}       {IBAN:NL?? INGB 0001 2345 67}        {K:960,00 EUR}     {K:RE-2026-0944}
  {K:Rheinpolymer AG}      {K:DE89 3704 0044 0532 0130 00}    {K:12.400,00 EUR}  {K:RE-2026-0950}

Fehlermeldung: "{K:IBAN ungültig (Prüfziffer)}" bei allen drei, obwohl ich sie kontrolliert habe.

Außerdem: der neue Azubi {P:Emre Aydın} braucht einen Windows-Account, Start {D:04.01.2027}.

Viele Grüße
{P:Heike Brandt-Osei}
Buchhaltung, {K:Kessler Kunststofftechnik GmbH}
{T:+49 7231 55 0142}
""",
)

mail(
    "manufacturing",
    ["Tunde Bakare"],
    """
From: {P:Tunde Bakare} <{E:tbakare@lakeshorefab.com}>
To: {E:help@brightlinetech.net}
Subject: fleet GPS trackers + company card statements
Date: Wed, 2 Dec 2026 15:00:00 -0500

Hi,

Two things for the {K:Racine} plant:

1) The GPS tracker dashboard ({K:FleetEye}) shows the home location of drivers who take trucks home. Example: {P:Gerald "Gerry" Kowalski}'s pickup ({PL:WI RJ-4471}) parks every night at {A:2814 Kinzie Ave, Racine}, WI {Z:53405}. Can we hide overnight locations? The tracker in his truck is serial {DEV:FE-T4-00938812}.

2) The expense system imported {P:Gerry}'s personal card by mistake when he paid for parts once: {CARD:5105 1051 0510 510?}. Please remove it and keep only the company {K:Fleet Visa} ending {K:4410}.

Our {K:IT Helpdesk} ticket for this is {K:REQ-20261202-07}.

{P:Tunde Bakare}
Operations Manager
{K:Lakeshore Fabrication Inc.}
{T:262.555.0117} / mobile {T:262.555.0198}
""",
)

mail(
    "manufacturing",
    ["Chen Jiahui"],
    """
From: {P:Chen Jiahui} <{E:jiahui.chen@precisionmold.com}>
To: {P:Ravi Subramanian} <{E:ravi@subramanian-dataworks.com}>
Subject: MES login report - contractor from overseas?
Date: Thu, 3 Dec 2026 21:30:00 -0500

{P:Ravi},

Our {K:MESOne} audit shows a login for {P:jzhou} ({P:Zhou Jian}, our process engineer) at {K:03:12} from {IP:112.65.18.207}. He is visiting family in {K:Shanghai} this month so that could be him, but the same minute there was also a login from {IP:45.134.22.81}. 

His laptop is {K:ThinkPad T14}, serial {DEV:PF4M2XQZ}. Can you check if it's still enrolled in the VPN? Our VPN concentrator is {K:vpn.precisionmold.com} / {K:64.39.120.14}.

Also the new mold press HMI is at {K:172.16.30.8}, it's not a person, just needs a firewall rule on {K:port 502}.

Thanks,
{P:Jiahui}
{K:Precision Mold & Die}, Quality Engineering
{T:(248) 555-0132}
""",
)

# ---------------------------------------------------------------------------
# Property management
# ---------------------------------------------------------------------------

mail(
    "property",
    ["Chase Montgomery"],
    """
From: {P:Chase Montgomery} <{E:chase@oakleafproperties.com}>
To: {P:Eli Brennan} <{E:eli@brennantech.co}>
Subject: tenant portal autopay failures
Date: Mon, 7 Dec 2026 09:09:00 -0500

{P:Eli},

Autopay failed for several tenants on the {K:1st}. {K:RentPilot} says "{K:ACH return R01}". List:

  Unit                               Tenant                 Tenant acct   Bank acct
  {A:412 Elm St, Apt 3}                  {P:Kayode Ajayi}           {ACC:T-00412-3}     {ACC:88104422019}
  {A:412 Elm St, Apt 7}                  {P:Marguerite Lalonde}     {ACC:T-00412-7}     {ACC:5519028837}
  {A:19 Chase Ave, Unit B}               {P:Björn Eriksson}         {ACC:T-00019-B}     {ACC:3000472288}

(Yes, one of our buildings is on {K:Chase Ave}, and no, it's not named after me, and our bank is not {K:Chase} either.)

Late fees kick in after the {K:5-day} {K:grace period}. Can we hold them until you check whether it's a {K:RentPilot} bug?

{P:Chase}
{K:Oakleaf Property Management}
{T:(414) 555-0115}
""",
)

mail(
    "property",
    ["Fiona MacLeod"],
    """
From: {P:Fiona MacLeod} <{E:fiona@highlandrentals.co.uk}>
To: {P:Callum Fraser} <{E:callum@fraserit.co.uk}>
Subject: Parking permits + deposit refunds
Date: Tue, 8 Dec 2026 11:15:00 +0000

Hi {P:Callum},

The parking permit system for {K:Riverside Court} has the wrong cars registered. From the permit list:

  Flat 2  {P:Ewan Robertson}     {PL:SK19 ABX}
  Flat 5  {P:Priya Chaudhary}    {PL:SA70 KLM}
  Flat 9  {P:Tomasz Nowicki}     {PL:SF66 RPT} (sold this car in {K:October}, new one is {PL:SY22 HWN})

Also the deposit refund for {P:Ewan} bounced. His bank details: sort code {K:80-22-60}, account {ACC:10203040}. Should I ask him for an IBAN instead? He's moved to Ireland, new IBAN {IBAN:IE?? BOFI 9000 0112 3456 78}.

The monthly fee for the permit software is {K:£39.00} + VAT.

Cheers,
{P:Fiona MacLeod}
{K:Highland Rentals Ltd}
{A:7 Academy Street, Inverness} {Z:IV1 1JN}
{T:01463 555 014}
""",
)

mail(
    "property",
    ["Mustafa Öztürk"],
    """
From: {P:Mustafa Öztürk} <{E:mustafa@ozturkmanagement.com}>
To: {P:Yusuf Demir} <{E:yusuf@demirtech.com}>
Subject: Rental applications - too much data
Date: Wed, 9 Dec 2026 17:45:12 -0600

{P:Yusuf} bey,

The online rental application ({K:LeaseLane}) now requires applicants to type their full SSN AND upload a photo of their license. I only need the background check consent. Applications from this week:

- {P:Angela Ruiz-Whitfield}, SSN {SSN:523 81 6640}, DL {LIC:TX 40918827}, applying for {A:3310 Gaston Ave, Unit 204, Dallas}, TX {Z:75246}
- {P:Oğuz Yıldırım}, SSN {SSN:610-44-2273}, DL {LIC:TX 31177502}
- {P:Keisha Odom}, SSN {SSN:539448120}

Can we remove those fields and delete what was collected? Our application fee is {K:$45} and it goes through {K:PayLane}, which is separate.

Teşekkürler,
{P:Mustafa}
{K:Öztürk Property Management LLC}
{T:(214) 555-0161}
""",
)

mail(
    "property",
    ["Joy Fairweather"],
    """
From: {P:Joy Fairweather} <{E:joy@fairweatherhoa.com}>
To: {P:Hye-jin Cho} <{E:hyejin@chotech.io}>
Subject: HOA gate cameras / license plate reader
Date: Thu, 10 Dec 2026 08:08:08 -0700

{P:Hye-jin},

The gate LPR camera ({K:GateSight 4K}, firmware {K:3.2.11}) is emailing the board a daily report of every car in and out, with plates and the resident's name. It was meant only for security. This morning's:

  {K:06:12}  {PL:AZ CKW2281}  {P:Ramirez, Tomás}  {A:1142 Saguaro Ln}
  {K:06:40}  {PL:AZ 8RJ-4410}  {P:Whitfield, Dana}  {A:1187 Saguaro Ln}
  {K:07:05}  {PL:NM BQF 772}  (visitor)

It's a {K:joy} to run this HOA some days. Can you stop the daily email and keep only the {K:30-day} on-device log?

The camera is on {K:192.168.1.64}, {K:port 8080}.

{P:Joy Fairweather}
Board President, {K:Desert Willow HOA}
{T:480.555.0137}
""",
)

# ---------------------------------------------------------------------------
# More records across fields
# ---------------------------------------------------------------------------

mail(
    "home-health",
    ["Rose Adjei-Mensah"],
    """
From: {P:Rose Adjei-Mensah} <{E:radjei@harvestmoonhh.com}>
To: {P:Dev Patel} <{E:dev@patelconsulting.io}>
Subject: telemonitoring tablets - two patients offline
Date: Mon, 14 Dec 2026 07:20:00 -0500

Morning {P:Dev},

Two remote-monitoring patients dropped off the {K:VitalsLink} dashboard over the weekend:

  {P:Cornelius Abernathy}  MRN {MRN:HM-448210}  Medicaid {MEM:GA88012339B}  tablet SN {DEV:VL-TAB-7731-0042}  last seen {K:Sat 14:02}  from {IP:76.102.33.18}
  {P:Lucía Fernández Soto} MRN {MRN:HM-450077}  Medicare MBI {NID:5TW2-RK8-NC44}    tablet SN {DEV:VL-TAB-7731-0118}  last seen {K:Fri 22:47}  from {IP:108.89.4.201}

Mr. {P:Abernathy}'s daughter says their internet was down, so that one's probably fine. Mrs. {P:Fernández Soto} lives alone; her nurse {P:Amadou Sow} is going out today anyway (visit {D:12/14} {K:10:30}).

The dashboard link for her is {U:https://app.vitalslink.io/patients/HM-450077/readings?range=7d} - it's asking me to log in again every {K:5 minutes}. Expected?

{K:Rose}-colored glasses off: we've had {K:9} outages in {K:6} weeks and I need to tell the medical director something.

{P:Rose}
Clinical Manager, Telehealth
{K:Harvest Moon Home Health}
{T:(770) 555-0150}
""",
)

mail(
    "registry",
    ["Hamza Qureshi"],
    """
From: {P:Hamza Qureshi} <{E:hamza.qureshi@ok-immunize.gov}>
To: {P:Chen Wei} <{E:wei.chen@lakesideinterfaces.com}>
Subject: registry web UI - shared logins at a clinic
Date: Tue, 15 Dec 2026 09:25:00 -0600

{P:Wei},

Our audit of the {K:OSIIS} web interface found one clinic sharing a login. Same user ({P:tbridges}, {P:Tamika Bridges}) active at the same time from:

  {IP:70.182.54.19}    (clinic)
  {IP:174.205.11.92}   (mobile carrier - likely her phone)
  {IP:68.97.200.140}   (home?)

Patient records viewed in that window included {P:Sawyer Whitehorse} (registry ID {MRN:OK-20-4419871}) and {P:Nizhoni Begaye} (registry ID {MRN:OK-21-0087165}).

Can your interface log the user agent so we can tell them apart? Our server addresses for the allow-list are {K:156.110.9.40} and {K:156.110.9.41}, {K:port 443}.

Per policy, shared accounts get suspended after {K:2} warnings. This is warning {K:1}.

{P:Hamza Qureshi}
Security Officer, {K:Oklahoma State Immunization Information System}
{T:405-555-0102}
""",
)

mail(
    "therapy",
    ["Bilal Chaudhry"],
    """
From: Dr. {P:Bilal Chaudhry} <{E:bilal@clearmindspsych.com}>
To: {P:Priyanka Desai} <{E:priyanka@desaidigital.co.uk}>
Subject: copay cards stored in plain text?
Date: Wed, 16 Dec 2026 18:00:00 -0500

{P:Priyanka},

Our biller {P:Skye} found a spreadsheet on the shared drive, "{K:copays_2026_FINAL(2).xlsx}", that somebody made to track card payments. It has:

  {P:Jonah Whitfield}      {MEM:HPX4411902}     {CARD:4556 7375 8689 980?}
  {P:Adaeze Nwachukwu}     {MEM:UHX80219934}    {CARD:5204 7400 0990 007?}
  {P:Larkin Sørensen}      {MEM:CGN-6634-1180}  {CARD:3714 496353 9843?}

Column headers are "client", "insurance ID", "card". We take cards through {K:TherapyPay} now so this file shouldn't exist. Can you find out who created it and when, then delete it and its versions? The file link is {U:https://clearminds.sharefile.example/f/8d3ac91e/copays_2026_FINAL(2).xlsx?owner=skye.l}

Dr. {P:Chaudhry}
{K:Clear Minds Psychiatry}
""",
)

mail(
    "hospice",
    ["Ingeborg Lindahl"],
    """
From: {P:Ingeborg Lindahl} <{E:ingeborg@pinegrovehospice.org}>
To: {P:Lucy Hartono} <{E:lucy@hartono-it.com}>
Subject: equipment pickup + family refund to Europe
Date: Thu, 17 Dec 2026 14:40:00 -0600

{P:Lucy},

After Mr. {P:Van Aalst} passed ({D:12/11/2026}) we need to:

1. pick up the oxygen concentrator (serial {DEV:OC5-2209-33417}) and the CPAP (serial {DEV:RSM-A11-88120674}) from {A:820 Juniper Way, Bozeman}, MT {Z:59715}
2. refund the private-pay balance ({K:$1,312.00}) to his daughter {P:Marieke van Aalst} in the Netherlands, IBAN {IBAN:NL?? RABO 0300 0654 87}
3. and to his son {P:Luc Van Aalst} in Belgium, IBAN {IBAN:BE?? 0689 0123 4567}

Medicare beneficiary ID on his file is {NID:7AC5-YH3-JK92} and his supplemental plan ID {MEM:MTS-0098812-01}, in case the accounting export asks.

Our {K:Billing} team uses {K:HospiceBooks 2026.3}; it only does domestic ACH. What's the least painful way?

{P:Ingeborg}
Business Office Manager
{K:Pine Grove Hospice}
""",
)

mail(
    "accounting",
    ["Amélie Rousseau"],
    """
From: {P:Amélie Rousseau} <{E:amelie@rousseau-expertise.fr}>
To: {P:Julien Morency} <{E:julien@morency-informatique.ca}>
Subject: Virements clients / client transfers and the US clients' SSNs
Date: Fri, 18 Dec 2026 10:00:00 +0100

Bonjour {P:Julien},

Deux problèmes dans l'outil de facturation ({K:FactuPro 5}):

1. Les virements SEPA de trois clients sont refusés:
   - {P:Clémence Girard}: {IBAN:FR?? 3000 6000 0112 3456 7890 189}
   - {P:Yannick Le Goff}: {IBAN:FR?? 2004 1010 0505 0001 3M02 606}
   - {P:Sofía Navarro Gil}: {IBAN:ES?? 0049 1500 0512 3456 7892}
   Erreur: "{K:BIC introuvable (E-221)}".

2. For our American expat clients, the tax organizer PDF shows their full SSN in the file name, e.g. "{K:organizer_}{SSN:532-77-1049}{K:.pdf}" for Mr. {P:Daniel Ashworth} and "{K:organizer_}{SSN:548-20-9913}{K:.pdf}" for Ms. {P:Keiko Ashworth-Tanaka}. Please change it to use our client number ({K:CL-0412}, {K:CL-0413}).

The shared link to the folder is {U:https://cloud.rousseau-expertise.fr/s/Ashworth-2026-xK82pQ}.

Merci et bonne journée,
{P:Amélie Rousseau}
Expert-comptable
{K:Rousseau Expertise}
{A:18 rue des Carmes, Orléans} {Z:45000}
{T:+33 2 38 55 01 42}
""",
)

mail(
    "dental",
    ["Grace Oyelaran"],
    """
From: {P:Grace Oyelaran} <{E:grace@parkviewdentalgroup.com}>
To: {P:Noah Feldman} <{E:noah@feldmantech.io}>
Subject: online booking links + payment plan cards
Date: Mon, 21 Dec 2026 08:30:00 -0500

Hi {P:Noah},

Saying {K:grace} before I open this inbox every morning lately.

Patients are forwarding each other their appointment links, and the link shows the other person's appointment:
{U:https://book.parkviewdentalgroup.com/appt/PV-221904?sig=e1f2a3b4c5}
was for {P:Terrence Holloway} (cleaning, {D:Dec 29} at {K:9:00}), but his wife opened it and could change it.

Second issue: the payment plan page saves the full card in the "memo" field:
  {P:Nkechi Obi}: {CARD:4916 3387 2210 554?}
  {P:Brandon Yee}: {CARD:5555 3412 4444 112?}

The page is built on {K:SmilePay 2.1}. Test card for sandbox remains {K:4111 1111 1111 1111}.

{P:Grace}
{K:Parkview Dental Group} | {T:412-555-0172}
""",
)

mail(
    "pharmacy",
    ["Aditi Bhattacharya"],
    """
From: {P:Aditi Bhattacharya} <{E:aditi@neighborhoodrx.com}>
To: {P:Hamid Karimi} <{E:hamid@karimisystems.com}>
Subject: refill reminder links + prior auth
Date: Tue, 22 Dec 2026 12:05:00 -0500

{P:Hamid},

Refill reminder texts include a link to the patient's med list that doesn't require login:

  {U:https://rx.neighborhoodrx.com/r/7734-kd82?p=MT-55821}  ({P:Marta Tesfaye})
  {U:https://rx.neighborhoodrx.com/r/7735-qq10?p=JS-10933}  ({P:Jorge Sandoval})

Anyone with the text can see the med list. Please add a DOB check.

Also, prior auth for {P:Jorge} keeps getting rejected by the PBM: member {MEM:RXB4471120903}, group {K:GRP-88120}, BIN {K:610014}. Reject code {K:75} ("{K:Prior Authorization Required}"). We sent the PA on {K:12/15}.

Thanks,
{P:Aditi}
{K:Neighborhood Pharmacy}, {T:(718) 555-0129}
""",
)

mail(
    "home-health",
    ["Dawit Haile"],
    """
From: {P:Dawit Haile} <{E:dhaile@summitcarehh.com}>
To: {P:Marcus Webb} <{E:marcus@webbit.co}>
Subject: new caregiver onboarding packet - what can be emailed?
Date: Wed, 23 Dec 2026 09:40:00 -0700

{P:Marcus},

Our onboarding coordinator {P:Summer Nakagawa} emailed me a new caregiver's whole packet. I need to know where this should live instead of email:

  Caregiver: {P:Amaka Nwosu-Grant}, start {D:01/05/2027}
  SSN: {SSN:627 18 3390}
  Medicaid (she's also a client of our sister agency): {MEM:CO-K448120-77}
  Payroll IBAN (she banks with a Swiss account from her previous job): {IBAN:CH?? 0483 5012 3456 7800 9}
  Card for the uniform deduction: {CARD:4263 9826 4026 299?}
  Home Wi-Fi IP for the EVV home-office exemption: {IP:73.229.81.140}

The EVV vendor's server for the exemption rule is {K:35.160.22.9}, {K:port 443}.

Please call me before {K:noon}: {T:720-555-0114}.

{P:Dawit}
{K:Summit Care Home Health}, {K:Denver} office
""",
)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
