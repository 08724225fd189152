import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const PlansController = () => import('#controllers/community/plans_controller')
const PlanInteractionsController = () =>
  import('#controllers/community/plan_interactions_controller')
const CommentsController = () => import('#controllers/community/comments_controller')
const CustomTasksController = () => import('#controllers/community/custom_tasks_controller')
const PlanRoomsController = () => import('#controllers/community/plan_rooms_controller')

router
  .group(() => {
    router.post('plans', [PlansController, 'store'])
    router.get('plans/:id', [PlansController, 'show'])
    router.patch('plans/:id', [PlansController, 'update'])
    router.delete('plans/:id', [PlansController, 'destroy'])
    router.get('me/plans', [PlansController, 'mine'])
    router.get('users/:id/plans', [PlansController, 'ofUser'])

    router.post('plans/:id/like', [PlanInteractionsController, 'like'])
    router.delete('plans/:id/like', [PlanInteractionsController, 'unlike'])
    router.post('plans/:id/download', [PlanInteractionsController, 'download'])
    router.put('plans/:id/rating', [PlanInteractionsController, 'rate'])
    router.delete('plans/:id/rating', [PlanInteractionsController, 'unrate'])

    router.get('plans/:id/comments', [CommentsController, 'index'])
    router.post('plans/:id/comments', [CommentsController, 'store'])
    router.patch('comments/:id', [CommentsController, 'update'])
    router.delete('comments/:id', [CommentsController, 'destroy'])

    router.get('plans/:id/custom-tasks', [CustomTasksController, 'index'])
    router.post('plans/:id/custom-tasks', [CustomTasksController, 'store'])
    router.post('custom-tasks/:id/vote', [CustomTasksController, 'vote'])
    router.delete('custom-tasks/:id/vote', [CustomTasksController, 'unvote'])

    router.post('plans/:id/presence', [PlanRoomsController, 'join'])
    router.delete('plans/:id/presence', [PlanRoomsController, 'leave'])
    router.get('plans/:id/presence', [PlanRoomsController, 'show'])
    router.get('plans/:id/presence/members', [PlanRoomsController, 'members'])
  })
  .prefix('/api/v1')
  .use(middleware.auth())
