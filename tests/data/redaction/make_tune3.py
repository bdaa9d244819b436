"""Build tune3.jsonl: development set weighted toward precision.

Templates mark pieces as {KIND:text}; KEEP pieces must survive redaction,
all other kinds are personal spans. Run: python make_tune3.py
"""
import json
import re
from pathlib import Path

ME = "{PERSON:Marta Lindqvist} <{EMAIL:marta@lindqvist.dev}>"


def hdr(frm, email, subject, date, to=ME):
    return (f"From: {{PERSON:{frm}}} <{{EMAIL:{email}}}>\nTo: {to}\n"
            f"Subject: {subject}\nDate: {{KEEP:{date}}}\n\n")


R = []


SIG = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?$")


def mark_names(body):
    """Mark the greeting name and the sign-off name as PERSON."""
    body = re.sub(r"^((?:Hi|Hello|Ciao|Bonsoir|Hej|Morning) )?Marta,",
                  lambda m: (m.group(1) or "") + "{PERSON:Marta},", body, count=1)
    head, sep, tail = body.rpartition("\n\n")
    lines = [("{PERSON:%s}" % ln) if SIG.match(ln) else ln for ln in tail.split("\n")]
    return head + sep + "\n".join(lines)


def rec(field, sender, email, subject, date, body):
    body = mark_names(body)
    R.append((field, [sender], hdr(sender, email, subject, date) + body))


rec("health care", "Derek Osei", "d.osei@northvalleyclinic.org",
    "{KEEP:CHG0031822} - {KEEP:Mirth Connect} upgrade window", "Tue, 4 Mar 2025 09:12:44 -0700",
    "Hi Marta,\n\nChange {KEEP:CHG0031822} is approved for {KEEP:Saturday 02:00-04:00} MST. We are moving "
    "{KEEP:Mirth Connect} from {KEEP:3.12.0} to {KEEP:4.5.2} on {KEEP:hl7-int-01.nvc.local} ({KEEP:10.40.12.15}). "
    "The ADT feed listens on port {KEEP:6661} and the ORU results channel on {KEEP:6662}. Please keep the "
    "{KEEP:patient_id} and {KEEP:dob_col} mappings unchanged in {KEEP:dbo.hl7_inbound}.\n\n"
    "Last week the test message for {PERSON:Rosa Delgado} (MRN {MRN:00482915}) failed with {KEEP:ACK AE} because "
    "PID-7 was empty. If it happens again, ping {PERSON:tomas} in the {KEEP:Interface Team} channel before rolling back.\n\n"
    "Rollback plan is in {KEEP:/opt/mirth/backup/2025-03-01.tar.gz}. Expect about {KEEP:45 minutes} of downtime.\n\n"
    "Thanks,\nDerek\n{KEEP:North Valley Clinic} IT")

rec("health care", "Priya Raman", "priya.raman@lakesidepeds.com",
    "{KEEP:Kareo} export failing again", "Mon, 10 Feb 2025 14:03:10 -0600",
    "Marta,\n\nThe nightly {KEEP:Kareo} export job ({KEEP:job 881203}) died at {KEEP:01:17} with {KEEP:HTTP 429} "
    "and then {KEEP:ERR_SSL_PROTOCOL}. It runs from cron as {KEEP:15 1 * * *} on {KEEP:billing-sync-02}. "
    "About {KEEP:1,284} encounters were skipped, roughly {KEEP:12%} of the week.\n\n"
    "One of the skipped rows is the newborn visit for {PERSON:Liam Chen}, DOB {DATE:01/28/2025}, so billing wants it "
    "fixed before {KEEP:Friday}. {PERSON:Parker} from our front desk said the {KEEP:Parker Medical Supply} invoice import "
    "also uses this job, so please don't rename {KEEP:export_encounters.py}.\n\n"
    "Logs are in {KEEP:C:\\Sync\\logs\\kareo_2025-02-10.log}. The {KEEP:Texas Medicaid} batch is separate and fine.\n\nPriya")

rec("devops", "Ben Hartley", "ben@hartleylogistics.io",
    "{KEEP:Jenkins} pipeline broke after {KEEP:PR #4412}", "Wed, 12 Mar 2025 08:41:00 +0000",
    "Morning,\n\n{KEEP:PR #4412} merged into {KEEP:release/2.8} and the {KEEP:Jenkins} build {KEEP:#1937} now fails at the "
    "{KEEP:Ansible} stage with {KEEP:exit code 2}. The failing task is {KEEP:roles/nginx/tasks/main.yml} line {KEEP:44}; it "
    "tries to template {KEEP:proxy_read_timeout} for {KEEP:web-prod-03} ({KEEP:172.16.8.23}).\n\n"
    "Commit {KEEP:9f3c2ab} looks like the culprit. {PERSON:Jonah} wrote it before he went on leave, and "
    "{PERSON:okafor} reviewed it, so maybe ask him. Our {KEEP:Denver office} deploys from the same runner, so "
    "they are blocked too.\n\nCan you look before the {KEEP:14:00 UTC} standup? Budget is fine up to {KEEP:3 hours}.\n\n"
    "Ben")

rec("e-commerce", "Sofia Marchetti", "sofia@casamarchetti.shop",
    "Refund for order {KEEP:#100457}", "Thu, 6 Feb 2025 17:20:31 +0100",
    "Ciao Marta,\n\n{KEEP:Shopify} shows order {KEEP:#100457} as paid but {KEEP:Stripe} returned "
    "{KEEP:card_declined} on the capture. The customer, {PERSON:Giulia Ferrante}, called from {PHONE:+39 347 218 9904} "
    "and says her card ending {KEEP:4421} was charged twice. Our test checkout with {KEEP:4242 4242 4242 4242} works fine "
    "in the {KEEP:staging} store.\n\n"
    "The webhook endpoint {KEEP:/hooks/stripe/v2} logged {KEEP:HTTP 500} at {KEEP:16:58}. SKU {KEEP:CM-OLIO-750} was "
    "the only line item, {KEEP:EUR 42.90}. Please check whether {KEEP:payment_intent.succeeded} fires twice.\n\n"
    "Also {PERSON:luca} wants the {KEEP:Milan} warehouse shown on the packing slip, not {KEEP:Rome}.\n\nGrazie,\nSofia")

rec("property management", "Harold Brandt", "hbrandt@brandtproperties.com",
    "{KEEP:AppFolio} sync - unit {KEEP:4B}", "Fri, 14 Mar 2025 11:05:22 -0500",
    "Marta,\n\nThe {KEEP:AppFolio} to {KEEP:QuickBooks Online} sync skipped {KEEP:17} ledger lines last night. "
    "Error was {KEEP:QBO-6240 Duplicate Document Number}. It seems tied to the new tenant in unit {KEEP:4B}, "
    "{PERSON:Nadia Whitcombe}, who moved in on {DATE:March 1, 2025}. Her lease deposit went to account "
    "{ACCOUNT:000123984455} instead of the trust account.\n\n"
    "Parking also matters: her car is the blue one, {PLATE:KVR 4821}, and the gate controller "
    "{KEEP:LiftMaster CAPXLV} needs it whitelisted. The controller is at {KEEP:192.168.50.20}.\n\n"
    "Our {KEEP:Maintenance} team uses the {KEEP:Austin} property as a model for the rest. Please invoice under "
    "PO {KEEP:PO-2025-0311}.\n\nHarold")

