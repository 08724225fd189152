/**
 * A web process that received SIGTERM: /health/ready answers 503 so the
 * proxy stops sending traffic, while the requests already on their way are
 * still served for DRAIN_MS before the HTTP server closes.
 */
export const DRAIN_MS = 1000

let draining = false

export const isDraining = () => draining

export function startDraining() {
  draining = true
}
