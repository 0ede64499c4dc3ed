//! The schema and its migrations. A migration is only ever appended: the
//! database's `user_version` is the number of migrations applied, and a
//! database newer than this build is refused instead of being damaged.

use const_format::concatcp;
use rusqlite_migration::{Migrations, M};

/// What files each machine-made event in `event_windows` (V5): its class (type, and whether
/// dated by a day or a week), its reach (how many days it spans, in powers of four) and its days.
const EVENT_WINDOW_VIEW: &str = r#"CREATE VIEW event_window_of AS
    SELECT id,
           instr('visit meeting agreement sanction statement military election other', type) * 2 + (precision IN ('day', 'week')) AS class,
           CASE WHEN days = 0 THEN 0 WHEN days < 4 THEN 1 WHEN days < 16 THEN 2 WHEN days < 64 THEN 3
                WHEN days < 256 THEN 4 WHEN days < 1024 THEN 5 WHEN days < 4096 THEN 6 ELSE 7 END AS reach,
           first_day, last_day, precision, merge_keys
    FROM (SELECT id, type, precision, merge_keys, origin, unixepoch(start) / 86400 AS first_day, unixepoch(end) / 86400 AS last_day,
                 unixepoch(end) / 86400 - unixepoch(start) / 86400 AS days FROM events)
    WHERE origin = 'extracted';"#;

/// What `events` has beside its rows, made again each time it is rebuilt (V8, V10): its
/// index by date, and the trigger that takes a deleted event out of the search index.
const EVENTS_INDEX_AND_SEARCH_TRIGGER: &str = r#"
CREATE INDEX events_by_start ON events(start, end);
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_fts WHERE rowid = old.id;
END;

"#;

/// The triggers that keep `event_windows` in step with `events` (V7), created again each
/// time `events` is rebuilt. They find an old row by its whole key, its reach computed as
/// on insert (`reach IN (…)` made SQLite build a temporary table at each firing).
const EVENT_WINDOW_TRIGGERS: &str = r#"CREATE TRIGGER event_windows_insert AFTER INSERT ON events WHEN new.origin = 'extracted' BEGIN
    INSERT INTO event_windows (class, reach, first_day, id, last_day, precision, merge_keys)
        SELECT class, (days > 0) + (days >= 4) + (days >= 16) + (days >= 64) + (days >= 256) + (days >= 1024) + (days >= 4096),
               first_day, new.id, first_day + days, new.precision, new.merge_keys
        FROM (SELECT instr('visit meeting agreement sanction statement military election other', new.type) * 2 + (new.precision IN ('day', 'week')) AS class,
                     unixepoch(new.start) / 86400 AS first_day,
                     unixepoch(new.end) / 86400 - unixepoch(new.start) / 86400 AS days);
END;
CREATE TRIGGER event_windows_before_update BEFORE UPDATE OF start, end, type, precision, origin, merge_keys ON events
WHEN old.origin = 'extracted' AND (old.start IS NOT new.start OR old.end IS NOT new.end OR old.type IS NOT new.type
  OR old.precision IS NOT new.precision OR old.origin IS NOT new.origin OR old.merge_keys IS NOT new.merge_keys) BEGIN
    DELETE FROM event_windows
    WHERE class = instr('visit meeting agreement sanction statement military election other', old.type) * 2 + (old.precision IN ('day', 'week'))
      AND reach = ((unixepoch(old.end) / 86400 - unixepoch(old.start) / 86400) > 0) + ((unixepoch(old.end) / 86400 - unixepoch(old.start) / 86400) >= 4)
                + ((unixepoch(old.end) / 86400 - unixepoch(old.start) / 86400) >= 16) + ((unixepoch(old.end) / 86400 - unixepoch(old.start) / 86400) >= 64)
                + ((unixepoch(old.end) / 86400 - unixepoch(old.start) / 86400) >= 256) + ((unixepoch(old.end) / 86400 - unixepoch(old.start) / 86400) >= 1024)
                + ((unixepoch(old.end) / 86400 - unixepoch(old.start) / 86400) >= 4096)
      AND first_day = unixepoch(old.start) / 86400 AND id = old.id;
