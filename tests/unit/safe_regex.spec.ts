import { test } from '@japa/runner'
import { MATCH_BUDGET_MS, testWithin, unsafeRegexReason } from '#services/moderation/safe_regex'

test.group('moderation / regex guard', () => {
  const unsafe = [
    '(a+)+$',
    '(a*)*b',
    '(a|aa)+',
    '(\\w+\\s?)*$',
    '((ab)*)+',
    '(.*a){12}',
    '(x+x+)+y',
    '(a)\\1',
    '(?=a)b',
    'x'.repeat(201),
  ]
  const safe = [
    'buy now',
    '\\bcheap\\s+pills\\b',
    'free (money|cash)',
    '[a-z]+@spam\\.com',
    'https?://bit\\.ly/\\w+',
    'a{2,5}b',
    '(ab)c+',
  ]

  for (const pattern of unsafe) {
    test(`rejects ${pattern.slice(0, 30)}`, ({ assert }) => {
      assert.isNotNull(unsafeRegexReason(pattern))
    })
  }
  for (const pattern of safe) {
    test(`accepts ${pattern}`, ({ assert }) => {
      assert.isNull(unsafeRegexReason(pattern))
    })
  }

  test('rejects invalid syntax with the parser message', ({ assert }) => {
    assert.match(unsafeRegexReason('(unclosed') ?? '', /not a valid regular expression/)
  })

  test('accepted patterns finish within the scanning budget on hostile input', ({ assert }) => {
    const hostile = 'a'.repeat(10_000) + '!'
    for (const pattern of safe) {
      assert.isNotNull(testWithin(pattern, hostile, MATCH_BUDGET_MS), pattern)
    }
    // Wall-clock budgets: a run on a machine busy with other work may be retried.
  }).retry(2)
})
