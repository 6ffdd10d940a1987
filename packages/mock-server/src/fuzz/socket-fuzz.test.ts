import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMockServer, startMockServer } from '../http/start-mock-server';
import { sendRawHttp } from '../testing/raw-http';

// Hostile clients at the socket level: what `fetch` (and so the route-table fuzz) cannot send.
// Every request below must be refused: a 4xx, never a 5xx and never a silent close, a JSON
// `{detail}` body, and no change to the store. Bounded: GOVKIT_FC_RUNS requests (default 150),
// each with a 5 s answer deadline, all on loopback.
const RUNS = Number(process.env.GOVKIT_FC_RUNS) || 150;

const WRITE_TARGETS = [
  [
    'POST',
    '/api/governance/templates',
    (metadata: unknown) => ({
      template_key: 'fuzz',
      name: 'Fuzz',
      stage_blueprint: [{ required_role: 'reviewer', metadata }],
    }),
  ],
  ['POST', '/api/governance/templates/tmpl-1/assignments', (metadata: unknown) => ({ metadata })],
  [
    'POST',
    '/api/experiment-console/sessions/exec-qpcr-001/exports/narrative?dry_run=true',
    (metadata: unknown) => ({ metadata }),
  ],
  [
    'POST',
    '/api/governance/overrides/ovr-1/coaching-notes',
    (metadata: unknown) => ({
      body: 'note',
      metadata,
    }),
  ],
  [
    'POST',
    '/api/governance/recommendations/override/rec-1/accept',
    (metadata: unknown) => ({
      execution_id: 'exec-qpcr-001',
      lineage: { metadata },
    }),
  ],
] as const;

function deepJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

const request = (line: string, headers: string[], body = ''): string => {
  const all = [...headers, 'Connection: close'];
  if (body !== '' && !headers.some((h) => /^content-length:/i.test(h))) {
    all.push(`Content-Length: ${Buffer.byteLength(body, 'latin1')}`);
  }
  return `${line}\r\n${all.join('\r\n')}\r\n\r\n${body}`;
};

const HOST = 'Host: 127.0.0.1';
const JSON_TYPE = 'Content-Type: application/json';
const target = fc.constantFrom(...WRITE_TARGETS);

type Case = [label: string, bytes: string];

const METHODS = ['TRACE', 'TRACK', 'CONNECT', 'FROB', 'get', 'M-SEARCH', 'PROPFIND', 'BREW'];
const HOSTS = ['a b', '[', 'x:99999', '', 'u@evil', 'u:p@h', '\u0001'];
const PATHS = ['//', '//evil.test/api/runs/x', '/%', '/%E0%A4%A', 'http://u@h/api', '/\u0001'];
const LINES = ['GET / HTTP/7.1', 'GET /', 'GARBAGE', '\u0000\u0001\u0002', 'GET / HTTP/1.1 extra'];
const HEADERS = [
  `X-Big: ${'a'.repeat(20_000)}`,
  'Bad Header: x',
  'Content-Length: -1',
  'Content-Length: 1, 2',
  'Transfer-Encoding: chunked, identity',
];

const methodCase = (method: string, path = '/api/runs/x'): Case => [
  `method ${method}`,
  request(`${method} ${path} HTTP/1.1`, [HOST]),
];
const hostCase = (host: string): Case => [
  `host "${host}"`,
  request('DELETE /api/lineage/x HTTP/1.1', [`Host: ${host}`]),
];
const pathCase = (path: string): Case => [
  `path ${path}`,
  request(`POST ${path} HTTP/1.1`, [HOST, JSON_TYPE], '{}'),
];
const lineCase = (line: string): Case => [
  `request line ${JSON.stringify(line)}`,
  `${line}\r\n${HOST}\r\n\r\n`,
];
const headerCase = (header: string): Case => [
  `header ${header.slice(0, 40)}`,
  request('POST /api/governance/templates HTTP/1.1', [HOST, header]),
];

/** Every fixed case once, whatever the random draw picks (fast-check `examples`). */
const FIXED_CASES: Case[] = [
  ...METHODS.map((method) => methodCase(method)),
  ...HOSTS.map(hostCase),
  ...PATHS.map(pathCase),
  ...LINES.map(lineCase),
  ...HEADERS.map(headerCase),
];

