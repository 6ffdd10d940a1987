import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HttpResponse, http, type RequestHandler } from 'msw';
import type { OpenApiDocument } from '../openapi/create-openapi-document';
import { DOCS_ASSETS } from './docs-assets';

export { DOCS_ASSETS };

// `validatorUrl: null` keeps Swagger UI from calling validator.swagger.io: the page is offline.
const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>govkit API reference (mock server)</title>
    <link rel="stylesheet" href="/docs/assets/swagger-ui.css" />
    <link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/docs/assets/swagger-ui-bundle.js"></script>
    <script src="/docs/assets/swagger-ui-standalone-preset.js"></script>
    <script>
      window.ui = SwaggerUIBundle({
        url: '/openapi.json',
        dom_id: '#swagger-ui',
        deepLinking: true,
        validatorUrl: null,
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        layout: 'StandaloneLayout',
      });
    </script>
  </body>
</html>
`;

// ReDoc's standalone bundle renders the same document; `disableSearch` keeps it light.
const REDOC_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>govkit API reference (mock server, ReDoc)</title>
    <link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png" />
  </head>
  <body>
    <redoc spec-url="/openapi.json"></redoc>
    <script src="/docs/assets/redoc.standalone.js"></script>
  </body>
</html>
`;

/** Options of {@link createDocsHandlers}. */
export interface DocsHandlersOptions {
  /** The document served at `/openapi.json` (built once, on first request). */
  document: () => OpenApiDocument;
  /**
   * A directory holding the {@link DOCS_ASSETS} files by name. Default: the package's
   * `dist/docs-assets/`, or (when running from sources) the files in node_modules.
   */
  assetsDir?: string;
}

/** Where a docs asset is read from: `assetsDir`, else the built copy, else node_modules. */
function assetPath(name: string, assetsDir: string | undefined): string {
  if (assetsDir) return join(assetsDir, name);
  const built = fileURLToPath(new URL(`./docs-assets/${name}`, import.meta.url));
  if (existsSync(built)) return built;
  const from = DOCS_ASSETS[name]?.from ?? name;
  const [scope, ...rest] = from.split('/');
  const packageJson = createRequire(import.meta.url).resolve(`${scope}/package.json`);
  return join(dirname(packageJson), ...rest);
}

/**
 * MSW handlers for the standalone server's documentation: `GET /openapi.json` (the generated
 * OpenAPI 3.1 document), `GET /docs` (Swagger UI pointed at it), `GET /redoc` (ReDoc, the same
 * document) and `GET /docs/assets/<file>` (the UIs' files shipped in the package: no CDN, works
 * offline). Node only: reads files.
 */
export function createDocsHandlers(options: DocsHandlersOptions): RequestHandler[] {
  let document: OpenApiDocument | undefined;
  const { assetsDir } = options;
  const cache = new Map<string, Uint8Array>();
  const pathIs =
    (...paths: string[]) =>
    ({ request }: { request: Request }) =>
      paths.includes(new URL(request.url).pathname);

  return [
    http.get(pathIs('/openapi.json'), () => {
      document ??= options.document();
      return HttpResponse.json(document);
    }),
    http.get(pathIs('/docs', '/docs/'), () => HttpResponse.html(INDEX_HTML)),
    http.get(pathIs('/redoc', '/redoc/'), () => HttpResponse.html(REDOC_HTML)),
    http.get(
      ({ request }) => new URL(request.url).pathname.startsWith('/docs/assets/'),
      async ({ request }) => {
        const name = new URL(request.url).pathname.slice('/docs/assets/'.length);
        const type = Object.hasOwn(DOCS_ASSETS, name) ? DOCS_ASSETS[name]?.type : undefined;
        if (!type) return HttpResponse.json({ detail: 'Not Found' }, { status: 404 });
        let bytes = cache.get(name);
        if (!bytes) {
          bytes = new Uint8Array(await readFile(assetPath(name, assetsDir)));
          cache.set(name, bytes);
        }
        return new HttpResponse(bytes as BodyInit, {
          headers: { 'content-type': type, 'cache-control': 'public, max-age=3600' },
        });
      },
    ),
  ];
}
