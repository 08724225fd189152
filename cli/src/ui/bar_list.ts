import { createElement as h } from 'react'
import { Text } from 'ink'
import { bar } from './charts.js'

/** A titled list of horizontal bars, one per row, scaled to the largest (`none yet` when empty). */
export function barList(
  title: string,
  rows: { label: string; count: number; note?: string }[],
  colour: boolean
) {
  const max = Math.max(0, ...rows.map((r) => r.count))
  return [
    h(Text, { key: title, bold: colour }, title),
    ...(rows.length
      ? rows.map((r) =>
          h(
            Text,
            { key: `${title} ${r.label}` },
            `${r.label.padEnd(14)} ${bar(r.count, max, 30)} ${r.count}${r.note ? `  ${r.note}` : ''}`
          )
        )
      : [h(Text, { key: `${title} none`, dimColor: colour }, 'none yet')]),
  ]
}

/** One line of `label value` pairs (Ink does not lay out gaps inside a row of boxes: "users2"). */
export function figureLine(figures: [string, number | string][], colour: boolean) {
  return h(
    Text,
    {},
    ...figures.flatMap(([label, value], i) => [
      ...(i ? ['   '] : []),
      h(Text, { key: `${label} label`, dimColor: colour }, label),
      ' ',
      h(Text, { key: `${label} value`, bold: colour }, String(value)),
    ])
  )
}
