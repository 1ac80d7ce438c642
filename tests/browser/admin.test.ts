/**
 * The admin in a real browser: Debian's chromium driven by playwright-core logs into /admin
 * (served by Next through the express server), creates a user, uploads an image, reads the
 * learning plugin's course statistics view, the social content calendar and the AI image statistics,
 * and edits a restaurant. Editors never type JSON and
 * the admin loads nothing from another host: opening hours, option groups and a delivery zone
 * are edited through forms, money is typed as money and rates as percent, read-only data shows
 * as rows, and the code editor that remains for internal JSON loads from this server. Each role
 * gets its dashboard widgets and collections. Every page fails the test on a request leaving
 * 127.0.0.1 or a console error.
 *
 * One file on purpose: Next's dev server refuses a second instance in the same folder.
 */
import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { validatePolygon } from '../../src/plugins/delivery/services/geo'
import { validateOpeningHours } from '../../src/plugins/delivery/services/opening-hours'
import { validateOptionGroups } from '../../src/plugins/delivery/services/options'
import { makeMenu, makeRestaurant } from '../delivery/helpers'
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

  // the social plugin's content calendar: a scheduled post shows on its local day
  const marketer = await createUser(payload, { roles: ['marketer'] })
  const account = await payload.create({ collection: 'social-accounts', data: { owner: marketer.id, name: 'Sandbox', platform: 'x', mode: 'sandbox', externalId: 'sb', status: 'connected' } as never })
  const at = new Date(Date.now() + 2 * 86_400_000)
  at.setUTCHours(12, 0, 0, 0)
  await payload.create({
    collection: 'scheduled-posts',
    data: { owner: adminUser.id, title: 'Calendar check', caption: 'Calendar check', scheduledAt: at.toISOString(), timezone: 'UTC', status: 'scheduled', targets: [{ account: account.id, platform: 'x', state: 'pending' }] } as never,
  })
  await page.goto(`${baseUrl}/admin/social-calendar?view=week&date=${at.toISOString().slice(0, 10)}&tz=UTC`, { waitUntil: 'domcontentloaded' })
  const entry = page.locator('td', { hasText: 'Calendar check' })
  await expect.poll(() => entry.count(), { timeout: 120_000 }).toBe(1)
  expect(await entry.innerText()).toContain('12:00')

  // the ai-images statistics view: two requests by a marketer, one approved
  for (const status of ['approved', 'rejected']) {
    await payload.create({ collection: 'generated-images', data: { prompt: `Browser ${status}`, status, requester: marketer.id, n: 1, style: 'pop-art' } as never, context: { aiImagesSystem: true } })
  }
  await page.goto(`${baseUrl}/admin/ai-images-stats`, { waitUntil: 'domcontentloaded' })
  await expect.poll(() => page.locator('h1', { hasText: /Images IA|AI images/ }).count(), { timeout: 120_000 }).toBe(1)
  expect(await page.locator('body').innerText()).toMatch(/50 %/)

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

