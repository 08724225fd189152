import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const PlansController = () => import('#controllers/community/plans_controller')
const PlanInteractionsController = () => import('#controllers/community/plan_interactions_controller')
const CommentsController = () => import('#controllers/community/comments_controller')
const CustomTasksController = () => import('#controllers/community/custom_tasks_controller')

const id = router.matchers.number()

router
  .group(() => {
    router.post('plans', [PlansController, 'store'])
    router.get('plans/:id', [PlansController, 'show']).where('id', id)
    router.patch('plans/:id', [PlansController, 'update']).where('id', id)
    router.delete('plans/:id', [PlansController, 'destroy']).where('id', id)
    router.get('me/plans', [PlansController, 'mine'])
    router.get('users/:id/plans', [PlansController, 'ofUser']).where('id', id)

    router.post('plans/:id/like', [PlanInteractionsController, 'like']).where('id', id)
    router.delete('plans/:id/like', [PlanInteractionsController, 'unlike']).where('id', id)
    router.post('plans/:id/download', [PlanInteractionsController, 'download']).where('id', id)
    router.put('plans/:id/rating', [PlanInteractionsController, 'rate']).where('id', id)
    router.delete('plans/:id/rating', [PlanInteractionsController, 'unrate']).where('id', id)

    router.get('plans/:id/comments', [CommentsController, 'index']).where('id', id)
    router.post('plans/:id/comments', [CommentsController, 'store']).where('id', id)
    router.patch('comments/:id', [CommentsController, 'update']).where('id', id)
    router.delete('comments/:id', [CommentsController, 'destroy']).where('id', id)

    router.get('plans/:id/custom-tasks', [CustomTasksController, 'index']).where('id', id)
    router.post('plans/:id/custom-tasks', [CustomTasksController, 'store']).where('id', id)
    router.post('custom-tasks/:id/vote', [CustomTasksController, 'vote']).where('id', id)
    router.delete('custom-tasks/:id/vote', [CustomTasksController, 'unvote']).where('id', id)
  })
  .prefix('/api/v1')
  .use(middleware.auth())
