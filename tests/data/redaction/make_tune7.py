"""Build tune7.jsonl: development set for the redaction detector.

Focus of the set: IP addresses, device serials, licence numbers, insurance
member / claim ids, inline street addresses and postcodes, and person names
without cue words, each next to look-alike strings that must stay readable.

Markup used in the hand-written texts below:
  ⟦K|text⟧ or ⟦K/check|text⟧  a span of kind K (codes in KINDS); a '?' in a
                              span with a check rule is filled with the
                              computed check digit(s)
  ⟪text⟫                      a keep item
Run from the repository root:  .venv/bin/python tests/data/redaction/make_tune7.py
"""
import json
import re
import sys
from pathlib import Path

KINDS = {
    "P": "PERSON", "A": "ADDRESS", "Z": "POSTCODE", "D": "DATE", "T": "PHONE",
    "E": "EMAIL", "U": "URL", "I": "IP", "S": "SSN", "N": "NATIONAL_ID",
    "M": "MRN", "B": "MEMBER", "C": "ACCOUNT", "L": "LICENSE", "V": "PLATE",
    "X": "DEVICE", "IB": "IBAN", "CC": "CARD",
}

# ---------------------------------------------------------------- check digits

def _digits(s):
    return [int(c) for c in s if c.isdigit()]


def luhn_ok(s):
    ds = _digits(s)[::-1]
    tot = 0
    for i, d in enumerate(ds):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_fill(s):
    for c in "0123456789":
        t = s.replace("?", c, 1)
        if luhn_ok(t):
            return t
    raise ValueError(s)


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    n = int("".join(str(int(c, 36)) for c in r))
    return n % 97 == 1


def iban_fill(s):
    compact = s.replace(" ", "")
    r = compact[4:] + compact[:2] + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return s.replace("??", "%02d" % (98 - n % 97), 1)


def nhs_ok(s):
    d = _digits(s)
    if len(d) != 10:
        return False
    c = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[9]


def bsn_ok(s):
    d = _digits(s)
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]


def pesel_ok(s):
    d = _digits(s)
    return len(d) == 11 and (10 - sum(x * w for x, w in zip(d, PESEL_W)) % 10) % 10 == d[10]


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    s = s.replace("-", "").replace(" ", "")
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    n = int(str("XYZ".index(m.group(1))) + m.group(2)) if m.group(1) else int(m.group(2))
    return DNI_L[n % 23] == m.group(3)


def nir_ok(s):
    d = "".join(str(x) for x in _digits(s))
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])


def nif_ok(s):
    d = _digits(s)
    if len(d) != 9:
        return False
    c = 11 - sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) % 11
    return (0 if c >= 10 else c) == d[8]


def be_ok(s):
    d = "".join(str(x) for x in _digits(s))
    if len(d) != 11:
        return False
    k = int(d[9:])
    return 97 - int(d[:9]) % 97 == k or 97 - int("2" + d[:9]) % 97 == k


def dea_ok(s):
    m = re.fullmatch(r"[A-Z]{2}(\d{7})", s.replace(" ", ""))
    if not m:
        return False
    d = [int(c) for c in m.group(1)]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


CHECKS = {"dea": dea_ok, "luhn": luhn_ok, "iban": iban_ok, "nhs": nhs_ok, "bsn": bsn_ok,
          "pesel": pesel_ok, "dni": dni_ok, "nir": nir_ok, "nif": nif_ok,
          "sin": luhn_ok, "imei": luhn_ok, "be": be_ok}


def fill(rule, s):
    """Replace '?' placeholders in s with the digits that satisfy rule."""
    if "?" not in s:
        return s
    if rule == "iban":
        return iban_fill(s)
    if rule in ("luhn", "sin", "imei"):
        return luhn_fill(s)
    if rule == "dni":
        body = s.replace("?", "")
        digits = re.sub(r"\D", "", body)
        n = int(str("XYZ".index(body[0])) + digits) if body[0] in "XYZ" else int(digits)
        return s.replace("?", DNI_L[n % 23])
    if rule in ("nir", "be"):
        k = s.count("?")
        for v in range(100):
            t = s
            for c in ("%0" + str(k) + "d") % v:
                t = t.replace("?", c, 1)
            if CHECKS[rule](t):
                return t
        raise ValueError(s)
    for c in "0123456789":
        t = s.replace("?", c, 1)
        if CHECKS[rule](t):
            return t
    raise ValueError("no check digit for %s %s" % (rule, s))


# ---------------------------------------------------------------- helpers

def hd(frm, frm_mail, to, to_mail, subject, date):
    """E-mail header; a display name starting with '!' is a role name, not a person."""
    def who(name, mail):
        n = name[1:] if name.startswith("!") else "⟦P|%s⟧" % name
        return "%s <⟦E|%s⟧>" % (n, mail)
    return "From: %s\nTo: %s\nSubject: %s\nDate: %s\n\n" % (
        who(frm, frm_mail), who(to, to_mail), subject, date)


E = []


def add(field, contacts, text):
    E.append((field, contacts, text))

# ---------------------------------------------------------------- batch 1: IP and DEVICE, English

add("home-health", ["Carla Whitfield"], hd("Carla Whitfield", "cwhitfield@mapleleafhh.com", "Priya Nandakumar", "priya@northgate-it.com", "Portal lockouts from one address", "Tue, 3 Nov 2026 09:02:11 -0500") + """Hi ⟦P|Priya⟧,

The ⟪FortiGate 60F⟫ at the office (⟪192.168.10.1⟫) keeps blocking our patient portal logins. I pulled the log: the address getting banned is ⟦I|73.158.204.19⟧, which is the login of ⟦P|Ernestine Mabry⟧'s daughter who manages her mom's account. The portal server itself sits at ⟪10.0.4.25⟫ behind the firewall and the rule set is still the one from firmware ⟪7.2.8⟫.

Also, ⟦P|Dwayne⟧ (our coordinator) connects from home over the VPN and his home IP ⟦I|98.207.61.144⟧ shows up as "untrusted" in ⟪FortiClient⟫. The VPN gateway is ⟪203.0.113.10⟫ if you need it.

Can you whitelist the two addresses without opening the whole ⟪10.0.0.0/16⟫ range? Ticket ⟪HD-4471⟫ on your side.

Thanks,
⟦P|Carla⟧
""")

add("sleep-clinic", ["Marcus Oyelaran"], hd("Marcus Oyelaran", "marcus@restwellsleep.com", "Priya Nandakumar", "priya@northgate-it.com", "CPAP uploads not syncing", "Tue, 3 Nov 2026 14:40:00 -0600") + """⟦P|Priya⟧,

⟪ResMed AirView⟫ stopped pulling data for a handful of patients after the ⟪AirSense 11⟫ modem update. The worst one is ⟦P|Harriet Coombs⟧, her machine is serial ⟦X|23221457689⟧ and AirView says "device not reporting" since the 28th. Her old unit, SN ⟦X|22183304512⟧, was returned and should be unlinked.

Our own stuff is fine: the office ⟪Brother MFC-L8900CDW⟫ (asset tag ⟪RW-PRN-007⟫, serial ⟪U64022H8N331155⟫) prints reports and the sleep lab laptop ⟪RW-LT-14⟫ can reach ⟪airview.resmed.com⟫.

The error in the logs is ⟪ERR_MODEM_0x1F⟫. ⟦P|Okonkwo⟧ from the night shift says the patient unit blinks amber. Can you open a case with ResMed for us?

⟦P|Marcus⟧
""")

add("audiology", ["Leah Brandvold"], hd("Leah Brandvold", "leah@clearsoundaudiology.com", "Daniel Kowal", "dan@kowal-tech.net", "Noahlink pairing fails on the fitting PC", "Wed, 4 Nov 2026 10:15:33 -0700") + """Hi ⟦P|Dan⟧,

The fitting workstation in ⟪Room 3⟫ won't pair with hearing aids since Windows update ⟪KB5031455⟫. Today it failed with ⟦P|Ruben Castellanos⟧'s pair: left ⟦X|2219A04471⟧, right ⟦X|2219A04472⟧ (⟪Phonak Audéo L90⟫). ⟪Noahlink Wireless 2⟫ shows the error ⟪E-104⟫.

The Noahlink dongle itself is ours, serial ⟪NLW2-0033817⟫, so no need to treat that as patient data. ⟪Noah 4.16⟫ is installed, ⟪Phonak Target 10.0.2⟫ too.

⟦P|Lindqvist⟧ says the same aids paired fine on the laptop in the ⟪Fjord Room⟫, so I think it is the driver. Could you roll back the update on ⟪CSA-WS-03⟫?

⟦P|Leah⟧
""")

add("cardiology", ["Anil Deshpande"], hd("Anil Deshpande", "adeshpande@harborheartclinic.org", "Daniel Kowal", "dan@kowal-tech.net", "Pacemaker remote monitoring gaps", "Thu, 5 Nov 2026 07:58:12 -0500") + """⟦P|Dan⟧,

We have transmission gaps in ⟪Medtronic CareLink⟫. Three patients' monitors stopped sending. The one the cardiologists care about: ⟦P|Theodore Baptiste⟧, device ⟪Azure XT DR⟫ serial ⟦X|RNB204417H⟧, bedside monitor ⟦X|MYC918823R⟧. He lives out at ⟦A|1190 Quarry Hollow Rd⟧, ⟦Z|04426⟧ where the cell coverage is poor, so that may be unrelated.

The other thing is our CareLink reader in the device clinic (asset ⟪HHC-0412⟫) shows firmware ⟪2.4.1.7⟫ while Medtronic says ⟪2.5⟫ is required. The clinic network is ⟪172.20.8.0/24⟫ and the reader has ⟪172.20.8.41⟫.

Ask ⟦P|Okafor⟧ in biomed whether he already logged it, ticket ⟪BIO-2291⟫.

⟦P|Anil⟧
""")

add("dialysis", ["Yvonne Tremblay"], hd("Yvonne Tremblay", "ytremblay@riverbenddialysis.com", "Priya Nandakumar", "priya@northgate-it.com", "Home dialysis tablet lent to patient", "Thu, 5 Nov 2026 16:20:45 -0600") + """⟦P|Priya⟧,

We lent one of our ⟪Samsung Galaxy Tab A9⟫ tablets to a home hemo patient so she can log treatments in ⟪NxStage Nx2me⟫. The patient is ⟦P|Marisol Quintero⟧. Tablet serial ⟦X|R9PW40BZK3L⟧, and her ⟪NxStage System One⟫ cycler is ⟦X|NX1-0078842⟧.

Problem: the tablet enrolled in ⟪Intune⟫ under the clinic tenant and now she can't reach the app from her home Wi-Fi. Intune shows her public IP as ⟦I|24.131.88.207⟧ and a compliance error ⟪0x87D1FDE8⟫. Our clinic tablets (the ones that stay here, tags ⟪RBD-TAB-01⟫ to ⟪RBD-TAB-06⟫) are fine.

Could you exclude her device from the "office network only" policy? It's set on the ⟪Corp-Trusted⟫ named location, ⟪198.51.100.0/28⟫.

⟦P|Yvonne⟧
""")

add("payroll", ["Gregory Haines"], hd("Gregory Haines", "ghaines@summitpayrollgroup.com", "Daniel Kowal", "dan@kowal-tech.net", "Employee phone IMEI for MDM", "Fri, 6 Nov 2026 11:05:09 -0500") + """⟦P|Dan⟧,

Two people want to use their own phones for ⟪ADP Workforce Now⟫ approvals. For the ⟪Jamf⟫ BYOD enrollment I need you to register:

- ⟦P|Sheila Marwick⟧, personal ⟪iPhone 15⟫, IMEI ⟦X/imei|35 391811 204718 ?⟧
- ⟦P|tomasz wrobel⟧ (he typed his name lower-case in the form), ⟪Pixel 8⟫, IMEI ⟦X/imei|35 847216 009413 ?⟧

The company phones are a different story, those are tagged ⟪SPG-MOB-031⟫ and ⟪SPG-MOB-032⟫ and already in Jamf. Jamf Pro is on ⟪11.9.1⟫.

Please don't put the IMEIs in the ticket ⟪SPG-1187⟫, just in the console.

⟦P|Greg⟧
""")

add("hospice", ["Naomi Achterberg"], hd("Naomi Achterberg", "nachterberg@lanternhospice.org", "Priya Nandakumar", "priya@northgate-it.com", "Nurse VPN from home", "Mon, 9 Nov 2026 08:31:50 -0600") + """Hi ⟦P|Priya⟧,

⟦P|Bettina Sorensen⟧, one of our on-call nurses, cannot connect to ⟪GlobalProtect⟫ from home. The portal is ⟪vpn.lanternhospice.org⟫ at ⟪64.71.20.5⟫. Her home address shows in the logs as ⟦I|2601:1c0:cb00:4f10:85e3:2d1:9b6a:71c4⟧ (IPv6) and it fails with "⟪GP-ERR-1002⟫". When her husband's hotspot is used it works, so it might be her ISP.

⟦P|Sorensen⟧ also has the hospice's ⟪Dell Latitude 5440⟫ (tag ⟪LH-LT-22⟫). The client is ⟪6.2.3⟫.

She is covering Mr. ⟦P|Abernathy⟧'s visits tonight so it's a bit urgent.

⟦P|Naomi⟧
""")

add("dental", ["Kristof Varga"], hd("Kristof Varga", "kristof@brightsmiledental.net", "Daniel Kowal", "dan@kowal-tech.net", "Remote desktop from home blocked", "Mon, 9 Nov 2026 19:44:02 -0800") + """⟦P|Dan⟧, quick one.

I'm trying to reach ⟪Dentrix⟫ on the server (⟪192.168.1.20⟫, ⟪DX-SRV01⟫) from home tonight. ⟪SonicWall TZ370⟫ is dropping me. My home IP is ⟦I|67.183.29.250⟧ now, it used to be ⟦I|67.183.30.12⟧ before Comcast changed it, so please replace the old one in the allow list.

⟦P|Ilona⟧ at the front desk also wants access, her IP is ⟦I|172.58.112.66⟧ but that's T-Mobile so it changes. Maybe set up the SonicWall ⟪NetExtender⟫ instead?

Dentrix is ⟪G7.3⟫, SonicOS ⟪7.0.1-5145⟫.

⟦P|Kristof⟧
""")

add("physio", ["Aoife Brennan"], hd("Aoife Brennan", "aoife@motionworksphysio.ie", "Daniel Kowal", "dan@kowal-tech.net", "Suspicious logins on the booking portal", "Tue, 10 Nov 2026 12:12:12 +0000") + """Hi ⟦P|Dan⟧,

⟪Cliniko⟫ flagged logins to one patient account from odd places. The patient is ⟦P|Siobhan Feeney⟧ and the two addresses were ⟦I|185.220.101.47⟧ and ⟦I|37.228.241.9⟧. She says the second is hers (home in ⟦A|14 Cois Abhann, Ballincollig⟧, ⟦Z|P31 X2Y4⟧), so the first one is someone else.

Our reception PC connects through ⟪Eir⟫ with the static ⟪87.44.12.190⟫, that's the office and should stay whitelisted.

Should I reset her password, and is there anything to report? ⟪Cliniko⟫ support case is ⟪CS-558201⟫.

⟦P|Aoife⟧
Motion Works Physiotherapy, ⟪Unit 4, Riverside Business Park, Cork⟫
""")

add("psychotherapy", ["Hannah Lindqvist"], hd("Hannah Lindqvist", "hannah@lindqvisttherapy.com", "Priya Nandakumar", "priya@northgate-it.com", "Zoom sessions dropping", "Tue, 10 Nov 2026 17:03:41 -0500") + """⟦P|Priya⟧,

Telehealth sessions through ⟪Zoom for Healthcare⟫ drop after ~20 minutes, only with some clients. Tonight it was ⟦P|Devereaux⟧ again. Zoom's dashboard shows his IP as ⟦I|108.35.77.201⟧ and packet loss 14%. My side is the ⟪Ubiquiti UDM Pro⟫ at ⟪192.168.50.1⟫ and the Zoom rooms PC is ⟪192.168.50.23⟫.

I work out of my home office, so the address on my invoices, ⟦A|88 Orchard Terrace, Unit 2B⟧, ⟦Z|02139⟧, is also the practice address. Could you come by Thursday at ⟪4:30 pm⟫?

⟦P|Hannah Lindqvist⟧, LICSW
""")

