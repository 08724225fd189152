import { test } from '@japa/runner'
import redis from '@adonisjs/redis/services/main'
import { LIMITER_PREFIX } from '#config/limiter'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { deleteMatching } from '#tests/support/redis_keys'
import { smtpSink } from '#tests/support/smtp_sink'

const FORGOT = '/api/v1/auth/password/forgot'
const ROUNDS = 10
const PER_ROUND = 4

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Under equal timing each pair is a coin toss: 30 or more of 40 tosses one way happens by chance once in ~1,000 runs. */
const MAX_SLOWER_SHARE = 0.75

test.group('security / account enumeration by timing', (group) => {
  isolate(group)

  test('password forgot answers known and unknown addresses in the same time', async ({
    client,
    assert,
  }) => {
    const { user } = await actor('shopper')
    const known: number[] = []
    const unknown: number[] = []
    const answers = new Set<string>()
    const timed = async (email: string, into: number[]) => {
      const started = performance.now()
      const res = await client.post(FORGOT).json({ email })
      into.push(performance.now() - started)
      res.assertStatus(202)
      answers.add(JSON.stringify(res.body()))
    }
    await timed('warm-up@example.com', [])
    // Interleaved pairs, so load on the machine weighs on both sides alike; limits reset between rounds (outside the timing).
    for (let round = 0; round < ROUNDS; round++) {
      await deleteMatching(redis, `${LIMITER_PREFIX}*`)
      for (let i = 0; i < PER_ROUND; i++) {
        const pair = [
          () => timed(user.email, known),
          () => timed(`nobody-${round}-${i}@example.com`, unknown),
        ]
        // Which side goes first alternates, so neither profits from going second.
        for (const call of i % 2 ? pair.reverse() : pair) await call()
      }
    }
    // A sign test over interleaved pairs: a load spike skews one pair, not the verdict.
    const slower = known.filter((ms, i) => ms > unknown[i]).length / known.length
    const figures = `known slower in ${(slower * 100).toFixed(0)}% of ${known.length} pairs; median known ${median(known).toFixed(1)} ms, unknown ${median(unknown).toFixed(1)} ms`
    assert.isBelow(slower, MAX_SLOWER_SHARE, figures)
    assert.equal(answers.size, 1, 'known and unknown addresses get the same answer')
  }).timeout(120_000)

  test('the reset e-mail still reaches a known address, and nothing is sent for an unknown one', async ({
    client,
    assert,
  }) => {
    const { user } = await actor('shopper')
    ;(await client.post(FORGOT).json({ email: 'nobody-at-all@example.com' })).assertStatus(202)
    ;(await client.post(FORGOT).json({ email: user.email })).assertStatus(202)
    const mail = await smtpSink.waitFor(
      (m) => m.to.includes(user.email) && /reset/i.test(m.subject)
    )
    assert.match(mail.raw, /mq_pr_[\w-]+/)
    assert.isFalse(smtpSink.messages.some((m) => m.to.includes('nobody-at-all@example.com')))
  })
})
