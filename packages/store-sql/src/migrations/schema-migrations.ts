/** One versioned schema change. Versions are applied in ascending order, each exactly once. */
export interface SchemaMigration {
  version: number;
  name: string;
  /** One or more statements, run in a single transaction together with its migrations-table row. */
  sql: string;
}

/**
 * The database clock. Every expiry and every stored timestamp comes from `govkit_now()`, so
 * application servers whose clocks disagree still agree on whether a lock is live. The
 * `govkit_clock` row exists for tests (pin the clock, jump it forward); production leaves the
 * table empty and `govkit_now()` is `clock_timestamp()` at millisecond precision, the precision
 * of the ISO strings the API returns.
 */
const databaseClock = `
CREATE TABLE govkit_clock (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  pinned_at timestamptz,
  offset_ms bigint NOT NULL DEFAULT 0
);
CREATE FUNCTION govkit_now() RETURNS timestamptz LANGUAGE sql VOLATILE AS $$
  SELECT date_trunc('milliseconds',
    COALESCE((SELECT pinned_at FROM govkit_clock), clock_timestamp())
    + COALESCE((SELECT offset_ms FROM govkit_clock), 0) * interval '1 millisecond')
$$;
`;

/**
 * Run governance. One `run_locks` row per workspace, kept for ever: its
 * `fencing_token` is the workspace's counter, so the token advances in the very statement that
 * grants the lock and never goes back after a release (release clears the holder columns of the
 * caller's `lock_id` only). Manifests and run results are receipts stamped with the token they
 * were written under; a trigger refuses any write whose token is lower than the workspace's
 * current one, reading the lock row `FOR SHARE` so a concurrent grant is serialised against it.
 * Only `importRun` (a transaction-local `govkit.importing` setting) writes past the fence: an
 * imported run is a record of the past, not a holder's write.
 */
const runGovernance = `
CREATE TABLE run_locks (
  workspace_id text PRIMARY KEY,
  fencing_token bigint NOT NULL CHECK (fencing_token > 0),
  lock_id text UNIQUE,
  owner text,
  acquired_at timestamptz,
  expires_at timestamptz,
  CONSTRAINT run_locks_holder_complete CHECK (
    (lock_id IS NULL) = (owner IS NULL)
    AND (lock_id IS NULL) = (acquired_at IS NULL)
    AND (lock_id IS NULL) = (expires_at IS NULL)
    AND (expires_at IS NULL OR expires_at > acquired_at)
  )
);

CREATE FUNCTION govkit_refuse_stale_fencing_token() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  current_token bigint;
BEGIN
  -- Imports of finished runs (seeding, backfills) are history, not a lock holder's write.
  IF current_setting('govkit.importing', true) = 'on' THEN
    RETURN NEW;
  END IF;
  SELECT fencing_token INTO current_token FROM run_locks
    WHERE workspace_id = NEW.workspace_id FOR SHARE;
  IF NEW.fencing_token < COALESCE(current_token, 0) THEN
    RAISE EXCEPTION 'Stale fencing token % for workspace % (current: %)',
      NEW.fencing_token, NEW.workspace_id, current_token
      USING ERRCODE = 'GK409', DETAIL = current_token::text;
  END IF;
  RETURN NEW;
END
$$;

CREATE TABLE run_manifests (
  run_id text PRIMARY KEY,
  workspace_id text NOT NULL,
  fencing_token bigint NOT NULL CHECK (fencing_token >= 0),
  manifest jsonb NOT NULL,
  written_at timestamptz NOT NULL DEFAULT govkit_now()
);
CREATE INDEX idx_run_manifests_workspace ON run_manifests (workspace_id);
CREATE TRIGGER run_manifests_fenced BEFORE INSERT OR UPDATE ON run_manifests
  FOR EACH ROW EXECUTE FUNCTION govkit_refuse_stale_fencing_token();

CREATE TABLE run_results (
  run_id text PRIMARY KEY,
  workspace_id text NOT NULL,
  fencing_token bigint NOT NULL CHECK (fencing_token >= 0),
  result jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT govkit_now()
);
CREATE INDEX idx_run_results_workspace ON run_results (workspace_id, created_at DESC);
CREATE TRIGGER run_results_fenced BEFORE INSERT OR UPDATE ON run_results
  FOR EACH ROW EXECUTE FUNCTION govkit_refuse_stale_fencing_token();
`;