add("pharmacy", ["Rajesh Iyer"], hd("Rajesh Iyer", "rajesh@cornerstonerx.com", "Daniel Kowal", "dan@kowal-tech.net", "Insulin pump patient needs printout", "Wed, 11 Nov 2026 09:47:00 -0500") + """⟦P|Dan⟧,

A patient brought in her ⟪Tandem t:slim X2⟫ so we could upload to ⟪Tandem Source⟫ and print for her endocrinologist. ⟦P|Beatrice Nwosu⟧, pump serial ⟦X|1184729⟧. The upload tool crashed with ⟪ERR 22-0418⟫.

Separately, the ⟪Zebra ZD421⟫ label printer on the counter (serial ⟪D4J213804429⟫) stopped printing after the ⟪PioneerRx⟫ update to ⟪2026.3⟫.

Both on the pharmacy PC ⟪CRX-POS-2⟫, IP ⟪10.1.1.52⟫. Can you remote in? I'm here till ⟪6 pm⟫.

⟦P|Raj⟧
""")

add("care-home", ["Siobhan O'Dea"], hd("Siobhan O'Dea", "sodea@willowbankcare.co.uk", "Marit Eide", "marit@eide-consult.co.uk", "Wi-Fi for resident's hearing aid streamer", "Wed, 11 Nov 2026 15:22:19 +0000") + """Hi ⟦P|Marit⟧,

One of our residents, ⟦P|Arthur Pembridge⟧, has a ⟪Phonak TV Connector⟫ and his family want it on the guest Wi-Fi. The connector's serial is ⟦X|2147H0331⟧ and his hearing aids are ⟦X|2203S1187⟧ / ⟦X|2203S1188⟧. His son ⟦P|Gareth⟧ set them up and says the streamer needs to reach the internet.

Our guest SSID ⟪Willowbank-Guest⟫ runs on the ⟪Aruba Instant On AP22⟫ units (serials ⟪CN12KTX0QH⟫, ⟪CN12KTX0QJ⟫) in the ⟪Bluebell Lounge⟫ and the ⟪Orchard Wing⟫.

Can you add the MAC to the allowed list? Ticket ⟪WB-0903⟫.

⟦P|Siobhan⟧
Willowbank Care Home, ⟪22 Station Road, Keswick CA12 5HT⟫
""")

add("labs", ["Esther Adeyemi"], hd("Esther Adeyemi", "eadeyemi@precisionpathlab.com", "Priya Nandakumar", "priya@northgate-it.com", "Courier portal access logs", "Thu, 12 Nov 2026 08:10:03 -0500") + """⟦P|Priya⟧,

Our auditor wants the access log from the patient results portal for one complaint. The patient, ⟦P|Jerome Kaczmarek⟧, says someone else saw his results. Entries for his account came from ⟦I|71.62.190.18⟧ (he confirms that's his home) and ⟦I|71.62.190.44⟧ (unknown). The portal is ⟪results.precisionpathlab.com⟫ on ⟪10.12.0.8⟫, the reverse proxy is ⟪10.12.0.2⟫ and the internal analyser network is ⟪10.12.64.0/20⟫.

Note the LIS version string ⟪5.10.1.22⟫ shows up in the same log lines, that's not an address.

⟦P|Kaczmarek⟧'s MRN is ⟦M|PPL-0448172⟧ if you need to match rows.

⟦P|Esther⟧
""")

add("school", ["Patrick Nolan"], hd("Patrick Nolan", "pnolan@stbrigidsacademy.org", "Daniel Kowal", "dan@kowal-tech.net", "Teacher's home IP blocked by Lightspeed", "Thu, 12 Nov 2026 20:31:18 -0600") + """⟦P|Dan⟧,

Ms. ⟦P|Abernethy-Cole⟧ can't open ⟪PowerSchool⟫ from home: ⟪Lightspeed Filter⟫ puts her home IP ⟦I|99.110.43.237⟧ in the blocked pool. Students at home are fine. Our PowerSchool server is ⟪10.40.1.15⟫ and the content filter appliance is ⟪10.40.0.3⟫.

Also one for the asset list: the new ⟪Epson EB-L210W⟫ projectors in ⟪Room 112⟫ and ⟪Room 114⟫ (serials ⟪X8KR2300417⟫, ⟪X8KR2300422⟫).

Thanks,
⟦P|Pat⟧
""")

add("property-management", ["Deborah Fenwick"], hd("Deborah Fenwick", "dfenwick@keystoneresidential.com", "Priya Nandakumar", "priya@northgate-it.com", "Tenant portal brute force", "Fri, 13 Nov 2026 10:02:44 -0500") + """⟦P|Priya⟧,

⟪AppFolio⟫ alerted us that the tenant account for ⟦A|512 Belmont Ave, Apt 3C⟧ (that's ⟦P|Lorraine Duquette⟧) had 40 failed logins from ⟦I|45.148.10.92⟧. Her normal logins come from ⟦I|66.31.205.118⟧.

Our office is at ⟪2200 Market St, Suite 400⟫, and the office network is ⟪38.104.22.64/29⟫. Can you check whether any of our staff accounts were tried as well? The AppFolio case is ⟪AF-3381920⟫.

⟦P|Deb⟧
""")

add("insurance", ["Howard Lim"], hd("Howard Lim", "hlim@meridianbenefits.com", "Daniel Kowal", "dan@kowal-tech.net", "Claims adjuster VPN", "Fri, 13 Nov 2026 13:55:20 -0800") + """⟦P|Dan⟧,

Our adjuster ⟦P|Fatima Zahedi⟧ works from home in ⟦A|7731 Copper Canyon Dr⟧, ⟦Z|89148⟧. Her home IP ⟦I|184.176.3.91⟧ gets a "⟪MFA_TIMEOUT⟫" on the ⟪Cisco AnyConnect⟫ gateway at ⟪209.165.201.30⟫. She runs version ⟪4.10.08025⟫ on her company laptop (⟪MB-LT-0119⟫).

⟦P|Zahedi⟧ has a deadline on claim batch ⟪CB-2026-1104⟫ tomorrow.

⟦P|Howard⟧
""")

add("law", ["Miriam Feld"], hd("Miriam Feld", "mfeld@feldandkerr.com", "Priya Nandakumar", "priya@northgate-it.com", "Client logged into ShareFile from abroad", "Mon, 16 Nov 2026 09:20:30 -0500") + """⟦P|Priya⟧,

A client, ⟦P|Oskar Halvorsen⟧, accessed his folder in ⟪ShareFile⟫ from ⟦I|84.212.96.133⟧ (Norway, he's travelling). ShareFile flagged it and locked the account. Please unlock.

Also the partner ⟦P|Kerr⟧ wants the office static ⟪12.184.73.210⟫ to be the only address that can reach the admin console. The ⟪Meraki MX68⟫ serial is ⟪Q2KY-7TJR-44LM⟫ if Meraki asks.

⟦P|Miriam⟧
⟪Feld & Kerr LLP⟫
""")

add("home-health", ["Tamika Rowe"], hd("Tamika Rowe", "trowe@caringhandshh.com", "Daniel Kowal", "dan@kowal-tech.net", "Oxygen concentrator telemetry", "Mon, 16 Nov 2026 14:14:00 -0600") + """⟦P|Dan⟧,

The ⟪Inogen One G5⟫ concentrators we place in homes report to ⟪Inogen Connect⟫. For ⟦P|Clarence Odum⟧ the unit with serial ⟦X|G5C-5528193⟧ has not reported since he moved to ⟦A|3305 Pecan Grove Ln⟧, ⟦Z|77386⟧. His backup unit is ⟦X|G5C-5528207⟧.

The app on my phone shows error ⟪IC-403⟫. Our loaner stock in the warehouse (tags ⟪CH-INV-101⟫ to ⟪CH-INV-120⟫) is fine.

⟦P|Mendez⟧ thinks it is the cellular module.

⟦P|Tamika⟧
""")

add("cardiology", ["Ben Aharoni"], hd("Ben Aharoni", "baharoni@heartlinecardio.com", "Priya Nandakumar", "priya@northgate-it.com", "Holter upload station", "Tue, 17 Nov 2026 08:44:10 -0500") + """⟦P|Priya⟧,

The ⟪Philips DigiTrak XT⟫ recorders come back and get uploaded on the Holter PC in the ⟪Tulip Room⟫. Today the recorder ⟦X|DT4-118204⟧ (patient ⟦P|Wendell Ashby⟧, worn from ⟦D|Nov 12⟧) failed with ⟪HLT-ERR-71⟫. ⟪Philips Holter 2.9⟫ is the software.

The Holter PC is ⟪HLC-WS-08⟫, ⟪10.8.3.18⟫. Nothing changed there except the ⟪CrowdStrike Falcon⟫ sensor went to ⟪7.16⟫.

⟦P|Ben⟧
""")

add("sleep-clinic", ["Imani Foster"], hd("Imani Foster", "ifoster@deepbluesleep.com", "Daniel Kowal", "dan@kowal-tech.net", "Home sleep test devices", "Tue, 17 Nov 2026 15:31:02 -0700") + """Hi ⟦P|Dan⟧,

We ship ⟪WatchPAT ONE⟫ devices to patients. The portal shows two devices stuck "in transit" even though the patients used them: ⟦X|WP1-20931847⟧ (⟦P|Rosalind Achebe⟧) and ⟦X|WP1-20931852⟧ (⟦P|Gunnar Eklund⟧). The patients both pair via their phones, ⟦P|Eklund⟧'s phone IP was ⟦I|174.204.66.19⟧ when it uploaded.

The ⟪CloudPAT⟫ web version is ⟪4.3.0.1⟫. Our clinic router ⟪192.168.88.1⟫ is a ⟪MikroTik hEX⟫.

⟦P|Imani⟧
""")
# ---------------------------------------------------------------- batch 2: LICENSE and MEMBER, English

add("home-health", ["Carla Whitfield"], hd("Carla Whitfield", "cwhitfield@mapleleafhh.com", "Priya Nandakumar", "priya@northgate-it.com", "Credentialing spreadsheet upload error", "Wed, 18 Nov 2026 10:30:00 -0500") + """Hi ⟦P|Priya⟧,

The credentialing import into ⟪HCHB⟫ fails with ⟪IMP-0093⟫ on three rows. Here they are as they sit in the CSV:

name,discipline,license,state,expires
⟦P|Adaora Nwachukwu⟧,RN,⟦L|RN9281734⟧,OH,2027-03-31
⟦P|Whitaker⟧,PT,⟦L|PT.012884⟧,OH,2026-12-31
⟦P|lucas fermin⟧,LPN,⟦L|LPN 1190452⟧,KY,2027-06-30

I think the dot in the second one is the problem. The import template is version ⟪3.2⟫ and the ⟪Office 365⟫ key on that PC is ⟪NKJFK-GPHP7-G8C3J-P6JXR-HQRJR⟫ in case you need to reactivate Excel.

⟦P|Carla⟧
""")

add("physio", ["Aoife Brennan"], hd("Aoife Brennan", "aoife@motionworksphysio.ie", "Daniel Kowal", "dan@kowal-tech.net", "CORU numbers on invoices", "Wed, 18 Nov 2026 14:02:51 +0000") + """⟦P|Dan⟧,

The invoice template in ⟪Xero⟫ needs each physio's CORU registration under their name. Can you add a field? The numbers are:

- ⟦P|Ciarán Ó Súilleabháin⟧ ⟦L|PT027441⟧
- ⟦P|Dervla Kinsella⟧ ⟦L|PT031187⟧
- ⟦P|Maeve⟧ (new, still pending, use ⟦L|PT033905⟧ when it comes)

The practice's own ⟪Xero⟫ subscription (⟪Standard plan⟫) and the ⟪Cliniko⟫ licence key ⟪CLK-7X2Q-9PLM-44AA⟫ stay as they are. Invoice ⟪INV-2026-0417⟫ was the one that went out wrong.

⟦P|Aoife⟧
""")

add("pharmacy", ["Rajesh Iyer"], hd("Rajesh Iyer", "rajesh@cornerstonerx.com", "Daniel Kowal", "dan@kowal-tech.net", "DEA field rejecting prescriber", "Thu, 19 Nov 2026 09:12:30 -0500") + """⟦P|Dan⟧,

⟪PioneerRx⟫ won't accept the DEA for one prescriber on a controlled script: Dr. ⟦P|Lowenstein⟧'s ⟦L/dea|BL618304?⟧ and it says "⟪checksum failed⟫". The state license is ⟦L|MD.0052184⟧. Could the pharmacist ⟦P|Oyin⟧ have mistyped? I double-checked against the pad.

Also our ⟪SureScripts⟫ certificate renewal is due, the account number for that is ⟪SS-CORNERSTONE-01⟫ and the product key for the signature pad driver is ⟪TPAD-4491-KK20-MX77⟫.

⟦P|Raj⟧
""")

add("psychotherapy", ["Hannah Lindqvist"], hd("Hannah Lindqvist", "hannah@lindqvisttherapy.com", "Priya Nandakumar", "priya@northgate-it.com", "Claim rejections from SimplePractice", "Thu, 19 Nov 2026 18:45:12 -0500") + """⟦P|Priya⟧,

⟪SimplePractice⟫ rejects claims for two clients with ⟪CO-31⟫. For ⟦P|Devereaux⟧ the member ID on file is ⟦B|XJM884719201⟧ and the plan is ⟪Blue Cross Blue Shield of Massachusetts⟫, group ⟪009418⟫. The other one is subscriber ⟦B|W284771930⟧ (the client's wife is the subscriber, ⟦P|Celeste Devereaux⟧), payer id ⟪SB700⟫.

My own licence, ⟦L|LICSW 115872⟧, is printed on the claim, and the practice NPI ⟪1477852390⟫ (it's a group NPI) too.

Claim numbers in the rejection: ⟦B|26311A004471⟧ and ⟦B|26311A004502⟧.

⟦P|Hannah⟧
""")

add("insurance", ["Howard Lim"], hd("Howard Lim", "hlim@meridianbenefits.com", "Daniel Kowal", "dan@kowal-tech.net", "Driver licence scans in the claims folder", "Fri, 20 Nov 2026 12:01:40 -0800") + """⟦P|Dan⟧,

Someone put scans of driver licences into the shared claims folder on ⟪\\\\MB-FS01\\Claims⟫. I found at least these: ⟦P|Roberto Salinas⟧ (California ⟦L|D4827361⟧), ⟦P|Janelle Birch⟧ (Nevada ⟦L|1602847735⟧), and one from Florida, ⟦L|W426-518-77-391-0⟧, name cut off.

They should go into ⟪Guidewire ClaimCenter⟫ only. Can you move them and turn on the ⟪Purview⟫ DLP rule for licences? Our Purview is under the ⟪E5⟫ licence, tenant key ⟪MBG-E5-2026⟫.

The related claims are ⟦B|CLM-0094417⟧ and ⟦B|CLM-0094452⟧.

⟦P|Howard⟧
""")

add("care-home", ["Siobhan O'Dea"], hd("Siobhan O'Dea", "sodea@willowbankcare.co.uk", "Marit Eide", "marit@eide-consult.co.uk", "Agency nurse NMC pins in rota", "Mon, 23 Nov 2026 08:25:00 +0000") + """Hi ⟦P|Marit⟧,

The rota spreadsheet from the agency has the NMC PINs in a column and ⟪Person Centred Software⟫ won't import it (⟪PCS-IMP-12⟫). Rows look like:

⟦P|Okonjo, Blessing⟧ | ⟦L|09I4471E⟧ | nights
⟦P|Radu, Ionela⟧ | ⟦L|17C0921O⟧ | days
⟦P|Fairbrother⟧ | ⟦L|12A3385E⟧ | bank

Could you write a small macro? The ⟪Microsoft 365 Business Premium⟫ licence is fine. The room column mentions the ⟪Bluebell Lounge⟫ and ⟪Rowan Suite⟫ which aren't people.

⟦P|Siobhan⟧
""")

add("dental", ["Kristof Varga"], hd("Kristof Varga", "kristof@brightsmiledental.net", "Daniel Kowal", "dan@kowal-tech.net", "Eligibility checks failing", "Mon, 23 Nov 2026 11:47:33 -0800") + """⟦P|Dan⟧,

⟪Dentrix⟫ real-time eligibility stopped working for ⟪Delta Dental⟫. For ⟦P|Nora Whitcombe⟧ it says member ⟦B|DDCA04418792⟧ not found, group ⟪G-55120⟫, payer ⟪94276⟫. Works for ⟪MetLife⟫ patients. Her husband ⟦P|Frank⟧'s subscriber id is ⟦B|DDCA04418790⟧ if the dependent lookup is the issue.

Error code ⟪ELG-408⟫. We're on Dentrix ⟪G7.4⟫ with the eServices add-on, license number ⟪DXE-220917-BSD⟫.

⟦P|Kristof⟧
""")

