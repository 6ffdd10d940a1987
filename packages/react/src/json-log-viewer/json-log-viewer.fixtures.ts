/** Logs for tests, stories and the browser benchmark: small by hand, large by a seeded generator. */

/** A short pipeline log in the producer's shape (`{events, summary}` plus raw inputs). */
export const SMALL_PIPELINE_LOG = {
  summary: {
    total_events: 3,
    error_count: 1,
    warning_count: 0,
    duration_seconds: 45.2,
    success: false,
  },
  events: [
    {
      timestamp: '2026-12-03T09:15:00Z',
      type: 'info',
      message: 'Pipeline started',
      data: { lead_id: 'lead-42', template: 'v1.2.0' },
    },
    {
      timestamp: '2026-12-03T09:15:21Z',
      type: 'info',
      message: 'Assessment fetched',
      data: { pagespeed: 87, 'user agent': 'govkit-cli/0.3.1' },
    },
    {
      timestamp: '2026-12-03T09:15:45Z',
      type: 'error',
      message: 'Pipeline failed: PDF render timed out',
      data: { retryable: true, attempt: null },
    },
  ],
  raw_inputs: { business: 'Northwind Heating & Air', city: 'Denver', tags: [] },
};

const TYPES = ['info', 'info', 'info', 'debug', 'warning', 'error'];
const STEPS = ['fetch_assessment', 'enrich_company', 'score_lead', 'render_html', 'render_pdf'];
const WORDS = ['lead', 'score', 'cache', 'retry', 'render', 'pdf', 'fetch', 'enrich', 'ok', 'slow'];

/**
 * A deterministic pipeline log of about `targetBytes` of JSON (events with ids, timings and
 * hashes, which compress about 6:1 like real logs: 12 MB gives roughly 2 MB of gzip).
 */
export function createLargePipelineLog(targetBytes: number, seed = 42) {
  let state = seed >>> 0;
  // mulberry32: small, seeded, good enough for test data.
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const hex = (length: number) => {
    let text = '';
    while (text.length < length) text += Math.floor(random() * 0x100000000).toString(16);
    return text.slice(0, length);
  };
  const events: unknown[] = [];
  let size = 0;
  let time = Date.UTC(2026, 11, 3, 9, 0, 0);
  while (size < targetBytes) {
    time += Math.floor(random() * 400);
    const event = {
      timestamp: new Date(time).toISOString(),
      type: pick(TYPES),
      step: pick(STEPS),
      message: `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} #${events.length}`,
      data: {
        request_id: hex(16),
        duration_ms: Math.round(random() * 5000) / 10,
        bytes: Math.floor(random() * 100_000),
        cache_hit: random() < 0.5,
        checksum: hex(12),
      },
    };
    size += JSON.stringify(event).length + 1;
    events.push(event);
  }
  return {
    summary: {
      total_events: events.length,
      error_count: events.filter((e) => (e as { type: string }).type === 'error').length,
      warning_count: events.filter((e) => (e as { type: string }).type === 'warning').length,
      duration_seconds: (time - Date.UTC(2026, 11, 3, 9, 0, 0)) / 1000,
      success: true,
    },
    events,
    raw_inputs: { business: 'Northwind Heating & Air', city: 'Denver' },
  };
}
