import { createElement as h } from 'react'
import { Box, Text } from 'ink'
import type { Charts, DashboardStats } from '../api/types.js'
import { bar, sparkline } from './charts.js'

export function Dashboard({ stats, charts, colour }: { stats: DashboardStats; charts: Charts; colour: boolean }) {
  const figure = (label: string, value: number | string) => h(Box, { key: label, gap: 1 }, h(Text, { dimColor: colour }, label), h(Text, { bold: colour }, String(value)))
  const maxStatus = Math.max(0, ...charts.adRequestStatus.map((s) => s.count))
  return h(
    Box,
    { flexDirection: 'column' },
    h(Text, { bold: colour }, 'Marquee dashboard'),
    h(
      Box,
      { gap: 3 },
      figure('users', stats.users.total),
      figure('pending sponsors', stats.pendingSponsors),
      figure('campaigns', stats.campaigns.total),
      figure('ad requests', stats.adRequests.total),
      figure('plans', stats.skillPlans.total),
      figure('open reports', stats.reports.open),
      figure('sales', `${stats.sales.count} (${stats.sales.revenue} ${stats.sales.currency})`)
    ),
    h(Text, {}, `user growth    ${sparkline(charts.userGrowth.map((p) => p.count))}`),
    h(Text, {}, `campaigns      ${sparkline(charts.campaignActivity.map((p) => p.campaigns))}`),
    h(Text, {}, `ad requests    ${sparkline(charts.campaignActivity.map((p) => p.adRequests))}`),
    h(Text, {}, `sales          ${sparkline(charts.sales.map((p) => p.count))}`),
    h(Text, { bold: colour }, 'ad requests by status'),
    ...charts.adRequestStatus.map((s) => h(Text, { key: s.status }, `${s.status.padEnd(12)} ${bar(s.count, maxStatus, 30)} ${s.count}`))
  )
}
