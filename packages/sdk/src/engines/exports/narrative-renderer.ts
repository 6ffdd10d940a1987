import type { ExportAttachment } from '../../schemas/exports/evidence-attachment';
import type { DirectoryExecution } from '../governance/directory';
import type { ExecutionEvent } from '../governance/event-log';
import { canonicalJson } from './canonical-json';

/** Everything a narrative dossier is rendered from. No clock is read while rendering. */
export interface NarrativeRenderInput {
  execution: Pick<DirectoryExecution, 'id' | 'runner_id' | 'protocol_template_id' | 'status'>;
  /** The execution's events, in any order: they are sorted by (`created_at`, `id`). */
  events: ExecutionEvent[];
  /** The export's `generated_at`, the only instant that appears besides the events' own. */
  generatedAt: string;
  attachments?: ExportAttachment[];
  notes?: string | null;
  version?: number;
}

// A fence longer than any backtick run inside keeps payloads from closing their code block.
function fenced(language: string, body: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${body}\n${fence}`;
}

const cell = (value: unknown) =>
  String(value ?? '—')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');

/**
 * Render an execution's event stream as a compliance-ready Markdown
 * dossier. Deterministic: the same execution, events, attachments and `generatedAt`
 * always give the same bytes (events sorted by time then id, payload keys sorted).
 *
 * @example
 * const markdown = renderExecutionNarrative({ execution, events, generatedAt: isoAt(clock) });
 */
export function renderExecutionNarrative(input: NarrativeRenderInput): string {
  const events = [...input.events].sort((a, b) =>
    a.created_at === b.created_at
      ? a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0
      : a.created_at < b.created_at
        ? -1
        : 1,
  );
  const { execution } = input;
  const lines: string[] = [
    `# Execution Narrative: ${execution.id}`,
    '',
    '| Field | Value |',
    '| --- | --- |',
    `| Execution | ${cell(execution.id)} |`,
    `| Protocol template | ${cell(execution.protocol_template_id)} |`,
    `| Run by | ${cell(execution.runner_id)} |`,
    `| Status | ${cell(execution.status)} |`,
    ...(input.version === undefined ? [] : [`| Export version | ${input.version} |`]),
    `| Generated at | ${cell(input.generatedAt)} |`,
    `| Event count | ${events.length} |`,
    '',
    '## Timeline',
    '',
  ];
  if (events.length === 0) lines.push('_No execution events were recorded._', '');
  events.forEach((event, index) => {
    lines.push(
      `### ${index + 1}. ${event.event_type}`,
      '',
      `- Occurred at: ${event.created_at}`,
      `- Actor: ${event.actor_id ?? 'system'}`,
      `- Event ID: ${event.id}`,
      '',
      fenced('json', canonicalJson(event.payload, 2)),
      '',
    );
  });
  const attachments = input.attachments ?? [];
  if (attachments.length > 0) {
    lines.push(
      '## Evidence Attachments',
      '',
      '| # | Type | Reference | Label |',
      '| --- | --- | --- | --- |',
    );
    attachments.forEach((attachment, index) => {
      lines.push(
        `| ${index + 1} | ${cell(attachment.evidence_type)} | ${cell(attachment.reference_id)} | ${cell(attachment.label)} |`,
      );
    });
    lines.push('');
  }
  if (input.notes) lines.push('## Notes', '', input.notes.trim(), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
