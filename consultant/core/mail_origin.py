"""Where a stored e-mail came from: an IMAP folder (with its UIDVALIDITY and UID, for
incremental sync) or a local mail store (mbox, Maildir, a folder of .eml files).

Shared by the network layer (``consultant.mail`` yields it with each fetched message)
and the filing service (``services.mail_store`` records it), so it lives in ``core``.
"""

from __future__ import annotations

from dataclasses import dataclass

SOURCES = ("imap", "mbox", "maildir", "eml")


@dataclass(frozen=True, slots=True)
class MailOrigin:
    source: str  # one of SOURCES
    account: str = ""  # IMAP account name; "" for local files
    folder: str = ""  # IMAP folder name, or the file/folder path of an import
    uidvalidity: int | None = None
    uid: int | None = None
    sent_folder: bool = False  # found in the account's Sent folder: the user's own mail
