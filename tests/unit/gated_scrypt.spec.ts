import { test } from '@japa/runner'
import hash from '@adonisjs/core/services/hash'
import { GatedScrypt, SCRYPT_CONCURRENCY, Slots } from '#platform/security/gated_scrypt'

test.group('gated scrypt', () => {
  test('never runs more tasks at once than it has slots, and runs them all', async ({ assert }) => {
    const slots = new Slots(2)
    let running = 0
    let most = 0
    const task = async (n: number) => {
      running++
      most = Math.max(most, running)
      await new Promise((resolve) => setImmediate(resolve))
      running--
      return n
    }
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => slots.run(() => task(n))))
    assert.deepEqual(results, [1, 2, 3, 4, 5])
    assert.equal(most, 2)
  })

  test('a task that fails gives its slot back', async ({ assert }) => {
    const slots = new Slots(1)
    await assert.rejects(() => slots.run(() => Promise.reject(new Error('boom'))), 'boom')
    assert.equal(await slots.run(async () => 'next'), 'next')
  })

  test('the app hashes with the gated driver, and its hashes verify', async ({ assert }) => {
    assert.equal(SCRYPT_CONCURRENCY, 2)
    const hashed = await hash.use('scrypt').make('gated-password-1')
    assert.isTrue(await hash.use('scrypt').verify(hashed, 'gated-password-1'))
    assert.isFalse(await hash.use('scrypt').verify(hashed, 'gated-password-2'))
    assert.isTrue(new GatedScrypt({}).isValidHash(hashed))
  })
})
