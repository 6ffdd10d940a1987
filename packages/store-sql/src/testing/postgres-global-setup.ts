import type { TestProject } from 'vitest/node';
import {
  findPostgresBin,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from './throwaway-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test server, or '' when none (then the PostgreSQL suites fail in CI). */
    govkitPostgresUrl: string;
    /** Why there is no server, for the skip/failure message. */
    govkitPostgresMissing: string;
  }
}

/**
 * One throwaway PostgreSQL server for the store-sql tests: `GOVKIT_PG_URL` when set (an existing
 * server), else a fresh cluster from Debian's binaries. Each test file then creates its own
 * database on it.
 */
let server: ThrowawayPostgres | undefined;

/** Vitest global setup (named `setup`/`teardown` exports). */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.GOVKIT_PG_URL) {
    project.provide('govkitPostgresUrl', process.env.GOVKIT_PG_URL);
    project.provide('govkitPostgresMissing', '');
    return;
  }
  const bin = findPostgresBin();
  if (!bin) {
    project.provide('govkitPostgresUrl', '');
    project.provide(
      'govkitPostgresMissing',
      'PostgreSQL is not installed (apt-get install postgresql, or set GOVKIT_PG_URL)',
    );
    return;
  }
  server = await startThrowawayPostgres(bin);
  project.provide('govkitPostgresUrl', server.url);
  project.provide('govkitPostgresMissing', '');
}

export async function teardown(): Promise<void> {
  await server?.stop();
  server = undefined;
}
