export interface JsonShapeProblem {
  status: 400 | 413
  code: string
  message: string
}

const QUOTE = 34
const BACKSLASH = 92
const COMMA = 44
const isOpen = (char: number) => char === 91 || char === 123
const isClose = (char: number) => char === 93 || char === 125

/**
 * One pass over JSON text, before it is parsed: refuses nesting deeper than
 * `maxDepth` and more than `maxEntries` containers and separated values
 * together, so neither the parser nor anything walking the result does work
 * beyond those bounds. Brackets and commas inside strings do not count;
 * syntax is the parser's business.
 */
export function jsonShapeProblem(
  text: string,
  { maxDepth, maxEntries }: { maxDepth: number; maxEntries: number }
): JsonShapeProblem | null {
  let depth = 0
  let entries = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index)
    if (inString) {
      if (char === BACKSLASH) index++
      else if (char === QUOTE) inString = false
    } else if (char === QUOTE) {
      inString = true
    } else if (isOpen(char)) {
      if (++depth > maxDepth)
        return {
          status: 400,
          code: 'E_BODY_TOO_DEEP',
          message: `The body nests deeper than ${maxDepth} levels`,
        }
      entries++
    } else if (isClose(char)) {
      depth--
    } else if (char === COMMA) {
      entries++
    }
    if (entries > maxEntries)
      return {
        status: 413,
        code: 'E_PAYLOAD_TOO_LARGE',
        message: `The body holds more than ${maxEntries} values`,
      }
  }
  return null
}
