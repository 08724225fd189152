import { test } from '@japa/runner'
import { unsafeRegexReason } from '#services/moderation/safe_regex'

test.group('moderation / regex guard', () => {
  const unsafe = ['(a+)+$', '(a*)*b', '(a|aa)+', '(\\w+\\s?)*$', '((ab)*)+', '(.*a){12}', '(x+x+)+y', '(a)\\1', '(?=a)b', 'x'.repeat(201)]
  const safe = ['buy now', '\\bcheap\\s+pills\\b', 'free (money|cash)', '[a-z]+@spam\\.com', 'https?://bit\\.ly/\\w+', 'a{2,5}b', '(ab)c+']

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

  test('accepted patterns run fast on hostile input', ({ assert }) => {
    const hostile = 'a'.repeat(10_000) + '!'
    for (const pattern of safe) {
      const started = performance.now()
      new RegExp(pattern, 'iu').test(hostile)
      assert.isBelow(performance.now() - started, 50)
    }
  })
})
