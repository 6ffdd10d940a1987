import type { PreviewStageInsight } from '../../schemas/preview/preview-response';

/** What the preview narrative summarises. */
export interface PreviewNarrativeInput {
  executionId: string;
  snapshotId: string;
  baselineSnapshotId: string | null;
  templateName: string | null;
  templateVersion: number | null;
  generatedAt: string;
  insights: PreviewStageInsight[];
  warnings: string[];
}

const list = (values: Array<string | number>) => (values.length > 0 ? values.join(', ') : 'none');
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * Render the scientist-facing preview (`render_preview_narrative`): Markdown starting with
 * `# Governance Preview`, one section per stage, then warnings. Deterministic for its input.
 */
export function renderPreviewNarrative(input: PreviewNarrativeInput): string {
  const blocked = input.insights.filter((i) => i.status === 'blocked').length;
  const template = input.templateName
    ? `${input.templateName}${input.templateVersion === null ? '' : ` (v${input.templateVersion})`}`
    : 'unnamed template';
  const lines = [
    '# Governance Preview',
    '',
    `- Execution: ${input.executionId}`,
    `- Template: ${template}`,
    `- Snapshot: ${input.snapshotId} (baseline: ${input.baselineSnapshotId ?? 'none'})`,
    `- Generated at: ${input.generatedAt}`,
    `- Stages: ${input.insights.length} (${blocked} blocked)`,
    '',
  ];
  for (const insight of input.insights) {
    lines.push(`## Stage ${insight.index + 1}: ${insight.name ?? insight.required_role}`, '');
    lines.push(`- Required role: ${insight.required_role}`);
    const delta = insight.delta_status ? `; ${insight.delta_status} vs baseline` : '';
    lines.push(`- Status: ${insight.status}${delta}`);
    const sla = insight.sla_hours == null ? 'no SLA' : `${insight.sla_hours} h SLA`;
    const due = insight.projected_due_at ? `, projected due ${insight.projected_due_at}` : '';
    const shift =
      insight.delta_projected_due_minutes == null
        ? ''
        : ` (${signed(insight.delta_projected_due_minutes)} min vs baseline)`;
    lines.push(`- Timing: ${sla}${due}${shift}`);
    lines.push(
      `- Assignee: ${insight.assignee_id ?? 'unassigned'}; delegate: ${insight.delegate_id ?? 'none'}`,
    );
    lines.push(`- Mapped steps: ${list(insight.mapped_step_indexes)}`);
    lines.push(`- Blockers: ${list(insight.blockers)}`);
    if (insight.delta_new_blockers.length > 0)
      lines.push(`- New blockers: ${list(insight.delta_new_blockers)}`);
    if (insight.delta_resolved_blockers.length > 0) {
      lines.push(`- Resolved blockers: ${list(insight.delta_resolved_blockers)}`);
    }
    lines.push('');
  }
  if (input.warnings.length > 0) {
    lines.push('## Warnings', '', ...input.warnings.map((w) => `- ${w}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