rec("education", "Angela Moreno", "amoreno@riverbendisd.org",
    "{KEEP:PowerSchool} roster import - {KEEP:INC0045117}", "Mon, 3 Mar 2025 07:55:03 -0600",
    "Hello Marta,\n\nTicket {KEEP:INC0045117}: the {KEEP:PowerSchool} to {KEEP:Canvas} roster import choked on "
    "{KEEP:students.csv} row {KEEP:2,311}. The column {KEEP:student_number} had a blank and the job aborted with "
    "{KEEP:SIS_IMPORT_ERR_17}.\n\n"
    "That row is {PERSON:Elijah Brooks}, student ID {NATIONAL_ID:RB-2210487}, born {DATE:2011-06-19}. Please don't "
    "hard-code him; {PERSON:Whitfield} in the registrar office will correct the record.\n\n"
    "The import runs from {KEEP:sftp.riverbendisd.org} every {KEEP:30 minutes} between {KEEP:06:00} and {KEEP:18:00}. "
    "Spring semester starts {KEEP:January 13}, so we have some room. The {KEEP:Technology Services} group can "
    "open port {KEEP:22} from your IP if needed.\n\nAngela Moreno\nDirector, {KEEP:Technology Services}")

rec("HR / payroll", "Kevin Tran", "kevin.tran@solsticebrewing.com",
    "{KEEP:Gusto} to {KEEP:Xero} payroll journal", "Tue, 18 Feb 2025 16:44:19 -0800",
    "Hi Marta,\n\nThe {KEEP:Gusto} webhook stopped posting payroll journals to {KEEP:Xero} after pay run {KEEP:PR-2025-04}. "
    "We got {KEEP:401 Unauthorized} from {KEEP:api.xero.com} starting {KEEP:February 14}. Token refresh should run "
    "under {KEEP:XERO_REFRESH_CRON} which is set to {KEEP:0 */6 * * *}.\n\n"
    "Side issue: new hire {PERSON:Carmen Ruiz} started {DATE:2/10/2025} and her direct deposit is going to "
    "routing/account {ACCOUNT:121000358 / 4418820937}. She says that is the old account. Payroll total was "
    "{KEEP:$48,210.77} across {KEEP:36} employees.\n\n"
    "{PERSON:dave} handles the {KEEP:Portland} taproom staff, loop him in. {KEEP:Chase Bank} is our payroll bank; "
    "{KEEP:Wells Fargo} is only the merchant account.\n\nKevin")

rec("health care", "Lena Vogt", "lena.vogt@harborimaging.net",
    "{KEEP:DICOM} router spec draft {KEEP:v0.9}", "Wed, 22 Jan 2025 10:30:00 -0500",
    "Marta,\n\nAttached is {KEEP:v0.9} of the {KEEP:DICOM} router spec. Key points:\n\n"
    "- {KEEP:Orthanc} {KEEP:1.12.4} on {KEEP:pacs-gw-01} ({KEEP:10.20.0.44}), AE title {KEEP:HARBOR_GW}, port {KEEP:4242}\n"
    "- Forward CT to {KEEP:Sectra} and MR to {KEEP:Ambra}, based on tag {KEEP:(0008,0060)}\n"
    "- Keep {KEEP:StudyInstanceUID} intact; strip {KEEP:(0010,0010)} and {KEEP:(0010,0030)} for research copies\n\n"
    "The sample study in the folder is from {PERSON:Walter Kim}, accession {MRN:ACC-7719304}, so please delete it once you "
    "have tested. {PERSON:Suzanne} from {KEEP:Radiology} will sign off.\n\n"
    "Go-live target is {KEEP:April 7}. The {KEEP:Boston} site goes first, {KEEP:Worcester} a week later.\n\nLena")

rec("finance", "Omar Haddad", "omar@haddadaccounting.ca",
    "Quote {KEEP:Q-88172} for server refresh", "Thu, 9 Jan 2025 13:12:45 -0500",
    "Hi Marta,\n\nHere is the vendor quote {KEEP:Q-88172} from {KEEP:CDW}: two {KEEP:Dell PowerEdge R660xs} units, "
    "part {KEEP:PER660XS-8432}, serials {KEEP:7HX2KQ3} and {KEEP:7HX2KQ4} once delivered, {KEEP:CAD 18,940.00} total "
    "plus {KEEP:13%} HST. These are company assets for the {KEEP:Toronto} office rack in room {KEEP:B-112}.\n\n"
    "Could you plan the migration from {KEEP:Windows Server 2016} to {KEEP:2022}? The file share "
    "{KEEP:\\\\fs01\\clients} has about {KEEP:2.3 TB}. {PERSON:Hassan} wants it done over the {KEEP:Family Day} "
    "long weekend.\n\nFor the client portal, our partner {PERSON:Mireille Gagnon} needs her SIN {NATIONAL_ID:046 454 286} "
    "removed from the old scanned forms before we migrate them.\n\nOmar")

rec("security", "Rachel Stone", "rachel.stone@brightpathcu.org",
    "Firewall request {KEEP:FW-2025-0192}", "Mon, 27 Jan 2025 09:00:12 -0600",
    "Marta,\n\nFirewall request {KEEP:FW-2025-0192} is open for your VPN access. Rule: allow {KEEP:TCP 443} and "
    "{KEEP:TCP 8443} from {KEEP:WireGuard} peer {KEEP:10.99.0.0/24} to {KEEP:core-api-01} ({KEEP:10.5.1.30}). "
    "{KEEP:Palo Alto PA-3220} config will be pushed in the {KEEP:Thursday 22:00} window.\n\n"
    "For the audit, {KEEP:NCUA} wants the named user. Please confirm your home IP stays {IP:73.162.44.219}. "
    "Member testing should use the synthetic record, not {PERSON:Gloria Banks} (member {MEMBER:5528810-01}), "
    "whose data someone loaded into {KEEP:UAT} by mistake.\n\n"
    "{PERSON:yusuf} from {KEEP:Information Security} is the approver. Reference {KEEP:SOC 2} control {KEEP:CC6.1}.\n\nRachel")

rec("logistics", "Tom Becker", "tom.becker@beckerfreight.de",
    "Release notes {KEEP:2.4.0} - dispatch app", "Fri, 21 Feb 2025 15:22:08 +0100",
    "Hi Marta,\n\nDraft release notes for {KEEP:2.4.0}, planned for {KEEP:March 4}:\n\n"
    "- {KEEP:FEAT-311}: route optimisation via {KEEP:OSRM} {KEEP:5.27}\n"
    "- {KEEP:BUG-902}: fixed {KEEP:NullPointerException} in {KEEP:ShipmentMapper.java}\n"
    "- {KEEP:BUG-907}: {KEEP:Hamburg} depot timezone now {KEEP:Europe/Berlin}\n"
    "- Telematics: support {KEEP:Teltonika FMB920} trackers\n\n"
    "One thing: driver {PERSON:Jürgen Albrecht} says the app shows his licence number {LICENSE:B072RRE2I55} on the "
    "lock screen. That must not happen. Also truck {PLATE:HH-BF 2217}, which he drives, appears on the public "
    "tracking page.\n\nBranch is {KEEP:feature/route-opt}. {PERSON:kowalski} will do QA.\n\nTom")

rec("health care", "Grace Liu", "gliu@summitbh.org",
    "{KEEP:Epic} {KEEP:Bridges} interface - {KEEP:ADT^A04}", "Tue, 11 Mar 2025 12:18:55 -0700",
    "Marta,\n\nFor the {KEEP:Epic} {KEEP:Bridges} feed, we need {KEEP:ADT^A04} and {KEEP:ADT^A08} only, "
    "{KEEP:HL7 v2.5.1}, over {KEEP:MLLP} to {KEEP:10.60.3.12:5520}. {KEEP:PV1-3} should map to our {KEEP:location_code} "
    "column; room numbers like {KEEP:3W-214} are fine to keep.\n\n"
    "Test case: patient {PERSON:Anthony Russo}, admitted {DATE:02/26/2025}, Medicaid ID {MEMBER:CA98217765Q}. "
    "Please scrub that from the test harness afterward. Call me at {PHONE:(503) 555-0187} if the ACKs look odd.\n\n"
    "{KEEP:Summit Behavioral Health} compliance wants a {KEEP:42 CFR Part 2} flag on every message. "
    "The {KEEP:Oregon} OHA report is due {KEEP:June 30}.\n\nGrace")

