import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openEnum } from './open-enum';
import { openObject } from './open-object';
import { type ContractWarning, parseContract, safeParseContract } from './parse-mode';
import { IdSchema, MetadataSchema, withMetaAlias } from './primitives';

const Kind = openEnum(['ALLOW', 'BLOCK'], { normalize: (v) => v.toUpperCase() });
const Thing = openObject({
  id: IdSchema,
  kind: Kind,
  nested: openObject({ a: z.number() }).optional(),
});

describe('openEnum', () => {
  it('normalises known spellings', () => {
    expect(parseContract(Kind, 'allow')).toBe('ALLOW');
  });
  it('keeps unknown values in lenient mode and reports them', () => {
    const warnings: ContractWarning[] = [];
    expect(parseContract(Kind, 'SHRUG', { onWarning: (w) => warnings.push(w) })).toBe('SHRUG');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.code).toBe('unknown_enum_value');
  });
  it('rejects unknown values in strict mode', () => {
    expect(safeParseContract(Kind, 'SHRUG', { mode: 'strict' }).success).toBe(false);
  });
});

describe('openObject', () => {
  it('keeps extra fields and reports their path', () => {
    const warnings: ContractWarning[] = [];
    const out = parseContract(
      Thing,
      { id: 7, kind: 'block', extra: 1, nested: { a: 1, more: true } },
      { onWarning: (w) => warnings.push(w) },
    );
    expect(out).toEqual({ id: '7', kind: 'BLOCK', extra: 1, nested: { a: 1, more: true } });
    expect(warnings.map((w) => w.path.join('.')).sort()).toEqual(['extra', 'nested.more']);
  });
  it('rejects extra fields in strict mode', () => {
    expect(
      safeParseContract(Thing, { id: '1', kind: 'ALLOW', x: 1 }, { mode: 'strict' }).success,
    ).toBe(false);
  });
  it('still extends', () => {
    const E = Thing.extend({ y: z.string() });
    expect(E.parse({ id: 1, kind: 'ALLOW', y: 'a' }).y).toBe('a');
  });
  it('meta alias', () => {
    const S = withMetaAlias(openObject({ metadata: MetadataSchema }));
    expect(S.parse({ meta: { a: 1 } })).toEqual({ metadata: { a: 1 } });
    expect(S.parse({})).toEqual({ metadata: {} });
  });
});

describe('parse modes are per call', () => {
  it('a lenient parse started inside a strict parse stays lenient (and vice versa)', () => {
    const nestedResults: boolean[] = [];
    // A transform that parses another payload leniently while the outer parse is strict: with a
    // process-wide mode flag, the inner parse would have seen "strict" and failed.
    const Outer = openObject({
      kind: Kind,
      probe: z.string().transform((value) => {
        nestedResults.push(safeParseContract(Thing, { id: value, kind: 'NEW', extra: 1 }).success);
        return value;
      }),
    });
    expect(
      safeParseContract(Outer, { kind: 'ALLOW', probe: '1' }, { mode: 'strict' }).success,
    ).toBe(true);
    expect(nestedResults).toEqual([true]);
    // And the strict outer parse still rejects its own unknown values.
    expect(safeParseContract(Outer, { kind: 'NEW', probe: '1' }, { mode: 'strict' }).success).toBe(
      false,
    );
  });

  it('keeps strictness through clones made by .meta() and .describe()', () => {
    const described = Kind.describe('kind').meta({ title: 'Kind' });
    expect(safeParseContract(described, 'SHRUG', { mode: 'strict' }).success).toBe(false);
    expect(safeParseContract(described, 'SHRUG').success).toBe(true);
  });
});
