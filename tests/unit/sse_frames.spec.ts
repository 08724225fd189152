import { test } from '@japa/runner'
import { sseData } from '#cli/api/sse_frames'

/** A body that delivers `chunks` one read at a time, as a network would. */
const body = (chunks: (string | Uint8Array)[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks)
        controller.enqueue(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk)
      controller.close()
    },
  })

const collect = async (chunks: (string | Uint8Array)[]) => {
  const out: string[] = []
  for await (const data of sseData(body(chunks))) out.push(data)
  return out
}

test.group('cli / SSE frames', () => {
  test('reads LF-framed events, joins multi-line data and skips events without data', async ({
    assert,
  }) => {
    assert.deepEqual(
      await collect([': ping\n\ndata: {"a":1}\n\nevent: x\nid: 7\n\ndata: one\ndata: two\n\n']),
      ['{"a":1}', 'one\ntwo']
    )
  })

  test('reads CRLF- and CR-framed events', async ({ assert }) => {
    assert.deepEqual(
      await collect(['data: {"crlf":1}\r\n\r\n', 'id: 1\r\ndata: a\r\ndata: b\r\n\r\n']),
      ['{"crlf":1}', 'a\nb']
    )
    assert.deepEqual(await collect(['data: {"cr":1}\r\rdata: 2\r\r']), ['{"cr":1}', '2'])
  })

  test('an event split across chunks anywhere, even inside a CRLF or a character, arrives whole', async ({
    assert,
  }) => {
    const text = 'data: {"name":"Café ✓"}\r\n\r\ndata: {"n":2}\r\n\r\n'
    const bytes = new TextEncoder().encode(text)
    // Every split point, byte by byte (cuts inside the multi-byte characters and between \r and \n).
    for (let at = 1; at < bytes.length; at++) {
      assert.deepEqual(
        await collect([bytes.slice(0, at), bytes.slice(at)]),
        ['{"name":"Café ✓"}', '{"n":2}'],
        `split at byte ${at}`
      )
    }
    assert.deepEqual(await collect(Array.from(bytes, (byte) => Uint8Array.of(byte))), [
      '{"name":"Café ✓"}',
      '{"n":2}',
    ])
  })

  test('an unfinished event at the end of the body is dropped', async ({ assert }) => {
    assert.deepEqual(await collect(['data: done\n\n', 'data: cut off']), ['done'])
  })
})
