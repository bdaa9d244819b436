"""Generate report3.jsonl: a third held-out redaction set.

Written by an author who never read the detector's code or the other sets
(only the format of one tune.jsonl record and SOURCE.md).  Every person,
number and address is invented.

Markup used in the data below (stripped by the build step, which computes
the character offsets, so offsets are always right):

    [[K:text]]   a span of kind K (letter code, see KINDS)
    {{text}}     a keep item (must stay readable)

Run:  python tests/data/redaction/make_report3.py
"""
import json
import os
import re
import sys

KINDS = {
    "P": "PERSON", "A": "ADDRESS", "Z": "POSTCODE", "D": "DATE", "T": "PHONE",
    "E": "EMAIL", "U": "URL", "I": "IP", "S": "SSN", "N": "NATIONAL_ID",
    "R": "MRN", "M": "MEMBER", "C": "ACCOUNT", "L": "LICENSE", "V": "PLATE",
    "X": "DEVICE", "B": "IBAN", "K": "CARD",
}
# Public test card numbers: keep items, never spans.
PUBLIC_TEST_CARDS = {
    "4111111111111111", "4242424242424242", "5555555555554444",
    "4000056655665556", "378282246310005", "4012888888881881",
    "5105105105105100", "6011111111111117",
}
EMAILS = []  # (id, field, lang, contacts, marked text)


def E(num, field, lang, contacts, text):
    EMAILS.append(("report3-%03d" % num, field, lang, contacts, text))


MARK = re.compile(r"\[\[([A-Z]):(.*?)\]\]|\{\{(.*?)\}\}", re.S)


def parse(marked):
    out, spans, keep, pos = [], [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1):
            s = m.group(2)
            spans.append({"start": length, "end": length + len(s),
                          "kind": KINDS[m.group(1)], "text": s})
        else:
            s = m.group(3)
            keep.append({"start": length, "end": length + len(s), "text": s})
        out.append(s)
        length += len(s)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unbalanced markup")
    return text, spans, keep


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(s, minlen=13):
    d = re.sub(r"\D", "", s)
    tot = 0
    for k, ch in enumerate(reversed(d)):
        x = int(ch)
        if k % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return len(d) >= minlen and tot % 10 == 0


def check(rec, problems, lang):
    text, rid = rec["text"], rec["id"]
    def bad(msg):
        problems.append("%s: %s" % (rid, msg))
    words = len(text.split())
    if not 80 <= words <= 400:
        bad("word count %d" % words)
    if not 3 <= len(rec["spans"]) <= 20:
        bad("span count %d" % len(rec["spans"]))
    if not 2 <= len(rec["keep"]) <= 10:
        bad("keep count %d" % len(rec["keep"]))
    for s in rec["spans"] + rec["keep"]:
        if text[s["start"]:s["end"]] != s["text"]:
            bad("offset mismatch %r" % s["text"])
        if s["text"] != s["text"].strip() or not s["text"]:
            bad("untrimmed %r" % s["text"])
    covered = [(s["start"], s["end"]) for s in rec["spans"]]
    kcovered = [(k["start"], k["end"]) for k in rec["keep"]]
    span_texts = {s["text"] for s in rec["spans"]}
    keep_texts = {k["text"] for k in rec["keep"]}
    for t in span_texts & keep_texts:
        bad("both span and keep: %r" % t)
    spans = sorted(rec["spans"], key=lambda s: s["start"])
    for a, b in zip(spans, spans[1:]):
        if b["start"] < a["end"]:
            bad("overlap %r %r" % (a["text"], b["text"]))
    # every occurrence of a span string must be labelled
    for t in span_texts:
        if len(t) < 3:
            continue
        for m in re.finditer(r"(?<![\w@.])" + re.escape(t) + r"(?![\w])", text):
            if not any(a <= m.start() and m.end() <= b for a, b in covered + kcovered):
                bad("unlabelled occurrence of %r at %d" % (t, m.start()))
    # keep items must not overlap spans
    for a, b in kcovered:
        for c, d in covered:
            if a < d and c < b:
                bad("keep overlaps span at %d" % a)
    # the e-mail's own Date: header (and forwarded Date:/Sent: lines) not spans
    for m in re.finditer(r"(?m)^(Date|Sent|Datum|Envoyé|Fecha|Data|Verzonden|Gesendet): .*$", text):
        for c, d in covered:
            if m.start() <= c < m.end():
                bad("span inside header %r" % m.group(0))
    for s in rec["spans"]:
        if s["kind"] == "IBAN" and not iban_ok(s["text"]):
            bad("bad IBAN %r" % s["text"])
        if s["kind"] == "CARD":
            if not luhn_ok(s["text"]):
                bad("bad Luhn %r" % s["text"])
            if re.sub(r"\D", "", s["text"]) in PUBLIC_TEST_CARDS:
                bad("public test card as span %r" % s["text"])
        if s["kind"] == "PERSON" and re.match(r"(Mr|Mrs|Ms|Dr|Frau|Herr|Mme|M)\.? ", s["text"]):
            bad("title inside PERSON %r" % s["text"])
    for s in rec["spans"]:
        if s["kind"] != "NATIONAL_ID":
            continue
        d = re.sub(r"[ .-]", "", s["text"])
        if lang == "en" and re.fullmatch(r"\d{10}", d):  # NHS / CHI: mod 11
            tot = sum(int(c) * (10 - i) for i, c in enumerate(d[:9]))
            if (11 - tot % 11) % 11 != int(d[9]):
                bad("bad NHS/CHI check digit %r" % s["text"])
        if lang == "en" and re.fullmatch(r"\d{3} \d{3} \d{3}", s["text"]) and not luhn_ok(d, 9):
            bad("bad SIN %r" % s["text"])
        if lang == "nl" and re.fullmatch(r"\d{9}", d):  # BSN: 11-proef
            tot = sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1]))
            if tot % 11:
                bad("bad BSN %r" % s["text"])
        if lang == "fr" and re.fullmatch(r"[12]\d{14}", d):  # NIR key
            if 97 - int(d[:13]) % 97 != int(d[13:]):
                bad("bad NIR key %r" % s["text"])
    for k in rec["keep"]:
        d = re.sub(r"[ -]", "", k["text"])
        if re.fullmatch(r"\d{13,19}", d) and luhn_ok(d) and d not in PUBLIC_TEST_CARDS:
            bad("Luhn-valid non-public card kept %r" % k["text"])


def build():
    recs, problems, seen = [], [], set()
    for rid, field, lang, contacts, marked in EMAILS:
        if rid in seen:
            problems.append("duplicate id " + rid)
        seen.add(rid)
        text, spans, keep = parse(marked)
        rec = {"id": rid, "field": field, "contacts": contacts, "text": text,
               "spans": spans, "keep": keep}
        check(rec, problems, lang)
        recs.append((rec, lang))
    return recs, problems


def main(write=True):
    recs, problems = build()
    counts = {}
    for rec, _ in recs:
        for s in rec["spans"]:
            counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    for k in KINDS.values():
        if counts.get(k, 0) < 10:
            problems.append("kind %s has only %d spans" % (k, counts.get(k, 0)))
    if len(recs) < 100:
        problems.append("only %d e-mails" % len(recs))
    langs = {}
    for _, lang in recs:
        langs[lang] = langs.get(lang, 0) + 1
    nkeep = sum(len(r["keep"]) for r, _ in recs)
    print("e-mails:", len(recs), "spans:", sum(counts.values()), "keep:", nkeep)
    print("kinds:", json.dumps(dict(sorted(counts.items()))))
    print("languages:", json.dumps(dict(sorted(langs.items()))))
    print("fields:", json.dumps(dict(sorted({f: sum(1 for r, _ in recs if r["field"] == f) for f in {r["field"] for r, _ in recs}}.items()))))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print("%d problems" % len(problems), file=sys.stderr)
        return 1
    if write:
        out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "report3.jsonl")
        with open(out, "w", encoding="utf-8") as fh:
            for rec, _ in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print("wrote", out)
    return 0


# ---------------------------------------------------------------- data
E(1, "home-health", "en", ["Lorraine Beckett"], """From: [[P:Lorraine Beckett]] <[[E:lbeckett@maplecrestcare.com]]>
To: [[P:Sam Okafor]] <[[E:sam@okafor-it.net]]>
Subject: tablets for the new nurses
Date: Mon, 30 Nov 2026 08:12:44 -0600

Morning [[P:Sam]],

Two new field nurses start next Monday and they need tablets set up the same way as the others ({{Kinnser}} app, {{Microsoft Authenticator}}, VPN). Their names are [[P:Hope Lindqvist]] and [[P:Darnell Ruiz]]. [[P:Hope]] will be covering the north route, so she needs the Waukesha patients loaded first, starting with [[P:Gerald Fenn]] (MRN [[R:HH-0048213]], DOB [[D:7/2/1939]]) who has a wound visit on [[D:Dec 8]].

Also the printer in the back office keeps showing error {{0x6100004a}} and nobody can print visit notes. It's the {{HP LaserJet M404}}, asset tag {{MC-PRN-07}}.

[[P:Darnell]]'s personal cell for the MFA setup is [[T:(262) 555-0177]].

Thanks!
[[P:Lorraine]]

--
[[P:Lorraine Beckett]], BSN
Clinical Manager, Maplecrest Home Care
[[A:880 Bluemound Rd, Suite 210, Brookfield]], WI [[Z:53045]]
Main [[T:262-555-0110]]
""")

E(2, "hospice", "en", ["Anita Graves"], """Hi [[P:Priya]],

Quick one. Can you give [[P:sandra]] access to the bereavement folder on the shared drive? She's taking over the family follow-up calls from me starting in January. Her login should be the same pattern as everyone else's.

While you're in there, please also remove [[P:Bill Harrow]] -- he left on Friday. His badge was already turned off.

One more thing, the chaplain asked whether the call list could be exported from {{WellSky Hospice}} into a spreadsheet. It would include the family contact for each deceased patient, e.g. [[P:Marguerite Olsen]] (patient, died [[D:11/19/2026]]), daughter [[P:Faith Olsen]] [[T:319-555-0134]], so I assume it needs to stay encrypted? Tell me what's allowed.

[[P:Anita]]

[[P:Anita Graves]], MSW
Bereavement Coordinator
Cedar Valley Hospice | direct [[T:319-555-0102]] | 24h line {{1-800-555-0199}}
""")

E(3, "dental", "en", ["Kelly Vance"], """From: [[P:Kelly Vance]] <[[E:frontdesk@brightsmiledental.com]]>
To: IT Support <[[E:help@northgate-it.com]]>
Subject: Dentrix won't open on op 3
Date: Wed, 2 Dec 2026 07:48:02 -0500

Good morning,

{{Dentrix G7.5}} is throwing "{{Error 1605}}" on the computer in operatory 3. It was fine yesterday. The doctor has [[P:Will Abernathy]] in that chair at 8:30 for a crown prep and we need his x-rays from {{Dexis}}.

His chart is [[R:0017734]] if you need to look for the images, DOB [[D:04-23-1988]]. The insurance on file is {{Delta Dental}} PPO, subscriber id [[M:DD88120457]], group {{00451-0002}}.

Please call the front desk at [[T:(614) 555-0188]], ask for me or [[P:Joy]].

Thanks,
[[P:Kelly]]
Front Desk, Bright Smile Dental
""")

E(4, "physiotherapy", "en", ["Marcus Webb"], """[[P:Tomás]],

Following up on our call. The {{WebPT}} export failed again last night, report attached. The line that breaks it is this one (copied from the error log):

  row 418: [[P:Rose Tatum]],[[D:1961-09-14]],[[R:PT-22781]],[[M:BCX449102883]],"Knee - post TKA",[[T:970-555-0136]]
  {{ERR_CSV_QUOTE}} at column 5

I think it's the dash in the diagnosis text. [[P:Rose]] is a current patient, so please don't share the file with the vendor without stripping it first. Ticket with WebPT is {{#3340981}}.

Separately, our front desk PC ({{Dell OptiPlex 7090}}, service tag {{7HX2KQ3}}) needs the new {{Windows 11 23H2}} update pushed. Nobody's personal device, it's the clinic's.

Cheers,
[[P:Marcus Webb]] PT, DPT
Owner | Peak Motion Physical Therapy
[[A:2217 Laporte Ave, Fort Collins]], CO [[Z:80521]]
""")

E(5, "psychotherapy", "en", ["Dana Whitlock"], """Hi [[P:Ines]],

I'm having trouble with {{SimplePractice}} telehealth from home. My clients say the video freezes after a minute. I did a speed test, results below:

Download 212 Mbps, Upload 11 Mbps, ping 19 ms
Public IP: [[I:73.162.88.41]]

My router is the one {{Xfinity}} gave us, model {{XB8}}. Is it my home network or their end? Today I had to switch to the phone with a client, [[P:Mark Feeney]], halfway through the session, and he has a hard time with phone sessions.

Also, for the record the practice's firewall allows {{203.0.113.25}} for the office door controller, don't change that one.

I'm free tomorrow between 12 and 1, or call my cell [[T:503 555 0161]].

[[P:Dana]]

[[P:Dana Whitlock]], LCSW
License [[L:LCSW-C-12877]]
""")

E(6, "pharmacy", "en", ["Ray Dominguez"], """From: [[P:Ray Dominguez]] <[[E:ray@dominguezrx.com]]>
To: [[P:Kiran Shah]] <[[E:kiran@shahtech.co]]>
Subject: FW: refill fax went to wrong number
Date: Thu, 3 Dec 2026 16:20:11 -0700

[[P:Kiran]] - see below. The {{RxFax}} cover sheet template still has the old fax number. Can you fix the template in {{PioneerRx}}? Not urgent but embarrassing.

---------- Forwarded message ---------
From: [[P:Betty Lam]] <[[E:blam@desertfamilymed.org]]>
Sent: Thursday, December 3, 2026 2:05 PM
Subject: refill request

Hi, we received a refill request for [[P:Arturo Benavides]], DOB [[D:12/30/1957]], Rx [[R:6620914]], lisinopril 20 mg, but it came to our old fax [[T:520-555-0149]]. Our new fax is [[T:520-555-0150]]. Please update. 

Thanks, Betty
Desert Family Medicine
""".replace("Thanks, Betty", "Thanks, [[P:Betty]]"))

E(7, "immunisation-registry", "en", ["Gwen Talbot"], """Hello,

The nightly HL7 feed to the state immunisation registry ({{ImmPact}}) was rejected again. This is from the interface engine log, {{Mirth Connect 4.4.1}}:

MSH|^~\\&|CLINIC|RIVERBEND|IIS|STATE|20261201230500||VXU^V04^VXU_V04|{{MSG000418}}|P|2.5.1
PID|1||[[R:RB0093317]]^^^RIVERBEND^MR||[[P:KOWALCZYK^GRANT^J]]||[[D:20190611]]|M|||[[A:41 ORCHARD HILL DR^^MIDDLETOWN]]^NY^[[Z:10940]]||^PRN^PH^^^[[T:845^5550172]]
RXA|0|1|[[D:20261201]]||{{08^HepB^CVX}}|0.5|mL||||||||{{Lot W3K77}}

ACK came back with {{AE}} and "{{Error 102: invalid PID-3}}". The patient is a 7-year-old, so I need this resent today, parents already asked for his record for school. Can you look at the PID-3 mapping? It worked until the vendor pushed their update on Tuesday, and nothing changed on our side as far as I know. If it is easier, I can stay late tonight and resend the batch manually once you tell me it's fixed.

Thanks,
[[P:Gwen Talbot]]
Practice Manager, Riverbend Pediatrics
""")

E(8, "lab", "en", ["Neil Costa"], """From: [[P:Neil Costa]] <[[E:ncosta@tricountylabs.com]]>
To: [[E:support@halvorsen-it.com]]
Subject: courier tablet lost
Date: Fri, 4 Dec 2026 10:02:37 -0500

Hi,

One of our couriers, [[P:Joaquin Reyes]], lost his route tablet yesterday somewhere between the draw sites. It's a {{Samsung Galaxy Tab Active3}}, serial [[X:R52R40BXK7N]]. It has {{Intune}} on it so please wipe it remotely.

He was driving his own car that day, plate [[V:8JKW413]], and the last stop was a home draw for [[P:Patricia Moen]] at [[A:1903 Linden Ct, Trenton]], NJ [[Z:08618]]. The requisition in the tablet had her Medicare number [[M:5KR3-WD8-TT41]] on it, so I guess we need to report this? Our compliance person is [[P:Winnie Adeyemi]].

The replacement should be ordered through {{CDW}}, PO {{PO-77120}}.

Neil Costa
Operations Supervisor, Tri-County Labs
[[T:609-555-0127]]
""".replace("\nNeil Costa\nOperations", "\n[[P:Neil Costa]]\nOperations"))

