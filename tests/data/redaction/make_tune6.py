#!/usr/bin/env python3
"""Build tune6.jsonl: 110 synthetic client e-mails (development set, round-5 labelling rule).

Markup inside the texts: {KIND|text} is a span (kind codes below), [[text]] is a keep item.
'??' inside an IBAN span is replaced by the computed mod-97 check digits, a trailing '?'
inside a CARD span by the Luhn check digit, 'dni:NNNNNNNN' by a Spanish DNI with its letter,
and 'nir:13 digits' by a French NIR with its key. Every person, number and address is invented.
Run: python tests/data/redaction/make_tune6.py
"""
import json
import os
import re
import sys

KINDS = {"P": "PERSON", "A": "ADDRESS", "Z": "POSTCODE", "D": "DATE", "T": "PHONE", "E": "EMAIL",
         "U": "URL", "I": "IP", "S": "SSN", "N": "NATIONAL_ID", "M": "MRN", "B": "MEMBER",
         "C": "ACCOUNT", "L": "LICENSE", "R": "PLATE", "V": "DEVICE", "IB": "IBAN", "CC": "CARD"}
TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005",
              "4012888888881881", "5105105105105100", "6011111111111117"}


def iban_fix(s):
    compact = s.replace(" ", "")
    cc, bban = compact[:2], compact[4:]
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = "%02d" % (98 - int(num) % 97)
    return s.replace("??", chk, 1)


