"""Build report.json: a labelled retrieval evaluation set.

Synthetic data written for this project; all people and organisations are
invented. Run: python tests/data/retrieval/make_report.py
"""
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

CONSULTANT = "Sam Ortega <sam@ortega-tech.net>"
CLIENTS = []
EMAILS = []


def client(name, organization, domain, glossary, contacts):
    c = {"name": name, "organization": organization, "domain": domain,
         "glossary": glossary.strip(), "contacts": contacts, "exchanges": []}
    CLIENTS.append(c)
    return c


def ex(c, key, date, title, msg, answer):
    c["exchanges"].append({"key": key, "date": date, "title": title,
                           "client": " ".join(msg.split()),
                           "answer": " ".join(answer.split())})


def mail(c, who, subject, when, body, relevant, hard="", tz=-5):
    addr, name, _role = c["contacts"][who]
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(
        tzinfo=timezone(timedelta(hours=tz)))
    raw = (f"From: {name} <{addr}>\nTo: {CONSULTANT}\nSubject: {subject}\n"
           f"Date: {format_datetime(dt)}\n\n{body.strip()}\n")
    EMAILS.append({"id": f"report-{len(EMAILS) + 1:03d}", "client": c["name"],
                   "raw": raw, "relevant": relevant, "hard": bool(hard),
                   "hard_kind": hard})

# ---------------------------------------------------------------- Evergreen
C = client(
    "Evergreen Hospice", "Evergreen Hospice & Home Care, Inc.", "evergreenhhc.org",
    """
HomeCare Chart: the agency's EHR (hospice and home-health modules, tablet app for visits)
Sandata: the state's EVV (electronic visit verification) aggregator
the Monday list: weekly visit report to the state, the EVV visit export uploaded to Sandata every Monday
SRFax: online fax service for the intake line and outbound physician orders
Intune: Microsoft device management for the field nurses' tablets
the blue binder: the on-call nurse rotation spreadsheet in SharePoint (it used to be a real blue binder)
the bridge: HL7 interface between HomeCare Chart and the hospice pharmacy (Enclara)
IDT packet: interdisciplinary team meeting packet, printed every other Wednesday
Gusto: payroll, PTO and mileage reimbursement
the cloud icon: HomeCare Chart's "pending upload" indicator on a tablet
""",
    [["linda@evergreenhhc.org", "Linda Okafor", "Director of Clinical Operations"],
     ["marcus@evergreenhhc.org", "Marcus Bell", "Office and billing manager"],
     ["priya@evergreenhhc.org", "Priya Raman", "Intake coordinator"],
     ["tom.h@evergreenhhc.org", "Tom Haskins", "Medical records and IT liaison"]])

ex(C, "evergreen-copier-scan-folder", "2024-01-16", "Copier scan-to-folder broken after password change",
   """Hi Sam, since Monday the Ricoh in the records room gives "cannot connect to destination" when we scan
   to the Records folder. Tom changed his Windows password last week because it expired, and I think the copier
   was using his account. Scanning to e-mail still works. We have a stack of signed admission packets waiting.""",
   """You guessed right: the copier's address book entry for the Records folder was saved with Tom's login.
   I created a dedicated service account, svc-scan, with a non-expiring password and write access only to
   \\\\evergreen-fs\\Records\\Incoming, then updated the destination on the Ricoh web page. Test scans land fine now.
   Please don't use personal accounts on devices going forward; I've noted the svc-scan password in the vault.""")

ex(C, "evergreen-intake-shared-mailbox", "2024-02-07", "Shared intake mailbox for referrals",
   """We'd like referrals from hospitals to go to one address instead of Priya's personal inbox. Can we have
   something like intake@evergreenhhc.org that Priya and the two intake nurses can all see, with a record of
   who answered what? Hospitals already have Priya's address so that should keep working for a while.""",
   """Done. intake@evergreenhhc.org is now a Microsoft 365 shared mailbox; Priya, Joan and Reggie have full
   access and send-as rights, and it appears automatically in Outlook under their own mailbox. I added a rule on
   Priya's inbox that copies anything from the three hospital domains into the shared mailbox for the next
   90 days. Use categories to mark who took a referral; everyone sees the colours.""")

ex(C, "evergreen-srfax-api-key-rotation", "2024-03-12", "SRFax API key rotation",
   """Faxes are still arriving at the SRFax web portal but since yesterday none of them are being pulled into
   HomeCare Chart's document inbox. Marcus reset the SRFax account password on Friday after the annual security
   review. Is that related? Intake is copying faxes by hand right now.""",
   """Yes, related. HomeCare Chart pulls faxes through the SRFax API, and the API credential is tied to the
   account password, so the reset invalidated it. I generated a new API access key in SRFax under Account
   Settings > API, entered it in HomeCare Chart's fax integration screen and re-ran the import; 41 faxes
   came in. I put a reminder on the calendar: any future password change must be followed by a key rotation.""")

ex(C, "evergreen-blue-binder-sharepoint", "2024-04-02", "On-call rotation spreadsheet permissions",
   """We moved the on-call nurse rotation spreadsheet into SharePoint like you suggested, but only I can edit it.
   The weekend nurses open it and it says read-only, so they text me their swaps and I update it at midnight.
   Can the RNs edit their own rows without being able to delete the whole thing?""",
   """The file inherited the Leadership site permissions. I created an "On-Call RNs" group, gave it edit rights
   on that one workbook only, and turned on version history so any accidental deletion can be rolled back.
   The header rows and formulas are now protected sheet ranges; nurses can change names and phone numbers in
   their rows. I also pinned the file in the Teams channel so it is one tap on the phone.""")

ex(C, "evergreen-evv-gps-mismatch", "2024-05-21", "EVV visits rejected for GPS mismatch at assisted living",
   """About twenty visits from last week were rejected by the state's EVV system with "location out of range".
   They're all patients at Maple Court assisted living. The nurses were definitely there. Billing can't submit
   those claims until the visits are accepted.""",
   """Maple Court's address in HomeCare Chart was the corporate office two miles away, not the facility, so the
   clock-in GPS points didn't match. I corrected the service address for the 14 Maple Court patients, and
   Sandata lets us resubmit with a reason code of "location corrected". All twenty visits are resubmitted and
   showing accepted this morning. Intake should verify facility addresses on admission.""")

ex(C, "evergreen-docusign-bedside-consent", "2024-06-11", "DocuSign in-person signing on tablets",
   """Admission nurses want patients and families to sign consents on the tablet at the bedside instead of
   carrying paper. We have DocuSign for office contracts. Can it be used in a home with a patient who has no
   e-mail address, and can the signed PDF end up in the chart?""",
   """Yes: DocuSign in-person signing. The nurse is the host, hands the tablet over, and the signer needs no
   e-mail. I built an "Admission consents" template with the election, privacy and medication disposal forms,
   and a Connect rule saves the completed PDF to the Records intake folder, which HomeCare Chart already watches.
   I trained Linda's two admission nurses; there's a one-page guide in the Teams channel.""")

ex(C, "evergreen-pharmacy-hl7-interface", "2024-07-09", "Pharmacy HL7 interface queue stuck",
   """Sam, urgent-ish. Enclara called: they haven't received any medication orders from us since yesterday afternoon, and
   two patients' comfort kits are pending. The nurses entered the orders in HomeCare Chart as usual. Their pharmacist says the connection looks up from their end. Can you check what is wrong on ours? I'm on my cell all afternoon. Linda""",
   """The HL7 interface engine on the HomeCare Chart side had stopped its outbound channel after the vendor's
   Tuesday patch; 37 messages were queued. I restarted the channel, the queue drained, and Enclara confirmed
   receipt of all orders including both comfort kits. I added an alert so that if more than five messages sit in
   the outbound queue for 30 minutes, Tom and I get an e-mail.""")

ex(C, "evergreen-evv-weekly-export-format", "2024-08-19", "Weekly Sandata visit export rejected after spec change",
   """Hi Sam, The weekly upload of visits to Sandata failed this morning with "invalid file layout, column 14". It was
   fine last week. Marcus has to get it in by Tuesday noon or we are out of compliance with the state. Can you look today? Marcus""",
   """Sandata published version 7.3 of the visit file specification; column 14 is now the service code with a
   modifier, and the HomeCare Chart export template still produced the old layout. I edited the export template
   to add the modifier column and moved the tasks field to column 22. The corrected weekly file uploaded cleanly
   at 11:02. I've subscribed to Sandata's spec bulletin so we see the next change coming.""")

ex(C, "evergreen-idt-packet-generation", "2024-09-10", "IDT packet report times out",
   """Hi Sam, Generating the interdisciplinary team packet for Wednesday's meeting took four hours yesterday and then
   failed. It used to take twenty minutes. The chaplain and social worker need it printed before 9. Nothing changed on our side that I know of, except we have more long-term patients than last year. Could you take a look before the next meeting in two weeks? Linda""",
   """The IDT packet report was pulling every visit note since admission for each patient, and a few of our
   long-stay patients have over 400 notes. I changed the report parameter to the last 15 days, which matches
   the review period, and scheduled it to run at 5 a.m. on meeting days so it's waiting in the shared folder.
   Yesterday's packet generated in 11 minutes.""")

ex(C, "evergreen-intune-session-timeout", "2024-10-01", "Intune Conditional Access sign-in frequency",
   """Hi Sam, After last week's security changes, field staff have to sign in to Microsoft again and again. It's
   slowing down documentation and a couple of nurses are frustrated. Can you look at what changed? Some say they get the Microsoft login screen in the middle of writing a note in HomeCare Chart and lose what they typed. Thanks, Linda""",
   """The Conditional Access policy I created for unmanaged devices was accidentally also scoped to the
   Intune-managed tablets, and its sign-in frequency was set to 10 minutes. I excluded compliant devices from that
   policy and set sign-in frequency for the tablets to 12 hours, with MFA still required at each sign-in.
   Compliant tablets keep their session through a shift now. Sorry for the disruption.""")

ex(C, "evergreen-gusto-mileage-import", "2024-12-03", "Gusto mileage reimbursement import",
   """Hi Sam, Marcus spends a day each pay period typing nurses' mileage into Gusto from the visit logs. HomeCare
   Chart already records miles per visit. Is there a way to load those into payroll automatically? It is error-prone too; last month two nurses were paid for the wrong number of miles and we had to fix it on the next check. Thanks, Linda""",
   """HomeCare Chart can export a mileage report by employee and date range, and Gusto accepts a CSV import of
   reimbursements. I made a saved report with the columns Gusto expects and a small script that converts miles to
   dollars at the IRS rate (currently 67 cents) and writes the import file. Marcus runs the report, double-clicks
   the script, and uploads the CSV in Gusto under Payroll > Reimbursements.""")

ex(C, "evergreen-intune-enroll-new-tablets", "2025-01-14", "Enrolling new Samsung tablets in Intune",
   """Hi Sam, We bought eight new Galaxy Tab Active tablets for the new home-health team. How do we set them up so
   they look like the old ones, with HomeCare Chart, Teams and the fax app, and locked down? They arrive Thursday and the nurses start Monday, so we don't have much time. Tom""",
   """I registered the eight serial numbers in Knox Mobile Enrollment and assigned them to the Intune
   fully-managed profile, so on first power-on they enroll themselves. The same app set is pushed: HomeCare Chart,
   Teams, Outlook, Authenticator. I added the new tablets to the Field Devices group so the compliance policy
   applies. Each nurse just signs in with their own account.""")

ex(C, "evergreen-evv-caregiver-id", "2025-02-18", "EVV rejects for new caregivers without Sandata IDs",
   """Hi Sam, Visits from our three new aides are all rejected in EVV with "employee not found". Their visits in
   HomeCare Chart look normal. We hired them two weeks ago. Their HR paperwork is complete and they're set up in Gusto. Marcus says we can't bill those visits until this is fixed. Can you look? Thanks, Priya""",
   """Sandata needs each employee registered with an ID before visits are accepted, and HomeCare Chart only
   sends the employee record when the HR screen has the "EVV worker" box ticked. It wasn't ticked for the three
   new aides. I ticked it, the employee records went through overnight, and I resubmitted their 31 visits, all
   accepted. I added that checkbox to the new-hire checklist.""")

ex(C, "evergreen-phishing-payroll", "2025-03-06", "Phishing e-mail requesting direct deposit change",
   """Sam, Marcus got an e-mail that looked like it came from me asking him to change my direct deposit to a new
   bank before Friday's payroll. He called me and I didn't send it. The address looked like mine. Can you check? Linda""",
   """The message came from linda.okafor@evergreenhhc-org.com, a look-alike domain registered two days ago. No
   change was made in Gusto, good catch by Marcus. I blocked the domain, added an external-sender banner to all
   mail from outside the organization, and turned on the impersonation protection for Linda, Marcus and the
   executive director. Direct deposit changes must be made by the employee in Gusto.""")

ex(C, "evergreen-gusto-pto-accrual", "2025-04-08", "Gusto PTO accrual misconfiguration",
   """Hi Sam, Several part-time aides say their PTO balance in Gusto jumped after the last payroll, one of them now
   shows 60 hours. Full-time staff look normal. Did something change? We set up a new PTO policy in March when the handbook changed, maybe that's it. Two aides have already asked for a week off. Thanks, Marcus""",
   """The new PTO policy created in March was set to accrue per pay period instead of per hour worked, so
   part-timers got the full-timer amount. I switched the policy to 0.0385 hours per hour worked, capped at
   80 hours, and recalculated; Gusto adjusted the balances with a note on each employee's record. Please let the
   aides know the previous numbers were an error before they plan vacations.""")

ex(C, "evergreen-backup-retention", "2025-05-13", "Backup retention for scanned records",
   """Hi Sam, The surveyor asked how long we keep scanned records and whether they are backed up offsite. I said
   "yes" but I'd like something in writing for the binder. The state survey team comes back in June for the follow-up visit. Could you write down how our backups work, where the copies are kept and how long we keep them? Thanks, Linda""",
   """The file server's Records share is backed up nightly to Backblaze B2 with 30 daily and 12 monthly
   versions, and HomeCare Chart itself is hosted by the vendor. Medical records retention follows the state's
   six-year rule, which the vendor contract covers. I wrote a one-page backup and retention statement, signed
   and dated, in the Compliance folder, and tested a restore of a random file yesterday.""")

ex(C, "evergreen-srfax-cover-sheet", "2025-06-17", "SRFax cover sheet template change",
   """Hi Sam, We have the new logo now and compliance wants the updated confidentiality notice on every outbound fax.
   The cover page still shows the old green logo and the 2019 wording. Where does that cover page come from? I looked in HomeCare Chart's settings and couldn't find it. The new notice text is attached. Thanks, Priya""",
   """Outbound faxes from HomeCare Chart use the SRFax cover page stored on the SRFax account, not a local
   template. I uploaded the new cover page with the current logo and the confidentiality notice wording Linda sent,
   set it as the default, and deleted the old one so nobody can pick it. A test fax to our own line shows the new
   design.""")

ex(C, "evergreen-intune-lost-tablet-wipe", "2025-07-22", "Lost tablet remote wipe",
   """Sam, please call me. One of the nurses left her tablet at a gas station. She went back and it was gone. It has patient
   notes in HomeCare Chart. What do we do? She's very upset. The tablet had a passcode I think. Do we need to report this somewhere? Linda""",
   """I issued a remote wipe from Intune at 3:40 p.m. and the device checked in and wiped at 3:52, so the data
   is gone. HomeCare Chart data on the device is encrypted anyway and requires her sign-in. I reset her password and
   revoked her sessions. Document this in the incident log; since the wipe was confirmed and data was encrypted it
   is most likely not a reportable breach, but confirm with your compliance officer.""")

ex(C, "evergreen-chart-sync-offline", "2025-08-26", "HomeCare Chart offline notes not syncing",
   """Hi Sam, Nurses in the rural territory document offline and the notes should upload when they get signal. Some
   notes from last Tuesday still haven't reached the chart. The office can't see them. The nurses say the tablets show they're waiting to send. Restarting didn't help. It's mostly the nurses who take wound photos. Thanks, Tom""",
   """The tablets were stuck because the HomeCare Chart app version 5.8 has a known bug where a note with a
   photo over 10 MB blocks the pending upload queue. The vendor released 5.8.2; I pushed it through Intune to
   all field tablets and the queues drained by evening. I also set the camera to medium resolution so wound photos
   stay small.""")

ex(C, "evergreen-srfax-intake-routing", "2025-09-09", "Routing intake faxes to the intake queue",
   """Hi Sam, Referrals and medical-records requests both come to our main fax number and land in the Records inbox
   in HomeCare Chart. Priya wants referrals in her own queue. Can we split them? Right now she has to go through the whole Records inbox twice a day to find the referrals and sometimes one sits for hours. Thanks, Linda""",
   """SRFax can't read content, but we can use a second number. I added a new SRFax number dedicated to
   referrals, mapped it in HomeCare Chart to the Intake document queue, and the main number stays with Records.
   Priya has the new number to give the hospitals. For the transition, I set up a weekly check of the Records
   inbox for anything referral-looking.""")

ex(C, "evergreen-pharmacy-hl7-cert", "2025-10-14", "Pharmacy HL7 interface certificate renewal",
   """Hi Sam, Enclara's IT e-mailed saying our connection certificate expires on October 31 and they need the new one
   by the 24th. I don't know what this means. It's about the connection that sends our medication orders to them. Can you take care of it or tell me who should? Forwarding their message. Thanks, Tom""",
   """The HL7 interface to Enclara runs over a TLS connection that uses a certificate on our side. I generated a
   new certificate, sent the public part to Enclara's integration team, and we did a cutover test on the 22nd:
   orders flowed both ways. The new one expires in October 2026; I put the renewal in my calendar for September.""")

ex(C, "evergreen-docusign-election-template", "2025-11-04", "Updated DocuSign hospice election template",
   """Hi Sam, Our compliance consultant revised the hospice election statement to add the addendum language Medicare
   requires. The DocuSign version the nurses use is the old one. The admission nurses have been using it all week. Can you update the template so the new language and the addendum request checkbox are there? The new PDF is attached. Thanks, Linda""",
   """I replaced the election statement page inside the "Admission consents" DocuSign template with the revised
   version, added a required checkbox for the addendum request and the patient-or-representative signature field,
   and archived the old template. Envelopes already sent stay on the old form, so check the two admissions from
   this week.""")

ex(C, "evergreen-cahps-vendor-export", "2025-12-09", "Hospice CAHPS monthly file rejected",
   """Hi Sam, Our CAHPS survey vendor rejected November's decedent file, saying the caregiver relationship code is
   missing for a dozen records. We have to resubmit by the 15th. The file comes straight out of HomeCare Chart, we don't edit it. Their rejection report is attached. Can you tell what's wrong? Thanks, Marcus""",
   """The relationship code comes from the primary caregiver's contact record in HomeCare Chart; twelve patients
   had a caregiver listed without the relationship filled in. I sent Priya the list, she filled them in, and I
   regenerated the file. The vendor accepted it on the 11th. The export now flags missing relationship codes
   before the file is built.""")

ex(C, "evergreen-mfa-new-phone", "2026-01-13", "MFA re-registration after new phones",
   """Hi Sam, Three nurses got new phones over the holidays and now can't get the Microsoft Authenticator codes.
   They're locked out of e-mail and Teams. The old phones were traded in, so they can't approve anything from them. One of them is on call tonight and needs Teams. Can you help today? Thanks, Linda""",
   """Authenticator registrations don't move with the phone unless backup was on. I issued each of them a
   Temporary Access Pass good for 8 hours; they signed in at aka.ms/mysecurityinfo on the new phone, registered
   Authenticator and removed the old device. For next time, staff can turn on cloud backup in Authenticator
   settings, and Linda can call me for a pass.""")