E(9, "care-home", "en", ["Shirley Mott"], """Hi [[P:Ben]],

Here's the list of residents who need the new wristband profiles in {{PointClickCare}} before the audit. Sorry it's a bit messy, I copied it from the spreadsheet.

Room	Resident	DOB	Resident #
12A	[[P:Eleanor Pike]]	[[D:03 Feb 1931]]	[[R:R-20431]]
12B	[[P:Harold "Hal" Dunning]]	[[D:19 Aug 1936]]	[[R:R-20447]]
14	[[P:Concetta Rizzo]]	[[D:01 Jan 1929]]	[[R:R-19980]]
15	[[P:Mabel Ogunleye]]	[[D:22 Nov 1940]]	[[R:R-20502]]

The band printer is a {{Zebra ZD421}}, and it's on {{10.20.4.55}} (static). Firmware says {{V93.21.26Z}}.

Hal's daughter keeps calling about his hearing aid that went missing, serial [[X:SN 2231-77918]], if someone finds it in the laundry again.

[[P:Shirley]]
Administrator, Willow Brook Care Home
""".replace("\nHal's daughter", "\n[[P:Hal]]'s daughter"))

E(10, "school-nurse", "en", ["Tricia Hale"], """hi there,

the nurse office laptop won't sync with {{PowerSchool}} health module since the district changed the wifi. two students need their records updated before the field trip friday:

- [[P:bella marsh]], grade 4, epi-pen, allergy to peanuts, dob [[D:5/17/2017]]
- [[P:jayden oyelaran]], grade 5, inhaler, dob [[D:1/3/2016]], mom's cell [[T:405-555-0193]]

the wifi network is {{DISTRICT-STAFF}} and the error says "{{802.1X authentication failed}}". the laptop is the district one, asset {{OKC-NRS-0114}}.

also, can you show me how to save the state immunization exemption forms as pdf? I keep getting a blank page.

thanks
[[P:tricia hale]] rn
lincoln elementary
""")

E(11, "veterinary", "en", ["Carla Mendes"], """Hi [[P:Ollie]],

Our {{AVImark}} server was super slow all morning. I restarted it at 11:15 like you showed me but it's still slow. The clients are waiting at the counter.

While waiting I noticed something weird: the card reader printed a full card number on the receipt for a client, [[P:Douglas Finch]] (owner of {{Biscuit}}, the beagle). The receipt said [[K:4556 7318 6091 3904]]. Isn't it supposed to only show the last four?? I put the receipt in the shred box.

His account in AVImark is [[C:CL-004417]] if you need to look at the transaction. The terminal is an {{Ingenico Lane 3000}}, and the processor support line is {{1-888-555-0142}}.

Thanks so much,
[[P:Carla Mendes]]
Practice Manager
Happy Tails Veterinary Hospital
[[A:55 Commerce Way, Nashua]], NH [[Z:03062]] | [[T:603.555.0118]]
""")

E(12, "payroll", "en", ["Derek Haines"], """From: [[P:Derek Haines]] <[[E:derek@hainespayroll.com]]>
To: [[P:Lucía Ferrer]] <[[E:lucia@ferrer-consulting.com]]>
Subject: direct deposit file rejected
Date: Tue, 1 Dec 2026 15:44:10 -0600

[[P:Lucía]],

The NACHA file for client {{Prairie Roofing LLC}} bounced at the bank with return code {{R03}}. I looked at the file and the only change this cycle is a new hire:

Employee: [[P:Grant Wolcott]]
SSN: [[S:512-44-7809]]
Routing: [[C:101000019]]  Account: [[C:4401928837]]
Home: [[A:7712 W 95th St, Overland Park]], KS [[Z:66212]]

I think the routing number was typed wrong during onboarding in {{Gusto}}. Can you check whether the import script from the onboarding form strips leading zeros? Batch {{B-2026-1201-03}}, total {{$48,210.55}}.

Also [[P:Grant]] said he never got the e-mail to his personal address [[E:gwolcott77@gmail.com]] to set up his login.

Derek Haines, CPP
{{Haines Payroll Services}}
""".replace("\nDerek Haines, CPP", "\n[[P:Derek Haines]], CPP"))

E(13, "insurance-broker", "en", ["Megan Troy"], """Hi [[P:Alex]],

We had a client send us a policy renewal form through the website contact form and the attachment is stuck in the {{WordPress}} uploads folder. Could you move it into {{Applied Epic}} and delete it from the web server? The details on it:

Insured: [[P:Hector Villanueva]]
DOB: [[D:February 9, 1972]]
Driver license: TX [[L:31822047]]
Vehicle: 2019 {{Toyota Tacoma}}, plate [[V:MKT-4418]], VIN [[V:3TMCZ5AN4KM218816]]
Policy: [[M:PA-7730021-04]]

The form plugin is {{Gravity Forms 2.8}}. We really shouldn't be collecting licences that way, I know. Can we switch to the secure upload link from {{Applied}}?

Our office number for the record: [[T:(512) 555-0106]].

[[P:Megan Troy]]
Account Manager, Lone Star Insurance Partners
""")

E(14, "law-office", "en", ["Rebecca Sloane"], """[[P:Jonas]] --

Our paralegal [[P:Faith Kimura]] can't get into {{Clio}} since the password reset. She gets "{{SSO-401}}". Can you look today? She's preparing exhibits for the [[P:Barrow]] matter.

Also, opposing counsel sent a share link for discovery documents, [[U:https://share.lexbox.example/s/7Qm2xVbT9pLrA4?client=barrow-estate]], and I am nervous about opening it. Can you check if it's safe before she clicks it? The client there is [[P:Evelyn Barrow]], and the documents include her late husband's SSN [[S:219-66-4012]] according to the cover letter. Our matter number is {{2026-CV-00871}}.

Thanks,
[[P:Rebecca Sloane]], Esq.
{{Sloane & Partners LLP}}
[[A:300 N. Charles St, 14th Floor, Baltimore]], MD [[Z:21201]]
T [[T:410.555.0133]]
""")

E(15, "property-management", "en", ["Troy Ambrose"], """Hey [[P:Mei]],

The tenant portal is emailing people the wrong balance again. Example: tenant [[P:Will Pruitt]] in unit 4B at [[A:1150 Cypress Ave, Unit 4B, Tampa]], FL [[Z:33606]] got an email saying he owes {{$2,450.00}} but he paid on the 1st. His ledger in {{AppFolio}} shows tenant account [[C:T-118840]].

He sent a screenshot of his bank confirmation with his full account number [[C:0004417729]] on it, which I've deleted from the ticket. The portal link in the email looked like [[U:https://tenants.bayviewprops.example/pay?t=eyJ0aWQiOiIxMTg4NDAifQ.x9Qw]] -- is that token a problem if it gets forwarded?

Our AppFolio support case is {{CS-00912457}}.

Troy Ambrose
Bayview Property Management
""".replace("\nTroy Ambrose\n", "\n[[P:Troy Ambrose]]\n"))

E(16, "nonprofit", "en", ["Hannah Boateng"], """Hello [[P:Chris]],

Our donor database ({{Bloomerang}}) import from the gala failed. A few rows have card numbers in the notes column because a volunteer typed them in at the check-in table, which I know is bad. Example rows:

Donor | Email | Phone | Notes
[[P:Patrick O'Hanlon]] | [[E:pohanlon@fastmail.com]] | [[T:617-555-0142]] | paid card [[K:5167 3299 6030 8246]]
[[P:Joy Castellanos]] | [[E:joyc1984@yahoo.com]] | [[T:617-555-0199]] | check #1042

Can you help me scrub the notes column before re-importing? The import template is version {{v3.2}} and the error was "{{Row 57: invalid currency}}". Our org EIN is {{04-3312887}} in case the system asks.

Thank you!
[[P:Hannah Boateng]]
Development Director, Harbor Literacy Project
""")

E(17, "home-health", "de", ["Sabine Kröger"], """Von: [[P:Sabine Kröger]] <[[E:s.kroeger@pflegedienst-elbufer.de]]>
An: [[P:Jan Peters]] <[[E:jan@peters-edv.de]]>
Betreff: Tourenplan-App stürzt ab
Datum: Mo., 30. Nov. 2026 07:55

Hallo [[P:Jan]],

seit dem Update auf {{Version 5.12.3}} stürzt die {{Vivendi}}-App auf den Diensthandys ab, sobald man die Tour öffnet. Fehlermeldung: "{{E-2207 Synchronisation fehlgeschlagen}}".

Betroffen ist vor allem die Tour von Schwester [[P:Margit]], die heute früh Frau [[P:Hildegard Sommer]] ([[A:Am Lindenhof 7]], [[Z:21109]] [[A:Hamburg]], geb. [[D:14.03.1934]]) versorgen muss. Die Pflegekasse ist die {{AOK Rheinland/Hamburg}}, Versichertennummer [[M:K482915736]].

Kannst du bitte schauen, ob man auf die alte Version zurück kann? Die Handys sind {{Samsung Galaxy A54}}, eines hat die IMEI [[X:352094117845216]], das ist das von [[P:Margit]].

Rückruf gerne unter [[T:040 555 28 71 0]] oder mobil [[T:0171 5550 3382]].

Viele Grüße
[[P:Sabine Kröger]]
Pflegedienstleitung, Pflegedienst Elbufer GmbH
""")

E(18, "physiotherapy", "de", ["Markus Lenz"], """Hallo Herr [[P:Baumann]],

bei uns in der Praxis läuft seit gestern die Abrechnung in {{THEORG}} nicht mehr. Beim Export an die Abrechnungsstelle kommt "{{Fehler 0x80070005}}". Die Rechnungsnummer des Laufs ist {{RE-2026-11-0342}}.

Ein Patient hat außerdem seine Bankverbindung für die Privatrechnung geändert und ich bin unsicher, ob ich das richtig eingetragen habe:

[[P:Thomas Wegener]], geb. [[D:02.07.1979]]
IBAN [[B:DE44 1007 0000 0998 8771 23]]
Steuer-ID laut Formular: [[N:57 493 810 264]]

Braucht THEORG die Steuer-ID überhaupt? Ich würde sie lieber löschen.

Und: der Server ist {{192.168.10.5}}, nur falls du das für die Fernwartung brauchst ({{TeamViewer}} ID steht am Gerät).

Danke und Gruß
[[P:Markus Lenz]]
{{Physiotherapie Lenz}}, [[A:Bahnhofstraße 22]], [[Z:79098]] [[A:Freiburg]]
Tel. [[T:0761 555 4410]]
""")

E(19, "psychotherapy", "de", ["Ulrike Brandt"], """Hallo [[P:Kai]],

kurze Frage zu den Videositzungen: Wir nutzen {{RED connect}} und eine Klientin, Frau [[P:Lena Vogt]], kann seit Mittwoch nicht mehr beitreten. Sie schickte mir diesen Screenshot-Text: "Verbindung von [[I:84.139.201.77]] abgelehnt ({{403}})". Das ist wohl ihre IP zu Hause.

Ist das bei RED oder bei ihr? Ihr nächster Termin ist am [[D:9. Dezember]] um 16:00.

Außerdem braucht unsere neue Kollegin, [[P:Dilara Yıldız]], einen Zugang zur Praxissoftware {{Elefant}}. Ihre Approbationsnummer für das Profil ist [[L:PP-NRW-20391]].

Herzliche Grüße
[[P:Ulrike Brandt]]
{{Praxis für Psychotherapie Dr. Brandt}}
[[A:Rüttenscheider Str. 140]], [[Z:45130]] [[A:Essen]]
""")

E(20, "care-home", "nl", ["Femke de Vries", "Anouk Jansen"], """Hoi [[P:Ruud]],

De nieuwe zorgmedewerker [[P:Anouk Jansen]] moet toegang krijgen tot {{Ons Dossier}} van {{Nedap}}. Haar gegevens voor het account:

Naam: [[P:Anouk Jansen]]
Geboortedatum: [[D:23-06-1998]]
BSN: [[N:234567892]]
Mobiel: [[T:06 5551 2847]]

Daarnaast gaat de wifi in vleugel B steeds uit. De access point staat op {{10.1.30.12}}, merk {{Ubiquiti}}, foutmelding {{"DHCP timeout"}}.

Mevrouw [[P:Bakker]] op kamer 14 heeft een nieuwe valdetector gekregen, serienummer [[X:VD-88312-NL]], die moet nog gekoppeld worden aan de alarmcentrale.

Groet,
[[P:Femke de Vries]]
Teamleider, Zorgcentrum De Horst
[[A:Dorpsstraat 18]], [[Z:3732 HA]] [[A:De Bilt]]
""")

E(21, "dental", "nl", ["Pieter Smit"], """Beste [[P:Lotte]],

Ons röntgensysteem ({{Carestream CS 8100}}) maakt geen verbinding meer met {{Exquise}}. De foutcode is {{CS-1043}}. Versie van de software is {{3.9.0.12}}.

Vandaag moet er een foto gemaakt worden van een patiënt, [[P:Daan van Leeuwen]], geboren [[D:4 mei 2011]], patiëntnummer [[R:P-004518]]. Zijn moeder ([[T:+31 6 5552 9014]]) wil de foto ook naar de orthodontist laten sturen via [[E:ortho@tandzorgzuid.nl]].

Verder is de pin-automaat kapot; het betaalverzoek van een patiënt moest handmatig naar rekening [[B:NL74 RABO 0312 4598 76]] worden overgemaakt. Is dat veilig om zo te mailen?

Met vriendelijke groet,
[[P:Pieter Smit]]
Praktijkmanager, {{Tandartspraktijk Smit}}
""")

E(22, "pharmacy", "fr", ["Claire Moreau"], """Bonjour [[P:Mathieu]],

Le logiciel {{LGPI}} refuse depuis ce matin les cartes Vitale. Message : "{{Erreur SESAM-Vitale 12}}". Les patients attendent au comptoir.

Exemple : M. [[P:Gérard Lefèvre]], né le [[D:17/08/1948]], numéro de sécurité sociale [[N:1 48 08 75 116 042 36]]... je ne sais pas si c'est la carte ou le lecteur. Le lecteur est un {{Ingenico Vital'Act 3S}}, numéro de série {{VA3S-0091827}}. Celui-là est la propriété de la pharmacie donc je le mets au cas où.

Vous pouvez me rappeler au [[T:01 55 55 42 17]] ? Sinon mon portable [[T:06 55 51 23 88]].

Cordialement,
[[P:Claire Moreau]]
Pharmacienne titulaire
Pharmacie du Marché, [[A:12 rue de la Roquette]], [[Z:75011]] [[A:Paris]]
""")

E(23, "hospice", "fr", ["Isabelle Garnier"], """De : [[P:Isabelle Garnier]] <[[E:i.garnier@soinspalliatifs-loire.fr]]>
À : [[E:support@atelier-info.fr]]
Objet : Accès dossier patient pour la nouvelle infirmière
Date : jeu. 3 déc. 2026 09:14

Bonjour,

Nous accueillons lundi une nouvelle infirmière, [[P:Maëlle Tran]]. Il lui faut un compte sur {{Medispace}} et sur la messagerie sécurisée {{MSSanté}}. Son numéro RPPS est [[L:10101853342]].

Par ailleurs, la famille de Mme [[P:Josette Rivière]] (née le [[D:2 octobre 1937]], dossier [[R:HAD-2026-0457]]) nous a transmis le RIB pour le remboursement du matériel : [[B:FR14 2004 1010 0505 0001 3M02 606]]. Je l'ai reçu sur ma boîte personnelle par erreur, pouvez-vous m'expliquer comment le supprimer proprement ?

L'adresse du domicile de la patiente : [[A:8 allée des Tilleuls]], [[Z:44300]] [[A:Nantes]].

Merci d'avance,
[[P:Isabelle Garnier]]
Cadre de santé, HAD Loire Atlantique
Tél. [[T:02 40 55 51 22]]
""")