add("hospice", ["Naomi Achterberg"], hd("Naomi Achterberg", "nachterberg@lanternhospice.org", "Priya Nandakumar", "priya@northgate-it.com", "Medicare MBI format in intake form", "Tue, 24 Nov 2026 09:09:09 -0600") + """Hi ⟦P|Priya⟧,

Our ⟪Jotform⟫ intake rejects valid Medicare numbers because the regex expects the old HICN. Example from today: ⟦P|Walter Pruitt⟧, MBI ⟦B|1EG4-TE5-MK73⟧. His Medicaid number is ⟦B|TX518827340⟧ and his supplemental plan ⟪AARP Medigap Plan G⟫ member number ⟦B|38811947211⟧.

The form version is ⟪v14⟫, and the Jotform enterprise licence ⟪JF-ENT-3349⟫ is up for renewal. Can you fix the regex to accept 11 characters with or without dashes?

⟦P|Naomi⟧
""")

add("home-health", ["Tamika Rowe"], hd("Tamika Rowe", "trowe@caringhandshh.com", "Daniel Kowal", "dan@kowal-tech.net", "Fleet app asks for licence numbers", "Tue, 24 Nov 2026 15:51:00 -0600") + """⟦P|Dan⟧,

The new ⟪Samsara⟫ fleet app wants each driver's licence number for the company cars. I have them here, can you load them without emailing the whole list around?

⟦P|Mendoza⟧ TX ⟦L|40918273⟧
⟦P|Lakshmi Raman⟧ TX ⟦L|33807162⟧
⟦P|beau thibodeaux⟧ LA ⟦L|008841277⟧

The car plates are ⟦V|NKT-4471⟧ and ⟦V|RBX 2290⟧. Samsara order ⟪SO-77120⟫, the gateway model is ⟪VG55⟫.

⟦P|Tamika⟧
""")

add("labs", ["Esther Adeyemi"], hd("Esther Adeyemi", "eadeyemi@precisionpathlab.com", "Priya Nandakumar", "priya@northgate-it.com", "835 remits not matching", "Wed, 25 Nov 2026 08:00:51 -0500") + """⟦P|Priya⟧,

The ⟪Waystar⟫ 835 import didn't post some payments. Segment from the file:

CLP*⟦B|PPL26-118472⟧*1*412.00*96.40**12*⟦B|9426118803511⟧~
NM1*QC*1*⟦P|GALLOWAY⟧*⟦P|RUTH⟧****MI*⟦B|ZGP771928401⟧~
TRN*1*⟪1EFT00482291⟫*⟪1620001234⟫~

Payer is ⟪UnitedHealthcare⟫, payer id ⟪87726⟫, and the trace ⟪1EFT00482291⟫ is the check. The import log shows ⟪W-835-017⟫ and the batch number is ⟪B-2026-1125-03⟫. Can you have a look before month end?

⟦P|Esther⟧
""")

add("school", ["Patrick Nolan"], hd("Patrick Nolan", "pnolan@stbrigidsacademy.org", "Daniel Kowal", "dan@kowal-tech.net", "Bus driver licence check", "Wed, 25 Nov 2026 13:13:30 -0600") + """⟦P|Dan⟧,

The transport coordinator keeps the bus drivers' CDL numbers in a Word doc on her desktop. I want them in the ⟪Frontline⟫ HR module. Drivers: ⟦P|Earl Jeffcoat⟧ (MO CDL ⟦L|K532441877⟧), ⟦P|Deandra Pitts⟧ (MO CDL ⟦L|M119208345⟧).

Frontline subscription is ⟪FL-HR-00921⟫. The bus plates, in case you need them for the ⟪Zonar⟫ tablets, are school-owned so fine: ⟪MO SB-1147⟫, ⟪MO SB-1152⟫.

⟦P|Pat⟧
""")

add("law", ["Miriam Feld"], hd("Miriam Feld", "mfeld@feldandkerr.com", "Priya Nandakumar", "priya@northgate-it.com", "Clio custom fields for bar numbers", "Thu, 26 Nov 2026 10:10:00 -0500") + """⟦P|Priya⟧,

We want attorneys' bar numbers in ⟪Clio⟫ so they print on filings. ⟦P|Kerr⟧: NY ⟦L|4418273⟧. Mine: NY ⟦L|3922918⟧, NJ ⟦L|021882004⟧. The paralegal ⟦P|Ostrowski⟧ has a notary commission ⟦L|01OS6412877⟧.

Don't mix them up with the Clio licence seat IDs (⟪CLIO-SEAT-7⟫, ⟪CLIO-SEAT-8⟫) or the ⟪Adobe Acrobat⟫ serial ⟪1118-1847-2290-4471-3356-0082⟫.

⟦P|Miriam⟧
""")

add("cardiology", ["Anil Deshpande"], hd("Anil Deshpande", "adeshpande@harborheartclinic.org", "Daniel Kowal", "dan@kowal-tech.net", "Prior auth portal bounced our request", "Thu, 26 Nov 2026 16:40:00 -0500") + """⟦P|Dan⟧,

⟪Cohere Health⟫ bounced the prior auth for ⟦P|Lucille Dubose⟧'s echo. The subscriber ID we sent was ⟦B|H71294410⟧ and the response says the beneficiary ID must include the suffix, so ⟦B|H7129441001⟧. Plan code ⟪HMO-S2⟫, group ⟪771204-0001⟫.

The auth request number is ⟪PA-26-0091122⟫ and the ordering provider is Dr. ⟦P|Ferreira-Banks⟧ (state licence ⟦L|ME.0088412⟧). Can you check the mapping in the ⟪Epic⟫ interface, build ⟪Nov 2026⟫?

⟦P|Anil⟧
""")

add("payroll", ["Gregory Haines"], hd("Gregory Haines", "ghaines@summitpayrollgroup.com", "Daniel Kowal", "dan@kowal-tech.net", "Garnishment import and benefit ids", "Fri, 27 Nov 2026 09:44:00 -0500") + """⟦P|Dan⟧,

The benefits feed to ⟪Cigna⟫ failed validation. Two records:

⟦P|Halverson⟧, employee ⟪EMP 1042⟫, member ⟦B|U88217640 01⟧, dependent ⟦P|Kaia⟧ ⟦B|U88217640 02⟧
⟦P|Obi⟧, employee ⟪EMP 1077⟫, member ⟦B|U88219904 01⟧

Group is ⟪3331874⟫, the ⟪ADP⟫ export profile is ⟪BEN-CIGNA-V2⟫. The error is ⟪834-ERR-N4⟫ which I think is the zip: ⟦P|Halverson⟧ moved to ⟦A|41 Birchwood Ct⟧, ⟦Z|19382-4417⟧.

⟦P|Greg⟧
""")

add("dialysis", ["Yvonne Tremblay"], hd("Yvonne Tremblay", "ytremblay@riverbenddialysis.com", "Priya Nandakumar", "priya@northgate-it.com", "ESRD claims stuck", "Mon, 30 Nov 2026 10:33:21 -0600") + """⟦P|Priya⟧,

Three ESRD claims are stuck in ⟪Availity⟫ with ⟪R-277-A7⟫. Claim numbers: ⟦B|20263340117⟧, ⟦B|20263340121⟧, ⟦B|20263340129⟧. All for patients of Dr. ⟦P|Mbeki⟧. The first is ⟦P|Harold Zimmer⟧ (Medicare ⟦B|4TR9-WE2-JK51⟧).

Payer ⟪Novitas⟫ ⟪JH⟫, our PTAN ⟪HC7721⟫ and the ⟪Availity⟫ org ID ⟪RIVBD-4471⟫. Could you check whether the clearinghouse changed the submitter ID?

⟦P|Yvonne⟧
""")

add("audiology", ["Leah Brandvold"], hd("Leah Brandvold", "leah@clearsoundaudiology.com", "Daniel Kowal", "dan@kowal-tech.net", "State licence on reports", "Mon, 30 Nov 2026 14:00:00 -0700") + """Hi ⟦P|Dan⟧,

Reports from ⟪Noah⟫ should print my Colorado audiology licence ⟦L|AUD.0001847⟧ and the hearing aid dispenser licence of ⟦P|Ruiz⟧, ⟦L|HAD.0004419⟧. The ⟪Sycle⟫ report template has a field for it but it's empty.

Our ⟪Sycle⟫ subscription is under customer ⟪SYC-22817⟫; the ⟪Windows 11 Pro⟫ key on the front PC is ⟪VK7JG-NPHTM-C97JM-9MPGT-3V66T⟫ (generic KMS one).

⟦P|Leah⟧
""")

add("sleep-clinic", ["Marcus Oyelaran"], hd("Marcus Oyelaran", "marcus@restwellsleep.com", "Priya Nandakumar", "priya@northgate-it.com", "Compliance reports to insurers", "Tue, 1 Dec 2026 08:08:08 -0600") + """⟦P|Priya⟧,

Insurers want CPAP compliance reports with the member number on them. ⟪AirView⟫ exports them without. I need:

⟦P|Coombs⟧, ⟪Humana⟫, member ⟦B|H48821937⟧
⟦P|Baptiste⟧, ⟪Aetna⟫, member ⟦B|W192847561⟧, group ⟪286014-011⟫

Payer IDs ⟪61101⟫ (Humana) and ⟪60054⟫ (Aetna). The sleep tech ⟦P|Gonzalo⟧ has RPSGT credential ⟦L|RPSGT 48812⟧, he signs the reports.

⟦P|Marcus⟧
""")

add("property-management", ["Deborah Fenwick"], hd("Deborah Fenwick", "dfenwick@keystoneresidential.com", "Priya Nandakumar", "priya@northgate-it.com", "Renter's insurance policy numbers", "Tue, 1 Dec 2026 11:20:00 -0500") + """⟦P|Priya⟧,

We track tenants' renters insurance in ⟪AppFolio⟫. The import from ⟪Assurant⟫ failed for:

⟦A|512 Belmont Ave, Apt 3C⟧ - policy ⟦B|RI-0048817321⟧ (⟦P|Duquette⟧)
⟦A|518 Belmont Ave, Apt 1A⟧ - policy ⟦B|RI-0048817355⟧ (⟦P|Achterberg⟧ - no relation to the hospice lady)

Error ⟪AF-IMP-221⟫. The property itself, ⟪Belmont Commons⟫, has the building policy ⟪CPP 7742019⟫ which is ours and fine.

⟦P|Deb⟧
""")

add("insurance", ["Howard Lim"], hd("Howard Lim", "hlim@meridianbenefits.com", "Daniel Kowal", "dan@kowal-tech.net", "Adjuster licence lookup tool", "Tue, 1 Dec 2026 15:15:15 -0800") + """⟦P|Dan⟧,

The ⟪NIPR⟫ lookup script broke after the ⟪Python 3.12⟫ upgrade. It checks our adjusters' licences nightly:

⟦P|Zahedi⟧ NV ⟦L|3284417⟧
⟦P|Pemberton⟧ CA ⟦L|2G71904⟧
⟦P|Osei⟧ AZ ⟦L|18722093⟧

Traceback ends in ⟪SSLError⟫ on ⟪pdb.nipr.com⟫. The script lives on ⟪MB-APP02⟫ (⟪10.30.2.12⟫) and runs as a scheduled task at ⟪2:00 am⟫. If it stays broken we miss renewals.

⟦P|Howard⟧
""")

add("physio", ["Aoife Brennan"], hd("Aoife Brennan", "aoife@motionworksphysio.ie", "Daniel Kowal", "dan@kowal-tech.net", "VHI claim numbers", "Tue, 1 Dec 2026 16:44:00 +0000") + """⟦P|Dan⟧,

⟪VHI⟫ direct claims from ⟪Cliniko⟫ come back "membership not valid". For ⟦P|Feeney⟧ the membership number is ⟦B|0183 4471 22⟧ and for ⟦P|Padraig Lonergan⟧ ⟦B|0177 2280 91⟧. The ⟪Laya⟫ ones go through fine, e.g. claim ⟦B|LY-26-338812⟧ for ⟦P|Nessa Quill⟧.

Our provider number with VHI is ⟪P-40172⟫, that's the clinic's. Error code ⟪VHI-E09⟫.

⟦P|Aoife⟧
""")
# ---------------------------------------------------------------- batch 3: ADDRESS, POSTCODE, bare PERSON names, English

add("home-health", ["Carla Whitfield"], hd("Carla Whitfield", "cwhitfield@mapleleafhh.com", "Priya Nandakumar", "priya@northgate-it.com", "Route optimizer puts visits in wrong town", "Wed, 2 Dec 2026 08:15:00 -0500") + """⟦P|Priya⟧,

The ⟪HCHB⟫ route optimizer geocodes some addresses wrong since the ⟪Esri⟫ update. Today's list for ⟦P|Whitaker⟧:

1. ⟦A|77 N. Prospect St #4⟧, Akron OH ⟦Z|44304⟧
2. ⟦A|2210 Yellow Creek Rd⟧, Bath OH ⟦Z|44333⟧
3. ⟦A|PO Box 118⟧, Peninsula OH ⟦Z|44264⟧ (patient gave only the PO box, she lives on the farm behind it)

Number 2 lands in Bath, Maine. The geocoder version is ⟪ArcGIS World Geocoder 2026.2⟫. Our office at ⟪1400 Market Ave N, Canton⟫ geocodes fine.

Also, will you tell ⟦P|Grace⟧ in billing the export is ready? ⟦P|Grace⟧ is out until Monday, so no hurry.

⟦P|Carla⟧
""")

add("property-management", ["Deborah Fenwick"], hd("Deborah Fenwick", "dfenwick@keystoneresidential.com", "Priya Nandakumar", "priya@northgate-it.com", "Move-out letters printing wrong address", "Wed, 2 Dec 2026 10:44:20 -0500") + """⟦P|Priya⟧,

The move-out letter template in ⟪AppFolio⟫ pulls the old unit address instead of the forwarding one. Examples:

- ⟦P|Lorraine Duquette⟧, forwarding address ⟦A|19 Harmon Place, Apt 2R⟧, Bridgeport CT ⟦Z|06604⟧
- ⟦P|Kwabena Asante⟧, forwarding ⟦A|4401 Riverside Dr W, Suite 12⟧... no wait, that's his work. Home is ⟦A|88 Lindley St⟧, ⟦Z|06606⟧
- ⟦P|ngozi eze⟧ (she writes her name that way), ⟦A|PO Box 2290⟧, New Haven CT ⟦Z|06521⟧

Keystone's own return address ⟪2200 Market St, Suite 400, Philadelphia PA 19103⟫ is fine on the letters. Template is ⟪MOVEOUT-v3⟫, ticket ⟪KR-2288⟫.

⟦P|Deb⟧
""")

add("care-home", ["Siobhan O'Dea"], hd("Siobhan O'Dea", "sodea@willowbankcare.co.uk", "Marit Eide", "marit@eide-consult.co.uk", "Next of kin export for the council", "Thu, 3 Dec 2026 09:30:00 +0000") + """⟦P|Marit⟧,

The council wants a next of kin list and the export from ⟪Person Centred Software⟫ mangles UK addresses (puts the postcode in the town field). Sample of three rows:

⟦P|Pembridge⟧ - son ⟦P|Gareth Pembridge⟧, ⟦A|Flat 3, 41 Lake Road⟧, Keswick ⟦Z|CA12 5BS⟧
⟦P|Hollis⟧ - daughter ⟦P|Joanne Tully⟧, ⟦A|2 Greta Grove⟧, Keswick ⟦Z|CA12 5LU⟧
⟦P|Featherstone⟧ - nephew, ⟦A|The Old Forge, Braithwaite⟧, ⟦Z|CA12 5SY⟧

Willowbank's own address, ⟪22 Station Road, Keswick CA12 5HT⟫, is on every page header, that's fine. The export is ⟪PCS Report 114⟫.

⟦P|Siobhan⟧
""")

