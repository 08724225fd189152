import { createElement as h } from 'react'
import { Box, renderToString, Text } from 'ink'
import type { Charts, DashboardStats } from '../api/types.js'
import { bar, sparkline } from './charts.js'

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
  const bars = (title: string, rows: { label: string; count: number }[]) => {
    const max = Math.max(0, ...rows.map((r) => r.count))
    return [
      h(Text, { key: title, bold: colour }, title),
      ...(rows.length
        ? rows.map((r) =>
            h(
              Text,
              { key: `${title} ${r.label}` },
              `${r.label.padEnd(14)} ${bar(r.count, max, 30)} ${r.count}`
            )
          )
        : [h(Text, { key: `${title} none`, dimColor: colour }, 'none yet')]),
    ]
  }
  return h(
    Box,
    { flexDirection: 'column' },
    h(Text, { bold: colour }, 'Marquee dashboard'),
    // The figures are one line of text: Ink does not lay out gaps inside a row of boxes ("users2").
    h(
      Text,
      {},
      ...figures.flatMap(([label, value], i) => [
        ...(i ? ['   '] : []),
        h(Text, { key: `${label} label`, dimColor: colour }, label),
        ' ',
        h(Text, { key: `${label} value`, bold: colour }, String(value)),
      ])
    ),
    h(Text, {}, `user growth    ${sparkline(charts.userGrowth.map((p) => p.count))}`),
    h(Text, {}, `campaigns      ${sparkline(charts.campaignActivity.map((p) => p.campaigns))}`),
    h(Text, {}, `ad requests    ${sparkline(charts.campaignActivity.map((p) => p.adRequests))}`),
    h(Text, {}, `sales          ${sparkline(charts.sales.map((p) => p.count))}`),
    ...bars(
      'ad requests by status',
      charts.adRequestStatus.map((s) => ({ label: s.status, count: s.count }))
    ),
    ...bars(
      'campaigns by niche',
      charts.campaignDistribution.byNiche.map((n) => ({ label: n.niche, count: n.count }))
    ),
    ...bars(
      'campaigns by status',
      charts.campaignDistribution.byStatus.map((s) => ({ label: s.status, count: s.count }))
    )
  )
}

export const renderDashboard = (
  stats: DashboardStats,
  charts: Charts,
  colour: boolean,
  columns: number
) => renderToString(h(Dashboard, { stats, charts, colour }), { columns })
