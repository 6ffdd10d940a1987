/**
 * The files `/docs` (Swagger UI) and `/redoc` (ReDoc) need, and where each comes from. The build
 * copies them into `dist/docs-assets/` (with their licences), so the published package serves
 * them offline without depending on `swagger-ui-dist` (whose install runs a telemetry
 * postinstall) or on `redoc` (whose install pulls a React app's dependencies).
 */
export const DOCS_ASSETS: Readonly<Record<string, { type: string; from: string }>> = {
  'swagger-ui.css': { type: 'text/css; charset=utf-8', from: 'swagger-ui-dist/swagger-ui.css' },
  'swagger-ui-bundle.js': {
    type: 'text/javascript; charset=utf-8',
    from: 'swagger-ui-dist/swagger-ui-bundle.js',
  },
  'swagger-ui-standalone-preset.js': {
    type: 'text/javascript; charset=utf-8',
    from: 'swagger-ui-dist/swagger-ui-standalone-preset.js',
  },
  'favicon-16x16.png': { type: 'image/png', from: 'swagger-ui-dist/favicon-16x16.png' },
  'favicon-32x32.png': { type: 'image/png', from: 'swagger-ui-dist/favicon-32x32.png' },
  'redoc.standalone.js': {
    type: 'text/javascript; charset=utf-8',
    from: 'redoc/bundles/redoc.standalone.js',
  },
};
