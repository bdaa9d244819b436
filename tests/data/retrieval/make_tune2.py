"""Generate tests/data/retrieval/tune2.json (adversarial retrieval evaluation set).

Six invented clients (veterinary hospital, architecture office, town hall, pharmacy,
museum, machine shop), each with a glossary, contacts, >= 26 past exchanges and >= 13
new raw e-mails, more than half of them lexically hard (nickname / symptom /
paraphrase / cross-client) with a near-miss exchange sharing their surface words.

Run:   python tests/data/retrieval/make_tune2.py           (writes tune2.json)
       python tests/data/retrieval/make_tune2.py --check   (also prints plain BM25 recall@1)
"""
import datetime
import json
import math
import os
import re
import sys

CONSULTANT = "Priya Raman <priya@ramanit.net>"
CLIENTS = []
EMAILS = []
_CUR = {}


def client(slug, name, organization, domain, glossary, contacts, tz, phone=""):
    c = {"slug": slug, "name": name, "organization": organization, "domain": domain,
         "glossary": "\n".join(l.strip() for l in glossary.strip().splitlines()),
         "contacts": contacts, "exchanges": [], "phone": phone, "tz": tz}
    CLIENTS.append(c)
    _CUR["c"] = c
    return c


def X(key, date, title, msg, answer):
    _CUR["c"]["exchanges"].append({"key": key, "date": date, "title": title,
                                   "client": " ".join(msg.split()), "answer": " ".join(answer.split())})


def E(sender, when, subject, body, relevant, hard_kind="", sig=True):
    """sender: index into the current client's contacts; when: 'YYYY-MM-DD HH:MM'."""
    EMAILS.append({"c": _CUR["c"], "sender": sender, "when": when, "subject": subject,
                   "body": body.strip("\n"), "relevant": relevant, "hard_kind": hard_kind, "sig": sig})


_QUOTE = re.compile(r"\n\n(On [^\n]*wrote:|-+ ?Forwarded message ?-+|-----Original Message-----)")


def _date_header(when, tz):
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    return d.strftime("%a, %d %b %Y %H:%M:00 ") + tz


def build():
    out_emails = []
    for i, e in enumerate(EMAILS, 1):
        c = e["c"]
        addr, name, role = c["contacts"][e["sender"]]
        body = e["body"]
        if e["sig"]:
            m = _QUOTE.search(body)
            main_text = body[:m.start()] if m else body
            last = main_text.rstrip().split("\n")[-1].strip()
            sig = "\n" if last == name else "\n\n" + name + "\n"
            sig += role + " | " + c["organization"]
            if c["phone"]:
                sig += "\n" + c["phone"]
            if m:
                body = body[:m.start()] + sig + body[m.start():]
            else:
                body = body + sig
        raw = ("From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\n\n%s\n"
               % (name, addr, CONSULTANT, e["subject"], _date_header(e["when"], c["tz"]), body))
        out_emails.append({"id": "tune2-%03d" % i, "client": c["name"], "raw": raw,
                           "relevant": e["relevant"], "hard": bool(e["hard_kind"]),
                           "hard_kind": e["hard_kind"]})
    out_clients = []
    for c in CLIENTS:
        out_clients.append({"name": c["name"], "organization": c["organization"], "domain": c["domain"],
                            "glossary": c["glossary"],
                            "contacts": [list(x) for x in c["contacts"]],
                            "exchanges": sorted(c["exchanges"], key=lambda x: x["date"])})
    return {"about": "Synthetic adversarial data written for this project to evaluate retrieval of past "
                     "client exchanges (tune2); all people and organisations are invented.",
            "clients": out_clients, "emails": out_emails}

# ---------------------------------------------------------------- Cedar Hollow Animal Hospital
client("cedar", "Cedar Hollow Animal Hospital", "Cedar Hollow Animal Hospital, LLC", "cedarhollowvet.com", """
the lab sync: IDEXX VetConnect PLUS integration that files reference-lab and in-house analyser results into ezyVet patient records
the rad box: Sound DR digital radiography acquisition workstation (RAD-01) in the imaging room
the big board: Samsung wall TV in the treatment area showing the ezyVet whiteboard
the Doghouse: boarding and grooming building behind the hospital, reached by a Ubiquiti NanoBeam wireless bridge
Gertie: Dell PowerEdge T340 server in the utility closet (file shares, Veeam backups)
the pill labeler: Zebra GX420d prescription label printer at the pharmacy counter
the cash box: Epson TM-T88VI receipt printer with the cash drawer attached, front desk station 2
the front iPad: reception check-in tablet running the ezyVet check-in form in Guided Access
the shot texts: ezyVet automated vaccination reminder SMS and e-mail batch
the dental suite: procedure room 3 with the iM3 CR7 dental plate reader
""", [
    ["renata@cedarhollowvet.com", "Renata Kowalczyk", "Practice Manager"],
    ["luis.alvarez@cedarhollowvet.com", "Dr. Luis Alvarez", "Medical Director"],
    ["tasha@cedarhollowvet.com", "Tasha Greene", "Head Receptionist"],
    ["owen@cedarhollowvet.com", "Owen Pruitt", "Lead Veterinary Technician"],
    ["marisol@cedarhollowvet.com", "Marisol Ybarra", "Boarding & Grooming Supervisor"],
], "-0600", phone="(405) 555-0172")

X("cha-01", "2025-03-11", "IDEXX VetConnect PLUS results not filing into ezyVet",
  """Priya, reference lab results from IDEXX have not appeared in patient records since Friday. I can see
  them when I log into VetConnect PLUS directly, but ezyVet shows the requisitions as pending. The in-house
  Catalyst results are also missing. Vets are having to print PDFs. Can you check the integration?""",
  """The integration account ezyVet uses to pull from VetConnect PLUS had its password expire on Friday
  (IDEXX forces a 90-day change on that account). I reset it, entered the new credentials under Admin >
  Integrations > IDEXX, and re-ran the import for the last four days. 31 requisitions matched and filed. I set
  a calendar reminder to rotate the password before the next expiry and documented it in the binder.""")

X("cha-02", "2025-06-02", "Owen's phone calendar not syncing with Outlook",
  """My work calendar on my phone stopped syncing with Outlook. Things I add on the phone in the afternoon
  don't show up on the desktop and the surgery schedule Renata shares with me is missing. I got a new
  phone last week and moved everything over myself, maybe I did something wrong.""",
  """The new phone had the calendar set up as an IMAP account copied from the old backup, which doesn't
  carry calendars or shared calendars. I removed it and added your mailbox through the Outlook app with
  the Microsoft 365 sign-in, approved the MFA prompt and re-added Renata's shared surgery calendar. New
  entries now appear on the desktop within a minute.""")

X("cha-03", "2025-08-19", "Sound DR workstation can't send studies to VetRocket",
  """Dr. Alvarez here. Since the internet company swapped our modem, the Sound DR workstation fails when
  we send studies to VetRocket for a radiologist read. It says association rejected. Local viewing is
  fine. We had a cruciate case we needed read today so I uploaded through the browser instead.""",
  """The new modem handed out a different public IP, and VetRocket's DICOM gateway only accepts our
  registered address. I gave the ISP the static IP back on the new equipment, re-forwarded port 104 to
  RAD-01 and asked VetRocket to confirm the AE title. A test study transferred and the association is
  accepted. I added the static IP requirement to the network notes.""")

X("cha-04", "2025-10-07", "Dental plate reader images missing from patient chart",
  """Morning films from the dental suite are not showing in the patient chart. The iM3 software shows
  them on the dental PC but after we close the study nothing shows in ezyVet. This morning we had two
  dentals and a mass removal and nothing got attached. Can this be fixed before tomorrow?""",
  """The iM3 bridge writes images to a shared folder on Gertie that ezyVet watches. After last week's
  Windows update the dental PC lost its mapped drive, so images were saved locally. I re-mapped the share
  with saved credentials, moved this morning's images into the watch folder and they attached to the
  right patients. I also added a startup script so the mapping comes back after reboots.""")

X("cha-05", "2024-11-14", "Epson receipt printer blank receipts and cash drawer not opening",
  """The Epson receipt printer at station 2 is printing blank receipts and the cash drawer doesn't open
  at the end of a transaction. Station 1 is fine. The roll was replaced today just before it
  started. We can take cards but cash payments are a hassle.""",
  """The thermal roll was loaded with the coated side facing down, so the TM-T88VI printed but nothing
  showed up. The drawer opens only after a successful print job because ezyVet sends the kick command at
  the end of the receipt, and the printer reported a paper error. I flipped the roll, printed a test
  receipt and the drawer popped. A small sticker inside the cover now shows the right orientation.""")

X("cha-06", "2025-01-21", "Invoices printing to the wrong printer at checkout",
  """Tasha again. When we check a client out, the invoice now prints on the printer in the doctors'
  office instead of the front desk. It started after the new printer was added. Receptionists have to walk
  to the back to get the invoices. Can you point it back to the front printer?""",
  """ezyVet picks the invoice printer per workstation, and when the new HP was installed Windows made it
  the default on both front desk PCs. I set the front desk Brother back as default and changed the
  ezyVet workstation print settings to use it for invoices and estimates. Test invoices from both
  stations now print at the front.""")

X("cha-07", "2025-04-28", "ezyVet vaccination reminders not sent - SMS credits exhausted",
  """Our automated vaccination reminder SMS did not go out last week. The reminder batch shows as run but
  the message log says failed for nearly all of them. E-mail reminders went out. We depend on these for
  rabies and DHPP due dates. What happened?""",
  """The reminder SMS goes through the messaging provider account linked to ezyVet, and the prepaid
  credit balance ran out on the 19th, so every text after that failed. I topped up the balance with the
  card on file, enabled auto-recharge at a $50 threshold, and re-queued the failed batch so those clients
  received their reminders today. You will get a low-balance e-mail from now on.""")

X("cha-08", "2025-07-15", "Owners complaining about hold music and long waits on phones",
  """We are getting complaints from pet owners calling in: the hold music cuts out and they think they
  were hung up on, and some say they waited ten minutes. Can the Weave phones tell callers where they are
  in line, or at least play something that doesn't sound broken?""",
  """The hold music file was a low bitrate MP3 that Weave transcodes badly, so it sounded like dropouts.
  I uploaded a proper WAV version and added an announcement every 45 seconds. Weave does not support
  queue position, but I set calls to roll to the after-hours voicemail after 6 minutes with a callback
  message. The call report now shows wait times per hour for staffing.""")

X("cha-09", "2024-05-30", "Boarding building lost network - wireless bridge out of alignment",
  """The boarding and grooming building has no network since yesterday's storm. The computer there can't
  reach ezyVet, the Wi-Fi for the groomers is down, and the printer is offline. Power is on in the
  building. Could the storm have broken something on the roof?""",
  """The NanoBeam wireless bridge on the boarding building was pushed a few degrees by the wind and lost
  its link to the main building dish. I realigned it with the signal meter in the Ubiquiti app and
  tightened the mount; signal is back to -52 dBm. I also replaced the power injector, which was wet. A
  second mount bolt was added so the next storm shouldn't move it.""")

X("cha-10", "2025-02-12", "KennelCam subscription login for Marisol",
  """Marisol here from boarding. The webcams that dog parents watch are through KennelCam, and the
  subscription renewal notice went to an old e-mail of the previous supervisor. I can't log into the
  admin page to renew or to add the new suites. Can you get me in?""",
  """KennelCam had the admin account under the previous supervisor's personal address. I called their
  support with the account number from the invoice, moved the admin login to marisol@, and set up MFA
  with your phone. The renewal is paid through the end of next year and suites 14-18 are added; the owner
  links are unchanged.""")

X("cha-11", "2025-09-09", "ezyVet whiteboard on Samsung display stuck - kiosk session expired",
  """The ezyVet whiteboard on the Samsung display in treatment is not updating. It still shows patients
  that were discharged. Refreshing the browser asks for a login, and no one knows which account it uses.
  Owen typed his own login in but that logs out after a while too.""",
  """The whiteboard runs in a Chrome kiosk session on the mini PC behind the display using the shared
  whiteboard account, and its ezyVet session had expired after the password policy change, so the page
  stopped refreshing without saying so. I set that account to a long session with a read-only role,
  enabled Chrome auto-reload every 5 minutes and removed Owen's saved login.""")

X("cha-12", "2025-12-03", "Casting training videos to the treatment TV",
  """For staff meetings we want to play training videos on the big TV in treatment from a laptop. Owen
  tried connecting and it only shows the patient list. Is there a way to use the TV for training without
  breaking the patient list?""",
  """The TV input shows the mini PC on HDMI 1. I added a Chromecast on HDMI 2 on the staff network, so a
  laptop can cast a Chrome tab or video to it. Switch the TV input with the remote for training, then back
  to HDMI 1 afterwards. The patient list keeps running in the background.""")

X("cha-13", "2025-05-20", "Prescription label printer wasting stock after new rolls",
  """The prescription printer at the pharmacy counter wastes one sticker after every print since we
  switched to the cheaper rolls from the new vendor, and sometimes the dose text lands half on one and
  half on the next. Dr. Alvarez is annoyed about reprints.""",
  """The new rolls have a slightly different gap, and the GX420d's sensor was still set for the old
  ones. I ran a media calibration (hold the feed button until it blinks twice) and set the size in the
  driver to 2.25 x 1.25 inches. It now prints one per job, centered. Repeat the two-blink procedure
  whenever the stock changes.""")

X("cha-14", "2026-01-12", "New associate veterinarian accounts",
  """Dr. Hannah Lindqvist starts Monday as an associate veterinarian. She needs an ezyVet login with
  doctor permissions, a Microsoft 365 mailbox, access to the Sound DR viewer and a controlled drug log
  signing PIN. Her personal phone can be used for MFA.""",
  """Hannah's Microsoft 365 account is created (hannah@cedarhollowvet.com) with a temporary password;
  she will register MFA on first sign-in. ezyVet user is created with the Veterinarian role and
  controlled drug signing enabled; she sets her PIN at first login. I added her to the Sound DR viewer
  group and the doctors' shared mailbox.""")

X("cha-15", "2025-11-18", "Veeam backup of Gertie failing",
  """I got three e-mails that the Veeam backup of Gertie failed. Renata is not sure what it backs up
  exactly, but we want to be sure ezyVet exports and documents are safe. Can you look?""",
  """The Veeam job failed because the USB backup disk filled up; retention was set to keep 60 restore
  points. I reduced it to 30 and started a new full backup, which finished overnight. The offsite copy to
  Backblaze was unaffected. The job e-mails go to you and me; you should see success e-mails again.""")

X("cha-16", "2024-09-03", "Weave voicemail to e-mail for front desk",
  """Can Weave voicemail for the main line go to the front desk e-mail as an attachment? Tasha wants
  receptionists to check voicemail on their computers in the morning.""",
  """I enabled voicemail-to-email in the Weave admin portal for the main line box, sending the audio and
  transcript to frontdesk@. Messages still show in the Weave app too. I tested it with a call from my
  phone and the e-mail arrived with the attachment in under a minute.""")

X("cha-17", "2026-03-04", "MFA after new phone - Dr. Alvarez",
  """I replaced my phone and now Microsoft 365 wants me to approve the sign-in on the old phone, which I
  traded in. I can't get into Outlook on the office PC. Can you reset my MFA?""",
  """I revoked your old MFA methods in Entra, required re-registration and sent you a temporary access
  pass by text. You signed in, installed Microsoft Authenticator on the new phone and registered it. I
  also added a backup phone number so this is easier next time.""")

X("cha-18", "2025-08-05", "Guest Wi-Fi password change",
  """We want to change the guest Wi-Fi password in the lobby because a former employee knows it. Also can
  the sign by the door show the new one?""",
  """I changed the guest SSID password on the Ubiquiti controller; staff Wi-Fi was not affected. I
  printed a new lobby sign with a QR code for the guest network, which Tasha laminated. Guest access is
  isolated from hospital devices and limited to 20 Mbps per client.""")

X("cha-19", "2026-02-17", "Controlled drug log report export for DEA inspection",
  """We have a state board inspection coming and need to export the controlled drug log for the past two
  years from ezyVet, sorted by drug. The built-in report times out.""",
  """The controlled drug report times out over two years. I ran it per quarter, exported each to Excel
  and combined them into a single workbook sorted by drug and date, with a tab per schedule. The file is
  in the Compliance share on Gertie. Ask me if the inspector wants PDFs instead.""")

X("cha-20", "2025-04-02", "Reception tablet check-in form resets in Guided Access",
  """Clients filling in the check-in form on the reception tablet get thrown back to the start of the
  form, and their answers are lost. It happens to maybe one in three people. The tablet is in Guided
  Access so they can't leave the form.""",
  """Guided Access had a 2-minute auto-lock, so slow typers were timed out and Safari reloaded the form.
  I set the time limit off, turned auto-lock to never while on the charger, and updated iPadOS. The ezyVet
  check-in link now opens in a web-app shortcut that keeps the form state.""")

