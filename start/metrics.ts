/*
| Web processes open the Prometheus listener on METRICS_PORT when it is set
| (`/metrics` on the main port needs a token either way).
*/
import app from '@adonisjs/core/services/app'
import { listenForMetrics } from '#platform/metrics/registry'

await listenForMetrics(app)
