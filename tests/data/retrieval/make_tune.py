"""Generate tests/data/retrieval/tune.json (retrieval evaluation set, tune half).

Run: python tests/data/retrieval/make_tune.py
"""
import datetime
import json
import os
import re

CONSULTANT = "Sam Okafor <sam@okafor-consulting.com>"
CLIENTS = []
EMAILS = []
_CUR = {}


def client(slug, name, organization, domain, glossary, contacts, phone=""):
    c = {"slug": slug, "name": name, "organization": organization, "domain": domain,
         "glossary": glossary.strip(), "contacts": contacts, "exchanges": [], "phone": phone}
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


def _date_header(when, tz):
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    return d.strftime("%a, %d %b %Y %H:%M:00 ") + tz


TZ = {"sunrise": "-0500", "registry": "-0600", "willow": "-0500", "brightside": "-0700",
      "harlan": "-0500", "pvusd": "-0800"}


def build():
    out_emails = []
    for i, e in enumerate(EMAILS, 1):
        c = e["c"]
        addr, name, role = c["contacts"][e["sender"]]
        body = e["body"]
        if e["sig"]:
            m = re.search(r"\n\n(On [^\n]*wrote:|-+ ?Forwarded message ?-+|-----Original Message-----)", body)
            main_text = body[:m.start()] if m else body
            last = main_text.rstrip().split("\n")[-1].strip()
            sig = "\n" if last == name else "\n\n" + name + "\n"
            sig += role + " | " + c["organization"]
            if c["phone"]:
                sig += "\n" + c["phone"]
            # put the signature above any quoted/forwarded part
            m = re.search(r"\n\n(On [^\n]*wrote:|-+ ?Forwarded message ?-+|-----Original Message-----)", body)
            if m:
                body = body[:m.start()] + sig + body[m.start():]
            else:
                body = body + sig
        raw = ("From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\n\n%s\n"
               % (name, addr, CONSULTANT, e["subject"], _date_header(e["when"], TZ[c["slug"]]), body))
        out_emails.append({"id": "tune-%03d" % i, "client": c["name"], "raw": raw,
                           "relevant": e["relevant"], "hard": bool(e["hard_kind"]),
                           "hard_kind": e["hard_kind"]})
    out_clients = []
    for c in CLIENTS:
        out_clients.append({"name": c["name"], "organization": c["organization"], "domain": c["domain"],
                            "glossary": c["glossary"],
                            "contacts": [list(x) for x in c["contacts"]],
                            "exchanges": sorted(c["exchanges"], key=lambda x: x["date"])})
    return {"about": "Synthetic data written for this project to evaluate retrieval of past client "
                     "exchanges; all people and organisations are invented.",
            "clients": out_clients, "emails": out_emails}

# ---------------------------------------------------------------- Sunrise Home Health
client("sunrise", "Sunrise Home Health", "Sunrise Home Health Services, Inc.", "sunrise-hh.org", """
Axxess: the agency's home-health EHR (OASIS, scheduling, billing, eligibility checks)
SRFax: cloud fax service; referrals and signed physician orders arrive by fax and are pulled into Axxess
Sandata: the state's EVV aggregator; caregivers clock in and out with Sandata Mobile Connect
the Monday list: the weekly EVV visit exception report sent to the state Medicaid office every Monday
the blue binder: the paper downtime procedures kept at the front desk of each office
Riverside: the Riverside branch office (second location, six staff)
Intune: Microsoft device management on the nurses' Surface Go tablets
RingCentral: the phone system; the after-hours on-call line is a RingCentral call queue
ADP: payroll provider
""", [
    ("maria@sunrise-hh.org", "Maria Delgado", "Intake coordinator"),
    ("dwight@sunrise-hh.org", "Dwight Pruitt", "Administrator"),
    ("keisha@sunrise-hh.org", "Keisha Lam", "Director of Nursing"),
    ("tomas@sunrise-hh.org", "Tomás Reyes", "Billing manager"),
], phone="(937) 555-0148")

X("sunrise-srfax-key-rotation", "2025-03-02", "SRFax API key rotation",
  """Hi Sam, since Friday afternoon no new referral faxes are showing up in Axxess. I can see them
  when I log into the SRFax website directly, so they are arriving, they just are not getting pulled
  over. Dwight got an email from SRFax last week about 'credential rotation' and clicked something.
  Could that be it? We have about fifteen referrals sitting there.""",
  """Hi Maria, yes, that was it. When Dwight confirmed the rotation notice SRFax issued a new API
  access password for the account, and the Axxess fax integration was still using the old one, so every
  poll failed with an authentication error. I generated a fresh API password in SRFax under Account
  Settings > API, entered it in Axxess under Organization Setup > Fax Integration and forced a sync.
  The fifteen referrals came across within a few minutes. I added a calendar reminder for the next
  rotation in 180 days so we do it before it breaks.""")

X("sunrise-srfax-outage", "2024-09-18", "SRFax outage and fax fallback",
  """Sam, we have not received a single fax since about 9 this morning and Dr. Okonkwo's office says
  they sent three orders. Sending is also failing, the outbox just says queued. Is this us or them? We
  have a hospital discharge that needs a signed order today.""",
  """Hi Maria, it is on SRFax's side: their status page lists a partial outage of the inbound and
  outbound fax gateways since 8:40 Eastern. Nothing is wrong with your account or Axxess. Queued faxes
  will go out automatically once they recover. For the discharge today, use the backup number on the
  HP fax in the Dwight's office (the analog line we kept) and ask Dr. Okonkwo's office to resend to
  that number. I will watch the status page and tell you when it is cleared; afterwards check the
  SRFax inbox for anything that arrived twice.""")

X("sunrise-srfax-coversheet", "2025-06-10", "Fax cover sheet template change",
  """Hi Sam, our compliance consultant says the confidentiality notice on our fax cover sheet is
  outdated and has to mention that the fax may contain protected health information and what to do if
  it reached the wrong person. Also the old Riverside phone number is still on it. Can you change the
  cover sheet that goes out with every fax?""",
  """Hi Maria, done. SRFax uses an account-level cover page template, so I uploaded a new template
  under Settings > Cover Pages with the updated PHI confidentiality wording your consultant sent, the
  main number and the Riverside number (555-0190), and set it as the default for all users. Faxes sent
  from Axxess use the same default, I tested one to my own fax number and it looks right. The old
  template is kept but disabled, in case anyone needs the previous version for records.""")

X("sunrise-srfax-inbound-routing", "2026-02-05", "Referral faxes landing in the billing inbox",
  """Sam, for the last couple of days referral faxes are going into the billing fax folder instead of
  intake. Tomás keeps forwarding them to me and one sat for a day. Nothing changed on our side that I
  know of. Can you check where the referral line is sending things?""",
  """Hi Maria, the referral number (ending 0177) had been re-assigned to the billing sub-account when
  SRFax migrated our account to their new user model on February 2; both numbers were mapped to the
  billing user. I moved the 0177 number back to the intake user and its folder, and confirmed that
  Axxess pulls from the intake folder only. I sent a test fax to each number and both ended up in the
  right place. Tomás can delete the forwarded copies.""")

X("sunrise-evv-gps-mismatch", "2024-11-04", "EVV visits flagged for GPS mismatch",
  """Hi Sam, Sandata is flagging a lot of visits for one of our patients in the big apartment complex
  on Linden as 'location exception'. The aides are definitely there. Tomás says we cannot bill flagged
  visits without a reason code on every one. Is the address wrong or the phones?""",
  """Hi Keisha, the patient address in Axxess geocodes to the leasing office at the front of the
  complex, about 400 metres from her building, and the aides clock in from inside the building, so
  Sandata sees them outside the allowed radius. I corrected the address with the building number and
  unit, which moves the pin, and the change flows to Sandata with tonight's export. For the visits
  already flagged, Tomás can use reason code 'location exception - verified by caregiver' with a note.
  Ask the aides to clock in once they are inside, with location services on.""")

X("sunrise-evv-sandata-sync", "2025-08-21", "Axxess to Sandata export dropping visits",
  """Sam, the state aggregator is missing about thirty visits from last week. They show fine in
  Axxess, with clock in and out. Tomás gets rejections he does not understand, something about the
  recipient. We need these to match before billing goes out Friday.""",
  """Hi Keisha, the thirty visits belong to four patients whose Medicaid ID changed when they moved to
  a managed care plan in August. Axxess still had the old ID, so Sandata rejected the visit records with
  'recipient not found' and they never reached the aggregator. I updated the IDs from the eligibility
  response, re-queued the visits in the Axxess EVV export and they were accepted on the next run. I also
  set up an email to Tomás whenever the export has rejections so this is seen within a day.""")

X("sunrise-monday-list-script", "2024-04-15", "Automating the weekly EVV exception report for the state",
  """Hi Sam, every week I spend two hours building the EVV exception report the state Medicaid office
  wants: all visits with manual edits, missing clock-outs and late visits for the prior week, with the
  reason codes. I copy things out of Sandata into Excel by hand. Is there a way to make this faster?""",
  """Hi Tomás, yes. Sandata has a scheduled report for visit exceptions; I created one that runs
  every Monday at 6 a.m. for the previous Sunday to Saturday with the columns the state asks for, and a
  small Power Automate flow that saves the CSV to the Billing SharePoint folder, turns it into the
  state's Excel template and emails it to you for review. You only check it and send it on. If a week
  has no exceptions the flow still sends an empty report so the state sees one every week.""")

X("sunrise-intune-session-timeout", "2025-01-22", "Intune compliance policy session timeout",
  """Sam, since the security changes last week the field nurses are complaining they have to sign in
  again far too often on their Surface tablets. Some of them are in a patient's home documenting and it
  locks them out. Can that be relaxed a bit?""",
  """Hi Keisha, the new Intune compliance policy included a device inactivity lock of 5 minutes and a
  Conditional Access sign-in frequency of 1 hour for Axxess. Together that meant frequent full sign-ins
  instead of a quick PIN. I changed the inactivity lock to 15 minutes and the sign-in frequency to 12
  hours for the compliant tablets group, and enabled Windows Hello PIN so unlocking is fast. The policy
  syncs within a few hours; a restart of the tablet applies it immediately.""")

X("sunrise-intune-enrollment", "2024-06-03", "Enrolling new Surface tablets in Intune",
  """Hi Sam, we bought eight new Surface Go tablets for the nurses starting in July. Last time you set
  them up by hand. Is there a way the nurse can just turn it on and sign in? And they need Axxess and
  the Sandata app on them.""",
  """Hi Keisha, yes. I registered the eight tablets with Windows Autopilot using the hardware hashes
  from the vendor, and assigned them to the Field Tablets group in Intune. When a nurse turns one on and
  signs in with her work account, it enrolls, gets the compliance policy, BitLocker, Wi-Fi profile,
  the Axxess shortcut and the Sandata Mobile Connect app automatically. It takes about 30 minutes on
  first sign-in, so do it in the office, plugged in.""")

X("sunrise-bitlocker-recovery", "2025-10-14", "BitLocker recovery key after firmware update",
  """Sam, Dwight's laptop and two of the tablets show a blue screen asking for a recovery key after
  last night's updates. We cannot get past it. One nurse is at a patient's house right now.""",
  """Hi Maria, the Surface firmware update changed the TPM measurements, so BitLocker asked for the
  recovery key. The keys are escrowed in Intune. I read the 48-digit keys for all three devices to the
  nurse and to you by phone, they started normally, and I suspended BitLocker for one reboot on the
  other tablets before the update reaches them. If it happens again, call me with the Key ID shown on
  the screen and I can read the key out.""")

X("sunrise-axxess-oasis-export", "2024-02-27", "OASIS submissions rejected by iQIES",
  """Hi Sam, Keisha says several OASIS assessments came back rejected from iQIES with a fatal error
  and she cannot tell why. The nurses completed them in Axxess as usual. Deadline for some is Thursday.""",
  """Hi Keisha, the rejections are error -3100 type: the agency's CMS certification number was
  missing from the submission header because the branch record for Riverside in Axxess had been edited
  and the field cleared. I restored the CCN on the branch, regenerated the seven OASIS files and
  resubmitted them; iQIES accepted all seven this afternoon. I also restricted who can edit branch
  settings in Axxess to Dwight and you.""")

X("sunrise-m365-mfa-reset", "2024-07-08", "MFA reset for a nurse with a new phone",
  """Sam, Janelle got a new phone over the weekend and now the Microsoft Authenticator prompt goes to
  the old phone which she traded in. She cannot sign into email or Axxess. Can you reset her?""",
  """Hi Keisha, I removed Janelle's old Authenticator registration in Entra ID and required her to
  register again. She signed in with a temporary access pass I gave her by phone and set up
  Authenticator on the new phone. For the future, staff can add the new phone at
  mysignins.microsoft.com before getting rid of the old one, I added that to the phone policy.""")

X("sunrise-shared-mailbox-intake", "2024-05-20", "Intake shared mailbox access",
  """Hi Sam, we hired a second intake person, Rosa. She needs to see and send from the intake@
  mailbox like I do. Also, when I send from intake the sent email ends up in my own Sent folder, which
  makes it hard for us to see what the other one answered.""",
  """Hi Maria, I gave Rosa full access and send-as on the intake mailbox; it appears in her Outlook
  within an hour. I also turned on the setting that saves messages sent as intake in the shared
  mailbox's own Sent Items, so both of you see everything that went out. Messages you sent before
  today stay in your own Sent folder.""")

X("sunrise-printer-riverside", "2024-10-02", "Riverside copier scan to email stopped",
  """Sam, the copier at Riverside stopped sending scans to email. It says 'SMTP error' and the
  girls there are driving paperwork over to the main office. It worked until last week.""",
  """Hi Dwight, Microsoft turned off basic authentication for SMTP on our tenant, and the copier
  was still sending through the scanner account with a password. I switched the copier to send through
  an SMTP relay connector restricted to the Riverside office's public IP, so it does not need a
  password. Scans go out again; I tested to Maria and to the Riverside group.""")

X("sunrise-ringcentral-hunt-group", "2025-04-09", "After-hours on-call call queue",
  """Hi Sam, after 5 p.m. the main number is supposed to ring the on-call nurse. The schedule changes
  every week and right now someone has to edit it in RingCentral on Friday. Keisha forgot last week and
  calls went to the office voicemail. Can this be easier?""",
  """Hi Dwight, I turned the after-hours rule into a RingCentral call queue called On-Call with all
  nurses as members, and only the on-call nurse is set to 'available' in it. Keisha can switch who is
  on call from the RingCentral app in ten seconds without admin rights. If nobody is available the call
  now goes to Keisha's cell instead of voicemail, so a missed change does not lose calls.""")

X("sunrise-backup-nas", "2025-05-27", "NAS backup job failing",
  """Sam, the backup box in the closet has been emailing 'backup task failed' every night for a week.
  I do not know what it backs up. Should I be worried?""",
  """Hi Dwight, the Synology backs up the scanned documents share and the QuickBooks files to Backblaze
  B2. It failed because the B2 application key expired. I created a new key, updated Hyper Backup and
  ran the task manually; it finished in two hours. I also checked that a file from last month restores
  correctly. Nothing was lost, the local copies were fine the whole time.""")

X("sunrise-phishing-payroll", "2025-02-11", "Phishing e-mail asking for direct deposit change",
  """Sam, Tomás got an email from 'Keisha' asking to change her direct deposit to a new bank before
  Friday's payroll. It came from a Gmail address but had her signature. He did not do it. What should
  we do?""",
  """Hi Dwight, good catch by Tomás, it is a classic payroll diversion attempt. I blocked the sender,
  removed the same message from two other mailboxes, and added a warning banner for external mail that
  uses staff names. Rule for ADP: bank changes are only made by the employee in the ADP app, never on
  email request. I will do a ten-minute reminder at the staff meeting.""")

X("sunrise-adp-sso", "2025-11-03", "ADP sign-in with Microsoft accounts",
  """Hi Sam, staff keep forgetting their ADP passwords and Tomás spends time resetting them. ADP says
  we can use single sign-on with Microsoft. Is that something you can set up?""",
  """Hi Tomás, done. I added the ADP Workforce Now app from the Entra gallery, configured SAML with the
  ADP federation settings, and assigned all staff. They now open ADP from the My Apps page or the link on
  the intranet and sign in with their normal Microsoft account and MFA. ADP passwords are no longer
  needed; retirees and former staff still use ADP's own login for W-2s.""")

X("sunrise-downtime-procedures", "2024-08-12", "Updating the downtime procedures",
  """Sam, the surveyors asked for our downtime procedures, what we do when Axxess or the internet is
  down. Ours are from 2019 and mention the old EHR. Can you help update them?""",
  """Hi Keisha, I rewrote the downtime procedures: who to call, how to get the patient schedule (the
  nightly schedule PDF Axxess emails to the office), paper visit notes and OASIS forms to print, how to
  enter them after, and the phone and fax fallbacks. I printed two copies for each office and saved the
  Word file on SharePoint. Please have the front desk replace the old pages.""")

X("sunrise-new-hire-onboarding", "2024-03-11", "New nurse account onboarding checklist",
  """Hi Sam, we will hire three or four nurses this spring. Each time I email you piecemeal: email,
  Axxess, Sandata, phone. Can we have one list so nothing is forgotten?""",
  """Hi Keisha, here is the checklist as a Microsoft Form: name, start date, role, branch. When you
  submit it I get a ticket and create the Microsoft account, add the license, Axxess user with the right
  role, Sandata caregiver record, RingCentral extension and the tablet. You get a confirmation with the
  temporary password to hand over on day one.""")

X("sunrise-offboarding-aide", "2025-07-16", "Offboarding an aide who left",
  """Sam, one of our aides quit without notice yesterday and still has her tablet and phone. What do
  we do about access?""",
  """Hi Keisha, I disabled her Microsoft account, revoked sessions, deactivated her Axxess and
  Sandata users and removed her from the on-call queue. Her tablet is enrolled in Intune, so I sent a
  remote wipe; it will run the next time it is online. Her personal phone only had Outlook with app
  protection, and the work data there was removed.""")

X("sunrise-wifi-riverside", "2026-01-12", "Riverside Wi-Fi keeps dropping",
  """Sam, at Riverside the Wi-Fi drops several times a day for a minute or two, and Axxess logs them
  out in the middle of notes. The main office is fine.""",
  """Hi Dwight, the Riverside access point had firmware from 2022 with a known bug that reboots it
  under load. I updated it, moved it to a less crowded 5 GHz channel and set the 2.4 GHz band for the
  copier only. The logs show no reboots since yesterday. If it happens again, tell me the time and I can
  check the log.""")

X("sunrise-hipaa-risk-assessment", "2025-09-08", "Annual HIPAA security risk assessment",
  """Hi Sam, it is time for the annual security risk assessment. Last year you did the technical part.
  Can you do it again? Our accreditation visit is in November.""",
  """Hi Dwight, yes. I ran through the technical safeguards: device encryption, MFA, backups, access
  reviews, email security and vendor BAAs (Axxess, SRFax, RingCentral, Microsoft). Findings: two
  former staff still in the Axxess user list, the Riverside copier hard drive not encrypted, and no BAA
  on file for the shredding company. Report attached with a remediation plan.""")

