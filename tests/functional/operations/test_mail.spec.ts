import { randomBytes } from 'node:crypto'
import { test } from '@japa/runner'
import AuditLog from '#models/audit_log'
import MailDelivery from '#models/mail_delivery'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { smtpSink } from '#tests/support/smtp_sink'
import { waitFor } from '#tests/support/wait'

const address = () => `check.${randomBytes(4).toString('hex')}@example.test`

test.group('operations / test e-mail', (group) => {
  isolate(group)

  test('queues the test e-mail; a worker delivers the rendered template once', async ({
    client,
    assert,
  }) => {
    const { user, token } = await actor('admin')
    const to = address()

    const res = await client
      .post('/api/v1/admin/test/mail')
      .json({ email: to.toUpperCase() })
      .bearerToken(token)
    res.assertStatus(202)
    const { taskId } = res.body().data
    assert.match(taskId, /^mail:[\w-]+$/)

    const mail = await smtpSink.waitFor(
      (m) => m.to.includes(to) && m.subject === 'Marquee test e-mail'
    )
    assert.include(mail.raw, 'This is a test e-mail from Marquee')
    assert.include(mail.raw, '<html>')
    assert.include(mail.raw, `so e-mail delivery to ${to} works`)
    assert.match(mail.raw, new RegExp(`^Message-ID: <${taskId.replace(':', '\\.')}@`, 'im'))

    const task = await waitFor(
      async () =>
        (await client.get(`/api/v1/admin/tasks/${taskId}`).bearerToken(token)).body().data,
      { until: (t) => t.state === 'completed' }
    )
    assert.containsSubset(task, {
      queue: 'mail',
      name: 'send_mail',
      attempts: 1,
      result: { to, subject: 'Marquee test e-mail', alreadySent: false },
    })

    const deliveries = await MailDelivery.query().where('delivery_key', taskId)
    assert.lengthOf(deliveries, 1)
    assert.containsSubset(deliveries[0].serialize(), {
      mail: 'test',
      recipient: to,
      status: 'sent',
    })
    assert.equal(deliveries[0].messageId, task.result.messageId)
    assert.lengthOf(smtpSink.to(to), 1)
    assert.lengthOf(
      await AuditLog.query().where({ action: 'mail.test', actor_id: user.id, target_id: taskId }),
      1
    )
  })

  test('the address is validated', async ({ client, assert }) => {
    const { token } = await actor('admin')
    for (const body of [{}, { email: 'not-an-address' }]) {
      const res = await client.post('/api/v1/admin/test/mail').json(body).bearerToken(token)
      res.assertStatus(422)
      assert.deepEqual(
        res.body().errors.map((e: { field: string }) => e.field),
        ['email']
      )
    }
  })
})
