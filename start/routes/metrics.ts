import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const MetricsController = () => import('#controllers/operations/metrics_controller')

router.get('/metrics', [MetricsController, 'index']).use(middleware.metricsAccess())
