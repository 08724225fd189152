import type { ApiClient } from '@japa/api-client'
import { actor } from '#tests/support/auth'
import { API, categoryUnder, marker, productFor } from '#tests/support/gifting'

export { API, categoryUnder, marker, productFor }

/** A valid delivery address body; override any field. */
export function addressBody(overrides: Record<string, unknown> = {}) {
  return {
    recipient: 'Ada Shopper',
    line1: '1 Market Street',
    city: 'Springfield',
    postalCode: '12345',
    country: 'us',
    ...overrides,
  }
}

/** Creates an address over the API; returns its id. */
export async function addressOf(
  client: ApiClient,
  token: string,
  overrides: Record<string, unknown> = {}
) {
  const res = await client.post(`${API}/addresses`).bearerToken(token).json(addressBody(overrides))
  res.assertStatus(201)
  return res.body().data.id as number
}

export async function addToCart(client: ApiClient, token: string, productId: number, quantity = 1) {
  const res = await client
    .post(`${API}/cart/items`)
    .bearerToken(token)
    .json({ productId, quantity })
  if (![200, 201].includes(res.status())) res.assertStatus(201)
  return res
}

export function checkout(client: ApiClient, token: string, addressId: number, key?: string) {
  const request = client.post(`${API}/checkout`).bearerToken(token).json({ addressId })
  return key ? request.header('Idempotency-Key', key) : request
}

/** A shopper with one (default) address. */
export async function shopper(client: ApiClient) {
  const me = await actor('shopper')
  return { ...me, addressId: await addressOf(client, me.token) }
}

/** A shopper who bought `quantity` of `productId`; returns the sale as the API answered it. */
export async function purchase(client: ApiClient, productId: number, quantity = 1) {
  const buyer = await shopper(client)
  await addToCart(client, buyer.token, productId, quantity)
  const res = await checkout(client, buyer.token, buyer.addressId)
  res.assertStatus(201)
  return { buyer, sale: res.body().data }
}
