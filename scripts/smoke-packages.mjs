#!/usr/bin/env node
// Packs the three packages as they would be published and uses them from a fresh app outside the
// repository: ESM, CommonJS, TypeScript (`bundler` and `node16`, no skipLibCheck) and server-side
// rendering. Run after `pnpm run build` (`npm test` does). Prints the figures BENCHMARKS.md
// records (tarball and .d.ts sizes, root import time, consumer type-check time): measurements, not
// assertions. Every check that fails exits non-zero with what went wrong.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tscArgs, tscPath } from './shared/tsc-check.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpm = [
  'npx',
  '--yes',
  `pnpm@${process.env.npm_package_packageManager?.split('@')[1] ?? '10.34.9'}`,
];
const PACKAGES = ['sdk', 'store-sql', 'mock-server', 'react'];
const keep = process.argv.includes('--keep');
// `--report <file>`: write the app's path and the size figures as JSON for the `packages`
// benchmark (scripts/bench/packages.bench.ts), which times imports and type-checks in that app.
const reportIndex = process.argv.indexOf('--report');
const reportFile = reportIndex > 0 ? process.argv[reportIndex + 1] : undefined;
const sizes = { tarball: {}, declarations: {} };

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    console.error(`[smoke] ${command} ${args.join(' ')} failed (exit ${result.status})`);
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  return result.stdout;
}

function dirSize(dir, filter = () => true) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += dirSize(path, filter);
    else if (filter(entry.name)) total += statSync(path).size;
  }
  return total;
}

const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
const app = mkdtempSync(join(tmpdir(), 'govkit-smoke-'));
const tarballs = join(app, 'tarballs');
mkdirSync(tarballs);
const figures = [];

// 0. The published manifest must offer every entry point the workspace one does: `publishConfig`
// replaces `exports` at pack time, so an entry added only to `exports` would vanish from npm.
for (const name of PACKAGES) {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
  if (!manifest.publishConfig?.exports) continue;
  const published = Object.keys(manifest.publishConfig.exports);
  const missing = Object.keys(manifest.exports).filter((entry) => !published.includes(entry));
  if (missing.length > 0) {
    console.error(`[smoke] @govkit/${name}: publishConfig.exports lacks ${missing.join(', ')}`);
    process.exit(1);
  }
}

