/**
 * The admin in a real browser: Debian's chromium driven by playwright-core logs into /admin
 * (served by Next through the express server), creates a user, uploads an image, reads the
 * learning plugin's course statistics view and edits a restaurant.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { buildVibeConfig } from '../../src/config/build-config'
import { createApp } from '../../src/http/app'
import { bootPayload, closePayload } from '../../src/runtime/boot'
import { makeRestaurant } from '../delivery/helpers'
import { createUser, PASSWORD, pngBytes } from '../helpers/fixtures'
import { eventually } from '../helpers/poll'
import { createTestDatabase, dropTestDatabase } from '../helpers/server'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

let payload: Payload
let server: Server
let browser: Browser
let baseUrl: string
let dbName: string

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`chromium not found at ${CHROMIUM}: apt-get install -y chromium`)
  const db = await createTestDatabase()
  dbName = db.name
  // Next's copy of the config (the admin pages) reads the same database URL, and shares the
  // Payload instance through getPayload's default cache key.
  process.env.DATABASE_URL = db.url
  payload = await bootPayload({ config: buildVibeConfig({ databaseUrl: db.url }), migrate: false, seed: false, key: 'default' })
  const { default: next } = await import('next')
  // a production build (`npm run build`) when there is one; otherwise dev mode compiles on demand
  const dev = !fs.existsSync(path.resolve('.next/BUILD_ID'))
  const nextApp = next({ dev, dir: process.cwd(), hostname: '127.0.0.1' })
  await nextApp.prepare()
  const app = createApp({ payload, quiet: true, nextHandler: nextApp.getRequestHandler() as never })
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.PUBLIC_URL = baseUrl
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  })
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await new Promise<void>((resolve) => {
    if (!server) return resolve()
    server.close(() => resolve())
    server.closeAllConnections()
  })
  if (payload) await closePayload(payload)
  if (dbName) await dropTestDatabase(dbName)
}, 120_000)

const SAVE_TIMEOUT = 300_000
const saved = (result: { docs: unknown[] }) => result.docs.length > 0

/**
 * Waits until React has hydrated the element: React tags the DOM nodes it owns with a
 * `__reactProps$…` key. Before that, a value typed or a file chosen is dropped or overwritten.
 */
async function hydrated(page: Page, selector: string) {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel)
    return !!el && Object.keys(el).some((key) => key.startsWith('__reactProps'))
  }, selector)
}

