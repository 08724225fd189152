process.env.NODE_ENV = 'test'
/*
 * The CLI specs drive Ink screens as an operator's terminal shows them, and
 * Ink draws only the last frame when the environment says CI (is-in-ci): the
 * suite's simulated terminals must not look like a CI log wherever it runs.
 */
delete process.env.CI
delete process.env.CONTINUOUS_INTEGRATION

import { prettyPrintError } from '@adonisjs/core'
import { configure, processCLIArgs, run } from '@japa/runner'
import { createIgnitor } from './ignitor.js'

createIgnitor()
  .testRunner()
  .configure(async (app) => {
    const { runnerHooks, ...config } = await import('../tests/bootstrap.js')

    processCLIArgs(process.argv.splice(2))
    configure({
      ...app.rcFile.tests,
      ...config,
      ...{
        setup: runnerHooks.setup,
        teardown: runnerHooks.teardown.concat([() => app.terminate()]),
      },
    })
  })
  .run(() => run())
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
  })
