import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import SeedJob from '#jobs/seed_job'
import AuditService from '#services/identity/audit_service'
import QueueService from '#platform/queue/queue_service'
import { assertSeedingAllowed } from '#platform/seeding/seed_runner'
import type { SeedProfile } from '#platform/seeding/profiles'

/** Admins seed a profile as a background job (progress on the tasks API and the SSE channel `tasks/<taskId>`). */
@inject()
export default class SeedService {
  constructor(
    private queues: QueueService,
    private audit: AuditService
  ) {}

  async queue(
    admin: User,
    { profile, force = false }: { profile: SeedProfile; force?: boolean },
    ctx?: HttpContext
  ) {
    assertSeedingAllowed(force)
    const taskId = await this.queues.dispatch(SeedJob, { profile })
    await this.audit.record(
      admin,
      { action: 'seed.run', targetType: 'seed', targetId: profile, details: { taskId, force } },
      undefined,
      ctx
    )
    return taskId
  }
}
