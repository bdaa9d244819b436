"""Correctness of invoices on the independent cases: how many pass, per half.

    python tests/bench/bench_invoice_cases.py --set tune|report [--details]

The cases (tests/data/invoices/cases.json) were written apart from the code, with
expectations computed independently. ``--details`` prints each failure; never use
it on ``report``, whose figure is reported, not tuned on (docs/billing.md).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", choices=["tune", "report"], default="tune")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    if args.details and args.set == "report":
        parser.error("--details is for the tune half only")
    os.environ.setdefault("CONSULTANT_HOME", tempfile.mkdtemp(prefix="bench-invoices-"))
    from tests.invoice_cases import load_cases, run_case

    cases = load_cases(args.set)
    outcome: Counter[str] = Counter()
    by_case: Counter[str] = Counter()
    for case in cases:
        problems = run_case(case)
        kind = case["expect"]["tax_case"] or "refused"
        if case["expect"]["refused"]:
            kind = "refused"
        if problems and problems[0].startswith("skipped"):
            outcome["skipped"] += 1
            continue
        by_case[f"{kind} {'pass' if not problems else 'fail'}"] += 1
        outcome["pass" if not problems else "fail"] += 1
        if problems and args.details:
            print(case["id"], problems)
    total = outcome["pass"] + outcome["fail"]
    print(f"{args.set}: {outcome['pass']}/{total} cases pass, {outcome['skipped']} skipped")
    for key in sorted(by_case):
        print(f"  {key}: {by_case[key]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
