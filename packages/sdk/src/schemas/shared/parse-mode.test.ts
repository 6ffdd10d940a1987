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
