-- index audit_log_client
CREATE INDEX audit_log_client ON audit_log(client_id, created_at);

-- index client_domains_client
CREATE INDEX client_domains_client ON client_domains(client_id);

-- index contacts_client
CREATE INDEX contacts_client ON contacts(client_id);

-- index conversation_revisions_client
CREATE INDEX conversation_revisions_client ON conversation_revisions(client_id);

-- index conversations_client
CREATE INDEX conversations_client ON conversations(client_id, updated_at);

-- index conversations_kind
CREATE INDEX conversations_kind ON conversations(client_id, kind) WHERE kind = 'mail';

-- index conversations_source_key
CREATE INDEX conversations_source_key ON conversations(source_key) WHERE source_key <> '';

-- index idx__sqlite_migrations_migration_set_name
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");

-- index invoice_lines_credited_once
CREATE UNIQUE INDEX invoice_lines_credited_once ON invoice_lines(credited_line_id)
    WHERE credited_line_id IS NOT NULL;

-- index invoice_lines_entry
CREATE INDEX invoice_lines_entry ON invoice_lines(time_entry_id);

-- index invoice_lines_invoice
CREATE INDEX invoice_lines_invoice ON invoice_lines(invoice_id, position);

-- index invoices_client
CREATE INDEX invoices_client ON invoices(client_id, status);

-- index invoices_credited
CREATE INDEX invoices_credited ON invoices(credited_invoice_id);

-- index mail_messages_conversation
CREATE INDEX mail_messages_conversation ON mail_messages(conversation_id);

-- index mail_messages_imap
CREATE UNIQUE INDEX mail_messages_imap ON mail_messages(account, folder, uidvalidity, imap_uid)
    WHERE imap_uid IS NOT NULL;

-- index mail_messages_inbox
CREATE INDEX mail_messages_inbox ON mail_messages(client_id, handled, sent_at);

-- index mail_messages_row
CREATE UNIQUE INDEX mail_messages_row ON mail_messages(message_row);

-- index messages_conversation
CREATE INDEX messages_conversation ON messages(conversation_id, created_at, id);

-- index messages_parent
CREATE INDEX messages_parent ON messages(conversation_id, parent_id);

-- index messages_status
CREATE INDEX messages_status ON messages(status) WHERE status = 'streaming';

-- index time_entries_client
CREATE INDEX time_entries_client ON time_entries(client_id, work_date);

-- index time_entries_invoice
CREATE INDEX time_entries_invoice ON time_entries(invoice_id);

-- table _sqlite_migrations
CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);

-- table audit_log
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    client_id INTEGER REFERENCES clients(id) ON DELETE SET NULL,
    chars_sent INTEGER NOT NULL DEFAULT 0,
    redactions INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
, purpose TEXT NOT NULL DEFAULT 'chat');

-- table client_domains
CREATE TABLE client_domains (
    domain TEXT PRIMARY KEY
        CHECK (domain = lower(trim(domain)) AND instr(domain, '.') > 1
               AND instr(domain, '@') = 0),
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE
);

-- table client_revisions
CREATE TABLE client_revisions (
    client_id INTEGER PRIMARY KEY,
    messages INTEGER NOT NULL DEFAULT 0,
    vectors INTEGER NOT NULL DEFAULT 0
);

-- table clients
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
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'))
, redact_always TEXT NOT NULL DEFAULT '', redact_never TEXT NOT NULL DEFAULT '', legal_name TEXT NOT NULL DEFAULT '', billing_address TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT ''
    CHECK (country = '' OR (length(country) = 2 AND country = upper(country))), vat_id TEXT NOT NULL DEFAULT '', tax_id TEXT NOT NULL DEFAULT '', billing_email TEXT NOT NULL DEFAULT '', billing_contact TEXT NOT NULL DEFAULT '', payment_days INTEGER
    CHECK (payment_days IS NULL OR (typeof(payment_days) = 'integer'
                                    AND payment_days BETWEEN 0 AND 365)), invoice_language TEXT NOT NULL DEFAULT 'en'
    CHECK (invoice_language IN ('en', 'de')), buyer_reference TEXT NOT NULL DEFAULT '', default_model TEXT NOT NULL DEFAULT '');