rec("retail", "Mike Donnelly", "mike@donnellyhardware.com",
    "{KEEP:Square} POS - register {KEEP:3} offline", "Sat, 1 Mar 2025 10:02:17 -0500",
    "Marta,\n\nRegister {KEEP:3} at the {KEEP:Buffalo} store dropped off at {KEEP:09:40}. The {KEEP:Square Terminal} "
    "serial {KEEP:STA-221-004519} belongs to the store, MAC {KEEP:00:1A:2B:3C:4D:5E}. Our {KEEP:Ubiquiti} switch "
    "shows it on {KEEP:VLAN 30}, {KEEP:192.168.30.41}.\n\n"
    "Also, the {KEEP:Home Depot} pro account import failed with {KEEP:E1042}. Inventory count is off by {KEEP:212} "
    "units on SKU {KEEP:DH-FAST-0025}.\n\n"
    "Our cashier {PERSON:Brianna} says the loyalty lookup showed another customer's phone, {PHONE:716-555-0143}, "
    "which should never be on screen. Can you fix {KEEP:loyalty_lookup.py} so it masks it?\n\nThanks,\nMike")

rec("legal", "Eleanor Price", "eprice@pricewellslaw.com",
    "{KEEP:Clio} document automation", "Wed, 5 Feb 2025 11:47:39 -0500",
    "Marta,\n\nWe'd like the {KEEP:Clio} to {KEEP:NetDocuments} sync finished by {KEEP:end of Q1}. Matter numbers look like "
    "{KEEP:2025-CV-0418}; keep those as they are. The template folder is {KEEP:/Templates/Litigation/Intake}.\n\n"
    "The sample intake you used belongs to our client {PERSON:Marcus Webb}, {ADDRESS:1148 Alder Street}, "
    "{KEEP:Springfield}, {POSTCODE:62704}. Please replace it with a fake one. His SSN {SSN:412-56-8821} was in the "
    "OCR text layer too.\n\n"
    "{PERSON:Wells} (the partner, not the bank) approved {KEEP:12} extra hours. {KEEP:Wells Fargo} handles our IOLTA, "
    "no integration needed there.\n\nEleanor")

rec("manufacturing", "Stefan Novak", "s.novak@novakplastics.cz",
    "{KEEP:OPC UA} gateway logs", "Thu, 13 Feb 2025 06:30:00 +0100",
    "Hi Marta,\n\nLog excerpt from {KEEP:edge-gw-07}:\n\n"
    "{KEEP:2025-02-13T05:12:09Z} {KEEP:WARN} {KEEP:BadCommunicationError} node {KEEP:ns=2;s=Press4.Temp}\n"
    "{KEEP:2025-02-13T05:12:11Z} {KEEP:ERROR} session {KEEP:3f1b9a2e-77c4-4d2a-9b0e-5a1c2e8f6d10} closed\n\n"
    "The {KEEP:Siemens S7-1500} on line {KEEP:4} ({KEEP:10.10.4.11}) resets every {KEEP:90 seconds}. "
    "{KEEP:Kepware} {KEEP:6.15} is the middleware.\n\n"
    "Operator {PERSON:Pavel Dvořák} badge {DEVICE:HID-0041877} shows up in the audit trail for each reset, but he "
    "was not even on shift. Please check whether his badge reader mapping is stale.\n\n"
    "We run {KEEP:Grafana} on port {KEEP:3000}; dashboards are under {KEEP:/d/press-line}.\n\nStefan")

rec("health care", "Nora Fitzgerald", "nfitzgerald@caringhandshh.com",
    "{KEEP:AxisCare} visit verification", "Mon, 17 Mar 2025 08:14:02 -0400",
    "Marta,\n\nThe {KEEP:AxisCare} EVV export to {KEEP:Sandata} is rejecting about {KEEP:6%} of visits with "
    "{KEEP:EVV-422 Invalid Location}. It started after the {KEEP:March 10} update. The {KEEP:Ohio} aggregator is "
    "strict about GPS precision.\n\n"
    "An example is the home visit for {PERSON:Dorothy Haines} on {DATE:March 12, 2025} at {ADDRESS:77 Brookside Lane}, "
    "{KEEP:Dayton}. Her aide {PERSON:jamal} clocked in from the agency tablet, device {DEVICE:SM-T500 R9PN31XXKQA} "
    "which is assigned to him.\n\n"
    "The export job is {KEEP:evv_export_nightly}, config key {KEEP:gps.min_accuracy_m = 50}. The {KEEP:Columbus} "
    "branch is unaffected.\n\nNora")

rec("nonprofit", "Isaac Mendel", "isaac@greenfieldfoodbank.org",
    "{KEEP:Salesforce} {KEEP:NPSP} donor dedupe", "Tue, 28 Jan 2025 14:55:20 -0600",
    "Hi Marta,\n\n{KEEP:NPSP} dedupe rules flagged {KEEP:3,407} contacts. Please keep {KEEP:Household Account} rollups "
    "intact and don't touch {KEEP:npe01__Preferred_Email__c}. Batch size {KEEP:200}, run in {KEEP:full sandbox} first.\n\n"
    "The tricky case: two records for {PERSON:Abigail Foster}, one with {EMAIL:abby.foster77@gmail.com} and one "
    "with her work e-mail. Merge them. {PERSON:Hollis} from development says the {KEEP:Kroger} corporate gift "
    "of {KEEP:$25,000} must stay on the organization record.\n\n"
    "Our {KEEP:Kansas City} warehouse volunteers use {KEEP:Volunteer Hub}; no changes there. Deadline is "
    "the {KEEP:February 15} board meeting.\n\nIsaac")

rec("hospitality", "Camille Durand", "camille@hoteldesarts.fr",
    "{KEEP:Mews} PMS - key card encoder", "Fri, 7 Feb 2025 19:30:44 +0100",
    "Bonsoir Marta,\n\nThe {KEEP:Mews} PMS integration with the {KEEP:Assa Abloy Vostio} encoder fails for rooms on "
    "floor {KEEP:5}. Error {KEEP:VST-0x1F}. The encoder in reception has serial {KEEP:VOS-ENC-22871}, it's our unit.\n\n"
    "Guest {PERSON:Henrik Sørensen} (room {KEEP:512}) arrived {DATE:6 February 2025} and his passport number "
    "{NATIONAL_ID:FB7234981} was stored in the free-text notes field by the night shift. Please clean "
    "{KEEP:reservation.notes} for that booking and block that field from sync.\n\n"
    "The {KEEP:Lyon} sister hotel runs {KEEP:Mews} too, so test in {KEEP:demo.mews.com} first.\n\nMerci,\nCamille")

rec("health care", "Victor Alvarez", "valvarez@desertsmiles.com",
    "{KEEP:Dentrix} backup and {KEEP:Open Dental} trial", "Wed, 19 Feb 2025 09:40:00 -0700",
    "Marta,\n\nOur {KEEP:Dentrix G7} backup to {KEEP:Backblaze B2} failed {KEEP:3} nights in a row, {KEEP:exit 137}. "
    "The server {KEEP:DTX-SRV} has {KEEP:64 GB} RAM. We're also trialing {KEEP:Open Dental} {KEEP:23.3} in the "
    "{KEEP:Tucson} clinic.\n\n"
    "For the conversion test please use fake data. The chart in the trial right now is {PERSON:Esperanza Villa}, "
    "chart # {MRN:DS-004417}, and her insurance {MEMBER:W2817734601} from {KEEP:Delta Dental}. Delete it.\n\n"
    "{PERSON:Ramos} at the front desk says the {KEEP:Phoenix} office still prints from {KEEP:\\\\dtx-srv\\xrays}. "
    "Change window: {KEEP:Sunday 06:00-09:00}.\n\nVictor")

