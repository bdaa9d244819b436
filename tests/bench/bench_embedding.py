"""Benchmark: the in-process embedding model (consultant/llm/local_embedding.py).

    python tests/bench/bench_embedding.py [--emails 100] [--batches 5]

Times loading (checksums + weights + tokenizer, in this fresh process), one e-mail
per call over synthetic support e-mails of 150–400 words (p50/p95, wall clock and
this thread's CPU time), and 64 e-mails per call; reports the process's peak RSS.
Prints JSON. The figures depend on how busy the cores are: inference runs on one
BLAS thread.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from consultant.llm import local_embedding  # noqa: E402

SEED = 20240611
OPENINGS = [
    "Hi,",
    "Hello Anna,",
    "Good morning,",
    "Dear support team,",
    "Hi again,",
    "Hallo Jonas,",
]
SENTENCES = [
    "Since this morning the fax machine in the front office has stopped sending anything.",
    "When I try to log in to the accounting software it says my password has expired.",
    "The invoice for March shows twelve hours, but we agreed on a fixed price for the migration.",
    "Our website has been very slow for two days and some customers see a server error.",
    "Could you have a look at the backup job, the report says it failed again last night?",
    "The new laptop for Maria arrived, can you set it up with the usual programs and the VPN?",
    "Outlook keeps asking for the password every few minutes, even after I saved it.",
    "The printer on the second floor prints blank pages since the last update.",
    "We would like to move our e-mail to a new provider before the end of the quarter.",
    "Please send me an estimate for replacing the switch in the server room.",
    "The shared drive is almost full and people cannot save their files any more.",
    "I attached a screenshot of the error message that appears when the shop checkout loads.",
    "Our bookkeeper needs read-only access to the bank export folder from next week.",
    "The certificate on the customer portal expires on Friday, according to the warning.",
    "Is it possible to connect to the office network from home without the old VPN client?",
    "Yesterday the Wi-Fi in the meeting room dropped out during a call with a client.",
    "The phone system forwards calls to the wrong extension after six o'clock.",
    "We received a strange e-mail asking us to confirm our bank details, is it phishing?",
    "The database server restarted twice this week and nobody knows why.",
    "Can we schedule the Windows updates for the weekend so nobody is interrupted?",
    "Thank you for the quick fix last time, everything worked fine until today.",
    "The scanner saves documents as images instead of PDF files since Monday.",
    "Our intern needs an account with access to the marketing folder only.",
    "Let me know if you need remote access, I can start the support tool at any time.",
]
CLOSINGS = ["Thanks,\nAnna", "Best regards,\nJonas Weber", "Cheers, Tom", "Kind regards\nMaria"]


def make_emails(count: int, rng: random.Random) -> list[str]:
    emails = []
    for _ in range(count):
        target = rng.randint(150, 400)
        parts = [rng.choice(OPENINGS)]
        words = 0
        while words < target:
            sentence = rng.choice(SENTENCES)
            parts.append(sentence)
            words += len(sentence.split())
        parts.append(rng.choice(CLOSINGS))
        emails.append(" ".join(parts))
    return emails


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def current_rss_mib() -> float | None:
    """Resident memory now (Linux only; None elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--emails", type=int, default=100)
    parser.add_argument("--batches", type=int, default=5)
    args = parser.parse_args()
    ok, reason = local_embedding.available()
    if not ok:
        print(json.dumps({"benchmark": "local_embedding", "skipped": reason}))
        return
    rng = random.Random(SEED)
    emails = make_emails(args.emails, rng)

    t0 = time.perf_counter()
    local_embedding.preload()
    load_s = time.perf_counter() - t0
    rss_after_load = current_rss_mib()

    local_embedding.embed(emails[:3])  # warm caches
    wall, cpu = [], []
    for text in emails:
        w0, c0 = time.perf_counter(), time.thread_time()
        local_embedding.embed([text])
        cpu.append((time.thread_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)

    batch = (emails * (64 // len(emails) + 1))[:64]
    batch_ms = []
    for _ in range(args.batches):
        w0 = time.perf_counter()
        local_embedding.embed(batch)
        batch_ms.append((time.perf_counter() - w0) * 1000)

    words = [len(t.split()) for t in emails]
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if sys.platform == "darwin":
        peak_kib //= 1024
    print(
        json.dumps(
            {
                "benchmark": "local_embedding",
                "model": local_embedding.MODEL_ID,
                "max_tokens": local_embedding.MAX_TOKENS,
                "emails": len(emails),
                "words_per_email": [min(words), round(statistics.mean(words)), max(words)],
                "load_s": round(load_s, 3),
                "ms_per_email_p50": round(percentile(wall, 0.5), 1),
                "ms_per_email_p95": round(percentile(wall, 0.95), 1),
                "cpu_ms_per_email_p50": round(percentile(cpu, 0.5), 1),
                "cpu_ms_per_email_p95": round(percentile(cpu, 0.95), 1),
                "ms_per_64_batch_p50": round(statistics.median(batch_ms), 1),
                "ms_per_64_batch_min": round(min(batch_ms), 1),
                "rss_after_load_mib": rss_after_load,
                "rss_at_end_mib": current_rss_mib(),
                "peak_rss_mib": round(peak_kib / 1024, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
