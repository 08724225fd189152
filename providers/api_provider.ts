import { HttpContext } from '@adonisjs/core/http'
import { Paginator } from '@adonisjs/core/transformers'
import type { ApplicationService } from '@adonisjs/core/types'
import { apiSerializer } from '#platform/http/api_serializer'

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
    ): Promise<{ data: any; meta: Record<string, unknown> }>
  }
}
