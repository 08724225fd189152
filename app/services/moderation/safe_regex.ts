import vm from 'node:vm'

/**
 * Rejects regular expressions that can backtrack catastrophically before they
 * are stored: nested quantifiers such as (a+)+ or (a|aa)*, quantified groups
 * holding alternatives, backreferences and lookarounds. Patterns that pass the
 * structural check are then timed on long hostile texts, which catches
 * polynomial blow-ups such as .*.*x or \w+\s*\w+z (minutes on MAX_SCAN
 * characters). Matching itself runs with a time budget (testWithin), so no
 * pattern can hold the event loop.
 */
export const MAX_PATTERN_LENGTH = 200
export const MAX_SCAN = 10_000
/** Longest one rule may take on one text when scanning content. */
export const MATCH_BUDGET_MS = 250
/** Longest a candidate pattern may take on one probe text; a quadratic pattern needs ~50 ms, a cubic one minutes. */
const PROBE_BUDGET_MS = 1000

export function regexSyntaxError(pattern: string): string | null {
  try {
    new RegExp(pattern, 'iu')
    return null
  } catch (error) {
    return (error as Error).message
  }
}

export function unsafeRegexReason(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`
  const syntaxError = regexSyntaxError(pattern)
  if (syntaxError) return `is not a valid regular expression (${syntaxError})`
  if (/\\[1-9]|\\k</.test(pattern)) return 'uses a backreference'
  if (/\(\?<?[=!]/.test(pattern)) return 'uses a lookaround'
  // Walk groups: a group that contains a quantifier or an alternation and is itself quantified can blow up.
  const stack: { quantified: boolean; alternation: boolean }[] = []
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === '\\') {
      i++
      continue
    }
    if (char === '[') {
      i = closingBracket(pattern, i)
      continue
    }
    if (char === '(') {
      stack.push({ quantified: false, alternation: false })
      i = groupBodyStart(pattern, i) - 1
      continue
    }
    if (char === '|' && stack.length) stack[stack.length - 1].alternation = true
    if (char === ')') {
      const group = stack.pop()
      const quantifiedAfter = isQuantifier(pattern, i + 1)
      if (group && quantifiedAfter && (group.quantified || group.alternation)) {
        return 'has a quantified group containing a quantifier or alternatives (catastrophic backtracking)'
      }
      if (stack.length && (quantifiedAfter || group?.quantified))
        stack[stack.length - 1].quantified = true
      continue
    }
    if (isQuantifier(pattern, i) && stack.length) stack[stack.length - 1].quantified = true
  }
  if (probeTexts(pattern).some((text) => testWithin(pattern, text, PROBE_BUDGET_MS) === null)) {
    return 'takes too long on long texts (overlapping repetitions such as .*.* or \\w+\\w+ backtrack polynomially)'
  }
  return null
}

const sandbox = vm.createContext({ pattern: '', text: '' })
const matcher = new vm.Script(`new RegExp(pattern, 'iu').test(text)`)

/**
 * Case-insensitive match of `pattern` in `text`, abandoned after `budgetMs`
 * (V8 can only interrupt a running regex through a script timeout). Null when
 * it ran out of time.
 */
export function testWithin(
  pattern: string,
  text: string,
  budgetMs = MATCH_BUDGET_MS
): boolean | null {
  sandbox.pattern = pattern
  sandbox.text = text
  try {
    return Boolean(matcher.runInContext(sandbox, { timeout: budgetMs }))
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return null
    throw error
  } finally {
    sandbox.text = ''
  }
}

/** Long runs of a letter, a digit, a space and the pattern's own literal characters, each ending in a character that breaks a match. */
function probeTexts(pattern: string) {
  const literals =
    pattern
      .replace(/\\./g, '')
      .replace(/\[[^\]]*\]/g, '')
      .match(/[\p{L}\p{N}@._-]/gu) ?? []
  const chars = [...new Set(['a', '0', ' ', ...literals.map((c) => c.toLowerCase())])].slice(0, 8)
  return chars.map((char) => char.repeat(MAX_SCAN - 1) + '\u0000')
}

/** Index of the first character inside a group: past `?:` or `?<name>` so they are not read as quantifiers. */
function groupBodyStart(pattern: string, open: number) {
  if (pattern[open + 1] !== '?') return open + 1
  if (pattern[open + 2] === ':') return open + 3
  if (pattern[open + 2] === '<') {
    const close = pattern.indexOf('>', open + 3)
    return close === -1 ? open + 1 : close + 1
  }
  return open + 1
}

function isQuantifier(pattern: string, index: number) {
  const char = pattern[index]
  return (
    char === '*' ||
    char === '+' ||
    char === '?' ||
    (char === '{' && /^\{\d+(,\d*)?\}/.test(pattern.slice(index)))
  )
}

function closingBracket(pattern: string, start: number) {
  for (let i = start + 1; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++
    else if (pattern[i] === ']') return i
  }
  return pattern.length
}
