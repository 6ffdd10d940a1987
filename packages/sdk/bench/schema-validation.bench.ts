// `pnpm bench schema-validation`: the contract parse of a 10,000-entry timeline page and a
// 500-item decision trace page, lenient and strict, with zod's JIT (eval allowed) and `jitless`
// (what a page under a CSP without 'unsafe-eval' gets), beside `JSON.parse` of the same text.
//
// zod decides at schema construction whether an object may use its generated fast path, so the
// jitless figures come from a child process that sets `z.config({ jitless: true })` before the
// schemas are imported (as a CSP page's bootstrap would).
import { spawnSync } from 'node:child_process';
import { z } from 'zod';
import { reportSection, spread, type Timing, timeRuns } from '../../../scripts/bench/bench-report';
import type { BenchRow } from '../../../scripts/bench/bench-types';
import { formatFigure } from '../../../scripts/bench/render-benchmarks';

const TIMELINE_ENTRIES = Number(process.env.GOVKIT_BENCH_TIMELINE_ENTRIES) || 10_000;
const TRACE_ITEMS = 500;
const RUNS = Number(process.env.GOVKIT_BENCH_RUNS) || 15;
const JITLESS = process.env.GOVKIT_BENCH_JITLESS === '1';

interface Measured {
  name: 'timeline' | 'trace';
  bytes: number;
  jsonParse: Timing;
  lenient: Timing;
  lenientWarnings: Timing;
  strict: Timing;
  lenientTotal: Timing;
}

// The schemas (and the fixtures that build them) load only after the JIT choice is made.
async function measure(): Promise<Measured[]> {
  if (JITLESS) z.config({ jitless: true });
  const { parseContract } = await import('../src/schemas/shared/parse-mode');
  const { TimelinePageSchema } = await import('../src/schemas/timeline/timeline-page');
  const { DecisionTraceSchema } = await import('../src/schemas/replay/decision-trace');
  const { timelinePageText, tracePageText } = await import('./schema-validation-pages');
  const pages = [
    {
      name: 'timeline' as const,
      schema: TimelinePageSchema,
      text: timelinePageText(TIMELINE_ENTRIES),
    },
    { name: 'trace' as const, schema: DecisionTraceSchema, text: tracePageText(TRACE_ITEMS) },
  ];
  return pages.map(({ name, schema, text }) => {
    const value: unknown = JSON.parse(text);
    // A page that does not parse would make every figure meaningless: fail loudly instead.
    parseContract(schema, value, { mode: 'strict' });
    let warnings = 0;
    const onWarning = () => {
      warnings += 1;
    };
    const runs = { runs: RUNS, warmup: 3 };
    const measured: Measured = {
      name,
      bytes: text.length,
      jsonParse: timeRuns(() => JSON.parse(text), runs),
      lenient: timeRuns(() => parseContract(schema, value), runs),
      lenientWarnings: timeRuns(() => parseContract(schema, value, { onWarning }), runs),
      strict: timeRuns(() => parseContract(schema, value, { mode: 'strict' }), runs),
      lenientTotal: timeRuns(() => parseContract(schema, JSON.parse(text)), runs),
    };
    if (warnings !== 0)
      throw new Error(`${name}: a contract-valid page produced ${warnings} warnings`);
    return measured;
  });
}

if (JITLESS) {
  console.log(JSON.stringify(await measure()));
} else {
  const withEval = await measure();
  const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    env: { ...process.env, GOVKIT_BENCH_JITLESS: '1', GOVKIT_BENCH_OUT: '' },
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`jitless run failed: ${child.stderr}`);
  const jitless = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '[]') as Measured[];

  const rows: BenchRow[] = [];
  const label = (m: Measured) =>
    m.name === 'timeline'
      ? `timeline page, ${TIMELINE_ENTRIES.toLocaleString('en-US')} entries (${formatFigure(m.bytes / 1_048_576)} MiB)`
      : `decision trace page, ${TRACE_ITEMS} items (${formatFigure(m.bytes / 1_048_576)} MiB)`;
  for (const [jit, results] of [
    ['eval', withEval],
    ['jitless', jitless],
  ] as const) {
    for (const m of results) {
      // The goal is the timeline page's contract parse (the step govkit adds after the JSON is
      // decoded); the JSON.parse + parse total is shown beside it.
      // The goal is for 10,000 entries: a smaller page (GOVKIT_BENCH_TIMELINE_ENTRIES) has none.
      const goal =
        m.name === 'timeline' && TIMELINE_ENTRIES === 10_000
          ? { op: '<=' as const, value: 15 }
          : undefined;
      const baseline = { label: 'JSON.parse alone', value: m.jsonParse.median };
      const row = (mode: string, t: Timing, withGoal: boolean) =>
        rows.push({
          figure: `${label(m)}: ${mode}, ${jit}`,
          value: t.median,
          unit: 'ms',
          baseline,
          goal: withGoal ? goal : undefined,
          detail: spread(t),
        });
      row('lenient', m.lenient, true);
      row('strict', m.strict, true);
      row('lenient + warning pass (`onWarning`)', m.lenientWarnings, false);
      row('JSON.parse + lenient', m.lenientTotal, false);
    }
  }
  reportSection({
    id: 'schema-validation',
    title: 'Schema validation: timeline and decision trace pages',
    command: 'pnpm bench schema-validation',
    method: [
      `A ${TIMELINE_ENTRIES.toLocaleString('en-US')}-entry timeline page (entries of all five types produced by the real`,
      'governance timeline engine over the override world, repeated with distinct ids and times) and a',
      `${TRACE_ITEMS}-item decision trace page (the replay engine's own answer for a task with 400 decisions and`,
      '100 events), each parsed through `parseContract` from already-decoded JSON: lenient (default),',
      'strict, and lenient with an `onWarning` listener (which adds the strict pass that finds unknown',
      'fields). `eval`: zod compiles its object fast path; `jitless`: `z.config({ jitless: true })` set',
      'before the schemas load, as on a page whose CSP forbids eval. Baseline: `JSON.parse` of the same',
      `text. Median of ${RUNS} runs after 3 warm-ups. The ≤ 15 ms goal applies to the timeline page's`,
      'contract parse; the `JSON.parse + lenient` row is the whole cost from text.',
    ].join('\n'),
    rows,
  });
}
