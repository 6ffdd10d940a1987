// @govkit/cli: the `govkit` command-line tool, also callable in-process.

export { type ConnectionFlags, createCliClient, DEFAULT_BASE_URL } from './cli-client';
export {
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  reportError,
  UsageError,
  VerificationError,
} from './cli-errors';
export { type CliIo, type CliStream, colorEnabled } from './cli-io';
export { csvCell, csvRow } from './output/csv-cell';
export { CLI_VERSION, createProgram, runCli } from './run-cli';
