import { EventSourceParserStream } from 'eventsource-parser/stream'

/**
 * The `data:` payload of each event of an SSE body (its `data:` lines joined),
 * as events complete; events without data are skipped. Ends with the body.
 * Framing (LF, CRLF or CR line ends, chunks split anywhere) is
 * eventsource-parser's.
 */
export async function* sseData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const events = body
    .pipeThrough(new TextDecoderStream())
    .pipeThrough(new EventSourceParserStream())
  for await (const event of events) if (event.data) yield event.data
}
