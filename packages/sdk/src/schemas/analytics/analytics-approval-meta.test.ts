import { describe, expect, it } from 'vitest';
import { parseContract } from '../shared/parse-mode';
import { AnalyticsExportStageMetricsSchema } from './analytics-approval-meta';

const metrics = {
  total: 3,
  overdue_count: 1,
  mean_resolution_minutes: 42,
  status_counts: { approved: 2, in_progress: 1 },
  stage_details: {},
};

describe('AnalyticsExportStageMetricsSchema', () => {
  it('accepts the status counts BioLabs spreads at the top level, also in strict mode', () => {
    const wire = { ...metrics, approved: 2, in_progress: 1 };
    expect(parseContract(AnalyticsExportStageMetricsSchema, wire, { mode: 'strict' })).toEqual(
      wire,
    );
  });

  it('still rejects an extra key that is not a count in strict mode, and keeps it leniently', () => {
    const wire = { ...metrics, surprise: 'yes' };
    expect(() =>
      parseContract(AnalyticsExportStageMetricsSchema, wire, { mode: 'strict' }),
    ).toThrow();
    const warnings: unknown[] = [];
    const parsed = parseContract(AnalyticsExportStageMetricsSchema, wire, {
      mode: 'lenient',
      onWarning: (warning) => warnings.push(warning),
    });
    expect(parsed).toEqual(wire);
    expect(warnings).toEqual([expect.objectContaining({ path: ['surprise'] })]);
  });
});
