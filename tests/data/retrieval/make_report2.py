"""Generate tests/data/retrieval/report2.json: an adversarial retrieval evaluation set.

Six invented clients, each with a glossary of house nicknames, 26+ past exchanges and
13+ new raw e-mails; more than half of the e-mails are lexically hard (nickname,
symptom, paraphrase, cross-client), and every hard e-mail has a near-miss exchange in
the same client that shares its surface words but is about another problem.

Run:   python tests/data/retrieval/make_report2.py            (writes report2.json)
       python tests/data/retrieval/make_report2.py --check    (also prints plain BM25 recall@1)
       python tests/data/retrieval/make_report2.py --check --details   (per e-mail top 3)
"""
import datetime
import json
import math
import os
import re
import sys

CONSULTANT = "Jonah Whitaker <jonah@whitaker-it.net>"
CLIENTS = []
EMAILS = []
_CUR = {}
# extra sentences per exchange key: (appended to the client's message, appended to the answer)
EXT = {}


def client(slug, name, organization, domain, tz, glossary, contacts, sig_extra=""):
    c = {"slug": slug, "name": name, "organization": organization, "domain": domain, "tz": tz,
         "glossary": "\n".join(l.strip() for l in glossary.strip().splitlines()),
         "contacts": [[a + "@" + domain, n, r] for a, n, r in contacts],
         "exchanges": [], "sig_extra": sig_extra.strip("\n")}
    CLIENTS.append(c)
    _CUR["c"] = c
    return c


def X(key, date, title, msg, answer):
    _CUR["c"]["exchanges"].append({"key": key, "date": date, "title": title,
                                   "client": " ".join(msg.split()), "answer": " ".join(answer.split())})


def E(sender, when, subject, body, relevant, kind="", sig=True, long_sig=False):
    """sender: index into the current client's contacts; when: 'YYYY-MM-DD HH:MM'."""
    EMAILS.append({"c": _CUR["c"], "sender": sender, "when": when, "subject": subject,
                   "body": body.strip("\n"), "relevant": relevant, "kind": kind, "sig": sig,
                   "long_sig": long_sig})


_QUOTE = re.compile(r"\n\n(On [^\n]*wrote:|-+ ?Forwarded message ?-+|-----Original Message-----)")

# ================================================================ 1. behavioural health
client("birchwood", "Birchwood Behavioral Health", "Birchwood Behavioral Health, Inc.", "birchwoodbh.org", "-0500", """
the blue book: monthly county contract report of unduplicated clients, run from CareLogic "Services by Funding Source" and exported to Excel
the Annex: the satellite office at 14 Mill Street (old bank building), own Comcast line and two UniFi access points
the fishbowl: the glass-walled group therapy room on the second floor, with a wall TV and a Chromecast
Big Bertha: the Konica Minolta bizhub C450i copier/scanner in the staff workroom
the kiosk: the Phreesia check-in iPad on the front counter
Lupe's queue: the RingCentral e-fax inbox where referral faxes land (main fax 555-0148)
the night run: the nightly Veeam backup of FS01 and the CareLogic scan share to the Synology NAS
the red phone: the crisis line, a RingCentral call queue ringing the Yealink handset at the nurses' station
the Thursday batch: the weekly 837P claims file sent from CareLogic to the Availity clearinghouse
the pods: the three soundproof telehealth booths with Zoom Rooms and Logitech MeetUp cameras
""", [
    ("dana.whitlock", "Dana Whitlock", "Practice Manager"),
    ("kosei", "Dr. Kwame Osei", "Clinical Director"),
    ("lupe.arredondo", "Lupe Arredondo", "Front Desk Lead"),
    ("marcus.feld", "Marcus Feld", "Billing Specialist"),
    ("tess.korhonen", "Tess Korhonen", "Staff Therapist"),
], sig_extra="""CONFIDENTIALITY NOTICE: This message may contain protected health information under 42 CFR Part 2 and HIPAA. If you received it in error, notify the sender and delete it.""")

X("ch-01", "2024-02-12", "bizhub C450i scan to folder fails after service account password change",
  """Since Friday every SMB destination on the Konica Minolta bizhub C450i fails with "Connection to
  server failed" and the job is discarded. Scan-to-e-mail destinations are unaffected. Could the service
  account have been changed?""",
  """The copier authenticates to \\\\FS01\\Scans with the svc-scan account, and its password was rotated on
  Thursday. I updated the password in each SMB destination in the bizhub address book (Web Connection >
  Store Address > SMB), 14 entries, and set the account to never expire so it does not happen again. Test
  scans to Dana's and the billing folders both arrived. If anyone's folder still fails, send me their name.""")
X("ch-02", "2023-05-03", "bizhub C450i tray 3 jams and toner order",
  """The big copier in the workroom keeps jamming in tray 3 when we print the intake packets, maybe every
  twenty pages. Also it says cyan toner is low, do we order that through you or Konica directly? Lupe says
  the jam light comes on even when there is no paper stuck.""",
  """Tray 3 jams with heavy packet paper because the guide is set for letter while the ream was legal-cut
  stock; I reset the guide and the paper size in Utility > Tray Settings. The phantom jam was a scrap stuck
  behind door 2, removed. Toner is on the Konica service contract: call 800-555-0111 with serial A9HK021003
  and they ship it free within two days.""")
X("ch-03", "2024-03-07", "CareLogic Services by Funding Source export missing county columns",
  """The Services by Funding Source report in CareLogic exported without the Funding Source grouping and
  without the distinct client total. In February it was fine. Did something change in the report or in
  Excel?""",
  """CareLogic's March release renamed the "Services by Funding Source" report parameters; the saved
  version you run lost the Funding Source grouping. I rebuilt the saved report with Group By = Funding
  Source, Distinct Client = Yes, and export format Excel (data only). The unduplicated count is again in
  column F. I saved it as "County Monthly - v2" under Shared Reports so everyone runs the same one.""")
X("ch-04", "2024-06-18", "CareLogic logs therapists out during notes",
  """Therapists keep getting logged out of CareLogic in the middle of writing progress notes and lose
  what they typed. It happens maybe after fifteen minutes. Tess lost a whole note yesterday. Can the timeout
  be longer?""",
  """The session timeout is an agency setting in CareLogic (Agency Setup > Security), set to 15 minutes. We
  raised it to 30, the maximum your compliance policy allows, and turned on the draft autosave for notes, so
  a timed-out note is kept as a draft under My Documents. The workstation lock at 10 minutes stays as it is.""")
X("ch-05", "2024-04-22", "Referral faxes not reaching the RingCentral fax inbox",
  """Two hospitals say they transmitted documents to 555-0148 this week, but no PDF was delivered to the
  frontdesk@ mailbox and spam is clean. Are incoming faxes being lost?""",
  """The faxes were received by RingCentral but the delivery rule was sending them only to a departed
  employee's extension after her account was deleted. I changed the fax number's notification to the
  frontdesk@ shared mailbox with the PDF attached and added Lupe as a second recipient. The 6 missing faxes
  were in the RingCentral web portal under Fax > Inbox; I forwarded them to you.""")
X("ch-06", "2024-08-09", "Yealink T54W at nurses' station reboot loop after firmware update",
  """The desk phone at the nurses' station keeps restarting, it shows the Yealink logo then goes black
  and starts again. It has been doing this since this morning. Dr. Osei needs that phone for the on-call
  nurse.""",
  """RingCentral pushed firmware 96.86 overnight and the T54W got stuck mid-upgrade. I held the OK key for
  a factory reset, let it re-provision from RingCentral, and it came up on the new firmware with the line and
  the queue login intact. If it loops again, unplug the PoE cable for 30 seconds before calling me.""")
X("ch-07", "2024-11-14", "Crisis line call queue not forwarding after hours",
  """Last night a client's mother called the crisis line at 11 pm and it rang out to the general
  voicemail instead of reaching the on-call clinician's cell. This is serious. What happened?""",
  """The crisis call queue's after-hours rule was tied to the business-hours schedule, which was edited
  when the office hours changed, and the overflow target was left as the main voicemail. I set the queue to
  always-on with overflow after 20 seconds to the on-call forwarding number, and added a weekly test call on
  Mondays at 8 am. I called the line at 11 pm tonight myself and it reached the on-call cell.""")
X("ch-08", "2024-09-30", "Veeam backup to Synology fails: repository out of space",
  """Veeam reports that job FS01-nightly failed with "not enough free space on repository". Is our data
  protected?""",
  """The Synology repository was at 98 %: the retention was set to 60 restore points while the job
  also kept weekly fulls. I reduced it to 30 daily points plus 8 weekly GFS fulls, removed the orphaned
  chain, and reran the job; it finished in 2 h 10 min. Nothing was lost, the last good restore point was
  Saturday. I can give you the Veeam report for the audit.""")
X("ch-09", "2025-01-08", "Veeam licence renewal quote",
  """Veeam sent a renewal notice for our licence and the price went up a lot. Do we need all those
  instances? Our budget year starts in February.""",
  """You are licensed for 10 instances but protect 6 (FS01, the CareLogic scan share, two laptops that hold
  telehealth recordings, the DC and the Synology config). I asked the reseller for a 6-instance Veeam Data
  Platform Foundation quote, which is 38 % lower, co-termed to February 28.""")
X("ch-10", "2024-07-15", "Mill Street office Wi-Fi dropping every few minutes",
  """At 14 Mill Street the UniFi controller shows one access point disconnecting every few minutes and
  Doxy.me calls there are unstable. It started after the landlord's electrical contractor worked on the
  panel.""",
  """One of the two UniFi U6-Lite access points was on a PoE port that the electricians had moved to a
  non-PoE switch port, so it was rebooting on the spare injector. I moved it back to the PoE switch, set
  channels 1 and 11 fixed instead of auto, and lowered the 2.4 GHz power. Roaming between the two now holds
  during a video call.""")
X("ch-11", "2025-03-04", "Mill Street internet down, Comcast modem",
  """The internet at the Mill Street office is completely down, all lights on the modem are blinking.
  Staff are using phone hotspots. Can you call Comcast for us?""",
  """Comcast confirmed an area outage on Mill Street (ticket 0314-88201) with repair by 3 pm. I turned on
  the LTE failover on the UniFi gateway so phones and CareLogic work meanwhile. Service came back at 2:40
  pm; failover switched back by itself.""")
X("ch-12", "2024-10-02", "Phreesia iPad check-in stuck on loading after iOS update",
  """The Phreesia iPad shows the loading wheel indefinitely and intake is back on paper forms. A reboot
  did not help.""",
  """The iPad updated itself to iOS 18 overnight and Guided Access blocked the Phreesia app's updated
  sign-in screen. I turned Guided Access off, updated the Phreesia app from the App Store, signed in with the
  kiosk account, and re-enabled Guided Access. I also set automatic iOS updates to off on that device so it
  only updates when we choose.""")
X("ch-13", "2025-02-11", "Zoom Rooms booth camera not detected (Logitech MeetUp)",
  """The Zoom Rooms controller in telehealth booth 2 reports "No camera detected" and the Logitech MeetUp
  status light is off. Booths 1 and 3 work.""",
  """The Logitech MeetUp in booth 2 was plugged into the mini PC's front USB port, which is USB 2; the
  MeetUp needs USB 3. I moved it to the rear blue port, updated the MeetUp firmware with Logi Tune, and
  selected it in the Zoom Rooms camera settings. Test meeting fine.""")
X("ch-14", "2025-04-29", "Zoom licence for a new therapist",
  """We hired a new therapist, Ana Ruiz, who needs Zoom for sessions from home. Do we have a spare
  licence or do we need to buy one?""",
  """You had a licence assigned to Chris Lyle, who left in March. I reassigned it to Ana
  (ana.ruiz@birchwoodbh.org), applied the HIPAA settings group (waiting room on, cloud recording off), and
  sent her the invite.""")
X("ch-15", "2024-12-05", "Microsoft Authenticator on Dr. Osei's new phone",
  """Dr. Osei got a new iPhone and now he can't get into Outlook or CareLogic because the approval
  requests go to his old phone, which he already traded in.""",
  """I removed the old device from his Microsoft Entra sign-in methods, issued a Temporary Access Pass,
  and registered Microsoft Authenticator on the new iPhone with number matching. CareLogic uses Microsoft
  sign-in so it is fixed too. Tip for next time: add the new phone before trading in the old one.""")
X("ch-16", "2025-01-23", "Availity rejects 837P file with 999 error",
  """Availity rejected our claims file this week. The message says 999 rejected and something about
  loop 2000A. We have about 140 claims in there. Can you help, Marcus doesn't know what to do.""",
  """The 999 pointed at the billing provider taxonomy code in loop 2000A PRV segment: CareLogic was sending
  the old taxonomy 101YM0800X after the agency's NPI record changed to 261QM0801X. I corrected it in
  Agency Setup > Billing Provider and regenerated the 837P. Availity accepted it with a 277CA for all 141
  claims.""")
X("ch-17", "2025-06-10", "Availity password expired for Marcus",
  """Marcus is locked out of Availity, it says his password expired and the reset e-mail never came.""",
  """Availity sends resets only to the address on the user profile, which was his old personal Gmail. As
  your Availity administrator I updated his e-mail to marcus.feld@birchwoodbh.org and sent a reset;
  he is back in and set up Availity's authenticator app.""")
X("ch-18", "2025-05-19", "New hire setup for a case manager",
  """We have a new case manager, Jamal Hines, starting Monday. He needs e-mail, CareLogic, a laptop and a
  badge for the main building.""",
  """Done: M365 account jamal.hines@birchwoodbh.org with MFA pending first login, CareLogic user with
  the Case Manager role, Dell Latitude 5450 imaged with BitLocker, added to the staff Teams group, and a
  Brivo credential for main building doors only. Give him the sealed envelope with his temporary password.""")
X("ch-19", "2025-07-02", "Deactivate Brivo badge for departed staff",
  """A therapist left on bad terms yesterday. Please make sure she cannot get into the main building or the Annex and
  that her accounts are locked.""",
  """Her Brivo credential is suspended for both sites, her M365 sign-in is blocked with sessions revoked,
  CareLogic user inactivated, and her mailbox converted to shared so Dana can read client correspondence.
  The laptop still needs to be returned; BitLocker key is escrowed.""")
X("ch-20", "2024-08-27", "Shared mailbox intake@ not showing in Outlook",
  """The intake@ mailbox disappeared from my Outlook. I can still see it on the web. I need it for
  scheduling first appointments.""",
  """Your Outlook profile had the mailbox added as a second account, which broke after the password
  change. I removed that, confirmed your Full Access permission with automapping, and it reappeared in the
  folder pane after restarting Outlook.""")
X("ch-21", "2025-08-14", "Sending encrypted e-mail to the county",
  """The county wants us to send client records encrypted. How do we do that from Outlook without buying
  something new?""",
  """Your M365 Business Premium includes Microsoft Purview Message Encryption. I enabled the Encrypt
  button and a rule: any message with [secure] in the subject is encrypted automatically. The county
  recipient gets a link and a one-time code. I sent Dana a test.""")
X("ch-22", "2025-09-09", "BitLocker recovery prompt after Dell BIOS update",
  """My laptop started asking for a BitLocker recovery key this morning. I don't have any key.""",
  """Dell Command Update installed a BIOS update that changed the TPM measurements. I read you the
  recovery key from Entra and suspended BitLocker for one reboot, then it resealed. I changed Dell Command
  Update so BIOS updates suspend BitLocker automatically.""")
X("ch-23", "2024-06-03", "DYMO chart labels printing blank",
  """The little label printer at the front desk prints blank labels for the chart folders. The labels
  come out but nothing is on them.""",
  """The DYMO LabelWriter 450 was using the generic Windows driver after an update and the label size was
  wrong, so it printed off the label. I installed DYMO Connect 1.4 with its own driver, selected 30252
  address labels, and test labels printed.""")
X("ch-24", "2025-10-21", "Group room TV will not cast slides",
  """The Chromecast on the second-floor wall display is no longer discoverable from the facilitator's
  laptop.""",
  """The Chromecast had been factory-reset by a power cut and lost its Wi-Fi. I set it up on the staff
  Wi-Fi, renamed it "Group Room 2F", and gave the laptops the HDMI adapter as backup in the drawer.""")
X("ch-25", "2025-11-18", "Paylocity time clock punches missing",
  """The time clock by the break room didn't send punches to Paylocity for two days. Payroll closes
  Friday.""",
  """The Paylocity clock lost its network after the DHCP reservation expired. I gave it a fixed address
  and Paylocity re-synced the stored punches; Dana should verify the two days on the timecard report.""")
X("ch-26", "2026-01-13", "Topaz signature pad not capturing signatures in CareLogic",
  """Clients sign the consent forms on the signature pad at the front counter but the signature does not
  appear in CareLogic, the box stays empty.""",
  """The Topaz SigPlus driver was replaced by a Windows update. I reinstalled SigPlus 4.7 and the
  CareLogic signature plug-in, then set the pad in the browser extension settings. Signatures now save.""")
X("ch-27", "2026-03-02", "Phishing message reported, quarantine",
  """Several of us got an e-mail that looks like it's from Dana asking for gift cards. Two people
  replied before we noticed.""",
  """It was spoofed from a lookalike domain. I purged it from all mailboxes, blocked the domain, and
  added an external sender tag. Nobody sent anything. I'll run a short awareness session at the staff
  meeting.""")
X("ch-28", "2026-04-07", "Veeam restore of deleted folder on FS01",
  """Somebody deleted the "Group curricula" folder on the shared drive. Can we get it back from the
  backups?""",
  """Restored "Group curricula" from last night's Veeam restore point to its original location on FS01,
  1,204 files. Permissions came back as they were.""")
X("ch-29", "2026-05-20", "CareLogic scan share missing documents",
  """Documents we scan into the client chart on CareLogic don't show up, the upload says complete but
  nothing is there.""",
  """The CareLogic scanning agent had lost its mapping to the scan share after the server reboot. I
  re-registered the agent and documents from today were imported.""")
X("ch-30", "2025-02-26", "St. Agnes referral portal account for Lupe",
  """St. Agnes Hospital now wants us to pick up referrals from their own web portal instead of sending
  them. Lupe needs an account, and they want a named person, not a shared login. Who sets that up?""",
  """St. Agnes's portal (Epic Care Link) accounts are requested by the receiving agency. I submitted the
  form for Lupe with Dana as approver; St. Agnes activated it, and Lupe set up her own MFA. Referrals posted
  there do not arrive by e-mail, so Lupe checks the portal twice a day.""")
X("ch-31", "2025-03-18", "Unpaid claims aging report e-mailed to Marcus on Thursdays",
  """Marcus wants the unpaid claims aging report from CareLogic delivered to him automatically every
  Thursday morning so he can work denials before the weekend.""",
  """I created a scheduled report in CareLogic: "AR Aging by Payer", 30/60/90 buckets, Excel, delivered
  Thursdays at 7 am to marcus.feld@. It skips claims already in appeal. If it ever arrives empty, the
  schedule owner account probably expired.""")
X("ch-32", "2025-10-06", "CareLogic user access list for the state audit",
  """For the state audit in December they want a list of everyone who can see client records, with their
  role and last login. Can you pull that so we can show it was reviewed?""",
  """I exported the CareLogic user roster with role, program access and last login, and the M365 sign-in
  report, into one workbook. Four inactive users were disabled after Dana reviewed the list; the workbook
  is saved in the Compliance folder with the review date.""")
