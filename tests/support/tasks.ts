import type { ApiClient } from '@japa/api-client'
import { waitFor } from '#tests/support/wait'

/** A task's URL in the admin tasks API. */
export const adminTask = (taskId: string) => `/api/v1/admin/tasks/${encodeURIComponent(taskId)}`

/**
 * The task read from `url` (as `token` reads it) once it is in `state`, or by
 * default once it has finished (completed or failed).
 */
export function taskIn(
  client: ApiClient,
  token: string,
  url: string,
  { state, timeoutMs = 10_000 }: { state?: string; timeoutMs?: number } = {}
) {
  return waitFor(async () => (await client.get(url).bearerToken(token)).body().data, {
    what: `task ${url} to be ${state ?? 'completed or failed'}`,
    until: (task) =>
      state ? task?.state === state : task?.state === 'completed' || task?.state === 'failed',
    timeoutMs,
  })
}
