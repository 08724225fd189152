const BLOCKS = '▁▂▃▄▅▆▇█'

/** A one-line sparkline of a series. */
export function sparkline(values: number[]) {
  const max = Math.max(0, ...values)
  return values
    .map((v) => (max === 0 ? BLOCKS[0] : BLOCKS[Math.round((v / max) * (BLOCKS.length - 1))]))
    .join('')
}

/** A horizontal bar of `width` cells for value/max. */
export function bar(value: number, max: number, width: number) {
  const filled = max === 0 ? 0 : Math.round((value / max) * width)
  return '█'.repeat(filled) + '░'.repeat(width - filled)
}
