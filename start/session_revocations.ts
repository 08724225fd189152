/*
| Every app process listens for the session revocations of the others, so a
| token revoked through one process stops working in all of them at once
| (each remembers a verified token for at most 5 s; see verified_tokens.ts).
*/
import app from '@adonisjs/core/services/app'
import { listenForRevocations, stopListening } from '#services/identity/session_revocations'
import { onRedisAvailable, redisUp } from '#platform/runtime/redis_state'

// With Redis the process serves once subscribed (or after a short wait); without it, it subscribes when it switches.
if (redisUp()) await listenForRevocations()
else onRedisAvailable(() => listenForRevocations())
app.terminating(() => stopListening())
