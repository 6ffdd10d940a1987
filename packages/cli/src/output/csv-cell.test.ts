import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv-cell';

/** A strict RFC 4180 reader of one record, to check what csvRow writes round-trips. */
function readRecord(text: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else if (i >= text.length) {
          throw new Error('unterminated quote');
        } else {
          field += text[i];
          i += 1;
        }
      }
    } else {
      while (i < text.length && text[i] !== ',' && !(text[i] === '\r' && text[i + 1] === '\n')) {
        if (text[i] === '"') throw new Error('bare quote');
        field += text[i];
        i += 1;
      }
    }
    fields.push(field);
    if (text[i] === ',') {
      i += 1;
      continue;
    }
    if (text.slice(i) !== '\r\n')
      throw new Error(`junk after field: ${JSON.stringify(text.slice(i))}`);
    return fields;
  }
}

const runs = Number(process.env.GOVKIT_FC_RUNS) || 500;

// The characters CSV and spreadsheets care about, plus ordinary and astral text.
const cellText = fc.string({
  unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ' ', "'", 'a', 'é', '😀'),
  maxLength: 12,
});

describe('csvCell', () => {
  it('writes plain values as they are and null/undefined as empty', () => {
    expect(csvRow(['a', 1, true, null, undefined, -2.5])).toBe('a,1,true,,,-2.5\r\n');
  });

  it('quotes commas, quotes, line breaks and edge whitespace', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('defuses formula prefixes so spreadsheets keep the text', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    // Numbers are data, not text a spreadsheet would evaluate: they stay numbers.
    expect(csvCell(-5)).toBe('-5');
  });

  it('writes objects as compact JSON', () => {
    expect(csvCell({ a: 1, b: 'x,y' })).toBe('"{""a"":1,""b"":""x,y""}"');
  });

  it('round-trips any record through a strict reader, formula cells prefixed', () => {
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 6 }), (values) => {
        const parsed = readRecord(csvRow(values));
        expect(parsed).toEqual(values.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)));
        for (const cell of parsed) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: runs },
    );
  });
});
