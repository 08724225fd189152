import { createElement as h, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { Box, render, Text, useApp, useInput } from 'ink'
import type { Query } from '../api/client.js'
import type { MarqueeApi } from '../api/marquee_api.js'
import type { Report, ResolutionAction } from '../api/types.js'
import type { Context } from '../context.js'
import { describeError } from '../errors.js'

const RESOLVE_KEYS: Record<string, ResolutionAction> = {
  h: 'hide',
  w: 'warn',
  b: 'block',
  n: 'none',
}

export interface QueueBrowserProps {
  api: MarqueeApi
  query: Query
  colour: boolean
}

/** What the keys do now: move and pick, choose a resolution, type a note, or confirm a block. */
type Mode =
  | { kind: 'browse' }
  | { kind: 'choose' }
  | { kind: 'note'; decision: Decision; text: string }
  | { kind: 'confirm'; decision: Decision; note: string }

/** A resolution with its action, or a dismissal. */
type Decision = ResolutionAction | 'dismiss'

const PROMPTS: Record<Mode['kind'], string> = {
  browse: '↑/↓ move · c claim · r resolve · d dismiss · q quit',
  choose: 'resolve with: h hide, w warn, b block the owner, n none · Esc back',
  note: '',
  confirm: '',
}

/**
 * The review queue as a list: ↑/↓ move, c claim, r then h/w/b/n resolve, d
 * dismiss, q quit. A decision takes an optional note (Enter skips it), and
 * blocking the owner asks for a y, as `moderation resolve --action block`
 * asks for --yes.
 */
export function QueueBrowser({ api, query, colour }: QueueBrowserProps) {
  const { exit } = useApp()
  const [reports, setReports] = useState<Report[] | undefined>()
  const [cursor, setCursor] = useState(0)
  const [mode, setMode] = useState<Mode>({ kind: 'browse' })
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  // Ink re-subscribes the input handler in a passive effect, which React may run well after the
  // frame is on screen; a key pressed in between would reach a handler holding an older render's
  // state (e.g. the list still loading). Keys therefore read the state committed last, kept here.
  const latest = useRef({ reports, cursor, mode, busy })
  useLayoutEffect(() => {
    latest.current = { reports, cursor, mode, busy }
  })
  const enter = (next: Mode) => {
    latest.current.mode = next
    setMode(next)
  }

  const reload = async () => {
    const list = await api.moderation.queue(query).data()
    setReports(list)
    setCursor((c) => Math.min(c, Math.max(0, list.length - 1)))
  }
  useEffect(() => {
    reload().catch((error) => setMessage(describeError(error).line))
  }, [])

  const act = (label: string, work: (report: Report) => Promise<unknown>) => {
    const report = latest.current.reports?.[latest.current.cursor]
    if (!report || latest.current.busy) return
    latest.current.busy = true
    setBusy(true)
    work(report)
      .then(
        () => setMessage(`${label} report ${report.id}`),
        (error) => setMessage(describeError(error).line)
      )
      .then(reload)
      .catch((error) => setMessage(describeError(error).line))
      .finally(() => setBusy(false))
  }

  const decide = (decision: Decision, note: string) => {
    const text = note.trim() || undefined
    if (decision === 'dismiss')
      act('dismissed', (r) => api.moderation.dismiss(r.id, r.version, text).send())
    else
      act(`resolved (${decision})`, (r) =>
        api.moderation.resolve(r.id, decision, r.version, text).send()
      )
  }

  useInput((input, key) => {
    const { reports: shown, mode: current } = latest.current
    if (current.kind === 'choose') {
      const action = RESOLVE_KEYS[input]
      enter(action ? { kind: 'note', decision: action, text: '' } : { kind: 'browse' })
      return
    }
    if (current.kind === 'note') {
      if (key.escape) return enter({ kind: 'browse' })
      if (key.return) {
        if (current.decision === 'block')
          return enter({ kind: 'confirm', decision: current.decision, note: current.text })
        enter({ kind: 'browse' })
        return decide(current.decision, current.text)
      }
      const text =
        key.backspace || key.delete
          ? current.text.slice(0, -1)
          : current.text + (key.ctrl || key.meta ? '' : input)
      return enter({ ...current, text })
    }
    if (current.kind === 'confirm') {
      enter({ kind: 'browse' })
      if (input === 'y' || input === 'Y') decide(current.decision, current.note)
      else setMessage('nothing changed')
      return
    }
    if (input === 'q' || key.escape) return exit()
    if (key.upArrow) setCursor((c) => Math.max(0, c - 1))
    if (key.downArrow) setCursor((c) => Math.min((shown?.length ?? 1) - 1, c + 1))
    if (!shown?.length) return
    if (input === 'c') act('claimed', (r) => api.moderation.claim(r.id).send())
    if (input === 'd') enter({ kind: 'note', decision: 'dismiss', text: '' })
    if (input === 'r') enter({ kind: 'choose' })
  })

  const selected = reports?.[cursor]
  const prompt =
    mode.kind === 'note'
      ? `${mode.decision === 'dismiss' ? 'dismiss' : `resolve (${mode.decision})`} report ${selected?.id}, note (Enter to skip, Esc back): ${mode.text}`
      : mode.kind === 'confirm'
        ? `Block the owner of report ${selected?.id} (user ${selected?.targetOwnerId ?? '-'})? y to confirm, any other key to leave it`
        : PROMPTS[mode.kind]
  if (!reports) return h(Text, {}, message || 'loading the queue…')
  return h(
    Box,
    { flexDirection: 'column' },
    h(Text, { bold: colour }, `Review queue (${reports.length})`),
    ...(reports.length
      ? reports.map((r, i) =>
          h(
            Text,
            { key: r.id, ...(i === cursor && colour ? { color: 'cyan' } : {}) },
            `${i === cursor ? '›' : ' '} #${r.id} p${r.priority} ${r.targetType} ${r.targetId} ${r.reason} ${r.status}${r.claimedBy ? ` (claimed by ${r.claimedBy})` : ''}`
          )
        )
      : [h(Text, { key: 'empty' }, 'the queue is empty')]),
    h(Text, { dimColor: colour && mode.kind === 'browse' }, prompt),
    ...(message ? [h(Text, { key: 'message' }, message)] : [])
  )
}

export async function browseQueue(ctx: Context, api: MarqueeApi, query: Query) {
  const app = render(h(QueueBrowser, { api, query, colour: ctx.out.colour }), {
    stdout: ctx.io.stdout as NodeJS.WriteStream,
    stdin: ctx.io.stdin as NodeJS.ReadStream,
    patchConsole: false,
  })
  await app.waitUntilExit()
}
