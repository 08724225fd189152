import { DateTime } from 'luxon'

/**
 * Next time a 5-field cron expression fires (UTC), for the scheduler status.
 * Supports `*`, numbers, `a-b` ranges, `,` lists and `/step`.
 */
export function nextCronRun(expression: string, after: DateTime = DateTime.utc()): DateTime | null {
  const fields = expression.trim().split(/\s+/)
  if (fields.length !== 5) return null
  const [minutes, hours, days, months, weekdays] = [
    parse(fields[0], 0, 59),
    parse(fields[1], 0, 23),
    parse(fields[2], 1, 31),
    parse(fields[3], 1, 12),
    parse(fields[4], 0, 6),
  ]
  let time = after.toUTC().startOf('minute').plus({ minutes: 1 })
  // At most a year and a bit of minutes; cron lines here fire at least monthly.
  for (let i = 0; i < 60 * 24 * 400; i++) {
    if (months.has(time.month) && days.has(time.day) && weekdays.has(time.weekday % 7) && hours.has(time.hour) && minutes.has(time.minute)) {
      return time
    }
    time = !months.has(time.month) || !days.has(time.day) || !weekdays.has(time.weekday % 7)
      ? time.plus({ days: 1 }).startOf('day')
      : !hours.has(time.hour)
        ? time.plus({ hours: 1 }).startOf('hour')
        : time.plus({ minutes: 1 })
  }
  return null
}

function parse(field: string, min: number, max: number) {
  const values = new Set<number>()
  for (const part of field.split(',')) {
    const [range, stepText] = part.split('/')
    const step = stepText ? Number(stepText) : 1
    const [from, to] = range === '*' ? [min, max] : range.includes('-') ? range.split('-').map(Number) : [Number(range), stepText ? max : Number(range)]
    for (let value = from; value <= to; value += step) values.add(value)
  }
  return values
}
