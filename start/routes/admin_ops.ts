import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const BatchController = () => import('#controllers/admin/batch_controller')
const CacheController = () => import('#controllers/admin/cache_controller')
const DashboardController = () => import('#controllers/admin/dashboard_controller')
const SeedController = () => import('#controllers/admin/seed_controller')
const AdminHealthController = () => import('#controllers/admin/health_controller')

router
  .group(() => {
    router.get('batch', [BatchController, 'index'])
    router.get('batch/runs', [BatchController, 'history'])
    router.get('batch/:name', [BatchController, 'show'])
    router.post('batch/:name/run', [BatchController, 'run'])
    router.post('batch/:name/pause', [BatchController, 'pause'])
    router.post('batch/:name/resume', [BatchController, 'resume'])

    router.get('dashboard/stats', [DashboardController, 'stats'])
    router.get('dashboard/charts/user-growth', [DashboardController, 'userGrowth'])
    router.get('dashboard/charts/campaign-distribution', [
      DashboardController,
      'campaignDistribution',
    ])
    router.get('dashboard/charts/ad-request-status', [DashboardController, 'adRequestStatus'])
    router.get('dashboard/charts/campaign-activity', [DashboardController, 'campaignActivity'])
    router.get('dashboard/charts/sales', [DashboardController, 'sales'])

    router.get('health', [AdminHealthController, 'show'])

    router.get('cache/stats', [CacheController, 'stats'])
    router.get('cache/health', [CacheController, 'health'])
    router.post('cache/warm', [CacheController, 'warm'])
    router.post('cache/clear', [CacheController, 'clear'])
    router.post('cache/invalidate-user', [CacheController, 'invalidateUser'])

    router.post('seed', [SeedController, 'store'])
  })
  .prefix('/api/v1/admin')
  .use([middleware.auth(), middleware.role({ roles: ['admin'] })])