E(24, "law-office", "fr", ["Olivier Dumas"], """Bonjour [[P:Sophie]],

Le cabinet a reçu par e-mail les pièces d'un client pour un dossier de succession, et l'antivirus ({{Bitdefender GravityZone}}) a bloqué une pièce jointe ({{Trojan.GenericKD.7012}}). Pouvez-vous vérifier ?

Le client est M. [[P:Rémi Chevalier]], [[A:27 boulevard Voltaire]], [[Z:13001]] [[A:Marseille]]. Son numéro de sécurité sociale apparaît sur le formulaire : [[N:1 75 05 99 350 128 29]]. Nous avons aussi son permis de conduire n° [[L:750592301847]] en copie.

Le dossier dans {{Secib}} porte la référence {{SUCC-2026-118}}. Il faudrait aussi que le lien de dépôt qu'on lui a envoyé, [[U:https://depot.cabinet-dumas.fr/u/rchevalier/8f3KqZ1]], soit désactivé après réception.

Bien à vous,
[[P:Olivier Dumas]]
Avocat associé, {{Cabinet Dumas}}
""")

E(25, "pharmacy", "es", ["Lucía Navarro"], """Hola [[P:Diego]]:

Desde la actualización de {{Farmatic}} a la {{versión 14.2}}, la receta electrónica no carga para algunos pacientes. El error es "{{REC-509 Tarjeta no válida}}".

Un ejemplo de esta mañana: [[P:Manuel Ortega Ruiz]], fecha de nacimiento [[D:11/04/1953]], tarjeta sanitaria [[M:MORU530411003]], DNI [[N:47215893K]]. Vino con su hija [[P:Pilar]], que dejó su teléfono [[T:612 55 48 90]] para que la llamemos cuando esté resuelto.

El servidor de la farmacia es el {{192.168.1.20}} y el lector de tarjetas es un {{Omnikey 3121}}.

Por cierto, un proveedor nos pidió pagar a la cuenta [[B:ES60 0049 1500 0512 3456 7892]], que no es la suya de siempre. ¿Puede ser phishing?

Gracias,
[[P:Lucía Navarro]]
{{Farmacia Navarro}}, [[A:Calle Mayor 41]], [[Z:28013]] [[A:Madrid]]
""")

E(26, "veterinary", "es", ["Andrés Molina"], """Buenas [[P:Carmen]],

Te escribo porque el programa {{Qvet}} no imprime las facturas desde ayer. Sale el error "{{Spooler 0x00000709}}".

Además, una clienta, [[P:Rocío Salgado]], dice que recibió por e-mail la factura de otro cliente. Su correo es [[E:rocio.salgado@hotmail.es]] y el de la otra persona es [[E:jlfernandez62@gmail.com]]. La factura era la {{F-2026/1187}} de {{Kira}} (una gata) y mostraba la dirección del cliente, [[A:Avenida de la Constitución 15, 3ºB]], [[Z:41001]] [[A:Sevilla]], y su teléfono [[T:+34 654 55 21 07]].

¿Cómo pasó esto? ¿Tenemos que avisar a alguien?

Un saludo,
[[P:Andrés Molina]]
Clínica Veterinaria Los Álamos
""")

E(27, "physiotherapy", "it", ["Giulia Ferri"], """Ciao [[P:Marco]],

il gestionale {{Fisiotek}} non si apre più sul PC della reception, dice "{{Database non raggiungibile (errore 10061)}}". Il server è il {{192.168.0.10}}.

Oggi abbiamo tre pazienti nuovi e devo inserire i dati a mano su carta. Uno di loro è [[P:Lorenzo Bellini]], nato il [[D:21/06/1985]], codice fiscale [[N:BLLLNZ85H21F205X]], residente in [[A:Via Roma 128]], [[Z:20121]] [[A:Milano]]. Ha portato anche la tessera sanitaria, numero [[M:80380001234567890123]].

Quando riesci a passare? Sono in studio fino alle 19:30, numero fisso [[T:02 5550 1187]].

Grazie mille,
[[P:Giulia Ferri]]
{{Studio di Fisioterapia Ferri}}
""")

E(28, "immunisation-registry", "it", ["Paola Conti"], """Buongiorno,

il flusso verso l'anagrafe vaccinale regionale si è bloccato venerdì. Dal log di {{OnVac}} vedo questo errore:

2026-11-27 23:10:04 {{ERR-VAC-221}} soggetto [[N:RSSMRA90A41H501Y]] data nascita [[D:01/01/1990]] lotto {{FK4521}} rifiutato

La paziente è [[P:Maria Rossi]] e la dose era il richiamo antinfluenzale. Ci sono altre 14 righe uguali, tutte con lo stesso lotto {{FK4521}}. Potrebbe essere il formato del lotto? Il fornitore dice che dal loro lato non è cambiato niente, ma la Regione ha pubblicato nuove specifiche a ottobre. Se serve posso mandarti il file completo via canale sicuro, non per e-mail.

Per contattarmi: [[T:+39 06 5557 2210]] oppure [[E:p.conti@asl-roma-ovest.it]].

Cordiali saluti,
[[P:Paola Conti]]
Responsabile Ambulatorio Vaccinale
""")

E(29, "care-home", "pt", ["Ana Ribeiro"], """Olá [[P:Rui]],

O sistema de registo de medicação ({{SClínico}}) está a dar erro ao gravar: "{{Erro 500 - Timeout}}". Começou depois da actualização para a {{versão 2.7}}.

Preciso de registar as tomas de hoje para a utente [[P:Maria da Conceição Alves]], nascida a [[D:8 de março de 1932]], número de utente [[M:187 654 321]], quarto 9. A filha dela, [[P:Teresa Alves]], ligou do número [[T:+351 912 555 408]] a pedir o relatório mensal por e-mail para [[E:teresa.alves@sapo.pt]].

Também temos um problema com o tablet da enfermagem: número de série [[X:R9WN30ABC2D]] (é o que está atribuído à enfermeira [[P:Sofia]]).

Obrigada,
[[P:Ana Ribeiro]]
Directora Técnica, Lar Quinta do Sol
[[A:Rua das Flores 45]], [[Z:4050-262]] [[A:Porto]]
""")

E(30, "dental", "pt", ["Paulo Mendes"], """Oi [[P:Felipe]], tudo bem?

O {{Dental Office}} da clínica travou de novo, aparece "{{Falha na conexão com o banco de dados}}". O servidor é aquele {{10.0.0.4}} da sala dos fundos.

Hoje temos uma paciente nova, [[P:Juliana Prado]], CPF [[N:153.482.907-35]], nascida em [[D:14/09/1994]], endereço [[A:Rua Augusta 1508, apto 72, São Paulo]] - SP, CEP [[Z:01304-001]]. Ela pagou o tratamento com cartão, e a maquininha imprimiu o número inteiro: [[K:5524 3362 8194 8210]]. Já rasguei a via.

Pode me ligar? [[T:(11) 95552-4471]]

Abraço,
[[P:Paulo Mendes]]
{{Clínica Odontológica Mendes}}
""")

E(31, "nonprofit", "pt", ["Beatriz Santos"], """Bom dia [[P:Miguel]],

A nossa associação recebeu donativos por transferência e o {{Primavera ERP}} não está a importar o extracto. Aparece "{{Formato CAMT.053 inválido}}".

Um dos doadores, [[P:Joaquim Pereira]], pediu recibo para o IRS. NIF [[N:231 456 780]], morada [[A:Avenida da Liberdade 210, 3º Esq.]], [[Z:1250-147]] [[A:Lisboa]]. A conta de onde veio a transferência: [[B:PT50 0002 0123 1234 5678 9015 4]].

Podes ver o ficheiro? Está na pasta partilhada, nome {{extracto_nov2026.xml}}. O banco diz que o ficheiro está correcto e que o problema deve ser do programa. Precisamos dos recibos antes do fim do mês, senão os doadores não conseguem deduzir.

Obrigado,
[[P:Beatriz Santos]]
Tesoureira, Associação Mãos Dadas
""")

E(32, "payroll", "nl", ["Jeroen Visser"], """Hallo [[P:Sanne]],

Bij de salarisverwerking in {{Nmbrs}} krijg ik een foutmelding bij één medewerker: "{{Ongeldig BSN (elfproef)}}". Dit is de regel uit de import:

[[P:Mohammed el Amrani]];[[N:182736453]];[[D:12-02-1990]];[[B:NL91 ABNA 0417 1643 00]];[[A:Kanaalweg 3]];[[Z:2584 KA]];[[A:Den Haag]]

Volgens mij klopt het BSN wel? Misschien staat er een spatie achter. De run is {{LR-2026-12}} en moet vrijdag om 12:00 naar de bank. Als het niet lukt, kunnen we de medewerker dan handmatig uitbetalen? Ik wil niet dat hij zijn salaris te laat krijgt, hij is net begonnen en heeft al genoeg gedoe gehad met zijn contract.

Groeten,
[[P:Jeroen Visser]]
{{Visser Salarisadministratie}}
[[T:070 555 2391]]
""")

E(33, "home-health", "en", [], """Subject: Re: remote access for weekend on-call
From: [[P:Bernadette Quigley]] <[[E:bquigley@heartlandhomehealth.org]]>
To: [[E:helpdesk@lakeshore-msp.com]]
Date: Sat, 28 Nov 2026 19:03:55 -0600

Hi team,

The on-call nurse ([[P:Mark Sorensen]]) can't connect to the {{FortiClient}} VPN from home. He's getting "{{-7200 credential or ssl vpn configuration is wrong}}". He says his home IP is [[I:98.214.77.130]] if that helps with the logs.

He needs to see the schedule for [[P:Dolores Whitfield]], SOC [[D:11/30/2026]], Medicaid ID [[M:IL-000738215]], because her daughter called the on-call line about a fall.

Our firewall public address is {{198.51.100.14}}, port {{10443}}. Please don't open anything else.

If you need to reach Mark directly his cell is [[T:312-555-0164]].

Thank you,
[[P:Bernadette]]
Administrator on call
""".replace("reach Mark directly", "reach [[P:Mark]] directly"))

E(34, "insurance-broker", "en", ["Gordon Pierce"], """[[P:Nadia]],

A client faxed in an application for a small-group health plan and our fax-to-email service ({{eFax Corporate}}) sent it to the whole office distribution list instead of just me. It contained:

- Employee [[P:Faith Underwood]], SSN [[S:603-18-2974]], DOB [[D:3/8/1983]]
- Spouse [[P:Raymond Underwood]], SSN [[S:611-40-5523]], DOB [[D:10/21/1981]]
- Employer: {{Underwood Landscaping}}, group number {{GRP-40917}}, carrier {{Blue Cross Blue Shield of Illinois}}

Can you check the routing rule in eFax? The inbound number is [[T:(847) 555-0123]]. The distribution list is {{allstaff@pierceinsurance.com}}... wait, that's an address, sorry: [[E:allstaff@pierceinsurance.com]].

Also, can you confirm who opened it? I'd like the access log before I call the client.

[[P:Gordon Pierce]]
Principal, {{Pierce Insurance Group}}
""".replace("{{allstaff@pierceinsurance.com}}... wait, that's an address, sorry: [[E:allstaff@pierceinsurance.com]]", "[[E:allstaff@pierceinsurance.com]]"))

E(35, "law-office", "en", ["Oscar Lindgren"], """Hi [[P:Petra]],

We need to send a large evidence file to a client and the {{Outlook}} attachment limit ({{20 MB}}) is blocking it. The client is [[P:Tamika Hollins]]; her case is the car accident on I-94. The file includes the police report with her licence number [[L:H452-7781-3309]], the other driver's plate [[V:WI 7TR-902]], and her plate [[V:AKJ-4471]], plus her medical bills from the hospital with account [[C:HMC-00918374]].

Could we use {{ShareFile}} for this? I think we pay for it. Her e-mail is [[E:tamika.hollins@outlook.com]].

Case number on our side is {{PI-2026-0331}}; the court file is {{2026CV004417}}.

Best,
[[P:Oscar Lindgren]]
{{Lindgren Injury Law}}
[[T:414-555-0171]]
""")

E(36, "property-management", "en", ["Tanya Brooks"], """Hi [[P:Ravi]],

The gate access system at Oak Terrace ({{Brivo}}) needs these vehicles added for new tenants. I typed them up from the applications:

Unit | Tenant | Plate | Phone
204 | [[P:Grant Osei]] | [[V:CA 8XYZ112]] | [[T:(916) 555-0148]]
311 | [[P:Summer Nakamura]] | [[V:7RTB553]] | [[T:(916) 555-0187]]
118 | [[P:Bill Kaczmarek]] | [[V:9GHM260]] | [[T:(916) 555-0109]]

The gate controller is on {{172.16.8.20}}. Firmware {{6.2.1}}. The Brivo support ticket about the slow reader is {{BRV-559812}}.

Thanks!
[[P:Tanya Brooks]]
Community Manager, Oak Terrace Apartments
""")

E(37, "lab", "en", ["Helen Marsh"], """Hello,

Our {{Sysmex XN-1000}} analyzer is sending results to the LIS ({{Orchard Harvest}}) but some patients show up twice. From the interface log:

OBR|1|[[R:LAB-0912837]]|{{ACC-26-118204}}|CBC^COMPLETE BLOOD COUNT
PID|1||[[R:MR-4471920]]||[[P:NAKASHIMA^JOY]]||[[D:19760502]]|F

PID|1||[[R:MR-4471920]]||[[P:NAKASHIMA^JOY^A]]||[[D:19760502]]|F

The second one has the middle initial. Accession {{ACC-26-118204}} is the same. The analyzer serial is {{XN-41872}}, it's on {{10.12.0.88}}. Is this a mapping issue or is the ordering doctor's office sending two orders? We noticed it on Thursday when a physician called about a duplicate report. I would rather not merge the records by hand, because last time that caused more trouble than it solved.

Regards,
[[P:Helen Marsh]], MD
Medical Director, Lakeview Clinical Laboratory
""")

E(38, "psychotherapy", "en", ["Jordan Avery"], """hey [[P:nico]],

sorry to bug you on a sunday. a client forwarded me a link to her journal so I can read it before our session, [[U:https://docs.example.com/d/1bXq9LmZ_p4Tw-7RkVb/edit?usp=sharing&authuser=rsalinas]], but she shared it to my personal gmail. is that a problem with HIPAA? she is [[P:rachel salinas]], I see her tuesdays.

also, the {{TherapyNotes}} app on my phone keeps logging me out. i'm on {{iOS 18.1}}.

I'm working from home this week, my home IP according to whatismyip is [[I:24.17.203.9]] if you need to allowlist it for the portal.

thanks,
[[P:jordan]]
[[P:Jordan Avery]], LMFT
""")

E(39, "school-nurse", "en", ["Cheryl Dawson"], """Hello,

I'm the nurse at Westfield Middle. The district moved us to {{Frontline Health}} and I need help importing my old log. Here's a sample of the CSV I exported from the old system:

student_id,last,first,dob,visit_date,reason,parent_phone
[[R:S20419]],[[P:Okonkwo]],[[P:Chidi]],[[D:2013-04-30]],[[D:2026-11-02]],headache,[[T:217-555-0131]]
[[R:S20577]],[[P:Bianchi]],[[P:Will]],[[D:2012-12-11]],[[D:2026-11-02]],asthma,[[T:217-555-0166]]
[[R:S21003]],[[P:Pham]],[[P:Mai]],[[D:2013-07-19]],[[D:2026-11-03]],"scraped knee",[[T:217-555-0102]]

The import says "{{Column 'dob' expected format MM/DD/YYYY}}". Can you convert it? I have about 900 rows from 2025-2026. The principal wants the visit history in the new system before winter break so the counsellors can see it. I also don't want to e-mail the whole file around, so let me know if you'd prefer I put it on the district OneDrive or give you access to the nurse office computer remotely.

Thanks,
[[P:Cheryl Dawson]], RN
""")

E(40, "veterinary", "en", ["Maya Lindstrom"], """Hi [[P:Josh]],

The microchip scanner at the front desk is not sending numbers into {{Cornerstone}} anymore. We used to just scan and it filled the field. Now nothing. The scanner is a {{Datamars Black Label}}.

A client, [[P:Hope Carrington]], is here with her dog {{Pepper}} and we need to register the chip to her. Chip number [[X:985141002817734]]. Her address is [[A:2290 Sunnyside Rd, Idaho Falls]], ID [[Z:83404]] and phone [[T:208-555-0152]].

She also paid the deposit with a card over the phone yesterday and the tech wrote the number on a sticky note: [[K:4916 7308 3016 6135]]. I know. It's been shredded. Please tell me how to key it properly into the terminal next time.

[[P:Maya]]
Snake River Animal Clinic
""")

