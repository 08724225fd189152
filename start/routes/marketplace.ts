import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const CampaignsController = () => import('#controllers/marketplace/campaigns_controller')
const AdRequestsController = () => import('#controllers/marketplace/ad_requests_controller')
const ConversationsController = () => import('#controllers/marketplace/conversations_controller')
const CampaignExportsController = () => import('#controllers/marketplace/campaign_exports_controller')
const AdminMarketplaceController = () => import('#controllers/admin/marketplace_controller')

const id = router.matchers.number()

router
  .group(() => {
    router.get('campaigns', [CampaignsController, 'index'])
    router.get('campaigns/mine', [CampaignsController, 'mine'])
    router.post('campaign-exports', [CampaignExportsController, 'store'])
    router.get('campaign-exports/:taskId', [CampaignExportsController, 'show'])
    router.get('campaign-exports/:taskId/download', [CampaignExportsController, 'download'])
    router.post('campaigns', [CampaignsController, 'store'])
    router.get('campaigns/:id', [CampaignsController, 'show']).where('id', id)
    router.patch('campaigns/:id', [CampaignsController, 'update']).where('id', id)
    router.delete('campaigns/:id', [CampaignsController, 'destroy']).where('id', id)
    router.post('campaigns/:id/ad-requests', [AdRequestsController, 'store']).where('id', id)

    router.get('ad-requests', [AdRequestsController, 'index'])
    router.get('ad-requests/:id', [AdRequestsController, 'show']).where('id', id)
    router.get('ad-requests/:id/offers', [AdRequestsController, 'offers']).where('id', id)
    router.post('ad-requests/:id/offers', [AdRequestsController, 'counter']).where('id', id)
    router.post('ad-requests/:id/accept', [AdRequestsController, 'accept']).where('id', id)
    router.post('ad-requests/:id/reject', [AdRequestsController, 'reject']).where('id', id)
    router.post('ad-requests/:id/complete', [AdRequestsController, 'complete']).where('id', id)

    router.get('conversations', [ConversationsController, 'index'])
    router.post('conversations', [ConversationsController, 'store'])
    router.get('conversations/:id/messages', [ConversationsController, 'messages']).where('id', id)
    router.post('conversations/:id/messages', [ConversationsController, 'send']).where('id', id)
    router.post('conversations/:id/read', [ConversationsController, 'read']).where('id', id)
  })
  .prefix('/api/v1')
  .use(middleware.auth())

router
  .group(() => {
    router.get('campaigns', [AdminMarketplaceController, 'campaignsIndex'])
    router.post('campaigns/:id/flag', [AdminMarketplaceController, 'flag']).where('id', id)
    router.post('campaigns/:id/unflag', [AdminMarketplaceController, 'unflag']).where('id', id)
    router.get('ad-requests', [AdminMarketplaceController, 'adRequestsIndex'])
  })
  .prefix('/api/v1/admin')
  .use([middleware.auth(), middleware.role({ roles: ['admin'] })])
