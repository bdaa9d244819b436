"""Benchmark email intake; prints JSON. Run: python tests/bench/bench_intake.py"""

from __future__ import annotations

import json
import random
import time

from consultant.core.intake import IntakeError, parse_bytes


def _html_email(size: int) -> bytes:
    row = (
        "<tr><td>Visit <b>{i}</b></td><td><a href='https://x.example/{i}'>open</a></td></tr>"
    )
    rows = []
    total = 0
    i = 0
    while total < size:
        chunk = row.format(i=i)
        rows.append(chunk)
        total += len(chunk)
        i += 1
    html = "<html><body><p>Please check:</p><table>" + "".join(rows) + "</table></body></html>"
    head = (
        "From: Jane <jane@acme.example>\nTo: dev@x.example\nSubject: Report\n"
        "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
    )
    return head.encode() + html.encode()


def _deep_html(depth: int) -> bytes:
    html = "<html><body>" + "<div>" * depth + "deep" + "</div>" * depth + "</body></html>"
    head = "From: a@b.example\nSubject: deep\nMIME-Version: 1.0\nContent-Type: text/html\n\n"
    return head.encode() + html.encode()


def _time(data: bytes) -> dict[str, object]:
    start = time.perf_counter()
    try:
        email = parse_bytes(data)
        outcome = {"warnings": email.warnings, "body_chars": len(email.body_text)}
    except IntakeError as exc:
        outcome = {"error": str(exc)}
    return {"bytes": len(data), "seconds": round(time.perf_counter() - start, 3), **outcome}


def main() -> None:
    results = {
        "html_5mb": _time(_html_email(5 * 1024 * 1024)),
        "html_deep_100k": _time(_deep_html(100_000)),
        "junk_20mb": _time(random.Random(1).randbytes(20 * 1024 * 1024)),
        "text_20mb": _time(("lorem ipsum " * 1_750_000).encode()),
    }
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
