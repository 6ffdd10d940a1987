import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import {
  DEFAULT_DECOMPRESSED_LIMIT_BYTES,
  DecompressionLimitError,
  gunzip,
  type LineageRecord,
} from '@govkit/sdk';
import type { Command } from 'commander';
import { VerificationError } from '../cli-errors';
import type { CliIo } from '../cli-io';
import { commandEnv, examples, positiveInt } from '../command-kit';
import { type Column, cellText } from '../output/column';
import { downloadTarget, saveDownload } from '../output/save-download';
import { writeObject, writePages } from '../output/write-records';
import { writeText } from '../output/write-text';

const LINEAGE_COLUMNS: Column<LineageRecord>[] = [
  { header: 'lineage_id', value: (r) => r.lineage_id, width: 14 },
  { header: 'report_id', value: (r) => r.report_generation_id, width: 16 },
  { header: 'lead_id', value: (r) => r.lead_id, width: 12 },
  { header: 'pipeline_run_id', value: (r) => r.pipeline_run_id, width: 16 },
  { header: 'template', value: (r) => r.template_version_id, width: 9 },
  { header: 'raw_bytes', value: (r) => r.raw_inputs_size_bytes, width: 9 },
  { header: 'saved_%', value: (r) => r.compression_ratio, width: 7 },
  { header: 'created_at', value: (r) => r.created_at },
];

function eventField(event: unknown, ...keys: string[]): unknown {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return null;
  const record = event as Record<string, unknown>;
  for (const key of keys) if (record[key] !== undefined) return record[key];
  return null;
}

const EVENT_COLUMNS: Column<unknown>[] = [
  { header: 'time', value: (e) => eventField(e, 'timestamp', 'ts', 'time', 'at'), width: 24 },
  { header: 'level', value: (e) => eventField(e, 'level', 'severity'), width: 7 },
  { header: 'step', value: (e) => eventField(e, 'step', 'stage', 'name'), width: 18 },
  {
    header: 'event',
    value: (e) =>
      eventField(e, 'message', 'event', 'msg') ??
      (typeof e === 'object' && e !== null ? cellText(e) : e),
  },
];

/** The gzip magic number: a lineage bundle must start with it. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** Check a downloaded bundle: gzip, decompresses within the cap, and is JSON. */
async function verifyBundle(path: string, maxBytes: number): Promise<number> {
  const head = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    createReadStream(path, { start: 0, end: 1 })
      .on('data', (chunk) => chunks.push(chunk as Buffer))
      .on('end', () => resolve(Buffer.concat(chunks)))
      .on('error', reject);
  });
  if (head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) {
    throw new VerificationError('the download is not gzip data; the file was not kept');
  }
  let data: Uint8Array;
  try {
    const stream = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
    data = await gunzip(stream, { maxBytes });
  } catch (error) {
    if (error instanceof DecompressionLimitError) {
      throw new VerificationError(
        `the bundle decompresses past the ${maxBytes}-byte cap; the file was not kept`,
      );
    }
    throw new VerificationError(
      `the bundle is not valid gzip (${error instanceof Error ? error.message : String(error)}); the file was not kept`,
    );
  }
  try {
    JSON.parse(new TextDecoder().decode(data));
  } catch {
    throw new VerificationError('the bundle does not hold JSON; the file was not kept');
  }
  return data.byteLength;
}