X("ch-33", "2025-12-09", "Annex reception desktop cannot print to Annex printer",
  """The reception desktop at the Annex can't print to the Annex printer anymore; the clinicians' laptops
  can. The building owner's people moved the desk last week.""",
  """When the desk was moved the desktop was plugged into the guest VLAN wall port. I patched it back to a
  staff port, it got its normal address and the HP printer queue came back.""")
X("ch-34", "2026-02-17", "Password policy change requested by Hank for audit prep",
  """Hank from our compliance committee wants passwords changed this week as audit prep and a 90-day
  expiry. Is that a good idea?""",
  """Current guidance is against forced periodic expiry when MFA is on. I changed the shared admin
  and service passwords Hank listed, enabled banned-password checks, and documented the policy for the
  auditors.""")
X("ch-35", "2026-06-23", "Downstairs conference room big screen no signal from HDMI",
  """The big screen in the downstairs conference room says no signal when we plug a laptop into the
  table HDMI. The slides for the board meeting won't show.""",
  """The HDMI wall plate behind the screen had a loose keystone. I replaced it and tested two laptops;
  slides showed. A spare HDMI cable is in the drawer.""")
X("ch-36", "2026-07-14", "Tess's laptop webcam dark in Teams",
  """My laptop webcam is just dark in Teams, the other person can't see me. It worked last week.""",
  """Your Latitude has a camera privacy shutter key (F9) and it was on. Turned off; Teams shows the
  picture.""")

E(0, "2026-11-03 08:42", "blue book??", """Hi Jonah,

The blue book is coming out wrong again - the column with how many different people we saw is
just empty, and the part where it splits out who pays is gone. I have to submit by the 10th like
always. Marcus says he didn't touch anything.

Can you look today or tomorrow?

thanks
Dana""", ["ch-03"], "nickname")
E(2, "2026-11-04 09:15", "St. Agnes stuff missing", """Jonah,

Sorry to bug you. St. Agnes called and says they faxed us three referrals yesterday and we never
got them. Lupe's queue has been empty since Monday, which never happens, and St. Agnes swears they
sent them. Could this be like last time?

Lupe""", ["ch-05"], "nickname")
E(1, "2026-11-05 22:51", "red phone rang out", """Jonah - tonight around 10:30 a client's partner tried the red phone and ended up in
the general mailbox. The on-call clinician never got anything on her cell. Please treat as urgent,
this is exactly the kind of thing we can not have.

KO

On Mon, Nov 2, 2026 at 8:01 AM Dana Whitlock <dana.whitlock@birchwoodbh.org> wrote:
> Reminder: the nurses' station phone will be moved to the new desk on Wednesday.
> Please don't unplug it yourselves.""", ["ch-07"], "nickname")
E(3, "2026-11-06 10:03", "Thursday batch kicked back", """Hi Jonah,

The Thursday batch bounced back with an error report this morning and I can't tell what it is
complaining about. About 120 claims in it, so I'd like to get it out before the weekend. Dana said you
fixed something like this in the winter.

Marcus Feld
Billing""", ["ch-16"], "nickname")
E(0, "2026-11-09 07:58", "night run", """Morning,

Three red "failed" e-mails over the weekend about the night run. The state audit is in December and I want to
be able to show we're covered. Did it run out of room again?

Dana""", ["ch-08", "ch-28"], "nickname")
E(4, "2026-11-10 13:20", "pod 3", """Hi Jonah,

In the middle of my 1 pm the picture on my end just went dark and the screen said it couldn't
find a webcam. I ended up finishing on my own laptop. It's pod 3 this time, at the end of the hall.

Tess""", ["ch-13"], "nickname")
E(2, "2026-11-11 08:30", "front counter tablet", """Jonah,

The Phreesia iPad (kiosk) is frozen on the loading wheel this morning, clients can't check in. I
turned it off and on, same thing. We're handing out clipboards. I think it changed itself
last night because it had a new lock screen.

Lupe Arredondo""", ["ch-12"])
E(1, "2026-11-12 11:12", "Annex wireless", """Jonah,

Clinicians at the Annex say their video visits keep freezing and their laptops lose the wifi
for a few seconds, several times an hour. The building owner had people in rewiring the ceiling
lights last week. The reception desktop doesn't seem affected.

Kwame""", ["ch-10"], "nickname")
E(0, "2026-11-13 15:44", "Big Bertha not sending to folders", """Hi,

Big Bertha won't put scans in anyone's folder since Tuesday, it beeps and says "Connection to server failed". Sending
to yourself by email still works. Hank changed a bunch of passwords this week as part of audit prep,
don't know if that matters.

Dana""", ["ch-01"], "nickname")
E(4, "2026-11-16 09:05", "lost my note again", """Hi Jonah,

I was halfway through a progress note and CareLogic kicked me to the login page again, I lost
everything. Is the timeout back to 15 minutes? I thought we changed this.

Tess""", ["ch-04"])
E(3, "2026-11-17 10:40", "Availity locked", """Jonah, I'm locked out of Availity again, says password expired. The reset email
doesn't come. Can you reset it as admin like last time?

Marcus""", ["ch-17"])
E(0, "2026-11-18 12:00", "new case manager starting", """Hi Jonah,

We have a new case manager, Priya Anand, starting on the 30th. Same as usual: e-mail, CareLogic,
laptop, badge for the main building only.

Thanks,
Dana""", ["ch-18"])
E(2, "2026-11-19 14:25", "consent signatures not saving", """Jonah,

When clients sign the consent on the pad at intake, CareLogic shows the box empty afterwards. We
have had five today. Could the Topaz driver be gone again?

Lupe""", ["ch-26"])
E(1, "2026-11-20 09:30", "nurses station handset", """Jonah,

The handset at the nurses' station keeps showing the logo, going black and starting over since
about 7 this morning. The on-call nurse needs it. Can you walk us through a reset?

Kwame Osei""", ["ch-06"])
E(0, "2026-11-23 16:10", "upstairs group room screen", """Jonah - the facilitator can't get her slides to cast on the fishbowl TV,
it says no signal. The Chromecast on the wall display isn't discoverable from her laptop
either. Group is at 5.

D.""", ["ch-24"])
E(4, "2026-11-24 08:50", "BitLocker key again", """Jonah, my laptop is asking for a BitLocker recovery key again this morning. Dell Command
Update did something last night I think. I have clients from 9.

Tess""", ["ch-22"])
E(2, "2026-11-25 10:05", "intake@ gone from Outlook", """Hi Jonah,

The intake@ shared mailbox disappeared from my Outlook again, I only see it on the web. I need it to
book first appointments. Same as in 2024?

Lupe""", ["ch-20"])

EXT.update({
    "ch-01": ("""It affects the whole staff because we scan signed releases and insurance cards to our own folders
        before attaching them. Please call me before changing anything on the server side.""", ""),
    "ch-03": ("""The file goes out by the 10th and the numbers have to match what billing reports, so I would rather
        not rebuild it by hand in a pivot table.""", ""),
    "ch-04": ("""This has happened to at least four clinicians this week, always in the afternoon block.""", ""),
    "ch-05": ("""These are usually hospital discharge referrals that we need to schedule within 72 hours, so a lost
        one is a real problem for the client and for our contract metrics.""", ""),
    "ch-06": ("""We tried unplugging the power adapter but it is powered from the network cable.""", ""),
    "ch-07": ("""The family eventually reached us through the county mobile crisis team. I need to know this cannot
        happen again before tonight.""", ""),
    "ch-08": ("""The job has run every night at 11 pm for a year without complaints. I don't know if that means the
        server is full or the storage box in the closet is. Our auditor will ask to see the last successful
        restore test as well.""", ""),
    "ch-09": ("""Could you check what we actually need before I take it to the board? I would rather not sign a
        three-year term if we can avoid it.""", ""),
    "ch-10": ("""The UniFi app on my phone shows a lot of disconnect events for the upstairs unit.""", ""),
    "ch-11": ("""We have clients scheduled all afternoon there and three telehealth sessions that cannot be moved.""",
              """I will ask Comcast for an outage credit."""),
    "ch-12": ("""It seems to have started after the overnight update notice appeared on the screen yesterday. Clients
        are waiting longer at the window and some are leaving the insurance section blank on paper.""", ""),
    "ch-13": ("""The controller was restarted once, no change. The booth 2 schedule is full this week with family
        sessions that cannot be moved to the other rooms.""", ""),
    "ch-14": ("""She starts next Monday and will see clients from home on Tuesdays and Thursdays.""",
              """Her account shows as Licensed in the Zoom admin portal, and the old user's recordings were kept."""),
    "ch-15": ("""He is in sessions all day and can only step out at noon, so a quick fix would be appreciated.""", ""),
    "ch-16": ("""The rejection came the morning after we sent it, and nothing in the CareLogic claim screens looks
        different.""", ""),
    "ch-17": ("""He has tried the forgot-password link four times and checked his junk mail. The eligibility
        checks for tomorrow's new clients are waiting on him, so this is time sensitive.""",
              """The new address is also on the billing contact list."""),
    "ch-18": ("""He will be based at the main building and visit clients in the community two days a week, so he
        also needs to reach CareLogic from the road.""", ""),
    "ch-19": ("""HR is handling the paperwork, but I want the IT side done today, including her access to client
        records and her phone.""", """Her RingCentral extension forwards to Dana for 30 days."""),
    "ch-20": ("""I tried closing Outlook and restarting the computer, no change. The intake team relies on it for
        new client requests every morning.""", """Nothing was lost; the mail was on the server the whole time."""),
    "ch-21": ("""They mentioned a secure portal but we don't want to log into another website for every client
        file we send, and our staff would forget.""", """The recipients do not need an account."""),
    "ch-22": ("""The screen is blue and shows a long recovery key ID. I have a client session at 10 and my notes are
        on this laptop. I did not change anything, it restarted by itself overnight.""",
              """The key is also printed in your sealed envelope in the safe."""),
    "ch-23": ("""We use them every day for new client folders and the lab specimen bags. The ink roll is new.""",
              """I left a spare roll in the drawer."""),
    "ch-24": ("""It worked fine for the Tuesday evening group last week. The facilitator had to print handouts at the
        last minute instead. The screen shows the TV's own input menu and nothing else.""",
              """If the cast icon is missing, check that the laptop is on the staff Wi-Fi."""),
    "ch-25": ("""Staff say the clock beeps normally when they punch in, and the display shows the right time, so they
        did not notice anything. Dana needs to approve the timecards on Thursday.""",
              """I set an alert so the clock reports if it has been offline for more than an hour."""),
    "ch-26": ("""The pad lights up and the pen draws on the little screen, but nothing transfers. It happened on both
        intake PCs since Monday.""",
              """The driver is now excluded from automatic updates on both intake PCs, and I wrote a two-line check for the
        front desk."""),
    "ch-27": ("""The message used her photo and signature. One person bought two cards before asking Dana in person.""",
              """Please forward anything similar to me as an attachment."""),
    "ch-28": ("""It had all the handouts for the DBT and anger management groups, years of work. We noticed this
        morning when the facilitator went to print. We don't know when it was deleted.""",
              """I also turned on the shared drive's recycle bin so a deleted folder can be restored by you within 30 days."""),
    "ch-29": ("""Staff scan at the front desk and in the records room. It started after the weekend, and we have a
        stack of releases waiting.""",
              """I added the agent service to the server's monitoring, so a stopped agent alerts me before documents pile up."""),
    "ch-30": ("""They sent a sign-up link that expires on Friday.""", ""),
    "ch-31": ("""He currently runs it by hand and forgets when he is busy with month-end.""",
              """The report is also saved in Shared Reports."""),
    "ch-32": ("""We also need to show who approved each account.""", ""),
    "ch-33": ("""The clinicians' laptops at the Annex print to it over Wi-Fi without problems, so the printer itself
        seems fine.""", """I labelled the staff ports."""),
    "ch-34": ("""He wants every staff member to pick a new password by Friday. Some staff say they will write them
        on sticky notes.""", """Staff passwords stay as they are; the report for the auditors is in the Compliance folder."""),
    "ch-35": ("""The board meets there every second Tuesday and the chair was not amused.""",
              """If it happens again, try the second HDMI cable before calling; the wall plate is the usual suspect."""),
    "ch-36": ("""I restarted Teams and the laptop, no luck. I have supervision on Teams at 2 pm and would like to be
        seen for it.""", """The key has a small camera icon; a light next to it shows when the shutter is closed. Press it
        once to reopen the camera."""),
})
E(3, "2026-12-01 09:40", "hours missing on my check stub", """Hi Jonah,

Weird one. My pay preview says I only worked three days last week, but I was here all five, and two
people in billing say the same thing. We all badge in on the wall unit next to the break room like
always and it beeped fine. Dana said to ask you before Friday's close.

Marcus""", ["ch-25"], "paraphrase")

# ================================================================ 2. small law firm
client("pemberton", "Pemberton Szabo", "Pemberton Szabo LLP", "pembertonszabo.law", "-0600", """
the vault: the NetDocuments "Closed Matters" cabinet (archived files of closed cases)
the Oak Room: the main conference room, Poly Studio X30 video bar and 75-inch display
the beast: the Canon imageRUNNER ADVANCE DX C5850i on the 3rd floor, uniFLOW secure print
Benny's binder: the Excel docketing workbook "Deadlines Master.xlsx" on SharePoint, pushed to Outlook calendars by a Power Automate flow
the pink slips: the monthly Clio trust (IOLTA) three-way reconciliation report
the back office: the 2nd-floor file room with the Fujitsu fi-7160 scanner and the shred bins
Rocky: the old Dell OptiPlex running PCLaw 14, used only for pre-2020 billing look-ups
the lobby screen: the Yodeck digital sign in reception
Laszlo's tapes: Laszlo's dictation, Philips SpeechMike into Philips SpeechLive, transcribed by Shauna
""", [
    ("gwen.pemberton", "Gwen Pemberton", "Managing Partner"),
    ("lszabo", "Laszlo Szabo", "Partner"),
    ("rita.okoye", "Rita Okoye", "Office Manager"),
    ("bdelacroix", "Benny Delacroix", "Senior Paralegal"),
    ("shauna.mills", "Shauna Mills", "Legal Assistant"),
], sig_extra="""Pemberton Szabo LLP | 410 Grand Avenue, Suite 300
This e-mail may contain privileged and confidential attorney-client communications or work product. If
you are not the intended recipient, please notify the sender and delete this message. Nothing in this
e-mail creates an attorney-client relationship.""")

X("ps-01", "2024-03-11", "NetDocuments Closed Matters cabinet returns no search results",
  """Searching the NetDocuments Closed Matters cabinet by client number returns zero documents, although
  the workspaces are listed in the cabinet browse view. Open-matter searches work normally.""",
  """When matters are archived, NetDocuments moves them to the Closed Matters cabinet, where the default
  search profile excluded archived workspaces. I edited the cabinet's search settings to include archived
  items and had the cabinet re-indexed, which took about four hours. Full-text and profile searches by client
  number now return archived documents. The archiving step itself is unchanged.""")
X("ps-02", "2024-05-22", "ndOffice add-in missing in Word",
  """The NetDocuments tab vanished from Word on my laptop, so I can't save to the matter or check
  documents back in. Outlook still has its NetDocuments button.""",
  """Word had disabled the ndOffice COM add-in after a crash. I re-enabled it under File > Options >
  Add-ins > COM Add-ins and repaired ndOffice to 2.3.4. The NetDocuments ribbon and the save dialog are
  back; your two checked-out documents were checked back in.""")
X("ps-03", "2023-11-27", "Poly Studio X30: far end cannot hear the conference room",
  """During the Teams meeting with opposing counsel, the remote participants could not hear anyone in the
  main conference room, although the room's video was fine and audio from them played on the display.""",
  """The Poly Studio X30 was set as the camera but the Teams Room had the display's HDMI audio selected
  as microphone, which has no input. I set the Studio X30 as both microphone and speaker in the Teams Rooms
  device settings and disabled HDMI audio capture. A test call from my phone picked up voices across the
  table clearly.""")
X("ps-04", "2024-06-05", "Laszlo's Jabra headset silent on Teams calls",
  """Laszlo can't hear anything on his Jabra headset when he takes calls on his laptop, the other person
  can hear him fine. He had to use the laptop speakers with the door closed.""",
  """Teams was sending his call audio to the dock's speaker output. I set the Jabra Evolve2 65 as the
  speaker in Teams and in Windows, and updated the Jabra firmware. He can hear callers again; I showed him
  the device switch in the Teams call menu.""")
X("ps-05", "2024-04-16", "uniFLOW secure print jobs not releasing on the Canon DX C5850i",
  """Secure print jobs are held in the uniFLOW queue but never release at the Canon imageRUNNER ADVANCE
  DX C5850i. The release screen lists no documents for the user after login.""",
  """The uniFLOW Online print client on the laptops had been signed out by a certificate renewal, so jobs
  were held locally with no user identity. I redeployed the print client with the new tenant certificate
  through Intune. Held jobs now list on the release screen and print; old held jobs expired after 24
  hours.""")
X("ps-06", "2024-08-20", "Client-matter code prompt on the copier",
  """Rita wants the copier to ask for the client-matter number before copying so we can bill copies,
  like at my old firm.""",
  """I enabled uniFLOW cost centres: users choose the client-matter from a list synced nightly from
  Clio, and the monthly cost report goes to Rita. Personal copies can use code 0000.""")
X("ps-07", "2024-09-09", "Power Automate flow from Deadlines Master.xlsx stopped creating Outlook events",
  """The Power Automate flow that reads the docketing workbook Deadlines Master.xlsx and creates Outlook
  calendar events has not produced events for rows added since September 3.""",
  """The flow's SharePoint connection used Gwen's token, which expired after her password reset. I moved
  the flow to the svc-automation account and rebuilt the connection, then ran it against rows added since
  September 3: 17 events created for the responsible attorneys. The flow now e-mails me if a run fails twice
  in a row.""")
X("ps-08", "2024-10-14", "Benny needs to see the partners' calendars",
  """Benny needs to add and move appointments in Gwen's and Laszlo's Outlook calendars. Right now he
  only sees free/busy.""",
  """I gave Benny editor permission on both calendars and delegate access without private items. In
  Outlook he opens them with Add Calendar > From Address Book. Meeting requests still go to the partners.""")
X("ps-09", "2024-11-07", "Clio three-way trust reconciliation out of balance after LawPay deposits",
  """The Clio three-way trust reconciliation for October shows the bank balance lower than the client
  ledgers and the trust journal by $412.60.""",
  """The difference was processing fees that LawPay deducted from trust deposits; IOLTA rules require fees
  to come from the operating account. I switched the LawPay trust account to bill fees to operating,
  recorded a transfer of $412.60 from operating to trust, and reran the reconciliation in Clio, which now
  balances. Rita has the corrected PDF for the file.""")
X("ps-10", "2025-01-15", "Card surcharge setup in LawPay",
  """Can we pass the card fees on to clients who pay invoices by card? Some firms do that. We want it only
  for operating invoices.""",
  """LawPay supports a surcharge on credit cards (not debit) for operating payments. I enabled 3 % on the
  operating account only, trust payments excluded as required, and added the notice to the Clio invoice
  template.""")
X("ps-11", "2024-07-23", "Fujitsu fi-7160 multifeed detection stops batches",
  """The Fujitsu fi-7160 halts every batch with a multifeed detected error, even on single sheets. PaperStream
  Capture then discards the batch.""",
  """The ultrasonic multifeed sensor was tripped by the sticky notes on the discovery pages and by a worn
  pick roller. I set PaperStream to detect by length instead of overlap for that profile, cleaned the
  sensors, and ordered a consumable kit (PA03670-0001) with new rollers, which I installed on Friday.""")