-- table clients_fts
CREATE VIRTUAL TABLE clients_fts USING fts5(
    name, organization, notes, glossary,
    content = 'clients', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- table clients_fts_config
CREATE TABLE 'clients_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table clients_fts_data
CREATE TABLE 'clients_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table clients_fts_docsize
CREATE TABLE 'clients_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table clients_fts_idx
CREATE TABLE 'clients_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table contacts
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE
        CHECK (email COLLATE BINARY = lower(trim(email)) AND instr(email, '@') > 1),
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'))
);

-- table conversation_revisions
CREATE TABLE conversation_revisions (
    conversation_id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    vectors INTEGER NOT NULL DEFAULT 0
);

-- table conversations
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
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'))
, source_key TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'chat'
    CHECK (kind IN ('chat', 'mail')));

-- table invoice_lines
CREATE TABLE invoice_lines (
    id INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    description TEXT NOT NULL,
    quantity TEXT NOT NULL,
    unit_price_minor INTEGER NOT NULL CHECK (typeof(unit_price_minor) = 'integer'),
    amount_minor INTEGER NOT NULL CHECK (typeof(amount_minor) = 'integer'),
    time_entry_id INTEGER REFERENCES time_entries(id) ON DELETE RESTRICT
, tax_rate TEXT, tax_category TEXT NOT NULL DEFAULT 'S'
    CHECK (tax_category IN ('S', 'Z', 'E', 'AE', 'O', 'K', 'G', 'L', 'M')), credited_line_id INTEGER
    REFERENCES invoice_lines(id) ON DELETE RESTRICT);

-- table invoice_series
CREATE TABLE invoice_series (
    series TEXT PRIMARY KEY,
    format TEXT NOT NULL DEFAULT '{year}-{seq:04d}'
);

-- table invoices
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
    seller TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(seller)),
    buyer TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(buyer)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')), kind TEXT NOT NULL DEFAULT 'invoice'
    CHECK (kind IN ('invoice', 'credit_note')), credited_invoice_id INTEGER
    REFERENCES invoices(id) ON DELETE RESTRICT, credit_reason TEXT NOT NULL DEFAULT '', service_start TEXT, service_end TEXT, language TEXT NOT NULL DEFAULT 'en'
    CHECK (language IN ('en', 'de')), buyer_reference TEXT NOT NULL DEFAULT '', tax_case TEXT NOT NULL DEFAULT 'domestic'
    CHECK (tax_case IN ('domestic', 'reverse_charge', 'small_business', 'outside_eu')),
    UNIQUE (series, seq),
    CHECK (total_minor = subtotal_minor + tax_minor),
    CHECK ((status = 'draft' AND seq IS NULL AND number IS NULL)
        OR (status <> 'draft' AND seq IS NOT NULL AND number IS NOT NULL
            AND issue_date IS NOT NULL)),
    CHECK (status <> 'void' OR length(trim(void_reason)) > 0),
    CHECK (status <> 'paid' OR paid_date IS NOT NULL)
);

-- table mail_folders
CREATE TABLE mail_folders (
    account TEXT NOT NULL,
    folder TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    last_uid INTEGER NOT NULL DEFAULT 0 CHECK (last_uid >= 0),
    synced_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    PRIMARY KEY (account, folder)
);

-- table mail_messages
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
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'))
);

-- table message_embeddings
CREATE TABLE message_embeddings (
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    dimensions INTEGER NOT NULL CHECK (dimensions > 0),
    vector BLOB NOT NULL CHECK (length(vector) = dimensions * 4),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    PRIMARY KEY (message_id, model)
);

-- table messages
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
    metadata TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'))
, parent_id INTEGER, chosen INTEGER NOT NULL DEFAULT 1 CHECK (chosen IN (0, 1)), hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)));

-- table messages_fts
CREATE VIRTUAL TABLE messages_fts USING fts5(
    user_text, model_text, scope,
    content = 'messages_fts_source', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- table messages_fts_config
CREATE TABLE 'messages_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table messages_fts_data
CREATE TABLE 'messages_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table messages_fts_docsize
CREATE TABLE 'messages_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table messages_fts_idx
CREATE TABLE 'messages_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table time_entries
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
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'))
);

