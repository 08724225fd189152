import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { Secret } from '@adonisjs/core/helpers'
import { defineConfig } from '@adonisjs/core/http'
import { serializeJsonBody } from '#platform/http/json_body'

const appKeyValue = env.get('APP_KEY')
if (!appKeyValue && app.inProduction) {
  throw new Error('APP_KEY is required in production: set it to a random string of 32+ characters.')
}

/** Development-only fallback key, so the embedded demo starts with no .env file. */
export const appKey = new Secret(appKeyValue ?? 'marquee-development-key-change-me-0001')

const appUrlValue = env.get('APP_URL')
if (!appUrlValue && app.inProduction) {
  throw new Error(
    'APP_URL is required in production: the public base URL of the API (https://api.example.com), used in mailed links and the API document.'
  )
}

/** Public base URL (mailed links, export links, the document's `servers`); development falls back to localhost. */
export const appUrl = appUrlValue ?? `http://localhost:${env.get('PORT', 3333)}`

export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: false,
  useAsyncLocalStorage: false,
  serializeJSON: serializeJsonBody,
  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
