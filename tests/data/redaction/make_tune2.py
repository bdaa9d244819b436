"""Generator for tests/data/redaction/tune2.jsonl.

Each record is written as a template in which personal data and
must-stay-readable strings are marked inline:

    {P:Maria Lopez}     -> PERSON span
    {K:SRFax}           -> keep item
    {CARD:4539 1488 0343 646?}  -> CARD span, trailing ? replaced by the Luhn digit
    {IBAN:DE?? 3705 0198 1234 5678 90} -> IBAN span, ?? replaced by mod-97 digits

Run:  python tests/data/redaction/make_tune2.py
"""
import json
import os
import re

KINDS = {
    "P": "PERSON", "ADDR": "ADDRESS", "ZIP": "POSTCODE", "D": "DATE",
    "PH": "PHONE", "EM": "EMAIL", "URL": "URL", "IP": "IP", "SSN": "SSN",
    "NID": "NATIONAL_ID", "MRN": "MRN", "MEM": "MEMBER", "ACC": "ACCOUNT",
    "LIC": "LICENSE", "PLT": "PLATE", "DEV": "DEVICE", "IBAN": "IBAN",
    "CARD": "CARD", "K": "KEEP",
}
TAG = re.compile(r"\{(" + "|".join(sorted(KINDS, key=len, reverse=True)) + r"):([^{}]*?)\}")
RECORDS = []


def luhn_fill(s):
    digits = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        # the check digit will sit at position 0 from the right
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    check = (10 - total % 10) % 10
    return s.replace("?", str(check))


def luhn_ok(s):
    digits = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_fill(s):
    compact = s.replace(" ", "")
    country, rest = compact[:2], compact[4:]
    num = "".join(str(int(c, 36)) for c in rest + country + "00")
    check = "%02d" % (98 - int(num) % 97)
    return s.replace("??", check, 1)


def iban_ok(s):
    c = s.replace(" ", "")
    c = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in c)) % 97 == 1


def R(field, contacts, template):
    RECORDS.append((field, contacts, template.strip("\n")))


def build(field, contacts, template, n):
    out, spans, keep, pos = [], [], [], 0
    cur = 0
    for m in TAG.finditer(template):
        out.append(template[pos:m.start()])
        cur += m.start() - pos
        tag, val = m.group(1), m.group(2)
        if tag == "CARD" and "?" in val:
            val = luhn_fill(val)
        if tag == "IBAN" and "??" in val:
            val = iban_fill(val)
        item = {"start": cur, "end": cur + len(val)}
        if tag == "K":
            item["text"] = val
            keep.append(item)
        else:
            item["kind"] = KINDS[tag]
            item["text"] = val
            spans.append(item)
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    return {"id": "tune2-%03d" % n, "field": field, "contacts": contacts,
            "text": text, "spans": spans, "keep": keep}


def validate(rec):
    t = rec["text"]
    for it in rec["spans"] + rec["keep"]:
        assert t[it["start"]:it["end"]] == it["text"], (rec["id"], it)
        assert it["text"] == it["text"].strip() and it["text"], (rec["id"], it)
    ss = sorted(rec["spans"], key=lambda s: s["start"])
    for a, b in zip(ss, ss[1:]):
        assert a["end"] <= b["start"], (rec["id"], a, b)
    for k in rec["keep"]:
        for s in rec["spans"]:
            assert k["end"] <= s["start"] or k["start"] >= s["end"], (rec["id"], k, s)
    for s in rec["spans"]:
        if s["kind"] == "CARD":
            assert luhn_ok(s["text"]), (rec["id"], s)
        if s["kind"] == "IBAN":
            assert iban_ok(s["text"]), (rec["id"], s)
    for k in rec["keep"]:
        digits = re.sub(r"[ -]", "", k["text"])
        if digits in ("4111111111111111", "4242424242424242"):
            assert luhn_ok(digits)
    assert "{" + "P:" not in t and "{K:" not in t, rec["id"]
    words = len(t.split())
    if not 80 <= words <= 400:
        print("WORDS", rec["id"], words)


# ---------------------------------------------------------------- hospice
R("hospice", ["Marisol Quintanilla-Reyes"], r"""
From: {P:Marisol Quintanilla-Reyes} <{EM:mquintanilla@brightwaterhospice.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: {K:WellSky} export still missing two patients
Date: Tue, 3 Feb 2026 08:12:44 -0600

Hi {P:Dev},

The nightly export from {K:WellSky Hospice} dropped two of our patients again. Both were admitted over the weekend so I suspect it's the same cutoff bug we saw in {K:December}.

1. {P:Eulalia Brandvold}, MRN {MRN:HB-0048213}, admitted {D:01/31/2026}, DOB {D:4/2/1939}
2. {P:Theodore "Teddy" Markwick}, chart {MRN:HB-0048227}, admitted {D:2/1/2026}

Mr. {P:Markwick}'s daughter ({P:Rhiannon}) is the primary contact, {PH:(918) 555-0143}, and she has been asking why the family portal doesn't show him. The error in the sync log is {K:ERR_SYNC_409} on job {K:#5521}, which I think means the record was locked by the IDG meeting note.

We have the {K:10:30} IDG tomorrow in {K:Conference Room B} — if you can get them in before then, great.

Thanks,
{P:Marisol}
{P:Marisol Quintanilla-Reyes}, RN | Clinical Manager
Brightwater Hospice · {K:Tulsa} branch
""")

R("hospice", ["Obadiah Fenwright"], r"""
From: {P:Obadiah Fenwright} <{EM:ofenwright@cedarlighthospice.com}>
To: {EM:support@lanternbyte.io}
Subject: tablets

{P:Dev} - the three {K:Samsung Galaxy Tab A9} tablets for the field nurses arrived. Serials below, please enroll them in {K:Intune} and assign:

  {K:Nurse}          | {K:Tablet S/N}      | {K:IMEI}
  {P:Priya Vandermolen}  | {DEV:R9WT40BX3KM}     | {DEV:352931118402267}
  {P:Caspian Oduya}      | {DEV:R9WT40BX5QA}     | {DEV:352931118409916}
  {P:L. Haverkamp}       | {DEV:R9WT40BX7ZN}     | {DEV:352931118411839}

{P:Lucinda Haverkamp} starts visits {D:Monday 2/9} so hers is the priority. Old tablet that {P:Caspian} had (s/n {DEV:R52N80KQ1LD}) is cracked, please wipe it remotely.

Our order was {K:PO 26-0113} from {K:CDW}, {K:$1,947.00} total.

- {P:Obie}

{P:Obadiah Fenwright}
Director of Operations, Cedarlight Hospice
{PH:405.555.0178 x214}
""")

R("hospice", ["Henrietta Solberg-Achebe"], r"""
From: {P:Henrietta Solberg-Achebe} <{EM:hsolberg@gentlepassagehospice.org}>
To: {P:Dev Ramanathan} <{EM:dev@lanternbyte.io}>
Subject: Fwd: Medicare eligibility rejects
Date: Wed, 11 Feb 2026 14:02:10 -0500

Forwarding from billing. Can you see why these are rejecting? The {K:HETS} response says {K:AAA*N**72*C} which I think is "invalid member id" but the MBIs look right to me.

---------- Forwarded message ---------
From: {P:Gordon Ashworth-Pike} <{EM:gashworth@gentlepassagehospice.org}>
Date: Wed, Feb 11, 2026 at 1:40 PM
Subject: Medicare eligibility rejects
To: {P:Henrietta Solberg-Achebe} <{EM:hsolberg@gentlepassagehospice.org}>

{P:Hetty},

Three rejects on the 270 batch this morning (batch {K:B-20260211-03}):

- {P:Wilhelmina Crutchley} — MBI {NID:1EG4-TE5-MK73}, DOB {D:1931-07-19}
- {P:Ambrose Tuckerman} — MBI {NID:7QK2TN8RY41}, DOB {D:1944-12-02}
- {P:Delphine Okwuosa} — mbi {NID:3WA9-PP2-HJ06}; her secondary is Humana, member {MEM:H48812093}

Mrs. {P:Okwuosa} elected hospice on {D:2/6}. We can't bill the NOE until eligibility clears and the 5-day clock ends {K:Friday}.

Thanks,
{P:Gordon}
Billing Specialist, ext. {PH:4471}
""")

R("hospice", ["Ines Wardlaw"], r"""
From: {P:Ines Wardlaw} <{EM:ines.wardlaw@stillwaterhospice.net}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: bereavement mailing list — please fix before it goes out

Hi {P:Dev},

The bereavement coordinator, {P:Faith Emberly}, found a problem with the 13-month follow-up letters. The merge pulled the wrong contact for at least one family. Here's the row from the CSV she sent me:

patient_name,mrn,date_of_death,bereaved_contact,relationship,phone,address
{P:Augustin Pelletier-Morrow},{MRN:SW-771902},{D:2025-01-14},{P:Genevieve Pelletier},spouse,{PH:316-555-0199},"{ADDR:2207 Old Mill Rd, Apt 4, Wichita}, KS {ZIP:67212}"

The letter went to {P:Genevieve}'s old address instead of this one. {P:Faith} says the family moved in {K:August}. I think the letter template is reading the first address on the contact instead of the "current" flag.

Also unrelated but the {K:Mailchimp} account shows {K:412} contacts and we only have {K:287} families in the program, so something is duplicating. Not urgent, in good {K:faith} I'd rather we fix the address thing first.

Thank you!
{P:Ines}
Volunteer & Bereavement Services
Stillwater Hospice
""")

R("hospice", ["Barnaby Quell"], r"""
From: {P:Barnaby Quell} <{EM:bquell@lastlighthospice.org}>
To: {EM:dev@lanternbyte.io}
Subject: Voicemail from family re: portal
Date: Fri, 13 Feb 2026 17:21:09 -0700

{P:Dev}, transcription of a voicemail that came into the main line at {K:4:52 PM}. Can you look at the portal link? I'd rather you hear it from me than from her again Monday.

[{K:RingCentral} Voicemail Transcript]
"Hi, this is {P:Marguerite Oyelaran-Briggs}, I'm calling about my father {P:Solomon Oyelaran}, he's a patient of yours, his, um, his patient ID is {MRN:0093-4417}. I got the email with the link to see his care plan, the link was {URL:https://family.lastlighthospice.org/plan/0093-4417?token=f8Qz21KxPla7}, and it just says error {K:403}. My number is {PH:602 555 0117}, or you can email me at {EM:marguerite.ob@gmail.com}. Thank you. Bye."

The link expiring after 24 hours is by design I think, but she says she clicked it within the hour. Our front desk is {K:Room 101} if you need to test on their PC.

{P:Barnaby Quell}
IT Liaison / Office Manager
""")

# ---------------------------------------------------------------- behavioral health
R("behavioral health", ["Thaddeus Rinaldi-Nwosu"], r"""
From: {P:Thaddeus Rinaldi-Nwosu} <{EM:trinaldi@northforkrecovery.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: Part 2 consent form — can't attach to chart
Date: Mon, 2 Feb 2026 09:03:51 -0800

{P:Dev},

As you know everything we do is under {K:42 CFR Part 2}, so I'm keeping this to the minimum. One client's signed consent won't attach in {K:Netsmart myEvolv}. Upload fails with {K:"413 Payload Too Large"}.

Client: {P:Jonah Vukovich}
Client ID: {MRN:NFR-22817}
Consent signed: {D:1/29/2026}
Program: {K:IOP Tuesday/Thursday}

The scan is {K:14 MB} because the front desk scanner ({K:Brother ADS-2700W}) was set to 600 dpi. I can rescan but I'd like to know what the limit is so {P:Kemi} and {P:Ruairí} at the desk stop running into this.

Also please make sure this email doesn't get forwarded to anyone else at your shop — redisclosure rules.

Thanks,
{P:Thad}

{P:Thaddeus Rinaldi-Nwosu}, LCSW
Clinical Director, North Fork Recovery
{PH:(541) 555-0102} | fax {PH:(541) 555-0109}
""")

R("behavioral health", ["Kestrel Adebayo"], r"""
From: {P:Kestrel Adebayo} <{EM:kadebayo@harborlinebh.com}>
To: {EM:dev@lanternbyte.io}
Subject: suspicious logins on the EHR

hi {P:dev}, {K:MFA} alerts keep firing for one of our counselors. {P:Anneliese} says she wasn't logging in at 3am lol. excerpt from the audit log:

2026-02-04T03:12:09Z user=hlbh0412 src={IP:185.220.101.47} result=FAIL reason=bad_password
2026-02-04T03:12:41Z user=hlbh0412 src={IP:185.220.101.47} result=FAIL reason=bad_password
2026-02-04T08:01:15Z user=hlbh0412 src={IP:73.189.204.66} result=OK mfa=push
2026-02-04T08:02:02Z user=hlbh0007 src={IP:73.41.118.9} result=OK mfa=push

the 73.x ones are her and me from home. our server is {K:10.40.2.15} and the firewall is {K:FortiGate 60F}, I can get you in on {K:port 8443}. can we block that first address? {P:Anneliese Marchetti} is her full name if you need to reset her.

{P:kes}
Office Manager, Harborline Behavioral Health
{PH:207-555-0186}
""")

R("behavioral health", ["Ezekiel Thornquist"], r"""
From: {P:Ezekiel Thornquist}, MD <{EM:ethornquist@cairnclinic.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: buprenorphine prescribers list for the state audit

{P:Dev},

The state wants a roster of our MAT prescribers with DEA and X-waiver history, even though the X-waiver is gone. Can you pull it out of the credentialing spreadsheet and format it like their template? Current data:

| Prescriber          | DEA          | NPI        | State lic.  |
|---------------------|--------------|------------|-------------|
| {P:Ezekiel Thornquist}  | {LIC:BT4418273}    | {LIC:1588034217} | {LIC:MD-51883}    |
| {P:Saoirse McCandless}  | {LIC:FM2290174}    | {LIC:1306912840} | {LIC:APRN-20931}  |
| {P:Ptolemy Ashdown}     | {LIC:BA7730582}    | {LIC:1740285631} | {LIC:MD-60217}    |

Template is the one attached to {K:ticket CS-448821} with the state's {K:OBHS} help desk. Deadline is {K:March 1}. Please do not email the finished file — put it in the {K:Credentialing} share on {K:fs01.cairn.local}.

Thanks,
{P:E. Thornquist}
Medical Director
""")