add("audiology", ["Leah Brandvold"], hd("Leah Brandvold", "leah@clearsoundaudiology.com", "Daniel Kowal", "dan@kowal-tech.net", "Mail merge for repair reminders", "Thu, 3 Dec 2026 13:30:00 -0700") + """⟦P|Dan⟧,

The repair reminder mail merge in Word uses the wrong field. The list (from ⟪Sycle⟫):

⟦P|Castellanos⟧ ⟦A|3390 W 44th Ave⟧ Denver CO ⟦Z|80211⟧
⟦P|Yazzie⟧ ⟦A|PO Box 772⟧ Kayenta AZ ⟦Z|86033⟧
⟦P|Amsel⟧ ⟦A|1200 Grant St Apt 907⟧ Denver CO ⟦Z|80203⟧

Tell ⟦P|Ruiz⟧ the envelopes are in ⟪Room 2⟫. We use ⟪Office LTSC 2021⟫ on that PC. The ⟪Oticon⟫ repair forms still carry our clinic address ⟪5500 E Yale Ave, Denver CO 80222⟫ which is correct.

⟦P|Leah⟧
""")

add("school", ["Patrick Nolan"], hd("Patrick Nolan", "pnolan@stbrigidsacademy.org", "Daniel Kowal", "dan@kowal-tech.net", "Emergency contact sync", "Fri, 4 Dec 2026 07:55:00 -0600") + """⟦P|Dan⟧,

The ⟪PowerSchool⟫ to ⟪Finalsite⟫ sync stopped at row 214. Rows around it:

213,⟦P|Marchetti⟧,⟦P|Luca⟧,⟦A|806 Gravois Ave⟧,⟦Z|63118⟧
214,⟦P|N'Diaye⟧,⟦P|Awa⟧,⟦A|4120 Flad Ave Apt 1⟧,⟦Z|63110⟧
215,⟦P|Vukovic⟧,⟦P|Petra⟧,⟦A|PO Box 21904⟧,⟦Z|63109⟧

I suspect the apostrophe in ⟦P|N'Diaye⟧. The sync tool is ⟪Finalsite Connect 2.8⟫, job ⟪FSC-SYNC-07⟫. Ask ⟦P|Hargrove⟧ whether he changed the mapping.

⟦P|Pat⟧
""")

add("dental", ["Kristof Varga"], hd("Kristof Varga", "kristof@brightsmiledental.net", "Daniel Kowal", "dan@kowal-tech.net", "Recall postcards", "Fri, 4 Dec 2026 12:02:00 -0800") + """⟦P|Dan⟧,

⟪Lighthouse 360⟫ recall postcards bounced for a batch. The ones that came back:

⟦P|Whitcombe⟧, ⟦A|2675 Ocean View Blvd Unit 5⟧, ⟦Z|92109⟧
⟦P|Tran⟧, ⟦A|4411 Fanuel St⟧, ⟦Z|92109⟧
⟦P|Okafor-Lyle⟧, ⟦A|PO Box 90417⟧, ⟦Z|92169⟧

Maybe the unit number? Our return address on the card is ⟪Bright Smile Dental, 1250 Garnet Ave, San Diego⟫, that's correct. Batch ⟪L360-RC-1204⟫. ⟦P|Ilona⟧ says Lighthouse support told her to re-export.

⟦P|Kristof⟧
""")

add("law", ["Miriam Feld"], hd("Miriam Feld", "mfeld@feldandkerr.com", "Priya Nandakumar", "priya@northgate-it.com", "Conflict check list", "Mon, 7 Dec 2026 09:00:00 -0500") + """⟦P|Priya⟧,

Conflict check is slow in ⟪Clio⟫. Please run these through the new tool when you set it up: ⟪Abernathy⟫, ⟪Bellweather Holdings⟫, ⟦P|Szymanski⟧, ⟦P|Oduya⟧, ⟦P|Montgomery-Reyes⟧, ⟪Halvorsen Shipping AS⟫.

⟪Abernathy⟫ is the corporate client ⟪Abernathy Logistics⟫, the rest are individuals except the two companies. ⟦P|Szymanski⟧ lives at ⟦A|55 Water St, Apt 18F⟧, Brooklyn NY ⟦Z|11201⟧ if you need to disambiguate.

⟦P|Miriam⟧
""")

add("labs", ["Esther Adeyemi"], hd("Esther Adeyemi", "eadeyemi@precisionpathlab.com", "Priya Nandakumar", "priya@northgate-it.com", "Mobile phlebotomy routes", "Mon, 7 Dec 2026 11:11:11 -0500") + """⟦P|Priya⟧,

The phlebotomists' route app (⟪Routific⟫) imported Canadian addresses wrong for our Windsor patients. Two examples:

⟦A|1450 Ouellette Ave, Unit 304⟧, Windsor ON ⟦Z|N9A 4K2⟧ - Mrs. ⟦P|Beaulieu⟧
⟦A|3021 Dougall Ave⟧, Windsor ON ⟦Z|N9E 1S3⟧ - ⟦P|Paquette⟧

It strips the unit. ⟦P|Abimbola⟧ drives that route Tuesdays. Routific plan ⟪Growth⟫, API version ⟪v1.18⟫.

⟦P|Esther⟧
""")

add("psychotherapy", ["Hannah Lindqvist"], hd("Hannah Lindqvist", "hannah@lindqvisttherapy.com", "Priya Nandakumar", "priya@northgate-it.com", "Superbill footer", "Tue, 8 Dec 2026 17:30:00 -0500") + """⟦P|Priya⟧,

The superbill PDF from ⟪SimplePractice⟫ prints the client's address in my footer slot. For ⟦P|Devereaux⟧ it printed ⟦A|240 Hampshire St, Apt 3⟧, Cambridge MA ⟦Z|02139⟧ at the bottom instead of my practice address. My practice is my home, ⟦A|88 Orchard Terrace, Unit 2B⟧, ⟦Z|02139⟧, so both are private.

Also: ⟦P|Marguerite⟧ (my supervisor) wants copies. Can you change the template? SimplePractice ticket ⟪SP-7718204⟫.

⟦P|Hannah⟧
""")

add("hospice", ["Naomi Achterberg"], hd("Naomi Achterberg", "nachterberg@lanternhospice.org", "Priya Nandakumar", "priya@northgate-it.com", "Bereavement mailing", "Tue, 8 Dec 2026 10:05:00 -0600") + """⟦P|Priya⟧,

For the bereavement mailing I need the ⟪WellSky⟫ export to include the family contact, not the patient. Sample of what it gives now:

patient,contact,address
⟦P|Pruitt, Walter⟧,⟦P|Pruitt, Dolores⟧,"⟦A|1108 Elm Springs Rd⟧, Rogers AR ⟦Z|72756⟧"
⟦P|Abernathy, June⟧,⟦P|Hale, Simon⟧,"⟦A|PO Box 8804⟧, Bentonville AR ⟦Z|72712⟧"

Our return address ⟪Lantern Hospice, 300 S 8th St, Rogers AR 72756⟫ goes on the envelope. Export job ⟪WS-EXP-31⟫.

⟦P|Naomi⟧
""")

add("pharmacy", ["Rajesh Iyer"], hd("Rajesh Iyer", "rajesh@cornerstonerx.com", "Daniel Kowal", "dan@kowal-tech.net", "Delivery driver labels", "Wed, 9 Dec 2026 14:45:00 -0500") + """⟦P|Dan⟧,

Delivery labels cut off the apartment number. Today's deliveries:

- ⟦P|Nwosu⟧ ⟦A|1200 Peachtree St NE, Apt 1412⟧ ⟦Z|30309⟧
- ⟦P|Harrington⟧ ⟦A|335 Ponce de Leon Ave NE #B⟧ ⟦Z|30308⟧

The ⟪Zebra ZD421⟫ label size is 4x2. ⟦P|Tobias⟧ drives, he noticed it. ⟪PioneerRx⟫ label layout ⟪DEL-4X2⟫.

⟦P|Raj⟧
""")

add("insurance", ["Howard Lim"], hd("Howard Lim", "hlim@meridianbenefits.com", "Daniel Kowal", "dan@kowal-tech.net", "Australian claimants import", "Wed, 9 Dec 2026 16:00:00 -0800") + """⟦P|Dan⟧,

Our Sydney partner sent claimants in a CSV and ⟪Guidewire⟫ rejects the addresses:

⟦P|Brennan-Walsh⟧,"⟦A|Unit 7/22 Kent St⟧, Epping NSW ⟦Z|2121⟧"
⟦P|Nguyen Van Long⟧,"⟦A|PO Box 415⟧, Parramatta NSW ⟦Z|2124⟧"
⟦P|Tui Ngata⟧,"⟦A|14a Mahoe Crescent⟧, Papatoetoe, Auckland ⟦Z|2025⟧"

The slash in "7/22" seems to break it. The partner's office ⟪Level 12, 1 Margaret St, Sydney NSW 2000⟫ is fine. Import ⟪GW-IMP-5591⟫.

⟦P|Howard⟧
""")

add("cardiology", ["Ben Aharoni"], hd("Ben Aharoni", "baharoni@heartlinecardio.com", "Priya Nandakumar", "priya@northgate-it.com", "Fax cover sheets", "Thu, 10 Dec 2026 08:20:00 -0500") + """⟦P|Priya⟧,

The ⟪eFax Corporate⟫ cover sheet template shows whatever is in the "notes" field. ⟦P|Sadowski⟧ put a patient's address in there and it went out to a referring office: ⟦A|62 Quince Lane⟧, Cherry Hill NJ ⟦Z|08002⟧. Can you lock the template?

Heartline's address, ⟪900 Haddonfield Rd, Cherry Hill NJ 08002⟫, is the only one that should appear. ⟦P|Whitlock⟧ and ⟦P|Baptiste-Moreau⟧ in scheduling use the template too.

⟦P|Ben⟧
""")

add("payroll", ["Gregory Haines"], hd("Gregory Haines", "ghaines@summitpayrollgroup.com", "Daniel Kowal", "dan@kowal-tech.net", "W-2 address changes", "Thu, 10 Dec 2026 11:30:00 -0500") + """⟦P|Dan⟧,

Before W-2s go out I need these address changes pushed from the web form to ⟪ADP⟫, the integration skipped them:

⟦P|Marwick⟧: ⟦A|17 Crestview Terrace⟧, Reading PA ⟦Z|19606⟧
⟦P|wrobel⟧: ⟦A|900 Penn Ave, Apt 5⟧, West Reading PA ⟦Z|19611⟧
⟦P|Halverson⟧: ⟦A|41 Birchwood Ct⟧, ⟦Z|19382-4417⟧

The form is ⟪Cognito Forms⟫, entry ⟪#2219⟫ to ⟪#2223⟫. Error ⟪ADP-API-409⟫.

⟦P|Greg⟧
""")

add("dialysis", ["Yvonne Tremblay"], hd("Yvonne Tremblay", "ytremblay@riverbenddialysis.com", "Priya Nandakumar", "priya@northgate-it.com", "Transport vendor file", "Fri, 11 Dec 2026 07:45:00 -0600") + """⟦P|Priya⟧,

The transport company wants pick-up addresses weekly. The file from ⟪Epic⟫ has them, but ⟪MoveIt⟫ refuses the upload. Rows:

⟦P|Quintero⟧ | ⟦A|6120 S Pulaski Rd, Apt 2⟧ | ⟦Z|60629⟧ | MWF ⟪6:00⟫
⟦P|Zimmer⟧ | ⟦A|3315 W Foster Ave⟧ | ⟦Z|60625⟧ | TTS ⟪5:30⟫

The error is ⟪MOVEIT-552⟫. Riverbend's address on the header, ⟪4800 N Western Ave, Chicago IL 60625⟫, is right.

⟦P|Yvonne⟧
""")

add("physio", ["Aoife Brennan"], hd("Aoife Brennan", "aoife@motionworksphysio.ie", "Daniel Kowal", "dan@kowal-tech.net", "Home visit list", "Fri, 11 Dec 2026 12:00:00 +0000") + """⟦P|Dan⟧,

The home visits calendar only shows the Eircode and not the house. This week:

⟦P|Lonergan⟧ - ⟦A|Ard na Gréine, Blarney⟧, ⟦Z|T23 K8P2⟧
⟦P|Quill⟧ - ⟦A|Apt 12, The Maltings, Douglas⟧, ⟦Z|T12 DX40⟧

⟦P|Dervla⟧ is doing both. I'd like the full address in ⟪Google Calendar⟫ for her but not in the shared one. Is that possible with ⟪Cliniko⟫'s sync?

⟦P|Aoife⟧
""")

add("home-health", ["Tamika Rowe"], hd("Tamika Rowe", "trowe@caringhandshh.com", "Daniel Kowal", "dan@kowal-tech.net", "Aide signatures with home addresses", "Mon, 14 Dec 2026 09:15:00 -0600") + """⟦P|Dan⟧,

Some aides put their home addresses in their e-mail signature and it shows on client-facing mails. Two I saw today:

"⟦P|Jolene Tibbs⟧, HHA
⟦A|805 Cypress Creek Pkwy, Apt 1102⟧, Houston TX ⟦Z|77090⟧"

"⟦P|Mendoza⟧
⟦A|PO Box 33120⟧, Spring TX ⟦Z|77383⟧"

Can we enforce the standard ⟪Exclaimer⟫ signature with only ⟪Caring Hands Home Health, 1717 West Loop S, Houston⟫? Exclaimer subscription ⟪EXC-22019⟫.

⟦P|Tamika⟧
""")

add("labs", ["Esther Adeyemi"], hd("Esther Adeyemi", "eadeyemi@precisionpathlab.com", "Priya Nandakumar", "priya@northgate-it.com", "Who's on call", "Mon, 14 Dec 2026 18:30:00 -0500") + """⟦P|Priya⟧,

For the on-call rota in ⟪PagerDuty⟫: ⟦P|Adeyemi⟧ (me) this week, then ⟦P|Kaczmarek⟧, ⟦P|Boateng⟧, ⟦P|Sato⟧. ⟦P|Lopez⟧ asked to be removed, she moved to ⟪Quest⟫. ⟦P|Sato⟧ says the escalation policy ⟪EP-LIS-01⟫ pages him twice.

PagerDuty ⟪Business plan⟫, service ⟪LIS-prod⟫ on ⟪10.12.0.8⟫.

⟦P|Esther⟧
""")

add("school", ["Patrick Nolan"], hd("Patrick Nolan", "pnolan@stbrigidsacademy.org", "Daniel Kowal", "dan@kowal-tech.net", "Chromebook return list", "Tue, 15 Dec 2026 08:00:00 -0600") + """⟦P|Dan⟧,

Chromebooks due back before break. Still missing:

- ⟦P|marchetti⟧ (7B) ⟪CB-0412⟫
- ⟦P|Vukovic⟧ (8A) ⟪CB-0466⟫
- ⟦P|Amadou Sow⟧ (6C) ⟪CB-0471⟫

Those are school asset tags, not personal. Can ⟪Google Admin⟫ lock them at ⟪3 pm⟫ Friday? Ask Sister ⟦P|Agnes⟧ in ⟪Room 104⟫ if any parent complains.

⟦P|Pat⟧
""")

add("care-home", ["Siobhan O'Dea"], hd("Siobhan O'Dea", "sodea@willowbankcare.co.uk", "Marit Eide", "marit@eide-consult.co.uk", "Resident's pet on the system", "Tue, 15 Dec 2026 14:10:00 +0000") + """⟦P|Marit⟧,

Funny one: the ⟪PCS⟫ app thinks "⟪Biscuit⟫" is a resident. ⟪Biscuit⟫ is Mrs. ⟦P|Featherstone⟧'s cat, who lives with her in the ⟪Rowan Suite⟫. Someone created a care plan for it. And "⟪Major⟫" is our house dog, also in there.

Could you delete both records, ⟪RES-0091⟫ and ⟪RES-0092⟫? ⟦P|Featherstone⟧'s real record is fine.

⟦P|Siobhan⟧
""")
# ---------------------------------------------------------------- batch 4: German, French, Dutch

add("home-health", ["Sabine Wörner"], hd("Sabine Wörner", "s.woerner@pflegedienst-lichtblick.de", "Jonas Berger", "jb@berger-it.de", "VPN-Zugang für Pflegekraft von zu Hause", "Mi, 2 Dez 2026 08:12:00 +0100") + """Hallo ⟦P|Jonas⟧,

Frau ⟦P|Kaczmarczyk⟧ aus der Tourenplanung kommt von zu Hause nicht mehr ins ⟪Vivendi PD⟫. Die ⟪Sophos XGS 2100⟫ (⟪192.168.178.1⟫) blockiert ihre private IP ⟦I|91.64.211.87⟧. Vorher ging es mit ⟦I|91.64.208.3⟧, der Anbieter hat wohl gewechselt. Der Vivendi-Server ist ⟪10.10.0.20⟫, das VPN-Gateway ⟪80.153.44.10⟫.

Außerdem hat ⟦P|Kaczmarczyk⟧ ihr privates Handy für die ⟪MEDIFOX⟫ App registriert, IMEI ⟦X/imei|35 290611 448217 ?⟧. Das Diensthandy (Inventar ⟪LB-HDY-014⟫) liegt im Büro.

Ticket ⟪LB-2026-311⟫. Danke!

Viele Grüße
⟦P|Sabine Wörner⟧
Pflegedienst Lichtblick GmbH, ⟪Hauptstraße 88, 70563 Stuttgart⟫
""")

