/**
 * A user never reads what is not theirs through a query: `where`, `sort` and `select` paths that
 * cross a relationship into users (found in the config, every collection), versions of drafts, and
 * Payload's own collections (preferences, document locks, jobs, migrations). REST and GraphQL.
 */
import type { FlattenedField, SanitizedCollectionConfig } from 'payload'

import { formatNames, toWords } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Auth } from '../helpers/client'

import { createUser, userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { makeCategory, makeCourse } from '../learning/fixtures'

let t: TestServer
let admin: { user: { id: number }; auth: Auth }
let someone: { user: { id: number }; auth: Auth }
let victim: { id: number; email: string }

beforeAll(async () => {
  t = await startTestServer()
  admin = await userSession(t.payload, t.api, ['admin'])
  someone = await userSession(t.payload, t.api, ['participant', 'student', 'customer'])
  victim = (await createUser(t.payload, {
    roles: ['admin'],
    phone: '+33612345678',
    city: 'Abidjan',
    enableAPIKey: true,
    apiKey: 'a1b2c3d4-0000-4000-8000-000000000000',
  })) as never
})
afterAll(async () => {
  await t?.close()
})

type Link = { collection: SanitizedCollectionConfig; path: string }

/** Every relationship or upload field pointing only at users, with its query path. */
function linksToUsers(fields: FlattenedField[], collection: SanitizedCollectionConfig, prefix = '', out: Link[] = []): Link[] {
  for (const field of fields) {
    const path = `${prefix}${field.name}`
    if ((field.type === 'relationship' || field.type === 'upload') && field.relationTo === 'users') out.push({ collection, path })
    else if (field.type === 'group' || field.type === 'tab' || field.type === 'array') linksToUsers(field.flattenedFields, collection, `${path}.`, out)
  }
  return out
}

const allLinks = () => t.payload.config.collections.flatMap((c) => linksToUsers(c.flattenedFields, c))
const restful = (c: SanitizedCollectionConfig) => c.endpoints !== false

function graphqlListName(c: SanitizedCollectionConfig): null | string {
  if (c.graphQL === false) return null
  const names = c.graphQL ?? {}
  const fromSlug = formatNames(c.slug)
  const singular = names.singularName ? toWords(names.singularName, true) : fromSlug.singular
  const plural = names.pluralName ? toWords(names.pluralName, true) : fromSlug.plural
  return singular === plural ? `all${singular}` : plural
}

const q = encodeURIComponent

describe('query paths that cross into users', () => {
  it('finds relationships to users in the core and in the plugins', () => {
    const slugs = new Set(allLinks().map((l) => l.collection.slug))
    // the config walk is what the other tests iterate: it must see more than a couple of collections
    for (const slug of ['media', 'courses', 'restaurants', 'enrollments']) expect(slugs, slug).toContain(slug)
    expect(allLinks().length).toBeGreaterThan(10)
  })

  it('REST: where on a user field through any relationship is refused to a normal user, allowed to an admin', async () => {
    const failures: string[] = []
    for (const { collection, path } of allLinks().filter((l) => restful(l.collection))) {
      const base = `/api/${collection.slug}?limit=1&depth=0`
      const probes = [
        `${base}&where[${path}.email][equals]=${q(victim.email)}`,
        `${base}&where[or][0][${path}.roles][contains]=admin`,
        `${base}&where[and][0][or][0][${path}.phone][like]=%2B336`,
        `${base}&sort=-${path}.email`,
        `${base}&select[${path.replace(/\./g, '][')}][email]=true`,
        `/api/${collection.slug}/count?where[${path}.email][like]=${q(victim.email.slice(0, 3))}`,
      ]
      for (const url of probes) {
        const res = await t.api.get(url, someone.auth)
        if (res.status !== 400) failures.push(`user ${res.status} ${url}`)
        else if (!String(res.body.errors?.[0]?.message).includes(path)) failures.push(`message does not name the path: ${url}`)
        // an admin reads users in full: the access guard lets it through (the shape check may still
        // refuse a query that cannot work, e.g. a sort on a field with several values per document)
        const adm = await t.api.get(url, admin.auth)
        const refusedByAccess = adm.status === 400 && /^Cannot query/.test(String(adm.body.errors?.[0]?.message))
        if (refusedByAccess || adm.status >= 500) failures.push(`admin ${adm.status} ${url}`)
      }
      // the related id stays this collection's own value
      const byId = await t.api.get(`${base}&where[${path}][equals]=${victim.id}`, someone.auth)
      if (byId.status === 400 || byId.status >= 500) failures.push(`by id ${byId.status} ${collection.slug}.${path}`)
    }
    expect(failures).toEqual([])
  })

  it('REST: secrets of users are not queryable by anyone, not even an admin', async () => {
    const failures: string[] = []
    for (const { collection, path } of allLinks().filter((l) => restful(l.collection))) {
      for (const secret of ['apiKey', 'apiKeyIndex', 'enableAPIKey', 'hash', 'salt', 'resetPasswordToken', 'lockUntil', 'loginAttempts']) {
        const url = `/api/${collection.slug}?limit=1&where[${path}.${secret}][like]=a`
        for (const who of [someone, admin]) {
          const res = await t.api.get(url, who.auth)
          if (res.status !== 400) failures.push(`${who === admin ? 'admin' : 'user'} ${res.status} ${url}`)
        }
      }
    }
    // and on users itself
    for (const secret of ['apiKey', 'enableAPIKey', 'hash', 'salt', 'loginAttempts']) {
      const res = await t.api.get(`/api/users?where[${secret}][exists]=true`, admin.auth)
      if (res.status !== 400) failures.push(`admin ${res.status} users.${secret}`)
    }
    expect(failures).toEqual([])
  })

  it('REST: bulk update and delete with such a where are refused and change nothing', async () => {
    const media = await t.payload.find({ collection: 'media', limit: 0, depth: 0 })
    const courses = await t.payload.count({ collection: 'courses' })
    const patch = await t.api.patch(`/api/media?where[uploadedBy.roles][contains]=admin`, { alt: 'owned' }, someone.auth)
    expect(patch.status).toBe(400)
    const del = await t.api.delete(`/api/courses?where[instructor.email][like]=%40`, someone.auth)
    expect(del.status).toBe(400)
    const after = await t.payload.find({ collection: 'media', limit: 0, depth: 0 })
    expect(after.docs.map((d) => d.alt)).toEqual(media.docs.map((d) => d.alt))
    expect(await t.payload.count({ collection: 'courses' })).toEqual(courses)
  })

  it('GraphQL: sort and where through a user relationship are refused in every collection', async () => {
    const failures: string[] = []
    let checked = 0
    for (const { collection, path } of allLinks()) {
      const name = graphqlListName(collection)
      if (!name || path.includes('.')) continue
      checked += 1
      const sorted = await t.api.graphql(`{ ${name}(limit: 1, sort: "${path}.email") { docs { id } } }`, {}, someone.auth)
      if (!sorted.body.errors?.length || sorted.body.errors[0].extensions?.statusCode !== 400) failures.push(`sort ${name} ${path}: ${sorted.text.slice(0, 200)}`)
      const where = await t.api.graphql(`{ ${name}(limit: 1, where: { ${path}__email: { equals: "${victim.email}" } }) { docs { id } } }`, {}, someone.auth)
      if (!where.body.errors?.length || where.body.data?.[name]?.docs?.length) failures.push(`where ${name} ${path}: ${where.text.slice(0, 200)}`)
      const adm = await t.api.graphql(`{ ${name}(limit: 1, sort: "${path}.email") { docs { id } } }`, {}, admin.auth)
      if (adm.body.errors?.some((e) => e.extensions?.statusCode === 400 || (e.extensions?.statusCode ?? 500) >= 500)) failures.push(`admin sort ${name} ${path}: ${adm.text.slice(0, 200)}`)
    }
    expect(failures).toEqual([])
    expect(checked).toBeGreaterThan(10)
  })

  it('Local API with overrideAccess: false is held to the same rule; the server itself is not', async () => {
    const someoneUser = await t.payload.findByID({ collection: 'users', id: someone.user.id })
    await expect(
      t.payload.find({ collection: 'media', where: { 'uploadedBy.email': { equals: victim.email } }, overrideAccess: false, user: someoneUser }),
    ).rejects.toMatchObject({ status: 400 })
    await expect(t.payload.find({ collection: 'media', where: { 'uploadedBy.email': { equals: victim.email } } })).resolves.toBeTruthy()
  })

  it('the same collection: a field the caller may not read cannot be filtered on', async () => {
    // users: sessions are readable only by their owner (field-level read access)
    const res = await t.api.get(`/api/users?where[sessions.id][exists]=true`, admin.auth)
    expect(res.status).toBe(400)
  })

  it('versions queries cannot cross into users either', async () => {
    const res = await t.api.get(`/api/courses/versions?where[version.instructor.email][equals]=${q(victim.email)}`, someone.auth)
    expect(res.status).toBe(400)
  })
})

describe('versions of drafts', () => {
  it('are visible to the instructor and admins, never to another learner (REST and GraphQL)', async () => {
    const instructor = await userSession(t.payload, t.api, ['instructor'])
    const otherInstructor = await userSession(t.payload, t.api, ['instructor'])
    const category = await makeCategory(t.payload)
    const draft = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id, publish: false, title: 'Secret plan' })
    const pub = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    // a draft edit of a published course and a draft lesson
    await t.payload.update({ collection: 'courses', id: pub.course.id, data: { title: 'Unreleased rename' }, draft: true })
    const draftLesson = await t.payload.create({ collection: 'lessons', data: { course: pub.course.id, title: 'Unfinished', contentType: 'text', _status: 'draft' }, draft: true })
    // a course published once, then taken back to draft: its old published version is not readable either
    const withdrawn = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id, title: 'Withdrawn' })
    await t.payload.update({ collection: 'courses', id: withdrawn.course.id, data: { _status: 'draft', title: 'Withdrawn again' } })

    const titles = async (slug: string, auth: Auth) => {
      const res = await t.api.get(`/api/${slug}/versions?limit=500&depth=0`, auth)
      expect(res.status, `${slug} ${res.text.slice(0, 200)}`).toBe(200)
      return res.body.docs as { id: number; parent: number; version: { title: string; _status: string } }[]
    }
    const courseTitles = (docs: { version: { title: string } }[]) => docs.map((d) => d.version.title)

    // another learner: no draft at all, only published snapshots
    for (const slug of ['courses', 'lessons']) {
      const docs = await titles(slug, someone.auth)
      expect(docs.filter((d) => d.version._status !== 'published'), slug).toEqual([])
    }
    expect(courseTitles(await titles('courses', someone.auth))).not.toContain('Secret plan')
    expect(courseTitles(await titles('courses', someone.auth))).not.toContain('Unreleased rename')
    expect(courseTitles(await titles('courses', someone.auth))).not.toContain('Withdrawn')
    // published versions of a published course stay readable
    expect((await titles('courses', someone.auth)).map((d) => d.parent)).toContain(pub.course.id)
    expect((await titles('lessons', someone.auth)).map((d) => d.parent)).toContain(pub.l1.id)
    expect((await titles('lessons', someone.auth)).map((d) => d.parent)).not.toContain(draftLesson.id)
    // by id too
    const draftVersion = (await t.payload.findVersions({ collection: 'courses', where: { parent: { equals: draft.course.id } } })).docs[0]
    // (Payload answers 403 when the version exists but the access rule excludes it)
    expect([403, 404]).toContain((await t.api.get(`/api/courses/versions/${draftVersion.id}`, someone.auth)).status)
    const lessonVersion = (await t.payload.findVersions({ collection: 'lessons', where: { parent: { equals: draftLesson.id } } })).docs[0]
    expect([403, 404]).toContain((await t.api.get(`/api/lessons/versions/${lessonVersion.id}`, someone.auth)).status)
    // another instructor neither
    expect(courseTitles(await titles('courses', otherInstructor.auth))).not.toContain('Secret plan')
    expect([403, 404]).toContain((await t.api.get(`/api/courses/versions/${draftVersion.id}`, otherInstructor.auth)).status)

    // GraphQL
    const gql = await t.api.graphql(
      `{ versionsCourses(limit: 500) { docs { id version { title _status } } } versionsLessons(limit: 500) { docs { id parent { id } version { _status } } } }`,
      {},
      someone.auth,
    )
    expect(gql.body.errors).toBeUndefined()
    const gCourses = gql.body.data.versionsCourses.docs as { version: { title: string; _status: string } }[]
    expect(gCourses.map((d) => d.version.title)).not.toContain('Secret plan')
    expect(gCourses.filter((d) => d.version._status !== 'published')).toEqual([])
    expect((gql.body.data.versionsLessons.docs as { version: { _status: string } }[]).filter((d) => d.version._status !== 'published')).toEqual([])
    const one = await t.api.graphql(`query($id: String!) { versionCourse(id: $id) { id version { title } } }`, { id: String(draftVersion.id) }, someone.auth)
    expect(one.body.data?.versionCourse ?? null).toBeNull()

    // the instructor and an admin see the drafts
    for (const who of [instructor, admin]) {
      expect(courseTitles(await titles('courses', who.auth))).toEqual(expect.arrayContaining(['Secret plan', 'Unreleased rename', 'Withdrawn']))
      expect((await titles('lessons', who.auth)).map((d) => d.parent)).toContain(draftLesson.id)
      expect((await t.api.get(`/api/courses/versions/${draftVersion.id}`, who.auth)).status).toBe(200)
    }
    const own = await t.api.graphql(`{ versionsCourses(limit: 500) { docs { version { title } } } }`, {}, instructor.auth)
    expect(own.body.data.versionsCourses.docs.map((d: { version: { title: string } }) => d.version.title)).toContain('Secret plan')
  })
})

