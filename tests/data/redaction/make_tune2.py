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

Obadiah Fenwright
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

Hetty,

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

Hi Dev,

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

Dev, transcription of a voicemail that came into the main line at {K:4:52 PM}. Can you look at the portal link? I'd rather you hear it from me than from her again Monday.

[{K:RingCentral} Voicemail Transcript]
"Hi, this is {P:Marguerite Oyelaran-Briggs}, I'm calling about my father {P:Solomon Oyelaran}, he's a patient of yours, his, um, his patient ID is {MRN:0093-4417}. I got the email with the link to see his care plan, the link was {URL:https://family.lastlighthospice.org/plan/0093-4417?token=f8Qz21KxPla7}, and it just says error {K:403}. My number is {PH:602 555 0117}, or you can email me at {EM:marguerite.ob@gmail.com}. Thank you. Bye."

The link expiring after 24 hours is by design I think, but she says she clicked it within the hour. Our front desk is {K:Room 101} if you need to test on their PC.

Barnaby Quell
IT Liaison / Office Manager
""")

# ---------------------------------------------------------------- behavioral health
R("behavioral health", ["Thaddeus Rinaldi-Nwosu"], r"""
From: {P:Thaddeus Rinaldi-Nwosu} <{EM:trinaldi@northforkrecovery.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: Part 2 consent form — can't attach to chart
Date: Mon, 2 Feb 2026 09:03:51 -0800

Dev,

As you know everything we do is under {K:42 CFR Part 2}, so I'm keeping this to the minimum. One client's signed consent won't attach in {K:Netsmart myEvolv}. Upload fails with {K:"413 Payload Too Large"}.

Client: {P:Jonah Vukovich}
Client ID: {MRN:NFR-22817}
Consent signed: {D:1/29/2026}
Program: {K:IOP Tuesday/Thursday}

The scan is {K:14 MB} because the front desk scanner ({K:Brother ADS-2700W}) was set to 600 dpi. I can rescan but I'd like to know what the limit is so {P:Kemi} and {P:Ruairí} at the desk stop running into this.

Also please make sure this email doesn't get forwarded to anyone else at your shop — redisclosure rules.

Thanks,
{P:Thad}

Thaddeus Rinaldi-Nwosu, LCSW
Clinical Director, North Fork Recovery
{PH:(541) 555-0102} | fax {PH:(541) 555-0109}
""")

R("behavioral health", ["Kestrel Adebayo"], r"""
From: {P:Kestrel Adebayo} <{EM:kadebayo@harborlinebh.com}>
To: {EM:dev@lanternbyte.io}
Subject: suspicious logins on the EHR

hi dev, {K:MFA} alerts keep firing for one of our counselors. {P:Anneliese} says she wasn't logging in at 3am lol. excerpt from the audit log:

2026-02-04T03:12:09Z user=amarchetti src={IP:185.220.101.47} result=FAIL reason=bad_password
2026-02-04T03:12:41Z user=amarchetti src={IP:185.220.101.47} result=FAIL reason=bad_password
2026-02-04T08:01:15Z user=amarchetti src={IP:73.189.204.66} result=OK mfa=push
2026-02-04T08:02:02Z user=kadebayo src={IP:73.41.118.9} result=OK mfa=push

the 73.x ones are her and me from home. our server is {K:10.40.2.15} and the firewall is {K:FortiGate 60F}, I can get you in on {K:port 8443}. can we block that first address? {P:Anneliese Marchetti} is her full name if you need to reset her.

kes
Office Manager, Harborline Behavioral Health
{PH:207-555-0186}
""")

R("behavioral health", ["Ezekiel Thornquist"], r"""
From: {P:Ezekiel Thornquist}, MD <{EM:ethornquist@cairnclinic.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: buprenorphine prescribers list for the state audit

Dev,

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

Nadia K-H, Billing
Meadowbrook Counseling
""")

R("behavioral health", ["Oluwaseun Brightwater"], r"""
From: {P:Oluwaseun Brightwater} <{EM:seun.b@riverbendsud.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: telehealth links going to the wrong client

Dev — this is serious and I need it looked at today. Our group therapy scheduler sent the individual session link meant for one client to another client. Same first name, which is probably the bug:

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

Morning Dev,

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

Dev,

For the home program we need the asset list updated — {K:NxStage System One} cyclers that are out with patients. Biomed gave me this; please load it into the inventory tab and link each to the patient record:

Patient                 MRN          Cycler S/N        Installed
{P:Rosalind Achterberg}      {MRN:BD-20931}     {DEV:NX1S-0448213}    {D:2025-10-02}
{P:Ignatius Weatherby}       {MRN:BD-21107}     {DEV:NX1S-0448795}    {D:2025-11-18}
{P:Hamid Zolfaghari}         {MRN:BD-21354}     {DEV:NX1S-0451022}    {D:2026-01-07}

Also {P:Ignatius} swapped his machine last week, the old serial {DEV:NX1S-0439910} went back to the depot under {K:RMA 77120}. The depot's tracking is {K:1Z999AA10123456784}.

We have {K:14} home patients now, up from {K:9} last year.

Fitz Amankwah, RN
Home Therapies Coordinator
{PH:515-555-0137}
""")

R("dialysis", ["Ottoline Vasquez"], r"""
From: {P:Ottoline Vasquez} <{EM:ovasquez@crescentrenal.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: transportation roster

Dev, the transport company ({K:MedRide}) needs the pickup list with member IDs because they bill Medicaid directly. Can you set up the export like this and send it to them via the {K:SFTP} (host {K:sftp.medride.net}, port {K:2222})?

Name, Medicaid ID, Pickup address, Chair time
{P:Benedetta Koumaré}, {MEM:MA7720318845}, {ADDR:415 Greenleaf Ave, Unit 2, Toledo}, 6:00 AM
{P:Lorcan Ferriday}, {MEM:MA7720491012}, {ADDR:92 Pickering St, Toledo}, 6:00 AM
{P:Yusra el-Amin}, {MEM:MA7719982003}, {ADDR:3310 Monroe St Apt 12, Toledo}, 11:30 AM

Mrs. {P:Koumaré} will also need the wheelchair van. Their dispatcher is {P:Reggie} at {PH:419-555-0144}.

One more thing, {P:Lorcan} is moving on {D:2/20} so he'll have a new address, I'll send it once I have it.

Thank you,
Ottoline
""")

R("dialysis", ["Ambrosia Kettleworth"], r"""
From: {P:Ambrosia Kettleworth} <{EM:akettleworth@crescentrenal.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Cc: {P:Ottoline Vasquez} <{EM:ovasquez@crescentrenal.com}>
Subject: transplant referral packet

Dev,

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

hey dev. patient transferred from our {K:Ames} unit to {K:Des Moines} and now has two billing accounts. {K:Bluestem} billing says we should merge into the newer one.

old patient acct: {ACC:PA-00918237}
new patient acct: {ACC:PA-01044519}
patient: {P:Clementine Rasmussen-Oto}, mrn {MRN:BD-19022}

the merge tool gives "{K:E1042: cannot merge accounts with open balance}". there's an open balance of {K:$312.48} on the old one. {P:clementine}'s husband {P:Arvid} pays it by card every month so it'll clear on the {K:15th}, can we just wait?

also FYI our {K:Windows 10} PCs at Ames go out of support, {P:Gareth} is getting quotes.

Mirela
Patient Accounts
""")
# ---------------------------------------------------------------- optometry
R("optometry", ["Leopold Varga"], r"""
From: {P:Leopold Varga} <{EM:leo@clearviewoptometry.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: VSP claim kicked back

Dev,

{K:VSP} bounced a claim because the member ID in {K:Compulink} has a typo. I fixed it in the chart but the claim still pulls the old one. Patient is {P:Araminta Cholmondeley}, pt id {MRN:CV-100482}; member id should be {MEM:VSP-7729401836}, the wrong one was {MEM:VSP-7729401863}. Exam date {D:1/22/2026}.

Can you clear whatever cache the claim builder has? The error on the eClaim screen is {K:"Eligibility Authorization Not Found (EA-12)"}.

Also, our new {K:Optos Daytona} is on {K:192.168.10.44} and the {K:Zeiss FORUM} server is at {K:192.168.10.5} — they need to talk on {K:port 104} (DICOM). {P:Sunniva} from {K:Zeiss} support (case {K:#02291873}) says it's our firewall.

Leo Varga, OD
Clearview Optometry
{PH:(828) 555-0191}
""")

R("optometry", ["Tamsin Greer"], r"""
From: {P:Tamsin Greer} <{EM:tamsin@eyesonmainoptical.com}>
To: {EM:dev@lanternbyte.io}
Subject: card on file not charging for contact lens subscription

hi dev,

the annual supply auto-ship failed for one of our patients. the {K:Square} dashboard shows "{K:card_declined / do_not_honor}". she says the card is fine and read it to me over the phone, {CARD:4716 0392 8815 227?}, exp 09/28. patient is {P:Wren Abernathy-Soto}, dob {D:03.11.1994}. can you check whether the number stored matches? I don't want to ask her a third time.

the order is {K:#EOM-55102}, {K:12} boxes of {K:Acuvue Oasys 1-Day}, {K:$489.00}.

also our test card {K:4111 1111 1111 1111} still works in the sandbox so I don't think it's the integration, it's something with her bank.

thanks!!
tamsin
front desk / optical
Eyes on Main, {K:Asheville}
""")

R("optometry", ["Casimir Ellory"], r"""
From: {P:Casimir Ellory} <{EM:dr.ellory@northshoreeye.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: New associate doctor — credentialing data

Dev, we have a new associate starting {K:March 2}. Please add her to the scheduling system and the e-prescribing module ({K:DrFirst Rcopia}):

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

Dev, can you pull the chart export for this? I don't know how to get the imaging out of {K:RevolutionEHR}.

---------- Forwarded message ---------
From: {P:Ferdinand Ashgrove} <{EM:fashgrove@ashgrovelaw.com}>
Date: Fri, Feb 13, 2026 at 4:12 PM
Subject: records request
To: {EM:records@lakesideeyecare.net}

To whom it may concern,

Please find attached an authorization signed by our client, {P:Philippa Drummond-Yeo} (DOB {D:May 8, 1977}), for all records including retinal imaging from {D:June 2023} to present. Your patient number for her is {MRN:LEC-0037714} according to her old statement. Her vision plan is {K:EyeMed}, member ID {MEM:EM-912004388}.

Please send to our office at {ADDR:600 Marquette Ave, Suite 1150, Minneapolis}, MN {ZIP:55402} or via our secure link.

Regards,
Ferdinand Ashgrove
Paralegal, Ashgrove & Lind
{PH:612-555-0125}
""")

R("optometry", ["Maeve Okonjo"], r"""
From: {P:Maeve Okonjo} <{EM:maeve@focuspointvision.com}>
To: {EM:dev@lanternbyte.io}
Subject: online booking spam + one weird one

Dev,

The booking form on the site got about {K:60} spam submissions overnight. Most are junk but one looks like a real person got their info mixed in:

Name: {P:Ruben Szczepański}
Email: {EM:rszczepanski77@outlook.com}
Phone: {PH:+1 414 555 0107}
Insurance: {K:Davis Vision} / subscriber id {MEM:DV00981274410}
Submitted from IP {IP:98.214.77.130}

He's a real patient (chart # {MRN:FP-28831}) so I called him and he says he did book. The spam all came from {K:45.146.x} addresses. Can we add {K:reCAPTCHA} or {K:Cloudflare Turnstile}? Our website is on {K:Squarespace} so I'm not sure what's possible.

Thanks,
Maeve
Practice Manager
""")

# ---------------------------------------------------------------- veterinary
R("veterinary", ["Sorcha Blackwood"], r"""
From: {P:Sorcha Blackwood}, DVM <{EM:sorcha@hillcrestvet.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: client account merge

Dev,

We have a household with two client accounts in {K:Cornerstone} because the husband and wife each registered a dog. Can you merge them?

Account {ACC:C-0044817}: {P:Wendell Ravenscroft}, {ADDR:7 Birchwood Ln, Boulder}, CO {ZIP:80304}, {PH:303-555-0177} — pet "{K:Biscuit}" (golden)
Account {ACC:C-0051203}: {P:Juniper Ravenscroft}, same address, {PH:720.555.0132} — pet "{K:Pepper}" (border collie)

{P:Juniper} wants both on one statement and her card as the default. Keep {P:Wendell} as secondary contact.

The merge utility throws {K:"Error 2147 – invoice history conflict"} when I try. Our {K:Cornerstone} version is {K:9.3 SP2}.

Sorcha Blackwood, DVM
Hillcrest Veterinary Hospital
""")

R("veterinary", ["Rufus Abiodun"], r"""
From: {P:Rufus Abiodun} <{EM:rufus@pawsandclawsclinic.com}>
To: {EM:dev@lanternbyte.io}
Subject: payment plan export for the collections agency

Dev — we're sending a few past-due accounts to collections. Our agency ({K:TSI}) wants a CSV. Can you make sure the export looks like this:

owner_first,owner_last,acct_no,balance,last_visit,phone
{P:Marigold},{P:Featherstonehaugh},{ACC:PC-88120},1420.55,{D:2025-08-14},{PH:5125550161}
{P:Desmond},{P:Okeke-Palmer},{ACC:PC-90417},612.00,{D:2025-09-30},{PH:5125550138}
{P:Yvaine},{P:Collingwood},{ACC:PC-77305},2288.10,{D:2025-06-02},{PH:5125550184}

Don't include pet names or medical details, just owner info. All three stopped paying on their plans last fall and none of them answer our calls anymore. The file should go to {K:uploads.tsico.com} and not by email. Their account rep is {P:Brock}, case {K:TSI-2026-0419}.

Thanks man
Rufus
Office Manager, Paws & Claws, {K:Austin}
""")

R("veterinary", ["Anouk Delacourt"], r"""
From: {P:Anouk Delacourt} <{EM:anouk@wagsandwhiskersvet.ca}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: card terminal down + a client's card

Hi Dev,

Our {K:Moneris} terminal ({K:Ingenico Move/5000}) froze at {K:9:15} and we had to key one payment manually. The client was {P:Florian Dubois-Achterberg} for his cat's dental ({K:$1,186.40}). I wrote the card on a sticky note which I know is bad: {CARD:5191 2300 4417 852?}, exp 11/27. I'll shred it once you tell me it went through in the portal.

Also the terminal shows {K:"ERR 0x1E host unreachable"}. Moneris ticket is {K:MON-4419281}. The terminal's serial is on the back: {K:327-114-880} — that's the clinic's, not a person's, so I guess you can give that to Moneris.

Thanks!
Anouk
Wags & Whiskers Veterinary, {K:Ottawa}
{PH:613-555-0148}
""")

R("veterinary", ["Tobias Merriweather"], r"""
From: {P:Tobias Merriweather} <{EM:tobias@countrysidelargeanimal.com}>
To: {EM:dev@lanternbyte.io}
Subject: farm call truck GPS / mileage

dev, the mileage reimbursement report is wrong for the farm call trucks. it's putting the vets' personal trucks in with the clinic trucks. the two personal ones are:

Dr. {P:Hesper Lindgren} — {K:Ford F-250}, plate {PLT:KS 8HJ-442}
Dr. {P:Caleb Ostrowski} — {K:Ram 2500}, tag # {PLT:KSX 1190}

the clinic trucks are {K:Unit 3} and {K:Unit 7}, those should be the only ones on the fleet report. {K:Samsara} support (ticket {K:SAM-771902}) said we need to re-tag the gateways. clinic gateway serials are {K:GW-44-8812} and {K:GW-44-8840}.

{P:hesper} submitted {K:1,240} miles for {K:January} which is right, {P:caleb}'s shows {K:3,900} which isn't.

Toby
""")

R("veterinary", ["Persephone Gallagher"], r"""
From: {P:Persephone Gallagher} <{EM:pgallagher@oldtownanimalhospital.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: reminder texts going to previous owner

Dev,

A dog was rehomed and the vaccine reminders are still going to the old owner. The new owner came in today and is annoyed because the old owner called her. Here's what I have:

Old owner: {P:Bellamy Tzanetakis}, {PH:(503) 555-0196}, {EM:bellamy.t@protonmail.com}
New owner: {P:Odalys Fairbanks-Mwangi}, {ADDR:2418 SE Hawthorne Blvd #6, Portland}, OR {ZIP:97214}, {PH:(971) 555-0120}
Patient: "{K:Rufus}" (lab mix), patient no. {MRN:OT-55671}

{P:Odalys} wants her own client account, she's a new client so the number will be assigned. Please make sure the reminder service ({K:PetDesk}) gets updated, their sync runs at {K:2 AM}.

Thanks,
Persephone
Client Services Lead
""")

# ---------------------------------------------------------------- chiropractor
R("chiropractor", ["Anselm Rowntree"], r"""
From: {P:Anselm Rowntree}, DC <{EM:drrowntree@alignwellchiro.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: auto accident PIP case paperwork

Dev,

We got an auto accident patient and the PIP carrier wants the claim number on every bill. Can you add a field to the superbill template? Here are the details for her:

Patient: {P:Clarimond Fairweather}
Accident date: {D:01/17/2026}
PIP carrier: {K:Progressive}, claim #{MEM:26-4419873-01}
Policy holder: {P:Will Fairweather} (husband), policy no. {MEM:PG881204573}
Her plate from the police report: {PLT:FL QJK-8821} — they asked us for it for some reason, I don't think it goes on the bill.

{P:Will} says he'll drop off the police report {K:Friday}. (Yes, his name really is {P:Will}, I know how that reads.)

The template lives in {K:ChiroTouch} under {K:Forms > Billing > PIP}.

Dr. Rowntree
AlignWell Chiropractic, {K:Tampa}
""")

R("chiropractor", ["Jessamy Pike"], r"""
From: {P:Jessamy Pike} <{EM:jessamy@spinecentralchiro.com}>
To: {EM:dev@lanternbyte.io}
Subject: patient payment portal — refund

hey Dev! quick one. a patient paid twice on the portal. {K:Stripe} charge ids are {K:ch_3OqL2x} and {K:ch_3OqL4b} (i think those are stripe's ids, not hers). she paid with {CARD:6011 0009 9013 942?}. patient is {P:Honora Kilbride}, acct {ACC:SC-30219}.

can you refund the second one? amount {K:$65.00}. she's at {PH:801-555-0112} if you need to confirm.

also our {K:Jane App} integration keeps logging people out after {K:15 min}, front desk hates it. {P:Bree} and {P:Coralie} have to log in like 20 times a day.

thx
jess
""")

R("chiropractor", ["Gideon Amadi-Lowe"], r"""
From: {P:Gideon Amadi-Lowe} <{EM:gideon@backbaychiropractic.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: Medicare AT modifier report

Dev, our Medicare patients — we need a report of who is close to the therapy threshold. I made an example by hand:

Patient              | MBI            | Visits YTD | Last visit
---------------------|----------------|------------|-----------
{P:Eustace Pemberton}    | {NID:2HN7-QX4-RT18}  | 11         | {D:02/10/26}
{P:Lavinia Odhiambo}     | {NID:9FJ3-KL8-MW52}  | 8          | {D:02/12/26}
{P:Cornelius Vintner}    | {NID:4CE1YV9PD63}    | 14         | {D:02/05/26}

{K:Medicare} will deny if the {K:AT} modifier is missing and it's not maintenance care. Could this run weekly into the {K:Billing} shared mailbox? Report name maybe "{K:AT-Threshold-Weekly}".

We are on {K:ECLIPSE} {K:v12.4}.

Gideon Amadi-Lowe, DC
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

Liesl
""")

R("chiropractor", ["Crispin Adeyemi"], r"""
From: {P:Crispin Adeyemi} <{EM:crispin@rootedwellnesschiro.com}>
To: {EM:dev@lanternbyte.io}
Subject: text message from a patient (screenshot typed out)

Dev — a patient texted the office number and it showed up in the {K:Weave} inbox under the wrong name. Typed out:

"hi this is {P:dolores}, {P:dolores ferrante}, i had an appt {D:thursday 2/19 at 4:15} but need to move it. also my new insurance is {K:blue cross}, member {MEM:XZP880213447}, group {K:0045112}. my bday is {D:9-30-68} if u need it. thx"

In {K:Weave} it's showing as "{P:Delia Ferrante}" — a different patient (Delia's chart is {MRN:RW-4471}). Can you figure out why Weave linked the phone number to the wrong record? The number was {PH:(720) 555-0153}.

Crispin
""")

# ---------------------------------------------------------------- home-care staffing
R("home-care staffing", ["Bernadette Chukwuma"], r"""
From: {P:Bernadette Chukwuma} <{EM:bchukwuma@carebridgestaffing.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: caregiver onboarding batch — background checks

Dev,

Three new caregivers to push to {K:Checkr} for background checks. I need the integration to send these:

1) {P:Aurelio Batungbakal} — SSN {SSN:529-44-8713}, DL {LIC:B4419-22871} (Utah)
2) {P:Sigrun Halvorsen-Tate} — SSN {SSN:531 20 7784}, driver's license no. {LIC:U1882047}
3) {P:Kofi Mensah-Atterbury} — ss# {SSN:528609912}, DL {LIC:164482019}

Checkr package is "{K:Driver Pro + County Criminal}", our account is under {K:CareBridge Staffing LLC}. Last time the SSNs without dashes failed validation with {K:"422 Unprocessable Entity"}.

Also please do NOT put these in the {K:Slack} channel like last time.

Bernadette Chukwuma
Recruiting Manager
{PH:801.555.0127}
""")

R("home-care staffing", ["Ravi Thistlewood"], r"""
From: {P:Ravi Thistlewood} <{EM:ravi@hearthsidehomecare.com}>
To: {EM:dev@lanternbyte.io}
Subject: EVV GPS issue

Dev — Medicaid EVV rejected a bunch of visits because the GPS coordinates were off. Looks like it's one caregiver's phone. From the {K:Sandata} exception report:

Caregiver: {P:Imelda Santiago-Ruel}
Device IMEI: {DEV:359214073381246}
Client visited: Mr. {P:Horace Bledsoe}, Medicaid {MEM:7104482910}, {ADDR:81 Tamarack Rd, Scranton}
Visit dates: {D:2/2}, {D:2/4}, {D:2/6}
Exception code: {K:GPS-OUT-OF-RANGE (E217)}

{P:Imelda} says her phone ({K:Moto G Play}) had location off to save battery. I want the app to warn her instead of silently sending 0,0.

Ravi Thistlewood
Operations, Hearthside Home Care
""")

R("home-care staffing", ["Wilhelmina Achterberg"], r"""
From: {P:Wilhelmina Achterberg} <{EM:willa@nightingalestaffing.net}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: Nurse license verification failing

Hi Dev,

The nightly {K:Nursys} check failed for two nurses. The log says:

[2026-02-15 02:00:14] verify lic={LIC:RN-2881047} state=PA name="{P:Okonkwo, J}" -> {K:404 NOT_FOUND}
[2026-02-15 02:00:15] verify lic={LIC:PN-0447120} state=PA name="{P:Vukovich, D}" -> {K:404 NOT_FOUND}
[2026-02-15 02:00:15] verify lic={LIC:RN-3301928} state=NJ name="{P:Thorsby, E}" -> OK

I checked manually and {P:J. Okonkwo} ({P:Jacinta}) is active — her license number on the board site is {LIC:RN716884} without the prefix. {P:Dalibor Vukovich}'s LPN is also active, number {LIC:PN274003}. So it's our prefixes. Can you strip them before sending?

Nursys e-Notify account is {K:NGS-ORG-5521}, batch size {K:250}.

Willa
Compliance, Nightingale Staffing
{PH:610-555-0181}
""")

R("home-care staffing", ["Declan Mwangi"], r"""
From: {P:Declan Mwangi} <{EM:declan@kindredhandscare.com}>
To: {EM:dev@lanternbyte.io}
Subject: parking permits for client buildings

dev, a few of our aides park at client apartment buildings and the building managers want the plates on a list. can you add a "vehicle" section to the caregiver profile? here's the current list i'm keeping in excel:

aide             | car               | plate
{P:Tomasz Wieczorek}  | {K:Honda Civic} 2014   | {PLT:7KLM392}
{P:Hope Adeyinka}     | {K:Toyota Corolla}     | {PLT:8RTZ 114}
{P:Marisa Quarshie}   | {K:Kia Soul}           | {PLT:CA 6WQE871}

{P:hope} says her plate changed in {K:January}, the new one is {PLT:9BFX 220}. i have {K:hope} we can keep this out of the general staff directory since it's kind of personal.

thx
declan
scheduler, Kindred Hands, {K:Sacramento} office
""")

R("home-care staffing", ["Priscilla Nakamura-Obi"], r"""
From: {P:Priscilla Nakamura-Obi} <{EM:priscilla@evergreenstaffingsolutions.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: Fwd: timesheet dispute — client portal access
Date: Tue, 17 Feb 2026 11:09:45 -0800

Dev, see below. Can you give me the login history for this caregiver so I can respond?

---------- Forwarded message ---------
From: {P:Lazarus Penhallow} <{EM:lpenhallow@sunrisemanorliving.com}>
Date: Mon, Feb 16, 2026 at 5:30 PM
Subject: timesheet dispute
To: {P:Priscilla Nakamura-Obi} <{EM:priscilla@evergreenstaffingsolutions.com}>

Priscilla,

Your aide {P:Marguerite Lindqvist} (employee #{ACC:EV-20411}) clocked in on {D:2/14} at 6:58 AM but our cameras show her arriving at 7:40. The clock-in came from IP {IP:174.63.92.18}, which isn't our building network ({K:Sunrise Manor} uses {K:66.18.240.0/24}). We're disputing {K:0.7} hours.

Lazarus Penhallow
Administrator, Sunrise Manor
{PH:(253) 555-0168}
""")
# ---------------------------------------------------------------- assisted living
R("assisted living", ["Evangeline Moorcroft"], r"""
From: {P:Evangeline Moorcroft} <{EM:emoorcroft@willowcrestliving.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: move-in paperwork for two new residents

Dev,

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
Evangeline Moorcroft
Executive Director, Willowcrest Assisted Living
""")

R("assisted living", ["Jasper Oyelowo"], r"""
From: {P:Jasper Oyelowo} <{EM:jasper.oyelowo@goldenacresal.org}>
To: {EM:dev@lanternbyte.io}
Subject: visitor parking system

Dev - the gate camera ({K:Axis P1465-LE}, at {K:10.0.8.31}) reads plates and checks them against the visitor list. A few family members keep getting flagged as unknown. From the gate log:

14:02:11 plate={PLT:HGT4471} match=NONE
14:05:40 plate={PLT:NC-PRK-9920} match=NONE
14:07:02 plate={PLT:JRM2288} match=visitor:{P:Thelonius Abernathy}

The first is {P:Maribel Osterhagen}'s (she visits her mom in {K:Room 31} every day) and the second is Rev. {P:Ignatius}... sorry, Rev. {P:Ignatius Kwarteng} from the church who does Sunday services. Please add both and tell me how the plate format works because the second one has dashes on the actual plate.

Thanks,
Jasper
Maintenance & Facilities, Golden Acres
""")

R("assisted living", ["Rosamund Achebe"], r"""
From: {P:Rosamund Achebe} <{EM:rachebe@harborviewseniorliving.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: ACH for resident rent — two families

Dev,

Finance asked me to send you the ACH details for two families switching to autopay. I know I shouldn't email this so please delete once entered.

{P:Horatio Blenkinsop} (resident, apt {K:B-07}) — paid by daughter {P:Wilhelmina Blenkinsop-Ruiz}
  routing {K:021000021}, account {ACC:483920117465}

{P:Gerontius Faraday} (apt {K:C-12}) — paid by himself
  bank acct no. {ACC:0070-2281-9934}, routing {K:011401533}

(I think the routing numbers are the banks', not theirs — those are {K:Chase} and {K:Bank of America}.)

The autopay starts on the {K:1st}. Monthly rent is {K:$5,450} for {K:B-07} and {K:$4,980} for {K:C-12}. Portal: {K:Yardi Senior Living}.

Rosamund
Business Office Manager
""")

R("assisted living", ["Nikolai Brandt"], r"""
From: {P:Nikolai Brandt} <{EM:nbrandt@linden-residenz.de}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: Neue Bewohnerin – Stammdaten / new resident data

Hi Dev,

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
Niko
""")

R("assisted living", ["Carmen Delgado-Whitfield"], r"""
From: {P:Carmen Delgado-Whitfield} <{EM:carmen@sageridgememorycare.com}>
To: {EM:dev@lanternbyte.io}
Subject: wander guard pendant pairing

Dev — the {K:WanderGuard Blue} system lost pairing for two residents' pendants after the firmware update ({K:fw 3.2.118}). Nursing is doing 15-minute checks until it's fixed. Pendants:

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

Hi Dev,

We have three students with {K:Dexcom G7}s this year and parents want the nurse office iPad to follow them. Can you set up the {K:Dexcom Follow} invites on the office iPad ({K:Apple ID nurse.office@maplegroveusd.org})?

Student                Grade   Sensor/transmitter SN   Parent
{P:Elodie Castellanos}     3       {DEV:SM94217783}              {P:Renata Castellanos}
{P:Bram Oyenuga}           5       {DEV:SM94380125}              {P:Tunde Oyenuga}
{P:Quinn Halloran-Vey}     7       {DEV:SM95002271}              {P:Maeve Halloran}

{P:Bram}'s pump is an {K:Omnipod 5}, PDM serial {DEV:PDM-5A2291047}, in case the district asks.

Our nurse office is {K:Room 118} in the {K:Main Building}. Thanks!

Abby Thornbury, RN
District Nurse, Maple Grove USD
""")

R("school nurse", ["Dorothea Kavanagh"], r"""
From: {P:Dorothea Kavanagh} <{EM:dkavanagh@stbrendanschool.org}>
To: {EM:dev@lanternbyte.io}
Subject: immunization export to the state registry

Dev,

The state registry ({K:ImmTrac2}) rejected our upload. The error file:

Line 14: {P:ABERNATHY-QUIST, LUCIAN} DOB {D:2015-04-09} Medicaid {MEM:529981104} -> {K:ERR 1107 invalid vaccine code}
Line 22: {P:OKONKWO, ADAEZE} DOB {D:2016-11-23} Medicaid {MEM:530014782} -> {K:ERR 1107 invalid vaccine code}
Line 31: {P:PRZYBYLSKI, TEODOR} DOB {D:2014-01-30} -> {K:ERR 2040 missing parent name}

I think the {K:CVX} codes for the flu vaccines are wrong in our system ({K:CVX 150} vs {K:CVX 171}). For {P:Teodor}'s line, his mother's name is {P:Agnieszka Przybylska} if it's needed.

Deadline is {K:March 15}.

Dorothea Kavanagh, BSN
School Nurse, St. Brendan School
""")

R("school nurse", ["Malik Harrowgate"], r"""
From: {P:Malik Harrowgate} <{EM:mharrowgate@cedarhollowschools.net}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: health office visit log - wrong student

hey dev

the health office log in {K:PowerSchool} put a visit on the wrong kid. two students named {P:Sunny}:

{P:Sunny Achterberg-Lowe}, student health record # {MRN:SH-004821}, grade 4
{P:Sunny Pemberton}, student health record # {MRN:SH-005117}, grade 4

the visit on {D:2/11} (ice pack, bumped head at recess) was for {P:Sunny Pemberton} but it's on {P:Achterberg-Lowe}'s record and her mom got the automated email. mom is {P:Ivana Achterberg} at {EM:ivana.achterberg@yahoo.com}.

can we make the picker show the student photo or DOB before saving? not a {K:sunny} day here lol.

malik
health aide, Cedar Hollow Elementary
""")

R("school nurse", ["Grace Nwachukwu"], r"""
From: {P:Grace Nwachukwu} <{EM:gnwachukwu@riverdaleacademy.org}>
To: {EM:dev@lanternbyte.io}
Subject: seizure action plans - file links

Dev,

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

Thomasina, for the {K:SBHS} claiming we need for each student with an IEP nursing service:

| Student          | Medicaid #    | DOB        | Service dates   |
| {P:Amara Fitzwilliam}| {MEM:MI00448217} | {D:03/22/2012} | {D:1/6}, {D:1/13}, {D:1/20} |
| {P:Cosmo Delafield}  | {MEM:MI00451930} | {D:08/09/2011} | {D:1/8}, {D:1/15}           |

Upload to the {K:PCG Claiming System} by {K:Feb 28}. Our district code is {K:82-0450}.

Percy Nakagawa
Special Ed Finance
""")

# ---------------------------------------------------------------- county public health
R("county public health", ["Iolanthe Mbeki-Sorensen"], r"""
From: {P:Iolanthe Mbeki-Sorensen} <{EM:imbekisorensen@harlancountyhealth.gov}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: TB case contact tracing spreadsheet

Dev,

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

Dev, a resident called to say she could see someone else's appointment by changing the number in the URL. She's right. Her link:

{URL:https://clinics.marioncountyph.org/appt/view?id=20934&dob=1972-03-04}

and changing it to 20935 shows Mr. {P:Haverford}'s appointment. (She read me his name, {P:Clement Haverford}.) The resident is {P:Marisela Obuya}, {PH:317.555.0166}.

The site was built by {K:CivicPlus} contractors years ago and runs on {K:IIS 8.5} on {K:mcph-web02} ({K:172.16.4.20}). I've put up a maintenance page. What do we do next — do we need to notify?

Lucius Ferreira
Public Information Officer
""")

R("county public health", ["Hyacinth Oduro"], r"""
From: {P:Hyacinth Oduro} <{EM:hoduro@bexleycountyhealth.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: WIC appointment reminders

Hi Dev,

The WIC reminder texts stopped on {K:Tuesday}. {K:Twilio} shows error {K:30007} (carrier filtering) for most messages. Example from the log:

2026-02-17 09:00:02 to={PH:+18125550139} participant={P:Leocadia Farrow} wic_id={MEM:WIC-IN-4471902} status=undelivered err=30007
2026-02-17 09:00:02 to={PH:+18125550172} participant={P:Taini Redcloud} wic_id={MEM:WIC-IN-4480015} status=undelivered err=30007

The message template says "Hi [first name], your WIC appt is tomorrow" and I think the carriers flagged it after we added the {K:bit.ly} link. Can you look? Our {K:Twilio} number is a toll-free so maybe it needs verification.

Hyacinth Oduro
WIC Program Coordinator
""")

R("county public health", ["Sebastián Mwenda"], r"""
From: {P:Sebastián Mwenda} <{EM:smwenda@lakecountyhd.org}>
To: {EM:dev@lanternbyte.io}
Subject: restaurant inspection app - inspectors' devices

dev, we're replacing the inspectors' tablets. Old ones need to be removed from {K:Jamf}, new ones added. List:

OLD  {K:iPad 8th gen}  serial {DEV:DMPX42K1Q1GC}  ({P:Yolanda Brightman})
OLD  {K:iPad 8th gen}  serial {DEV:DMPX42K7Z9HH}  ({P:Arjun Castellano-Reid})
NEW  {K:iPad 10th gen} serial {DEV:HJ7Q2LW4N3}    -> {P:Yolanda}
NEW  {K:iPad 10th gen} serial {DEV:HJ7Q2LW8C1}    -> {P:Arjun}
NEW  {K:iPad 10th gen} serial {DEV:HJ7Q2LWB7X}    -> {P:Philomena Sturgess} (new hire, starts {D:3/2})

The inspection software is {K:HealthSpace} {K:v2024.3}. {P:Philomena}'s RS license (registered sanitarian) is {LIC:RS-004418} — she needs that on the inspection reports.

thanks
Sebastián
IT/GIS, Lake County Health Dept.
""")

R("county public health", ["Wendeline Osei"], r"""
From: {P:Wendeline Osei} <{EM:wosei@tristatecountyhealth.org}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: voicemail transcript — refugee health screening

Dev, from the refugee health line. The caller's English was limited so the transcript is rough, but we need to know why his record can't be found:

"Hello, my name {P:Abdirahman Warsame}, I come {D:January 8} for the health screening. My alien number {NID:A218-447-903}, birthday {D:1 January 1990}. My caseworker Ms. {P:Halima} at {K:Catholic Charities} say call. My number {PH:(614) 555-0121}. Thank you."

His A-number is how {K:EDN} (the CDC Electronic Disease Notification system) links the overseas exam. I searched {K:EDN} with "{NID:A218447903}" and nothing. Could the importer be stripping the A? Our import job is {K:edn_sync} on {K:phsrv03}.

Wendeline Osei, RN
Refugee Health Program
""")

# ---------------------------------------------------------------- workers' comp
R("workers comp", ["Montgomery Achterberg"], r"""
From: {P:Montgomery Achterberg} <{EM:machterberg@keystonecompmutual.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: FROI intake — SSN formatting

Dev,

New First Report of Injury intake form is storing SSNs in three different formats, which breaks the state EDI filing ({K:IAIABC} {K:R3.1}). Samples from yesterday:

Claim {K:WC-26-004410}: claimant {P:Dashiell Oyinlola}, ssn "{SSN:412-88-0937}"
Claim {K:WC-26-004412}: claimant {P:Perpetua Lindahl}, ssn "{SSN:412 90 5521}"
Claim {K:WC-26-004415}: claimant {P:Oswin Tremblay-Kaur}, ssn "{SSN:413075538}"

(Claim numbers are ours — the insurer's file numbers, not personal.) Date of injury for {P:Oswin} was {D:02/12/2026}; his employer is {K:Northgate Logistics}.

Can you normalize to 9 digits on save and mask in the UI?

Monty Achterberg
Claims Systems Lead
{PH:717-555-0150}
""")

R("workers comp", ["Lavender Quist"], r"""
From: {P:Lavender Quist} <{EM:lquist@pinnaclecompservices.com}>
To: {EM:dev@lanternbyte.io}
Subject: vehicle accident claim — plate lookup

Dev, a delivery driver was rear-ended on the job. Adjuster needs the plate numbers linked in the claim file. From the police report:

Claimant: {P:Evander Oyelaran-Briggs}, policy holder id {MEM:PCS-0094471}
Employer vehicle: {K:Ford Transit} 250, plt {PLT:OH HRZ 4471}
Other vehicle: {K:Nissan Altima}, plt {PLT:OH JQW-2290}, driver {P:Clotilde Ferraro}, DL# {LIC:RQ448120}
Accident: {D:02/03/2026}, {K:I-71} near {K:Columbus}

The other driver's insurer is {K:State Farm}, their claim # is {K:35-88C1-09Q} (that's their file number).

Can you add a "vehicles" subform? We're on {K:Guidewire ClaimCenter} {K:10.2}.

Lavender Quist
Senior Adjuster
""")

R("workers comp", ["Horace Ndiaye"], r"""
From: {P:Horace Ndiaye} <{EM:hndiaye@summitworkcomp.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: RE: medical bill review — provider license field
Date: Wed, 18 Feb 2026 10:12:44 -0500

Dev,

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

Horace
""")

R("workers comp", ["Ysabel Moreau"], r"""
From: {P:Ysabel Moreau} <{EM:ymoreau@granitestatecomp.com}>
To: {EM:dev@lanternbyte.io}
Subject: claimant portal login abuse

Dev, someone is trying to log into claimant accounts. {K:Azure AD B2C} sign-in log:

2026-02-18 22:14:03 upn=claimant-{MEM:GS44812} ip={IP:91.203.145.12} fail
2026-02-18 22:14:09 upn=claimant-{MEM:GS44813} ip={IP:91.203.145.12} fail
2026-02-18 22:15:40 upn=claimant-{MEM:GS44812} ip={IP:24.61.190.202} success

The success one is the real claimant, {P:Leopold Marchetti-Abara}, logging in from home — his ip is in our notes from last month. The 91.x one should be blocked. Our app gateway is {K:appgw-claims-prod} ({K:20.81.44.12}).

Please don't lock {P:Leopold} out, he gets his TTD check info from the portal and he's had a rough month.

Ysabel
IT Security, Granite State Comp
""")

R("workers comp", ["Roderick Oyama"], r"""
From: {P:Roderick Oyama} <{EM:royama@heartlandcompins.com}>
To: {P:Dev} <{EM:dev@lanternbyte.io}>
Subject: nurse case manager notes - export for a hearing

Dev,

We have a hearing on {K:March 4} and the attorney wants the nurse case manager notes for one claimant exported with the header info intact. Claimant is {P:Bettina Fairclough-Ames}; her claim number is {MEM:HCI-WC-0044712} and our adjuster is {P:Cyrus}. Her treating doctor's notes reference her hospital MRN {MRN:STL-8820147} at {K:Mercy}.

Nurse case manager is {P:Philippa Orr}, RN, license {LIC:RN 2009033417} (Missouri).

Export format: PDF, bates-stamped starting at {K:HCI-000001}. Attorney's office is {P:Kwabena Ashford-Lyle}'s at {ADDR:1 N Brentwood Blvd, Suite 900, St. Louis}, MO {ZIP:63105}.

Thanks,
Rod Oyama
Claims Manager
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
