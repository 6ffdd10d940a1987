import type { RunLockState, RunResult } from '@govkit/sdk';
import { SUCCEEDED_RUN } from '../runs/run-governance.fixtures';

// A run result with `payload` in every field a run governance widget shows as text (XSS corpus).

/** Every text field of a run result, its manifest, conclusion and watch list set to `payload`. */
export function hostileRun(payload: string): RunResult {
  const item = {
    topic: payload,
    why_it_matters: payload,
    what_to_watch: payload,
    time_horizon: payload,
  };
  return {
    ...SUCCEEDED_RUN,
    run_id: payload,
    data_warnings: [payload],
    manifest: {
      ...SUCCEEDED_RUN.manifest,
      run_id: payload,
      mode: payload,
      lock_id: payload,
      steps: SUCCEEDED_RUN.manifest.steps.map((step) => ({
        ...step,
        step_name: payload,
        status: payload,
        notes: payload,
        error_message: payload,
        input_fingerprint: payload,
      })),
    },
    conclusion: { takeaway: payload, nextAction: payload, evidence: [payload] },
    presented_watch_list: {
      title: payload,
      industry_tag: payload,
      items: [item, item],
      collapsed: false,
      disclaimer: payload,
    },
  };
}

/** A lock state with `payload` as holder and lock id. */
export function hostileLock(payload: string): RunLockState {
  return {
    workspace_id: payload,
    live: true,
    holder: payload,
    lock_id: payload,
    acquired_at: '2026-12-03T09:15:00Z',
    expires_at: '2026-12-03T10:15:00Z',
    fencing_token: 1,
    current_fencing_token: 1,
  };
}
