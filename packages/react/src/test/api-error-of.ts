import type { ApiErrorInit } from '@govkit/sdk';

/**
 * A typed sdk error as the client would throw it for a `{detail}` answer, for presentational
 * tests and stories: `apiErrorOf(NotFoundError, 404, 'Task not found: t-1')`.
 */
export function apiErrorOf<T>(
  ErrorClass: new (init: ApiErrorInit) => T,
  status: number,
  detail: string,
  requestId = 'req-7f3a',
): T {
  return new ErrorClass({
    status,
    body: { detail },
    headers: new Headers({ 'x-request-id': requestId }),
    detail,
  });
}
