import type { HttpContext } from '@adonisjs/core/http'
import { openApiDocument } from '#services/operations/openapi/document'
import { referencePage } from '#services/operations/openapi/reference_page'

export default class DocsController {
  /** The API reference as a self-contained HTML page (no external assets). */
  async index({ view, response }: HttpContext) {
    response.header('content-type', 'text/html; charset=utf-8')
    return view.render('docs/api_reference', referencePage(openApiDocument()))
  }

  /** The OpenAPI 3.1 document itself: a spec file, so outside the `{ data, meta }` envelope. */
  async spec({ response }: HttpContext) {
    return response.json(openApiDocument())
  }
}
