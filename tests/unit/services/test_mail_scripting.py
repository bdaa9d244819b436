"""Scripts continue a synced or imported mail thread from the command line:
``conversation list --kind mail``, ``ask --conversation ID``, ``mail draft ID -o -``."""

from __future__ import annotations

import email
import io
import json
from email import policy
from pathlib import Path

import pytest

from consultant.cli import main
from tests.llm_server import LLMTestServer

THREAD = [
    """From: Jane Roe <jane@acme-health.org>
To: Sam <sam@example.net>
Subject: Fax portal down again
Message-ID: <fax-1@acme-health.org>
Date: Mon, 30 Nov 2026 08:12:00 +0100

Hi Sam, the fax portal stopped sending referrals again. Jane
""",
    """From: Jane Roe <jane@acme-health.org>
To: Sam <sam@example.net>
Subject: Re: Fax portal down again
Message-ID: <fax-2@acme-health.org>
In-Reply-To: <fax-1@acme-health.org>
References: <fax-1@acme-health.org>
Date: Tue, 01 Dec 2026 07:40:00 +0100

Still down this morning. Can you call me before 11? Jane
""",
]


def test_a_script_continues_a_mail_thread_and_drafts_the_answer(
    configured_model: LLMTestServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    for n, text in enumerate(THREAD):
        (folder / f"{n}.eml").write_text(text)
    assert main(["client", "add", "Acme"]) == 0
    assert main(["contact", "add", "--client", "Acme", "jane@acme-health.org"]) == 0
    assert main(["business", "edit", "--email", "sam@example.net", "--name", "Sam"]) == 0
    assert main(["mail", "import", str(folder)]) == 0
    capsys.readouterr()

    assert main(["conversation", "list", "--client", "Acme", "--kind", "mail", "--json"]) == 0
    [thread] = json.loads(capsys.readouterr().out)
    assert thread["title"] == "Fax portal down again"

    configured_model.reply_text = "Hi Jane, I will call you at 10:30. Sam"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Draft a short reply.")))
    code = main(["ask", "--conversation", str(thread["id"]), "--task", "reply", "-"])
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    sent = configured_model.requests[-1]["messages"]
    assert any("Still down this morning" in str(m["content"]) for m in sent)

    assert main(["mail", "draft", str(thread["id"]), "-o", "-"]) == 0
    draft = email.message_from_string(capsys.readouterr().out, policy=policy.default)
    assert draft["To"] == "jane@acme-health.org" or "jane@acme-health.org" in draft["To"]
    assert draft["Subject"] == "Re: Fax portal down again"
    assert draft["In-Reply-To"] == "<fax-2@acme-health.org>"
    assert "<fax-1@acme-health.org>" in draft["References"]
    body = draft.get_body(preferencelist=("plain",))
    assert body is not None and "I will call you at 10:30" in body.get_content()
