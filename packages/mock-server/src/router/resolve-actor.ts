/**
 * The user a request acts as when it names nobody. It is the seeded admin, so stories and quick
 * `curl`s can do everything; send another user id to exercise permission checks.
 */
export const DEFAULT_ACTOR_ID = 'user-admin';

/** Who is acting, and how the mock server learned it. */
export interface Actor {
  /** A directory user id (`user-admin`, `user-reviewer`, …). */
  id: string;
  /** `header`: `x-govkit-user`; `authorization`: `Bearer <user-id>`; `default`: neither was sent. */
  source: 'header' | 'authorization' | 'default';
}

/**
 * Resolve the acting user of a request. The mock server has no real authentication: the bearer
 * token *is* the user id. `x-govkit-user` wins over `Authorization` because it is the mock-only,
 * explicit switch (a host app may send its real token while a story impersonates someone).
 *
 * @example
 * resolveActor(new Headers({ authorization: 'Bearer user-reviewer' })); // { id: 'user-reviewer', … }
 */
export function resolveActor(headers: Headers, defaultActorId: string = DEFAULT_ACTOR_ID): Actor {
  const explicit = headers.get('x-govkit-user')?.trim();
  if (explicit) return { id: explicit, source: 'header' };
  const authorization = headers.get('authorization')?.trim();
  const match = authorization ? /^bearer\s+(.+)$/i.exec(authorization) : null;
  const token = match?.[1]?.trim();
  if (token) return { id: token, source: 'authorization' };
  return { id: defaultActorId, source: 'default' };
}
