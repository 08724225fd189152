/**
 * The named OpenAPI components of the task responses (app/openapi/operations_jobs.ts):
 * each resource's schema is defined once, beside its transformer, which is typed against it.
 */
import { taskSchema } from '#transformers/operations/task_transformer'

export { taskIdSchema } from '#transformers/operations/task_transformer'

export const operationsJobsSchemas = {
  Task: taskSchema,
}
