from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultant.core import money


def test_exponents() -> None:
    assert money.exponent("EUR") == 2
    assert money.exponent("jpy") == 0
    assert money.exponent("KWD") == 3


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [("120", "EUR", 12000), ("120.5", "EUR", 12050), ("1,234.56", "USD", 123456),
     ("12,50", "EUR", 1250), ("5000", "JPY", 5000), ("1.234", "KWD", 1234)],
)  # fmt: skip
def test_parse_amount(text: str, currency: str, minor: int) -> None:
    assert money.parse_amount(text, currency) == minor


@pytest.mark.parametrize("text", ["", "abc", "1.234", "-5", "NaN", "Infinity", "1e400", "12.5.3"])
def test_parse_amount_rejects(text: str) -> None:
    with pytest.raises(money.MoneyError):
        money.parse_amount(text, "EUR")


def test_jpy_has_no_minor_digits() -> None:
    with pytest.raises(money.MoneyError, match="decimals"):
        money.parse_amount("10.5", "JPY")
    assert money.format_minor(5000, "JPY") == "JPY 5,000"


def test_floats_are_refused() -> None:
    with pytest.raises(TypeError):
        money.round_half_up(1.5, "EUR")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        money.invoice_totals([100], 19.0, "EUR")  # type: ignore[arg-type]


def test_round_half_up_once() -> None:
    # 0.125 EUR → 0.13 (half-up), not banker's 0.12
    assert money.round_half_up(Decimal("0.125"), "EUR") == 13
    assert money.line_amount(Decimal("1.5"), 3333, "EUR").amount_minor == 5000  # 49.995 → 50.00


@given(
    st.lists(st.integers(min_value=0, max_value=10**9), max_size=30),
    st.decimals(min_value=0, max_value=100, places=2, allow_nan=False),
)
def test_totals_are_sum_of_lines_plus_rounded_tax(lines: list[int], rate: Decimal) -> None:
    totals = money.invoice_totals(lines, rate, "EUR")
    assert totals.subtotal_minor == sum(lines)
    expected_tax = money.round_half_up(Decimal(sum(lines)) / 100 * rate / 100, "EUR")
    assert totals.tax_minor == expected_tax
    assert totals.total_minor == totals.subtotal_minor + totals.tax_minor
    assert all(isinstance(v, int) for v in (totals.subtotal_minor, totals.tax_minor))