-- trigger client_domains_no_public
CREATE TRIGGER client_domains_no_public BEFORE INSERT ON client_domains
WHEN NEW.domain IN ('gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'gmx.de', 'gmx.net', 'gmx.com', 'web.de', 'proton.me', 'protonmail.com', 'mail.com', 'yandex.ru', 'yandex.com', 'mail.ru', 'zoho.com', 'fastmail.com', 't-online.de', 'orange.fr', 'free.fr', 'libero.it', 'qq.com', '163.com', 'hey.com', 'tutanota.com')
BEGIN
    SELECT RAISE(ABORT, 'a public mail domain cannot be claimed by a client');
END;

-- trigger clients_fts_delete
CREATE TRIGGER clients_fts_delete AFTER DELETE ON clients BEGIN
    INSERT INTO clients_fts(clients_fts, rowid, name, organization, notes, glossary)
    VALUES ('delete', OLD.id, OLD.name, OLD.organization, OLD.notes, OLD.glossary);
END;

-- trigger clients_fts_insert
CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN
    INSERT INTO clients_fts(rowid, name, organization, notes, glossary)
    VALUES (NEW.id, NEW.name, NEW.organization, NEW.notes, NEW.glossary);
END;

-- trigger clients_fts_update
CREATE TRIGGER clients_fts_update
AFTER UPDATE OF name, organization, notes, glossary ON clients BEGIN
    INSERT INTO clients_fts(clients_fts, rowid, name, organization, notes, glossary)
    VALUES ('delete', OLD.id, OLD.name, OLD.organization, OLD.notes, OLD.glossary);
    INSERT INTO clients_fts(rowid, name, organization, notes, glossary)
    VALUES (NEW.id, NEW.name, NEW.organization, NEW.notes, NEW.glossary);
END;

-- trigger clients_revision_delete
CREATE TRIGGER clients_revision_delete AFTER DELETE ON clients BEGIN
    INSERT INTO client_revisions (client_id, messages) SELECT cid, 1 FROM (SELECT (OLD.id) AS cid) WHERE cid IS NOT NULL ON CONFLICT (client_id) DO UPDATE SET messages = messages + 1;
    INSERT INTO client_revisions (client_id, vectors) SELECT cid, 1 FROM (SELECT (OLD.id) AS cid) WHERE cid IS NOT NULL ON CONFLICT (client_id) DO UPDATE SET vectors = vectors + 1;
END;

-- trigger conversations_client_fixed
CREATE TRIGGER conversations_client_fixed BEFORE UPDATE OF client_id ON conversations
WHEN NEW.client_id IS NOT OLD.client_id
BEGIN
    SELECT RAISE(ABORT, 'a conversation belongs to exactly one client');
END;

-- trigger conversations_delete_messages
CREATE TRIGGER conversations_delete_messages BEFORE DELETE ON conversations BEGIN
    DELETE FROM messages WHERE conversation_id = OLD.id;
END;

-- trigger conversations_revision_delete
CREATE TRIGGER conversations_revision_delete AFTER DELETE ON conversations BEGIN
    INSERT INTO client_revisions (client_id, messages) SELECT cid, 1 FROM (SELECT (OLD.client_id) AS cid) WHERE cid IS NOT NULL ON CONFLICT (client_id) DO UPDATE SET messages = messages + 1;
    DELETE FROM conversation_revisions WHERE conversation_id = OLD.id;
END;

-- trigger conversations_revision_insert
CREATE TRIGGER conversations_revision_insert AFTER INSERT ON conversations BEGIN
    INSERT INTO client_revisions (client_id, messages) SELECT cid, 1 FROM (SELECT (NEW.client_id) AS cid) WHERE cid IS NOT NULL ON CONFLICT (client_id) DO UPDATE SET messages = messages + 1;
    INSERT INTO conversation_revisions (conversation_id, client_id, revision) SELECT c.id, c.client_id, r.messages FROM conversations AS c JOIN client_revisions AS r ON r.client_id = c.client_id WHERE c.id = NEW.id ON CONFLICT (conversation_id) DO UPDATE SET client_id = excluded.client_id, revision = excluded.revision;
END;

-- trigger conversations_revision_update
CREATE TRIGGER conversations_revision_update AFTER UPDATE OF title ON conversations
WHEN NEW.title IS NOT OLD.title
BEGIN
    INSERT INTO client_revisions (client_id, messages) SELECT cid, 1 FROM (SELECT (NEW.client_id) AS cid) WHERE cid IS NOT NULL ON CONFLICT (client_id) DO UPDATE SET messages = messages + 1;
    INSERT INTO conversation_revisions (conversation_id, client_id, revision) SELECT c.id, c.client_id, r.messages FROM conversations AS c JOIN client_revisions AS r ON r.client_id = c.client_id WHERE c.id = NEW.id ON CONFLICT (conversation_id) DO UPDATE SET client_id = excluded.client_id, revision = excluded.revision;
END;

-- trigger invoice_lines_claim_entry
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

-- trigger invoice_lines_credit_no_replace
CREATE TRIGGER invoice_lines_credit_no_replace BEFORE INSERT ON invoice_lines
WHEN NEW.credited_line_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'this line is already credited by an issued credit note')
    WHERE EXISTS (SELECT 1 FROM invoice_lines AS l JOIN invoices AS i ON i.id = l.invoice_id
                  WHERE l.credited_line_id = NEW.credited_line_id AND i.status <> 'draft');