rec("SaaS", "Hannah Kessler", "hannah@loopmetrics.app",
    "Incident {KEEP:INC-2291} postmortem", "Mon, 24 Feb 2025 18:02:33 +0000",
    "Marta,\n\nPostmortem for {KEEP:INC-2291}: between {KEEP:13:05} and {KEEP:13:52 UTC} the {KEEP:api-gateway} returned "
    "{KEEP:HTTP 503} for {KEEP:38%} of requests. Root cause: {KEEP:PgBouncer} pool exhausted "
    "({KEEP:max_client_conn=500}) after {KEEP:deploy 2025.02.24-3}.\n\n"
    "Timeline in {KEEP:docs/incidents/INC-2291.md}. Affected tables: {KEEP:events_raw}, {KEEP:user_sessions}.\n\n"
    "One customer, {PERSON:Raj Patel}, posted his session URL {URL:https://app.loopmetrics.app/share/u/8c1f2e9a7b} in "
    "the public status thread, which exposes his dashboard. We need that share link revoked. "
    "{PERSON:mei} already rotated the {KEEP:Redis} password.\n\n"
    "Action items are tracked as {KEEP:LM-1402} through {KEEP:LM-1406}.\n\nHannah")

rec("health care", "Daniel Brooks", "dbrooks@mercyridgehospital.org",
    "{KEEP:Cerner} {KEEP:Millennium} lab interface", "Thu, 30 Jan 2025 10:10:10 -0600",
    "Marta,\n\nThe {KEEP:Cerner} {KEEP:Millennium} outbound {KEEP:ORU^R01} feed to the {KEEP:Sysmex} middleware has "
    "{KEEP:OBX-5} truncated at {KEEP:255} characters. Interface engine is {KEEP:Rhapsody} {KEEP:7.1} on "
    "{KEEP:rhp-prd-02}. Queue depth hit {KEEP:14,000} at {KEEP:03:00}.\n\n"
    "Sample message belongs to {PERSON:Helen Marsh}, FIN {ACCOUNT:7300128841}, MRN {MRN:MR-2284017}, collected "
    "{DATE:01/29/2025}. Please keep it off your laptop once fixed.\n\n"
    "{PERSON:Charles} from {KEEP:Laboratory Services} will validate. Our {KEEP:Memphis} campus shares the engine, "
    "so coordinate with {KEEP:Clinical Informatics} via {KEEP:RITM0081243}.\n\nDaniel")

rec("real estate", "Julia Santos", "julia@santosrealty.com",
    "{KEEP:Zillow} lead feed dupes", "Tue, 4 Feb 2025 12:12:12 -0500",
    "Hi Marta,\n\nThe {KEEP:Zillow} Premier Agent lead webhook is posting duplicates into {KEEP:Follow Up Boss}. "
    "We saw {KEEP:61} dupes since {KEEP:January 20}. The {KEEP:Miami} and {KEEP:Orlando} teams both use it.\n\n"
    "One lead, {PERSON:Marcus Lee}, gave {PHONE:305-555-0192} and {EMAIL:mlee.homes@outlook.com}; he's now in "
    "the CRM four times. The lead source field is {KEEP:lead_source_id} and the dedupe key should be "
    "{KEEP:external_lead_id}.\n\n"
    "Listing {KEEP:MLS A11587342} is a property, not a person, so leave that as is. {PERSON:tiago} can give you "
    "{KEEP:admin} access. Rate is {KEEP:$95/hour}, cap at {KEEP:10 hours}.\n\nJulia")

rec("insurance", "George Whitman", "gwhitman@whitmanins.com",
    "{KEEP:Applied Epic} API migration plan", "Wed, 15 Jan 2025 09:22:50 -0500",
    "Marta,\n\nMigration plan for {KEEP:Applied Epic} to the new {KEEP:REST API v2}:\n\n"
    "1. Freeze the {KEEP:SOAP} jobs on {KEEP:February 1}\n"
    "2. Run both in parallel for {KEEP:2 weeks}\n"
    "3. Cut over on {KEEP:February 17}, window {KEEP:20:00-23:00 ET}\n\n"
    "Policy numbers like {KEEP:CPP-4410982} are business records and can stay in logs. "
    "But the test claim for {PERSON:Samantha Greer} includes her driver license {LICENSE:S530-4128-9931-02} and "
    "vehicle {PLATE:8RTY219}; both must be masked in fixtures.\n\n"
    "{PERSON:Bishop} in {KEEP:Claims Ops} owns the cutover checklist. Our {KEEP:Hartford} carrier contact only "
    "needs the final report.\n\nGeorge")

rec("health care", "Aisha Bello", "abello@sunrisefamilymed.org",
    "{KEEP:athenahealth} API rate limits", "Fri, 28 Feb 2025 15:15:15 -0500",
    "Hi Marta,\n\nWe hit the {KEEP:athenahealth} rate limit ({KEEP:HTTP 429}, {KEEP:Retry-After: 60}) during the "
    "appointment sync. Practice ID {KEEP:195900} is the sandbox, {KEEP:8042} is production. The sync pulls "
    "{KEEP:/v1/8042/appointments/booked} every {KEEP:5 minutes}.\n\n"
    "The failing appointment is for {PERSON:Kwame Asante}, visit {DATE:March 3, 2025}, and the payload included his "
    "home address {ADDRESS:2290 Peachtree Road NW, Apt 5C}, {KEEP:Atlanta}, {POSTCODE:30309}.\n\n"
    "Please add backoff. {PERSON:Latoya} from {KEEP:Revenue Cycle} wants the {KEEP:Georgia Medicaid} eligibility "
    "checks to keep running.\n\nAisha")

rec("marketing", "Chris Novak", "chris@brightlinecreative.co",
    "{KEEP:HubSpot} form spam", "Mon, 13 Jan 2025 10:45:00 -0800",
    "Marta,\n\nThe {KEEP:HubSpot} contact form on {KEEP:/contact-us} got {KEEP:900+} spam submissions overnight. "
    "{KEEP:reCAPTCHA v3} score threshold is {KEEP:0.5}; maybe raise to {KEEP:0.7}. The {KEEP:Cloudflare} WAF rule "
    "{KEEP:1000417} could block {KEEP:ASN 14061}.\n\n"
    "A real lead got lost in the noise: {PERSON:Eva Lindgren} from a hotel chain, reachable at "
    "{PHONE:+46 70 123 45 67}. Please recover her submission from {KEEP:form_submissions} table.\n\n"
    "{PERSON:jordan} on our side will update the {KEEP:Zapier} zap {KEEP:Z-55120}. We're pausing the "
    "{KEEP:Seattle} campaign until {KEEP:Thursday}.\n\nChris")

