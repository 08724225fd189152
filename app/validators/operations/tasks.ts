import vine from '@vinejs/vine'
import { paginationFields } from '#validators/common'
import { QUEUE_NAMES } from '#platform/queue/config'
import { TASK_STATES } from '#platform/queue/task'

export const listTasksValidator = vine.create({
  ...paginationFields,
  state: vine.enum(TASK_STATES).optional(),
  queue: vine.enum(QUEUE_NAMES).optional(),
})