E(41, "hospice", "en", ["Ellen Rourke"], """From: [[P:Ellen Rourke]] <[[E:erourke@gentlepassagehospice.org]]>
To: [[P:Andre Mbeki]] <[[E:andre@mbeki.tech]]>
Subject: concentrator tracking
Date: Tue, 1 Dec 2026 13:30:00 -0500

Andre,

Our DME vendor ({{Apria}}) sent a spreadsheet of oxygen concentrators placed in patients' homes. We want to track them in {{HCHB}}. Sample:

Patient	Address	Device	Serial
[[P:Wilma Sharpe]]	[[A:412 Poplar St, Dayton]] OH [[Z:45402]]	{{Inogen One G5}}	[[X:IG5-20817733]]
[[P:Leon Ambrose]]	[[A:90 Fairview Rd, Kettering]] OH [[Z:45429]]	{{EverFlo}}	[[X:EF-118402-B]]

Is there a field in HCHB for this, or do we need a custom form? Our HCHB version is {{2026.2}}.

Thanks,
Ellen
""".replace("\nAndre,\n", "\n[[P:Andre]],\n").replace("Thanks,\nEllen", "Thanks,\n[[P:Ellen]]"))

E(42, "payroll", "en", ["Renee Castillo"], """Hi [[P:Marty]],

Our W-2 print job from {{ADP Workforce Now}} came out with the wrong employee on some envelopes. Two examples I caught:

1) Envelope: [[P:Darius Holt]], [[A:3318 Birch Ln, Mesa]], AZ [[Z:85204]] -- form inside was for [[P:Angela Vu]], SSN [[S:527-83-1146]]
2) Envelope: [[P:Angela Vu]], [[A:90 E Camelback Rd Apt 12, Phoenix]], AZ [[Z:85012]] -- form inside was for [[P:Darius Holt]], SSN [[S:600-29-8815]]

These were NOT mailed, thank goodness. The print queue is on {{PRINT-SRV02}} ({{10.40.1.15}}). ADP case number {{07781244}}. It's tax year {{2026}}.

Can you check whether the mail-merge sorting is by employee id or by name? Our employee ids look like E-1042 but those aren't sensitive.

Renee Castillo
HR & Payroll Manager, Sonoran Builders
[[T:480-555-0125]]
""".replace("\nRenee Castillo\n", "\n[[P:Renee Castillo]]\n"))

E(43, "insurance-broker", "en", ["Liam Fraser"], """[[P:Sunita]],

Canadian client, auto policy change, and the client e-mailed everything in plain text. Can you set up the secure upload in {{Applied Epic}} for them? Details below so you know what we are dealing with:

Name: [[P:Étienne Gagnon]]
SIN: [[N:046 454 641]]
Driver's licence (ON): [[L:G2614-48309-50718]]
Address: [[A:77 Queen St W, Unit 902, Toronto]], ON [[Z:M5H 2M5]]
New vehicle: 2024 {{Honda CR-V}}, plate [[V:CTRK 418]]
Policy: [[M:ON-AUT-5512098]]

The carrier is {{Intact Insurance}}, their broker line is {{1-855-555-0190}}.

I deleted his e-mail after copying it here, which I realise is kind of the same problem. Sorry.

[[P:Liam Fraser]]
{{Fraser & Doyle Insurance Brokers}}
[[T:416-555-0193]]
""")

E(44, "nonprofit", "en", ["Gloria Estrada"], """Hi [[P:Kwame]],

We're moving our client intake for the food pantry from paper to {{Salesforce Nonprofit Cloud}}. The volunteers asked what they should NOT type in. Here's a real example from last week's form (I blacked out nothing, sorry, it's just to show you):

Client: [[P:Rosa Delgado-Ibarra]]
DOB: [[D:06/19/1966]]
Household: 4
Address: [[A:1420 S Alvarado St, Los Angeles]], CA [[Z:90006]]
Phone: [[T:213-555-0138]]
SNAP/EBT card: [[C:5077 1904 4418 2207]]
Referred by: {{LA Family Housing}}

Do we need the EBT number at all? I'd rather not keep it. Also the tablets are {{iPad 10th gen}} on {{iPadOS 18}}.

Thank you,
[[P:Gloria Estrada]]
Program Director, Eastside Community Pantry
""")

E(45, "dental", "en", ["Anil Rao"], """Hi [[P:Stephanie]],

Quick list of things for your visit Thursday:

* The new intraoral scanner ({{iTero Element 5D}}) needs to be added to the network. Static IP {{192.168.50.40}} please.
* {{Open Dental}} needs updating to {{24.3.15}}.
* A patient called saying she got someone else's treatment plan by e-mail. She is [[P:Grace Whitaker]], [[E:gwhitaker@comcast.net]]; the plan belonged to [[P:Grace Whitmore]], patient # [[R:10482]], DOB [[D:Sept 3, 1979]]. Looks like autocomplete picked the wrong Grace. Can we turn off autocomplete in the e-mail module?
* Our card terminal processor ({{Worldpay}}) wants the merchant id, which is {{MID 4450012983}}. That's the practice's, not a patient's.

Front desk number is [[T:(704) 555-0114]].

Thanks,
[[P:Anil]]
""".replace("the wrong Grace.", "the wrong [[P:Grace]]."))

E(46, "home-health", "en", ["Viv Tran"], """[[P:viv]] here from Caring Hands. new nurse onboarding again :)

name: [[P:winston achebe]]
start: monday
RN license: [[L:RN 2219847]] (Georgia)
drivers license: [[L:GA 058174432]]
car: silver {{Camry}}, tag [[V:RKL 4402]]
cell: [[T:770 555 0185]]

he needs {{Axxess}} login, email, and the mileage app. his personal email for the welcome message is [[E:wachebe.rn@gmail.com]].

btw the old office laptop that [[P:Cindy]] used (serial {{5CD1234XYZ}}) can go to him after you wipe it. he'll come by the office around 9 to pick it up and do the HIPAA training video, so if you could have it ready by then that would be amazing. also please check that the printer driver is on there, last time it wasn't and the nurse had to drive back in. thanks!!
""")

E(47, "law-office", "en", ["Patricia Nolan"], """Hello [[P:Sven]],

We are migrating our immigration files from {{PracticePanther}} to {{Docketwise}}. Before we do, I want to know how the import handles these fields. Sample client record, copied from the export:

Client ID: {{CL-2291}}
Name: [[P:Oluwaseun Adebayo]]
A-Number: [[N:A-214-883-905]]
Passport: [[N:A09183477]] (Nigeria)
DOB: [[D:17 July 1991]]
US address: [[A:4810 Westheimer Rd, Apt 1106, Houston]], TX [[Z:77027]]
Phone: [[T:+1 832 555 0146]]

The export is a {{.xlsx}} from PracticePanther version {{4.19}}. Receipt numbers from USCIS like {{IOE0912345678}} are case receipts, not personal, right? Let me know.

Patricia Nolan
Office Manager, {{Nolan Immigration Law PLLC}}
""".replace("\nPatricia Nolan\n", "\n[[P:Patricia Nolan]]\n"))

E(48, "pharmacy", "en", ["Jerome Pike"], """Hi [[P:Lena]],

Our {{SureScripts}} connection dropped overnight and {{Rx30}} has a queue of 41 e-prescriptions that didn't come in until 7am. One of them was a controlled substance and the prescriber's DEA number showed as invalid: [[L:BM4429713]]. The prescriber is [[P:Dr. Mark Ellison]]... I mean Dr. [[P:Mark Ellison]], not sure if that matters.

The patient was [[P:Lillian Cho]], DOB [[D:08/11/1990]], and her insurance member id is [[M:WCR88102547]] ({{OptumRx}}, BIN {{610097}}, PCN {{9999}}).

Please check the logs. The Rx30 server is {{10.8.2.11}}, and Rx30 support is {{1-800-555-0117}}.

[[P:Jerome Pike]], PharmD
{{Pike Family Pharmacy}}
""".replace("[[P:Dr. Mark Ellison]]... I mean Dr. [[P:Mark Ellison]], not sure if that matters.", "Dr. [[P:Mark Ellison]]."))

E(49, "physiotherapy", "en", ["Siobhan Kelly"], """From: [[P:Siobhan Kelly]] <[[E:siobhan@corephysio.ie]]>
To: [[P:Declan Byrne]] <[[E:declan@byrne-it.ie]]>
Subject: Booking system emails
Date: Wed, 2 Dec 2026 09:41:12 +0000

Hi [[P:Declan]],

The reminder texts from {{Cliniko}} are going out with the wrong clinic phone number. They should say [[T:01 555 4120]] but they say the old one, [[T:01 555 4101]].

Also, one of our patients in [[A:Belfast]], [[P:Ciarán Doherty]], asked us to delete his data. He gave his NHS number [[N:401 023 2137]] and his address [[A:14 Lisburn Road, Belfast]] [[Z:BT9 6AA]] so we could find him. His date of birth is [[D:29/02/1988]]. How do I do a proper erasure in Cliniko? Is there an audit trail?

Cliniko plan is {{Enterprise}}, account region {{EU}}.

Thanks a mill,
[[P:Siobhan]]
Core Physio Dublin
""")

E(50, "care-home", "en", ["Priscilla Ndlovu"], """Hi,

We had an incident last night: the nurse call system ({{Ascom Telligence}}) stopped working in the east wing between 2:10 and 2:45. The log shows:

02:10:14 {{NCS-ERR-118}} bed 22 pendant [[X:ASC-PD-77120]] no heartbeat
02:10:14 {{NCS-ERR-118}} bed 23 pendant [[X:ASC-PD-77134]] no heartbeat

Bed 22 is [[P:Arthur Pennington]] (resident id [[R:WB-3301]]), bed 23 is [[P:Nell Faraday]] (resident id [[R:WB-3307]]). Both were fine, but the state inspector will ask. The controller is on {{10.5.0.21}}.

Could you pull the switch logs for that time? Also our UPS ({{APC Smart-UPS 1500}}) showed a battery fault.

Priscilla Ndlovu
Director of Nursing, Willowbank Care Centre
[[T:(503) 555-0140]]
""".replace("\nPriscilla Ndlovu\n", "\n[[P:Priscilla Ndlovu]]\n"))

E(51, "immunisation-registry", "en", ["Terrence Boyd"], """Hello [[P:Aisha]],

A parent wrote to the registry help mailbox and our auto-reply rule in {{Exchange Online}} quoted her whole message back, including:

"My son [[P:Elijah Brooks]] (DOB [[D:2020-08-14]]) is missing his MMR dose from [[D:3/12/2024]]. His Medicaid number is [[M:MO 1042837715]]. My address changed to [[A:611 Oak Hollow Dr, Columbia]], MO [[Z:65203]]. You can call me at [[T:573.555.0191]]. - [[P:Keisha Brooks]]"

The auto-reply went to [[E:registry-help@showmeimmunize.org]] and CC'd {{#it-alerts}} in Teams. Can you turn off quoting in the auto-reply? The rule is called {{IIS-AutoAck-v2}}.

Thanks,
[[P:Terrence Boyd]]
Registry Coordinator
""")

E(52, "property-management", "de", ["Holger Brandt"], """Hallo [[P:Anja]],

im Mieterportal von {{Immoware24}} wurde eine Nebenkostenabrechnung an die falsche Mieterin verschickt. Die Abrechnung gehörte Herrn [[P:Dieter Scholz]], [[A:Goethestraße 31, 2. OG links]], [[Z:04109]] [[A:Leipzig]], und enthielt seine Kontoverbindung für die Lastschrift: [[B:DE89 3704 0044 0532 0130 00]].

Empfangen hat sie Frau [[P:Sieglinde Hartmann]] ([[E:s.hartmann@web.de]]). Sie hat uns zum Glück Bescheid gesagt.

Der Portal-Link in der Mail war [[U:https://portal.hausverwaltung-brandt.de/doc?id=88213&token=Zk2pQ8wLx]]. Kann man den Link nachträglich ungültig machen? Ticket beim Hersteller: {{IW-2026-44817}}.

Gruß
[[P:Holger Brandt]]
{{Hausverwaltung Brandt}}, [[T:0341 555 7721]]
""")

E(53, "lab", "de", ["Petra Hoffmann"], """Guten Morgen [[P:Stefan]],

der Laborauftrag aus dem Einsenderportal kommt mit falschem Geburtsdatum im {{LIS Lauris}} an. Beispiel aus dem Log:

2026-12-01 06:42:17 {{WARN ORD-0334}} Auftrag {{A26-0098123}} Patient [[P:Weber, Klaus]] geb. [[D:1952-11-03]] erwartet [[D:03.11.1952]] Versicherter [[M:X219384756]]
Quelle: [[I:91.64.118.20]] (Praxis-Router des Einsenders, laut Dr. [[P:Nowak]])

Die Einsenderpraxis sitzt in [[A:Kastanienallee 9]], [[Z:10435]] [[A:Berlin]]. Ist das ein Datumsformat-Problem in der Schnittstelle ({{HL7 2.5}})? Die Laborserver-IP {{10.70.1.4}} bitte nicht ändern. Das Problem betrifft seit Montag etwa zwanzig Aufträge pro Tag, und die Kolleginnen müssen jeden einzelnen von Hand korrigieren.

Viele Grüße
[[P:Petra Hoffmann]]
Laborleitung, Labor Mitte
""")

E(54, "veterinary", "nl", ["Marloes Kuipers"], """Hoi [[P:Bas]],

Het betaalsysteem in {{VetManager}} geeft de hele tijd {{"Transactie geweigerd (05)"}}. Een klant, meneer [[P:Hendriks]], wilde betalen voor de operatie van zijn hond {{Storm}}. Uiteindelijk heeft hij het bedrag ({{€ 486,50}}) overgemaakt vanaf [[B:BE68 5390 0754 7034]] (hij woont in België).

Zijn gegevens in het systeem: [[P:Luc Hendriks]], [[A:Kerkstraat 56]], [[Z:2000]] [[A:Antwerpen]], klantnummer [[C:KL-20918]], telefoon [[T:+32 477 55 81 20]].

Kun je kijken waarom de pinterminal ({{CCV Mx5}}) weigert? Het serienummer van de terminal is {{CCV-5520031}} en die is van de praktijk.

Groetjes,
[[P:Marloes]]
Dierenkliniek De Linde
""")

E(55, "psychotherapy", "nl", ["Joris Mulder"], """Hallo [[P:Emma]],

Een cliënt van mij kan niet inloggen op het cliëntportaal van {{Therapieland}}. Hij krijgt de melding "{{Sessie verlopen, code 419}}". Hij stuurde me de link die hij kreeg: [[U:https://app.therapieland.example/invite/7c1e9a2b-44fd-4b2f-b1a0-ff3e]]

Hij heet [[P:Sem de Groot]], geboren [[D:30 januari 2001]]. Zijn e-mail is [[E:semdegroot@ziggo.nl]]. Ik zie hem elke donderdag om 10:00.

Verder wil de zorgverzekeraar een verwijzing met zijn BSN: [[N:304129872]]. Mag ik dat via de gewone mail sturen? Ik denk het niet. Welke beveiligde manier raad je aan?

Groet,
[[P:Joris Mulder]]
GZ-psycholoog, BIG [[L:79057123425]]
""")

E(56, "school-nurse", "fr", ["Nathalie Girard"], """Bonjour,

Je suis l'infirmière scolaire du collège Jean Moulin. Le logiciel {{Pronote}} n'affiche plus les PAI (projets d'accueil individualisés) des élèves depuis la mise à jour {{2026.1.4}}.

Élèves concernés cette semaine :
- [[P:Inès Benali]], 5e B, née le [[D:12/05/2013]], allergie arachide
- [[P:Hugo Lemaire]], 6e A, né le [[D:03/09/2014]], diabète type 1, pompe à insuline n° [[X:MMT-1780-NG55102]]

Le papa d'Hugo demande qu'on l'appelle au [[T:06 55 57 81 44]].

Pouvez-vous vérifier avec l'éditeur ? Le numéro de ticket chez eux est {{INDEX-558201}}.

Merci,
[[P:Nathalie Girard]]
Infirmière scolaire
""".replace("Le papa d'Hugo", "Le papa d'[[P:Hugo]]"))

