import type { Client } from 'openapi-fetch';
import type { paths } from './openapi-types.gen';

// Decision replay, run governance and report lineage flows written as a third party would: against
// types that openapi-typescript generated from the mock server's OpenAPI document, called through
// openapi-fetch. No casts: if the document lost a type (an id as `unknown`, a path name clash),
// this file stops compiling.

/** An openapi-fetch client over the generated `paths`. */
export type ThirdPartyClient = Client<paths>;

function fail(step: string, error: unknown): never {
  throw new Error(`${step} failed: ${JSON.stringify(error)}`);
}

/** Decision replay: a task's summary, its trace page by page, and one decision's snapshot. */
export async function replayFlow(client: ThirdPartyClient) {
  const task_id = 'task-123';
  const summary = await client.GET('/api/governance/tasks/{task_id}/summary', {
    params: { path: { task_id } },
  });
  if (!summary.data) fail('summary', summary.error);
  const blockedReasonCode: string | null = summary.data.blocked_reason_code;
  const lastDecisionAt: string | null = summary.data.last_decision_ts;

  const decisionIds: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.GET('/api/governance/tasks/{task_id}/decision-trace', {
      params: { path: { task_id }, query: { limit: 2, ...(cursor ? { cursor } : {}) } },
    });
    if (!page.data) fail('decision trace', page.error);
    for (const item of page.data.trace_items) {
      if (item.kind === 'audit' && item.decision_id !== null) decisionIds.push(item.decision_id);
    }
    cursor = page.data.next_cursor ?? undefined;
  } while (cursor);

  const decision_id = decisionIds[0];
  if (decision_id === undefined) fail('decision trace', 'no audited decision');
  const detail = await client.GET('/api/governance/decisions/{decision_id}', {
    params: { path: { decision_id } },
  });
  if (!detail.data) fail('decision detail', detail.error);
  return {
    taskId: summary.data.task_id,
    blockedReasonCode,
    lastDecisionAt,
    decisionIds,
    hasSnapshot: detail.data.decision_snapshot !== null,
  };
}

/** Run governance: take a workspace's run lock, look at it, release it with its lock id. */
export async function runGovernanceFlow(client: ThirdPartyClient) {
  const workspace_id = 'ws-corner-services';
  const acquired = await client.POST('/api/workspaces/{workspace_id}/lock', {
    params: { path: { workspace_id } },
    body: { owner: 'user-admin', ttl_seconds: 60 },
  });
  if (!acquired.data?.acquired || acquired.data.lock_id === undefined) {
    fail('acquire', acquired.error ?? acquired.data);
  }
  const lock_id: string = acquired.data.lock_id;
  const state = await client.GET('/api/workspaces/{workspace_id}/lock', {
    params: { path: { workspace_id } },
  });
  if (!state.data) fail('lock state', state.error);
  const released = await client.DELETE('/api/locks/{lock_id}', { params: { path: { lock_id } } });
  if (released.error) fail('release', released.error);
  return { lockId: lock_id, released: released.response.status === 204 };
}

/** Report lineage: find a report's lineage, read its logs, download its inputs, delete it. */
export async function lineageFlow(client: ThirdPartyClient) {
  const found = await client.GET('/api/lineage/search', { params: { query: { limit: 5 } } });
  if (!found.data) fail('search', found.error);
  const retrieved = await client.GET('/api/lineage/{id}', {
    params: { path: { id: 'rpt-dict-logs' } },
  });
  if (!retrieved.data) fail('retrieve', retrieved.error);
  const lineage_id: string = retrieved.data.lineage_id;
  // Units are in the document: percent saved by gzip, and the stored gzip size in bytes.
  const compressionPercent: number = retrieved.data.compression_ratio;
  const logs = await client.GET('/api/lineage/{lineage_id}/logs', {
    params: { path: { lineage_id } },
  });
  if (!logs.data) fail('logs', logs.error);
  const download = await client.GET('/api/lineage/{lineage_id}/download', {
    params: { path: { lineage_id } },
    parseAs: 'arrayBuffer',
  });
  if (!download.data) fail('download', download.error);
  const deleted = await client.DELETE('/api/lineage/{id}', {
    params: { path: { id: lineage_id } },
  });
  if (deleted.error) fail('delete', deleted.error);
  return {
    lineageId: lineage_id,
    compressionPercent,
    downloadBytes: download.data.byteLength,
    deleted: deleted.response.ok,
  };
}
