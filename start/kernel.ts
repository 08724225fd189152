import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'
import { tracingEnabled } from '#providers/otel_provider'

server.errorHandler(() => import('#exceptions/handler'))

server.use([
  () => import('#middleware/container_bindings_middleware'),
  () => import('#middleware/metrics_middleware'),
  () => import('#middleware/request_log_middleware'),
  () => import('#middleware/security_headers_middleware'),
  () => import('#middleware/force_json_response_middleware'),
  () => import('@adonisjs/cors/cors_middleware'),
])

router.use([
  // Span attributes (route, user) only when tracing is on: off, the module would load the OpenTelemetry API for nothing.
  ...(tracingEnabled() ? [() => import('@adonisjs/otel/otel_middleware')] : []),
  () => import('#middleware/compress_response_middleware'),
  () => import('@adonisjs/core/bodyparser_middleware'),
  () => import('#middleware/json_body_middleware'),
  () => import('#middleware/reject_nul_middleware'),
  () => import('#middleware/reject_unknown_fields_middleware'),
  () => import('#middleware/initialize_auth_middleware'),
  () => import('#middleware/initialize_bouncer_middleware'),
])

export const middleware = router.named({
  auth: () => import('#middleware/auth_middleware'),
  role: () => import('#middleware/role_middleware'),
  feature: () => import('#middleware/feature_middleware'),
  metricsAccess: () => import('#middleware/metrics_access_middleware'),
})
