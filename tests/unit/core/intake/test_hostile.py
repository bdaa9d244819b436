"""Hostile input: never an unhandled exception, always bounded."""

from __future__ import annotations

import contextlib
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultant.core.intake import (
    MAX_BODY_CHARS,
    IntakeError,
    ParsedEmail,
    parse_bytes,
    parse_text,
    split_reply,
)


def _parse_bytes_or_error(data: bytes, name: str | None = None) -> ParsedEmail | None:
    try:
        return parse_bytes(data, name)
    except IntakeError as exc:
        assert str(exc).endswith(".")
        return None


@settings(max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096), st.sampled_from([None, "a.eml", "a.msg", "a.html", "a.txt"]))
def test_fuzz_parse_bytes(data: bytes, name: str | None) -> None:
    _parse_bytes_or_error(data, name)


@settings(max_examples=200, deadline=2000)
@given(st.text(max_size=4096))
def test_fuzz_parse_text(text: str) -> None:
    try:
        email = parse_text(text)
    except IntakeError:
        return
    assert len(email.body_text) <= MAX_BODY_CHARS


_PIECES = [
    "From: a@b.c\n", "Subject: =?utf-8?B?w6k=?=\n", "Content-Type: multipart/mixed; boundary=b\n",
    "\n", "--b\n", "--b--\n", "> ", "On Mon, 1 Jan 2024 a@b.c wrote:\n", "-- \n",
    "<blockquote>", "<p>", "Best regards,\n", "-----Original Message-----\n", "\x00", "é",
]


@settings(max_examples=200, deadline=2000)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_fuzz_structured_pieces(pieces: list[str]) -> None:
    text = "".join(pieces)
    _parse_bytes_or_error(text.encode("utf-8"))
    with contextlib.suppress(IntakeError):
        parse_text(text)


def test_20_mb_junk_is_refused_as_binary() -> None:
    data = random.Random(1).randbytes(20 * 1024 * 1024)
    with pytest.raises(IntakeError, match="binary"):
        parse_bytes(data)


def test_oversized_input_is_refused() -> None:
    with pytest.raises(IntakeError, match="too large"):
        parse_bytes(b"a" * (25 * 1024 * 1024 + 1))
    with pytest.raises(IntakeError, match="too large"):
        parse_text("a" * (25 * 1024 * 1024 + 1))


def test_large_text_is_cut_with_warning() -> None:
    email = parse_text("word " * 1_000_000)  # 5 MB of text, one huge line
    assert len(email.body_text) <= MAX_BODY_CHARS
    assert any("cut at 2 MB" in w for w in email.warnings)


def test_deeply_nested_multipart_is_bounded() -> None:
    depth = 200
    head = "".join(
        f"--b{i}\nContent-Type: multipart/mixed; boundary=b{i + 1}\n\n" for i in range(depth)
    )
    tail = "".join(f"--b{i}--\n" for i in reversed(range(depth)))
    data = (
        "From: a@b.example\nSubject: deep\nMIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=b0\n\n"
        + head
        + f"--b{depth}\nContent-Type: text/plain\n\ninnermost\n"
        + tail
    ).encode()
    email = _parse_bytes_or_error(data)
    assert email is not None
    assert any("nested too deeply" in w or "read as far as possible" in w for w in email.warnings)


def test_many_parts_are_bounded() -> None:
    parts = "".join(f"--b\nContent-Type: text/plain\n\npart {i}\n" for i in range(2000))
    data = (
        "From: a@b.example\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n"
        + parts
        + "--b--\n"
    ).encode()
    email = parse_bytes(data)
    assert any("more than 500 parts" in w for w in email.warnings)
    assert "part 1999" not in email.body_text


def test_nul_bytes_are_removed_with_warning() -> None:
    email = parse_text("Hello\x00 world, please call me.")
    assert "\x00" not in email.body_text
    assert any("NUL" in w for w in email.warnings)


def test_pathological_quote_input_completes() -> None:
    text = ("On " + "a" * 5000 + " wrote" + "\n") * 200 + ">" * 10000 + "\n" + "-" * 100000
    parts = split_reply(text)
    assert parts.new_text or parts.quoted_text or parts.signature


def test_many_lines_beyond_analysis_window_are_kept() -> None:
    text = "\n".join(f"line {i}" for i in range(20000))
    parts = split_reply(text)
    assert "line 19999" in parts.new_text
