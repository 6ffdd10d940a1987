import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, inject } from 'vitest';

/**
 * `describe` for suites that need the test PostgreSQL server. Without one the suite is skipped
 * locally, but in CI (`CI=true`) it FAILS: a CI run that silently skipped PostgreSQL proves nothing.
 */
export function describePostgres(name: string, body: () => void): void {
  const url = inject('govkitPostgresUrl');
  if (url) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    throw new Error(`${name}: no PostgreSQL server in CI: ${inject('govkitPostgresMissing')}`);
  }
  describe.skip(`${name} (skipped: ${inject('govkitPostgresMissing')})`, body);
}

/** A new empty database on the test server (so test files never share state); its URL. */
export async function createTestDatabase(adminUrl = inject('govkitPostgresUrl')): Promise<string> {
  const name = `govkit_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
