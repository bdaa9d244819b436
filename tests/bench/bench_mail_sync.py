"""Benchmark: IMAP sync of 10 000 messages from a local Dovecot, 2 000 of them clients'.

    python tests/bench/bench_mail_sync.py [--messages 10000] [--clients-share 0.2]

Starts the throwaway Dovecot of ``tests/imap_server.py`` (skips, printing why, when it
is not installed), writes the messages into the mailbox's Maildir (INBOX; one in ten
client messages is the user's reply, in Sent), with 50 clients of two contacts each in
a fresh data folder, then times ``services.mail_sync.sync_account``:

- ``first_sync``: everything, headers of all 10 000, bodies of the 2 000;
- ``incremental``: after 10 new messages (5 from clients) — target ≤ 2 s;
- ``nothing_new``: a sync with nothing to fetch.

``peak_rss_mb`` is the process's peak resident memory after each phase (the filling is
streamed, so it stays below the sync's). Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SEED = 16


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _messages(total: int, share: float, rng: random.Random,
              contacts: list[str]) -> Iterator[tuple[str, bytes]]:
    from tests.imap_server import compose

    start = datetime(2021, 1, 1, tzinfo=UTC)
    words = ("invoice export visit schedule report firewall account migration backup "
             "release form patient registry update question urgent please thanks").split()
    client_count = int(total * share)
    client_at = set(rng.sample(range(total), client_count))
    previous: dict[str, str] = {}
    for n in range(total):
        when = start + timedelta(minutes=n * 7)
        text = " ".join(rng.choice(words) for _ in range(rng.randint(40, 160)))
        if n in client_at:
            contact = rng.choice(contacts)
            parent = previous.get(contact)
            mid = f"c{n}@{contact.split('@')[1]}"
            if n % 10 == 0:  # the user's reply, in Sent
                yield "Sent", compose("me@example.test", contact, "Re: Work item", text,
                                      mid=f"me{n}@example.test", when=when,
                                      in_reply_to=parent)
                continue
            previous[contact] = mid
            yield "INBOX", compose(contact, "me@example.test", "Work item", text, mid=mid,
                                   when=when, in_reply_to=parent)
        else:
            yield "INBOX", compose(f"person{n}@list{n % 300}.example", "me@example.test",
                                   f"Newsletter {n}", text, mid=f"n{n}@lists.example",
                                   when=when)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--clients-share", type=float, default=0.2)
    args = parser.parse_args(argv)

    from tests.imap_server import DovecotServer, compose, missing_reason

    reason = missing_reason()
    if reason:
        print(json.dumps({"skipped": reason}))
        return 0
    home = Path(tempfile.mkdtemp(prefix="consultant-bench-mail-"))
    os.environ["CONSULTANT_HOME"] = str(home)

    import keyring

    from consultant.mail.accounts import MailAccount
    from consultant.services import mail_accounts, mail_sync
    from consultant.services.workspace import Workspace
    from tests.support import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    rng = random.Random(SEED)
    server = DovecotServer()
    try:
        server.start()
        box = server.new_user()
        with Workspace.open() as ws:
            contacts = []
            for c in range(50):
                name = f"Client {c:02d}"
                ws.add_client(name)
                for k in range(2):
                    address = f"contact{k}@client{c:02d}.example"
                    ws.add_contact(name, address)
                    contacts.append(address)
        mail_accounts.add_account(
            MailAccount(name="bench", host="127.0.0.1", port=server.port, user=box.user,
                        security="none"), box.password)
        fill_started = time.perf_counter()
        inbox = sent = 0
        for folder, raw in _messages(args.messages, args.clients_share, rng, contacts):
            server.deliver(box, [raw], folder)
            inbox += folder == "INBOX"
            sent += folder == "Sent"
        fill = time.perf_counter() - fill_started
        rss_before = _rss_mb()
        results: dict[str, object] = {
            "messages": args.messages, "inbox": inbox, "sent": sent,
            "client_messages": int(args.messages * args.clients_share),
            "fill_seconds": round(fill, 2), "rss_before_sync_mb": round(rss_before, 1),
        }
        with Workspace.open() as ws:
            started = time.perf_counter()
            report = mail_sync.sync_account(ws, "bench")
            results["first_sync"] = {
                "seconds": round(time.perf_counter() - started, 2),
                "stored": report.stored, "duplicates": report.duplicates,
                "headers": report.headers_seen, "bodies": report.bodies_fetched,
                "peak_rss_mb": round(_rss_mb(), 1),
            }
            new = [compose(contacts[i], "me@example.test", "New", f"New question {i}",
                           mid=f"new{i}@client.example") for i in range(5)]
            new += [compose(f"x{i}@spam.example", "me@example.test", "Offer", "Buy",
                            mid=f"x{i}@spam.example") for i in range(5)]
            server.append(box, "INBOX", new)
            started = time.perf_counter()
            report = mail_sync.sync_account(ws, "bench")
            results["incremental"] = {
                "seconds": round(time.perf_counter() - started, 3),
                "stored": report.stored, "headers": report.headers_seen,
                "bodies": report.bodies_fetched, "target_seconds": 2.0,
            }
            started = time.perf_counter()
            report = mail_sync.sync_account(ws, "bench")
            results["nothing_new"] = {"seconds": round(time.perf_counter() - started, 3),
                                      "stored": report.stored}
            results["peak_rss_mb"] = round(_rss_mb(), 1)
        print(json.dumps(results, indent=2))
    finally:
        server.close()
        import shutil

        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
