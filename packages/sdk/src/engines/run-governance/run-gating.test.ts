import { describe, expect, it } from 'vitest';
import {
  DOCTRINE_SAFE_CONCLUSION_TEXT,
  INVOICES_NOT_RECOGNIZED_WARNING,
  QUOTES_NOT_RECOGNIZED_WARNING,
  READINESS_REASONS,
} from '../../schemas/run-governance/run-gating';
import type { RunFile } from '../../schemas/run-governance/run-request';
import { computeRunGating, doctrineSafeConclusion } from './run-gating';

const file = (category: RunFile['category']): RunFile => ({
  name: `${category}.csv`,
  category,
  row_count: 10,
});

const input = (over: Partial<Parameters<typeof computeRunGating>[0]> = {}) => ({
  files: [file('invoices'), file('quotes')],
  invoices_detected_count: 5,
  quotes_detected_count: 4,
  data_warnings: [],
  ...over,
});

describe('computeRunGating', () => {
  it('lets a clean run through (ready, no conclusion imposed)', () => {
    const result = computeRunGating(input());
    expect(result.gated).toBe(false);
    expect(result.conclusion).toBeNull();
    expect(result.readiness).toEqual({
      level: 'ready',
      diagnose_mode: false,
      suppress_inference: false,
      reason: null,
      data_warnings: [],
    });
  });

  it('gates an invoices file with zero invoices detected, even with no warning given', () => {
    const result = computeRunGating(input({ invoices_detected_count: 0 }));
    expect(result.gated).toBe(true);
    expect(result.data_warnings).toEqual([INVOICES_NOT_RECOGNIZED_WARNING]);
    expect(result.readiness).toMatchObject({
      level: 'partial',
      diagnose_mode: true,
      suppress_inference: true,
      reason: READINESS_REASONS.invoicesUnrecognized,
    });
    expect(result.conclusion).toEqual({
      takeaway: "We're missing some inputs, so this snapshot is less reliable.",
      nextAction: 'Fix exports (check that invoices and quotes are recognized) then re-run.',
      evidence: [INVOICES_NOT_RECOGNIZED_WARNING],
    });
  });

  it('gates a quotes file with zero quotes detected (the seed rule, stricter than its code)', () => {
    const result = computeRunGating(input({ quotes_detected_count: 0 }));
    expect(result.gated).toBe(true);
    expect(result.readiness.reason).toBe(READINESS_REASONS.quotesUnrecognized);
    expect(result.conclusion?.evidence).toEqual([QUOTES_NOT_RECOGNIZED_WARNING]);
  });

  it('gates on any warning containing "not recognized"', () => {
    const warning = 'Column "Paid date" not recognized in invoices.csv';
    const result = computeRunGating(input({ data_warnings: [warning, 'minor'] }));
    expect(result.gated).toBe(true);
    expect(result.conclusion?.evidence).toEqual([warning, 'minor']);
  });

  it('does not gate on other warnings', () => {
    const result = computeRunGating(input({ data_warnings: ['3 rows dropped: bad date'] }));
    expect(result.gated).toBe(false);
    expect(result.data_warnings).toEqual(['3 rows dropped: bad date']);
  });

  it('gates a blocked run (nothing recognized, no such files) with no confident conclusion', () => {
    const result = computeRunGating(
      input({ files: [], invoices_detected_count: 0, quotes_detected_count: 0 }),
    );
    expect(result.readiness).toMatchObject({
      level: 'blocked',
      reason: READINESS_REASONS.nothingRecognized,
    });
    expect(result.gated).toBe(true);
    expect(result.conclusion?.takeaway).toBe(DOCTRINE_SAFE_CONCLUSION_TEXT.takeaway);
  });

  it('reports partial coverage without gating', () => {
    const result = computeRunGating(input({ files: [file('invoices')], quotes_detected_count: 0 }));
    expect(result.readiness).toMatchObject({
      level: 'partial',
      reason: READINESS_REASONS.incomplete,
    });
    expect(result.gated).toBe(false);
  });

  it('does not duplicate a warning the caller already sent', () => {
    const result = computeRunGating(
      input({ invoices_detected_count: 0, data_warnings: [INVOICES_NOT_RECOGNIZED_WARNING] }),
    );
    expect(result.data_warnings).toEqual([INVOICES_NOT_RECOGNIZED_WARNING]);
  });
});

describe('doctrineSafeConclusion', () => {
  it('copies the warnings as evidence', () => {
    const warnings = ['a'];
    const conclusion = doctrineSafeConclusion(warnings);
    warnings.push('b');
    expect(conclusion.evidence).toEqual(['a']);
  });
});
