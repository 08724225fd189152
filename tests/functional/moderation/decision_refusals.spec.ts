import { test } from '@japa/runner'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { current, productOf, report, resolve } from '#tests/support/moderation'

test.group(
  'moderation / a decision that cannot be carried out is refused, not recorded',
  (group) => {
    isolate(group)

    test('warn or block on content without an author is a 422 on action; the report stays open', async ({
      client,
      assert,
    }) => {
      const admin = await actor('admin')
      const reporter = await actor('shopper')
      const product = await productOf(null)
      const filed = await report(client, reporter, 'product', product.id)

      for (const action of ['warn', 'block']) {
        const res = await resolve(client, admin, filed.id, action, filed.version)
        res.assertStatus(422)
        assert.deepEqual(res.body().errors, [
          {
            code: 'E_VALIDATION_ERROR',
            message: `This product has no author to ${action}: hide it instead`,
            field: 'action',
          },
        ])
      }
      assert.equal((await current(client, admin, filed.id)).status, 'open')
      ;(await resolve(client, admin, filed.id, 'hide', filed.version)).assertStatus(200)
    })
  }
)
