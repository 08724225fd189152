import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import ts from 'typescript'

/**
 * The module graph, read from the sources: which project files and packages
 * an entry point reaches. Type-only imports load nothing and are skipped; an
 * `import()` inside a function loads only when that code runs, so it is
 * followed only when asked (a top-level `await import()` always is).
 */
const root = app.makePath()
const aliases = Object.entries(
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).imports as Record<string, string>
).map(([alias, target]) => [alias.replace('*', ''), target.split('*')[0]] as const)

function resolveLocal(from: string, specifier: string): string | undefined {
  let base: string | undefined
  if (specifier.startsWith('.')) base = join(dirname(from), specifier)
  const alias = aliases.find(([prefix]) => specifier.startsWith(prefix))
  if (alias) base = join(root, alias[1] + specifier.slice(alias[0].length))
  if (!base) return undefined
  const stem = base.replace(/\.js$/, '')
  return [`${stem}.ts`, `${stem}.tsx`, join(stem, 'index.ts')].find((file) => existsSync(file))
}

const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/')

function inFunction(node: ts.Node): boolean {
  for (let at = node.parent; at; at = at.parent) if (ts.isFunctionLike(at)) return true
  return false
}

function specifiers(file: string, dynamic: boolean): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
      found.push((node.moduleSpecifier as ts.StringLiteral).text)
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      !node.isTypeOnly &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text)
    } else if (
      (dynamic || !inFunction(node)) &&
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

function reach(entries: string[], dynamic: boolean) {
  const files = new Set<string>()
  const packages = new Set<string>()
  const queue = entries.map((entry) => app.makePath(entry))
  while (queue.length) {
    const file = queue.pop()!
    if (files.has(file)) continue
    files.add(file)
    for (const specifier of specifiers(file, dynamic)) {
      if (specifier.startsWith('node:')) continue
      const local = resolveLocal(file, specifier)
      if (local) queue.push(local)
      else if (!specifier.startsWith('.') && !specifier.startsWith('#')) {
        packages.add(packageName(specifier))
      }
    }
  }
  return { files: [...files].map((file) => relative(root, file)), packages }
}

test.group('operations / Ink and React load only for the interactive CLI views', () => {
  test('the server reaches neither, not even through lazy imports', ({ assert }) => {
    const server = reach(['bin/server.ts', 'adonisrc.ts'], true)
    assert.include(server.files, 'start/routes.ts')
    assert.include(server.files, 'app/controllers/identity/auth_controller.ts')
    assert.notInclude([...server.packages], 'ink')
    assert.notInclude([...server.packages], 'react')
    assert.isEmpty(server.files.filter((file) => file.startsWith('cli/')))
  })

  test('the CLI loads them only through the lazy import of a view', ({ assert }) => {
    const eager = reach(['cli/bin/marquee.ts'], false)
    assert.include(eager.files, 'cli/src/commands/stats.ts')
    assert.notInclude([...eager.packages], 'ink')
    assert.notInclude([...eager.packages], 'react')

    const lazy = reach(['cli/bin/marquee.ts'], true)
    assert.include([...lazy.packages], 'ink')
    assert.includeMembers(lazy.files, ['cli/src/ui/dashboard.ts', 'cli/src/ui/queue_browser.ts'])
  })
})