X("ps-12", "2024-12-03", "Scanner profile to upload the Harmon matter into NetDocuments",
  """We need to scan about forty boxes for the Harmon estate litigation and have it go straight into the
  matter in NetDocuments instead of someone dragging files in.""",
  """I created a PaperStream profile "Harmon - to ND" that runs OCR and drops PDFs into a watched folder
  that ndSync uploads to the Harmon workspace, Correspondence folder. Name each batch by box number.""")
X("ps-13", "2025-02-18", "PCLaw 14 on the legacy OptiPlex will not start after unexpected shutdown",
  """After an unexpected shutdown, the legacy Dell OptiPlex boots to Windows but PCLaw 14 fails with a
  database not found error. We need historic billing records from it.""",
  """The unclean shutdown corrupted the PCLaw data file index. I ran PCLaw's Verify and Repair utility on
  a copy, restored the index from the weekly image, and PCLaw opens the 2009-2019 data. I added a small UPS
  for that machine only, and the next image is scheduled.""")
X("ps-14", "2025-03-25", "Replacement desktop for Shauna",
  """Shauna's computer is really slow and the fan is loud. Is it time to replace it?""",
  """It is a six-year-old OptiPlex 5060 with a failing hard disk. I ordered an OptiPlex 7020 Micro, moved
  her profile, NetDocuments and the SpeechLive app, and recycled the old disk.""")
X("ps-15", "2025-04-08", "Odyssey eFile envelope rejected: PDF not text-searchable and oversize",
  """The clerk rejected our eFile submission with reason code "document not in required format" for the
  motion exhibits envelope.""",
  """Odyssey eFile requires text-searchable PDFs under 25 MB each. The exhibits were image-only scans
  of 38 MB. I OCR-ed them in Acrobat Pro, reduced file size, split into three exhibits, and the envelope
  was accepted on resubmission the same day. PaperStream now OCRs by default.""")
X("ps-16", "2025-05-13", "Add paralegal as user on the firm eFile account",
  """Benny needs his own login on the court e-filing system instead of using Gwen's.""",
  """As firm administrator I added Benny as a filer on the firm account, with the firm payment account
  attached, and he set his own password. Gwen's login remains the admin.""")
X("ps-17", "2025-06-19", "Yodeck lobby display shows no content",
  """The welcome screen in reception just shows a Yodeck logo and "no content" since yesterday.""",
  """The Yodeck player lost Wi-Fi after the network name change. I reconnected it, and the playlist
  with the welcome slides returned. Set to wired would be more reliable; a cable run is quoted.""")
X("ps-18", "2025-07-30", "SpeechMike buttons not recording in SpeechLive",
  """Laszlo's dictation microphone buttons don't do anything since the update, he has to click record
  with the mouse.""",
  """The Philips Device Control Center had reset the SpeechMike button mapping. I reapplied the SpeechLive
  profile and updated the firmware; record, play and end-of-letter work again and files upload to
  Shauna's worklist.""")
X("ps-19", "2025-08-12", "RingCentral fax to the courthouse failing",
  """Outgoing faxes to the county clerk fail with "transmission failed" notifications. Incoming faxes
  are fine.""",
  """The clerk's fax line only negotiates at 9600 bps, and RingCentral's default high-resolution setting
  timed out. I set the RingCentral fax cover and resolution to standard for outbound, and three test faxes
  went through. If it fails again, resend with fine resolution off.""")
X("ps-20", "2025-09-02", "Voicemail PIN reset",
  """I forgot my voicemail PIN on the desk phone.""",
  """I reset your RingCentral voicemail PIN to a temporary one sent by text; the phone prompts you to change it
  at first use.""")
X("ps-21", "2025-10-07", "Clio two-factor reset for Rita",
  """Rita changed phones and Clio is asking for a code she no longer receives.""",
  """As Clio admin I reset her two-factor authentication; at next login she enrolled Microsoft Authenticator
  on the new phone. Backup codes are in her password manager.""")
X("ps-22", "2025-11-04", "Gwen's mailbox full",
  """Outlook says my mailbox is almost full and I can't send large attachments.""",
  """Your mailbox was 49 of 50 GB. I enabled the online archive with a two-year move policy; after it ran you
  are at 18 GB.""")
X("ps-23", "2026-01-20", "Guest Wi-Fi for clients in reception",
  """Clients waiting in reception want Wi-Fi; we don't want them on our network.""",
  """I created a guest SSID isolated from the office network, with a weekly rotating password shown on the
  lobby screen.""")
X("ps-24", "2026-02-10", "Bates numbering missing in Acrobat",
  """Bates numbering isn't in the Acrobat menus on Benny's computer. It was there before.""",
  """His licence had been switched to Acrobat Standard, which has no Bates numbering. I assigned an Acrobat Pro
  licence; Bates is under Tools > Edit PDF > More.""")
X("ps-25", "2026-03-17", "FortiClient VPN to reach the office from home",
  """Laszlo needs to get to the office files from home when he works on weekends.""",
  """I installed FortiClient with SAML sign-in and MFA on his laptop; it connects to the office FortiGate and
  reaches the file shares and the legacy billing machine.""")
X("ps-26", "2026-04-14", "Wire fraud attempt: fake invoice change e-mail",
  """Rita got an e-mail from our court reporter saying their bank details changed. It looks legit.""",
  """The sender domain was a lookalike registered two days earlier. Do not pay. I blocked it and added a
  rule to flag external e-mails mentioning bank details; always verify by phone.""")
X("ps-27", "2026-05-05", "Kisi card reader on the 3rd floor door not reading cards",
  """The card reader on the 3rd floor door doesn't react when people tap their cards, only the phone app
  works.""",
  """The Kisi reader had lost its PoE power after the switch was replaced. I re-patched it and it reads cards
  again; the phone app unlocks used Bluetooth, that's why it still worked.""")
X("ps-28", "2026-06-09", "New associate onboarding",
  """We have a new associate, Priscilla Tan, starting on the 15th.""",
  """Created her M365 account, Clio and NetDocuments users with the associate role, Kisi card, Acrobat Pro and
  a laptop with FortiClient.""")
X("ps-29", "2026-07-21", "UPS battery replacement in server closet after power blip",
  """After Saturday's power blip the UPS in the closet is beeping and says replace battery.""",
  """The APC Smart-UPS battery was four years old. I replaced it (RBC7), ran a self-test and the switch and
  firewall stay up 25 minutes on battery.""")
X("ps-30", "2026-08-18", "Dropsuite backup of Microsoft 365 mailboxes",
  """Do we have a backup of e-mail if someone deletes things, for the malpractice insurer form?""",
  """All mailboxes, OneDrive and SharePoint are backed up daily by Dropsuite with 7-year retention. I sent
  the insurer the summary.""")

E(3, "2026-11-02 09:14", "vault search", """Hi Jonah,

I'm trying to pull the old Harmon estate papers out of the vault for a new related matter and I get
nothing back. I can see the Harmon folder is there when I click around, but looking for anything in it
by name gives me an empty list. We wrapped that case up in 2023.

Benny""", ["ps-01"], "nickname")
E(1, "2026-11-03 16:40", "Oak Room yesterday", """Jonah,

On yesterday's call in the Oak Room the client on the other end said they couldn't hear us at all.
We could see and hear them perfectly. We ended up calling them from my cell on speaker. I have another
one there Thursday at 10.

Laszlo Szabo""", ["ps-03"], "nickname")
E(4, "2026-11-04 10:05", "beast", """Hi Jonah, when I tap my card at the beast on 3 nothing I sent is waiting there, it just
says no jobs. Others on the floor say the same since this morning. Can you check?

Thanks
Shauna""", ["ps-05"], "nickname")
E(0, "2026-11-05 08:20", "calendar not updating", """Jonah,

Benny's binder doesn't seem to be feeding our calendars anymore. He added a bunch of new deadline rows
last week for the Okafor appeal and none of them showed up for me or Laszlo. Missing a deadline is the
nightmare scenario, so please look at this first.

Gwen""", ["ps-07"], "nickname")
E(2, "2026-11-06 11:30", "pink slips off", """Jonah,

The pink slips won't balance for October - the bank side is short a few hundred dollars compared to
the client side. I thought we fixed this last year? We have the bar audit coming.

Rita Okoye
Office Manager""", ["ps-09"], "nickname", sig=False)
E(3, "2026-11-09 14:02", "scanner in back office", """Jonah,

The scanner in the back office keeps stopping on me saying two pages went in at once, even when it's
one page. Then it throws away the whole stack I just did and I have to redo it. I'm in the middle of the
Harmon boxes.

Benny""", ["ps-11"], "symptom")
E(2, "2026-11-10 09:45", "Rocky", """Hi Jonah,

Rocky didn't come back properly after the power blip on Saturday. The computer turns on but the old
billing program says it can't find its data. I need a 2018 invoice for a fee dispute by Friday.

Rita""", ["ps-13"], "nickname")
E(3, "2026-11-11 07:55", "filing kicked back", """Jonah - the clerk bounced my filing last night. The notice says the document isn't in the
right format. It was the exhibits to the MSJ, all scanned. Deadline is today at 5. Help!

Benny""", ["ps-15"], "symptom")
E(0, "2026-11-12 13:10", "faxes to court", """Jonah,

Our faxes to the county clerk are failing again, I get the RingCentral "transmission failed" e-mail
each time. Incoming faxes are fine. Is this the clerk's slow line again?

Gwen

---------- Forwarded message ---------
From: RingCentral <service@ringcentral.example>
Subject: Fax transmission failed
Your fax to (555) 0192 could not be delivered: no answer / transmission failed.""", ["ps-19"], "cross-client")
E(4, "2026-11-13 10:20", "Laszlo's tapes", """Hi Jonah,

Laszlo's tapes stopped showing up in my list this week. He says he's dictating like always and the
light on his mic goes red, but nothing lands for me to type. It's been three days.

Shauna""", ["ps-18"], "nickname")
E(1, "2026-11-16 15:30", "VPN from home", """Jonah, FortiClient on my laptop won't connect from home this weekend, it just says
connecting and times out. I need the office files Saturday. Same laptop you set up in March.

LS""", ["ps-25"])
E(2, "2026-11-17 09:00", "new associate", """Jonah,

Another new associate, Devon Carruthers, starts December 1. Same package as Priscilla please: M365,
Clio, NetDocuments, Kisi card, Acrobat Pro, laptop with FortiClient.

Rita""", ["ps-28"])
E(3, "2026-11-18 12:45", "Bates numbering gone again", """Jonah, Bates numbering disappeared from Acrobat on my computer again. Is my licence back on
Standard? Need it for a production tomorrow.

Benny""", ["ps-24"])
E(4, "2026-11-19 08:10", "lobby screen blank", """Good morning, the Yodeck welcome screen in reception shows only the logo and "no content"
again. We changed the Wi-Fi password yesterday, maybe that's it?

Shauna""", ["ps-17"])
E(2, "2026-11-20 16:00", "bank details change email", """Jonah, I got another e-mail from a vendor saying their bank details changed and asking us
to pay the next invoice to a new account. Looks real. Can you check before I do anything? I remember
the court reporter one.

Rita""", ["ps-26"])
E(0, "2026-11-23 09:30", "mailbox almost full", """Jonah,

Outlook is warning me again that my mailbox is almost full and a large attachment from opposing
counsel bounced. Didn't we turn on the archive last year?

Gwen""", ["ps-22"])

EXT.update({
    "ps-01": ("""We archive matters about six months after the final bill, and the partners regularly need old
        pleadings and correspondence from them when a former client comes back with a new dispute.""", ""),
    "ps-02": ("""It happened after Word crashed while I was editing a long brief yesterday afternoon. I have to
        keep saving to my desktop in the meantime, which I know is not allowed.""", ""),
    "ps-03": ("""This was an important mediation session, and it took fifteen minutes of everyone talking into
        phones before we gave up on the room equipment.""", ""),
    "ps-04": ("""He has a deposition prep session by Teams tomorrow and prefers the headset for privacy.""", ""),
    "ps-05": ("""Printing to the unsecured tray still works, but we cannot use that for client documents. The
        problem appears on every laptop we tried this morning.""", ""),
    "ps-06": ("""We used to have a paper log next to the machine that nobody filled in. The partners want the cost
        to show on the client invoice.""",
              """Copies without a code are blocked, so please tell the staff before Monday. I can adjust the list
        of codes whenever you open a new matter in Clio."""),
    "ps-07": ("""The attorneys rely on those events for their reminders, and the workbook itself looks normal: rows
        are being added with dates and responsible attorney initials as usual.""", ""),
    "ps-08": ("""He manages most of their scheduling for depositions and hearings, and calling them every time is
        slowing everything down.""", """Private appointments stay hidden from him as before."""),
    "ps-09": ("""The reconciliation has to be signed by Gwen and kept for the state bar. The ledger detail
        looks correct for every client we checked by hand.""", ""),
    "ps-10": ("""Gwen wants to know what the rules are before we decide, and we don't want complaints.""",
              """Clients see the surcharge before they confirm the payment."""),
    "ps-11": ("""We are in the middle of a large document production and the rescanning is costing hours. Sheets
        with sticky notes seem to be the worst.""", ""),
    "ps-12": ("""The files need OCR so the attorneys can search them, and the boxes are sorted by year.""",
              """The watched folder is checked every five minutes."""),
    "ps-13": ("""Nobody uses it daily, but accounting needs it a few times a year for old receivables and the
        auditors occasionally ask for historic invoices.""", ""),
    "ps-14": ("""It takes about ten minutes to start in the morning and freezes when she has several documents
        open. She is the one who does all the transcription so it matters.""",
              """Her foot pedal and headset were tested on the new machine before she started."""),
    "ps-15": ("""The motion itself was accepted; only the exhibits envelope came back. The rejection e-mail from
        the court arrived at 6 pm, and we have until the end of the next business day.""", ""),
    "ps-16": ("""The court's terms say logins should not be shared, and Gwen doesn't want filings in her name
        when she did not submit them. He files most of our routine documents.""",
              """Filings now show the actual filer in the envelope history, which is what the court wants."""),
    "ps-17": ("""Clients notice it when they come in, and it looks unprofessional. The small box behind the
        screen has a green light.""", """The playlist itself is unchanged."""),
    "ps-18": ("""He records everything with the handheld microphone and Shauna types the letters from his files,
        so this slows down the whole office.""", """If buttons stop again, unplug the microphone for ten seconds first."""),
    "ps-19": ("""Some courts in the county still only take certain filings by fax, and today's deadline notice has
        to go out. The failure e-mails arrive a few minutes after each attempt.""", ""),
    "ps-20": ("""I have a few messages waiting and the phone keeps blinking. I tried the usual four digit numbers
        I use for everything, and now it says the mailbox is locked for a while.""",
              """If you want, voicemails can also be e-mailed to you as audio files so you can listen on your laptop."""),
    "ps-21": ("""She has payments to record today and cannot log in to Clio at all. The old phone was wiped and
        returned to the carrier, so she cannot get the code from it either.""",
              """She also saved new backup codes. If this happens again, any partner can confirm her identity to me by
        phone and I can reset it the same day."""),
    "ps-22": ("""A large discovery file from opposing counsel bounced this morning because of it. I try to keep
        old mail because I need to find things years later, so I don't want to delete anything.""",
              """Archived mail is still searchable in Outlook under Online Archive, and nothing was deleted. The archive
        has room to grow for many years."""),
    "ps-23": ("""Some clients wait for half an hour and want to work while they wait. Right now the receptionist
        gives out the office Wi-Fi password, which I don't like.""",
              """Guests can reach the internet only; they cannot see the printers, the file shares or each other. The
        password is also on a card at the reception desk."""),
    "ps-24": ("""He needs it for productions, and a deadline is coming up next week. Other people in the office
        still have it in their menus.""",
              """The licence pool was short by one after the last hire; I bought one more seat so this does not
        happen when we add someone."""),
    "ps-25": ("""Right now he e-mails documents to himself, which I'd like to stop. He has a firm laptop and works
        from the lake house.""",
              """It only connects with his firm account and MFA. If it fails, he can sign out of FortiClient and back in."""),
    "ps-26": ("""They want the next payment of $8,400 to go to a new account. The e-mail has the usual signature
        and even refers to our last job.""",
              """Rita called the court reporter at the number on file and they confirmed nothing had changed."""),
    "ps-27": ("""People have been using the app or knocking. It has been like this since the electricians were here
        on Tuesday.""", """I labelled the switch port so it does not get moved again."""),
    "ps-28": ("""She comes from a larger firm and is used to NetDocuments and Clio. She will work on litigation
        with Laszlo and needs access to the shared calendars too.""",
              """Her laptop is ready at reception with a welcome sheet. She will need to set up MFA at her first login,
        which takes five minutes."""),
    "ps-29": ("""The server closet is the little room by the kitchen. The beeping is loud enough that reception
        can hear it and it does not stop when I press the button.""",
              """The old battery went to recycling. The UPS will e-mail me next time it fails a self-test."""),
    "ps-30": ("""The insurer's renewal form asks specifically about e-mail retention and backup, and we have to
        return it by the end of the month.""",
              """The backups are kept outside Microsoft, so even a deleted mailbox can be restored. Restores of single
        messages take a few minutes."""),
})
E(2, "2026-12-01 08:35", "new phone problem", """Morning Jonah,

I swapped my phone over the weekend and now the billing system keeps waiting for a six-digit number
that never shows up. I have to post three client payments today. The old phone is already wiped.

Rita""", ["ps-21"], "paraphrase")

# ================================================================ 3. non-profit
client("riverbend", "Riverbend Literacy Alliance", "Riverbend Literacy Alliance (501(c)(3))", "riverbendliteracy.org", "-0500", """
the invite file: the Bloomerang saved list "Gala 2026 Invitees", exported as a mailing file for the mail house
the Eastside hub: the tutoring centre at 900 Eastside Ave (Chromebook cart, HP OfficeJet, volunteer kiosk)
the loaner pool: the 40 Chromebooks lent to adult learners, enrolled in Google Admin
the binder: the SharePoint "Board" site with the monthly board packet, shared with board members as guests
Mo's report: Maureen's monthly volunteer-hours export from VolunteerHub for the United Way grant
the green printer: the Brother HL-L8360CDW colour laser in the main office (green sticker)
the big send: the monthly Mailchimp newsletter to about 6,000 supporters
the grant drive: the SharePoint "Grants" document library synced to staff laptops with OneDrive
the back room: the storage room behind the kitchen with the Synology NAS, switch and Comcast modem
the give button: the Bloomerang donation form embedded on the website
""", [
    ("hdeluca", "Harriet DeLuca", "Executive Director"),
    ("maureen.obi", "Maureen Obi", "Volunteer Coordinator"),
    ("tcalloway", "Trevor Calloway", "Development Director"),
    ("ines.varga", "Ines Varga", "Finance & Operations Manager"),
    ("dwayne.hollis", "Dwayne Hollis", "Eastside Site Lead"),
], sig_extra="""Riverbend Literacy Alliance - Every adult a reader.
Donate: riverbendliteracy.org/give | Volunteer: riverbendliteracy.org/volunteer""")

