/**
 * One admin in a real browser per test file: a database of its own, Payload, Next (a production
 * build when there is one, dev mode otherwise) behind the express app, and Debian's chromium driven
 * by playwright-core. Every page opened through `openPage` is watched: a request that leaves
 * 127.0.0.1 or an error in the console fails the test (`assertClean`).
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { expect } from 'vitest'

import { buildVibeConfig } from '../../src/config/build-config'
import { createApp } from '../../src/http/app'
import { bootPayload, closePayload } from '../../src/runtime/boot'
import { PASSWORD } from '../helpers/fixtures'
import { createTestDatabase, dropTestDatabase } from '../helpers/server'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export type Admin = { payload: Payload; baseUrl: string; browser: Browser; close: () => Promise<void> }

export async function startAdmin(): Promise<Admin> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`chromium not found at ${CHROMIUM}: apt-get install -y chromium`)
  const db = await createTestDatabase()
  // Next's copy of the config (the admin pages) reads the same database URL, and shares the
  // Payload instance through getPayload's default cache key.
  process.env.DATABASE_URL = db.url
  const payload = await bootPayload({ config: buildVibeConfig({ databaseUrl: db.url }), migrate: false, seed: false, key: 'default' })
  const { default: next } = await import('next')
  // a production build (`npm run build`) when there is one; otherwise dev mode compiles on demand
  const dev = !fs.existsSync(path.resolve('.next/BUILD_ID'))
  const nextApp = next({ dev, dir: process.cwd(), hostname: '127.0.0.1' })
  await nextApp.prepare()
  const app = createApp({ payload, quiet: true, nextHandler: nextApp.getRequestHandler() as never })
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.PUBLIC_URL = baseUrl
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  })
  return {
    payload,
    baseUrl,
    browser,
    close: async () => {
      await browser.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await closePayload(payload)
      await dropTestDatabase(db.name)
    },
  }
}

/** `consoleErrors` also collects answers >= 400 and requests that failed. */
export type WatchedPage = Page & { offHost: string[]; consoleErrors: string[]; localRequests: string[] }

/** Console noise of Next's dev mode itself (not of the admin): HMR socket reconnects. */
const DEV_NOISE = [/webpack-hmr|_next\/webpack|turbopack-hmr|__nextjs_original-stack-frame/i]

/** A page that records requests leaving 127.0.0.1 and console/page errors. */
export async function openPage(browser: Browser): Promise<WatchedPage> {
  // a French-speaking editor: the admin takes its language from the browser until one is chosen
  const page = (await browser.newPage({ locale: 'fr-FR' })) as WatchedPage
  page.offHost = []
  page.consoleErrors = []
  page.localRequests = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'ws:' && url.protocol !== 'wss:') return
    if (url.hostname !== '127.0.0.1') page.offHost.push(`${request.method()} ${request.url()} (from ${page.url()})`)
    else page.localRequests.push(url.pathname)
  })
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const text = `${message.text()} @ ${message.location().url}`
    if (!DEV_NOISE.some((re) => re.test(text))) page.consoleErrors.push(`${text} (on ${page.url()})`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) page.consoleErrors.push(`HTTP ${response.status()} for ${response.request().method()} ${response.url()}`)
  })
  page.on('requestfailed', (request) => {
    // a navigation cancels the page's pending requests (server actions, RSC prefetches): not a failure
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return
    page.consoleErrors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`)
  })
  page.on('pageerror', (error) => page.consoleErrors.push(`uncaught: ${error.message} (on ${page.url()})`))
  // the first visit of each admin route compiles it when no production build exists
  page.setDefaultTimeout(400_000)
  page.setDefaultNavigationTimeout(400_000)
  return page
}

/** Nothing left 127.0.0.1 and nothing was logged as an error. */
export function assertClean(page: WatchedPage) {
  expect(page.offHost, 'requests that left 127.0.0.1').toEqual([])
  expect(page.consoleErrors, 'console errors').toEqual([])
}

/**
 * Waits until React has hydrated the element: React tags the DOM nodes it owns with a
 * `__reactProps$…` key. Before that, a value typed or a file chosen is dropped or overwritten.
 */
export async function hydrated(page: Page, selector: string) {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel)
    return !!el && Object.keys(el).some((key) => key.startsWith('__reactProps'))
  }, selector)
}

export async function logIn(page: Page, baseUrl: string, email: string, password = PASSWORD) {
  await page.goto(`${baseUrl}/admin/login`, { waitUntil: 'domcontentloaded' })
  await hydrated(page, 'input[name="email"]')
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
}