add("dental", ["Henrik Aalbers"], hd("Henrik Aalbers", "praxis@zahnarzt-aalbers.de", "Jonas Berger", "jb@berger-it.de", "Versichertennummern im Import falsch", "Do, 3 Dez 2026 10:30:00 +0100") + """Hallo Herr ⟦P|Berger⟧,

beim Import aus dem Kartenlesegerät ⟪ORGA 6141 online⟫ (Seriennummer ⟪6141-0048821⟫, gehört der Praxis) landen die Versichertennummern im falschen Feld von ⟪Dampsoft DS-Win⟫. Beispiel: ⟦P|Lieselotte Brandauer⟧, Versichertennummer ⟦B|M418822917⟧, ⟪AOK Bayern⟫, IK ⟪108310400⟫. Ihr Mann ⟦P|Gerhard⟧ hat ⟦B|M418822905⟧.

Die Kasse und das IK sind kein Problem, nur die Nummer der Versicherten. Fehlermeldung ⟪DSW-4012⟫, DS-Win Version ⟪2026.2.14⟫.

Die Adresse der Patientin stimmt auch nicht: es muss ⟦A|Kirchweg 3a⟧, ⟦Z|83022⟧ Rosenheim sein.

Mit freundlichen Grüßen
⟦P|Henrik Aalbers⟧
""")

add("care-home", ["Ute Lammers"], hd("Ute Lammers", "u.lammers@haus-am-see-pflege.de", "Jonas Berger", "jb@berger-it.de", "Hörgerät und Hausnotruf", "Fr, 4 Dez 2026 14:00:00 +0100") + """⟦P|Jonas⟧,

unser Bewohner Herr ⟦P|Oltmanns⟧ (⟪Zimmer 12⟫, ⟪Haus Birke⟫) hat ein neues Hörgerät ⟪Signia Pure 7IX⟫, Seriennummern ⟦X|GH28841173⟧ links und ⟦X|GH28841174⟧ rechts, und einen Hausnotruf-Sender mit der Gerätenummer ⟦X|HN-77120-4419⟧. Der Akustiker möchte, dass wir die ⟪Signia App⟫ auf dem Tablet im Aufenthaltsraum installieren.

Das Tablet ist unseres (⟪HAS-TAB-03⟫), das WLAN ist ⟪HausAmSee-Gast⟫ auf dem ⟪LANCOM LX-6400⟫.

Ansprechpartner ist seine Tochter, ⟦P|Meike Oltmanns⟧, ⟦T|0171 4429 817⟧.

Gruß
⟦P|Ute⟧
""")

add("physio", ["Katrin Vogelsang"], hd("Katrin Vogelsang", "kv@physio-vogelsang.de", "Jonas Berger", "jb@berger-it.de", "Abrechnung: Zulassungsnummer und IBAN", "Mo, 7 Dez 2026 09:00:00 +0100") + """Hallo ⟦P|Jonas⟧,

⟪Theorg⟫ will nach dem Update ⟪17.5⟫ bei jeder Therapeutin eine Nummer haben. ⟦P|Lena Brückner⟧ hat die Berufserlaubnis ⟦L|PT-BY-2019-04471⟧, ⟦P|Malte⟧ die ⟦L|PT-BY-2021-11830⟧. Die Praxis selbst hat das IK ⟪540912345⟫, das bleibt.

Außerdem: eine Patientin, Frau ⟦P|Demir⟧, zahlt privat und hat uns ihre IBAN geschickt: ⟦IB|DE?? 7015 0000 0012 3456 78⟧. Kann die in Theorg ins SEPA-Mandat?

Die ⟪Theorg⟫ Lizenznummer ⟪TH-884120-PRX⟫ steht auf dem Aufkleber am Server.

Viele Grüße
⟦P|Katrin⟧
""")

add("psychotherapy", ["Matthias Greiner"], hd("Matthias Greiner", "praxis@psychotherapie-greiner.de", "Jonas Berger", "jb@berger-it.de", "Videosprechstunde bricht ab", "Di, 8 Dez 2026 18:20:00 +0100") + """Lieber Herr ⟦P|Berger⟧,

die Videosprechstunde über ⟪RED connect⟫ bricht bei einer Klientin nach wenigen Minuten ab. Laut Protokoll kommt sie von ⟦I|2a02:8109:9c40:1d00:6d1e:55f2:a18c:3b07⟧, also IPv6. Mein Router, eine ⟪FRITZ!Box 7590⟫ (FRITZ!OS ⟪7.57⟫), hat intern ⟪192.168.178.1⟫.

Ich arbeite in meiner Wohnung, die Praxisadresse ⟦A|Gabelsbergerstraße 41, Rückgebäude⟧, ⟦Z|80333⟧ München ist also privat. Meine Arztnummer (LANR) ⟦L|719884201⟧ steht auf jeder Rechnung.

Beste Grüße
⟦P|Matthias Greiner⟧
""")

add("payroll", ["Anja Petersen"], hd("Anja Petersen", "a.petersen@lohnbuero-nord.de", "Jonas Berger", "jb@berger-it.de", "DATEV Lohn: Führerscheinkontrolle", "Di, 8 Dez 2026 11:45:00 +0100") + """Moin ⟦P|Jonas⟧,

für die Führerscheinkontrolle der Dienstwagen-Fahrer eines Mandanten sollen wir die Führerscheinnummern in ⟪DATEV Lohn und Gehalt⟫ hinterlegen. Es geht um:

⟦P|Ole Carstensen⟧ - ⟦L|B072RRE2I55⟧
⟦P|Jannik Thießen⟧ - ⟦L|J410BXN0F72⟧

Kennzeichen ⟦V|HH-OC 4471⟧ und ⟦V|SE-JT 220⟧. Der Mandant ist ⟪Carstensen Bau GmbH⟫ (ja, der Firmenname und der Fahrer heißen gleich).

DATEV-Beraternummer ⟪88412⟫ und Mandantennummer ⟪10071⟫ sind intern. Fehler beim Speichern: ⟪LODAS-E2201⟫.

Gruß
⟦P|Anja⟧
""")

add("pharmacy", ["Claire Dufresne"], hd("Claire Dufresne", "c.dufresne@pharmacie-dufresne.fr", "Élodie Marchal", "elodie@marchal-informatique.fr", "Carte Vitale refusée au comptoir", "Mer, 2 déc 2026 09:40:00 +0100") + """Bonjour ⟦P|Élodie⟧,

Depuis la mise à jour de ⟪LGPI⟫ en ⟪v4.12⟫, le lecteur ⟪Ingenico Vital'Act 3S⟫ (n° de série ⟪VA3S-220714-0091⟫, c'est le nôtre) refuse certaines cartes Vitale. Ce matin, M. ⟦P|Lefèbvre-Agostini⟧, NIR ⟦N/nir|1 58 03 69 123 456 ??⟧, erreur ⟪SV-0x6A82⟫.

Autre chose : la pharmacienne adjointe ⟦P|Sandrine Kouassi⟧ doit avoir son numéro RPPS ⟦L|10101882941⟧ sur les ordonnances scannées. Le mien est ⟦L|10100447120⟧.

La pharmacie est au ⟪14 place Bellecour, 69002 Lyon⟫, ça ne change pas.

Merci,
⟦P|Claire⟧
""")

add("home-health", ["Mathilde Rousseau"], hd("Mathilde Rousseau", "m.rousseau@ssiad-valdoise.fr", "Élodie Marchal", "elodie@marchal-informatique.fr", "Tablettes des infirmières et adresses", "Jeu, 3 déc 2026 14:15:00 +0100") + """Bonjour ⟦P|Élodie⟧,

L'application ⟪Apologic⟫ sur les tablettes ne trouve plus certaines adresses de patients. Par exemple Mme ⟦P|Berthelot⟧, ⟦A|12 rue des Lilas, bât. B, apt 24⟧, ⟦Z|95100⟧ Argenteuil, et ⟦P|Joseph N'Guessan⟧, ⟦A|3 allée Jean Moulin⟧, ⟦Z|95870⟧ Bezons.

La tablette prêtée à Mme ⟦P|Berthelot⟧ pour la téléconsultation a le numéro de série ⟦X|R52T90AKX4M⟧. Les tablettes des infirmières (⟪SSIAD-TAB-01⟫ à ⟪SSIAD-TAB-09⟫) marchent.

Et l'infirmière ⟦P|Nadia⟧ demande si son numéro ADELI ⟦L|95 11 0448 7⟧ peut apparaître sur les comptes rendus.

Cordialement,
⟦P|Mathilde Rousseau⟧
""")

add("labs", ["Olivier Garnier"], hd("Olivier Garnier", "o.garnier@labo-biosud.fr", "Élodie Marchal", "elodie@marchal-informatique.fr", "Serveur de résultats et IP des patients", "Ven, 4 déc 2026 08:05:00 +0100") + """⟦P|Élodie⟧,

Un patient se plaint de ne pas pouvoir consulter ses résultats sur le portail. D'après les journaux, M. ⟦P|Abdelkader⟧ se connecte depuis ⟦I|90.112.45.201⟧ et reçoit ⟪HTTP 403⟫. Le portail est sur ⟪10.5.0.14⟫, derrière le ⟪Stormshield SN310⟫ (⟪10.5.0.1⟫). La plage interne ⟪10.5.0.0/22⟫ n'est pas concernée.

Sa mutuelle ⟪Harmonie Mutuelle⟫ nous a envoyé un numéro d'adhérent ⟦B|HM0048817732⟧, à ne pas confondre avec le code organisme ⟪01 751 4471⟫.

Ticket ⟪BIO-7712⟫, version ⟪Kalisil 8.2.1⟫.

⟦P|Olivier⟧
""")

add("law", ["Hélène Vasseur"], hd("Hélène Vasseur", "h.vasseur@vasseur-avocats.fr", "Élodie Marchal", "elodie@marchal-informatique.fr", "Permis de conduire dans les dossiers", "Lun, 7 déc 2026 10:00:00 +0100") + """Bonjour ⟦P|Élodie⟧,

Pour un dossier d'accident, nous avons reçu les permis de conduire en PDF. ⟦P|Guillaume Faure⟧ : permis ⟦L|13AB04471⟧, ⟦P|Inès Haddad⟧ : ⟦L|180775300449⟧. Ils sont dans ⟪Secib⟫ mais la recherche plein texte les indexe.

Pouvez-vous exclure ces champs de l'index ? Le logiciel est ⟪Secib Neo 6.3⟫, clé de licence ⟪SNEO-4471-AVX-2026⟫.

L'adresse de M. ⟦P|Faure⟧ est ⟦A|27 boulevard Carnot⟧, ⟦Z|59800⟧ Lille, la nôtre ⟪8 rue Nationale, 59000 Lille⟫.

Bien à vous,
⟦P|Hélène Vasseur⟧
""")

add("audiology", ["Anouk Verbeek"], hd("Anouk Verbeek", "anouk@hoorcentrum-verbeek.nl", "Sander de Wit", "sander@dewit-ict.nl", "Hoortoestel koppelt niet met Noah", "Wo, 2 dec 2026 11:20:00 +0100") + """Hoi ⟦P|Sander⟧,

Sinds de update van ⟪Noah 4.16⟫ koppelen de toestellen van meneer ⟦P|Hoekstra⟧ niet meer: ⟪Oticon Intent 1⟫, serienummers ⟦X|EU4418822⟧ en ⟦X|EU4418823⟧. De ⟪Noahlink Wireless 2⟫ van de praktijk (⟪NLW2-0041172⟫) werkt wel met andere toestellen.

Zijn BSN ⟦N/bsn|20417938?⟧ staat in het dossier, dat moet niet in het ticket. Zijn adres: ⟦A|Kerkstraat 12-3hg⟧, ⟦Z|1017 GC⟧ Amsterdam.

Onze praktijk zit op ⟪Overtoom 301, 1054 HW Amsterdam⟫. Ticket ⟪DW-2291⟫.

Groet,
⟦P|Anouk⟧
""")

add("care-home", ["Pieter van Dongen"], hd("Pieter van Dongen", "p.vandongen@zorgcentrum-delinde.nl", "Sander de Wit", "sander@dewit-ict.nl", "BIG-nummers in het rooster", "Do, 3 dec 2026 08:45:00 +0100") + """⟦P|Sander⟧,

In ⟪Nedap ONS⟫ moeten de BIG-nummers van de verpleegkundigen staan voor de controle. Ik heb ze in Excel:

⟦P|de Boer, Femke⟧;⟦L|19012345601⟧
⟦P|Yilmaz, Serkan⟧;⟦L|29055512830⟧
⟦P|janssen⟧;⟦L|79088814401⟧

De import geeft ⟪ONS-IMP-77⟫. De Excel-licentie is ⟪Microsoft 365 E3⟫, dat is geen probleem. De afdelingen ⟪De Linde⟫, ⟪De Beuk⟫ en ⟪Zonnehof⟫ zijn geen personen, maar komen wel in dezelfde kolom terecht.

⟦P|Pieter⟧
""")

add("dialysis", ["Fatma Kaya"], hd("Fatma Kaya", "f.kaya@dialysecentrum-utrecht.nl", "Sander de Wit", "sander@dewit-ict.nl", "Thuisdialyse-apparaat en tablet", "Vr, 4 dec 2026 13:00:00 +0100") + """Hoi ⟦P|Sander⟧,

Een patiënt die thuis dialyseert, ⟦P|Johannes Bakker⟧, heeft van ons een tablet te leen gekregen (serienummer ⟦X|R9PW51CXA2Q⟧) en zijn ⟪Quanta SC+⟫ heeft serienummer ⟦X|QSC-02281⟧. De tablet komt niet op het wifi van zijn huis aan de ⟦A|Vleutenseweg 208 bis⟧, ⟦Z|3532 HR⟧ Utrecht. Zijn thuis-IP volgens ⟪Intune⟫: ⟦I|77.170.88.14⟧.

Onze eigen ⟪Fresenius 5008S⟫ machines (inventaris ⟪DCU-HD-01⟫ t/m ⟪DCU-HD-12⟫) zijn niet betrokken.

Zijn zorgverzekeraar ⟪Zilveren Kruis⟫, polisnummer ⟦B|204418872⟧.

⟦P|Fatma⟧
""")

add("payroll", ["Ruud Hendriks"], hd("Ruud Hendriks", "ruud@salarisadministratie-hendriks.nl", "Sander de Wit", "sander@dewit-ict.nl", "Loonstroken met verkeerde IBAN", "Ma, 7 dec 2026 09:30:00 +0100") + """⟦P|Sander⟧,

In ⟪Loket.nl⟫ zijn bij twee werknemers de IBAN's omgewisseld na de import:

⟦P|Visser⟧ - ⟦IB|NL?? ABNA 0417 1643 00⟧
⟦P|El Amrani⟧ - ⟦IB|NL?? INGB 0008 8412 93⟧

De werkgever is ⟪Visser Transport B.V.⟫, KvK ⟪30124471⟫, loonheffingennummer ⟪8124.47.718.L01⟫; die zijn van het bedrijf. Foutcode ⟪LKT-IBAN-02⟫. ⟦P|Visser⟧ belde vanochtend boos.

⟦P|Ruud⟧
""")

add("school", ["Ilse Mertens"], hd("Ilse Mertens", "ilse.mertens@basisschool-dekring.be", "Sander de Wit", "sander@dewit-ict.nl", "Smartschool import ouders", "Di, 8 dec 2026 15:30:00 +0100") + """Dag ⟦P|Sander⟧,

De import van de ouderlijst in ⟪Smartschool⟫ loopt vast op de rijksregisternummers. Bijvoorbeeld ⟦P|Wouters⟧, rijksregisternummer ⟦N/be|85.07.30-033.??⟧, adres ⟦A|Lange Nieuwstraat 14 bus 3⟧, ⟦Z|2000⟧ Antwerpen.

En het IP-adres ⟪10.60.2.1⟫ is onze ⟪Fortinet⟫ gateway, niet dat van een ouder.

Onze school, ⟪Basisschool De Kring, Kerkplein 2, 2018 Antwerpen⟫. Melding ⟪SS-2026-4471⟫.

⟦P|Ilse⟧
""")
# ---------------------------------------------------------------- batch 5: Spanish, Italian, Portuguese, Polish, French