END;

-- trigger invoice_lines_credit_no_replace_update
CREATE TRIGGER invoice_lines_credit_no_replace_update
BEFORE UPDATE OF credited_line_id ON invoice_lines
WHEN NEW.credited_line_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'this line is already credited by an issued credit note')
    WHERE EXISTS (SELECT 1 FROM invoice_lines AS l JOIN invoices AS i ON i.id = l.invoice_id
                  WHERE l.credited_line_id = NEW.credited_line_id AND l.id <> OLD.id
                    AND i.status <> 'draft');
END;

-- trigger invoice_lines_immutable_delete
CREATE TRIGGER invoice_lines_immutable_delete BEFORE DELETE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed');
END;

-- trigger invoice_lines_immutable_insert
CREATE TRIGGER invoice_lines_immutable_insert BEFORE INSERT ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = NEW.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed');
END;

-- trigger invoice_lines_immutable_update
CREATE TRIGGER invoice_lines_immutable_update BEFORE UPDATE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
  OR (SELECT status FROM invoices WHERE id = NEW.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed');
END;

-- trigger invoice_lines_mark_entry
CREATE TRIGGER invoice_lines_mark_entry AFTER INSERT ON invoice_lines
WHEN NEW.time_entry_id IS NOT NULL
BEGIN
    UPDATE time_entries SET invoice_id = NEW.invoice_id WHERE id = NEW.time_entry_id;
END;

-- trigger invoice_lines_no_replace_insert
CREATE TRIGGER invoice_lines_no_replace_insert BEFORE INSERT ON invoice_lines
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed')
    WHERE EXISTS (SELECT 1 FROM invoice_lines AS l JOIN invoices AS i ON i.id = l.invoice_id
                  WHERE l.id = NEW.id AND i.status <> 'draft');
END;

-- trigger invoice_lines_no_replace_update
CREATE TRIGGER invoice_lines_no_replace_update BEFORE UPDATE OF id ON invoice_lines
WHEN NEW.id IS NOT OLD.id
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed')
    WHERE EXISTS (SELECT 1 FROM invoice_lines AS l JOIN invoices AS i ON i.id = l.invoice_id
                  WHERE l.id = NEW.id AND i.status <> 'draft');
END;

-- trigger invoice_lines_release_entry
CREATE TRIGGER invoice_lines_release_entry AFTER DELETE ON invoice_lines
WHEN OLD.time_entry_id IS NOT NULL
BEGIN
    UPDATE time_entries SET invoice_id = NULL
    WHERE id = OLD.time_entry_id AND invoice_id IS OLD.invoice_id
      AND NOT EXISTS (SELECT 1 FROM invoice_lines
                      WHERE invoice_id = OLD.invoice_id
                        AND time_entry_id = OLD.time_entry_id);
END;

-- trigger invoices_credit_note_exact
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

-- trigger invoices_credit_note_issue
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

-- trigger invoices_gapless_insert
CREATE TRIGGER invoices_gapless_insert BEFORE INSERT ON invoices
WHEN NEW.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'invoice numbers must be gapless within a series')
    WHERE NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM invoices
                          WHERE series = NEW.series);
