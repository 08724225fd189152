import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const TasksController = () => import('#controllers/admin/tasks_controller')

/** Task ids are `<queue>:<job id>` strings (the task service reads them), not the numeric ids of the global `id` matcher. */
const TASK_ID = /^.+$/

/** Background jobs: status, progress, results and retries (ids read `<queue>:<job id>`). */
router
  .group(() => {
    router.get('tasks', [TasksController, 'index'])
    router.get('tasks/:id', [TasksController, 'show']).where('id', TASK_ID)
    router.post('tasks/:id/retry', [TasksController, 'retry']).where('id', TASK_ID)
  })
  .prefix('/api/v1/admin')
  .use([middleware.auth(), middleware.role({ roles: ['admin'] })])
