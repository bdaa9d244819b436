"""Schema migrations: append-only, named, applied on every open.

Never edit or reorder a migration once it has shipped: add a new one at the end.
``tests/unit/store/test_migrations.py`` compares a fresh schema to
``tests/unit/store/schema_snapshot.sql``; update the snapshot deliberately when
adding a migration (``python -m consultant.store.schema_dump``).

Invariants live in SQL, not only in Python (DESIGN.md §3):

- client names unique case-insensitively (``COLLATE NOCASE`` for ASCII, plus a
  ``name_key`` holding the Unicode case-folded name, set by the repository);
- contact e-mail unique and stored lower-case; a domain belongs to one client and
  public mail domains cannot be claimed;
- money columns are integers (``typeof(...) = 'integer'``);
- invoice numbers are gapless per series (``seq`` must be the series maximum + 1)
  and unique; an issued invoice and its lines are immutable; a time entry is billed
  on at most one invoice.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "consultant"

migrations = Migrations(MIGRATION_SET)

# Frozen copy for the SQL trigger; the application checks the fuller list in
# ``consultant.core.domains`` before it gets here.
_PUBLIC_DOMAINS_V1 = (
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
    "yahoo.com", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "gmx.de",
    "gmx.net", "gmx.com", "web.de", "proton.me", "protonmail.com", "mail.com",
    "yandex.ru", "yandex.com", "mail.ru", "zoho.com", "fastmail.com", "t-online.de",
    "orange.fr", "free.fr", "libero.it", "qq.com", "163.com", "hey.com", "tutanota.com",
)  # fmt: skip

_NOW = "(strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'))"


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    public = ", ".join(f"'{d}'" for d in _PUBLIC_DOMAINS_V1)
    run_script(
        db,
        f"""
CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
        CHECK (length(trim(name)) > 0 AND name = trim(name) AND length(name) <= 200),
    name_key TEXT NOT NULL UNIQUE,
    organization TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    tone TEXT NOT NULL DEFAULT '',
    glossary TEXT NOT NULL DEFAULT '',
    hourly_rate_minor INTEGER NOT NULL DEFAULT 0
        CHECK (typeof(hourly_rate_minor) = 'integer' AND hourly_rate_minor >= 0),
    currency TEXT NOT NULL DEFAULT 'EUR'
        CHECK (length(currency) = 3 AND currency = upper(currency)),
    privacy TEXT NOT NULL DEFAULT 'cloud'
        CHECK (privacy IN ('cloud', 'redact', 'local_only')),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT {_NOW},
    updated_at TEXT NOT NULL DEFAULT {_NOW}
);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE
        CHECK (email COLLATE BINARY = lower(trim(email)) AND instr(email, '@') > 1),
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT {_NOW}
);
CREATE INDEX contacts_client ON contacts(client_id);

CREATE TABLE client_domains (
    domain TEXT PRIMARY KEY
        CHECK (domain = lower(trim(domain)) AND instr(domain, '.') > 1
               AND instr(domain, '@') = 0),
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE
);
CREATE INDEX client_domains_client ON client_domains(client_id);

CREATE TRIGGER client_domains_no_public BEFORE INSERT ON client_domains
WHEN NEW.domain IN ({public})
BEGIN
    SELECT RAISE(ABORT, 'a public mail domain cannot be claimed by a client');
END;

CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
    title TEXT NOT NULL DEFAULT '',
    task TEXT NOT NULL DEFAULT 'chat',
    model TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    draft TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT {_NOW},
    updated_at TEXT NOT NULL DEFAULT {_NOW}
);
CREATE INDEX conversations_client ON conversations(client_id, updated_at);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
    content TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'complete'
        CHECK (status IN ('streaming', 'complete', 'cancelled', 'error', 'interrupted')),
    task TEXT,
    model TEXT NOT NULL DEFAULT '',
    input_tokens INTEGER CHECK (input_tokens IS NULL OR input_tokens >= 0),
    output_tokens INTEGER CHECK (output_tokens IS NULL OR output_tokens >= 0),
    cost_microusd INTEGER
        CHECK (cost_microusd IS NULL OR typeof(cost_microusd) = 'integer'),
    error TEXT NOT NULL DEFAULT '',
    metadata TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(metadata)),
    created_at TEXT NOT NULL DEFAULT {_NOW},
    updated_at TEXT NOT NULL DEFAULT {_NOW}
);
CREATE INDEX messages_conversation ON messages(conversation_id, created_at, id);
CREATE INDEX messages_status ON messages(status) WHERE status = 'streaming';

-- Full-text search. The user's own text and model output go to separate columns
-- so BM25 can weight the user's words higher; ``scope`` holds one token naming the
-- client (``c17``) so a client filter is a posting-list intersection inside FTS5
-- rather than a join over every match. External content: the index reads text
-- back through this view, so nothing is stored twice.
CREATE VIEW messages_fts_source AS
    SELECT m.id,
           CASE WHEN m.role = 'user' THEN m.content ELSE '' END AS user_text,
           CASE WHEN m.role = 'user' THEN '' ELSE m.content END AS model_text,
           'c' || c.client_id AS scope
    FROM messages m JOIN conversations c ON c.id = m.conversation_id;

CREATE VIRTUAL TABLE messages_fts USING fts5(
    user_text, model_text, scope,
    content = 'messages_fts_source', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts(rowid, user_text, model_text, scope) VALUES (
        NEW.id,
        CASE WHEN NEW.role = 'user' THEN NEW.content ELSE '' END,
        CASE WHEN NEW.role = 'user' THEN '' ELSE NEW.content END,
        (SELECT 'c' || client_id FROM conversations WHERE id = NEW.conversation_id));
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, user_text, model_text, scope) VALUES (
        'delete', OLD.id,
        CASE WHEN OLD.role = 'user' THEN OLD.content ELSE '' END,
        CASE WHEN OLD.role = 'user' THEN '' ELSE OLD.content END,
        (SELECT 'c' || client_id FROM conversations WHERE id = OLD.conversation_id));
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, role ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, user_text, model_text, scope) VALUES (
        'delete', OLD.id,
        CASE WHEN OLD.role = 'user' THEN OLD.content ELSE '' END,
        CASE WHEN OLD.role = 'user' THEN '' ELSE OLD.content END,
        (SELECT 'c' || client_id FROM conversations WHERE id = OLD.conversation_id));
    INSERT INTO messages_fts(rowid, user_text, model_text, scope) VALUES (
        NEW.id,
        CASE WHEN NEW.role = 'user' THEN NEW.content ELSE '' END,
        CASE WHEN NEW.role = 'user' THEN '' ELSE NEW.content END,
        (SELECT 'c' || client_id FROM conversations WHERE id = NEW.conversation_id));
