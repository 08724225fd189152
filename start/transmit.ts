/*
| Who may subscribe to which real-time channel. Every channel is `<type>/<id>`
| and refused unless its type is authorized here; a module adds the rule for
| its resource channels (`authorizeChannel('conversations', …)`).
*/
import transmit from '@adonisjs/transmit/services/main'
import { authorizeChannel, forgetStream, trackStream } from '#platform/realtime/realtime_channels'
import { TASK_CHANNEL } from '#platform/queue/task_events'

transmit.on('connect', ({ uid, context }) => trackStream(uid, context))
transmit.on('disconnect', ({ uid, context }) => forgetStream(uid, context))

// An account's private events are for that account only: admins do not read them either.
authorizeChannel('users', (user, id) => String(user.id) === id)

// Progress of background tasks (`tasks/<queue>:<job id>`), for the operators watching them.
authorizeChannel(TASK_CHANNEL, (user) => user.isAdmin)