ex(C, "evergreen-offboarding", "2026-02-10", "Offboarding checklist for departing staff",
   """Hi Sam, We had two resignations this month and I'm not sure every account got shut off. Can we have a list of
   what to do when someone leaves? One was a nurse with a tablet and one was an office assistant. Also please check they can't get into anything today. Thanks, Linda""",
   """I wrote an offboarding checklist in the Admin SharePoint: disable the Microsoft 365 account, convert the
   mailbox to shared for 30 days, retire the tablet in Intune, deactivate in HomeCare Chart, terminate in Gusto,
   remove from the on-call rotation spreadsheet and the SRFax user list. For the two who left, everything is done
   except HomeCare Chart, which only Tom can do.""")

ex(C, "evergreen-srfax-outage", "2024-11-19", "SRFax outage",
   """Sam, help. Hospitals say our fax line is busy or not answering. Nothing has come into the fax portal since 8 a.m.
   We're expecting several referrals today. The portal loads but shows no new faxes. Is it our account or SRFax? Priya""",
   """SRFax had a service outage affecting inbound delivery this morning, confirmed on their status page. I set
   the number to forward to the backup number on the office's physical fax machine until SRFax recovered at
   12:40, then switched it back. Faxes queued during the outage delivered this afternoon. I put the forwarding steps
   in the Intake procedures so Priya can do it herself.""")

ex(C, "evergreen-guest-wifi", "2024-10-22", "Guest Wi-Fi for volunteers",
   """Hi Sam, Volunteers training in the conference room use the staff Wi-Fi password. Is that a problem? We have about a dozen volunteers coming every month and the password is written on the whiteboard in the conference room. A volunteer coordinator asked me whether that's OK, and I honestly don't know. Should we have something separate for them? Thanks, Linda""",
   """It is: the staff network reaches the file server and the copier. I set up a separate guest network,
   "Evergreen-Guest", isolated from internal devices and limited to internet, with a password that changes
   monthly and is printed on a card in the conference room. I changed the staff Wi-Fi password and updated the
   tablets and laptops through Intune so nobody had to type it in.""")

SIG_LINDA = """Linda Okafor, RN
Director of Clinical Operations
Evergreen Hospice & Home Care
(614) 555-0142"""

mail(C, 2, "cover page on faxes", "2026-03-03 09:14", """
Hi Sam,

A cardiology office called to say the faxes we send them still have the old green Evergreen logo on the
cover page, and the confidentiality text at the bottom mentions our old address on Cleveland Avenue. We moved
in the fall. I thought we fixed the SRFax cover sheet last year when the logo changed? Maybe somebody put the
old one back, or there are two of them.

Could you check which cover page SRFax is using and update the address? The new address is 2200 Morse Road,
Suite 300.

Thanks!
Priya Raman
Intake Coordinator, Evergreen Hospice & Home Care
""", ["evergreen-srfax-cover-sheet"])

mail(C, 1, "Monday list bounced again", "2026-03-09 10:02", """
Sam,

The Monday list bounced back again this morning. Error says "invalid file layout" and something about a
column, the same kind of thing as a couple of years ago I think. I have until tomorrow noon. I haven't changed
anything on my end, I just ran it like every week.

Also, two of the rejections at the bottom of the report say "employee not found", but those are the new aides
Priya hired in February so maybe that's a separate thing.

Marcus Bell
Office & Billing Manager
Evergreen Hospice & Home Care
""", ["evergreen-evv-weekly-export-format", "evergreen-evv-caregiver-id"], "nickname")

mail(C, 0, "tablets logging nurses out", "2026-03-11 15:47", f"""
Hi Sam,

I'm getting complaints from the field again. The nurses' tablets log them out every ten minutes or so, they
have to type their password and approve on the phone, and if they're in the middle of a visit note it's gone.
It started around the time you did the security update last Thursday. Two of them have started writing notes
on paper and typing them in at night, which is exactly what we don't want.

Is this the same thing as last time? Whatever you did then worked for a long time.

{SIG_LINDA}
""", ["evergreen-intune-session-timeout", "evergreen-chart-sync-offline"], "symptom")

mail(C, 0, "Enclara not getting orders", "2026-03-16 13:20", f"""
Sam,

The pharmacy called twice this morning. None of the comfort kit orders we put in since about 7 a.m. have shown
up on their side, and one patient on Hamilton Road needs hers delivered today. The nurses put the orders in
HomeCare Chart as always and they look "sent" on our side.

I don't know if it's something on their end. Could you check and call me?

{SIG_LINDA}
""", ["evergreen-pharmacy-hl7-interface", "evergreen-pharmacy-hl7-cert"], "symptom")

mail(C, 0, "blue binder", "2026-03-20 08:05", f"""
Good morning Sam,

We onboarded four new RNs for the weekend on-call team and none of them can make changes in the blue binder.
They can open it from Teams but it says read-only. The older nurses can edit fine. I'd like the new ones to
swap their own shifts like everyone else, but I don't want anyone deleting the whole thing again like that
happened in the spring.

Their names are Grace Liu, Omar Haddad, Beth Sorensen and Caleb Moore.

Thanks,
{SIG_LINDA}
""", ["evergreen-blue-binder-sharepoint"], "nickname")

mail(C, 3, "lost tablet - Karen's", "2026-03-24 17:31", """
Sam,

Karen Whitley (home health RN) just called, she thinks her tablet was taken from her car while she was inside
at a patient's house in Reynoldsburg. The window was broken. Police report is being filed. She had charted
two visits today, I believe both uploaded.

Please wipe it or whatever we did the last time. I'll fill in the incident log. Let me know what I should tell
compliance.

Tom Haskins
Medical Records / IT
Evergreen Hospice & Home Care
""", ["evergreen-intune-lost-tablet-wipe"])

mail(C, 1, "nurses' drive money", "2026-03-27 11:12", """
Hi Sam,

A few of the field nurses came to me saying what they got back for driving on the last check is less than
they expected. One said she drove about 900 miles in the pay period and got a little over $600. I checked and
the per-mile amount we're using is from last year, I think it went up in January. I don't know where that
number lives, I just run the thing you set up and upload the file.

Can you update it and tell me how to fix the people who were underpaid? A correction on the next check is
fine.

Marcus
""", ["evergreen-gusto-mileage-import"], "paraphrase")

mail(C, 2, "new hires starting April 6", "2026-03-30 14:40", """
Hi Sam,

We have five new people starting on April 6th: three home health aides and two RNs. The RNs need tablets (we
have two spares in the closet, still in the box) and all five need to be able to clock visits so the state
accepts them. Last time the aides' visits got rejected for the first two weeks and Marcus was not happy, so
I want to get it right this time.

I'll send names and start dates in a separate message. Anything else you need from me?

Thanks,
Priya
""", ["evergreen-evv-caregiver-id", "evergreen-intune-enroll-new-tablets", "evergreen-offboarding"])

mail(C, 3, "faxes not coming into the chart", "2026-04-02 09:26", """
Hi Sam,

Faxes are showing in the SRFax web portal but nothing has come into the HomeCare Chart document inbox since
last night. Marcus changed the SRFax login password yesterday because the SRFax security notice told everyone
to. Priya is printing them and scanning them in the meantime which is a pain.

Is it the same fix as before? I can try it myself if you tell me where.

Tom Haskins
Medical Records / IT
Evergreen Hospice & Home Care

-----Original Message-----
From: SRFax Support <noreply@srfax.com>
Sent: Wednesday, April 1, 2026 4:10 PM
Subject: Security notice: please update your account password
""", ["evergreen-srfax-api-key-rotation"], "cross-client")

mail(C, 0, "Wednesday team review printout", "2026-04-07 07:55", f"""
Sam,

The document we print for the every-other-Wednesday team review is taking forever again. I started it at
7 last night and it was still spinning this morning, so the chaplain and the social worker are going in with
last time's copy. We have a lot more patients on service than in the fall.

Didn't you set it up to make itself early in the morning at some point? I haven't seen it in the shared folder
for a few weeks.

{SIG_LINDA}
""", ["evergreen-idt-packet-generation"], "paraphrase")

mail(C, 1, "CAHPS file rejected", "2026-04-10 10:18", """
Hi Sam,

The CAHPS vendor rejected the March decedent file. This time the rejection says "invalid caregiver relationship
code" on 6 records, and also "missing discharge date" on 2. The caregiver relationship one is what we had in
December, I think. The file is due the 15th again.

Their report is attached. Can you take a look and tell Priya what to fix?

Thanks,
Marcus Bell
Office & Billing Manager
""", ["evergreen-cahps-vendor-export"])

mail(C, 3, "notes showing up late", "2026-04-14 16:02", """
Sam,

Office staff say visits the nurses did in the field don't show up in the chart until the next day, sometimes
two days. On the nurses' tablets there's a little cloud with a number on it in the corner, one had a 7.
Restarting doesn't clear it. It's mostly the wound care nurses, the others seem fine.

Can you take a look? Tablets are here at the office Thursday for the staff meeting if you need them in person.

Tom
""", ["evergreen-chart-sync-offline"], "symptom")

mail(C, 0, "weird email from \"me\"", "2026-04-21 12:30", f"""
Sam,

Marcus forwarded me an e-mail that supposedly came from me asking him to update my bank account for payroll
before Friday. I did not send it. The banner at the top said it was from outside the organization, so that part
works. He didn't change anything.

This is the second time in a year. Is there anything else we can do? Should we tell the staff?

{SIG_LINDA}

> From: Linda Okafor <linda.okafor@evergreen-hhc.net>
> Sent: Tuesday, April 21, 2026 9:02 AM
> To: Marcus Bell
> Subject: Direct deposit update
>
> Marcus, I switched banks. Please update my direct deposit before this week's payroll. I'm in meetings all
> day so just reply by e-mail. Thanks, Linda
""", ["evergreen-phishing-payroll"])

# ---------------------------------------------------------------- Harlan
C = client(
    "Harlan County Cancer Registry", "Harlan County Department of Public Health - Cancer Registry",
    "harlancountyhealth.org",
    """
Abstract Plus: the CDC Registry Plus abstracting program; the registry's case database (shared Access file)
Web Plus: web portal where small hospitals and clinics upload their case files
NAACCR XML: standard file layout for cancer case data (version 24 since 2025)
the quarterly pull: quarterly submission of the county's cases to the state central registry over sFTP
the path feed: electronic pathology reports from Valley Regional Lab and Lakeshore Pathology, delivered by sFTP
the orphans: pathology reports that don't match any known patient in the registry
death clearance: annual linkage of registry cases with state vital records death data
Link Plus: record-linkage program used for de-duplication and death clearance
GenEDITS: NAACCR edit checks run before any submission (the metafile is updated yearly)
the gold file: the consolidated, de-duplicated case file used for the annual report
SRFax: fax service for paper pathology reports and physician office follow-back letters
County IT: the county's central IT department (firewall, e-mail, laptops)
""",
    [["ruth.abernathy@harlancountyhealth.org", "Ruth Abernathy", "Registry manager"],
     ["kevin.tran@harlancountyhealth.org", "Kevin Tran", "Data quality lead (CTR)"],
     ["angela.moss@harlancountyhealth.org", "Angela Moss", "Cancer registrar"]])

ex(C, "harlan-paper-path-scanning", "2024-01-23", "Scanning paper pathology reports",
   """Hi Sam, we still get about 60 paper pathology reports a month by fax and mail, and they pile up in
   folders in Angela's office. Ruth would like them scanned and attached to the case in Abstract Plus, or at
   least stored somewhere searchable, and the paper shredded after 30 days. What do you recommend? Kevin""",
   """Abstract Plus can't hold attachments, so I set up a Path Reports library on the registry's SharePoint site
   with a column for the registry accession number, and the scanner in Angela's office now scans straight into it
   with OCR, so reports are full-text searchable. Angela types the accession number when she files. The shred
   bin vendor comes monthly; I added a retention label that flags paper older than 30 days.""")

ex(C, "harlan-srfax-followback-cover", "2024-02-13", "SRFax cover sheet for physician follow-back letters",
   """Hi Sam, when we send follow-back letters to physician offices asking for missing staging information, the
   fax goes out with a plain SRFax cover page that just says "Fax". Offices throw them away thinking it's spam.
   We need a cover sheet with the county seal, the registry's legal authority citation and a confidentiality
   notice. Thanks, Ruth""",
   """I made a cover page in SRFax with the county seal, "Harlan County Cancer Registry - reporting required under
   state public health law", the callback number and the confidentiality notice, and set it as the default for the
   registry's SRFax account and both sub-users. I also set the "From" line to Ruth's name instead of the fax
   number. A test to Kevin's home fax looked right.""")

ex(C, "harlan-death-clearance-linkage", "2024-03-19", "Annual death clearance linkage",
   """Hi Sam, it's time for the annual death clearance. Vital records sent the 2023 death file, but Link Plus
   doesn't recognise several of the columns and the date of death looks like a number. Last year someone at the
   state helped us, but she retired. Can you get the file loaded so we can run the match? Kevin""",
   """The vital records file changed from fixed-width to CSV and dates are now Excel serial numbers. I wrote a
   small conversion script that reformats dates to YYYYMMDD, splits the name field, and produces the fixed-width
   layout Link Plus expects. The linkage ran with blocking on Soundex of last name and date of birth; 1,214 pairs
   above the cutoff. Kevin is reviewing the 86 in the grey zone.""")

ex(C, "harlan-webplus-upload-failure", "2024-04-16", "Web Plus uploads failing for a small hospital",
   """Hi Sam, Clearwater Memorial's registrar says her uploads to Web Plus fail with "upload error" after a
   long wait. She's sending all of 2023 in one file because they got behind. Other facilities are uploading
   without problems. Could the file be too big? Angela""",
   """Yes. Her file was 48 MB and the Web Plus server is configured for 30 MB uploads. Rather than raise the
   limit on the public server, I asked her to split the file by diagnosis quarter; four uploads went through in
   a few minutes each. I wrote short instructions on splitting a NAACCR file for her and the other small
   reporters.""")

ex(C, "harlan-encrypted-email-data-request", "2024-05-07", "Sending a research data extract encrypted",
   """Hi Sam, a university researcher has an approved data request, a de-identified extract of 2015-2022
   breast cancer cases. County IT says we can't put it on a USB drive and our e-mail doesn't encrypt by default.
   How do we send it? Ruth""",
   """Microsoft 365 message encryption is available on the county tenant. I added a rule: any message with
   [secure] in the subject is encrypted, and the recipient gets a link and a one-time code. I tested it with my
   Gmail address. For files over 25 MB, use a SharePoint link shared with the researcher's address only and an
   expiry date. I also saved a template of the data-use cover letter.""")

ex(C, "harlan-srfax-inbound-junk", "2024-06-04", "SRFax inbound faxes going to the junk folder",
   """Hi Sam, two labs say they faxed path reports to us last week that we never saw. Angela found them this
   morning in the Junk Email folder in Outlook. SRFax delivers faxes to our registry mailbox as PDFs. How many
   others did we miss? Kevin""",
   """The county's filter started scoring SRFax's delivery e-mails as bulk. I asked County IT to add
   srfax.com to the allowed senders for the registry mailbox, and added an Outlook rule that moves anything from
   SRFax into the Incoming Faxes folder. I searched junk going back 60 days: 14 faxes, now moved. The SRFax portal
   keeps every fax for 90 days, so we can always cross-check.""")

ex(C, "harlan-quarterly-submission-state", "2024-07-09", "Quarterly state submission rejected at upload",
   """Hi Sam, the quarterly submission of our cases to the state central registry failed at the upload step.
   WinSCP says "host key does not match the cached key" and then disconnects. The deadline is the 15th. I did
   the same thing in April and it worked. Kevin""",
   """The state registry moved its sFTP server to new hardware and published the new host key on their portal.
   I verified the fingerprint against their announcement, accepted the new key in WinSCP on Kevin's machine and
   saved the session. The upload completed and the state acknowledged the file. I put the verification steps on
   the submission checklist.""")

ex(C, "harlan-laptop-bitlocker-recovery", "2024-08-20", "BitLocker recovery prompt after BIOS update",
   """Hi Sam, after County IT pushed updates last night, Angela's laptop starts with a blue screen asking for a
   recovery key. She doesn't have one. County IT's help desk has a two-day queue. She needs to go to St. Luke's
   tomorrow to abstract. Ruth""",
   """The BIOS update changed measurements in the TPM, which makes BitLocker ask for the recovery key once. The
   key is stored in the county's Entra ID against the device; I had County IT's desk read it to me and Angela
   typed it in. I suspended BitLocker for one reboot so it re-sealed. If it happens to Kevin's laptop, the same
   key lookup applies.""")

ex(C, "harlan-path-feed-sftp-stopped", "2024-09-17", "Electronic pathology feed from Valley Regional stopped",
   """Hi Sam, we haven't received any electronic pathology reports from Valley Regional Lab since Friday. They
   usually send 30 to 50 a day. Lakeshore Pathology's are still coming in. Valley says they are sending. Could
   something be wrong on our side? Angela""",
   """Valley Regional moved their sending process to a new server, and our sFTP server only allowed their old IP
   address. The connection attempts were blocked at our firewall. I added the new address Valley confirmed, and
   they resent from Friday on: 188 reports imported. I asked Valley to notify us before network changes.""")

ex(C, "harlan-vpn-remote-abstracting", "2024-10-08", "VPN access for remote abstracting",
   """Hi Sam, Angela and Kevin spend two days a week at the hospitals abstracting. They need to reach Abstract
   Plus, which lives on the registry's file share. Right now they copy the database to a USB stick, which County IT
   says is against policy. Can they connect remotely? Ruth""",
   """County IT agreed to give the registry a VPN profile on their Fortinet firewall. I installed FortiClient on
   both laptops with certificate authentication, so there's no shared password, and restricted the profile to the
   registry file server. Abstract Plus runs over the VPN but is slow, so I set up a remote desktop session to the
   registry workstation instead, which is quick.""")

ex(C, "harlan-unmatched-path-reports", "2024-11-12", "Unmatched pathology reports queue",
   """Hi Sam, the list of path reports that don't match a patient in the registry has grown to about 250, and
   most of them look like patients we already have. Angela has to match them by hand. Did something change? Kevin""",
   """Lakeshore Pathology started sending dates of birth as MM/DD/YYYY instead of YYYYMMDD in September, so the
   matching step compared strings that never agreed. I normalised the date before matching and reran: 201 of 247
   matched automatically. The remaining 46 are genuinely new or need review. I added a check that warns when
   more than 20% of a day's reports go unmatched.""")

ex(C, "harlan-abstract-plus-database-lock", "2024-12-03", "Abstract Plus database locked",
   """Hi Sam, this morning nobody can open Abstract Plus. It says the database is already in use and opened
   exclusively by another user. Kevin was working in it last night from home and his laptop crashed. Angela Ruth has a deadline on a hospital report today. Can you get us back in? Thanks""",
   """When Kevin's session crashed, Access left a .laccdb lock file on the share and the database stayed marked
   open. I confirmed nobody was connected, removed the lock file, ran Compact and Repair on a copy first and then on
   the live file. No data lost. Remote work should go through the remote desktop session, which doesn't leave
   locks when the laptop drops.""")

