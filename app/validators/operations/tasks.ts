import vine from '@vinejs/vine'
import { paginationFields } from '#validators/common'
import { QUEUE_NAMES, TASK_STATES } from '#platform/queue/queue_service'

export const listTasksValidator = vine.create({
  ...paginationFields,
  state: vine.enum(TASK_STATES).optional(),
  queue: vine.enum(QUEUE_NAMES).optional(),
})
