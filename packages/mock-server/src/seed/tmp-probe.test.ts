import { createInMemoryReplayStore } from '@govkit/sdk/engines';
import { it } from 'vitest';
import { createSeededRandom } from '../store/seeded-random';
import { seedReplayBulk } from './replay-bulk';
it('probe', () => {
  const N = 1_000_000;
  const rows: unknown[] = [];
  const fake = { putTask() {}, insertEvent() {}, insertAudit(r: unknown) { rows.push(r); return r; } } as never;
  let t0 = performance.now();
  seedReplayBulk(fake, createSeededRandom(1), Date.UTC(2026, 0, 15), { decisions: N, traceItems: 0 });
  console.log('gen', ((performance.now() - t0) * 1000 / N).toFixed(2), 'us');
  const raw = createInMemoryReplayStore();
  t0 = performance.now();
  for (const r of rows) raw.insertAudit(r as never);
  console.log('raw insert', ((performance.now() - t0) * 1000 / N).toFixed(2), 'us');
}, 120_000);
