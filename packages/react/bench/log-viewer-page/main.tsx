// The page the log viewer browser benchmark drives: it holds the gzipped log in memory and, on
// `window.runBenchmark(mode)`, times gunzip → JSON.parse → render → first rows painted, either
// with the JsonLogViewer or with the naive baseline (a recursive render of the whole tree).
import { JsonLogViewer } from '@govkit/react/json-log-viewer';
import '@govkit/react/styles.css';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

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

declare global {
  interface Window {
    logGzip: ArrayBuffer | undefined;
    runBenchmark: (mode: 'viewer' | 'baseline') => Promise<Record<string, number>>;
  }
}

window.runBenchmark = async (mode) => {
  const gzip = window.logGzip;
  if (!gzip) throw new Error('log not loaded');
  const t0 = performance.now();
  const text = await new Response(
    new Blob([gzip]).stream().pipeThrough(new DecompressionStream('gzip')),
  ).text();
  const t1 = performance.now();
  const value = JSON.parse(text) as unknown;
  const t2 = performance.now();
  const container = document.getElementById('root') as HTMLElement;
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      mode === 'viewer' ? (
        <JsonLogViewer value={value} defaultExpandDepth={2} />
      ) : (
        <NaiveTree value={value} />
      ),
    ),
  );
  const selector = mode === 'viewer' ? '[role="treeitem"]' : 'li';
  while (!container.querySelector(selector)) await nextFrame();
  // One more frame: the rows have been painted, not only inserted.
  await nextFrame();
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
