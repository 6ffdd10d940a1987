import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { createLargePipelineLog } from './json-log-viewer.fixtures';
import { readJsonLog } from './read-json-log';

const log = createLargePipelineLog(400_000);
const json = JSON.stringify(log);

/** A byte stream that hands over `bytes` in chunks of `size`. */
function streamOf(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.byteLength) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

describe('readJsonLog', () => {
  it('inflates a gzip Blob to the whole text, handing over the parsed beginning first', async () => {
    const onPrefix = vi.fn();
    const text = await readJsonLog(new Blob([gzipSync(json)]), { gzip: true, onPrefix });
    expect(text).toBe(json);
    expect(onPrefix).toHaveBeenCalledTimes(1);
    const prefix = onPrefix.mock.calls[0]?.[0] as typeof log;
    expect(prefix.summary).toEqual(log.summary);
    expect(prefix.events.length).toBeGreaterThan(10);
    expect(prefix.events.length).toBeLessThan(log.events.length);
    expect(prefix.events).toEqual(log.events.slice(0, prefix.events.length));
  });

  it('reads a plain byte stream, decoding characters split across chunks', async () => {
    const text = JSON.stringify({ events: [{ city: 'Zürich', note: '日本語 ✓' }] });
    const bytes = new TextEncoder().encode(text);
    await expect(readJsonLog(streamOf(bytes, 3))).resolves.toBe(text);
  });

  it('waits for more text when the first chunk holds no whole entry yet', async () => {
    const onPrefix = vi.fn();
    const bytes = new TextEncoder().encode(json);
    await readJsonLog(streamOf(bytes, 1000), { onPrefix, prefixChars: 50 });
    expect(onPrefix).toHaveBeenCalledTimes(1);
    // The first whole values: a part of the summary (two deep), each value as in the log.
    const prefix = onPrefix.mock.calls[0]?.[0] as typeof log;
    expect(Object.keys(prefix.summary).length).toBeGreaterThan(0);
    expect(log.summary).toMatchObject(prefix.summary);
  });

  it('hands invalid JSON over as text (the viewer shows it as invalid) and no prefix', async () => {
    const onPrefix = vi.fn();
    const bad = 'this is { not json, '.repeat(5000);
    await expect(readJsonLog(new Blob([bad]), { onPrefix, prefixChars: 100 })).resolves.toBe(bad);
    expect(onPrefix).not.toHaveBeenCalled();
  });

  it('fails clearly on bytes that are not gzip', async () => {
    await expect(readJsonLog(new Blob(['{"a":1}']), { gzip: true })).rejects.toThrow();
  });
});
