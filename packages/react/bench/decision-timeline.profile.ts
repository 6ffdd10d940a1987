// Where the decision timeline's first screen spends its time (not a benchmark: nothing is
// reported to BENCHMARKS.md). Drives the benchmark's page through the same phases, wraps exactly
// the timed `paint()` in a V8 CPU profile (CDP `Profiler`, 50 µs sampling) and prints the self
// time per function, summed over the runs, beside each run's wall and main-thread CPU time.
//
//   GOVKIT_BENCH_READABLE=1 npx tsx packages/react/bench/decision-timeline.profile.ts [entries] [runs]
//
// GOVKIT_BENCH_READABLE keeps function names (no minification). The last run's profile is written
// to the temp folder; open it in Chrome DevTools (Performance → Load profile) for the call tree.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withBenchPage } from './browser-bench-harness';
import { openTimelineBenchPage } from './open-timeline-bench-page';

const entries = Number(process.argv[2]) || 100_000;
const runs = Number(process.argv[3]) || 3;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

await withBenchPage(
  join(import.meta.dirname, 'decision-timeline-page'),
  {},
  async ({ url, browser }) => {
    const selfMs = new Map<string, number>();
    for (let run = 0; run < runs; run++) {
      const {
        page,
        cdp,
        cpuMs: cpu,
      } = await openTimelineBenchPage(browser, url, entries, 'timeline');
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      const cpuBefore = await cpu();
      await cdp.send('Profiler.start');
      const painted = await page.evaluate(() => window.timelineBench.paint());
      const { profile } = await cdp.send('Profiler.stop');
      const cpuMs = (await cpu()) - cpuBefore;
      console.log(
        `run ${run + 1}: ${painted.totalMs.toFixed(1)} ms wall (render ${painted.renderMs.toFixed(1)}), ` +
          `${cpuMs.toFixed(1)} ms main-thread CPU incl. profiler, ${painted.rows} rows`,
      );
      const sampled = new Map<number, number>();
      profile.samples?.forEach((node, i) => {
        sampled.set(node, (sampled.get(node) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
      });
      for (const node of profile.nodes as ProfileNode[]) {
        const { functionName, url: script, lineNumber } = node.callFrame;
        const key = `${functionName || '(anonymous)'} ${script.split('/').pop()}:${lineNumber + 1}`;
        selfMs.set(key, (selfMs.get(key) ?? 0) + (sampled.get(node.id) ?? 0));
      }
      if (run === runs - 1) {
        const file = join(tmpdir(), `decision-timeline-${entries}.cpuprofile`);
        writeFileSync(file, JSON.stringify(profile));
        console.log(`last profile: ${file}`);
      }
      await page.close();
    }
    console.log(`\nself time per run (ms), ${entries.toLocaleString('en-US')} entries:`);
    for (const [key, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
      console.log(`${(ms / runs).toFixed(2).padStart(9)}  ${key}`);
    }
  },
);