E(57, "insurance-broker", "fr", ["Julien Marchand"], """Bonjour [[P:Élodie]],

Un client nous a envoyé par e-mail une demande de résiliation avec toutes ses coordonnées bancaires et sa carte. Je copie les éléments pour que vous compreniez ce qui traîne dans la boîte {{Outlook}} partagée :

Assuré : [[P:Bernard Fontaine]]
Contrat : [[M:HAB-0092817-3]]
IBAN : [[B:FR76 3000 6000 0112 3456 7890 189]]
Carte : [[K:4532 0152 6018 1596]] exp. 09/28
Adresse : [[A:5 place Bellecour]], [[Z:69002]] [[A:Lyon]]

Pouvez-vous mettre en place une règle qui bloque les numéros de carte dans les e-mails entrants ? Notre outil de courtage est {{Modulr}}, version {{8.4}}. Le numéro de l'assureur pour les sinistres, {{0 800 55 51 51}}, doit rester visible dans les réponses.

Cordialement,
[[P:Julien Marchand]]
{{Cabinet Marchand Assurances}}
""")

E(58, "hospice", "es", ["Rosa Iglesias"], """Hola [[P:Javier]]:

Necesitamos ayuda con el programa de cuidados paliativos domiciliarios. La tablet de la enfermera [[P:Marisol]] (número de serie [[X:SM-T575-R58N71QZ]]) no sincroniza con {{Gacela Care}}. Error: "{{SYNC-014 Certificado caducado}}".

Hoy tenía que visitar a [[P:Consuelo Ramírez Vidal]], de 88 años, historia clínica [[R:HC-0394417]], en [[A:Calle del Pilar 7, 2º izq.]], [[Z:50003]] [[A:Zaragoza]]. Su hijo [[P:Ignacio]] nos llamó desde el [[T:676 55 30 12]].

La enfermera acabó apuntando todo en papel. ¿Puedes renovar el certificado hoy? La versión de la app es la {{3.2.8}}.

Gracias,
[[P:Rosa Iglesias]]
Coordinadora, Unidad de Cuidados Paliativos
""")

E(59, "law-office", "es", ["Fernando Ochoa"], """Buenos días [[P:Ana]],

El despacho recibió un correo de un cliente con un enlace para descargar documentos de un juicio: [[U:https://wetransfer.example/downloads/3f9a22c1b7/tok_8QxPZ]]. El antivirus lo marcó como sospechoso.

El cliente es [[P:Alejandro Núñez Ferrer]], DNI [[N:53917284Q]], domicilio [[A:Passeig de Gràcia 88, 4º 1ª]], [[Z:08008]] [[A:Barcelona]]. En el correo también venía su cuenta para la devolución de la provisión de fondos: [[B:ES91 2100 0418 4502 0005 1332]].

¿Puedes comprobar si el enlace es legítimo? El número de expediente es {{EXP-2026/0412}} y usamos {{Lexnet}} para las notificaciones.

Saludos,
[[P:Fernando Ochoa]]
{{Ochoa Abogados}}
""")

E(60, "pharmacy", "it", ["Francesca Greco"], """Ciao [[P:Luca]],

la farmacia ha un problema con il lettore di ricette dematerializzate su {{Wingesfar}}: dà "{{Errore SAC 3012}}" su alcune ricette.

Ti scrivo un esempio: paziente [[P:Giuseppe Esposito]], codice fiscale [[N:SPSGPP48M12F839T]], nato il [[D:12 agosto 1948]], NRE [[R:0801A4012345678]]. La figlia, [[P:Anna]], ha chiamato dal [[T:333 555 1872]] perché il papà aspetta la terapia.

Per il pagamento del servizio di consegna a domicilio, la signora ha lasciato il suo IBAN: [[B:IT60 X054 2811 1010 0000 0123 456]]. Dove lo devo registrare in modo sicuro?

Grazie,
[[P:Francesca Greco]]
{{Farmacia Greco}}, [[A:Via Toledo 256]], [[Z:80134]] [[A:Napoli]]
""")

E(61, "dental", "en", ["Marisa Cole"], """Hi [[P:Tobias]],

Our online payment page is asking patients to re-enter card numbers, and one patient e-mailed hers to us instead. I need to know how to handle this:

From: [[P:Bonnie Latimer]] <[[E:bonnie.latimer@icloud.com]]>
"Hi, the portal won't take my card, so here it is: [[K:3779 345559 79710]], exp 04/27, for my daughter [[P:Ava]]'s cleaning. Her DOB is [[D:6/6/2015]]."

I didn't process it. Our payment vendor is {{Rectangle Health}} and the portal error is "{{PMT-3D-FAIL}}". When we test with their test card {{4111 1111 1111 1111}} it goes through fine, so it's something with real cards.

Also can you remind me how to purge an e-mail from everyone's mailbox in {{Microsoft 365}}?

Thanks,
[[P:Marisa Cole]]
Office Manager, {{Cole Family Dentistry}}
""")

E(62, "payroll", "en", ["Howard Tsai"], """[[P:Bree]] --

Two garnishment orders came in by fax and were scanned into the wrong client folder in {{SharePoint}}. They belong to client {{Kestrel Logistics}} (client code {{KEST-01}}), not to {{Kestrel Dental}}.

Employee 1: [[P:Joy Abernathy-Ruiz]], SSN [[S:455-71-9320]], case {{CS-2026-88812}}
Employee 2: [[P:Terrell Gaines]], SSN [[S:538-02-6617]], remit to the state disbursement unit, account [[C:7712004381]], routing [[C:122000661]]

Can you move them and check who accessed the folder since Monday? The folder URL was {{https://hainescorp.sharepoint.com/sites/clients/KestrelDental}}.

Howard Tsai, EA
{{Tsai & Co. Payroll}}
[[T:(626) 555-0184]]
""".replace("\nHoward Tsai, EA", "\n[[P:Howard Tsai]], EA"))

E(63, "home-health", "en", ["Cynthia Barlow"], """Hi [[P:Ahmed]],

EVV (electronic visit verification) is rejecting visits for one of our aides because the GPS says she clocked in from the wrong place. From the {{HHAeXchange}} exception report:

Aide: [[P:Marisol Peña]]  Visit: [[D:11/27/2026]] 08:02
Client: [[P:Raymond Kiefer]], Medicaid [[M:NY 14829037Q]]
Client address: [[A:88-14 Jamaica Ave, Apt 3F, Woodhaven]], NY [[Z:11421]]
Clock-in IP: [[I:72.89.140.211]]  Phone: [[T:718-555-0159]]

She says she was at his apartment and used his home phone. Is the IP from his home internet? Our office network is {{209.165.200.226}}. Exception code {{EVV-LOC-04}}.

Thank you,
[[P:Cynthia Barlow]]
Scheduling Manager, Harbor Home Care
""")

E(64, "insurance-broker", "en", ["Phil Mancuso"], """[[P:Rita]],

Our quoting tool ({{EZLynx}}) is pulling the wrong driver record. For the [[P:Bill Stanton]] household we got a DMV report for a different Bill Stanton in another county. What we have on file:

Driver: [[P:William "Bill" Stanton]], DOB [[D:05/02/1968]], NJ DL [[L:S7231 48120 56802]]
Driver: [[P:Linda Stanton]], DOB [[D:11/14/1970]], NJ DL [[L:S7234 77019 71145]]
Home: [[A:27 Cedar Ridge Rd, Morristown]], NJ [[Z:07960]]
Vehicles: [[V:N43-KTR]], [[V:Z19-BWP]]

EZLynx ticket number is {{EZ-20261130-554}}. Can you check if the integration sends the DOB? We pay for the {{Premium Rating}} module.

[[P:Phil Mancuso]]
{{Mancuso Insurance Agency}}
""".replace("for a different Bill Stanton in", "for a different [[P:Bill Stanton]] in"))

E(65, "nonprofit", "en", ["Imani Clarke"], """Hello,

Our volunteer background check vendor ({{Sterling Volunteers}}) sends results to a shared inbox and I'm worried about who can see them. One example, received today:

Applicant: [[P:Marcus Bell]]
SSN: [[S:247-55-1093]]
DOB: [[D:4/19/1995]]
Address history: [[A:1800 Grove St, Apt 2, Oakland]], CA [[Z:94612]]
Result: clear

The inbox is [[E:volunteers@brightpathyouth.org]]. We have 6 staff on it. Can we restrict it to just me and [[P:Lou]]? We are on {{Google Workspace for Nonprofits}}.

Also, our annual report PDF mentions the organisation's tax id {{94-2817733}}, that's fine to leave in.

[[P:Imani Clarke]]
Volunteer Manager, BrightPath Youth Mentoring
""")

E(66, "psychotherapy", "en", ["Naomi Feld"], """Hi [[P:Gabe]],

I got a strange login alert from {{TherapyNotes}}: "New sign-in from [[I:107.77.211.46]]". I was home at the time, on my home connection ([[I:67.173.20.118]]). Could someone have my password? I do have {{2-step verification}} turned on, I think.

Also, a client sent me a voice memo via text and the transcription showed up in my e-mail. It says: "hi it's [[P:Will]], [[P:Will Dunmore]], just confirming thursday, my new number is [[T:847 555 0121]]". I'd like to stop these transcriptions from going to e-mail.

My license renewal is due and the board wants a copy of my login history for the portal. License number [[L:071-009284]].

Thanks,
[[P:Naomi]]
[[P:Naomi Feld]], PsyD
""")

E(67, "care-home", "en", ["Graham Whitby"], """From: [[P:Graham Whitby]] <[[E:graham.whitby@elmcourtcare.co.uk]]>
To: [[E:support@penninetech.co.uk]]
Subject: Resident tablets and NHS numbers
Date: Thu, 3 Dec 2026 11:22:09 +0000

Hello,

We are setting up the new {{Person Centred Software}} tablets and the care staff are asking if they should type the NHS numbers in. Here are the three new residents this week:

Resident | NHS number | DOB | Next of kin
[[P:Dorothy Ashworth]] | [[N:943 476 5919]] | [[D:15/06/1935]] | son [[P:Clive]], [[T:07700 900461]]
[[P:Frank Hebden]] | [[N:485 777 3457]] | [[D:02/12/1930]] | niece [[P:Joy Hebden]], [[T:0113 496 0187]]

The home's address for the NHSmail setup is [[A:Elm Court, 12 Woodhouse Lane, Leeds]] [[Z:LS2 9JT]]. Our ODS code is {{VN4K7}}.

Thanks,
[[P:Graham Whitby]]
Registered Manager
""")

E(68, "lab", "en", ["Tasha Greene"], """Hi [[P:Paolo]],

The courier app ({{Route4Me}}) is exporting the stop list with patient names, which we don't want. Sample export from this morning:

stop,time,name,address,phone,tubes
1,07:30,[[P:Harriet Oduya]],[[A:45 Maple Ave, Stamford]] CT [[Z:06902]],[[T:203-555-0174]],2
2,07:55,[[P:Grant Mellors]],[[A:1120 Summer St, Stamford]] CT [[Z:06905]],[[T:203-555-0130]],1

Could the export just show the requisition number (like {{REQ-77410}}) instead of the name? The drivers only need the address. App version {{5.9.2}}. I'd also like the old exports deleted from the shared drive, there are months of them in there.

Thanks,
[[P:Tasha Greene]]
Logistics Lead, Coastal Diagnostics
""")

E(69, "property-management", "en", ["Dennis Ward"], """Hi [[P:Yusuf]],

The rental application form on our site ({{Buildium}} embedded) had a glitch and three applications came through to my e-mail as plain text. One of them:

Applicant: [[P:Shanice Porter]]
SSN: [[S:301-66-4829]]
DOB: [[D:1/27/1992]]
Current address: [[A:5500 N Sheridan Rd, Apt 1410, Chicago]], IL [[Z:60640]]
Employer: {{Northwestern Medicine}}
Bank: {{Chase}}, checking [[C:889104473]]

I've moved them to the secure folder. Could you find out why the form stopped encrypting? Buildium ticket {{#1148893}}. Our office line [[T:(773) 555-0112]].

[[P:Dennis Ward]]
Leasing Director, Lakeshore Residential
""")

E(70, "school-nurse", "en", ["Rhonda Giles"], """Good afternoon,

I need help with the nurse office printer and with a mess in our shared drive. A teacher saved the field trip medical roster to the public "Staff Resources" folder. It had:

- [[P:Grace O'Neill]], grade 7, seizure plan, DOB [[D:3/3/2013]]
- [[P:Noah Figueroa]], grade 7, Medicaid [[M:TX 518830274]]
- [[P:Mark Yazzie]], grade 8, insulin pump serial [[X:TP-X2-5518204]]

I moved it to my folder, but can you check who opened it? The folder is on {{Google Drive}} (district domain {{isd-northfield.org}}). The printer is a {{Brother HL-L2350DW}} and shows "{{Drum End Soon}}".

[[P:Rhonda Giles]], RN, NCSN
District School Nurse
""")

E(71, "dental", "de", ["Jens Albrecht"], """Hallo [[P:Tim]],

bei uns in der Zahnarztpraxis ist heute Morgen das Kartenterminal ausgefallen. Eine Patientin hat dann ihre Kreditkartendaten auf einen Zettel geschrieben, und meine Helferin hat sie in {{Dampsoft DS-Win}} ins Notizfeld getippt:

Patientin: [[P:Erika Mustermann-Kaya]], geb. [[D:08.12.1975]]
Karte: [[K:5424 1875 7491 1865]], gültig bis 11/27
Krankenkasse: {{Techniker Krankenkasse}}, Versichertennummer [[M:T557104829]]

Wie lösche ich das Notizfeld so, dass es auch aus der Datensicherung verschwindet? Die Sicherung läuft auf dem NAS ({{Synology DS920+}}, {{192.168.178.30}}).

Und noch eine Kleinigkeit: das Röntgengerät zeigt den Fehler {{E-44}}.

Danke!
[[P:Jens Albrecht]]
{{Zahnarztpraxis Dr. Albrecht}}, [[A:Marktplatz 3]], [[Z:93047]] [[A:Regensburg]]
""")

E(72, "payroll", "de", ["Claudia Neumann"], """Hallo Herr [[P:Yilmaz]],

beim Lohnlauf Dezember in {{DATEV Lohn und Gehalt}} meldet das Programm bei einem neuen Mitarbeiter "{{Ungültige Steuer-ID (Prüfziffer)}}". Die Daten aus dem Personalbogen:

Name: [[P:Florian Reuter]]
Geburtsdatum: [[D:19.04.1989]]
Steuer-ID: [[N:81 872 495 633]]
Sozialversicherungsnummer: [[N:65 190489 R 012]]
Anschrift: [[A:Schillerstraße 15]], [[Z:70173]] [[A:Stuttgart]]
Bankverbindung: [[B:AT61 1904 3002 3457 3201]] (österreichisches Konto)

Können Sie prüfen, ob das ein Tippfehler ist oder ein Fehler in der Schnittstelle vom Personalfragebogen? Mandantennummer bei DATEV: {{10482}}, Beraternummer {{29731}}.

Mit freundlichen Grüßen
[[P:Claudia Neumann]]
{{Lohnbüro Neumann}}
""")

E(73, "hospice", "nl", ["Wendy Bos"], """Hoi [[P:Thijs]],

Onze vrijwilligers gebruiken een WhatsApp-groep en ik ben bang dat daar dingen in staan die er niet horen. Even een stukje uit het chatgesprek van gisteren:

[19:04] [[P:Ria]]: Ik ga morgen om 10 uur naar mevrouw [[P:Koster]], [[A:Lindenlaan 22]] in [[A:Zeist]]
[19:06] [[P:Hans]]: Ze is jarig op [[D:14 december]] toch? Wordt 91
[19:07] [[P:Ria]]: Ja! Haar dochter [[P:Ingrid]] is bereikbaar op [[T:06 5550 7713]]
[19:09] [[P:Hans]]: 👍

Kunnen we beter overstappen op {{Siilo}} of {{Microsoft Teams}}? We zijn met 23 vrijwilligers. Ons hospice werkt verder met {{Nedap Ons}}.

Groet,
[[P:Wendy Bos]]
Coördinator vrijwilligers, Hospice Het Baken
""")

