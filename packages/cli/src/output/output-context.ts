import { createColors } from 'picocolors';
import { type CliIo, type CliStream, colorEnabled } from '../cli-io';

/** How records are printed: a readable table (default), or an export format for scripts. */
export type OutputFormat = 'table' | 'json' | 'ndjson' | 'csv';

/** picocolors' formatter set, plain strings when colour is off. */
export type Colors = ReturnType<typeof createColors>;

/** Where and how a command prints. */
export interface OutputContext {
  format: OutputFormat;
  stdout: CliStream;
  stderr: CliStream;
  /** For stdout (tables); stderr has its own decision in {@link stderrColors}. */
  colors: Colors;
  /** Terminal width for tables (80 when unknown, e.g. piped). */
  width: number;
}

/** The output flags every command accepts. */
export interface OutputFlags {
  json?: boolean;
  ndjson?: boolean;
  csv?: boolean;
}

/** The format the flags ask for (commander makes them mutually exclusive), else a table. */
export function outputFormat(flags: OutputFlags): OutputFormat {
  if (flags.json) return 'json';
  if (flags.ndjson) return 'ndjson';
  if (flags.csv) return 'csv';
  return 'table';
}

/** Build the output context of one command run. */
export function createOutputContext(io: CliIo, flags: OutputFlags): OutputContext {
  return {
    format: outputFormat(flags),
    stdout: io.stdout,
    stderr: io.stderr,
    colors: createColors(colorEnabled(io.stdout, io.env)),
    width: io.stdout.columns && io.stdout.columns > 20 ? io.stdout.columns : 80,
  };
}

/** Colours for messages on stderr (errors, warnings, migration notes). */
export function stderrColors(io: CliIo): Colors {
  return createColors(colorEnabled(io.stderr, io.env));
}
