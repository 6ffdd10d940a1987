import type { MockStore } from '../store/mock-store';
import type { SeededRandom } from '../store/seeded-random';
import { SEEDED_WORKSPACES } from './run-governance';

const HOUR_MS = 3_600_000;

/**
 * Remote-assist requests of a seeded world: the first workspace has two (one
 * from the upload page's link an hour ago, one from the remote-assist page yesterday), the third
 * one. Every workspace stays well under its rate limit, so a story or test can file more.
 */
export const SEEDED_REMOTE_ASSIST = {
  workspaceWithRequests: SEEDED_WORKSPACES[0]?.id ?? 'ws-northwind-hvac',
  requestCount: 2,
} as const;

/** Seed remote-assist requests, dated by moving the store clock (restored afterwards). */
export function seedRemoteAssist(store: MockStore, _rng: SeededRandom, scale: number): void {
  if (scale <= 0) return;
  const now = store.clock.now();
  const { remoteAssist } = store.runGovernance;
  const [first, , third] = SEEDED_WORKSPACES;
  const file = (
    hoursAgo: number,
    workspaceId: string,
    body: Parameters<typeof remoteAssist.create>[1],
    by: string,
  ) => {
    store.clock.set(now - hoursAgo * HOUR_MS);
    remoteAssist.create(workspaceId, body, by);
  };
  if (first) {
    file(
      26,
      first.id,
      {
        contact_name: 'Dana Whitfield',
        contact_email: 'dana@northwind-hvac.example',
        export_target: 'QuickBooks invoices (last 90 days)',
        message: 'The export finishes but the CSV has no header row, so the upload rejects it.',
        source: 'remote_assist_page',
      },
      'user-manager',
    );
    file(
      1,
      first.id,
      {
        contact_name: 'Dana Whitfield',
        contact_email: 'dana@northwind-hvac.example',
        export_target: 'Jobber quotes',
        message: 'I cannot find where Jobber lets me export quotes as a spreadsheet.',
        source: 'upload_page',
      },
      'user-manager',
    );
  }
  if (third) {
    file(
      5,
      third.id,
      {
        contact_name: 'Luis Ortega',
        contact_email: 'luis@brightline.example',
        export_target: 'ServiceTitan invoices',
        message: 'Our export is over 40 MB; is there a way to split it by month?',
        source: 'upload_page',
      },
      'user-lead',
    );
  }
  store.clock.set(now);
}
