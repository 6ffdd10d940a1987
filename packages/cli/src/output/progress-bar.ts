import { SingleBar } from 'cli-progress';
import type { CliIo } from '../cli-io';

/** A byte counter shown as a bar on a terminal; silent when stderr is not one. */
export interface ByteProgress {
  advance(bytes: number): void;
  stop(): void;
}

const SILENT: ByteProgress = { advance: () => undefined, stop: () => undefined };

/**
 * A cli-progress bar on stderr (stdout stays clean for data), only when stderr is a terminal.
 * Without a known total (no `Content-Length`) it shows the bytes received.
 */
export function createByteProgress(io: CliIo, label: string, total?: number): ByteProgress {
  if (!io.stderr.isTTY) return SILENT;
  const known = total !== undefined && total > 0;
  const bar = new SingleBar({
    stream: io.stderr,
    format: known
      ? `${label} [{bar}] {percentage}% | {value}/{total} bytes`
      : `${label} {value} bytes`,
    hideCursor: true,
    clearOnComplete: false,
  });
  bar.start(known ? total : 0, 0);
  let received = 0;
  return {
    advance(bytes) {
      received += bytes;
      if (!known) bar.setTotal(received);
      bar.update(received);
    },
    stop: () => bar.stop(),
  };
}
