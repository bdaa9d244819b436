"""Parsing of the project's own .eml cases, pasted text, HTML and metadata."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from consultant.core.intake import (
    IntakeError,
    html_to_text,
    parse_bytes,
    parse_text,
)

OWN = Path(__file__).resolve().parents[3] / "data" / "emails" / "consultant-own"
MSG = Path(__file__).resolve().parents[3] / "data" / "emails" / "hiraokahypertools-msgreader"


def _load(name: str) -> bytes:
    return (OWN / name).read_bytes()


def test_multipart_alternative_prefers_plain_and_reads_headers() -> None:
    email = parse_bytes(_load("alternative.eml"), "alternative.eml")
    assert email.source_kind == "eml"
    assert email.sender is not None
    assert (email.sender.name, email.sender.email) == ("Doe, Jane", "jane@acme-health.example")
    assert [a.email for a in email.cc] == ["ops@acme-health.example"]
    assert email.subject == "Export für die Pflege"
    assert email.message_id == "abc123@acme-health.example"
    assert email.in_reply_to == "<prev@freelance.example>"
    assert isinstance(email.date, datetime) and email.date.utcoffset() is not None
    assert "HTML version" not in email.body_text
    assert email.new_text.endswith("Grüße.")
    assert email.signature.startswith("Best regards,")
    assert "Anything else?" in email.quoted_text


def test_html_only_base64_is_converted_without_remote_content() -> None:
    email = parse_bytes(_load("html_only.eml"))
    text = email.body_text
    assert "alert(1)" not in text and "color:red" not in text
    assert "- app server" in text and "- db replica" in text
    assert "the wiki (https://wiki.example/fw)" in text
    assert "Host | Port" in text and "app1 | 443" in text
    assert "tracker.example" not in text
    assert "old question" not in email.new_text
    assert "old question" in email.quoted_text


def test_latin1_body_and_encoded_sender() -> None:
    email = parse_bytes(_load("latin1.eml"))
    assert "février est-elle prête" in email.body_text
    assert email.sender is not None and email.sender.name == "René François"


def test_wrong_declared_charset_is_repaired_with_warning() -> None:
    email = parse_bytes(_load("wrong_charset.eml"))
    assert "Können wir am Dienstag über die Übergabe" in email.body_text
    assert any("declared character set" in w for w in email.warnings)


def test_unknown_charset_warns_and_reads() -> None:
    email = parse_bytes(_load("unknown_charset.eml"))
    assert "Plain ASCII body" in email.new_text
    assert any("unknown character set" in w for w in email.warnings)


def test_attached_message_becomes_forward_and_attachments_listed() -> None:
    email = parse_bytes(_load("forwarded_attached.eml"))
    assert email.new_text == "What does this mean for us?"
    assert email.forwarded is not None
    assert email.forwarded.subject == "API v1 retirement"
    assert email.forwarded.sender is not None
    assert email.forwarded.sender.email == "support@vendor.example"
    assert "retired on 1 June" in email.forwarded.body
    names = {a.filename: a for a in email.attachments}
    assert names["notice.pdf"].content_type == "application/pdf"
    assert names["notice.pdf"].size == 9


def test_pasted_headers_and_inline_forward() -> None:
    email = parse_text((OWN / "forwarded_inline.txt").read_text("utf-8"))
    assert email.source_kind == "pasted"
    assert email.sender is not None and email.sender.email == "jane@acme-health.example"
    assert email.subject == "Fwd: Certificate renewal"
    assert email.new_text == "Can you handle this?"
    assert email.forwarded is not None
    assert email.forwarded.sender is not None
    assert email.forwarded.sender.email == "security@hosting.example"
    assert email.forwarded.subject == "Certificate renewal"
    assert email.forwarded.date.startswith("Mon, Mar 2")
    assert email.forwarded.body.startswith("The TLS certificate")


def test_pasted_body_without_headers_keeps_first_line() -> None:
    email = parse_text("To be honest: the export is wrong.\nPlease fix it.")
    assert email.headers == {}
    assert email.new_text.startswith("To be honest")


def test_msg_file_is_read() -> None:
    email = parse_bytes((MSG / "sent.msg").read_bytes(), "sent.msg")
    assert email.source_kind == "msg"
    assert email.subject == "Sent time"
    assert email.sender is not None and email.sender.email == "xmailuser@xmailserver.test"
    assert email.new_text == "Test mail"


def test_cp932_msg_decodes_japanese() -> None:
    email = parse_bytes((MSG / "nonUnicodeCP932.msg").read_bytes())
    assert email.subject == "日本語 Non Unicode タイトル"


def test_metadata_is_json_serializable_and_keeps_original() -> None:
    email = parse_bytes(_load("alternative.eml"))
    meta = email.to_metadata()
    round_trip = json.loads(json.dumps(meta))
    assert round_trip["subject"] == "Export für die Pflege"
    assert "Content-Type: multipart/alternative" in round_trip["original_text"]
    assert round_trip["sender"] == {"name": "Doe, Jane", "email": "jane@acme-health.example"}


def test_html_converter_structure() -> None:
    text = html_to_text(
        "<p>One<br>Two</p><ol><li>first</li><li>second</li></ol>"
        "<blockquote>quoted</blockquote><p style='display:none'>hidden</p>"
        "<a href='javascript:alert(1)'>click</a>"
    )
    assert text.splitlines()[:2] == ["One", "Two"]
    assert "1. first" in text and "2. second" in text
    assert "> quoted" in text
    assert "hidden" not in text
    assert "javascript" not in text and "click" in text


@pytest.mark.parametrize("data", [b"", b"   \n  "])
def test_empty_input_is_refused(data: bytes) -> None:
    with pytest.raises(IntakeError, match="empty"):
        parse_bytes(data)


def test_fake_msg_extension_is_refused() -> None:
    with pytest.raises(IntakeError, match="not an Outlook message"):
        parse_bytes(b"hello", "mail.msg")