X("cha-21", "2024-08-27", "Dental suite PC rebooted during procedure for Windows update",
  """The PC in the dental suite restarted in the middle of a procedure to install updates. Dr. Alvarez
  lost the images for that patient. This should never happen during surgery hours.""",
  """I moved the dental suite PC into the update ring with active hours 6 am to 9 pm and a forced restart
  window of Sunday 2 am. The lost images were recovered from the iM3 temp folder and attached. Other
  clinical PCs got the same policy.""")

X("cha-22", "2024-10-15", "eFax for referral hospital records",
  """The specialty referral hospital only accepts faxes for records. We don't have a fax line anymore.
  What's the easiest way to send records by fax from our computers?""",
  """I set up an online fax number with the provider, sending from e-mail: address to
  number@fax provider, attach the PDF, and the cover page is added. Incoming faxes arrive in the
  records@ mailbox. ezyVet medical record PDFs can be sent straight from there.""")

X("cha-23", "2025-03-25", "Phishing e-mail about overdue invoice",
  """Renata got an e-mail from our lab supplier saying an invoice is overdue and asking to log in to
  pay. The address looked right but the link went somewhere else. Did anyone else get it?""",
  """It was a phishing e-mail from a look-alike domain. Two other staff received it; nobody entered a
  password. I removed all copies from mailboxes, blocked the domain and sender, and added a rule that
  tags external e-mails. Good catch - forward anything suspicious to me.""")

X("cha-24", "2025-07-29", "Gertie amber drive light",
  """There is an amber light on one of the drives in Gertie in the utility closet. The server still
  works and everyone can open files and ezyVet documents. Should I be worried, or is it normal?""",
  """Drive 2 in Gertie's RAID 1 failed its health check. The array is running on the other disk. I
  ordered a replacement under Dell warranty, swapped it the next morning, and the rebuild finished in 4
  hours. Both drives show healthy now.""")

X("cha-25", "2025-10-21", "Scanning rabies certificates into ezyVet",
  """Can the front desk scanner save rabies certificates and outside records straight into the ezyVet
  patient record? Today we scan to a folder and upload by hand.""",
  """ezyVet can't receive directly from the scanner, but I set the Brother front desk scanner to scan to
  a watched folder, and the front desk uses ezyVet's quick attach from that folder. It saves about three
  clicks per document. Files are named with the date and time.""")

X("cha-26", "2026-05-12", "Licence renewal for Sound DR viewer seats",
  """We got a renewal quote for Sound DR viewer licences. It lists 6 seats but we only use 4. Can you
  check before we pay?""",
  """Sound DR had two seats still assigned to decommissioned PCs. I released them in the licence portal
  and asked the rep to requote at 4 seats; the new quote is $420 less. Approve it when it arrives.""")

E(3, "2026-11-03 07:52", "lab sync dead again?",
  """Hi Priya,

Nothing from yesterday afternoon showed up on the lab sync. I've got two senior dogs with kidney values
the doctors are waiting on, and I had to read them off my phone to Dr. Alvarez during rounds. It feels
like the same thing from a while back, but I don't remember what you did.

Can you poke it when you get a minute? Owen""", ["cha-01"], "nickname")

E(1, "2026-11-05 13:10", "pelvis films",
  """Priya,

Trying to get this morning's pelvis films on the Lab mix over to the specialist so she can read them
before surgery tomorrow, and the rad box just sits there and then says it couldn't connect. It worked
last Tuesday. The cable company was here Monday to "upgrade" us, if that matters.

Luis""", ["cha-03"], "nickname")

E(2, "2026-11-09 09:03", "check out station",
  """Hi Priya, at the second check out computer when we finish with a client the little thing feeds out
a white strip, totally empty, and the money tray stays shut, so I have to use a key. The other
computer is ok. I refilled it before we opened, it was the last box from the closet.

Thanks!
Tasha""", ["cha-05"], "symptom")

E(0, "2026-11-10 11:20", "people didn't get their booster heads-up",
  """Hi Priya,

We've had four owners ring up saying they never got the usual nudge that Max or Bella needs boosters.
Looking at the schedule, nobody has had one since about the 2nd. The inbox version seems to have
gone out fine, just not the ones to cell phones. Can you look at what's happening? We lose a lot of
appointments when the nudges stop.

Renata""", ["cha-07"], "paraphrase")

E(4, "2026-11-12 06:45", "Doghouse down",
  """Good morning,

The Doghouse is down again since the wind last night: no internet, the groomers' tablets won't load,
and the webcams the dog parents watch are all black, so I've got people texting me already. The lights
and everything else are on. Can you come out or tell me what to check?

Marisol""", ["cha-09"], "nickname")

E(3, "2026-11-16 08:15", "TV in treatment",
  """Hey, the screen on the wall in treatment still has last night's patients on it and it isn't changing.
New admits aren't on there and the doctors keep asking. The clock in the corner is stuck at 2:14 too. I didn't touch anything, I promise. When I hit refresh on the little keyboard it asks for a password
and nobody knows it.

Owen""", ["cha-11"], "symptom")

E(1, "2026-11-18 15:40", "Zebra labels skipping",
  """Priya,

The Zebra labels are skipping again: each print spits out a blank one after it and sometimes the text
lands across two labels. We switched label supplier last week for price. I know we had this before. Is it
a calibration thing?

Luis""", ["cha-13"], "cross-client")

E(2, "2026-11-20 10:30", "front iPad",
  """Hi Priya,

The front iPad is dumping folks back to page one when they're halfway through. Two owners today had
to redo everything and one older gentleman gave up and I typed it for him. It's only on the iPad, the
thing we text them works fine on their own phones.

Tasha""", ["cha-20"], "nickname")

E(0, "2026-11-24 14:05", "New vet starting Dec 1",
  """Hi Priya,

Dr. Miguel Ortega starts as an associate veterinarian on December 1. He'll need the same set up as
Hannah had: ezyVet doctor login with controlled drug signing, a Microsoft 365 mailbox, the Sound DR
viewer, and the doctors' shared mailbox. His cell is (405) 555-0190 for MFA.

Thanks,
Renata

On Mon, Jan 12, 2026 at 4:02 PM Priya Raman <priya@ramanit.net> wrote:
> Hi Renata, Hannah is all set: Microsoft 365, ezyVet with the Veterinarian role and controlled
> drug signing, the Sound DR viewer group and the doctors' shared mailbox. She registers MFA on
> first sign-in.
> Priya""", ["cha-14"])

E(0, "2026-11-26 08:02", "Veeam backup failed e-mails",
  """Priya, I got two e-mails overnight saying the Veeam backup job of Gertie failed. Is the USB backup
disk full again like last year? Let me know if I need to buy a bigger disk.

Renata""", ["cha-15", "cha-24"])

E(2, "2026-12-01 09:12", "guest wifi",
  """Hi Priya,

We need to change the guest Wi-Fi password in the lobby again, one of the groomers who left still has it
and her boyfriend sits in the parking lot. Can we get a new lobby sign with the QR code like last time?

Tasha""", ["cha-18"])

E(1, "2026-12-03 16:48", "state board inspection - controlled drug log",
  """Priya,

The state board is coming in January. We need the controlled drug log export from ezyVet for the last
two years again, sorted by drug, like you did for the DEA inspection. The report still times out when I
try it.

Luis""", ["cha-19"])

E(4, "2026-12-07 12:30", "Fwd: KennelCam renewal",
  """Priya, can you handle this? I don't want to click anything in an e-mail after the phishing thing.

---------- Forwarded message ---------
From: KennelCam Billing <billing@kennelcam.example>
Subject: Your KennelCam subscription renews in 14 days

Your subscription for Cedar Hollow Boarding (suites 1-18) renews on December 21. Log in to your admin
account to review the renewal or add suites.""", ["cha-10"])

# ---------------------------------------------------------------- Linden Marsh Architects
client("linden", "Linden Marsh Architects", "Linden Marsh Architects, PLLC", "lindenmarsh.com", """
the Beast: HP DesignJet T1700 44-inch large-format plotter in the print room
Big Bertha: Puget Systems render workstation RENDER-01 (RTX card) used for Enscape and V-Ray
the vault: Synology DS1821+ NAS holding the closed-project archive (P:\\Archive)
the Fishbowl: glass conference room with the Logitech Rally Teams Room system
the hours: weekly timesheets in Deltek Ajera
the starter file: the firm's Revit project template LMA_Template_2025.rte, maintained by Marta
the red pens: Bluebeam Revu Studio Sessions used for markups with consultants and plan reviewers
the north studio: second office at 212 Harbor St, joined by a site-to-site VPN
the field kit: the site-visit iPads (managed in Jamf) with Bluebeam and the camera app
""", [
    ["greta@lindenmarsh.com", "Greta Marsh", "Principal"],
    ["marta@lindenmarsh.com", "Marta Oyelaran", "BIM Manager"],
    ["dev@lindenmarsh.com", "Dev Chaudhry", "Project Architect"],
    ["colleen@lindenmarsh.com", "Colleen Byrne", "Office Manager"],
    ["theo@lindenmarsh.com", "Theo Brandt", "Designer / Visualization"],
], "-0500", phone="(207) 555-0133")

X("lma-01", "2025-02-18", "HP DesignJet T1700 printhead cleaning and replacement",
  """The HP DesignJet T1700 is producing banding and the colours look washed out on the renderings for
  the client presentation. Black lines are okay. We already turned it off and on. Is it the ink? Colleen
  says the cartridges were replaced last month.""",
  """The front panel showed the magenta/yellow printhead with nozzle failures. I ran two cleaning cycles
  and a printhead alignment from the panel, which fixed most of it, but the nozzle check still had gaps,
  so I replaced that printhead (spare was in the supply cabinet) and realigned. Print quality diagnostic
  is clean now. Order a spare printhead; HP part 3ED58A.""")

X("lma-02", "2025-04-09", "Revit PDF export for permit submission missing sheets",
  """We are sending the permit submission tomorrow and the PDF set exported from Revit is missing six
  sheets and two sheets came out blank. Dev exported it twice. We need the full set of sheets for the
  town by noon tomorrow.""",
  """The sheet set in Revit's export dialog was an older saved selection that didn't include the new A-5
  sheets, and the two blank sheets had views with a crop region outside the title block. I updated the
  saved set, fixed the crop, and exported with 'combine into single file'. All 48 sheets are in the PDF.""")

X("lma-03", "2025-06-24", "RENDER-01 shutting down under load - thermal",
  """The render workstation RENDER-01 turns itself off during long V-Ray and Enscape renders. No error
  on restart, just a fresh login screen. Short renders are fine. Theo lost two nights of rendering.""",
  """Event logs showed Kernel-Power 41 with no bugcheck, and GPU temperatures hit 92 C before each
  shutdown. The intake filters were clogged with dust and one case fan had died. I cleaned the filters,
  replaced the fan and set a slightly more aggressive fan curve in the GPU utility. A four-hour stress
  render finished at 74 C. Filter cleaning added to the quarterly checklist.""")

X("lma-04", "2025-09-16", "Enscape animation export licence for Theo",
  """Theo wants to export animation from Enscape overnight for the waterfront project but the export
  button for video is greyed out. Does our Enscape licence cover animation? He needs it for Thursday.""",
  """Video export needs an Enscape Pro (fixed-seat) licence; Theo's account was on the floating licence
  pool that was set to the basic tier. I moved one seat to Pro and assigned it to Theo. Video export is
  now enabled; he can queue the animation overnight. Cost difference is on the next invoice.""")

X("lma-05", "2025-01-14", "Synology NAS archive not reachable over VPN",
  """When people connect to the VPN from home, the P: drive for the Synology archive shows a red X,
  although the project share on the server works. In the office the archive drive works. Greta needs old
  drawings from 2015 for a renovation proposal.""",
  """The archive drive was mapped by the NAS's short hostname, which only resolves on the office network.
  The VPN pushes our DNS but not the search suffix. I added the DNS suffix to the VPN profile and
  re-mapped P: with the full name for everyone via group policy. Greta reached the 2015 folders over the
  VPN after reconnecting.""")

X("lma-06", "2025-05-06", "Dev can't open old project files - Revit upgrade prompt",
  """Dev is trying to open an old project from the 2019 library and Revit says it must upgrade the file
  and then crashes halfway. He is working on the addition for that same client and needs the old model
  for existing conditions.""",
  """The 2019 model had links to CAD files that no longer exist, and the upgrade crashed on them. I
  opened it with 'detach from central' and 'audit', unloaded the missing links, and upgraded it to 2025.
  Saved a copy in the current project folder for Dev; the original stays untouched.""")

X("lma-07", "2025-03-04", "Logitech Rally audio - remote participants can't hear the room",
  """In the main conference room remote participants on Teams can't hear us, or they hear a loud
  echo. The video is fine. It started after the weekend. We have a client meeting there on Wednesday.""",
  """The Teams Room updated over the weekend and switched its microphone to the Rally display's
  built-in HDMI audio instead of the Rally mic pods, and speakers too. I set audio devices back to the
  Rally Mic Pod and Rally speakers in the Teams Room settings, updated the Logitech firmware and ran the
  room test call. Echo cancellation works again.""")

X("lma-08", "2025-10-28", "Teams Room calendar not showing bookings",
  """The conference room touch panel doesn't show meetings booked for the Fishbowl. People book it in
  Outlook and the meeting appears on their calendar but not on the room panel, so they walk in and there
  is no join button.""",
  """The room mailbox was set to not process external invites and to tentatively accept, so meetings
  without the room as a resource were dropped. I set AutomateProcessing to AutoAccept and allowed
  external organizers. New meetings show on the panel with a join button.""")

X("lma-09", "2024-12-30", "Deltek Ajera timesheet period not opened for the new week",
  """Nobody can enter hours in Ajera starting Monday January 6; the timesheet says the period is closed.
December entries were fine. Colleen is out on vacation and I don't have her login.""",
  """The timesheet periods in Ajera are created a year at a time, and the 2025 periods had not been
  generated yet, so January 6 onwards was closed. I generated the 2025 timesheet periods under
  Company > Timesheet Periods, and staff can enter time now. Reminder added for next December.""")

X("lma-10", "2025-07-08", "Ajera payroll export to ADP failing",
  """Colleen here. The payroll export from Ajera to ADP fails with 'employee ID not found' for two
  people. Payroll is due Friday. They were hired this month.""",
  """The two new employees had ADP file numbers entered with a leading zero in Ajera but without it in
  ADP. I corrected the IDs in Ajera to match ADP, re-ran the export and it imported cleanly. For new
  hires copy the ADP number exactly.""")

X("lma-11", "2025-08-12", "New Revit projects pick up the old template - template path",
  """New Revit projects created this month still use the 2024 template with the old title block and
  the wrong line weights. LMA_Template_2025.rte was updated and saved on the server. Everyone is
  picking the default project template.""",
  """Revit's default template path is set per user in Options > File Locations, and it still pointed to
  the 2024 file. I pushed the 2025 template path to everyone's Revit.ini via the deployment script and
  renamed the old template to _old so no one picks it by accident. New projects now open with the new
  title block.""")

X("lma-12", "2025-11-04", "Title block family library missing on new laptop",
  """Marta's new laptop doesn't show the firm family library when she loads a title block in Revit. The
  folder is empty. Other families load from the server fine.""",
  """The family library on the laptop pointed to a local OneDrive folder from setup. I changed the
  Library path in Revit options to the server share and synced it. Title blocks and tags load now.""")

X("lma-13", "2025-09-30", "Bluebeam Studio Session invites from plan reviewers expiring",
  """Dev gets invites to Bluebeam Studio Sessions from plan reviewers, and by the time he opens them the
  session says it has ended or he isn't a participant. The reviewer says the invite went out days ago.""",
  """The invites arrived in the Junk folder, so Dev saw them days later, and the reviewer set sessions
  to close after 72 hours. I whitelisted bluebeam.com and studio.bluebeam.com in Microsoft 365 and linked
  Dev's Bluebeam ID to his work address so invites reach the right account. Ask the reviewer to reopen
  expired ones.""")

X("lma-14", "2025-12-09", "Yealink desk phones losing registration each morning",
  """Several Yealink handsets are unregistered when staff arrive until someone unplugs them. Colleen's
  is one of them. After a reboot they work until the next start of business.""",
  """The new PoE switch had an energy-saving schedule that cuts power to ports overnight, and the phones
  came back before the network uplink did, failing registration without retrying. I removed the PoE
  schedule for the phone ports and set the Yealink re-registration interval to 60 seconds. Phones stay
  registered now.""")

X("lma-15", "2025-03-18", "New phone extension for front desk",
  """Colleen would like a new extension for the front desk, with the main line ringing there first and
  then the studio after 4 rings. Also a new voicemail greeting.""",
  """I created extension 110 for the front desk, changed the main line hunt group to ring it first,
  then the studio group after 20 seconds, and recorded a placeholder greeting that Colleen can replace
  by dialling *97.""")

X("lma-16", "2026-01-20", "Autodesk AEC Collection licence for new hire",
  """We hired an intern, Priyanka Rao, starting Monday. She needs Revit and AutoCAD. Do we have a spare
  Autodesk licence?""",
  """We had one unassigned AEC Collection seat. I assigned it to Priyanka in the Autodesk account,
  installed Revit 2025 and AutoCAD on her laptop and added her to the ACC projects she is on.""")