add("dental", ["Marta Echeverría"], hd("Marta Echeverría", "marta@clinicadentalsonrisa.es", "Lucía Ortega", "lucia@ortega-sistemas.es", "Acceso remoto bloqueado", "Mié, 2 dic 2026 09:10:00 +0100") + """Hola ⟦P|Lucía⟧,

Desde ayer el ⟪Fortinet FortiGate 40F⟫ (⟪192.168.1.99⟫) bloquea el acceso remoto de la doctora ⟦P|Irene Salcedo⟧ desde su casa. Su IP es ⟦I|83.45.190.212⟧. El servidor de ⟪Gesden G5⟫ está en ⟪192.168.1.10⟫ y la versión es ⟪5.8.2.1⟫, que no es una IP aunque lo parezca.

También necesito que su número de colegiada ⟦L|28004471⟧ salga en los presupuestos, y el de ⟦P|Álvaro⟧, ⟦L|28009120⟧.

Incidencia ⟪INC-0412⟫. Gracias,
⟦P|Marta⟧
""")

add("physio", ["Jordi Puigdemasa"], hd("Jordi Puigdemasa", "jordi@fisioterapiamar.cat", "Lucía Ortega", "lucia@ortega-sistemas.es", "Datos de pacientes en hoja compartida", "Jue, 3 dic 2026 12:30:00 +0100") + """⟦P|Lucía⟧,

Alguien dejó una hoja de ⟪Google Sheets⟫ compartida con datos de pacientes de mutua:

⟦P|Ferrer Soler, Montserrat⟧ | DNI ⟦N/dni|46128877?⟧ | ⟪Sanitas⟫ tarjeta ⟦B|10447188201⟧
⟦P|Benali, Youssef⟧ | NIE ⟦N/dni|Y2841907?⟧ | ⟪Adeslas⟫ póliza ⟦B|ADS-0884172⟧

Dirección de la primera: ⟦A|C/ Mallorca 214, 3º 2ª⟧, ⟦Z|08008⟧ Barcelona. La clínica está en ⟪Passeig de Gràcia 55, 08007 Barcelona⟫.

¿Puedes quitar el enlace público y revisar quién lo abrió? ⟪Google Workspace Business Standard⟫.

⟦P|Jordi⟧
""")

add("insurance", ["Raquel Montes"], hd("Raquel Montes", "rmontes@correduria-montes.es", "Lucía Ortega", "lucia@ortega-sistemas.es", "Carnés de conducir escaneados", "Vie, 4 dic 2026 10:00:00 +0100") + """Hola ⟦P|Lucía⟧,

En la carpeta de siniestros hay carnés de conducir escaneados. El del asegurado ⟦P|Íñigo Larrañaga⟧, permiso ⟦L/dni|72518830?⟧, matrícula ⟦V|4471 KLM⟧, siniestro ⟦B|SIN-2026-004471⟧.

El número de póliza de flota de la empresa ⟪Transportes Larrañaga S.L.⟫ es ⟪FL-2288⟫ y es de la empresa. Usamos ⟪Avant2⟫ versión ⟪9.3⟫.

¿Puedes mover los escaneos a la carpeta cifrada?

⟦P|Raquel⟧
""")

add("pharmacy", ["Andrés Quiroga"], hd("Andrés Quiroga", "andres@farmaciaquiroga.es", "Lucía Ortega", "lucia@ortega-sistemas.es", "Bomba de insulina de una paciente", "Lun, 7 dic 2026 17:40:00 +0100") + """⟦P|Lucía⟧,

Una paciente, doña ⟦P|Remedios Alcántara⟧, trajo su bomba ⟪Medtronic MiniMed 780G⟫ para descargar datos con ⟪CareLink⟫. Número de serie de la bomba ⟦X|NG2418847H⟧ y del medidor ⟦X|BG7712044⟧. El programa da el error ⟪CL-1022⟫ en el PC del mostrador (⟪FQ-PC-02⟫, ⟪10.0.0.31⟫).

El lector de códigos ⟪Honeywell Xenon 1950g⟫ de la farmacia, con serie ⟪19114B4471⟫, sí funciona.

Vive en ⟦A|Avda. de la Constitución 18, 4º izda.⟧, ⟦Z|41004⟧ Sevilla, por si hay que mandarle el informe.

⟦P|Andrés⟧
""")

add("cardiology", ["Francesca Galli"], hd("Francesca Galli", "f.galli@cardiocentro-lombardo.it", "Marco Bellini", "marco@bellini-it.it", "Telemonitoraggio pacemaker", "Mer, 2 dic 2026 08:30:00 +0100") + """Ciao ⟦P|Marco⟧,

Il telemonitoraggio ⟪Biotronik Home Monitoring⟫ non riceve dati dal paziente Sig. ⟦P|Brambilla⟧: pacemaker ⟪Edora 8 DR-T⟫, numero di serie ⟦X|68214471⟧, trasmettitore ⟪CardioMessenger Smart⟫ ⟦X|CMS-4418820⟧. Vive in ⟦A|Via Roma 45, int. 7⟧, ⟦Z|20121⟧ Milano.

Il nostro PC di refertazione (⟪CCL-PC-11⟫) è su ⟪10.20.30.11⟫ e la rete del reparto è ⟪10.20.30.0/24⟫. Versione del portale ⟪7.4.0.12⟫.

Può guardarci ⟦P|Ferraresi⟧ domani alle ⟪9:00⟫?

⟦P|Francesca⟧
""")

add("psychotherapy", ["Giulia Rinaldi"], hd("Giulia Rinaldi", "studio@psicologarinaldi.it", "Marco Bellini", "marco@bellini-it.it", "Fatture con numero di iscrizione all'albo", "Gio, 3 dic 2026 19:00:00 +0100") + """Buonasera ⟦P|Marco⟧,

nel gestionale ⟪Fatture in Cloud⟫ devo aggiungere il numero di iscrizione all'Albo degli Psicologi: il mio è ⟦L|Lazio n. 18847⟧, quello della collega dott.ssa ⟦P|Ottaviani⟧ ⟦L|Lazio n. 21190⟧.

Lo studio è nel mio appartamento, ⟦A|Via dei Serpenti 112, scala B, int. 4⟧, ⟦Z|00184⟧ Roma, quindi non vorrei che l'indirizzo finisse sul sito.

La licenza di ⟪Fatture in Cloud⟫ è ⟪FIC-PREMIUM-4471⟫, la versione dell'app ⟪3.18.2⟫.

Grazie,
⟦P|Giulia Rinaldi⟧
""")

add("care-home", ["Paolo Ferri"], hd("Paolo Ferri", "p.ferri@rsa-villaserena.it", "Marco Bellini", "marco@bellini-it.it", "Patenti degli autisti e IP", "Ven, 4 dic 2026 11:00:00 +0100") + """⟦P|Marco⟧,

per il pulmino della RSA dobbiamo registrare le patenti degli autisti volontari nel portale dell'assicurazione:

⟦P|Bertolini Luigi⟧ - patente ⟦L|U1E445188X⟧
⟦P|Cocco Antonella⟧ - patente ⟦L|MI7218840K⟧

Il portale blocca gli accessi: dall'ufficio (⟪93.62.118.5⟫, IP statico della RSA) funziona, da casa di ⟦P|Luigi⟧ (⟦I|79.21.144.230⟧) no.

La sala ⟪Girasole⟫ e il reparto ⟪Glicine⟫ hanno il Wi-Fi nuovo, ⟪Ubiquiti U6 Pro⟫.

⟦P|Paolo⟧
""")

add("labs", ["Stefania Moretti"], hd("Stefania Moretti", "s.moretti@laboratorio-analisi-moretti.it", "Marco Bellini", "marco@bellini-it.it", "Referti online: accessi sospetti", "Lun, 7 dic 2026 09:15:00 +0100") + """⟦P|Marco⟧,

sul portale referti ci sono accessi strani all'account di una paziente, ⟦P|Carla Esposito⟧: da ⟦I|151.38.204.77⟧ (lei dice che è casa sua) e da ⟦I|45.133.1.62⟧ (sconosciuto). La tessera sanitaria indicata è ⟦B|80380000500044718220⟧.

Il server referti è ⟪172.16.5.20⟫, il firewall ⟪172.16.5.1⟫. Abbiamo ⟪Windows Server 2022⟫ build ⟪20348.2849⟫.

Segnalazione ⟪SEG-2026-118⟫.

⟦P|Stefania⟧
""")

add("home-health", ["Ana Correia"], hd("Ana Correia", "ana.correia@cuidarmais.pt", "Rui Tavares", "rui@tavares-ti.pt", "Tablet emprestado a utente", "Qua, 2 dez 2026 10:20:00 +0000") + """Olá ⟦P|Rui⟧,

Emprestámos um tablet a uma utente para teleconsulta, a D. ⟦P|Glória Antunes⟧. Número de série ⟦X|R83N70QWE1T⟧. O tablet não liga ao Wi-Fi de casa dela, ⟦A|Rua das Flores 112, 2.º Esq.⟧, ⟦Z|4050-265⟧ Porto. O ⟪Microsoft Intune⟫ mostra o IP ⟦I|89.180.77.14⟧.

Os nossos tablets da equipa (⟪CM-TAB-01⟫ a ⟪CM-TAB-05⟫) estão bem. O NIF dela ⟦N/nif|21844719?⟧ e o número de utente ⟦B|118 447 220⟧ estão no processo, não no ticket ⟪CM-771⟫ por favor.

Obrigada,
⟦P|Ana⟧
""")

add("dental", ["Tiago Mendes"], hd("Tiago Mendes", "tiago@clinicamendes.pt", "Rui Tavares", "rui@tavares-ti.pt", "Cédulas profissionais no software", "Qui, 3 dez 2026 15:00:00 +0000") + """⟦P|Rui⟧,

O ⟪Newsoft DS⟫ tem de imprimir a cédula profissional de cada médico dentista. OMD:

⟦P|Tiago Mendes⟧ - ⟦L|OMD 4471⟧
⟦P|Beatriz Lacerda⟧ - ⟦L|OMD 7120⟧
higienista ⟦P|Joana⟧ - ⟦L|C-018842⟧

A chave de licença do Newsoft é ⟪NS-DS-2026-88120⟫ e o leitor de cartões do cidadão (nosso) tem o número de série ⟪CC-RD-004471⟫. Versão ⟪12.4⟫.

⟦P|Tiago⟧
""")

add("payroll", ["Helena Sousa"], hd("Helena Sousa", "helena@contabsousa.pt", "Rui Tavares", "rui@tavares-ti.pt", "IBAN errado nos recibos", "Sex, 4 dez 2026 09:00:00 +0000") + """Bom dia ⟦P|Rui⟧,

No ⟪Primavera⟫ dois funcionários de um cliente ficaram com o IBAN trocado:

⟦P|Fonseca⟧ - ⟦IB|PT?? 0035 0651 0000 4471 8823 1⟧
⟦P|Vieira⟧ - ⟦IB|PT?? 0033 0000 4528 8410 3920 5⟧

O NIPC da empresa ⟪509 442 718⟫ está certo. Erro ⟪PRI-SEPA-07⟫. A morada do ⟦P|Fonseca⟧ também mudou para ⟦A|Travessa do Carmo 8, 1.º⟧, ⟦Z|1200-095⟧ Lisboa.

⟦P|Helena⟧
""")

add("physio", ["Katarzyna Wiśniewska"], hd("Katarzyna Wiśniewska", "k.wisniewska@fizjomed.pl", "Piotr Zieliński", "piotr@zielinski-it.pl", "Numery PWZ w systemie", "Śr, 2 gru 2026 08:40:00 +0100") + """Cześć ⟦P|Piotr⟧,

w ⟪mMedica⟫ trzeba wpisać numery prawa wykonywania zawodu fizjoterapeutów: ⟦P|Agnieszka Dąbrowska⟧ ⟦L|PWZFz 12847⟧, ⟦P|Kamil Jabłoński⟧ ⟦L|PWZFz 20419⟧. Lekarz dr ⟦P|Nowicki⟧ ma ⟦L|4471882⟧.

Pacjentka ⟦P|Zofia Krawczyk⟧, PESEL ⟦N/pesel|5403120744?⟧, ma błędny adres: powinno być ⟦A|ul. Długa 14 m. 5⟧, ⟦Z|00-238⟧ Warszawa.

Wersja mMedica ⟪10.3.1⟫, NIP gabinetu ⟪525-22-44-718⟫.

Pozdrawiam,
⟦P|Kasia⟧
""")

add("hospice", ["Tomasz Grabowski"], hd("Tomasz Grabowski", "t.grabowski@hospicjum-swanny.pl", "Piotr Zieliński", "piotr@zielinski-it.pl", "Koncentrator tlenu u pacjenta", "Czw, 3 gru 2026 13:20:00 +0100") + """⟦P|Piotr⟧,

u pacjenta pana ⟦P|Lewandowskiego⟧ stoi nasz koncentrator tlenu ⟪Philips EverFlo⟫, numer seryjny ⟦X|EF0418847⟧, i pulsoksymetr ⟦X|PX-220471⟧. Urządzenia wysyłają dane przez modem, który przestał się łączyć. Adres: ⟦A|os. Tysiąclecia 44/12⟧, ⟦Z|40-871⟧ Katowice.

Drukarka w biurze (⟪HP LaserJet M507⟫, numer seryjny ⟪PHBQ447120⟫) i router ⟪MikroTik RB4011⟫ (⟪192.168.88.1⟫) działają.

Zgłoszenie ⟪HSW-118⟫. ⟦P|Lewandowska⟧ (żona) prosi o telefon: ⟦T|+48 601 447 182⟧.

⟦P|Tomek⟧
""")

add("school", ["Magdalena Pawlak"], hd("Magdalena Pawlak", "sekretariat@sp12-krakow.edu.pl", "Piotr Zieliński", "piotr@zielinski-it.pl", "Import uczniów do dziennika", "Pt, 4 gru 2026 10:00:00 +0100") + """Dzień dobry,

import do ⟪Librus Synergia⟫ wysypuje się na tych wierszach:

⟦P|Wójcik⟧;⟦P|Hanna⟧;⟦N/pesel|1522110381?⟧;⟦A|ul. Karmelicka 30/4⟧;⟦Z|31-128⟧
⟦P|Mazur⟧;⟦P|Igor⟧;⟦N/pesel|1431050223?⟧;⟦A|al. Słowackiego 12 lok. 7⟧;⟦Z|30-018⟧

Komunikat ⟪LIB-IMP-0404⟫. Adres szkoły ⟪ul. Szkolna 1, 31-000 Kraków⟫ jest poprawny. Proszę też zapytać ⟦P|Kowalczyka⟧, czy zmieniał szablon.

⟦P|Magdalena Pawlak⟧
sekretariat
""")

add("sleep-clinic", ["Camille Perrin"], hd("Camille Perrin", "c.perrin@centre-sommeil-nantes.fr", "Élodie Marchal", "elodie@marchal-informatique.fr", "Appareils PPC des patients", "Mar, 8 déc 2026 09:30:00 +0100") + """Bonjour ⟦P|Élodie⟧,

Le télésuivi ⟪Philips Care Orchestrator⟫ ne reçoit plus les données de deux patients : M. ⟦P|Le Goff⟧, appareil ⟪DreamStation 2⟫ n° de série ⟦X|J24418820C7F2⟧, et Mme ⟦P|Tessier⟧, ⟦X|J24418931A0B4⟧. ⟦P|Le Goff⟧ habite ⟦A|5 impasse des Mouettes⟧, ⟦Z|44300⟧ Nantes.

Notre polygraphe ⟪Nox T3s⟫ (⟪CSN-POLY-02⟫) n'est pas en cause. Le serveur est ⟪10.44.1.7⟫, version ⟪2.6.0.3⟫.

Numéro de mutuelle de Mme ⟦P|Tessier⟧ : ⟦B|MGEN 0447182201⟧.

⟦P|Camille⟧
""")
# ---------------------------------------------------------------- batch 6: mixed, English