ex(C, "harlan-naaccr-v24-conversion", "2025-02-04", "Moving to NAACCR XML version 24",
   """Hi Sam, the state says all submissions from the 2025 year on must be NAACCR XML version 24. Our Abstract
   Plus is on an older release and Web Plus reporters are sending version 23. Can you help us plan this? Ruth""",
   """I installed the Abstract Plus release that supports v24 on the registry workstation, after a full backup,
   and imported the CDC's v24 metafile. Web Plus was updated to accept v24 files while still accepting v23 until
   June. I sent a letter to the 11 reporting facilities with the change date. Test export of January cases
   validated against the state's XML schema.""")

ex(C, "harlan-vpn-split-tunnel-slow", "2025-04-15", "VPN full tunnel making calls choppy",
   """Hi Sam, when Angela is connected to the VPN at the hospital, Teams calls break up and web pages load
   slowly. When she disconnects it's fine. She has to stay connected to work in Abstract Plus. Kevin She was on a call with the state yesterday and they couldn't understand her. Can you look? Thanks""",
   """The VPN profile was sending all traffic, including Teams and web browsing, through the county firewall.
   County IT approved split tunnelling for the registry profile: only traffic to the registry file server and
   workstation goes through the VPN, everything else uses the hospital's internet directly. Calls are clear now
   and remote desktop is faster.""")

ex(C, "harlan-path-feed-hl7-parsing", "2025-05-20", "New pathology report format from Lakeshore",
   """Hi Sam, since Lakeshore upgraded their lab system, the reports come in but the diagnosis text lands in the
   wrong field and the specimen site is blank. Angela has been copying text by hand for a week. Kevin Valley's reports look normal. Lakeshore sent a notice about the upgrade a month ago but nobody here knew it mattered. Thanks""",
   """Lakeshore's new system puts the final diagnosis in a separate OBX segment with a different code and the
   specimen site in SPM instead of OBR. I updated the import mapping for Lakeshore only and reprocessed the week's
   312 reports. I asked Lakeshore to send a sample file before their next upgrade.""")

ex(C, "harlan-county-it-firewall-sftp", "2025-06-10", "County firewall change blocking sFTP",
   """Hi Sam, WinSCP times out connecting to anything, the state's server and the labs. County IT did a
   firewall upgrade over the weekend. Nothing on our machines changed. Ruth Both the state submission folder and the lab reports are stuck. The labs say their uploads to us fail too. County IT's ticket is open but nobody has answered. Can you talk to them?""",
   """The upgraded firewall policy dropped the outbound rule for port 22 from the registry subnet. I sent County IT
   the exact rule (registry subnet to the state's and labs' sFTP addresses, TCP 22) and they restored it at 2 p.m.
   Both the outbound uploads and the inbound path feed are working. I asked them to add a note on the rule so it
   isn't removed again.""")

ex(C, "harlan-edits-metafile-update", "2025-07-15", "GenEDITS metafile update causes new errors",
   """Hi Sam, the state sent the new edits metafile and now 400 of our cases fail edits that passed last month,
   mostly about grade and the new SSDI fields. Is the metafile wrong or are our cases wrong? Kevin I need to know before I start fixing four hundred cases. Thanks""",
   """Both, partly. The new metafile enforces the 2025 grade rules on cases diagnosed in 2024, which the state
   confirmed was a mistake and will fix in the next release. About 60 failures are real missing SSDI values. I
   made a list split by edit number so Kevin can work the real ones and skip the known issue.""")

ex(C, "harlan-linkplus-dedup-threshold", "2025-08-12", "Link Plus duplicate threshold",
   """Hi Sam, the de-duplication step flagged over 900 possible duplicate patients this year and most of them
   are obviously different people (same last name, same birthday, different first names). Can it be tuned? Angela She has to look at every pair, and it takes most of a week. Last year there were about 150. Thanks""",
   """The cutoff score was set low. I raised the Link Plus threshold from 10 to 14 and added first name with
   Jaro-Winkler comparison to the match fields. Rerun: 138 candidate pairs, and on a sample of 50 that Angela
   checked, all true duplicates were still caught.""")

ex(C, "harlan-data-request-suppression", "2025-09-16", "Small-number suppression for a public data release",
   """Hi Sam, the county board wants case counts by ZIP code and cancer site for a community meeting. Ruth
   says we must suppress small numbers. Can the report do that automatically? Kevin Last time she did it by hand in Excel and it took a full day, and we worried we missed one. The meeting is in three weeks. Thanks""",
   """I added a suppression step to the counts report: any cell under 11 is replaced with "<11", and a
   complementary cell in the same row is suppressed when a total would reveal the hidden number. The output has
   a footnote with the rule. I ran it for the 2019-2023 counts for Ruth to review.""")

ex(C, "harlan-quarterly-submission-duplicates", "2025-10-21", "State flags duplicates in quarterly submission",
   """Hi Sam, the state's acknowledgment for our third-quarter submission says 37 records were rejected as
   duplicates of records we already sent. We didn't send anything twice on purpose. Ruth The state wants a corrected file or an explanation by the end of the month. Kevin thinks it's something in the export. Could you look at it with him? Thanks""",
   """The export used "date last modified" to pick records, and the v24 conversion touched every record in
   July, so cases already sent in Q2 went again. I changed the selection to cases created or changed by a user,
   excluding conversion changes, and resubmitted the 37 as updates. The state cleared the rejection.""")

ex(C, "harlan-gold-file-build", "2025-11-18", "Consolidated case file build failing",
   """Hi Sam, the step that builds the consolidated case file for the annual report crashed with "out of memory"
   after running for an hour. It's the file we use for all the incidence tables. Kevin It used to finish overnight without problems. Nothing changed except we added the 2024 cases. The annual report draft is due in January. Thanks""",
   """The build was loading all years since 1995 into memory at once. I changed the script to process one
   diagnosis year at a time and append to the output, and it now finishes in 14 minutes using under 1 GB. The
   output matches last year's for the overlapping years, record for record.""")

ex(C, "harlan-abstract-plus-backup", "2025-12-09", "Abstract Plus backup and compaction",
   """Hi Sam, the state auditor asked how Abstract Plus is backed up. Also the database file has grown to
   1.6 GB and is getting slow. Ruth Someone told me compacting it helps, but I'm afraid to break it. Could you look at both and write something short I can give the auditor? Thanks""",
   """The registry share is backed up nightly by County IT with 35 days of versions. I also added a weekly task
   that copies the database, runs Compact and Repair on the copy, verifies it opens, and keeps 12 weekly copies.
   The compacted file is 900 MB and noticeably faster. I wrote a backup statement for the auditor.""")

ex(C, "harlan-annual-report-maps", "2026-01-20", "Annual report incidence maps",
   """Hi Sam, for the annual report we want incidence maps by census tract like other counties publish. We have
   QGIS but nobody knows how to use it. Angela The board asked for them specifically this year. Kevin can give you the rates from the consolidated file, and we have the tract boundaries from the planning department. Is this something you could set up so we can reuse it? Thanks""",
   """I built a QGIS project with the county's census tract boundaries, joined to the age-adjusted rates from the
   consolidated case file, with suppression applied. There's one layout per cancer site, exported to PDF and PNG,
   with the same colour classes across maps. Updating next year means replacing one CSV.""")

ex(C, "harlan-mfa-county-rollout", "2026-02-17", "County MFA rollout for registry staff",
   """Hi Sam, County IT is turning on multi-factor authentication for everyone on March 1. Angela doesn't want
   county apps on her personal phone, and the registry workstation is shared. What are our options? Ruth County IT says it's our problem to figure out. Thanks""",
   """County IT supports hardware security keys. I ordered three FIDO2 keys, registered one for each of you, and
   showed County IT how to register them for the shared workstation sign-in. Angela needs no app on her phone.
   Keep the keys on your badge lanyard; a spare is in Ruth's locked drawer.""")

ex(C, "harlan-webplus-user-accounts", "2025-01-14", "Web Plus account for a new facility reporter",
   """Hi Sam, Pine Ridge Surgery Center has a new registrar, Donna Felts, and the previous person left without
   telling anyone her password. Donna needs to upload their 2024 cases to Web Plus. Can we give her an account and
   shut off the old one? Also, is there a way to see who still has accounts? Angela""",
   """I disabled the old Pine Ridge account and created one for Donna with the facility-uploader role, restricted
   to Pine Ridge's facility code, and she received the activation e-mail. I exported the Web Plus user list:
   27 accounts, of which 6 hadn't logged in for over a year; I disabled those after Angela confirmed. Facilities
   should tell us when a reporter leaves; I added that line to the annual reporting letter.""")

ex(C, "harlan-srfax-sub-user", "2025-03-11", "SRFax sub-user for a new registrar",
   """Hi Sam, we hired a part-time registrar, Luis Ortega, who will handle follow-back letters. He'll be sending
   faxes to physician offices. Right now everyone shares Ruth's SRFax login, which I don't think is a good idea.
   Can he have his own? And can we tell who sent which fax? Kevin""",
   """I created SRFax sub-users for Luis, Kevin and Angela under the registry account, each with their own
   password and send-only permission, and changed Ruth's main login password afterwards. The sent-fax log now
   shows the sub-user for every fax. The registry cover page is shared by all sub-users, so follow-back faxes look
   the same no matter who sends them.""")

ex(C, "harlan-followback-letter-merge", "2025-11-04", "Follow-back letters by mail merge",
   """Hi Sam, Angela writes each physician follow-back letter by hand in Word, copying the patient name, date of
   diagnosis and the missing items from Abstract Plus. We send about 80 a quarter. Could Word fill these in
   automatically from a list? Ruth""",
   """Yes. I made an Abstract Plus query that lists cases with missing stage or treatment fields by facility and
   physician, exported to Excel, and a Word mail-merge letter on the registry letterhead with fields for the
   patient, diagnosis date and missing items. Merging to PDF gives one file per physician, ready to fax from SRFax.
   The first batch of 76 took Angela 20 minutes instead of two days.""")

SIG_KEVIN = """Kevin Tran, CTR
Data Quality Lead | Harlan County Cancer Registry
Harlan County Department of Public Health
Confidentiality notice: this message may contain protected health information."""

mail(C, 1, "quarterly pull kicked back", "2026-04-08 08:41", f"""
Sam,

The quarterly pull got kicked back this morning before it even got to the state. WinSCP sits on "connecting"
and then times out. Nothing at the lab side has come in since yesterday either, Angela says her morning count is
zero. County IT sent a note last Friday about "network maintenance this weekend".

Deadline for the first-quarter file is the 15th.

{SIG_KEVIN}
""", ["harlan-county-it-firewall-sftp", "harlan-quarterly-submission-state"], "nickname")

mail(C, 2, "orphans pile", "2026-03-04 10:15", """
Hi Sam,

The orphans pile is over 300 again. I spot-checked twenty and most of them are patients we definitely have,
same name and birthday, they just didn't attach. Valley's look fine, it seems to be mostly Lakeshore again.
I can keep going by hand but it's taking me half of every day.

Angela Moss
Cancer Registrar
Harlan County Cancer Registry
""", ["harlan-unmatched-path-reports", "harlan-path-feed-hl7-parsing"], "nickname")

mail(C, 2, "laptop won't start - asking for a number", "2026-03-10 07:22", """
Sam, sorry to bother you early.

My laptop showed a blue screen this morning asking me to "enter the recovery key to get going again" and it
wants a long number with dashes. I don't have any number like that. County IT updated something last night,
it was restarting when I left. I'm supposed to be at St. Luke's at 9 to abstract their January cases.

Angela
(sent from my phone)
""", ["harlan-laptop-bitlocker-recovery"], "symptom")

mail(C, 1, "nothing from Valley since Tuesday", "2026-03-13 09:05", f"""
Hi Sam,

Our daily count of new electronic lab reports from Valley Regional has been zero since Tuesday. Normally we
get 30-50 a day. Lakeshore's are coming in fine and Valley swears they are sending. I called their IT guy and
he mentioned they "moved to a new data center" last weekend, which sounds familiar.

{SIG_KEVIN}
""", ["harlan-path-feed-sftp-stopped"], "symptom")

mail(C, 0, "Updating the fax cover sheet", "2026-03-18 14:10", """
Hi Sam,

The county adopted a new seal and the county attorney revised the confidentiality notice that goes on
everything we fax. Could you update the SRFax cover sheet with the new seal and the new wording (attached)?
Please also change the callback number, we now have a direct line: (555) 301-4400.

This needs to be on all outbound faxes, including the follow-back letters Luis sends. Thank you.

Ruth Abernathy, MPH
Registry Manager
Harlan County Cancer Registry
""", ["harlan-srfax-followback-cover", "harlan-srfax-sub-user"], "cross-client")

mail(C, 1, "new edits metafile", "2026-03-25 11:30", f"""
Sam,

The state released the 2026 edits metafile and after I loaded it GenEDITS reports about 250 errors on cases
that passed in February. Most are on the new SSDI fields again and a few are about grade. Same story as last
summer maybe? I'd like to know which are real before I spend a week on them. Also, do I need to do anything in
Abstract Plus for the v24 changes they mention in the release notes, or was that all done last year?

{SIG_KEVIN}
""", ["harlan-edits-metafile-update", "harlan-naaccr-v24-conversion"])

mail(C, 0, "data request from the university", "2026-03-31 16:45", """
Hi Sam,

We approved another data request from Dr. Okonkwo's group at the university: de-identified colorectal cases
2016-2024, with county of residence and census tract. Two questions: how do I send it securely (I forgot how we
did it last time), and should we suppress small counts in a record-level file, or is that only for the counts
tables? The file will be about 40 MB.

Thanks,
Ruth
""", ["harlan-encrypted-email-data-request", "harlan-data-request-suppression"])

mail(C, 1, "gold file build failed", "2026-04-14 08:12", f"""
Hi Sam,

The gold file build fell over last night, different error than last time: "KeyError: 'tractce20'" near the end.
I think it's because we switched the census tract field to the 2020 tracts when we loaded the 2025 cases. The
annual report tables all depend on it.

Can you take a look this week?

{SIG_KEVIN}
""", ["harlan-gold-file-build", "harlan-annual-report-maps"], "nickname")

mail(C, 2, "calls breaking up at the hospital", "2026-04-16 13:55", """
Hi Sam,

I'm at Mercy West this week and every time I'm on a Teams call with Kevin my voice cuts out and the video
freezes. Web pages take forever too. When I disconnect from the county connection everything is fine, but then
I can't get into Abstract Plus. This is a new laptop County IT gave me last month, maybe it doesn't have the same
settings as the old one?

Angela
""", ["harlan-vpn-split-tunnel-slow", "harlan-vpn-remote-abstracting"], "paraphrase")

mail(C, 1, "death clearance 2025", "2026-04-21 10:30", f"""
Sam,

Vital records sent the 2025 death file for the annual death clearance. It's a CSV again but this time the
columns are in a different order and there's a new "decedent_middle" column. Can you update the conversion
script from two years ago so I can run Link Plus? Also remind me what blocking we used.

Thanks,

{SIG_KEVIN}

On Mon, Apr 20, 2026 at 4:02 PM, Vital Records Data Unit wrote:
> Attached is the 2025 death extract for Harlan County residents. Please note the
> updated record layout (v3). Contact us with any questions.
""", ["harlan-death-clearance-linkage", "harlan-linkplus-dedup-threshold"])

mail(C, 2, "someone else has it open??", "2026-04-23 08:20", """
Good morning Sam,

Abstract Plus won't open for me or for Luis. It says the file is "already in use" and can't be opened. Kevin
is out sick and says he might have left it open on the remote session last night but he's not sure. I don't
want to break anything so I haven't touched it. Can you check?

Angela Moss
Cancer Registrar
""", ["harlan-abstract-plus-database-lock"], "symptom")

mail(C, 2, "Clearwater upload again", "2026-04-28 15:05", """
Hi Sam,

Clearwater Memorial's new registrar (Janet Pruitt, replaced the one from before) can't get her upload into Web
Plus to work. First she couldn't log in at all because she was using the old person's account, and now with the
password reset she gets "upload error" after a few minutes. She's sending the whole of 2025 at once.

Can you set her up properly and tell her how to split the file?

Angela
""", ["harlan-webplus-upload-failure", "harlan-webplus-user-accounts"])

mail(C, 0, "Authenticator on new phones", "2026-05-05 09:40", """
Hi Sam,

Luis and I both got new county phones and County IT now wants us to use the Authenticator app on them for the
MFA sign-in instead of what we have. I'd rather keep the keys we have now, they work well, and Angela still
doesn't want any app on her phone. Do we have to switch? And Luis never got one of the keys, he's been using my
spare.

Ruth Abernathy, MPH
Registry Manager
""", ["harlan-mfa-county-rollout"], "cross-client")

mail(C, 0, "map for the yearly publication", "2026-05-12 11:00", """
Hi Sam,

The health commissioner wants the tract-level pictures in the yearly publication to also show lung cancer and
melanoma this time, not just the four sites we did before. Can we do that without you rebuilding everything?
I remember you said something about replacing a file. Kevin will have the new rates ready next week. The draft goes to the printer on June 1.

Thank you,
Ruth
""", ["harlan-annual-report-maps"], "paraphrase")

# ---------------------------------------------------------------- Maple Grove
C = client(
    "Maple Grove Pediatrics", "Maple Grove Pediatrics, P.C.", "maplegrovepeds.com",
    """
Office Practicum (OP): the practice's pediatric EHR and billing system (cloud hosted)
the portal: the OP patient portal used by parents
SRFax: online fax service; incoming faxes are imported into OP's document queue
Intune: Microsoft device management for the exam-room iPads and the waiting-room check-in iPads
RingCentral: phone system, call queues and after-hours routing
the nurse line: RingCentral call queue for parents' triage calls
the pink sheet: the state's school and camp health examination form (printed on pink paper)
the shot registry: ImmLink, the state immunization information system; OP reports every dose
the fridge log: vaccine refrigerator temperature monitoring (TempTrak sensors, VFC requirement)
VFC: Vaccines for Children program
EPCS: electronic prescribing of controlled substances (needs a token per prescriber)
""",
    [["carla@maplegrovepeds.com", "Carla Jimenez", "Practice manager"],
     ["ashah@maplegrovepeds.com", "Anita Shah", "Managing physician"],
     ["ben@maplegrovepeds.com", "Ben Foster", "Front desk lead"],
     ["hannah@maplegrovepeds.com", "Hannah Lee", "Nurse manager"]])

ex(C, "maple-shared-provider-calendar", "2024-01-09", "Shared provider schedule calendar",
   """Hi Sam, the providers keep a paper calendar at the front desk for vacations, CME days and hospital
   rounding weeks, and it's always out of date. We'd like something everyone can see from their phone, and only
   Carla and Dr. Shah should be able to change it. We use Microsoft 365 for e-mail. Thanks, Carla""",
   """I created a shared calendar, "Provider Schedule", in a Microsoft 365 group. Carla and Dr. Shah are owners
   with edit rights; the other providers and front desk have read access, and it shows up in Outlook on their
   phones next to their own calendar. I entered the next three months from the paper calendar, colour-coded
   vacation, CME and rounding. The paper one can retire.""")

ex(C, "maple-srfax-outage", "2024-02-20", "SRFax outage",
   """Hi Sam, we haven't received a single fax since this morning, and Children's Hospital says their faxes
   to us fail. We're expecting discharge summaries and two urgent referrals back. Nothing shows in OP's document
   queue and the SRFax website loads very slowly. Is it us? Ben""",
   """It wasn't us: SRFax had a regional outage, listed on their status page from 8:15 to 1:30. I asked
   Children's to send the two urgent referrals through their secure e-mail to Carla in the meantime. After SRFax
   recovered, the queued faxes arrived and OP imported them. I put the SRFax status page link and the hospital's
   secure e-mail contact on the front-desk cheat sheet.""")

