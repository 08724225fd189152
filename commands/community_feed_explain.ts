import { args, BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Prints how the database runs one page of a member's personal feed (the
 * query GET /api/v1/feed runs). On PostgreSQL the plan comes from EXPLAIN
 * ANALYZE: the query runs, and the plan shows its real timings and buffers.
 */
export default class CommunityFeedExplain extends BaseCommand {
  static commandName = 'community:feed-explain'
  static description =
    "Show the database plan of a member's personal feed page (EXPLAIN ANALYZE on PostgreSQL)"
  static help = [
    '```',
    '{{ binaryName }} community:feed-explain 42',
    '{{ binaryName }} community:feed-explain 42 --before 90000 --limit 50',
    '```',
  ]
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'Member id (or e-mail) whose feed to explain' })
  declare user: string

  @flags.number({ description: 'Cursor: activities older than this id' })
  declare before?: number

  @flags.number({ description: 'Page size', default: 20 })
  declare limit: number

  async run() {
    const { default: User } = await import('#models/user')
    const { default: FeedService } = await import('#services/community/feed_service')
    const member = /^\d+$/.test(this.user)
      ? await User.find(Number(this.user))
      : await User.findBy('email', this.user.toLowerCase())
    if (!member) {
      this.logger.error(`No user ${this.user}`)
      this.exitCode = 1
      return
    }
    const service = await this.app.container.make(FeedService)
    const plan = await service.explainPersonal(member.id, {
      before: this.before,
      limit: this.limit,
    })
    this.logger.log(plan.join('\n'))
  }
}
