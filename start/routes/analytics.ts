import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { analyticsThrottle } from '#start/limiter'

const AnalyticsController = () => import('#controllers/analytics/analytics_controller')

const id = router.matchers.number()

router
  .group(() => {
    router.post('analytics/track', [AnalyticsController, 'track']).use(analyticsThrottle)
    router.get('plans/:id/analytics', [AnalyticsController, 'plan']).where('id', id)
    router.get('me/engagement', [AnalyticsController, 'myEngagement'])
  })
  .prefix('/api/v1')
  .use(middleware.auth())
