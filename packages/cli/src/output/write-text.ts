import { once } from 'node:events';
import type { CliStream } from '../cli-io';

/**
 * Write text and, when the stream's buffer is full, wait for it to drain: a 100,000-row export
 * piped into a slow consumer then holds one page in memory, not the whole output.
 */
export async function writeText(stream: CliStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}