END;
CREATE TRIGGER event_windows_after_update AFTER UPDATE OF start, end, type, precision, origin, merge_keys ON events
WHEN new.origin = 'extracted' AND (old.start IS NOT new.start OR old.end IS NOT new.end OR old.type IS NOT new.type
  OR old.precision IS NOT new.precision OR old.origin IS NOT new.origin OR old.merge_keys IS NOT new.merge_keys) BEGIN
    INSERT INTO event_windows (class, reach, first_day, id, last_day, precision, merge_keys)
        SELECT class, (days > 0) + (days >= 4) + (days >= 16) + (days >= 64) + (days >= 256) + (days >= 1024) + (days >= 4096),
               first_day, new.id, first_day + days, new.precision, new.merge_keys
        FROM (SELECT instr('visit meeting agreement sanction statement military election other', new.type) * 2 + (new.precision IN ('day', 'week')) AS class,
                     unixepoch(new.start) / 86400 AS first_day,
                     unixepoch(new.end) / 86400 - unixepoch(new.start) / 86400 AS days);
END;
CREATE TRIGGER event_windows_delete BEFORE DELETE ON events WHEN old.origin = 'extracted' BEGIN
    DELETE FROM event_windows
    WHERE class = instr('visit meeting agreement sanction statement military election other', old.type) * 2 + (old.precision IN ('day', 'week'))
      AND reach = ((unixepoch(old.end) / 86400 - unixepoch(old.start) / 86400) > 0) + ((unixepoch(old.end) / 86400 - unixepoch(old.start) / 86400) >= 4)
                + ((unixepoch(old.end) / 86400 - unixepoch(old.start) / 86400) >= 16) + ((unixepoch(old.end) / 86400 - unixepoch(old.start) / 86400) >= 64)
                + ((unixepoch(old.end) / 86400 - unixepoch(old.start) / 86400) >= 256) + ((unixepoch(old.end) / 86400 - unixepoch(old.start) / 86400) >= 1024)
                + ((unixepoch(old.end) / 86400 - unixepoch(old.start) / 86400) >= 4096)
      AND first_day = unixepoch(old.start) / 86400 AND id = old.id;
END;"#;

const V1: &str = r#"
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT NOT NULL,
    title         TEXT,
    outlet        TEXT,
    language      TEXT NOT NULL,
    published     TEXT,               -- YYYY-MM-DD
    text          TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE,
    imported_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('visit','meeting','agreement','sanction','statement','military','election','other')),
    start       TEXT NOT NULL,        -- YYYY-MM-DD, first day
    end         TEXT NOT NULL,        -- YYYY-MM-DD, last day (inclusive)
    precision   TEXT NOT NULL CHECK (precision IN ('day','week','month','year')),
    confidence  REAL NOT NULL,
    origin      TEXT NOT NULL CHECK (origin IN ('extracted','manual')),
    planned     INTEGER NOT NULL DEFAULT 0,
    CHECK (start <= end)
);
CREATE INDEX events_by_start ON events(start, end);

CREATE TABLE places (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    country  TEXT,
    kind     TEXT NOT NULL CHECK (kind IN ('city','country','region')),
    lat      REAL,
    lon      REAL,
    UNIQUE (name, kind)
);

CREATE TABLE actors (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,
    kind  TEXT NOT NULL CHECK (kind IN ('person','state','organisation')),
    UNIQUE (name, kind)
);

CREATE TABLE event_places (
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    place_id  INTEGER NOT NULL REFERENCES places(id),
    position  INTEGER NOT NULL,
    PRIMARY KEY (event_id, place_id)
);

CREATE TABLE event_actors (
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id  INTEGER NOT NULL REFERENCES actors(id),
    position  INTEGER NOT NULL,
    PRIMARY KEY (event_id, actor_id)
);

-- One report of an event in an article: the verbatim quote and its UTF-8 byte offsets.
CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote       TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    date_text   TEXT,
    UNIQUE (event_id, article_id, start)
);
CREATE INDEX mentions_by_article ON mentions(article_id);

-- Full-text search, accents folded: "Hanoi" finds "Hanoï".
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

