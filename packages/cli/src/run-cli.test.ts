import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEEDED_REPLAY } from '@govkit/mock-server';
import { type RunningMockServer, startMockServer } from '@govkit/mock-server/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProgram, runCli } from './run-cli';
import { captureIo } from './testing/capture-io';

// The escape that starts every ANSI colour sequence.
const ANSI = '\u001b[';

let server: RunningMockServer;
beforeAll(async () => {
  server = await startMockServer();
}, 60_000);
afterAll(() => server.close());

async function govkit(args: string[], options: Parameters<typeof captureIo>[0] = {}) {
  const captured = captureIo({
    ...options,
    env: { GOVKIT_BASE_URL: server.url, ...options.env },
  });
  const code = await runCli(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe('govkit replay commands', () => {
  it('prints a summary as a table, JSON, NDJSON or CSV', async () => {
    const table = await govkit(['summary', 'task-123']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^task_id\s+task-123$/m);
    expect(table.stdout).toMatch(/^blocked_reason_code\s+REDLINE_001$/m);
    const json = await govkit(['summary', 'task-123', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ task_id: 'task-123', status: 'BLOCKED' });
    const ndjson = await govkit(['--ndjson', 'summary', 'task-123']);
    expect(ndjson.stdout.trimEnd().split('\n')).toHaveLength(1);
    const csv = await govkit(['summary', 'task-123', '--csv']);
    const [header, row] = csv.stdout.split('\r\n');
    expect(header?.split(',')[0]).toBe('task_id');
    expect(row?.split(',')[0]).toBe('task-123');
  });

  it('streams every page of a trace, in order, without duplicates', async () => {
    const { code, stdout } = await govkit([
      'trace',
      SEEDED_REPLAY.longTraceTaskId,
      '--ndjson',
      '--page-size',
      '97',
    ]);
    expect(code).toBe(0);
    const items = stdout
      .trimEnd()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { ts: string; kind: string; audit_id?: string; event_id?: string },
      );
    expect(items.length).toBe(1000);
    const ids = items.map((item) => `${item.kind}:${item.audit_id ?? item.event_id}`);
    expect(new Set(ids).size).toBe(items.length);
    const times = items.map((item) => Date.parse(item.ts));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('streams a trace as one JSON array and as CSV with a header', async () => {
    const json = await govkit(['trace', 'task-123', '--json']);
    const items = JSON.parse(json.stdout) as unknown[];
    expect(items).toHaveLength(11);
    const csv = await govkit(['trace', 'task-123', '--csv']);
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('ts,kind,id,event_type,decision,decision_id');
    expect(rows).toHaveLength(12);
    expect(rows.some((row) => row.endsWith(',BLOCK,dec-001'))).toBe(true);
  });

  it('prints a decision and each stats view, honouring --window, --top-n and --pctl', async () => {
    const decision = await govkit(['decision', SEEDED_REPLAY.docDecisionId, '--json']);
    expect(JSON.parse(decision.stdout)).toMatchObject({ decision_id: 'dec-001' });
    const blocked = await govkit(['stats', 'blocked-reasons', '--top-n', '2', '--json']);
    expect(JSON.parse(blocked.stdout)).toMatchObject({ window: '7d', top_n: 2 });
    const blockedCsv = await govkit(['stats', 'blocked-reasons', '--window', '24h', '--csv']);
    expect(blockedCsv.stdout.split('\r\n')[0]).toBe(
      'task_id,block_count,reason_code,last_blocked_at',
    );
    const types = await govkit(['stats', 'decision-types', '--window', '30d']);
    expect(types.stdout).toMatch(/^decision_type\s+count$/m);
    const typesJson = await govkit(['stats', 'decision-types', '--json']);
    expect(JSON.parse(typesJson.stdout)).toHaveProperty('total');
    const lag = await govkit(['stats', 'decision-lag', '--pctl', '99', '--json']);
    expect(JSON.parse(lag.stdout)).toMatchObject({ percentile: 99, window: '24h' });
    const lagTable = await govkit(['stats', 'decision-lag', '--window', '7d']);
    expect(lagTable.stdout).toMatch(/^percentile\s+95$/m);
    expect(lagTable.stdout).not.toMatch(/^samples/m);
  });
});

describe('govkit exit codes and errors', () => {
  it('exits 1 with the API detail on stderr, and nothing on stdout', async () => {
    const missing = await govkit(['summary', 'no-such-task']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('404 Task not found');
    const trace = await govkit(['trace', 'no-such-task', '--csv']);
    expect(trace.code).toBe(1);
    expect(trace.stdout).toBe('');
  });

  it('exits 1 when the API cannot be reached', async () => {
    const { code, stderr } = await govkit(['summary', 'task-123'], {
      env: { GOVKIT_BASE_URL: 'http://127.0.0.1:9' },
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/connect|fetch failed/i);
  }, 30_000);

  it('exits 2 on bad usage: unknown command or option, bad values, conflicting formats', async () => {
    for (const args of [
      ['bogus'],
      ['summary'],
      ['summary', 'task-123', '--nope'],
      ['trace', 'task-123', '--page-size', 'ten'],
      ['trace', 'task-123', '--page-size', '501'],
      ['stats', 'decision-lag', '--window', '1y'],
      ['stats', 'decision-lag', '--pctl', '100'],
      ['summary', 'task-123', '--json', '--csv'],
      ['summary', 'task-123', '--base-url', 'not a url'],
      ['summary', 'task-123', '--base-url', 'ftp://example.com'],
      [],
    ]) {
      const { code, stderr, stdout } = await govkit(args);
      expect(code, args.join(' ')).toBe(2);
      if (args.length > 0) expect(stderr, args.join(' ')).not.toBe('');
      else expect(stdout).toContain('Usage: govkit');
    }
  });

  it('exits 0 for --help and --version', async () => {
    expect((await govkit(['--help'])).code).toBe(0);
    const version = await govkit(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('has help with examples for every command', async () => {
    const { io } = captureIo();
    const paths: string[][] = [];
    const walk = (command: ReturnType<typeof createProgram>, path: string[]) => {
      for (const sub of command.commands) {
        paths.push([...path, sub.name()]);
        walk(sub, [...path, sub.name()]);
      }
    };
    walk(createProgram(io), []);
    expect(paths.map((p) => p.join(' '))).toEqual(
      expect.arrayContaining([
        'summary',
        'trace',
        'decision',
        'stats blocked-reasons',
        'stats decision-types',
        'stats decision-lag',
        'lineage search',
        'lineage show',
        'lineage logs',
        'lineage download',
        'exports list',
        'exports download',
        'lock inspect',
        'timeline',
        'migrate-exports',
        'backfill-lineage',
      ]),
    );
    for (const path of paths) {
      const { code, stdout } = await govkit([...path, '--help']);
      expect(code, path.join(' ')).toBe(0);
      expect(stdout, path.join(' ')).toContain('Examples:');
      expect(stdout, path.join(' ')).toContain(`$ govkit ${path[0]}`);
    }
  });
});

describe('govkit colour and configuration', () => {
  it('colours tables only on a terminal and never with NO_COLOR', async () => {
    const tty = await govkit(['trace', 'task-123'], { tty: true });
    expect(tty.stdout).toContain(ANSI);
    const noColor = await govkit(['trace', 'task-123'], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain(ANSI);
    const piped = await govkit(['trace', 'task-123']);
    expect(piped.stdout).not.toContain(ANSI);
    const error = await govkit(['summary', 'nope'], { tty: true, env: { NO_COLOR: '1' } });
    expect(error.stderr).not.toContain(ANSI);
  });

  it('acts as --user, GOVKIT_USER or the GOVKIT_TOKEN bearer', async () => {
    const asMember = await govkit(['migrate-exports', '--dry-run', '--user', 'user-member']);
    expect(asMember.code).toBe(1);
    expect(asMember.stderr).toContain('403 Admin privileges required');
    const envUser = await govkit(['backfill-lineage', '--dry-run'], {
      env: { GOVKIT_USER: 'user-member' },
    });
    expect(envUser.code).toBe(1);
    const token = await govkit(['backfill-lineage', '--dry-run'], {
      env: { GOVKIT_TOKEN: 'user-member' },
    });
    expect(token.code).toBe(1);
    expect(token.stderr).toContain('403');
    const flagWins = await govkit(['backfill-lineage', '--dry-run', '--base-url', server.url], {
      env: { GOVKIT_BASE_URL: 'http://127.0.0.1:9' },
    });
    expect(flagWins.code).toBe(0);
  });
});

describe('govkit lock, lineage and exports', () => {
  it('inspects a workspace lock', async () => {
    const { code, stdout } = await govkit(['lock', 'inspect', 'ws-northwind-hvac', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ workspace_id: 'ws-northwind-hvac' });
  });

  it('searches, shows and pages lineage logs', async () => {
    const search = await govkit(['lineage', 'search', '--ndjson', '--page-size', '7']);
    const records = search.stdout
      .trimEnd()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            lineage_id: string;
            report_generation_id: string;
            template_version_id: string;
          },
      );
    expect(records.length).toBeGreaterThan(7);
    const first = records[0] as (typeof records)[number];
    const filtered = await govkit([
      'lineage',
      'search',
      '--template-version-id',
      first.template_version_id,
      '--csv',
    ]);
    const rows = filtered.stdout.trimEnd().split('\r\n').slice(1);
    expect(rows.length).toBe(
      records.filter((r) => r.template_version_id === first.template_version_id).length,
    );
    const show = await govkit(['lineage', 'show', first.report_generation_id, '--json']);
    expect(JSON.parse(show.stdout)).toMatchObject({ lineage_id: first.lineage_id });
    const logs = await govkit(['lineage', 'logs', first.lineage_id, '--page-size', '2']);
    expect(logs.code).toBe(0);
    expect(logs.stdout).toMatch(/^time\s+level\s+step\s+event$/m);
  });

  it('downloads a lineage bundle after verifying it, and keeps an existing file', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'govkit-cli-'));
    const search = await govkit(['lineage', 'search', '--ndjson']);
    const lineageId = (JSON.parse(search.stdout.split('\n')[0] as string) as { lineage_id: string })
      .lineage_id;
    const saved = await govkit(['lineage', 'download', lineageId, '--json'], { cwd });
    expect(saved.code).toBe(0);
    const result = JSON.parse(saved.stdout) as { path: string; bytes: number; verified: boolean };
    expect(result.path).toBe(join(cwd, `lineage_${lineageId}_raw_inputs.json.gz`));
    expect((await readFile(result.path)).byteLength).toBe(result.bytes);
    const again = await govkit(['lineage', 'download', lineageId], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    const forced = await govkit(['lineage', 'download', lineageId, '--force', '-o', 'x.gz'], {
      cwd,
      tty: true,
    });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('saved');
    // The progress bar goes to stderr, and only on a terminal.
    expect(forced.stderr).toContain('downloading');
    const capped = await govkit(
      ['lineage', 'download', lineageId, '-o', 'y.gz', '--max-bytes', '10'],
      {
        cwd,
      },
    );
    expect(capped.code).toBe(1);
    expect(capped.stderr).toContain('cap');
    await expect(readFile(join(cwd, 'y.gz'))).rejects.toThrow();
    await expect(readFile(join(cwd, 'y.gz.part'))).rejects.toThrow();
  });

  it('lists exports and downloads an artifact verified against its checksum', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'govkit-cli-'));
    const ready = server.store.exports.engine.deps.store
      .list()
      .find((x) => x.metadata.seed_scenario === 'ready');
    if (!ready) throw new Error('no ready export');
    const list = await govkit(['exports', 'list', ready.execution_id, '--csv']);
    expect(list.stdout.split('\r\n')[0]).toBe(
      'id,version,approval,artifact,template_snapshot,generated_at,checksum',
    );
    expect(list.stdout).toContain(String(ready.id));
    const saved = await govkit(
      ['exports', 'download', ready.execution_id, String(ready.id), '--json'],
      {
        cwd,
      },
    );
    expect(saved.code).toBe(0);
    expect(JSON.parse(saved.stdout)).toMatchObject({
      checksum_verified: true,
      sha256: ready.artifact_checksum,
    });
    const table = await govkit(
      ['exports', 'download', ready.execution_id, String(ready.id), '-o', 'copy.zip'],
      { cwd },
    );
    expect(table.stdout).toContain('checksum verified');
    const unknown = await govkit(['exports', 'download', ready.execution_id, 'nexp-nope'], { cwd });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('404');
  });
});

describe('govkit timeline', () => {
  it('prints an execution timeline, then follows the live stream until interrupted', async () => {
    const executionId = server.store.overrides.engine.listRecords()[0]?.execution_id as string;
    const listed = await govkit(['timeline', executionId, '--csv']);
    expect(listed.code).toBe(0);
    expect(listed.stdout.split('\r\n')[0]).toBe('at,type,id,status,summary');

    const controller = new AbortController();
    const captured = captureIo({ env: { GOVKIT_BASE_URL: server.url }, signal: controller.signal });
    const run = runCli(['timeline', executionId, '--follow', '--json'], captured.io);
    const deadline = Date.now() + 20_000;
    while (!captured.stdout().includes('"type":"snapshot"') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    controller.abort();
    expect(await run).toBe(0);
    const frames = JSON.parse(captured.stdout()) as Array<{ type?: string; entry_type?: string }>;
    expect(frames.some((frame) => frame.type === 'snapshot')).toBe(true);
    expect(frames.some((frame) => frame.entry_type !== undefined)).toBe(true);
  }, 30_000);
});

describe('govkit migrations', () => {
  it('migrate-exports: dry run, apply, idempotent rerun; anomalies logged once', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'govkit-cli-'));
    const log = join(cwd, 'problems/governance_migration.log');
    const dry = await govkit(['migrate-exports', '--dry-run', '--json'], { cwd });
    expect(dry.code).toBe(0);
    const dryReport = JSON.parse(dry.stdout) as { updated: unknown[]; anomalies: unknown[] };
    expect(dryReport.updated).toHaveLength(2);
    expect(dry.stderr).toContain('dry run: would change 2 export(s)');
    await expect(readFile(log)).rejects.toThrow();

    const applied = await govkit(['migrate-exports'], { cwd });
    expect(applied.stdout).toMatch(/nexp-legacy-1/);
    expect(applied.stderr).toContain('done: changed 2 export(s)');
    const firstLog = await readFile(log, 'utf8');
    expect(firstLog.trimEnd().split('\n')).toHaveLength(2);
    expect(firstLog).toContain('template_not_found');
    expect(firstLog).toContain('no_published_snapshot');

    const rerun = await govkit(['migrate-exports', '--ndjson'], { cwd });
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toBe('');
    expect(rerun.stderr).toContain('nothing to do');
    expect(rerun.stderr).toContain('2 already logged');
    expect(await readFile(log, 'utf8')).toBe(firstLog);
  });

  it('backfill-lineage: dry run, apply, idempotent rerun, custom log path', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'govkit-cli-'));
    const dry = await govkit(['backfill-lineage', '--dry-run', '--csv', '--log', 'triage.log'], {
      cwd,
    });
    expect(dry.stdout.split('\r\n')[0]).toBe('override_id,source,scenario_id,notebook_entry_id');
    expect(dry.stdout).toContain('ovr-legacy-lineage,lineage,scn-legacy-1,nb-legacy-1');
    expect(dry.stderr).toContain('would create 2 lineage row(s)');
    const applied = await govkit(['backfill-lineage', '--log', 'triage.log'], { cwd });
    expect(applied.stderr).toContain('created 2 lineage row(s)');
    expect(await readFile(join(cwd, 'triage.log'), 'utf8')).toContain(
      'backfill-lineage override=ovr-legacy-bare no_provenance',
    );
    const rerun = await govkit(['backfill-lineage', '--json', '--log', 'triage.log'], { cwd });
    expect(JSON.parse(rerun.stdout)).toMatchObject({ created: [] });
    expect(rerun.stderr).toContain('nothing to do');
  });
});
