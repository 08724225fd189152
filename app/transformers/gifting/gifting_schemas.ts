/**
 * The OpenAPI schemas of what this module's transformers write (app/platform/openapi/paths/gifting.ts references them).
 */
import { SWIPE_ACTIONS } from '#models/swipe'
import { INTERACTION_TYPES } from '#models/recommendation_interaction'
import { SUBSCRIBER_STATUSES } from '#models/newsletter_subscriber'
import {
  array,
  dateTime,
  integer,
  nullable,
  number,
  object,
  oneOf,
  ref,
  string,
} from '#platform/openapi/schema'

export const tagCounts = () => array(object({ tag: string(), count: integer({ minimum: 1 }) }))

export const giftProductFields = {
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

export const giftingSchemas = {
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