-- Event titles and their quotes; kept in step by the store when an event is written.
CREATE VIRTUAL TABLE event_fts USING fts5(title, quotes, tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_fts WHERE rowid = old.id;
END;
"#;

/// What each report claims: its own date for the event and a count it gives,
/// so that disagreeing sources can be shown side by side.
const V2: &str = r#"
ALTER TABLE mentions ADD COLUMN claimed_start TEXT;
ALTER TABLE mentions ADD COLUMN claimed_end TEXT;
ALTER TABLE mentions ADD COLUMN claimed_precision TEXT;
ALTER TABLE mentions ADD COLUMN quantity TEXT;
"#;

/// Precisions finer than a year and coarser than a month (quarter, season) and
/// decades; and what a user changed, so extraction never overwrites it: the
/// fields a user edited on an event, and the reports a user took away from the
/// machine (a deleted event's quotes are not found again by a re-extraction).
/// SQLite cannot change a CHECK in place, so `events` is rebuilt (foreign keys
/// are off during migrations, see `Store::prepare`).
const V3: &str = r#"
CREATE TABLE events_v3 (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('visit','meeting','agreement','sanction','statement','military','election','other')),
    start       TEXT NOT NULL,
    end         TEXT NOT NULL,
    precision   TEXT NOT NULL CHECK (precision IN ('day','week','month','quarter','season','year','decade')),
    confidence  REAL NOT NULL,
    origin      TEXT NOT NULL CHECK (origin IN ('extracted','manual')),
    planned     INTEGER NOT NULL DEFAULT 0,
    edited      TEXT NOT NULL DEFAULT '',   -- comma-separated fields a user changed
    CHECK (start <= end)
);
INSERT INTO events_v3 (id, title, type, start, end, precision, confidence, origin, planned)
    SELECT id, title, type, start, end, precision, confidence, origin, planned FROM events;
DROP TABLE events;
ALTER TABLE events_v3 RENAME TO events;
CREATE INDEX events_by_start ON events(start, end);
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_fts WHERE rowid = old.id;
END;

-- Each event's days as an interval (days since 1970), so the events a new report
-- may belong to are found without reading the others (an import's cost must not
-- grow with the workspace). The class dimension is the type and whether the date
-- is a day (`store::write::event_class`), so a search reads only events it could
-- merge with. Kept in step by triggers.
CREATE VIRTUAL TABLE event_spans USING rtree_i32(id, first_day, last_day, class_lo, class_hi);
INSERT INTO event_spans SELECT id, unixepoch(start) / 86400, unixepoch(end) / 86400, (instr('visit meeting agreement sanction statement military election other', type) * 2 + (precision = 'day')), (instr('visit meeting agreement sanction statement military election other', type) * 2 + (precision = 'day')) FROM events;
CREATE TRIGGER event_spans_insert AFTER INSERT ON events BEGIN
    INSERT INTO event_spans VALUES (new.id, unixepoch(new.start) / 86400, unixepoch(new.end) / 86400,
                                    (instr('visit meeting agreement sanction statement military election other', new.type) * 2 + (new.precision = 'day')), (instr('visit meeting agreement sanction statement military election other', new.type) * 2 + (new.precision = 'day')));
END;
CREATE TRIGGER event_spans_update AFTER UPDATE OF start, end, type, precision ON events
WHEN old.start <> new.start OR old.end <> new.end OR old.type <> new.type OR old.precision <> new.precision BEGIN
    UPDATE event_spans SET first_day = unixepoch(new.start) / 86400, last_day = unixepoch(new.end) / 86400,
                           class_lo = (instr('visit meeting agreement sanction statement military election other', new.type) * 2 + (new.precision = 'day')), class_hi = (instr('visit meeting agreement sanction statement military election other', new.type) * 2 + (new.precision = 'day'))
    WHERE id = new.id;
END;
CREATE TRIGGER event_spans_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_spans WHERE id = old.id;
END;

-- Events by the actors and places they name (the filters of the window).
CREATE INDEX event_actors_by_actor ON event_actors(actor_id);
CREATE INDEX event_places_by_place ON event_places(place_id);

