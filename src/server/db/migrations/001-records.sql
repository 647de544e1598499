-- 001: anonymised calculation records and the aggregates the summaries read.
-- Run once, in its own transaction, then PRAGMA user_version = 1.
-- No REAL columns anywhere: amounts are whole pounds held as INTEGER.

-- The coarse household facts, stored once per distinct combination (there
-- are few) and shared by the records that have them.
CREATE TABLE profiles (
  id                 INTEGER PRIMARY KEY,
  rules_id           TEXT    NOT NULL,
  engine_version     TEXT    NOT NULL,
  region             TEXT    NOT NULL,
  adults             TEXT    NOT NULL,
  children           TEXT    NOT NULL,
  age_band           TEXT    NOT NULL,
  health             TEXT    NOT NULL,
  disability_benefit INTEGER NOT NULL CHECK (disability_benefit IN (0, 1)),
  tenure             TEXT    NOT NULL,
  benefits_before    TEXT    NOT NULL,  -- codes separated by spaces, in record order
  wage_band          TEXT    NOT NULL,
  UNIQUE (rules_id, engine_version, region, adults, children, age_band, health,
          disability_benefit, tenure, benefits_before, wage_band)
);

-- Threshold flag codes, numbered as first seen; records refer to the numbers.
CREATE TABLE flag_codes (
  id   INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE
);

-- One row per record. `id` is the client's random UUID; INSERT ... ON
-- CONFLICT (id) DO NOTHING makes a resend harmless. `seq` is internal (it
-- follows arrival order) and is never shown: exports are ordered by month and
-- id, so nothing reveals when in the month a calculation was made.
-- AUTOINCREMENT: a seq is never reused, even after deletions, so the fold
-- watermark below cannot skip a record.
CREATE TABLE records (
  seq            INTEGER PRIMARY KEY AUTOINCREMENT,
  id             TEXT    NOT NULL UNIQUE,
  team           TEXT    NOT NULL,
  month          TEXT    NOT NULL,      -- YYYY-MM
  schema_version INTEGER NOT NULL,
  profile        INTEGER NOT NULL REFERENCES profiles (id),
  scenarios      TEXT    NOT NULL       -- JSON [[hours, betterOffAfterCostsWeekly, [flag ids]], ...]
);
CREATE INDEX records_team_month ON records (team, month, id);

-- Aggregates. Inserting a record touches only the tables above (a commit
-- appends a few pages, so acknowledging is cheap); the records are then
-- folded into the aggregates below in a later transaction, which also moves
-- `folded_to` (the last records.seq counted) on. Every summary folds first,
-- so it always counts every stored record exactly once.
CREATE TABLE fold_state (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  folded_to INTEGER NOT NULL
);
INSERT INTO fold_state (id, folded_to) VALUES (1, 0);

-- Records per team and month.
CREATE TABLE month_counts (
  team    TEXT    NOT NULL,
  month   TEXT    NOT NULL,
  records INTEGER NOT NULL,
  PRIMARY KEY (team, month)
) WITHOUT ROWID;

-- Weekly better-off amounts (whole pounds, top-coded at +/-1000) per team,
-- month and hours, as a histogram: a BLOB of (gain, count) pairs of
-- little-endian 32-bit integers, ascending by gain. Counts of better (gain > 0),
-- worse (< 0) and same (0), medians and quartiles all come from it exactly.
CREATE TABLE gain_histograms (
  team  TEXT NOT NULL,
  month TEXT NOT NULL,
  hours TEXT NOT NULL,
  bins  BLOB NOT NULL,
  PRIMARY KEY (team, month, hours)
);

-- Worse-off results per team, month and reason code (a result with no reason
-- flag counts under 'none-flagged').
CREATE TABLE worse_off_reasons (
  team    TEXT    NOT NULL,
  month   TEXT    NOT NULL,
  code    TEXT    NOT NULL,
  results INTEGER NOT NULL,
  PRIMARY KEY (team, month, code)
) WITHOUT ROWID;
