/*
| Environment variables, validated at boot. Every variable has a development
| default so `npm run demo` works with no .env file; production requires the
| secrets explicitly (see config/app.ts and app/platform/runtime/redis_probe.ts).
*/
import { Env } from '@adonisjs/core/env'

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum.optional(['development', 'production', 'test'] as const),
  PORT: Env.schema.number.optional(),
  HOST: Env.schema.string.optional({ format: 'host' }),
  APP_KEY: Env.schema.string.optional(),
  APP_URL: Env.schema.string.optional(),
  LOG_LEVEL: Env.schema.enum.optional([
    'fatal',
    'error',
    'warn',
    'info',
    'debug',
    'trace',
    'silent',
  ] as const),

  DB_CONNECTION: Env.schema.enum.optional(['sqlite', 'postgres'] as const),
  SQLITE_FILE: Env.schema.string.optional(),
  DB_HOST: Env.schema.string.optional({ format: 'host' }),
  DB_PORT: Env.schema.number.optional(),
  DB_USER: Env.schema.string.optional(),
  DB_PASSWORD: Env.schema.string.optional(),
  DB_DATABASE: Env.schema.string.optional(),

  REDIS_HOST: Env.schema.string.optional({ format: 'host' }),
  REDIS_PORT: Env.schema.number.optional(),
  REDIS_PASSWORD: Env.schema.string.optional(),
  REDIS_DB: Env.schema.number.optional(),

  SMTP_HOST: Env.schema.string.optional(),
  SMTP_PORT: Env.schema.number.optional(),
  SMTP_USERNAME: Env.schema.string.optional(),
  SMTP_PASSWORD: Env.schema.string.optional(),
  MAIL_FROM: Env.schema.string.optional(),
  MAIL_CATCHER: Env.schema.boolean.optional(),
  MAIL_CATCHER_PORT: Env.schema.number.optional(),
  DEV_WORKER: Env.schema.boolean.optional(),
  SCHEDULER_IN_PROCESS: Env.schema.boolean.optional(),
  QUEUE_PREFIX: Env.schema.string.optional(),
  BENCH_MODE: Env.schema.boolean.optional(),

  METRICS_TOKEN: Env.schema.string.optional(),
  METRICS_PORT: Env.schema.number.optional(),
  METRICS_HOST: Env.schema.string.optional({ format: 'host' }),

  CORS_ORIGINS: Env.schema.string.optional(),
  BODY_LIMIT: Env.schema.string.optional(),
  ACCESS_TOKEN_TTL: Env.schema.string.optional(),
  REFRESH_TOKEN_TTL: Env.schema.string.optional(),
  PLAN_ROOM_TTL: Env.schema.string.optional(),

  AUTH_RATE_LIMIT: Env.schema.number.optional(),
  AUTH_CLIENT_RATE_LIMIT: Env.schema.number.optional(),
  ANALYTICS_RATE_LIMIT: Env.schema.number.optional(),

  ENABLE_REGISTRATION: Env.schema.boolean.optional(),
  ENABLE_RECOMMENDATIONS: Env.schema.boolean.optional(),

  TAX_RATE_BP: Env.schema.number.optional(),

  GDPR_EXPORT_DIR: Env.schema.string.optional(),

  SEED_ADMIN_EMAIL: Env.schema.string.optional(),
  SEED_ADMIN_PASSWORD: Env.schema.string.optional(),
})