rec("health care", "Patrick O'Neil", "poneil@clearviewoptometry.com",
    "{KEEP:RevolutionEHR} fax integration", "Thu, 20 Feb 2025 08:05:55 -0600",
    "Hi Marta,\n\nThe {KEEP:RevolutionEHR} to {KEEP:eFax Corporate} integration drops faxes larger than {KEEP:10 MB}. "
    "Error {KEEP:FAX-ERR-413}. Our fax line for the {KEEP:Omaha} office is {KEEP:402-555-0100}, which is the "
    "clinic's main number.\n\n"
    "The dropped fax was a referral for {PERSON:Beatrice Nolan}, DOB {DATE:04/14/1958}, from her retina specialist. "
    "Her Medicare number {MEMBER:1EG4-TE5-MK73} is printed on the cover sheet.\n\n"
    "Storage path: {KEEP:D:\\Faxes\\Inbound\\2025\\02}. {PERSON:Gutierrez} can give you remote access through "
    "{KEEP:ScreenConnect}.\n\nPatrick")

rec("construction", "Linda Park", "lpark@parkbuilders.com",
    "{KEEP:Procore} daily logs export", "Tue, 25 Feb 2025 17:17:17 -0800",
    "Marta,\n\nWe need {KEEP:Procore} daily logs pulled into {KEEP:Power BI}. Project IDs {KEEP:562949953} and "
    "{KEEP:562949961}, the {KEEP:Sacramento} hospital job and the {KEEP:Fresno} school job. Use the "
    "{KEEP:/rest/v1.0/projects/{KEEP_BRACE}/daily_logs} pattern; refresh at {KEEP:05:00}.\n\n"
    "The site superintendent {PERSON:Ray Castillo} keeps typing his personal cell {PHONE:916-555-0178} into the "
    "weather notes. Can the export strip phone numbers from {KEEP:notes}?\n\n"
    "Equipment on site: {KEEP:CAT 320} excavator, company unit {KEEP:EQ-0412}. {PERSON:parker} runs the crane and "
    "is fine with the schedule.\n\nLinda")

rec("health care", "Meera Iyer", "miyer@bayviewrehab.com",
    "{KEEP:WebPT} scheduler and {KEEP:Twilio} reminders", "Mon, 10 Mar 2025 11:11:11 -0700",
    "Hi Marta,\n\nThe {KEEP:Twilio} SMS reminders stopped after we moved to number pool {KEEP:MG9f2c1a}. Status "
    "{KEEP:30007 Carrier violation} on about {KEEP:20%} of messages. {KEEP:WebPT} exports appointments to "
    "{KEEP:s3://bayview-exports/appointments/} at {KEEP:02:30}.\n\n"
    "Patient {PERSON:Lucas Ferreira} complained that his reminder for {DATE:March 14, 2025} went to "
    "{PHONE:(415) 555-0134}, which isn't his anymore. Please check the {KEEP:phone_primary} column.\n\n"
    "{PERSON:Okonkwo} in {KEEP:Patient Access} will test from the {KEEP:San Mateo} clinic. {KEEP:HIPAA} BAA with "
    "{KEEP:Twilio} is on file.\n\nMeera")

rec("automotive", "Frank Miller", "frank@millerautobody.com",
    "{KEEP:CCC ONE} estimate sync", "Sat, 8 Mar 2025 09:09:09 -0500",
    "Marta,\n\n{KEEP:CCC ONE} estimates aren't syncing to our {KEEP:Mitchell} parts ordering. Error "
    "{KEEP:CCC-E2101}. Repair order {KEEP:RO-25-0881} is stuck. Shop is in {KEEP:Columbus}.\n\n"
    "The car on that RO belongs to {PERSON:Teresa Holt}; the estimate shows VIN {DEVICE:1HGCM82633A004352} and "
    "tag {PLATE:HJK-4471}. The insurance adjuster wants those hidden in the customer-facing PDF.\n\n"
    "Our lift bay {KEEP:3} tablet is shop equipment, serial {KEEP:LEN-TB-88120}. {PERSON:steve} set up the "
    "{KEEP:Windows 11} kiosk mode. Invoice at {KEEP:$120/hr}, {KEEP:net 30}.\n\nFrank")

rec("health care", "Yvonne Clarke", "yclarke@riverviewhospice.org",
    "{KEEP:MatrixCare} HL7 spec questions", "Wed, 26 Feb 2025 13:31:00 -0500",
    "Marta,\n\nAnswers to your spec questions:\n\n"
    "- {KEEP:MatrixCare} sends {KEEP:ADT^A03} on discharge; we don't need {KEEP:A11}\n"
    "- {KEEP:MSH-4} is {KEEP:RVHOSPICE}, {KEEP:MSH-6} is {KEEP:STATEHIE}\n"
    "- Send over {KEEP:SFTP} to {KEEP:hie-sftp.state.gov}, port {KEEP:2222}, folder {KEEP:/inbound/hospice}\n\n"
    "The test discharge is for {PERSON:Margaret Ellison}, admitted {DATE:2025-01-04}, discharged {DATE:2025-02-20}. "
    "She's a real patient; please swap in the synthetic one from the {KEEP:HIE} onboarding kit.\n\n"
    "{PERSON:Benedict} from {KEEP:Quality} will review. {KEEP:Virginia} HIE go-live is {KEEP:April 1}.\n\nYvonne")

rec("fintech", "Lars Eriksson", "lars@nordpay.se",
    "SEPA payout failures", "Tue, 11 Feb 2025 10:00:00 +0100",
    "Hej Marta,\n\n{KEEP:Adyen} payouts to {KEEP:SEPA} accounts fail with {KEEP:AC04 Closed Account} for about "
    "{KEEP:0.8%} of merchants. The reconciliation job {KEEP:recon_daily} runs at {KEEP:04:15 CET}. Our treasury "
    "account is with {KEEP:SEB}; {KEEP:Nordea} is only backup.\n\n"
    "One failing merchant is a sole trader, {PERSON:Ingrid Holm}, IBAN {IBAN:GB82WEST12345698765432}. Please mask it "
    "in {KEEP:payout_errors.csv} before sharing with {KEEP:Adyen} support.\n\n"
    "Use the {KEEP:Adyen} test card {KEEP:5555 5555 5555 4444} in {KEEP:test} environment only. "
    "{PERSON:björn} owns ticket {KEEP:NP-7781}.\n\nLars")

rec("health care", "Samuel Greene", "sgreene@pinecrestpharmacy.com",
    "{KEEP:PioneerRx} refill API", "Thu, 6 Mar 2025 16:20:00 -0500",
    "Marta,\n\nThe {KEEP:PioneerRx} refill API returns {KEEP:HTTP 400 INVALID_RX} for refills submitted through the "
    "mobile app {KEEP:v3.2.1}. The endpoint is {KEEP:/api/rx/refill}, and {KEEP:SureScripts} routing is unaffected.\n\n"
    "Example: {PERSON:Ruth Abernathy}, Rx {KEEP:6120045}, prescriber Dr. {PERSON:Alan Fisk}, DEA {LICENSE:BF1234563}. "
    "The DEA number showed up in plain text in {KEEP:app.log}, which we must fix.\n\n"
    "The {KEEP:Raleigh} store is the pilot; {KEEP:Durham} joins after {KEEP:April 15}. {PERSON:hutch} from our "
    "{KEEP:Pharmacy Ops} team can give you a test account.\n\nSam")

rec("telecom", "Natasha Ivanova", "n.ivanova@metrolinkfiber.net",
    "{KEEP:RADIUS} auth failures - {KEEP:CASE-40918}", "Mon, 20 Jan 2025 07:07:07 -0500",
    "Marta,\n\nCase {KEEP:CASE-40918}: {KEEP:FreeRADIUS} {KEEP:3.2.3} on {KEEP:radius-01} and {KEEP:radius-02} "
    "({KEEP:10.250.0.11}, {KEEP:10.250.0.12}) reject {KEEP:PPPoE} sessions with {KEEP:Access-Reject} after the "
    "{KEEP:OLT} firmware update to {KEEP:R4.3.2}.\n\n"
    "The subscriber who reported it is {PERSON:Owen McCarthy}; his ONT serial {DEVICE:ALCLB40F2C19} and his "
    "public IP {IP:98.214.77.130} are in the ticket. The core router MAC {KEEP:F4:8E:38:11:22:33} is ours.\n\n"
    "The {KEEP:Pittsburgh} NOC wants a fix before the {KEEP:Saturday 01:00} maintenance. {PERSON:rico} is on call.\n\nNatasha")

