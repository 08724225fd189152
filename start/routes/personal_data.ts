import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const PersonalDataController = () => import('#controllers/identity/personal_data_controller')

router
  .group(() => {
    router.post('me/exports', [PersonalDataController, 'requestExport'])
    router.get('me/exports/:taskId', [PersonalDataController, 'exportStatus'])
    router.get('me/exports/:exportId/download', [PersonalDataController, 'download'])
    router.delete('auth/me', [PersonalDataController, 'destroyAccount'])
  })
  .prefix('/api/v1')
  .use(middleware.auth())