R("behavioral health", ["Nadia Kovalenko-Hart"], r"""
From: {P:Nadia Kovalenko-Hart} <{EM:nadia@meadowbrookcounseling.net}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: RE: RE: 837P rejected again
Date: Thu, 5 Feb 2026 16:40:32 -0600

Ugh sorry, one more. Clearinghouse ({K:Office Ally}) rejected this claim segment. I copied what they show:

NM1*IL*1*{P:BARROWCLOUGH}*{P:SIMONE}****MI*{MEM:YHP448120937}~
N3*{ADDR:88 WINTERGREEN CT}~
N4*{ADDR:OMAHA}*NE*{ZIP:68114}~
DMG*D8*{D:19870611}*F~
REF*SY*{SSN:498226713}~

Rejection code {K:A7:562} — "entity's national provider identifier". I think it's our billing NPI not hers. Also — should the SSN even be in there? {P:Simone}'s insurance is Medicaid managed care so the REF*SY line probably shouldn't be sent at all.

-----Original Message-----
From: {P:Dev} <{EM:dev@lanternbyte.io}>
Sent: Thursday, February 5, 2026 11:02 AM
Subject: RE: 837P rejected again

Can you paste the raw segment? Not the whole file, just the patient loop.

-----Original Message-----
From: {P:Nadia Kovalenko-Hart}
Sent: Thursday, February 5, 2026 10:15 AM

Claim for 2/2 rejected, {K:version 5010}, second time this week.

{P:Nadia K-H}, Billing
Meadowbrook Counseling
""")

R("behavioral health", ["Oluwaseun Brightwater"], r"""
From: {P:Oluwaseun Brightwater} <{EM:seun.b@riverbendsud.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: telehealth links going to the wrong client

{P:Dev} — this is serious and I need it looked at today. Our group therapy scheduler sent the individual session link meant for one client to another client. Same first name, which is probably the bug:

Intended: {P:Marcus Delacroix-Finn}, client #{MRN:44019}, session {D:Feb 6 at 2pm}
Received by: {P:Marcus Tillinghast}, client #{MRN:44102}

The link was {URL:https://riverbend.doxy.me/sessions/44019-mdf-7c1e2b}. It's a {K:Doxy.me} room so nothing was recorded, but under {K:Part 2} we have to treat this as a potential breach. Our privacy officer {P:Gwendolyn Asante} is writing it up.

Can you send me the scheduler log for {K:Thursday} between {K:1:00} and {K:3:00 PM}? The job name is {K:reminder-worker-02}. And please disable the auto-reminder for groups until we know what happened.

{P:Seun}
Program Director, Riverbend SUD Services
{PH:+1 (802) 555-0163}
""")

# ---------------------------------------------------------------- dialysis
R("dialysis", ["Cordelia Nakashima-Boyle"], r"""
From: {P:Cordelia Nakashima-Boyle} <{EM:cnboyle@prairiekidneycare.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: HL7 feed from the lab dropping results
Date: Mon, 9 Feb 2026 07:55:18 -0600

Morning {P:Dev},

Monthly labs for the {K:MWF} second shift didn't cross over from {K:Spectra}. Interface engine shows the messages arrived but failed on our side. Here's one (I trimmed it):

MSH|^~\&|SPECTRA|LAB|PKC|DIAL|202602080611||ORU^R01|{K:MSG00448120}|P|2.5.1
PID|1||{MRN:PKC0071385}^^^PKC^MR||{P:GRUENWALD}^{P:HORATIO}^{P:B}||{D:19520330}|M|||{ADDR:1903 SUMAC DR^^LINCOLN}^NE^{ZIP:68502}||{PH:4025550122}
OBX|1|NM|2823-3^POTASSIUM^LN||5.9|mmol/L|3.5-5.1|H|||F

Error in {K:Mirth Connect} is {K:"PID-3 identifier type MR not mapped"}. It started after the {K:v4.5.2} upgrade on {K:Saturday}. Mr. {P:Gruenwald}'s potassium is high so the nurses need these in front of them before his chair time.

Thanks,
{P:Cordelia}
Clinic Manager, Prairie Kidney Care – {K:Lincoln} unit
""")

R("dialysis", ["Fitzgerald Amankwah"], r"""
From: {P:Fitzgerald Amankwah} <{EM:famankwah@bluestemdialysis.org}>
To: {EM:dev@lanternbyte.io}
Subject: home hemo machines inventory

{P:Dev},

For the home program we need the asset list updated — {K:NxStage System One} cyclers that are out with patients. Biomed gave me this; please load it into the inventory tab and link each to the patient record:

Patient                 MRN          Cycler S/N        Installed
{P:Rosalind Achterberg}      {MRN:BD-20931}     {DEV:NX1S-0448213}    {D:2025-10-02}
{P:Ignatius Weatherby}       {MRN:BD-21107}     {DEV:NX1S-0448795}    {D:2025-11-18}
{P:Hamid Zolfaghari}         {MRN:BD-21354}     {DEV:NX1S-0451022}    {D:2026-01-07}

Also {P:Ignatius} swapped his machine last week, the old serial {DEV:NX1S-0439910} went back to the depot under {K:RMA 77120}. The depot's tracking is {K:1Z999AA10123456784}.

We have {K:14} home patients now, up from {K:9} last year.

{P:Fitz Amankwah}, RN
Home Therapies Coordinator
{PH:515-555-0137}
""")

R("dialysis", ["Ottoline Vasquez"], r"""
From: {P:Ottoline Vasquez} <{EM:ovasquez@crescentrenal.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: transportation roster

{P:Dev}, the transport company ({K:MedRide}) needs the pickup list with member IDs because they bill Medicaid directly. Can you set up the export like this and send it to them via the {K:SFTP} (host {K:sftp.medride.net}, port {K:2222})?

Name, Medicaid ID, Pickup address, Chair time
{P:Benedetta Koumaré}, {MEM:MA7720318845}, {ADDR:415 Greenleaf Ave, Unit 2, Toledo}, 6:00 AM
{P:Lorcan Ferriday}, {MEM:MA7720491012}, {ADDR:92 Pickering St, Toledo}, 6:00 AM
{P:Yusra el-Amin}, {MEM:MA7719982003}, {ADDR:3310 Monroe St Apt 12, Toledo}, 11:30 AM

Mrs. {P:Koumaré} will also need the wheelchair van. Their dispatcher is {P:Reggie} at {PH:419-555-0144}.

One more thing, {P:Lorcan} is moving on {D:2/20} so he'll have a new address, I'll send it once I have it.

Thank you,
{P:Ottoline}
""")

R("dialysis", ["Ambrosia Kettleworth"], r"""
From: {P:Ambrosia Kettleworth} <{EM:akettleworth@crescentrenal.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Cc: {P:Ottoline Vasquez} <{EM:ovasquez@crescentrenal.com}>
Subject: transplant referral packet

{P:Dev},

I need the referral packet generator to include the Medicare number and the second insurance. Example patient for testing — please use this one only in the test environment:

{P:Percival Osei-Lindqvist}
DOB: {D:22 Aug 1961}
Medicare (MBI): {NID:5TR8-GH1-WK29}
Secondary: {K:Aetna} Medicare Advantage, member no. {MEM:W2819904417}
Our MRN: {MRN:CR-0038821}

The transplant center ({K:Froedtert}) portal rejects files over {K:25 MB} and needs PDF/A. Their coordinator said to use {K:SFTP} not email.

Please also add the nephrologist's NPI to the cover page — mine is {LIC:1174622093}.

Thanks,
{P:A. Kettleworth}, MD
Medical Director
""")

R("dialysis", ["Mirela Stanescu"], r"""
From: {P:Mirela Stanescu} <{EM:mstanescu@bluestemdialysis.org}>
To: {EM:dev@lanternbyte.io}
Subject: billing acct mismatch for patient transfer
Date: Thu, 12 Feb 2026 12:30:02 -0600

hey {P:dev}. patient transferred from our {K:Ames} unit to {K:Des Moines} and now has two billing accounts. {K:Bluestem} billing says we should merge into the newer one.

old patient acct: {ACC:PA-00918237}
new patient acct: {ACC:PA-01044519}
patient: {P:Clementine Rasmussen-Oto}, mrn {MRN:BD-19022}

the merge tool gives "{K:E1042: cannot merge accounts with open balance}". there's an open balance of {K:$312.48} on the old one. {P:clementine}'s husband {P:Arvid} pays it by card every month so it'll clear on the {K:15th}, can we just wait?

also FYI our {K:Windows 10} PCs at Ames go out of support, {P:Gareth} is getting quotes.

{P:Mirela}
Patient Accounts
""")
# ---------------------------------------------------------------- optometry
R("optometry", ["Leopold Varga"], r"""
From: {P:Leopold Varga} <{EM:leo@clearviewoptometry.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: VSP claim kicked back

{P:Dev},

{K:VSP} bounced a claim because the member ID in {K:Compulink} has a typo. I fixed it in the chart but the claim still pulls the old one. Patient is {P:Araminta Cholmondeley}, pt id {MRN:CV-100482}; member id should be {MEM:VSP-7729401836}, the wrong one was {MEM:VSP-7729401863}. Exam date {D:1/22/2026}.

Can you clear whatever cache the claim builder has? The error on the eClaim screen is {K:"Eligibility Authorization Not Found (EA-12)"}.

Also, our new {K:Optos Daytona} is on {K:192.168.10.44} and the {K:Zeiss FORUM} server is at {K:192.168.10.5} — they need to talk on {K:port 104} (DICOM). {P:Sunniva} from {K:Zeiss} support (case {K:#02291873}) says it's our firewall.

{P:Leo Varga}, OD
Clearview Optometry
{PH:(828) 555-0191}
""")

R("optometry", ["Tamsin Greer"], r"""
From: {P:Tamsin Greer} <{EM:tamsin@eyesonmainoptical.com}>
To: {EM:dev@lanternbyte.io}
Subject: card on file not charging for contact lens subscription

hi {P:dev},

the annual supply auto-ship failed for one of our patients. the {K:Square} dashboard shows "{K:card_declined / do_not_honor}". she says the card is fine and read it to me over the phone, {CARD:4716 0392 8815 227?}, exp 09/28. patient is {P:Wren Abernathy-Soto}, dob {D:03.11.1994}. can you check whether the number stored matches? I don't want to ask her a third time.

the order is {K:#EOM-55102}, {K:12} boxes of {K:Acuvue Oasys 1-Day}, {K:$489.00}.

also our test card {K:4111 1111 1111 1111} still works in the sandbox so I don't think it's the integration, it's something with her bank.

thanks!!
{P:tamsin}
front desk / optical
Eyes on Main, {K:Asheville}
""")

R("optometry", ["Casimir Ellory"], r"""
From: {P:Casimir Ellory} <{EM:dr.ellory@northshoreeye.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: New associate doctor — credentialing data

{P:Dev}, we have a new associate starting {K:March 2}. Please add her to the scheduling system and the e-prescribing module ({K:DrFirst Rcopia}):

Name: Dr. {P:Ysolde Marchbanks}
NPI: {LIC:1922406813}
Optometry license: {LIC:OPT.0013382} ({K:Illinois})
DEA: {LIC:FM9128846}
Personal cell for 2FA: {PH:312-555-0159}

{P:Ysolde} will work {K:Tuesdays} and {K:Thursdays} in {K:Exam 3} and {K:Exam 4}. Her schedule template should be {K:20}-minute comprehensive exams and {K:10}-minute follow-ups.

Also, please remove Dr. {P:Bartholomew Quaye}'s access — his last day was {D:January 30}. His DEA {LIC:BQ3381057} should come off the e-prescribing profile too.

Thanks,
{P:Cas}
""")

R("optometry", ["Hollis Bergström"], r"""
From: {P:Hollis Bergström} <{EM:hbergstrom@lakesideeyecare.net}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: Fwd: records request from attorney
Date: Mon, 16 Feb 2026 10:44:00 -0600

{P:Dev}, can you pull the chart export for this? I don't know how to get the imaging out of {K:RevolutionEHR}.

---------- Forwarded message ---------
From: {P:Ferdinand Ashgrove} <{EM:fashgrove@ashgrovelaw.com}>
Date: Fri, Feb 13, 2026 at 4:12 PM
Subject: records request
To: {EM:records@lakesideeyecare.net}

To whom it may concern,

Please find attached an authorization signed by our client, {P:Philippa Drummond-Yeo} (DOB {D:May 8, 1977}), for all records including retinal imaging from {D:June 2023} to present. Your patient number for her is {MRN:LEC-0037714} according to her old statement. Her vision plan is {K:EyeMed}, member ID {MEM:EM-912004388}.

Please send to our office at {ADDR:600 Marquette Ave, Suite 1150, Minneapolis}, MN {ZIP:55402} or via our secure link.

Regards,
{P:Ferdinand Ashgrove}
Paralegal, Meridian Legal Group
{PH:612-555-0125}
""")

R("optometry", ["Maeve Okonjo"], r"""
From: {P:Maeve Okonjo} <{EM:maeve@focuspointvision.com}>
To: {EM:dev@lanternbyte.io}
Subject: online booking spam + one weird one

{P:Dev},

The booking form on the site got about {K:60} spam submissions overnight. Most are junk but one looks like a real person got their info mixed in:

Name: {P:Ruben Szczepański}
Email: {EM:rszczepanski77@outlook.com}
Phone: {PH:+1 414 555 0107}
Insurance: {K:Davis Vision} / subscriber id {MEM:DV00981274410}
Submitted from IP {IP:98.214.77.130}

He's a real patient (chart # {MRN:FP-28831}) so I called him and he says he did book. The spam all came from {K:45.146.x} addresses. Can we add {K:reCAPTCHA} or {K:Cloudflare Turnstile}? Our website is on {K:Squarespace} so I'm not sure what's possible.

Thanks,
{P:Maeve}
Practice Manager
""")

# ---------------------------------------------------------------- veterinary
R("veterinary", ["Sorcha Blackwood"], r"""
From: {P:Sorcha Blackwood}, DVM <{EM:sorcha@hillcrestvet.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: client account merge

{P:Dev},

We have a household with two client accounts in {K:Cornerstone} because the husband and wife each registered a dog. Can you merge them?

Account {ACC:C-0044817}: {P:Wendell Ravenscroft}, {ADDR:7 Birchwood Ln, Boulder}, CO {ZIP:80304}, {PH:303-555-0177} — pet "{K:Biscuit}" (golden)
Account {ACC:C-0051203}: {P:Juniper Ravenscroft}, same address, {PH:720.555.0132} — pet "{K:Pepper}" (border collie)

{P:Juniper} wants both on one statement and her card as the default. Keep {P:Wendell} as secondary contact.

The merge utility throws {K:"Error 2147 – invoice history conflict"} when I try. Our {K:Cornerstone} version is {K:9.3 SP2}.

{P:Sorcha Blackwood}, DVM
Hillcrest Veterinary Hospital
""")

