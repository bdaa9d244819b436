"""Write the mail-filing evaluation set (issue #16): ``tune/`` and ``report/``.

    python tests/data/mail_eval/make_mail_eval.py

Deterministic: the same files every run (seeded RNG, no clock, no network). Each half
gets an mbox file (``mail.mbox``, mboxrd: body lines starting with ``From `` are
``>From``-quoted), a Maildir (``Maildir/cur``, ``Maildir/new``) and a folder of
``.eml`` files (``eml/``), plus one entry per file or mbox message in ``labels.json``.
Written for this project independently of the filing code (see SOURCE.md); every
person, company and domain is invented.
"""

from __future__ import annotations

import base64
import hashlib
import json
import quopri
import random
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# -- who is who ------------------------------------------------------------------------
USER_NAME = "Robin Castellanos"
USER_ADDR = "robin@castellanos-consulting.de"
USER_GMAIL = "robin.castellanos.dev@gmail.com"


@dataclass(frozen=True)
class Person:
    name: str
    addr: str
    mailer: str = "outlook"  # outlook | gmail | thunderbird | apple


@dataclass(frozen=True)
class ClientDef:
    name: str
    privacy: str
    domains: tuple[str, ...]
    contacts: tuple[Person, ...]
    topics: tuple[str, ...]
    # senders that are not contacts but sit on a claimed domain (or a subdomain of one)
    domain_senders: tuple[Person, ...] = ()
    lookalikes: tuple[str, ...] = ()


CLIENTS: tuple[ClientDef, ...] = (
    ClientDef(
        "Brightwater Home Care",
        "redact",
        ("brightwaterhc.com",),
        (
            Person("Dana Reyes", "dana.reyes@brightwaterhc.com", "outlook"),
            Person("Marcus Webb", "it@brightwaterhc.com", "outlook"),
            Person("Priya Natarajan", "ap@brightwaterhc.com", "apple"),
        ),
        (
            "the visit scheduling export",
            "the EVV clock-in report",
            "caregiver onboarding forms",
            "the Medicaid billing batch",
            "tablet rollout for field nurses",
        ),
        (
            Person("Scheduling Desk", "scheduling@brightwaterhc.com", "outlook"),
            Person("Brightwater Alerts", "noreply@portal.brightwaterhc.com", "outlook"),
        ),
        ("brightwaterhc.com.mailer-svc.net", "mybrightwaterhc.com", "brightwater-hc.com"),
    ),
    ClientDef(
        "Northfield Immunization Registry",
        "local_only",
        ("nfir.org",),
        (
            Person("Tom Okonkwo", "t.okonkwo@nfir.org", "outlook"),
            Person("Registry Helpdesk", "helpdesk@nfir.org", "outlook"),
        ),
        (
            "the HL7 VXU feed",
            "the nightly dedup job",
            "provider onboarding to the registry",
            "the SFTP drop for school nurses",
            "the quarterly coverage extract",
        ),
        (
            Person("NFIR Change Board", "cab@mail.nfir.org", "outlook"),
            Person("Ines Halloran", "ines.halloran@ops.nfir.org", "thunderbird"),
        ),
        ("nfir.org.uk", "nfir-org.com", "nfir.org.secure-login.io"),
    ),
    ClientDef(
        "Acme Dental Group",
        "cloud",
        ("acmedental.com",),
        (
            Person("Carla Mendes", "carla@acmedental.com", "gmail"),
            Person("Jonas Berg", "jonas.berg@acmedental.com", "apple"),
            Person("Piotr Kowalski", "piotr@quillon-it.com", "thunderbird"),
        ),
        (
            "the recall reminder texts",
            "the imaging server backup",
            "the patient portal login",
            "front-desk PC replacements",
            "the Dentrix-to-cloud migration",
        ),
        (
            Person("Acme Front Desk", "frontdesk@acmedental.com", "outlook"),
            Person("Acme Mail", "postmaster@mx2.acmedental.com", "outlook"),
        ),
        ("acmedental.com.evil.net", "acme-dental.com", "acmedental.co", "acmedentalgroup.com"),
    ),
    ClientDef(
        "Harbor Counseling",
        "local_only",
        (),
        (
            Person("Lena Marsh", "harborcounseling.lena@gmail.com", "gmail"),
            Person("Ode Fairweather", "o.fairweather@outlook.com", "outlook"),
        ),
        (
            "the intake questionnaire",
            "telehealth room links",
            "the shared calendar",
            "encrypted note storage",
            "the superbill template",
        ),
    ),
    ClientDef(
        "Kessler & Vogt Rechtsanwälte",
        "redact",
        ("kv-recht.de",),
        (
            Person("Jürgen Keßler", "j.kessler@kv-recht.de", "outlook"),
            Person("Sabine Vogt", "s.vogt@kv-recht.de", "apple"),
            Person("Kanzlei Büro", "kanzlei@kv-recht.de", "thunderbird"),
        ),
        (
            "the beA mailbox certificates",
            "the document archive (DMS)",
            "Fristenkalender sync",
            "the new scanner workflow",
            "laptop encryption for the partners",
        ),
        (Person("Empfang KV", "empfang@kv-recht.de", "outlook"),),
        ("kv-recht.de.com", "kv-recht-de.net"),
    ),
    ClientDef(
        "Pinecrest School District",
        "cloud",
        ("pinecrest.k12.or.us",),
        (
            Person("Alicia Torres", "atorres@pinecrest.k12.or.us", "gmail"),
            Person("Network Team", "netops@pinecrest.k12.or.us", "gmail"),
        ),
        (
            "Chromebook enrollment",
            "the content filter exceptions",
            "the SIS roster sync",
            "Wi-Fi in the portable classrooms",
            "the summer imaging window",
        ),
        (Person("Pinecrest HS Library", "library@hs.pinecrest.k12.or.us", "gmail"),),
        ("pinecrest-k12.org", "pinecrest.k12.or.us.account-verify.com"),
    ),
    ClientDef(
        "Meridian Freight",
        "cloud",
        ("meridianfreight.co.uk", "quillon-it.com"),
        (
            Person("Owen Price", "owen.price@meridianfreight.co.uk", "outlook"),
            Person("Fiona Clarke", "f.clarke@meridianfreight.co.uk", "apple"),
        ),
        (
            "the customs declaration API",
            "the driver app crash reports",
            "EDI invoices from hauliers",
            "the depot barcode scanners",
            "the Power BI dashboard",
        ),
        (
            Person("Meridian Ops", "ops@uk.meridianfreight.co.uk", "outlook"),
            Person("Quillon Service Desk", "servicedesk@quillon-it.com", "outlook"),
        ),
        ("meridianfreight.co", "meridian-freight.co.uk"),
    ),
    ClientDef(
        "Lumen Physio",
        "cloud",
        ("lumenphysio.com.au",),
        (
            Person("Mia Tran", "mia@lumenphysio.com.au", "apple"),
            Person("Ben Lumen", "ben.lumen@outlook.com", "outlook"),
        ),
        (
            "online booking",
            "the exercise video library",
            "Medicare claim exports",
            "the reception iPad",
            "SMS appointment reminders",
        ),
        (Person("Lumen Reception", "reception@lumenphysio.com.au", "apple"),),
        ("lumenphysio.com", "lumenphysio.com.au.bookings-online.net"),
    ),
)

# The held-out half meets traps the tune half does not show (other look-alikes,
# spoof forms and subdomain senders), so a fix made on tune alone is not rewarded.
REPORT_LOOKALIKES: dict[str, tuple[str, ...]] = {
    "Brightwater Home Care": ("brightwaterhc.co", "brightwaterhc.com-secure.net", "brightwaterhcc.com"),
    "Northfield Immunization Registry": ("nfir.org.evil.net", "nfir.com", "n-fir.org"),
    "Acme Dental Group": ("acmedental.comm", "acmedentaI.com", "acmedental-com.net", "secure-acmedental.com"),
    "Kessler & Vogt Rechtsanwälte": ("mail-kv-recht.de", "kvrecht.de"),
    "Pinecrest School District": ("pinecrest.k12.or.us.evil.net", "pinecrestk12.or.us"),
    "Meridian Freight": ("meridianfreight.co.uk-invoices.com", "quillon-it.com.evil.net"),
    "Lumen Physio": ("lumenphysio.com.au.evil.net", "lumen-physio.com.au"),
}
REPORT_DOMAIN_SENDERS: dict[str, tuple[Person, ...]] = {
    "Acme Dental Group": (Person("Acme Billing", "billing@eu.acmedental.com", "outlook"),),
    "Lumen Physio": (Person("Lumen Bookings", "noreply@notify.lumenphysio.com.au", "gmail"),),
    "Kessler & Vogt Rechtsanwälte": (Person("KV Scanner", "scanner@buero.kv-recht.de", "thunderbird"),),
}
REPORT_SPOOFS = (
    ('"Meridian Freight Accounts" <accounts@mf-payments.co>', "accounts@mf-payments.co"),
    ('"helpdesk@nfir.org" <helpdesk.nfir@outlook.com>', "helpdesk.nfir@outlook.com"),
    (
        '"Jürgen Keßler <j.kessler@kv-recht.de>" <kanzlei.kessler@web-mail.biz>',
        "kanzlei.kessler@web-mail.biz",
    ),
    ('"Mia Tran | Lumen Physio" <mia.tran.physio@hotmail.com>', "mia.tran.physio@hotmail.com"),
    ('"Pinecrest School District IT" <it-support@pinecrest-k12.org>', "it-support@pinecrest-k12.org"),
    ("Carla Mendes <carla@acmedental.com@relay.badmail.net>", "carla@acmedental.com@relay.badmail.net"),
)

