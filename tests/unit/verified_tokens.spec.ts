import { test } from '@japa/runner'
import { VERIFIED_TOKEN_TTL_MS, VerifiedTokens } from '#services/identity/verified_tokens'

const rows = (tokenId: number, userId: number, family: string) => ({
  token: { id: tokenId, tokenable_id: userId, name: family },
  user: { id: userId },
})

test.group('identity / verified tokens in memory', () => {
  test('a token is recalled for at most 5 s', ({ assert }) => {
    const tokens = new VerifiedTokens()
    tokens.remember('1', rows(1, 10, 'a'), tokens.epoch, 1000)
    assert.exists(tokens.recall('1', 1000 + VERIFIED_TOKEN_TTL_MS - 1))
    assert.isUndefined(tokens.recall('1', 1000 + VERIFIED_TOKEN_TTL_MS))
    assert.equal(tokens.size, 0)
  })

  test('drops by token, by member and by family', ({ assert }) => {
    const tokens = new VerifiedTokens()
    tokens.remember('1', rows(1, 10, 'a'), tokens.epoch)
    tokens.remember('2', rows(2, 10, 'b'), tokens.epoch)
    tokens.remember('3', rows(3, 11, 'c'), tokens.epoch)
    tokens.remember('4', rows(4, 12, 'd'), tokens.epoch)
    tokens.drop({ tokens: ['4'] })
    assert.isUndefined(tokens.recall('4'))
    tokens.drop({ families: ['c'] })
    assert.isUndefined(tokens.recall('3'))
    assert.exists(tokens.recall('1'))
    tokens.drop({ users: [10] })
    assert.equal(tokens.size, 0)
  })

  test('a read that started before a drop is not remembered', ({ assert }) => {
    const tokens = new VerifiedTokens()
    const epoch = tokens.epoch
    tokens.drop({ users: [99] })
    tokens.remember('1', rows(1, 10, 'a'), epoch)
    assert.isUndefined(tokens.recall('1'))
  })

  test('a bearer value is recalled only while its entry lives, and only that exact value', ({
    assert,
  }) => {
    const tokens = new VerifiedTokens()
    tokens.remember('1', rows(1, 10, 'a'), tokens.epoch, 1000)
    assert.isUndefined(tokens.recallBearer('oat_MQ.secret', 1000), 'not verified yet')
    tokens.rememberBearer('1', 'oat_MQ.secret')
    assert.equal(tokens.recallBearer('oat_MQ.secret', 1001)?.tokenId, '1')
    assert.isUndefined(tokens.recallBearer('oat_MQ.secreT', 1001))
    assert.isUndefined(tokens.recallBearer('oat_MQ.secret', 1000 + VERIFIED_TOKEN_TTL_MS))

    tokens.remember('2', rows(2, 11, 'b'), tokens.epoch)
    tokens.rememberBearer('2', 'oat_Mg.other')
    tokens.drop({ users: [11] })
    assert.isUndefined(tokens.recallBearer('oat_Mg.other'), 'dropped with its member')

    tokens.remember('3', rows(3, 12, 'c'), tokens.epoch)
    tokens.rememberBearer('3', 'oat_Mw.third')
    tokens.remember('3', rows(3, 12, 'c'), tokens.epoch)
    assert.isUndefined(tokens.recallBearer('oat_Mw.third'), 'a re-read entry verifies again')
    tokens.rememberBearer('9', 'oat_OQ.none')
    assert.isUndefined(tokens.recallBearer('oat_OQ.none'), 'no entry, nothing remembered')
    tokens.clear()
    assert.equal(tokens.size, 0)
  })
})
