import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import { notFound } from '#policies/account_state'
import { canFind, isFollowing } from '#services/community/people'

/**
 * Privacy settings decide who sees a member's profile and connections:
 * `private` profiles answer 404 to everyone but the member and admins,
 * `followers` profiles 403 to non-followers, and `showFollowers: false`
 * keeps the followers and following lists to the member (and admins).
 */
export default class ProfilePolicy extends BasePolicy {
  async view(viewer: User, target: User): Promise<AuthorizerResponse> {
    if (!(await canFind(viewer, target))) return notFound('User')
    if (viewer.id === target.id || viewer.isAdmin) return true
    if (
      target.privacySettings.profileVisibility === 'followers' &&
      !(await isFollowing(viewer.id, target.id))
    ) {
      return AuthorizationResponse.deny('Only followers can see this profile', 403)
    }
    return true
  }

  async viewConnections(viewer: User, target: User): Promise<AuthorizerResponse> {
    const profile = await this.view(viewer, target)
    if (profile !== true) return profile
    if (viewer.id !== target.id && !viewer.isAdmin && !target.privacySettings.showFollowers) {
      return AuthorizationResponse.deny(
        'This member keeps their followers and following private',
        403
      )
    }
    return true
  }
}
