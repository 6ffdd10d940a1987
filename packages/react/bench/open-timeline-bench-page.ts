import type { Browser, CDPSession, Page } from 'playwright-core';

export interface TimelineBenchPage {
  page: Page;
  cdp: CDPSession;
  /** The renderer main thread's CPU time so far, in ms (CDP `Performance` `ThreadTime`). */
  cpuMs: () => Promise<number>;
}

/**
 * A fresh page of the decision timeline benchmark with `count` entries built (not timed), the
 * garbage collected (so the fixture's garbage is not billed to the widget) and the widget mounted
 * in its loading state: ready for the timed `timelineBench.paint()`. Shared by the benchmark and
 * the profile script so both measure the same thing.
 */
export async function openTimelineBenchPage(
  browser: Browser,
  url: string,
  count: number,
  mode: 'timeline' | 'baseline' | 'floor',
): Promise<TimelineBenchPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  await page.evaluate((n) => window.timelineBench.prepare(n), count);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await page.evaluate((m) => window.timelineBench.mount(m), mode);
  await cdp.send('Performance.enable');
  const cpuMs = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')
      ?.value ?? Number.NaN) * 1000;
  return { page, cdp, cpuMs };
}