X("sunrise-email-encryption", "2024-12-03", "Sending encrypted e-mail to hospitals",
  """Sam, the case manager at County General says she cannot receive patient info from us by regular
  email anymore. How do we send securely?""",
  """Hi Tomás, we have Microsoft Purview Message Encryption. Type [secure] anywhere in the subject and
  the message is encrypted; the hospital gets a link to read it. I also added an automatic rule:
  messages with a Medicare or Medicaid ID pattern are encrypted even if someone forgets the tag.""")

X("sunrise-evv-caregiver-app-login", "2026-04-20", "Caregivers locked out of Sandata Mobile Connect",
  """Sam, since Monday several aides cannot log into the Sandata app on their phones, it says
  invalid credentials. They cannot clock in so the visits will be exceptions.""",
  """Hi Keisha, the state rolled out the new Sandata password policy on April 19: passwords now need
  twelve characters and expire every 90 days, and old passwords were forced to reset. The aides have to
  use 'forgot password' in the app with their agency ID. I sent a one-page instruction in English and
  Spanish. Visits done until they reset need the manual entry reason code.""")

X("sunrise-axxess-eligibility", "2026-06-15", "Axxess eligibility batch timing out",
  """Hi Sam, the monthly Medicare eligibility batch in Axxess keeps timing out halfway. Tomás needs it
  before billing. Is it the internet?""",
  """Hi Tomás, not the internet: Axxess had an incident with their eligibility clearinghouse last week
  and large batches time out. Their support suggests batches under 100 patients. I split the census into
  three groups by branch and payer and they completed. Axxess says a fix is planned.""")

X("sunrise-laptop-replacement", "2026-08-04", "Office laptop refresh planning",
  """Sam, four office laptops are from 2019 and are slow. What do you recommend and what would it
  cost? I need numbers for the budget meeting.""",
  """Hi Dwight, I recommend four Lenovo ThinkPad E14 with 16 GB memory, about $950 each with a
  three-year warranty. Windows 10 support already ended, so these should be replaced first. I will
  enroll them with Autopilot like the tablets and wipe the old ones. Quote attached.""")

# ---- new e-mails, Sunrise
E(0, "2026-11-02 08:41", "SRFax key again?",
"""Hi Sam,

Referral faxes stopped coming into Axxess again this morning. I can see six new ones when I log into
the SRFax website, so they are arriving there, they just don't show up in Axxess. Dwight said he got
another SRFax email about rotating the API credentials last week. I think this is the same thing as in
the spring. Can you redo the key so the integration works again? Two of them are hospital discharges.

Thanks,
Maria""", ["sunrise-srfax-key-rotation", "sunrise-srfax-inbound-routing"])

E(2, "2026-11-03 10:05", "Monday list didn't go",
"""Sam,

Tomás is out this week and I was covering. The Monday list never showed up in his inbox yesterday and
the state already emailed asking where it is. I don't know how he normally makes it. Is it something
automatic that broke, or did he do it by hand? Can you check and get it to me so I can send it to the
Medicaid office today?

Keisha""", ["sunrise-monday-list-script", "sunrise-evv-sandata-sync"], "nickname")

E(2, "2026-11-04 07:55", "tablets",
"""Hi Sam,

Several of my nurses are complaining again that their tablets kick them out every ten minutes or so
and they have to type their whole password and do the phone approval again, sometimes three or four
times during one visit. It started after the tablets did updates this weekend. It's really slowing them
down in patients' homes. Please look at it today if you can.

Thanks
Keisha""", ["sunrise-intune-session-timeout", "sunrise-intune-enrollment"], "symptom")

E(3, "2026-11-04 13:20", "EVV location exceptions, new patient",
"""Hi Sam,

We admitted a patient at the Maple Court senior apartments two weeks ago and every single visit is
coming up in Sandata as a location exception. The aides are there, they text me from the apartment.
It looks like the same GPS mismatch problem we had with the patient on Linden. Can you fix the address
so the geofence picks it up? I don't want to put reason codes on 40 visits again.

Tomás Reyes""", ["sunrise-evv-gps-mismatch"], sig=True)

E(1, "2026-11-05 07:12", "laptop wants a long number",
"""Sam - my laptop turned on this morning with a blue screen asking for a long number, it says
enter the key to unlock this drive. I have no idea what that is. I did let it install updates last night
when it asked. I have a meeting with the surveyor at 10 and all my files are on it. Can you call me?

Dwight""", ["sunrise-bitlocker-recovery"], "symptom", sig=False)

E(1, "2026-11-05 15:40", "blue binder",
"""Hi Sam,

The accreditation surveyor flipped through the blue binder at the front desk and pointed out it still
tells staff to print schedules from the old report menu, which Axxess changed in the spring, and the
backup fax number is wrong since we moved the analog line. She wants it corrected within 30 days. Can
you update it like last time? Riverside has a copy too.

Dwight Pruitt""", ["sunrise-downtime-procedures"], "nickname")

E(0, "2026-11-06 09:30", "Cover sheet - new logo",
"""Hi Sam,

We got our new logo from the designer (attached). Can you put it on the fax cover sheet that goes out
from SRFax? While you're in there, the confidentiality notice should say "Sunrise Home Health Services"
and not "Sunrise Home Health Care", marketing noticed that. Same cover sheet template for everybody, like
you set up in June last year.

Thank you!
Maria""", ["sunrise-srfax-coversheet"])

E(3, "2026-11-09 11:18", "state portal says visits don't exist",
"""Sam,

The state aggregator shows way fewer visits for October than we actually did. I compared a few: the
visits are in Axxess with the nurse's times, but the state's side has nothing for them. It seems to be
only a handful of patients, I think the ones who switched insurance plans in October, but I'm not sure.
I can't bill until the numbers line up, and the claims deadline is the 20th.

Thanks,
Tomás""", ["sunrise-evv-sandata-sync", "sunrise-axxess-eligibility"], "paraphrase")

E(2, "2026-11-10 08:02", "New nurse starting 11/23 + a tablet",
"""Hi Sam,

We hired a new RN, Priya Natarajan, starting November 23 at Riverside. I filled in the form this
morning. She'll need everything: email, Axxess clinician role, Sandata, a phone extension. We also
have one of the spare tablets in my office still in the box from last year's order, can she get that
one, and will it set itself up when she signs in like the others did?

Also unrelated, the Riverside Wi-Fi was slow again Tuesday, but it came back.

Keisha""", ["sunrise-new-hire-onboarding", "sunrise-intune-enrollment"])

E(1, "2026-11-10 17:45", "phone after hours",
"""Sam,

A patient's daughter complained that she called us Sunday night and it just rang and rang and then went
to the general office voicemail, nobody called back until Monday. Keisha says the nurse on call was
set. I don't understand how the phones decide who gets the call at night and I need to answer the
complaint. Can you look at what happened and make sure that can't happen again?

Dwight""", ["sunrise-ringcentral-hunt-group"], "symptom")

E(1, "2026-11-12 09:00", "Security risk assessment 2026",
"""Hi Sam,

It's that time again, the annual HIPAA security risk assessment. Can you do the technical part as you
did last year? Please also check whether the items from last year's remediation plan were closed, the
copier drive at Riverside and the old Axxess users especially. The board wants the report for its
January meeting.

Dwight Pruitt""", ["sunrise-hipaa-risk-assessment"])

E(3, "2026-11-13 14:10", "hospital wants our emails locked",
"""Hi Sam,

The discharge planner at St. Brendan's wrote back that our message with the patient's face sheet came
through "in the clear" and that they'll stop accepting anything from us that isn't protected. I just
hit send like normal. How am I supposed to send it so it's locked on their end? And can it happen by
itself so I don't forget?

Tomás""", ["sunrise-email-encryption"], "paraphrase")

E(0, "2026-11-16 08:25", "Fwd: Update your direct deposit",
"""Sam, is this real? Three of us got it. I didn't click anything.

---------- Forwarded message ---------
From: ADP Payroll Services <payroll-notice@adp-securepay.co>
Date: Mon, Nov 16, 2026 at 6:02 AM
Subject: Update your direct deposit

Dear employee,
Due to a system upgrade all employees must re-confirm their direct deposit bank account before the next
payroll. Click below to sign in and verify your bank information within 24 hours or your pay may be
delayed.

[Verify Now]

ADP Payroll Services""", ["sunrise-phishing-payroll", "sunrise-adp-sso"])

E(0, "2026-11-17 10:50", "no faxes since this morning",
"""Sam,

We haven't gotten any faxes since about 8 this morning, and the ones I send just sit as "queued". I
checked with the other intake person and it's the same for her. Dr. Okonkwo's office says they sent
two orders already. Is SRFax down, or is it something with our account again? I have a hospital
discharge that needs the signed order today, what do we do in the meantime?

Maria""", ["sunrise-srfax-outage"], "cross-client")
# ---------------------------------------------------------------- Northmark immunization registry
client("registry", "Northmark Immunization Registry", "Northmark Department of Health, Immunization Registry Section",
       "imms.northmark.gov", """
NMIIS: Northmark Immunization Information System, the state immunization registry
VXU: HL7 v2.5.1 vaccination update message sent by clinic EHRs and pharmacies
QBP/RSP: HL7 query and response used by EHRs to look up a patient's history
Rhapsody: the integration engine that receives and validates all HL7 traffic
the reject queue: the Rhapsody error folder holding messages that failed validation
the nightly: the overnight patient de-duplication and merge job
the pink report: the weekly provider onboarding status report (it used to be printed on pink paper)
SchoolLink: the portal school districts use to pull school-entry immunization compliance files
MOVEit: the MOVEit Transfer SFTP server for bulk uploads from pharmacies and school districts
VFC: Vaccines for Children; VFC providers' inventory is decremented from reported doses
""", [
    ("linda.farrow@imms.northmark.gov", "Linda Farrow", "Registry manager"),
    ("greg.abernathy@imms.northmark.gov", "Greg Abernathy", "HL7 interface analyst"),
    ("nadia.kowalczyk@imms.northmark.gov", "Nadia Kowalczyk", "Provider onboarding coordinator"),
    ("ben.whitcomb@imms.northmark.gov", "Ben Whitcomb", "Data quality lead"),
], phone="Office: (608) 555-0112")

X("registry-vxu-cvx-rejects", "2024-03-05", "VXU messages rejected for new COVID-19 CVX codes",
  """Sam, since the new COVID-19 formulation came out we are rejecting hundreds of VXU messages a day
  from pharmacies with 'invalid vaccine code'. The pharmacies insist they are sending the CDC codes.
  Greg thinks our code table is old. Can you check and fix it without breaking older records?""",
  """Hi Linda, Greg is right: the CVX table in Rhapsody's validation lookup was last loaded in
  September, before CDC published CVX 309 and 313 and their NDCs. I loaded the current CDC CVX and
  NDC crosswalk, kept retired codes valid for historical doses only, and reprocessed the 2,140
  rejected messages from the error folder; 2,118 were accepted. The remaining 22 have other problems and
  are listed for Greg. I also scheduled a monthly check against the CDC file.""")

X("registry-rhapsody-cert-expiry", "2024-06-19", "Rhapsody TLS certificate expired",
  """Greg here. Every web-service submitter is failing since 00:00 with SSL handshake errors. MLLP over
  VPN is fine. Did something expire?""",
  """Hi Greg, yes: the TLS certificate on the Rhapsody SOAP web-service listener expired at midnight.
  The renewal had been issued in May but never installed because the reminder went to a former
  employee's mailbox. I installed the new certificate, restarted the listener and the submitters
  reconnected; messages queued on their side arrived over the next hour. Expiry alerts now go to the
  registry team's shared mailbox 60, 30 and 7 days ahead.""")

X("registry-reject-queue-triage", "2024-09-10", "Triage report for the Rhapsody error folder",
  """Sam, the Rhapsody error folder has grown to about 9,000 messages and Greg opens them one by one.
  Most are the same few errors. Could we get a summary by submitter and error type so we know which
  clinics to call first?""",
  """Hi Linda, I wrote a Rhapsody filter that parses each failed message's ERR segment and writes
  submitter, facility ID, error code and date to a table, and a daily summary report emailed at 7:00
  grouped by submitter and error. Three submitters make up 71% of the folder: two with missing RXA-11
  facility IDs and one sending bad birth dates. Messages older than 90 days that were resubmitted
  successfully are now archived automatically, which brought the folder down to 2,300.""")

X("registry-dedup-job-failure", "2025-01-14", "Overnight de-duplication job failed",
  """Ben here. The overnight patient de-duplication and merge job did not complete last night, the log
  ends at 2:14 a.m. with a deadlock error. Today's morning data quality counts are off. What happened?""",
  """Hi Ben, the de-duplication job collided with the new Vital Records birth file load that was moved to
  2:00 a.m. in December; both lock the patient table. The job rolled back, so no partial merges were
  left. I reran it at 9:30 and it completed at 11:05. I moved the birth file load to 4:30, after the job
  normally ends, and added an alert if the job has not finished by 6:00.""")

X("registry-dedup-false-merge", "2025-05-06", "Twins incorrectly merged by matching rules",
  """Sam, a clinic reported that twin girls now show as a single patient with both girls' doses. The
  mother noticed on the parent portal. We have had two other twin complaints this spring. Can you look
  at the matching rules?""",
  """Hi Ben, the automatic merge threshold treats first names with the same first three letters and
  identical birth date, mother and address as a likely match, so Brianna and Briana were merged. I split
  the record, restored each girl's doses from the original messages, and added a rule: same birth date
  plus different first names or a multiple-birth indicator (PID-24) sends the pair to manual review
  instead of auto-merge. The other two twin cases are also split.""")

X("registry-onboarding-status-report", "2024-11-21", "Weekly provider onboarding status report",
  """Hi Sam, every Thursday I put together the status report of all clinics in onboarding: stage, days
  in stage, last test message, blockers. It takes most of Thursday morning from spreadsheets and email.
  Can some of that come out of the system?""",
  """Hi Nadia, I built the report from the onboarding tracker table plus Rhapsody's message counts per
  facility. It runs every Thursday at 6:00 and produces a PDF and Excel with stage, days in stage, last
  test and production message, error rate and your notes column. Clinics more than 30 days in one stage
  are highlighted. It is emailed to you and Linda, and you only add blockers before forwarding it.""")

X("registry-moveit-pharmacy-upload", "2025-02-25", "Pharmacy bulk upload to MOVEit failing",
  """Greg here. Shopwell Pharmacy's nightly batch file has not arrived for three nights. They say their
  SFTP job reports authentication failed. Nothing changed for us.""",
  """Hi Greg, Shopwell rotated the SSH key on their side and their job now presents a new public key
  that MOVEit did not know. The old key was still the only one on their account. I added the new key
  they sent, confirmed the fingerprint by phone, and they re-sent the three missing files, which loaded
  into NMIIS this afternoon (18,400 doses). I removed the old key after the first successful upload.""")

X("registry-moveit-password-expiry", "2025-09-30", "School district MOVEit accounts expired",
  """Sam, several school districts say they cannot log into MOVEit to upload their enrollment rosters.
  It is the first month of school and they are stressed. Did we change something?""",
  """Hi Linda, the MOVEit password policy expires passwords after 365 days, and most district accounts
  were created in September last year, so they all expired together. I reset the 23 affected accounts
  and sent new temporary passwords to the district contacts, and changed district accounts to SSH key
  or 180-day passwords with email warnings 14 days before expiry. A list of the districts is attached.""")

X("registry-schoollink-export-timeout", "2025-08-12", "SchoolLink compliance export timing out",
  """Sam, large districts get a timeout when they run the school-entry compliance export in SchoolLink.
  August is our peak, every school needs the list before the first day. Small districts are fine.""",
  """Hi Linda, the export ran the full forecasting rules for every student synchronously, and a district
  with 20,000 students took over 10 minutes, longer than the web timeout. I changed large exports to run
  in the background: the district gets a message that the file will be ready, and a download link by
  email when it finishes, usually within 15 minutes. I also added an index on school ID, which halved the
  time.""")

X("registry-schoollink-new-requirement", "2026-03-17", "New 7th grade MenACWY requirement in SchoolLink",
  """Hi Sam, the legislature added a meningococcal requirement for 7th grade starting with the 2026-27
  school year. SchoolLink needs to show students as compliant or not compliant. Can you add the rule?""",
  """Hi Linda, I added the rule to SchoolLink's compliance engine: students entering 7th grade need one
  MenACWY dose (CVX 108, 114, 136, 147, 203 or 316) on or after their 10th birthday, with medical and
  religious exemptions honored. It is live in the test site for your review and will go to production on
  June 1 so the fall exports include it.""")

X("registry-qbp-query-response", "2024-04-30", "EHR queries returning no match for existing patients",
  """Greg here. Riverbend Pediatrics says when their EHR queries the registry for a child, they often
  get 'no match' even though the child is there with a full history. What is the query matching on?""",
  """Hi Greg, the QBP query matching required an exact middle name when one was sent. Riverbend's EHR
  sends the full middle name while many records have only an initial from older submissions, so the
  response was 'no match'. I changed the query matching to treat middle name as optional and match
  initial to full name. Riverbend's test queries now return the right child.""")

X("registry-acks-missing", "2024-08-06", "Clinic EHR not receiving HL7 acknowledgements",
  """Greg again. Lakeview Family Medicine's EHR keeps resending messages because it says it never got
  an acknowledgement. We see the messages and we do send ACKs. Now we have duplicates.""",
  """Hi Greg, their interface engine closes the MLLP connection two seconds after sending, and our ACK
  sometimes took three seconds when Rhapsody was busy, so it was sent to a closed connection. I moved ACK
  generation ahead of the validation step so the ACK goes out in under 200 ms, and asked Lakeview's
  vendor to raise their timeout to 30 seconds. No resends since yesterday.""")

X("registry-new-clinic-onboarding", "2025-03-18", "Onboarding Eastside Community Health (Epic)",
  """Hi Sam, Eastside Community Health is moving to Epic and wants to send VXUs and run queries. They
  have eight sites. What are the steps from our side and what do we need from them?""",
  """Hi Nadia, steps: they sign the data use agreement, we create facility IDs for the eight sites, they
  connect to the test endpoint and send the standard 20 test messages, we review them, then two weeks of
  parallel production with daily review, and then go-live. From them I need their Epic Bridges contact,
  the site list with addresses and their planned go-live date.""")

X("registry-test-environment-refresh", "2025-07-08", "Refreshing the test environment",
  """Sam, the test environment's data is two years old and new clinics testing queries cannot find
  realistic patients. Can we refresh it without putting real data in test?""",
  """Hi Nadia, I refreshed test from a production copy with names, addresses, phones and birth dates
  replaced by synthetic values while keeping the dose histories and the links between records. I also
  added 50 documented test patients whose histories are published in the onboarding guide, so clinics can
  test queries against known answers.""")

X("registry-vfc-lot-inventory", "2024-12-10", "VFC lot numbers not matching inventory",
  """Ben here. Several VFC providers say doses they report are not being subtracted from their inventory
  in NMIIS. Their counts are way off at the end of the month.""",
  """Hi Ben, the providers' EHRs send lot numbers with dashes and lower case (e.g. 'u7-48ab'), while
  the inventory has them as 'U748AB'. The decrement step needs an exact match. I normalised lot numbers on
  both sides by removing punctuation and upper-casing, and re-ran the decrement for November; 6,300 doses
  were matched to inventory.""")

