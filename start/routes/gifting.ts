import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { emailThrottle } from '#start/limiter'

const SwipeSessionsController = () => import('#controllers/gifting/swipe_sessions_controller')
const RecommendationsController = () => import('#controllers/gifting/recommendations_controller')
const GiftingAnalyticsController = () => import('#controllers/gifting/gifting_analytics_controller')
const NewsletterController = () => import('#controllers/gifting/newsletter_controller')
const AdminNewsletterController = () => import('#controllers/gifting/admin_newsletter_controller')

const recommendations = middleware.feature({ feature: 'recommendations' })

router
  .group(() => {
    router.get('sessions', [SwipeSessionsController, 'index'])
    router.post('sessions', [SwipeSessionsController, 'store'])
    router.get('sessions/:id', [SwipeSessionsController, 'show'])
    router.get('sessions/:id/next', [SwipeSessionsController, 'next'])
    router.post('sessions/:id/swipes', [SwipeSessionsController, 'swipe'])
    router.get('sessions/:id/preferences', [SwipeSessionsController, 'showPreferences'])
    router
      .post('sessions/:id/recommendations', [RecommendationsController, 'store'])
      .use(recommendations)
    router
      .get('sessions/:id/recommendations', [RecommendationsController, 'index'])
      .use(recommendations)
    router
      .post('recommendations/:id/interactions', [RecommendationsController, 'interact'])
      .use(recommendations)
    router
      .get('recommendations', [GiftingAnalyticsController, 'allRecommendations'])
      .use(recommendations)
    router.get('analytics', [GiftingAnalyticsController, 'mine'])
  })
  .prefix('/api/v1/gifting')
  .use(middleware.auth())

router
  .group(() => {
    router.post('subscribe', [NewsletterController, 'subscribe']).use(emailThrottle)
    router.get('confirm', [NewsletterController, 'confirm'])
    router.get('unsubscribe', [NewsletterController, 'unsubscribe'])
  })
  .prefix('/api/v1/newsletter')

router
  .group(() => {
    router.get('newsletter/subscribers', [AdminNewsletterController, 'index'])
    router.get('newsletter/subscribers/export', [AdminNewsletterController, 'export'])
    router.get('gifting/analytics', [GiftingAnalyticsController, 'platform'])
  })
  .prefix('/api/v1/admin')
  .use([middleware.auth(), middleware.role({ roles: ['admin'] })])
