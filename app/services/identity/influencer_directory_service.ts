import { inject } from '@adonisjs/core'
import type { Infer } from '@vinejs/vine/types'
import User from '#models/user'
import CacheService, { queryKey } from '#platform/cache/cache_service'
import { apiSerializer } from '#platform/http/api_serializer'
import InfluencerTransformer from '#transformers/identity/influencer_transformer'
import type { influencerSearchValidator } from '#validators/identity/directory'
import { likeContains } from '#platform/db/search'
import { namedTo } from '#services/community/people'

type Filters = Infer<typeof influencerSearchValidator>

/** Cache tag of every directory page: dropped when an influencer signs up or their visibility or profile changes. */
export const DIRECTORY_TAG = 'influencers'

/**
 * Influencer search for brands: active, unblocked influencers whose profile is
 * public (a listing shared by every brand, people.ts), filtered by niche, platform, reach and name. Pages are cached
 * (family `search`) as their serialized form, so a hit costs no query.
 */
@inject()
export default class InfluencerDirectoryService {
  constructor(private cache: CacheService) {}

  /** One page as `{ data, metadata }` with the time it was computed. */
  search(filters: Filters) {
    return this.cache.remember(
      'search',
      directoryKey(filters),
      async () => {
        const page = await this.query(filters)
        return apiSerializer.serializeWithoutWrapping(
          InfluencerTransformer.paginate(page.all(), page.getMeta())
        )
      },
      { tags: [DIRECTORY_TAG] }
    )
  }

  /** Call after a committed change to who appears in the directory or what it shows of them. */
  invalidate() {
    return this.cache.invalidateTags([DIRECTORY_TAG])
  }

  private query(filters: Filters) {
    const query = User.query()
      .where('users.role', 'influencer')
      .where('users.status', 'active')
      .whereNull('users.blocked_at')
      .join('influencer_profiles', 'influencer_profiles.user_id', 'users.id')
      .select('users.*')
      .preload('influencerProfile')
      .whereIn('users.id', namedTo(null))

    if (filters.q)
      query.whereRaw(`lower(users.full_name) like ? escape '\\'`, [likeContains(filters.q)])
    if (filters.niche)
      query.whereRaw('lower(influencer_profiles.niche) = ?', [filters.niche.toLowerCase()])
    if (filters.platform) {
      query.whereRaw(`lower(influencer_profiles.platforms) like ? escape '\\'`, [
        likeContains(JSON.stringify(filters.platform)),
      ])
    }
    if (filters.minReach !== undefined)
      query.where('influencer_profiles.reach', '>=', filters.minReach)

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

/**
 * The filters as the query applies them (case-insensitive name and niche,
 * defaults filled in), so equivalent requests share one entry.
 */
function directoryKey(filters: Filters) {
  return queryKey('influencers', {
    q: filters.q?.toLowerCase(),
    niche: filters.niche?.toLowerCase(),
    platform: filters.platform,
    minReach: filters.minReach,
    sort: filters.sort ?? '-reach',
    page: filters.page ?? 1,
    perPage: filters.perPage ?? 20,
  })
}
