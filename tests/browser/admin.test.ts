/**
 * The admin in a real browser: Debian's chromium driven by playwright-core logs into /admin
 * (served by Next through the express server), creates a user, uploads an image, reads the
 * learning plugin's course statistics view and edits a restaurant.
 */
import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { makeRestaurant } from '../delivery/helpers'
import { createUser, pngBytes } from '../helpers/fixtures'
import { eventually } from '../helpers/poll'
import { type Admin, assertClean, hydrated, logIn, openPage, startAdmin } from './harness'

let admin: Admin
let payload: Payload
let baseUrl: string

beforeAll(async () => {
  admin = await startAdmin()
  ;({ payload, baseUrl } = admin)
}, 600_000)

afterAll(async () => {
  await admin?.close()
}, 120_000)

const SAVE_TIMEOUT = 300_000
const saved = (result: { docs: unknown[] }) => result.docs.length > 0

it('logs into the admin, creates a user, uploads an image, shows the course statistics and edits a restaurant', async () => {
  const adminUser = await createUser(payload, { email: 'admin@browser.test', roles: ['admin'] })
  const page = await openPage(admin.browser)
  await logIn(page, baseUrl, 'admin@browser.test')

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
  expect(media.docs[0].uploadedBy).toBe(adminUser.id)
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

  // a form with money, checkboxes and the opening hours saves through the REST
  // type checks: the admin sends real numbers and booleans
  const owner = await createUser(payload, { roles: ['restaurant-owner'] })
  const restaurant = await makeRestaurant(payload, owner)
  await page.goto(`${baseUrl}/admin/collections/restaurants/${restaurant.id}`, { waitUntil: 'domcontentloaded' })
  await hydrated(page, 'input[name="deliveryFee"]')
  // money is typed as money (4,50 €) and stored in minor units
  expect(await page.inputValue('input[name="deliveryFee"]')).toBe('2,99')
  await page.fill('input[name="deliveryFee"]', '4,50')
  await page.click('#action-save')
  const fee = await eventually(() => payload.findByID({ collection: 'restaurants', id: restaurant.id, depth: 0 }), (r) => r.deliveryFee === 450, SAVE_TIMEOUT, 500)
  expect(fee).toMatchObject({ deliveryFee: 450, freeDeliveryThreshold: 2500, active: true })
  expect(fee.openingHours).toEqual(restaurant.openingHours)
  assertClean(page)
}, 1_500_000)