R("veterinary", ["Rufus Abiodun"], r"""
From: {P:Rufus Abiodun} <{EM:rufus@pawsandclawsclinic.com}>
To: {EM:dev@lanternbyte.io}
Subject: payment plan export for the collections agency

{P:Dev} — we're sending a few past-due accounts to collections. Our agency ({K:TSI}) wants a CSV. Can you make sure the export looks like this:

owner_first,owner_last,acct_no,balance,last_visit,phone
{P:Marigold},{P:Featherstonehaugh},{ACC:PC-88120},1420.55,{D:2025-08-14},{PH:5125550161}
{P:Desmond},{P:Okeke-Palmer},{ACC:PC-90417},612.00,{D:2025-09-30},{PH:5125550138}
{P:Yvaine},{P:Collingwood},{ACC:PC-77305},2288.10,{D:2025-06-02},{PH:5125550184}

Don't include pet names or medical details, just owner info. All three stopped paying on their plans last fall and none of them answer our calls anymore. The file should go to {K:uploads.tsico.com} and not by email. Their account rep is {P:Brock}, case {K:TSI-2026-0419}.

Thanks man
{P:Rufus}
Office Manager, Paws & Claws, {K:Austin}
""")

R("veterinary", ["Anouk Delacourt"], r"""
From: {P:Anouk Delacourt} <{EM:anouk@wagsandwhiskersvet.ca}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: card terminal down + a client's card

Hi {P:Dev},

Our {K:Moneris} terminal ({K:Ingenico Move/5000}) froze at {K:9:15} and we had to key one payment manually. The client was {P:Florian Dubois-Achterberg} for his cat's dental ({K:$1,186.40}). I wrote the card on a sticky note which I know is bad: {CARD:5191 2300 4417 852?}, exp 11/27. I'll shred it once you tell me it went through in the portal.

Also the terminal shows {K:"ERR 0x1E host unreachable"}. Moneris ticket is {K:MON-4419281}. The terminal's serial is on the back: {K:327-114-880} — that's the clinic's, not a person's, so I guess you can give that to Moneris.

Thanks!
{P:Anouk}
Wags & Whiskers Veterinary, {K:Ottawa}
{PH:613-555-0148}
""")

R("veterinary", ["Tobias Merriweather"], r"""
From: {P:Tobias Merriweather} <{EM:tobias@countrysidelargeanimal.com}>
To: {EM:dev@lanternbyte.io}
Subject: farm call truck GPS / mileage

{P:dev}, the mileage reimbursement report is wrong for the farm call trucks. it's putting the vets' personal trucks in with the clinic trucks. the two personal ones are:

Dr. {P:Hesper Lindgren} — {K:Ford F-250}, plate {PLT:KS 8HJ-442}
Dr. {P:Caleb Ostrowski} — {K:Ram 2500}, tag # {PLT:KSX 1190}

the clinic trucks are {K:Unit 3} and {K:Unit 7}, those should be the only ones on the fleet report. {K:Samsara} support (ticket {K:SAM-771902}) said we need to re-tag the gateways. clinic gateway serials are {K:GW-44-8812} and {K:GW-44-8840}.

{P:hesper} submitted {K:1,240} miles for {K:January} which is right, {P:caleb}'s shows {K:3,900} which isn't.

{P:Toby}
""")

R("veterinary", ["Persephone Gallagher"], r"""
From: {P:Persephone Gallagher} <{EM:pgallagher@oldtownanimalhospital.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: reminder texts going to previous owner

{P:Dev},

A dog was rehomed and the vaccine reminders are still going to the old owner. The new owner came in today and is annoyed because the old owner called her. Here's what I have:

Old owner: {P:Bellamy Tzanetakis}, {PH:(503) 555-0196}, {EM:bellamy.t@protonmail.com}
New owner: {P:Odalys Fairbanks-Mwangi}, {ADDR:2418 SE Hawthorne Blvd #6, Portland}, OR {ZIP:97214}, {PH:(971) 555-0120}
Patient: "{K:Rufus}" (lab mix), patient no. {MRN:OT-55671}

{P:Odalys} wants her own client account, she's a new client so the number will be assigned. Please make sure the reminder service ({K:PetDesk}) gets updated, their sync runs at {K:2 AM}.

Thanks,
{P:Persephone}
Client Services Lead
""")

# ---------------------------------------------------------------- chiropractor
R("chiropractor", ["Anselm Rowntree"], r"""
From: {P:Anselm Rowntree}, DC <{EM:drrowntree@alignwellchiro.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: auto accident PIP case paperwork

{P:Dev},

We got an auto accident patient and the PIP carrier wants the claim number on every bill. Can you add a field to the superbill template? Here are the details for her:

Patient: {P:Clarimond Fairweather}
Accident date: {D:01/17/2026}
PIP carrier: {K:Progressive}, claim #{MEM:26-4419873-01}
Policy holder: {P:Will Fairweather} (husband), policy no. {MEM:PG881204573}
Her plate from the police report: {PLT:FL QJK-8821} — they asked us for it for some reason, I don't think it goes on the bill.

{P:Will} says he'll drop off the police report {K:Friday}. (Yes, his name really is {P:Will}, I know how that reads.)

The template lives in {K:ChiroTouch} under {K:Forms > Billing > PIP}.

Dr. {P:Rowntree}
AlignWell Chiropractic, {K:Tampa}
""")

R("chiropractor", ["Jessamy Pike"], r"""
From: {P:Jessamy Pike} <{EM:jessamy@spinecentralchiro.com}>
To: {EM:dev@lanternbyte.io}
Subject: patient payment portal — refund

hey {P:Dev}! quick one. a patient paid twice on the portal. {K:Stripe} charge ids are {K:ch_3OqL2x} and {K:ch_3OqL4b} (i think those are stripe's ids, not hers). she paid with {CARD:6011 0009 9013 942?}. patient is {P:Honora Kilbride}, acct {ACC:SC-30219}.

can you refund the second one? amount {K:$65.00}. she's at {PH:801-555-0112} if you need to confirm.

also our {K:Jane App} integration keeps logging people out after {K:15 min}, front desk hates it. {P:Bree} and {P:Coralie} have to log in like 20 times a day.

thx
{P:jess}
""")

R("chiropractor", ["Gideon Amadi-Lowe"], r"""
From: {P:Gideon Amadi-Lowe} <{EM:gideon@backbaychiropractic.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: Medicare AT modifier report

{P:Dev}, our Medicare patients — we need a report of who is close to the therapy threshold. I made an example by hand:

Patient              | MBI            | Visits YTD | Last visit
---------------------|----------------|------------|-----------
{P:Eustace Pemberton}    | {NID:2HN7-QX4-RT18}  | 11         | {D:02/10/26}
{P:Lavinia Odhiambo}     | {NID:9FJ3-KL8-MW52}  | 8          | {D:02/12/26}
{P:Cornelius Vintner}    | {NID:4CE1YV9PD63}    | 14         | {D:02/05/26}

{K:Medicare} will deny if the {K:AT} modifier is missing and it's not maintenance care. Could this run weekly into the {K:Billing} shared mailbox? Report name maybe "{K:AT-Threshold-Weekly}".

We are on {K:ECLIPSE} {K:v12.4}.

{P:Gideon Amadi-Lowe}, DC
""")

R("chiropractor", ["Liesl Okafor"], r"""
From: {P:Liesl Okafor} <{EM:liesl.okafor@peakmotionchiro.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: RE: new hire setup
Date: Wed, 18 Feb 2026 13:14:27 -0700

Thanks for getting Dr. {P:Stavros} set up. Couple more bits:

- his chiropractic license is {LIC:DC.0009214} (Colorado), please add it to the provider profile so it prints on the notes
- NPI {LIC:1457329086}
- he'll use workstation {K:PMC-WS07} in {K:Room 2}
- his laptop (personal, he'll use it for notes from home) MAC {DEV:3c:22:fb:91:a4:0e}, can you allow it on the VPN?

Our VPN server is {K:vpn.peakmotionchiro.com} ({K:203.0.113.40}), that's the one for the firewall rule.

His full name is {P:Stavros Papadimitriou-Hale}, everyone calls him Dr. {P:Stavros} because nobody can spell it.

On Wed, Feb 18, 2026 at 9:02 AM {P:Dev} <{EM:dev@lanternbyte.io}> wrote:
> Done — account created, temp password sent by text.

{P:Liesl}
""")

R("chiropractor", ["Crispin Adeyemi"], r"""
From: {P:Crispin Adeyemi} <{EM:crispin@rootedwellnesschiro.com}>
To: {EM:dev@lanternbyte.io}
Subject: text message from a patient (screenshot typed out)

{P:Dev} — a patient texted the office number and it showed up in the {K:Weave} inbox under the wrong name. Typed out:

"hi this is {P:dolores}, {P:dolores ferrante}, i had an appt {D:thursday 2/19 at 4:15} but need to move it. also my new insurance is {K:blue cross}, member {MEM:XZP880213447}, group {K:0045112}. my bday is {D:9-30-68} if u need it. thx"

In {K:Weave} it's showing as "{P:Delia Ferrante}" — a different patient ({P:Delia}'s chart is {MRN:RW-4471}). Can you figure out why Weave linked the phone number to the wrong record? The number was {PH:(720) 555-0153}.

{P:Crispin}
""")

# ---------------------------------------------------------------- home-care staffing
R("home-care staffing", ["Bernadette Chukwuma"], r"""
From: {P:Bernadette Chukwuma} <{EM:bchukwuma@carebridgestaffing.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: caregiver onboarding batch — background checks

{P:Dev},

Three new caregivers to push to {K:Checkr} for background checks. I need the integration to send these:

1) {P:Aurelio Batungbakal} — SSN {SSN:529-44-8713}, DL {LIC:B4419-22871} (Utah)
2) {P:Sigrun Halvorsen-Tate} — SSN {SSN:531 20 7784}, driver's license no. {LIC:U1882047}
3) {P:Kofi Mensah-Atterbury} — ss# {SSN:528609912}, DL {LIC:164482019}

Checkr package is "{K:Driver Pro + County Criminal}", our account is under {K:CareBridge Staffing LLC}. Last time the SSNs without dashes failed validation with {K:"422 Unprocessable Entity"}.

Also please do NOT put these in the {K:Slack} channel like last time.

{P:Bernadette Chukwuma}
Recruiting Manager
{PH:801.555.0127}
""")

R("home-care staffing", ["Ravi Thistlewood"], r"""
From: {P:Ravi Thistlewood} <{EM:ravi@hearthsidehomecare.com}>
To: {EM:dev@lanternbyte.io}
Subject: EVV GPS issue

{P:Dev} — Medicaid EVV rejected a bunch of visits because the GPS coordinates were off. Looks like it's one caregiver's phone. From the {K:Sandata} exception report:

Caregiver: {P:Imelda Santiago-Ruel}
Device IMEI: {DEV:359214073381246}
Client visited: Mr. {P:Horace Bledsoe}, Medicaid {MEM:7104482910}, {ADDR:81 Tamarack Rd, Scranton}
Visit dates: {D:2/2}, {D:2/4}, {D:2/6}
Exception code: {K:GPS-OUT-OF-RANGE (E217)}

{P:Imelda} says her phone ({K:Moto G Play}) had location off to save battery. I want the app to warn her instead of silently sending 0,0.

{P:Ravi Thistlewood}
Operations, Hearthside Home Care
""")

R("home-care staffing", ["Wilhelmina Achterberg"], r"""
From: {P:Wilhelmina Achterberg} <{EM:willa@nightingalestaffing.net}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: Nurse license verification failing

Hi {P:Dev},

The nightly {K:Nursys} check failed for two nurses. The log says:

[2026-02-15 02:00:14] verify lic={LIC:RN-2881047} state=PA name="{P:Okonkwo, J}" -> {K:404 NOT_FOUND}
[2026-02-15 02:00:15] verify lic={LIC:PN-0447120} state=PA name="{P:Vukovich, D}" -> {K:404 NOT_FOUND}
[2026-02-15 02:00:15] verify lic={LIC:RN-3301928} state=NJ name="{P:Thorsby, E}" -> OK

I checked manually and {P:J. Okonkwo} ({P:Jacinta}) is active — her license number on the board site is {LIC:RN716884} without the prefix. {P:Dalibor Vukovich}'s LPN is also active, number {LIC:PN274003}. So it's our prefixes. Can you strip them before sending?

Nursys e-Notify account is {K:NGS-ORG-5521}, batch size {K:250}.

{P:Willa}
Compliance, Nightingale Staffing
{PH:610-555-0181}
""")

R("home-care staffing", ["Declan Mwangi"], r"""
From: {P:Declan Mwangi} <{EM:declan@kindredhandscare.com}>
To: {EM:dev@lanternbyte.io}
Subject: parking permits for client buildings

{P:dev}, a few of our aides park at client apartment buildings and the building managers want the plates on a list. can you add a "vehicle" section to the caregiver profile? here's the current list i'm keeping in excel:

aide             | car               | plate
{P:Tomasz Wieczorek}  | {K:Honda Civic} 2014   | {PLT:7KLM392}
{P:Hope Adeyinka}     | {K:Toyota Corolla}     | {PLT:8RTZ 114}
{P:Marisa Quarshie}   | {K:Kia Soul}           | {PLT:CA 6WQE871}

{P:hope} says her plate changed in {K:January}, the new one is {PLT:9BFX 220}. i have {K:hope} we can keep this out of the general staff directory since it's kind of personal.

thx
{P:declan}
scheduler, Kindred Hands, {K:Sacramento} office
""")

