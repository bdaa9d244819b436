"""Import mail from local files: an mbox file, a Maildir, or a folder of ``.eml`` files.

:func:`import_path` finds the messages under ``path`` and files each with
``services.mail_store.file_message`` (only mail from or to a known client is kept;
see that module for the rules). It streams: an mbox file is read in pieces of at
most :data:`READ_CHUNK` bytes and only one message is held at a time, so a 2 GB
mbox never loads whole; a message over 25 MB is skipped without being kept.

What is recognised:

- an **mbox** file (any name; the first line starts with ``From ``). Messages start
  at a ``From `` line at the start of the file or after an empty line; ``>From ``
  quoting is undone the mboxrd way (one ``>`` removed from ``>…>From `` lines),
  which is also right for mboxo files;
- a **Maildir** (a folder with ``cur/`` or ``new/``; ``tmp/`` is skipped);
- a **folder**, searched recursively, holding ``.eml`` files, mbox files and
  Maildirs — e.g. a Thunderbird profile's ``Mail``/``ImapMail`` folder, whose mbox
  files have no extension and sit next to ``.msf`` index files (skipped).

Mail in a file or folder named like a Sent folder ("Sent", "Sent Items", "Sent
Messages", "Gesendet", …) counts as the user's own (``MailOrigin.sent_folder``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from consultant.core.mail_origin import MailOrigin
from consultant.services.mail_store import (
    MAX_MESSAGE_BYTES,
    AddressFilter,
    FileOutcome,
    FileResult,
    client_address_filter,
    file_message,
    own_addresses,
)
from consultant.services.workspace import ServiceError, Workspace

#: Most bytes read from an mbox file at once (one line, or a piece of a long one).
READ_CHUNK = 1024 * 1024
#: How many problem sentences a report keeps.
MAX_PROBLEMS = 10
#: Progress is reported at most every this many bytes (and at the end of each file).
PROGRESS_STEP = 4 * 1024 * 1024

_SENT_NAMES = re.compile(
    r"^\.?(sent|sent items|sent messages|sent mail|gesendet|gesendete elemente|"
    r"gesendete objekte|envoyés|messages envoyés|enviados|inviata|posta inviata|"
    r"verzonden|verzonden items|skickat|sendt|lähetetyt)$",
    re.IGNORECASE,
)
_MBOX_QUOTED = re.compile(rb"(?m)^>(>*From )")
_MBOX_SEPARATOR = re.compile(rb"\n\r?\n(?=From )")
_HEADER_START = re.compile(rb"^[!-9;-~]{1,76}:[ \t]?", re.ASCII)


@dataclass(slots=True)
class ImportReport:
    stored: int = 0
    duplicates: int = 0
    no_client: int = 0
    malformed: int = 0
    too_large: int = 0
    problems: list[str] = field(default_factory=list)  # the first few sentences
    files: int = 0  # mail files read (mbox files, Maildir messages, .eml files)
    cancelled: bool = False

    @property
    def total(self) -> int:
        return self.stored + self.duplicates + self.no_client + self.malformed + self.too_large

    def add(self, result: FileResult, where: str) -> None:
        outcome = result.outcome
        if outcome is FileOutcome.STORED:
            self.stored += 1
        elif outcome is FileOutcome.DUPLICATE:
            self.duplicates += 1
        elif outcome is FileOutcome.NO_CLIENT:
            self.no_client += 1
        elif outcome is FileOutcome.TOO_LARGE:
            self.too_large += 1
            self.problem(f"{where}: {result.reason}")
        else:
            self.malformed += 1
            self.problem(f"{where}: {result.reason or 'this e-mail could not be read.'}")

    def problem(self, sentence: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(sentence)

    def summary(self) -> str:
        """One sentence for the user."""
        parts = [f"{self.stored} e-mail{'s' if self.stored != 1 else ''} stored"]
        if self.duplicates:
            parts.append(f"{self.duplicates} already stored")
        if self.no_client:
            parts.append(f"{self.no_client} from or to no known client (not stored)")
        if self.malformed:
            parts.append(f"{self.malformed} unreadable")
        if self.too_large:
            parts.append(f"{self.too_large} over 25 MB (skipped)")
        text = ", ".join(parts)
        if self.cancelled:
            text = "Stopped: " + text + "; what was stored before stopping is kept"
        return text + "."


@dataclass(frozen=True, slots=True)
class _Source:
    kind: str  # "mbox" | "maildir" | "eml"
    path: Path
    size: int
    sent: bool


# -- finding the mail ----------------------------------------------------------------


def _is_sent_name(name: str) -> bool:
    stem = name[:-4] if name.lower().endswith(".mbox") else name
    return bool(_SENT_NAMES.match(stem.strip()))


def _head(path: Path, size: int = 4096) -> bytes:
    with path.open("rb") as f:
        return f.read(size)


def _looks_like_mbox(head: bytes) -> bool:
    return head.lstrip(b"\r\n").startswith(b"From ")


def _looks_like_eml(head: bytes) -> bool:
    return bool(_HEADER_START.match(head.lstrip(b" \t\r\n")))


def _is_maildir(folder: Path) -> bool:
    return (folder / "cur").is_dir() or (folder / "new").is_dir()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _maildir_sources(folder: Path, sent: bool) -> Iterator[_Source]:
    for sub in ("cur", "new"):
        box = folder / sub
        if not box.is_dir():
            continue
        for entry in sorted(box.iterdir()):
            if entry.is_file() and not entry.name.startswith("."):
                yield _Source("maildir", entry, _size(entry), sent)


def _folder_sources(folder: Path, sent: bool = False) -> Iterator[_Source]:
    """Mail under a folder, recursively, in a stable order."""
    if _is_maildir(folder):
        yield from _maildir_sources(folder, sent or _is_sent_name(folder.name))
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if name.startswith(".") and not _is_maildir(entry):
            continue  # hidden files; Maildir++ subfolders (".Sent") are Maildirs
        if entry.is_symlink():
            continue
        if entry.is_dir():
            if name in ("cur", "new", "tmp") and _is_maildir(folder):
                continue
            yield from _folder_sources(entry, sent or _is_sent_name(name))
            continue
        if not entry.is_file():
            continue
        lower = name.lower()
        if lower.endswith((".msf", ".dat", ".json", ".sqlite", ".html", ".js", ".txt")):
            continue
        is_sent = sent or _is_sent_name(name)
        if lower.endswith(".eml"):
            yield _Source("eml", entry, _size(entry), is_sent)
            continue
        try:
            head = _head(entry, 64)
        except OSError:
            continue
        if _looks_like_mbox(head):
            yield _Source("mbox", entry, _size(entry), is_sent)


def _sources(path: Path) -> list[_Source]:
    if path.is_dir():
        found = list(_folder_sources(path, _is_sent_name(path.name)))
        if not found:
            raise ServiceError(
                f"{path} holds no e-mail: no mbox file, Maildir (cur/ and new/ folders) or "
                ".eml file was found in it."
            )
        return found
    try:
        head = _head(path)
    except OSError as exc:
        raise ServiceError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    sent = _is_sent_name(path.name)
    if _looks_like_mbox(head):
        return [_Source("mbox", path, _size(path), sent)]
    if path.suffix.lower() == ".eml" or _looks_like_eml(head):
        return [_Source("eml", path, _size(path), sent)]
    if path.suffix.lower() == ".msf":
        raise ServiceError(
            f"{path.name} is a Thunderbird index file; import the mail file next to it "
            f"({path.stem}) or the whole folder."
        )
    raise ServiceError(
        f"{path.name} is not a mail file: it is neither an mbox file (starting with a "
        "“From ” line) nor an e-mail message (.eml). Give an mbox file, a Maildir folder "
        "or a folder of .eml files."
    )


# -- reading an mbox file --------------------------------------------------------------


def _unquote(message: bytes) -> bytes:
    """Undo mboxrd quoting: one ``>`` less on every ``>…>From `` line."""
    return _MBOX_QUOTED.sub(rb"\1", message) if b">From " in message else message


def _trim(message: bytes) -> bytes:
    """Without the empty line that ends the last message of a file."""
    if message.endswith(b"\r\n\r\n"):
        return message[:-2]
    if message.endswith(b"\n\n"):
        return message[:-1]
    return message


def mbox_messages(f: BinaryIO, limit: int = MAX_MESSAGE_BYTES) -> Iterator[bytes | None]:
    """The messages of an mbox stream, one at a time, without their ``From `` lines.

    A message starts at a ``From `` line at the start of the stream or after an empty
    line. A message over ``limit`` bytes is yielded as ``None`` (its bytes are not
    kept). Reads :data:`READ_CHUNK` bytes at a time and holds at most one message."""
    for message, _end in _mbox_split(f, limit):
        yield message


def _mbox_split(f: BinaryIO, limit: int) -> Iterator[tuple[bytes | None, int]]:
    """:func:`mbox_messages` with the stream offset where each message ends."""
    parts: list[bytes] = []  # the current message, in pieces
    size = 0
    too_large = False
    buf = b""
    eof = False
    total = 0  # bytes read; ``buf`` is always the last ``len(buf)`` of them
    while not buf and not eof:  # empty lines before the first message
        chunk = f.read(READ_CHUNK)
        total += len(chunk)
        eof = not chunk
        buf = chunk.lstrip(b"\r\n")
    while 0 < len(buf) < 5 and not eof:  # enough to see a "From " line
        chunk = f.read(READ_CHUNK)
        total += len(chunk)
        eof = not chunk
        buf += chunk
    in_from_line = buf.startswith(b"From ")
    started = bool(buf)

    def keep(piece: bytes) -> None:
        nonlocal size, too_large, parts
        size += len(piece)
        if too_large:
            return
        if size > limit:
            too_large, parts = True, []
        else:
            parts.append(piece)

    pos = 0  # where the unread part of ``buf`` starts
    while True:
        if in_from_line:  # skip the separator line itself
            end = buf.find(b"\n", pos)
            while end < 0 and not eof:
                more = f.read(READ_CHUNK)
                total += len(more)
                eof = not more
                buf, pos = buf[pos:][-READ_CHUNK:] + more, 0  # a long line is not kept
                end = buf.find(b"\n")
            pos = end + 1 if end >= 0 else len(buf)
            in_from_line = False
            parts, size, too_large = [], 0, False
        match = _MBOX_SEPARATOR.search(buf, pos)
        if match is not None:
            keep(buf[pos : match.start() + 1])
            yield (None if too_large else _unquote(b"".join(parts))), total - len(buf) + match.end()
            pos = match.end()
            in_from_line = True
            continue
        if eof:
            break
        if len(buf) - pos > 8:  # all but a tail that may start a separator
            keep(buf[pos:-8])
            pos = len(buf) - 8
        more = f.read(READ_CHUNK)
        total += len(more)
        if not more:
            eof = True
        buf, pos = buf[pos:] + more, 0
    if started:
        keep(buf[pos:])
        yield (None if too_large else _unquote(_trim(b"".join(parts)))), total


# -- importing -------------------------------------------------------------------------


class _Progress:
    def __init__(self, total: int, callback: Callable[[int, int], None] | None) -> None:
        self.total = total
        self.done = 0
        self.callback = callback
        self._last = -PROGRESS_STEP

    def at(self, done: int, force: bool = False) -> None:
        self.done = min(done, self.total) if self.total else done
        if self.callback is not None and (force or self.done - self._last >= PROGRESS_STEP):
            self._last = self.done
            self.callback(self.done, self.total)


def import_path(
    ws: Workspace,
    path: Path,
    *,
    client_name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import the mail under ``path`` (mbox file, Maildir, or folder of .eml files).

    ``client_name`` files every message under that client. ``progress`` gets
    (bytes read, bytes in all); ``cancelled`` is asked between messages — what was
    stored before stays stored (each message is its own transaction). Raises
    ``ServiceError`` with a sentence for a missing path, an unreadable file or a
    file that holds no mail."""
    path = Path(path).expanduser()
    if not path.exists():
        raise ServiceError(f"{path} does not exist.")
    if not os.access(path, os.R_OK):
        raise ServiceError(f"Cannot read {path}: permission denied.")
    forced: int | None = None
    if client_name is not None:
        forced = ws.client(client_name).id
    sources = _sources(path)
    report = ImportReport()
    meter = _Progress(sum(s.size for s in sources), progress)
    own = own_addresses(ws)
    resolve = client_address_filter(ws)
    base = 0
    meter.at(0, force=True)
    for source in sources:
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if source.kind == "mbox":
            done = _import_mbox(ws, source, report, meter, base, own, resolve, forced, cancelled)
        else:
            done = _import_file(ws, source, report, own, resolve, forced)
        if not done:
            report.cancelled = True
            break
        base += source.size
        meter.at(base, force=True)
    return report


