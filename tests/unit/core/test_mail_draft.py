"""The draft MIME message: parts, threading headers, encoded headers, and a
hypothesis round trip through the stdlib parser."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage

from hypothesis import given, settings
from hypothesis import strategies as st

from consultant.core.mail_draft import (
    build_draft,
    clean_message_ids,
    markdown_to_plain,
    reply_subject,
    strip_reply_prefix,
)

WHEN = datetime(2026, 3, 4, 10, 30, tzinfo=UTC)


def parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def draft(**fields: object) -> bytes:
    values: dict[str, object] = {
        "from_addr": "Jörg Müller <joerg@example.org>", "to_addrs": ["Anna Groß <anna@acme.de>"],
        "subject": "Angebot für Öl", "markdown": "Hallo Anna,\n\n* eins\n* **zwei**",
        "in_reply_to": "<parent@acme.de>", "references": ["<root@acme.de>"], "date": WHEN,
        "message_id_domain": "example.org",
    }  # fmt: skip
    values.update(fields)
    return build_draft(**values)  # type: ignore[arg-type]


def test_parts_and_headers() -> None:
    raw = draft()
    msg = parse(raw)
    assert msg.get_content_type() == "multipart/alternative"
    plain = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert plain is not None and html is not None
    assert "• eins" in plain.get_content() and "zwei" in plain.get_content()
    assert "**" not in plain.get_content()
    assert "<strong>zwei</strong>" in html.get_content()
    assert str(msg["Subject"]) == "Re: Angebot für Öl"
    assert msg["From"].addresses[0].display_name == "Jörg Müller"
    assert msg["To"].addresses[0].addr_spec == "anna@acme.de"
    assert msg["To"].addresses[0].display_name == "Anna Groß"
    assert str(msg["In-Reply-To"]) == "<parent@acme.de>"
    assert str(msg["References"]).split() == ["<root@acme.de>", "<parent@acme.de>"]
    assert str(msg["Message-ID"]).endswith("@example.org>")
    assert email.utils.parsedate_to_datetime(str(msg["Date"])) == WHEN
    # Raw headers are ASCII only (RFC 2047 words for the umlauts).
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert head.isascii()
    assert all(len(line) <= 998 for line in head.split(b"\r\n"))


def test_each_draft_gets_a_fresh_message_id() -> None:
    assert parse(draft())["Message-ID"] != parse(draft())["Message-ID"]


def test_no_re_re_and_foreign_prefixes() -> None:
    for subject in ("Re: Offer", "RE: Offer", "AW: Offer", "Sv: Offer", "Antw: Offer"):
        assert str(parse(draft(subject=subject))["Subject"]) == subject
    assert reply_subject("  Offer\n  2026 ") == "Re: Offer 2026"
    assert reply_subject("Fwd: Offer") == "Re: Fwd: Offer"
    assert strip_reply_prefix("Re: AW: Fwd: Offer") == "Offer"


def test_long_references_fold_without_encoded_words() -> None:
    refs = [f"<{i:03d}-{'x' * 40}@mail.example.com>" for i in range(60)]
    long_id = "<" + "y" * 120 + "@example.com>"
    raw = draft(references=[*refs, long_id], in_reply_to="<parent@acme.de>")
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    assert "=?" not in head.split("From:")[0]
    lines = head.split("\r\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("References:"))
    folded = [lines[start]]
    for line in lines[start + 1:]:
        if not line.startswith(" "):
            break
        folded.append(line)
    assert all(len(line) <= 78 or line.strip() == long_id for line in folded)
    chain = str(parse(raw)["References"]).split()
    assert chain[0] == refs[0] and chain[-1] == "<parent@acme.de>" and long_id in chain
    assert len(chain) == 40


def test_without_a_parent_there_are_no_threading_headers() -> None:
    msg = parse(draft(in_reply_to=None, references=[], to_addrs=[], subject="Notes"))
    assert msg["In-Reply-To"] is None and msg["References"] is None
    assert msg["To"] is None
    assert str(msg["Subject"]) == "Notes"


def test_bad_ids_and_domain_are_dropped() -> None:
    assert clean_message_ids(["<a@b> junk <c d@e>", "x@y", "<a@b>"]) == ["<a@b>", "<x@y>"]
    msg = parse(draft(in_reply_to="not an id", message_id_domain="bad domain\r\nX: y"))
    assert msg["In-Reply-To"] is None
    assert str(msg["Message-ID"]).endswith("@consultant.invalid>")
    assert msg["X"] is None


def test_local_time_zone_is_kept() -> None:
    when = datetime(2026, 3, 4, 10, 30, tzinfo=timezone(timedelta(hours=2)))
    assert "+0200" in str(parse(draft(date=when))["Date"])


def test_html_from_the_model_is_not_interpreted() -> None:
    msg = parse(draft(markdown='<script>alert(1)</script> [x](javascript:alert(1)) <b>b</b>'))
    html = msg.get_body(("html",))
    assert html is not None
    content = html.get_content()
    assert "<script>" not in content and "javascript:" not in content and "<b>" not in content


_WORD = st.text(alphabet=st.characters(categories=["Lu", "Ll", "Nd"]), min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(
    subject=st.text(max_size=200),
    words=st.lists(_WORD, min_size=1, max_size=30),
    separators=st.lists(
        st.sampled_from([" ", "\n", "\n\n", " **", "** ", " *", "\n- "]), min_size=30, max_size=30
    ),
)
def test_any_markdown_and_subject_round_trip(
    subject: str, words: list[str], separators: list[str]
) -> None:
    markdown = "".join(w + s for w, s in zip(words, separators, strict=False))
    raw = draft(subject=subject, markdown=markdown)
    msg = parse(raw)
    assert str(msg["Subject"]) == reply_subject(subject)
    plain = msg.get_body(("plain",))
    assert plain is not None
    text = plain.get_content().replace("\r\n", "\n")
    expected = markdown_to_plain(markdown)
    assert text.strip() == expected.strip()
    flat = " ".join(text.split())
    for word in words:
        assert word in flat
