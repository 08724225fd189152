import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { compiledQuery } from '#platform/db/compiled_query'

type Values = { name?: string; min?: number; limit: number; offset: number }

/** A query over `campaigns` whose SQL depends on the sort and on which filters are given. */
function campaigns(sort: 'name' | 'budget', values: Values) {
  const query = db.from('campaigns').select('id').where('status', 'active')
  if (values.name !== undefined) query.where('name', values.name)
  if (values.min !== undefined) query.where('budget', '>=', values.min).orWhere('id', values.min)
  return query.orderBy(sort, 'asc').limit(values.limit).offset(values.offset)
}

const direct = (sort: 'name' | 'budget', values: Values) => {
  const { sql, bindings } = campaigns(sort, values).toSQL()
  return { sql, bindings: [...bindings] }
}

test.group('db / compiled queries', () => {
  test('builds each shape once and answers what the built query would', ({ assert }) => {
    let builds = 0
    const query = compiledQuery((sort: 'name' | 'budget', values: Values) => {
      builds++
      return campaigns(sort, values)
    })
    const calls: ['name' | 'budget', Values][] = [
      ['name', { name: 'a', min: 5, limit: 20, offset: 40 }],
      ['name', { name: 'b', min: 7, limit: 10, offset: 30 }],
      ['name', { name: undefined, min: 7, limit: 10, offset: 30 }],
      ['budget', { name: 'c', min: 0, limit: 1, offset: 1 }],
      ['name', { name: 'd', min: 1_900_000_001, limit: 20, offset: 20 }],
    ]
    for (const [sort, values] of calls)
      assert.deepEqual(query.sqlOf(sort, values), direct(sort, values))
    // Three shapes (name with both filters, name with `min` only, budget), compiled twice each.
    assert.equal(builds, 6)
    // The first page binds `offset 0` (knex leaves a zero offset out when it builds the query).
    const first = query.sqlOf('name', { name: 'e', min: 1, limit: 20, offset: 0 })
    assert.match(first.sql, / limit \? offset \?$/)
    assert.deepEqual(first.bindings, ['active', 'e', 1, 1, 20, 0])
    assert.equal(builds, 6)
  })

  test('a value used transformed is bound as built, on every call', ({ assert }) => {
    let builds = 0
    const query = compiledQuery((_shape: 'like', values: { name: string }) => {
      builds++
      return db.from('campaigns').whereRaw('lower(name) like ?', [`%${values.name}%`])
    })
    for (const name of ['x', 'y']) {
      const { sql, bindings } = query.sqlOf('like', { name })
      assert.include(sql, 'like')
      assert.deepEqual(bindings, [`%${name}%`])
    }
    // Two compiles that found the binding is not a value, then one build per call.
    assert.equal(builds, 4)
  })
})
