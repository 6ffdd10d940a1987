// Browser benchmark of the decision timeline's first screen (`node scripts/bench.mjs --browser
// decision-timeline`). Builds a page with Vite (the widget from source, production React) and
// drives Debian's Chromium headless through playwright-core. Each run builds the entries in the
// page first (not timed: the goal is "after the data is ready"), then times render → first
// entries painted for 100,000 and 1,000,000 entries, and for the baseline measured in the same
// run: a plain non-virtualized list of the same entries (same renderers) at 10,000.
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { sourceAliases } from '../../../scripts/source-aliases';

const RUNS = Number(process.env.GOVKIT_BENCH_RUNS ?? 7);
const BASELINE_RUNS = Number(process.env.GOVKIT_BENCH_BASELINE_RUNS ?? 3);
const chromiumPath = process.env.GOVKIT_CHROMIUM ?? '/usr/bin/chromium';
const GOALS = { 100000: 16, 1000000: 100 } as const;

const outDir = mkdtempSync(join(tmpdir(), 'govkit-timeline-bench-'));
try {
  await build({
    root: join(import.meta.dirname, 'decision-timeline-page'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { alias: sourceAliases },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir, emptyOutDir: true },
  });
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = join(outDir, path === '/' ? 'index.html' : path);
    response.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
    createReadStream(file)
      .on('error', () => response.writeHead(404).end())
      .pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  type Stat = { median: number; min: number; max: number };
  const measure = async (mode: 'timeline' | 'baseline', count: number, runs: number) => {
    const results: Record<string, number>[] = [];
    // One warm-up run, then the measured ones, each in a fresh page.
    for (let i = 0; i <= runs; i += 1) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
      await page.evaluate((n) => window.timelineBench.prepare(n), count);
      const result = await page.evaluate((m) => window.timelineBench.run(m), mode);
      if (i > 0) results.push(result);
      await page.close();
    }
    const stat = (key: string): Stat => {
      const values = results.map((r) => r[key] as number).sort((a, b) => a - b);
      return {
        median: values[Math.floor(values.length / 2)] as number,
        min: values[0] as number,
        max: values.at(-1) as number,
      };
    };
    const total = stat('totalMs');
    const maxRows = Math.max(...results.map((r) => Math.max(r.rows ?? 0, r.rowsAfterScroll ?? 0)));
    console.log(
      `${mode.padEnd(8)} ${count.toLocaleString('en')} entries: first screen painted median ${total.median.toFixed(1)} ms` +
        ` (min ${total.min.toFixed(1)}, max ${total.max.toFixed(1)}) over ${runs} runs;` +
        ` median render ${stat('renderMs').median.toFixed(1)} ms; ${results[0]?.rows} rows in the DOM` +
        ` (${results[0]?.rowsAfterScroll} after scrolling to the middle, at most ${maxRows})`,
    );
    return { total, maxRows };
  };
  const baseline = await measure('baseline', 10_000, BASELINE_RUNS);
  for (const count of [100_000, 1_000_000] as const) {
    const result = await measure('timeline', count, RUNS);
    const ratio = baseline.total.median / result.total.median;
    const goal = GOALS[count];
    console.log(
      `  → ${ratio.toFixed(1)}× faster than the plain list of 10,000; goal ≤ ${goal} ms: ` +
        `${result.total.median <= goal ? 'met' : 'MISSED'}; ≤ 300 rows: ${result.maxRows <= 300 ? 'met' : 'MISSED'}`,
    );
  }
  await browser.close();
  server.close();
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
