import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Download } from '@govkit/sdk';
import { UsageError } from '../cli-errors';
import type { CliIo } from '../cli-io';
import { createByteProgress } from './progress-bar';

/** What {@link saveDownload} wrote. */
export interface SavedDownload {
  path: string;
  bytes: number;
  /** Lowercase hex SHA-256 of the bytes written. */
  sha256: string;
}

/** Where a download goes: `--output`, else the server's filename, in the working directory. */
export function downloadTarget(io: CliIo, output: string | undefined, fallback: string): string {
  const name = output ?? fallback;
  return isAbsolute(name) ? name : join(io.cwd, name);
}

/**
 * Stream a download to `path` through a `.part` file, hashing and counting on the way (a progress
 * bar on a terminal). `verify` runs on the finished `.part` file; only when it passes is the file
 * renamed into place, so a failed or tampered download never leaves a file that looks complete.
 * An existing file is kept unless `force`.
 */
export async function saveDownload(
  download: Download,
  path: string,
  io: CliIo,
  options: { force?: boolean; verify?: (saved: SavedDownload) => Promise<void> } = {},
): Promise<SavedDownload> {
  if (existsSync(path) && !options.force) {
    throw new UsageError(`${path} already exists (use --force to overwrite)`);
  }
  const part = `${path}.part`;
  const hash = createHash('sha256');
  let bytes = 0;
  const progress = createByteProgress(io, 'downloading', download.contentLength);
  try {
    const body = Readable.fromWeb(download.stream() as Parameters<typeof Readable.fromWeb>[0]);
    body.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      bytes += chunk.byteLength;
      progress.advance(chunk.byteLength);
    });
    await pipeline(body, createWriteStream(part), { signal: io.signal });
    progress.stop();
    const saved = { path, bytes, sha256: hash.digest('hex') };
    await options.verify?.({ ...saved, path: part });
    await rename(part, path);
    return saved;
  } catch (error) {
    progress.stop();
    await rm(part, { force: true });
    throw error;
  }
}