END;

-- trigger invoices_gapless_issue
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

-- trigger invoices_immutable
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

-- trigger invoices_issued_only_from_draft
CREATE TRIGGER invoices_issued_only_from_draft BEFORE INSERT ON invoices
WHEN NEW.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an invoice is issued from a draft, never inserted as issued');
END;

-- trigger invoices_kind_consistent
CREATE TRIGGER invoices_kind_consistent BEFORE UPDATE OF status ON invoices
WHEN OLD.status = 'draft' AND NEW.status = 'issued' AND NEW.kind = 'invoice'
BEGIN
    SELECT RAISE(ABORT, 'only a credit note refers to another invoice')
    WHERE NEW.credited_invoice_id IS NOT NULL OR EXISTS (
        SELECT 1 FROM invoice_lines WHERE invoice_id = NEW.id
        AND credited_line_id IS NOT NULL);
END;

-- trigger invoices_no_delete
CREATE TRIGGER invoices_no_delete BEFORE DELETE ON invoices
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be deleted; issue a credit note instead');
END;

-- trigger invoices_no_replace_insert
CREATE TRIGGER invoices_no_replace_insert BEFORE INSERT ON invoices
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be replaced')
    WHERE EXISTS (SELECT 1 FROM invoices AS o WHERE o.status <> 'draft'
                  AND (o.id = NEW.id OR o.uid = NEW.uid OR o.number = NEW.number
                       OR (o.series = NEW.series AND o.seq = NEW.seq)));
END;

-- trigger invoices_no_replace_update
CREATE TRIGGER invoices_no_replace_update BEFORE UPDATE ON invoices
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be replaced')
    WHERE EXISTS (SELECT 1 FROM invoices AS o WHERE o.id <> OLD.id AND o.status <> 'draft'
                  AND (o.id = NEW.id OR o.uid = NEW.uid OR o.number = NEW.number
                       OR (o.series = NEW.series AND o.seq = NEW.seq)));
END;

-- trigger invoices_void_releases_entries
CREATE TRIGGER invoices_void_releases_entries AFTER UPDATE OF status ON invoices
WHEN NEW.status = 'void' AND OLD.status = 'issued'
BEGIN
    UPDATE time_entries SET invoice_id = NULL WHERE invoice_id = NEW.id;
END;

-- trigger mail_messages_fts_delete
CREATE TRIGGER mail_messages_fts_delete AFTER DELETE ON mail_messages
WHEN OLD.attachment_text <> '' AND OLD.message_row IS NOT NULL
BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, user_text, model_text, scope)
    SELECT 'delete', m.id,
           CASE WHEN m.role = 'user'
                THEN m.content || char(10) || char(10) || OLD.attachment_text ELSE '' END,
           CASE WHEN m.role = 'user' THEN '' ELSE m.content END, (SELECT 'c' || client_id FROM conversations WHERE id = m.conversation_id)
    FROM messages AS m WHERE m.id = OLD.message_row;
    INSERT INTO messages_fts(rowid, user_text, model_text, scope)
    SELECT m.id, CASE WHEN m.role = 'user' THEN m.content || coalesce((SELECT char(10) || char(10) || mm.attachment_text FROM mail_messages AS mm WHERE mm.message_row = m.id AND mm.attachment_text <> ''), '') ELSE '' END, CASE WHEN m.role = 'user' THEN '' ELSE m.content END, (SELECT 'c' || client_id FROM conversations WHERE id = m.conversation_id)
    FROM messages AS m WHERE m.id = OLD.message_row;
END;

