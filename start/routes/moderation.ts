import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const ReportsController = () => import('#controllers/moderation/reports_controller')
const ReviewController = () => import('#controllers/moderation/review_controller')
const RulesController = () => import('#controllers/moderation/rules_controller')

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
    router.get('reports/:id', [ReviewController, 'show'])
    router.get('reports/:id/context', [ReviewController, 'context'])
    router.post('reports/:id/claim', [ReviewController, 'claim'])
    router.post('reports/:id/resolve', [ReviewController, 'resolve'])
    router.post('reports/:id/dismiss', [ReviewController, 'dismiss'])
    router.post('reports/bulk', [ReviewController, 'bulk'])
    router.post('content/:type/:id/restore', [ReviewController, 'restore'])
    router.get('stats', [ReviewController, 'stats'])
    router.get('rules', [RulesController, 'index'])
    router.post('rules', [RulesController, 'store'])
    router.patch('rules/:id', [RulesController, 'update'])
    router.delete('rules/:id', [RulesController, 'destroy'])
  })
  .prefix('/api/v1/admin/moderation')
  .use([middleware.auth(), middleware.role({ roles: ['admin'] })])
