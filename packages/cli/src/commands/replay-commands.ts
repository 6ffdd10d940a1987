import type { DecisionTraceItem } from '@govkit/sdk';
import { snapshotDecisionType } from '@govkit/sdk/schemas';
import { type Command, Option } from 'commander';
import type { CliIo } from '../cli-io';
import { commandEnv, examples, positiveInt } from '../command-kit';
import { type Column, paintOutcome } from '../output/column';
import { writeObject, writePages, writeRecords } from '../output/write-records';

const WINDOWS = ['24h', '7d', '30d'] as const;
type Window = (typeof WINDOWS)[number];

const TRACE_COLUMNS: Column<DecisionTraceItem>[] = [
  { header: 'ts', value: (item) => item.ts, width: 24 },
  { header: 'kind', value: (item) => item.kind, width: 5 },
  {
    header: 'id',
    value: (item) => (item.kind === 'audit' ? item.audit_id : item.event_id),
    width: 14,
  },
  { header: 'event_type', value: (item) => item.event_type, width: 26 },
  {
    header: 'decision',
    value: (item) => (item.kind === 'audit' ? snapshotDecisionType(item.decision_snapshot) : null),
    width: 10,
    paint: paintOutcome,
  },
  { header: 'decision_id', value: (item) => (item.kind === 'audit' ? item.decision_id : null) },
];

function windowOption(defaultNote: string) {
  return new Option('--window <window>', `time window (${defaultNote})`).choices(WINDOWS);
}

/** `govkit summary`, `trace`, `decision` and `stats …`: decision replay. */
export function registerReplayCommands(program: Command, io: CliIo): void {
  program
    .command('summary')
    .description("a task's governance summary: status, last decision, blocking reason, backlog")
    .argument('<task>', 'task id')
    .addHelpText('after', examples('govkit summary task-123', 'govkit summary task-123 --json'))
    .action(async (task: string, _options, command: Command) => {
      const { client, out } = commandEnv(command, io);
      await writeObject(await client.replay.tasks.summary(task), out);
    });

  program
    .command('trace')
    .description("a task's decision trace, every page through the cursor, streamed")
    .argument('<task>', 'task id')
    .option('--page-size <n>', 'items per request (1-500)', positiveInt, 500)
    .addHelpText(
      'after',
      examples(
        'govkit trace task-123',
        'govkit trace task-trace-long --ndjson > trace.ndjson',
        'govkit trace task-123 --csv --page-size 100 > trace.csv',
      ),
    )
    .action(async (task: string, options: { pageSize: number }, command: Command) => {
      const { client, out } = commandEnv(command, io);
      const trace = client.replay.tasks.decisionTrace(task, { limit: options.pageSize });
      await writePages(trace, TRACE_COLUMNS, out);
    });

  program
    .command('decision')
    .description("one decision's stored snapshot")
    .argument('<id>', 'decision id')
    .addHelpText('after', examples('govkit decision dec-001', 'govkit decision dec-001 --json'))
    .action(async (id: string, _options, command: Command) => {
      const { client, out } = commandEnv(command, io);
      await writeObject(await client.replay.decisions.retrieve(id), out);
    });

  const stats = program
    .command('stats')
    .description('decision replay statistics')
    .addHelpText(
      'after',
      examples(
        'govkit stats blocked-reasons --window 24h --top-n 5',
        'govkit stats decision-types --window 7d --csv',
        'govkit stats decision-lag --pctl 99',
      ),
    );

  stats
    .command('blocked-reasons')
    .description('the tasks blocked most often in the window')
    .addOption(windowOption('default 7d'))
    .option('--top-n <n>', 'how many tasks (1-100, default 20)', positiveInt)
    .addHelpText('after', examples('govkit stats blocked-reasons --window 24h --top-n 5'))
    .action(async (options: { window?: Window; topN?: number }, command: Command) => {
      const { client, out } = commandEnv(command, io);
      const result = await client.replay.stats.blockedReasons({
        window: options.window,
        top_n: options.topN,
      });
      if (out.format === 'json') return writeObject(result, out);
      await writeRecords(
        result.blocked_tasks,
        [
          { header: 'task_id', value: (row) => row.task_id, width: 24 },
          { header: 'block_count', value: (row) => row.block_count, width: 11 },
          { header: 'reason_code', value: (row) => row.reason_code, width: 16 },
          { header: 'last_blocked_at', value: (row) => row.last_blocked_at },
        ],
        out,
      );
    });

  stats
    .command('decision-types')
    .description('decisions per decision type in the window')
    .addOption(windowOption('default 24h'))
    .addHelpText('after', examples('govkit stats decision-types --window 30d'))
    .action(async (options: { window?: Window }, command: Command) => {
      const { client, out } = commandEnv(command, io);
      const result = await client.replay.stats.decisionTypes({ window: options.window });
      if (out.format === 'json') return writeObject(result, out);
      const rows = Object.entries(result.decision_types).map(([decision_type, count]) => ({
        decision_type,
        count,
      }));
      await writeRecords(
        rows,
        [
          {
            header: 'decision_type',
            value: (row) => row.decision_type,
            width: 18,
            paint: paintOutcome,
          },
          { header: 'count', value: (row) => row.count },
        ],
        out,
      );
    });

  stats
    .command('decision-lag')
    .description('event-to-decision lag percentiles (nearest rank)')
    .addOption(windowOption('default 24h'))
    .option('--pctl <n>', 'the percentile to add as `value` (50-99, default 95)', positiveInt)
    .addHelpText('after', examples('govkit stats decision-lag --window 7d --pctl 99'))
    .action(async (options: { window?: Window; pctl?: number }, command: Command) => {
      const { client, out } = commandEnv(command, io);
      const { samples: _samples, ...result } = await client.replay.stats.decisionLag({
        window: options.window,
        pctl: options.pctl,
      });
      await writeObject(out.format === 'json' ? { ...result, samples: _samples } : result, out);
    });
}
