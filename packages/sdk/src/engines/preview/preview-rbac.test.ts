import { describe, expect, it } from 'vitest';
import { createEvidenceDiscovery } from '../evidence/evidence-discovery';
import { createExportWorld } from '../exports/fixtures/export-world';
import { ACTORS } from '../exports/fixtures/seed-001-world';
import { refusal } from '../shared/fixtures/refusal';
import { createExperimentPreviewEngine } from './experiment-preview';

type Role = keyof typeof ACTORS;

// Preview and evidence discovery of exec-1 need execution access: admin, the runner, or any
// member of the protocol template's team, whatever their role.
const ALLOWED: Role[] = [
  'admin',
  'runner',
  'observer',
  'member',
  'reviewer',
  'lead',
  'manager',
  'owner',
  'approver',
];

function world() {
  const w = createExportWorld();
  const t = w.templates.create(ACTORS.admin, {
    template_key: 'qa',
    name: 'QA',
    stage_blueprint: [{ required_role: 'reviewer', sla_hours: 4 }],
    publish: true,
  });
  const preview = createExperimentPreviewEngine({ ...w, templates: w.templates.store });
  const discovery = createEvidenceDiscovery(w);
  const snapshotId = t.published_snapshot_id as string;
  const run: Record<string, (actor: string) => unknown> = {
    preview: (actor) =>
      preview.preview(actor, 'exec-1', { workflow_template_snapshot_id: snapshotId }),
    'evidence.notebook': (actor) => discovery.notebook(actor, { execution_id: 'exec-1' }),
    'evidence.data': (actor) => discovery.data(actor, { execution_id: 'exec-1' }),
  };
  return { w, run };
}

describe('preview and evidence RBAC matrix', () => {
  for (const operation of ['preview', 'evidence.notebook', 'evidence.data']) {
    for (const role of Object.keys(ACTORS) as Role[]) {
      const allow = ALLOWED.includes(role);
      it(`${operation} by ${role}: ${allow ? 'allow' : 'deny'}`, () => {
        const { w, run } = world();
        const op = run[operation] as (actor: string) => unknown;
        const before = JSON.stringify([w.events.list(), w.templates.store.listAudit()]);
        if (allow) {
          expect(() => op(ACTORS[role])).not.toThrow();
        } else {
          expect(refusal(() => op(ACTORS[role])).status).toBe(403);
          expect(JSON.stringify([w.events.list(), w.templates.store.listAudit()])).toBe(before);
        }
      });
    }
  }
});
