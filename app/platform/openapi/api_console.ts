import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import app from '@adonisjs/core/services/app'

/** Swagger UI's own files, from the swagger-ui-dist package (no CDN: the page works offline). */
const SWAGGER_UI_DIR = fileURLToPath(
  new URL('./', import.meta.resolve('swagger-ui-dist/package.json'))
)

/** The files the console page loads, under /api/docs/assets/. */
export const CONSOLE_ASSETS = {
  'swagger-ui.css': {
    type: 'text/css; charset=utf-8',
    path: () => `${SWAGGER_UI_DIR}swagger-ui.css`,
  },
  'swagger-ui-bundle.js': {
    type: 'text/javascript; charset=utf-8',
    path: () => `${SWAGGER_UI_DIR}swagger-ui-bundle.js`,
  },
  'api-console.js': {
    type: 'text/javascript; charset=utf-8',
    path: () => app.makePath('resources/docs/api_console.js'),
  },
} as const
export type ConsoleAsset = keyof typeof CONSOLE_ASSETS

export interface LoadedAsset {
  type: string
  body: Buffer
  gzipped: Buffer
}

const loaded = new Map<ConsoleAsset, LoadedAsset>()

/** An asset read and compressed once per process. */
export function consoleAsset(name: ConsoleAsset): LoadedAsset {
  let asset = loaded.get(name)
  if (!asset) {
    const body = readFileSync(CONSOLE_ASSETS[name].path())
    asset = {
      type: CONSOLE_ASSETS[name].type,
      body,
      gzipped: gzipSync(body),
    }
    loaded.set(name, asset)
  }
  return asset
}

/** The console page: no inline script (the policy allows scripts from this server only). */
export const CONSOLE_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Marquee API console</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
  <p style="font: 14px sans-serif; margin: 12px 20px">
    Authorize with an access token (from <code>POST /api/v1/auth/login</code>), then "Try it out" sends real requests to this server.
    Also: the <a href="/api/docs/reference">static reference</a> and the <a href="/api/docs/openapi.json">OpenAPI document</a>.
  </p>
  <div id="swagger-ui"></div>
  <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/api/docs/assets/api-console.js"></script>
</body>
</html>
`