/** One hostile request, as raw bytes (latin1), with a label for failure messages. */
const hostile = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...METHODS),
      fc.constantFrom('/', '/api/runs/x', '/api/governance/templates', '*'),
    )
    .map(([method, path]) => methodCase(method, path)),
  fc.constantFrom(...HOSTS).map(hostCase),
  fc.constantFrom(...PATHS).map(pathCase),
  fc.constantFrom(...LINES).map(lineCase),
  fc.constantFrom(...HEADERS).map(headerCase),
  fc.tuple(target, fc.integer({ min: 17, max: 3_000 })).map(([[method, path, body], depth]) => {
    const text = JSON.stringify(body('__DEEP__')).replace('"__DEEP__"', deepJson(depth));
    return [
      `deep JSON ${depth} → ${path}`,
      request(`${method} ${path} HTTP/1.1`, [HOST, JSON_TYPE], text),
    ];
  }),
  fc
    .tuple(
      target,
      fc.constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        '',
      ),
    )
    .map(([[method, path, body], type]) => {
      const headers = type === '' ? [HOST] : [HOST, `Content-Type: ${type}`];
      return [
        `content type "${type}" → ${path}`,
        request(`${method} ${path} HTTP/1.1`, headers, JSON.stringify(body({}))),
      ];
    }),
  fc
    .tuple(target, fc.integer({ min: 1_048_577, max: 50_000_000 }))
    .map(([[method, path], declared]) => [
      `declared ${declared} bytes → ${path}`,
      request(
        `${method} ${path} HTTP/1.1`,
        [HOST, JSON_TYPE, `Content-Length: ${declared}`],
        '{"a":',
      ),
    ]),
  fc
    .tuple(target, fc.integer({ min: 10_001, max: 200_000 }))
    .map(([[method, path, body], length]) => {
      const text = JSON.stringify({ ...body({}), notes_or_name: 'x'.repeat(length) });
      return [
        `long string → ${path}`,
        request(`${method} ${path} HTTP/1.1`, [HOST, JSON_TYPE], text),
      ];
    }),
  fc
    .tuple(
      fc.constantFrom('/api/locks/', '/api/lineage/', '/api/governance/assignments/'),
      fc.integer({ min: 201, max: 8_000 }),
    )
    .map(([prefix, length]) => [
      `${length}-char id → ${prefix}`,
      request(`DELETE ${prefix}${'i'.repeat(length)} HTTP/1.1`, [HOST]),
    ]),
  fc
    .tuple(
      target,
      fc.constantFrom('{"name":', '\u00ff\u00fe', '[]', 'null', '"x"', '{"metadata": 1e999999}'),
    )
    .map(([[method, path], body]) => [
      `body ${JSON.stringify(body)} → ${path}`,
      request(`${method} ${path} HTTP/1.1`, [HOST, JSON_TYPE], body),
    ]),
  fc
    .tuple(target, fc.constantFrom('user-ghost', 'x'.repeat(300), ''))
    .map(([[method, path, body], user]) => [
      `unknown user "${user.slice(0, 20)}" → ${path}`,
      request(
        `${method} ${path} HTTP/1.1`,
        [HOST, JSON_TYPE, `x-govkit-user: ${user || 'user-nobody'}`],
        JSON.stringify(body({})),
      ),
    ]),
) as fc.Arbitrary<Case>;

describe('socket-level fuzz of the standalone server', () => {
  let server: RunningMockServer;
  beforeAll(async () => {
    server = await startMockServer({ docs: false, onError: () => undefined });
  });
  afterAll(() => server.close());

  it('refuses every hostile request with a 4xx {detail} and changes nothing', async () => {
    const before = JSON.stringify(server.store.snapshot());
    const version = server.store.version;
    await fc.assert(
      fc.asyncProperty(hostile, async ([label, bytes]) => {
        const response = await sendRawHttp(server.port, Buffer.from(bytes, 'latin1'));
        expect(response.status, label).toBeGreaterThanOrEqual(400);
        expect(response.status, label).toBeLessThan(500);
        expect(response.headers['content-type'], label).toBe('application/json');
        const detail = (JSON.parse(response.body) as { detail: unknown }).detail;
        expect(typeof detail === 'string' || Array.isArray(detail), label).toBe(true);
      }),
      { numRuns: RUNS, seed: 11, examples: FIXED_CASES.map((fixed) => [fixed]) },
    );
    expect(server.store.version).toBe(version);
    expect(JSON.stringify(server.store.snapshot())).toBe(before);
  }, 120_000);
});