END;

-- The index's scope token needs the conversation while a message is removed, so
-- a conversation's messages go first; and a conversation never changes client.
CREATE TRIGGER conversations_delete_messages BEFORE DELETE ON conversations BEGIN
    DELETE FROM messages WHERE conversation_id = OLD.id;
END;
CREATE TRIGGER conversations_client_fixed BEFORE UPDATE OF client_id ON conversations
WHEN NEW.client_id IS NOT OLD.client_id
BEGIN
    SELECT RAISE(ABORT, 'a conversation belongs to exactly one client');
END;
CREATE TRIGGER messages_conversation_fixed BEFORE UPDATE OF conversation_id ON messages
WHEN NEW.conversation_id IS NOT OLD.conversation_id
BEGIN
    SELECT RAISE(ABORT, 'a message belongs to exactly one conversation');
END;

CREATE VIRTUAL TABLE clients_fts USING fts5(
    name, organization, notes, glossary,
    content = 'clients', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN
    INSERT INTO clients_fts(rowid, name, organization, notes, glossary)
    VALUES (NEW.id, NEW.name, NEW.organization, NEW.notes, NEW.glossary);
END;
CREATE TRIGGER clients_fts_delete AFTER DELETE ON clients BEGIN
    INSERT INTO clients_fts(clients_fts, rowid, name, organization, notes, glossary)
    VALUES ('delete', OLD.id, OLD.name, OLD.organization, OLD.notes, OLD.glossary);
END;
CREATE TRIGGER clients_fts_update
AFTER UPDATE OF name, organization, notes, glossary ON clients BEGIN
    INSERT INTO clients_fts(clients_fts, rowid, name, organization, notes, glossary)
    VALUES ('delete', OLD.id, OLD.name, OLD.organization, OLD.notes, OLD.glossary);
    INSERT INTO clients_fts(rowid, name, organization, notes, glossary)
    VALUES (NEW.id, NEW.name, NEW.organization, NEW.notes, NEW.glossary);
END;

-- Billing. Amounts are integer minor units; quantities and the tax rate are
-- decimal strings (never floats).
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'issued', 'paid', 'void')),
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    series TEXT NOT NULL DEFAULT '',
    seq INTEGER CHECK (seq IS NULL OR (typeof(seq) = 'integer' AND seq > 0)),
    number TEXT UNIQUE,
    issue_date TEXT,
    due_date TEXT,
    tax_rate TEXT NOT NULL DEFAULT '0',
    subtotal_minor INTEGER NOT NULL DEFAULT 0 CHECK (typeof(subtotal_minor) = 'integer'),
    tax_minor INTEGER NOT NULL DEFAULT 0 CHECK (typeof(tax_minor) = 'integer'),
    total_minor INTEGER NOT NULL DEFAULT 0 CHECK (typeof(total_minor) = 'integer'),
    payment_terms TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    void_reason TEXT NOT NULL DEFAULT '',
    paid_date TEXT,
    seller TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(seller)),
    buyer TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(buyer)),
    created_at TEXT NOT NULL DEFAULT {_NOW},
    updated_at TEXT NOT NULL DEFAULT {_NOW},
    UNIQUE (series, seq),
    CHECK (total_minor = subtotal_minor + tax_minor),
    CHECK ((status = 'draft' AND seq IS NULL AND number IS NULL)
        OR (status <> 'draft' AND seq IS NOT NULL AND number IS NOT NULL
            AND issue_date IS NOT NULL)),
    CHECK (status <> 'void' OR length(trim(void_reason)) > 0),
    CHECK (status <> 'paid' OR paid_date IS NOT NULL)
);
CREATE INDEX invoices_client ON invoices(client_id, status);

CREATE TABLE invoice_lines (
    id INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    description TEXT NOT NULL,
    quantity TEXT NOT NULL,
    unit_price_minor INTEGER NOT NULL CHECK (typeof(unit_price_minor) = 'integer'),
    amount_minor INTEGER NOT NULL CHECK (typeof(amount_minor) = 'integer'),
    time_entry_id INTEGER REFERENCES time_entries(id) ON DELETE RESTRICT
);
CREATE INDEX invoice_lines_invoice ON invoice_lines(invoice_id, position);
CREATE INDEX invoice_lines_entry ON invoice_lines(time_entry_id);

CREATE TABLE time_entries (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
    work_date TEXT NOT NULL CHECK (date(work_date) IS work_date),
    minutes INTEGER NOT NULL CHECK (typeof(minutes) = 'integer' AND minutes > 0),
    description TEXT NOT NULL DEFAULT '',
    rate_minor INTEGER NOT NULL CHECK (typeof(rate_minor) = 'integer' AND rate_minor >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    invoice_id INTEGER REFERENCES invoices(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT {_NOW},
    updated_at TEXT NOT NULL DEFAULT {_NOW}
);
CREATE INDEX time_entries_client ON time_entries(client_id, work_date);
CREATE INDEX time_entries_invoice ON time_entries(invoice_id);

-- Gapless numbering: an invoice enters a non-draft state only with the next
-- number of its series.
CREATE TRIGGER invoices_gapless_issue BEFORE UPDATE OF status ON invoices
WHEN OLD.status = 'draft' AND NEW.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an invoice must be issued before it is paid or voided')
    WHERE NEW.status <> 'issued';
    SELECT RAISE(ABORT, 'invoice numbers must be gapless within a series')
    WHERE NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM invoices
                          WHERE series = NEW.series);
    SELECT RAISE(ABORT, 'invoice totals do not match its lines')
    WHERE NEW.subtotal_minor <> (SELECT coalesce(sum(amount_minor), 0)
                                 FROM invoice_lines WHERE invoice_id = NEW.id);
END;

CREATE TRIGGER invoices_gapless_insert BEFORE INSERT ON invoices
WHEN NEW.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'invoice numbers must be gapless within a series')
    WHERE NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM invoices
                          WHERE series = NEW.series);
