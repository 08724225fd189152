import { readdirSync } from 'node:fs'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import edge from 'edge.js'
import { buildMail, mails, type MailData, type MailName, type MailUser } from '#mails/registry'

/** Quotes, ampersands, angle brackets and non-Latin letters: what a real member's data holds. */
const NAME = `Dan O'Brien & <Co> "Zoë Ørsted 山田"`
const HOSTILE = `"launch" & <b>Ünïcödé</b> 'quoted' — 山田`

const user: MailUser = {
  email: 'dan.obrien@example.com',
  fullName: NAME,
  role: 'sponsor',
  status: 'pending',
}
const otherUser: MailUser = { ...user, role: 'shopper', status: 'active' }

interface Case<Name extends MailName> {
  /** Every field filled. */
  full: MailData<Name>
  /** Optional fields missing (null, empty lists). */
  sparse: MailData<Name>
  /** Text each part must show for `full`, as written. */
  shows: string[]
  /** Lines only the text part has. */
  textLines?: string[]
}

/** One case per e-mail of the registry (app/mails/registry.ts): a mail without a case does not compile. */
const cases: { [Name in MailName]: Case<Name> } = {
  welcome: { full: { user }, sparse: { user: otherUser }, shows: [NAME, 'reviewed by our team'] },
  verify_email: {
    full: { user, token: 'mq_ve_a&b<c>' },
    sparse: { user: otherUser, token: 'mq_ve_x' },
    shows: [NAME, user.email, 'mq_ve_a&b<c>'],
  },
  password_reset: {
    full: { user, token: 'mq_pr_a&b<c>' },
    sparse: { user: otherUser, token: 'mq_pr_x' },
    shows: [NAME, 'mq_pr_a&b<c>'],
  },
  test: {
    full: { to: `o'brien+<x>@example.com`, requestedAt: '2026-12-07T10:00:00.000Z' },
    sparse: { to: 'a@example.com', requestedAt: '' },
    shows: [`o'brien+<x>@example.com`],
  },
  ad_request_reminder: {
    full: {
      user,
      pending: [
        {
          adRequestId: 1,
          campaignName: HOSTILE,
          sponsorName: NAME,
          amount: '$1,200.00',
          since: '2026-11-01',
        },
        {
          adRequestId: 2,
          campaignName: 'Plain',
          sponsorName: 'Acme',
          amount: '€50.00',
          since: '2026-11-02',
        },
      ],
    },
    sparse: {
      user,
      pending: [
        {
          adRequestId: 3,
          campaignName: 'Only one',
          sponsorName: 'Acme',
          amount: '$1.00',
          since: '2026-11-03',
        },
      ],
    },
    shows: [NAME, HOSTILE, '2 ad requests', '$1,200.00', '€50.00'],
  },
  monthly_sponsor_report: {
    full: {
      user,
      month: 'October 2026',
      campaigns: { created: 3, active: 2, completed: 1 },
      adRequests: { sent: 9, accepted: 4, rejected: 2, completed: 1 },
      spend: '$4,000.00',
    },
    sparse: {
      user,
      month: 'November 2026',
      campaigns: { created: 0, active: 0, completed: 0 },
      adRequests: { sent: 0, accepted: 0, rejected: 0, completed: 0 },
      spend: '$0.00',
    },
    shows: [NAME, 'October 2026', '$4,000.00'],
  },
  creator_weekly_summary: {
    full: {
      user,
      week: HOSTILE,
      rows: [
        { label: 'Plan views', thisWeek: 120, lastWeek: 80, change: '+40' },
        { label: 'New followers', thisWeek: 2, lastWeek: 5, change: '-3' },
      ],
    },
    sparse: { user: otherUser, week: '30 Nov 2026 – 6 Dec 2026', rows: [] },
    shows: [NAME, HOSTILE, 'Plan views', '+40', '-3'],
    textLines: ['Plan views: 120 (+40; last week 80)', 'New followers: 2 (-3; last week 5)'],
  },
  notification_digest: {
    full: {
      user,
      unreadCount: 2,
      notifications: [
        { title: `${NAME} liked your plan`, body: null, when: '2 hours ago' },
        { title: 'New comment', body: HOSTILE, when: '1 hour ago' },
      ],
    },
    sparse: {
      user,
      unreadCount: 1,
      notifications: [{ title: 'Someone followed you', body: null, when: 'in 0 seconds' }],
    },
    shows: [NAME, `${NAME} liked your plan`, HOSTILE, '2 unread notifications'],
    textLines: [
      `- ${NAME} liked your plan (2 hours ago)`,
      `- New comment: ${HOSTILE} (1 hour ago)`,
    ],
  },
  invoice: {
    full: {
      user,
      invoice: {
        number: 'INV-2026-000042',
        issuedAt: '2026-11-22',
        lines: [{ name: HOSTILE, quantity: 2, unitPrice: '$10.00', total: '$20.00' }],
        subtotal: '$20.00',
        taxRate: '20%',
        tax: '$4.00',
        total: '$24.00',
        address: `${NAME}, 1 "Main" St & Co, 東京`,
      },
    },
    sparse: {
      user,
      invoice: {
        number: 'INV-2026-000043',
        issuedAt: '2026-11-23',
        lines: [],
        subtotal: '$0.00',
        taxRate: '0%',
        tax: '$0.00',
        total: '$0.00',
        address: null,
      },
    },
    shows: [NAME, 'INV-2026-000042', HOSTILE, '$24.00', `${NAME}, 1 "Main" St & Co, 東京`],
  },
  notification: {
    full: { user, title: `${NAME} sent you an ad request for "${HOSTILE}"`, body: HOSTILE },
    sparse: { user, title: 'Your brand account was approved', body: null },
    shows: [NAME, HOSTILE],
  },
  gdpr_export_ready: {
    full: {
      user,
      link: 'http://localhost:3333/api/v1/me/exports/9?signature=a&expires=b',
      expiresAt: '2026-11-29 10:00 UTC',
    },
    sparse: { user: otherUser, link: 'http://localhost:3333/x', expiresAt: '' },
    shows: [NAME, '2026-11-29 10:00 UTC'],
  },
  newsletter_confirm: {
    full: {
      email: `o'brien+<x>@example.com`,
      confirmUrl: 'http://localhost:3333/api/v1/newsletter/confirm?token=a&sig=b',
      unsubscribeUrl: 'http://localhost:3333/api/v1/newsletter/unsubscribe?email=x&sig=c',
    },
    sparse: {
      email: 'a@example.com',
      confirmUrl: 'http://localhost:3333/c',
      unsubscribeUrl: 'http://localhost:3333/u',
    },
    shows: [`o'brien+<x>@example.com`],
  },
}

