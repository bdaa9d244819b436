""" "Open in mail client": mailto: links and threaded .eml drafts; nothing is opened."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QUrl

from consultant.core.intake.model import ParsedEmail
from consultant.core.intake.parse import parse_bytes
from consultant.core.models import Message, Role
from consultant.ui.mail_draft import (
    MAX_MAILTO_CHARS,
    eml_draft,
    mailto_url,
    open_in_mail_client,
    reply_subject,
)

REPLY = (
    "Hi Lena,\n\n1. Export the visits\n2. Send the file\n\n"
    "| Field | Source |\n|---|---|\n| Visit | EVV |"
)

EML = (
    b"From: Lena Okafor <lena@harbor.example>\r\n"
    b"To: sam@consult.example\r\n"
    b"Subject: Weekly export\r\n"
    b"Message-ID: <abc123@harbor.example>\r\n"
    b"References: <root1@harbor.example> <mid2@harbor.example>\r\n"
    b"Date: Tue, 01 Dec 2026 09:00:00 +0000\r\n"
    b"\r\nCan you send the weekly export?\r\n"
)


class Opener:
    def __init__(self, result: bool = True) -> None:
        self.urls: list[QUrl] = []
        self.result = result

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.result


def _reply(text: str = REPLY) -> Message:
    return Message(id=2, uid="r", conversation_id=1, role=Role.ASSISTANT, content=text)


def _user(meta: dict[str, object] | None = None) -> Message:
    return Message(
        id=1, uid="u", conversation_id=1, role=Role.USER, content="x", metadata=meta or {}
    )


def _imported() -> dict[str, object]:
    parsed = parse_bytes(EML, "mail.eml")
    assert isinstance(parsed, ParsedEmail)
    return parsed.to_metadata()


def test_reply_subject_adds_re_once() -> None:
    assert reply_subject("Weekly  export") == "Re: Weekly export"
    assert reply_subject("RE: Weekly export") == "RE: Weekly export"
    assert reply_subject("AW: Export") == "AW: Export"
    assert reply_subject("") == ""


def test_mailto_url_encodes_subject_and_body_with_crlf() -> None:
    url = mailto_url("lena@harbor.example", "Re: a & b?", "line 1\nline 2 ✓")
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert parts.path == "lena@harbor.example"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Re: a & b?"]
    assert query["body"] == ["line 1\r\nline 2 ✓"]


def test_plain_reply_opens_a_mailto_with_the_shaped_text(tmp_path: Path) -> None:
    opener = Opener()
    result = open_in_mail_client(_reply(), [_user()], title="EVV export",
                                 drafts_dir=tmp_path, opener=opener)  # fmt: skip
    assert result.opened
    [url] = opener.urls
    query = parse_qs(urlsplit(url.toString(QUrl.ComponentFormattingOption.FullyEncoded)).query)
    assert query["subject"] == ["EVV export"]
    body = query["body"][0]
    assert "1. Export the visits\r\n2. Send the file" in body
    assert "Field  Source" in body  # the table as columns, not one cell per line
    assert list(tmp_path.iterdir()) == []


def test_reply_to_an_imported_email_is_a_threaded_eml_draft(tmp_path: Path) -> None:
    opener = Opener()
    now = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    result = open_in_mail_client(
        _reply(), [_user({"email": _imported()})], title="ignored",
        drafts_dir=tmp_path / "drafts", opener=opener, now=now,
    )  # fmt: skip
    assert result.opened
    assert result.path is not None and result.path.suffix == ".eml"
    [url] = opener.urls
    assert url.isLocalFile() and Path(url.toLocalFile()) == result.path
    msg = email.message_from_bytes(result.path.read_bytes(), policy=policy.default)
    assert msg["To"] == "Lena Okafor <lena@harbor.example>"
    assert msg["Subject"] == "Re: Weekly export"
    assert msg["In-Reply-To"] == "<abc123@harbor.example>"
    assert msg["References"].split() == [
        "<root1@harbor.example>",
        "<mid2@harbor.example>",
        "<abc123@harbor.example>",
    ]
    assert msg["X-Unsent"] == "1"
    body = msg.get_content()
    assert "1. Export the visits" in body and "2. Send the file" in body
    assert "lena@harbor.example" in result.notice


def test_eml_without_references_uses_in_reply_to_chain() -> None:
    data = eml_draft("Body", subject="Re: x", to="a@b.example",
                     answering={"message_id": "m1@x", "in_reply_to": "<m0@x>"})  # fmt: skip
    msg = email.message_from_bytes(data, policy=policy.default)
    assert msg["In-Reply-To"] == "<m1@x>"
    assert msg["References"] == "<m0@x> <m1@x>"


def test_too_long_for_a_mailto_becomes_a_draft_file(tmp_path: Path) -> None:
    opener = Opener(result=False)  # and no mail client answers
    long_text = "word " * (MAX_MAILTO_CHARS // 2)
    result = open_in_mail_client(_reply(long_text), [], title="Long",
                                 drafts_dir=tmp_path, opener=opener)  # fmt: skip
    assert not result.opened
    assert result.path is not None and result.path.exists()
    assert "open it with your mail client" in result.notice
    msg = email.message_from_bytes(result.path.read_bytes(), policy=policy.default)
    assert msg["In-Reply-To"] is None


def test_empty_reply_and_unwritable_folder_give_a_sentence(tmp_path: Path) -> None:
    opener = Opener()
    empty = open_in_mail_client(_reply("   "), [], title="", drafts_dir=tmp_path, opener=opener)
    assert not empty.opened and "no text" in empty.notice
    blocker = tmp_path / "file"
    blocker.write_text("x")
    bad = open_in_mail_client(_reply(), [_user({"email": _imported()})], title="",
                              drafts_dir=blocker / "drafts", opener=opener)  # fmt: skip
    assert not bad.opened
    assert bad.notice.startswith("The draft could not be written")
    assert opener.urls == []