// 1. Pack exactly what would be published (pnpm applies publishConfig and workspace versions).
const tarball = {};
for (const name of PACKAGES) {
  const cwd = join(root, 'packages', name);
  const out = run(pnpm[0], [...pnpm.slice(1), 'pack', '--pack-destination', tarballs], { cwd });
  const file = out.trim().split('\n').pop().trim();
  tarball[name] = file;
  const dts = dirSize(join(cwd, 'dist'), (f) => /\.d\.c?ts$/.test(f));
  sizes.tarball[name] = statSync(file).size;
  sizes.declarations[name] = dts;
  figures.push([`@govkit/${name} tarball`, kb(statSync(file).size)]);
  figures.push([`@govkit/${name} .d.ts + .d.cts`, kb(dts)]);
}
const listing = execFileSync('tar', ['-tzf', tarball['mock-server']], { encoding: 'utf8' });
for (const forbidden of [/\.map$/, /^package\/src\//]) {
  if (listing.split('\n').some((line) => forbidden.test(line))) {
    console.error(`[smoke] the mock-server tarball contains ${forbidden}`);
    process.exit(1);
  }
}

// 2. A fresh app, installed from the tarballs (everything else from the pnpm store / registry).
const file = (name) => `file:${tarball[name]}`;
writeFileSync(
  join(app, 'package.json'),
  JSON.stringify(
    {
      name: 'govkit-smoke-app',
      private: true,
      type: 'module',
      dependencies: {
        '@govkit/sdk': file('sdk'),
        '@govkit/store-sql': file('store-sql'),
        '@govkit/mock-server': file('mock-server'),
        '@govkit/react': file('react'),
        '@tanstack/react-query': '5.108.0',
        msw: '2.15.0',
        react: '19.3.1',
        'react-dom': '19.3.1',
        zod: '4.6.7',
        // No pg and no @types/pg: the durable store's types are govkit's own structural shapes,
        // so a consumer that never uses PostgreSQL type-checks without them.
      },
      devDependencies: {
        typescript: '5.9.3',
        '@types/react': '19.3.0',
        '@types/node': '20.19.43',
      },
      pnpm: { overrides: { '@govkit/sdk': file('sdk'), '@govkit/store-sql': file('store-sql') } },
    },
    null,
    2,
  ),
);
run(pnpm[0], [...pnpm.slice(1), 'install', '--prefer-offline', '--ignore-scripts'], { cwd: app });

// 3. ESM: every entry loads, one copy of every module, downloads work across entries.
const ESM = `
import * as sdk from '@govkit/sdk';
import * as schemas from '@govkit/sdk/schemas';
import * as engines from '@govkit/sdk/engines';
import { createClientContext, NotFoundError } from '@govkit/sdk/client/core';
import { lineageRetrieve } from '@govkit/sdk/client/lineage';
import { createRunLockEngine } from '@govkit/sdk/engines/run-governance';
import { createStore } from '@govkit/mock-server';
import { startMockServer } from '@govkit/mock-server/node';
import assert from 'node:assert/strict';
// The root is the client: schemas live at @govkit/sdk/schemas (its import builds none of them).
assert.equal(sdk.RunManifestSchema, undefined);
assert.equal(typeof schemas.RunManifestSchema.parse, 'function');
assert.equal(typeof engines.createRunLockEngine, 'function');
// The tree-shakable entries share their modules with the root ones.
assert.equal(createRunLockEngine, engines.createRunLockEngine);
assert.equal(NotFoundError, sdk.NotFoundError);
assert.equal(lineageRetrieve, sdk.lineageRetrieve);
const server = await startMockServer({ port: 0, store: createStore({ seed: 1 }) });
try {
  const client = sdk.createClient({ baseURL: server.url });
  const record = await client.lineage.retrieve('rpt-dict-logs');
  const download = await client.lineage.download(record.lineage_id);
  assert.ok((await download.bytes()).byteLength > 0);
  const context = createClientContext({ baseURL: server.url });
  // The same record through the standalone function; every read is an access, so the count grows.
  const again = await lineageRetrieve(context, 'rpt-dict-logs');
  assert.equal(again.lineage_id, record.lineage_id);
  assert.ok(again.access_count > record.access_count);
  for (const path of ['/docs', '/redoc', '/docs/assets/redoc.standalone.js', '/docs/assets/swagger-ui-bundle.js']) {
    assert.equal((await fetch(server.url + path)).status, 200, path);
  }
} finally {
  await server.close();
}
console.log('esm ok');
`;
writeFileSync(join(app, 'esm-check.mjs'), ESM);
run('node', ['esm-check.mjs'], { cwd: app });

// 4. CommonJS: the same through require, and the same module instances across entries.
const CJS = `
const assert = require('node:assert/strict');
const sdk = require('@govkit/sdk');
const schemas = require('@govkit/sdk/schemas');
const replayEngines = require('@govkit/sdk/engines/replay');
const replayClient = require('@govkit/sdk/client/replay');
const mock = require('@govkit/mock-server');
const node = require('@govkit/mock-server/node');
assert.equal(sdk.RunManifestSchema, undefined);
assert.equal(require('@govkit/sdk/client/core').ResponseValidationError, sdk.ResponseValidationError);
assert.equal(typeof schemas.RunManifestSchema.parse, 'function');
assert.equal(replayEngines.createReplayEngine, require('@govkit/sdk/engines').createReplayEngine);
assert.equal(replayClient.replayTasksSummary, sdk.replayTasksSummary);
(async () => {
  const server = await node.startMockServer({ port: 0, store: mock.createStore({ seed: 1 }) });
  try {
    const client = sdk.createClient({ baseURL: server.url });
    const record = await client.lineage.retrieve('rpt-dict-logs');
    const response = await fetch(server.url + '/api/lineage/' + record.lineage_id + '/download');
    assert.equal(response.status, 200);
  } finally {
    await server.close();
  }
  console.log('cjs ok');
})().catch((error) => { console.error(error); process.exit(1); });
`;
writeFileSync(join(app, 'cjs-check.cjs'), CJS);
run('node', ['cjs-check.cjs'], { cwd: app });

// 4b. One copy of every module in each format, including the chunks the client loads with
// `import()` on a domain's first call: a schema or an endpoint table declared in two files would
// be two instances (the identity checks above only see what the entries export).
const sdkDist = join(app, 'node_modules', '@govkit', 'sdk', 'dist');
const distFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? distFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
for (const extension of ['.js', '.cjs']) {
  const sources = distFiles(sdkDist)
    .filter((path) => path.endsWith(extension))
    .map((path) => readFileSync(path, 'utf8'));
  for (const name of ['RunManifestSchema', 'replayEndpoints', 'ErrorBodySchema', 'lazyEndpoints']) {
    const declaration = new RegExp(`\\b(?:var|let|const|function) ${name}\\b`, 'g');
    const count = sources.reduce((sum, text) => sum + (text.match(declaration)?.length ?? 0), 0);
    if (count !== 1) {
      console.error(`${name} is declared ${count} times across the sdk's ${extension} files`);
      process.exit(1);
    }
  }
}
console.log('one copy of each module ok');

// 4c. The client entries evaluate no zod at import (docs/architecture.md, "Root import time"):
// a resolve hook refuses zod, so importing either entry fails if any module it loads needs zod;
// CommonJS is checked through the require cache. The schemas entry must still load zod (the hook
// works).
writeFileSync(
  join(app, 'no-zod-hooks.mjs'),
  `export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (/[\\\\/]node_modules[\\\\/](?:\\.pnpm[\\\\/][^\\\\/]+[\\\\/]node_modules[\\\\/])?zod[\\\\/]/.test(result.url)) {
    throw new Error('zod loaded: ' + specifier + ' from ' + context.parentURL);
  }
  return result;
}
`,
);
writeFileSync(
  join(app, 'no-zod-register.mjs'),
  `import { register } from 'node:module';
register('./no-zod-hooks.mjs', import.meta.url);
`,
);
writeFileSync(
  join(app, 'no-zod-check.mjs'),
  `await import('@govkit/sdk');
await import('@govkit/sdk/client/core');
const refused = await import('@govkit/sdk/schemas').then(() => false, (error) => /zod loaded/.test(String(error)));
if (!refused) throw new Error('the zod hook did not see @govkit/sdk/schemas load zod');
console.log('esm root and client/core load no zod');
`,
);
run('node', ['--import', './no-zod-register.mjs', 'no-zod-check.mjs'], { cwd: app });
writeFileSync(
  join(app, 'no-zod-check.cjs'),
  `const zodModules = () => Object.keys(require.cache).filter((path) => /[\\\\/]zod[\\\\/]/.test(path));
require('@govkit/sdk');
require('@govkit/sdk/client/core');
if (zodModules().length > 0) throw new Error('cjs root loaded zod: ' + zodModules()[0]);
require('@govkit/sdk/schemas');
if (zodModules().length === 0) throw new Error('the cjs check did not see @govkit/sdk/schemas load zod');
console.log('cjs root and client/core load no zod');
`,
);
run('node', ['no-zod-check.cjs'], { cwd: app });

// 5. SSR: render a widget to a string in Node (ESM and CJS).
writeFileSync(
  join(app, 'ssr-check.mjs'),
  `import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { StatusBadge } from '@govkit/react';
import { TaskSummaryCard } from '@govkit/react/task-summary-card';
if (typeof TaskSummaryCard !== 'function') throw new Error('task-summary-card entry');
const html = renderToString(createElement(StatusBadge, { status: 'blocked' }));
if (!html.includes('data-status')) throw new Error('unexpected SSR output: ' + html);
console.log('ssr ok');
`,
);
run('node', ['ssr-check.mjs'], { cwd: app });
writeFileSync(
  join(app, 'ssr-check.cjs'),
  `const { createElement } = require('react');
const { renderToString } = require('react-dom/server');
const { StatusBadge } = require('@govkit/react');
if (!renderToString(createElement(StatusBadge, { status: 'paused' })).includes('data-status')) process.exit(1);
console.log('ssr cjs ok');
`,
);
run('node', ['ssr-check.cjs'], { cwd: app });

// 6. TypeScript consumers, without skipLibCheck, in both resolution modes.
const CONSUMER = `
import { createClient, type TaskGovernanceSummary } from '@govkit/sdk';
import { RunManifestSchema } from '@govkit/sdk/schemas';
import { createManifest, markStepStart } from '@govkit/sdk/engines';
import { createStore } from '@govkit/mock-server';
import { StatusBadge } from '@govkit/react';
// The durable store's pool type is govkit's own shape: no pg or @types/pg in this app.
import type { PgPool } from '@govkit/store-sql';

export type ConsumerPool = PgPool;

export async function consumer(): Promise<string> {
  const client = createClient({ baseURL: 'http://127.0.0.1:8080' });
  const summary: TaskGovernanceSummary = await client.replay.tasks.summary('task-123');
  // @ts-expect-error response types list the contract's fields only
  summary.no_such_field;
  let manifest = createManifest('run-1', 'ws-1', 'mock');
  manifest = markStepStart(manifest, 'parse_normalize_pack');
  RunManifestSchema.parse(manifest);
  createStore({ seed: 1 });
  void StatusBadge;
  return summary.task_id;
}
`;
writeFileSync(join(app, 'consumer.ts'), CONSUMER);
// The same consumer without a schema import: what most apps write (the client, its types, the
// engines, the mock store, a widget). Its declarations need no zod schema (see 6b).
const NO_SCHEMA_CONSUMER = CONSUMER.replace(
  "import { RunManifestSchema } from '@govkit/sdk/schemas';\n",
  '',
).replace('  RunManifestSchema.parse(manifest);\n', '  void manifest.steps;\n');
if (NO_SCHEMA_CONSUMER.includes('Schema'))
  throw new Error('the no-schema consumer imports a schema');
writeFileSync(join(app, 'consumer-no-schema.ts'), NO_SCHEMA_CONSUMER);
const tsc = tscPath(app);
for (const file of ['consumer.ts', 'consumer-no-schema.ts']) {
  for (const resolution of /** @type {const} */ (['bundler', 'node16'])) {
    const started = performance.now();
    run('node', [tsc, ...tscArgs({ resolution, jsx: true }), file], { cwd: app });
    figures.push([
      `${file} type-check (${resolution}, no skipLibCheck)`,
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
    ]);
  }
}

// 6b. Declaration graphs: an entry that exposes no zod schema must not make a consumer's checker
// load zod's declarations, which alone take most of a consumer's type-check time
// (docs/architecture.md, "Published declarations carry inferred types"). For every published
// entry with types, a program importing only that entry must hold no file of zod, except the
// entries listed here, whose API is zod schemas. The list can only shrink: an exempt entry that
// stops reaching zod fails too, and `@govkit/sdk/schemas` must reach it (the check sees zod).
// `@govkit/mock-server`'s route and handler types name the sdk's structural contract types
// (`ContractSchema`, `ContractOutput`, `ContractInput`), so its three entries are checked too.
const SCHEMA_ENTRIES = new Map([['@govkit/sdk/schemas', 'the contract schemas themselves']]);
const appRequire = createRequire(join(app, 'package.json'));
const ts = appRequire('typescript');
const declarationEntries = PACKAGES.flatMap((name) => {
  const manifest = JSON.parse(
    readFileSync(join(app, 'node_modules', '@govkit', name, 'package.json'), 'utf8'),
  );
  return Object.entries(manifest.exports ?? {})
    .filter(([, value]) => JSON.stringify(value).includes('.d.'))
    .map(([subpath]) => `@govkit/${name}${subpath === '.' ? '' : subpath.slice(1)}`);
});
const zodFile = /[\\/]node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?zod[\\/]/;
const graphFailures = [];
const host = ts.createCompilerHost({});
for (const entry of declarationEntries) {
  const probe = join(app, 'declaration-probe.ts');
  writeFileSync(probe, `export type * from '${entry}';\n`);
  const program = ts.createProgram(
    [probe],
    {
      noEmit: true,
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      jsx: ts.JsxEmit.ReactJSX,
      types: [],
    },
    host,
  );
  const files = program.getSourceFiles().map((source) => source.fileName);
  const zod = files.filter((file) => zodFile.test(file));
  // The govkit file that imports zod: the first link of the chain, for the failure message.
  const importer = files.find(
    (file) =>
      !zodFile.test(file) && /from ['"]zod(?:\/[^'"]*)?['"]/.test(readFileSync(file, 'utf8')),
  );
  if (files.length < 3) graphFailures.push(`${entry}: the probe did not load its declarations`);
  if (zod.length > 0 && !SCHEMA_ENTRIES.has(entry))
    graphFailures.push(
      `${entry} loads zod's declarations (${zod.length} files), first via ${importer}`,
    );
  if (zod.length === 0 && SCHEMA_ENTRIES.has(entry))
    graphFailures.push(`${entry} no longer loads zod: remove it from SCHEMA_ENTRIES`);
}
rmSync(join(app, 'declaration-probe.ts'), { force: true });
// @govkit/cli is not packed here (it is a command, not a library); its declarations may import
// only entries checked above, never zod or a schema entry.
for (const file of readdirSync(join(root, 'packages', 'cli', 'dist'))) {
  if (!/\.d\.c?ts$/.test(file)) continue;
  const text = readFileSync(join(root, 'packages', 'cli', 'dist', file), 'utf8');
  for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
    if (/^zod(?:\/|$)/.test(spec) || SCHEMA_ENTRIES.has(spec))
      graphFailures.push(`@govkit/cli: dist/${file} imports ${spec}`);
  }
}
if (graphFailures.length > 0) {
  console.error(`[smoke] declaration graphs:\n  ${graphFailures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `${declarationEntries.length - SCHEMA_ENTRIES.size} declaration entries load no zod; ${SCHEMA_ENTRIES.size} schema entries do`,
);

// 7. Import time of each root entry, in a fresh process each (median of 3).
for (const entry of [
  '@govkit/sdk',
  '@govkit/sdk/schemas',
  '@govkit/mock-server',
  '@govkit/mock-server/node',
  '@govkit/react',
]) {
  const samples = [];
  for (let i = 0; i < 3; i += 1) {
    const out = run(
      'node',
      [
        '--input-type=module',
        '-e',
        `const t = performance.now(); await import('${entry}'); console.log(performance.now() - t);`,
      ],
      { cwd: app },
    );
    samples.push(Number(out.trim()));
  }
  samples.sort((a, b) => a - b);
  figures.push([`import '${entry}' (ESM, median of 3)`, `${Math.round(samples[1])} ms`]);
}

console.log('\n[smoke] all checks passed\n');
console.log('| figure | value |\n| --- | ---: |');
for (const [name, value] of figures) console.log(`| ${name} | ${value} |`);
if (reportFile) writeFileSync(reportFile, JSON.stringify({ app, ...sizes }));
if (keep || reportFile) console.log(`\n[smoke] app kept at ${app}`);
else rmSync(app, { recursive: true, force: true });