X("registry-historical-doses", "2025-11-04", "Historical doses counted as administered",
  """Sam, some clinics send old doses from paper cards, and those show as given by their clinic today.
  That affects VFC counts and provider reports.""",
  """Hi Ben, these messages have RXA-9 left empty instead of '01' (historical). Our default treated empty
  as '00' (new administration). I changed the default to historical when the administration date is more
  than 30 days before the message date, and corrected 4,100 past records.""")

X("registry-annual-report-data", "2026-01-20", "Data for the annual coverage report",
  """Hi Sam, we need the numbers for the annual report: coverage of the combined 7-vaccine series at 24
  months by county, and HPV for 13 to 17 year olds. Can you run the queries like last year?""",
  """Hi Ben, done. I ran the coverage queries as of December 31 with the same definitions as last year
  (active patients only, excluding those who moved out of state) and added a column comparing with last
  year. The spreadsheet and the SQL are in the Reports folder on the share.""")

X("registry-duplicate-vaccinations", "2025-04-15", "Duplicate doses from resubmitted messages",
  """Greg here. Some children have the same dose twice, same date, same vaccine, from the same clinic.
  Forecasts are wrong because of it.""",
  """Hi Greg, the duplicates come from clinics that resend corrected messages with a new message ID, and
  our dose matching only checks message ID. I added a rule that treats same patient, same vaccine group,
  same date and same facility as one dose, updating instead of adding, and cleaned up 12,000 existing
  duplicates.""")

X("registry-public-portal-lookup", "2024-07-23", "Parent record lookup portal error",
  """Sam, parents are calling that the public immunization record lookup shows an error after they
  enter the child's details. It started this morning.""",
  """Hi Linda, the captcha provider changed their API and the portal's verification call failed, which
  showed as a general error. I updated the captcha integration to the new version and the lookup works
  again. I also made the portal show a clear message if verification fails.""")

X("registry-user-access-review", "2025-06-24", "Quarterly registry user access review",
  """Hi Sam, it is time for the quarterly access review of NMIIS user accounts. Can you pull the lists
  like last time so the clinics can confirm their users?""",
  """Hi Linda, I exported all active users by organisation with last login, role and the organisation
  admin. 1,140 accounts have not logged in for 90 days; I disabled those after the notice period. The
  clinic admins each got their list to confirm by July 15.""")

X("registry-hl7-field-length", "2026-05-12", "Long patient names rejected in PID-5",
  """Greg here. A few messages for patients with long hyphenated last names are rejected with a field
  length error. The families are upset that the child's record is missing.""",
  """Hi Greg, our validation limited PID-5 family name to 35 characters, from an older guide. The current
  guide allows more. I raised the limit to 100, matching the database column, and reprocessed the 41
  rejected messages, all accepted.""")

X("registry-address-standardization", "2025-10-21", "Address standardization for patient records",
  """Sam, reminder and recall letters are coming back undeliverable, around 8%. Can we clean up the
  addresses?""",
  """Hi Ben, I added USPS address standardization to the patient address updates and ran it once on all
  active records. About 6% of addresses were corrected (abbreviations, ZIP+4) and 1.2% could not be
  matched; those are flagged for the recall team.""")

X("registry-firewall-vpn", "2024-02-13", "Site-to-site VPN to Mercy Health down",
  """Greg here. Mercy Health's VPN tunnel has been down since the network team's firewall change on
  Saturday. Their messages are queued on their end.""",
  """Hi Greg, the firewall change replaced the IKE proposal and Mercy's side still used the old one. I
  worked with the network team to add the old proposal back for Mercy's tunnel; it came up and the queue
  drained. Mercy will move to the new proposal by next month.""")

X("registry-data-exchange-agreement", "2026-07-09", "Technical appendix for interstate data exchange",
  """Hi Sam, we are signing a data exchange agreement with the neighbouring state's registry through the
  national hub. Legal needs the technical appendix: formats, security, volume.""",
  """Hi Linda, I drafted the appendix: HL7 2.5.1 QBP/RSP and VXU through the hub, TLS 1.2 with
  mutual certificates, expected volume of 2,000 queries per day, retention rules and the contact for
  incidents. Please have legal review section 4 on data retention.""")

X("registry-covid-ingest-volume", "2024-10-15", "Respiratory season message volume spike",
  """Sam, with flu and COVID season the message volume doubled and processing is running hours behind.
  Clinics see their doses late.""",
  """Hi Linda, Rhapsody was processing on a single route thread. I added four parallel threads for
  VXU processing, keeping per-patient ordering, and added a second database connection pool. The backlog
  cleared in two hours and messages now post within a minute.""")

X("registry-deceased-records", "2026-09-01", "Marking deceased patients from vital records",
  """Hi Sam, we now receive a monthly death file from vital records. Deceased patients should stop
  getting reminder letters and be marked in the registry.""",
  """Hi Ben, I built the import: the monthly file is matched to patients by name, birth date and
  county, exact matches are marked deceased with the date, and uncertain matches go to manual review.
  Deceased patients are excluded from reminder and recall and from coverage denominators.""")

# ---- new e-mails, registry
E(1, "2026-11-02 08:15", "reject queue at 4,000 again",
"""Sam,

The reject queue is at about 4,000 again this morning, up from 600 on Friday. The daily summary email
says almost all of it is two pharmacy chains with "invalid vaccine code". I suspect it's the new 2026-27
COVID products again since they started administering last week. Can you check if our code tables need
the new codes and reprocess whatever can be reprocessed?

Greg""", ["registry-reject-queue-triage", "registry-vxu-cvx-rejects"], "nickname")

E(3, "2026-11-03 07:40", "nightly didn't finish",
"""Morning Sam,

The nightly didn't finish, there is no completion email and the merge counts on the dashboard are
from yesterday. I don't see anything else running at that hour this time, but vital records did send a
bigger file than usual last night. Can you look before the data quality call at 10?

Ben""", ["registry-dedup-job-failure", "registry-deceased-records"], "nickname")

E(2, "2026-11-05 16:22", "pink report missing columns",
"""Hi Sam,

Linda asked me to add two things to the pink report: the name of each clinic's EHR vendor and the
planned go-live date, and to sort it by days waiting instead of alphabetically. Also this week's
report didn't arrive on Thursday morning, I only got it at noon. Can you check both?

Thanks so much,
Nadia""", ["registry-onboarding-status-report"], "nickname")

E(1, "2026-11-09 06:58", "everything bouncing since midnight",
"""Sam, since just after midnight every clinic that sends to us over the web service gets an error,
something like "could not establish secure channel". The VPN senders are fine. Help desk has 20 tickets
already. I don't know what changed, nobody deployed anything over the weekend. Can you look right away?

Greg Abernathy""", ["registry-rhapsody-cert-expiry", "registry-acks-missing"], "symptom")

E(1, "2026-11-10 11:30", "CVX rejects for new RSV product",
"""Hi Sam,

We are rejecting VXUs from three clinics for "invalid vaccine code", all for the new RSV product that
was approved in October. The monthly CVX check should have caught it, but CDC published the code after
the last run. Can you load the current CVX and NDC table and reprocess the rejected messages like last
time?

Thanks, Greg""", ["registry-vxu-cvx-rejects"])

E(3, "2026-11-11 14:05", "two sisters are one kid now",
"""Sam,

A mother called the help desk: her two daughters, born the same day, show up as one child on the parent
portal, with both girls' shots listed together. The names are Kaylee and Kayleigh. I thought we fixed
this kind of thing last year. Can you separate them and check why it happened again?

Ben""", ["registry-dedup-false-merge"], "paraphrase")

E(0, "2026-11-12 09:45", "SchoolLink export before the December deadline",
"""Hi Sam,

The December 1 school compliance deadline is coming and two big districts (Pine Valley and Harmon
County) say the SchoolLink compliance export times out or takes forever. The smaller ones get their
file. Is the background export you set up in 2025 still working? Please check before the districts
start calling the commissioner's office.

Linda Farrow""", ["registry-schoollink-export-timeout"], "cross-client")

E(1, "2026-11-13 08:10", "Shopwell batch missing",
"""Hi Sam,

Shopwell Pharmacy's nightly batch has not arrived on MOVEit since Tuesday. Their IT says their SFTP job
gets "authentication failed" and that they rotated keys on their side, same as last year. They sent
their new public key to the help desk, I'm forwarding it. Can you add it and ask them to resend?

Greg""", ["registry-moveit-pharmacy-upload"])

E(0, "2026-11-16 10:00", "districts can't get into MOVEit",
"""Sam,

Four school districts called this morning saying they can't log into MOVEit to upload their enrollment
rosters; the login page says their password expired. I thought we changed district accounts so they'd
get warnings ahead of time. One of them is Pine Valley USD, whose IT director is very unhappy because
the deadline is in two weeks. Can you reset them and check why the warnings didn't go out?

Linda""", ["registry-moveit-password-expiry"], "cross-client")

E(2, "2026-11-17 13:15", "New onboarding: Harbor Pediatrics on athenahealth",
"""Hi Sam,

Harbor Pediatrics (3 sites) wants to start submitting and querying. They use athenahealth. Can you send
me the list of steps and what we need from them, the same as for Eastside? They also asked if the test
environment has patients they can query with known results, because their vendor wants to run their
own test scripts before the 20 test messages.

Nadia""", ["registry-new-clinic-onboarding", "registry-test-environment-refresh"])

E(1, "2026-11-18 15:30", "clinics say we don't know their patients",
"""Sam,

Two pediatric offices told me that when they look a child up from their EHR, the registry says it has
never heard of her, but when they log into NMIIS directly the kid is right there with all her shots.
It's mostly kids with long or double first names. One office is now entering everything twice. Any idea?

Greg""", ["registry-qbp-query-response"], "paraphrase")

E(3, "2026-11-19 09:20", "annual report + access review",
"""Hi Sam,

Two things. First, Linda needs the annual coverage numbers again by mid-January: the 24-month series by
county and HPV for teens, and this year also flu coverage for 6 months to 4 years. Second, the quarterly
user access review is due, can you pull the user lists by organisation with last login like last time?
The coverage numbers are the priority.

Ben Whitcomb""", ["registry-annual-report-data", "registry-user-access-review"])

E(3, "2026-11-20 11:50", "VFC counts off at month end",
"""Sam,

Three VFC providers complained that their vaccine counts in NMIIS don't go down when they give shots,
so at the end of October their physical count and our numbers don't agree by hundreds of doses. They
say they report every dose. One of them recently changed EHRs. Can you find out why their reported doses
aren't being taken off?

Ben""", ["registry-vfc-lot-inventory"], "symptom")

E(1, "2026-11-23 10:35", "same dose twice",
"""Hi Sam,

We have duplicate doses again: same child, same vaccine, same date, from Lakeview Family Medicine. They
resent a batch of corrected messages last week after an EHR upgrade. I thought the duplicate rule would
catch it. The forecaster now says some kids are complete when they're not. Can you look?

Greg

On Thu, Nov 19, 2026 at 4:12 PM Lakeview IT <it@lakeviewfm.org> wrote:
> We resent all October messages with corrected provider IDs. Let us know if there are issues.""",
  ["registry-duplicate-vaccinations", "registry-acks-missing"])
# ---------------------------------------------------------------- Willow Creek Counseling
client("willow", "Willow Creek Counseling", "Willow Creek Counseling Associates, PLLC", "willowcreekcounseling.com", """
SimplePractice: the practice's EHR (notes, scheduling, client portal, telehealth, insurance claims)
SRFax: cloud fax service for records requests, referrals and prior authorizations
Gusto: payroll for staff and contract therapists
the green folder: the release-of-information (records request) queue; paper requests used to go in a green folder
the Friday batch: the weekly insurance claims submission from SimplePractice to the clearinghouse
Suite 204: the second floor office used for telehealth sessions
Dialpad: the phone system; voicemails are transcribed and emailed
Part 2: 42 CFR Part 2, federal confidentiality rules for substance use treatment records
""", [
    ("renee@willowcreekcounseling.com", "Dr. Renée Albright", "Clinical director"),
    ("jordan@willowcreekcounseling.com", "Jordan Pike", "Office manager"),
    ("hannah@willowcreekcounseling.com", "Hannah Mercer", "Billing specialist"),
], phone="(503) 555-0163")

X("willow-srfax-outage", "2025-01-27", "SRFax outage, records requests not arriving",
  """Sam, a hospital says they faxed a records request for one of our clients three times today and we
  have nothing in SRFax. Our outgoing faxes are stuck too. Is our account broken?""",
  """Hi Jordan, your account is fine; SRFax had a service disruption on their fax gateways from 10:15
  to about 14:30 Pacific, listed on their status page. Inbound faxes sent during that window were
  retried by the senders' machines and most have now arrived, including the hospital's request (three
  copies). Your stuck outbound faxes went out automatically after recovery. Please confirm with the
  hospital that nothing else is missing.""")

X("willow-srfax-email-to-fax", "2024-05-14", "E-mail to fax stopped sending",
  """Hi Sam, when I email a document to the fax gateway address it does not go out anymore, and I get
  no error. Renée's faxes work. I send prior authorizations this way every day.""",
  """Hi Hannah, SRFax only accepts email-to-fax from authorized sender addresses. Your address was
  listed as hannah.mercer@ from before the mailbox rename, so your emails were silently dropped. I
  added hannah@willowcreekcounseling.com to the authorized senders and turned on the rejection notice, so
  you get an email back if a fax is refused. Your test fax went through.""")

X("willow-srfax-coversheet", "2026-03-03", "Fax cover sheet with Part 2 redisclosure notice",
  """Sam, since we started the substance use program, our attorney says faxes with those records need
  the federal redisclosure notice. Can the cover sheet say that? Only for those faxes, not all.""",
  """Hi Renée, I created a second SRFax cover page template named 'Part 2 records' with the 42 CFR
  Part 2 redisclosure notice text your attorney approved, next to the normal confidentiality cover page.
  When sending from the SRFax web app or email-to-fax, choose it in the cover page list or put
  'coverpage: Part 2' as the first line of the email. The default stays the normal one.""")

X("willow-simplepractice-telehealth-audio", "2024-09-09", "Telehealth microphone permission in browser",
  """Sam, in video sessions from Suite 204 the clients cannot hear me, but I can hear them. Tried two
  sessions today. The laptop's microphone works in Teams.""",
  """Hi Renée, Chrome had blocked microphone access for the SimplePractice telehealth site after an
  update, while Teams uses its own app permission. I reset the site permission to allow microphone and
  camera and set the Suite 204 USB speakerphone as the default input. The test call with me worked both
  ways. If it happens again, click the camera icon in the address bar and choose 'allow'.""")

X("willow-simplepractice-reminders", "2024-02-20", "Appointment reminder texts not sent",
  """Hi Sam, several clients missed appointments and said they did not get the reminder text. We pay
  for reminders in SimplePractice. Is it broken?""",
  """Hi Jordan, the reminders work, but SimplePractice only texts clients who have opted in for text
  reminders and have a mobile number marked as such. 40% of active clients had only email reminders on,
  mostly clients imported in 2022. I turned on text reminders for those with a mobile number, and added
  the opt-in checkbox to the intake paperwork.""")

X("willow-claims-batch", "2025-04-22", "Weekly insurance claims rejected for taxonomy code",
  """Sam, the weekly claim submission from SimplePractice came back with 31 rejections from the
  clearinghouse, 'rendering provider taxonomy invalid'. Nothing like that before.""",
  """Hi Hannah, two new clinicians had the wrong taxonomy code in their SimplePractice profile
  (counselor instead of the licensed clinical social worker code 1041C0700X), and one payer started
  enforcing it this month. I corrected both profiles and the practice-level billing taxonomy, and you can
  resubmit the 31 claims from the rejected list. I sent you a checklist for new clinician profiles.""")

X("willow-era-posting", "2025-10-07", "Insurance ERAs not posting automatically",
  """Hi Sam, payments from two insurers are no longer being applied to claims in SimplePractice. I
  have to post them by hand. The other insurers are fine.""",
  """Hi Hannah, electronic remittances (ERAs) need a separate enrollment per payer, and those two
  payers changed clearinghouses, which cancelled our ERA enrollment. I re-enrolled for ERA with both
  through SimplePractice; approval takes about two weeks. Until then post manually. I will tell you when
  the first automatic ERA arrives.""")

X("willow-roi-requests", "2024-07-01", "Tracking release-of-information requests",
  """Sam, records requests come in by fax, mail and email, and we track them on paper. Last month one
  took 40 days and the client complained. We must answer within 30. Can we track them better?""",
  """Hi Jordan, I set up a release-of-information tracker in a SharePoint list: date received, client,
  requester, authorization on file, due date (30 days), status and date sent. Faxed requests from SRFax
  are saved to the ROI folder and create an item automatically. You get an email for anything due in 7
  days. The paper requests can be scanned in.""")

X("willow-gusto-contractor", "2025-02-18", "Paying contract therapists in Gusto",
  """Hi Sam, we are adding two contract therapists paid per session. Can Gusto pay them without making
  them employees? Jordan is unsure how to set it up.""",
  """Hi Renée, yes, Gusto supports contractor payments. I added both as contractors with their W-9
  information, set them to hourly rate with the session rate, and created a payment schedule on the 15th
  and last day. Gusto files the 1099-NEC forms in January. They get an invite to enter their bank
  details.""")

X("willow-gusto-login-mfa", "2026-01-13", "Locked out of Gusto after phone change",
  """Sam, Jordan got a new phone and Gusto now asks for a code sent to the old number. Payroll has to
  be run by Thursday.""",
  """Hi Renée, Gusto two-step verification was tied to Jordan's old number. As the other admin, you
  can't change someone else's verification, so I helped Jordan use the recovery code from our password
  manager, then she updated her phone number and set up an authenticator app. Payroll can go on time. I
  saved the new recovery codes in the vault.""")

X("willow-gusto-state-tax", "2025-07-29", "Gusto state payroll tax for a remote therapist",
  """Sam, one of our therapists is moving to Washington and will see clients remotely. What do we do
  in Gusto?""",
  """Hi Jordan, when her work address changes to Washington, Gusto requires a Washington state tax
  registration (Employment Security and Paid Leave). I updated her address effective August 1 and Gusto
  created the tasks; you need to register with Washington ESD, and I sent the links.""")

X("willow-wifi-guest", "2024-04-08", "Separate guest Wi-Fi for the waiting room",
  """Hi Sam, clients in the waiting room ask for the Wi-Fi and we give them the staff password. That
  seems wrong.""",
  """Hi Jordan, agreed. I created a separate guest network 'WillowCreek-Guest' isolated from the office
  network and printers, with a weekly changing password shown on a small sign. The staff password was
  changed, and staff devices were reconnected.""")

X("willow-laptop-encryption", "2024-10-22", "Therapists' personal laptops and encryption",
  """Sam, some therapists write notes from home on their own laptops. Is that allowed under HIPAA?""",
  """Hi Renée, it can be, with controls. I recommend only using SimplePractice in the browser, no
  downloaded notes, disk encryption (BitLocker or FileVault) turned on, a screen lock and updated system.
  I wrote a one-page policy for them to sign and can check each laptop in 15 minutes.""")

X("willow-m365-shared-calendar", "2024-06-17", "Room booking calendar for offices",
  """Hi Sam, we keep double booking the two therapy rooms and Suite 204. Is there a way to book rooms in
  Outlook?""",
  """Hi Jordan, I created room mailboxes for Room A, Room B and Suite 204. Add the room as an attendee
  in Outlook, and it accepts automatically if free or declines if it is taken. You can see all three in a
  shared calendar group.""")

