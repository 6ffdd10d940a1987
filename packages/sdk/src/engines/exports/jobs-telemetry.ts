import type { NarrativeExportJobs } from '../../schemas/exports/narrative-export';
import { requireUser } from '../governance/directory';
import type { NarrativeExportDeps } from './export-context';

/**
 * `GET /api/experiment-console/exports/narrative/jobs`: queue depth and artifact status counts
 * across all executions. Any authenticated user may read it: it carries counts only, no execution
 * data.
 *
 * `active` = jobs being packaged right now, `scheduled` = retries waiting for their backoff,
 * `reserved` = jobs due and waiting for a worker; `last_failure_at` = the latest `updated_at` of an
 * export whose artifact is `failed`.
 */
export function narrativeJobsTelemetry(
  deps: NarrativeExportDeps,
  actorId: string,
): NarrativeExportJobs {
  requireUser(deps.directory, actorId);
  const now = deps.clock.now();
  const jobs = deps.store.listJobs();
  const exports = deps.store.list();
  const statusCounts: Record<string, number> = {};
  let lastFailure: string | null = null;
  for (const record of exports) {
    statusCounts[record.artifact_status] = (statusCounts[record.artifact_status] ?? 0) + 1;
    if (
      record.artifact_status === 'failed' &&
      (lastFailure === null || record.updated_at > lastFailure)
    ) {
      lastFailure = record.updated_at;
    }
  }
  return {
    queue: {
      active: jobs.filter((job) => job.state === 'active').length,
      scheduled: jobs.filter((job) => job.state === 'waiting' && Date.parse(job.run_at) > now)
        .length,
      reserved: jobs.filter((job) => job.state === 'waiting' && Date.parse(job.run_at) <= now)
        .length,
    },
    status_counts: statusCounts,
    last_failure_at: lastFailure,
  };
}