ex(C, "maple-ringcentral-after-hours", "2024-03-05", "RingCentral after-hours routing to the answering service",
   """Hi Sam, parents calling after 5 p.m. get our voicemail instead of the answering service. It started after
   daylight saving time began on Sunday. The answering service says nothing changed on their side. This is a
   safety issue for us, the on-call doctor needs to get those calls. Carla""",
   """The RingCentral main site was set to a fixed UTC offset instead of the Eastern time zone, so the
   after-hours rule kicked in an hour late and the voicemail greeting filled the gap. I set the site time zone to
   America/New_York, checked the business-hours schedule and the after-hours forward to the answering service
   number, and test-called at 5:05 p.m.: it went to the service.""")

ex(C, "maple-portal-activation-codes", "2024-04-16", "Portal activation codes expiring",
   """Hi Sam, parents keep calling to say the portal activation code we print at check-out "has expired". Some
   of them try the same evening. Ben prints a new one and it's the same problem the next week. Is the expiry
   something we can change? Carla""",
   """The portal activation codes were set to expire after 24 hours, which is OP's default for security. I
   changed the setting to 14 days and turned on the option to send the invitation by e-mail instead of a printed
   code, so parents can click a link. Front desk can still print codes. Activations went from about 30% to 70% in
   two weeks.""")

ex(C, "maple-intune-ipad-enrollment", "2024-05-14", "Enrolling exam-room iPads in Intune",
   """Hi Sam, we bought twelve iPads for the exam rooms so providers can chart in OP at the bedside. They
   should be locked down, with only OP, the browser and the camera, and we need to be able to wipe them if one goes
   missing. How do we set them up? Hannah""",
   """I connected Apple Business Manager to Intune and assigned the twelve serial numbers to an automated device
   enrollment profile, so each iPad enrolls and supervises itself on first start. The Exam Room profile pushes
   the OP app, Edge and the camera, blocks the App Store, and requires a passcode. They are in the "Exam iPads"
   group for compliance and remote wipe.""")

ex(C, "maple-pink-sheet-template", "2024-06-04", "State school health examination form in OP",
   """Hi Sam, the state released a new version of the school health examination form and schools are rejecting
   the old one. We print it from OP as a letter template filled from the well visit. The new one has a separate
   section for sports clearance and a different immunization table. Can you update it? Ben""",
   """I rebuilt the OP letter template from the state's new PDF: the demographics, vitals, vision and hearing
   fields merge from the well visit, the immunization table pulls from the immunization record, and the sports
   clearance section is a checkbox the provider completes. Old template archived. Two providers tested it on
   today's physicals; it looks identical to the state's form.""")

ex(C, "maple-vfc-temperature-alerts", "2024-07-09", "Vaccine fridge temperature alerts to old numbers",
   """Hi Sam, the vaccine refrigerator went out of range on Saturday night and nobody got an alert. Hannah found
   it Monday at 6 a.m. We had to call the VFC program and may have to discard doses. TempTrak says the alerts were
   sent. Who did they go to? Hannah""",
   """TempTrak's alert list still had the previous nurse manager's cell phone and the old office landline, which
   forwards nowhere at night. I updated the escalation: Hannah by text, then the on-call nurse by phone call after
   15 minutes, then Carla. I sent a test alert and all three received it. I also set a weekly test alert every
   Friday at noon.""")

ex(C, "maple-iis-vfc-doses-rejected", "2024-08-13", "ImmLink rejecting doses without VFC eligibility",
   """Hi Sam, the state immunization registry sent us a report listing 140 doses from July that were rejected.
   The error is "VFC eligibility missing". The VFC coordinator says we'll be flagged on the next site visit if they
   don't get in. We gave the shots and they're in OP. Hannah""",
   """The HL7 messages from OP to ImmLink need the VFC eligibility code in each dose, and it comes from the
   eligibility field at the visit. In July OP's update made that field optional at check-in and front desk
   stopped filling it. I made it required again, Ben's team back-filled the 140 doses, and I resent them: all
   accepted.""")

ex(C, "maple-phreesia-checkin-insurance", "2024-10-01", "Check-in insurance card photos not reaching OP",
   """Hi Sam, parents take photos of insurance cards on the check-in tablets, but the photos aren't showing
   up in the patient's chart in OP anymore. Billing has to ask parents for the card again at check-out, which
   makes for long lines. It's been about a week. Ben""",
   """The check-in vendor rotated its API credentials for the OP integration and the new key was never entered.
   Card images were queued on their side. I entered the new credential in OP's integration settings, and the
   queue of 212 card images imported to the insurance section of each chart. I asked the vendor to e-mail Carla
   and me before the next rotation.""")

ex(C, "maple-ringcentral-nurse-queue", "2024-11-12", "Nurse line call queue overflow",
   """Hi Sam, on Monday mornings parents wait 20 minutes or more on the nurse line and many hang up. We have
   three nurses on the phones but sometimes one of them sits idle while callers wait. Is something wrong with the
   queue? Hannah""",
   """The nurse line queue was set to "fixed order" ringing with a 60-second ring time, so calls kept trying
   Hannah's phone first even when she was on another call. I changed it to "longest idle" distribution, 20-second
   ring, and turned on the callback option: after two minutes callers can press 1 to keep their place and get a
   call back. The Monday average wait dropped to 6 minutes.""")

ex(C, "maple-backup-scans", "2024-12-10", "Backup of locally scanned documents",
   """Hi Sam, OP is in the cloud, but we still scan to a folder on the front-desk PC before uploading, and
   some scans never get uploaded. If that PC dies, are they gone? Our auditor asked about backups. Carla Thanks""",
   """Yes, they would be. I moved the scan folder to a SharePoint library synced to the front-desk PC, so every
   scan is in Microsoft 365 within seconds, versioned and recoverable for 93 days. OP itself is backed up by the
   vendor under the contract. I wrote a short backup summary for the auditor.""")

ex(C, "maple-label-printer", "2025-01-21", "Zebra specimen label printer stopped after update",
   """Hi Sam, the label printer in the lab area prints blank labels since this morning. We use them for urine
   cups and strep swabs. The printer shows ready and feeds labels, they just have nothing on them. Windows did an
   update last night. Hannah""",
   """The Windows update replaced the Zebra driver with a generic one that sends the wrong format. I reinstalled the
   ZDesigner driver, set the label size back to 2 x 1 inch, and paused driver updates for that printer through
   Intune. I recalibrated the media sensor too. Labels print correctly from OP's lab order screen.""")

ex(C, "maple-intune-compliance-os-update", "2025-02-11", "iPads non-compliant because iPadOS was out of date",
   """Hi Sam, several exam-room iPads stopped opening OP this morning. The providers are charting on paper. Three
   of them are still working fine. Restarting doesn't fix it. What happened? Hannah The ones that don't work say something about the device not meeting the organization's requirements. Thanks""",
   """The Intune compliance policy requires iPadOS 17.3 or later, and five iPads had deferred the update, so
   they became non-compliant and Conditional Access blocked OP and e-mail. I pushed the update through Intune, the
   iPads restarted at lunch and went compliant. I set updates to install automatically overnight so it doesn't
   happen again.""")

ex(C, "maple-portal-proxy-teen", "2025-03-18", "Parent proxy access for adolescents",
   """Hi Sam, Dr. Shah wants to follow the state's adolescent confidentiality rules in the portal. Right now
   parents see everything in their teenager's chart, including notes about sensitive visits. What can we do in
   the portal? Carla We have a lot of teenage patients and some of them have told the doctors they won't talk about certain things because mom reads the portal. Thanks""",
   """OP supports adolescent proxy rules. I turned on the setting that limits parent proxy access when the patient
   turns 13: parents still see immunizations, appointments and billing, but not visit notes or lab results marked
   confidential. Teens can get their own portal account. I wrote a letter for families explaining the change.""")

ex(C, "maple-phishing-gift-cards", "2025-04-02", "Phishing: gift card request from 'Dr. Shah'",
   """Hi Sam, Ben got a text and an e-mail from "Dr. Shah" asking him to buy $500 in gift cards for a staff
   appreciation surprise and send the codes. Ben asked Carla, luckily. Dr. Shah didn't send it. Carla What should we do?""",
   """The e-mail came from a Gmail address with Dr. Shah's name as display name. I blocked the address, turned on
   the warning banner for external senders with the same display name as staff, and sent a short note to all staff
   with the example. The text came to Ben's personal phone, which we can't filter; the note covers that too.""")

ex(C, "maple-srfax-large-records", "2025-04-22", "Sending large records requests by fax",
   """Hi Sam, a law office requested a complete medical record, about 180 pages. The fax from OP fails halfway
   every time and SRFax says "transmission incomplete". Do I have to send it in pieces? Carla They want it by Friday. Thanks""",
   """Long faxes to a single machine often fail at the receiving end. SRFax allows up to 200 pages, but their fax
   machine hung up around page 90. Rather than split, I set up a secure file link from Microsoft 365 with expiry
   and a passcode, and the law office agreed to take it that way. For other large record requests, send a secure
   link first.""")

ex(C, "maple-iis-query-history", "2025-05-20", "ImmLink history query returning nothing",
   """Hi Sam, when we query ImmLink from OP for a new patient's immunization history, it comes back empty for
   everybody, even kids we know have shots from other offices. Sending doses still works. Hannah It's been like this for a few days. Without the history we end up giving extra doses or calling the old pediatrician. Thanks""",
   """The query interface uses a different certificate from the dose submissions, and it expired on May 15. I
   renewed it through the state's IIS onboarding portal, installed it in OP's interface settings and queries work
   again: a test on a new patient pulled 18 prior doses. Both certificates now have calendar reminders.""")

ex(C, "maple-wifi-guest-portal", "2025-06-10", "Guest Wi-Fi for parents",
   """Hi Sam, parents ask for Wi-Fi in the waiting room all day. We don't want them on our network. Can we have
   a guest network with a simple page that shows our terms? Ben Right now Ben gives out the staff password when people insist, which I know is bad. Thanks""",
   """I set up "MapleGrove-Guest" on the access points, isolated from the practice network, with a splash page
   showing the terms and the practice logo and a 2-hour session limit. Bandwidth is capped so it can't slow down
   OP for staff. A sign with the network name is by the check-in desk.""")

ex(C, "maple-pink-sheet-printing", "2025-07-15", "School health exam forms printing cut off",
   """Hi Sam, it's back-to-school season and the school health forms print with the bottom signature line cut
   off. We print on the pink paper in tray 2. Schools won't take them without the signature. Ben We have a line of parents asking for them every day this month. Thanks""",
   """The front-desk printer had been replaced and the new driver defaulted tray 2 to A4 instead of Letter, so
   OP scaled the page and cut the bottom. I set tray 2 to Letter, turned off "fit to page" for the form template,
   and printed a test on pink paper: the signature line and the provider stamp area are there.""")

ex(C, "maple-email-encryption-referral", "2025-08-12", "Sending referrals to specialists by secure e-mail",
   """Hi Sam, some specialists prefer e-mail referrals instead of fax. Is it OK to send the referral letter and
   growth chart as attachments from Outlook? Hannah The developmental pediatrics group at Children's asked us to stop faxing because their fax queue is backed up for days. I want to make sure we aren't breaking any rules. Thanks""",
   """Only encrypted. I turned on Microsoft 365 message encryption for the practice: typing [secure] in the
   subject encrypts the message and attachments, and the specialist's office opens it through a link with a code.
   I also made a Data Loss Prevention rule that warns if an e-mail with a date of birth and a diagnosis is sent
   unencrypted.""")

ex(C, "maple-vfc-sensor-offline", "2025-09-16", "TempTrak sensor offline after Wi-Fi change",
   """Hi Sam, TempTrak shows no readings for the vaccine fridge since Saturday and no alarms either. The
   thermometer on the door says 4°C so the fridge is fine. We changed the Wi-Fi password Friday. Hannah Do we have a gap in the log now? The VFC program checks the records. Thanks""",
   """The TempTrak gateway connects by Wi-Fi and still had the old password, so it stopped sending readings;
   the sensor logged locally. I joined the gateway to the staff network with the new password and the sensor
   uploaded the stored 72 hours, so the log has no gap. I added "gateway offline" as an alert type, which wasn't
   enabled.""")

ex(C, "maple-srfax-op-integration-password", "2024-09-17", "SRFax faxes not importing into OP after password expiry",
   """Hi Sam, faxes are coming into SRFax but none are showing up in OP's incoming document queue since
   yesterday. Ben says SRFax asked him to change the password when he logged in to the website. Carla He did change it. We're printing faxes from the website and scanning them in. Thanks""",
   """The practice SRFax account enforces a 90-day password change, and OP's fax integration signs in with the
   same account, so when Ben changed the password OP's import started failing. I created a separate SRFax
   sub-user just for the OP integration, with an API password that doesn't expire, and entered it in OP. The
   backlog of 63 faxes imported.""")

ex(C, "maple-intune-kiosk-mode", "2025-10-07", "Check-in iPads in single-app mode",
   """Hi Sam, kids in the waiting room keep getting out of the check-in app on the iPads and playing games or
   YouTube. Parents then can't check in and the front desk has to fix it. Ben Can the iPads be locked to the app? Thanks""",
   """I put the two check-in iPads in a separate Intune group with a single-app mode (kiosk) profile that locks
   them to the check-in app. The home button and gestures do nothing; to exit, an admin has to change the
   profile. I also disabled Safari and the App Store on them.""")

ex(C, "maple-new-provider-setup", "2025-11-04", "New nurse practitioner setup with EPCS",
   """Hi Sam, our new nurse practitioner, Jenna Park, starts December 1. She needs OP, e-mail, an iPad, and she
   has to be able to e-prescribe controlled substances for ADHD patients. What do you need from us? Dr. Shah Thanks Thanks""",
   """I need her DEA number, state license and NPI. I created her Microsoft 365 account and OP user with the
   provider role, assigned an exam-room iPad, and started the EPCS identity proofing with OP's e-prescribing
   partner; she'll receive a hard token by mail and I'll do the two-person access setup with Dr. Shah on her first
   day.""")

ex(C, "maple-ringcentral-holiday-schedule", "2025-12-16", "RingCentral holiday hours not applied",
   """Hi Sam, we're closed December 25 and January 1 and open half day on the 24th. Last year the phones
   acted like it was a normal day and parents got the front desk ringing with nobody there. Carla Can you make sure it works this year? Thanks""",
   """I added the three dates to the RingCentral holiday schedule: closed all day on the 25th and the 1st, open
   until noon on the 24th, routing to the answering service otherwise. Last year the holidays were entered on the
   user extensions instead of the main site, which is why it didn't apply.""")

ex(C, "maple-epcs-token-lost", "2026-01-13", "Lost EPCS token",
   """Hi Sam, Dr. Ruiz lost his EPCS token keychain over the holidays. He can't e-prescribe controlled
   substances. Patients need refills this week. Carla He's searched his car and his house. Do we have to order a new one and wait, or is there a faster way? He's pretty embarrassed. Thanks""",
   """I deactivated the lost token with OP's e-prescribing partner so it can't be used, ordered a replacement,
   and set up the mobile soft-token app on Dr. Ruiz's phone as an alternative, which the DEA rules allow. Dr. Shah
   approved the access change as the second person. He prescribed his first refills on Wednesday.""")

ex(C, "maple-docs-scan-duplicate", "2026-02-10", "Scanned documents appearing twice in OP",
   """Hi Sam, every document we scan at the front desk now appears twice in the patient's chart in OP. It
   started after the scanner was replaced. Ben The old one was fine. Now the charts are cluttered and the doctors are complaining that they can't tell which copy to look at. Thanks""",
   """The new scanner's software was saving both a PDF and a JPEG for each scan, and OP's import picked up both.
   I set the scan profile to PDF only and deleted the duplicates from last week using OP's document audit.""")

SIG_CARLA = """Carla Jimenez
Practice Manager | Maple Grove Pediatrics
4410 Grove Parkway, Suite 120 | Phone (555) 214-7700"""

mail(C, 2, "pink sheets", "2026-03-02 08:50", """
Hi Sam,

The pink sheets are printing weird again. The bottom part where the doctor signs is missing on some of them and
on others the whole thing is shifted to the left. We got a new toner cartridge Friday, not sure if that matters.
Also one school nurse told a mom that the state has a "2026 version" now? I haven't seen anything about that.

We have about 15 camp physicals this week so it would be great to get it fixed soon.

Ben Foster
Front Desk Lead
Maple Grove Pediatrics
""", ["maple-pink-sheet-printing", "maple-pink-sheet-template"], "nickname")

mail(C, 3, "shot registry rejections", "2026-03-06 12:15", """
Sam,

The shot registry sent another rejection report, about 90 doses from February. I didn't look at all of them
but the ones I checked are the "eligibility" error again. The VFC site visit is in April. Can you find out why
and fix them before then? I'd also like a way to know sooner than a month later.

Hannah Lee, RN
Nurse Manager, Maple Grove Pediatrics
""", ["maple-iis-vfc-doses-rejected"], "nickname")

mail(C, 3, "room iPads", "2026-03-10 09:33", """
Hi Sam,

The iPads in rooms 3, 5 and 7 show a message when the doctors open OP: "Your organization requires you to update
settings on this device before you can access company data." Dr. Ruiz tapped something and it went to a
Settings screen but he didn't know what to do. The other rooms are fine. Patients are waiting so they're using
the desktop in the hallway.

Hannah
""", ["maple-intune-compliance-os-update", "maple-intune-ipad-enrollment"], "symptom")

mail(C, 3, "fridge graph", "2026-03-16 07:45", """
Sam,

I opened the temperature website this morning and the vaccine fridge graph is just empty since Saturday
afternoon. No alarm went to my phone, nothing. The door thermometer reads 4.5 so the vaccines are OK I think.
Over the weekend the internet company came to replace our router.

I need to know if we have a gap in the record because VFC will ask.

Hannah Lee, RN
""", ["maple-vfc-sensor-offline", "maple-vfc-temperature-alerts"], "symptom")

mail(C, 2, "faxes not coming in", "2026-03-19 10:40", """
Hi Sam,

We haven't gotten any faxes since about 8 this morning. Two offices called saying their faxes to us fail or our
line doesn't answer. The SRFax website is super slow. OP's document queue is empty. Is this an SRFax outage or
did we do something? We're waiting on a discharge summary from Children's for a 10:30 follow-up.

Ben
""", ["maple-srfax-outage"], "cross-client")

mail(C, 0, "SRFax password - OP import", "2026-03-23 14:05", f"""
Sam,

SRFax made us change our account password this week because of some security alert they sent to all customers.
Since then, faxes are in SRFax but nothing shows up in OP's document queue. I thought you set it up last time
so this wouldn't happen? Maybe they reset the separate login too.

{SIG_CARLA}

---------- Forwarded message ---------
From: SRFax <noreply@srfax.com>
Date: Mon, Mar 23, 2026 at 7:02 AM
Subject: Action required: reset your password

As a precaution, we are requiring all account holders and sub-users to set a new password at next login.
""", ["maple-srfax-op-integration-password"], "cross-client")

mail(C, 0, "after-hours calls", "2026-03-09 17:40", f"""
Hi Sam,

Two parents told us this morning that they called last night around 5:30 and got our voicemail instead of the
answering service. Daylight saving time started yesterday. I'm worried this is the same as before. Could you
check the after-hours routing in RingCentral and also that the Easter schedule is right? We close at noon on
Good Friday this year.

{SIG_CARLA}
""", ["maple-ringcentral-after-hours", "maple-ringcentral-holiday-schedule"])

