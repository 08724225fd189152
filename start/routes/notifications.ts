import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const NotificationsController = () => import('#controllers/notifications/notifications_controller')

router
  .group(() => {
    router.get('notifications', [NotificationsController, 'index'])
    router.get('notifications/unread-count', [NotificationsController, 'unreadCount'])
    router.post('notifications/read-all', [NotificationsController, 'readAll'])
    router.post('notifications/:id/read', [NotificationsController, 'read'])
    router.delete('notifications/:id', [NotificationsController, 'destroy'])
  })
  .prefix('/api/v1')
  .use(middleware.auth())
