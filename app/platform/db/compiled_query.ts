import db from '@adonisjs/lucid/services/db'

/** The values a compiled query is run with: bindings only (what the SQL text depends on goes in the shape). */
export type QueryValues = Record<string, string | number | undefined>

/** A built query (Lucid or knex builder) that compiles to SQL and bindings. */
interface Compilable {
  toSQL(): { sql: string; bindings: readonly unknown[] }
}

/** A shape's SQL and bindings, each binding a constant or the value of the named slot. */
interface Plan {
  sql: string
  constants: readonly unknown[]
  slots: (string | undefined)[]
}

/** Two distinct stand-ins per value, unlike any real one (a constant equals at most one of them). */
function standIns<Values extends QueryValues>(values: Values, set: 0 | 1): Values {
  const result: QueryValues = {}
  let index = 0
  for (const [name, value] of Object.entries(values)) {
    index++
    if (value === undefined) result[name] = undefined
    else if (typeof value === 'number') result[name] = 1_900_000_000 + set * 50_000_000 + index
    else result[name] = `\u0001slot:${set}:${name}`
  }
  return result as Values
}

/**
 * A query whose SQL is built and compiled once per shape, then run with each
 * call's values as bindings: building a query with Lucid and knex and compiling
 * it costs more server CPU than PostgreSQL's answer to a short read.
 *
 * `build(shape, values)` makes the query. Its SQL may depend on the shape and on
 * which values are given (not undefined), never on what they are: it is compiled
 * with stand-in values in their place. It is compiled twice with different
 * stand-ins; a binding that then differs must be a stand-in, else (a value used
 * transformed, e.g. in a LIKE pattern, or a binding that changes by itself, like
 * the time) that shape is built anew on every call. A zero offset is bound as
 * `offset 0` where knex would leave it out: the same rows. Rows come back as
 * the driver gives them, like `.pojo()` or `db.from()` reads.
 */
export function compiledQuery<Shape extends string, Values extends QueryValues>(
  build: (shape: Shape, values: Values) => Compilable
) {
  const plans = new Map<string, Plan | null>()

  function compile(shape: Shape, values: Values): Plan | null {
    const sets = [standIns(values, 0), standIns(values, 1)]
    const [first, second] = sets.map((set) => build(shape, set).toSQL())
    if (first.sql !== second.sql || first.bindings.length !== second.bindings.length) return null
    const names = new Map(Object.entries(sets[0]).map(([name, standIn]) => [standIn, name]))
    const slots: (string | undefined)[] = []
    for (const [index, binding] of first.bindings.entries()) {
      const other = second.bindings[index]
      if (binding === other) {
        slots.push(undefined)
        continue
      }
      const name = names.get(binding as string | number)
      if (name === undefined || sets[1][name] !== other) return null
      slots.push(name)
    }
    return { sql: first.sql, constants: [...first.bindings], slots }
  }

  /** The SQL and bindings of this shape with these values. */
  function sqlOf(shape: Shape, values: Values) {
    let key: string = shape
    for (const name in values) if (values[name] !== undefined) key += `|${name}`
    let plan = plans.get(key)
    if (plan === undefined) {
      plan = compile(shape, values)
      plans.set(key, plan)
    }
    if (!plan) {
      const { sql, bindings } = build(shape, values).toSQL()
      return { sql, bindings: [...bindings] }
    }
    const { sql, constants, slots } = plan
    return {
      sql,
      bindings: slots.map((name, i) => (name === undefined ? constants[i] : values[name])),
    }
  }

  return {
    sqlOf,
    /** Runs the shape's SQL with these values. */
    async rows<Row>(shape: Shape, values: Values): Promise<Row[]> {
      const { sql, bindings } = sqlOf(shape, values)
      const result = await db.rawQuery(sql, bindings as never[])
      return Array.isArray(result) ? result : result.rows
    },
  }
}