X("lma-17", "2024-06-11", "Adobe Creative Cloud licence reassignment",
  """A designer left and we need to move her Adobe Creative Cloud licence to Theo. Also Theo's
  Photoshop says trial expired.""",
  """I removed the former employee from the Adobe Admin Console and assigned the All Apps licence to
  Theo. He signed out and back in, and Photoshop is licensed. Her files in Adobe storage were
  transferred to Greta.""")

X("lma-18", "2025-10-14", "Restore deleted folder from Synology snapshot",
  """Someone deleted the 'Consultants' folder from the Harbor School project on the NAS. Can we get it
  back? It was there yesterday.""",
  """The Synology share has hourly snapshots. I restored the Consultants folder from yesterday 5 pm
  using Snapshot Replication, and the audit log shows it was deleted by a drag and drop accident. All 212
  files are back.""")

X("lma-19", "2026-02-24", "Site-to-site VPN to the Harbor St office down",
  """The Harbor St office can't reach the server or print to the main office since this morning. The
  internet works there.""",
  """The ISP at Harbor St changed the public IP, and the site-to-site VPN peer address was fixed. I
  updated the peer on both firewalls and asked the ISP for a static IP. The tunnel is up and the
  mapped drives work.""")

X("lma-20", "2025-11-25", "DesignJet roll paper jam and wrong media type",
  """The plotter jams with the new bond paper rolls, and Colleen says the paper crinkles at the cutter.
  What setting do we need?""",
  """The roll was loaded as 'Heavyweight coated', so the T1700 used too much ink and heat, and the
  cutter grabbed the wavy paper. I set the media type to 'Bond and coated paper > Plain paper',
  cleared the jam and checked the cutter. Prints feed fine.""")

X("lma-21", "2026-04-14", "Bluebeam Revu licence upgrade to Revu 21",
  """Bluebeam says our perpetual licences end support and we must move to Revu 21 subscriptions. How
  many do we need and will it break anything?""",
  """We have 11 active users. I moved us to 11 Revu 21 Core subscriptions tied to Bluebeam IDs,
  uninstalled Revu 20 and installed 21 with the firm profile (tool sets, stamps). Studio Sessions and
  markups carry over.""")

X("lma-22", "2025-05-27", "MFA for Microsoft 365 on shared print-room PC",
  """The print room PC is shared, and after MFA was enforced nobody can log into the shared account. We
  use it to send plots.""",
  """Shared accounts can't use personal MFA. I excluded the print-room PC's device by location and
  compliance, and set it to a local account that only has plotter and NAS access. Personal accounts
  still require MFA.""")

X("lma-23", "2025-08-26", "Site-visit iPads - Bluebeam not installed via Jamf",
  """Two of the site-visit iPads don't have Bluebeam after the reset. The others do. Dev has a site
  walk on Friday.""",
  """The two iPads weren't re-enrolled in Jamf after the reset, so apps didn't push. I enrolled them
  using Automated Device Enrollment, and Bluebeam and the camera app installed. They're in the field
  group.""")

X("lma-24", "2024-09-10", "Guest Wi-Fi for client meetings",
  """Clients visiting the conference room want Wi-Fi. Can we have a guest network that doesn't reach
  our server?""",
  """I created a guest SSID on the access points with client isolation and a VLAN that only reaches the
  internet. The password is on a card in the conference room and changes quarterly.""")

X("lma-25", "2026-03-10", "E-mail signature with new logo",
  """We have a new logo. Can everybody's e-mail signature be updated at once, including phones?""",
  """I set up a central signature in Exclaimer for Microsoft 365 with the new logo, name, title and
  phone from the directory. It applies to all mail including phones, server-side. I removed the old
  Outlook signatures.""")

X("lma-26", "2025-07-22", "ACC project permissions for structural consultant",
  """Our structural engineer needs to see the Revit model on Autodesk Construction Cloud but should not
  edit our files.""",
  """I added the structural firm as a company to the ACC project with view permissions on the Shared
  folder and their own folder with edit rights for their model. They can link our model but not change
  it.""")

E(3, "2026-11-02 16:20", "the Beast",
  """Hi Priya,

The Beast is giving us stripes across every color sheet and the sky on the renderings is kind of pink
and faded. Plain linework sheets look ok. We have the final submission boards going to the client
tomorrow morning, so I'm a bit panicked. I did the on/off thing.

Colleen""", ["lma-01"], "nickname")

E(4, "2026-11-04 09:05", "Bertha died overnight",
  """Priya,

Big Bertha died again last night somewhere in the middle of the waterfront animation. Came in and it
was just sitting at the login screen like nothing happened. Shorter stuff was fine yesterday. I think
it's been getting louder too. Can you look today? I've got to re-queue it tonight.

Theo""", ["lma-03"], "nickname")

E(0, "2026-11-06 20:41", "from the house",
  """Priya, sorry for the evening e-mail.

I'm at my house and the vault isn't there - the little letter has a cross on it. The normal work
stuff opens. I need the 2014 library fit-out plans for a meeting at 8 tomorrow. Dev says it works for
him at work.

Greta""", ["lma-05"], "nickname")

E(2, "2026-11-09 11:15", "glass room",
  """Hi Priya,

During our 10:00 with the school board the folks on the line kept saying they got their own voices
back, and then nothing from our side at all. Picture was perfect. The Fishbowl was fine on Friday. We have the
contractor interview in there Thursday, can you check before then?

Dev""", ["lma-07"], "symptom")

E(3, "2026-11-10 08:31", "can't put in my week",
  """Morning,

Half the office is telling me they can't put in their week - it just says they're not allowed to edit it
for that date range. I'm supposed to send payroll on Friday. It's the start of our new fiscal calendar,
in case that matters.

Colleen""", ["lma-09"], "paraphrase")

E(1, "2026-11-12 14:00", "starter file",
  """Priya,

Anyone who spins up a new job this week gets last year's sheet border and the old pen settings. I put
the new starter file out Monday. I don't want twelve people fixing this by hand - can you get all the
workstations to pick up the new one?

Marta""", ["lma-11"], "nickname")

E(2, "2026-11-16 10:02", "Wexbury building dept Studio Session",
  """Priya,

The Wexbury building department sent a Bluebeam Studio Session for our plan review comments on the
library project and when I click the link it says the session has ended and I'm not a participant. The
reviewer swears it's open. Any idea?

Dev""", ["lma-13"], "cross-client")

E(3, "2026-11-18 08:05", "phones again",
  """Priya, since the new network gear went in, my phone at reception and two others say there's no
service when I come in, blinking red. If I unplug it and plug it back in it's fine till I leave.
Greta's is ok. Getting old fast.

Colleen""", ["lma-14"], "symptom")

E(0, "2026-11-20 09:30", "New hire - Autodesk licence",
  """Priya,

We've hired Jonas Weber as a junior designer, starting December 1. He needs Revit and AutoCAD like the
intern had. Do we still have a spare Autodesk AEC Collection seat, or do I need to buy one?

Greta""", ["lma-16"])

E(4, "2026-11-23 13:12", "Harbor School Consultants folder deleted again",
  """Hi Priya, the Consultants folder in the Harbor School project on the NAS is gone again. Somebody
dragged it somewhere. Can you restore it from the Synology snapshot like last time?

Theo""", ["lma-18"])

E(3, "2026-11-30 15:44", "Harbor St can't print",
  """Priya,

The Harbor St office can't reach the server or print since lunch. Internet is fine there. Did the ISP
change the IP again? The site-to-site VPN was the problem last time.

Colleen""", ["lma-19"])

E(2, "2026-12-02 07:58", "field iPads missing Bluebeam",
  """Hi Priya,

Two of the site-visit iPads came back from the reset without Bluebeam and the camera app. I have a site
walk Thursday. Are they not in Jamf?

Dev""", ["lma-23"])

E(1, "2026-12-04 12:20", "structural consultant ACC access",
  """Priya,

New project with a different structural engineer. They need to see our Revit model on Autodesk
Construction Cloud with view permissions only, and a folder of their own - same as we did for the last
consultant.

Marta""", ["lma-26"])

# ---------------------------------------------------------------- Town of Wexbury
client("wexbury", "Town of Wexbury", "Town of Wexbury, Town Hall", "wexbury-ma.gov", """
Dottie's report: the monthly treasurer's cash reconciliation report exported from the Munis general ledger
the Chamber feed: live stream and recording of Select Board meetings from the Town Hall meeting room (Swagit encoder to YouTube)
the excise run: the annual RMV motor vehicle excise commitment file loaded into the Munis tax module
the garage: DPW building at 14 Mill Road, joined to Town Hall by a site-to-site VPN over Comcast
the machine out front: Paymentus self-service payment kiosk in the Town Hall lobby
Big Red: Xerox AltaLink C8155 copier in the Town Clerk's office
the vault: the Clerk's records vault with the Laserfiche scanning station
the portal: OpenGov permitting and licensing site
the markup program: Bluebeam Revu used by the Building Department for plan review
""", [
    ["dferreira@wexbury-ma.gov", "Dorothy Ferreira", "Treasurer / Collector"],
    ["aliang@wexbury-ma.gov", "Arthur Liang", "Town Administrator"],
    ["ksorensen@wexbury-ma.gov", "Kim Sorensen", "Town Clerk"],
    ["rpatel@wexbury-ma.gov", "Raj Patel", "Building Commissioner"],
    ["bmahoney@wexbury-ma.gov", "Bev Mahoney", "DPW Office Administrator"],
], "-0500", phone="Town Hall (508) 555-0100")

X("wex-01", "2025-02-05", "Munis cash reconciliation report exports blank",
  """The month-end cash reconciliation report in Munis comes out with the header and then nothing, no
  accounts, no totals, for January. December's ran fine. The auditors want January by Friday. I tried the
  PDF and Excel output and both are empty after the first page. Arthur wants it before the finance
  committee.""",
  """The report runs through the Munis report server, and the January fiscal period wasn't included in
  the report's saved parameters because the new period code was added mid-month. I edited the saved
  parameter set to include period 07, re-ran the cash reconciliation, and it produced all 14 pages with
  totals that tie to the general ledger. I updated the saved report so it uses 'current period' instead
  of a fixed code.""")

X("wex-02", "2025-06-17", "Dottie locked out of Munis after password change",
  """Dottie is locked out of Munis after the password change prompt this morning, and she is running the
  deposit today. She says she typed the new password twice and it said invalid. Arthur asked me to send
  this while she's at the bank. Can you unlock her before 2 pm?""",
  """Munis uses its own password policy, which rejected the new password because it contained part of
  her user name, and three tries locked the account. I unlocked her account in Munis security, reset it
  to a temporary password, and walked her through choosing one that meets the rules. She finished the
  deposit at 1:30. I sent her the policy on one page.""")

X("wex-03", "2025-04-15", "Swagit encoder no audio on Select Board stream",
  """Tuesday's Select Board meeting went out on YouTube and the Swagit archive with no audio for the
  first 55 minutes. The video was fine. Residents complained. The audio came back after the break when
  someone touched the mixer. Can we stop this from happening?""",
  """The Swagit encoder takes audio from the meeting room mixer through a USB audio interface, and the
  interface had been knocked to the wrong input channel, so only the room mic that was muted came
  through. I labelled and taped the input, set the encoder to alarm on silent audio, and added an audio
  check to the clerk's pre-meeting checklist. The archive for Tuesday is posted with the recovered
  audio from the backup recorder.""")

X("wex-04", "2024-10-08", "Facebook page admin for Town Clerk",
  """Kim here. Residents keep asking questions on the town's Facebook page and I'm not an admin, so I can't
  answer or post meeting notices. The previous administrator set it up with her personal account. Can
  you get me and Arthur access?""",
  """The page was owned by a personal profile. I moved it into a Meta Business account owned by a town
  mailbox, added you and Arthur as admins with two-factor, and removed the former administrator. You
  can now post meeting notices, answer residents and see the inbox. The recovery e-mail is the town IT
  mailbox.""")

X("wex-05", "2025-01-22", "RMV excise commitment file fails to load into Munis",
  """The RMV motor vehicle excise commitment file for 2025 won't load into the Munis tax module. The
  import stops at about 40 percent with a record length error, and the records that did load have
  owners' names in the address field. We need to mail bills by mid February.""",
  """The RMV changed the commitment file layout this year (wider plate and VIN fields), and Munis still
  had the previous fixed-width definition. I applied the Tyler update with the new layout, rolled back
  the partial load and re-imported: 11,842 records, names and addresses in the right fields. Please do a
  spot check before printing.""")

X("wex-06", "2025-02-11", "Tax bill printing alignment on the Clerk's copier",
  """When Dottie prints the tax bills on the copier in the Clerk's office, everything is shifted down so
  the address is outside the envelope window. The test page looks fine. We have 11,000 bills to print
  this week.""",
  """The copier was scaling the PDF to fit, which moved the address block down by 6 mm. I set the print
  driver to 'actual size' for the bill template and disabled auto-rotate. A sample of ten bills lines up
  in the window envelopes. Dottie can print the run now.""")

X("wex-07", "2025-05-13", "DPW site-to-site VPN tunnel down after Comcast modem reboot",
  """The DPW at Mill Road can't reach the Town Hall server since last night's storm. They have internet,
  but the work order system and the shared drive won't open, and printing to Town Hall fails. Bev says
  the Comcast modem rebooted.""",
  """The Comcast modem came back with a new public IP, and the site-to-site VPN peer on the Town Hall
  firewall was pinned to the old address, so phase 2 never came up. I switched the peer to the dynamic
  DNS name for the DPW firewall and the tunnel re-established. Work orders and shares are back.""")

X("wex-08", "2025-08-19", "Garage Wi-Fi for mechanics' tablets",
  """Bev here. The mechanics want to use tablets in the garage bays for parts lookups, but the internet
  in the garage only reaches the office. Can we get Wi-Fi out into the bays without it reaching town
  computers?""",
  """I installed a second access point in the bays on its own SSID and VLAN, with internet only. The
  mechanics' tablets connect to it and can reach parts sites, not the town network. Signal covers bays 1
  to 4; bay 5 is weak behind the salt shed wall.""")

X("wex-09", "2025-09-23", "Bluebeam Revu crashing on large plan sets",
  """Bluebeam Revu closes without an error when inspectors open large plan sets for review, usually over
  100 sheets. Small files are fine. Raj lost markups twice this week. The PCs are the new Dells.""",
  """Revu's hardware acceleration was using the integrated graphics driver from the factory image, which
  crashes on large PDFs. I updated the Intel graphics driver and set Revu to use software rendering for
  files over 200 MB. A 240-sheet set opens and pans fine. Revu autosave is now every 2 minutes.""")

X("wex-10", "2025-11-12", "Bluebeam licences for new building inspectors",
  """Raj hired two new building inspectors and they need Bluebeam so they can mark up plan reviews. How
  do we license them, and can they use it on their field laptops?""",
  """I added two Revu Core subscriptions to our Bluebeam account and invited the inspectors by e-mail.
  They installed Revu on their field laptops and signed in with their Bluebeam IDs. The building
  department tool set and stamps are loaded from the shared profile.""")

X("wex-11", "2025-03-25", "Outlook delegate access for Administrator's assistant",
  """Arthur's new executive assistant, Nora, needs to manage his calendar, accept meeting requests for him
  and send invitations on his behalf. She should not read his private items. How do we set that up in
  Outlook?""",
  """I gave Nora delegate access to Arthur's calendar with Editor rights and set meeting requests to go
  to delegate and him. Private items stay hidden. She can send on behalf of Arthur, and replies show
  'Nora on behalf of Arthur Liang'. Inbox access was not granted.""")

X("wex-12", "2024-12-03", "Shared calendar for the meeting room",
  """Arthur would like a shared calendar so departments can see when the meeting room and the small
  conference room are booked. Now people book it on paper at the Clerk's counter.""",
  """I created room mailboxes for the meeting room and the small conference room, set them to auto-accept
  if free, and added both to everyone's Outlook as a room list. Booking is now by inviting the room.
  The paper sheet can go.""")

X("wex-13", "2026-04-07", "External architects can't join Building Department Studio Sessions",
  """Outside architects say they can't join our Studio Sessions for plan review comments; they get
  'session ended' or 'not a participant' even though we just invited them. It works for our own staff.""",
  """The sessions were created with 'restrict to invitees' and the invite used the applicant's e-mail
  from the permit, which differed from the address tied to their Bluebeam ID. I changed the Building
  Department session template to allow anyone with the session ID and a password, and you now send the ID
  and password in the plan review letter.""")

X("wex-14", "2025-10-14", "Xerox scan to e-mail stopped - SMTP authentication",
  """The Xerox AltaLink in the Clerk's office stopped sending scans to e-mail this week. It says SMTP
  error. Kim scans marriage intentions and vital records to e-mail every day.""",
  """Microsoft 365 turned off basic SMTP authentication for our tenant, which the Xerox used. I set the
  copier to use the SMTP relay connector with the Town Hall's static IP instead of a login, and scan to
  e-mail works for all users. Scan to folder was unaffected.""")

X("wex-15", "2025-07-01", "Copier meter reads and toner ordering for Clerk's Xerox",
  """Kim again. The Xerox vendor keeps sending invoices for estimated meter reads and we run out of toner
  before they send more. Can the copier report its own meter and toner?""",
  """I enabled Xerox remote services on the AltaLink so it reports meter reads and toner levels to the
  vendor automatically. Estimated billing stops from the next cycle, and toner ships at 20 percent.""")