X("rl-01", "2024-09-17", "Bloomerang saved list export missing mailing addresses",
  """The Bloomerang export of our saved list "Gala 2026 Invitees" has empty address columns for roughly
  half of the constituents, although their profiles show a primary address.""",
  """The export used individual records, while for households Bloomerang stores the address on the
  household record. I changed the export to "Households where possible" with the Primary Address fields and
  the Envelope Name, and filtered out Do Not Mail and deceased. 1,312 rows, all with addresses; the file went
  to the mail house in their CSV layout. I saved the export template so it can be reused.""")
X("rl-02", "2024-10-08", "Merging duplicate constituents in Bloomerang",
  """Trevor found many duplicate donors in Bloomerang after the event import, same person twice with
  slightly different e-mails.""",
  """I ran Bloomerang's duplicate finder, merged 214 pairs after Trevor reviewed them, and changed the import
  mapping to match on e-mail OR name + postcode so future imports don't create duplicates.""")
X("rl-03", "2025-03-04", "GiveSmart online auction for the gala: card reader pairing",
  """For the gala we use GiveSmart for the auction and need the card readers at checkout working with the
  iPads. Last year it took an hour to get them paired.""",
  """I paired the two GiveSmart Stripe readers with the checkout iPads, updated the app, and wrote a one-page
  checklist for the gala night: charge readers, Bluetooth on, test a $1 transaction. Spare reader in the box.""")
X("rl-04", "2024-11-12", "Chromebooks show 'locked by administrator' after powerwash",
  """Three Chromebooks returned by learners boot to a screen saying the device is locked and belongs to our
  organisation, and they can't be used. These are from the lending programme.""",
  """They were marked as disabled in Google Admin when they went overdue, so after a powerwash they show the
  disabled-device message. I re-enabled the three serials under Devices > Chrome, they re-enrolled
  automatically with forced re-enrollment, and the lending OU policy applied. Procedure added to the return
  checklist: re-enable before handing out again.""")
X("rl-05", "2025-01-21", "Chromebook cart at Eastside not charging laptops",
  """At the Eastside hub the laptops in the cart are dead in the morning even though they're plugged in
  overnight.""",
  """The cart's timer had been set to charge only 1-3 am after a power cut reset the clock. I set the timer to
  always-on charging and labelled the slots; all 20 laptops were full the next morning.""")
X("rl-06", "2025-02-11", "SharePoint guest links for the Board site expiring",
  """External guests on the SharePoint Board site get "This link has expired" when opening the monthly
  packet, although they were invited in January.""",
  """The tenant's guest link expiration was 30 days. I set the Board site to people-specific links without
  expiry, re-added the 11 guests as site visitors so they use their own sign-in, and turned on guest access
  review every 6 months instead. The packet opens for the test guest account.""")
X("rl-07", "2025-04-15", "Teams meetings for board members without accounts",
  """Board members want to join our Teams meetings from their own work laptops and some can't get past the
  lobby.""",
  """I changed the meeting policy so external people join without waiting in the lobby for board meetings,
  and sent board members the join-from-browser instructions.""")
X("rl-08", "2024-12-02", "VolunteerHub hours export by program shows zero",
  """The VolunteerHub hours-by-program export for November shows zero hours for Adult Tutoring although
  volunteers checked in.""",
  """Check-ins were recorded but the events had no program category after the template was copied for the
  new season, so the export grouped them under "Uncategorized" and the program filter excluded them. I set
  the category on all 46 events and re-ran the export: 1,188 hours for Adult Tutoring. New events copy the
  category now.""")
X("rl-09", "2025-05-06", "VolunteerHub check-in kiosk at Eastside",
  """Maureen would like volunteers at the Eastside hub to sign themselves in on a tablet instead of the paper
  sheet.""",
  """I set an old iPad up in kiosk mode with the VolunteerHub check-in page for Eastside events only, on a
  stand by the door. Maureen can see the check-ins live.""")
X("rl-10", "2023-06-26", "Brother HL-L8360CDW vertical streak on every page",
  """The Brother HL-L8360CDW in the main office prints a vertical grey streak about two inches from the left
  edge on every page.""",
  """A vertical streak at a fixed position on this model is the drum unit, not the toner. I cleaned the
  corona wire with the green tab, which did not clear it, then replaced the DR-431CL drum unit and reset the
  drum counter. Pages are clean; the old drum had 48,000 pages.""")
X("rl-11", "2025-06-17", "HP OfficeJet at Eastside prints lines across the page",
  """The HP OfficeJet Pro at the Eastside hub prints every page with faint lines going across, and the black
  looks grey. It's the one the tutors use for worksheets.""",
  """Inkjet banding: I ran the printhead cleaning twice and the alignment from the printer's Tools menu, and
  replaced the black cartridge, which was a refill. Lines are gone.""")
X("rl-12", "2025-03-19", "Mailchimp campaign delivered to spam after DNS move",
  """Our Mailchimp campaign was delivered to junk for many Gmail and Outlook recipients, and the report shows
  a high bounce rate.""",
  """When the website moved hosts the DNS zone was recreated without Mailchimp's DKIM CNAME records, so
  mail from riverbendliteracy.org failed authentication. I re-added the two DKIM records and a DMARC record,
  verified the domain in Mailchimp, and sent test campaigns to Gmail and Outlook accounts: inbox.""")
X("rl-13", "2025-07-08", "Bloomerang to Mailchimp sync missing new supporters",
  """New supporters from the spring event aren't in our newsletter audience in Mailchimp.""",
  """The Bloomerang-Mailchimp integration only syncs constituents with the "Newsletter" interest. I added a
  rule to tag new event registrants and ran the sync; 318 added.""")
X("rl-14", "2024-08-06", "OneDrive sync errors on the Grants library",
  """OneDrive shows sync errors on the SharePoint Grants library on several laptops and changes are not
  uploaded.""",
  """The files had paths longer than 400 characters because of nested foundation folders, and two had
  characters OneDrive rejects. I flattened the structure to Funder / Year / Application, renamed the files,
  and reset OneDrive on the laptops. Sync completed; I showed Trevor how to check the cloud icon status.""")
X("rl-15", "2025-08-26", "Foundant grant portal login for Trevor",
  """Trevor can't log into the community foundation grant portal to submit our application, it says his
  account doesn't exist.""",
  """The foundation moved to a new Foundant site and accounts had to be re-created. I registered Trevor with
  his work e-mail and linked our organisation profile; the draft application was migrated.""")
X("rl-16", "2025-07-29", "Storage room overheating: Synology warning beeps",
  """The Synology NAS is beeping and its status e-mail says system temperature is too high.""",
  """The storage room door is kept closed and the kitchen fridge moved in front of the vent. I moved the
  NAS and switch to the open wall shelf, added a small exhaust fan on a thermostat, and set the NAS to e-mail
  me as well at 50 degrees. Temperatures are 38 degrees now.""")
X("rl-17", "2025-09-16", "Comcast modem replacement",
  """Comcast says our modem is end of life and will send a new one.""",
  """I swapped the modem when it arrived, kept bridge mode so our firewall keeps the public IP, and checked
  VPN and the phones.""")
X("rl-18", "2025-10-14", "Bloomerang donation form fails after payment submit",
  """Several donors report the online donation form never completes after they submit the payment.""",
  """The website's caching plugin was caching the Bloomerang form page including its payment token. I excluded
  the donate page from the cache and cleared it; three test donations went through.""")
X("rl-19", "2025-11-11", "Website menu broken after WordPress plugin update",
  """The menu on our website is broken on phones after the plugins updated.""",
  """The theme's menu plugin update conflicted with the page builder. I rolled it back and pinned the version
  until the fix is out.""")
X("rl-20", "2026-01-06", "QuickBooks Online bank feed disconnected",
  """QuickBooks stopped pulling transactions from our bank account on the 28th.""",
  """The bank changed its connection method; I reconnected the feed with Ines's bank login and imported the
  missing days.""")
X("rl-21", "2026-01-27", "Bill.com approval e-mails not arriving",
  """Harriet doesn't get the Bill.com e-mails to approve invoices anymore.""",
  """Her mailbox rule was moving them to a folder. I removed the rule and whitelisted Bill.com.""")
X("rl-22", "2026-02-18", "Gusto payroll: new employee in another state",
  """We hired a remote tutor trainer in another state. Does Gusto handle that?""",
  """Yes; I added the state registration task in Gusto and Ines entered the state tax IDs once received.""")
X("rl-23", "2026-03-10", "Microsoft 365 nonprofit licence renewal",
  """Microsoft says our nonprofit grant needs to be renewed.""",
  """I revalidated the nonprofit status in the Microsoft Nonprofit Hub; the Business Premium grant licences
  continue.""")
X("rl-24", "2026-04-07", "MFA for Ines on new phone",
  """Ines got a new phone and can't approve sign-ins.""",
  """I issued a Temporary Access Pass and she registered Microsoft Authenticator on the new phone.""")
X("rl-25", "2026-05-12", "Zoom accounts for volunteer tutors",
  """Volunteer tutors need Zoom to meet learners online. Do we buy licences for each?""",
  """I set up three shared Zoom licences as rooms bookable in the calendar, one per tutoring slot.""")
X("rl-26", "2026-06-02", "Canva for nonprofits team invite",
  """Can Dwayne have access to our Canva for the flyers?""",
  """I invited Dwayne to the Canva nonprofit team with the designer role.""")
X("rl-27", "2026-06-23", "New staff onboarding: program assistant",
  """We hired a program assistant, Luis Ortega, starting July 1.""",
  """Created his account, Bloomerang user with no finance rights, VolunteerHub coordinator access and a
  laptop.""")
X("rl-28", "2026-07-14", "Gift card scam impersonating Harriet",
  """Staff are getting texts from "Harriet" asking for gift cards.""",
  """Texts came from an outside number; I sent a staff warning, reported it, and added it to the training.""")
X("rl-29", "2026-08-04", "Eastside door keypad code change",
  """We need the Eastside door keypad code changed after a volunteer left.""",
  """I changed the Schlage keypad code and sent the new one to the site staff by text.""")

E(2, "2026-11-02 10:12", "invite file for the printer", """Hi Jonah,

I pulled the invite file for the printer this morning and something's off - about half the rows
have no street, city or zip, just names. The envelope printer needs it by Wednesday for the invitation drop.
Do you remember how we did it last year? The gala is Dec 12.

Trevor Calloway
Development Director""", ["rl-01"], "nickname", sig=False)
E(4, "2026-11-03 09:30", "loaners", """Jonah,

Three of the loaners came back from learners this week and now they just show a message that
they belong to Riverbend and to contact the admin. Can't log in at all. We have a waiting list.

Dwayne""", ["rl-04"], "nickname")
E(0, "2026-11-04 19:02", "binder not opening", """Jonah,

Two of our directors emailed me tonight that the binder won't open - they click in my invitation
and get told it's no longer valid. We meet Thursday. Please help.

Harriet""", ["rl-06"], "nickname")
E(0, "2026-11-05 08:15", "Mo's report", """Hi Jonah,

Mo's report for the United Way came out with zero for the reading classes in October, but Maureen
says the volunteers came every week. She's out today so I'm asking. The United Way wants it by the
15th.

Harriet""", ["rl-08"], "nickname")
E(3, "2026-11-06 14:40", "green printer", """Jonah, the green printer is putting a grey line down the left side of every page. Already
pulled the little tab thing like the manual says, no change. Board packet printing tomorrow.

Ines""", ["rl-10"], "nickname")
E(2, "2026-11-09 11:05", "big send went to junk", """Jonah,

A bunch of people told us the big send landed in their junk folder this month, and the report shows
more bounces than normal. Did something change? Our web person did some work on the site last week.

Trevor""", ["rl-12"], "nickname")
E(2, "2026-11-10 16:20", "grant drive red x", """Hi Jonah,

The grant drive on my laptop has red x's all over the foundation folders, and Harriet says my edits to
the Hollister proposal never showed up for her. Due Friday...

Trevor""", ["rl-14"], "nickname")
E(3, "2026-11-11 09:00", "noise in the back room", """Jonah, something in the back room is making a high-pitched noise and it's like a sauna in there. Someone
put a box of gala stuff in front of the shelf. Should I unplug anything?

Ines""", ["rl-16"], "symptom")
E(2, "2026-11-12 12:30", "give button", """Jonah,

Two donors called saying they tried to give on our site and it just spins after they click the
button at the end. Giving Tuesday is the 1st, we can't have this.

Trevor

-----Original Message-----
From: Bloomerang Support
Subject: RE: Case 88231
Our logs show no failed transactions for your account. The issue may be on the website
hosting side (caching or security plugins).""", ["rl-18"], "cross-client")
E(3, "2026-11-13 08:45", "bank feed stopped", """Jonah, QuickBooks stopped pulling transactions from the bank again since the 10th. Can you
reconnect it like in January?

Ines""", ["rl-20"])
E(4, "2026-11-16 15:10", "cart at Eastside", """Jonah, the Chromebook cart at Eastside: all the laptops were dead this morning again although
plugged in all night. We had a power cut on Sunday. Timer again?

Dwayne""", ["rl-05"])
E(1, "2026-11-17 10:00", "check-in tablet for volunteers", """Hi Jonah,

The VolunteerHub check-in iPad by the Eastside door shows the wrong events, it lists the main office
schedule. Volunteers are signing the paper sheet again. Can you fix the kiosk?

Maureen Obi""", ["rl-09"])
E(0, "2026-11-18 13:25", "new assistant", """Jonah, we hired a development assistant, Kiara Wells, starting Dec 7. Same as Luis but she
needs Bloomerang with gift entry. Thanks, Harriet""", ["rl-27"])
E(3, "2026-11-19 09:40", "Harriet texts again", """Jonah,

Two staff got texts again from someone pretending to be Harriet, asking for gift cards. Same as in
July. Should we send another warning?

Ines""", ["rl-28"])
E(0, "2026-11-20 11:10", "Bill.com approvals", """Jonah, I'm not getting the Bill.com e-mails to approve invoices again. Ines says three are
waiting. Is my mailbox rule back?

Harriet""", ["rl-21"])

EXT.update({
    "rl-01": ("""The mail house prints and sorts the envelopes for us and charges extra for rows they have to fix by
        hand, so the file needs to be clean.""", ""),
    "rl-02": ("""Some donors now get two thank-you letters and two newsletters, and one of them called to complain.
        The totals on their profiles are also split between the two records, which makes our reports wrong.""",
              """Merged records keep both e-mail addresses, and the full giving history is combined on one profile."""),
    "rl-03": ("""The invitations go out next month and we expect about 250 guests this year. Trevor wants to be sure
        checkout is quick at the end of the night.""", """Receipts are e-mailed to guests automatically."""),
    "rl-04": ("""Dwayne already tried a restart and a powerwash on one of them.""", ""),
    "rl-05": ("""Tutors then spend the first half hour of the morning class looking for chargers, and the learners
        on the waiting list for a laptop of their own get impatient.""", """The cart's manual is in the drawer."""),
    "rl-06": ("""It affects at least four board members, and the meeting is on Thursday. Harriet had to send the
        packet as an attachment, which we want to avoid.""", ""),
    "rl-07": ("""They are volunteers with busy jobs and give up quickly if the link doesn't work. Harriet ends up
        letting them in one by one during the meeting while trying to chair it.""",
              """The meeting options for regular staff meetings keep the lobby for people outside the organisation, so
        only the board series is open."""),
    "rl-08": ("""This is the figure the United Way uses for our match, and the coordinator has the paper sign-in
        sheets to show that the sessions happened. The export for other programs looks normal.""", ""),
    "rl-09": ("""The paper sheets are hard to read and Maureen spends hours typing them in for the reports. The
        United Way also likes to see sign-in records.""",
              """The iPad is locked to that one page, so volunteers cannot browse or change anything. It charges on the
        stand."""),
    "rl-10": ("""We replaced the toner cartridge last week thinking that was it, but the streak is exactly the same.""", ""),
    "rl-11": ("""It has been getting worse over two weeks. The tutors have been printing worksheets at the main
        office instead.""", """Please use only original cartridges in that printer; the refills caused the same trouble
        last year."""),
    "rl-12": ("""Our open rate dropped by half compared with last month, and several supporters replied that they
        found it in spam. Our web host changed in February.""", ""),
    "rl-13": ("""We collected about 300 sign-ups at the spring event and entered them in Bloomerang. None of them got
        the May newsletter, and Trevor is worried we lost the chance to welcome them.""",
              """New constituents who opt in on the event form get the Newsletter interest automatically, and they join
        the Mailchimp audience within an hour."""),
    "rl-14": ("""Trevor and Harriet edit the same proposals and sometimes see old versions. We have three
        applications due this month.""", ""),
    "rl-15": ("""The application for the summer program is due on Friday at noon. He has used the portal for years
        with the same e-mail address.""", """Trevor's password is in the shared password manager under Foundant."""),
    "rl-16": ("""It is in the storage room behind the kitchen. The e-mail came at 3 am and again at 7 am. I don't want
        to turn it off in case it breaks something.""", ""),
    "rl-17": ("""They say the new one will arrive by courier this week and we just need to plug it in. Is it that
        simple? Last time the internet went down in the middle of the day, the phones stopped too.""",
              """The swap took ten minutes during lunch, and I returned the old modem in the prepaid box."""),
    "rl-18": ("""The last donor said she tried three times with two different cards. Some donations do come through,
        so it isn't everybody.""", """I also checked that receipts went out for the test gifts."""),
    "rl-19": ("""On a phone the menu button does nothing, so people cannot reach the donate or volunteer pages.
        On a computer it looks fine.""",
              """I told the web person to test on a phone after each plugin update, and I set updates to wait a week."""),
    "rl-20": ("""Ines noticed when the bank balance in QuickBooks did not match the statement. She has month-end
        close next week and about fifty transactions to categorise.""",
              """The new connection should not need to be renewed, but the bank may ask for it again every year for
        security reasons."""),
    "rl-21": ("""Vendors are calling because their invoices haven't been paid, and Ines says they have been waiting
        for her approval for over a week. She didn't know they were there.""",
              """The rule had been created by accident from the Sweep menu. I showed her how to check rules, and Bill.com
        is also in her daily digest now."""),
    "rl-22": ("""She will be a full-time employee working from home and travelling to us once a month. Ines is
        not sure what we have to register there.""",
              """Gusto files the state withholding and unemployment returns once the accounts are active. Her first
        paycheck will be correct."""),
    "rl-23": ("""The e-mail says we have 30 days or the donated licences will be removed, and that would break
        everyone's e-mail. It asked for documents we sent last year already.""",
              """The validation is yearly; I put a reminder in the shared calendar for next February so we are not
        caught by the deadline."""),
    "rl-24": ("""She is working from home this week and needs to approve payroll by tomorrow. The old phone was
        traded in at the store already.""",
              """She should add the new phone before giving away the old one next time, or call me first. The pass
        works for one hour only."""),
    "rl-25": ("""Right now they use their personal free accounts and the meetings cut off after 40 minutes, which
        is in the middle of a lesson. We have about twelve tutors online.""",
              """Tutors book a slot and get the meeting link from the calendar. The rooms have waiting rooms on and
        recording off."""),
    "rl-26": ("""He makes the flyers for the Eastside classes and currently uses his personal account, so the
        files are not ours. He would like the brand colours and logo too.""",
              """The brand kit with the logo and colours is shared with the team. Flyers he made before can be moved
        into the team folder."""),
    "rl-27": ("""She will support the tutoring program and schedule volunteers. She needs e-mail, Bloomerang and
        VolunteerHub but nothing in finance. Her desk is at the main office.""",
              """The welcome sheet with first login steps is with Harriet. Access to Bloomerang finance fields can be
        added later if her role changes."""),
    "rl-28": ("""One new volunteer almost bought cards before asking Maureen. The texts use Harriet's name and a
        photo from our website.""",
              """Harriet will never ask anyone for gift cards by text; the staff guide now says so on the first page.
        If a text arrives, forward it to 7726 and delete it."""),
    "rl-29": ("""The volunteer had the code and left on bad terms. We also want to know how often it can be
        changed without confusing the tutors who open in the morning.""",
              """I recommend changing it every three months and whenever someone leaves. I keep the current code in the
        password manager."""),
})
E(2, "2026-12-01 10:20", "embarrassing welcome letter", """Jonah,

A supporter who has given to us for ten years called, rather hurt, asking why we sent her our
first-time donor welcome. When I open her profile it only shows this year's gift - the rest of her
history seems to sit somewhere else under her old e-mail. I suspect there are more like her after the
spring event.

Trevor""", ["rl-02"], "paraphrase")

