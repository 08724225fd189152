import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { authThrottle } from '#start/limiter'

const AuthController = () => import('#controllers/identity/auth_controller')
const InfluencersController = () => import('#controllers/identity/influencers_controller')
const FeaturesController = () => import('#controllers/identity/features_controller')

router
  .group(() => {
    router
      .group(() => {
        router.post('signup', [AuthController, 'signup']).use(middleware.feature({ feature: 'registration' }))
        router.post('login', [AuthController, 'login'])
        router.post('refresh', [AuthController, 'refresh'])
        router.post('password/forgot', [AuthController, 'forgotPassword'])
        router.post('password/reset', [AuthController, 'resetPassword'])
      })
      .use(authThrottle)
    router.post('verify-email', [AuthController, 'verifyEmail'])

    router
      .group(() => {
        router.post('logout', [AuthController, 'logout'])
        router.get('me', [AuthController, 'me'])
        router.patch('me', [AuthController, 'updateMe'])
        router.put('password', [AuthController, 'changePassword'])
        router.post('verify-email/resend', [AuthController, 'resendVerification'])
      })
      .use(middleware.auth())
  })
  .prefix('/api/v1/auth')

router.get('/api/v1/features', [FeaturesController, 'index'])

router
  .get('/api/v1/influencers', [InfluencersController, 'index'])
  .use(middleware.auth())