-- trigger mail_messages_fts_insert
CREATE TRIGGER mail_messages_fts_insert AFTER INSERT ON mail_messages
WHEN NEW.attachment_text <> '' AND NEW.message_row IS NOT NULL
BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, user_text, model_text, scope)
    SELECT 'delete', m.id, CASE WHEN m.role = 'user' THEN m.content ELSE '' END,
           CASE WHEN m.role = 'user' THEN '' ELSE m.content END, (SELECT 'c' || client_id FROM conversations WHERE id = m.conversation_id)
    FROM messages AS m WHERE m.id = NEW.message_row;
    INSERT INTO messages_fts(rowid, user_text, model_text, scope)
    SELECT m.id, CASE WHEN m.role = 'user' THEN m.content || coalesce((SELECT char(10) || char(10) || mm.attachment_text FROM mail_messages AS mm WHERE mm.message_row = m.id AND mm.attachment_text <> ''), '') ELSE '' END, CASE WHEN m.role = 'user' THEN '' ELSE m.content END, (SELECT 'c' || client_id FROM conversations WHERE id = m.conversation_id)
    FROM messages AS m WHERE m.id = NEW.message_row;
END;

-- trigger mail_messages_no_replace_update
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

-- trigger mail_messages_same_client
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

-- trigger mail_messages_text_fixed
CREATE TRIGGER mail_messages_text_fixed
BEFORE UPDATE OF attachment_text, message_row ON mail_messages
WHEN NEW.attachment_text IS NOT OLD.attachment_text
  OR NEW.message_row IS NOT OLD.message_row
BEGIN
    SELECT RAISE(ABORT, 'the text of a stored e-mail''s attachments cannot be changed');
END;

-- trigger message_embeddings_revision_delete
CREATE TRIGGER message_embeddings_revision_delete AFTER DELETE ON message_embeddings BEGIN
    INSERT INTO client_revisions (client_id, vectors) SELECT cid, 1 FROM (SELECT (SELECT c.client_id FROM messages AS m JOIN conversations AS c ON c.id = m.conversation_id WHERE m.id = OLD.message_id) AS cid) WHERE cid IS NOT NULL ON CONFLICT (client_id) DO UPDATE SET vectors = vectors + 1;
    UPDATE conversation_revisions SET vectors = (SELECT r.vectors FROM client_revisions AS r WHERE r.client_id = conversation_revisions.client_id) WHERE conversation_id = (SELECT conversation_id FROM messages WHERE id = OLD.message_id);
END;

-- trigger message_embeddings_revision_insert
CREATE TRIGGER message_embeddings_revision_insert AFTER INSERT ON message_embeddings BEGIN
    INSERT INTO client_revisions (client_id, vectors) SELECT cid, 1 FROM (SELECT (SELECT c.client_id FROM messages AS m JOIN conversations AS c ON c.id = m.conversation_id WHERE m.id = NEW.message_id) AS cid) WHERE cid IS NOT NULL ON CONFLICT (client_id) DO UPDATE SET vectors = vectors + 1;
    UPDATE conversation_revisions SET vectors = (SELECT r.vectors FROM client_revisions AS r WHERE r.client_id = conversation_revisions.client_id) WHERE conversation_id = (SELECT conversation_id FROM messages WHERE id = NEW.message_id);
END;

-- trigger message_embeddings_revision_update
CREATE TRIGGER message_embeddings_revision_update AFTER UPDATE ON message_embeddings BEGIN
    INSERT INTO client_revisions (client_id, vectors) SELECT cid, 1 FROM (SELECT (SELECT c.client_id FROM messages AS m JOIN conversations AS c ON c.id = m.conversation_id WHERE m.id = NEW.message_id) AS cid) WHERE cid IS NOT NULL ON CONFLICT (client_id) DO UPDATE SET vectors = vectors + 1;
    UPDATE conversation_revisions SET vectors = (SELECT r.vectors FROM client_revisions AS r WHERE r.client_id = conversation_revisions.client_id) WHERE conversation_id = (SELECT conversation_id FROM messages WHERE id = NEW.message_id);
END;

-- trigger messages_conversation_fixed
CREATE TRIGGER messages_conversation_fixed BEFORE UPDATE OF conversation_id ON messages
WHEN NEW.conversation_id IS NOT OLD.conversation_id
BEGIN
    SELECT RAISE(ABORT, 'a message belongs to exactly one conversation');
END;

