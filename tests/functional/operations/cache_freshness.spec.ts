import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { API, planBody } from '#tests/support/community_plans'
import { productFor } from '#tests/support/gifting'
import { FACTORY_PASSWORD } from '#database/factories/user_factory'

type Member = Awaited<ReturnType<typeof actor>>

interface Case {
  /** The cached listing. */
  listing: string
  /** What the listing must show before the write, created before it is warmed. */
  setup?: (client: ApiClient, world: World) => Promise<void>
  /** Who reads it and what it is asked for. */
  read: (client: ApiClient, world: World) => Promise<string>
  /** A write that changes what the listing must show. */
  write: (client: ApiClient, world: World) => Promise<unknown>
  /** What the next read must (or must no longer) contain. */
  shows: string
  gone?: boolean
}

interface World {
  brand: Member
  reader: Member
  creator: Member
  marker: string
  planId?: number
}

const get = async (client: ApiClient, url: string, who: Member) => {
  const res = await client.get(url).bearerToken(who.token)
  res.assertStatus(200)
  return res.text()
}

const createPlan = async (client: ApiClient, who: Member, overrides: Record<string, unknown>) => {
  const res = await client.post(`${API}/plans`).bearerToken(who.token).json(planBody(overrides))
  res.assertStatus(201)
  return res.body().data.id as number
}

