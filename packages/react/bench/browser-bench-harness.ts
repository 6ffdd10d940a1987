// What the browser benchmarks share: build a page with Vite (widgets from source, production
// React), serve the build and extra files on 127.0.0.1, and launch Debian's Chromium headless
// through playwright-core with the flags our closed network needs.
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { sourceAliases } from '../../../scripts/source-aliases';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

export interface BenchPage {
  url: string;
  browser: Browser;
  /** Chromium's version string, for the report. */
  chromiumVersion: string;
}

/**
 * Build `pageDir` (an index.html + entry), write `files` beside the build, serve it and launch
 * Chromium; `use` runs with both and everything is torn down afterwards, even on failure.
 */
export async function withBenchPage<T>(
  pageDir: string,
  files: Record<string, Uint8Array | string>,
  use: (page: BenchPage) => Promise<T>,
): Promise<T> {
  const outDir = mkdtempSync(join(tmpdir(), 'govkit-browser-bench-'));
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    await build({
      root: pageDir,
      base: './',
      configFile: false,
      logLevel: 'warn',
      plugins: [react()],
      resolve: { alias: sourceAliases },
      define: { 'process.env.NODE_ENV': '"production"' },
      // GOVKIT_BENCH_READABLE=1 keeps function names for CPU profiles (the figures are not
      // reported from such a build).
      build: { outDir, emptyOutDir: true, minify: !process.env.GOVKIT_BENCH_READABLE },
    });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(outDir, name), content);
    const listening = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      const file = join(outDir, path === '/' ? 'index.html' : path);
      response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
      createReadStream(file)
        .on('error', () => response.writeHead(404).end())
        .pipe(response);
    });
    server = listening;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    const address = listening.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    browser = await chromium.launch({
      executablePath: process.env.GOVKIT_CHROMIUM ?? '/usr/bin/chromium',
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
    return await use({ url, browser, chromiumVersion: browser.version() });
  } finally {
    await browser?.close();
    server?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