# ================================================================ 4. lab
client("kestrel", "Kestrel Analytical", "Kestrel Analytical Laboratories, Inc.", "kestrel-labs.com", "-0700", """
the cold room: the walk-in sample cooler (4 C), monitored by SensoScientific wireless probes and a gateway
Nessie: the Agilent 7890B/5977B GC-MS in Lab 2, run by OpenLab ChemStation on an offline PC
Big Blue: the Thermo iCAP RQ ICP-MS in the metals room, Qtegra software with a USB licence dongle
the front window: the sample receiving bench, Zebra ZD421 label printer, Honeywell scanner and the LIMS PC
the Friday EDDs: the weekly EQuIS electronic data deliverables exported from LabWare LIMS and pushed to client SFTP sites
the COC scanner: the Epson DS-530 at receiving that scans chain-of-custody forms into LabWare
the pit: the basement prep lab (digestion blocks, fume hoods) where analysts use tablets for bench sheets
Gerry's PC: the QA office workstation used for MasterControl document approvals
the balance room: the weighing room, Mettler Toledo XPR balances connected to the LabX server
""", [
    ("fadeyemi", "Dr. Folake Adeyemi", "Laboratory Director"),
    ("gerry.lindqvist", "Gerry Lindqvist", "QA Manager"),
    ("carmen.ruelas", "Carmen Ruelas", "Sample Receiving Supervisor"),
    ("nate.brandvold", "Nate Brandvold", "GC-MS Chemist"),
    ("wen.zhao", "Wen Zhao", "Metals Analyst"),
], sig_extra="""Kestrel Analytical Laboratories, Inc. | TNI / NELAP accredited
The information in this e-mail and any attachments is confidential. Analytical results are valid only
for the samples tested and may not be reproduced except in full without written approval.""")

X("kl-01", "2023-10-23", "SensoScientific probes offline and no alert sent",
  """The SensoScientific dashboard shows the walk-in cooler probes as offline since 02:10 and no SMS alert was
  generated. The manual thermometer read 3.8 C at 7 am.""",
  """The SensoScientific gateway had rebooted after a firmware push and rejoined on a new IP that the
  firewall did not allow outbound, so probe data was buffered and the loss-of-communication alert had no path.
  I gave the gateway a DHCP reservation and a firewall rule, the buffered readings uploaded (no excursion),
  and I added a loss-of-communication alert that e-mails and texts after 30 minutes.""")
X("kl-02", "2024-04-09", "Metals room refrigerator alarm texts to Wen at night",
  """Wen gets alarm texts at night about the little refrigerator in the metals room, then the numbers go
  back to normal. She wants them to stop unless it is real.""",
  """The probe in refrigerator 3 sits next to the door, so a door opening triggered short spikes. I moved it
  to the middle shelf in a glycol bottle and set a 15-minute delay on the alarm; real excursions still
  text Wen and the QA manager.""")
X("kl-03", "2024-02-14", "ChemStation data files not copying from GC-MS PC to network share",
  """OpenLab ChemStation sequences on the Agilent 7890B/5977B complete, but the data files are not arriving
  in \\\\KAL-FS\\GCMS\\Data. The copy task log shows access denied.""",
  """The instrument PC is off the domain and copies with a scheduled robocopy task as a local account
  mapped to svc-gcms; that password was rotated. I updated the stored credential for the task, ran it
  manually (214 .D folders copied, checksum verified) and switched the task to a managed service account
  that does not expire. The task now logs to the share so a failure shows up.""")
X("kl-04", "2024-05-28", "Nate's laptop cannot map the S: drive from home",
  """Nate can't get the S: drive on his laptop when he is working at home overnight to review runs. At the
  lab it's fine.""",
  """The S: drive mapping ran at logon before the VPN connected. I switched the drive map to reconnect
  after FortiClient is up and gave Nate the 'always-on VPN' profile. He can review overnight data from
  home now.""")
X("kl-05", "2024-06-11", "Qtegra reports no valid licence: USB dongle not detected",
  """Qtegra on the iCAP RQ PC starts in restricted mode and says no valid licence found. The USB licence key
  light is off.""",
  """A Windows update replaced the Sentinel HASP driver, so the dongle was not enumerated. I reinstalled the
  Thermo-supplied Sentinel runtime 8.x, moved the key to a rear USB port, and blocked that driver update
  for the PC in our update policy. Qtegra started fully licensed and the tune report passed.""")
X("kl-06", "2024-09-03", "Wen's Qtegra report template export to LIMS",
  """Wen wants the software on the metals machine to export results straight into LIMS instead of her
  re-typing them.""",
  """I configured a Qtegra export template (CSV, sample ID, analyte, concentration, units, dilution) to
  the LabWare instrument import folder and mapped it in LIMS. Wen reviews and releases in LIMS.""")
X("kl-07", "2024-03-19", "Zebra ZD421 labels printing offset, barcodes unreadable",
  """The Zebra ZD421 at sample receiving prints each label shifted so the barcode is cut off at the edge of
  the label, and the LIMS scanner cannot read it. This began after loading a new roll.""",
  """The new roll was a different gap size, so the printer's media sensor was out of calibration. I ran
  media calibration (hold feed until two flashes), set the label length in the driver to 1.25 in, and
  saved it in the LabWare label template. Barcodes print centred and scan first time.""")
X("kl-08", "2024-07-16", "Honeywell scanner at receiving types wrong characters into LIMS",
  """The barcode gun at the front window types wrong characters into LIMS, dashes become something else, so
  the sample lookup fails.""",
  """The receiving PC's keyboard layout had switched to UK/International after an update; the Honeywell
  Voyager sends keystrokes, so characters changed. I removed the extra layout and set the scanner to
  add an Enter suffix. Lookups work.""")
X("kl-09", "2024-10-22", "EQuIS EDD export missing qualifier field after LabWare upgrade",
  """After the LabWare upgrade, the EQuIS four-file EDD fails the recipient's EDP check: the Result file
  lacks lab_qualifiers and the column count is wrong.""",
  """The upgrade reset the EDD report's field list and dropped the lab_qualifiers and detection limit unit
  columns. I restored the EQuIS EFWEDD format definition from our saved copy, regenerated last week's
  deliverables, and they passed EDP with zero errors. I also added a test run of the format check to the
  upload script before files are sent.""")
X("kl-10", "2025-01-14", "SFTP account for new client Tremaine Engineering",
  """Tremaine Engineering wants their files delivered to their own SFTP site, not by e-mail.""",
  """I added their SFTP host key and credentials to the upload script as a new destination; their reports
  and files go there on the usual schedule, and they confirmed the first upload.""")
X("kl-11", "2024-12-10", "Epson DS-530 chain-of-custody scans include blank pages",
  """Chain-of-custody PDFs attached in LabWare from the Epson DS-530 contain alternating empty pages, and
  the attachment size doubled.""",
  """The Epson ScanSmart profile had duplex on with blank-page skipping off. I set the COC profile to
  duplex with Skip Blank Pages at level 2, kept the 300 dpi setting for legibility, and re-scanned the
  affected forms from the morning.""")
X("kl-12", "2025-02-25", "Epson scanner not found after Windows 11 upgrade",
  """After the Windows 11 upgrade the Epson scanner at receiving isn't found by the software.""",
  """The Epson Scan 2 driver was the Windows 10 one. I installed the current driver and ScanSmart; the
  profiles were kept.""")
X("kl-13", "2025-03-11", "Basement prep lab Wi-Fi coverage",
  """Wireless in the basement prep lab is weak and drops; the analysts' devices disconnect behind the fume
  hoods.""",
  """The only access point covering the basement was upstairs. I ran a cable and added a ceiling access
  point in the corridor outside the digestion room, set minimum RSSI for roaming, and coverage is now
  -60 dBm across the room.""")
X("kl-14", "2025-04-22", "LIMS web session timeouts on bench-sheet tablets",
  """The analysts' tablets for bench sheets keep losing the LIMS page and they have to log in again, losing
  what they entered.""",
  """LabWare's web session timeout was 10 minutes. Per QA we set 20 minutes for the bench-sheet role and
  enabled auto-save of bench sheets every minute.""")
X("kl-15", "2025-05-20", "MasterControl approval page renders blank in Edge",
  """MasterControl's document approval page renders blank in Microsoft Edge on the QA workstation, so
  e-signatures cannot be applied.""",
  """MasterControl's older approval module needs Internet Explorer mode. I added the MasterControl URL to
  the Edge enterprise site list through Intune, and the approval page now loads with the signature
  dialog. The vendor says the new module in 2026 removes this.""")
X("kl-16", "2025-06-17", "Gerry's second monitor not detected on the dock",
  """Gerry's screen on the right stays black when he docks his laptop in the QA office.""",
  """The dock firmware was outdated; I updated it and the DisplayLink driver, and both monitors work.""")
X("kl-17", "2025-07-08", "Mettler XPR balances not transferring to LabX",
  """The Mettler Toledo XPR balances show "waiting for server" and results are not transferring to LabX.""",
  """The LabX service on the server had stopped after a Windows update reboot and is set to manual. I set it
  to automatic delayed start and added a monitor. Results transfer again.""")
X("kl-18", "2025-08-19", "Annual balance calibration and certificates",
  """The annual service for the balances in the weighing room is due; where do we keep the certificates?""",
  """I scheduled Mettler's service visit and created a MasterControl document type for calibration
  certificates linked to each balance ID.""")
X("kl-19", "2025-09-09", "Datto backup of LIMS SQL server failing (VSS)",
  """Datto says the backup of the LIMS database server failed three nights in a row.""",
  """The SQL VSS writer was in a failed state; I restarted it, and the next backup succeeded. Added an alert
  for VSS errors.""")
X("kl-20", "2025-10-14", "LabWare LIMS slow in the morning",
  """LIMS is very slow between 8 and 9 am for everyone.""",
  """The SQL index maintenance job was running at 8 am. I moved it to 2 am and rebuilt the statistics; morning
  response is normal.""")
X("kl-21", "2025-11-18", "HID badge access for new analyst to lab areas",
  """New analyst needs badge access to the lab and the cold storage but not the QA office.""",
  """I created the HID credential with the Lab and Storage access levels only.""")
X("kl-22", "2025-12-09", "results@ shared mailbox permissions",
  """Carmen can't send from results@ anymore.""",
  """Her Send As permission was lost when the group was changed. Re-added; she can send from results@.""")
X("kl-23", "2026-01-13", "Xerox AltaLink scan to e-mail fails (SMTP auth)",
  """The Xerox copier can't scan to e-mail since Monday.""",
  """Microsoft disabled basic SMTP auth. I set the Xerox to use the SMTP relay connector; scan to e-mail works.""")
X("kl-24", "2026-02-10", "FIDO2 security keys for shared lab PCs",
  """Analysts share lab PCs and don't want phone approvals with gloves on.""",
  """I enrolled YubiKey FIDO2 keys for each analyst as their MFA method on shared PCs.""")
X("kl-25", "2026-03-17", "New hire onboarding: sample technician",
  """We hired a sample technician, Rosa Pinto, starting Monday.""",
  """Created her account, LIMS receiving role, YubiKey and HID badge.""")
X("kl-26", "2026-04-21", "Instrument PCs on isolated VLAN",
  """The auditor asked why instrument PCs run old Windows.""",
  """I documented the isolated instrument VLAN, which only reaches the file share, and the compensating
  controls for the audit.""")
X("kl-27", "2026-05-19", "Zoom Phone at receiving not ringing",
  """The receiving phone doesn't ring when couriers call.""",
  """The call queue had Carmen's old extension. I added the receiving desk phone; it rings.""")
X("kl-28", "2026-06-16", "Certificates of analysis too large to e-mail",
  """Clients say our COA e-mails bounce for big reports.""",
  """I set COA delivery to send a secure link above 20 MB instead of the attachment.""")

E(0, "2026-11-02 07:40", "cold room last night", """Jonah,

We had no alarm texts overnight and when Gerry checked this morning the cold room graph just stops a
bit after 2 am. The thermometer on the door says 3.9 so samples look fine but this is an audit finding
if it repeats. Can you look before our TNI assessment?

Folake""", ["kl-01"], "nickname")
E(3, "2026-11-03 08:05", "Nessie runs", """Hey Jonah,

Nessie finished the overnight batch but none of it copied to the S: drive - the last folder there is from
Friday. I need to review from home tonight again. Something about permissions?

Nate""", ["kl-03"], "nickname")
E(4, "2026-11-04 09:20", "Big Blue in demo mode", """Hi Jonah,

Big Blue came up this morning in some limited mode and won't let me start the tune. It had restarted
overnight for updates I think. I have 60 samples from the Tremaine job waiting.

Wen""", ["kl-05"], "nickname")
E(2, "2026-11-05 10:45", "stickers at the front window", """Jonah,

The stickers at the front window are coming out half off - the bars are cut at the edge so the gun
won't read them. We put on a new roll this morning. Coolers are piling up.

Carmen""", ["kl-07"], "nickname")
E(1, "2026-11-06 15:00", "Tremaine kickback", """Jonah,

The Friday EDDs for Tremaine came back from their checker with errors - it says the results part is
short a column. This is the first batch since the LIMS update last weekend. They need them Monday.

Gerry""", ["kl-09"], "nickname")
E(2, "2026-11-09 11:30", "custody forms", """Jonah,

The custody forms we feed in at receiving are coming into LIMS with a white page after every real page,
and the files are twice as big. Same since last week.

Carmen""", ["kl-11"], "symptom")
E(4, "2026-11-10 13:40", "pit tablets", """Jonah, down in the pit the tablets keep falling off the network behind the hoods and we lose the
page. Can we get something better down there?

Wen""", ["kl-13"], "nickname")
E(1, "2026-11-11 09:10", "can't sign SOPs", """Jonah,

On Gerry's PC the sign-off screen for SOP approvals comes up completely white. I have 6 SOP revisions
waiting for signature before the assessment. My laptop at home shows the same thing.

Gerry""", ["kl-15"], "nickname")
E(0, "2026-11-12 16:20", "balances waiting for server", """Jonah, the XPR balances in the balance room all show "waiting for server" after last night's
updates, and nothing is going into LabX. Probably the service again?

Folake""", ["kl-17"])
E(0, "2026-11-13 08:00", "Datto failed", """Jonah, Datto sent three failure alerts for the LIMS server backup, same as last September I
think. Can you check the VSS thing?

Folake""", ["kl-19"])
E(2, "2026-11-16 12:15", "new technician badge", """Hi Jonah,

New sample tech Marcus Oduya starts next week. He needs the account, LIMS receiving role, a YubiKey and
an HID badge for lab and storage.

Carmen""", ["kl-25", "kl-21"])
E(1, "2026-11-17 14:50", "Xerox scan to email", """Jonah, the Xerox won't scan to e-mail again, same error as January. Did Microsoft change
something again with SMTP?

Gerry""", ["kl-23"])
E(2, "2026-11-18 10:30", "barcode gun typing junk", """Jonah,

The Honeywell barcode gun at receiving is typing wrong characters in LIMS again, the dashes come out
as something else. Keyboard layout again?

Carmen""", ["kl-08"])
E(3, "2026-11-19 17:05", "LIMS slow mornings", """Jonah, LIMS is crawling again between 8 and 9. Did the maintenance job move back?

Nate""", ["kl-20"])
E(2, "2026-11-20 09:25", "can't send from results@", """Jonah, I can't send from results@ again, Outlook says I don't have permission to send as
that address. Couriers are waiting on COA e-mails.

Carmen""", ["kl-22"])

