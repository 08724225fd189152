import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { nextCronRun } from '#services/operations/batch/cron'

const at = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' })

test.group('operations / cron next run', () => {
  const cases: [string, string, string][] = [
    ['*/30 * * * *', '2026-11-22T10:05:00Z', '2026-11-22T10:30:00.000Z'],
    ['*/5 * * * *', '2026-11-22T10:59:30Z', '2026-11-22T11:00:00.000Z'],
    ['0 9 * * *', '2026-11-22T09:00:00Z', '2026-11-23T09:00:00.000Z'],
    ['0 7 1 * *', '2026-11-22T10:00:00Z', '2026-12-01T07:00:00.000Z'],
    ['30 3 * * *', '2026-12-31T23:59:00Z', '2027-01-01T03:30:00.000Z'],
    ['0 * * * *', '2026-11-22T10:00:00Z', '2026-11-22T11:00:00.000Z'],
    ['0 8 * * 1', '2026-11-22T10:00:00Z', '2026-11-23T08:00:00.000Z'],
  ]
  for (const [expression, from, expected] of cases) {
    test(`${expression} after ${from}`, ({ assert }) => {
      assert.equal(nextCronRun(expression, at(from))?.toISO(), expected)
    })
  }

  test('rejects malformed expressions', ({ assert }) => {
    assert.isNull(nextCronRun('* * *'))
  })
})