describe("Payload's own collections", () => {
  const prefs = (value: unknown) => ({ value })

  it("preferences: another user's are unreadable, unwritable, undeletable; the owner's own work", async () => {
    const a = await userSession(t.payload, t.api, ['participant'])
    const b = await userSession(t.payload, t.api, ['participant'])
    expect((await t.api.post('/api/payload-preferences/nav', prefs({ open: ['a'] }), a.auth)).status).toBe(200)
    const pref = (await t.payload.find({ collection: 'payload-preferences', where: { key: { equals: 'nav' }, 'user.value': { equals: a.user.id } } })).docs[0]
    expect(pref).toBeTruthy()

    // B: by id, by key, in lists, bulk
    expect([403, 404]).toContain((await t.api.patch(`/api/payload-preferences/${pref.id}`, { value: { hacked: true }, user: { relationTo: 'users', value: b.user.id } }, b.auth)).status)
    const bulk = await t.api.patch(`/api/payload-preferences?where[key][equals]=nav`, { value: { hacked: true } }, b.auth)
    expect(bulk.status, bulk.text).toBe(200)
    expect(bulk.body.docs).toEqual([])
    const list = await t.api.get(`/api/payload-preferences?limit=100`, b.auth)
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: { id: number }) => d.id)).not.toContain(pref.id)
    expect((await t.api.get(`/api/payload-preferences/nav`, b.auth)).body?.value ?? null).toBeNull()
    const gql = await t.api.graphql(`{ PayloadPreferences(limit: 100) { docs { id } } }`, {}, b.auth)
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.PayloadPreferences.docs.map((d: { id: number }) => d.id)).not.toContain(pref.id)
    const gOne = await t.api.graphql(`query($id: Int!) { PayloadPreference(id: $id) { id } }`, { id: pref.id }, b.auth)
    expect(gOne.body.data?.PayloadPreference ?? null).toBeNull()
    const gUpd = await t.api.graphql(`mutation($id: Int!) { updatePayloadPreference(id: $id, data: { value: { hacked: true } }) { id } }`, { id: pref.id }, b.auth)
    expect([403, 404], gUpd.text).toContain(gUpd.body.errors?.[0]?.extensions?.statusCode)
    const gDel = await t.api.graphql(`mutation($id: Int!) { deletePayloadPreference(id: $id) { id } }`, { id: pref.id }, b.auth)
    expect([403, 404], gDel.text).toContain(gDel.body.errors?.[0]?.extensions?.statusCode)
    const delB = await t.api.delete(`/api/payload-preferences/nav`, b.auth)
    expect(delB.status).toBe(404)
    const bulkDel = await t.api.delete(`/api/payload-preferences?where[id][equals]=${pref.id}`, b.auth)
    expect(bulkDel.status, bulkDel.text).toBe(200)
    expect(bulkDel.body.docs).toEqual([])
    const kept = await t.payload.findByID({ collection: 'payload-preferences', id: pref.id })
    expect(kept.value).toEqual({ open: ['a'] })
    expect(kept.user).toMatchObject({ relationTo: 'users', value: expect.objectContaining({ id: a.user.id }) })

    // A: read, update, delete their own
    expect((await t.api.get(`/api/payload-preferences/nav`, a.auth)).body.value).toEqual({ open: ['a'] })
    const upd = await t.api.patch(`/api/payload-preferences/${pref.id}`, { value: { open: ['b'] } }, a.auth)
    expect(upd.status).toBe(200)
    expect((await t.api.post('/api/payload-preferences/nav', prefs({ open: ['c'] }), a.auth)).status).toBe(200)
    expect((await t.api.get(`/api/payload-preferences/nav`, a.auth)).body.value).toEqual({ open: ['c'] })
    const del = await t.api.delete(`/api/payload-preferences/nav`, a.auth)
    expect(del.status).toBe(200)
    expect(await t.payload.count({ collection: 'payload-preferences', where: { key: { equals: 'nav' }, 'user.value': { equals: a.user.id } } })).toEqual({ totalDocs: 0 })
    expect((await t.api.delete(`/api/payload-preferences/nav`, a.auth)).status).toBe(404)
    // bulk, by the owner: only their own
    await t.api.post('/api/payload-preferences/cols', prefs(['x']), a.auth)
    await t.api.post('/api/payload-preferences/cols', prefs(['y']), b.auth)
    const mineUpdated = await t.api.patch(`/api/payload-preferences?where[key][equals]=cols`, { value: ['z'] }, a.auth)
    expect(mineUpdated.status, mineUpdated.text).toBe(200)
    expect(mineUpdated.body.docs).toHaveLength(1)
    const mineDeleted = await t.api.delete(`/api/payload-preferences?where[key][equals]=cols`, a.auth)
    expect(mineDeleted.status, mineDeleted.text).toBe(200)
    expect(mineDeleted.body.docs).toHaveLength(1)
    expect((await t.api.get(`/api/payload-preferences/cols`, b.auth)).body.value).toEqual(['y'])
    expect((await t.api.get(`/api/payload-preferences/cols`, a.auth)).body?.value ?? null).toBeNull()
  })

  it('document locks, jobs and migrations are closed to users who may not open the admin', async () => {
    const editor = await userSession(t.payload, t.api, ['editor'])
    const lock = await t.payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'users', value: editor.user.id }, user: { relationTo: 'users', value: editor.user.id } },
    })

    for (const slug of ['payload-locked-documents', 'payload-jobs', 'payload-migrations']) {
      const list = await t.api.get(`/api/${slug}?limit=100`, someone.auth)
      expect([403, 404, 501], `${slug} list ${list.status}`).toContain(list.status)
      expect((await t.api.post(`/api/${slug}`, {}, someone.auth)).status, slug).toBeGreaterThanOrEqual(400)
    }
    const gLocks = await t.api.graphql(`{ PayloadLockedDocuments(limit: 100) { docs { id } } }`, {}, someone.auth)
    expect(gLocks.body.data?.PayloadLockedDocuments?.docs ?? null, gLocks.text).toBeNull()
    expect(gLocks.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect([403, 404]).toContain((await t.api.patch(`/api/payload-locked-documents/${lock.id}`, { globalSlug: 'x' }, someone.auth)).status)
    expect([403, 404]).toContain((await t.api.delete(`/api/payload-locked-documents/${lock.id}`, someone.auth)).status)
    expect([403, 404]).toContain((await t.api.get(`/api/globals/payload-jobs-stats`, someone.auth)).status)
    expect((await t.api.post(`/api/globals/payload-jobs-stats`, { stats: {} }, editor.auth)).status).toBe(403)
    // an editor keeps the admin panel's locks: sees them, and a lock they write is their own
    const seen = await t.api.get(`/api/payload-locked-documents?limit=100`, editor.auth)
    expect(seen.status).toBe(200)
    expect(seen.body.docs.map((d: { id: number }) => d.id)).toContain(lock.id)
    const other = await userSession(t.payload, t.api, ['editor'])
    const taken = await t.api.patch(`/api/payload-locked-documents/${lock.id}`, { user: { relationTo: 'users', value: editor.user.id } }, other.auth)
    expect(taken.status).toBe(200)
    const after = await t.payload.findByID({ collection: 'payload-locked-documents', id: lock.id, depth: 0 })
    expect(after.user).toMatchObject({ relationTo: 'users', value: other.user.id })
    // only the holder of a lock (or an admin) removes it
    expect([403, 404]).toContain((await t.api.delete(`/api/payload-locked-documents/${lock.id}`, editor.auth)).status)
    expect((await t.api.delete(`/api/payload-locked-documents/${lock.id}`, other.auth)).status).toBe(200)
    // admins still read jobs and migrations
    expect((await t.api.get(`/api/payload-jobs?limit=1`, admin.auth)).status).toBe(200)
  })
})
