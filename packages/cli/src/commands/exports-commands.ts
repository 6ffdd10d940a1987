import { ArtifactIntegrityError, type NarrativeExport, NotFoundError } from '@govkit/sdk';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { commandEnv, examples } from '../command-kit';
import { type Column, paintOutcome } from '../output/column';
import { downloadTarget, saveDownload } from '../output/save-download';
import { writeObject, writeRecords } from '../output/write-records';
import { writeText } from '../output/write-text';

const EXPORT_COLUMNS: Column<NarrativeExport>[] = [
  { header: 'id', value: (x) => x.id, width: 14 },
  { header: 'version', value: (x) => x.version, width: 7 },
  { header: 'approval', value: (x) => x.approval_status, width: 10, paint: paintOutcome },
  { header: 'artifact', value: (x) => x.artifact_status, width: 10, paint: paintOutcome },
  { header: 'template_snapshot', value: (x) => x.workflow_template_snapshot_id, width: 18 },
  { header: 'generated_at', value: (x) => x.generated_at, width: 24 },
  { header: 'checksum', value: (x) => x.artifact_checksum },
];

/** `govkit exports list|download`: narrative exports of an execution. */
export function registerExportsCommands(program: Command, io: CliIo): void {
  const exportsCommand = program
    .command('exports')
    .description("an execution's narrative exports and their packaged artifacts")
    .addHelpText(
      'after',
      examples('govkit exports list exec-001', 'govkit exports download exec-001 exp-001'),
    );

  exportsCommand
    .command('list')
    .description("an execution's narrative exports, newest first")
    .argument('<execution>', 'execution id')
    .addHelpText(
      'after',
      examples('govkit exports list exec-001', 'govkit exports list exec-001 --csv'),
    )
    .action(async (execution: string, _options, command: Command) => {
      const { client, out } = commandEnv(command, io);
      const { exports } = await client.exports.list(execution);
      await writeRecords(exports, EXPORT_COLUMNS, out);
    });

  exportsCommand
    .command('download')
    .description("an export's packaged zip, verified against its stored SHA-256 checksum")
    .argument('<execution>', 'execution id')
    .argument('<export>', 'export id')
    .option('-o, --output <file>', "where to save it (default: the server's file name)")
    .option('--force', 'overwrite an existing file')
    .addHelpText(
      'after',
      examples(
        'govkit exports download exec-001 exp-001',
        'govkit exports download exec-001 exp-001 -o dossier.zip --force',
      ),
    )
    .action(
      async (
        execution: string,
        exportId: string,
        options: { output?: string; force?: boolean },
        command: Command,
      ) => {
        const { client, out } = commandEnv(command, io);
        const { exports } = await client.exports.list(execution);
        const record = exports.find((x) => String(x.id) === exportId);
        if (!record) {
          throw new NotFoundError({
            status: 404,
            body: undefined,
            headers: new Headers(),
            detail: `Narrative export ${exportId} not found for execution ${execution}`,
          });
        }
        const download = await client.exports.artifact(execution, exportId);
        const expected = record.artifact_checksum
          ?.trim()
          .toLowerCase()
          .replace(/^sha-?256:/, '');
        const target = downloadTarget(io, options.output, download.filename ?? `${exportId}.zip`);
        const saved = await saveDownload(download, target, io, {
          force: options.force,
          verify: async ({ sha256 }) => {
            if (!expected) return;
            if (sha256 !== expected)
              throw ArtifactIntegrityError.checksumMismatch(expected, sha256);
          },
        });
        const result = { ...saved, checksum_verified: Boolean(expected) };
        if (out.format !== 'table') return writeObject(result, out);
        const note = expected
          ? 'checksum verified'
          : out.colors.yellow('no stored checksum to verify');
        await writeText(
          out.stdout,
          `${out.colors.green('saved')} ${saved.path} (${saved.bytes} bytes, sha256 ${saved.sha256}, ${note})\n`,
        );
      },
    );
}