EXT.update({
    "kl-01": ("""The cooler holds about 400 client samples with hold times, and under our accreditation we must show
        continuous records. This is the first gap since we installed the system.""", ""),
    "kl-02": ("""It happens two or three times a week, usually between 10 pm and midnight when the cleaning crew
        is in.""", ""),
    "kl-03": ("""The chemists review the overnight sequences from the share in the morning or from home, and the
        data must be on the server for the daily backup.""", ""),
    "kl-04": ("""He gets a message that the network path cannot be found, and reconnecting manually asks for a
        password he doesn't have.""", """The mapping uses his own account."""),
    "kl-05": ("""Tune and calibration are blocked, and we have metals samples with a short holding time queued. The
        PC restarted overnight, which it is not supposed to do.""", ""),
    "kl-06": ("""She runs about 80 samples a day and the retyping takes an hour and is a source of transcription
        errors the auditors have flagged.""",
              """QA validated the import with a side-by-side comparison of 200 results before we turned it on."""),
    "kl-07": ("""Receiving processed 60 coolers yesterday.""", ""),
    "kl-08": ("""Carmen has been typing sample numbers by hand, which is slow and risky with long IDs.""",
              """The scanner setting was saved in its configuration barcode sheet."""),
    "kl-09": ("""The recipient's checker is EQuIS EDP with their own reference values, and they will not accept the
        deliverable until it passes with no errors.""", ""),
    "kl-10": ("""They sent a host name, a user name and a password, plus a document with their folder structure.
        They want the reports and the deliverables in separate folders and a notice when a file arrives.""",
              """The upload logs are in the script folder, and their contact gets an e-mail after each upload."""),
    "kl-11": ("""The forms are two-sided with the signature block on the back. Records retention costs us by size,
        so we'd like them smaller.""", """Old attachments were not changed."""),
    "kl-12": ("""The scanner powers on and the light is green, but the scanning software says no device. Carmen has
        been scanning chain-of-custody forms on the copier and e-mailing them to herself.""",
              """The Windows 11 upgrades for the other lab PCs will include the new driver first, so this should not
        repeat."""),
    "kl-13": ("""The digestion area is where they enter weights and times, and every drop costs them time. Cell
        coverage is bad down there too.""", """The analysts' tablets were tested across the room."""),
    "kl-14": ("""The samples are in the hood and they can't always get back to the screen within ten minutes,
        especially during digestions.""",
              """The longer timeout applies only to that role; office users keep 10 minutes. QA documented the change
        in the change control log."""),
    "kl-15": ("""The signature step in the document workflow never appears.""", """Other users are unaffected."""),
    "kl-16": ("""The left one works. He tried another cable and another dock from the conference room and got the
        same result, so we think it's the laptop.""",
              """If the right screen goes black again, unplug the dock's power for ten seconds. The monitors themselves
        were fine. His laptop also received the latest BIOS."""),
    "kl-17": ("""The analysts are writing weights on paper, which QA does not accept for the final data. All balances
        say the same thing.""", """The service's recovery options restart it if it stops."""),
    "kl-18": ("""Gerry also wants the certificates linked to each balance so an auditor can find them in one
        place. Today they are in a binder and some are missing.""",
              """The service visit is booked for the 14th, in the morning, so weighing should be planned for the afternoon
        that day. Each balance record links to its latest certificate."""),
    "kl-19": ("""The nightly job finished fine until Monday. We need these backups for the accreditation, and the
        database is the most important thing we have.""",
              """I tested a restore of the database to a test server to be sure the backup chain was good. A restore point
        is now taken every four hours during the day."""),
    "kl-20": ("""It takes about a minute to open a sample, and receiving is slowest in the morning when the couriers
        arrive. After nine it becomes normal again.""",
              """The job runs in about 25 minutes at night. If mornings are slow again, check whether someone changed the
        schedule in SQL Agent."""),
    "kl-21": ("""Her name is Anna Kowal and she starts Monday in the organics group. She should not be able to enter
        the QA office or the server room.""",
              """Her badge is at reception. Access to the QA office can be added later if QA approves, with a form in
        MasterControl. The server room is restricted to IT."""),
    "kl-22": ("""She sends COAs and invoices from that address to clients every afternoon, and now Outlook says she
        doesn't have permission. The reports are waiting.""",
              """Membership in the group no longer grants Send As by itself, so I set the permission for each person
        directly. Sent items go to the shared mailbox."""),
    "kl-23": ("""People scan chain-of-custody copies and invoices to themselves from it every day. The error on the
        screen says something about the server refusing the connection.""",
              """The relay only accepts mail from the copier's address, so it cannot be abused. Scans now arrive within
        a minute."""),
    "kl-24": ("""They take gloves off to approve on their phones, and some leave phones in lockers. We want
        something quick that works with gloves or at least doesn't need the phone.""",
              """Each key is registered to one person; lost keys are disabled by me the same day. A spare set is in the QA
        office safe for new staff."""),
    "kl-25": ("""She will work at receiving with Carmen and should not be able to release results. She starts at
        7 am, so everything needs to be ready before then.""",
              """Carmen has her temporary password and YubiKey. Her LIMS role allows receiving and login of samples only,
        and she cannot approve or report results."""),
    "kl-26": ("""The auditor noted Windows 7 on the GC-MS and ICP PCs and wants to know the controls. Replacing the PCs
        would mean revalidating the instruments.""",
              """The note lists the firewall rules, the USB policy and the backup of the data. Upgrading the operating
        system stays tied to the next instrument service contract."""),
    "kl-27": ("""Couriers call to say they are at the loading dock and nobody answers. The phone works for outgoing
        calls. It started when Carmen got a new extension last month.""",
              """Calls ring the desk phone and Carmen's app at the same time, and go to the receiving voicemail after 30
        seconds."""),
    "kl-28": ("""Some reports with chromatograms are 30 or 40 MB, and the client's mail server rejects them. Clients
        then call to ask where the results are.""",
              """Clients get a secure link that expires after 30 days. Smaller reports are still attached as before."""),
})
E(2, "2026-12-01 13:05", "nobody can reach us", """Jonah,

Two drivers told me today they've been calling the receiving desk and nobody picks up. The handset
here never makes a sound, but I can dial out fine. It's been like this since I moved desks last week,
I think.

Carmen""", ["kl-27"], "paraphrase")

# ================================================================ 5. charity
client("lantern", "Lanternhouse Food Share", "Lanternhouse Food Share (registered charity)", "lanternhousefood.org", "-0800", """
the dock: the warehouse receiving bay, Zebra ZT230 pallet-label printer and the receiving PC with PantryTrak
the big freezer: the walk-in freezer (-18 C) in the warehouse, SensoScientific wireless probe
the Tuesday truck: the mobile pantry route; drivers use a Samsung Galaxy Tab Active with the Routific driver app
the till: the Square Terminal register at the Second Helpings thrift shop
the intake desk: client check-in at the pantry, two laptops running Link2Feed
the year-end letters: the Bloomerang year-end giving statements, merged in Word and mailed in January
Gloria's room: the volunteer break room with the VolunteerHub sign-in PC
the zappers: the Zebra TC21 handheld scanners used for inventory counts in PantryTrak
the church site: the second pantry in the Orchard Road church basement, on a Cradlepoint LTE router
""", [
    ("marisol.quintero", "Marisol Quintero", "Executive Director"),
    ("gloria.finch", "Gloria Finch", "Volunteer Manager"),
    ("dex.ambrose", "Dexter Ambrose", "Warehouse & Logistics Manager"),
    ("yuki.tanabe", "Yuki Tanabe", "Donor Relations Lead"),
    ("theo.marchetti", "Theo Marchetti", "Thrift Shop Manager"),
], sig_extra="""Lanternhouse Food Share - No neighbour hungry.
Registered charity. Please consider the environment before printing this e-mail.""")

X("lf-01", "2024-02-06", "SensoScientific freezer probe battery depleted, data gap",
  """The SensoScientific portal shows a gap of nine hours for the walk-in freezer probe and a "low battery"
  flag. No alert was issued during the gap.""",
  """The probe's lithium cell was at end of life, so it transmitted intermittently and the portal treated
  it as idle rather than failed. I replaced the battery (3.6 V ER14505), confirmed readings every five
  minutes, and changed the alert profile so a missed reading for 30 minutes is itself an alert to Dexter and
  Marisol. I put a reminder to change probe batteries every January.""")
X("lf-02", "2024-08-13", "Orchard reach-in cooler alarm texts at night",
  """Dexter gets alarm texts in the middle of the night from the reach-in cooler at Orchard Road, then the
  temperature is fine in the morning. It wakes him up twice a week.""",
  """The cooler's defrost cycle raises the probe reading for 20 minutes. I added a 30-minute delay to the
  high-temperature alarm for that unit only, so defrost no longer texts him; a real failure still does.""")
X("lf-03", "2023-08-15", "Zebra ZT230 prints blank pallet labels after ribbon change",
  """The Zebra ZT230 pallet-label printer feeds labels but nothing is printed on them since the ribbon was
  replaced.""",
  """The new ribbon was loaded coated side out, so no ink transferred, and the ribbon type (wax, ink-in) did
  not match the printer's setting. I rethreaded it, set print method to thermal transfer, ran a media
  calibration and printed a test pallet tag. I taped a threading diagram inside the cover.""")
X("lf-04", "2024-09-24", "Receiving dock PC cannot reach PantryTrak after Windows update",
  """The PC at the receiving dock won't open PantryTrak since the update, we're writing donation weights on
  paper at the dock.""",
  """The update reset the default browser and PantryTrak's shortcut opened in a browser with blocked
  pop-ups. I set Edge as default, allowed pop-ups for PantryTrak and pinned it. Weights entry works.""")
X("lf-05", "2024-04-16", "Routific driver app shows previous day's route",
  """On the Galaxy Tab Active the Routific driver app still shows the previous day's stops; the dispatcher's
  new route is not received.""",
  """The tablet's SIM data plan had hit its cap, so the app ran from its cached route. I moved the tablets to
  the unlimited pooled plan, force-synced Routific, and set the app to show a banner when it is offline.
  The new route loaded with all 14 stops.""")
X("lf-06", "2024-11-05", "Driver tablet cracked screen replacement",
  """One of the drivers dropped the tablet off the truck and the screen is cracked, can we replace it?""",
  """It was under the Samsung care plan; I sent it in and enrolled the spare tablet in Knox with the driver
  apps so the route runs tomorrow.""")
X("lf-07", "2024-05-21", "Square Terminal offline at Second Helpings; card payments fail",
  """The Square Terminal at the thrift shop shows "No internet connection" intermittently and card
  transactions fail during those periods.""",
  """The Terminal was on the shop's guest Wi-Fi, which is throttled and reboots nightly. I moved it to the
  staff SSID with a DHCP reservation and enabled Square offline payments up to $100 per transaction with
  a 24-hour window. No disconnects over a full Saturday.""")
X("lf-08", "2024-10-01", "Square item library import for thrift shop price tags",
  """Theo wants the price categories for Second Helpings in Square so volunteers just tap "Clothing $4"
  instead of typing prices.""",
  """I imported 22 items with categories into the Square item library and arranged the Terminal's tiles by
  department. Theo can edit prices from the dashboard.""")
X("lf-09", "2024-06-18", "Link2Feed location restriction after ISP change",
  """Link2Feed returns "Access denied from this location" on both check-in laptops after the new internet
  provider was installed.""",
  """Link2Feed restricts agency log-ins to registered public IP addresses. The new ISP changed our IP.
  I sent the new static IP to Link2Feed support via the agency admin form, they added it the same day, and
  I removed the old one. Both laptops log in.""")
X("lf-10", "2025-01-28", "Link2Feed user for new intake volunteer",
  """A new volunteer, Raymond, will help at the intake desk on Fridays. Does he need his own login?""",
  """Yes, Link2Feed requires named users. I created an intake-only user for Raymond and sent Gloria the
  confidentiality form for him to sign.""")
X("lf-11", "2025-01-07", "Bloomerang year-end giving statements include soft credits and in-kind",
  """Bloomerang year-end giving statements show totals that include soft credits and in-kind gifts, so some
  receipts overstate deductible amounts.""",
  """The statement template's merge field was Total Revenue, which includes soft credits and in-kind. I
  switched it to Deductible Amount (cash gifts minus benefits), added a separate line listing in-kind
  donations without value, and regenerated the Word merge. Yuki spot-checked 20 statements against the
  transactions.""")
X("lf-12", "2025-02-25", "Bloomerang user for Yuki with mail permissions",
  """Yuki needs to send letters from Bloomerang but her user can't see the mail merge option.""",
  """Her role lacked Communication permissions. I gave her the Development role; the Letters menu is
  there.""")
X("lf-13", "2025-03-18", "VolunteerHub kiosk PC shows coordinator dashboard instead of check-in",
  """The VolunteerHub sign-in PC in the volunteer break room opens the coordinator's dashboard instead of the
  check-in screen, so volunteers could see everyone's details.""",
  """The browser had kept the coordinator's session from when the schedule was edited on that PC. I created
  a separate kiosk user, set Edge kiosk mode to open the VolunteerHub check-in URL with that user only, and
  cleared the saved session. Coordinators edit schedules from their own laptops.""")
X("lf-14", "2025-04-08", "Gloria's calendar shared with the front desk",
  """Gloria wants the front desk to see her calendar so they can book volunteer orientations in her room.""",
  """I shared Gloria's calendar with the front desk group with edit rights on events, no private items.""")
X("lf-15", "2025-05-13", "Zebra TC21 PantryTrak counts lost before sync",
  """Inventory counts scanned on the Zebra TC21 handhelds did not upload to PantryTrak, and the app shows no
  pending records.""",
  """The PantryTrak mobile app purged unsent records when the Android battery optimizer killed it during
  the count. I exempted PantryTrak from battery optimization with Zebra StageNow, set it to sync every 50
  scans, and recovered the count from the device log for the dry goods aisle; the freezer aisle had to be
  recounted.""")
X("lf-16", "2025-06-10", "Handheld charging cradle not charging",
  """The charging cradle for the scanners doesn't charge two of the slots.""",
  """Two slot contacts were bent. I replaced the cradle cups; all slots charge.""")
X("lf-17", "2025-07-15", "Cradlepoint LTE data cap reached at Orchard Road",
  """Internet at the Orchard Road pantry is very slow in the last week of each month.""",
  """The Cradlepoint's carrier plan throttles after 50 GB; Windows updates and a volunteer streaming used it.
  I moved the plan to 150 GB, blocked streaming on the guest SSID and set Windows updates to download
  overnight from the delivery cache only at the main site. Usage is now 60 GB a month.""")
X("lf-18", "2025-08-05", "Orchard Road printer setup",
  """The church basement needs a printer for the intake sheets.""",
  """I installed a Brother laser on the LTE network and added it to the intake laptops.""")
X("lf-19", "2025-09-16", "RingCentral holiday hours greeting",
  """Can the phones say we're closed for Thanksgiving and give the emergency food line?""",
  """I recorded the holiday greeting in RingCentral's auto-receptionist with the emergency line option and
  scheduled it for the holiday.""")
X("lf-20", "2025-10-07", "New staff onboarding: warehouse coordinator",
  """We have a new warehouse coordinator, Ike Barros, starting on the 14th.""",
  """Created his M365 account, PantryTrak warehouse role, TC21 login and building badge.""")
X("lf-21", "2025-11-04", "Backblaze backup of the shared drive",
  """Are the shared drive files backed up anywhere off site?""",
  """Yes, Backblaze B2 nightly with 90-day versions. I tested a restore of a folder for you.""")
X("lf-22", "2026-01-20", "TechSoup licences for Office",
  """We need Office for four more volunteer laptops.""",
  """I requested the donated licences through TechSoup; they are installed.""")
X("lf-23", "2026-02-17", "Phishing: fake invoice from produce supplier",
  """Dexter got an invoice from 'FreshFarm Produce' with a link. We do buy from them.""",
  """The domain was freshfarrn-produce. I blocked it, purged the message and reminded staff.""")
X("lf-24", "2026-03-24", "Openpath badges for volunteers",
  """Long-time volunteers want badges for the warehouse door instead of waiting to be let in.""",
  """I created a Volunteer group in Openpath with warehouse door access 7 am to 6 pm.""")
X("lf-25", "2026-04-21", "Office copier toner order",
  """The office copier says toner low.""",
  """Toner is on the lease; I ordered it through the portal, arriving Thursday.""")
X("lf-26", "2026-05-26", "Paychex Flex login locked",
  """Marisol is locked out of Paychex.""",
  """I reset her access through the Paychex admin; she set a new password and MFA.""")
X("lf-27", "2026-06-23", "Bloomerang donation form blocked by website security header",
  """The donation form on our website is blank since the new website went live.""",
  """The new site's Content-Security-Policy blocked Bloomerang's iframe. I added Bloomerang's domains to the
  policy; the form loads and test donation worked.""")
X("lf-28", "2026-07-21", "Warehouse Wi-Fi dead zones",
  """Scanners lose Wi-Fi in the back of the warehouse by the freezers.""",
  """Metal racking blocks the signal. I added an access point on the back wall; coverage is good.""")

E(2, "2026-11-02 06:55", "big freezer no readings", """Jonah,

Came in this morning and the big freezer has no numbers on the website for most of the night and nobody
got any text. The freezer itself feels fine, thermometer -19. The county inspector looks at these logs,
so I need to know what happened.

Dex""", ["lf-01"], "cross-client")
E(2, "2026-11-03 09:10", "dock labels", """Jonah, labels at the dock are coming out with nothing on them since Lorenzo changed the roll
of black tape thing this morning. Trucks from the Safeway drive are here at 11.

Dexter""", ["lf-03"], "nickname")
E(0, "2026-11-04 08:40", "Tuesday truck", """Jonah,

On the Tuesday truck today the driver's screen kept showing last week's stops, so she drove the old
route and we missed two new sites. Dispatch says they published the new one Monday night.

Marisol""", ["lf-05"], "nickname")
E(4, "2026-11-05 13:15", "till keeps dropping", """Hi Jonah,

The till at Second Helpings keeps saying it has no connection, and when it does that card payments
get declined. It's the busiest week of the year with the coat drive. We had to turn people away.

Theo""", ["lf-07"], "nickname")
E(1, "2026-11-06 10:00", "intake laptops locked out", """Jonah,

Both laptops at the intake desk tell us we're not allowed to sign in from here - started this morning
after the Comcast guy put in the new box. We have a line of families outside.

Gloria Finch
Volunteer Manager""", ["lf-09"], "symptom", sig=False)
E(3, "2026-11-09 15:20", "letters question", """Hi Jonah,

A donor called about last January's letter - it said she gave more than she did, it counted the gift
her husband's company matched and the coats she dropped off. Before we mail this year's, can you make sure
that's fixed?

Yuki""", ["lf-11"], "paraphrase")
E(0, "2026-11-10 11:45", "Gloria's room computer", """Jonah, the computer in Gloria's room - the one volunteers sign in on - had Gloria's
VolunteerHub coordinator screen up this morning with everyone's phone numbers showing. A volunteer pointed it out. I
closed it. Can you make it only show the sign-in again?

Marisol""", ["lf-13"], "cross-client")
E(2, "2026-11-11 16:30", "zappers lost our stocktake", """Jonah,

We did the monthly stocktake with the zappers today and about half of it is just gone. The zappers
say nothing is waiting to send. Four volunteers spent three hours on that.

Dexter""", ["lf-15"], "nickname")
E(0, "2026-11-12 09:25", "church site slow", """Jonah, the church site is crawling again this week, the intake laptops take a minute to open
each page. It's the end of the month, I wonder if it's the same as in summer.

Marisol""", ["lf-17"], "nickname")
E(0, "2026-11-13 12:00", "Thanksgiving greeting", """Jonah, can you set the RingCentral holiday greeting again for Thanksgiving with the emergency
food line option, like last year? Closed Thursday and Friday.

Marisol""", ["lf-19"])
E(2, "2026-11-16 08:30", "new coordinator", """Jonah, new warehouse coordinator Nadia Sorensen starts on the 23rd. Same as Ike: M365,
PantryTrak warehouse role, TC21 login, badge.

Dexter""", ["lf-20"])
E(3, "2026-11-17 14:10", "donation form blank", """Jonah,

The donation form on the website is blank again after the web designer pushed changes. Giving
Tuesday is in two weeks! Was it the security header thing?

Yuki""", ["lf-27"])
E(2, "2026-11-18 10:50", "supplier invoice link", """Jonah, got another invoice e-mail from a 'produce supplier' with a link, spelled a bit
off. Didn't click. Can you block it like in February?

Dex""", ["lf-23"])
E(4, "2026-11-19 11:00", "Square item tiles", """Hi Jonah, I want to add holiday categories to Square for the shop, like "Decor $2". Can you
add tiles to the Terminal like you did for clothing?

Theo""", ["lf-08"])
E(1, "2026-11-20 15:40", "volunteer badges", """Hi Jonah,

Three more long-time volunteers want Openpath badges for the warehouse door. Can you add them to the
Volunteer group, same 7 to 6 hours? Names: Alma Reyes, Bo Lindgren, Pat Shea.

Gloria""", ["lf-24"])

