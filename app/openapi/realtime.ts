import { packageBody } from '#platform/openapi/operation'
import { endpoints, type ApiModule, type Endpoint } from '#platform/openapi/operation'
import { object, ref, string, type Schema } from '#platform/openapi/schema'
import { testBroadcastValidator } from '#validators/operations/realtime'
import {
  realtimeSchemas,
  channel,
  testBroadcastSchema,
} from '#transformers/notifications/realtime_schemas'

const transmit = endpoints({ tag: 'Realtime', prefix: '/__transmit', auth: 'user' })
const tools = endpoints({ tag: 'Realtime', prefix: '/api/v1/admin', auth: 'admin' })

const uid = string({
  format: 'uuid',
  description: 'Chosen by the client for its stream, e.g. `crypto.randomUUID()`',
})
const subscription = object({ uid, channel })

/** The builder makes query parameters optional; the stream cannot open without its uid. */
function requireQuery(endpoint: Endpoint, name: string) {
  for (const parameter of endpoint.operation.parameters as Schema[]) {
    if (parameter.name === name) parameter.required = true
  }
  return endpoint
}

export const realtime: ApiModule = {
  tags: [
    {
      name: 'Realtime',
      description:
        'Server-sent events (transmit). Open the stream, then subscribe it to channels on the same server; ' +
        'every event is a `RealtimeEvent`. Broadcasts reach the streams of every server process.',
    },
  ],
  schemas: realtimeSchemas,
  endpoints: [
    requireQuery(
      transmit.get('/events', {
        summary: 'Open the event stream',
        description:
          'A `text/event-stream` that stays open. Each frame is `data: <RealtimeEvent as JSON>`; a ping on ' +
          'channel `$$transmit/ping` comes every 25 s. A uid already streaming for another account is a 409.',
        query: { uid },
        raw: {
          mediaType: 'text/event-stream',
          schema: string({
            description: 'Frames `data: <JSON>`',
            contentMediaType: 'application/json',
            contentSchema: ref('RealtimeEvent'),
          }),
        },
        errors: [409],
      }),
      'uid'
    ),
    transmit.post('/subscribe', {
      summary: 'Subscribe your stream to a channel',
      description:
        'Send it to the server holding the stream (404 elsewhere). Channels you may not read are a 403.',
      body: packageBody(subscription),
      errors: [403, 404],
    }),
    transmit.post('/unsubscribe', {
      summary: 'Unsubscribe your stream from a channel',
      body: packageBody(subscription),
      errors: [403, 404],
    }),
    tools.post('/test/broadcast', {
      summary: 'Send the event `test` to one account, to check real-time delivery end to end',
      body: testBroadcastValidator,
      status: 202,
      response: testBroadcastSchema,
      errors: [404],
    }),
  ],
}