def _import_file(
    ws: Workspace,
    source: _Source,
    report: ImportReport,
    own: frozenset[str],
    resolve: AddressFilter,
    forced: int | None,
) -> bool:
    report.files += 1
    name = source.path.name
    if source.size > MAX_MESSAGE_BYTES:
        report.add(
            FileResult(FileOutcome.TOO_LARGE, reason="this e-mail is over 25 MB; skipped."), name
        )
        return True
    try:
        raw = source.path.read_bytes()
    except OSError as exc:
        report.malformed += 1
        report.problem(f"Cannot read {source.path}: {exc.strerror or exc}.")
        return True
    origin = MailOrigin(source.kind, folder=str(source.path.parent), sent_folder=source.sent)
    result = file_message(ws, raw, origin, own_addresses=own, client_id=forced, resolve=resolve)
    report.add(result, name)
    return True


def _import_mbox(
    ws: Workspace,
    source: _Source,
    report: ImportReport,
    meter: _Progress,
    base: int,
    own: frozenset[str],
    resolve: AddressFilter,
    forced: int | None,
    cancelled: Callable[[], bool] | None,
) -> bool:
    """File every message of one mbox file; False when cancelled."""
    report.files += 1
    origin = MailOrigin("mbox", folder=str(source.path), sent_folder=source.sent)
    try:
        f = source.path.open("rb")
    except OSError as exc:
        report.malformed += 1
        report.problem(f"Cannot read {source.path}: {exc.strerror or exc}.")
        return True
    with f:
        try:
            split = _mbox_split(f, MAX_MESSAGE_BYTES)
            for number, (raw, end) in enumerate(split, start=1):
                where = f"{source.path.name}, message {number}"
                if raw is None:
                    report.add(
                        FileResult(
                            FileOutcome.TOO_LARGE, reason="this e-mail is over 25 MB; skipped."
                        ),
                        where,
                    )
                else:
                    result = file_message(
                        ws, raw, origin, own_addresses=own, client_id=forced, resolve=resolve
                    )
                    report.add(result, where)
                meter.at(base + end)
                if cancelled is not None and cancelled():
                    return False
        except OSError as exc:
            report.problem(f"Cannot read {source.path}: {exc.strerror or exc}.")
    return True