add("physio", ["Greta Halloran"], hd("Greta Halloran", "greta@peakformphysio.com.au", "Liam Choudhury", "liam@choudhury-it.com.au", "Jane App and Alexa confusion", "Wed, 16 Dec 2026 09:00:00 +1000") + """Hi ⟦P|Liam⟧,

Two things. First, ⟪Jane App⟫ keeps sending booking reminders to the wrong phone for ⟦P|Jasper Whitlam⟧; his mobile is ⟦T|0412 884 719⟧, not the clinic's. Second, someone put an ⟪Amazon Alexa⟫ in the waiting room and it's on the clinic Wi-Fi ⟪PeakForm-Staff⟫. Please move it to the guest VLAN ⟪VLAN 30⟫ (⟪10.30.0.0/24⟫).

The ⟪Sage⟫ payroll PC (⟪PF-ADMIN-1⟫) needs ⟪Windows 11 24H2⟫ too.

Ask ⟦P|Tamsin⟧, she has the Alexa login. And the AHPRA check for the new physio ⟦P|Ngaio Rewi⟧: ⟦L|PHY0001884712⟧.

⟦P|Greta⟧
""")

add("care-home", ["Imogen Fairleigh"], hd("Imogen Fairleigh", "imogen@wattlegrovecare.com.au", "Liam Choudhury", "liam@choudhury-it.com.au", "Nurse call pendants", "Wed, 16 Dec 2026 13:30:00 +1000") + """⟦P|Liam⟧,

The ⟪Austco Tacera⟫ nurse call shows pendant alarms with the wrong room. Pendant ⟦X|TP-0448172⟧ belongs to ⟦P|Reginald Stokes⟧ in the ⟪Banksia Wing⟫, room ⟪B14⟫, but alarms show as ⟪B41⟫. ⟦P|Stokes⟧ also wears a ⟪Cochlear Nucleus 8⟫ processor (serial ⟦X|4418872205⟧) which his audiologist says interferes.

Our own pendants in stock are ⟪WG-PND-100⟫ to ⟪WG-PND-120⟫. The Tacera server is ⟪172.31.4.10⟫, firmware ⟪6.1.2.0⟫.

The RN on nights, ⟦P|Olamide Bankole⟧ (AHPRA ⟦L|NMW0001772034⟧), logged it.

⟦P|Imogen⟧
""")

add("dental", ["Rashida Coleman"], hd("Rashida Coleman", "rcoleman@coleman-family-dental.com", "Priya Nandakumar", "priya@northgate-it.com", "Eaglesoft and a hygienist's licence", "Thu, 17 Dec 2026 08:20:00 -0500") + """⟦P|Priya⟧,

⟪Eaglesoft⟫ ⟪24.10⟫ asks for the hygienist's licence on perio charts. ⟦P|Coleman⟧ (me, DDS ⟦L|DN 0044718⟧) and the hygienist ⟦P|Faith Oduya⟧ (RDH ⟦L|DH 0012290⟧). ⟦P|Faith⟧ is also our office manager. No, not faith as in belief, I mean ⟦P|Faith⟧ the person.

⟪Coleman Family Dental⟫ is the practice name so don't redact that. The ⟪Patterson⟫ support case is ⟪PT-4471022⟫, and the ⟪Eaglesoft⟫ licence key ⟪ES-99120-4471-CFD⟫.

⟦P|Rashida⟧
""")

add("home-health", ["Carla Whitfield"], hd("Carla Whitfield", "cwhitfield@mapleleafhh.com", "Priya Nandakumar", "priya@northgate-it.com", "Dexcom readings not showing", "Thu, 17 Dec 2026 10:10:00 -0500") + """⟦P|Priya⟧,

Our nurses use ⟪Dexcom Clarity⟫ clinic to see patients' CGM data. For ⟦P|Ernestine Mabry⟧, transmitter ⟦X|8GM4K2⟧ and receiver ⟦X|SM44182207⟧, nothing since Friday. Her daughter logs in from ⟦I|73.158.204.19⟧, same as before.

Clinic account is ⟪Maple Leaf Home Health⟫, ⟪Clarity⟫ clinic ID ⟪CL-229104⟫. Our office laptops are ⟪ML-LT-01⟫ to ⟪ML-LT-15⟫, all ⟪Lenovo ThinkPad T14 Gen 4⟫.

⟦P|Mabry⟧'s Medicare number: ⟦B|7KD2-YF4-RT18⟧ if Dexcom asks for it.

⟦P|Carla⟧
""")

add("insurance", ["Howard Lim"], hd("Howard Lim", "hlim@meridianbenefits.com", "Daniel Kowal", "dan@kowal-tech.net", "EDI 837 failing validation", "Fri, 18 Dec 2026 09:30:00 -0800") + """⟦P|Dan⟧,

The 837 to ⟪Change Healthcare⟫ fails on these segments:

NM1*IL*1*⟦P|OKONKWO⟧*⟦P|CHIDI⟧****MI*⟦B|MBX4418820⟧~
REF*1L*⟪GRP-004471⟫~
CLM*⟦B|MB26-3520019⟧*1250***11:B:1*Y*A*Y*Y~

Payer ⟪CHC 87726⟫. The error is ⟪999 IK4*8*7*1⟫. The group number ⟪GRP-004471⟫ is the employer's. ⟦P|Okonkwo⟧ called twice about the claim. Could you rerun the batch through the ⟪Edifecs⟫ validator before ⟪5 pm⟫ and send me the 999 back?

⟦P|Howard⟧
""")

add("school", ["Patrick Nolan"], hd("Patrick Nolan", "pnolan@stbrigidsacademy.org", "Daniel Kowal", "dan@kowal-tech.net", "Nurse's office devices", "Fri, 18 Dec 2026 12:40:00 -0600") + """⟦P|Dan⟧,

The school nurse ⟦P|Rosalyn Pike⟧ (Missouri RN ⟦L|2009028841⟧) asked about two student devices that come through her office:

- insulin pump ⟪Omnipod 5⟫ controller for ⟦P|Mateo⟧ in 4th grade, serial ⟦X|OP5-C-11847720⟧
- ⟦P|Ava Lindgren⟧'s ⟪Dexcom G7⟫ phone, a personal ⟪iPhone 13⟫, IMEI ⟦X/imei|35 672110 448210 ?⟧

Both need the ⟪StBrigids-Guest⟫ Wi-Fi. School iPads are ⟪SBA-IPAD-001⟫ to ⟪SBA-IPAD-090⟫, managed by ⟪Mosyle⟫.

⟦P|Pat⟧
""")

add("psychotherapy", ["Dmitri Valchev"], hd("Dmitri Valchev", "dmitri@valchevcounseling.com", "Priya Nandakumar", "priya@northgate-it.com", "Group practice licences and TherapyNotes", "Mon, 21 Dec 2026 09:00:00 -0500") + """⟦P|Priya⟧,

For ⟪TherapyNotes⟫ each clinician needs their licence in the profile:

⟦P|Valchev⟧, LPC, ⟦L|LPC-009184⟧ (PA)
⟦P|Amara Okeke⟧, LCSW, ⟦L|CW-021774⟧ (PA) and ⟦L|44SC06120500⟧ (NJ)
⟦P|rivera⟧, psychologist, ⟦L|PS-018840⟧

Our group NPI ⟪1629047718⟫ and taxonomy ⟪101YP2500X⟫ are the practice's. TherapyNotes plan ⟪Group⟫, ticket ⟪TN-88204⟫. ⟦P|Okeke⟧ starts ⟪January 4⟫.

⟦P|Dmitri⟧
""")

add("labs", ["Esther Adeyemi"], hd("Esther Adeyemi", "eadeyemi@precisionpathlab.com", "Priya Nandakumar", "priya@northgate-it.com", "Analyzer IPs versus courier logins", "Mon, 21 Dec 2026 14:00:00 -0500") + """⟦P|Priya⟧,

For the firewall review:

- ⟪Roche cobas pro⟫ analyser ⟪10.12.64.21⟫, serial ⟪CP-0044718⟫ (ours)
- ⟪Sysmex XN-1000⟫ ⟪10.12.64.22⟫
- the courier ⟦P|Abimbola Sanni⟧ logs into the pickup app from home, ⟦I|68.44.201.173⟧
- the new remote pathologist ⟦P|Dr. Iwu⟧'s home office ⟦I|2601:40e:8100:3a90:1c4d:9f22:e41b:60aa⟧

The analysers can be listed as they are, only the two home connections need to be masked in the report. LIS build ⟪5.10.1.22⟫.

⟦P|Esther⟧
""")

add("hospice", ["Naomi Achterberg"], hd("Naomi Achterberg", "nachterberg@lanternhospice.org", "Priya Nandakumar", "priya@northgate-it.com", "Loaner iPad for a family", "Tue, 22 Dec 2026 10:30:00 -0600") + """⟦P|Priya⟧,

We lent a hospice iPad to ⟦P|Dolores Pruitt⟧ so she can video call the chaplain. Serial ⟦X|DMPXK4471Q1G⟧. It's enrolled in ⟪Jamf School⟫ but it's at her house, ⟦A|1108 Elm Springs Rd⟧, Rogers AR ⟦Z|72756⟧, so treat it as hers for now.

Our office iPads (⟪LH-IPAD-01⟫ to ⟪LH-IPAD-08⟫) stay in the building. The chaplain uses the ⟪Zoom⟫ account ⟦E|chaplain@lanternhospice.org⟧ and calls at ⟪11:00⟫ on weekdays.

⟦P|Naomi⟧
""")


add("cardiology", ["Anil Deshpande"], hd("Anil Deshpande", "adeshpande@harborheartclinic.org", "Daniel Kowal", "dan@kowal-tech.net", "ICD remote monitoring migration", "Tue, 22 Dec 2026 15:00:00 -0500") + """⟦P|Dan⟧,

List for the ⟪Boston Scientific LATITUDE⟫ migration (patient; device; serial; communicator):

⟦P|Baptiste⟧; ⟪Resonate EL ICD⟫; ⟦X|RES-771204⟧; ⟦X|LAT-6290-44182⟧
⟦P|Dubose⟧; ⟪Accolade MRI⟫; ⟦X|ACC-118832⟧; ⟦X|LAT-6290-44207⟧
⟦P|eugene farrow⟧; ⟪Vigilant X4 CRT-D⟫; ⟦X|VIG-402218⟧; none yet

The model names are product names, the rest belongs to the patients. Our clinic programmer ⟪ZOOM LATITUDE 3300⟫ has serial ⟪PRG-3300-0412⟫ and sits on ⟪172.20.8.50⟫.

⟦P|Anil⟧
""")

add("property-management", ["Deborah Fenwick"], hd("Deborah Fenwick", "dfenwick@keystoneresidential.com", "Priya Nandakumar", "priya@northgate-it.com", "Smart locks and a tenant's home router", "Wed, 23 Dec 2026 09:45:00 -0500") + """⟦P|Priya⟧,

The ⟪Latch⟫ smart lock at ⟦A|518 Belmont Ave, Apt 1A⟧ goes offline every night. The tenant, ⟦P|Achterberg⟧, says her router gets a new address every day (today ⟦I|73.30.114.82⟧). The lock serial is ⟪LTC-M2-004471⟫ which is Keystone's hardware, not hers.

The building's ⟪Ubiquiti⟫ gateway is ⟪10.77.0.1⟫ and the lock subnet ⟪10.77.20.0/24⟫. Latch case ⟪LAT-29917⟫.

⟦P|Deb⟧
""")

add("payroll", ["Gregory Haines"], hd("Gregory Haines", "ghaines@summitpayrollgroup.com", "Daniel Kowal", "dan@kowal-tech.net", "Direct deposit changes from an odd IP", "Wed, 23 Dec 2026 13:05:00 -0500") + """⟦P|Dan⟧,

⟪ADP⟫ flagged a direct deposit change for ⟦P|Sheila Marwick⟧ from ⟦I|102.89.33.17⟧ (Nigeria). She says she never did it. New routing ⟦C|021000021⟧, account ⟦C|483920177⟧ at ⟪Chase⟫. Her real change last month came from her home IP ⟦I|71.58.144.9⟧.

I reverted it. Can you check whether her ⟪Microsoft 365⟫ account was compromised? Sign-in logs please. Our office IP is ⟪64.124.9.30⟫. Incident ⟪SPG-SEC-004⟫.

⟦P|Greg⟧
""")

add("law", ["Miriam Feld"], hd("Miriam Feld", "mfeld@feldandkerr.com", "Priya Nandakumar", "priya@northgate-it.com", "Witness list formatting", "Mon, 28 Dec 2026 10:20:00 -0500") + """⟦P|Priya⟧,

The ⟪NetDocuments⟫ template for witness lists breaks on names with particles. Current list:

1. ⟦P|van der Berg, Hendrik⟧
2. ⟦P|de la Cruz, Marisol⟧
3. ⟦P|O'Shaughnessy⟧
4. ⟦P|Bill Tran⟧ (yes, his name is ⟦P|Bill⟧, the invoice is separate: ⟪Bill #7120⟫)

Also, ⟦P|Kerr⟧ asks whether we can stop NetDocuments from auto-linking the word "⟪Jordan⟫" in "⟪Jordan Ridge Holdings⟫", the opposing party.

⟦P|Miriam⟧
""")

add("audiology", ["Leah Brandvold"], hd("Leah Brandvold", "leah@clearsoundaudiology.com", "Daniel Kowal", "dan@kowal-tech.net", "Remote fitting from a patient's home", "Mon, 28 Dec 2026 14:30:00 -0700") + """⟦P|Dan⟧,

We started remote fittings with ⟪Phonak Remote Support⟫. The first patient, ⟦P|Yazzie⟧, connected from ⟦I|166.198.44.71⟧ and the session dropped. Her aids are ⟦X|2231A88120⟧ and ⟦X|2231A88121⟧, and she uses her own ⟪Samsung A15⟫, IMEI ⟦X/imei|35 401822 771094 ?⟧.

The fitting PC ⟪CSA-WS-03⟫ (⟪192.168.20.13⟫) is on ⟪Phonak Target 10.0.2⟫. Our Noahlink is ⟪NLW2-0033817⟫.

⟦P|Leah⟧
""")

add("sleep-clinic", ["Imani Foster"], hd("Imani Foster", "ifoster@deepbluesleep.com", "Daniel Kowal", "dan@kowal-tech.net", "Member IDs without labels", "Tue, 29 Dec 2026 08:50:00 -0700") + """⟦P|Dan⟧,

The scanned referral fax came in with this and ⟪Kareo⟫ OCR put everything in notes:

⟦P|EKLUND GUNNAR⟧  ⟦D|03/14/1961⟧
⟦B|XQH701884402⟧  ⟪BCBS AZ⟫  ⟪PPO⟫
⟪GRP 00812204⟫  ⟪RXBIN 610014⟫

The second line is his member ID with no label; the group and BIN are the plan's. ⟪Kareo⟫ is now ⟪Tebra⟫, version ⟪2026.11⟫. Can we fix the OCR zones?

⟦P|Imani⟧
""")
# ---------------------------------------------------------------- batch 7: mixed, English (UK, Canada, US)

add("pharmacy", ["Harpreet Sandhu"], hd("Harpreet Sandhu", "harpreet@greenlanepharmacy.co.uk", "Marit Eide", "marit@eide-consult.co.uk", "Delivery driver licence and NHS numbers", "Wed, 30 Dec 2026 09:15:00 +0000") + """Hi ⟦P|Marit⟧,

Our new delivery driver ⟦P|Callum Reddy⟧ needs to be added to the ⟪Titan PMR⟫ delivery module. His DVLA licence is ⟦L|REDDY807124C99LK⟧ and the van is ⟦V|LK21 XRT⟧.

Also the ⟪EPS⟫ tracker shows two patients with swapped NHS numbers: ⟦P|Doreen Ashworth⟧ ⟦N/nhs|943 476 591?⟧ and ⟦P|Ashworth, Kenneth⟧ ⟦N/nhs|485 777 345?⟧. They live together at ⟦A|14 Clover Close⟧, Bradford ⟦Z|BD9 4QT⟧.

Titan version ⟪3.48.2⟫, ticket ⟪GLP-0087⟫. The shop is ⟪Green Lane Pharmacy, 201 Green Lane, Bradford BD8 8AB⟫.

⟦P|Harpreet⟧
""")

