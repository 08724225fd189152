/**
 * The named OpenAPI components of the gifting responses (app/openapi/gifting.ts):
 * each resource's schema is defined once, beside its transformer, which is typed against it.
 */
import { productSummarySchema } from '#transformers/commerce/product_transformer'
import {
  newsletterSubscriberSchema,
  newsletterSubscriptionSchema,
} from '#transformers/gifting/newsletter_subscriber_transformer'
import { preferencesSchema } from '#transformers/gifting/preferences_transformer'
import { recommendationInteractionSchema } from '#transformers/gifting/recommendation_interaction_transformer'
import { recommendationSchema } from '#transformers/gifting/recommendation_transformer'
import { swipeAnalyticsSchema } from '#transformers/gifting/swipe_analytics_transformer'
import { swipeCardSchema } from '#transformers/gifting/swipe_card_transformer'
import { swipeSessionSchema } from '#transformers/gifting/swipe_session_transformer'
import { swipeSchema } from '#transformers/gifting/swipe_transformer'

export const giftingSchemas = {
  GiftProduct: productSummarySchema,
  SwipeSession: swipeSessionSchema,
  SwipeCard: swipeCardSchema,
  Swipe: swipeSchema,
  GiftPreferences: preferencesSchema,
  GiftRecommendation: recommendationSchema,
  SwipeAnalytics: swipeAnalyticsSchema,
  RecommendationInteraction: recommendationInteractionSchema,
  NewsletterSubscriber: newsletterSubscriberSchema,
  NewsletterSubscription: newsletterSubscriptionSchema,
}
