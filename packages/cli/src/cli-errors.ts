import { ApiError, ArtifactIntegrityError, GovkitError, RequestValidationError } from '@govkit/sdk';
import type { CliIo } from './cli-io';
import { stderrColors } from './output/output-context';

/** Exit codes scripts can rely on. */
export const EXIT_OK = 0;
/** The API (or the network, or a verification) failed; the detail is on stderr. */
export const EXIT_FAILURE = 1;
/** The command line was wrong: unknown command or option, bad value, missing argument. */
export const EXIT_USAGE = 2;

/** A bad command line the parser cannot see (an unreadable URL, an existing output file). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A local check failed after the API answered (gzip, size cap, checksum). */
export class VerificationError extends Error {
  override readonly name = 'VerificationError';
}

/** Print what went wrong on stderr and return the exit code it maps to. */
export function reportError(error: unknown, io: CliIo): number {
  const colors = stderrColors(io);
  const say = (text: string) => io.stderr.write(`${colors.red('govkit: error:')} ${text}\n`);
  if (error instanceof UsageError) {
    say(error.message);
    return EXIT_USAGE;
  }
  // The sdk validates parameters before sending anything: a bad `--limit` is a usage error.
  if (error instanceof RequestValidationError) {
    say(error.message);
    return EXIT_USAGE;
  }
  if (error instanceof ArtifactIntegrityError && error.origin === 'client') {
    say(
      `${error.detailMessage} (expected sha256 ${error.expectedChecksum}, got ${error.observedChecksum})`,
    );
    return EXIT_FAILURE;
  }
  if (error instanceof ApiError) {
    const extras = [
      error.code ? `code ${error.code}` : undefined,
      error.requestId ? `request ${error.requestId}` : undefined,
    ].filter(Boolean);
    say(`${error.status} ${error.detailMessage}${extras.length ? ` (${extras.join(', ')})` : ''}`);
    return EXIT_FAILURE;
  }
  if (error instanceof GovkitError || error instanceof VerificationError) {
    say(error.message);
    return EXIT_FAILURE;
  }
  say(error instanceof Error ? error.message : String(error));
  return EXIT_FAILURE;
}