rec("health care", "Olivia Grant", "ogrant@havenwomenshealth.org",
    "{KEEP:NextGen} patient portal SSO", "Fri, 17 Jan 2025 14:14:14 -0600",
    "Hi Marta,\n\nThe {KEEP:NextGen} patient portal SSO via {KEEP:Okta} fails with {KEEP:SAML2 InvalidNameIDPolicy}. "
    "IdP metadata is at {KEEP:https://haven.okta.com/app/exk1a2b3c/sso/saml/metadata}. Entity ID "
    "{KEEP:urn:haven:nextgen:portal}.\n\n"
    "The test user was a real patient account, {PERSON:Chloe Bennett}, portal username {ACCOUNT:cbennett1992}. "
    "Please remove her from the {KEEP:Okta} test group {KEEP:PortalPilot}.\n\n"
    "{PERSON:Harper} from {KEEP:Patient Experience} wants go-live at the {KEEP:Little Rock} clinic by "
    "{KEEP:February 24}. Budget {KEEP:$4,800}.\n\nOlivia")

rec("education", "Ross Campbell", "rcampbell@highlandacademy.sch.uk",
    "{KEEP:Arbor} MIS to {KEEP:Google Workspace} sync", "Wed, 8 Jan 2025 08:08:08 +0000",
    "Marta,\n\nThe {KEEP:Arbor} to {KEEP:Google Workspace} sync via {KEEP:Salamander Soft} created {KEEP:47} duplicate "
    "accounts in {KEEP:OU /Students/Year7}. The job log says {KEEP:409 Conflict}. Term starts {KEEP:6 January}.\n\n"
    "One of the duplicates is {PERSON:Isla MacLeod}, UPN {NATIONAL_ID:H801200001001}, born {DATE:14/09/2013}. Her "
    "parent {PERSON:Fiona MacLeod} complained that the second account shows her home address "
    "{ADDRESS:12 Thistle Crescent}, {KEEP:Inverness} {POSTCODE:IV2 4QR}.\n\n"
    "{PERSON:mcallister} in the {KEEP:Business Office} will approve the extra {KEEP:6 hours}.\n\nRoss")

rec("health care", "Hector Ruiz", "hruiz@valleycardiology.com",
    "Remote monitoring feed from {KEEP:Medtronic CareLink}", "Tue, 14 Jan 2025 12:00:00 -0700",
    "Marta,\n\nWe're adding the {KEEP:Medtronic CareLink} remote monitoring feed into {KEEP:eClinicalWorks}. Format is "
    "{KEEP:HL7 ORU} with {KEEP:IEEE 11073} codes. Volume about {KEEP:250} transmissions a day.\n\n"
    "In the sample file, {PERSON:Albert Nguyen}'s implanted pacemaker shows up as serial {DEVICE:PJN803421S}, and "
    "he was implanted on {DATE:2023-08-02}. Both must be masked when we send examples to the vendor.\n\n"
    "The interface runs on {KEEP:ecw-int-01} ({KEEP:10.12.1.50}), port {KEEP:7001}. {KEEP:Albuquerque} clinic goes "
    "live first. {PERSON:ngozi} will schedule {KEEP:UAT}.\n\nHector")

rec("SaaS", "Amelia Scott", "amelia@tallyhr.io",
    "Bug bash notes - {KEEP:sprint 42}", "Fri, 31 Jan 2025 17:00:00 +0000",
    "Marta,\n\nNotes from the {KEEP:sprint 42} bug bash:\n\n"
    "- {KEEP:TALLY-812}: {KEEP:React} {KEEP:18.3} hydration warning on {KEEP:/onboarding}\n"
    "- {KEEP:TALLY-815}: {KEEP:Sidekiq} queue {KEEP:payroll_export} backs up at {KEEP:10k} jobs\n"
    "- {KEEP:TALLY-817}: the employee profile page leaks {KEEP:ssn_last4} to managers\n\n"
    "For 817, the reproduction used {PERSON:Noah Fischer}'s record, SSN {SSN:523-71-9044}, hired {DATE:June 3, 2024}. "
    "Please use {KEEP:employee_id 1001} from the seed data instead.\n\n"
    "{PERSON:priya} merged {KEEP:PR #918} already. Release {KEEP:v5.6.0} is on {KEEP:February 6}.\n\nAmelia")

rec("health care", "Bernard Lowe", "blowe@coastalems.org",
    "{KEEP:ImageTrend} ePCR export", "Sun, 16 Feb 2025 06:45:00 -0500",
    "Marta,\n\nThe {KEEP:ImageTrend Elite} ePCR export to the state {KEEP:NEMSIS 3.5} repository failed "
    "{KEEP:112} records with {KEEP:Schematron error 9999}. Our agency number is {KEEP:EMS-0417}.\n\n"
    "One failed run is the transport of {PERSON:Gary Whitaker} on {DATE:February 15, 2025} from "
    "{ADDRESS:4100 Ocean Drive}. Medic unit {KEEP:M12} crew was {PERSON:Santos} and {PERSON:Kaminski}.\n\n"
    "Our ambulance {KEEP:M12} is agency property, plate {KEEP:EMS 412} on the fleet list. "
    "Export runs at {KEEP:23:55} from {KEEP:itrend-exp-01}. {KEEP:South Carolina} DHEC needs a fix by {KEEP:March 1}.\n\nBernard")

rec("agriculture", "Ruth Jensen", "ruth@jensenfarmsco-op.com",
    "{KEEP:John Deere Operations Center} API", "Mon, 3 Feb 2025 07:30:30 -0600",
    "Hi Marta,\n\nWe want yield data from the {KEEP:John Deere Operations Center} API into our {KEEP:PostgreSQL} "
    "{KEEP:16} warehouse. Tables: {KEEP:field_boundaries}, {KEEP:harvest_passes}. Org ID {KEEP:412907}.\n\n"
    "Equipment list is company-owned: {KEEP:S790} combine serial {KEEP:1H0S790SXN0123456}, {KEEP:8R 410} tractor. "
    "The {KEEP:Iowa} and {KEEP:Nebraska} fields share one account.\n\n"
    "Member {PERSON:Walt Lindgren} leases his own planter and its {KEEP:JDLink} modem {DEVICE:PCTB4G-0099183} "
    "is registered to him personally; keep that one out of the export. {KEEP:Deere} is just the brand here; the sync should run after {KEEP:22:00} so it does not collide with the {KEEP:Climate FieldView} import. "
    "{PERSON:hank} handles agronomy.\n\nRuth")

rec("health care", "Irene Papadopoulos", "irene@lumenderm.com",
    "{KEEP:ModMed} photo export", "Thu, 27 Feb 2025 10:27:00 -0500",
    "Marta,\n\n{KEEP:ModMed EMA} clinical photo export to {KEEP:Azure Blob} container {KEEP:derm-photos-prod} failed "
    "with {KEEP:AuthorizationPermissionMismatch}. Managed identity {KEEP:mi-derm-export} needs "
    "{KEEP:Storage Blob Data Contributor}.\n\n"
    "File names currently include the patient name, e.g. {KEEP:IMG_}{PERSON:Kowalczyk}{KEEP:_0231.jpg}. We need them "
    "renamed to {KEEP:encounter_uuid}. The affected patient, {PERSON:Zofia Kowalczyk}, was seen {DATE:02/25/2025}.\n\n"
    "{PERSON:ellis} from {KEEP:Practice Management} approved {KEEP:8 hours}. The {KEEP:Philadelphia} office is "
    "pilot, and the {KEEP:Cherry Hill} office follows on {KEEP:April 2}. Please log the rename job under "
    "{KEEP:DERM-118} and keep the retry count at {KEEP:3}.\n\nIrene")

