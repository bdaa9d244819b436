"""Durations typed by the user → whole minutes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consultant.core.durations import (
    MAX_MINUTES,
    DurationError,
    format_minutes,
    hours_text,
    parse_duration,
)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("1.5", 90), ("1,5", 90), ("1:30", 90), ("1h30m", 90), ("1h 30m", 90), ("1h", 60),
        ("90m", 90), ("45 min", 45), ("45min", 45), (".75", 45), ("2", 120), ("0:05", 5),
        ("1.5h", 90), ("2 hours", 120), ("30 minutes", 30), (" 1H30M ", 90), ("24", 1440),
        ("0.25", 15), ("1 h 15 min", 75), ("24:00", 1440),
    ],
)  # fmt: skip
def test_accepted_forms(text: str, minutes: int) -> None:
    assert parse_duration(text) == minutes


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("0", "zero"), ("0:00", "zero"), ("0m", "zero"), ("-1", "negative"),
        ("-1h", "negative"), ("25", "more than 24 hours"), ("24:01", "more than 24 hours"),
        ("1441m", "more than 24 hours"), ("abc", "not a duration"), ("1:75", "00–59"),
        ("1e3", "not a duration"), ("1e-3", "not a duration"), ("", "No duration"),
        ("0.33", "whole number of minutes"), ("nan", "not a duration"),
        ("inf", "not a duration"), ("1:3", "not a duration"), ("1h30", "not a duration"),
        ("1.5.2", "not a duration"), ("١٫٥", "not a duration"), ("١٥m", "not a duration"),
    ],
)  # fmt: skip
def test_rejected_with_a_clear_message(text: str, why: str) -> None:
    with pytest.raises(DurationError, match=why):
        parse_duration(text)


def test_floats_are_not_accepted() -> None:
    with pytest.raises(TypeError):
        parse_duration(1.5)  # type: ignore[arg-type]


@settings(max_examples=3000)
@given(st.integers(min_value=1, max_value=MAX_MINUTES))
def test_every_format_round_trips(minutes: int) -> None:
    assert parse_duration(format_minutes(minutes)) == minutes
    assert parse_duration(f"{minutes}m") == minutes
    h, m = divmod(minutes, 60)
    assert parse_duration(f"{h}h{m}m" if h else f"{m}m") == minutes
    if minutes % 3 == 0:  # minutes / 60 has a finite decimal expansion
        assert parse_duration(hours_text(minutes)) == minutes


@settings(max_examples=3000)
@given(st.text(max_size=20))
def test_arbitrary_text_never_crashes(text: str) -> None:
    try:
        minutes = parse_duration(text)
    except DurationError as exc:
        assert str(exc).endswith(".")
    else:
        assert isinstance(minutes, int) and 1 <= minutes <= MAX_MINUTES


@settings(max_examples=1000)
@given(st.integers(min_value=-10_000, max_value=0))
def test_non_positive_minutes_rejected(minutes: int) -> None:
    with pytest.raises(DurationError):
        parse_duration(f"{minutes}m")


def test_hours_text() -> None:
    assert hours_text(90) == "1.5"
    assert hours_text(120) == "2"
    assert hours_text(20) == "0.33"
    assert format_minutes(90) == "1:30"