R("home-care staffing", ["Priscilla Nakamura-Obi"], r"""
From: {P:Priscilla Nakamura-Obi} <{EM:priscilla@evergreenstaffingsolutions.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: Fwd: timesheet dispute — client portal access
Date: Tue, 17 Feb 2026 11:09:45 -0800

{P:Dev}, see below. Can you give me the login history for this caregiver so I can respond?

---------- Forwarded message ---------
From: {P:Lazarus Penhallow} <{EM:lpenhallow@sunrisemanorliving.com}>
Date: Mon, Feb 16, 2026 at 5:30 PM
Subject: timesheet dispute
To: {P:Priscilla Nakamura-Obi} <{EM:priscilla@evergreenstaffingsolutions.com}>

{P:Priscilla},

Your aide {P:Marguerite Lindqvist} (employee #{ACC:EV-20411}) clocked in on {D:2/14} at 6:58 AM but our cameras show her arriving at 7:40. The clock-in came from IP {IP:174.63.92.18}, which isn't our building network ({K:Sunrise Manor} uses {K:66.18.240.0/24}). We're disputing {K:0.7} hours.

{P:Lazarus Penhallow}
Administrator, Sunrise Manor
{PH:(253) 555-0168}
""")
# ---------------------------------------------------------------- assisted living
R("assisted living", ["Evangeline Moorcroft"], r"""
From: {P:Evangeline Moorcroft} <{EM:emoorcroft@willowcrestliving.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: move-in paperwork for two new residents

{P:Dev},

Two move-ins next week. Can you create them in {K:PointClickCare} and the billing system? Families have signed.

Resident: {P:Archibald Penrose-Nkemelu}
DOB: {D:December 3, 1934}
Move-in: {D:Feb 23}
Apartment: {K:214} ({K:2nd floor}, {K:Magnolia} wing)
Medicare MBI: {NID:8KD4-WA2-TT71}
Responsible party: son, {P:Lysander Penrose}, {PH:(919) 555-0149}, billing acct to be {ACC:WC-2026-0188}

Resident: {P:Ottilie Brennan-Sato}
DOB: {D:6/17/1929}
Move-in: {D:Feb 25}
Apartment: {K:118}
Social Security #: {SSN:247-18-3392} (needed for the Medicaid waiver application)
Responsible party: niece, {P:Carys Whitlock}

Our {K:Raleigh} campus uses the same setup as {K:Durham}.

Thanks,
{P:Evangeline Moorcroft}
Executive Director, Willowcrest Assisted Living
""")

R("assisted living", ["Jasper Oyelowo"], r"""
From: {P:Jasper Oyelowo} <{EM:jasper.oyelowo@goldenacresal.org}>
To: {EM:dev@lanternbyte.io}
Subject: visitor parking system

{P:Dev} - the gate camera ({K:Axis P1465-LE}, at {K:10.0.8.31}) reads plates and checks them against the visitor list. A few family members keep getting flagged as unknown. From the gate log:

14:02:11 plate={PLT:HGT4471} match=NONE
14:05:40 plate={PLT:NC-PRK-9920} match=NONE
14:07:02 plate={PLT:JRM2288} match=visitor:{P:Thelonius Abernathy}

The first is {P:Maribel Osterhagen}'s (she visits her mom in {K:Room 31} every day) and the second is Rev. {P:Ignatius}... sorry, Rev. {P:Ignatius Kwarteng} from the church who does Sunday services. Please add both and tell me how the plate format works because the second one has dashes on the actual plate.

Thanks,
{P:Jasper}
Maintenance & Facilities, Golden Acres
""")

R("assisted living", ["Rosamund Achebe"], r"""
From: {P:Rosamund Achebe} <{EM:rachebe@harborviewseniorliving.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: ACH for resident rent — two families

{P:Dev},

Finance asked me to send you the ACH details for two families switching to autopay. I know I shouldn't email this so please delete once entered.

{P:Horatio Blenkinsop} (resident, apt {K:B-07}) — paid by daughter {P:Wilhelmina Blenkinsop-Ruiz}
  routing {ACC:021000021}, account {ACC:483920117465}

{P:Gerontius Faraday} (apt {K:C-12}) — paid by himself
  bank acct no. {ACC:0070-2281-9934}, routing {ACC:011401533}

(I think the routing numbers are the banks', not theirs — those are {K:Chase} and {K:Bank of America}.)

The autopay starts on the {K:1st}. Monthly rent is {K:$5,450} for {K:B-07} and {K:$4,980} for {K:C-12}. Portal: {K:Yardi Senior Living}.

{P:Rosamund}
Business Office Manager
""")

R("assisted living", ["Nikolai Brandt"], r"""
From: {P:Nikolai Brandt} <{EM:nbrandt@linden-residenz.de}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: Neue Bewohnerin – Stammdaten / new resident data

Hi {P:Dev},

sorry for the mix of German and English, our admin sheet is in German. New resident, please enter in the system:

Name: Frau {P:Hildegard Wenzel-Oyelaran}
Geburtsdatum: {D:14.02.1937}
Einzug: {D:01.03.2026}
Versichertennummer: {MEM:A123456780}
Steuer-ID: {NID:48 036 952 129}
Kontonummer / IBAN für Lastschrift: {IBAN:DE?? 3702 0500 0008 0012 97}

Ansprechpartner: Sohn {P:Reinhold Wenzel}, Tel. {PH:+49 221 555 0187}, {ADDR:Lindenallee 14, Köln}, {ZIP:50968}

She'll be in {K:Zimmer 12} ({K:Wohnbereich 2}). The {K:Medifox} import template is on {K:srv-linden-01}.

Danke!
{P:Niko}
""")

R("assisted living", ["Carmen Delgado-Whitfield"], r"""
From: {P:Carmen Delgado-Whitfield} <{EM:carmen@sageridgememorycare.com}>
To: {EM:dev@lanternbyte.io}
Subject: wander guard pendant pairing

{P:Dev} — the {K:WanderGuard Blue} system lost pairing for two residents' pendants after the firmware update ({K:fw 3.2.118}). Nursing is doing 15-minute checks until it's fixed. Pendants:

- Mr. {P:Bartholomew Iheanacho}, pendant sn: {DEV:WGB-0044-7713}, memory care room {K:M-4}
- Mrs. {P:Leontyne Ashby}, pendant sn: {DEV:WGB-0044-8021}, room {K:M-9}

{K:Stanley Healthcare} support ticket is {K:SHC-20260219-0042}. Their tech said it might be our access point ({K:Ubiquiti U6-Pro}, hostname {K:ap-memcare-2}).

{P:Carmen}
Director of Nursing
{PH:480-555-0174}
""")

# ---------------------------------------------------------------- school nurse
R("school nurse", ["Abigail Thornbury"], r"""
From: {P:Abigail Thornbury}, RN <{EM:athornbury@maplegroveusd.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: diabetic students — CGM follower app

Hi {P:Dev},

We have three students with {K:Dexcom G7}s this year and parents want the nurse office iPad to follow them. Can you set up the {K:Dexcom Follow} invites on the office iPad (Apple ID {EM:nurse.office@maplegroveusd.org})?

Student                Grade   Sensor/transmitter SN   Parent
{P:Elodie Castellanos}     3       {DEV:SM94217783}              {P:Renata Castellanos}
{P:Bram Oyenuga}           5       {DEV:SM94380125}              {P:Tunde Oyenuga}
{P:Quinn Halloran-Vey}     7       {DEV:SM95002271}              {P:Maeve Halloran}

{P:Bram}'s pump is an {K:Omnipod 5}, PDM serial {DEV:PDM-5A2291047}, in case the district asks.

Our nurse office is {K:Room 118} in the {K:Main Building}. Thanks!

{P:Abby Thornbury}, RN
District Nurse, Maple Grove USD
""")

R("school nurse", ["Dorothea Kavanagh"], r"""
From: {P:Dorothea Kavanagh} <{EM:dkavanagh@stbrendanschool.org}>
To: {EM:dev@lanternbyte.io}
Subject: immunization export to the state registry

{P:Dev},

The state registry ({K:ImmTrac2}) rejected our upload. The error file:

Line 14: {P:ABERNATHY-QUIST, LUCIAN} DOB {D:2015-04-09} Medicaid {MEM:529981104} -> {K:ERR 1107 invalid vaccine code}
Line 22: {P:OKONKWO, ADAEZE} DOB {D:2016-11-23} Medicaid {MEM:530014782} -> {K:ERR 1107 invalid vaccine code}
Line 31: {P:PRZYBYLSKI, TEODOR} DOB {D:2014-01-30} -> {K:ERR 2040 missing parent name}

I think the {K:CVX} codes for the flu vaccines are wrong in our system ({K:CVX 150} vs {K:CVX 171}). For {P:Teodor}'s line, his mother's name is {P:Agnieszka Przybylska} if it's needed.

Deadline is {K:March 15}.

{P:Dorothea Kavanagh}, BSN
School Nurse, St. Brendan School
""")

R("school nurse", ["Malik Harrowgate"], r"""
From: {P:Malik Harrowgate} <{EM:mharrowgate@cedarhollowschools.net}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: health office visit log - wrong student

hey {P:dev}

the health office log in {K:PowerSchool} put a visit on the wrong kid. two students named {P:Sunny}:

{P:Sunny Achterberg-Lowe}, student health record # {MRN:SH-004821}, grade 4
{P:Sunny Pemberton}, student health record # {MRN:SH-005117}, grade 4

the visit on {D:2/11} (ice pack, bumped head at recess) was for {P:Sunny Pemberton} but it's on {P:Achterberg-Lowe}'s record and her mom got the automated email. mom is {P:Ivana Achterberg} at {EM:ivana.achterberg@yahoo.com}.

can we make the picker show the student photo or DOB before saving? not a {K:sunny} day here lol.

{P:malik}
health aide, Cedar Hollow Elementary
""")

R("school nurse", ["Grace Nwachukwu"], r"""
From: {P:Grace Nwachukwu} <{EM:gnwachukwu@riverdaleacademy.org}>
To: {EM:dev@lanternbyte.io}
Subject: seizure action plans - file links

{P:Dev},

I'm attaching the seizure action plans to the student profiles, and the links from {K:Google Drive} keep opening for anyone in the district. Can you check sharing? The two I did:

{P:Florentyna Hartigan} (student id not needed, health id {MRN:RA-HLTH-2291}) — {URL:https://drive.google.com/file/d/1aZx9QpL4mK7uT2vB8nR3cW/view?usp=sharing}
{P:Emrys Oduya} (health id {MRN:RA-HLTH-2307}) — {URL:https://drive.google.com/file/d/1Qw3Er5Ty7Ui9Op2As4Df6Gh/view}

{P:Emrys}'s neurologist's office is {PH:(734) 555-0115}, in case the plan needs updating. Please make the links "restricted" — only the nurse office and the parents.

Also, I have a {K:grace} period with the district IT until {K:Friday} to fix this before they audit.

{P:Grace} Nwachukwu, RN
""")

R("school nurse", ["Thomasina Ruelle"], r"""
From: {P:Thomasina Ruelle} <{EM:truelle@lakeshoremiddle.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: Fwd: Medicaid school-based billing — student list
Date: Thu, 19 Feb 2026 15:22:09 -0500

Forwarding from the district office. Can you build this export?

---------- Forwarded message ---------
From: {P:Percival Nakagawa} <{EM:pnakagawa@lakeshoreschools.org}>
Date: Thu, Feb 19, 2026 at 2:10 PM
Subject: Medicaid school-based billing
To: {P:Thomasina Ruelle} <{EM:truelle@lakeshoremiddle.org}>

{P:Thomasina}, for the {K:SBHS} claiming we need for each student with an IEP nursing service:

| Student          | Medicaid #    | DOB        | Service dates   |
| {P:Amara Fitzwilliam}| {MEM:MI00448217} | {D:03/22/2012} | {D:1/6}, {D:1/13}, {D:1/20} |
| {P:Cosmo Delafield}  | {MEM:MI00451930} | {D:08/09/2011} | {D:1/8}, {D:1/15}           |

Upload to the {K:PCG Claiming System} by {K:Feb 28}. Our district code is {K:82-0450}.

{P:Percy Nakagawa}
Special Ed Finance
""")

# ---------------------------------------------------------------- county public health
R("county public health", ["Iolanthe Mbeki-Sorensen"], r"""
From: {P:Iolanthe Mbeki-Sorensen} <{EM:imbekisorensen@harlancountyhealth.gov}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: TB case contact tracing spreadsheet

{P:Dev},

We're tracing contacts for an active TB case and the spreadsheet is a mess. Can you turn it into a proper form in our {K:REDCap} ({K:v14.5.8}) project {K:PID 1182}? Current rows:

case_id,contact_name,relation,dob,phone,address,test_date
{K:TB-2026-004},{P:Anselmo Villaseñor},household,{D:1988-05-12},{PH:606-555-0110},"{ADDR:44 Coal Hollow Rd, Harlan}",{D:2026-02-09}
{K:TB-2026-004},{P:Rosario Villaseñor},household,{D:1991-10-30},{PH:606-555-0110},"{ADDR:44 Coal Hollow Rd, Harlan}",{D:2026-02-09}
{K:TB-2026-004},{P:Ezra Blankenship},coworker,,{PH:606-555-0193},,{D:2026-02-11}

The index case's state reportable-disease ID is {MRN:KY-NEDSS-88120417}. Please do not put the index case's name anywhere in the form.

{K:Harlan County} Health Dept.
Dr. {P:Mbeki-Sorensen}, Health Officer
""")

R("county public health", ["Lucius Ferreira"], r"""
From: {P:Lucius Ferreira} <{EM:lferreira@marioncountyph.org}>
To: {EM:dev@lanternbyte.io}
Subject: vaccine clinic sign-up page leaking?

{P:Dev}, a resident called to say she could see someone else's appointment by changing the number in the URL. She's right. Her link:

{URL:https://clinics.marioncountyph.org/appt/view?id=20934&dob=1972-03-04}

and changing it to 20935 shows Mr. {P:Haverford}'s appointment. (She read me his name, {P:Clement Haverford}.) The resident is {P:Marisela Obuya}, {PH:317.555.0166}.

The site was built by {K:CivicPlus} contractors years ago and runs on {K:IIS 8.5} on {K:mcph-web02} ({K:172.16.4.20}). I've put up a maintenance page. What do we do next — do we need to notify?

{P:Lucius Ferreira}
Public Information Officer
""")

R("county public health", ["Hyacinth Oduro"], r"""
From: {P:Hyacinth Oduro} <{EM:hoduro@bexleycountyhealth.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: WIC appointment reminders

Hi {P:Dev},

The WIC reminder texts stopped on {K:Tuesday}. {K:Twilio} shows error {K:30007} (carrier filtering) for most messages. Example from the log:

2026-02-17 09:00:02 to={PH:+18125550139} participant={P:Leocadia Farrow} wic_id={MEM:WIC-IN-4471902} status=undelivered err=30007
2026-02-17 09:00:02 to={PH:+18125550172} participant={P:Taini Redcloud} wic_id={MEM:WIC-IN-4480015} status=undelivered err=30007

The message template says "Hi [first name], your WIC appt is tomorrow" and I think the carriers flagged it after we added the {K:bit.ly} link. Can you look? Our {K:Twilio} number is a toll-free so maybe it needs verification.

{P:Hyacinth Oduro}
WIC Program Coordinator
""")