rec("government", "Walter Briggs", "wbriggs@cityofmillbrook.gov",
    "{KEEP:Tyler Munis} permit integration", "Tue, 21 Jan 2025 09:15:00 -0500",
    "Marta,\n\nThe {KEEP:Tyler Munis} to {KEEP:Accela} permit sync is down since {KEEP:January 18}. The API returns "
    "{KEEP:HTTP 502} from {KEEP:munis-app.millbrook.local}. {KEEP:RFP 2025-07} covers this work, PO {KEEP:45001882}.\n\n"
    "A permit for {ADDRESS:310 Maple Avenue} was filed by {PERSON:Diane Foley}, phone {PHONE:555-0166}. Her "
    "contractor license {LICENSE:CSLB 1098832} should be public on the permit, but her personal phone should not.\n\n"
    "{KEEP:Millbrook} {KEEP:Public Works} will test. {PERSON:briggs} (me) signs off. Council meeting {KEEP:February 11}.\n\nWalter")

rec("health care", "Fatima Noor", "fnoor@crescentpediatrics.org",
    "{KEEP:eClinicalWorks} immunization registry", "Wed, 29 Jan 2025 15:05:00 -0600",
    "Marta,\n\nThe {KEEP:VXU^V04} feed to {KEEP:ImmTrac2} returned {KEEP:AE} with {KEEP:ERR-3 Invalid CVX} for code "
    "{KEEP:208}. {KEEP:eClinicalWorks} {KEEP:v12} sends {KEEP:CVX} in {KEEP:RXA-5}.\n\n"
    "The rejected message: {PERSON:Yusuf Karim}, born {DATE:2019-11-03}, guardian {PERSON:Amina Karim}, "
    "{PHONE:972-555-0121}. Please scrub the attachment you sent the vendor.\n\n"
    "{KEEP:Texas} DSHS wants resubmission within {KEEP:30 days}. {PERSON:ahmed} in {KEEP:Clinical Ops} can help. "
    "The {KEEP:Plano} site is the only one on {KEEP:v12}.\n\nFatima")

rec("media", "Jake Sullivan", "jake@northbeamstudio.tv",
    "Render farm job failures", "Mon, 17 Feb 2025 22:10:00 -0800",
    "Marta,\n\n{KEEP:Deadline} {KEEP:10.3} render jobs {KEEP:67a2f1c09e} and {KEEP:67a2f1c0a1} fail on workers "
    "{KEEP:rf-node-11} through {KEEP:rf-node-18} with {KEEP:CUDA_ERROR_OUT_OF_MEMORY}. {KEEP:RTX A6000} cards, "
    "driver {KEEP:551.61}. Shared storage is {KEEP:/mnt/projects/2025/spring_promo}.\n\n"
    "The talent release folder accidentally got synced to the farm; it has {PERSON:Maya Okoye}'s contract with her "
    "passport {NATIONAL_ID:A09871254} and bank details {IBAN:DE89370400440532013000}. Please purge it.\n\n"
    "{PERSON:sully} is me; {PERSON:reza} runs the farm. Deliverable due {KEEP:Friday 17:00 PT}.\n\nJake")

rec("health care", "Colette Brun", "cbrun@alpinesleepcenter.com",
    "CPAP compliance data pull", "Thu, 23 Jan 2025 11:30:00 -0700",
    "Marta,\n\nWe want nightly CPAP compliance from {KEEP:ResMed AirView} into our {KEEP:Brightree} instance. The "
    "{KEEP:AirView} API gives {KEEP:usage_hours} and {KEEP:ahi}; the {KEEP:70%} over {KEEP:30 days} rule is what "
    "{KEEP:Medicare} checks.\n\n"
    "Example: {PERSON:Roger Tillman}'s machine, an {KEEP:AirSense 11} with serial number {DEVICE:23211487652}, "
    "started therapy {DATE:December 9, 2024}. That serial ties to him, so mask it in reports.\n\n"
    "The {KEEP:Boulder} and {KEEP:Denver} offices both use {KEEP:Brightree}. {PERSON:maddie} from "
    "{KEEP:DME Billing} will review.\n\nColette")

rec("ecommerce", "Noah Whitfield", "noah@trailheadgear.com",
    "{KEEP:Magento} to {KEEP:Shopify Plus} migration", "Fri, 10 Jan 2025 13:00:00 -0700",
    "Marta,\n\nPlan for {KEEP:Magento 2.4.6} to {KEEP:Shopify Plus}:\n\n"
    "- Export {KEEP:84,000} orders and {KEEP:12,300} SKUs\n"
    "- Redirect map in {KEEP:redirects.csv}, about {KEEP:4,100} rows\n"
    "- Cutover {KEEP:Tuesday 21:00 MT}, freeze from {KEEP:18:00}\n\n"
    "The {KEEP:Klaviyo} list import must exclude {PERSON:Jordan Pike}, who asked for deletion under {KEEP:CCPA}; "
    "his e-mail was {EMAIL:jpike.outdoors@yahoo.com} and his card {CARD:4539 1488 0343 6467} is still in an old "
    "{KEEP:Authorize.Net} CSV.\n\n"
    "{KEEP:Patagonia} and {KEEP:Columbia} are brands we sell, not people. {PERSON:carson} handles {KEEP:Boise} "
    "warehouse.\n\nNoah")

rec("health care", "Martin Gallo", "mgallo@stlukesortho.org",
    "{KEEP:Greenway} {KEEP:Intergy} decommission", "Mon, 6 Jan 2025 09:45:00 -0600",
    "Marta,\n\nWe're decommissioning {KEEP:Greenway} {KEEP:Intergy} on {KEEP:June 30}. Archive target is "
    "{KEEP:MediQuant DataArk}. Database is {KEEP:INTERGY_PROD} on {KEEP:SQL Server 2014}, {KEEP:410 GB}.\n\n"
    "The data validation sample has {PERSON:Lorraine Pierce}, account {ACCOUNT:INT-0098231}, surgery date "
    "{DATE:09/12/2022}. Please replace with synthetic data in {KEEP:validation_sample.xlsx}.\n\n"
    "{PERSON:Bauer} is our DBA; {PERSON:kim} from {KEEP:HIM} owns retention rules ({KEEP:10 years} in "
    "{KEEP:Missouri}). Job {KEEP:ARCH-EXTRACT-04} runs {KEEP:Sundays 01:00}.\n\nMartin")

rec("facilities", "Greta Holm", "greta@nordhavnoffices.dk",
    "Access control migration", "Wed, 5 Mar 2025 08:20:00 +0100",
    "Marta,\n\nWe're migrating from {KEEP:Salto} to {KEEP:Brivo} for the {KEEP:Copenhagen} building. {KEEP:312} "
    "credentials, {KEEP:48} doors, controllers {KEEP:ACS-300} on {KEEP:10.30.0.0/24}.\n\n"
    "One tenant, {PERSON:Mads Kjeldsen}, uses his phone as a credential; the wallet pass id is "
    "{DEVICE:BRV-MOB-7f3a19c2}. Another, {PERSON:Sigrid}, still carries the old fob stamped {DEVICE:SALTO 0044-1829}. "
    "Both must be masked in the migration sheet.\n\n"
    "Doors on floor {KEEP:4} (rooms {KEEP:401}-{KEEP:418}) go first, {KEEP:March 20}. Vendor invoice "
    "{KEEP:INV-BR-22817} for {KEEP:DKK 96,500}.\n\nGreta")

