"""Durations typed by the user → whole minutes.

Accepted forms (case-insensitive, surrounding spaces ignored):

- decimal hours: ``1.5``, ``1,5``, ``.75``, ``2`` (→ 90, 90, 45, 120 minutes); the
  decimal mark follows ``money.parse_decimal`` (``1,500`` is ambiguous and refused)
- hours and minutes: ``1:30``, ``0:45`` (minutes 00–59)
- units: ``1h30m``, ``1h 30m``, ``1.5h``, ``1h``, ``90m``, ``45 min``, ``2 hours``,
  ``30 minutes``

Everything else is refused with a :class:`DurationError` whose text is a sentence
for the user: zero, negative, more than 24 hours in one entry, fractions of a
minute (``0.33`` is 19.8 minutes), exponents (``1e3``), ``1:75``, words.
No float is involved: hours are parsed as ``Decimal``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from consultant.core.money import MoneyError, parse_decimal

__all__ = ["MAX_MINUTES", "DurationError", "format_minutes", "hours_text", "parse_duration"]

MAX_MINUTES = 24 * 60

_HINT = "use e.g. 1.5, 1:30, 1h30m or 90m"
_NUMBER = r"(?:\d+(?:[.,]\d*)?|[.,]\d+)"
_DECIMAL_HOURS = re.compile(rf"^{_NUMBER}$", re.ASCII)
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$", re.ASCII)
_UNITS = re.compile(
    rf"^(?:(?P<h>{_NUMBER})\s*(?:h|hr|hrs|hour|hours))?"
    rf"\s*(?:(?P<m>\d+)\s*(?:m|min|mins|minute|minutes))?$",
    re.ASCII,
)


class DurationError(ValueError):
    """A duration the user typed could not be understood; the text says why."""


def _decimal(text: str) -> Decimal:
    """Decimal hours, read by the same rule as every number the user types
    (``money.parse_decimal``): ``1,5`` is 1.5, ``1,500`` is refused as ambiguous."""
    try:
        return parse_decimal(text, "duration")
    except MoneyError as exc:
        if "ambiguous" in str(exc):
            raise DurationError(str(exc)) from None
        raise DurationError(f"“{text}” is not a duration; {_HINT}.") from None


def _minutes_from_hours(hours: Decimal, original: str) -> int:
    minutes = hours * 60
    if minutes != minutes.to_integral_value():
        raise DurationError(
            f"“{original}” is not a whole number of minutes; write it as hours and minutes, "
            "e.g. 0:20 or 20m."
        )
    return int(minutes)


def parse_duration(text: str) -> int:
    """User text → minutes (1 … 1440), or raise :class:`DurationError`."""
    if not isinstance(text, str):
        raise TypeError("a duration is parsed from text")
    original = text.strip()
    cleaned = original.lower()
    if not cleaned:
        raise DurationError(f"No duration was given; {_HINT}.")
    if len(cleaned) > 40:
        raise DurationError(f"That is not a duration; {_HINT}.")
    if cleaned.startswith("-"):
        raise DurationError(f"“{original}” is negative; a duration must be more than zero.")
    minutes: int
    if _DECIMAL_HOURS.match(cleaned):
        minutes = _minutes_from_hours(_decimal(cleaned), original)
    elif match := _CLOCK.match(cleaned):
        hours, mins = int(match.group(1)), int(match.group(2))
        if mins >= 60:
            raise DurationError(f"“{original}” has {mins} minutes; after the colon use 00–59.")
        minutes = hours * 60 + mins
    elif (match := _UNITS.match(cleaned)) and (match.group("h") or match.group("m")):
        minutes = 0
        if match.group("h"):
            minutes += _minutes_from_hours(_decimal(match.group("h")), original)
        if match.group("m"):
            minutes += int(match.group("m"))
    else:
        raise DurationError(f"“{original}” is not a duration; {_HINT}.")
    if minutes <= 0:
        raise DurationError(f"“{original}” is zero; a duration must be more than zero.")
    if minutes > MAX_MINUTES:
        raise DurationError(
            f"“{original}” is more than 24 hours; log long work as one entry per day."
        )
    return minutes


def format_minutes(minutes: int) -> str:
    """``90`` → ``"1:30"`` (hours:minutes)."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def hours_text(minutes: int) -> str:
    """``90`` → ``"1.5"``; ``20`` → ``"0.33"`` (two decimals when not exact)."""
    value = Decimal(minutes) / Decimal(60)
    exact = value.quantize(Decimal("0.0001"))
    if exact == value:
        return format(value.normalize(), "f")
    return format(value.quantize(Decimal("0.01")), "f")