X("wex-16", "2026-01-06", "Munis account for new assistant collector",
  """We have a new assistant collector, Paul Brennan, starting Monday. He needs Munis with the same
  permissions as Janet in the collector's office, plus a town e-mail and a desk phone.""",
  """I created Paul's Munis user by copying Janet's role (cash receipts, tax inquiry, no GL posting), his
  Microsoft 365 account with MFA, and assigned extension 214 on a Mitel phone at the collector's
  window.""")

X("wex-17", "2025-06-03", "OpenGov permit portal online payment failing",
  """Contractors say the OpenGov permit portal fails at the payment step for building permits; the
  card is charged but the permit stays unpaid. Raj has three of them this week.""",
  """The payment gateway's webhook to OpenGov was using an expired secret after the processor rotated
  it. I entered the new secret in OpenGov payment settings, and reconciled the three stuck permits
  manually; they show paid and issued. New payments post immediately.""")

X("wex-18", "2024-11-19", "Laserfiche scanning station in the vault",
  """The scanner at the Laserfiche station in the vault scans but the documents don't show up in the
  Laserfiche repository. Kim has a box of old deeds to digitize.""",
  """The Laserfiche scanning profile pointed to the old repository name after the server upgrade. I
  updated the Laserfiche Scanning profile to the new repository and the Clerk's volume, and tested a
  multi-page deed. Documents now land in the Clerk's folder with metadata.""")

X("wex-19", "2025-12-16", "Mitel extension for the Veterans' agent",
  """The Veterans' agent is moving into the old planning office. He needs a Mitel extension there and
  his voicemail moved. He's in Tuesdays and Thursdays only.""",
  """I moved extension 231 to the Mitel phone in the old planning office, kept the voicemail box and
  greeting, and set call forwarding to voicemail on the days he's out. The directory shows the new
  room.""")

X("wex-20", "2025-05-27", "MFA for employees without smartphones",
  """Several DPW and library staff don't have town phones and don't want an app on their personal
  phones. How do they do MFA for e-mail?""",
  """I ordered FIDO2 security keys for those eight staff and registered them in Entra. They tap the key
  on the PC when signing in. Phones are not required. Two spare keys are in Arthur's office.""")

X("wex-21", "2026-02-10", "Cyber insurance questionnaire",
  """The town's insurer sent a cyber questionnaire: MFA, backups, EDR, training. Arthur needs the answers
  by the end of the month. Can you fill in the technical part?""",
  """I filled in the technical section: MFA on all accounts, immutable Datto backups with offsite copy,
  Defender for Business on all PCs, quarterly phishing training. Two items are partial: the DPW server
  patching and the library's old PC.""")

X("wex-22", "2025-09-09", "Datto backup of the Munis server failing",
  """We received Datto alerts that the Munis server backup failed three nights in a row. Dottie is
  worried about the tax records.""",
  """The Datto agent on the Munis server was stuck after a Windows update. I restarted the agent
  service and updated it; the incremental backup ran and the screenshot verification passed. The
  previous good backups were intact.""")

X("wex-23", "2025-07-29", "Paymentus kiosk card reader declining all cards",
  """The Paymentus kiosk in the lobby declines every card with 'transaction could not be completed'.
  Cash works. Residents are paying excise at the counter instead and the line is long.""",
  """The kiosk's card reader talks to Paymentus over TLS 1.2, and the firewall update on Monday began
  inspecting that traffic, breaking the certificate check. I added an exception for the Paymentus
  endpoints on the kiosk's VLAN. Card payments go through again; test transaction refunded.""")

X("wex-24", "2024-11-05", "Election night results on the website",
  """On election night the Clerk posts results on the website, and last time the website slowed down a
  lot. Can we make it faster for this year?""",
  """I set the results page as a static PDF link on the home page, cached by the CivicPlus CDN, instead
  of the dynamic page. Kim uploads the PDF after each precinct. The site stayed fast during the
  election.""")

X("wex-25", "2026-03-17", "After-hours door badge access for Town Hall",
  """Committee members need to get into Town Hall for evening meetings without staff there. Can their
  Brivo badges open the side door after 5 pm only on meeting nights?""",
  """I created a Brivo group 'Evening committees' with a schedule of 5 pm to 10 pm on meeting nights,
  pulled from the meeting calendar, and assigned badges. The side door only; the offices stay locked.""")

X("wex-26", "2026-05-05", "CivicPlus website permissions for departments",
  """Departments want to post their own news on the town website without Kim doing it. Can each
  department edit only its own page?""",
  """I created CivicPlus groups per department with rights to their pages and news category, with
  Kim approving posts. Training was given to DPW, Building, Library and the Treasurer.""")

E(1, "2026-11-03 10:12", "Dottie's report",
  """Priya,

Dottie's report for October comes out with just the top part - title, date, and then white. Dottie is
out till Thursday and the finance committee meets Wednesday night, so I'm trying to get it myself. Is
this something on my end or did something change?

Thanks,
Arthur""", ["wex-01"], "nickname")

E(2, "2026-11-04 09:40", "no sound Tuesday night",
  """Hi Priya,

The Chamber feed had no sound for most of the first hour on Tuesday night. People were posting on our
Facebook page about it during the meeting. Picture was fine the whole time, and it came back after the
recess. Can you make sure this doesn't happen at the next one on the 17th?

Kim""", ["wex-03"], "nickname")

E(0, "2026-11-06 14:22", "this year's excise run",
  """Priya,

The excise run came in from the state and it's a mess again - it quits partway and what does get in has
people's names sitting where the street should be. I have to get bills out by the middle of next month.
Same as before, I think? I don't want to print anything till you look.

Dottie""", ["wex-05"], "nickname")

E(4, "2026-11-09 07:35", "garage computers",
  """Hi,

Out here at the garage the computers can get on the web fine but the job tickets program won't open and
the S: drive shows disconnected. We can't print to the front office either. We had a power blip around
4 this morning. The guys' tablets in the bays work.

Bev""", ["wex-07"], "symptom")

E(3, "2026-11-10 13:05", "reviews quitting",
  """Priya,

When we open the bigger sets for review - the school addition is 180 sheets - the program just vanishes.
No message. The little ones work. I lost my comments twice. Is it the new inspectors' laptops or
everyone?

Raj""", ["wex-09"], "symptom")

E(1, "2026-11-12 11:48", "my new assistant",
  """Priya,

My new assistant Carla starts Monday. I want her to be able to run my schedule - book and accept meetings
for me and send invites that come from her for me - but not go through my private appointments or my
mail. Can you set that up like the last time?

Arthur

On Tue, Dec 3, 2024 at 3:48 PM Priya Raman <priya@ramanit.net> wrote:
> Arthur, the room mailboxes for the meeting room and the small conference room are created and
> set to auto-accept if free. Both show in everyone's Outlook as a room list, so booking is now
> done by inviting the room. The paper sheet at the Clerk's counter can go.
> Priya""", ["wex-11"], "paraphrase")

E(3, "2026-11-16 15:30", "Studio Session - Linden Marsh can't join",
  """Priya,

Linden Marsh Architects can't get into our Bluebeam Studio Session for the library review. Their
architect says the invite shows session ended and not a participant. I just created it this morning.
Is this the junk folder thing again on their side?

Raj""", ["wex-13"], "cross-client")

E(0, "2026-11-18 09:15", "the machine out front",
  """Hi Priya,

The machine out front is taking people's cards and then telling them to try later, every single time.
Folks paying excise are now at my window and the line is out the door. Cash in the machine still works.
IT did something to the internet Monday, is that related?

Dottie""", ["wex-23"], "nickname")

E(2, "2026-11-20 10:00", "scan to email from the Xerox",
  """Hi Priya, the Xerox AltaLink in my office stopped sending scans to e-mail again, it says SMTP
error. I need it for the vital records. Scan to folder still works. Is it the Microsoft 365 thing again?

Kim""", ["wex-14"])

E(0, "2026-11-24 08:50", "new clerk in the collector's office",
  """Priya,

Linda Cho starts December 1 in the collector's office. She needs a Munis user with the same role as Paul
(cash receipts, tax inquiry, no GL posting), a Microsoft 365 account and a Mitel extension at the
window.

Dottie""", ["wex-16"])

E(2, "2026-11-30 11:11", "Laserfiche station",
  """Hi Priya,

The Laserfiche scanning station in the vault is scanning but nothing shows up in the Laserfiche
repository again after this weekend's server work. I have the 1890s deeds to get through this week.

Kim""", ["wex-18"])

E(1, "2026-12-02 16:05", "Brivo badges for the Charter Commission",
  """Priya,

The new Charter Commission will meet Wednesday evenings through March. Please add their seven members
to the Brivo evening committees group so their badges open the side door after 5 pm on meeting nights.
Names attached.

Arthur""", ["wex-25"])

E(4, "2026-12-04 13:40", "Datto backup alerts for Munis server",
  """Priya, Dottie got Datto alerts that the Munis server backup failed two nights in a row. Is the Datto
agent stuck again after Windows updates? She's nervous with tax bills going out.

Bev""", ["wex-22"])

# ---------------------------------------------------------------- Halvorsen Family Pharmacy
client("halvorsen", "Halvorsen Family Pharmacy", "Halvorsen Family Pharmacy, Inc.", "halvorsenrx.com", """
Gus: the Parata Max 2 automated pill-dispensing robot behind the counter
the CII key: Karl's USB token with the DEA CSOS digital certificate used for Schedule II orders in McKesson Connect
the phone robot: the automated refill IVR line that reads prescription status from PioneerRx
the fridge: Helmer vaccine refrigerator monitored by a TempTrak wireless sensor that sends alarms
the bag tagger: Zebra ZD421 label printer at fill station 3
the card machine: Ingenico Lane 3000 PIN pad at the front registers, integrated with PioneerRx POS
the drive-thru: drive-thru window station with the HME wireless headsets
the back PC: the pharmacist-in-charge workstation PIC-01 in the office
the counter: Eyecon 2 visual pill counter at the fill station
""", [
    ["karl@halvorsenrx.com", "Karl Halvorsen", "Owner / Pharmacist-in-Charge"],
    ["ingrid@halvorsenrx.com", "Ingrid Halvorsen", "Business Manager"],
    ["jamal@halvorsenrx.com", "Jamal Peters", "Staff Pharmacist"],
    ["becky@halvorsenrx.com", "Becky Nguyen", "Lead Pharmacy Technician"],
    ["sofia@halvorsenrx.com", "Sofia Marquez", "Front Store Supervisor"],
], "-0600", phone="(612) 555-0119")

X("hfp-01", "2025-03-06", "Parata Max 2 canister rejecting lisinopril after manufacturer change",
  """The Parata is rejecting the lisinopril 10 mg canister since we changed to the new generic from a
  different manufacturer. It counts a few and then faults with a jam or 'tablet not detected' and the
  pouch comes out without tablets. Other canisters are fine. We are filling those by hand which slows
  the whole morning.""",
  """A new manufacturer means a different tablet size and a new NDC, and the canister was still
  calibrated for the previous tablet. I linked the new NDC to the cell in the Parata software and had
  Parata support send calibration settings for the new tablet; the canister needed the smaller
  singulation insert, which was in the parts drawer. After recalibration it dispensed 200 without a
  fault. Any future manufacturer change for a canister drug needs the same recalibration.""")

X("hfp-02", "2025-05-14", "Inventory counts wrong after switching wholesaler",
  """Becky here. We switched our wholesaler for a few generics and now PioneerRx inventory counts are
  off for those items. The invoice comes in with different package sizes and the on-hand quantity doubles
  or halves. Ingrid is worried about the month-end numbers and our reorder points.""",
  """The new wholesaler's electronic invoices use a different package NDC for those generics, so
  PioneerRx treated them as new items with their own package sizes. I mapped the new package NDCs to
  the existing inventory items and corrected the on-hand counts from the shelf count Becky did. Reorder
  points are now based on the combined usage.""")

X("hfp-03", "2025-09-02", "DEA CSOS certificate renewal for McKesson Schedule II ordering",
  """Karl: McKesson Connect rejects my Schedule II orders with a signing error. The CSOS token asks for
  my passphrase and then says the certificate is not valid. We need to place the CII order today or we
  run short of oxycodone and methylphenidate.""",
  """The DEA CSOS certificate on your token expired on August 31; DEA certificates last two years and
  the renewal e-mail went to the old pharmacy address. I helped you submit the renewal through the DEA
  CSOS portal, which was approved the same afternoon, installed the new certificate on the token and
  PIC-01 and placed a test order in McKesson Connect. The order signed and went through. Renewal reminder
  set for July in two years.""")

X("hfp-04", "2025-10-16", "Thursday wholesaler order short - invoice not matching",
  """Karl here. Our Thursday order from the wholesaler was short six items and the electronic invoice
  in PioneerRx shows them as received. I'm not sure if it's the order file or the invoice. Is it still
  valid to receive the invoice as is, or do I fix it first?""",
  """The six items were back-ordered, and the wholesaler's invoice file lists back-ordered lines with
  quantity shipped zero, but the PioneerRx import setting received ordered quantity. I changed the
  import to use shipped quantity and corrected this invoice; the six items are now on the open order.
  Thursday orders received from now on will match what arrives.""")

X("hfp-05", "2025-07-10", "Ingenico Lane 3000 contactless stopped after update",
  """The Ingenico PIN pad at register 1 stopped accepting tap payments after the weekend. Chip and swipe
  work. Phones and tap cards show the contactless symbol but the transaction never starts. Register 2
  is fine. Customers are getting annoyed.""",
  """The processor pushed a configuration update on Saturday that left the Lane 3000 at register 1 with
  contactless disabled in its terminal parameters (register 2 hadn't rebooted yet, so it still had the old
  file). I had the processor resend the correct parameter file with NFC enabled for both terminals,
  rebooted them and ran a $1 tap test with a card and a phone. Both work now.""")

X("hfp-06", "2025-11-20", "Gift card activation at register 1",
  """Sofia here. Gift cards sold at register 1 don't activate: the customer tries to use them later and
  they show zero balance. Register 2 seems fine. We had two upset people this week, one at the drive-thru
  who was buying it as a present.""",
  """Register 1's POS was set to sell gift cards as a regular item, not through the gift card tender,
  so the activation was never sent to the gift card processor. I fixed the item setup to 'gift card
  activation', activated the affected cards manually with the receipts, and showed Sofia how to check a
  balance at the register.""")

X("hfp-07", "2025-08-21", "TempTrak sensor false high-temperature alarms",
  """Jamal here. The TempTrak monitoring sent high temperature alarms overnight for the vaccine
  refrigerator, reading 51 F, but the digital thermometer inside read 39 F when I came in. This is the
  third time. I don't want to throw out vaccines for a bad sensor but we have to document it.""",
  """The TempTrak sensor's battery was at 8 percent, and at low voltage the sensor reports erratic
  readings. The probe was also resting against the door gasket. I replaced the battery, moved the probe
  into the glycol bottle in the middle shelf and checked readings against the calibrated thermometer
  for an hour; they match within 0.5 F. I wrote an excursion note for the log stating the alarm was a
  sensor fault.""")

X("hfp-08", "2025-04-24", "After-hours call forwarding to the on-call pharmacist",
  """After we close, calls to the pharmacy go to voicemail and nobody sees them until morning. Jamal
  is on call three nights a week. Can calls after 9 pm forward to whoever is on call, and can he get a
  text when there's a voicemail at 3 am?""",
  """I set an after-hours schedule on the phone system: from 9 pm calls play the closed message with an
  option to press 2 for the on-call pharmacist, which rings the on-call cell number from the schedule.
  Voicemails now send an e-mail and a text to the on-call phone. Jamal and Karl can change the on-call
  number from the app.""")

X("hfp-09", "2025-01-28", "Surescripts e-prescriptions stuck - PioneerRx service stopped",
  """Since yesterday afternoon no new electronic prescriptions have come into PioneerRx from Surescripts.
  Two clinics called to ask why we haven't filled what they sent. The queue is empty. Fax refills still
  arrive.""",
  """The PioneerRx messaging service on the server had stopped after the Windows update reboot and didn't
  restart, so Surescripts messages were waiting on their side. I started the service, set it to
  automatic (delayed start) with restart on failure, and 23 new eRx messages came in within minutes. I
  added a check that e-mails us if the service stops.""")

X("hfp-10", "2025-06-12", "Faxes from clinics arriving blank",
  """Ingrid here. Some faxes from two clinics arrive as blank pages in our fax inbox. The clinics say
  they sent them correctly. Other clinics' faxes are fine. We have to call and ask them to resend every
  time.""",
  """The two clinics use old fax machines that send at a high resolution our online fax service
  mis-decodes. I changed our inbound fax setting to accept fine mode with error correction, and the
  clinics' test faxes arrived readable. If a blank one comes again, forward me the fax ID.""")

