import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const CampaignsController = () => import('#controllers/marketplace/campaigns_controller')
const AdRequestsController = () => import('#controllers/marketplace/ad_requests_controller')
const ConversationsController = () => import('#controllers/marketplace/conversations_controller')
const CampaignExportsController = () =>
  import('#controllers/marketplace/campaign_exports_controller')
const AdminMarketplaceController = () => import('#controllers/admin/marketplace_controller')

router
  .group(() => {
    router.get('campaigns', [CampaignsController, 'index'])
    router.get('campaigns/mine', [CampaignsController, 'mine'])
    router.post('campaign-exports', [CampaignExportsController, 'store'])
    router.get('campaign-exports/:taskId', [CampaignExportsController, 'show'])
    router.get('campaign-exports/:taskId/download', [CampaignExportsController, 'download'])
    router.post('campaigns', [CampaignsController, 'store'])
    router.get('campaigns/:id', [CampaignsController, 'show'])
    router.patch('campaigns/:id', [CampaignsController, 'update'])
    router.delete('campaigns/:id', [CampaignsController, 'destroy'])
    router.post('campaigns/:id/ad-requests', [AdRequestsController, 'store'])

    router.get('ad-requests', [AdRequestsController, 'index'])
    router.get('ad-requests/:id', [AdRequestsController, 'show'])
    router.patch('ad-requests/:id', [AdRequestsController, 'update'])
    router.post('ad-requests/:id/withdraw', [AdRequestsController, 'withdraw'])
    router.get('ad-requests/:id/offers', [AdRequestsController, 'offers'])
    router.post('ad-requests/:id/offers', [AdRequestsController, 'counter'])
    router.post('ad-requests/:id/accept', [AdRequestsController, 'accept'])
    router.post('ad-requests/:id/reject', [AdRequestsController, 'reject'])
    router.post('ad-requests/:id/complete', [AdRequestsController, 'complete'])

    router.get('conversations', [ConversationsController, 'index'])
    router.post('conversations', [ConversationsController, 'store'])
    router.get('conversations/:id/messages', [ConversationsController, 'messages'])
    router.post('conversations/:id/messages', [ConversationsController, 'send'])
    router.post('conversations/:id/read', [ConversationsController, 'read'])
  })
  .prefix('/api/v1')
  .use(middleware.auth())

router
  .group(() => {
    router.get('campaigns', [AdminMarketplaceController, 'campaignsIndex'])
    router.post('campaigns/:id/flag', [AdminMarketplaceController, 'flag'])
    router.post('campaigns/:id/unflag', [AdminMarketplaceController, 'unflag'])
    router.get('ad-requests', [AdminMarketplaceController, 'adRequestsIndex'])
  })
  .prefix('/api/v1/admin')
  .use([middleware.auth(), middleware.role({ roles: ['admin'] })])