END;

-- Immutability: once issued, only the status may move on (issued → paid or void),
-- recording the paid date or the void reason. Nothing else changes, ever.
CREATE TRIGGER invoices_immutable BEFORE UPDATE ON invoices
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed')
    WHERE NOT (OLD.status = 'issued' AND NEW.status IN ('paid', 'void'))
       OR NEW.uid IS NOT OLD.uid OR NEW.client_id IS NOT OLD.client_id
       OR NEW.currency IS NOT OLD.currency OR NEW.series IS NOT OLD.series
       OR NEW.seq IS NOT OLD.seq OR NEW.number IS NOT OLD.number
       OR NEW.issue_date IS NOT OLD.issue_date OR NEW.due_date IS NOT OLD.due_date
       OR NEW.tax_rate IS NOT OLD.tax_rate OR NEW.subtotal_minor IS NOT OLD.subtotal_minor
       OR NEW.tax_minor IS NOT OLD.tax_minor OR NEW.total_minor IS NOT OLD.total_minor
       OR NEW.payment_terms IS NOT OLD.payment_terms OR NEW.notes IS NOT OLD.notes
       OR NEW.seller IS NOT OLD.seller OR NEW.buyer IS NOT OLD.buyer
       OR NEW.created_at IS NOT OLD.created_at
       OR (NEW.status = 'paid' AND NEW.void_reason IS NOT OLD.void_reason)
       OR (NEW.status = 'void' AND NEW.paid_date IS NOT OLD.paid_date);
END;

CREATE TRIGGER invoices_no_delete BEFORE DELETE ON invoices
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be deleted; void it instead');
END;

CREATE TRIGGER invoice_lines_immutable_insert BEFORE INSERT ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = NEW.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed');
END;
CREATE TRIGGER invoice_lines_immutable_update BEFORE UPDATE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
  OR (SELECT status FROM invoices WHERE id = NEW.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed');
END;
CREATE TRIGGER invoice_lines_immutable_delete BEFORE DELETE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed');
END;

-- A time entry is billed on at most one invoice: ``time_entries.invoice_id`` is
-- the single link, claimed when a line for it is added to a draft.
CREATE TRIGGER invoice_lines_claim_entry BEFORE INSERT ON invoice_lines
WHEN NEW.time_entry_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'this time entry is already billed on another invoice')
    WHERE (SELECT invoice_id FROM time_entries WHERE id = NEW.time_entry_id)
          IS NOT NULL
      AND (SELECT invoice_id FROM time_entries WHERE id = NEW.time_entry_id)
          IS NOT NEW.invoice_id;
    SELECT RAISE(ABORT, 'time entry and invoice belong to different clients')
    WHERE (SELECT client_id FROM time_entries WHERE id = NEW.time_entry_id)
          IS NOT (SELECT client_id FROM invoices WHERE id = NEW.invoice_id);
END;
CREATE TRIGGER invoice_lines_mark_entry AFTER INSERT ON invoice_lines
WHEN NEW.time_entry_id IS NOT NULL
BEGIN
    UPDATE time_entries SET invoice_id = NEW.invoice_id WHERE id = NEW.time_entry_id;
END;
CREATE TRIGGER invoice_lines_release_entry AFTER DELETE ON invoice_lines
WHEN OLD.time_entry_id IS NOT NULL
BEGIN
    UPDATE time_entries SET invoice_id = NULL
    WHERE id = OLD.time_entry_id AND invoice_id IS OLD.invoice_id
      AND NOT EXISTS (SELECT 1 FROM invoice_lines
                      WHERE invoice_id = OLD.invoice_id
                        AND time_entry_id = OLD.time_entry_id);
END;

CREATE TRIGGER time_entries_single_invoice BEFORE UPDATE OF invoice_id ON time_entries
WHEN OLD.invoice_id IS NOT NULL AND NEW.invoice_id IS NOT OLD.invoice_id
BEGIN
    SELECT RAISE(ABORT, 'this time entry is already billed on another invoice')
    WHERE NEW.invoice_id IS NOT NULL;
    SELECT RAISE(ABORT, 'a time entry on an issued invoice stays billed')
    WHERE (SELECT status FROM invoices WHERE id = OLD.invoice_id) IN ('issued', 'paid');
END;

CREATE TRIGGER time_entries_billed_frozen BEFORE UPDATE ON time_entries
WHEN OLD.invoice_id IS NOT NULL
 AND (SELECT status FROM invoices WHERE id = OLD.invoice_id) IN ('issued', 'paid')
 AND (NEW.minutes IS NOT OLD.minutes OR NEW.rate_minor IS NOT OLD.rate_minor
      OR NEW.currency IS NOT OLD.currency OR NEW.client_id IS NOT OLD.client_id
      OR NEW.work_date IS NOT OLD.work_date OR NEW.description IS NOT OLD.description)
BEGIN
    SELECT RAISE(ABORT, 'a time entry on an issued invoice cannot be changed');
END;

CREATE TRIGGER time_entries_billed_no_delete BEFORE DELETE ON time_entries
WHEN OLD.invoice_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a billed time entry cannot be deleted');
END;

-- Voiding releases the entries so they can be billed again on a corrected
-- invoice; the voided invoice's lines keep their history.
CREATE TRIGGER invoices_void_releases_entries AFTER UPDATE OF status ON invoices
WHEN NEW.status = 'void' AND OLD.status = 'issued'
BEGIN
    UPDATE time_entries SET invoice_id = NULL WHERE invoice_id = NEW.id;
END;

CREATE TABLE invoice_series (
    series TEXT PRIMARY KEY,
    format TEXT NOT NULL DEFAULT '{{year}}-{{seq:04d}}'
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL DEFAULT {_NOW},
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    client_id INTEGER REFERENCES clients(id) ON DELETE SET NULL,
    chars_sent INTEGER NOT NULL DEFAULT 0,
    redactions INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_client ON audit_log(client_id, created_at);
""",
    )


def run_script(db: Database, script: str) -> None:
    """Run SQL statements one by one inside the caller's transaction.

    ``executescript`` would commit the migration's transaction first, so a failing
    migration could leave half a schema behind.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        if not statement and (not line.strip() or line.lstrip().startswith("--")):
            continue
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement[:80]}")