-- The store indexes new articles for search in one statement per import.
DROP TRIGGER articles_fts_insert;

CREATE TABLE rejected_reports (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    type        TEXT NOT NULL,
    PRIMARY KEY (article_id, start, end, type)
);
"#;

/// Who and where each event names, stored with it (`merge::Keys`), so an import
/// compares its reports with the stored events of their days without reading
/// their links; event search keeps no copy of the quotes (the mentions hold
/// them), so rewriting an event's entry does not read the old one back.
const V4: &str = r#"
ALTER TABLE events ADD COLUMN merge_keys TEXT;
UPDATE events SET merge_keys = (
    SELECT json_group_array(json(k)) FROM (
        SELECT json_array(a.kind, a.name, NULL) AS k FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = events.id
        UNION ALL
        SELECT json_array(p.kind, p.name, p.country) FROM event_places ep JOIN places p ON p.id = ep.place_id WHERE ep.event_id = events.id));

DROP TABLE event_fts;
CREATE VIRTUAL TABLE event_fts USING fts5(title, quotes, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
INSERT INTO event_fts (rowid, title, quotes)
    SELECT e.id, e.title, (SELECT group_concat(m.quote, char(10)) FROM mentions m WHERE m.event_id = e.id) FROM events e;
"#;

/// The machine-made events as an import looks up the ones its reports may join:
/// by class (type, and whether the date is a day), then by how long the event
/// lasts (its reach: one day, or up to 4^reach - 1 more days), then by first
/// day, with what merging compares. Rows of neighbouring days are stored
/// together and need no read of `events`: an import's look-up is a few short
/// range reads (the R-tree it replaces sent each hit to `events`, most of an
/// import's time). Kept in step by triggers, so every write path keeps it right.
/// And lighter search indexes (below).
const V5: &str = r#"
DROP TRIGGER event_spans_insert;
DROP TRIGGER event_spans_update;
DROP TRIGGER event_spans_delete;
DROP TABLE event_spans;

CREATE VIEW event_window_of AS
    SELECT id,
           instr('visit meeting agreement sanction statement military election other', type) * 2 + (precision = 'day') AS class,
           CASE WHEN days = 0 THEN 0 WHEN days < 4 THEN 1 WHEN days < 16 THEN 2 WHEN days < 64 THEN 3
                WHEN days < 256 THEN 4 WHEN days < 1024 THEN 5 WHEN days < 4096 THEN 6 ELSE 7 END AS reach,
           first_day, last_day, precision, merge_keys
    FROM (SELECT id, type, precision, merge_keys, origin, unixepoch(start) / 86400 AS first_day, unixepoch(end) / 86400 AS last_day,
                 unixepoch(end) / 86400 - unixepoch(start) / 86400 AS days FROM events)
    WHERE origin = 'extracted';

CREATE TABLE event_windows (
    class      INTEGER NOT NULL,
    reach      INTEGER NOT NULL,
    first_day  INTEGER NOT NULL,   -- days since 1970
    id         INTEGER NOT NULL,
    last_day   INTEGER NOT NULL,
    precision  TEXT NOT NULL,
    merge_keys TEXT,
    PRIMARY KEY (class, reach, first_day, id)
) WITHOUT ROWID;
INSERT INTO event_windows (class, reach, first_day, id, last_day, precision, merge_keys)
    SELECT class, reach, first_day, id, last_day, precision, merge_keys FROM event_window_of;

CREATE TRIGGER event_windows_insert AFTER INSERT ON events WHEN new.origin = 'extracted' BEGIN
    INSERT INTO event_windows (class, reach, first_day, id, last_day, precision, merge_keys)
        SELECT class, reach, first_day, id, last_day, precision, merge_keys FROM event_window_of WHERE id = new.id;
END;
CREATE TRIGGER event_windows_before_update BEFORE UPDATE OF start, end, type, precision, origin, merge_keys ON events
WHEN old.start IS NOT new.start OR old.end IS NOT new.end OR old.type IS NOT new.type OR old.precision IS NOT new.precision
  OR old.origin IS NOT new.origin OR old.merge_keys IS NOT new.merge_keys BEGIN
    DELETE FROM event_windows WHERE (class, reach, first_day, id) IN (SELECT class, reach, first_day, id FROM event_window_of WHERE id = old.id);
END;
CREATE TRIGGER event_windows_after_update AFTER UPDATE OF start, end, type, precision, origin, merge_keys ON events
WHEN old.start IS NOT new.start OR old.end IS NOT new.end OR old.type IS NOT new.type OR old.precision IS NOT new.precision
  OR old.origin IS NOT new.origin OR old.merge_keys IS NOT new.merge_keys BEGIN
    INSERT INTO event_windows (class, reach, first_day, id, last_day, precision, merge_keys)
        SELECT class, reach, first_day, id, last_day, precision, merge_keys FROM event_window_of WHERE id = new.id;
END;
CREATE TRIGGER event_windows_delete BEFORE DELETE ON events BEGIN
    DELETE FROM event_windows WHERE (class, reach, first_day, id) IN (SELECT class, reach, first_day, id FROM event_window_of WHERE id = old.id);
END;

-- Search needs which documents hold a word, not where: no positions
-- (detail=none) makes the indexes a fraction of their size. An event's entry
-- is its title; its quotes are found through its articles' entries (a quote is
-- a slice of its article), so merging a report no longer rewrites the entry.
DROP TABLE article_fts;
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, text, content='articles', content_rowid='id', detail=none, tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO article_fts (article_fts) VALUES ('rebuild');
DROP TABLE event_fts;
CREATE VIRTUAL TABLE event_fts USING fts5(title, content='', contentless_delete=1, detail=none, tokenize='unicode61 remove_diacritics 2');
INSERT INTO event_fts (rowid, title) SELECT id, title FROM events;
"#;

