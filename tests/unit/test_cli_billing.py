"""`consultant time|invoice|overview`: round trips, one-line errors, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from consultant.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


def refused(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, *args)
    assert code == 1, out
    assert err.startswith("consultant: ") and err.count("\n") == 1, err
    return err


def test_round_trip_time_to_exported_invoice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ok(capsys, "client", "add", "Acme", "--rate", "120", "--currency", "EUR")
    assert "1:30 h" in ok(capsys, "time", "add", "--client", "Acme", "1h30m", "Setup VPN",
                          "--date", "2026-03-02")  # fmt: skip
    ok(capsys, "time", "add", "--client", "acme", "50m", "Guide", "--rate", "100")
    entries = json.loads(ok(capsys, "time", "list", "--unbilled", "--json"))
    assert [e["minutes"] for e in entries] == [90, 50]
    assert "Created draft invoice 1 with 2 lines" in ok(
        capsys, "invoice", "draft", "--client", "Acme", "--tax", "19", "--terms", "14 days"
    )
    ok(capsys, "invoice", "line", "1", "Licence", "2", "9.99")
    shown = json.loads(ok(capsys, "invoice", "show", "1", "--json"))
    # 180.00 + 83.33 + 19.98 = 283.31; tax 53.83; total 337.14
    assert (shown["subtotal"], shown["tax"], shown["total"]) == ("283.31", "53.83", "337.14")
    assert "Issued invoice 2026-0001" in ok(capsys, "invoice", "issue", "1", "--date",
                                            "2026-03-31")  # fmt: skip
    assert ok(capsys, "time", "list", "--unbilled").startswith("No unbilled")
    md, html, pdf = tmp_path / "i.md", tmp_path / "i.html", tmp_path / "i.pdf"
    ok(capsys, "invoice", "export", "2026-0001", "--format", "md", "-o", str(md))
    ok(capsys, "invoice", "export", "1", "--format", "html", "-o", str(html))
    ok(capsys, "invoice", "export", "1", "--format", "pdf", "-o", str(pdf))
    assert "EUR 337.14" in md.read_text() and "2026-0001" in html.read_text()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "2026-0001" in text and "EUR 337.14" in text
    first = pdf.read_bytes()
    ok(capsys, "invoice", "export", "1", "--format", "pdf", "-o", str(pdf))
    assert pdf.read_bytes() == first
    listed = json.loads(ok(capsys, "invoice", "list", "--json"))
    assert listed[0]["number"] == "2026-0001" and listed[0]["status"] == "issued"
    over = json.loads(ok(capsys, "overview", "--json"))
    assert over[0]["open_invoices"][0]["number"] == "2026-0001"
    assert "issued and cannot be deleted" in refused(capsys, "invoice", "delete", "1")
    assert "has been issued" in refused(capsys, "invoice", "line", "1", "x", "1", "1")
    assert "reason" in refused(capsys, "invoice", "void", "1", "--reason", " ")
    ok(capsys, "invoice", "pay", "2026-0001", "--date", "2026-04-03")
    assert "paid" in refused(capsys, "invoice", "void", "1", "--reason", "oops")


def test_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    ok(capsys, "client", "add", "Acme", "--rate", "120")
    assert "not a duration" in refused(capsys, "time", "add", "--client", "Acme", "abc", "x")
    assert "1:75" in refused(capsys, "time", "add", "--client", "Acme", "1:75", "x")
    assert "no client" in refused(capsys, "time", "add", "--client", "Nobody", "1h", "x").lower()
    assert "no unbilled time" in refused(capsys, "invoice", "draft", "--client", "Acme")
    assert "tax rate" in refused(capsys, "invoice", "draft", "--client", "Acme",
                                 "--entries", "1", "--tax", "200")  # fmt: skip
    assert "no invoice" in refused(capsys, "invoice", "show", "2026-0042").lower()
    assert "list of entry ids" in refused(capsys, "invoice", "draft", "--client", "Acme",
                                          "--entries", "1,x")  # fmt: skip
    ok(capsys, "time", "add", "--client", "Acme", "1h", "Work")
    ok(capsys, "invoice", "draft", "--client", "Acme", "--entries", "1")
    assert "already billed" in refused(capsys, "invoice", "draft", "--client", "Acme",
                                       "--entries", "1")  # fmt: skip
    assert "Deleted draft 1" in ok(capsys, "invoice", "delete", "1")
    assert "1 entries" in ok(capsys, "time", "list", "--unbilled")
    with pytest.raises(SystemExit) as info:
        main(["time", "add", "--client", "Acme", "1h", "x", "--date", "03/02"])
    assert info.value.code == 2 and "not a date" in capsys.readouterr().err


def test_importing_cli_billing_pulls_no_qt() -> None:
    code = (
        "import sys, consultant.cli, consultant.cli_billing\n"
        "consultant.cli.build_parser()\n"
        "print(','.join(m for m in ('PySide6', 'litellm') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""
