import { endpoints, type ApiModule } from '#platform/openapi/operation'
import {
  array,
  dateTime,
  integer,
  nullable,
  object,
  pageMetaSchema,
  ref,
  type Schema,
} from '#platform/openapi/schema'
import { MAX_CATEGORIES } from '#services/community/plan_search_service'
import { TRENDING_FEED_PLANS } from '#services/community/feed_service'
import { paginationQueryValidator } from '#validators/common'
import { followSuggestionsValidator } from '#validators/community/follow'
import { userSearchValidator } from '#validators/community/profile'
import { planSearchValidator, recommendationsValidator } from '#validators/community/discovery'
import { feedRefreshValidator } from '#validators/community/feed'

import { feedValidator } from '#validators/community/feed'
import { communitySocialSchemas } from '#transformers/community/community_social_schemas'

const people = endpoints({ tag: 'People', prefix: '/api/v1', auth: 'user' })
const discovery = endpoints({ tag: 'Discovery', prefix: '/api/v1', auth: 'user' })
const feeds = endpoints({ tag: 'Feeds', prefix: '/api/v1', auth: 'user' })

const computedAt = {
  ...dateTime(),
  description: 'When this answer was computed; a cached answer keeps its first time',
}

/** A cached page: PageMeta plus when it was computed. */
const cachedPage = (item: Schema): Schema =>
  object({
    data: array(item),
    meta: object({ ...(pageMetaSchema.properties as Record<string, Schema>), computedAt }),
  })

const feedPage = () => ({
  mediaType: 'application/json',
  schema: object({
    data: array(ref('Activity')),
    meta: object({ nextCursor: nullable(integer()), computedAt }),
  }),
})

const feed = (path: string, summary: string, description = '') =>
  feeds.get(path, {
    summary,
    description:
      `${description}${description ? ' ' : ''}Newest first; pass \`meta.nextCursor\` as \`before\` for the next page (null on the last). ` +
      `Pages are cached 5 minutes and dropped by any write they show (\`meta.computedAt\`). ${FEED_RULE}`,
    query: feedValidator,
    fields: { before: 'An activity id: only older activities', limit: { default: 20 } },
    raw: feedPage(),
  })

const FEED_RULE =
  'Activities of blocked actors, on plans that are not listed (unlisted, hidden, blocked owner), about blocked users or on hidden comments and suggestions never appear; ' +
  'nor do activities of or about a member you may not see named (`followers` profiles you do not follow, `private` profiles; the global, trending and discovery feeds, shared by everyone, show public profiles only).'

const FIND_RULE =
  'Unknown, blocked or inactive accounts, admins and private profiles answer 404 (except to the member themself and admins).'

