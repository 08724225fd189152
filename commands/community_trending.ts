import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Recomputes skill_plans.trending_score for every plan in one transaction
 * (PostgreSQL and SQLite). Scheduled every 15 minutes; exits 1 on failure.
 */
export default class CommunityTrending extends BaseCommand {
  static commandName = 'community:trending'
  static description = 'Recompute the trending score of every skill plan (time-decayed engagement)'
  static help = [
    'score = Σ weight × 0.5^(age_hours / 24), summed over the last 7 days of engagement by active members:',
    'likes ×1, comments ×2 (not deleted, hidden or by the owner), ratings ×2, downloads ×3.',
    'An event loses half its weight every 24 hours; plans without engagement in the window get 0.',
    'GET /api/v1/plans/trending and the trending feed read this score. Runs every 15 minutes from cron:',
    '```',
    '*/15 * * * * cd /srv/marquee && node ace.js community:trending',
    '```',
  ]
  static options: CommandOptions = { startApp: true }

  async run() {
    const { default: TrendingService } = await import('#services/community/trending_service')
    try {
      const started = performance.now()
      const service = await this.app.container.make(TrendingService)
      const run = await service.recompute()
      this.logger.success(`trending: ${run.scored} plans scored in ${Math.round(performance.now() - started)} ms`)
    } catch (error) {
      this.logger.error(`trending failed: ${(error as Error).message}`)
      this.exitCode = 1
    }
  }
}