def known_names() -> list[str]:
    """Names of every migration this version knows, in order."""
    return [m.name for m in migrations._migrations]


@migrations(name="0002_embeddings")
def m0002_embeddings(db: Database) -> None:
    """Optional semantic layer: one vector per message and embedding model.

    ``content_hash`` (SHA-256 of the embedded text) tells when a vector is stale.
    Vectors are little-endian float32 bytes; they are similarity scores, not money.
    """
    run_script(
        db,
        """
CREATE TABLE message_embeddings (
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    dimensions INTEGER NOT NULL CHECK (dimensions > 0),
    vector BLOB NOT NULL CHECK (length(vector) = dimensions * 4),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    PRIMARY KEY (message_id, model)
);
""",
    )


@migrations(name="0003_privacy_terms_and_audit_purpose")
def m0003_privacy_terms_and_audit_purpose(db: Database) -> None:
    """Per-client redaction lists, and what each audited call was for.

    ``redact_always`` / ``redact_never`` hold one term per line: terms the redactor
    must always mask for this client, and terms it must leave readable (a product
    name that looks like a surname). ``audit_log.purpose`` is ``chat``,
    ``embedding``, ``connection test`` or ``model list``.
    """
    run_script(
        db,
        """
ALTER TABLE clients ADD COLUMN redact_always TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN redact_never TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN purpose TEXT NOT NULL DEFAULT 'chat';
""",
    )


@migrations(name="0004_replace_guards")
def m0004_replace_guards(db: Database) -> None:
    """Issued invoices, their lines and billed time entries resist ``REPLACE``.

    ``INSERT OR REPLACE`` / ``UPDATE OR REPLACE`` resolve a uniqueness conflict by
    deleting the row in the way, and that deletion fires no delete trigger (unless
    ``recursive_triggers`` is on), so ``invoices_no_delete`` and friends would not
    see it. These triggers refuse any insert or update that collides with an issued
    invoice (by id, uid, number or series and seq), one of its lines, or a billed
    time entry, before conflict resolution can run.
    """
    run_script(
        db,
        """
CREATE TRIGGER invoices_no_replace_insert BEFORE INSERT ON invoices
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be replaced')
    WHERE EXISTS (SELECT 1 FROM invoices AS o WHERE o.status <> 'draft'
                  AND (o.id = NEW.id OR o.uid = NEW.uid OR o.number = NEW.number
                       OR (o.series = NEW.series AND o.seq = NEW.seq)));
END;
CREATE TRIGGER invoices_no_replace_update BEFORE UPDATE ON invoices
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be replaced')
    WHERE EXISTS (SELECT 1 FROM invoices AS o WHERE o.id <> OLD.id AND o.status <> 'draft'
                  AND (o.id = NEW.id OR o.uid = NEW.uid OR o.number = NEW.number
                       OR (o.series = NEW.series AND o.seq = NEW.seq)));
END;
CREATE TRIGGER invoice_lines_no_replace_insert BEFORE INSERT ON invoice_lines
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed')
    WHERE EXISTS (SELECT 1 FROM invoice_lines AS l JOIN invoices AS i ON i.id = l.invoice_id
                  WHERE l.id = NEW.id AND i.status <> 'draft');
END;
CREATE TRIGGER invoice_lines_no_replace_update BEFORE UPDATE OF id ON invoice_lines
WHEN NEW.id IS NOT OLD.id
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed')
    WHERE EXISTS (SELECT 1 FROM invoice_lines AS l JOIN invoices AS i ON i.id = l.invoice_id
                  WHERE l.id = NEW.id AND i.status <> 'draft');
END;
CREATE TRIGGER time_entries_no_replace_insert BEFORE INSERT ON time_entries
BEGIN
    SELECT RAISE(ABORT, 'a billed time entry cannot be replaced')
    WHERE EXISTS (SELECT 1 FROM time_entries AS o WHERE o.invoice_id IS NOT NULL
                  AND (o.id = NEW.id OR o.uid = NEW.uid));
END;
CREATE TRIGGER time_entries_no_replace_update BEFORE UPDATE OF id, uid ON time_entries
WHEN NEW.id IS NOT OLD.id OR NEW.uid IS NOT OLD.uid
BEGIN
    SELECT RAISE(ABORT, 'a billed time entry cannot be replaced')
    WHERE EXISTS (SELECT 1 FROM time_entries AS o WHERE o.id <> OLD.id
                  AND o.invoice_id IS NOT NULL AND (o.id = NEW.id OR o.uid = NEW.uid));
END;
""",
    )