R("county public health", ["Sebastián Mwenda"], r"""
From: {P:Sebastián Mwenda} <{EM:smwenda@lakecountyhd.org}>
To: {EM:dev@lanternbyte.io}
Subject: restaurant inspection app - inspectors' devices

{P:dev}, we're replacing the inspectors' tablets. Old ones need to be removed from {K:Jamf}, new ones added. List:

OLD  {K:iPad 8th gen}  serial {DEV:DMPX42K1Q1GC}  ({P:Yolanda Brightman})
OLD  {K:iPad 8th gen}  serial {DEV:DMPX42K7Z9HH}  ({P:Arjun Castellano-Reid})
NEW  {K:iPad 10th gen} serial {DEV:HJ7Q2LW4N3}    -> {P:Yolanda}
NEW  {K:iPad 10th gen} serial {DEV:HJ7Q2LW8C1}    -> {P:Arjun}
NEW  {K:iPad 10th gen} serial {DEV:HJ7Q2LWB7X}    -> {P:Philomena Sturgess} (new hire, starts {D:3/2})

The inspection software is {K:HealthSpace} {K:v2024.3}. {P:Philomena}'s RS license (registered sanitarian) is {LIC:RS-004418} — she needs that on the inspection reports.

thanks
{P:Sebastián}
IT/GIS, Lake County Health Dept.
""")

R("county public health", ["Wendeline Osei"], r"""
From: {P:Wendeline Osei} <{EM:wosei@tristatecountyhealth.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: voicemail transcript — refugee health screening

{P:Dev}, from the refugee health line. The caller's English was limited so the transcript is rough, but we need to know why his record can't be found:

"Hello, my name {P:Abdirahman Warsame}, I come {D:January 8} for the health screening. My alien number {NID:A218-447-903}, birthday {D:1 January 1990}. My caseworker Ms. {P:Halima} at {K:Catholic Charities} say call. My number {PH:(614) 555-0121}. Thank you."

His A-number is how {K:EDN} (the CDC Electronic Disease Notification system) links the overseas exam. I searched {K:EDN} with "{NID:A218447903}" and nothing. Could the importer be stripping the A? Our import job is {K:edn_sync} on {K:phsrv03}.

{P:Wendeline Osei}, RN
Refugee Health Program
""")

# ---------------------------------------------------------------- workers' comp
R("workers comp", ["Montgomery Achterberg"], r"""
From: {P:Montgomery Achterberg} <{EM:machterberg@keystonecompmutual.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: FROI intake — SSN formatting

{P:Dev},

New First Report of Injury intake form is storing SSNs in three different formats, which breaks the state EDI filing ({K:IAIABC} {K:R3.1}). Samples from yesterday:

Claim {MEM:WC-26-004410}: claimant {P:Dashiell Oyinlola}, ssn "{SSN:412-88-0937}"
Claim {MEM:WC-26-004412}: claimant {P:Perpetua Lindahl}, ssn "{SSN:412 90 5521}"
Claim {MEM:WC-26-004415}: claimant {P:Oswin Tremblay-Kaur}, ssn "{SSN:413075538}"

(Claim numbers are ours — the insurer's file numbers, not personal.) Date of injury for {P:Oswin} was {D:02/12/2026}; his employer is {K:Northgate Logistics}.

Can you normalize to 9 digits on save and mask in the UI?

{P:Monty Achterberg}
Claims Systems Lead
{PH:717-555-0150}
""")

R("workers comp", ["Lavender Quist"], r"""
From: {P:Lavender Quist} <{EM:lquist@pinnaclecompservices.com}>
To: {EM:dev@lanternbyte.io}
Subject: vehicle accident claim — plate lookup

{P:Dev}, a delivery driver was rear-ended on the job. Adjuster needs the plate numbers linked in the claim file. From the police report:

Claimant: {P:Evander Oyelaran-Briggs}, policy holder id {MEM:PCS-0094471}
Employer vehicle: {K:Ford Transit} 250, plt {PLT:OH HRZ 4471}
Other vehicle: {K:Nissan Altima}, plt {PLT:OH JQW-2290}, driver {P:Clotilde Ferraro}, DL# {LIC:RQ448120}
Accident: {D:02/03/2026}, {K:I-71} near {K:Columbus}

The other driver's insurer is {K:State Farm}, their claim # is {MEM:35-88C1-09Q} (that's their file number).

Can you add a "vehicles" subform? We're on {K:Guidewire ClaimCenter} {K:10.2}.

{P:Lavender Quist}
Senior Adjuster
""")

R("workers comp", ["Horace Ndiaye"], r"""
From: {P:Horace Ndiaye} <{EM:hndiaye@summitworkcomp.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: RE: medical bill review — provider license field
Date: Wed, 18 Feb 2026 10:12:44 -0500

{P:Dev},

Follow-up. The bill review vendor wants the treating provider's license on each bill, not just NPI. For the current claims:

- Dr. {P:Rafferty Oyelowo}, orthopedics — NPI {LIC:1669573024}, PA lic. {LIC:MD448120}
- {P:Tamsin Achebe-Lloyd}, PT — NPI {LIC:1033297841}, PT license {LIC:PT-021774}
- {P:Ulrich Brannigan}, DC — lic no. {LIC:DC004417}

Claimant for all three is {P:Marguerite Doyle-Sandoval}, claim {MEM:SWC-2025-118832}, injured worker ID {MEM:IW-00448213}.

The vendor is {K:Mitchell}, their job number {K:MJ-7741}.

> -----Original Message-----
> From: {P:Dev}
> Sent: Tuesday, February 17, 2026 4:40 PM
> Which field do they want it in? {K:Box 24J}?

Yes, {K:Box 24J} / {K:loop 2310B}.

{P:Horace}
""")

R("workers comp", ["Ysabel Moreau"], r"""
From: {P:Ysabel Moreau} <{EM:ymoreau@granitestatecomp.com}>
To: {EM:dev@lanternbyte.io}
Subject: claimant portal login abuse

{P:Dev}, someone is trying to log into claimant accounts. {K:Azure AD B2C} sign-in log:

2026-02-18 22:14:03 upn=claimant-{MEM:GS44812} ip={IP:91.203.145.12} fail
2026-02-18 22:14:09 upn=claimant-{MEM:GS44813} ip={IP:91.203.145.12} fail
2026-02-18 22:15:40 upn=claimant-{MEM:GS44812} ip={IP:24.61.190.202} success

The success one is the real claimant, {P:Leopold Marchetti-Abara}, logging in from home — his ip is in our notes from last month. The 91.x one should be blocked. Our app gateway is {K:appgw-claims-prod} ({K:20.81.44.12}).

Please don't lock {P:Leopold} out, he gets his TTD check info from the portal and he's had a rough month.

{P:Ysabel}
IT Security, Granite State Comp
""")

R("workers comp", ["Roderick Oyama"], r"""
From: {P:Roderick Oyama} <{EM:royama@heartlandcompins.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: nurse case manager notes - export for a hearing

{P:Dev},

We have a hearing on {K:March 4} and the attorney wants the nurse case manager notes for one claimant exported with the header info intact. Claimant is {P:Bettina Fairclough-Ames}; her claim number is {MEM:HCI-WC-0044712} and our adjuster is {P:Cyrus}. Her treating doctor's notes reference her hospital MRN {MRN:STL-8820147} at {K:Mercy}.

Nurse case manager is {P:Philippa Orr}, RN, license {LIC:RN 2009033417} (Missouri).

Export format: PDF, bates-stamped starting at {K:HCI-000001}. Attorney's office is {P:Kwabena Ashford-Lyle}'s at {ADDR:1 N Brentwood Blvd, Suite 900, St. Louis}, MO {ZIP:63105}.

Thanks,
{P:Rod Oyama}
Claims Manager
""")
# ---------------------------------------------------------------- HR / payroll
R("HR/payroll", ["Gwendolyn Osterhout"], r"""
From: {P:Gwendolyn Osterhout} <{EM:gosterhout@ledgerlinepayroll.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: W-2 reissue batch — SSN corrections

{P:Dev},

We have W-2c corrections for a client ({K:Birchfield Manufacturing}). Employees gave us corrected SSNs after the {K:January 31} filing. Please update them in {K:PayrollPro} and queue W-2c forms:

EmpID   | Name                    | Old SSN       | Corrected SSN
{ACC:BF-0412} | {P:Cyprian Wojciechowski}   | {SSN:318-40-2291}   | {SSN:318-40-2219}
{ACC:BF-0477} | {P:Jemima Okafor-Stiles}    | {SSN:402-77-1180}   | {SSN:402-71-1180}
{ACC:BF-0503} | {P:Thorne Valdivia}         | {SSN:520 88 4437}   | {SSN:520 88 4473}

The {K:SSA BSO} upload is due by {K:end of month}. Our EFW2 submitter id is {K:LLP-SUB-02} — that's the company's, not a person's.

Thanks,
{P:Gwen}
Payroll Services Manager, LedgerLine
{PH:(616) 555-0106}
""")

R("HR/payroll", ["Ashok Venkataraman"], r"""
From: {P:Ashok Venkataraman} <{EM:ashok@northstarhrbureau.ca}>
To: {EM:dev@lanternbyte.io}
Subject: Canadian hires — SIN + direct deposit

Hi {P:Dev},

Two new hires at our {K:Winnipeg} client. Please add to {K:Ceridian Dayforce} via the import file:

1. {P:Mireille Tremblay-Okoye}
   SIN: {NID:046 454 286}
   DOB: {D:1993-08-21}
   Bank: institution {K:001}, transit {ACC:00011}, account {ACC:1234-567}  (she's with {K:BMO})
   Start date: {D:March 2, 2026}

2. {P:Caedmon Larocque}
   Social Insurance Number {NID:130-692-544}
   Account no. {ACC:5019283}, transit {ACC:04512}, inst. {K:003}
   Start: {D:March 9}

{P:Caedmon} is a rehire — his previous employee number was {ACC:NS-20177}, please reuse it if the system allows. Province {K:Manitoba}, pay group {K:MB-BIWEEKLY}.

{P:Ashok Venkataraman}, CPP
NorthStar HR Bureau
""")

R("HR/payroll", ["Friederike Albrecht"], r"""
From: {P:Friederike Albrecht} <{EM:f.albrecht@lohnbuero-albrecht.de}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: Lohnabrechnung – Import fehlgeschlagen / payroll import failed

Hallo {P:Dev},

the {K:DATEV} import failed again with {K:"Fehler 10021: Steuer-ID ungültig"}. Here are the three rows it complains about:

Personalnr.;Name;Steuer-ID;SV-Nummer;IBAN
{ACC:10044};{P:Wenzel, Ottokar};{NID:57 549 285 017};{NID:65 170839 W 011};{IBAN:DE?? 5001 0517 5407 3249 31}
{ACC:10051};{P:Brandauer, Leonie};{NID:81 872 495 633};{NID:12 250590 B 508};{IBAN:DE?? 1203 0000 0000 2020 51}
{ACC:10063};{P:Yildirim, Cem};{NID:36 574 261 809};{NID:23 031288 Y 017};{IBAN:DE?? 7601 0085 0012 3456 78}

I think the import strips the spaces wrong. Frau {P:Brandauer} starts on {D:01.03.2026} so her first payslip is due end of March.

Viele Grüße
{P:Friederike Albrecht}
Lohnbüro Elbufer, {K:Hamburg}
""")

R("HR/payroll", ["Tiberius Acheampong"], r"""
From: {P:Tiberius Acheampong} <{EM:tiberius@cornerstonepeo.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: employee self-service — suspicious direct deposit change

{P:Dev}, urgent. Someone changed an employee's direct deposit in the self-service portal on {K:Sunday} night. Audit trail:

2026-02-15 23:41:10 emp={ACC:CP-88412} ({P:Lorelei Whitcombe}) login ip={IP:102.89.33.140} mfa=SMS
2026-02-15 23:42:55 emp={ACC:CP-88412} change direct_deposit -> new acct {ACC:9100284471390}
2026-02-16 08:15:22 emp={ACC:CP-88412} login ip={IP:68.37.201.15} (her usual)

{P:Lorelei} says she didn't do it and her phone number on file ({PH:248-555-0131}) got SIM-swapped. Please freeze the new account before Friday's payroll run ({K:run #2026-07}), and send me the full session details for the 102.x IP. Our portal is {K:isolved People Cloud}.

{P:Tiberius}
Compliance, Cornerstone PEO
""")

R("HR/payroll", ["Odette Rainier-Kwan"], r"""
From: {P:Odette Rainier-Kwan} <{EM:odette@paysmartbureau.com}>
To: {EM:dev@lanternbyte.io}
Subject: Fwd: garnishment order
Date: Mon, 16 Feb 2026 09:30:11 -0600

fyi {P:dev}, need a new deduction code for this one.

----- Forwarded Message -----
From: {P:Benedikt Hallgrimsson} <{EM:bhallgrimsson@marshallcountyclerk.gov}>
Sent: Friday, February 13, 2026 3:55 PM
To: {EM:payroll@paysmartbureau.com}
Subject: garnishment order

Re: Income Withholding Order, Case No. {K:2025-DR-004412}
Obligor: {P:Fenwick Abernathy-Cole}, SSN {SSN:331-06-8812} (per the attached order)
Employer: {K:Riverside Fabrication} (your client)
Employee ID at employer: {ACC:RF-3391}
Withhold {K:$412.00} per pay period beginning {D:March 1, 2026}.
Remit to: {K:Iowa Collection and Reporting}, case ID on the check.

{P:Benedikt Hallgrimsson}
Deputy Clerk
{PH:641-555-0190}

{P:Odette}
""")

# ---------------------------------------------------------------- immigration law
R("immigration law", ["Esperanza Valderrama"], r"""
From: {P:Esperanza Valderrama} <{EM:evalderrama@valderramaimmigration.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: case tracker not pulling USCIS status

{P:Dev},

The case tracker stopped updating from the {K:USCIS} case status API. Receipt numbers themselves are fine; here are clients whose matters are affected (I'm including A-numbers because that's how the tracker links them):

Client                     A-Number        Receipt #        Form
{P:Nkechi Oyelaran-Briggs}     {NID:A-204-771-938}    {K:IOE0912345678}    {K:I-485}
{P:Dmitri Vasilevsky}          {NID:A 213 448 120}    {K:IOE0912349911}    {K:I-765}
{P:Teodora Marinescu-Hale}     {NID:A201993047}       {K:EAC2590112233}    {K:I-130}

The tracker's error is {K:"HTTP 429 Too Many Requests"}. Did the new polling schedule go live? It should be every {K:6 hours} not every {K:5 minutes}.

{P:Esperanza}
Managing Attorney
""")

