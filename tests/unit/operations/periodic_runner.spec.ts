import { test } from '@japa/runner'
import { PeriodicRunner } from '#platform/runtime/periodic_runner'

/** Resolves when `count` passes have started. */
function counter() {
  let passes = 0
  const waiters: { count: number; resolve: () => void }[] = []
  return {
    get passes() {
      return passes
    },
    hit() {
      passes++
      for (const w of waiters.filter((x) => x.count <= passes)) w.resolve()
    },
    reached(count: number) {
      return new Promise<void>((resolve) =>
        passes >= count ? resolve() : waiters.push({ count, resolve })
      )
    },
  }
}

test.group('operations / periodic runner', () => {
  test('an immediate runner passes at once, then after each delay', async ({ assert }) => {
    const seen = counter()
    const runner = new PeriodicRunner({
      immediate: true,
      delay: () => 5,
      run: async () => seen.hit(),
    })
    runner.start()
    assert.equal(seen.passes, 1)
    await seen.reached(3)
    await runner.stop()
  })

  test('a delayed runner waits one delay before its first pass', async ({ assert }) => {
    const seen = counter()
    const runner = new PeriodicRunner({ delay: () => 5, run: async () => seen.hit() })
    runner.start()
    assert.equal(seen.passes, 0)
    await seen.reached(1)
    await runner.stop()
  })

  test('never two passes at once; a failing pass re-arms; stop awaits the pass under way', async ({
    assert,
  }) => {
    const seen = counter()
    let running = 0
    let overlapped = false
    let release: () => void = () => {}
    let finished = false
    const runner = new PeriodicRunner({
      immediate: true,
      delay: () => 1,
      run: async () => {
        running++
        overlapped ||= running > 1
        seen.hit()
        try {
          if (seen.passes === 1) throw new Error('first pass fails')
          if (seen.passes === 3) {
            await new Promise<void>((resolve) => (release = resolve))
            finished = true
          }
        } finally {
          running--
        }
      },
    })
    runner.start()
    await seen.reached(3)
    const stopped = runner.stop()
    release()
    await stopped
    assert.isTrue(finished)
    assert.isFalse(overlapped)
    assert.equal(seen.passes, 3)
  })
})
