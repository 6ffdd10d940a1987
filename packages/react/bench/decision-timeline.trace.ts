// Where the decision timeline's timed first-screen window goes, by trace event (not a benchmark:
// nothing is reported to BENCHMARKS.md). Opens the benchmark's page exactly as the benchmark does,
// records a Chromium trace (devtools.timeline categories) around the timed `paint()`, and sums,
// per event name, the main thread's self time inside the window (between the page's
// `timeline-bench:start` and `:end` marks), plus the window's idle main-thread time (a wait: for
// a core, for the compositor, for a frame). Widget and floor rounds are interleaved so both see
// the same load.
//
//   npx tsx packages/react/bench/decision-timeline.trace.ts [entries] [rounds]
import { join } from 'node:path';
import { withBenchPage } from './browser-bench-harness';
import { openTimelineBenchPage } from './open-timeline-bench-page';

const entries = Number(process.argv[2]) || 100_000;
const rounds = Number(process.argv[3]) || 5;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'toplevel',
  'fonts',
  'disabled-by-default-fonts',
  'cc',
  'benchmark',
  'blink',
].join(',');

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

// Self time per event name on one thread within [from, to] (µs), complete events only.
function selfTimes(events: TraceEvent[], from: number, to: number) {
  const complete = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts < to && e.ts + (e.dur ?? 0) > from)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { e: TraceEvent; end: number; child: number }[] = [];
  const clip = (e: TraceEvent) => Math.min(to, e.ts + (e.dur ?? 0)) - Math.max(from, e.ts);
  const pop = () => {
    const top = stack.pop();
    if (!top) return;
    self.set(top.e.name, (self.get(top.e.name) ?? 0) + clip(top.e) - top.child);
    const parent = stack.at(-1);
    if (parent) parent.child += clip(top.e);
  };
  let busy = 0;
  for (const e of complete) {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= e.ts) pop();
    if (stack.length === 0) busy += clip(e);
    stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
  }
  while (stack.length > 0) pop();
  return { self, busy };
}

await withBenchPage(
  join(import.meta.dirname, 'decision-timeline-page'),
  {},
  async ({ url, browser }) => {
    const totals = { timeline: new Map<string, number>(), floor: new Map<string, number>() };
    for (let round = 0; round <= rounds; round++) {
      for (const mode of ['timeline', 'floor'] as const) {
        const { page } = await openTimelineBenchPage(browser, url, entries, mode);
        if (process.env.GOVKIT_TRACE_SECOND) {
          // The same page's second first screen: what the first one paid only once per page.
          await page.evaluate(() => window.timelineBench.paint());
          await page.evaluate(() => window.timelineBench.check());
          await page.evaluate((m) => window.timelineBench.mount(m), mode);
        }
        await browser.startTracing(page, { categories: CATEGORIES.split(',') });
        const painted = await page.evaluate(() => window.timelineBench.paint());
        const buffer = await browser.stopTracing();
        await page.close();
        if (round === 0) continue; // warm-up
        const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
        const mark = (name: string) => traceEvents.find((e) => e.name === name);
        const start = mark('timeline-bench:start');
        const end = mark('timeline-bench:end');
        if (!start || !end) throw new Error('marks not found in the trace');
        const main = traceEvents.filter((e) => e.pid === start.pid && e.tid === start.tid);
        const { self, busy } = selfTimes(main, start.ts, end.ts);
        const windowMs = (end.ts - start.ts) / 1000;
        const total = totals[mode];
        total.set('(window)', (total.get('(window)') ?? 0) + windowMs);
        total.set(
          '(idle in window)',
          (total.get('(idle in window)') ?? 0) + windowMs - busy / 1000,
        );
        for (const [name, us] of self) total.set(name, (total.get(name) ?? 0) + us / 1000);
        // Font work by its whole duration (it nests inside layout and shaping), with a count.
        for (const e of main) {
          if (e.ph !== 'X' || e.ts < start.ts || e.ts > end.ts || !/font/i.test(e.name)) continue;
          if (process.env.GOVKIT_TRACE_FONTS && round === 1) {
            console.log(
              `  ${mode} ${e.name} ${((e.dur ?? 0) / 1000).toFixed(2)} ms ${JSON.stringify(e.args)}`,
            );
          }
          const key = `[font, whole] ${e.name}`;
          total.set(key, (total.get(key) ?? 0) + (e.dur ?? 0) / 1000);
          total.set(`${key} (count)`, (total.get(`${key} (count)`) ?? 0) + 1);
        }
        console.log(
          `${mode.padEnd(8)} round ${round}: ${painted.totalMs.toFixed(1)} ms (render ${painted.renderMs.toFixed(1)}), ` +
            `traced window ${windowMs.toFixed(1)} ms, main thread busy ${(busy / 1000).toFixed(1)} ms`,
        );
      }
    }
    for (const mode of ['timeline', 'floor'] as const) {
      console.log(
        `\n${mode}: main-thread self time per round (ms), ${entries.toLocaleString('en-US')} entries`,
      );
      for (const [name, ms] of [...totals[mode]].sort((a, b) => b[1] - a[1]).slice(0, 32)) {
        console.log(`${(ms / rounds).toFixed(2).padStart(8)}  ${name}`);
      }
    }
  },
);