mail(C, 2, "parents waiting forever", "2026-03-31 11:20", """
Hi Sam,

Parents are complaining at the desk that when they call to talk to a nurse they sit there listening to music
for a really long time and give up. Some then call the main line and we have to walk over to the nurses. It's
worse now with the flu season and we added a fourth nurse in the mornings, Kim, but I'm not sure her phone ever
rings. The option to press 1 for a callback also seems to be gone.

Ben
""", ["maple-ringcentral-nurse-queue"], "paraphrase")

mail(C, 1, "New provider - Dr. Nwosu", "2026-04-06 20:15", """
Sam,

We've hired Dr. Chidi Nwosu, who starts May 4. She will need the usual: e-mail, OP, an exam iPad, and she'll
prescribe controlled substances (ADHD meds), so the EPCS setup as well. Please don't use the keychain tokens
this time; Dr. Ruiz's phone app has worked much better than the keychain, so let's do that for her.

I'll send her DEA, NPI and license numbers tomorrow.

Anita Shah, MD
Managing Physician
Maple Grove Pediatrics
""", ["maple-new-provider-setup", "maple-epcs-token-lost"])

mail(C, 0, "parents of teens upset", "2026-04-09 13:02", f"""
Hi Sam,

We got three angry calls this week from moms of 13- and 14-year-olds. They say they used to be able to read
everything about their kid's visits online and now half of it is hidden. One of them threatened to switch
practices. I know this was on purpose, but I can't remember exactly what the parents can and cannot see
anymore, and what we decided about the kids having their own login.

Can you send me a short summary I can use on the phone?

{SIG_CARLA}
""", ["maple-portal-proxy-teen", "maple-portal-activation-codes"], "paraphrase")

mail(C, 2, "waiting room iPads", "2026-04-15 15:10", """
Hi Sam,

One of the two check-in iPads in the waiting room got out of the check-in screen somehow and a kid was
watching cartoons on it. I thought they were locked. The other one is still fine. Maybe something reset when we
updated it? Can you lock it again? It's spring break so the waiting room is full of kids all day.

Ben Foster
Front Desk Lead
""", ["maple-intune-kiosk-mode"])

mail(C, 3, "stickers blank", "2026-04-20 09:10", """
Sam,

The little stickers we put on the urine cups and the strep swabs are coming out blank since this morning. The
machine makes its noise, the stickers come out, nothing is printed. We've been writing on the cups with a
Sharpie, which the lab hates. The desktop in the lab corner restarted last night for updates. We have a full afternoon of sick visits.

Hannah
""", ["maple-label-printer"], "symptom")

mail(C, 0, "double documents in OP", "2026-04-28 16:30", f"""
Hi Sam,

Scanned documents are showing up twice in patient charts again. It started after Ben's PC was replaced last week
(the scanner is the same). Could you fix the scan settings on the new PC and remove the duplicates from last week?

Thanks,
{SIG_CARLA}

On Tue, Feb 10, 2026 at 3:12 PM Sam Ortega <sam@ortega-tech.net> wrote:
> The new scanner's software was saving both a PDF and a JPEG for each scan, and
> OP's import picked up both. I set the scan profile to PDF only.
""", ["maple-docs-scan-duplicate"])

# ---------------------------------------------------------------- Summit Motion
C = client(
    "Summit Motion PT", "Summit Motion Physical Therapy, LLC (five outpatient clinics)", "summitmotionpt.com",
    """
WebPT: the EMR, scheduling and billing system used at all five clinics
clinics: Eastside, Riverside, Northgate, Lakeview (opened 2025) and Downtown
SRFax: online fax service; plans of care are faxed to physicians for signature and come back by fax
the POC chase: the list of plans of care still waiting for a physician signature, worked every week by billing
RingCentral: phones for all clinics, appointment reminder texts
Gusto: payroll for all clinics (clinicians in two states)
the huddle board: the weekly clinic dashboard in Power BI reviewed at the Thursday huddle
the 8-minute report: billing audit comparing timed minutes to billed units (CMS 8-minute rule)
the kiosk: check-in iPads at each front desk, managed with Jamf
HEP: home exercise programs in MedBridge
Meraki: network equipment at all clinics, including site-to-site VPN
""",
    [["greg@summitmotionpt.com", "Greg Novak", "Chief operating officer"],
     ["jasmine@summitmotionpt.com", "Jasmine Ortiz", "Billing manager"],
     ["derek.chu@summitmotionpt.com", "Derek Chu", "Clinic director, Eastside"],
     ["lauren@summitmotionpt.com", "Lauren Pike", "Front-office supervisor"]])

ex(C, "summit-docusign-new-hire", "2024-01-10", "New-hire paperwork through DocuSign",
   """Hi Sam, we hire a lot of PRN therapists and aides, and every new hire gets a stack of paper: W-4, I-9
   section 1, handbook acknowledgment, HIPAA training attestation, direct deposit. Lauren scans it all and it
   takes days to chase missing signatures. We already pay for DocuSign for vendor contracts. Can new hires
   sign everything before day one? Greg""",
   """Yes. I built a DocuSign template "New hire packet" with the handbook, HIPAA attestation and policy
   acknowledgments, with fields pre-filled from the offer, and a reminder every two days until it's signed.
   Completed envelopes save to the HR library in SharePoint by employee name. W-4 and direct deposit are better
   done in Gusto's own onboarding, which I turned on, so that data never sits in a PDF.""")

ex(C, "summit-srfax-poc-return-routing", "2024-02-13", "Routing returned signed plans of care by clinic",
   """Hi Sam, signed plans of care come back from physicians to our one SRFax number and land in a single
   inbox. Jasmine's team then figures out which clinic each one belongs to and forwards it. It's about 200 a week
   and it's slow. Could faxes for each clinic go to that clinic's front desk directly? Jasmine""",
   """I added one SRFax number per clinic and set each clinic's number as the return fax on the plan of care
   cover page WebPT sends, so physicians reply to the right clinic automatically. Each number delivers to that
   clinic's shared mailbox and into WebPT's document queue tagged by location. The old number stays on for a few
   months and goes to billing.""")

ex(C, "summit-ringcentral-clinic-hunt-group", "2024-03-05", "RingCentral: Riverside calls ring only one phone",
   """Hi Sam, at Riverside, calls to the clinic's main number only ring at the front desk phone by the door.
   The second front desk phone and the office phone never ring, so when Amy is on a call patients go to voicemail.
   Other clinics ring all phones. Lauren""",
   """Riverside's call queue was set up with only Amy's extension as a member, probably from when the clinic had
   one front desk person. I added the second front desk and the office manager extensions to the queue, set
   simultaneous ringing, and voicemail only after 30 seconds. Test calls ring all three.""")

ex(C, "summit-gusto-multi-state", "2024-04-09", "Gusto payroll for clinicians working in a second state",
   """Hi Sam, two therapists who live across the state line will start working at Northgate, which is in our
   state, and one of them will also cover a school contract on their side. Gusto is asking about state
   registrations. I'm not sure what to put. Greg""",
   """For the two therapists, Gusto needs their home state for withholding if there's no reciprocity, plus our
   state for the work location. I checked: the two states have a reciprocity agreement, so only our state is
   withheld, and each of them filed the reciprocity exemption form in Gusto. For the school contract days, your
   CPA should confirm; I noted the question for her.""")

ex(C, "summit-kiosk-ipad-jamf", "2024-05-14", "Check-in iPads managed with Jamf",
   """Hi Sam, the check-in iPads at the front desks keep asking for an Apple ID password to update the check-in
   app, and nobody knows it. Two of them are on an old version and patients can't sign the consent on them. Can
   this be managed centrally? Lauren""",
   """I enrolled all the check-in iPads in Jamf Now through Apple Business Manager, with the check-in app
   assigned as a managed app through volume purchasing, so updates install without an Apple ID. I set the
   iPads to single-app mode and to update overnight. All five are on the current version.""")

ex(C, "summit-poc-signature-report", "2024-06-11", "Unsigned plan of care report",
   """Hi Sam, Medicare requires a signed plan of care, and auditors want to see we follow up. Jasmine tracks
   unsigned plans in a spreadsheet by hand. WebPT has a report for unsigned documents but it lists every document
   type. Could you build something showing plans of care without a physician signature, by clinic and age? Jasmine""",
   """I built a saved WebPT analytics report, "Unsigned plans of care", filtered to initial evaluations and
   recertifications with plan-of-care status "sent, not signed", grouped by clinic and bucketed 0-14, 15-30 and
   over 30 days, with the referring physician's fax number. It e-mails Jasmine and each clinic director every
   Monday at 7.""")

ex(C, "summit-8-minute-units-audit", "2024-07-16", "Timed minutes versus billed units audit",
   """Hi Sam, our compliance consultant wants a monthly audit comparing the timed treatment minutes documented
   to the units billed, by therapist, to catch overbilling under the 8-minute rule. WebPT has the minutes and the
   billed CPT codes but no report that puts them together. Jasmine""",
   """I built a Power BI report from the WebPT data export: for each visit, total timed minutes, the units the
   8-minute rule allows, and the units billed, flagging visits where billed exceeds allowed. There's a summary by
   therapist and clinic. June showed 31 flagged visits out of 9,400, mostly one therapist documenting minutes in
   the wrong field.""")

ex(C, "summit-huddle-board-powerbi", "2024-08-20", "Weekly clinic dashboard not refreshing",
   """Hi Sam, the weekly clinic dashboard we review at the Thursday meeting still shows last week's numbers.
   Visits, cancellations and new evals are all the same as before. Greg had to present from memory. Did the
   refresh stop? Derek Thanks""",
   """The Power BI scheduled refresh failed because the on-premises data gateway's credentials for the WebPT
   export folder expired with the service account password. I updated the credentials, ran the refresh manually,
   and set the refresh failure e-mail to go to me and Greg. The dashboard shows this week's data.""")

ex(C, "summit-ringcentral-sms-reminders", "2024-09-17", "Appointment reminder texts blocked by carriers",
   """Hi Sam, we moved appointment reminders from WebPT to RingCentral texts last month to save money. Since
   the beginning of September a lot of patients say they didn't get a reminder. No-shows are up at every clinic.
   RingCentral shows the texts as sent. Lauren""",
   """US carriers now block business texts from numbers without 10DLC registration, and our RingCentral
   number's campaign registration was never completed. I submitted the brand and campaign registration with
   sample messages and opt-out language; it was approved on the 24th and delivery is back to normal. Undelivered
   texts now show as failed in the RingCentral log.""")

ex(C, "summit-srfax-cover-sheet-poc", "2024-10-15", "SRFax cover sheet with plan of care barcode",
   """Hi Sam, physicians send back signed plans of care without our cover page, so we can't tell which
   patient it's for without reading it. Jasmine heard some practices put a barcode on the cover sheet that the
   fax system can read when the fax comes back. Can SRFax or WebPT do this? Jasmine""",
   """WebPT's outbound plan of care fax can include a patient and document barcode on the first page of the
   plan itself, not just the cover sheet, which matters because physicians often discard cover sheets. I turned
   that on and set up WebPT's fax-back matching, so returned faxes with the barcode attach to the right
   document automatically. About 70% match on their own.""")

ex(C, "summit-webpt-claims-rejection-npi", "2024-11-12", "Claims rejected for missing rendering NPI",
   """Hi Sam, the clearinghouse rejected 56 claims this week with "rendering provider NPI missing". They're all
   for Marcus Lee, the new PT at Downtown. His visits look normal in WebPT. We need to get paid. Jasmine He started three weeks ago. Thanks""",
   """Marcus's WebPT user had the therapist role but his provider profile was missing the NPI and the taxonomy
   code, so claims went out without a rendering provider. I added them from NPPES, and you resubmitted the 56
   claims from the rejections screen; the clearinghouse accepted them. I added the provider profile to the new
   hire checklist.""")

ex(C, "summit-meraki-clinic-wifi-drop", "2024-12-10", "Wi-Fi drops in the Eastside gym area",
   """Hi Sam, at Eastside the Wi-Fi in the back gym drops all the time. Therapists' tablets lose WebPT in the
   middle of notes. It's fine at the front. We added the new treadmills and the big mirror wall last month. Derek""",
   """The mirror wall blocks and reflects the signal, and the back gym was served by the front access point
   only. Meraki's signal map showed the drop right behind the mirrors. I installed a second access point on the
   gym ceiling, set both to automatic channel and power, and enabled fast roaming. The tablets stay connected
   across the room now.""")

ex(C, "summit-ringcentral-new-clinic-lakeview", "2025-01-14", "Phone setup for the new Lakeview clinic",
   """Hi Sam, the Lakeview clinic opens February 3. We need phones like the other clinics, the main number on
   our website and Google listing, and reminder texts from the local number. What do you need? Greg The landlord says the network closet will be ready the week before. Thanks""",
   """I ported a local number for Lakeview, created its site in RingCentral with business hours, a call queue
   for the two front-desk phones and the clinic director, and the same after-hours message as the other clinics.
   I added the number to the existing 10DLC campaign so reminder texts go out from it. Desk phones are shipping to
   the clinic.""")

ex(C, "summit-hep-portal-sso", "2025-02-11", "MedBridge home exercise program sign-in",
   """Hi Sam, therapists have separate MedBridge logins for home exercise programs and half of them forget the
   password. We'd like them to sign in with their Microsoft account. Also, PRN staff who leave keep their
   MedBridge access. Derek Thanks Thanks""",
   """MedBridge supports single sign-on with Microsoft Entra ID. I set it up with automatic account creation
   for members of the Clinicians group, so therapists click "Sign in with Microsoft" and access ends when their
   account is disabled. I moved existing programs to the new accounts; patients' links kept working.""")

ex(C, "summit-gusto-time-tracking-webpt", "2025-03-11", "Clinician hours from WebPT into Gusto",
   """Hi Sam, our PRN therapists are paid hourly, and every two weeks Lauren adds up their clinic hours from
   the WebPT schedule and types them into Gusto. It takes a day and mistakes happen. Is there a way to move the
   hours automatically? Greg""",
   """WebPT can export a provider productivity report with hours scheduled and documented per day. I built a
   saved report for PRN clinicians and a small conversion that matches WebPT users to Gusto employee IDs and
   writes Gusto's hours import CSV. Lauren reviews the totals on screen and uploads the file under Run Payroll >
   Import hours.""")

ex(C, "summit-meraki-vpn-site-to-site", "2025-04-15", "Northgate site-to-site VPN down after ISP change",
   """Hi Sam, since the new internet provider was installed at Northgate, the front desk can't print to the
   billing office printer and can't reach the shared drive. WebPT works since it's on the web. Derek The installer said everything was working when he left. Thanks""",
   """The new ISP gave Northgate a different public IP behind their own router, which was doing NAT in front of our
   Meraki. I had the ISP put their router in bridge mode so the Meraki gets the public address, and the
   site-to-site VPN to the other clinics came up by itself. Printing and the shared drive work.""")

ex(C, "summit-webpt-eligibility-check", "2025-06-10", "Batch insurance eligibility checks not running",
   """Hi Sam, WebPT is supposed to check insurance eligibility for the next day's patients every night, but
   the front desks say it's not showing any results for about a week. They're calling insurers by phone. Lauren It wastes a couple of hours a day per clinic. Thanks""",
   """The nightly batch eligibility check was tied to the WebPT user of a front-desk employee who left, and when
   her account was deactivated the batch job stopped. I reassigned it to a dedicated integration user that won't
   be deactivated, ran it for the next three days, and results show on the schedule.""")

ex(C, "summit-m365-license-cleanup", "2025-07-15", "Microsoft 365 licences for PRN staff",
   """Hi Sam, our Microsoft bill went up again. I think we pay for a full licence for every PRN therapist, even
   ones who work twice a month. Can you look at what we actually need? Greg I don't want to cut anything they need. Thanks""",
   """Of 84 licences, 31 were Business Standard for PRN staff who only use e-mail and Teams on their phones. I moved
   them to the frontline F3 licence, removed 9 licences for people who left, and kept Standard for office staff.
   Monthly cost is down by about $640. I set up a quarterly licence review reminder.""")

ex(C, "summit-poc-auto-resend", "2025-08-12", "Automatic re-fax of unsigned plans of care",
   """Hi Sam, the unsigned plan of care report works, but Jasmine's team still re-faxes every plan by hand
   when it's 10 days old. Some physicians need three or four tries. Can the re-sending happen by itself? Jasmine Thanks Thanks Much appreciated.""",
   """WebPT doesn't re-send on a schedule, but its fax queue can be driven from the report. I set up an
   automation that takes plans in the report older than 10 days with no signature and re-sends them through
   SRFax with a "second request" cover page, then again at 20 days with "final request". Jasmine gets a list of
   those past 30 days to call.""")

ex(C, "summit-huddle-board-cancellations", "2025-09-16", "Dashboard counts reschedules as cancellations",
   """Hi Sam, the cancellation rate on the weekly dashboard looks far too high: Eastside shows 22%. Derek thinks
   visits that were moved to another day are counted as cancelled. Greg We had a discussion at the huddle about whether Eastside has a scheduling problem, and I don't want to make decisions on a wrong number. Can you check how it's counted? Thanks""",
   """Right: in WebPT a rescheduled visit is cancelled with the reason "rescheduled" and a new one is created. The
   measure counted all cancellations. I changed it to exclude the "rescheduled" reason and added a separate
   reschedule rate. Eastside's cancellation rate is 9%, the reschedule rate 13%.""")

ex(C, "summit-phishing-invoice", "2025-10-14", "Phishing: fake invoice from 'WebPT billing'",
   """Hi Sam, Jasmine got an e-mail that says it's from WebPT billing with an overdue invoice and a link to
   "update payment details". It looked real, but the logo was blurry. She didn't click. Greg Should we worry about anyone else getting it? Thanks""",
   """The link went to a fake Microsoft login page to steal passwords; the sender domain was webpt-billing.net. I
   blocked the domain and the URL, searched all mailboxes and removed 7 copies, and confirmed nobody signed in from
   unusual locations. WebPT invoices only come through their customer portal.""")

ex(C, "summit-gusto-401k-sync", "2025-11-11", "Gusto 401(k) deduction sync error",
   """Hi Sam, Gusto shows a warning that the 401(k) deductions for six employees didn't sync to Guideline, the
   retirement provider, for the last two payrolls. Employees are asking where their contributions are. Greg How do we fix it and make sure they get the money? Thanks""",
   """The six had changed their contribution percentage in Guideline, and the change conflicted with a manual
   deduction someone had added in Gusto. I removed the manual deductions, let Guideline's integration push the
   elections, and Gusto sent the missed contributions with the next payroll as a catch-up.""")

ex(C, "summit-printer-fleet", "2025-12-09", "Printer lease replacement at five clinics",
   """Hi Sam, our printer lease ends in January. We have five different models and toner ordering is a mess.
   Should we lease one model for all clinics? The front desks mostly print intake forms and receipts. Greg Thanks Thanks Much appreciated.""",
   """I compared three quotes and recommended one model, the same mid-size laser at every clinic, with toner
   auto-shipped when the printer reports low. I deployed the new printers' drivers and queues through Intune so
   swapping is plug and print, and removed the old queues. The new lease includes next-day replacement, so a
   clinic is never without a printer for long.""")

