import vine from '@vinejs/vine'
import { REPORT_REASONS, REPORT_STATUSES, RESOLUTION_ACTIONS, TARGET_TYPES } from '#models/report'
import { id, paginationFields } from '#validators/common'
import { MAX_ID } from '#platform/http/ids'

export const createReportValidator = vine.create({
  targetType: vine.enum(TARGET_TYPES),
  targetId: id(),
  reason: vine.enum(REPORT_REASONS),
  details: vine.string().trim().maxLength(2000).optional(),
})

export const myReportsValidator = vine.create({
  ...paginationFields,
  status: vine.enum(REPORT_STATUSES).optional(),
})

export const queueValidator = vine.create({
  ...paginationFields,
  type: vine.enum(TARGET_TYPES).optional(),
  status: vine.enum(REPORT_STATUSES).optional(),
  reason: vine.enum(REPORT_REASONS).optional(),
  minScore: vine.number().min(0).optional(),
})

const version = () => vine.number().withoutDecimals().min(1).max(MAX_ID)

export const resolveValidator = vine.create({
  action: vine.enum(RESOLUTION_ACTIONS),
  note: vine.string().trim().maxLength(2000).optional(),
  /** The version the reviewer saw; a stale one is a 409. */
  version: version(),
})

export const dismissValidator = vine.create({
  note: vine.string().trim().maxLength(2000).optional(),
  version: version(),
})

export const claimValidator = vine.create({
  version: version().optional(),
})

export const bulkValidator = vine.create({
  ids: vine.array(id()).minLength(1).maxLength(100).distinct(),
  operation: vine.enum(['resolve', 'dismiss'] as const),
  action: vine.enum(RESOLUTION_ACTIONS).optional(),
  note: vine.string().trim().maxLength(2000).optional(),
})
