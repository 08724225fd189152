/*
| Who may subscribe to which real-time channel. Every channel is `<type>/<id>`
| and refused unless its type is authorized here; a module adds the rule for
| its resource channels (`authorizeChannel('conversations', …)`).
*/
import transmit from '@adonisjs/transmit/services/main'
import { authorizeChannel, forgetStream, trackStream } from '#platform/realtime/realtime_service'
import { TASK_CHANNEL } from '#platform/queue/queue_service'
import {
  ROOM_CHANNEL,
  VISITORS_CHANNEL,
  roomChannelAuthorizer,
  roomStreamClosed,
  roomSubscribed,
  roomUnsubscribed,
} from '#services/community/plan_room_channels'

transmit.on('connect', ({ uid, context }) => trackStream(uid, context))
transmit.on('disconnect', ({ uid, context }) => {
  forgetStream(uid, context)
  return roomStreamClosed(uid)
})
transmit.on('subscribe', ({ uid, channel, context }) => roomSubscribed(uid, channel, context))
transmit.on('unsubscribe', ({ uid, channel }) => roomUnsubscribed(uid, channel))

// An account's private events are for that account only: admins do not read them either.
authorizeChannel('users', (user, id) => String(user.id) === id)

// Progress of background tasks (`tasks/<queue>:<job id>`), for the operators watching them.
authorizeChannel(TASK_CHANNEL, (user) => user.isAdmin)

// A plan's live room (`plan-rooms/<plan id>`, the view count) for whoever may open the plan;
// its visitors (`plan-visitors/<plan id>`, who joins and leaves) for the owner and admins.
// A member subscribed to a room leaves it when that subscription or its stream ends.
authorizeChannel(ROOM_CHANNEL, roomChannelAuthorizer('join'))
authorizeChannel(VISITORS_CHANNEL, roomChannelAuthorizer('watchVisitors'))
