/*
| Additions for `npm run bench` only, present when BENCH_MODE=true (never in
| normal runs or tests):
| - GET /__bench/bare/:bytes, a bare route answering JSON of exactly that many
|   bytes, built once and kept in memory: the framework's own ceiling, measured
|   next to each real scenario;
| - GET /__bench/heap, a full garbage collection, then the heap still in use
|   (the soak's leak check: live objects only, which RSS does not isolate);
| - GET /__bench/memory, the memory under load as it is (no collection): what
|   the RSS is made of (V8 heap spaces committed and used, external memory);
| - GET /__bench/hash, the median time of five password hash checks (scrypt,
|   as login does), printed apart from login's figures;
| - the `bench_noop` job, which does nothing: the queue's own cost per job.
*/
import v8 from 'node:v8'
import vm from 'node:vm'
import router from '@adonisjs/core/services/router'
import env from '#start/env'

const MAX_BYTES = 1_000_000
/** `{"data":""}` around the padding. */
const ENVELOPE_BYTES = 11

if (env.get('BENCH_MODE', false)) {
  const bodies = new Map<number, { data: string }>()
  router
    .get('/__bench/bare/:bytes', ({ params }) => {
      const bytes = Math.min(MAX_BYTES, Math.max(ENVELOPE_BYTES, Number(params.bytes)))
      let body = bodies.get(bytes)
      if (!body) bodies.set(bytes, (body = { data: 'x'.repeat(bytes - ENVELOPE_BYTES) }))
      return body
    })
    .where('bytes', router.matchers.number())

  // `gc()` without starting the server with --expose-gc (npm start's flags stay as production runs them).
  v8.setFlagsFromString('--expose-gc')
  const collectGarbage = vm.runInNewContext('gc') as () => void
  const mb = (bytes: number) => Math.round((bytes / 1048576) * 100) / 100
  router.get('/__bench/heap', () => {
    collectGarbage()
    const { heapUsed, external, rss } = process.memoryUsage()
    return { heapUsedMb: mb(heapUsed), externalMb: mb(external), rssMb: mb(rss) }
  })
  // The memory as it is under load (no collection first): process.memoryUsage() and the V8 heap's spaces, committed and used.
  router.get('/__bench/memory', () => ({
    usageMb: Object.fromEntries(Object.entries(process.memoryUsage()).map(([k, v]) => [k, mb(v)])),
    spacesMb: Object.fromEntries(
      v8
        .getHeapSpaceStatistics()
        .filter((space) => space.physical_space_size > 0)
        .map((space) => [
          space.space_name,
          { committed: mb(space.physical_space_size), used: mb(space.space_used_size) },
        ])
    ),
  }))

  const { default: hash } = await import('@adonisjs/core/services/hash')
  const hashed = await hash.use('scrypt').make('bench-password-1')
  router.get('/__bench/hash', async () => {
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const start = performance.now()
      await hash.use('scrypt').verify(hashed, 'bench-password-1')
      times.push(performance.now() - start)
    }
    return { medianMs: times.sort((a, b) => a - b)[2] }
  })

  const { Job, jobRegistry } = await import('#platform/queue/queue_service')
  class BenchNoopJob extends Job<Record<string, never>, null> {
    static jobName = 'bench_noop'
    static attempts = 1

    async handle() {
      return null
    }
  }
  jobRegistry.register(BenchNoopJob)
}