X("hfp-11", "2025-10-01", "Refill IVR reporting wrong prescription status after update",
  """Becky: the automated refill phone line tells patients their prescriptions are ready for pickup
  when they are still waiting for insurance or out of stock. Patients show up and nothing is ready. This
  started after the PioneerRx update last week.""",
  """The PioneerRx update added new workflow statuses, and the IVR's status mapping treated anything
  unknown as 'ready'. I mapped 'awaiting third party', 'on order' and 'pharmacist review' to 'in
  progress' messages in the IVR configuration and retested with four prescriptions in different
  statuses. The line now says ready only after the bag is scanned into will-call.""")

X("hfp-12", "2024-12-10", "Patients opting out of pickup text notifications",
  """Some people are complaining that they get too many texts from us, like three texts saying their
  prescription is ready. Others want none. Becky doesn't know where to change it per patient.""",
  """Ready-for-pickup texts were sent on every status change to ready, including re-bagging. I set the
  notification to send once per fill, and showed Becky the per-patient communication preferences in
  PioneerRx where you can opt someone out or switch to a phone call.""")

X("hfp-13", "2025-05-29", "Zebra ZD421 at station 3 feeding two labels - media sensor",
  """Station 3's Zebra ZD421 prints a blank label after each prescription label since we changed from
  direct thermal stock to the synthetic rolls. Sometimes the text prints across two labels. Becky has
  been pulling labels back by hand.""",
  """The synthetic stock has a different gap and backing, so the ZD421's media sensor mis-read the gap.
  I ran SmartCal from the printer (hold pause and cancel for two seconds), set the sensor type to gap in
  the driver and the label size to 4 x 2.5 inches. One label per job now. After a stock change run the
  calibration again.""")

X("hfp-14", "2026-02-03", "PioneerRx user for new technician",
  """We have a new technician, Tyler Brooks, starting next week. He needs a PioneerRx login with tech
  permissions, a badge for the time clock and access to the Parata and the Eyecon. He shouldn't be able
  to verify prescriptions.""",
  """I created Tyler's PioneerRx user with the Technician role (data entry, fill, no verification or
  override), linked his badge to the time clock, and added him as an operator in the Parata and Eyecon
  software with tech rights. He'll set his PIN on first login.""")

X("hfp-15", "2025-03-18", "PDMP integration login in PioneerRx",
  """The state PDMP lookup from inside PioneerRx stopped working for Jamal; it says credentials invalid.
  Karl's works. Jamal can log into the PDMP website directly.""",
  """The PDMP integration stores each pharmacist's delegate credentials, and Jamal's were from before
  his state password change. I had him enter the new PDMP credentials in his PioneerRx user settings and
  test a lookup. The integrated PDMP report opens from the prescription screen again.""")

X("hfp-16", "2025-12-02", "Eyecon counter images not saving to prescription record",
  """The Eyecon counter takes the picture of the count but the image doesn't attach to the prescription
  in PioneerRx anymore. Pharmacists want to see it at verification. It worked until last month.""",
  """The Eyecon integration saves images to a share on the PioneerRx server, and the share permission
  was changed during the server patching. I restored write access for the Eyecon service account, and
  images attach at verification again. I checked that last month's counts were saved locally and
  uploaded them.""")

X("hfp-17", "2025-02-20", "HME drive-thru headsets pairing",
  """Two of the HME headsets at the drive-thru won't connect to the base station. The green light just
  blinks. We have four headsets and only two work, which is a problem when it's busy.""",
  """The two headsets were registered to the old base station that was replaced. I cleared the
  registrations on the new HME base and re-registered all four headsets, updated the base firmware and
  tested talk and listen at the window. Spare batteries are charging in the base.""")

X("hfp-18", "2025-06-26", "PioneerRx server backup verification",
  """Ingrid wants to know if our PioneerRx backups actually work. The board of pharmacy inspector asked
  how we would restore records if the server died. Can you test it and write something down?""",
  """PioneerRx backs up nightly to their cloud, and our local server image backs up to the NAS. I did a
  test restore of the server image to a virtual machine and PioneerRx opened with yesterday's data. I
  wrote a one-page restore procedure for the inspector binder.""")

X("hfp-19", "2026-03-10", "Microsoft 365 MFA for pharmacists",
  """Our insurer wants MFA on e-mail. The pharmacists share PCs at the counter. How do we turn it on
  without slowing them down during fills?""",
  """I enabled MFA in Entra for all accounts with the Authenticator app, and trusted the pharmacy's
  static IP so counter PCs only ask every 30 days. Outside the store every sign-in needs the prompt.
  Everyone registered by Friday.""")

X("hfp-20", "2025-09-18", "Will-call scanner not finding bags",
  """At will-call, scanning the bag label sometimes says 'prescription not found' and the tech has to
  look it up by name. It's maybe one in ten. The scanner is the wireless Zebra.""",
  """The bag labels printed on station 3 had a low barcode density after the label size change, and the
  scanner misread them. I increased the barcode module width in the PioneerRx label template. Bags from
  all stations scan first time now.""")

X("hfp-21", "2025-11-04", "Security camera remote viewing for Karl",
  """Karl wants to view the store security cameras from his phone when the alarm company calls at night.
  The DVR has an app but it never connects from outside.""",
  """The DVR's remote access used UPnP, which the new router disabled. I set up the vendor's cloud P2P
  service instead of opening ports, updated the DVR firmware, and added the store to Karl's app. Live
  view and playback work on cellular.""")

X("hfp-22", "2026-01-22", "Suspicious wire transfer request to Ingrid",
  """Ingrid received an e-mail that looked like it came from Karl asking her to wire $18,400 to a new
  supplier today. She called Karl and he didn't send it. What should we do?""",
  """It was a spoofed display name from an outside Gmail account. I blocked the sender, added an external
  sender warning banner and an impersonation rule for Karl and Ingrid's names. Nothing was paid. Keep
  calling to confirm any payment request.""")

X("hfp-23", "2025-04-03", "Parata pouch printer ribbon and faded text",
  """Becky: the printing on the Parata pouches is getting faint and the patient name is hard to read on
  the strip packs. We changed the ribbon two weeks ago. Is it the ribbon or the printer?""",
  """The pouch printer's print head was dirty with adhesive from the pouch material. I cleaned the head
  with the alcohol swabs from the maintenance kit and raised print darkness by two steps. Text is sharp.
  Clean the head weekly per the Parata maintenance sheet.""")

X("hfp-24", "2025-08-07", "Drive-thru PC very slow",
  """The PC at the drive-thru window takes a minute to open a patient profile in PioneerRx and freezes
  when printing receipts. The others are fine. It's the oldest one.""",
  """The drive-thru PC had a failing hard drive and 4 GB of memory. I replaced it with a spare
  small-form-factor PC with an SSD, moved the receipt printer and scanner, and installed PioneerRx. Profile
  opens in 3 seconds.""")

X("hfp-25", "2026-04-21", "Time clock export to payroll",
  """Ingrid: the time clock export for payroll doesn't include overtime separately, so I have to fix
  each timecard. Can it export regular and overtime as separate columns?""",
  """I changed the time clock export template to split regular and overtime hours at 40 per week and
  map them to the payroll service's earning codes. The test export for last period matched Ingrid's
  manual totals.""")

X("hfp-26", "2025-10-28", "Immunization registry submissions from PioneerRx failing",
  """Flu shots given in the store are not showing up in the state immunization registry. Patients'
  doctors ask for them. PioneerRx says the submission was sent.""",
  """The registry changed its endpoint and required a new facility ID format. I updated the
  immunization interface settings in PioneerRx, re-sent the 140 flu shots since September, and the
  registry acknowledged all of them.""")

E(3, "2026-11-02 08:40", "Gus and the BP pills",
  """Hi Priya,

Gus has been choking on the blood pressure pills all morning - we got the new maker's bottles in on
Friday and now every few pouches come out empty and he stops and beeps. Everything else he does fine.
I'm doing those ones by hand and we're behind. Any chance you can look today?

Becky""", ["hfp-01"], "nickname")

E(0, "2026-11-05 11:15", "can't sign the Thursday order",
  """Priya,

The CII key won't let me sign this week's narcotics order - it takes my passphrase and then says it's no
good anymore. I need to get this in before 4 or we're out of the ADHD meds by Monday. I don't remember
what we did last time, only that it took an afternoon.

Karl""", ["hfp-03"], "nickname")

E(4, "2026-11-06 12:30", "tapping doesn't work at register 1",
  """Hi Priya,

At register 1 when people hold up their phone or wave their card, it beeps and then nothing happens,
so they have to put the chip in. Register 2 is fine. It started after the weekend. We had a lady leave
her basket because she only had her phone.

Sofia""", ["hfp-05"], "symptom")

E(2, "2026-11-09 06:55", "3am text from the fridge",
  """Priya,

The fridge texted me at 3:10 this morning saying it was 52, I drove in and the thermometer inside said
40. Same as last summer I think. I need to know if this is real before I decide about the flu and COVID
stock - can you check it today?

Jamal""", ["hfp-07"], "nickname")

E(1, "2026-11-10 10:20", "doctors say they sent refills",
  """Hi Priya,

Three offices have phoned since lunch yesterday saying they sent refill approvals and new scripts to us
through their computer system, but we have nothing waiting to be worked on. The faxed ones are coming
in like normal. Our patients are getting frustrated. Could something be down?

Ingrid""", ["hfp-09"], "paraphrase")

E(3, "2026-11-12 15:05", "phone robot lying to people",
  """Priya,

The phone robot is telling patients their stuff is all set when it's still waiting on insurance or we
don't even have it in stock. Two people drove in today for nothing. I think it started when the pharmacy
software updated Sunday night.

Becky""", ["hfp-11"], "nickname")

E(3, "2026-11-16 09:25", "Zebra skipping labels",
  """Hi Priya, the Zebra label printer is skipping a label after every print again and sometimes the
text goes across two labels. We changed label stock last week. Is this the calibration thing? The
other vet clinic person told me to hold the feed button.

Becky""", ["hfp-13"], "cross-client")

E(0, "2026-11-18 13:45", "new tech Monday",
  """Priya,

We have a new technician, Ana Ruiz, starting Monday. She needs a PioneerRx login with the technician role
(no verification), her badge on the time clock and operator access on the Parata and Eyecon, same as
Tyler.

Karl""", ["hfp-14"])

E(2, "2026-11-20 17:30", "PDMP credentials invalid in PioneerRx",
  """Priya, the PDMP lookup from PioneerRx says credentials invalid for me again. I changed my state PDMP
password last week. Where do I enter the new PDMP credentials in PioneerRx?

Jamal""", ["hfp-15"])

E(3, "2026-11-23 14:10", "HME headsets",
  """Hi Priya,

Two of the HME headsets at the drive-thru won't connect to the base station again, the green light just
blinks. Did the base station lose the registrations? It's busy this week with flu shots.

Becky""", ["hfp-17"])

E(1, "2026-11-30 09:00", "wire request from Karl?",
  """Priya,

I got another e-mail that looks like Karl asking for a wire transfer to a new supplier, $22,000 today.
Karl says it isn't him. Same as in January. Can you block it and check no one else got it?

Ingrid""", ["hfp-22"])

E(1, "2026-12-02 11:40", "time clock export overtime",
  """Hi Priya,

The time clock export for payroll isn't splitting overtime again since the time clock software update.
Regular and overtime should be separate columns with the payroll earning codes like you set up.

Ingrid""", ["hfp-25"])

E(2, "2026-12-04 10:05", "flu shots not in the registry",
  """Priya,

A few doctors' offices say flu shots we gave in October aren't in the state immunization registry.
PioneerRx shows the submissions as sent. Did the registry change the endpoint again?

Jamal""", ["hfp-26"])

# ---------------------------------------------------------------- Harrowgate Maritime Museum
client("harrowgate", "Harrowgate Maritime Museum", "Harrowgate Museum of Maritime History", "harrowgatemaritime.org", """
the Friday numbers: weekly attendance and admissions report e-mailed from Altru to the director
the whale screens: the three Intuiface touchscreen kiosks in the Whaling Gallery
the Loft: collections and curatorial office on the third floor
the catalogue: PastPerfect collections database on the collections server
Mr. Fogg: the old iMac in the education room used for school-program slideshows
the copy stand: digitisation rig in the Loft - Canon EOS R5 tethered to Capture One on the imaging Mac
the shop till: Square register in the gift shop
the damp sticks: HOBO MX temperature and humidity loggers in the galleries, read with the HOBOconnect app
the Lantern Room: events hall rented for weddings and lectures, Extron controller and Epson projector
the members list: membership records in Raiser's Edge NXT
""", [
    ["epratt@harrowgatemaritime.org", "Eleanor Pratt", "Executive Director"],
    ["hmarchetti@harrowgatemaritime.org", "Hugo Marchetti", "Collections Manager & Registrar"],
    ["aboateng@harrowgatemaritime.org", "Aisha Boateng", "Visitor Services Manager"],
    ["fwhitlock@harrowgatemaritime.org", "Fern Whitlock", "Education Coordinator"],
    ["dkowal@harrowgatemaritime.org", "Dennis Kowal", "Facilities Manager"],
], "-0500", phone="41 Quay Street, Harrowgate | (978) 555-0164 | harrowgatemaritime.org")

X("hmm-01", "2025-02-24", "Altru weekly attendance report e-mail stopped",
  """The weekly attendance and admissions report from Altru hasn't arrived in my inbox for two weeks.
  I use it for the board and for grant reporting. Aisha can run it by hand, but it was always scheduled
  automatically. Did something change in Altru?""",
  """The scheduled report was owned by the previous visitor services manager's Altru user, which was
  deactivated when she left, and Altru silently stops schedules owned by inactive users. I recreated the
  attendance and admissions query and the scheduled export under a service account, with delivery to
  you and Aisha every Friday at 7 am. I sent you the two missed weeks as Excel files.""")

X("hmm-02", "2025-05-09", "Teams recording of Friday board meeting missing",
  """Eleanor here. We recorded Friday's board meeting in Teams and now no one can find the recording.
  The board secretary needs it for the minutes. I was the organiser. Where do recordings go?""",
  """Teams meeting recordings are saved in the organiser's OneDrive, in the Recordings folder, and
  they expire after 60 days by our policy. I found Friday's recording in your OneDrive, shared it with
  the board secretary with view-only access and changed the expiry for board meetings to never. Future
  recordings will be in the same place.""")

X("hmm-03", "2025-07-14", "Intuiface kiosks in the Whaling Gallery stuck on Windows setup screen",
  """All three touchscreen kiosks in the Whaling Gallery are showing a Windows screen asking to finish
  setting up the device, with a 'remind me in 3 days' button. Visitors can't use the interactive. Aisha
  pressed it on one and it came back. The Intuiface experience doesn't start.""",
  """A Windows feature update brought the out-of-box 'finish setup' prompt, which covers the Intuiface
  Player at startup. I dismissed it on all three kiosk PCs, disabled the Windows welcome experience and
  suggestions by policy, and paused feature updates for the kiosks. Intuiface Player starts full screen
  again. I'll apply updates manually on Mondays when the gallery is closed.""")

X("hmm-04", "2025-08-28", "Visitors complaining about guest Wi-Fi in the galleries",
  """Aisha: visitors say the guest Wi-Fi drops in the upstairs galleries, and the audio guide web page
  doesn't load. It's fine in the lobby. We have a school group app next month that needs it in the
  galleries.""",
  """The upstairs galleries are served by one old access point through thick walls. I added two access
  points on the gallery ceilings with the same guest SSID and enabled band steering. Speed tests in all
  galleries are above 40 Mbps, and the audio guide loads in a few seconds.""")

X("hmm-05", "2025-03-19", "Capture One can't tether Canon EOS R5 after macOS update",
  """Hugo here. Capture One on the imaging Mac no longer sees the Canon EOS R5 over USB since the macOS
  update. The camera charges from the cable, but Capture One says no camera connected. We have 300 ship
  plans to digitise for the grant by June.""",
  """The macOS update needed a newer Capture One version for the R5's tethering, and the USB-C cable was
  a charge-only cable that had replaced the original. I updated Capture One to the current version,
  swapped in the Tether Tools data cable, and set the camera's USB connection to PC remote. Live view and
  capture work; the first 20 plans are shot.""")

X("hmm-06", "2025-06-05", "PastPerfect images not linking to catalogue records",
  """Hugo: when I attach images to object records in PastPerfect, the thumbnails show up blank for other
  users in the Loft. On my PC they are fine. We need them for the registrar's review.""",
  """The images were attached from Hugo's local Pictures folder, so other PCs couldn't reach the path.
  I moved the images to the PastPerfect images folder on the collections server, used the multimedia
  path update utility, and thumbnails now show for everyone. Attach from the server folder going
  forward.""")

X("hmm-07", "2024-10-22", "Education room iMac won't boot - failed hard drive",
  """Fern: the iMac in the education room shows a folder with a question mark at startup and won't
  start. It has all the school program slideshows. The field trips start on Tuesday.""",
  """The iMac's internal hard drive failed, so there was no bootable disk. I replaced the drive with an
  SSD, installed macOS, and restored Fern's slideshows and Keynote files from the Backblaze backup.
  It boots in 20 seconds now. It's old, so plan to replace it next fiscal year.""")