it('logs into the admin, creates a user, uploads an image, shows the course statistics and edits a restaurant', async () => {
  const admin = await createUser(payload, { email: 'admin@browser.test', roles: ['admin'] })
  const page = await browser.newPage()
  // the first visit of each admin route compiles it when no production build exists
  page.setDefaultTimeout(400_000)
  page.setDefaultNavigationTimeout(400_000)

  await page.goto(`${baseUrl}/admin/login`, { waitUntil: 'domcontentloaded' })
  await hydrated(page, 'input[name="email"]')
  await page.fill('input[name="email"]', 'admin@browser.test')
  await page.fill('input[name="password"]', PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))

  // create a user
  await page.goto(`${baseUrl}/admin/collections/users/create`, { waitUntil: 'domcontentloaded' })
  await hydrated(page, 'input[name="email"]')
  await page.fill('input[name="email"]', 'created.in.browser@test.local')
  await page.fill('input[name="password"]', 'browser-password-1')
  await page.fill('input[name="confirm-password"]', 'browser-password-1')
  await page.fill('input[name="firstName"]', 'Navigateur')
  await page.click('#action-save')
  // the admin's save reaches the database while the page may still be rendering
  const created = await eventually(() => payload.find({ collection: 'users', where: { email: { equals: 'created.in.browser@test.local' } } }), saved, SAVE_TIMEOUT, 500)
  expect(created.docs[0]?.firstName).toBe('Navigateur')

  // upload an image
  const file = path.join(os.tmpdir(), `browser-upload-${process.pid}.png`)
  fs.writeFileSync(file, await pngBytes(400, 300))
  await page.goto(`${baseUrl}/admin/collections/media/create`, { waitUntil: 'domcontentloaded' })
  await hydrated(page, 'input[type="file"]')
  await page.setInputFiles('input[type="file"]', file)
  // the chosen file is shown in an editable file-name box beside its thumbnail
  await expect.poll(() => page.locator('input.file-field__filename').inputValue(), { timeout: 60_000 }).toBe(path.basename(file))
  await hydrated(page, 'input[name="alt"]')
  await page.fill('input[name="alt"]', 'Uploaded from the browser')
  await page.click('#action-save')
  const media = await eventually(() => payload.find({ collection: 'media', depth: 0, where: { alt: { equals: 'Uploaded from the browser' } } }), saved, SAVE_TIMEOUT, 500)
  expect(media.docs).toHaveLength(1)
  expect(media.docs[0].mimeType).toBe('image/png')
  // the server, not the form, records who uploaded it
  expect(media.docs[0].uploadedBy).toBe(admin.id)
  await page.waitForURL((url) => /\/admin\/collections\/media\/\d+$/.test(url.pathname))
  await page.screenshot({ path: path.join(os.tmpdir(), 'vibe-admin-media.png') })

  // the learning plugin's custom view: one row per course with its enrollments
  const teacher = await createUser(payload, { roles: ['instructor'] })
  const category = await payload.create({ collection: 'course-categories', data: { name: 'Danse', color: '#aa3300' } })
  const course = await payload.create({ collection: 'courses', data: { title: 'Bachata sensual', instructor: teacher.id, category: category.id, price: 0, currency: 'XOF', _status: 'published' } })
  for (const learner of [await createUser(payload, { roles: ['student'] }), await createUser(payload, { roles: ['student'] })]) {
    await payload.create({ collection: 'enrollments', data: { user: learner.id, course: course.id, status: 'active', enrolledAt: new Date().toISOString() } })
  }
  await page.goto(`${baseUrl}/admin/learning-stats`, { waitUntil: 'domcontentloaded' })
  const row = page.locator('tr', { hasText: 'Bachata sensual' })
  await expect.poll(() => row.count(), { timeout: 120_000 }).toBe(1)
  expect(await row.locator('td').nth(1).innerText()).toBe('2')

  // the ai-images statistics view: two requests by a marketer, one approved
  const marketer = await createUser(payload, { roles: ['marketer'] })
  for (const status of ['approved', 'rejected']) {
    await payload.create({ collection: 'generated-images', data: { prompt: `Browser ${status}`, status, requester: marketer.id, n: 1, style: 'pop-art' } as never, context: { aiImagesSystem: true } })
  }
  await page.goto(`${baseUrl}/admin/ai-images-stats`, { waitUntil: 'domcontentloaded' })
  await expect.poll(() => page.locator('h1', { hasText: /Images IA|AI images/ }).count(), { timeout: 120_000 }).toBe(1)
  expect(await page.locator('body').innerText()).toMatch(/50 %/)

  // a form with numbers, checkboxes and the opening hours saves through the REST
  // type checks: the admin sends real numbers and booleans
  const owner = await createUser(payload, { roles: ['restaurant-owner'] })
  const restaurant = await makeRestaurant(payload, owner)
  await page.goto(`${baseUrl}/admin/collections/restaurants/${restaurant.id}`, { waitUntil: 'domcontentloaded' })
  await hydrated(page, 'input[name="deliveryFee"]')
  await page.fill('input[name="deliveryFee"]', '450')
  await page.click('#action-save')
  const fee = await eventually(() => payload.findByID({ collection: 'restaurants', id: restaurant.id, depth: 0 }), (r) => r.deliveryFee === 450, SAVE_TIMEOUT, 500)
  expect(fee).toMatchObject({ deliveryFee: 450, freeDeliveryThreshold: 2500, active: true })
  expect(fee.openingHours).toEqual(restaurant.openingHours)
}, 1_500_000)
