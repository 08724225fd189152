/*
| Web processes (and the test runner) sweep the live plan rooms: members whose
| heartbeats stopped are announced as gone soon after the TTL.
*/
import app from '@adonisjs/core/services/app'
import PlanRoomService, { PlanRoomSweeper } from '#services/community/plan_room_service'

const sweeper = new PlanRoomSweeper(await app.container.make(PlanRoomService))
app.ready(() => sweeper.start())
app.terminating(() => sweeper.stop())
