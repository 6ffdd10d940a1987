// The page the log viewer browser benchmark drives: it holds the gzipped log in memory and, on
// `window.runBenchmark(mode)`, times the way to the first rows painted:
//   streamed  `readJsonLog` inflates the stream natively and hands over the parsed beginning of
//             the log; the viewer paints its first rows from it while the rest inflates and
//             parses (then the whole log replaces it: `completeMs`)
//   whole     gunzip the whole log → JSON.parse → render (the viewer's previous path)
//   baseline  gunzip → JSON.parse → a naive recursive render of the whole tree
import { JsonLogViewer, readJsonLog } from '@govkit/react/json-log-viewer';
import '@govkit/react/styles.css';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

function NaiveTree({ value }: { value: unknown }) {
  if (value === null || typeof value !== 'object') return <span>{JSON.stringify(value)}</span>;
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i), v] as const)
    : Object.entries(value);
  return (
    <ul>
      {entries.map(([key, child]) => (
        <li key={key}>
          {key}: <NaiveTree value={child} />
        </li>
      ))}
    </ul>
  );
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export type BenchMode = 'streamed' | 'whole' | 'baseline';

declare global {
  interface Window {
    logGzip: ArrayBuffer | undefined;
    runBenchmark: (mode: BenchMode) => Promise<Record<string, number>>;
  }
}

/** Resolves once `selector` is in the DOM and one more frame has gone by (painted). */
async function painted(container: HTMLElement, selector: string) {
  while (!container.querySelector(selector)) await nextFrame();
  await nextFrame();
}

async function streamed(gzip: ArrayBuffer, container: HTMLElement, root: Root, t0: number) {
  const first: { painted?: Promise<number>; prefixAt?: number; renderedAt?: number } = {};
  const text = await readJsonLog(new Blob([gzip]), {
    gzip: true,
    onPrefix: (prefix) => {
      first.prefixAt = performance.now();
      flushSync(() => root.render(<JsonLogViewer value={prefix} partial defaultExpandDepth={2} />));
      first.renderedAt = performance.now();
      first.painted = painted(container, '[role="treeitem"]').then(() => performance.now());
    },
  });
  const t1 = performance.now();
  flushSync(() => root.render(<JsonLogViewer source={text} defaultExpandDepth={2} />));
  await painted(container, 'section:not([data-partial]) [role="treeitem"]');
  const t2 = performance.now();
  const firstRows = (await first.painted) ?? t2;
  return {
    totalMs: firstRows - t0,
    completeMs: t2 - t0,
    restReadMs: t1 - t0,
    prefixMs: (first.prefixAt ?? t2) - t0,
    prefixRenderMs: (first.renderedAt ?? t2) - (first.prefixAt ?? t2),
    jsonBytes: text.length,
  };
}

window.runBenchmark = async (mode) => {
  const gzip = window.logGzip;
  if (!gzip) throw new Error('log not loaded');
  const container = document.getElementById('root') as HTMLElement;
  const root = createRoot(container);
  const t0 = performance.now();
  if (mode === 'streamed') {
    const result: Record<string, number> = await streamed(gzip, container, root, t0);
    result.rows = container.querySelectorAll('[role="treeitem"]').length;
    root.unmount();
    return result;
  }
  const text = await new Response(
    new Blob([gzip]).stream().pipeThrough(new DecompressionStream('gzip')),
  ).text();
  const t1 = performance.now();
  const value = JSON.parse(text) as unknown;
  const t2 = performance.now();
  flushSync(() =>
    root.render(
      mode === 'whole' ? (
        <JsonLogViewer value={value} defaultExpandDepth={2} />
      ) : (
        <NaiveTree value={value} />
      ),
    ),
  );
  const selector = mode === 'whole' ? '[role="treeitem"]' : 'li';
  await painted(container, selector);
  const t3 = performance.now();
  const rows = container.querySelectorAll(selector).length;
  root.unmount();
  return {
    totalMs: t3 - t0,
    gunzipMs: t1 - t0,
    parseMs: t2 - t1,
    renderMs: t3 - t2,
    rows,
    jsonBytes: text.length,
  };
};

void fetch('./log.json.gz')
  .then((response) => response.arrayBuffer())
  .then((buffer) => {
    window.logGzip = buffer;
    document.body.dataset.ready = 'true';
  });
