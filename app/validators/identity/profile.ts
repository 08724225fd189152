import vine from '@vinejs/vine'
import { readOnly } from '#validators/common'

/** The largest audience a creator may state. */
export const MAX_REACH = 10_000_000_000

const companyName = () => vine.string().trim().minLength(1).maxLength(160)

/** Sponsor profile fields; the company name is required at signup, optional on update. */
export const sponsorProfileFields = (requireCompany = true) => ({
  companyName: requireCompany ? companyName() : companyName().optional(),
  industry: vine.string().trim().maxLength(80).optional(),
  budget: vine.number().withoutDecimals().min(0).max(1_000_000_000_000).optional(),
  website: vine.string().trim().url().maxLength(300).optional(),
})

export const influencerProfileFields = () => ({
  niche: vine.string().trim().maxLength(80).optional(),
  platforms: vine.array(vine.string().trim().minLength(1).maxLength(40)).maxLength(10).optional(),
  reach: vine.number().withoutDecimals().min(0).max(MAX_REACH).optional(),
  bio: vine.string().trim().maxLength(1000).optional(),
})

/** PATCH /auth/me: own name, own profile of the user's role, privacy settings. */
export const updateMeValidator = vine.create({
  email: readOnly('The e-mail address of an account cannot be changed'),
  password: readOnly('Change your password with PUT /api/v1/auth/password'),
  role: readOnly('The role of an account cannot be changed'),
  fullName: vine.string().trim().minLength(1).maxLength(120).optional(),
  sponsorProfile: vine.object(sponsorProfileFields(false)).optional(),
  influencerProfile: vine.object(influencerProfileFields()).optional(),
  privacy: vine
    .object({
      profileVisibility: vine.enum(['public', 'followers', 'private'] as const).optional(),
      showEmail: vine.boolean({ strict: true }).optional(),
      showStats: vine.boolean({ strict: true }).optional(),
      showFollowers: vine.boolean({ strict: true }).optional(),
      emailDigest: vine.boolean({ strict: true }).optional(),
      weeklySummary: vine.boolean({ strict: true }).optional(),
    })
    .optional(),
})
