import { readFileSync } from 'node:fs'
import app from '@adonisjs/core/services/app'
import { ERROR_RESPONSES, type ApiModule } from '#platform/openapi/operation'
import {
  errorSchema,
  integer,
  pageMetaSchema,
  ref,
  type Keywords,
  type Schema,
} from '#platform/openapi/schema'
const DESCRIPTION = [
  'REST API of Marquee: brands, creators, skill plans and shopping on one backend.',
  'Every JSON response is the envelope `{ data, meta }`; lists answer `data: [...]` with `meta: PageMeta`',
  'and take `?page=&perPage=` (perPage at most 100). Every error is `{ errors: [{ code, message, field? }] }`',
  'with its HTTP status. Authenticate with `Authorization: Bearer <accessToken>` from signup, login or refresh.',
].join(' ')

export interface OpenApiDocument {
  openapi: '3.1.0'
  info: {
    title: string
    version: string
    description: string
    license: { name: string; identifier: string }
  }
  servers: { url: string; description: string }[]
  tags: ApiModule['tags']
  paths: Record<string, Record<string, Schema>>
  components: {
    securitySchemes: Record<string, Schema>
    schemas: Record<string, Schema>
    responses: Record<string, Keywords>
  }
}

/** Merges named entries, refusing a name defined twice (two modules documenting one thing). */
function merge<T>(entries: [string, T][], what: string): Record<string, T> {
  const merged: Record<string, T> = {}
  for (const [name, value] of entries) {
    if (name in merged) throw new Error(`OpenAPI: ${what} "${name}" is defined twice`)
    merged[name] = value
  }
  return merged
}

function paths(modules: ApiModule[]) {
  const byPath: Record<string, Record<string, Schema>> = {}
  for (const { method, path, operation } of modules.flatMap((module) => module.endpoints)) {
    byPath[path] = merge(
      [...Object.entries(byPath[path] ?? {}), [method, operation]],
      `operation of ${path}`
    )
  }
  return byPath
}

function errorResponses() {
  const retryAfter = {
    'Retry-After': {
      description: 'Seconds to wait before retrying',
      schema: integer({ minimum: 0 }),
    },
  }
  return Object.fromEntries(
    Object.values(ERROR_RESPONSES).map(([name, description]) => [
      name,
      {
        description,
        ...(name === 'TooManyRequests' ? { headers: retryAfter } : {}),
        content: { 'application/json': { schema: ref('Error') } },
      },
    ])
  )
}

/** The document's version and license follow the app's package.json (`UNLICENSED` is proprietary). */
function packageInfo() {
  const { version, license } = JSON.parse(readFileSync(app.makePath('package.json'), 'utf8'))
  const identifier = license === 'UNLICENSED' ? 'LicenseRef-Proprietary' : String(license)
  return {
    version: String(version),
    license: { name: license === 'UNLICENSED' ? 'Proprietary' : String(license), identifier },
  }
}

/** The document of an API made of `modules` (app/openapi/document.ts lists this app's). */
export function buildDocument(modules: ApiModule[]): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: { title: 'Marquee API', ...packageInfo(), description: DESCRIPTION },
    // Relative: paths resolve against whichever host (or proxy) served the document.
    servers: [{ url: '/', description: 'The server that serves this document' }],
    tags: modules.flatMap((module) => module.tags),
    paths: paths(modules),
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'Short-lived opaque access token (`mq_at_…`)',
        },
      },
      schemas: merge(
        [
          ['Error', errorSchema],
          ['PageMeta', pageMetaSchema],
          ...modules.flatMap((module) => Object.entries(module.schemas ?? {})),
        ],
        'schema'
      ),
      responses: errorResponses(),
    },
  }
}