/** `govkit lineage search|show|logs|download`: report lineage. */
export function registerLineageCommands(program: Command, io: CliIo): void {
  const lineage = program
    .command('lineage')
    .description('report lineage: search, show, logs, download')
    .addHelpText(
      'after',
      examples(
        'govkit lineage search --lead-id lead-001 --from 2026-01-01',
        'govkit lineage show rpt-001',
        'govkit lineage logs lin-001 --ndjson',
        'govkit lineage download lin-001 -o bundle.json.gz',
      ),
    );

  lineage
    .command('search')
    .description('lineage records matching every filter, newest first, every page')
    .option('--lead-id <id>', 'lead id')
    .option('--pipeline-run-id <id>', 'pipeline run id')
    .option('--template-version-id <id>', 'template version id')
    .option('--from <date>', 'created on or after (ISO date or date-time)')
    .option('--to <date>', 'created on or before (ISO date or date-time)')
    .option('--page-size <n>', 'records per request (1-1000)', positiveInt, 200)
    .addHelpText(
      'after',
      examples(
        'govkit lineage search --template-version-id v1.2.0',
        'govkit lineage search --from 2026-11-01 --to 2026-11-30 --csv > lineage.csv',
      ),
    )
    .action(async (options: Record<string, string | number | undefined>, command: Command) => {
      const { client, out } = commandEnv(command, io);
      const pages = client.lineage.search({
        lead_id: options.leadId as string | undefined,
        pipeline_run_id: options.pipelineRunId as string | undefined,
        template_version_id: options.templateVersionId as string | undefined,
        start_date: options.from as string | undefined,
        end_date: options.to as string | undefined,
        limit: options.pageSize as number,
      });
      await writePages(pages, LINEAGE_COLUMNS, out);
    });

  lineage
    .command('show')
    .description('the lineage of one report')
    .argument('<report>', 'report id (report_generation_id)')
    .addHelpText('after', examples('govkit lineage show rpt-001 --json'))
    .action(async (report: string, _options, command: Command) => {
      const { client, out } = commandEnv(command, io);
      await writeObject(await client.lineage.retrieve(report), out);
    });

  lineage
    .command('logs')
    .description('every pipeline log event of a lineage record, streamed page by page')
    .argument('<lineage>', 'lineage id')
    .option('--page-size <n>', 'events per request (1-1000)', positiveInt, 500)
    .addHelpText(
      'after',
      examples('govkit lineage logs lin-001', 'govkit lineage logs lin-001 --ndjson'),
    )
    .action(async (lineageId: string, options: { pageSize: number }, command: Command) => {
      const { client, out } = commandEnv(command, io);
      const events = client.lineage.logs(lineageId, { limit: options.pageSize });
      await writePages(events, EVENT_COLUMNS, out);
    });

  lineage
    .command('download')
    .description('the raw-inputs bundle (gzip), verified: gzip, decompressed size cap, JSON')
    .argument('<lineage>', 'lineage id')
    .option('-o, --output <file>', "where to save it (default: the server's file name)")
    .option(
      '--max-bytes <n>',
      `largest decompressed size accepted (default ${DEFAULT_DECOMPRESSED_LIMIT_BYTES})`,
      positiveInt,
      DEFAULT_DECOMPRESSED_LIMIT_BYTES,
    )
    .option('--force', 'overwrite an existing file')
    .addHelpText(
      'after',
      examples(
        'govkit lineage download lin-001',
        'govkit lineage download lin-001 -o raw.json.gz --force',
      ),
    )
    .action(
      async (
        lineageId: string,
        options: { output?: string; maxBytes: number; force?: boolean },
        command: Command,
      ) => {
        const { client, out } = commandEnv(command, io);
        const download = await client.lineage.download(lineageId);
        const fallback = download.filename ?? `lineage_${lineageId}_raw_inputs.json.gz`;
        let decompressed = 0;
        const saved = await saveDownload(
          download,
          downloadTarget(io, options.output, fallback),
          io,
          {
            force: options.force,
            verify: async ({ path }) => {
              decompressed = await verifyBundle(path, options.maxBytes);
            },
          },
        );
        const result = { ...saved, decompressed_bytes: decompressed, verified: true };
        if (out.format === 'table') {
          await writeText(
            out.stdout,
            `${out.colors.green('saved')} ${saved.path} (${saved.bytes} bytes gzip, ${decompressed} bytes JSON, sha256 ${saved.sha256})\n`,
          );
        } else {
          await writeObject(result, out);
        }
      },
    );
}