R("immigration law", ["Caoimhe Abara"], r"""
From: {P:Caoimhe Abara} <{EM:caoimhe@bridgepointlegal.org}>
To: {EM:dev@lanternbyte.io}
Subject: passport scans in intake — please check OCR

{P:Dev} — our intake OCR misreads passport numbers. Example from today's intake batch ({K:batch 118}):

{P:Oluwadamilare Fashola}: OCR read "{NID:A0l928374}", actual passport no. {NID:A01928374} (Nigeria), DOB {D:17 JUN 1989}
{P:Ximena Cárdenas Ruiz}: OCR read "{NID:G4471Z08}" — actual is {NID:G44712908} (Mexico); her CURP is {NID:CARX900412MJCRZM05}
{P:Sione Tupou}: passport {NID:E1180473}, correct

The OCR engine is {K:ABBYY FineReader Engine 12}. The mistakes are all O/0 and l/1 confusion. Could we add a check-digit validation on the MRZ line?

{P:Caoimhe Abara}
Paralegal, BridgePoint Legal Aid
{PH:(773) 555-0140}
""")

R("immigration law", ["Rashid Al-Hamadani"], r"""
From: {P:Rashid Al-Hamadani} <{EM:rashid@alhamadanilaw.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: client portal upload links

{P:Dev},

Clients upload documents through unique links. One client says her link shows another person's documents. Her link:
{URL:https://portal.alhamadanilaw.com/u/clients/7731/docs?key=Rk9Xx1Lq0Zs8}
The other person's folder is 7732, which belongs to {P:Yohannes Gebremariam}.

The client is {P:Soraya Nazari} (A# {NID:A219004417}); her I-589 asylum filing is due {K:March 10} and she's very worried her documents were seen. She called from {PH:+1 571 555 0176}.

We use {K:Clio Manage} for matters and the portal is a custom {K:Laravel} app you built on {K:portal-prod-01}. Please check the access control on the /u/clients/ route and let me know today.

{P:Rashid Al-Hamadani}, Esq.
""")

R("immigration law", ["Marisol Ekwueme"], r"""
From: {P:Marisol Ekwueme} <{EM:mekwueme@crossroadsimmigration.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: RE: I-9 / E-Verify for our own staff
Date: Tue, 17 Feb 2026 10:05:47 -0500

{P:Dev},

Yes, the two new staff. For the {K:E-Verify} case creation:

{P:Haruto Ishikawa-Benn} — SSN {SSN:611-29-4038}, passport {NID:TZ1184726} (Japan), I-94 {NID:345678901A3}, hire date {D:02/09/2026}
{P:Adaeze Nwosu-Pritchard} — social security no. {SSN:587 33 9102}, hire date {D:02/16/2026}

{K:E-Verify} returned {K:"Tentative Nonconfirmation (TNC)"} for {P:Haruto} — I think because his name is hyphenated and SSA has it without the hyphen. Company ID for E-Verify is {K:1448120} (the firm's, not his).

> On Tue, Feb 17, 2026 at 9:12 AM {P:Dev} wrote:
> Send me their details and I'll create the cases from the HR side.

{P:Marisol}
Office Administrator
""")

R("immigration law", ["Pieter van der Walt"], r"""
From: {P:Pieter van der Walt} <{EM:pvdwalt@vanderwaltmigration.com}>
To: {EM:dev@lanternbyte.io}
Subject: voicemail — detained client family

{P:Dev}, this came in on the after-hours line ({K:Google Voice}). Can you make sure these get into the case system? Transcript:

"Hi, yes, this is {P:Lupita Saldívar}, I'm calling for my brother {P:Efraín Saldívar Ochoa}, he was picked up by ICE yesterday, {D:February 15th}. His A number is {NID:A-087-334-219}, the officer wrote it on a paper. He was born {D:March 3, 1985}. My phone is {PH:956-555-0128}, I'm at {ADDR:1417 Calle Amapola, Brownsville}, Texas {ZIP:78520}. Please call me, he has a hearing I think."

Detention locator shows him at {K:Port Isabel}. The matter number should be {K:2026-IMM-0093}.

{P:Pieter van der Walt}
Attorney
""")

# ---------------------------------------------------------------- credit union
R("credit union", ["Harriet Oyelaran"], r"""
From: {P:Harriet Oyelaran} <{EM:hoyelaran@tricountyfcu.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: card fraud alert export — formatting

{P:Dev},

The fraud alert export from {K:Symitar} to our card processor ({K:PSCU}) is dropping leading zeros on member numbers. Here's today's file, first rows:

member_no,name,card_number,alert_code,amount
{ACC:0004418827},{P:Florizel Banerjee-Wynn},{CARD:4147 2021 8830 741?},{K:FRD-07},{K:$842.19}
{ACC:0003990012},{P:Osgood Thackeray},{CARD:5412750044179204?},{K:FRD-02},{K:$59.00}
{ACC:0004501173},{P:Winnifred Achebe},{CARD:4000-1229-3381-076?},{K:FRD-07},{K:$1,300.00}

In the file PSCU receives, the member_no shows as "4418827" etc. Also the card numbers should not be in plain text at all, I know — {K:PCI DSS} {K:req. 3.4}. Can we mask to last four before export?

{P:Harriet Oyelaran}
Card Services Supervisor, TriCounty FCU
{PH:(608) 555-0112}
""")

R("credit union", ["Emeric Stavropoulos"], r"""
From: {P:Emeric Stavropoulos} <{EM:emeric@harborpointcu.com}>
To: {EM:dev@lanternbyte.io}
Subject: online banking — account takeover attempt

{P:Dev},

Online banking ({K:Q2}) flagged a login from overseas for one of our members. Log:

2026-02-16T02:44:18Z member={ACC:88120447} user=hpfcu_20931 ip={IP:196.251.73.18} geo=NG result=OTP_SENT
2026-02-16T02:45:02Z member={ACC:88120447} user=hpfcu_20931 ip={IP:196.251.73.18} result=OTP_OK
2026-02-16T02:46:30Z member={ACC:88120447} transfer to ext acct {ACC:021000089-7730012281} amount=4,900.00 status=HELD

Member is {P:Wynona Tillinghast}, 78, lives in {K:Gloucester}, and she's never traveled. I put a hold. Her normal login IP is {IP:73.114.22.208}. Our {K:Q2} admin console is at {K:q2admin.harborpointcu.com}.

Can you pull the device fingerprint from the session and send it to {K:BSA Officer} mailbox?

{P:Emeric Stavropoulos}
Digital Banking Manager
""")

R("credit union", ["Philippa Zdanowicz"], r"""
From: {P:Philippa Zdanowicz} <{EM:pzdanowicz@prairieharvestcu.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: loan application intake form

Hi {P:Dev}!

The online loan application is saving the SSN field in the "notes" column when people paste it with spaces. Three from this week:

Applicant: {P:Bartholomew Kaczmarek}, SSN entered "{SSN:503 44 1928}", loan # {ACC:LN-2026-00412}, auto loan {K:$24,500}
Applicant: {P:Rosalie Etheridge-Ngata}, SSN entered "{SSN:504-19-7731}", loan # {ACC:LN-2026-00419}
Co-applicant: {P:Ewan Etheridge}, SSN "{SSN:504197743}"

Also {P:Rosalie}'s vehicle is already titled, plate {PLT:SD 4AB 912}, VIN not provided yet. Underwriting uses {K:MeridianLink}. Their support case is {K:ML-00914472}.

Could you also make the form reject anything that isn't 9 digits?

Thanks!
{P:Pippa Zdanowicz}
Lending Ops
""")

R("credit union", ["Marcellus Obi"], r"""
From: {P:Marcellus Obi} <{EM:mobi@riverstonefcu.org}>
To: {EM:dev@lanternbyte.io}
Subject: estatement links expired?

{P:dev},

members are calling about the e-statement emails, link goes to an error page ({K:HTTP 410 Gone}). one member forwarded me hers:

{URL:https://estatements.riverstonefcu.org/view/2026-01/acct/55019284?sig=Yq8Lz2pT4Xv}

member is {P:Ottavia Brannock}, acct {ACC:55019284}. the statement vendor is {K:Fiserv} {K:eStatement Suite}. they rotated a signing key on {K:2/12} i think, and every link sent before that date now fails. the ones sent after work fine. i can't tell members to just wait for march. {P:Ottavia} is patient but Mr. {P:Lindgren} at branch {K:#4} has had {K:30} calls.

{P:Marcellus}
Member Services
""")

R("credit union", ["Yevgenia Morrow"], r"""
From: {P:Yevgenia Morrow} <{EM:ymorrow@keystonecommunitycu.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: Fwd: wire from abroad — IBAN validation
Date: Wed, 18 Feb 2026 13:40:00 -0500

{P:Dev}, can our wire form validate IBANs? This one was typed wrong by staff and the wire bounced.

---------- Forwarded message ---------
From: {P:Alasdair Crombie} <{EM:alasdair.crombie@gmail.com}>
Date: Tue, Feb 17, 2026 at 7:02 PM
Subject: wire from abroad
To: {EM:wires@keystonecommunitycu.org}

Hello,

I'm sending money from my account in Scotland to my own account with you (member {ACC:M-3300917}). The sending account is {IBAN:GB?? NWBK 6016 1331 9268 19}, and my bank there says the wire came back because the beneficiary details were wrong. My credit union account number is {ACC:3300917-01}. Could someone call me on {PH:+44 7700 900461}?

Thank you,
{P:Alasdair}

The {K:SWIFT} code we publish is {K:KCCUUS33} — that one's ours.

{P:Yevgenia}
Wire Room
""")
# ---------------------------------------------------------------- real estate
R("real estate", ["Delphine Achterberg-Cruz"], r"""
From: {P:Delphine Achterberg-Cruz} <{EM:delphine@keyharborrealty.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: showing log + visitor ID scans

{P:Dev},

For the open houses we scan driver's licenses at the door (seller's request after a theft). The scanner app ({K:Spacio}) export looks like this — can you get it into our CRM without the full DL numbers showing to everyone in the office?

Visitor                DL #            State   Car plate
{P:Tarquin Oyelowo}        {LIC:D412-8830-1177}   {K:MD}      {PLT:8EL2291}
{P:Bellamy Hartigan}       {LIC:H55019283}        {K:VA}      {PLT:UXR-4471}
{P:Saffron Kilgallen}      {LIC:K-220-449-118}    {K:MD}      {PLT:3CF 8820}

Open house was at {ADDR:4102 Tulip Tree Ct, Bethesda}, MD {ZIP:20814} on {K:Sunday} {K:1–4 PM}. Listing is {K:MLS# MDMC2114470} (that's the MLS listing id, public).

{P:Saffron} is actually a buyer-side realtor from {K:Compass}, so she's fine. Our CRM is {K:Follow Up Boss}.

{P:Delphine}
Key Harbor Realty
{PH:301-555-0118}
""")

R("real estate", ["Cornelius Ayodele"], r"""
From: {P:Cornelius Ayodele} <{EM:cornelius@ayodelehomes.com}>
To: {EM:dev@lanternbyte.io}
Subject: earnest money wire instructions — someone spoofed us

{P:dev} call me asap. a buyer almost wired earnest money to a fake account. the spoofed email came from "ayodelehornes.com" (rn instead of m). buyer is {P:Priyanka Deshpande-Moor}, she forwarded it.

fake instructions said: acct {ACC:2291044817}, routing {ACC:121000248}
our real escrow acct is {ACC:4400917263} at {K:First American Title}

she clicked a link in the fake email too: {URL:https://docs-share.ayodelehornes.com/wire/confirm?u=pdeshpande&ref=88213}

we need to check if her login to our transaction portal got phished, her user is {EM:priyanka.dm@icloud.com}. her last login ip was {IP:108.28.174.9}. the closing is {K:March 6} on {ADDR:19 Sandpiper Way, Naples}, FL {ZIP:34102}.

{K:Dotloop} support ticket {K:DL-447120}.

{P:Cornelius Ayodele}
Broker/Owner
{PH:(239) 555-0104}
""")

R("real estate", ["Isadora Penhaligon"], r"""
From: {P:Isadora Penhaligon} <{EM:isadora@coastlinepm.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: tenant screening — application data in the wrong place

Hi {P:Dev},

Our rental application form ({K:AppFolio}) is fine, but the PDF copy we save to {K:SharePoint} has the SSN and DL in the file name!! Example file names from the {K:Applications 2026} folder:

{P:Magnusson_Eira}_{SSN:621-38-4490}_{LIC:M2255-09183}.pdf
{P:Oduya_Benedict}_{SSN:619-27-3315}_{LIC:O1187-40027}.pdf

Can you rename them to the application number only (e.g. {K:APP-2026-0133})? And audit who opened them. Unit applied for: {ADDR:711 Ocean Ave, Unit 3C, Santa Monica}, CA {ZIP:90402}. {P:Eira Magnusson}'s application was approved on {D:2/10}; {P:Benedict} is still pending his landlord reference from {P:Gus Trevelyan} at {PH:(310) 555-0165}.

Thanks,
{P:Isadora}
Property Manager
""")

R("real estate", ["Ansel Moreau-Dlamini"], r"""
From: {P:Ansel Moreau-Dlamini} <{EM:ansel@summitviewrealestate.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: new realtor onboarding

{P:Dev} — new realtor joining, please set her up:

Name: {P:Rosalind "Roz" Featherstone}
Real estate license: {LIC:SA.0712094} (Nevada)
Personal email: {EM:roz.featherstone@gmail.com}
Cell: {PH:702.555.0187}
Company laptop assigned: {K:MacBook Air M3}, serial {DEV:C02XG4L7JHD5}
Her iPhone for the MDM profile: IMEI {DEV:356938035643809}

{P:Roz} will be on the {K:Henderson} team under {P:Barnaby}. Desk {K:14} on the {K:3rd floor}. She needs {K:Lone Wolf}, {K:Matrix MLS} and the shared {K:Listings} mailbox. License renewal is {K:2027}, we track that in {K:BrokerSumo}.

{P:Ansel Moreau-Dlamini}
Managing Broker, Summit View Real Estate
""")