def iban_ok(s):
    c = s.replace(" ", "")
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def luhn_ok(s):
    d = [int(x) for x in re.sub(r"\D", "", s)][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card_fix(s):
    for k in range(10):
        t = s[:-1] + str(k)
        if luhn_ok(t):
            return t
    raise ValueError(s)


def dni(n):
    return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


def nir(n):
    digits = n.replace(" ", "")
    key = 97 - int(digits) % 97
    return "%s %02d" % (n, key)


def H(sender, semail, rcpt, remail, subject, date, cc=None):
    """Header. A name starting with '!' is not a person (display name of a role mailbox)."""
    def nm(x):
        return x[1:] if x.startswith("!") else "{P|%s}" % x
    s = "From: %s <{E|%s}>\nTo: %s <{E|%s}>\n" % (nm(sender), semail, nm(rcpt), remail)
    if cc:
        s += "Cc: %s <{E|%s}>\n" % (nm(cc[0]), cc[1])
    s += "Subject: %s\nDate: %s\n\n" % (subject, date)
    return s


EMAILS = []


def E(field, contacts, text):
    EMAILS.append((field, contacts, text))

# ---------------------------------------------------------------- home health, hospice
E("home-health", ["Renée Castillo"], H("Renée Castillo", "rcastillo@brightpathhomecare.com", "Tom Okafor", "tom@okafor-it.com",
  "Kronos punches missing since the update", "Mon, 2 Nov 2026 08:14:22 -0600") + """Hi {P|Tom},

Since [[Kronos]] pushed [[version 9.4.2]] over the weekend, the mobile punches from our field nurses are not landing in [[Workforce Central]]. I opened [[case 07731942]] with their support line ([[1-800-555-0172]]) and they said it is a known issue with the [[Android]] app build [[2026.10.3]].

The one that worries me is {P|Gloria Pineda}, she visited {P|Harold Vance} at {A|4418 Linden Ridge Rd, Apt 2}, {Z|73112} three times last week and none of it shows, so payroll will short her. Her employee phone is {T|(405) 555-0187} if they need to confirm.

Our [[Bright Path Home Care]] office Wi-Fi is fine, the [[Meraki]] dashboard shows no drops. Can you look before [[Thursday]] payroll close at [[3:00 pm]]?

{P|Renée}
[[Scheduling Coordinator]]
""")

E("home-health", ["Dwayne Pierce"], H("Dwayne Pierce", "dpierce@pierceinsgroup.com", "Jordan Reyes", "jordan@reyestech.io",
  "Renewal paperwork for the agency - scanner question", "Tue, 3 Nov 2026 10:02:11 -0500") + """{P|Jordan},

Quick one. We at [[Pierce Insurance Group]] are scanning the renewal packet for [[Sunnyvale Home Health Partners]] and the [[Fujitsu fi-7160]] keeps throwing [[error U4:41]]. It's asset tag [[PIG-SCN-014]], serial [[A8KD004571]], it's our own office unit.

Inside the packet there's a claims history with a patient listed, {P|Bernadette Okoye}, DOB {D|07/22/1948}, member id {B|XWK884120375}. I'd rather the scan not sit in the shared [[\\\\fs01\\scans]] folder. Can we route it to the [[Compliance]] folder instead?

The carrier is [[Anthem]] and the group number is [[G-0045521]], if it matters for the folder name. Ticket on our side is [[INC-20431]].

Thanks,
{P|Dwayne}
[[Account Executive]], [[Pierce Insurance Group]]
""")

E("hospice", ["Marisol Greene"], H("Marisol Greene", "mgreene@stmaryshospice.org", "Tom Okafor", "tom@okafor-it.com",
  "Vera won't sync the visit notes", "Wed, 4 Nov 2026 07:45:09 -0500") + """Good morning {P|Tom},

Our charting tool [[Vera]] (the [[HospiceLink]] module) shows "sync pending" on three tablets since [[Monday]]. The tablets are [[iPad 9th gen]], managed in [[Jamf]], asset tags [[SMH-IPD-031]], [[SMH-IPD-032]] and [[SMH-IPD-040]].

One of the stuck notes is for {P|Albert Wojcik}, MRN {M|HS-2209174}, admitted {D|October 28, 2026}. His daughter {P|Krystyna} called the on-call line at {T|614-555-0163} asking why the chaplain visit isn't on the family portal.

The [[St. Mary's Hospice]] firewall is at [[10.20.0.1]] and [[Jamf]] reports the devices checked in at [[06:10]]. I'm at [[Carver Hall]] all day for the IDT meeting.

[[Hope]] you can have a look,
{P|Marisol}
[[Director of Nursing]]
""")

E("hospice", ["Frank Albrecht"], H("!Hospice Billing", "billing@harborlighthospice.org", "Jordan Reyes", "jordan@reyestech.io",
  "Remittance file from Medicare won't import", "Thu, 5 Nov 2026 13:30:47 -0500") + """Hi {P|Jordan},

The 835 from [[Palmetto GBA]] for batch [[BTH-2026-1104]] fails in [[Harmony]] with [[ERR 5521 duplicate CLP]]. It chokes on the claim for {P|Eleanor Mayfield}, claim number {B|22630411857200}, HICN/MBI {B|1EG4-TE5-MK73}. The payer id is [[00380]] and the EFT trace is [[1T884120037]].

We can't post the other 41 claims until it's fixed. The total is [[$48,212.60]].

{P|Frank Albrecht}
[[Revenue Cycle Lead]], [[Harbor Light Hospice]]
""")

# ---------------------------------------------------------------- dental
E("dental", ["Katrin Hansen"], H("Katrin Hansen", "k.hansen@zahnarzt-hansen.de", "Lena Brandt", "lena@brandt-it.de",
  "Röntgensensor nach Update tot", "Mon, 9 Nov 2026 08:03:55 +0100") + """Hallo {P|Lena},

seit dem Update von [[Dampsoft DS-Win]] auf [[Version 2026.3]] wird unser Röntgensensor in Behandlungszimmer 2 nicht mehr erkannt. Es ist der [[Sidexis]]-Sensor mit der Seriennummer [[SX4-0098812]], Inventarnummer [[ZHP-RX-02]]. Fehlermeldung: [[0x80070005]].

Heute Nachmittag kommt Herr {P|Jürgen Albers}, geboren {D|14.03.1961}, Versichertennummer {B|A224561785}, für eine Wurzelbehandlung. Ohne Röntgen müssen wir ihn verschieben. Seine Handynummer ist {T|0171 5550198}.

Die Praxis [[Dr. Hansen Zahnarztpraxis GmbH]] hat bis [[18:00 Uhr]] geöffnet. Unser Router ist eine [[FRITZ!Box 7590]] unter [[192.168.178.1]].

Viele Grüße
{P|Katrin}
[[Praxismanagerin]]
""")

E("dental", ["Priya Raman"], H("Priya Raman", "priya@smilecraftdental.com", "Jordan Reyes", "jordan@reyestech.io",
  "Dentrix eServices and a patient complaint", "Tue, 10 Nov 2026 16:21:03 -0800") + """{P|Jordan},

Two things.

1. [[Dentrix]] [[G7.5]] is showing [[eServices error 1402]] when sending appointment reminders. [[Henry Schein One]] told me to call [[1-800-555-0117]] but they want our customer number, which is [[SCH-772019]].

2. A patient, {P|Miguel Santana}, says he got somebody else's reminder text at {T|(619) 555-0129}. The reminder was for {P|Darlene Brooks}, a cleaning on [[Friday]] at [[10:40]]. We need to know how that happened. Her chart number is {M|DB-00418}.

We're [[SmileCraft Dental]] on the [[Mission Valley]] site, the other location at the [[Jefferson site]] is fine.

Thanks,
{P|Priya}
[[Office Manager]]
""")

E("dental", ["Anouk Visser"], H("Anouk Visser", "anouk@tandartspraktijkdejong.nl", "Sanne de Wit", "sanne@dewit-ict.nl",
  "Printer in de balie doet raar", "Wed, 11 Nov 2026 09:12:40 +0100") + """Hoi {P|Sanne},

De [[Brother HL-L5100DN]] bij de balie print alleen nog lege vellen. MAC-adres [[00:1B:A9:4C:22:7E]], IP [[192.168.10.45]], inventarisnummer [[TPJ-PRN-03]]. Ik heb hem al uit- en aangezet.

Ik moet vandaag nog een verwijsbrief printen voor mevrouw {P|Fenna Bakker}, geboren {D|02-09-1979}, BSN {N|204511835}. Ze woont op {A|Zonnebloemstraat 14}, {Z|3581 KT} {A|Utrecht} en wacht erop.

De praktijk ([[Tandartspraktijk De Jong]]) sluit om [[17:30]]. Ons ticketnummer bij jullie is [[TKT-88120]].

Groetjes,
{P|Anouk}
[[Praktijkmanager]]
""")

# ---------------------------------------------------------------- physio
E("physio", ["Grant Holloway"], H("Grant Holloway", "grant@hollowayphysio.co.uk", "Amira Shah", "amira@shahsystems.co.uk",
  "Cliniko bookings double", "Thu, 12 Nov 2026 11:48:30 +0000") + """Hi {P|Amira},

[[Cliniko]] is creating double bookings since we connected the [[Stripe]] terminal ([[reader S700]], serial [[WSC513104998]]). Today two patients were given the same [[9:15]] slot in Room [[Osler]].

One of them, {P|Ruth Pemberton}, DOB {D|19/05/1957}, NHS number {N|401 023 2137}, waited 40 minutes and her husband has complained by phone from {T|07700 900318}. The other was {P|Dylan Mercer}.

We will grant a free session as a gesture. Could you check the integration logs? The [[Holloway Physiotherapy Ltd]] account id in [[Cliniko]] is [[HPL-33091]].

Cheers,
{P|Grant}
[[Clinical Lead]]
""")

E("physio", ["Sophie Marchand"], H("Sophie Marchand", "s.marchand@kine-lumiere.fr", "Marc Aubry", "marc@aubry-conseil.fr",
  "Doctolib et lecteur de carte Vitale", "Fri, 13 Nov 2026 14:05:12 +0100") + """Bonjour {P|Marc},

Le lecteur de cartes Vitale ([[Ingenico Move/5000]], numéro de série [[22165KN40113]]) ne répond plus depuis la mise à jour de [[Doctolib]] en [[version 4.18]]. Le message d'erreur est [[SESAM-Vitale 0x2F]].

Ce matin j'avais M. {P|Théo Lambert}, né le {D|03/08/1990}, numéro de sécurité sociale {N|nir:1 90 08 75 112 048}, et je n'ai pas pu faire la télétransmission. Il habite {A|12 rue des Glycines}, {Z|69003} {A|Lyon}, donc je lui enverrai la feuille de soins par courrier.

Le cabinet [[Kiné Lumière SARL]] est ouvert jusqu'à [[19h]]. Le ticket chez [[Doctolib]] est le [[DL-2026-55871]].

Merci d'avance,
{P|Sophie}
""")

# ---------------------------------------------------------------- psychotherapy
E("psychotherapy", ["Hope Adeyemi"], H("Hope Adeyemi", "hope@clearwatercounseling.net", "Jordan Reyes", "jordan@reyestech.io",
  "SimplePractice telehealth audio", "Mon, 16 Nov 2026 19:02:44 -0600") + """Hi {P|Jordan},

I hope this is quick. [[SimplePractice]] telehealth drops audio after about 20 minutes with [[error TH-1006]]. It happened on my [[MacBook Air M2]] (serial [[C02FK3XQ1WFV]], practice asset [[CWC-LT-05]]) and on the [[Dell OptiPlex 7010]] in the group room.

This evening a client, {P|Tanner Whitfield}, got disconnected mid-session and emailed me from {E|tanner.whit88@gmail.com} quite upset. His next session is {D|11/23/2026}.

[[Clearwater Counseling]] uses [[Comcast Business]], static IP [[203.0.113.14]]. Router at [[10.0.0.1]].

Thank you,
{P|Hope}
[[Licensed Clinical Social Worker]]
""")

E("psychotherapy", ["Matthias Krüger"], H("Matthias Krüger", "praxis@psychotherapie-krueger.de", "Lena Brandt", "lena@brandt-it.de",
  "Verschlüsselte Mails an Patienten", "Tue, 17 Nov 2026 12:40:18 +0100") + """Liebe {P|Lena},

wir würden gern verschlüsselt mit Patienten kommunizieren. [[Tutanota]] oder [[Proton Mail]]? Unser Berufsverband ([[bvvp]]) empfiehlt [[S/MIME]].

Konkret geht es um Frau {P|Sabine Ludwig}, die mir ihren Bericht an {E|sabine.ludwig@web.de} geschickt hat, unverschlüsselt, inklusive ihrer Krankenversichertennummer {B|L987654321} bei der [[Techniker Krankenkasse]]. Ihr Termin ist am {D|25. November 2026}.

Die Praxis ist [[Psychotherapeutische Praxis Krüger]] im [[Haus am Markt]], zweiter Stock. Die Telefonzentrale der [[TK]] ist [[0800 2858585]], falls wir etwas klären müssen.

Herzliche Grüße
{P|Matthias Krüger}
""")

# ---------------------------------------------------------------- pharmacy
E("pharmacy", ["Lucia Greco"], H("Lucia Greco", "lucia@farmaciagreco.it", "Paolo Ferri", "paolo@ferri-informatica.it",
  "Etichettatrice e ricetta elettronica", "Wed, 18 Nov 2026 09:33:27 +0100") + """Ciao {P|Paolo},

la [[Zebra ZD421]] (matricola [[D4J225103718]], cespite [[FG-ETQ-02]]) stampa le etichette tagliate a metà da quando abbiamo aggiornato [[Wingesfar]] alla [[release 12.6]].

Stamattina ho dovuto scrivere a mano l'etichetta per la signora {P|Giovanna Esposito}, codice fiscale {N|SPSGNN52C41F839U}, per il [[lotto 24B118]] di [[Eutirox 50 mcg]]. Il medico ha chiamato dal {T|333 555 0142}.

La [[Farmacia Greco]] chiude alle [[19:30]]. Il nostro ticket è [[FER-0932]].

Grazie,
{P|Lucia}
[[Farmacista titolare]]
""")

E("pharmacy", ["Bill Tran"], H("Bill Tran", "btran@mercyrx.com", "Tom Okafor", "tom@okafor-it.com",
  "Pyxis override report and a refill mixup", "Thu, 19 Nov 2026 15:17:50 -0500") + """{P|Tom},

Our [[Pyxis MedStation 4000]] (unit [[PX-4417-B]]) is printing the override report with blank columns. [[BD]] case number is [[CS0981234]].

Separately, a refill for {P|Lorraine Haskins}, Rx {M|RX6620418}, went to the wrong patient profile because the [[PioneerRx]] search matched "{P|Haskins}" to a {P|Lorrie Haskell}. Her insurance member id is {B|ZGP402118837}, plan [[Express Scripts]], BIN [[610014]], PCN [[EXPRS]]. The drug was [[atorvastatin 20 mg]], [[NDC 0093-5057-98]].

We caught it before pickup. Please bill the time under [[PO 4471]].

{P|Bill}
[[Pharmacist in Charge]], [[Mercy Community Pharmacy]]
""")

# ---------------------------------------------------------------- registries, labs
E("registry", ["Ines Carvalho"], H("Ines Carvalho", "icarvalho@stateregistry-tumor.org", "Jordan Reyes", "jordan@reyestech.io",
  "NAACCR file validation failing", "Fri, 20 Nov 2026 10:55:02 -0500") + """Hi {P|Jordan},

The [[NAACCR v25]] export from [[METRIQ]] fails [[GenEDITS]] with edit [[N2045]] on one abstract. The record is for {P|Clarence Dubois}, DOB {D|1944-06-02}, SSN {S|412-55-0193}, accession {M|2026004118}. The primary site code is [[C34.1]] and histology [[8140/3]].

We submit to [[CDC NPCR]] by [[December 15]]. The server is [[reg-app02]] at [[172.16.4.20]].

Best,
{P|Ines}
[[Registry Data Manager]], [[Northern Valley Cancer Registry]]
""")

E("lab", ["Marcus Leung"], H("Marcus Leung", "marcus.leung@pinnaclelabs.com", "Amira Shah", "amira@shahsystems.co.uk",
  "Courier app crash and a mislabeled tube", "Mon, 23 Nov 2026 06:58:13 -0500") + """{P|Amira},

The courier app ([[Route4Me]] [[v7.2.1]]) crashes on the [[Zebra TC52]] handhelds when scanning [[GS1-128]] labels. Devices [[PL-HH-07]] and [[PL-HH-11]]. Error [[E_SCAN_0413]].

One tube got relabeled by hand: patient {P|Yvonne Castellanos}, DOB {D|12/30/1985}, MRN {M|PL00982217}, requisition [[REQ-55812]]. Draw site was [[Carver Medical Plaza]]. The ordering provider's office is [[Hansen Family Medicine]] (NPI [[1437286610]], it's the group NPI).

Driver {P|Luis Ortega}, van plate {R|8FKM221} ([[CA]]), noticed it.

{P|Marcus}
[[Lab Operations Supervisor]]
""")

# ---------------------------------------------------------------- care homes, school nurses
E("care-home", ["Mark Sullivan"], H("Mark Sullivan", "msullivan@rosewoodcare.com", "Tom Okafor", "tom@okafor-it.com",
  "PointClickCare eMAR and the nurse call", "Tue, 24 Nov 2026 21:40:05 -0500") + """{P|Tom},

Please mark this urgent. [[PointClickCare]] eMAR is timing out on the [[West Wing]] med cart (laptop [[RW-MC-03]], [[Lenovo ThinkPad L14]]). And the [[Jeron]] nurse call in room [[214]] shows a ghost alarm.

Resident {P|Dorothy Ambrose}, room 214, DOB {D|04/11/1931}, missed her [[9 pm]] meds pass documentation. Her son {P|Keith Ambrose} is the POA and called from {T|(330) 555-0156}.

[[Rosewood Care Center]] – [[Administrator]] on call is me until [[7 am]]. The [[Jeron]] support number is [[1-800-555-0140]].

{P|Mark}
""")

E("school-nurse", ["Rose Delacroix"], H("Rose Delacroix", "rdelacroix@maplegrove.k12.mn.us", "Jordan Reyes", "jordan@reyestech.io",
  "Health office laptop and immunization export", "Wed, 25 Nov 2026 08:20:31 -0600") + """Hi {P|Jordan},

The health office laptop at [[Lincoln Elementary]] (asset [[MG-22-0417]]) won't open [[Infinite Campus]] health module, error [[IC-403]]. I need to export the immunization list for [[MIIC]] by [[Friday]].

Also, one record looks wrong: {P|Ayden Kowalczyk}, grade 3, DOB {D|08/17/2017}, student id {M|S-1188204}. His mother {P|Natalia} says his [[MMR]] second dose is missing; she emailed from {E|nkowalczyk.home@outlook.com}.

[[Maple Grove School District]] [[Health Services]] office is in [[Room 112]].

Thanks!
{P|Rose}
[[Licensed School Nurse]]
""")

# ---------------------------------------------------------------- veterinary
E("veterinary", ["Olivia Brandt"], H("Olivia Brandt", "olivia@wagsandwhiskersvet.com", "Tom Okafor", "tom@okafor-it.com",
  "Avimark reminder postcards", "Thu, 26 Nov 2026 12:10:44 -0500") + """Hi {P|Tom},

[[Avimark]] sent reminder postcards to the wrong owners. Example: [[Biscuit]] (beagle, 7) and [[Duchess]] (tabby) are both owned by {P|Carla Montoya} at {A|88 Brookfield Lane}, {Z|44107}, but the card for [[Biscuit]]'s rabies booster went to {P|Stan Whitaker}. His phone is {T|216-555-0133}.

Also [[Max]], [[Luna]] and [[Bella]] got no cards at all. The [[Covetrus]] ticket is [[CVT-2211987]]. Our [[Wags & Whiskers Veterinary Clinic]] practice id is [[AVM-55310]].

{P|Olivia}
[[Practice Manager]]
""")

E("veterinary", ["Pieter Jansen"], H("Pieter Jansen", "p.jansen@dierenkliniekdeheide.nl", "Sanne de Wit", "sanne@dewit-ict.nl",
  "Chiplezer werkt niet met VetManager", "Fri, 27 Nov 2026 10:27:19 +0100") + """Hallo {P|Sanne},

De chiplezer ([[Halo Scanner]], serienummer [[HS-2209-4471]]) koppelt niet meer met [[VetManager]] sinds [[build 5.12.0]]. Foutcode [[BT-17]].

Vanochtend kwam mevrouw {P|Lotte Hendriks} met haar hond [[Bo]] en kat [[Pip]]. Ze woont op {A|Kerkweg 221}, {Z|5611 AB} {A|Eindhoven}, telefoon {T|06 55501827}. We konden de chip niet uitlezen en moesten het nummer overtypen.

[[Dierenkliniek De Heide]] is vandaag tot [[20:00]] open. Ticket [[DW-4472]].

Groet,
{P|Pieter}
[[Dierenarts]]
""")

# ---------------------------------------------------------------- payroll
E("payroll", ["Daniel Wilson"], H("Daniel Wilson", "dwilson@wilsontoolanddie.com", "Jordan Reyes", "jordan@reyestech.io",
  "Dayforce direct deposit rejects", "Mon, 30 Nov 2026 07:50:00 -0500") + """{P|Jordan},

[[Dayforce]] rejected two direct deposits in the [[November 27]] run, error [[ACH R03]]. Run id [[PR-2026-48]].

Employees: {P|Terrence Boyd}, routing {C|021000021}, account {C|4419 0382 7715}, and {P|Angela Ruiz}, account {C|000129847330}. Both say their banks ([[Chase]] and [[Fifth Third]]) are fine.

[[Wilson Tool & Die]] runs payroll from the [[HR]] PC, [[WTD-HR-01]]. The [[Dayforce]] client id is [[WTD4471]].

I'm the [[Controller]] this month while the owner is away.

-- {P|Dan}
""")

E("payroll", [], H("!Payroll Team", "payroll@brightonlogistics.co.uk", "Amira Shah", "amira@shahsystems.co.uk",
  "Sage 50 P60 export", "Tue, 1 Dec 2026 09:05:33 +0000") + """Hi {P|Amira},

[[Sage 50cloud Payroll]] [[v29.1]] fails exporting P60s with [[error 8012]]. It stops at the record for {P|Callum Fraser}, NI number {N|JT 41 77 26 C}, employee ref [[E0442]].

His address on file is {A|17 Nettle Close, Brighton}, {Z|BN2 4QP}. [[HMRC]] gateway is up. [[Brighton Logistics Ltd]] PAYE ref is [[120/BA44211]].

Thanks,
{P|Karen}
[[Payroll Officer]]
""")

# ---------------------------------------------------------------- insurance brokers
E("insurance-broker", ["Sofia Navarro"], H("Sofia Navarro", "snavarro@correduriasanchez.es", "Jorge Molina", "jorge@molina-it.es",
  "Error en la firma digital de pólizas", "Wed, 2 Dec 2026 11:14:58 +0100") + """Hola {P|Jorge},

Desde la actualización de [[Signaturit]] a la [[versión 3.9]] las pólizas firmadas no vuelven a [[Avant2]]. Código de error [[SIG-502]].

El caso que nos urge es el de don {P|Ramón Villalba}, DNI {N|dni:47302851}, póliza {B|MAP-90233118}, con domicilio en {A|Calle del Olmo 23, 4º B}, {Z|28012} {A|Madrid}. Su móvil es {T|612 555 048}.

La aseguradora es [[Mapfre]], y nuestro número de mediador es [[J-0231]]. La [[Correduría Sánchez & Asociados]] cierra a las [[14:00]] los viernes.

Un saludo,
{P|Sofía}
[[Responsable de Siniestros]]
""")

E("insurance-broker", ["Helen Pierce"], H("Helen Pierce", "helen@pierceandgrant.com", "Tom Okafor", "tom@okafor-it.com",
  "Applied Epic download and a bad email", "Thu, 3 Dec 2026 14:40:10 -0500") + """{P|Tom},

[[Applied Epic]] download of carrier policies is failing for [[Travelers]] with [[IVANS]] error [[DL-0047]]. Our [[IVANS]] account is [[IV-228104]].

Also, a client, {P|Gordon Blake}, got his renewal sent to the wrong e-mail. It should be {E|gordon.blake@sbcglobal.net}; his policy is {B|TRV-6618240-01}. The letter was addressed to {A|905 Quarry Hill Rd}, {Z|06410}.

[[Pierce & Grant Insurance Agency]] - [[Personal Lines]] desk.

{P|Helen}
""")

# ---------------------------------------------------------------- law offices
E("law", ["Amelia Hart"], H("Amelia Hart", "ahart@hartwellmoss.com", "Jordan Reyes", "jordan@reyestech.io",
  "Clio and the medical records subpoena", "Fri, 4 Dec 2026 16:55:38 -0500") + """{P|Jordan},

[[Clio Manage]] won't attach PDFs over 25 MB ([[error 413]]). Matter [[2026-CV-0418]] has a medical records production for our client {P|Vincent Moreau}, DOB {D|09/09/1972}, from [[St. Joseph's Regional]]. The records include his MRN {M|SJR-7731024}.

Opposing counsel is {P|Patricia Lowe} at [[Lowe Bennett LLP]], {E|plowe@lowebennett.com}. Please don't make the folder public.

[[Hartwell & Moss LLP]], [[Litigation]] group, [[16th floor]].

{P|Amelia}
[[Paralegal]]
""")

E("law", ["Fernando Costa"], H("Fernando Costa", "fcosta@costaeassociados.pt", "Rui Almeida", "rui@almeida-ti.pt",
  "Problema com o Citius e o certificado", "Mon, 7 Dec 2026 10:01:16 +0000") + """Olá {P|Rui},

O certificado digital da [[Ordem dos Advogados]] expirou no portátil [[CA-PT-07]] ([[HP EliteBook 840]]) e não consigo entrar no [[Citius]]. Erro [[CIT-0098]].

Tenho de submeter hoje o requerimento do processo [[1234/26.3T8LSB]] em nome do cliente {P|Joaquim Pereira}, NIF {N|213456788}, residente na {A|Rua das Flores 45, 2.º Esq.}, {Z|1200-195} {A|Lisboa}.

A sociedade [[Costa & Associados]] fecha às [[18h]].

Obrigado,
{P|Fernando}
""")

# ---------------------------------------------------------------- property management
E("property-management", ["Will Carter"], H("Will Carter", "will@carterpropertygroup.com", "Tom Okafor", "tom@okafor-it.com",
  "AppFolio rent portal and gate codes", "Tue, 8 Dec 2026 09:09:09 -0600") + """{P|Tom},

[[AppFolio]] rent portal shows [[error 502]] for tenants at [[Jefferson Commons]]. Our [[Carter Property Group]] site id is [[CPG-114]].

One tenant, {P|Shaniqua Reed}, unit 3C, paid twice; her account ledger is {C|T-0093317}. She called from {T|(901) 555-0122}.

The gate controller ([[DoorKing 1834]], serial [[DK1834-55120]]) at the [[Maple Street entrance]] needs a firmware update to [[7.14]]. I will be on site [[Wednesday]].

{P|Will}
[[Property Manager]]
""")

E("property-management", ["Greta Lindqvist"], H("Greta Lindqvist", "g.lindqvist@hausverwaltung-berg.de", "Lena Brandt", "lena@brandt-it.de",
  "Nebenkostenabrechnung – falsche Bankverbindung", "Wed, 9 Dec 2026 13:22:07 +0100") + """Hallo {P|Lena},

in [[Domus 4000]] ([[Version 9.2]]) wurde bei der Nebenkostenabrechnung die falsche IBAN gedruckt. Mieter {P|Holger Neumann}, {A|Lindenallee 7}, {Z|50968} {A|Köln}, hat die IBAN {IB|DE?? 3704 0044 0532 0130 00} und nicht die unseres Hausgeldkontos.

Unser eigenes Konto bei der [[Sparkasse KölnBonn]] (BIC [[COLSDE33XXX]]) ist richtig hinterlegt. Objekt [[WEG Lindenallee 5–9]], Abrechnungsjahr [[2025]].

Die [[Hausverwaltung Berg GmbH]] hat am [[Freitag]] Betriebsausflug.

Grüße
{P|Greta}
""")
# ---------------------------------------------------------------- non-profits
E("non-profit", ["Grace Obi"], H("Grace Obi", "grace@harvesthopefoodbank.org", "Jordan Reyes", "jordan@reyestech.io",
  "Donor portal card test and a real card in a ticket", "Tue, 10 Nov 2026 10:10:10 -0500") + """Hi {P|Jordan},

We're testing the new [[Givebutter]] donation form. I used the test card [[4242 4242 4242 4242]] like their docs say and it went through in test mode. The form is at [[https://harvesthope.org/give]].

Bad news: a volunteer pasted a real donor's card into our [[Zendesk]] ticket [[#40918]]. It's {CC|4716 0832 5519 004?}, name {P|Rosalind Achebe}. Can you scrub it from [[Zendesk]]? She also left her phone, {T|(313) 555-0175}.

Our grant from the [[Kresge Foundation]] pays for this work under [[grant #KF-2026-117]], so please bill that. We will mark the hours for the [[Annual Report]].

Thanks,
{P|Grace}
[[Development Director]], [[Harvest Hope Food Bank]]
""")

E("non-profit", ["Claire Dubois"], H("Claire Dubois", "claire.dubois@restos-solidaires.fr", "Marc Aubry", "marc@aubry-conseil.fr",
  "Fichier des bénévoles et RGPD", "Wed, 11 Nov 2026 18:44:00 +0100") + """Bonsoir {P|Marc},

Notre base [[HelloAsso]] est synchronisée avec un vieux tableur [[Excel]] sur le NAS ([[Synology DS920+]], [[192.168.1.20]]). La [[CNIL]] recommande de supprimer les anciens bénévoles.

Exemple de ligne à supprimer : {P|Gilles Marchetti}, {A|5 impasse des Tilleuls}, {Z|33000} {A|Bordeaux}, {T|06 12 55 50 87}, né le {D|11/02/1958}. Et {P|Yasmine Benali}, {E|yasmine.benali@free.fr}.

L'association [[Les Restos Solidaires de Gironde]] a son assemblée générale en [[janvier]]. Le [[Crédit Coopératif]] nous demande aussi un RIB à jour, c'est celui de l'association, pas personnel.

Merci,
{P|Claire}
[[Présidente]]
""")

# ---------------------------------------------------------------- municipal
E("municipal", ["Ray Montgomery"], H("Ray Montgomery", "rmontgomery@cityofbrookhaven.gov", "Tom Okafor", "tom@okafor-it.com",
  "Permit system and a resident's data in a PDF", "Thu, 12 Nov 2026 08:31:45 -0500") + """{P|Tom},

The [[Tyler EnerGov]] permit portal ([[release 2026.1]]) throws [[EGV-5001]] on uploads. [[City Hall]] server [[cob-app03]] at [[10.50.1.33]].

A resident uploaded her driver's license instead of the site plan: {P|Monique Ferguson}, license {L|F625-481-77-332-0}, {A|3120 Birchwood Dr}, {Z|30319}. The file is public in the portal until we remove it. Her plate {R|RDX 4471} is also on the parking permit.

The [[Building Department]] and [[Clerk's Office]] share the portal. Please treat as priority; the [[Hollis Park]] renovation uploads are on the same portal.

{P|Ray}
[[IT Coordinator]], [[City of Brookhaven]]
""")

E("municipal", ["Elke Vermeulen"], H("Elke Vermeulen", "e.vermeulen@gemeente-zuidhorn.nl", "Sanne de Wit", "sanne@dewit-ict.nl",
  "Parkeervergunningen: kentekens in gedeelde map", "Fri, 13 Nov 2026 11:02:33 +0100") + """Hoi {P|Sanne},

In de map [[Parkeren 2026]] op [[\\\\gmz-fs02]] staan exports uit [[Centric Key2Parkeren]] met kentekens en namen. Bijvoorbeeld {P|Ruud Mulder}, kenteken {R|GZ-417-K}, {A|Molenstraat 8}, {Z|9801 AV} {A|Zuidhorn}.

Die map moet naar de afdeling [[Vergunningen]] en niet voor iedereen open. Het [[Centric]] supportnummer is [[088 555 0400]] en ons klantnummer [[CK-22041]].

Wij zitten in het [[Gemeentehuis]], tweede verdieping, kamer [[2.14]].

Groet,
{P|Elke}
[[Functioneel beheerder]]
""")

# ---------------------------------------------------------------- manufacturing
E("manufacturing", ["Gary Kowalski"], H("Gary Kowalski", "gkowalski@wilsontoolanddie.com", "Jordan Reyes", "jordan@reyestech.io",
  "Epicor MRP job hangs", "Mon, 16 Nov 2026 06:20:12 -0500") + """{P|Jordan},

[[Epicor Kinetic]] [[2023.2.12]] MRP job hangs at 40 %. Server [[WTD-ERP01]] ([[10.1.10.5]]). [[SQL Server 2019]] log shows [[error 1205]] deadlock.

On the shop floor the [[Haas VF-2]] ([[serial 3098812]]) can't pull programs from the DNC share. Operator {P|Luis Navarro} is stuck on [[PO 77120]] for [[Mark IV brackets]], [[lot 26-1114]].

Also HR asked: the forklift license copy for {P|Travis Boone}, certificate {L|FLK-0044182}, ended up in the shared [[Quality]] folder. Please move it.

[[Wilson Tool & Die]], Plant 2, [[Jefferson site]].

{P|Gary}
[[Plant Manager]]
""")

E("manufacturing", ["Stefan Brunner"], H("Stefan Brunner", "s.brunner@brunner-kunststoff.at", "Lena Brandt", "lena@brandt-it.de",
  "SPS-Netz und Zutrittskarten", "Tue, 17 Nov 2026 07:35:49 +0100") + """Servus {P|Lena},

die [[Siemens S7-1500]] in Halle [[Mozart]] verliert alle paar Stunden die Verbindung, [[TIA Portal V18]] meldet [[Fehler 16#80A1]]. Die SPS hat [[172.20.5.10]], der Switch ist ein [[Hirschmann RS20]].

Außerdem: in der Zutrittskontrolle ([[dormakaba exos 9300]]) ist die Karte von {P|Manuela Steiner} noch aktiv, obwohl sie am {D|31.10.2026} ausgeschieden ist. Ihre Sozialversicherungsnummer {N|1237 010180} steht im Exportfile, das gehört da nicht hin.

[[Brunner Kunststofftechnik GmbH]], Werk [[Traun]].

Lg
{P|Stefan}
""")

# ---------------------------------------------------------------- home health (more)
E("home-health", ["Angela Brooks"], H("Angela Brooks", "abrooks@carelinkhomehealth.com", "Tom Okafor", "tom@okafor-it.com",
  "HCHB tablets and an OASIS with a wrong SSN", "Wed, 18 Nov 2026 17:05:22 -0600") + """Hi {P|Tom},

[[Homecare Homebase]] on the [[Samsung Galaxy Tab A8]] fleet is stuck on [[build 26.3.1]]. [[Ivanti]] shows [[compliance error 0x7A]] on tablets [[CL-TAB-118]] through [[CL-TAB-124]].

One OASIS had the wrong SSN keyed: patient {P|Eugene Fairbanks}, correct SSN {S|287-44-0618}, Medicare MBI {B|3QT7-HJ2-WK41}. The visit address is {A|71 Orchard View Ct}, {Z|64114}. The RN was {P|Simone Grady}.

We will grant an extra day for the correction. The [[CMS]] iQIES submission is due [[Monday]].

{P|Angela}
[[Clinical Manager]], [[CareLink Home Health]]
""")

E("home-health", ["Bernd Schulte"], H("Bernd Schulte", "b.schulte@pflegedienst-sonnenschein.de", "Lena Brandt", "lena@brandt-it.de",
  "Tourenplanung und Schlüsselbox", "Thu, 19 Nov 2026 06:45:10 +0100") + """Moin {P|Lena},

[[Vivendi PD]] ([[Connext]]) zeigt die Touren nicht mehr auf den Diensthandys ([[iPhone SE]], MDM [[Jamf Now]]). Fehler [[VPD-221]].

Dringend: bei Frau {P|Hildegard Brandes}, {A|Am Mühlenteich 3}, {Z|26122} {A|Oldenburg}, ist der Schlüsselboxcode im Tourenplan im Klartext. Sie ist Pflegegrad 4, Versichertennummer {B|H204719337} bei der [[AOK Niedersachsen]]. Ihre Tochter {P|Birgit} erreichen wir unter {T|0441 5550376}.

[[Pflegedienst Sonnenschein]] – [[Pflegedienstleitung]].

{P|Bernd}
""")

# ---------------------------------------------------------------- hospice (more)
E("hospice", ["Grant Whitley"], H("Grant Whitley", "gwhitley@hopewellhospice.org", "Amira Shah", "amira@shahsystems.co.uk",
  "Bereavement mailing list export", "Fri, 20 Nov 2026 12:12:12 -0500") + """{P|Amira},

We need the bereavement mailing list out of [[WellSky Hospice]] into [[Mailchimp]]. The export fails with [[WSK-EXP-09]].

Sample row for the mapping: survivor {P|Irene Castell}, {A|209 Wren Street}, {Z|29407}, {E|irene.castell@yahoo.com}, deceased {P|Raymond Castell}, date of death {D|September 3, 2026}.

[[Hopewell Hospice]] runs the [[Mark of Hope]] memorial walk in [[May]]; the list feeds that too. Our [[Mailchimp]] audience id is [[a7f21c0e93]].

Thank you,
{P|Grant}
[[Volunteer & Bereavement Coordinator]]
""")

# ---------------------------------------------------------------- dental (more)
E("dental", ["Camille Rousseau"], H("Camille Rousseau", "accueil@cabinet-dentaire-moreau.fr", "Marc Aubry", "marc@aubry-conseil.fr",
  "Logiciel Julie et la radio panoramique", "Mon, 23 Nov 2026 08:50:00 +0100") + """Bonjour {P|Marc},

Le logiciel [[Julie]] ([[version 3.2]]) n'importe plus les panoramiques du [[Planmeca ProMax 2D]] (n° série [[PMX-2D-77410]]). Erreur [[DICOM 0xC001]].

Patiente concernée : Mme {P|Élodie Garnier}, née le {D|27/06/1988}, dossier {M|CDM-14402}. Elle revient [[jeudi]] à [[14h30]] et son mari appelle depuis le {T|07 55 50 14 22}.

Le [[Cabinet Dentaire du Dr Moreau]] est au [[2e étage]]. Notre poste serveur est [[SRV-JULIE]] ([[192.168.0.10]]).

Cordialement,
{P|Camille}
[[Assistante dentaire]]
""")

E("dental", ["Tyler Nguyen"], H("Tyler Nguyen", "tyler@brightsmilepediatric.com", "Jordan Reyes", "jordan@reyestech.io",
  "Eaglesoft claims and a parent's email", "Tue, 24 Nov 2026 15:37:41 -0800") + """{P|Jordan},

[[Eaglesoft]] [[24.10]] won't send claims to [[DentalXChange]], error [[DXC-4102]]. Our [[Patterson]] account is [[PAT-880132]].

Stuck claim: {P|Mateo Alvarez}, age 8, DOB {D|02/14/2018}, subscriber is his father {P|Ricardo Alvarez}, member {B|DLT992047713} ([[Delta Dental]], group [[08810]]). CDT codes [[D1120]] and [[D1206]]. Dad keeps emailing {E|ricky.alvarez77@gmail.com} from his phone.

[[Bright Smile Pediatric Dentistry]], [[Jefferson site]].

{P|Tyler}
""")

# ---------------------------------------------------------------- physio (more)
E("physio", ["Lars Eriksen"], H("Lars Eriksen", "lars@fysiotherapie-oost.nl", "Sanne de Wit", "sanne@dewit-ict.nl",
  "Intramed koppeling met Vecozo", "Wed, 25 Nov 2026 13:15:05 +0100") + """Hoi {P|Sanne},

De [[Intramed]]-koppeling met [[VECOZO]] werkt niet sinds het nieuwe certificaat. Foutmelding [[VZ-0103]]. Ons AGB-code (praktijk) is [[04-012345]].

Dat betekent dat ik de declaratie van {P|Joost van Leeuwen}, geboren {D|30-01-1966}, BSN {N|204511847}, niet kan indienen. Zijn zorgverzekeraar is [[Zilveren Kruis]], polisnummer {B|ZK-778120946}.

[[Fysiotherapie Oost]] zit in het [[Gezondheidscentrum De Linde]]. Ik ben er [[dinsdag]] en [[donderdag]].

Groet,
{P|Lars}
""")

E("physio", ["Nadia Rahman"], H("Nadia Rahman", "nadia@corestrengthpt.com", "Tom Okafor", "tom@okafor-it.com",
  "WebPT exercise videos and a wearable", "Thu, 26 Nov 2026 09:40:18 -0500") + """Hi {P|Tom},

[[WebPT]] HEP videos don't play on the clinic TVs ([[Samsung QB55]], [[Chromecast]]). Error [[HEP-VID-22]].

Also: patient {P|Clifford Barnes} brought in his [[Garmin]] watch and wants us to import his gait data. Watch serial {V|3E8-119044271}. His portal login is {E|cliff.barnes.runs@icloud.com}. DOB {D|05/05/1954}.

We bill [[CPT 97110]] and [[97530]]; please don't let the import touch billing. [[Core Strength Physical Therapy]], [[Carver Hall]] clinic.

{P|Nadia}
[[Front Desk Lead]]
""")

# ---------------------------------------------------------------- psychotherapy (more)
E("psychotherapy", ["Julia Brenner"], H("Julia Brenner", "info@praxis-brenner.at", "Lena Brandt", "lena@brandt-it.de",
  "Videosprechstunde bricht ab", "Fri, 27 Nov 2026 17:28:00 +0100") + """Liebe {P|Lena},

die Videosprechstunde über [[RED connect]] bricht nach 10 Minuten ab. Mein Laptop ist ein [[ThinkPad X1 Carbon]], Inventar [[PB-NB-01]].

Heute betroffen: Herr {P|Lukas Eder}, Klient seit {D|März 2024}, SV-Nummer {N|4125 150385}. Er hat mir danach von {E|lukas.eder@gmx.at} geschrieben, sehr verunsichert.

Die [[Praxis Mag. Brenner]] ist [[Montag]] bis [[Donnerstag]] besetzt. Der Internetanschluss ist [[Magenta Business]] mit fixer IP [[81.217.4.66]].

Herzliche Grüße
{P|Julia}
""")

E("psychotherapy", ["Lena Park"], H("Lena Park", "lpark@mindfulpathstherapy.com", "Jordan Reyes", "jordan@reyestech.io",
  "TherapyNotes fax and a subpoena", "Mon, 30 Nov 2026 11:11:11 -0700") + """{P|Jordan},

[[TherapyNotes]] e-fax (via [[Phaxio]]) fails with [[PHX-422]] for outgoing records requests.

I need to fax a records release for client {P|Dominic Hale}, DOB {D|10/21/1991}, to [[Banner Health]] records at their public fax [[1-877-555-0192]]. His insurance is [[Cigna]] member {B|U58214409}. He signed the release on {D|11/24/2026}.

[[Mindful Paths Therapy]] - [[Clinical Director]] is me. We use [[Harmony]] (the scheduling add-on) too, not sure if that matters.

{P|Lena}
""")

# ---------------------------------------------------------------- pharmacy (more)
E("pharmacy", ["Carmen Ortiz"], H("Carmen Ortiz", "carmen@farmaciaortiz.es", "Jorge Molina", "jorge@molina-it.es",
  "Receta electrónica y el robot", "Tue, 1 Dec 2026 10:20:30 +0100") + """Hola {P|Jorge},

El robot [[BD Rowa Vmax]] (serie [[RVX-40221]]) no recibe las órdenes de [[Farmatic]] desde esta mañana. Error [[ROWA-E118]].

Tuve que dispensar a mano a doña {P|Pilar Romero}, tarjeta sanitaria {B|BBBB123456781019}, DNI {N|dni:30118472}. Su receta era de [[Omeprazol 20 mg]], lote [[L24031]].

La [[Farmacia Ortiz]] está de guardia el [[sábado]]. El teléfono de soporte de [[Consoft]] es [[900 555 014]].

Gracias,
{P|Carmen}
""")

E("pharmacy", ["Rose Kimura"], H("Rose Kimura", "rkimura@valleycompounding.com", "Amira Shah", "amira@shahsystems.co.uk",
  "DEA CSOS certificate renewal", "Wed, 2 Dec 2026 14:14:14 -0800") + """Hi {P|Amira},

The [[CSOS]] certificate for ordering from [[McKesson]] expires [[December 18]]. It's tied to our pharmacy DEA registration [[FV4471203]] (that's the pharmacy's, public on the license wall).

The signing coordinator is {P|Daniel Ibarra}, and his personal DEA number {L|BI5524187} is in the request form, which I'd rather not email around. His cell is {T|(559) 555-0108}.

[[Valley Compounding Pharmacy]] uses [[Liberty Software]] [[v8.3]]. The [[McKesson Connect]] account is [[MCK-3301982]].

{P|Rose}
[[Pharmacy Manager]]
""")

# ---------------------------------------------------------------- registry, lab (more)
E("registry", ["Diego Ferreira"], H("Diego Ferreira", "dferreira@immunize-state.org", "Tom Okafor", "tom@okafor-it.com",
  "HL7 VXU rejects", "Thu, 3 Dec 2026 09:09:45 -0600") + """{P|Tom},

The IIS is rejecting [[HL7 2.5.1]] VXU messages from [[Epic]] with [[AR 0102]]. Sample PID segment (sanitized except the patient we're testing with):

PID|1||{M|IIS8830215}^^^STATEIIS^SR||{P|Okonkwo}^{P|Chidi}||{D|20190407}|M|||{A|415 Sycamore Ave}^^{A|Tulsa}^OK^{Z|74104}

The vaccine was [[CVX 208]], [[lot EW0185]]. Interface engine [[Mirth Connect 4.4]] on [[10.8.2.15]].

[[State Immunization Information System]] - [[Interoperability team]].

{P|Diego}
""")

E("lab", ["Hannah Schmid"], H("Hannah Schmid", "h.schmid@labor-bergmann.de", "Lena Brandt", "lena@brandt-it.de",
  "Befundübermittlung an Praxis Dr. Wagner", "Fri, 4 Dec 2026 07:02:11 +0100") + """Hallo {P|Lena},

die LDT-Befunde an die [[Hausarztpraxis Dr. Wagner]] kommen nicht an, [[KIM]]-Fehler [[KIM-5021]]. Unser [[Konnektor]] ist ein [[secunet]] mit [[10.0.12.2]].

Betroffen u. a. Patient {P|Werner Haas}, geb. {D|09.12.1950}, Auftragsnummer [[A26-118204]], Versichertennummer {B|W112233448}. Der Befund ([[HbA1c 8,1 %]]) ist dringend.

[[Labor Bergmann MVZ]], [[Abteilung Klinische Chemie]].

Gruß
{P|Hannah}
""")

# ---------------------------------------------------------------- care home, school nurse (more)
E("care-home", ["Joanne Mitchell"], H("Joanne Mitchell", "joanne.mitchell@stbarnabascarehome.co.uk", "Amira Shah", "amira@shahsystems.co.uk",
  "Care planning app and a resident's hearing aid", "Mon, 7 Dec 2026 13:13:00 +0000") + """Hi {P|Amira},

[[Nourish]] care planning app won't sync on the [[Rose Unit]] handsets. Error [[NRSH-310]].

Resident {P|Margaret Colby}, room [[12]], her new hearing aid pairs with the staff handset by mistake. Hearing aid serial {V|PHK-21884730}. Her NHS number {N|452 118 4065}; DOB {D|12/01/1936}. Her niece {P|Alison} is on {T|01632 960 481}.

[[St Barnabas Care Home]] - [[Deputy Manager]]. The [[CQC]] inspection is in [[February]].

{P|Joanne}
""")

E("school-nurse", ["Will Dunham"], H("Will Dunham", "wdunham@riversideusd.org", "Jordan Reyes", "jordan@reyestech.io",
  "Glucose monitor alerts on the nurse iPad", "Tue, 8 Dec 2026 08:00:54 -0700") + """{P|Jordan},

A student's [[Dexcom G7]] follow alerts stopped showing on the health office iPad (asset [[RUSD-HO-09]]). Student {P|Kaylee Summers}, DOB {D|03/02/2014}, sensor serial {V|DX7-4L229018}. Her mom {P|Dana Summers} set up the follow from {E|dana.summers.family@gmail.com}.

The iPad is on the [[RUSD-Staff]] SSID and managed in [[Mosyle]]. [[Riverside Unified]] - [[Health Services]], [[Carver Hall]] building, [[Room 4]].

I will be at [[Jefferson Middle]] tomorrow.

{P|Will}
[[District Nurse]]
""")

# ---------------------------------------------------------------- veterinary (more)
E("veterinary", ["Marta Kowalczyk"], H("Marta Kowalczyk", "marta@oakhollowanimal.com", "Tom Okafor", "tom@okafor-it.com",
  "ezyVet lab results and owner portal", "Wed, 9 Dec 2026 16:02:22 -0500") + """Hi {P|Tom},

[[ezyVet]] isn't importing results from [[IDEXX VetConnect PLUS]], error [[IDX-207]]. Affected patients: [[Rocky]] (golden retriever), [[Cleo]] (siamese), [[Sir Waffles]] (rabbit).

Rocky's owner {P|Brandon Keller} got a portal invite meant for another client, {P|Lydia Fontaine}, at {E|lydia.fontaine@protonmail.com}. Her address {A|612 Ridgeway Blvd}, {Z|48103} showed in the invite.

[[Oak Hollow Animal Hospital]]: the [[Surgery Suite B]] printer [[HP M404]] at [[192.168.5.31]] also jams.

{P|Marta}
""")

# ---------------------------------------------------------------- payroll, insurance (more)
E("payroll", ["Emma Fischer"], H("Emma Fischer", "e.fischer@lohnbuero-fischer.de", "Lena Brandt", "lena@brandt-it.de",
  "DATEV Lohn – Rückläufer Bank", "Thu, 10 Dec 2026 10:45:00 +0100") + """Hallo {P|Lena},

in [[DATEV Lohn und Gehalt]] kam eine Rücklastschrift für den Mandanten [[Bäckerei Hofmann KG]] (Mandantennr. [[10442]]). Arbeitnehmer {P|Yusuf Demir}, IBAN {IB|DE?? 5001 0517 5407 3249 31}, Steuer-ID {N|57 549 285 017}.

Die Bank ([[ING]]) meldet [[Rückgabegrund AC04]]. Die Lohnabrechnung November ist bereits an die [[Minijob-Zentrale]] gegangen.

[[Lohnbüro Fischer]] – [[Steuerfachangestellte]].

Grüße
{P|Emma}
""")

E("insurance-broker", ["Paul Grant"], H("Paul Grant", "pgrant@grantbenefits.com", "Jordan Reyes", "jordan@reyestech.io",
  "Open enrollment census file", "Fri, 11 Dec 2026 12:30:00 -0600") + """{P|Jordan},

We need to send the census for [[Rosewood Care Center]] to [[UnitedHealthcare]] via their SFTP ([[sftp.uhc-example.com]]). [[FileZilla]] fails with [[ECONNRESET]].

Sample lines:
{P|Brenda Cole}, {D|1979-04-18}, {S|523-88-1147}, {Z|44720}, employee
{P|Travis Cole}, {D|2008-09-30}, dependent

Group number [[UHC-778102]], effective [[January 1, 2027]]. Please don't keep a local copy beyond the upload.

[[Grant Benefits Advisors]] - [[Account Manager]].

{P|Paul}
""")
# ---------------------------------------------------------------- chunk 3
E("home-health", ["Teresa Campbell"], H("Teresa Campbell", "tcampbell@heartlandhomehealth.net", "Tom Okafor", "tom@okafor-it.com",
  "Athena referral queue and EVV", "Mon, 2 Nov 2026 12:00:01 -0600") + """{P|Tom},

[[Will]] the [[athenaOne]] referral queue ever come back? It's been blank since [[8 am]], error [[ATH-0509]]. Our practice id in [[Athena]] is [[19220]].

The EVV app ([[Sandata]]) also rejected a visit for {P|Lillian Ostrowski}, Medicaid id {B|MO44120985}, at {A|1907 Prairie Wind Dr}, {Z|66049}. The aide was {P|Keisha Monroe}, whose personal phone {T|785-555-0114} is in the visit note by mistake.

[[Grant]] access for the new intake nurse too please, she starts [[Tuesday]]. [[Heartland Home Health]], [[Intake Department]].

{P|Teresa}
""")

E("hospice", ["Paolo Bianchi"], H("Paolo Bianchi", "p.bianchi@hospicesanfrancesco.it", "Paolo Ferri", "paolo@ferri-informatica.it",
  "Cartella clinica e tablet degli infermieri", "Tue, 3 Nov 2026 09:45:00 +0100") + """Ciao {P|Paolo},

i tablet degli infermieri ([[Samsung Galaxy Tab S6 Lite]], cespiti [[HSF-TB-01]]–[[HSF-TB-09]]) non sincronizzano con [[Cartella Clinica Advenias]], errore [[ADV-3302]].

Un paziente a domicilio, il signor {P|Aldo Marchetti}, codice fiscale {N|RSSMRC68L12H501J}, residente in {A|Via dei Mille 12}, {Z|10123} {A|Torino}, ha la terapia del dolore da aggiornare. La figlia {P|Francesca} ci chiama al {T|347 555 0196}.

L'[[Hospice San Francesco]] ha la centrale operativa aperta [[24 ore su 24]]. Il ticket è [[HSF-2026-0311]].

Grazie,
{P|Paolo B.}
""")

E("dental", ["Martin Hofer"], H("Martin Hofer", "m.hofer@zahnklinik-hofer.ch", "Lena Brandt", "lena@brandt-it.de",
  "CEREC Schleifeinheit nicht im Netz", "Wed, 4 Nov 2026 07:59:59 +0100") + """Hoi {P|Lena},

die [[CEREC Primemill]] (Seriennummer [[PM-301277]]) erscheint nicht mehr in [[CEREC SW 5.2]]. Fehler [[CER-0815]]. Der Praxis-Switch ist ein [[Netgear GS308]], die Schleifeinheit hat [[192.168.50.88]].

Patient {P|Reto Baumann}, geboren {D|22.07.1975}, AHV-Nummer {N|756.4471.2208.39}, wartet auf seine Krone. Er ist erreichbar unter {T|079 555 01 84}.

[[Zahnklinik Hofer AG]] in [[Winterthur]]. Unser Lieferant ist [[Dentsply Sirona]], Hotline [[0800 555 810]].

Gruss
{P|Martin}
""")

E("dental", ["Sharon Pike"], H("!Front Desk", "frontdesk@lakesidefamilydental.com", "Jordan Reyes", "jordan@reyestech.io",
  "Open Dental patient portal signup", "Thu, 5 Nov 2026 10:05:40 -0500") + """Hi {P|Jordan},

This is {P|Sharon} at the front desk. [[Open Dental]] [[24.3.15]] web forms don't save, error [[OD-WEBFORM-19]]. Link is [[https://lakesidefamilydental.com/newpatient]].

A new patient, {P|Kevin Osei}, filled it in twice. His DOB {D|06/13/1983}, address {A|44 Harbor Point Rd}, {Z|49417}, insurance [[MetLife]] member {B|MET883104529}.

[[Bill]] the time to the portal project. [[Lakeside Family Dental]] - front desk is open [[7:30]]–[[4:00]].

{P|Sharon}
[[Patient Coordinator]]
""")

E("physio", ["Mariana Souza"], H("Mariana Souza", "mariana@fisiomovimento.pt", "Rui Almeida", "rui@almeida-ti.pt",
  "Marcações duplicadas no software", "Fri, 6 Nov 2026 15:15:15 +0000") + """Olá {P|Rui},

O [[Clinicgest]] ([[versão 6.4]]) está a duplicar marcações desde ontem. Erro [[CG-2210]].

Exemplo: a utente {P|Ana Rita Lopes}, data de nascimento {D|14/04/1992}, número de utente SNS {B|254871369}, tem duas sessões às [[10h]] na sala [[Egas Moniz]]. O telemóvel dela é {T|912 555 083}.

A [[Clínica FisioMovimento]] tem protocolo com a [[Médis]] e a [[Multicare]]. O nosso NIF de empresa está nas faturas, não é pessoal.

Obrigada,
{P|Mariana}
[[Diretora Clínica]]
""")

E("psychotherapy", ["Oliver Grant"], H("Oliver Grant", "oliver@grantpsychology.com.au", "Amira Shah", "amira@shahsystems.co.uk",
  "Halaxy invoices to Medicare", "Mon, 9 Nov 2026 09:30:00 +1000") + """Hi {P|Amira},

[[Halaxy]] is failing to lodge Medicare claims, error [[HLX-MC-07]]. [[Grant Psychology Services]] provider number for the practice is [[PRV-4471220]].

The failing claim is for client {P|Imogen Walsh}, Medicare number {B|2428 77813 2}, DOB {D|18/11/1996}, referral from [[Bayside GP Clinic]] under a [[Mental Health Treatment Plan]].

[[Mark]] it as high priority please. The [[Services Australia]] line is [[132 150]].

{P|Oliver}
""")

E("pharmacy", ["Grace Hansen"], H("Grace Hansen", "grace@hansendrug.com", "Tom Okafor", "tom@okafor-it.com",
  "Label printer and a PDMP lookup", "Tue, 10 Nov 2026 11:50:00 -0500") + """{P|Tom},

The [[Dymo LabelWriter 450]] at register 2 prints garbage since the [[Windows 11 23H2]] update. Asset [[HD-REG-02]].

Also [[PMP AWARxE]] lookups time out. I tried one for {P|Rodney Fleck}, DOB {D|01/27/1969}, driver license {L|K540-2218-9901}, Rx {M|RX7720193} for [[oxycodone 5 mg]], [[NDC 0406-0552-01]].

[[Hansen Drug]] - the [[Wabash Street]] store. I'll be in [[Monday]].

{P|Grace}
[[Pharmacist]]
""")

E("lab", ["Yusuf Kaya"], H("Yusuf Kaya", "ykaya@metrolabcouriers.com", "Jordan Reyes", "jordan@reyestech.io",
  "Van tracking and a specimen pickup log", "Wed, 11 Nov 2026 06:05:30 -0600") + """{P|Jordan},

[[Samsara]] GPS stopped reporting for van [[Unit 14]] ([[Ford Transit]], fleet tag [[MLC-V14]]). Error [[SMS-GW-44]] on the gateway.

The pickup log for today has patient info that shouldn't be there: {P|Doris Whitfield}, {A|2209 Cedar Bluff Ln}, {Z|37922}, MRN {M|EH-5510247}. The driver {P|Marcus Hill} drives his personal car with plate {R|TN 8KV-219} on Saturdays.

[[Metro Lab Couriers]] dispatch, [[Knoxville]] hub.

{P|Yusuf}
""")

E("care-home", ["Ingrid Bauer"], H("Ingrid Bauer", "i.bauer@seniorenheim-lindenhof.de", "Lena Brandt", "lena@brandt-it.de",
  "Sturzsensor und Bewohnerdaten", "Thu, 12 Nov 2026 20:10:00 +0100") + """Hallo {P|Lena},

der Sturzsensor im Zimmer [[Rosengarten 3]] meldet dauernd Fehlalarm. Das System ist [[Vitaris Care]], Basisstation [[VC-BS-07]].

Betroffen ist Bewohnerin {P|Gertrud Pohl}, geb. {D|02.05.1933}, Pflegekasse-Nr. {B|P557210988}. Ihr Sohn {P|Rainer Pohl} hat uns von {E|rainer.pohl@t-online.de} geschrieben und will die Alarmprotokolle sehen.

[[Seniorenheim Lindenhof]], Wohnbereich [[Rosengarten]]. [[Heimleitung]] ist informiert.

Viele Grüße
{P|Ingrid}
""")

E("school-nurse", ["Hope Castillo"], H("Hope Castillo", "hcastillo@cedarridgeschools.org", "Tom Okafor", "tom@okafor-it.com",
  "Medication log app and a parent phone", "Fri, 13 Nov 2026 13:25:00 -0600") + """Hi {P|Tom},

[[SNAP Health Center]] ([[v10.2]]) won't save medication logs, error [[SNAP-1120]]. It's on the nurse PC [[CRS-NURSE-02]] at [[Grant Elementary]].

Student {P|Noah Ferraro}, DOB {D|09/14/2015}, gets [[methylphenidate 10 mg]] at noon. His dad {P|Anthony Ferraro} asked us to text {T|(479) 555-0148} when it's given.

[[Cedar Ridge School District]] - [[Student Services]].

Thank you,
{P|Hope}
""")

E("veterinary", ["Aoife Byrne"], H("Aoife Byrne", "aoife@riversidevets.ie", "Amira Shah", "amira@shahsystems.co.uk",
  "RxWorks and the microchip database", "Mon, 16 Nov 2026 10:00:00 +0000") + """Hi {P|Amira},

[[RxWorks]] won't push microchip registrations to [[Fido.ie]], error [[RXW-MC-5]]. Pets this week: [[Murphy]], [[Pepper]], [[Captain]] and [[Rosie]].

Owner data that failed: {P|Siobhán Kelly}, {A|14 Glenview Park, Ballincollig}, {Z|P31 X2K4}, PPS number {N|1234567FA} was typed in the notes field by mistake. Phone {T|087 555 0163}.

[[Riverside Veterinary Hospital]], [[Cork]]. Ticket [[RVH-339]].

{P|Aoife}
""")

E("payroll", ["Jorge Castillo"], H("Jorge Castillo", "jcastillo@nominasdelsur.es", "Jorge Molina", "jorge@molina-it.es",
  "A3Nom y el fichero SEPA", "Tue, 17 Nov 2026 09:20:00 +0100") + """Hola {P|Jorge M.},

El fichero SEPA que genera [[a3nom]] para el cliente [[Talleres Iriarte S.L.]] da error [[SEPA-XML-14]] en el [[Banco Sabadell]].

La línea problemática es la de {P|Iñaki Etxeberria}, IBAN {IB|ES?? 0081 0216 7300 0123 4567}, NAF {N|20 12345678 71}. Las demás nóminas salen bien. Importe total [[48.330,12 €]].

[[Nóminas del Sur]] – departamento [[Laboral]].

Un abrazo,
{P|Jorge C.}
""")

E("insurance-broker", ["Megan Rhodes"], H("Megan Rhodes", "mrhodes@rhodesinsurance.com", "Jordan Reyes", "jordan@reyestech.io",
  "HawkSoft and an auto claim with a photo of a license", "Wed, 18 Nov 2026 16:40:00 -0500") + """{P|Jordan},

[[HawkSoft 6]] attachments over 10 MB fail ([[HS-ATT-413]]). A client sent phone photos for an auto claim.

Client {P|Derek Mwangi}, claim {B|CLM-2026-448210}, policy {B|PA-88120733}. The photos show his license {L|D400-7812-5533} and the other driver's plate {R|KJT-4492}. The other driver is {P|Shelby Vaughn}.

Carrier is [[Progressive]], claims line [[1-800-555-0177]]. [[Rhodes Insurance Agency]] - [[Claims Advocate]].

{P|Megan}
""")

E("law", ["Sarah Klein"], H("Sarah Klein", "s.klein@kanzlei-klein-partner.de", "Lena Brandt", "lena@brandt-it.de",
  "beA-Karte und Mandantenakte", "Thu, 19 Nov 2026 08:30:00 +0100") + """Hallo {P|Lena},

die [[beA]]-Karte wird im Kartenleser ([[REINER SCT cyberJack RFID]]) nicht erkannt, [[Fehler 0x0000000E]]. Ohne beA kann ich die Klageschrift im Verfahren [[Az. 3 O 412/26]] nicht einreichen.

Mandant ist Herr {P|Klaus Zimmermann}, {A|Gartenstraße 19}, {Z|60594} {A|Frankfurt}, geb. {D|04.10.1964}. Die Gegenseite ist die [[Allianz Versicherungs-AG]].

[[Klein & Partner Rechtsanwälte]], [[Sekretariat]]. [[RA-Micro]] Version [[2026.1]].

Gruß
{P|Sarah}
""")

E("law", ["Derek Stone"], H("Derek Stone", "dstone@stoneimmigration.com", "Tom Okafor", "tom@okafor-it.com",
  "Docketwise upload of passports", "Fri, 20 Nov 2026 14:20:00 -0500") + """{P|Tom},

[[Docketwise]] fails uploading scans from the [[Canon imageFORMULA DR-C225]] (serial [[GV301552]]), error [[DW-UP-500]].

The scans are for client {P|Amara Diallo}, passport {N|PA9188413}, A-number {N|A208-114-377}, DOB {D|1990-02-11}. Her US address is {A|77 Franklin Ave, Apt 5F}, {Z|11238}.

Form [[I-485]] has to be filed by [[Friday]]. [[Stone Immigration Law]] - [[Case Manager]].

{P|Derek}
""")

E("property-management", ["Nicole Harper"], H("Nicole Harper", "nharper@harperresidential.com", "Jordan Reyes", "jordan@reyestech.io",
  "Buildium rent import and a tenant's SSN", "Mon, 23 Nov 2026 11:11:00 -0600") + """{P|Jordan},

[[Buildium]] bank import from [[Wells Fargo]] fails, [[BLD-IMP-22]]. Property [[Rose Court Apartments]].

Also a rental application in the shared inbox has an SSN: {P|Jamal Price}, {S|611-23-4471}, current address {A|808 Walnut St, Unit 2}, {Z|78704}, employer [[Dell Technologies]].

Please set the [[Applications]] folder to owners only. [[Harper Residential]] - [[Leasing Office]].

{P|Nicole}
""")

E("non-profit", ["Beatriz Lima"], H("Beatriz Lima", "beatriz@casaacolhimento.org.br", "Rui Almeida", "rui@almeida-ti.pt",
  "Cadastro de famílias atendidas", "Tue, 24 Nov 2026 10:00:00 -0300") + """Oi {P|Rui},

O [[Google Sheets]] com o cadastro das famílias ficou público por engano. Link [[https://docs.google.com]] (a planilha já foi restringida).

Linha de exemplo: {P|Maria das Dores Silva}, CPF {N|318.447.520-46}, {A|Rua Aurora 310, apto 22}, {Z|01209-001} {A|São Paulo}, telefone {T|(11) 95550-2187}.

A [[Casa de Acolhimento Esperança]] recebe verba da [[Fundação Itaú]]. A reunião da diretoria é [[quinta-feira]].

Abraço,
{P|Beatriz}
[[Coordenadora]]
""")

E("municipal", ["Kevin Doyle"], H("Kevin Doyle", "kdoyle@townofmillbrook.gov", "Tom Okafor", "tom@okafor-it.com",
  "Dog licensing export and Laserfiche", "Wed, 25 Nov 2026 09:00:00 -0500") + """{P|Tom},

The dog license export from [[Laserfiche]] to the [[Clerk's Office]] web page leaked owner phones. Example: dog [[Bandit]], owner {P|Sheila Trask}, {T|(508) 555-0131}, {A|12 Old Mill Rd}, {Z|02054}. Dogs [[Ranger]] and [[Hazel]] too.

The [[Town Clerk]] reviews it in [[Gloria Hall]] on [[Thursday]]; that's the meeting room, not a person. [[Town of Millbrook]].

{P|Kevin}
[[IT Director]]
""")

E("manufacturing", ["Anke de Vries"], H("Anke de Vries", "a.devries@vriesmetaal.nl", "Sanne de Wit", "sanne@dewit-ict.nl",
  "Exact Globe en de prikklok", "Thu, 26 Nov 2026 07:10:00 +0100") + """Hoi {P|Sanne},

De prikklok ([[Nedap AEOS]], terminal [[AEOS-T2]]) stuurt geen uren meer naar [[Exact Globe+]]. Foutcode [[EXG-4011]].

In het foutrapport staan persoonsgegevens: {P|Bram Kuipers}, personeelsnummer [[P0412]], BSN {N|204511859}, IBAN {IB|NL??INGB0001234567}.

Kunnen jullie het rapport verwijderen en de koppeling herstellen voor de loonrun van vrijdag? [[Vries Metaaltechniek B.V.]], hal [[Rembrandt]]. Ik ben er tot [[16:00]].

Groet,
{P|Anke}
[[HR-adviseur]]
""")

E("home-health", ["Lucas Martin"], H("Lucas Martin", "l.martin@soins-a-domicile-alpes.fr", "Marc Aubry", "marc@aubry-conseil.fr",
  "Télégestion des aides à domicile", "Fri, 27 Nov 2026 07:40:00 +0100") + """Bonjour {P|Marc},

L'application de télégestion [[Apologic]] ([[version 11.3]]) ne badge plus chez les bénéficiaires. Erreur [[TLG-208]].

Chez Mme {P|Josette Perrin}, {A|8 chemin des Alpages}, {Z|38700} {A|La Tronche}, l'intervenante {P|Nadia Haddad} n'a pas pu pointer. Le numéro de la bénéficiaire est {T|04 76 55 50 93}.

[[SSIAD des Alpes]] – [[service de planification]]. Le [[Conseil départemental de l'Isère]] contrôle les heures.

Merci,
{P|Lucas}
""")

E("hospice", ["Denise Farrow"], H("Denise Farrow", "dfarrow@gracepointhospice.org", "Amira Shah", "amira@shahsystems.co.uk",
  "Pump alarms in the inpatient unit", "Mon, 30 Nov 2026 23:15:00 -0500") + """{P|Amira},

The [[CADD-Solis]] pump for the patient in room [[Magnolia 4]] keeps sending alarms to the wrong pager group. Pump serial {V|CS-4470193} is assigned to {P|Walter Pryce}, MRN {M|GPH-0092281}.

Family contact is {P|June Pryce}, {T|(803) 555-0159}. The pager system is [[Spok]]; our [[Spok]] site code is [[GP-112]].

[[Gracepoint Hospice]] [[Inpatient Unit]], night [[Charge Nurse]].

{P|Denise}
""")

E("registry", ["Thomas Becker"], H("Thomas Becker", "t.becker@krebsregister-nord.de", "Lena Brandt", "lena@brandt-it.de",
  "oBDS-Import schlägt fehl", "Tue, 1 Dec 2026 11:00:00 +0100") + """Hallo {P|Lena},

der Import der [[oBDS 3.0]]-Meldungen ins [[GTDS]] bricht mit [[XSD-Fehler 1871]] ab. Betroffen ist die Meldung zu Patientin {P|Renate Vogt}, geb. {D|15.08.1949}, Meldungs-ID [[M-2026-44871]], Diagnose [[C50.4]].

Die meldende Einrichtung ist das [[Klinikum St. Georg]] (IK [[260200015]]). Der Server [[krn-gtds01]] läuft unter [[10.30.2.11]].

[[Krebsregister Nord]], [[Vertrauensstelle]].

Beste Grüße
{P|Thomas}
""")

E("dental", ["Giulia Romano"], H("Giulia Romano", "segreteria@studiodentisticorossi.it", "Paolo Ferri", "paolo@ferri-informatica.it",
  "Backup del gestionale non parte", "Wed, 2 Dec 2026 19:00:00 +0100") + """Ciao {P|Paolo},

il backup di [[XDENT]] sul NAS [[QNAP TS-453D]] ([[192.168.1.200]]) non parte da [[venerdì]], errore [[BK-0032]].

Temo che il file esportato con i dati del signor {P|Luca Bernardi}, codice fiscale {N|BNCLRA85T55L219B}... scusa, quello è della signora {P|Laura Bianco}, sia rimasto sul desktop della reception. Lei abita in {A|Corso Vittorio Emanuele 88}, {Z|20122} {A|Milano}.

Lo [[Studio Dentistico Rossi]] riapre [[lunedì]].

{P|Giulia}
[[Segreteria]]
""")

E("physio", ["Will Andersen"], H("Will Andersen", "will@andersenrehab.dk", "Amira Shah", "amira@shahsystems.co.uk",
  "Exercise platform and patient logins", "Thu, 3 Dec 2026 08:00:00 +0100") + """Hi {P|Amira},

[[Physitrack]] is sending login links to the wrong patients since we imported from [[Novax]]. Error in the log: [[PT-MAIL-331]].

Example: {P|Mette Sørensen}, CPR {N|120479-1234}, received the link for {P|Jens Holm}, whose e-mail is {E|jens.holm1960@hotmail.dk}.

[[Andersen Rehab ApS]] - we'll run the session plans for [[Hope Street Clinic]] too from [[January]].

{P|Will}
""")

E("pharmacy", ["Ahmed Saleh"], H("Ahmed Saleh", "ahmed@saleh-apotheke.de", "Lena Brandt", "lena@brandt-it.de",
  "E-Rezept-Scanner", "Fri, 4 Dec 2026 08:45:00 +0100") + """Hallo {P|Lena},

der Scanner für E-Rezepte ([[Honeywell Xenon 1950g]], S/N [[20167B4421]]) liest die Tokens nicht mehr in [[ADG A3000]]. Fehler [[ERX-4042]].

Frau {P|Petra Lindner}, Versichertennummer {B|X110045871}, wartete 20 Minuten auf ihr [[Metformin 1000]] ([[PZN 01234567]]). Sie wohnt {A|Rosenweg 4}, {Z|01069} {A|Dresden}, und wollte die Lieferung nach Hause.

[[Saleh-Apotheke am Markt]] – [[Filialleitung]]. Die [[ADG]]-Hotline [[0621 555 0800]] ist besetzt.

Gruß
{P|Ahmed}
""")

E("care-home", ["Brian Mahoney"], H("Brian Mahoney", "bmahoney@willowbrookseniorliving.com", "Jordan Reyes", "jordan@reyestech.io",
  "Resident Wi-Fi and a family portal", "Mon, 7 Dec 2026 15:30:00 -0500") + """{P|Jordan},

The resident Wi-Fi ([[Ubiquiti UniFi]], controller [[10.70.0.2]]) drops in the [[Hawthorne Wing]]. Error [[UAP-DISCONNECT-7]].

A family member, {P|Colleen Reyes}, complained her mother {P|Agnes Doherty} (room [[H-118]], DOB {D|07/07/1930}) can't video call. {P|Colleen}'s home IP showed in our logs, {I|73.162.44.201}, when she tried the family portal.

[[Willowbrook Senior Living]] - [[Executive Director]].

{P|Brian}
""")

E("school-nurse", ["Chloé Girard"], H("Chloé Girard", "infirmerie@college-jean-moulin.fr", "Marc Aubry", "marc@aubry-conseil.fr",
  "Logiciel infirmerie et PAI", "Tue, 8 Dec 2026 10:30:00 +0100") + """Bonjour {P|Marc},

Le logiciel [[Pronote]] n'affiche plus les PAI dans le module [[Infirmerie]], erreur [[PRN-77]].

Élève concerné : {P|Enzo Mercier}, né le {D|12/03/2013}, classe [[5e B]], allergie à l'arachide. Sa mère {P|Aurélie Mercier} a envoyé le certificat depuis {E|aurelie.mercier@orange.fr}.

[[Collège Jean Moulin]], infirmerie au [[bâtiment Curie]].

Bonne journée,
{P|Chloé}
[[Infirmière scolaire]]
""")

E("veterinary", ["Rick Sandoval"], H("Rick Sandoval", "rick@desertpawsvet.com", "Tom Okafor", "tom@okafor-it.com",
  "Cornerstone and a payment terminal", "Wed, 9 Dec 2026 17:17:17 -0700") + """{P|Tom},

[[Cornerstone]] [[9.3]] can't talk to the [[Clover Flex]] terminal (serial [[C043UQ91540221]]). Error [[CLV-ERR-31]].

I ran a test with [[4111 1111 1111 1111]] and it declined as expected in test mode, but a real client's card got charged twice: {P|Yolanda Pérez}, card {CC|5425 2334 3010 990?}, for [[Chico]]'s dental. Her phone {T|(602) 555-0190}.

[[Desert Paws Veterinary]], [[Scottsdale]] clinic.

{P|Rick}
""")
# ---------------------------------------------------------------- chunk 4 (English)
E("billing", ["Tasha Greene"], H("Tasha Greene", "tgreene@summitbillingpartners.com", "Jordan Reyes", "jordan@reyestech.io",
  "835 posting error on two claims", "Mon, 2 Nov 2026 10:30:00 -0600") + """{P|Jordan},

Our [[Kareo]] import chokes on the [[Availity]] 835 for [[Hansen Family Medicine]]. Segments:

CLP*{B|4471920338A}*1*250*180**12*{B|260312004417}~
NM1*QC*1*{P|FITZGERALD}*{P|COLIN}****MI*{B|W882104471}~

Payer id [[87726]] ([[UnitedHealthcare]]), check/EFT trace [[TRN*1*0018845102*1411]], total paid [[$1,840.00]]. The group NPI is [[1548302271]] and TIN is on the practice letterhead. Error [[KAR-ERA-0031]].

{P|Tasha}
[[Billing Supervisor]], [[Summit Billing Partners]]
""")

E("billing", ["Leo Marsh"], H("Leo Marsh", "leo@marshmedicalbilling.com", "Tom Okafor", "tom@okafor-it.com",
  "Refund check with patient bank details", "Tue, 3 Nov 2026 13:45:00 -0500") + """{P|Tom},

A patient refund for {P|Priscilla Dunn} was set up as ACH in [[QuickBooks Online]] instead of a check. Her routing number {C|061000104} and account {C|1000 2239 4471} are now in the [[QBO]] vendor list, visible to all users.

Original claim {B|22914400187} with [[Aetna]] (payer id [[60054]]), [[CPT 99214]], [[ICD-10 E11.9]]. Refund amount [[$86.40]].

Can you restrict the vendor list to the [[Billing]] group? [[Bill]] the hours to the support block. Ticket [[MMB-1207]].

{P|Leo}
""")

E("home-health", ["Carla Benson"], H("Carla Benson", "cbenson@stlukeshomecare.org", "Amira Shah", "amira@shahsystems.co.uk",
  "RE: Axxess login lockouts", "Wed, 4 Nov 2026 09:50:00 -0500") + """Hi {P|Amira},

Still locked out. See below.

-----Original Message-----
From: {P|Carla Benson}
Sent: Tuesday, November 3, 2026 4:12 PM
To: [[Axxess Support]] <{E|support@axxess.com}>
Subject: Account lockouts

Our clinicians are locked out of [[Axxess Home Health]] after the [[MFA]] change, [[error AX-401]]. Agency id [[STL-55201]]. The nurse {P|Devon Hartley} had to document a visit for {P|Evelyn Marsh}, DOB {D|03/19/1941}, on paper.

[[St. Luke's Home Care]] - [[Quality Assurance]].
""")

E("hospice", ["Brooke Tanner"], H("Brooke Tanner", "btanner@riverbendhospice.org", "Tom Okafor", "tom@okafor-it.com",
  "Family portal link shared on Facebook", "Thu, 5 Nov 2026 08:08:08 -0500") + """{P|Tom},

A family member posted the patient portal screenshot on her Facebook page, {U|https://www.facebook.com/tina.corwin.758}. It shows her father {P|Edwin Corwin}, MRN {M|RBH-448120}, and his room [[Willow 2]].

Our portal is [[https://portal.riverbendhospice.org]] on [[Netsmart myUnity]] [[v22.1]]. Can we force a logout for that family account and reset it? The daughter is {P|Tina Corwin}, {T|(270) 555-0181}.

[[Riverbend Hospice]] - [[Privacy Officer]].

{P|Brooke}
""")

E("dental", ["Kyle Foster"], H("Kyle Foster", "kfoster@fosterorthodontics.com", "Jordan Reyes", "jordan@reyestech.io",
  "Dolphin Imaging server and the iTero", "Fri, 6 Nov 2026 12:00:00 -0600") + """{P|Jordan},

[[Dolphin Imaging]] [[12.0]] on [[FO-SRV01]] ([[10.10.1.5]]) won't receive scans from the [[iTero Element 5D]] (serial [[ITR-5D-220417]]). [[Align]] support case [[AT-00938812]].

Patient in the chair was {P|Brianna Holt}, 14, DOB {D|05/30/2012}, chart {M|FO-22871}. Her mom {P|Stacy Holt} wants the before/after images emailed to {E|stacyholt.mom@yahoo.com}.

[[Foster Orthodontics]] - [[Treatment Coordinator]]. The [[Align]] number is [[1-800-555-0134]].

{P|Kyle}
""")

E("physio", ["Sean McBride"], H("Sean McBride", "sean@peakmotionpt.com", "Tom Okafor", "tom@okafor-it.com",
  "Insurance verification bot", "Mon, 9 Nov 2026 07:45:00 -0500") + """{P|Tom},

The eligibility bot in [[Prompt EMR]] fails with [[ELIG-271-E]] for [[BCBS]]. Example: {P|Dolores Kane}, member {B|XYZ448120337}, DOB {D|10/02/1950}, group [[00471880]].

Also a patient's auto accident claim: {P|Victor Hughes}, claim {B|GEICO-0558120447}, adjuster {P|Nina Patel}. Our clinic is [[Peak Motion Physical Therapy]] at the [[Carver Hall]] site. [[Grant]] the new PT access to [[Prompt EMR]] as well.

{P|Sean}
[[Clinic Director]]
""")

E("psychotherapy", ["Rachel Stein"], H("Rachel Stein", "rstein@steinandwardtherapy.com", "Amira Shah", "amira@shahsystems.co.uk",
  "Client texted from a new number", "Tue, 10 Nov 2026 20:20:00 -0500") + """Hi {P|Amira},

Our [[Spruce]] texting line got a message from an unknown number, {T|(917) 555-0166}, which turned out to be client {P|Marcus Bell}. He wants his intake packet resent to {E|mbell.nyc@gmail.com}.

[[Stein & Ward Therapy Associates]] uses [[TherapyNotes]] for records, so I'd like to avoid [[Spruce]] for PHI. His diagnosis code is [[F41.1]] and I see him [[Thursdays]] at [[6 pm]].

Will you set up an auto-reply? [[Will]] [[Spruce]] support that?

{P|Rachel}
""")

E("pharmacy", ["Dennis Cho"], H("Dennis Cho", "dcho@cornerstonepharmacy.com", "Jordan Reyes", "jordan@reyestech.io",
  "Vaccine registry upload and a bad record", "Wed, 11 Nov 2026 11:30:00 -0600") + """{P|Jordan},

[[Rx30]] won't upload flu shots to the state IIS, error [[IIS-VXU-207]]. Vaccine [[Fluzone High-Dose]], [[lot UT8841AA]], [[NDC 49281-0124-65]].

The failing record: {P|Harriet Lang}, DOB {D|02/08/1944}, address {A|330 Depot St}, {Z|65807}, phone {T|417-555-0127}. Also {P|Ernest Lang} (her husband) is duplicated.

[[Cornerstone Pharmacy]], NPI [[1861439025]] (the pharmacy's). [[Rx30]] support [[1-800-555-0155]].

{P|Dennis}
""")

E("lab", ["Nora Quinn"], H("Nora Quinn", "nquinn@granitepathology.com", "Tom Okafor", "tom@okafor-it.com",
  "LIS interface to the clinic EHR", "Thu, 12 Nov 2026 14:10:00 -0500") + """{P|Tom},

[[Orchard Harvest LIS]] is sending ORU results to [[eClinicalWorks]] with the wrong PID-3 for one patient. [[Mirth]] channel [[ORU_OUT_ECW]] on [[10.40.0.22]].

Patient {P|Dale Whitcomb}, MRN {M|GP-3318420}, DOB {D|11/11/1958}. The biopsy accession [[S26-004417]] is ours. Diagnosis [[C61]], [[CPT 88305]].

[[Granite Pathology Associates]] - [[Lab Information Systems]].

{P|Nora}
""")

E("care-home", ["Patrick Olsen"], H("Patrick Olsen", "polsen@sunsetmanorcare.com", "Jordan Reyes", "jordan@reyestech.io",
  "Door alarms and the wander guard", "Fri, 13 Nov 2026 22:00:00 -0600") + """{P|Jordan},

The [[WanderGuard BLUE]] system in [[Memory Care]] lost its link to the [[Secure Care]] controller ([[10.60.0.40]]). Error [[WG-LINK-03]].

Resident {P|Loretta Banks}, room [[MC-7]], wears bracelet {V|WGB-880124}. Her daughter {P|Tamika Banks} is the contact at {T|(405) 555-0112}.

[[Sunset Manor Care Center]] - [[Director of Nursing]]. I'll be at the [[Jefferson site]] tomorrow.

{P|Patrick}
""")

E("school-nurse", ["Angela Russo"], H("Angela Russo", "arusso@northfieldschools.org", "Amira Shah", "amira@shahsystems.co.uk",
  "Concussion forms in Google Drive", "Mon, 16 Nov 2026 09:15:00 -0500") + """Hi {P|Amira},

Concussion forms for athletes ended up in a shared [[Google Drive]] folder called [[Fall Sports 2026]]. One is for {P|Jake Donnelly}, DOB {D|07/04/2009}, with his [[ImPACT]] baseline. His dad's cell {T|(612) 555-0147} and address {A|9 Lakeview Terr}, {Z|55057}.

[[Northfield Public Schools]] [[Athletics Department]] and the [[Health Office]] at [[Carver Hall]] both have access. Please restrict to the nurses.

{P|Angela}
[[School Nurse]]
""")

E("veterinary", ["Holly Brennan"], H("Holly Brennan", "holly@greenacresequine.com", "Tom Okafor", "tom@okafor-it.com",
  "Horse records and Coggins uploads", "Tue, 17 Nov 2026 06:30:00 -0500") + """{P|Tom},

[[Vetport]] won't upload Coggins certificates to [[GlobalVetLink]], error [[GVL-5003]]. Horses this week: [[Duke]], [[Stormy]], [[Lady Grace]], [[Major]].

The owner on [[Duke]]'s certificate is {P|Caroline Whitfield}, {A|2400 Fox Hollow Rd}, {Z|40511}, phone {T|859-555-0103}. Her truck and trailer plate {R|KY 442-BRN} is on the transport form.

[[Green Acres Equine Clinic]], [[Lexington]].

{P|Holly}
[[Practice Manager]]
""")

E("payroll", ["Marcus Webb"], H("Marcus Webb", "mwebb@webbpayrollservices.com", "Jordan Reyes", "jordan@reyestech.io",
  "W-2 PDFs emailed unencrypted", "Wed, 18 Nov 2026 15:00:00 -0600") + """{P|Jordan},

A staffer sent W-2 PDFs unencrypted from [[Paychex Flex]] exports. One went to {E|rjohnson1977@aol.com} for employee {P|Ronald Johnson}, SSN {S|432-71-0088}, employee [[#2210]] at client [[Kronos Diner LLC]] (yes that's the restaurant's real name, nothing to do with the software).

Client EIN is on the W-3. [[Webb Payroll Services]] - [[Operations Manager]]. Can we set up [[Virtru]]?

{P|Marcus}
""")

E("insurance-broker", ["Janet Moreno"], H("Janet Moreno", "jmoreno@morenoinsurance.net", "Tom Okafor", "tom@okafor-it.com",
  "EZLynx and a client's medical exam", "Thu, 19 Nov 2026 10:10:00 -0600") + """{P|Tom},

[[EZLynx]] rater shows [[EZL-RT-500]] on life quotes. Separately, a paramedical exam for client {P|Arthur Simmons}, DOB {D|12/12/1961}, came in by fax with his [[A1C]] and his driver license {L|S530-4412-7780}.

Carrier is [[Prudential]], case [[PRU-2026-88412]] (case number, not personal). The exam vendor was [[ExamOne]], [[1-800-555-0110]].

[[Moreno Insurance Services]] - [[Life & Health]] desk.

{P|Janet}
""")

E("law", ["Curtis Bell"], H("Curtis Bell", "cbell@bellfamilylaw.com", "Jordan Reyes", "jordan@reyestech.io",
  "Custody case exhibits and a child's records", "Fri, 20 Nov 2026 16:16:00 -0500") + """{P|Jordan},

[[NetDocuments]] sync on [[BFL-PC-04]] fails with [[ND-SYNC-0x33]]. Matter [[FL-2026-0772]].

The exhibits include school records for {P|Lily Okafor-Grant}, DOB {D|04/25/2016}, student id {M|TPS-0099812}, and her mother {P|Simone Okafor-Grant}'s pay stubs with account {C|7710 4488 2031}.

[[Bell Family Law PLLC]], [[Family Law Paralegal]]. Please [[mark]] the folder confidential.

{P|Curtis}
""")

E("property-management", ["Gina Russo"], H("Gina Russo", "gina@russorealtymgmt.com", "Amira Shah", "amira@shahsystems.co.uk",
  "Smart locks and tenant codes", "Mon, 23 Nov 2026 12:12:00 -0500") + """Hi {P|Amira},

The [[Latch]] smart locks at [[Kensington Place]] stopped syncing, error [[LATCH-HUB-12]]. Hub serial [[LH2-00418220]] in the [[Carver Hall]] lobby.

Tenant {P|Omar Haddad}, unit [[4B]], DOB {D|01/19/1988}, says his code doesn't work. His vehicle {R|NJ D42-KRT} is in the garage list too, with his phone {T|(201) 555-0170}.

[[Russo Realty Management]] - [[Leasing Manager]].

{P|Gina}
""")

E("non-profit", ["Ben Adler"], H("Ben Adler", "ben@brightfuturesmentoring.org", "Tom Okafor", "tom@okafor-it.com",
  "Background check results in Salesforce", "Tue, 24 Nov 2026 11:45:00 -0500") + """{P|Tom},

[[Salesforce Nonprofit Cloud]] is showing volunteer background check PDFs to all users. Example: {P|Harold Finch}, SSN {S|078-11-2294}, and his driver's license {L|F225-118-77-901-0}.

[[Sterling Volunteers]] sends them to our [[Box]] account. [[Bright Futures Mentoring]] - [[Volunteer Manager]]. [[Grant]] cycle reporting to the [[United Way]] is in [[March]], [[Hope]] we can fix it soon.

{P|Ben}
""")

E("municipal", ["Linda Carr"], H("Linda Carr", "lcarr@countyofelmwood.gov", "Jordan Reyes", "jordan@reyestech.io",
  "Court fines portal and card numbers in logs", "Wed, 25 Nov 2026 09:35:00 -0600") + """{P|Jordan},

The [[Paymentus]] integration for court fines logged full card numbers in [[IIS]] logs on [[ELM-WEB02]] ([[10.12.0.8]]). Example line: payer {P|Russell Tate}, card {CC|4929 1804 6523 871?}, citation [[CIT-2026-11842]], plate {R|MO 5TR-221}.

Test transactions with [[5555 5555 5555 4444]] are fine to keep. [[County of Elmwood]] - [[Municipal Court]] clerk's office.

{P|Linda}
""")

E("manufacturing", ["Hank Dorsey"], H("Hank Dorsey", "hdorsey@dorseyplastics.com", "Tom Okafor", "tom@okafor-it.com",
  "Badge readers and the OSHA log", "Thu, 26 Nov 2026 05:55:00 -0500") + """{P|Tom},

[[HID]] badge reader at [[Gate 3]] ([[MAC 00:06:8E:41:22:9A]]) is offline. [[Genetec Security Center]] [[5.11]] shows [[error 0x8004]].

The OSHA 300 log in the shared folder lists {P|Calvin Reese}, injury on {D|11/19/2026}, with his home address {A|118 Pine Knot Rd}, {Z|27260}. That's supposed to be in the [[Safety]] folder only.

[[Dorsey Plastics]] [[Plant 1]], [[EHS Manager]].

{P|Hank}
""")

E("manufacturing", ["Irene Walsh"], H("Irene Walsh", "iwalsh@harmonyfoods.com", "Amira Shah", "amira@shahsystems.co.uk",
  "Sage X3 and the lab scale", "Fri, 27 Nov 2026 08:25:00 -0500") + """Hi {P|Amira},

[[Sage X3]] [[V12]] stopped receiving weights from the [[Mettler Toledo IND780]] on [[Line 4]] (IP [[172.18.4.77]]). Error [[X3-COM-118]]. Batch [[HF-261127-04]] is on hold.

A QA tech, {P|Dwight Ames}, entered his personal cell {T|(717) 555-0194} in the batch comment. Please purge that. [[Harmony Foods]] [[Quality Assurance]], [[Lancaster plant]].

{P|Irene}
""")

E("home-health", ["Monica Hale"], H("Monica Hale", "mhale@gentlehandshomecare.com", "Tom Okafor", "tom@okafor-it.com",
  "Caregiver app shows client addresses to all", "Mon, 30 Nov 2026 07:07:00 -0500") + """{P|Tom},

The [[WellSky Personal Care]] app shows every client's address to every caregiver since [[v4.7]]. There is no error code, it just does it.

Example clients: {P|Leonard Fisk}, {A|52 Orchard St}, {Z|01602}; {P|Bea Thornton}, {A|7 Ivy Lane}, {Z|01605}. Caregiver {P|Marisa Gomez} noticed.

[[Gentle Hands Home Care]] - [[Care Coordinator]]. [[WellSky]] support [[1-855-555-0160]].

{P|Monica}
""")

E("hospice", ["Ray Dalton"], H("Ray Dalton", "rdalton@comfortcarehospice.com", "Jordan Reyes", "jordan@reyestech.io",
  "Death certificate portal", "Tue, 1 Dec 2026 14:00:00 -0600") + """{P|Jordan},

The state EDRS portal won't accept our medical certifier's login from the [[Comfort Care Hospice]] office, error [[EDRS-2FA-9]].

Case for {P|Gerald Moss}, died {D|11/28/2026}, SSN {S|441-08-7723}, funeral home [[Bailey & Sons Funeral Home]]. The certifier is Dr. {P|Anita Shah}, our [[Medical Director]].

[[Comfort Care Hospice]] - [[Medical Records]].

{P|Ray}
""")

E("dental", ["Maria Keane"], H("Maria Keane", "mkeane@keanedental.ie", "Amira Shah", "amira@shahsystems.co.uk",
  "Software of Excellence and SMS reminders", "Wed, 2 Dec 2026 11:11:00 +0000") + """Hi {P|Amira},

[[Exact]] by [[Software of Excellence]] isn't sending SMS reminders, error [[SOE-SMS-04]].

Patient {P|Declan Murphy}, DOB {D|08/03/1979}, mobile {T|086 555 0129}, missed his appointment because of it. His PPS {N|7654321PA} is on the medical card form.

[[Keane Dental Practice]] - [[Practice Manager]]. [[Dentally]] was the alternative we considered in [[June]].

{P|Maria}
""")

E("physio", ["Jason Kerr"], H("Jason Kerr", "jkerr@kerrsportsrehab.com", "Tom Okafor", "tom@okafor-it.com",
  "Athlete injury report from the club", "Thu, 3 Dec 2026 18:00:00 -0600") + """{P|Tom},

The club's [[TeamBuildr]] export dumped into our [[Jane App]] inbox. It includes {P|Tyrese Coleman}, DOB {D|06/06/2005}, MRN {M|KSR-11802}, [[ACL reconstruction]] on {D|10/12/2026}, and his agent's email {E|agent.dmiller@primesportsmgmt.com}.

[[Kerr Sports Rehab]] - [[Jane App]] clinic id [[KSR-JANE-7]]. [[CPT 97162]] eval was billed already.

{P|Jason}
""")

E("psychotherapy", ["Dana Whitman"], H("Dana Whitman", "dwhitman@harborviewcounseling.org", "Jordan Reyes", "jordan@reyestech.io",
  "Intake form spam and a real intake", "Fri, 4 Dec 2026 10:40:00 -0500") + """{P|Jordan},

Our [[Jotform]] intake at [[https://harborviewcounseling.org/intake]] got 200 spam submissions overnight. Buried in them is one real one: {P|Stephanie Ruiz}, DOB {D|09/27/1987}, phone {T|(207) 555-0138}, address {A|61 Cove Rd}, {Z|04101}.

Please add [[reCAPTCHA]]. [[Harborview Counseling Center]], [[Intake Coordinator]]. [[Bill]] this under the website retainer.

{P|Dana}
""")

E("pharmacy", ["Sanjay Mehta"], H("Sanjay Mehta", "smehta@mehtapharmacy.com", "Amira Shah", "amira@shahsystems.co.uk",
  "Delivery driver app and customer addresses", "Mon, 7 Dec 2026 09:00:00 -0500") + """Hi {P|Amira},

The delivery app ([[Spoke]] by [[ScriptDrop]]) shows yesterday's route to the new driver. Stops include {P|Florence Avery}, {A|14 Quince St}, {Z|19103}, and {P|Raul Medina}, {A|902 Spring Garden St}, {Z|19123}, with their phones.

[[Mehta Pharmacy]], NPI [[1720094418]]. [[Spoke]] support is [[1-844-555-0119]]. Route id [[RT-1206-3]].

{P|Sanjay}
""")

E("care-home", ["Fiona Grant"], H("Fiona Grant", "fiona.grant@heathervalecare.co.uk", "Amira Shah", "amira@shahsystems.co.uk",
  "eMAR tablet lost", "Tue, 8 Dec 2026 07:30:00 +0000") + """Hi {P|Amira},

An eMAR tablet ([[Samsung Galaxy Tab Active4]], asset [[HVC-TAB-06]], IMEI [[352099001761481]]) went missing from the [[Bluebell Suite]].

It had [[Atlas eMAR]] open on {P|Harold Pinkney}, NHS number {N|638 254 9177}, room [[B4]]. His son {P|Graham Pinkney} phones from {T|07700 900672}.

Can you wipe it via [[Intune]]? [[Heathervale Care Home]] - [[Registered Manager]].

{P|Fiona}
""")

E("registry", ["Owen Price"], H("Owen Price", "oprice@traumaregistry-midwest.org", "Tom Okafor", "tom@okafor-it.com",
  "NTDB submission file rejected", "Wed, 9 Dec 2026 13:00:00 -0600") + """{P|Tom},

[[ImageTrend]] trauma registry export to [[NTDB]] fails validation, rule [[NTDS-1402]]. The record is for {P|Carlos Vega}, DOB {D|03/03/1997}, MRN {M|MW-2018822}, injury date {D|10/30/2026}, [[ICD-10 S06.0X0A]].

Submission window closes [[December 31]]. Server [[trg-db01]] ([[10.22.5.4]]).

[[Midwest Trauma Registry]] - [[Data Abstractor]].

{P|Owen}
""")

E("lab", ["Kim Lawson"], H("Kim Lawson", "klawson@clearlakeclinicallab.com", "Jordan Reyes", "jordan@reyestech.io",
  "Patient portal results and a COVID panel", "Thu, 10 Dec 2026 11:20:00 -0600") + """{P|Jordan},

The results portal on [[Luminate]] shows [[error 500]] for some patients. One is {P|Greta Lindahl}, DOB {D|12/24/1990}, accession [[CL26-778120]], portal login {E|greta.lindahl@comcast.net}.

Panel was [[LOINC 94500-6]]. The ordering clinic is [[Pierce Family Practice]] (group NPI [[1295738841]]).

She called twice this morning and we promised a call back before noon. Could you check the portal logs and tell me whether other patients are affected?

[[Clearlake Clinical Laboratory]] - [[Client Services]].

{P|Kim}
""")

E("veterinary", ["Tom Becker"], H("Tom Becker", "tbecker@northstaranimalhospital.com", "Amira Shah", "amira@shahsystems.co.uk",
  "Boarding cam link shared", "Fri, 11 Dec 2026 08:40:00 -0600") + """Hi {P|Amira},

Our boarding cam ([[Wyze Cam v3]], serial [[2AUIUWYZEC3-4471]]) link for kennel [[K-12]] was shared with the wrong owner. [[Milo]] and [[Daisy]] are in that kennel.

The owner who got it is {P|Jasmine Ortiz}, {T|(612) 555-0185}; it was meant for {P|Evan Lindgren}, {E|evan.lindgren@me.com}.

[[North Star Animal Hospital]], [[Boarding Department]]. [[Will]] you reset the share links?

{P|Tom}
""")

E("law", ["Victoria Reed"], H("Victoria Reed", "vreed@reedwilsonlaw.com", "Tom Okafor", "tom@okafor-it.com",
  "Personal injury client documents", "Mon, 14 Dec 2026 10:10:00 -0500") + """{P|Tom},

[[Filevine]] shows [[FV-403]] on the document tab for matter [[PI-2026-0119]]. Client {P|Melvin Grant}, DOB {D|01/15/1966}, claim number {B|SF-44-Q871-02} with [[State Farm]], treating at [[St. Mary's Medical Center]].

His medical bills mention account {C|SMMC-009812244}. We need the file readable before the mediation on [[Friday]], so please look at it today if you can and let me know what you find.

[[Reed & Wilson Injury Lawyers]] - [[Case Manager]].

{P|Victoria}
""")


TOKEN = re.compile(r"\{(IB|CC|[A-Z])\|([^{}]*)\}|\[\[(.*?)\]\]", re.S)


def build(field, contacts, marked):
    out, spans, keep, pos = [], [], [], 0
    for m in TOKEN.finditer(marked):
        out.append(marked[pos:m.start()])
        cur = sum(len(x) for x in out)
        if m.group(1):
            code, val = m.group(1), m.group(2)
            if code == "IB" and "??" in val:
                val = iban_fix(val)
            if code == "CC" and val.endswith("?"):
                val = card_fix(val)
            if val.startswith("dni:"):
                val = dni(val[4:])
            if val.startswith("nir:"):
                val = nir(val[4:])
            spans.append({"start": cur, "end": cur + len(val), "kind": KINDS[code], "text": val})
        else:
            val = m.group(3)
            keep.append({"start": cur, "end": cur + len(val), "text": val})
        out.append(val)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, keep


def validate(rec):
    t, sp, kp, rid = rec["text"], rec["spans"], rec["keep"], rec["id"]
    errs = []
    for x in sp + kp:
        if t[x["start"]:x["end"]] != x["text"]:
            errs.append("offset " + x["text"])
        if x["text"] != x["text"].strip() or not x["text"]:
            errs.append("whitespace " + repr(x["text"]))
    ss = sorted(sp, key=lambda x: x["start"])
    for a, b in zip(ss, ss[1:]):
        if b["start"] < a["end"]:
            errs.append("overlap %s / %s" % (a["text"], b["text"]))
    both = {x["text"] for x in sp} & {x["text"] for x in kp}
    if both:
        errs.append("span and keep: %s" % both)
    for k in kp:
        for s in sp:
            if s["start"] < k["end"] and k["start"] < s["end"]:
                errs.append("keep overlaps span %s / %s" % (k["text"], s["text"]))
    covered = [(x["start"], x["end"]) for x in sp]
    for s in {x["text"] for x in sp}:
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", t):
            if not any(a <= m.start() and m.end() <= b for a, b in covered):
                errs.append("unlabelled repeat of %r at %d" % (s, m.start()))
    for m in re.finditer(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t):
        if not any(a <= m.start() and m.end() <= b and True for a, b in covered):
            errs.append("e-mail not a span: " + m.group(0))
    for m in re.finditer(r"^(Date|Sent):.*$", t, re.M):
        for x in sp + kp:
            if x["start"] < m.end() and m.start() < x["end"]:
                errs.append("label on header line: " + x["text"])
    for s in sp:
        if s["kind"] == "IBAN" and not iban_ok(s["text"]):
            errs.append("bad IBAN " + s["text"])
        if s["kind"] == "CARD":
            if not luhn_ok(s["text"]):
                errs.append("bad Luhn " + s["text"])
            if re.sub(r"\D", "", s["text"]) in TEST_CARDS:
                errs.append("public test card as span " + s["text"])
    for k in kp:
        if re.sub(r"\D", "", k["text"]) in TEST_CARDS and not luhn_ok(k["text"]):
            errs.append("bad test card " + k["text"])
    if "{" in t or "}" in t or "[[" in t or "]]" in t:
        errs.append("stray markup")
    n = len(re.findall(r"\w+", t))
    if not 80 <= n <= 400:
        errs.append("word count %d" % n)
    if not 3 <= len(sp) <= 15:
        errs.append("span count %d" % len(sp))
    if not 5 <= len(kp) <= 15:
        errs.append("keep count %d" % len(kp))
    return ["%s: %s" % (rid, e) for e in errs]


def main():
    recs, errs = [], []
    for i, (field, contacts, marked) in enumerate(EMAILS, 1):
        text, spans, keep = build(field, contacts, marked)
        rec = {"id": "tune6-%03d" % i, "field": field, "contacts": contacts, "text": text,
               "spans": spans, "keep": keep}
        errs += validate(rec)
        recs.append(rec)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tune6.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = {}
    for r in recs:
        for s in r["spans"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    print("%d e-mails, %d spans, %d keep" % (len(recs), sum(kinds.values()),
                                             sum(len(r["keep"]) for r in recs)))
    for k in sorted(kinds):
        print("  %-12s %d" % (k, kinds[k]))


if __name__ == "__main__":
    main()
