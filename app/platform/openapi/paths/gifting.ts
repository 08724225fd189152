import { SWIPE_ACTIONS } from '#models/swipe'
import { INTERACTION_TYPES } from '#models/recommendation_interaction'
import { SUBSCRIBER_STATUSES } from '#models/newsletter_subscriber'
import { endpoints, type ApiModule } from '#platform/openapi/operation'
import {
  array,
  boolean,
  dateTime,
  integer,
  nullable,
  number,
  object,
  oneOf,
  ref,
  string,
} from '#platform/openapi/schema'
import {
  createSessionValidator,
  listSessionsValidator,
  nextProductsValidator,
  swipeValidator,
} from '#validators/gifting/swipe_session'
import {
  generateRecommendationsValidator,
  interactionValidator,
} from '#validators/gifting/recommendation'
import { paginationQueryValidator } from '#validators/common'
import {
  confirmLinkValidator,
  subscribeValidator,
  subscribersExportValidator,
  subscribersFilterValidator,
  unsubscribeLinkValidator,
} from '#validators/gifting/newsletter'
import { dayRangeValidator } from '#validators/analytics/analytics'

const route = endpoints({ tag: 'Gifting', prefix: '/api/v1/gifting', auth: 'user' })
const newsletterRoute = endpoints({ tag: 'Newsletter', prefix: '/api/v1/newsletter' })
const adminRoute = endpoints({ tag: 'Admin', prefix: '/api/v1/admin', auth: 'admin' })
const tagCounts = () => array(object({ tag: string(), count: integer({ minimum: 1 }) }))

const SCORING = [
  'Ranked by `score = 3·categoryAffinity + 2·tagAffinity + 1.5·priceFit + 1·popularity + feedback`.',
  'Swipe weights: like +1, superlike +2, dislike −1.',
  '`categoryAffinity` ∈ [−1, 1]: each swipe adds its weight to every category on its product’s path (the category and its ancestors);',
  'a product gets the mean of those sums over its own path, divided by the total absolute swipe weight.',
  '`tagAffinity` ∈ [−1, 1]: the same over tags (each recipient interest counts as one like of that tag), mean over the product’s tags.',
  '`priceFit` ∈ [0, 1] = max(0, 1 − |price − M| / M), M the median price of liked products (superlikes twice), else the middle of the budget.',
  '`popularity` ∈ [0, 1] = ln(1 + sales) / ln(1 + highest sales among candidates).',
  '`feedback` = Σ over your interactions on earlier recommendations (purchased +3, saved +1.5, clicked +0.5) × similarity, where similarity',
  'is 1 for the same product, else 0.5·[same category] + 0.5·Jaccard(tags).',
  'Candidates: listable products within the budget (the 5,000 most sold), minus those disliked in the session; ties go to the lower product id.',
].join(' ')

const recommendationList = () =>
  object({
    data: array(ref('GiftRecommendation')),
    meta: object({
      generatedAt: nullable(dateTime()),
      stale: boolean({
        description: 'True once the session was swiped after the list was generated',
      }),
    }),
  })

const giftProductFields = {
  id: integer(),
  name: string(),
  description: string(),
  price: integer({ description: 'Integer minor units' }),
  currency: string({ minLength: 3, maxLength: 3 }),
  images: array(string()),
  tags: array(string()),
  category: nullable(object({ id: integer(), name: string(), slug: string() })),
  brandId: nullable(integer()),
}