X("willow-email-phishing-client", "2025-05-13", "Client's hacked e-mail sending phishing to therapist",
  """Sam, I got an email from a client's address with a 'shared document' link. It looks strange. Did I
  get hacked?""",
  """Hi Renée, your account is fine; the client's own email account was compromised and sent the link
  to all her contacts. I blocked the link domain, removed the message from all mailboxes and checked that
  nobody entered a password. Consider letting the client know through the portal.""")

X("willow-website-contact-form", "2024-11-12", "Website contact form collecting client details",
  """Sam, people use the contact form on our website to describe their problems in detail and that
  arrives in plain email. Our consultant says that is risky.""",
  """Hi Jordan, I replaced the website form with SimplePractice's secure contact form (Client Portal
  widget), so requests are stored in SimplePractice and not sent in email. The form asks only for name,
  contact information and preferred time, with a note not to share clinical details.""")

X("willow-baa-vendors", "2025-03-10", "Business associate agreements inventory",
  """Hi Sam, for our compliance review, which vendors need a BAA and do we have them?""",
  """Hi Renée, vendors that handle client information: SimplePractice, SRFax, Microsoft 365, Dialpad,
  the clearinghouse and the shredding service. We have signed BAAs for all except Dialpad, which must be
  requested through their admin portal; I did that today. The list is in the Compliance folder.""")

X("willow-new-therapist-onboarding", "2025-08-26", "Onboarding a new therapist",
  """Sam, we hired Dr. Marcus Bell, starting September 8. What does he need?""",
  """Hi Jordan, I created his Microsoft account and email, added a clinician seat in SimplePractice with
  his license and NPI, a Dialpad number, the room calendars and the shared drive. You need to add him to
  Gusto as an employee and send the SimplePractice invitation when his credentialing is approved.""")

X("willow-voicemail-transcription", "2025-12-02", "Voicemail transcripts with client information",
  """Sam, Dialpad emails voicemail transcripts to the front desk. Clients leave details in voicemails.
  Is this OK in email?""",
  """Hi Jordan, I changed Dialpad so voicemail notifications only say that there is a new voicemail
  with the caller number, without the transcript or audio attached. Listen in the Dialpad app, which is
  covered by the BAA.""")

X("willow-printer-scan", "2026-02-10", "Scanner not working after Windows update",
  """Sam, the front desk scanner stopped working after updates. It says device not found.""",
  """Hi Jordan, the Windows update replaced the scanner driver with a generic one. I installed the Epson
  driver and Epson Scan 2 again and blocked that driver from Windows Update. Scanning to the ROI folder
  works again.""")

X("willow-supervision-notes-access", "2026-04-28", "Supervisor co-signing intern notes in SimplePractice",
  """Sam, our new intern's notes need my signature, but I cannot see them in SimplePractice. I get
  a permission message.""",
  """Hi Renée, the intern was created as a clinician without a supervisor. I set you as her supervisor
  in her SimplePractice profile and turned on 'notes require supervisor signature'. Her notes now appear in
  your 'Notes to sign' list.""")

X("willow-backup-onedrive", "2024-03-26", "Restoring deleted OneDrive files",
  """Sam, Jordan deleted a folder of forms from OneDrive weeks ago and we need it back.""",
  """Hi Renée, OneDrive keeps deleted files for 93 days. I restored the 'Intake forms' folder from the
  recycle bin, and I also turned on a weekly backup of the shared drive to a second location so we have
  older versions.""")

X("willow-windows11-upgrade", "2025-09-16", "Windows 11 upgrade of office computers",
  """Hi Sam, we got a warning that Windows 10 ends in October. What about our three office computers?""",
  """Hi Jordan, two of them can run Windows 11 and I upgraded them this evening. The front desk
  computer is too old; I recommend replacing it, about $800. Until then it is covered by extended
  security updates for one year.""")

X("willow-superbill-template", "2026-06-09", "Superbill for out-of-network clients",
  """Sam, out-of-network clients ask for superbills and the template is missing the diagnosis codes
  and our tax ID.""",
  """Hi Hannah, I updated the SimplePractice superbill settings: practice tax ID, NPI, diagnosis codes
  and the clinician's license. Clients can download it from the portal each month.""")

X("willow-group-telehealth", "2026-08-18", "Group therapy telehealth participant limit",
  """Sam, we are starting a telehealth group of 12 people. SimplePractice telehealth seems to allow fewer
  people. What do we do?""",
  """Hi Renée, SimplePractice group video sessions support up to 15 participants with the Plus plan; we
  had the Essential plan limited to 4. I upgraded the plan for your account, $30 more per month.""")

X("willow-domain-renewal", "2026-10-06", "Domain renewal and DNS records",
  """Sam, we got a letter saying our domain will expire. Is it real?""",
  """Hi Jordan, the letter is a scam from a company that wants you to transfer the domain. The real domain
  is registered until March 2027 with auto-renewal on. I also locked the domain against transfer.""")

# ---- new e-mails, Willow Creek
E(1, "2026-11-02 11:20", "faxes not coming through",
"""Hi Sam,

Providence Medical Records called twice today saying they faxed us a records request with the
client's signed authorization, and there is nothing in SRFax. I also tried sending a prior auth and it's
been "in progress" for an hour. Is SRFax having an outage again or did something happen to our account?
The request is time sensitive.

Thanks,
Jordan""", ["willow-srfax-outage"], "cross-client")

E(1, "2026-11-03 09:05", "green folder",
"""Sam,

The green folder has gotten out of hand. I count 14 open ones, and I think two are past the 30 days
because the reminder emails went to Hannah's old address before she changed roles. Can you switch the
reminders to me and get me a list of what's overdue? Also, can mail-in ones be added by scanning?

Jordan""", ["willow-roi-requests"], "nickname")

E(2, "2026-11-06 15:50", "Friday batch rejected",
"""Hi Sam,

The Friday batch bounced back this afternoon with 18 rejections, all claims for our new associate
Dr. Lin. The clearinghouse message is about the rendering provider. I'm guessing it's something in her
profile like last time with the two new clinicians. Also, still no automatic payments from Moda since
the spring, should I keep posting those by hand?

Hannah""", ["willow-claims-batch", "willow-era-posting"], "nickname")

E(0, "2026-11-09 13:02", "clients can't hear me in video sessions",
"""Sam, I had three video sessions this morning from upstairs and in every one the client said they
could see me but not hear anything. I ended up calling them by phone and doing the session that way.
I can hear them fine. I didn't change anything. I have four more this afternoon, could you look
before 2? The laptop is the one that stays in Suite 204.

Renée""", ["willow-simplepractice-telehealth-audio"], "symptom", sig=False)

E(1, "2026-11-10 08:35", "locked out of payroll",
"""Hi Sam,

Gusto won't let me log in, it keeps sending the verification code to a number I don't have anymore (I
switched carriers and got a new number last week). Payroll is due tomorrow for both the staff and the
contractors. Renée is at a conference. Is there a way to get in, like the recovery code you saved for
us last time?

Jordan Pike""", ["willow-gusto-login-mfa", "willow-gusto-contractor"], "cross-client")

E(2, "2026-11-11 10:12", "email to fax not working for me",
"""Hi Sam,

My prior authorization faxes sent by email aren't going out. I email the PDF to the fax gateway address
like always and nothing happens, no error either. I just got a new email alias set up (billing@) and
I've been sending from that. Could that be it? The others can fax fine from their email.

Thanks,
Hannah""", ["willow-srfax-email-to-fax"])

E(1, "2026-11-12 14:44", "New clinician starting Dec 1",
"""Hi Sam,

We hired Tasha Greene, LPC, starting December 1. Same as Marcus last year: email, SimplePractice
seat, Dialpad number, calendars. She'll be a contractor at first, paid per session, so please also
tell me how to set her up in Gusto as a contractor rather than employee, I forgot how we did it.

Thank you,
Jordan""", ["willow-new-therapist-onboarding", "willow-gusto-contractor"])

E(1, "2026-11-13 09:58", "people say they don't get the heads-up",
"""Sam,

We had six no-shows this week and when I called them, most said they never got anything the day
before telling them about the session. They used to. A couple of them are new clients who came in
through the new intake packet. I don't know if it's the system or their phones. Can you see what's
going on?

Jordan""", ["willow-simplepractice-reminders"], "paraphrase")

E(2, "2026-11-16 16:05", "Premera payments posting manually",
"""Hi Sam,

Premera payments aren't posting automatically to the claims in SimplePractice anymore, I have to post
each one by hand from the paper EOB. Premera sent a notice in October that they changed clearinghouse.
Is this the ERA enrollment thing again? If so can you re-enroll us like you did for the other two?

Hannah""", ["willow-era-posting"])

E(0, "2026-11-17 12:30", "our website form",
"""Sam,

Our new compliance attorney looked at the website and says we still seem to be getting people's
personal stories through it, she saw an inquiry printed on the front desk with a lot of detail about
someone's trauma. I thought we changed that. Is the form on the "contact us" page the old one that
sends to email, or the secure one? She'd like it to not invite people to share details.

Renée""", ["willow-website-contact-form"], "paraphrase")

E(0, "2026-11-18 17:10", "can't open Alex's notes",
"""Sam, when I try to open Alex's progress notes from this week to co-sign them, I get "you don't have
access to this record". Alex is our new practicum student who started Monday. Last spring's intern
was fine. I need to sign by Friday for her university, and
her supervisor form asks me to confirm I reviewed every note. Could you fix it today or tomorrow?

Renée Albright, PhD
Clinical director""", ["willow-supervision-notes-access"], "symptom", sig=False)

E(1, "2026-11-19 11:00", "domain letter + BAA question",
"""Hi Sam,

Two things. We got another letter that looks like a bill for our domain "expiring" from a company I
don't recognize. Is that the same scam as last year? And second, our attorney asked for our list of
business associate agreements, and whether the new e-signature tool we're trying needs one. Where is
the list you made?

Jordan""", ["willow-domain-renewal", "willow-baa-vendors"])

E(0, "2026-11-20 09:15", "cover sheet for SUD records",
"""Hi Sam,

When we fax records from the substance use program, our attorney wants to be sure the cover sheet has
the federal redisclosure notice, and our new billing person sent two faxes with the regular cover sheet
this week. Can you remind me how to pick the other cover sheet template in SRFax, or make it harder to
get wrong? Maybe only the program staff should be able to send those.

Renée""", ["willow-srfax-coversheet"], "cross-client")
# ---------------------------------------------------------------- Brightside Dental Group
client("brightside", "Brightside Dental Group", "Brightside Dental Group, P.C.", "brightsidedental.com", """
Dentrix: practice management system (schedule, charts, insurance, eligibility), server at Elm Street
Sidexis: X-ray imaging software; sensors and the pano are connected to it
the pano: the panoramic X-ray machine at Elm Street
Op 3: operatory 3 at Elm Street, the room with the imaging PC used most
the yellow sheet: the printed Dentrix Daily Huddle report each morning (printed on yellow paper)
SRFax: cloud fax service; fax integration with Dentrix for referrals and insurance
Weave: phones, patient texting and appointment confirmations, synced with Dentrix
Intune: Microsoft device management on front desk and operatory PCs
Elm Street / Kestrel Road: the two offices
""", [
    ("carla@brightsidedental.com", "Carla Nguyen", "Practice administrator"),
    ("drmehta@brightsidedental.com", "Dr. Raj Mehta", "Owner dentist"),
    ("beth@brightsidedental.com", "Beth Ostrowski", "Front desk lead"),
], phone="(480) 555-0125")

X("brightside-srfax-api-key", "2025-05-19", "SRFax credentials expired in Dentrix fax integration",
  """Hi Sam, faxes from the oral surgeons and the insurance companies are no longer showing up in Dentrix
  Document Center. Beth checked the SRFax website and they are all there. We also cannot send from
  Dentrix, it says login failed. Did something expire? We have a lot of referrals waiting.""",
  """Hi Carla, the Dentrix fax connector logs into SRFax with a separate API user, and that user's
  password expired under SRFax's new 12-month password policy. I set a new password for the API user,
  updated it in the Dentrix eFax settings on the server and restarted the fax service. The 23 waiting
  faxes were imported. I put the next expiry date in the maintenance calendar, since this connector does
  not warn anyone.""")

X("brightside-srfax-number-port", "2024-08-27", "Porting the old fax number to SRFax",
  """Sam, we want to get rid of the old fax machine and phone line at Elm Street, but our fax number is
  printed on all the referral pads and every insurer has it. Can we keep the number and move it to SRFax
  with the other one? How long does that take?""",
  """Hi Carla, yes, SRFax can port the number. I submitted the port request with a copy of the last
  phone bill and the letter of authorization you signed. The carrier confirmed the port for September 12.
  Until then, the old machine keeps working; on the day, faxes will switch to SRFax and land in Dentrix.
  Do not cancel the phone line before I confirm the port is complete.""")

X("brightside-srfax-attachment-size", "2025-11-18", "Large X-ray attachments failing to fax",
  """Sam, when we fax X-rays and the referral to the oral surgeon, it fails or arrives as black pages.
  The surgeon's office asked us to stop faxing images. Smaller faxes go through fine. Is there a size
  limit?""",
  """Hi Beth, faxing full-color X-ray exports makes huge files; SRFax converts them to black and white
  fax pages, which is why they look black. I changed the Sidexis export to grayscale, 200 DPI PDF, which
  keeps faxes under the limit, but for diagnostic images I set up secure links through Sidexis' sharing
  instead, and the surgeon's office agreed to that. Referral forms can still be faxed.""")

X("brightside-sidexis-op3", "2024-03-19", "Sidexis sensor not acquiring in Op 3",
  """Hi Sam, in Op 3 the intraoral X-ray sensor does not take images since this morning. Sidexis opens,
  we click acquire, and the screen stays grey and then says no device. The other rooms work. We have
  patients booked all day in that room.""",
  """Hi Dr. Mehta, Windows updated the USB controller driver on the Op 3 PC overnight, and the sensor
  interface box was no longer recognized by Sidexis. I reinstalled the Sirona sensor driver, reset the
  device in Sidexis configuration and took a test image. I also paused driver updates on the imaging PCs
  so updates happen on a weekend after I check compatibility.""")

X("brightside-pano-network", "2025-02-04", "Pano images not saving to the server",
  """Sam, the pano takes the image but Sidexis gives an error when saving it and the image is not in the
  patient's chart afterwards. We had to retake one. This started after the server work last weekend.
  Intraoral images save fine.""",
  """Hi Carla, the pano's acquisition PC saves through a separate Windows account, and the server
  migration reset the permissions on the Sidexis image share so that account had read-only access. I
  restored write permissions, checked the two images from Monday (they were stored locally and I
  imported them) and tested a new pano. Sorry about the retake.""")

X("brightside-dentrix-huddle-report", "2024-06-11", "Automating the Dentrix Daily Huddle report",
  """Hi Sam, every morning someone has to open Dentrix at 7:15, run the Daily Huddle report for each
  office and print it before the team meeting. Often it is late. Can it be ready on the printer before we
  get in?""",
  """Hi Beth, I scheduled the Daily Huddle report in Dentrix's report scheduler on the server for 6:30
  each weekday for both offices, saved as PDF to the Huddle folder, and a small task prints it on the
  front desk printer in each office, tray 2 with the colored paper. If the print fails you still find the
  PDF in the folder.""")

X("brightside-dentrix-slow", "2024-10-08", "Dentrix slow at Kestrel Road",
  """Sam, Dentrix at Kestrel Road takes 10 to 20 seconds to open a patient chart, Elm Street is fast.
  Patients are waiting at check-in. It has been getting worse for a couple of weeks.""",
  """Hi Carla, Kestrel Road connects to the Dentrix server at Elm Street over the site-to-site VPN, and
  the Kestrel internet line was running at a tenth of its speed due to a bad modem. The ISP replaced the
  modem today, and I also moved Kestrel to Dentrix's remote client mode, which sends less data. Charts now
  open in two seconds.""")

X("brightside-dentrix-update", "2025-06-24", "Dentrix version update weekend",
  """Sam, Dentrix says we have to update to the latest version before the end of July for the new
  insurance forms. Last time the update broke the imaging bridge. When can we do it safely?""",
  """Hi Carla, I suggest Saturday July 12. I will back up the database, update the server and all 14
  workstations, then test the Sidexis bridge, eFax and Weave sync before Monday. If anything fails I can
  restore the backup. The team needs to log out of Dentrix by Friday 6 p.m.""")

X("brightside-eligibility-batch", "2025-09-09", "Dentrix eligibility auto-verification failing",
  """Sam, the automatic insurance eligibility check in Dentrix stopped working for tomorrow's patients.
  It shows 'error' for all of them. Beth is calling insurers by phone, which takes hours.""",
  """Hi Beth, the eligibility service in Dentrix uses the eServices connector, which stopped after its
  security certificate update failed on the server. I reinstalled the eServices connector, and the batch
  for tomorrow ran and verified 61 of 64 patients; the other three have plans the service does not
  support.""")

X("brightside-weave-texts", "2024-04-23", "Weave confirmations not syncing with Dentrix",
  """Sam, patients reply C to confirm their appointment in Weave, but the appointments stay unconfirmed
  in Dentrix. Beth confirms them twice. Started last week.""",
  """Hi Beth, the Weave sync app on the server had stopped after a Windows restart because its service
  was set to manual start. I restarted it and set it to automatic with a delayed start, and the
  confirmations from the last week updated in Dentrix. I added a check that alerts me if the sync stops.""")

X("brightside-weave-phones-down", "2025-12-09", "Weave phones down during internet outage",
  """Sam, the Weave phones at Elm Street went dead this morning, patients got a busy signal. The
  internet is down too. How can patients still reach us when this happens?""",
  """Hi Carla, the Cox line at Elm Street was down for three hours. I set a Weave failover so calls
  forward to the Kestrel Road office when Elm Street phones are offline, and a second option to forward
  to your cell. I also quoted a backup cellular internet router, about $40 per month.""")

X("brightside-intune-front-desk-pcs", "2024-12-17", "Enrolling front desk PCs in Intune",
  """Hi Sam, we bought four new PCs for the front desks. Can you set them up the way the operatory PCs
  are managed, so updates and security are handled?""",
  """Hi Carla, I registered the four PCs for Windows Autopilot and they join Intune as Brightside Front
  Desk devices: BitLocker, Defender, updates on Sunday nights, Dentrix client and Weave app installed
  automatically. Each takes about 40 minutes after the first sign-in.""")

X("brightside-intune-usb-block", "2025-08-05", "Intune USB policy blocking the intraoral camera",
  """Sam, after the new security settings, the intraoral camera in ops 1, 2 and 4 does not show up. We
  plug it in and nothing happens. The X-ray sensors still work.""",
  """Hi Dr. Mehta, the Intune device control policy I added to block USB storage also blocked the camera,
  because it presents itself as a removable storage device. I added an exception for the camera's device
  ID on the operatory PCs and it works again. USB sticks remain blocked.""")

X("brightside-backup-server", "2024-02-06", "Verifying Dentrix database backups",
  """Sam, our insurance carrier asks whether we test our backups. Do we? What would happen if the server
  died?""",
  """Hi Carla, the server backs up nightly to a local NAS and to the cloud. I did a test restore of the
  Dentrix database and Sidexis images to a spare machine: it took four hours and worked. I will do this
  every quarter and send you the report for the insurance carrier.""")

