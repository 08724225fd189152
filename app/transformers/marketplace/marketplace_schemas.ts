/**
 * The named OpenAPI components of the marketplace responses (app/openapi/marketplace.ts):
 * each resource's schema is defined once, beside its transformer, which is typed against it.
 */
import { adRequestSchema } from '#transformers/marketplace/ad_request_transformer'
import { campaignSchema } from '#transformers/marketplace/campaign_transformer'
import { conversationSchema } from '#transformers/marketplace/conversation_transformer'
import { messageSchema } from '#transformers/marketplace/message_transformer'
import { offerSchema } from '#transformers/marketplace/offer_transformer'
import { partySchema } from '#transformers/marketplace/party'

export const marketplaceSchemas = {
  MarketplaceParty: partySchema,
  Campaign: campaignSchema,
  AdRequest: adRequestSchema,
  NegotiationOffer: offerSchema,
  Conversation: conversationSchema,
  Message: messageSchema,
}
