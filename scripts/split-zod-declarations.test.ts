// split-zod-declarations on a small fixture shaped like the sdk's flattened output: a chunk with a
// schema and its inferred type, a chunk whose generic helper reads schemas, and two entries (the
// client-like root, which must end up zod-free, and the schemas entry, which must keep zod).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch package inside packages/sdk, so `zod` resolves as it does for the real dist. */
function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'packages', 'sdk', '.split-test-'));
  scratch.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const MANIFEST = JSON.stringify({
  name: 'fixture',
  exports: {
    '.': { require: { types: './dist/index.d.cts' } },
    './schemas': { require: { types: './dist/schemas.d.cts' } },
  },
});

const ITEM_CHUNK = `import { z } from 'zod';

/** One item. */
declare const ItemSchema: z.ZodType<Item, {
    id: string;
}>;
type Item = {
    id: string;
};
declare function isItem(value: unknown): value is z.output<typeof ItemSchema>;

export { ItemSchema as I, type Item as a, isItem as i };
`;

const ENDPOINT_CHUNK = `import { z } from 'zod';
import { a as Item } from './item-abc.cjs';

interface EndpointDefinition<TResponse extends z.ZodType | undefined = z.ZodType | undefined> {
    id: string;
    response: TResponse;
}
type EndpointResult<E> = E extends EndpointDefinition<infer R> ? R extends z.ZodType ? z.output<R> : undefined : never;
type ItemPage = {
    items: Item[];
};

export { type EndpointDefinition as E, type EndpointResult as R, type ItemPage as P };
`;

// The sdk's structural contract types (src/client/contract-types.ts), in a shared chunk under
// short export names as tsup emits them: the rewritten declarations must import them from here.
const CONTRACT_CHUNK = `interface ContractSchema<Output = unknown, Input = unknown> {
    readonly _zod: {
        readonly output: Output;
        readonly input: Input;
    };
}
type ContractOutput<T> = T extends {
    _zod: {
        output: any;
    };
} ? T['_zod']['output'] : unknown;
type ContractInput<T> = T extends {
    _zod: {
        input: any;
    };
} ? T['_zod']['input'] : unknown;
interface ContractIssue {
    readonly path: PropertyKey[];
    readonly message: string;
}

export type { ContractInput as C, ContractIssue as a, ContractOutput as b, ContractSchema as c };
`;

const INDEX = `import { E as EndpointDefinition, R as EndpointResult } from './endpoint-abc.cjs';
import { a as Item } from './item-abc.cjs';
import 'zod';

declare function fetchItem(definition: EndpointDefinition): Promise<Item>;
type Loose = EndpointResult<EndpointDefinition>;

export { fetchItem, type Loose };
export { type a as Item } from './item-abc.cjs';
export { type P as ItemPage } from './endpoint-abc.cjs';
`;

const SCHEMAS = `export { I as ItemSchema, i as isItem } from './item-abc.cjs';
`;

/** Every file a program importing `entry` loads from the fixture and whether zod is among them. */
function graph(dir: string, entry: string): { files: string[]; zod: boolean } {
  const seen = new Set<string>();
  let zod = false;
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(
      /(?:from\s+|import\s*\(\s*|import\s+)'([^']+)'/g,
    )) {
      if (spec === undefined) continue;
      if (/^zod/.test(spec)) zod = true;
      else if (spec.startsWith('.'))
        visit(resolve(dirname(file), spec.replace(/\.cjs$/, '.d.cts')));
    }
  };
  visit(join(dir, 'dist', entry));
  return { files: [...seen], zod };
}

describe('split-zod-declarations', () => {
  it('leaves the root entry without zod and the schemas entry with it', () => {
    const dir = fixture({
      'package.json': MANIFEST,
      'dist/item-abc.d.cts': ITEM_CHUNK,
      'dist/endpoint-abc.d.cts': ENDPOINT_CHUNK,
      'dist/contract-types-abc.d.cts': CONTRACT_CHUNK,
      'dist/index.d.cts': INDEX,
      'dist/schemas.d.cts': SCHEMAS,
    });
    const before = graph(dir, 'index.d.cts');
    expect(before.zod, 'the fixture starts zod-bound').toBe(true);

    const result = spawnSync(
      process.execPath,
      [join(root, 'scripts', 'split-zod-declarations.mjs'), join(dir, 'dist'), '--verify'],
      { encoding: 'utf8' },
    );
    expect(result.status, result.stderr + result.stdout).toBe(0);

    expect(graph(dir, 'index.d.cts').zod).toBe(false);
    expect(graph(dir, 'schemas.d.cts').zod).toBe(true);
    // The schema and the guard that names zod moved; the inferred type stayed.
    const item = readFileSync(join(dir, 'dist', 'item-abc.d.cts'), 'utf8');
    const companion = readFileSync(join(dir, 'dist', 'item-abc.zod.d.cts'), 'utf8');
    expect(item).toContain('type Item =');
    expect(item).not.toContain('ItemSchema');
    expect(companion).toContain('declare const ItemSchema');
    expect(companion).toContain('declare function isItem');
    expect(companion).toMatch(/import \{ a as Item \} from '\.\/item-abc\.cjs'/);
    // The client's generics read schemas through the structural contract types.
    const endpoint = readFileSync(join(dir, 'dist', 'endpoint-abc.d.cts'), 'utf8');
    expect(endpoint).toContain('TResponse extends ContractSchema | undefined');
    expect(endpoint).toContain('ContractOutput<R>');
    expect(endpoint).not.toMatch(/\bz\./);
    expect(endpoint).toContain(
      "import { b as ContractOutput, c as ContractSchema } from './contract-types-abc.cjs';",
    );
    // The schemas entry re-exports what moved from its new home.
    expect(readFileSync(join(dir, 'dist', 'schemas.d.cts'), 'utf8')).toContain(
      "from './item-abc.zod.cjs'",
    );
  });

  it('fails the build when a split file does not type-check (the check can fail)', () => {
    const dir = fixture({
      'package.json': MANIFEST,
      'dist/item-abc.d.cts': ITEM_CHUNK.replace('id: string;\n};', 'id: Missing;\n};'),
      'dist/endpoint-abc.d.cts': ENDPOINT_CHUNK,
      'dist/contract-types-abc.d.cts': CONTRACT_CHUNK,
      'dist/index.d.cts': INDEX,
      'dist/schemas.d.cts': SCHEMAS,
    });
    const result = spawnSync(
      process.execPath,
      [join(root, 'scripts', 'split-zod-declarations.mjs'), join(dir, 'dist'), '--verify'],
      { encoding: 'utf8' },
    );
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('Missing');
  });
});
