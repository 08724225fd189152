import type { SwipeAnalytics } from '../api/types.js'

/** How the screens and plain output print figures (no Ink here: commands import it on every run). */

/** A percentage; `–` for none. */
export const percentText = (value: number | null) => (value === null ? '–' : `${value}%`)

/** A like rate (0 … 1) as a percentage; `–` before the first swipe. */
export const likeRateText = (rate: number | null) =>
  rate === null ? '–' : `${Math.round(rate * 1000) / 10}%`

export const priceBandText = (band: SwipeAnalytics['priceBand']) =>
  band ? `${band.min} … ${band.median} … ${band.max}` : '–'
