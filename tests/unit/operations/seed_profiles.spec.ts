import { test } from '@japa/runner'
import { BULK_SIZES } from '#platform/seeding/profiles'
import { plannedRows, shape } from '#platform/seeding/bulk_seeder'

/**
 * The large profile is too big to seed in a test; the rows the seeder writes
 * follow from its sizes through `shape` (the small profile's real run, in
 * tests/functional/operations/seed.spec.ts, counts the same figures).
 */
test.group('operations / seed profile sizes', () => {
  test('the small profile shapes the rows its seeded run counts', ({ assert }) => {
    const small = shape(BULK_SIZES.small)
    assert.containsSubset(small, { users: 200, follows: 347, likes: 1553, categories: 12 })
    assert.equal(BULK_SIZES.small.plans + small.follows + small.likes, BULK_SIZES.small.activities)
  })

  test('the large profile writes at least 10,000 users, 100,000 activities and 5,000 products', ({
    assert,
  }) => {
    const size = BULK_SIZES.large
    const large = shape(size)
    assert.isAtLeast(large.users, 10_000)
    // One activity per plan created, per follow and per like.
    assert.equal(size.plans + large.follows + large.likes, size.activities)
    assert.isAtLeast(size.activities, 100_000)
    assert.isAtLeast(size.products, 5_000)
    assert.isAbove(plannedRows('large'), 100_000 + 10_000 + 5_000)
  })

  test('sizes that cannot be seeded are refused before anything is written', ({ assert }) => {
    assert.throws(() => shape({ ...BULK_SIZES.small, activities: 10 }), /inconsistent/)
    assert.throws(
      () => shape({ ...BULK_SIZES.small, followsPerShopper: BULK_SIZES.small.influencers + 1 }),
      /inconsistent/
    )
  })
})
