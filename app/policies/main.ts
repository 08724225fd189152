/** Policies registered with Bouncer, lazily imported. */
export const policies = {
  UserAdminPolicy: () => import('#policies/identity/user_admin_policy'),
  InfluencerDirectoryPolicy: () => import('#policies/identity/influencer_directory_policy'),
  TaskPolicy: () => import('#policies/operations/task_policy'),
  MailPolicy: () => import('#policies/operations/mail_policy'),
  OperationsPolicy: () => import('#policies/operations/operations_policy'),
  CampaignPolicy: () => import('#policies/marketplace/campaign_policy'),
  AdRequestPolicy: () => import('#policies/marketplace/ad_request_policy'),
  ConversationPolicy: () => import('#policies/marketplace/conversation_policy'),
  PlanPolicy: () => import('#policies/community/plan_policy'),
  CommentPolicy: () => import('#policies/community/comment_policy'),
  CustomTaskPolicy: () => import('#policies/community/custom_task_policy'),
  FollowPolicy: () => import('#policies/community/follow_policy'),
  ProfilePolicy: () => import('#policies/community/profile_policy'),
  ReportPolicy: () => import('#policies/moderation/report_policy'),
  SwipeSessionPolicy: () => import('#policies/gifting/swipe_session_policy'),
  RecommendationPolicy: () => import('#policies/gifting/recommendation_policy'),
}
