import { readFileSync } from 'node:fs'
import { test } from '@japa/runner'

const root = new URL('../../', import.meta.url)

/** Variable names declared in start/env.ts (one `NAME: Env.schema…` per line). */
function declaredVariables() {
  const source = readFileSync(new URL('start/env.ts', root), 'utf8')
  return [...source.matchAll(/^\s+([A-Z][A-Z0-9_]*):\s*Env\.schema/gm)].map((match) => match[1])
}

/** Variable names in the first column of the README's configuration table. */
function documentedVariables() {
  const readme = readFileSync(new URL('README.md', root), 'utf8')
  const section = readme.slice(readme.indexOf('## Configuration'))
  const table = section.slice(0, section.indexOf('\n## ', 1))
  return [...table.matchAll(/^\|\s*`([A-Z][A-Z0-9_]*)`/gm)].map((match) => match[1])
}

test.group('README / configuration table', () => {
  test('lists every variable start/env.ts declares, and none it does not', ({ assert }) => {
    const declared = declaredVariables()
    const documented = documentedVariables()
    assert.isAbove(declared.length, 10)
    assert.sameMembers(
      declared.filter((name) => !documented.includes(name)),
      [],
      'declared in start/env.ts but missing from the README configuration table'
    )
    assert.sameMembers(
      documented.filter((name) => !declared.includes(name)),
      [],
      'in the README configuration table but not declared in start/env.ts'
    )
  })
})
