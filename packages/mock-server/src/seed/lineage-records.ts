import type { LineageCaptureInputRaw } from '@govkit/sdk';
import type { SeededRandom } from '../store/seeded-random';

/**
 * What a seeded report pipeline hands to lineage capture: the producer's logs (the
 * `{events, summary}` dict of `LineageCapture`, or a plain list) and raw inputs (assessment and
 * enrichment data, plus the kind of secrets real inputs leak, which capture must redact).
 */

/** A seeded lead: the business a report is about. */
export interface SeededLead {
  id: string;
  business: string;
  industry: string;
  city: string;
}

const BUSINESSES: ReadonlyArray<[string, string, string]> = [
  ['Northwind Heating & Air', 'hvac', 'Denver'],
  ['Smokehouse BBQ', 'restaurant', 'Austin'],
  ['Brightline Electric', 'electrician', 'Portland'],
  ['Greenleaf Landscaping', 'landscaping', 'Raleigh'],
  ['Pipeworks Plumbing', 'plumbing', 'Columbus'],
  ['Summit Contractors', 'contractor', 'Boise'],
  ['Corner Bakery', 'bakery', 'Madison'],
  ['Harbor Dental', 'dental', 'San Diego'],
];

/** The seeded leads: the list above, then numbered copies; ids from `nextId`. */
export function seededLeads(count: number, nextId: () => string): SeededLead[] {
  return Array.from({ length: count }, (_, i) => {
    const [business, industry, city] = BUSINESSES[i % BUSINESSES.length] as [
      string,
      string,
      string,
    ];
    const round = Math.floor(i / BUSINESSES.length);
    return {
      id: nextId(),
      business: round === 0 ? business : `${business} #${round + 1}`,
      industry,
      city,
    };
  });
}

/** Template versions in use, most used first (drives the stats' template distribution). */
export const SEEDED_TEMPLATE_VERSIONS = ['v1.2.0', 'v1.1.0', 'v2.0.0', 'default'] as const;

const STEPS = ['fetch_assessment', 'enrich_company', 'score_lead', 'render_html', 'render_pdf'];

/** One seeded report's pipeline, before capture. */
export interface SeededPipeline {
  lead: SeededLead;
  pipelineRunId: string;
  templateVersionId: string;
  startMs: number;
  endMs: number;
  /** `dict`: the producer's `{events, summary}`; `list`: a bare event list. */
  logShape: 'dict' | 'list';
  failed: boolean;
}

/** Logs as the pipeline produced them: 5–25 events, warnings, an error when it failed. */
export function pipelineLogs(pipeline: SeededPipeline, rng: SeededRandom): unknown {
  const count = rng.int(5, 25);
  const step = (pipeline.endMs - pipeline.startMs) / count;
  const events = Array.from({ length: count }, (_, i) => {
    const last = i === count - 1;
    const type = last
      ? pipeline.failed
        ? 'error'
        : 'info'
      : rng.chance(0.12)
        ? 'warning'
        : 'info';
    const name = STEPS[i % STEPS.length] as string;
    return {
      timestamp: new Date(Math.floor(pipeline.startMs + i * step)).toISOString(),
      type,
      message: last
        ? pipeline.failed
          ? 'Pipeline failed'
          : 'Pipeline completed successfully'
        : type === 'warning'
          ? `${name}: slow upstream response`
          : `${name} finished`,
      ...(i === 1
        ? { data: { request: 'GET /v2/companies', authorization: 'Bearer sk_live_51Hx9' } }
        : {}),
    };
  });
  if (pipeline.logShape === 'list') return events;
  return {
    events,
    summary: {
      total_events: events.length,
      error_count: events.filter((event) => event.type === 'error').length,
      warning_count: events.filter((event) => event.type === 'warning').length,
      duration_seconds: (pipeline.endMs - pipeline.startMs) / 1000,
      success: !pipeline.failed,
    },
  };
}

/** Raw inputs of a report: assessment and enrichment data, plus secrets to be redacted. */
export function rawInputs(pipeline: SeededPipeline, rng: SeededRandom): Record<string, unknown> {
  const { lead } = pipeline;
  return {
    assessment_data: {
      business_name: lead.business,
      industry: lead.industry,
      city: lead.city,
      score: rng.int(35, 98),
      pagespeed: { mobile: rng.int(20, 95), desktop: rng.int(40, 100) },
      issues: ['missing_meta_description', 'slow_lcp', 'no_https_redirect'].slice(0, rng.int(0, 3)),
    },
    enrichment_data: {
      employees: rng.int(2, 250),
      annual_revenue_usd: rng.int(200, 9000) * 1000,
      source: rng.pick(['data_axle', 'hunter', 'manual']),
      contact: { email: `owner@${lead.industry}.example.test`, phone: '+1-555-0100' },
    },
    request: {
      url: `https://user:hunter2@api.example.test/leads/${lead.id}`,
      headers: { Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsZWFkIn0.c2lnbmF0dXJl' },
      api_key: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
    },
  };
}

/** The capture input of one seeded pipeline. */
export function captureInput(
  pipeline: SeededPipeline,
  rng: SeededRandom,
  reportId?: string,
): LineageCaptureInputRaw {
  return {
    ...(reportId === undefined ? {} : { report_generation_id: reportId }),
    lead_id: pipeline.lead.id,
    pipeline_run_id: pipeline.pipelineRunId,
    template_version_id: pipeline.templateVersionId,
    pipeline_start_time: new Date(pipeline.startMs).toISOString(),
    pipeline_end_time: new Date(pipeline.endMs).toISOString(),
    pipeline_logs: pipelineLogs(pipeline, rng) as LineageCaptureInputRaw['pipeline_logs'],
    raw_inputs: rawInputs(pipeline, rng),
    report: { status: pipeline.failed ? 'failed' : 'completed', business: pipeline.lead.business },
  };
}
