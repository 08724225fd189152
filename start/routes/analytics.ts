import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { analyticsThrottle } from '#start/limiter'

const AnalyticsController = () => import('#controllers/analytics/analytics_controller')
const BehaviourController = () => import('#controllers/analytics/behaviour_controller')

router
  .group(() => {
    router.post('analytics/track', [AnalyticsController, 'track']).use(analyticsThrottle)
    router.get('plans/:id/analytics', [AnalyticsController, 'plan'])
    router.get('me/engagement', [AnalyticsController, 'myEngagement'])
  })
  .prefix('/api/v1')
  .use(middleware.auth())

router
  .get('/api/v1/admin/analytics/behaviour', [BehaviourController, 'show'])
  .use([middleware.auth(), middleware.role({ roles: ['admin'] })])