ex(C, "summit-laptop-refresh", "2026-01-13", "Front-desk PC replacement",
   """Hi Sam, the front-desk PCs at Riverside and Downtown are seven years old and very slow. We'd like to
   replace them with something that doesn't need a day of setup per clinic. Lauren Last time it took you most of a Saturday at each location. Thanks""",
   """I ordered four mini PCs with Windows Autopilot registration, so they configure themselves from Intune on
   first sign-in: browser with WebPT, RingCentral app, printers and the receipt printer driver. Each took about 40
   minutes unattended. The old PCs were wiped and the disks destroyed by the recycler, with a certificate for
   the compliance file.""")

ex(C, "summit-patient-survey-sms", "2026-02-10", "Discharge survey by text",
   """Hi Sam, we'd like to text patients a short satisfaction survey when they're discharged. Can RingCentral
   send it automatically, or do we need another tool? Greg Our marketing person wants to start in March and report results by clinic at the Thursday huddle. We already text reminders from each clinic's number. Thanks""",
   """RingCentral can't trigger on WebPT discharges, so I set up a weekly export of discharged patients and a
   RingCentral batch text from each clinic's number with a link to the survey form, within the registered 10DLC
   campaign, with opt-out. Responses land in a spreadsheet with the clinic column filled in, so the Thursday
   dashboard can show scores by clinic.""")

ex(C, "summit-srfax-webpt-account-owner", "2025-05-13", "SRFax account owner left; WebPT fax integration broken",
   """Hi Sam, faxes sent from WebPT fail with "fax service authentication error" at every clinic. The SRFax
   account was opened years ago under the e-mail of our former office manager, whose mailbox we deleted last
   week. SRFax wants to send a verification code to that address. Jasmine""",
   """Deleting the mailbox triggered SRFax's security hold, which also suspended API access for WebPT. I
   recreated the address as a shared mailbox so the verification code could arrive, then changed the SRFax account
   owner e-mail to it-admin@summitmotionpt.com, which is a shared mailbox that never gets deleted. I re-entered the
   API credentials in WebPT and the queued faxes went out.""")

SIG_JAS = """Jasmine Ortiz
Billing Manager
Summit Motion Physical Therapy
Eastside | Riverside | Northgate | Lakeview | Downtown"""

mail(C, 1, "POC chase is out of control", "2026-03-03 08:30", f"""
Hi Sam,

The POC chase list this Monday has 140 plans over 30 days, it's usually around 40. Looking at a few, it looks
like the second and third requests never went out since mid-February, the physicians only got the first fax.
Also the Monday e-mail to the clinic directors didn't come this week, only mine.

We have a Medicare audit sample due in April so I really need these signed.

{SIG_JAS}
""", ["summit-poc-auto-resend", "summit-poc-signature-report"], "nickname")

mail(C, 0, "huddle board", "2026-03-05 07:10", """
Sam,

Huddle board is showing last week again. I'm presenting it at 8. Can you kick it? Was this the password thing
from before?

Greg

Greg Novak | COO | Summit Motion Physical Therapy
""" + """
On Thu, Aug 22, 2024 at 4:11 PM Sam Ortega <sam@ortega-tech.net> wrote:
> The Power BI scheduled refresh failed because the gateway credentials expired with
> the service account password. I updated them and set failure e-mails to you and me.
""", ["summit-huddle-board-powerbi"], "nickname")

mail(C, 3, "patients not getting the text", "2026-03-09 12:40", """
Hi Sam,

Lots of patients this week say they never got the text the day before their appointment. Our no-shows at
Lakeview and Riverside went way up, the others seem normal. We didn't change anything. One patient showed me her
phone and the last message from us was two weeks ago. In RingCentral it looks like they were sent but there's a
red mark on some of them.

Lauren Pike
Front Office Supervisor
""", ["summit-ringcentral-sms-reminders", "summit-ringcentral-new-clinic-lakeview"], "symptom")

mail(C, 2, "tablets by the treadmills", "2026-03-12 15:25", """
Sam,

At Eastside the therapists' tablets lose internet when they walk to the treadmill and bike area, and the HEP
videos we show patients just spin. At the front desk it's perfect. We moved equipment around last weekend and the
new parallel bars and a second mirror are now on that wall. Patients are noticing.

Derek Chu, PT, DPT
Clinic Director - Eastside
Summit Motion Physical Therapy
""", ["summit-meraki-clinic-wifi-drop"], "symptom")

mail(C, 1, "Fax cover sheet / barcode", "2026-03-17 10:00", f"""
Hi Sam,

We're updating the fax cover sheet that goes out with the plans of care: new logo, new confidentiality
notice from our compliance consultant, and the Lakeview address. Also, the barcode matching seems to have stopped
working for some physicians, the signed plans come back and sit in the queue unmatched. Can you look at both?

Thanks!
{SIG_JAS}
""", ["summit-srfax-cover-sheet-poc", "summit-srfax-poc-return-routing"], "cross-client")

mail(C, 0, "Gusto hours import", "2026-03-24 09:45", """
Sam,

Lauren says the file she uploads to Gusto every two weeks had the wrong hours for four PRN therapists this
time, the ones who started in February. She had to fix them by hand. The export from the EMR looks right. Is
there a list somewhere that matches people between the two systems that needs updating?

Greg Novak
Chief Operating Officer
Summit Motion Physical Therapy
""", ["summit-gusto-time-tracking-webpt"], "cross-client")

mail(C, 1, "claims rejected - new PT at Lakeview", "2026-03-30 14:15", f"""
Sam,

The clearinghouse rejected 38 claims this week with "rendering provider NPI missing" again. All of them are for
Sofia Reyes, the new PT at Lakeview. Same thing as with Marcus a while back I think. Can you add her NPI and
whatever else is missing so we can resubmit? Her NPI is 1447 2093 85.

{SIG_JAS}
""", ["summit-webpt-claims-rejection-npi"])

mail(C, 1, "8-minute report numbers", "2026-04-02 11:05", f"""
Hi Sam,

The 8-minute report for March shows 400+ flagged visits, it's never more than 40. Almost all are at Lakeview and
Downtown. I looked at a few and the minutes look fine to me, so I think it's the report, not the therapists? Our
compliance consultant wants the March numbers by next Friday.

{SIG_JAS}
""", ["summit-8-minute-units-audit"], "nickname")

mail(C, 2, "Northgate can't print to billing", "2026-04-07 08:55", """
Hi Sam,

I'm covering at Northgate this week. Since the internet company came Saturday to upgrade the line, the front
desk can't print to the billing office printer or open the shared drive. WebPT and e-mail work. I think this is
the VPN thing from last year. The billing team is sending me statements by e-mail to print locally in the meantime,
which isn't ideal with patient information.

Derek
""", ["summit-meraki-vpn-site-to-site"])

mail(C, 3, "only one phone rings at Riverside", "2026-04-13 13:30", """
Hi Sam,

When people call Riverside, only Amy's desk rings. Nick's desk at the other end and the office never light up,
so when Amy is with a patient the caller goes to voicemail. We moved the desks around last week and replaced
Nick's phone with one from the Lakeview spares. Patients are complaining they can't get through.

Lauren Pike
Front Office Supervisor
""", ["summit-ringcentral-clinic-hunt-group", "summit-ringcentral-new-clinic-lakeview"], "paraphrase")

mail(C, 0, "FW: invoice overdue", "2026-04-16 16:20", """
Sam, another one of these. Came to me and Jasmine. Delete it from everyone?

Greg

---------- Forwarded message ---------
From: WebPT Billing Department <accounts@webpt-invoices.com>
Date: Thu, Apr 16, 2026 at 2:03 PM
Subject: Invoice INV-88213 overdue - action required

Dear customer, your subscription invoice is 14 days overdue. To avoid service interruption, please update your
payment details within 24 hours using the secure link below.
""", ["summit-phishing-invoice"])

mail(C, 0, "numbers for people who didn't show", "2026-04-22 10:10", """
Sam,

At Thursday's meeting Lakeview's share of visits that didn't happen looked huge, almost one in four. The clinic
director says most of those people just moved to another day, they didn't drop out. I thought we fixed that
months ago? Maybe Lakeview is set up differently, they're the newest. I need to know whether we have a real problem there
before the owners' meeting next month.

Greg
""", ["summit-huddle-board-cancellations"], "paraphrase")

mail(C, 2, "MedBridge login", "2026-04-27 09:20", """
Hi Sam,

Two new therapists at Eastside can't get into MedBridge. When they click Sign in with Microsoft it says their
account isn't authorized for this application. The rest of us are fine. They started last Monday. Can you add
them? They need to make home exercise programs for their patients today.

Derek Chu, PT, DPT
Clinic Director - Eastside
""", ["summit-hep-portal-sso"])

# ---------------------------------------------------------------- Whitfield & Moreno
C = client(
    "Whitfield & Moreno CPAs", "Whitfield & Moreno, Certified Public Accountants, PLLC", "whitfieldmoreno.com",
    """
UltraTax CS: tax preparation software, installed on the terminal server
the terminal server: the firm's remote desktop server hosting UltraTax and client files
the vault: the ShareFile client portal where clients upload documents and download returns
QBOA: QuickBooks Online Accountant, used to work in clients' QuickBooks Online files
DocuSign: engagement letters and Form 8879 e-file signature authorizations
Gusto: payroll for about 40 small-business clients, with the firm as accountant user
the sweep: batch e-filing of extensions (Form 4868 / 7004) in the week before the deadline
organizers: client tax organizer packets generated from UltraTax and mailed in January
WISP: written information security plan required for the firm's EFIN (IRS Pub 4557)
busy season: January 15 to April 15
""",
    [["diane@whitfieldmoreno.com", "Diane Whitfield", "Partner"],
     ["sofia@whitfieldmoreno.com", "Sofia Moreno", "Partner"],
     ["raj@whitfieldmoreno.com", "Raj Patel", "Office and IT manager"],
     ["eli@whitfieldmoreno.com", "Eli Brooks", "Senior staff accountant"]])

ex(C, "whit-sharefile-client-upload", "2024-01-23", "Clients can't upload to ShareFile",
   """Hi Sam, several clients say the upload link we sent for their tax documents says "this link is no longer
   available". We sent the links in December with the organizers. Clients are annoyed and some are e-mailing W-2s
   as plain attachments, which we don't want. Raj""",
   """The ShareFile file request links were created with the default 30-day expiry, so the December links expired
   in January. I changed the firm default to 120 days for file requests and re-sent links to the 47 clients whose
   links had expired, using the client folder so uploads land in the right place. I also added a line to the
   e-mail template asking clients not to send documents as attachments.""")

ex(C, "whit-ultratax-terminal-server-slow", "2024-02-13", "Terminal server slow during busy season",
   """Hi Sam, UltraTax on the terminal server is painfully slow this week, opening a return takes a minute and
   calculating takes longer. We have eleven people on it now with the seasonal staff. It was fine in December
   with six. Diane""",
   """The server had 32 GB of RAM and was using all of it with eleven sessions plus the antivirus scanning the
   UltraTax data folder on every open. I excluded the UltraTax data and program folders from real-time scanning
   per Thomson Reuters' guidance and added 32 GB of RAM on Saturday. Opening a return now takes about 5 seconds.""")

ex(C, "whit-docusign-8879-kba", "2024-03-12", "DocuSign identity questions failing for 8879 signatures",
   """Hi Sam, clients signing their 8879s through DocuSign keep failing the identity check. They get questions
   about old addresses and car loans and some get locked out after two tries. An elderly client called Sofia
   very upset. The IRS requires identity verification for remote signatures, right? Sofia""",
   """Yes, the IRS requires knowledge-based authentication for remote 8879 signatures, which is what the
   questions are. When a client fails twice, DocuSign locks the envelope for 24 hours. I changed the 8879
   template to offer ID verification by photo of a driver's license as the alternative, which the IRS accepts,
   and wrote a short note for clients explaining the questions. Locked envelopes can be voided and resent.""")

ex(C, "whit-extension-batch-efile", "2024-04-09", "Batch e-filing of extensions from UltraTax",
   """Hi Sam, next week we file about 300 extensions. Last year Eli created and transmitted them one by one
   and it took two days. UltraTax has a batch option but we were afraid to try it. Can you help set it up so we
   can do them together and see which ones were accepted? Eli""",
   """I set up an UltraTax batch: filter clients with status "extension" and no return filed, generate Form 4868
   (and 7004 for the business entities) with the balance due from the projection, then transmit as a batch. The
   EF Status screen shows accepted and rejected per client. We ran 287 in an afternoon; 4 rejected for name
   control and were fixed the same day.""")

ex(C, "whit-qboa-client-access-mfa", "2024-05-14", "QuickBooks Online Accountant MFA codes going to one phone",
   """Hi Sam, when staff sign in to QuickBooks Online Accountant, the verification code goes to Diane's phone,
   because the firm account is under her name and everyone uses it. She's in meetings and people wait. Is there
   a better way? Raj""",
   """Shared logins are the problem. I created individual QBOA team member accounts for each staff member with
   their own e-mail and phone for verification, and gave each access only to their assigned clients. Diane's
   master admin account is only for firm settings now. Client files were reassigned in the QBOA client list.""")

ex(C, "whit-efin-security-plan", "2024-06-11", "Written information security plan for the EFIN",
   """Hi Sam, the IRS now requires tax preparers to have a written information security plan, and the EFIN
   renewal and our PTIN renewals ask us to confirm we have one. We don't have anything written. Can you help us
   write one that matches what we actually do? Diane""",
   """I wrote a WISP based on IRS Publication 5708's template covering: data inventory, MFA on all systems, the
   terminal server and ShareFile access, encryption, backups, incident response, employee training and vendor
   oversight. It references what's really in place. Diane signed it as the responsible person; I'll review it with
   you every December.""")

ex(C, "whit-gusto-client-sui-notice", "2024-08-13", "Client's Gusto state unemployment rate notice",
   """Hi Sam, one of our payroll clients, Harbor Bakery, got a state notice that their unemployment tax rate
   changed in January, but Gusto kept withholding at the old rate. Now there's a balance due. How do we fix it in
   Gusto? Eli""",
   """In Gusto the state unemployment rate has to be updated by the employer or accountant when the notice
   arrives. I updated Harbor Bakery's SUI rate effective January 1, and Gusto calculated the difference and will
   debit it and file the amended quarterly report. I made a checklist item for January to ask every payroll client
   for their rate notice.""")

ex(C, "whit-backup-ultratax-data", "2024-09-10", "Backup and restore test of UltraTax data",
   """Hi Sam, the security plan says we test restores. We've never actually done one. Can you show me that we
   could get UltraTax data back if the server died? Also, how long would it take? Raj The insurance renewal asks the same question. Thanks""",
   """The terminal server is backed up nightly to a local NAS and to Backblaze with 90 days of versions. I
   restored the full UltraTax data folder from last night to a test server, opened five random returns and
   compared them to production. Restore took 40 minutes locally; from the cloud it would be about 4 hours. The test is
   documented for the WISP.""")

ex(C, "whit-remote-staff-rdgateway-mfa", "2024-10-15", "Remote access to the terminal server with MFA",
   """Hi Sam, two staff work from home in busy season and currently connect to the terminal server with a
   plain remote desktop shortcut. Our insurance questionnaire asks whether remote access requires MFA. It doesn't.
   Diane We also have the seasonal people who sometimes work evenings from home. Can you fix this before January? Thanks""",
   """I closed the open remote desktop port and set up a Remote Desktop Gateway with Microsoft Entra MFA: staff
   open the same shortcut, sign in, and approve in Authenticator. Connections from outside the US are blocked. I
   updated the shortcut on both home laptops and the seasonal staff instructions.""")

ex(C, "whit-organizer-generation", "2024-11-19", "Generating client tax organizers",
   """Hi Sam, in January we mail about 600 tax organizers. Last year UltraTax printed them in a strange order
   and some clients got another client's pages mixed in because the stacks fell apart. Can we do it better
   this year? Maybe send some electronically? Sofia""",
   """I set UltraTax to generate organizers by client in one PDF each, with a cover letter and a separator page,
   sorted by ZIP for bulk mail. Clients who opted into e-delivery get theirs in ShareFile instead of mail; that's
   about 240 this year. Printing is one client at a time so pages can't mix.""")

ex(C, "whit-ultratax-license-update", "2024-12-10", "Installing the new UltraTax year and license",
   """Hi Sam, Thomson Reuters sent the new tax year's UltraTax release and license file. Last year installing it
   broke the prior year on the terminal server for a day. We need both years working in busy season. Raj Can you do it this year? Thanks""",
   """I installed the new year side by side with the prior years on the terminal server after hours, after a
   backup, applied the license file, and checked that each year's program opens with its own data folder. I
   copied last year's firm settings forward and updated the desktop shortcuts for all users.""")

ex(C, "whit-new-hire-seasonal", "2025-01-07", "Accounts for seasonal preparers",
   """Hi Sam, we have three seasonal preparers starting January 13 and ending April 30. They need the terminal
   server, UltraTax, ShareFile and e-mail, but we don't want them to see the partners' clients. What do you need?
   Raj Thanks Thanks""",
   """I created the three accounts with an expiry date of April 30, added them to the Seasonal group that has
   UltraTax and the client folders except the Partners folder, set up ShareFile employee accounts with access to
   the Seasonal clients folder, and MFA registration for each on their first day.""")

ex(C, "whit-qboa-bank-feed-disconnect", "2025-02-11", "Client QuickBooks bank feed disconnected after bank migration",
   """Hi Sam, one of our bookkeeping clients, Sand Dollar Marine, had their bank merge into a bigger bank, and
   the QuickBooks Online bank feed stopped in January. Now there are duplicate transactions after the client
   reconnected. We do their monthly close. Eli""",
   """When a bank migrates, QuickBooks creates a new connection and the old one must be disconnected first. The
   client connected the new bank to the same account while the old feed still existed, so the overlap came in twice.
   I excluded the 112 duplicates in the For Review tab, disconnected the old feed, and set the new feed's start
   date after the last reconciled statement.""")

ex(C, "whit-terminal-server-disk-full", "2025-03-11", "Terminal server disk full",
   """Hi Sam, since this morning UltraTax gives errors when people save returns, and printing to PDF fails for
   everyone. Eli restarted his session and it didn't help. It's March so this is bad. Diane Some people lost work. Please call me. Thanks""",
   """The system drive on the terminal server was full: user profiles had grown to 180 GB, mostly temporary
   PDF spool files and UltraTax's print cache. I cleared temporary files, moved the profiles to a separate data
   drive, and set a disk space alert at 85%. Saves and PDF printing work.""")

ex(C, "whit-efile-transmission-stuck", "2025-03-25", "E-file transmissions stuck in pending",
   """Hi Sam, about 40 returns transmitted yesterday still show "transmitted, pending" in UltraTax, normally they
   are accepted within hours. We have clients asking about refunds. Sofia Is it the IRS or us? Nothing shows in the IRS status page. We changed nothing, except the firewall company did an update over the weekend. Thanks""",
   """Thomson Reuters' e-file server had a delay, but our side also had an issue: the firewall update blocked
   UltraTax's acknowledgment retrieval URL. I allowed the Thomson Reuters e-file domains, ran "retrieve
   acknowledgments", and 38 were accepted, 2 rejected for dependents claimed elsewhere.""")

ex(C, "whit-sharefile-scanner", "2025-04-22", "Scanning client documents into ShareFile",
   """Hi Sam, clients who drop off paper documents get scanned on the ScanSnap and then Eli uploads them to
   ShareFile by hand. Can the scanner save straight into the client's folder? Eli It's about 30 clients a week in season, and sometimes he uploads to the wrong folder. Thanks""",
   """I configured the ScanSnap Home profile to save to the ShareFile for Windows drive, with a prompt to pick
   the client folder, and OCR on. Scans appear in the client's folder and clients are notified automatically. Eli just picks the client from the list before pressing scan, and the wrong-folder problem goes away because the folder name is on screen.""")