STRANGERS = (
    Person("Kyle Brandt", "kyle.brandt1987@gmail.com", "gmail"),
    Person("Talent Partners", "jobs@talentbridge-recruit.com", "outlook"),
    Person("Stackpane Weekly", "digest@stackpane.io", "outlook"),
    Person("Nadia Petrov", "nadia@orbitcloud-hosting.com", "thunderbird"),
    Person("Invoice Desk", "billing@paylane-invoices.net", "outlook"),
    Person("Grace Liu", "grace.liu.design@gmail.com", "gmail"),
    Person("Hannah Moore", "hannah.moore@yahoo.com", "apple"),
    Person("Felix Amsel", "felix@amsel-webdesign.de", "thunderbird"),
)
LISTS = (
    ("pgfriends-novice", "pgfriends-novice@lists.pgfriends.org", "pgfriends-novice.lists.pgfriends.org"),
    ("hl7-implementers", "implementers@lists.hl7-community.net", "implementers.lists.hl7-community.net"),
    ("k12-techcoord", "k12-techcoord@groups.edtechnw.org", "k12-techcoord.groups.edtechnw.org"),
)

# -- writing ---------------------------------------------------------------------------
OPENERS = (
    "Hi Robin,",
    "Hello Robin,",
    "Robin -",
    "Hi,",
    "Good morning Robin,",
    "Hey Robin,",
    "Dear Robin,",
    "Hi Robin, hope your week is going well.",
    "Robin,",
    "Morning!",
)
ASKS_A = (
    "Could you take a look at {topic}? Since Monday it keeps failing for about half of the staff.",
    "We need {topic} working before the audit on the {day}th, is that realistic?",
    "Quick one: who should I ask about {topic}, you or the vendor?",
    "The team says {topic} is slow again, mostly in the afternoons.",
    "Can we schedule an hour next week to go over {topic}? Tuesday or Thursday works for us.",
    "I forwarded your notes on {topic} to our director and she approved the budget.",
    "Our manager wants a short written summary of {topic} she can show the board.",
    "Something changed with {topic} after the update last night, nobody can log in.",
)
ASKS_B = (
    "Is there any chance you could look at {topic} this week? It is blocking two people here.",
    "Following up on {topic}: the numbers from yesterday do not match what we see on screen.",
    "We are thinking about replacing {topic} altogether. Would you recommend that?",
    "Just so you know, {topic} threw the same error again this morning at 7:40.",
    "Could you send me the steps for {topic} in plain language for the new hire?",
    "Thanks for fixing {topic}! One more thing though, the export is missing last month.",
    "Please hold off on {topic} until I have spoken with our IT person.",
    "I have attached a screenshot of {topic}. Does this look right to you?",
)
CLOSERS = (
    "Thanks,",
    "Thanks so much,",
    "Best,",
    "Cheers,",
    "Kind regards,",
    "Many thanks!",
    "Talk soon,",
    "Regards,",
    "Appreciate it,",
    "Best regards,",
)
REPLIES_A = (
    "Thanks for the details. I looked at {topic} and the cause is a certificate that expired on Sunday; I will renew it tonight.",
    "I can do Thursday at 10. I will bring a short plan for {topic} and the cost estimate.",
    "Understood. I will pause the work on {topic} until you give me the go-ahead.",
    "I checked {topic}: the job ran, but the file was empty because the source query timed out.",
    "Good news, {topic} is fixed. Please ask the team to log out and back in once.",
    "Short answer: yes, but it needs a maintenance window of about two hours.",
)
REPLIES_B = (
    "I had a look at {topic} this morning. It is a permissions problem on the shared folder, easy to fix.",
    "Happy to help. For {topic} I would need admin access for one afternoon.",
    "I would not replace it yet; {topic} can be tuned first, which costs far less.",
    "The error on {topic} comes from the vendor side. I opened a ticket with them and will report back.",
    "Done: {topic} is back to normal. I also added a check so we hear about it earlier next time.",
    "Let me write that summary for {topic} today; you will have it by tomorrow noon.",
)
PHRASE_WORDS = (
    "Tamarack",
    "Quillfeather",
    "Marrowstone",
    "Bellwether",
    "Cinderpath",
    "Larkspur",
    "Obsidian",
    "Juniper",
    "Waxwing",
    "Foxglove",
    "Halyard",
    "Saltmarsh",
    "Kestrel",
    "Thimbleberry",
    "Graywacke",
    "Nettlebed",
    "Pemberly",
    "Rowanoak",
    "Silverlode",
    "Driftwood",
    "Haversack",
    "Ironbark",
    "Moonwort",
    "Starling",
    "Bramblecote",
)
PHRASE_NOUNS = (
    "rollback checklist",
    "badge reader",
    "retention policy",
    "firewall ticket",
    "staff roster",
    "label printer",
    "consent form",
    "backup tape",
    "routing table",
    "parking permit",
)


@dataclass
class Item:
    """One message (or one non-mail file) of the set and its label."""

    container: str  # eml | mbox | maildir
    raw: bytes
    expected: str  # stored | duplicate | not_stored
    client: str | None
    direction: str | None
    thread: str | None
    tags: list[str]
    message_id: str | None
    from_addr: str
    subject: str
    phrases: list[dict[str, str]] = field(default_factory=list)
    also_ok: list[str] = field(default_factory=list)
    date: datetime | None = None
    maildir_sub: str = "cur"
    name: str = ""  # file name (eml / maildir)
    crlf: bool = False