@migrations(name="0005_billing_identity_and_credit_notes")
def m0005_billing_identity_and_credit_notes(db: Database) -> None:
    """Billing identity on clients, per-line VAT, service period, credit notes.

    A credit note is an invoice row of ``kind = 'credit_note'`` that refers to the
    issued invoice it corrects (``credited_invoice_id``), numbered in the same gapless
    series, with negative amounts; each of its lines reverses one line of that invoice
    (``credited_line_id``, at most once). The credited invoice itself never changes:
    "credited" is read from its credit notes. Issued invoices can no longer be voided
    (rows voided by older versions stay as they are), and the immutability trigger now
    covers every new column.
    """
    run_script(
        db,
        """
ALTER TABLE clients ADD COLUMN legal_name TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN billing_address TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN country TEXT NOT NULL DEFAULT ''
    CHECK (country = '' OR (length(country) = 2 AND country = upper(country)));
ALTER TABLE clients ADD COLUMN vat_id TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN tax_id TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN billing_email TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN billing_contact TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN payment_days INTEGER
    CHECK (payment_days IS NULL OR (typeof(payment_days) = 'integer'
                                    AND payment_days BETWEEN 0 AND 365));
ALTER TABLE clients ADD COLUMN invoice_language TEXT NOT NULL DEFAULT 'en'
    CHECK (invoice_language IN ('en', 'de'));
ALTER TABLE clients ADD COLUMN buyer_reference TEXT NOT NULL DEFAULT '';

ALTER TABLE invoices ADD COLUMN kind TEXT NOT NULL DEFAULT 'invoice'
    CHECK (kind IN ('invoice', 'credit_note'));
ALTER TABLE invoices ADD COLUMN credited_invoice_id INTEGER
    REFERENCES invoices(id) ON DELETE RESTRICT;
ALTER TABLE invoices ADD COLUMN credit_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE invoices ADD COLUMN service_start TEXT;
ALTER TABLE invoices ADD COLUMN service_end TEXT;
ALTER TABLE invoices ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
    CHECK (language IN ('en', 'de'));
ALTER TABLE invoices ADD COLUMN buyer_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE invoices ADD COLUMN tax_case TEXT NOT NULL DEFAULT 'domestic'
    CHECK (tax_case IN ('domestic', 'reverse_charge', 'small_business', 'outside_eu'));
CREATE INDEX invoices_credited ON invoices(credited_invoice_id);

ALTER TABLE invoice_lines ADD COLUMN tax_rate TEXT;
ALTER TABLE invoice_lines ADD COLUMN tax_category TEXT NOT NULL DEFAULT 'S'
    CHECK (tax_category IN ('S', 'Z', 'E', 'AE', 'O', 'K', 'G', 'L', 'M'));
ALTER TABLE invoice_lines ADD COLUMN credited_line_id INTEGER
    REFERENCES invoice_lines(id) ON DELETE RESTRICT;
CREATE UNIQUE INDEX invoice_lines_credited_once ON invoice_lines(credited_line_id)
    WHERE credited_line_id IS NOT NULL;

DROP TRIGGER invoices_immutable;
CREATE TRIGGER invoices_immutable BEFORE UPDATE ON invoices
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed; issue a credit note instead')
    WHERE NOT (OLD.status = 'issued' AND NEW.status = 'paid')
       OR NEW.uid IS NOT OLD.uid OR NEW.client_id IS NOT OLD.client_id
       OR NEW.currency IS NOT OLD.currency OR NEW.series IS NOT OLD.series
       OR NEW.seq IS NOT OLD.seq OR NEW.number IS NOT OLD.number
       OR NEW.issue_date IS NOT OLD.issue_date OR NEW.due_date IS NOT OLD.due_date
       OR NEW.tax_rate IS NOT OLD.tax_rate OR NEW.subtotal_minor IS NOT OLD.subtotal_minor
       OR NEW.tax_minor IS NOT OLD.tax_minor OR NEW.total_minor IS NOT OLD.total_minor
       OR NEW.payment_terms IS NOT OLD.payment_terms OR NEW.notes IS NOT OLD.notes
       OR NEW.seller IS NOT OLD.seller OR NEW.buyer IS NOT OLD.buyer
       OR NEW.created_at IS NOT OLD.created_at OR NEW.void_reason IS NOT OLD.void_reason
       OR NEW.kind IS NOT OLD.kind OR NEW.credited_invoice_id IS NOT OLD.credited_invoice_id
       OR NEW.credit_reason IS NOT OLD.credit_reason
       OR NEW.service_start IS NOT OLD.service_start
       OR NEW.service_end IS NOT OLD.service_end OR NEW.language IS NOT OLD.language
       OR NEW.buyer_reference IS NOT OLD.buyer_reference
       OR NEW.tax_case IS NOT OLD.tax_case;
END;

DROP TRIGGER invoices_no_delete;
CREATE TRIGGER invoices_no_delete BEFORE DELETE ON invoices
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be deleted; issue a credit note instead');
END;

-- A credit note corrects one issued invoice of the same client and currency, has
-- a reason, and credits (negative amounts) only lines of that invoice.
CREATE TRIGGER invoices_credit_note_issue BEFORE UPDATE OF status ON invoices
WHEN OLD.status = 'draft' AND NEW.status = 'issued' AND NEW.kind = 'credit_note'
BEGIN
    SELECT RAISE(ABORT, 'a credit note must refer to an issued invoice')
    WHERE NOT EXISTS (SELECT 1 FROM invoices AS o WHERE o.id = NEW.credited_invoice_id
                      AND o.kind = 'invoice' AND o.status IN ('issued', 'paid')
                      AND o.client_id = NEW.client_id AND o.currency = NEW.currency);
    SELECT RAISE(ABORT, 'a credit note needs a reason')
    WHERE length(trim(NEW.credit_reason)) = 0;
    SELECT RAISE(ABORT,
        'a credit note credits only lines of its invoice, with amounts of zero or less')
    WHERE NEW.total_minor > 0 OR EXISTS (
        SELECT 1 FROM invoice_lines AS l WHERE l.invoice_id = NEW.id
        AND (l.amount_minor > 0 OR l.credited_line_id IS NULL
             OR (SELECT invoice_id FROM invoice_lines WHERE id = l.credited_line_id)
                IS NOT NEW.credited_invoice_id));
END;
CREATE TRIGGER invoices_kind_consistent BEFORE UPDATE OF status ON invoices
WHEN OLD.status = 'draft' AND NEW.status = 'issued' AND NEW.kind = 'invoice'
BEGIN
    SELECT RAISE(ABORT, 'only a credit note refers to another invoice')
    WHERE NEW.credited_invoice_id IS NOT NULL OR EXISTS (
        SELECT 1 FROM invoice_lines WHERE invoice_id = NEW.id
        AND credited_line_id IS NOT NULL);
END;
""",
    )


@migrations(name="0006_client_default_model")
def m0006_client_default_model(db: Database) -> None:
    """A default model per client (``""``: the settings' defaults), and the identity of
    the e-mail a conversation was opened from (``"mid:<Message-ID>"`` or
    ``"sha256:<content hash>"``), so opening the same e-mail twice finds it."""
    run_script(
        db,
        """
ALTER TABLE clients ADD COLUMN default_model TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN source_key TEXT NOT NULL DEFAULT '';
CREATE INDEX conversations_source_key ON conversations(source_key) WHERE source_key <> '';
""",
    )


