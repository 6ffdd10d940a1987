export {
  createPgClient,
  openPgClient,
  type PgClientOptions,
  type PgPool,
  type PgPoolConnection,
  type PgPoolOptions,
} from './client/pg-client';
export {
  createPgliteClient,
  openPgliteClient,
  type PgliteClientOptions,
  type PgliteDatabase,
} from './client/pglite-client';
export {
  SQL_STATE,
  type SqlClient,
  type SqlRow,
  type SqlTransaction,
  sqlStateOf,
} from './client/sql-client';
export { type DatabaseClock, databaseClock } from './database-clock';
export { createSqlLineageService, type SqlLineageServiceOptions } from './lineage/sql-lineage';
export { createMemoryGovkitStore, type MemoryGovkitStoreOptions } from './memory-store';
export {
  MIGRATIONS_TABLE,
  type MigrateOptions,
  type MigrateReport,
  MigrationMismatchError,
  migrate,
  migrationChecksum,
  recordedMigrations,
} from './migrations/migrate';
export { SCHEMA_MIGRATIONS, type SchemaMigration } from './migrations/schema-migrations';
export {
  type OpenGovkitStoreOptions,
  openGovkitStore,
  openSqlClient,
  parseStoreLocation,
  type StoreLocation,
  StoreLocationError,
} from './open-govkit-store';
export {
  createSqlRunLockService,
  type SqlRunLockServiceOptions,
} from './run-governance/sql-run-locks';
export {
  createSqlRunPipelineService,
  type SqlRunPipelineServiceOptions,
} from './run-governance/sql-run-pipeline';
export { createSqlRunManifestService } from './run-governance/sql-run-store';
export type {
  GovkitStore,
  LineageService,
  Promised,
  RunLockService,
  RunManifestService,
  RunPipelineService,
} from './services';
export { createSqlGovkitStore, type SqlGovkitStoreOptions } from './sql-store';
