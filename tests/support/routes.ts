import router from '@adonisjs/core/services/router'

export interface ApiRoute {
  method: string
  pattern: string
}

/** Every registered route (HEAD excluded), read from the router at run time. */
export function registeredRoutes(filter: (route: ApiRoute) => boolean = () => true): ApiRoute[] {
  return Object.values(router.toJSON())
    .flat()
    .flatMap((route) => route.methods.filter((m) => m !== 'HEAD').map((method) => ({ method, pattern: route.pattern })))
    .filter(filter)
}

export const routeLabel = (route: ApiRoute) => `${route.method} ${route.pattern}`

/** Substitutes every route param (`:id`, `:name`, …) with `value`. */
export const fillParams = (pattern: string, value: string | number) => pattern.replace(/:\w+\??/g, String(value))
