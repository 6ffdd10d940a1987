import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { HttpResponse, http, type RequestHandler } from 'msw';
import type { OpenApiDocument } from '../openapi/create-openapi-document';

/** The swagger-ui-dist files `/docs` needs; nothing else from the package is served. */
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'favicon-16x16.png': 'image/png',
  'favicon-32x32.png': 'image/png',
};

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

/** Options of {@link createDocsHandlers}. */
export interface DocsHandlersOptions {
  /** The document served at `/openapi.json` (built once, on first request). */
  document: () => OpenApiDocument;
  /** Where swagger-ui-dist lives (default: resolved from node_modules). */
  assetsDir?: string;
}

/** The directory of the installed swagger-ui-dist package. */
export function swaggerUiDistDir(): string {
  return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}

/**
 * MSW handlers for the standalone server's documentation: `GET /openapi.json` (the generated
 * OpenAPI 3.1 document), `GET /docs` (Swagger UI pointed at it) and `GET /docs/assets/<file>`
 * (swagger-ui-dist's files from node_modules: no CDN, works offline). Node only: reads files.
 */
export function createDocsHandlers(options: DocsHandlersOptions): RequestHandler[] {
  let document: OpenApiDocument | undefined;
  let assetsDir = options.assetsDir;
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
    http.get(
      ({ request }) => new URL(request.url).pathname.startsWith('/docs/assets/'),
      async ({ request }) => {
        const name = new URL(request.url).pathname.slice('/docs/assets/'.length);
        const type = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
        if (!type) return HttpResponse.json({ detail: 'Not Found' }, { status: 404 });
        let bytes = cache.get(name);
        if (!bytes) {
          assetsDir ??= swaggerUiDistDir();
          bytes = new Uint8Array(await readFile(join(assetsDir, name)));
          cache.set(name, bytes);
        }
        return new HttpResponse(bytes as BodyInit, {
          headers: { 'content-type': type, 'cache-control': 'public, max-age=3600' },
        });
      },
    ),
  ];
}