const schemas = {
  GiftProduct: object(giftProductFields),
  SwipeSession: object({
    id: integer(),
    recipient: nullable(
      object({
        ageMin: nullable(integer()),
        ageMax: nullable(integer()),
        interests: array(string()),
        budgetMin: nullable(integer({ description: 'Integer minor units' })),
        budgetMax: nullable(integer({ description: 'Integer minor units' })),
      })
    ),
    createdAt: dateTime(),
    updatedAt: dateTime(),
  }),
  SwipeCard: object({
    ...giftProductFields,
    matchedTags: array(string(), {
      description: 'Recipient interests and liked tags the product carries',
    }),
  }),
  Swipe: object({
    id: integer(),
    sessionId: integer(),
    productId: integer(),
    action: oneOf(SWIPE_ACTIONS),
    createdAt: dateTime(),
    updatedAt: dateTime(),
  }),
  GiftPreferences: object({
    sessionId: integer(),
    swipes: object({
      total: integer(),
      likes: integer(),
      superlikes: integer(),
      dislikes: integer(),
    }),
    categories: array(
      object({
        id: integer(),
        name: string(),
        path: string({ examples: ['/1/4/'] }),
        liked: integer({ description: 'Likes and super-likes' }),
        superliked: integer(),
        disliked: integer(),
      }),
      { description: 'Categories of liked products, most liked first' }
    ),
    priceBand: nullable(object({ min: integer(), median: integer(), max: integer() })),
    tags: object({ liked: tagCounts(), disliked: tagCounts() }),
  }),
  GiftRecommendation: object(
    {
      id: integer(),
      sessionId: integer(),
      rank: integer({ minimum: 1 }),
      score: number(),
      breakdown: object({
        categoryAffinity: number({ minimum: -1, maximum: 1 }),
        tagAffinity: number({ minimum: -1, maximum: 1 }),
        priceFit: number({ minimum: 0, maximum: 1 }),
        popularity: number({ minimum: 0, maximum: 1 }),
        feedback: number({ minimum: 0 }),
      }),
      product: ref('GiftProduct'),
      createdAt: dateTime(),
    },
    {
      interactions: array(ref('RecommendationInteraction'), {
        description: 'In the list across sessions only: what you did with it, oldest first',
      }),
    }
  ),
  SwipeAnalytics: object(
    {
      sessions: integer({
        minimum: 0,
        description: 'Swipe sessions (for a period: those with a swipe in it)',
      }),
      swipes: object({
        total: integer(),
        likes: integer(),
        superlikes: integer(),
        dislikes: integer(),
      }),
      likeRate: nullable(
        number({
          minimum: 0,
          maximum: 1,
          description: '(likes + super-likes) / swipes, 3 decimals; null before the first swipe',
        })
      ),
      categories: array(
        object({
          id: integer(),
          name: string(),
          path: string(),
          liked: integer({ description: 'Likes and super-likes' }),
          superliked: integer(),
          disliked: integer(),
        }),
        { description: 'Categories of liked products, most liked first' }
      ),
      tags: object({ liked: tagCounts(), disliked: tagCounts() }),
      brands: array(
        object({
          id: integer(),
          name: string(),
          liked: integer({ description: 'Likes and super-likes' }),
          disliked: integer(),
        }),
        {
          description:
            'Brands of liked products, most liked first (platform products have no brand)',
        }
      ),
      priceBand: nullable(object({ min: integer(), median: integer(), max: integer() })),
    },
    {
      shoppers: integer({
        minimum: 0,
        description: 'Admin analytics only: shoppers who swiped in the period',
      }),
    }
  ),
  RecommendationInteraction: object({
    id: integer(),
    recommendationId: nullable(
      integer({ description: 'Null once the list it came from was regenerated' })
    ),
    productId: integer(),
    type: oneOf(INTERACTION_TYPES),
    createdAt: dateTime(),
  }),
  NewsletterSubscriber: object({
    id: integer(),
    email: string({ format: 'email' }),
    status: oneOf(SUBSCRIBER_STATUSES),
    confirmationSentAt: nullable(dateTime()),
    confirmedAt: nullable(dateTime()),
    unsubscribedAt: nullable(dateTime()),
    createdAt: dateTime(),
    updatedAt: dateTime(),
  }),
  NewsletterSubscription: object({
    email: string({ format: 'email' }),
    status: oneOf(SUBSCRIBER_STATUSES),
  }),
}

