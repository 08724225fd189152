import { UsageError } from './errors.js'
import type { Io } from './io.js'

const STYLES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const
export type Style = keyof typeof STYLES

/** `--json [fields]` and `--jq <expression>` of every read. */
export interface JsonOptions {
  json?: string | boolean
  jq?: string
}

export interface Column<T> {
  label: string
  value: (row: T) => unknown
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']

/** Colours (`NO_COLOR`), tables and spinners on a terminal only; plain lines and JSON otherwise. */
export class Output {
  constructor(private io: Io) {}

  get tty() {
    return Boolean(this.io.stdout.isTTY)
  }

  get colour() {
    return this.tty && !this.io.env.NO_COLOR && this.io.env.TERM !== 'dumb'
  }

  paint(style: Style, text: string) {
    if (!this.colour) return text
    const [open, close] = STYLES[style]
    return `\u001B[${open}m${text}\u001B[${close}m`
  }

  line(text = '') {
    this.io.stdout.write(`${text}\n`)
  }

  json(value: unknown) {
    this.line(JSON.stringify(value ?? null, null, 2))
  }

  /**
   * The JSON of a result: with a field list, only those fields (of each item
   * of a list); with --jq, what the jq program makes of it (strings printed
   * raw, as gh does).
   */
  async emit(value: unknown, { json, jq }: JsonOptions) {
    const selected = typeof json === 'string' ? selectFields(value, json) : value
    if (!jq) return this.json(selected)
    const { raw } = await import('jq-wasm')
    const result = await raw((selected ?? null) as object, jq, ['-r'])
    if (result.exitCode === 3) throw new UsageError(`--jq: ${result.stderr.trim()}`)
    if (result.exitCode !== 0) throw new Error(`--jq: ${result.stderr.trim()}`)
    if (result.stdout)
      this.io.stdout.write(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`)
  }

  success(text: string) {
    this.line(this.colour ? `${this.paint('green', '✓')} ${text}` : text)
  }

  /** Notes for the person at the terminal go to stderr, so stdout stays parseable. */
  note(text: string) {
    this.io.stderr.write(`${text}\n`)
  }

  /**
   * Rows as a table with a header on a terminal, narrowed to its width (the
   * widest columns are cut with "…"); plain tab-separated rows without a
   * header when piped.
   */
  table<T>(rows: T[], columns: Column<T>[], empty = 'nothing to show') {
    if (!rows.length) return this.note(empty)
    const cells = rows.map((row) => columns.map((column) => cellText(column.value(row))))
    if (!this.tty) {
      for (const row of cells) this.line(row.join('\t'))
      return
    }
    const labels = columns.map((c) => c.label.toUpperCase())
    const widths = fitWidths(labels, cells, this.io.stdout.columns || 80)
    const render = (row: string[]) =>
      row
        .map((cell, i) => cut(cell, widths[i]).padEnd(widths[i]))
        .join(GAP)
        .trimEnd()
    this.line(this.paint('bold', render(labels)))
    for (const row of cells) this.line(render(row))
  }

  /** Key/value lines for one resource. */
  fields(entries: [string, unknown][]) {
    const width = Math.max(...entries.map(([key]) => key.length))
    for (const [key, value] of entries)
      this.line(`${this.paint('dim', key.padEnd(width))}  ${cellText(value)}`)
  }

  async spin<T>(label: string, work: Promise<T>): Promise<T> {
    if (!this.io.stderr.isTTY) return work
    let frame = 0
    const draw = () => this.io.stderr.write(`\r${SPINNER[frame++ % SPINNER.length]} ${label}`)
    draw()
    const timer = setInterval(draw, 80)
    try {
      return await work
    } finally {
      clearInterval(timer)
      this.io.stderr.write('\r\u001B[2K')
    }
  }
}

const GAP = '  '

type Item = Record<string, unknown>
const isItem = (value: unknown): value is Item =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Picks `fields` (comma-separated) from an object, from each item of an array, or from each item of a list's `data`. */
function selectFields(value: unknown, fields: string): unknown {
  const names = fields
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean)
  const list = isItem(value) && Array.isArray(value.data) && isItem(value.meta)
  const items = Array.isArray(value) ? value : list ? (value.data as unknown[]) : [value]
  const available = items.find(isItem)
  if (available) {
    const unknown = names.filter((name) => !(name in available))
    if (unknown.length)
      throw new UsageError(
        `unknown JSON field${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')}; available: ${Object.keys(available).join(', ')}`
      )
  }
  const pick = (item: unknown) =>
    isItem(item) ? Object.fromEntries(names.map((name) => [name, item[name] ?? null])) : item
  if (Array.isArray(value)) return value.map(pick)
  if (list) return { ...value, data: items.map(pick) }
  return pick(value)
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '-'
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value).replace(/\s*\n\s*/g, ' ')
}

const cut = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text

/** Column widths that fit `columns` characters: the widest column gives up a character until the row fits (headers stay whole). */
function fitWidths(labels: string[], cells: string[][], columns: number) {
  const widths = labels.map((label, i) =>
    Math.max(label.length, ...cells.map((row) => row[i].length))
  )
  const floor = labels.map((label) => Math.max(label.length, 3))
  let total = widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1)
  while (total > columns) {
    let widest = -1
    for (let i = 0; i < widths.length; i++)
      if (widths[i] > floor[i] && (widest < 0 || widths[i] > widths[widest])) widest = i
    if (widest < 0) break
    widths[widest]--
    total--
  }
  return widths
}
