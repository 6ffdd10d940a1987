import { PassThrough } from 'node:stream';
import type { CliIo, CliStream } from '../cli-io';

/** A stream that remembers what was written, optionally pretending to be a terminal. */
export interface CapturedStream {
  stream: CliStream;
  text(): string;
}

/** Capture a stream's output (`tty: true` makes it look like a terminal 100 columns wide). */
export function captureStream(tty = false): CapturedStream {
  const stream = new PassThrough() as PassThrough & CliStream;
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  if (tty) {
    stream.isTTY = true;
    stream.columns = 100;
    // cli-progress redraws with cursor moves, which only terminals have.
    Object.assign(stream, {
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
    });
  }
  return { stream, text: () => chunks.join('') };
}

/** IO for an in-process run: captured stdout/stderr, the given env and working directory. */
export interface CapturedIo {
  io: CliIo;
  stdout: () => string;
  stderr: () => string;
}

/** Build a {@link CapturedIo}. */
export function captureIo(
  options: {
    env?: Record<string, string | undefined>;
    cwd?: string;
    tty?: boolean;
    signal?: AbortSignal;
  } = {},
): CapturedIo {
  const out = captureStream(options.tty);
  const err = captureStream(options.tty);
  return {
    io: {
      stdout: out.stream,
      stderr: err.stream,
      env: options.env ?? {},
      cwd: options.cwd ?? process.cwd(),
      signal: options.signal,
    },
    stdout: out.text,
    stderr: err.text,
  };
}