-- trigger messages_delete_mail
CREATE TRIGGER messages_delete_mail BEFORE DELETE ON messages BEGIN
    DELETE FROM mail_messages WHERE message_row = OLD.id;
END;

-- trigger messages_fts_delete
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, user_text, model_text, scope) VALUES (
        'delete', OLD.id, CASE WHEN OLD.role = 'user' THEN OLD.content || coalesce((SELECT char(10) || char(10) || mm.attachment_text FROM mail_messages AS mm WHERE mm.message_row = OLD.id AND mm.attachment_text <> ''), '') ELSE '' END, CASE WHEN OLD.role = 'user' THEN '' ELSE OLD.content END, (SELECT 'c' || client_id FROM conversations WHERE id = OLD.conversation_id));
END;

-- trigger messages_fts_insert
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts(rowid, user_text, model_text, scope) VALUES (
        NEW.id, CASE WHEN NEW.role = 'user' THEN NEW.content || coalesce((SELECT char(10) || char(10) || mm.attachment_text FROM mail_messages AS mm WHERE mm.message_row = NEW.id AND mm.attachment_text <> ''), '') ELSE '' END, CASE WHEN NEW.role = 'user' THEN '' ELSE NEW.content END, (SELECT 'c' || client_id FROM conversations WHERE id = NEW.conversation_id));
END;

-- trigger messages_fts_update
CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, role ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, user_text, model_text, scope) VALUES (
        'delete', OLD.id, CASE WHEN OLD.role = 'user' THEN OLD.content || coalesce((SELECT char(10) || char(10) || mm.attachment_text FROM mail_messages AS mm WHERE mm.message_row = OLD.id AND mm.attachment_text <> ''), '') ELSE '' END,
        CASE WHEN OLD.role = 'user' THEN '' ELSE OLD.content END, (SELECT 'c' || client_id FROM conversations WHERE id = OLD.conversation_id));
    INSERT INTO messages_fts(rowid, user_text, model_text, scope) VALUES (
        NEW.id, CASE WHEN NEW.role = 'user' THEN NEW.content || coalesce((SELECT char(10) || char(10) || mm.attachment_text FROM mail_messages AS mm WHERE mm.message_row = NEW.id AND mm.attachment_text <> ''), '') ELSE '' END, CASE WHEN NEW.role = 'user' THEN '' ELSE NEW.content END, (SELECT 'c' || client_id FROM conversations WHERE id = NEW.conversation_id));
END;

-- trigger messages_revision_delete
CREATE TRIGGER messages_revision_delete AFTER DELETE ON messages BEGIN
    INSERT INTO client_revisions (client_id, messages) SELECT cid, 1 FROM (SELECT (SELECT client_id FROM conversations WHERE id = OLD.conversation_id) AS cid) WHERE cid IS NOT NULL ON CONFLICT (client_id) DO UPDATE SET messages = messages + 1;
    INSERT INTO conversation_revisions (conversation_id, client_id, revision) SELECT c.id, c.client_id, r.messages FROM conversations AS c JOIN client_revisions AS r ON r.client_id = c.client_id WHERE c.id = OLD.conversation_id ON CONFLICT (conversation_id) DO UPDATE SET client_id = excluded.client_id, revision = excluded.revision;
END;

-- trigger messages_revision_insert
CREATE TRIGGER messages_revision_insert AFTER INSERT ON messages BEGIN
    INSERT INTO client_revisions (client_id, messages) SELECT cid, 1 FROM (SELECT (SELECT client_id FROM conversations WHERE id = NEW.conversation_id) AS cid) WHERE cid IS NOT NULL ON CONFLICT (client_id) DO UPDATE SET messages = messages + 1;
    INSERT INTO conversation_revisions (conversation_id, client_id, revision) SELECT c.id, c.client_id, r.messages FROM conversations AS c JOIN client_revisions AS r ON r.client_id = c.client_id WHERE c.id = NEW.conversation_id ON CONFLICT (conversation_id) DO UPDATE SET client_id = excluded.client_id, revision = excluded.revision;
END;

