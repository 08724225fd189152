import router from '@adonisjs/core/services/router'
import { openApiDocument } from '#openapi/document'
import type { Schema } from '#platform/openapi/schema'

export interface ApiRoute {
  method: string
  pattern: string
}

/** Every registered route (HEAD excluded), read from the router at run time. */
export function registeredRoutes(filter: (route: ApiRoute) => boolean = () => true): ApiRoute[] {
  return Object.values(router.toJSON())
    .flat()
    .flatMap((route) =>
      route.methods
        .filter((m) => m !== 'HEAD')
        .map((method) => ({ method, pattern: route.pattern }))
    )
    .filter(filter)
}

export const routeLabel = (route: ApiRoute) => `${route.method} ${route.pattern}`

/** Substitutes every route param (`:id`, `:name`, …) with `value`. */
export const fillParams = (pattern: string, value: string | number) =>
  pattern.replace(/:\w+\??/g, String(value))

/**
 * The fields of `body` the route's documented request body takes: a sweep over
 * many routes sends each only what it accepts (any other field is a 422
 * E_UNKNOWN_FIELD, checked before authentication like the rest of the body).
 */
export function documentedBody(route: ApiRoute, body: Record<string, unknown>) {
  const operation =
    openApiDocument().paths[route.pattern.replace(/:(\w+)\??/g, '{$1}')]?.[
      route.method.toLowerCase()
    ]
  const schema = (
    operation?.requestBody as { content: Record<string, { schema: Schema }> } | undefined
  )?.content['application/json']?.schema
  const properties = (schema?.properties ?? {}) as Record<string, Schema>
  return Object.fromEntries(Object.entries(body).filter(([name]) => name in properties))
}