rec("health care", "Tobias Reed", "treed@pinnacleurgentcare.com",
    "Kiosk check-in crashes", "Sat, 22 Feb 2025 12:40:00 -0500",
    "Marta,\n\nThe {KEEP:Phreesia} kiosk at the {KEEP:Charlotte} site crashes on the insurance card scan. Kiosk "
    "serial {KEEP:PHR-K-004881} is ours. Error {KEEP:0x80070005} in {KEEP:C:\\ProgramData\\Phreesia\\logs}.\n\n"
    "The crash happened with {PERSON:Deshawn Miles}'s card: {KEEP:BCBS} member {MEMBER:XYZ884172993}, group "
    "{KEEP:GRP 00412}. He checked in on {DATE:February 21, 2025}.\n\n"
    "{PERSON:reed} is me. {PERSON:tasha} from {KEEP:Front Office} will reproduce with the test card. "
    "{KEEP:Windows 10 LTSC} on all {KEEP:9} kiosks.\n\nTobias")

rec("IT services", "Sandra Ortiz", "sortiz@ortizmsp.com",
    "Subcontract: {KEEP:M365} tenant migration", "Thu, 16 Jan 2025 10:10:00 -0600",
    "Marta,\n\nSubcontract work for our client {KEEP:Lone Star Title}: tenant-to-tenant {KEEP:M365} migration with "
    "{KEEP:BitTitan MigrationWiz}. {KEEP:74} mailboxes, {KEEP:1.1 TB}. Cutover {KEEP:Friday 18:00 CT}.\n\n"
    "The {KEEP:Houston} and {KEEP:Dallas} offices use shared mailbox {KEEP:Closings Team}. DNS TTL to {KEEP:300} on "
    "{KEEP:February 3}.\n\n"
    "One executive, {PERSON:Robert Hale}, has a personal OneDrive link "
    "{URL:https://lonestartitle-my.sharepoint.com/personal/rhale_lst/Documents/Taxes} that must not migrate. "
    "{PERSON:chen} is the client's contact. {KEEP:SOW-0117} caps at {KEEP:$6,200}.\n\nSandra")

rec("health care", "Ursula Mayer", "umayer@heritagehomecare.org",
    "Payroll for caregivers - {KEEP:Paychex}", "Tue, 7 Jan 2025 14:00:00 -0500",
    "Marta,\n\nThe {KEEP:HHAeXchange} to {KEEP:Paychex Flex} export rounds visit time wrong: {KEEP:7.5} minute rounding "
    "instead of {KEEP:15}. Affects {KEEP:212} caregivers in {KEEP:New Jersey}.\n\n"
    "Example caregiver {PERSON:Rosalind Achebe}, employee {ACCOUNT:EMP-33871}, hired {DATE:August 19, 2021}, whose "
    "NJ driver's licence, {LICENSE:A1234 56789 01234}, is wrongly stored in the notes column.\n\n"
    "Job {KEEP:pay_export_weekly} runs {KEEP:Mondays 05:00}. {PERSON:mayer} (me) and {PERSON:Obi} from "
    "{KEEP:Payroll} review. {KEEP:TD Bank} handles direct deposit.\n\nUrsula")

rec("health care", "Kenji Watanabe", "kwatanabe@pacificlabs.com",
    "Analyzer interface cutover", "Mon, 24 Mar 2025 07:00:00 -0700",
    "Marta,\n\nCutover for the {KEEP:Roche cobas 8000} analyzer interface to {KEEP:Data Innovations Instrument Manager} "
    "{KEEP:8.18} is {KEEP:Sunday 03:00}. Analyzer serial {KEEP:C8K-1140022} is lab property on {KEEP:10.70.2.21}, "
    "{KEEP:ASTM E1394} over TCP port {KEEP:5001}.\n\n"
    "QC lot {KEEP:LOT 49201} results must be kept. The example result that failed validation is for "
    "{PERSON:Miguel Santana}, specimen {MRN:S25-0041877}, drawn {DATE:03/20/2025}.\n\n"
    "{PERSON:aoki} and {PERSON:fernandez} from {KEEP:Core Lab} are on the bridge. {KEEP:CAP} inspection is "
    "{KEEP:May 12}.\n\nKenji")

rec("nonprofit", "Beatriz Lima", "beatriz@openshelterproject.org",
    "Case management data export", "Fri, 14 Feb 2025 16:00:00 -0500",
    "Marta,\n\nWe need {KEEP:Apricot 360} case data exported to the {KEEP:HMIS} for {KEEP:HUD} reporting. Report "
    "{KEEP:APR} is due {KEEP:April 30}. Fields: {KEEP:client_uid}, {KEEP:entry_date}, {KEEP:exit_destination}.\n\n"
    "In your draft mapping, you used a real client, {PERSON:Terrence Bowles}, who entered shelter {DATE:01/06/2025}, "
    "and whose car, a grey sedan with plate {PLATE:JKL 9021}, is parked at the {KEEP:Elm Street} lot per his intake. "
    "Please swap for test data.\n\n"
    "{PERSON:beatriz} is me; {PERSON:Nkechi} manages intake. The {KEEP:Baltimore} site uses the same form "
    "({KEEP:Form 12B}).\n\nBeatriz")


BRACE = "{KEEP_BRACE}"
MARK = re.compile(r"\{([A-Z_]+):([^{}]*)\}")
KINDS = {"PERSON", "ADDRESS", "POSTCODE", "DATE", "PHONE", "EMAIL", "URL", "IP", "SSN",
         "NATIONAL_ID", "MRN", "MEMBER", "ACCOUNT", "LICENSE", "PLATE", "DEVICE", "IBAN", "CARD"}


def parse(tpl):
    tpl = tpl.replace(BRACE, "<<LB>>project_id<<RB>>")
    out, spans, keep, pos = [], [], [], 0
    length = 0
    for m in MARK.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        length += len(lit)
        kind, val = m.group(1), m.group(2)
        val = val.replace("<<LB>>", "{").replace("<<RB>>", "}")
        start, end = length, length + len(val)
        out.append(val)
        length = end
        if kind == "KEEP":
            keep.append({"start": start, "end": end, "text": val})
        else:
            assert kind in KINDS, kind
            spans.append({"start": start, "end": end, "kind": kind, "text": val})
        pos = m.end()
    out.append(tpl[pos:])
    text = "".join(out).replace("<<LB>>", "{").replace("<<RB>>", "}")
    return text, spans, keep


def luhn(num):
    d = [int(c) for c in num if c.isdigit()][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def main():
    out = Path(__file__).with_name("tune3.jsonl")
    lines = []
    for i, (field, contacts, tpl) in enumerate(R, 1):
        text, spans, keep = parse(tpl)
        assert "{" not in text.replace("{project_id}", ""), i
        for s in spans + keep:
            assert text[s["start"]:s["end"]] == s["text"]
        allr = sorted([(s["start"], s["end"]) for s in spans + keep])
        for (a, b), (c, d) in zip(allr, allr[1:]):
            assert b <= c, (i, a, b, c, d)
        for s in spans:
            if s["kind"] == "CARD":
                assert luhn(s["text"]), s
            if s["kind"] == "IBAN":
                assert iban_ok(s["text"]), s
        words = len(text.split())
        assert 80 <= words <= 350, (i, words)
        lines.append(json.dumps({"id": f"tune3-{i:03d}", "field": field, "contacts": contacts,
                                 "text": text, "spans": spans, "keep": keep}, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
