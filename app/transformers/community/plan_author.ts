import type User from '#models/user'

/** How a member appears on plans, comments and suggested tasks (no e-mail, no account state). */
export function planAuthor(user: User | undefined | null) {
  if (!user) return null
  return { id: user.id, fullName: user.fullName, role: user.role }
}