R("real estate", ["Genevieve Okoro"], r"""
From: {P:Genevieve Okoro} <{EM:genevieve@hearthstonerealtygroup.com}>
To: {EM:dev@lanternbyte.io}
Subject: lockbox access codes log

{P:dev}, the seller at one of our listings says someone entered the house at night. {K:SentriLock} log from the listing:

02/14 21:40  lockbox {K:SL-4471902}  opened by realtor {P:Ferris Oduya} ({LIC:RS.0188213}) via app, phone ip {IP:172.58.44.201}
02/14 22:05  lockbox {K:SL-4471902}  closed
02/15 10:00  lockbox {K:SL-4471902}  opened by realtor {P:Wren Castellane} ({LIC:RS.0201774})

{P:Ferris} says he wasn't there on Valentine's night. Seller is Mrs. {P:Hollis Branford}, {ADDR:6 Old Orchard Ln, Fairfield}, CT {ZIP:06824}. The lockbox serial is the brokerage's, that's fine to share. {K:SentriLock} case {K:SLK-99012}.

{P:Genevieve}
Office Admin
""")

# ---------------------------------------------------------------- tutoring
R("tutoring", ["Bartholomew Nakashima"], r"""
From: {P:Bartholomew Nakashima} <{EM:bart@brightpathtutoring.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: failed payments — card update emails

{P:Dev},

{K:Stripe} failed three recurring tutoring payments this morning. The parents called back and read me their cards, I typed them into this email which I'll delete after:

Parent                  Student          Card
{P:Ingrid Solvang-Park}     {P:Tove}             {CARD:4929 1038 7726 410?}
{P:Emmanuel Asante-Frey}    {P:Kojo}             {CARD:5425 2334 3010 990?}
{P:Delia Montcrieff}        {P:Imogen}           {CARD:3782 822463 1000?}

Plans are {K:$320/month} ({K:8 sessions}), {K:$160/month} and {K:$480/month}. The {K:Stripe} test card {K:4242 4242 4242 4242} still goes through fine in test mode so it's just real cards failing. Decline code {K:"authentication_required"}.

{P:Bart}
Owner, BrightPath Tutoring
""")

R("tutoring", ["Saoirse Oyelaran"], r"""
From: {P:Saoirse Oyelaran} <{EM:saoirse@mathmentorsacademy.com}>
To: {EM:dev@lanternbyte.io}
Subject: zoom links for students

hi {P:dev}!! the {K:Zoom} links in the parent portal are the personal meeting links of tutors, which we said we wouldn't do. e.g. for {P:Felix}'s sessions with {P:Marguerite} the link is

{URL:https://us06web.zoom.us/j/8813370442?pwd=bG9uZ0tva2VuWm9vbQ}

and anyone who has it can join her room anytime. {P:Marguerite Thistlewood} teaches {K:algebra 2} tuesdays and thursdays. could the portal generate a meeting per session instead? we have {K:Zoom Pro} with {K:9} licenses.

also {P:felix}'s mom ({P:Aurelia Brandt-Okafor}) asked for the session recordings, her email is {EM:aurelia.bo@hotmail.com}.

thx!
{P:saoirse}
""")

R("tutoring", ["Mortimer Quaye"], r"""
From: {P:Mortimer Quaye} <{EM:mquaye@ascendlearningcenter.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: Chromebooks for the SAT prep room

{P:Dev}, new Chromebooks for the {K:SAT prep} room ({K:Room 6}), and two loaned to students for home use. Please enroll in {K:Google Admin}:

Device            | Serial         | MAC address        | Assigned
{K:Acer C734}         | {K:NXK0WAA00134}   | {K:f4:4d:30:11:2a:90}  | {K:Room 6 cart}
{K:Acer C734}         | {DEV:NXK0WAA00187}   | {DEV:f4:4d:30:11:2b:17}  | {P:Desmond Achterberg} (home loan)
{K:Acer C734}         | {DEV:NXK0WAA00201}   | {DEV:f4:4d:30:11:2b:c4}  | {P:Leilani Kahananui} (home loan)

The cart ones aren't assigned to anyone so those are fine. {P:Desmond}'s mom signed the loan agreement on {D:2/17}; {P:Leilani}'s dad ({P:Keoni Kahananui}) still needs to sign. The loaner policy is in the {K:Front Desk} shared drive.

{P:Mortimer}
Center Director
""")

R("tutoring", ["Priya Fairbrother"], r"""
From: {P:Priya Fairbrother} <{EM:priya@readwelltutoring.com}>
To: {EM:dev@lanternbyte.io}
Subject: Fwd: progress report link
Date: Thu, 19 Feb 2026 18:02:33 -0800

{P:Dev}, parent says the progress report link shows someone else's kid. help!

---------- Forwarded message ---------
From: {P:Ambrose Kettering} <{EM:ambrose.kettering@comcast.net}>
Date: Thu, Feb 19, 2026 at 5:40 PM
Subject: progress report link
To: {EM:hello@readwelltutoring.com}

Hi,

I clicked the progress report link you sent for my son {P:Rufus} ({URL:https://reports.readwelltutoring.com/r/stu-30442/2026-02?t=9f2c7a1b}) and it shows a report for a girl named {P:Oona}. Her last name was on it too, {P:Oona Wycliffe-Bose}. Not great. I logged in from home ({IP:67.180.33.214}) if that helps.

{P:Ambrose}

---
{P:Priya Fairbrother}
ReadWell Tutoring, {K:San Jose}
""")

R("tutoring", ["Lucan Obuya"], r"""
From: {P:Lucan Obuya} <{EM:lucan@scholarsedgetutors.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: tutor payouts + W-9 info

{P:Dev},

Tutor payouts run through {K:Gusto} but two contractors' bank details bounced. Info from their W-9s and direct deposit forms:

{P:Henrike Abernathy}: SSN {SSN:289-42-7710}, acct {ACC:7700192834}, routing {ACC:044000037} ({K:Chase})
{P:Teodoro Quintanilla}: TIN/SSN {SSN:290 58 1163}, checking acct #{ACC:0011928340}

Bounce code was {K:R03} ("No account/unable to locate") for {P:Henrike} and {K:R04} for {P:Teodoro}. {K:Gusto} case {K:GUS-2291877}. February payout total is {K:$6,240.00} for {K:11} tutors.

Thanks,
{P:Lucan}
Operations, Scholar's Edge
""")

# ---------------------------------------------------------------- church office
R("church office", ["Augustina Mbeki"], r"""
From: {P:Augustina Mbeki} <{EM:pastor@stmatthiaslutheran.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: online giving — donor card numbers in the export?

{P:Dev},

Our treasurer ({P:Wendell Oyelaran}) noticed the giving export from {K:Tithe.ly} has full card numbers in one column. That can't be right. A few rows:

Donor, Fund, Amount, Card
{P:Hester Lindqvist}, {K:General Fund}, {K:$200.00}, {CARD:4556 7375 8689 980?}
{P:Joy Okwuosa}, {K:Building Fund}, {K:$50.00}, {CARD:5105 1051 0510 510?}
{P:Amos} & {P:Ruth Pelletier}, {K:Missions}, {K:$125.00}, {CARD:6011 5144 3300 871?}

We'd like only the last four. Also the report header says "{K:Joy} to the World Christmas Offering" from December, can that be removed?

Blessings,
Pastor {P:Augustina}
St. Matthias Lutheran Church
""")

R("church office", ["Dorcas Vanterpool"], r"""
From: {P:Dorcas Vanterpool} <{EM:office@gracefellowshiptn.org}>
To: {EM:dev@lanternbyte.io}
Subject: parking lot permits for the school week

hi {P:dev}, our church lot is shared with the preschool during the week. the preschool wants a list of parents' plates so the towing company leaves them alone. from the signup sheet:

{P:Lamar Featherstone} — {PLT:TN 7Y4-K29}
{P:Honeysuckle Briggs} — {PLT:BKW-4471}
{P:Efua Mensah} — {PLT:2J8 0Q1}
{P:Ignatius Pole} — plate number {PLT:TN 88R-Q02}

{K:Grace Fellowship} is the church name (not a person lol). The towing company is {K:Volunteer Towing}, their dispatcher line is {PH:615-555-0197}. can you put the list into the permits page on our website ({K:Squarespace}) but password-protected?

{P:Dorcas}
church secretary
""")

R("church office", ["Oswaldo Benedetti"], r"""
From: {P:Oswaldo Benedetti} <{EM:frbenedetti@sacredheartparish.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: sacramental records database

{P:Dev},

We're digitizing the baptism register into {K:ParishSOFT}. I'd like the import to handle these fields. Sample from the {K:1962} book:

Name                       Baptized      Born          Parents
{P:Raimundo Esposito-Quinn}    {D:14 Apr 1962}   {D:2 Mar 1962}    {P:Salvatore} & {P:Philomena Esposito}
{P:Concetta Marchetti}         {D:21 Apr 1962}   {D:30 Mar 1962}   {P:Aldo} & {P:Carmela Marchetti}

For living parishioners who request certificates we also ask for the parish member number, e.g. Mrs. {P:Marchetti} is member {ACC:SH-004418}. Our diocese is the {K:Diocese of Providence} and the parish code is {K:PRV-118}.

Father {P:Oswaldo}
Pastor, Sacred Heart Parish
""")

R("church office", ["Ingeborg Halvorsen"], r"""
From: {P:Ingeborg Halvorsen} <{EM:kasserer@nordkirken-bergen.no}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: member dues by direct debit — IBANs

Hi {P:Dev},

Our congregation in {K:Bergen} collects member contributions by direct debit, and some of our members live in other countries. The import from the member list fails for non-Norwegian IBANs. Rows that failed:

{P:Solveig Aasen}, {IBAN:NO?? 8601 1117 947}
{P:Jean-Baptiste Moreau-Lund}, {IBAN:FR?? 3000 6000 0112 3456 7890 189}
{P:Annika Schwarzkopf}, {IBAN:DE?? 2004 1010 0505 0001 31}

The error is {K:"IBAN length invalid for country"} — I think the validator only knows NO (15 characters). We use {K:ChurchDesk}. {P:Solveig}'s is the only one that's Norwegian and it also fails, so maybe the spaces?

Takk,
{P:Ingeborg Halvorsen}
Treasurer
""")

R("church office", ["Tobiah Winterbourne"], r"""
From: {P:Tobiah Winterbourne} <{EM:tobiah@cornerstonebaptist.org}>
To: {EM:dev@lanternbyte.io}
Subject: benevolence fund requests — form security

{P:Dev},

The benevolence request form on our site asks for a lot of info and I'm worried about where it's stored. Two requests this week (I'm copying from the notification email):

Name: {P:Marvella Odum}
Address: {ADDR:2210 Dogwood Dr, Apt 14, Macon}, GA {ZIP:31204}
Need: rent assistance, {K:$650}
Utility account # (Georgia Power): {ACC:8840-1192-03}
Phone: {PH:478-555-0102}

Name: {P:Jericho Vance}
Need: car repair ({K:$420})
Plate (for the mechanic): {PLT:GA RJK4471}

The form is a {K:Jotform} embed. Submissions go to the {K:Deacons} mailbox and I think also sit in Jotform forever. The Jotform account is on the {K:Bronze} plan.

{P:Tobiah}
Church Administrator
""")

# ---------------------------------------------------------------- small hotel
R("small hotel", ["Annelise Marchbanks"], r"""
From: {P:Annelise Marchbanks} <{EM:annelise@theharborlightinn.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: guest card vault migration

{P:Dev},

We're moving from {K:innRoad} to {K:Cloudbeds}. Before you migrate, can you check these reservations with cards that failed tokenization?

Res #      Guest                   Card                  Exp
{K:HL-88213}   {P:Thaddeus Ormsby}         {CARD:4485 2847 1199 350?}   06/27
{K:HL-88217}   {P:Caridad Villaseñor}      {CARD:5379 8840 1276 015?}   02/28
{K:HL-88230}   {P:Fergus MacAlister}       {CARD:3714 496353 9843?}     10/26

Reservation numbers are ours. Mr. {P:Ormsby} checks in {D:Feb 27} for {K:3} nights, {K:Room 12}, and always asks for the parking space — his plate is {PLT:ME 4471-KR}. Rate {K:$219/night}.

The {K:Cloudbeds} migration ticket is {K:CB-1180044}.

{P:Annelise}
Innkeeper, The Harbor Light Inn
{PH:207-555-0151}
""")

R("small hotel", ["Rafael Oyenuga"], r"""
From: {P:Rafael Oyenuga} <{EM:rafael@posadadelsolsf.com}>
To: {EM:dev@lanternbyte.io}
Subject: guest wifi abuse report from ISP

{P:Dev}, our ISP ({K:Comcast Business}) sent a DMCA/abuse notice for our guest wifi. Their notice says the traffic came from our public IP {K:50.203.118.6} at {K:02:14 UTC} on {K:2/16}. Our {K:UniFi} controller shows which guest device it was:

client mac {DEV:7a:1c:e3:40:92:bb}  hostname "{K:Galaxy-S23}"  ip {IP:10.50.0.143}  room {K:204}  portal login: {P:K. Ravindranath}
client mac {DEV:b2:5f:09:77:ce:1d}  hostname "{K:iPad}"        ip {IP:10.50.0.151}  room {K:204}  portal login: {P:K. Ravindranath}

The guest in {K:204} that night was {P:Kavitha Ravindranath}. Do I have to give the ISP her name? I'd rather not. Can we add a bandwidth limit per room on the {K:USG Pro 4}?

{P:Rafael}
Posada del Sol, {K:San Francisco}
""")

R("small hotel", ["Margit Szabó"], r"""
From: {P:Margit Szabó} <{EM:margit@alpenblickpension.at}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: Meldezettel / guest registration export

Hi {P:Dev},

The police guest registration (Meldezettel) needs passport numbers for non-EU guests. The export from our PMS ({K:Protel Air}) for last week:

Gast | Nationalität | Reisepass-Nr. | Geburtsdatum | Anreise
{P:Yuki Tanabe-Moreau} | JP | {NID:TR8840219} | {D:12.09.1986} | {D:09.02.2026}
{P:Oluwaseyi Adebanjo} | NG | {NID:B04418273} | {D:30.01.1979} | {D:10.02.2026}
{P:Caio Figueiredo} | BR | {NID:FX774012} | {D:05.05.1995} | {D:12.02.2026}

Our municipality ({K:Gemeinde Lech}) uses the {K:AVS} system. The upload keeps failing with {K:"Feld 7 ungültig"}. I think it's the date format. Also Mr. {P:Figueiredo} paid with card {CARD:4024 0071 8834 112?} and asked for an invoice to his company ({K:Rechnung 2026-0044}).

Danke,
{P:Margit}
""")