/** Every cached listing, warmed, written to, read again: the write shows on the next read, not after the TTL. */
const CASES: Case[] = [
  {
    listing: 'influencer directory, after an influencer signs up',
    read: (client, w) => get(client, `${API}/influencers?q=${w.marker}`, w.brand),
    write: async (client, w) => {
      const res = await client.post(`${API}/auth/signup`).json({
        email: `${w.marker}@signup.test`,
        password: 'a-long-password-1',
        fullName: `Nia ${w.marker}`,
        role: 'influencer',
      })
      res.assertStatus(201)
    },
    shows: 'Nia',
  },
  {
    listing: 'influencer directory, after an influencer makes their profile private',
    read: (client, w) => get(client, `${API}/influencers?q=${w.marker}`, w.brand),
    write: async (client, w) => {
      ;(
        await client
          .patch(`${API}/auth/me`)
          .bearerToken(w.creator.token)
          .json({ privacy: { profileVisibility: 'private' } })
      ).assertStatus(200)
    },
    shows: 'Cleo',
    gone: true,
  },
  {
    listing: 'global feed, after a member publishes a plan',
    read: (client, w) => get(client, `${API}/feed/global`, w.reader),
    write: (client, w) => createPlan(client, w.creator, { title: `Feed ${w.marker}` }),
    shows: 'Feed',
  },
  {
    listing: 'global feed, after a member turns their profile to followers only',
    setup: async (client, w) => {
      await createPlan(client, w.creator, { title: `Seen ${w.marker}` })
    },
    read: (client, w) => get(client, `${API}/feed/global`, w.reader),
    write: async (client, w) => {
      ;(
        await client
          .patch(`${API}/auth/me`)
          .bearerToken(w.creator.token)
          .json({ privacy: { profileVisibility: 'followers' } })
      ).assertStatus(200)
    },
    shows: 'Cleo',
    gone: true,
  },
  {
    listing: 'global feed, after a member changes their name',
    setup: async (client, w) => {
      await createPlan(client, w.creator, { title: `Named ${w.marker}` })
    },
    read: (client, w) => get(client, `${API}/feed/global`, w.reader),
    write: async (client, w) => {
      ;(
        await client
          .patch(`${API}/auth/me`)
          .bearerToken(w.creator.token)
          .json({ fullName: `Renamed ${w.marker}` })
      ).assertStatus(200)
    },
    shows: 'Renamed',
  },
  {
    listing: 'plan search, after a plan is published',
    read: (client, w) => get(client, `${API}/plans/search?q=${w.marker}`, w.reader),
    write: (client, w) => createPlan(client, w.creator, { title: `Search ${w.marker}` }),
    shows: 'Search',
  },
  {
    listing: 'categories, after a plan in a new category is published',
    read: (client, w) => get(client, `${API}/categories`, w.reader),
    write: (client, w) =>
      createPlan(client, w.creator, { category: `cat${w.marker.toLowerCase()}` }),
    shows: 'cat',
  },
  {
    listing: 'leaderboard, after a member publishes their first plan',
    read: (client, w) => get(client, `${API}/leaderboard?perPage=100`, w.reader),
    write: (client, w) => createPlan(client, w.creator, { title: `Board ${w.marker}` }),
    shows: 'Cleo',
  },
  {
    listing: 'leaderboard, after a member gains a follower',
    setup: async (client, w) => {
      await createPlan(client, w.creator, { title: `Ranked ${w.marker}` })
    },
    read: (client, w) => get(client, `${API}/leaderboard?perPage=100`, w.reader),
    write: async (client, w) => {
      ;(
        await client.post(`${API}/users/${w.creator.user.id}/follow`).bearerToken(w.reader.token)
      ).assertStatus(200)
    },
    shows: '"followers":1',
  },
  {
    listing: 'profile figures, after the member publishes a plan',
    read: (client, w) => get(client, `${API}/users/${w.creator.user.id}/profile`, w.reader),
    write: (client, w) => createPlan(client, w.creator, { title: `Profile ${w.marker}` }),
    shows: '"plans":1',
  },
  {
    listing: 'a plan, after its owner changes their name',
    setup: async (client, w) => {
      w.planId = await createPlan(client, w.creator, { title: `Owned ${w.marker}` })
    },
    read: (client, w) => get(client, `${API}/plans/${w.planId}`, w.reader),
    write: async (client, w) => {
      ;(
        await client
          .patch(`${API}/auth/me`)
          .bearerToken(w.creator.token)
          .json({ fullName: `Retitled ${w.marker}` })
      ).assertStatus(200)
    },
    shows: 'Retitled',
  },
  {
    listing: 'product list, after the brand deletes its account',
    setup: async (_client, w) => {
      await productFor({ brandId: w.brand.user.id, name: `Lamp ${w.marker}` })
    },
    read: (client, w) => get(client, `${API}/products?q=${w.marker}`, w.reader),
    write: async (client, w) => {
      ;(
        await client
          .delete(`${API}/auth/me`)
          .bearerToken(w.brand.token)
          .json({ password: FACTORY_PASSWORD })
      ).assertStatus(204)
    },
    shows: 'Lamp',
    gone: true,
  },
  {
    listing: 'unread notification count, after someone follows the member',
    read: (client, w) => get(client, `${API}/notifications/unread-count`, w.creator),
    write: async (client, w) => {
      ;(
        await client.post(`${API}/users/${w.creator.user.id}/follow`).bearerToken(w.reader.token)
      ).assertStatus(200)
    },
    shows: '"count":1',
  },
]

test.group(
  'operations / cache: a write shows on the next read of every cached listing',
  (group) => {
    isolate(group)

    test('{listing}')
      .with(CASES)
      .run(async ({ client, assert }, entry) => {
        const marker = `Q${Math.random().toString(36).slice(2, 10)}`
        const world: World = {
          marker,
          brand: await actor('sponsor'),
          reader: await actor('shopper'),
          creator: await actor('influencer', { fullName: `Cleo ${marker}` }),
        }
        await entry.setup?.(client, world)
        // Warm: the first read fills the cache, the second is a hit.
        await entry.read(client, world)
        const before = await entry.read(client, world)
        const name =
          entry.shows === 'cat'
            ? `cat${marker.toLowerCase()}`
            : entry.shows.startsWith('"')
              ? entry.shows
              : `${entry.shows} ${marker}`
        assert.equal(
          before.includes(name),
          Boolean(entry.gone),
          `before the write: ${entry.listing}`
        )
        await entry.write(client, world)
        const after = await entry.read(client, world)
        assert.equal(after.includes(name), !entry.gone, `after the write: ${entry.listing}`)
      })
  }
)