@migrations(name="0007_credit_note_guards")
def m0007_credit_note_guards(db: Database) -> None:
    """Close three ways around the credit-note rules found by review.

    - An issued invoice or credit note is only ever made by issuing a draft (so every
      check on issue runs): a row inserted as issued is refused.
    - ``INSERT OR REPLACE`` on a line whose ``credited_line_id`` collides with a line
      of an issued credit note would delete that line (the unique index resolves the
      conflict by deleting): refused before conflict resolution.
    - A credit-note line reverses its line exactly: the negated quantity and amount,
      the same unit price.
    """
    run_script(
        db,
        """
CREATE TRIGGER invoices_issued_only_from_draft BEFORE INSERT ON invoices
WHEN NEW.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an invoice is issued from a draft, never inserted as issued');
END;

CREATE TRIGGER invoice_lines_credit_no_replace BEFORE INSERT ON invoice_lines
WHEN NEW.credited_line_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'this line is already credited by an issued credit note')
    WHERE EXISTS (SELECT 1 FROM invoice_lines AS l JOIN invoices AS i ON i.id = l.invoice_id
                  WHERE l.credited_line_id = NEW.credited_line_id AND i.status <> 'draft');
END;
CREATE TRIGGER invoice_lines_credit_no_replace_update
BEFORE UPDATE OF credited_line_id ON invoice_lines
WHEN NEW.credited_line_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'this line is already credited by an issued credit note')
    WHERE EXISTS (SELECT 1 FROM invoice_lines AS l JOIN invoices AS i ON i.id = l.invoice_id
                  WHERE l.credited_line_id = NEW.credited_line_id AND l.id <> OLD.id
                    AND i.status <> 'draft');
END;

CREATE TRIGGER invoices_credit_note_exact BEFORE UPDATE OF status ON invoices
WHEN OLD.status = 'draft' AND NEW.status = 'issued' AND NEW.kind = 'credit_note'
BEGIN
    SELECT RAISE(ABORT, 'a credit-note line must reverse its line exactly')
    WHERE EXISTS (
        SELECT 1 FROM invoice_lines AS l JOIN invoice_lines AS o ON o.id = l.credited_line_id
        WHERE l.invoice_id = NEW.id
          AND (l.amount_minor <> -o.amount_minor OR l.unit_price_minor <> o.unit_price_minor
               OR CAST(l.quantity AS REAL) <> -CAST(o.quantity AS REAL)));
END;
""",
    )


@migrations(name="0008_message_versions")
def m0008_message_versions(db: Database) -> None:
    """Versions of a turn: regenerating a reply or editing a sent message keeps the
    earlier text (DESIGN.md: nothing is lost).

    Messages form a tree: ``parent_id`` is the message a message follows (``NULL``:
    the first of its conversation). Siblings of one role are versions of one turn;
    ``chosen`` marks the version shown (and sent as history) among its siblings, and
    ``hidden`` caches "not on the chosen path" so reading a conversation stays one
    indexed query. Existing conversations become a single path.
    """
    run_script(
        db,
        """
ALTER TABLE messages ADD COLUMN parent_id INTEGER;
ALTER TABLE messages ADD COLUMN chosen INTEGER NOT NULL DEFAULT 1 CHECK (chosen IN (0, 1));
ALTER TABLE messages ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));
UPDATE messages SET parent_id = (
    SELECT p.id FROM messages AS p
    WHERE p.conversation_id = messages.conversation_id
      AND (p.created_at, p.id) < (messages.created_at, messages.id)
    ORDER BY p.created_at DESC, p.id DESC LIMIT 1);
CREATE INDEX messages_parent ON messages(conversation_id, parent_id);
""",
    )


# The text a message contributes to ``messages_fts.user_text``: a user message's
# content, then (for a stored e-mail) the text of its attachments. Written once here
# so the view, the triggers and the index always agree (an external-content FTS5
# index must be told exactly the values it indexed when a row is removed).
def _user_text(row: str) -> str:
    return (
        f"CASE WHEN {row}.role = 'user' THEN {row}.content || coalesce(("
        "SELECT char(10) || char(10) || mm.attachment_text FROM mail_messages AS mm"
        f" WHERE mm.message_row = {row}.id AND mm.attachment_text <> ''), '')"
        " ELSE '' END"
    )


def _model_text(row: str) -> str:
    return f"CASE WHEN {row}.role = 'user' THEN '' ELSE {row}.content END"


def _scope(row: str) -> str:
    return f"(SELECT 'c' || client_id FROM conversations WHERE id = {row}.conversation_id)"


