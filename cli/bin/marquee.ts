#!/usr/bin/env node
import * as nodeModule from 'node:module'

if (Number(process.versions.node.split('.')[0]) < 24) {
  process.stderr.write(
    `error: marquee needs Node.js 24 or later on the PATH (found ${process.version}); from the repo, "npm run cli -- …" uses its own Node 24\n`
  )
  process.exit(1)
}
// V8 keeps the compiled CLI in a cache directory, so later runs start faster.
nodeModule.enableCompileCache()
const { run } = await import('../src/main.js')
const { processIo } = await import('../src/io.js')

process.exitCode = await run(process.argv.slice(2), processIo())
