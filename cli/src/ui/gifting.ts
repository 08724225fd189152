import { createElement as h } from 'react'
import { Box, renderToString, Text } from 'ink'
import type { SwipeAnalytics } from '../api/types.js'
import { barList, figureLine } from './bar_list.js'
import { likeRateText, priceBandText } from './figures.js'

/** Rows drawn per list (the JSON has them all). */
const TOP = 10

export interface GiftingView extends SwipeAnalytics {
  from: string
  to: string
}

export function GiftingScreen({ view, colour }: { view: GiftingView; colour: boolean }) {
  return h(
    Box,
    { flexDirection: 'column' },
    h(Text, { bold: colour }, `Gifting swipes ${view.from} → ${view.to}`),
    figureLine(
      [
        ['shoppers', view.shoppers ?? 0],
        ['sessions', view.sessions],
        ['swipes', view.swipes.total],
        ['like rate', likeRateText(view.likeRate)],
      ],
      colour
    ),
    ...barList(
      'swipes',
      [
        { label: 'likes', count: view.swipes.likes },
        { label: 'super-likes', count: view.swipes.superlikes },
        { label: 'dislikes', count: view.swipes.dislikes },
      ],
      colour
    ),
    ...barList(
      'liked categories',
      view.categories.slice(0, TOP).map((c) => ({ label: c.name, count: c.liked })),
      colour
    ),
    ...barList(
      'liked brands',
      view.brands.slice(0, TOP).map((b) => ({ label: b.name, count: b.liked })),
      colour
    ),
    ...barList(
      'liked tags',
      view.tags.liked.slice(0, TOP).map((t) => ({ label: t.tag, count: t.count })),
      colour
    ),
    h(Text, {}, `price band (liked, minor units)  ${priceBandText(view.priceBand)}`)
  )
}

export const renderGifting = (view: GiftingView, colour: boolean, columns: number) =>
  renderToString(h(GiftingScreen, { view, colour }), { columns })
