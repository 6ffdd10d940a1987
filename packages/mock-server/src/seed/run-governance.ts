import type { RunStartRequestInput } from '@govkit/sdk';
import type { MockStore } from '../store/mock-store';
import type { SeededRandom } from '../store/seeded-random';

const HOUR_MS = 3_600_000;

/** A seeded workspace: its id and the business it describes (drives the watch list). */
export interface SeededWorkspace {
  id: string;
  name: string;
  /** A library industry tag, or null to leave classification to the name's keywords. */
  industry: string | null;
}

/** The workspaces of a seeded world; bigger scales add numbered copies (`ws-…-2`). */
export const SEEDED_WORKSPACES: readonly SeededWorkspace[] = [
  { id: 'ws-northwind-hvac', name: 'Northwind Heating & Air', industry: 'hvac' },
  { id: 'ws-smokehouse-bbq', name: 'Smokehouse BBQ', industry: 'bbq_restaurant' },
  { id: 'ws-brightline-electric', name: 'Brightline Electric', industry: 'electrician' },
  { id: 'ws-greenleaf-landscaping', name: 'Greenleaf Landscaping', industry: 'landscaping' },
  { id: 'ws-pipeworks-plumbing', name: 'Pipeworks Plumbing', industry: 'plumbing' },
  { id: 'ws-summit-contractors', name: 'Summit Contractors', industry: 'contractor' },
  { id: 'ws-corner-services', name: 'Corner Services', industry: null },
];

/**
 * Seed run governance: `round(4 × scale)` workspaces (the list above, then numbered copies), each
 * with 1–3 finished runs spread over the last two weeks, about a third of them gated (an invoices
 * file with zero invoices detected). Then, at the store's "now":
 *
 * - the first workspace holds a **live** lock (owner `user-reviewer`, one hour), so the lock
 *   inspector and the 409 refusal can be shown without setting anything up;
 * - the second workspace holds an **expired** lock (taken two hours ago for 300 s, never
 *   released), the "holder crashed" case: anyone may reclaim it.
 */
export function seedRunGovernance(store: MockStore, rng: SeededRandom, scale: number): void {
  const count = Math.round(4 * scale);
  if (count === 0) return;
  const now = store.clock.now();
  const { pipeline, locks } = store.runGovernance;
  const workspaces = Array.from({ length: count }, (_, i): SeededWorkspace => {
    const base = SEEDED_WORKSPACES[i % SEEDED_WORKSPACES.length] as SeededWorkspace;
    const round = Math.floor(i / SEEDED_WORKSPACES.length);
    return round === 0 ? base : { ...base, id: `${base.id}-${round + 1}` };
  });

  // Runs in chronological order across all workspaces, so ids and times increase together.
  const planned = workspaces.flatMap((workspace) =>
    Array.from({ length: rng.int(1, 3) }, () => ({
      workspace,
      at: now - rng.int(1, 14 * 24) * HOUR_MS - rng.int(0, 59) * 60_000,
      gated: rng.chance(1 / 3),
      owner: rng.pick(['user-admin', 'user-manager', 'user-lead', 'user-reviewer']),
    })),
  );
  planned.sort((a, b) => a.at - b.at);
  for (const run of planned) {
    store.clock.set(run.at);
    pipeline.runPipeline(run.workspace.id, runRequest(run, rng));
  }

  store.clock.set(now - 2 * HOUR_MS);
  const expired = workspaces[1];
  if (expired) locks.acquireRunLock(expired.id, 'user-member', 300);
  store.clock.set(now);
  const live = workspaces[0];
  if (live) locks.acquireRunLock(live.id, 'user-reviewer', 3600);
}

function runRequest(
  run: {
    workspace: SeededWorkspace;
    gated: boolean;
    owner: string;
    at: number;
  },
  rng: SeededRandom,
): RunStartRequestInput {
  const invoices = run.gated ? 0 : rng.int(20, 400);
  const end = new Date(run.at).toISOString().slice(0, 10);
  const start = new Date(run.at - 90 * 24 * HOUR_MS).toISOString().slice(0, 10);
  return {
    owner: run.owner,
    files: [
      {
        name: 'invoices.csv',
        category: 'invoices',
        row_count: run.gated ? rng.int(5, 40) : invoices,
      },
      { name: 'quotes.csv', category: 'quotes', row_count: rng.int(5, 120) },
    ],
    invoices_detected_count: invoices,
    quotes_detected_count: rng.int(5, 120),
    business_profile: {
      industry_bucket: run.workspace.industry,
      name_guess: run.workspace.name,
    },
    date_range: { start, end },
  };
}
