/**
 * Where engines get new ids. The default is random UUIDs; seeded worlds and tests inject a
 * sequential generator so the same inputs give the same ids.
 */
export interface IdGenerator {
  next(prefix?: string): string;
}

export const randomIdGenerator: IdGenerator = {
  next: (prefix) => (prefix ? `${prefix}-${crypto.randomUUID()}` : crypto.randomUUID()),
};

/** `prefix-000001`, `prefix-000002`, … (one counter per generator, shared by all prefixes). */
export function createSequentialIdGenerator(start = 1): IdGenerator {
  let counter = start;
  return {
    next: (prefix = 'id') => `${prefix}-${String(counter++).padStart(6, '0')}`,
  };
}

/**
 * Deterministic UUID-shaped ids from a seed (mulberry32). For worlds that must look like
 * production (UUIDs) yet be identical for the same seed.
 */
export function createSeededUuidGenerator(seed: number): IdGenerator {
  let state = seed >>> 0;
  const nextByte = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) & 0xff;
  };
  return {
    next: (prefix) => {
      const bytes = Array.from({ length: 16 }, nextByte);
      bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
      bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
      const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
      const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
      return prefix ? `${prefix}-${uuid}` : uuid;
    },
  };
}