@migrations(name="0009_mail")
def m0009_mail(db: Database) -> None:
    """Mail (issue #16): a mail thread is a conversation of ``kind = 'mail'``; every
    stored e-mail is one ``messages`` row (its new text) plus one ``mail_messages``
    row (its headers, where it came from, its attachments' text); ``mail_folders``
    holds the incremental IMAP sync state.

    The text of an e-mail's attachments is searchable through the same index as
    messages: ``messages_fts_source.user_text`` is the content followed by the
    attachment text. The message triggers are recreated to read it, and triggers on
    ``mail_messages`` re-index its message when the mail row comes or goes. A
    message's mail row is removed first (``messages_delete_mail``), while the message
    still exists, so the index is never told different values than it holds.
    ``INSERT OR REPLACE`` on ``mail_messages`` is refused (a replaced row's delete
    fires no trigger and would leave stale attachment text in the index).
    """
    old_user = _user_text("OLD")
    new_user = _user_text("NEW")
    msg_user = _user_text("m")
    run_script(
        db,
        f"""
ALTER TABLE conversations ADD COLUMN kind TEXT NOT NULL DEFAULT 'chat'
    CHECK (kind IN ('chat', 'mail'));

CREATE TABLE mail_messages (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    message_key TEXT NOT NULL UNIQUE CHECK (length(message_key) > 0),
    message_row INTEGER REFERENCES messages(id) ON DELETE CASCADE,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    conversation_id INTEGER REFERENCES conversations(id) ON DELETE CASCADE,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    from_addr TEXT NOT NULL DEFAULT '',
    from_name TEXT NOT NULL DEFAULT '',
    to_addrs TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(to_addrs)),
    cc_addrs TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(cc_addrs)),
    subject TEXT NOT NULL DEFAULT '',
    sent_at TEXT NOT NULL,
    in_reply_to TEXT NOT NULL DEFAULT '',
    references_ TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(references_)),
    attachments TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attachments)),
    attachment_text TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL CHECK (source IN ('imap', 'mbox', 'maildir', 'eml')),
    account TEXT NOT NULL DEFAULT '',
    folder TEXT NOT NULL DEFAULT '',
    uidvalidity INTEGER,
    imap_uid INTEGER,
    handled INTEGER NOT NULL DEFAULT 0 CHECK (handled IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT {_NOW}
);
CREATE UNIQUE INDEX mail_messages_imap ON mail_messages(account, folder, uidvalidity, imap_uid)
    WHERE imap_uid IS NOT NULL;
CREATE INDEX mail_messages_inbox ON mail_messages(client_id, handled, sent_at);
CREATE INDEX mail_messages_conversation ON mail_messages(conversation_id);
CREATE UNIQUE INDEX mail_messages_row ON mail_messages(message_row);
CREATE INDEX conversations_kind ON conversations(client_id, kind) WHERE kind = 'mail';

CREATE TABLE mail_folders (
    account TEXT NOT NULL,
    folder TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    last_uid INTEGER NOT NULL DEFAULT 0 CHECK (last_uid >= 0),
    synced_at TEXT NOT NULL DEFAULT {_NOW},
    PRIMARY KEY (account, folder)
);

-- The e-mail's message and thread belong to its client.
CREATE TRIGGER mail_messages_same_client BEFORE INSERT ON mail_messages
BEGIN
    SELECT RAISE(ABORT, 'a stored e-mail belongs to the client of its conversation')
    WHERE NEW.conversation_id IS NOT NULL
      AND (SELECT client_id FROM conversations WHERE id = NEW.conversation_id)
          IS NOT NEW.client_id;
    SELECT RAISE(ABORT, 'a stored e-mail cannot be replaced')
    WHERE EXISTS (SELECT 1 FROM mail_messages AS o
                  WHERE o.id = NEW.id OR o.uid = NEW.uid OR o.message_key = NEW.message_key
                     OR o.message_row = NEW.message_row
                     OR (NEW.imap_uid IS NOT NULL AND o.imap_uid = NEW.imap_uid
                         AND o.account = NEW.account AND o.folder = NEW.folder
                         AND o.uidvalidity IS NEW.uidvalidity));
END;
CREATE TRIGGER mail_messages_no_replace_update
BEFORE UPDATE OF id, uid, message_key, message_row, account, folder, uidvalidity, imap_uid
ON mail_messages
BEGIN
    SELECT RAISE(ABORT, 'a stored e-mail cannot be replaced')
    WHERE EXISTS (SELECT 1 FROM mail_messages AS o WHERE o.id <> OLD.id
                  AND (o.id = NEW.id OR o.uid = NEW.uid OR o.message_key = NEW.message_key
                       OR o.message_row = NEW.message_row
                       OR (NEW.imap_uid IS NOT NULL AND o.imap_uid = NEW.imap_uid
                           AND o.account = NEW.account AND o.folder = NEW.folder
                           AND o.uidvalidity IS NEW.uidvalidity)));
END;

DROP TRIGGER messages_fts_insert;
DROP TRIGGER messages_fts_delete;
DROP TRIGGER messages_fts_update;
DROP VIEW messages_fts_source;

CREATE VIEW messages_fts_source AS
    SELECT m.id,
           {msg_user} AS user_text,
           {_model_text("m")} AS model_text,
           'c' || c.client_id AS scope
    FROM messages m JOIN conversations c ON c.id = m.conversation_id;

CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts(rowid, user_text, model_text, scope) VALUES (
        NEW.id, {new_user}, {_model_text("NEW")}, {_scope("NEW")});
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, user_text, model_text, scope) VALUES (
        'delete', OLD.id, {old_user}, {_model_text("OLD")}, {_scope("OLD")});
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, role ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, user_text, model_text, scope) VALUES (
        'delete', OLD.id, {old_user},
        {_model_text("OLD")}, {_scope("OLD")});
    INSERT INTO messages_fts(rowid, user_text, model_text, scope) VALUES (
        NEW.id, {new_user}, {_model_text("NEW")}, {_scope("NEW")});
END;

-- A message's mail row goes first, while the message exists, so the index entry is
-- back to the content alone when ``messages_fts_delete`` removes it.
CREATE TRIGGER messages_delete_mail BEFORE DELETE ON messages BEGIN
    DELETE FROM mail_messages WHERE message_row = OLD.id;
END;

CREATE TRIGGER mail_messages_fts_insert AFTER INSERT ON mail_messages
WHEN NEW.attachment_text <> '' AND NEW.message_row IS NOT NULL
BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, user_text, model_text, scope)
    SELECT 'delete', m.id, CASE WHEN m.role = 'user' THEN m.content ELSE '' END,
           {_model_text("m")}, {_scope("m")}
    FROM messages AS m WHERE m.id = NEW.message_row;
    INSERT INTO messages_fts(rowid, user_text, model_text, scope)
    SELECT m.id, {msg_user}, {_model_text("m")}, {_scope("m")}
    FROM messages AS m WHERE m.id = NEW.message_row;
END;
CREATE TRIGGER mail_messages_fts_delete AFTER DELETE ON mail_messages
WHEN OLD.attachment_text <> '' AND OLD.message_row IS NOT NULL
BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, user_text, model_text, scope)
    SELECT 'delete', m.id,
           CASE WHEN m.role = 'user'
                THEN m.content || char(10) || char(10) || OLD.attachment_text ELSE '' END,
           {_model_text("m")}, {_scope("m")}
    FROM messages AS m WHERE m.id = OLD.message_row;
    INSERT INTO messages_fts(rowid, user_text, model_text, scope)
    SELECT m.id, {msg_user}, {_model_text("m")}, {_scope("m")}
    FROM messages AS m WHERE m.id = OLD.message_row;
END;
CREATE TRIGGER mail_messages_text_fixed
BEFORE UPDATE OF attachment_text, message_row ON mail_messages
WHEN NEW.attachment_text IS NOT OLD.attachment_text
  OR NEW.message_row IS NOT OLD.message_row
BEGIN
    SELECT RAISE(ABORT, 'the text of a stored e-mail''s attachments cannot be changed');
END;
""",
    )