X("brightside-ransomware-tabletop", "2025-03-25", "Ransomware preparedness exercise",
  """Sam, the dental association recommends a ransomware drill. Could you run one with the managers?""",
  """Hi Dr. Mehta, I ran a one-hour exercise with Carla and Beth: who to call, how to work from paper
  schedules, how we restore from backup and when to notify patients. We found two gaps: no printed copy of
  tomorrow's schedule and no offline contact list. Both are fixed.""")

X("brightside-new-office-kestrel", "2024-01-30", "Network setup for Kestrel Road",
  """Sam, the Kestrel Road office opens in March. We need internet, Wi-Fi, phones and Dentrix access
  for six workstations and two operatories.""",
  """Hi Carla, I ordered business internet, a firewall with a VPN to Elm Street, two access points and a
  switch. Weave phones move with the numbers ported. Dentrix connects to the Elm Street server. I will
  install everything on March 4.""")

X("brightside-email-patient-records", "2024-09-24", "Sending X-rays to patients by e-mail",
  """Sam, patients ask for copies of their X-rays by email. Is it OK to just attach them?""",
  """Hi Beth, use Microsoft 365 encryption: put [secure] in the subject, and the patient gets a link. If
  the patient explicitly asks for unencrypted email after being told the risk, note that in the chart.""")

X("brightside-credit-card-terminal", "2025-04-29", "Card terminal integration with Dentrix",
  """Sam, the new card terminals from our processor should post payments into Dentrix automatically.
  They don't.""",
  """Hi Carla, the integration requires the processor's Dentrix plugin on each front desk PC. I installed
  it and paired the terminals; payments now post to the patient ledger.""")

X("brightside-wifi-patients", "2025-07-15", "Patient Wi-Fi and operatory TVs",
  """Sam, we want patient Wi-Fi and streaming on the ceiling TVs in the ops.""",
  """Hi Dr. Mehta, I created a separate patient network with bandwidth limits and no access to the
  office network, and connected the TVs to it.""")

X("brightside-m365-license", "2026-01-20", "Microsoft 365 license changes",
  """Sam, Microsoft says our licenses are going up. Do we need the expensive ones for everybody?""",
  """Hi Carla, the front desk and assistants only use email and Teams, so they can use Business Basic;
  managers keep Business Premium for Intune and encryption. Savings about $600 per year.""")

X("brightside-offboarding-hygienist", "2026-02-24", "Offboarding a hygienist",
  """Sam, our hygienist Megan left on Friday. Please remove her access everywhere.""",
  """Hi Carla, I disabled her Microsoft account, Dentrix user and Weave login, changed the shared
  Sidexis password she knew, and forwarded her email to you for 30 days.""")

X("brightside-lab-portal-login", "2026-04-07", "Dental lab portal accounts",
  """Sam, everyone uses the same login for the dental lab's case portal.""",
  """Hi Beth, I asked the lab to create individual accounts for four staff members, and saved them in
  the password manager. The shared login is disabled.""")

X("brightside-ups-server", "2026-05-19", "Server shut down during power outage",
  """Sam, the power went out for a minute and the server went off. Dentrix was down for an hour.""",
  """Hi Carla, the UPS battery was five years old and no longer held a charge. I replaced the battery,
  and configured the UPS to shut down the server cleanly after five minutes on battery.""")

X("brightside-dentrix-ascend-eval", "2026-07-14", "Evaluating Dentrix Ascend",
  """Sam, Henry Schein is pushing us to Dentrix Ascend, the cloud version. Should we move?""",
  """Hi Dr. Mehta, Ascend would remove the server but costs more each month, and the Sidexis integration
  works differently. I suggest a demo for the team, then decide before the server replacement in 2027.""")

X("brightside-printer-labels", "2026-09-22", "Label printer for lab cases",
  """Sam, we bought a label printer for lab cases but it does not print from Dentrix.""",
  """Hi Beth, I installed the Dymo driver and set the label template in Dentrix's lab case manager. The
  labels print patient name, case and due date.""")

X("brightside-phishing-invoice", "2026-10-13", "Fake supplier invoice e-mail",
  """Sam, we got an invoice from Henry Schein for $4,800 with a payment link. It looks odd.""",
  """Hi Carla, it is fake: the sender domain is henryschein-billing.net. I blocked it and removed it from
  all mailboxes. Real invoices come through the supplier portal.""")

# ---- new e-mails, Brightside
E(0, "2026-11-02 07:50", "faxes not importing into Dentrix",
"""Hi Sam,

Since Friday none of our incoming faxes are coming into Dentrix, and sending from Dentrix says "login
failed". Beth looked in SRFax online and the faxes are there. Is this the API key rotation thing? I
remember a home health agency we share an office park with had something like that with SRFax. We have
about a dozen referrals and two insurance pre-authorizations waiting.

Carla""", ["brightside-srfax-api-key"], "cross-client")

E(2, "2026-11-03 07:35", "yellow sheet didn't print",
"""Good morning Sam,

The yellow sheet didn't print at either office this morning, and the huddle starts in 20 minutes. I
can print it by hand but I don't know which report it is exactly and where the saved copy goes. Also
Kestrel's printer has been jamming, so maybe that's part of it. Can you check the schedule?

Beth""", ["brightside-dentrix-huddle-report"], "nickname")

E(1, "2026-11-04 09:10", "room 3 x-rays",
"""Sam,

In Op 3 we click to take a bitewing and the screen just stays grey, then after a minute it says
something like device not available. Tried unplugging and replugging. Rooms 1 and 2 are fine. The PC
did updates last night. We have a full hygiene schedule in that room today so please call the front
desk as soon as you can.

Dr. Mehta""", ["brightside-sidexis-op3", "brightside-intune-usb-block"], "symptom")

E(1, "2026-11-05 12:40", "camera not showing up",
"""Sam, our new intraoral camera (we replaced the old one in ops 1 and 4) isn't recognized. We plug it
in, Windows makes the sound, and nothing shows in the imaging software. The old cameras worked. I
wonder if it's the security stuff you put on the computers last year. Patients like seeing the photos,
so we'd like it working this week.

Raj Mehta, DDS""", ["brightside-intune-usb-block", "brightside-sidexis-op3"], "symptom")

E(2, "2026-11-06 14:15", "Weave confirmations not going into Dentrix",
"""Hi Sam,

Weave confirmations aren't syncing into Dentrix again. Patients text back C and Weave shows them as
confirmed, but Dentrix still shows them unconfirmed, so we're calling people who already confirmed. It
started after the server restarted for updates on Sunday, same as in 2024 I think.

Thanks,
Beth""", ["brightside-weave-texts"])

E(0, "2026-11-09 10:30", "pano images not saving",
"""Sam,

The pano takes the image but then Sidexis says it can't save it, and it's not in the patient's chart.
We retook one and the patient was not happy. It started after the server reboot on the weekend. Intraoral
X-rays still save. Could it be permissions again like after the migration?

Carla""", ["brightside-pano-network"])

E(2, "2026-11-10 11:05", "surgeon says our images are useless",
"""Hi Sam,

Dr. Adeyemi's office (oral surgeon) called to complain that the films we sent over with a referral
came through as dark blobs and they couldn't read anything. The new assistant sent them from the front
desk the old way, I think. What's the right way to get X-rays to a specialist? I want to write it down
for the new people.

Beth""", ["brightside-srfax-attachment-size", "brightside-email-patient-records"], "paraphrase")

E(2, "2026-11-11 08:20", "eligibility check timing out",
"""Sam,

The batch eligibility check for tomorrow's patients keeps timing out halfway and then shows errors
for everyone after that. I remember you split batches for someone before, or was that a different
problem? Either way I'm calling insurance companies by phone again. Tomorrow we have 70 patients
across both offices.

Beth Ostrowski""", ["brightside-eligibility-batch"], "cross-client")

E(0, "2026-11-12 16:45", "Assistant leaving Friday",
"""Hi Sam,

Our dental assistant Kim's last day is Friday. Can you remove her access everywhere like you did for
Megan in February: Microsoft, Dentrix, Weave, and change anything shared she knew? She also had the lab
portal login I think. Please forward her email to me for a month.

Thanks,
Carla""", ["brightside-offboarding-hygienist", "brightside-lab-portal-login"])

E(0, "2026-11-13 09:25", "everything went dark Tuesday",
"""Sam,

On Tuesday the lights flickered for maybe two seconds and after that nobody could open patient charts
at either office. Dentrix came back about an hour later after Dr. Mehta turned the box in the closet off
and on. I thought we had something to keep it running. Also, did we lose anything from that morning?
Can you check?

Carla Nguyen""", ["brightside-ups-server", "brightside-backup-server"], "paraphrase")

E(0, "2026-11-16 13:00", "Dentrix update + Kestrel slow",
"""Hi Sam,

Dentrix says there is another mandatory update before January 15. Can we schedule it on a Saturday like
last time, and test the imaging bridge, fax and Weave afterwards? Also, Kestrel Road has been slow
opening charts again this week, maybe 10 seconds. Could you check that while you're at it?

Carla""", ["brightside-dentrix-update", "brightside-dentrix-slow"])

E(0, "2026-11-17 10:10", "Fwd: Invoice #88213 - payment overdue",
"""Sam, another one of these? It looks more real than last time.

-----Original Message-----
From: Henry Schein Accounts <ar@hs-dentalsupply-invoices.com>
Sent: Tuesday, November 17, 2026 6:44 AM
To: Carla Nguyen <carla@brightsidedental.com>
Subject: Invoice #88213 - payment overdue

Dear customer, our records show invoice #88213 for $3,920.00 is 30 days overdue. To avoid interruption
of your supply orders please pay using the secure link below today.""", ["brightside-phishing-invoice"])

E(0, "2026-11-18 15:20", "new front desk computers",
"""Hi Sam,

We ordered three new front desk PCs for Kestrel Road, arriving next week. Can they be set up so they
configure themselves when someone signs in, the way you did the Elm Street front desk ones in 2024?
They need Dentrix, Weave and the card terminal plugin. I assume the same Intune/Autopilot setup.

Carla""", ["brightside-intune-front-desk-pcs", "brightside-credit-card-terminal"], "cross-client")
# ---------------------------------------------------------------- Harlan & Voss LLP
client("harlan", "Harlan & Voss", "Harlan & Voss LLP", "harlanvoss.law", """
Clio: practice management (matters, time, billing, trust accounting, conflict checks)
NetDocuments: document management; ndOffice is the Word/Outlook add-in
Gusto: payroll and benefits
DocuSign: e-signature for engagement letters and settlement papers
RingCentral: phones; partners forward to cell while in court
the red list: the firm's adverse-party watch list used in conflict checks
the Tuesday numbers: the weekly IOLTA trust three-way reconciliation Owen prepares on Tuesdays
the vault: the NetDocuments cabinet for closed matters
""", [
    ("mharlan@harlanvoss.law", "Margaret Harlan", "Managing partner"),
    ("dvoss@harlanvoss.law", "Derek Voss", "Partner"),
    ("abrandt@harlanvoss.law", "Alicia Brandt", "Office manager and senior paralegal"),
    ("otate@harlanvoss.law", "Owen Tate", "Bookkeeper"),
], phone="Harlan & Voss LLP | 200 Market Street, Suite 410 | (614) 555-0139")

X("harlan-gusto-mfa-lockout", "2025-06-02", "Gusto two-step verification lockout",
  """Sam, Owen cannot get into Gusto. It asks for a code sent to his old phone number, he changed phones
  and carriers last week. Payroll has to be approved by tomorrow at 4 p.m. or it will be late, and
  Margaret is the only other admin and she is in a deposition all day.""",
  """Hi Owen, since no recovery code had been saved for your account, Gusto support had to verify you
  as the account admin. I joined the call with Margaret during her break, she approved the identity
  check, and Gusto reset your two-step verification. You set up an authenticator app instead of text
  messages, and I stored your recovery codes in the firm's password vault. Payroll was approved at
  2:30.""")

X("harlan-gusto-bonus-payroll", "2024-12-09", "Off-cycle bonus payroll in Gusto",
  """Hi Sam, the partners want to pay year-end bonuses on December 20, separate from regular payroll, and
  with the supplemental tax rate. Owen has not done an off-cycle payroll in Gusto before. Can you walk him
  through it or set it up?""",
  """Hi Owen, I set up an off-cycle payroll in Gusto of type 'Bonus' with pay date December 20 and the
  flat 22% federal supplemental withholding. You enter the amounts for each person and approve it by
  December 18 at 4 p.m. for direct deposit on time. Benefit deductions and 401(k) are turned off for this
  run, as the partners wanted. I wrote the steps in the Payroll folder.""")

X("harlan-gusto-new-hire", "2025-09-15", "Adding a new associate in Gusto",
  """Sam, we hired an associate, Priscilla Moreno, starting October 1. She needs to be set up in
  Gusto with benefits, and she is in Kentucky part of the week. Owen wants to make sure the state taxes
  are right from the first payroll.""",
  """Hi Owen, I added Priscilla in Gusto as a salaried employee with Ohio as her primary work location,
  since she works from the Columbus office; occasional Kentucky days do not require Kentucky withholding
  under the reciprocal agreement, but she must file form IT-4NR, which Gusto sent her as a task. She
  gets the benefits enrollment email once she completes onboarding.""")

X("harlan-clio-trust-reconciliation", "2024-03-12", "Weekly trust three-way reconciliation export",
  """Hi Sam, every week I reconcile the IOLTA trust account: bank statement, Clio trust ledger and the
  client ledgers. I export three reports from Clio and fix them up in Excel for an hour. The state bar
  requires it. Is there a faster way?""",
  """Hi Owen, Clio has a built-in three-way reconciliation under Accounts > Trust > Reconcile that uses
  the bank statement balance you enter and compares it with the account and client ledgers. I imported
  the bank feed so transactions match automatically, and created a saved report for any client ledger
  with a negative balance. The PDF it produces is accepted by the bar as the reconciliation record.""")

X("harlan-conflict-watchlist", "2025-01-21", "Importing the adverse-party watch list into Clio",
  """Sam, we keep an adverse-party watch list in an Excel file on Alicia's desktop, parties we have
  sued or who threatened us. Clio's conflict check does not see it, so new matters could slip through.
  Can we get it into Clio?""",
  """Hi Margaret, I imported the 412 names from the watch list as Clio contacts tagged 'Adverse - watch
  list', with the matter and notes in a custom field. Clio's conflict check searches all contacts, so these
  names now appear in results. New names should be added in Clio directly, not in Excel; I removed the
  file from Alicia's desktop and archived it.""")

X("harlan-clio-conflict-search", "2024-05-07", "Conflict search missing name variants",
  """Sam, our conflict check in Clio did not find a company we had represented, because the intake form
  said 'Muller Trucking' and Clio has 'Müller Trucking Co.'. This could have been a real problem. How do we
  search better?""",
  """Hi Alicia, Clio's conflict check matches text literally, including accents and suffixes. I added
  the common variants as alternative names on the contacts with accents or abbreviations, and wrote a
  short search guide: search the shortest distinctive part ('Muller' and 'Müller'), and check both
  company and principal names. The intake form now asks for former and alternative names.""")

X("harlan-netdocs-sync", "2024-07-30", "ndOffice add-in slowing Word saves",
  """Sam, Word takes a long time to save documents to NetDocuments, sometimes a minute, and shows
  'not responding'. It happens to Derek and Alicia most. It is making brief writing miserable.""",
  """Hi Derek, the ndOffice add-in was an old version that synced the whole recent documents list on
  every save, and both of you have thousands of recent documents. I updated ndOffice to the current
  release, cleared the local echo cache and turned off the Word AutoSave to NetDocuments, which was
  conflicting with ndOffice's own saving. Saves now take two or three seconds.""")

X("harlan-netdocs-closed-matters", "2025-04-01", "Moving closed matters to the archive cabinet",
  """Sam, our retention policy says closed files are kept seven years and then destroyed. Closed matters
  are mixed in with active ones in NetDocuments and searches are slow. Can we separate them?""",
  """Hi Margaret, I created a 'Closed Matters' cabinet in NetDocuments with read-only access for staff
  and a retention rule of seven years after close date. When a matter is closed in Clio, Alicia moves the
  workspace with one action. I moved 380 matters closed before 2024. Destruction will require approval
  from you before anything is deleted.""")

X("harlan-docusign-clio", "2024-10-22", "Signed DocuSign engagement letters into Clio",
  """Sam, when clients sign engagement letters in DocuSign, Alicia downloads them and uploads them to
  the matter in Clio by hand. Sometimes it is forgotten. Can signed documents go to the matter
  automatically?""",
  """Hi Alicia, I connected DocuSign to Clio with the Clio integration. When you send from Clio (Documents
  > Send for signature), the completed document and certificate are saved to the matter automatically. For
  envelopes sent from DocuSign directly, add the matter number in the envelope's custom field and a rule
  files it in Clio.""")

X("harlan-docusign-sender-domain", "2026-02-17", "DocuSign e-mails landing in clients' spam",
  """Sam, several clients did not see our DocuSign envelopes, they were in spam. One settlement was
  delayed a week. The emails show as sent from Alicia at our domain.""",
  """Hi Alicia, DocuSign sent as our domain without being authorised in our email records, so receiving
  servers marked them suspicious. I verified harlanvoss.law in DocuSign, added DocuSign to our SPF record
  and set up DKIM signing for DocuSign. Test messages to Gmail and Outlook now land in the inbox.""")

X("harlan-ringcentral-call-recording", "2025-03-04", "RingCentral automatic call recording",
  """Sam, we just found out all calls are being recorded by RingCentral. Margaret is worried about client
  privilege and consent laws. Who turned this on, and can we turn it off?""",
  """Hi Margaret, automatic call recording was turned on for the main line when RingCentral changed the
  plan in February. I turned it off for all extensions, deleted the existing recordings after you
  approved, and restricted the setting to the admin account only.""")

X("harlan-ringcentral-forwarding", "2025-10-28", "Forwarding calls to cell while in court",
  """Sam, when I am in court my office line goes to voicemail and clients complain they cannot reach
  me. Can it ring my cell at certain times? I do not want my cell number shown to clients.""",
  """Hi Derek, I set a RingCentral answering rule 'In court': your office line rings your cell through the
  RingCentral app, showing the firm's number to the client. You turn the rule on and off in the app. If you
  do not pick up, calls go to Alicia before voicemail.""")

X("harlan-email-wire-fraud", "2024-08-20", "Fake change of wiring instructions on a settlement",
  """Sam, we got an email from opposing counsel's paralegal with new wiring instructions for a settlement
  payment. Owen got suspicious because the bank is in another state. What should we do?""",
  """Hi Owen, the message came from a look-alike domain (one letter different). I blocked the domain and
  warned opposing counsel, whose mailbox was probably compromised. Rule: wiring instructions are confirmed
  by a phone call to a known number, never by email. I added a banner to external messages mentioning
  wire or bank details.""")

X("harlan-m365-litigation-hold", "2025-05-13", "Litigation hold on a departing employee's mailbox",
  """Sam, a paralegal is leaving and one of her matters is in litigation with a preservation letter. We
  must keep her email. How do we do that when she leaves?""",
  """Hi Margaret, I placed her mailbox and OneDrive on litigation hold before disabling the account, and
  converted the mailbox to an inactive mailbox, so nothing is deleted even after the license is removed.
  The hold stays until you tell me the matter is closed.""")