EXT.update({
    "lf-01": ("""Our county food safety plan requires a continuous temperature record for frozen product, and the
        inspector reviews the probe history at each visit.""", ""),
    "lf-02": ("""He has started turning his phone to silent, which defeats the purpose. The county inspector wants
        to see that we respond to real alarms, and the logs show every one of them.""",
              """The delay is noted in the food safety plan so the inspector sees why."""),
    "lf-03": ("""The printer shows ready and the labels advance one by one, just blank. We tried turning it off and
        on. Without pallet tags the donated product cannot be put away.""", ""),
    "lf-04": ("""The trucks from the grocery rescue drives arrive from 8 am and each donation has to be weighed and
        entered at the dock before it can be put away. The volunteers are writing it all down twice.""",
              """If the page does not open after an update, close the browser and use the pinned shortcut, not a
        search result."""),
    "lf-05": ("""Drivers then follow the old stops or call the office, and one new partner site was missed.""", ""),
    "lf-06": ("""The driver is fine. The tablet still turns on but the touch screen only works on one side and the
        route and stops can't be opened properly. The Tuesday route is the busiest.""",
              """The returned tablet will become the new spare. Cases with a strap were ordered for all driver tablets."""),
    "lf-07": ("""It happens most afternoons when the shop is busy, and volunteers then ask customers for cash, which
        many don't carry.""", ""),
    "lf-08": ("""Volunteers make mistakes typing amounts and the end-of-day totals never match the tags. Most items
        have fixed prices by category anyway.""",
              """Discounts for the half-price Wednesday can be applied with one tap. Sales reports by category are in the
        Square dashboard."""),
    "lf-09": ("""Clients cannot be checked in and families are waiting at the door. The laptops have internet and
        other websites work.""", ""),
    "lf-10": ("""He helps at intake when the line of families is long on Fridays, and the others have been letting him
        use their login, which I know is not good.""",
              """Each user sees only our agency's clients. Gloria can deactivate his account herself from the agency
        settings if he stops volunteering."""),
    "lf-11": ("""A donor pointed out the error after receiving hers.""", ""),
    "lf-12": ("""She is taking over donor letters this year and the thank-you letters from Marisol, and her login
        only shows the constituent screens. The menu item is greyed out for her.""",
              """The Development role also lets her edit letter templates and export lists, but not delete records or
        change gifts. Marisol keeps the administrator role."""),
    "lf-13": ("""Gloria noticed it when a volunteer asked why they could see other people's phone numbers.""", ""),
    "lf-14": ("""Right now they call her every time someone wants an orientation, and she is often on the warehouse
        floor without her phone.""",
              """The front desk sees the orientation bookings and can add new ones in the room; Gloria gets a notice for
        each new booking. Her personal appointments remain private."""),
    "lf-15": ("""It was the quarterly count for the food bank network report.""", ""),
    "lf-16": ("""Volunteers put the scanners back at the end of the day and two of them were at 5 % the next
        morning. It's always the two slots on the left.""",
              """The new cups were under warranty. If a slot stops charging, use another slot and tell me; the indicator
        light on each slot shows orange while charging and green when full."""),
    "lf-17": ("""The volunteers say pages take forever to load and video calls with the main office fail.""", ""),
    "lf-18": ("""They currently carry printed sheets from the main office every week, and it would be easier to
        print on site. It needs to work from the two intake laptops and the volunteer laptop.""",
              """Toner is the same model as the main office printer, so spares can be shared. It prints over the LTE
        router's local network and uses no mobile data."""),
    "lf-19": ("""Last year people called on the holiday and heard the regular greeting, then left messages nobody
        listened to until Monday. We want the recording to give the emergency number.""",
              """The normal greeting comes back automatically on Monday morning. You can record your own voice for it
        from the RingCentral app if you prefer."""),
    "lf-20": ("""He will work at the warehouse, schedule deliveries and supervise volunteers on the floor. He needs
        e-mail, PantryTrak and a handheld, and a badge for the warehouse doors.""",
              """His temporary password and badge are with Dexter. His PantryTrak role can receive, move and count
        inventory but not delete records. He will set up MFA at his first sign-in."""),
    "lf-21": ("""Our insurer asks this on the renewal questionnaire, and Marisol wasn't sure. We keep board
        minutes, grant reports and the volunteer files there.""",
              """The backup is encrypted and stored in a different region. I can give the insurer a one-page summary of
        the backup and restore test if they ask for it."""),
    "lf-22": ("""They are donated laptops that volunteers use for data entry and the newsletter. Buying full
        licences would cost more than the laptops were worth.""",
              """Four licences were available through the nonprofit donation programme at an administrative fee. They are
        assigned to the volunteer accounts, not to people, so they stay with the laptops."""),
    "lf-23": ("""The amount was close to a real invoice, but the link asked him to log in to see it. He didn't enter
        anything.""",
              """I checked his sign-in history, nothing unusual. Real supplier invoices come through Bill.com, never as a
        link asking for a login. I added a warning banner to external e-mails."""),
    "lf-24": ("""Some come three times a week and have been with us for years. We'd rather they don't have access to
        the office or at night.""",
              """Volunteers open the warehouse door with the app or a card. Access ends automatically if Gloria removes
        them from the group, and every entry is logged."""),
    "lf-25": ("""It's the black one, the colour ones are fine. We have two large mailings this week and the print
        quality is already getting lighter on every page.""",
              """If you see the low toner message again, the lease portal link is in the shared bookmarks and orders are
        free. Please keep one spare cartridge in the supply cabinet."""),
    "lf-26": ("""She needs to approve payroll today, and the reset e-mail goes to an old address from before she
        became director. The payroll deadline is 4 pm.""",
              """I changed her login e-mail to her work address. Paychex also sent her a security notice about the reset,
        which is expected, so she can ignore it."""),
    "lf-27": ("""It shows an empty white box where the form should be. The designer says it's Bloomerang's problem,
        Bloomerang says it's the website.""",
              """I gave the designer the list of domains to keep in the policy when they make changes."""),
    "lf-28": ("""The handhelds disconnect and the counts stop syncing. It's the two aisles by the walk-in units.
        The office Wi-Fi is fine.""",
              """The new access point is mounted above the racking. If scanners lose the network again in that area, tell
        me which aisle and the time, so I can check the logs."""),
})
E(3, "2026-12-01 11:15", "can't find the letters menu", """Hi Jonah,

Marisol asked me to take over the thank-you mailings for December, but when I log into our donor
system I just see people's records - the option to make a batch of letters is greyed out for me. Can
you switch that on?

Yuki""", ["lf-12"], "paraphrase")

# ================================================================ 6. dental group
client("marlowe", "Marlowe Bay Dental", "Marlowe Bay Dental Partners, P.A.", "marlowebaydental.com", "-0500", """
the pano: the Planmeca ProMax 2D panoramic X-ray in the Harbor imaging room, Romexis software bridged to Eaglesoft
Harbor / Westfield: the main office on Harbor Street and the satellite office in Westfield Plaza
the sensors: the Dexis Titanium intraoral X-ray sensors, one per operatory, through Dexis Integrator
the window op: operatory 4 at Harbor, the hygiene room by the window with the oldest workstation
the 7:30 sheet: the Eaglesoft Daily Huddle report printed at 7:30 for the morning meeting
the big board: the Eaglesoft schedule shown on the wall TV in the Harbor front office (small PC behind the TV)
the text line: Weave two-way texting and automated appointment reminders
Dr. K's iPad: Dr. Kaminski's iPad with the MyiTero viewer for intraoral scans
the sterile room: the sterilisation room; the SciCan Statim cycle logs are saved by a data logger to the server
""", [
    ("hkaminski", "Dr. Helena Kaminski", "Owner Dentist"),
    ("teresa.villanueva", "Teresa Villanueva", "Office Manager"),
    ("jade.okonjo", "Jade Okonjo", "Front Desk, Westfield"),
    ("brandon.lutz", "Brandon Lutz", "Lead Hygienist"),
    ("nikki.sorrell", "Nikki Sorrell", "Billing Coordinator"),
], sig_extra="""Marlowe Bay Dental Partners | Harbor Street & Westfield Plaza
This message may contain protected health information. If you are not the intended recipient, please
delete it and notify us.""")

X("md-01", "2023-12-05", "Romexis panoramic images not bridging into Eaglesoft",
  """Panoramic exposures taken on the Planmeca ProMax are saved in Romexis, but the Eaglesoft imaging bridge
  does not show them for the patient. Bitewings from the Dexis sensors appear normally.""",
  """The Romexis server service had been moved to a new port during the Romexis 6.4 update, and the
  Eaglesoft bridge still pointed to the old one. I updated the bridge configuration on the server and on
  each workstation and restarted the Romexis service. Exposures from today linked to the correct patients;
  the two taken under the wrong patient were reassigned in Romexis.""")
X("md-02", "2024-05-14", "Intraoral camera pictures not saving to the chart",
  """When Brandon takes pictures with the intraoral camera in op 2, they don't save to the patient's chart;
  the capture button clicks but nothing is there afterwards.""",
  """The camera's capture button was mapped to the Windows Camera app after a driver update instead of
  Eaglesoft's capture. I reinstalled the camera driver from Patterson and set the button in Eaglesoft's
  device settings. Pictures save to the chart.""")
X("md-03", "2024-03-05", "Dexis Titanium sensor not detected after Windows update",
  """Dexis Integrator shows "sensor not connected" in operatory 2, and exposures produce no image. The
  sensor's USB connection appears in Device Manager with a warning.""",
  """The cumulative Windows update replaced the Dexis USB driver. I reinstalled the Dexis Titanium driver
  package 10.4, reset the Dexis Integrator service, and excluded that driver from Windows Update through the
  device policy. The sensor is detected at acquisition and the test image is good. Same fix applied
  preventively in the other operatories.""")
X("md-04", "2024-08-20", "Dexis sensor cable damaged in op 2: warranty replacement",
  """The sensor in op 2 has a kink in the cable near the sensor head and the image sometimes has lines.""",
  """The cable was crushed by the chair. Dexis accepted the warranty claim; the replacement came in two
  days and I set it up. I lent op 2 the spare sensor from op 6 meanwhile.""")
X("md-05", "2024-04-23", "Eaglesoft Daily Huddle report shows the previous day",
  """The Daily Huddle report in Eaglesoft, run automatically at 7:15, lists the previous day's appointments
  and production instead of today's.""",
  """The scheduled report used a fixed date set when it was created, not a relative date. I changed the
  Daily Huddle parameters to "Today" and the Eaglesoft scheduler to run at 7:15 on the front desk
  workstation, printing to the office laser. Tomorrow's copy was correct in a test run.""")
X("md-06", "2024-09-10", "Front office printer pulling the wrong tray for routing slips",
  """The front office printer prints the routing sheets on the letterhead from tray 2 instead of plain
  paper, every morning.""",
  """The Eaglesoft printer setup for routing slips had tray 2 selected. I set it to tray 1 plain and left
  letterhead on tray 2 for letters only.""")
X("md-07", "2024-06-04", "Wall TV schedule display: Eaglesoft logged out, display off",
  """The Harbor front office wall TV that displays the Eaglesoft schedule is dark; the small PC behind it
  shows the Windows sign-in screen.""",
  """The mini PC rebooted for updates and the kiosk account's auto-login was lost because its password
  expired. I set a non-expiring kiosk account with auto-login, Eaglesoft opening the scheduler in
  full-screen at startup, and a nightly reboot at 5 am so it is always ready by opening.""")
X("md-08", "2024-11-19", "Reception TV patient education Chromecast",
  """The TV in the waiting room at Westfield doesn't play the patient education videos anymore, the screen
  is black with a Chromecast logo.""",
  """The Chromecast lost its Wi-Fi after the router change. I reconnected it and restarted the playlist.""")
X("md-09", "2024-07-09", "Weave automated reminders not sending: 10DLC registration",
  """Weave shows scheduled appointment reminders as "failed to send" since June 28 and two-way messages to
  patients are not delivered.""",
  """Carriers began blocking unregistered business texting (10DLC). Weave's campaign registration for our
  number had been rejected because the brand name did not match the legal name. I resubmitted it with the
  exact legal name and the EIN; it was approved in four days and reminders resumed, with the
  backlog for the following days sent.""")
X("md-10", "2025-01-14", "Weave desk phones no dial tone at Westfield",
  """The Weave phones at Westfield have no dial tone this morning, patients can't reach us.""",
  """The Westfield switch had rebooted and the phones got no PoE. I power-cycled the switch port group and
  they registered; the switch is now on the UPS.""")
X("md-11", "2024-10-15", "Operatory 4 workstation hangs during periodontal charting",
  """The workstation in operatory 4 hangs for a minute or more whenever the periodontal charting screen in
  Eaglesoft is opened, then resumes.""",
  """That PC had 4 GB of RAM and a spinning disk, and Eaglesoft's perio module loads the full history. I
  upgraded it to 16 GB and an SSD as a stopgap and scheduled its replacement with the Windows 11 refresh;
  perio opens in two seconds now.""")
X("md-12", "2025-02-11", "Brandon's voice perio headset",
  """Brandon wants to chart perio by voice so he doesn't need an assistant. Does Eaglesoft do that?""",
  """Eaglesoft has voice-activated perio charting. I installed it on his main operatory PC and paired a
  wireless headset; he trained the voice profile.""")
X("md-13", "2025-03-18", "Statim cycle logs no longer saved to server",
  """The SciCan Statim cycle printouts are fine, but the data logger stopped saving cycle records to the
  server share, so our electronic sterilisation log has a gap since March 3.""",
  """The StatIM data logger writes to \\\\EAGLE01\\Steri through a USB-to-network bridge that lost its
  mapping after the server's share permissions were tightened. I gave the bridge's account write access,
  remapped it, and recovered the missing cycles from the logger's internal memory. Daily cycle files are
  arriving again.""")
X("md-14", "2025-04-22", "Sterilization area tablet Wi-Fi",
  """The tablet in the sterilization area for instrument tracking keeps saying no Wi-Fi.""",
  """It was on the guest network that kicks devices every 24 h. Moved it to the staff network.""")
X("md-15", "2025-05-20", "Veeam backup failing: Synology volume degraded",
  """Veeam sent failure e-mails for the Eaglesoft server backup job two nights in a row.""",
  """One of the Synology's disks failed and the volume went read-only. I replaced the disk, the RAID
  rebuilt overnight, and the next Veeam job succeeded. I enabled disk health e-mails from the Synology.""")
X("md-16", "2025-06-17", "Eaglesoft won't open after server updates",
  """No workstation can open Eaglesoft this morning, error connecting to the database.""",
  """The Patterson database service didn't restart after the server's update reboot. I started it and set it to
  automatic with recovery; all workstations connected.""")
X("md-17", "2025-07-22", "MyiTero viewer login fails on iPad after password change",
  """The MyiTero app on Dr. Kaminski's iPad signs out and rejects her credentials, so she cannot review
  intraoral scans chairside.""",
  """Align's MyiTero moved to single sign-on through the Align account; her saved password was the old
  one. I reset her Align password, enabled the new SSO login, and cleared the app's keychain item. The
  scan list loads and syncs.""")
X("md-18", "2025-08-19", "Dr. Kaminski's iPad e-mail setup",
  """Dr. K wants her practice e-mail on her iPad.""",
  """I added her M365 mailbox in Outlook for iOS with Intune app protection so practice mail stays in
  Outlook.""")
X("md-19", "2025-09-23", "Westfield internet outage, LTE failover",
  """Westfield has no internet, can't check in patients.""",
  """Spectrum outage. I activated the LTE failover on the firewall so Eaglesoft over VPN and phones work;
  service restored at 1 pm.""")
X("md-20", "2025-10-21", "Westfield printer offline",
  """The printer at Westfield front desk shows offline on all PCs.""",
  """It had changed IP after a power cut. I set a DHCP reservation and re-added the port.""")
X("md-21", "2025-11-18", "Eaglesoft eClaims rejected: payer ID",
  """Several claims to one insurance were rejected by the clearinghouse this week.""",
  """The payer changed its electronic payer ID. I updated it in Eaglesoft's carrier setup and Nikki
  resubmitted the batch; accepted.""")
X("md-22", "2026-01-13", "Card terminal at Westfield not connecting",
  """The card terminal at Westfield doesn't connect, patients can't pay by card.""",
  """The Clover terminal was on the old Wi-Fi name. Reconnected and tested a $1 sale.""")
X("md-23", "2026-02-10", "New hygienist onboarding",
  """New hygienist, Marco Greer, starts Monday at Harbor.""",
  """Created his M365 account, Eaglesoft user with hygiene rights, Weave extension and Brivo badge.""")
X("md-24", "2026-03-17", "DYMO labels for lab cases printing on two labels",
  """The DYMO at Harbor prints lab case labels across two labels.""",
  """The label roll had been changed to a smaller size. I selected the 30336 size in DYMO Connect and the
  Eaglesoft template; labels print on one.""")
X("md-25", "2026-04-14", "Brivo after-hours access for cleaning crew",
  """The cleaning crew needs to get in after 6 pm at Harbor, but only on weekdays.""",
  """I created a Brivo group for the cleaning crew with Harbor front door access weekdays 6-10 pm.""")
X("md-26", "2026-05-19", "HIPAA security risk assessment documents",
  """Our insurance asks for the annual HIPAA risk assessment.""",
  """I updated the risk assessment with this year's changes and sent the PDF and remediation list to Teresa.""")
X("md-27", "2026-06-16", "Phishing: fake Patterson support call",
  """Someone called claiming to be Patterson support and asked Jade to install a remote tool.""",
  """She didn't install it, good. I blocked the tool's installer and sent a staff reminder: only we install
  remote support tools.""")
X("md-28", "2026-07-21", "Eaglesoft user locked out",
  """Nikki is locked out of Eaglesoft after too many attempts.""",
  """I unlocked her Eaglesoft user and reset her password.""")

E(1, "2026-11-02 08:05", "pano not showing", """Hi Jonah,

The pano is taking the pictures fine, Dr. K can see them on the machine's own screen, but they never
show up on the patient's chart afterwards. Bitewings are fine. Three patients so far this morning.

Teresa""", ["md-01"], "nickname")
E(3, "2026-11-03 09:40", "op 2 no image", """Jonah,

In op 2, when we put the sensor in and take the shot, nothing happens - no image, it just sits there
waiting. The PC updated itself overnight I think. Patient in the chair, using op 5 for now.

Brandon""", ["md-03"], "symptom")
E(1, "2026-11-04 07:35", "7:30 sheet wrong day", """Jonah, the 7:30 sheet this morning had yesterday's patients on it again. We went over
the wrong list for five minutes before anyone noticed. Can you fix it so it's always today?

Teresa""", ["md-05"], "nickname")
E(1, "2026-11-05 08:20", "big board black", """Jonah,

The big board at Harbor has been black since Monday morning. The little computer behind it is asking
for a password nobody knows. Front desk keeps walking back to look at the schedule on their own screens.

Teresa""", ["md-07"], "nickname")
E(2, "2026-11-06 12:10", "patients not getting texts", """Hi Jonah,

Patients at Westfield say they didn't get their appointment texts this week, and when I reply to a
patient from the computer it shows a red mark. We had four no-shows yesterday. Did something change
with the phones?

Jade""", ["md-09"], "symptom")
E(3, "2026-11-09 10:30", "window op", """Jonah, the window op freezes for like a minute every time I open perio. Then it comes back. Every
patient. It was better after you put new parts in last year, I thought we got more memory in there.

Brandon""", ["md-11"], "nickname")
E(1, "2026-11-10 14:45", "sterile room records", """Jonah,

The sterile room records stopped going to the computer - the printer tape is fine but the electronic
list hasn't added anything since Thursday. The state inspector asks for those.

Teresa""", ["md-13"], "nickname")
E(0, "2026-11-11 18:20", "my iPad", """Jonah - Dr. K's iPad (mine!) won't let me look at the scans anymore, it logs me out and says
wrong password, but it's the right one. I use that chairside every day.

HK""", ["md-17"], "nickname")
E(1, "2026-11-12 07:50", "backup failed emails", """Jonah,

Got two "backup failed" e-mails from Veeam for the Eaglesoft server, Tuesday and Wednesday night. Is
our data safe? The Synology in the closet has an orange light too.

Teresa""", ["md-15"], "cross-client")
E(2, "2026-11-13 09:15", "Westfield down", """Jonah, Westfield has no internet again this morning, we can't check patients in. Can you turn on
the LTE backup?

Jade""", ["md-19"])
E(4, "2026-11-16 11:40", "claims rejected payer ID", """Jonah, a batch of claims to Delta came back rejected by the clearinghouse today. Payer ID
change again? I can resubmit once you fix the carrier setup in Eaglesoft.

Nikki""", ["md-21"])
E(1, "2026-11-17 13:00", "new hygienist", """Jonah, new hygienist Leah Park starts at Harbor on the 30th. Same as Marco: M365, Eaglesoft
hygiene, Weave extension, Brivo badge.

Teresa""", ["md-23"])
E(1, "2026-11-18 15:30", "DYMO two labels", """Jonah, the DYMO at Harbor is printing lab case labels across two labels again. We got a new
roll. Size setting?

Teresa""", ["md-24"])
E(0, "2026-11-19 08:10", "Eaglesoft won't open", """Jonah, nobody can open Eaglesoft this morning - database connection error. The server did
updates last night.

Dr. Kaminski""", ["md-16"])
E(2, "2026-11-20 10:20", "card terminal Westfield", """Jonah, the Clover card terminal at Westfield won't connect again, patients can't pay by card.
We changed the Wi-Fi name last night. Same fix as January?

Jade""", ["md-22"])

