import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { emailThrottle, memberThrottle, refreshThrottle, resetThrottle } from '#start/limiter'

const AuthController = () => import('#controllers/identity/auth_controller')
const InfluencersController = () => import('#controllers/identity/influencers_controller')
const FeaturesController = () => import('#controllers/identity/features_controller')

router
  .group(() => {
    router
      .post('signup', [AuthController, 'signup'])
      .use(emailThrottle)
      .use(middleware.feature({ feature: 'registration' }))
    router.post('login', [AuthController, 'login']).use(emailThrottle)
    router.post('refresh', [AuthController, 'refresh']).use(refreshThrottle)
    router.post('password/forgot', [AuthController, 'forgotPassword']).use(emailThrottle)
    router.post('password/reset', [AuthController, 'resetPassword']).use(resetThrottle)
    router.post('verify-email', [AuthController, 'verifyEmail'])

    router
      .group(() => {
        router.post('logout', [AuthController, 'logout'])
        router.get('me', [AuthController, 'me'])
        router.patch('me', [AuthController, 'updateMe'])
        router.put('password', [AuthController, 'changePassword'])
        router
          .post('verify-email/resend', [AuthController, 'resendVerification'])
          .use(memberThrottle)
      })
      .use(middleware.auth())
  })
  .prefix('/api/v1/auth')

router.get('/api/v1/features', [FeaturesController, 'index'])

router.get('/api/v1/influencers', [InfluencersController, 'index']).use(middleware.auth())