class Gen:
    def __init__(self, half: str, seed: int) -> None:
        self.half = half
        self.rng = random.Random(seed)
        self.items: list[Item] = []
        self.mid_n = 0
        self.thread_n = 0
        self.phrase_n = 0
        self.clock = datetime(2024, 2, 5, 8, 30, tzinfo=timezone.utc)
        odd = half == "report"
        # the two halves use different halves of the writing pools
        self.asks = ASKS_B if odd else ASKS_A
        self.replies = REPLIES_B if odd else REPLIES_A

    # -- small helpers ---------------------------------------------------------------
    def tick(self, lo_hours: float = 2, hi_hours: float = 70) -> datetime:
        self.clock += timedelta(minutes=int(self.rng.uniform(lo_hours, hi_hours) * 60))
        return self.clock

    def new_thread(self) -> str:
        self.thread_n += 1
        return f"{self.half}-T{self.thread_n:03d}"

    def phrase(self) -> str:
        self.phrase_n += 1
        word = PHRASE_WORDS[(self.phrase_n * 7 + (3 if self.half == "report" else 0)) % len(PHRASE_WORDS)]
        noun = self.rng.choice(PHRASE_NOUNS)
        return f"{word} {noun} {self.rng.randint(100, 999)}"

    def message_id(self, mailer: str, domain: str) -> str:
        self.mid_n += 1
        h = hashlib.sha1(f"{self.half}:{self.mid_n}".encode()).hexdigest()
        if mailer == "gmail":
            return f"<CA{h[:10].upper()}+{h[10:30]}=Q@mail.gmail.com>"
        if mailer == "outlook":
            return f"<DB9PR0{h[:2].upper()}MB{h[2:6]}{h[6:20].upper()}@DB9PR0{h[:2].upper()}MB{h[2:6]}.eurprd0{self.mid_n % 9}.prod.outlook.com>"
        if mailer == "apple":
            u = h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
            return f"<{u.upper()}@{domain}>"
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:28]}@{domain}>"

    def topic_of(self, c: ClientDef) -> str:
        return self.rng.choice(c.topics)

    def client_text(self, c: ClientDef, who: Person, topic: str, extra: str = "") -> str:
        r = self.rng
        lines = [r.choice(OPENERS), ""]
        lines.append(r.choice(self.asks).format(topic=topic, day=r.randint(3, 28)))
        if extra:
            lines.append(extra)
        if r.random() < 0.5:
            other = r.choice([a for a in self.asks if a not in lines[2]])
            lines.append(other.format(topic=self.topic_of(c), day=r.randint(3, 28)))
        lines += ["", r.choice(CLOSERS), who.name.split()[0] if who.name else "Sabine"]
        if who.name and r.random() < 0.6:
            lines += ["", "-- ", who.name, c.name, f"Phone +1 555 01{r.randint(10, 99)}"]
        return "\n".join(lines)

    def user_text(self, to: Person, topic: str, extra: str = "") -> str:
        r = self.rng
        team = any(
            w in to.name for w in ("Helpdesk", "Team", "Büro", "Desk", "News", "Alerts", "Ops", "Board")
        )
        first = "all" if team or not to.name else to.name.split()[0]
        lines = [f"Hi {first},", "", r.choice(self.replies).format(topic=topic)]
        if extra:
            lines.append(extra)
        lines += [
            "",
            r.choice(("Best,", "Cheers,", "Kind regards,", "Thanks,")),
            "Robin",
            "",
            "-- ",
            "Robin Castellanos · Castellanos Consulting",
            "+49 30 5550 1234",
        ]
        return "\n".join(lines)

    @staticmethod
    def quote(prev: Item | None, body_prev: str, mailer: str) -> str:
        if prev is None or not body_prev:
            return ""
        if mailer == "outlook":
            when = prev.date.strftime("%A, %B %d, %Y %I:%M %p") if prev.date else ""
            return (
                "\n\n________________________________\nFrom: "
                + prev.from_addr
                + f"\nSent: {when}\nSubject: {prev.subject}\n\n"
                + body_prev
            )
        when = format_datetime(prev.date) if prev.date else "an earlier date"
        quoted = "\n".join("> " + ln if ln else ">" for ln in body_prev.splitlines())
        return f"\n\nOn {when}, {prev.from_addr} wrote:\n{quoted}"

    # -- building raw messages -------------------------------------------------------
    def build(
        self,
        *,
        sender: Person,
        from_header: str | None = None,
        to: list[str],
        cc: list[str] = (),  # type: ignore[assignment]
        subject: str,
        body: str,
        date: datetime | None,
        mid: str | None,
        in_reply_to: str | None = None,
        references: list[str] = (),  # type: ignore[assignment]
        html_only: bool = False,
        attachments: list[tuple[str, str, bytes]] = (),  # type: ignore[assignment]
        extra_headers: list[tuple[str, str]] = (),  # type: ignore[assignment]
        raw_8bit: bool = False,
        date_text: str | None = None,
    ) -> bytes:
        mailer = sender.mailer
        from_h = from_header or fmt_addr(sender.name, sender.addr, raw_8bit)
        subj = subject if raw_8bit or subject.isascii() else Header(subject, "utf-8").encode()
        h: list[tuple[str, str]] = []
        date_h = date_text if date_text is not None else (format_datetime(date) if date else None)
        refs = "\n ".join(references)  # folded, one id a line, as most clients write it
        boundary = "b_" + hashlib.md5(f"{self.half}{self.mid_n}{subject}".encode()).hexdigest()[:24]
        if mailer == "outlook":
            h += [("From", from_h), ("To", ", ".join(to))]
            if cc:
                h.append(("CC", ", ".join(cc)))
            h += [("Subject", subj), ("Thread-Topic", subj)]
            h.append(("Thread-Index", base64.b64encode(hashlib.md5(subject.encode()).digest()[:22]).decode()))
            if date_h:
                h.append(("Date", date_h))
            if mid:
                h.append(("Message-ID", mid))
            if refs:
                h.append(("References", refs))
            if in_reply_to:
                h.append(("In-Reply-To", in_reply_to))
            h += [
                ("Accept-Language", "en-US"),
                ("Content-Language", "en-US"),
                ("X-MS-Has-Attach", "yes" if attachments else ""),
                ("X-MS-TNEF-Correlator", ""),
            ]
        elif mailer == "gmail":
            h.append(("MIME-Version", "1.0"))
            if refs:
                h.append(("References", refs))
            if in_reply_to:
                h.append(("In-Reply-To", in_reply_to))
            h.append(("From", from_h))
            if date_h:
                h.append(("Date", date_h))
            if mid:
                h.append(("Message-ID", mid))
            h += [("Subject", subj), ("To", ", ".join(to))]
            if cc:
                h.append(("Cc", ", ".join(cc)))
        elif mailer == "apple":
            h += [("Subject", subj), ("From", from_h)]
            if in_reply_to:
                h.append(("In-Reply-To", in_reply_to))
            if date_h:
                h.append(("Date", date_h))
            if cc:
                h.append(("Cc", ", ".join(cc)))
            if mid:
                h.append(("Message-Id", mid))
            if refs:
                h.append(("References", refs))
            h += [("To", ", ".join(to)), ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")]
        else:  # thunderbird
            if mid:
                h.append(("Message-ID", mid))
            if date_h:
                h.append(("Date", date_h))
            h += [
                ("MIME-Version", "1.0"),
                ("User-Agent", "Mozilla Thunderbird"),
                ("Content-Language", "en-US"),
                ("To", ", ".join(to)),
            ]
            if cc:
                h.append(("Cc", ", ".join(cc)))
            if refs:
                h.append(("References", refs))
            if in_reply_to:
                h.append(("In-Reply-To", in_reply_to))
            h += [("From", from_h), ("Subject", subj)]
        h += list(extra_headers)
        if mailer == "outlook":
            h.append(("MIME-Version", "1.0"))
        if mailer == "apple":
            h.insert(0, ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.500.171.1.1\\))"))

        html = text_to_html(body)
        if html_only:
            h += [
                ("Content-Type", 'text/html; charset="utf-8"'),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ]
            payload = qp(html)
        elif attachments:
            h.append(("Content-Type", f'multipart/mixed; boundary="{boundary}"'))
            parts = [part_text(body, mailer)]
            for name, ctype, data in attachments:
                parts.append(
                    f'Content-Type: {ctype}; name="{name}"\nContent-Disposition: attachment; '
                    f'filename="{name}"\nContent-Transfer-Encoding: base64\n\n'
                    + wrap76(base64.b64encode(data).decode())
                )
            payload = (
                "This is a multi-part message in MIME format.\n"
                + "".join(f"\n--{boundary}\n{p}\n" for p in parts)
                + f"\n--{boundary}--\n"
            )
        elif mailer in ("outlook", "gmail"):
            h.append(("Content-Type", f'multipart/alternative; boundary="{boundary}"'))
            payload = (
                f"--{boundary}\n{part_text(body, mailer)}\n--{boundary}\n"
                f'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
                f"{qp(html)}\n--{boundary}--\n"
            )
        elif mailer == "apple":
            h += [
                ("Content-Type", "text/plain;\n\tcharset=utf-8"),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ]
            payload = qp(body)
        else:
            cte = "8bit" if not body.isascii() else "7bit"
            h += [
                ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
                ("Content-Transfer-Encoding", cte),
            ]
            payload = body + "\n"
        head = "".join(f"{k}: {v}\n" for k, v in h if v is not None)
        return (head + "\n" + payload).encode("utf-8")

    # -- adding items ----------------------------------------------------------------
    def add(self, container: str, raw: bytes, **kw: Any) -> Item:
        item = Item(container=container, raw=raw, **kw)
        self.items.append(item)
        return item

    def mail(
        self,
        container: str,
        sender: Person,
        to: list[Person],
        *,
        subject: str,
        body: str,
        expected: str,
        client: str | None,
        direction: str | None,
        thread: str | None,
        tags: list[str],
        cc: list[Person] = (),
        phrases: list[dict[str, str]] = (),  # type: ignore[assignment]
        also_ok: list[str] = (),
        mid: str | None | bool = True,
        date: datetime | None | bool = True,  # type: ignore[assignment]
        **build_kw: Any,
    ) -> Item:
        when = self.tick() if date is True else (date or None)
        domain = sender.addr.split("@")[1]
        msg_id = self.message_id(sender.mailer, domain) if mid is True else (mid or None)
        raw = self.build(
            sender=sender,
            to=[fmt_addr(p.name, p.addr) for p in to],
            cc=[fmt_addr(p.name, p.addr) for p in cc],
            subject=subject,
            body=body,
            date=when,
            mid=msg_id,
            **build_kw,
        )
        return self.add(
            container,
            raw,
            expected=expected,
            client=client,
            direction=direction,
            thread=thread,
            tags=list(tags),
            message_id=msg_id,
            from_addr=sender.addr,
            subject=subject,
            phrases=list(phrases),
            also_ok=list(also_ok),
            date=when,
        )


USER = Person(USER_NAME, USER_ADDR, "thunderbird")
USER_G = Person(USER_NAME, USER_GMAIL, "gmail")


