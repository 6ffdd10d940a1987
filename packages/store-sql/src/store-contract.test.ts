import { describeStoreContract } from './testing/describe-store-contract';
import { createTestDatabase, describePostgres } from './testing/postgres-test-database';
import { memoryHarness, pgliteHarness, postgresHarness } from './testing/store-harness';

// One suite, three stores: memory (the sdk engines), embedded PGlite and a real PostgreSQL server.
describeStoreContract(memoryHarness);
describeStoreContract(pgliteHarness);
describePostgres('postgres store', () => {
  describeStoreContract(postgresHarness(() => createTestDatabase()));
});