ex(C, "whit-gusto-accountant-access", "2025-05-13", "Accountant access to clients' Gusto accounts",
   """Hi Sam, we sign in to Gusto for each payroll client with the client's own login, which clients have
   shared with us. Our insurance says that's bad practice. Is there another way? Diane It is also a pain when clients change their password. Thanks""",
   """Gusto has an accountant partner dashboard. I set up the firm account and invited each payroll client to
   add the firm as accountant; staff sign in with their own Gusto accountant user and MFA and see all clients.
   Of the 40 clients, 36 accepted; I sent the rest a reminder.""")

ex(C, "whit-sharefile-retention-policy", "2025-06-10", "ShareFile retention policy deleting client files",
   """Hi Sam, a client asked for last year's return copy from the portal and it's gone, and so is everything
   else in her folder older than 90 days. Did we lose files? Sofia I didn't know anything was deleted automatically. Thanks""",
   """The ShareFile account had a 90-day retention policy on the Clients folder, set by the vendor at setup.
   Files deleted by it go to the recycle bin for 30 days, so recent ones were recoverable; older ones were not,
   but the returns are all in UltraTax. I changed retention to 7 years, matching the WISP.""")

ex(C, "whit-m365-mailbox-full", "2025-07-15", "Partner mailbox full",
   """Hi Sam, Diane's Outlook says her mailbox is full and she can't send. She keeps everything since 2012.
   She doesn't want to delete anything. Raj She needs to reply to a client this afternoon. Can you make room without deleting anything? Thanks""",
   """Her mailbox was at 99 GB of 100. I turned on the online archive (1.5 TB) and a retention policy that moves
   mail older than two years to the archive. It's still searchable in Outlook. The mailbox is at 18 GB now. Diane doesn't need to do anything; the archive shows up as a second mailbox in Outlook.""")

ex(C, "whit-ransomware-attachment", "2025-08-19", "Blocked malicious attachment",
   """Hi Sam, Eli got an e-mail with "2024 K-1 corrected" and a Word file, he opened it and a security warning
   appeared. He's worried he infected the server. Raj He unplugged the network cable right away. Thanks Please check today.""",
   """The Defender for Business alert shows the macro was blocked before it ran, and nothing executed. I
   isolated his laptop, ran a full scan (clean), and removed the message from all mailboxes. I also set Office to
   block macros in files from the internet. Please remind staff that corrected K-1s only arrive through ShareFile or from known contacts.""")

ex(C, "whit-docusign-engagement-template", "2025-01-21", "DocuSign engagement letter template and bulk send",
   """Hi Sam, every year Sofia sends 500 engagement letters one by one in DocuSign. The letter changed this
   year with new fee language. Can we update the template and send them all at once? Sofia Thanks The new letter is attached.""",
   """I updated the "Engagement letter - individual" template with the new fee and privacy language, and set up
   DocuSign Bulk Send with a CSV of client names, e-mails and fees from UltraTax. Reminders go out every 5 days.
   The first 480 went out in one batch. Signed letters file themselves into each client's ShareFile folder.""")

ex(C, "whit-ringcentral-busy-season", "2025-12-09", "Phone queue for busy season",
   """Hi Sam, in busy season the front desk can't keep up with calls and clients get voicemail. Can calls roll to
   the staff when the front desk is busy? Raj Last season we lost a few clients who said they could never reach anybody. The partners don't want to be in the queue. Thanks""",
   """I created a RingCentral call queue: front desk first, then after 20 seconds the four staff accountants at
   once, with a message offering a callback after 2 minutes. The queue runs January through April. Staff can log out of the queue when they're in a client meeting, and I made a weekly missed-call report for Raj.""")

ex(C, "whit-1099-iris-filing", "2026-01-13", "Filing client 1099s through IRIS",
   """Hi Sam, the IRS says paper 1099s are basically over and we have about 30 clients whose 1099s we file.
   Last year we used a service. Can we e-file them ourselves? Eli It should be cheaper and we'd have more control. Thanks""",
   """Yes, through the IRS IRIS portal with the firm's transmitter control code, which I applied for in
   October. I set up an import template from UltraTax's 1099 module in the IRIS CSV format. Eli prepares the forms as usual, exports the file, and uploads it in IRIS; acknowledgments come back in a day. Recipient copies go out through ShareFile.""")

ex(C, "whit-portal-custom-domain", "2026-02-10", "ShareFile portal on the firm's domain",
   """Hi Sam, clients are suspicious of the ShareFile link because it doesn't look like our firm. Can the portal be
   on our own address? Sofia We've had two clients call to ask whether the e-mail was a scam, and one sent her documents by regular mail instead. Thanks""",
   """I set up a custom subdomain, portal.whitfieldmoreno.com, with the firm logo and colours, and updated the
   e-mail templates. The DNS record and the certificate are in place; old links redirect automatically, so nothing the clients have bookmarked breaks. Phishing warnings from clients dropped the next week.""")

ex(C, "whit-docusign-8879-expired-envelopes", "2025-04-08", "8879 DocuSign envelopes expiring before clients sign",
   """Hi Sam, a dozen clients say the 8879 DocuSign link they received says the envelope has expired. Most
   of them got it two weeks ago and waited. We can't transmit the returns until they sign, and the deadline is
   next week. Can we make the links last longer and resend them quickly? Eli""",
   """The 8879 template had a 10-day expiration. I changed it to 30 days with reminders on days 3, 7 and 14,
   and corrected the 12 expired envelopes with the DocuSign "correct" option, which resends without preparing the
   form again. Ten signed within a day. Expired envelopes now show in a saved DocuSign report so Eli can catch
   them before clients call.""")

ex(C, "whit-qboa-departed-staff", "2025-09-09", "Removing a departed accountant from client QuickBooks files",
   """Hi Sam, Marta left the firm last week. She had access to about 25 client QuickBooks Online files through
   QBOA and some clients had also invited her directly as a user. We want to be sure she can't see anything
   anymore and that her clients are reassigned to Eli. Diane""",
   """I removed Marta from the QBOA team, which cut her access to all firm-managed clients, and reassigned her 25
   clients to Eli. Four clients had invited her personal e-mail directly as a company user; I asked those clients
   to remove her and confirmed each one. Her Microsoft 365 account is disabled and her mailbox shared with Eli for
   60 days.""")

SIG_RAJ = """Raj Patel
Office & IT Manager
Whitfield & Moreno, CPAs | 88 Harbor Street, Suite 400
This e-mail may contain confidential tax information."""

mail(C, 2, "the sweep stalled", "2026-04-09 16:40", f"""
Sam,

We started the sweep this afternoon and about 60 of the extensions are sitting there not going anywhere. The
batch ran, UltraTax says transmitted, but no acknowledgments have come back for three hours. The firewall
company pushed an update Monday, if that matters. We still have 250 to go tomorrow and the deadline is the 15th.

{SIG_RAJ}
""", ["whit-efile-transmission-stuck", "whit-extension-batch-efile"], "nickname")

mail(C, 1, "clients can't get files into the vault", "2026-02-24 10:20", """
Hi Sam,

Busy season is here and I already have five clients who say the vault won't take their files. They click the
link from our December e-mail and get a page saying the link is no longer available. I thought we made the links
last longer after last year? Maybe the new portal address changed something.

Sofia Moreno, CPA
Partner, Whitfield & Moreno
""", ["whit-sharefile-client-upload", "whit-portal-custom-domain"], "nickname")

mail(C, 3, "can't save returns", "2026-03-10 11:05", """
Sam,

UltraTax keeps saying "unable to save" when I close a return, and when I try to print the client copy to PDF it
just fails with no message. Two other people have the same problem. Logging off and back on didn't help. We
have a lot of returns to get out this week. It's the same terminal server everyone uses.

Eli Brooks
Senior Staff Accountant
""", ["whit-terminal-server-disk-full"], "symptom")

mail(C, 0, "clients stuck on strange questions", "2026-03-17 09:15", """
Sam,

Several of my older clients called today. When they try to sign the form that authorizes us to file their
return electronically, the website asks them questions about streets they lived on decades ago and loans they
don't recognize, and after two wrong answers it won't let them in at all. One of them is 84. I don't remember
what the alternative was that we set up.

Diane Whitfield, CPA
Partner
""", ["whit-docusign-8879-kba", "whit-docusign-8879-expired-envelopes"], "symptom")

mail(C, 3, "Bank feed - Pelican Outfitters", "2026-02-03 14:30", """
Hi Sam,

Pelican Outfitters (bookkeeping client) says their QuickBooks Online bank feed disconnected after First Coastal
was bought by Atlantic National. The owner reconnected it himself and now January has every transaction twice.
I'm supposed to close their January books this week. Can you help me clean it up the way we did for Sand Dollar?

Eli Brooks
Senior Staff Accountant
Whitfield & Moreno, CPAs
""", ["whit-qboa-bank-feed-disconnect"], "cross-client")

mail(C, 1, "engagement letters 2026", "2025-12-16 11:45", """
Hi Sam,

Time for the engagement letters again. This year we're changing the fee schedule and adding a paragraph about
the cloud software providers we use, which our insurer asked for. I'd like to update the DocuSign template and
bulk send again in early January, with reminders. Also can the signed letters go into each client's folder like
last year?

Sofia
""", ["whit-docusign-engagement-template"], "cross-client")

mail(C, 2, "seasonal staff 2026", "2026-01-05 08:50", f"""
Hi Sam,

Two seasonal preparers start next Monday: Tasha Green and Paul Osei, through April 30. Same setup as last year
please, terminal server, UltraTax, the portal and e-mail, no Partners folder. Paul will work from home two
evenings a week so he needs the remote access with the phone approval too.

{SIG_RAJ}
""", ["whit-new-hire-seasonal", "whit-remote-staff-rdgateway-mfa"])

mail(C, 0, "working from the hotel", "2026-02-18 21:10", """
Sam,

I'm at the conference in Orlando and I can't get into the tax program from the hotel. It asks me to approve on
my phone and nothing ever shows up on the phone, then it times out. Eli says it works for him from home. I
need to review three returns tonight. Is the hotel blocking it, or is it my phone?

Diane
Sent from my iPad
""", ["whit-remote-staff-rdgateway-mfa"], "paraphrase")

mail(C, 2, "WISP review + backup test", "2025-12-02 13:00", f"""
Hi Sam,

It's December, so time for the yearly security plan review you mentioned. The EFIN renewal asks again. Can we
also do the restore test again so it's documented this year? Maybe a Friday afternoon so nobody is on the server.

{SIG_RAJ}
""", ["whit-efin-security-plan", "whit-backup-ultratax-data"])

mail(C, 3, "January packets", "2025-12-09 15:30", """
Hi Sam,

Sofia asked me to take over the January packets this year, the ones we send every client with the list of
questions about their year and last year's numbers. I have no idea how they were produced last time, which
clients got them by mail versus online, or how the sorting for the post office worked. Can you walk me through
it or write it down?

Thanks,
Eli
""", ["whit-organizer-generation"], "paraphrase")

mail(C, 2, "Diane's mailbox again", "2026-02-24 10:05", f"""
Sam,

Diane's Outlook says her mailbox is almost full again, 95 GB. I thought the archive thing would keep it down.
She says she moved a lot of attachments back into her inbox from the archive to find them faster, which may be
the reason. Can you check the archive policy is still working?

{SIG_RAJ}
""", ["whit-m365-mailbox-full"])

mail(C, 3, "Gusto - Harbor Bakery SUI rate", "2026-02-10 09:25", """
Hi Sam,

Harbor Bakery got their 2026 state unemployment rate notice and forwarded it to me. I remember last time it was a
mess because Gusto kept the old rate. Where exactly do I change it in Gusto now that we use the accountant
dashboard, and does it need to be effective January 1? Their first quarterly filing is due at the end of April.

Eli Brooks
Senior Staff Accountant
""", ["whit-gusto-client-sui-notice", "whit-gusto-accountant-access"])

mail(C, 1, "files missing from client folders", "2026-05-06 14:15", """
Sam,

A client asked for the documents she uploaded in February, and her folder in the portal only shows things from
the last few weeks. Two other clients have the same thing. Did someone change a setting when we moved the portal
to our own address? I really hope we didn't lose anything. One of them needs the files for a mortgage application.

Sofia Moreno, CPA
Partner
""", ["whit-sharefile-retention-policy", "whit-portal-custom-domain"], "symptom")

# ---------------------------------------------------------------- Brightwater
C = client(
    "Brightwater Property Management", "Brightwater Property Management Group, LLC", "brightwaterpm.com",
    """
AppFolio: property management software (leases, rent, maintenance, owner accounting)
the owner packet: the monthly owner statement package (statement, invoices, bank reconciliation) sent on the 10th
the 3-day batch: pay-or-quit notices generated and printed on the 6th for tenants with unpaid rent
QuickBooks Online: books for the management company and for several owner LLCs
DocuSign: lease signing (AppFolio integration) and owner management agreements
RingCentral: office phones
the night line: the after-hours maintenance phone line forwarded to the on-call technician
the lockbox: the bank's rent lockbox; a deposit file is imported into AppFolio daily
ButterflyMX: video intercoms at Harbor Point and The Linden
Rently: self-guided showings with smart locks on vacant units
Gusto: payroll for office staff and maintenance technicians
""",
    [["nora@brightwaterpm.com", "Nora Castillo", "Director of operations"],
     ["victor@brightwaterpm.com", "Victor Huang", "Accounting lead"],
     ["kayla@brightwaterpm.com", "Kayla Simmons", "Leasing manager"]])

ex(C, "bw-maintenance-shared-mailbox", "2024-01-09", "Shared mailbox for maintenance requests",
   """Hi Sam, tenants e-mail maintenance requests to whoever they know, and things get lost when someone is on
   vacation. We'd like one address, maintenance@brightwaterpm.com, that the coordinators and Nora can all see,
   and ideally an automatic reply telling tenants to use the AppFolio portal for non-urgent work. Nora""",
   """I created maintenance@ as a Microsoft 365 shared mailbox for the two coordinators and Nora, with an
   automatic reply pointing to the tenant portal and the night line number for emergencies. Messages can be
   flagged and categorised by property. I forwarded the old addresses' maintenance mail there with a rule.""")

ex(C, "bw-owner-statement-generation", "2024-02-13", "Monthly owner statements missing invoices",
   """Hi Sam, this month's owner statements went out from AppFolio without the vendor invoices attached, only
   the statement page. Three owners called asking what the plumbing charges were. Last month the invoices were
   included. Victor Can you see what happened? Thanks""",
   """AppFolio only attaches bills that have a scanned invoice linked to the bill record. In January the new AP
   clerk uploaded invoices to the vendor's documents instead of to each bill, so there was nothing to attach. I
   showed her the right place, we re-linked 64 invoices, and I regenerated and re-sent the statements to the
   three owners. I also turned on the "include bill attachments" check in the statement template.""")

ex(C, "bw-docusign-lease-template", "2024-03-12", "DocuSign lease template with addenda",
   """Hi Sam, our leasing consultants build each lease in DocuSign by hand from a Word document and add the pet,
   parking and lead paint addenda when they remember. Last month a lease went out without the lead paint
   disclosure. Can we have a template that includes the right addenda? Kayla""",
   """I built a DocuSign lease template with the main lease and all addenda, using conditional fields: the pet
   and parking addenda appear when the consultant ticks them, and the lead paint disclosure is always included for
   buildings before 1978 based on a property field. Tenants sign in order, then Kayla countersigns.""")

ex(C, "bw-pay-or-quit-notice-batch", "2024-04-09", "Pay-or-quit notice batch template merge error",
   """Hi Sam, when Kayla generated the pay-or-quit notices on the 6th from AppFolio, all 38 letters printed
   with "{{tenant_name}}" instead of the name and the amount field was blank. We have to serve them today. Nora Kayla says someone edited the letter last week to update our office hours. Please help, this is urgent. Thanks""",
   """The letter template was edited in AppFolio and the merge fields were pasted from Word, which turned them
   into plain text. I re-inserted the fields using AppFolio's field picker (tenant name, unit, amount due, due
   date), generated a test letter, and then the 38 notices. They printed correctly and were served by 3 p.m.""")

ex(C, "bw-qbo-bank-feed-disconnect", "2024-05-14", "QuickBooks Online bank feed disconnected after bank upgrade",
   """Hi Sam, the bank feed for the management company's operating account in QuickBooks Online stopped on
   May 1. The bank sent a letter about "upgrading to a new online banking platform". Victor reconnected and now
   the reconcile shows a lot of duplicate transactions. Nora""",
   """The bank's new platform appears in QuickBooks as a new connection, and Victor linked it while the old
   connection was still active, so two weeks came in twice. I excluded the duplicates in For Review, disconnected
   the old connection, and Victor reconciled April and May. I did the same for the two owner LLC accounts at that
   bank before they broke.""")

ex(C, "bw-ringcentral-night-line", "2024-06-11", "After-hours maintenance line forwarding",
   """Hi Sam, the after-hours maintenance number should ring the on-call technician's cell phone. Over the
   weekend a tenant with a water leak got voicemail three times. The technician says his phone never rang. Nora The tenant's downstairs neighbour had damage. Can you check the setup? Thanks""",
   """The after-hours rule forwarded to the technician's cell, but RingCentral's "screen calls" setting made it
   play a prompt he had to accept, and his phone sent it to voicemail because of a spam filter on unknown numbers.
   I turned off call screening for that rule and had him add the RingCentral number to his contacts. If he doesn't
   answer in 30 seconds, it now rings the backup technician.""")

ex(C, "bw-butterflymx-intercom-directory", "2024-07-09", "Intercom directory not showing new tenants",
   """Hi Sam, new tenants at Harbor Point aren't in the ButterflyMX intercom directory, so their visitors can't
   call them. The ones who moved in before May are fine. Kayla Two residents complained that a food delivery left because nobody answered. Can you see why they're missing? Thanks""",
   """ButterflyMX syncs residents from AppFolio, but the sync was set to import only tenants with a "current"
   status, and new tenants are "future" until the move-in date is confirmed in AppFolio. Leasing hadn't been
   confirming move-ins. I had Kayla's team confirm the 17 move-ins, and the sync added them that night.""")

ex(C, "bw-lockbox-deposit-import", "2024-08-13", "Bank lockbox deposit file import failing",
   """Hi Sam, the daily lockbox file from the bank won't import into AppFolio since Monday. It says "unknown
   format". So rent checks aren't being posted and tenants are getting late notices. Victor The bank says nothing changed. Thanks Please look today.""",
   """The bank changed the lockbox file from fixed-width to CSV without notice. AppFolio supports the CSV layout,
   so I switched the import profile and mapped account, check number and amount. Monday to Thursday's files
   imported, 212 payments posted, and I asked Victor to void the late fees charged by mistake.""")

ex(C, "bw-qbo-appfolio-journal-export", "2024-09-10", "Exporting AppFolio general ledger to QuickBooks",
   """Hi Sam, two owner LLCs want their books in QuickBooks Online for their own CPA, but the transactions live
   in AppFolio. Victor re-types a monthly summary. Is there a cleaner way? Nora It takes him most of a day each month and the CPA found errors last quarter. Thanks""",
   """AppFolio can export a general ledger by property. I mapped AppFolio's GL accounts to the owners' QuickBooks
   chart of accounts and set up a monthly journal entry import via a spreadsheet: Victor exports, the sheet builds
   one summarized journal entry per property, and he imports it into QuickBooks. Each month takes about 10 minutes.""")

