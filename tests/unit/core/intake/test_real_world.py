"""Real-world mail: 8-bit headers without RFC 2047, stray invalid bytes, huge files."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest

from consultant.cli import main
from consultant.core.intake import parse_bytes, parse_eml
from consultant.services.workspace import Workspace
from tests.llm_server import LLMTestServer

RAW_HEADERS = {
    "german_subject": (
        "From: Jürgen Müller <j@acme.de>\nTo: me@example.org\n"
        "Subject: Überweisung für März\nDate: Mon, 2 Mar 2026 10:00:00 +0100\n"
        "Message-ID: <a1@acme.de>\n\nHallo, bitte prüfen.\n"
    ).encode(),
    "japanese_from": (
        "From: 山田太郎 <t@acme.jp>\nSubject: 請求書について\n"
        "Content-Type: text/plain; charset=utf-8\n\n本文です。\n"
    ).encode(),
    "french_both": (
        "From: Élodie Gérard <e@acme.fr>\nSubject: Réunion à 14 h — ordre du jour\n"
        "MIME-Version: 1.0\n\nBonjour, voici l’ordre du jour.\n"
    ).encode(),
    "cyrillic_cp1251": (
        "From: Иван Петров <i@acme.ru>\nSubject: Счёт за март\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=windows-1251\n\n"
        "Добрый день, пришлите счёт.\n"
    ).encode("cp1251"),
}
EXPECTED = {
    "german_subject": ("Überweisung für März", "Jürgen Müller"),
    "japanese_from": ("請求書について", "山田太郎"),
    "french_both": ("Réunion à 14 h — ordre du jour", "Élodie Gérard"),
    "cyrillic_cp1251": ("Счёт за март", "Иван Петров"),
}


@pytest.mark.parametrize("case", sorted(RAW_HEADERS))
def test_8bit_headers_are_decoded(case: str) -> None:
    email = parse_eml(RAW_HEADERS[case])
    subject, sender = EXPECTED[case]
    assert email.subject == subject
    assert email.sender is not None and email.sender.name == sender
    assert email.headers["subject"] == subject


@pytest.mark.parametrize("case", sorted(RAW_HEADERS))
def test_ask_reads_8bit_headers_without_crashing(
    case: str,
    configured_model: LLMTestServer,
    consultant_home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["client", "add", "X"]) == 0
    path = tmp_path / f"{case}.eml"
    path.write_bytes(RAW_HEADERS[case])
    code = main(["ask", "--client", "X", "--model", "local/test-model", "--context", "none",
                 str(path)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 0, err
    assert "unexpected error" not in err
    with Workspace.open() as ws:
        conv = ws.store.conversations.list_for_client(ws.client("X").id or 0)[0]
        assert conv.title == EXPECTED[case][0]
        first = ws.messages(conv.id or 0)[0]
        assert EXPECTED[case][1] in first.content


def test_one_stray_byte_keeps_the_text_utf8_with_a_warning() -> None:
    text = "Grüße aus Köln – die Überweisung ist raus.\n".encode() * 3
    data = b"From: a@acme.de\nSubject: Zahlung\n\n" + text + b"Danke \xff und tsch\xc3\xbcss\n"
    email = parse_bytes(data)
    assert "Grüße aus Köln – die Überweisung" in email.body_text
    assert "Danke \ufffd und tschüss" in email.body_text
    assert any("not valid UTF-8" in w for w in email.warnings), email.warnings


def test_text_in_another_charset_is_still_read_as_such() -> None:
    email = parse_bytes("Bonjour, le café crème à 3 €.\n".encode("cp1252"))
    assert "le café crème à 3 €" in email.body_text
    assert not any("UTF-8" in w for w in email.warnings)


def test_declared_utf8_with_a_stray_byte_stays_utf8() -> None:
    data = (
        b"From: a@acme.de\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        + "Größe: 3 m², Preis: 40 €\n".encode()
        + b"Ende\x85\n"
    )
    email = parse_eml(data)
    assert "Größe: 3 m², Preis: 40 €" in email.body_text
    assert "Ende\ufffd" in email.body_text
    assert any("not valid UTF-8" in w for w in email.warnings)


def test_a_huge_file_is_refused_before_it_is_read(
    consultant_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["client", "add", "X"]) == 0
    path = tmp_path / "huge.eml"
    with path.open("wb") as handle:
        handle.truncate(1024**3)  # sparse: 1 GB that costs no disk
    assert path.stat().st_size == 1024**3
    tracemalloc.start()
    try:
        code = main(["ask", "--client", "X", str(path)])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    err = capsys.readouterr().err
    assert code == 1 and "too large" in err and err.count("\n") == 1, err
    assert peak < 100 * 1024 * 1024, f"read {peak / 1e6:.0f} MB for a refused file"


def test_a_file_just_over_the_limit_is_refused(
    consultant_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from consultant.core.intake import MAX_INPUT_BYTES

    assert main(["client", "add", "X"]) == 0
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.write(b"From: a@b.org\n\n")
        handle.truncate(MAX_INPUT_BYTES + 1)
    assert main(["ask", "--client", "X", str(path)]) == 1
    assert "too large" in capsys.readouterr().err
    os.remove(path)
