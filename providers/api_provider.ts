import { HttpContext } from '@adonisjs/core/http'
import { Collection, Item, Paginator } from '@adonisjs/core/transformers'
import type { ApplicationService } from '@adonisjs/core/types'
import { apiSerializer } from '#platform/http/api_serializer'
import { isSettledJson } from '#platform/http/json_body'

const isTransformed = (value: unknown) =>
  value instanceof Item || value instanceof Collection || value instanceof Paginator

/**
 * Whether `resource` is already plain data at its top level (an array, or an
 * object none of whose values is a transformer result): what the serializer
 * would answer as is (an array) or as a shallow copy (an object), without its
 * asynchronous walk. Cached reads answer such values on every hit.
 */
function plainData(resource: unknown): resource is object {
  if (resource === null || typeof resource !== 'object' || isTransformed(resource)) return false
  if (Array.isArray(resource)) return true
  for (const value of Object.values(resource)) if (isTransformed(value)) return false
  return true
}

/**
 * Adds `ctx.serialize(resource, meta?)`: the one response envelope
 * `{ data, meta }` for transformer output (items, collections, paginators).
 */
export default class ApiProvider {
  constructor(protected app: ApplicationService) {}

  async boot() {
    HttpContext.macro(
      'serialize',
      async function (this: HttpContext, resource: unknown, meta = {}) {
        if (resource instanceof Paginator) {
          const page = await apiSerializer.serializeWithoutWrapping(
            resource,
            this.containerResolver
          )
          return { data: page.data, meta: { ...page.metadata, ...meta } }
        }
        if (plainData(resource))
          return {
            // A settled value (a cache hit) cannot change: answered as is, its JSON text memoized.
            data:
              Array.isArray(resource) || isSettledJson(resource)
                ? resource
                : { ...(resource as object) },
            meta,
          }
        const data = await apiSerializer.serializeWithoutWrapping(resource, this.containerResolver)
        return { data, meta }
      }
    )
  }
}

declare module '@adonisjs/core/http' {
  interface HttpContext {
    serialize(
      resource: unknown,
      meta?: Record<string, unknown>
    ): Promise<{ data: unknown; meta: Record<string, unknown> }>
  }
}
