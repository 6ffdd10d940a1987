import { describe, expect, it } from 'vitest';
import { cloneData } from './clone-data';

function nested(depth: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let current = root;
  for (let i = 0; i < depth; i += 1) {
    const next: Record<string, unknown> = {};
    current.a = next;
    current = next;
  }
  return root;
}

describe('cloneData', () => {
  it('copies plain data deeply, keeping undefined values, sparse-free arrays and other objects', () => {
    const bytes = new Uint8Array([1, 2]);
    const source = { a: [1, { b: 'x', c: undefined }], d: null, bytes, when: new Date(0) };
    const copy = cloneData(source);
    expect(copy).toEqual(source);
    expect(copy.a).not.toBe(source.a);
    expect(copy.a[1]).not.toBe(source.a[1]);
    expect(copy.bytes).not.toBe(bytes);
    expect('c' in (copy.a[1] as object)).toBe(true);
  });

  it('gives shallow and deeply nested data the same key order', () => {
    const leaf = () => ({ a: 1, b: [{ c: 2, d: 3 }] });
    const shallow = cloneData(leaf());
    const deep = nested(1_000);
    let tail = deep;
    while (tail.a) tail = tail.a as Record<string, unknown>;
    tail.leaf = leaf();
    let copied = cloneData(deep);
    while (copied.a) copied = copied.a as Record<string, unknown>;
    const order = (value: unknown) => JSON.stringify(value);
    expect(order(copied.leaf)).toBe(order(shallow));
    expect(copied.leaf).toEqual(leaf());
    expect(copied.leaf).not.toBe(tail.leaf);
  });

  it('copies a value nested far deeper than structuredClone can', () => {
    const deep = nested(100_000);
    expect(() => structuredClone(deep)).toThrow(RangeError);
    let current = cloneData(deep);
    let depth = 0;
    while (current.a) {
      current = current.a as Record<string, unknown>;
      depth += 1;
    }
    expect(depth).toBe(100_000);
  });
});