/// The triggers that keep `event_windows` in step compute an event's window
/// from the row they fire on: through the view, each insert, update and delete
/// read the event back, and updates and deletes built a temporary table for
/// their `IN (SELECT …)`. The reach is the view's, as a sum of comparisons.
const V6: &str = r#"
DROP TRIGGER event_windows_insert;
DROP TRIGGER event_windows_before_update;
DROP TRIGGER event_windows_after_update;
DROP TRIGGER event_windows_delete;

CREATE TRIGGER event_windows_insert AFTER INSERT ON events WHEN new.origin = 'extracted' BEGIN
    INSERT INTO event_windows (class, reach, first_day, id, last_day, precision, merge_keys)
        SELECT class, (days > 0) + (days >= 4) + (days >= 16) + (days >= 64) + (days >= 256) + (days >= 1024) + (days >= 4096),
               first_day, new.id, first_day + days, new.precision, new.merge_keys
        FROM (SELECT instr('visit meeting agreement sanction statement military election other', new.type) * 2 + (new.precision = 'day') AS class,
                     unixepoch(new.start) / 86400 AS first_day,
                     unixepoch(new.end) / 86400 - unixepoch(new.start) / 86400 AS days);
END;
CREATE TRIGGER event_windows_before_update BEFORE UPDATE OF start, end, type, precision, origin, merge_keys ON events
WHEN old.origin = 'extracted' AND (old.start IS NOT new.start OR old.end IS NOT new.end OR old.type IS NOT new.type
  OR old.precision IS NOT new.precision OR old.origin IS NOT new.origin OR old.merge_keys IS NOT new.merge_keys) BEGIN
    DELETE FROM event_windows
    WHERE class = instr('visit meeting agreement sanction statement military election other', old.type) * 2 + (old.precision = 'day')
      AND reach IN (0, 1, 2, 3, 4, 5, 6, 7) AND first_day = unixepoch(old.start) / 86400 AND id = old.id;
