import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DOMAIN_ERROR_CONTRACT,
  DOMAIN_ERROR_DETAILS,
  type DomainErrorCode,
} from '../schemas/shared/domain-error-contract';
import { ClientCore } from './client-core';
import { createApiError } from './create-api-error';
import {
  ArtifactExpiredError,
  ArtifactIntegrityError,
  ArtifactNotReadyError,
  LineageRequiredError,
  ReversalCoolingDownError,
  ReversalLockedError,
  RunLockHeldError,
  SignedUrlExpiredError,
  SignedUrlInvalidError,
} from './domain-errors';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  GoneError,
  GovkitError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './errors';
import { testEndpoints as ep } from './fixtures/test-endpoints';
import { sendJson, startTestServer, type TestServer } from './fixtures/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function errorFor(status: number, body: unknown, headers: Record<string, string> = {}) {
  server.handle((_req, res) => sendJson(res, status, body, headers));
  const client = new ClientCore({
    baseURL: server.baseURL,
    timeout: 5_000,
    maxRetries: 0,
    validation: 'lenient',
  });
  return client.request(ep.retrieve, { pathParams: { item_id: '1' } }).then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('status classes', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [410, GoneError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, ApiError],
  ] as const)('%i → %s', async (status, cls) => {
    const error = await errorFor(
      status,
      { detail: 'nope', code: 'x' },
      { 'x-request-id': 'req-9' },
    );
    expect(error).toBeInstanceOf(cls);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(GovkitError);
    const api = error as ApiError;
    expect(api.constructor).toBe(cls);
    expect(api.status).toBe(status);
    expect(api.detail).toBe('nope');
    expect(api.code).toBe('x');
    expect(api.requestId).toBe('req-9');
    expect(api.body).toEqual({ detail: 'nope', code: 'x' });
    expect(api.endpoint).toBe('test.items.retrieve');
  });

  it('keeps the FastAPI validation array as detail', async () => {
    const detail = [{ loc: ['query', 'limit'], msg: 'too small', type: 'greater_than_equal' }];
    const error = (await errorFor(422, { detail })) as UnprocessableEntityError;
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error.detail).toEqual(detail);
    expect(error.message).toBe('422 query.limit: too small');
  });

  it('keeps a non-JSON error body as text', () => {
    const error = createApiError({
      status: 502,
      headers: new Headers(),
      body: '<html>bad gateway',
    });
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.detail).toBe('<html>bad gateway');
  });
});

