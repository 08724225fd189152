import { BaseTransformer } from '@adonisjs/core/transformers'
import type { Role } from '#models/user'
import { integer, object, type Infer } from '#platform/openapi/schema'
import { planAuthorSchema } from '#transformers/community/plan_author'

/** One row of the leaderboard query (counts arrive as text from PostgreSQL). */
export interface LeaderboardRow {
  id: number
  full_name: string
  role: Role
  plans: number | string
  likes: number | string
  downloads: number | string
  followers: number | string
  score: number | string
  rank: number
}

export const leaderboardEntrySchema = object({
  rank: integer({ minimum: 1 }),
  user: planAuthorSchema,
  score: integer({
    description: 'likesReceived × 3 + downloads × 2 + followers × 5 + plans × 10',
  }),
  likesReceived: integer({ minimum: 0 }),
  downloads: integer({ minimum: 0 }),
  followers: integer({ minimum: 0 }),
  plans: integer({ minimum: 0 }),
})

export default class LeaderboardEntryTransformer extends BaseTransformer<LeaderboardRow> {
  toObject(): Infer<typeof leaderboardEntrySchema> {
    const r = this.resource
    return {
      rank: r.rank,
      user: { id: Number(r.id), fullName: r.full_name, role: r.role },
      score: Number(r.score),
      likesReceived: Number(r.likes),
      downloads: Number(r.downloads),
      followers: Number(r.followers),
      plans: Number(r.plans),
    }
  }
}
