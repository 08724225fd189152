import { test } from '@japa/runner'
import { summarize, type Sample } from '#tests/bench/support/load'

const slice = (
  times: number[],
  durationS: number,
  statuses: Record<string, number>,
  errors = 0
): Sample => ({ times, durationS, statuses, errors, timeouts: 0 })

test.group('bench / figures over interleaved slices', () => {
  test('throughput is every measured response over the time of all slices; percentiles over every response', ({
    assert,
  }) => {
    const fast = slice(
      Array.from({ length: 90 }, (_, i) => 1 + i / 100),
      2,
      { 200: 90 }
    )
    const slow = slice([50, 60, 70, 80, 90, 100, 110, 120, 130, 140], 3, { 200: 9, 503: 1 }, 2)
    const figures = summarize([fast, slow])
    assert.equal(figures.requests, 100)
    assert.equal(figures.requestsPerSecond, 20)
    assert.closeTo(figures.p50, 1.49, 1e-9)
    assert.equal(figures.p95, 90)
    assert.equal(figures.p99, 130)
    assert.equal(figures.max, 140)
    assert.deepEqual(figures.statuses, { 200: 99, 503: 1 })
    assert.equal(figures.errors, 2)
  })

  test('no slice measured anything: no throughput and no percentiles', ({ assert }) => {
    const figures = summarize([slice([], 2, {})])
    assert.equal(figures.requests, 0)
    assert.equal(figures.requestsPerSecond, 0)
    assert.isNaN(figures.p99)
  })
})
