/** Policies registered with Bouncer, lazily imported. */
export const policies = {
  UserAdminPolicy: () => import('#policies/identity/user_admin_policy'),
  InfluencerDirectoryPolicy: () => import('#policies/identity/influencer_directory_policy'),
  TaskPolicy: () => import('#policies/operations/task_policy'),
  MailPolicy: () => import('#policies/operations/mail_policy'),
  CampaignPolicy: () => import('#policies/marketplace/campaign_policy'),
  AdRequestPolicy: () => import('#policies/marketplace/ad_request_policy'),
  ConversationPolicy: () => import('#policies/marketplace/conversation_policy'),
}
