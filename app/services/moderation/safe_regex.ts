/**
 * Rejects regular expressions that can backtrack catastrophically before they
 * are stored: nested quantifiers such as (a+)+ or (a|aa)*, quantified groups
 * holding alternatives, backreferences and lookarounds. Matching also caps the
 * scanned text (MAX_SCAN) so the cost of any accepted pattern stays linear-ish.
 */
export const MAX_PATTERN_LENGTH = 200
export const MAX_SCAN = 10_000

export function unsafeRegexReason(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`
  try {
    new RegExp(pattern, 'iu')
  } catch (error) {
    return `is not a valid regular expression (${(error as Error).message})`
  }
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
      continue
    }
    if (char === '|' && stack.length) stack[stack.length - 1].alternation = true
    if (char === ')') {
      const group = stack.pop()
      const quantifiedAfter = isQuantifier(pattern, i + 1)
      if (group && quantifiedAfter && (group.quantified || group.alternation)) {
        return 'has a quantified group containing a quantifier or alternatives (catastrophic backtracking)'
      }
      if (stack.length && (quantifiedAfter || group?.quantified)) stack[stack.length - 1].quantified = true
      continue
    }
    if (isQuantifier(pattern, i) && stack.length) stack[stack.length - 1].quantified = true
  }
  return null
}

function isQuantifier(pattern: string, index: number) {
  const char = pattern[index]
  return char === '*' || char === '+' || char === '?' || (char === '{' && /^\{\d+(,\d*)?\}/.test(pattern.slice(index)))
}

function closingBracket(pattern: string, start: number) {
  for (let i = start + 1; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++
    else if (pattern[i] === ']') return i
  }
  return pattern.length
}