-- trigger messages_revision_update
CREATE TRIGGER messages_revision_update
AFTER UPDATE OF role, content, status, created_at ON messages
WHEN (NEW.role IS NOT OLD.role OR NEW.content IS NOT OLD.content
  OR NEW.status IS NOT OLD.status OR NEW.created_at IS NOT OLD.created_at)
  AND NOT (OLD.status = 'streaming' AND NEW.status = 'streaming')
BEGIN
    INSERT INTO client_revisions (client_id, messages) SELECT cid, 1 FROM (SELECT (SELECT client_id FROM conversations WHERE id = NEW.conversation_id) AS cid) WHERE cid IS NOT NULL ON CONFLICT (client_id) DO UPDATE SET messages = messages + 1;
    INSERT INTO conversation_revisions (conversation_id, client_id, revision) SELECT c.id, c.client_id, r.messages FROM conversations AS c JOIN client_revisions AS r ON r.client_id = c.client_id WHERE c.id = NEW.conversation_id ON CONFLICT (conversation_id) DO UPDATE SET client_id = excluded.client_id, revision = excluded.revision;
END;

-- trigger time_entries_billed_frozen
CREATE TRIGGER time_entries_billed_frozen BEFORE UPDATE ON time_entries
WHEN OLD.invoice_id IS NOT NULL
 AND (SELECT status FROM invoices WHERE id = OLD.invoice_id) IN ('issued', 'paid')
 AND (NEW.minutes IS NOT OLD.minutes OR NEW.rate_minor IS NOT OLD.rate_minor
      OR NEW.currency IS NOT OLD.currency OR NEW.client_id IS NOT OLD.client_id
      OR NEW.work_date IS NOT OLD.work_date OR NEW.description IS NOT OLD.description)
BEGIN
    SELECT RAISE(ABORT, 'a time entry on an issued invoice cannot be changed');
END;

-- trigger time_entries_billed_no_delete
CREATE TRIGGER time_entries_billed_no_delete BEFORE DELETE ON time_entries
WHEN OLD.invoice_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a billed time entry cannot be deleted');
END;

-- trigger time_entries_no_replace_insert
CREATE TRIGGER time_entries_no_replace_insert BEFORE INSERT ON time_entries
BEGIN
    SELECT RAISE(ABORT, 'a billed time entry cannot be replaced')
    WHERE EXISTS (SELECT 1 FROM time_entries AS o WHERE o.invoice_id IS NOT NULL
                  AND (o.id = NEW.id OR o.uid = NEW.uid));
END;

-- trigger time_entries_no_replace_update
CREATE TRIGGER time_entries_no_replace_update BEFORE UPDATE OF id, uid ON time_entries
WHEN NEW.id IS NOT OLD.id OR NEW.uid IS NOT OLD.uid
BEGIN
    SELECT RAISE(ABORT, 'a billed time entry cannot be replaced')
    WHERE EXISTS (SELECT 1 FROM time_entries AS o WHERE o.id <> OLD.id
                  AND o.invoice_id IS NOT NULL AND (o.id = NEW.id OR o.uid = NEW.uid));
END;

-- trigger time_entries_single_invoice
CREATE TRIGGER time_entries_single_invoice BEFORE UPDATE OF invoice_id ON time_entries
WHEN OLD.invoice_id IS NOT NULL AND NEW.invoice_id IS NOT OLD.invoice_id
BEGIN
    SELECT RAISE(ABORT, 'this time entry is already billed on another invoice')
    WHERE NEW.invoice_id IS NOT NULL;
    SELECT RAISE(ABORT, 'a time entry on an issued invoice stays billed')
    WHERE (SELECT status FROM invoices WHERE id = OLD.invoice_id) IN ('issued', 'paid');
END;

-- view messages_fts_source
CREATE VIEW messages_fts_source AS
    SELECT m.id,
           CASE WHEN m.role = 'user' THEN m.content || coalesce((SELECT char(10) || char(10) || mm.attachment_text FROM mail_messages AS mm WHERE mm.message_row = m.id AND mm.attachment_text <> ''), '') ELSE '' END AS user_text,
           CASE WHEN m.role = 'user' THEN '' ELSE m.content END AS model_text,
           'c' || c.client_id AS scope
    FROM messages m JOIN conversations c ON c.id = m.conversation_id;
