import { existsSync } from 'node:fs'
import { test } from '@japa/runner'
import { chromium, type Browser } from 'playwright-core'
import env from '#start/env'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'

/**
 * The interactive console in a real headless Chromium (Debian's `chromium`
 * package; .ci/run installs it). CHROMIUM_PATH points elsewhere; without a
 * browser the group is skipped, saying so.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const NO_BROWSER = existsSync(CHROMIUM)
  ? false
  : `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`

const baseUrl = () => `http://127.0.0.1:${env.get('PORT', 3333)}`

test.group('operations / API console in a browser', (group) => {
  isolate(group)
  let browser: Browser | undefined
  group.setup(async () => {
    if (NO_BROWSER) return
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
  })
  group.teardown(async () => {
    await browser?.close()
  })

  test('/api/docs loads Swagger UI from this server and "Try it out" calls it, with the bearer token', async ({
    assert,
  }) => {
    const { token } = await actor('shopper')
    const page = await browser!.newPage()
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`))
    const requested: string[] = []
    page.on('request', (request) => requested.push(request.url()))

    // Swagger UI renders the operations near the viewport only: a deep link scrolls to one.
    await page.goto(`${baseUrl()}/api/docs#/Health/getHealth`)
    await page
      .locator('#operations-Health-getHealth button.execute')
      .waitFor({ timeout: 60_000 })
      .catch((error) => {
        throw new Error(`${error.message}\nbrowser errors: ${problems.join('\n')}`)
      })
    assert.isTrue(
      requested.every((url) => url.startsWith(baseUrl())),
      `every request goes to this server: ${requested.filter((url) => !url.startsWith(baseUrl()))}`
    )

    // A public call.
    const health = page.locator('#operations-Health-getHealth')
    await health.locator('button.execute').click()
    await health
      .locator('.live-responses-table .response-col_status', { hasText: '200' })
      .waitFor({ timeout: 10_000 })
    assert.include(await health.locator('.live-responses-table').innerText(), '"status": "ok"')

    // Authorize once (kept across reloads), then an authenticated call.
    await page.locator('.auth-wrapper button.authorize').click()
    await page.locator('.modal-ux input[type=text], .modal-ux input[type=password]').fill(token)
    await page.locator('.modal-ux button.authorize').click()
    await page.locator('.modal-ux button.btn-done').click()
    await page.goto('about:blank')
    await page.goto(`${baseUrl()}/api/docs#/Auth/getAuthMe`)
    const me = page.locator('#operations-Auth-getAuthMe')
    await me.locator('button.execute').waitFor({ timeout: 60_000 })
    await me.locator('button.execute').click()
    await me
      .locator('.live-responses-table .response-col_status', { hasText: '200' })
      .waitFor({ timeout: 10_000 })
    assert.include(await me.locator('.live-responses-table').innerText(), '"role": "shopper"')
    assert.deepEqual(problems, [])
    await page.close()
  })
    .skip(Boolean(NO_BROWSER), NO_BROWSER || undefined)
    .timeout(180_000)
})

test.group('operations / API console page and assets', () => {
  test('the page loads its script and styles from this server only, under a strict policy', async ({
    client,
    assert,
  }) => {
    const page = await client.get('/api/docs')
    page.assertStatus(200)
    assert.match(page.header('content-type') ?? '', /text\/html/)
    assert.include(page.header('content-security-policy') ?? '', "script-src 'self'")
    assert.include(page.header('content-security-policy') ?? '', "connect-src 'self'")
    assert.notMatch(page.text(), /(src|href)="(https?:)?\/\//)
    assert.notMatch(page.text(), /<script>/)
    assert.include(page.text(), '/api/docs/reference')

    const bundle = await client
      .get('/api/docs/assets/swagger-ui-bundle.js')
      .header('accept-encoding', 'gzip')
    bundle.assertStatus(200)
    assert.match(bundle.header('content-type') ?? '', /^text\/javascript/)
    assert.include(bundle.text(), 'SwaggerUIBundle')
    ;(await client.get('/api/docs/assets/swagger-ui.css')).assertStatus(200)
    ;(await client.get('/api/docs/assets/api-console.js')).assertStatus(200)
  })
})