add("home-health", ["Geneviève Tremblay-Roy"], hd("Geneviève Tremblay-Roy", "gtremblay@soinsadomicile-laurentides.ca", "Liam Choudhury", "liam@choudhury-it.ca", "Nurse licence numbers and SINs in the HR export", "Wed, 30 Dec 2026 13:00:00 -0500") + """⟦P|Liam⟧,

The HR export from ⟪Dayforce⟫ to our scheduling tool includes SINs and it shouldn't. Example rows:

⟦P|Thibodeau, Mélanie⟧, OIIQ ⟦L|2104471⟧, SIN ⟦N/sin|046 454 28?⟧
⟦P|Oyelowo, Kunle⟧, OIIAQ ⟦L|A-18820⟧, SIN ⟦N/sin|130 692 54?⟧

⟦P|Mélanie⟧'s address in the export is ⟦A|2210 rue Principale, app. 3⟧, Saint-Jérôme QC ⟦Z|J7Z 2B2⟧.

Dayforce release ⟪2026.2⟫, export ⟪HR-SCHED-04⟫. Our office at ⟪455 boul. des Laurentides, Saint-Jérôme⟫ is fine to show.

⟦P|Geneviève⟧
""")

add("dialysis", ["Yvonne Tremblay"], hd("Yvonne Tremblay", "ytremblay@riverbenddialysis.com", "Priya Nandakumar", "priya@northgate-it.com", "Firmware numbers look like IPs", "Thu, 31 Dec 2026 08:00:00 -0600") + """⟦P|Priya⟧,

The vulnerability scanner report lists "hosts" ⟪4.2.10.3⟫ and ⟪3.1.0.44⟫ which are actually firmware versions of the ⟪Fresenius 2008T⟫ machines. The real machine IPs are ⟪10.50.1.11⟫ to ⟪10.50.1.24⟫. The one real outside address in the report is ⟦I|24.131.88.207⟧, which is ⟦P|Marisol Quintero⟧'s home, because of the tablet we lent her.

Can you exclude the versions from the scanner parse? ⟪Tenable Nessus⟫ ⟪10.8.1⟫, scan ⟪RB-SCAN-12⟫.

⟦P|Yvonne⟧
""")

add("insurance", ["Howard Lim"], hd("Howard Lim", "hlim@meridianbenefits.com", "Daniel Kowal", "dan@kowal-tech.net", "Card on a claim form", "Thu, 31 Dec 2026 11:11:00 -0800") + """⟦P|Dan⟧,

A claimant, ⟦P|Gwendolyn Achebe⟧, wrote her card number into the free-text box of the claim form: ⟦CC|4716 2901 8847 201?⟧. Please purge it from the ⟪Guidewire⟫ notes table. The QA team's test card ⟪4111 1111 1111 1111⟫ shows up in the same table and can stay.

Her claim is ⟦B|CLM-0095102⟧, policy ⟦B|HO-4471882-03⟧. Product code ⟪HO-3⟫ and the underwriting group ⟪UW-WEST⟫ are ours.

⟦P|Howard⟧
""")

add("school", ["Patrick Nolan"], hd("Patrick Nolan", "pnolan@stbrigidsacademy.org", "Daniel Kowal", "dan@kowal-tech.net", "Staff remote access list", "Mon, 4 Jan 2027 07:45:00 -0600") + """⟦P|Dan⟧,

Here's the list for the new ⟪Lightspeed⟫ allow rules (name, home IP):

⟦P|abernethy-cole⟧, ⟦I|99.110.43.237⟧
⟦P|hargrove⟧, ⟦I|76.232.19.104⟧
⟦P|okonjo⟧, ⟦I|2600:1700:6a90:4c0:b1d4:22e8:9a0f:37c1⟧

Lower case because that's how ⟪Google Admin⟫ exports usernames. Server side: PowerSchool ⟪10.40.1.15⟫, filter ⟪10.40.0.3⟫, and the ⟪Aruba⟫ controller ⟪10.40.0.5⟫.

⟦P|Pat⟧
""")

add("hospice", ["Naomi Achterberg"], hd("Naomi Achterberg", "nachterberg@lanternhospice.org", "Priya Nandakumar", "priya@northgate-it.com", "Chaplain and social worker licences", "Mon, 4 Jan 2027 10:10:00 -0600") + """⟦P|Priya⟧,

For the ⟪WellSky⟫ credential tracker:

⟦P|Samuel Adeyinka⟧, LCSW, Arkansas ⟦L|LCSW #4412⟧
⟦P|Greer⟧, RN case manager, multistate ⟦L|R108847⟧
⟦P|Pham⟧, LPN, ⟦L|L062290⟧

Chaplains have no licence. WellSky version ⟪24.1.3⟫, and the ⟪DocuSign⟫ licence ⟪DS-ENT-77120⟫ covers the attestations. The ⟪Cedar Room⟫ and the ⟪Magnolia Room⟫ are the family rooms, in case the tracker asks for a location.

⟦P|Naomi⟧
""")

add("dental", ["Kristof Varga"], hd("Kristof Varga", "kristof@brightsmiledental.net", "Daniel Kowal", "dan@kowal-tech.net", "Intraoral scanner and a patient's night guard order", "Tue, 5 Jan 2027 12:00:00 -0800") + """⟦P|Dan⟧,

Our ⟪iTero Element 5D⟫ (serial ⟪ITR5D-044718⟫) won't upload to the lab since the ⟪Align⟫ certificate change. Error ⟪IT-5521⟫.

The stuck case is ⟦P|Nora Whitcombe⟧'s night guard. The lab wants her ⟪Delta Dental⟫ subscriber ⟦B|DDCA04418792⟧ on the order, and ships it to ⟦A|2675 Ocean View Blvd Unit 5⟧, ⟦Z|92109⟧.

Scanner IP is ⟪192.168.1.45⟫. ⟦P|Ilona⟧ can let you in at ⟪7:30⟫.

⟦P|Kristof⟧
""")

add("care-home", ["Siobhan O'Dea"], hd("Siobhan O'Dea", "sodea@willowbankcare.co.uk", "Marit Eide", "marit@eide-consult.co.uk", "Resident's pacemaker checks", "Tue, 5 Jan 2027 15:20:00 +0000") + """⟦P|Marit⟧,

The cardiac clinic wants to do remote checks for Mr ⟦P|Hollis⟧. His ⟪Abbott Assurity⟫ pacemaker is serial ⟦X|7218840⟧ and the ⟪Merlin@home⟫ transmitter ⟦X|EX1150-4471882⟧. It needs a wired connection in his room in the ⟪Orchard Wing⟫.

Our switch there is an ⟪Aruba 1930⟫ (⟪CN04KP1123⟫) and the room ports are on ⟪VLAN 40⟫. ⟦P|Hollis⟧'s NHS number is ⟦N/nhs|401 023 213?⟧ if the clinic asks.

⟦P|Siobhan⟧
""")

add("labs", ["Esther Adeyemi"], hd("Esther Adeyemi", "eadeyemi@precisionpathlab.com", "Priya Nandakumar", "priya@northgate-it.com", "Unlabelled numbers in requisitions", "Wed, 6 Jan 2027 09:30:00 -0500") + """⟦P|Priya⟧,

The requisition OCR picks up numbers without labels. On this one:

⟦P|GALLOWAY RUTH⟧
⟦B|ZGP771928401⟧
⟪UHC⟫ ⟪87726⟫
⟦M|PPL-0448190⟧
⟪CPT 80053⟫ ⟪ICD-10 E11.9⟫

The second line is the member id, then the payer and payer id, then our MRN. CPT and ICD codes stay. OCR engine ⟪ABBYY FlexiCapture 12⟫, template ⟪REQ-07⟫.

⟦P|Esther⟧
""")

add("psychotherapy", ["Hannah Lindqvist"], hd("Hannah Lindqvist", "hannah@lindqvisttherapy.com", "Priya Nandakumar", "priya@northgate-it.com", "Waiting list spreadsheet", "Wed, 6 Jan 2027 18:00:00 -0500") + """⟦P|Priya⟧,

Can you set the waiting list sheet so it's only visible to me and ⟦P|Marguerite⟧? It's in ⟪OneDrive⟫ and looks like:

⟦P|Nakamura⟧ - couples - ⟪Aetna⟫ ⟦B|W200448172⟧
⟦P|Florence Adebayo-Lind⟧ - adolescent - self-pay
⟦P|Brooks⟧ - EMDR - ⟪Tufts⟫ ⟦B|TF8847120301⟧

And ⟦P|Brooks⟧ asked to be called only at ⟦T|617-555-0143⟧. ⟪Microsoft 365 Business Basic⟫.

⟦P|Hannah⟧
""")

add("property-management", ["Deborah Fenwick"], hd("Deborah Fenwick", "dfenwick@keystoneresidential.com", "Priya Nandakumar", "priya@northgate-it.com", "Maintenance vendor's licence and tenant contacts", "Thu, 7 Jan 2027 10:00:00 -0500") + """⟦P|Priya⟧,

The new plumber ⟦P|Rocco Tagliaferro⟧ sent his master plumber licence ⟦L|PA MP-004471⟧ and his driver licence ⟦L|PA 28471930⟧ for our vendor file in ⟪AppFolio⟫. Only the plumbing licence should be visible to staff.

He needs access to ⟦A|512 Belmont Ave, Apt 3C⟧ on ⟪Friday⟫; the tenant ⟦P|Duquette⟧ is at ⟦T|(215) 555-0181⟧. Vendor ID ⟪V-2290⟫, work order ⟪WO-88120⟫.

⟦P|Deb⟧
""")

add("audiology", ["Leah Brandvold"], hd("Leah Brandvold", "leah@clearsoundaudiology.com", "Daniel Kowal", "dan@kowal-tech.net", "Names that look like brands", "Thu, 7 Jan 2027 14:40:00 -0700") + """⟦P|Dan⟧,

The new spam filter (⟪Mimecast⟫) quarantines e-mails from a patient, ⟦P|Tso⟧. She wears ⟪Phonak⟫ aids and her first name is ⟦P|Oticonna⟧, which the filter thinks is a brand. Her e-mail is ⟦E|oticonna.tso@gmail.com⟧.

Please also release the ⟪Sycle⟫ reminders sent from ⟦E|reminders@sycle.net⟧, that mailbox is safe.

Mimecast policy ⟪MC-BRAND-02⟫.

⟦P|Leah⟧
""")

add("payroll", ["Gregory Haines"], hd("Gregory Haines", "ghaines@summitpayrollgroup.com", "Daniel Kowal", "dan@kowal-tech.net", "Year-end SSN check", "Fri, 8 Jan 2027 09:20:00 -0500") + """⟦P|Dan⟧,

The ⟪ADP⟫ year-end SSN verification flagged three employees. Can you make sure the CSV isn't left on the desktop of ⟪SPG-WS-07⟫?

⟦P|Marwick⟧,⟦S|219-44-7182⟧
⟦P|Obi⟧,⟦S|412-88-2019⟧
⟦P|wrobel⟧,⟦S|533-20-4471⟧

Our FEIN ⟪23-4471882⟫ is the company's. ADP batch ⟪YE-2026-07⟫, ⟪SSNVS⟫ result code ⟪NM⟫. The employees will bring their cards on ⟪Monday⟫; after that the file can be deleted for good, including from the ⟪OneDrive⟫ recycle bin.

⟦P|Greg⟧
""")

add("physio", ["Greta Halloran"], hd("Greta Halloran", "greta@peakformphysio.com.au", "Liam Choudhury", "liam@choudhury-it.com.au", "Medicare and private health numbers", "Fri, 8 Jan 2027 11:00:00 +1000") + """⟦P|Liam⟧,

⟪Tyro⟫ HICAPS claims failed for two patients:

⟦P|Whitlam⟧, ⟪Bupa⟫ member ⟦B|88412047⟧, card position ⟪2⟫
⟦P|Rewi⟧, ⟪Medibank⟫ ⟦B|MB 20447188⟧

Provider number ⟪2447182T⟫ is the clinic's, terminal ⟪TY-44718⟫. Error ⟪HC-09⟫. Our address ⟪Shop 3, 120 Brunswick St, Fortitude Valley QLD 4006⟫ is fine on receipts.

⟦P|Greta⟧
""")

add("home-health", ["Tamika Rowe"], hd("Tamika Rowe", "trowe@caringhandshh.com", "Daniel Kowal", "dan@kowal-tech.net", "EVV phones and aide home IPs", "Fri, 8 Jan 2027 16:30:00 -0600") + """⟦P|Dan⟧,

The EVV app (⟪HHAeXchange⟫) rejects visits when the aide's phone is on home Wi-Fi. ⟦P|Jolene Tibbs⟧'s personal phone, IMEI ⟦X/imei|35 208811 604471 ?⟧, shows IP ⟦I|99.48.201.55⟧, and ⟦P|Mendoza⟧'s shows ⟦I|108.212.7.19⟧.

The agency phones ⟪CH-MOB-01⟫ to ⟪CH-MOB-12⟫ are fine. HHAeXchange version ⟪6.14.2⟫, our office firewall ⟪10.2.0.1⟫.

⟦P|Tamika⟧
""")

# ---------------------------------------------------------------- build

TOKEN = re.compile(r"⟦([A-Z]+)(?:/([a-z]+))?\|(.*?)⟧|⟪(.*?)⟫", re.S)


def parse(raw):
    out, spans, keep, pos = [], [], [], 0
    n = 0
    for m in TOKEN.finditer(raw):
        out.append(raw[pos:m.start()])
        n += len(raw[pos:m.start()])
        pos = m.end()
        if m.group(4) is not None:
            s = m.group(4)
            keep.append({"start": n, "end": n + len(s), "text": s})
        else:
            code, rule, s = m.group(1), m.group(2), m.group(3)
            kind = KINDS[code]
            if rule is None and kind == "IBAN":
                rule = "iban"
            if rule is None and kind == "CARD":
                rule = "luhn"
            if rule:
                s = fill(rule, s)
                if not CHECKS[rule](s):
                    raise ValueError("bad check digit %s %r" % (rule, s))
            spans.append({"start": n, "end": n + len(s), "kind": kind, "text": s})
        out.append(s)
        n += len(s)
    out.append(raw[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text or "⟪" in text or "⟫" in text:
        raise ValueError("unbalanced markup: " + text[:80])
    return text, spans, keep


def validate(rid, text, spans, keep):
    errs = []
    for s in spans + keep:
        if text[s["start"]:s["end"]] != s["text"] or not s["text"].strip():
            errs.append("offset mismatch %r" % s["text"])
        if s["text"] != s["text"].strip():
            errs.append("untrimmed %r" % s["text"])
    ss = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(ss, ss[1:]):
        if b["start"] < a["end"]:
            errs.append("overlapping spans %r %r" % (a["text"], b["text"]))
    for k in keep:
        for s in spans:
            if k["start"] < s["end"] and s["start"] < k["end"]:
                errs.append("keep %r overlaps span %r" % (k["text"], s["text"]))
    both = {s["text"] for s in spans} & {k["text"] for k in keep}
    if both:
        errs.append("both span and keep: %r" % sorted(both))
    # every whole-word occurrence of a span string must lie inside a span
    for s in spans:
        t = s["text"]
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            if not any(x["start"] <= m.start() and m.end() <= x["end"] for x in spans + keep):
                errs.append("unlabelled occurrence of %r at %d" % (t, m.start()))
    # and so must every occurrence of a capitalised part of a person's name
    parts = {w for s in spans if s["kind"] == "PERSON"
             for w in re.findall(r"[^\W\d_][\w'-]*", s["text"]) if len(w) > 2 and w[0].isupper()}
    for w in sorted(parts):
        for m in re.finditer(r"(?<![\w@.])" + re.escape(w) + r"(?![\w@])", text):
            if not any(x["start"] <= m.start() and m.end() <= x["end"] for x in spans + keep):
                errs.append("unlabelled name part %r at %d" % (w, m.start()))
    words = len(text.split())
    if not 60 <= words <= 350:
        errs.append("word count %d" % words)
    for e in errs:
        print("%s: %s" % (rid, e), file=sys.stderr)
    return not errs


def main():
    here = Path(__file__).resolve().parent
    rows, ok = [], True
    for i, (field, contacts, raw) in enumerate(E, 1):
        rid = "tune7-%03d" % i
        text, spans, keep = parse(raw)
        ok &= validate(rid, text, spans, keep)
        rows.append({"id": rid, "field": field, "contacts": contacts, "text": text,
                     "spans": spans, "keep": keep})
    if not ok:
        sys.exit("tune7: validation failed")
    with open(here / "tune7.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("tune7: %d e-mails written" % len(rows))


if __name__ == "__main__":
    main()