X("hmm-08", "2025-04-29", "Education room projector no signal from laptop",
  """Fern here. The projector in the education room says no signal when I connect my laptop for the
  school program slideshows. The old computer works with it. Is it my laptop or the cable?""",
  """Your new laptop has only USB-C, and the adapter was a charge-only hub without video. I provided a
  USB-C to HDMI adapter and set display mirroring. The projector shows your slideshow. The adapter is
  tied to the cable in the education room.""")

X("hmm-09", "2025-09-30", "HOBO MX loggers won't download via HOBOconnect",
  """Dennis: I can't download readings from the HOBO MX temperature and humidity loggers in the galleries
  with the HOBOconnect app on my phone. It finds no devices. Collections needs the monthly climate
  report for the loan agreement with the state archive.""",
  """After the iOS update HOBOconnect lost Bluetooth and location permission, so it couldn't scan for
  loggers. I re-enabled both in the iPhone settings, updated HOBOconnect, and downloaded all nine MX
  loggers. The monthly climate report for collections is exported as CSV to the Loft share.""")

X("hmm-10", "2025-11-13", "Building HVAC system remote login for Dennis",
  """Dennis here. The HVAC contractor set up a remote login to the building management system so I can
  check the galleries from my phone, but the app says connection refused outside the building.""",
  """The building management controller was only reachable on the internal network. I didn't open it to
  the internet; instead I gave Dennis's phone the VPN profile, and the BMS app connects over VPN. He can
  check gallery temperatures and setpoints from home.""")

X("hmm-11", "2025-05-22", "Square register offline in the gift shop",
  """Aisha: the Square register in the gift shop keeps going offline and card payments are saved as
  offline payments. Some of them get declined later. The lobby has internet.""",
  """The gift shop access point was on the 5 GHz band only, and the Square stand is at the edge of its
  range behind the shelving. I enabled 2.4 GHz on that access point and moved the register to the staff
  SSID with a reserved address. Offline mode hasn't triggered since.""")

X("hmm-12", "2025-01-15", "Altru ticket printer at admissions desk",
  """The ticket printer at the admissions desk prints Altru tickets with the barcode cut off. The other
  desk prints fine. We changed ticket stock last week.""",
  """The new ticket stock is shorter, and the Boca printer's profile was set for the old length. I
  updated the ticket length in the Boca printer settings and the Altru ticket template. Tickets print
  full and scan at the gallery entrance.""")

X("hmm-13", "2025-10-09", "PastPerfect record locked after crash",
  """Hugo: PastPerfect says records are locked by another user every time I open certain object
  records, even when nobody else is in the program. It started after the power cut in the Loft last
  week.""",
  """The power cut left stale lock entries in the PastPerfect data files. With everyone out of
  PastPerfect, I ran the reindex and the 'clear locks' utility on the server, then checked file integrity.
  The records open normally. I put a UPS on the collections server so the next power cut doesn't corrupt
  things.""")

X("hmm-14", "2026-01-27", "Altru user for new visitor services staff",
  """Aisha hired two new part-time admissions staff. They need Altru logins for ticket sales and
  membership lookups, but no refunds.""",
  """I created the two Altru users with the Admissions Sales role, which allows sales and membership
  lookups, no refunds or discounts above 10 percent. They'll set passwords on first login. I added them
  to the cash drawer users too.""")

X("hmm-15", "2025-12-04", "Raiser's Edge NXT membership export for Mailchimp",
  """Eleanor wants to send the members newsletter in Mailchimp, with only current members. How do we
  export from Raiser's Edge NXT without lapsed members?""",
  """I built a query in Raiser's Edge NXT for active memberships with a valid e-mail and no opt-out, and
  an export template with name, e-mail and membership level. It imports into the Mailchimp members
  audience with tags by level.""")

X("hmm-16", "2025-06-19", "Lantern Room projector and Extron controller",
  """The Epson projector in the Lantern Room doesn't turn on from the Extron wall controller for an
  event tonight. The remote works.""",
  """The Extron controller lost its IP connection to the projector after the projector was reset and
  got a new IP address. I set a static IP on the Epson projector and updated the Extron configuration.
  The wall panel turns it on and switches inputs.""")

X("hmm-17", "2026-03-03", "Shared mailbox for rentals",
  """We want a rentals@ mailbox for the Lantern Room bookings that Aisha and Eleanor both can read and
  send from.""",
  """I created the rentals@ shared mailbox in Microsoft 365 with full access and send-as for Aisha and
  Eleanor. It appears in their Outlook automatically. The website contact form for rentals now sends
  there.""")

X("hmm-18", "2025-08-12", "Backblaze backup of collections server",
  """Hugo asked if the collections server and the image archive are backed up offsite. The loan
  insurer asked.""",
  """The collections server backs up nightly to the NAS and Backblaze B2 with 90-day versioning. I
  tested restoring a PastPerfect data folder and a TIFF from Backblaze. I wrote a short statement for the
  insurer.""")

X("hmm-19", "2025-04-08", "Event guest Wi-Fi for weddings",
  """Wedding rentals ask for a Wi-Fi network for guests and the DJ. It shouldn't be the museum guest
  network with the login page.""",
  """I created an events SSID in the Lantern Room with a simple password changed per event, no splash
  page, limited to the event hall access point. The DJ's streaming worked in the test.""")

X("hmm-20", "2026-02-17", "Square new items and tax for gift shop",
  """Aisha needs to add 40 new items to Square for the shop, including books that have no sales tax.
  Can this be done in bulk?""",
  """I used Square's item library import with a spreadsheet of the 40 items, category and price, and set
  the books category to tax exempt. The items show on the register.""")

X("hmm-21", "2024-11-12", "Phishing e-mail impersonating Eleanor to donors",
  """Several donors received an e-mail appearing to be from Eleanor asking for gift cards. It wasn't
  her. What can we do?""",
  """The e-mail came from a free webmail account using Eleanor's name. I published a DMARC policy so
  spoofing our domain fails, and sent donors a short notice for Eleanor. Nothing in our systems was
  compromised.""")

X("hmm-22", "2025-07-01", "Door badge for volunteer docents",
  """We have 20 volunteer docents. Can they have badges that open the staff entrance only on the days
  they volunteer?""",
  """I created a Docents access group in the door badge system with a schedule of Tuesday to Sunday 9 to
  5, staff entrance only. Badges were printed and assigned.""")

X("hmm-23", "2025-09-16", "Laptop for the registrar's travel",
  """Hugo travels to lenders for condition reports and needs a laptop with PastPerfect access.""",
  """I set up a laptop with the VPN profile, PastPerfect client pointing to the server, and BitLocker
  encryption. Hugo can open records over VPN from the lenders' sites.""")

X("hmm-24", "2026-04-14", "Microsoft 365 licences for seasonal staff",
  """We hire 8 seasonal staff in summer. Do they need full Microsoft 365 licences?""",
  """I assigned Microsoft 365 F3 licences for seasonal staff, which give web e-mail and Teams, and
  removed them at the end of the season.""")

X("hmm-25", "2025-11-25", "Donation kiosk in lobby",
  """Eleanor wants a tap-to-donate kiosk in the lobby. Can it connect to Raiser's Edge?""",
  """I set up a tap-to-donate stand with the payment processor linked to Raiser's Edge NXT via the
  donation form integration. Gifts create records with the 'Lobby kiosk' appeal.""")

X("hmm-26", "2025-03-04", "Printer in the Loft jamming on labels",
  """The printer in the Loft jams on the object label sheets we use for storage boxes.""",
  """I set the tray to labels media type and rear output, which avoids the curl. The labels now
  print without jamming.""")

E(0, "2026-11-02 09:10", "no Friday numbers",
  """Hi Priya,

I didn't get the Friday numbers last week or this one. I need them for the board packet and the state
cultural council report is due. Aisha says she can pull them by hand but I'd rather it just came like
it used to. Did something break when Jenna left?

Eleanor""", ["hmm-01"], "nickname")

E(2, "2026-11-04 10:35", "whale screens",
  """Hi Priya,

The whale screens have all gone to some blue Microsoft "let's get your PC ready" page with a do-it-later
link. I tapped it on one and it popped up again a minute later. The school group at 11 has a guide who wants to use
them. Help?

Aisha""", ["hmm-03"], "nickname")

E(1, "2026-11-06 13:50", "copy stand",
  """Priya,

The copy stand stopped working after the Mac asked to install something last night - the software
says there's nothing plugged in, but the light on the camera is on. I've got the logbooks for the
donor's family visit next week to get through. Could you come by?

Hugo""", ["hmm-05"], "nickname")

E(3, "2026-11-09 08:20", "question mark",
  """Good morning Priya,

The computer we use for the classroom slideshows is showing a flashing folder with a question mark when I
turn it on, that's it. I have third graders at 10. I don't know if the pictures are still on it.

Fern""", ["hmm-07"], "symptom")

E(4, "2026-11-10 15:15", "damp sticks",
  """Priya,

I can't get my phone to find the damp sticks anymore - I walk up to each one and the app just sits
there searching. Hugo needs last month's readings for the lender. My phone updated itself over the
weekend if that means anything.

Dennis""", ["hmm-09"], "nickname")

E(2, "2026-11-12 12:05", "shop till",
  """Hi Priya, the shop till keeps flipping to "offline" and saving the card sales to send later, and two
from Saturday bounced. The front desk has no trouble. It's worse since we moved the book display.

Aisha""", ["hmm-11"], "symptom")

E(1, "2026-11-16 11:30", "catalogue says someone else is in it",
  """Priya,

The catalogue insists a colleague is already editing the Fitzroy pieces whenever I go into them, but
I'm the only one upstairs. Thursday's storm knocked everything out up here for a bit. I can't change
anything for the loan paperwork.

Hugo""", ["hmm-13"], "paraphrase")

E(2, "2026-11-18 09:45", "Altru logins for new admissions staff",
  """Hi Priya,

We hired three new part-time admissions staff for the holidays. They need Altru logins for ticket sales
and membership lookups, no refunds, same role as last time.

Aisha""", ["hmm-14"])

E(0, "2026-11-20 14:00", "Raiser's Edge export for the winter newsletter",
  """Priya,

I'm sending the winter members newsletter through Mailchimp. Can you run the Raiser's Edge NXT export of
current members again - active memberships, valid e-mail, no opt-out?

Eleanor""", ["hmm-15"])

E(4, "2026-11-23 16:40", "Lantern Room projector",
  """Priya, the Epson projector in the Lantern Room won't turn on from the Extron wall controller again.
The projector was reset by the AV company. Wedding on Saturday.

Dennis""", ["hmm-16"])

E(3, "2026-11-30 10:10", "projector no signal",
  """Hi Priya,

The projector in the education room says no signal again with my laptop. I think someone took the USB-C
to HDMI adapter off the cable. Do you have another one?

Fern""", ["hmm-08"])

E(2, "2026-12-02 08:55", "ticket printer barcode cut off",
  """Priya,

The ticket printer at the admissions desk is cutting off the barcode on Altru tickets again. We got the
new ticket stock for the holiday lights event. Can you update the Boca printer settings?

Aisha

-----Original Message-----
From: Aisha Boateng
Sent: Monday, November 30, 2026 9:12 AM
To: Visitor Services Staff
Subject: Holiday lights hours

Team - from December 5 we open until 8 pm Thursday to Sunday for the holiday lights. Timed tickets
go on sale in Altru this week. Please check the rota in Teams.""", ["hmm-12"])

E(0, "2026-12-04 11:25", "Friday board meeting recording",
  """Priya,

Where did the Teams recording of last Friday's board meeting go? The board secretary needs it for the
minutes again. I was the organiser, same as before.

Eleanor""", ["hmm-02"])

# ---------------------------------------------------------------- Brekke Precision Machining
client("brekke", "Brekke Precision Machining", "Brekke Precision Machining, Inc.", "brekkeprecision.com", """
Big Blue: Haas VF-6 vertical machining centre in bay 2
Old Yeller: Doosan Puma 2600 CNC lathe (Fanuc control, yellow guards) in bay 3
the morning sheet: the daily dispatch list report from JobBOSS2, printed automatically at 5:45 am in the shop office
the drip feed: Predator DNC software on the server sending NC programs to the machines
Ray's box: the Zeiss CMM inspection PC running Calypso in the QC room
the clock: the JobBOSS2 shop-floor time-clock kiosk by the break room (badge scan)
the dongle: the Mastercam network licence (NetHASP key on the server)
the cert pack: the bundle of material certs and inspection reports sent with each shipment
the mezzanine: engineering and programming office upstairs
""", [
    ["lars@brekkeprecision.com", "Lars Brekke", "President"],
    ["denise@brekkeprecision.com", "Denise Hollis", "Office Manager / HR"],
    ["ray@brekkeprecision.com", "Ray Okonkwo", "Quality Manager"],
    ["tomasz@brekkeprecision.com", "Tomasz Wilk", "CNC Programming Lead"],
    ["jenny@brekkeprecision.com", "Jenny Alcott", "Shipping & Receiving"],
    ["carl@brekkeprecision.com", "Carl Dufresne", "Shop Foreman"],
], "-0600", phone="2200 Foundry Rd, Unit B | (319) 555-0187 | ISO 9001:2015 / AS9100D certified")

X("bpm-01", "2025-03-12", "JobBOSS2 dispatch list scheduled print failing",
  """The JobBOSS2 dispatch list that prints in the shop office before first shift came out blank this
  week, just headers, and today it didn't print at all. The operators rely on it to know what to run.
  I printed it by hand from JobBOSS2 and it was fine, so the data is there.""",
  """The dispatch list is printed by a Windows scheduled task on the server that runs the JobBOSS2 report
  with a service account. That account's password was changed during the security cleanup, so the task
  ran with a cached token and produced empty output, then failed once the token expired. I updated the
  task credentials, set the account to 'password never expires' with a long passphrase in the vault, and
  ran the task: 4 pages, all work centres. I added an e-mail alert if the task fails.""")

X("bpm-02", "2025-05-20", "Shop office printer out of toner every morning",
  """Carl here. The printer in the shop office keeps running out of toner and it's always in the morning
  when we need it. Operators print travellers and drawings on it all day. Can we get a bigger printer or
  have toner sent automatically?""",
  """The shop office printer is a small desktop unit printing 6,000 pages a month. I replaced it with
  a leased Brother workgroup printer with high-yield toner and enabled the supplier's automatic toner
  replenishment. Travellers and drawings print faster, and a spare cartridge sits in the cabinet.""")

X("bpm-03", "2025-08-06", "Predator DNC transfers to Haas VF-6 stopping mid-program",
  """Long programs sent from Predator DNC to the Haas VF-6 stop partway through with a timeout while the machine is cutting in DNC mode, which ruins the part. Short programs are fine. Tomasz checked the program and
  it's good.""",
  """The VF-6 used a serial link with XON/XOFF flow control, and the old USB-to-serial adapter on the
  server dropped characters under load, so Predator timed out. I moved the VF-6 to Ethernet DNC using
  the Haas Net Share option, configured the Predator port for it and ran a 2 MB program in DNC mode with
  no interruption. Serial is kept only for the old Bridgeport.""")

X("bpm-04", "2025-10-01", "Mastercam post processor splitting long programs",
  """Tomasz here. Long programs posted from Mastercam for the 5-axis work are too big for machine memory
  and we have to split them by hand. Can the post processor split them or should we drip feed?""",
  """I updated the Mastercam post processor settings to output subprograms for repeated toolpaths and
  enabled the 'split by tool' option with a maximum file size. The long programs now post as a main
  program and subprograms that fit in memory. For anything larger Tomasz will still use DNC.""")

X("bpm-05", "2025-01-09", "Mastercam NetHASP licence server unreachable after reboot",
  """Mastercam on all three programming PCs says no licence found after the server was rebooted for
  updates last night. Tomasz can't program. The HASP key is plugged into the server.""",
  """The Sentinel licence manager service on the server was set to manual start and did not come back
  after the reboot, and the Windows firewall update had also reset the rule for UDP 1947. I set the
  service to automatic, recreated the firewall rule and ran the Mastercam licensing tool on each PC:
  all three seats checked out. I added the service to the post-patch checklist.""")

X("bpm-06", "2025-12-09", "Additional Mastercam seat for second programmer",
  """We're hiring a second programmer in January. Do we need another Mastercam licence, and how much is
  it? Tomasz says the current licences are always in use.""",
  """Our network licence has three seats, and the log shows all three in use most afternoons. I got a
  quote from the reseller for a fourth Mill Level 3 seat on the same NetHASP and a maintenance co-term.
  Once you approve, the key is updated remotely.""")

X("bpm-07", "2025-06-24", "Zeiss Calypso can't connect to CMM controller",
  """Ray here. Calypso on the CMM PC says the controller is not reachable when starting a measurement
  plan. The CMM itself powers up. This morning we had first article inspections waiting.""",
  """The CMM PC's second network card, which connects directly to the Zeiss controller, had Windows
  power management turned on and was going to sleep. After the last update it also lost its static IP.
  I set the static IP back, disabled power saving on that card, and Calypso connects to the controller.
  Measurement plans run.""")

X("bpm-08", "2025-02-18", "CMM inspection reports saving to server share",
  """Ray wants the inspection reports from the CMM PC to save straight to the quality folder on the
  server instead of a USB stick. The CMM PC isn't on the domain.""",
  """I added the CMM PC's office network card to the domain network and mapped the quality share with
  a dedicated account. Calypso's report output path now points to the share, organised by part number.
  Ray can open reports from his desk.""")

