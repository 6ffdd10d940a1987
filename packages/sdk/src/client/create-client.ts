import type { EndpointDefinition } from '../schemas/shared/endpoint';
import type { ParseMode } from '../schemas/shared/parse-mode';
import type { SleepFn } from './abortable-sleep';
import { ClientCore, type EndpointResult } from './client-core';
import type { RequestInput } from './request-input';
import {
  type AuthOption,
  DEFAULT_TIMEOUT_MS,
  type RequestOptions,
  type WarningHandler,
} from './request-options';
import { AnalyticsResource } from './resources/analytics';
import { BaselinesResource } from './resources/baselines';
import { CoachingResource } from './resources/coaching';
import { EvidenceResource } from './resources/evidence';
import { ExportsResource } from './resources/exports';
import { LineageResource } from './resources/lineage';
import { MigrationsResource } from './resources/migrations';
import { OverridesResource } from './resources/overrides';
import { PreviewResource } from './resources/preview';
import { ReplayResource } from './resources/replay';
import { RunsResource } from './resources/runs';
import { TemplatesResource } from './resources/templates';
import { TimelineResource } from './resources/timeline';
import { DEFAULT_MAX_RETRIES } from './retry-policy';

/** Options of {@link createClient}. Only `baseURL` is required. */
export interface ClientOptions {
  /** Where the govkit API lives, e.g. `http://127.0.0.1:8080` (the mock server's default). */
  baseURL: string;
  /** A bearer token, or an async provider of headers (called before every attempt). */
  auth?: AuthOption | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string> | undefined;
  /** A custom `fetch`; defaults to the global one. */
  fetch?: typeof fetch | undefined;
  /** Per-attempt timeout in ms (default 60 000). */
  timeout?: number | undefined;
  /** Retries after the first attempt for retryable failures (default 2). */
  maxRetries?: number | undefined;
  /**
   * Response validation (default `lenient`): `lenient` parses and normalises real-world variants
   * and reports unknown fields/values through `onWarning`; `strict` rejects them; `off` returns
   * bodies unparsed.
   */
  validation?: ParseMode | undefined;
  /** Receives contract warnings (lenient mode) and pagination/stream guards. */
  onWarning?: WarningHandler | undefined;
  /** Backoff base in ms (default 500). */
  retryBaseDelayMs?: number | undefined;
  /** Backoff cap in ms (default 8 000). */
  retryMaxDelayMs?: number | undefined;
  /** Jitter source in [0, 1), for deterministic tests (default `Math.random`). */
  random?: (() => number) | undefined;
  /** Clock for HTTP-date `Retry-After`, for deterministic tests (default `Date.now`). */
  now?: (() => number) | undefined;
  /** Wait between retries and reconnects, for tests that record instead of waiting. */
  sleep?: SleepFn | undefined;
}

/**
 * The govkit client: a resource tree named after the API's domains, every method taking path ids
 * first, then params or body, then {@link RequestOptions}.
 */
export class GovkitClient {
  /** The options this client was built with (what {@link withOptions} starts from). */
  readonly clientOptions: Readonly<ClientOptions>;
  /** The generic request engine every resource uses; also an escape hatch for custom calls. */
  readonly core: ClientCore;
  /** Decision replay: task summary, decision trace, decisions, stats. */
  readonly replay: ReplayResource;
  /** Run governance: governed runs and the workspace lock. */
  readonly runs: RunsResource;
  /** Override recommendations and actions. */
  readonly overrides: OverridesResource;
  /** Coaching notes on overrides. */
  readonly coaching: CoachingResource;
  /** Governance analytics. */
  readonly analytics: AnalyticsResource;
  /** Narrative exports, approval ladders and artifacts. */
  readonly exports: ExportsResource;
  /** Evidence discovery for export attachments. */
  readonly evidence: EvidenceResource;
  /** Experiment preview. */
  readonly preview: PreviewResource;
  /** Workflow templates and assignments. */
  readonly templates: TemplatesResource;
  /** Governance baselines. */
  readonly baselines: BaselinesResource;
  /** The decision timeline and its live stream. */
  readonly timeline: TimelineResource;
  /** Report lineage: search, logs, raw-input downloads, audit trail. */
  readonly lineage: LineageResource;
  /** Governance data migrations (admins only): export snapshots, override lineage. */
  readonly migrations: MigrationsResource;

  constructor(options: ClientOptions) {
    if (!options.baseURL) throw new TypeError('createClient: `baseURL` is required.');
    this.clientOptions = Object.freeze({ ...options });
    this.core = new ClientCore({
      baseURL: options.baseURL,
      auth: options.auth,
      defaultHeaders: options.headers,
      fetch: options.fetch,
      timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      validation: options.validation ?? 'lenient',
      onWarning: options.onWarning,
      retryBaseDelayMs: options.retryBaseDelayMs,
      retryMaxDelayMs: options.retryMaxDelayMs,
      random: options.random,
      now: options.now,
      sleep: options.sleep,
    });
    this.replay = new ReplayResource(this.core);
    this.runs = new RunsResource(this.core);
    this.overrides = new OverridesResource(this.core);
    this.coaching = new CoachingResource(this.core);
    this.analytics = new AnalyticsResource(this.core);
    this.exports = new ExportsResource(this.core);
    this.evidence = new EvidenceResource(this.core);
    this.preview = new PreviewResource(this.core);
    this.templates = new TemplatesResource(this.core);
    this.baselines = new BaselinesResource(this.core);
    this.timeline = new TimelineResource(this.core);
    this.lineage = new LineageResource(this.core);
    this.migrations = new MigrationsResource(this.core);
  }

  /** A new client with some options replaced; this one is unchanged. */
  withOptions(options: Partial<ClientOptions>): GovkitClient {
    return new GovkitClient({ ...this.clientOptions, ...options });
  }

  /** Call any endpoint definition directly (validated and parsed like the resource methods). */
  request<E extends EndpointDefinition>(
    endpoint: E,
    input?: RequestInput<E>,
    options?: RequestOptions,
  ): Promise<EndpointResult<E>> {
    return this.core.request(endpoint, input, options);
  }
}

/**
 * Create a govkit client.
 *
 * @example
 * const client = createClient({ baseURL: 'http://127.0.0.1:8080', auth: process.env.GOVKIT_TOKEN });
 * const summary = await client.replay.tasks.summary('task-123');
 */
export function createClient(options: ClientOptions): GovkitClient {
  return new GovkitClient(options);
}