def fmt_addr(name: str, addr: str, raw_8bit: bool = False) -> str:
    if not name:
        return addr
    if name.isascii() or raw_8bit:
        safe = f'"{name}"' if any(ch in name for ch in ',.&@"()') else name
        return f"{safe} <{addr}>"
    return f"{Header(name, 'utf-8').encode()} <{addr}>"


def qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def wrap76(text: str) -> str:
    return "\n".join(text[i : i + 76] for i in range(0, len(text), 76))


def part_text(body: str, mailer: str) -> str:
    if mailer == "gmail" and body.isascii():
        return 'Content-Type: text/plain; charset="UTF-8"\n\n' + body + "\n"
    return (
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
        + qp(body)
        + "\n"
    )


def text_to_html(body: str) -> str:
    esc = (
        body.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("ü", "&uuml;")
        .replace("ä", "&auml;")
    )
    paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in esc.split("\n\n"))
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<style>p{{margin:0 0 8px}}</style></head><body><div dir="ltr">{paras}</div></body></html>'
    )


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF whose only content is ``text`` in Helvetica (uncompressed)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# -- the scenarios -----------------------------------------------------------------------
def client_by(name: str) -> ClientDef:
    return next(c for c in CLIENTS if c.name == name)


def ph(text: str, where: str = "body") -> dict[str, str]:
    return {"text": text, "where": where}


def make_thread(
    g: Gen,
    c: ClientDef,
    container: str | list[str],
    n: int,
    *,
    tags: list[str],
    broken: str = "",
    user_gmail_at: int = -1,
    with_phrase: bool = False,
) -> list[Item]:
    """A conversation of ``n`` messages alternating client → user → client …"""
    r = g.rng
    tid = g.new_thread()
    contact = r.choice(c.contacts)
    topic = g.topic_of(c)
    base = r.choice(("Question about {t}", "{t}", "Problem with {t}", "Update on {t}", "{t} next steps"))
    subject0 = base.format(t=topic)
    subject0 = subject0[0].upper() + subject0[1:]
    items: list[Item] = []
    bodies: list[str] = []
    refs: list[str] = []
    orphan_parent = None
    if broken == "orphan":
        orphan_parent = g.message_id("outlook", "acmedental.com")  # never in the set
        refs = [orphan_parent]
    for i in range(n):
        cont = container[i % len(container)] if isinstance(container, list) else container
        from_client = (i % 2 == 0) != (broken == "user_first")
        extra = ""
        phrases: list[dict[str, str]] = []
        if with_phrase and i == n - 1:
            p = g.phrase()
            extra = r.choice(
                (
                    f"The reference on our side is {p}.",
                    f"Also: please note the {p} for the file.",
                    f"Our ticket mentions {p}, in case you need it.",
                )
            )
            phrases = [ph(p)]
        prev = items[-1] if items else None
        prev_body = bodies[-1] if bodies else ""
        if from_client:
            sender = contact
            body_new = g.client_text(c, contact, topic, extra)
            to = [USER]
            direction = "in"
        else:
            sender = USER_G if i == user_gmail_at else USER
            body_new = g.user_text(contact, topic, extra)
            to = [contact]
            direction = "out"
        subject = (
            subject0
            if i == 0 and broken != "orphan"
            else ("RE: " if sender.mailer == "outlook" else "Re: ") + subject0
        )
        body = body_new + g.quote(prev, prev_body, sender.mailer)
        in_reply = prev.message_id if prev else orphan_parent
        irt: str | None = in_reply
        use_refs = list(refs)
        ttags = list(tags)
        if broken == "no_irt" and i == n - 1 and i > 0:
            irt = None  # References still present
            ttags.append("refs_without_in_reply_to")
        if broken == "irt_only" and i > 0:
            use_refs = []
            ttags.append("in_reply_to_without_references")
        if broken == "orphan" and i == 0:
            ttags.append("parent_not_in_set")
        item = g.mail(
            cont,
            sender,
            to,
            subject=subject,
            body=body,
            expected="stored",
            client=c.name,
            direction=direction,
            thread=tid,
            tags=ttags + (["own_gmail"] if sender is USER_G else []),
            phrases=phrases,
            in_reply_to=irt,
            references=use_refs,
            date=g.tick(0.3, 30),
        )
        items.append(item)
        bodies.append(body_new)
        if item.message_id:
            refs = refs + [item.message_id]
    return items


