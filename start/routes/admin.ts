import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const AdminUsersController = () => import('#controllers/admin/users_controller')
const AuditLogsController = () => import('#controllers/admin/audit_logs_controller')

router
  .group(() => {
    router.get('users', [AdminUsersController, 'index'])
    router.get('users/pending-sponsors', [AdminUsersController, 'pending'])
    router.get('users/:id', [AdminUsersController, 'show'])
    router.get('users/:id/activity', [AdminUsersController, 'activity'])
    router.post('users/:id/approve', [AdminUsersController, 'approve'])
    router.post('users/:id/reject', [AdminUsersController, 'reject'])
    router.post('users/:id/block', [AdminUsersController, 'block'])
    router.post('users/:id/unblock', [AdminUsersController, 'unblock'])
    router.post('users/:id/flag', [AdminUsersController, 'flag'])
    router.post('users/:id/unflag', [AdminUsersController, 'unflag'])
    router.get('audit-logs', [AuditLogsController, 'index'])
  })
  .prefix('/api/v1/admin')
  .use([middleware.auth(), middleware.role({ roles: ['admin'] })])
