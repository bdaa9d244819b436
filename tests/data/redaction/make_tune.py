"""Generate tests/data/redaction/tune.jsonl from the hand-written e-mails below.

Each e-mail is written once, by hand, with its personal data and its must-stay-readable
strings marked inline:

    {PERSON:Maria Lopez}   -> a labelled span of kind PERSON
    {KEEP:SRFax}           -> a string that must not be masked

Check digits that must be right are computed rather than typed:

    @@iban:DE:370400440532013000@@   IBAN, compact        (@@iban4:...@@ grouped by 4)
    @@card:453201519283746@@         Luhn-valid card, compact (card4 = spaces, card- = dashes)
    @@nhs:943476591@@                NHS number with mod-11 check digit, "943 476 5919"
    @@sin:04612734@@                 Canadian SIN with Luhn check digit, "046 127 34x"

Run:  python tests/data/redaction/make_tune.py     (writes tune.jsonl next to this file
and prints counts; fails loudly if an offset, overlap or check digit is wrong).
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "tune.jsonl"

KINDS = {
    "PERSON",
    "ADDRESS",
    "POSTCODE",
    "DATE",
    "PHONE",
    "EMAIL",
    "URL",
    "IP",
    "SSN",
    "NATIONAL_ID",
    "MRN",
    "MEMBER",
    "ACCOUNT",
    "LICENSE",
    "PLATE",
    "DEVICE",
    "IBAN",
    "CARD",
}

RECORDS: list[tuple[str, list[str], str]] = []


def email(field: str, contacts: list[str], text: str) -> None:
    RECORDS.append((field, contacts, text))


# --------------------------------------------------------------------------- check digits


def _iban(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s.upper())
    check = 98 - int(num) % 97
    return f"{cc}{check:02d}{bban}"


def iban_valid(value: str) -> bool:
    v = value.replace(" ", "").upper()
    s = v[4:] + v[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    return _luhn_digit(digits[:-1]) == digits[-1]


def _nhs(nine: str) -> str:
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        raise ValueError(f"no valid NHS check digit for {nine}")
    full = nine + str(check)
    return f"{full[:3]} {full[3:6]} {full[6:]}"


def _group(s: str, sep: str, size: int = 4) -> str:
    return sep.join(s[i : i + size] for i in range(0, len(s), size))


def _expand(match: re.Match) -> str:
    func, *args = match.group(1).split(":")
    if func == "iban":
        return _iban(args[0], args[1])
    if func == "iban4":
        return _group(_iban(args[0], args[1]), " ")
    if func in ("card", "card4", "card-"):
        full = args[0] + _luhn_digit(args[0])
        if func == "card":
            return full
        if len(full) == 15:  # Amex 4-6-5
            sep = " " if func == "card4" else "-"
            return sep.join([full[:4], full[4:10], full[10:]])
        return _group(full, " " if func == "card4" else "-")
    if func == "nhs":
        return _nhs(args[0])
    if func == "sin":
        full = args[0] + _luhn_digit(args[0])
        return f"{full[:3]} {full[3:6]} {full[6:]}"
    raise ValueError(f"unknown generator {func!r}")


MARK = re.compile(r"\{([A-Z_]+):([^{}]*)\}")


def parse(template: str) -> tuple[str, list[dict], list[dict]]:
    template = re.sub(r"@@([^@]+)@@", _expand, template.strip("\n"))
    out: list[str] = []
    spans: list[dict] = []
    keep: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(template):
        kind, value = m.group(1), m.group(2)
        if kind != "KEEP" and kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r} in {m.group(0)!r}")
        before = template[pos : m.start()]
        out.append(before)
        length += len(before)
        item = {"start": length, "end": length + len(value)}
        if kind == "KEEP":
            item["text"] = value
            keep.append(item)
        else:
            item["kind"] = kind
            item["text"] = value
            spans.append(item)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    if "{" in text or "}" in text:
        raise ValueError(
            "stray brace in text: " + text[max(0, text.find("{") - 40) : text.find("{") + 40]
        )
    return text, spans, keep


# =========================================================================== home health

email(
    "home-health",
    ["Maria Lopez"],
    r"""
From: {PERSON:Maria Lopez} <{EMAIL:maria.lopez@sunrisehh.org}>
To: {PERSON:Dev Patel} <{EMAIL:dev@patelconsulting.io}>
Subject: Fax portal down again
Date: Tue, 1 Dec 2026 11:07:00 -0500

Hi {PERSON:Dev},

{KEEP:SRFax} is rejecting our logins again since about {KEEP:9:30 am}. The error says {KEEP:ERR-4012} "session token expired" and then it loops back to the login page. {PERSON:Janet}'s laptop does the same thing so I don't think it's just mine.

We have a referral coming in for Mrs. {PERSON:Delgado}'s mother -- sorry, I mean the patient is {PERSON:Rosario Delgado}, DOB {DATE:03/14/1952}, start of care {DATE:12/03/2026}, and the hospital says they faxed the packet to our fax line {PHONE:(217) 555-0143} twice already. If it's sitting in {KEEP:SRFax} we can't see it.

Things we tried:
- cleared cache in {KEEP:Chrome}
- tried {KEEP:Edge}
- {KEEP:https://status.srfax.com} says all green

Can you call me when you get a sec? My cell is {PHONE:217.555.0198}. I'm in the office until {KEEP:4:30}.

Thanks,
{PERSON:Maria}

{PERSON:Maria Lopez}, RN
Director of Clinical Operations
Sunrise Home Health
{ADDRESS:1420 Elm Street, Suite 3B, Springfield}, IL {POSTCODE:62704}
Office {PHONE:217-555-0100 ext. 22} | Fax {PHONE:217-555-0143}
""",
)

email(
    "home-health",
    ["Tamsin Okonkwo-Hale"],
    r"""
From: {PERSON:Tamsin Okonkwo-Hale} <{EMAIL:tamsin@brightpathhomecare.com}>
To: {EMAIL:it@ferncliffsystems.net}
Subject: EVV mismatch - 3 visits not exporting to Sandata
Date: Wed, 18 Nov 2026 08:42:13 -0600

Morning,

Three visits from last week are stuck in the {KEEP:HHAeXchange} to {KEEP:Sandata} export queue with status {KEEP:REJ-07} (GPS out of range). The aide swears she was in the house. Details:

  Visit date   Client              Medicaid ID     Aide
  {DATE:11/09/2026}   {PERSON:Hollis Greenway}     {MEMBER:104477823A}      {PERSON:Nkechi Eze}
  {DATE:11/10/2026}   {PERSON:Hollis Greenway}     {MEMBER:104477823A}      {PERSON:Nkechi Eze}
  {DATE:11/12/2026}   {PERSON:Ofelia Marchetti}    {MEMBER:100932215C}      {PERSON:Nkechi Eze}

Mr. {PERSON:Greenway} lives at {ADDRESS:88 Quarry Hill Rd, Lot 14}, which is a mobile home park, and I think the geofence is pinned to the park office instead of his lot. Can the radius be widened for just him? The state allows up to {KEEP:1/4 mile} per the {KEEP:EVV} policy memo.

Also {PERSON:Nkechi} mentioned her phone app ({KEEP:HHAX Mobile} {KEEP:v4.18.2}) updated on Sunday, not sure if related.

We need these billed before the {KEEP:Friday} cutoff or they roll to next cycle.

{PERSON:Tamsin}
""",
)

email(
    "home-health",
    ["Grace Abernathy"],
    r"""
From: {PERSON:Grace Abernathy} <{EMAIL:gabernathy@lakeshorevna.org}>
To: {PERSON:Ines Carvalho} <{EMAIL:ines@carvalho-it.com}>
Cc: {KEEP:IT Helpdesk} <{EMAIL:helpdesk@lakeshorevna.org}>
Subject: RE: odd logins on WellSky
Date: Mon, 9 Nov 2026 16:20:51 -0600

{PERSON:Ines},

Pulled the login report from {KEEP:WellSky} like you asked. Most of it looks normal, our nurses log in from home before their first visit. The ones I don't recognize are marked with *.

  user            time (CT)          source IP
  {EMAIL:hbaptiste@lakeshorevna.org}   {KEEP:06:12}   {IP:73.162.88.14}
  {EMAIL:hbaptiste@lakeshorevna.org}   {KEEP:06:40}   {IP:73.162.88.14}
  {EMAIL:r.quintero@lakeshorevna.org}  {KEEP:07:05}   {IP:98.214.30.227}
  {EMAIL:r.quintero@lakeshorevna.org}  {KEEP:02:51}   {IP:185.220.101.47} *
  {EMAIL:wmcallister@lakeshorevna.org} {KEEP:07:31}   {IP:24.15.190.6}

{PERSON:Herve Baptiste} and {PERSON:Rubén Quintero} are both field RNs. {PERSON:Will McAllister} is our scheduler and works from the office, so {IP:24.15.190.6} is probably his home since he was out sick that day. The {KEEP:02:51} one for {PERSON:Rubén} is the weird one -- he says he was asleep.

I {KEEP:will} reset {PERSON:Rubén}'s password tonight unless you tell me not to. Should we turn on {KEEP:MFA} for everybody? I know you said {KEEP:WellSky} supports it through {KEEP:Okta} now.

Our office egress is {KEEP:203.0.113.25} in case you need it for the allow-list.

Thanks,
{PERSON:Grace}
{PERSON:Grace Abernathy} | Compliance & Privacy Officer
Lakeshore Visiting Nurse Association
{PHONE:(312) 555-0167}
""",
)

email(
    "home-health",
    ["Oluwaseun Adeyemi"],
    r"""
From: "{PERSON:Adeyemi, Oluwaseun}" <{EMAIL:oadeyemi@crestviewhomehealth.com}>
To: {PERSON:Marcus Bell} <{EMAIL:marcus@bellsystems.dev}>
Subject: new hire setup - 2 nurses starting Monday
Date: Thu, 12 Nov 2026 10:03:44 -0500

Hi {PERSON:Marcus},

Two new RNs start on {KEEP:Monday}. Can you set up their {KEEP:Office 365} accounts, the {KEEP:HCHB} logins and enroll their phones in {KEEP:Intune}? HR already has the I-9 stuff, I'm only putting here what you need.

1) {PERSON:Siobhán Ní Bhriain}
   start date {DATE:November 16, 2026}
   RN license {LICENSE:RN 095.118832} (Ohio)
   personal phone {PHONE:614-555-0172}
   phone IMEI {DEVICE:356938035643809}

2) {PERSON:Kwame Mensah}
   start date {DATE:November 16, 2026}
   RN license {LICENSE:RN.493017}
   personal phone {PHONE:+1 614 555 0139}
   phone IMEI {DEVICE:354712091168350}

Payroll also needs them in {KEEP:ADP} but {PERSON:Bill} is doing that, you don't have to. Please don't put their SSNs anywhere, I know last time someone pasted a new hire's SSN ({SSN:512-44-8391}) into a ticket and we had to scrub it. Delete this line after you read it lol.

Parking permits for the {KEEP:Main St} garage: {PERSON:Siobhán} drives plate {PLATE:HJK 4471}, {PERSON:Kwame} drives {PLATE:FTR-2093}.

Let me know if you need anything else.

Thanks!
{PERSON:Seun}

--
{PERSON:OLUWASEUN ADEYEMI}
HR & Operations Manager
Crestview Home Health, LLC
{ADDRESS:6100 Busch Blvd, Suite 210, Columbus}, OH {POSTCODE:43229-1187}
""",
)

email(
    "home-health",
    ["Kevin Dorsey"],
    r"""
From: {PERSON:Kevin Dorsey} <{EMAIL:kdorsey@harborlighthh.com}>
To: {EMAIL:support@lumentechsolutions.com}
Subject: hchb
Date: Fri, 4 Dec 2026 07:14:09 -0800

cant get into {KEEP:hchb} on the tablet. says {KEEP:error 0x80070005} access denied. tried reboot. have 6 visits today first one at {KEEP:8}. pls call {PHONE:805 555 0124}

sent from my phone

---
Sorry to pile on -- same here, {PERSON:kevin} and I share the team tablet {KEEP:Tab-07} and I can't get in either. Its a {KEEP:Samsung Galaxy Tab Active4} serial {DEVICE:R52W30ABC7K}. {PERSON:dawn} in the office says the {KEEP:Wi-Fi} is fine. If you remote in, {PERSON:kevin}'s first patient is Mr. {PERSON:Fairweather} -- sorry -- please just get it working before {KEEP:8:00}. Thanks.
{PERSON:Ama Owusu}, LPN
""",
)

email(
    "home-health",
    ["Lucía Fernández"],
    r"""
From: {PERSON:Lucía Fernández} <{EMAIL:lfernandez@amanecerhomecare.com}>
To: {PERSON:Tomás Reyes} <{EMAIL:tomas@reyes-tech.mx}>
Subject: Urgente - no imprime el formulario de admisión / intake form won't print
Date: Tue, 24 Nov 2026 13:55:02 -0700

Hola {PERSON:Tomás},

Perdón por escribir en los dos idiomas, la directora quiere que quede en inglés también.

ES: Desde la actualización de ayer, el formulario de admisión de {KEEP:Kinnser} no imprime en la {KEEP:Brother MFC-L8900}. Sale el mensaje {KEEP:"Spooler error 0x0000011b"}. Tenemos una admisión mañana para la señora {PERSON:Ana Belén Ortiz}, fecha de nacimiento {DATE:7/2/1941}, en {ADDRESS:2215 Calle Sombra, Apt 4}, Tucson, AZ {POSTCODE:85705}. La enfermera es {PERSON:Marisol}; su celular es {PHONE:520-555-0181}.

