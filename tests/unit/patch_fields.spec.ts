import { test } from '@japa/runner'
import { signupValidator } from '#validators/identity/auth'
import { updateMeValidator } from '#validators/identity/profile'
import { createCampaignValidator, updateCampaignValidator } from '#validators/marketplace/campaign'
import {
  createAdRequestValidator,
  updateAdRequestValidator,
} from '#validators/marketplace/ad_request'
import { createPlanValidator, updatePlanValidator } from '#validators/community/plan'
import { createCommentValidator, updateCommentValidator } from '#validators/community/comment'
import { createAddressValidator, updateAddressValidator } from '#validators/commerce/address'
import {
  createCategoryValidator,
  createProductValidator,
  updateCategoryValidator,
  updateProductValidator,
} from '#validators/commerce/catalogue'
import { createRuleValidator, updateRuleValidator } from '#validators/moderation/rule'

type Validator = { toJSONSchema(): { properties?: Record<string, unknown> } }

/** Each PATCH validator beside the create validator of the same resource. */
const PAIRS: Record<string, [Validator, Validator]> = {
  'PATCH /api/v1/auth/me': [signupValidator, updateMeValidator],
  'PATCH /api/v1/campaigns/:id': [createCampaignValidator, updateCampaignValidator],
  'PATCH /api/v1/ad-requests/:id': [createAdRequestValidator, updateAdRequestValidator],
  'PATCH /api/v1/plans/:id': [createPlanValidator, updatePlanValidator],
  'PATCH /api/v1/comments/:id': [createCommentValidator, updateCommentValidator],
  'PATCH /api/v1/addresses/:id': [createAddressValidator, updateAddressValidator],
  'PATCH /api/v1/product-categories/:id': [createCategoryValidator, updateCategoryValidator],
  'PATCH /api/v1/products/:id': [createProductValidator, updateProductValidator],
  'PATCH /api/v1/admin/moderation/rules/:id': [createRuleValidator, updateRuleValidator],
}

const fields = (validator: Validator) => Object.keys(validator.toJSONSchema().properties ?? {})

test.group('validators / PATCH bodies', () => {
  test('every field a create accepts is handled by its PATCH: changed, or refused with readOnly, never dropped silently', ({
    assert,
  }) => {
    const dropped = Object.entries(PAIRS).flatMap(([route, [create, update]]) => {
      const handled = new Set(fields(update))
      return fields(create)
        .filter((field) => !handled.has(field))
        .map((field) => `${route}: ${field}`)
    })
    assert.deepEqual(
      dropped,
      [],
      'add the field to the PATCH validator, or declare it readOnly(reason)'
    )
  })
})
