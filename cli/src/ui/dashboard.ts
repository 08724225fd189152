import { createElement as h } from 'react'
import { Box, renderToString, Text } from 'ink'
import type { Charts, DashboardStats } from '../api/types.js'
import { barList, figureLine } from './bar_list.js'
import { sparkline } from './charts.js'

export function Dashboard({
  stats,
  charts,
  colour,
}: {
  stats: DashboardStats
  charts: Charts
  colour: boolean
}) {
  const figures: [string, number | string][] = [
    ['users', stats.users.total],
    ['pending sponsors', stats.pendingSponsors],
    ['campaigns', stats.campaigns.total],
    ['ad requests', stats.adRequests.total],
    ['plans', stats.skillPlans.total],
    ['open reports', stats.reports.open],
    ['sales', `${stats.sales.count} (${stats.sales.revenue} ${stats.sales.currency})`],
  ]
  return h(
    Box,
    { flexDirection: 'column' },
    h(Text, { bold: colour }, 'Marquee dashboard'),
    figureLine(figures, colour),
    h(Text, {}, `user growth    ${sparkline(charts.userGrowth.map((p) => p.count))}`),
    h(Text, {}, `campaigns      ${sparkline(charts.campaignActivity.map((p) => p.campaigns))}`),
    h(Text, {}, `ad requests    ${sparkline(charts.campaignActivity.map((p) => p.adRequests))}`),
    h(Text, {}, `sales          ${sparkline(charts.sales.map((p) => p.count))}`),
    ...barList(
      'ad requests by status',
      charts.adRequestStatus.map((s) => ({ label: s.status, count: s.count })),
      colour
    ),
    ...barList(
      'campaigns by niche',
      charts.campaignDistribution.byNiche.map((n) => ({ label: n.niche, count: n.count })),
      colour
    ),
    ...barList(
      'campaigns by status',
      charts.campaignDistribution.byStatus.map((s) => ({ label: s.status, count: s.count })),
      colour
    )
  )
}

export const renderDashboard = (
  stats: DashboardStats,
  charts: Charts,
  colour: boolean,
  columns: number
) => renderToString(h(Dashboard, { stats, charts, colour }), { columns })