END;
CREATE TRIGGER event_windows_after_update AFTER UPDATE OF start, end, type, precision, origin, merge_keys ON events
WHEN new.origin = 'extracted' AND (old.start IS NOT new.start OR old.end IS NOT new.end OR old.type IS NOT new.type
  OR old.precision IS NOT new.precision OR old.origin IS NOT new.origin OR old.merge_keys IS NOT new.merge_keys) BEGIN
    INSERT INTO event_windows (class, reach, first_day, id, last_day, precision, merge_keys)
        SELECT class, (days > 0) + (days >= 4) + (days >= 16) + (days >= 64) + (days >= 256) + (days >= 1024) + (days >= 4096),
               first_day, new.id, first_day + days, new.precision, new.merge_keys
        FROM (SELECT instr('visit meeting agreement sanction statement military election other', new.type) * 2 + (new.precision = 'day') AS class,
                     unixepoch(new.start) / 86400 AS first_day,
                     unixepoch(new.end) / 86400 - unixepoch(new.start) / 86400 AS days);
END;
CREATE TRIGGER event_windows_delete BEFORE DELETE ON events WHEN old.origin = 'extracted' BEGIN
    DELETE FROM event_windows
    WHERE class = instr('visit meeting agreement sanction statement military election other', old.type) * 2 + (old.precision = 'day')
      AND reach IN (0, 1, 2, 3, 4, 5, 6, 7) AND first_day = unixepoch(old.start) / 86400 AND id = old.id;
END;
"#;

/// Reports dated by a week ("la semaine dernière à Istanbul") may merge with
/// events of a day in it ("in Istanbul on Friday"): a week is filed with days,
/// not with months and years. The class is recomputed for every stored event.
/// The triggers find an old row by its whole key, its reach computed as on insert
/// (`reach IN (…)` made SQLite build a temporary table at each firing).
const V7: &str = concatcp!(
    r#"
DROP TRIGGER event_windows_insert;
DROP TRIGGER event_windows_before_update;
DROP TRIGGER event_windows_after_update;
DROP TRIGGER event_windows_delete;
DROP VIEW event_window_of;

"#,
    EVENT_WINDOW_VIEW,
    r#"


DELETE FROM event_windows;
INSERT INTO event_windows (class, reach, first_day, id, last_day, precision, merge_keys)
    SELECT class, reach, first_day, id, last_day, precision, merge_keys FROM event_window_of;

"#,
    EVENT_WINDOW_TRIGGERS,
    "\n"
);

/// A user's corrections as a history that can be undone and redone, across
/// processes (`store::history`): each edit keeps the rows of the events it
/// touched (events, their actors, places and reports) and the rejected reports
/// of their articles, before and after, as JSON. Restoring a snapshot puts
/// events back under their ids, so `events` is rebuilt with AUTOINCREMENT: an
/// id is never given to another event (a re-extraction deletes and rebuilds
/// events; without it, an event brought back by an undo could meet a stranger
/// under its id). And a `verified` flag a user sets on an event.
const V8: &str = concatcp!(
    r#"
DROP TRIGGER event_windows_insert;
DROP TRIGGER event_windows_before_update;
DROP TRIGGER event_windows_after_update;
DROP TRIGGER event_windows_delete;
DROP TRIGGER events_fts_delete;
DROP VIEW event_window_of;

CREATE TABLE events_v8 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    title       TEXT NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('visit','meeting','agreement','sanction','statement','military','election','other')),
    start       TEXT NOT NULL,
    end         TEXT NOT NULL,
    precision   TEXT NOT NULL CHECK (precision IN ('day','week','month','quarter','season','year','decade')),
    confidence  REAL NOT NULL,
    origin      TEXT NOT NULL CHECK (origin IN ('extracted','manual')),
    planned     INTEGER NOT NULL DEFAULT 0,
    edited      TEXT NOT NULL DEFAULT '',
    merge_keys  TEXT,
    verified    INTEGER NOT NULL DEFAULT 0,
    CHECK (start <= end)
);
INSERT INTO events_v8 (id, title, type, start, end, precision, confidence, origin, planned, edited, merge_keys)
    SELECT id, title, type, start, end, precision, confidence, origin, planned, edited, merge_keys FROM events;
DROP TABLE events;
ALTER TABLE events_v8 RENAME TO events;
"#,
    EVENTS_INDEX_AND_SEARCH_TRIGGER,
    EVENT_WINDOW_VIEW,
    "\n\n",
    EVENT_WINDOW_TRIGGERS,
    r#"


