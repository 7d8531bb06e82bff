-- The back office's SQLite event store: defined here once, read by the Python store
-- (back_office/store.py) and by the Rust service (examples/back-office-service, include_str!).
-- Append-only: an event row is never updated or deleted (the triggers refuse it); a correction
-- or a void is a new event (docs/records.md). Every event is checked by fuling-rules before it is
-- written, in the same transaction.

PRAGMA foreign_keys = ON;

-- An application (应用, 第三条(一)): `metadata` is the application object of the record
-- (schemas/application_record.json: id, name, responsible_department, lead_department, ...).
CREATE TABLE IF NOT EXISTS applications (
    id          TEXT PRIMARY KEY,
    metadata    TEXT NOT NULL,
    ruleset_id  TEXT,
    recorded_by TEXT,
    recorded_at TEXT NOT NULL
);

-- A project (开发项目 第十九条 / 运维项目 第二十一条) of one application.
CREATE TABLE IF NOT EXISTS projects (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('development', 'om')),
    application_id TEXT NOT NULL REFERENCES applications (id),
    follows        TEXT,
    ruleset_id     TEXT,
    recorded_by    TEXT,
    recorded_at    TEXT NOT NULL
);

-- The events of both kinds of record. `idx` is the event's index in its record's stored list
-- (from 0, corrections and voids included: what a correction's `replaces` names). `event` is the
-- event JSON as it was given (`recorded_by` and `document` included), in canonical form: keys
-- sorted, no spaces, UTF-8 (Python json.dumps(sort_keys=True, separators=(",", ":"),
-- ensure_ascii=False); Rust serde_json's compact form). The same event given twice is the same
-- text, which is how a re-import recognises a row already stored.
CREATE TABLE IF NOT EXISTS events (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    record_kind  TEXT NOT NULL CHECK (record_kind IN ('project', 'application')),
    record_id    TEXT NOT NULL,
    idx          INTEGER NOT NULL,
    event        TEXT NOT NULL,
    recorded_by  TEXT,
    recorded_at  TEXT NOT NULL,
    source       TEXT,
    UNIQUE (record_kind, record_id, idx)
);
CREATE INDEX IF NOT EXISTS events_by_record ON events (record_kind, record_id);

CREATE TRIGGER IF NOT EXISTS events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER IF NOT EXISTS events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
