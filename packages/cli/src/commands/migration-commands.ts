import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import type { ExportSnapshotBackfillReport, OverrideLineageBackfillReport } from '@govkit/sdk';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { commandEnv, examples } from '../command-kit';
import type { OutputContext } from '../output/output-context';
import { writeObject, writeRecords } from '../output/write-records';

/** Where the migrations append the anomalies they skip, for an operator to triage. */
export const DEFAULT_MIGRATION_LOG = 'problems/governance_migration.log';

interface MigrationOptions {
  dryRun?: boolean;
  log?: string;
}

/** One human line saying what a run changed (or would change), or that nothing was left. */
function summaryLine(
  out: OutputContext,
  dryRun: boolean,
  changed: number,
  noun: string,
  verb: [present: string, past: string] = ['change', 'changed'],
): string {
  const c = out.colors;
  if (changed === 0) return `${c.green('nothing to do:')} no ${noun} left to ${verb[0]}\n`;
  return dryRun
    ? `${c.yellow('dry run:')} would ${verb[0]} ${changed} ${noun} (nothing written)\n`
    : `${c.green('done:')} ${verb[1]} ${changed} ${noun}\n`;
}

/** What {@link logAnomalies} did with a run's anomalies. */
interface AnomalyLogResult {
  path: string;
  /** Lines appended now (0 in a dry run). */
  appended: number;
  /** Anomalies already in the log from an earlier run (not repeated). */
  known: number;
  total: number;
}

/**
 * Append anomalies to the triage log, one line each (`<ISO time> <migration> <anomaly>`),
 * creating its folder. An anomaly already logged by an earlier run is not repeated, so rerunning
 * a migration leaves the log as it was; a dry run writes nothing and only counts.
 */
async function logAnomalies(
  io: CliIo,
  logPath: string,
  migration: string,
  anomalies: readonly string[],
  dryRun: boolean,
): Promise<AnomalyLogResult> {
  const path = isAbsolute(logPath) ? logPath : join(io.cwd, logPath);
  const logged = new Set<string>();
  const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  for (const line of existing.split('\n')) {
    // Drop the timestamp: the rest identifies the anomaly.
    const space = line.indexOf(' ');
    if (space > 0) logged.add(line.slice(space + 1));
  }
  const fresh = anomalies.filter((anomaly) => !logged.has(`${migration} ${anomaly}`));
  if (!dryRun && fresh.length > 0) {
    await mkdir(dirname(path), { recursive: true });
    const at = new Date().toISOString();
    await appendFile(path, fresh.map((anomaly) => `${at} ${migration} ${anomaly}\n`).join(''));
  }
  return {
    path,
    appended: dryRun ? 0 : fresh.length,
    known: anomalies.length - fresh.length,
    total: anomalies.length,
  };
}

/** The stderr line about the log, or nothing when the run found no anomaly. */
function anomalyLine(out: OutputContext, result: AnomalyLogResult, dryRun: boolean): string {
  if (result.total === 0) return '';
  const fresh = result.total - result.known;
  const what = `${result.total} anomal${result.total === 1 ? 'y' : 'ies'}`;
  const where = dryRun
    ? `${fresh} would be appended to ${result.path}`
    : `${result.appended} appended to ${result.path}`;
  return `${out.colors.yellow(what)}: ${where}, ${result.known} already logged\n`;
}

async function printExportReport(report: ExportSnapshotBackfillReport, out: OutputContext) {
  if (out.format === 'json') return writeObject(report, out);
  await writeRecords(
    report.updated,
    [
      { header: 'export_id', value: (r) => r.export_id, width: 20 },
      { header: 'execution_id', value: (r) => r.execution_id, width: 20 },
      { header: 'template_id', value: (r) => r.workflow_template_id, width: 18 },
      { header: 'snapshot_id', value: (r) => r.workflow_template_snapshot_id },
    ],
    out,
  );
}

