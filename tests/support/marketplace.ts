import { randomBytes } from 'node:crypto'
import type { ApiClient } from '@japa/api-client'
import { DateTime } from 'luxon'
import Campaign from '#models/campaign'
import type User from '#models/user'

export const API = '/api/v1'

/** A lowercase marker (used as a niche or name part) so list assertions only see this test's rows. */
export const marker = () => `m${randomBytes(5).toString('hex')}`

/** A valid campaign creation body; override any field. */
export function campaignBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Spring launch',
    description: 'Short videos presenting the new collection',
    niche: 'fitness',
    goals: ['awareness'],
    budget: 100_000,
    startDate: '2030-03-01',
    endDate: '2030-05-31',
    visibility: 'public',
    status: 'active',
    ...overrides,
  }
}

/** A campaign row for setup, written straight to the database (public and active unless overridden). */
export function campaignFor(
  sponsor: User,
  overrides: Partial<Omit<Campaign, 'startDate' | 'endDate'>> & {
    startDate?: string
    endDate?: string
  } = {}
) {
  const { startDate, endDate, ...rest } = overrides
  return Campaign.create({
    sponsorId: sponsor.id,
    name: 'Setup campaign',
    description: 'A campaign made for a test',
    niche: 'fitness',
    goals: [],
    budget: 100_000,
    currency: 'USD',
    visibility: 'public',
    status: 'active',
    ...rest,
    startDate: DateTime.fromISO(startDate ?? '2030-01-01', { zone: 'utc' }),
    endDate: DateTime.fromISO(endDate ?? '2030-12-31', { zone: 'utc' }),
  })
}

/** The brand invites an influencer to its campaign over the API; returns the ad request resource. */
export async function invite(
  client: ApiClient,
  sponsorToken: string,
  campaignId: number,
  influencerId: number,
  paymentAmount = 50_000
) {
  const res = await client
    .post(`${API}/campaigns/${campaignId}/ad-requests`)
    .bearerToken(sponsorToken)
    .json({
      influencerId,
      requirements: 'One reel per week',
      deliverables: '4 reels',
      paymentAmount,
    })
  res.assertStatus(201)
  return res.body().data as AdRequestBody
}

export interface AdRequestBody {
  id: number
  status: string
  paymentAmount: number
  agreedAmount: number | null
  lastOfferBy: number | null
  initiatedBy: 'sponsor' | 'influencer'
  campaign: { id: number }
  sponsor: { id: number }
  influencer: { id: number }
}

export const ids = (body: { data: { id: number }[] }) => body.data.map((row) => row.id)

/** The first error of an error response: `{ code, message, field? }`. */
export const firstError = (body: {
  errors?: { code: string; message: string; field?: string }[]
}) => body.errors?.[0]
