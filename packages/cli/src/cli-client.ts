import { type ClientWarning, createClient, type GovkitClient } from '@govkit/sdk';
import { UsageError } from './cli-errors';
import type { CliIo } from './cli-io';
import { stderrColors } from './output/output-context';

/** The mock server's default address: `npm start` serves the API there. */
export const DEFAULT_BASE_URL = 'http://127.0.0.1:8080';

/** Connection flags every command accepts (each falls back to the environment). */
export interface ConnectionFlags {
  baseUrl?: string;
  token?: string;
  user?: string;
  verbose?: boolean;
}

/**
 * The sdk client a command runs on: `--base-url` (or `GOVKIT_BASE_URL`), a bearer `--token` (or
 * `GOVKIT_TOKEN`) and the acting `--user` (`x-govkit-user`, or `GOVKIT_USER`). Pagination guards
 * always reach stderr; lenient-parse notes about unknown fields only with `--verbose`.
 */
export function createCliClient(flags: ConnectionFlags, io: CliIo): GovkitClient {
  const baseURL = flags.baseUrl ?? io.env.GOVKIT_BASE_URL ?? DEFAULT_BASE_URL;
  let parsed: URL;
  try {
    parsed = new URL(baseURL);
  } catch {
    throw new UsageError(`--base-url must be an http(s) URL, got "${baseURL}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`--base-url must be an http(s) URL, got "${baseURL}"`);
  }
  const token = flags.token ?? io.env.GOVKIT_TOKEN;
  const user = flags.user ?? io.env.GOVKIT_USER;
  const colors = stderrColors(io);
  const onWarning = (warning: ClientWarning) => {
    const guard = warning.code === 'repeated_cursor' || warning.code === 'repeated_page';
    if (!guard && !flags.verbose) return;
    const where = warning.path.length ? ` at ${warning.path.join('.')}` : '';
    io.stderr.write(`${colors.yellow('govkit: warning:')} ${warning.message}${where}\n`);
  };
  return createClient({
    baseURL: baseURL.replace(/\/+$/, ''),
    auth: token || undefined,
    headers: user ? { 'x-govkit-user': user } : undefined,
    onWarning,
  });
}
