import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { exportThrottle } from '#start/limiter'

const PersonalDataController = () => import('#controllers/identity/personal_data_controller')

router
  .group(() => {
    router.post('me/exports', [PersonalDataController, 'requestExport']).use(exportThrottle)
    router.get('me/exports/:taskId', [PersonalDataController, 'exportStatus'])
    router.get('me/exports/:exportId/download', [PersonalDataController, 'download'])
    router.delete('auth/me', [PersonalDataController, 'destroyAccount'])
  })
  .prefix('/api/v1')
  .use(middleware.auth())
