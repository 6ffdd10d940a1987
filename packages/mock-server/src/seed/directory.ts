import type { DirectoryUser, TeamRole } from '@govkit/sdk/engines';
import { DEFAULT_ACTOR_ID } from '../router/resolve-actor';
import type { MockStore } from '../store/mock-store';
import type { SeededRandom } from '../store/seeded-random';
import { seedLabDirectory } from './lab-directory';

/** Id of the team every seeded person belongs to. */
export const SEEDED_TEAM_ID = 'team-governance';

/**
 * The people of every seeded world, weakest role last. `user-admin` is the default actor (requests
 * without `Authorization`/`x-govkit-user` act as them), so stories can do everything; send another
 * id to see permission checks (e.g. `x-govkit-user: user-observer`).
 */
export const SEEDED_USERS: ReadonlyArray<DirectoryUser & { role: TeamRole }> = [
  {
    id: DEFAULT_ACTOR_ID,
    email: 'avery.admin@govkit.test',
    full_name: 'Avery Admin',
    is_admin: true,
    role: 'owner',
  },
  {
    id: 'user-manager',
    email: 'morgan.manager@govkit.test',
    full_name: 'Morgan Manager',
    is_admin: false,
    role: 'manager',
  },
  {
    id: 'user-lead',
    email: 'lee.lead@govkit.test',
    full_name: 'Lee Lead',
    is_admin: false,
    role: 'lead',
  },
  {
    id: 'user-reviewer',
    email: 'riley.reviewer@govkit.test',
    full_name: 'Riley Reviewer',
    is_admin: false,
    role: 'reviewer',
  },
  {
    id: 'user-member',
    email: 'max.member@govkit.test',
    full_name: 'Max Member',
    is_admin: false,
    role: 'member',
  },
  {
    id: 'user-observer',
    email: 'olive.observer@govkit.test',
    full_name: 'Olive Observer',
    is_admin: false,
    role: 'observer',
  },
];

const EXTRA_NAMES = ['Sam', 'Jo', 'Alex', 'Kim', 'Robin', 'Charlie', 'Dana', 'Emery'];

/**
 * Seed the shared directory: the fixed people above in one team, plus `round(4 × scale)` extra
 * members (`user-member-001`, …) so bigger worlds have bigger teams, and the lab world's protocol
 * templates and executions (seeded last, below).
 */
export function seedDirectory(store: MockStore, rng: SeededRandom, scale: number): void {
  const members: Array<{ user_id: string; role: TeamRole }> = [];
  for (const { role, ...user } of SEEDED_USERS) {
    store.directory.putUser(user);
    members.push({ user_id: user.id, role });
  }
  const extra = Math.round(4 * scale);
  for (let i = 1; i <= extra; i += 1) {
    const id = `user-member-${String(i).padStart(3, '0')}`;
    const first = rng.pick(EXTRA_NAMES);
    store.directory.putUser({
      id,
      email: `${first.toLowerCase()}.${i}@govkit.test`,
      full_name: `${first} Member ${i}`,
      is_admin: false,
    });
    members.push({ user_id: id, role: rng.pick(['member', 'reviewer', 'observer'] as const) });
  }
  store.directory.putTeam({ id: SEEDED_TEAM_ID, name: 'Governance', members });
  // The lab world the governance domains share: protocol templates, executions, preview resources.
  // The fork's label is part of the seed: renaming it would change every generated id.
  seedLabDirectory(store, rng.fork('biolabs'), scale);
}
