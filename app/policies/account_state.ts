import { AuthorizationResponse } from '@adonisjs/bouncer'
import type User from '#models/user'

const ROLE_NAMES: Record<User['role'], string> = {
  admin: 'admin',
  sponsor: 'brand',
  influencer: 'influencer',
  shopper: 'shopper',
}

/** A 403 that says which roles may do it, instead of a bare "not allowed". */
export function roleRefused(roles: User['role'][]) {
  const names = roles.map((role) => ROLE_NAMES[role])
  const list =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0]
  return AuthorizationResponse.deny(`Only ${list} accounts can do this`, 403)
}

/** Roles may act only on an active account; a refused role, a pending brand or an inactive account is told why. */
export function mayAct(user: User, roles: User['role'][]) {
  if (!roles.includes(user.role)) return roleRefused(roles)
  if (user.status === 'pending')
    return AuthorizationResponse.deny('Your brand account is pending approval', 403)
  if (user.isBlocked) return AuthorizationResponse.deny('This account is blocked', 403)
  if (user.status === 'rejected')
    return AuthorizationResponse.deny('This brand account was not approved', 403)
  return true
}

export const notFound = (what: string) => AuthorizationResponse.deny(`${what} not found`, 404)
