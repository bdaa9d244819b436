"""Local mail import (``services.mail_import``): mbox (with ``>From`` quoting),
Maildir, folders of .eml files, a Thunderbird profile; progress, cancel, duplicates
on a second import, and a sentence for every path that is not mail."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from consultant.core.settings import Profile, Settings, save_settings
from consultant.services import mail_import
from consultant.services.mail_import import import_path, mbox_messages
from consultant.services.workspace import ServiceError, Workspace
from tests.unit.services.test_mail_store import CORPUS, ME, compose

JANE = "Jane Doe <jane@acme-health.example>"


@pytest.fixture
def ws() -> Iterator[Workspace]:
    save_settings(Settings(profile=Profile(email=ME)))  # the user's own address
    with Workspace.open() as w:
        w.add_client("Acme Health")
        w.add_contact("Acme Health", "jane@acme-health.example", "Jane Doe")
        w.add_client("Harbor Therapy")
        w.add_contact("Harbor Therapy", "sam@harbor.example")
        yield w


def _corpus() -> list[bytes]:
    """Real third-party mail (none from a client of these tests)."""
    names = [
        "mailgun-talon/standard_replies/gmail.eml",
        "mailgun-talon/standard_replies/thunderbird.eml",
        "mailgun-flanker/text-only.eml",
        "mailgun-flanker/quoted-printable.eml",
        "nodemailer-mailparser/mixed.eml",
    ]
    return [(CORPUS / n).read_bytes() for n in names]


def _client_mail() -> list[bytes]:
    return [
        compose(JANE, ME, "Export", "From the start the export was slow.\n\nFrom now on, weekly.",
                mid="m1@acme", date=datetime(2026, 3, 1, 9, tzinfo=UTC)),
        compose(ME, "jane@acme-health.example", "Re: Export", "Noted.", mid="m2@me",
                in_reply_to="m1@acme", references="<m1@acme>",
                date=datetime(2026, 3, 1, 10, tzinfo=UTC)),
        compose("sam@harbor.example", ME, "Fax", "The fax is down.", mid="m3@harbor",
                date=datetime(2026, 3, 2, 9, tzinfo=UTC)),
    ]  # fmt: skip


def _mbox(messages: list[bytes], crlf: bool = False) -> bytes:
    """An mboxrd file: ``From `` lines (and ``>From`` ones) in bodies quoted."""
    out = []
    for raw in messages:
        raw = raw.replace(b"\r\n", b"\n")
        lines = []
        for line in raw.split(b"\n"):
            stripped = line.lstrip(b">")
            if stripped.startswith(b"From "):
                line = b">" + line
            lines.append(line)
        body = b"\n".join(lines).rstrip(b"\n") + b"\n"
        out.append(b"From MAILER-DAEMON Mon Mar  2 09:00:00 2026\n" + body + b"\n")
    data = b"".join(out)
    return data.replace(b"\n", b"\r\n") if crlf else data


def _contents(ws: Workspace) -> list[str]:
    rows = ws.store.db.execute(
        "SELECT m.content FROM mail_messages mm JOIN messages m ON m.id = mm.message_row"
        " ORDER BY mm.sent_at"
    )
    return [r[0] for r in rows]


def test_mbox_import_files_client_mail_only(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "archive.mbox"
    path.write_bytes(_mbox(_corpus()[:3] + _client_mail() + _corpus()[3:]))
    report = import_path(ws, path)
    assert (report.stored, report.no_client, report.malformed) == (3, 5, 0)
    assert report.files == 1 and not report.cancelled
    contents = _contents(ws)
    # the >From quoting is undone
    assert contents[0] == "From the start the export was slow.\n\nFrom now on, weekly."
    threads = ws.store.db.execute(
        "SELECT client_id, count(*) FROM mail_messages GROUP BY conversation_id ORDER BY 1"
    ).fetchall()
    acme, harbor = ws.client("Acme Health").id, ws.client("Harbor Therapy").id
    assert [tuple(t) for t in threads] == [(acme, 2), (harbor, 1)]
    assert "3 e-mails stored" in report.summary()

    again = import_path(ws, path)
    assert (again.stored, again.duplicates) == (0, 3)
    assert ws.store.mail.count() == 3


def test_mbox_with_crlf_and_mboxrd_quoting(ws: Workspace, tmp_path: Path) -> None:
    body = "Keep this line:\n>From the old system\nFrom scratch."
    raw = compose(JANE, ME, "Quotes", body, mid="q@acme")
    path = tmp_path / "crlf.mbox"
    path.write_bytes(_mbox([raw], crlf=True))
    report = import_path(ws, path)
    assert report.stored == 1
    assert _contents(ws)[0].splitlines() == ["Keep this line:", ">From the old system",
                                             "From scratch."]  # fmt: skip


def test_mbox_reader_streams_and_skips_oversized_messages() -> None:
    big_line = b"y" * (3 * mail_import.READ_CHUNK)  # one line longer than a read
    data = (
        b"From a Mon Mar  2 09:00:00 2026\nSubject: one\n\n" + big_line + b"\n\n"
        b"From b Mon Mar  2 09:00:00 2026\nSubject: two\n\nsmall\n\n"
        b"From c Mon Mar  2 09:00:00 2026\nSubject: three\n\n" + b"z" * 5000 + b"\n"
    )
    messages = list(mbox_messages(io.BytesIO(data), limit=4 * mail_import.READ_CHUNK))
    assert messages[0] is not None and messages[0].endswith(big_line + b"\n")
    assert messages[1] == b"Subject: two\n\nsmall\n"
    assert len(messages) == 3
    capped = list(mbox_messages(io.BytesIO(data), limit=4000))
    assert capped[0] is None and capped[1] == b"Subject: two\n\nsmall\n" and capped[2] is None


def test_maildir_import(ws: Workspace, tmp_path: Path) -> None:
    box = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (box / sub).mkdir(parents=True)
    mails = _client_mail()
    (box / "cur" / "1.host:2,S").write_bytes(mails[0])
    (box / "new" / "2.host").write_bytes(mails[2])
    (box / "new" / "3.host").write_bytes(_corpus()[0])
    (box / "tmp" / "4.host").write_bytes(mails[1])  # being delivered: not read
    sent = box / ".Sent"
    for sub in ("cur", "new", "tmp"):
        (sent / sub).mkdir(parents=True)
    own = compose(ME, "sam@harbor.example", "Fax fixed", "Fixed.", mid="own@me")
    (sent / "cur" / "5.host:2,S").write_bytes(own.replace(ME.encode(), b"me@private.example"))
    report = import_path(ws, box)
    assert (report.stored, report.no_client, report.files) == (3, 1, 4)
    directions = dict(ws.store.db.execute("SELECT message_key, direction FROM mail_messages"))
    assert directions == {"mid:m1@acme": "in", "mid:m3@harbor": "in", "mid:own@me": "out"}
    assert ws.store.db.execute("SELECT DISTINCT source FROM mail_messages").fetchall() == [
        ("maildir",)
    ]


def test_folder_of_eml_files_recursively(ws: Workspace, tmp_path: Path) -> None:
    root = tmp_path / "exported"
    (root / "2026" / "march").mkdir(parents=True)
    mails = _client_mail()
    (root / "a.eml").write_bytes(mails[0])
    (root / "2026" / "b.EML").write_bytes(mails[1])
    (root / "2026" / "march" / "c.eml").write_bytes(mails[2])
    (root / "2026" / "march" / "notes.txt").write_text("not mail")
    (root / "2026" / "real.eml").write_bytes(_corpus()[1])
    report = import_path(ws, root)
    assert (report.stored, report.no_client, report.files) == (3, 1, 4)
    # a single .eml file works too, and is a duplicate now
    assert import_path(ws, root / "a.eml").duplicates == 1


def test_thunderbird_profile_folder(ws: Workspace, tmp_path: Path) -> None:
    local = tmp_path / "profile" / "Mail" / "Local Folders"
    local.mkdir(parents=True)
    mails = _client_mail()
    (local / "Inbox").write_bytes(_mbox([mails[0], mails[2], _corpus()[2]]))
    (local / "Inbox.msf").write_bytes(b'// <!-- <mdb:mork:z v="1.4"/> -->')
    own = mails[1].replace(ME.encode(), b"me@private.example")
    (local / "Sent").write_bytes(_mbox([own]))
    (local / "Sent.msf").write_bytes(b"// mork")
    (local / "Trash").write_bytes(b"")  # an empty folder file
    report = import_path(ws, tmp_path / "profile")
    assert (report.stored, report.no_client, report.malformed) == (3, 1, 0)
    assert report.files == 2
    rows = dict(ws.store.db.execute("SELECT message_key, direction FROM mail_messages"))
    assert rows["mid:m2@me"] == "out"
    with pytest.raises(ServiceError, match="Thunderbird index file"):
        import_path(ws, local / "Inbox.msf")


def test_forced_client(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "old.mbox"
    path.write_bytes(_mbox(_corpus()[:2]))
    report = import_path(ws, path, client_name="harbor therapy")
    assert report.stored == 2
    harbor = ws.client("Harbor Therapy").id
    assert {r["client_id"] for r in ws.store.mail.inbox()} == {harbor}
    with pytest.raises(ServiceError, match="no client named"):
        import_path(ws, path, client_name="Nobody")


def test_progress_and_cancel(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mail_import, "PROGRESS_STEP", 1)
    path = tmp_path / "a.mbox"
    path.write_bytes(_mbox(_client_mail() + _corpus()))
    total = path.stat().st_size
    seen: list[tuple[int, int]] = []
    report = import_path(ws, path, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert len(seen) > 3 and report.stored == 3

    ws2_path = tmp_path / "b.mbox"
    ws2_path.write_bytes(_mbox([compose(JANE, ME, f"S{i}", f"text {i}", mid=f"c{i}@acme")
                                for i in range(5)]))  # fmt: skip
    calls = iter([False, False, True])
    stopped = import_path(ws, ws2_path, cancelled=lambda: next(calls, True))
    assert stopped.cancelled and stopped.stored == 2
    assert "Stopped" in stopped.summary()
    assert sum(1 for k in ws.store.db.execute("SELECT message_key FROM mail_messages")
               if k[0].startswith("mid:c")) == 2  # fmt: skip


def test_paths_that_are_not_mail(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ServiceError, match="does not exist"):
        import_path(ws, tmp_path / "missing.mbox")
    png = tmp_path / "picture.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with pytest.raises(ServiceError, match="not a mail file"):
        import_path(ws, png)
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.txt").write_text("hello")
    with pytest.raises(ServiceError, match="holds no e-mail"):
        import_path(ws, empty)
    locked = tmp_path / "locked.mbox"
    locked.write_bytes(_mbox(_client_mail()))
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ServiceError, match=r"Cannot read .*Permission denied"):
        import_path(ws, locked)
    assert ws.store.mail.count() == 0


def test_oversized_message_in_mbox_is_reported(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mail_import, "MAX_MESSAGE_BYTES", 2000)
    path = tmp_path / "big.mbox"
    big = compose(JANE, ME, "Big", "x " * 5000, mid="big@acme")
    path.write_bytes(_mbox([big, *_client_mail()[2:]]))
    report = import_path(ws, path)
    assert (report.too_large, report.stored) == (1, 1)
    assert report.problems and "25 MB" in report.problems[0]


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 8, 9, 64])
def test_mbox_split_does_not_depend_on_read_boundaries(
    chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages = [
        b"Subject: a\n\nfirst\n>From quoted\n>>From twice\n",
        b"Subject: b\r\n\r\nsecond\r\n",
        b"Subject: c\n\n\n\nthird after blank lines\nFrom inside a line is kept\n",
    ]
    data = b"\n" + b"".join(b"From x@y Mon Mar  2 09:00:00 2026\n" + m + b"\n" for m in messages)
    expected = [
        b"Subject: a\n\nfirst\nFrom quoted\n>From twice\n",
        b"Subject: b\r\n\r\nsecond\r\n",
        b"Subject: c\n\n\n\nthird after blank lines\nFrom inside a line is kept\n",
    ]
    monkeypatch.setattr(mail_import, "READ_CHUNK", chunk)
    assert list(mbox_messages(io.BytesIO(data))) == expected
