-- 001 (PostgreSQL): the same tables as the SQLite store's 001, for several
-- service instances sharing one database. Applied in one transaction and
-- recorded in schema_migrations (postgres-store.ts).
-- Text columns that are sorted or compared use COLLATE "C" (byte order), so
-- teams, months and ids sort exactly as in SQLite whatever the database's locale.
-- No floating-point columns: amounts are whole pounds.

CREATE TABLE profiles (
  id                 integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  rules_id           text     NOT NULL,
  engine_version     text     NOT NULL,
  region             text     NOT NULL,
  adults             text     NOT NULL,
  children           text     NOT NULL,
  age_band           text     NOT NULL,
  health             text     NOT NULL,
  disability_benefit smallint NOT NULL CHECK (disability_benefit IN (0, 1)),
  tenure             text     NOT NULL,
  benefits_before    text     NOT NULL,  -- codes separated by spaces, in record order
  wage_band          text     NOT NULL,
  UNIQUE (rules_id, engine_version, region, adults, children, age_band, health,
          disability_benefit, tenure, benefits_before, wage_band)
);

CREATE TABLE flag_codes (
  id   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE
);

-- One row per record. The unique constraint on `id` is what stores an id
-- once, even when two instances receive it at the same moment: INSERT ...
-- ON CONFLICT (id) DO NOTHING waits for the other transaction and then skips.
-- `seq` is internal and never shown.
CREATE TABLE records (
  seq            bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id             text    COLLATE "C" NOT NULL UNIQUE,
  team           text    COLLATE "C" NOT NULL,
  month          text    COLLATE "C" NOT NULL,  -- YYYY-MM
  schema_version integer NOT NULL,
  profile        integer NOT NULL REFERENCES profiles (id),
  scenarios      text    NOT NULL               -- JSON [[hours, betterOffAfterCostsWeekly, [flag ids]], ...]
);
CREATE INDEX records_team_month ON records (team, month, id);

-- Records not yet counted in the aggregates: a row is added in the statement
-- that stores the record, and deleted in the transaction that counts it.
-- (SQLite uses a watermark on seq; here sequence numbers can commit out of
-- order across instances, so a watermark could skip a record.)
CREATE TABLE unfolded (
  seq bigint PRIMARY KEY
);

-- `version` goes up with every change to the aggregates, on any instance:
-- summaries cached under an older version are stale.
CREATE TABLE fold_state (
  id      integer PRIMARY KEY CHECK (id = 1),
  version bigint  NOT NULL
);
INSERT INTO fold_state (id, version) VALUES (1, 0);

CREATE TABLE month_counts (
  team    text    COLLATE "C" NOT NULL,
  month   text    COLLATE "C" NOT NULL,
  records integer NOT NULL,
  PRIMARY KEY (team, month)
);

-- The same (gain, count) pairs as SQLite's BLOB: little-endian 32-bit integers, ascending by gain.
CREATE TABLE gain_histograms (
  team  text  COLLATE "C" NOT NULL,
  month text  COLLATE "C" NOT NULL,
  hours text  COLLATE "C" NOT NULL,
  bins  bytea NOT NULL,
  PRIMARY KEY (team, month, hours)
);

CREATE TABLE worse_off_reasons (
  team    text    COLLATE "C" NOT NULL,
  month   text    COLLATE "C" NOT NULL,
  code    text    COLLATE "C" NOT NULL,
  results integer NOT NULL,
  PRIMARY KEY (team, month, code)
);