X("bpm-09", "2025-04-15", "JobBOSS2 time clock kiosk showing database error",
  """Denise here. The time clock kiosk by the break room gives an error when people scan their badges
  and nobody's punches are recorded. It started this morning.""",
  """The kiosk lost its connection to the JobBOSS2 SQL database because the SQL Server service on the
  server restarted with a different port after updates. I set SQL to a fixed port, updated the kiosk
  connection, and entered this morning's missing punches from the paper sheet. Badge scans record
  again.""")

X("bpm-10", "2025-07-16", "Payroll export from JobBOSS2 to Paychex overtime hours",
  """Denise: the payroll export from JobBOSS2 to Paychex puts all hours into regular, so overtime is
  missing for the second shift. I fix it by hand every week.""",
  """The export template mapped all labor hours to the regular earning code. I split hours above 40
  to the overtime code and mapped second-shift differential. The export now matches Denise's manual
  totals for the last two weeks.""")

X("bpm-11", "2025-09-10", "Combined PDF of material certs and inspection reports missing certs",
  """Jenny: customers are telling us the PDF we e-mail with shipments is missing the material
  certificates; only the inspection report is in it. We build it with the Acrobat action on the shipping
  PC.""",
  """The Acrobat action combines every PDF in the job's shipping folder, but the new receiving scanner
  saved material certificates to the receiving folder instead. I pointed the scanner's profile to the
  job folder by job number and updated the action to check for a certificate before combining.""")

X("bpm-12", "2025-11-18", "UPS WorldShip customer e-mail notifications",
  """Jenny here. Customers want e-mail notifications when we ship with UPS, with the tracking number. How
  do I set that in WorldShip?""",
  """I enabled Quantum View Notify in WorldShip with the customer's e-mail from the address book, for
  ship and delivery. The shipping e-mail includes our PO and the tracking number.""")

X("bpm-13", "2025-05-06", "Doosan Fanuc control not reading USB memory stick",
  """Carl: the Doosan Puma 2600's Fanuc control doesn't see the USB memory stick we use to load
  programs. Other sticks worked before. Operators can't load the new program.""",
  """The Fanuc control only reads FAT32, and the new USB sticks came formatted exFAT. I reformatted
  them to FAT32, labelled them for the lathe, and the control reads the program. I also enabled the
  Ethernet program transfer for future use.""")

X("bpm-14", "2024-11-13", "USB stick policy after malware on shop PC",
  """Carl found malware on the shop floor PC after someone plugged in a personal USB stick. Can we stop
  people using random sticks?""",
  """I cleaned the shop floor PC with Defender and blocked USB storage by policy on office PCs, with an
  exception for the approved sticks used for machine programs. Only labelled shop sticks work.""")

X("bpm-15", "2026-01-13", "JobBOSS2 user for new planner",
  """We hired a production planner, Megan Liu, starting Monday. She needs a JobBOSS2 user with
  scheduling and purchasing, not accounting.""",
  """I created Megan's JobBOSS2 user with the Scheduling and Purchasing security groups, no accounting
  rights. Her Microsoft 365 account has MFA. I added her to the production team in Teams.""")

X("bpm-16", "2025-08-20", "Shop floor Wi-Fi for tablets",
  """We want tablets at each machine to view drawings. The Wi-Fi in the shop doesn't reach bay 3.""",
  """I installed an industrial access point in bay 3 on the shop VLAN. The tablets connect and open
  drawings from the server share. Coverage is good in all bays.""")

X("bpm-17", "2025-10-22", "Backup of JobBOSS2 database",
  """Lars wants to know if the JobBOSS2 database is backed up and how fast we could restore.""",
  """The JobBOSS2 SQL database backs up nightly to the NAS and offsite to the cloud. I tested a
  restore to a test server and it took 25 minutes. I wrote a short restore procedure.""")

X("bpm-18", "2026-02-24", "CMMC questionnaire from aerospace customer",
  """An aerospace customer sent a CMMC self-assessment questionnaire. Lars needs help with the IT
  controls.""",
  """I filled in the access control, MFA, logging and backup sections. Several controls are partial:
  FIPS encryption and incident response. I proposed a plan with costs.""")

X("bpm-19", "2025-03-26", "Phone system extension for shipping",
  """Jenny needs a phone at the shipping desk with its own extension and the ability to page the
  shop.""",
  """I added extension 140 at the shipping desk and enabled paging to the shop speakers with code
  *80. Jenny tested a page.""")

X("bpm-20", "2025-06-10", "Microsoft 365 MFA for shop leads",
  """Our insurer requires MFA. Some shop leads don't carry phones on the floor.""",
  """I gave the shop leads FIDO2 keys and registered them. Office staff use Authenticator. MFA is now
  enforced for all.""")

X("bpm-21", "2025-12-16", "Label printer in receiving",
  """Receiving needs a label printer for material tags with the job number barcode.""",
  """I installed a Zebra label printer in receiving and created a JobBOSS2 material tag template with
  the job number barcode.""")

X("bpm-22", "2026-04-07", "Security cameras for the yard",
  """Lars wants cameras on the yard and loading dock.""",
  """I installed two PoE cameras on the loading dock and yard on the camera VLAN, recording to the
  NVR. Lars can view them on his phone.""")

X("bpm-23", "2024-09-17", "Engineering PCs slow with large CAD files",
  """The programming PCs upstairs are slow opening large CAD files from customers.""",
  """I upgraded the programming PCs with 64 GB memory and NVMe drives and moved the CAD cache to the
  local drive. Large files open in a third of the time.""")

X("bpm-24", "2025-04-29", "Guest Wi-Fi for customer visits",
  """Customers doing source inspection need internet in the conference room.""",
  """I set up a guest SSID isolated from the shop and office networks. The password is on a card in the
  conference room.""")

X("bpm-25", "2025-09-24", "Haas machine network setup for Net Share",
  """Tomasz wants the other Haas machines to load programs from the server like the VF-6.""",
  """I configured Net Share on the other Haas machines with the server path and a service account.
  Programs load from the server.""")

X("bpm-26", "2026-05-19", "Laptop for Lars",
  """Lars needs a new laptop for travel with access to JobBOSS2.""",
  """I set up a laptop with BitLocker, VPN and the JobBOSS2 client. Lars tested from home.""")

E(5, "2026-11-02 06:10", "morning sheet",
  """Priya,

The morning sheet came out with just the headers again, no jobs under any of the machines. Guys were
standing around waiting for me to tell them what to run. Second day in a row. I pulled it up on the
screen for now but can you fix it for tomorrow?

Carl""", ["bpm-01"], "nickname")

E(3, "2026-11-04 14:25", "drip feed quitting on Big Blue",
  """Hi Priya,

The drip feed quit on Big Blue again halfway through the long manifold program - second scrapped part
this week. It's fine on the short stuff. I double-checked the code, nothing wrong there. Can you check
the link before second shift?

Tomasz""", ["bpm-03"], "nickname")

E(3, "2026-11-05 07:05", "no seats",
  """Priya,

None of us upstairs can get in this morning - it tells us there's nothing available to check out. The
server had updates last night I think. The dongle's blinking like usual. We have a hot job from the
customer.

Tomasz""", ["bpm-05"], "nickname")

E(2, "2026-11-09 07:50", "QC room",
  """Priya,

The machine in the QC room powers up fine, but the software on the computer can't talk to it - says it
can't reach it when I hit start on any of my plans. Windows did its update thing Friday. I have first
articles sitting here for the aerospace job.

Ray""", ["bpm-07"], "symptom")

E(1, "2026-11-10 06:40", "swipe thing by the lunch tables",
  """Priya, the gadget by the lunch tables has been showing a red message to everyone since 6 when they swipe,
and nobody's hours are landing anywhere. I've got a clipboard going by the door for now. I run payroll
Friday so I need this sorted before I close out the week.

Denise""", ["bpm-09"], "symptom")

E(4, "2026-11-12 11:00", "customer says paperwork is incomplete",
  """Hi Priya,

Two customers came back to me saying the documents we send along with their parts only have the
inspection sheet and not the mill paperwork for the steel. I do it the same way I always do. We got the
new scanner at the receiving dock a while back, not sure if that matters.

Jenny""", ["bpm-11"], "paraphrase")

E(5, "2026-11-16 09:30", "Old Yeller won't read sticks",
  """Priya,

Old Yeller won't see the new sticks we bought. I plug it in and the list is empty. The old stick works but
it's cracked. They're not personal ones either - Denise bought them for the shop, labelled and all, so
it shouldn't be the block you put on after the virus. The guys need the new bracket job this morning.

Carl""", ["bpm-13"], "nickname")

E(1, "2026-11-18 13:15", "new planner JobBOSS2 user",
  """Priya,

We hired a second production planner, Sam Ortiz, starting December 1. He needs a JobBOSS2 user with
scheduling and purchasing like Megan, no accounting, and a Microsoft 365 account.

Denise""", ["bpm-15"])

E(1, "2026-11-20 10:45", "Paychex export overtime again",
  """Priya,

The payroll export from JobBOSS2 to Paychex is putting overtime into regular hours again after the
JobBOSS2 update. Second shift overtime is missing. Can you fix the export template?

Denise""", ["bpm-10"])

E(3, "2026-11-23 15:20", "fourth Mastercam seat",
  """Priya,

Our new programmer starts in January. We need the fourth Mastercam seat on the NetHASP network licence
that you quoted. Lars approved it. Can you order it from the reseller?

Tomasz""", ["bpm-06"])

E(4, "2026-11-30 08:35", "UPS WorldShip notifications",
  """Hi Priya, a new customer wants UPS e-mail notifications with tracking numbers when we ship. How do I
add them in WorldShip Quantum View Notify? I forgot.

Jenny

On Thu, Nov 26, 2026 at 2:15 PM Carl Dufresne <carl@brekkeprecision.com> wrote:
> Jenny, the Hartwell brackets are done and through QC, two skids. They want them on the truck
> Monday, and they asked for tracking e-mails this time.""", ["bpm-12"])

E(2, "2026-12-02 16:00", "CMM reports to the server",
  """Priya,

The CMM inspection reports from Calypso are saving to the USB stick again instead of the quality share
on the server. I think the mapped share dropped. Can you check the report path?

Ray""", ["bpm-08"])

E(0, "2026-12-04 09:05", "CMMC questionnaire follow-up",
  """Priya,

The aerospace customer sent the CMMC self-assessment again for the new contract. Can you update the IT
controls answers from last time, and tell me where we are on FIPS encryption and incident response?

Lars""", ["bpm-18"])


# ---------------------------------------------------------------- padding
# Extra sentences appended to short past exchanges (client part, answer part), kept apart so the
# main texts above stay readable.
PAD = {
 "cha-15": ("Nothing looks different on our side.", ""),
 "cha-16": ("Right now someone has to dial in from the desk phone and write each message down on paper.", ""),
 "cha-17": ("I'm in surgery all afternoon.", ""),
 "cha-18": ("We'd like it done before the weekend, and please tell us if the staff devices need anything.", ""),
 "cha-19": ("The inspector arrives in three weeks and wants it in advance.", ""),
 "cha-21": ("Please make sure it can't happen again, we had a patient under anesthesia.", ""),
 "cha-22": ("We only send a handful a week, so it doesn't need to be fancy.", ""),
 "cha-23": ("I didn't click it, I think.", ""),
 "cha-24": ("It has been on for a day.", ""),
 "cha-25": ("It takes the front desk a long time each evening and the files get misnamed.", ""),
 "cha-26": ("The quote is due by the end of the month, so there's a little time.", "They should come back within a week."),
 "hfp-05": ("Thanks.", ""),
 "hfp-09": ("Karl says nothing was changed on our side this week.", ""),
 "hfp-10": ("Thanks a lot.", ""),
 "hfp-12": ("One lady said she would move her prescriptions elsewhere.", ""),
 "hfp-13": ("Thank you.", ""),
 "hfp-14": ("Thanks.", ""),
 "hfp-15": ("He has to keep two windows open and retype patient details, which is slow at the counter.", ""),
 "hfp-16": ("It is required by our policy for controlled drugs.", ""),
 "hfp-17": ("We've tried charging them overnight.", ""),
 "hfp-18": ("I'd like a written answer for the binder.", ""),
 "hfp-19": ("The techs don't carry phones during the shift, which worries Karl a bit.", "Techs without phones got a hardware key."),
 "hfp-20": ("It slows the line at pickup, especially on Mondays.", ""),
 "hfp-21": ("He doesn't want to drive in every time an alarm goes off at night.", ""),
 "hfp-22": ("She didn't send anything, but she's shaken.", ""),
 "hfp-23": ("Thanks, Becky.", ""),
 "hfp-24": ("The techs hate working at that window.", "The old PC is wiped and recycled."),
 "hfp-25": ("It takes me an hour every pay period.", "Ingrid approved the change after comparing."),
 "hfp-26": ("We give about 30 shots a day in the season and want them reported correctly.", "Future shots go to the new endpoint automatically."),
 "hmm-02": ("It was about an hour and a half long.", ""),
 "hmm-04": ("Thanks.", ""),
 "hmm-06": ("Thank you, Hugo.", ""),
 "hmm-07": ("I'm worried the files are gone forever.", ""),
 "hmm-08": ("I'd rather not go back to it.", ""),
 "hmm-10": ("He'd like to see alarms on weekends.", ""),
 "hmm-11": ("It happens mostly on busy weekend afternoons.", ""),
 "hmm-12": ("Visitors can't get through the gallery scanners with those tickets.", ""),
 "hmm-13": ("I'm the only one who works in it.", ""),
 "hmm-14": ("They start next Saturday, and I'd like them trained on Friday afternoon.", "They're also on the staff e-mail list."),
 "hmm-15": ("The newsletter goes out next week and we only want to mail people who are paid up.", "The query is saved."),
 "hmm-16": ("The couple arrives at five and the slideshow starts at seven, so we really need the wall panel working.", ""),
 "hmm-17": ("Right now the bookings go to Aisha's own inbox, and nobody sees them when she's off.", "Old messages were moved over."),
 "hmm-18": ("They want a written statement about how often and where, and whether we have tested a restore recently.", "Testing repeats yearly."),
 "hmm-19": ("The last wedding DJ couldn't stream music because the login page kept timing out.", "The events hall network is isolated."),
 "hmm-20": ("Typing them in one by one on the iPad will take all afternoon.", "Stock counts were imported too."),
 "hmm-21": ("Two donors actually asked if it was real, and one bought cards before calling.", "The donor who bought cards was advised to contact the card issuer."),
 "hmm-22": ("Right now they ring the bell and someone has to come down to let them in.", "Volunteer badges are collected at the end of each season."),
 "hmm-23": ("He is away for a week next month, and he needs to edit records from the lender's site, not only read them.", "He also has a USB-C charger for travel."),
 "hmm-24": ("They mostly need e-mail and the shift schedule in Teams, nothing else, and we want to keep the cost low.", "This saves about two thirds per seat."),
 "hmm-25": ("She saw one at another museum and visitors seemed to like tapping a card on the way out.", "Reports appear in the weekly gift summary."),
 "hmm-26": ("It's the office laser printer and the labels come out crumpled or stuck inside; Hugo has wasted half a box.", "Use the rear tray for labels and envelopes only."),
 "lma-03": ("He's had to babysit it all evening.", ""),
 "lma-04": ("Thanks, Theo.", ""),
 "lma-07": ("Thanks.", ""),
 "lma-09": ("Please help soon.", ""),
 "lma-10": ("The new hires were set up by me last week.", ""),
 "lma-11": ("Thanks.", ""),
 "lma-12": ("She installed Revit on it yesterday herself.", "Her OneDrive folder was cleaned."),
 "lma-13": ("He misses the deadlines for the review responses.", ""),
 "lma-14": ("Then they are fine until the next day.", ""),
 "lma-15": ("Right now everybody's phone rings.", "Done same day."),
 "lma-16": ("She'll be on the library project with Dev and in the office three days a week.", "Her licence ends with the internship."),
 "lma-17": ("Theo starts the brochure next week and needs InDesign as well.", "All good."),
 "lma-18": ("It had the consultant drawings and reports, and the structural review is Friday.", "Nothing else changed."),
 "lma-19": ("They can't open the project files and the plotter queue is stuck, so they're sending everything by e-mail.", ""),
 "lma-20": ("We've wasted half a roll and the print for the review is due at 4 pm today.", ""),
 "lma-21": ("Greta wants a recommendation before the end of the quarter and a cost.", "Cost is on the proposal."),
 "lma-22": ("It's the PC by the plotter that everyone uses to print large sheets from the server.", "Tested with Colleen."),
 "lma-23": ("The other iPads work fine with all the apps, and we reset the two because they were slow.", "Done remotely."),
 "lma-24": ("Right now we give them the office password, which isn't great, and some bring their laptops to every meeting.", "Tested with a phone."),
 "lma-25": ("Right now everyone's signature is slightly different, and some have the old address and old logo too.", "Tested on phones."),
 "lma-26": ("They also want to upload their own model for coordination and clash checks every two weeks.", "Done."),
 "wex-06": ("Thanks.", ""),
 "wex-08": ("Thanks.", ""),
 "wex-09": ("The file size is usually big.", ""),
 "wex-10": ("They start next Monday.", ""),
 "wex-11": ("Thanks, Arthur.", ""),
 "wex-12": ("We've double-booked it twice this month.", ""),
 "wex-13": ("It has happened with three firms.", ""),
 "wex-14": ("Scan to folder still works fine for now.", ""),
 "wex-15": ("We ran out twice last quarter.", "Kim gets a copy of the alert."),
 "wex-16": ("His supervisor is Dottie.", "Janet will train him."),
 "wex-17": ("The contractors are understandably upset about it.", ""),
 "wex-18": ("They are from the 1800s and fragile, so we only want to handle them once.", ""),
 "wex-19": ("His old office phone should go to the planner's intern.", "Done."),
 "wex-20": ("Some of them work outdoors all day and don't sit at a desk much.", "Training sheet sent."),
 "wex-21": ("Some questions I honestly don't understand at all.", "Arthur signed it."),
 "wex-22": ("She asked me to check with you whether anything is lost.", "Alerts come to me too."),
 "wex-23": ("Thanks for looking into this today.", ""),
 "wex-24": ("People were refreshing it every minute and some got errors for half an hour.", "Kim has the steps."),
 "wex-25": ("Right now staff stay late to unlock the door, which isn't fair to them.", "Arthur approved it."),
 "wex-26": ("Kim still wants to approve anything before it goes live, especially for the Select Board.", "Short guide sent to each department."),
 "bpm-03": ("Thanks, Tomasz.", ""),
 "bpm-04": ("Thanks.", ""),
 "bpm-05": ("We have a rush job today for a customer.", ""),
 "bpm-06": ("He's also asking if it could be a different level for the new guy.", ""),
 "bpm-07": ("Ray tried restarting it twice already.", ""),
 "bpm-08": ("Sticks get lost and we had one go through the wash.", ""),
 "bpm-09": ("The operators are writing times on paper for now.", ""),
 "bpm-10": ("It takes me two hours every Monday morning.", "Done."),
 "bpm-11": ("Two customers have asked about it.", ""),
 "bpm-12": ("Two of our bigger customers asked for it this month, and they want it for every shipment.", "It's on for all customers now, tested with one shipment."),
 "bpm-13": ("The old sticks are worn out.", ""),
 "bpm-14": ("It was a music stick from home, and the PC started popping up adverts all over the place.", "Carl has the list."),
 "bpm-15": ("She'll sit in the office next to Denise and needs the production schedule and purchasing screens.", "She can also see the dispatch list."),
 "bpm-16": ("The tablets just show no connection back there, and the operators have to walk to the office to look at a drawing.", "The tablets are on a separate SSID."),
 "bpm-17": ("A customer audit asked about it and he'd like something on paper, including how long we'd be down.", "The procedure is in the quality manual now."),
 "bpm-18": ("It's about 60 questions and a lot of it is about access control, logs and encryption, which we don't really understand.", "Lars reviewed the plan and approved the first phase."),
 "bpm-19": ("She's at the far end of the building, and right now people shout or walk over when a truck arrives.", "The extension shows on the directory."),
 "bpm-20": ("The office people all have phones, but the shop guys leave theirs in lockers during the shift.", "Shop leads tap the key at the terminal PCs."),
 "bpm-21": ("Right now Jenny writes tags by hand, and they get lost or smudged in the racks.", "It uses the same barcode as the travellers, so the shop can scan it."),
 "bpm-22": ("There have been a couple of thefts of scrap metal at night and the insurance company asked.", "Recordings are kept 30 days, and motion alerts are on at night."),
 "bpm-23": ("Tomasz says some of the step files take ten minutes to open, and the PCs freeze while they load.", "The old drives were recycled."),
 "bpm-24": ("Right now they use their phone hotspots, which don't work well inside the building with the metal roof.", "The network is isolated and limited in speed."),
 "bpm-25": ("It would save walking USB sticks to every machine, and they'd always have the latest program revision.", "Tested on each machine by Tomasz."),
 "bpm-26": ("His old one is six years old and very slow, and the battery lasts an hour.", "His old laptop was wiped and kept as a spare for visitors."),
}


