import BatchCommand from '#platform/scheduler/batch_command'
import { batchTasks } from '#services/operations/batch_tasks'

export default class CommunityTrending extends BatchCommand {
  static taskName = 'trending' as const
  static commandName = batchTasks['trending'].command
  static description = batchTasks['trending'].description
  static help = [
    'score = Σ weight × 0.5^(age_hours / 24), summed over the last 7 days of engagement by active members:',
    'likes ×1, comments ×2 (not deleted, hidden or by the owner), ratings ×2, downloads ×3.',
    'An event loses half its weight every 24 hours; plans without engagement in the window get 0.',
    'GET /api/v1/plans/trending and the trending feed read this score. The scheduler runs it every 15 minutes (`node ace schedule:list`).',
  ]
}