EXT.update({
    "md-01": ("""It started on Monday after the Romexis update that Planmeca installed remotely over the weekend.""", ""),
    "md-02": ("""He has to retake them with the patient still in the chair, and the insurance needs them for the
        crown pre-authorisations.""", """The other operatories were checked as well."""),
    "md-03": ("""The assistant reseated the USB cable and restarted the computer, and the sensor also fails in op 3
        on a different PC.""", ""),
    "md-04": ("""It's the sensor we use most. We can still work with the other size, but it's not comfortable for
        the kids and the images are taking longer.""", """Please keep the cable clear of the chair base."""),
    "md-05": ("""The team reviews it at the morning meeting before the first patient, so a wrong day means the
        schedule gaps and the balances due are wrong.""", ""),
    "md-06": ("""The sheets come out before the morning meeting and nobody notices until the patients arrive and
        the letterhead runs out. It started after the toner service.""",
              """The technician had reset the trays during service. I saved the settings in the Eaglesoft printer setup
        so a reset on the printer does not change them."""),
    "md-07": ("""The front desk uses the display to see who has arrived and which rooms are free.""", ""),
    "md-08": ("""It's been black since Monday and the front desk doesn't know the password for the little box.
        Patients waiting look at a blank screen.""",
              """I wrote the Wi-Fi details for the Chromecast on a label behind the TV. If the Chromecast logo shows
        but nothing plays, restart the playlist from the tablet at the front desk. The router change is the
        usual cause."""),
    "md-09": ("""Our no-show rate doubled last week and patients say they got no reminder.""", ""),
    "md-10": ("""The Weave app on the computers still makes calls, but the desk phones show no service. Patients
        calling the Westfield number get a busy signal or nothing at all.""",
              """If the phones lose service again, check that the switch has power before anything else. The UPS keeps
        it running for about 40 minutes."""),
    "md-11": ("""It makes the hygiene appointments run late by ten minutes each.""", ""),
    "md-12": ("""He charts perio on every patient, and the assistant isn't always free to enter the numbers. Other
        offices he worked at used a voice system.""",
              """The voice module works in the other hygiene rooms too, with the same headset model. Each hygienist
        trains their own voice profile once, which takes about ten minutes."""),
    "md-13": ("""The cycle printouts are kept in a binder as well.""", ""),
    "md-14": ("""The instrument tracking records are electronic and the state inspector asks for them, so a tablet
        without a connection means the team writes cycles on paper and types them later.""",
              """The staff network is not restricted to 24 hours. I also set the tablet to reconnect automatically and
        to show a warning when it is offline."""),
    "md-15": ("""We got the e-mails Tuesday and Wednesday. Teresa says the storage box in the server closet is
        blinking orange.""", """The replaced disk is under warranty."""),
    "md-16": ("""The server restarted for updates at 2 am. Patients are arriving and we can't see the schedule or
        charts. We're writing everything on paper.""",
              """I also added a check that e-mails me if the database service is not running by 6:30 am, so this is found
        before the office opens."""),
    "md-17": ("""She uses the app between patients.""", """The saved password was removed."""),
    "md-18": ("""She wants to read it chairside between patients, and right now it keeps asking for her password in
        the built-in mail app and then says it can't connect.""",
              """Practice mail can't be copied into personal apps, and it is removed if the iPad is lost. Her personal mail
        stays in the built-in app."""),
    "md-19": ("""The front desk PCs say no internet and the phones are dead. We have patients all morning and can't
        see the schedule, which runs from the Harbor server.""",
              """The failover is automatic now. Spectrum gave us a credit for the outage. If it happens again, you can
        check the outage map on your phone."""),
    "md-20": ("""We lost power for a few minutes yesterday. We print walkout statements and routing slips there all
        day and right now everyone walks to the back printer.""",
              """The reservation keeps the same address after power cuts. The printer's display now shows its address
        for reference."""),
    "md-21": ("""Nikki says the rejection reason mentions an invalid payer. It's about twenty claims, and other
        insurances went through fine in the same batch.""",
              """Payers announce these changes by letter, so please forward such letters to me. The clearinghouse report
        shows no further rejections."""),
    "md-22": ("""It's the one by the front desk at Westfield and it shows a Wi-Fi error. We changed the Wi-Fi name
        yesterday. Patients are paying by check or we ask them to call in.""",
              """The terminal only connects to the staff network, not the guest one. A card with the steps is taped under
        the terminal."""),
    "md-23": ("""He will work four days at Harbor and one at Westfield. He needs to get into both offices and have
        his own phone extension.""",
              """His temporary password is with Teresa in a sealed envelope. His Eaglesoft rights are hygiene only, without
        the ledger. He will enroll MFA the first day."""),
    "md-24": ("""The case labels go on the bags for the dental lab pick-up every afternoon. It's the DYMO by the
        lab area at Harbor.""",
              """The roll size is printed on the side of the box. If you order a different size, tell me first."""),
    "md-25": ("""They come Monday to Friday evenings and currently someone waits for them. We don't want them to
        have access on weekends or to the server closet.""",
              """Their badges stop working outside those hours. Each entry is logged in Brivo, and Teresa can disable a
        badge from her phone if someone leaves the cleaning company."""),
    "md-26": ("""They want the document and the list of what we fixed this year. I think the last one was done
        in the spring by you, but I can't find it.""",
              """A copy is in the Compliance folder on the server. The list has three open items, all scheduled for the
        first quarter."""),
    "md-27": ("""He said our Eaglesoft licence would expire today unless she installed the tool, and he knew the name
        of our office manager.""",
              """Patterson never calls unannounced to install software. I told Patterson about the call. If someone
        calls again, take the number and call me."""),
    "md-28": ("""She tried her old password several times after the change last week. She has claims to send today
        and can't get into the ledger or the insurance screens.""",
              """She chose a new password at first login. If she forgets it again, Teresa can unlock users in Eaglesoft
        under security settings. Her user stays locked after five attempts for security."""),
})
E(2, "2026-12-01 08:05", "handsets silent", """Jonah,

The handsets at our office are dead this morning - I pick one up and there is just silence, and
patients trying to reach us say it rings forever or cuts off. The computers and the card machine seem
okay.

Jade""", ["md-10"], "paraphrase")

# ---------------------------------------------------------------- more detail for short exchanges
_EXT2 = {
    "ch-27": ("Nobody clicked the link as far as we know.", ""),
    "ch-31": ("He also wants the totals by payer at the top.", ""),
    "ps-08": ("He also books the conference room for them.", "He can also accept invitations on their behalf."),
    "ps-17": ("It has been like this since the network change on Monday.",
              "The display turns itself on at 7 am."),
    "ps-24": ("He needs it before the end of the week.", ""),
    "ps-25": ("He also wants to print to the office printer.", ""),
    "ps-28": ("She will sit in the office next to Laszlo.", ""),
    "ps-30": ("Gwen signs the form on Friday afternoon.", ""),
    "rl-14": ("Harriet also sees a message about files on hold.", ""),
    "rl-18": ("It happened on both phones and computers, according to the donors.", "The donation page now loads faster too."),
    "rl-19": ("We noticed it when a volunteer tried to sign up.", ""),
    "rl-20": ("The last imported transaction is from the 27th.", "No duplicates were created."),
    "rl-21": ("She has checked her junk folder.", ""),
    "rl-22": ("Her start date is March 1.", "Ines has the checklist for the state registrations."),
    "rl-23": ("Harriet is not sure who received it first.", "The confirmation e-mail is in the admin mailbox."),
    "rl-24": ("She tried signing in on the web and got stuck at the approval prompt.", "She tested it with Outlook."),
    "rl-25": ("", "Tutors do not need their own accounts."),
    "rl-26": ("He would also like the templates Trevor made.", "He can see all team templates."),
    "rl-27": ("He will work Monday to Thursday at the main office.", "His Bloomerang user cannot see gift amounts."),
    "rl-28": ("Two staff members and a volunteer got one this week. The number is not one we know.", ""),
    "rl-29": ("", "The new code works on the back door too."),
    "kl-08": ("It happens on every sample ID with a dash.", ""),
    "kl-15": ("""QA has several controlled documents waiting for approval and the workflow deadline is Friday. It
        worked before the browser updated last week.""", ""),
    "kl-17": ("The balances themselves weigh normally.", "No results were lost."),
    "kl-19": ("Gerry needs the status for the audit file.", ""),
    "kl-20": ("The analysts are complaining loudly.", ""),
    "kl-22": ("""She is a member of the results group and has been sending from it for two years. The error came
        after a change last week.""", ""),
    "kl-23": ("The error started after the Monday updates, and copying still works.",
              "I tested scans to two addresses."),
    "kl-25": ("Carmen will train her at receiving.", "Her HID badge opens receiving and the cold storage only."),
    "kl-26": ("He also asked how data is protected from those PCs.", ""),
    "kl-27": ("It also does not ring on Carmen's app.", "I tested with a call from my mobile."),
    "kl-28": ("It is mostly the full data packages for engineering clients.", "The link requires the client's e-mail address to open."),
    "lf-05": ("The tablet shows full bars.", ""),
    "lf-07": ("The shop's other devices seem fine.", ""),
    "lf-09": ("The error appears right after the password.", ""),
    "lf-11": ("""Yuki noticed it when comparing a few statements against the gift history. We want the amounts to
        be correct for tax purposes before the next mailing.""", ""),
    "lf-13": ("It also remembered the coordinator's password.", ""),
    "lf-15": ("""The app showed the scans on screen during the work. We need the numbers for the network report
        this week.""", ""),
    "lf-17": ("""The first three weeks are fine. Staff there use the laptops for intake and video calls.""", ""),
    "lf-21": ("""We also want to know how long old versions are kept.""", ""),
    "lf-22": ("""They have Windows but no Office, and volunteers need Word and Excel.""",
              "Activation is done."),
    "lf-23": ("He forwarded it to me before doing anything.", ""),
    "lf-25": ("We have a board mailing going out on Friday.", ""),
    "lf-26": ("She has tried the reset link twice already today.", ""),
    "lf-27": ("The old website had no problem with it.", "Test pages now check the form after each change."),
    "lf-28": ("The metal racks are full this time of year.", ""),
    "md-07": ("It started after the weekend.", ""),
    "md-09": ("""The front desk noticed when several patients said they had not heard from us.""", ""),
    "md-11": ("""The other operatories open the same screen quickly.""", ""),
    "md-13": ("The machine itself cycles normally.", ""),
    "md-15": ("""Teresa wants to know if the server data is safe.""", "The rebuild finished at 5 am."),
    "md-16": ("Both offices are affected this morning.", ""),
    "md-17": ("""It happened after she changed the password on her Align account at the request of the
        company.""", ""),
    "md-18": ("She also wants the calendar there.", ""),
    "md-19": ("Spectrum's line says there is an outage.", ""),
    "md-20": ("Restarting the printer did not help.", "I also updated the printer's firmware."),
    "md-21": ("The batch was sent on Monday evening.", "Payments should arrive as usual."),
    "md-22": ("", "The sale was refunded afterwards."),
    "md-23": ("He comes from a practice that used Dentrix, so he will need a little training.",
              "He has his own Weave login."),
    "md-24": ("The lab driver picks up at 3 pm.", ""),
    "md-26": ("They need it by the end of the month.", "It is signed by Dr. Kaminski."),
    "md-27": ("Jade hung up and told Teresa.", ""),
    "md-28": ("Teresa is on vacation this week.", "Nikki is back in."),
}
for _k, (_a, _b) in _EXT2.items():
    _o = EXT.get(_k, ("", ""))
    EXT[_k] = ((_o[0] + " " + _a).strip(), (_o[1] + " " + _b).strip())


# ---------------------------------------------------------------- output and checks
def _date_header(when, tz):
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    return d.strftime("%a, %d %b %Y %H:%M:00 ") + tz


def _apply_ext():
    for c in CLIENTS:
        for x in c["exchanges"]:
            a, b = EXT.get(x["key"], ("", ""))
            if a:
                x["client"] = x["client"] + " " + " ".join(a.split())
            if b:
                x["answer"] = x["answer"] + " " + " ".join(b.split())


def build():
    _apply_ext()
    out_emails = []
    for i, e in enumerate(EMAILS, 1):
        c = e["c"]
        addr, name, role = c["contacts"][e["sender"]]
        body = e["body"]
        if e["sig"]:
            m = _QUOTE.search(body)
            sig = "\n\n--\n" + name + "\n" + role + ", " + c["organization"]
            if e["long_sig"] or (i % 3 == 0 and c["sig_extra"]):
                sig += "\n\n" + c["sig_extra"]
            if m:
                body = body[:m.start()] + sig + body[m.start():]
            else:
                body = body + sig
        raw = ("From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\n\n%s\n"
               % (name, addr, CONSULTANT, e["subject"], _date_header(e["when"], c["tz"]), body))
        out_emails.append({"id": "report2-%03d" % i, "client": c["name"], "raw": raw,
                           "relevant": e["relevant"], "hard": bool(e["kind"]), "hard_kind": e["kind"]})
    out_clients = []
    for c in CLIENTS:
        out_clients.append({"name": c["name"], "organization": c["organization"], "domain": c["domain"],
                            "glossary": c["glossary"], "contacts": [list(x) for x in c["contacts"]],
                            "exchanges": c["exchanges"]})
    return {"about": "Synthetic adversarial retrieval evaluation set (report2) written for this project; "
                     "all people, organisations, addresses and phone numbers are invented.",
            "clients": out_clients, "emails": out_emails}


def validate(data):
    errors = []
    keys = {}
    for c in data["clients"]:
        if not 4 <= len(c["contacts"]) <= 6:
            errors.append("contacts count " + c["name"])
        for addr, _, _ in c["contacts"]:
            if not addr.endswith("@" + c["domain"]):
                errors.append("contact domain " + addr)
        if len(c["exchanges"]) < 26:
            errors.append("exchanges < 26 for " + c["name"])
        if not 8 <= len(c["glossary"].splitlines()) <= 12:
            errors.append("glossary lines " + c["name"])
        for x in c["exchanges"]:
            if x["key"] in keys:
                errors.append("duplicate key " + x["key"])
            keys[x["key"]] = c["name"]
            if not ("2023-01-01" <= x["date"] <= "2026-10-31"):
                errors.append("date " + x["key"])
            if not 40 <= len(x["client"].split()) <= 120 or not 40 <= len(x["answer"].split()) <= 140:
                errors.append("exchange length " + x["key"])
    by_name = {c["name"]: c for c in data["clients"]}
    for e in data["emails"]:
        c = by_name.get(e["client"])
        if c is None:
            errors.append("unknown client " + e["id"])
            continue
        head = e["raw"].partition("\n\n")[0]
        m = re.match(r"From: .* <([^>]+)>\n", head)
        if not m or m.group(1) not in [a for a, _, _ in c["contacts"]]:
            errors.append("sender not a contact " + e["id"])
        if not 1 <= len(e["relevant"]) <= 3:
            errors.append("relevant count " + e["id"])
        for k in e["relevant"]:
            if keys.get(k) != e["client"]:
                errors.append("relevant %s not of client (%s)" % (k, e["id"]))
    if len(data["emails"]) < 78 or 2 * sum(e["hard"] for e in data["emails"]) < len(data["emails"]):
        errors.append("too few e-mails or hard e-mails")
    for c in data["clients"]:
        if sum(e["client"] == c["name"] for e in data["emails"]) < 13:
            errors.append("e-mails < 13 for " + c["name"])
    return errors


def _tok(text):
    return re.findall(r"\w+", text.lower())


def bm25_check(data, k1=1.2, b=0.75, details=False):
    """Plain Okapi BM25 within the e-mail's client: doc = title + client + answer,
    query = Subject + body (headers dropped)."""
    by_name = {c["name"]: c for c in data["clients"]}
    res = {"all": [], "hard": []}
    per = {}
    for e in data["emails"]:
        c = by_name[e["client"]]
        docs = [_tok(x["title"] + " " + x["client"] + " " + x["answer"]) for x in c["exchanges"]]
        n = len(docs)
        avg = sum(map(len, docs)) / n
        df = {}
        for d in docs:
            for t in set(d):
                df[t] = df.get(t, 0) + 1
        head, _, body = e["raw"].partition("\n\n")
        subj = re.search(r"^Subject: (.*)$", head, re.M).group(1)
        q = _tok(subj + "\n" + body)
        scores = []
        for x, d in zip(c["exchanges"], docs):
            tf = {}
            for t in d:
                tf[t] = tf.get(t, 0) + 1
            s = 0.0
            for t in q:
                if t in tf:
                    idf = math.log((n - df[t] + 0.5) / (df[t] + 0.5) + 1)
                    s += idf * tf[t] * (k1 + 1) / (tf[t] + k1 * (1 - b + b * len(d) / avg))
            scores.append((s, x["key"]))
        scores.sort(key=lambda p: -p[0])
        hit = scores[0][1] in e["relevant"]
        res["all"].append(hit)
        if e["hard"]:
            res["hard"].append(hit)
        p = per.setdefault(c["name"], [0, 0, 0, 0])
        p[0] += hit
        p[1] += 1
        if e["hard"]:
            p[2] += hit
            p[3] += 1
        if details:
            print("  %s %-13s %-4s top=%s rel=%s  %s" % (e["id"], e["hard_kind"] or "-", "ok" if hit else "MISS",
                                                    ",".join(k for _, k in scores[:3]), ",".join(e["relevant"]), subj))
    for name, p in per.items():
        print("  %-36s r@1 %d/%d  hard %d/%d" % (name, p[0], p[1], p[2], p[3]))
    a, h = res["all"], res["hard"]
    print("BM25 recall@1 overall %.2f (%d/%d), hard %.2f (%d/%d)"
          % (sum(a) / len(a), sum(a), len(a), sum(h) / max(1, len(h)), sum(h), len(h)))


def main():
    data = build()
    errors = validate(data)
    for err in errors:
        print("ERROR", err)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "report2.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("clients", len(data["clients"]))
    for c in data["clients"]:
        print("  %-36s %d exchanges, %d e-mails" % (c["name"], len(c["exchanges"]),
                                                    sum(e["client"] == c["name"] for e in data["emails"])))
    kinds = {}
    for e in data["emails"]:
        if e["hard"]:
            kinds[e["hard_kind"]] = kinds.get(e["hard_kind"], 0) + 1
    print("emails", len(data["emails"]), "hard", sum(kinds.values()), kinds)
    if "--check" in sys.argv:
        bm25_check(data, details="--details" in sys.argv)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
