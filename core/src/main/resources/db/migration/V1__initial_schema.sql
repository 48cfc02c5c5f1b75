-- Marsad store, schema version 1. Portable SQL (SQLite and PostgreSQL): TEXT, BIGINT, no
-- auto-increment, dates as ISO-8601 text (sortable), complex records as JSON text.

CREATE TABLE articles (
    id                  TEXT PRIMARY KEY,
    outlet              TEXT NOT NULL,
    url                 TEXT NOT NULL,
    published           TEXT,
    published_precision TEXT NOT NULL,
    title               TEXT NOT NULL,
    text                TEXT NOT NULL,
    abstract            TEXT NOT NULL,
    language            TEXT NOT NULL,
    origin              TEXT NOT NULL,
    content_hash        TEXT NOT NULL,
    ingested_at         TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_ingested_at ON articles (ingested_at);
CREATE INDEX articles_outlet ON articles (outlet);

-- an input record whose text (or id) was already stored: kept so nothing read is silent
CREATE TABLE duplicates (
    origin       TEXT PRIMARY KEY,
    record_id    TEXT NOT NULL,
    duplicate_of TEXT NOT NULL,
    at           TEXT NOT NULL
);
CREATE INDEX duplicates_of ON duplicates (duplicate_of);

CREATE TABLE rejects (
    id     TEXT PRIMARY KEY,
    run_id TEXT NOT NULL,
    origin TEXT NOT NULL,
    reason TEXT NOT NULL,
    at     TEXT NOT NULL
);
CREATE INDEX rejects_run ON rejects (run_id);

CREATE TABLE ingest_runs (
    id        TEXT PRIMARY KEY,
    at        TEXT NOT NULL,
    inputs    TEXT NOT NULL,
    read      BIGINT NOT NULL,
    accepted  BIGINT NOT NULL,
    duplicate BIGINT NOT NULL,
    rejected  BIGINT NOT NULL
);

-- one row per analysed article; an article without a row is pending analysis
CREATE TABLE article_analysis (
    doc_id        TEXT PRIMARY KEY,
    mentions_json TEXT NOT NULL,
    error         TEXT NOT NULL,
    analyzed_at   TEXT NOT NULL
);

CREATE TABLE article_events (
    id     TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    seq    BIGINT NOT NULL,
    type   TEXT NOT NULL,
    date   TEXT,
    json   TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
CREATE INDEX article_events_id ON article_events (id);

CREATE TABLE canonical_events (
    id         TEXT PRIMARY KEY,
    type       TEXT NOT NULL,
    date       TEXT,
    admin1     TEXT NOT NULL,
    admin2     TEXT NOT NULL,
    admin3     TEXT NOT NULL,
    fatalities BIGINT,
    story_id   TEXT NOT NULL,
    json       TEXT NOT NULL
);
CREATE INDEX canonical_events_date ON canonical_events (date);
CREATE INDEX canonical_events_type ON canonical_events (type);
CREATE INDEX canonical_events_admin1 ON canonical_events (admin1);
CREATE INDEX canonical_events_admin2 ON canonical_events (admin2);
CREATE INDEX canonical_events_story ON canonical_events (story_id);

CREATE TABLE canonical_event_actors (
    event_id TEXT NOT NULL,
    role     TEXT NOT NULL,
    actor    TEXT NOT NULL,
    PRIMARY KEY (event_id, role, actor)
);
CREATE INDEX canonical_event_actors_actor ON canonical_event_actors (actor);

CREATE TABLE canonical_event_documents (
    event_id TEXT NOT NULL,
    doc_id   TEXT NOT NULL,
    PRIMARY KEY (event_id, doc_id)
);
CREATE INDEX canonical_event_documents_doc ON canonical_event_documents (doc_id);

CREATE TABLE stories (
    id   TEXT PRIMARY KEY,
    json TEXT NOT NULL
);

CREATE TABLE duplicate_groups (
    group_id   TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (group_id, article_id)
);
CREATE INDEX duplicate_groups_article ON duplicate_groups (article_id);

CREATE TABLE audit_log (
    id          TEXT PRIMARY KEY,
    event_id    TEXT NOT NULL,
    who         TEXT NOT NULL,
    at          TEXT NOT NULL,
    action      TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json  TEXT NOT NULL
);
CREATE INDEX audit_log_event ON audit_log (event_id, at);
