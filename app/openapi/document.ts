/*
| This API's OpenAPI document: every module's part (one file per module in
| this folder: its paths, with request schemas from the validators and
| response schemas from the transformers), put together by the platform's
| document builder. A new module adds its file to MODULES.
*/
import type { ApiModule } from '#platform/openapi/operation'
import { buildDocument, type OpenApiDocument } from '#platform/openapi/document'
import { admin } from '#openapi/admin'
import { analytics } from '#openapi/analytics'
import { adminOps } from '#openapi/admin_ops'
import { communityPlans } from '#openapi/community_plans'
import { communitySocial } from '#openapi/community_social'
import { commerce } from '#openapi/commerce'
import { gifting } from '#openapi/gifting'
import { identity } from '#openapi/identity'
import { marketplace } from '#openapi/marketplace'
import { moderation } from '#openapi/moderation'
import { notifications } from '#openapi/notifications'
import { operations } from '#openapi/operations'
import { operationsJobs } from '#openapi/operations_jobs'
import { personalData } from '#openapi/personal_data'
import { realtime } from '#openapi/realtime'

const MODULES: ApiModule[] = [
  operations,
  identity,
  admin,
  adminOps,
  realtime,
  marketplace,
  operationsJobs,
  communityPlans,
  communitySocial,
  commerce,
  gifting,
  moderation,
  notifications,
  analytics,
  personalData,
]

let built: OpenApiDocument | undefined

/** The document of this API, built once per process. */
export function openApiDocument() {
  built ??= buildDocument(MODULES)
  return built
}

/** A fresh build of the document (the CLI types generator, the document's lint). */
export const buildApiDocument = () => buildDocument(MODULES)
