import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const TasksController = () => import('#controllers/admin/tasks_controller')

/** Background jobs: status, progress, results and retries (ids read `<queue>:<job id>`). */
router
  .group(() => {
    router.get('tasks', [TasksController, 'index'])
    router.get('tasks/:id', [TasksController, 'show'])
    router.post('tasks/:id/retry', [TasksController, 'retry'])
  })
  .prefix('/api/v1/admin')
  .use([middleware.auth(), middleware.role({ roles: ['admin'] })])
