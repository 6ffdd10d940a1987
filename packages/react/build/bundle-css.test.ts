// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';
import { describe, expect, it } from 'vitest';
import { bundleCss } from './bundle-css';

const srcDir = fileURLToPath(new URL('../src', import.meta.url));

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? cssFiles(join(dir, entry.name))
      : entry.name.endsWith('.css')
        ? [join(dir, entry.name)]
        : [],
  );
}

function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'govkit-css-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('the published stylesheet (src/styles.css bundled)', () => {
  const bundled = bundleCss(join(srcDir, 'styles.css'));

  it('keeps no @import, so a host bundler never looks for files that are not shipped', () => {
    expect(bundled).not.toMatch(/@import/);
  });

  it('contains every stylesheet under src/, so a widget cannot ship unstyled', () => {
    const missing = cssFiles(srcDir)
      .filter((file) => !file.endsWith('styles.css'))
      .filter((file) => !bundled.includes(readFileSync(file, 'utf8').trim()))
      .map((file) => relative(srcDir, file));
    expect(missing).toEqual([]);
  });

  it('survives a host bundler lowering it for older browsers', () => {
    // Vite 8 minifies CSS with Lightning CSS for its default browser targets. Features it lowers
    // into `--lightningcss-*` variables (light-dark() is one) only work where a literal
    // color-scheme is declared, so in a production build every token would be unset.
    const chrome = (major: number) => major << 16;
    const { code } = transform({
      filename: 'styles.css',
      code: Buffer.from(bundled),
      minify: true,
      targets: { chrome: chrome(100), firefox: chrome(100), safari: chrome(15) },
    });
    expect(code.toString()).not.toMatch(/--lightningcss-/);
  });

  it('keeps pseudo-elements outside :where(), where the forgiving selector list would drop them', () => {
    // `:where(.a::before)` is not an error: the browser silently ignores that selector, so the
    // rule styles nothing (a chart legend lost its colour swatches this way).
    const text = bundled.replace(/\/\*[\s\S]*?\*\//g, '');
    const offenders = [...text.matchAll(/:where\(([^{}]*?)\)\s*[{,:]/g)]
      .map((match) => match[1] ?? '')
      .filter((inside) => inside.includes('::'));
    expect(offenders).toEqual([]);
  });

  it('puts every rule in the govkit cascade layer, so host rules win', () => {
    expect(
      topLevelPreludes(bundled).filter((prelude) => !/^@layer govkit\b/.test(prelude)),
    ).toEqual([]);
  });
});

/** The preludes of the top-level rules and statements (what stands before `{` or `;`). */
function topLevelPreludes(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const preludes: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (depth === 0 && (char === '{' || char === ';')) {
      preludes.push(current.trim());
      current = '';
    } else if (depth === 0 && char !== '}') {
      current += char;
    }
    if (char === '{') depth += 1;
    if (char === '}') depth -= 1;
  }
  return preludes;
}

describe('bundleCss', () => {
  it('inlines double-quoted, single-quoted and url() imports recursively', () => {
    const dir = fixture({
      'a.css': '@import "./b.css";\n@import \'./c.css\';\n@import url(./d.css);\n.a{}',
      'b.css': '@import url("./e.css");\n.b{}',
      'c.css': '.c{}',
      'd.css': '.d{}',
      'e.css': '.e{}',
    });
    expect(bundleCss(join(dir, 'a.css'))).toBe('.e{}\n.b{}\n.c{}\n.d{}\n.a{}');
  });

  it('refuses a missing file, a remote URL, a qualified import and a cycle', () => {
    const dir = fixture({
      'missing.css': '@import "./nope.css";',
      'remote.css': '@import url("https://fonts.example/x.css");',
      'media.css': '@import "./x.css" screen;',
      'x.css': '.x{}',
      'loop-a.css': '@import "./loop-b.css";',
      'loop-b.css': '@import "./loop-a.css";',
    });
    expect(() => bundleCss(join(dir, 'missing.css'))).toThrow(/cannot read .*nope\.css/);
    expect(() => bundleCss(join(dir, 'remote.css'))).toThrow(/cannot inline/);
    expect(() => bundleCss(join(dir, 'media.css'))).toThrow(/cannot inline/);
    expect(() => bundleCss(join(dir, 'loop-a.css'))).toThrow(/cycle/);
  });
});