async function printLineageReport(report: OverrideLineageBackfillReport, out: OutputContext) {
  if (out.format === 'json') return writeObject(report, out);
  await writeRecords(
    report.created,
    [
      { header: 'override_id', value: (r) => r.override_id, width: 22 },
      { header: 'source', value: (r) => r.source, width: 14 },
      { header: 'scenario_id', value: (r) => r.scenario_id, width: 16 },
      { header: 'notebook_entry_id', value: (r) => r.notebook_entry_id },
    ],
    out,
  );
}

/** `govkit migrate-exports` and `govkit backfill-lineage`: idempotent governance migrations. */
export function registerMigrationCommands(program: Command, io: CliIo): void {
  program
    .command('migrate-exports')
    .description(
      'backfill historical narrative exports with published snapshot ids (idempotent; admins)',
    )
    .option('--dry-run', 'print what would change and write nothing')
    .option('--log <file>', 'where anomalies are appended', DEFAULT_MIGRATION_LOG)
    .addHelpText(
      'after',
      `${examples(
        'govkit migrate-exports --dry-run',
        'govkit migrate-exports',
        'govkit migrate-exports --json --log /var/log/govkit/migration.log',
      )}
Prints the exports it changed (or would change); exports it cannot fix are appended to the log
and summarised on stderr. A second run changes nothing and says so.
`,
    )
    .action(async (options: MigrationOptions, command: Command) => {
      const { client, out } = commandEnv(command, io);
      const dryRun = Boolean(options.dryRun);
      const report = await client.migrations.exportSnapshots({ dry_run: dryRun });
      await printExportReport(report, out);
      const logged = await logAnomalies(
        io,
        options.log ?? DEFAULT_MIGRATION_LOG,
        'migrate-exports',
        report.anomalies.map(
          (a) => `export=${a.export_id} execution=${a.execution_id} ${a.kind}: ${a.detail}`,
        ),
        dryRun,
      );
      io.stderr.write(summaryLine(out, dryRun, report.updated.length, 'export(s)'));
      io.stderr.write(
        `scanned ${report.scanned}, already bound ${report.skipped_existing}, not template-bound ${report.skipped_unbound}\n`,
      );
      io.stderr.write(anomalyLine(out, logged, dryRun));
    });

  program
    .command('backfill-lineage')
    .description(
      'rebuild missing override lineage from preserved detail snapshots (idempotent; admins)',
    )
    .option('--dry-run', 'print what would be created and write nothing')
    .option(
      '--log <file>',
      'where overrides left without provenance are appended',
      DEFAULT_MIGRATION_LOG,
    )
    .addHelpText(
      'after',
      `${examples('govkit backfill-lineage --dry-run', 'govkit backfill-lineage --csv > backfilled.csv')}
Overrides whose detail holds no lineage, scenario or notebook entry stay without lineage; they
are appended to the log for a manual audit. A second run creates nothing and says so.
`,
    )
    .action(async (options: MigrationOptions, command: Command) => {
      const { client, out } = commandEnv(command, io);
      const dryRun = Boolean(options.dryRun);
      const report = await client.migrations.overrideLineage({ dry_run: dryRun });
      await printLineageReport(report, out);
      const logged = await logAnomalies(
        io,
        options.log ?? DEFAULT_MIGRATION_LOG,
        'backfill-lineage',
        report.skipped_without_provenance.map(
          (id) =>
            `override=${id} no_provenance: detail snapshot holds no lineage, scenario or notebook entry`,
        ),
        dryRun,
      );
      io.stderr.write(
        summaryLine(out, dryRun, report.created.length, 'lineage row(s)', ['create', 'created']),
      );
      io.stderr.write(
        `scanned ${report.scanned}, already had lineage ${report.skipped_existing}, without provenance ${report.skipped_without_provenance.length}\n`,
      );
      io.stderr.write(anomalyLine(out, logged, dryRun));
    });
}