/**
 * Report lineage. The lineage contract's tables and indexes, with three deliberate differences:
 * ids are text (the engines' ids are not all UUIDs); the caller's pipeline start/end times are
 * kept verbatim as text (the API echoes them exactly as given); and each filter index ends in
 * `(created_at DESC, id DESC)`, the search order, so a filtered page is read straight off the
 * index without a sort. `report_generations` is the table other lineage schemas call
 * `d6_report_generations`.
 */
const reportLineage = `
CREATE TABLE report_generations (
  id text PRIMARY KEY,
  lead_id text NOT NULL,
  pipeline_run_id text NOT NULL,
  template_version_id varchar(255) NOT NULL,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT govkit_now()
);

CREATE TABLE report_lineage (
  id text PRIMARY KEY,
  report_generation_id text NOT NULL UNIQUE
    REFERENCES report_generations (id) ON DELETE CASCADE,
  lead_id text NOT NULL,
  pipeline_run_id text NOT NULL,
  template_version_id varchar(255) NOT NULL,
  pipeline_start_time text NOT NULL,
  pipeline_end_time text NOT NULL,
  pipeline_logs jsonb,
  raw_inputs_compressed bytea,
  raw_inputs_size_bytes integer NOT NULL DEFAULT 0 CHECK (raw_inputs_size_bytes >= 0),
  compression_ratio double precision NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT govkit_now(),
  last_accessed_at timestamptz,
  access_count integer NOT NULL DEFAULT 0 CHECK (access_count >= 0)
);
CREATE INDEX idx_lineage_lead_id ON report_lineage (lead_id, created_at DESC, id DESC);
CREATE INDEX idx_lineage_pipeline_run ON report_lineage (pipeline_run_id, created_at DESC, id DESC);
CREATE INDEX idx_lineage_template ON report_lineage (template_version_id, created_at DESC, id DESC);
CREATE INDEX idx_lineage_created_at ON report_lineage (created_at DESC, id DESC);

CREATE TABLE report_lineage_audit (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  id text PRIMARY KEY,
  lineage_id text NOT NULL REFERENCES report_lineage (id) ON DELETE CASCADE,
  action varchar(50) NOT NULL,
  user_id varchar(255),
  ip_address varchar(45),
  user_agent text,
  accessed_at timestamptz NOT NULL DEFAULT govkit_now()
);
CREATE INDEX idx_lineage_audit_lineage_id ON report_lineage_audit (lineage_id, seq);
CREATE INDEX idx_lineage_audit_user_id ON report_lineage_audit (user_id);
CREATE INDEX idx_lineage_audit_accessed_at ON report_lineage_audit (accessed_at);
`;

/**
 * Who deleted which lineage. Deleting lineage erases its own access trail (cascade), so the
 * deletion itself is recorded in a table nothing cascades into.
 */
const lineageDeletions = `
CREATE TABLE report_lineage_deletions (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  lineage_id text NOT NULL,
  report_generation_id text NOT NULL,
  deleted_by varchar(255),
  ip_address varchar(45),
  user_agent text,
  deleted_at timestamptz NOT NULL DEFAULT govkit_now()
);
`;

/** Every migration, oldest first. Never edit one that has shipped: add a new version. */
export const SCHEMA_MIGRATIONS: readonly SchemaMigration[] = [
  { version: 1, name: 'database_clock', sql: databaseClock },
  { version: 2, name: 'run_governance', sql: runGovernance },
  { version: 3, name: 'report_lineage', sql: reportLineage },
  { version: 4, name: 'report_lineage_deletions', sql: lineageDeletions },
];
