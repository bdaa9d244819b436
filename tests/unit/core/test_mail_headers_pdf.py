"""A broken PDF attachment is read quietly: pypdf's repair warnings never reach
stderr or the log, also when several threads read PDFs at once, and pypdf's log
level is restored afterwards."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from consultant.core.mail_headers import attachment_text, pdf_text
from tests.unit.services.test_mail_store import ME, _tiny_pdf, compose

ROOT = Path(__file__).resolve().parents[3]
GOOD = _tiny_pdf("Kangaroo total")
#: Wrong xref offsets: pypdf repairs them and logs a warning per object.
BROKEN = GOOD.replace(b"0000000", b"0000001")
#: A trailer naming a missing root: pypdf searches for the catalog, with warnings.
NO_ROOT = GOOD.replace(b"/Root 1 0 R", b"/Root 9 0 R")


def _pypdf_warns_without_silencing(data: bytes) -> list[str]:
    import io

    from pypdf import PdfReader

    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    handler = Keep(logging.WARNING)
    log = logging.getLogger("pypdf")
    log.addHandler(handler)
    try:
        PdfReader(io.BytesIO(data), strict=False).pages[0].extract_text()
    finally:
        log.removeHandler(handler)
    return records


@pytest.mark.parametrize("data", [BROKEN, NO_ROOT])
def test_broken_pdf_gives_text_and_no_log_records(
    data: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    assert _pypdf_warns_without_silencing(data)  # the case is real
    level = logging.getLogger("pypdf").level
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        assert "Kangaroo total" in pdf_text(data)
    assert [r for r in caplog.records if r.name.startswith("pypdf")] == []
    assert logging.getLogger("pypdf").level == level


def test_concurrent_readers_stay_quiet_and_restore_the_level(
    caplog: pytest.LogCaptureFixture,
) -> None:
    log = logging.getLogger("pypdf")
    log.setLevel(logging.INFO)
    try:
        barrier = threading.Barrier(4)
        texts: list[str] = []

        def read() -> None:
            barrier.wait()
            for _ in range(5):
                texts.append(pdf_text(BROKEN))

        with caplog.at_level(logging.DEBUG):
            threads = [threading.Thread(target=read) for _ in range(4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        assert len(texts) == 20 and all("Kangaroo" in t for t in texts)
        assert [r for r in caplog.records if r.name.startswith("pypdf")] == []
        assert log.level == logging.INFO
    finally:
        log.setLevel(logging.NOTSET)


def test_importing_a_mail_with_a_broken_pdf_prints_nothing(tmp_path: Path) -> None:
    raw = compose("jane@acme-health.example", ME, "Invoice", "See the PDF.", mid="b@acme",
                  attach=("invoice.pdf", "application/pdf", BROKEN))  # fmt: skip
    assert "Kangaroo total" in attachment_text(raw)
    mail = tmp_path / "broken.eml"
    mail.write_bytes(raw)
    code = (
        "import sys\n"
        "from consultant.core.mail_headers import attachment_text\n"
        "text = attachment_text(open(sys.argv[1], 'rb').read())\n"
        "assert 'Kangaroo' in text, text\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(mail)], cwd=ROOT, capture_output=True, text=True,
        check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
