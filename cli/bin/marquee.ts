#!/usr/bin/env node
import { run } from '../src/main.js'
import { processIo } from '../src/io.js'

process.exitCode = await run(process.argv.slice(2), processIo())
