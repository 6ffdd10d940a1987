/**
 * Strings an attacker could put in any API field a widget shows (task ids, reason codes, notes,
 * markdown, JSON payloads). Every widget that shows API text renders each of them in
 * `xss.test.tsx`; none may yield an executable node or an event-handler attribute.
 */
export const XSS_CORPUS: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<details open ontoggle=alert(1)>',
  '<a href="javascript:alert(1)">link</a>',
  '<a href="vbscript:msgbox(1)">link</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](java\tscript:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](<javascript:alert(1)>)',
  '[click][ref]\n\n[ref]: javascript:alert(1)',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![pixel](javascript:alert(1))',
  '![pixel](data:image/svg+xml,<svg onload=alert(1)>)',
  '<javascript:alert(1)>',
  '{"html": "<script>alert(1)</script>", "__proto__": {"polluted": true}}',
  'javascript:alert(1)',
];

// Elements that execute, load or navigate on their own. A widget's own form (marked
// `data-govkit-form`, never given an `action`) submits through React; any other form is injected.
const FORBIDDEN_ELEMENTS =
  'script, iframe, frame, object, embed, base, meta, link, form:not([data-govkit-form]), foreignObject, animate, set, style';
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data'];
// biome-ignore lint/suspicious/noControlCharactersInRegex: browsers skip leading control characters.
const UNSAFE_URL = /^[\s\u0000-\u001f]*(javascript|data|vbscript)\s*:/i;

/** Every way a rendered tree could execute injected code, as readable findings (none = safe). */
export function findExecutableContent(root: Element): string[] {
  const findings: string[] = [];
  for (const element of root.querySelectorAll(FORBIDDEN_ELEMENTS)) {
    findings.push(`<${element.tagName.toLowerCase()}> element`);
  }
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) findings.push(`${name} attribute on <${element.tagName}>`);
      if (name === 'srcdoc') findings.push(`srcdoc attribute on <${element.tagName}>`);
      if (URL_ATTRIBUTES.includes(name) && UNSAFE_URL.test(attribute.value)) {
        findings.push(`${name}="${attribute.value}" on <${element.tagName}>`);
      }
    }
  }
  return findings;
}
