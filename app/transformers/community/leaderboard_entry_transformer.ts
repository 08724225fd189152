import { BaseTransformer } from '@adonisjs/core/transformers'

/** One row of the leaderboard query (counts arrive as text from PostgreSQL). */
export interface LeaderboardRow {
  id: number
  full_name: string
  role: string
  plans: number | string
  likes: number | string
  downloads: number | string
  followers: number | string
  score: number | string
  rank: number
}

export default class LeaderboardEntryTransformer extends BaseTransformer<LeaderboardRow> {
  toObject() {
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
