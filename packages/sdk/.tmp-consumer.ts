import { createClient, type TaskGovernanceSummary } from '@govkit/sdk';
import { RunManifestSchema } from '@govkit/sdk/schemas';
import { createManifest, markStepStart } from '@govkit/sdk/engines';

export async function consumer(): Promise<string> {
  const client = createClient({ baseURL: 'http://127.0.0.1:8080' });
  const summary: TaskGovernanceSummary = await client.replay.tasks.summary('task-123');
  // @ts-expect-error response types list the contract's fields only
  summary.no_such_field;
  let manifest = createManifest('run-1', 'ws-1', 'mock');
  manifest = markStepStart(manifest, 'parse_normalize_pack');
  RunManifestSchema.parse(manifest);
  return summary.task_id;
}
