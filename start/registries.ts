/*
|--------------------------------------------------------------------------
| Registries
|--------------------------------------------------------------------------
|
| The platform imports no domain code: the app hands it its lists here, at
| boot, in every environment (web, ace commands that start the app, tests).
| - the scheduled tasks (app/services/operations/batch_tasks.ts) to the
|   scheduler: schedule:run/work/list, the batch commands, RunBatchJob in a worker;
| - the cache warmers (app/services/operations/cache_warmers.ts) to the cache warm-up;
| - the demo content (app/services/operations/demo_content.ts) to the seed runner;
| - the job classes (app/jobs/registry.ts) to the queue's job registry (workers,
|   the outbox relay);
| - the e-mails (app/mails/registry.ts) to the mail part's send-mail job.
|
*/

import { registerCacheWarmers } from '#platform/cache/cache_service'
import { registerMailBuilder } from '#platform/mail/mail_service'
import { jobRegistry } from '#platform/queue/queue_service'
import { registerBatchTasks } from '#platform/scheduler/scheduler'
import { registerDemoContent } from '#platform/seeding/seed_runner'
import { batchTasks } from '#services/operations/batch_tasks'
import { cacheWarmers } from '#services/operations/cache_warmers'
import { demoContent } from '#services/operations/demo_content'
import { jobs } from '#jobs/registry'
import { buildMail } from '#mails/registry'

registerBatchTasks(batchTasks)
registerCacheWarmers(cacheWarmers)
registerDemoContent(demoContent)
jobRegistry.register(...jobs)
registerMailBuilder(buildMail)
