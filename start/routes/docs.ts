import router from '@adonisjs/core/services/router'

const DocsController = () => import('#controllers/operations/docs_controller')

router.get('/api/docs', [DocsController, 'index'])
router.get('/api/docs/openapi.json', [DocsController, 'spec'])
