import { AbortError, type TimelineEntry, type TimelineStreamFrame } from '@govkit/sdk';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { commandEnv, examples, positiveInt } from '../command-kit';
import { type Column, paintOutcome } from '../output/column';
import { writeRecords } from '../output/write-records';

/** One printed line of the timeline: a stored entry, or a live frame under `--follow`. */
interface TimelineLine {
  at: unknown;
  type: string;
  id: unknown;
  status: unknown;
  summary: unknown;
  record: unknown;
}

const LINE_COLUMNS: Column<TimelineLine>[] = [
  { header: 'at', value: (l) => l.at, width: 24 },
  { header: 'type', value: (l) => l.type, width: 24 },
  { header: 'id', value: (l) => l.id, width: 16 },
  { header: 'status', value: (l) => l.status, width: 12, paint: paintOutcome },
  { header: 'summary', value: (l) => l.summary },
];

function entryLine(entry: TimelineEntry): TimelineLine {
  const e = entry as TimelineEntry & Record<string, unknown>;
  return {
    at: e.occurred_at,
    type: String(e.entry_type),
    id: e.entry_id,
    status: e.status ?? e.action ?? null,
    summary: e.summary ?? null,
    record: entry,
  };
}

function frameLine(frame: TimelineStreamFrame): TimelineLine {
  const f = frame as Record<string, unknown>;
  let summary: unknown = null;
  if (frame.type === 'snapshot' && Array.isArray(f.locks)) summary = `${f.locks.length} lock(s)`;
  if (frame.type === 'lock_event') summary = f.event;
  if (frame.type === 'cooldown_tick' && Array.isArray(f.cooldowns)) {
    summary = f.cooldowns
      .map(
        (c: { override_id: string; remaining_seconds: number }) =>
          `${c.override_id} ${Math.round(c.remaining_seconds)}s`,
      )
      .join(', ');
  }
  return {
    at: f.generated_at ?? null,
    type: `live:${String(frame.type)}`,
    id: f.override_id ?? f.execution_id ?? null,
    status: null,
    summary,
    record: frame,
  };
}

/** In JSON modes a line is printed as the API's own record, not the table's projection. */
function asOutput(line: TimelineLine, raw: boolean): unknown {
  return raw ? line.record : line;
}

/** `govkit timeline <execution> [--follow]`: the governance timeline and its live stream. */
export function registerTimelineCommand(program: Command, io: CliIo): void {
  program
    .command('timeline')
    .description("an execution's governance timeline; --follow then prints the live stream")
    .argument('<execution>', 'execution id')
    .option('--follow', 'after the stored entries, print live frames until Ctrl-C')
    .option('--page-size <n>', 'entries per request (1-200)', positiveInt, 200)
    .addHelpText(
      'after',
      examples(
        'govkit timeline exec-001',
        'govkit timeline exec-001 --follow',
        'govkit timeline exec-001 --follow --ndjson | jq .type',
      ),
    )
    .action(
      async (
        execution: string,
        options: { follow?: boolean; pageSize: number },
        command: Command,
      ) => {
        const { client, out } = commandEnv(command, io);
        const raw = out.format === 'json' || out.format === 'ndjson';
        const entries = client.timeline.list({ execution_id: execution, limit: options.pageSize });
        await entries;
        async function* lines() {
          for await (const entry of entries) yield asOutput(entryLine(entry), raw);
          if (!options.follow) return;
          try {
            const frames = client.timeline.stream(
              { execution_id: execution },
              { signal: io.signal },
            );
            for await (const frame of frames) yield asOutput(frameLine(frame), raw);
          } catch (error) {
            // Ctrl-C is how a follow ends: close the output properly and exit 0.
            if (error instanceof AbortError || io.signal?.aborted) return;
            throw error;
          }
        }
        await writeRecords(lines() as AsyncIterable<TimelineLine>, LINE_COLUMNS, out);
      },
    );
}
