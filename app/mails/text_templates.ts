import type { Edge } from 'edge.js'

/** Plain-text e-mail bodies: `resources/views/emails/<name>_text.edge`. */
export const isTextTemplate = (path: string) => /[\\/]emails[\\/][^\\/]+_text\.edge$/.test(path)

/** `{{ expr }}` (not `{{{ expr }}}`, `@{{ literal }}` or a `{{-- comment --}}`). */
const ESCAPED_OUTPUT = /(?<![@{]){{(?![{-])([\s\S]*?)}}(?!})/g

/**
 * Edge escapes `{{ }}` for HTML, which is right for the HTML part of an e-mail
 * and wrong for its text part: a name like `O'Brien & <Co>` would read
 * `O&#x27;Brien &amp; &lt;Co&gt;`. Text templates are compiled with every
 * `{{ }}` as raw output, so a plain-text body shows the data as written.
 */
export function renderTextTemplatesUnescaped(edge: Edge) {
  edge.processor.process('raw', ({ path, raw }) =>
    isTextTemplate(path) ? raw.replace(ESCAPED_OUTPUT, '{{{$1}}}') : undefined
  )
}
