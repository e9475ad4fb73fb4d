using System.Collections.Generic;

namespace TokenGuard.Store
{
    /// <summary>
    /// The store's schema, one migration per version, applied in order on first use. Append new versions; never
    /// edit a shipped one. {ID} and {TIME} are the dialect's key and instant column types.
    /// </summary>
    internal static class Migrations
    {
        public static readonly IReadOnlyList<string> All = new[]
        {
            // Version 1.
            @"
CREATE TABLE ingests (
  id {ID},
  recorded_at {TIME} NOT NULL,
  repository TEXT NOT NULL,
  commit_sha TEXT NOT NULL,
  project TEXT NOT NULL,
  manifest TEXT,
  tool_version TEXT,
  artifact_path TEXT NOT NULL,
  artifact_sha256 TEXT NOT NULL,
  token_count INTEGER NOT NULL,
  UNIQUE (repository, commit_sha, project));
CREATE INDEX ingests_recorded_at ON ingests (recorded_at);
CREATE TABLE tokens (
  id {ID},
  identity TEXT NOT NULL UNIQUE,
  first_seen {TIME} NOT NULL,
  last_seen {TIME} NOT NULL,
  removed_at {TIME},
  removed_ingest BIGINT);
CREATE TABLE token_identities (
  identity TEXT NOT NULL PRIMARY KEY,
  name TEXT NOT NULL,
  token_id BIGINT NOT NULL REFERENCES tokens (id));
CREATE INDEX token_identities_name ON token_identities (name);
CREATE TABLE token_sources (
  id {ID},
  token_id BIGINT NOT NULL REFERENCES tokens (id),
  repository TEXT NOT NULL,
  project TEXT NOT NULL,
  first_seen {TIME} NOT NULL,
  last_seen {TIME} NOT NULL,
  last_ingest BIGINT NOT NULL REFERENCES ingests (id),
  removed_at {TIME},
  removed_ingest BIGINT REFERENCES ingests (id),
  UNIQUE (repository, project, token_id));
CREATE TABLE token_versions (
  id {ID},
  source_id BIGINT NOT NULL REFERENCES token_sources (id),
  fields TEXT NOT NULL,
  valid_from {TIME} NOT NULL,
  valid_to {TIME},
  from_ingest BIGINT NOT NULL REFERENCES ingests (id),
  to_ingest BIGINT REFERENCES ingests (id));
CREATE INDEX token_versions_current ON token_versions (source_id) WHERE valid_to IS NULL;
CREATE INDEX token_versions_source ON token_versions (source_id, valid_from);
CREATE TABLE token_changes (
  id {ID},
  token_id BIGINT NOT NULL REFERENCES tokens (id),
  source_id BIGINT NOT NULL REFERENCES token_sources (id),
  ingest_id BIGINT NOT NULL REFERENCES ingests (id),
  changed_at {TIME} NOT NULL,
  repository TEXT NOT NULL,
  project TEXT NOT NULL,
  commit_sha TEXT NOT NULL,
  change TEXT NOT NULL,
  field TEXT,
  old_value TEXT,
  new_value TEXT);
CREATE INDEX token_changes_token ON token_changes (token_id, id);
CREATE INDEX token_changes_repository ON token_changes (repository, id);
CREATE INDEX token_changes_time ON token_changes (changed_at);
CREATE TABLE audit_runs (
  id {ID},
  recorded_at {TIME} NOT NULL,
  audit_date TEXT NOT NULL,
  inputs TEXT NOT NULL,
  minimum_coverage DOUBLE PRECISION NOT NULL,
  coverage DOUBLE PRECISION NOT NULL,
  passed INTEGER NOT NULL);
CREATE TABLE audit_coverage (
  run_id BIGINT NOT NULL REFERENCES audit_runs (id),
  system TEXT NOT NULL,
  live INTEGER NOT NULL,
  inventoried INTEGER NOT NULL,
  PRIMARY KEY (run_id, system));
CREATE TABLE audit_findings (
  id {ID},
  run_id BIGINT NOT NULL REFERENCES audit_runs (id),
  code TEXT NOT NULL,
  system TEXT,
  token TEXT,
  detail TEXT);
CREATE INDEX audit_findings_run ON audit_findings (run_id);
",
            // Version 2: what each audit run saw per live token and which owners were departed or unknown, so
            // successive runs date when a token stopped being live and when an owner was first seen gone.
            @"
CREATE TABLE audit_live_tokens (
  run_id BIGINT NOT NULL REFERENCES audit_runs (id),
  system TEXT NOT NULL,
  token TEXT NOT NULL,
  inventory_id TEXT,
  owner TEXT);
CREATE INDEX audit_live_tokens_run ON audit_live_tokens (run_id);
CREATE TABLE audit_owners (
  run_id BIGINT NOT NULL REFERENCES audit_runs (id),
  principal TEXT NOT NULL,
  status TEXT NOT NULL,
  left_on TEXT,
  source TEXT);
CREATE INDEX audit_owners_run ON audit_owners (run_id);
",
        };

        public static int Latest => All.Count;
    }
}
