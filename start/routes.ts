import router from '@adonisjs/core/services/router'
import { idParam } from '#platform/http/ids'

router.where('id', idParam)
router.where('productId', idParam)

const HealthController = () => import('#controllers/operations/health_controller')

router.get('/health', [HealthController, 'index'])
router.get('/health/live', [HealthController, 'index']).as('health.live')
router.get('/health/ready', [HealthController, 'ready'])
router.get('/health/db', [HealthController, 'db'])
router.get('/health/redis', [HealthController, 'redis'])

await import('#start/routes/identity')
await import('#start/routes/admin')
await import('#start/routes/marketplace')
await import('#start/routes/moderation')
await import('#start/routes/community_plans')
await import('#start/routes/community_social')
await import('#start/routes/tasks')
await import('#start/routes/realtime')
await import('#start/routes/admin_tools')
await import('#start/routes/admin_ops')
await import('#start/routes/gifting')
await import('#start/routes/commerce')
await import('#start/routes/notifications')
await import('#start/routes/analytics')
await import('#start/routes/personal_data')
await import('#start/routes/docs')
await import('#start/routes/metrics')
