import vine from '@vinejs/vine'
import { ROLES, STATUSES } from '#models/user'
import { email, id, paginationFields } from '#validators/common'
import { password } from '#validators/identity/password'

export const listUsersValidator = vine.create({
  ...paginationFields,
  role: vine.enum(ROLES).optional(),
  status: vine.enum(STATUSES).optional(),
  blocked: vine.boolean().optional(),
  flagged: vine.boolean().optional(),
  deleted: vine.boolean().optional(),
  q: vine.string().trim().maxLength(100).optional(),
  sort: vine.enum(['newest', 'oldest', 'email', 'name'] as const).optional(),
})

export const reasonValidator = vine.create({
  reason: vine.string().trim().minLength(3).maxLength(500),
})

export const optionalReasonValidator = vine.create({
  reason: vine.string().trim().maxLength(500).optional(),
})

export const listAuditLogsValidator = vine.create({
  ...paginationFields,
  action: vine.string().trim().maxLength(64).optional(),
  actorId: id().optional(),
  targetType: vine.string().trim().maxLength(32).optional(),
  targetId: vine.string().trim().maxLength(64).optional(),
  since: vine.date({ formats: ['iso8601'] }).optional(),
})

/** `node ace admin:create`: the password rule of every member's password, judged against this e-mail. */
export const createAdminValidator = vine.create({
  email: email(),
  password: password(),
  fullName: vine.string().trim().minLength(1).maxLength(120),
})