def _bump(column: str, client: str) -> str:
    """One statement for a trigger: add one to ``column`` of the client ``client``
    (an SQL expression, a subquery or a column of OLD/NEW) in ``client_revisions``."""
    return (
        f"INSERT INTO client_revisions (client_id, {column}) SELECT cid, 1 FROM"
        f" (SELECT ({client}) AS cid) WHERE cid IS NOT NULL"
        f" ON CONFLICT (client_id) DO UPDATE SET {column} = {column} + 1;"
    )


def _stamp_vectors(message: str) -> str:
    """One statement for a trigger, after :func:`_bump` raised the client's
    ``vectors``: the conversation of message ``message`` takes that value."""
    return (
        "UPDATE conversation_revisions SET vectors = (SELECT r.vectors FROM client_revisions"
        " AS r WHERE r.client_id = conversation_revisions.client_id)"
        f" WHERE conversation_id = (SELECT conversation_id FROM messages WHERE id = {message});"
    )


def _stamp(conversation: str) -> str:
    """One statement for a trigger, after :func:`_bump` raised the client's
    ``messages``: conversation ``conversation`` takes that value as its revision."""
    return (
        "INSERT INTO conversation_revisions (conversation_id, client_id, revision)"
        " SELECT c.id, c.client_id, r.messages FROM conversations AS c"
        f" JOIN client_revisions AS r ON r.client_id = c.client_id WHERE c.id = {conversation}"
        " ON CONFLICT (conversation_id) DO UPDATE SET"
        " client_id = excluded.client_id, revision = excluded.revision;"
    )


@migrations(name="0010_client_revisions")
def m0010_client_revisions(db: Database) -> None:
    """A counter per client that triggers raise whenever what retrieval reads of
    that client changes: ``messages`` for its messages and conversation titles
    (added, edited, removed; messages and conversations never move), ``vectors`` for
    its messages' embeddings. Retrieval's caches (the exchange index, the loaded
    vectors) compare it with the value they were built at: one indexed row, where
    counting the client's messages took ~10 ms per query at 100 000 messages.

    Only a change of a column retrieval reads raises it (a draft saved while typing,
    a picked model, a row written again unchanged or a reply's partial text while it
    streams — never offered — do not). Rows outlive their
    client (no foreign key; deleting a client raises both): ids of deleted clients
    can be reused, and a reused id must never show a revision its predecessor's
    cache was built at.

    ``conversation_revisions`` says which conversations changed: each takes its
    client's ``messages`` value when it changes (``revision``) and its ``vectors``
    value when one of its messages' vectors does (so neither repeats within a
    client, a reused conversation id included); its row goes with it. After a
    send, the index reads only the changed conversation's messages instead of the
    client's whole history (~35-60 ms at ~2 000 messages of 1.5 kB, spread over a
    large file), and the vector cache only the changed conversation's vectors.
    Existing conversations start at revision 0, below any raised value.
    """
    conv_of = "SELECT client_id FROM conversations WHERE id = {row}.conversation_id"
    vec_of = (
        "SELECT c.client_id FROM messages AS m JOIN conversations AS c"
        " ON c.id = m.conversation_id WHERE m.id = {row}.message_id"
    )
    run_script(
        db,
        f"""
CREATE TABLE client_revisions (
    client_id INTEGER PRIMARY KEY,
    messages INTEGER NOT NULL DEFAULT 0,
    vectors INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE conversation_revisions (
    conversation_id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    vectors INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conversation_revisions_client ON conversation_revisions(client_id);
INSERT INTO conversation_revisions (conversation_id, client_id, revision)
SELECT id, client_id, 0 FROM conversations;
CREATE TRIGGER conversations_revision_insert AFTER INSERT ON conversations BEGIN
    {_bump("messages", "NEW.client_id")}
    {_stamp("NEW.id")}
END;
CREATE TRIGGER messages_revision_insert AFTER INSERT ON messages BEGIN
    {_bump("messages", conv_of.format(row="NEW"))}
    {_stamp("NEW.conversation_id")}
END;
CREATE TRIGGER messages_revision_update
AFTER UPDATE OF role, content, status, created_at ON messages
WHEN (NEW.role IS NOT OLD.role OR NEW.content IS NOT OLD.content
  OR NEW.status IS NOT OLD.status OR NEW.created_at IS NOT OLD.created_at)
  AND NOT (OLD.status = 'streaming' AND NEW.status = 'streaming')
BEGIN
    {_bump("messages", conv_of.format(row="NEW"))}
    {_stamp("NEW.conversation_id")}
END;
CREATE TRIGGER messages_revision_delete AFTER DELETE ON messages BEGIN
    {_bump("messages", conv_of.format(row="OLD"))}
    {_stamp("OLD.conversation_id")}
END;
CREATE TRIGGER conversations_revision_update AFTER UPDATE OF title ON conversations
WHEN NEW.title IS NOT OLD.title
BEGIN
    {_bump("messages", "NEW.client_id")}
    {_stamp("NEW.id")}
END;
CREATE TRIGGER conversations_revision_delete AFTER DELETE ON conversations BEGIN
    {_bump("messages", "OLD.client_id")}
    DELETE FROM conversation_revisions WHERE conversation_id = OLD.id;
END;
CREATE TRIGGER message_embeddings_revision_insert AFTER INSERT ON message_embeddings BEGIN
    {_bump("vectors", vec_of.format(row="NEW"))}
    {_stamp_vectors("NEW.message_id")}
END;
CREATE TRIGGER message_embeddings_revision_update AFTER UPDATE ON message_embeddings BEGIN
    {_bump("vectors", vec_of.format(row="NEW"))}
    {_stamp_vectors("NEW.message_id")}
END;
CREATE TRIGGER message_embeddings_revision_delete AFTER DELETE ON message_embeddings BEGIN
    {_bump("vectors", vec_of.format(row="OLD"))}
    {_stamp_vectors("OLD.message_id")}
END;
CREATE TRIGGER clients_revision_delete AFTER DELETE ON clients BEGIN
    {_bump("messages", "OLD.id")}
    {_bump("vectors", "OLD.id")}
END;
""",
    )