export const gifting: ApiModule = {
  tags: [
    {
      name: 'Gifting',
      description:
        'Swipe sessions of shoppers (optionally for a recipient: ages, interests, budget), preference analytics and ranked gift ' +
        'recommendations (feature ENABLE_RECOMMENDATIONS). Sessions of other shoppers answer 404.',
    },
    {
      name: 'Newsletter',
      description: 'Double opt-in subscription; confirmation and unsubscribe links are signed',
    },
  ],
  schemas,
  endpoints: [
    route.get('/sessions', {
      summary: 'Your swipe sessions, newest first',
      query: listSessionsValidator,
      list: ref('SwipeSession'),
      errors: [403],
    }),
    route.post('/sessions', {
      summary: 'Start a swipe session (shoppers)',
      body: createSessionValidator,
      status: 201,
      response: ref('SwipeSession'),
      errors: [403],
      fields: {
        'recipient.ageMax': 'At least `ageMin`',
        'recipient.interests': 'Lower-cased; matched against product tags',
        'recipient.budgetMin': 'Integer minor units (cents)',
        'recipient.budgetMax': 'At least `budgetMin`; integer minor units',
      },
    }),
    route.get('/sessions/{id}', {
      summary: 'One of your swipe sessions',
      response: ref('SwipeSession'),
      errors: [403, 404],
    }),
    route.get('/sessions/{id}/next', {
      summary: 'The next products to swipe',
      description:
        'Listable products within the budget not swiped in this session yet. Products whose tags match more of the recipient’s ' +
        'interests and of the tags liked so far come first; then exploration by popularity (sales), then by id.',
      query: nextProductsValidator,
      response: array(ref('SwipeCard')),
      errors: [403, 404],
      fields: { limit: { default: 10 } },
    }),
    route.post('/sessions/{id}/swipes', {
      summary: 'Like, dislike or super-like a product',
      description:
        'One swipe per product and session: swiping the product again replaces the action (200 instead of 201).',
      body: swipeValidator,
      status: 201,
      repeated: 'the product was swiped in this session before; the action was replaced',
      response: ref('Swipe'),
      errors: [403, 404],
    }),
    route.get('/sessions/{id}/preferences', {
      summary: 'Preference analytics of the session',
      description:
        'Liked categories with counts, the price band (min / median / max) of liked products, liked and disliked tags with counts.',
      response: ref('GiftPreferences'),
      errors: [403, 404],
    }),
    route.post('/sessions/{id}/recommendations', {
      summary: 'Generate the gift list from the session’s swipes',
      description: `Replaces the session’s list. 409 \`E_NO_SWIPES\` before the first swipe; 403 \`E_FEATURE_DISABLED\` when ENABLE_RECOMMENDATIONS is off. ${SCORING}`,
      body: generateRecommendationsValidator,
      status: 201,
      raw: { mediaType: 'application/json', schema: recommendationList() },
      errors: [403, 404, 409],
      fields: { limit: { default: 10 } },
    }),
    route.get('/sessions/{id}/recommendations', {
      summary: 'The session’s current gift list, best first',
      description:
        'Products no longer listable are left out. 403 `E_FEATURE_DISABLED` when ENABLE_RECOMMENDATIONS is off.',
      raw: { mediaType: 'application/json', schema: recommendationList() },
      errors: [403, 404],
    }),
    route.post('/recommendations/{id}/interactions', {
      summary: 'Record that you clicked, saved or purchased a recommended product',
      description:
        'Once per product and type (a repeat answers 200 with the first record). Interactions raise the score of that product ' +
        'and of similar ones in later lists (purchased +3, saved +1.5, clicked +0.5, times similarity). ' +
        '403 `E_FEATURE_DISABLED` when ENABLE_RECOMMENDATIONS is off (before the body is validated).',
      body: interactionValidator,
      status: 201,
      repeated: 'this interaction was recorded before; the first record',
      response: ref('RecommendationInteraction'),
      errors: [403, 404],
    }),
    route.get('/recommendations', {
      summary: 'Your recommendations across all swipe sessions, newest list first',
      description:
        'The current list of every session (then by rank), each with your interactions; products no longer listable are left out. ' +
        'Shoppers only (other roles 403); 403 `E_FEATURE_DISABLED` when ENABLE_RECOMMENDATIONS is off.',
      query: paginationQueryValidator,
      list: ref('GiftRecommendation'),
      errors: [403],
    }),
    route.get('/analytics', {
      summary: 'Your swipe analytics across all sessions',
      description:
        'Swipe counts, like rate, liked categories, tags and brands and the price band of liked products, over every session you swiped in. Shoppers only (other roles 403).',
      response: ref('SwipeAnalytics'),
      errors: [403],
    }),

    newsletterRoute.post('/subscribe', {
      summary: 'Subscribe an address to the newsletter (double opt-in)',
      description:
        'Always 202, whatever the address’s state. A new or unsubscribed address gets an e-mail with a signed confirmation link ' +
        '(valid 48 h) and a signed unsubscribe link; a pending address gets it again at most every 5 minutes; a confirmed one nothing.',
      body: subscribeValidator,
      status: 202,
      response: object({ email: string({ format: 'email' }) }),
      throttled: true,
    }),
    newsletterRoute.get('/confirm', {
      summary: 'Confirm a subscription (the signed link of the confirmation e-mail)',
      description:
        '403 `E_INVALID_SIGNATURE` when the link was altered or expired; 409 `E_LINK_SUPERSEDED` when the address unsubscribed ' +
        'or subscribed again since. Following it twice is harmless.',
      query: confirmLinkValidator,
      signed: true,
      response: ref('NewsletterSubscription'),
      errors: [403, 404, 409],
      fields: { id: 'The subscription (from the confirmation link)' },
    }),
    newsletterRoute.get('/unsubscribe', {
      summary: 'Unsubscribe (the signed link in every newsletter e-mail)',
      description: '403 `E_INVALID_SIGNATURE` when the link was altered. Idempotent.',
      query: unsubscribeLinkValidator,
      signed: true,
      response: ref('NewsletterSubscription'),
      errors: [403, 404],
      fields: { id: 'The subscription (from the unsubscribe link)' },
    }),

    adminRoute.get('/newsletter/subscribers', {
      summary: 'Newsletter subscribers, newest first',
      query: subscribersFilterValidator,
      list: ref('NewsletterSubscriber'),
      fields: { q: 'Part of the address' },
    }),
    adminRoute.get('/newsletter/subscribers/export', {
      summary: 'Export subscribers as CSV (text/csv)',
      description:
        'Columns: id, email, status, created_at, confirmed_at, unsubscribed_at; oldest first.',
      query: subscribersExportValidator,
      raw: { mediaType: 'text/csv', schema: string() },
    }),
    adminRoute.get('/gifting/analytics', {
      summary: 'Swipe analytics of every shopper over a period',
      description:
        'The figures of `GET /api/v1/gifting/analytics` over every swipe made in [from, to] (UTC days; default the last 30 days, at most 366), ' +
        'with the number of shoppers. Cached 120 s per period like the dashboard charts (`meta.computedAt`).',
      query: dayRangeValidator,
      raw: {
        mediaType: 'application/json',
        schema: object({
          data: ref('SwipeAnalytics'),
          meta: object({
            computedAt: dateTime(),
            from: string({ format: 'date' }),
            to: string({ format: 'date' }),
          }),
        }),
      },
      errors: [422],
      fields: {
        from: { format: 'date' },
        to: { description: 'On or after `from`', format: 'date' },
      },
    }),
  ],
}
