import { assert } from '@japa/assert'
import { ApiClient, apiClient } from '@japa/api-client'
import app from '@adonisjs/core/services/app'
import type { Config } from '@japa/runner/types'
import { pluginAdonisJS } from '@japa/plugin-adonisjs'
import testUtils from '@adonisjs/core/services/test_utils'
import { ensureTestDatabase } from '#tests/support/database'
import { smtpSink } from '#tests/support/smtp_sink'
import { purgeQueues, testWorkers, useOwnQueuePrefix } from '#tests/support/queue'
import { assertMatchesContract } from '#tests/support/openapi_contract'

export const plugins: Config['plugins'] = [assert(), apiClient(), pluginAdonisJS(app)]

/** Every response the suite receives must be what the OpenAPI document says (status, media type, body). */
ApiClient.teardown(assertMatchesContract)

/**
 * The suite runs against real PostgreSQL (database created if missing, then
 * migrated), real Redis and a real SMTP server (smtp-server) on a free port.
 * Real BullMQ workers run in this process, so queued jobs (e-mails) really run.
 */
export const runnerHooks: Required<Pick<Config, 'setup' | 'teardown'>> = {
  setup: [
    () => ensureTestDatabase(),
    // Migrate up and stay migrated (no rollback teardown): runs are isolated per test by transactions.
    async () => {
      await testUtils.db().migrate()
    },
    () => smtpSink.start(),
    () => {
      useOwnQueuePrefix()
      return testWorkers.start()
    },
  ],
  teardown: [() => testWorkers.stop(), () => purgeQueues(), () => smtpSink.stop()],
}

export const configureSuite: Config['configureSuite'] = (suite) => {
  if (['browser', 'functional', 'e2e'].includes(suite.name)) {
    return suite.setup(() => testUtils.httpServer().start())
  }
}
