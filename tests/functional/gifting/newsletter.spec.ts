import { test } from '@japa/runner'
import NewsletterSubscriber from '#models/newsletter_subscriber'
import { isolate } from '#tests/support/hooks'
import { mailSettled } from '#tests/support/mail_settled'
import { actor } from '#tests/support/auth'
import { smtpSink, type CapturedMail } from '#tests/support/smtp_sink'
import { API, marker } from '#tests/support/gifting'

const address = () => `${marker()}@example.com`

/**
 * The path and query of the first link to `route` in the e-mail body (HTML entities undone). Headers are
 * skipped: the sink decodes quoted-printable over the whole message, which garbles `=xx` in a header URL.
 */
function linkIn(mail: CapturedMail, route: 'confirm' | 'unsubscribe') {
  const body = mail.raw.slice(mail.raw.search(/\r?\n\r?\n/))
  const found = new RegExp(`https?://[^\\s"<>]+/api/v1/newsletter/${route}\\?[^\\s"<>]+`).exec(body)
  if (!found) throw new Error(`no ${route} link in the e-mail`)
  const url = new URL(found[0].replace(/&amp;/g, '&'))
  return `${url.pathname}${url.search}`
}

const confirmationTo = (email: string) =>
  smtpSink.waitFor((m) => m.to.includes(email) && /newsletter/i.test(m.subject))

test.group('newsletter / double opt-in', (group) => {
  isolate(group)

  test('subscribing sends a signed confirmation link; following it confirms the address', async ({
    client,
    assert,
  }) => {
    const email = address()
    const res = await client
      .post(`${API}/newsletter/subscribe`)
      .json({ email: email.toUpperCase() })
    res.assertStatus(202)
    assert.deepEqual(res.body().data, { email })
    const pending = await NewsletterSubscriber.findByOrFail('email', email)
    assert.equal(pending.status, 'pending')

    const mail = await confirmationTo(email)
    assert.equal(mail.subject, 'Confirm your Marquee newsletter subscription')
    assert.match(mail.raw, /List-Unsubscribe:\s+<[^>]*\/api\/v1\/newsletter\/unsubscribe\?/)
    const confirmed = await client.get(linkIn(mail, 'confirm'))
    confirmed.assertStatus(200)
    assert.deepEqual(confirmed.body().data, { email, status: 'confirmed' })
    await pending.refresh()
    assert.equal(pending.status, 'confirmed')
    assert.isNotNull(pending.confirmedAt)

    const twice = await client.get(linkIn(mail, 'confirm'))
    twice.assertStatus(200)
    assert.equal(twice.body().data.status, 'confirmed')
  })

  test('a tampered, unsigned or misused link is refused with 403 and changes nothing', async ({
    client,
    assert,
  }) => {
    const email = address()
    await client.post(`${API}/newsletter/subscribe`).json({ email })
    const mail = await confirmationTo(email)
    const link = linkIn(mail, 'confirm')
    const subscriber = await NewsletterSubscriber.findByOrFail('email', email)

    const url = new URL(link, 'http://x')
    const forged = (change: (params: URLSearchParams) => void) => {
      const params = new URLSearchParams(url.search)
      change(params)
      return `${url.pathname}?${params.toString()}`
    }
    const attempts = [
      forged((p) => p.set('signature', `${p.get('signature')!.slice(0, -2)}xx`)),
      forged((p) => p.set('id', String(subscriber.id + 1))),
      forged((p) => p.set('nonce', 'guessed')),
      forged((p) => p.delete('signature')),
      // The unsubscribe signature does not open the confirm route.
      `/api/v1/newsletter/confirm${new URL(linkIn(mail, 'unsubscribe'), 'http://x').search}`,
    ]
    for (const attempt of attempts) {
      const res = await client.get(attempt)
      res.assertStatus(403)
      assert.equal(res.body().errors[0].code, 'E_INVALID_SIGNATURE')
    }
    await subscriber.refresh()
    assert.equal(subscriber.status, 'pending')
  })

  test('the unsubscribe link works from any state, and a new opt-in voids the old confirmation link', async ({
    client,
    assert,
  }) => {
    const email = address()
    await client.post(`${API}/newsletter/subscribe`).json({ email })
    const first = await confirmationTo(email)
    ;(await client.get(linkIn(first, 'confirm'))).assertStatus(200)

    const gone = await client.get(linkIn(first, 'unsubscribe'))
    gone.assertStatus(200)
    assert.deepEqual(gone.body().data, { email, status: 'unsubscribed' })
    ;(await client.get(linkIn(first, 'unsubscribe'))).assertStatus(200)
    const row = await NewsletterSubscriber.findByOrFail('email', email)
    assert.equal(row.status, 'unsubscribed')
    assert.isNotNull(row.unsubscribedAt)

    // An old confirmation link cannot subscribe the address again.
    const replay = await client.get(linkIn(first, 'confirm'))
    replay.assertStatus(409)
    assert.equal(replay.body().errors[0].code, 'E_LINK_SUPERSEDED')

    // Subscribing again starts a new double opt-in with a new link.
    ;(await client.post(`${API}/newsletter/subscribe`).json({ email })).assertStatus(202)
    const second = await smtpSink.waitFor(
      (m) => m.to.includes(email) && m !== first && /newsletter/i.test(m.subject)
    )
    assert.notEqual(linkIn(second, 'confirm'), linkIn(first, 'confirm'))
    ;(await client.get(linkIn(first, 'confirm'))).assertStatus(409)
    ;(await client.get(linkIn(second, 'confirm'))).assertStatus(200)
    assert.equal((await NewsletterSubscriber.query().where('email', email)).length, 1)
  })

  test('subscribing a confirmed address again changes nothing and sends nothing', async ({
    client,
    assert,
  }) => {
    const email = address()
    await client.post(`${API}/newsletter/subscribe`).json({ email })
    ;(await client.get(linkIn(await confirmationTo(email), 'confirm'))).assertStatus(200)

    const again = await client.post(`${API}/newsletter/subscribe`).json({ email })
    again.assertStatus(202)
    assert.deepEqual(again.body().data, { email })
    const rows = await NewsletterSubscriber.query().where('email', email)
    assert.lengthOf(rows, 1)
    assert.equal(rows[0].status, 'confirmed')
    await mailSettled()
    assert.lengthOf(smtpSink.to(email), 1)
  })

  test('a pending address asking again right away is not mailed twice', async ({
    client,
    assert,
  }) => {
    const email = address()
    await client.post(`${API}/newsletter/subscribe`).json({ email })
    await confirmationTo(email)
    ;(await client.post(`${API}/newsletter/subscribe`).json({ email })).assertStatus(202)
    await mailSettled()
    assert.lengthOf(smtpSink.to(email), 1)
    assert.lengthOf(await NewsletterSubscriber.query().where('email', email), 1)
  })

  test('an invalid address is refused with 422; subscribing is rate limited', async ({
    client,
    assert,
  }) => {
    const bad = await client.post(`${API}/newsletter/subscribe`).json({ email: 'not-an-address' })
    bad.assertStatus(422)
    assert.equal(bad.body().errors[0].field, 'email')

    const email = address()
    let last
    for (let i = 0; i < 11; i++)
      last = await client.post(`${API}/newsletter/subscribe`).json({ email })
    last!.assertStatus(429)
    assert.equal(last!.body().errors[0].code, 'E_TOO_MANY_REQUESTS')
    assert.isAbove(Number(last!.header('retry-after')), 0)
  })
})

