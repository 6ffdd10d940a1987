import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalFingerprintJson, createInputFingerprint } from './input-fingerprint';

const NUM_RUNS = Number(process.env.GOVKIT_FC_RUNS) || 500;

describe('createInputFingerprint', () => {
  it('is the first 12 hex chars of SHA-256 over the canonical JSON', () => {
    const input = {
      file_names: ['quotes.csv', 'invoices.csv'],
      row_counts: { quotes: 3, invoices: 9 },
      date_range: { start: '2025-01-01', end: '2025-12-31' },
    };
    const json =
      '{"files":["invoices.csv","quotes.csv"],"counts":{"invoices":9,"quotes":3},' +
      '"range":{"start":"2025-01-01","end":"2025-12-31"}}';
    expect(canonicalFingerprintJson(input)).toBe(json);
    expect(createInputFingerprint(input)).toBe(bytesToHex(sha256(utf8ToBytes(json))).slice(0, 12));
    expect(createInputFingerprint(input)).toMatch(/^[0-9a-f]{12}$/);
  });

  it('hashes empty input like the seed (no files, no counts, null range)', () => {
    expect(canonicalFingerprintJson({})).toBe('{"files":[],"counts":{},"range":null}');
  });

  it("does not sort the caller's array in place", () => {
    const file_names = ['b.csv', 'a.csv'];
    createInputFingerprint({ file_names });
    expect(file_names).toEqual(['b.csv', 'a.csv']);
  });

  it('gives the same answer in any file order and any row_counts key order', () => {
    const entry = fc.tuple(fc.string({ maxLength: 8 }), fc.integer({ min: 0, max: 1e6 }));
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }),
        fc.uniqueArray(entry, { maxLength: 8, selector: ([key]) => key }),
        (names, entries) => {
          const shuffledNames = [...names].reverse();
          const shuffledEntries = [...entries].reverse();
          const a = createInputFingerprint({
            file_names: names,
            row_counts: Object.fromEntries(entries),
          });
          const b = createInputFingerprint({
            file_names: shuffledNames,
            row_counts: Object.fromEntries(shuffledEntries),
          });
          return a === b;
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('changes when the inputs change', () => {
    const base = createInputFingerprint({ file_names: ['a.csv'], row_counts: { invoices: 1 } });
    expect(createInputFingerprint({ file_names: ['a.csv'], row_counts: { invoices: 2 } })).not.toBe(
      base,
    );
    expect(createInputFingerprint({ file_names: ['b.csv'], row_counts: { invoices: 1 } })).not.toBe(
      base,
    );
    expect(
      createInputFingerprint({
        file_names: ['a.csv'],
        row_counts: { invoices: 1 },
        date_range: { start: '2025-01-01', end: '2025-01-31' },
      }),
    ).not.toBe(base);
  });
});
