import { test } from '@japa/runner'
import edge from 'edge.js'

const user = { fullName: 'Ada Lovelace', email: 'ada@example.com', role: 'sponsor', status: 'pending' }
const base = { user, appUrl: 'http://localhost:3333' }

const samples: Record<string, { data: Record<string, unknown>; expect: string[] }> = {
  welcome: { data: base, expect: ['Ada Lovelace', 'reviewed by our team'] },
  verify_email: { data: { ...base, token: 'mq_ve_abc', link: 'http://x/verify?token=mq_ve_abc' }, expect: ['mq_ve_abc'] },
  password_reset: { data: { ...base, token: 'mq_pr_abc', link: 'http://x/reset?token=mq_pr_abc' }, expect: ['mq_pr_abc'] },
  ad_request_reminder: {
    data: { ...base, pending: [{ campaignName: 'Spring Launch', sponsorName: 'Acme', amount: '$1,200.00', since: '2026-11-01' }] },
    expect: ['1 ad request ', 'Spring Launch', '$1,200.00'],
  },
  monthly_sponsor_report: {
    data: {
      ...base,
      month: 'October 2026',
      campaigns: { created: 3, active: 2, completed: 1 },
      adRequests: { sent: 9, accepted: 4, rejected: 2, completed: 1 },
      spend: '$4,000.00',
    },
    expect: ['October 2026', '$4,000.00'],
  },
  notification_digest: {
    data: { ...base, unreadCount: 2, notifications: [{ title: '12 people liked your plan', body: null, when: '2 h ago' }, { title: 'New follower', body: 'Bob follows you', when: '1 h ago' }] },
    expect: ['2 unread notifications', '12 people liked your plan', 'Bob follows you'],
  },
  invoice: {
    data: {
      ...base,
      invoice: {
        number: 'INV-2026-000042',
        issuedAt: '2026-11-22',
        lines: [{ name: 'Mug', quantity: 2, unitPrice: '$10.00', total: '$20.00' }],
        subtotal: '$20.00',
        taxRate: '20%',
        tax: '$4.00',
        total: '$24.00',
        address: '1 Main St, Springfield',
      },
    },
    expect: ['INV-2026-000042', '$24.00', '1 Main St'],
  },
  gdpr_export_ready: { data: { ...base, link: 'http://x/export/9', expiresAt: '2026-11-29' }, expect: ['http://x/export/9', '2026-11-29'] },
}

test.group('e-mail templates', () => {
  for (const [name, sample] of Object.entries(samples)) {
    test(`${name}: HTML and text render with their data`, async ({ assert }) => {
      const html = await edge.render(`emails/${name}_html`, sample.data)
      const text = await edge.render(`emails/${name}_text`, sample.data)
      assert.include(html, '<html>')
      assert.notInclude(text, '<')
      for (const expected of sample.expect) {
        assert.include(html.replace(/&#39;/g, "'"), expected.replace(/ $/, ''))
        assert.include(text, expected.replace(/ $/, ''))
      }
    })
  }
})
