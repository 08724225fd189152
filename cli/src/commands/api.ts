import { type Command, InvalidArgumentError } from 'commander'
import type { Context } from '../context.js'
import { EXIT, UsageError } from '../errors.js'
import { read, verb, type ReadOptions } from './shared.js'

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const

type Field = { key: string; value: unknown }

/** `-F key=value`: true, false, null and numbers become JSON values (gh's typed fields). */
const typedValue = (value: string): unknown => {
  if (value === 'true' || value === 'false') return value === 'true'
  if (value === 'null') return null
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value)
  return value
}

const field =
  (typed: boolean) =>
  (pair: string, previous: Field[] = []) => {
    const at = pair.indexOf('=')
    if (at < 1) throw new InvalidArgumentError('expected key=value')
    const value = pair.slice(at + 1)
    return [...previous, { key: pair.slice(0, at), value: typed ? typedValue(value) : value }]
  }

/** `key[]=v` adds to an array; any other key is set once. */
function gather(fields: Field[]) {
  const body: Record<string, unknown> = {}
  for (const { key, value } of fields) {
    if (key.endsWith('[]')) {
      const name = key.slice(0, -2)
      body[name] = [...((body[name] as unknown[]) ?? []), value]
    } else body[key] = value
  }
  return body
}

/** A path on the profile's server: `/api/v1/...`, or relative to `/api/v1/`. Never another host: the token goes with it. */
function apiPath(path: string) {
  if (/^[a-z][a-z\d+.-]*:/i.test(path) || path.startsWith('//'))
    throw new UsageError(
      'the path is a path on the server (e.g. /api/v1/admin/users or admin/users), not a URL: use --server to pick the server'
    )
  return path.startsWith('/') ? path : `/api/v1/${path}`
}

export function registerApi(program: Command, ctx: Context) {
  read(
    verb(
      program,
      'api',
      'Send an authenticated request to any REST endpoint and print its JSON answer (the escape hatch, like gh api)',
      [
        'marquee api GET admin/users -F role=sponsor -F perPage=5',
        'marquee api POST admin/users/12/flag -f reason="many reports"',
        'marquee api GET /api/v1/admin/moderation/stats --jq .data',
      ]
    )
  )
    .argument('<method>', METHODS.join(', '), (value: string) => {
      const method = value.toUpperCase()
      if (!(METHODS as readonly string[]).includes(method))
        throw new InvalidArgumentError(`expected one of: ${METHODS.join(', ')}`)
      return method
    })
    .argument('<path>', 'endpoint path, e.g. admin/users or /api/v1/admin/users')
    .option(
      '-F, --field <key=value>',
      'a parameter with JSON typing (numbers, true, false, null); key[]=value builds an array; repeatable',
      field(true)
    )
    .option('-f, --raw-field <key=value>', 'a parameter sent as a string; repeatable', field(false))
    .action(
      async (
        method: string,
        path: string,
        opts: ReadOptions & { field?: Field[]; rawField?: Field[] }
      ) => {
        const target = apiPath(path)
        const params = gather([...(opts.field ?? []), ...(opts.rawField ?? [])])
        const inQuery = method === 'GET' || method === 'DELETE'
        const api = await ctx.api()
        const { status, body } = await ctx.out.spin(
          `${method} ${target}`,
          api.http.raw(
            method,
            target,
            inQuery ? { query: params as Record<string, string> } : { body: params }
          )
        )
        await ctx.out.emit(body, opts)
        if (status >= 400) {
          ctx.out.note(`error: HTTP ${status}`)
          ctx.exitCode = status === 401 ? EXIT.login : EXIT.failure
        }
      }
    )
}
