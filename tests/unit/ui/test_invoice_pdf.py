"""PDF export: in-process, text extractable, byte-identical on every export."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from consultant.core.invoice_render import render_html
from consultant.core.settings import Settings
from consultant.services.billing import BillingService
from consultant.services.workspace import Workspace
from consultant.ui.invoice_pdf import pdf_bytes, write_pdf
from tests.support import CLIENT_BILLING, business_profile


@pytest.fixture
def issued() -> Iterator[tuple[BillingService, int]]:
    ws = Workspace.open()
    ws.add_client("Acme", rate="120", currency="EUR", **CLIENT_BILLING)
    billing = BillingService(
        ws,
        Settings(
            profile=business_profile(business="Alex Dev", iban="DE89 3704"), default_tax_rate="19"
        ),
    )
    billing.log_time("Acme", "1:30", "Setup", work_date="2026-03-02")
    inv = billing.create_draft("Acme", all_unbilled=True)
    assert inv.id is not None
    billing.issue(inv.id, issue_date="2026-03-31")
    yield billing, inv.id
    ws.close()


def _text(data: bytes) -> str:
    """The PDF's text with runs of white space (tabs, no-break spaces) as one space."""
    raw = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(raw.split())


def test_pdf_contains_number_and_total(qapp: object, issued: tuple[BillingService, int]) -> None:
    billing, invoice_id = issued
    doc = billing.document(invoice_id)
    data = pdf_bytes(render_html(doc), title=doc.title, document_uid=doc.invoice.uid,
                     date=doc.invoice.issue_date or "")  # fmt: skip
    assert data.startswith(b"%PDF-")
    text = _text(data)
    assert "2026-0001" in text and "EUR 214.20" in text and "DE89 3704" in text
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata is not None and reader.metadata.title == "Invoice 2026-0001"
    assert reader.metadata.creation_date is not None
    assert reader.metadata.creation_date.strftime("%Y-%m-%d") == "2026-03-31"


def test_pdf_is_byte_identical_every_export(
    qapp: object, issued: tuple[BillingService, int], tmp_path: Path
) -> None:
    billing, invoice_id = issued
    doc = billing.document(invoice_id)
    html = render_html(doc)
    first = write_pdf(html, tmp_path / "a.pdf", title=doc.title, document_uid=doc.invoice.uid,
                      date="2026-03-31")  # fmt: skip
    time.sleep(1.1)  # Qt stamps the current second; make sure it would differ
    second = write_pdf(html, tmp_path / "b.pdf", title=doc.title, document_uid=doc.invoice.uid,
                       date="2026-03-31")  # fmt: skip
    assert first.read_bytes() == second.read_bytes()
    assert b"/CreationDate (D:20260331000000" in first.read_bytes()
