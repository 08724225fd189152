import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { lastCronRun, nextCronRun } from '#platform/scheduler/cron'
import { batchTasks } from '#services/operations/batch_tasks'

const at = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' })

test.group('operations / cron next and last run', () => {
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

  test('the due time of a task is the latest firing at or before now', ({ assert }) => {
    assert.equal(
      lastCronRun('*/15 * * * *', at('2026-11-22T10:15:00Z'))?.toISO(),
      '2026-11-22T10:15:00.000Z'
    )
    assert.equal(
      lastCronRun('*/15 * * * *', at('2026-11-22T10:14:59Z'))?.toISO(),
      '2026-11-22T10:00:00.000Z'
    )
    assert.equal(
      lastCronRun('0 7 1 * *', at('2026-11-22T10:00:00Z'))?.toISO(),
      '2026-11-01T07:00:00.000Z'
    )
  })

  test('rejects malformed expressions', ({ assert }) => {
    assert.isNull(nextCronRun('* * *'))
    assert.isNull(nextCronRun('61 * * * *'))
    assert.isNull(lastCronRun('* * * * * *'))
  })

  test('every scheduled task has a valid expression', ({ assert }) => {
    for (const [name, task] of Object.entries(batchTasks))
      assert.isNotNull(nextCronRun(task.cron), name)
  })
})
