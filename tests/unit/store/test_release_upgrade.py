"""Opening a database written by an earlier release upgrades it without loss.

The fixtures in ``tests/data/databases/`` were made by the release in their name
(see SOURCE.md there); every migration added since is applied to them here.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from consultant.core.models import MessageStatus, PrivacyPolicy
from consultant.store import Store
from consultant.store.migrations import known_names, migrations

DATA = Path(__file__).resolve().parents[2] / "data" / "databases"
RELEASES = ["0.1.0"]
RELEASE_MIGRATIONS = {"0.1.0": ["0001_initial", "0002_embeddings"]}


def _id(value: int | None) -> int:
    assert value is not None
    return value


def _copy(tmp_path: Path, release: str) -> Path:
    target = tmp_path / "home" / "consultant.sqlite"
    target.parent.mkdir()
    shutil.copyfile(DATA / f"consultant-{release}.sqlite", target)
    return target


@pytest.mark.parametrize("release", RELEASES)
def test_fixture_is_what_the_release_wrote(release: str) -> None:
    conn = sqlite3.connect(f"file:{DATA / f'consultant-{release}.sqlite'}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
        assert names == RELEASE_MIGRATIONS[release]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    # Every migration of that release is still known, in the same order.
    assert known_names()[: len(names)] == names


@pytest.mark.parametrize("release", RELEASES)
def test_release_database_upgrades_with_data_intact(tmp_path: Path, release: str) -> None:
    path = _copy(tmp_path, release)
    pending = known_names()[len(RELEASE_MIGRATIONS[release]) :]
    with Store.open(path) as store:
        assert [m.name for m in migrations.applied(store.db)] == known_names()
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(known_names())
        assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # A backup is taken exactly when this version has migrations the release lacked.
        assert (store.migration_backup is not None) == bool(pending)

        acme = store.clients.require("acme home health")
        assert acme.uid == "00000000-0000-4000-8000-000000000001"
        assert (acme.hourly_rate_minor, acme.currency) == (12000, "EUR")
        assert acme.privacy is PrivacyPolicy.REDACT
        assert [c.email for c in acme.contacts] == ["jane@acme-health.org"]
        assert acme.domains == ["acme-health.org"]
        zoe = store.clients.require("ZOË CAFÉ GMBH")
        assert zoe.archived and zoe.currency == "CHF"
        assert [c.name for c in store.clients.all()] == ["Acme Home Health"]

        conversations = store.conversations.list_for_client(_id(acme.id))
        assert [c.title for c in conversations] == ["Fax portal down"]
        messages = store.conversations.messages(_id(conversations[0].id))
        assert [m.status for m in messages] == [MessageStatus.COMPLETE] * 2
        reply = messages[-1]
        assert (reply.input_tokens, reply.output_tokens, reply.cost_microusd) == (812, 95, 180)

        hits = store.search.messages("fax portal")
        assert {h.message_id for h in hits} >= {m.id for m in messages}

        entries = store.billing.entries(client_id=acme.id)
        assert sorted(e.minutes for e in entries) == [30, 90]
        (invoice,) = store.billing.invoices(client_id=acme.id)
        assert (invoice.number, invoice.status) == ("2026-0001", "issued")
        assert (invoice.subtotal_minor, invoice.tax_minor, invoice.total_minor) == (
            18000,
            3420,
            21420,
        )
        assert [line.time_entry_id for line in invoice.lines] == [
            next(e.id for e in entries if e.minutes == 90)
        ]

    # Opening again is a no-op: nothing pending, no second backup.
    with Store.open(path) as store:
        assert store.migration_backup is None


@pytest.mark.parametrize("release", RELEASES)
def test_issued_invoice_stays_immutable_after_upgrade(tmp_path: Path, release: str) -> None:
    path = _copy(tmp_path, release)
    with Store.open(path) as store:
        (invoice,) = store.billing.invoices()
        with pytest.raises(sqlite3.IntegrityError):
            store.db.execute("UPDATE invoices SET total_minor = 1 WHERE id = ?", [invoice.id])