it('shows each role its dashboard widgets and collections, the System group to admins, jobs and a course outline', async () => {
  await createUser(payload, { email: 'dash-admin@browser.test', roles: ['admin'] })
  const owner = await createUser(payload, { email: 'dash-owner@browser.test', roles: ['restaurant-owner'] })
  const teacher = await createUser(payload, { email: 'dash-teacher@browser.test', roles: ['instructor'], preferredLocale: 'fr' })
  const organizer = await createUser(payload, { email: 'dash-organizer@browser.test', roles: ['organizer'] })
  await payload.create({ collection: 'events', data: { title: 'Soirée à valider', status: 'pending_review', organizer: organizer.id, startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(), capacity: 20 } as never })
  const restaurant = await makeRestaurant(payload, owner, { name: 'Chez Dash' })
  await payload.jobs.queue({ task: 'learning-reset-streaks', input: {} as never })
  const category = await payload.create({ collection: 'course-categories', data: { name: 'Salsa', color: '#aa3300' } })
  const course = await payload.create({ collection: 'courses', data: { title: 'Salsa cubaine', instructor: teacher.id, category: category.id, price: 0, currency: 'XOF' } as never })
  const m2 = await payload.create({ collection: 'course-modules', data: { course: course.id, title: 'Module deux' } as never })
  const m1 = await payload.create({ collection: 'course-modules', data: { course: course.id, title: 'Module un' } as never })
  void m1
  void m2
  void restaurant

  // admin: every widget, the System group folded, jobs open
  const adminPage = await openPage(admin.browser)
  await logIn(adminPage, baseUrl, 'dash-admin@browser.test')
  await adminPage.goto(`${baseUrl}/admin`, { waitUntil: 'domcontentloaded' })
  await adminPage.locator('.vibe-widget').first().waitFor()
  const adminWidgets = await adminPage.locator('.vibe-widget h3').allInnerTexts()
  expect(adminWidgets).toEqual(expect.arrayContaining(['Livraison', 'Formation', 'Paiements', 'Notifications', 'Plateforme', 'Événements', 'Abonnements', 'Publication sociale', 'Images IA']))
  await adminPage.locator('figure.vibe-chart').first().waitFor()
  // recharts draws once its container is measured
  await expect.poll(() => adminPage.locator('figure.vibe-chart svg.recharts-surface').count(), { timeout: 60_000 }).toBeGreaterThan(0)
  expect(await adminPage.locator('a#nav-learning-stats').count()).toBe(1)
  expect(await adminPage.locator('nav.nav__wrap').getByText('Système', { exact: true }).count()).toBe(1)
  const jobs = await adminPage.goto(`${baseUrl}/admin/collections/payload-jobs`, { waitUntil: 'domcontentloaded' })
  expect(jobs?.status()).toBe(200)
  await adminPage.locator('.collection-list').first().waitFor()
  expect(await adminPage.locator('.collection-list tbody tr').count()).toBeGreaterThanOrEqual(1)
  // the course page lists its modules in their order, each opening its edit drawer
  await adminPage.goto(`${baseUrl}/admin/collections/courses/${course.id}`, { waitUntil: 'domcontentloaded' })
  const modules = adminPage.locator('#field-modules .drawer-link__cell')
  await expect.poll(() => modules.count(), { timeout: 120_000 }).toBe(2)
  expect(await modules.allInnerTexts()).toEqual(['Module deux', 'Module un'])
  expect(await adminPage.locator('#field-modules .drawer-link__doc-drawer-toggler').count()).toBe(2)
  assertClean(adminPage)
  await adminPage.close()

  // restaurant owner: the delivery widget and collections, no learning, no System
  const ownerPage = await openPage(admin.browser)
  await logIn(ownerPage, baseUrl, 'dash-owner@browser.test')
  await ownerPage.goto(`${baseUrl}/admin`, { waitUntil: 'domcontentloaded' })
  await ownerPage.locator('.vibe-widget').first().waitFor()
  expect(await ownerPage.locator('.vibe-widget h3').allInnerTexts()).toEqual(['Livraison'])
  const ownerNav = await ownerPage.locator('nav.nav__wrap').innerText()
  expect(ownerNav).toContain('Restaurants')
  expect(ownerNav).not.toMatch(/Cours|Leçons|Système/)
  assertClean(ownerPage)
  await ownerPage.close()

  // organizer: the events widget with their event waiting for moderation, events collections, no System
  const organizerPage = await openPage(admin.browser)
  await logIn(organizerPage, baseUrl, 'dash-organizer@browser.test')
  await organizerPage.goto(`${baseUrl}/admin`, { waitUntil: 'domcontentloaded' })
  await organizerPage.locator('.vibe-widget').first().waitFor()
  expect(await organizerPage.locator('.vibe-widget h3').allInnerTexts()).toEqual(['Événements'])
  expect(await organizerPage.locator('.vibe-widget li[data-count]').first().getAttribute('data-count')).toBe('1')
  const organizerNav = await organizerPage.locator('nav.nav__wrap').innerText()
  expect(organizerNav).toContain('Événements')
  expect(organizerNav).not.toMatch(/Restaurants|Publication sociale|Images générées|Système/)
  assertClean(organizerPage)
  await organizerPage.close()

  // instructor: learning, no delivery; one language setting on the account page
  const teacherPage = await openPage(admin.browser)
  await logIn(teacherPage, baseUrl, 'dash-teacher@browser.test')
  await teacherPage.goto(`${baseUrl}/admin`, { waitUntil: 'domcontentloaded' })
  await teacherPage.locator('.vibe-widget').first().waitFor()
  expect(await teacherPage.locator('.vibe-widget h3').allInnerTexts()).toEqual(['Formation'])
  const teacherNav = await teacherPage.locator('nav.nav__wrap').innerText()
  expect(teacherNav).toContain('Cours')
  expect(teacherNav).not.toMatch(/Restaurants|Commandes|Système/)
  await teacherPage.goto(`${baseUrl}/admin/account`, { waitUntil: 'domcontentloaded' })
  await hydrated(teacherPage, 'select#preferred-language')
  expect(await teacherPage.locator('.payload-settings__language').isVisible()).toBe(false)
  await teacherPage.selectOption('select#preferred-language', 'en')
  // the admin follows at once (its own selector is hidden)
  await expect.poll(() => teacherPage.locator('a#nav-learning-stats').innerText(), { timeout: 60_000 }).toBe('Course statistics')
  assertClean(teacherPage)
}, 1_500_000)