PAD2 = {
 "bpm-03": ("Any ideas?", ""), "bpm-04": ("It wastes an hour per job.", ""),
 "bpm-05": ("Please hurry.", ""), "bpm-07": ("The customer is waiting on these.", ""),
 "bpm-09": ("Payroll closes on Friday as usual.", ""),
 "bpm-10": ("Second shift people notice when it's wrong.", "Checked by Denise."),
 "bpm-12": ("Thanks.", "Tested."), "bpm-13": ("We tried three different new ones.", ""),
 "bpm-14": ("", "Defender scans weekly now."), "bpm-15": ("She comes from another shop.", "Welcome sheet sent."),
 "bpm-16": ("", "Signal checked at each machine."), "bpm-17": ("He asked me to send it to you.", ""),
 "bpm-18": ("They want it by month end.", "The customer accepted the plan as interim."),
 "bpm-19": ("Thanks.", "The paging volume was set lower in the office area so it doesn't disturb calls."),
 "bpm-20": ("We'd like to avoid buying phones for all of them if possible.", "Spare keys are with Denise in the office safe, labelled by name."),
 "bpm-21": ("It should print on tough labels that survive oil and handling in the racks.", "Labels are synthetic so they survive coolant."),
 "bpm-22": ("The dock door is also left open sometimes on second shift and he wants to see it from home.", "Night views are clear with infrared."),
 "bpm-23": ("Especially the big assemblies from the aerospace customer.", "Tomasz confirmed the improvement."),
 "bpm-24": ("It's awkward when they want to send photos back to their office during the inspection.", "Customers were happy with the speed at the last visit."),
 "bpm-25": ("The operators would prefer it on every machine before the new year.", "The USB sticks remain as a fallback if the network is down for any reason."),
 "bpm-26": ("He also wants to do quotes on the road and see the schedule while visiting customers.", "He can also reach the shared drives and Teams from hotels without issues."),
 "hfp-17": ("Please check.", ""), "hfp-19": ("Any suggestions?", ""), "hfp-23": ("It looks unprofessional.", ""),
 "hfp-24": ("It is also very noisy.", ""), "hfp-25": ("There are nine employees on the clock.", ""),
 "hmm-04": ("Thanks!", ""), "hmm-06": ("It happens every time.", ""), "hmm-07": ("Please help.", ""),
 "hmm-11": ("It's our busiest shop month.", ""), "hmm-12": ("The gallery guards have to check by hand.", ""),
 "hmm-14": ("Both are college students who worked here last summer.", ""),
 "hmm-17": ("Is that possible?", "Tested both."), "hmm-18": ("The form is due soon.", "Sent to Hugo."),
 "hmm-19": ("Any thoughts?", "Works."), "hmm-20": ("Thanks!", "Aisha checked prices."),
 "hmm-21": ("She is quite upset.", ""), "hmm-22": ("Some come only twice a month.", "Done."),
 "hmm-23": ("He is careful with data.", "Tested at home."),
 "hmm-24": ("They leave in September.", "Their mailboxes are kept for a month."),
 "hmm-25": ("She'd like it for the holiday season if possible.", "Eleanor made the first test gift."),
 "hmm-26": ("Thanks.", "Hugo printed a full sheet of box labels as a test."),
 "lma-03": ("Thanks.", ""), "lma-04": ("The client presentation is Friday morning.", ""),
 "lma-07": ("This is fairly urgent for us.", ""), "lma-09": ("Greta is asking what to do.", ""),
 "lma-10": ("Both are on full time.", ""), "lma-11": ("It's confusing people.", ""),
 "lma-12": ("It's a brand new machine.", ""), "lma-14": ("Not all of them, though.", ""),
 "lma-15": ("Thanks so much, Colleen.", ""), "lma-16": ("Thanks, Greta.", ""),
 "lma-17": ("He is waiting on it this week.", "Done."), "lma-18": ("Nobody admits to it.", ""),
 "lma-19": ("Thanks.", ""), "lma-21": ("Thanks!", ""), "lma-22": ("", "Works now."),
 "lma-23": ("Thanks.", "Both are set up."), "lma-24": ("Thank you.", "Done today."),
 "lma-25": ("Greta wants it done by Monday.", "Done."), "lma-26": ("They're a new firm for us.", "Done."),
 "wex-06": ("Thanks.", ""), "wex-08": ("Thanks.", ""), "wex-10": ("Raj is keen to start them.", ""),
 "wex-11": ("Thank you.", ""), "wex-12": ("It's a mess.", ""), "wex-13": ("Thanks.", ""),
 "wex-14": ("It's urgent for us.", ""), "wex-15": ("Thanks, Kim.", ""),
 "wex-16": ("He also needs Outlook.", "Done Friday."), "wex-17": ("Thanks, Raj.", ""),
 "wex-19": ("Thank you.", "Tested both."), "wex-20": ("Thanks.", "Works."),
 "wex-21": ("Thank you.", ""), "wex-22": ("Please advise on this.", ""),
 "wex-23": ("It's urgent.", ""), "wex-25": ("", "Tested."),
 "wex-26": ("Thanks.", "Kim is happy with it."),
}
for _k, (_c, _a) in PAD2.items():
    _o = PAD.get(_k, ("", ""))
    PAD[_k] = ((_o[0] + " " + _c).strip(), (_o[1] + " " + _a).strip())


PAD3 = {
 "lma-17": ("Thanks, Greta.", ""), "lma-24": ("Let me know.", "Signage updated too."),
 "lma-15": ("Thanks a lot.", ""), "lma-23": ("", "Dev confirmed."), "lma-18": ("Please help.", ""),
 "lma-16": ("Thanks in advance.", ""), "lma-25": ("Thanks in advance.", ""), "lma-21": ("Thanks, Greta.", ""),
 "wex-20": ("", "Tested fine."), "wex-17": ("Please check.", ""), "wex-15": ("Can you check?", ""),
 "wex-23": ("Thanks so much.", ""), "wex-22": ("She asked me to write.", ""),
 "wex-19": ("Thanks a lot.", "Done on Friday."), "wex-16": ("Thanks, Dottie.", ""),
 "wex-21": ("Thanks in advance.", ""), "wex-25": ("", "Works well."),
 "wex-26": ("Thanks, Kim.", "Working well."), "hmm-21": ("Please advise.", ""),
 "hmm-26": ("Any ideas, Priya?", ""), "hmm-19": ("Thanks, Aisha.", ""), "hmm-23": ("", "Done."),
 "hmm-20": ("Thank you.", "All set now."), "hmm-17": ("Thanks, Eleanor.", ""),
 "hmm-24": ("Thanks in advance.", "Done last spring."), "bpm-23": ("Thanks.", "Done."),
}
for _k, (_c, _a) in PAD3.items():
    _o = PAD.get(_k, ("", ""))
    PAD[_k] = ((_o[0] + " " + _c).strip(), (_o[1] + " " + _a).strip())


def _apply_pad():
    for c in CLIENTS:
        for x in c["exchanges"]:
            extra = PAD.get(x["key"])
            if extra:
                if extra[0]:
                    x["client"] += " " + extra[0]
                if extra[1]:
                    x["answer"] += " " + extra[1]


# ---------------------------------------------------------------- validation and BM25 check
def validate(data):
    errors = []
    keys = {}
    for c in data["clients"]:
        dom = c["domain"]
        if not 4 <= len(c["contacts"]) <= 6:
            errors.append("contacts count " + c["name"])
        for addr, _, _ in c["contacts"]:
            if not addr.endswith("@" + dom):
                errors.append("contact domain " + addr)
        if not 8 <= len(c["glossary"].splitlines()) <= 12:
            errors.append("glossary lines " + c["name"])
        if len(c["exchanges"]) < 26:
            errors.append("exchanges < 26 for " + c["name"])
        for x in c["exchanges"]:
            if x["key"] in keys:
                errors.append("duplicate key " + x["key"])
            keys[x["key"]] = c["name"]
            if not ("2023-01-01" <= x["date"] <= "2026-10-31"):
                errors.append("date " + x["key"])
            for part, lo, hi in (("client", 40, 120), ("answer", 40, 140)):
                n = len(x[part].split())
                if not lo <= n <= hi:
                    errors.append("%s %s words %d" % (x["key"], part, n))
    by_name = {c["name"]: c for c in data["clients"]}
    ids = set()
    for e in data["emails"]:
        if e["id"] in ids:
            errors.append("duplicate id " + e["id"])
        ids.add(e["id"])
        c = by_name.get(e["client"])
        if c is None:
            errors.append("unknown client " + e["id"])
            continue
        head, _, body = e["raw"].partition("\n\n")
        m = re.match(r"From: .* <([^>]+)>\n", head)
        if not m or m.group(1) not in [a for a, _, _ in c["contacts"]]:
            errors.append("sender not a contact " + e["id"])
        for h in ("From:", "To:", "Subject:", "Date:"):
            if "\n" + h not in "\n" + head:
                errors.append("header %s missing %s" % (h, e["id"]))
        if not re.search(r"\nDate: \w{3}, \d\d (Nov|Dec) 2026 ", "\n" + head):
            errors.append("date header " + e["id"])
        n = len(body.split())
        if not 40 <= n <= 320:
            errors.append("%s body words %d" % (e["id"], n))
        if not 1 <= len(e["relevant"]) <= 3:
            errors.append("relevant count " + e["id"])
        for k in e["relevant"]:
            if keys.get(k) != e["client"]:
                errors.append("relevant %s not of client (%s)" % (k, e["id"]))
        if e["hard"] != bool(e["hard_kind"]) or e["hard_kind"] not in ("", "nickname", "symptom", "paraphrase", "cross-client"):
            errors.append("hard flags " + e["id"])
    for c in data["clients"]:
        mine = [e for e in data["emails"] if e["client"] == c["name"]]
        if len(mine) < 13:
            errors.append("emails < 13 for " + c["name"])
        if sum(e["hard"] for e in mine) * 2 < len(mine):
            errors.append("hard < half for " + c["name"])
    return errors


def _tok(text):
    return re.findall(r"\w+", text.lower())


def bm25_check(data, details=False, k1=1.2, b=0.75):
    """Plain Okapi BM25 within the e-mail's client: doc = title + client message + answer,
    query = Subject + body (headers dropped). Prints recall@1 overall and on the hard ones."""
    by_name = {c["name"]: c for c in data["clients"]}
    res = []
    for e in data["emails"]:
        c = by_name[e["client"]]
        docs = [(x["key"], _tok(x["title"] + " " + x["client"] + " " + x["answer"])) for x in c["exchanges"]]
        n = len(docs)
        avgdl = sum(len(d) for _, d in docs) / n
        df = {}
        for _, d in docs:
            for t in set(d):
                df[t] = df.get(t, 0) + 1
        head, _, body = e["raw"].partition("\n\n")
        subj = re.search(r"^Subject: (.*)$", head, re.M).group(1)
        q = _tok(subj + "\n" + body)
        scores = []
        for key, d in docs:
            tf = {}
            for t in d:
                tf[t] = tf.get(t, 0) + 1
            s = 0.0
            for t in q:
                if t in tf:
                    idf = math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5))
                    s += idf * tf[t] * (k1 + 1) / (tf[t] + k1 * (1 - b + b * len(d) / avgdl))
            scores.append((s, key))
        scores.sort(key=lambda x: -x[0])
        hit = scores[0][1] in e["relevant"]
        res.append((e, hit, scores[:3]))
        if details:
            print("%s %-12s %-5s rel=%s top=%s" % (e["id"], e["hard_kind"] or "-", hit, e["relevant"],
                                                  [(k, round(s, 1)) for s, k in scores[:3]]))
    allr = sum(h for _, h, _ in res) / len(res)
    hard = [h for e, h, _ in res if e["hard"]]
    easy = [h for e, h, _ in res if not e["hard"]]
    print("BM25 recall@1 overall %.2f (%d e-mails), hard %.2f (%d), non-hard %.2f (%d)"
          % (allr, len(res), sum(hard) / max(1, len(hard)), len(hard), sum(easy) / max(1, len(easy)), len(easy)))
    kinds = {}
    for e, h, _ in res:
        if e["hard"]:
            k = kinds.setdefault(e["hard_kind"], [0, 0])
            k[0] += h
            k[1] += 1
    print("  by kind: " + ", ".join("%s %d/%d" % (k, v[0], v[1]) for k, v in sorted(kinds.items())))
    return allr


def main():
    _apply_pad()
    data = build()
    errors = validate(data)
    for err in errors:
        print("ERROR", err)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tune2.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("clients", len(data["clients"]))
    for c in data["clients"]:
        print("  %-40s %d exchanges, %d e-mails" % (c["name"], len(c["exchanges"]),
                                                    sum(e["client"] == c["name"] for e in data["emails"])))
    print("emails", len(data["emails"]))
    kinds = {}
    for e in data["emails"]:
        if e["hard"]:
            kinds[e["hard_kind"]] = kinds.get(e["hard_kind"], 0) + 1
    print("hard", sum(kinds.values()), kinds)
    if "--check" in sys.argv:
        bm25_check(data, details="--details" in sys.argv)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
