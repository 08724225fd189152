import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const FollowsController = () => import('#controllers/community/follows_controller')
const ProfilesController = () => import('#controllers/community/profiles_controller')
const LeaderboardController = () => import('#controllers/community/leaderboard_controller')
const DiscoveryController = () => import('#controllers/community/discovery_controller')
const FeedsController = () => import('#controllers/community/feeds_controller')
const BlocksController = () => import('#controllers/community/blocks_controller')

router
  .group(() => {
    router.post('users/:id/follow', [FollowsController, 'store'])
    router.delete('users/:id/follow', [FollowsController, 'destroy'])
    router.get('users/:id/follow-status', [FollowsController, 'status'])
    router.get('users/:id/followers', [FollowsController, 'followers'])
    router.get('users/:id/following', [FollowsController, 'following'])
    router.get('me/follow-suggestions', [FollowsController, 'suggestions'])

    router.post('users/:id/block', [BlocksController, 'store'])
    router.delete('users/:id/block', [BlocksController, 'destroy'])
    router.get('me/blocks', [BlocksController, 'index'])

    router.get('users/search', [ProfilesController, 'search'])
    router.get('users/:id/profile', [ProfilesController, 'show'])
    router.get('me/stats', [ProfilesController, 'myStats'])
    router.get('leaderboard', [LeaderboardController, 'index'])

    router.get('plans/search', [DiscoveryController, 'searchPlans'])
    router.get('plans/trending', [DiscoveryController, 'trendingPlans'])
    router.get('categories', [DiscoveryController, 'categories'])
    router
      .get('me/recommendations', [DiscoveryController, 'recommended'])
      .use(middleware.feature({ feature: 'recommendations' }))

    router.get('feed', [FeedsController, 'personal'])
    router.post('feed/refresh', [FeedsController, 'refresh'])
    router.get('feed/global', [FeedsController, 'global'])
    router.get('feed/trending', [FeedsController, 'trending'])
    router.get('feed/discovery', [FeedsController, 'discovery'])
  })
  .prefix('/api/v1')
  .use(middleware.auth())