describe('domain errors', () => {
  const cases: Array<
    [string, number, unknown, new (...args: never[]) => ApiError, typeof ApiError]
  > = [
    [
      'lineage code',
      422,
      { detail: 'x', code: 'lineage_required' },
      LineageRequiredError,
      UnprocessableEntityError,
    ],
    [
      'lineage pydantic array',
      422,
      {
        detail: [
          {
            loc: ['body'],
            msg: 'Value error, Override actions require a lineage payload',
            type: 'value_error',
          },
        ],
      },
      LineageRequiredError,
      UnprocessableEntityError,
    ],
    [
      'provenance text',
      422,
      { detail: 'Override lineage requires scenario or notebook provenance' },
      LineageRequiredError,
      UnprocessableEntityError,
    ],
    [
      'reversal locked 409',
      409,
      { detail: DOMAIN_ERROR_DETAILS.reversalLocked, code: 'reversal_locked' },
      ReversalLockedError,
      ConflictError,
    ],
    [
      'reversal locked 400 (real system)',
      400,
      { detail: DOMAIN_ERROR_DETAILS.reversalLocked },
      ReversalLockedError,
      ConflictError,
    ],
    [
      'cooling down 409',
      409,
      { detail: 'x', code: 'reversal_cooling_down' },
      ReversalCoolingDownError,
      ConflictError,
    ],
    [
      'cooling down 400 (real system)',
      400,
      { detail: DOMAIN_ERROR_DETAILS.reversalCoolingDown },
      ReversalCoolingDownError,
      ConflictError,
    ],
    [
      'run lock message',
      409,
      { detail: DOMAIN_ERROR_DETAILS.runLockHeld },
      RunLockHeldError,
      ConflictError,
    ],
    [
      'run lock code',
      409,
      { detail: 'held', code: 'run_lock_held' },
      RunLockHeldError,
      ConflictError,
    ],
    [
      'integrity message',
      500,
      { detail: DOMAIN_ERROR_DETAILS.artifactIntegrity },
      ArtifactIntegrityError,
      InternalServerError,
    ],
    [
      'integrity code',
      500,
      { detail: 'x', code: 'artifact_integrity' },
      ArtifactIntegrityError,
      InternalServerError,
    ],
    [
      'artifact expired',
      410,
      { detail: DOMAIN_ERROR_DETAILS.artifactExpired },
      ArtifactExpiredError,
      GoneError,
    ],
    [
      'artifact not ready',
      409,
      { detail: DOMAIN_ERROR_DETAILS.artifactNotReady },
      ArtifactNotReadyError,
      ConflictError,
    ],
  ];

  it.each(cases)('%s', async (_name, status, body, cls, parent) => {
    const error = (await errorFor(status, body)) as ApiError;
    expect(error).toBeInstanceOf(cls);
    expect(error).toBeInstanceOf(parent);
    expect(error.status).toBe(status);
  });

  it('does not promote unrelated details', async () => {
    expect(
      await errorFor(400, { detail: 'Only executed overrides can be reversed' }),
    ).toBeInstanceOf(BadRequestError);
    expect(
      await errorFor(400, { detail: 'Only executed overrides can be reversed' }),
    ).not.toBeInstanceOf(ConflictError);
    expect(await errorFor(422, { detail: 'Body cannot be empty' })).not.toBeInstanceOf(
      LineageRequiredError,
    );
    expect(
      await errorFor(409, { detail: 'Assignment already exists for target' }),
    ).not.toBeInstanceOf(RunLockHeldError);
  });

  describe('the code decides when the server sends one', () => {
    const classOf: Record<DomainErrorCode, new (...args: never[]) => ApiError> = {
      lineage_required: LineageRequiredError,
      reversal_locked: ReversalLockedError,
      reversal_cooling_down: ReversalCoolingDownError,
      run_lock_held: RunLockHeldError,
      artifact_not_ready: ArtifactNotReadyError,
      artifact_expired: ArtifactExpiredError,
      artifact_integrity: ArtifactIntegrityError,
      signed_url_invalid: SignedUrlInvalidError,
      signed_url_expired: SignedUrlExpiredError,
    };
    const rows = Object.entries(DOMAIN_ERROR_CONTRACT) as Array<
      [DomainErrorCode, (typeof DOMAIN_ERROR_CONTRACT)[DomainErrorCode]]
    >;
    const response = (status: number, body: unknown) =>
      createApiError({ status, headers: new Headers(), body });

    it.each(rows)('%s maps to its class, whatever the detail says', (code, contract) => {
      const error = response(contract.status, { detail: 'anything', code });
      expect(error).toBeInstanceOf(classOf[code]);
      expect(error.code).toBe(code);
    });

    it.each(rows)('%s is recognised by its exact detail only without a code', (code, contract) => {
      for (const status of contract.legacyStatuses) {
        for (const detail of contract.details) {
          expect(response(status, { detail })).toBeInstanceOf(classOf[code]);
          // The same text under another code is not this domain error: the code wins.
          expect(response(status, { detail, code: 'validation_error' })).not.toBeInstanceOf(
            classOf[code],
          );
        }
      }
    });

    it('raises a 422 on query.lineage_kind as a plain validation error', () => {
      const issue = {
        loc: ['query', 'lineage_kind'],
        msg: 'Invalid option',
        type: 'invalid_value',
      };
      const coded = response(422, { detail: [issue], code: 'validation_error' });
      expect(coded).toBeInstanceOf(UnprocessableEntityError);
      expect(coded).not.toBeInstanceOf(LineageRequiredError);
      // Without a code the parameter name still does not count: only the contract's text does.
      const legacy = response(422, { detail: [issue] });
      expect(legacy).toBeInstanceOf(UnprocessableEntityError);
      expect(legacy).not.toBeInstanceOf(LineageRequiredError);
      expect(response(422, { detail: 'lineage_kind: unknown lineage kind' })).not.toBeInstanceOf(
        LineageRequiredError,
      );
    });

    it('reads signed-URL refusals by their code, as permission and gone errors', async () => {
      const invalid = await errorFor(403, {
        detail: DOMAIN_ERROR_DETAILS.signedUrlInvalid,
        code: 'signed_url_invalid',
      });
      expect(invalid).toBeInstanceOf(SignedUrlInvalidError);
      expect(invalid).toBeInstanceOf(PermissionDeniedError);
      const expired = await errorFor(410, {
        detail: DOMAIN_ERROR_DETAILS.signedUrlExpired,
        code: 'signed_url_expired',
      });
      expect(expired).toBeInstanceOf(SignedUrlExpiredError);
      expect(expired).toBeInstanceOf(GoneError);
      expect(expired).not.toBeInstanceOf(ArtifactExpiredError);
      // Only govkit signs URLs: a code-less 403 with the same words is a plain refusal.
      const codeless = response(403, { detail: DOMAIN_ERROR_DETAILS.signedUrlInvalid });
      expect(codeless).toBeInstanceOf(PermissionDeniedError);
      expect(codeless).not.toBeInstanceOf(SignedUrlInvalidError);
    });

    it('keeps a domain detail under the wrong status a status error', () => {
      const error = response(404, { detail: DOMAIN_ERROR_DETAILS.reversalLocked });
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).not.toBeInstanceOf(ReversalLockedError);
    });
  });

  it('reads the lock holder and retry time of a held reversal lock', async () => {
    const error = await errorFor(409, {
      detail: DOMAIN_ERROR_DETAILS.reversalLocked,
      code: 'reversal_locked',
      retry_at: '2026-01-15T11:55:00.000Z',
      lock_holder: { id: 'u-1', name: 'Ada', email: null },
    });
    if (!(error instanceof ReversalLockedError)) throw new Error('expected ReversalLockedError');
    expect(error.lockHolder).toEqual({ id: 'u-1', name: 'Ada', email: null });
    expect(error.retryAt).toBe('2026-01-15T11:55:00.000Z');
  });

  it('reads the end and window of a running cooldown', async () => {
    const error = await errorFor(409, {
      detail: DOMAIN_ERROR_DETAILS.reversalCoolingDown,
      code: 'reversal_cooling_down',
      retry_at: '2026-01-15T13:50:00.000Z',
      cooldown_window_minutes: 120,
    });
    if (!(error instanceof ReversalCoolingDownError)) throw new Error('expected cooldown error');
    expect(error.retryAt).toBe('2026-01-15T13:50:00.000Z');
    expect(error.cooldownWindowMinutes).toBe(120);
  });

  it('leaves the facts undefined when the server sends none or malformed ones', () => {
    // The real system's 400 carries the detail only.
    const legacy = createApiError({
      status: 400,
      headers: new Headers(),
      body: { detail: DOMAIN_ERROR_DETAILS.reversalLocked },
    });
    if (!(legacy instanceof ReversalLockedError)) throw new Error('expected ReversalLockedError');
    expect([legacy.lockHolder, legacy.retryAt]).toEqual([undefined, undefined]);
    const malformed = createApiError({
      status: 409,
      headers: new Headers(),
      body: {
        detail: 'x',
        code: 'reversal_cooling_down',
        retry_at: 42,
        cooldown_window_minutes: -3,
      },
    });
    if (!(malformed instanceof ReversalCoolingDownError)) throw new Error('expected cooldown');
    expect([malformed.retryAt, malformed.cooldownWindowMinutes]).toEqual([undefined, undefined]);
    const text = createApiError({ status: 409, headers: new Headers(), body: 'locked' });
    expect(text).toBeInstanceOf(ConflictError);
  });

  it('builds the client-side checksum mismatch', () => {
    const error = ArtifactIntegrityError.checksumMismatch('aa', 'bb');
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.origin).toBe('client');
    expect(error.code).toBe('artifact_integrity');
    expect([error.expectedChecksum, error.observedChecksum]).toEqual(['aa', 'bb']);
  });
});