def scenario(g: Gen) -> None:
    r = g.rng
    C = {c.name: c for c in CLIENTS}
    bw, nf, ac, hb, kv, pc, mf, lp = (C[c.name] for c in CLIENTS)
    containers = ["mbox", "eml", "maildir"]

    # 1. ordinary threads, in every container (threads stay within one container; see 6)
    for k in range(24):
        c = CLIENTS[k % 8]
        make_thread(
            g,
            c,
            containers[k % 3],
            3 + (k % 4),
            tags=["thread"],
            with_phrase=k % 4 == 0,
            user_gmail_at=(1 if k % 6 == 5 else -1),
        )
    # broken threading headers
    make_thread(g, bw, "mbox", 4, tags=["thread", "broken"], broken="no_irt")
    make_thread(g, kv, "eml", 5, tags=["thread", "broken"], broken="no_irt")
    make_thread(g, mf, "mbox", 3, tags=["thread", "broken"], broken="irt_only")
    make_thread(g, ac, "eml", 3, tags=["thread", "orphan"], broken="orphan")
    make_thread(g, pc, "mbox", 4, tags=["thread", "orphan"], broken="orphan")
    make_thread(g, lp, "eml", 4, tags=["thread", "user_first"], broken="user_first")
    # a thread across two containers (mbox imported before the .eml folder)
    make_thread(g, nf, ["mbox", "eml"], 4, tags=["thread", "cross_container"])
    make_thread(g, hb, ["mbox", "eml"], 3, tags=["thread", "cross_container"])

    # 2. same generic subject, two separate threads of one client: must not merge
    for _ in range(2):
        c = r.choice((ac, bw, pc))
        for _ in range(2):
            tid = g.new_thread()
            who = c.contacts[0]
            first = g.mail(
                "eml",
                who,
                [USER],
                subject="Quick question",
                body=g.client_text(c, who, g.topic_of(c)),
                expected="stored",
                client=c.name,
                direction="in",
                thread=tid,
                tags=["same_subject"],
            )
            g.mail(
                "eml",
                USER,
                [who],
                subject="Re: Quick question",
                body=g.user_text(who, g.topic_of(c)),
                expected="stored",
                client=c.name,
                direction="out",
                thread=tid,
                tags=["same_subject"],
                in_reply_to=first.message_id,
                references=[first.message_id],
            )

    # 3. two clients in one thread: must not merge across clients
    for a, b in ((ac, lp), (kv, mf)):
        ca, cb = a.contacts[0], b.contacts[0]
        ta, tb = g.new_thread(), g.new_thread()
        subj = "Introduction: shared vendor for " + g.topic_of(a)
        m1 = g.mail(
            "mbox",
            USER,
            [ca],
            cc=[cb],
            subject=subj,
            body=g.user_text(
                ca, g.topic_of(a), f"I am copying {cb.name}, who solved the same problem last year."
            ),
            expected="stored",
            client=a.name,
            direction="out",
            thread=ta,
            tags=["two_clients", "first_recipient"],
        )
        m2 = g.mail(
            "mbox",
            cb,
            [USER],
            cc=[ca],
            subject="Re: " + subj,
            body=g.client_text(b, cb, g.topic_of(b)),
            expected="stored",
            client=b.name,
            direction="in",
            thread=tb,
            tags=["two_clients"],
            in_reply_to=m1.message_id,
            references=[m1.message_id],
        )
        m3 = g.mail(
            "mbox",
            ca,
            [USER, cb],
            subject="Re: " + subj,
            body=g.client_text(a, ca, g.topic_of(a)),
            expected="stored",
            client=a.name,
            direction="in",
            thread=ta,
            tags=["two_clients"],
            in_reply_to=m2.message_id,
            references=[m1.message_id, m2.message_id],
        )
        g.mail(
            "mbox",
            USER,
            [cb],
            subject="Re: " + subj,
            body=g.user_text(cb, g.topic_of(b)),
            expected="stored",
            client=b.name,
            direction="out",
            thread=tb,
            tags=["two_clients"],
            in_reply_to=m2.message_id,
            references=[m1.message_id, m2.message_id],
        )
        assert m3

    # 4. single client messages with hard headers / bodies
    def single(c: ClientDef, sender: Person, tags: list[str], container: str = "eml", **kw: Any) -> Item:
        topic = g.topic_of(c)
        body = kw.pop("body", None) or g.client_text(c, sender, topic, kw.pop("extra", ""))
        subject = kw.pop("subject", None) or topic[0].upper() + topic[1:]
        return g.mail(
            container,
            sender,
            kw.pop("to", [USER]),
            subject=subject,
            body=body,
            expected=kw.pop("expected", "stored"),
            client=kw.pop("client", c.name),
            direction=kw.pop("direction", "in"),
            thread=kw.pop("thread", g.new_thread()),
            tags=tags,
            **kw,
        )

    for c in CLIENTS:  # mixed-case sender addresses
        who = c.contacts[-1]
        odd = Person(who.name, who.addr.upper() if r.random() < 0.5 else who.addr.title(), who.mailer)
        single(c, odd, ["mixed_case"], r.choice(containers))
    for c in CLIENTS:  # non-contact senders on a claimed domain or a subdomain of it
        for s in c.domain_senders + (REPORT_DOMAIN_SENDERS.get(c.name, ()) if g.half == "report" else ()):
            sub = s.addr.split("@")[1] not in c.domains
            single(c, s, ["subdomain" if sub else "domain_sender"], r.choice(containers))
    # contacts on public providers
    for who in hb.contacts + (lp.contacts[1],):
        single(hb if who in hb.contacts else lp, who, ["public_provider_contact"], "mbox")
        single(hb if who in hb.contacts else lp, who, ["public_provider_contact"], "eml")
    # newsletter from a client's domain: still that client
    for c, addr in ((bw, "news@brightwaterhc.com"), (pc, "announcements@pinecrest.k12.or.us")):
        p = g.phrase()
        single(
            c,
            Person(c.name + " News", addr, "outlook"),
            ["newsletter_client", "html_only"],
            "eml",
            subject=f"{c.name} monthly update",
            html_only=True,
            body=f"This month: {p} is ready, the summer schedule is out, and our new staff portal goes live.\n\n"
            "You receive this because you are on our partner list. Unsubscribe any time.",
            extra_headers=[
                ("List-Unsubscribe", f"<mailto:unsubscribe@{addr.split('@')[1]}>"),
                ("Precedence", "bulk"),
            ],
            phrases=[ph(p)],
        )
    # encoded-word subjects and names, 8-bit headers
    kj = kv.contacts[0]
    p = g.phrase()
    single(
        kv,
        kj,
        ["encoded_word"],
        "eml",
        subject="Rückfrage zur Fristverlängerung – Akte 2024/117",
        extra=f"Bitte prüfen Sie auch {p}.",
        phrases=[ph(p)],
    )
    single(kv, kv.contacts[1], ["encoded_word"], "mbox", subject="Übergabe der Zugangsdaten für das Archiv")
    p = g.phrase()
    single(
        kv,
        Person("Sabine Vogt", "s.vogt@kv-recht.de", "thunderbird"),
        ["8bit_headers"],
        "eml",
        subject="Scanner im Büro: Fehlermeldung „Papierstau“",
        raw_8bit=True,
        extra=f"Die Meldung erscheint beim {p}.",
        phrases=[ph(p)],
    )
    single(
        kv,
        Person("Kanzlei Büro", "kanzlei@kv-recht.de", "thunderbird"),
        ["8bit_headers"],
        "maildir",
        subject="Grüße aus der Kanzlei – neue Öffnungszeiten",
        raw_8bit=True,
    )
    # HTML-only from clients
    for c in (ac, mf, lp):
        p = g.phrase()
        single(
            c,
            c.contacts[0],
            ["html_only"],
            r.choice(containers),
            html_only=True,
            extra=f"Please keep the {p} in mind.",
            phrases=[ph(p)],
        )
    # attachments: text and PDF, phrase inside the attachment
    for c, kind in ((nf, "text"), (bw, "text"), (mf, "pdf"), (ac, "pdf"), (pc, "text")):
        p = g.phrase()
        who = c.contacts[0]
        if kind == "text":
            att = (
                "notes.txt",
                "text/plain; charset=utf-8",
                f"Notes from the call\n- check the {p}\n- confirm the firewall change window\n".encode(),
            )
        else:
            att = ("summary.pdf", "application/pdf", minimal_pdf(f"Summary: the {p} is approved."))
        single(
            c,
            who,
            ["attachment_" + kind],
            r.choice(containers),
            extra="The details are in the attached file.",
            attachments=[att, ("screenshot.png", "image/png", hashlib.sha256(p.encode()).digest() * 20)],
            phrases=[ph(p, "attachment_" + kind)],
        )
    # missing Date, Date without zone, unparseable Date
    single(nf, nf.contacts[0], ["no_date"], "eml", date=None, mid=True)
    single(ac, ac.contacts[1], ["no_date"], "mbox", date=None)
    when = g.tick()
    single(
        pc, pc.contacts[0], ["date_no_tz"], "eml", date=when, date_text=when.strftime("%a, %d %b %Y %H:%M:%S")
    )
    when = g.tick()
    single(mf, mf.contacts[0], ["date_garbage"], "eml", date=when, date_text="sometime last Tuesday")
    # Windows line endings
    for c in (bw, lp, kv):
        it = single(c, c.contacts[0], ["crlf"], "eml")
        it.crlf = True
    # a client's contact posting to a mailing list (From is the contact)
    lst = LISTS[1]
    single(
        nf,
        nf.contacts[0],
        ["list_from_contact"],
        "mbox",
        to=[Person(lst[0], lst[1])],
        extra_headers=[("List-Id", f"<{lst[2]}>"), ("Precedence", "list")],
        also_ok=["not_stored"],
    )

    # 5. the user's own mail
    for c in CLIENTS:  # the user writes first to a client
        who = c.contacts[0]
        g.mail(
            r.choice(containers),
            USER,
            [who],
            subject=f"Proposal for {g.topic_of(c)}",
            body=g.user_text(who, g.topic_of(c)),
            expected="stored",
            client=c.name,
            direction="out",
            thread=g.new_thread(),
            tags=["own_sent"],
        )
    for c in (ac, pc, lp):  # from the user's gmail address
        who = c.contacts[0]
        g.mail(
            "mbox",
            USER_G,
            [who],
            subject=f"Sending from my phone: {g.topic_of(c)}",
            body=g.user_text(who, g.topic_of(c)),
            expected="stored",
            client=c.name,
            direction="out",
            thread=g.new_thread(),
            tags=["own_gmail"],
        )
    for c in (bw, mf, kv):  # user → a stranger, client only in Cc
        who, st = c.contacts[0], r.choice(STRANGERS)
        g.mail(
            "eml",
            USER,
            [st],
            cc=[who],
            subject=f"Introduction re {g.topic_of(c)}",
            body=g.user_text(st, g.topic_of(c)),
            expected="stored",
            client=c.name,
            direction="out",
            thread=g.new_thread(),
            tags=["cc_only_out", "first_recipient"],
        )
    for c1, c2 in ((nf, pc), (lp, bw)):  # first client among To/Cc wins
        g.mail(
            "maildir",
            USER,
            [r.choice(STRANGERS), c1.contacts[0]],
            cc=[c2.contacts[0]],
            subject="Meeting notes",
            body=g.user_text(c1.contacts[0], g.topic_of(c1)),
            expected="stored",
            client=c1.name,
            direction="out",
            thread=g.new_thread(),
            tags=["first_recipient"],
        )
    for _ in range(8):  # user → non-clients: never stored
        st = r.choice(STRANGERS)
        g.mail(
            r.choice(containers),
            r.choice((USER, USER, USER_G)),
            [st],
            subject=r.choice(
                (
                    "Re: your offer",
                    "Invoice question",
                    "Coffee next week?",
                    "Re: hosting renewal",
                    "Conference talk",
                )
            ),
            body=g.user_text(st, "your last message"),
            expected="not_stored",
            client=None,
            direction=None,
            thread=None,
            tags=["own_to_nonclient"],
        )
    g.mail(
        "eml",
        USER,
        [USER],
        subject="Note to self: backups",
        body="Remember to rotate the offsite disk.",
        expected="not_stored",
        client=None,
        direction=None,
        thread=None,
        tags=["own_to_self"],
    )

    # 6. not client mail
    for c in CLIENTS:  # look-alike domains (of claimed domains)
        for dom in REPORT_LOOKALIKES.get(c.name, c.lookalikes) if g.half == "report" else c.lookalikes:
            local = c.contacts[0].addr.split("@")[0] if c.domains else "info"
            s = Person(c.contacts[0].name, f"{local}@{dom}", "outlook")
            g.mail(
                r.choice(containers),
                s,
                [USER],
                subject=r.choice(
                    (
                        "Urgent: payment details changed",
                        "Re: " + g.topic_of(c),
                        "Action required: verify your mailbox",
                        g.topic_of(c),
                    )
                ),
                body=g.client_text(c, s, g.topic_of(c)),
                expected="not_stored",
                client=None,
                direction=None,
                thread=None,
                tags=["lookalike"],
            )
    spoofs = (
        ('"Acme Dental Billing" <billing@unknown-payments.org>', "billing@unknown-payments.org"),
        ('"carla@acmedental.com" <carla.m1982@mail.ru>', "carla.m1982@mail.ru"),
        (
            '"Dana Reyes (dana.reyes@brightwaterhc.com)" <dreyes.hc@protonmail.com>',
            "dreyes.hc@protonmail.com",
        ),
        ('"Tom Okonkwo via DocuSign" <dse@docusign-mail.net>', "dse@docusign-mail.net"),
        ("Lena Marsh <harborcounseling.lena@gmaiI.com>", "harborcounseling.lena@gmaiI.com"),
        (
            '"Owen Price" <owen.price@meridianfreight.co.uk.invalid-relay.com>',
            "owen.price@meridianfreight.co.uk.invalid-relay.com",
        ),
    )
    for from_h, addr in REPORT_SPOOFS if g.half == "report" else spoofs:
        s = Person("", addr, "outlook")
        it = g.mail(
            r.choice(containers),
            s,
            [USER],
            subject=r.choice(
                ("Overdue invoice #4471", "Please review the attached document", "New bank details")
            ),
            body="Hello,\n\nPlease see the attached and confirm today.\n\nRegards",
            expected="not_stored",
            client=None,
            direction=None,
            thread=None,
            tags=["display_name_spoof"],
            from_header=from_h,
            extra_headers=[("Reply-To", "carla@acmedental.com")] if "carla" in from_h else [],
        )
        assert it
    g.mail(
        "eml",
        STRANGERS[4],
        [USER],
        subject="Invoice on behalf of Brightwater",
        body="Dear Robin,\n\nPlease find our invoice.\n\nInvoice Desk",
        expected="not_stored",
        client=None,
        direction=None,
        thread=None,
        tags=["sender_header_spoof"],
        extra_headers=[("Sender", "ap@brightwaterhc.com")],
    )
    for _ in range(10):  # strangers, many on public providers
        st = r.choice(STRANGERS)
        g.mail(
            r.choice(containers),
            st,
            [USER],
            subject=r.choice(
                (
                    "Quick question",
                    "Re: your article",
                    "Opportunity",
                    "Hosting renewal",
                    "Your weekly digest",
                    "Hello from Berlin",
                )
            ),
            body=g.client_text(bw, st, "the project we discussed"),
            expected="not_stored",
            client=None,
            direction=None,
            thread=None,
            tags=["stranger"],
        )
    for c in (bw, nf, ac, kv, mf):  # a stranger writes, a client's contact only in Cc
        st = r.choice(STRANGERS)
        g.mail(
            r.choice(containers),
            st,
            [USER],
            cc=[c.contacts[0]],
            subject="Following up",
            body=g.client_text(c, st, g.topic_of(c)),
            expected="not_stored",
            client=None,
            direction=None,
            thread=None,
            tags=["cc_only_in"],
        )
    for name, addr, lid in LISTS:  # mailing-list traffic
        for _ in range(3):
            st = r.choice(STRANGERS)
            g.mail(
                r.choice(containers),
                st,
                [Person(name, addr)],
                subject=f"[{name}] "
                + r.choice(
                    (
                        "Slow query on large table",
                        "VXU acknowledgement codes",
                        "Chromebook enrollment tokens",
                        "Release notes",
                    )
                ),
                body=g.client_text(pc, st, "this"),
                expected="not_stored",
                client=None,
                direction=None,
                thread=None,
                tags=["mailing_list"],
                extra_headers=[
                    ("List-Id", f"<{lid}>"),
                    ("List-Post", f"<mailto:{addr}>"),
                    ("Precedence", "list"),
                ],
            )
    # list rewrote the From (DMARC): the contact is only in Reply-To → not stored
    lst = LISTS[2]
    g.mail(
        "mbox",
        Person("", lst[1], "gmail"),
        [Person(lst[0], lst[1])],
        subject=f"[{lst[0]}] Filter exceptions for grades 6-8",
        body=g.client_text(pc, pc.contacts[0], "the content filter exceptions"),
        expected="not_stored",
        client=None,
        direction=None,
        thread=None,
        tags=["mailing_list", "list_via"],
        from_header=f'"Alicia Torres via {lst[0]}" <{lst[1]}>',
        extra_headers=[("Reply-To", pc.contacts[0].addr), ("List-Id", f"<{lst[2]}>")],
    )
    for k in range(4):  # vendor newsletters
        st = STRANGERS[2]
        g.mail(
            "maildir",
            st,
            [USER],
            subject=f"Stackpane Weekly #{140 + k}: what's new in containers",
            html_only=True,
            body="The top stories this week.\n\nRead more on our site.",
            expected="not_stored",
            client=None,
            direction=None,
            thread=None,
            tags=["newsletter_other"],
            extra_headers=[("List-Unsubscribe", "<https://stackpane.io/u>")],
        )

    # 7. duplicates: the same Message-ID in the mbox and in the Maildir (mbox imported first)
    originals = [
        it for it in g.items if it.container == "mbox" and it.expected == "stored" and it.message_id
    ][:10]
    for it in r.sample(originals, 8):
        extra = (
            f"Delivered-To: {USER_ADDR}\nReceived: from mx.castellanos-consulting.de by imap with LMTP; "
            f"{format_datetime(it.date) if it.date else 'Mon, 1 Jan 2024 00:00:00 +0000'}\n"
        ).encode()
        g.add(
            "maildir",
            extra + it.raw,
            expected="duplicate",
            client=it.client,
            direction=it.direction,
            thread=it.thread,
            tags=["dup_mbox_maildir"],
            message_id=it.message_id,
            from_addr=it.from_addr,
            subject=it.subject,
            date=it.date,
        )
    # the same message without a Message-ID, saved twice as .eml
    for c in (ac, kv, lp):
        who = c.contacts[0]
        subj = f"No-ID message about {g.topic_of(c)} ({g.half} {c.name.split()[0]})"
        it = single(
            c, Person(who.name, who.addr, "thunderbird"), ["no_message_id"], "eml", mid=False, subject=subj
        )
        g.add(
            "eml",
            it.raw,
            expected="duplicate",
            client=it.client,
            direction=it.direction,
            thread=it.thread,
            tags=["no_message_id", "dup_saved_twice"],
            message_id=None,
            from_addr=it.from_addr,
            subject=it.subject,
            date=it.date,
        )

    # 7b. more header traps
    dn = bw.contacts[0]
    odd_user = Person(USER_NAME, "Robin@Castellanos-Consulting.DE", "apple")
    g.mail(
        "mbox",
        odd_user,
        [dn],
        subject=f"Invoice for {g.topic_of(bw)}",
        body=g.user_text(dn, g.topic_of(bw)),
        expected="stored",
        client=bw.name,
        direction="out",
        thread=g.new_thread(),
        tags=["own_mixed_case"],
    )
    g.mail(
        "eml",
        USER,
        [Person(dn.name, dn.addr.upper())],
        subject="Re: the tablets",
        body=g.user_text(dn, g.topic_of(bw)),
        expected="stored",
        client=bw.name,
        direction="out",
        thread=g.new_thread(),
        tags=["out_to_mixed_case"],
    )
    # an out-of-office reply from a contact, threaded under the user's mail
    oj = ac.contacts[1]
    tid = g.new_thread()
    sent = g.mail(
        "mbox",
        USER,
        [oj],
        subject="Backup test this weekend",
        body=g.user_text(oj, "the imaging server backup"),
        expected="stored",
        client=ac.name,
        direction="out",
        thread=tid,
        tags=["auto_reply"],
    )
    g.mail(
        "mbox",
        oj,
        [USER],
        subject="Automatic reply: Backup test this weekend",
        body="I am out of the office until Monday with limited access to e-mail. For urgent matters call the front desk.",
        expected="stored",
        client=ac.name,
        direction="in",
        thread=tid,
        tags=["auto_reply"],
        in_reply_to=sent.message_id,
        references=[sent.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    )
    # a bounce of the user's mail to a client: the embedded message must not be filed
    inner_mid = g.message_id("thunderbird", "castellanos-consulting.de")
    inner = (
        f"From: {USER_NAME} <{USER_ADDR}>\nTo: {mf.contacts[0].addr.replace('@', '.old@')}\nSubject: Depot scanners\n"
        f"Message-ID: {inner_mid}\nDate: {format_datetime(g.tick())}\n\nHi Owen, the scanners arrive Tuesday.\n"
    )
    bnd = "bounce_" + inner_mid[1:9]
    bounce_mid = g.message_id("thunderbird", "mx.castellanos-consulting.de")
    raw = (
        f"From: Mail Delivery System <MAILER-DAEMON@mx.castellanos-consulting.de>\nTo: {USER_ADDR}\n"
        f"Subject: Undelivered Mail Returned to Sender\nDate: {format_datetime(g.tick(0.1, 0.2))}\nMessage-Id: {bounce_mid}\n"
        f"Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{bnd}"\n\n'
        f"--{bnd}\nContent-Type: text/plain\n\nYour message could not be delivered: user unknown.\n\n"
        f"--{bnd}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.castellanos-consulting.de\n\n"
        f"Final-Recipient: rfc822; owen.price.old@meridianfreight.co.uk\nAction: failed\nStatus: 5.1.1\n\n"
        f"--{bnd}\nContent-Type: message/rfc822\n\n{inner}\n--{bnd}--\n"
    ).encode()
    g.add(
        "maildir",
        raw,
        expected="not_stored",
        client=None,
        direction=None,
        thread=None,
        tags=["bounce"],
        message_id=bounce_mid,
        from_addr="mailer-daemon@mx.castellanos-consulting.de",
        subject="Undelivered Mail Returned to Sender",
    )
    # the user forwards a client's mail to a stranger: not client mail
    st = STRANGERS[7]
    g.mail(
        "eml",
        USER,
        [st],
        subject="Fwd: " + g.topic_of(kv),
        body=(
            "Hi Felix, see below, could you quote for the website part?\n\nRobin\n\n"
            "---------- Forwarded message ---------\n"
            f"From: {kv.contacts[1].name} <{kv.contacts[1].addr}>\nDate: Mon, 3 Jun 2024 at 09:14\n"
            f"Subject: {g.topic_of(kv)}\nTo: {USER_ADDR}\n\nSehr geehrter Herr Castellanos, ..."
        ),
        expected="not_stored",
        client=None,
        direction=None,
        thread=None,
        tags=["forward_to_stranger"],
    )
    # a stranger forwards a client's message as an attachment
    fwd_inner = (
        f"From: {nf.contacts[0].name} <{nf.contacts[0].addr}>\nTo: someone@orbitcloud-hosting.com\n"
        f"Subject: {g.topic_of(nf)}\nMessage-ID: {g.message_id('outlook', 'nfir.org')}\n\nPlease call me.\n"
    ).encode()
    g.mail(
        "eml",
        STRANGERS[3],
        [USER],
        subject="FW: message from your registry client",
        body="See attached, is this yours?\n\nNadia",
        expected="not_stored",
        client=None,
        direction=None,
        thread=None,
        tags=["rfc822_attachment"],
        attachments=[("forwarded.eml", "message/rfc822", fwd_inner)],
    )
    # sender forms: a quoted "Last, First" display name folded onto a second line; an old comment form
    who = bw.contacts[0]
    single(
        bw,
        who,
        ["folded_from"],
        "eml",
        from_header=f'"Reyes, Dana (Brightwater Home Care - Main\n Office)"\n <{who.addr}>',
    )
    who = kv.contacts[1]
    single(
        kv,
        Person("", who.addr, "thunderbird"),
        ["comment_address"],
        "mbox",
        from_header=f"{who.addr} (Sabine Vogt)",
    )
    # no From header at all
    it = single(
        ac,
        ac.contacts[0],
        ["no_from"],
        "eml",
        expected="not_stored",
        client=None,
        direction=None,
        thread=None,
    )
    it.raw = b"\n".join(ln for ln in it.raw.split(b"\n") if not ln.startswith(b"From:"))
    it.from_addr = ""
    # a Gnus-style In-Reply-To with a comment after the id
    c = lp
    who = c.contacts[0]
    tid = g.new_thread()
    m1 = g.mail(
        "mbox",
        who,
        [USER],
        subject="Booking page colours",
        body=g.client_text(c, who, "online booking"),
        expected="stored",
        client=c.name,
        direction="in",
        thread=tid,
        tags=["irt_comment"],
    )
    g.mail(
        "mbox",
        Person(USER_NAME, USER_ADDR, "thunderbird"),
        [who],
        subject="Re: Booking page colours",
        body=g.user_text(who, "online booking"),
        expected="stored",
        client=c.name,
        direction="out",
        thread=tid,
        tags=["irt_comment"],
        in_reply_to=f"{m1.message_id} (Mia Tran's message of {format_datetime(m1.date) if m1.date else ''})",
        references=[m1.message_id],
    )
    # duplicates: twice in the mbox; a Maildir message saved again as .eml; a folded Message-ID
    orig = next(
        it
        for it in g.items
        if it.container == "mbox"
        and it.expected == "stored"
        and it.message_id
        and "dup_mbox_maildir" not in it.tags
        and it.direction == "in"
    )
    g.add(
        "mbox",
        orig.raw,
        expected="duplicate",
        client=orig.client,
        direction=orig.direction,
        thread=orig.thread,
        tags=["dup_in_mbox"],
        message_id=orig.message_id,
        from_addr=orig.from_addr,
        subject=orig.subject,
        date=orig.date,
    )
    md = [it for it in g.items if it.container == "maildir" and it.expected == "stored" and it.message_id][:2]
    for it in md:
        g.add(
            "eml",
            it.raw,
            expected="duplicate",
            client=it.client,
            direction=it.direction,
            thread=it.thread,
            tags=["dup_maildir_eml"],
            message_id=it.message_id,
            from_addr=it.from_addr,
            subject=it.subject,
            date=it.date,
        )
    for it in [x for x in g.items if "dup_mbox_maildir" in x.tags][:2]:
        for name in (b"Message-ID: ", b"Message-Id: "):
            it.raw = it.raw.replace(
                name + it.message_id.encode(), name.rstrip(b" ") + b"\n  " + it.message_id.encode(), 1
            )
        it.tags.append("folded_message_id")

    # a contact beats another client's claimed domain (Piotr is Acme's; quillon-it.com is Meridian's)
    pk = ac.contacts[2]
    single(ac, pk, ["contact_beats_domain"], "eml")
    single(ac, pk, ["contact_beats_domain"], "maildir")
    # encoded words in a legacy charset, and raw Latin-1 bytes in headers
    raw_subj = "Schlüssel für das Archiv"
    it = single(
        kv,
        Person("Empfang KV", "empfang@kv-recht.de", "outlook"),
        ["encoded_word_latin1"],
        "mbox",
        subject=raw_subj,
    )
    it.raw = it.raw.replace(
        Header(raw_subj, "utf-8").encode().encode(), Header(raw_subj, "iso-8859-1").encode().encode()
    )
    it = single(
        kv,
        Person("Jürgen Keßler", "j.kessler@kv-recht.de", "thunderbird"),
        ["8bit_latin1"],
        "eml",
        subject="Zugänge für die Rechtsanwaltsfachangestellte",
        raw_8bit=True,
    )
    head, sep, body = it.raw.partition(b"\n\n")
    it.raw = head.decode("utf-8").encode("latin-1") + sep + body

    # 8. broken files
    g.add(
        "eml",
        b"",
        expected="not_stored",
        client=None,
        direction=None,
        thread=None,
        tags=["empty_file"],
        message_id=None,
        from_addr="",
        subject="",
    )
    g.add(
        "eml",
        (
            "Meeting notes 12 March\nFrom: Dana (phone call)\nTo do: renew the VPN certificate\n"
            "Ask Tom about the SFTP drop.\n"
        ).encode(),
        expected="not_stored",
        client=None,
        direction=None,
        thread=None,
        tags=["not_mail"],
        message_id=None,
        from_addr="",
        subject="",
        name="notes.txt",
    )
    g.add(
        "eml",
        r_bytes(g.rng, 3000),
        expected="not_stored",
        client=None,
        direction=None,
        thread=None,
        tags=["malformed", "binary_junk"],
        message_id=None,
        from_addr="",
        subject="",
    )
    who = mf.contacts[1]
    mid = g.message_id("apple", "meridianfreight.co.uk")
    raw = (
        f"From: {who.name} <{who.addr}>\nTo: {USER_ADDR}\nSubject: Broken attachment\nDate: "
        f"{format_datetime(g.tick())}\nMessage-Id: {mid}\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="zzz-never-closed"\n\n--zzz-never-closed\n'
        "Content-Type: text/plain; charset=utf-8\n\nHi Robin, the manifest is attached but my mail app crashed.\n\n"
        "--zzz-never-closed\nContent-Type: application/pdf; name=manifest.pdf\nContent-Transfer-Encoding: base64\n\n"
        "JVBERi0xLjQKJcfs!!!!not-base64@@@\n"
    ).encode()
    g.add(
        "eml",
        raw,
        expected="stored",
        client=mf.name,
        direction="in",
        thread=g.new_thread(),
        tags=["malformed", "unclosed_multipart"],
        message_id=mid,
        from_addr=who.addr,
        subject="Broken attachment",
        also_ok=["not_stored"],
    )
    who = bw.contacts[1]
    raw = (
        f"From: {who.name} <{who.addr}>\nTo: {USER_ADDR}\nSubject: =?utf-8?B?broken!!?=\nDate: {format_datetime(g.tick())}\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=x-unknown-charset-42\nContent-Transfer-Encoding: base64\n\n"
        "SGkgUm9iaW4sIHRoZSBwcmludGVyIGlzIGJhY2s=====\n"
    ).encode()
    g.add(
        "mbox",
        raw,
        expected="stored",
        client=bw.name,
        direction="in",
        thread=g.new_thread(),
        tags=["malformed", "bad_charset_and_base64", "no_message_id"],
        message_id=None,
        from_addr=who.addr,
        subject="=?utf-8?B?broken!!?=",
        also_ok=["not_stored"],
    )


def r_bytes(rng: random.Random, n: int) -> bytes:
    return bytes(rng.randrange(256) for _ in range(n))


# -- writing the containers -------------------------------------------------------------
def mbox_from_line(item: Item) -> str:
    when = item.date or datetime(2024, 1, 1, tzinfo=timezone.utc)
    return f"From {item.from_addr or 'MAILER-DAEMON'} {when.strftime('%a %b %d %H:%M:%S %Y')}\n"


def mboxrd_body(raw: bytes) -> bytes:
    out = []
    for line in raw.split(b"\n"):
        stripped = line.lstrip(b">")
        out.append(b">" + line if stripped.startswith(b"From ") else line)
    return b"\n".join(out)


def write_half(half: str, seed: int, root: Path = HERE) -> list[dict[str, Any]]:
    g = Gen(half, seed)
    scenario(g)
    # bodies with lines that start with "From " (mboxrd must quote them): single-part
    # text/plain client mail in the mbox, the line right after the greeting
    plain = [
        it
        for it in g.items
        if it.container == "mbox"
        and it.expected == "stored"
        and it.direction == "in"
        and b"Content-Type: text/plain" in it.raw
        and b"multipart" not in it.raw
        and b"base64" not in it.raw
        and "malformed" not in it.tags
    ]
    for it in g.rng.sample(plain, min(6, len(plain))):
        head, sep, body = it.raw.partition(b"\n\n")
        first, nl, rest = body.partition(b"\n")
        p = g.phrase()
        it.raw = (
            head
            + sep
            + first
            + nl
            + (f"From what I can see the {p} started on Friday.\n>From the old log, too.\n").encode()
            + rest
        )
        it.tags.append("from_line_in_body")
        it.phrases.append(ph(f"{p} started on Friday"))
    out = root / half
    if out.exists():
        shutil.rmtree(out)
    (out / "eml").mkdir(parents=True)
    for sub in ("cur", "new"):
        (out / "Maildir" / sub).mkdir(parents=True)
    labels: list[dict[str, Any]] = []
    mbox = bytearray()
    mbox_index = 0
    eml_n = 0
    md_n = 0
    for it in g.items:
        raw = it.raw.replace(b"\n", b"\r\n") if it.crlf else it.raw
        if it.container == "mbox":
            mbox += mbox_from_line(it).encode() + mboxrd_body(raw).rstrip(b"\n") + b"\n\n"
            where = {"file": "mail.mbox", "index": mbox_index}
            mbox_index += 1
        elif it.container == "eml":
            eml_n += 1
            name = it.name or f"{eml_n:04d}-{slug(it.subject)}.eml"
            (out / "eml" / name).write_bytes(raw)
            where = {"file": f"eml/{name}", "index": 0}
        else:
            md_n += 1
            when = int((it.date or datetime(2024, 1, 1, tzinfo=timezone.utc)).timestamp())
            sub = "new" if md_n % 5 == 0 else "cur"
            # "!" stands for Maildir's ":" (a name Windows checkouts cannot hold); the
            # bench renames "!2," to ":2," when it copies the Maildir on POSIX
            name = f"{when}.M{100000 + md_n * 37}P{4000 + md_n}.mx1" + ("!2,S" if sub == "cur" else "")
            (out / "Maildir" / sub / name).write_bytes(raw)
            where = {"file": f"Maildir/{sub}/{name}", "index": 0}
        labels.append(
            {
                **where,
                "expected": it.expected,
                "client": it.client,
                "direction": it.direction,
                "thread": it.thread,
                "message_id": it.message_id,
                "from": it.from_addr.lower(),
                "subject": it.subject,
                "tags": it.tags,
                "phrases": it.phrases,
                "also_ok": it.also_ok,
            }
        )
    (out / "mail.mbox").write_bytes(bytes(mbox))
    return labels


def slug(text: str) -> str:
    s = "".join(ch.lower() if ch.isascii() and ch.isalnum() else "-" for ch in text)[:40]
    return "-".join(p for p in s.split("-") if p) or "message"


def setup_json() -> dict[str, Any]:
    return {
        "user": {
            "name": USER_NAME,
            "email": USER_ADDR,
            "other_addresses": [USER_GMAIL],
            "business": "Castellanos Consulting",
        },
        "mail_accounts": {
            "work": {
                "host": "imap.castellanos-consulting.de",
                "port": 993,
                "user": USER_ADDR,
                "security": "ssl",
                "inbox": "INBOX",
                "sent": "Sent",
                "drafts": "Drafts",
                "auth": "password",
                "token_command": "",
            },
            "personal": {
                "host": "imap.gmail.com",
                "port": 993,
                "user": USER_GMAIL,
                "security": "ssl",
                "inbox": "INBOX",
                "sent": "[Gmail]/Sent Mail",
                "drafts": "[Gmail]/Drafts",
                "auth": "xoauth2",
                "token_command": "oauth2-token gmail",
            },
        },
        "clients": [
            {
                "name": c.name,
                "privacy": c.privacy,
                "domains": list(c.domains),
                "contacts": [{"name": p.name, "email": p.addr} for p in c.contacts],
            }
            for c in CLIENTS
        ],
        "import_order": ["mail.mbox", "Maildir", "eml"],
    }


def write_all(root: Path) -> dict[str, Any]:
    data = {
        "setup": setup_json(),
        "tune": write_half("tune", 16_001, root),
        "report": write_half("report", 16_002, root),
    }
    for half in ("tune", "report"):
        validate(root / half, data[half])
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    (root / "labels.json").write_text(text, encoding="utf-8")
    return data


def validate(folder: Path, labels: list[dict[str, Any]]) -> None:
    """The labels agree with the files: every file labelled once, every mbox message
    labelled, every duplicate the copy of a labelled message, thread ids only on mail
    that is stored."""
    import mailbox

    files = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()} - {"mail.mbox"}
    labelled = [r["file"] for r in labels if r["file"] != "mail.mbox"]
    assert sorted(labelled) == sorted(files), "labels and files differ"
    n_mbox = len(mailbox.mbox(str(folder / "mail.mbox")))
    assert n_mbox == sum(1 for r in labels if r["file"] == "mail.mbox"), "mbox count differs"
    ids = [r["message_id"] for r in labels if r["message_id"] and r["expected"] != "duplicate"]
    assert len(ids) == len(set(ids)), "a Message-ID is used twice"
    originals = {(r["message_id"], r["from"], r["subject"]) for r in labels if r["expected"] == "stored"}
    for r in labels:
        if r["expected"] == "duplicate":
            assert (r["message_id"], r["from"], r["subject"]) in originals, r
        assert (r["thread"] is None) == (r["expected"] == "not_stored"), r
        assert (r["client"] is None) == (r["expected"] == "not_stored"), r


def tree_digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and (p.name == "labels.json" or p.parts[len(root.parts)] in ("tune", "report"))
    }


def main(argv: list[str] | None = None) -> int:
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description="Write the mail-filing evaluation set.")
    parser.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temporary folder and compare with the files here",
    )
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            write_all(Path(tmp))
            fresh, here = tree_digest(Path(tmp)), tree_digest(HERE)
        differ = sorted(k for k in fresh.keys() | here.keys() if fresh.get(k) != here.get(k))
        if differ:
            print(f"{len(differ)} files differ from a fresh run, e.g. {differ[:5]}; rerun the generator.")
            return 1
        print(f"The {len(here)} generated files match a fresh run.")
        return 0
    data = write_all(HERE)
    for half in ("tune", "report"):
        rows = data[half]
        counts = {
            k: sum(1 for r in rows if r["expected"] == k) for k in ("stored", "duplicate", "not_stored")
        }
        print(half, len(rows), "items:", counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
