import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { namedTo, visibleMembers } from '#services/community/people'
import { likeContains } from '#platform/db/search'

/**
 * Members by name: a case-insensitive substring match on the full name, most
 * followed first, among the members `viewer` may see named (people.ts).
 * Not cached: it is one indexed pass over users and a block must show at once.
 */
export default class UserSearchService {
  search(viewer: User, q: string, page = 1, perPage = 20) {
    const followers = db
      .from('follows')
      .whereColumn('follows.followee_id', 'users.id')
      .whereIn('follows.follower_id', visibleMembers)
      .count('*')
      .as('followers_count')
    return User.query()
      .whereIn('users.id', namedTo(viewer))
      .whereRaw(`lower(users.full_name) like ? escape '\\'`, [likeContains(q)])
      .select('users.*', followers)
      .orderBy('followers_count', 'desc')
      .orderBy('users.full_name', 'asc')
      .orderBy('users.id', 'asc')
      .paginate(page, perPage)
  }
}