X("harlan-scanner-ocr", "2024-02-06", "Scanner OCR to NetDocuments",
  """Sam, scanned documents are saved as images and we cannot search them in NetDocuments. Can the
  scanner make searchable PDFs?""",
  """Hi Alicia, I turned on OCR in the scanner's scan-to-folder profile, which creates searchable PDFs,
  and set NetDocuments to run OCR on older image PDFs. Scans now appear in the NetDocuments inbox
  workspace and can be searched after a few minutes.""")

X("harlan-laptop-encryption-court", "2025-11-11", "Laptop set up for a two-week trial",
  """Sam, I have a two-week trial in another county with unreliable internet. I need documents on my
  laptop securely. How?""",
  """Hi Derek, I marked the trial workspace for offline use in ndOffice, so documents are stored
  encrypted on the laptop, confirmed BitLocker is on, and added a hotspot. Sync back happens when you are
  online again.""")

X("harlan-clio-billing-ledes", "2025-07-22", "LEDES invoices rejected by insurer",
  """Sam, our insurance defense client's billing portal rejects our invoices from Clio with 'invalid
  LEDES file'. We need to bill this month.""",
  """Hi Owen, the portal requires LEDES 1998B with UTBMS task codes on every entry, and some entries had no
  task code. I made task codes mandatory for that client's matters in Clio and fixed the 37 entries. The
  new export passed the portal's check.""")

X("harlan-clio-time-entries-mobile", "2026-03-31", "Time entries from the Clio phone app not syncing",
  """Sam, time I recorded in the Clio app on my phone last week is missing in Clio on the computer.""",
  """Hi Derek, the app was signed into an old session and stored entries offline. I signed you out and in
  again after exporting them, and the 14 entries synced. Update the app to the latest version.""")

X("harlan-wifi-conference-room", "2026-05-05", "Conference room display for client meetings",
  """Sam, clients want to show documents on the conference room screen from their laptops.""",
  """Hi Alicia, I installed a wireless presentation device on the guest network, so clients can share
  their screen without joining our office network.""")

X("harlan-backup-m365", "2024-11-19", "Microsoft 365 mailbox backup",
  """Sam, does Microsoft back up our email? Our malpractice insurer asked.""",
  """Hi Margaret, Microsoft keeps deleted items for a limited time but does not provide a backup. I set up
  a third-party backup of all mailboxes, OneDrive and SharePoint with one-year retention.""")

X("harlan-bar-cyber-insurance", "2026-01-06", "Cyber insurance renewal questionnaire",
  """Sam, our cyber insurance renewal questionnaire has questions on MFA, backups, endpoint protection and
  training. Can you fill in the technical part?""",
  """Hi Margaret, done: MFA on all accounts including remote access, daily backups with offline copy,
  Defender on all devices, annual phishing training. Two answers need your confirmation, marked in
  yellow.""")

X("harlan-offboarding-paralegal", "2026-06-23", "Offboarding a paralegal",
  """Sam, our paralegal Jenna leaves Friday. Please remove access.""",
  """Hi Alicia, I disabled her Microsoft account, Clio and NetDocuments users, RingCentral extension and
  DocuSign seat, and forwarded her email to you.""")

X("harlan-client-portal", "2026-08-11", "Sharing documents with clients through Clio",
  """Sam, we email large documents to clients and it is not secure. Is there a portal?""",
  """Hi Margaret, Clio for Clients is included in our plan. I enabled it; share documents from the matter
  and the client gets a secure link and can upload documents.""")

X("harlan-email-encryption", "2025-02-18", "Sending encrypted e-mail to clients",
  """Sam, a client asked that we encrypt emails with her medical records. How?""",
  """Hi Alicia, type [secure] in the subject and Microsoft 365 encrypts the message; the client opens it
  through a link. I also set a rule to encrypt messages with Social Security numbers.""")

X("harlan-website-ssl", "2026-09-15", "Website certificate warning",
  """Sam, our website shows 'not secure' in Chrome. Clients noticed.""",
  """Hi Alicia, the web host's automatic certificate renewal failed after the DNS change. I renewed the
  certificate and fixed the DNS record.""")

X("harlan-mfa-rollout", "2024-04-16", "MFA for all staff accounts",
  """Sam, the bar association recommends MFA. Can we turn it on for everyone?""",
  """Hi Margaret, I enabled Microsoft Authenticator for all staff, with a two-week registration period,
  and MFA for Clio and NetDocuments through Microsoft sign-in.""")

# ---- new e-mails, Harlan & Voss
E(3, "2026-11-02 14:05", "Gusto locked me out again",
"""Sam,

Gusto is asking for a verification code that goes to my old number. I moved to a new phone plan
this weekend and forgot to move the authenticator app before wiping the old phone. Regular payroll needs
my approval by Wednesday 4 p.m. Can you get the recovery codes from the vault, or do we have to go
through Gusto support again with Margaret?

Owen""", ["harlan-gusto-mfa-lockout"], "cross-client")

E(2, "2026-11-03 11:40", "red list not coming up",
"""Sam,

I ran conflicts for a new matter this morning and one of the parties I know is on the red list
(Castellano Holdings) didn't come up. Derek remembered them from the 2023 lawsuit. Did the list stop
being searched? Or was it added in the old spreadsheet after you moved it? This makes me nervous about
the last few intakes.

Alicia Brandt""", ["harlan-conflict-watchlist", "harlan-clio-conflict-search"], "nickname")

E(3, "2026-11-04 16:20", "Tuesday numbers don't tie",
"""Hi Sam,

My Tuesday numbers don't tie out this week. The bank balance is $1,240 higher than the Clio trust
ledger and I can't find it. The bank feed seems to have stopped importing on the 28th. Could you check
the feed and the report before Friday? The bar auditor is coming in December.

Owen Tate""", ["harlan-clio-trust-reconciliation"], "nickname")

E(1, "2026-11-05 10:15", "Word hangs every time I save",
"""Sam, every time I save the summary judgment brief, Word freezes and says not responding for most of
a minute, then comes back. It happens several times an hour and I lost a paragraph yesterday when I
closed it too early. It didn't do this a month ago. I'm filing Monday.

DV""", ["harlan-netdocs-sync"], "symptom", sig=True)

E(2, "2026-11-06 13:30", "signed engagement letters not in Clio",
"""Hi Sam,

Signed engagement letters from DocuSign aren't landing in the Clio matter anymore. I sent three this
week from Clio with Send for signature, all were completed by the clients, but nothing is in the matter
documents. It used to save automatically with the certificate. Can you check the integration?

Alicia""", ["harlan-docusign-clio"])

E(2, "2026-11-09 09:00", "clients aren't seeing our signing requests",
"""Sam,

Two new clients said they never got the envelope for their fee agreement, and one found it in her
junk folder days later. Derek had the same with opposing counsel on a settlement. We recently moved the
website and email records to a new host, if that matters. Could you look?

Alicia""", ["harlan-docusign-sender-domain", "harlan-website-ssl"], "paraphrase")

E(3, "2026-11-10 15:45", "LEDES rejected again",
"""Sam,

The Midland Casualty portal rejected our October invoices, "invalid LEDES file" again. Maybe because the
new associate's time entries don't have task codes, I'm not sure the setting applies to new matters. I
need the invoices accepted this week or payment slips a month.

Owen""", ["harlan-clio-billing-ledes"])

E(1, "2026-11-11 07:30", "cell forwarding while I'm in trial",
"""Sam,

Starting Monday I'm in a two-week trial in Franklin County. Calls to my office line should go to my cell
through the RingCentral app without showing my number, like the "In court" rule, but last week I
turned it on and clients still got voicemail. Could you check it and remind me how to switch it?
Also, is the offline document setup from last year's trial still on my laptop?

Derek Voss""", ["harlan-ringcentral-forwarding", "harlan-laptop-encryption-court"], "cross-client")

E(3, "2026-11-12 12:10", "Fwd: Revised payment instructions - Delgado settlement",
"""Sam, see below. The numbers are different from the ones in the settlement agreement. I haven't
sent anything. Is this legitimate?

---------- Forwarded message ---------
From: Karen Li <kli@brennan-mathis-law.com>
Date: Thu, Nov 12, 2026 at 9:52 AM
Subject: Revised payment instructions - Delgado settlement

Owen, please note our firm's trust account has changed due to an audit. Kindly direct the settlement
funds to the account below instead of the one previously provided. Please confirm once sent.""",
  ["harlan-email-wire-fraud"], "paraphrase")

E(0, "2026-11-13 17:00", "Associate leaving, preservation",
"""Sam,

Priscilla Moreno is leaving us at the end of the month. One of her matters (Ferris v. Antrim) is under a
preservation letter, so her mailbox and files have to be kept, like with the paralegal last year. Please
put the hold on before you turn off her access, and then do the usual offboarding.

Margaret Harlan""", ["harlan-m365-litigation-hold", "harlan-offboarding-paralegal"])

E(0, "2026-11-16 09:35", "cyber insurance renewal",
"""Sam,

The cyber insurance renewal questionnaire arrived. It's mostly the same as last year, MFA, backups,
endpoint protection, training, plus new questions about whether MFA covers the payroll and e-signature
systems. Could you fill in the technical part again and tell me where we fall short?

Margaret""", ["harlan-bar-cyber-insurance", "harlan-mfa-rollout"])

E(1, "2026-11-17 18:20", "my hours from last week",
"""Sam,

Owen says my hours from the Toledo trip aren't on the prebills. I know I recorded them, about 15
entries, sitting in the hotel on my phone. They're still on the phone but not in the system when Owen
looks. I don't want to re-enter them from memory. Can you get them over?

Derek""", ["harlan-clio-time-entries-mobile"], "symptom")

E(3, "2026-11-18 10:50", "Year-end bonuses 12/18",
"""Hi Sam,

The partners approved year-end bonuses again, to be paid December 18 separately from regular payroll.
Can you check that the off-cycle bonus setup in Gusto is the same as last year (supplemental rate, no
401k deduction) and tell me the deadline to approve it? I have the steps you wrote but Gusto changed the
screens.

Owen""", ["harlan-gusto-bonus-payroll"])
# ---------------------------------------------------------------- Pine Valley USD
client("pvusd", "Pine Valley Unified School District", "Pine Valley Unified School District, Technology Services",
       "pinevalleyusd.org", """
PowerSchool: the student information system (enrollment, grades, attendance, health records)
Clever: rostering service that feeds students and classes from PowerSchool to learning apps
the sync: the nightly Clever roster sync from PowerSchool
Intune: device management for staff Windows laptops (teachers and office)
Google Admin: management of student Chromebooks and Google Workspace accounts
GoGuardian: web filter on student Chromebooks
the cart: the loaner Chromebook cart in each school library
SchoolLink: the state immunization registry's portal for school-entry compliance files
MOVEit: the state's SFTP server where the district uploads enrollment rosters
Raptor: visitor management kiosks at school front offices
""", [
    ("fdolan@pinevalleyusd.org", "Frank Dolan", "Director of Technology"),
    ("lramos@pinevalleyusd.org", "Leticia Ramos", "Systems administrator"),
    ("achen@pinevalleyusd.org", "Amy Chen", "Student information systems coordinator"),
    ("mwebb@pinevalleyusd.org", "Marcus Webb", "Help desk lead"),
], phone="Pine Valley USD Technology Services | (559) 555-0170 ext. 4410")

X("pvusd-intune-teacher-laptops-timeout", "2025-02-10", "Teacher laptops locking during lessons (Intune screen lock)",
  """Hi Sam, teachers at three schools are complaining that their laptops lock while they are projecting
  a lesson, in front of the class, and they have to type their password with everyone watching. It
  started after the new Intune security baseline went out. Principals are asking for a fix this week.""",
  """Hi Leticia, the security baseline set the machine inactivity limit to 5 minutes, and presenting a
  slide or video without touching the keyboard counts as inactive. I created a separate Intune
  configuration for the Teachers device group with a 20 minute inactivity limit, kept 5 minutes for
  office staff who handle student records, and enabled Windows Hello face sign-in on the laptops that
  support it. The policy applies at the next check-in; a restart forces it.""")

X("pvusd-intune-autopilot-reset", "2025-07-22", "Summer Autopilot reset of teacher laptops",
  """Hi Sam, over the summer we want to reset all 420 teacher laptops so they start the year clean. Last
  year Marcus re-imaged them by hand with USB sticks and it took three weeks. Is there a better way with
  Intune?""",
  """Hi Leticia, yes: Autopilot Reset from Intune. It wipes user data and apps but keeps the device
  enrolled, and on next sign-in the laptop reinstalls the standard apps. I ran it on a test group of 10,
  then in batches of 50 per night. Teachers were told to move files to OneDrive before June 13. All 420
  were done by July 18, except six that were offline and are listed for Marcus.""")

X("pvusd-intune-printer-deployment", "2024-09-03", "Deploying classroom printers with Intune",
  """Sam, every new teacher calls the help desk to add the printer in their workroom, and Marcus installs
  drivers by hand. With 14 schools it is a lot of tickets in September. Could the printers just appear?""",
  """Hi Marcus, I moved the workroom printers to Universal Print and created an Intune printer policy per
  school, assigned by the school's device group. Teachers now see the workroom printer automatically
  after sign-in, with the right driver. I added the remaining 12 printers that did not support Universal
  Print through a connector on the school's server.""")

X("pvusd-clever-sync-failure", "2024-08-26", "Clever roster sync from PowerSchool failing",
  """Hi Sam, teachers say their class lists in the learning apps are empty for new students. Clever's
  dashboard says the last successful sync from PowerSchool was four days ago. School started today and we
  have 600 new students.""",
  """Hi Amy, the PowerSchool plugin that sends data to Clever had its SFTP credentials reset during the
  PowerSchool summer upgrade, so the nightly export failed. I re-entered the Clever SFTP credentials in the
  plugin, ran a manual sync and Clever picked up the 600 new students and 180 new sections within an hour.
  I added an alert email to you and me when Clever reports a sync older than 24 hours.""")

X("pvusd-clever-duplicate-students", "2025-09-08", "Duplicate students in Clever after school transfers",
  """Sam, some students appear twice in the reading and math apps, once at their old school and once at
  the new one, after transferring in the district. Their progress is split between two accounts.
  Teachers are confused.""",
  """Hi Amy, when a student transfers, PowerSchool creates a new enrollment and the old school's record
  stays active until the exit date is entered; Clever then sees two active records. I changed the Clever
  mapping to use the district-wide student number instead of the school-level ID, so it is one account,
  and merged 143 duplicates. Front offices need to enter exit dates the same day.""")

X("pvusd-powerschool-gradebook-slow", "2024-12-16", "PowerSchool gradebook slow at semester end",
  """Sam, at the end of the semester teachers say the gradebook takes a minute to save grades, and
  some get errors. The grade deadline is Friday. Is the server overloaded?""",
  """Hi Amy, the PowerSchool server had a nightly report job scheduled every hour by mistake, running
  during the day. I moved it to 2 a.m., added memory to the application server and restarted the
  services after school. Saving grades now takes a few seconds.""")

X("pvusd-powerschool-parent-portal", "2025-08-18", "Parent portal account letters",
  """Sam, we need to send access codes to parents of new students for the PowerSchool parent portal.
  Last year the letters had the wrong codes for siblings.""",
  """Hi Amy, the letter template used the student's first code only. I changed it to one letter per
  student with its own access ID and password, sorted by school and homeroom, and generated the letters
  for 1,900 new students.""")

X("pvusd-schoollink-compliance-import", "2025-10-14", "Importing SchoolLink immunization compliance into PowerSchool",
  """Hi Sam, school nurses download the immunization compliance file from the state's SchoolLink portal
  and type the statuses into PowerSchool health by hand. It takes days every fall and the state deadline
  is December 1. Could the file be imported?""",
  """Hi Amy, yes. The SchoolLink export has the state student ID, which PowerSchool already stores. I
  wrote an import template that maps the compliance status and missing vaccines to the PowerSchool health
  screen fields, and a short guide for nurses: download the file per school, drop it in the import
  folder, and the import runs at night. 11 students without a state ID are listed for manual entry.""")

X("pvusd-moveit-roster-upload", "2024-10-29", "Automating the enrollment roster upload to the state MOVEit",
  """Sam, every month Amy uploads the enrollment roster to the state's MOVEit server by hand using a
  web page. She was out sick in September and it was late. Can it be automated?""",
  """Hi Frank, I set up a scheduled task on the PowerSchool reporting server that exports the enrollment
  roster on the 1st of each month, and uploads it to the state MOVEit with WinSCP using an SSH key
  registered to our account, so no password expires. Amy gets an email with the result. The first
  automatic upload ran November 1.""")

X("pvusd-chromebook-loaner-cart", "2024-03-04", "Tracking loaner Chromebook check-outs in libraries",
  """Sam, each library has loaner Chromebooks for students who forgot theirs. We lose several a month
  because checkouts are written on paper. Can we track them better?""",
  """Hi Marcus, I set up the loaner Chromebooks in Google Admin in a 'Loaner' organizational unit and
  created a simple check-out form: the librarian scans the asset tag and student ID, and a sheet keeps the
  status. Devices not returned by the end of the day are reported to the school office, and Google Admin
  shows the last user.""")

X("pvusd-chromebook-wifi-testing", "2025-04-07", "Chromebooks dropping Wi-Fi during state testing",
  """Sam, during state testing, Chromebooks at the middle school lose Wi-Fi for a few seconds and the
  testing app kicks the student out. We had to restart 30 tests today.""",
  """Hi Leticia, the access points were doing band steering and roaming between access points in the
  gym. I turned off band steering for the student network during testing and set a minimum signal level
  so Chromebooks stay on the nearest access point. No drops in the afternoon session.""")

X("pvusd-chromebook-enrollment", "2024-07-15", "Enrolling new Chromebooks",
  """Sam, 1,200 new Chromebooks arrived. Last year some were never enrolled and students used them
  unmanaged.""",
  """Hi Marcus, I turned on forced re-enrollment in Google Admin and used zero-touch enrollment through the
  vendor, so the Chromebooks enroll on first boot in the right school's organizational unit.""")

X("pvusd-goguardian-blocking", "2025-01-27", "GoGuardian blocking a curriculum site",
  """Sam, GoGuardian blocks the science curriculum's video site for students. Teachers need it today.""",
  """Hi Marcus, the site hosts videos on a YouTube domain that GoGuardian blocks for students. I added the
  curriculum domain and its video domain to the allow list for all grades.""")

X("pvusd-google-storage-limits", "2025-03-17", "Google Workspace pooled storage limits",
  """Sam, Google warns that we are close to our pooled storage limit. What takes the space?""",
  """Hi Frank, 40% is in accounts of students who graduated years ago. I set storage limits per
  organizational unit and scheduled deletion of graduated accounts after a one-year notice.""")

X("pvusd-raptor-visitor", "2025-11-18", "Raptor kiosk badges not printing",
  """Sam, the Raptor visitor kiosks at two elementary schools scan IDs but do not print badges.""",
  """Hi Marcus, the Windows update changed the default printer on the kiosk PCs. I set the badge printer
  as default and disabled printer management by Windows.""")

X("pvusd-phishing-student-accounts", "2025-05-05", "Compromised student accounts sending phishing",
  """Sam, several student accounts are sending emails with a fake Google login link to teachers.""",
  """Hi Leticia, 12 student accounts were compromised through the same fake page. I reset their
  passwords, blocked the domain and restricted student email to the district domain only.""")

