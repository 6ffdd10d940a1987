import { describe, expect, it } from 'vitest';
import { parseCliOptions } from './cli-options';

describe('parseCliOptions', () => {
  it('defaults to 127.0.0.1:8080, seed 1, scale 1, live clock, no faults', () => {
    expect(parseCliOptions([], {})).toEqual({
      kind: 'run',
      options: {
        port: 8080,
        host: '127.0.0.1',
        seed: 1,
        scale: 1,
        clock: 'live',
        faults: {},
        faultSeed: undefined,
        quiet: false,
        store: 'memory',
        command: 'serve',
        dryRun: false,
        corsOrigins: undefined,
      },
    });
  });

  it('takes a durable --store and the migrate command with --dry-run', () => {
    const serve = parseCliOptions(['--store', 'pglite:./data'], {});
    expect(serve).toMatchObject({
      kind: 'run',
      options: { store: 'pglite:./data', command: 'serve' },
    });
    expect(
      parseCliOptions(['migrate', '--dry-run'], { GOVKIT_MOCK_STORE: 'postgres://u@db/govkit' }),
    ).toMatchObject({
      kind: 'run',
      options: { command: 'migrate', dryRun: true, store: 'postgres://u@db/govkit' },
    });
    expect(parseCliOptions(['--store', 'mysql://x'], {})).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('Unknown store'),
    });
    expect(parseCliOptions(['migrate'], {})).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('migrate needs --store'),
    });
    // --dry-run means nothing to the server: refused rather than silently ignored.
    expect(parseCliOptions(['--dry-run'], {})).toMatchObject({ kind: 'error' });
  });

  it('reads environment variables and lets flags win', () => {
    const parsed = parseCliOptions(['--port=9000', '--error-rate', '0.2', '--quiet'], {
      GOVKIT_MOCK_PORT: '7000',
      GOVKIT_MOCK_HOST: '0.0.0.0',
      GOVKIT_MOCK_ERROR_STATUS: '429',
      GOVKIT_MOCK_RETRY_AFTER: '3',
      GOVKIT_MOCK_FAULT_SEED: '42',
      GOVKIT_MOCK_CLOCK: 'manual',
    });
    expect(parsed).toMatchObject({
      kind: 'run',
      options: {
        port: 9000,
        host: '0.0.0.0',
        clock: 'manual',
        quiet: true,
        corsOrigins: undefined,
        faultSeed: 42,
        faults: { errorRate: 0.2, errorStatus: 429, retryAfterSeconds: 3 },
      },
    });
    expect(parseCliOptions(['--latency', '150', '--drop-rate=0.1'], {})).toMatchObject({
      options: { faults: { latencyMs: 150, dropRate: 0.1 } },
    });
  });

  it('reads the CORS allow-list: exact origins, * for any, empty for none', () => {
    expect(
      parseCliOptions([], { GOVKIT_MOCK_CORS_ORIGINS: 'https://app.test, http://127.0.0.1:3000' }),
    ).toMatchObject({ options: { corsOrigins: ['https://app.test', 'http://127.0.0.1:3000'] } });
    expect(parseCliOptions(['--cors-origins=*'], {})).toMatchObject({
      options: { corsOrigins: ['*'] },
    });
    expect(parseCliOptions(['--cors-origins='], {})).toMatchObject({
      options: { corsOrigins: [] },
    });
  });

  it.each([
    [['--port', '70000'], /Invalid port/],
    [['--port'], /needs a value/],
    [['--error-rate', '2'], /error rate/],
    [['--clock', 'slow'], /live or manual/],
    [['--what'], /Unknown argument/],
    [['--scale', 'x'], /not a number/],
    [['--cors-origins', 'http://a.test/path'], /not an origin/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseCliOptions(argv, {});
    expect(parsed.kind).toBe('error');
    if (parsed.kind === 'error') expect(parsed.message).toMatch(message);
  });

  it('names the environment variable that is wrong, and asks for help', () => {
    expect(parseCliOptions([], { GOVKIT_MOCK_DROP_RATE: 'lots' })).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('GOVKIT_MOCK_DROP_RATE'),
    });
    expect(parseCliOptions(['--help'], {})).toEqual({ kind: 'help' });
  });
});
