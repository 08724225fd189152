import type User from '#models/user'
import { ROLES } from '#models/user'
import { integer, object, oneOf, string, type Infer } from '#platform/openapi/schema'

/** How a member appears on plans, comments and suggested tasks (no e-mail, no account state). */
export const planAuthorFields = { id: integer(), fullName: string(), role: oneOf(ROLES) }
export const planAuthorSchema = object(planAuthorFields)

export type PlanAuthor = Infer<typeof planAuthorSchema>

export function planAuthor(user: User): PlanAuthor
export function planAuthor(user: User | undefined | null): PlanAuthor | null
export function planAuthor(user: User | undefined | null): PlanAuthor | null {
  if (!user) return null
  return { id: user.id, fullName: user.fullName, role: user.role }
}
