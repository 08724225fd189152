import { endpoints, type ApiModule } from '#platform/openapi/operation'
import {
  array,
  boolean,
  dateTime,
  object,
  pageMetaSchema,
  ref,
  type Schema,
} from '#platform/openapi/schema'
import {
  changePasswordValidator,
  forgotPasswordValidator,
  loginValidator,
  logoutValidator,
  refreshValidator,
  resetPasswordValidator,
  signupValidator,
  tokenValidator,
} from '#validators/identity/auth'
import { updateMeValidator } from '#validators/identity/profile'
import { influencerSearchValidator } from '#validators/identity/directory'
import { identitySchemas } from '#transformers/identity/identity_schemas'

const queued = object({
  queued: boolean({
    const: true,
    description: 'The e-mail is recorded and queued for sending, not sent yet',
  }),
})

const auth = endpoints({ tag: 'Auth', prefix: '/api/v1/auth' })
const directory = endpoints({ tag: 'Influencers', prefix: '/api/v1', auth: 'user' })

/** A cached page: PageMeta plus when the page was computed (`CacheService`, family `search`, 5 min). */
const cachedPage = (item: Schema): Schema =>
  object({
    data: array(item),
    meta: object({
      ...(pageMetaSchema.properties as Record<string, Schema>),
      computedAt: {
        ...dateTime(),
        description: 'When this page was computed; a cached page keeps its first time',
      },
    }),
  })

export const identity: ApiModule = {
  tags: [
    {
      name: 'Auth',
      description:
        'Accounts, sessions (access + refresh tokens), e-mail verification and passwords',
    },
    { name: 'Influencers', description: 'The influencer directory brands browse' },
  ],
  schemas: identitySchemas,
  endpoints: [
    auth.post('/signup', {
      summary: 'Create an account',
      description:
        'Brands (`sponsor`) must give `sponsorProfile.companyName` and start `pending` until approved. Sends a verification e-mail. ' +
        '403 `E_FEATURE_DISABLED` when registration is disabled (ENABLE_REGISTRATION=false), whatever the body.',
      body: signupValidator,
      status: 201,
      response: ref('Session'),
      errors: [403, 409],
      throttled: true,
      fields: {
        email: 'Trimmed and lower-cased',
        password:
          'Not one of the ~49,000 most common passwords, at least 4 different characters, and not containing the e-mail address (422 saying which)',
      },
    }),
    auth.post('/login', {
      summary: 'Log in with e-mail and password',
      description: '401 on wrong credentials; 403 for blocked or rejected accounts.',
      body: loginValidator,
      response: ref('Session'),
      errors: [401, 403],
      throttled: true,
      fields: { email: 'Trimmed and lower-cased' },
    }),
    auth.post('/refresh', {
      summary: 'Exchange a refresh token for a new token pair',
      description:
        'Refresh tokens rotate. Every refusal is a 401 naming why: `E_INVALID_REFRESH_TOKEN` (unknown), ' +
        '`E_REFRESH_TOKEN_REUSED` (a spent token replayed: every token of its login is revoked), ' +
        '`E_REFRESH_TOKEN_REVOKED` (revoked by logout, a password change or an admin; the message says which), ' +
        '`E_REFRESH_TOKEN_EXPIRED`, `E_ACCOUNT_BLOCKED`, `E_ACCOUNT_REJECTED`.',
      body: refreshValidator,
      response: ref('TokenPair'),
      errors: [401],
      throttled: true,
    }),
    auth.post('/password/forgot', {
      summary: 'Send a password-reset e-mail',
      description:
        'Answers 202, in the same time, whether or not the address belongs to an account (the lookup and the e-mail happen in a background job).',
      body: forgotPasswordValidator,
      status: 202,
      response: queued,
      throttled: true,
      fields: { email: 'Trimmed and lower-cased' },
    }),
    auth.post('/password/reset', {
      summary: 'Set a new password with the token from the reset e-mail',
      body: resetPasswordValidator,
      throttled: true,
      fields: {
        password:
          'Not one of the ~49,000 most common passwords, at least 4 different characters, and not containing the e-mail address (422 saying which)',
      },
    }),
    auth.post('/verify-email', {
      summary: 'Confirm an e-mail address with the token from the verification e-mail',
      body: tokenValidator,
      response: ref('User'),
    }),
    auth.post('/logout', {
      auth: 'user',
      summary: 'Log out: revoke this session, and the session of `refreshToken` when given',
      body: logoutValidator,
    }),
    auth.get('/me', { auth: 'user', summary: 'The signed-in account', response: ref('User') }),
    auth.patch('/me', {
      auth: 'user',
      summary: 'Update own name, own role profile and privacy settings',
      description:
        '`email`, `password` and `role` are refused (422 on that field, saying why): the e-mail and role of an account do not change, ' +
        'the password changes with `PUT /auth/password`. Two concurrent first saves of a role profile: the later one answers 409 `E_CONFLICT`.',
      body: updateMeValidator,
      response: ref('User'),
      errors: [409],
      fields: {
        'privacy.weeklySummary':
          "Creators: the Monday e-mail with last week's figures on their plans (default true)",
      },
    }),
    auth.put('/password', {
      auth: 'user',
      summary: 'Change password (signs out every other session)',
      body: changePasswordValidator,
      fields: {
        newPassword:
          'Not one of the ~49,000 most common passwords, at least 4 different characters, and not containing the e-mail address (422 saying which)',
      },
    }),
    auth.post('/verify-email/resend', {
      auth: 'user',
      summary: 'Send the verification e-mail again',
      status: 202,
      response: queued,
      errors: [409],
      throttled: true,
    }),
    directory.get('/influencers', {
      summary: 'Search the influencer directory',
      description:
        'Approved brands and admins only. Public profiles only (`followers` and `private` profiles are left out); hidden fields are null. ' +
        'Pages are cached for up to 5 minutes (a sign-up, profile, privacy or block change drops them); `meta.computedAt` says when.',
      query: influencerSearchValidator,
      raw: { mediaType: 'application/json', schema: cachedPage(ref('Influencer')) },
      errors: [403],
      fields: { q: 'Part of the name', sort: { default: '-reach' } },
    }),
  ],
}
