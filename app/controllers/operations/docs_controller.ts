import type { HttpContext } from '@adonisjs/core/http'
import { openApiDocument } from '#platform/openapi/document'
import { referencePage } from '#platform/openapi/reference_page'

const REFERENCE_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

export default class DocsController {
  /** The API reference as a self-contained HTML page (no external assets, no script: the policy allows its inline style only). */
  async index({ view, response }: HttpContext) {
    response.header('content-type', 'text/html; charset=utf-8')
    response.header('content-security-policy', REFERENCE_PAGE_POLICY)
    response.header('x-frame-options', 'DENY')
    return view.render('docs/api_reference', referencePage(openApiDocument()))
  }

  /** The OpenAPI 3.1 document itself: a spec file, so outside the `{ data, meta }` envelope. */
  async spec({ response }: HttpContext) {
    return response.json(openApiDocument())
  }
}