EN: Since yesterday's update the {KEEP:Kinnser} admission form won't print on the {KEEP:Brother} printer ({KEEP:0x0000011b}). We have an admission tomorrow ({DATE:Nov 25}) for Mrs. {PERSON:Ortiz} and need a paper copy because she doesn't sign on the tablet.

Puedes conectarte por {KEEP:AnyDesk}? El ID de la computadora de recepción es {KEEP:482 913 557}.

Gracias mil,
{PERSON:Lucía}
Coordinadora de Admisiones | {KEEP:Intake Team}
Amanecer Home Care
Tel. {PHONE:(520) 555-0100}
""",
)

email(
    "home-health",
    ["Hannah Stoltzfus"],
    r"""
From: {PERSON:Hannah Stoltzfus} <{EMAIL:hannah@meadowbrookhh.org}>
To: {PERSON:Dev Patel} <{EMAIL:dev@patelconsulting.io}>
Subject: OASIS submission rejected - fatal error on 2 assessments
Date: Mon, 30 Nov 2026 09:12:38 -0500

{PERSON:Dev} -

{KEEP:iQIES} kicked back two OASIS files over the weekend with fatal error {KEEP:-3049} (invalid M0063 Medicare number). Both were transfers, so I wonder if the {KEEP:MBI} got re-typed wrong when the intake nurse copied from the hospital face sheet.

Patient 1: {PERSON:Harold Pfenninger}, MBI on file {NATIONAL_ID:1EG4-TE5-MK73}, DOB {DATE:1938-05-21}, MRN {MRN:HH-004821}
Patient 2: {PERSON:Beatrice Yoon}, MBI on file {NATIONAL_ID:7WX2-QP4-RN18}, DOB {DATE:1946-11-02}, MRN {MRN:HH-004836}

The face sheet for Ms. {PERSON:Yoon} actually shows {NATIONAL_ID:7WX2QP4RN81} (no dashes, last two digits swapped) so that one is probably just a typo on our side. For {PERSON:Harold} I don't know.