test.group('newsletter / admin', (group) => {
  isolate(group)

  async function seed() {
    const tag = marker()
    const make = (status: 'pending' | 'confirmed' | 'unsubscribed', n: number) =>
      NewsletterSubscriber.create({
        email: `${tag}-${status}-${n}@example.com`,
        status,
        confirmNonce: null,
      })
    const rows = [
      await make('pending', 1),
      await make('confirmed', 1),
      await make('confirmed', 2),
      await make('unsubscribed', 1),
    ]
    return { tag, rows }
  }

  test('admins list subscribers, filtered by status and address, paginated', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const { tag, rows } = await seed()
    const res = await client
      .get(`${API}/admin/newsletter/subscribers`)
      .qs({ q: tag })
      .bearerToken(token)
    res.assertStatus(200)
    assert.deepEqual(
      res.body().data.map((s: { id: number }) => s.id),
      rows.map((r) => r.id).reverse()
    )
    assert.containsSubset(res.body().data[0], { email: rows[3].email, status: 'unsubscribed' })
    assert.notProperty(res.body().data[0], 'confirmNonce')

    const confirmed = await client
      .get(`${API}/admin/newsletter/subscribers`)
      .qs({ q: tag, status: 'confirmed', perPage: 1 })
      .bearerToken(token)
    assert.deepEqual(confirmed.body().meta, { page: 1, perPage: 1, total: 2, lastPage: 2 })
    assert.equal(confirmed.body().data[0].id, rows[2].id)
    ;(
      await client
        .get(`${API}/admin/newsletter/subscribers`)
        .qs({ status: 'gone' })
        .bearerToken(token)
    ).assertStatus(422)
  })

  test('admins export subscribers as CSV, optionally of one status', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const { rows } = await seed()
    const res = await client
      .get(`${API}/admin/newsletter/subscribers/export`)
      .qs({ status: 'confirmed' })
      .bearerToken(token)
    res.assertStatus(200)
    assert.match(res.header('content-type') ?? '', /text\/csv/)
    assert.match(
      res.header('content-disposition') ?? '',
      /attachment; filename="newsletter-subscribers-confirmed\.csv"/
    )
    const lines = res.text().trim().split('\r\n')
    assert.equal(lines[0], 'id,email,status,created_at,confirmed_at,unsubscribed_at')
    const body = lines.slice(1)
    assert.isTrue(body.every((line) => line.split(',')[2] === 'confirmed'))
    for (const row of rows.slice(1, 3))
      assert.isTrue(body.some((line) => line.startsWith(`${row.id},${row.email},confirmed,`)))
    assert.isFalse(
      body.some((line) => line.includes(rows[0].email) || line.includes(rows[3].email))
    )

    const all = await client.get(`${API}/admin/newsletter/subscribers/export`).bearerToken(token)
    for (const row of rows) assert.include(all.text(), row.email)
  })

  test('other roles get 403 and anonymous callers 401 on the admin routes', async ({ client }) => {
    for (const path of ['subscribers', 'subscribers/export']) {
      for (const persona of ['shopper', 'sponsor', 'influencer'] as const) {
        const { token } = await actor(persona)
        const res = await client.get(`${API}/admin/newsletter/${path}`).bearerToken(token)
        res.assertStatus(403)
        res.assertBodyContains({ errors: [{ code: 'E_FORBIDDEN' }] })
      }
      ;(await client.get(`${API}/admin/newsletter/${path}`)).assertStatus(401)
    }
  })
})