E(74, "physiotherapy", "fr", ["Antoine Roux"], """Salut [[P:Karim]],

Petit souci avec {{Doctolib}} : les rappels SMS partent avec le mauvais nom de praticien. Exemple reçu par une patiente, Mme [[P:Chantal Perrin]] ([[T:06 55 52 19 07]]) :

"Rappel : RDV le [[D:7 décembre]] à 14h30 avec [[P:Antoine Roux]], kinésithérapeute, [[A:18 avenue Jean Jaurès]], [[Z:31000]] [[A:Toulouse]]"

Sauf que son RDV est avec ma collègue [[P:Léa Dubois]]. Le cabinet utilise aussi {{Kiné+4000}} pour la facturation, version {{7.2}}. Tu peux regarder la synchro ? Le support Doctolib m'a donné le ticket {{DOC-9934127}}.

Merci !
[[P:Antoine]]
""")

E(75, "veterinary", "fr", ["Vét. Camille Blanc"], """Bonjour [[P:Yann]],

Un propriétaire nous a envoyé par mail la carte grise de son véhicule pour un remboursement de frais de déplacement de la clinique mobile (on ne sait pas pourquoi). On y voit l'immatriculation [[V:GH-427-KL]] et son adresse, [[A:3 chemin des Vignes]], [[Z:33500]] [[A:Libourne]].

Il s'appelle [[P:Patrick Gauthier]] et son chien {{Rocky}} est suivi chez nous (dossier [[R:VET-11829]]). Il demande un virement sur [[B:FR15 1027 8078 9012 3456 7890 123]]... non pardon, il a corrigé, c'est le compte de sa femme [[P:Sylvie]]. Bref.

Comment je supprime proprement ces pièces jointes dans {{Vetup}} ? Version {{5.1}}.

Merci,
[[P:Camille Blanc]]
""")

E(76, "insurance-broker", "es", ["Marta Castro"], """Hola [[P:Pablo]]:

Tenemos un problema con el CRM ({{Avant2}}). Al generar los recibos de la póliza de salud, el PDF muestra los datos de otro cliente. Te paso un ejemplo:

Tomador: [[P:Francisco Javier Moreno]]
NIE: [[N:X4821937L]]
Póliza: [[M:SAL-2026-0081734]]
Domiciliación: [[B:ES98 2038 5778 9830 0076 0236]]
Teléfono: [[T:+34 691 55 73 20]]
Correo: [[E:fjmoreno@telefonica.net]]

El recibo debería llevar los datos de [[P:Yolanda]], su mujer, que es la titular desde [[D:1 de octubre de 2026]]. El número de incidencia del fabricante es {{INC-448120}} y la versión es la {{12.5.3}}.

¿Puedes mirarlo esta semana?

Un abrazo,
[[P:Marta Castro]]
{{Correduría Castro Seguros}}
""")

E(77, "care-home", "es", ["Elena Soto"], """Buenas tardes,

Le escribo desde la residencia de mayores Santa Clara. La pulsera de localización de un residente con demencia ha dejado de enviar la ubicación. Datos que tenemos:

Residente: [[P:Ramón Gil Esteban]], 84 años, fecha de nacimiento [[D:23/02/1942]]
Pulsera: {{Neki Vega}}, número de serie [[X:NK-VG-0038817]]
Habitación: 112
Familiar: [[P:Esperanza Gil]], [[T:699 55 41 08]]

La plataforma de alertas es {{Neki Connect}} y el servidor de la residencia es {{172.20.0.5}}. El error que aparece es "{{GPS fix lost}}".

¿Podría venir mañana por la mañana? Es urgente porque el señor [[P:Gil]] sale a pasear solo por el jardín.

Atentamente,
[[P:Elena Soto]]
Directora, Residencia Santa Clara
""")

E(78, "immunisation-registry", "pt", ["Carla Duarte"], """Bom dia [[P:Nuno]],

O registo de vacinas no {{VACINAS}} (plataforma nacional) não aceita a exportação do nosso sistema local. O erro é "{{Campo NUS inválido}}". Exemplo da linha rejeitada:

NUS=[[M:284917603]];NOME=[[P:Tomás Ferreira Lopes]];NASC=[[D:2024-05-17]];VACINA={{VASPR}};LOTE={{X4521B}};DATA=[[D:2026-11-30]]

A mãe, [[P:Inês Lopes]], deu o contacto [[T:+351 963 555 218]] e a morada [[A:Rua do Almada 310]], [[Z:4050-032]] [[A:Porto]] para receber o boletim.

Podes verificar o separador do ficheiro? Acho que o problema é o ponto e vírgula. Temos mais de cem registos parados desde a semana passada.

Obrigada,
[[P:Carla Duarte]]
Enfermeira, USF Baixa
""")

E(79, "psychotherapy", "it", ["Matteo Ricci"], """Ciao [[P:Chiara]],

ho un problema con le videosedute su {{Zoom}}: un paziente non riesce a connettersi e mi ha mandato lo screenshot dell'errore, {{Errore 5003}}. Nello screenshot si vede anche il suo indirizzo IP, [[I:151.38.92.147]], e il nome [[P:Davide Marchetti]].

Il paziente ha appuntamento domani alle 18:00. Il suo numero è [[T:347 555 2019]]. Mi dici se devo cancellare lo screenshot dal telefono? È finito anche nel backup di {{iCloud}}.

Un'altra cosa: l'Ordine degli Psicologi mi chiede il numero di iscrizione sulla fattura elettronica, è Albo Lazio n. [[L:21874]]. Come lo aggiungo nel modello di {{Fatture in Cloud}}?

Grazie,
[[P:Matteo Ricci]]
Psicologo psicoterapeuta
""")

E(80, "law-office", "it", ["Silvia Moretti"], """Buongiorno [[P:Andrea]],

lo studio ha ricevuto via PEC un atto con allegati i documenti di una cliente. Il programma {{Cliens}} non riesce a importarli, dice "{{Formato p7m non supportato}}".

La cliente è [[P:Alessandra Vitale]], codice fiscale [[N:VTLLSN82C45L219K]], residente in [[A:Corso Vittorio Emanuele II 74]], [[Z:10121]] [[A:Torino]]. Tra i documenti c'è anche la patente, numero [[L:TO5281930N]], e la targa dell'auto coinvolta nel sinistro, [[V:FK 482 TZ]].

Il numero di ruolo del procedimento è {{RG 4417/2026}}. Mi aiuti a configurare l'importazione?

Grazie,
[[P:Silvia Moretti]]
{{Studio Legale Moretti}}
""")

E(81, "home-health", "en", ["Tammy Kowalski"], """Hey [[P:Luis]],

New referral came in through the {{Careport}} portal and the PDF won't open on my laptop ("{{Adobe error 109}}"). I could read the first page in the preview:

Patient: [[P:Faith Obi]]
DOB: [[D:Jan 22 1948]]
Medicare: [[M:2TW7-KD3-QN58]]
Address: [[A:301 Riverside Terr, Apt 5, Binghamton]], NY [[Z:13905]]
Daughter: [[P:Precious Obi]], [[T:607-555-0167]]
Referring: {{UHS Wilson Medical Center}}, NPI {{1467558233}}

Is it the PDF or my Acrobat? Acrobat version is {{2024.004.20220}}. We need to call the family today to schedule start of care.

thx
[[P:Tammy]]
""")

E(82, "hospice", "en", ["Russell Greer"], """Hi [[P:Dee]],

The after-hours answering service ({{Ambs Call Center}}) e-mails us a summary of every call, and the summaries now include the caller's full message. Last night's, pasted:

22:41 caller: [[P:Grant Hollis]], son of patient [[P:Opal Hollis]], ph [[T:(859) 555-0143]], "mom's breathing changed, please send nurse to [[A:1207 Tates Creek Rd, Lexington]]". Dispatched: RN [[P:K. Moody]].
23:58 caller: {{Lexington Medical Supply}} re delivery order {{SO-44817}}.

The summaries go to [[E:oncall@bluegrasshospice.org]], and that mailbox is forwarded to 12 phones. Can we make the forward only show "call received, see portal"? The portal is {{Ambs Connect}}.

Russ
Director of Operations, Bluegrass Hospice
""".replace("\nRuss\n", "\n[[P:Russ]]\n"))

E(83, "dental", "en", ["Yvonne Price"], """Hi,

Can you give mark and joy the new front desk role in {{Eaglesoft}}? They're covering while [[P:Patty]] is out. Mark should also see the insurance module.

Separately, a patient's guarantor called to update their card on file and the new hygienist typed the number into the appointment note. Patient [[P:Rory Flanagan]], chart [[R:E-20914]], guarantor [[P:Siobhan Flanagan]], card [[K:6011 0025 2760 1892]]. I removed the note but it's in the audit log. Does the Eaglesoft audit log keep the note text?

Eaglesoft version {{24.10}}, server {{DENTAL-SRV}}.

Thanks,
[[P:Yvonne Price]]
Practice Administrator, {{Flanagan Park Dental}}
""".replace("give mark and joy", "give [[P:mark]] and [[P:joy]]").replace("out. Mark should", "out. [[P:Mark]] should"))

E(84, "pharmacy", "en", ["Samir Haddad"], """[[P:Ewa]],

The delivery drivers' phones ({{Onfleet}} app) are showing the whole patient profile instead of just the address. Example from driver [[P:Hank Nwosu]]'s screen today:

Task #{{88214}}
Recipient: [[P:Beatriz Coelho]]
Address: [[A:66 Ferry St, Newark]], NJ [[Z:07105]]
Phone: [[T:973-555-0184]]
Notes: "insulin, keep cold, DOB [[D:09/09/1961]], Rx [[R:7719204]]"

The notes field gets filled from {{PrimeRx}} and shouldn't contain the DOB or Rx number. Can you change the integration mapping? Onfleet API key is in the vault, don't e-mail it.

Thanks,
[[P:Samir Haddad]], RPh
Ironbound Pharmacy
""")

E(85, "lab", "en", ["Kristin Vogel"], """Hello [[P:Omar]],

Our patient results portal sends e-mail notifications with a direct link that doesn't require login. A patient complained. Example notification:

"Dear [[P:Hope Ferreira]], your results are ready: [[U:https://results.pinnaclelab.example/r/9KQ2-88AZ-TT41?dob=1987-03-22]]"

That link includes her date of birth. The portal is {{Labcorp Link}}-style but custom-built by our previous vendor, on server {{web02}} ({{203.0.113.80}}). We'd like links to require the patient to log in. Our error budget doesn't allow downtime before {{Dec 15}} go-live of the new LIS.

Regards,
[[P:Kristin Vogel]]
IT Liaison, Pinnacle Laboratory Services
""")

E(86, "physiotherapy", "en", ["Kenji Mori"], """Hi [[P:Tara]],

We got our first workers' comp referral through the new e-fax and I wasn't sure where to file it. Here's what's on the cover:

Claimant: [[P:Bill Gutierrez]]
Claim #: [[M:WC-26-0448172]]
Employer: {{Cascade Freight Inc.}}
Adjuster: [[P:Dana Ellery]], [[T:503-555-0175]], [[E:dellery@northwestcomp.com]]
DOI: [[D:10/28/2026]]
Claimant DOB: [[D:02/14/1977]]

{{Jane App}} has a field for claim number, but not for adjuster. Should I make a custom field? Also the e-fax service is {{Documo mFax}} and it sends faxes to [[E:fax@moriphysio.com]]. I want to make sure nothing from these referrals sits in a shared inbox longer than needed.

Thanks,
[[P:Kenji]]
""")

E(87, "nonprofit", "en", ["Lydia Frost"], """Hi [[P:Sean]],

Our refugee resettlement case files are in {{Box}} and a volunteer shared a folder link publicly by accident. The link was [[U:https://app.box.example/s/q8x1lmz0fa93kd7]] and the folder is named after the family: "[[P:Haidari]] family". It has:

- [[P:Zahra Haidari]], DOB [[D:1988-01-01]], I-94 number [[N:69214718A31]]
- [[P:Farid Haidari]], DOB [[D:1985-06-15]], A-number [[N:A-209-447-118]]
- apartment: [[A:2450 Lake Park Dr SE, Apt 204, Smyrna]], GA [[Z:30080]]

I changed the link to "people in your company" at {{4:15pm}}. Can you check the access report for who opened it while it was public?

[[P:Lydia Frost]]
Case Manager, Open Doors Resettlement
""")

E(88, "property-management", "en", ["Carmen Ruiz"], """[[P:Dmitri]] -

Maintenance requests from our tenant app ({{Latchel}}) now include a video, and one tenant's video shows his mail with his full name and a bank letter. I don't want that in the vendor's system. Request details:

Tenant: [[P:Jerome Whitcomb]]
Unit: [[A:840 Pine St, Unit 7, San Francisco]], CA [[Z:94108]]
Phone: [[T:415-555-0193]]
Request {{#WO-55721}}: kitchen sink leaking
Visible in video: account ending {{-4471}} at {{Wells Fargo}}

Can we get the video deleted from Latchel and just keep the photo of the sink? Also the smart lock in that unit ({{Yale Assure 2}}) has serial [[X:YRD450-F-0882911]] and the tenant wants a new code.

Thanks, [[P:Carmen]]
""")

E(89, "school-nurse", "en", ["Angela Moss"], """hi,

can you help me set up a sheet for the vision/hearing screenings? the old one was a mess. here's what the last screening looked like (copied from the old sheet):

[[P:eli torres]]	gr 2	[[D:10/3/2018]]	pass/pass
[[P:aaliyah grant]]	gr 2	[[D:1/29/2019]]	refer (vision)
[[P:tommy nguyen]]	gr 3	[[D:7/8/2017]]	pass/refer (hearing)
[[P:rose li]]	gr 3	[[D:12/2/2017]]	pass/pass

the referral letters go home with the kid, and I mail a copy to the parent. [[P:aaliyah]]'s mom asked for it by email instead: [[E:tgrant.home@gmail.com]].

we use {{SNAP Health Center}} but the screening module costs extra, so the district said use {{Google Sheets}}. is that ok for this kind of data?

thanks
[[P:angela moss]]
""")

E(90, "veterinary", "en", ["Priya Natarajan"], """Hi [[P:Connor]],

The rabies certificate template in {{ezyVet}} prints the owner's full address and phone, and the county wants it that way, but we also e-mail it. Example certificate from today:

Owner: [[P:Walter Grimsby]]
Address: [[A:19 Hollow Creek Ln, Boone]], NC [[Z:28607]]
Phone: [[T:828-555-0116]]
Animal: {{Moose}}, lab mix, microchip [[X:900164001289335]]
Tag: 2026-R-11842
Vaccine: {{Imrab 3}}, lot {{4A28X}}

Can the e-mailed version hide the phone and address? The county copy can stay full.

Also our toll-free appointment line {{1-877-555-0100}} is wrong on the template footer, it should be {{1-877-555-0111}}.

[[P:Priya]]
""")

E(91, "law-office", "en", ["Ken Ostrowski"], """---------- Forwarded message ---------
From: [[P:Marjorie Deane]] <[[E:mdeane@deanelaw.com]]>
Date: Mon, Nov 30, 2026 at 4:12 PM
Subject: wire instructions
To: [[P:Ken Ostrowski]] <[[E:ken@ostrowskilaw.com]]>

Ken, per our call, wire the settlement funds for [[P:Lamont Briggs]] to:
Bank: {{First Horizon Bank}}
ABA: [[C:084000026]]
Account: [[C:100299184773]]
Reference: {{Settlement 2025-L-3381}}

---

[[P:Sasha]], this came in this morning but Marjorie's e-mail signature looks different from usual, and she never sends wire instructions by e-mail. Can you check the headers? I haven't wired anything. The amount is {{$182,500.00}}.

[[P:Ken]]
""".replace("\n\nKen, per our call", "\n\n[[P:Ken]], per our call").replace("but Marjorie's", "but [[P:Marjorie]]'s"))

