// `pnpm bench log-viewer` (also part of `pnpm bench --browser`): the JSON log viewer's first
// paint of a 12 MB pipeline log in headless Chromium. The page holds the log gzipped at level 6
// (about 2 MB); each run times the way to the first rows painted: streamed (readJsonLog's parsed
// beginning first, then the whole log), whole log first (gunzip → JSON.parse → render), and a
// naive baseline (JSON.parse + a recursive render of every node).
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { reportSection, spread, summarizeSamples } from '../../../scripts/bench/bench-report';
import { createLargePipelineLog } from '../src/json-log-viewer/json-log-viewer.fixtures';
import { withBenchPage } from './browser-bench-harness';

const LOG_BYTES = 12 * 1024 * 1024;
const VIEWER_RUNS = Number(process.env.GOVKIT_BENCH_RUNS ?? 9);
const BASELINE_RUNS = Number(process.env.GOVKIT_BENCH_BASELINE_RUNS ?? 3);

const json = JSON.stringify(createLargePipelineLog(LOG_BYTES));
const gzip = gzipSync(json, { level: 6 });
const mib = (bytes: number) => (bytes / 1_048_576).toFixed(2);
console.log(`log: ${mib(json.length)} MiB of JSON, ${mib(gzip.length)} MiB gzipped`);

type Run = Record<
  | 'totalMs'
  | 'completeMs'
  | 'restReadMs'
  | 'prefixMs'
  | 'prefixRenderMs'
  | 'gunzipMs'
  | 'parseMs'
  | 'renderMs'
  | 'rows',
  number
>;
type Mode = 'streamed' | 'whole' | 'baseline';

await withBenchPage(
  join(import.meta.dirname, 'log-viewer-page'),
  { 'log.json.gz': gzip },
  async ({ url, browser, chromiumVersion }) => {
    const measure = async (mode: Mode, runs: number) => {
      const results: Run[] = [];
      // One warm-up run, then the measured ones, each in a fresh page (no JIT or cache carry-over
      // between runs beyond what a reload keeps).
      for (let i = 0; i <= runs; i += 1) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(url);
        await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
        const result = (await page.evaluate((m) => window.runBenchmark(m), mode)) as Run;
        if (i > 0) results.push(result);
        await page.close();
      }
      const stat = (key: keyof Run) => summarizeSamples(results.map((r) => r[key] ?? 0));
      const total = stat('totalMs');
      console.log(
        `${mode.padEnd(8)} first rows painted: median ${total.median.toFixed(0)} ms (min ${total.min.toFixed(0)}, max ${total.max.toFixed(0)}) over ${runs} runs;` +
          (mode === 'streamed'
            ? ` median whole log shown ${stat('completeMs').median.toFixed(0)} ms, prefix parsed at ${stat('prefixMs').median.toFixed(0)} ms, its render ${stat('prefixRenderMs').median.toFixed(0)} ms;`
            : ` median gunzip ${stat('gunzipMs').median.toFixed(0)} ms, parse ${stat('parseMs').median.toFixed(0)} ms, render ${stat('renderMs').median.toFixed(0)} ms;`) +
          ` ${results[0]?.rows} rows in the DOM`,
      );
      return {
        total,
        complete: stat('completeMs'),
        prefix: stat('prefixMs'),
        prefixRender: stat('prefixRenderMs'),
        gunzip: stat('gunzipMs'),
        parse: stat('parseMs'),
        render: stat('renderMs'),
        rows: results[0]?.rows ?? 0,
      };
    };
    const viewer = await measure('streamed', VIEWER_RUNS);
    const whole = await measure('whole', VIEWER_RUNS);
    const baseline = await measure('baseline', BASELINE_RUNS);
    const naive = `JSON.parse + naive recursive render (${baseline.rows.toLocaleString('en-US')} nodes in the DOM)`;
    reportSection({
      id: 'log-viewer',
      title: 'JSON log viewer: 12 MB to first rows (headless Chromium)',
      command: 'pnpm bench log-viewer',
      method: [
        `Chromium ${chromiumVersion} (Debian, headless, 1280×800) through playwright-core. The page (built with`,
        'Vite: the viewer from source, production React) holds a deterministic pipeline log',
        `(\`createLargePipelineLog\`, ${mib(json.length)} MiB of JSON) gzipped at level 6 (${mib(gzip.length)} MiB) in memory. Each run, in a`,
        'fresh page, times from the start of reading to the first rows in the DOM plus one more animation',
        'frame (painted). The viewer streams the log: `readJsonLog` inflates it with `DecompressionStream`',
        'and hands over the parsed first 64 KB (`parseJsonPrefix`: whole events only), which the viewer',
        'shows as a partial log while the rest inflates and parses; "whole log shown" is when the full',
        'log has replaced it. "Whole log first" is the previous path (gunzip all → `JSON.parse` → render).',
        'The viewer opens two levels deep (the events are rows of its virtual list). Baseline: gunzip and',
        '`JSON.parse`, then a naive recursive `<ul>/<li>` render of every node.',
        `Median of ${VIEWER_RUNS} runs of each viewer path and ${BASELINE_RUNS} baseline runs, after one warm-up each.`,
      ].join('\n'),
      rows: [
        {
          figure: '12 MB log: first rows painted (streamed)',
          value: viewer.total.median,
          unit: 'ms',
          baseline: { label: naive, value: baseline.total.median },
          goal: { op: '<=', value: 300 },
          detail: `${spread(viewer.total)}; ${viewer.rows} rows in the DOM`,
        },
        {
          figure: '… the whole log shown (replacing the first rows)',
          value: viewer.complete.median,
          unit: 'ms',
          detail: spread(viewer.complete),
        },
        {
          figure: '12 MB log: first rows painted, whole log first (gunzip → parse → render)',
          value: whole.total.median,
          unit: 'ms',
          baseline: { label: naive, value: baseline.total.median },
          detail: `${spread(whole.total)}; gunzip ${whole.gunzip.median.toFixed(0)} · parse ${whole.parse.median.toFixed(0)} · render ${whole.render.median.toFixed(0)} ms (medians)`,
        },
      ],
    });
  },
);