/** Each e-mail's two bodies, rendered through its mail class as the send-mail job renders them. */
async function render(name: MailName, data: unknown) {
  const mail = buildMail(name, data)
  await mail.buildWithContents()
  const { html, text } = mail.message.toObject().message
  return { html: String(html ?? ''), text: String(text ?? '') }
}

/** What a reader must never see: Edge syntax left in the output, or a missing value printed. */
const TEMPLATE_SYNTAX =
  /{{|}}|@(if|else|elseif|end|each|component|slot|let|include|unless)\b|\$slots|\bundefined\b|\bnull\b|\[object Object\]/
/** A named, decimal or hexadecimal character reference. */
const HTML_ENTITY = /&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i

const escapeHtml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;')

test.group('e-mail templates', () => {
  test('every template pair in resources/views/emails belongs to one e-mail of the registry, and every e-mail has both parts', ({
    assert,
  }) => {
    const files = readdirSync(app.makePath('resources/views/emails')).filter(
      (file) => file !== 'layout_html.edge'
    )
    const parts = files.map((file) => file.match(/^(.+)_(html|text)\.edge$/))
    assert.isTrue(
      parts.every(Boolean),
      `template files not named <mail>_html.edge or <mail>_text.edge: ${files.join(', ')}`
    )
    const templates = [...new Set(parts.map((match) => match![1]))].sort()
    assert.deepEqual(
      templates,
      Object.keys(mails).sort(),
      'a template without an e-mail in app/mails/registry.ts (and a case here), or an e-mail without a template'
    )
    assert.deepEqual(Object.keys(cases).sort(), templates)
    for (const name of templates) {
      assert.includeMembers(files, [`${name}_html.edge`, `${name}_text.edge`], name)
    }
  })

  test('in a text template {{ }} prints the value as it is; {{{ }}}, @{{ }} and comments keep their meaning; HTML templates still escape', async ({
    assert,
  }) => {
    const source = '{{ value }}|{{{ value }}}|@{{ value }}|{{-- a note --}}{{ value.length }}'
    const state = { value: `O'Brien & <Co>` }
    const text = await edge.renderRaw(
      source,
      state,
      app.makePath('resources/views/emails/probe_text.edge')
    )
    assert.equal(text, `O'Brien & <Co>|O'Brien & <Co>|{{ value }}|14`)
    const html = await edge.renderRaw(
      source,
      state,
      app.makePath('resources/views/emails/probe_html.edge')
    )
    assert.equal(html, `O&#x27;Brien &amp; &lt;Co&gt;|O'Brien & <Co>|{{ value }}|14`)
  })

  for (const name of Object.keys(cases) as MailName[]) {
    const sample = cases[name] as Case<MailName>

    test(`${name}: the text part shows the data as written, with no entity and no template code`, async ({
      assert,
    }) => {
      for (const data of [sample.full, sample.sparse]) {
        const { text } = await render(name, data)
        assert.isAbove(text.trim().length, 0)
        assert.notMatch(text, HTML_ENTITY)
        assert.notMatch(text, TEMPLATE_SYNTAX)
        assert.notMatch(
          text,
          /<\/?(p|a|table|tr|td|br|strong|html)\b/i,
          'an HTML tag of the template in the text part'
        )
      }
      const { text } = await render(name, sample.full)
      for (const expected of sample.shows) assert.include(text, expected)
      for (const line of sample.textLines ?? []) assert.include(text.split('\n'), line)
    })

    test(`${name}: the HTML part escapes the data and holds no template code`, async ({
      assert,
    }) => {
      for (const data of [sample.full, sample.sparse]) {
        const { html } = await render(name, data)
        assert.match(html, /^<!doctype html>/i)
        assert.notMatch(html, TEMPLATE_SYNTAX)
        assert.notInclude(html, '<Co>')
        assert.notInclude(html, '<b>Ünïcödé</b>')
      }
      const { html } = await render(name, sample.full)
      for (const expected of sample.shows) assert.include(html, escapeHtml(expected))
    })
  }
})
