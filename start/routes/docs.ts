import router from '@adonisjs/core/services/router'
import { CONSOLE_ASSETS } from '#platform/openapi/api_console'

const DocsController = () => import('#controllers/operations/docs_controller')

router.get('/api/docs', [DocsController, 'index'])
router.get('/api/docs/reference', [DocsController, 'reference'])
router.get('/api/docs/openapi.json', [DocsController, 'spec'])
for (const name of Object.keys(CONSOLE_ASSETS))
  router.get(`/api/docs/assets/${name}`, [DocsController, 'asset']).as(`docs.assets.${name}`)