Is there something in the {KEEP:HCHB} export that strips or reformats the MBI? The batch was {KEEP:#20261128-02} with {KEEP:14} assessments; only these {KEEP:2} failed. Deadline to resubmit is {KEEP:30 days} after the M0090 date.

{PERSON:Hannah}
QA Coordinator, Meadowbrook Home Health
{PHONE:717-555-0114}
""",
)

email(
    "home-health",
    ["Frank Oyelaran"],
    r"""
From: {PERSON:Frank Oyelaran} <{EMAIL:frank.oyelaran@evergreenathome.com}>
To: {PERSON:Lena Hoffmann} <{EMAIL:lena@hoffmann-consulting.de}>
Subject: Patient paid by e-mail (!!) - what do I do with this
Date: Wed, 2 Dec 2026 14:48:27 -0500

Hi {PERSON:Lena},

To be {KEEP:frank} I don't know what the right move is here. A patient's daughter replied to our statement e-mail with her card details typed right into the message so we could "just run it". It's sitting in the shared {KEEP:Billing} mailbox and probably in the {KEEP:Exchange Online} archive now too.

What she sent (I'm only forwarding so you can see how bad it is, please delete after):

> Please charge the balance of {KEEP:$1,250.00} for my mom {PERSON:Dorothea Kline}, account {ACCOUNT:0045-2291-77}.
> Visa {CARD:@@card4:453201519283746@@} exp {KEEP:09/28} cvv 4xx
> Billing address {ADDRESS:311 Birchwood Lane, Cherry Hill}, NJ {POSTCODE:08003}
> Thanks, {PERSON:Ruth Kline-Abrams} {PHONE:856-555-0133}

Questions:
1. Can we purge it from the mailbox AND the archive? We use {KEEP:Microsoft Purview} but I have no idea how.
2. Should we turn on a {KEEP:DLP} rule so this gets blocked next time? {PERSON:Joy} in billing says {KEEP:Office 365} can detect card numbers.
3. Do we have to report this to anybody?

For testing the rule, our {KEEP:Stripe} sandbox uses {KEEP:4242 4242 4242 4242}, so please make sure that one doesn't trigger alerts every time {PERSON:Joy} runs a test charge... or maybe it should, I don't know. Your call.

{PERSON:Frank}
{PERSON:Frank Oyelaran}, CFO | Evergreen at Home
""",
)

email(
    "home-health",
    ["Priya Raghunathan"],
    r"""
From: {PERSON:Priya Raghunathan} <{EMAIL:priya.r@kindredspiritshh.com}>
To: {PERSON:Marcus Bell} <{EMAIL:marcus@bellsystems.dev}>
Subject: PointClickCare referral feed - DOB format problem
Date: Tue, 17 Nov 2026 11:31:06 -0600

Hi {PERSON:Marcus},

The referral import from the hospital's {KEEP:PointClickCare} feed is putting the wrong birth dates in. I think it's a day/month swap. Examples from this morning:

- {PERSON:Agnieszka Zielińska}: {KEEP:PCC} says {DATE:04.11.1950}, our system now has {DATE:11/04/1950}, her real DOB is {DATE:November 4, 1950}
- {PERSON:Thabo Nkosi}: {KEEP:PCC} {DATE:1949-12-07}, ours {DATE:07/12/1949} (that one is right actually)
- {PERSON:Eileen Mahoney}: {KEEP:PCC} {DATE:02 Mar 1944}, ours blank

If it's only the European-looking format that breaks, maybe the parser assumes {KEEP:MM.DD.YYYY}? The hospital changed the export in their {KEEP:v23.4} upgrade.

Also the referral for Mr. {PERSON:Nkosi} came through with his MRN as {MRN:00482913} but the hospital says it should be {MRN:0048291-3} with the check digit. Does it matter for the match?

We have {KEEP:11} referrals waiting in the queue. I'd rather not key them by hand but I {KEEP:will} if I have to.

{PERSON:Priya}
Intake Manager
Kindred Spirits Home Health
{ADDRESS:5050 Quorum Dr, Ste 400, Dallas}, TX {POSTCODE:75254}
{PHONE:972.555.0148}
""",
)

email(
    "home-health",
    ["Bill Hargrove"],
    r"""
From: {PERSON:Bill Hargrove} <{EMAIL:bhargrove@prairiehomecare.net}>
To: {PERSON:Ines Carvalho} <{EMAIL:ines@carvalho-it.com}>
Subject: mileage report + fleet plates
Date: Thu, 3 Dec 2026 17:02:44 -0600

{PERSON:Ines},

Before I forget: the mileage report in the {KEEP:Excel} workbook stopped pulling plates from the fleet tab. I think it broke when somebody sorted column C. Here's the list so you can check:

  {PERSON:Anneliese Vogt}     {KEEP:2019 Ford Escape}     {PLATE:7XKL392}
  {PERSON:Darnell Whitaker}   {KEEP:2021 Honda CR-V}      {PLATE:KT 88 P2}
  {PERSON:Hope Castellanos}   {KEEP:2018 Toyota Corolla}  {PLATE:NHW-6614}
  {PERSON:Faith Mbeki}        own car                     {PLATE:ZRC 1047}

{PERSON:Hope} and {PERSON:Faith} get reimbursed at {KEEP:70 cents} a mile, the other two are company cars so their miles go to fuel card only.

Also the water {KEEP:bill} for the Decatur office is in the same shared folder and it keeps opening read-only, no idea why.

{KEEP:Hope this helps}, sorry for the mess.
{PERSON:Bill}

{PERSON:Bill Hargrove} - Office Manager - Prairie Home Care
{ADDRESS:PO Box 2207, Decatur}, IL {POSTCODE:62524}
""",
)

email(
    "home-health",
    [],
    r"""
From: {KEEP:Intake Team} <{EMAIL:intake@sunrisehh.org}>
To: {PERSON:Dev Patel} <{EMAIL:dev@patelconsulting.io}>
Subject: Fwd: chart link not opening
Date: Mon, 7 Dec 2026 08:05:19 -0500

{PERSON:Dev}, see below, this came to the shared box. -{PERSON:Tess}

---------- Forwarded message ---------
From: {PERSON:Jean-Luc Moreau} <{EMAIL:jlmoreau@gmail.com}>
Date: Sun, Dec 6, 2026 at 9:41 PM
Subject: chart link not opening
To: <{EMAIL:intake@sunrisehh.org}>

Hello,

The nurse sent me this link to look at my father's care plan but it only shows "403 Forbidden":
{URL:https://portal.sunrisehh.org/patients/88213/chart?view=careplan}

My father is {PERSON:Émile Moreau}, patient ID {MRN:7781234}. I am his health care proxy, I gave the paperwork to the nurse {PERSON:Aroha Ngata} on his visit {DATE:December 2}.

Also the password reset e-mail has this link, is it safe?
{URL:https://portal.sunrisehh.org/reset?token=f3a9c1e07b2d4e8a9c51&uid=jlmoreau}

I live in Montréal so I can't come to the office. My number is {PHONE:+1 514 555 0177}.

Merci,
{PERSON:Jean-Luc Moreau}
{ADDRESS:4520 rue Saint-Denis, app. 6, Montréal} QC {POSTCODE:H2J 2L3}
""",
)

email(
    "home-health",
    ["Małgorzata Wiśniewska"],
    r"""
From: {PERSON:Małgorzata Wiśniewska} <{EMAIL:gosia@silverbirchcare.com}>
To: {PERSON:Tomasz Nowak} <{EMAIL:tomasz@nowak-it.pl}>
Subject: Re: Re: VPN for the Saturday on-call nurse
Date: Sat, 5 Dec 2026 10:26:40 -0500

OK that worked!! {PERSON:Wendell} is connected now.

For the record, since you asked for it for the log: his laptop is the {KEEP:Dell Latitude 5440} with service tag {DEVICE:7FJ2QK3}, {KEEP:FortiClient} {KEEP:7.2.4}, and he connected from home ({IP:67.180.44.209}). The firewall rule you added for {KEEP:10.20.30.40} on port {KEEP:443} is what fixed it I think.

Next week can we talk about the other on-call laptop? {PERSON:Chase}'s one (serial {DEVICE:5CG1234XYZ}) is still on {KEEP:Windows 10} and keeps nagging about the {KEEP:Windows 11 23H2} upgrade.

{PERSON:Gosia}

On Sat, Dec 5, 2026 at 9:58 AM {PERSON:Tomasz Nowak} <{EMAIL:tomasz@nowak-it.pl}> wrote:
> Try again now. I opened {KEEP:10.20.30.40}:{KEEP:443} for the {KEEP:VPN} pool. If it still fails,
> send me a screenshot of the {KEEP:FortiClient} log.
>
> On Sat, Dec 5, 2026 at 9:31 AM {PERSON:Małgorzata Wiśniewska} <{EMAIL:gosia@silverbirchcare.com}> wrote:
>> {PERSON:Wendell Brathwaite} (on-call RN) can't get on the {KEEP:VPN}, says "{KEEP:-7200}
>> credential or ssl vpn configuration is wrong". Call him at {PHONE:(404) 555-0158}?
""",
)

email(
    "home-health",
    ["Rose Adeleke"],
    r"""
From: {PERSON:Rose Adeleke} <{EMAIL:rose@unityhomehealthcare.com}>
To: {PERSON:Marcus Bell} <{EMAIL:marcus@bellsystems.dev}>
Subject: Payroll direct deposit - new account for one nurse
Date: Fri, 20 Nov 2026 12:10:33 -0500

Hi {PERSON:Marcus},

One of our nurses, {PERSON:Lindiwe Dube}, changed banks and gave me this:

  Bank: {KEEP:Chase}
  Routing {ACCOUNT:071000013} / Account {ACCOUNT:4410582736}

and our payroll export to {KEEP:Paychex} needs the new one before the {DATE:11/27} run. The old account ending {ACCOUNT:8830} should be removed.

She also asked to update her address to {ADDRESS:77 Larkspur Court, Unit 9, Naperville}, IL {POSTCODE:60540}.

Is the export still the {KEEP:CSV} from {KEEP:QuickBooks Online}? Our pay rates {KEEP:rose} by {KEEP:3%} on the 1st so please check that column too. I'm out Monday; {PERSON:Amber Sutherland} can answer questions, {PHONE:630-555-0191}.

Thank you,
{PERSON:Rose}
""",
)


# =========================================================================== registries

email(
    "registry",
    ["Registry Support"],
    r"""
From: {KEEP:Registry Support} <{EMAIL:registry.support@health.state.il.example}>
To: {PERSON:Dev Patel} <{EMAIL:dev@patelconsulting.io}>
Subject: [{KEEP:REG-1172}] HL7 VXU rejected - PID-11 and PID-19
Date: Wed, 25 Nov 2026 15:37:02 -0600

Hello,

Your test submission for the clinic ({KEEP:facility 10442}) was rejected by I-CARE. The acknowledgement returned {KEEP:AE} with error {KEEP:102} on two segments. The offending message is below; please note real patient data should never be sent to the test environment.

MSH|^~\&|PEDSCLINIC|10442|ICARE|IDPH|20261125150101||VXU^V04^VXU_V04|MSG00917|T|2.5.1
PID|1||{MRN:550912}^^^PEDS^MR||{PERSON:Okafor^Chidinma^Adaeze}||{DATE:20190308}|F|||{ADDRESS:2630 W Monroe St^^Springfield}^IL^{POSTCODE:62704}||^PRN^PH^^1^{PHONE:217^5550139}|||||||{SSN:318-62-4471}
NK1|1|{PERSON:Okafor^Ngozi}|MTH

PID-19 (SSN) must not be populated for immunization messages, and PID-11 needs the address type (H/M) in component 7. Please correct and resubmit to the test queue.

Ticket {KEEP:REG-1172} will close automatically in {KEEP:10 business days}.

{KEEP:Registry Support}
Immunization Registry Unit
{PHONE:217-555-0102}
""",
)

email(
    "registry",
    ["Hunter Pákozdi"],
    r"""
From: {PERSON:Hunter Pákozdi} <{EMAIL:hunter.pakozdi@ccr.state.example.gov}>
To: {PERSON:Ines Carvalho} <{EMAIL:ines@carvalho-it.com}>
Subject: Cancer registry abstract batch - SFTP fails
Date: Tue, 10 Nov 2026 09:58:20 -0800

{PERSON:Ines},

The NAACCR batch from the hospitals hasn't landed since {KEEP:Thursday}. Our side of the {KEEP:SFTP} server is {KEEP:203.0.113.25}, port {KEEP:22}. The error in their log is "{KEEP:Host key verification failed}", which makes me think the key rotation we did on the 5th wasn't pushed to them.

Can you send the new fingerprint to {PERSON:Farida Al-Hashimi} at the hospital side ({EMAIL:falhashimi@stlukesregional.org}, {PHONE:208-555-0166})? She is the one who manages their {KEEP:MOVEit} job.

Separately: one of the test files they sent had real data in the header record (patient {PERSON:Gunnar Lindqvist}, DOB {DATE:1961-07-30}, SSN {SSN:456 12 9083}). I've already deleted it from the landing folder, just want you to be aware in case it's in a backup.

We're in {KEEP:Boise} this week for the {KEEP:NAACCR} regional meeting, so slower replies.

{PERSON:Hunter}
--
{PERSON:Hunter Pákozdi}, CTR
Data Operations Lead, State Cancer Registry
""",
)

email(
    "registry",
    ["Nguyen Thi Lan"],
    r"""
From: {PERSON:Nguyen Thi Lan} <{EMAIL:lan.nguyen@dhs.state.example.gov}>
To: {PERSON:Tomás Reyes} <{EMAIL:tomas@reyes-tech.mx}>
Cc: {PERSON:April Whitcombe} <{EMAIL:awhitcombe@dhs.state.example.gov}>
Subject: Duplicate records after merge job
Date: Thu, 19 Nov 2026 14:14:55 -0500

Dear {PERSON:Tomás},

After last night's deduplication run (job {KEEP:MRG-2026-1119}), the registry now shows two children merged who should not be:

  Record A: {PERSON:Zhang Wei}, born {DATE:2021-02-14}, registry ID {MRN:IR-3308817}, Medicaid {MEMBER:M8847120933}
  Record B: {PERSON:Zhang Wei}, born {DATE:2021-02-14}, registry ID {MRN:IR-3308902}, no Medicaid

They are twins? No -- same name, same birthday, different mothers ({PERSON:Li Na} and {PERSON:Chen Xiuying}). The match score was {KEEP:0.97}, which is over our {KEEP:0.95} threshold. Could you add the mother's maiden name to the blocking key, or lower the weight on DOB?

{PERSON:April} on my team will send you the full export. Please don't forward it outside the secure file share ({KEEP:Kiteworks}).

Best regards,
{PERSON:Lan}

{PERSON:Nguyen Thi Lan}
Registry Data Quality Manager
{PHONE:+1 (617) 555-0129}
""",
)

email(
    "registry",
    ["Desmond Achterberg"],
    r"""
From: {PERSON:Desmond Achterberg} <{EMAIL:d.achterberg@birthdefects-registry.example.org}>
To: {EMAIL:support@marlowdata.co}
Subject: quick one
Date: Mon, 16 Nov 2026 12:01:09 -0600

Hi,

The {KEEP:REDCap} project export ({KEEP:PID 4471}) fails with {KEEP:HTTP 503} every time it goes over about {KEEP:5,000} rows. Smaller exports work. Is this the {KEEP:PHP} memory limit again? Last time {PERSON:Mark} fixed it by bumping it to {KEEP:512M}.

Not urgent, but the quarterly report to {KEEP:CDC} is due {KEEP:Dec 15}.

Please {KEEP:mark as done} in the tracker when fixed, I'll forget otherwise.

-{PERSON:Des}
{PERSON:Desmond Achterberg} | Epidemiologist II | {PHONE:(573) 555-0110} x{KEEP:4}
""",
)

email(
    "registry",
    ["Aisha Rahman"],
    r"""
From: "Dr. {PERSON:Aisha Rahman}" <{EMAIL:arahman@tbregistry.example.gov}>
To: {PERSON:Lena Hoffmann} <{EMAIL:lena@hoffmann-consulting.de}>
Subject: Access request for new contractor + audit
Date: Wed, 2 Dec 2026 08:47:31 -0500

Dear {PERSON:Lena},

Please create a read-only account in the TB case registry for our new contract epidemiologist, Dr. {PERSON:José Ángel Ruiz}. His details for the access form:

  Name: {PERSON:José Ángel Ruiz}
  Work e-mail: {EMAIL:jaruiz.contractor@tbregistry.example.gov}
  Phone: {PHONE:787-555-0145}
  Start: {DATE:7 December 2026}
  Training certificate: {LICENSE:CITI-58812044}

While you are in there, the quarterly access audit flagged two accounts that nobody recognises: "{KEEP:svc_export}" (probably the {KEEP:SAS} job?) and "{EMAIL:kwilhelmsen@tbregistry.example.gov}". {PERSON:Kari Wilhelmsen} left us in {KEEP:August}, so that account should have been disabled. Her last login was from {IP:71.205.12.88}, which is not one of ours -- could you check whether it's a {KEEP:VPN} address?

Audit findings have to be closed within {KEEP:30 days} per {KEEP:policy 7.4}.

Kind regards,
Dr. {PERSON:Aisha Rahman}
Director, Tuberculosis Control Program
{ADDRESS:500 Capitol Mall, Room 1120, Sacramento}, CA {POSTCODE:95814}
Tel {PHONE:916-555-0187} | Fax {PHONE:916-555-0188}
""",
)

email(
    "registry",
    ["Chloé Tremblay"],
    r"""
From: {PERSON:Chloé Tremblay} <{EMAIL:ctremblay@registre-vaccination.example.ca}>
To: {PERSON:Marcus Bell} <{EMAIL:marcus@bellsystems.dev}>
Subject: Correction de dossier / record correction request
Date: Thu, 26 Nov 2026 10:20:45 -0500

Bonjour {PERSON:Marcus},

Un parent nous a écrit pour corriger le dossier de son enfant. A parent asked us to correct a record:

  Enfant / Child: {PERSON:Léa Gagnon-Bouchard}
  Date de naissance / DOB: {DATE:2018-09-23}
  Numéro d'assurance sociale du parent (!) / parent's SIN: {NATIONAL_ID:@@sin:04612734@@}
  Adresse: {ADDRESS:1180, avenue des Érables, Québec} (QC) {POSTCODE:G1R 2M3}

The SIN should never have been collected; it's in a free-text note field. Could you give me a query that finds other SIN-looking values in the notes table? We're on {KEEP:SQL Server 2019}.

Le parent, M. {PERSON:Olivier Gagnon}, preferred phone {PHONE:418 555-0106}.

Merci beaucoup,
{PERSON:Chloé}
Analyste, Registre de vaccination
""",
)

email(
    "registry",
    ["Sunny Kaur-Bains"],
    r"""
From: {PERSON:Sunny Kaur-Bains} <{EMAIL:skaurbains@immunize.state.example.gov}>
To: {PERSON:Dev Patel} <{EMAIL:dev@patelconsulting.io}>
Subject: Onboarding list for the 3 pharmacies going live
Date: Tue, 8 Dec 2026 13:05:12 -0600

Hi {PERSON:Dev},

It's a {KEEP:sunny} day in {KEEP:Springfield} for once, so here's good news: all three pharmacies passed testing. Please flip them to production in the {KEEP:HL7} gateway. Contacts for the go-live call:

* Lakeview Pharmacy - {PERSON:Ramón Echeverría}, PharmD - {PHONE:217-555-0119} - {EMAIL:ramon@lakeviewrx.com}
* Corner Drug #2 - {PERSON:Ifeoma Chukwu} - {PHONE:(217) 555-0127} - {EMAIL:ifeoma.c@cornerdrug.net}
* Prairie Apothecary - {PERSON:Björn Halvorsen} - {PHONE:217 555 0193} - {EMAIL:bjorn@prairieapothecary.com}

Their facility codes are {KEEP:10887}, {KEEP:10891} and {KEEP:10902}. The pharmacist-in-charge licences we have on file, in case the gateway asks: {LICENSE:PH-051.0077412}, {LICENSE:PH-051.0081230}, {LICENSE:PH-051.0069958}.

Go-live window is {KEEP:Thursday 7:00-9:00 pm}. Maintenance on our side finishes by {KEEP:6:30}.

{PERSON:Sunny}
Onboarding Coordinator
""",
)

email(
    "registry",
    [],
    r"""
From: {EMAIL:noreply@statusdesk.example.gov}
To: {EMAIL:alerts@marlowdata.co}
Subject: [{KEEP:INC0012345}] Submission failures - facility 20331
Date: Sun, 22 Nov 2026 03:00:07 -0500

Automated notification.

Incident {KEEP:INC0012345} has been assigned to your group ({KEEP:Vendor - Marlow Data}).

Summary: {KEEP:17} of {KEEP:412} messages from facility {KEEP:20331} failed schema validation between {KEEP:01:00} and {KEEP:02:00}.

Sample failure (first only):
  Message control ID: {KEEP:CLN20331-000981}
  Error: {KEEP:XSD-0042} element 'patientBirthDate' value '{DATE:31/04/2015}' is not a valid date
  Patient: {PERSON:RAMIREZ, VALENTINA}  Chart: {MRN:C-2033-77410}
  Guardian phone: {PHONE:3125550172}

Reply above this line to update the incident. Portal: {KEEP:https://statusdesk.example.gov}
Direct link: {URL:https://statusdesk.example.gov/incident.do?sys_id=9f2c7e41b0a84d&user=alerts_marlowdata}
""",
)

email(
    "registry",
    ["Joy Nakamura"],
    r"""
From: {PERSON:Joy Nakamura} <{EMAIL:jnakamura@lead-registry.example.gov}>
To: {PERSON:Ines Carvalho} <{EMAIL:ines@carvalho-it.com}>
Subject: Re: lab file mapping
Date: Fri, 27 Nov 2026 16:44:30 -0800

{PERSON:Ines} - thanks, the mapping looks right. Two notes inline.

> 1. Blood lead results come in as {KEEP:ug/dL} with up to one decimal. Anything >= {KEEP:3.5} is flagged.
Correct. The {KEEP:CDC} reference value changed to {KEEP:3.5} in {KEEP:2021}.

> 2. For the address we only keep street + ZIP, city is derived.
Please keep city too. Example of why, from the file {PERSON:Mateo} sent: {PERSON:Kainoa Akana}, DOB {DATE:05/17/2022}, {ADDRESS:91-1001 Keaunui Dr, Unit 32, Ewa Beach}, HI {POSTCODE:96706} -- our geocoder puts {POSTCODE:96706} in the wrong place without the city.

It's no {KEEP:joy} doing these by hand, so the faster the better. Call me if easier: {PHONE:808-555-0131}.

{PERSON:Joy}

On Fri, Nov 27, 2026 at 2:10 PM {PERSON:Ines Carvalho} <{EMAIL:ines@carvalho-it.com}> wrote:
> {PERSON:Joy}, attached is the draft mapping for the {KEEP:ELR} lab feed. Let me know about 1 and 2 above.
""",
)


# =========================================================================== therapy / counseling

email(
    "therapy",
    ["Dawn Whitfield"],
    r"""
From: {PERSON:Dawn Whitfield}, LCSW <{EMAIL:dawn@harborcounseling.net}>
To: {PERSON:Marcus Bell} <{EMAIL:marcus@bellsystems.dev}>
Subject: SimplePractice -> TherapyNotes migration, a few clients missing
Date: Tue, 1 Dec 2026 19:22:08 -0500

Hi {PERSON:Marcus},

I know we said we'd finish by {KEEP:dawn} tomorrow, ha, but I found gaps. After the import into {KEEP:TherapyNotes} these clients have no appointment history:

  - {PERSON:Callum Fraser} (client since {DATE:03/2023}) - next appt Thu {DATE:12/3} {KEEP:4:00pm}
  - {PERSON:Yusra Haddad} - last seen {DATE:11/24/2026}
  - {PERSON:E. Lindqvist-Moore} - intake was {DATE:10/30/2026}

All three had their insurance as {KEEP:Aetna} and the export from {KEEP:SimplePractice} marked them "{KEEP:self-pay}" for some reason. {PERSON:Yusra}'s member ID is {MEMBER:W228417730} if you need to check the mapping.

The {KEEP:TherapyNotes} import log says "{KEEP:3 records skipped: invalid payer}". 

Please don't call the office line after {KEEP:6pm}, text me instead at {PHONE:757-555-0163}.

{PERSON:Dawn}
{PERSON:Dawn Whitfield}, LCSW | Harbor Counseling Group
{ADDRESS:220 W Brambleton Ave, Suite 5, Norfolk}, VA {POSTCODE:23510}
""",
)

email(
    "therapy",
    ["Henrike Sauerbrey"],
    r"""
From: {PERSON:Henrike Sauerbrey} <{EMAIL:praxis@sauerbrey-psychotherapie.de}>
To: {PERSON:Lena Hoffmann} <{EMAIL:lena@hoffmann-consulting.de}>
Subject: Rechnungen an Privatpatienten / invoices not going out
Date: Wed, 11 Nov 2026 18:03:27 +0100

Liebe {PERSON:Lena},

seit dem Update auf {KEEP:Elefant} {KEEP:2026.3} werden die Rechnungen an Privatpatienten nicht mehr per E-Mail verschickt. Im Protokoll steht {KEEP:"SMTP 535 5.7.8 Authentication failed"}.

Betroffen zum Beispiel:
  Herr {PERSON:Jürgen Weiß}, geb. {DATE:14.03.1952}, Rechnung {KEEP:2026-0007} über {KEEP:480,00 EUR}
  Frau {PERSON:Ilse Brandt-Oberholzer}, geb. {DATE:02.09.1967}, Rechnung {KEEP:2026-0011} über {KEEP:1.500,00 EUR}

Herr {PERSON:Weiß} hat schon angerufen ({PHONE:0171 2345678}), er möchte per Überweisung zahlen und fragt nach unserer IBAN: {IBAN:@@iban4:DE:370400440532013000@@}. Stimmt die in der Vorlage noch?

Seine Adresse für die Papierrechnung: {ADDRESS:Lindenstraße 14}, {POSTCODE:10115} {ADDRESS:Berlin}.

Ich bin {KEEP:Montag} und {KEEP:Dienstag} in der Praxis, Tel. {PHONE:030 12345678}.

Herzliche Grüße
{PERSON:Henrike Sauerbrey}
Psychologische Psychotherapeutin
""",
)

email(
    "therapy",
    ["Mohammed Al-Farsi"],
    r"""
From: {PERSON:Mohammed Al-Farsi} <{EMAIL:m.alfarsi@clearwatertherapy.com}>
To: {PERSON:Ines Carvalho} <{EMAIL:ines@carvalho-it.com}>
Subject: telehealth link leaked?
Date: Mon, 23 Nov 2026 07:51:40 -0500

{PERSON:Ines}, a client forwarded me a screenshot showing my {KEEP:Doxy.me} room link in a public Facebook post: {URL:https://doxy.me/dr-alfarsi-clearwater}. I think it came from the appointment reminder that {KEEP:Weave} sends. Can we switch reminders to the generic waiting room {KEEP:https://doxy.me} and rotate my room name?

Also my {KEEP:Calendly} page {URL:https://calendly.com/mohammed-al-farsi/intake-50min} shows up in {KEEP:Google}; is that normal?

The client who told me is {PERSON:Bram de Vries}, his session is Wednesday {DATE:11/25}. He's understandably upset.

Thanks,
{PERSON:Mo}
{PERSON:Mohammed Al-Farsi}, PhD, Licensed Psychologist ({LICENSE:PSY 29114})
""",
)

email(
    "therapy",
    ["Grace O'Sullivan"],
    r"""
From: {PERSON:Grace O'Sullivan} <{EMAIL:grace@thrivefamilytherapy.org}>
To: {EMAIL:help@nimbleit.services}
Subject: Billing question - claims denied CO-16
Date: Thu, 10 Dec 2026 11:18:03 -0600

Hello,

{KEEP:Office Ally} is returning {KEEP:CO-16} on every claim since {KEEP:Dec 1}. The remark code is {KEEP:N290} (missing rendering provider). Nothing changed on our side except we added a new clinician, {PERSON:Siddharth Venkataraman}, LMFT ({LICENSE:LMFT 118204}).

Two of the denied claims:
  Client {PERSON:Maeve Gallagher}, DOB {DATE:6/30/2009}, member ID {MEMBER:XJH448812301}, DOS {DATE:11/18/2026}
  Client {PERSON:Tobias Greenleaf}, DOB {DATE:January 3, 1988}, member ID {MEMBER:BCX912004417}, DOS {DATE:11/19/2026}

We're a small practice and a {KEEP:30-day grace period} on the payer side is all we have before this becomes a real cash problem. There are {KEEP:41} claims in the queue totaling about {KEEP:$6,970}.

Thank you,
{PERSON:Grace O'Sullivan}, LCPC
Practice Owner, Thrive Family Therapy
{ADDRESS:1305 Sherman Ave, 2nd Floor, Evanston}, IL {POSTCODE:60201}
{PHONE:847.555.0125}
""",
)

email(
    "therapy",
    ["Anjali Deshmukh"],
    r"""
From: {PERSON:Anjali Deshmukh} <{EMAIL:anjali@mindfulpathcounseling.com}>
To: {PERSON:Dev Patel} <{EMAIL:dev@patelconsulting.io}>
Subject: laptops
Date: Fri, 6 Nov 2026 15:30:00 -0800

hey {PERSON:dev}

quick inventory for the insurance renewal, they want serials:

{PERSON:anjali} - {KEEP:MacBook Air M2} - {DEVICE:C02XK1ZZJGH5}
{PERSON:raúl} - {KEEP:MacBook Pro 14} - {DEVICE:FVFH3LQ2Q6L4}
{PERSON:thandiwe} - {KEEP:Surface Laptop 5} - {DEVICE:0F33RK4232045B}
front desk pc - {KEEP:OptiPlex 7010} - {KEEP:tag 9X1MZ44}

the front desk one is shared so i guess it doesn't count as anyone's. {PERSON:raúl}'s is the one with {KEEP:FileVault} off, can you fix that when you're here tuesday?

thx
{PERSON:a}
""",
)

email(
    "therapy",
    ["Rachel Abramowitz"],
    r"""
From: {PERSON:Rachel Abramowitz} <{EMAIL:rachel@northshoretherapy.co}>
To: {PERSON:Tomasz Nowak} <{EMAIL:tomasz@nowak-it.pl}>
Subject: Re: Fw: client can't log in to portal
Date: Wed, 9 Dec 2026 10:07:55 -0500

{PERSON:Tomasz} - she tried again and still nothing. Full story below.

-----Original Message-----
From: {PERSON:Penelope Stavros} <{EMAIL:pen.stavros88@yahoo.com}>
Sent: Tuesday, December 8, 2026 9:14 PM
To: {KEEP:Front Desk} <{EMAIL:frontdesk@northshoretherapy.co}>
Subject: can't log in to portal

hi, it keeps saying my account is locked. I reset it using the link ({URL:https://northshoretherapy.clientsecure.me/account/reset/8f14e45fceea167a5a36dedd4bea2543}) and it says the link expired. My son {PERSON:Nikos} has his session with Dr. {PERSON:Rachel} on Thursday {DATE:Dec 10} and I need to fill out the consent form before then. my cell {PHONE:978-555-0150}. thanks {PERSON:Penny}
""",
)

email(
    "therapy",
    ["Aroha Ngata"],
    r"""
From: {PERSON:Aroha Ngata} <{EMAIL:aroha@kowhaiwellbeing.co.nz}>
To: {PERSON:Lena Hoffmann} <{EMAIL:lena@hoffmann-consulting.de}>
Subject: UK client records + NHS numbers in the intake form
Date: Thu, 3 Dec 2026 21:15:42 +1300

Kia ora {PERSON:Lena},

We've started seeing a few UK clients online and the intake form in {KEEP:Jotform} asks for their NHS number, which then lands in plain text in our {KEEP:Google Sheets} backup. Examples from this week's sheet:

  {PERSON:Imogen Clarke-Hughes}   NHS {NATIONAL_ID:@@nhs:943476591@@}   GP postcode {POSTCODE:SW1A 1AA}
  {PERSON:Rhys Llewellyn}         NHS {NATIONAL_ID:@@nhs:401023213@@}   GP postcode {POSTCODE:CF10 3NQ}
  {PERSON:Priyanka Sethi}         NHS {NATIONAL_ID:@@nhs:485777345@@}   GP postcode {POSTCODE:M1 1AE}

{PERSON:Imogen}'s GP surgery phoned us on {PHONE:+44 20 7946 0958} to confirm, so that part works at least.

Can we drop the column from the sheet and keep it only in {KEEP:Halaxy}? Also would love a passport-number field removed -- one client typed hers in ({NATIONAL_ID:533380006}, {PERSON:Priyanka}'s I think).

Ngā mihi,
{PERSON:Aroha}
""",
)

email(
    "therapy",
    ["Chase Whitley"],
    r"""
From: {PERSON:Chase Whitley} <{EMAIL:chase@summitbehavioral.org}>
To: {PERSON:Marcus Bell} <{EMAIL:marcus@bellsystems.dev}>
Subject: phone tree + after-hours line
Date: Tue, 17 Nov 2026 09:40:16 -0700

{PERSON:Marcus},

I'm not going to chase {KEEP:RingCentral} support again, so you're my last hope. The after-hours crisis option (press {KEEP:9}) still rings the old on-call number {PHONE:720-555-0112} instead of the new rotation. This week's on-call is {PERSON:Bethany Oyelowo-Grant} ({PHONE:720.555.0184}), next week {PERSON:Hamza Qureshi} ({PHONE:303-555-0170}).

The main number {PHONE:(303) 555-0100} is fine. Ticket with them is {KEEP:#48213} if you want to reference it.

Also the {KEEP:IVR} greeting still says "{KEEP:Summit Behavioral Health, formerly Mountainview}", can you record over it? {PERSON:Hope} at the front desk has a nicer voice than me.

{PERSON:Chase}
Clinical Director
""",
)


# =========================================================================== dental

email(
    "dental",
    ["Yolanda Briggs"],
    r"""
From: {PERSON:Yolanda Briggs} <{EMAIL:ybriggs@brightsmiledental.com}>
To: {PERSON:Dev Patel} <{EMAIL:dev@patelconsulting.io}>
Subject: Dentrix card reader + patients emailing card numbers
Date: Mon, 14 Dec 2026 08:30:21 -0600

Good morning {PERSON:Dev},

The {KEEP:Dentrix Ascend} payment terminal ({KEEP:Worldpay} {KEEP:Lane/3000}) stopped talking to the front desk PC after the {KEEP:Windows} update. Error {KEEP:"Device not found (code 1167)"}.

Because of that, two patients "helpfully" e-mailed their card numbers to {KEEP:Front Desk}:

1. {PERSON:Terrence Mabry}, patient acct {ACCOUNT:PA-100388}, {CARD:@@card-:537812041029384@@}, paying {KEEP:$385.00} for the crown seat
2. {PERSON:Sun-hee Park}, patient acct {ACCOUNT:PA-100412}, {CARD:@@card4:601100774830921@@}

I told {PERSON:Amber} not to run them from the e-mail. Can you get the terminal back up and maybe set up the secure pay link thing in {KEEP:Dentrix} so we stop getting these? Also, is it OK that the numbers are still in the {KEEP:Outlook} inbox?

Dr. {PERSON:Lindgren} wants it fixed before the {KEEP:10:00} rush.

Thanks!
{PERSON:Yolanda Briggs}
Office Manager, BrightSmile Dental
{ADDRESS:4411 S Lamar Blvd, Bldg 2, Austin}, TX {POSTCODE:78745}
{PHONE:512-555-0121}
""",
)

email(
    "dental",
    ["Katharina Bergmann"],
    r"""
From: Dr. {PERSON:Katharina Bergmann} <{EMAIL:info@zahnarzt-bergmann.de}>
To: {PERSON:Lena Hoffmann} <{EMAIL:lena@hoffmann-consulting.de}>
Subject: Lastschriften zurückgekommen
Date: Tue, 15 Dec 2026 12:44:09 +0100

Hallo {PERSON:Lena},

diese Woche sind drei SEPA-Lastschriften aus {KEEP:Dampsoft} zurückgekommen (Rücklastschrift {KEEP:MD06}). Die Patienten:

  {PERSON:Tobias Reinhardt}   {IBAN:@@iban:DE:500105175407324931@@}   {KEEP:212,40 €}
  {PERSON:Aylin Yıldırım}     {IBAN:@@iban4:DE:120300000012345678@@}   {KEEP:89,00 €}
  {PERSON:Franziska Obermeier} {IBAN:@@iban4:AT:1904300234573201@@}   {KEEP:1.040,00 €}

Frau {PERSON:Yıldırım} sagt, ihre IBAN ist richtig. Kann es sein, dass der Export die Mandatsreferenz abschneidet? Unsere Gläubiger-ID ist {KEEP:DE98ZZZ09999999999}.

Außerdem: Unsere Praxisadresse in der Vorlage ist noch alt, richtig ist {ADDRESS:Hauptstraße 27a}, {POSTCODE:80331} {ADDRESS:München}.

Viele Grüße
{PERSON:Katharina Bergmann}
""",
)

email(
    "dental",
    ["Marcus Oyelaran"],
    r"""
From: {PERSON:Marcus Oyelaran} <{EMAIL:moyelaran@riverbendortho.com}>
To: {EMAIL:support@nimbleit.services}
Subject: Eaglesoft backup failed 3 nights
Date: Thu, 19 Nov 2026 07:02:55 -0500

Backups from {KEEP:Eaglesoft} to the {KEEP:Synology} have failed three nights in a row, error {KEEP:E-2207} "database in use". The NAS is at {KEEP:192.168.10.5}.

I don't know if it's related but Dr. {PERSON:Hayes}'s workstation ({KEEP:OP-3}) was left logged in every night this week.

Last successful backup was {KEEP:Sunday} night, so we are {KEEP:3} days exposed. The {KEEP:Eaglesoft} service is {KEEP:v24.10} and the NAS runs {KEEP:DSM 7.2}.

Please call the office {PHONE:(404) 555-0176}, ask for {PERSON:Marcus} or {PERSON:Candace}.

{PERSON:Marcus Oyelaran}
Riverbend Orthodontics
""",
)

email(
    "dental",
    ["Soledad Villanueva"],
    r"""
From: {PERSON:Soledad Villanueva} <{EMAIL:soledad@sonrisafamilydental.com}>
To: {PERSON:Tomás Reyes} <{EMAIL:tomas@reyes-tech.mx}>
Subject: Patient ID verification - scanner saving to wrong folder
Date: Mon, 30 Nov 2026 16:10:48 -0700

{PERSON:Tomás},

The ID scanner at check-in is saving driver's licence images to {KEEP:C:\Scans\Public} instead of the patient chart in {KEEP:Open Dental}. Anyone on the network can open them. This week's scans I can see in there:

  {PERSON:Gabriel Montoya-Reyes}   AZ DL {LICENSE:D08934521}   chart {MRN:#A-55102}
  {PERSON:Wren Holloway}           NM DL {LICENSE:503118227}    chart {MRN:#A-55119}
  {PERSON:Dmitri Sokolov}          CA DL {LICENSE:D1234567}     chart {MRN:#A-55123}

Also the insurance cards: {PERSON:Wren}'s Delta Dental ID {MEMBER:DDP0048812937}.

Could we move the folder and lock it down to the {KEEP:Front Desk} group only? {KEEP:Open Dental} version is {KEEP:23.2.41}.

Gracias,
{PERSON:Sol}
{PERSON:Soledad Villanueva} | Practice Administrator
Sonrisa Family Dental | {ADDRESS:1650 W Baseline Rd, Ste 101, Mesa}, AZ {POSTCODE:85202} | {PHONE:480-555-0134}
""",
)

email(
    "dental",
    ["Patrick O'Brien"],
    r"""
From: {PERSON:Patrick O'Brien} <{EMAIL:pobrien@obriendds.ie}>
To: {PERSON:Lena Hoffmann} <{EMAIL:lena@hoffmann-consulting.de}>
Subject: Card machine payouts going to old account
Date: Fri, 11 Dec 2026 11:55:34 +0000

{PERSON:Lena},

Our {KEEP:SumUp} payouts are still going to the old {KEEP:AIB} account. The new business account is with {KEEP:Bank of Ireland}: {IBAN:@@iban4:IE:BOFI90001712345678@@}. Old one was {IBAN:@@iban:IE:AIBK93115212345678@@}.

Could you update it in the practice software ({KEEP:Socrates}) as well so the statements match? And the patient reminder texts still show my mobile {PHONE:+353 87 555 0192} instead of the practice number {PHONE:+353 1 555 0140}.

Address for the statements: {ADDRESS:12 Harbour Road, Howth, Co. Dublin}, {POSTCODE:D13 X2Y4}.

Thanks a million,
{PERSON:Pat}
""",
)

email(
    "dental",
    ["Mei-Ling Chow"],
    r"""
From: {PERSON:Mei-Ling Chow} <{EMAIL:meiling@pearlharborsmiles.com}>
To: {PERSON:Dev Patel} <{EMAIL:dev@patelconsulting.io}>
Cc: {PERSON:Kalani Kahananui} <{EMAIL:kalani@pearlharborsmiles.com}>
Subject: Re: [{KEEP:JIRA-331}] recall e-mails going to wrong patients
Date: Wed, 9 Dec 2026 14:22:11 -1000

Hi {PERSON:Dev},

Found another one. The recall e-mail meant for {PERSON:Leilani Kealoha} (DOB {DATE:08-19-1975}, acct {ACCOUNT:0093-4410}) went to {EMAIL:haunani.k@hawaiiantel.net}, which is her sister-in-law's address. Her actual e-mail on file is {EMAIL:leilani.kealoha@gmail.com}.

{PERSON:Kalani} thinks it's the household merge in {KEEP:Dentrix G7}: both of them are under guarantor {PERSON:Keoni Kealoha}, acct {ACCOUNT:0093-4401}, and the template uses the guarantor's e-mail.

{KEEP:JIRA-331} was closed as "can't reproduce", please reopen.

{PERSON:Mei-Ling}
""",
)


# =========================================================================== pediatric clinic

email(
    "pediatric",
    ["Amara Osei"],
    r"""
From: Dr. {PERSON:Amara Osei} <{EMAIL:aosei@littlestepspeds.com}>
To: {PERSON:Ines Carvalho} <{EMAIL:ines@carvalho-it.com}>
Subject: parent portal showing wrong child
Date: Tue, 24 Nov 2026 12:31:50 -0500

{PERSON:Ines},

Serious one. A mother logged into the {KEEP:athenahealth} patient portal and saw another child's growth chart. What she saw: {PERSON:Elijah Brooks}, MRN {MRN:00571284}, DOB {DATE:2020-06-11}. Her own child is {PERSON:Elias Brookes}, MRN {MRN:00571248}, DOB {DATE:2020-06-01}.

She sent us the URL from her browser: {URL:https://littlestepspeds.portal.athenahealth.com/patient/00571284/growth}

Login records for her account show {IP:108.28.177.63} and, oddly, {IP:2601:14c:4281:9d0::1f}. I'd like to know whether anyone else got into {PERSON:Elijah}'s record. His mom is {PERSON:Keisha Brooks}, {PHONE:202-555-0147}; I have not told her yet.

Please treat as a possible breach. {KEEP:Privacy Officer} is cc'd on my reply.

Dr. {PERSON:Osei}
""",
)

email(
    "pediatric",
    ["Hope Lindqvist"],
    r"""
From: {PERSON:Hope Lindqvist} <{EMAIL:hope@cedarpediatrics.org}>
To: {PERSON:Marcus Bell} <{EMAIL:marcus@bellsystems.dev}>
Subject: VFC vaccine fridge alarm texts
Date: Sat, 28 Nov 2026 06:48:12 -0600

{PERSON:Marcus},

The {KEEP:TempTrak} sensor on the VFC fridge went off at {KEEP:3:12 am} (temp {KEEP:9.1 °C}) but the text alert only went to Dr. {PERSON:Ferreira}'s old number. Current list should be:

  {PERSON:Hope Lindqvist}      {PHONE:(612) 555-0108}
  {PERSON:Darius Farahani}     {PHONE:612-555-0162}
  {PERSON:Bolu Akinwande}      {PHONE:+1 612 555 0115}

Please remove {PHONE:651-555-0199} ({PERSON:Ferreira}) -- she retired in {KEEP:October}.

I'm hoping the doses are OK; the state {KEEP:VFC} program will want the data logger file, so please don't wipe anything on the {KEEP:TempTrak} gateway ({KEEP:192.168.1.44}).

{PERSON:Hope}
""",
)

email(
    "pediatric",
    ["Ximena Castro"],
    r"""
From: {PERSON:Ximena Castro} <{EMAIL:xcastro@clinicapediatricasol.com}>
To: {PERSON:Tomás Reyes} <{EMAIL:tomas@reyes-tech.mx}>
Subject: Medicaid eligibility check failing for some kids
Date: Wed, 2 Dec 2026 10:15:07 -0600

Hola {PERSON:Tomás},

The eligibility check in {KEEP:eClinicalWorks} returns {KEEP:AAA*72} (invalid member ID) for kids whose Medicaid ID ends in a letter. Examples:

- {PERSON:Santiago Herrera López}, DOB {DATE:3/4/19}, Medicaid ID {MEMBER:123456789A}
- {PERSON:Valeria Quispe Mamani}, DOB {DATE:11/22/2017}, Medicaid ID {MEMBER:509871236B}
- {PERSON:Jayden Nguyen}, DOB {DATE:01/09/2021}, Medicaid ID {MEMBER:600341872}  <- this one works

So it's the letter. It started after the {KEEP:Availity} connection was switched on. Can you look at how the 270 request is built? Payer is {KEEP:Texas Medicaid} ({KEEP:TMHP}).

Llámame si necesitas algo: {PHONE:956-555-0153}.

{PERSON:Ximena}
Gerente de Facturación / Billing Manager
""",
)

email(
    "pediatric",
    ["Ben Adebayo"],
    r"""
From: {PERSON:Ben Adebayo} <{EMAIL:badebayo@kidsfirstclinic.net}>
To: {PERSON:Dev Patel} <{EMAIL:dev@patelconsulting.io}>
Subject: fax from school nurse went to the wrong number
Date: Thu, 10 Dec 2026 15:27:39 -0500

{PERSON:Dev} - short version: the {KEEP:eFax} cover sheet template has the wrong fax for Jefferson Elementary. We sent {PERSON:Amelia Kowalczyk}'s asthma action plan (DOB {DATE:04/02/2016}, chart {MRN:KF-208814}) to {PHONE:(330) 555-0190} which turns out to be a car wash. The school's real fax is {PHONE:330-555-0191}.

Can you (1) fix the template, (2) pull the {KEEP:eFax} log for today so I know what else went there. Thanks. I'm at {PHONE:330-555-0104 x 215}.

{PERSON:Ben}
{PERSON:BEN ADEBAYO}
PRACTICE MANAGER
KIDS FIRST PEDIATRIC CLINIC
""",
)

email(
    "pediatric",
    ["Fatima Zahra Benali"],
    r"""
From: {PERSON:Fatima Zahra Benali} <{EMAIL:fz.benali@pediatrie-les-tilleuls.fr}>
To: {PERSON:Lena Hoffmann} <{EMAIL:lena@hoffmann-consulting.de}>
Subject: Export Doctolib -> logiciel du cabinet
Date: Mon, 16 Nov 2026 09:09:09 +0100

Bonjour {PERSON:Lena},

L'export des rendez-vous depuis {KEEP:Doctolib} vers {KEEP:Weda} ne passe plus depuis vendredi (erreur {KEEP:HTTP 401}). Les rendez-vous de cette semaine manquent, par exemple :

  - {PERSON:Inès Haddad}, née le {DATE:12/05/2019}, RDV {DATE:lundi 16 novembre} {KEEP:10h30}
  - {PERSON:Noé Lefèvre}, né le {DATE:3 février 2021}, RDV {DATE:mardi 17 novembre} {KEEP:9h15}

La maman de {PERSON:Noé}, Mme {PERSON:Camille Lefèvre}, a appelé deux fois ({PHONE:06 12 34 56 78}).

Le virement pour votre facture {KEEP:F-2026-118} ({KEEP:640,00 €}) part aujourd'hui depuis notre compte {IBAN:@@iban4:FR:30006000011234567890189@@}.

Bien cordialement,
Dr {PERSON:Fatima Zahra Benali}
Cabinet de pédiatrie Les Tilleuls
{ADDRESS:8 rue des Tilleuls, Lyon} {POSTCODE:69003}
""",
)

email(
    "pediatric",
    ["Will Osterhout"],
    r"""
From: {PERSON:Will Osterhout} <{EMAIL:will@sproutpediatrics.com}>
To: {PERSON:Ines Carvalho} <{EMAIL:ines@carvalho-it.com}>
Subject: RE: RE: RE: new laptops for the two new NPs
Date: Fri, 4 Dec 2026 13:33:02 -0800

Yes, go ahead, order the {KEEP:Dell} ones. Our budget for this is {KEEP:$3,200} total.

For the asset sheet once they arrive, they're for {PERSON:Nomvula Dlamini} and {PERSON:Oisín Byrne}. {PERSON:Oisín} starts {DATE:Jan 4}. His NP license is {LICENSE:NP-7741920} if the {KEEP:Epic} access form asks.

Old laptop coming back from {PERSON:Tariq} is serial {DEVICE:5CD2481JQW}, please wipe it.

{PERSON:Will}

-----Original Message-----
From: {PERSON:Ines Carvalho} <{EMAIL:ines@carvalho-it.com}>
Sent: Friday, December 4, 2026 11:02 AM
To: {PERSON:Will Osterhout} <{EMAIL:will@sproutpediatrics.com}>
Subject: RE: RE: new laptops for the two new NPs

{PERSON:Will}, quote attached: {KEEP:2} x {KEEP:Latitude 7450}, {KEEP:$1,489.00} each, delivery {KEEP:5-7 business days}. {KEEP:Will} that work? Who {KEEP:will} they be assigned to?
""",
)


# =========================================================================== pharmacy

email(
    "pharmacy",
    ["Rajesh Iyer"],
    r"""
From: {PERSON:Rajesh Iyer} <{EMAIL:rajesh@cornerstonerx.com}>
To: {PERSON:Marcus Bell} <{EMAIL:marcus@bellsystems.dev}>
Subject: CSOS certificate + DEA renewal
Date: Mon, 23 Nov 2026 08:15:44 -0500

{PERSON:Marcus},

Our {KEEP:CSOS} signing certificate for ordering from {KEEP:McKesson} expires on the 30th. The renewal needs the pharmacy's DEA number and the PIC's. For the form:

  Pharmacy DEA: {LICENSE:FC4418207}
  PIC: {PERSON:Rajesh Iyer}, RPh, state license {LICENSE:RPH 0062114}
  Backup: {PERSON:Oksana Hrytsenko}, RPh, license {LICENSE:RPH 0071839}

Token is the {KEEP:SafeNet eToken 5110}, serial {DEVICE:0283D1A4}, it lives in the safe.

Also the {KEEP:PioneerRx} server keeps showing {KEEP:"SQL timeout (-2)"} around {KEEP:2 pm} when {KEEP:EPCS} traffic peaks. Can that wait until after the certificate?

{PERSON:Raj}
Cornerstone Pharmacy | {ADDRESS:901 Market St, Wilmington}, DE {POSTCODE:19801} | {PHONE:302-555-0116}
""",
)

email(
    "pharmacy",
    ["Faith Okonjo"],
    r"""
From: {PERSON:Faith Okonjo} <{EMAIL:faith@wellspringpharmacy.net}>
To: {EMAIL:help@nimbleit.services}
Subject: refill requests via web form going to spam
Date: Tue, 1 Dec 2026 17:40:02 -0600

Hi there,

Keep the faith, I know we're a small account :) The refill form on our website stopped reaching the pharmacy inbox. I found them in the {KEEP:Microsoft 365} quarantine. A couple of examples:

  "Refill for {PERSON:Clarence Whitby}, DOB {DATE:09/09/1939}, Medicare member {MEMBER:1H73-KP2-WD55}, call {PHONE:(314) 555-0161}"
  "Please refill my metformin. {PERSON:Guadalupe Treviño} DOB {DATE:7-14-1958} insurance ID {MEMBER:ZGH700118346}"

The form uses {KEEP:Formspree}. Can you whitelist it? The quarantine reason is {KEEP:"High confidence phish"}.

Thanks,
{PERSON:Faith}
""",
)

email(
    "pharmacy",
    ["Nils Ekström"],
    r"""
From: {PERSON:Nils Ekström} <{EMAIL:nils@apotheksgruppen-norr.se}>
To: {PERSON:Tomasz Nowak} <{EMAIL:tomasz@nowak-it.pl}>
Subject: Delivery drivers and the route app
Date: Wed, 18 Nov 2026 11:22:36 +0100

Hi {PERSON:Tomasz},

For the delivery route app we need the drivers' phones and cars registered. Here they are:

  {PERSON:Astrid Holm}       {KEEP:iPhone 13}      IMEI {DEVICE:353915112233445}   car {PLATE:ABC 123}
  {PERSON:Mikael Lindström}  {KEEP:Galaxy A54}     IMEI {DEVICE:352099001761481}   car {PLATE:XYZ 98K}
  {PERSON:Yasmin Abdi}       {KEEP:iPhone SE}      IMEI {DEVICE:356789104455667}   car {PLATE:GKR 44L}

The app vendor ({KEEP:Routific}) asks for a billing card, use the company one ending {KEEP:4417}. Not the test number {KEEP:4111 1111 1111 1111} you put in the staging config :)

Mvh,
{PERSON:Nils Ekström}
Driftansvarig | {PHONE:+46 8 555 012 34}
""",
)

email(
    "pharmacy",
    ["Leticia Amador"],
    r"""
From: {PERSON:Leticia Amador} <{EMAIL:lamador@farmaciaguadalupe.com}>
To: {PERSON:Tomás Reyes} <{EMAIL:tomas@reyes-tech.mx}>
Subject: cobros con tarjeta duplicados
Date: Thu, 3 Dec 2026 18:05:51 -0600

{PERSON:Tomás}, el {KEEP:Clover} cobró dos veces a dos clientes ayer. Sus datos:

- Sr. {PERSON:Alfonso Bermúdez}, tarjeta {CARD:@@card4:455673001928374@@}, {KEEP:$46.80} x 2
- Sra. {PERSON:Rocío Anaya}, tarjeta {CARD:@@card-:542418005567123@@}, {KEEP:$112.15} x 2

{PERSON:Rocío} dejó su número, {PHONE:915-555-0138}, quiere su reembolso hoy. The {KEEP:Clover} dashboard shows transaction {KEEP:TXN-88310042} twice with the same timestamp {KEEP:14:02:17}. Can you check if the terminal firmware ({KEEP:2.31.7}) is the issue?

Gracias,
{PERSON:Leti}
""",
)

email(
    "pharmacy",
    ["Samuel Ashworth"],
    r"""
From: {PERSON:Samuel Ashworth} <{EMAIL:sam@ashworthchemists.co.uk}>
To: {PERSON:Lena Hoffmann} <{EMAIL:lena@hoffmann-consulting.de}>
Subject: EPS prescriptions not downloading
Date: Fri, 27 Nov 2026 09:48:13 +0000

Morning {PERSON:Lena},

{KEEP:EPS} nominations aren't pulling through to {KEEP:ProScript Connect} since last night. The spine error is {KEEP:"ERROR 0006 - Smartcard not present"} but the card is definitely in. Smartcard belongs to our pharmacist {PERSON:Olamide Bankole}, GPhC {LICENSE:2098713}.

Patients waiting this morning, for the log:
  {PERSON:Harold Pennington}  NHS {NATIONAL_ID:@@nhs:450557710@@}  {ADDRESS:14 Church Lane, Thornbury}, {POSTCODE:BS35 1AA}
  {PERSON:Gwendolyn Price}    NHS {NATIONAL_ID:@@nhs:731456268@@}

Reader is the {KEEP:Omnikey 3121}, serial {DEVICE:OK3121-0047718}.

Cheers,
{PERSON:Sam}
Ashworth Chemists | {PHONE:0117 496 0123}
""",
)


# =========================================================================== law firm

email(
    "law",
    ["Beatriz Salgado"],
    r"""
From: {PERSON:Beatriz Salgado} <{EMAIL:bsalgado@salgadoweinberg.law}>
To: {PERSON:Dev Patel} <{EMAIL:dev@patelconsulting.io}>
Subject: Clio intake form - clients typing SSNs
Date: Mon, 7 Dec 2026 10:40:32 -0500

{PERSON:Dev},

The new intake form in {KEEP:Clio Grow} has a free-text "anything else" box and people are putting everything in it. Last week alone:

- {PERSON:Darnell Fitzgerald} (auto accident): SSN {SSN:219-48-6120}, the other driver's plate {PLATE:8HDW221}, his plate {PLATE:6TRJ244}
- {PERSON:Marisol Peña-Cortez} (immigration): A-number {NATIONAL_ID:A-204-117-893}, passport {NATIONAL_ID:G48210573}
- {PERSON:Terrence Lowell} (estate): SSN {SSN:548 30 7712}, and his late mother's SSN {SSN:548307713}... I'm not kidding

Can we add field validation or at least a warning? Our malpractice carrier's cyber rider requires it by {KEEP:Q1 2027}.

{PERSON:Bea}
Managing Partner
Salgado & Weinberg LLP | {ADDRESS:1 Financial Plaza, 14th Floor, Hartford}, CT {POSTCODE:06103} | {PHONE:860-555-0175}
""",
)

email(
    "law",
    ["Gideon Achebe"],
    r"""
From: {PERSON:Gideon Achebe} <{EMAIL:gachebe@achebelegal.com}>
To: {PERSON:Ines Carvalho} <{EMAIL:ines@carvalho-it.com}>
Subject: wire fraud attempt - please look at this
Date: Wed, 25 Nov 2026 16:58:20 -0600

{PERSON:Ines},

Our bookkeeper {PERSON:Shirley Pham} got an e-mail "from me" asking her to change the settlement payout for client {PERSON:Orlando Vasquez} to a new account. Original instructions from the client were:

  Bank: {KEEP:Wells Fargo}, routing {ACCOUNT:121000248}, account {ACCOUNT:7392018845}

The fake one asked for routing {ACCOUNT:026009593}, account {ACCOUNT:483019927716}. Luckily {PERSON:Shirley} called me first. Header shows it came from {EMAIL:g.achebe@achebe-legal.co} (note the dash) via {KEEP:185.199.110.153}.

Can you check whether anyone's mailbox was actually compromised? {PERSON:Shirley} logged in last night from home at {IP:76.103.45.219}, which I assume is her.

Trust account settlement is {KEEP:$84,500.00}, so I'm a bit rattled.

{PERSON:Gideon}
""",
)

email(
    "law",
    ["Siân Parry-Jones"],
    r"""
From: {PERSON:Siân Parry-Jones} <{EMAIL:sian@parryjonessolicitors.co.uk}>
To: {PERSON:Lena Hoffmann} <{EMAIL:lena@hoffmann-consulting.de}>
Subject: Client ID checks - scans in the wrong place
Date: Tue, 8 Dec 2026 14:02:45 +0000

Dear {PERSON:Lena},

Our ID verification provider ({KEEP:Thirdfort}) exports PDFs that {KEEP:Practice Evolve} files under the matter, but this month's ended up in a shared folder. Affected clients:

  {PERSON:Callum MacLeod}       passport {NATIONAL_ID:533401287}   DL {LICENSE:MACLE701151CM9IJ}
  {PERSON:Niamh Gallagher}      passport {NATIONAL_ID:126953470}
  {PERSON:Tomasz Wójcik}        Polish ID {NATIONAL_ID:ATE412873}   NI number {NATIONAL_ID:JT 48 22 91 B}

Could you move them and tell me who accessed the folder? Mr {PERSON:MacLeod}'s completion is on {DATE:18 December}, so his file must be right.

Kind regards,
{PERSON:Siân}
{PERSON:Siân Parry-Jones}, Partner
Parry-Jones Solicitors, {ADDRESS:3 Castle Arcade, Cardiff} {POSTCODE:CF10 1BU}
{PHONE:029 2018 0456}
""",
)

email(
    "law",
    ["Frank Delacroix"],
    r"""
From: {PERSON:Frank Delacroix} <{EMAIL:frank@delacroixlaw.net}>
To: {EMAIL:support@marlowdata.co}
Subject: retainer payments page
Date: Thu, 12 Nov 2026 09:19:58 -0500

Hello,

Our {KEEP:LawPay} link for retainers is broken, it throws {KEEP:"Error 422: invalid merchant"}. Clients have started calling with card numbers over the phone, which I hate. One left a voicemail that {PERSON:Grace} transcribed into our notes in {KEEP:MyCase}:

  "This is {PERSON:Dolores Umbridge-Kline}, card {CARD:@@card:37829104117762@@}, zip {POSTCODE:02139}, please charge the {KEEP:$2,500} retainer."

Can you (a) fix the {KEEP:LawPay} link and (b) tell me how to scrub that note? Test with {KEEP:4111 1111 1111 1111} only please.

{PERSON:Frank Delacroix}
Delacroix Law Office, {ADDRESS:77 Mass Ave, Suite 300, Cambridge}, MA {POSTCODE:02139}
""",
)

email(
    "law",
    ["Hiroshi Tanabe"],
    r"""
From: {PERSON:Hiroshi Tanabe} <{EMAIL:htanabe@tanabe-ip.com}>
To: {PERSON:Marcus Bell} <{EMAIL:marcus@bellsystems.dev}>
Subject: Re: docketing calendar sync
Date: Mon, 30 Nov 2026 18:30:12 -0800

> Is it all users or just some?
Just {PERSON:Akiko} and me, both on {KEEP:iOS 18.1}. {KEEP:Outlook} on the desktop is fine. Our docketing software is {KEEP:CPI}, it syncs through {KEEP:Exchange}. The last good sync was {KEEP:Nov 26}.

> Can you send the device IDs from the MDM?
From {KEEP:Jamf}: my phone {DEVICE:F2LXK9P7HG7J}, {PERSON:Akiko Morimoto}'s {DEVICE:DNPZ4481Q1GH}.

Deadline for the {KEEP:USPTO} response in the {KEEP:Hexagon Robotics} matter is next week, so this is a bit urgent.

{PERSON:Hiroshi}
""",
)


# =========================================================================== accounting firm

email(
    "accounting",
    ["Carmen Ibáñez"],
    r"""
From: {PERSON:Carmen Ibáñez} <{EMAIL:carmen@ibanezcpa.com}>
To: {PERSON:Dev Patel} <{EMAIL:dev@patelconsulting.io}>
Subject: W-2 import into Drake - SSNs with spaces
Date: Tue, 15 Dec 2026 11:11:11 -0600

{PERSON:Dev},

The client sent their payroll as a spreadsheet and {KEEP:Drake Tax} rejects the import ({KEEP:code D-118}) on rows where the SSN has spaces or no dashes. Sample rows:

  {PERSON:Bradley Cho}          {SSN:601 22 4478}
  {PERSON:Nomsa Khumalo}        {SSN:601224479}
  {PERSON:Arturo Villaseñor}    {SSN:602-13-7740}
  {PERSON:Hannah Oyelaran}      {SSN:602 13 7741}

Can you write me a little macro that normalises them to {KEEP:XXX-XX-XXXX}? I'd like it before we start the {KEEP:1099} season in {KEEP:January}. We have about {KEEP:2,400} rows across {KEEP:37} clients.

Also the {KEEP:ShareFile} link you sent for the macro last year expired.

Best,
{PERSON:Carmen Ibáñez}, CPA
Ibáñez & Co. CPAs | {PHONE:210-555-0193}
""",
)

email(
    "accounting",
    ["Stefan Kühne"],
    r"""
From: {PERSON:Stefan Kühne} <{EMAIL:s.kuehne@kuehne-steuerberatung.de}>
To: {PERSON:Lena Hoffmann} <{EMAIL:lena@hoffmann-consulting.de}>
Subject: DATEV-Export / Mandantendaten
Date: Wed, 2 Dec 2026 16:27:38 +0100

Hallo {PERSON:Lena},

beim {KEEP:DATEV}-Export für die Lohnabrechnung fehlen bei zwei Mitarbeitern des Mandanten {KEEP:Holzbau Reiter GmbH} die Steuer-IDs. Die Daten:

  {PERSON:Matthias Reiter}   Steuer-ID {NATIONAL_ID:47 036 892 816}   IBAN {IBAN:@@iban:DE:200411110123456789@@}
  {PERSON:Elif Demir}        Steuer-ID {NATIONAL_ID:81 872 495 633}   IBAN {IBAN:@@iban4:DE:100100100987654321@@}

Frau {PERSON:Demir} ist zum {DATE:01.12.2026} eingetreten, geboren am {DATE:22.06.1994}. Können Sie prüfen, ob die Schnittstelle die ID mit Leerzeichen nicht akzeptiert? Fehlermeldung: {KEEP:"LODAS: Feld 4711 ungültig"}.

Gruß
{PERSON:Stefan Kühne}
Steuerberater
{ADDRESS:Königsallee 60, Düsseldorf}, {POSTCODE:40212} | Tel. {PHONE:0211 5558 1230}
""",
)

email(
    "accounting",
    ["Tendai Moyo"],
    r"""
From: {PERSON:Tendai Moyo} <{EMAIL:tendai@moyobookkeeping.com}>
To: {PERSON:Ines Carvalho} <{EMAIL:ines@carvalho-it.com}>
Subject: client portal upload links
Date: Thu, 19 Nov 2026 13:45:29 -0500

Hi {PERSON:Ines},

Clients keep replying to the {KEEP:SmartVault} upload e-mail with their documents attached instead of using the link. Also the personal links look like this, is that safe to forward?

  {URL:https://moyobookkeeping.smartvault.com/users/secure/upload?client=kwabena-asante&key=7Hq2Lx9P}
  {URL:https://moyobookkeeping.smartvault.com/users/secure/upload?client=renata-silveira&key=Zr41mVb0}

{PERSON:Kwabena Asante} sent his W-2 and his card statement by e-mail anyway (card {CARD:@@card4:414720099812734@@}). {PERSON:Renata Silveira} sent her bank details: account {ACCOUNT:000123987654}, routing {ACCOUNT:011000138}.

We pay {KEEP:$45/month} for {KEEP:SmartVault}; I'd rather use it properly than switch.

{PERSON:Tendai}
""",
)

email(
    "accounting",
    ["Bob Lindqvist"],
    r"""
From: {PERSON:Bob Lindqvist} <{EMAIL:bob@northfieldaccounting.com}>
To: {PERSON:Marcus Bell} <{EMAIL:marcus@bellsystems.dev}>
Subject: QuickBooks multi-user mode
Date: Mon, 14 Dec 2026 08:59:44 -0600

{PERSON:Marcus} -

{KEEP:QuickBooks Desktop} {KEEP:Enterprise 24} won't switch to multi-user mode, error {KEEP:H202}. {KEEP:Database Server Manager} is running on the file server ({KEEP:10.0.0.12}). It started after {PERSON:Carla} renamed the company file.

Year end close is on the {KEEP:31st}, so I need it before {KEEP:Friday}. Our remote workers connect from home: {PERSON:Carla Mendes} {IP:50.79.211.34}, {PERSON:Jin-woo Lee} {IP:99.112.6.201}. Don't know if you need those.

Not to {KEEP:bob} and weave on the invoice: yes, {KEEP:INV-2026-0441} will be paid this week.

{PERSON:Bob}
Robert "{PERSON:Bob}" Lindqvist, EA
""",
)

email(
    "accounting",
    ["Delphine Marchetti"],
    r"""
From: {PERSON:Delphine Marchetti} <{EMAIL:delphine@marchettifiduciaire.ch}>
To: {PERSON:Lena Hoffmann} <{EMAIL:lena@hoffmann-consulting.de}>
Subject: Paiements fournisseurs - IBAN refusés par la banque
Date: Fri, 20 Nov 2026 10:03:17 +0100

Bonjour {PERSON:Lena},

{KEEP:Abacus} refuse deux virements (code {KEEP:AC01}) :

  - {PERSON:Luca Bernasconi}, {IBAN:@@iban4:CH:00762011623852957@@}, {KEEP:CHF 3'200.00}
  - {PERSON:Ana Ferreira Santos}, {IBAN:@@iban:ES:21000813610123456789@@}, {KEEP:€ 980,00}

Le fichier {KEEP:pain.001} est en version {KEEP:2009}. Peut-être que le format est trop ancien ?

Merci et bon week-end,
{PERSON:Delphine Marchetti}
{ADDRESS:Rue du Rhône 42, Genève} {POSTCODE:1204}
{PHONE:+41 22 555 01 87}
""",
)


# =========================================================================== school district

email(
    "school",
    ["Angela Roux"],
    r"""
From: {PERSON:Angela Roux} <{EMAIL:aroux@pinecrestusd.k12.example.us}>
To: {PERSON:Dev Patel} <{EMAIL:dev@patelconsulting.io}>
Subject: Chromebooks flagged in GoGuardian
Date: Tue, 17 Nov 2026 14:40:03 -0600

{PERSON:Dev},

{KEEP:GoGuardian} flagged three student Chromebooks for VPN use during the {KEEP:MAP} test. We need to know who was actually on them:

  {DEVICE:NXAUTAA00194401E7C7600}   assigned {PERSON:Jaylen Carter} (gr 8)    IP {IP:172.58.44.190}
  {DEVICE:NXAUTAA00194401E9D2200}   assigned {PERSON:Sofia Marchetti} (gr 8)  IP {IP:172.58.44.191}
  {DEVICE:NXAUTAA00194401F1A1900}   assigned {PERSON:Dang Minh Khoa} (gr 7)   IP {IP:73.12.8.240}

The first two IPs are a {KEEP:T-Mobile} hotspot range so I assume they're the same kid sharing. The school network egress is {KEEP:198.51.100.20}.

Mr. {PERSON:Okafor} (principal) wants a list by {KEEP:Thursday}.

{PERSON:Angela}
Technology Coordinator
""",
)

email(
    "school",
    ["Hunter Blevins"],
    r"""
From: {PERSON:Hunter Blevins} <{EMAIL:hblevins@maplefalls.k12.example.us}>
To: {PERSON:Ines Carvalho} <{EMAIL:ines@carvalho-it.com}>
Subject: parking permits + visitor system
Date: Wed, 9 Dec 2026 07:35:22 -0500

Morning {PERSON:Ines},

The visitor kiosk ({KEEP:Raptor}) lost the staff plate list after the update. I need these back in before the {KEEP:7:45} bell:

  {PERSON:Denise Holloway}    {PLATE:ZKM-4417}
  {PERSON:Marcus Adeyemi}     {PLATE:GHT 2290}
  {PERSON:Juanita Flores}     {PLATE:4BXR771}
  {PERSON:Pieter van der Berg} {PLATE:JLP-8835}

Also a parent keeps parking in the bus lane, plate {PLATE:HVN 6603}; the SRO wants to know if the camera caught it.

We don't {KEEP:hunt} for people's plates for fun, I promise. Just need the list.

{PERSON:Hunter}
""",
)

email(
    "school",
    ["Precious Nwosu"],
    r"""
From: {PERSON:Precious Nwosu} <{EMAIL:pnwosu@riverdaleschools.example.org}>
To: {EMAIL:support@marlowdata.co}
Subject: Lunch account payments - parents seeing each other's info?
Date: Thu, 3 Dec 2026 12:12:12 -0600

Hello,

A parent says the {KEEP:MySchoolBucks} receipt she got showed another family. The receipt link she forwarded: {URL:https://www.myschoolbucks.example/receipt/7730192?student=ava-lindgren-0412}. Her own kid is {PERSON:Mason Tran}, lunch account {ACCOUNT:LN-0087732}. The one shown is {PERSON:Ava Lindgren}, lunch account {ACCOUNT:LN-0087723}, last payment by card ending {KEEP:8841}.

Free/reduced status is also on that page, which is a FERPA problem. Please look at this today. {PERSON:Ava}'s dad is {PERSON:Magnus Lindgren}, {PHONE:763-555-0128}, and the district office is {PHONE:763-555-0100}.

{PERSON:Precious Nwosu}
Food Services Director
""",
)

email(
    "school",
    ["Siddiq Rahimi"],
    r"""
From: {PERSON:Siddiq Rahimi} <{EMAIL:srahimi@eastlakesd.example.org}>
To: {PERSON:Tomasz Nowak} <{EMAIL:tomasz@nowak-it.pl}>
Subject: background checks for substitute teachers - data in e-mail
Date: Mon, 16 Nov 2026 15:21:09 -0800

{PERSON:Tomasz},

HR keeps e-mailing me substitute applicants' fingerprinting info so I can create {KEEP:Frontline} accounts. Today's:

  {PERSON:Leilani Torres-Wong}, DOB {DATE:10/28/1990}, SSN {SSN:533-71-2048}, WA DL {LICENSE:WDLTORRESL0B2}
  {PERSON:Abdirahman Hassan}, DOB {DATE:1985-01-17}, SSN {SSN:533 80 4419}, teaching cert {LICENSE:WA-CERT-0392118}

Can we give HR a {KEEP:Microsoft Forms} thing instead so I never see SSNs? I'd rather not have these in my mailbox.

{PERSON:Siddiq}
Network Administrator, Eastlake School District
{ADDRESS:400 228th Ave NE, Sammamish}, WA {POSTCODE:98074}
""",
)


# =========================================================================== nonprofit

email(
    "nonprofit",
    ["Marguerite Dubois-Lam"],
    r"""
From: {PERSON:Marguerite Dubois-Lam} <{EMAIL:marguerite@harvesttablefoodbank.org}>
To: {PERSON:Dev Patel} <{EMAIL:dev@patelconsulting.io}>
Subject: Donor database cleanup - card numbers in notes
Date: Wed, 25 Nov 2026 11:50:00 -0600

Hi {PERSON:Dev},

While cleaning up {KEEP:Bloomerang} before {KEEP:Giving Tuesday} we found full card numbers in the notes field of old donor records (from the phone-a-thon years). A few:

  {PERSON:Everett Pryce}       {CARD:@@card4:401275316684029@@}   {KEEP:$250}
  {PERSON:Josefina Acuña}      {CARD:@@card-:552433001872911@@}   {KEEP:$100}
  {PERSON:Thaddeus Wainwright} {CARD:@@card:601199001938457@@}    {KEEP:$1,000}

Can we bulk-find and wipe these? There might be {KEEP:200+}. {KEEP:Bloomerang} support said use the API.

Also one donor, {PERSON:Josefina}, asked to update her address to {ADDRESS:19 Cypress Row, Apt 2F, Baton Rouge}, LA {POSTCODE:70808}.

{PERSON:Marguerite}
Development Director | Harvest Table Food Bank | {PHONE:225-555-0185}
""",
)

email(
    "nonprofit",
    ["Joaquín Salazar"],
    r"""
From: {PERSON:Joaquín Salazar} <{EMAIL:joaquin@puentesdeesperanza.org}>
To: {PERSON:Tomás Reyes} <{EMAIL:tomas@reyes-tech.mx}>
Subject: donaciones desde Europa / EU donations
Date: Tue, 8 Dec 2026 09:30:47 -0600

{PERSON:Tomás}, necesitamos conciliar las donaciones por transferencia de Europa. The {KEEP:Stripe} payouts don't cover SEPA so they come straight to the bank:

  {PERSON:Ingrid Sørensen}   {IBAN:@@iban:NL:RABO0318846271@@}   {KEEP:€150,00}
  {PERSON:Pablo Iglesias Rojo} {IBAN:@@iban4:ES:00491500051234567892@@} {KEEP:€75,00}
  {PERSON:Clara Mendes}      {IBAN:@@iban4:BE:310123456737@@}    {KEEP:€40,00}

Can {KEEP:Salesforce} {KEEP:Nonprofit Cloud} match these by IBAN automatically? Our {KEEP:NPSP} version is {KEEP:3.215}.

Gracias,
{PERSON:Joaquín}
Puentes de Esperanza | {ADDRESS:2100 S Flores St, San Antonio}, TX {POSTCODE:78204}
""",
)

email(
    "nonprofit",
    ["Kateryna Bondarenko"],
    r"""
From: {PERSON:Kateryna Bondarenko} <{EMAIL:kateryna@newneighborsresettlement.org}>
To: {PERSON:Ines Carvalho} <{EMAIL:ines@carvalho-it.com}>
Subject: case files on the shared drive
Date: Fri, 13 Nov 2026 16:16:16 -0500

{PERSON:Ines},

Volunteers have been saving case intake sheets to the open {KEEP:Google Drive} folder "{KEEP:Intake 2026}". Two examples I found just now:

{PERSON:Ahmad Noori} - arrived {DATE:09/30/2026}, I-94 {NATIONAL_ID:69414387801}, SSN {SSN:687-20-5531}, Medicaid {MEMBER:NY48812077K}
{PERSON:Oksana Melnyk} - arrived {DATE:10/14/2026}, passport {NATIONAL_ID:FX502193}, SSN pending

Can we move the folder into a shared drive with only the {KEEP:Case Managers} group? And can {KEEP:Google Workspace} DLP stop SSNs in Docs? We're on the nonprofit {KEEP:Business Starter} plan if that matters.

Their caseworker {PERSON:Rosalind Achterberg} ({PERSON:Roz}) can help, {PHONE:716-555-0146}.

Дякую,
{PERSON:Kateryna}
""",
)

email(
    "nonprofit",
    ["Bill Whitmore"],
    r"""
From: {PERSON:Bill Whitmore} <{EMAIL:bill@riversideyouthleague.org}>
To: {PERSON:Marcus Bell} <{EMAIL:marcus@bellsystems.dev}>
Subject: coach volunteer sign-up form
Date: Sun, 29 Nov 2026 20:05:33 -0600

{PERSON:Marcus},

The coach sign-up on {KEEP:Wix} emails me everything in plain text, including what they type for the background check. Tonight's:

  {PERSON:Derrick Olufemi}, DL {LICENSE:O415-6620-1187}, DOB {DATE:Feb 9, 1983}, {ADDRESS:5521 N Kenmore Ave, Chicago}, IL {POSTCODE:60640}
  {PERSON:Teresa Kowalski}, DL {LICENSE:K242-8871-9904}, DOB {DATE:1979-08-02}

The league pays the {KEEP:Sterling Volunteers} bill, about {KEEP:$18} per check. Could the form send this to them directly instead of to me?

{PERSON:Bill}
""",
)


# =========================================================================== small manufacturer

email(
    "manufacturer",
    ["Gerhard Pichler"],
    r"""
From: {PERSON:Gerhard Pichler} <{EMAIL:g.pichler@pichler-feinmechanik.at}>
To: {PERSON:Lena Hoffmann} <{EMAIL:lena@hoffmann-consulting.de}>
Subject: Neue Firmenhandys + Parkplatz
Date: Thu, 26 Nov 2026 07:44:02 +0100

Hallo {PERSON:Lena},

die drei neuen Diensthandys sind da, bitte in {KEEP:Intune} aufnehmen:

  {PERSON:Sabine Huber}       IMEI {DEVICE:359876101234563}
  {PERSON:Florian Gruber}     IMEI {DEVICE:359876101234571}
  {PERSON:Dragan Petrović}    IMEI {DEVICE:359876101234589}

Für die Schranke am Parkplatz: {PERSON:Huber} Kennzeichen {PLATE:W-12345B}, {PERSON:Petrović} {PLATE:BN-4471 AK}, und ich selbst {PLATE:M-AB 1234}.

Die Maschine {KEEP:DMG Mori CMX 600} (Seriennummer {KEEP:CMX600-2019-0442}) braucht übrigens eine feste IP {KEEP:192.168.50.20}, das ist keine Person :)

Grüße
{PERSON:Gerhard Pichler}
Pichler Feinmechanik GmbH, {ADDRESS:Industriestraße 8, Wels} {POSTCODE:4600}
""",
)

email(
    "manufacturer",
    ["Ray Kowalczyk"],
    r"""
From: {PERSON:Ray Kowalczyk} <{EMAIL:ray@kowalczykplastics.com}>
To: {PERSON:Dev Patel} <{EMAIL:dev@patelconsulting.io}>
Subject: time clock badges + shop floor tablets
Date: Wed, 18 Nov 2026 06:25:40 -0500

{PERSON:Dev}, two things before first shift:

1. {KEEP:Kronos} (sorry, {KEEP:UKG}) isn't taking badge swipes from the new hires. Their employee files have SSN as the ID, which I know is wrong, but that's how the old guy set it up: {PERSON:Luis Ocampo} {SSN:402-71-8836}, {PERSON:Tran Van Duc} {SSN:402-71-9012}. Can we switch to employee numbers?

2. The shop floor tablets ({KEEP:Zebra ET40}) keep dropping {KEEP:Wi-Fi}. Serials {KEEP:22154520501234} and {KEEP:22154520501242}, they're shared, not assigned to anybody.

The ERP ({KEEP:Epicor Kinetic} {KEEP:2024.1}) is fine.

{PERSON:Ray}
Plant Manager | {PHONE:216-555-0135}
""",
)

email(
    "manufacturer",
    ["Ingrid Halvorsen"],
    r"""
From: {PERSON:Ingrid Halvorsen} <{EMAIL:ingrid@nordicvalveworks.com}>
To: {PERSON:Marcus Bell} <{EMAIL:marcus@bellsystems.dev}>
Subject: Supplier portal - fake bank change request?
Date: Tue, 1 Dec 2026 10:58:09 -0600

{PERSON:Marcus},

We got a "bank detail change" through the supplier portal for {KEEP:Rheinmetall Dichtungen}. Old: {IBAN:@@iban4:DE:600501010001234567@@}. New requested: {IBAN:@@iban4:GB:NWBK60161331926819@@}. Contact on the request is "{PERSON:Jonas Becker}", {PHONE:+44 7700 900461}, {EMAIL:j.becker@rheinmetall-dichtungen.co}.

Our real contact there is {PERSON:Jonas Beckmann} ({EMAIL:jonas.beckmann@rheinmetall-dichtungen.de}, {PHONE:+49 711 555 0142}) so I'm pretty sure it's fraud. The portal link in the request was {URL:https://vendors.nordicvalveworks.com/suppliers/30117/bank?approve=1&token=c0ffee42d00d}.

Can you check the portal logs? The request came from {KEEP:45.134.26.77}. Invoice on hold: {KEEP:PO-2026-1193}, {KEEP:€18,400.00}.

{PERSON:Ingrid}
""",
)


# =========================================================================== property management

email(
    "property-management",
    ["Tamika Shaw"],
    r"""
From: {PERSON:Tamika Shaw} <{EMAIL:tamika@oakgroveproperties.com}>
To: {PERSON:Ines Carvalho} <{EMAIL:ines@carvalho-it.com}>
Subject: rental applications coming in by e-mail again
Date: Mon, 7 Dec 2026 09:09:50 -0600

{PERSON:Ines},

The {KEEP:AppFolio} application link on our site is dead ({KEEP:404}), so applicants are e-mailing PDFs with everything on them. Two today for unit {KEEP:4C} at the Magnolia building:

  {PERSON:Jerome Baptiste}: SSN {SSN:574-22-1098}, current address {ADDRESS:3817 Rampart St, Apt 2, New Orleans}, LA {POSTCODE:70117}, car {PLATE:LA 482 KTN}, pays app fee with card {CARD:@@card4:492182003340071@@}
  {PERSON:Hana Kobayashi}: SSN {SSN:574-30-6621}, current address {ADDRESS:PO Box 55210, Metairie}, LA {POSTCODE:70055-5210}

Could you fix the link and set up a secure upload? Apply page should be {KEEP:https://oakgroveproperties.appfolio.com/listings}.

{PERSON:Tamika Shaw}
Leasing Manager | {PHONE:504-555-0152}
""",
)

email(
    "property-management",
    ["Dmitri Volkov"],
    r"""
From: {PERSON:Dmitri Volkov} <{EMAIL:dmitri@volkovrentals.net}>
To: {PERSON:Tomasz Nowak} <{EMAIL:tomasz@nowak-it.pl}>
Subject: tenant portal ACH + gate codes
Date: Fri, 11 Dec 2026 17:30:05 -0500

{PERSON:Tomasz},

Three tenants say their rent auto-pay in {KEEP:Buildium} failed with {KEEP:R03} ("no account"):

  Unit 101 - {PERSON:Paulette Mercier} - acct {ACCOUNT:2200417789}, routing {ACCOUNT:031176110}
  Unit 204 - {PERSON:Kofi Boateng} - acct {ACCOUNT:88001234560}
  Unit 310 - {PERSON:Esperanza Díaz} - pays by card {CARD:@@card-:535310220044179@@}

{PERSON:Kofi}'s lease page link, in case you need it: {URL:https://volkovrentals.managebuilding.com/Resident/portal/lease/204-boateng}

Also gate codes for the lot are in plate-recognition now; {PERSON:Esperanza}'s car {PLATE:PA KRT-2291} isn't opening it.

Late fees kick in after the {KEEP:5-day grace period}, so I'd like this sorted by Monday.

{PERSON:Dmitri}
Volkov Rentals, {ADDRESS:1200 Locust St, Suite 2, Philadelphia}, PA {POSTCODE:19107}
""",
)

email(
    "property-management",
    ["Amber Castellano"],
    r"""
From: {PERSON:Amber Castellano} <{EMAIL:amber@castellanopm.com}>
To: {PERSON:Dev Patel} <{EMAIL:dev@patelconsulting.io}>
Subject: owner statements + the amber alert thing
Date: Thu, 10 Dec 2026 12:20:18 -0700

Hi {PERSON:Dev},

1) The {KEEP:Rent Manager} owner statements show the owner's full bank account instead of the last 4. Example: owner {PERSON:Harvey Lindström}, account {ACCOUNT:9930045512}, statement link {URL:https://castellanopm.rentmanager.com/owner/statements/2026-11?owner=HL0417}. Last month it showed "{KEEP:xxxx5512}".

2) The emergency text system sent a test "{KEEP:amber} alert" style message to all tenants at {KEEP:2 am}. {PERSON:Noor Al-Sayed} in unit {KEEP:12} (cell {PHONE:480-555-0179}) complained to the HOA, fair enough.

3) Card on file for {PERSON:Harvey}'s maintenance reserve: {CARD:@@card:37935450816230@@}... I know, I know. Please scrub it from the notes.

Thanks,
{PERSON:Amber}
""",
)


# =========================================================================== more home health

email(
    "home-health",
    ["Mark Templeton"],
    r"""
From: {PERSON:Mark Templeton} <{EMAIL:mtempleton@heartlandhospiceandhome.org}>
To: {PERSON:Ines Carvalho} <{EMAIL:ines@carvalho-it.com}>
Subject: family payment portal + Availity eligibility links
Date: Wed, 16 Dec 2026 10:10:10 -0600

{PERSON:Ines},

Please {KEEP:mark} this one high priority. Three issues with the private-pay side:

a) Families paying for private-duty hours are getting {KEEP:"Payment declined (51)"} in the {KEEP:Square} invoice page even with good cards. Two who called today read me their cards so I could "see if it's my card": {PERSON:Gloria Huang}, {CARD:@@card4:455951003821746@@}, and {PERSON:Winston Abara}, {CARD:@@card-:222300014455871@@}. I did not write them down anywhere except here, which I now realize is also bad.

b) Nurses share {KEEP:Availity} eligibility result links in {KEEP:Teams}, e.g. {URL:https://apps.availity.com/eligibility/results/5519023?member=HUA77120488}, for Mrs. {PERSON:Huang}'s mother {PERSON:Lin Huang} (member ID {MEMBER:HUA77120488}). And {URL:https://apps.availity.com/eligibility/results/5519101?member=ABR22049913} for {PERSON:Cyrus Abara}, member ID {MEMBER:ABR22049913}. Is that link usable by anyone? The plain {KEEP:https://www.availity.com} login is what they should share.

c) {KEEP:WellSky} Personal Care {KEEP:v8.4} update is scheduled for {KEEP:Saturday 2:00-6:00 am}, fine with us.

{PERSON:Mark Templeton}
Administrator, Heartland Hospice & Home
{PHONE:(816) 555-0120}
""",
)


# =========================================================================== build + checks

_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_LONGWD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_LONGMON = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _check_weekdays(rid: str, text: str, warn) -> None:
    for m in re.finditer(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) (\w{3}) (\d{4})", text):
        d = _dt.date(int(m.group(4)), _MON.index(m.group(3)) + 1, int(m.group(2)))
        if _WD[d.weekday()] != m.group(1):
            warn(rid, f"weekday wrong in {m.group(0)!r} (is {_WD[d.weekday()]})")
    for m in re.finditer(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\w{3}) (\d{1,2}), (\d{4})", text):
        d = _dt.date(int(m.group(4)), _MON.index(m.group(2)) + 1, int(m.group(3)))
        if _WD[d.weekday()] != m.group(1):
            warn(rid, f"weekday wrong in {m.group(0)!r} (is {_WD[d.weekday()]})")
    for m in re.finditer(
        r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
        r"(January|February|March|April|May|June|July|August|September|"
        r"October|November|December) (\d{1,2}), (\d{4})",
        text,
    ):
        d = _dt.date(int(m.group(4)), _LONGMON.index(m.group(2)) + 1, int(m.group(3)))
        if _LONGWD[d.weekday()] != m.group(1):
            warn(rid, f"weekday wrong in {m.group(0)!r} (is {_LONGWD[d.weekday()]})")


def build() -> list[dict]:
    records = []
    problems: list[str] = []
    warnings: list[str] = []

    def warn(rid, msg):
        warnings.append(f"{rid}: {msg}")

    for n, (field, contacts, template) in enumerate(RECORDS, 1):
        rid = f"tune-{n:03d}"
        text, spans, keep = parse(template)
        rec = {
            "id": rid,
            "field": field,
            "contacts": contacts,
            "text": text,
            "spans": spans,
            "keep": keep,
        }
        for item in spans + keep:
            if text[item["start"] : item["end"]] != item["text"]:
                problems.append(f"{rid}: offset mismatch {item}")
            if item["text"] != item["text"].strip() or not item["text"]:
                problems.append(f"{rid}: untrimmed/empty item {item['text']!r}")
        for a, b in zip(spans, spans[1:]):
            if b["start"] < a["end"]:
                problems.append(f"{rid}: overlapping spans {a} {b}")
        covered = [False] * len(text)
        for s in spans:
            for i in range(s["start"], s["end"]):
                covered[i] = True
        kept = [False] * len(text)
        for k in keep:
            if any(covered[k["start"] : k["end"]]):
                problems.append(f"{rid}: keep overlaps span {k}")
            for i in range(k["start"], k["end"]):
                kept[i] = True
        for s in spans:
            if s["kind"] == "IBAN" and not iban_valid(s["text"]):
                problems.append(f"{rid}: bad IBAN {s['text']}")
            if s["kind"] == "PERSON" and re.match(
                r"(Mr|Mrs|Ms|Dr|Miss|Prof|Herr|Frau|Sr|Sra)\.? ", s["text"]
            ):
                problems.append(f"{rid}: title inside PERSON span {s['text']!r}")
            if s["kind"] == "CARD" and not luhn_valid(s["text"]):
                problems.append(f"{rid}: bad card {s['text']}")
        for c in contacts:
            if c not in text:
                warn(rid, f"contact {c!r} not in text")
        words = len(text.split())
        if not 80 <= words <= 500:
            warn(rid, f"{words} words")
        # every e-mail address must be labelled
        for m in re.finditer(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not all(covered[m.start() : m.end()]):
                warn(rid, f"unlabelled e-mail address {m.group(0)}")
        # every other occurrence of a labelled string should be labelled too
        for s in spans:
            t = s["text"]
            for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                if not any(covered[m.start() : m.end()]) and not any(kept[m.start() : m.end()]):
                    warn(rid, f"unlabelled repeat of {s['kind']} {t!r} at {m.start()}")
        # long digit runs that are neither span nor keep: review these by eye
        for m in re.finditer(r"\d[\d .\-/()]{4,}\d", text):
            if not any(covered[m.start() : m.end()]) and not any(kept[m.start() : m.end()]):
                line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
                if not re.match(r"(Date|Sent|On .*|>? ?Date):?", line):
                    warn(rid, f"unmarked number {m.group(0)!r}")
        _check_weekdays(rid, text, warn)
        records.append(rec)

    if problems:
        print("\n".join(problems), file=sys.stderr)
        raise SystemExit(1)
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    return records


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    kinds = Counter(s["kind"] for r in records for s in r["spans"])
    fields = Counter(r["field"] for r in records)
    print(f"{len(records)} records -> {OUT}")
    print("fields:", dict(fields))
    for k in sorted(KINDS):
        print(f"  {k:12s} {kinds.get(k, 0)}")
    print("  keep        ", sum(len(r["keep"]) for r in records))
    words = [len(r["text"].split()) for r in records]
    print(f"words per e-mail: min {min(words)} max {max(words)} total {sum(words)}")


if __name__ == "__main__":
    main()
