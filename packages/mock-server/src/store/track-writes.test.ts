import { describe, expect, it } from 'vitest';
import { trackWrites } from './track-writes';

class PrivateStore {
  #rows = new Map<string, number>();
  get size() {
    return this.#rows.size;
  }
  put(key: string, value: number) {
    this.#rows.set(key, value);
  }
  get(key: string) {
    return this.#rows.get(key);
  }
  refuse() {
    throw new Error('no');
  }
}

describe('trackWrites', () => {
  it('reports each write method call after it returns', () => {
    const writes: string[] = [];
    const store = trackWrites(new PrivateStore(), ['put', 'refuse'], (m) => writes.push(m));
    store.put('a', 1);
    expect(() => store.refuse()).toThrow('no');
    expect(writes).toEqual(['put']);
  });

  it('keeps reads, getters and #private state of class stores working', () => {
    const store = trackWrites(new PrivateStore(), ['put'], () => {});
    store.put('a', 1);
    expect(store.get('a')).toBe(1);
    expect(store.size).toBe(1);
    const { get } = store;
    expect(get('a')).toBe(1);
  });
});
