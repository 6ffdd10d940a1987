import type { Writable } from 'node:stream';

/** A stream the CLI writes to; `isTTY`/`columns` are read when present (process.stdout has them). */
export type CliStream = Writable & { isTTY?: boolean; columns?: number };

/**
 * Everything the CLI touches outside itself, passed in so tests can run it in-process with
 * captured streams and a given environment (the bin passes the real process's).
 */
export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  env: Readonly<Record<string, string | undefined>>;
  /** Relative output paths and the default migration log resolve against this directory. */
  cwd: string;
  /** Aborted on Ctrl-C: ends `timeline --follow` and cancels requests in flight. */
  signal?: AbortSignal | undefined;
}

/** Colour only on a terminal, and never when `NO_COLOR` is set (to anything non-empty). */
export function colorEnabled(stream: CliStream, env: CliIo['env']): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}
