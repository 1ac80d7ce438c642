/**
 * Formations over HTTP: nested categories and their breadcrumbs (also after the parent is renamed),
 * server-set fields (author, publication date, reading time, views), access for anonymous readers,
 * other users and authors (REST, versions, GraphQL), bad input answered 4xx, accent-folding
 * full-text search, and views counted in memory and written in batches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Auth } from '../helpers/client'

import { sql } from '../../src/db/transaction'
import { flushFormationViews } from '../../src/plugins/dance/formations'
import { runClosers } from '../../src/runtime/closers'
import { exec } from '../bookings/helpers'
import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

type Session = { auth: Auth; user: any }
let t: TestServer
let editor: Session
let instructor: Session
let artist: Session
let student: Session
let technique: any
let guidage: any
let musicalite: any

const rich = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: paragraphs.map((p) => ({ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text: p, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] })),
  },
})

const create = async (auth: Auth, data: Record<string, unknown>) => {
  const res = await t.api.post('/api/formations', { difficulty: 'beginner', category: guidage.id, content: rich('Un texte.'), ...data }, auth)
  expect(res.status, res.text.slice(0, 300)).toBe(201)
  return res.body.doc
}
const publish = async (auth: Auth, id: number, data: Record<string, unknown> = {}) => {
  const res = await t.api.patch(`/api/formations/${id}`, { _status: 'published', ...data }, auth)
  expect(res.status, res.text.slice(0, 300)).toBe(200)
  return res.body.doc
}
const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)

beforeAll(async () => {
  // no timer: views are written by the explicit flush (and the closer)
  t = await startTestServer({ env: { FORMATION_VIEWS_FLUSH_MS: '0' } })
  ;[editor, instructor, artist, student] = await Promise.all([
    userSession(t.payload, t.api, ['editor']),
    userSession(t.payload, t.api, ['instructor']),
    userSession(t.payload, t.api, ['artist']),
    userSession(t.payload, t.api, ['student']),
  ])
  const cat = async (data: Record<string, unknown>) => {
    const res = await t.api.post('/api/formation-categories', data, editor.auth)
    expect(res.status, res.text.slice(0, 300)).toBe(201)
    return res.body.doc
  }
  technique = await cat({ name: 'Technique' })
  musicalite = await cat({ name: 'Musicalité' })
  guidage = await cat({ name: 'Guidage', parent: technique.id })
})
afterAll(async () => {
  await t?.close()
})

describe('formation categories', () => {
  it('nest two levels with breadcrumbs from the names and slugs, updated when the parent is renamed', async () => {
    expect(technique.slug).toBe('technique')
    expect(musicalite.slug).toBe('musicalite')
    const child = (await t.api.get(`/api/formation-categories/${guidage.id}`)).body
    expect(idOf(child.parent)).toBe(technique.id)
    expect(child.breadcrumbs.map((b: any) => [b.label, b.url, idOf(b.doc)])).toEqual([
      ['Technique', '/technique', technique.id],
      ['Guidage', '/technique/guidage', guidage.id],
    ])
    const leaf = (await t.api.post('/api/formation-categories', { name: 'Tours', parent: guidage.id }, editor.auth)).body.doc
    expect(leaf.breadcrumbs.map((b: any) => b.url)).toEqual(['/technique', '/technique/guidage', '/technique/guidage/tours'])

    const renamed = await t.api.patch(`/api/formation-categories/${technique.id}`, { name: 'Technique de danse', slug: 'technique-de-danse' }, editor.auth)
    expect(renamed.status, renamed.text.slice(0, 300)).toBe(200)
    const after = (await t.api.get(`/api/formation-categories/${guidage.id}`)).body
    expect(after.breadcrumbs.map((b: any) => [b.label, b.url])).toEqual([
      ['Technique de danse', '/technique-de-danse'],
      ['Guidage', '/technique-de-danse/guidage'],
    ])
    // grandchildren follow too
    const leafAfter = (await t.api.get(`/api/formation-categories/${leaf.id}`)).body
    expect(leafAfter.breadcrumbs.map((b: any) => b.url)).toEqual(['/technique-de-danse', '/technique-de-danse/guidage', '/technique-de-danse/guidage/tours'])
    await t.api.patch(`/api/formation-categories/${technique.id}`, { name: 'Technique', slug: 'technique' }, editor.auth)
    technique = (await t.api.get(`/api/formation-categories/${technique.id}`)).body
    expect(technique.breadcrumbs.map((b: any) => b.url)).toEqual(['/technique'])
    await t.api.delete(`/api/formation-categories/${leaf.id}`, editor.auth)
  })

  it('refuses a cycle, an unknown parent, non-editors, and deleting a category in use', async () => {
    const cycle = await t.api.patch(`/api/formation-categories/${technique.id}`, { parent: guidage.id }, editor.auth)
    expect(cycle.status).toBe(400)
    const self = await t.api.patch(`/api/formation-categories/${technique.id}`, { parent: technique.id }, editor.auth)
    expect(self.status).toBe(400)
    expect((await t.api.post('/api/formation-categories', { name: 'Orpheline', parent: 999999 }, editor.auth)).status).toBe(400)
    expect((await t.api.post('/api/formation-categories', { name: 'Mauvais', parent: 'abc' }, editor.auth)).status).toBe(400)
    for (const who of [instructor, student]) expect((await t.api.post('/api/formation-categories', { name: 'Pirate' }, who.auth)).status).toBe(403)
    expect((await t.api.post('/api/formation-categories', { name: 'Pirate' })).status).toBe(403)
    expect((await t.api.delete(`/api/formation-categories/${technique.id}`, editor.auth)).status).toBe(409)
    expect((await t.api.get(`/api/formation-categories/${technique.id}`)).status).toBe(200)
  })
})

describe('formations: fields the server sets', () => {
  it('author = creator, publishedAt on first publication only, reading time from the words, views and featured not writable', async () => {
    const words = Array.from({ length: 450 }, (_, i) => `mot${i}`).join(' ')
    const doc = await create(instructor.auth, {
      title: 'Théorie du décalé',
      content: rich(words),
      author: student.user.id,
      views: 999,
      publishedAt: '2000-01-01T00:00:00.000Z',
      readingTimeMinutes: 42,
      featured: true,
      searchText: 'poison',
    })
    expect(doc.slug).toBe('theorie-du-decale')
    expect(idOf(doc.author)).toBe(instructor.user.id)
    expect(doc.views).toBe(0)
    expect(doc.publishedAt ?? null).toBeNull()
    expect(doc.readingTimeMinutes).toBe(3)
    expect(doc.featured).toBe(false)
    expect(doc.searchText).toBeUndefined()
    expect(doc._status).toBe('draft')

    const published = await publish(instructor.auth, doc.id)
    expect(published.publishedAt).toBeTruthy()
    const first = published.publishedAt
    const again = await publish(instructor.auth, doc.id, { title: 'Théorie du décalé (mise à jour)', content: rich('court') })
    expect(again.publishedAt).toBe(first)
    expect(again.readingTimeMinutes).toBe(1)
    expect(idOf(again.author)).toBe(instructor.user.id)
    // an editor may feature it; the author may not
    expect((await t.api.patch(`/api/formations/${doc.id}`, { featured: true }, instructor.auth)).body.doc.featured).toBe(false)
    expect((await t.api.patch(`/api/formations/${doc.id}`, { featured: true }, editor.auth)).body.doc.featured).toBe(true)
    // the same title created 5 times at once: distinct slugs (the unique index decides), never a 5xx
    const burst = await Promise.all(Array.from({ length: 5 }, () => t.api.post('/api/formations', { title: 'Titre en rafale', category: guidage.id }, editor.auth)))
    expect(burst.every((r) => r.status === 201 || r.status === 409 || r.status === 400), burst.map((r) => `${r.status} ${r.text.slice(0, 120)}`).join('\n')).toBe(true)
    const slugs = burst.filter((r) => r.status === 201).map((r) => r.body.doc.slug)
    expect(slugs.length).toBeGreaterThanOrEqual(1)
    expect(new Set(slugs).size).toBe(slugs.length)
    // a second formation with the same title gets its own slug
    const twin = await create(artist.auth, { title: 'Théorie du décalé' })
    expect(twin.slug).not.toBe('theorie-du-decale')
    expect(twin.slug).toMatch(/^theorie-du-decale-/)
  })
})

describe('formations: access', () => {
  let draft: any
  let pub: any
  beforeAll(async () => {
    draft = await create(instructor.auth, { title: 'Brouillon secret' })
    pub = await publish(instructor.auth, (await create(instructor.auth, { title: 'Article public' })).id)
    // a draft edit of the published formation (kept in versions only)
    const d = await t.api.patch(`/api/formations/${pub.id}?draft=true`, { title: 'Titre pas encore publié' }, instructor.auth)
    expect(d.status, d.text.slice(0, 300)).toBe(200)
  })

  it('anonymous readers and other users see published formations only, never a draft (REST, ?draft=true, where)', async () => {
    for (const auth of [undefined, student.auth, artist.auth]) {
      const me = auth === artist.auth ? artist.user.id : auth === student.auth ? student.user.id : -1
      expect((await t.api.get(`/api/formations/${draft.id}`, auth)).status).toBe(404)
      expect((await t.api.get(`/api/formations/${draft.id}?draft=true`, auth)).status).toBe(404)
      const list = await t.api.get('/api/formations?limit=100&depth=0', auth)
      expect(list.status).toBe(200)
      // (the artist's own drafts are theirs to read)
      expect(list.body.docs.every((d: any) => d._status === 'published' || idOf(d.author) === me)).toBe(true)
      expect(list.body.docs.map((d: any) => d.id)).not.toContain(draft.id)
      const drafts = await t.api.get('/api/formations?where[_status][equals]=draft&limit=100', auth)
      expect(drafts.body.docs.filter((d: any) => idOf(d.author) !== me)).toEqual([])
      const one = await t.api.get(`/api/formations/${pub.id}?draft=true`, auth)
      expect(one.status).toBe(200)
      expect(one.body.title).toBe('Article public')
    }
    // the author and editors see the draft
    expect((await t.api.get(`/api/formations/${draft.id}`, instructor.auth)).status).toBe(200)
    expect((await t.api.get(`/api/formations/${draft.id}`, editor.auth)).status).toBe(200)
    expect((await t.api.get(`/api/formations/${pub.id}?draft=true`, instructor.auth)).body.title).toBe('Titre pas encore publié')
  })

  it('versions: anonymous and other users get no draft version (REST and GraphQL)', async () => {
    const draftVersion = (await t.payload.findVersions({ collection: 'formations', where: { parent: { equals: draft.id } } })).docs[0]
    for (const auth of [undefined, student.auth, artist.auth]) {
      const me = auth === artist.auth ? artist.user.id : auth === student.auth ? student.user.id : -1
      const res = await t.api.get('/api/formations/versions?limit=500&depth=0', auth)
      {
        expect(res.status, res.text.slice(0, 200)).toBe(200)
        expect(res.body.docs.length).toBeGreaterThan(0)
        expect(res.body.docs.filter((d: any) => d.version._status !== 'published' && idOf(d.version.author) !== me)).toEqual([])
        expect(res.body.docs.map((d: any) => d.version.title)).not.toContain('Titre pas encore publié')
        expect(res.body.docs.map((d: any) => d.version.title)).not.toContain('Brouillon secret')
      }
      expect([401, 403, 404]).toContain((await t.api.get(`/api/formations/versions/${draftVersion.id}`, auth)).status)
      const gql = await t.api.graphql(`{ versionsFormations(limit: 500) { docs { id version { title _status author { id } } } } }`, {}, auth)
      expect(gql.body.errors, JSON.stringify(gql.body.errors)).toBeUndefined()
      const docs = gql.body.data.versionsFormations.docs as any[]
      expect(docs.length).toBeGreaterThan(0)
      expect(docs.filter((d) => d.version._status !== 'published' && d.version.author?.id !== me)).toEqual([])
      expect(docs.map((d) => d.version.title)).not.toContain('Brouillon secret')
      const one = await t.api.graphql(`query($id: String!) { versionFormation(id: $id) { id version { title } } }`, { id: String(draftVersion.id) }, auth)
      expect(one.body.data?.versionFormation ?? null).toBeNull()
    }
    const own = await t.api.get('/api/formations/versions?limit=500&depth=0', instructor.auth)
    expect(own.body.docs.map((d: any) => d.version.title)).toEqual(expect.arrayContaining(['Brouillon secret', 'Titre pas encore publié']))
  })

  it('GraphQL: lists and single reads hide drafts; another author cannot update', async () => {
    for (const auth of [undefined, student.auth, artist.auth]) {
      const list = await t.api.graphql(`{ Formations(limit: 100) { docs { id title _status } } }`, {}, auth)
      expect(list.body.errors).toBeUndefined()
      expect(list.body.data.Formations.docs.map((d: any) => d.id)).not.toContain(draft.id)
      const one = await t.api.graphql(`query($id: Int!) { Formation(id: $id) { id title } }`, { id: draft.id }, auth)
      expect(one.body.data?.Formation ?? null).toBeNull()
      const upd = await t.api.graphql(`mutation($id: Int!) { updateFormation(id: $id, data: { title: "Piraté" }) { id title } }`, { id: pub.id }, auth)
      expect(upd.body.errors?.length).toBeGreaterThan(0)
      const del = await t.api.graphql(`mutation($id: Int!) { deleteFormation(id: $id) { id } }`, { id: pub.id }, auth)
      expect(del.body.errors?.length).toBeGreaterThan(0)
      const bad = await t.api.graphql(`mutation { createFormation(data: { title: "Pirate", category: ${guidage.id} }) { id } }`, {}, auth)
      expect(bad.body.errors?.length).toBeGreaterThan(0)
    }
    expect((await t.api.get(`/api/formations/${pub.id}`)).body.title).toBe('Article public')
  })

  it("REST: nobody but the author and editors edits or deletes a formation; students cannot author", async () => {
    for (const auth of [undefined, student.auth, artist.auth]) {
      expect([401, 403, 404]).toContain((await t.api.patch(`/api/formations/${pub.id}`, { title: 'Piraté' }, auth)).status)
      expect([401, 403, 404]).toContain((await t.api.delete(`/api/formations/${pub.id}`, auth)).status)
      // bulk forms with a where are scoped too
      const bulk = await t.api.patch(`/api/formations?where[id][equals]=${pub.id}`, { title: 'Piraté' }, auth)
      expect(bulk.status === 200 ? bulk.body.docs.length : 0).toBe(0)
    }
    expect((await t.api.get(`/api/formations/${pub.id}`)).body.title).toBe('Article public')
    expect((await t.api.post('/api/formations', { title: 'Élève', category: guidage.id }, student.auth)).status).toBe(403)
    expect((await t.api.post('/api/formations', { title: 'Anonyme', category: guidage.id })).status).toBe(403)
    // the author and an editor can
    expect((await t.api.patch(`/api/formations/${pub.id}`, { excerpt: 'Résumé' }, instructor.auth)).status).toBe(200)
    expect((await t.api.patch(`/api/formations/${pub.id}`, { excerpt: 'Résumé relu' }, editor.auth)).status).toBe(200)
  })
})

describe('formations: bad input gets a 4xx, never a 5xx', () => {
  it('bad video URL, unknown category, overlong meta description, unknown difficulty, bad ids', async () => {
    const base = { title: 'Entrée invalide', category: guidage.id }
    const cases: [string, Record<string, unknown>][] = [
      ['javascript URL', { videoUrl: 'javascript:alert(1)' }],
      ['ftp URL', { videoUrl: 'ftp://example.org/v.mp4' }],
      ['not a URL', { videoUrl: 'pas une url' }],
      ['unknown category', { category: 999999 }],
      ['category of the wrong type', { category: 'abc' }],
      ['meta description over 160', { metaDescription: 'x'.repeat(161) }],
      ['excerpt over 300', { excerpt: 'x'.repeat(301) }],
      ['unknown difficulty', { difficulty: 'expert' }],
      ['content as a string', { content: 'du texte' }],
      ['bad slug', { slug: 'Pas Un Slug!' }],
    ]
    for (const [name, over] of cases) {
      const res = await t.api.post('/api/formations', { ...base, ...over }, editor.auth)
      expect(res.status, `${name}: ${res.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
      expect(res.status, name).toBeLessThan(500)
    }
    const ok = await t.api.post('/api/formations', { ...base, videoUrl: 'https://youtu.be/abc', metaDescription: 'x'.repeat(160) }, editor.auth)
    expect(ok.status, ok.text.slice(0, 200)).toBe(201)
    expect((await t.api.post('/api/formations', { ...base, slug: ok.body.doc.slug }, editor.auth)).status).toBeLessThan(500)
    // a draft save is validated too
    const draftBad = await t.api.patch(`/api/formations/${ok.body.doc.id}?draft=true`, { videoUrl: 'javascript:alert(1)' }, editor.auth)
    expect(draftBad.status).toBe(400)
    expect((await t.api.post('/api/formations?draft=true', { ...base, metaDescription: 'x'.repeat(161) }, editor.auth)).status).toBe(400)
    // an emptied slug is made again from the title
    const reslug = await t.api.patch(`/api/formations/${ok.body.doc.id}`, { slug: '' }, editor.auth)
    expect(reslug.status, reslug.text.slice(0, 200)).toBe(200)
    expect(reslug.body.doc.slug).toBe(ok.body.doc.slug)
    expect((await t.api.patch(`/api/formation-categories/${musicalite.id}`, { slug: '' }, editor.auth)).body.doc.slug).toBe('musicalite')
    expect((await t.api.get('/api/formations/abc')).status).toBeLessThan(500)
    expect((await t.api.post('/api/formations/abc/view')).status).toBe(400)
    expect((await t.api.post('/api/formations/99999999/view')).status).toBe(404)
  })
})

describe('formations: search', () => {
  let decale: any
  let guide: any
  let musique: any
  beforeAll(async () => {
    decale = await publish(editor.auth, (await create(editor.auth, { title: 'Danser en décalé', category: guidage.id, difficulty: 'advanced', content: rich('Le pas décalé déplace l’accent.') })).id)
    guide = await publish(editor.auth, (await create(editor.auth, { title: 'Le cadre du guideur', category: guidage.id, difficulty: 'intermediate', content: rich('Un peu de théorie avant la pratique.') })).id)
    musique = await publish(editor.auth, (await create(editor.auth, { title: 'Théorie musicale', category: musicalite.id, difficulty: 'beginner', content: rich('Les temps forts et faibles.') })).id)
    await create(editor.auth, { title: 'Théorie interdite', content: rich('Brouillon décalé') })
  })
  const search = (qs: string, auth?: Auth) => t.api.get(`/api/formations/search?${qs}`, auth)
  const titles = (res: any) => res.body.docs.map((d: any) => d.title)

  it('folds accents both ways and ranks a title match first; drafts are never found', async () => {
    const theorie = await search('q=theorie&limit=50')
    expect(theorie.status, theorie.text.slice(0, 300)).toBe(200)
    expect(titles(theorie)).toEqual(expect.arrayContaining(['Théorie musicale', 'Le cadre du guideur']))
    expect(titles(theorie)).not.toContain('Théorie interdite')
    expect(titles(theorie).indexOf('Théorie musicale')).toBeLessThan(titles(theorie).indexOf('Le cadre du guideur'))
    expect(theorie.body.docs.every((d: any) => d._status === 'published' && d.searchText === undefined)).toBe(true)
    const found = await search('q=decale&limit=50')
    expect(titles(found)).toContain('Danser en décalé')
    expect(titles(found)).not.toContain('Théorie interdite')
    expect(titles(await search(`q=${encodeURIComponent('DÉCALÉ')}`))).toContain('Danser en décalé')
    expect(titles(await search('q=theo'))).toContain('Théorie musicale') // prefix
    // a signed-in author's own draft is not found either: search is of published formations
    expect(titles(await search('q=interdite', editor.auth))).toEqual([])
    expect((await search('q=zzzzzz')).body).toMatchObject({ docs: [], totalDocs: 0 })
  })

  it('searches every locale: an English title is found too', async () => {
    const en = await t.api.patch(`/api/formations/${musique.id}?locale=en`, { title: 'Timing theory for dancers' }, editor.auth)
    expect(en.status, en.text.slice(0, 200)).toBe(200)
    const found = await search('q=timing&locale=en')
    expect(found.status, found.text.slice(0, 200)).toBe(200)
    expect(found.body.docs.map((d: any) => d.id)).toEqual([musique.id])
    expect(found.body.docs[0].title).toBe('Timing theory for dancers')
    expect((await search('q=timing')).body.docs[0].title).toBe('Théorie musicale') // default locale: French
  })

  it('filters by category (subcategories included, by id or slug) and difficulty; paginates', async () => {
    const inGuidage = await search(`q=theorie&category=${guidage.id}&limit=50`)
    expect(titles(inGuidage)).toContain('Le cadre du guideur')
    expect(titles(inGuidage)).not.toContain('Théorie musicale')
    const inTechnique = await search('q=theorie&category=technique&limit=50')
    expect(titles(inTechnique)).toContain('Le cadre du guideur') // Guidage is under Technique
    expect(titles(inTechnique)).not.toContain('Théorie musicale')
    expect(titles(await search('q=theorie&category=musicalite'))).toEqual(['Théorie musicale'])
    expect(titles(await search('q=theorie&difficulty=intermediate&limit=50'))).toEqual(['Le cadre du guideur'])
    const p1 = await search('q=theorie&limit=1&page=1')
    const p2 = await search('q=theorie&limit=1&page=2')
    expect(p1.body).toMatchObject({ limit: 1, page: 1, hasNextPage: true, hasPrevPage: false })
    expect(p1.body.totalDocs).toBeGreaterThanOrEqual(2)
    expect(p2.body.docs[0].id).not.toBe(p1.body.docs[0].id)
    const far = await search('q=theorie&limit=1&page=500')
    expect(far.body).toMatchObject({ docs: [], totalDocs: p1.body.totalDocs })
    expect(decale.id && guide.id && musique.id).toBeTruthy()
  })

  it('bad queries are 400s', async () => {
    for (const qs of ['', 'q=a', 'q=%20%20', 'q=!!', 'q=theorie&category=999999', 'q=theorie&category=inconnue', 'q=theorie&category=Bad%20Slug', 'q=theorie&difficulty=expert', 'q=theorie&page=0', 'q=theorie&limit=1000', 'q=theorie&page=abc', `q=${'a'.repeat(201)}`, 'q=theorie&extra=1']) {
      const res = await search(qs)
      expect(res.status, `${qs}: ${res.text.slice(0, 200)}`).toBe(400)
    }
  })
})

describe('formations: views', () => {
  it('100 view requests cause no write until the flush, then one UPDATE per formation with the exact totals', async () => {
    const a = await publish(editor.auth, (await create(editor.auth, { title: 'Vue A' })).id)
    const b = await publish(editor.auth, (await create(editor.auth, { title: 'Vue B' })).id)
    const draft = await create(editor.auth, { title: 'Vue brouillon' })
    // every write to a formation row is counted by a trigger
    await exec(t, sql`CREATE TABLE test_formation_writes (n int NOT NULL)`)
    await exec(t, sql`INSERT INTO test_formation_writes VALUES (0)`)
    await exec(t, sql.raw(`CREATE FUNCTION test_count_formation_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE test_formation_writes SET n = n + 1; RETURN NEW; END $$`))
    await exec(t, sql`CREATE TRIGGER test_formation_writes AFTER UPDATE ON formations FOR EACH ROW EXECUTE FUNCTION test_count_formation_write()`)
    const writes = async () => Number((await exec(t, sql`SELECT n FROM test_formation_writes`))[0].n)
    const views = async (id: number) => Number((await exec(t, sql`SELECT views FROM formations WHERE id = ${id}`))[0].views)

    await flushFormationViews(t.payload)
    const before = await writes()
    for (let round = 0; round < 5; round++) {
      const answers = await Promise.all(Array.from({ length: 20 }, () => t.api.post(`/api/formations/${a.id}/view`)))
      expect(answers.map((r) => r.status)).toEqual(Array(20).fill(202))
    }
    for (let i = 0; i < 7; i++) expect((await t.api.post(`/api/formations/${b.id}/view`, undefined, student.auth)).status).toBe(202)
    // a draft or an unknown formation is not counted
    expect((await t.api.post(`/api/formations/${draft.id}/view`)).status).toBe(404)
    expect(await writes()).toBe(before)
    expect(await views(a.id)).toBe(0)

    await flushFormationViews(t.payload)
    expect(await writes()).toBe(before + 2)
    expect(await views(a.id)).toBe(100)
    expect(await views(b.id)).toBe(7)
    expect((await t.api.get(`/api/formations/${a.id}`, student.auth)).body.views).toBe(100)

    // an edit, or publishing an older draft, keeps the counted views
    await t.api.patch(`/api/formations/${a.id}?draft=true`, { title: 'Vue A (brouillon)' }, editor.auth)
    for (let i = 0; i < 3; i++) await t.api.post(`/api/formations/${a.id}/view`)
    await flushFormationViews(t.payload)
    expect(await views(a.id)).toBe(103)
    const republished = await publish(editor.auth, a.id)
    expect(republished.views).toBe(103)
    expect(await views(a.id)).toBe(103)
    await exec(t, sql`DROP TRIGGER test_formation_writes ON formations`)
  })

  it('views still pending when the server shuts down are written by its closer', async () => {
    const c = await publish(editor.auth, (await create(editor.auth, { title: 'Vue C' })).id)
    for (let i = 0; i < 4; i++) expect((await t.api.post(`/api/formations/${c.id}/view`)).status).toBe(202)
    expect(Number((await exec(t, sql`SELECT views FROM formations WHERE id = ${c.id}`))[0].views)).toBe(0)
    // what closePayload runs first (the pool is still open then)
    await runClosers(t.payload)
    expect(Number((await exec(t, sql`SELECT views FROM formations WHERE id = ${c.id}`))[0].views)).toBe(4)
  })
})
