import type { Io } from './io.js'

const STYLES = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], cyan: [36, 39] } as const
export type Style = keyof typeof STYLES

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

  success(text: string) {
    this.line(this.colour ? `${this.paint('green', '✓')} ${text}` : text)
  }

  /** Notes for the person at the terminal go to stderr, so stdout stays parseable. */
  note(text: string) {
    this.io.stderr.write(`${text}\n`)
  }

  table<T>(rows: T[], columns: Column<T>[], empty = 'nothing to show') {
    if (!rows.length) return this.note(empty)
    const cells = rows.map((row) => columns.map((column) => cellText(column.value(row))))
    if (!this.tty) {
      for (const row of cells) this.line(row.join('\t'))
      return
    }
    const widths = columns.map((column, i) => Math.max(column.label.length, ...cells.map((row) => row[i].length)))
    const render = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()
    this.line(this.paint('bold', render(columns.map((c) => c.label.toUpperCase()))))
    for (const row of cells) this.line(render(row))
  }

  /** Key/value lines for one resource. */
  fields(entries: [string, unknown][]) {
    const width = Math.max(...entries.map(([key]) => key.length))
    for (const [key, value] of entries) this.line(`${this.paint('dim', key.padEnd(width))}  ${cellText(value)}`)
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

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '-'
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}