E(92, "insurance-broker", "en", ["Brenda Lyle"], """Hello [[P:Arjun]],

Could you look at our Medicare supplement enrollment spreadsheet? Someone sorted one column and not the others, so the Medicare numbers are now next to the wrong people. Before:

Name	MBI	DOB	Phone
[[P:Harold Finch]]	[[M:1EG4-TE5-MK72]]	[[D:04/05/1955]]	[[T:(405) 555-0110]]
[[P:Agnes Whitlow]]	[[M:3KQ9-RA2-XW18]]	[[D:12/17/1958]]	[[T:(405) 555-0181]]
[[P:Virgil Stamps]]	[[M:7HN1-PC6-GD40]]	[[D:08/30/1954]]	[[T:(405) 555-0148]]

Do you know if {{Excel}} version history ({{Microsoft 365}}) can restore it? The file is on SharePoint under "Enrollments 2027".

[[P:Brenda Lyle]]
Senior Benefits Advisor, {{Lyle Senior Insurance}}
""")

E(93, "payroll", "en", ["Olga Petrenko"], """Hi [[P:Tyler]],

I need to send the year-end census to the 401(k) provider ({{Guideline}}) but their upload page keeps timing out. Can I just e-mail it? The file looks like:

EmpID,Name,SSN,DOB,Hire,Comp
1001,[[P:Mary Quist]],[[S:519-40-3381]],[[D:1979-02-11]],[[D:2019-06-03]],{{61200}}
1002,[[P:Grant Ibe]],[[S:620-18-9007]],[[D:1990-10-30]],[[D:2022-01-10]],{{58400}}

It's 46 employees. The plan id is {{GL-448812}} which isn't sensitive. I'd prefer a secure option, because last year my predecessor e-mailed the census unencrypted and the auditor flagged it in the management letter. If there is a way to send it through our own SharePoint with an expiring link, or through their SFTP, please set it up. I need to get this in before the {{January 15}} deadline or we pay a late fee.

Olga
""".replace("\nOlga\n", "\n[[P:Olga]]\n"))

E(94, "care-home", "en", ["Bruce Hamlin"], """Hi [[P:Nils]],

Our parking lot cameras ({{Verkada}}) picked up a car hitting the fence last night. We need to share the clip with the insurance company. The car belongs to a visitor, [[P:Deborah Shaw]], who was visiting her father [[P:Louis Shaw]] in room 201. Her plate from the video: [[V:6MJP 218]]. She already admitted it and left her insurance card: {{GEICO}} policy [[M:4402-18-337-71]].

Can you export the clip without the other cars' plates visible? The camera is {{CD42-E}} on {{10.9.3.17}}. Event time 21:48.

Also, her phone for the adjuster: [[T:916-555-0128]].

Thanks,
[[P:Bruce Hamlin]]
Facilities, Sierra Oaks Assisted Living
""")

E(95, "psychotherapy", "en", ["Monique Baptiste"], """Hi [[P:Eli]],

I'm switching from paper to {{Jane App}} and would like to import my client list. Before I do, can you tell me if this format is fine? I typed up the first few:

1. [[P:J. Ramos]] - intake [[D:3/2/2026]] - [[T:(305) 555-0126]]
2. [[P:Bill Okafor]] - intake [[D:4/14/2026]] - [[T:(305) 555-0171]]
3. [[P:Mark T.]] - intake [[D:6/9/2026]] - [[T:(786) 555-0134]]
4. [[P:Faith Delacroix]] - intake [[D:9/1/2026]] - [[E:faithd@protonmail.com]]

I keep my license number [[L:PY 10482]] on every superbill, is that OK to have in Jane too? And I need the import done before {{January 1}} when my {{TheraNest}} subscription ends.

Thank you!
[[P:Monique]]
""")

E(96, "home-health", "en", ["Marcy Dillard", "Rose Kimathi", "Will Tanaka"], """Teams chat export, pasted because you asked what happened:

[8:02 AM] [[P:Marcy Dillard]]: can someone check why {{Homecare Homebase}} won't let [[P:Rose]] document
[8:03 AM] [[P:Rose Kimathi]]: it says {{HCHB-1187 visit locked}}
[8:03 AM] [[P:Rose Kimathi]]: pt is [[P:Grant Beaumont]], [[A:56 Larkspur Ln, Greenville]], SC [[Z:29607]]
[8:05 AM] [[P:Marcy Dillard]]: his SOC was [[D:11/18]] right?
[8:05 AM] [[P:Rose Kimathi]]: yes and recert due [[D:1/16]]
[8:06 AM] [[P:Will Tanaka]]: I unlocked it from the office, try now
[8:09 AM] [[P:Rose Kimathi]]: works ty

So, [[P:Will]] unlocked it from his admin account, but I don't want every scheduler to be able to unlock visits. Can you look at the role permissions? Our HCHB environment is {{PROD-EAST}}.

[[P:Marcy]]
""")

E(97, "hospice", "en", ["Ivan Petrovic"], """[[P:Helena]],

The {{Netsmart}} mobile app is storing photos of wounds in the iPad camera roll, not in the app. Our nurse [[P:Mercy Owusu]] noticed it on her iPad (serial [[X:DMPXK2Q4H1]]). The photos are of [[P:Cornelius Baptiste]] (MRN [[R:GP-55081]]) from [[D:Nov 20]] and [[D:Nov 24]].

Please:
- check all 14 iPads in {{Jamf}} for photos in the camera roll
- push a config so the camera roll doesn't sync to {{iCloud}}

The Jamf server is {{jamf.gentlepinehospice.org}}.

Thanks,
[[P:Ivan Petrovic]], RN
Clinical Informatics, Gentle Pine Hospice
[[T:(412) 555-0153]]
""")

E(98, "dental", "en", ["Lorna Fitch"], """Hi,

we got a letter from {{MetLife}} saying a claim was denied because the subscriber id was wrong. Here's what we sent in the 837D, copied from {{DentalXChange}}:

NM1*IL*1*[[P:PARKER*HOPE]]****MI*[[M:887120945]]~
DMG*D8*[[D:19840312]]*F~
CLM*[[M:PK26-0041]]*285.00***11:B:1*Y*A*Y*Y~

The right subscriber id is on her card: [[M:887120954]]. Two digits swapped. Can we set up a check so staff see a warning when the id typed in doesn't match the scanned card? This is the third denial this month for the same reason, and each one costs us a week. Batch {{DX-1204-07}}, payer id {{65978}}.

Thanks,
[[P:Lorna Fitch]]
Billing, {{Parker Lane Dental}}
""")

E(99, "pharmacy", "en", ["Gita Rao"], """Hi [[P:Owen]],

A patient e-mailed us a photo of her new insurance card and her driver's license because she couldn't come in. I saved them in {{Liberty Software}}'s document section, and now I want to delete the e-mail from {{Gmail}}. The details, so you can find them if needed:

[[P:Leticia Marquez]]
DL: CA [[L:D4829173]]
Insurance: {{Blue Shield of California}}, member [[M:XEJ918273645]], group {{W0051874}}
DOB: [[D:11-02-1973]]

She also asked us to text her at [[T:(559) 555-0114]] when the prescription is ready.

Is it better to keep the e-mail or delete it? Our retention policy just says "7 years".

[[P:Gita]]
Rao Community Pharmacy
""")

E(100, "immunisation-registry", "en", ["Samuel Adeyemi"], """Hello [[P:Maren]],

The county registry's public lookup page ({{MyIR}}) is sending parents a link that opens their child's record without a second check. A father sent me this:

"I got [[U:https://myir.example.gov/record?child=HK-20417&t=3vX9qa7]] for my daughter [[P:Nia Okoro]], DOB [[D:02/28/2021]]. I can see her whole vaccine record."

Our registry id for her is [[R:HK-20417]] and the parent's phone is [[T:214-555-0139]]. The state help desk is {{1-866-555-0114}}. Can you check whether the token expires?

We're on the vendor's release {{IIS 9.2}}.

[[P:Samuel Adeyemi]], MD
Medical Director, Dallas Pediatric Partners
""")

E(101, "lab", "en", ["Reggie Tan"], """[[P:Noor]],

Our phlebotomy team uses a shared Android phone for home draws and someone installed a personal hotspot app on it. The phone (IMEI [[X:356938035643809]]) is assigned to [[P:Benita Ruiz]] this month. Her route today:

09:00 [[P:Augustine Pell]], [[A:14 Meadow Rd, Shrewsbury]] MA [[Z:01545]]
10:15 [[P:Faye Lindqvist]], [[A:301 Main St Apt 2, Worcester]] MA [[Z:01608]]

Can you remove the app via {{Microsoft Intune}} and check that {{Knox}} is still enforced? Policy name {{LAB-ANDROID-STD}}. I'd also like to know who installed it, because the phone is supposed to be locked down and only our supervisors have the PIN.

Thanks,
[[P:Reggie]]
""")

E(102, "nonprofit", "en", ["Colette Ames"], """Hi [[P:Jamal]],

Following up on the board meeting: we'd like the scholarship application form on our site to stop asking for SSNs. Here's an example of what came in this week through {{Formstack}}:

Applicant: [[P:Destiny Hargrove]]
SSN: [[S:433-21-7765]]
DOB: [[D:July 4, 2008]]
School: {{Jefferson High School}}
Parent: [[P:Ron Hargrove]], [[E:ron.hargrove1970@aol.com]], [[T:(318) 555-0162]]

We need the form changed and the old submissions purged after 90 days. Formstack plan is {{Nonprofit Gold}}. Our foundation's EIN is {{72-1188340}} for the receipt, that can stay.

Thank you,
[[P:Colette Ames]]
Executive Director, Bayou Futures Foundation
""")

E(103, "property-management", "en", ["Arthur Lin"], """Hi [[P:Bianca]],

One of our owners wants monthly distributions to a different account. His e-mail:

"Hi [[P:Arthur]], please change my payout account to routing [[C:121000248]], account [[C:3391882047]]. Thanks, [[P:Vincent Calloway]]"

I'm suspicious because the reply-to address is [[E:v.calloway.props@gmail.com]] but Vincent always uses [[E:vcalloway@callowayholdings.com]]. Can you look at the headers? Our accounting system is {{Rent Manager}}, and the owner id is {{OWN-118}}.

Don't change anything yet. If it's fraud I'll need to tell the other owners to be careful, and I'd like to know whether our mailbox was compromised or his.

[[P:Arthur Lin]]
Owner Relations, Summit Property Group
""".replace("but Vincent always", "but [[P:Vincent]] always"))

E(104, "physiotherapy", "en", ["Janelle Hart"], """Hi [[P:Rob]],

Patient asked for their records and our {{Prompt Health}} export includes things I don't think they need (like internal notes). This is the header of the export:

Patient: [[P:Mark Hutchins]]   DOB: [[D:1982-05-19]]   Chart: [[R:PH-338120]]
Address: [[A:2207 Elm Grove Rd, Wheeling]], WV [[Z:26003]]
Insurance: {{Highmark}} member [[M:HMK772104881]]
Therapist: [[P:Janelle Hart]], PT, license [[L:PT-004417]]

Can you create a template that leaves out internal notes? Export version {{v2.14}}. The patient is waiting, and the law gives us 30 days, so there is some time, but I'd rather get it right once than keep redacting by hand.

Thanks!
[[P:Janelle]]
""")

E(105, "school-nurse", "en", ["Bev Holloway"], """Hi there,

A parent sent the diabetes care plan as a photo and the CGM serial number is on it. Is that something I should black out before I upload it to the student health record ({{Magnus Health}})? Here's what it shows:

Student: [[P:Liam Chowdhury]], grade 6, DOB [[D:11/11/2014]]
CGM: {{Dexcom G7}}, serial [[X:8MX2JT94K]]
Endo clinic: {{Children's Mercy Endocrinology}}, fax [[T:816-555-0119]]
Parent: [[P:Rina Chowdhury]], [[T:816-555-0172]]

Also, the school's fax machine ({{Brother MFC-L8900}}) has stopped receiving. Error {{"Comm. Error 0x36"}}.

Thank you!
[[P:Bev Holloway]], RN
Nurse, Oak Grove Middle School
""")

E(106, "veterinary", "en", ["Tessa Moreau"], """Hi [[P:Hamid]],

Our online store ({{Vetsource}}) had a customer complaint that her receipt showed her full card number. She forwarded it:

Order {{VS-2026-778120}}
Bill to: [[P:Gwendolyn Park]], [[A:482 Aspen Ct, Bozeman]], MT [[Z:59715]]
Card: [[K:4761 7354 3231 9483]]
Items: {{Apoquel 16 mg}} x30, {{Heartgard Plus}} x6

We only have access to the portal, not the code. Should I contact Vetsource or is this something with our own website plugin? Our site is on {{Squarespace}}.

Also, when we test checkout with {{4242 4242 4242 4242}}, it shows only the last four. Weird.

[[P:Tessa]]
Bridger Animal Hospital
""")

E(107, "insurance-broker", "en", ["Dale Whitaker"], """[[P:Farah]],

Small thing but important: the quote PDFs from our comparative rater show the applicant's home IP address in the footer ("submitted from [[I:71.205.14.198]]"). Example: applicant [[P:Connie Bragg]], quote {{Q-88127}}, home [[A:9 Bluebell Way, Littleton]], CO [[Z:80120]], DOB [[D:03/31/1964]].

The rater is {{PL Rating}}. The agency's own IP {{198.51.100.72}} shows on internal quotes, and that one doesn't matter.

Can we turn the footer off? If not, I'll have to ask {{Vertafore}}. I'd rather not send clients a document with their IP on it.

[[P:Dale Whitaker]]
{{Whitaker Family Insurance}} | [[T:303-555-0158]]
""")

E(108, "law-office", "en", ["Amara Eze"], """Hi [[P:Joel]],

We're doing a document review and the {{Relativity}} OCR picked up the following from a scanned exhibit. I want to make sure our redaction workflow catches all of this before production:

"... the undersigned, [[P:Desmond Achterberg]], residing at [[A:77 Hawthorne Pl, Montclair]], NJ [[Z:07042]], SSN [[S:142-58-9926]], holder of account no. [[C:0029-448817-3]] at {{TD Bank}} ..."

The exhibit is {{DEF-000412}}, bates range {{DEF-000410}} to {{DEF-000415}}. Also the opposing party is {{Achterberg Holdings LLC}}, which is an org and can stay.

Can you run a test redaction on that page and send me the output?

[[P:Amara Eze]]
Litigation Support Manager, {{Eze & Whitford LLP}}
""")

E(109, "care-home", "en", ["Roland Pierce"], """Good morning [[P:Trina]],

The pharmacy's medication cart tablets ({{eMAR by QuickMAR}}) need the new residents before Friday's med pass. Here are the admissions:

- [[P:Ada Kowalczyk]], room 7, DOB [[D:04.09.1933]], Medicaid [[M:PA 8812045573]]
- [[P:Ernest "Ernie" Holt]], room 11, DOB [[D:21.01.1938]], Medicare [[M:6FU2-J58-YM90]]
- [[P:Hope Salazar]], room 15, DOB [[D:30.07.1941]], private pay

The tablet for hall B isn't charging, serial {{QM-TAB-0042}} (facility property). Support ticket with QuickMAR is {{QM-58820}}. The nurses can use the hall A tablet meanwhile, but that slows down the morning round a lot.

Thanks,
[[P:Roland Pierce]]
Administrator, Maple Hill Personal Care
""")

E(110, "payroll", "en", ["Nina Hargreaves"], """Hi [[P:Calvin]],

Our new hire onboarding portal ({{BambooHR}}) is asking for the I-9 documents and one employee uploaded her passport and social security card as a single PDF. I need to split them but the PDF is locked. Details of the employee, so you know which one:

[[P:Chantelle Osei]], hired [[D:11/30/2026]]
SSN: [[S:628-47-1103]]
Passport: [[N:589201447]]
Address: [[A:1600 Dorr St, Toledo]], OH [[Z:43607]]

BambooHR ticket {{BHR-2201884}}. The PDF is named {{I9_docs_final.pdf}}. I have until the end of the week to finish the I-9, so a quick fix would be really helpful.

Thanks,
[[P:Nina]]
""")

