import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import SeedJob from '#jobs/seed_job'
import AuditService from '#services/identity/audit_service'
import db from '@adonisjs/lucid/services/db'
import OutboxService from '#platform/outbox/outbox_service'
import { assertSeedingAllowed } from '#platform/seeding/seed_runner'
import type { SeedProfile } from '#platform/seeding/seed_runner'

/** Admins seed a profile as a background job, recorded in the outbox with its audit entry (progress on the tasks API and the SSE channel `tasks/<taskId>`). */
@inject()
export default class SeedService {
  constructor(
    private outbox: OutboxService,
    private audit: AuditService
  ) {}

  async queue(
    admin: User,
    { profile, force = false }: { profile: SeedProfile; force?: boolean },
    ctx?: HttpContext
  ) {
    assertSeedingAllowed(force)
    return db.transaction(async (trx) => {
      const taskId = await this.outbox.dispatch(SeedJob, { profile }, { client: trx })
      await this.audit.record(
        admin,
        { action: 'seed.run', targetType: 'seed', targetId: profile, details: { taskId, force } },
        trx,
        ctx
      )
      return taskId
    })
  }
}