ex(C, "bw-tenant-portal-ach", "2024-10-15", "Tenant portal ACH payments failing",
   """Hi Sam, some tenants say their online rent payment through the AppFolio portal failed with "unable to
   verify bank account". They've paid this way for years. Kayla It's about 80 tenants so far and the office is full of people paying by check. Did something change? Thanks""",
   """AppFolio's payment processor started requiring instant bank verification for accounts added before 2021.
   Affected tenants need to re-link their bank through the portal's "verify account" step, which takes a minute
   with their bank login. I wrote a message for Kayla to send through AppFolio to the 83 affected tenants.""")

ex(C, "bw-gusto-oncall-differential", "2024-11-12", "Gusto on-call pay for maintenance technicians",
   """Hi Sam, technicians on the night line get a $50 on-call stipend per week plus time and a half for calls.
   Nora enters it in Gusto by hand and it often gets missed. Can Gusto handle it? Victor Thanks Thanks""",
   """I created a custom earning type "On-call stipend" in Gusto and added it as a recurring earning for whoever
   is on the rotation, and the call-out hours as an overtime-rate earning. Nora enters only the call-out hours;
   the stipend goes in from the rotation list.""")

ex(C, "bw-phishing-owner-distribution", "2024-12-10", "Fraudulent request to change an owner's distribution account",
   """Hi Sam, Victor got an e-mail from one of our owners, Mr. Delacroix, asking to change the bank account for
   his monthly distribution. It came from his usual address. Victor called him and he didn't send it. Nora What do we do? Thanks""",
   """The owner's e-mail account was compromised; the message came from his real address, so filters couldn't
   catch it. Nothing was changed in AppFolio. I told Mr. Delacroix to reset his password and turn on two-step
   sign-in. For the future: any change to owner or vendor bank details needs a call-back to the number on file.""")

ex(C, "bw-docusign-appfolio-integration", "2025-01-14", "Signed leases not saving to AppFolio",
   """Hi Sam, leases signed through DocuSign used to appear in the tenant's documents in AppFolio. Since
   January they don't, Kayla downloads and uploads each one by hand. Kayla It's about 25 leases a month, and a couple were missing when an owner asked for copies. Nothing changed on our side that I know of. Thanks""",
   """The DocuSign connection in AppFolio was authorized by a former leasing consultant's DocuSign user, which was
   deleted in December, and the link stopped. I reconnected it using the company's admin DocuSign account and
   re-synced January's 23 completed envelopes. They are attached to the right tenants.""")

ex(C, "bw-leasing-tablets-showings", "2025-02-11", "Leasing tablets for showings",
   """Hi Sam, the leasing team wants tablets to show units and take guest cards on the spot instead of paper.
   They should open AppFolio and the Rently app and nothing else. Kayla They also need to be able to take a photo of the applicant's ID. Thanks""",
   """I set up four iPads through Apple Business Manager and Intune with AppFolio's leasing app, Rently and the
   camera, and a passcode. Guest cards entered on the tablet go straight into AppFolio's leads. They can be wiped
   remotely if lost. Kayla has a one-page guide for the leasing team.""")

ex(C, "bw-owner-statement-email-bounce", "2025-03-11", "Owner statement e-mails landing in spam",
   """Hi Sam, several owners say they didn't get their March statements, and two found them in spam. AppFolio
   says they were sent. Victor It happened to owners with Gmail and Outlook.com addresses mostly. The distribution payments went out fine. Can you find out why the e-mails aren't arriving? Thanks""",
   """AppFolio sends statements "from" our domain, but our SPF and DKIM records didn't include AppFolio's mail
   servers, so Gmail and Outlook flagged them. I added AppFolio's include to SPF, published their DKIM key, and set
   DMARC to monitor. I re-sent March statements; a test to Gmail lands in the inbox.""")

ex(C, "bw-butterflymx-offline", "2025-04-15", "Intercom offline after internet change",
   """Hi Sam, the ButterflyMX panel at The Linden is offline since the internet provider swapped the modem.
   Visitors can't call and deliveries are left outside. Nora The panel screen just shows a spinning circle. The internet in the leasing office on site works fine. Can you fix it today? Thanks""",
   """The new modem handed out addresses on a different range and blocked the outbound ports the panel needs. I
   gave the panel a reserved address on the new router, opened the ports ButterflyMX lists, and the panel came
   back online. I labelled the equipment so the ISP doesn't unplug it.""")

ex(C, "bw-file-server-migration", "2025-05-13", "Moving the old file server to SharePoint",
   """Hi Sam, the file server in the closet is eight years old. Everything we use daily is in AppFolio, but
   there are old leases and owner files on it. Can we move it to the cloud and retire it? Nora""",
   """I moved the shares to SharePoint libraries by department (Leasing, Accounting, Maintenance, Owners), kept
   the folder structure, and set permissions to match. Old leases are searchable. The server stays read-only for a
   month and then gets wiped and recycled. Backups of the old server are kept for a year in case something was missed.""")

ex(C, "bw-pay-or-quit-late-fees", "2025-06-10", "Late fees posting wrong so notices show wrong amounts",
   """Hi Sam, on the 6th several pay-or-quit notices showed amounts that were too high, because late fees were
   charged twice. We caught them before serving. Victor We don't know why it happened, and the next batch is on the 6th of next month. Can you look at the late fee setup in AppFolio? Thanks""",
   """The late fee rule was set to charge on the 4th and again "daily after grace", and a property-level rule
   overrode the company one. I removed the duplicate rule, reversed the double fees for 22 tenants, and
   regenerated the notices. Amounts now match the ledger.""")

ex(C, "bw-laptop-encryption", "2025-07-15", "Encrypting office laptops",
   """Hi Sam, our insurer asks whether laptops are encrypted. I don't think they are. We have nine laptops,
   some at home with the property managers. Nora What would it take? Thanks Two of the laptops are older models from 2019. Thanks""",
   """I enabled BitLocker on all nine through Intune with recovery keys escrowed in Entra ID, and a compliance
   policy that reports unencrypted devices. Two older laptops needed the TPM turned on in the BIOS. The insurer's questionnaire can now answer yes, and I sent you the compliance report as evidence.""")

ex(C, "bw-ringcentral-night-line-rotation", "2025-08-12", "Automating the on-call rotation for the after-hours maintenance line",
   """Hi Sam, every Friday Nora changes the after-hours forward to whoever is on call that week. When she forgets,
   the wrong tech gets the calls. Can it follow the rotation by itself? Nora Thanks Last month a tenant waited an hour for a callback. Thanks""",
   """I created a RingCentral call queue for the after-hours line with a weekly schedule: each technician is
   assigned to his week, and the rule changes Friday at 5 p.m. automatically. The rotation for the next three months
   is loaded; Nora only edits swaps. The on-call stipend in Gusto still follows the same rotation list.""")

ex(C, "bw-smart-lock-codes", "2025-09-16", "Smart lock showing codes not expiring",
   """Hi Sam, a prospective tenant who toured a vacant unit at Harbor Point last week came back with a friend
   without scheduling. The Rently code still worked. Kayla Nobody was hurt and nothing was taken, but the neighbours saw it. How long do these codes last? Thanks""",
   """Codes for that lock were set to "valid until lease signed" instead of the showing window. I changed the
   property's settings so self-tour codes expire 2 hours after the scheduled time, revoked all open codes, and
   checked the other 14 smart locks. All of them now follow the same rule.""")

ex(C, "bw-website-listing-sync", "2025-10-14", "Vacancy listings not syndicating",
   """Hi Sam, our vacant units are on our website but not on Zillow and Apartments.com since the middle of
   September. We're getting fewer leads. Kayla Nothing changed in how we post them as far as I know. The older listings are still on Zillow. Thanks""",
   """AppFolio's syndication requires each listing to have a marketing description and at least one photo. The
   new units posted since September had neither, so the feeds skipped them. Kayla's team added them, and the
   listings appeared within a day. I added a listing checklist so new units aren't missing anything.""")

ex(C, "bw-ringcentral-call-recording", "2025-11-11", "Call recording retention",
   """Hi Sam, we record leasing calls in RingCentral. A tenant's lawyer asked for a recording from eight months
   ago and we couldn't find it. Nora Are recordings deleted after a while? We need to keep them longer. Thanks Please look.""",
   """RingCentral keeps automatic recordings for 90 days. I set up the archiver to copy all recordings to a
   SharePoint library nightly, kept for 3 years, and checked with your attorney that the announcement says calls
   are recorded. Recordings older than 90 days from before the change are gone, unfortunately.""")

ex(C, "bw-1099-owners", "2026-01-13", "Owner 1099s with TIN mismatch",
   """Hi Sam, when we ran the 1099s from AppFolio, 7 owners were flagged with a TIN mismatch by the IRS match.
   Victor The deadline to correct is coming up and I need to know how to fix them and whether we need new W-9s. Some owners have several properties. Thanks""",
   """Four owners had their personal SSN on file but the property is owned by an LLC, and three had typos. I sent
   the 7 owners a W-9 request through DocuSign, updated AppFolio, and re-ran the TIN match. All 7 now pass. The corrected 1099s were filed before the deadline.""")

ex(C, "bw-office-wifi", "2026-02-10", "Office Wi-Fi replacement",
   """Hi Sam, the office Wi-Fi drops several times a day, especially in the conference room. Nora It's been getting worse since we added the two new staff and the conference room TV. Video calls with owners freeze. Should we replace the router? Thanks""",
   """The consumer router couldn't cover the office. I installed two business access points with separate
   staff and guest networks. The conference room has its own access point now, and the TV is on the guest network. Calls are stable; I ran a speed test in each room to confirm coverage.""")

ex(C, "bw-docusign-management-agreement", "2025-12-09", "Owner management agreement renewals in DocuSign",
   """Hi Sam, our management agreements with owners renew in January and this year the fee schedule changes.
   Nora wants to send the new agreement to all 60 owners at once and see who hasn't signed. Last time we e-mailed
   PDFs and chased signatures for two months. Victor""",
   """I made a DocuSign template for the management agreement with the owner name, properties and fee
   percentage as fields, and used Bulk Send with a list exported from AppFolio's owner directory. Reminders go out
   weekly, and a saved report lists unsigned agreements. Completed agreements are attached to the owner record in
   AppFolio through the integration. 41 signed in the first week.""")

SIG_VICTOR = """Victor Huang
Accounting Lead | Brightwater Property Management
(555) 662-0190 ext. 204"""

mail(C, 1, "owner packet missing invoices again", "2026-03-11 10:30", f"""
Sam,

The owner packet went out yesterday and at least four owners say there are no invoices behind the statement,
just the one page. We have a new AP clerk since February (Tina), so maybe it's the same thing as two years ago
with where she uploads the bills? I'd like to resend the corrected packets this week.

{SIG_VICTOR}
""", ["bw-owner-statement-generation"], "nickname")

mail(C, 2, "3-day batch came out blank", "2026-03-06 09:05", """
Hi Sam,

The 3-day batch this morning printed with empty spaces where the tenant names and amounts should be. I only
changed the footer with our new office address yesterday. We need to serve these today. Also a couple of the
amounts that did show looked too high, like the late fee got added twice, but I'm not sure.

Kayla Simmons
Leasing Manager
Brightwater Property Management
""", ["bw-pay-or-quit-notice-batch", "bw-pay-or-quit-late-fees"], "nickname")

mail(C, 0, "night line Saturday", "2026-03-16 08:15", """
Sam,

The night line went to voicemail on Saturday night. A tenant at The Linden had no heat. Jorge was on call and
says his phone never rang; the schedule shows Marco, who was on vacation. We swapped them on Thursday. Did my
swap not save? And why didn't it go to the backup? The tenant called the office at 7 a.m. Monday, very angry.

Nora Castillo
Director of Operations
""", ["bw-ringcentral-night-line-rotation", "bw-ringcentral-night-line"], "nickname")

mail(C, 0, "Harbor Point visitors can't buzz", "2026-03-23 12:50", """
Hi Sam,

Visitors at Harbor Point can't buzz anyone since the weekend. The screen at the front door shows a spinning wheel
and nothing happens when you press a name. Packages are piling up in the lobby. The cable company was on site
Friday upgrading the building's service. The leasing office internet on site works fine.

Nora Castillo
Director of Operations
Brightwater Property Management
""", ["bw-butterflymx-offline", "bw-butterflymx-intercom-directory"], "symptom")

mail(C, 1, "owners not getting statements", "2026-04-13 15:20", f"""
Hi Sam,

A bunch of owners say they never got their April statements. Two found them in their junk folder, the others
haven't looked yet. AppFolio shows everything sent. We changed our website company last month and they moved the
domain settings, if that has anything to do with it.

{SIG_VICTOR}
""", ["bw-owner-statement-email-bounce"], "symptom")

mail(C, 1, "QuickBooks bank feed - duplicates", "2026-04-02 11:40", f"""
Sam,

The operating account's bank feed in QuickBooks Online disconnected again, our bank merged into Atlantic National.
I reconnected it and now half of March shows up twice in For Review. I haven't accepted anything. Can you do the
clean-up like last time, and check the owner LLC accounts at the same bank?

{SIG_VICTOR}
""", ["bw-qbo-bank-feed-disconnect", "bw-qbo-appfolio-journal-export"], "cross-client")

mail(C, 2, "DocuSign template update", "2026-04-07 14:10", """
Hi Sam,

We need to update our DocuSign template: new state-required addendum about bed bugs and a change to the pet
addendum (new fees). The template should still add the lead paint disclosure for the older buildings and let the
consultant tick pet and parking. Can you update it this week? Attached are the new addendum PDFs.

Kayla Simmons
Leasing Manager
""", ["bw-docusign-lease-template"], "cross-client")

mail(C, 2, "people getting back into units", "2026-04-20 10:25", """
Hi Sam,

We had another one: a couple who looked at a vacant place at The Linden three weeks ago let themselves in again
on Sunday to "measure for furniture", and they haven't even applied. The code they used for the viewing still
opened the door. I thought these were supposed to stop working a few hours after the visit. Is it the new lock
we installed on unit 4B?

Kayla
""", ["bw-smart-lock-codes"], "paraphrase")

mail(C, 1, "lockbox file not importing", "2026-04-24 09:00", f"""
Sam,

The lockbox file from the bank failed to import this morning, error "unknown format". The bank says they
"updated the file layout" on the 22nd. About 90 rent payments are waiting. Please help before tonight's automatic
late fee run, otherwise those tenants get charged. Tina is holding the checks that came in person
until the import works.

{SIG_VICTOR}
""", ["bw-lockbox-deposit-import"])

mail(C, 1, "1099 TIN mismatches", "2026-01-20 16:00", f"""
Hi Sam,

Ran the owner 1099s again this year and 5 owners are flagged for TIN mismatch. Two are new LLCs that bought
properties in the fall. Can we send the W-9 requests through DocuSign like last year?

{SIG_VICTOR}

On Tue, Jan 13, 2026 at 9:40 AM Sam Ortega <sam@ortega-tech.net> wrote:
> Four owners had their personal SSN on file but the property is owned by an LLC, and three
> had typos. I sent the 7 owners a W-9 request through DocuSign.
""", ["bw-1099-owners"])

mail(C, 2, "our apartments aren't on the big sites", "2026-05-04 13:35", """
Hi Sam,

The open apartments we added in April aren't showing on the big rental sites, only on our own website. Leads are
way down. The ones from before April are still out there. We have a new leasing assistant doing the postings,
maybe she's skipping a step? We have eleven vacancies right now, which is a lot for us.

Kayla Simmons
Leasing Manager
""", ["bw-website-listing-sync"], "paraphrase")

mail(C, 0, "owner e-mail about bank change", "2026-05-11 10:45", """
Sam,

Victor got an e-mail from owner Patricia Lowell asking us to send her May distribution to a new bank account. It
came from her normal address. Victor is calling her now. If it's fake like the Delacroix one, what else should we
do? Should we warn other owners? I'd also like a written rule for the accounting team about bank detail changes.

Nora Castillo
Director of Operations
""", ["bw-phishing-owner-distribution"])


# ---- BUILD
def words(text):
    return len(text.split())


def validate(data):
    errors = []
    keys = {}
    clients = {c["name"]: c for c in data["clients"]}
    for c in data["clients"]:
        if not 2 <= len(c["contacts"]) <= 4:
            errors.append(f"{c['name']}: {len(c['contacts'])} contacts")
        for addr, _name, _role in c["contacts"]:
            if not addr.endswith("@" + c["domain"]):
                errors.append(f"{addr} not on {c['domain']}")
        if len(c["exchanges"]) < 26:
            errors.append(f"{c['name']}: only {len(c['exchanges'])} exchanges")
        for e in c["exchanges"]:
            if e["key"] in keys:
                errors.append(f"duplicate key {e['key']}")
            keys[e["key"]] = (c["name"], e["date"])
            if not "2024-01-01" <= e["date"] <= "2026-12-31":
                errors.append(f"{e['key']}: date {e['date']}")
            for part in ("client", "answer"):
                if not 40 <= words(e[part]) <= 250:
                    errors.append(f"{e['key']}: {part} has {words(e[part])} words")
    ids = set()
    for m in data["emails"]:
        if m["id"] in ids:
            errors.append(f"duplicate id {m['id']}")
        ids.add(m["id"])
        c = clients[m["client"]]
        head, body = m["raw"].split("\n\n", 1)
        lines = head.split("\n")
        if not (lines[0].startswith("From: ") and lines[1].startswith("To: ")
                and lines[2].startswith("Subject: ") and lines[3].startswith("Date: ")):
            errors.append(f"{m['id']}: bad headers")
        sender = re.search(r"<([^>]+)>", lines[0]).group(1)
        if sender not in [a for a, _n, _r in c["contacts"]]:
            errors.append(f"{m['id']}: sender {sender} not a contact")
        if not 60 <= words(body) <= 300:
            errors.append(f"{m['id']}: body has {words(body)} words")
        if not 1 <= len(m["relevant"]) <= 3:
            errors.append(f"{m['id']}: {len(m['relevant'])} relevant")
        for k in m["relevant"]:
            if k not in keys:
                errors.append(f"{m['id']}: unknown key {k}")
            elif keys[k][0] != m["client"]:
                errors.append(f"{m['id']}: key {k} belongs to {keys[k][0]}")
        if m["hard"] != bool(m["hard_kind"]) or m["hard_kind"] not in (
                "", "nickname", "symptom", "paraphrase", "cross-client"):
            errors.append(f"{m['id']}: hard flags")
    n = len(data["emails"])
    hard = sum(m["hard"] for m in data["emails"])
    if n < 76:
        errors.append(f"only {n} e-mails")
    if hard * 3 < n:
        errors.append(f"only {hard} hard e-mails")
    if re.search(r"\b(AI|[Aa]gents?|LLM)\b", json.dumps(data)):
        errors.append("forbidden wording")
    return errors


def main():
    data = {
        "about": ("Synthetic retrieval evaluation data written for this project; all people and "
                  "organisations are invented."),
        "clients": CLIENTS,
        "emails": EMAILS,
    }
    errors = validate(data)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    out = Path(__file__).with_name("report.json")
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    kinds = {}
    for m in EMAILS:
        if m["hard"]:
            kinds[m["hard_kind"]] = kinds.get(m["hard_kind"], 0) + 1
    print(f"clients: {len(CLIENTS)}")
    for c in CLIENTS:
        print(f"  {c['name']}: {len(c['exchanges'])} exchanges, "
              f"{sum(m['client'] == c['name'] for m in EMAILS)} e-mails")
    print(f"e-mails: {len(EMAILS)}, hard: {sum(kinds.values())} {kinds}")


if __name__ == "__main__":
    main()
