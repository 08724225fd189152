import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const ReportsController = () => import('#controllers/moderation/reports_controller')
const ReviewController = () => import('#controllers/moderation/review_controller')
const RulesController = () => import('#controllers/moderation/rules_controller')

const id = router.matchers.number()

router
  .group(() => {
    router.post('reports', [ReportsController, 'store'])
    router.get('reports', [ReportsController, 'index'])
  })
  .prefix('/api/v1')
  .use(middleware.auth())

router
  .group(() => {
    router.get('reports', [ReviewController, 'queue'])
    router.get('reports/:id', [ReviewController, 'show']).where('id', id)
    router.get('reports/:id/context', [ReviewController, 'context']).where('id', id)
    router.post('reports/:id/claim', [ReviewController, 'claim']).where('id', id)
    router.post('reports/:id/resolve', [ReviewController, 'resolve']).where('id', id)
    router.post('reports/:id/dismiss', [ReviewController, 'dismiss']).where('id', id)
    router.post('reports/bulk', [ReviewController, 'bulk'])
    router.post('content/:type/:id/restore', [ReviewController, 'restore']).where('id', id)
    router.get('stats', [ReviewController, 'stats'])
    router.get('rules', [RulesController, 'index'])
    router.post('rules', [RulesController, 'store'])
    router.patch('rules/:id', [RulesController, 'update']).where('id', id)
    router.delete('rules/:id', [RulesController, 'destroy']).where('id', id)
  })
  .prefix('/api/v1/admin/moderation')
  .use([middleware.auth(), middleware.role({ roles: ['admin'] })])