CREATE TABLE edit_history (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    summary TEXT NOT NULL,          -- "merged events 12, 15 into 12"
    scope   TEXT NOT NULL,          -- {"events": [ids], "articles": [ids]}: what a snapshot covers
    before  TEXT NOT NULL,          -- the scope's rows before the edit (JSON)
    after   TEXT NOT NULL,          -- and after it
    undone  INTEGER NOT NULL DEFAULT 0
);
"#
);

/// Places a user adds to the workspace, that the knowledge base lacks (a town
/// near Dakar): stored in `places` with their coordinates and marked, so place
/// searches of the workspace find them and a re-extraction leaves them.
const V9: &str = r#"
ALTER TABLE places ADD COLUMN added_by_user INTEGER NOT NULL DEFAULT 0;
CREATE INDEX places_added_by_user ON places(added_by_user) WHERE added_by_user = 1;
"#;

/// Each insert into `events` built two temporary tables, one for each CHECK with a list of
/// more than two values (`type IN (…)`, `precision IN (…)`): SQLite fills such a list's table
/// at every execution of a statement, and an import inserts one event per execution. The same
/// checks written as comparisons build nothing. `events` is rebuilt with them: the same rows
/// and ids, its AUTOINCREMENT counter kept (an id deleted is never given again), its index,
/// view and triggers as before.
const V10: &str = concatcp!(
    r#"
DROP TRIGGER event_windows_insert;
DROP TRIGGER event_windows_before_update;
DROP TRIGGER event_windows_after_update;
DROP TRIGGER event_windows_delete;
DROP TRIGGER events_fts_delete;
DROP VIEW event_window_of;

CREATE TABLE events_v10 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    title       TEXT NOT NULL,
    type        TEXT NOT NULL CHECK (type = 'visit' OR type = 'meeting' OR type = 'agreement' OR type = 'sanction'
                                     OR type = 'statement' OR type = 'military' OR type = 'election' OR type = 'other'),
    start       TEXT NOT NULL,
    end         TEXT NOT NULL,
    precision   TEXT NOT NULL CHECK (precision = 'day' OR precision = 'week' OR precision = 'month' OR precision = 'quarter'
                                     OR precision = 'season' OR precision = 'year' OR precision = 'decade'),
    confidence  REAL NOT NULL,
    origin      TEXT NOT NULL CHECK (origin = 'extracted' OR origin = 'manual'),
    planned     INTEGER NOT NULL DEFAULT 0,
    edited      TEXT NOT NULL DEFAULT '',
    merge_keys  TEXT,
    verified    INTEGER NOT NULL DEFAULT 0,
    CHECK (start <= end)
);
INSERT INTO events_v10 (id, title, type, start, end, precision, confidence, origin, planned, edited, merge_keys, verified)
    SELECT id, title, type, start, end, precision, confidence, origin, planned, edited, merge_keys, verified FROM events;
-- The counter goes with the table (renaming a table renames its counter).
DELETE FROM sqlite_sequence WHERE name = 'events_v10';
UPDATE sqlite_sequence SET name = 'events_v10' WHERE name = 'events';
DROP TABLE events;
ALTER TABLE events_v10 RENAME TO events;
"#,
    EVENTS_INDEX_AND_SEARCH_TRIGGER,
    EVENT_WINDOW_VIEW,
    "\n\n",
    EVENT_WINDOW_TRIGGERS,
    "\n"
);

/// Every migration in order; append only.
const STEPS: &[&str] = &[V1, V2, V3, V4, V5, V6, V7, V8, V9, V10];

pub fn migrations() -> Migrations<'static> {
    Migrations::new(STEPS.iter().map(|sql| M::up(sql).foreign_key_check()).collect())
}

/// The first `n` migrations only: an older GeoTimeline's schema, for upgrade tests.
#[cfg(test)]
pub fn first(n: usize) -> Migrations<'static> {
    Migrations::new(STEPS[..n].iter().map(|sql| M::up(sql)).collect())
}

/// How many migrations this build knows: the schema version it writes.
pub fn known_version() -> usize {
    STEPS.len()
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        super::migrations().validate().unwrap();
    }
}