X("pvusd-e-rate-firewall", "2024-01-23", "E-rate application for firewall replacement",
  """Sam, we need to replace the district firewall. Can E-rate pay for it?""",
  """Hi Frank, firewalls are eligible under Category 2. I wrote the Form 470 description and the bid
  evaluation matrix; the window closes in March.""")

X("pvusd-classroom-projectors", "2026-01-12", "Casting to classroom displays",
  """Sam, teachers want to cast their laptop to the new classroom displays without a cable.""",
  """Hi Leticia, the displays support Miracast; I enabled it on the teacher laptops through Intune and
  limited casting to the display in the same room.""")

X("pvusd-staff-mfa", "2024-05-13", "MFA for staff accounts",
  """Sam, our insurance requires MFA for all staff, but substitutes don't have district phones.""",
  """Hi Frank, I enabled MFA for all staff with Microsoft Authenticator; staff without smartphones get a
  hardware token. Substitutes are handled with a separate policy.""")

X("pvusd-substitute-accounts", "2026-02-09", "Temporary substitute teacher accounts",
  """Sam, substitutes share one login and it is not safe.""",
  """Hi Marcus, I created individual substitute accounts from the substitute list, valid for the school
  year, with a temporary access pass for MFA at the front office.""")

X("pvusd-data-privacy-agreements", "2026-03-23", "Student data privacy agreements for apps",
  """Sam, teachers keep signing up for free apps with student data.""",
  """Hi Frank, I made a list of approved apps with signed data privacy agreements and set Clever and
  Google to only allow those apps.""")

X("pvusd-summer-graduation-accounts", "2026-06-08", "Deprovisioning graduating seniors",
  """Sam, what happens to seniors' accounts after graduation?""",
  """Hi Amy, seniors get a notice to use Google Takeout; accounts move to a graduated organizational unit
  on July 1 and are deleted the next year.""")

X("pvusd-phone-911-location", "2026-04-13", "Dispatchable location for 911 calls",
  """Sam, the phones must send the room location for 911 calls under the new rules.""",
  """Hi Frank, I configured emergency locations per building and floor in the phone system, and set 911
  calls to notify the school office.""")

X("pvusd-network-switch-outage", "2026-08-24", "Switch failure at the middle school",
  """Sam, the network at the middle school went down on the first day.""",
  """Hi Leticia, the core switch power supply failed. I replaced it with a spare and ordered a redundant
  power supply.""")

X("pvusd-ransomware-backup", "2026-09-28", "Offline backups for PowerSchool",
  """Sam, after the ransomware attack at the neighboring district, are our backups safe?""",
  """Hi Frank, the PowerSchool database backups now also go to immutable cloud storage kept for 30 days,
  which cannot be deleted even by an admin account.""")

X("pvusd-teacher-laptop-bitlocker", "2025-12-01", "BitLocker recovery screens on teacher laptops",
  """Sam, teachers' laptops ask for a BitLocker recovery key after the firmware update.""",
  """Hi Marcus, the Dell firmware update triggered BitLocker recovery. The keys are in Intune; I gave the
  help desk read access to recovery keys and suspended BitLocker for the next update.""")

# ---- new e-mails, PVUSD
E(1, "2026-11-02 08:05", "teacher laptops locking again",
"""Sam,

We're getting tickets again from teachers whose laptops lock in the middle of a lesson and make them
sign in again with the class watching. I think the new Intune security baseline version we approved
last week may have overwritten the inactivity limit you set for the Teachers group. Could you check the
policy conflict and restore the 20 minutes?

Leticia""", ["pvusd-intune-teacher-laptops-timeout"], "cross-client")

E(2, "2026-11-03 07:45", "the sync",
"""Hi Sam,

I don't think the sync ran over the weekend. Teachers at Oak Grove say the 40 students who came over
from the closed charter school aren't in their classes in the reading app, and one teacher sees two of
them twice. Clever's dashboard shows a warning I don't understand. Can you take a look this morning?

Amy Chen""", ["pvusd-clever-sync-failure", "pvusd-clever-duplicate-students"], "nickname")

E(3, "2026-11-04 15:30", "the cart at Lincoln",
"""Sam,

The librarian at Lincoln says the cart is six devices short and nobody signed for them. She's been
using the scan form but the sheet stopped updating sometime in October, so she doesn't know who had
them. Can you check the form and see in Google Admin who last used them?

Marcus Webb""", ["pvusd-chromebook-loaner-cart"], "nickname")

E(2, "2026-11-05 10:20", "SchoolLink file into PowerSchool",
"""Hi Sam,

The nurses downloaded this year's immunization compliance files from SchoolLink, but the import into
PowerSchool health only loaded about half. The state added the meningococcal requirement for 7th grade,
and I think the file has new columns. The December 1 deadline is close. Can you adjust the import?

Amy""", ["pvusd-schoollink-compliance-import"], "cross-client")

E(0, "2026-11-06 09:10", "roster upload to the state failed",
"""Sam,

The November enrollment roster upload to the state's MOVEit failed on the 1st. The email says
authentication failed. Someone at the state registry office told Amy that district MOVEit passwords
expired, but I thought our upload used a key, not a password. Can you check our scheduled upload and
re-send? The state wants it by Friday.

Frank Dolan""", ["pvusd-moveit-roster-upload"], "cross-client")

E(1, "2026-11-09 13:55", "kids getting kicked out of tests in room 12",
"""Sam, during the interim benchmark test this morning at the middle school, students in rooms 12 and
14 kept losing the connection for a few seconds and the test app threw them out to the login page.
About 25 kids had to restart. Rooms near the library were fine. We have another session Thursday.

Leticia Ramos""", ["pvusd-chromebook-wifi-testing"], "symptom", sig=True)

E(3, "2026-11-10 11:25", "GoGuardian blocking history site",
"""Hi Sam,

GoGuardian is blocking the new history curriculum site for 8th graders; the videos show a block page.
Teachers at both middle schools need it for a unit starting tomorrow. Same issue as the science site
last year I think, videos hosted on another domain. Can you add it to the allow list?

Marcus""", ["pvusd-goguardian-blocking"])

E(3, "2026-11-11 08:40", "Raptor badges",
"""Sam,

The Raptor kiosk at Valley Elementary scans the visitor's license fine but no badge comes out. The front
office is handwriting stickers. Windows updates ran on Tuesday. Is it the default printer thing again?
Hillside says theirs works.

Marcus Webb
Help desk""", ["pvusd-raptor-visitor"])

E(2, "2026-11-12 14:10", "kids split into two in the math program",
"""Hi Sam,

Several kids who moved from Hillside to Valley Elementary in October now have two accounts in the math
program. Their old progress is on one and the new teacher sees the other one, which starts from zero.
Parents are asking why their child's levels reset. The front offices say they did the transfers the
normal way. What happened?

Amy""", ["pvusd-clever-duplicate-students"], "paraphrase")

E(3, "2026-11-13 07:50", "recovery key on teacher laptops",
"""Sam,

Five teachers at Oak Grove came in to a BitLocker recovery key screen this morning. The help desk can see
the keys in Intune like you set up last year, but two of the laptops show a key ID that isn't in Intune.
Can you help? They're teaching without laptops right now.

Marcus""", ["pvusd-teacher-laptop-bitlocker"], "cross-client")

E(3, "2026-11-16 10:00", "substitutes + MFA",
"""Hi Sam,

Our new batch of 35 substitutes starts after Thanksgiving. Can you create their individual accounts like
last year and make sure the front offices can issue the temporary access passes for MFA? A couple of
principals also asked whether subs without a smartphone can get the hardware tokens like staff.

Marcus""", ["pvusd-substitute-accounts", "pvusd-staff-mfa"])

E(1, "2026-11-17 12:45", "strange emails from 7th graders",
"""Sam,

Teachers at the middle school are getting emails from students' school addresses with a "view the shared
assignment" link that goes to a page asking for their password. The kids say they didn't send anything.
At least two teachers clicked. I reset the two teachers. What else should we do?

Leticia""", ["pvusd-phishing-student-accounts"], "paraphrase")

E(2, "2026-11-18 16:30", "gradebook slow again",
"""Hi Sam,

Semester grades are due December 18 and teachers already say the PowerSchool gradebook takes forever to
save grades in the afternoons. Could the report job be running during the day again, like two years ago?
I'd like it fixed before the rush.

Amy Chen
Student Information Systems""", ["pvusd-powerschool-gradebook-slow"])
# ---------------------------------------------------------------- additional detail for shorter exchanges
EXT = {
 "sunrise-bitlocker-recovery": ("Please call me as soon as you see this, my cell is on.", ""),
 "sunrise-axxess-oasis-export": ("She already tried resubmitting two of them and got the same error back.", ""),
 "sunrise-m365-mfa-reset": ("She is supposed to be at her first visit at 10.", ""),
 "sunrise-printer-riverside": ("Nobody changed anything on the copier that I know of. Can you fix it remotely?", ""),
 "sunrise-backup-nas": ("It is the grey box with the blue light on the shelf next to the router. Nobody has touched it.", ""),
 "sunrise-phishing-payroll": ("Keisha says she never sent it.", ""),
 "sunrise-adp-sso": ("It would save him about two hours a week and the nurses would have one password less to remember.", ""),
 "sunrise-downtime-procedures": ("The survey team comes back in six weeks and wants to see them at both offices.", ""),
 "sunrise-new-hire-onboarding": ("Last time a nurse started without a Sandata account and could not clock in for three days.", ""),
 "sunrise-offboarding-aide": ("She had access to Axxess and Sandata and is on the on-call list this weekend. I am worried about patient information on the tablet.", ""),
 "sunrise-wifi-riverside": ("It started maybe two weeks ago, around the time the internet company came by for the modem.", ""),
 "sunrise-hipaa-risk-assessment": ("The surveyors will ask for the report and for proof that we fixed last year's findings.", ""),
 "sunrise-email-encryption": ("She said their security team now blocks unencrypted messages that contain patient names and Medicare numbers, and we send her discharge paperwork every week.", ""),
 "sunrise-evv-caregiver-app-login": ("Resetting it in the agency portal does not help, the app still says the same thing.", ""),
 "sunrise-axxess-eligibility": ("It gets to about 150 patients and then shows an error page. We tried three times yesterday and twice this morning.", ""),
 "sunrise-laptop-replacement": ("The meeting is on the 20th. Please include anything else we should plan for next year.", ""),
 "registry-rhapsody-cert-expiry": ("The help desk already has twelve tickets from clinics and two pharmacy chains saying their submissions bounce. Can you check the listener?", ""),
 "registry-dedup-job-failure": ("The job has run fine for two years, so I am surprised.", ""),
 "registry-moveit-pharmacy-upload": ("That is about 6,000 doses a night missing. Can you check the account on our side?", ""),
 "registry-moveit-password-expiry": ("The deadline for the rosters is October 15.", ""),
 "registry-schoollink-export-timeout": ("The districts are calling us every day.", ""),
 "registry-schoollink-new-requirement": ("Districts need it before summer.", ""),
 "registry-qbp-query-response": ("They end up creating a new patient.", ""),
 "registry-acks-missing": ("Some children now show the same dose twice because of it.", ""),
 "registry-new-clinic-onboarding": ("They want to go live in June.", ""),
 "registry-test-environment-refresh": ("Two vendors complained in onboarding calls this month that nothing they search for is found.", ""),
 "registry-vfc-lot-inventory": ("The VFC program staff have to adjust the counts by hand every month.", ""),
 "registry-historical-doses": ("It happens mostly with new patients transferring from other states, where the clinic types in the old shots.", ""),
 "registry-annual-report-data": ("The report is due in February.", ""),
 "registry-duplicate-vaccinations": ("It is mostly from Lakeview Family Medicine and Riverbend, and it started this year. Parents are confused when they see the records.", ""),
 "registry-public-portal-lookup": ("The help desk got forty calls before noon and the school deadline is next week, so parents need their records.", ""),
 "registry-user-access-review": ("The auditors want proof of the review by the end of the month.", ""),
 "registry-hl7-field-length": ("Can you check what the limit is and raise it?", ""),
 "registry-address-standardization": ("The post office returns them to us and the recall team spends time looking up new addresses. Many of the addresses look fine but have small errors or old street names.", ""),
 "registry-firewall-vpn": ("Mercy is our biggest submitter, they send about 3,000 messages a day.", ""),
 "registry-data-exchange-agreement": ("They want it by the end of the month to sign in August.", ""),
 "registry-covid-ingest-volume": ("Some clinics call because their doses don't show when they query the same day, and the pharmacies are asking about it too.", ""),
 "registry-deceased-records": ("Families have complained about receiving reminders for a child who died. The file has name, birth date, death date and county.", ""),
 "willow-srfax-outage": ("I need to answer the hospital today.", ""),
 "willow-srfax-email-to-fax": ("Is my account blocked?", ""),
 "willow-srfax-coversheet": ("The attorney sent the wording she wants.", ""),
 "willow-simplepractice-telehealth-audio": ("I had to call the clients by phone and do the sessions that way. I have a full afternoon of video sessions.", ""),
 "willow-simplepractice-reminders": ("It costs us money every time, and some clients are upset because we charge a late cancellation fee.", ""),
 "willow-claims-batch": ("Hannah thinks it is the new clinicians. We need the claims paid before the end of the month.", ""),
 "willow-era-posting": ("It takes me about four hours a week. The insurers are Moda and Regence.", ""),
 "willow-roi-requests": ("", ""),
 "willow-gusto-contractor": ("They start on March 1 and want to be paid twice a month.", ""),
 "willow-gusto-login-mfa": ("Renée is the other admin but she is at a training all week and cannot help.", ""),
 "willow-gusto-state-tax": ("Do we need to register with Washington, and what does she need to do? She moves on August 1 and will keep the same schedule and clients.", ""),
 "willow-wifi-guest": ("The same network has the printers and our computers. Can we give clients their own Wi-Fi without access to our network?", "Clients only get internet."),
 "willow-laptop-encryption": ("Two of them use family computers. What rules do we need, and is there anything you can set up to make it safer for them and for the practice?", ""),
 "willow-m365-shared-calendar": ("Right now there is a paper sheet on the kitchen door and people forget to write their sessions on it.", ""),
 "willow-email-phishing-client": ("I clicked the link but did not type anything. It asked for my Microsoft password. Should I change it?", ""),
 "willow-website-contact-form": ("What should we use instead?", ""),
 "willow-baa-vendors": ("The reviewer wants a list of vendors that handle client information and a copy of each signed agreement.", ""),
 "willow-new-therapist-onboarding": ("He will see clients in person on Tuesdays and Thursdays and by telehealth the other days. He is a licensed psychologist and will be a W-2 employee. Please set up what you can before he starts.", ""),
 "willow-voicemail-transcription": ("Some of them mention medications and diagnoses, and the emails go to a shared mailbox that several people read.", "I removed the existing transcripts from the mailbox."),
 "willow-printer-scan": ("We scan intake paperwork and records requests with it all day. Restarting did not help.", "Please tell me if it happens again."),
 "willow-supervision-notes-access": ("Her university requires me to co-sign each note within a week.", "I checked one of her notes with you."),
 "willow-backup-onedrive": ("It had all our intake templates. She thinks it was deleted in February.", "Nothing is missing."),
 "willow-windows11-upgrade": ("Do they need to be replaced?", "Files and settings were kept."),
 "willow-superbill-template": ("Insurance companies reject the reimbursement requests because of it.", "I regenerated the last three months of superbills for the clients who asked and sent them through the portal."),
 "willow-group-telehealth": ("The group starts in September and meets weekly.", "The change is effective immediately and the group session type is set up."),
 "willow-domain-renewal": ("It asks us to pay $380 to renew and says our email will stop working.", "Throw the letter away; if you get a call from them, do not give them any information."),
 "brightside-srfax-attachment-size": ("", ""),
 "brightside-dentrix-slow": ("Can you look at it?", ""),
 "brightside-dentrix-update": ("Please tell us what the team needs to do.", ""),
 "brightside-eligibility-batch": ("We have 64 patients tomorrow.", ""),
 "brightside-weave-texts": ("The schedule shows a lot of unconfirmed patients.", ""),
 "brightside-weave-phones-down": ("We lost a morning of calls.", ""),
 "brightside-intune-front-desk-pcs": ("They need Dentrix and Weave.", ""),
 "brightside-intune-usb-block": ("Patients like seeing the photos.", ""),
 "brightside-backup-server": ("They want an answer on the renewal form by the end of the month.", ""),
 "brightside-ransomware-tabletop": ("Our malpractice carrier also asked about it. We can do it after hours on a Thursday.", ""),
 "brightside-new-office-kestrel": ("The contractor finishes the build-out at the end of February.", ""),
 "brightside-email-patient-records": ("Some want them sent to their new dentist too. What is the right way to do it?", "Send the images as a PDF export from Sidexis."),
 "brightside-credit-card-terminal": ("The front desk enters every payment twice, once on the terminal and once in Dentrix, and sometimes the amounts do not match.", "I tested a $1 payment and refund. Card numbers are not stored in Dentrix."),
 "brightside-wifi-patients": ("Patients in the chair get bored during long procedures, and several asked for Wi-Fi in the waiting room too.", "Streaming uses the patient network only, so it does not slow Dentrix or imaging."),
 "brightside-m365-license": ("The renewal is in February and we have 18 users.", "I will change them at the renewal date."),
 "brightside-offboarding-hygienist": ("She had logins for Dentrix, Weave and email. She also knew the Sidexis password.", "Her Dentrix provider record stays for the history. I also removed her from the Weave texting group."),
 "brightside-lab-portal-login": ("When someone leaves we never change it and we cannot tell who submitted a case.", "Each person now has their own login and case history."),
 "brightside-ups-server": ("We had patients in the chair.", "I will test the UPS every six months."),
 "brightside-dentrix-ascend-eval": ("Our server is five years old.", "I will prepare a cost comparison."),
 "brightside-printer-labels": ("We send about 30 cases a week to the lab.", "Beth has a printed guide at the front desk."),
 "brightside-phishing-invoice": ("We do buy from Henry Schein, but I don't remember that order.", "If unsure, call the rep at the number in the portal."),
 "harlan-clio-conflict-search": ("", ""),
 "harlan-netdocs-sync": ("", ""),
 "harlan-netdocs-closed-matters": ("", ""),
 "harlan-docusign-clio": ("", ""),
 "harlan-docusign-sender-domain": ("Can you check?", ""),
 "harlan-ringcentral-call-recording": ("", ""),
 "harlan-ringcentral-forwarding": ("", ""),
 "harlan-email-wire-fraud": ("", ""),
 "harlan-m365-litigation-hold": ("", ""),
 "harlan-scanner-ocr": ("We scan all incoming mail and court documents and have to rename them by hand.", ""),
 "harlan-laptop-encryption-court": ("I will work from the courthouse and a hotel, and the court's Wi-Fi is often down.", "Please bring the laptop in on Friday."),
 "harlan-clio-billing-ledes": ("The portal does not explain which part is invalid.", ""),
 "harlan-clio-time-entries-mobile": ("It is about 14 entries from the deposition trip. The app shows them on the phone.", "They are on the prebill now."),
 "harlan-wifi-conference-room": ("Today they email them to Alicia and she opens them on our computer, which is slow and not safe.", "Instructions are on a card in the room."),
 "harlan-backup-m365": ("They want to know how long we could recover deleted email and what happens if an account is compromised.", "Restores can be done by mailbox or single message."),
 "harlan-bar-cyber-insurance": ("It is due on January 20.", "The insurer may ask for screenshots."),
 "harlan-offboarding-paralegal": ("She worked mostly on Derek's matters. Derek should get her email and files. Her last day is Friday at noon.", "Her NetDocuments documents stay in the matter workspaces. Derek has access to her OneDrive for 30 days."),
 "harlan-client-portal": ("Some clients use Gmail and the attachments bounce because they are too large.", "Clients need to create an account the first time."),
 "harlan-email-encryption": ("Her doctor's office sends them to us, and we need to send them to the expert witness.", "The recipient does not need any software."),
 "harlan-website-ssl": ("The web host says the certificate should renew automatically. It started this week.", "I set a monitor for the certificate's expiry date."),
 "harlan-mfa-rollout": ("Some of our staff do not have work phones. Also partners travel a lot.", "Staff without a smartphone got a hardware key."),
 "pvusd-intune-printer-deployment": ("", ""),
 "pvusd-clever-sync-failure": ("", ""),
 "pvusd-clever-duplicate-students": ("", ""),
 "pvusd-powerschool-gradebook-slow": ("It started this week.", ""),
 "pvusd-powerschool-parent-portal": ("Parents could see the wrong child's grades.", ""),
 "pvusd-moveit-roster-upload": ("The state sends a warning when it is late.", ""),
 "pvusd-chromebook-loaner-cart": ("Librarians also cannot tell who has which device.", ""),
 "pvusd-chromebook-wifi-testing": ("It happens mostly in the gym and the library.", ""),
 "pvusd-chromebook-enrollment": ("We want them all managed and filtered before school starts in August, and placed in the right school.", "Unenrolled devices cannot be used by students."),
 "pvusd-goguardian-blocking": ("The site is used in every 6th grade class this unit, and the curriculum vendor says other districts allowed it.", "It took effect within 10 minutes."),
 "pvusd-google-storage-limits": ("If we go over the limit, staff cannot save files. Can we find out which accounts use the most?", "Staff accounts got a 100 GB limit."),
 "pvusd-raptor-visitor": ("The front office writes visitor badges by hand. It started this week after updates.", "Both kiosks print again."),
 "pvusd-phishing-student-accounts": ("Some teachers clicked the link. The emails say 'shared assignment' and come from 6th to 8th graders.", "Two teachers who entered their password were reset."),
 "pvusd-e-rate-firewall": ("The current firewall is end of life next year and cannot handle the traffic at the high schools.", "The district pays 40% of the cost."),
 "pvusd-classroom-projectors": ("Cables get damaged and teachers lose time at the start of class.", "A guide is on the help desk page."),
 "pvusd-staff-mfa": ("Some staff also do not want the app on their personal phones.", "Registration is done at each school."),
 "pvusd-substitute-accounts": ("The password is written on a sticky note in the front office and it has not changed in two years.", "The shared login is disabled."),
 "pvusd-data-privacy-agreements": ("The state privacy law requires agreements, and we do not know which apps have student data.", "Teachers request new apps with a form."),
 "pvusd-summer-graduation-accounts": ("Parents ask if students can keep their work. Some seniors have college applications in their accounts.", "Seniors can forward email until then."),
 "pvusd-phone-911-location": ("The deadline is in the fall and we have 14 schools with many buildings.", "We tested a call at each school with the dispatch center."),
 "pvusd-network-switch-outage": ("No internet, no phones and no attendance until noon. Teachers took attendance on paper.", "I also set an alert for power supply failures on all core switches."),
 "pvusd-ransomware-backup": ("The board asked us to report on it. They lost two weeks of data.", "A restore test took three hours."),
 "pvusd-teacher-laptop-bitlocker": ("About 30 teachers at two schools. The help desk cannot see the keys.", "Teachers were back in by 9."),
}


