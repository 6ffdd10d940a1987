import { Writable } from 'node:stream';
import { createColors } from 'picocolors';
import { describe, expect, it } from 'vitest';
import type { CliStream } from '../cli-io';
import { captureStream } from '../testing/capture-io';
import type { Column } from './column';
import type { OutputContext, OutputFormat } from './output-context';
import { writeObject, writeRecords } from './write-records';

interface Row {
  id: string;
  n: number;
}
const COLUMNS: Column<Row>[] = [
  { header: 'id', value: (r) => r.id, width: 6 },
  { header: 'n', value: (r) => r.n },
];

function context(format: OutputFormat, stdout: CliStream, color = false): OutputContext {
  return { format, stdout, stderr: stdout, colors: createColors(color), width: 80 };
}

async function render(format: OutputFormat, rows: Row[]) {
  const out = captureStream();
  await writeRecords(rows, COLUMNS, context(format, out.stream));
  return out.text();
}

const ROWS: Row[] = [
  { id: 'a', n: 1 },
  { id: 'b,"c"', n: 2 },
];

describe('writeRecords', () => {
  it('prints a JSON array that parses, even when empty', async () => {
    expect(JSON.parse(await render('json', ROWS))).toEqual(ROWS);
    expect(JSON.parse(await render('json', []))).toEqual([]);
  });

  it('prints one JSON record per line for ndjson', async () => {
    const lines = (await render('ndjson', ROWS)).trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual(ROWS);
  });

  it('prints a CSV header and escaped rows', async () => {
    expect(await render('csv', ROWS)).toBe('id,n\r\na,1\r\n"b,""c""",2\r\n');
  });

  it('prints a fixed-width table, cutting long cells and saying when there are no rows', async () => {
    const table = await render('table', [{ id: 'abcdefghij', n: 3 }]);
    expect(table).toBe('id      n\nabcde…  3\n');
    expect(await render('table', [])).toBe('id      n\n(no rows)\n');
  });

  it('writes each record before the next one is pulled (streams, never collects)', async () => {
    const out = captureStream();
    const seenBeforePull: number[] = [];
    async function* rows() {
      for (let i = 0; i < 5; i += 1) {
        // Let the PassThrough deliver what was written so far.
        await new Promise((resolve) => setImmediate(resolve));
        seenBeforePull.push(out.text().split('\n').filter(Boolean).length);
        yield { id: `r${i}`, n: i };
      }
    }
    const count = await writeRecords(rows(), COLUMNS, context('ndjson', out.stream));
    expect(count).toBe(5);
    expect(seenBeforePull).toEqual([0, 1, 2, 3, 4]);
  });

  it('waits for a full stream to drain instead of buffering without bound', async () => {
    let pending: (() => void) | undefined;
    let writes = 0;
    const slow = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, callback) {
        writes += 1;
        pending = callback;
      },
    });
    let pulled = 0;
    function* rows() {
      for (let i = 0; i < 3; i += 1) {
        pulled += 1;
        yield { id: `r${i}`, n: i };
      }
    }
    const done = writeRecords(rows(), COLUMNS, context('ndjson', slow));
    await new Promise((resolve) => setImmediate(resolve));
    // The first line filled the buffer: nothing more is pulled until the consumer catches up.
    expect(pulled).toBe(1);
    expect(writes).toBe(1);
    while (pulled < 3 || pending) {
      const release = pending;
      pending = undefined;
      release?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await done;
    expect(writes).toBe(3);
  });
});

describe('writeObject', () => {
  it('prints every format from one object', async () => {
    const record = { id: 'x', nested: { a: 1 }, empty: null };
    const print = async (format: OutputFormat, color = false) => {
      const out = captureStream();
      await writeObject(record, context(format, out.stream, color));
      return out.text();
    };
    expect(JSON.parse(await print('json'))).toEqual(record);
    expect(await print('ndjson')).toBe('{"id":"x","nested":{"a":1},"empty":null}\n');
    expect(await print('csv')).toBe('id,nested,empty\r\nx,"{""a"":1}",\r\n');
    expect(await print('table')).toBe('id      x\nnested  {"a":1}\nempty   \n');
    expect(await print('table', true)).toContain('\u001b[1m');
  });
});
