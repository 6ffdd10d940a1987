// The declaration post-build steps on small fixtures shaped like tsup's output (a chunk with the
// schemas and short export aliases, an entry with an inlined copy in an endpoint table).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch package inside packages/sdk, so `zod` resolves as it does for the real dist. */
function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'packages', 'sdk', '.declarations-test-'));
  scratch.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function run(script: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts', script), ...args], {
    encoding: 'utf8',
  });
}

const CHUNK = `import { z } from 'zod';

declare const ItemSchema: z.ZodObject<{
    /** The item's id. */
    id: z.ZodString;
    note: z.ZodOptional<z.ZodNullable<z.ZodString>>;
}, z.core.$strip>;
type Item = z.output<typeof ItemSchema>;
declare const PageSchema: z.ZodObject<{
    items: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        note: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    }, z.core.$strip>>;
    limit: z.ZodDefault<z.ZodNumber>;
}, z.core.$strip>;
type Page = z.output<typeof PageSchema>;
type PageInput = z.input<typeof PageSchema>;
declare const StatusSchema: z.ZodEnum<{ open: "open"; closed: "closed"; }>;

export { ItemSchema as I, PageSchema as P, StatusSchema as S, type Item as a, type Page as b, type PageInput as c };
`;

const ENTRY = `import { z } from 'zod';
export { I as ItemSchema, a as Item, P as PageSchema, b as Page, c as PageInput, S as StatusSchema } from './chunk-abc.js';

declare const endpoints: {
    readonly get: {
        readonly response: z.ZodObject<{ id: z.ZodString; note: z.ZodOptional<z.ZodNullable<z.ZodString>>; }, z.core.$strip>;
        readonly query: z.ZodOptional<z.ZodObject<{ q: z.ZodString; }, z.core.$strip>>;
    };
};
declare function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T>;

export { endpoints, parse };
`;

describe('flatten-declarations', () => {
  it('prints inferred types in place of zod trees, and proves them identical', () => {
    const dir = fixture({ 'dist/chunk-abc.d.ts': CHUNK, 'dist/index.d.ts': ENTRY });
    const result = run('flatten-declarations.mjs', join(dir, 'dist'), '--verify');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/verified 9 type equalities/);

    const chunk = readFileSync(join(dir, 'dist', 'chunk-abc.d.ts'), 'utf8');
    const entry = readFileSync(join(dir, 'dist', 'index.d.ts'), 'utf8');
    expect(`${chunk}${entry}`).not.toMatch(/ZodObject|ZodArray/);
    // Each field keeps the JSDoc written on the schema's field.
    expect(chunk).toContain(
      "type Item = {\n    /** The item's id. */\n    id: string;\n    note?: string | null | undefined;\n};",
    );
    expect(chunk).toContain('declare const PageSchema: z.ZodType<Page, PageInput>;');
    expect(chunk).toMatch(
      /type PageInput = \{\n {4}items: Array<\{\n[\s\S]*\n {4}limit\?: number \| undefined;\n\};/,
    );
    // Leaf schemas keep their class (`.options`, `.enum` stay typed).
    expect(chunk).toContain('declare const StatusSchema: z.ZodEnum<');
    // An inlined copy of a declared schema refers to it; an optional wrapper is kept.
    expect(entry).toContain("readonly response: typeof import('./chunk-abc.js').I;");
    expect(entry).toMatch(
      /readonly query: z\.ZodOptional<z\.ZodType<\{\n {4}q: string;\n\}, \{\n {4}q: string;\n\}>>;/,
    );
    // Generic signatures are left as written.
    expect(entry).toContain('z.output<T>');
    expect(existsSync(join(dir, 'dist', '.flatten-original'))).toBe(false);
  });

  it('prints an alias computed from a schema value as the type it names', () => {
    const entry = ENTRY.replace(
      'export { endpoints, parse };',
      [
        'type ResultOf<E> = E extends { response: infer R } ? z.output<R> : never;',
        'type GetResult = ResultOf<typeof endpoints.get>;',
        'type Table = typeof endpoints;',
        'export { endpoints, parse, type GetResult, type Table };',
      ].join('\n'),
    );
    const dir = fixture({ 'dist/chunk-abc.d.ts': CHUNK, 'dist/index.d.ts': entry });
    const result = run('flatten-declarations.mjs', join(dir, 'dist'), '--verify');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // One more proven equality than the first test: GetResult's.
    expect(result.stdout).toMatch(/verified 10 type equalities/);
    const flat = readFileSync(join(dir, 'dist', 'index.d.ts'), 'utf8');
    // The response is the chunk's Item, so the alias names it (no dependency on `endpoints`).
    expect(flat).toContain("type GetResult = import('./chunk-abc.js').a;");
    // A bare `typeof x` is the value's own type: left as written.
    expect(flat).toContain('type Table = typeof endpoints;');
  });
});

describe('share-declarations', () => {
  const manifest = JSON.stringify({
    name: 'fixture',
    type: 'module',
    exports: {
      '.': {
        import: { types: './dist/index.d.ts', default: './dist/index.js' },
        require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
      },
    },
  });

  it('keeps the CommonJS set and makes each ESM entry re-export it', () => {
    const dir = fixture({
      'package.json': manifest,
      'dist/index.d.ts': "export { a } from './chunk-x.js';\n",
      'dist/chunk-x.d.ts': 'declare const a: number;\nexport { a };\n',
      'dist/index.d.cts': "export { a } from './chunk-y.cjs';\n",
      'dist/chunk-y.d.cts': 'declare const a: number;\nexport { a };\n',
    });
    const result = run('share-declarations.mjs', dir);
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'dist', 'index.d.ts'), 'utf8')).toBe(
      "export * from './index.cjs';\n",
    );
    expect(existsSync(join(dir, 'dist', 'chunk-x.d.ts'))).toBe(false);
    expect(existsSync(join(dir, 'dist', 'chunk-y.d.cts'))).toBe(true);
  });

  it('fails rather than leave an ESM entry without its CommonJS twin', () => {
    const dir = fixture({
      'package.json': manifest,
      'dist/index.d.ts': 'export declare const a: number;\n',
    });
    const result = run('share-declarations.mjs', dir);
    expect(result.status).not.toBe(0);
    expect(readFileSync(join(dir, 'dist', 'index.d.ts'), 'utf8')).toBe(
      'export declare const a: number;\n',
    );
  });
});
