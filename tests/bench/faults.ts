/*
| `npm run faults`: fault scripts against the production build (prepared as for
| `npm run bench`), each ending with a verdict line; exits 1 if one fails.
| `npm run faults -- redis worker` runs only those.
| - database: PostgreSQL connections dropped for 5 s (tests/bench/faults/database.ts)
| - redis: Redis killed for 5 s and restarted during traffic and jobs (faults/redis.ts)
| - worker: a queue:work process killed in the middle of e-mail jobs (faults/worker.ts)
| - checkout: a server killed during checkouts (faults/checkout.ts)
| - topology: 2 web processes, 2 workers and a scheduler on one database and Redis (faults/topology.ts);
|   run by name only (`npm run faults -- topology`), not in the default set
*/
import { prepare } from '#tests/bench/support/prepare'
import { databaseFault } from '#tests/bench/faults/database'
import { redisFault } from '#tests/bench/faults/redis'
import { workerFault } from '#tests/bench/faults/worker'
import { checkoutFault } from '#tests/bench/faults/checkout'
import { topologyFault } from '#tests/bench/faults/topology'

const FAULTS: Record<string, () => Promise<boolean>> = {
  database: databaseFault,
  redis: redisFault,
  worker: workerFault,
  checkout: checkoutFault,
  topology: topologyFault,
}

async function main() {
  const chosen = process.argv.slice(2)
  const unknown = chosen.filter((name) => !FAULTS[name])
  if (unknown.length)
    throw new Error(
      `Unknown fault ${unknown.join(', ')}: choose from ${Object.keys(FAULTS).join(', ')}`
    )
  await prepare()
  const verdicts: string[] = []
  for (const name of chosen.length
    ? chosen
    : Object.keys(FAULTS).filter((fault) => fault !== 'topology')) {
    const pass = await FAULTS[name]().catch((error) => {
      console.error(error)
      console.log(`  verdict: ${name} fault FAIL (the script stopped on an error)`)
      return false
    })
    verdicts.push(`${name} ${pass ? 'PASS' : 'FAIL'}`)
  }
  const pass = verdicts.every((verdict) => verdict.endsWith('PASS'))
  console.log(`\n  faults: ${verdicts.join(' · ')} → ${pass ? 'PASS' : 'FAIL'}`)
  process.exitCode = pass ? 0 : 1
}

await main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
