"""Benchmark: importing a large mbox file (``services.mail_import.import_path``).

    python tests/bench/bench_mail_import.py [--sizes 100,1000] [--client-share 0.03]

For each size (MB) a synthetic mbox file is written (once, kept under ``bench-data/``):
mostly mail of no client (newsletters, other people's threads) and a share of mail from
and to the 20 clients' contacts, 2–40 KB per message, some with a text attachment, all
in mboxrd form (``>From`` quoted). Each import runs in a fresh process and a fresh
workspace (temporary ``CONSULTANT_HOME``), so its peak RSS (``ru_maxrss``) is the
import's own: it must not grow with the file (target ≤ 200 MB for any size).

Prints one JSON line per size: seconds, MB/s, messages, stored, peak RSS in MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DATA = ROOT / "bench-data"
SEED = 16
CLIENTS = 20
WORDS = (
    "the export report nightly portal visit schedule server backup invoice fax referral "
    "account password firewall update meeting weekly list patient form printer vpn change "
    "window deadline budget review contract draft ticket office staff login error slow"
).split()


def _paragraph(rng: random.Random, words: int) -> str:
    line: list[str] = []
    out: list[str] = []
    for _ in range(words):
        line.append(rng.choice(WORDS))
        if len(line) == 12:
            out.append(" ".join(line))
            line = []
    if line:
        out.append(" ".join(line))
    return "\n".join(out)


def generate(path: Path, size_mb: int, client_share: float) -> int:
    """Write an mbox file of about ``size_mb`` MB; returns the number of messages."""
    rng = random.Random(SEED + size_mb)
    target = size_mb * 1024 * 1024
    # A pool of bodies, reused: formatting every message anew would make writing slow.
    bodies = [_paragraph(rng, rng.randint(300, 6000)) for _ in range(200)]
    written = 0
    count = 0
    tmp = path.with_suffix(".part")
    with tmp.open("w", encoding="utf-8", newline="\n") as f:
        while written < target:
            count += 1
            body = bodies[count % len(bodies)]
            if rng.random() < client_share:
                c = rng.randrange(CLIENTS)
                sender = f"contact{c}@client{c}.example"
                subject = f"Re: {rng.choice(WORDS)} {rng.choice(WORDS)} {count}"
            else:
                sender = f"news{count % 500}@list{count % 97}.example"
                subject = f"Weekly {rng.choice(WORDS)} digest {count}"
            head = (
                f"From MAILER-DAEMON Mon Mar  2 09:00:00 2026\n"
                f"From: Someone <{sender}>\nTo: dev@freelance.example\n"
                f"Subject: {subject}\nMessage-ID: <m{count}.{size_mb}@bench.example>\n"
                f"Date: Mon, 2 Mar 2026 09:{count % 60:02d}:00 +0100\nMIME-Version: 1.0\n"
            )
            if count % 10 == 0:
                text = (
                    head + 'Content-Type: multipart/mixed; boundary="b1"\n\n--b1\n'
                    "Content-Type: text/plain; charset=utf-8\n\n" + body[:2000]
                    + "\n>From the archive\n--b1\nContent-Type: text/plain; name=notes.txt\n"
                    "Content-Disposition: attachment; filename=notes.txt\n\n"
                    + body[2000:6000] + "\n--b1--\n\n"
                )  # fmt: skip
            else:
                text = head + "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n\n"
            f.write(text)
            written += len(text)
    tmp.replace(path)
    return count


def _child(path: Path) -> None:
    """Import ``path`` into a fresh workspace; print the figures as JSON."""
    from consultant.services.mail_import import import_path
    from consultant.services.workspace import Workspace

    with tempfile.TemporaryDirectory() as home:
        os.environ["CONSULTANT_HOME"] = home
        with Workspace.open(Path(home)) as ws:
            for c in range(CLIENTS):
                ws.add_client(f"Client {c}")
                ws.add_contact(f"Client {c}", f"contact{c}@client{c}.example")
            rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            start = time.perf_counter()
            report = import_path(ws, path)
            seconds = time.perf_counter() - start
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size_mb = path.stat().st_size / (1024 * 1024)
    print(json.dumps({
        "file_mb": round(size_mb), "seconds": round(seconds, 1),
        "mb_per_s": round(size_mb / seconds, 1), "messages": report.total,
        "stored": report.stored, "no_client": report.no_client,
        "malformed": report.malformed, "peak_rss_mb": round(rss),
        "rss_before_import_mb": round(rss_before),
    }))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000", help="file sizes in MB, comma-separated")
    parser.add_argument("--client-share", type=float, default=0.03)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        _child(args.child)
        return
    DATA.mkdir(exist_ok=True)
    for size in (int(s) for s in args.sizes.split(",")):
        path = DATA / f"mail-{size}mb-{args.client_share}.mbox"
        if not path.exists():
            start = time.perf_counter()
            n = generate(path, size, args.client_share)
            print(f"wrote {path.name}: {n} messages in {time.perf_counter() - start:.0f} s",
                  file=sys.stderr)  # fmt: skip
        subprocess.run([sys.executable, __file__, "--child", str(path)], check=True)


if __name__ == "__main__":
    main()