E(111, "home-health", "en", ["Kathy Pruett"], """Hi [[P:Zane]],

Two things from the office today.

First, the billing team got a call from a patient's son who paid his mother's copay over the phone, and [[P:Deb]] wrote the card on the intake sheet and then scanned it into {{Kantime}}. Patient [[P:Lorene Gable]], account [[C:KT-0098812]], card [[K:2223 0099 3518 1907]]. I deleted the page from the chart but I'm told the scan is still on the scanner's hard drive. The scanner is a {{Ricoh IM C3000}} in the copy room, which is ours.

Second, our internet provider changed our static IP to {{198.51.100.201}}, so the firewall rule for the {{Kantime}} VPN probably needs updating. The ISP ticket is {{TKT-9930122}}.

Thanks,
[[P:Kathy Pruett]]
Office Manager, {{Pruett Home Health Services}}
[[A:410 Commerce Dr, Cullman]], AL [[Z:35055]] | [[T:256-555-0177]]
""")

E(112, "hospice", "en", [], """Hello,

We're a small hospice and our previous IT person left without documentation. I found this in a text file on the front desk computer and I'm worried:

admin portal: {{https://portal.wellsky.com}}
user [[E:bfowler@riverbendhospice.org]] pw (deleted)
nurse on call phone forwarding: [[T:(870) 555-0191]] ([[P:Bonnie Fowler]] personal cell)
family contact for [[P:Emmett Greer]]: [[P:Sandra Greer]] [[T:(870) 555-0126]], [[A:16 Pecan Grove Rd, Jonesboro]] AR [[Z:72401]]

Can you help me figure out what else is on that computer and set up a password manager for the staff? We're 9 people. Someone said {{Bitwarden}} or {{1Password}}.

Thank you,
[[P:Margaret Dunn]]
Executive Director, Riverbend Hospice
""")

E(113, "dental", "en", ["Omar Farouk"], """[[P:Liz]],

The patient portal ({{Weave}}) sends review requests after appointments and one went to the wrong patient. The message included the appointment time and the doctor's name, which is fine, but also this link: [[U:https://weave.example/review?pid=448120&name=Rosemary%20Haines]]

[[P:Rosemary Haines]] is a patient; the person who got it was [[P:Rosamund Haynes]], also a patient, [[T:(847) 555-0184]]. The two have similar names and the same birthday, [[D:May 12]], which is kind of crazy.

Can Weave match on more than name + birthday? Our Weave location id is {{LOC-71124}}.

Thanks,
[[P:Omar]]
""")

E(114, "physiotherapy", "en", ["Greta Olsen"], """Hi [[P:Dev]],

Following up on the phone call. These are the steps I'm seeing when a patient tries to pay online:

1. Patient clicks the link in the {{Noterro}} invoice e-mail
2. The payment page shows their name and balance (e.g. "[[P:Hope Adair]], balance {{$135.00}}")
3. They enter a card, and get "{{Payment declined: AVS mismatch}}"

One patient called and gave me her billing address over the phone so I could check: [[A:2219 Valley View Dr, Boise]], ID [[Z:83706]]. Her phone is [[T:208-555-0162]].

Is AVS checking the postcode or the full address? Our processor is {{Stripe}}; their test card {{4000 0566 5566 5556}} works fine.

[[P:Greta Olsen]], PT
Clinic Director, Treasure Valley Physio
""")

E(115, "psychotherapy", "en", ["Ruth Abrams"], """Hi [[P:Kevin]],

I share an office with two other therapists and we use one {{Comcast Business}} connection. One of my colleagues does sessions from home on Fridays and asked me to add her home IP to the allowlist on our {{SonicWall}}. She sent: [[I:68.44.190.27]].

Her name is [[P:Lila Brandt]], and her practice is separate from mine, so please bill her directly at [[E:lila@brandtcounseling.com]].

Also, I accidentally sent a session note to a client's old e-mail address, [[E:m.obrien1979@hotmail.com]]. The client is [[P:Michael O'Brien]]. The note mentioned his DOB, [[D:2/2/1979]]. Should I report that?

Thanks,
[[P:Ruth Abrams]], LPC
""")

E(116, "pharmacy", "en", ["Dina Kaur"], """Hi [[P:Mateo]],

Our compounding log is an Excel file and the state board wants it in a read-only format. Sample rows:

Date | Patient | DOB | Rx# | Compound | Lot
[[D:12/01]] | [[P:Ellis Warren]] | [[D:03/15/1950]] | [[R:RX-882014]] | Omeprazole susp 2 mg/mL | {{L26-1201A}}
[[D:12/01]] | [[P:Bill Ames]] | [[D:09/09/1944]] | [[R:RX-882019]] | Magic mouthwash | {{L26-1201B}}
[[D:12/02]] | [[P:Mark Osterhout]] | [[D:12/24/1967]] | [[R:RX-882031]] | Gabapentin cream 10% | {{L26-1202A}}

The board inspector is coming on {{Dec 14}}. Can you set up a template in {{SharePoint}} that locks each day's entries?

[[P:Dina Kaur]], PharmD
""")

E(117, "lab", "en", ["Curtis Mayfield"], """Hi [[P:Asha]],

Our {{Epic Beaker}} interface is sending results to a physician office that closed last month. The orders are for patients of Dr. [[P:Kenneth Lowe]], who retired. Example from the interface monitor:

ORC|RE|{{ORD-448120}}||||||||||[[P:LOWE^KENNETH]]
PID|1||[[R:E-7741092]]^^^EPIC||[[P:BRANDT^MARIA^L]]||[[D:19690822]]|F|||[[A:512 E MAIN ST^^NEWARK]]^DE^[[Z:19711]]

Can you stop the routing for Dr. Lowe's old fax and re-route to {{ChristianaCare}} records? Patients are calling because their results never arrived, and we only noticed after the third complaint. I'd also like a list of every result sent to that fax since it closed, so the compliance team can decide whether it counts as a breach. The old fax was [[T:302-555-0155]].

Thanks,
[[P:Curtis Mayfield]]
Interface Analyst, Delaware Valley Labs
""".replace("for Dr. Lowe's old fax", "for Dr. [[P:Lowe]]'s old fax"))

E(118, "school-nurse", "en", ["Pam Ortiz"], """Hello [[P:Marcus]],

The district wants school nurses to log medication administration in {{SchoolDoc}}, but I can't log in. Error: "{{Account locked - contact administrator}}".

I have three students who get meds at lunch and I'm logging on paper for now:
- [[P:Destiny Moore]], methylphenidate, dob [[D:4-4-2015]]
- [[P:Grant Yi]], inhaler PRN, dob [[D:10-17-2014]]
- [[P:Angel Ruiz]], insulin, pump serial [[X:OP5-221840]]

My login is [[E:portiz@lakesideusd.org]]. Please unlock it or tell me who to ask. The SchoolDoc support line is {{1-888-555-0108}}.

Thanks,
[[P:Pam Ortiz]], LVN
""")

E(119, "nonprofit", "en", ["Theo Grant"], """Hi [[P:Rachel]],

Our recurring donations come in through {{Givebutter}}, and the monthly export now includes the full card number for some older donors (the ones migrated from our old platform). Example row:

donor,email,amount,card,zip
[[P:Beatrice Nolan]],[[E:bea.nolan@gmail.com]],25.00,[[K:4012 8893 7865 7971]],[[Z:55408]]

That's obviously not OK. Can you help me delete the column from all the exports in Drive and find out why the migration kept it? Givebutter support ticket {{GB-440981}}.

The test donation we did last week with {{5555 5555 5555 4444}} showed only the last four, so it's just the migrated ones, I think.

Thanks!
[[P:Theo]]
Operations, Northside Arts Collective
""")

E(120, "property-management", "en", ["Lena Hoffmann"], """Hi [[P:Sebastian]],

We installed new smart thermostats in the senior apartments and the vendor dashboard shows each thermostat with the tenant's name. The residents didn't agree to that. Examples from the {{Ecobee}} dashboard:

Unit 101 - "[[P:Grace Whitfield]]'s thermostat" - serial [[X:EB-3W-44A8191]]
Unit 104 - "[[P:Frank Mills]]'s thermostat" - serial [[X:EB-3W-44A8207]]
Unit 110 - "Common Room" - serial {{EB-3W-44A8230}}

Can we rename them to unit numbers? The building is [[A:Cedar Gardens, 220 Lake St, Ithaca]], NY [[Z:14850]], and the thermostats report from the building network {{203.0.113.114}}.

Thanks,
[[P:Lena Hoffmann]]
Property Manager
""")

E(121, "insurance-broker", "en", ["Curt Vandermeer"], """Forwarding this so you can see the problem with our e-signature flow.

---------- Forwarded message ---------
From: {{DocuSign}} <[[E:dse@docusign.net]]>
Date: Wed, Dec 2, 2026 at 9:14 AM
Subject: Completed: Life insurance application - [[P:Raymond Achebe]]

All parties have completed. View: [[U:https://docusign.example/documents/ViewDoc?env=4b8e9c1a-5d3e&acct=77120&rcp=rachebe]]

---

[[P:Nico]], the completed envelope went to [[E:agents@vandermeerins.com]], which has 8 people on it. The application includes [[P:Raymond]]'s SSN [[S:374-20-5518]] and beneficiary info. Can we route completed envelopes only to the agent who sent it? Our DocuSign plan is {{Business Pro}} and the template is {{LIFE-APP-2026}}, if that matters.

[[P:Curt]]
""")

E(122, "law-office", "en", ["Irene Polk"], """[[P:Hugo]],

Calendar issue: our {{Clio}} calendar is syncing client names into the shared {{Outlook}} calendar that the front desk volunteers can see. For example tomorrow shows:

9:00 - Consult: [[P:Hope Randall]] (divorce), [[T:(919) 555-0187]]
10:30 - Deposition prep: [[P:Tyrone Bell]]
14:00 - Signing: estate of [[P:Mildred Foust]], [[A:4012 Glenwood Ave, Raleigh]]

Can we make the sync show "Busy" only? The Clio integration version is {{3.8}}. I'd rather not turn off the sync entirely because the attorneys rely on it on their phones.

Thanks,
[[P:Irene Polk]]
Office Administrator, {{Polk Family Law}}
""")

E(123, "care-home", "en", ["Sunil Varma"], """Hi [[P:Jade]],

We're applying for a state grant and they want a sample of our incident report format. I'd like to share the template with real data removed. Here's the raw one that [[P:Gail]] filled in last week:

Incident date: [[D:11/26/2026]] 03:40
Resident: [[P:Bernice Albright]], DOB [[D:01/13/1936]], resident no. [[R:MH-20991]]
Witness: CNA [[P:Rose Ebi]]
Family notified: [[P:Carl Albright]] (son), [[T:(608) 555-0139]], [[E:carl.albright@charter.net]]
Injury: skin tear, left forearm

Can you help me make a blank version in {{Word}} with the same layout? Our template number is {{IR-FORM-07 rev 3}}.

Thanks,
[[P:Sunil Varma]]
""")

E(124, "veterinary", "en", ["Jo Whitley"], """hey [[P:ben]],

quick q. our {{Shepherd}} practice software emails appointment reminders from [[E:noreply@shepherd.vet]] and clients reply to it and we never see the replies. one client replied with this, which I only found because she called:

"please change my number to [[T:541-555-0108]] and my address to [[A:77 Juniper Loop, Bend]], OR [[Z:97701]]. also cancel {{Duke}}'s appointment on the 9th. - [[P:Carol Ness]]"

can we get replies forwarded to [[E:frontdesk@highdesertvet.com]]? and are there more replies sitting somewhere? Shepherd support chat said ticket {{SH-30218}}.

thanks!
[[P:jo]]
High Desert Veterinary
""")

E(125, "immunisation-registry", "en", ["Patrice Oyelowo"], """Hi [[P:Georgia]],

The flu clinic sign-up form at the community centre collected more than it should. Here's the CSV header and two rows from {{Microsoft Forms}}:

Name,DOB,Phone,Insurance,MemberID,Address
[[P:Winifred Ames]],[[D:1942-03-09]],[[T:651-555-0129]],{{HealthPartners}},[[M:HP90021847]],"[[A:118 Snelling Ave N, Saint Paul]] MN [[Z:55104]]"
[[P:Rowan Pike]],[[D:1999-12-01]],[[T:651-555-0163]],{{Medica}},[[M:MD44180273]],"[[A:2040 Marshall Ave, Saint Paul]] MN [[Z:55104]]"

We report doses to {{MIIC}}, the state registry, after each clinic day, using lot {{UT8842AB}}. Can you help me make a form that doesn't need the address and gets deleted after the clinic?

[[P:Patrice Oyelowo]], RN
Community Health Coordinator
""")

E(126, "dental", "en", ["Hanna Berg"], """Hi [[P:Chris]],

We just bought a practice and are merging patient records from their old {{SoftDent}} into our {{Curve Dental}}. Their export has some patients twice:

[[P:Ingrid Solberg]] | [[D:08/08/1980]] | chart [[R:SD-20417]] | [[T:(218) 555-0140]]
[[P:Ingrid Solberg-Hale]] | [[D:08/08/1980]] | chart [[R:SD-31052]] | [[T:(218) 555-0140]]

Same person, married name. Curve's migration team (project {{MIG-8812}}) says we have to decide on merges ourselves. Can you write a quick script that lists duplicates by DOB + phone? There are about 3,200 patients.

Thanks,
[[P:Hanna Berg]]
Practice Manager, Northern Lakes Dental
""")

E(127, "payroll", "en", ["Gus Ferreira"], """[[P:Ana]],

Direct deposit change request came in by e-mail and I'd like your opinion before I enter it:

From: [[P:Patrick Lemaire]] <[[E:plemaire.work@proton.me]]>
"Hi, please update my direct deposit to my new bank. Routing [[C:031176110]], acct [[C:6620014489]]. Thanks, [[P:Pat]]"

His address on file is [[E:patrick.lemaire@kessler-eng.com]], not the proton one. Last check was [[D:11/27/2026]]. We use {{Paychex Flex}}; Paychex's fraud line is {{1-800-555-0123}}.

I'll wait for you. If it is fake I'd like to warn the other employees at Kessler without scaring everybody, so maybe a short note from you about checking e-mail addresses would help.

[[P:Gus Ferreira]]
Payroll Specialist
""")

E(128, "physiotherapy", "en", ["Callum Reid"], """Hi [[P:Fiona]],

We're moving clinics and I need the address on everything changed. New clinic: [[A:Unit 4, 19 Great Western Road, Glasgow]] [[Z:G4 9AW]], new phone [[T:0141 496 0732]]. The old one was [[A:88 Byres Road, Glasgow]] [[Z:G12 8TB]].

Places I know it appears: {{Cliniko}} templates, the e-mail signature in {{Microsoft 365}}, the Google Business profile, and the letterhead in Word.

Also one patient asked if we still have her file after the move, [[P:Morag Sinclair]], DOB [[D:21/03/1956]], CHI [[N:2103564413]]. Yes we do, but where will the paper files live?

Cheers,
[[P:Callum Reid]]
Clinical Lead, Westend Physio
""")

E(129, "law-office", "en", ["Beth Navarro"], """Hi [[P:Anders]],

Our client intake chat on the website ({{Intaker}}) stores transcripts forever. Here's part of one from yesterday:

Visitor: hi my name is [[P:joy fulton]] and i was in a crash on [[D:nov 21]]
Bot: Sorry to hear that. What's the best number to reach you?
Visitor: [[T:520 555 0145]]
Visitor: my license plate is [[V:CHK2291]] and the other driver's insurance claim is [[M:PRG-5510928-01]]
Bot: Thank you, an attorney will follow up.

Can transcripts be deleted after 30 days unless the person becomes a client? The Intaker account is {{ACC-20188}}.

Thanks,
[[P:Beth Navarro]]
Intake Manager, {{Navarro & Stein}}
""")

E(130, "hospice", "en", ["Paula Brennan"], """[[P:Reza]],

The new volunteer coordinator needs her laptop and accounts. Please set up:

Name: [[P:Charity Monroe]]
Start date: Monday
Personal e-mail for the welcome link: [[E:charity.m.monroe@gmail.com]]
Mobile for MFA: [[T:(617) 555-0181]]
Home address for shipping the laptop: [[A:33 Chestnut Hill Ave, Brighton]], MA [[Z:02135]]

She'll need {{Volgistics}} admin, the shared calendar, and {{Zoom}}. The laptop model is {{Lenovo ThinkPad T14 Gen 5}}; use the standard image {{HOSP-WIN11-2026.3}}. Please ship it so it arrives before Monday morning, because orientation starts at 9.

Thank you,
[[P:Paula Brennan]]
HR Director, Harborlight Hospice
""")


if __name__ == "__main__":
    sys.exit(main())
