import { domainKeys } from './domain-keys';

const runGovernance = domainKeys('run-governance');

/**
 * Keys of the run governance domain (runs, the workspace lock, remote assist), also
 * `govkitKeys.runGovernance`. In a file of its own so the run widgets' hooks import only these:
 * the start-run group would otherwise carry every domain's keys (it kept it over its budget).
 */
export const runGovernanceKeys = {
  ...runGovernance,
  /** One stored run result (`GET /api/runs/{run_id}`). */
  run: (runId: string) => [...runGovernance.all, 'run', runId] as const,
  /** A workspace's lock as the inspector shows it (`GET /api/workspaces/{id}/lock`). */
  lockState: (workspaceId: string) => [...runGovernance.all, 'lock', workspaceId] as const,
  /** A workspace's remote-assist requests (`GET /api/workspaces/{id}/remote-assist`). */
  remoteAssist: (workspaceId: string) =>
    [...runGovernance.all, 'remote-assist', workspaceId] as const,
} as const;
