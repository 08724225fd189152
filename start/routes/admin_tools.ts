// Routes of this area are added by the module that owns them.
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const TestBroadcastsController = () => import('#controllers/admin/test_broadcasts_controller')
const TestMailsController = () => import('#controllers/admin/test_mails_controller')

router
  .group(() => {
    router.post('test/broadcast', [TestBroadcastsController, 'store'])
    router.post('test/mail', [TestMailsController, 'store'])
  })
  .prefix('/api/v1/admin')
  .use([middleware.auth(), middleware.role({ roles: ['admin'] })])