R("small hotel", ["Hollis Pennywhistle"], r"""
From: {P:Hollis Pennywhistle} <{EM:hollis@thewillowbrookmotel.com}>
To: {EM:dev@lanternbyte.io}
Subject: check-in kiosk photos of IDs

{P:Dev},

The self check-in kiosk ({K:Virdee} model {K:VK-200}) is saving photos of guests' driver's licenses to the shared folder {K:\\frontdesk-pc\kiosk} in plain view. Files from last night:

kiosk_20260218_2231_{P:VANTERPOOL_DESMOND}_{LIC:V412-7718-2290}.jpg
kiosk_20260218_2340_{P:ABARA_CHIOMA}_{LIC:A0918-22713}.jpg

Also the kiosk records the guest's plate for the lot: {PLT:IL DJ 44712} and {PLT:IN 226QXR}. I need this folder locked down so only {P:Marisa} and I can see it, and the photos should auto-delete after {K:30} days. Our policy says {K:7}.

{P:Hollis Pennywhistle}
General Manager, Willowbrook Motel, {K:Gary}
""")

R("small hotel", ["Ottoline Brisbois"], r"""
From: {P:Ottoline Brisbois} <{EM:ottoline@lecoteauhotel.fr}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: réclamation client / guest complaint — double charge

Bonjour {P:Dev},

A guest was charged twice. Details from the booking engine ({K:D-EDGE}):

Client : M. {P:Hippolyte Garnier-Nkosi}
Numéro de sécurité sociale (he gave it on the form, I don't know why): {NID:1 78 04 75 114 052 36}
Carte : {CARD:4970 1012 3456 789?}
Séjour : {D:14–16 février}
Montant : {K:€412,00} ×2
Lien de réservation : {URL:https://booking.lecoteauhotel.fr/manage/R-448120?email=hgarnier%40orange.fr}

The {K:Worldline} terminal shows two authorisations ({K:auth 004471} and {K:auth 004472}). Can you refund one via the API? The ticket with Worldline is {K:WL-20260217-118}.

Merci,
{P:Ottoline}
Réception, Hôtel Le Coteau
""")
# ---------------------------------------------------------------- top-up records
R("behavioral health", ["Imogen Achterberg-Flint"], r"""
From: {P:Imogen Achterberg-Flint} <{EM:imogen@tidewaterpsych.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: intake paperwork links — who opened what

{P:Dev},

We send new clients three links before their first appointment. For one client we need to prove she received them (insurance dispute). Could you pull the access logs?

- scheduling: {URL:https://calendly.com/tidewater-intake/60min?name=Rosalba%20Quattrone&email=rquattrone%40gmail.com}
- consent packet: {URL:https://app.docusign.com/documents/details/7f3e2a10-44c1-4b8e-9d21-88213ab0c7e4}
- questionnaire: {URL:https://tidewaterpsych.intakeq.com/new/RQ-0448?c=z8Kp2}

Client is {P:Rosalba Quattrone}, our client no. {MRN:TP-30981}, first session {D:January 12}. She says she never got the consent packet but {K:DocuSign} shows it as "completed". The completion came from {IP:71.206.18.44} and the questionnaire from {IP:71.206.18.44} too, which I assume is her home.

Our {K:DocuSign} account is the {K:Business Pro} plan. {K:IntakeQ} support case {K:IQ-77120}.

{P:Imogen Achterberg-Flint}, PsyD
""")

R("small hotel", ["Casimir Oyelowo-Wright"], r"""
From: {P:Casimir Oyelowo-Wright} <{EM:casimir@bluegablesbnb.com}>
To: {EM:dev@lanternbyte.io}
Subject: OTA reservations not syncing + virtual cards

{P:Dev}, the channel manager ({K:SiteMinder}) stopped pushing {K:Booking.com} virtual cards into our PMS. I copied the three reservations from the extranet:

Guest                     Arrive   VCC number             Manage link
{P:Lucinda Ferreira-Holt}     {D:3/6}      {CARD:5301 2900 4471 821?}    {URL:https://secure.booking.com/myreservations.html?bn=4471902118&pincode=8820}
{P:Anatole Brzezinski}        {D:3/8}      {CARD:4263 9826 4026 929?}    {URL:https://secure.booking.com/myreservations.html?bn=4471903306&pincode=1177}
{P:Giedre Valančiūtė}         {D:3/13}     {CARD:5555 3412 4444 112?}

The error in {K:SiteMinder} is {K:"VCC_DECRYPT_FAILED (code 1204)"}. We have {K:6} rooms, and March is our busy month with the {K:maple festival}.

{P:Casimir}
Blue Gables B&B
{PH:802-555-0133}
""")

R("credit union", ["Thelma Abiodun-Graves"], r"""
From: {P:Thelma Abiodun-Graves} <{EM:tgraves@millbrookcu.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: password reset links reused

{P:Dev},

Two members say the password reset email link worked twice, and one of them says someone else reset her password with the link after she forwarded it to her son. Here are the links they forwarded me:

{P:Agatha Quimby}: {URL:https://online.millbrookcu.org/reset?uid=104418&token=eyJhbGciOiJIUzI1NiJ9.Zm9vYmFy.q8Lz}
{P:Roderick Mbatha}: {URL:https://online.millbrookcu.org/reset?uid=104977&token=eyJhbGciOiJIUzI1NiJ9.YmFyYmF6.W2xp}

Resets for {P:Agatha} came from {IP:98.33.142.7} (her) and {IP:166.199.20.81} (probably the son's phone). Also she wants her debit card {CARD:4403 9312 7781 054?} reissued just in case.

The reset tokens should be single-use and expire in {K:15 minutes}. Our online banking is {K:Alkami}, release {K:2025.4}.

{P:Thelma}
Member Experience
""")

R("dialysis", ["Auberon Kiplagat"], r"""
From: {P:Auberon Kiplagat} <{EM:akiplagat@riverbendkidney.org}>
To: {EM:dev@lanternbyte.io}
Subject: patient education videos — tracking links

{P:Dev} — the education videos we text patients have tracking links with the patient ID in them. Nurses noticed because the link preview shows it:

{URL:https://learn.riverbendkidney.org/v/fistula-care?pid=RK-200914&n=Obadiah}
{URL:https://learn.riverbendkidney.org/v/fluid-limits?pid=RK-201377}

Those are {P:Obadiah Lindqvist-Achebe} (MRN {MRN:RK-200914}) and {P:Mercy Ofori} (MRN {MRN:RK-201377}). The video host is {K:Vimeo} and the short links come from {K:Rebrandly}. Can we switch to opaque ids? We have {K:32} videos and about {K:140} patients across the {K:MWF} and {K:TTS} shifts.

Not urgent like a downtime, but {P:Mercy}'s daughter complained.

{P:Auberon Kiplagat}
Patient Education Coordinator
""")

R("church office", ["Philomena Ashdown-Reyes"], r"""
From: {P:Philomena Ashdown-Reyes} <{EM:office@stcolumbaepiscopal.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: recurring gifts & the youth trip deposits

{P:Dev},

Two things. First, the youth mission trip deposit links from {K:Realm} include the family's name in the address:

{URL:https://onrealm.org/stcolumba/give/youthtrip?family=Okonjo-Mbatha&amt=150}
{URL:https://onrealm.org/stcolumba/give/youthtrip?family=Thistlewood&amt=150}

Can we make them generic? Those are the {P:Okonjo-Mbatha} and {P:Thistlewood} families.

Second, {P:Percival Okonjo-Mbatha} paid both deposits with one card, {CARD:4532 7590 1183 224?}, but only one went through. {K:Realm} says {K:"Error 402: Payment Required"}.

Also the van we rent for the trip — the rental company needs the drivers: {P:Dorian Thistlewood} (DL {LIC:T234-551-88-190-0}) and me. The church van is the rental company's problem, but {P:Dorian}'s own car ({PLT:WI ABK-2291}) stays in our lot for the week.

{P:Phil}
Parish Administrator
""")

R("county public health", ["Cuthbert Ansah"], r"""
From: {P:Cuthbert Ansah} <{EM:cansah@greenecountyhealth.org}>
To: {EM:dev@lanternbyte.io}
Subject: STI test result portal — access review

{P:Dev},

State auditors want an access review of the STI results portal. The portal sends links like:

{URL:https://results.greenecountyhealth.org/r/8841207?dob=19990214}

which, as they pointed out, has the DOB right in the address. Here's what we saw in the access log for two results:

2026-02-10 14:22 result=8841207 client="{P:Marisol Tkachenko}" ip={IP:99.118.40.221} ok
2026-02-10 14:40 result=8841207 client="{P:Marisol Tkachenko}" ip={IP:45.33.102.9} ok
2026-02-11 09:05 result=8841311 client="{P:Deshawn Oyinlola}" ip={IP:174.204.67.150} ok

The second access to {P:Marisol}'s result came from a different address, maybe a VPN. Clients verify with last name + DOB + the last 4 of SSN; for {P:Deshawn} we had his full SSN on file ({SSN:408-62-1195}) from the {K:Medicaid} application, which shouldn't be there.

{P:Cuthbert Ansah}
Epidemiologist, Greene County Health
""")
R("veterinary", ["Ottilie Fairclough"], r"""
From: {P:Ottilie Fairclough} <{EM:ottilie@greenmeadowvet.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: online pharmacy orders stuck in "pending payment"

{P:Dev},

Three orders in our online pharmacy ({K:Vetsource}) are stuck. Clients re-entered cards on the phone with me:

order {K:VS-2026-33190} — {P:Lionel Abara-Whitcombe}, card {CARD:453957876362148?}, {K:Apoquel 16mg} x{K:30}
order {K:VS-2026-33204} — {P:Serafina Kovač}, {CARD:5280-9340-1177-463?}, {K:Simparica Trio}
order {K:VS-2026-33219} — {P:Gus} (Augustus) {P:Pemberton-Hale}, {CARD:3412 880019 4471?}... hmm, actually he read me {CARD:3797 214490 6022?}, the first one was me mishearing

Their order pages are {URL:https://greenmeadow.vetsource.com/orders/33190?client=LAW&k=7Gh2} and {URL:https://greenmeadow.vetsource.com/orders/33204?client=SK&k=Qq90} if you want to see them.

{P:Serafina}'s client account, if it matters, is the one ending in the dog's name, {K:Bruno}; the actual number is {ACC:GM-44012}. 33219's client record, {P:Gus}'s, is {ACC:GM-39977}.

{P:Ottilie}
""")

R("hospice", ["Percival Amoako"], r"""
From: {P:Percival Amoako} <{EM:pamoako@eveninglighthospice.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: fax cover sheets from the on-call line

{P:Dev},

The on-call nurse sends orders to pharmacies by fax ({K:SRFax}) and the cover sheet template prints the whole patient header. Last night's (I'm paraphrasing what was on it):

Patient {P:Hortensia Blackwood-Yeo}, 91. Her chart number, if the pharmacy needs it, is {MRN:4471-220}. Hospice benefit period 3 started {D:1/28}. Medicare {NID:6PA2-XN4-KR37}; {MEM:77104482C} is her Medicaid number for the room and board piece.

Sent to {K:CVS} #{K:8821} fax {PH:(207) 555-0190} by {P:Nell Okafor}, RN at {K:02:14}. {K:SRFax} confirmation {K:SRF-993302117}.

Could the cover sheet just say "hospice patient, see attached" and put the details on page 2? The pharmacy said they don't need the Medicare number at all. Also {MRN:4471221} is her late husband {P:Cyril}'s old chart # and it popped up in the search — is there a way to hide deceased patients from the on-call search?

{P:Percy Amoako}
Clinical Informatics
""")
R("workers comp", ["Jolyon Asante-Whitby"], r"""
From: {P:Jolyon Asante-Whitby} <{EM:jasantewhitby@ridgelinecasualty.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: recorded statement transcript — please strip before vendor upload

Dev,

Our transcription vendor ({K:Verbit}) returned this recorded statement and we need to upload a redacted copy to the {K:IME} scheduler. Excerpt:

ADJUSTER: Can you confirm your social for the record?
CLAIMANT: Yeah, it's {SSN:5 1 8 - 4 4 - 2 9 0 7}. Sorry, {SSN:518-44-2907}.
ADJUSTER: And the truck you were driving, the company truck?
CLAIMANT: The plate is {PLT:ID 2B 44719}, it's the white one. My own car was parked at the yard, plate {PLT:2BX8841}.
ADJUSTER: Thank you, Mr. {P:Quillfeather}. And your date of injury was {D:January 29th}?
CLAIMANT: Yes ma'am. My wife {P:Rosemarie} drove me to the ER at {K:St. Luke's}.

Claimant full name {P:Anselm Quillfeather}; {MEM:RCC-26-00718} is his claim number. The statement was taken {D:2/10} by {P:Bettina Orlov}. The IME scheduler link for him is {URL:https://ime.ridgelinecasualty.com/schedule?claim=RCC-26-00718&c=AQ}, and the vendor job is {K:VB-88120}.

Jolyon
Claims Supervisor, {K:Boise}
""")

R("HR/payroll", ["Clementine Obuya"], r"""
From: {P:Clementine Obuya} <{EM:cobuya@meridianpayrollgroup.com}>
To: {EM:dev@lanternbyte.io}
Subject: new-hire packet portal — links + a plate for the lot

hi {P:dev}, two new hires at the {K:Lansing} client finished their packets. the portal sent me their summary pages:

{URL:https://onboard.meridianpayrollgroup.com/p/ht-20417/summary?sig=7a9d01}
{URL:https://onboard.meridianpayrollgroup.com/p/ht-20422/summary?sig=c3e44f}

{P:Hieu Tran-Okafor} (20417) — his SSN on the I-9 was entered as {SSN:377-80-1154}, but the W-4 has {SSN:377-08-1154}. one of them is a typo, i'll ask him. parking permit plate {PLT:MI EKR 2291}.
{P:Anneliese Brodsky} (20422) — all fine, she doesn't drive.

the employer's FEIN is {K:38-4471902}, that's the company's so no worries there. payroll goes live {K:3/6}, first check date {K:3/13}.

{P:clem}
""")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = []
    for n, (field, contacts, template) in enumerate(RECORDS, 1):
        rec = build(field, contacts, template, n)
        validate(rec)
        leftover = re.findall(r"\{[A-Z]{1,5}:", rec["text"])
        assert not leftover, (rec["id"], leftover)
        recs.append(rec)
    with open(os.path.join(here, "tune2.jsonl"), "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = {}
    for rec in recs:
        for s in rec["spans"]:
            counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    print("records:", len(recs))
    for k in sorted(counts):
        print("  %-12s %d" % (k, counts[k]))
    print("  keep        ", sum(len(r["keep"]) for r in recs))


if __name__ == "__main__":
    main()
