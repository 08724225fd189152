/** Ids live in `integer` columns (PostgreSQL's `serial`): 1 … 2^31 − 1. A value outside never reaches a query. */
export const MAX_ID = 2_147_483_647

/**
 * A regular expression matching exactly the decimal integers 1 … `max`
 * (no sign, no leading zero, no exponent): shorter numbers, then for each
 * digit of `max` the numbers equal up to it and smaller at it.
 */
export function upToPattern(max: number) {
  const digits = String(max)
  const shorter = digits.length > 1 ? [`[1-9]\\d{0,${digits.length - 2}}`] : []
  const sameLength = [...digits].flatMap((digit, index) => {
    const low = index === 0 ? 1 : 0
    const high = Number(digit) - 1
    if (high < low) return []
    const rest = digits.length - index - 1
    return [`${digits.slice(0, index)}[${low}-${high}]${rest ? `\\d{${rest}}` : ''}`]
  })
  return new RegExp(`^(?:${[...shorter, ...sameLength, digits].join('|')})$`)
}

/**
 * The route matcher of every numeric id param (`:id`, `:productId`): a value
 * outside the id range matches no route, so it answers 404 before any query.
 */
export const idParam = { match: upToPattern(MAX_ID), cast: (value: string) => Number(value) }

/**
 * A numeric id param of the current route (`id` by default). The global
 * matcher above already refused anything outside 1 … MAX_ID and cast it to a
 * number, so this only names the type the matcher guarantees.
 */
export function routeId(ctx: { params: Record<string, unknown> }, name: 'id' | 'productId' = 'id') {
  return ctx.params[name] as number
}
