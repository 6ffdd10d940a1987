// Browser benchmark of the JSON log viewer's first paint (`pnpm bench --browser log-viewer`).
// Builds a small page with Vite (the viewer from source, production React), serves it with a
// 12 MB pipeline log gzipped at level 6 (about 2 MB), and drives Debian's Chromium headless
// through playwright-core: each run times gunzip → JSON.parse → render → first rows painted,
// for the JsonLogViewer and for a naive baseline (JSON.parse + a recursive render of every node).
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { sourceAliases } from '../../../scripts/source-aliases';
import { createLargePipelineLog } from '../src/json-log-viewer/json-log-viewer.fixtures';

const LOG_BYTES = 12 * 1024 * 1024;
const VIEWER_RUNS = Number(process.env.GOVKIT_BENCH_RUNS ?? 9);
const BASELINE_RUNS = Number(process.env.GOVKIT_BENCH_BASELINE_RUNS ?? 3);
const chromiumPath = process.env.GOVKIT_CHROMIUM ?? '/usr/bin/chromium';

const outDir = mkdtempSync(join(tmpdir(), 'govkit-log-bench-'));
try {
  await build({
    root: join(import.meta.dirname, 'log-viewer-page'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { alias: sourceAliases },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir, emptyOutDir: true },
  });
  const json = JSON.stringify(createLargePipelineLog(LOG_BYTES));
  const gzip = gzipSync(json, { level: 6 });
  writeFileSync(join(outDir, 'log.json.gz'), gzip);
  console.log(
    `log: ${(json.length / 1048576).toFixed(2)} MiB of JSON, ${(gzip.length / 1048576).toFixed(2)} MiB gzipped`,
  );

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
  const measure = async (mode: 'viewer' | 'baseline', runs: number) => {
    const results: Record<string, number>[] = [];
    // One warm-up run, then the measured ones, each in a fresh page (no JIT or cache carry-over
    // between runs beyond what a reload keeps).
    for (let i = 0; i <= runs; i += 1) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
      const result = await page.evaluate((m) => window.runBenchmark(m), mode);
      if (i > 0) results.push(result);
      await page.close();
    }
    const stat = (key: string) => {
      const values = results.map((r) => r[key] as number).sort((a, b) => a - b);
      return {
        median: values[Math.floor(values.length / 2)] as number,
        min: values[0] as number,
        max: values.at(-1) as number,
      };
    };
    const total = stat('totalMs');
    console.log(
      `${mode.padEnd(8)} first rows painted: median ${total.median.toFixed(0)} ms (min ${total.min.toFixed(0)}, max ${total.max.toFixed(0)}) over ${runs} runs;` +
        ` median gunzip ${stat('gunzipMs').median.toFixed(0)} ms, parse ${stat('parseMs').median.toFixed(0)} ms, render ${stat('renderMs').median.toFixed(0)} ms;` +
        ` ${results[0]?.rows} rows in the DOM`,
    );
  };
  await measure('viewer', VIEWER_RUNS);
  await measure('baseline', BASELINE_RUNS);
  await browser.close();
  server.close();
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
