import { endpoints, type ApiModule } from '#platform/openapi/operation'
import { array, boolean, dateTime, nullable, object, ref, string } from '#platform/openapi/schema'
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
import { giftingSchemas } from '#transformers/gifting/gifting_schemas'

const route = endpoints({ tag: 'Gifting', prefix: '/api/v1/gifting', auth: 'user' })
const newsletterRoute = endpoints({ tag: 'Newsletter', prefix: '/api/v1/newsletter' })
const adminRoute = endpoints({ tag: 'Admin', prefix: '/api/v1/admin', auth: 'admin' })

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
  schemas: giftingSchemas,
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
