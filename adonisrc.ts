import { defineConfig } from '@adonisjs/core/app'

export default defineConfig({
  experimental: {},

  commands: [
    () => import('@adonisjs/core/commands'),
    () => import('@adonisjs/lucid/commands'),
    () => import('@adonisjs/mail/commands'),
  ],

  providers: [
    () => import('@adonisjs/core/providers/app_provider'),
    () => import('@adonisjs/core/providers/hash_provider'),
    { file: () => import('@adonisjs/core/providers/repl_provider'), environment: ['repl', 'test'] },
    () => import('@adonisjs/core/providers/vinejs_provider'),
    () => import('@adonisjs/core/providers/edge_provider'),
    () => import('@adonisjs/cors/cors_provider'),
    () => import('@adonisjs/lucid/database_provider'),
    () => import('@adonisjs/auth/auth_provider'),
    () => import('@adonisjs/bouncer/bouncer_provider'),
    () => import('@adonisjs/redis/redis_provider'),
    () => import('@adonisjs/cache/cache_provider'),
    () => import('#providers/cache_provider'),
    () => import('@adonisjs/limiter/limiter_provider'),
    () => import('@adonisjs/mail/mail_provider'),
    () => import('#providers/api_provider'),
    () => import('#providers/queue_provider'),
    () => import('#providers/otel_provider'),
    () => import('@adonisjs/transmit/transmit_provider'),
  ],

  preloads: [
    () => import('#start/registries'),
    () => import('#start/routes'),
    () => import('#start/kernel'),
    () => import('#start/transmit'),
    () => import('#start/redis_outages'),
    () => import('#start/session_revocations'),
    () => import('#start/views'),
    { file: () => import('#start/dev_services'), environment: ['web'] },
    { file: () => import('#start/plan_rooms'), environment: ['web', 'test'] },
    { file: () => import('#start/metrics'), environment: ['web'] },
    () => import('#start/bench'),
  ],

  tests: {
    suites: [
      { files: ['tests/unit/**/*.spec.ts'], name: 'unit', timeout: 10000 },
      { files: ['tests/functional/**/*.spec.ts'], name: 'functional', timeout: 30000 },
    ],
    forceExit: true,
  },

  metaFiles: [{ pattern: 'resources/views/**/*.edge', reloadServer: false }],
})
