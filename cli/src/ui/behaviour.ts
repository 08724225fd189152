import { createElement as h } from 'react'
import { Box, renderToString, Text } from 'ink'
import type { Behaviour } from '../api/types.js'
import { barList, figureLine } from './bar_list.js'
import { percentText } from './figures.js'
import { sparkline } from './charts.js'

export interface BehaviourView extends Behaviour {
  from: string
  to: string
}

const row = (cells: string[]) => cells.map((cell, i) => cell.padEnd(i === 0 ? 11 : 7)).join('')

/** Cohorts and weeks the screen draws (the latest cohorts, their first weeks); the JSON has them all. */
const RETENTION_SIZE = 12

/** The retention triangle: one line per sign-up week, the share of it active each week since. */
function retentionLines(view: BehaviourView, colour: boolean) {
  const cohorts = view.retention.slice(-RETENTION_SIZE)
  const width = Math.min(RETENTION_SIZE, Math.max(0, ...cohorts.map((c) => c.weeks.length)))
  const header = ['cohort', 'size', ...Array.from({ length: width }, (_, i) => `w${i}`)]
  return [
    h(Text, { key: 'retention', bold: colour }, 'weekly retention (% of the cohort active)'),
    h(Text, { key: 'retention header', dimColor: colour }, row(header)),
    ...cohorts.map((cohort) =>
      h(
        Text,
        { key: `retention ${cohort.cohort}` },
        row([
          cohort.cohort,
          String(cohort.size),
          ...cohort.weeks.slice(0, width).map((week) => percentText(week.percent)),
        ])
      )
    ),
  ]
}

export function BehaviourScreen({ view, colour }: { view: BehaviourView; colour: boolean }) {
  const { current, series } = view.active
  const total = view.funnel.total
  return h(
    Box,
    { flexDirection: 'column' },
    h(Text, { bold: colour }, `Member behaviour ${view.from} → ${view.to}`),
    figureLine(
      [
        ['DAU', current.dau],
        ['WAU', current.wau],
        ['MAU', current.mau],
        ['on', current.day],
      ],
      colour
    ),
    h(Text, {}, `daily active   ${sparkline(series.map((p) => p.dau))}`),
    h(Text, {}, `weekly active  ${sparkline(series.map((p) => p.wau))}`),
    h(Text, {}, `monthly active ${sparkline(series.map((p) => p.mau))}`),
    ...barList(
      `sign-up funnel (by ${view.funnel.bucket})`,
      [
        { label: 'signed up', count: total.signedUp },
        { label: 'first plan', count: total.firstPlan, note: percentText(total.planRate) },
        { label: 'first like', count: total.firstLike, note: percentText(total.overallRate) },
      ],
      colour
    ),
    h(Text, {}, `sign-ups       ${sparkline(view.funnel.cohorts.map((c) => c.signedUp))}`),
    ...retentionLines(view, colour),
    ...barList(
      'most-used features',
      view.features.map((f) => ({ label: f.feature, count: f.uses, note: `${f.members} members` })),
      colour
    )
  )
}

export const renderBehaviour = (view: BehaviourView, colour: boolean, columns: number) =>
  renderToString(h(BehaviourScreen, { view, colour }), { columns })
