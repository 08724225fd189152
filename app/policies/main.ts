/** Policies registered with Bouncer, lazily imported. */
export const policies = {
  UserAdminPolicy: () => import('#policies/identity/user_admin_policy'),
  InfluencerDirectoryPolicy: () => import('#policies/identity/influencer_directory_policy'),
}