def _apply_ext():
    for c in CLIENTS:
        for x in c["exchanges"]:
            add = EXT.get(x["key"])
            if add:
                if add[0]:
                    x["client"] = x["client"] + " " + add[0]
                if add[1]:
                    x["answer"] = x["answer"] + " " + add[1]
EXT2 = {
 "registry-moveit-password-expiry": ("Pine Valley was the first to call.", ""),
 "registry-schoollink-export-timeout": ("Some have tried five times.", ""),
 "registry-schoollink-new-requirement": ("Exemptions must also count as compliant.", ""),
 "registry-hl7-field-length": ("It is urgent.", "Nothing else changed."),
 "registry-firewall-vpn": ("Nobody told us about the change.", ""),
 "registry-data-exchange-agreement": ("Thank you.", ""),
 "willow-srfax-email-to-fax": ("The insurer is waiting.", ""),
 "willow-srfax-coversheet": ("Thank you.", ""),
 "willow-roi-requests": ("Jordan would like one place to see everything.", ""),
 "willow-website-contact-form": ("The emails go to the front desk inbox and some are very detailed.", ""),
 "willow-baa-vendors": ("It is due at the end of the month, and I am not sure about the phones.", ""),
 "willow-voicemail-transcription": ("I am worried.", ""),
 "willow-printer-scan": ("It worked on Friday. We have to use the copier upstairs now, which is slow.", ""),
 "willow-supervision-notes-access": ("Her name is Alex Romero and she started last week. The previous intern was fine.", ""),
 "willow-backup-onedrive": ("She did not notice until now because we only use them for new clients and we have a new client tomorrow.", ""),
 "willow-windows11-upgrade": ("They are the front desk computer, the billing computer and the one in Suite 204. What would it cost if we have to buy new ones?", ""),
 "willow-superbill-template": ("Two clients asked me this week, and I think the template is from when we opened the practice.", ""),
 "willow-group-telehealth": ("Can we do it, or do we need a different tool? It is a skills group for anxiety.", ""),
 "willow-domain-renewal": ("It is from a company called Domain Registry Services. I don't remember who we registered with.", "I also checked that your email records are correct."),
 "brightside-srfax-attachment-size": ("This happens almost every week.", ""),
 "brightside-dentrix-slow": ("Thanks!", ""),
 "brightside-eligibility-batch": ("It worked fine until last week.", ""),
 "brightside-weave-texts": ("Patients are annoyed when we call them again.", ""),
 "brightside-weave-phones-down": ("Thank you.", ""),
 "brightside-intune-front-desk-pcs": ("They arrive next week. Thanks.", ""),
 "brightside-intune-usb-block": ("We use it every day.", ""),
 "brightside-backup-server": ("Dr. Mehta wants to know too.", ""),
 "brightside-ransomware-tabletop": ("What would you need from us?", ""),
 "brightside-new-office-kestrel": ("We also need a printer.", ""),
 "brightside-email-patient-records": ("Thank you.", ""),
 "brightside-credit-card-terminal": ("Thank you.", ""),
 "brightside-wifi-patients": ("Can you set it up?", ""),
 "brightside-m365-license": ("Some staff only use email and Teams. What can we save?", ""),
 "brightside-offboarding-hygienist": ("Please also forward her email to me for a while.", ""),
 "brightside-lab-portal-login": ("Can each person have their own login? Beth thinks it is also a HIPAA problem.", ""),
 "brightside-ups-server": ("I thought the battery box under the desk would keep it running.", ""),
 "brightside-dentrix-ascend-eval": ("They say we would not need a server and it would be safer. What do you think? We would need to know before next year.", ""),
 "brightside-printer-labels": ("It is a Dymo. We want the patient name and due date on each box.", ""),
 "brightside-phishing-invoice": ("It says the account will be suspended.", ""),
 "harlan-clio-conflict-search": ("Thanks.", ""),
 "harlan-netdocs-sync": ("We have filings this week.", ""),
 "harlan-netdocs-closed-matters": ("Thank you.", ""),
 "harlan-docusign-clio": ("Thank you.", ""),
 "harlan-docusign-sender-domain": ("The client was not happy.", ""),
 "harlan-ringcentral-call-recording": ("Thank you.", ""),
 "harlan-ringcentral-forwarding": ("Thanks.", ""),
 "harlan-email-wire-fraud": ("It is $85,000.", ""),
 "harlan-m365-litigation-hold": ("Her last day is May 30.", ""),
 "harlan-scanner-ocr": ("Thanks.", ""),
 "harlan-laptop-encryption-court": ("Thanks.", ""),
 "harlan-clio-billing-ledes": ("The invoice total is $42,000.", ""),
 "harlan-clio-time-entries-mobile": ("Can you get them over?", ""),
 "harlan-wifi-conference-room": ("We do not want guests on our network.", "Guests never connect to the office network."),
 "harlan-backup-m365": ("If so, for how long? Do we need something else?", ""),
 "harlan-bar-cyber-insurance": ("I will answer the business questions myself.", "Your signature is needed on the last page."),
 "harlan-offboarding-paralegal": ("Thank you.", ""),
 "harlan-client-portal": ("Clio offers something, I think. Can we use it?", ""),
 "harlan-email-encryption": ("She is worried about privacy.", ""),
 "harlan-website-ssl": ("Is it dangerous? Can you fix it? The site is on our letterhead and business cards.", "The site now shows the lock icon again."),
 "harlan-mfa-rollout": ("What do you recommend, and how long would it take?", "Registration rate is 100%."),
 "pvusd-intune-printer-deployment": ("Thanks.", ""),
 "pvusd-clever-sync-failure": ("Thanks.", ""),
 "pvusd-clever-duplicate-students": ("Thank you.", ""),
 "pvusd-powerschool-gradebook-slow": ("Can you check?", ""),
 "pvusd-powerschool-parent-portal": ("This year there are 1,900 letters.", ""),
 "pvusd-chromebook-loaner-cart": ("Thanks.", ""),
 "pvusd-chromebook-wifi-testing": ("Thanks.", ""),
 "pvusd-chromebook-enrollment": ("Can you set this up?", "Marcus can check in the console."),
 "pvusd-goguardian-blocking": ("Thank you.", "Thanks."),
 "pvusd-google-storage-limits": ("Please check.", "Graduates are warned first."),
 "pvusd-raptor-visitor": ("Can you look?", "I tested badge printing at both schools."),
 "pvusd-phishing-student-accounts": ("What should we do?", ""),
 "pvusd-e-rate-firewall": ("What do we need to do and by when?", "I can help with the vendor bids."),
 "pvusd-classroom-projectors": ("Is that possible with the new displays? We have them in 200 rooms.", "Teachers choose the room display from the cast menu."),
 "pvusd-staff-mfa": ("How should we handle this?", "Insurers accept tokens as MFA."),
 "pvusd-substitute-accounts": ("Can each sub get an account?", "Accounts expire in June."),
 "pvusd-data-privacy-agreements": ("Can we control this somehow?", "The list is on the staff site."),
 "pvusd-summer-graduation-accounts": ("We need a clear rule before June.", "The notice goes out in May."),
 "pvusd-phone-911-location": ("What do we need to set up?", ""),
 "pvusd-network-switch-outage": ("What happened?", "Documented in the ticket."),
 "pvusd-ransomware-backup": ("Can you check?", "Report sent to the board."),
 "pvusd-teacher-laptop-bitlocker": ("Please help.", ""),
}
for _k, _v in EXT2.items():
    _a, _b = EXT.get(_k, ("", ""))
    EXT[_k] = ((_a + " " + _v[0]).strip(), (_b + " " + _v[1]).strip())
EXT3 = {
 "brightside-weave-phones-down": ("Several patients told us later they thought we had closed.", ""),
 "brightside-intune-front-desk-pcs": ("Both offices will get two each.", "Your staff only need their normal sign-in."),
 "brightside-backup-server": ("Please let me know soon.", ""),
 "brightside-ransomware-tabletop": ("Beth and I can both attend.", ""),
 "brightside-new-office-kestrel": ("Can you plan it all?", ""),
 "brightside-email-patient-records": ("Beth has been attaching them so far.", ""),
 "brightside-wifi-patients": ("It should not slow down Dentrix.", "I also set a content filter."),
 "brightside-m365-license": ("Please advise before the renewal.", "Your monthly invoice drops accordingly."),
 "brightside-offboarding-hygienist": ("Her last day was unexpected.", ""),
 "brightside-lab-portal-login": ("", "The lab confirmed the change and removed the old shared account."),
 "brightside-ups-server": ("Can this be prevented next time?", ""),
 "brightside-printer-labels": ("", "Labels are 2 by 1 inch and fit the lab boxes."),
 "brightside-phishing-invoice": ("Should we pay it or ignore it?", "Please forward anything similar to me."),
 "harlan-netdocs-sync": ("Please fix it before Monday.", ""),
 "harlan-netdocs-closed-matters": ("Could you propose a setup for us?", ""),
 "harlan-docusign-clio": ("Can you set that up for us?", ""),
 "harlan-docusign-sender-domain": ("Please look into it.", ""),
 "harlan-ringcentral-call-recording": ("Please tell me as soon as you know more.", ""),
 "harlan-ringcentral-forwarding": ("Is that possible?", ""),
 "harlan-email-wire-fraud": ("The payment is due on Friday.", ""),
 "harlan-m365-litigation-hold": ("Please make sure nothing is lost.", ""),
 "harlan-scanner-ocr": ("It wastes a lot of time.", ""),
 "harlan-laptop-encryption-court": ("The trial starts Monday.", ""),
 "harlan-clio-billing-ledes": ("Can you help quickly?", ""),
 "harlan-wifi-conference-room": ("", "It supports laptops and phones."),
 "harlan-bar-cyber-insurance": ("Many questions are technical.", ""),
 "harlan-offboarding-paralegal": ("Please also remove her DocuSign and phone.", "Done Friday at noon."),
 "harlan-client-portal": ("We want something simple.", "I showed Alicia how."),
 "harlan-email-encryption": ("We want to do this properly.", "Tested with Gmail."),
 "harlan-website-ssl": ("Please check.", "Fixed the same day."),
 "harlan-mfa-rollout": ("Please advise.", "Sign-in now requires the app or a key everywhere."),
 "pvusd-intune-printer-deployment": ("Thank you.", ""),
 "pvusd-clever-sync-failure": ("Please help.", ""),
 "pvusd-clever-duplicate-students": ("Please help.", ""),
 "pvusd-powerschool-gradebook-slow": ("Teachers are frustrated.", ""),
 "pvusd-powerschool-parent-portal": ("Please fix the template.", "Letters are ready to print."),
 "pvusd-chromebook-loaner-cart": ("Any ideas?", ""),
 "pvusd-chromebook-enrollment": ("Thanks.", ""),
 "pvusd-goguardian-blocking": ("Please unblock it.", "Done."),
 "pvusd-google-storage-limits": ("Please advise.", "Usage is now 60%."),
 "pvusd-raptor-visitor": ("Both are elementary schools.", "Done remotely."),
 "pvusd-phishing-student-accounts": ("It is still going on.", "I sent teachers a warning with an example."),
 "pvusd-e-rate-firewall": ("Thanks.", "Deadline is March 20."),
 "pvusd-staff-mfa": ("Insurance needs it by July.", "Done by June 30."),
 "pvusd-substitute-accounts": ("We have about 80 subs.", "Front offices trained."),
 "pvusd-data-privacy-agreements": ("Some have ads and trackers.", "Unapproved apps are blocked."),
 "pvusd-summer-graduation-accounts": ("Some alumni email us years later.", "Policy approved by the board."),
 "pvusd-phone-911-location": ("We have 14 schools.", "All tested in October."),
 "pvusd-network-switch-outage": ("It was a bad first day for everyone.", "Spare stock updated."),
 "pvusd-ransomware-backup": ("The board meets next week.", "Restore test documented."),
 "pvusd-teacher-laptop-bitlocker": ("They cannot teach without them.", "Update is paused."),
}
for _k, _v in EXT3.items():
    _a, _b = EXT.get(_k, ("", ""))
    EXT[_k] = ((_a + " " + _v[0]).strip(), (_b + " " + _v[1]).strip())
EXT4 = {
 "harlan-bar-cyber-insurance": ("Derek has the login for the insurer's portal.", ""),
 "harlan-offboarding-paralegal": ("Her laptop stays here.", ""),
 "harlan-mfa-rollout": ("We have 14 staff.", ""),
 "pvusd-chromebook-loaner-cart": ("The paper sheets are often incomplete.", ""),
 "pvusd-goguardian-blocking": ("It is for the ecosystems unit.", "I told the science department."),
 "pvusd-google-storage-limits": ("The warning came last week.", ""),
 "pvusd-raptor-visitor": ("Visitors are waiting in line at drop-off.", "Let me know if it stops again."),
 "pvusd-staff-mfa": ("They only work a few days a year.", "Substitutes use temporary passes."),
 "pvusd-substitute-accounts": ("", "Each sub now signs in with a personal account."),
 "pvusd-data-privacy-agreements": ("Parents have started asking which apps we use.", ""),
 "pvusd-summer-graduation-accounts": ("The counselors want to know too.", ""),
 "pvusd-phone-911-location": ("Can you plan it with us?", "The school office sees the room too."),
 "pvusd-network-switch-outage": ("Can it happen again at other schools?", "I checked all other schools' switches."),
 "pvusd-ransomware-backup": ("They want a clear yes or no answer.", "The answer for the board is yes."),
 "pvusd-teacher-laptop-bitlocker": ("Several more schools get the update tonight.", "The rest of the schools were not affected."),
}
for _k, _v in EXT4.items():
    _a, _b = EXT.get(_k, ("", ""))
    EXT[_k] = ((_a + " " + _v[0]).strip(), (_b + " " + _v[1]).strip())


# ---------------------------------------------------------------- output and checks
def validate(data):
    errors = []
    keys = {}
    for c in data["clients"]:
        dom = c["domain"]
        if not 2 <= len(c["contacts"]) <= 4:
            errors.append("contacts count " + c["name"])
        for addr, _, _ in c["contacts"]:
            if not addr.endswith("@" + dom):
                errors.append("contact domain " + addr)
        if len(c["exchanges"]) < 26:
            errors.append("exchanges < 26 for " + c["name"])
        for x in c["exchanges"]:
            if x["key"] in keys:
                errors.append("duplicate key " + x["key"])
            keys[x["key"]] = c["name"]
            if not ("2024-01-01" <= x["date"] <= "2026-12-31"):
                errors.append("date " + x["key"])
            for part in ("client", "answer"):
                n = len(x[part].split())
                if not 40 <= n <= 250:
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
        n = len(body.split())
        if not 60 <= n <= 300:
            errors.append("%s body words %d" % (e["id"], n))
        if not 1 <= len(e["relevant"]) <= 3:
            errors.append("relevant count " + e["id"])
        for k in e["relevant"]:
            if keys.get(k) != e["client"]:
                errors.append("relevant %s not of client (%s)" % (k, e["id"]))
        if e["hard"] != bool(e["hard_kind"]) or e["hard_kind"] not in ("", "nickname", "symptom", "paraphrase", "cross-client"):
            errors.append("hard flags " + e["id"])
    if len(data["emails"]) < 76:
        errors.append("emails < 76")
    if sum(e["hard"] for e in data["emails"]) * 3 < len(data["emails"]):
        errors.append("hard < a third")
    return errors


def main():
    _apply_ext()
    data = build()
    errors = validate(data)
    for err in errors:
        print("ERROR", err)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tune.json")
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
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
