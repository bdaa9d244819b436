"""The *tune* half of the independent invoice cases (tests/data/invoices), end to end.

The *report* half is only run by ``tests/bench/bench_invoice_cases.py --set report``;
its figure goes into docs/billing.md and the code is never changed to fit it.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.invoice_cases import load_cases, run_case

TUNE = load_cases("tune")


def test_the_tune_half_is_a_real_set() -> None:
    assert len(TUNE) >= 25
    assert {c["expect"]["tax_case"] for c in TUNE if not c["expect"]["refused"]} == {
        "domestic", "reverse_charge", "small_business", "outside_eu"
    }  # fmt: skip
    assert sum(1 for c in TUNE if c["expect"]["refused"]) >= 6
    assert sum(1 for c in TUNE if c.get("credit")) >= 3


@pytest.mark.parametrize("case", TUNE, ids=[c["id"] for c in TUNE])
def test_invoice_case(case: dict[str, Any]) -> None:
    problems = run_case(case)
    if problems == ["skipped: an entry longer than 24 hours"]:
        pytest.skip("the product refuses a time entry over 24 hours")
    assert problems == [], case["why"]
