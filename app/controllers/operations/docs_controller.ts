import type { HttpContext } from '@adonisjs/core/http'
import { openApiDocument } from '#openapi/document'
import { referencePage } from '#platform/openapi/reference_page'
import { CONSOLE_PAGE, consoleAsset, type ConsoleAsset } from '#platform/openapi/api_console'

const REFERENCE_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** Swagger UI: its scripts and styles from this server, requests ("Try it out") to this server only. */
const CONSOLE_PAGE_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** The static reference, rendered once per process (it takes the better part of a second). */
let referenceHtml: Promise<string> | undefined

function html({ response }: HttpContext, policy: string) {
  response.header('content-type', 'text/html; charset=utf-8')
  response.header('content-security-policy', policy)
  response.header('x-frame-options', 'DENY')
}

export default class DocsController {
  /** The interactive console (Swagger UI) over the OpenAPI document. */
  async index(ctx: HttpContext) {
    html(ctx, CONSOLE_PAGE_POLICY)
    return CONSOLE_PAGE
  }

  /** The API reference as a self-contained HTML page (no external assets, no script: the policy allows its inline style only). */
  async reference(ctx: HttpContext) {
    html(ctx, REFERENCE_PAGE_POLICY)
    referenceHtml ??= ctx.view.render('docs/api_reference', referencePage(openApiDocument()))
    try {
      return await referenceHtml
    } catch (error) {
      referenceHtml = undefined
      throw error
    }
  }

  /** The OpenAPI 3.1 document itself: a spec file, so outside the `{ data, meta }` envelope. */
  async spec({ response }: HttpContext) {
    return response.json(openApiDocument())
  }

  /** A file of the console page, gzipped when the client takes it. */
  async asset({ request, response, route }: HttpContext) {
    const asset = consoleAsset(route!.pattern.split('/').pop() as ConsoleAsset)
    response.header('content-type', asset.type)
    // Public files, cached by browsers; a request that carries credentials keeps the no-store every such answer gets.
    if (!request.header('authorization')) response.header('cache-control', 'public, max-age=3600')
    response.append('vary', 'Accept-Encoding')
    if (request.header('accept-encoding') && request.encoding(['gzip']) === 'gzip') {
      response.header('content-encoding', 'gzip')
      return response.send(asset.gzipped)
    }
    return response.send(asset.body)
  }
}
