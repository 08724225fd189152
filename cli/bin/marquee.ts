#!/usr/bin/env node
import { enableCompileCache } from 'node:module'

// V8 keeps the compiled CLI in a cache directory, so later runs start faster.
enableCompileCache()
const { run } = await import('../src/main.js')
const { processIo } = await import('../src/io.js')

process.exitCode = await run(process.argv.slice(2), processIo())
