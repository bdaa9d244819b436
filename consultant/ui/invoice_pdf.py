"""Invoice HTML → PDF, in-process: ``QTextDocument.setHtml`` + ``QPdfWriter`` (A4).

No external program is run. The PDF of an issued invoice is the same, byte for
byte, every time it is exported: creator and title are fixed, the document id is a
UUID derived from the invoice's uid (``QPdfWriter.setDocumentId``), and the creation
date Qt writes into the info dictionary and the XMP metadata (the current time) is
replaced by a fixed one — the issue date — after rendering. Both timestamp forms
have a fixed length, so the cross-reference offsets stay valid.

With ``pdf_a=True`` the file is written as PDF/A-1b (``QPdfWriter.setPdfVersion``):
every font embedded, an sRGB output intent and XMP metadata. That is the base an
e-invoice needs: ``core.einvoice.facturx_pdf`` turns it into a PDF/A-3 with the
Factur-X XML attached. The default output is unchanged.

Needs a Qt application (fonts); a ``QApplication`` is created on the offscreen platform
when none exists, so the CLI can export without a display.
"""

from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUuid
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from consultant import __version__
from consultant.core import paths

__all__ = ["CREATOR", "ensure_gui_application", "pdf_bytes", "write_pdf"]

CREATOR = f"Consultant {__version__}"
_RESOLUTION = 300
# QTextDocument.print_ lays the document out at the printer's resolution (so the
# result does not depend on the screen) and adds 2 cm margins itself.
_MARGINS_MM = QMarginsF(0, 0, 0, 0)
_FIXED_DATE = "2000-01-01"

_app: QApplication | None = None


def ensure_gui_application() -> None:
    """Create an offscreen Qt application if this process has none.

    A ``QApplication`` (not merely a ``QGuiApplication``), so that code running later
    in the same process that needs widgets can still use it: Qt allows one
    application object per process."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QApplication(["consultant"])


def _fix_dates(data: bytes, day: str) -> bytes:
    """Replace Qt's current-time stamps with ``day`` at midnight.

    Info dictionary: ``/CreationDate (D:20261122024936Z)`` (or ``+01'00'``); XMP:
    ``xmp:CreateDate="2026-11-22T02:49:41+00:00"``. Every replacement has the length of
    what it replaces (time-zone digits become zeros), so object offsets stay valid.
    """
    y, m, d = (day or _FIXED_DATE)[:10].split("-")
    info = f"{y}{m}{d}000000".encode()
    xmp = f"{y}-{m}-{d}T00:00:00".encode()

    def zeros(rest: bytes) -> bytes:
        return re.sub(rb"[0-9]", b"0", rest)

    def info_sub(match: re.Match[bytes]) -> bytes:
        stamp = match.group(2)
        return match.group(1) + info + zeros(stamp[14:])

    def xmp_sub(match: re.Match[bytes]) -> bytes:
        stamp = match.group(2)
        return match.group(1) + xmp + zeros(stamp[19:]) + match.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate) \(D:)(\d{14}[0-9+\-Z']*)", info_sub, data)
    return re.sub(
        rb"(xmp:(?:CreateDate|ModifyDate|MetadataDate)=[\"'])(\d{4}-\d\d-\d\dT[0-9:+\-Z.]+)"
        rb"([\"'])",
        xmp_sub,
        data,
    )


def pdf_bytes(
    html: str, *, title: str, document_uid: str = "", date: str = "", pdf_a: bool = False
) -> bytes:
    """Render ``html`` to PDF bytes; same inputs → same bytes.

    ``pdf_a``: write PDF/A-1b (fonts embedded, output intent), the base for a
    Factur-X PDF/A-3."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator(CREATOR)
    writer.setTitle(title)
    writer.setAuthor("")
    writer.setResolution(_RESOLUTION)
    if pdf_a:
        writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    name = document_uid or title
    writer.setDocumentId(QUuid(str(uuid.uuid5(uuid.NAMESPACE_URL, f"consultant:{name}"))))
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        _MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return _fix_dates(bytes(data.data()), date)


def write_pdf(
    html: str,
    path: Path,
    *,
    title: str,
    document_uid: str = "",
    date: str = "",
    pdf_a: bool = False,
) -> Path:
    """Write the PDF to ``path`` (atomically: a temporary file, then rename)."""
    target = Path(path)
    payload = pdf_bytes(html, title=title, document_uid=document_uid, date=date, pdf_a=pdf_a)
    tmp = target.with_name(f".{target.name}.tmp")
    paths.write_private_file(tmp, payload)  # health data: 0600 before the first byte
    os.replace(tmp, target)
    return target
