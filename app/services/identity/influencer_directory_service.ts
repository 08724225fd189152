import type { Infer } from '@vinejs/vine/types'
import User from '#models/user'
import type { influencerSearchValidator } from '#validators/identity/directory'

type Filters = Infer<typeof influencerSearchValidator>

/**
 * Influencer search for brands: active, unblocked influencers whose profile is
 * public, filtered by niche, platform, reach and name.
 */
export default class InfluencerDirectoryService {
  async search(filters: Filters) {
    const query = User.query()
      .where('users.role', 'influencer')
      .where('users.status', 'active')
      .whereNull('users.blocked_at')
      .join('influencer_profiles', 'influencer_profiles.user_id', 'users.id')
      .select('users.*')
      .preload('influencerProfile')
      .whereNot('users.privacy', 'like', '%"profileVisibility":"private"%')

    if (filters.q) query.whereRaw('lower(users.full_name) like ?', [`%${escapeLike(filters.q.toLowerCase())}%`])
    if (filters.niche) query.whereRaw('lower(influencer_profiles.niche) = ?', [filters.niche.toLowerCase()])
    if (filters.platform) query.where('influencer_profiles.platforms', 'like', `%${JSON.stringify(filters.platform)}%`)
    if (filters.minReach !== undefined) query.where('influencer_profiles.reach', '>=', filters.minReach)

    switch (filters.sort ?? '-reach') {
      case 'reach':
        query.orderBy('influencer_profiles.reach', 'asc')
        break
      case 'name':
        query.orderBy('users.full_name', 'asc')
        break
      case 'newest':
        query.orderBy('users.created_at', 'desc')
        break
      default:
        query.orderBy('influencer_profiles.reach', 'desc')
    }
    query.orderBy('users.id', 'asc')
    return query.paginate(filters.page ?? 1, filters.perPage ?? 20)
  }
}

function escapeLike(value: string) {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`)
}
