import vine from '@vinejs/vine'
import { SIGNUP_ROLES } from '#models/user'
import { email } from '#validators/common'
import { password } from '#validators/identity/password'
import { influencerProfileFields, sponsorProfileFields } from '#validators/identity/profile'

/** Signup: `role` is limited to sponsor/influencer/shopper; unknown keys (status, …) are dropped. */
export const signupValidator = vine.create({
  email: email(),
  password: password(),
  fullName: vine.string().trim().minLength(1).maxLength(120),
  role: vine.enum(SIGNUP_ROLES),
  sponsorProfile: vine.object(sponsorProfileFields()).optional(),
  influencerProfile: vine.object(influencerProfileFields()).optional(),
})

/** The account an e-mail names, normalised as every other validator does (the auth rate limits key on it). */
export const accountIdentityValidator = vine.create({
  email: email(),
})

export const loginValidator = vine.create({
  email: email(),
  password: vine.string().maxLength(128),
})

export const refreshValidator = vine.create({
  refreshToken: vine.string().trim().minLength(10).maxLength(200),
})

export const logoutValidator = vine.create({
  refreshToken: vine.string().trim().maxLength(200).optional(),
})

export const changePasswordValidator = vine.create({
  currentPassword: vine.string().maxLength(128),
  newPassword: password(),
})

export const tokenValidator = vine.create({
  token: vine.string().trim().minLength(10).maxLength(200),
})

export const forgotPasswordValidator = vine.create({
  email: email(),
})

export const resetPasswordValidator = vine.create({
  token: vine.string().trim().minLength(10).maxLength(200),
  password: password(),
})
