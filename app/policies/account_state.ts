import { AuthorizationResponse } from '@adonisjs/bouncer'
import type User from '#models/user'

/** Roles may act only on an active account; a pending brand is told why. */
export function mayAct(user: User, roles: User['role'][]) {
  if (!roles.includes(user.role)) return false
  if (user.status === 'pending') return AuthorizationResponse.deny('Your brand account is pending approval', 403)
  return user.canAct
}

export const notFound = (what: string) => AuthorizationResponse.deny(`${what} not found`, 404)
