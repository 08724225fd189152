import { createElement as h, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { Box, render, Text, useApp, useInput } from 'ink'
import type { Query } from '../api/client.js'
import type { MarqueeApi } from '../api/marquee_api.js'
import type { Report, ResolutionAction } from '../api/types.js'
import type { Context } from '../context.js'
import { describeError } from '../errors.js'

const RESOLVE_KEYS: Record<string, ResolutionAction> = { h: 'hide', w: 'warn', b: 'block', n: 'none' }

export interface QueueBrowserProps {
  api: MarqueeApi
  query: Query
  colour: boolean
}

/** The review queue as a list: ↑/↓ move, c claim, r then h/w/b/n resolve, d dismiss, q quit. */
export function QueueBrowser({ api, query, colour }: QueueBrowserProps) {
  const { exit } = useApp()
  const [reports, setReports] = useState<Report[] | undefined>()
  const [cursor, setCursor] = useState(0)
  const [resolving, setResolving] = useState(false)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  // Ink re-subscribes the input handler in a passive effect, which React may run well after the
  // frame is on screen; a key pressed in between would reach a handler holding an older render's
  // state (e.g. the list still loading). Keys therefore read the state committed last, kept here.
  const latest = useRef({ reports, cursor, resolving, busy })
  useLayoutEffect(() => {
    latest.current = { reports, cursor, resolving, busy }
  })

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
      .then(() => setMessage(`${label} report ${report.id}`), (error) => setMessage(describeError(error).line))
      .then(reload)
      .catch((error) => setMessage(describeError(error).line))
      .finally(() => setBusy(false))
  }

  useInput((input, key) => {
    const { reports: shown, resolving: choosing } = latest.current
    if (choosing) {
      latest.current.resolving = false
      setResolving(false)
      const action = RESOLVE_KEYS[input]
      if (action) act(`resolved (${action})`, (r) => api.moderation.resolve(r.id, action, r.version).send())
      return
    }
    if (input === 'q' || key.escape) return exit()
    if (key.upArrow) setCursor((c) => Math.max(0, c - 1))
    if (key.downArrow) setCursor((c) => Math.min((shown?.length ?? 1) - 1, c + 1))
    if (input === 'c') act('claimed', (r) => api.moderation.claim(r.id).send())
    if (input === 'd') act('dismissed', (r) => api.moderation.dismiss(r.id, r.version).send())
    if (input === 'r' && shown?.length) {
      latest.current.resolving = true
      setResolving(true)
    }
  })

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
    h(Text, { dimColor: colour }, resolving ? 'resolve with: h hide, w warn, b block, n none' : '↑/↓ move · c claim · r resolve · d dismiss · q quit'),
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
