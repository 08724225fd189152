import app from '@adonisjs/core/services/app'
import env from '#start/env'
import { defineConfig } from '@adonisjs/cors'

/**
 * CORS_ORIGINS: a comma-separated list of the origins allowed to call the API
 * from a browser (with credentials), or `none` for no cross-origin access.
 * Unset, development reflects any origin; production refuses to start.
 * The `null` origin (sandboxed frames, file: pages) is never allowed.
 */
const setting = env.get('CORS_ORIGINS')?.trim()
if (!setting && app.inProduction) {
  throw new Error(
    'CORS_ORIGINS is required in production: a comma-separated list of allowed origins (https://app.example.com), or "none" to allow no cross-origin access.'
  )
}

const allowed =
  setting === undefined || setting === ''
    ? undefined
    : setting === 'none'
      ? new Set<string>()
      : new Set(
          setting
            .split(',')
            .map((origin) => origin.trim())
            .filter((origin) => origin && origin !== 'null')
        )

const corsConfig = defineConfig({
  enabled: true,
  origin: (requestOrigin: string) =>
    requestOrigin !== 'null' && (allowed === undefined || allowed.has(requestOrigin)),
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  headers: true,
  exposeHeaders: ['x-request-id', 'retry-after', 'x-ratelimit-remaining', 'x-ratelimit-limit'],
  credentials: true,
  maxAge: 90,
})

export default corsConfig
