import env from '#start/env'
import { defineConfig } from '@adonisjs/cors'

/** CORS_ORIGINS: comma-separated list of allowed origins; unset allows any origin (dev). */
const origins = env.get('CORS_ORIGINS')

const corsConfig = defineConfig({
  enabled: true,
  origin: origins ? origins.split(',').map((origin) => origin.trim()) : true,
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  headers: true,
  exposeHeaders: ['x-request-id', 'retry-after', 'x-ratelimit-remaining', 'x-ratelimit-limit'],
  credentials: true,
  maxAge: 90,
})

export default corsConfig