export const communitySocial: ApiModule = {
  tags: [
    {
      name: 'People',
      description:
        'Follows, suggestions, profiles with stats, member search and the leaderboard. Privacy settings apply everywhere.',
    },
    {
      name: 'Discovery',
      description:
        'Plan search, categories, trending plans and personal recommendations: listed plans only (public, not hidden, owner not blocked).',
    },
    { name: 'Feeds', description: 'Activity feeds with cursor pagination, read at query time.' },
  ],
  schemas: communitySocialSchemas,
  endpoints: [
    people.post('/users/{id}/follow', {
      summary: 'Follow a member (idempotent)',
      description: `Following twice counts once. Yourself: 422 \`E_SELF_FOLLOW\`. Admins and pending brands: 403. ${FIND_RULE} The member is notified (\`user.followed\`).`,
      response: ref('FollowStatus'),
      errors: [403, 404, 422],
    }),
    people.delete('/users/{id}/follow', {
      summary: 'Unfollow a member (idempotent)',
      response: ref('FollowStatus'),
      errors: [403, 404],
    }),
    people.get('/users/{id}/follow-status', {
      summary: 'Whether you follow a member and they follow you',
      description: FIND_RULE,
      response: ref('FollowStatus'),
      errors: [404],
    }),
    people.get('/users/{id}/followers', {
      summary: "A member's followers, most recent first",
      description: `Only the members you may see named: public profiles, \`followers\` profiles you follow, yourself (admins: every visible member). 403 when the member hides their connections (\`showFollowers: false\`) or shows their profile to followers only and you are not one. ${FIND_RULE}`,
      query: paginationQueryValidator,
      list: ref('Member'),
      errors: [403, 404],
    }),
    people.get('/users/{id}/following', {
      summary: 'Whom a member follows, most recent first',
      description: 'Same privacy rules as the followers list.',
      query: paginationQueryValidator,
      list: ref('Member'),
      errors: [403, 404],
    }),
    people.get('/me/follow-suggestions', {
      summary: 'Whom to follow next',
      description:
        'Friends of friends, creators of listed plans in the categories of plans you liked, and the most followed members; ' +
        'never yourself, someone you follow, blocked accounts, admins or anyone you may not see named (`private` profiles, `followers` profiles). Ranked by ' +
        'score = 3 × mutualFollows + 2 × min(plansInYourCategories, 5) + log2(1 + followersCount), then followers, then id.',
      query: followSuggestionsValidator,
      response: array(ref('FollowSuggestion')),
      fields: { limit: { default: 10 } },
    }),
    people.post('/users/{id}/block', {
      summary: 'Block a member (idempotent)',
      description:
        `From then on the member cannot follow you, see your profile or plans (404), comment on your plans, reply to your comments or message you (409 \`E_COUNTERPART_UNAVAILABLE\`), ` +
        'and you leave their lists, search results and feeds. Follows between you two end, both directions. They are never told. ' +
        `Yourself: 422 \`E_SELF_BLOCK\`. Admins can neither block nor be blocked (403 / 404); unknown, blocked or inactive accounts answer 404.`,
      errors: [403, 404, 422],
    }),
    people.delete('/users/{id}/block', {
      summary: 'Unblock a member (idempotent)',
      description: 'They can reach you again; the follows the block ended stay ended.',
      errors: [403, 404, 422],
    }),
    people.get('/me/blocks', {
      summary: 'The members you blocked, most recent first',
      description: 'Private to you.',
      query: paginationQueryValidator,
      list: ref('BlockedMember'),
      errors: [403],
    }),
    people.get('/users/{id}/profile', {
      summary: "A member's public profile with stats",
      description:
        'Stats count listed plans only. `profileVisibility: followers` answers 403 to non-followers; `showStats: false` gives `stats: null` and ' +
        `\`showEmail: false\` \`email: null\` (both always shown to the member and admins). ${FIND_RULE} ` +
        'Stats are cached up to 30 minutes (dropped when follows change); `meta.computedAt` says when.',
      response: ref('Profile'),
      errors: [403, 404],
    }),
    people.get('/me/stats', {
      summary: 'Your own detailed stats',
      description:
        'Totals over all your plans (unlisted and hidden included) and a page of per-plan figures, newest first; `meta` paginates the plans.',
      query: paginationQueryValidator,
      raw: {
        mediaType: 'application/json',
        schema: object({ data: ref('OwnStats'), meta: ref('PageMeta') }),
      },
    }),
    people.get('/users/search', {
      summary: 'Find members by name',
      description:
        'Part of the full name, case-insensitive; most followed first. Only members you may see named: public profiles, `followers` profiles you follow, yourself (admins: every visible member); blocked and inactive accounts and admins never appear.',
      query: userSearchValidator,
      list: ref('Member'),
    }),
    people.get('/leaderboard', {
      summary: 'Members ranked by their community score',
      description:
        'score = likes received × 3 + downloads × 2 + followers × 5 + plans × 10, over listed plans and visible followers; ' +
        'zero scores, blocked accounts and profiles that are not public (`followers`, `private`) are left out. Cached up to 15 minutes (`meta.computedAt`), dropped by the writes it shows; a member blocked or hidden since drops out at once.',
      query: paginationQueryValidator,
      raw: { mediaType: 'application/json', schema: cachedPage(ref('LeaderboardEntry')) },
    }),
    discovery.get('/plans/search', {
      summary: 'Search listed plans',
      description:
        'Full text over title, description and tags (PostgreSQL text search; SQLite: substring). Sorts: relevance (default with `q`), newest (default without), ' +
        'rating (average, unrated last), popular (likes, then downloads). Cached up to 5 minutes (`meta.computedAt`); plans unlisted or hidden since never show.',
      query: planSearchValidator,
      raw: { mediaType: 'application/json', schema: cachedPage(ref('SkillPlan')) },
      fields: {
        minDuration: 'Days',
        maxDuration: 'Days',
        minRating: 'Average rating at least this (rated plans only); at most 2 decimals',
      },
    }),
    discovery.get('/plans/trending', {
      summary: 'Trending plans',
      description:
        'Listed plans by trending score, recomputed by `node ace community:trending` (every 15 minutes): ' +
        'score = Σ weight × 0.5^(age_hours / 24) over the last 7 days of likes (1), comments (2), ratings (2) and downloads (3). ' +
        'Plans without recent engagement are left out. Cached up to 15 minutes (`meta.computedAt`).',
      query: paginationQueryValidator,
      raw: { mediaType: 'application/json', schema: cachedPage(ref('SkillPlan')) },
    }),
    discovery.get('/categories', {
      summary: 'Plan categories with their number of listed plans',
      description: `Largest first, at most ${MAX_CATEGORIES}. Cached up to 5 minutes (\`meta.computedAt\`).`,
      raw: {
        mediaType: 'application/json',
        schema: object({ data: array(ref('PlanCategory')), meta: object({ computedAt }) }),
      },
    }),
    discovery.get('/me/recommendations', {
      summary: 'Plans recommended for you',
      description:
        'Listed plans of people you follow, in the categories of plans you liked, and the most engaged ones; never your own or ones you liked. ' +
        'Ranked by score = 3 × [owner followed] + 2 × [category liked] + log2(1 + likes + downloads), then newest. ' +
        '403 `E_FEATURE_DISABLED` when ENABLE_RECOMMENDATIONS=false.',
      query: recommendationsValidator,
      response: array(ref('PlanRecommendation')),
      errors: [403],
      fields: { limit: { default: 20 } },
    }),
    feed('/feed', 'Your feed: what the people you follow did'),
    feeds.post('/feed/refresh', {
      summary: 'Drop your cached feed pages and get the first fresh page of your feed',
      description:
        'Drops your cached personal and discovery pages (every cursor), then answers the first page of `GET /api/v1/feed`, read now (`meta.computedAt`). ' +
        `The shared global and trending feeds stay cached. ${FEED_RULE}`,
      query: feedRefreshValidator,
      raw: feedPage(),
      fields: { limit: { default: 20 } },
    }),
    feed('/feed/global', 'Everything happening in the community'),
    feed(
      '/feed/trending',
      'Activity on trending plans',
      `On the ${TRENDING_FEED_PLANS} plans with the highest trending score.`
    ),
    feed(
      '/feed/discovery',
      "Discovery: activity from people you don't follow",
      'On plans in your categories (of plans you created, liked or downloaded; all categories when none), by people you neither are nor follow.'
    ),
  ],
}