it('edits opening hours, option groups, a zone and money through forms, with nothing loaded from elsewhere', async () => {
  await createUser(payload, { email: 'forms@browser.test', roles: ['admin'] })
  const owner = await createUser(payload, { roles: ['restaurant-owner'] })
  const restaurant = await makeRestaurant(payload, owner, { currency: 'XOF', deliveryFee: 500, taxRateBps: 0 })
  const { royal } = await makeMenu(payload, restaurant.id)
  const page = await openPage(admin.browser)
  await logIn(page, baseUrl, 'forms@browser.test')

  // restaurant: seven day rows instead of a JSON box; money in FCFA; tax as a percentage
  await page.goto(`${baseUrl}/admin/collections/restaurants/${restaurant.id}`, { waitUntil: 'domcontentloaded' })
  await hydrated(page, 'input[name="openingHours.tuesday.closed"]')
  expect(await page.locator('.vibe-opening-hours tbody tr').count()).toBe(7)
  expect(await page.locator('.monaco-editor').count()).toBe(0)
  expect(await page.inputValue('input[name="deliveryFee"]')).toBe('500')
  await page.check('input[name="openingHours.tuesday.closed"]')
  await page.fill('input[name="openingHours.monday.open"]', '10:30')
  await page.fill('input[name="openingHours.monday.close"]', '22:00')
  await page.fill('input[name="deliveryFee"]', '1 000')
  await page.fill('input[name="taxRateBps"]', '5,5')
  await page.click('#action-save')
  const saved = await eventually(() => payload.findByID({ collection: 'restaurants', id: restaurant.id, depth: 0 }), (r) => r.deliveryFee === 1000, SAVE_TIMEOUT, 500)
  expect(saved.taxRateBps).toBe(550)
  const hours = saved.openingHours as Record<string, unknown>
  expect(hours.tuesday).toEqual({ is_closed: true })
  expect(hours.monday).toMatchObject({ open: '10:30', close: '22:00' })
  expect(hours.wednesday).toEqual((restaurant.openingHours as Record<string, unknown>).wednesday)
  expect(validateOpeningHours(hours)).toBe(true)

  // menu item: option groups with their choices; the price delta typed in the restaurant's currency
  await page.goto(`${baseUrl}/admin/collections/menu-items/${royal.id}`, { waitUntil: 'domcontentloaded' })
  await hydrated(page, 'input[name="options.0.label"]')
  expect(await page.locator('.vibe-option-group').count()).toBe(2)
  await expect.poll(() => page.locator('.vibe-money__currency').first().innerText(), { timeout: 60_000 }).toBe('FCFA')
  await page.fill('input[name="options.0.label"]', 'Taille du burger')
  await page.fill('input[name="options.0.choices.0.price"]', '250')
  await page.fill('input[name="price"]', '4 500')
  await page.click('#action-save')
  const item = await eventually(() => payload.findByID({ collection: 'menu-items', id: royal.id, depth: 0 }), (r) => r.price === 4500, SAVE_TIMEOUT, 500)
  const groups = item.options as Record<string, { label: string; choices: { price_modifier: number }[] }>
  expect(Object.keys(groups)).toEqual(['size', 'extras'])
  expect(groups.size.label).toBe('Taille du burger')
  expect(groups.size.choices[0].price_modifier).toBe(250)
  expect(validateOptionGroups(groups)).toBe(true)

  // delivery zone: point rows and a drawing; the ring is closed on save
  const zone = await payload.create({
    collection: 'delivery-zones',
    overrideAccess: true,
    data: { name: 'Centre', restaurant: restaurant.id, deliveryFee: 300, estimatedTime: 25, coordinates: { type: 'Polygon', coordinates: [[[2.3, 48.8], [2.4, 48.8], [2.4, 48.9], [2.3, 48.9], [2.3, 48.8]]] } } as never,
  })
  await page.goto(`${baseUrl}/admin/collections/delivery-zones/${zone.id}`, { waitUntil: 'domcontentloaded' })
  await hydrated(page, 'input[name="coordinates.0.lat"]')
  expect(await page.locator('.vibe-polygon tbody tr').count()).toBe(4)
  expect(await page.locator('svg.vibe-polygon__drawing polygon').count()).toBe(1)
  await page.fill('input[name="coordinates.2.lat"]', '48.95')
  await page.click('#action-save')
  const savedZone = await eventually(() => payload.findByID({ collection: 'delivery-zones', id: zone.id, depth: 0 }), (z) => JSON.stringify(z.coordinates).includes('48.95'), SAVE_TIMEOUT, 500)
  expect(savedZone.coordinates).toEqual({ type: 'Polygon', coordinates: [[[2.3, 48.8], [2.4, 48.8], [2.4, 48.95], [2.3, 48.9], [2.3, 48.8]]] })
  expect(validatePolygon(savedZone.coordinates)).toBe(true)
  assertClean(page)

  // internal JSON an admin may still edit: the code editor loads from this server
  const notification = await payload.create({ collection: 'notifications', overrideAccess: true, data: { user: owner.id, type: 'test', title: 'Bonjour', data: { orderId: 12 } } as never })
  await page.goto(`${baseUrl}/admin/collections/notifications/${notification.id}`, { waitUntil: 'domcontentloaded' })
  await page.locator('.monaco-editor').first().waitFor({ timeout: 120_000 }).catch(() => assertClean(page))
  expect(page.localRequests.some((p) => p.startsWith('/admin-assets/monaco/vs/'))).toBe(true)
  assertClean(page)
}, 1_500_000)
