// `pnpm bench log-viewer` (also part of `pnpm bench --browser`): the JSON log viewer's first
// paint of a 12 MB pipeline log in headless Chromium. The page holds the log gzipped at level 6
// (about 2 MB); each run times gunzip → JSON.parse → render → first rows painted, for the
// JsonLogViewer and for a naive baseline (JSON.parse + a recursive render of every node).
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

type Run = Record<'totalMs' | 'gunzipMs' | 'parseMs' | 'renderMs' | 'rows', number>;

await withBenchPage(
  join(import.meta.dirname, 'log-viewer-page'),
  { 'log.json.gz': gzip },
  async ({ url, browser, chromiumVersion }) => {
    const measure = async (mode: 'viewer' | 'baseline', runs: number) => {
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
      const stat = (key: keyof Run) => summarizeSamples(results.map((r) => r[key]));
      const total = stat('totalMs');
      console.log(
        `${mode.padEnd(8)} first rows painted: median ${total.median.toFixed(0)} ms (min ${total.min.toFixed(0)}, max ${total.max.toFixed(0)}) over ${runs} runs;` +
          ` median gunzip ${stat('gunzipMs').median.toFixed(0)} ms, parse ${stat('parseMs').median.toFixed(0)} ms, render ${stat('renderMs').median.toFixed(0)} ms;` +
          ` ${results[0]?.rows} rows in the DOM`,
      );
      return {
        total,
        gunzip: stat('gunzipMs'),
        parse: stat('parseMs'),
        render: stat('renderMs'),
        rows: results[0]?.rows ?? 0,
      };
    };
    const viewer = await measure('viewer', VIEWER_RUNS);
    const baseline = await measure('baseline', BASELINE_RUNS);
    const naive = `JSON.parse + naive recursive render (${baseline.rows.toLocaleString('en-US')} nodes in the DOM)`;
    reportSection({
      id: 'log-viewer',
      title: 'JSON log viewer: 12 MB to first rows (headless Chromium)',
      command: 'pnpm bench log-viewer',
      method: [
        `Chromium ${chromiumVersion} (Debian, headless, 1280×800) through playwright-core. The page (built with`,
        'Vite: the viewer from source, production React) holds a deterministic pipeline log',
        `(\`createLargePipelineLog\`, ${mib(json.length)} MiB of JSON) gzipped at level 6 (${mib(gzip.length)} MiB) in memory; each run`,
        'times gunzip (`DecompressionStream`) → `JSON.parse` → React render → first rows in the DOM plus',
        'one more animation frame (painted), in a fresh page. The viewer opens two levels deep (the events',
        'are rows of its virtual list). Baseline: the same gunzip and `JSON.parse`, then a naive recursive',
        `\`<ul>/<li>\` render of every node. Median of ${VIEWER_RUNS} viewer runs and ${BASELINE_RUNS} baseline runs after one warm-up.`,
        "The gunzip and parse rows are the share of the total that is the browser's own native work.",
      ].join('\n'),
      rows: [
        {
          figure: '12 MB log: gunzip → parse → first rows painted',
          value: viewer.total.median,
          unit: 'ms',
          baseline: { label: naive, value: baseline.total.median },
          goal: { op: '<=', value: 300 },
          detail: `${spread(viewer.total)}; ${viewer.rows} rows in the DOM`,
        },
        {
          figure: '… of which gunzip (`DecompressionStream`, native)',
          value: viewer.gunzip.median,
          unit: 'ms',
          detail: spread(viewer.gunzip),
        },
        {
          figure: '… of which `JSON.parse` (native)',
          value: viewer.parse.median,
          unit: 'ms',
          detail: spread(viewer.parse),
        },
        {
          figure: '… of which render + paint',
          value: viewer.render.median,
          unit: 'ms',
          baseline: { label: 'naive recursive render', value: baseline.render.median },
          detail: spread(viewer.render),
        },
      ],
    });
  },
);
